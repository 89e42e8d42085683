// The working-day calendar and legal deadlines (docs/calendar.md). Deadlines
// of A11 (15 working days), A21 (1), A22 (10), A23 (2), A25 (1 month; 10
// working days) and A26 (3 months) are all counted here.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "govshare/calendar.h"
#include "test_util.h"

namespace govshare {
namespace {

Date D(const char* iso) { return Date::FromIso(iso); }

class CalendarTest : public ::testing::Test {
 protected:
  std::shared_ptr<WorkdayCalendar> cal_ = WorkdayCalendar::Builtin();
};

// The reference table (the shared State Council data), parsed independently
// of the library: date → (working, festival).
std::map<std::string, std::pair<bool, std::string>> ReferenceTable() {
  std::map<std::string, std::pair<bool, std::string>> out;
  std::istringstream in(testing::ReadFile(GOVSHARE_TEST_DATA_DIR "/cn_calendar_reference.tsv"));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#' || line.rfind("date", 0) == 0) continue;
    std::istringstream f(line);
    std::string date, kind, festival;
    std::getline(f, date, '\t');
    std::getline(f, kind, '\t');
    std::getline(f, festival, '\t');
    out[date] = {kind == "work", festival};
  }
  return out;
}

TEST_F(CalendarTest, EveryDate2020To2026MatchesTheStateCouncilTable) {
  const auto table = ReferenceTable();
  ASSERT_GT(table.size(), 250u);
  int checked = 0;
  for (int day = Date{2020, 1, 1}.DaysSinceEpoch(); day <= Date{2026, 12, 31}.DaysSinceEpoch(); ++day) {
    const Date d = Date::FromDaysSinceEpoch(day);
    const DayInfo info = cal_->Day(d);
    auto it = table.find(d.ToIso());
    const bool weekend = Weekday(d) >= 6;
    if (it == table.end()) {
      EXPECT_EQ(info.working, !weekend) << d.ToIso();
      EXPECT_EQ(info.kind, weekend ? DayKind::kWeekend : DayKind::kWorkday) << d.ToIso();
      EXPECT_EQ(info.festival, Festival::kNone) << d.ToIso();
    } else {
      EXPECT_EQ(info.working, it->second.first) << d.ToIso();
      EXPECT_EQ(ToString(info.festival), it->second.second) << d.ToIso();
      EXPECT_EQ(info.kind, it->second.first ? DayKind::kAdjustedWorkday : DayKind::kHoliday)
          << d.ToIso();
    }
    EXPECT_EQ(cal_->IsWorkingDay(d), info.working);
    EXPECT_FALSE(info.provisional);
    ++checked;
  }
  EXPECT_EQ(checked, 2557);
}

TEST_F(CalendarTest, WorkingDaysPerYear) {
  const int expected[] = {249, 250, 249, 249, 251, 248, 248};
  for (int y = 2020; y <= 2026; ++y) {
    EXPECT_EQ(cal_->WorkingDaysBetween({y, 1, 1}, {y, 12, 31}) + (cal_->IsWorkingDay({y, 12, 31}) ? 1 : 0),
              expected[y - 2020])
        << y;
  }
  EXPECT_EQ(cal_->WorkingDaysBetween({2020, 1, 1}, {2026, 12, 31}), 249 + 250 + 249 + 249 + 251 + 248 + 247);
}

// The examples of docs/calendar.md (legal counting rule 2: the N-th working
// day strictly after the event).
TEST_F(CalendarTest, AddWorkingDaysExamples) {
  EXPECT_EQ(cal_->AddWorkingDays(D("2026-04-03"), 1), D("2026-04-07"));
  EXPECT_EQ(cal_->AddWorkingDays(D("2026-02-13"), 1), D("2026-02-14"));  // adjusted Saturday
  EXPECT_EQ(cal_->AddWorkingDays(D("2025-12-31"), 1), D("2026-01-04"));  // adjusted Sunday
  EXPECT_EQ(cal_->AddWorkingDays(D("2026-09-30"), 10), D("2026-10-20"));  // A22 across 国庆
  EXPECT_EQ(cal_->AddWorkingDays(D("2020-01-23"), 10), D("2020-02-14"));  // 2020 extension
  // An event on a rest day counts from the next working day.
  EXPECT_EQ(cal_->AddWorkingDays(D("2026-04-04"), 1), D("2026-04-07"));
}

TEST_F(CalendarTest, EventsOnSaturdaysSundaysAndHolidays) {
  EXPECT_EQ(cal_->AddWorkingDays(D("2026-03-07"), 1), D("2026-03-09"));  // Saturday
  EXPECT_EQ(cal_->AddWorkingDays(D("2026-03-08"), 1), D("2026-03-09"));  // Sunday
  EXPECT_EQ(cal_->AddWorkingDays(D("2026-10-01"), 1), D("2026-10-08"));  // 国庆 day 1
  EXPECT_EQ(cal_->AddWorkingDays(D("2026-10-01"), 3), D("2026-10-10"));  // adjusted Saturday
  EXPECT_EQ(cal_->AddWorkingDays(D("2026-02-15"), 15), cal_->AddWorkingDays(D("2026-02-23"), 15));
}

TEST_F(CalendarTest, ZeroAndNegativeN) {
  EXPECT_EQ(cal_->AddWorkingDays(D("2026-10-01"), 0), D("2026-10-08"));  // on or after
  EXPECT_EQ(cal_->AddWorkingDays(D("2026-10-09"), 0), D("2026-10-09"));
  EXPECT_EQ(cal_->NextWorkingDay(D("2026-10-03")), D("2026-10-08"));
  EXPECT_EQ(cal_->AddWorkingDays(D("2026-10-08"), -1), D("2026-09-30"));  // strictly before
  EXPECT_EQ(cal_->AddWorkingDays(D("2026-10-12"), -2), D("2026-10-09"));
  EXPECT_EQ(cal_->AddWorkingDays(D("2026-10-05"), -1), D("2026-09-30"));
  EXPECT_EQ(cal_->AddWorkingDays(D("2026-04-07"), -1), D("2026-04-03"));
}

TEST_F(CalendarTest, BetweenIsHalfOpen) {
  EXPECT_EQ(cal_->WorkingDaysBetween(D("2026-04-03"), D("2026-04-07")), 1);  // Fri counts, Tue not
  EXPECT_EQ(cal_->WorkingDaysBetween(D("2026-04-07"), D("2026-04-03")), -1);
  EXPECT_EQ(cal_->WorkingDaysBetween(D("2026-04-07"), D("2026-04-07")), 0);
  EXPECT_EQ(cal_->WorkingDaysBetween(D("2026-10-01"), D("2026-10-08")), 0);
  EXPECT_EQ(cal_->WorkingDaysBetween(D("2026-09-25"), D("2026-10-12")), 6);  // 28 29 30 8 9 10
}

// Property: add then between agree, from every day of 2020–2026.
TEST_F(CalendarTest, AddThenBetweenAgree) {
  for (int day = Date{2020, 1, 10}.DaysSinceEpoch(); day <= Date{2026, 10, 31}.DaysSinceEpoch(); ++day) {
    const Date d = Date::FromDaysSinceEpoch(day);
    const Date d1 = Date::FromDaysSinceEpoch(day + 1);
    // The last working day on or before d.
    const Date last = cal_->AddWorkingDays(d1, -1);
    ASSERT_TRUE(cal_->IsWorkingDay(last));
    ASSERT_FALSE(d < last);
    for (int n : {1, 2, 10, 15, 40}) {
      const Date t = cal_->AddWorkingDays(d, n);
      ASSERT_TRUE(cal_->IsWorkingDay(t)) << d.ToIso() << "+" << n;
      ASSERT_TRUE(d < t);
      const Date t1 = Date::FromDaysSinceEpoch(t.DaysSinceEpoch() + 1);
      ASSERT_EQ(cal_->WorkingDaysBetween(d1, t1), n) << d.ToIso() << "+" << n;
      ASSERT_EQ(cal_->AddWorkingDays(t, -n), last) << d.ToIso() << "+" << n;
    }
  }
}

// Property: a day-by-day count agrees with the O(1) tables.
TEST_F(CalendarTest, BetweenAgreesWithADayByDayCount) {
  const int start = Date{2020, 1, 1}.DaysSinceEpoch();
  int running = 0;
  for (int day = start; day <= Date{2026, 12, 31}.DaysSinceEpoch(); ++day) {
    ASSERT_EQ(cal_->WorkingDaysBetween(Date::FromDaysSinceEpoch(start), Date::FromDaysSinceEpoch(day)),
              running);
    running += cal_->IsWorkingDay(Date::FromDaysSinceEpoch(day)) ? 1 : 0;
  }
}

TEST(AddMonthsTest, ClampsToTheEndOfShortMonths) {
  EXPECT_EQ(AddMonths(D("2026-01-31"), 1), D("2026-02-28"));
  EXPECT_EQ(AddMonths(D("2024-01-31"), 1), D("2024-02-29"));
  EXPECT_EQ(AddMonths(D("2026-03-31"), 1), D("2026-04-30"));
  EXPECT_EQ(AddMonths(D("2026-11-30"), 3), D("2027-02-28"));
  EXPECT_EQ(AddMonths(D("2026-05-15"), -5), D("2025-12-15"));
  EXPECT_EQ(AddMonths(D("2026-05-15"), 12), D("2027-05-15"));
}

// 民法典 arts. 201–203: months end on the same-numbered day, clamped, then
// moved to the next working day.
TEST_F(CalendarTest, MonthDeadlinesRollForward) {
  auto due = [&](const char* event, int months) {
    return cal_->ComputeDeadline(LocalDateTime::FromIso(event), {DeadlineUnit::kMonths, months}).due;
  };
  EXPECT_EQ(due("2026-01-23", 1).date, D("2026-02-24"));  // 02-23 is in the Spring Festival
  EXPECT_EQ(due("2026-07-05", 3).date, D("2026-10-08"));
  EXPECT_EQ(due("2026-01-31", 1).date, D("2026-02-28"));  // adjusted Saturday: no extension
  EXPECT_EQ(due("2026-08-31", 1).date, D("2026-09-30"));
  // Roll-forward always lands on a working day.
  for (int day = Date{2020, 1, 1}.DaysSinceEpoch(); day <= Date{2026, 9, 30}.DaysSinceEpoch(); ++day) {
    const Date d = Date::FromDaysSinceEpoch(day);
    const Deadline dl = cal_->ComputeDeadline({d, 9, 0, 0}, {DeadlineUnit::kMonths, 1});
    ASSERT_TRUE(cal_->IsWorkingDay(dl.due.date)) << d.ToIso();
    ASSERT_FALSE(dl.due.date < AddMonths(d, 1)) << d.ToIso();
  }
}

TEST_F(CalendarTest, MonthDeadlineWithoutRollForward) {
  DeadlineOptions elapsed;  // A26: "unused for more than 3 months"
  elapsed.roll_forward = false;
  EXPECT_EQ(cal_->ComputeDeadline(LocalDateTime::FromIso("2026-07-01"), {DeadlineUnit::kMonths, 3}, elapsed)
                .due.date,
            D("2026-10-01"));
}

TEST_F(CalendarTest, DeadlinesOfTheArticles) {
  const LocalDateTime submitted = LocalDateTime::FromIso("2026-09-29T15:00:00+08:00");
  // A21: the bureau checks the form within 1 working day.
  EXPECT_EQ(cal_->ComputeDeadline(submitted, {DeadlineUnit::kWorkingDays, 1}).due.date, D("2026-09-30"));
  // A22: the provider decides within 10 working days.
  EXPECT_EQ(cal_->ComputeDeadline(submitted, {DeadlineUnit::kWorkingDays, 10}).due.date, D("2026-10-19"));
  // A23: the bureau decides platform-direct grants within 2 working days.
  EXPECT_EQ(cal_->ComputeDeadline(submitted, {DeadlineUnit::kWorkingDays, 2}).due.date, D("2026-10-08"));
  // A11: catalog update within 15 working days of an announcement made on a
  // holiday (中秋 2026-09-25): 9-28 … 9-30, 10-08 … 10-22.
  EXPECT_EQ(cal_->ComputeDeadline(LocalDateTime::FromIso("2026-09-25"), {DeadlineUnit::kWorkingDays, 15})
                .due.date,
            D("2026-10-22"));
}

TEST_F(CalendarTest, DeadlineEndsAt2400OrAtTheOfficeClose) {
  const LocalDateTime event = LocalDateTime::FromIso("2026-04-03T18:00");
  const Deadline plain = cal_->ComputeDeadline(event, {DeadlineUnit::kWorkingDays, 1});
  EXPECT_EQ(plain.due.ToIso(), "2026-04-07T24:00:00+08:00");
  EXPECT_EQ(plain.calendar_version, cal_->version());
  EXPECT_FALSE(plain.provisional);

  DeadlineOptions office;
  office.office_close_minutes = 17 * 60 + 30;
  EXPECT_EQ(cal_->ComputeDeadline(event, {DeadlineUnit::kWorkingDays, 1}, office).due.ToIso(),
            "2026-04-07T17:30:00+08:00");
  office.after_close_counts_next_day = true;  // 18:00 Friday counts as Saturday
  EXPECT_EQ(cal_->ComputeDeadline(event, {DeadlineUnit::kWorkingDays, 1}, office).due.date, D("2026-04-07"));
  EXPECT_EQ(cal_->ComputeDeadline(LocalDateTime::FromIso("2026-04-07T18:00"), {DeadlineUnit::kWorkingDays, 1},
                                  office)
                .due.date,
            D("2026-04-09"));
}

TEST_F(CalendarTest, CalendarDayDeadlines) {
  EXPECT_EQ(cal_->ComputeDeadline(LocalDateTime::FromIso("2026-09-24"), {DeadlineUnit::kCalendarDays, 7})
                .due.date,
            D("2026-10-08"));  // 10-01 falls in 国庆: next working day
}

TEST_F(CalendarTest, DeadlineRefusesBadInput) {
  EXPECT_THROW(cal_->ComputeDeadline(LocalDateTime::FromIso("2026-04-03"), {DeadlineUnit::kWorkingDays, 0}),
               InvalidArgumentError);
  LocalDateTime bad{{2026, 2, 30}, 0, 0, 0};
  EXPECT_THROW(cal_->ComputeDeadline(bad, {DeadlineUnit::kWorkingDays, 1}), InvalidArgumentError);
  DeadlineOptions o;
  o.office_close_minutes = 0;
  EXPECT_THROW(cal_->ComputeDeadline(LocalDateTime::FromIso("2026-04-03"), {DeadlineUnit::kWorkingDays, 1}, o),
               InvalidArgumentError);
}

TEST_F(CalendarTest, UncoveredYearsAreRefusedNamingTheYear) {
  EXPECT_EQ(cal_->years(), (std::vector<int>{2020, 2021, 2022, 2023, 2024, 2025, 2026}));
  try {
    cal_->IsWorkingDay(D("2027-01-04"));
    FAIL();
  } catch (const CalendarCoverageError& e) {
    EXPECT_EQ(e.missing_year(), 2027);
    EXPECT_NE(std::string(e.what()).find("2027"), std::string::npos);
  }
  EXPECT_THROW(cal_->AddWorkingDays(D("2026-12-28"), 5), CalendarCoverageError);
  EXPECT_THROW(cal_->WorkingDaysBetween(D("2019-12-01"), D("2020-02-01")), CalendarCoverageError);
  EXPECT_THROW(cal_->ComputeDeadline(LocalDateTime::FromIso("2026-12-01"), {DeadlineUnit::kMonths, 1}),
               CalendarCoverageError);
  // The half-open end is not a day of the range.
  EXPECT_EQ(cal_->WorkingDaysBetween(D("2026-12-01"), D("2027-01-01")), 23);
}

TEST_F(CalendarTest, ProvisionalModePredictsTheStatutoryHolidaysAndSaysSo) {
  // 2027 is not loaded: its statutory days rest (《全国年节及纪念日放假办法》 art. 2),
  // every other Monday–Friday works.
  const DayInfo info = cal_->Day(D("2027-01-01"), true);  // 元旦, a Friday
  EXPECT_FALSE(info.working);
  EXPECT_EQ(info.kind, DayKind::kHoliday);
  EXPECT_EQ(info.festival, Festival::kNewYear);
  EXPECT_TRUE(info.provisional);
  EXPECT_EQ(cal_->Day(D("2027-02-05"), true).festival, Festival::kSpringFestival);  // 除夕
  EXPECT_TRUE(cal_->Day(D("2027-02-09"), true).working);  // 初四: only the 调休 could make it rest
  EXPECT_EQ(cal_->AddWorkingDays(D("2026-12-30"), 5, true), D("2027-01-07"));
  // 2027: 261 Monday–Fridays less the statutory days on weekdays (1/1, 2/5, 2/8,
  // 4/5, 6/9, 9/15, 10/1; 2/6–2/7, 5/1–5/2 and 10/2–10/3 are weekends).
  EXPECT_EQ(cal_->WorkingDaysBetween(D("2027-01-01"), D("2028-01-01"), true), 261 - 7);
  DeadlineOptions o;
  o.provisional = true;
  const Deadline dl = cal_->ComputeDeadline(LocalDateTime::FromIso("2026-12-25"), {DeadlineUnit::kWorkingDays, 10}, o);
  EXPECT_TRUE(dl.provisional);
  EXPECT_EQ(dl.due.date, D("2027-01-11"));  // 01-01 rests
  EXPECT_NE(dl.calendar_version.find(PredictionVersion()), std::string::npos) << dl.calendar_version;
  const Deadline known =
      cal_->ComputeDeadline(LocalDateTime::FromIso("2026-09-25"), {DeadlineUnit::kWorkingDays, 10}, o);
  EXPECT_FALSE(known.provisional);
  EXPECT_EQ(known.calendar_version, cal_->version());
  // Before the festival table (2020–2040): plain Monday–Friday, both directions.
  EXPECT_EQ(cal_->AddWorkingDays(D("2020-01-02"), -3, true), D("2019-12-27"));  // 01-01 is off
  EXPECT_EQ(cal_->WorkingDaysBetween(D("2019-12-30"), D("2020-01-06"), true), 4);
  EXPECT_TRUE(cal_->Day(D("2019-10-01"), true).working);
}

TEST(CalendarPredictionTest, NamesTheLunarFestivalsOf2027) {
  std::map<std::string, Festival> days;
  for (const DayInfo& d : StatutoryHolidays(2027)) {
    EXPECT_EQ(d.kind, DayKind::kHoliday);
    EXPECT_TRUE(d.provisional);
    days[d.date.ToIso()] = d.festival;
  }
  EXPECT_EQ(days.size(), 13u);  // 13 days from 2025
  EXPECT_EQ(days["2027-02-05"], Festival::kSpringFestival);  // 除夕
  EXPECT_EQ(days["2027-02-08"], Festival::kSpringFestival);  // 正月初三
  EXPECT_EQ(days["2027-04-05"], Festival::kQingMing);
  EXPECT_EQ(days["2027-05-02"], Festival::kLabourDay);
  EXPECT_EQ(days["2027-06-09"], Festival::kDragonBoat);
  EXPECT_EQ(days["2027-09-15"], Festival::kMidAutumn);
  EXPECT_EQ(days["2027-10-03"], Festival::kNationalDay);
  // Before the 2024 revision: 11 days (no 除夕, 劳动节 one day).
  EXPECT_EQ(StatutoryHolidays(2024).size(), 11u);
  // 2020: 中秋 falls on 10-01, one day for two festivals.
  size_t merged = 0;
  for (const DayInfo& d : StatutoryHolidays(2020)) merged += d.festival == Festival::kNationalDayMidAutumn;
  EXPECT_EQ(merged, 1u);
  const auto years = PredictableYears();
  EXPECT_LE(years.front(), 2025);
  EXPECT_GE(years.back(), 2035);
  EXPECT_THROW(StatutoryHolidays(years.back() + 1), CalendarCoverageError);
}

// The prediction against the State Council's own tables: 2025 and 2026
// treated as unloaded are predicted right but for the 调休 — every statutory
// day rests in the notice too, and the days that differ are exactly the
// moved ones (a weekday given off beyond the statutory days, a weekend made
// a working day).
TEST(CalendarPredictionTest, PredictsTheLoadedYearsButForTheirTiaoxiu) {
  auto loaded = WorkdayCalendar::Builtin();
  auto predicted = WorkdayCalendar::Empty();
  predicted->LoadText("year\t2024\n");  // a loaded year before, so the rest is unloaded
  for (int year : {2025, 2026}) {
    std::map<std::string, Festival> statutory;
    for (const DayInfo& d : StatutoryHolidays(year)) statutory[d.date.ToIso()] = d.festival;
    EXPECT_EQ(statutory.size(), 13u) << year;
    int moved = 0;
    for (const DayInfo& real : loaded->Days(Date{year, 1, 1}, Date{year, 12, 31}, false)) {
      const DayInfo guess = predicted->Day(real.date, true);
      ASSERT_TRUE(guess.provisional);
      const bool is_statutory = statutory.count(real.date.ToIso()) > 0;
      if (is_statutory) {
        EXPECT_FALSE(real.working) << real.date.ToIso() << " is statutory but works in the notice";
        EXPECT_FALSE(guess.working) << real.date.ToIso();
      }
      const bool tiaoxiu = real.kind == DayKind::kAdjustedWorkday ||
                           (real.kind == DayKind::kHoliday && Weekday(real.date) <= 5 && !is_statutory);
      EXPECT_EQ(real.working != guess.working, tiaoxiu) << real.date.ToIso();
      moved += tiaoxiu;
    }
    EXPECT_GT(moved, 0) << year;
  }
}

TEST(CalendarLoadTest, LoadingAFurtherYear) {
  auto cal = WorkdayCalendar::Builtin();
  const std::string before = cal->version();
  // A hypothetical 2027 notice (for the test; not the real schedule).
  cal->LoadText(
      "# test notice\nsource\ttest-2027\nyear\t2027\n"
      "2027-01-01\toff\tNewYear\n2027-01-02\toff\tNewYear\n2027-01-03\toff\tNewYear\n"
      "2027-02-06\twork\tSpringFestival\n");
  EXPECT_TRUE(cal->Covers(2027));
  EXPECT_NE(cal->version(), before);
  EXPECT_FALSE(cal->IsWorkingDay(D("2027-01-01")));
  EXPECT_EQ(cal->Day(D("2027-02-06")).kind, DayKind::kAdjustedWorkday);
  EXPECT_EQ(cal->AddWorkingDays(D("2026-12-31"), 1), D("2027-01-04"));
  EXPECT_EQ(cal->Day(D("2027-03-01")).kind, DayKind::kWorkday);
}

TEST(CalendarLoadTest, LocalOverrideWithReason) {
  auto cal = WorkdayCalendar::Builtin();
  const std::string before = cal->version();
  cal->Override(D("2026-06-15"), false, "南通市防汛应急停工一天");
  const DayInfo info = cal->Day(D("2026-06-15"));
  EXPECT_FALSE(info.working);
  EXPECT_EQ(info.festival, Festival::kLocal);
  EXPECT_EQ(info.reason, "南通市防汛应急停工一天");
  EXPECT_EQ(cal->AddWorkingDays(D("2026-06-12"), 1), D("2026-06-16"));
  EXPECT_NE(cal->version(), before);
  EXPECT_NE(cal->version().find("overrides:1"), std::string::npos);
  EXPECT_THROW(cal->Override(D("2026-06-16"), false, ""), InvalidArgumentError);
  EXPECT_THROW(cal->Override(D("2027-06-16"), false, "x"), CalendarCoverageError);
}

TEST(CalendarLoadTest, BadFilesAreRefusedAndChangeNothing) {
  auto cal = WorkdayCalendar::Builtin();
  const std::string before = cal->version();
  const char* bad[] = {
      "year\t27\n",
      "2027-01-01\toff\tNewYear\n",  // year not declared
      "year\t2027\n2027-02-30\toff\tNewYear\n",
      "year\t2027\n2027-01-01\tholiday\tNewYear\n",
      "year\t2027\n2027-01-01\toff\tChristmas\n",
      "year\t2027\n2027-01-01\toff\tLocal\n",  // local without reason
      "year\t2027\n2027-01-01\toff\tNewYear\n2027-01-01\toff\tNewYear\n",
  };
  for (const char* text : bad) {
    EXPECT_THROW(cal->LoadText(text), ParseError) << text;
    EXPECT_EQ(cal->version(), before) << text;
    EXPECT_FALSE(cal->Covers(2027));
  }
  try {
    cal->LoadText("year\t2027\n\n2027-01-01\toff\tChristmas\n");
    FAIL();
  } catch (const ParseError& e) {
    EXPECT_EQ(e.path(), "calendar:3");
  }
  EXPECT_THROW(WorkdayCalendar::FromFile("/no/such/calendar.tsv"), IoError);
}

TEST(CalendarLoadTest, TheSharedTableLoadsAsACalendarFile) {
  // The shared table's format is a subset of ours once years are declared.
  auto cal = WorkdayCalendar::Empty();
  EXPECT_TRUE(cal->years().empty());
  EXPECT_THROW(cal->IsWorkingDay(D("2026-01-05")), CalendarCoverageError);
  std::string text = "year\t2020\nyear\t2021\nyear\t2022\nyear\t2023\nyear\t2024\nyear\t2025\nyear\t2026\n";
  text += testing::ReadFile(GOVSHARE_TEST_DATA_DIR "/cn_calendar_reference.tsv");
  cal->LoadText(text);
  auto builtin = WorkdayCalendar::Builtin();
  for (int y = 2020; y <= 2026; ++y) {
    EXPECT_EQ(cal->WorkingDaysBetween({y, 1, 1}, {y + 1, 1, 1}, true),
              builtin->WorkingDaysBetween({y, 1, 1}, {y + 1, 1, 1}, true));
  }
}

TEST(LocalDateTimeTest, ParsesShanghaiTimesOnly) {
  EXPECT_EQ(LocalDateTime::FromIso("2026-10-01T09:30:00+08:00").ToIso(), "2026-10-01T09:30:00+08:00");
  EXPECT_EQ(LocalDateTime::FromIso("2026-10-01 09:30").minute, 30);
  EXPECT_THROW(LocalDateTime::FromIso("2026-10-01T09:30:00Z"), InvalidArgumentError);
  EXPECT_THROW(LocalDateTime::FromIso("2026-10-01T09:30:00+09:00"), InvalidArgumentError);
  EXPECT_THROW(LocalDateTime::FromIso("2026-10-01T25:00"), InvalidArgumentError);
  EXPECT_THROW((LocalDateTime{{2026, 2, 30}, 0, 0, 0}.ToUnixSeconds()), InvalidArgumentError);
  EXPECT_THROW(LocalDateTime::FromUnixSeconds(std::int64_t{1} << 50), InvalidArgumentError);
  EXPECT_TRUE(LocalDateTime::FromIso("2026-10-01T09:00") < LocalDateTime::FromIso("2026-10-01T09:01"));
  EXPECT_EQ(ParseDayKind(ToString(DayKind::kAdjustedWorkday)), DayKind::kAdjustedWorkday);
  EXPECT_EQ(ChineseLabel(DayKind::kAdjustedWorkday), "调休上班");
  EXPECT_EQ(ParseFestival("NationalDay+MidAutumn"), Festival::kNationalDayMidAutumn);
  const LocalDateTime t = LocalDateTime::FromIso("2026-10-01T00:30");
  EXPECT_EQ(LocalDateTime::FromUnixSeconds(t.ToUnixSeconds()), t);
  EXPECT_EQ(LocalDateTime::FromUnixSeconds(0).ToIso(), "1970-01-01T08:00:00+08:00");
}

TEST_F(CalendarTest, BatchFormsMatchSingleCalls) {
  const std::vector<Date> dates = {D("2026-04-03"), D("2026-10-01"), D("2026-02-14")};
  EXPECT_EQ(cal_->IsWorkingDayBatch(dates, false), (std::vector<bool>{true, false, true}));
  EXPECT_EQ(cal_->AddWorkingDaysBatch(dates, 1, false),
            (std::vector<Date>{D("2026-04-07"), D("2026-10-08"), D("2026-02-24")}));
  EXPECT_EQ(cal_->WorkingDaysBetweenBatch(dates, {D("2026-04-07"), D("2026-10-08"), D("2026-02-14")}, false),
            (std::vector<int>{1, 0, 0}));
  EXPECT_THROW(cal_->WorkingDaysBetweenBatch(dates, {}, false), InvalidArgumentError);
  const auto days = cal_->Days(D("2026-09-30"), D("2026-10-10"), false);
  ASSERT_EQ(days.size(), 11u);
  EXPECT_EQ(days[1].festival, Festival::kNationalDay);
  EXPECT_EQ(days[10].kind, DayKind::kAdjustedWorkday);
}

// ---- one year's schedule, as the bureau loads it ----------------------------------------

// The shipped 2020–2026 table, one year at a time, in the year-file format.
std::string YearText(int year) {
  std::string text = "source\tcn-state-council\nyear\t" + std::to_string(year) + "\n";
  for (const auto& [date, v] : ReferenceTable()) {
    if (date.compare(0, 4, std::to_string(year)) != 0) continue;
    text += date + "\t" + (v.first ? "work" : "off") + "\t" + v.second + "\n";
  }
  return text;
}

TEST(YearScheduleTest, EveryShippedYearIsAValidYearFile) {
  auto cal = WorkdayCalendar::Empty();
  for (int year = 2020; year <= 2026; ++year) {
    const YearSchedule y = ParseYearSchedule(YearText(year), "cn-" + std::to_string(year) + ".tsv");
    EXPECT_EQ(y.year, year);
    EXPECT_EQ(y.digest.size(), 64u);
    cal->LoadYear(y);
  }
  auto builtin = WorkdayCalendar::Builtin();
  for (int year = 2020; year <= 2026; ++year) {
    EXPECT_EQ(cal->WorkingDaysBetween(Date{year, 1, 1}, Date{year + 1, 1, 1}, true),
              builtin->WorkingDaysBetween(Date{year, 1, 1}, Date{year + 1, 1, 1}, true))
        << year;
  }
}

TEST(YearScheduleTest, TheDigestIsOfTheScheduleNotItsComments) {
  const YearSchedule a = ParseYearSchedule(YearText(2026), "a");
  const YearSchedule b = ParseYearSchedule("# a comment\n" + YearText(2026), "b");
  EXPECT_EQ(a.digest, b.digest);
  EXPECT_EQ(a.canonical_text, b.canonical_text);
  std::string changed = YearText(2026);
  changed += "2026-12-31\toff\tNewYear\n";  // a weekday made off (the 2027 notice could do it)
  EXPECT_NE(ParseYearSchedule(changed, "c").digest, a.digest);
}

TEST(YearScheduleTest, LoadingAYearReplacesIt) {
  auto cal = WorkdayCalendar::Builtin();
  const std::string example = testing::ReadFile(GOVSHARE_EXAMPLES_DATA_DIR "/calendar-2027-example.tsv");
  const YearSchedule y = ParseYearSchedule(example, "calendar-2027-example.tsv");
  cal->LoadYear(y);
  EXPECT_TRUE(cal->Covers(2027));
  EXPECT_EQ(cal->Day(D("2027-02-20")).kind, DayKind::kAdjustedWorkday);
  EXPECT_FALSE(cal->IsWorkingDay(D("2027-02-09")));
  // A correction: the same year again, one make-up day dropped.
  std::string corrected = example;
  const auto pos = corrected.find("2027-02-20\twork\tSpringFestival\n");
  corrected.erase(pos, std::string("2027-02-20\twork\tSpringFestival\n").size());
  auto copy = cal->Clone();
  cal->LoadYear(ParseYearSchedule(corrected, "c"));
  EXPECT_FALSE(cal->IsWorkingDay(D("2027-02-20")));
  EXPECT_TRUE(copy->IsWorkingDay(D("2027-02-20")));  // the clone is independent
  EXPECT_NE(copy->version(), cal->version());
}

TEST(YearScheduleTest, BadYearFilesNameTheLineAndTheRule) {
  struct Case {
    std::string text;
    std::string where;
    std::string says;
  };
  const std::string head = "source\tx\n";
  const std::vector<Case> cases = {
      {head, "f", "exactly one year"},
      {head + "year\t2027\nyear\t2028\n", "f", "exactly one year"},
      {head + "year\t2027\n2027-01-01\toff\tNewYear\n2028-01-01\toff\tNewYear\n", "f:4", "is not in 2027"},
      {head + "year\t2027\n2027-01-01\toff\n", "f:3", "festival of 2027-01-01 is required"},
      {head + "year\t2027\n2027-01-01\toff\tNewYear\n2027-01-01\toff\tNewYear\n", "f:4", "listed twice"},
      {head + "year\t2027\n2027-01-01\toff\tXmas\n", "f:3", "unknown festival"},
      // a working day only on a weekend
      {head + "year\t2027\n2027-01-04\twork\tNewYear\n", "f:3", "only a Saturday or Sunday"},
      // a rest day only on a weekday, a statutory day or inside a holiday period
      {head + "year\t2027\n2027-03-06\toff\tQingMing\n", "f:3", "a rest day already"},
      // every statutory day a rest day: 中秋 2027-09-15 made missing by omission is fine only if it rests
      {head + "year\t2027\n2027-01-01\toff\tNewYear\n", "f", "2027-02-05"},
  };
  for (const Case& c : cases) {
    try {
      ParseYearSchedule(c.text, "f");
      ADD_FAILURE() << "accepted: " << c.text;
    } catch (const ParseError& e) {
      EXPECT_EQ(e.path(), c.where) << c.text << " -> " << e.what();
      EXPECT_NE(std::string(e.what()).find(c.says), std::string::npos) << e.what();
    }
  }
}

}  // namespace
}  // namespace govshare
