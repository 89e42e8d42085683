// The UTF-8 decoder (base/text.h): the one place the library decodes UTF-8
// (validation, masking, search, the JSON reader's messages). Each row is an
// input and the units it decodes into: a code point, or a stray byte.
#include <gtest/gtest.h>

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "base/text.h"

namespace govshare {
namespace {

using internal::CodePointCount;
using internal::DecodeUtf8;
using internal::ForEachUtf8Unit;
using internal::IsSingleCodePoint;
using internal::IsValidUtf8;

constexpr std::optional<char32_t> kStray = std::nullopt;

struct Row {
  const char* name;
  std::string input;
  std::vector<std::optional<char32_t>> units;
};

const Row kRows[] = {
    // Well-formed, one to four bytes.
    {"empty", "", {}},
    {"nul", std::string(1, '\0'), {U'\0'}},
    {"ascii", "Ab 1", {U'A', U'b', U' ', U'1'}},
    {"delete U+007F", "\x7F", {0x7F}},
    {"two bytes, lowest U+0080", "\xC2\x80", {0x80}},
    {"two bytes é", "\xC3\xA9", {0xE9}},
    {"two bytes, highest U+07FF", "\xDF\xBF", {0x7FF}},
    {"three bytes, lowest U+0800", "\xE0\xA0\x80", {0x800}},
    {"南通", "\xE5\x8D\x97\xE9\x80\x9A", {0x5357, 0x901A}},
    {"ideographic space U+3000", "\xE3\x80\x80", {0x3000}},
    {"just below the surrogates U+D7FF", "\xED\x9F\xBF", {0xD7FF}},
    {"just above the surrogates U+E000", "\xEE\x80\x80", {0xE000}},
    {"three bytes, highest U+FFFF", "\xEF\xBF\xBF", {0xFFFF}},
    {"four bytes, lowest U+10000", "\xF0\x90\x80\x80", {0x10000}},
    {"𠀀 U+20000", "\xF0\xA0\x80\x80", {0x20000}},
    {"four bytes, highest U+10FFFF", "\xF4\x8F\xBF\xBF", {0x10FFFF}},
    {"mixed", "A\xE5\x8D\x97" "1\xF0\xA0\x80\x80\xC3\xA9", {U'A', 0x5357, U'1', 0x20000, 0xE9}},

    // Cut short: each byte of the incomplete sequence is stray.
    {"two-byte lead alone", "\xC3", {kStray}},
    {"three-byte sequence missing one", "\xE5\x8D", {kStray, kStray}},
    {"four-byte sequence missing one", "\xF0\xA0\x80", {kStray, kStray, kStray}},
    {"南 cut at the end", "\xE9\x80\x9A\xE5\x8D", {0x901A, kStray, kStray}},
    {"lead then ASCII", "\xC3" "A", {kStray, U'A'}},
    {"three-byte lead, one continuation, ASCII", "\xE5\x8D" "A", {kStray, kStray, U'A'}},
    {"cut sequence then a good one", "\xE5\x8D\xC3\xA9", {kStray, kStray, 0xE9}},
    {"lead then lead", "\xE5\xE5\x8D\x97", {kStray, 0x5357}},

    // Overlong forms.
    {"overlong NUL C0 80", "\xC0\x80", {kStray, kStray}},
    {"overlong C1 BF", "\xC1\xBF", {kStray, kStray}},
    {"overlong NUL in three bytes", "\xE0\x80\x80", {kStray, kStray, kStray}},
    {"overlong U+07FF in three bytes", "\xE0\x9F\xBF", {kStray, kStray, kStray}},
    {"overlong NUL in four bytes", "\xF0\x80\x80\x80", {kStray, kStray, kStray, kStray}},
    {"overlong U+FFFF in four bytes", "\xF0\x8F\xBF\xBF", {kStray, kStray, kStray, kStray}},

    // Surrogates U+D800–U+DFFF, alone or paired (CESU-8).
    {"surrogate U+D800", "\xED\xA0\x80", {kStray, kStray, kStray}},
    {"surrogate U+DBFF", "\xED\xAF\xBF", {kStray, kStray, kStray}},
    {"surrogate U+DC00", "\xED\xB0\x80", {kStray, kStray, kStray}},
    {"surrogate U+DFFF", "\xED\xBF\xBF", {kStray, kStray, kStray}},
    {"surrogate pair", "\xED\xA0\xBD\xED\xB8\x80", {kStray, kStray, kStray, kStray, kStray, kStray}},

    // Beyond U+10FFFF.
    {"U+110000", "\xF4\x90\x80\x80", {kStray, kStray, kStray, kStray}},
    {"F5 lead", "\xF5\x80\x80\x80", {kStray, kStray, kStray, kStray}},
    {"five-byte form", "\xF8\x88\x80\x80\x80", {kStray, kStray, kStray, kStray, kStray}},
    {"FE", "\xFE", {kStray}},
    {"FF", "\xFF", {kStray}},

    // Continuation bytes without a lead.
    {"lone 80", "\x80", {kStray}},
    {"lone BF between ASCII", "A\xBF" "B", {U'A', kStray, U'B'}},
    {"two continuations then 南", "\x80\x80\xE5\x8D\x97", {kStray, kStray, 0x5357}},
    {"one continuation too many", "\xC3\xA9\xA9", {0xE9, kStray}},
};

// Bytes of a well-formed sequence of `cp`.
std::size_t EncodedLength(char32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

std::string Hex(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    char buf[4];
    std::snprintf(buf, sizeof buf, "%02X ", c);
    out += buf;
  }
  return out;
}

TEST(TextRules, DecodesEachRowIntoItsUnits) {
  for (const Row& row : kRows) {
    SCOPED_TRACE(std::string(row.name) + ": " + Hex(row.input));
    std::vector<std::optional<char32_t>> units;
    std::string rejoined;
    ForEachUtf8Unit(row.input, [&](std::string_view unit, std::optional<char32_t> cp) {
      units.push_back(cp);
      rejoined += unit;
      // A stray unit is one byte; a code point, its whole sequence.
      EXPECT_EQ(unit.size(), cp ? EncodedLength(*cp) : 1u);
    });
    EXPECT_EQ(units, row.units);
    EXPECT_EQ(rejoined, row.input);
  }
}

TEST(TextRules, DecodeUtf8MovesPastTheSequenceOrOneByte) {
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.name);
    std::size_t pos = 0;
    for (const auto& expected : row.units) {
      ASSERT_LT(pos, row.input.size());
      const std::size_t before = pos;
      EXPECT_EQ(DecodeUtf8(row.input, pos), expected);
      EXPECT_EQ(pos - before, expected ? EncodedLength(*expected) : 1u);
    }
    EXPECT_EQ(pos, row.input.size());
  }
}

TEST(TextRules, DecodesFromAnyPosition) {
  const std::string s = "\xE5\x8D\x97\xE9\x80\x9A";  // 南通
  std::size_t pos = 3;
  EXPECT_EQ(DecodeUtf8(s, pos), std::optional<char32_t>(0x901A));
  EXPECT_EQ(pos, 6u);
  pos = 1;  // inside 南: a continuation byte
  EXPECT_EQ(DecodeUtf8(s, pos), kStray);
  EXPECT_EQ(pos, 2u);
  // A view that cuts 通 short.
  pos = 3;
  EXPECT_EQ(DecodeUtf8(std::string_view(s).substr(0, 5), pos), kStray);
  EXPECT_EQ(pos, 4u);
}

TEST(TextRules, ValidMeansNoStrayUnit) {
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.name);
    bool stray = false;
    for (const auto& u : row.units) stray = stray || !u;
    EXPECT_EQ(IsValidUtf8(row.input), !stray);
  }
}

TEST(TextRules, CodePointCountCountsCodePointsOrBytes) {
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.name);
    bool stray = false;
    for (const auto& u : row.units) stray = stray || !u;
    EXPECT_EQ(CodePointCount(row.input),
              static_cast<int>(stray ? row.input.size() : row.units.size()));
  }
}

TEST(TextRules, SingleCodePointMeansExactlyOneUnitThatIsNotStray) {
  for (const Row& row : kRows) {
    SCOPED_TRACE(row.name);
    EXPECT_EQ(IsSingleCodePoint(row.input), row.units.size() == 1 && row.units[0]);
  }
  EXPECT_TRUE(IsSingleCodePoint("*"));
  EXPECT_TRUE(IsSingleCodePoint("\xE2\x97\x8F"));  // ●
  EXPECT_FALSE(IsSingleCodePoint("**"));
  EXPECT_FALSE(IsSingleCodePoint("\xE2\x97\x8F*"));
}

// IsValidUtf8 skips ASCII eight bytes at a time: a bad byte before, at and
// after each eight-byte boundary is still found.
TEST(TextRules, ValidityAcrossTheAsciiFastPath) {
  for (std::size_t prefix = 0; prefix <= 17; ++prefix) {
    const std::string ascii(prefix, 'a');
    SCOPED_TRACE(prefix);
    EXPECT_TRUE(IsValidUtf8(ascii));
    EXPECT_TRUE(IsValidUtf8(ascii + "\xE5\x8D\x97" + ascii));
    EXPECT_TRUE(IsValidUtf8(ascii + "\xF0\xA0\x80\x80"));
    EXPECT_FALSE(IsValidUtf8(ascii + "\x80" + ascii));
    EXPECT_FALSE(IsValidUtf8(ascii + "\xC0\x80"));
    EXPECT_FALSE(IsValidUtf8(ascii + "\xED\xA0\x80" + ascii));
    EXPECT_FALSE(IsValidUtf8(ascii + "\xE5\x8D"));
    EXPECT_EQ(CodePointCount(ascii + "\xE5\x8D\x97\xE9\x80\x9A"), static_cast<int>(prefix) + 2);
  }
}

// An error naming a choice that does not exist lists the valid ones, the
// nearest first (most code points in common), cut to a sensible length.
TEST(TextRules, ChoicesHintListsTheNearestFirstAndCuts) {
  using internal::ChoicesHint;
  const std::vector<std::string> items = {"姓名", "性别", "出生日期", "公民身份号码", "户籍地址"};
  struct Case {
    const char* name;
    std::string wanted;
    std::vector<std::string> choices;
    std::size_t max;
    std::string expected;
  };
  const Case cases[] = {
      {"a near miss leads", "身份证号", items, 8, "one of 公民身份号码, 姓名, 性别, 出生日期, 户籍地址"},
      {"nothing in common keeps the order", "xyz", items, 8, "one of 姓名, 性别, 出生日期, 公民身份号码, 户籍地址"},
      {"cut at max", "地址", items, 2, "one of 户籍地址, 姓名 (and 3 more)"},
      {"none", "x", {}, 8, "there are none"},
      {"long names cut to 40 code points", "a", {std::string(50, 'a')}, 8, "one of " + std::string(40, 'a') + "…"},
  };
  for (const Case& c : cases) EXPECT_EQ(ChoicesHint(c.wanted, c.choices, c.max), c.expected) << c.name;
}

}  // namespace
}  // namespace govshare
