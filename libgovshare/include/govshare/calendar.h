// libgovshare — the working-day calendar and legal deadlines.
//
// Every obligation in the Nantong rules is counted on the mainland-China
// working-day calendar: A11 (15 working days), A21 (1), A22 (10), A23 (2),
// A25 (1 month; 10 working days), A26 (3 months). The calendar knows the
// State Council's holiday arrangements (法定节假日 and 调休上班 weekends) for the
// years it has loaded — 2020–2026 ship with the library — plus local
// adjustments, and counts deadlines by the legal rules (docs/calendar.md):
//   - the day of the triggering event is not counted (民法典 art. 201);
//   - "within N working days": the N-th working day strictly after the event;
//   - a period in months ends on the same-numbered day of the final month, or
//     that month's last day (art. 202), moved to the next working day when it
//     is not one (art. 203);
//   - the last day ends at 24:00, or at an optional office-hours cut-off.
//
// Queries are O(1): the calendar precomputes, for its covered years, the
// number of working days before each day and the list of working days.
// A date outside the loaded years is refused with the coverage error naming
// the missing year, unless the caller opts into provisional mode; every
// provisional result says so. A provisional year is predicted, not guessed:
// the statutory holidays of 《全国年节及纪念日放假办法》 art. 2 (fixed by the
// law; the lunar festivals and 清明 from the shipped festival table,
// 2020–2040) are rest days and every other Monday–Friday works. Only the
// year's 调休 (weekends moved to form the long breaks) is unknown until the
// State Council's notice is loaded (docs/calendar.md, "Provisional years").
//
// Thread-safety: a WorkdayCalendar is immutable after construction except
// through LoadFile/LoadText/AddYear/Override, which must not run concurrently
// with queries. Concurrent const queries are safe.
#ifndef GOVSHARE_CALENDAR_H_
#define GOVSHARE_CALENDAR_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "govshare/date.h"
#include "govshare/error.h"
#include "govshare/export.h"

namespace govshare {

/// A date outside the calendar's loaded years was asked about without
/// provisional mode. missing_year() names the year. It is an
/// invalid-argument error: the caller asked about a date the data does not
/// cover.
class GOVSHARE_EXPORT CalendarCoverageError : public InvalidArgumentError {
 public:
  CalendarCoverageError(int missing_year, const std::string& message);
  int missing_year() const { return missing_year_; }

 private:
  int missing_year_;
};

/// What kind of day a date is.
enum class DayKind {
  kWorkday = 1,          ///< Monday–Friday, not a holiday
  kWeekend = 2,          ///< Saturday or Sunday, not made a working day
  kHoliday = 3,          ///< a day off inside an announced holiday period
  kAdjustedWorkday = 4,  ///< a weekend day made a working day (调休上班)
};

/// Festivals named by the State Council notices. JSON/file names in brackets.
enum class Festival {
  kNone = 0,
  kNewYear = 1,                 ///< 元旦 [NewYear]
  kSpringFestival = 2,          ///< 春节 [SpringFestival]
  kQingMing = 3,                ///< 清明节 [QingMing]
  kLabourDay = 4,               ///< 劳动节 [LabourDay]
  kDragonBoat = 5,              ///< 端午节 [DragonBoat]
  kMidAutumn = 6,               ///< 中秋节 [MidAutumn]
  kNationalDay = 7,             ///< 国庆节 [NationalDay]
  kNationalDayMidAutumn = 8,    ///< 国庆节、中秋节 merged [NationalDay+MidAutumn]
  kLocal = 9,                   ///< a local adjustment [Local]
};

/// Everything the calendar knows about one date.
struct GOVSHARE_EXPORT DayInfo {
  Date date;
  DayKind kind = DayKind::kWorkday;
  Festival festival = Festival::kNone;
  /// True for kWorkday and kAdjustedWorkday.
  bool working = true;
  /// The reason of a local override, empty otherwise.
  std::string reason;
  /// True when the date lies outside the loaded years (provisional mode).
  bool provisional = false;
  bool operator==(const DayInfo& o) const {
    return date == o.date && kind == o.kind && festival == o.festival && working == o.working &&
           reason == o.reason && provisional == o.provisional;
  }
};

/// A date-time on the Asia/Shanghai clock (UTC+8, no daylight saving).
struct GOVSHARE_EXPORT LocalDateTime {
  Date date;
  int hour = 0;    ///< 0..24; 24:00:00 means the end of `date`
  int minute = 0;  ///< 0..59
  int second = 0;  ///< 0..59

  /// True when the fields form a time of day (24:00:00 allowed).
  bool IsValid() const;
  /// `YYYY-MM-DDTHH:MM:SS+08:00`.
  std::string ToIso() const;
  /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS]` or the same followed by
  /// `+08:00`; other offsets are refused. Throws the invalid-argument error.
  static LocalDateTime FromIso(const std::string& text);
  /// From seconds since 1970-01-01T00:00:00Z. Throws the invalid-argument
  /// error outside the years 1..9999.
  static LocalDateTime FromUnixSeconds(std::int64_t seconds);
  /// Seconds since 1970-01-01T00:00:00Z. Throws the invalid-argument error
  /// when the value is not valid.
  std::int64_t ToUnixSeconds() const;

  bool operator==(const LocalDateTime& o) const {
    return date == o.date && hour == o.hour && minute == o.minute && second == o.second;
  }
  bool operator<(const LocalDateTime& o) const;
};

/// The unit of a deadline rule.
enum class DeadlineUnit {
  kWorkingDays = 1,   ///< N working days (A11, A21, A22, A23, A25)
  kCalendarDays = 2,  ///< N calendar days
  kMonths = 3,        ///< N months (A25, A26)
};

/// A deadline rule: N units.
struct GOVSHARE_EXPORT DeadlineRule {
  DeadlineUnit unit = DeadlineUnit::kWorkingDays;
  int count = 1;
  bool operator==(const DeadlineRule& o) const { return unit == o.unit && count == o.count; }
};

/// How a deadline is computed.
struct GOVSHARE_EXPORT DeadlineOptions {
  /// Close of office hours on the last day, as minutes after midnight
  /// (e.g. 17*60+30). Absent: the last day ends at 24:00 (民法典 art. 203).
  std::optional<int> office_close_minutes;
  /// When set with office_close_minutes, an event at or after the close
  /// counts as happening on the next day. Default false (docs/calendar.md
  /// rule 4: only if the host configures it).
  bool after_close_counts_next_day = false;
  /// For calendar-day and month periods, move an end that is not a working
  /// day to the next working day (民法典 art. 203). Default true. A26's
  /// "unused for more than 3 months" measures elapsed time; hosts may turn
  /// this off for it.
  bool roll_forward = true;
  /// Answer for years outside the loaded data by prediction (statutory
  /// holidays rest, other Monday–Friday work) instead of refusing; the
  /// deadline is then flagged provisional. Default false.
  bool provisional = false;
  bool operator==(const DeadlineOptions& o) const {
    return office_close_minutes == o.office_close_minutes &&
           after_close_counts_next_day == o.after_close_counts_next_day &&
           roll_forward == o.roll_forward && provisional == o.provisional;
  }
};

/// A computed deadline.
struct GOVSHARE_EXPORT Deadline {
  /// When the period ends (Asia/Shanghai).
  LocalDateTime due;
  /// The version of the calendar data that produced it (for audit); a
  /// provisional deadline adds the prediction's version after " + ".
  std::string calendar_version;
  /// True when any date involved lay outside the loaded years.
  bool provisional = false;
  bool operator==(const Deadline& o) const {
    return due == o.due && calendar_version == o.calendar_version && provisional == o.provisional;
  }
};

/// An extension of a statutory period asked for and decided: N21 因特殊原因需要
/// 延长答复期限的……报经同级政务数据共享主管部门同意，并告知政务数据需求部门，延长的期限最长
/// 不得超过10个工作日 (a provider's reply, Application::extension); N17 因特殊原因
/// 需要延长更新期限的，经同级政务数据共享主管部门同意，可以延长5个工作日 (a catalog
/// update, Obligation::extension). The request, and the authority's decision.
struct GOVSHARE_EXPORT ReplyExtension {
  /// Working days asked for (at most the cap in force: N21 10, N17 5).
  int working_days = 0;
  std::string reason;
  std::string requested_by;
  LocalDateTime requested_at;
  /// The authority's decision; none while pending.
  std::optional<bool> approved;
  std::string decided_by;
  std::string decision_reason;
  std::optional<LocalDateTime> decided_at;
};

/// One year's holiday schedule as the bureau loads it (docs/calendar.md,
/// "Loading a year"): parsed and checked by ParseYearSchedule.
struct GOVSHARE_EXPORT YearSchedule {
  int year = 0;
  /// The `source` lines, e.g. the notice's document number.
  std::vector<std::string> sources;
  /// The listed days, ascending (kind kHoliday or kAdjustedWorkday, or
  /// kWorkday for a local weekday made working).
  std::vector<DayInfo> days;
  /// The schedule in canonical form (sources, year, days sorted; no
  /// comments): what the platform stores.
  std::string canonical_text;
  /// SHA-256 of the year line and the day lines of canonical_text: equal
  /// digests mean the same schedule, whatever the comments and sources.
  std::string digest;
};

/// Parses and checks one year's schedule: exactly one `year` line; every
/// day in that year, listed once, with a known festival; `work` only on a
/// Saturday or Sunday; `off` only on a weekday, a statutory holiday, or a
/// weekend inside a run of consecutive days off that has one of those; every
/// statutory holiday of the year (StatutoryHolidays) a rest day. Throws the
/// parse error naming `name:line` (or `name` for the whole file) and the rule.
GOVSHARE_EXPORT YearSchedule ParseYearSchedule(const std::string& text, const std::string& name);

/// The statutory holidays of `year` under 《全国年节及纪念日放假办法》 art. 2,
/// before any 调休: from 2025 (revised 2024-11-10) 13 days — 元旦 1/1, 春节
/// 除夕 and 正月初一–初三, 清明, 劳动节 5/1–5/2, 端午, 中秋, 国庆 10/1–10/3;
/// 2008–2024 11 days (春节 初一–初三, 劳动节 5/1). Each is a DayInfo of kind
/// kHoliday, provisional (a prediction, not a notice), ascending; a day two
/// festivals share is listed once (NationalDay+MidAutumn). Throws the
/// coverage error for a year outside the festival table (PredictableYears).
GOVSHARE_EXPORT std::vector<DayInfo> StatutoryHolidays(int year);
/// The years whose statutory holidays can be predicted (the shipped table of
/// 除夕, 清明, 端午 and 中秋 dates), ascending.
GOVSHARE_EXPORT std::vector<int> PredictableYears();
/// Identifies the prediction: the festival table's name, years and digest.
GOVSHARE_EXPORT std::string PredictionVersion();

/// The holiday calendar. Create with Builtin() (2020–2026 State Council
/// schedule shipped with the library) or Empty(), then optionally load more
/// years and local overrides.
class GOVSHARE_EXPORT WorkdayCalendar {
 public:
  /// The State Council schedule the library ships (2020–2026).
  static std::shared_ptr<WorkdayCalendar> Builtin();
  /// A calendar with no years loaded.
  static std::shared_ptr<WorkdayCalendar> Empty();
  /// A calendar read from a file in the calendar format (docs/calendar.md).
  static std::shared_ptr<WorkdayCalendar> FromFile(const std::string& path);

  ~WorkdayCalendar();
  WorkdayCalendar(const WorkdayCalendar&) = delete;
  WorkdayCalendar& operator=(const WorkdayCalendar&) = delete;

  /// Loads calendar text (docs/calendar.md format): `year` lines add covered
  /// years, day lines set holidays, adjusted working days and overrides.
  /// Throws the parse error naming the line; on error nothing changes.
  void LoadText(const std::string& text);
  /// Loads a calendar file. Throws the I/O or parse error; nothing changes.
  void LoadFile(const std::string& path);
  /// Declares a year covered with no holidays other than those given later
  /// (a plain Monday–Friday year). Throws if already covered.
  void AddYear(int year);
  /// Loads one year's schedule, replacing whatever the calendar had for that
  /// year (a correction); local overrides of that year are kept.
  void LoadYear(const YearSchedule& schedule);
  /// The schedule of a loaded year in canonical form, with its digest
  /// (equal to ParseYearSchedule's for the same days). Throws the coverage
  /// error when the year is not loaded.
  YearSchedule Schedule(int year) const;
  /// An independent copy (same years, days, sources and overrides).
  std::shared_ptr<WorkdayCalendar> Clone() const;
  /// Makes `date` a working day or a rest day, for `reason` (required), e.g.
  /// a city's special working arrangement. The year must be covered.
  void Override(const Date& date, bool working, const std::string& reason);

  /// Covered years, ascending.
  std::vector<int> years() const;
  /// True when `year` is loaded.
  bool Covers(int year) const;
  /// True when every year from a's to b's (either order) is loaded, i.e. a
  /// query spanning them is not provisional.
  bool CoversRange(const Date& a, const Date& b) const;
  /// Identifies the loaded data: source names, years and a digest of every
  /// day's status. Changes whenever the data changes.
  std::string version() const;

  // ---- queries (O(1)) ------------------------------------------------------
  // Each refuses a date outside the loaded years with the coverage error,
  // unless `provisional` is true: then a year outside the loaded ones is
  // predicted (StatutoryHolidays rest; beyond PredictableYears, plain
  // Monday–Friday). A malformed date is the invalid-argument error.

  DayInfo Day(const Date& date, bool provisional) const;
  DayInfo Day(const Date& date) const;
  bool IsWorkingDay(const Date& date, bool provisional) const;
  bool IsWorkingDay(const Date& date) const;

  /// The first working day on or after `date`.
  Date NextWorkingDay(const Date& date, bool provisional) const;
  Date NextWorkingDay(const Date& date) const;

  /// The n-th working day strictly after `date` for n > 0 (the event day is
  /// not counted); the n-th working day strictly before it for n < 0; for
  /// n == 0, the first working day on or after `date`.
  Date AddWorkingDays(const Date& date, int n, bool provisional) const;
  Date AddWorkingDays(const Date& date, int n) const;

  /// Working days in the half-open range [start, end): `start` counts, `end`
  /// does not; the negated count of [end, start) when end < start. So for
  /// n > 0, AddWorkingDays(d, n) == t implies
  /// WorkingDaysBetween(d + 1, t + 1) == n.
  int WorkingDaysBetween(const Date& start, const Date& end, bool provisional) const;
  int WorkingDaysBetween(const Date& start, const Date& end) const;

  /// The deadline of `rule` for an event at `event`.
  Deadline ComputeDeadline(const LocalDateTime& event, const DeadlineRule& rule,
                           const DeadlineOptions& options) const;
  Deadline ComputeDeadline(const LocalDateTime& event, const DeadlineRule& rule) const;

  // ---- batch forms (one call for many dates; for bindings) -----------------
  std::vector<bool> IsWorkingDayBatch(const std::vector<Date>& dates, bool provisional) const;
  std::vector<Date> AddWorkingDaysBatch(const std::vector<Date>& dates, int n,
                                        bool provisional) const;
  /// Element-wise WorkingDaysBetween(starts[i], ends[i]); the vectors must
  /// have the same length.
  std::vector<int> WorkingDaysBetweenBatch(const std::vector<Date>& starts,
                                           const std::vector<Date>& ends, bool provisional) const;
  /// Every day from `first` to `last` inclusive (at most 100 years).
  std::vector<DayInfo> Days(const Date& first, const Date& last, bool provisional) const;

  struct Impl;

 private:
  explicit WorkdayCalendar(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

/// The date `months` months after `date`: same day number, or the last day
/// of the final month when it has no such day (民法典 art. 202). No
/// roll-forward. Throws the invalid-argument error on a malformed date.
GOVSHARE_EXPORT Date AddMonths(const Date& date, int months);

/// Day of the week, 1 = Monday … 7 = Sunday.
GOVSHARE_EXPORT int Weekday(const Date& date);

/// The name of a day kind: `workday`, `weekend`, `holiday`, `adjusted_workday`.
GOVSHARE_EXPORT std::string ToString(DayKind value);
/// The Chinese label of a day kind, e.g. 调休上班.
GOVSHARE_EXPORT std::string ChineseLabel(DayKind value);
/// The file name of a festival (`SpringFestival`, …; empty for none).
GOVSHARE_EXPORT std::string ToString(Festival value);
/// The Chinese name of a festival, e.g. 春节.
GOVSHARE_EXPORT std::string ChineseLabel(Festival value);
/// Parses a festival file name. Throws the invalid-argument error.
GOVSHARE_EXPORT Festival ParseFestival(const std::string& name);
/// Parses a day-kind name. Throws the invalid-argument error.
GOVSHARE_EXPORT DayKind ParseDayKind(const std::string& name);

}  // namespace govshare

#endif  // GOVSHARE_CALENDAR_H_
