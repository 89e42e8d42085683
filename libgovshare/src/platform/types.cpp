// Names of the platform enumerations (the permission matrix itself is
// platform/permissions.cpp).
#include "govshare/platform_types.h"

#include "base/enum_names.h"

namespace govshare {
namespace {

using internal::EnumName;

const EnumName<DepartmentLevel> kLevelNames[] = {
    {DepartmentLevel::kBureau, "bureau", "市大数据管理局"},
    {DepartmentLevel::kMunicipal, "municipal", "市级部门"},
    {DepartmentLevel::kCountyPlatform, "county_platform", "县（市）、区平台"},
    {DepartmentLevel::kCounty, "county", "县（市）、区部门"},
};
const EnumName<Role> kRoleNames[] = {
    {Role::kBureauAdmin, "bureau_admin", "大数据管理局管理员"},
    {Role::kBureauReviewer, "bureau_reviewer", "大数据管理局审核员"},
    {Role::kDeptAdmin, "dept_admin", "部门管理员"},
    {Role::kDeptOperator, "dept_operator", "部门经办人"},
    {Role::kDeptLeader, "dept_leader", "部门分管领导（审核人）"},
    {Role::kAuditor, "auditor", "审计员"},
};
const EnumName<Action> kActionNames[] = {
    {Action::kManageDepartments, "manage_departments", "管理部门"},
    {Action::kManageUsers, "manage_users", "管理用户"},
    {Action::kEditCatalog, "edit_catalog", "编辑目录"},
    {Action::kSubmitCatalog, "submit_catalog", "提交目录审核"},
    {Action::kReviewCatalog, "review_catalog", "审核目录"},
    {Action::kPublishCatalog, "publish_catalog", "发布资源"},
    {Action::kRequestWithdrawal, "request_withdrawal", "申请撤销发布"},
    {Action::kDecideWithdrawal, "decide_withdrawal", "审核撤销发布"},
    {Action::kRecordLegalChange, "record_legal_change", "登记法规修订或职能变化"},
    {Action::kScheduleCensus, "schedule_census", "组织年度普查"},
    {Action::kSubscribe, "subscribe", "订阅资源"},
    {Action::kReadCatalog, "read_catalog", "查看目录"},
    {Action::kReadNotices, "read_notices", "查看通知"},
    {Action::kReadAudit, "read_audit", "查看审计日志"},
    {Action::kExportFederation, "export_federation", "导出县区目录"},
    {Action::kImportFederation, "import_federation", "汇聚县区目录"},
    {Action::kApply, "apply", "提交使用申请"},
    {Action::kCheckApplication, "check_application", "受理审查"},
    {Action::kDecideAsProvider, "decide_as_provider", "提供部门授权"},
    {Action::kDecideAsPlatform, "decide_as_platform", "平台授权"},
    {Action::kManageAuthorization, "manage_authorization", "管理授权（收回、暂停、恢复）"},
    {Action::kUseData, "use_data", "使用共享数据"},
    {Action::kSubmitDemand, "submit_demand", "提交需求申请"},
    {Action::kAnswerDemand, "answer_demand", "答复需求申请"},
    {Action::kRaiseObjection, "raise_objection", "反馈数据疑义"},
    {Action::kResolveObjection, "resolve_objection", "校核疑义数据"},
    {Action::kOpenDispute, "open_dispute", "提出意见分歧"},
    {Action::kMediateDispute, "mediate_dispute", "协商处理意见分歧"},
    {Action::kSetPolicy, "set_policy", "设置平台策略"},
    {Action::kReadSharing, "read_sharing", "查看申请与授权"},
    {Action::kReportRefresh, "report_refresh", "报告数据更新"},
    {Action::kInspect, "inspect", "监督检查"},
    {Action::kRectify, "rectify", "通知整改与通报"},
    {Action::kManageProjects, "manage_projects", "登记信息化项目"},
    {Action::kManageCalendar, "manage_calendar", "载入节假日安排"},
    {Action::kDecideExtension, "decide_extension", "审批答复期限延长"},
    {Action::kDeliverData, "deliver_data", "共享数据交付"},
    {Action::kKeepUseRecords, "keep_use_records", "记录共享数据使用情况"},
    {Action::kPurgeUseRecords, "purge_use_records", "清除保存期满的使用记录"},
    {Action::kExportUseRecords, "export_use_records", "导出使用记录"},
    {Action::kChangeService, "change_service", "终止或变更共享服务"},
    {Action::kEndPurpose, "end_purpose", "共享目的终结"},
    {Action::kDesignateSource, "designate_source", "明确数源部门"},
    {Action::kRectifyMisuse, "rectify_misuse", "违规使用限期整改"},
    {Action::kRequestWiderUse, "request_wider_use", "申请扩大使用或提供第三方"},
    {Action::kRunHousekeeping, "run_housekeeping", "定时任务"},
    {Action::kCopyPlatform, "copy_platform", "迁移平台"},
    {Action::kSignAuditCheckpoint, "sign_audit_checkpoint", "签署审计检查点"},
    {Action::kRotateSigningKey, "rotate_signing_key", "轮换审计签名密钥"},
    {Action::kManagePseudonymKey, "manage_pseudonym_key", "管理假名化密钥"},
};
const EnumName<VersionStatus> kVersionStatusNames[] = {
    {VersionStatus::kDraft, "draft", "草稿"},
    {VersionStatus::kSubmitted, "submitted", "已提交"},
    {VersionStatus::kApproved, "approved", "审核通过"},
    {VersionStatus::kRejected, "rejected", "审核未通过"},
    {VersionStatus::kPublished, "published", "已发布"},
    {VersionStatus::kSuperseded, "superseded", "已被替代"},
};
const EnumName<EntryStatus> kEntryStatusNames[] = {
    {EntryStatus::kUnpublished, "unpublished", "未发布"},
    {EntryStatus::kPublished, "published", "已发布"},
    {EntryStatus::kWithdrawalRequested, "withdrawal_requested", "撤销申请中"},
    {EntryStatus::kWithdrawn, "withdrawn", "已撤销"},
};
const EnumName<NoticeKind> kNoticeKindNames[] = {
    {NoticeKind::kReviewResult, "review_result", "审核结果"},
    {NoticeKind::kWithdrawalNotice, "withdrawal_notice", "撤销发布告知"},
    {NoticeKind::kWithdrawalDecision, "withdrawal_decision", "撤销审核结果"},
    {NoticeKind::kObligation, "obligation", "目录更新义务"},
    {NoticeKind::kFederationImport, "federation_import", "县区目录汇聚"},
    {NoticeKind::kApplication, "application", "使用申请"},
    {NoticeKind::kAuthorization, "authorization", "授权变更"},
    {NoticeKind::kDemand, "demand", "需求申请"},
    {NoticeKind::kObjection, "objection", "数据疑义"},
    {NoticeKind::kCorrection, "correction", "数据更正"},
    {NoticeKind::kDispute, "dispute", "意见分歧"},
    {NoticeKind::kRectification, "rectification", "整改通知"},
    {NoticeKind::kCalendar, "calendar", "节假日安排与期限"},
    {NoticeKind::kOverdue, "overdue", "办理逾期"},
    {NoticeKind::kNonUse, "non_use", "长期未使用"},
};
const EnumName<ObligationKind> kObligationKindNames[] = {
    {ObligationKind::kLawRevision, "law_revision", "法律法规修订"},
    {ObligationKind::kFunctionChange, "function_change", "职能变化"},
    {ObligationKind::kAnnualCensus, "annual_census", "年度普查"},
};
const EnumName<ObligationState> kObligationStateNames[] = {
    {ObligationState::kOpen, "open", "待办"},
    {ObligationState::kDue, "due", "今日到期"},
    {ObligationState::kOverdue, "overdue", "已逾期"},
    {ObligationState::kFulfilled, "fulfilled", "已完成"},
};
const EnumName<CensusOutcome> kCensusOutcomeNames[] = {
    {CensusOutcome::kUnchanged, "unchanged", "经普查无需更新"},
    {CensusOutcome::kRevised, "revised", "经普查已更新"},
};
const EnumName<HashAlgorithm> kHashNames[] = {
    {HashAlgorithm::kSha256, "sha256", "SHA-256"},
    {HashAlgorithm::kSm3, "sm3", "SM3"},
};

}  // namespace

std::string ToString(DepartmentLevel v) { return internal::EnumToName(kLevelNames, v); }
std::string ToString(Role v) { return internal::EnumToName(kRoleNames, v); }
std::string ToString(Action v) { return internal::EnumToName(kActionNames, v); }
std::string ToString(VersionStatus v) { return internal::EnumToName(kVersionStatusNames, v); }
std::string ToString(EntryStatus v) { return internal::EnumToName(kEntryStatusNames, v); }
std::string ToString(NoticeKind v) { return internal::EnumToName(kNoticeKindNames, v); }
std::string ToString(ObligationKind v) { return internal::EnumToName(kObligationKindNames, v); }
std::string ToString(ObligationState v) { return internal::EnumToName(kObligationStateNames, v); }
std::string ToString(CensusOutcome v) { return internal::EnumToName(kCensusOutcomeNames, v); }
std::string ToString(HashAlgorithm v) { return internal::EnumToName(kHashNames, v); }
Role ParseRole(const std::string& n) { return internal::ParseEnumOrThrow(kRoleNames, n, "role"); }
DepartmentLevel ParseDepartmentLevel(const std::string& n) {
  return internal::ParseEnumOrThrow(kLevelNames, n, "department level");
}
Action ParseAction(const std::string& n) { return internal::ParseEnumOrThrow(kActionNames, n, "action"); }
std::string ChineseLabel(Role v) { return internal::EnumToLabel(kRoleNames, v); }
std::string ChineseLabel(DepartmentLevel v) { return internal::EnumToLabel(kLevelNames, v); }
std::string ChineseLabel(Action v) { return internal::EnumToLabel(kActionNames, v); }
std::string ChineseLabel(VersionStatus v) { return internal::EnumToLabel(kVersionStatusNames, v); }
std::string ChineseLabel(EntryStatus v) { return internal::EnumToLabel(kEntryStatusNames, v); }
std::string ChineseLabel(NoticeKind v) { return internal::EnumToLabel(kNoticeKindNames, v); }
std::string ChineseLabel(ObligationKind v) { return internal::EnumToLabel(kObligationKindNames, v); }
std::string ChineseLabel(ObligationState v) { return internal::EnumToLabel(kObligationStateNames, v); }
std::string ChineseLabel(CensusOutcome v) { return internal::EnumToLabel(kCensusOutcomeNames, v); }
std::string ChineseLabel(HashAlgorithm v) { return internal::EnumToLabel(kHashNames, v); }

std::vector<Action> AllActions() {
  std::vector<Action> out;
  for (const auto& a : kActionNames) out.push_back(a.value);
  return out;
}

std::vector<Role> AllRoles() {
  std::vector<Role> out;
  for (const auto& r : kRoleNames) out.push_back(r.value);
  return out;
}


}  // namespace govshare
