// The working-day calendar (docs/calendar.md). Tables make every query O(1):
//   cum_[i]      working days in [first_, first_ + i), i = 0..n
//   workdays_[k] the day number of the k-th working day of the table
// Outside the table, days are plain Monday–Friday (provisional mode only),
// counted by closed-form week arithmetic, so no query loops over days.
#include "calendar/calendar_impl.h"

#include <cstdio>

namespace govshare {

using calendar_detail::CheckDate;
using calendar_detail::DayNumber;
using calendar_detail::Fnv1a;
using calendar_detail::IsWeekendDay;
using calendar_detail::StatutoryDays;

// ---- the day table -------------------------------------------------------------

void WorkdayCalendar::Impl::Rebuild() {
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

int WorkdayCalendar::Impl::FirstMissing(int y1, int y2) const {
  if (y1 > y2) std::swap(y1, y2);
  for (int y = y1; y <= y2; ++y)  // at most the span of a query's years
    if (!years.count(y)) return y;
  return y1;
}

bool WorkdayCalendar::Impl::Require(int64_t a, int64_t b, bool provisional) const {
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

DayInfo WorkdayCalendar::Impl::Info(int64_t day, bool provisional_flag) const {
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

// ---- the calendar --------------------------------------------------------------

WorkdayCalendar::WorkdayCalendar(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {
  impl_->Rebuild();
}
WorkdayCalendar::~WorkdayCalendar() = default;

std::shared_ptr<WorkdayCalendar> WorkdayCalendar::Empty() {
  return std::shared_ptr<WorkdayCalendar>(new WorkdayCalendar(std::make_unique<Impl>()));
}

std::shared_ptr<WorkdayCalendar> WorkdayCalendar::Clone() const {
  auto impl = std::make_unique<Impl>();
  impl->years = impl_->years;
  impl->special = impl_->special;
  impl->sources = impl_->sources;
  impl->overrides = impl_->overrides;
  return std::shared_ptr<WorkdayCalendar>(new WorkdayCalendar(std::move(impl)));
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
