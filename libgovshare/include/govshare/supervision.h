// libgovshare — supervision (A31–A33): the bureau's periodic inspection of
// every department (A31 (1)–(7)), projects (A32), scores and a ranking, and
// rectification notices that escalate to a written notice (A33). The
// operations are on Platform (platform.h); docs/supervision.md describes the
// metrics and the scoring model.
#ifndef GOVSHARE_SUPERVISION_H_
#define GOVSHARE_SUPERVISION_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "govshare/calendar.h"
#include "govshare/export.h"
#include "govshare/sharing.h"

namespace govshare {

// ---- inputs the inspection reads -----------------------------------------------------

/// An IT project of a department (A32): its catalog must be compiled before
/// approval; its resources connected to the platform at acceptance.
struct GOVSHARE_EXPORT Project {
  std::int64_t id = 0;
  std::string department_code;
  std::string name;
  /// When the project was approved (立项) and accepted (验收), if yet.
  std::optional<Date> approved_on;
  std::optional<Date> accepted_on;
  /// Catalog entries compiled for the project (预编信息资源目录).
  std::vector<std::int64_t> entry_ids;
};

// ---- the inspection --------------------------------------------------------------------

/// Weights of the score (docs/supervision.md); each metric is a rate in
/// [0, 1]; metrics with nothing to measure are left out and the weights of the
/// others scaled up. Defaults sum to 100.
struct GOVSHARE_EXPORT SupervisionWeights {
  double completeness = 15;  ///< A31 (1): entries complete (no errors), items described
  double accuracy = 15;      ///< A31 (2), (6): objections upheld; rejected versions and confirmed objections fixed on time
  double updates = 15;       ///< A31 (3): catalog updates after policy changes and census on time
  double publication = 15;   ///< A31 (4): shared entries whose resource is connected
  double freshness = 15;     ///< A31 (5): connected resources refreshed within their cycle
  double timeliness = 25;    ///< A31 (7): approval steps (A21–A23) completed on time, none overdue
};

/// A problem found, with the clause it falls under.
struct GOVSHARE_EXPORT SupervisionFinding {
  /// e.g. `A31(5)`, `A32`.
  std::string clause;
  /// The matching A33 ground for a rectification notice (1–6; 0 when none).
  int a33_ground = 0;
  std::string object;  ///< `entry:12`, `application:3`, `project:2`, or empty
  std::string message_zh;
  /// The national liability item the conduct falls under, e.g. `N39(4)`
  /// 未按时答复政务数据共享申请 (N39–N41), when the period missed was the
  /// national regulation's; empty otherwise.
  std::string liability;
  std::string liability_zh;
};

/// One rate of an inspection, in [0, 1] (docs/supervision.md, "Scoring
/// model"). Computed by Inspect from the figures beside it; hosts (the report,
/// the bindings) read it rather than recompute it.
struct GOVSHARE_EXPORT SupervisionRate {
  /// False when there was nothing to measure: the metric is left out of the
  /// score, and a report shows it as "—".
  bool measured = false;
  /// In [0, 1]; 0 when not measured.
  double value = 0;
};

/// The rates behind a department's score, one per SupervisionWeights field,
/// and two shown beside them that are not scored (A8, A32).
struct GOVSHARE_EXPORT SupervisionRates {
  SupervisionRate completeness;  ///< A31 (1): always measured (no catalog published: 0)
  SupervisionRate accuracy;      ///< A31 (2), (6): with entries, upheld objections or revisions due
  SupervisionRate updates;       ///< A31 (3): with obligations due
  SupervisionRate publication;   ///< A31 (4): with shared entries
  SupervisionRate freshness;     ///< A31 (5): with connected resources
  SupervisionRate timeliness;    ///< A31 (7): with approval steps (A21–A23) completed or overdue now
  SupervisionRate sharing;       ///< A8: share_ratio, measured with entries; not scored
  SupervisionRate projects;      ///< A32: compliant / approved projects; not scored
};

/// On-time figures of one kind of step. Every kind is shown; only the
/// approval steps (A21–A23) make A31 (7) (steps_completed …); the catalog
/// revision makes A31 (2) (revisions_due …); objection checks are judged in
/// A31 (6) by the objections they resolve; demand answers (A25) are shown,
/// not scored (docs/supervision.md).
struct GOVSHARE_EXPORT StepTimeliness {
  StepKind kind = StepKind::kFormCheck;
  int completed = 0;
  int on_time = 0;
  /// Pending past the deadline at the end of the period.
  int overdue_now = 0;
  /// on_time / (completed + overdue_now); not measured when both are 0.
  SupervisionRate on_time_rate;
};

/// One department's inspection.
struct GOVSHARE_EXPORT DepartmentInspection {
  std::string department_code;
  std::string department_name;
  // A31 (1): the catalog.
  int entries = 0;             ///< published entries
  int complete_entries = 0;    ///< without validation errors, every item described
  int items = 0;
  int described_items = 0;
  // A8: sharing.
  int shared_entries = 0;      ///< unconditional or conditional
  int not_shared_entries = 0;
  int not_shared_with_basis = 0;
  double share_ratio = 0;      ///< shared / entries; 0 with no entries (rates.sharing.measured says)
  // A31 (3): obligations due in the period.
  int obligations_due = 0;
  int obligations_on_time = 0;
  int obligations_overdue_now = 0;
  bool census_done = false;    ///< the census of the period's year fulfilled
  // A31 (4), (5): resources.
  int connected_entries = 0;   ///< shared entries with a refresh reported
  int stale_entries = 0;       ///< connected, not refreshed within the update cycle at the period's end
  // A31 (2), (6): accuracy.
  int objections_upheld = 0;   ///< objections on its entries resolved as corrected in the period
  int objections_rejected = 0;
  int objections_open = 0;
  int corrections_on_time = 0; ///< upheld ones corrected within the check deadline
  // A31 (2): catalog versions the bureau rejected (A10), to be revised and
  // submitted again within SharingPolicy::unrevised_rejection_days.
  int revisions_due = 0;          ///< revised in the period, or unrevised past the deadline now
  int revisions_on_time = 0;      ///< revised within the deadline
  int revisions_overdue_now = 0;  ///< still unrevised past the deadline
  // Every kind of step, one StepTimeliness each (StepKind order).
  std::vector<StepTimeliness> steps;
  // A31 (7): the approval steps (A21 form check, A22 provider, A23 platform decision).
  int steps_completed = 0;
  int steps_on_time = 0;
  int steps_overdue_now = 0;
  // A28, A30: the department's use of shared data in the period, counted
  // from the usage log (the department as the consumer). For the city, every
  // line of the period — also county departments' and refusals no department
  // is known for (an unknown user) — so it equals the usage log. The demo and
  // the report print these; nobody counts twice.
  int decisions = 0;            ///< access decisions (Decide): allowed + refused
  int decisions_allowed = 0;
  int decisions_refused = 0;
  int deliveries = 0;           ///< deliveries through a decision (Filter)
  int comparisons = 0;          ///< comparisons (Compare, A8 数据比对), allowed or refused
  int comparisons_matched = 0;  ///< of them, every field matched
  // A32: projects.
  int projects = 0;
  int projects_compliant = 0;
  // The rates behind the score (each with its clause), the score (0–100) and
  // rank (1 = best). For the city the rates are those of the summed figures.
  SupervisionRates rates;
  double score = 0;
  int rank = 0;
  std::vector<SupervisionFinding> findings;
};

/// The inspection of a period, per department and city-wide.
struct GOVSHARE_EXPORT InspectionReport {
  Date from;
  Date to;
  LocalDateTime generated_at;
  std::string calendar_version;
  /// The rules the period's acts were judged by, national above local
  /// (TextsInForce): each deadline by the rules of its act's day.
  std::vector<std::string> rules;
  SupervisionWeights weights;
  /// Ranked, best first.
  std::vector<DepartmentInspection> departments;
  /// The city as a whole (departments summed; score = the mean).
  DepartmentInspection city;
  /// The platform calendar's warning (CalendarState::warning): next year's
  /// holiday schedule missing, provisional deadlines open. Empty when fine.
  std::string calendar_warning;
};

// ---- rectification (A33) -----------------------------------------------------------------

enum class RectificationStatus {
  kOpen = 1,       ///< notified; within its deadline
  kOverdue = 2,    ///< past its deadline, not yet escalated
  kEscalated = 3,  ///< past its deadline: a written notice (书面通报) was issued
  kResolved = 4,   ///< the department rectified; the bureau recorded it
};

struct GOVSHARE_EXPORT RectificationInput {
  std::string department_code;
  /// Which of A33 (1)–(6).
  int a33_ground = 6;
  std::string description;
  /// The object concerned (a finding's object), optional.
  std::string object;
  /// Working days to rectify (1..60).
  int working_days = 10;
};

struct GOVSHARE_EXPORT Rectification {
  std::int64_t id = 0;
  std::int64_t row_version = 0;
  RectificationInput notice;
  std::string issued_by;
  LocalDateTime issued_at;
  Deadline due;
  RectificationStatus status = RectificationStatus::kOpen;
  std::optional<LocalDateTime> escalated_at;
  std::string resolution;
  std::optional<LocalDateTime> resolved_at;
  std::string resolved_by;
};

GOVSHARE_EXPORT std::string ToString(RectificationStatus value);
GOVSHARE_EXPORT std::string ChineseLabel(RectificationStatus value);

}  // namespace govshare

#endif  // GOVSHARE_SUPERVISION_H_
