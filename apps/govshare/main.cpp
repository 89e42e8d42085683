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
//   Platform commands, on --db FILE (default ./govshare.db) as the user --as USER:
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
//   govshare rules show [--on DATE] [--json] | rules local | rules set-local FILE
//            (the national regulation above the local rules; docs/rulebook.md)
//   govshare use-records add --authorization ID --kind K --text T | list [--department CODE]
//            [--authorization ID] [--json] | purge ID --reason R | export [--department CODE] [--out FILE]
//            (the requester's use records, N29; docs/sharing.md)
//   govshare source designate SUBJECT --source CODE [--collecting CODE...] --basis B | list [--json]
//            (source departments, N19; docs/rulebook.md)
//   govshare apply ENTRY --items I,… --purpose P --legal-duty D --from DATE --until DATE --scan FILE
//            [--method M] [--seasonal] [--return-flow] [--renewal-of ID]      (A20)
//   govshare platform-grant ENTRY [--items …] [--from DATE] [--until DATE]   (A18)
//   govshare authorization use ID | expire | non-use --provider CODE          (A26)
//   govshare demand submit --to CODE … --scan FILE | answer ID --kind K --text T
//            | fulfil ID --entry ID | list | show ID                          (A24, A25)
//   govshare decide ENTRY --items I,… --purpose P [--method M] [--explain] [--json]
//   govshare filter ENTRY --items I,… --purpose P RECORDS.json [--json]
//            (decides and delivers in one run: a decision is sealed to its handle; A8, A30)
//   govshare housekeeping [--json]
//            (the scheduled duties, once: A11, A19, A26, A31 (7), A33; docs/housekeeping.md)
//   govshare copy [--from DB] --to DB [--json]
//            (the whole platform into an empty database, between backends; docs/deployment.md)
//
// Each top-level command is commands/<name>.cpp, which adds its CLI11
// subcommands with the callbacks that run them; commands/common.h holds what
// they share (--db, --as, opening the platform, errors to exit codes). The
// demo and the report's rendering are demo.cpp and report.cpp.
//
// Exit codes: 0 success / no errors, 1 findings with errors (audit verify:
// tampered; check: invalid), 2 the input could not be read or parsed, the command line is
// wrong, or the platform refused (permission denied, conflict, invalid
// transition, not found; the kind is named on stderr).
#include <CLI/CLI.hpp>

#include "commands/commands.h"
#include "commands/common.h"
#include "govshare/govshare.h"

int main(int argc, char** argv) {
  using namespace govshare_cli;
  CLI::App app{"govshare — run a government data sharing exchange platform by the national "
               "《政务数据共享条例》 (国务院令第809号) and the city's rules (Nantong: 通政办发〔2020〕12号)"};
  app.set_version_flag("--version", "govshare " + govshare::Version());
  app.require_subcommand(1);
  app.footer(ExitCodeHelp());  // before the subcommands: they inherit it

  Program program;
  AddGlobalOptions(app, program);
  AddCatalogCommands(app, program);
  AddCalendarCommands(app, program);
  AddCheckCommand(app, program);
  AddMaskCommand(app, program);
  AddDemoCommand(app, program);
  AddInitCommand(app, program);
  AddDepartmentCommands(app, program);
  AddUserCommands(app, program);
  AddNoticesCommands(app, program);
  AddClockCommands(app, program);
  AddUsageCommands(app, program);
  AddAuditCommands(app, program);
  AddFederationCommands(app, program);
  AddSearchCommand(app, program);
  AddReportCommand(app, program);
  AddResourceCommands(app, program);
  AddRectificationCommands(app, program);
  AddRulesCommands(app, program);
  AddUseRecordCommands(app, program);
  AddSourceCommands(app, program);
  AddApplicationCommands(app, program);
  AddAuthorizationCommands(app, program);
  AddObjectionCommands(app, program);
  AddDemandCommands(app, program);
  AddAccessCommands(app, program);
  AddHousekeepingCommand(app, program);
  AddCopyCommand(app, program);
  AddKeysCommands(app, program);

  // Parsing runs the parsed command's callback, which sets the exit code.
  try {
    app.parse(argc, argv);
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
  return program.exit_code;
}
