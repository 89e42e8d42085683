// The A31 rates and the score of an inspection (docs/supervision.md, "Scoring
// model"): storage-free, the one definition the library, the report and the
// bindings share. The clauses quoted are 《南通市政务信息资源共享实施细则》
// (2020) 第三十一条, 第八条 and 第三十二条.
#include "supervision/rates.h"

#include <algorithm>
#include <cmath>

namespace govshare {
namespace supervision {
namespace {

SupervisionRate Measured(double value) { return {true, std::clamp(value, 0.0, 1.0)}; }

// part / whole inside a metric that is measured anyway: a whole of 0 is
// nothing wrong (e.g. entries without items describe every item they have).
double Share(int part, int whole) { return whole > 0 ? static_cast<double>(part) / whole : 1.0; }

void Add(StepTimeliness& into, const StepTimeliness& s) {
  into.completed += s.completed;
  into.on_time += s.on_time;
  into.overdue_now += s.overdue_now;
}

}  // namespace

SupervisionRate RateOf(int part, int whole) {
  return whole > 0 ? Measured(static_cast<double>(part) / whole) : SupervisionRate{};
}

SupervisionRates RatesOf(const DepartmentInspection& d) {
  SupervisionRates r;
  // A31 (1) 信息资源目录清单完整性，信息资源目录共享开放要素的完整性: the mean of
  // the complete-entry rate and the described-item rate. Always measured: a
  // department that published no catalog has an incomplete one (漏编, A10),
  // rate 0 — not a catalog with nothing to judge.
  r.completeness = Measured(
      d.entries > 0 ? (Share(d.complete_entries, d.entries) + Share(d.described_items, d.items)) / 2 : 0.0);
  // A31 (2) 信息资源目录内容的准确性…对不符合要求的内容是否及时进行修改完善 and
  // (6) 已发布政务信息资源的准确性和完整性…是否及时进行修改完善: 1 − upheld
  // objections / entries, averaged — when anything was found wrong — with the
  // share fixed promptly: rejected versions revised within the policy's days
  // (2) and confirmed objections corrected within the check deadline (6), over
  // revisions due and objections upheld. Measured with entries or anything
  // found wrong.
  const int upheld = d.objections_upheld;
  const int found_wrong = upheld + d.revisions_due;
  if (d.entries > 0 || found_wrong > 0) {
    double accuracy = 1.0 - std::min(1.0, d.entries > 0 ? static_cast<double>(upheld) / d.entries : 0.0);
    if (found_wrong > 0) accuracy = (accuracy + Share(d.corrections_on_time + d.revisions_on_time, found_wrong)) / 2;
    r.accuracy = Measured(accuracy);
  }
  // A31 (3) 是否根据相关政策、文件及时更新…信息资源目录: A11 obligations
  // fulfilled on time / obligations due in the period.
  r.updates = RateOf(d.obligations_on_time, d.obligations_due);
  // A31 (4) 是否根据信息资源目录的共享、开放属性及时对接并发布相关政务信息资源:
  // connected / shared entries.
  r.publication = RateOf(d.connected_entries, d.shared_entries);
  // A31 (5) 是否根据信息资源目录更新周期属性及时更新已发布的政务信息资源:
  // fresh / connected resources.
  r.freshness = RateOf(d.connected_entries - d.stale_entries, d.connected_entries);
  // A31 (7) 资源申请响应的及时性，是否在规定时限内完成政务信息资源的审批和授权:
  // approval steps (A21–A23) on time / (completed + overdue now).
  r.timeliness = RateOf(d.steps_on_time, d.steps_completed + d.steps_overdue_now);
  // Not scored. A8 无条件共享、有条件共享类…组成部门政务信息资源共享目录:
  // shared / entries.
  r.sharing = RateOf(d.shared_entries, d.entries);
  // A32 立项申请前应预编信息资源目录…接入市政务数据共享交换平台作为项目验收要求:
  // compliant / approved projects.
  r.projects = RateOf(d.projects_compliant, d.projects);
  return r;
}

SupervisionRate OnTimeRate(const StepTimeliness& s) { return RateOf(s.on_time, s.completed + s.overdue_now); }

StepClause ClauseOf(StepKind kind) {
  switch (kind) {
    // A31 (七) 是否在规定时限内完成政务信息资源的审批和授权: A21 受理, A22, A23 授权.
    case StepKind::kFormCheck:
    case StepKind::kProviderDecision:
    case StepKind::kPlatformDecision: return StepClause::kTimeliness;
    // A31 (二) 对不符合要求的内容是否及时进行修改完善.
    case StepKind::kCatalogRevision: return StepClause::kCatalogRevision;
    // A31 (六), counted once: by the objection it resolves.
    case StepKind::kObjectionCheck: return StepClause::kObjections;
    // A25 is neither an approval (七) nor a correction (二)(六).
    case StepKind::kDemandResponse:
    case StepKind::kDemandPublication: return StepClause::kNotScored;
    // N22 delivery: shown; A31 scores approvals, not deliveries (N39 (4) is
    // the national liability for a late one).
    case StepKind::kDelivery: return StepClause::kNotScored;
    // N17's review of an updated catalog is the bureau's own (N41 (三)), not an A31 clause.
    case StepKind::kCatalogReview: return StepClause::kNotScored;
    // N27 disposal is the consumer's duty (N40 (四)), not an A31 clause.
    case StepKind::kDisposal: return StepClause::kNotScored;
    // N27 rectification of a misuse: the misuse itself is the N40 (二)(三) finding.
    case StepKind::kRectification: return StepClause::kNotScored;
    // N28 the bureau's coordination (N41 (二)), not an A31 clause.
    case StepKind::kDisputeCoordination: return StepClause::kNotScored;
  }
  return StepClause::kNotScored;
}

const std::array<ScoredMetric, 6>& ScoredMetrics() {
  static const std::array<ScoredMetric, 6> kMetrics = {{
      {"completeness", "A31(1)", &SupervisionRates::completeness, &SupervisionWeights::completeness},
      {"accuracy", "A31(2)(6)", &SupervisionRates::accuracy, &SupervisionWeights::accuracy},
      {"updates", "A31(3)", &SupervisionRates::updates, &SupervisionWeights::updates},
      {"publication", "A31(4)", &SupervisionRates::publication, &SupervisionWeights::publication},
      {"freshness", "A31(5)", &SupervisionRates::freshness, &SupervisionWeights::freshness},
      {"timeliness", "A31(7)", &SupervisionRates::timeliness, &SupervisionWeights::timeliness},
  }};
  return kMetrics;
}

double Score(const SupervisionRates& rates, const SupervisionWeights& weights) {
  double sum = 0, weight = 0;
  for (const ScoredMetric& m : ScoredMetrics()) {
    const SupervisionRate& rate = rates.*(m.rate);
    const double w = weights.*(m.weight);
    if (!rate.measured || w <= 0) continue;
    sum += w * rate.value;
    weight += w;
  }
  return weight > 0 ? std::round(1000.0 * sum / weight) / 10.0 : 0.0;
}

std::vector<StepTimeliness> NoSteps() {
  std::vector<StepTimeliness> steps;
  for (int k = static_cast<int>(StepKind::kFormCheck); k <= static_cast<int>(StepKind::kDisputeCoordination); ++k) {
    StepTimeliness s;
    s.kind = static_cast<StepKind>(k);
    steps.push_back(s);
  }
  return steps;
}

namespace {

// The rates of `d`'s figures and of its steps; share_ratio is the A8 rate.
void FillRates(DepartmentInspection& d) {
  d.rates = RatesOf(d);
  d.share_ratio = d.rates.sharing.value;
  for (StepTimeliness& s : d.steps) s.on_time_rate = OnTimeRate(s);
}

}  // namespace

void Evaluate(DepartmentInspection& d, const SupervisionWeights& weights) {
  FillRates(d);
  d.score = Score(d.rates, weights);
}

void Rank(std::vector<DepartmentInspection>& departments) {
  std::stable_sort(departments.begin(), departments.end(),
                   [](const DepartmentInspection& a, const DepartmentInspection& b) {
                     if (a.score != b.score) return a.score > b.score;
                     return a.department_code < b.department_code;
                   });
  for (size_t i = 0; i < departments.size(); ++i) departments[i].rank = static_cast<int>(i + 1);
}

DepartmentInspection CityOf(const std::vector<DepartmentInspection>& departments) {
  DepartmentInspection city;
  city.department_name = "全市";
  city.steps = NoSteps();
  double score_sum = 0;
  for (const DepartmentInspection& d : departments) {
    score_sum += d.score;
    city.entries += d.entries;
    city.complete_entries += d.complete_entries;
    city.items += d.items;
    city.described_items += d.described_items;
    city.shared_entries += d.shared_entries;
    city.not_shared_entries += d.not_shared_entries;
    city.not_shared_with_basis += d.not_shared_with_basis;
    city.obligations_due += d.obligations_due;
    city.obligations_on_time += d.obligations_on_time;
    city.obligations_overdue_now += d.obligations_overdue_now;
    city.connected_entries += d.connected_entries;
    city.stale_entries += d.stale_entries;
    city.objections_upheld += d.objections_upheld;
    city.objections_rejected += d.objections_rejected;
    city.objections_open += d.objections_open;
    city.corrections_on_time += d.corrections_on_time;
    city.revisions_due += d.revisions_due;
    city.revisions_on_time += d.revisions_on_time;
    city.revisions_overdue_now += d.revisions_overdue_now;
    city.steps_completed += d.steps_completed;
    city.steps_on_time += d.steps_on_time;
    city.steps_overdue_now += d.steps_overdue_now;
    city.projects += d.projects;
    city.projects_compliant += d.projects_compliant;
    for (size_t k = 0; k < d.steps.size() && k < city.steps.size(); ++k) Add(city.steps[k], d.steps[k]);
  }
  FillRates(city);
  city.score = departments.empty()
                   ? 100.0
                   : std::round(10.0 * score_sum / static_cast<double>(departments.size())) / 10.0;
  return city;
}

void SetCityUsage(DepartmentInspection& city, const DepartmentInspection& all) {
  city.decisions = all.decisions;
  city.decisions_allowed = all.decisions_allowed;
  city.decisions_refused = all.decisions_refused;
  city.deliveries = all.deliveries;
  city.comparisons = all.comparisons;
  city.comparisons_matched = all.comparisons_matched;
}

}  // namespace supervision
}  // namespace govshare
