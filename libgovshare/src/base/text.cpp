#include "base/text.h"

#include <cctype>
#include <cstdint>
#include <cstring>

namespace govshare::internal {

bool IsSingleCodePoint(std::string_view s) {
  std::size_t pos = 0;
  return !s.empty() && DecodeUtf8(s, pos) && pos == s.size();
}

bool IsValidUtf8(const std::string& text) {
  const std::string_view s(text);
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

int CodePointCount(const std::string& text) {
  const std::string_view s(text);
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
