// The rectification state machine and notice rules (A33).
#include "supervision/rules.h"

#include "base/enum_names.h"
#include "base/require.h"

namespace govshare {
namespace {

const internal::EnumName<RectificationStatus> kRectificationNames[] = {
    {RectificationStatus::kOpen, "open", "整改中"},
    {RectificationStatus::kOverdue, "overdue", "逾期未整改"},
    {RectificationStatus::kEscalated, "escalated", "已书面通报"},
    {RectificationStatus::kResolved, "resolved", "已整改"},
};

}  // namespace

std::string ToString(RectificationStatus v) { return internal::EnumToName(kRectificationNames, v); }
std::string ChineseLabel(RectificationStatus v) { return internal::EnumToLabel(kRectificationNames, v); }

namespace supervision_rules {

const StateMachine<RectificationStatus, RectificationEvent>& RectificationMachine() {
  using S = RectificationStatus;
  using E = RectificationEvent;
  static const StateMachine<S, E> m{
      "rectification",
      {
          {S::kOverdue, E::kEscalate, S::kEscalated},  // A33 逾期未整改的，予以书面通报
          {S::kOpen, E::kResolve, S::kResolved},
          {S::kOverdue, E::kResolve, S::kResolved},
          {S::kEscalated, E::kResolve, S::kResolved},
      },
      {
          {E::kEscalate, "escalate", "only an overdue rectification is escalated to a written notice (A33)"},
          {E::kResolve, "resolve", "{subject} is already resolved (A33)"},
      }};
  return m;
}

RectificationStatus EffectiveStatus(RectificationStatus stored, const LocalDateTime& due, const LocalDateTime& now) {
  if (stored == RectificationStatus::kOpen && due < now) return RectificationStatus::kOverdue;
  return stored;
}

void CheckNotice(const RectificationInput& notice) {
  if (notice.a33_ground < 1 || notice.a33_ground > 6) {
    throw InvalidArgumentError("a33_ground must be 1..6 (A33 (一)–(六))");
  }
  RequireText(notice.description, "description", "A33: the problem to rectify");
  if (notice.working_days < 1 || notice.working_days > 60) {
    throw InvalidArgumentError("working_days must be 1..60 (A33: 规定时限)");
  }
}

namespace {
bool National(const std::string& article) { return !article.empty() && article[0] == 'N'; }
}  // namespace

std::optional<Liability> LiabilityOf(StepKind kind, const std::string& step_article) {
  if (!National(step_article)) return std::nullopt;
  switch (kind) {
    case StepKind::kProviderDecision:
      return Liability{"N39(4)", "未按时答复政务数据共享申请"};
    case StepKind::kPlatformDecision:
      return Liability{"N41(3)", "代提供部门授权未按时答复政务数据共享申请"};
    case StepKind::kDelivery:
      return Liability{"N39(4)", "未按时共享政务数据"};
    case StepKind::kObjectionCheck:
      return Liability{"N39(6)", "收到政务数据校核申请后，未按时核实、更正"};
    case StepKind::kCatalogReview:
      return Liability{"N41(3)", "未在规定时限内审核发布更新后的政务数据目录"};
    case StepKind::kDisposal:
      return Liability{"N40(4)", "共享目的已实现、无法实现或者为实现共享目的不再必要，未按照要求妥善处置通过共享获取的政务数据"};
    case StepKind::kDisputeCoordination:
      return Liability{"N41(2)", "未按照规定对政务数据共享争议进行协调处理"};
    case StepKind::kFormCheck:
    case StepKind::kDemandResponse:
    case StepKind::kDemandPublication:
    case StepKind::kCatalogRevision:
    case StepKind::kRectification:  // the misuse is the finding (MisuseLiability)
      break;
  }
  return std::nullopt;
}

std::optional<Liability> CatalogUpdateLiability(const std::string& article) {
  if (!National(article)) return std::nullopt;
  return Liability{"N39(1)", "未按照要求更新政务数据目录"};
}

std::optional<Liability> UseRecordLiability(const Authorization& z, const Date& national_from,
                                            const LocalDateTime& as_of, int records) {
  if (z.platform_wide || records > 0 || z.granted_at.date < national_from) return std::nullopt;
  const bool delivered = z.delivered_at && !(as_of < *z.delivered_at);
  const bool used = z.last_used && !(as_of < *z.last_used);
  if (!delivered && !used) return std::nullopt;
  return Liability{"N40(5)", "未按照规定保存通过共享获取的政务数据有关记录"};
}

std::optional<Liability> NotSharedBasisLiability(const CatalogEntry& c, const Date& to, const Date& national_from) {
  if (c.share.share_class != ShareClass::kNotShared || to < national_from) return std::nullopt;
  if (c.share.legal_basis && IsNationalNotSharedBasis(c.share.legal_basis->kind)) return std::nullopt;
  return Liability{"N39(1)", "未按照要求编制政务数据目录（不予共享未列明法律、行政法规或国务院决定依据）"};
}

std::optional<Liability> NationalElementsLiability(int entries) {
  if (entries <= 0) return std::nullopt;
  return Liability{"N39(1)", "未按照要求编制政务数据目录（数据分类分级、评估及部门负责人审核同意）"};
}

std::optional<Liability> ServiceChangeLiability(const ServiceChange& c) {
  if (c.status != ServiceChangeStatus::kFiled || c.consumer_agrees.value_or(false)) return std::nullopt;
  return Liability{"N39(7)", "擅自终止或者变更已提供的政务数据共享服务（需求部门未同意，待核查正当理由）"};
}

std::optional<Liability> ReturnFlowLiability(const Application& x, bool by_bureau) {
  if (!x.request.return_flow || x.status != ApplicationStatus::kRefused) return std::nullopt;
  if (by_bureau) return Liability{"N41(3)", "代提供部门拒绝将政务数据回流至下级政府部门（违反本条例规定的其他情形）"};
  return Liability{"N39(5)", "未按照规定将业务信息系统收集和产生的下级政府行政区域内的政务数据回流至下级政府部门"};
}

Liability MisuseLiability(UseBeyondGrant misuse) {
  if (misuse == UseBeyondGrant::kThirdParty) return Liability{"N40(3)", "擅自将通过共享获取的政务数据提供给第三方"};
  return Liability{"N40(2)", "擅自超出使用范围、共享目的使用通过共享获取的政务数据"};
}

}  // namespace supervision_rules
}  // namespace govshare
