// The stable names (JSON, storage) and Chinese labels of the sharing
// enumerations (docs/sharing.md).
#include "base/enum_names.h"
#include "govshare/sharing.h"

namespace govshare {
namespace {

using internal::EnumName;

const EnumName<StepKind> kStepKindNames[] = {
    {StepKind::kFormCheck, "form_check", "申请材料规范性审查"},
    {StepKind::kProviderDecision, "provider_decision", "提供部门授权审核"},
    {StepKind::kPlatformDecision, "platform_decision", "平台授权审核"},
    {StepKind::kDemandResponse, "demand_response", "需求申请答复"},
    {StepKind::kDemandPublication, "demand_publication", "需求资源发布"},
    {StepKind::kObjectionCheck, "objection_check", "疑义数据校核"},
    {StepKind::kCatalogRevision, "catalog_revision", "退回目录修改完善"},
    {StepKind::kDelivery, "delivery", "共享数据交付"},
    {StepKind::kCatalogReview, "catalog_review", "更新目录审核"},
    {StepKind::kDisposal, "disposal", "共享数据妥善处置"},
    {StepKind::kRectification, "rectification", "违规使用限期整改"},
    {StepKind::kDisputeCoordination, "dispute_coordination", "争议协调处理"},
};
const EnumName<ApplicationStatus> kApplicationStatusNames[] = {
    {ApplicationStatus::kSubmitted, "submitted", "待受理"},
    {ApplicationStatus::kNotAccepted, "not_accepted", "不予受理"},
    {ApplicationStatus::kAccepted, "accepted", "已受理"},
    {ApplicationStatus::kGranted, "granted", "已授权"},
    {ApplicationStatus::kRefused, "refused", "不予授权"},
    {ApplicationStatus::kMaterialsRequested, "materials_requested", "待补充材料"},
};
const EnumName<AuthorizationStatus> kAuthorizationStatusNames[] = {
    {AuthorizationStatus::kActive, "active", "有效"},
    {AuthorizationStatus::kExpired, "expired", "已到期"},
    {AuthorizationStatus::kRevoked, "revoked", "已收回"},
    {AuthorizationStatus::kSuspended, "suspended", "已暂停"},
};
const EnumName<RevocationGround> kRevocationGroundNames[] = {
    {RevocationGround::kNonUse, "non_use", "超过三个月未使用"},
    {RevocationGround::kBreach, "breach", "违规使用"},
    {RevocationGround::kPurposeEnded, "purpose_ended", "共享目的已实现或不再必要"},
    {RevocationGround::kServiceEnded, "service_ended", "提供部门终止共享服务"},
    {RevocationGround::kMisuseNotRectified, "misuse_not_rectified", "违规使用拒不整改或者整改不到位"},
};
const EnumName<UseBeyondGrant> kUseBeyondGrantNames[] = {
    {UseBeyondGrant::kWiderScope, "wider_scope", "扩大使用范围"},
    {UseBeyondGrant::kOtherPurpose, "other_purpose", "用于其他目的"},
    {UseBeyondGrant::kThirdParty, "third_party", "提供给第三方"},
};
const EnumName<MisuseOutcome> kMisuseOutcomeNames[] = {
    {MisuseOutcome::kReinstated, "reinstated", "整改到位，恢复共享"},
    {MisuseOutcome::kTerminated, "terminated", "拒不整改或者整改不到位，终止共享"},
    {MisuseOutcome::kEndedOtherwise, "ended_otherwise", "授权已因其他原因终止"},
};
const EnumName<DemandStatus> kDemandStatusNames[] = {
    {DemandStatus::kSubmitted, "submitted", "待答复"},
    {DemandStatus::kNotInDuties, "not_in_duties", "不属于本部门履职范围"},
    {DemandStatus::kCommitted, "committed", "承诺发布"},
    {DemandStatus::kDeferred, "deferred", "暂时无法发布"},
    {DemandStatus::kFulfilled, "fulfilled", "已发布"},
};
const EnumName<DemandAnswerKind> kDemandAnswerKindNames[] = {
    {DemandAnswerKind::kNotInDuties, "not_in_duties", "不属于本部门履职范围"},
    {DemandAnswerKind::kWillPublish, "will_publish", "1个月内完成发布"},
    {DemandAnswerKind::kCannotPublishYet, "cannot_publish_yet", "确因客观原因暂时无法发布"},
};
const EnumName<ObjectionStatus> kObjectionStatusNames[] = {
    {ObjectionStatus::kOpen, "open", "待校核"},
    {ObjectionStatus::kCorrected, "corrected", "已更正"},
    {ObjectionStatus::kRejected, "rejected", "数据无误"},
};
const EnumName<DisputeSubject> kDisputeSubjectNames[] = {
    {DisputeSubject::kConditions, "conditions", "共享条件"},
    {DisputeSubject::kReasons, "reasons", "申请理由"},
    {DisputeSubject::kResult, "result", "授权结果"},
};
const EnumName<DisputeStatus> kDisputeStatusNames[] = {
    {DisputeStatus::kOpen, "open", "协商中"},
    {DisputeStatus::kResolved, "resolved", "已协商解决"},
};
const EnumName<DisputeTier> kDisputeTierNames[] = {
    {DisputeTier::kNegotiation, "negotiation", "协商"},
    {DisputeTier::kAuthority, "authority", "同级主管部门协调"},
    {DisputeTier::kSuperiorAuthority, "superior_authority", "共同上级主管部门协调"},
    {DisputeTier::kGovernment, "government", "本级人民政府决定"},
};

const EnumName<ServiceChangeKind> kServiceChangeKindNames[] = {
    {ServiceChangeKind::kEnd, "end", "终止共享服务"},
    {ServiceChangeKind::kChange, "change", "变更共享服务"},
};
const EnumName<ServiceChangeStatus> kServiceChangeStatusNames[] = {
    {ServiceChangeStatus::kNegotiating, "negotiating", "协商中"},
    {ServiceChangeStatus::kAnswered, "answered", "已协商"},
    {ServiceChangeStatus::kFiled, "filed", "已备案"},
    {ServiceChangeStatus::kWithdrawn, "withdrawn", "已撤回"},
};
const EnumName<UseRecordKind> kUseRecordKindNames[] = {
    {UseRecordKind::kScenario, "scenario", "使用场景"},
    {UseRecordKind::kProcess, "process", "使用过程"},
    {UseRecordKind::kResult, "result", "应用成效"},
    {UseRecordKind::kStorage, "storage", "存储情况"},
    {UseRecordKind::kDestruction, "destruction", "销毁情况"},
};

}  // namespace

std::string ToString(StepKind v) { return internal::EnumToName(kStepKindNames, v); }
std::string ToString(ApplicationStatus v) { return internal::EnumToName(kApplicationStatusNames, v); }
std::string ToString(AuthorizationStatus v) { return internal::EnumToName(kAuthorizationStatusNames, v); }
std::string ToString(RevocationGround v) { return internal::EnumToName(kRevocationGroundNames, v); }
std::string ToString(DemandStatus v) { return internal::EnumToName(kDemandStatusNames, v); }
std::string ToString(DemandAnswerKind v) { return internal::EnumToName(kDemandAnswerKindNames, v); }
std::string ToString(ObjectionStatus v) { return internal::EnumToName(kObjectionStatusNames, v); }
std::string ToString(DisputeSubject v) { return internal::EnumToName(kDisputeSubjectNames, v); }
std::string ToString(DisputeStatus v) { return internal::EnumToName(kDisputeStatusNames, v); }
std::string ToString(DisputeTier v) { return internal::EnumToName(kDisputeTierNames, v); }
std::string ToString(ServiceChangeKind v) { return internal::EnumToName(kServiceChangeKindNames, v); }
std::string ToString(ServiceChangeStatus v) { return internal::EnumToName(kServiceChangeStatusNames, v); }
std::string ToString(UseRecordKind v) { return internal::EnumToName(kUseRecordKindNames, v); }
std::string ToString(UseBeyondGrant v) { return internal::EnumToName(kUseBeyondGrantNames, v); }
std::string ToString(MisuseOutcome v) { return internal::EnumToName(kMisuseOutcomeNames, v); }
std::string ChineseLabel(UseBeyondGrant v) { return internal::EnumToLabel(kUseBeyondGrantNames, v); }
std::string ChineseLabel(MisuseOutcome v) { return internal::EnumToLabel(kMisuseOutcomeNames, v); }
std::string ChineseLabel(ServiceChangeKind v) { return internal::EnumToLabel(kServiceChangeKindNames, v); }
std::string ChineseLabel(ServiceChangeStatus v) { return internal::EnumToLabel(kServiceChangeStatusNames, v); }
std::string ChineseLabel(UseRecordKind v) { return internal::EnumToLabel(kUseRecordKindNames, v); }
std::string ChineseLabel(StepKind v) { return internal::EnumToLabel(kStepKindNames, v); }
std::string ChineseLabel(ApplicationStatus v) { return internal::EnumToLabel(kApplicationStatusNames, v); }
std::string ChineseLabel(AuthorizationStatus v) { return internal::EnumToLabel(kAuthorizationStatusNames, v); }
std::string ChineseLabel(RevocationGround v) { return internal::EnumToLabel(kRevocationGroundNames, v); }
std::string ChineseLabel(DemandStatus v) { return internal::EnumToLabel(kDemandStatusNames, v); }
std::string ChineseLabel(DemandAnswerKind v) { return internal::EnumToLabel(kDemandAnswerKindNames, v); }
std::string ChineseLabel(ObjectionStatus v) { return internal::EnumToLabel(kObjectionStatusNames, v); }
std::string ChineseLabel(DisputeSubject v) { return internal::EnumToLabel(kDisputeSubjectNames, v); }
std::string ChineseLabel(DisputeTier v) { return internal::EnumToLabel(kDisputeTierNames, v); }
std::string ChineseLabel(DisputeStatus v) { return internal::EnumToLabel(kDisputeStatusNames, v); }

StepKind ParseStepKind(const std::string& n) { return internal::ParseEnumOrThrow(kStepKindNames, n, "step kind"); }
ApplicationStatus ParseApplicationStatus(const std::string& n) {
  return internal::ParseEnumOrThrow(kApplicationStatusNames, n, "application status");
}
AuthorizationStatus ParseAuthorizationStatus(const std::string& n) {
  return internal::ParseEnumOrThrow(kAuthorizationStatusNames, n, "authorization status");
}
RevocationGround ParseRevocationGround(const std::string& n) {
  return internal::ParseEnumOrThrow(kRevocationGroundNames, n, "revocation ground");
}
DemandStatus ParseDemandStatus(const std::string& n) {
  return internal::ParseEnumOrThrow(kDemandStatusNames, n, "demand status");
}
DemandAnswerKind ParseDemandAnswerKind(const std::string& n) {
  return internal::ParseEnumOrThrow(kDemandAnswerKindNames, n, "demand answer kind");
}
ObjectionStatus ParseObjectionStatus(const std::string& n) {
  return internal::ParseEnumOrThrow(kObjectionStatusNames, n, "objection status");
}
DisputeSubject ParseDisputeSubject(const std::string& n) {
  return internal::ParseEnumOrThrow(kDisputeSubjectNames, n, "dispute subject");
}
DisputeStatus ParseDisputeStatus(const std::string& n) {
  return internal::ParseEnumOrThrow(kDisputeStatusNames, n, "dispute status");
}
DisputeTier ParseDisputeTier(const std::string& n) {
  return internal::ParseEnumOrThrow(kDisputeTierNames, n, "dispute tier");
}
ServiceChangeKind ParseServiceChangeKind(const std::string& n) {
  return internal::ParseEnumOrThrow(kServiceChangeKindNames, n, "service change kind");
}
ServiceChangeStatus ParseServiceChangeStatus(const std::string& n) {
  return internal::ParseEnumOrThrow(kServiceChangeStatusNames, n, "service change status");
}
UseRecordKind ParseUseRecordKind(const std::string& n) {
  return internal::ParseEnumOrThrow(kUseRecordKindNames, n, "use record kind");
}
UseBeyondGrant ParseUseBeyondGrant(const std::string& n) {
  return internal::ParseEnumOrThrow(kUseBeyondGrantNames, n, "use beyond grant");
}
MisuseOutcome ParseMisuseOutcome(const std::string& n) {
  return internal::ParseEnumOrThrow(kMisuseOutcomeNames, n, "misuse outcome");
}

}  // namespace govshare
