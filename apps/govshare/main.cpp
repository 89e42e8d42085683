// govshare — command-line front end of libgovshare.
//
//   govshare catalog validate FILE [--json]
//   govshare calendar days FROM TO
//   govshare calendar add-workdays DATE N
//   govshare calendar between FROM TO
//   govshare calendar deadline DATE (--working-days N | --days N | --months N)
//     calendar options: --provisional, --calendar FILE (more years / overrides)
//   govshare --db FILE --as USER calendar load YEAR_FILE [--reason R] | calendar status [--json]
//   govshare demo [--db FILE] [--force] [--report-dir DIR]
//     the main job: a realistic Nantong played over simulated months (demo.cpp)
//   govshare check KIND VALUE   (id-card, credit-code, org-code, bank-card, mobile)
//   govshare mask KIND VALUE    (id-card, name, mobile, phone, address, bank-card,
//                                credit-code, email; docs/masking.md)
//
//   Platform commands (platform_commands.cpp), on --db FILE (default
//   ./govshare.db) as the user --as USER:
//   govshare init --bureau-code C --bureau-name N --admin ID --admin-name NAME
//   govshare department add CODE NAME --level L [--parent CODE] | department list
//   govshare user add ID NAME --department CODE --role R [--role R…] | user list
//   govshare catalog submit FILE | review ID (--approve | --reject R [--path P]…)
//            | publish ID | withdraw ID --reason R
//            | withdraw-decide ID (--approve | --refuse) --reason R | list | show ID
//   govshare search [WORDS…] [--department CODE] [--topic T] [--industry I]
//            [--share-class C] [--method M] [--format F] [--update-cycle U]
//            [--offset N] [--limit N] [--json]                 (A20, docs/search.md)
//   govshare report --from DATE --to DATE --out DIR [--weights W,W,W,W,W,W]
//            (A31–A33: DIR/report.json and DIR/report.html; docs/supervision.md)
//   govshare resource refresh ID
//   govshare rectification issue --department CODE --ground N --description D
//            [--object O] [--working-days N] | escalate | resolve ID --resolution R | list
//   govshare notices [--all] | notices ack ID
//   govshare audit verify | audit export
//   govshare federation export [-o FILE] | federation import FILE
//
// Exit codes: 0 success / no errors, 1 findings with errors (audit verify:
// tampered; check: invalid), 2 the input could not be read or parsed, the command line is
// wrong, or the platform refused (permission denied, conflict, invalid
// transition, not found; the kind is named on stderr).
#include <cstdio>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <string>

#include <CLI/CLI.hpp>

#include "govshare/govshare.h"
#include "demo.h"
#include "platform_commands.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;
constexpr int kExitInput = 2;

void PrintFindingsText(const std::vector<govshare::Finding>& findings) {
  for (const auto& f : findings) {
    std::cout << govshare::ToString(f.severity) << '\t' << f.article << '\t' << f.rule_id << '\t'
              << f.path << '\n'
              << "  " << f.message_zh << '\n'
              << "  " << f.message_en << '\n';
  }
}

void PrintSummary(const govshare::Catalog& catalog, const std::vector<govshare::Finding>& findings) {
  using namespace govshare;
  std::set<std::string> providers;
  std::map<std::string, int> share_classes, methods, modes;
  size_t items = 0;
  for (const auto& e : catalog.entries) {
    providers.insert(e.provider.code);
    ++share_classes[ChineseLabel(e.share.share_class)];
    for (auto m : e.share.methods) ++methods[ChineseLabel(m)];
    if (e.share.authorization_mode) ++modes[ChineseLabel(*e.share.authorization_mode)];
    items += e.items.size();
  }
  size_t errors = 0, warnings = 0;
  for (const auto& f : findings) (f.severity == Severity::kError ? errors : warnings)++;
  auto print_counts = [](const char* title, const std::map<std::string, int>& counts) {
    std::cout << title;
    bool first = true;
    for (const auto& [k, v] : counts) {
      std::cout << (first ? " " : ", ") << k << ' ' << v;
      first = false;
    }
    std::cout << '\n';
  };
  std::cout << "目录条目 entries: " << catalog.entries.size() << "  提供部门 providers: "
            << providers.size() << "  信息项 data items: " << items << '\n';
  print_counts("共享类型 share classes:", share_classes);
  print_counts("共享方式 share methods:", methods);
  print_counts("授权方式 authorization modes:", modes);
  std::cout << "错误 errors: " << errors << "  警告 warnings: " << warnings << '\n';
  std::cout << (errors == 0 ? "结果: 目录校验通过 (catalog is valid)\n"
                            : "结果: 目录校验未通过 (catalog has errors)\n");
}

int CatalogValidate(const std::string& file, bool as_json) {
  govshare::Catalog catalog;
  try {
    catalog = govshare::LoadCatalogFile(file);
  } catch (const govshare::ParseError& e) {
    std::cerr << "govshare: " << file << ": " << e.what() << '\n';
    return kExitInput;
  } catch (const govshare::Error& e) {
    std::cerr << "govshare: " << e.what() << '\n';
    return kExitInput;
  }
  const auto findings = govshare::ValidateCatalog(catalog);
  if (as_json) {
    std::cout << govshare::FindingsToJson(findings, 2);
  } else {
    PrintFindingsText(findings);
    PrintSummary(catalog, findings);
  }
  return govshare::HasErrors(findings) ? kExitFindings : kExitOk;
}

// ---- calendar ---------------------------------------------------------------------

struct CalendarArgs {
  std::string calendar_file;
  bool provisional = false;
  std::string from, to, date;
  int n = 0;
  std::optional<int> working_days, days, months;
};

// Runs one calendar command; bad dates and uncovered years exit 2 with a
// message on stderr. Output formats are exact (other tools script them).
int RunCalendar(const std::string& command, const CalendarArgs& a) {
  using namespace govshare;
  try {
    auto cal = WorkdayCalendar::Builtin();
    if (!a.calendar_file.empty()) cal->LoadFile(a.calendar_file);
    auto provisional_note = [&](const Date& x, const Date& y) {
      if (a.provisional && !cal->CoversRange(x, y)) {
        std::cerr << "govshare: provisional: years outside " << cal->version()
                  << " are predicted (statutory holidays rest, no 调休; " << PredictionVersion()
                  << "; docs/calendar.md)\n";
      }
    };
    if (command == "days") {
      const Date from = Date::FromIso(a.from), to = Date::FromIso(a.to);
      for (const DayInfo& d : cal->Days(from, to, a.provisional)) {
        std::cout << d.date.ToIso() << '\t' << (d.working ? "workday" : "restday") << '\t'
                  << ToString(d.festival) << '\n';
      }
      provisional_note(from, to);
    } else if (command == "add-workdays") {
      const Date date = Date::FromIso(a.date);
      const Date result = cal->AddWorkingDays(date, a.n, a.provisional);
      std::cout << result.ToIso() << '\n';
      provisional_note(date, result);
    } else if (command == "between") {
      const Date from = Date::FromIso(a.from), to = Date::FromIso(a.to);
      std::cout << cal->WorkingDaysBetween(from, to, a.provisional) << '\n';
      provisional_note(from, to);
    } else if (command == "deadline") {
      DeadlineRule rule;
      if (a.working_days) rule = {DeadlineUnit::kWorkingDays, *a.working_days};
      if (a.days) rule = {DeadlineUnit::kCalendarDays, *a.days};
      if (a.months) rule = {DeadlineUnit::kMonths, *a.months};
      DeadlineOptions options;
      options.provisional = a.provisional;
      const Deadline d = cal->ComputeDeadline(LocalDateTime::FromIso(a.date), rule, options);
      std::cout << d.due.date.ToIso() << '\n';
      if (d.provisional) provisional_note(Date::FromIso(a.date.substr(0, 10)), d.due.date);
    }
    return kExitOk;
  } catch (const govshare::CalendarCoverageError& e) {
    std::cerr << "govshare: " << e.what() << " (or pass --provisional)\n";
  } catch (const govshare::Error& e) {
    std::cerr << "govshare: " << e.what() << '\n';
  }
  return kExitInput;
}

// ---- identifiers and masking (docs/masking.md) -------------------------------------

// `valid: <normalized>` (exit 0) or `invalid: <reason> / <reason_zh>` (exit 1);
// an unknown KIND exits 2.
int CheckCommand(const std::string& kind_name, const std::string& value) {
  govshare::IdentifierKind kind;
  try {
    kind = govshare::ParseIdentifierKind(kind_name);
  } catch (const govshare::Error& e) {
    std::cerr << "govshare: " << e.what() << '\n';
    return kExitInput;
  }
  const govshare::IdentifierCheck result = govshare::CheckIdentifier(kind, value);
  if (result.valid) {
    std::cout << "valid: " << result.normalized << '\n';
    return kExitOk;
  }
  std::cout << "invalid: " << result.reason << " / " << result.reason_zh << '\n';
  return kExitFindings;
}

// The kinds `govshare mask` takes (the personal_info names with `-`).
constexpr govshare::PersonalInfoKind kMaskKinds[] = {
    govshare::PersonalInfoKind::kIdCard,     govshare::PersonalInfoKind::kName,
    govshare::PersonalInfoKind::kMobile,     govshare::PersonalInfoKind::kPhone,
    govshare::PersonalInfoKind::kAddress,    govshare::PersonalInfoKind::kBankCard,
    govshare::PersonalInfoKind::kCreditCode, govshare::PersonalInfoKind::kEmail,
};

std::string MaskKindName(govshare::PersonalInfoKind kind) {
  std::string name = govshare::ToString(kind);
  for (char& c : name)
    if (c == '_') c = '-';
  return name;
}

// Prints the default masked form of VALUE (exit 0); an unknown KIND exits 2.
int MaskCommand(const std::string& kind_name, const std::string& value) {
  for (auto kind : kMaskKinds) {
    if (kind_name == MaskKindName(kind)) {
      std::cout << govshare::Mask(kind, value) << '\n';
      return kExitOk;
    }
  }
  std::string allowed;
  for (auto kind : kMaskKinds) allowed += (allowed.empty() ? "" : ", ") + MaskKindName(kind);
  std::cerr << "govshare: mask kind \"" << kind_name << "\" is not one of: " << allowed << '\n';
  return kExitInput;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"govshare — run a government data sharing exchange platform by the Nantong rules "
               "(通政办发〔2020〕12号)"};
  app.set_version_flag("--version", "govshare " + govshare::Version());
  app.require_subcommand(1);
  app.footer(govshare_cli::ExitCodeHelp());

  auto* catalog = app.add_subcommand(
      "catalog", "Catalog entries (目录): validate a file; submit, review, publish, withdraw, "
                 "list and show entries on the platform");
  catalog->require_subcommand(1);
  std::string file;
  bool as_json = false;
  auto* validate = catalog->add_subcommand(
      "validate", "Check a catalog file against the rules (A3, A7–A10, A13, A18); "
                  "exit 0 valid, 1 errors found, 2 unreadable");
  validate->add_option("FILE", file, "catalog JSON file ({\"entries\": [...]})")->required();
  validate->add_flag("--json", as_json, "print the findings as JSON");

  auto* calendar = app.add_subcommand(
      "calendar", "Working-day calendar and legal deadlines (State Council schedule 2020–2026; years not "
                  "loaded predicted with --provisional); on a platform: load a year, status");
  calendar->require_subcommand(1);
  CalendarArgs cal_args;
  calendar->add_option("--calendar", cal_args.calendar_file,
                       "calendar file (docs/calendar.md format) adding years or local overrides")
      ->check(CLI::ExistingFile);
  calendar->add_flag("--provisional", cal_args.provisional,
                     "answer for years without a loaded schedule by prediction: statutory holidays rest, "
                     "no 调休 (flagged)");
  calendar->fallthrough();
  auto* cal_days = calendar->add_subcommand(
      "days", "print FROM..TO inclusive: YYYY-MM-DD<TAB>workday|restday<TAB>festival");
  cal_days->add_option("FROM", cal_args.from)->required();
  cal_days->add_option("TO", cal_args.to)->required();
  auto* cal_add = calendar->add_subcommand(
      "add-workdays", "print the N-th working day after DATE (N < 0: before; 0: on or after)");
  cal_add->add_option("DATE", cal_args.date)->required();
  cal_add->add_option("N", cal_args.n)->required();
  auto* cal_between =
      calendar->add_subcommand("between", "print the working days in [FROM, TO)");
  cal_between->add_option("FROM", cal_args.from)->required();
  cal_between->add_option("TO", cal_args.to)->required();
  auto* cal_deadline = calendar->add_subcommand(
      "deadline", "print the due date of a period starting the day after DATE");
  cal_deadline->add_option("DATE", cal_args.date, "event date YYYY-MM-DD[THH:MM[:SS]]")->required();
  auto* wd = cal_deadline->add_option("--working-days", cal_args.working_days, "N working days");
  auto* cd = cal_deadline->add_option("--days", cal_args.days, "N calendar days (rolled forward)");
  auto* mo = cal_deadline->add_option("--months", cal_args.months, "N months (rolled forward)");
  wd->excludes(cd)->excludes(mo);
  cd->excludes(mo);
  for (auto* sub : {cal_days, cal_add, cal_between, cal_deadline}) sub->fallthrough();

  std::string id_kind, id_value;
  auto* check = app.add_subcommand(
      "check", "Check an identifier (GB 11643, GB 32100, GB 11714, Luhn, mobile); prints "
               "\"valid: NORMALIZED\" (exit 0) or \"invalid: REASON / 原因\" (exit 1)");
  check->add_option("KIND", id_kind, "id-card, credit-code, org-code, bank-card or mobile")
      ->required();
  check->add_option("VALUE", id_value, "the identifier")->required();
  auto* mask = app.add_subcommand(
      "mask", "Print VALUE masked by the default profile (数据脱敏, docs/masking.md)");
  mask->add_option("KIND", id_kind,
                   "id-card, name, mobile, phone, address, bank-card, credit-code or email")
      ->required();
  mask->add_option("VALUE", id_value, "the value to mask (UTF-8)")->required();

  govshare_cli::DemoOptions demo_options;
  auto* demo = app.add_subcommand(
      "demo", "The main job: create a platform in a SQLite file, seed a realistic Nantong (bureau, "
              "municipal departments, county platforms, 60+ catalog entries, users in every role) and "
              "play August–November 2026 on the simulated clock; print the supervision summary and "
              "write the full report");
  demo->add_option("--db", demo_options.db, "the platform file to create")->capture_default_str();
  demo->add_flag("--force", demo_options.force, "recreate the file when it exists");
  demo->add_option("--report-dir", demo_options.report_dir, "where report.json and report.html go")
      ->capture_default_str();

  govshare_cli::PlatformCommands platform(app, *catalog, *calendar);

  try {
    app.parse(argc, argv);
    if (*cal_deadline && !cal_args.working_days && !cal_args.days && !cal_args.months) {
      throw CLI::RequiredError("one of --working-days, --days, --months");
    }
    platform.CheckParsed();
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitInput;
  }

  if (*validate) return CatalogValidate(file, as_json);
  if (*cal_days) return RunCalendar("days", cal_args);
  if (*cal_add) return RunCalendar("add-workdays", cal_args);
  if (*cal_between) return RunCalendar("between", cal_args);
  if (*cal_deadline) return RunCalendar("deadline", cal_args);
  if (*demo) return govshare_cli::RunDemo(demo_options, std::cout, std::cerr);
  if (*check) return CheckCommand(id_kind, id_value);
  if (*mask) return MaskCommand(id_kind, id_value);
  if (auto rc = platform.Run()) return *rc;
  return kExitInput;
}
