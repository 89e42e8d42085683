#include "base/text.h"

#include <algorithm>
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

namespace {
std::vector<char32_t> CodePoints(const std::string& text) {
  std::vector<char32_t> out;
  const std::string_view s(text);
  for (size_t i = 0; i < s.size();) {
    auto c = DecodeUtf8(s, i);
    if (!c) break;
    out.push_back(*c);
  }
  return out;
}

std::string Cut(const std::string& text, int max) {
  const std::string_view s(text);
  size_t i = 0;
  for (int n = 0; n < max && i < s.size(); ++n) {
    if (!DecodeUtf8(s, i)) return text;
  }
  return i >= s.size() ? text : std::string(s.substr(0, i)) + "…";
}
}  // namespace

std::string ChoicesHint(const std::string& name, const std::vector<std::string>& choices, std::size_t max) {
  if (choices.empty()) return "there are none";
  const std::vector<char32_t> wanted = CodePoints(name);
  std::vector<std::pair<int, size_t>> ranked;  // (-shared code points, position)
  for (size_t i = 0; i < choices.size(); ++i) {
    int shared = 0;
    for (char32_t c : CodePoints(choices[i])) shared += std::find(wanted.begin(), wanted.end(), c) != wanted.end();
    ranked.emplace_back(-shared, i);
  }
  std::stable_sort(ranked.begin(), ranked.end());
  std::string out = "one of ";
  const size_t shown = std::min(max, ranked.size());
  for (size_t k = 0; k < shown; ++k) out += (k ? ", " : "") + Cut(choices[ranked[k].second], 40);
  if (ranked.size() > shown) out += " (and " + std::to_string(ranked.size() - shown) + " more)";
  return out;
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
