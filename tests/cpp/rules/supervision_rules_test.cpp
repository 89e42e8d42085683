// The A31 rates and the score (supervision/rates.h, docs/supervision.md
// "Scoring model"), without a database: each metric's edge cases — nothing to
// measure, all on time, none, rounding —, the weights, a department with no
// entries, the ranking and the city. 《南通市政务信息资源共享实施细则》第三十一条：
// 市大数据管理局…定期对政务部门信息资源编目、资源发布、数据更新、审批授权等情况进行检查.
#include <gtest/gtest.h>

#include <iterator>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "govshare/supervision.h"
#include "govshare/error.h"
#include "supervision/rates.h"
#include "supervision/rules.h"

namespace govshare {
namespace {

using supervision::CityOf;
using supervision::Evaluate;
using supervision::NoSteps;
using supervision::OnTimeRate;
using supervision::Rank;
using supervision::RateOf;
using supervision::RatesOf;
using supervision::Score;
using supervision::ScoredMetrics;

constexpr double kNotMeasured = -1;  // in the tables: the rate is not measured

std::string Show(const SupervisionRate& r) { return r.measured ? std::to_string(r.value) : "not measured"; }

void ExpectRate(const SupervisionRate& got, double want, const std::string& row) {
  if (want == kNotMeasured) {
    EXPECT_FALSE(got.measured) << row << ": " << Show(got);
    EXPECT_EQ(got.value, 0.0) << row;
  } else {
    EXPECT_TRUE(got.measured) << row;
    EXPECT_NEAR(got.value, want, 1e-12) << row;
  }
}

SupervisionRate Rate(double value) { return {true, value}; }

// ---- the parts ------------------------------------------------------------------------------

TEST(SupervisionRules, RateOfIsPartOverWholeInZeroToOne) {
  struct Row {
    int part, whole;
    double want;
  };
  const Row rows[] = {
      {0, 0, kNotMeasured},  // nothing to measure
      {3, 0, kNotMeasured},
      {0, 5, 0.0},           // none
      {5, 5, 1.0},           // all
      {1, 3, 1.0 / 3},
      {2, 3, 2.0 / 3},
      {7, 5, 1.0},           // clamped: never above 1
      {-1, 5, 0.0},          // clamped: never below 0
  };
  for (const Row& r : rows) {
    ExpectRate(RateOf(r.part, r.whole), r.want, std::to_string(r.part) + "/" + std::to_string(r.whole));
  }
}

// ---- each metric, with its clause -------------------------------------------------------------

// A31 (一) 信息资源目录清单完整性，信息资源目录共享开放要素的完整性、分类的科学性、
// 名称的规范性: the mean of complete entries / entries and described items /
// items. Always measured — no catalog published is an incomplete catalog (漏编,
// A10: 不得瞒编、漏编、错编), rate 0.
TEST(SupervisionRules, CompletenessIsAlwaysMeasuredAndZeroWithoutACatalog) {
  struct Row {
    const char* what;
    int entries, complete, items, described;
    double want;
  };
  const Row rows[] = {
      {"no entries: an incomplete catalog", 0, 0, 0, 0, 0.0},
      {"all complete, all described", 2, 2, 10, 10, 1.0},
      {"none complete, none described", 3, 0, 12, 0, 0.0},
      {"half complete, half described", 2, 1, 10, 5, 0.5},
      {"items described but entries invalid", 4, 0, 8, 8, 0.5},
      {"entries without items describe all they have", 1, 1, 0, 0, 1.0},
      {"one of three complete, 2 of 3 items", 3, 1, 3, 2, (1.0 / 3 + 2.0 / 3) / 2},
  };
  for (const Row& r : rows) {
    DepartmentInspection d;
    d.entries = r.entries;
    d.complete_entries = r.complete;
    d.items = r.items;
    d.described_items = r.described;
    ExpectRate(RatesOf(d).completeness, r.want, r.what);
  }
}

// A31 (二) 信息资源目录内容的准确性和完整性，对不符合要求的内容是否及时进行修改完善;
// (六) 已发布政务信息资源的准确性和完整性，对不符合要求的政务信息资源是否及时进行修改完善:
// 1 − upheld objections / entries (at least 0), averaged with corrections on
// time / upheld when any were upheld. Measured with entries or upheld objections.
TEST(SupervisionRules, AccuracyFromUpheldObjectionsAndTimelyCorrections) {
  struct Row {
    const char* what;
    int entries, upheld, on_time;
    double want;
  };
  const Row rows[] = {
      {"no entries, nothing upheld: nothing to measure", 0, 0, 0, kNotMeasured},
      {"entries, nothing upheld", 10, 0, 0, 1.0},
      {"2 of 10 upheld, corrected on time", 10, 2, 2, (0.8 + 1.0) / 2},
      {"2 of 10 upheld, none corrected on time", 10, 2, 0, (0.8 + 0.0) / 2},
      {"2 of 10 upheld, 1 on time", 10, 2, 1, (0.8 + 0.5) / 2},
      {"more upheld than entries: the first part is 0, not negative", 2, 5, 5, (0.0 + 1.0) / 2},
      {"upheld without entries (now withdrawn): only the on-time part lowers it", 0, 1, 0, (1.0 + 0.0) / 2},
  };
  for (const Row& r : rows) {
    DepartmentInspection d;
    d.entries = r.entries;
    d.objections_upheld = r.upheld;
    d.corrections_on_time = r.on_time;
    ExpectRate(RatesOf(d).accuracy, r.want, r.what);
  }
}

// A31 (二) 信息资源目录内容的准确性和完整性，对不符合要求的内容是否及时进行修改完善: content
// found wrong and not revised promptly — versions the bureau rejected (A10) and
// not revised within SharingPolicy::unrevised_rejection_days — lowers the
// promptness half together with objections corrected late (六). The old rate
// saw only objections: a department that left every rejection unrevised read 1.
TEST(SupervisionRules, AccuracyCountsRejectedVersionsLeftUnrevised) {
  struct Row {
    const char* what;
    int entries, upheld, corrected_on_time, revisions_due, revised_on_time;
    double want;
  };
  const Row rows[] = {
      {"nothing found wrong", 10, 0, 0, 0, 0, 1.0},
      {"2 rejections revised on time", 10, 0, 0, 2, 2, (1.0 + 1.0) / 2},
      {"2 rejections, neither revised in time", 10, 0, 0, 2, 0, (1.0 + 0.0) / 2},
      {"1 of 2 rejections revised in time", 10, 0, 0, 2, 1, (1.0 + 0.5) / 2},
      {"an objection corrected late and a rejection revised on time", 10, 1, 0, 1, 1, (0.9 + 0.5) / 2},
      {"no published entry yet, a first draft left unrevised", 0, 0, 0, 1, 0, (1.0 + 0.0) / 2},
  };
  for (const Row& r : rows) {
    DepartmentInspection d;
    d.entries = r.entries;
    d.objections_upheld = r.upheld;
    d.corrections_on_time = r.corrected_on_time;
    d.revisions_due = r.revisions_due;
    d.revisions_on_time = r.revised_on_time;
    ExpectRate(RatesOf(d).accuracy, r.want, r.what);
  }
}

// Which clause judges each kind of step, counted once: A31 (七) 是否在规定时限内完成
// 政务信息资源的审批和授权 — the A21 form check and the A22/A23 decisions only; the
// catalog revision is (二); the A29 objection check is (六), judged by the
// objection it resolves; the A25 demand answers are neither 审批和授权 nor 修改完善,
// shown and not scored; nor is the N22 delivery (a national duty, not an A31
// clause).
TEST(SupervisionRules, EachKindOfStepIsJudgedUnderOneClause) {
  using supervision::ClauseOf;
  using C = supervision::StepClause;
  const std::pair<StepKind, C> rows[] = {
      {StepKind::kFormCheck, C::kTimeliness},          {StepKind::kProviderDecision, C::kTimeliness},
      {StepKind::kPlatformDecision, C::kTimeliness},   {StepKind::kDemandResponse, C::kNotScored},
      {StepKind::kDemandPublication, C::kNotScored},   {StepKind::kObjectionCheck, C::kObjections},
      {StepKind::kCatalogRevision, C::kCatalogRevision}, {StepKind::kDelivery, C::kNotScored},
      {StepKind::kCatalogReview, C::kNotScored},       {StepKind::kDisposal, C::kNotScored},
      {StepKind::kRectification, C::kNotScored},       {StepKind::kDisputeCoordination, C::kNotScored},
  };
  ASSERT_EQ(std::size(rows), NoSteps().size());  // every kind has its row
  for (const auto& [kind, clause] : rows) EXPECT_EQ(ClauseOf(kind), clause) << ToString(kind);
}

// The four part/whole metrics:
// A31 (三) 是否根据相关政策、文件及时更新、调整、补充、完善信息资源目录 — A11
//   obligations fulfilled on time / due in the period;
// A31 (四) 是否根据信息资源目录的共享、开放属性及时对接并发布相关政务信息资源 —
//   connected / shared entries;
// A31 (五) 是否根据信息资源目录更新周期属性及时更新已发布的政务信息资源 — fresh /
//   connected resources;
// A31 (七) 资源申请响应的及时性，是否在规定时限内完成政务信息资源的审批和授权 — steps
//   on time / (completed + overdue now): a step still pending past its deadline
//   counts against.
TEST(SupervisionRules, UpdatesPublicationFreshnessTimeliness) {
  struct Row {
    const char* what;
    int due, fulfilled_on_time;         // A31 (3)
    int shared, connected, stale;       // A31 (4), (5)
    int completed, on_time, overdue;    // A31 (7)
    double updates, publication, freshness, timeliness;
  };
  const Row rows[] = {
      {"nothing to measure", 0, 0, 0, 0, 0, 0, 0, 0, kNotMeasured, kNotMeasured, kNotMeasured, kNotMeasured},
      {"all on time", 3, 3, 4, 4, 0, 5, 5, 0, 1.0, 1.0, 1.0, 1.0},
      {"none", 3, 0, 4, 0, 0, 5, 0, 0, 0.0, 0.0, kNotMeasured, 0.0},
      {"connected, all stale", 0, 0, 4, 4, 4, 0, 0, 0, kNotMeasured, 1.0, 0.0, kNotMeasured},
      {"only overdue steps", 0, 0, 0, 0, 0, 0, 0, 2, kNotMeasured, kNotMeasured, kNotMeasured, 0.0},
      {"partly", 3, 2, 4, 1, 0, 2, 1, 2, 2.0 / 3, 0.25, 1.0, 0.25},
      {"thirds", 0, 0, 3, 3, 1, 3, 1, 0, kNotMeasured, 1.0, 2.0 / 3, 1.0 / 3},
  };
  for (const Row& r : rows) {
    DepartmentInspection d;
    d.obligations_due = r.due;
    d.obligations_on_time = r.fulfilled_on_time;
    d.shared_entries = r.shared;
    d.connected_entries = r.connected;
    d.stale_entries = r.stale;
    d.steps_completed = r.completed;
    d.steps_on_time = r.on_time;
    d.steps_overdue_now = r.overdue;
    const SupervisionRates rates = RatesOf(d);
    const std::string row = r.what;
    ExpectRate(rates.updates, r.updates, row + ": updates");
    ExpectRate(rates.publication, r.publication, row + ": publication");
    ExpectRate(rates.freshness, r.freshness, row + ": freshness");
    ExpectRate(rates.timeliness, r.timeliness, row + ": timeliness");
  }
}

// A31 (7) per kind of step: on time / (completed + overdue now).
TEST(SupervisionRules, OnTimeRatePerKindOfStep) {
  struct Row {
    int completed, on_time, overdue;
    double want;
  };
  const Row rows[] = {{0, 0, 0, kNotMeasured}, {4, 4, 0, 1.0}, {4, 0, 0, 0.0}, {0, 0, 3, 0.0}, {3, 2, 1, 0.5}};
  for (const Row& r : rows) {
    StepTimeliness s;
    s.kind = StepKind::kProviderDecision;
    s.completed = r.completed;
    s.on_time = r.on_time;
    s.overdue_now = r.overdue;
    ExpectRate(OnTimeRate(s), r.want,
               std::to_string(r.on_time) + " on time of " + std::to_string(r.completed) + " + " +
                   std::to_string(r.overdue) + " overdue");
  }
}

// Shown beside the score, not scored: A8 (无条件共享、有条件共享类…组成部门政务信息资源
// 共享目录) shared / entries, and A32 (立项申请前应预编信息资源目录…项目建成后将信息资源
// 接入…作为项目验收要求) compliant / approved projects.
TEST(SupervisionRules, SharingAndProjectsAreShownNotScored) {
  DepartmentInspection none;
  ExpectRate(RatesOf(none).sharing, kNotMeasured, "no entries");
  ExpectRate(RatesOf(none).projects, kNotMeasured, "no projects");
  DepartmentInspection d;
  d.entries = 4;
  d.shared_entries = 3;
  d.not_shared_entries = 1;
  d.projects = 2;
  d.projects_compliant = 1;
  ExpectRate(RatesOf(d).sharing, 0.75, "3 of 4 shared");
  ExpectRate(RatesOf(d).projects, 0.5, "1 of 2 compliant");
  for (const auto& m : ScoredMetrics()) {
    EXPECT_NE(std::string(m.name), "sharing");
    EXPECT_NE(std::string(m.name), "projects");
  }
}

// ---- the weights and the score ----------------------------------------------------------------

TEST(SupervisionRules, SixScoredMetricsWithTheirClausesAndDefaultWeights) {
  const auto& metrics = ScoredMetrics();
  const char* const names[] = {"completeness", "accuracy", "updates", "publication", "freshness", "timeliness"};
  const char* const clauses[] = {"A31(1)", "A31(2)(6)", "A31(3)", "A31(4)", "A31(5)", "A31(7)"};
  const double defaults[] = {15, 15, 15, 15, 15, 25};
  const SupervisionWeights w;
  double sum = 0;
  for (size_t i = 0; i < metrics.size(); ++i) {
    EXPECT_EQ(std::string(metrics[i].name), names[i]);
    EXPECT_EQ(std::string(metrics[i].clause), clauses[i]);
    EXPECT_EQ(w.*(metrics[i].weight), defaults[i]) << names[i];
    sum += w.*(metrics[i].weight);
  }
  EXPECT_EQ(sum, 100.0);
  // A31 (7) weighs most: the one clause with statutory deadlines the platform measures itself.
  for (const auto& m : metrics) {
    if (&m != &metrics[5]) {
      EXPECT_LT(w.*(m.weight), w.timeliness) << m.name;
    }
  }
}

TEST(SupervisionRules, ScoreIsTheWeightedMeanOfTheMeasuredRates) {
  auto rates = [](SupervisionRate c, SupervisionRate a, SupervisionRate u, SupervisionRate p, SupervisionRate f,
                  SupervisionRate t) {
    SupervisionRates r;
    r.completeness = c;
    r.accuracy = a;
    r.updates = u;
    r.publication = p;
    r.freshness = f;
    r.timeliness = t;
    return r;
  };
  const SupervisionRate none;  // not measured
  const SupervisionWeights defaults;
  struct Row {
    const char* what;
    SupervisionRates rates;
    SupervisionWeights weights;
    double want;
  };
  const Row rows[] = {
      {"all 1", rates(Rate(1), Rate(1), Rate(1), Rate(1), Rate(1), Rate(1)), defaults, 100.0},
      {"all 0", rates(Rate(0), Rate(0), Rate(0), Rate(0), Rate(0), Rate(0)), defaults, 0.0},
      {"only completeness measured, 0: the department with no entries",
       rates(Rate(0), none, none, none, none, none), defaults, 0.0},
      {"not measured is left out, the others count for more", rates(Rate(1), Rate(1), none, Rate(1), Rate(1), none),
       defaults, 100.0},
      // (15 + 15 + 7.5 + 15 + 12.5) / 85 = 0.76470… → 76.5
      {"the documented weights", rates(Rate(1), Rate(1), none, Rate(0.5), Rate(1), Rate(0.5)), defaults, 76.5},
      {"only timeliness weighs", rates(Rate(1), Rate(1), Rate(1), Rate(1), Rate(1), Rate(0.25)),
       SupervisionWeights{0, 0, 0, 0, 0, 1}, 25.0},
      {"only publication weighs, none connected", rates(Rate(1), Rate(1), none, Rate(0), none, none),
       SupervisionWeights{0, 0, 0, 1, 0, 0}, 0.0},
      {"half and half", rates(Rate(1), Rate(1), none, Rate(0), none, none), SupervisionWeights{0, 1, 0, 1, 0, 0}, 50.0},
      {"only proportions matter", rates(Rate(1), Rate(1), none, Rate(0), none, none),
       SupervisionWeights{0, 7, 0, 7, 0, 0}, 50.0},
      {"a weighed metric not measured, nothing else weighs: 0", rates(Rate(1), Rate(1), none, none, none, none),
       SupervisionWeights{0, 0, 1, 0, 0, 0}, 0.0},
      {"all weights 0: 0", rates(Rate(1), Rate(1), Rate(1), Rate(1), Rate(1), Rate(1)),
       SupervisionWeights{0, 0, 0, 0, 0, 0}, 0.0},
      // Rounding to one decimal, halves away from zero.
      {"one third", rates(Rate(1.0 / 3), none, none, none, none, none), defaults, 33.3},
      {"two thirds", rates(Rate(2.0 / 3), none, none, none, none, none), defaults, 66.7},
      {"6.25 rounds up", rates(Rate(1.0 / 16), none, none, none, none, none), defaults, 6.3},
      {"3.125 rounds down", rates(Rate(1.0 / 32), none, none, none, none, none), defaults, 3.1},
  };
  for (const Row& r : rows) EXPECT_DOUBLE_EQ(Score(r.rates, r.weights), r.want) << r.what;
}

// A department that published no catalog: completeness is measured and 0 (not
// "—"), accuracy has nothing to measure, and so its score is 0 — the same
// figure in the score, the report and docs/supervision.md.
TEST(SupervisionRules, ADepartmentWithNoEntries) {
  DepartmentInspection d;
  d.department_code = "11320600MB1T01044D";
  d.steps = NoSteps();
  Evaluate(d, SupervisionWeights{});
  ExpectRate(d.rates.completeness, 0.0, "completeness");
  for (const SupervisionRate* r : {&d.rates.accuracy, &d.rates.updates, &d.rates.publication, &d.rates.freshness,
                                   &d.rates.timeliness, &d.rates.sharing, &d.rates.projects}) {
    EXPECT_FALSE(r->measured);
  }
  EXPECT_EQ(d.share_ratio, 0.0);
  EXPECT_EQ(d.score, 0.0);
  // With steps on time it still is judged on its missing catalog.
  d.steps_completed = d.steps_on_time = 4;
  Evaluate(d, SupervisionWeights{});
  EXPECT_DOUBLE_EQ(d.score, 62.5);  // (15 × 0 + 25 × 1) / 40
}

TEST(SupervisionRules, EvaluateFillsRatesShareRatioStepRatesAndScore) {
  DepartmentInspection d;
  d.steps = NoSteps();
  d.entries = 4;
  d.complete_entries = 4;
  d.items = 20;
  d.described_items = 20;
  d.shared_entries = 2;
  d.connected_entries = 2;
  d.steps[0].completed = 2;
  d.steps[0].on_time = 1;
  d.steps_completed = 2;
  d.steps_on_time = 1;
  Evaluate(d, SupervisionWeights{});
  EXPECT_DOUBLE_EQ(d.share_ratio, 0.5);
  ExpectRate(d.rates.sharing, 0.5, "sharing");
  ExpectRate(d.steps[0].on_time_rate, 0.5, "form checks");
  ExpectRate(d.steps[1].on_time_rate, kNotMeasured, "provider decisions");
  // (15 + 15 + 15 + 15 + 25 × 0.5) / 85 = 0.85294… → 85.3
  EXPECT_DOUBLE_EQ(d.score, 85.3);
  EXPECT_DOUBLE_EQ(d.score, Score(RatesOf(d), SupervisionWeights{}));
}

// ---- ranking and the city -----------------------------------------------------------------------

DepartmentInspection Scored(const char* code, double score) {
  DepartmentInspection d;
  d.department_code = code;
  d.score = score;
  d.steps = NoSteps();
  return d;
}

TEST(SupervisionRules, RankingIsBestFirstTiesByCreditCode) {
  std::vector<DepartmentInspection> ds = {Scored("C", 50), Scored("B", 80), Scored("A", 50), Scored("D", 0)};
  Rank(ds);
  const char* const order[] = {"B", "A", "C", "D"};
  for (size_t i = 0; i < ds.size(); ++i) {
    EXPECT_EQ(ds[i].department_code, order[i]);
    EXPECT_EQ(ds[i].rank, static_cast<int>(i + 1));
  }
  std::vector<DepartmentInspection> empty;
  Rank(empty);
  EXPECT_TRUE(empty.empty());
}

TEST(SupervisionRules, TheCityIsTheSumOfFiguresAndTheMeanOfScores) {
  // No departments: 100, nothing counted.
  const DepartmentInspection nobody = CityOf({});
  EXPECT_EQ(nobody.score, 100.0);
  EXPECT_EQ(nobody.department_name, "全市");
  EXPECT_EQ(nobody.department_code, "");
  EXPECT_EQ(nobody.steps.size(), 12u);  // every StepKind, the dispute coordination (N28) last
  ExpectRate(nobody.rates.completeness, 0.0, "no catalog in the city");

  DepartmentInspection a = Scored("A", 40);
  a.entries = 1;
  a.complete_entries = 1;
  a.shared_entries = 1;
  a.steps_completed = a.steps_on_time = 1;
  a.steps[2].completed = a.steps[2].on_time = 1;
  DepartmentInspection b = Scored("B", 61);
  b.steps_completed = 3;
  b.steps[2].completed = 3;
  a.revisions_due = 1;
  b.revisions_due = b.revisions_overdue_now = 2;
  const DepartmentInspection city = CityOf({a, b});
  EXPECT_EQ(city.revisions_due, 3);
  EXPECT_EQ(city.revisions_overdue_now, 2);
  EXPECT_DOUBLE_EQ(city.score, 50.5);  // the mean, one decimal
  EXPECT_EQ(city.rank, 0);
  EXPECT_EQ(city.entries, 1);
  EXPECT_EQ(city.steps_completed, 4);
  EXPECT_EQ(city.steps[2].completed, 4);
  // The city's rates are those of the sums, not the mean of the rates.
  ExpectRate(city.rates.timeliness, 0.25, "city timeliness");
  ExpectRate(city.steps[2].on_time_rate, 0.25, "city platform decisions");
  ExpectRate(city.rates.sharing, 1.0, "city sharing");
  EXPECT_DOUBLE_EQ(city.share_ratio, 1.0);

  EXPECT_DOUBLE_EQ(CityOf({Scored("A", 10), Scored("B", 20), Scored("C", 31)}).score, 20.3);
}

// A33: an overdue notice is escalated to a written notice (书面通报);
// any unresolved one is resolved, once. Every status × event.
TEST(RectificationRules, StateMachine) {
  using supervision_rules::RectificationEvent;
  using supervision_rules::RectificationMachine;
  using S = RectificationStatus;
  const auto& m = RectificationMachine();
  const struct {
    S from;
    RectificationEvent event;
    std::optional<S> to;
  } table[] = {
      {S::kOpen, RectificationEvent::kEscalate, std::nullopt},
      {S::kOverdue, RectificationEvent::kEscalate, S::kEscalated},
      {S::kEscalated, RectificationEvent::kEscalate, std::nullopt},
      {S::kResolved, RectificationEvent::kEscalate, std::nullopt},
      {S::kOpen, RectificationEvent::kResolve, S::kResolved},
      {S::kOverdue, RectificationEvent::kResolve, S::kResolved},
      {S::kEscalated, RectificationEvent::kResolve, S::kResolved},
      {S::kResolved, RectificationEvent::kResolve, std::nullopt},
  };
  for (const auto& row : table) {
    EXPECT_EQ(m.Find(row.from, row.event), row.to) << ToString(row.from);
    if (!row.to) {
      EXPECT_THROW(m.Next(row.from, row.event, 1), InvalidTransitionError) << ToString(row.from);
    }
  }
  try {
    m.Next(S::kResolved, RectificationEvent::kResolve, 4);
    ADD_FAILURE();
  } catch (const InvalidTransitionError& e) {
    EXPECT_STREQ(e.what(), "rectification 4 is already resolved (A33)");
  }
}

TEST(RectificationRules, EffectiveStatusAndNotice) {
  const LocalDateTime due = LocalDateTime::FromIso("2026-12-11T17:00:00+08:00");
  const LocalDateTime before = LocalDateTime::FromIso("2026-12-11T16:59:59+08:00");
  const LocalDateTime after = LocalDateTime::FromIso("2026-12-11T17:00:01+08:00");
  EXPECT_EQ(supervision_rules::EffectiveStatus(RectificationStatus::kOpen, due, before), RectificationStatus::kOpen);
  EXPECT_EQ(supervision_rules::EffectiveStatus(RectificationStatus::kOpen, due, after), RectificationStatus::kOverdue);
  EXPECT_EQ(supervision_rules::EffectiveStatus(RectificationStatus::kEscalated, due, after), RectificationStatus::kEscalated);
  RectificationInput n;
  n.department_code = "11320600MB1A2B3CXJ";
  n.a33_ground = 1;
  n.description = "资源未接入";
  n.working_days = 10;
  EXPECT_NO_THROW(supervision_rules::CheckNotice(n));
  EXPECT_EQ(supervision_rules::NoticePeriod(n), (DeadlineRule{DeadlineUnit::kWorkingDays, 10}));
  n.a33_ground = 7;  // A33 has six grounds
  EXPECT_THROW(supervision_rules::CheckNotice(n), InvalidArgumentError);
  n.a33_ground = 6;
  n.working_days = 61;
  EXPECT_THROW(supervision_rules::CheckNotice(n), InvalidArgumentError);
}

// N39 (一)(四)(六), N41 (三): the liability item of a late act, only when the
// period it missed was the national regulation's (an "N" article).
TEST(SupervisionRules, LiabilityItemsOfLateActs) {
  using supervision_rules::LiabilityOf;
  struct Row {
    StepKind kind;
    const char* article;
    const char* liability;  // nullptr: none
  };
  const Row rows[] = {
      {StepKind::kProviderDecision, "N21", "N39(4)"}, {StepKind::kProviderDecision, "A22", nullptr},
      {StepKind::kPlatformDecision, "N21", "N41(3)"}, {StepKind::kPlatformDecision, "A23", nullptr},
      {StepKind::kDelivery, "N22", "N39(4)"},         {StepKind::kObjectionCheck, "N26", "N39(6)"},
      {StepKind::kObjectionCheck, "A29", nullptr},    {StepKind::kFormCheck, "A21", nullptr},
      {StepKind::kDemandResponse, "A25", nullptr},    {StepKind::kCatalogRevision, "A31 (2)", nullptr},
      {StepKind::kProviderDecision, "第十三条", nullptr},  // a city's own article: no national duty
      {StepKind::kCatalogReview, "N17", "N41(3)"},    {StepKind::kDisposal, "N27", "N40(4)"},
      {StepKind::kRectification, "N27", nullptr},  // the misuse is the finding (MisuseLiability)
      {StepKind::kDisputeCoordination, "N28", "N41(2)"},
  };
  for (const Row& r : rows) {
    const auto l = LiabilityOf(r.kind, r.article);
    if (r.liability) {
      ASSERT_TRUE(l.has_value()) << ToString(r.kind) << " " << r.article;
      EXPECT_STREQ(l->article, r.liability) << ToString(r.kind);
    } else {
      EXPECT_FALSE(l.has_value()) << ToString(r.kind) << " " << r.article;
    }
  }
  EXPECT_STREQ(supervision_rules::CatalogUpdateLiability("N17")->article, "N39(1)");
  // N40 (二) 擅自超出使用范围、共享目的使用; (三) 擅自……提供给第三方.
  EXPECT_STREQ(supervision_rules::MisuseLiability(UseBeyondGrant::kWiderScope).article, "N40(2)");
  EXPECT_STREQ(supervision_rules::MisuseLiability(UseBeyondGrant::kOtherPurpose).article, "N40(2)");
  EXPECT_STREQ(supervision_rules::MisuseLiability(UseBeyondGrant::kThirdParty).article, "N40(3)");
  // N39 (五) a refused return to a lower level; the bureau refusing in the provider's place: N41 (三).
  Application x;
  x.request.return_flow = true;
  x.status = ApplicationStatus::kRefused;
  EXPECT_STREQ(supervision_rules::ReturnFlowLiability(x, false)->article, "N39(5)");
  EXPECT_STREQ(supervision_rules::ReturnFlowLiability(x, true)->article, "N41(3)");
  x.status = ApplicationStatus::kGranted;
  EXPECT_FALSE(supervision_rules::ReturnFlowLiability(x, false).has_value());
  x.status = ApplicationStatus::kRefused;
  x.request.return_flow = false;
  EXPECT_FALSE(supervision_rules::ReturnFlowLiability(x, false).has_value());
  EXPECT_FALSE(supervision_rules::CatalogUpdateLiability("A11").has_value());
}

Date Day(int y, int m, int d) { return Date{y, m, d}; }

// N29, N40 (五): data went out under a grant of the regulation's time and no
// use record was made by the inspection's end.
TEST(SupervisionRules, UseRecordsNotKept) {
  using supervision_rules::UseRecordLiability;
  const Date national = Day(2025, 8, 1);
  const LocalDateTime as_of{Day(2026, 10, 31), 24, 0, 0};
  Authorization z;
  z.granted_at = LocalDateTime{Day(2026, 3, 1), 10, 0, 0};
  EXPECT_FALSE(UseRecordLiability(z, national, as_of, 0));  // nothing went out
  z.last_used = LocalDateTime{Day(2026, 4, 1), 10, 0, 0};
  ASSERT_TRUE(UseRecordLiability(z, national, as_of, 0));
  EXPECT_STREQ(UseRecordLiability(z, national, as_of, 0)->article, "N40(5)");
  EXPECT_FALSE(UseRecordLiability(z, national, as_of, 1));  // recorded
  EXPECT_FALSE(UseRecordLiability(z, national, LocalDateTime{Day(2026, 3, 31), 24, 0, 0}, 0));  // used later
  Authorization old = z;
  old.granted_at = LocalDateTime{Day(2025, 7, 31), 10, 0, 0};
  EXPECT_FALSE(UseRecordLiability(old, national, as_of, 0));  // granted before N29
  Authorization delivered;
  delivered.granted_at = z.granted_at;
  delivered.delivered_at = LocalDateTime{Day(2026, 3, 5), 10, 0, 0};
  EXPECT_TRUE(UseRecordLiability(delivered, national, as_of, 0));
  delivered.platform_wide = true;
  EXPECT_FALSE(UseRecordLiability(delivered, national, as_of, 0));
}

// N14, N15, N39 (一): a published not-shared entry on a basis below a law, an
// administrative regulation or a State Council decision, inspected under the regulation.
TEST(SupervisionRules, NotSharedEntriesOnALowerBasis) {
  using supervision_rules::NotSharedBasisLiability;
  const Date national = Day(2025, 8, 1);
  CatalogEntry c;
  c.share.share_class = ShareClass::kNotShared;
  c.share.legal_basis = LegalBasis{LegalBasisKind::kRule, "《南通市政务数据管理办法》", "第十条"};
  ASSERT_TRUE(NotSharedBasisLiability(c, Day(2025, 8, 1), national));
  EXPECT_STREQ(NotSharedBasisLiability(c, Day(2026, 12, 31), national)->article, "N39(1)");
  EXPECT_FALSE(NotSharedBasisLiability(c, Day(2025, 7, 31), national));  // a period before N14
  c.share.legal_basis->kind = LegalBasisKind::kStateCouncilDecision;
  EXPECT_FALSE(NotSharedBasisLiability(c, Day(2026, 12, 31), national));
  c.share.legal_basis.reset();
  EXPECT_TRUE(NotSharedBasisLiability(c, Day(2026, 12, 31), national));  // no basis at all
  c.share.share_class = ShareClass::kConditional;
  EXPECT_FALSE(NotSharedBasisLiability(c, Day(2026, 12, 31), national));
}

// N27, N39 (七): a filed end or change the consumer did not agree to is listed.
TEST(SupervisionRules, ServiceChangesTheConsumerDidNotAgreeTo) {
  using supervision_rules::ServiceChangeLiability;
  ServiceChange c;
  c.status = ServiceChangeStatus::kFiled;
  c.consumer_agrees = false;
  ASSERT_TRUE(ServiceChangeLiability(c));
  EXPECT_STREQ(ServiceChangeLiability(c)->article, "N39(7)");
  c.consumer_agrees = true;
  EXPECT_FALSE(ServiceChangeLiability(c));
  c.consumer_agrees = false;
  c.status = ServiceChangeStatus::kWithdrawn;
  EXPECT_FALSE(ServiceChangeLiability(c));
}

}  // namespace
}  // namespace govshare
