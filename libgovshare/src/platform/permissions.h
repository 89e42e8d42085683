// The permission rule (docs/permissions.md): one table of grants — which role,
// in which kind of department, may take which action, over which scope.
// `RoleAllows`, `Platform::MayDo`, the department scope of an action and
// "sees every sharing case" are all read from it. Storage-free; tested in
// tests/cpp/rules/permissions_rules_test.cpp.
#ifndef GOVSHARE_SRC_PLATFORM_PERMISSIONS_H_
#define GOVSHARE_SRC_PLATFORM_PERMISSIONS_H_

#include <string>
#include <vector>

#include "govshare/platform_types.h"

namespace govshare {
namespace permissions {

/// What a grant covers.
enum class Scope {
  kPlatform,       ///< objects of every department (the bureau, auditors)
  kOwnDepartment,  ///< objects of the user's own department only
};

/// The kind of department a role must belong to for the grant.
enum class Where {
  kAny,             ///< any department
  kBureau,          ///< the Big Data Bureau (A4)
  kCountyPlatform,  ///< a county/district platform (A6)
};

/// One line of the table.
struct Grant {
  Role role;
  Action action;
  Scope scope;
  Where where;
  const char* article;  ///< the rule the grant rests on
};

/// The whole table, in the order of docs/permissions.md.
const std::vector<Grant>& Table();

/// The grant of `role` in a department of `level` for `action`, or null.
const Grant* Find(Role role, DepartmentLevel level, Action action);

/// Whether a user with `roles` in a department of `level` (own code
/// `own_department`) may take `action` on an object of `object_department`
/// (empty: not department-scoped).
bool Allows(const std::vector<Role>& roles, DepartmentLevel level, const std::string& own_department,
            Action action, const std::string& object_department);

/// A department's own roles (administrator, operator, leader): a department
/// administrator grants only these (A14); the others are the bureau's or the
/// auditor's, granted by the bureau administrator.
bool IsDepartmentRole(Role role);

/// Whether such a user reads every department's records — sharing cases,
/// usage lines, drafts, obligations, projects, rectifications — (a
/// platform-wide read grant: the bureau's roles, auditors), not only its
/// own department's.
bool SeesAllCases(const std::vector<Role>& roles, DepartmentLevel level);

}  // namespace permissions
}  // namespace govshare

#endif  // GOVSHARE_SRC_PLATFORM_PERMISSIONS_H_
