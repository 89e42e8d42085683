// Supervision (A31–A33): the inspection's metrics per clause, findings,
// scores and ranking; projects (A32); rectification notices escalating to a
// written notice (A33).
#include <gtest/gtest.h>

#include <algorithm>

#include "govshare/error.h"
#include "govshare/platform.h"
#include "govshare/catalog_service.h"
#include "govshare/sharing_service.h"
#include "govshare/supervision_service.h"
#include "test_util.h"

namespace govshare {
namespace {

using testing::kBureau;
using testing::kCivil;
using testing::kPolice;

Date D(const char* iso) { return Date::FromIso(iso); }
LocalDateTime T(const char* iso) { return LocalDateTime::FromIso(iso); }

class SupervisionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    PlatformOptions o;
    o.path = testing::Store(":memory:");
    o.simulated_time = T("2026-09-01T09:00:00+08:00");
    p_ = Platform::Open(o);
    testing::SeedCity(*p_);
  }

  EntryRecord Publish(CatalogEntry e) {
    e.code.clear();
    e.provider = {kPolice, "南通市公安局"};
    EntryRecord r = p_->catalog().CreateDraft("police.op", e);
    r = p_->catalog().Submit("police.op", r.id, r.row_version);
    r = p_->catalog().Approve("reviewer", r.id, r.row_version);
    return p_->catalog().Publish("police.leader", r.id, r.row_version);
  }

  static const DepartmentInspection& Of(const InspectionReport& r, const std::string& code) {
    auto it = std::find_if(r.departments.begin(), r.departments.end(),
                           [&](const DepartmentInspection& d) { return d.department_code == code; });
    EXPECT_NE(it, r.departments.end());
    return *it;
  }
  static bool HasFinding(const DepartmentInspection& d, const std::string& clause) {
    return std::any_of(d.findings.begin(), d.findings.end(),
                       [&](const SupervisionFinding& f) { return f.clause == clause; });
  }

  std::shared_ptr<Platform> p_;
};

// A31 (1), (4), (5): the catalog, connection and freshness of resources.
TEST_F(SupervisionTest, CatalogPublicationAndFreshness) {
  CatalogEntry daily = testing::ValidUnconditionalEntry();
  daily.update_cycle = UpdateCycle::kDaily;
  for (auto& item : daily.items) item.description = item.name + "（按登记机关记载）";
  const EntryRecord market = Publish(daily);
  CatalogEntry monthly = testing::ValidConditionalEntry();
  monthly.update_cycle = UpdateCycle::kMonthly;
  const EntryRecord household = Publish(monthly);
  p_->supervision().ReportRefresh("police.op", market.id);
  p_->supervision().ReportRefresh("police.leader", household.id);
  EXPECT_THROW(p_->supervision().ReportRefresh("civil.op", market.id), PermissionDeniedError);

  // On 09-01 both are fresh.
  InspectionReport r = p_->supervision().Inspect("auditor", D("2026-09-01"), D("2026-09-01"));
  const DepartmentInspection& police = Of(r, kPolice);
  EXPECT_EQ(police.entries, 2);
  EXPECT_EQ(police.shared_entries, 2);
  EXPECT_EQ(police.connected_entries, 2);
  EXPECT_EQ(police.stale_entries, 0);
  // A31 (1): complete = no validation errors and every item described.
  EXPECT_EQ(police.complete_entries, 1);
  EXPECT_EQ(police.described_items, static_cast<int>(daily.items.size()));
  EXPECT_TRUE(HasFinding(police, "A31(1)"));  // the household entry's items lack descriptions
  // By 09-15 the daily resource is stale (A31 (5)); the monthly one is not.
  p_->SetTime(T("2026-09-15T09:00:00+08:00"));
  r = p_->supervision().Inspect("auditor", D("2026-09-01"), D("2026-09-15"));
  EXPECT_EQ(Of(r, kPolice).stale_entries, 1);
  EXPECT_TRUE(HasFinding(Of(r, kPolice), "A31(5)"));
  // A shared entry with nothing connected (A31 (4)).
  CatalogEntry third = testing::ValidUnconditionalEntry();
  third.name = "机动车登记信息";
  Publish(third);
  r = p_->supervision().Inspect("auditor", D("2026-09-01"), D("2026-09-15"));
  const DepartmentInspection& after = Of(r, kPolice);
  EXPECT_EQ(after.shared_entries, 3);
  EXPECT_EQ(after.connected_entries, 2);
  EXPECT_TRUE(HasFinding(after, "A31(4)"));
  EXPECT_DOUBLE_EQ(after.share_ratio, 1.0);
  EXPECT_EQ(r.city.entries, 3);
}

// A31 (7): statutory steps on time, late, and overdue now; A31 (3): obligations.
// N14 (above A8): a published not-shared entry on a rule or a policy is reported under
// the regulation — a migration finding for the bureau, beside N39 (一); the entry
// stays published (not silently rejected). One on a law is not reported.
TEST_F(SupervisionTest, NotSharedEntriesOnALowerBasisAreMigrationFindings) {
  auto not_shared = [](LegalBasisKind kind, const char* name) {
    CatalogEntry e = testing::ValidUnconditionalEntry();
    e.name = name;
    e.share.share_class = ShareClass::kNotShared;
    e.share.methods.clear();
    e.share.authorization_mode.reset();
    e.share.legal_basis = LegalBasis{kind, "《某依据》", "第十条"};
    e.open.open_class = OpenClass::kNotOpen;
    return e;
  };
  const EntryRecord rule = Publish(not_shared(LegalBasisKind::kRule, "举报人信息登记表"));
  EXPECT_EQ(rule.status, EntryStatus::kPublished);
  Publish(not_shared(LegalBasisKind::kLaw, "统计调查对象原始资料"));
  auto n14 = [&](const Date& from, const Date& to) {
    std::vector<SupervisionFinding> out;
    for (const auto& d : p_->supervision().Inspect("auditor", from, to).departments)
      for (const auto& f : d.findings)
        if (f.clause == "N14") out.push_back(f);
    return out;
  };
  const auto found = n14(D("2026-09-01"), D("2026-09-30"));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].object, "entry:" + std::to_string(rule.id));
  EXPECT_EQ(found[0].liability, "N39(1)");
  EXPECT_EQ(found[0].a33_ground, 1);
  EXPECT_NE(found[0].message_zh.find("依据为规章《某依据》，"), std::string::npos) << found[0].message_zh;
  EXPECT_TRUE(n14(D("2025-01-01"), D("2025-07-31")).empty());  // a period before N14
}

// N13: each department's published entries without the grade or the record of the
// assessments and the head's approval are one migration finding (N39 (一)); complete ones are not counted.
TEST_F(SupervisionTest, EntriesWithoutTheRegulationsElementsAreOneFindingPerDepartment) {
  CatalogEntry bare = testing::ValidUnconditionalEntry();
  bare.name = "机动车登记信息";
  Publish(bare);
  CatalogEntry complete = testing::ValidUnconditionalEntry();
  complete.name = "驾驶人信息";
  complete.data_grade = DataGrade::kGeneral;
  complete.assessment = CatalogAssessment{true, true, "公安局分管负责人", D("2026-08-20")};
  Publish(complete);
  auto n13 = [&](const Date& from, const Date& to) {
    std::vector<SupervisionFinding> out;
    for (const auto& d : p_->supervision().Inspect("auditor", from, to).departments)
      for (const auto& f : d.findings)
        if (f.clause == "N13") out.push_back(f);
    return out;
  };
  const auto found = n13(D("2026-09-01"), D("2026-09-30"));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].liability, "N39(1)");
  EXPECT_EQ(found[0].message_zh.rfind("1 条已发布目录", 0), 0u) << found[0].message_zh;
  EXPECT_TRUE(n13(D("2025-01-01"), D("2025-07-31")).empty());
}

// N19 政务数据收集工作涉及多个政府部门的，政务数据共享主管部门应当明确……数源部门; N41 (一):
// the same data published by two departments without a source department is the
// bureau's finding until the bureau administrator designates one (told to both, audited).
TEST_F(SupervisionTest, DataPublishedBySeveralDepartmentsWantsASourceDepartment) {
  CatalogEntry police = testing::ValidUnconditionalEntry();
  police.name = "流动人口居住登记信息";
  Publish(police);
  CatalogEntry civil = police;
  civil.code.clear();
  civil.provider = {kCivil, "南通市民政局"};
  EntryRecord r = p_->catalog().CreateDraft("civil.op", civil);
  r = p_->catalog().Submit("civil.op", r.id, r.row_version);
  r = p_->catalog().Approve("reviewer", r.id, r.row_version);
  p_->catalog().Publish("civil.leader", r.id, r.row_version);
  auto n19 = [&] {
    std::vector<SupervisionFinding> out;
    for (const auto& d : p_->supervision().Inspect("auditor", D("2026-09-01"), D("2026-09-30")).departments)
      for (const auto& f : d.findings)
        if (f.clause == "N19") out.push_back(f);
    return out;
  };
  const auto found = n19();
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].liability, "N41(1)");
  EXPECT_EQ(found[0].object, "source:流动人口居住登记信息");
  EXPECT_NE(found[0].message_zh.find("南通市公安局"), std::string::npos) << found[0].message_zh;

  SourceDesignation d;
  d.subject = "流动人口居住登记信息";
  d.source_code = kPolice;
  d.collecting_codes = {kCivil};
  d.basis = "市政府专题会议纪要〔2026〕12号";
  const std::int64_t audit = p_->VerifyAudit("auditor").records;
  EXPECT_THROW(p_->catalog().DesignateSource("police.admin", d), PermissionDeniedError);
  SourceDesignation bad = d;
  bad.collecting_codes = {kPolice};
  EXPECT_THROW(p_->catalog().DesignateSource("admin", bad), InvalidArgumentError);
  EXPECT_EQ(p_->VerifyAudit("auditor").records, audit);
  const SourceDesignation done = p_->catalog().DesignateSource("admin", d);
  EXPECT_EQ(done.designated_by, "admin");
  ASSERT_TRUE(done.designated_at.has_value());
  EXPECT_EQ(p_->catalog().SourceDesignations("civil.op"), std::vector<SourceDesignation>{done});
  bool told = false;
  for (const auto& n : p_->Notices("civil.op", false)) told = told || n.message.find("数源部门为南通市公安局") != std::string::npos;
  EXPECT_TRUE(told);
  EXPECT_TRUE(n19().empty());
  // N19 数源部门……统一提供政务数据共享服务: an application goes to the source's entry;
  // another collecting department's is refused, naming the source's.
  ApplicationRequest req;
  req.entry_id = r.id;
  req.items = {"企业名称"};
  req.purpose = "流动人口服务管理";
  req.legal_duty = "《居住证暂行条例》";
  req.valid_from = D("2026-09-01");
  req.valid_until = D("2026-12-31");
  req.scan = {"s.pdf", std::string(64, 'b'), 10};
  const std::int64_t before_apply = p_->VerifyAudit("auditor").records;
  try {
    p_->sharing().Apply("rugao.admin", req);
    ADD_FAILURE() << "applied to a collecting department, not the source";
  } catch (const InvalidArgumentError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("南通市公安局"), std::string::npos) << what;
    EXPECT_NE(what.find("N19"), std::string::npos) << what;
  }
  EXPECT_EQ(p_->VerifyAudit("auditor").records, before_apply);
  const auto police_entries = p_->catalog().Entries("auditor", kPolice);
  const auto source = std::find_if(police_entries.begin(), police_entries.end(), [](const EntryRecord& x) {
    return x.live && x.live->name == "流动人口居住登记信息";
  });
  ASSERT_NE(source, police_entries.end());
  req.entry_id = source->id;
  EXPECT_EQ(p_->sharing().Apply("rugao.admin", req).provider_code, kPolice);
  // A new designation of the same subject replaces the old one.
  d.source_code = kCivil;
  d.collecting_codes = {kPolice};
  p_->catalog().DesignateSource("admin", d);
  ASSERT_EQ(p_->catalog().SourceDesignations("auditor").size(), 1u);
  EXPECT_EQ(p_->catalog().SourceDesignations("auditor")[0].source_code, kCivil);
  EXPECT_TRUE(p_->VerifyAudit("auditor").intact);
}

TEST_F(SupervisionTest, TimelinessAndObligations) {
  const EntryRecord household = Publish(testing::ValidConditionalEntry());
  ApplicationRequest req;
  req.entry_id = household.id;
  req.items = {"公民身份号码"};
  req.purpose = "核对";
  req.legal_duty = "《社会救助暂行办法》";
  req.valid_from = D("2026-09-01");
  req.valid_until = D("2026-12-31");
  req.scan = {"s.pdf", std::string(64, 'b'), 10};
  p_->SetTime(T("2026-09-30T10:00:00+08:00"));
  Application late = p_->sharing().Apply("civil.op", req);    // form check due 10-08
  Application pending = p_->sharing().Apply("civil.op", req);
  p_->SetTime(T("2026-10-09T10:00:00+08:00"));
  late = p_->sharing().AcceptApplication("reviewer", late.id, late.row_version);  // a day late
  // A11 obligation announced 09-01: due in 15 working days, never fulfilled.
  p_->catalog().RecordLegalChange("admin", kPolice, ObligationKind::kLawRevision, "《户口登记条例》修订", D("2026-09-01"));
  const InspectionReport r = p_->supervision().Inspect("reviewer", D("2026-09-01"), D("2026-10-09"));
  const DepartmentInspection& bureau = Of(r, kBureau);
  EXPECT_EQ(bureau.steps_completed, 1);
  EXPECT_EQ(bureau.steps_on_time, 0);
  EXPECT_EQ(bureau.steps_overdue_now, 1);  // the pending form check
  EXPECT_EQ(bureau.steps[0].kind, StepKind::kFormCheck);
  EXPECT_EQ(bureau.steps[0].completed, 1);
  EXPECT_EQ(bureau.steps[0].overdue_now, 1);
  EXPECT_TRUE(HasFinding(bureau, "A31(7)"));
  const DepartmentInspection& police = Of(r, kPolice);
  EXPECT_EQ(police.obligations_due, 1);
  EXPECT_EQ(police.obligations_overdue_now, 1);
  EXPECT_TRUE(HasFinding(police, "A31(3)"));
  EXPECT_EQ(r.city.steps_overdue_now, 1);
  (void)pending;
}

// A31 (二) 信息资源目录内容的准确性和完整性，对不符合要求的内容是否及时进行修改完善: a version
// the bureau rejected and left unrevised past SharingPolicy::unrevised_rejection_days
// working days counts against accuracy, with a finding; one revised in time
// does not. (Before: rejections were not measured at all.)
TEST_F(SupervisionTest, RejectedVersionsLeftUnrevisedLowerAccuracy) {
  Publish(testing::ValidUnconditionalEntry());
  SharingPolicy policy;
  policy.unrevised_rejection_days = 5;
  p_->sharing().SetPolicy("admin", policy);
  auto rejected = [&] {
    CatalogEntry e = testing::ValidConditionalEntry();
    e.code.clear();
    EntryRecord r = p_->catalog().CreateDraft("police.op", e);
    r = p_->catalog().Submit("police.op", r.id, r.row_version);
    return p_->catalog().Reject("reviewer", r.id, r.row_version, {{"summary", "摘要不规范"}});
  };
  const EntryRecord left = rejected();    // 09-01: due 09-08, never revised
  EntryRecord revised = rejected();
  const auto step = p_->sharing().Steps("police.op", "", true);
  ASSERT_EQ(step.size(), 2u);
  EXPECT_EQ(step[0].kind, StepKind::kCatalogRevision);
  EXPECT_EQ(step[0].object, "entry:" + std::to_string(left.id));
  EXPECT_EQ(step[0].department_code, kPolice);
  EXPECT_EQ(step[0].due.due.date, D("2026-09-08"));  // 5 working days
  p_->SetTime(T("2026-09-07T09:00:00+08:00"));
  CatalogEntry fixed = testing::ValidConditionalEntry();
  fixed.code.clear();
  fixed.summary += "数据来源为户籍业务系统。";
  revised = p_->catalog().EditDraft("police.op", revised.id, revised.row_version, fixed);
  revised = p_->catalog().Submit("police.op", revised.id, revised.row_version);  // in time

  p_->SetTime(T("2026-09-30T09:00:00+08:00"));
  const InspectionReport r = p_->supervision().Inspect("auditor", D("2026-09-01"), D("2026-09-30"));
  const DepartmentInspection& police = Of(r, kPolice);
  EXPECT_EQ(police.revisions_due, 2);
  EXPECT_EQ(police.revisions_on_time, 1);
  EXPECT_EQ(police.revisions_overdue_now, 1);
  EXPECT_TRUE(HasFinding(police, "A31(2)"));
  // 1 entry, nothing upheld: (1 + 1/2) / 2.
  EXPECT_DOUBLE_EQ(police.rates.accuracy.value, 0.75);
  // Not a statutory approval step: A31 (7) has nothing to judge.
  EXPECT_EQ(police.steps_completed + police.steps_overdue_now, 0);
  EXPECT_FALSE(police.rates.timeliness.measured);
  EXPECT_EQ(police.steps[static_cast<size_t>(StepKind::kCatalogRevision) - 1].completed, 1);
  EXPECT_EQ(r.city.revisions_overdue_now, 1);
}

// A31 (七) 资源申请响应的及时性，是否在规定时限内完成政务信息资源的审批和授权: only the
// approval steps (A21–A23). An objection check past its deadline is the
// provider's A31 (6) problem, shown per kind and found once — not an approval
// step. (Before: objection checks and demand answers were counted in (7).)
TEST_F(SupervisionTest, TimelinessCountsTheApprovalStepsOnly) {
  const EntryRecord household = Publish(testing::ValidConditionalEntry());
  ApplicationRequest req;
  req.entry_id = household.id;
  req.items = {"公民身份号码"};
  req.purpose = "核对";
  req.legal_duty = "《社会救助暂行办法》";
  req.valid_from = D("2026-09-01");
  req.valid_until = D("2026-12-31");
  req.scan = {"s.pdf", std::string(64, 'b'), 10};
  Application a = p_->sharing().Apply("civil.op", req);
  a = p_->sharing().AcceptApplication("reviewer", a.id, a.row_version);
  a = p_->sharing().GrantApplication("police.leader", a.id, a.row_version, {});
  // An objection the police leaves unchecked past its deadline (5 working days).
  p_->sharing().RaiseObjection("civil.op", {household.id, "320602199001011234", "公民身份号码", "号码有误"});
  p_->SetTime(T("2026-09-30T10:00:00+08:00"));
  const InspectionReport r = p_->supervision().Inspect("auditor", D("2026-09-01"), D("2026-09-30"));
  const DepartmentInspection& police = Of(r, kPolice);
  EXPECT_EQ(police.steps_completed, 1);  // the A22 decision, on time
  EXPECT_EQ(police.steps_on_time, 1);
  EXPECT_EQ(police.steps_overdue_now, 0);  // the objection check is not an approval step
  EXPECT_DOUBLE_EQ(police.rates.timeliness.value, 1.0);
  EXPECT_EQ(police.steps[static_cast<size_t>(StepKind::kObjectionCheck) - 1].overdue_now, 1);
  EXPECT_TRUE(HasFinding(police, "A31(6)"));
  EXPECT_FALSE(HasFinding(police, "A31(7)"));
}

// A28, A30: the use of data is counted from the usage log, per consumer
// department — the one source the demo's summary and the report print.
TEST_F(SupervisionTest, TheUseOfDataIsCountedFromTheUsageLog) {
  const std::int64_t entry_id = testing::PublishAndGrantToCivil(*p_).first;
  AccessRequest r;
  r.user_id = "civil.op";
  r.entry_id = entry_id;
  r.items = {"姓名"};
  r.purpose = "低保核对 1";
  AccessDecision allowed;
  for (int i = 0; i < 3; ++i) allowed = p_->access().Decide(r);
  ASSERT_TRUE(allowed.allowed);
  p_->access().Filter(allowed, R"([{"姓名":"张三"}])");
  AccessRequest stray = r;
  stray.user_id = "reviewer";  // refused, logged
  EXPECT_FALSE(p_->access().Decide(stray).allowed);
  p_->access().Compare(r, {{"姓名", "张三"}}, R"({"姓名":"张三"})");
  p_->SetTime(T("2026-09-30T10:00:00+08:00"));

  const InspectionReport report = p_->supervision().Inspect("auditor", D("2026-09-01"), D("2026-09-30"));
  const DepartmentInspection& civil = Of(report, testing::kCivil);
  EXPECT_EQ(civil.decisions, 3);
  EXPECT_EQ(civil.decisions_allowed, 3);
  EXPECT_EQ(civil.decisions_refused, 0);
  EXPECT_EQ(civil.deliveries, 1);
  EXPECT_EQ(civil.comparisons, 1);
  // The reviewer has no role that may use data: a refusal no department is
  // known for, in the city's figures only.
  const DepartmentInspection& bureau = Of(report, testing::kBureau);
  EXPECT_EQ(bureau.decisions, 0);
  EXPECT_EQ(report.city.decisions, 4);
  EXPECT_EQ(report.city.decisions_refused, 1);
  // The city is the sum, and equals the usage log line for line.
  int decide = 0, refused = 0, deliver = 0, compare = 0, matched = 0;
  for (const UsageRecord& u : p_->access().UsageLog("auditor", UsageQuery{})) {
    decide += u.kind == "decide";
    refused += u.kind == "decide" && !u.allowed;
    deliver += u.kind == "deliver";
    compare += u.kind == "compare";
    matched += u.kind == "compare" && u.outcome == "match";
  }
  EXPECT_EQ(report.city.decisions, decide);
  EXPECT_EQ(report.city.decisions_refused, refused);
  EXPECT_EQ(report.city.decisions_allowed + report.city.decisions_refused, report.city.decisions);
  EXPECT_EQ(report.city.deliveries, deliver);
  EXPECT_EQ(report.city.comparisons, compare);
  EXPECT_EQ(report.city.comparisons_matched, matched);
  // A period before the accesses counts none.
  const InspectionReport before = p_->supervision().Inspect("auditor", D("2026-08-01"), D("2026-08-31"));
  EXPECT_EQ(before.city.decisions, 0);
  EXPECT_EQ(before.city.comparisons, 0);
}

// Scores follow the documented model; the ranking is best first; the weights
// are configurable.
TEST_F(SupervisionTest, ScoresAndRanking) {
  const EntryRecord market = Publish(testing::ValidUnconditionalEntry());
  (void)market;  // shared, never connected: publication 0
  const InspectionReport r = p_->supervision().Inspect("auditor", D("2026-09-01"), D("2026-09-30"));
  ASSERT_FALSE(r.departments.empty());
  for (size_t i = 0; i + 1 < r.departments.size(); ++i) {
    EXPECT_GE(r.departments[i].score, r.departments[i + 1].score);
    EXPECT_EQ(r.departments[i].rank, static_cast<int>(i + 1));
  }
  // A31 (1): a department with no catalog published has an incomplete catalog.
  EXPECT_DOUBLE_EQ(Of(r, kCivil).score, 0.0);
  EXPECT_TRUE(HasFinding(Of(r, kCivil), "A31(1)"));
  // County departments are the county platform's to supervise (A6).
  EXPECT_TRUE(std::none_of(r.departments.begin(), r.departments.end(),
                           [](const DepartmentInspection& d) { return d.department_code == testing::kRugaoDept; }));
  const DepartmentInspection& police = Of(r, kPolice);
  EXPECT_LT(police.score, 100.0);
  EXPECT_GT(police.score, Of(r, kCivil).score);
  // Only publication weighs: police connected nothing → 0.
  SupervisionWeights w{0, 0, 0, 1, 0, 0};
  EXPECT_DOUBLE_EQ(Of(p_->supervision().Inspect("auditor", D("2026-09-01"), D("2026-09-30"), w), kPolice).score, 0.0);
  EXPECT_THROW(p_->supervision().Inspect("auditor", D("2026-09-30"), D("2026-09-01")), InvalidArgumentError);
  EXPECT_THROW(p_->supervision().Inspect("auditor", D("2026-09-01"), D("2026-09-30"), {-1, 0, 0, 0, 0, 0}), InvalidArgumentError);
  EXPECT_THROW(p_->supervision().Inspect("police.leader", D("2026-09-01"), D("2026-09-30")), PermissionDeniedError);
}

// The rates behind each score travel with the report (rates.cpp computes
// them; tests/cpp/rules/supervision_rules_test.cpp covers the formula): a
// department with no catalog has completeness measured and 0, and nothing else.
TEST_F(SupervisionTest, RatesTravelWithTheReport) {
  Publish(testing::ValidUnconditionalEntry());  // shared, never connected
  const InspectionReport r = p_->supervision().Inspect("auditor", D("2026-09-01"), D("2026-09-30"));
  const DepartmentInspection& civil = Of(r, kCivil);
  EXPECT_TRUE(civil.rates.completeness.measured);
  EXPECT_EQ(civil.rates.completeness.value, 0.0);
  EXPECT_FALSE(civil.rates.accuracy.measured);
  EXPECT_FALSE(civil.rates.sharing.measured);
  EXPECT_FALSE(civil.rates.timeliness.measured);
  const DepartmentInspection& police = Of(r, kPolice);
  EXPECT_TRUE(police.rates.publication.measured);
  EXPECT_EQ(police.rates.publication.value, 0.0);
  EXPECT_FALSE(police.rates.freshness.measured);
  EXPECT_EQ(police.rates.sharing.value, police.share_ratio);
  EXPECT_EQ(police.rates.accuracy.value, 1.0);
  ASSERT_EQ(r.city.steps.size(), 12u);  // every StepKind
  for (const auto& s : r.city.steps) EXPECT_EQ(s.on_time_rate.measured, s.completed + s.overdue_now > 0);
  EXPECT_TRUE(r.city.rates.completeness.measured);
}

// A32: a project's catalog is compiled before approval; its resources are
// connected at acceptance.
TEST_F(SupervisionTest, ProjectsAreChecked) {
  const EntryRecord market = Publish(testing::ValidUnconditionalEntry());
  Project good;
  good.department_code = kPolice;
  good.name = "智慧公安二期";
  good.approved_on = D("2026-09-02");
  good.entry_ids = {market.id};
  EXPECT_THROW(p_->supervision().SaveProject("civil.leader", good), PermissionDeniedError);
  good = p_->supervision().SaveProject("police.admin", good);
  EXPECT_GT(good.id, 0);
  Project bad;
  bad.department_code = kPolice;
  bad.name = "视频监控联网";
  bad.approved_on = D("2026-08-01");  // before any catalog entry existed
  bad.accepted_on = D("2026-08-31");
  bad.entry_ids = {market.id};
  bad = p_->supervision().SaveProject("admin", bad);
  Project wrong = bad;
  wrong.accepted_on = D("2026-07-01");
  EXPECT_THROW(p_->supervision().SaveProject("admin", wrong), InvalidArgumentError);
  EXPECT_EQ(p_->supervision().Projects("police.admin", "").size(), 2u);
  const InspectionReport report = p_->supervision().Inspect("auditor", D("2026-09-01"), D("2026-09-30"));
  const DepartmentInspection& police = Of(report, kPolice);
  EXPECT_EQ(police.projects, 2);
  EXPECT_EQ(police.projects_compliant, 1);
  EXPECT_TRUE(HasFinding(police, "A32"));
}

// A33: notify, escalate past the deadline to a written notice, resolve.
TEST_F(SupervisionTest, RectificationEscalatesToAWrittenNotice) {
  RectificationInput in;
  in.department_code = kPolice;
  in.a33_ground = 2;
  in.description = "未按更新周期更新已发布资源";
  in.working_days = 5;
  EXPECT_THROW(p_->supervision().IssueRectification("police.leader", in), PermissionDeniedError);
  in.a33_ground = 7;
  EXPECT_THROW(p_->supervision().IssueRectification("admin", in), InvalidArgumentError);
  in.a33_ground = 2;
  Rectification r = p_->supervision().IssueRectification("admin", in);
  EXPECT_EQ(r.status, RectificationStatus::kOpen);
  EXPECT_EQ(r.due.due.date, D("2026-09-08"));  // 5 working days after Tue 09-01
  EXPECT_TRUE(p_->supervision().EscalateRectifications("admin").empty());
  p_->SetTime(T("2026-09-09T09:00:00+08:00"));
  EXPECT_EQ(p_->supervision().Rectifications("police.leader", "")[0].status, RectificationStatus::kOverdue);
  const auto escalated = p_->supervision().EscalateRectifications("admin");
  ASSERT_EQ(escalated.size(), 1u);
  EXPECT_EQ(escalated[0].status, RectificationStatus::kEscalated);
  EXPECT_TRUE(escalated[0].escalated_at.has_value());
  int rectification_notices = 0;
  for (const auto& n : p_->Notices("police.leader", false)) rectification_notices += n.kind == NoticeKind::kRectification;
  EXPECT_EQ(rectification_notices, 2);  // the notice and the written notice
  EXPECT_TRUE(p_->supervision().EscalateRectifications("admin").empty());
  EXPECT_THROW(p_->supervision().ResolveRectification("admin", r.id, escalated[0].row_version, ""), InvalidArgumentError);
  r = p_->supervision().ResolveRectification("admin", r.id, escalated[0].row_version, "已补充更新并建立更新台账");
  EXPECT_EQ(r.status, RectificationStatus::kResolved);
  EXPECT_THROW(p_->supervision().ResolveRectification("admin", r.id, r.row_version, "again"), InvalidTransitionError);
  EXPECT_TRUE(p_->supervision().Rectifications("civil.leader", "").empty());
  EXPECT_THROW(p_->supervision().Rectifications("civil.leader", kPolice), PermissionDeniedError);
  EXPECT_EQ(p_->supervision().Rectifications("auditor", "").size(), 1u);
  EXPECT_EQ(ChineseLabel(RectificationStatus::kEscalated), "已书面通报");
}

}  // namespace
}  // namespace govshare
