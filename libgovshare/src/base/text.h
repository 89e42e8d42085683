// Internal UTF-8 helpers.
#ifndef GOVSHARE_INTERNAL_TEXT_H_
#define GOVSHARE_INTERNAL_TEXT_H_

#include <string>

namespace govshare::internal {

/// True when `s` is well-formed UTF-8 (no overlongs, no surrogates, ≤ U+10FFFF).
bool IsValidUtf8(const std::string& s);
/// Number of code points in well-formed UTF-8 `s` (bytes if malformed).
int CodePointCount(const std::string& s);
/// True when `s` starts or ends with ASCII whitespace or U+3000 (全角空格).
bool HasOuterSpace(const std::string& s);
/// ASCII lower-casing.
std::string AsciiLower(std::string s);

/// Days since 1970-01-01 of a valid civil date, without checking it (the
/// hot paths check once); Date::DaysSinceEpoch is the checked form.
int DaysFromCivil(int year, int month, int day);

}  // namespace govshare::internal

#endif  // GOVSHARE_INTERNAL_TEXT_H_
