// govshare user — register and list users and their roles (A14,
// docs/permissions.md).
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "commands/commands.h"
#include "commands/common.h"

namespace govshare_cli {

void AddUserCommands(CLI::App& app, Program& program) {
  struct Args {
    std::string id, name, department;
    std::vector<std::string> roles;
  };
  auto a = std::make_shared<Args>();
  CLI::App* user = AddGroup(app, "user", "Users and roles (A14, docs/permissions.md)");

  auto* add = user->add_subcommand("add", "register a user (bureau administrator; department "
                                          "administrator: own department, department roles)");
  add->add_option("ID", a->id, "login name [A-Za-z0-9._-]")->required();
  add->add_option("NAME", a->name, "display name, e.g. 张明")->required();
  add->add_option("--department", a->department, "the user's department code")->required();
  std::vector<std::string> role_names;
  std::string roles_help;
  for (auto r : govshare::AllRoles()) {
    role_names.push_back(govshare::ToString(r));
    roles_help += (roles_help.empty() ? "" : ", ") + role_names.back();
  }
  add->add_option("--role", a->roles, "role (repeat or comma-separate): " + roles_help)
      ->required()
      ->allow_extra_args(false)
      ->delimiter(',')
      ->check(CLI::IsMember(role_names));
  OnPlatformCommand(add, program, "user add", [a](const Session& s) {
    using namespace govshare;
    const std::string& who = s.Actor();
    User u{a->id, a->name, a->department, {}, true};
    for (const auto& r : a->roles) u.roles.push_back(ParseRole(r));
    auto p = s.Open();
    p->AddUser(who, u);
    std::cout << "已登记用户 user added: " << u.id << '\t' << u.department_code << '\t' << u.name << '\n';
    return kExitOk;
  });

  auto* list = user->add_subcommand("list", "print ID<TAB>DEPARTMENT<TAB>ROLES<TAB>NAME");
  list->add_option("--department", a->department, "only this department's users");
  OnPlatformCommand(list, program, "user list", [a](const Session& s) {
    using namespace govshare;
    auto p = s.Open();
    for (const auto& u : p->Users(a->department)) {
      std::string roles;
      for (Role r : u.roles) roles += (roles.empty() ? "" : ",") + ToString(r);
      std::cout << u.id << '\t' << u.department_code << '\t' << roles << '\t' << u.name
                << (u.active ? "" : "\t(inactive)") << '\n';
    }
    return kExitOk;
  });
}

}  // namespace govshare_cli
