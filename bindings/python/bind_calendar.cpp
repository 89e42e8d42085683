// calendar.h: the working-day calendar and legal deadlines (docs/calendar.md).
//
// WorkdayCalendar is a handle (std::shared_ptr), created only by its static
// factories. The C++ overloads without `provisional` / `options` become
// keyword defaults (they forward false / DeadlineOptions{}). The GIL is kept
// during queries on purpose: it serialises them with load_*/add_year/override,
// which the C++ class does not allow to run concurrently with queries.
#include <pybind11/stl/filesystem.h>

#include <filesystem>
#include <string>
#include <vector>

#include "bind.h"
#include "govshare/calendar.h"

namespace govshare::python {
namespace {

// Implicit conversion aware datetime.datetime -> LocalDateTime wherever a
// LocalDateTime is expected (Platform.open(simulated_time=...), set_time,
// compute_deadline, fields), the counterpart of datetime.date -> Date. It
// goes through LocalDateTime.from_datetime (govshare/__init__.py), the one
// definition of that conversion; a naive datetime is not converted, so the
// call fails with pybind11's TypeError listing the accepted types.
PyObject* ImplicitLocalFromPyDateTime(PyObject* obj, PyTypeObject* /*type*/) {
  if (!IsPyDateTime(obj)) return nullptr;
  try {
    return py::type::of<LocalDateTime>().attr("from_datetime")(py::handle(obj)).release().ptr();
  } catch (const py::error_already_set&) {
    return nullptr;  // naive, or outside the years 1..9999
  }
}

}  // namespace

void bind_calendar(py::module_& m) {
  py::enum_<DayKind>(m, "DayKind", "What kind of day a date is.")
      .value("WORKDAY", DayKind::kWorkday, "Monday-Friday, not a holiday")
      .value("WEEKEND", DayKind::kWeekend, "Saturday or Sunday, not made a working day")
      .value("HOLIDAY", DayKind::kHoliday, "a day off inside an announced holiday period")
      .value("ADJUSTED_WORKDAY", DayKind::kAdjustedWorkday,
             "a weekend day made a working day (调休上班)");

  py::enum_<Festival>(m, "Festival", "Festivals named by the State Council notices.")
      .value("NONE", Festival::kNone)
      .value("NEW_YEAR", Festival::kNewYear, "元旦 [NewYear]")
      .value("SPRING_FESTIVAL", Festival::kSpringFestival, "春节 [SpringFestival]")
      .value("QING_MING", Festival::kQingMing, "清明节 [QingMing]")
      .value("LABOUR_DAY", Festival::kLabourDay, "劳动节 [LabourDay]")
      .value("DRAGON_BOAT", Festival::kDragonBoat, "端午节 [DragonBoat]")
      .value("MID_AUTUMN", Festival::kMidAutumn, "中秋节 [MidAutumn]")
      .value("NATIONAL_DAY", Festival::kNationalDay, "国庆节 [NationalDay]")
      .value("NATIONAL_DAY_MID_AUTUMN", Festival::kNationalDayMidAutumn,
             "国庆节、中秋节 merged [NationalDay+MidAutumn]")
      .value("LOCAL", Festival::kLocal, "a local adjustment [Local]");

  py::enum_<DeadlineUnit>(m, "DeadlineUnit", "The unit of a deadline rule.")
      .value("WORKING_DAYS", DeadlineUnit::kWorkingDays, "N working days (A11, A21, A22, A23, A25)")
      .value("CALENDAR_DAYS", DeadlineUnit::kCalendarDays, "N calendar days")
      .value("MONTHS", DeadlineUnit::kMonths, "N months (A25, A26)");

  py::class_<DayInfo> day_info(m, "DayInfo", "Everything the calendar knows about one date.");
  def_value_type(day_info, field("date", &DayInfo::date, "The date."),
                 field("kind", &DayInfo::kind, "What kind of day it is."),
                 field("festival", &DayInfo::festival, "The festival, NONE when none."),
                 field("working", &DayInfo::working, "True for WORKDAY and ADJUSTED_WORKDAY."),
                 field("reason", &DayInfo::reason, "The reason of a local override, empty otherwise."),
                 field("provisional", &DayInfo::provisional,
                       "True when the date lies outside the loaded years (provisional mode: a "
                       "prediction, not a State Council notice)."));

  py::class_<LocalDateTime> local(
      m, "LocalDateTime",
      "A date-time on the Asia/Shanghai clock (UTC+8, no daylight saving). hour 24 with minute "
      "and second 0 means the end of date. to_datetime()/from_datetime() are added in "
      "govshare/__init__.py; an aware datetime.datetime is accepted wherever a LocalDateTime "
      "is expected.");
  def_value_type(local, field("date", &LocalDateTime::date, "The date."),
                 field("hour", &LocalDateTime::hour, "0..24; 24:00:00 means the end of date."),
                 field("minute", &LocalDateTime::minute, "0..59"),
                 field("second", &LocalDateTime::second, "0..59"));
  local.def(py::self < py::self)
      .def("__gt__", [](const LocalDateTime& a, const LocalDateTime& b) { return b < a; },
           py::is_operator())
      .def("__le__", [](const LocalDateTime& a, const LocalDateTime& b) { return !(b < a); },
           py::is_operator())
      .def("__ge__", [](const LocalDateTime& a, const LocalDateTime& b) { return !(a < b); },
           py::is_operator())
      .def("is_valid", &LocalDateTime::IsValid,
           "True when the fields form a time of day (24:00:00 allowed).")
      .def("to_iso", &LocalDateTime::ToIso, "YYYY-MM-DDTHH:MM:SS+08:00.")
      .def("__str__", &LocalDateTime::ToIso)
      .def_static("from_iso", &LocalDateTime::FromIso, py::arg("text"),
                  "Parses YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS] or the same followed by +08:00; other "
                  "offsets are refused. Raises InvalidArgumentError.")
      .def_static("from_unix_seconds", &LocalDateTime::FromUnixSeconds, py::arg("seconds"),
                  "From seconds since 1970-01-01T00:00:00Z. Raises InvalidArgumentError outside "
                  "the years 1..9999.")
      .def("to_unix_seconds", &LocalDateTime::ToUnixSeconds,
           "Seconds since 1970-01-01T00:00:00Z. Raises InvalidArgumentError when the value is "
           "not valid.");
  py::detail::get_type_info(typeid(LocalDateTime))
      ->implicit_conversions.push_back(&ImplicitLocalFromPyDateTime);

  py::class_<DeadlineRule> rule(m, "DeadlineRule", "A deadline rule: count units.");
  def_value_type(rule, field("unit", &DeadlineRule::unit, "The unit."),
                 field("count", &DeadlineRule::count, "How many units."));

  py::class_<DeadlineOptions> options(m, "DeadlineOptions", "How a deadline is computed.");
  def_value_type(
      options,
      field("office_close_minutes", &DeadlineOptions::office_close_minutes,
            "Close of office hours on the last day, as minutes after midnight (e.g. 17*60+30). "
            "None: the last day ends at 24:00 (民法典 art. 203)."),
      field("after_close_counts_next_day", &DeadlineOptions::after_close_counts_next_day,
            "With office_close_minutes, an event at or after the close counts as happening on "
            "the next day. Default False."),
      field("roll_forward", &DeadlineOptions::roll_forward,
            "For calendar-day and month periods, move an end that is not a working day to the "
            "next working day (民法典 art. 203). Default True."),
      field("provisional", &DeadlineOptions::provisional,
            "Answer for years outside the loaded data by prediction (the statutory holidays "
            "rest, every other Monday-Friday works; no 调休) instead of refusing; the deadline "
            "is then flagged provisional. Default False."));

  py::class_<Deadline> deadline(m, "Deadline", "A computed deadline.");
  def_value_type(deadline, field("due", &Deadline::due, "When the period ends (Asia/Shanghai)."),
                 field("calendar_version", &Deadline::calendar_version,
                       "The version of the calendar data that produced it (for audit); a "
                       "provisional deadline adds the prediction's version after ' + '."),
                 field("provisional", &Deadline::provisional,
                       "True when any date involved lay outside the loaded years."));

  py::class_<YearSchedule> year_schedule(
      m, "YearSchedule",
      "One year's holiday schedule as the bureau loads it (docs/calendar.md, \"Loading a year "
      "into the platform\"), parsed and checked by parse_year_schedule.");
  def_value_type(
      year_schedule, field("year", &YearSchedule::year, "The year."),
      field("sources", &YearSchedule::sources,
            "The source lines, e.g. the notice's document number. A copy (list)."),
      field("days", &YearSchedule::days,
            "The listed days, ascending (kind HOLIDAY or ADJUSTED_WORKDAY, or WORKDAY for a local "
            "weekday made working). A copy (list)."),
      field("canonical_text", &YearSchedule::canonical_text,
            "The schedule in canonical form (sources, year, days sorted; no comments): what the "
            "platform stores."),
      field("digest", &YearSchedule::digest,
            "SHA-256 (hex) of the year line and the day lines of canonical_text: equal digests "
            "mean the same schedule, whatever the comments and sources."));

  py::class_<WorkdayCalendar, std::shared_ptr<WorkdayCalendar>> cal(m, "WorkdayCalendar", R"doc(The holiday calendar.

Create with WorkdayCalendar.builtin() (the 2020-2026 State Council schedule
shipped with the library), WorkdayCalendar.empty() or
WorkdayCalendar.from_file(path), then optionally load more years and local
overrides. Queries refuse a date outside the loaded years with
CalendarCoverageError unless provisional=True: a year outside the loaded ones
is then predicted (statutory_holidays() rest, every other Monday-Friday works;
beyond predictable_years(), plain Monday-Friday) and every result says so.
Dates may be given as Date or datetime.date.)doc");
  const DeadlineOptions default_deadline_options;
  cal.def_static("builtin", &WorkdayCalendar::Builtin,
                 "The State Council schedule the library ships (2020-2026).")
      .def_static("empty", &WorkdayCalendar::Empty, "A calendar with no years loaded.")
      .def_static(
          "from_file",
          [](const std::filesystem::path& path) { return WorkdayCalendar::FromFile(path.string()); },
          py::arg("path"),
          "A calendar read from a file in the calendar format (docs/calendar.md). Raises IoError "
          "or ParseError.")
      .def("load_text", &WorkdayCalendar::LoadText, py::arg("text"),
           "Loads calendar text: year lines add covered years, day lines set holidays, adjusted "
           "working days and overrides. Raises ParseError naming the line; on error nothing "
           "changes.")
      .def(
          "load_file",
          [](WorkdayCalendar& self, const std::filesystem::path& path) {
            self.LoadFile(path.string());
          },
          py::arg("path"), "Loads a calendar file. Raises IoError or ParseError; nothing changes.")
      .def("add_year", &WorkdayCalendar::AddYear, py::arg("year"),
           "Declares a year covered as a plain Monday-Friday year. Raises if already covered.")
      .def("load_year", &WorkdayCalendar::LoadYear, py::arg("schedule"),
           "Loads one year's schedule (a YearSchedule from parse_year_schedule), replacing "
           "whatever the calendar had for that year (a correction); local overrides of that year "
           "are kept.")
      .def("schedule", &WorkdayCalendar::Schedule, py::arg("year"),
           "The schedule of a loaded year in canonical form, with its digest (equal to "
           "parse_year_schedule's for the same days). Raises CalendarCoverageError when the year "
           "is not loaded.")
      .def("clone", &WorkdayCalendar::Clone,
           "An independent copy (same years, days, sources and overrides).")
      .def("override", &WorkdayCalendar::Override, py::arg("date"), py::arg("working"),
           py::arg("reason"),
           "Makes date a working day or a rest day for reason (required). The year must be "
           "covered.")
      .def("years", &WorkdayCalendar::years, "Covered years, ascending.")
      .def("covers", &WorkdayCalendar::Covers, py::arg("year"), "True when year is loaded.")
      .def("covers_range", &WorkdayCalendar::CoversRange, py::arg("a"), py::arg("b"),
           "True when every year from a's to b's (either order) is loaded.")
      .def("version", &WorkdayCalendar::version,
           "Identifies the loaded data: source names, years and a digest of every day's status.")
      .def("day", py::overload_cast<const Date&, bool>(&WorkdayCalendar::Day, py::const_),
           py::arg("date"), py::arg("provisional") = false,
           "Everything the calendar knows about date.")
      .def("is_working_day",
           [](const WorkdayCalendar& c, const py::handle& date, bool provisional) {
             return c.IsWorkingDay(DateFromHandle(date), provisional);
           },
           py::arg("date"), py::arg("provisional") = false, "True when date is a working day.")
      // Dates answer in the type they were asked in: datetime.date in,
      // datetime.date out; govshare.Date in, govshare.Date out.
      .def("next_working_day",
           [](const WorkdayCalendar& c, const py::handle& date, bool provisional) {
             return DateLike(c.NextWorkingDay(DateFromHandle(date), provisional), IsPyDate(date));
           },
           py::arg("date"), py::arg("provisional") = false,
           "The first working day on or after date (same type as date).")
      .def("add_working_days",
           [](const WorkdayCalendar& c, const py::handle& date, int n, bool provisional) {
             return DateLike(c.AddWorkingDays(DateFromHandle(date), n, provisional), IsPyDate(date));
           },
           py::arg("date"), py::arg("n"), py::arg("provisional") = false,
           "The n-th working day strictly after date for n > 0 (the event day is not counted); "
           "strictly before it for n < 0; for n == 0 the first working day on or after date. "
           "Returns the same type as date (datetime.date or govshare.Date).")
      .def("working_days_between",
           [](const WorkdayCalendar& c, const py::handle& start, const py::handle& end,
              bool provisional) {
             return c.WorkingDaysBetween(DateFromHandle(start), DateFromHandle(end), provisional);
           },
           py::arg("start"), py::arg("end"), py::arg("provisional") = false,
           "Working days in the half-open range [start, end); negative when end < start.")
      .def("compute_deadline",
           py::overload_cast<const LocalDateTime&, const DeadlineRule&, const DeadlineOptions&>(
               &WorkdayCalendar::ComputeDeadline, py::const_),
           py::arg("event"), py::arg("rule"), py::arg("options") = default_deadline_options,
           "The deadline of rule for an event at event.")
      // Batch forms read the sequences directly (DatesFromSequence): one call
      // and no Python object per input date.
      .def("is_working_day_batch",
           [](const WorkdayCalendar& c, const py::handle& dates, bool provisional) {
             return c.IsWorkingDayBatch(DatesFromSequence(dates), provisional);
           },
           py::arg("dates"), py::arg("provisional") = false,
           "is_working_day for many dates (govshare.Date or datetime.date) in one call.")
      .def("add_working_days_batch",
           [](const WorkdayCalendar& c, const py::handle& dates, int n, bool provisional) {
             const std::vector<Date> results =
                 c.AddWorkingDaysBatch(DatesFromSequence(dates), n, provisional);
             const py::sequence seq = py::reinterpret_borrow<py::sequence>(dates);
             py::list out(results.size());
             for (size_t i = 0; i < results.size(); ++i) {
               out[i] = DateLike(results[i], IsPyDate(seq[i]));
             }
             return out;
           },
           py::arg("dates"), py::arg("n"), py::arg("provisional") = false,
           "add_working_days for many dates in one call; each result has its input's type.")
      .def("working_days_between_batch",
           [](const WorkdayCalendar& c, const py::handle& starts, const py::handle& ends,
              bool provisional) {
             return c.WorkingDaysBetweenBatch(DatesFromSequence(starts), DatesFromSequence(ends),
                                              provisional);
           },
           py::arg("start"), py::arg("end"), py::arg("provisional") = false,
           "Element-wise working_days_between(start[i], end[i]); the lists must have the same "
           "length.")
      .def("days", &WorkdayCalendar::Days, py::arg("start"), py::arg("end"),
           py::arg("provisional") = false, "Every day from start to end inclusive.")
      .def("__repr__", [](const WorkdayCalendar& c) { return "<WorkdayCalendar " + c.version() + ">"; });

  m.def("parse_year_schedule", &ParseYearSchedule, py::arg("text"), py::arg("name"),
        "Parses and checks one year's schedule (docs/calendar.md): exactly one year line; every "
        "day in that year, listed once, with a known festival; 'work' only on a Saturday or "
        "Sunday; 'off' only on a weekday, a statutory holiday, or a weekend inside a run of days "
        "off that has one; every statutory holiday of the year a rest day. Raises ParseError "
        "whose path is 'name:line' (or name for the whole file), naming the rule.");
  m.def("statutory_holidays", &StatutoryHolidays, py::arg("year"),
        "The statutory holidays of year under 《全国年节及纪念日放假办法》 art. 2, before any 调休: "
        "from 2025 13 days (元旦 1/1; 春节 除夕 and 正月初一-初三; 清明; 劳动节 5/1-5/2; 端午; 中秋; "
        "国庆 10/1-10/3), 2008-2024 11 days. Each a DayInfo of kind HOLIDAY, provisional (a "
        "prediction), ascending; a day two festivals share is listed once. Raises "
        "CalendarCoverageError for a year outside predictable_years().");
  m.def("predictable_years", &PredictableYears,
        "The years whose statutory holidays can be predicted (the shipped table of 除夕, 清明, "
        "端午 and 中秋 dates), ascending.");
  m.def("prediction_version", &PredictionVersion,
        "Identifies the prediction: the festival table's name, years and digest.");
  m.def("add_months", &AddMonths, py::arg("date"), py::arg("months"),
        "The date months months after date: same day number, or the last day of the final month "
        "when it has no such day (民法典 art. 202). No roll-forward.");
  m.def("weekday", &Weekday, py::arg("date"), "Day of the week, 1 = Monday ... 7 = Sunday.");
  m.def("enum_name", py::overload_cast<DayKind>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<Festival>(&ToString), py::arg("value"));
  m.def("chinese_label", py::overload_cast<DayKind>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<Festival>(&ChineseLabel), py::arg("value"));
  m.def("parse_day_kind", &ParseDayKind, py::arg("name"),
        "Parses workday, weekend, holiday or adjusted_workday; raises InvalidArgumentError.");
  m.def("parse_festival", &ParseFestival, py::arg("name"),
        "Parses a festival's file name (NewYear, NationalDay+MidAutumn, ...); raises "
        "InvalidArgumentError.");
}

}  // namespace govshare::python
