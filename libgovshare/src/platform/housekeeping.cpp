// What the rules need done on a schedule, as one idempotent run
// (Platform::RunHousekeeping; `govshare housekeeping` for cron or a systemd
// timer; docs/housekeeping.md): recording expiries (A26), escalating overdue
// rectifications (A33), opening the year's census (A11), and making known —
// once each — the authorizations revocable for non-use (A26), the steps past
// their deadline (A19 跟踪, A31 (7)) and a missing holiday schedule. Each act
// is its operation's own (authorized, one transaction, audited); a second run
// finds nothing to do and changes nothing.
#include "govshare/housekeeping.h"

#include <map>
#include <set>

#include "govshare/catalog_service.h"
#include "govshare/sharing_service.h"
#include "govshare/supervision_service.h"
#include "platform/operation.h"
#include "sharing/cases.h"

namespace govshare {
namespace {

using storage::CaseTable;
using storage::NoticeRow;

// The objects a department has already been told about in notices of `kind`,
// with the time of the latest such notice.
std::map<std::string, std::int64_t> Noticed(PlatformCore& core, const std::string& department, NoticeKind kind) {
  std::map<std::string, std::int64_t> out;
  for (const NoticeRow& n : core.S().ListNotices(department, false)) {
    if (n.kind != kind || n.object.empty()) continue;
    auto& t = out[n.object];
    t = std::max(t, n.created_at);
  }
  return out;
}

}  // namespace

HousekeepingReport Platform::RunHousekeeping(const std::string& actor, const LocalDateTime& now) {
  if (!now.IsValid()) throw InvalidArgumentError("now " + now.ToIso() + " is not a valid date-time");
  PlatformCore& core = *impl_;
  if (now.ToUnixSeconds() > core.NowSeconds()) {
    throw InvalidArgumentError("now " + now.ToIso() + " is ahead of the platform's clock (" + core.Now().ToIso() +
                               "): housekeeping acts on the platform's time");
  }
  // Refused as a whole (a security event) before any duty runs.
  RunRead(core, actor, Permission{Action::kRunHousekeeping, "", "housekeeping"}, [](Operation&) {});
  HousekeepingReport r;
  r.ran_at = core.Now();
  r.expired = sharing().ExpireAuthorizations(actor);           // A26
  r.escalated = supervision().EscalateRectifications(actor);    // A33
  r.census_scheduled = catalog().ScheduleCensus(actor, r.ran_at.date.year);  // A11 每年
  RunWrite(core, actor, Permission{Action::kRunHousekeeping, "", "housekeeping"}, [&](Operation& op) {
    Sharing sh(core);
    const std::string bureau = sh.Bureau();
    // A19 跟踪, A31 (7): each pending step past its deadline, once.
    std::map<std::string, std::map<std::string, std::int64_t>> told;  // department → step objects
    for (const auto& row : core.S().ListSteps("", true)) {
      ProcessStep step = sh.ToStep(row);
      if (!step.overdue) continue;
      const std::string object = "step:" + std::to_string(step.id);
      auto known = told.find(step.department_code);
      if (known == told.end()) {
        known = told.emplace(step.department_code, Noticed(core, step.department_code, NoticeKind::kOverdue)).first;
      }
      if (known->second.count(object)) continue;
      const std::string message = "办理事项 " + step.object + "（" + ChineseLabel(step.kind) + "，" + step.article +
                                   "）已于 " + step.due.due.ToIso() + " 逾期未办结，请尽快办理 (A19, A31 (7))";
      op.Notify(NoticeKind::kOverdue, step.department_code, 0, message, object);
      if (step.department_code != bureau) op.Notify(NoticeKind::kOverdue, bureau, 0, message, object);
      op.Audit("housekeeping.overdue", object, "", core.DigestOf(step.object + "|" + step.due.due.ToIso()), message);
      r.overdue_noticed.push_back(std::move(step));
    }
    // A26: each authorization revocable for non-use, once per unused spell
    // (a notice given after the spell began is this spell's).
    std::map<std::string, std::map<std::string, std::int64_t>> providers;
    for (const auto& row : core.S().ListCases(CaseTable::kAuthorizations, "", std::nullopt)) {
      Authorization z = sh.ToAuthorization(row);
      if (z.status != AuthorizationStatus::kActive || z.seasonal || z.platform_wide || !sh.UnusedTooLong(z)) continue;
      const std::string object = "authorization:" + std::to_string(z.id);
      auto known = providers.find(z.provider_code);
      if (known == providers.end()) {
        known = providers.emplace(z.provider_code, Noticed(core, z.provider_code, NoticeKind::kNonUse)).first;
      }
      const Date since = sharing_rules::NonUseSince(z);
      auto told_at = known->second.find(object);
      if (told_at != known->second.end() && told_at->second > sharing_rules::NonUseSpellStart(z).ToUnixSeconds()) {
        continue;
      }
      const std::string message = "授权 " + std::to_string(z.id) + "（" + z.entry_code + "，" + z.consumer_code +
                                  "）自 " + since.ToIso() + " 起三个月以上未使用，提供部门可以撤销 (A26)";
      op.Notify(NoticeKind::kNonUse, z.provider_code, z.entry_id, message, object);
      op.Audit("housekeeping.non_use", object, "", core.DigestOf(object + "|" + since.ToIso()), message);
      r.non_use_noticed.push_back(std::move(z));
    }
    // The holiday schedule: this year's when missing, next year's from November 1.
    const std::string warned = core.S().GetMeta(kMetaCalendarWarned).value_or("");
    core.WarnIfNextYearMissing();
    const std::string now_warned = core.S().GetMeta(kMetaCalendarWarned).value_or("");
    if (now_warned != warned) {
      r.calendar_warned = std::stoi(now_warned);
      op.Audit("housekeeping.calendar", "calendar:" + now_warned, "", core.DigestOf(now_warned),
               PlatformCore::MissingYearWarning(*r.calendar_warned));
    }
    if (r.overdue_noticed.empty() && r.non_use_noticed.empty() && !r.calendar_warned) {
      op.NoAuditRecord("nothing was due");
    }
  });
  return r;
}

}  // namespace govshare
