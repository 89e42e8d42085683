// Internal UTF-8 helpers. The one UTF-8 decoder of the library is here
// (DecodeUtf8); everything that reads UTF-8 goes through it.
#ifndef GOVSHARE_INTERNAL_TEXT_H_
#define GOVSHARE_INTERNAL_TEXT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>
#include <string_view>

namespace govshare::internal {

/// Decodes the UTF-8 sequence starting at s[pos] (pos < s.size()). A
/// well-formed sequence (shortest form, not a surrogate U+D800–U+DFFF, at
/// most U+10FFFF, complete) gives its code point and moves `pos` past it.
/// Anything else (a stray continuation byte, C0/C1/F5–FF, an overlong form,
/// a surrogate, a value beyond U+10FFFF, a sequence cut short) gives nullopt
/// and moves `pos` one byte on: the byte at s[pos] is "stray", and decoding
/// resumes at the next byte (which may start a well-formed sequence).
/// Inline: it is the inner loop of validation, masking and search.
inline std::optional<char32_t> DecodeUtf8(std::string_view s, std::size_t& pos) {
  const auto c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) {
    ++pos;
    return c;
  }
  // Lead bytes: C2–DF two bytes, E0–EF three, F0–F4 four. Any other byte (a
  // continuation byte without a lead; C0, C1, which only start overlong forms;
  // F5–FF, beyond U+10FFFF) leaves len 0: stray.
  std::size_t len = 0;
  char32_t cp = 0;
  if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1Fu; }
  else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0Fu; }
  else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07u; }
  bool ok = len != 0 && len <= s.size() - pos;  // not cut short
  for (std::size_t k = 1; ok && k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[pos + k]);
    ok = (b & 0xC0) == 0x80;
    cp = (cp << 6) | (b & 0x3Fu);
  }
  const bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
  ok = ok && !overlong && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
  pos += ok ? len : 1;  // past the sequence, or past the stray byte
  if (!ok) return std::nullopt;
  return cp;
}

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

/// The valid choices for a name that is not one of them, for an error
/// message: "one of 公民身份号码, 姓名, … (and 9 more)" — the choices sharing
/// most code points with `name` first (a near miss like 身份证号 leads with
/// 公民身份号码), at most `max` of them, each cut to 40 code points.
std::string ChoicesHint(const std::string& name, const std::vector<std::string>& choices, std::size_t max = 8);

/// Days since 1970-01-01 of a valid civil date, without checking it (the
/// hot paths check once); Date::DaysSinceEpoch is the checked form.
int DaysFromCivil(int year, int month, int day);

}  // namespace govshare::internal

#endif  // GOVSHARE_INTERNAL_TEXT_H_
