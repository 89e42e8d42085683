// Internal: the working-day calendar's private state (WorkdayCalendar::Impl)
// and the day arithmetic its files share (docs/calendar.md). One file per
// concern:
//   calendar.cpp    the day table (Impl::Rebuild) and the queries over it
//   schedule.cpp    calendar text, year schedules, loading and overriding
//   prediction.cpp  the festival table, the statutory holidays, the
//                   prediction of years whose notice is not loaded
//   deadline.cpp    date-times, weekdays, months, deadlines
//   names.cpp       the coverage error, the names of day kinds and festivals
#ifndef GOVSHARE_SRC_CALENDAR_CALENDAR_IMPL_H_
#define GOVSHARE_SRC_CALENDAR_CALENDAR_IMPL_H_

#include "govshare/calendar.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/enum_names.h"
#include "base/text.h"

namespace govshare {

namespace internal {
extern const char kBuiltinCalendarData[];
extern const char kBuiltinCalendarName[];
extern const char kFestivalData[];
extern const char kFestivalDataName[];
}  // namespace internal

namespace calendar_detail {

// Day number of a date already checked (CheckDate) — the unchecked fast form.
inline int64_t DayNumber(const Date& d) { return internal::DaysFromCivil(d.year, d.month, d.day); }

inline const internal::EnumName<Festival> kFestivalNames[] = {
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

inline int64_t FloorDiv(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

// 1969-12-29 is a Monday: day number -3.
constexpr int64_t kMonday = -3;

// Plain Monday–Friday days in [kMonday, x) (negative before kMonday).
inline int64_t PlainCount(int64_t x) {
  const int64_t t = x - kMonday;
  const int64_t weeks = FloorDiv(t, 7);
  const int64_t r = t - 7 * weeks;
  return 5 * weeks + std::min<int64_t>(r, 5);
}

// The day x with PlainCount(x) == k and x a weekday.
inline int64_t PlainNth(int64_t k) {
  const int64_t weeks = FloorDiv(k, 5);
  const int64_t r = k - 5 * weeks;
  return kMonday + 7 * weeks + r;
}

inline bool IsWeekendDay(int64_t day) {
  const int64_t wd = ((day - kMonday) % 7 + 7) % 7;  // 0 = Monday
  return wd >= 5;
}

inline void CheckDate(const Date& d, const char* what) {
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

inline uint64_t Fnv1a(uint64_t h, const std::string& s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

// 《全国年节及纪念日放假办法》 art. 2: the statutory days of `year` (day number →
// festival), from the festival table. Empty outside the table.
// (prediction.cpp)
std::map<int, Festival> StatutoryDays(int year);

}  // namespace calendar_detail

struct WorkdayCalendar::Impl {
  using Special = calendar_detail::Special;

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

  // Recomputes the tables and the version from years, special and the
  // prediction (calendar.cpp).
  void Rebuild();

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
    return !calendar_detail::IsWeekendDay(day);
  }

  bool YearsCovered(int y1, int y2) const {
    if (y1 > y2) std::swap(y1, y2);
    if (years.empty() || y1 < min_year || y2 > max_year) return false;
    return uncovered_prefix[static_cast<size_t>(y2 - min_year + 1)] ==
           uncovered_prefix[static_cast<size_t>(y1 - min_year)];
  }

  int FirstMissing(int y1, int y2) const;

  // Throws unless the years from a to b are covered or provisional is on.
  // Returns true when the answer is provisional. (calendar.cpp)
  bool Require(int64_t a, int64_t b, bool provisional) const;

  // Working days in [first, x) — negative for x < first.
  int64_t C(int64_t x) const {
    using calendar_detail::PlainCount;
    const int64_t end = first + n;
    if (x < first) return PlainCount(x) - PlainCount(first);
    if (x <= end) return cum[static_cast<size_t>(x - first)];
    return cum[static_cast<size_t>(n)] + PlainCount(x) - PlainCount(end);
  }

  // The day with C(day) == k that is a working day.
  int64_t Kth(int64_t k) const {
    using calendar_detail::PlainCount;
    using calendar_detail::PlainNth;
    const int64_t total = static_cast<int64_t>(workdays.size());
    if (k >= 0 && k < total) return workdays[static_cast<size_t>(k)];
    if (k >= total) return PlainNth(k - total + PlainCount(first + n));
    return PlainNth(k + PlainCount(first));
  }

  DayInfo Info(int64_t day, bool provisional_flag) const;
};

}  // namespace govshare

#endif  // GOVSHARE_SRC_CALENDAR_CALENDAR_IMPL_H_
