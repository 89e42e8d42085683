// libgovshare — what the rules need done on a schedule (docs/housekeeping.md):
// one idempotent run, for cron or a systemd timer (`govshare housekeeping`),
// Platform::RunHousekeeping.
#ifndef GOVSHARE_HOUSEKEEPING_H_
#define GOVSHARE_HOUSEKEEPING_H_

#include <optional>
#include <vector>

#include "govshare/calendar.h"
#include "govshare/catalog.h"
#include "govshare/export.h"
#include "govshare/platform_types.h"
#include "govshare/sharing.h"
#include "govshare/supervision.h"

namespace govshare {

/// What one housekeeping run did. A second run at the same time finds
/// nothing left to do: every list is empty and nothing changed.
struct GOVSHARE_EXPORT HousekeepingReport {
  /// The platform's time of the run.
  LocalDateTime ran_at;
  /// A26 期满后需重新申请: authorizations whose period ran out, their expiry
  /// recorded (the consumer notified; a disposal step opened, N27).
  std::vector<Authorization> expired;
  /// A26 三个月以上未使用: authorizations newly revocable for non-use, each
  /// made known to its provider once (a notice; revoking stays the provider's).
  std::vector<Authorization> non_use_noticed;
  /// A19 跟踪, A31 (7): pending steps newly past their deadline, each made
  /// known once to the department that must act and to the bureau.
  std::vector<ProcessStep> overdue_noticed;
  /// A33 书面通报: rectifications past their deadline, escalated.
  std::vector<Rectification> escalated;
  /// A11 每年: the year's census obligations opened for departments without one.
  std::vector<Obligation> census_scheduled;
  /// The year whose missing holiday schedule the bureau was warned of by this
  /// run (this year's when missing, next year's from November 1), if any.
  std::optional<int> calendar_warned;
  /// True when the run changed the platform.
  bool changed() const {
    return !expired.empty() || !non_use_noticed.empty() || !overdue_noticed.empty() || !escalated.empty() ||
           !census_scheduled.empty() || calendar_warned.has_value();
  }
};

}  // namespace govshare

#endif  // GOVSHARE_HOUSEKEEPING_H_
