// Internal UTF-8 helpers. The one UTF-8 decoder of the library is here
// (DecodeUtf8); everything that reads UTF-8 goes through it.
#ifndef GOVSHARE_INTERNAL_TEXT_H_
#define GOVSHARE_INTERNAL_TEXT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace govshare::internal {

/// Decodes the UTF-8 sequence starting at s[pos] (pos < s.size()). A
/// well-formed sequence (shortest form, not a surrogate U+D800–U+DFFF, at
/// most U+10FFFF, complete) gives its code point and moves `pos` past it.
/// Anything else (a stray continuation byte, C0/C1/F5–FF, an overlong form,
/// a surrogate, a value beyond U+10FFFF, a sequence cut short) gives nullopt
/// and moves `pos` one byte on: the byte at s[pos] is "stray", and decoding
/// resumes at the next byte (which may start a well-formed sequence).
std::optional<char32_t> DecodeUtf8(std::string_view s, std::size_t& pos);

/// Calls fn(unit, code_point) for each unit of `s` in order: a well-formed
/// sequence with its code point, or a single stray byte with nullopt
/// (DecodeUtf8). The units together are `s`.
template <typename Fn>
void ForEachUtf8Unit(std::string_view s, Fn&& fn) {
  for (std::size_t pos = 0; pos < s.size();) {
    const std::size_t start = pos;
    const std::optional<char32_t> cp = DecodeUtf8(s, pos);
    fn(s.substr(start, pos - start), cp);
  }
}

/// True when `s` is exactly one well-formed UTF-8 sequence (one code point).
bool IsSingleCodePoint(std::string_view s);
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
