// govshare — the top-level commands. commands/<name>.cpp adds `govshare
// <name>` and its subcommands to the program, each with the callback that
// runs it; main adds them in this order (the order `govshare --help` lists).
#ifndef GOVSHARE_APPS_COMMANDS_COMMANDS_H_
#define GOVSHARE_APPS_COMMANDS_COMMANDS_H_

#include <CLI/CLI.hpp>

#include "commands/common.h"

namespace govshare_cli {

// Files and values, no platform.
void AddCatalogCommands(CLI::App& app, Program& program);   // validate; submit … show on the platform
void AddCalendarCommands(CLI::App& app, Program& program);  // days … deadline; load, status on the platform
void AddCheckCommand(CLI::App& app, Program& program);
void AddMaskCommand(CLI::App& app, Program& program);
void AddDemoCommand(CLI::App& app, Program& program);       // wraps demo.cpp

// The platform (--db, --as).
void AddInitCommand(CLI::App& app, Program& program);
void AddDepartmentCommands(CLI::App& app, Program& program);
void AddUserCommands(CLI::App& app, Program& program);
void AddNoticesCommands(CLI::App& app, Program& program);
void AddClockCommands(CLI::App& app, Program& program);  // which clock, and its time
void AddUsageCommands(CLI::App& app, Program& program);  // the usage log (A28)
void AddAuditCommands(CLI::App& app, Program& program);
void AddFederationCommands(CLI::App& app, Program& program);
void AddSearchCommand(CLI::App& app, Program& program);
void AddReportCommand(CLI::App& app, Program& program);     // wraps report.cpp
void AddResourceCommands(CLI::App& app, Program& program);
void AddRectificationCommands(CLI::App& app, Program& program);
void AddRulesCommands(CLI::App& app, Program& program);        // show, local, set-local
void AddUseRecordCommands(CLI::App& app, Program& program);    // add, list, purge, export (N29)
void AddSourceCommands(CLI::App& app, Program& program);       // designate, list (N19)
void AddApplicationCommands(CLI::App& app, Program& program);  // apply; application …; dispute …; obligation …; steps
void AddAuthorizationCommands(CLI::App& app, Program& program);  // authorization …; service-change …; platform-grant
void AddObjectionCommands(CLI::App& app, Program& program);      // raise, resolve, list, show (A29, N26)
void AddDemandCommands(CLI::App& app, Program& program);         // submit, answer, fulfil, list, show (A24, A25)
void AddAccessCommands(CLI::App& app, Program& program);         // decide, filter: the data boundary (A8, A30)
void AddHousekeepingCommand(CLI::App& app, Program& program);
void AddCopyCommand(CLI::App& app, Program& program);
void AddKeysCommands(CLI::App& app, Program& program);  // keys generate | show (docs/security.md)    // the scheduled duties, once (cron, systemd)

}  // namespace govshare_cli

#endif  // GOVSHARE_APPS_COMMANDS_COMMANDS_H_
