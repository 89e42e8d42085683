#include "base/text.h"

#include <cctype>
#include <cstdint>
#include <cstring>

namespace govshare::internal {

namespace {

// Length of the well-formed UTF-8 sequence at s[pos] with its code point in
// `cp`, or 0 when the bytes there are not one.
std::size_t SequenceAt(std::string_view s, std::size_t pos, char32_t& cp) {
  const auto c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) {
    cp = c;
    return 1;
  }
  std::size_t len;
  if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1Fu; }       // C0, C1: overlong
  else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0Fu; }
  else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07u; }  // F5–FF: beyond U+10FFFF
  else return 0;  // a continuation byte without a lead, or a byte never in UTF-8
  if (len > s.size() - pos) return 0;  // cut short
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[pos + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000)) return 0;  // overlong
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

}  // namespace

std::optional<char32_t> DecodeUtf8(std::string_view s, std::size_t& pos) {
  char32_t cp = 0;
  const std::size_t len = SequenceAt(s, pos, cp);
  if (len == 0) {
    ++pos;  // a stray byte
    return std::nullopt;
  }
  pos += len;
  return cp;
}

bool IsSingleCodePoint(std::string_view s) {
  std::size_t pos = 0;
  return !s.empty() && DecodeUtf8(s, pos) && pos == s.size();
}

bool IsValidUtf8(const std::string& s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    // ASCII fast path: eight bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t word;
      std::memcpy(&word, p + i, 8);
      if (word & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    if (!DecodeUtf8(s, i)) return false;
  }
  return true;
}

int CodePointCount(const std::string& s) {
  int count = 0;
  for (size_t i = 0; i < s.size(); ++count) {
    if (!DecodeUtf8(s, i)) return static_cast<int>(s.size());
  }
  return count;
}

bool HasOuterSpace(const std::string& s) {
  if (s.empty()) return false;
  auto space = [](unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  static const std::string kIdeographicSpace = "\xE3\x80\x80";
  if (space(static_cast<unsigned char>(s.front())) || space(static_cast<unsigned char>(s.back())))
    return true;
  if (s.compare(0, 3, kIdeographicSpace) == 0) return true;
  return s.size() >= 3 && s.compare(s.size() - 3, 3, kIdeographicSpace) == 0;
}

std::string AsciiLower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace govshare::internal
