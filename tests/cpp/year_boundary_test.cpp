// The platform across the year boundary (docs/calendar.md): the clock runs
// from 2026-12-01 into 2027 before the State Council's 2027 notice is loaded.
// No legal act is refused for want of next year's schedule — applications
// (A21–A23), demands (A25), objections (A29), obligations (A11) and
// rectifications (A33) record predicted, provisional deadlines — and loading
// the 2027 schedule recomputes exactly the open ones.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <unistd.h>

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

ScanDocument Scan() {
  return {"申请表（盖章）.pdf", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 182044};
}

std::string Example2027() {
  return testing::ReadFile(GOVSHARE_EXAMPLES_DATA_DIR "/calendar-2027-example.tsv");
}

class YearBoundaryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = ::testing::TempDir() + "govshare-yearboundary-" + std::to_string(getpid()) + ".db";
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path_ + suffix).c_str());
    PlatformOptions o;
    o.path = testing::Store(path_);
    o.durability = Durability::kNormal;
    o.simulated_time = T("2026-12-01T09:00:00+08:00");
    p_ = Platform::Open(o);
    testing::SeedCity(*p_);
  }
  void TearDown() override {
    p_.reset();
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path_ + suffix).c_str());
  }

  EntryRecord Publish(CatalogEntry e) {
    e.code.clear();
    EntryRecord r = p_->catalog().CreateDraft("police.op", e);
    r = p_->catalog().Submit("police.op", r.id, r.row_version);
    r = p_->catalog().Approve("reviewer", r.id, r.row_version);
    return p_->catalog().Publish("police.leader", r.id, r.row_version);
  }

  ApplicationRequest Request(std::int64_t entry_id, std::vector<std::string> items) {
    ApplicationRequest r;
    r.entry_id = entry_id;
    r.items = std::move(items);
    r.purpose = "最低生活保障对象家庭成员核对";
    r.legal_duty = "《社会救助暂行办法》第十一条";
    r.method = ShareMethod::kApi;
    r.valid_from = D("2026-12-01");
    r.valid_until = D("2027-11-30");
    r.scan = Scan();
    return r;
  }

  DemandRequest Demand(const std::string& what) {
    DemandRequestInput in;
    in.target_code = kPolice;
    in.description = what;
    in.items = {"姓名", "公民身份号码"};
    in.purpose = "社会救助家庭经济状况核对";
    in.scan = Scan();
    DemandRequest d = p_->sharing().SubmitDemand("civil.op", in);
    return p_->sharing().AnswerDemand("police.leader", d.id, d.row_version,
                            {DemandAnswerKind::kWillPublish, "确属本部门履职范围，一个月内发布", ""});
  }

  std::map<std::string, Deadline> OpenProvisional() {
    std::map<std::string, Deadline> out;
    for (const auto& s : p_->sharing().Steps("auditor", "", true))
      if (s.due.provisional) out[s.object + "#" + ToString(s.kind)] = s.due;
    for (const auto& o : p_->catalog().Obligations("admin", "", true))
      if (o.due.provisional) out["obligation:" + std::to_string(o.id) + "#obligation"] = o.due;
    for (const auto& r : p_->supervision().Rectifications("admin", ""))
      if (r.due.provisional && r.status != RectificationStatus::kResolved)
        out["rectification:" + std::to_string(r.id) + "#rectification"] = r.due;
    return out;
  }

  std::string path_;
  std::shared_ptr<Platform> p_;
};

TEST_F(YearBoundaryTest, NothingIsRefusedAndLoadingTheYearRecomputesExactlyTheOpenDeadlines) {
  CatalogEntry household_entry = testing::ValidConditionalEntry();
  household_entry.share.scope.departments = {kCivil};
  const EntryRecord household = Publish(household_entry);
  CatalogEntry market_entry = testing::ValidUnconditionalEntry();
  market_entry.provider = {kPolice, "南通市公安局"};
  const EntryRecord market = Publish(market_entry);
  // The civil affairs bureau holds the market data (for the objection).
  Application m = p_->sharing().Apply("civil.op", Request(market.id, {"统一社会信用代码"}));
  m = p_->sharing().AcceptApplication("reviewer", m.id, m.row_version);
  m = p_->sharing().GrantApplication("reviewer", m.id, m.row_version, {});

  // A11: the 2027 census, due 2027-12-31: provisional while 2027 is unloaded.
  const auto census = p_->catalog().ScheduleCensus("admin", 2027);
  ASSERT_FALSE(census.empty());
  for (const auto& o : census) EXPECT_TRUE(o.due.provisional);

  // From November 1 the platform reports next year's missing schedule.
  CalendarState st = p_->CalendarStatus("civil.op");
  EXPECT_TRUE(st.next_year_missing);
  EXPECT_NE(st.warning.find("2027"), std::string::npos) << st.warning;
  EXPECT_EQ(st.first_unloaded_date, D("2027-01-01"));

  // A25: a demand answered "will publish" on 12-04: 1 month, into January.
  p_->SetTime(T("2026-12-04T10:00:00+08:00"));
  const DemandRequest d1 = Demand("全市流动人口居住登记信息");
  ASSERT_EQ(d1.steps.size(), 2u);
  EXPECT_EQ(d1.steps[1].kind, StepKind::kDemandPublication);
  EXPECT_EQ(d1.steps[1].due.due.date, D("2027-01-04"));
  EXPECT_TRUE(d1.steps[1].due.provisional);
  EXPECT_NE(d1.steps[1].due.calendar_version.find(PredictionVersion()), std::string::npos);

  // N17 (A11's 15 before 2025-08-01): a law revision announced 12-20: 10
  // working days, the last after 元旦.
  p_->SetTime(T("2026-12-21T09:00:00+08:00"));
  const Obligation law = p_->catalog().RecordLegalChange("police.admin", kPolice, ObligationKind::kLawRevision,
                                               "《江苏省流动人口服务管理条例》修订", D("2026-12-20"));
  EXPECT_TRUE(law.due.provisional);
  EXPECT_EQ(law.due.due.date, D("2027-01-04"));  // 元旦 predicted to rest

  // A21–A22: an application on 12-24: the form check inside 2026, the
  // provider's 10 working days in 2027.
  p_->SetTime(T("2026-12-24T10:00:00+08:00"));
  Application a = p_->sharing().Apply("civil.op", Request(household.id, {"姓名", "公民身份号码"}));
  EXPECT_EQ(a.steps[0].due.due.date, D("2026-12-25"));
  EXPECT_FALSE(a.steps[0].due.provisional);
  a = p_->sharing().AcceptApplication("reviewer", a.id, a.row_version);
  EXPECT_EQ(a.steps[1].kind, StepKind::kProviderDecision);
  EXPECT_EQ(a.steps[1].due.due.date, D("2027-01-08"));
  EXPECT_TRUE(a.steps[1].due.provisional);

  // A29: an objection on 12-28: the provider's check into January.
  p_->SetTime(T("2026-12-28T10:00:00+08:00"));
  const Objection obj = p_->sharing().RaiseObjection("civil.op", {market.id, "91320600MA1X2Y3Z4A", "统一社会信用代码",
                                                         "登记机关记录与营业执照不一致"});
  EXPECT_TRUE(obj.steps[0].due.provisional);

  // A step completed while provisional keeps the deadline it was judged by.
  p_->SetTime(T("2026-12-31T10:00:00+08:00"));
  Application b = p_->sharing().Apply("civil.op", Request(household.id, {"姓名"}));
  EXPECT_EQ(b.steps[0].due.due.date, D("2027-01-04"));
  EXPECT_TRUE(b.steps[0].due.provisional);
  b = p_->sharing().AcceptApplication("reviewer", b.id, b.row_version);
  const ProcessStep judged = b.steps[0];
  EXPECT_TRUE(judged.completed_at.has_value());
  EXPECT_TRUE(judged.on_time);

  // Into 2027, still without the notice.
  p_->SetTime(T("2027-01-09T10:00:00+08:00"));
  const DemandRequest d2 = Demand("全市电动自行车登记信息");
  EXPECT_EQ(d2.steps[1].due.due.date, D("2027-02-09"));  // predicted: 初四 works
  p_->SetTime(T("2027-01-25T10:00:00+08:00"));
  RectificationInput notice;
  notice.department_code = kPolice;
  notice.a33_ground = 2;
  notice.description = "目录更新不及时";
  notice.working_days = 5;
  const Rectification rect = p_->supervision().IssueRectification("admin", notice);
  EXPECT_EQ(rect.due.due.date, D("2027-02-01"));
  EXPECT_TRUE(rect.due.provisional);

  // Every deadline past 2026 is provisional; none before.
  for (const auto& s : p_->sharing().Steps("auditor", "", false)) {
    EXPECT_EQ(s.due.provisional, s.due.due.date.year >= 2027) << s.object << " " << ToString(s.kind);
  }
  // The bureau heard of the missing year once.
  int warnings = 0;
  for (const auto& n : p_->Notices("admin", false)) warnings += n.kind == NoticeKind::kCalendar;
  EXPECT_EQ(warnings, 1);

  const std::map<std::string, Deadline> open = OpenProvisional();
  st = p_->CalendarStatus("auditor");
  EXPECT_EQ(st.provisional_open, static_cast<int>(open.size()));
  EXPECT_EQ(st.first_unloaded_date, D("2027-01-25"));  // this year is not loaded
  const std::int64_t audit_before = p_->VerifyAudit("auditor").records;

  // The bureau loads 2027 on 02-01.
  p_->SetTime(T("2027-02-01T10:00:00+08:00"));
  const CalendarLoadReport load = p_->LoadCalendarYear("admin", Example2027(), "");
  EXPECT_TRUE(load.changed);
  EXPECT_FALSE(load.correction);
  EXPECT_EQ(load.year, 2027);
  std::set<std::string> recomputed;
  for (const auto& c : load.recomputed) {
    recomputed.insert(c.object + "#" + c.what);
    EXPECT_FALSE(c.after.provisional) << c.object;
  }
  std::set<std::string> expected;
  for (const auto& [k, v] : open) expected.insert(k);
  EXPECT_EQ(recomputed, expected);
  EXPECT_TRUE(OpenProvisional().empty());

  // What moved: the demand's month ends on 2027-02-09, a bridge day of the
  // Spring Festival (A25, 民法典 art. 203: the next working day, 02-15); the
  // rectification gains the 01-31 make-up Sunday and is overdue from now on.
  std::map<std::string, DeadlineChange> by;
  for (const auto& c : load.recomputed) by[c.object + "#" + c.what] = c;
  const auto& pub = by["demand:" + std::to_string(d2.id) + "#demand_publication"];
  EXPECT_TRUE(pub.moved);
  EXPECT_EQ(pub.after.due.date, D("2027-02-15"));
  const auto& rc = by["rectification:" + std::to_string(rect.id) + "#rectification"];
  EXPECT_TRUE(rc.moved);
  EXPECT_EQ(rc.before.due.date, D("2027-02-01"));
  EXPECT_EQ(rc.after.due.date, D("2027-01-31"));
  EXPECT_TRUE(rc.overdue);
  EXPECT_EQ(p_->supervision().Rectifications("admin", kPolice).at(0).status, RectificationStatus::kOverdue);
  for (const auto& o : p_->catalog().Obligations("admin", "", true)) EXPECT_FALSE(o.due.provisional);

  // The department that must act was told when its deadline moved.
  int moved_notices = 0;
  for (const auto& n : p_->Notices("police.admin", false)) moved_notices += n.kind == NoticeKind::kCalendar;
  int moved_for_police = 0;
  for (const auto& c : load.recomputed) moved_for_police += c.moved && c.department_code == kPolice;
  EXPECT_EQ(moved_notices, moved_for_police);
  EXPECT_GE(moved_for_police, 2);

  // The completed step kept its deadline and says it was provisional.
  const Application b_now = p_->sharing().GetApplication("auditor", b.id);
  EXPECT_EQ(b_now.steps[0].due.due, judged.due.due);
  EXPECT_TRUE(b_now.steps[0].due.provisional);

  // Audited: the load and every old → new deadline.
  const auto trail = p_->AuditTrail("auditor", audit_before + 1, -1);
  ASSERT_EQ(trail.size(), 1 + load.recomputed.size());
  EXPECT_EQ(trail[0].action, "calendar.load");
  EXPECT_EQ(trail[0].object, "calendar:2027");
  EXPECT_EQ(trail[0].after_digest, load.digest);
  EXPECT_EQ(trail[1].action, "deadline.recompute");
  EXPECT_NE(trail[1].reason.find("->"), std::string::npos);
  EXPECT_TRUE(p_->VerifyAudit("auditor").intact);

  st = p_->CalendarStatus("civil.op");
  EXPECT_EQ(st.provisional_open, 0);
  EXPECT_TRUE(st.warning.empty()) << st.warning;
  EXPECT_EQ(st.years.back().year, 2027);
  EXPECT_EQ(st.years.back().origin, "loaded");
  EXPECT_EQ(st.years.back().loaded_by, "admin");
  EXPECT_EQ(st.years.front().origin, "builtin");

  // Another handle (another process) sees the loaded year.
  PlatformOptions o;
  o.path = testing::Store(path_);
  o.simulated_time = T("2027-02-01T10:00:00+08:00");
  auto other = Platform::Open(o);
  EXPECT_TRUE(other->calendar()->Covers(2027));
  EXPECT_FALSE(other->calendar()->IsWorkingDay(D("2027-02-09")));
}

TEST_F(YearBoundaryTest, ReloadsCorrectionsAndBadFiles) {
  const CalendarLoadReport first = p_->LoadCalendarYear("admin", Example2027(), "");
  ASSERT_TRUE(first.changed);
  const std::int64_t records = p_->VerifyAudit("auditor").records;
  const std::string version = p_->calendar()->version();

  // The same schedule again (comments differ): nothing changes.
  const CalendarLoadReport again = p_->LoadCalendarYear("admin", "# re-sent\n" + Example2027(), "");
  EXPECT_FALSE(again.changed);
  EXPECT_EQ(again.previous_digest, first.digest);
  EXPECT_EQ(p_->VerifyAudit("auditor").records, records);

  // Other content for a loaded year is a correction: only with a reason.
  std::string corrected = Example2027();
  const std::string line = "2027-02-20\twork\tSpringFestival\n";
  corrected.erase(corrected.find(line), line.size());
  try {
    p_->LoadCalendarYear("admin", corrected, " ");
    ADD_FAILURE() << "a correction without a reason was accepted";
  } catch (const InvalidArgumentError& e) {
    EXPECT_NE(std::string(e.what()).find("reason is required"), std::string::npos) << e.what();
  }
  EXPECT_EQ(p_->VerifyAudit("auditor").records, records);
  EXPECT_EQ(p_->calendar()->version(), version);
  const CalendarLoadReport fix = p_->LoadCalendarYear("admin", corrected, "国办发明电〔2026〕X号更正：2月20日不调休");
  EXPECT_TRUE(fix.correction);
  EXPECT_EQ(fix.previous_digest, first.digest);
  EXPECT_FALSE(p_->calendar()->IsWorkingDay(D("2027-02-20")));
  const auto trail = p_->AuditTrail("auditor", records + 1, -1);
  ASSERT_FALSE(trail.empty());
  EXPECT_EQ(trail[0].action, "calendar.correct");
  EXPECT_EQ(trail[0].before_digest, first.digest);

  // A shipped year is loaded already: changing it is a correction too.
  EXPECT_THROW(p_->LoadCalendarYear("admin", "year\t2026\n2026-01-01\toff\tNewYear\n", ""), InvalidArgumentError);

  // A bad file names the line and the rule, and changes nothing.
  const std::int64_t before = p_->VerifyAudit("auditor").records;
  const std::string version2 = p_->calendar()->version();
  try {
    p_->LoadCalendarYear("admin", "year\t2028\n2028-01-01\toff\tNewYear\n2028-03-08\twork\tLocal\n", "");
    ADD_FAILURE();
  } catch (const ParseError& e) {
    EXPECT_EQ(e.path(), "calendar:3");
  }
  try {
    p_->LoadCalendarYear("admin", "year\t2028\n2028-01-04\twork\tNewYear\n", "");
    ADD_FAILURE();
  } catch (const ParseError& e) {
    EXPECT_EQ(e.path(), "calendar:2");
    EXPECT_NE(std::string(e.what()).find("only a Saturday or Sunday"), std::string::npos);
  }
  EXPECT_EQ(p_->VerifyAudit("auditor").records, before);
  EXPECT_EQ(p_->calendar()->version(), version2);
  EXPECT_FALSE(p_->calendar()->Covers(2028));

  // Only the bureau administrator loads a year; a refusal changes nothing.
  EXPECT_THROW(p_->LoadCalendarYear("police.admin", Example2027(), "x"), PermissionDeniedError);
  EXPECT_THROW(p_->LoadCalendarYear("reviewer", Example2027(), "x"), PermissionDeniedError);
  EXPECT_EQ(p_->VerifyAudit("auditor").records, before);
  EXPECT_TRUE(p_->MayDo("admin", Action::kManageCalendar, ""));
}

}  // namespace
}  // namespace govshare
