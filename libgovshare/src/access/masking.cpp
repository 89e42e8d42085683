// Identifier validators, masking and pseudonyms (docs/masking.md,
// standards §3.2 and §4).
#include "govshare/masking.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <algorithm>
#include <chrono>
#include <initializer_list>
#include <memory>
#include <utility>
#include <vector>

#include "govshare/calendar.h"
#include "govshare/date.h"
#include "govshare/error.h"
#include "govshare/identifiers.h"
#include "base/enum_names.h"
#include "base/text.h"

namespace govshare {
namespace {

using internal::EnumName;

const EnumName<IdentifierKind> kIdentifierKindNames[] = {
    {IdentifierKind::kIdCard, "id-card", "居民身份证号码"},
    {IdentifierKind::kCreditCode, "credit-code", "统一社会信用代码"},
    {IdentifierKind::kOrgCode, "org-code", "组织机构代码"},
    {IdentifierKind::kBankCard, "bank-card", "银行卡号"},
    {IdentifierKind::kMobile, "mobile", "手机号码"},
};

// ---- UTF-8 units ----------------------------------------------------------------------

// Splits `s` into code points. Malformed UTF-8 never throws: each byte that
// does not start a well-formed sequence is a unit of its own (a "stray"
// unit), so a kept unit is never half a character.
std::vector<std::string> Units(const std::string& s) {
  std::vector<std::string> out;
  out.reserve(s.size());
  internal::ForEachUtf8Unit(
      s, [&out](std::string_view unit, std::optional<char32_t>) { out.emplace_back(unit); });
  return out;
}

bool IsStray(const std::string& unit) {
  return unit.size() == 1 && static_cast<unsigned char>(unit[0]) >= 0x80;
}

// Keeps units [0, head) and [n - tail, n), masks the rest; masks every unit
// when n <= head + tail. Stray units are always masked, so the output is
// well-formed UTF-8 whatever the input.
std::string KeepUnits(const std::vector<std::string>& units, size_t head, size_t tail,
                      const std::string& mask) {
  const size_t n = units.size();
  const bool all = head >= n || tail >= n || head + tail >= n;
  std::string out;
  out.reserve(n * mask.size());
  for (size_t i = 0; i < n; ++i) {
    const bool keep = !all && (i < head || i >= n - tail) && !IsStray(units[i]);
    out += keep ? units[i] : mask;
  }
  return out;
}

// Every unit kept but the stray ones.
std::string KeepWellFormed(const std::string& value) {
  std::string out;
  for (const auto& u : Units(value)) out += IsStray(u) ? "*" : u;
  return out;
}

std::string MaskAll(const std::string& value) {
  return KeepUnits(Units(value), 0, 0, "*");
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsSeparator(char c) { return c == ' ' || c == '-'; }

bool AllDigits(const std::string& s) {
  for (char c : s)
    if (!IsDigit(c)) return false;
  return !s.empty();
}

// Digits with spaces or hyphens between groups (`6222 0212 3456 7894`):
// keeps the first `head` and last `tail` digits and the separators, masks the
// other digits. Any other character: masks by code point (KeepUnits).
std::string MaskDigitGroups(const std::string& value, size_t head, size_t tail) {
  size_t digits = 0;
  for (char c : value) {
    if (IsDigit(c)) ++digits;
    else if (!IsSeparator(c)) return KeepUnits(Units(value), head, tail, "*");
  }
  const bool all = head + tail >= digits;
  std::string out = value;
  size_t seen = 0;
  for (char& c : out) {
    if (!IsDigit(c)) continue;
    const bool keep = !all && (seen < head || seen >= digits - tail);
    if (!keep) c = '*';
    ++seen;
  }
  return out;
}

std::string MaskMobile(const std::string& value) {
  // A country prefix stays as written; the 11 digits after it keep 3 + 4.
  for (const char* prefix : {"+86", "0086"}) {
    const std::string p = prefix;
    if (value.size() > p.size() && value.compare(0, p.size(), p) == 0)
      return p + MaskDigitGroups(value.substr(p.size()), 3, 4);
  }
  std::string digits;
  for (char c : value)
    if (IsDigit(c)) digits += c;
  if (digits.size() == 13 && value.compare(0, 2, "86") == 0)
    return "86" + MaskDigitGroups(value.substr(2), 3, 4);
  return MaskDigitGroups(value, 3, 4);
}

// Fixed line: the area code (0 + 2–3 digits) and its separator stay, the
// local number keeps its last 4 digits (separators in it stay too). Without
// a separator the area code is taken as 3 digits for 01x/02x and 4
// otherwise, when the number is long enough (10+ digits) to carry one.
std::string MaskPhone(const std::string& value) {
  size_t run = 0;
  while (run < value.size() && IsDigit(value[run])) ++run;
  size_t area = 0;
  if (run >= 3 && value[0] == '0') {
    if (run <= 4 && run < value.size() &&
        (value[run] == '-' || value[run] == ' ' || value[run] == ')')) {
      area = run + 1;
    } else if (run >= 10) {
      area = (value[1] == '1' || value[1] == '2') ? 3 : 4;
    }
  }
  return value.substr(0, area) + MaskDigitGroups(value.substr(area), 0, 4);
}

std::string MaskEmail(const std::string& value) {
  const size_t at = value.rfind('@');
  if (at == std::string::npos) return MaskAll(value);
  return KeepUnits(Units(value.substr(0, at)), 1, 0, "*") + KeepWellFormed(value.substr(at));
}

// ---- address ----------------------------------------------------------------------------

// The administrative part of a Chinese address is up to three segments,
// each a short name ending in a level suffix:
//   province    …省 | …自治区 | …特别行政区                (optional)
//   prefecture  …市 | …州 | …盟 | …地区                    (optional)
//   county      …区 | …县 | …市 | …旗                      (optional)
// (北京市/上海市/… parse as the prefecture.) Segments are matched in that order
// from the start, each the shortest run of at most kMaxSegment code points
// that ends in its suffix and has no "detail" character (路 街 道 号 镇 村 …,
// ASCII) after its first; spaces may separate segments. Everything after the
// last segment found is masked. Without any segment the address has no recognisable structure:
// the first min(6, n/2) code points are kept, so a short one is never shown
// whole.
constexpr size_t kMaxSegment = 10;
constexpr size_t kFallbackKeep = 6;

// A unit that ends a segment when it is not the segment's first: a detail
// word's suffix (人民路, 和平桥街道, 17号) cannot be inside a division name,
// but may begin one (路南区, 道里区, 镇江市), and 乡 is inside many (新乡市,
// 西乡县) so it is not listed.
bool IsDetailUnit(const std::string& u) {
  if (u.size() == 1) return true;  // ASCII (digits, letters, punctuation) or a stray byte
  static const char* const kDetail[] = {"路", "街", "道", "巷", "弄", "号", "镇", "村", "组",
                                        "栋", "幢", "楼", "室", "层", "座", "（", "）",
                                        "，", "、", "×", "－", "—"};
  for (const char* d : kDetail)
    if (u == d) return true;
  return false;
}

bool IsSpaceUnit(const std::string& u) { return u == " " || u == "\xE3\x80\x80"; }

enum class Level { kProvince, kPrefecture, kCounty };

// True when units[i] ends a segment of `level` (the segment starting at `start`).
bool EndsSegment(const std::vector<std::string>& units, size_t start, size_t i, Level level) {
  const std::string& u = units[i];
  auto preceded_by = [&](std::initializer_list<const char*> word) {
    if (i - start < word.size()) return false;
    size_t k = i - word.size();
    for (const char* w : word)
      if (units[k++] != w) return false;
    return true;
  };
  switch (level) {
    case Level::kProvince:
      return u == "省" || (u == "区" && (preceded_by({"自", "治"}) ||
                                         preceded_by({"特", "别", "行", "政"})));
    case Level::kPrefecture:
      if (u == "市" || u == "盟") return true;
      // 苏州市: the 州 of a city name is not a 自治州.
      if (u == "州") return i + 1 >= units.size() || units[i + 1] != "市";
      return u == "区" && preceded_by({"地"});
    case Level::kCounty:
      if (u == "县" || u == "市" || u == "旗") return true;
      // Not a county: 小区, 社区, 校区, 景区, 片区, 厂区 (detail) nor 自治区 (province).
      return u == "区" && !preceded_by({"小"}) && !preceded_by({"社"}) && !preceded_by({"校"}) &&
             !preceded_by({"景"}) && !preceded_by({"片"}) && !preceded_by({"厂"}) &&
             !preceded_by({"自", "治"});
  }
  return false;
}

// The end (one past the suffix) of a segment of `level` starting at `start`, or 0.
size_t MatchSegment(const std::vector<std::string>& units, size_t start, Level level) {
  for (size_t i = start + 1; i < units.size() && i < start + kMaxSegment; ++i) {
    if (IsDetailUnit(units[i]) || IsSpaceUnit(units[i])) return 0;
    if (level == Level::kProvince && units[i] == "市") return 0;  // 南通市省府路: no province
    if (EndsSegment(units, start, i, level)) return i + 1;
  }
  return 0;
}

std::string MaskAddress(const std::string& value) {
  const auto units = Units(value);
  size_t pos = 0, keep = 0;
  for (Level level : {Level::kProvince, Level::kPrefecture, Level::kCounty}) {
    size_t start = pos;
    while (start < units.size() && IsSpaceUnit(units[start])) ++start;
    if (start >= units.size() || units[start].size() == 1) break;
    const size_t end = MatchSegment(units, start, level);
    if (end == 0) continue;
    pos = keep = end;
  }
  if (keep == 0) keep = std::min(kFallbackKeep, units.size() / 2);
  std::string out;
  for (size_t i = 0; i < units.size(); ++i) out += i < keep && !IsStray(units[i]) ? units[i] : "*";
  return out;
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

// ---- HMAC -------------------------------------------------------------------------------

// Fetched once per process (OpenSSL 3 otherwise looks HMAC up in its
// providers on every use); lives as long as the process.
EVP_MAC* HmacAlgorithm() {
  static EVP_MAC* const kHmac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
  return kHmac;
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

std::string Mask(PersonalInfoKind kind, const std::string& value) {
  switch (kind) {
    case PersonalInfoKind::kNone: return value;
    case PersonalInfoKind::kIdCard: return KeepUnits(Units(value), 6, 4, "*");
    case PersonalInfoKind::kName: return KeepUnits(Units(value), 1, 0, "*");
    case PersonalInfoKind::kMobile: return MaskMobile(value);
    case PersonalInfoKind::kPhone: return MaskPhone(value);
    case PersonalInfoKind::kAddress: return MaskAddress(value);
    case PersonalInfoKind::kBankCard: return MaskDigitGroups(value, 6, 4);
    case PersonalInfoKind::kCreditCode:
      // Enterprise registration data is public (企业信用信息公示); a 个体工商户's
      // code identifies a person.
      return value.compare(0, 2, "92") == 0 ? KeepUnits(Units(value), 8, 2, "*") : value;
    case PersonalInfoKind::kEmail: return MaskEmail(value);
    case PersonalInfoKind::kOther: break;
  }
  return MaskAll(value);  // kOther and any unknown value
}

std::string MaskKeep(const std::string& value, int keep_head, int keep_tail,
                     const std::string& mask_char) {
  if (keep_head < 0 || keep_tail < 0) {
    throw InvalidArgumentError("MaskKeep: keep_head and keep_tail must not be negative, got " +
                               std::to_string(keep_head) + " and " + std::to_string(keep_tail));
  }
  if (mask_char.empty() || !internal::IsSingleCodePoint(mask_char)) {
    throw InvalidArgumentError("MaskKeep: mask_char must be exactly one character, got \"" +
                               mask_char + "\"");
  }
  return KeepUnits(Units(value), static_cast<size_t>(keep_head), static_cast<size_t>(keep_tail),
                   mask_char);
}

std::string Pseudonym(const std::string& key, const std::string& value, HashAlgorithm algorithm) {
  if (key.empty()) throw InvalidArgumentError("Pseudonym: the key must not be empty");
  const char* digest = nullptr;
  switch (algorithm) {
    case HashAlgorithm::kSm3: digest = "SM3"; break;
    case HashAlgorithm::kSha256: digest = "SHA256"; break;
  }
  if (digest == nullptr) {
    throw InvalidArgumentError("Pseudonym: unknown hash algorithm " +
                               std::to_string(static_cast<int>(algorithm)));
  }
  const std::string name = "HMAC-" + ChineseLabel(algorithm);
  EVP_MAC* mac = HmacAlgorithm();
  if (mac == nullptr) throw StorageError("libcrypto does not provide HMAC");
  std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> ctx(EVP_MAC_CTX_new(mac),
                                                                &EVP_MAC_CTX_free);
  OSSL_PARAM params[] = {
      OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char*>(digest), 0),
      OSSL_PARAM_construct_end()};
  unsigned char out[EVP_MAX_MD_SIZE];
  size_t len = 0;
  if (!ctx ||
      EVP_MAC_init(ctx.get(), reinterpret_cast<const unsigned char*>(key.data()), key.size(),
                   params) != 1 ||
      EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char*>(value.data()),
                     value.size()) != 1 ||
      EVP_MAC_final(ctx.get(), out, &len, sizeof out) != 1) {
    throw StorageError("libcrypto failed to compute " + name);
  }
  static const char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(len * 2);
  for (size_t i = 0; i < len; ++i) {
    hex += kHex[out[i] >> 4];
    hex += kHex[out[i] & 15];
  }
  return hex;
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
