// Internal: the shape checks every operation's input goes through — a
// required text (present, UTF-8) names its field and the rule.
#ifndef GOVSHARE_SRC_BASE_REQUIRE_H_
#define GOVSHARE_SRC_BASE_REQUIRE_H_

#include <string>

#include "base/text.h"
#include "govshare/date.h"
#include "govshare/error.h"

namespace govshare {

inline void RequireText(const std::string& value, const std::string& field, const std::string& rule) {
  if (value.find_first_not_of(" \t\r\n") == std::string::npos) {
    throw InvalidArgumentError(field + " is required (" + rule + ")");
  }
  if (!internal::IsValidUtf8(value)) throw InvalidArgumentError(field + " is not valid UTF-8");
}

// A date field must name a real day: the error names the field, the day and
// the rule ("valid_until: 2026-02-30 does not exist: February 2026 has 28
// days (A26: the validity period)").
inline void RequireDate(const Date& value, const std::string& field, const std::string& rule) {
  if (std::string why = value.Problem(); !why.empty()) {
    throw InvalidArgumentError(field + ": " + why + " (" + rule + ")");
  }
}

}  // namespace govshare

#endif  // GOVSHARE_SRC_BASE_REQUIRE_H_
