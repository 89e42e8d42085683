// The permission table (platform/permissions.h, docs/permissions.md): every
// role × action × kind of department, and the scope each grant carries.
#include <gtest/gtest.h>

#include <set>
#include <tuple>

#include "govshare/platform_types.h"
#include "platform/change.h"
#include "platform/permissions.h"

namespace govshare {
namespace {

using permissions::Allows;
using permissions::Find;
using permissions::IsDepartmentRole;
using permissions::Scope;
using permissions::SeesAllCases;
using permissions::Table;

constexpr Role kRoles[] = {Role::kBureauAdmin, Role::kBureauReviewer, Role::kDeptAdmin,
                           Role::kDeptOperator, Role::kDeptLeader,    Role::kAuditor};
constexpr DepartmentLevel kLevels[] = {DepartmentLevel::kBureau, DepartmentLevel::kMunicipal,
                                       DepartmentLevel::kCountyPlatform, DepartmentLevel::kCounty};

TEST(PermissionRules, OneGrantPerRoleAndAction) {
  std::set<std::pair<int, int>> seen;
  for (const auto& g : Table()) {
    EXPECT_TRUE(seen.insert({static_cast<int>(g.role), static_cast<int>(g.action)}).second)
        << ToString(g.role) << " × " << ToString(g.action) << " is granted twice";
    EXPECT_NE(std::string(g.article), "") << ToString(g.action);
  }
}

TEST(PermissionRules, BureauRolesActOnlyFromTheBureau) {
  // A4: the Big Data Bureau runs the platform; a "bureau" role held in a
  // department is worth nothing.
  for (Action a = Action::kManageDepartments; static_cast<int>(a) <= 35; a = static_cast<Action>(static_cast<int>(a) + 1)) {
    for (Role r : {Role::kBureauAdmin, Role::kBureauReviewer}) {
      for (DepartmentLevel l : kLevels) {
        if (l == DepartmentLevel::kBureau) continue;
        EXPECT_FALSE(RoleAllows(r, l, a)) << ToString(r) << " in a " << ToString(l) << " may " << ToString(a);
      }
    }
  }
}

TEST(PermissionRules, DepartmentRolesActForTheirOwnDepartmentExceptReadingTheCatalog) {
  for (const auto& g : Table()) {
    if (IsDepartmentRole(g.role)) {
      EXPECT_EQ(g.scope, g.action == Action::kReadCatalog ? Scope::kPlatform : Scope::kOwnDepartment)
          << ToString(g.role) << " × " << ToString(g.action);
    } else {
      EXPECT_EQ(g.scope, Scope::kPlatform) << ToString(g.role) << " × " << ToString(g.action);
    }
  }
}

TEST(PermissionRules, AuditorReadsAndChangesNothing) {
  // A28: the auditor verifies; it never takes a change.
  std::set<Action> may;
  for (Action a = Action::kManageDepartments; static_cast<int>(a) <= 35; a = static_cast<Action>(static_cast<int>(a) + 1)) {
    if (RoleAllows(Role::kAuditor, DepartmentLevel::kMunicipal, a)) may.insert(a);
  }
  EXPECT_EQ(may, (std::set<Action>{Action::kReadCatalog, Action::kReadAudit, Action::kReadSharing, Action::kInspect}));
}

TEST(PermissionRules, FederationExportOnlyFromACountyPlatform) {
  // A6: a county platform exports its catalog; an ordinary department does not.
  EXPECT_TRUE(RoleAllows(Role::kDeptAdmin, DepartmentLevel::kCountyPlatform, Action::kExportFederation));
  EXPECT_FALSE(RoleAllows(Role::kDeptAdmin, DepartmentLevel::kMunicipal, Action::kExportFederation));
  EXPECT_FALSE(RoleAllows(Role::kDeptAdmin, DepartmentLevel::kCounty, Action::kExportFederation));
}

TEST(PermissionRules, ScopeDecidesWhoseObjectsARoleMayTouch) {
  const std::string own = "11320600000000000A", other = "11320600000000000B";
  // A22: the provider's leader decides for its own entries only.
  EXPECT_TRUE(Allows({Role::kDeptLeader}, DepartmentLevel::kMunicipal, own, Action::kDecideAsProvider, own));
  EXPECT_FALSE(Allows({Role::kDeptLeader}, DepartmentLevel::kMunicipal, own, Action::kDecideAsProvider, other));
  // Not department-scoped (empty object department): the role alone decides.
  EXPECT_TRUE(Allows({Role::kDeptLeader}, DepartmentLevel::kMunicipal, own, Action::kDecideAsProvider, ""));
  // The bureau administrator manages authorizations of every department (A28, A30).
  EXPECT_TRUE(Allows({Role::kBureauAdmin}, DepartmentLevel::kBureau, own, Action::kManageAuthorization, other));
  // Several roles: any one grant suffices.
  EXPECT_TRUE(Allows({Role::kDeptOperator, Role::kDeptLeader}, DepartmentLevel::kCounty, own, Action::kPublishCatalog, own));
  EXPECT_FALSE(Allows({Role::kDeptOperator}, DepartmentLevel::kCounty, own, Action::kPublishCatalog, own));
  EXPECT_FALSE(Allows({}, DepartmentLevel::kBureau, own, Action::kReadCatalog, ""));
}

TEST(PermissionRules, WhoSeesEverySharingCase) {
  for (Role r : kRoles) {
    for (DepartmentLevel l : kLevels) {
      const bool expected = r == Role::kAuditor || ((r == Role::kBureauAdmin || r == Role::kBureauReviewer) &&
                                                    l == DepartmentLevel::kBureau);
      EXPECT_EQ(SeesAllCases({r}, l), expected) << ToString(r) << " in a " << ToString(l);
    }
  }
}

TEST(PermissionRules, FindHonoursTheKindOfDepartment) {
  EXPECT_NE(Find(Role::kBureauAdmin, DepartmentLevel::kBureau, Action::kManageCalendar), nullptr);
  EXPECT_EQ(Find(Role::kBureauAdmin, DepartmentLevel::kMunicipal, Action::kManageCalendar), nullptr);
  EXPECT_EQ(Find(Role::kDeptOperator, DepartmentLevel::kMunicipal, Action::kPublishCatalog), nullptr);
}

// The indexes learn of changes as typed records (platform/change.h): the
// audit object name becomes one in one place.
TEST(ChangeRecords, FromTheAuditTrailsObjectNames) {
  EXPECT_EQ(ChangeOf("entry:12").kind, ChangeKind::kEntry);
  EXPECT_EQ(ChangeOf("entry:12").id, 12);
  EXPECT_EQ(ChangeOf("authorization:7").kind, ChangeKind::kAuthorization);
  EXPECT_EQ(ChangeOf("authorization:7").id, 7);
  EXPECT_EQ(ChangeOf("user:police.op").key, "police.op");
  EXPECT_EQ(ChangeOf("department:11320600MB1A2B3CXJ").kind, ChangeKind::kDepartment);
  EXPECT_EQ(ChangeOf("federation:11320682MB0000000X").kind, ChangeKind::kFederation);
  // Nothing an index holds, or not a record of one object.
  for (const char* other : {"policy", "notice:3", "application:4", "entry:new", "entry:", "calendar:2027", ""}) {
    EXPECT_EQ(ChangeOf(other).kind, ChangeKind::kOther) << other;
  }
}

}  // namespace
}  // namespace govshare
