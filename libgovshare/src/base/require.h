// Internal: the shape checks every operation's input goes through — a
// required text (present, UTF-8) names its field and the rule.
#ifndef GOVSHARE_SRC_BASE_REQUIRE_H_
#define GOVSHARE_SRC_BASE_REQUIRE_H_

#include <string>

#include "base/text.h"
#include "govshare/error.h"

namespace govshare {

inline void RequireText(const std::string& value, const std::string& field, const std::string& rule) {
  if (value.find_first_not_of(" \t\r\n") == std::string::npos) {
    throw InvalidArgumentError(field + " is required (" + rule + ")");
  }
  if (!internal::IsValidUtf8(value)) throw InvalidArgumentError(field + " is not valid UTF-8");
}

}  // namespace govshare

#endif  // GOVSHARE_SRC_BASE_REQUIRE_H_
