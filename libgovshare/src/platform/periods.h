// The statutory periods as the operations use them: the rulebook's period in
// force on the day of the act (govshare/rulebook.h, ApplyRule — the one rule
// of precedence between the national regulation and the local rules), its
// 及时 filled by the platform's policy days. Every place that opens a step, an
// obligation or a check reads its period here (docs/architecture.md, "Where
// each article lives"). Storage-free.
#ifndef GOVSHARE_SRC_PLATFORM_PERIODS_H_
#define GOVSHARE_SRC_PLATFORM_PERIODS_H_

#include <string>

#include "govshare/calendar.h"
#include "govshare/rulebook.h"
#include "govshare/sharing.h"

namespace govshare {
namespace periods {

/// A period the rules set: how long, and where it is written.
struct StatutoryPeriod {
  DeadlineRule rule;
  std::string article;  ///< the article applied: "N21", "A23"
  std::string duty;     ///< what must be done within it (Chinese)
};

/// The policy days that fill a rule that says only 及时.
inline int PolicyDays(Duty duty, const SharingPolicy& policy) {
  switch (duty) {
    case Duty::kDemandNotInDuties:
      return policy.demand_not_in_duties_days;  // A25 及时告知
    case Duty::kCorrection:
      return policy.objection_check_days;  // A29 及时校核
    case Duty::kCatalogRevision:
      return policy.unrevised_rejection_days;  // A31 (2) 及时进行修改完善
    default:
      return 1;
  }
}

/// The period in force for `query` (ApplyRule), 及时 filled by the policy.
inline StatutoryPeriod Resolve(const Rulebook& book, const SharingPolicy& policy, const RuleQuery& query) {
  const AppliedRule a = ApplyRule(book, query);
  StatutoryPeriod p;
  p.rule = a.promptly ? DeadlineRule{DeadlineUnit::kWorkingDays, PolicyDays(a.duty, policy)} : a.period;
  p.article = a.article;
  p.duty = ChineseLabel(a.duty);
  return p;
}

/// A25: the duty an answer of `kind` is judged by, counted from receipt —
/// not in duties: 及时 (policy days); will publish: the 1-month publication
/// (the rules set it no earlier limit); cannot publish yet: 10 working days.
inline Duty DemandAnswerDuty(DemandAnswerKind kind) {
  switch (kind) {
    case DemandAnswerKind::kNotInDuties:
      return Duty::kDemandNotInDuties;
    case DemandAnswerKind::kWillPublish:
      return Duty::kDemandPublication;
    case DemandAnswerKind::kCannotPublishYet:
      break;
  }
  return Duty::kDemandFeedback;
}

/// A25: until answered, the response step is due at the latest a lawful
/// answer may come — a will_publish answer (or the publication itself) is
/// lawful up to the 1-month publication deadline — so an unanswered request
/// is not listed overdue while it may still be answered on time.
constexpr Duty kDemandUnanswered = Duty::kDemandPublication;

/// N27 应当按照政务数据提供部门的要求妥善处置: the disposal period is the
/// provider's requirement (or the policy's disposal_days), not a statutory
/// count; the step cites N27.
inline StatutoryPeriod Disposal(int working_days) {
  return {DeadlineRule{DeadlineUnit::kWorkingDays, working_days}, "N27", "妥善处置"};
}

/// N27 督促限期整改: the period is the one the suspending authority sets, not
/// a statutory count; the step cites N27.
inline StatutoryPeriod Rectification(int working_days) {
  return {DeadlineRule{DeadlineUnit::kWorkingDays, working_days}, "N27", "限期整改"};
}

/// N28 按照程序向同级政务数据共享主管部门申请协调处理: the regulation sets no period
/// for the coordination; the policy's dispute_coordination_days do, and the
/// step cites N28.
inline StatutoryPeriod DisputeCoordination(int working_days) {
  return {DeadlineRule{DeadlineUnit::kWorkingDays, working_days}, "N28", "协调处理"};
}

/// Who decides an application at its decision step: the provider (A22) or
/// the bureau (A23); N21 binds both by the entry's class.
inline Decider DeciderOf(bool provider_decides) { return provider_decides ? Decider::kProvider : Decider::kBureau; }

}  // namespace periods
}  // namespace govshare

#endif  // GOVSHARE_SRC_PLATFORM_PERIODS_H_
