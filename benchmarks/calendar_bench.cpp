// Calendar benchmarks: every query should be O(1) (under 20 ns, flat in the
// distance). The Loop* cases do the same work day by day, the way popular
// calendar libraries do, as the baseline.
//   build/ci/benchmarks/calendar_bench [--benchmark_format=json]
#include <benchmark/benchmark.h>

#include <vector>

#include "govshare/calendar.h"

namespace {

using govshare::Date;
using govshare::WorkdayCalendar;

const WorkdayCalendar& Cal() {
  static const auto cal = WorkdayCalendar::Builtin();
  return *cal;
}

// Dates spread over 2020–2025 so lookups are not all cache-hot on one day.
const std::vector<Date>& Dates() {
  static const std::vector<Date> dates = [] {
    std::vector<Date> v;
    for (int d = Date{2020, 1, 1}.DaysSinceEpoch(); d < Date{2025, 12, 1}.DaysSinceEpoch(); d += 7)
      v.push_back(Date::FromDaysSinceEpoch(d));
    return v;
  }();
  return dates;
}

void BM_IsWorkingDay(benchmark::State& state) {
  const auto& dates = Dates();
  size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(Cal().IsWorkingDay(dates[i]));
    if (++i == dates.size()) i = 0;
  }
}
BENCHMARK(BM_IsWorkingDay);

void BM_AddWorkingDays(benchmark::State& state) {
  const auto& dates = Dates();
  const int n = static_cast<int>(state.range(0));
  size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(Cal().AddWorkingDays(dates[i], n));
    if (++i == dates.size()) i = 0;
  }
}
BENCHMARK(BM_AddWorkingDays)->Arg(10)->Arg(250);

void BM_WorkingDaysBetween(benchmark::State& state) {
  const int years = static_cast<int>(state.range(0));
  const Date from{2020, 1, 1};
  const Date to{2020 + years - (years == 7 ? 1 : 0), years == 7 ? 12 : 1, years == 7 ? 31 : 1};
  for (auto _ : state) benchmark::DoNotOptimize(Cal().WorkingDaysBetween(from, to));
}
BENCHMARK(BM_WorkingDaysBetween)->Arg(1)->Arg(7);

void BM_Deadline10WorkingDays(benchmark::State& state) {
  const govshare::LocalDateTime event{{2026, 9, 30}, 10, 0, 0};
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        Cal().ComputeDeadline(event, {govshare::DeadlineUnit::kWorkingDays, 10}));
  }
}
BENCHMARK(BM_Deadline10WorkingDays);

// ---- baseline: day-by-day loops over the same calendar ---------------------

Date NextDay(const Date& d) { return Date::FromDaysSinceEpoch(d.DaysSinceEpoch() + 1); }

void BM_LoopAddWorkingDays(benchmark::State& state) {
  const auto& dates = Dates();
  const int n = static_cast<int>(state.range(0));
  size_t i = 0;
  for (auto _ : state) {
    Date d = dates[i];
    for (int left = n; left > 0;) {
      d = NextDay(d);
      if (Cal().IsWorkingDay(d)) --left;
    }
    benchmark::DoNotOptimize(d);
    if (++i == dates.size()) i = 0;
  }
}
BENCHMARK(BM_LoopAddWorkingDays)->Arg(10)->Arg(250);

void BM_LoopWorkingDaysBetween(benchmark::State& state) {
  const int years = static_cast<int>(state.range(0));
  const Date from{2020, 1, 1};
  const Date to{2020 + years - (years == 7 ? 1 : 0), years == 7 ? 12 : 1, years == 7 ? 31 : 1};
  for (auto _ : state) {
    int count = 0;
    for (Date d = from; d < to; d = NextDay(d)) count += Cal().IsWorkingDay(d) ? 1 : 0;
    benchmark::DoNotOptimize(count);
  }
}
BENCHMARK(BM_LoopWorkingDaysBetween)->Arg(1)->Arg(7);

}  // namespace
