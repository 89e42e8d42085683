// The directory rules (A4–A6, A14) as storage-free code: what a department
// and a user must look like, which roles a user may be given in which
// department and by whom. Tested in tests/cpp/rules/permissions_rules_test.cpp.
#ifndef GOVSHARE_SRC_PLATFORM_DIRECTORY_RULES_H_
#define GOVSHARE_SRC_PLATFORM_DIRECTORY_RULES_H_

#include <optional>
#include <string>

#include "govshare/platform_types.h"

namespace govshare {
namespace directory_rules {

/// A department: a valid unified social credit code (GB 32100) and a name
/// (A5); the invalid-argument error naming the field otherwise.
void CheckDepartment(const Department& department);

/// Where a new department sits: never a second bureau (A4, created by
/// Initialize); a county department under a county platform (`parent`, A6);
/// only county departments name a parent. The invalid-argument error
/// naming the field otherwise.
void CheckPlace(const Department& department, const std::optional<Department>& parent);

/// A user: an id of 2–64 characters of [A-Za-z0-9._-], a name (A14 专人),
/// at least one role, none unknown or twice.
void CheckUser(const User& user);

/// Whether a granter with `granter_roles` in a department of
/// `granter_level` may give `role` to a user of department `target`: the
/// invalid-argument error when the role does not fit the department (bureau
/// roles belong to the bureau, A4; the auditor role, which reads every case
/// and the whole usage log city-wide, to the bureau or a department the
/// bureau administrator marked as an audit body, A28); otherwise the
/// refusal's reason when the granter may not give it (a department
/// administrator gives department roles only, A14), or none.
std::optional<std::string> RoleGrantRefusal(const std::vector<Role>& granter_roles, DepartmentLevel granter_level,
                                            Role role, const Department& target);

}  // namespace directory_rules
}  // namespace govshare

#endif  // GOVSHARE_SRC_PLATFORM_DIRECTORY_RULES_H_
