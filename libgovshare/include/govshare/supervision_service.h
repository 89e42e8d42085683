// libgovshare — supervision on the platform: refresh reports, projects, inspections with scores and rankings, rectification (A31–A33).
//
// A facade of the platform handle: obtain it with `platform->supervision()`;
// it shares the handle's state (copies are cheap, every copy is the same
// platform); once the handle is closed — Close() or its last reference
// dropped — its calls throw the storage error. Every operation takes the acting user
// (`actor`, a user id) and runs in one transaction under the permission
// table (docs/permissions.md); what the actor may not do is refused with the
// permission error and changes nothing. docs/architecture.md.
#ifndef GOVSHARE_SUPERVISION_SERVICE_H_
#define GOVSHARE_SUPERVISION_SERVICE_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "govshare/export.h"
#include "govshare/platform_types.h"
#include "govshare/supervision.h"

namespace govshare {

class PlatformCore;

class GOVSHARE_EXPORT SupervisionService {
 public:
  // ---- supervision (A31–A33) ----------------------------------------------------------------
  /// The provider reports a refresh of a published entry's data (A31 (5)):
  /// the resource is connected, and fresh for one update cycle.
  void ReportRefresh(const std::string& actor, std::int64_t entry_id);
  /// Records (id 0) or updates a department's IT project (A32): the
  /// department's administrator or the bureau administrator.
  Project SaveProject(const std::string& actor, const Project& project);
  std::vector<Project> Projects(const std::string& actor, const std::string& department_code) const;
  /// Inspects every department over [from, to] (A31 (1)–(7), A32): metrics,
  /// findings, scores and a ranking (the bureau, auditors). docs/supervision.md.
  InspectionReport Inspect(const std::string& actor, const Date& from, const Date& to,
                           const SupervisionWeights& weights) const;
  InspectionReport Inspect(const std::string& actor, const Date& from, const Date& to) const;
  /// The bureau notifies a department to rectify (A33), with a deadline in
  /// working days.
  Rectification IssueRectification(const std::string& actor, const RectificationInput& notice);
  /// Issues the written notice (书面通报) for every rectification past its
  /// deadline (A33); returns them.
  std::vector<Rectification> EscalateRectifications(const std::string& actor);
  /// The bureau records that a department rectified.
  Rectification ResolveRectification(const std::string& actor, std::int64_t rectification_id,
                                     std::int64_t row_version, const std::string& resolution);
  /// Rectifications of a department (empty: all the actor may see).
  std::vector<Rectification> Rectifications(const std::string& actor, const std::string& department_code) const;

 private:
  friend class Platform;
  explicit SupervisionService(std::shared_ptr<PlatformCore> core);
  std::shared_ptr<PlatformCore> impl_;
};

}  // namespace govshare

#endif  // GOVSHARE_SUPERVISION_SERVICE_H_
