// Identifier validators (docs/masking.md, standards §4): GB 11643 ID
// numbers, GB 32100 credit codes, GB 11714 organisation codes, bank cards
// (Luhn) and mobile numbers, each failure explained in English and Chinese;
// the names of the identifier kinds.
#include "govshare/masking.h"

#include <chrono>
#include <string>
#include <utility>
#include <vector>

#include "govshare/calendar.h"
#include "govshare/date.h"
#include "govshare/error.h"
#include "govshare/identifiers.h"
#include "access/masking_units.h"
#include "base/enum_names.h"

namespace govshare {
namespace {

using internal::EnumName;
using internal::IsDigit;
using internal::IsSeparator;
using internal::Units;

const EnumName<IdentifierKind> kIdentifierKindNames[] = {
    {IdentifierKind::kIdCard, "id-card", "居民身份证号码"},
    {IdentifierKind::kCreditCode, "credit-code", "统一社会信用代码"},
    {IdentifierKind::kOrgCode, "org-code", "组织机构代码"},
    {IdentifierKind::kBankCard, "bank-card", "银行卡号"},
    {IdentifierKind::kMobile, "mobile", "手机号码"},
};

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

bool AllDigits(const std::string& s) {
  for (char c : s)
    if (!IsDigit(c)) return false;
  return !s.empty();
}

// ---- validators -------------------------------------------------------------------------

IdentifierCheck Invalid(std::string reason, std::string reason_zh) {
  IdentifierCheck c;
  c.reason = std::move(reason);
  c.reason_zh = std::move(reason_zh);
  return c;
}

IdentifierCheck Valid(std::string normalized) {
  IdentifierCheck c;
  c.valid = true;
  c.normalized = std::move(normalized);
  return c;
}

std::string Trim(const std::string& s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  size_t b = 0, e = s.size();
  while (b < e && space(s[b])) ++b;
  while (e > b && space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

std::string AsciiUpper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

std::string Count(size_t n) { return std::to_string(n); }

// A unit for a message: a stray byte of malformed UTF-8 or a control
// character as \xHH, anything else as itself.
std::string Show(const std::string& unit) {
  const auto c = static_cast<unsigned char>(unit[0]);
  if (unit.size() == 1 && (c < 0x20 || c >= 0x7F)) {
    static const char kHex[] = "0123456789ABCDEF";
    return std::string("\\x") + kHex[c >> 4] + kHex[c & 15];
  }
  return unit;
}

// "character 'x' at position k" for the first unit of `units` failing `ok`,
// or an empty pair.
template <typename Ok>
std::pair<std::string, std::string> BadCharacter(const std::vector<std::string>& units, Ok ok,
                                                 const std::string& expected,
                                                 const std::string& expected_zh) {
  for (size_t i = 0; i < units.size(); ++i) {
    if (units[i].size() == 1 && ok(units[i][0], i)) continue;
    const std::string pos = Count(i + 1);
    return {"character '" + Show(units[i]) + "' at position " + pos + " is not " + expected,
            "第" + pos + "位字符“" + Show(units[i]) + "”不是" + expected_zh};
  }
  return {};
}

Date Today() {
  const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                       .count();
  return LocalDateTime::FromUnixSeconds(now).date;  // Asia/Shanghai
}

// Empty when YYYYMMDD (8 ASCII digits) is a real date from 1900 to today.
std::pair<std::string, std::string> CheckBirthDate(const std::string& yyyymmdd) {
  Date d;
  d.year = std::stoi(yyyymmdd.substr(0, 4));
  d.month = std::stoi(yyyymmdd.substr(4, 2));
  d.day = std::stoi(yyyymmdd.substr(6, 2));
  if (!d.IsValid()) {
    return {"birth date " + yyyymmdd + " is not a real date (GB 11643)",
            "出生日期 " + yyyymmdd + " 不是有效日期"};
  }
  if (d.year < 1900) {
    return {"birth date " + d.ToIso() + " is before 1900 (GB 11643)",
            "出生日期 " + d.ToIso() + " 早于1900年"};
  }
  if (Today() < d) {
    return {"birth date " + d.ToIso() + " is in the future (GB 11643)",
            "出生日期 " + d.ToIso() + " 晚于今天"};
  }
  return {};
}

char IdCheckOf(const std::string& body17) {
  static const int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static const char kMap[] = "10X98765432";
  int sum = 0;
  for (size_t i = 0; i < 17; ++i) sum += (body17[i] - '0') * kWeights[i];
  return kMap[sum % 11];
}

IdentifierCheck CheckIdCard(const std::string& raw) {
  std::string value = Trim(raw);
  const auto units = Units(value);
  if (units.size() != 18 && units.size() != 15) {
    return Invalid("ID number must have 18 characters (or 15 for a legacy number), got " +
                       Count(units.size()) + " (GB 11643)",
                   "身份证号码应为18位（或15位旧号码），实为" + Count(units.size()) + "位");
  }
  const size_t n = units.size();
  auto bad = BadCharacter(
      units,
      [n](char c, size_t i) {
        return IsDigit(c) || (n == 18 && i == 17 && (c == 'X' || c == 'x'));
      },
      n == 18 ? "a digit (the last may be X)" : "a digit",
      n == 18 ? "数字（末位可为X）" : "数字");
  if (!bad.first.empty()) return Invalid(bad.first + " (GB 11643)", bad.second);
  if (n == 18 && value[17] == 'x') value[17] = 'X';  // ASCII from here on
  const std::string birth = n == 18 ? value.substr(6, 8) : "19" + value.substr(6, 6);
  auto date = CheckBirthDate(birth);
  if (!date.first.empty()) return Invalid(date.first, date.second);
  if (n == 15) return Valid(UpgradeIdCard15(value));
  const char expected = IdCheckOf(value);
  if (expected != value[17]) {
    return Invalid(std::string("check character is ") + expected + ", not " + value[17] +
                       " (GB 11643)",
                   std::string("校验码应为 ") + expected + "，实为 " + value[17]);
  }
  return Valid(value);
}

// GB 11714 check character of 8 body characters [0-9A-Z].
char OrgCheckOf(const std::string& body8) {
  static const int kWeights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (size_t i = 0; i < 8; ++i) {
    const char c = body8[i];
    sum += (IsDigit(c) ? c - '0' : c - 'A' + 10) * kWeights[i];
  }
  const int r = 11 - sum % 11;
  return r == 10 ? 'X' : (r == 11 ? '0' : static_cast<char>('0' + r));
}

bool InCreditAlphabet(char c) {
  return IsDigit(c) || (IsUpper(c) && c != 'I' && c != 'O' && c != 'S' && c != 'V' && c != 'Z');
}

IdentifierCheck CheckCreditCode(const std::string& raw) {
  const std::string value = AsciiUpper(Trim(raw));
  const auto units = Units(value);
  if (units.size() != 18) {
    return Invalid("credit code must have 18 characters, got " + Count(units.size()) +
                       " (GB 32100)",
                   "统一社会信用代码应为18位，实为" + Count(units.size()) + "位");
  }
  auto bad = BadCharacter(
      units, [](char c, size_t) { return InCreditAlphabet(c); },
      "in the alphabet 0-9, A-Z without I, O, S, V, Z",
      "代码字符（0-9、A-Z，不含I、O、S、V、Z）");
  if (!bad.first.empty()) return Invalid(bad.first + " (GB 32100)", bad.second);
  const char first = value[0];
  if (!(IsDigit(first) && first != '0') && first != 'A' && first != 'N' && first != 'Y') {
    return Invalid(std::string("registration authority code (position 1) is ") + first +
                       ", not one of 1-9, A, N, Y (GB 32100)",
                   std::string("第1位登记管理部门代码“") + first + "”应为1-9、A、N或Y");
  }
  for (size_t i = 2; i < 8; ++i) {
    if (!IsDigit(value[i])) {
      const std::string pos = Count(i + 1);
      return Invalid("character '" + value.substr(i, 1) + "' at position " + pos +
                         " is not a digit: positions 3-8 are the administrative division "
                         "code (GB 32100)",
                     "第" + pos + "位字符“" + value.substr(i, 1) +
                         "”不是数字（第3-8位为登记管理机关行政区划码）");
    }
  }
  const char org = OrgCheckOf(value.substr(8, 8));
  if (org != value[16]) {
    return Invalid(std::string("organization code check character (position 17) is ") + org +
                       ", not " + value[16] + " (GB 11714)",
                   std::string("第17位（组织机构代码校验码）应为 ") + org + "，实为 " + value[16]);
  }
  const char expected = CreditCodeCheckChar(value.substr(0, 17));
  if (expected != value[17]) {
    return Invalid(std::string("check character is ") + expected + ", not " + value[17] +
                       " (GB 32100)",
                   std::string("校验码应为 ") + expected + "，实为 " + value[17]);
  }
  // The verdict is the library's (identifiers.h); the steps above name the reason.
  if (!IsValidCreditCode(value))
    return Invalid("not a valid credit code (GB 32100)", "不是有效的统一社会信用代码");
  return Valid(value);
}

IdentifierCheck CheckOrgCode(const std::string& raw) {
  const std::string value = AsciiUpper(Trim(raw));
  auto units = Units(value);
  const bool hyphen = units.size() == 10 && units[8] == "-";
  for (size_t i = 0; i < units.size(); ++i) {
    if (units[i] == "-" && i != 8) {
      return Invalid("organization code must be XXXXXXXX-X or XXXXXXXXX (8 body characters and "
                     "a check character): the hyphen is at position " + Count(i + 1) +
                         ", not 9 (GB 11714)",
                     "组织机构代码格式应为XXXXXXXX-X，连字符应在第9位，实在第" + Count(i + 1) +
                         "位");
    }
  }
  if (!hyphen && units.size() != 9) {
    return Invalid("organization code must be XXXXXXXX-X or XXXXXXXXX (8 body characters and "
                   "a check character), got " + Count(units.size()) + " characters (GB 11714)",
                   "组织机构代码应为8位本体代码加1位校验码（XXXXXXXX-X），实为" +
                       Count(units.size()) + "位");
  }
  if (hyphen) units.erase(units.begin() + 8);
  const auto bad_body = BadCharacter(
      std::vector<std::string>(units.begin(), units.begin() + 8),
      [](char c, size_t) { return IsDigit(c) || IsUpper(c); }, "a digit or a letter A-Z",
      "数字或字母A-Z");
  if (!bad_body.first.empty()) return Invalid(bad_body.first + " (GB 11714)", bad_body.second);
  const std::string& check = units[8];
  if (check.size() != 1 || !(IsDigit(check[0]) || check[0] == 'X')) {
    return Invalid("check character '" + Show(check) + "' is not a digit or X (GB 11714)",
                   "校验码“" + Show(check) + "”不是数字或X");
  }
  std::string body;
  for (size_t i = 0; i < 8; ++i) body += units[i];
  const char expected = OrgCheckOf(body);
  if (expected != check[0]) {
    return Invalid(std::string("check character is ") + expected + ", not " + check +
                       " (GB 11714)",
                   std::string("校验码应为 ") + expected + "，实为 " + check);
  }
  const std::string normalized = body + "-" + check;
  if (!IsValidOrganizationCode(normalized))
    return Invalid("not a valid organization code (GB 11714)", "不是有效的组织机构代码");
  return Valid(normalized);
}

// Luhn (ISO/IEC 7812): the check digit that completes `body`.
char LuhnCheckDigit(const std::string& body) {
  int sum = 0;
  bool twice = true;  // the digit left of the check digit is doubled
  for (auto it = body.rbegin(); it != body.rend(); ++it) {
    int x = *it - '0';
    if (twice) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    sum += x;
    twice = !twice;
  }
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

std::string StripSeparators(const std::string& s) {
  std::string out;
  for (char c : s)
    if (!IsSeparator(c)) out += c;
  return out;
}

IdentifierCheck CheckBankCard(const std::string& raw) {
  const std::string value = StripSeparators(Trim(raw));
  const auto units = Units(value);
  auto bad = BadCharacter(units, [](char c, size_t) { return IsDigit(c); }, "a digit", "数字");
  if (!bad.first.empty()) return Invalid(bad.first + " (ISO/IEC 7812)", bad.second);
  if (value.size() < 16 || value.size() > 19) {
    return Invalid("bank card number must have 16-19 digits, got " + Count(value.size()),
                   "银行卡号应为16-19位数字，实为" + Count(value.size()) + "位");
  }
  const char expected = LuhnCheckDigit(value.substr(0, value.size() - 1));
  if (expected != value.back()) {
    return Invalid(std::string("Luhn check digit is ") + expected + ", not " + value.back() +
                       " (ISO/IEC 7812)",
                   std::string("校验位（Luhn）应为 ") + expected + "，实为 " + value.back());
  }
  return Valid(value);
}

IdentifierCheck CheckMobile(const std::string& raw) {
  std::string value = StripSeparators(Trim(raw));
  if (value.compare(0, 3, "+86") == 0) value.erase(0, 3);
  else if (value.compare(0, 4, "0086") == 0) value.erase(0, 4);
  else if (value.size() == 13 && value.compare(0, 2, "86") == 0) value.erase(0, 2);
  const auto units = Units(value);
  auto bad = BadCharacter(units, [](char c, size_t) { return IsDigit(c); }, "a digit", "数字");
  if (!bad.first.empty()) return Invalid(bad.first, bad.second);
  if (value.size() != 11) {
    return Invalid("mobile number must have 11 digits, got " + Count(value.size()),
                   "手机号码应为11位数字，实为" + Count(value.size()) + "位");
  }
  if (value[0] != '1' || value[1] < '3') {
    return Invalid("mobile number must start with 13-19, not " + value.substr(0, 2),
                   "手机号码应以13-19开头，实为" + value.substr(0, 2));
  }
  return Valid(value);
}

}  // namespace

// ---- public -----------------------------------------------------------------------------

IdentifierCheck CheckIdentifier(IdentifierKind kind, const std::string& value) {
  if (Trim(value).empty()) return Invalid("the value is empty", "值为空");
  try {
    switch (kind) {
      case IdentifierKind::kIdCard: return CheckIdCard(value);
      case IdentifierKind::kCreditCode: return CheckCreditCode(value);
      case IdentifierKind::kOrgCode: return CheckOrgCode(value);
      case IdentifierKind::kBankCard: return CheckBankCard(value);
      case IdentifierKind::kMobile: return CheckMobile(value);
    }
  } catch (const std::exception& e) {  // not expected: every step checks its input first
    return Invalid(e.what(), "无法校验");
  }
  return Invalid("unknown identifier kind " + std::to_string(static_cast<int>(kind)),
                 "未知的标识类型");
}

char IdCardCheckChar(const std::string& body17) {
  if (body17.size() != 17 || !AllDigits(body17)) {
    throw InvalidArgumentError("ID number body must be 17 digits, got \"" + body17 + "\"");
  }
  return IdCheckOf(body17);
}

std::string UpgradeIdCard15(const std::string& id15) {
  if (id15.size() != 15 || !AllDigits(id15)) {
    throw InvalidArgumentError("legacy ID number must be 15 digits, got \"" + id15 + "\"");
  }
  Date d;
  d.year = 1900 + std::stoi(id15.substr(6, 2));
  d.month = std::stoi(id15.substr(8, 2));
  d.day = std::stoi(id15.substr(10, 2));
  if (!d.IsValid()) {
    throw InvalidArgumentError("legacy ID number \"" + id15 + "\" has no real birth date (19" +
                               id15.substr(6, 6) + ")");
  }
  const std::string body17 = id15.substr(0, 6) + "19" + id15.substr(6);
  return body17 + IdCheckOf(body17);
}

std::string ToString(IdentifierKind v) { return internal::EnumToName(kIdentifierKindNames, v); }

IdentifierKind ParseIdentifierKind(const std::string& name) {
  std::string n = name;
  for (char& c : n)
    if (c == '_') c = '-';
  IdentifierKind kind{};
  if (!internal::TryParseEnum(kIdentifierKindNames, n, &kind)) {
    throw InvalidArgumentError("identifier kind \"" + name + "\" is not one of: " +
                               internal::AllowedNames(kIdentifierKindNames));
  }
  return kind;
}

std::string ChineseLabel(IdentifierKind v) {
  return internal::EnumToLabel(kIdentifierKindNames, v);
}

}  // namespace govshare
