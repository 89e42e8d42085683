// govshare rectification — rectification notices (A33): issue, escalate to
// the written notice (书面通报), resolve, list.
#include "govshare/supervision_service.h"
#include <cstdint>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "commands/commands.h"
#include "commands/common.h"

namespace govshare_cli {
namespace {

struct RectificationArgs {
  std::string department, description, object, resolution;
  int ground = 0, working_days = 10;
  std::int64_t id = 0;
  std::optional<std::int64_t> row_version;
};

// ID DEPARTMENT STATUS DUE GROUND OBJECT ROW_VERSION (tabs), then the
// description and, once resolved, the resolution, indented.
void PrintRectification(const govshare::Rectification& r) {
  std::cout << r.id << '\t' << r.notice.department_code << '\t' << govshare::ToString(r.status) << '\t'
            << r.due.due.date.ToIso() << '\t' << "A33(" << r.notice.a33_ground << ")\t"
            << (r.notice.object.empty() ? "-" : r.notice.object) << '\t' << r.row_version << '\n'
            << "  " << r.notice.description << '\n';
  if (!r.resolution.empty()) std::cout << "  整改结果 resolution: " << r.resolution << '\n';
}

int Issue(const Session& s, const RectificationArgs& a) {
  const std::string& who = s.Actor();
  auto p = s.Open();
  govshare::RectificationInput in;
  in.department_code = a.department;
  in.a33_ground = a.ground;
  in.description = a.description;
  in.object = a.object;
  in.working_days = a.working_days;
  PrintRectification(p->supervision().IssueRectification(who, in));
  return kExitOk;
}

int Escalate(const Session& s) {
  const std::string& who = s.Actor();
  auto p = s.Open();
  const auto escalated = p->supervision().EscalateRectifications(who);
  for (const auto& r : escalated) PrintRectification(r);
  std::cout << "已书面通报 escalated: " << escalated.size() << '\n';
  return kExitOk;
}

int Resolve(const Session& s, const RectificationArgs& a) {
  const std::string& who = s.Actor();
  auto p = s.Open();
  std::int64_t rv = 0;
  if (a.row_version) {
    rv = *a.row_version;
  } else {
    bool found = false;
    for (const auto& r : p->supervision().Rectifications(who, "")) {
      if (r.id == a.id) {
        rv = r.row_version;
        found = true;
      }
    }
    if (!found) throw govshare::NotFoundError("rectification " + std::to_string(a.id) + " does not exist");
  }
  PrintRectification(p->supervision().ResolveRectification(who, a.id, rv, a.resolution));
  return kExitOk;
}

int List(const Session& s, const RectificationArgs& a) {
  const std::string& who = s.Actor();
  auto p = s.Open();
  for (const auto& r : p->supervision().Rectifications(who, a.department)) PrintRectification(r);
  return kExitOk;
}

}  // namespace

void AddRectificationCommands(CLI::App& app, Program& program) {
  auto a = std::make_shared<RectificationArgs>();
  CLI::App* rect = AddGroup(app, "rectification", "Rectification notices (A33): issue, escalate to the "
                                                  "written notice (书面通报), resolve, list");

  auto* issue = rect->add_subcommand("issue", "notify a department to rectify (bureau administrator); prints "
                                              "ID DEPARTMENT STATUS DUE GROUND OBJECT ROW_VERSION, description");
  issue->add_option("--department", a->department, "the department's credit code")->required();
  issue->add_option("--ground", a->ground, "which of A33 (1)–(6)")->required()->check(CLI::Range(1, 6));
  issue->add_option("--description", a->description, "what to rectify")->required();
  issue->add_option("--object", a->object, "the object concerned, e.g. entry:12 (a finding's object)");
  issue->add_option("--working-days", a->working_days, "working days to rectify (1..60)")
      ->check(CLI::Range(1, 60))
      ->capture_default_str();
  OnPlatformCommand(issue, program, "rectification issue", [a](const Session& s) { return Issue(s, *a); });

  auto* escalate = rect->add_subcommand(
      "escalate", "issue the written notice (书面通报) for every rectification past its deadline "
                  "(bureau administrator; run daily); prints those escalated");
  OnPlatformCommand(escalate, program, "rectification escalate", [](const Session& s) { return Escalate(s); });

  auto* resolve = rect->add_subcommand("resolve", "record that the department rectified (bureau administrator)");
  resolve->add_option("ID", a->id, "rectification id")->required();
  resolve->add_option("--resolution", a->resolution, "how it was rectified")->required();
  AddRowVersionOption(resolve, a->row_version, "rectification");
  OnPlatformCommand(resolve, program, "rectification resolve", [a](const Session& s) { return Resolve(s, *a); });

  auto* list = rect->add_subcommand("list", "print rectifications: ID DEPARTMENT STATUS DUE GROUND OBJECT "
                                            "ROW_VERSION, description (the bureau and auditors: all; a "
                                            "department: its own)");
  list->add_option("--department", a->department, "only this department's");
  OnPlatformCommand(list, program, "rectification list", [a](const Session& s) { return List(s, *a); });
}

}  // namespace govshare_cli
