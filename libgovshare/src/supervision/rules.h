// The rectification rules (A33) as storage-free code: the notice's shape,
// its period, and the state machine (open → overdue → escalated by a
// written notice 书面通报 → resolved). Table tests:
// tests/cpp/rules/supervision_rules_test.cpp.
#ifndef GOVSHARE_SRC_SUPERVISION_RULES_H_
#define GOVSHARE_SRC_SUPERVISION_RULES_H_

#include <optional>
#include <string>

#include "base/state_machine.h"
#include "govshare/calendar.h"
#include "govshare/catalog.h"
#include "govshare/sharing.h"
#include "govshare/supervision.h"

namespace govshare {
namespace supervision_rules {

/// What happens to a rectification notice.
enum class RectificationEvent { kEscalate, kResolve };
/// Statuses are the effective ones (an open notice past its deadline is
/// overdue): only an overdue notice is escalated; any unresolved one is
/// resolved when the bureau records the rectification.
const StateMachine<RectificationStatus, RectificationEvent>& RectificationMachine();

/// The status as of `now`: an open notice past its deadline reads overdue.
RectificationStatus EffectiveStatus(RectificationStatus stored, const LocalDateTime& due, const LocalDateTime& now);

/// A33: one of its six grounds (一)–(六), a description, a period of 1..60
/// working days (规定时限); the invalid-argument error naming the field.
void CheckNotice(const RectificationInput& notice);

/// The period the notice sets (A33 规定时限), in working days.
inline DeadlineRule NoticePeriod(const RectificationInput& notice) {
  return {DeadlineUnit::kWorkingDays, notice.working_days};
}

/// N39–N41 法律责任: the liability item a late or overdue act falls under.
struct Liability {
  const char* article;  ///< "N39(4)"
  const char* text;     ///< the item's words (Chinese)
};
/// For a step of `kind` whose period was set by `step_article`: only a
/// period of the national regulation (an "N…" article) — an act judged by
/// the local rules alone breaks no national duty. Reply (N21) and delivery
/// (N22) by the provider: N39 (四); a reply the bureau gives in the
/// provider's place: N41 (三); correction (N26): N39 (六); none otherwise.
std::optional<Liability> LiabilityOf(StepKind kind, const std::string& step_article);
/// A catalog not updated within N17's period (`article` the rule applied):
/// N39 (一); none under A11.
std::optional<Liability> CatalogUpdateLiability(const std::string& article);
/// N29 政务数据需求部门应当……进行记录, N40 (五) 未按照规定保存……有关记录: a
/// consumer's authorization granted on or after `national_from` through
/// which data went out (delivered or used) by `as_of`, with `records` use
/// records made by then: the liability item when that is none.
std::optional<Liability> UseRecordLiability(const Authorization& z, const Date& national_from,
                                            const LocalDateTime& as_of, int records);
/// N14 法律、行政法规以及国务院决定明确规定……属于不予共享类, N15 列明……依据, N39 (一):
/// a published not-shared entry `c` inspected for a period ending `to`, on or
/// after `national_from`, whose basis is none or below a law, an administrative
/// regulation or a State Council decision (IsNationalNotSharedBasis).
std::optional<Liability> NotSharedBasisLiability(const CatalogEntry& c, const Date& to, const Date& national_from);
/// N13 数据分类分级, 评估, 部门负责人审核同意; N39 (一): `entries` published entries of
/// a department lacking those elements (MissingNationalElements), in a period
/// under the regulation: the liability item when there is any.
std::optional<Liability> NationalElementsLiability(int entries);
/// N27, N39 (七) 擅自终止或者变更已提供的政务数据共享服务: a filed end or change of a
/// service the consumer did not agree to — negotiated and filed, so not
/// 擅自 on its face; listed for the bureau to judge its reason.
std::optional<Liability> ServiceChangeLiability(const ServiceChange& c);
/// N27 ¶2 a misuse the suspending authority found (SuspendForMisuse):
/// beyond the scope or the purpose, N40 (二); to a third party, N40 (三).
Liability MisuseLiability(UseBeyondGrant misuse);
/// N24, N39 (五) 未按照规定将……政务数据回流至下级政府部门: an application for a
/// return of data to a lower level (ApplicationRequest::return_flow) that was
/// refused — listed for the bureau to judge the reasons. Refused by the
/// bureau in the provider's place (`by_bureau`): the bureau's N41 (三).
std::optional<Liability> ReturnFlowLiability(const Application& x, bool by_bureau);

}  // namespace supervision_rules
}  // namespace govshare

#endif  // GOVSHARE_SRC_SUPERVISION_RULES_H_
