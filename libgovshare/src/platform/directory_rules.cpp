// Departments and users: their shape and who may give which role.
#include "platform/directory_rules.h"

#include <algorithm>
#include <set>

#include "base/require.h"
#include "govshare/identifiers.h"
#include "platform/permissions.h"

namespace govshare {
namespace directory_rules {

void CheckDepartment(const Department& d) {
  if (!IsValidCreditCode(d.code)) {
    throw InvalidArgumentError("department.code \"" + d.code + "\" is not a valid unified social credit code (GB 32100)");
  }
  RequireText(d.name, "department.name", "A5");
}

void CheckPlace(const Department& department, const std::optional<Department>& parent) {
  if (department.level == DepartmentLevel::kBureau) {
    throw InvalidArgumentError("department.level: the platform has one bureau (A4), created by Initialize");
  }
  if (department.level == DepartmentLevel::kCounty) {
    if (!parent || parent->level != DepartmentLevel::kCountyPlatform) {
      throw InvalidArgumentError("department.parent_code must name a county platform (A6) for a county department");
    }
  } else if (!department.parent_code.empty()) {
    throw InvalidArgumentError("department.parent_code is only for county departments");
  }
}

void CheckUser(const User& u) {
  const bool id_ok = u.id.size() >= 2 && u.id.size() <= 64 && std::all_of(u.id.begin(), u.id.end(), [](char c) {
                       return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                              c == '_' || c == '-';
                     });
  if (!id_ok) throw InvalidArgumentError("user.id \"" + u.id + "\" must be 2-64 characters of [A-Za-z0-9._-]");
  RequireText(u.name, "user.name", "A14 a named user");
  if (u.roles.empty()) throw InvalidArgumentError("user.roles must name at least one role");
  std::set<Role> seen;
  for (Role r : u.roles) {
    if (ToString(r).rfind("unknown", 0) == 0) throw InvalidArgumentError("user.roles has an unknown role");
    if (!seen.insert(r).second) throw InvalidArgumentError("user.roles lists " + ToString(r) + " twice");
  }
}

std::optional<std::string> RoleGrantRefusal(const std::vector<Role>& granter_roles, DepartmentLevel granter_level,
                                            Role role, const Department& target) {
  const bool bureau = target.level == DepartmentLevel::kBureau;
  if ((role == Role::kBureauAdmin || role == Role::kBureauReviewer) && !bureau) {
    throw InvalidArgumentError("user.roles: " + ToString(role) + " is only for users of the bureau");
  }
  const bool bureau_admin =
      granter_level == DepartmentLevel::kBureau &&
      std::find(granter_roles.begin(), granter_roles.end(), Role::kBureauAdmin) != granter_roles.end();
  if (!bureau_admin && !permissions::IsDepartmentRole(role)) {
    return "a department administrator grants department roles only, not " + ToString(role);
  }
  if (role == Role::kAuditor && !bureau && !target.audit_body) {
    throw InvalidArgumentError("user.roles: auditor reads every case and the whole usage log city-wide (A28), so it "
                               "is only for staff of the bureau or of an audit body; " + target.code + " " +
                               target.name + " is not marked as an audit body (the bureau administrator marks it)");
  }
  return std::nullopt;
}

}  // namespace directory_rules
}  // namespace govshare
