// The permission table (docs/permissions.md). Department roles act for their
// own department on department-scoped actions; the bureau's roles and
// auditors act platform-wide; reading the published catalog is open to every
// role (A20 browses across departments).
#include "platform/permissions.h"

namespace govshare {
namespace permissions {
namespace {

using A = Action;
using R = Role;
constexpr Scope kAll = Scope::kPlatform;
constexpr Scope kOwn = Scope::kOwnDepartment;

std::vector<Grant> Build() {
  return {
      // 大数据管理局管理员 (A4: the bureau runs the platform).
      {R::kBureauAdmin, A::kManageDepartments, kAll, Where::kBureau, "A4, A5"},
      {R::kBureauAdmin, A::kManageUsers, kAll, Where::kBureau, "A14"},
      {R::kBureauAdmin, A::kDecideWithdrawal, kAll, Where::kBureau, "A16"},
      {R::kBureauAdmin, A::kRecordLegalChange, kAll, Where::kBureau, "A11"},
      {R::kBureauAdmin, A::kScheduleCensus, kAll, Where::kBureau, "A11"},
      {R::kBureauAdmin, A::kRunHousekeeping, kAll, Where::kBureau, "A11, A19, A26, A31, A33"},
      {R::kBureauAdmin, A::kCopyPlatform, kAll, Where::kBureau, "A4, A28"},
      {R::kBureauAdmin, A::kSignAuditCheckpoint, kAll, Where::kBureau, "A28"},
      {R::kBureauAdmin, A::kRotateSigningKey, kAll, Where::kBureau, "A28"},
      {R::kBureauAdmin, A::kManagePseudonymKey, kAll, Where::kBureau, "A28"},
      {R::kBureauAdmin, A::kReadCatalog, kAll, Where::kBureau, "A20"},
      {R::kBureauAdmin, A::kReadNotices, kAll, Where::kBureau, "A4"},
      {R::kBureauAdmin, A::kReadAudit, kAll, Where::kBureau, "A28"},
      {R::kBureauAdmin, A::kImportFederation, kAll, Where::kBureau, "A6"},
      {R::kBureauAdmin, A::kManageAuthorization, kAll, Where::kBureau, "A26, A28, A30"},
      {R::kBureauAdmin, A::kOpenDispute, kAll, Where::kBureau, "A27"},
      {R::kBureauAdmin, A::kMediateDispute, kAll, Where::kBureau, "A27"},
      {R::kBureauAdmin, A::kSetPolicy, kAll, Where::kBureau, "A25, A29"},
      {R::kBureauAdmin, A::kReadSharing, kAll, Where::kBureau, "A19, A28"},
      {R::kBureauAdmin, A::kInspect, kAll, Where::kBureau, "A31"},
      {R::kBureauAdmin, A::kRectify, kAll, Where::kBureau, "A33"},
      {R::kBureauAdmin, A::kManageProjects, kAll, Where::kBureau, "A32"},
      {R::kBureauAdmin, A::kManageCalendar, kAll, Where::kBureau, "docs/calendar.md"},
      {R::kBureauAdmin, A::kDecideExtension, kAll, Where::kBureau, "N21"},
      {R::kBureauAdmin, A::kExportUseRecords, kAll, Where::kBureau, "N29"},
      {R::kBureauAdmin, A::kDesignateSource, kAll, Where::kBureau, "N19"},
      // 大数据管理局审核员.
      {R::kBureauReviewer, A::kReviewCatalog, kAll, Where::kBureau, "A10"},
      {R::kBureauReviewer, A::kDecideWithdrawal, kAll, Where::kBureau, "A16"},
      {R::kBureauReviewer, A::kReadCatalog, kAll, Where::kBureau, "A20"},
      {R::kBureauReviewer, A::kReadNotices, kAll, Where::kBureau, "A4"},
      {R::kBureauReviewer, A::kCheckApplication, kAll, Where::kBureau, "A19, A21"},
      {R::kBureauReviewer, A::kDecideAsPlatform, kAll, Where::kBureau, "A18, A23"},
      {R::kBureauReviewer, A::kReadSharing, kAll, Where::kBureau, "A19"},
      {R::kBureauReviewer, A::kInspect, kAll, Where::kBureau, "A31"},
      {R::kBureauReviewer, A::kDecideExtension, kAll, Where::kBureau, "N21"},
      // 部门管理员.
      {R::kDeptAdmin, A::kManageUsers, kOwn, Where::kAny, "A14"},
      {R::kDeptAdmin, A::kEditCatalog, kOwn, Where::kAny, "A7, A14"},
      {R::kDeptAdmin, A::kRecordLegalChange, kOwn, Where::kAny, "A11"},
      {R::kDeptAdmin, A::kSubscribe, kOwn, Where::kAny, "A16"},
      {R::kDeptAdmin, A::kReadCatalog, kAll, Where::kAny, "A20"},
      {R::kDeptAdmin, A::kReadNotices, kOwn, Where::kAny, "A14"},
      {R::kDeptAdmin, A::kReadSharing, kOwn, Where::kAny, "A19"},
      {R::kDeptAdmin, A::kManageProjects, kOwn, Where::kAny, "A32"},
      {R::kDeptAdmin, A::kExportFederation, kOwn, Where::kCountyPlatform, "A6"},
      // 部门经办人 (A14 专人).
      {R::kDeptOperator, A::kEditCatalog, kOwn, Where::kAny, "A7, A14"},
      {R::kDeptOperator, A::kSubmitCatalog, kOwn, Where::kAny, "A10"},
      {R::kDeptOperator, A::kSubscribe, kOwn, Where::kAny, "A16"},
      {R::kDeptOperator, A::kReadCatalog, kAll, Where::kAny, "A20"},
      {R::kDeptOperator, A::kReadNotices, kOwn, Where::kAny, "A14"},
      {R::kDeptOperator, A::kApply, kOwn, Where::kAny, "A20"},
      {R::kDeptOperator, A::kUseData, kOwn, Where::kAny, "A26, A30"},
      {R::kDeptOperator, A::kSubmitDemand, kOwn, Where::kAny, "A24"},
      {R::kDeptOperator, A::kRaiseObjection, kOwn, Where::kAny, "A29"},
      {R::kDeptOperator, A::kReadSharing, kOwn, Where::kAny, "A19"},
      {R::kDeptOperator, A::kReportRefresh, kOwn, Where::kAny, "A31 (5)"},
      {R::kDeptOperator, A::kDeliverData, kOwn, Where::kAny, "N22"},
      {R::kDeptOperator, A::kKeepUseRecords, kOwn, Where::kAny, "N29"},
      // 部门分管领导 / 审核人 (A5, A16).
      {R::kDeptLeader, A::kSubmitCatalog, kOwn, Where::kAny, "A10"},
      {R::kDeptLeader, A::kPublishCatalog, kOwn, Where::kAny, "A10"},
      {R::kDeptLeader, A::kRequestWithdrawal, kOwn, Where::kAny, "A16"},
      {R::kDeptLeader, A::kSubscribe, kOwn, Where::kAny, "A16"},
      {R::kDeptLeader, A::kReadCatalog, kAll, Where::kAny, "A20"},
      {R::kDeptLeader, A::kReadNotices, kOwn, Where::kAny, "A14"},
      {R::kDeptLeader, A::kApply, kOwn, Where::kAny, "A20"},
      {R::kDeptLeader, A::kDecideAsProvider, kOwn, Where::kAny, "A18, A22"},
      {R::kDeptLeader, A::kManageAuthorization, kOwn, Where::kAny, "A26, A28, A30"},
      {R::kDeptLeader, A::kUseData, kOwn, Where::kAny, "A26, A30"},
      {R::kDeptLeader, A::kSubmitDemand, kOwn, Where::kAny, "A24"},
      {R::kDeptLeader, A::kAnswerDemand, kOwn, Where::kAny, "A25"},
      {R::kDeptLeader, A::kRaiseObjection, kOwn, Where::kAny, "A29"},
      {R::kDeptLeader, A::kResolveObjection, kOwn, Where::kAny, "A29"},
      {R::kDeptLeader, A::kOpenDispute, kOwn, Where::kAny, "A27"},
      {R::kDeptLeader, A::kReadSharing, kOwn, Where::kAny, "A19"},
      {R::kDeptLeader, A::kReportRefresh, kOwn, Where::kAny, "A31 (5)"},
      {R::kDeptLeader, A::kDeliverData, kOwn, Where::kAny, "N22"},
      {R::kDeptLeader, A::kKeepUseRecords, kOwn, Where::kAny, "N29"},
      {R::kDeptLeader, A::kPurgeUseRecords, kOwn, Where::kAny, "N29"},
      {R::kDeptLeader, A::kChangeService, kOwn, Where::kAny, "N27"},
      {R::kDeptLeader, A::kEndPurpose, kOwn, Where::kAny, "N27"},
      {R::kDeptLeader, A::kRectifyMisuse, kOwn, Where::kAny, "N27"},
      {R::kDeptLeader, A::kRequestWiderUse, kOwn, Where::kAny, "N25"},
      // 审计员: reads everything, changes nothing (A28).
      {R::kAuditor, A::kReadCatalog, kAll, Where::kAny, "A28"},
      {R::kAuditor, A::kReadAudit, kAll, Where::kAny, "A28"},
      {R::kAuditor, A::kReadSharing, kAll, Where::kAny, "A28"},
      {R::kAuditor, A::kInspect, kAll, Where::kAny, "A31"},
      {R::kAuditor, A::kExportUseRecords, kAll, Where::kAny, "N29"},
  };
}

bool InPlace(Where where, DepartmentLevel level) {
  switch (where) {
    case Where::kAny:
      return true;
    case Where::kBureau:
      return level == DepartmentLevel::kBureau;
    case Where::kCountyPlatform:
      return level == DepartmentLevel::kCountyPlatform;
  }
  return false;
}

}  // namespace

const std::vector<Grant>& Table() {
  static const std::vector<Grant> table = Build();
  return table;
}

const Grant* Find(Role role, DepartmentLevel level, Action action) {
  for (const Grant& g : Table()) {
    if (g.role == role && g.action == action && InPlace(g.where, level)) return &g;
  }
  return nullptr;
}

bool Allows(const std::vector<Role>& roles, DepartmentLevel level, const std::string& own_department,
            Action action, const std::string& object_department) {
  for (Role r : roles) {
    const Grant* g = Find(r, level, action);
    if (!g) continue;
    if (g->scope == Scope::kOwnDepartment && !object_department.empty() && object_department != own_department) {
      continue;
    }
    return true;
  }
  return false;
}

bool IsDepartmentRole(Role role) {
  return role == Role::kDeptAdmin || role == Role::kDeptOperator || role == Role::kDeptLeader;
}

bool SeesAllCases(const std::vector<Role>& roles, DepartmentLevel level) {
  for (Role r : roles) {
    const Grant* g = Find(r, level, Action::kReadSharing);
    if (g && g->scope == Scope::kPlatform) return true;
  }
  return false;
}

}  // namespace permissions

bool RoleAllows(Role role, DepartmentLevel level, Action action) {
  return permissions::Find(role, level, action) != nullptr;
}

}  // namespace govshare
