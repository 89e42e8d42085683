// Sharing between departments (A17–A27, A29): applications through the
// bureau's form check (A21) and the grant decision (A22, A23) under working-day
// deadlines around real holidays; authorizations with expiry, non-use (A26)
// and revocation (A28, A30); demand requests (A24–A25); objections and
// corrections (A29); disputes (A27).
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "govshare/error.h"
#include "govshare/platform.h"
#include "govshare/catalog_service.h"
#include "govshare/sharing_service.h"
#include "govshare/access_service.h"
#include "govshare/supervision_service.h"
#include <nlohmann/json.hpp>
#include "test_util.h"

namespace govshare {
namespace {

// A policy with the two working-day periods set, the rest as default.
SharingPolicy DaysPolicy(int demand_not_in_duties_days, int objection_check_days) {
  SharingPolicy p;
  p.demand_not_in_duties_days = demand_not_in_duties_days;
  p.objection_check_days = objection_check_days;
  return p;
}

using testing::kBureau;
using testing::kCivil;
using testing::kPolice;
using testing::kRugaoPlatform;

Date D(const char* iso) { return Date::FromIso(iso); }
LocalDateTime T(const char* iso) { return LocalDateTime::FromIso(iso); }

ScanDocument Scan() {
  return {"申请表（盖章）.pdf", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 182044};
}

// The conditional 户籍人口基本信息 with 民政局 and the 如皋市 platform in its
// scope (A8 指定部门), its ID number and address masked.
CatalogEntry Household() {
  CatalogEntry e = testing::ValidConditionalEntry();
  e.code.clear();
  e.share.scope.departments = {kCivil, kRugaoPlatform};
  return e;
}

// The unconditional 市场主体登记信息, granted by the platform (A18, A23).
CatalogEntry Market() {
  CatalogEntry e = testing::ValidUnconditionalEntry();
  e.code.clear();
  e.provider = {kPolice, "南通市公安局"};
  return e;
}

class SharingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    PlatformOptions o;
    o.path = testing::Store(":memory:");
    o.simulated_time = T("2026-09-01T09:00:00+08:00");
    p_ = Platform::Open(o);
    testing::SeedCity(*p_);
  }

  EntryRecord Publish(const CatalogEntry& entry) {
    EntryRecord r = p_->catalog().CreateDraft("police.op", entry);
    r = p_->catalog().Submit("police.op", r.id, r.row_version);
    r = p_->catalog().Approve("reviewer", r.id, r.row_version);
    return p_->catalog().Publish("police.leader", r.id, r.row_version);
  }

  ApplicationRequest Request(std::int64_t entry_id, std::vector<std::string> items,
                             ShareMethod method = ShareMethod::kApi) {
    ApplicationRequest r;
    r.entry_id = entry_id;
    r.items = std::move(items);
    r.purpose = "最低生活保障对象家庭成员核对";
    r.legal_duty = "《社会救助暂行办法》第十一条";
    r.method = method;
    r.valid_from = D("2026-10-01");
    r.valid_until = D("2027-03-31");
    r.scan = Scan();
    return r;
  }

  // Applies as `user`, accepted by the reviewer and granted by the authority.
  Authorization Granted(const std::string& user, std::int64_t entry_id, std::vector<std::string> items,
                        const std::string& granter, bool seasonal = false) {
    ApplicationRequest r = Request(entry_id, std::move(items));
    r.seasonal = seasonal;
    Application a = p_->sharing().Apply(user, r);
    a = p_->sharing().AcceptApplication("reviewer", a.id, a.row_version);
    a = p_->sharing().GrantApplication(granter, a.id, a.row_version, {});
    return p_->sharing().GetAuthorization("auditor", a.authorization_id);
  }

  std::int64_t AuditCount() { return p_->VerifyAudit("auditor").records; }

  std::vector<Notice> NoticesOf(const std::string& user, NoticeKind kind) {
    std::vector<Notice> out;
    for (const auto& n : p_->Notices(user, false))
      if (n.kind == kind) out.push_back(n);
    return out;
  }

  std::shared_ptr<Platform> p_;
};

// A20–A22, A26: the whole path of a provider-granted application.
TEST_F(SharingTest, ApplicationFromSubmissionToGrantAndExpiry) {
  const EntryRecord entry = Publish(Household());
  p_->SetTime(T("2026-09-30T10:00:00+08:00"));
  Application a = p_->sharing().Apply("civil.op", Request(entry.id, {"姓名", "公民身份号码"}));
  EXPECT_EQ(a.status, ApplicationStatus::kSubmitted);
  EXPECT_EQ(a.consumer_code, kCivil);
  EXPECT_EQ(a.provider_code, kPolice);
  EXPECT_EQ(a.mode, AuthorizationMode::kProviderDirect);
  EXPECT_EQ(a.authority_code, kPolice);
  ASSERT_EQ(a.steps.size(), 1u);
  // A21: 1 working day; 2026-10-01..07 is National Day, so 10-08.
  EXPECT_EQ(a.steps[0].kind, StepKind::kFormCheck);
  EXPECT_EQ(a.steps[0].department_code, kBureau);
  EXPECT_EQ(a.steps[0].due.due.date, D("2026-10-08"));
  EXPECT_FALSE(a.steps[0].due.calendar_version.empty());
  EXPECT_EQ(NoticesOf("reviewer", NoticeKind::kApplication).size(), 1u);

  p_->SetTime(T("2026-10-08T11:00:00+08:00"));
  a = p_->sharing().AcceptApplication("reviewer", a.id, a.row_version);
  EXPECT_EQ(a.status, ApplicationStatus::kAccepted);
  ASSERT_EQ(a.steps.size(), 2u);
  EXPECT_TRUE(a.steps[0].completed_at.has_value());
  EXPECT_TRUE(a.steps[0].on_time);
  EXPECT_EQ(a.steps[0].outcome, "accepted");
  // A22: 10 working days from 10-08, counting the adjusted Saturday 10-10.
  EXPECT_EQ(a.steps[1].kind, StepKind::kProviderDecision);
  EXPECT_EQ(a.steps[1].department_code, kPolice);
  EXPECT_EQ(a.steps[1].due.due.date, D("2026-10-21"));
  EXPECT_EQ(NoticesOf("police.leader", NoticeKind::kApplication).size(), 1u);

  p_->SetTime(T("2026-10-20T15:00:00+08:00"));
  GrantTerms terms;
  terms.valid_until = D("2026-12-31");
  terms.conditions = "仅用于低保核对，不得向第三方提供";
  a = p_->sharing().GrantApplication("police.leader", a.id, a.row_version, terms);
  EXPECT_EQ(a.status, ApplicationStatus::kGranted);
  EXPECT_TRUE(a.steps[1].on_time);
  ASSERT_NE(a.authorization_id, 0);
  Authorization z = p_->sharing().GetAuthorization("civil.op", a.authorization_id);
  EXPECT_EQ(z.status, AuthorizationStatus::kActive);
  EXPECT_EQ(z.items, (std::vector<std::string>{"姓名", "公民身份号码"}));
  EXPECT_EQ(z.masked_items, (std::vector<std::string>{"公民身份号码"}));  // A8 应进行数据脱敏
  EXPECT_FALSE(z.comparison_only);
  EXPECT_EQ(z.valid_from, D("2026-10-01"));
  EXPECT_EQ(z.valid_until, D("2026-12-31"));
  EXPECT_EQ(z.granted_by_department, kPolice);
  EXPECT_EQ(z.conditions, "仅用于低保核对，不得向第三方提供");
  EXPECT_EQ(z.application_id, a.id);
  // The consumer hears the result (A19).
  const auto results = NoticesOf("civil.op", NoticeKind::kApplication);
  ASSERT_EQ(results.size(), 2u);  // accepted, granted
  EXPECT_NE(results[1].message.find("已授权"), std::string::npos);
  EXPECT_EQ(results[1].object, "application:" + std::to_string(a.id));

  // A26: valid through 12-31, expired on 2027-01-01.
  p_->SetTime(T("2026-12-31T23:59:59+08:00"));
  EXPECT_EQ(p_->sharing().GetAuthorization("civil.op", z.id).status, AuthorizationStatus::kActive);
  EXPECT_TRUE(p_->sharing().ExpireAuthorizations("admin").empty());
  p_->SetTime(T("2027-01-01T00:00:00+08:00"));
  EXPECT_EQ(p_->sharing().GetAuthorization("civil.op", z.id).status, AuthorizationStatus::kExpired);
  EXPECT_THROW(p_->sharing().RecordUse("civil.op", z.id), InvalidTransitionError);
  const auto expired = p_->sharing().ExpireAuthorizations("admin");
  ASSERT_EQ(expired.size(), 1u);
  EXPECT_EQ(expired[0].id, z.id);
  EXPECT_EQ(expired[0].status, AuthorizationStatus::kExpired);
  EXPECT_EQ(NoticesOf("civil.op", NoticeKind::kAuthorization).size(), 1u);
  EXPECT_TRUE(p_->sharing().ExpireAuthorizations("admin").empty());  // recorded once

  // Renewal is a new application linked to the old authorization.
  ApplicationRequest renewal = Request(entry.id, {"姓名"});
  renewal.valid_from = D("2027-01-04");
  renewal.renewal_of = z.id;
  // 2027's holidays are not loaded: the application is recorded all the same,
  // its deadline predicted and provisional (docs/calendar.md).
  const Application again = p_->sharing().Apply("civil.op", renewal);
  EXPECT_EQ(again.request.renewal_of, z.id);
  EXPECT_TRUE(again.steps[0].due.provisional);
  renewal.renewal_of = 999;
  EXPECT_THROW(p_->sharing().Apply("civil.op", renewal), InvalidArgumentError);
}

// A21: applications on a Saturday and on the Friday before the Spring Festival.
// A20 (moved from the Python and Java suites): an application states the
// legal duty it serves (依据); without one it is refused naming the field,
// and nothing is stored.
TEST_F(SharingTest, AnApplicationStatesItsLegalDuty) {
  const EntryRecord entry = Publish(Household());
  ApplicationRequest r = Request(entry.id, {"姓名"});
  r.legal_duty = "  ";
  try {
    p_->sharing().Apply("civil.op", r);
    FAIL() << "an application without a legal duty was accepted";
  } catch (const InvalidArgumentError& e) {
    EXPECT_NE(std::string(e.what()).find("legal_duty"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(p_->sharing().Applications("civil.op", "").empty());
}

// A26: the validity period's error names which end is not a day, and the day.
TEST_F(SharingTest, AnImpossibleValidityDayIsNamed) {
  const EntryRecord entry = Publish(Household());
  ApplicationRequest r = Request(entry.id, {"姓名"});
  r.valid_until = Date{2027, 2, 29};
  try {
    p_->sharing().Apply("civil.op", r);
    FAIL() << "2027-02-29 was accepted";
  } catch (const InvalidArgumentError& e) {
    EXPECT_STREQ(e.what(), "valid_until: 2027-02-29 does not exist: February 2027 has 28 days (A26: the validity period)");
  }
  EXPECT_TRUE(p_->sharing().Applications("civil.op", "").empty());
}

// A20: an item name that is not one of the entry's is refused, listing the
// entry's items with the nearest first.
TEST_F(SharingTest, ANearMissItemNameListsTheEntrysItems) {
  const EntryRecord entry = Publish(Household());
  try {
    p_->sharing().Apply("civil.op", Request(entry.id, {"身份证号"}));
    FAIL() << "身份证号 was accepted";
  } catch (const InvalidArgumentError& e) {
    const std::string m = e.what();
    EXPECT_NE(m.find("items[0] \"身份证号\" is not an item of entry"), std::string::npos) << m;
    EXPECT_NE(m.find("its items are one of 公民身份号码"), std::string::npos) << m;
  }
}

// Office hours (民法典 art. 203: 有业务时间的，停止业务活动的时间为截止时间)
// as platform policy: the close ends every deadline, and an act after the
// close counts as the next day's. Default: none, days end at 24:00.
TEST_F(SharingTest, OfficeHoursArePlatformPolicy) {
  const EntryRecord entry = Publish(Household());
  p_->SetTime(T("2026-09-11T18:00:00+08:00"));  // Friday, after a 17:30 close
  const Application before = p_->sharing().Apply("civil.op", Request(entry.id, {"姓名"}));
  // A21 1 working day from Friday: Monday, to 24:00.
  EXPECT_EQ(before.steps[0].due.due, T("2026-09-14T24:00:00+08:00"));
  SharingPolicy policy;
  policy.office_close_minutes = 17 * 60 + 30;
  p_->sharing().SetPolicy("admin", policy);
  const Application closing = p_->sharing().Apply("civil.op", Request(entry.id, {"姓名"}));
  EXPECT_EQ(closing.steps[0].due.due, T("2026-09-14T17:30:00+08:00"));  // Monday at the close
  policy.after_close_counts_next_day = true;
  p_->sharing().SetPolicy("admin", policy);
  EXPECT_EQ(p_->sharing().Policy(), policy);
  const Application next_day = p_->sharing().Apply("civil.op", Request(entry.id, {"姓名"}));
  // Received after the close on Friday: counted from Saturday, due Monday at
  // the close.
  EXPECT_EQ(next_day.steps[0].due.due, T("2026-09-14T17:30:00+08:00"));
  p_->SetTime(T("2026-09-14T16:00:00+08:00"));  // Monday before the close
  const Application monday = p_->sharing().Apply("civil.op", Request(entry.id, {"姓名"}));
  EXPECT_EQ(monday.steps[0].due.due, T("2026-09-15T17:30:00+08:00"));
  p_->SetTime(T("2026-09-14T17:45:00+08:00"));  // Monday after the close: as Tuesday
  const Application late = p_->sharing().Apply("civil.op", Request(entry.id, {"姓名"}));
  EXPECT_EQ(late.steps[0].due.due, T("2026-09-16T17:30:00+08:00"));
  // A bad policy is refused naming the field, and changes nothing.
  SharingPolicy bad = policy;
  bad.office_close_minutes = 3 * 60;
  EXPECT_THROW(p_->sharing().SetPolicy("admin", bad), InvalidArgumentError);
  EXPECT_EQ(p_->sharing().Policy(), policy);
}

TEST_F(SharingTest, FormCheckDeadlinesAroundWeekendsAndHolidays) {
  const EntryRecord entry = Publish(Household());
  p_->SetTime(T("2026-09-12T10:00:00+08:00"));  // Saturday
  Application sat = p_->sharing().Apply("civil.op", Request(entry.id, {"姓名"}));
  EXPECT_EQ(sat.steps[0].due.due.date, D("2026-09-14"));
  // Monday 09-14 at 17:00 still on time (the day ends at 24:00).
  p_->SetTime(T("2026-09-14T17:00:00+08:00"));
  sat = p_->sharing().AcceptApplication("reviewer", sat.id, sat.row_version);
  EXPECT_TRUE(sat.steps[0].on_time);

  PlatformOptions o;
  o.path = testing::Store(":memory:");
  o.simulated_time = T("2026-02-13T16:00:00+08:00");  // Friday before 春节
  auto q = Platform::Open(o);
  testing::SeedCity(*q);
  EntryRecord r = q->catalog().CreateDraft("police.op", Market());
  r = q->catalog().Submit("police.op", r.id, r.row_version);
  r = q->catalog().Approve("reviewer", r.id, r.row_version);
  r = q->catalog().Publish("police.leader", r.id, r.row_version);
  ApplicationRequest req = Request(r.id, {"企业名称"});
  req.valid_from = D("2026-03-01");
  Application a = q->sharing().Apply("civil.op", req);
  EXPECT_EQ(a.steps[0].due.due.date, D("2026-02-14"));  // the adjusted working Saturday
  q->SetTime(T("2026-02-14T10:00:00+08:00"));
  a = q->sharing().AcceptApplication("reviewer", a.id, a.row_version);
  // N21: unconditional data is answered within 1 working day — the bureau,
  // deciding in the provider's place, too (A23's 2 before 2025-08-01):
  // 02-15..23 are holidays.
  EXPECT_EQ(a.steps[1].kind, StepKind::kPlatformDecision);
  EXPECT_EQ(a.steps[1].department_code, kBureau);
  EXPECT_EQ(a.steps[1].due.due.date, D("2026-02-24"));
  EXPECT_EQ(a.steps[1].article, "N21");
}

// A21: a late form check is recorded as late; pending steps past their
// deadline are listed per department and city-wide.
TEST_F(SharingTest, OverdueStepsAreListedAndLatenessRecorded) {
  const EntryRecord entry = Publish(Household());
  p_->SetTime(T("2026-09-30T10:00:00+08:00"));
  Application a = p_->sharing().Apply("civil.op", Request(entry.id, {"姓名"}));
  EXPECT_TRUE(p_->sharing().OverdueSteps("auditor", "").empty());
  p_->SetTime(T("2026-10-09T09:00:00+08:00"));
  auto overdue = p_->sharing().OverdueSteps("auditor", "");
  ASSERT_EQ(overdue.size(), 1u);
  EXPECT_EQ(overdue[0].object, "application:" + std::to_string(a.id));
  EXPECT_TRUE(overdue[0].overdue);
  EXPECT_EQ(p_->sharing().OverdueSteps("reviewer", kBureau).size(), 1u);
  EXPECT_TRUE(p_->sharing().OverdueSteps("police.leader", "").empty());  // its own department only
  EXPECT_THROW(p_->sharing().OverdueSteps("police.leader", kBureau), PermissionDeniedError);
  a = p_->sharing().AcceptApplication("reviewer", a.id, a.row_version);
  EXPECT_FALSE(a.steps[0].on_time);
  EXPECT_FALSE(a.steps[0].overdue);
  EXPECT_TRUE(p_->sharing().OverdueSteps("auditor", "").empty());
  EXPECT_EQ(p_->sharing().Steps("police.leader", "", true).size(), 1u);  // the provider decision
  EXPECT_EQ(p_->sharing().Steps("auditor", "", false).size(), 2u);
}

// A8, A13, A20: what an application may ask for.
TEST_F(SharingTest, ApplicationsOutsideTheEntryAreRefused) {
  CatalogEntry narrow = testing::ValidConditionalEntry();  // scope: an institution only
  narrow.code.clear();
  const EntryRecord entry = Publish(narrow);
  const auto before = AuditCount();
  auto refused = [&](ApplicationRequest r, const char* needle) {
    try {
      p_->sharing().Apply("civil.op", r);
      ADD_FAILURE() << "accepted; expected " << needle;
    } catch (const InvalidArgumentError& e) {
      EXPECT_NE(std::string(e.what()).find(needle), std::string::npos) << e.what();
    }
  };
  refused(Request(entry.id, {"婚姻状况"}), "is not an item of entry");
  refused(Request(entry.id, {"姓名"}), "A8");  // 民政局 is not in the scope
  refused(Request(entry.id, {"公民身份号码"}, ShareMethod::kTable), "A13");
  ApplicationRequest r = Request(entry.id, {"公民身份号码"});
  r.purpose.clear();
  refused(r, "purpose");
  r = Request(entry.id, {"公民身份号码"});
  r.scan.sha256 = "abc";
  refused(r, "scan.sha256");
  r = Request(entry.id, {"公民身份号码"});
  r.valid_until = D("2026-09-30");
  r.valid_from = D("2026-10-01");
  refused(r, "valid_until");
  refused(Request(entry.id, {"姓名", "姓名"}), "named twice");
  EXPECT_THROW(p_->sharing().Apply("police.op", Request(entry.id, {"姓名"})), InvalidArgumentError);  // its own
  EXPECT_THROW(p_->sharing().Apply("civil.op", Request(9999, {"姓名"})), NotFoundError);
  EXPECT_EQ(AuditCount(), before);
  EXPECT_TRUE(p_->sharing().Applications("auditor", "").empty());
  // Items offered desensitized to every department (应进行数据脱敏) may be asked for.
  const Application ok = p_->sharing().Apply("civil.op", Request(entry.id, {"公民身份号码", "户籍地址"}));
  EXPECT_EQ(ok.status, ApplicationStatus::kSubmitted);
}

// A8: a not-shared entry cannot be applied for.
TEST_F(SharingTest, NotSharedEntryIsRefused) {
  CatalogEntry e = Market();
  e.share.share_class = ShareClass::kNotShared;
  e.share.legal_basis = LegalBasis{LegalBasisKind::kLaw, "《中华人民共和国统计法》", "第三十九条"};
  e.share.methods.clear();
  e.share.front_database.clear();
  e.share.authorization_mode.reset();
  e.share.for_analysis = false;
  e.share.parallel_approval = false;
  e.open.open_class = OpenClass::kNotOpen;
  e.open.conditions.clear();
  e.open.method.clear();
  for (const auto& f : Validate(e)) EXPECT_NE(f.severity, Severity::kError) << f.rule_id << " " << f.path;
  const EntryRecord entry = Publish(e);
  try {
    p_->sharing().Apply("civil.op", Request(entry.id, {"企业名称"}));
    ADD_FAILURE() << "a not-shared entry was applied for";
  } catch (const InvalidArgumentError& err) {
    EXPECT_NE(std::string(err.what()).find("不予共享, A8"), std::string::npos) << err.what();
  }
}

// A23: the platform grants unconditional entries without controlled
// parameters and pushes the result to the provider.
TEST_F(SharingTest, PlatformGrantIsPushedToTheProvider) {
  const EntryRecord entry = Publish(Market());
  Application a = p_->sharing().Apply("civil.op", Request(entry.id, {"企业名称", "登记状态"}, ShareMethod::kTable));
  EXPECT_EQ(a.mode, AuthorizationMode::kPlatformDirect);
  EXPECT_EQ(a.authority_code, kBureau);
  a = p_->sharing().AcceptApplication("reviewer", a.id, a.row_version);
  EXPECT_EQ(a.steps[1].kind, StepKind::kPlatformDecision);
  // N21 1 working day for unconditional data (A23's 2 working days before 2025-08-01).
  EXPECT_EQ(a.steps[1].due.due.date, D("2026-09-02"));
  // The provider does not decide platform-granted applications.
  EXPECT_THROW(p_->sharing().GrantApplication("police.leader", a.id, a.row_version, {}), PermissionDeniedError);
  a = p_->sharing().GrantApplication("reviewer", a.id, a.row_version, {});
  EXPECT_EQ(a.status, ApplicationStatus::kGranted);
  // The result pushed to the provider (A23), and its delivery due (N22).
  const auto pushed = NoticesOf("police.leader", NoticeKind::kAuthorization);
  ASSERT_EQ(pushed.size(), 2u);
  EXPECT_NE(pushed[0].message.find("A23"), std::string::npos);
  EXPECT_NE(pushed[1].message.find("(N22)"), std::string::npos);
  EXPECT_EQ(p_->sharing().GetAuthorization("police.op", a.authorization_id).granted_by_department, kBureau);
}

// A18: provider → platform: the provider grants the platform once; the
// bureau grants consumers within it.
TEST_F(SharingTest, ProviderToPlatformGrantBoundsTheBureau) {
  CatalogEntry e = Market();
  e.share.authorization_mode = AuthorizationMode::kProviderToPlatform;
  e.share.controlled_parameters = {"查询条件须包含统一社会信用代码"};
  ASSERT_FALSE(HasErrors(Validate(e)));
  const EntryRecord entry = Publish(e);
  Application a = p_->sharing().Apply("civil.op", Request(entry.id, {"企业名称"}));
  a = p_->sharing().AcceptApplication("reviewer", a.id, a.row_version);
  // Issue 13 (A18): no platform grant yet, so the provider's step runs, not
  // the bureau's 2 days (this asserted kPlatformDecision before).
  EXPECT_EQ(a.steps[1].kind, StepKind::kProviderDecision);
  EXPECT_THROW(p_->sharing().GrantApplication("reviewer", a.id, a.row_version, {}), InvalidTransitionError);
  GrantTerms wide;
  wide.items = {"企业名称", "登记状态"};
  wide.valid_until = D("2027-06-30");
  EXPECT_THROW(p_->sharing().GrantPlatform("civil.leader", entry.id, wide), PermissionDeniedError);
  const Authorization platform = p_->sharing().GrantPlatform("police.leader", entry.id, wide);
  EXPECT_TRUE(platform.platform_wide);
  EXPECT_EQ(platform.consumer_code, kBureau);
  EXPECT_THROW(p_->sharing().GrantPlatform("police.leader", entry.id, wide), InvalidTransitionError);
  GrantTerms too_long;
  too_long.valid_until = D("2027-12-31");
  EXPECT_THROW(p_->sharing().GrantApplication("reviewer", a.id, a.row_version, too_long), InvalidArgumentError);
  a = p_->sharing().GrantApplication("reviewer", a.id, a.row_version, {});
  EXPECT_EQ(a.status, ApplicationStatus::kGranted);
  // Outside the platform grant: the item 注册资本 was not granted to the platform.
  Application b = p_->sharing().Apply("rugao.admin", Request(entry.id, {"注册资本(万元)"}));
  b = p_->sharing().AcceptApplication("reviewer", b.id, b.row_version);
  EXPECT_THROW(p_->sharing().GrantApplication("reviewer", b.id, b.row_version, {}), InvalidArgumentError);
  b = p_->sharing().RefuseApplication("reviewer", b.id, b.row_version, "超出提供部门对平台的整体授权范围");
  EXPECT_EQ(b.status, ApplicationStatus::kRefused);
  // The refusal is pushed to the provider too (A23); the provider's other
  // notice asked it to grant the platform (A18, and N21's period in 2026).
  const auto told = NoticesOf("police.leader", NoticeKind::kApplication);
  ASSERT_EQ(told.size(), 2u);
  EXPECT_NE(told[0].message.find("(A18, N21)"), std::string::npos) << told[0].message;
  EXPECT_NE(told[1].message.find("不予授权"), std::string::npos) << told[1].message;
}

// A18 (c), A22, A23: 提供部门收到申请后,应在10个工作日内完成审核 — for a
// provider-to-platform entry the provider's review is its grant to the
// platform; the bureau's 2 working days (接到受理申请后的2个工作日内) run only once
// that grant exists. Nobody is scored late for another department's inaction.
// In 2026 both periods are N21's 1 working day for unconditional data.
TEST_F(SharingTest, ProviderToPlatformClockWaitsForTheProvider) {
  CatalogEntry e = Market();
  e.share.authorization_mode = AuthorizationMode::kProviderToPlatform;
  e.share.controlled_parameters = {"查询条件须包含统一社会信用代码"};
  const EntryRecord entry = Publish(e);
  Application a = p_->sharing().Apply("civil.op", Request(entry.id, {"企业名称"}));
  a = p_->sharing().AcceptApplication("reviewer", a.id, a.row_version);  // Tue 2026-09-01
  ASSERT_EQ(a.steps.size(), 2u);
  EXPECT_EQ(a.steps[1].kind, StepKind::kProviderDecision);
  EXPECT_EQ(a.steps[1].department_code, kPolice);
  EXPECT_EQ(a.steps[1].due.due.date, D("2026-09-02"));  // 1 working day (N21; A22's 10 before)
  EXPECT_EQ(a.steps[1].article, "N21");
  const auto asked = NoticesOf("police.leader", NoticeKind::kApplication);
  ASSERT_EQ(asked.size(), 1u);
  EXPECT_NE(asked[0].message.find("整体授权 (A18, N21)"), std::string::npos) << asked[0].message;
  p_->SetTime(T("2026-09-02T16:00:00+08:00"));
  EXPECT_TRUE(p_->sharing().OverdueSteps("auditor", kPolice).empty());
  // A week on, the bureau is not late: it has nothing to decide yet (the old
  // code had its days run out); the provider is.
  p_->SetTime(T("2026-09-08T10:00:00+08:00"));
  EXPECT_TRUE(p_->sharing().OverdueSteps("auditor", kBureau).empty());
  p_->SetTime(T("2026-09-16T10:00:00+08:00"));
  ASSERT_EQ(p_->sharing().OverdueSteps("auditor", kPolice).size(), 1u);  // the provider is
  EXPECT_TRUE(p_->sharing().OverdueSteps("auditor", kBureau).empty());
  GrantTerms wide;
  wide.valid_until = D("2027-06-30");
  const Authorization platform = p_->sharing().GrantPlatform("police.leader", entry.id, wide);
  a = p_->sharing().GetApplication("auditor", a.id);
  ASSERT_EQ(a.steps.size(), 3u);
  EXPECT_EQ(a.steps[1].outcome, "granted_platform");
  EXPECT_EQ(a.steps[1].completed_by, "police.leader");
  EXPECT_FALSE(a.steps[1].on_time);  // the provider was late, not the bureau
  EXPECT_EQ(a.steps[2].kind, StepKind::kPlatformDecision);
  EXPECT_EQ(a.steps[2].department_code, kBureau);
  EXPECT_EQ(a.steps[2].due.due.date, D("2026-09-17"));  // 1 working day from the grant (N21; A23's 2 before)
  const auto told = NoticesOf("reviewer", NoticeKind::kApplication);
  EXPECT_TRUE(std::any_of(told.begin(), told.end(), [](const Notice& n) {
    return n.message.find("(A18, N21)") != std::string::npos;
  }));
  a = p_->sharing().GrantApplication("reviewer", a.id, a.row_version, {});
  EXPECT_EQ(a.steps[2].outcome, "granted");
  EXPECT_TRUE(a.steps[2].on_time);
  // With the platform grant in place, a new application goes to the bureau at once.
  Application b = p_->sharing().Apply("rugao.admin", Request(entry.id, {"企业名称"}));
  b = p_->sharing().AcceptApplication("reviewer", b.id, b.row_version);
  EXPECT_EQ(b.steps[1].kind, StepKind::kPlatformDecision);
  // The bureau may still refuse while the provider has not granted: the
  // provider's step closes with it.
  Application c = p_->sharing().Apply("civil.op", Request(entry.id, {"企业名称"}));
  p_->sharing().Revoke("police.leader", platform.id, platform.row_version, RevocationGround::kBreach,
                       "平台转授权超出约定用途");
  c = p_->sharing().AcceptApplication("reviewer", c.id, c.row_version);
  EXPECT_EQ(c.steps[1].kind, StepKind::kProviderDecision);
  c = p_->sharing().RefuseApplication("reviewer", c.id, c.row_version, "提供部门已撤销对平台的整体授权");
  EXPECT_EQ(c.steps[1].outcome, "refused");
}

// A18 (a): 授权分为直接授权给使用部门和整体授权给市政务数据共享交换平台 — for a conditional
// entry the provider grants the platform what it chooses, not only the items
// open to every department; the bureau then grants each consumer within both
// that grant and the entry's scope (A8).
TEST_F(SharingTest, ConditionalEntryIsGrantedToThePlatformBeyondItsOpenItems) {
  CatalogEntry e = Household();
  e.share.authorization_mode = AuthorizationMode::kProviderToPlatform;
  e.share.scope.open_items = {"性别"};
  ASSERT_FALSE(HasErrors(Validate(e)));
  const EntryRecord entry = Publish(e);
  GrantTerms wide;
  wide.items = {"姓名", "公民身份号码", "性别"};
  wide.valid_until = D("2027-06-30");
  // The old code refused 姓名: not open to every department.
  const Authorization platform = p_->sharing().GrantPlatform("police.leader", entry.id, wide);
  EXPECT_EQ(platform.items, wide.items);
  EXPECT_EQ(platform.masked_items, std::vector<std::string>{"公民身份号码"});
  // 民政局 is named in the scope: it is granted 姓名 and the masked ID number.
  const Authorization civil = Granted("civil.op", entry.id, {"姓名", "公民身份号码"}, "reviewer");
  EXPECT_EQ(civil.items, (std::vector<std::string>{"姓名", "公民身份号码"}));
  EXPECT_EQ(civil.masked_items, std::vector<std::string>{"公民身份号码"});
  EXPECT_EQ(civil.platform_grant_id, platform.id);
  // 户籍地址 is in the scope but not in the platform grant: the ceiling holds.
  Application b = p_->sharing().Apply("civil.op", Request(entry.id, {"户籍地址"}));
  b = p_->sharing().AcceptApplication("reviewer", b.id, b.row_version);
  EXPECT_THROW(p_->sharing().GrantApplication("reviewer", b.id, b.row_version, {}), InvalidArgumentError);
}

// A18 (b): the grant to the platform as a whole is the ceiling of the
// consumer grants made under it: suspended, reinstated and revoked with it,
// the holders told; its conditions carry into them.
TEST_F(SharingTest, PlatformGrantIsTheCeilingOfConsumerGrants) {
  CatalogEntry e = Market();
  e.share.authorization_mode = AuthorizationMode::kProviderToPlatform;
  e.share.controlled_parameters = {"查询条件须包含统一社会信用代码"};
  const EntryRecord entry = Publish(e);
  GrantTerms wide;
  wide.valid_until = D("2027-06-30");
  wide.conditions = "仅限市场监管协同使用";
  Authorization platform = p_->sharing().GrantPlatform("police.leader", entry.id, wide);
  Authorization civil = Granted("civil.op", entry.id, {"企业名称"}, "reviewer");
  Authorization rugao = Granted("rugao.admin", entry.id, {"企业名称"}, "reviewer");
  EXPECT_EQ(civil.platform_grant_id, platform.id);
  EXPECT_EQ(civil.conditions, "仅限市场监管协同使用");  // carried in (old code: the entry's conditions)
  // 如皋 is suspended on its own ground first.
  rugao = p_->sharing().Suspend("police.leader", rugao.id, rugao.row_version, "疑似超范围使用");
  const auto civil_notices = NoticesOf("civil.op", NoticeKind::kAuthorization).size();
  platform = p_->sharing().Suspend("police.leader", platform.id, platform.row_version, "平台接口安全整改");
  civil = p_->sharing().GetAuthorization("auditor", civil.id);
  EXPECT_EQ(civil.status, AuthorizationStatus::kSuspended);
  EXPECT_TRUE(civil.suspended_with_platform_grant);
  EXPECT_EQ(NoticesOf("civil.op", NoticeKind::kAuthorization).size(), civil_notices + 1);
  // Not reinstated beyond its ceiling.
  EXPECT_THROW(p_->sharing().Reinstate("police.leader", civil.id, civil.row_version, "恢复"), InvalidTransitionError);
  EXPECT_EQ(p_->sharing().GetAuthorization("auditor", civil.id).row_version, civil.row_version);
  platform = p_->sharing().Reinstate("police.leader", platform.id, platform.row_version, "整改完成");
  EXPECT_EQ(p_->sharing().GetAuthorization("auditor", civil.id).status, AuthorizationStatus::kActive);
  // 如皋's own suspension stands.
  EXPECT_EQ(p_->sharing().GetAuthorization("auditor", rugao.id).status, AuthorizationStatus::kSuspended);
  // A revocation of the platform grant revokes every live consumer grant under it.
  platform = p_->sharing().Revoke("police.leader", platform.id, platform.row_version, RevocationGround::kBreach,
                                  "平台违规转授权");
  EXPECT_EQ(p_->sharing().GetAuthorization("auditor", civil.id).status, AuthorizationStatus::kRevoked);
  EXPECT_EQ(p_->sharing().GetAuthorization("auditor", rugao.id).status, AuthorizationStatus::kRevoked);
  EXPECT_NE(p_->sharing().GetAuthorization("auditor", civil.id).status_reason.find("平台违规转授权"), std::string::npos);
  // The platform does not use its grant: not revoked for non-use (A26).
  Authorization again = p_->sharing().GrantPlatform("police.leader", entry.id, wide);
  p_->SetTime(T("2027-01-05T09:00:00+08:00"));
  EXPECT_THROW(p_->sharing().Revoke("police.leader", again.id, again.row_version, RevocationGround::kNonUse, "未使用"),
               InvalidTransitionError);
  // Expiry: a consumer grant never outlives its ceiling (it is refused
  // beyond it), so it has expired by the time the platform grant does.
  Application late = p_->sharing().Apply("civil.op", Request(entry.id, {"企业名称"}));
  late = p_->sharing().AcceptApplication("reviewer", late.id, late.row_version);
  GrantTerms beyond;
  beyond.valid_until = D("2027-07-01");
  EXPECT_THROW(p_->sharing().GrantApplication("reviewer", late.id, late.row_version, beyond), InvalidArgumentError);
}

// A22 应在10个工作日内完成审核并填写授权意见; A23: a grant narrows what was applied
// for, never widens it — the old code granted a period longer than requested.
TEST_F(SharingTest, AGrantNeverWidensThePeriodAppliedFor) {
  const EntryRecord entry = Publish(Household());
  Application a = p_->sharing().Apply("civil.op", Request(entry.id, {"姓名"}));  // 2026-10-01..2027-03-31
  a = p_->sharing().AcceptApplication("reviewer", a.id, a.row_version);
  const auto audit = AuditCount();
  GrantTerms longer;
  longer.valid_until = D("2027-12-31");
  try {
    p_->sharing().GrantApplication("police.leader", a.id, a.row_version, longer);
    ADD_FAILURE() << "a period longer than applied for was granted";
  } catch (const InvalidArgumentError& err) {
    EXPECT_NE(std::string(err.what()).find("terms.valid_until 2027-12-31 is after the requested 2027-03-31"),
              std::string::npos)
        << err.what();
    EXPECT_NE(std::string(err.what()).find("(A22)"), std::string::npos) << err.what();
  }
  GrantTerms earlier;
  earlier.valid_from = D("2026-09-15");
  EXPECT_THROW(p_->sharing().GrantApplication("police.leader", a.id, a.row_version, earlier), InvalidArgumentError);
  EXPECT_EQ(AuditCount(), audit);  // refused: nothing changed
  EXPECT_EQ(p_->sharing().GetApplication("auditor", a.id).status, ApplicationStatus::kAccepted);
  GrantTerms shorter;
  shorter.valid_until = D("2026-12-31");
  a = p_->sharing().GrantApplication("police.leader", a.id, a.row_version, shorter);
  EXPECT_EQ(p_->sharing().GetAuthorization("auditor", a.authorization_id).valid_until, D("2026-12-31"));
}

// A21, A22: a refusal needs a reason; a refused or wrong transition changes
// nothing, a denied one is a security event.
TEST_F(SharingTest, RefusedTransitionsChangeNothing) {
  const EntryRecord entry = Publish(Household());
  Application a = p_->sharing().Apply("civil.op", Request(entry.id, {"姓名"}));
  EXPECT_THROW(p_->sharing().DeclineApplication("reviewer", a.id, a.row_version, ""), InvalidArgumentError);
  EXPECT_THROW(p_->sharing().GrantApplication("police.leader", a.id, a.row_version, {}), InvalidTransitionError);
  const auto audit = AuditCount();
  const auto events = p_->SecurityEvents("auditor").size();
  EXPECT_THROW(p_->sharing().AcceptApplication("civil.leader", a.id, a.row_version), PermissionDeniedError);
  EXPECT_THROW(p_->sharing().AcceptApplication("reviewer", a.id, a.row_version + 1), ConflictError);
  EXPECT_EQ(AuditCount(), audit);
  EXPECT_EQ(p_->SecurityEvents("auditor").size(), events + 1);
  const Application same = p_->sharing().GetApplication("auditor", a.id);
  EXPECT_EQ(same.row_version, a.row_version);
  EXPECT_EQ(same.status, ApplicationStatus::kSubmitted);
  EXPECT_EQ(same.steps.size(), 1u);

  a = p_->sharing().AcceptApplication("reviewer", a.id, a.row_version);
  EXPECT_THROW(p_->sharing().RefuseApplication("police.leader", a.id, a.row_version, " "), InvalidArgumentError);
  EXPECT_THROW(p_->sharing().GrantApplication("civil.leader", a.id, a.row_version, {}), PermissionDeniedError);
  GrantTerms more;
  more.items = {"性别"};  // not applied for
  EXPECT_THROW(p_->sharing().GrantApplication("police.leader", a.id, a.row_version, more), InvalidArgumentError);
  EXPECT_EQ(p_->sharing().GetApplication("civil.op", a.id).row_version, a.row_version);
  a = p_->sharing().RefuseApplication("police.leader", a.id, a.row_version, "申请事项与履职依据不符");
  EXPECT_EQ(a.status, ApplicationStatus::kRefused);
  EXPECT_EQ(a.reason, "申请事项与履职依据不符");
  EXPECT_EQ(a.steps[1].outcome, "refused");
  EXPECT_THROW(p_->sharing().GrantApplication("police.leader", a.id, a.row_version, {}), InvalidTransitionError);

  Application b = p_->sharing().Apply("civil.op", Request(entry.id, {"姓名"}));
  b = p_->sharing().DeclineApplication("reviewer", b.id, b.row_version, "申请材料未加盖公章");
  EXPECT_EQ(b.status, ApplicationStatus::kNotAccepted);
  EXPECT_EQ(b.steps[0].outcome, "not_accepted");
  EXPECT_EQ(b.steps.size(), 1u);
}

// Reads are scoped: parties see their cases; the bureau and auditors all.
TEST_F(SharingTest, DepartmentsSeeOnlyTheirOwnCases) {
  const EntryRecord entry = Publish(Household());
  const Application a = p_->sharing().Apply("civil.op", Request(entry.id, {"姓名"}));
  EXPECT_EQ(p_->sharing().GetApplication("police.op", a.id).id, a.id);
  EXPECT_THROW(p_->sharing().GetApplication("rugao.admin", a.id), PermissionDeniedError);
  EXPECT_TRUE(p_->sharing().Applications("rugao.admin", "").empty());
  EXPECT_EQ(p_->sharing().Applications("civil.op", "").size(), 1u);
  EXPECT_EQ(p_->sharing().Applications("police.leader", kPolice).size(), 1u);
  EXPECT_THROW(p_->sharing().Applications("civil.op", kPolice), PermissionDeniedError);
  EXPECT_EQ(p_->sharing().Applications("auditor", kPolice).size(), 1u);
  EXPECT_EQ(p_->sharing().Applications("reviewer", "").size(), 1u);
  EXPECT_THROW(p_->sharing().Applications("ghost", ""), PermissionDeniedError);
}

// A26: non-use for more than 3 months, except seasonal use; revocation by
// the provider with a reason; suspension and reinstatement (A28, A30).
TEST_F(SharingTest, NonUseRevocationAndSuspension) {
  const EntryRecord entry = Publish(Household());
  p_->SetTime(T("2026-09-01T10:00:00+08:00"));
  Authorization used = Granted("civil.op", entry.id, {"姓名"}, "police.leader");
  Authorization idle = Granted("rugao.admin", entry.id, {"姓名"}, "police.leader");
  Authorization seasonal = Granted("civil.op", entry.id, {"性别"}, "police.leader", true);
  EXPECT_TRUE(seasonal.seasonal);
  p_->SetTime(T("2026-10-10T10:00:00+08:00"));
  used = p_->sharing().RecordUse("civil.op", used.id);
  ASSERT_TRUE(used.last_used.has_value());
  EXPECT_THROW(p_->sharing().RecordUse("rugao.admin", used.id), PermissionDeniedError);  // not its authorization

  // A26 counts from valid_from (2026-10-01), not the grant (09-01): it
  // could not be used before. (Was 12-01 / 12-02, counted from the grant.)
  p_->SetTime(T("2027-01-01T09:00:00+08:00"));  // exactly 3 months: not more
  EXPECT_TRUE(p_->sharing().RevocableForNonUse("police.leader", kPolice).empty());
  p_->SetTime(T("2027-01-02T09:00:00+08:00"));
  auto revocable = p_->sharing().RevocableForNonUse("police.leader", kPolice);
  ASSERT_EQ(revocable.size(), 1u);
  EXPECT_EQ(revocable[0].id, idle.id);
  EXPECT_THROW(p_->sharing().Revoke("police.leader", used.id, used.row_version, RevocationGround::kNonUse, "超过三个月未使用"),
               InvalidTransitionError);
  EXPECT_THROW(p_->sharing().Revoke("police.leader", seasonal.id, seasonal.row_version, RevocationGround::kNonUse, "未使用"),
               InvalidTransitionError);
  EXPECT_THROW(p_->sharing().Revoke("admin", idle.id, idle.row_version, RevocationGround::kNonUse, "未使用"),
               PermissionDeniedError);  // the provider revokes for non-use
  EXPECT_THROW(p_->sharing().Revoke("police.leader", idle.id, idle.row_version, RevocationGround::kNonUse, ""),
               InvalidArgumentError);
  idle = p_->sharing().Revoke("police.leader", idle.id, idle.row_version, RevocationGround::kNonUse, "超过三个月未使用");
  EXPECT_EQ(idle.status, AuthorizationStatus::kRevoked);
  const auto told = NoticesOf("rugao.admin", NoticeKind::kAuthorization);
  ASSERT_EQ(told.size(), 1u);
  EXPECT_NE(told[0].message.find("A26"), std::string::npos);
  EXPECT_TRUE(p_->sharing().RevocableForNonUse("police.leader", kPolice).empty());

  // A28, A30: suspension for a suspected breach, by the bureau, and back.
  used = p_->sharing().Suspend("admin", used.id, used.row_version, "接口访问日志显示超范围使用");
  EXPECT_EQ(used.status, AuthorizationStatus::kSuspended);
  EXPECT_THROW(p_->sharing().RecordUse("civil.op", used.id), InvalidTransitionError);
  EXPECT_THROW(p_->sharing().Suspend("admin", used.id, used.row_version, "again"), InvalidTransitionError);
  used = p_->sharing().Reinstate("police.leader", used.id, used.row_version, "经核查为正常使用");
  EXPECT_EQ(used.status, AuthorizationStatus::kActive);
  used = p_->sharing().Revoke("admin", used.id, used.row_version, RevocationGround::kBreach, "向第三方提供数据 (A30)");
  EXPECT_EQ(used.status, AuthorizationStatus::kRevoked);
  EXPECT_THROW(p_->sharing().Reinstate("police.leader", used.id, used.row_version, "x"), InvalidTransitionError);
}

// A24–A25: a demand request answered with a commitment, fulfilled by a
// publication within 1 month.
TEST_F(SharingTest, DemandRequestToFulfilment) {
  p_->SetTime(T("2026-09-28T10:00:00+08:00"));
  DemandRequestInput in;
  in.target_code = kPolice;
  in.description = "流动人口居住登记信息";
  in.items = {"姓名", "居住地址", "登记日期"};
  in.purpose = "社区网格化服务管理";
  in.scan = Scan();
  DemandRequest d = p_->sharing().SubmitDemand("civil.op", in);
  EXPECT_EQ(d.status, DemandStatus::kSubmitted);
  EXPECT_EQ(d.requester_code, kCivil);
  ASSERT_EQ(d.steps.size(), 1u);
  EXPECT_EQ(d.steps[0].kind, StepKind::kDemandResponse);
  EXPECT_EQ(d.steps[0].department_code, kPolice);
  // Pending: due at the latest lawful answer, the 1-month publication (A25
  // sets no 10-day limit on a will_publish answer). Was 10 working days.
  EXPECT_EQ(d.steps[0].due.due.date, D("2026-10-28"));
  EXPECT_EQ(NoticesOf("police.leader", NoticeKind::kDemand).size(), 1u);
  EXPECT_THROW(p_->sharing().AnswerDemand("civil.leader", d.id, d.row_version, {DemandAnswerKind::kWillPublish, "将发布", ""}),
               PermissionDeniedError);
  EXPECT_THROW(p_->sharing().AnswerDemand("police.leader", d.id, d.row_version, {DemandAnswerKind::kWillPublish, "", ""}),
               InvalidArgumentError);

  p_->SetTime(T("2026-09-29T10:00:00+08:00"));
  d = p_->sharing().AnswerDemand("police.leader", d.id, d.row_version,
                       {DemandAnswerKind::kWillPublish, "确属本部门职责，正在编目", ""});
  EXPECT_EQ(d.status, DemandStatus::kCommitted);
  ASSERT_EQ(d.steps.size(), 2u);
  EXPECT_TRUE(d.steps[0].on_time);
  EXPECT_EQ(d.steps[1].kind, StepKind::kDemandPublication);
  EXPECT_EQ(d.steps[1].due.due.date, D("2026-10-28"));  // 1 month after 09-28
  EXPECT_THROW(p_->sharing().AnswerDemand("police.leader", d.id, d.row_version, {DemandAnswerKind::kNotInDuties, "x", ""}),
               InvalidTransitionError);

  p_->SetTime(T("2026-10-20T10:00:00+08:00"));
  CatalogEntry e = Household();
  e.name = "流动人口居住登记信息";
  const EntryRecord entry = Publish(e);
  EXPECT_THROW(p_->sharing().FulfilDemand("police.leader", d.id, d.row_version + 1, entry.id), ConflictError);
  d = p_->sharing().FulfilDemand("police.leader", d.id, d.row_version, entry.id);
  EXPECT_EQ(d.status, DemandStatus::kFulfilled);
  EXPECT_EQ(d.fulfilled_entry_id, entry.id);
  EXPECT_TRUE(d.steps[1].on_time);
  const auto told = NoticesOf("civil.op", NoticeKind::kDemand);
  ASSERT_EQ(told.size(), 2u);
  EXPECT_NE(told[1].message.find("已发布"), std::string::npos);
}

// A25: "not within our duties" is judged by the platform's policy days; a
// deferred answer is filed with the bureau.
TEST_F(SharingTest, DemandAnswersAreJudgedByTheirOwnDeadlines) {
  DemandRequestInput in;
  in.target_code = kPolice;
  in.description = "不动产登记信息";
  in.items = {"权利人"};
  in.purpose = "住房保障资格审核";
  in.scan = Scan();
  p_->SetTime(T("2026-09-01T10:00:00+08:00"));
  DemandRequest late = p_->sharing().SubmitDemand("civil.op", in);
  DemandRequest deferred = p_->sharing().SubmitDemand("civil.op", in);
  EXPECT_THROW(p_->sharing().SetPolicy("reviewer", DaysPolicy(3, 5)), PermissionDeniedError);
  EXPECT_THROW(p_->sharing().SetPolicy("admin", DaysPolicy(0, 5)), InvalidArgumentError);
  p_->sharing().SetPolicy("admin", DaysPolicy(3, 5));
  EXPECT_EQ(p_->sharing().Policy().demand_not_in_duties_days, 3);
  // Day 4 (Mon 09-07): later than 3 working days.
  p_->SetTime(T("2026-09-07T10:00:00+08:00"));
  late = p_->sharing().AnswerDemand("police.leader", late.id, late.row_version,
                          {DemandAnswerKind::kNotInDuties, "不动产登记由自然资源和规划局负责", kCivil});
  EXPECT_EQ(late.status, DemandStatus::kNotInDuties);
  EXPECT_FALSE(late.steps[0].on_time);
  EXPECT_EQ(late.steps[0].due.due.date, D("2026-09-04"));
  ASSERT_TRUE(late.answer.has_value());
  EXPECT_EQ(late.answer->suggested_department, kCivil);
  // The same day is within 10 working days for "cannot publish now".
  deferred = p_->sharing().AnswerDemand("police.leader", deferred.id, deferred.row_version,
                              {DemandAnswerKind::kCannotPublishYet, "系统改造中，预计年底完成接口开发", ""});
  EXPECT_EQ(deferred.status, DemandStatus::kDeferred);
  EXPECT_TRUE(deferred.steps[0].on_time);
  bool filed = false;
  for (const auto& n : NoticesOf("admin", NoticeKind::kDemand)) filed = filed || n.message.find("备案") != std::string::npos;
  EXPECT_TRUE(filed);
}

// A25 对确属本部门履职范围内而未能及时在市政务数据共享交换平台发布的，应在1个月内
// 完成资源发布: a will_publish answer has no 10-day limit; it is judged by the
// 1-month publication deadline alone. 对确因客观原因暂时无法发布的，应在10个工作日
// 内将情况反馈给需求申请部门，并报市大数据管理局备案: a department that committed
// may change its answer to cannot_publish_yet, judged by those 10 working days.
TEST_F(SharingTest, WillPublishIsJudgedByThePublicationMonthAlone) {
  DemandRequestInput in;
  in.target_code = kPolice;
  in.description = "流动人口居住登记信息";
  in.items = {"姓名", "居住地址"};
  in.purpose = "社区网格化服务管理";
  in.scan = Scan();
  p_->SetTime(T("2026-11-02T10:00:00+08:00"));  // Monday; 10 working days: 11-16; 1 month: 12-02
  DemandRequest late = p_->sharing().SubmitDemand("civil.op", in);
  DemandRequest early = p_->sharing().SubmitDemand("civil.op", in);
  EXPECT_EQ(late.steps[0].due.due.date, D("2026-12-02"));

  // Past 10 working days, unanswered: not overdue while a will_publish answer is lawful.
  p_->SetTime(T("2026-11-18T10:00:00+08:00"));
  EXPECT_TRUE(p_->sharing().OverdueSteps("admin", kPolice).empty());
  early = p_->sharing().AnswerDemand("police.leader", early.id, early.row_version,
                                     {DemandAnswerKind::kWillPublish, "确属本部门职责，正在编目", ""});
  p_->SetTime(T("2026-11-20T10:00:00+08:00"));
  late = p_->sharing().AnswerDemand("police.leader", late.id, late.row_version,
                                    {DemandAnswerKind::kWillPublish, "确属本部门职责，正在编目", ""});
  EXPECT_EQ(late.status, DemandStatus::kCommitted);
  EXPECT_TRUE(late.steps[0].on_time);  // the old code judged it by 10 working days: late
  EXPECT_EQ(late.steps[0].due.due.date, D("2026-12-02"));
  ASSERT_EQ(late.steps.size(), 2u);
  EXPECT_EQ(late.steps[1].kind, StepKind::kDemandPublication);
  EXPECT_EQ(late.steps[1].due.due.date, D("2026-12-02"));

  // The commitment changed to cannot_publish_yet: after the 10 working days, late feedback.
  EXPECT_THROW(p_->sharing().AnswerDemand("police.leader", late.id, late.row_version,
                                          {DemandAnswerKind::kCannotPublishYet, "", ""}),
               InvalidArgumentError);  // the feedback is required
  EXPECT_THROW(p_->sharing().AnswerDemand("civil.leader", late.id, late.row_version,
                                          {DemandAnswerKind::kCannotPublishYet, "x", ""}),
               PermissionDeniedError);
  EXPECT_THROW(p_->sharing().AnswerDemand("police.leader", late.id, late.row_version,
                                          {DemandAnswerKind::kNotInDuties, "x", ""}),
               InvalidTransitionError);
  p_->SetTime(T("2026-11-25T10:00:00+08:00"));
  const std::int64_t audit_before = AuditCount();
  late = p_->sharing().AnswerDemand("police.leader", late.id, late.row_version,
                                    {DemandAnswerKind::kCannotPublishYet, "上游系统改造延期，预计明年一季度发布", ""});
  EXPECT_EQ(late.status, DemandStatus::kDeferred);
  EXPECT_EQ(late.answer->kind, DemandAnswerKind::kCannotPublishYet);
  ASSERT_EQ(late.steps.size(), 2u);
  EXPECT_EQ(late.steps[0].outcome, "will_publish");  // the first answer stays as given
  EXPECT_EQ(late.steps[1].outcome, "cannot_publish_yet");
  EXPECT_EQ(late.steps[1].due.due.date, D("2026-11-16"));
  EXPECT_FALSE(late.steps[1].on_time);
  EXPECT_EQ(AuditCount(), audit_before + 1);
  bool filed = false;
  for (const auto& n : NoticesOf("admin", NoticeKind::kDemand)) {
    filed = filed || (n.object == "demand:" + std::to_string(late.id) && n.message.find("备案") != std::string::npos);
  }
  EXPECT_TRUE(filed);
  EXPECT_THROW(p_->sharing().AnswerDemand("police.leader", late.id, late.row_version,
                                          {DemandAnswerKind::kCannotPublishYet, "again", ""}),
               InvalidTransitionError);
  EXPECT_THROW(p_->sharing().AnswerDemand("police.leader", late.id, late.row_version,
                                          {DemandAnswerKind::kWillPublish, "again", ""}),
               InvalidTransitionError);
  // The earlier demand, committed then fulfilled within the month: on time.
  CatalogEntry e = Household();
  e.name = "流动人口居住登记信息";
  const EntryRecord entry = Publish(e);
  early = p_->sharing().FulfilDemand("police.leader", early.id, early.row_version, entry.id);
  EXPECT_TRUE(early.steps[1].on_time);
  EXPECT_TRUE(p_->sharing().OverdueSteps("admin", kPolice).empty());
}

// A25 提供部门收到……需求申请后……完成资源发布: FulfilDemand takes only an entry of
// the department asked whose live version was published after the demand was
// received; a refusal changes nothing.
TEST_F(SharingTest, FulfilmentIsAPublicationAfterReceipt) {
  p_->SetTime(T("2026-09-01T10:00:00+08:00"));
  CatalogEntry old_entry = Household();
  old_entry.name = "流动人口居住登记信息（旧）";
  const EntryRecord before_demand = Publish(old_entry);
  p_->SetTime(T("2026-09-02T10:00:00+08:00"));
  DemandRequestInput in;
  in.target_code = kPolice;
  in.description = "流动人口居住登记信息";
  in.items = {"姓名", "居住地址"};
  in.purpose = "社区网格化服务管理";
  in.scan = Scan();
  DemandRequest d = p_->sharing().SubmitDemand("civil.op", in);
  d = p_->sharing().AnswerDemand("police.leader", d.id, d.row_version,
                                 {DemandAnswerKind::kWillPublish, "确属本部门职责", ""});
  p_->SetTime(T("2026-09-10T10:00:00+08:00"));
  const std::int64_t audit_before = AuditCount();
  try {
    p_->sharing().FulfilDemand("police.leader", d.id, d.row_version, before_demand.id);
    ADD_FAILURE() << "an entry published before the demand fulfilled it";
  } catch (const InvalidArgumentError& err) {
    EXPECT_NE(std::string(err.what()).find("entry_id"), std::string::npos) << err.what();
    EXPECT_NE(std::string(err.what()).find("A25"), std::string::npos) << err.what();
  }
  EXPECT_EQ(AuditCount(), audit_before);
  EXPECT_EQ(p_->sharing().GetDemand("civil.op", d.id).row_version, d.row_version);
  EXPECT_EQ(p_->sharing().GetDemand("civil.op", d.id).status, DemandStatus::kCommitted);

  // A new version of that entry, published after receipt, is a publication in answer.
  EntryRecord r = p_->catalog().GetEntry("police.op", before_demand.id);
  CatalogEntry revised = *r.live;
  revised.code.clear();
  revised.summary += "按需求增补居住地址信息项。";
  r = p_->catalog().EditDraft("police.op", r.id, r.row_version, revised);
  r = p_->catalog().Submit("police.op", r.id, r.row_version);
  r = p_->catalog().Approve("reviewer", r.id, r.row_version);
  r = p_->catalog().Publish("police.leader", r.id, r.row_version);
  d = p_->sharing().FulfilDemand("police.leader", d.id, d.row_version, r.id);
  EXPECT_EQ(d.status, DemandStatus::kFulfilled);
  EXPECT_EQ(d.fulfilled_entry_id, before_demand.id);
}

// A26 对于使用部门获得授权后超过三个月不使用的: the 3 months run from the later of
// the grant, valid_from and the last use; the days under suspension (A28, A30:
// it could not be used) are not non-use; whether the end rolls to a working
// day is SharingPolicy.non_use_rolls_to_working_day (default: no).
TEST_F(SharingTest, NonUseCountsFromValidityAndNotWhileSuspended) {
  const EntryRecord entry = Publish(Household());
  p_->SetTime(T("2026-09-01T10:00:00+08:00"));
  ApplicationRequest now_valid = Request(entry.id, {"姓名"});
  now_valid.valid_from = D("2026-09-01");
  Application a = p_->sharing().Apply("civil.op", now_valid);
  a = p_->sharing().AcceptApplication("reviewer", a.id, a.row_version);
  a = p_->sharing().GrantApplication("police.leader", a.id, a.row_version, {});
  Authorization suspended = p_->sharing().GetAuthorization("auditor", a.authorization_id);
  const Authorization later = Granted("rugao.admin", entry.id, {"姓名"}, "police.leader");  // valid from 10-01
  EXPECT_TRUE(suspended.suspensions.empty());

  p_->SetTime(T("2026-09-10T10:00:00+08:00"));
  suspended = p_->sharing().Suspend("admin", suspended.id, suspended.row_version, "疑似超范围使用");
  ASSERT_EQ(suspended.suspensions.size(), 1u);
  EXPECT_EQ(suspended.suspensions[0].from, T("2026-09-10T10:00:00+08:00"));
  EXPECT_FALSE(suspended.suspensions[0].until.has_value());
  p_->SetTime(T("2026-09-15T10:00:00+08:00"));
  suspended = p_->sharing().Reinstate("police.leader", suspended.id, suspended.row_version, "核查无误");
  ASSERT_EQ(suspended.suspensions.size(), 1u);
  EXPECT_EQ(suspended.suspensions[0].until, T("2026-09-15T10:00:00+08:00"));

  // 3 months from 09-01 end 12-01; 5 days suspended move it to Sun 12-06.
  p_->SetTime(T("2026-12-06T09:00:00+08:00"));
  EXPECT_TRUE(p_->sharing().RevocableForNonUse("police.leader", kPolice).empty());
  try {
    p_->sharing().Revoke("police.leader", suspended.id, suspended.row_version, RevocationGround::kNonUse, "未使用");
    ADD_FAILURE() << "revoked within its 3 months";
  } catch (const InvalidTransitionError& err) {
    EXPECT_NE(std::string(err.what()).find("2026-12-07"), std::string::npos) << err.what();
    EXPECT_NE(std::string(err.what()).find("A26"), std::string::npos) << err.what();
  }
  p_->SetTime(T("2026-12-07T09:00:00+08:00"));
  auto revocable = p_->sharing().RevocableForNonUse("police.leader", kPolice);
  ASSERT_EQ(revocable.size(), 1u);  // not `later`: its 3 months run from 10-01
  EXPECT_EQ(revocable[0].id, suspended.id);

  // The policy rolls the end (Sunday 12-06) to Monday 12-07.
  SharingPolicy roll;
  roll.non_use_rolls_to_working_day = true;
  p_->sharing().SetPolicy("admin", roll);
  EXPECT_TRUE(p_->sharing().RevocableForNonUse("police.leader", kPolice).empty());
  p_->SetTime(T("2026-12-08T09:00:00+08:00"));
  revocable = p_->sharing().RevocableForNonUse("police.leader", kPolice);
  ASSERT_EQ(revocable.size(), 1u);
  const Authorization revoked = p_->sharing().Revoke("police.leader", suspended.id, revocable[0].row_version,
                                                     RevocationGround::kNonUse, "超过三个月未使用");
  EXPECT_EQ(revoked.status, AuthorizationStatus::kRevoked);
  EXPECT_NE(later.id, revoked.id);
}

// A29: a confirmed objection sends a correction notice to exactly the
// departments holding an active authorization on the entry, and to the bureau.
TEST_F(SharingTest, CorrectionReachesExactlyTheActiveHolders) {
  const EntryRecord entry = Publish(Household());
  const EntryRecord other = Publish(Market());
  Authorization civil = Granted("civil.op", entry.id, {"姓名"}, "police.leader");
  Authorization rugao = Granted("rugao.admin", entry.id, {"姓名"}, "police.leader");
  Granted("rugao.admin", other.id, {"企业名称"}, "reviewer");
  rugao = p_->sharing().Revoke("admin", rugao.id, rugao.row_version, RevocationGround::kBreach, "违规");
  const std::size_t rugao_before = NoticesOf("rugao.admin", NoticeKind::kCorrection).size();

  ObjectionInput in{entry.id, "320602199001011234", "姓名", "姓名与户口簿不一致"};
  EXPECT_THROW(p_->sharing().RaiseObjection("police.op", in), InvalidTransitionError);  // holds no authorization
  in.item = "婚姻状况";
  EXPECT_THROW(p_->sharing().RaiseObjection("civil.op", in), InvalidArgumentError);
  in.item = "姓名";
  Objection o = p_->sharing().RaiseObjection("civil.op", in);
  EXPECT_EQ(o.status, ObjectionStatus::kOpen);
  EXPECT_EQ(o.provider_code, kPolice);
  ASSERT_EQ(o.steps.size(), 1u);
  EXPECT_EQ(o.steps[0].kind, StepKind::kObjectionCheck);
  // N26: 10 working days from receipt (A29 及时 — the policy's 5 — before 2025-08-01).
  EXPECT_EQ(o.steps[0].due.due.date, D("2026-09-15"));
  EXPECT_EQ(o.steps[0].article, "N26");
  EXPECT_THROW(p_->sharing().ResolveObjection("civil.leader", o.id, o.row_version, true, "已更正"), PermissionDeniedError);
  o = p_->sharing().ResolveObjection("police.leader", o.id, o.row_version, true, "已按户籍底册更正姓名");
  EXPECT_EQ(o.status, ObjectionStatus::kCorrected);
  EXPECT_EQ(o.notified_departments, (std::vector<std::string>{kCivil}));
  EXPECT_EQ(NoticesOf("civil.op", NoticeKind::kCorrection).size(), 1u);
  EXPECT_EQ(NoticesOf("rugao.admin", NoticeKind::kCorrection).size(), rugao_before);  // revoked: not told
  EXPECT_EQ(NoticesOf("admin", NoticeKind::kCorrection).size(), 1u);  // reported to the bureau
  EXPECT_THROW(p_->sharing().ResolveObjection("police.leader", o.id, o.row_version, false, "x"), InvalidTransitionError);

  Objection wrong = p_->sharing().RaiseObjection("civil.op", in);
  EXPECT_THROW(p_->sharing().ResolveObjection("police.leader", wrong.id, wrong.row_version, false, ""), InvalidArgumentError);
  wrong = p_->sharing().ResolveObjection("police.leader", wrong.id, wrong.row_version, false, "经核对数据无误");
  EXPECT_EQ(wrong.status, ObjectionStatus::kRejected);
  EXPECT_TRUE(wrong.notified_departments.empty());
  EXPECT_EQ(p_->sharing().Objections("civil.op", "").size(), 2u);
  EXPECT_EQ(civil.status, AuthorizationStatus::kActive);
}

// A16 "须提前告知数据订阅使用部门和市大数据管理局": a department holding an active
// or suspended authorization on the entry is a using department and is told of
// a withdrawal without having subscribed — at the request and at the approval.
// One that no longer holds (revoked) is not.
TEST_F(SharingTest, WithdrawalIsToldToEveryHolderOfAnActiveOrSuspendedAuthorization) {
  const EntryRecord entry = Publish(Household());
  const EntryRecord market = Publish(Market());
  Granted("civil.op", entry.id, {"姓名"}, "police.leader");
  Authorization rugao = Granted("rugao.admin", entry.id, {"姓名"}, "police.leader");
  rugao = p_->sharing().Suspend("admin", rugao.id, rugao.row_version, "接口访问日志显示超范围使用");
  Authorization gone = Granted("civil.op", market.id, {"企业名称"}, "reviewer");
  p_->sharing().Revoke("admin", gone.id, gone.row_version, RevocationGround::kBreach, "违规");

  EntryRecord r = p_->catalog().RequestWithdrawal("police.leader", entry.id, entry.row_version, "系统迁移");
  EntryRecord m = p_->catalog().RequestWithdrawal("police.leader", market.id, market.row_version, "职能调整");
  const auto civil_told = NoticesOf("civil.op", NoticeKind::kWithdrawalNotice);
  ASSERT_EQ(civil_told.size(), 1u);  // the household entry only: its market grant is revoked
  EXPECT_EQ(civil_told[0].entry_id, entry.id);
  EXPECT_NE(civil_told[0].message.find("A16"), std::string::npos);
  EXPECT_EQ(NoticesOf("rugao.admin", NoticeKind::kWithdrawalNotice).size(), 1u);  // suspended: still a user
  EXPECT_EQ(NoticesOf("admin", NoticeKind::kWithdrawalNotice).size(), 2u);  // the bureau, once per entry

  r = p_->catalog().DecideWithdrawal("admin", r.id, r.row_version, true, "已确认替代资源");
  EXPECT_EQ(r.status, EntryStatus::kWithdrawn);
  EXPECT_EQ(NoticesOf("civil.op", NoticeKind::kWithdrawalDecision).size(), 1u);
  EXPECT_EQ(NoticesOf("rugao.admin", NoticeKind::kWithdrawalDecision).size(), 1u);
  m = p_->catalog().DecideWithdrawal("admin", m.id, m.row_version, true, "同意");
  EXPECT_EQ(NoticesOf("civil.op", NoticeKind::kWithdrawalDecision).size(), 1u);
}

// A16 "政务部门对已发布的政务信息资源不得随意撤销…经大数据管理局审核同意后方可撤销发布":
// a revision that takes away what a holder is authorized for is a withdrawal by
// the back door and is refused, at submission and again at publication; a
// revision that takes nothing away, or one made after the grants ended, goes
// through review and publication as before.
TEST_F(SharingTest, ARevisionThatTakesAwayAGrantIsRefused) {
  CatalogEntry base = Household();
  base.share.methods = {ShareMethod::kApi, ShareMethod::kTable};
  base.share.front_database = "公安局共享前置库";
  EntryRecord r = Publish(base);
  Authorization civil = Granted("civil.op", r.id, {"姓名", "性别"}, "police.leader");
  const CatalogEntry live = *p_->catalog().GetEntry("police.op", r.id).live;

  auto refused_at_submit = [&](const CatalogEntry& revised, const std::string& field) {
    r = p_->catalog().EditDraft("police.op", r.id, p_->catalog().GetEntry("police.op", r.id).row_version, revised);
    const std::int64_t audit = AuditCount();
    try {
      p_->catalog().Submit("police.op", r.id, r.row_version);
      ADD_FAILURE() << field;
    } catch (const InvalidArgumentError& e) {
      const std::string m = e.what();
      EXPECT_EQ(m.rfind(field, 0), 0u) << m;
      EXPECT_NE(m.find("department " + std::string(kCivil) + " holds under authorization " + std::to_string(civil.id)),
                std::string::npos) << m;
      EXPECT_NE(m.find("A16"), std::string::npos) << m;
    }
    // Nothing changed: the draft stays a draft, the live version stays live.
    const EntryRecord now = p_->catalog().GetEntry("police.op", r.id);
    EXPECT_EQ(now.row_version, r.row_version);
    EXPECT_EQ(now.working_status, VersionStatus::kDraft);
    EXPECT_EQ(now.live->share.share_class, ShareClass::kConditional);
    EXPECT_EQ(AuditCount(), audit);
  };
  CatalogEntry x = live;
  x.share.share_class = ShareClass::kNotShared;
  x.share.authorization_mode.reset();
  x.share.conditions.clear();
  x.share.methods.clear();
  x.share.scope = {};
  x.share.parallel_approval = false;
  x.share.front_database.clear();
  x.share.legal_basis = LegalBasis{LegalBasisKind::kLaw, "《中华人民共和国居民身份证法》", "第六条"};
  refused_at_submit(x, "share.share_class");
  x = live;
  x.items.erase(x.items.begin() + 2);  // 性别
  x.share.scope.open_items.clear();
  refused_at_submit(x, "items: the authorized item \"性别\" is removed");
  x = live;
  x.share.methods = {ShareMethod::kTable};
  x.share.parallel_approval = false;
  x.update_cycle = UpdateCycle::kWeekly;  // realtime and daily need the API (A13)
  refused_at_submit(x, "share.methods: the granted method api");
  x = live;
  x.share.scope.departments = {kRugaoPlatform};
  refused_at_submit(x, "share.scope: the authorized item \"姓名\"");
  // Suspended, the authorization still binds (A28, A30: it may be reinstated).
  civil = p_->sharing().Suspend("admin", civil.id, civil.row_version, "核查中");
  refused_at_submit(x, "share.scope");
  civil = p_->sharing().Reinstate("admin", civil.id, civil.row_version, "核查无误");

  // Allowed: dropping 户籍地址, which nobody holds, and adding a method.
  CatalogEntry narrower = live;
  narrower.items.pop_back();  // 户籍地址
  narrower.share.scope.masked_items = {"公民身份号码"};
  narrower.share.methods.push_back(ShareMethod::kFile);
  r = p_->catalog().EditDraft("police.op", r.id, p_->catalog().GetEntry("police.op", r.id).row_version, narrower);
  r = p_->catalog().Submit("police.op", r.id, r.row_version);
  r = p_->catalog().Approve("reviewer", r.id, r.row_version);
  // ... but 如皋 is granted 户籍地址 on the live version before it is published:
  // publication is refused; the approved version goes back to a draft.
  Authorization rugao = Granted("rugao.admin", r.id, {"户籍地址"}, "police.leader");
  r = p_->catalog().GetEntry("police.op", r.id);
  try {
    p_->catalog().Publish("police.leader", r.id, r.row_version);
    ADD_FAILURE();
  } catch (const InvalidArgumentError& e) {
    EXPECT_EQ(std::string(e.what()).rfind("items: the authorized item \"户籍地址\" is removed", 0), 0u) << e.what();
  }
  EXPECT_EQ(p_->catalog().GetEntry("police.op", r.id).working_status, VersionStatus::kApproved);
  CatalogEntry kept = narrower;
  kept.items = live.items;
  kept.share.scope.masked_items = live.share.scope.masked_items;
  r = p_->catalog().EditDraft("police.op", r.id, r.row_version, kept);
  EXPECT_EQ(r.working_status, VersionStatus::kDraft);
  r = p_->catalog().Submit("police.op", r.id, r.row_version);
  r = p_->catalog().Approve("reviewer", r.id, r.row_version);
  r = p_->catalog().Publish("police.leader", r.id, r.row_version);
  EXPECT_EQ(r.live->share.methods.size(), 3u);

  // Once the grants have ended, the narrowing is no withdrawal from anyone.
  p_->sharing().Revoke("admin", rugao.id, rugao.row_version, RevocationGround::kBreach, "违规");
  r = p_->catalog().EditDraft("police.op", r.id, r.row_version, narrower);
  r = p_->catalog().Submit("police.op", r.id, r.row_version);
  r = p_->catalog().Approve("reviewer", r.id, r.row_version);
  r = p_->catalog().Publish("police.leader", r.id, r.row_version);
  EXPECT_EQ(r.live->items.size(), live.items.size() - 1);
  EXPECT_EQ(civil.status, AuthorizationStatus::kActive);
}

// A27: disputes over conditions, reasons or results, mediated by the bureau.
TEST_F(SharingTest, DisputesAreOpenedByPartiesAndResolvedByTheBureau) {
  const EntryRecord entry = Publish(Household());
  Application a = p_->sharing().Apply("civil.op", Request(entry.id, {"姓名"}));
  a = p_->sharing().AcceptApplication("reviewer", a.id, a.row_version);
  a = p_->sharing().RefuseApplication("police.leader", a.id, a.row_version, "用途不明确");
  DisputeInput in;
  in.subject = DisputeSubject::kResult;
  in.application_id = a.id;
  in.description = "低保核对属法定职责，用途明确";
  EXPECT_THROW(p_->sharing().OpenDispute("rugao.admin", in), PermissionDeniedError);  // not a party
  EXPECT_THROW(p_->sharing().OpenDispute("civil.op", in), PermissionDeniedError);      // leaders open disputes
  Dispute d = p_->sharing().OpenDispute("civil.leader", in);
  EXPECT_EQ(d.status, DisputeStatus::kOpen);
  EXPECT_EQ(d.consumer_code, kCivil);
  EXPECT_EQ(d.provider_code, kPolice);
  EXPECT_EQ(d.dispute.entry_id, entry.id);
  EXPECT_EQ(NoticesOf("police.leader", NoticeKind::kDispute).size(), 1u);
  EXPECT_EQ(NoticesOf("admin", NoticeKind::kDispute).size(), 1u);
  EXPECT_THROW(p_->sharing().ResolveDispute("police.leader", d.id, d.row_version, "x"), PermissionDeniedError);
  EXPECT_THROW(p_->sharing().ResolveDispute("admin", d.id, d.row_version, ""), InvalidArgumentError);
  d = p_->sharing().ResolveDispute("admin", d.id, d.row_version, "三方协商：民政局补充履职依据后重新申请");
  EXPECT_EQ(d.status, DisputeStatus::kResolved);
  EXPECT_EQ(d.resolved_by, "admin");
  EXPECT_THROW(p_->sharing().ResolveDispute("admin", d.id, d.row_version, "again"), InvalidTransitionError);
  // Over an entry's conditions, without an application.
  DisputeInput cond;
  cond.subject = DisputeSubject::kConditions;
  cond.entry_id = entry.id;
  cond.description = "共享范围过窄";
  const Dispute c = p_->sharing().OpenDispute("rugao.admin", cond);
  EXPECT_EQ(c.consumer_code, kRugaoPlatform);
  EXPECT_EQ(p_->sharing().Disputes("police.leader", "").size(), 2u);
  EXPECT_EQ(p_->sharing().Disputes("civil.leader", "").size(), 1u);
}

// Every sharing change is in the hash-chained trail, which still verifies.
TEST_F(SharingTest, SharingChangesAreAudited) {
  const EntryRecord entry = Publish(Household());
  const auto before = AuditCount();
  Granted("civil.op", entry.id, {"姓名"}, "police.leader");
  // submit, accept, authorization.grant, application.grant
  EXPECT_EQ(AuditCount(), before + 4);
  const auto trail = p_->AuditTrail("auditor", before + 1, -1);
  std::vector<std::string> actions;
  for (const auto& r : trail) actions.push_back(r.action);
  EXPECT_EQ(actions, (std::vector<std::string>{"application.submit", "application.accept", "authorization.grant",
                                               "application.grant"}));
  EXPECT_TRUE(p_->VerifyAudit("auditor").intact);
}

TEST(SharingNamesTest, EveryEnumHasNameAndChineseLabel) {
  EXPECT_EQ(ToString(StepKind::kFormCheck), "form_check");
  EXPECT_EQ(ChineseLabel(StepKind::kFormCheck), "申请材料规范性审查");
  EXPECT_EQ(ChineseLabel(ApplicationStatus::kNotAccepted), "不予受理");
  EXPECT_EQ(ChineseLabel(ApplicationStatus::kRefused), "不予授权");
  EXPECT_EQ(ChineseLabel(AuthorizationStatus::kRevoked), "已收回");
  EXPECT_EQ(ToString(RevocationGround::kNonUse), "non_use");
  EXPECT_EQ(ChineseLabel(DemandAnswerKind::kCannotPublishYet), "确因客观原因暂时无法发布");
  EXPECT_EQ(ChineseLabel(ObjectionStatus::kCorrected), "已更正");
  EXPECT_EQ(ChineseLabel(DisputeSubject::kReasons), "申请理由");
  EXPECT_EQ(ChineseLabel(DisputeStatus::kResolved), "已协商解决");
  EXPECT_EQ(ChineseLabel(DemandStatus::kDeferred), "暂时无法发布");
  EXPECT_EQ(ChineseLabel(NoticeKind::kCorrection), "数据更正");
}

// Every value 1..last of a sharing enumeration has a name that parses back to
// it; an unknown name is refused naming the enumeration and every allowed name.
template <typename E>
void ExpectNamesParseBack(E last, E (*parse)(const std::string&), const std::string& what) {
  std::string all;
  for (int v = 1; v <= static_cast<int>(last); ++v) {
    const auto e = static_cast<E>(v);
    EXPECT_EQ(parse(ToString(e)), e) << what << " " << v;
    all += (all.empty() ? "" : ", ") + ToString(e);
  }
  try {
    parse("Unknown");
    ADD_FAILURE() << what << ": an unknown name parsed";
  } catch (const InvalidArgumentError& e) {
    EXPECT_EQ(std::string(e.what()), what + " \"Unknown\" is not one of: " + all);
  }
  EXPECT_THROW(parse(ChineseLabel(static_cast<E>(1))), InvalidArgumentError) << what << ": labels are not names";
}

TEST(SharingNamesTest, EveryNameParsesBack) {
  ExpectNamesParseBack(StepKind::kDisputeCoordination, &ParseStepKind, "step kind");
  ExpectNamesParseBack(ApplicationStatus::kMaterialsRequested, &ParseApplicationStatus, "application status");
  ExpectNamesParseBack(AuthorizationStatus::kSuspended, &ParseAuthorizationStatus, "authorization status");
  ExpectNamesParseBack(RevocationGround::kMisuseNotRectified, &ParseRevocationGround, "revocation ground");
  ExpectNamesParseBack(DemandStatus::kFulfilled, &ParseDemandStatus, "demand status");
  ExpectNamesParseBack(DemandAnswerKind::kCannotPublishYet, &ParseDemandAnswerKind, "demand answer kind");
  ExpectNamesParseBack(ObjectionStatus::kRejected, &ParseObjectionStatus, "objection status");
  ExpectNamesParseBack(DisputeSubject::kResult, &ParseDisputeSubject, "dispute subject");
  ExpectNamesParseBack(DisputeStatus::kResolved, &ParseDisputeStatus, "dispute status");
  ExpectNamesParseBack(DisputeTier::kGovernment, &ParseDisputeTier, "dispute tier");
  ExpectNamesParseBack(ServiceChangeKind::kChange, &ParseServiceChangeKind, "service change kind");
  ExpectNamesParseBack(ServiceChangeStatus::kWithdrawn, &ParseServiceChangeStatus, "service change status");
  ExpectNamesParseBack(UseRecordKind::kDestruction, &ParseUseRecordKind, "use record kind");
  ExpectNamesParseBack(UseBeyondGrant::kThirdParty, &ParseUseBeyondGrant, "use beyond grant");
  ExpectNamesParseBack(MisuseOutcome::kEndedOtherwise, &ParseMisuseOutcome, "misuse outcome");
  EXPECT_EQ(ParseDisputeSubject("reasons"), DisputeSubject::kReasons);  // A27 申请理由
}

}  // namespace
}  // namespace govshare

namespace govshare {
namespace {

// N21 申请材料不全的，政务数据提供部门应当一次性告知其需要补充的材料，不得直接予以拒绝:
// the authority lists every missing material at once, within its reply period;
// the requester supplies them and the reply period runs again from then. Once.
TEST_F(SharingTest, MissingMaterialsAreListedOnceAndTheReplyRunsAgain) {
  const EntryRecord entry = Publish(Household());  // conditional: N21 10 working days
  Application a = p_->sharing().Apply("civil.op", Request(entry.id, {"姓名", "性别"}));
  a = p_->sharing().AcceptApplication("reviewer", a.id, a.row_version);  // Tue 2026-09-01
  const std::int64_t audit = AuditCount();
  // Only the deciding authority asks; the list names every material.
  EXPECT_THROW(p_->sharing().RequestMaterials("civil.leader", a.id, a.row_version, {"履职依据文件"}),
               PermissionDeniedError);
  EXPECT_THROW(p_->sharing().RequestMaterials("police.leader", a.id, a.row_version, {}), InvalidArgumentError);
  EXPECT_EQ(AuditCount(), audit);
  p_->SetTime(T("2026-09-03T10:00:00+08:00"));
  a = p_->sharing().RequestMaterials("police.leader", a.id, a.row_version,
                                     {"加盖公章的使用申请表", "低保审批的履职依据文件"});
  EXPECT_EQ(a.status, ApplicationStatus::kMaterialsRequested);
  EXPECT_EQ(a.missing_materials.size(), 2u);
  ASSERT_EQ(a.steps.size(), 2u);
  EXPECT_EQ(a.steps[1].outcome, "materials_requested");
  EXPECT_TRUE(a.steps[1].on_time);
  const auto told = NoticesOf("civil.op", NoticeKind::kApplication);
  EXPECT_NE(told.back().message.find("低保审批的履职依据文件"), std::string::npos);
  EXPECT_NE(told.back().message.find("(N21)"), std::string::npos);
  // Nothing is granted or refused while waiting; only the requester supplies.
  EXPECT_THROW(p_->sharing().GrantApplication("police.leader", a.id, a.row_version, {}), InvalidTransitionError);
  EXPECT_THROW(p_->sharing().SupplyMaterials("police.op", a.id, a.row_version, "补充", std::nullopt),
               PermissionDeniedError);
  p_->SetTime(T("2026-09-08T10:00:00+08:00"));  // Tuesday
  a = p_->sharing().SupplyMaterials("civil.op", a.id, a.row_version, "已补充盖章申请表及履职依据", Scan());
  EXPECT_EQ(a.status, ApplicationStatus::kAccepted);
  ASSERT_EQ(a.steps.size(), 3u);
  EXPECT_EQ(a.steps[2].kind, StepKind::kProviderDecision);
  EXPECT_EQ(a.steps[2].due.due.date, D("2026-09-21"));  // 10 working days from the supplement (Sun 09-20 works)
  EXPECT_EQ(a.steps[2].article, "N21");
  ASSERT_TRUE(a.supplement_scan.has_value());
  // 一次性: a second list is refused; the provider grants or refuses with reasons.
  EXPECT_THROW(p_->sharing().RequestMaterials("police.leader", a.id, a.row_version, {"户口簿复印件"}),
               InvalidTransitionError);
  a = p_->sharing().GrantApplication("police.leader", a.id, a.row_version, {});
  EXPECT_EQ(a.status, ApplicationStatus::kGranted);
}

// N21 因特殊原因需要延长答复期限的，政务数据提供部门应当报经同级政务数据共享主管部门
// 同意，并告知政务数据需求部门，延长的期限最长不得超过10个工作日.
TEST_F(SharingTest, AReplyExtensionIsApprovedByTheBureauAndCapped) {
  const EntryRecord entry = Publish(Household());
  Application a = p_->sharing().Apply("civil.op", Request(entry.id, {"姓名"}));
  a = p_->sharing().AcceptApplication("reviewer", a.id, a.row_version);  // due 2026-09-15
  EXPECT_THROW(p_->sharing().RequestReplyExtension("police.leader", a.id, a.row_version, 11, "数据核查"),
               InvalidArgumentError);
  EXPECT_THROW(p_->sharing().RequestReplyExtension("police.leader", a.id, a.row_version, 5, ""),
               InvalidArgumentError);
  a = p_->sharing().RequestReplyExtension("police.leader", a.id, a.row_version, 5, "需跨系统核查历史户籍数据");
  ASSERT_TRUE(a.extension.has_value());
  EXPECT_FALSE(a.extension->approved.has_value());
  EXPECT_EQ(a.steps[1].due.due.date, D("2026-09-15"));  // unchanged until approved
  EXPECT_THROW(p_->sharing().RequestReplyExtension("police.leader", a.id, a.row_version, 3, "再延"),
               InvalidTransitionError);
  // The authority decides: not the provider, not an auditor.
  EXPECT_THROW(p_->sharing().DecideReplyExtension("police.leader", a.id, a.row_version, true, "同意"),
               PermissionDeniedError);
  EXPECT_THROW(p_->sharing().DecideReplyExtension("auditor", a.id, a.row_version, true, "同意"),
               PermissionDeniedError);
  a = p_->sharing().DecideReplyExtension("reviewer", a.id, a.row_version, true, "理由充分，同意延长");
  EXPECT_EQ(a.extension->approved, std::optional<bool>(true));
  EXPECT_EQ(a.steps[1].due.due.date, D("2026-09-21"));  // 10 + 5 working days from acceptance (Sun 09-20 works)
  // Both the provider and the requester are told (并告知政务数据需求部门).
  EXPECT_NE(NoticesOf("civil.op", NoticeKind::kApplication).back().message.find("2026-09-21"), std::string::npos);
  EXPECT_NE(NoticesOf("police.leader", NoticeKind::kApplication).back().message.find("已同意"), std::string::npos);
  EXPECT_THROW(p_->sharing().DecideReplyExtension("reviewer", a.id, a.row_version, false, "撤回"),
               InvalidTransitionError);
  // A refusal changes no deadline; an extension is asked for before the reply is due.
  Application b = p_->sharing().Apply("civil.op", Request(entry.id, {"性别"}));
  b = p_->sharing().AcceptApplication("reviewer", b.id, b.row_version);
  b = p_->sharing().RequestReplyExtension("police.leader", b.id, b.row_version, 3, "系统升级");
  b = p_->sharing().DecideReplyExtension("admin", b.id, b.row_version, false, "理由不充分");
  EXPECT_EQ(b.steps[1].due.due.date, D("2026-09-15"));
  Application c = p_->sharing().Apply("civil.op", Request(entry.id, {"姓名", "性别"}));
  c = p_->sharing().AcceptApplication("reviewer", c.id, c.row_version);
  p_->SetTime(T("2026-09-16T09:00:00+08:00"));
  EXPECT_THROW(p_->sharing().RequestReplyExtension("police.leader", c.id, c.row_version, 3, "来不及"),
               InvalidTransitionError);
  // The bureau deciding itself (A23) has no provider's extension to ask for.
  const EntryRecord market = Publish(Market());
  Application m = p_->sharing().Apply("civil.op", Request(market.id, {"企业名称"}));
  m = p_->sharing().AcceptApplication("reviewer", m.id, m.row_version);
  EXPECT_THROW(p_->sharing().RequestReplyExtension("reviewer", m.id, m.row_version, 2, "核查"),
               InvalidTransitionError);
}

// N22 政务数据提供部门应当自作出同意共享的答复之日起20个工作日内共享政务数据……可以通过
// 服务接口、批量交换、文件下载等方式: a delivery step opens with the grant; the
// provider records the delivery by a granted method, once.
TEST_F(SharingTest, GrantedDataIsDeliveredWithin20WorkingDays) {
  const EntryRecord entry = Publish(Household());
  const Authorization z = Granted("civil.op", entry.id, {"姓名"}, "police.leader");  // Tue 2026-09-01
  const auto steps = p_->sharing().Steps("auditor", kPolice, true);
  const auto delivery = std::find_if(steps.begin(), steps.end(), [](const ProcessStep& s) {
    return s.kind == StepKind::kDelivery;
  });
  ASSERT_NE(delivery, steps.end());
  EXPECT_EQ(delivery->object, "authorization:" + std::to_string(z.id));
  EXPECT_EQ(delivery->due.due.date, D("2026-09-29"));  // 20 working days
  EXPECT_EQ(delivery->article, "N22");
  EXPECT_FALSE(z.delivered_at.has_value());
  EXPECT_THROW(p_->sharing().RecordDelivery("civil.op", z.id, z.row_version, ShareMethod::kApi, ""),
               PermissionDeniedError);
  EXPECT_THROW(p_->sharing().RecordDelivery("police.op", z.id, z.row_version, ShareMethod::kFile, ""),
               InvalidArgumentError);  // not a granted method
  p_->SetTime(T("2026-09-10T10:00:00+08:00"));
  const Authorization done =
      p_->sharing().RecordDelivery("police.op", z.id, z.row_version, ShareMethod::kApi, "接口已开通，服务编号 HJ-001");
  EXPECT_EQ(done.delivery_method, std::optional<ShareMethod>(ShareMethod::kApi));
  ASSERT_TRUE(done.delivered_at.has_value());
  EXPECT_EQ(done.delivered_at->date, D("2026-09-10"));
  EXPECT_THROW(p_->sharing().RecordDelivery("police.op", done.id, done.row_version, ShareMethod::kApi, ""),
               InvalidTransitionError);  // once
  const auto completed = p_->sharing().Steps("auditor", kPolice, false);
  const auto step = std::find_if(completed.begin(), completed.end(),
                                 [](const ProcessStep& s) { return s.kind == StepKind::kDelivery; });
  ASSERT_NE(step, completed.end());
  EXPECT_TRUE(step->on_time);
  EXPECT_EQ(step->outcome, "api");
  EXPECT_NE(NoticesOf("civil.op", NoticeKind::kAuthorization).back().message.find("(N22)"), std::string::npos);
  // Revoked before delivery: nothing is left to deliver, the step closes.
  const Authorization other = Granted("civil.op", entry.id, {"性别"}, "police.leader");
  p_->sharing().Revoke("police.leader", other.id, other.row_version, RevocationGround::kBreach, "超范围使用");
  for (const auto& s : p_->sharing().OverdueSteps("auditor", kPolice)) EXPECT_NE(s.kind, StepKind::kDelivery);
  const auto all = p_->sharing().Steps("auditor", kPolice, false);
  EXPECT_TRUE(std::any_of(all.begin(), all.end(), [&](const ProcessStep& s) {
    return s.kind == StepKind::kDelivery && s.object == "authorization:" + std::to_string(other.id) &&
           s.outcome == "revoked" && s.completed_at;
  }));
}

std::vector<SupervisionFinding> FindingsOf(Platform& p, const std::string& department, const std::string& liability);

// N28 同级政务数据需求部门、政务数据提供部门发生政务数据共享争议的，应当协商解决；协商
// 不成的，应当按照程序向同级政务数据共享主管部门申请协调处理。跨层级、跨地域的……由共同的
// 上级政务数据共享主管部门协调处理。经……协调处理仍未达成一致意见的，报……本级人民政府决定.
TEST_F(SharingTest, DisputesGoUpTheTiersOfN28) {
  const EntryRecord entry = Publish(Household());
  Application a = p_->sharing().Apply("civil.op", Request(entry.id, {"姓名"}));
  a = p_->sharing().AcceptApplication("reviewer", a.id, a.row_version);
  a = p_->sharing().RefuseApplication("police.leader", a.id, a.row_version, "用途不明确");
  DisputeInput in;
  in.subject = DisputeSubject::kResult;
  in.application_id = a.id;
  in.description = "低保核对属法定职责，用途明确";
  Dispute d = p_->sharing().OpenDispute("civil.leader", in);
  EXPECT_EQ(d.tier, DisputeTier::kNegotiation);
  // Same level (two municipal departments): the bureau coordinates, then the government decides.
  EXPECT_THROW(p_->sharing().EscalateDispute("rugao.admin", d.id, d.row_version, "协商不成"), PermissionDeniedError);
  EXPECT_THROW(p_->sharing().EscalateDispute("civil.leader", d.id, d.row_version, ""), InvalidArgumentError);
  d = p_->sharing().EscalateDispute("civil.leader", d.id, d.row_version, "协商不成，申请协调处理");
  EXPECT_EQ(d.tier, DisputeTier::kAuthority);
  ASSERT_EQ(d.escalations.size(), 1u);
  EXPECT_EQ(d.escalations[0].from, DisputeTier::kNegotiation);
  EXPECT_EQ(d.escalations[0].by_department, kCivil);
  EXPECT_NE(NoticesOf("admin", NoticeKind::kDispute).back().message.find("(N28)"), std::string::npos);
  // The bureau's coordination is a step: the policy's 20 working days (N28 sets none).
  const std::string object = "dispute:" + std::to_string(d.id);
  auto coordination = [&](bool pending_only) {
    std::vector<ProcessStep> out;
    for (const auto& s : p_->sharing().Steps("auditor", testing::kBureau, pending_only))
      if (s.kind == StepKind::kDisputeCoordination && s.object == object) out.push_back(s);
    return out;
  };
  ASSERT_EQ(coordination(true).size(), 1u);
  EXPECT_EQ(coordination(true)[0].article, "N28");
  EXPECT_EQ(coordination(true)[0].due.due.date, D("2026-09-29"));  // 20 working days from Tue 2026-09-01
  d = p_->sharing().EscalateDispute("police.leader", d.id, d.row_version, "协调后仍未达成一致");
  EXPECT_EQ(d.tier, DisputeTier::kGovernment);
  EXPECT_TRUE(coordination(true).empty());
  ASSERT_EQ(coordination(false).size(), 1u);
  EXPECT_EQ(coordination(false)[0].outcome, "escalated");
  EXPECT_THROW(p_->sharing().EscalateDispute("civil.leader", d.id, d.row_version, "再议"), InvalidTransitionError);
  d = p_->sharing().ResolveDispute("admin", d.id, d.row_version, "市政府决定：同意共享，限低保核对使用");
  EXPECT_EQ(d.status, DisputeStatus::kResolved);
  EXPECT_EQ(d.tier, DisputeTier::kGovernment);  // resolved at the government's tier
  EXPECT_THROW(p_->sharing().EscalateDispute("civil.leader", d.id, d.row_version, "x"), InvalidTransitionError);
  // Across levels (a county platform against a municipal provider): the common superior authority.
  DisputeInput cond;
  cond.subject = DisputeSubject::kConditions;
  cond.entry_id = entry.id;
  cond.description = "共享范围未含县级部门";
  Dispute c = p_->sharing().OpenDispute("rugao.admin", cond);
  c = p_->sharing().EscalateDispute("rugao.admin", c.id, c.row_version, "协商不成");
  EXPECT_EQ(c.tier, DisputeTier::kSuperiorAuthority);  // not this bureau's: no coordination step here
  // Left at the bureau's tier past its days: overdue, N41 (二) 未按照规定对政务数据共享争议进行协调处理.
  Dispute left = p_->sharing().OpenDispute("civil.leader", in);
  left = p_->sharing().EscalateDispute("civil.leader", left.id, left.row_version, "协商不成");
  p_->SetTime(T("2026-11-30T10:00:00+08:00"));
  const auto overdue = p_->sharing().OverdueSteps("auditor", testing::kBureau);
  EXPECT_TRUE(std::any_of(overdue.begin(), overdue.end(), [&](const ProcessStep& s) {
    return s.kind == StepKind::kDisputeCoordination && s.object == "dispute:" + std::to_string(left.id);
  }));
  const auto n41 = FindingsOf(*p_, testing::kBureau, "N41(2)");
  ASSERT_EQ(n41.size(), 1u);
  EXPECT_EQ(n41[0].object, "dispute:" + std::to_string(left.id));
}

// ---- N27, N29 -------------------------------------------------------------------------------

// The findings of `department` in an inspection of 2026 by the auditor.
std::vector<SupervisionFinding> FindingsOf(Platform& p, const std::string& department, const std::string& liability) {
  std::vector<SupervisionFinding> out;
  for (const auto& d : p.supervision().Inspect("auditor", D("2026-01-01"), D("2026-12-31")).departments) {
    if (d.department_code != department) continue;
    for (const auto& f : d.findings)
      if (f.liability == liability) out.push_back(f);
  }
  return out;
}

// N29 政务数据需求部门应当对共享政务数据的使用场景、使用过程、应用成效、存储情况、销毁情况等进行记录，
// 有关记录保存期限不少于3年。政务数据共享主管部门和政务数据提供部门可以查阅.
TEST_F(SharingTest, UseRecordsAreKeptThreeYearsReadByTheProviderAndExportedForAudit) {
  const EntryRecord entry = Publish(Household());
  const Authorization z = Granted("civil.op", entry.id, {"姓名"}, "police.leader");
  p_->SetTime(T("2026-10-12T10:00:00+08:00"));
  p_->sharing().RecordUse("civil.op", z.id);
  // Data went out and nothing is recorded: N40 (五).
  const auto unkept = FindingsOf(*p_, kCivil, "N40(5)");
  ASSERT_EQ(unkept.size(), 1u);
  EXPECT_EQ(unkept[0].clause, "N29");
  EXPECT_EQ(unkept[0].object, "authorization:" + std::to_string(z.id));

  const std::int64_t audit = AuditCount();
  EXPECT_THROW(p_->sharing().AddUseRecord("police.op", {z.id, UseRecordKind::kScenario, "代记"}), PermissionDeniedError);
  EXPECT_THROW(p_->sharing().AddUseRecord("civil.op", {z.id, UseRecordKind::kScenario, " "}), InvalidArgumentError);
  EXPECT_THROW(p_->sharing().AddUseRecord("civil.op", {999, UseRecordKind::kScenario, "低保核对"}), NotFoundError);
  EXPECT_EQ(AuditCount(), audit);  // refusals change nothing
  const UseRecord r = p_->sharing().AddUseRecord(
      "civil.op", {z.id, UseRecordKind::kScenario, "最低生活保障家庭经济状况核对，核对对象姓名"});
  EXPECT_EQ(r.article, "N29");
  EXPECT_EQ(r.purgeable_from, D("2029-10-12"));  // 不少于3年
  EXPECT_EQ(r.consumer_code, kCivil);
  EXPECT_EQ(r.provider_code, kPolice);
  EXPECT_EQ(r.recorded_by, "civil.op");
  p_->sharing().AddUseRecord("civil.op", {z.id, UseRecordKind::kStorage, "核对结果存于低保系统，不留存原始数据"});
  EXPECT_TRUE(FindingsOf(*p_, kCivil, "N40(5)").empty());

  // The provider and the bureau read them (查阅); a third department does not.
  EXPECT_EQ(p_->sharing().UseRecords("police.op", kPolice).size(), 2u);
  EXPECT_EQ(p_->sharing().UseRecords("auditor", "", z.id).size(), 2u);
  EXPECT_EQ(p_->sharing().UseRecords("civil.op", "", 12345).size(), 0u);
  EXPECT_THROW(p_->sharing().UseRecords("rugao.admin", kCivil), PermissionDeniedError);

  // An auditor exports them; a department leader may not.
  EXPECT_THROW(p_->sharing().ExportUseRecords("civil.leader", kCivil), PermissionDeniedError);
  const nlohmann::json doc = nlohmann::json::parse(p_->sharing().ExportUseRecords("auditor", kCivil));
  EXPECT_EQ(doc["format"], "govshare-use-records/1");
  ASSERT_EQ(doc["records"].size(), 2u);
  EXPECT_EQ(doc["records"][0]["kind_zh"], "使用场景");
  EXPECT_EQ(doc["records"][0]["text"], "最低生活保障家庭经济状况核对，核对对象姓名");

  // No purge before the retention has run, not even a day before; then the text goes, the fact stays.
  EXPECT_THROW(p_->sharing().PurgeUseRecord("civil.op", r.id, r.row_version, "到期清理"), PermissionDeniedError);
  try {
    p_->sharing().PurgeUseRecord("civil.leader", r.id, r.row_version, "到期清理");
    FAIL();
  } catch (const InvalidTransitionError& e) {
    EXPECT_NE(std::string(e.what()).find("2029-10-12"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("N29"), std::string::npos) << e.what();
  }
  p_->SetTime(T("2029-10-11T23:59:00+08:00"));
  EXPECT_THROW(p_->sharing().PurgeUseRecord("civil.leader", r.id, r.row_version, "到期清理"), InvalidTransitionError);
  p_->SetTime(T("2029-10-12T09:00:00+08:00"));
  const UseRecord purged = p_->sharing().PurgeUseRecord("civil.leader", r.id, r.row_version, "保存期满清理");
  EXPECT_TRUE(purged.purged);
  EXPECT_TRUE(purged.text.empty());
  EXPECT_EQ(purged.purge_reason, "保存期满清理");
  EXPECT_EQ(p_->sharing().UseRecords("auditor", kCivil).size(), 2u);
  EXPECT_THROW(p_->sharing().PurgeUseRecord("civil.leader", r.id, purged.row_version, "再次"), InvalidTransitionError);
  EXPECT_TRUE(p_->VerifyAudit("auditor").intact);
}

// N29 is in force from 2025-08-01; before it, no use record is asked for.
TEST(SharingBeforeTheRegulationTest, UseRecordsStartOn20250801) {
  PlatformOptions o;
  o.path = testing::Store(":memory:");
  o.simulated_time = T("2025-07-21T09:00:00+08:00");
  auto p = Platform::Open(o);
  testing::SeedCity(*p);
  EntryRecord e = p->catalog().CreateDraft("police.op", Household());
  e = p->catalog().Submit("police.op", e.id, e.row_version);
  e = p->catalog().Approve("reviewer", e.id, e.row_version);
  e = p->catalog().Publish("police.leader", e.id, e.row_version);
  ApplicationRequest r;
  r.entry_id = e.id;
  r.items = {"姓名"};
  r.purpose = "核对";
  r.legal_duty = "《社会救助暂行办法》";
  r.valid_from = D("2025-07-21");
  r.valid_until = D("2025-12-31");
  r.scan = Scan();
  Application a = p->sharing().Apply("civil.op", r);
  a = p->sharing().AcceptApplication("reviewer", a.id, a.row_version);
  a = p->sharing().GrantApplication("police.leader", a.id, a.row_version, {});
  try {
    p->sharing().AddUseRecord("civil.op", {a.authorization_id, UseRecordKind::kScenario, "核对"});
    FAIL();
  } catch (const InvalidTransitionError& err) {
    EXPECT_NE(std::string(err.what()).find("N29, in force from 2025-08-01"), std::string::npos) << err.what();
  }
  Authorization z = p->sharing().GetAuthorization("auditor", a.authorization_id);
  EXPECT_THROW(p->sharing().EndPurpose("civil.leader", z.id, z.row_version, "核对完成"), InvalidTransitionError);
  EXPECT_THROW(p->sharing().SuspendForMisuse("police.leader", z.id, z.row_version, UseBeyondGrant::kThirdParty,
                                             "提供给第三方", 5),
               InvalidTransitionError);  // N27; A28's Suspend serves before
  EXPECT_THROW(p->sharing().RequestWiderUse("civil.leader", z.id, z.row_version, {UseBeyondGrant::kWiderScope, "扩大", ""}),
               InvalidTransitionError);  // N25
  p->SetTime(T("2025-08-01T09:00:00+08:00"));
  EXPECT_EQ(p->sharing().AddUseRecord("civil.op", {z.id, UseRecordKind::kScenario, "核对"}).article, "N29");
  // Granted before N29: using it then is not a finding of N40 (五).
  p->sharing().RecordUse("civil.op", z.id);
  for (const auto& d : p->supervision().Inspect("auditor", D("2025-01-01"), D("2025-12-31")).departments)
    for (const auto& f : d.findings) EXPECT_NE(f.liability, "N40(5)");
}

// N27 共享目的已实现、无法实现或者为实现共享目的不再必要的，应当按照政务数据提供部门的要求妥善处置.
TEST_F(SharingTest, AnEndedPurposeOwesTheDisposalTheProviderRequires) {
  const EntryRecord entry = Publish(Household());
  Application a = p_->sharing().Apply("civil.op", Request(entry.id, {"姓名", "性别"}));
  a = p_->sharing().AcceptApplication("reviewer", a.id, a.row_version);
  GrantTerms terms;
  terms.disposal = "核对完成后删除本地副本";
  terms.disposal_working_days = 0;
  EXPECT_THROW(p_->sharing().GrantApplication("police.leader", a.id, a.row_version, terms), InvalidArgumentError);
  terms.disposal_working_days = 3;
  a = p_->sharing().GrantApplication("police.leader", a.id, a.row_version, terms);
  Authorization z = p_->sharing().GetAuthorization("auditor", a.authorization_id);
  EXPECT_EQ(z.disposal, "核对完成后删除本地副本");
  EXPECT_EQ(z.disposal_working_days, 3);
  p_->SetTime(T("2026-10-12T10:00:00+08:00"));
  p_->sharing().RecordUse("civil.op", z.id);
  z = p_->sharing().GetAuthorization("auditor", z.id);

  const std::int64_t audit = AuditCount();
  EXPECT_THROW(p_->sharing().EndPurpose("police.leader", z.id, z.row_version, "核对完成"), PermissionDeniedError);
  EXPECT_THROW(p_->sharing().EndPurpose("civil.op", z.id, z.row_version, "核对完成"), PermissionDeniedError);
  EXPECT_THROW(p_->sharing().EndPurpose("civil.leader", z.id, z.row_version, ""), InvalidArgumentError);
  EXPECT_THROW(p_->sharing().Revoke("police.leader", z.id, z.row_version, RevocationGround::kPurposeEnded, "核对完成"),
               InvalidArgumentError);
  EXPECT_EQ(AuditCount(), audit);
  p_->SetTime(T("2026-10-16T10:00:00+08:00"));  // Friday
  const Authorization ended = p_->sharing().EndPurpose("civil.leader", z.id, z.row_version, "年度核对已完成");
  EXPECT_EQ(ended.status, AuthorizationStatus::kRevoked);
  EXPECT_EQ(ended.revocation_ground, std::optional<RevocationGround>(RevocationGround::kPurposeEnded));
  EXPECT_NE(NoticesOf("police.op", NoticeKind::kAuthorization).back().message.find("(N27)"), std::string::npos);
  const auto pending = p_->sharing().Steps("auditor", kCivil, true);
  const auto disposal = std::find_if(pending.begin(), pending.end(),
                                     [](const ProcessStep& s) { return s.kind == StepKind::kDisposal; });
  ASSERT_NE(disposal, pending.end());
  EXPECT_EQ(disposal->article, "N27");
  EXPECT_EQ(disposal->due.due.date, D("2026-10-21"));  // 3 working days: Mon 19, Tue 20, Wed 21
  EXPECT_NE(NoticesOf("civil.op", NoticeKind::kAuthorization).back().message.find("核对完成后删除本地副本"),
            std::string::npos);
  // The destruction record is the disposal (N29 销毁情况).
  p_->SetTime(T("2026-10-20T10:00:00+08:00"));
  p_->sharing().AddUseRecord("civil.op", {z.id, UseRecordKind::kDestruction, "已删除本地副本 1,204 条"});
  const Authorization disposed = p_->sharing().GetAuthorization("auditor", z.id);
  ASSERT_TRUE(disposed.disposed_at.has_value());
  const auto done = p_->sharing().Steps("auditor", kCivil, false);
  EXPECT_TRUE(std::any_of(done.begin(), done.end(), [](const ProcessStep& s) {
    return s.kind == StepKind::kDisposal && s.on_time && s.outcome == "disposed";
  }));

  // Never used nor delivered: nothing to dispose of.
  Authorization unused = Granted("civil.op", entry.id, {"姓名"}, "police.leader");
  unused = p_->sharing().EndPurpose("civil.leader", unused.id, unused.row_version, "无需再核对");
  for (const auto& s : p_->sharing().Steps("auditor", kCivil, true)) EXPECT_NE(s.kind, StepKind::kDisposal);

  // A breach revocation after use owes it too (the policy's 10 days); left undone it is N40 (四).
  Authorization used = Granted("civil.op", entry.id, {"性别"}, "police.leader");
  p_->sharing().RecordUse("civil.op", used.id);
  used = p_->sharing().GetAuthorization("auditor", used.id);
  p_->sharing().Revoke("admin", used.id, used.row_version, RevocationGround::kBreach, "超范围使用");
  p_->SetTime(T("2026-11-30T10:00:00+08:00"));
  const auto overdue = p_->sharing().OverdueSteps("auditor", kCivil);
  ASSERT_EQ(overdue.size(), 1u);
  EXPECT_EQ(overdue[0].kind, StepKind::kDisposal);
  const auto late = FindingsOf(*p_, kCivil, "N40(4)");
  ASSERT_EQ(late.size(), 1u);
  EXPECT_EQ(late[0].object, "authorization:" + std::to_string(used.id));

  // A renewal in use carries the purpose on (A26 期满后需重新申请): the expiry of the
  // authorization it renews owes no disposal; one not renewed does.
  const Authorization first = Granted("civil.op", entry.id, {"姓名"}, "police.leader");  // until 2027-03-31
  const Authorization second = Granted("civil.op", entry.id, {"性别"}, "police.leader");
  p_->sharing().RecordUse("civil.op", first.id);
  p_->sharing().RecordUse("civil.op", second.id);
  ApplicationRequest renewal = Request(entry.id, {"姓名"});
  renewal.valid_from = D("2027-04-01");
  renewal.valid_until = D("2027-12-31");
  renewal.renewal_of = first.id;
  Application ra = p_->sharing().Apply("civil.op", renewal);
  ra = p_->sharing().AcceptApplication("reviewer", ra.id, ra.row_version);
  p_->sharing().GrantApplication("police.leader", ra.id, ra.row_version, {});
  p_->SetTime(T("2027-04-01T09:00:00+08:00"));
  p_->sharing().ExpireAuthorizations("admin");
  std::set<std::string> owed;
  for (const auto& s : p_->sharing().Steps("auditor", kCivil, true))
    if (s.kind == StepKind::kDisposal) owed.insert(s.object);
  EXPECT_EQ(owed.count("authorization:" + std::to_string(first.id)), 0u);
  EXPECT_EQ(owed.count("authorization:" + std::to_string(second.id)), 1u);
}

// N27 政务数据提供部门无正当理由，不得终止或者变更已提供的政务数据共享服务。确需终止或者变更服务的，
// 政务数据提供部门应当与政务数据需求部门协商，并报同级政务数据共享主管部门备案.
TEST_F(SharingTest, AProviderEndsOrChangesAServiceOnlyAfterNegotiatingAndFiling) {
  const EntryRecord entry = Publish(Household());
  Authorization z = Granted("civil.op", entry.id, {"姓名", "性别"}, "police.leader");
  p_->SetTime(T("2026-10-12T10:00:00+08:00"));
  ServiceChangeInput change;
  change.authorization_id = z.id;
  change.kind = ServiceChangeKind::kChange;
  change.items = {"姓名"};
  change.reason = "性别字段停止维护";
  const std::int64_t audit = AuditCount();
  EXPECT_THROW(p_->sharing().ProposeServiceChange("civil.leader", change), PermissionDeniedError);
  EXPECT_THROW(p_->sharing().ProposeServiceChange("police.op", change), PermissionDeniedError);
  ServiceChangeInput no_reason = change;
  no_reason.reason = "";
  EXPECT_THROW(p_->sharing().ProposeServiceChange("police.leader", no_reason), InvalidArgumentError);
  EXPECT_EQ(AuditCount(), audit);
  ServiceChange c = p_->sharing().ProposeServiceChange("police.leader", change);
  EXPECT_EQ(c.status, ServiceChangeStatus::kNegotiating);
  EXPECT_EQ(c.consumer_code, kCivil);
  EXPECT_NE(NoticesOf("civil.op", NoticeKind::kAuthorization).back().message.find("协商"), std::string::npos);
  EXPECT_THROW(p_->sharing().ProposeServiceChange("police.leader", change), InvalidTransitionError);  // one at a time
  // Not filed before the consumer has answered; nothing changes until filed.
  EXPECT_THROW(p_->sharing().FileServiceChange("police.leader", c.id, c.row_version), InvalidTransitionError);
  EXPECT_EQ(p_->sharing().GetAuthorization("auditor", z.id).items.size(), 2u);
  EXPECT_THROW(p_->sharing().AnswerServiceChange("police.leader", c.id, c.row_version, true, "同意"),
               PermissionDeniedError);
  c = p_->sharing().AnswerServiceChange("civil.leader", c.id, c.row_version, false, "性别用于核对家庭成员，不同意删减");
  EXPECT_EQ(c.status, ServiceChangeStatus::kAnswered);
  EXPECT_EQ(c.consumer_agrees, std::optional<bool>(false));
  c = p_->sharing().FileServiceChange("police.leader", c.id, c.row_version);
  EXPECT_EQ(c.status, ServiceChangeStatus::kFiled);
  z = p_->sharing().GetAuthorization("auditor", z.id);
  EXPECT_EQ(z.items, std::vector<std::string>{"姓名"});
  EXPECT_EQ(z.status, AuthorizationStatus::kActive);
  EXPECT_NE(NoticesOf("admin", NoticeKind::kAuthorization).back().message.find("不同意"), std::string::npos);
  // The data boundary honours the change at once.
  AccessRequest req;
  req.user_id = "civil.op";
  req.entry_id = entry.id;
  req.items = {"性别"};
  req.purpose = "低保核对 2026-118";
  EXPECT_FALSE(p_->access().Decide(req).allowed);
  req.items = {"姓名"};
  EXPECT_TRUE(p_->access().Decide(req).allowed);
  // Filed over the consumer's objection: listed for the bureau (N39 (七)).
  const auto contested = FindingsOf(*p_, kPolice, "N39(7)");
  ASSERT_EQ(contested.size(), 1u);
  EXPECT_EQ(contested[0].object, "service_change:" + std::to_string(c.id));

  // Withdrawn before filing: nothing changes.
  ServiceChangeInput end;
  end.authorization_id = z.id;
  end.kind = ServiceChangeKind::kEnd;
  end.reason = "系统迁移";
  ServiceChange w = p_->sharing().ProposeServiceChange("police.leader", end);
  w = p_->sharing().WithdrawServiceChange("police.leader", w.id, w.row_version, "迁移推迟");
  EXPECT_EQ(w.status, ServiceChangeStatus::kWithdrawn);
  EXPECT_THROW(p_->sharing().AnswerServiceChange("civil.leader", w.id, w.row_version, true, "同意"),
               InvalidTransitionError);
  // Ended by agreement: revoked on ground service_ended; the used data is disposed of.
  p_->sharing().RecordUse("civil.op", z.id);
  ServiceChange e = p_->sharing().ProposeServiceChange("police.leader", end);
  e = p_->sharing().AnswerServiceChange("civil.leader", e.id, e.row_version, true, "同意，改用省级接口");
  e = p_->sharing().FileServiceChange("police.leader", e.id, e.row_version);
  z = p_->sharing().GetAuthorization("auditor", z.id);
  EXPECT_EQ(z.status, AuthorizationStatus::kRevoked);
  EXPECT_EQ(z.revocation_ground, std::optional<RevocationGround>(RevocationGround::kServiceEnded));
  const auto pending = p_->sharing().Steps("auditor", kCivil, true);
  EXPECT_TRUE(std::any_of(pending.begin(), pending.end(),
                          [](const ProcessStep& s) { return s.kind == StepKind::kDisposal; }));
  EXPECT_EQ(FindingsOf(*p_, kPolice, "N39(7)").size(), 1u);  // the agreed end is not listed
  EXPECT_EQ(p_->sharing().ServiceChanges("civil.op", "").size(), 3u);
  EXPECT_TRUE(p_->VerifyAudit("auditor").intact);
}


// N27 政务数据需求部门存在擅自超出使用范围、共享目的使用政务数据，或者擅自将政务数据提供给第三方的，
// 政务数据共享主管部门或者政务数据提供部门应当暂停其政务数据共享权限，并督促限期整改，对拒不整改或者
// 整改不到位的，可以终止共享.
TEST_F(SharingTest, AMisuseSuspendsWithARectificationOrderThenReinstatesOrTerminates) {
  const EntryRecord entry = Publish(Household());
  Authorization z = Granted("civil.op", entry.id, {"姓名", "性别"}, "police.leader");
  p_->SetTime(T("2026-10-12T10:00:00+08:00"));  // Monday
  p_->sharing().RecordUse("civil.op", z.id);
  z = p_->sharing().GetAuthorization("auditor", z.id);

  const std::int64_t audit = AuditCount();
  const auto suspend = [&](const std::string& user, const std::string& facts, int days) {
    return p_->sharing().SuspendForMisuse(user, z.id, z.row_version, UseBeyondGrant::kThirdParty, facts, days);
  };
  EXPECT_THROW(suspend("civil.leader", "提供给某公司", 5), PermissionDeniedError);
  EXPECT_THROW(suspend("police.op", "提供给某公司", 5), PermissionDeniedError);
  EXPECT_THROW(suspend("police.leader", "", 5), InvalidArgumentError);
  EXPECT_THROW(suspend("police.leader", "提供给某公司", 0), InvalidArgumentError);
  EXPECT_THROW(suspend("police.leader", "提供给某公司", 61), InvalidArgumentError);
  EXPECT_THROW(p_->sharing().Revoke("police.leader", z.id, z.row_version, RevocationGround::kMisuseNotRectified, "x"),
               InvalidArgumentError);
  EXPECT_THROW(p_->sharing().TerminateForMisuse("police.leader", z.id, z.row_version, "拒不整改"),
               InvalidTransitionError);  // nothing was ordered
  EXPECT_EQ(AuditCount(), audit);

  z = suspend("police.leader", "将人口信息提供给某科技公司用于营销", 5);
  EXPECT_EQ(z.status, AuthorizationStatus::kSuspended);
  ASSERT_EQ(z.misuse_orders.size(), 1u);
  EXPECT_EQ(z.misuse_orders[0].misuse, UseBeyondGrant::kThirdParty);
  EXPECT_EQ(z.misuse_orders[0].ordered_by_department, kPolice);
  EXPECT_EQ(z.misuse_orders[0].rectify_by.date, D("2026-10-19"));  // 5 working days: 13–16, 19
  EXPECT_FALSE(z.misuse_orders[0].outcome.has_value());
  ASSERT_EQ(z.suspensions.size(), 1u);  // its days are not non-use (A26)
  const auto open = p_->sharing().Steps("auditor", kCivil, true);
  const auto step = std::find_if(open.begin(), open.end(),
                                 [](const ProcessStep& s) { return s.kind == StepKind::kRectification; });
  ASSERT_NE(step, open.end());
  EXPECT_EQ(step->article, "N27");
  EXPECT_NE(NoticesOf("civil.op", NoticeKind::kAuthorization).back().message.find("2026-10-19"), std::string::npos);

  // Before the period ends and with nothing reported, it is not yet 拒不整改.
  EXPECT_THROW(p_->sharing().TerminateForMisuse("police.leader", z.id, z.row_version, "拒不整改"),
               InvalidTransitionError);
  EXPECT_THROW(p_->sharing().ReportRectification("civil.op", z.id, z.row_version, "已收回"), PermissionDeniedError);
  EXPECT_THROW(p_->sharing().ReportRectification("civil.leader", z.id, z.row_version, ""), InvalidArgumentError);
  p_->SetTime(T("2026-10-15T16:00:00+08:00"));
  z = p_->sharing().ReportRectification("civil.leader", z.id, z.row_version, "已收回数据并追究责任人");
  EXPECT_TRUE(z.misuse_orders[0].reported_at.has_value());
  EXPECT_THROW(p_->sharing().ReportRectification("civil.leader", z.id, z.row_version, "再报"),
               InvalidTransitionError);
  z = p_->sharing().Reinstate("police.leader", z.id, z.row_version, "整改到位");
  EXPECT_EQ(z.status, AuthorizationStatus::kActive);
  EXPECT_EQ(z.misuse_orders[0].outcome, std::optional<MisuseOutcome>(MisuseOutcome::kReinstated));
  const auto done = p_->sharing().Steps("auditor", kCivil, false);
  EXPECT_TRUE(std::any_of(done.begin(), done.end(), [](const ProcessStep& s) {
    return s.kind == StepKind::kRectification && s.on_time && s.outcome == "reported";
  }));

  // The bureau's own order: the provider neither lifts it nor terminates; the
  // period runs out unreported (拒不整改) and the bureau terminates.
  z = p_->sharing().SuspendForMisuse("admin", z.id, z.row_version, UseBeyondGrant::kOtherPurpose,
                                     "将低保核对数据用于招商统计", 3);
  EXPECT_THROW(p_->sharing().Reinstate("police.leader", z.id, z.row_version, "已整改"), PermissionDeniedError);
  EXPECT_THROW(p_->sharing().Revoke("police.leader", z.id, z.row_version, RevocationGround::kBreach, "违规"),
               PermissionDeniedError);
  p_->SetTime(T("2026-10-30T10:00:00+08:00"));
  EXPECT_THROW(p_->sharing().TerminateForMisuse("police.leader", z.id, z.row_version, "拒不整改"),
               PermissionDeniedError);
  z = p_->sharing().TerminateForMisuse("admin", z.id, z.row_version, "逾期未报告整改情况");
  EXPECT_EQ(z.status, AuthorizationStatus::kRevoked);
  EXPECT_EQ(z.revocation_ground, std::optional<RevocationGround>(RevocationGround::kMisuseNotRectified));
  EXPECT_EQ(z.misuse_orders[1].outcome, std::optional<MisuseOutcome>(MisuseOutcome::kTerminated));
  const auto after = p_->sharing().Steps("auditor", kCivil, false);
  EXPECT_TRUE(std::any_of(after.begin(), after.end(), [](const ProcessStep& s) {
    return s.kind == StepKind::kRectification && !s.on_time && s.outcome == "not rectified";
  }));
  EXPECT_TRUE(std::any_of(after.begin(), after.end(), [](const ProcessStep& s) {
    return s.kind == StepKind::kDisposal && !s.completed_at;  // the used data is disposed of (N27 ¶1)
  }));
  // Ended another way while suspended: the order closes, nothing is left to report.
  Authorization other = Granted("civil.op", entry.id, {"性别"}, "police.leader");
  other = p_->sharing().SuspendForMisuse("police.leader", other.id, other.row_version, UseBeyondGrant::kWiderScope,
                                         "扩大至非低保业务", 10);
  other = p_->sharing().EndPurpose("civil.leader", other.id, other.row_version, "业务终止");
  EXPECT_EQ(other.misuse_orders[0].outcome, std::optional<MisuseOutcome>(MisuseOutcome::kEndedOtherwise));
  EXPECT_THROW(p_->sharing().ReportRectification("civil.leader", other.id, other.row_version, "已整改"),
               InvalidTransitionError);
  // Supervision: each misuse is its own N40 item.
  ASSERT_EQ(FindingsOf(*p_, kCivil, "N40(3)").size(), 1u);
  const auto purpose = FindingsOf(*p_, kCivil, "N40(2)");
  ASSERT_EQ(purpose.size(), 2u);  // other purpose (terminated), wider scope (ended otherwise)
  EXPECT_EQ(purpose[0].clause, "N27");
  EXPECT_NE(purpose[0].message_zh.find("拒不整改"), std::string::npos) << purpose[0].message_zh;
  EXPECT_TRUE(p_->VerifyAudit("auditor").intact);
}

// N25 政府部门通过共享获得政务数据的，不得擅自扩大使用范围以及用于或者变相用于其他目的，不得擅自将获得的
// 政务数据提供给第三方。确需扩大使用范围、用于其他目的或者提供给第三方的，应当经政务数据提供部门同意.
TEST_F(SharingTest, AWiderUseNeedsTheProvidersConsent) {
  const EntryRecord entry = Publish(Household());
  Authorization z = Granted("civil.op", entry.id, {"姓名", "性别"}, "police.leader");
  WiderUseRequest ask;
  ask.kind = UseBeyondGrant::kThirdParty;
  ask.description = "向县级民政部门提供低保对象姓名用于入户核查";
  const std::int64_t audit = AuditCount();
  EXPECT_THROW(p_->sharing().RequestWiderUse("civil.leader", z.id, z.row_version, ask), InvalidArgumentError);
  ask.third_party = "如东县民政局";
  EXPECT_THROW(p_->sharing().RequestWiderUse("civil.op", z.id, z.row_version, ask), PermissionDeniedError);
  EXPECT_THROW(p_->sharing().RequestWiderUse("police.leader", z.id, z.row_version, ask), PermissionDeniedError);
  WiderUseRequest scope;
  scope.kind = UseBeyondGrant::kWiderScope;
  scope.description = "扩大至临时救助";
  scope.third_party = "如东县民政局";
  EXPECT_THROW(p_->sharing().RequestWiderUse("civil.leader", z.id, z.row_version, scope), InvalidArgumentError);
  EXPECT_EQ(AuditCount(), audit);

  z = p_->sharing().RequestWiderUse("civil.leader", z.id, z.row_version, ask);
  ASSERT_EQ(z.wider_uses.size(), 1u);
  EXPECT_EQ(z.wider_uses[0].number, 1);
  EXPECT_FALSE(z.wider_uses[0].consented.has_value());
  EXPECT_NE(NoticesOf("police.op", NoticeKind::kAuthorization).back().message.find("如东县民政局"), std::string::npos);
  EXPECT_THROW(p_->sharing().AnswerWiderUse("admin", z.id, z.row_version, 1, true, ""), PermissionDeniedError);
  EXPECT_THROW(p_->sharing().AnswerWiderUse("police.leader", z.id, z.row_version, 1, false, ""), InvalidArgumentError);
  EXPECT_THROW(p_->sharing().AnswerWiderUse("police.leader", z.id, z.row_version, 2, true, ""), InvalidArgumentError);
  z = p_->sharing().AnswerWiderUse("police.leader", z.id, z.row_version, 1, true, "限于本次入户核查");
  EXPECT_EQ(z.wider_uses[0].consented, std::optional<bool>(true));
  EXPECT_EQ(z.wider_uses[0].answered_by, "police.leader");
  EXPECT_NE(NoticesOf("civil.op", NoticeKind::kAuthorization).back().message.find("同意"), std::string::npos);
  EXPECT_THROW(p_->sharing().AnswerWiderUse("police.leader", z.id, z.row_version, 1, false, "撤回"),
               InvalidTransitionError);
  scope.third_party = "";
  z = p_->sharing().RequestWiderUse("civil.leader", z.id, z.row_version, scope);
  z = p_->sharing().AnswerWiderUse("police.leader", z.id, z.row_version, 2, false, "超出低保核对职责");
  EXPECT_EQ(z.wider_uses[1].consented, std::optional<bool>(false));
  z = p_->sharing().RequestWiderUse("civil.leader", z.id, z.row_version, ask);  // a third, left unanswered
  z = p_->sharing().Revoke("police.leader", z.id, z.row_version, RevocationGround::kBreach, "违规");
  EXPECT_THROW(p_->sharing().RequestWiderUse("civil.leader", z.id, z.row_version, ask), InvalidTransitionError);
  EXPECT_THROW(p_->sharing().AnswerWiderUse("police.leader", z.id, z.row_version, 3, true, ""), InvalidTransitionError);
  EXPECT_TRUE(p_->VerifyAudit("auditor").intact);
}


// N24 上级政府部门应当根据下级政府部门履行职责的需要，在确保政务数据安全的前提下，及时、完整回流业务
// 信息系统收集和产生的下级政府行政区域内的政务数据……不得设置额外的限制条件.
TEST_F(SharingTest, DataReturnsToALowerLevelWithoutExtraConditions) {
  CatalogEntry civil_only = Household();
  civil_only.share.scope.departments = {kCivil};  // the county is not named (A8 指定部门)
  const EntryRecord entry = Publish(civil_only);
  ApplicationRequest r = Request(entry.id, {"姓名", "公民身份号码"});
  r.purpose = "如皋市低保对象入户核查";
  const std::int64_t audit = AuditCount();
  EXPECT_THROW(p_->sharing().Apply("rugao.admin", r), InvalidArgumentError);  // as an ordinary application: A8
  r.return_flow = true;
  try {
    p_->sharing().Apply("civil.op", r);  // a city department is not below the provider
    ADD_FAILURE() << "a return flow between two city departments";
  } catch (const InvalidArgumentError& e) {
    EXPECT_NE(std::string(e.what()).find("return_flow: N24"), std::string::npos) << e.what();
  }
  EXPECT_EQ(AuditCount(), audit);
  Application a = p_->sharing().Apply("rugao.admin", r);
  a = p_->sharing().AcceptApplication("reviewer", a.id, a.row_version);
  GrantTerms own;
  own.conditions = "仅限如皋市民政局使用";
  EXPECT_THROW(p_->sharing().GrantApplication("police.leader", a.id, a.row_version, own), InvalidArgumentError);
  GrantTerms fewer;
  fewer.items = {"姓名"};  // N24 完整回流
  EXPECT_THROW(p_->sharing().GrantApplication("police.leader", a.id, a.row_version, fewer), InvalidArgumentError);
  a = p_->sharing().GrantApplication("police.leader", a.id, a.row_version, {});
  const Authorization z = p_->sharing().GetAuthorization("auditor", a.authorization_id);
  EXPECT_TRUE(z.return_flow);
  EXPECT_EQ(z.masked_items, std::vector<std::string>{"公民身份号码"});  // 在确保政务数据安全的前提下
  // At the data boundary the county counts as named: the name plain, the ID number masked.
  p_->SetTime(T("2026-10-12T10:00:00+08:00"));  // within the grant
  AccessRequest req;
  req.user_id = "rugao.admin";
  req.entry_id = entry.id;
  req.items = {"姓名", "公民身份号码"};
  req.purpose = "入户核查 2026-07";
  const AccessDecision d = p_->access().Decide(req);
  ASSERT_TRUE(d.allowed);
  ASSERT_EQ(d.items.size(), 2u);
  EXPECT_EQ(d.items[0].treatment, ItemTreatment::kPlain);
  EXPECT_EQ(d.items[1].treatment, ItemTreatment::kMasked);
  // A refused return is the provider's N39 (五) finding, for the bureau to judge its reasons.
  Application refused = p_->sharing().Apply("rugao.admin", r);
  refused = p_->sharing().AcceptApplication("reviewer", refused.id, refused.row_version);
  p_->sharing().RefuseApplication("police.leader", refused.id, refused.row_version, "县级数据尚未清洗");
  const auto n39 = FindingsOf(*p_, kPolice, "N39(5)");
  ASSERT_EQ(n39.size(), 1u);
  EXPECT_EQ(n39[0].clause, "N24");
  EXPECT_EQ(n39[0].object, "application:" + std::to_string(refused.id));
  EXPECT_TRUE(p_->VerifyAudit("auditor").intact);
}

}  // namespace
}  // namespace govshare
