// govshare calendar — working days and legal deadlines from the builtin
// schedule (days, add-workdays, between, deadline; no platform), and the
// platform calendar across the year boundary (load, status; docs/calendar.md).
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "commands/commands.h"
#include "commands/common.h"

namespace govshare_cli {
namespace {

struct CalendarArgs {
  // the queries
  std::string calendar_file;
  bool provisional = false;
  std::string from, to, date;
  int n = 0;
  std::optional<int> working_days, days, months;
  // load, status
  std::string file, reason;
  bool json = false;
};

// Prints, when a query ran with --provisional over years the calendar does
// not cover, that its answer is predicted.
using ProvisionalNote = std::function<void(const govshare::Date& from, const govshare::Date& to)>;

// Runs a query on the builtin calendar plus --calendar FILE; bad dates and
// uncovered years exit 2 with a message on stderr. Output formats are exact
// (other tools script them).
int Query(const CalendarArgs& a,
          const std::function<void(govshare::WorkdayCalendar& cal, const ProvisionalNote& note)>& query) {
  using namespace govshare;
  try {
    auto cal = WorkdayCalendar::Builtin();
    if (!a.calendar_file.empty()) cal->LoadFile(a.calendar_file);
    const ProvisionalNote note = [&](const Date& x, const Date& y) {
      if (a.provisional && !cal->CoversRange(x, y)) {
        std::cerr << "govshare: provisional: years outside " << cal->version()
                  << " are predicted (statutory holidays rest, no 调休; " << PredictionVersion()
                  << "; docs/calendar.md)\n";
      }
    };
    query(*cal, note);
    return kExitOk;
  } catch (const govshare::CalendarCoverageError& e) {
    std::cerr << "govshare: " << e.what() << " (or pass --provisional)\n";
  } catch (const govshare::Error& e) {
    std::cerr << "govshare: " << e.what() << '\n';
  }
  return kExitInput;
}

void AddQueries(CLI::App* calendar, Program& program, const std::shared_ptr<CalendarArgs>& a) {
  using namespace govshare;
  auto* days = calendar->add_subcommand(
      "days", "print FROM..TO inclusive: YYYY-MM-DD<TAB>workday|restday<TAB>festival");
  days->add_option("FROM", a->from)->required();
  days->add_option("TO", a->to)->required();
  OnRun(days, program, [a] {
    return Query(*a, [&](WorkdayCalendar& cal, const ProvisionalNote& note) {
      const Date from = Date::FromIso(a->from), to = Date::FromIso(a->to);
      for (const DayInfo& d : cal.Days(from, to, a->provisional)) {
        std::cout << d.date.ToIso() << '\t' << (d.working ? "workday" : "restday") << '\t'
                  << ToString(d.festival) << '\n';
      }
      note(from, to);
    });
  });

  auto* add = calendar->add_subcommand(
      "add-workdays", "print the N-th working day after DATE (N < 0: before; 0: on or after)");
  add->add_option("DATE", a->date)->required();
  add->add_option("N", a->n)->required();
  OnRun(add, program, [a] {
    return Query(*a, [&](WorkdayCalendar& cal, const ProvisionalNote& note) {
      const Date date = Date::FromIso(a->date);
      const Date result = cal.AddWorkingDays(date, a->n, a->provisional);
      std::cout << result.ToIso() << '\n';
      note(date, result);
    });
  });

  auto* between = calendar->add_subcommand("between", "print the working days in [FROM, TO)");
  between->add_option("FROM", a->from)->required();
  between->add_option("TO", a->to)->required();
  OnRun(between, program, [a] {
    return Query(*a, [&](WorkdayCalendar& cal, const ProvisionalNote& note) {
      const Date from = Date::FromIso(a->from), to = Date::FromIso(a->to);
      std::cout << cal.WorkingDaysBetween(from, to, a->provisional) << '\n';
      note(from, to);
    });
  });

  auto* deadline = calendar->add_subcommand(
      "deadline", "print the due date of a period starting the day after DATE");
  deadline->add_option("DATE", a->date, "event date YYYY-MM-DD[THH:MM[:SS]]")->required();
  auto* wd = deadline->add_option("--working-days", a->working_days, "N working days");
  auto* cd = deadline->add_option("--days", a->days, "N calendar days (rolled forward)");
  auto* mo = deadline->add_option("--months", a->months, "N months (rolled forward)");
  wd->excludes(cd)->excludes(mo);
  cd->excludes(mo);
  OnRun(deadline, program, [a] {
    if (!a->working_days && !a->days && !a->months) {
      throw CLI::RequiredError("one of --working-days, --days, --months");
    }
    return Query(*a, [&](WorkdayCalendar& cal, const ProvisionalNote& note) {
      DeadlineRule rule;
      if (a->working_days) rule = {DeadlineUnit::kWorkingDays, *a->working_days};
      if (a->days) rule = {DeadlineUnit::kCalendarDays, *a->days};
      if (a->months) rule = {DeadlineUnit::kMonths, *a->months};
      DeadlineOptions options;
      options.provisional = a->provisional;
      const Deadline d = cal.ComputeDeadline(LocalDateTime::FromIso(a->date), rule, options);
      std::cout << d.due.date.ToIso() << '\n';
      if (d.provisional) note(Date::FromIso(a->date.substr(0, 10)), d.due.date);
    });
  });
}

int Load(const Session& s, const CalendarArgs& a) {
  const std::string& who = s.Actor();
  auto p = s.Open();
  const govshare::CalendarLoadReport r = p->LoadCalendarYear(who, ReadFile(a.file), a.reason);
  std::cout << (!r.changed ? "未变化 unchanged: " : r.correction ? "已更正 corrected: " : "已载入 loaded: ") << r.year
            << '\t' << r.digest << '\n';
  for (const auto& c : r.recomputed) {
    std::cout << c.object << '\t' << c.what << '\t' << c.department_code << '\t' << c.before.due.date.ToIso()
              << '\t' << c.after.due.date.ToIso() << '\t' << (c.moved ? "moved" : "same")
              << (c.overdue ? "\toverdue" : "") << '\n';
  }
  std::cout << "重算期限 recomputed: " << r.recomputed.size() << '\n';
  return kExitOk;
}

int Status(const Session& s, const CalendarArgs& a) {
  const std::string& who = s.Actor();
  auto p = s.Open();
  const govshare::CalendarState st = p->CalendarStatus(who);
  if (a.json) {
    ojson j;
    j["as_of"] = st.as_of.ToIso();
    j["calendar_version"] = st.calendar_version;
    j["prediction_version"] = st.prediction_version;
    ojson years = ojson::array();
    for (const auto& y : st.years) {
      years.push_back({{"year", y.year}, {"origin", y.origin}, {"digest", y.digest},
                       {"loaded_at", y.loaded_at ? ojson(y.loaded_at->ToIso()) : ojson(nullptr)},
                       {"loaded_by", y.loaded_by}, {"reason", y.reason}});
    }
    j["years"] = std::move(years);
    j["provisional_open"] = st.provisional_open;
    j["earliest_provisional_due"] =
        st.earliest_provisional_due ? ojson(st.earliest_provisional_due->ToIso()) : ojson(nullptr);
    j["first_unloaded_date"] = st.first_unloaded_date.ToIso();
    j["next_year_missing"] = st.next_year_missing;
    j["warning"] = st.warning;
    PrintJson(j);
    return kExitOk;
  }
  for (const auto& y : st.years) {
    std::cout << y.year << '\t' << y.origin << '\t' << y.digest.substr(0, 16) << '\t'
              << (y.loaded_at ? y.loaded_at->ToIso() + '\t' + y.loaded_by : std::string("-")) << '\n';
  }
  std::cout << "日历版本 version: " << st.calendar_version << '\n'
            << "临时期限 provisional open: " << st.provisional_open
            << (st.earliest_provisional_due ? " (earliest " + st.earliest_provisional_due->date.ToIso() + ")" : "")
            << '\n'
            << "首个未载入日期 first unloaded date: " << st.first_unloaded_date.ToIso() << '\n';
  if (!st.warning.empty()) std::cout << "警告 warning: " << st.warning << '\n';
  return kExitOk;
}

void AddPlatformCalendar(CLI::App* calendar, Program& program, const std::shared_ptr<CalendarArgs>& a) {
  auto* load = calendar->add_subcommand(
      "load", "Load a year's holiday schedule into the platform (bureau administrator): FILE in the "
              "year format of docs/calendar.md; recomputes every open provisional deadline");
  load->footer(
      "The file declares one year and lists its days (off / work, festival). It is checked (one\n"
      "year, each day once in that year, known festivals, work only on a weekend, off only on a\n"
      "weekday, a statutory holiday or inside a holiday period, every statutory holiday a rest day)\n"
      "and stored in the platform database, so every handle and process uses it. The same schedule\n"
      "again changes nothing; other content for a loaded year is a correction and needs --reason.\n"
      "Prints the year, its digest and one line per recomputed deadline:\n"
      "OBJECT<TAB>WHAT<TAB>DEPARTMENT<TAB>OLD<TAB>NEW<TAB>moved|same[<TAB>overdue].\n\n" + ExitCodeHelp());
  load->add_option("FILE", a->file, "the year's schedule (UTF-8)")->required();
  load->add_option("--reason", a->reason, "why (required for a correction of a loaded year)");
  OnPlatformCommand(load, program, "calendar load", [a](const Session& s) { return Load(s, *a); });

  auto* status = calendar->add_subcommand(
      "status", "Print the platform calendar: years loaded (builtin or loaded, digest), open provisional "
                "deadlines, the first date that needs an unloaded year, and the warning (any user)");
  status->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(status, program, "calendar status", [a](const Session& s) { return Status(s, *a); });
}

}  // namespace

void AddCalendarCommands(CLI::App& app, Program& program) {
  auto a = std::make_shared<CalendarArgs>();
  CLI::App* calendar = AddGroup(
      app, "calendar", "Working-day calendar and legal deadlines (State Council schedule 2020–2026; years not "
                       "loaded predicted with --provisional); on a platform: load a year, status");
  calendar->add_option("--calendar", a->calendar_file,
                       "calendar file (docs/calendar.md format) adding years or local overrides")
      ->check(CLI::ExistingFile);
  calendar->add_flag("--provisional", a->provisional,
                     "answer for years without a loaded schedule by prediction: statutory holidays rest, "
                     "no 调休 (flagged)");
  AddQueries(calendar, program, a);
  AddPlatformCalendar(calendar, program, a);
}

}  // namespace govshare_cli
