// The statutory periods, each once, with the article that sets it. Every
// place that opens a step, an obligation or a check reads them from here
// (docs/architecture.md, "Where each article lives"). Storage-free.
#ifndef GOVSHARE_SRC_PLATFORM_PERIODS_H_
#define GOVSHARE_SRC_PLATFORM_PERIODS_H_

#include "govshare/calendar.h"
#include "govshare/sharing.h"

namespace govshare {
namespace periods {

/// A period the rules set: how long, and where it is written.
struct StatutoryPeriod {
  DeadlineRule rule;
  const char* article;
  const char* duty;  ///< what must be done within it (Chinese, as the article says)
};

/// A11: a catalog is updated within 15 working days of a law revision or a
/// change of functions (法律法规修订或职能调整).
inline const StatutoryPeriod kLegalChange{{DeadlineUnit::kWorkingDays, 15}, "A11", "更新政务信息资源目录"};
/// A21: the bureau checks an application's form within 1 working day.
inline const StatutoryPeriod kFormCheck{{DeadlineUnit::kWorkingDays, 1}, "A21", "申请材料规范性审查"};
/// A22: the provider grants or refuses within 10 working days.
inline const StatutoryPeriod kProviderDecision{{DeadlineUnit::kWorkingDays, 10}, "A22", "提供部门授权审核"};
/// A23: the bureau grants or refuses within 2 working days.
inline const StatutoryPeriod kPlatformDecision{{DeadlineUnit::kWorkingDays, 2}, "A23", "平台授权审核"};
/// A25 对确因客观原因暂时无法发布的，应在10个工作日内将情况反馈给需求申请部门:
/// the feedback that a resource cannot be published yet, within 10 working
/// days of receiving the request. Only this answer has the 10 days.
inline const StatutoryPeriod kDemandFeedback{{DeadlineUnit::kWorkingDays, 10}, "A25", "暂时无法发布的情况反馈"};
/// A25 对确属本部门履职范围内……应在1个月内完成资源发布: a resource within the
/// department's duties is published within 1 month of receiving the request.
/// A will_publish answer is judged by this deadline alone (the rules set it
/// no earlier limit).
inline const StatutoryPeriod kDemandPublication{{DeadlineUnit::kMonths, 1}, "A25", "需求资源发布"};
/// A25: until answered, the response step is due at the latest a lawful
/// answer may come — a will_publish answer (or the publication itself) is
/// lawful up to the 1-month publication deadline — so an unanswered request
/// is not listed overdue while it may still be answered on time.
inline const StatutoryPeriod kDemandUnanswered{kDemandPublication.rule, "A25", "需求申请答复"};
/// A26: an authorization unused for more than 3 months may be revoked.
inline const StatutoryPeriod kNonUse{{DeadlineUnit::kMonths, 3}, "A26", "超过三个月未使用"};

/// A25 及时告知: "not within our duties" is answered within the platform's
/// policy days.
inline StatutoryPeriod DemandNotInDuties(const SharingPolicy& policy) {
  return {{DeadlineUnit::kWorkingDays, policy.demand_not_in_duties_days}, "A25", "告知不属于履职范围"};
}
/// A25: the deadline an answer of `kind` is judged by, counted from receipt.
inline StatutoryPeriod DemandAnswerPeriod(DemandAnswerKind kind, const SharingPolicy& policy) {
  switch (kind) {
    case DemandAnswerKind::kNotInDuties:
      return DemandNotInDuties(policy);
    case DemandAnswerKind::kWillPublish:
      return kDemandPublication;
    case DemandAnswerKind::kCannotPublishYet:
      break;
  }
  return kDemandFeedback;
}
/// A29 及时校核: an objection is verified within the platform's policy days.
inline StatutoryPeriod ObjectionCheck(const SharingPolicy& policy) {
  return {{DeadlineUnit::kWorkingDays, policy.objection_check_days}, "A29", "疑义数据校核"};
}

/// A31 (2) 对不符合要求的内容是否及时进行修改完善: a version the bureau rejected
/// (A10) is revised and submitted again within the platform's policy days.
inline StatutoryPeriod CatalogRevision(const SharingPolicy& policy) {
  return {{DeadlineUnit::kWorkingDays, policy.unrevised_rejection_days}, "A31 (2)", "退回目录修改完善"};
}

/// The decision step of an application and its period: the provider
/// (A22) for provider-direct entries, the bureau (A23) otherwise.
inline const StatutoryPeriod& DecisionPeriod(bool provider_decides) {
  return provider_decides ? kProviderDecision : kPlatformDecision;
}

}  // namespace periods
}  // namespace govshare

#endif  // GOVSHARE_SRC_PLATFORM_PERIODS_H_
