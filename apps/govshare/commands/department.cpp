// govshare department — register and list departments (政务部门, A4–A6).
#include <iostream>
#include <memory>
#include <string>

#include "commands/commands.h"
#include "commands/common.h"

namespace govshare_cli {

void AddDepartmentCommands(CLI::App& app, Program& program) {
  struct Args {
    std::string code, name, level, parent;
    bool audit_body = false, off = false;
  };
  auto a = std::make_shared<Args>();
  CLI::App* dept = AddGroup(app, "department", "Departments (政务部门, A4–A6)");

  auto* add = dept->add_subcommand("add", "register a department (bureau administrator)");
  add->add_option("CODE", a->code, "unified social credit code")->required();
  add->add_option("NAME", a->name, "full official name")->required();
  add->add_option("--level", a->level, "municipal | county_platform | county")
      ->required()
      ->check(CLI::IsMember({"municipal", "county_platform", "county"}));
  add->add_option("--parent", a->parent, "the county platform of a county department");
  add->add_flag("--audit-body", a->audit_body,
                "an audit body (审计局 …): its staff may hold the auditor role (A28, docs/permissions.md)");
  OnPlatformCommand(add, program, "department add", [a](const Session& s) {
    const std::string& who = s.Actor();
    auto p = s.Open();
    govshare::Department d{a->code, a->name, govshare::ParseDepartmentLevel(a->level), a->parent};
    d.audit_body = a->audit_body;
    p->AddDepartment(who, d);
    std::cout << "已登记部门 department added: " << a->code << '\t' << a->level << '\t' << a->name << '\n';
    return kExitOk;
  });

  auto* audit = dept->add_subcommand(
      "audit-body", "mark a department as an audit body whose staff may hold the auditor role, or --off "
                    "(bureau administrator; A28)");
  audit->add_option("CODE", a->code, "the department's credit code")->required();
  audit->add_flag("--off", a->off, "unmark it (refused while an active auditor serves there)");
  OnPlatformCommand(audit, program, "department audit-body", [a](const Session& s) {
    auto p = s.Open();
    p->SetAuditBody(s.Actor(), a->code, !a->off);
    std::cout << (a->off ? "已取消审计机构标记 no longer an audit body: " : "已标记为审计机构 marked as an audit body: ")
              << a->code << '\n';
    return kExitOk;
  });

  auto* list = dept->add_subcommand("list", "print CODE<TAB>LEVEL<TAB>PARENT<TAB>NAME");
  OnPlatformCommand(list, program, "department list", [](const Session& s) {
    auto p = s.Open();
    for (const auto& d : p->Departments()) {
      std::cout << d.code << '\t' << govshare::ToString(d.level) << '\t'
                << (d.parent_code.empty() ? "-" : d.parent_code) << '\t' << d.name << '\n';
    }
    return kExitOk;
  });
}

}  // namespace govshare_cli
