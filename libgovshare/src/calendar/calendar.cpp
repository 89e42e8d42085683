// The working-day calendar (docs/calendar.md). Tables make every query O(1):
//   cum_[i]      working days in [first_, first_ + i), i = 0..n
//   workdays_[k] the day number of the k-th working day of the table
// Outside the table, days are plain Monday–Friday (provisional mode only),
// counted by closed-form week arithmetic, so no query loops over days.
#include "govshare/calendar.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "base/digest.h"
#include "base/enum_names.h"
#include "base/text.h"

namespace govshare {

namespace internal {
extern const char kBuiltinCalendarData[];
extern const char kBuiltinCalendarName[];
extern const char kFestivalData[];
extern const char kFestivalDataName[];
}  // namespace internal

namespace {

using internal::EnumName;

// Day number of a date already checked (CheckDate) — the unchecked fast form.
inline int64_t DayNumber(const Date& d) { return internal::DaysFromCivil(d.year, d.month, d.day); }

const EnumName<Festival> kFestivalNames[] = {
    {Festival::kNone, "", ""},
    {Festival::kNewYear, "NewYear", "元旦"},
    {Festival::kSpringFestival, "SpringFestival", "春节"},
    {Festival::kQingMing, "QingMing", "清明节"},
    {Festival::kLabourDay, "LabourDay", "劳动节"},
    {Festival::kDragonBoat, "DragonBoat", "端午节"},
    {Festival::kMidAutumn, "MidAutumn", "中秋节"},
    {Festival::kNationalDay, "NationalDay", "国庆节"},
    {Festival::kNationalDayMidAutumn, "NationalDay+MidAutumn", "国庆节、中秋节"},
    {Festival::kLocal, "Local", "地方调整"},
};

const EnumName<DayKind> kDayKindNames[] = {
    {DayKind::kWorkday, "workday", "工作日"},
    {DayKind::kWeekend, "weekend", "周末"},
    {DayKind::kHoliday, "holiday", "法定节假日"},
    {DayKind::kAdjustedWorkday, "adjusted_workday", "调休上班"},
};

int64_t FloorDiv(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

// 1969-12-29 is a Monday: day number -3.
constexpr int64_t kMonday = -3;

// Plain Monday–Friday days in [kMonday, x) (negative before kMonday).
int64_t PlainCount(int64_t x) {
  const int64_t t = x - kMonday;
  const int64_t weeks = FloorDiv(t, 7);
  const int64_t r = t - 7 * weeks;
  return 5 * weeks + std::min<int64_t>(r, 5);
}

// The day x with PlainCount(x) == k and x a weekday.
int64_t PlainNth(int64_t k) {
  const int64_t weeks = FloorDiv(k, 5);
  const int64_t r = k - 5 * weeks;
  return kMonday + 7 * weeks + r;
}

bool IsWeekendDay(int64_t day) {
  const int64_t wd = ((day - kMonday) % 7 + 7) % 7;  // 0 = Monday
  return wd >= 5;
}

void CheckDate(const Date& d, const char* what) {
  if (!d.IsValid()) {
    throw InvalidArgumentError(std::string(what) + " " + d.ToIso() + " is not a calendar date");
  }
}

struct Special {
  bool working = false;
  Festival festival = Festival::kNone;
  std::string reason;
  bool predicted = false;  // a statutory day of a year not loaded
};

uint64_t Fnv1a(uint64_t h, const std::string& s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

// ---- the festival table and the statutory holidays -----------------------------------

// The dates the statutory holidays hang on, per year (data/calendar/
// cn-festival-dates.tsv, embedded): 除夕, 清明, 端午, 中秋.
struct FestivalYear {
  Date chuxi, qingming, duanwu, zhongqiu;
};

struct FestivalTable {
  std::map<int, FestivalYear> years;
  std::string version;
};

const FestivalTable& Festivals() {
  static const FestivalTable table = [] {
    FestivalTable t;
    std::istringstream in(internal::kFestivalData);
    std::string line;
    uint64_t h = 14695981039346656037ULL;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty() || line[0] == '#' || line.compare(0, 4, "year") == 0) continue;
      std::istringstream f(line);
      int year = 0;
      std::string a, b, c, d;
      f >> year >> a >> b >> c >> d;
      t.years[year] = FestivalYear{Date::FromIso(a), Date::FromIso(b), Date::FromIso(c), Date::FromIso(d)};
      h = Fnv1a(h, line);
    }
    char digest[17];
    std::snprintf(digest, sizeof digest, "%016llx", static_cast<unsigned long long>(h));
    t.version = std::string("predicted:") + internal::kFestivalDataName + "/" +
                (t.years.empty() ? std::string("none")
                                 : std::to_string(t.years.begin()->first) + "-" +
                                       std::to_string(t.years.rbegin()->first)) +
                "/fnv1a64:" + digest;
    return t;
  }();
  return table;
}

// 《全国年节及纪念日放假办法》 art. 2: the statutory days of `year` (day number →
// festival), from the festival table. Empty outside the table.
std::map<int, Festival> StatutoryDays(int year) {
  std::map<int, Festival> out;
  const auto& t = Festivals().years;
  auto it = t.find(year);
  if (it == t.end() || year < 2008) return out;
  const FestivalYear& f = it->second;
  const bool revised = year >= 2025;  // revised 2024-11-10, in force 2025-01-01
  auto add = [&](const Date& d, Festival fest) {
    const int day = static_cast<int>(DayNumber(d));
    auto [pos, inserted] = out.emplace(day, fest);
    if (!inserted && pos->second != fest) {
      const bool national_mid = (pos->second == Festival::kNationalDay && fest == Festival::kMidAutumn) ||
                                (pos->second == Festival::kMidAutumn && fest == Festival::kNationalDay);
      if (national_mid) pos->second = Festival::kNationalDayMidAutumn;
    }
  };
  add(Date{year, 1, 1}, Festival::kNewYear);
  const int64_t chuxi = DayNumber(f.chuxi);
  for (int i = revised ? 0 : 1; i <= 3; ++i) {  // 除夕 (from 2025), 正月初一–初三
    add(Date::FromDaysSinceEpoch(static_cast<int>(chuxi + i)), Festival::kSpringFestival);
  }
  add(f.qingming, Festival::kQingMing);
  add(Date{year, 5, 1}, Festival::kLabourDay);
  if (revised) add(Date{year, 5, 2}, Festival::kLabourDay);
  add(f.duanwu, Festival::kDragonBoat);
  add(f.zhongqiu, Festival::kMidAutumn);
  for (int d = 1; d <= 3; ++d) add(Date{year, 10, d}, Festival::kNationalDay);
  // 除夕 of a Spring Festival early in the year stays in that year; the
  // table's 除夕 is always the one before 正月初一 of `year`.
  for (auto i = out.begin(); i != out.end();) {
    if (Date::FromDaysSinceEpoch(i->first).year != year) {
      i = out.erase(i);
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace

std::vector<DayInfo> StatutoryHolidays(int year) {
  const auto& t = Festivals().years;
  if (!t.count(year) || year < 2008) {
    throw CalendarCoverageError(
        year, "no statutory-holiday prediction for " + std::to_string(year) + " (the festival table covers " +
                  (t.empty() ? std::string("no year")
                             : std::to_string(t.begin()->first) + "-" + std::to_string(t.rbegin()->first)) +
                  ")");
  }
  std::vector<DayInfo> out;
  for (const auto& [day, fest] : StatutoryDays(year)) {
    DayInfo info;
    info.date = Date::FromDaysSinceEpoch(day);
    info.kind = DayKind::kHoliday;
    info.festival = fest;
    info.working = false;
    info.provisional = true;
    out.push_back(info);
  }
  return out;
}

std::vector<int> PredictableYears() {
  std::vector<int> out;
  for (const auto& [y, f] : Festivals().years)
    if (y >= 2008) out.push_back(y);
  return out;
}

std::string PredictionVersion() { return Festivals().version; }

// ---- LocalDateTime -------------------------------------------------------------

bool LocalDateTime::IsValid() const {
  if (!date.IsValid()) return false;
  if (hour == 24) return minute == 0 && second == 0;
  return hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60;
}

std::string LocalDateTime::ToIso() const {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02d+08:00", date.ToIso().c_str(), hour, minute,
                second);
  return buf;
}

LocalDateTime LocalDateTime::FromIso(const std::string& text) {
  LocalDateTime t;
  t.date = Date::FromIso(text.substr(0, 10));
  if (text.size() == 10) return t;
  std::string rest = text.substr(10);
  auto fail = [&]() -> LocalDateTime {
    throw InvalidArgumentError("date-time \"" + text +
                               "\" must be YYYY-MM-DD[THH:MM[:SS]][+08:00] (Asia/Shanghai)");
  };
  if (rest.size() >= 6 && rest.compare(rest.size() - 6, 6, "+08:00") == 0) {
    rest.resize(rest.size() - 6);
  } else if (!rest.empty() && (rest.back() == 'Z' || rest.find('+') != std::string::npos ||
                               rest.find('-') != std::string::npos)) {
    fail();
  }
  if ((rest.size() != 6 && rest.size() != 9) || (rest[0] != 'T' && rest[0] != ' ') || rest[3] != ':') {
    fail();
  }
  auto two = [&](size_t pos) {
    if (!isdigit(static_cast<unsigned char>(rest[pos])) ||
        !isdigit(static_cast<unsigned char>(rest[pos + 1])))
      fail();
    return (rest[pos] - '0') * 10 + (rest[pos + 1] - '0');
  };
  t.hour = two(1);
  t.minute = two(4);
  if (rest.size() == 9) {
    if (rest[6] != ':') fail();
    t.second = two(7);
  }
  if (!t.IsValid()) fail();
  return t;
}

LocalDateTime LocalDateTime::FromUnixSeconds(std::int64_t seconds) {
  // 0001-01-01T00:00+08:00 .. 9999-12-31T23:59:59+08:00
  constexpr int64_t kMin = -62135596800LL - 8 * 3600;
  constexpr int64_t kMax = 253402300799LL - 8 * 3600;
  if (seconds < kMin || seconds > kMax) {
    throw InvalidArgumentError("unix time " + std::to_string(seconds) + " is outside the years 1..9999");
  }
  const int64_t local = seconds + 8 * 3600;
  const int64_t days = FloorDiv(local, 86400);
  const int64_t secs = local - days * 86400;
  LocalDateTime t;
  t.date = Date::FromDaysSinceEpoch(static_cast<int>(days));
  t.hour = static_cast<int>(secs / 3600);
  t.minute = static_cast<int>(secs / 60 % 60);
  t.second = static_cast<int>(secs % 60);
  return t;
}

bool LocalDateTime::operator<(const LocalDateTime& o) const {
  if (!(date == o.date)) return date < o.date;
  return hour * 3600 + minute * 60 + second < o.hour * 3600 + o.minute * 60 + o.second;
}

std::int64_t LocalDateTime::ToUnixSeconds() const {
  if (!IsValid()) throw InvalidArgumentError("date-time " + ToIso() + " is not valid");
  return static_cast<int64_t>(DayNumber(date)) * 86400 + hour * 3600 + minute * 60 + second -
         8 * 3600;
}

// ---- errors, names -------------------------------------------------------------

CalendarCoverageError::CalendarCoverageError(int missing_year, const std::string& message)
    : InvalidArgumentError(message), missing_year_(missing_year) {}

std::string ToString(DayKind v) { return internal::EnumToName(kDayKindNames, v); }
std::string ToString(Festival v) { return internal::EnumToName(kFestivalNames, v); }
std::string ChineseLabel(DayKind v) { return internal::EnumToLabel(kDayKindNames, v); }
std::string ChineseLabel(Festival v) { return internal::EnumToLabel(kFestivalNames, v); }
Festival ParseFestival(const std::string& name) {
  return internal::ParseEnumOrThrow(kFestivalNames, name, "festival");
}
DayKind ParseDayKind(const std::string& name) {
  return internal::ParseEnumOrThrow(kDayKindNames, name, "day kind");
}

int Weekday(const Date& date) {
  CheckDate(date, "date");
  return static_cast<int>(((DayNumber(date) - kMonday) % 7 + 7) % 7) + 1;
}

Date AddMonths(const Date& date, int months) {
  CheckDate(date, "date");
  const int64_t index = static_cast<int64_t>(date.year) * 12 + (date.month - 1) + months;
  Date out;
  out.year = static_cast<int>(FloorDiv(index, 12));
  out.month = static_cast<int>(index - static_cast<int64_t>(out.year) * 12) + 1;
  if (out.year < 1 || out.year > 9999) {
    throw InvalidArgumentError("adding " + std::to_string(months) + " months to " + date.ToIso() +
                               " leaves the years 1..9999");
  }
  out.day = std::min(date.day, DaysInMonth(out.year, out.month));
  return out;
}

// ---- the calendar --------------------------------------------------------------

struct WorkdayCalendar::Impl {
  std::set<int> years;
  std::map<int, Special> special;    // day number → status, loaded years only
  std::map<int, Special> predicted;  // statutory days of unloaded predictable years
  std::vector<std::string> sources;
  int overrides = 0;

  // Tables over [first, first + n): the loaded years and the predictable ones.
  int64_t first = 0;
  int64_t n = 0;
  std::vector<int32_t> cum;
  std::vector<int32_t> workdays;
  std::vector<Date> workday_dates;  // workdays as dates: no conversion on output
  bool no_gaps = false;              // every year from min_year to max_year loaded
  int64_t covered_first = 0, covered_end = 0;  // [Jan 1 of min_year, Jan 1 after max_year)
  int min_year = 0, max_year = -1;   // loaded years
  std::vector<int> uncovered_prefix;  // uncovered years in [min_year, min_year + i)
  std::string version;

  void Rebuild() {
    cum.clear();
    workdays.clear();
    workday_dates.clear();
    predicted.clear();
    uncovered_prefix.assign(1, 0);
    const std::vector<int> predictable = PredictableYears();
    for (int y : predictable) {
      if (years.count(y)) continue;
      for (const auto& [day, fest] : StatutoryDays(y)) {
        Special s;
        s.festival = fest;
        s.predicted = true;
        predicted[day] = s;
      }
    }
    if (years.empty()) {
      min_year = 0;
      max_year = -1;
      covered_first = covered_end = 0;
    } else {
      min_year = *years.begin();
      max_year = *years.rbegin();
      covered_first = DayNumber(Date{min_year, 1, 1});
      covered_end = DayNumber(Date{max_year, 12, 31}) + 1;
      for (int y = min_year; y <= max_year; ++y) {
        uncovered_prefix.push_back(uncovered_prefix.back() + (years.count(y) ? 0 : 1));
      }
    }
    int t_min = min_year, t_max = max_year;
    if (!predictable.empty()) {
      if (years.empty() || predictable.front() < t_min) t_min = predictable.front();
      if (years.empty() || predictable.back() > t_max) t_max = predictable.back();
    }
    cum.push_back(0);
    if (t_max < t_min) {
      first = n = 0;
    } else {
      first = DayNumber(Date{t_min, 1, 1});
      n = DayNumber(Date{t_max, 12, 31}) + 1 - first;
      cum.reserve(static_cast<size_t>(n + 1));
      for (int64_t i = 0; i < n; ++i) {
        const bool w = WorkingFromData(first + i);
        if (w) {
          workdays.push_back(static_cast<int32_t>(first + i));
          workday_dates.push_back(Date::FromDaysSinceEpoch(static_cast<int>(first + i)));
        }
        cum.push_back(cum.back() + (w ? 1 : 0));
      }
    }
    no_gaps = !years.empty() && uncovered_prefix.back() == 0;
    // Version: sources, years and a digest of every special day.
    uint64_t h = 14695981039346656037ULL;
    for (int y : years) h = Fnv1a(h, "y" + std::to_string(y));
    for (const auto& [day, s] : special) {
      h = Fnv1a(h, std::to_string(day) + (s.working ? "w" : "o") + ToString(s.festival) + s.reason);
    }
    char digest[17];
    std::snprintf(digest, sizeof digest, "%016llx", static_cast<unsigned long long>(h));
    std::string names;
    for (const auto& s : sources) names += (names.empty() ? "" : "+") + s;
    if (names.empty()) names = "empty";
    std::string range = years.empty() ? "none"
                                      : std::to_string(min_year) + "-" + std::to_string(max_year);
    version = names + "/" + range + (overrides ? "/overrides:" + std::to_string(overrides) : "") +
              "/fnv1a64:" + digest;
  }

  // Status of a day from the data alone (no coverage check).
  bool Working(int64_t day) const {
    if (day >= first && day < first + n) {
      const size_t i = static_cast<size_t>(day - first);
      return cum[i + 1] != cum[i];
    }
    return WorkingFromData(day);
  }
  const Special* Find(int64_t day) const {
    auto it = special.find(static_cast<int>(day));
    if (it != special.end()) return &it->second;
    auto p = predicted.find(static_cast<int>(day));
    if (p != predicted.end()) return &p->second;
    return nullptr;
  }
  bool WorkingFromData(int64_t day) const {
    const Special* s = Find(day);
    if (s) return s->working;
    return !IsWeekendDay(day);
  }

  bool YearsCovered(int y1, int y2) const {
    if (y1 > y2) std::swap(y1, y2);
    if (years.empty() || y1 < min_year || y2 > max_year) return false;
    return uncovered_prefix[static_cast<size_t>(y2 - min_year + 1)] ==
           uncovered_prefix[static_cast<size_t>(y1 - min_year)];
  }

  int FirstMissing(int y1, int y2) const {
    if (y1 > y2) std::swap(y1, y2);
    for (int y = y1; y <= y2; ++y)  // at most the span of a query's years
      if (!years.count(y)) return y;
    return y1;
  }

  // Throws unless the years from a to b are covered or provisional is on.
  // Returns true when the answer is provisional.
  bool Require(int64_t a, int64_t b, bool provisional) const {
    // Fast path: both ends inside the gap-free loaded years.
    if (no_gaps && a >= covered_first && b >= covered_first && a < covered_end && b < covered_end) return false;
    const int y1 = Date::FromDaysSinceEpoch(static_cast<int>(std::min(a, b))).year;
    const int y2 = Date::FromDaysSinceEpoch(static_cast<int>(std::max(a, b))).year;
    if (YearsCovered(y1, y2)) return false;
    if (provisional) return true;
    const int missing = FirstMissing(y1, y2);
    std::string loaded;
    if (years.empty()) {
      loaded = "none";
    } else {
      loaded = std::to_string(min_year) + "-" + std::to_string(max_year);
    }
    throw CalendarCoverageError(
        missing, "the working-day calendar has no holiday schedule for " + std::to_string(missing) +
                     " (loaded years: " + loaded +
                     "); load that year's State Council notice or use provisional mode");
  }

  // Working days in [first, x) — negative for x < first.
  int64_t C(int64_t x) const {
    const int64_t end = first + n;
    if (x < first) return PlainCount(x) - PlainCount(first);
    if (x <= end) return cum[static_cast<size_t>(x - first)];
    return cum[static_cast<size_t>(n)] + PlainCount(x) - PlainCount(end);
  }

  // The day with C(day) == k that is a working day.
  int64_t Kth(int64_t k) const {
    const int64_t total = static_cast<int64_t>(workdays.size());
    if (k >= 0 && k < total) return workdays[static_cast<size_t>(k)];
    if (k >= total) return PlainNth(k - total + PlainCount(first + n));
    return PlainNth(k + PlainCount(first));
  }

  DayInfo Info(int64_t day, bool provisional_flag) const {
    DayInfo info;
    info.date = Date::FromDaysSinceEpoch(static_cast<int>(day));
    info.provisional = provisional_flag;
    const bool weekend = IsWeekendDay(day);
    const Special* s = Find(day);
    if (!s) {
      info.working = !weekend;
      info.kind = weekend ? DayKind::kWeekend : DayKind::kWorkday;
      return info;
    }
    info.working = s->working;
    info.festival = s->festival;
    info.reason = s->reason;
    if (s->working) {
      info.kind = weekend ? DayKind::kAdjustedWorkday : DayKind::kWorkday;
    } else {
      info.kind = DayKind::kHoliday;
    }
    return info;
  }
};

namespace {

// Parses calendar text into years, days and sources without touching the
// calendar; ParseError names the line.
struct Parsed {
  std::set<int> years;
  std::vector<std::pair<int, Special>> days;
  std::vector<std::string> sources;
};

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return out;
}

Parsed ParseCalendarText(const std::string& text, const std::string& name) {
  if (!internal::IsValidUtf8(text)) throw ParseError(name, "calendar text is not valid UTF-8");
  Parsed p;
  std::istringstream in(text);
  std::string line;
  int line_no = 0;
  std::set<int> seen_days;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::string where = name + ":" + std::to_string(line_no);
    if (line.empty() || line[0] == '#') continue;
    const auto f = SplitTabs(line);
    if (f[0] == "date") continue;  // header line of the shared table format
    if (f[0] == "source") {
      if (f.size() < 2 || f[1].empty()) throw ParseError(where, "source needs a name");
      p.sources.push_back(f[1]);
      continue;
    }
    if (f[0] == "year") {
      int y = 0;
      if (f.size() < 2 || f[1].size() != 4 || std::sscanf(f[1].c_str(), "%d", &y) != 1 || y < 1900 ||
          y > 2999) {
        throw ParseError(where, "year needs a four-digit year, e.g. \"year<TAB>2027\"");
      }
      p.years.insert(y);
      continue;
    }
    Date d;
    try {
      d = Date::FromIso(f[0]);
    } catch (const InvalidArgumentError& e) {
      throw ParseError(where, std::string("expected source, year or a date line: ") + e.what());
    }
    if (f.size() < 2 || (f[1] != "off" && f[1] != "work")) {
      throw ParseError(where, "the kind of " + f[0] + " must be \"off\" or \"work\"");
    }
    Special s;
    s.working = f[1] == "work";
    if (f.size() >= 3 && !f[2].empty()) {
      if (!internal::TryParseEnum(kFestivalNames, f[2], &s.festival)) {
        throw ParseError(where, "unknown festival \"" + f[2] + "\" (allowed: " +
                                    internal::AllowedNames(kFestivalNames) + ")");
      }
    }
    if (f.size() >= 4) s.reason = f[3];
    if (f.size() > 4) throw ParseError(where, "too many fields (date, kind, festival, reason)");
    if (s.festival == Festival::kLocal && s.reason.empty()) {
      throw ParseError(where, "a local adjustment needs a reason");
    }
    const int day = static_cast<int>(DayNumber(d));
    if (!seen_days.insert(day).second) throw ParseError(where, f[0] + " is listed twice");
    p.days.emplace_back(day, s);
  }
  return p;
}

std::string ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("cannot read calendar file \"" + path + "\"");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The canonical form and digest of a year's days (ParseYearSchedule,
// WorkdayCalendar::Schedule).
YearSchedule MakeSchedule(int year, const std::map<int, Special>& days, const std::vector<std::string>& sources) {
  YearSchedule out;
  out.year = year;
  out.sources = sources;
  std::string body = "year\t" + std::to_string(year) + "\n";
  for (const auto& [day, s] : days) {
    DayInfo info;
    info.date = Date::FromDaysSinceEpoch(day);
    info.working = s.working;
    info.festival = s.festival;
    info.reason = s.reason;
    info.kind = s.working ? (IsWeekendDay(day) ? DayKind::kAdjustedWorkday : DayKind::kWorkday) : DayKind::kHoliday;
    out.days.push_back(info);
    body += info.date.ToIso() + "\t" + (s.working ? "work" : "off") + "\t" + ToString(s.festival) +
            (s.reason.empty() ? "" : "\t" + s.reason) + "\n";
  }
  std::string head;
  for (const auto& src : sources) head += "source\t" + src + "\n";
  out.canonical_text = head + body;
  out.digest = internal::HexDigest(HashAlgorithm::kSha256, body);
  return out;
}

}  // namespace

YearSchedule ParseYearSchedule(const std::string& text, const std::string& name) {
  const Parsed p = ParseCalendarText(text, name);
  // Line numbers of the day lines, for the checks below.
  std::map<int, int> line_of;
  {
    std::istringstream in(text);
    std::string line;
    int line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      if (line.size() >= 10 && std::isdigit(static_cast<unsigned char>(line[0]))) {
        try {
          line_of[static_cast<int>(DayNumber(Date::FromIso(line.substr(0, 10))))] = line_no;
        } catch (const InvalidArgumentError&) {
        }
      }
    }
  }
  auto where = [&](int day) {
    auto it = line_of.find(day);
    return it == line_of.end() ? name : name + ":" + std::to_string(it->second);
  };
  if (p.years.size() != 1) {
    throw ParseError(name, "a year's schedule declares exactly one year (a \"year<TAB>YYYY\" line); found " +
                               std::to_string(p.years.size()));
  }
  const int year = *p.years.begin();
  std::map<int, Special> days(p.days.begin(), p.days.end());
  for (const auto& [day, s] : days) {
    const Date d = Date::FromDaysSinceEpoch(day);
    if (d.year != year) {
      throw ParseError(where(day), d.ToIso() + " is not in " + std::to_string(year) +
                                       " (a year's schedule lists the days of its own year; a date of another "
                                       "year changed by this notice is loaded as a correction of that year)");
    }
    if (s.festival == Festival::kNone) {
      throw ParseError(where(day), "the festival of " + d.ToIso() + " is required (allowed: " +
                                       internal::AllowedNames(kFestivalNames) + ")");
    }
  }
  const std::map<int, Festival> statutory = StatutoryDays(year);
  auto rest_anchor = [&](int day) { return !IsWeekendDay(day) || statutory.count(day) > 0; };
  for (const auto& [day, s] : days) {
    const Date d = Date::FromDaysSinceEpoch(day);
    if (s.festival == Festival::kLocal) continue;  // a city's own arrangement, with its reason
    if (s.working) {
      if (!IsWeekendDay(day)) {
        throw ParseError(where(day), d.ToIso() + " is a weekday: only a Saturday or Sunday can be made a working "
                                                 "day (调休上班)");
      }
      if (statutory.count(day)) {
        throw ParseError(where(day), d.ToIso() + " is a statutory holiday (《全国年节及纪念日放假办法》 art. 2) and "
                                                 "cannot be a working day");
      }
      continue;
    }
    if (rest_anchor(day)) continue;
    // A weekend day off belongs to a holiday period: the run of consecutive
    // days off around it must hold a weekday or a statutory day, or run over
    // the year's edge (2022-12-31 opened the 2023 元旦 period).
    bool anchored = false;
    for (int dir : {-1, 1}) {
      for (int x = day + dir;; x += dir) {
        if (Date::FromDaysSinceEpoch(x).year != year) {
          anchored = true;  // the period runs on into the next (or from the last) year
          break;
        }
        auto it = days.find(x);
        if (it == days.end() || it->second.working) break;
        if (rest_anchor(x)) {
          anchored = true;
          break;
        }
      }
      if (anchored) break;
    }
    if (!anchored) {
      throw ParseError(where(day), d.ToIso() + " is a Saturday or Sunday, a rest day already: \"off\" is only for a "
                                               "weekday, a statutory holiday or a weekend inside a holiday period");
    }
  }
  for (const auto& [day, fest] : statutory) {
    auto it = days.find(day);
    const bool rest = it == days.end() ? IsWeekendDay(day) : !it->second.working;
    if (!rest) {
      throw ParseError(name, Date::FromDaysSinceEpoch(day).ToIso() + " (" + ChineseLabel(fest) +
                                 ") is a statutory holiday (《全国年节及纪念日放假办法》 art. 2) but the schedule does "
                                 "not make it a rest day");
    }
  }
  return MakeSchedule(year, days, p.sources);
}

WorkdayCalendar::WorkdayCalendar(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {
  impl_->Rebuild();
}
WorkdayCalendar::~WorkdayCalendar() = default;

std::shared_ptr<WorkdayCalendar> WorkdayCalendar::Empty() {
  return std::shared_ptr<WorkdayCalendar>(new WorkdayCalendar(std::make_unique<Impl>()));
}

std::shared_ptr<WorkdayCalendar> WorkdayCalendar::Builtin() {
  auto cal = Empty();
  cal->LoadText(internal::kBuiltinCalendarData);
  return cal;
}

std::shared_ptr<WorkdayCalendar> WorkdayCalendar::FromFile(const std::string& path) {
  auto cal = Empty();
  cal->LoadFile(path);
  return cal;
}

void WorkdayCalendar::LoadText(const std::string& text) {
  const Parsed p = ParseCalendarText(text, "calendar");
  // Every day must fall in a covered year (already loaded or declared here).
  for (const auto& [day, s] : p.days) {
    const int y = Date::FromDaysSinceEpoch(day).year;
    if (!impl_->years.count(y) && !p.years.count(y)) {
      throw ParseError("calendar", Date::FromDaysSinceEpoch(day).ToIso() + " lies in " +
                                       std::to_string(y) +
                                       ", which is neither loaded nor declared by a year line");
    }
  }
  for (int y : p.years) impl_->years.insert(y);
  for (const auto& [day, s] : p.days) {
    if (s.festival == Festival::kLocal) ++impl_->overrides;
    impl_->special[day] = s;
  }
  for (const auto& src : p.sources) impl_->sources.push_back(src);
  impl_->Rebuild();
}

void WorkdayCalendar::LoadFile(const std::string& path) {
  const std::string text = ReadWholeFile(path);
  try {
    LoadText(text);
  } catch (const ParseError& e) {
    // Name the file instead of "calendar".
    std::string where = e.path();
    if (where.compare(0, 8, "calendar") == 0) where = path + where.substr(8);
    std::string msg = e.what();
    const size_t colon = msg.find(": ");
    throw ParseError(where, colon == std::string::npos ? msg : msg.substr(colon + 2));
  }
}

void WorkdayCalendar::AddYear(int year) {
  if (year < 1900 || year > 2999) {
    throw InvalidArgumentError("year must be 1900..2999, got " + std::to_string(year));
  }
  if (impl_->years.count(year)) {
    throw InvalidArgumentError("year " + std::to_string(year) + " is already loaded");
  }
  impl_->years.insert(year);
  impl_->Rebuild();
}

void WorkdayCalendar::LoadYear(const YearSchedule& schedule) {
  if (schedule.year < 1900 || schedule.year > 2999) {
    throw InvalidArgumentError("year must be 1900..2999, got " + std::to_string(schedule.year));
  }
  std::map<int, Special> days;
  for (const DayInfo& d : schedule.days) {
    CheckDate(d.date, "schedule day");
    if (d.date.year != schedule.year) {
      throw InvalidArgumentError("schedule day " + d.date.ToIso() + " is not in " + std::to_string(schedule.year));
    }
    Special s;
    s.working = d.working;
    s.festival = d.festival;
    s.reason = d.reason;
    days[static_cast<int>(DayNumber(d.date))] = s;
  }
  const int lo = static_cast<int>(DayNumber(Date{schedule.year, 1, 1}));
  const int hi = static_cast<int>(DayNumber(Date{schedule.year, 12, 31}));
  // Replace the year's days; keep its local overrides.
  for (auto it = impl_->special.lower_bound(lo); it != impl_->special.end() && it->first <= hi;) {
    if (it->second.festival == Festival::kLocal && !days.count(it->first)) {
      ++it;
    } else {
      it = impl_->special.erase(it);
    }
  }
  for (const auto& [day, s] : days) impl_->special[day] = s;
  impl_->years.insert(schedule.year);
  for (const auto& src : schedule.sources) {
    if (std::find(impl_->sources.begin(), impl_->sources.end(), src) == impl_->sources.end()) {
      impl_->sources.push_back(src);
    }
  }
  impl_->Rebuild();
}

YearSchedule WorkdayCalendar::Schedule(int year) const {
  if (!impl_->years.count(year)) {
    throw CalendarCoverageError(year, "year " + std::to_string(year) + " is not loaded");
  }
  const int lo = static_cast<int>(DayNumber(Date{year, 1, 1}));
  const int hi = static_cast<int>(DayNumber(Date{year, 12, 31}));
  std::map<int, Special> days(impl_->special.lower_bound(lo), impl_->special.upper_bound(hi));
  return MakeSchedule(year, days, impl_->sources);
}

std::shared_ptr<WorkdayCalendar> WorkdayCalendar::Clone() const {
  auto impl = std::make_unique<Impl>();
  impl->years = impl_->years;
  impl->special = impl_->special;
  impl->sources = impl_->sources;
  impl->overrides = impl_->overrides;
  return std::shared_ptr<WorkdayCalendar>(new WorkdayCalendar(std::move(impl)));
}

void WorkdayCalendar::Override(const Date& date, bool working, const std::string& reason) {
  CheckDate(date, "override date");
  if (reason.empty()) throw InvalidArgumentError("an override needs a reason");
  if (!internal::IsValidUtf8(reason)) throw InvalidArgumentError("override reason is not valid UTF-8");
  if (!impl_->years.count(date.year)) {
    throw CalendarCoverageError(date.year, "cannot override " + date.ToIso() + ": year " +
                                               std::to_string(date.year) + " is not loaded");
  }
  Special s;
  s.working = working;
  s.festival = Festival::kLocal;
  s.reason = reason;
  impl_->special[static_cast<int>(DayNumber(date))] = s;
  ++impl_->overrides;
  impl_->Rebuild();
}

std::vector<int> WorkdayCalendar::years() const { return {impl_->years.begin(), impl_->years.end()}; }
bool WorkdayCalendar::Covers(int year) const { return impl_->years.count(year) > 0; }
bool WorkdayCalendar::CoversRange(const Date& a, const Date& b) const {
  CheckDate(a, "date");
  CheckDate(b, "date");
  return impl_->YearsCovered(a.year, b.year);
}
std::string WorkdayCalendar::version() const { return impl_->version; }

DayInfo WorkdayCalendar::Day(const Date& date, bool provisional) const {
  CheckDate(date, "date");
  const int64_t d = DayNumber(date);
  return impl_->Info(d, impl_->Require(d, d, provisional));
}
DayInfo WorkdayCalendar::Day(const Date& date) const { return Day(date, false); }

bool WorkdayCalendar::IsWorkingDay(const Date& date, bool provisional) const {
  CheckDate(date, "date");
  const int64_t d = DayNumber(date);
  impl_->Require(d, d, provisional);
  return impl_->Working(d);
}
bool WorkdayCalendar::IsWorkingDay(const Date& date) const { return IsWorkingDay(date, false); }

Date WorkdayCalendar::NextWorkingDay(const Date& date, bool provisional) const {
  return AddWorkingDays(date, 0, provisional);
}
Date WorkdayCalendar::NextWorkingDay(const Date& date) const { return NextWorkingDay(date, false); }

Date WorkdayCalendar::AddWorkingDays(const Date& date, int n, bool provisional) const {
  CheckDate(date, "date");
  const int64_t d = DayNumber(date);
  int64_t k;
  if (n > 0) {
    k = impl_->C(d + 1) + n - 1;
  } else {
    k = impl_->C(d) + n;  // n == 0: the first working day on or after d
  }
  const int64_t result = impl_->Kth(k);
  const Date out = k >= 0 && k < static_cast<int64_t>(impl_->workday_dates.size())
                       ? impl_->workday_dates[static_cast<size_t>(k)]
                       : Date::FromDaysSinceEpoch(static_cast<int>(result));
  if (!out.IsValid()) throw InvalidArgumentError("the result leaves the years 1..9999");
  impl_->Require(d, result, provisional);
  return out;
}
Date WorkdayCalendar::AddWorkingDays(const Date& date, int n) const {
  return AddWorkingDays(date, n, false);
}

int WorkdayCalendar::WorkingDaysBetween(const Date& start, const Date& end, bool provisional) const {
  CheckDate(start, "start");
  CheckDate(end, "end");
  const int64_t a = DayNumber(start);
  const int64_t b = DayNumber(end);
  // The half-open range's last day is b - 1; an empty range touches only a.
  if (a != b) impl_->Require(a, b > a ? b - 1 : b, provisional);
  return static_cast<int>(impl_->C(b) - impl_->C(a));
}
int WorkdayCalendar::WorkingDaysBetween(const Date& start, const Date& end) const {
  return WorkingDaysBetween(start, end, false);
}

Deadline WorkdayCalendar::ComputeDeadline(const LocalDateTime& event, const DeadlineRule& rule,
                                          const DeadlineOptions& options) const {
  if (!event.IsValid()) {
    throw InvalidArgumentError("event " + event.ToIso() + " is not a valid date-time");
  }
  if (rule.count < 1) {
    throw InvalidArgumentError("deadline rule count must be at least 1, got " +
                               std::to_string(rule.count));
  }
  if (options.office_close_minutes &&
      (*options.office_close_minutes < 1 || *options.office_close_minutes > 24 * 60)) {
    throw InvalidArgumentError("office_close_minutes must be 1..1440");
  }
  // The event day is not counted (民法典 art. 201); an event at 24:00 or, if
  // configured, after the close of office hours happens on the next day.
  int64_t base = DayNumber(event.date);
  const int event_minutes = event.hour * 60 + event.minute;
  if (event.hour == 24 || (options.office_close_minutes && options.after_close_counts_next_day &&
                           event_minutes >= *options.office_close_minutes)) {
    ++base;
  }
  const Date base_date = Date::FromDaysSinceEpoch(static_cast<int>(base));
  Date due;
  switch (rule.unit) {
    case DeadlineUnit::kWorkingDays:
      due = AddWorkingDays(base_date, rule.count, options.provisional);
      break;
    case DeadlineUnit::kCalendarDays:
    case DeadlineUnit::kMonths: {
      due = rule.unit == DeadlineUnit::kCalendarDays
                ? Date::FromDaysSinceEpoch(static_cast<int>(base + rule.count))
                : AddMonths(base_date, rule.count);
      if (options.roll_forward) due = NextWorkingDay(due, options.provisional);
      break;
    }
    default:
      throw InvalidArgumentError("unknown deadline unit");
  }
  Deadline out;
  out.provisional = impl_->Require(base, DayNumber(due), options.provisional);
  out.due.date = due;
  if (options.office_close_minutes) {
    out.due.hour = *options.office_close_minutes / 60;
    out.due.minute = *options.office_close_minutes % 60;
  } else {
    out.due.hour = 24;
  }
  out.calendar_version = out.provisional ? impl_->version + " + " + PredictionVersion() : impl_->version;
  return out;
}

Deadline WorkdayCalendar::ComputeDeadline(const LocalDateTime& event, const DeadlineRule& rule) const {
  return ComputeDeadline(event, rule, DeadlineOptions{});
}

std::vector<bool> WorkdayCalendar::IsWorkingDayBatch(const std::vector<Date>& dates,
                                                     bool provisional) const {
  std::vector<bool> out;
  out.reserve(dates.size());
  for (const Date& d : dates) out.push_back(IsWorkingDay(d, provisional));
  return out;
}

std::vector<Date> WorkdayCalendar::AddWorkingDaysBatch(const std::vector<Date>& dates, int n,
                                                       bool provisional) const {
  std::vector<Date> out;
  out.reserve(dates.size());
  for (const Date& d : dates) out.push_back(AddWorkingDays(d, n, provisional));
  return out;
}

std::vector<int> WorkdayCalendar::WorkingDaysBetweenBatch(const std::vector<Date>& starts,
                                                          const std::vector<Date>& ends,
                                                          bool provisional) const {
  if (starts.size() != ends.size()) {
    throw InvalidArgumentError("starts and ends must have the same length (" +
                               std::to_string(starts.size()) + " vs " +
                               std::to_string(ends.size()) + ")");
  }
  std::vector<int> out;
  out.reserve(starts.size());
  for (size_t i = 0; i < starts.size(); ++i) {
    out.push_back(WorkingDaysBetween(starts[i], ends[i], provisional));
  }
  return out;
}

std::vector<DayInfo> WorkdayCalendar::Days(const Date& first, const Date& last, bool provisional) const {
  CheckDate(first, "first");
  CheckDate(last, "last");
  const int64_t a = DayNumber(first);
  const int64_t b = DayNumber(last);
  if (b < a) throw InvalidArgumentError("last " + last.ToIso() + " is before first " + first.ToIso());
  if (b - a > 366 * 100) throw InvalidArgumentError("a range of days is limited to 100 years");
  std::vector<DayInfo> out;
  out.reserve(static_cast<size_t>(b - a + 1));
  for (int64_t d = a; d <= b; ++d) {
    out.push_back(impl_->Info(d, impl_->Require(d, d, provisional)));
  }
  return out;
}

}  // namespace govshare
