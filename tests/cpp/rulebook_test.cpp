// The platform under the rulebook: the same application, demand, correction
// and catalog update on 2025-07-31 and on 2025-08-01, each judged by the
// rules in force on its day — the Nantong rules of 2020 (A1–A36), then the
// national 《政务数据共享条例》 above them (N1–N44, N44 in force 2025-08-01) —
// and a second city's local rules, which change the periods and nothing else.
#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "govshare/catalog_service.h"
#include "govshare/error.h"
#include "govshare/platform.h"
#include "govshare/rulebook.h"
#include "govshare/sharing_service.h"
#include "govshare/supervision_service.h"
#include "test_util.h"

namespace govshare {
namespace {

using testing::kCivil;
using testing::kPolice;
using testing::kRugaoPlatform;

Date D(const char* iso) { return Date::FromIso(iso); }
LocalDateTime T(const char* iso) { return LocalDateTime::FromIso(iso); }

// A second city (examples/data/local-rules-example.json): 2 working days to
// check the form, 5 to reply, 10 to publish a demanded resource, 5 to
// correct; in force from 2024-03-01.
RuleSet SecondCity() {
  return ParseLocalRules(testing::ReadFile(GOVSHARE_EXAMPLES_DATA_DIR "/local-rules-example.json"));
}

// One deadline of the scenario: the date and the article that set it.
struct Due {
  std::string date;
  std::string article;
  bool operator==(const Due& o) const { return date == o.date && article == o.article; }
};
std::ostream& operator<<(std::ostream& os, const Due& d) { return os << d.date << " (" << d.article << ")"; }

Due Of(const ProcessStep& s) { return {s.due.due.date.ToIso(), s.article}; }

// What the scenario opened, by name, and what else it did.
struct Outcome {
  std::map<std::string, Due> due;
  std::vector<std::string> shape;  // step kinds and statuses, in order
  std::int64_t audit_records = 0;
  std::size_t notices = 0;
};

class RulebookTest : public ::testing::Test {
 protected:
  // A platform on the second day of the scenario's clock, seeded; with
  // `local` set as its local rules.
  std::shared_ptr<Platform> Open(const char* at, const std::optional<RuleSet>& local = std::nullopt) {
    PlatformOptions o;
    o.path = testing::Store(":memory:");
    o.simulated_time = T(at);
    auto p = Platform::Open(o);
    testing::SeedCity(*p);
    if (local) p->SetLocalRules("admin", *local);
    return p;
  }

  static EntryRecord Publish(Platform& p, CatalogEntry e) {
    e.code.clear();
    EntryRecord r = p.catalog().CreateDraft("police.op", e);
    r = p.catalog().Submit("police.op", r.id, r.row_version);
    r = p.catalog().Approve("reviewer", r.id, r.row_version);
    return p.catalog().Publish("police.leader", r.id, r.row_version);
  }

  static ApplicationRequest Request(std::int64_t entry_id, std::vector<std::string> items) {
    ApplicationRequest r;
    r.entry_id = entry_id;
    r.items = std::move(items);
    r.purpose = "最低生活保障对象家庭成员核对";
    r.legal_duty = "《社会救助暂行办法》第十一条";
    r.method = ShareMethod::kApi;
    r.valid_from = D("2025-09-01");
    r.valid_until = D("2026-08-31");
    r.scan = {"申请表（盖章）.pdf", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 182044};
    return r;
  }

  // On the platform's day: a law change, an application for unconditional
  // data (the bureau decides, A18 platform direct) and one for conditional
  // data (the provider decides), a demand request, and an objection.
  static Outcome Scenario(Platform& p) {
    Outcome out;
    CatalogEntry market = testing::ValidUnconditionalEntry();
    market.provider = {kPolice, "南通市公安局"};
    CatalogEntry household = testing::ValidConditionalEntry();
    household.share.scope.departments = {kCivil, kRugaoPlatform};
    const EntryRecord m = Publish(p, market);
    const EntryRecord h = Publish(p, household);
    const Date today = p.Now().date;

    const Obligation law = p.catalog().RecordLegalChange("police.admin", kPolice, ObligationKind::kLawRevision,
                                                         "《中华人民共和国户口登记条例》修订", today);
    out.due["catalog update"] = {law.due.due.date.ToIso(), ""};

    Application a = p.sharing().Apply("civil.op", Request(m.id, {"企业名称"}));
    out.due["form check"] = Of(a.steps.at(0));
    a = p.sharing().AcceptApplication("reviewer", a.id, a.row_version);
    out.due["bureau reply, unconditional"] = Of(a.steps.at(1));

    Application b = p.sharing().Apply("civil.op", Request(h.id, {"姓名", "性别"}));
    b = p.sharing().AcceptApplication("reviewer", b.id, b.row_version);
    out.due["provider reply, conditional"] = Of(b.steps.at(1));
    b = p.sharing().GrantApplication("police.leader", b.id, b.row_version, {});

    DemandRequestInput want;
    want.target_code = kPolice;
    want.description = "全市流动人口居住登记信息";
    want.items = {"姓名", "居住地址"};
    want.purpose = "流动人口服务管理";
    want.scan = {"需求申请（盖章）.pdf", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 1024};
    const DemandRequest d = p.sharing().SubmitDemand("civil.op", want);
    out.due["demand answer"] = Of(d.steps.at(0));

    const Objection o = p.sharing().RaiseObjection(
        "civil.op", {h.id, "320602199001011234", "姓名", "姓名与户口簿不一致"});
    out.due["correction"] = Of(o.steps.at(0));

    for (const auto& s : p.sharing().Steps("auditor", "", false)) {
      out.shape.push_back(ToString(s.kind) + (s.completed_at ? ":" + s.outcome : ":pending"));
    }
    out.shape.push_back(ToString(p.sharing().GetApplication("auditor", b.id).status));
    out.audit_records = p.VerifyAudit("auditor").records;
    out.notices = p.Notices("admin", false).size() + p.Notices("police.leader", false).size() +
                  p.Notices("civil.op", false).size();
    return out;
  }
};

TEST_F(RulebookTest, TheSameActsEitherSideOf2025_08_01AreJudgedByTheRulesOfTheirDay) {
  auto before = Open("2025-07-31T10:00:00+08:00");  // Thursday
  auto from = Open("2025-08-01T10:00:00+08:00");    // Friday, N44: the regulation in force
  const Outcome old_rules = Scenario(*before);
  const Outcome new_rules = Scenario(*from);
  const std::map<std::string, Due> want_before = {
      {"catalog update", {"2025-08-21", ""}},                 // A11: 15 working days
      {"form check", {"2025-08-01", "A21"}},                  // 1 working day
      {"bureau reply, unconditional", {"2025-08-04", "A23"}},  // 2 working days
      {"provider reply, conditional", {"2025-08-14", "A22"}},  // 10 working days
      {"demand answer", {"2025-09-01", "A25"}},                // 1 month (08-31 is a Sunday)
      {"correction", {"2025-08-07", "A29"}},                   // 及时: the policy's 5 working days
  };
  const std::map<std::string, Due> want_from = {
      {"catalog update", {"2025-08-15", ""}},                 // N17: 10 working days
      {"form check", {"2025-08-04", "A21"}},                  // the national text has no form check
      {"bureau reply, unconditional", {"2025-08-04", "N21"}},  // 1 working day
      {"provider reply, conditional", {"2025-08-15", "N21"}},  // 10 working days
      {"demand answer", {"2025-09-01", "A25"}},                // the national text is silent
      {"correction", {"2025-08-15", "N26"}},                   // 10 working days
  };
  EXPECT_EQ(old_rules.due, want_before);
  EXPECT_EQ(new_rules.due, want_from);
  // The rules changed the periods, and N22 added the delivery step after the
  // agreeing reply (with its notice to the provider); nothing else.
  std::vector<std::string> with_delivery = old_rules.shape;
  with_delivery.insert(with_delivery.begin() + 4, "delivery:pending");
  EXPECT_EQ(with_delivery, new_rules.shape);
  EXPECT_EQ(old_rules.audit_records, new_rules.audit_records);
  EXPECT_EQ(old_rules.notices + 1, new_rules.notices);
  // The catalog-update notice cites the article of its day.
  auto cites = [](Platform& p, const char* article) {
    for (const auto& n : p.Notices("police.admin", false))
      if (n.kind == NoticeKind::kObligation && n.message.find(article) != std::string::npos) return true;
    return false;
  };
  EXPECT_TRUE(cites(*before, "(A11)"));
  EXPECT_TRUE(cites(*from, "(N17)"));
}

// A second city's local rules change the periods and nothing else; the
// national regulation still prevails over them from 2025-08-01 where it is
// stricter, and a shorter local period stands (N23).
TEST_F(RulebookTest, ASecondCitysRulesChangeThePeriodsAndNothingElse) {
  const RuleSet city = SecondCity();
  auto nantong_before = Open("2025-07-31T10:00:00+08:00");
  auto city_before = Open("2025-07-31T10:00:00+08:00", city);
  auto city_from = Open("2025-08-01T10:00:00+08:00", city);
  const Outcome a = Scenario(*nantong_before);
  const Outcome b = Scenario(*city_before);
  const Outcome c = Scenario(*city_from);
  const std::map<std::string, Due> want_before = {
      {"catalog update", {"2025-08-14", ""}},
      {"form check", {"2025-08-04", "第十二条"}},
      {"bureau reply, unconditional", {"2025-08-07", "第十三条"}},
      {"provider reply, conditional", {"2025-08-07", "第十三条"}},
      {"demand answer", {"2025-08-14", "第十五条"}},
      {"correction", {"2025-08-07", "第二十条"}},
  };
  const std::map<std::string, Due> want_from = {
      {"catalog update", {"2025-08-15", ""}},                   // N17 10 = local 10: the national one
      {"form check", {"2025-08-05", "第十二条"}},
      {"bureau reply, unconditional", {"2025-08-04", "N21"}},    // N21's 1 prevails over 5
      {"provider reply, conditional", {"2025-08-08", "第十三条"}},  // 5 is shorter than N21's 10
      {"demand answer", {"2025-08-15", "第十五条"}},
      {"correction", {"2025-08-08", "第二十条"}},                // 5 is shorter than N26's 10
  };
  EXPECT_EQ(b.due, want_before);
  EXPECT_EQ(c.due, want_from);
  // One more audit record each (the local rules set), nothing else differs
  // but N22's delivery step from 2025-08-01.
  EXPECT_EQ(a.shape, b.shape);
  EXPECT_EQ(c.shape.size(), b.shape.size() + 1);
  EXPECT_EQ(a.audit_records + 1, b.audit_records);
  EXPECT_EQ(a.notices, b.notices);
}

TEST_F(RulebookTest, LocalRulesAreTheBureausToSetAndABadSetChangesNothing) {
  auto p = Open("2026-09-01T09:00:00+08:00");
  EXPECT_EQ(p->rulebook().local, NantongRules2020());
  EXPECT_EQ(p->rulebook().national, NationalRegulation2025());
  const RuleSet city = SecondCity();
  const std::int64_t records = p->VerifyAudit("auditor").records;
  EXPECT_THROW(p->SetLocalRules("police.admin", city), PermissionDeniedError);
  EXPECT_THROW(p->SetLocalRules("reviewer", city), PermissionDeniedError);
  RuleSet bad = city;
  bad.rules.erase(bad.rules.begin() + 1);  // no form check: the national text sets none
  EXPECT_THROW(p->SetLocalRules("admin", bad), InvalidArgumentError);
  EXPECT_THROW(p->SetLocalRules("admin", NantongRules2020()), ConflictError);  // already in force
  EXPECT_EQ(p->rulebook().local, NantongRules2020());
  EXPECT_EQ(p->VerifyAudit("auditor").records, records);
  p->SetLocalRules("admin", city);
  EXPECT_EQ(p->rulebook().local, city);
  const auto trail = p->AuditTrail("auditor", 0, 1000);
  EXPECT_EQ(trail.back().action, "rules.set_local");
  EXPECT_NE(trail.back().reason.find("某市政务数据共享管理办法"), std::string::npos);
  // A step opened before keeps its deadline; the next act runs on the new rules.
  p->SetLocalRules("admin", NantongRules2020());
  EXPECT_EQ(p->rulebook().local, NantongRules2020());
}

// N21's materials request and extension, N22's delivery step: acts the
// regulation added, refused (or not opened) before 2025-08-01.
TEST_F(RulebookTest, TheRegulationsNewActsStartOnItsDay) {
  auto p = Open("2025-07-31T10:00:00+08:00");
  CatalogEntry household = testing::ValidConditionalEntry();
  household.share.scope.departments = {kCivil, kRugaoPlatform};
  const EntryRecord h = Publish(*p, household);
  Application a = p->sharing().Apply("civil.op", Request(h.id, {"姓名"}));
  a = p->sharing().AcceptApplication("reviewer", a.id, a.row_version);
  EXPECT_THROW(p->sharing().RequestMaterials("police.leader", a.id, a.row_version, {"盖章申请表"}),
               InvalidTransitionError);
  EXPECT_THROW(p->sharing().RequestReplyExtension("police.leader", a.id, a.row_version, 5, "核查"),
               InvalidTransitionError);
  a = p->sharing().GrantApplication("police.leader", a.id, a.row_version, {});
  for (const auto& s : p->sharing().Steps("auditor", "", false)) EXPECT_NE(s.kind, StepKind::kDelivery);
  // A delivery may still be recorded (the data is shared either way).
  const Authorization z = p->sharing().GetAuthorization("auditor", a.authorization_id);
  EXPECT_TRUE(p->sharing().RecordDelivery("police.op", z.id, z.row_version, ShareMethod::kApi, "").delivered_at);
}

// N17 政务数据共享主管部门应当自收到更新后的政务数据目录之日起2个工作日内完成审核并发布:
// an update of a published entry submitted from 2025-08-01 opens the bureau's
// review step; its approval (or rejection) completes it. None before.
TEST_F(RulebookTest, TheBureauReviewsAnUpdatedCatalogWithin2WorkingDays) {
  auto review_steps = [&](const char* at) {
    auto p = Open(at);
    const EntryRecord h = Publish(*p, testing::ValidConditionalEntry());
    EntryRecord r = p->catalog().GetEntry("police.op", h.id);
    CatalogEntry revised = *r.live;
    revised.summary += "根据户口登记条例修订补充说明。";
    r = p->catalog().EditDraft("police.op", h.id, r.row_version, revised);
    r = p->catalog().Submit("police.op", h.id, r.row_version);
    p->SetTime(T("2025-08-05T10:00:00+08:00"));
    p->catalog().Approve("reviewer", h.id, r.row_version);
    std::vector<std::string> out;
    for (const auto& s : p->sharing().Steps("auditor", "", false)) {
      if (s.kind == StepKind::kCatalogReview) {
        out.push_back(s.due.due.date.ToIso() + " " + s.article + " " + s.outcome + (s.on_time ? " on time" : " late"));
      }
    }
    return out;
  };
  EXPECT_EQ(review_steps("2025-07-31T10:00:00+08:00"), std::vector<std::string>{});
  EXPECT_EQ(review_steps("2025-08-01T10:00:00+08:00"),
            std::vector<std::string>{"2025-08-05 N17 approved on time"});  // Fri + 2 working days
}

// A31: an inspection says which texts its period's acts were judged by.
TEST_F(RulebookTest, AnInspectionNamesTheTextsOfItsPeriod) {
  auto p = Open("2025-09-01T09:00:00+08:00");
  const std::string national = "《政务数据共享条例》（国务院令第809号，2025-08-01 起施行）";
  const std::string nantong = "《南通市政务信息资源共享实施细则》（通政办发〔2020〕12号，2020-02-19 起施行）";
  EXPECT_EQ(p->supervision().Inspect("auditor", D("2025-07-01"), D("2025-07-31")).rules,
            (std::vector<std::string>{nantong}));
  EXPECT_EQ(p->supervision().Inspect("auditor", D("2025-07-01"), D("2025-08-31")).rules,
            (std::vector<std::string>{national, nantong}));
  EXPECT_EQ(TextsInForce(DefaultRulebook(), D("2019-01-01"), D("2019-12-31")), std::vector<std::string>{});
}

// N39 政务数据提供部门……有下列情形之一的……责令改正: (一) 未按照要求……更新政务数据目录,
// (四) 未按时答复政务数据共享申请. A late act under the national periods is found
// with its liability item beside the A31 clause; the same act judged by the
// Nantong rules alone (before 2025-08-01) breaks no national duty.
TEST_F(RulebookTest, LateActsUnderTheRegulationAreFoundWithTheirLiabilityItem) {
  auto liabilities = [&](const char* at) {
    auto p = Open(at);
    CatalogEntry household = testing::ValidConditionalEntry();
    household.share.scope.departments = {kCivil, kRugaoPlatform};
    const EntryRecord h = Publish(*p, household);
    p->catalog().RecordLegalChange("police.admin", kPolice, ObligationKind::kLawRevision, "《户口登记条例》修订",
                                   p->Now().date);
    Application a = p->sharing().Apply("civil.op", Request(h.id, {"姓名"}));
    p->sharing().AcceptApplication("reviewer", a.id, a.row_version);
    p->SetTime(T("2025-09-30T10:00:00+08:00"));  // the reply and the update are overdue
    std::map<std::string, std::string> out;  // clause -> liability
    for (const auto& d : p->supervision().Inspect("auditor", D("2025-07-01"), D("2025-09-30")).departments) {
      if (d.department_code != kPolice) continue;
      for (const auto& f : d.findings) {
        if (f.clause == "A31(3)" || f.clause == "A31(7)") out[f.clause] = f.liability + " " + f.liability_zh;
      }
    }
    return out;
  };
  EXPECT_EQ(liabilities("2025-07-31T10:00:00+08:00"),
            (std::map<std::string, std::string>{{"A31(3)", " "}, {"A31(7)", " "}}));
  EXPECT_EQ(liabilities("2025-08-01T10:00:00+08:00"),
            (std::map<std::string, std::string>{{"A31(3)", "N39(1) 未按照要求更新政务数据目录"},
                                                {"A31(7)", "N39(4) 未按时答复政务数据共享申请"}}));
}

// The rules stored in the file are the rules of every later handle.
TEST_F(RulebookTest, TheLocalRulesAreStoredWithThePlatform) {
  const std::string path = ::testing::TempDir() + "/govshare-rulebook-test.db";
  std::remove(path.c_str());
  PlatformOptions o;
  o.path = testing::Store(path);
  o.simulated_time = T("2026-09-01T09:00:00+08:00");
  {
    auto p = Platform::Open(o);
    testing::SeedCity(*p);
    p->SetLocalRules("admin", SecondCity());
  }
  auto q = Platform::Open(o);
  EXPECT_EQ(q->rulebook().local.name, "某市政务数据共享管理办法");
  std::remove(path.c_str());
}

}  // namespace
}  // namespace govshare
