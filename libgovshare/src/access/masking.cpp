// Masking by personal-information kind (docs/masking.md, standards §3.2):
// by code point, never throwing on odd input. The identifier validators are
// in identifier_checks.cpp, pseudonyms in pseudonym.cpp.
#include "govshare/masking.h"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <vector>

#include "govshare/error.h"
#include "access/masking_units.h"
#include "base/text.h"

namespace govshare {
namespace {

using internal::IsDigit;
using internal::IsSeparator;
using internal::Units;

// ---- UTF-8 units ----------------------------------------------------------------------

// A unit of Units(): a byte that does not start a well-formed sequence is a
// "stray" unit of its own, so a kept unit is never half a character.
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

}  // namespace

// ---- public -----------------------------------------------------------------------------

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

}  // namespace govshare
