// Internal: the A31 rates, the score, the ranking and the city of an
// inspection — every rule of docs/supervision.md ("Scoring model") in one
// place, as storage-free code (part of govshare_core: no database). Inspect
// counts the figures (inspect.cpp) and hands them here; the results travel in
// the public DepartmentInspection (rates, score, rank), so the report and the
// bindings read them and never recompute them.
#ifndef GOVSHARE_SRC_SUPERVISION_RATES_H_
#define GOVSHARE_SRC_SUPERVISION_RATES_H_

#include <array>
#include <vector>

#include "govshare/supervision.h"

namespace govshare {
namespace supervision {

/// part / whole, measured when whole > 0 (nothing to measure otherwise).
SupervisionRate RateOf(int part, int whole);

/// Every rate of a department's (or the city's) figures; see SupervisionRates.
SupervisionRates RatesOf(const DepartmentInspection& d);

/// A31 (7) for one kind of step: on time / (completed + overdue now).
SupervisionRate OnTimeRate(const StepTimeliness& s);

/// One scored metric: its name (a SupervisionWeights and SupervisionRates
/// field, and the report's JSON key), its clause, its rate and its weight.
struct ScoredMetric {
  const char* name;
  const char* clause;
  SupervisionRate SupervisionRates::*rate;
  double SupervisionWeights::*weight;
};

/// The six scored metrics, in the order of SupervisionWeights.
const std::array<ScoredMetric, 6>& ScoredMetrics();

/// 100 × Σ weight × rate / Σ weight over the measured metrics with a weight
/// above 0, rounded to one decimal; 0 when no weighed metric is measured.
double Score(const SupervisionRates& rates, const SupervisionWeights& weights);

/// One entry per StepKind (form check … catalog revision), all counts 0.
std::vector<StepTimeliness> NoSteps();

/// Fills every rate of `d` (its steps' too) from its figures, and its score.
void Evaluate(DepartmentInspection& d, const SupervisionWeights& weights);

/// Which clause a kind of step is judged under: A31 (7) for the approval
/// steps (A21 form check, A22, A23 decisions), A31 (2) for the catalog
/// revision, A31 (6) for the objection check (through the objections it
/// resolves, CollectObjections), none (shown, not scored: "A25") for the
/// demand answer and publication.
enum class StepClause { kTimeliness, kCatalogRevision, kObjections, kNotScored };
StepClause ClauseOf(StepKind kind);

/// Sorts best first (score, then credit code ascending) and numbers the ranks
/// from 1.
void Rank(std::vector<DepartmentInspection>& departments);

/// The city as a whole: every figure summed over `departments`, the rates of
/// the sums, the score the mean of the departments' scores (one decimal; 100
/// when there are none), rank 0, no findings.
DepartmentInspection CityOf(const std::vector<DepartmentInspection>& departments);
/// The city's use of data (A28) is every usage line of the period (`all`),
/// not the departments' sum: it includes county departments' accesses and
/// refusals no department is known for (an unknown user, a role that may not
/// use data), so it equals the usage log line for line.
void SetCityUsage(DepartmentInspection& city, const DepartmentInspection& all);

}  // namespace supervision
}  // namespace govshare

#endif  // GOVSHARE_SRC_SUPERVISION_RATES_H_
