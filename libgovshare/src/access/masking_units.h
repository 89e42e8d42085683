// Internal: what masking (masking.cpp) and the identifier validators
// (identifier_checks.cpp) share: a value as UTF-8 units, ASCII character
// classes (docs/masking.md).
#ifndef GOVSHARE_SRC_ACCESS_MASKING_UNITS_H_
#define GOVSHARE_SRC_ACCESS_MASKING_UNITS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"

namespace govshare::internal {

// Splits `s` into code points. Malformed UTF-8 never throws: each byte that
// does not start a well-formed sequence is a unit of its own (a "stray"
// unit), so a kept unit is never half a character.
inline std::vector<std::string> Units(const std::string& s) {
  std::vector<std::string> out;
  out.reserve(s.size());
  ForEachUtf8Unit(
      s, [&out](std::string_view unit, std::optional<char32_t>) { out.emplace_back(unit); });
  return out;
}

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsSeparator(char c) { return c == ' ' || c == '-'; }

}  // namespace govshare::internal

#endif  // GOVSHARE_SRC_ACCESS_MASKING_UNITS_H_
