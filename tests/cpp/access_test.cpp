// Access decisions at the data boundary (A8, A26, A28, A30): every outcome per
// share class and sub-type, expiry and revocation seen at the next call,
// Filter's masking, comparison-only, the comparison rate limit, the usage log.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "govshare/error.h"
#include "govshare/masking.h"
#include "govshare/platform.h"
#include "govshare/catalog_service.h"
#include "govshare/sharing_service.h"
#include "govshare/access_service.h"
#include "test_util.h"

namespace govshare {
namespace {

using testing::kCivil;
using testing::kPolice;
using testing::kRugaoPlatform;

Date D(const char* iso) { return Date::FromIso(iso); }
LocalDateTime T(const char* iso) { return LocalDateTime::FromIso(iso); }

// 户籍人口基本信息: conditional; 民政局 and the 如皋市 platform named; the ID
// number and address masked (A8 应进行数据脱敏).
CatalogEntry Household() {
  CatalogEntry e = testing::ValidConditionalEntry();
  e.code.clear();
  e.share.scope.departments = {kCivil, kRugaoPlatform};
  return e;
}

// 婚姻登记信息 as comparison only (A8 数据比对) for all but the 如皋市 platform.
CatalogEntry Marriage() {
  CatalogEntry e = testing::ValidConditionalEntry();
  e.code.clear();
  e.name = "婚姻登记信息";
  e.share.scope.departments = {kRugaoPlatform};
  e.share.scope.masked_items.clear();
  e.share.scope.comparison_only = true;
  return e;
}

// 市场主体登记信息: unconditional, granted by the platform.
CatalogEntry Market() {
  CatalogEntry e = testing::ValidUnconditionalEntry();
  e.code.clear();
  e.provider = {kPolice, "南通市公安局"};
  return e;
}

class AccessTest : public ::testing::Test {
 protected:
  void SetUp() override { Open(Options(":memory:")); }

  static PlatformOptions Options(const std::string& path) {
    PlatformOptions o;
    o.path = testing::Store(path);
    o.simulated_time = T("2026-09-01T09:00:00+08:00");
    return o;
  }
  void Open(const PlatformOptions& o) {
    p_ = Platform::Open(o);
    testing::SeedCity(*p_);
  }

  EntryRecord Publish(const CatalogEntry& entry) {
    EntryRecord r = p_->catalog().CreateDraft("police.op", entry);
    r = p_->catalog().Submit("police.op", r.id, r.row_version);
    r = p_->catalog().Approve("reviewer", r.id, r.row_version);
    return p_->catalog().Publish("police.leader", r.id, r.row_version);
  }

  Authorization Grant(const std::string& user, std::int64_t entry_id, std::vector<std::string> items,
                      const std::string& granter, ShareMethod method = ShareMethod::kApi,
                      const char* until = "2026-12-31") {
    ApplicationRequest r;
    r.entry_id = entry_id;
    r.items = std::move(items);
    r.purpose = "低保核对";
    r.legal_duty = "《社会救助暂行办法》第十一条";
    r.method = method;
    r.valid_from = D("2026-09-01");
    r.valid_until = D(until);
    r.scan = {"申请表.pdf", std::string(64, 'a'), 1024};
    Application a = p_->sharing().Apply(user, r);
    a = p_->sharing().AcceptApplication("reviewer", a.id, a.row_version);
    a = p_->sharing().GrantApplication(granter, a.id, a.row_version, {});
    return p_->sharing().GetAuthorization("auditor", a.authorization_id);
  }

  static AccessRequest Req(const std::string& user, std::int64_t entry_id, std::vector<std::string> items,
                           ShareMethod method = ShareMethod::kApi) {
    AccessRequest r;
    r.user_id = user;
    r.entry_id = entry_id;
    r.items = std::move(items);
    r.method = method;
    r.purpose = "低保审批 2026-0917";
    return r;
  }

  static std::string FirstFailure(const AccessDecision& d) {
    for (const auto& r : d.reasons)
      if (!r.passed) return r.rule;
    return "";
  }

  std::shared_ptr<Platform> p_;
};

// Unconditional (A8 无条件共享): granted items plain; others withheld (A30).
TEST_F(AccessTest, UnconditionalItemsArePlainAndUngrantedOnesWithheld) {
  const EntryRecord market = Publish(Market());
  const Authorization z = Grant("civil.op", market.id, {"企业名称", "登记状态"}, "reviewer");
  AccessDecision d = p_->access().Decide(Req("civil.op", market.id, {"企业名称", "注册资本(万元)"}));
  EXPECT_TRUE(d.allowed);
  EXPECT_EQ(d.consumer_code, kCivil);
  EXPECT_EQ(d.authorization_id, z.id);
  ASSERT_EQ(d.items.size(), 2u);
  EXPECT_EQ(d.items[0].treatment, ItemTreatment::kPlain);
  EXPECT_EQ(d.items[1].treatment, ItemTreatment::kWithheld);
  EXPECT_EQ(d.items[1].why, "A30");
  EXPECT_EQ(FirstFailure(d), "items");
  // Only withheld items: refused.
  d = p_->access().Decide(Req("civil.op", market.id, {"注册资本(万元)"}));
  EXPECT_FALSE(d.allowed);
  // The method must be the authorized one (A30 按照授权的方式).
  d = p_->access().Decide(Req("civil.op", market.id, {"企业名称"}, ShareMethod::kTable));
  EXPECT_FALSE(d.allowed);
  EXPECT_EQ(FirstFailure(d), "authorization");
}

// Conditional with named departments and masked items (A8).
TEST_F(AccessTest, ConditionalScopeMasksAndFilterApplies) {
  const EntryRecord household = Publish(Household());
  Grant("civil.op", household.id, {"姓名", "公民身份号码", "户籍地址"}, "police.leader");
  const AccessDecision d = p_->access().Decide(Req("civil.op", household.id, {"姓名", "公民身份号码", "户籍地址", "性别"}));
  ASSERT_TRUE(d.allowed);
  EXPECT_EQ(d.items[0].treatment, ItemTreatment::kPlain);
  EXPECT_EQ(d.items[1].treatment, ItemTreatment::kMasked);
  EXPECT_EQ(d.items[1].masking.kind, PersonalInfoKind::kIdCard);
  EXPECT_EQ(d.items[2].treatment, ItemTreatment::kMasked);
  EXPECT_EQ(d.items[3].treatment, ItemTreatment::kWithheld);
  const std::string records = R"([
    {"姓名": "张三", "公民身份号码": "320613198506151232", "户籍地址": "江苏省南通市崇川区和平桥街道××路17号", "性别": "1", "备注": "x"},
    {"姓名": "李四", "公民身份号码": null, "户籍地址": "江苏省南通市通州区金沙街道金沙路1号"}
  ])";
  const auto out = nlohmann::json::parse(p_->access().Filter(d, records));
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0]["姓名"], "张三");
  EXPECT_EQ(out[0]["公民身份号码"], "320613********1232");
  EXPECT_EQ(out[0]["户籍地址"], Mask(PersonalInfoKind::kAddress, "江苏省南通市崇川区和平桥街道××路17号"));
  EXPECT_EQ(out[0]["户籍地址"].get<std::string>().rfind("江苏省南通市崇川区", 0), 0u);
  EXPECT_FALSE(out[0].contains("性别"));  // withheld
  EXPECT_FALSE(out[0].contains("备注"));  // never requested
  EXPECT_TRUE(out[1]["公民身份号码"].is_null());
  EXPECT_THROW(p_->access().Filter(d, "{}"), ParseError);
  EXPECT_THROW(p_->access().Filter(d, "[1]"), ParseError);
  EXPECT_THROW(p_->access().Filter(d, "not json"), ParseError);
  const AccessDecision refused = p_->access().Decide(Req("rugao.admin", household.id, {"姓名"}));
  EXPECT_FALSE(refused.allowed);
  EXPECT_THROW(p_->access().Filter(refused, records), PermissionDeniedError);
}

// Conditional, open items only (仅部分内容可提供给所有部门): a department
// outside the scope gets those; masking rules set by the provider apply.
TEST_F(AccessTest, MaskingRulesPerItem) {
  // Pseudonyms are made with the key the platform is opened with, kept
  // outside its database (PseudonymKeyTest).
  ::setenv("GOVSHARE_TEST_PSEUDONYM_KEY", GeneratePseudonymKey().c_str(), 1);
  PlatformOptions keyed = Options(":memory:");
  keyed.pseudonym_key_env = "GOVSHARE_TEST_PSEUDONYM_KEY";
  Open(keyed);
  const EntryRecord household = Publish(Household());
  Grant("civil.op", household.id, {"姓名", "公民身份号码"}, "police.leader");
  EXPECT_THROW(p_->access().SetMaskingRules("civil.leader", household.id, {}), PermissionDeniedError);
  EXPECT_THROW(p_->access().SetMaskingRules("police.op", household.id, {{"婚姻状况", PersonalInfoKind::kOther, -1, -1, false}}),
               InvalidArgumentError);
  p_->access().SetMaskingRules("police.op", household.id,
                      {{"公民身份号码", PersonalInfoKind::kIdCard, -1, -1, true},
                       {"姓名", PersonalInfoKind::kName, 0, 1, false}});
  EXPECT_EQ(p_->access().MaskingRules("auditor", household.id).size(), 2u);
  const AccessDecision d = p_->access().Decide(Req("civil.op", household.id, {"姓名", "公民身份号码"}));
  ASSERT_TRUE(d.allowed);
  EXPECT_EQ(d.items[0].treatment, ItemTreatment::kMasked);  // a rule masks for everyone
  EXPECT_TRUE(d.items[1].masking.pseudonym);
  const std::string records = R"([{"姓名": "欧阳娜娜", "公民身份号码": "320613198506151232"},
                                   {"姓名": "张三", "公民身份号码": "320613198506151232"}])";
  const auto out = nlohmann::json::parse(p_->access().Filter(d, records));
  EXPECT_EQ(out[0]["姓名"], "***娜");
  const std::string pseudonym = out[0]["公民身份号码"];
  EXPECT_EQ(pseudonym.size(), 64u);
  EXPECT_EQ(out[1]["公民身份号码"], pseudonym);  // deterministic: linkage works
  EXPECT_EQ(pseudonym.find("3206"), std::string::npos);
}

// Comparison only (A8 数据比对): never delivered, compared; the named
// department receives the data.
TEST_F(AccessTest, ComparisonOnlyNeverDeliversData) {
  const EntryRecord marriage = Publish(Marriage());
  const Authorization z = Grant("civil.op", marriage.id, {"姓名", "公民身份号码"}, "police.leader");
  EXPECT_TRUE(z.comparison_only);
  const AccessDecision d = p_->access().Decide(Req("civil.op", marriage.id, {"姓名", "公民身份号码"}));
  ASSERT_TRUE(d.allowed);
  EXPECT_EQ(d.items[0].treatment, ItemTreatment::kComparisonOnly);
  EXPECT_THROW(p_->access().Filter(d, R"([{"姓名": "张三"}])"), PermissionDeniedError);
  const std::string record = R"({"姓名": "张三", "公民身份号码": "320613198506151232"})";
  ComparisonResult c = p_->access().Compare(Req("civil.op", marriage.id, {}), {{"姓名", "张三"}, {"公民身份号码", "320613198506151232"}}, record);
  ASSERT_TRUE(c.allowed);
  EXPECT_EQ(c.overall, ComparisonOutcome::kMatch);
  c = p_->access().Compare(Req("civil.op", marriage.id, {}), {{"姓名", "张四"}, {"公民身份号码", "320613198506151232"}}, record);
  EXPECT_EQ(c.overall, ComparisonOutcome::kNoMatch);
  ASSERT_EQ(c.fields.size(), 2u);  // in the map's (byte) order: 公民身份号码, 姓名
  EXPECT_EQ(c.fields[0].item, "公民身份号码");
  EXPECT_EQ(c.fields[0].outcome, ComparisonOutcome::kMatch);
  EXPECT_EQ(c.fields[1].outcome, ComparisonOutcome::kNoMatch);
  c = p_->access().Compare(Req("civil.op", marriage.id, {}), {{"姓名", "张三"}}, "null");
  EXPECT_EQ(c.overall, ComparisonOutcome::kNotFound);
  c = p_->access().Compare(Req("civil.op", marriage.id, {}), {{"性别", "1"}}, record);  // not granted
  EXPECT_FALSE(c.allowed);
  // The named department gets the data itself.
  Grant("rugao.admin", marriage.id, {"姓名"}, "police.leader");
  const AccessDecision named = p_->access().Decide(Req("rugao.admin", marriage.id, {"姓名"}));
  EXPECT_EQ(named.items[0].treatment, ItemTreatment::kPlain);
}

// A8 仅部分内容可提供给所有部门: a department outside a conditional scope
// receives the items for everyone; a revision reclassifying the entry as not
// shared (once no grant is taken away by it, A16) stops every access at the
// next call.
TEST_F(AccessTest, OpenItemsAndAReclassificationToNotShared) {
  CatalogEntry e = testing::ValidConditionalEntry();
  e.code.clear();
  e.share.scope.departments = {};
  e.share.scope.open_items = {"性别"};
  e.share.scope.masked_items = {"户籍地址"};
  const EntryRecord entry = Publish(e);
  Authorization civil = Grant("civil.op", entry.id, {"性别", "户籍地址"}, "police.leader");
  AccessDecision d = p_->access().Decide(Req("civil.op", entry.id, {"性别", "户籍地址"}));
  ASSERT_TRUE(d.allowed);
  EXPECT_EQ(d.items[0].treatment, ItemTreatment::kPlain);
  EXPECT_EQ(d.items[1].treatment, ItemTreatment::kMasked);
  EXPECT_EQ(d.items[1].masking.kind, PersonalInfoKind::kAddress);

  EntryRecord r = p_->catalog().GetEntry("police.op", entry.id);
  CatalogEntry closed = *r.live;
  closed.code.clear();
  closed.share = ShareAttribute{};
  closed.share.share_class = ShareClass::kNotShared;
  closed.share.legal_basis = LegalBasis{LegalBasisKind::kLaw, "《中华人民共和国居民身份证法》", "第十九条"};
  closed.open = OpenAttribute{};
  r = p_->catalog().EditDraft("police.op", entry.id, r.row_version, closed);
  // A16 不得随意撤销: while civil holds its grant, the reclassification is a
  // withdrawal by the back door and is refused (SharingTest.
  // ARevisionThatTakesAwayAGrantIsRefused); once the grant has ended it is not.
  EXPECT_THROW(p_->catalog().Submit("police.op", entry.id, r.row_version), InvalidArgumentError);
  EXPECT_TRUE(p_->access().Decide(Req("civil.op", entry.id, {"性别"})).allowed);
  civil = p_->sharing().Revoke("police.leader", civil.id, civil.row_version, RevocationGround::kBreach, "超范围使用");
  r = p_->catalog().Submit("police.op", entry.id, r.row_version);
  r = p_->catalog().Approve("reviewer", entry.id, r.row_version);
  p_->catalog().Publish("police.leader", entry.id, r.row_version);
  d = p_->access().Decide(Req("civil.op", entry.id, {"性别"}));
  EXPECT_FALSE(d.allowed);
  EXPECT_EQ(FirstFailure(d), "share_class");  // the entry's class is looked at before the grant
  EXPECT_EQ(d.reasons[0].article, "A8");
}

// A28: comparisons are rate-limited per authorization and all logged.
TEST_F(AccessTest, ComparisonRateLimit) {
  PlatformOptions o = Options(":memory:");
  o.comparisons_per_minute = 3;
  Open(o);
  const EntryRecord marriage = Publish(Marriage());
  Grant("civil.op", marriage.id, {"姓名"}, "police.leader");
  const std::string record = R"({"姓名": "张三"})";
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(p_->access().Compare(Req("civil.op", marriage.id, {}), {{"姓名", "张三"}}, record).allowed);
  const ComparisonResult limited = p_->access().Compare(Req("civil.op", marriage.id, {}), {{"姓名", "张三"}}, record);
  EXPECT_FALSE(limited.allowed);
  EXPECT_TRUE(limited.fields.empty());
  EXPECT_EQ(limited.reasons.back().rule, "rate_limit");
  UsageQuery q;
  q.consumer_code = kCivil;
  const auto log = p_->access().UsageLog("auditor", q);
  ASSERT_EQ(log.size(), 4u);
  EXPECT_EQ(log[0].outcome, "refused: rate_limit");
  EXPECT_EQ(log[1].outcome, "match");
  EXPECT_EQ(log[1].kind, "compare");
}

// Refusals are values with the rule and article.
TEST_F(AccessTest, RefusalsNameTheRule) {
  const EntryRecord market = Publish(Market());
  const EntryRecord household = Publish(Household());
  Grant("civil.op", market.id, {"企业名称"}, "reviewer");
  EXPECT_EQ(FirstFailure(p_->access().Decide(Req("ghost", market.id, {"企业名称"}))), "user");
  EXPECT_EQ(FirstFailure(p_->access().Decide(Req("auditor", market.id, {"企业名称"}))), "user");  // may not use data
  AccessRequest no_purpose = Req("civil.op", market.id, {"企业名称"});
  no_purpose.purpose.clear();
  EXPECT_EQ(FirstFailure(p_->access().Decide(no_purpose)), "purpose");
  EXPECT_EQ(FirstFailure(p_->access().Decide(Req("civil.op", 999, {"企业名称"}))), "entry");
  EXPECT_EQ(FirstFailure(p_->access().Decide(Req("rugao.admin", market.id, {"企业名称"}))), "authorization");
  EXPECT_EQ(FirstFailure(p_->access().Decide(Req("civil.op", household.id, {"姓名"}))), "authorization");
  AccessRequest early = Req("civil.op", market.id, {"企业名称"});
  early.time = T("2026-08-31T23:59:59+08:00");
  const AccessDecision d = p_->access().Decide(early);
  EXPECT_FALSE(d.allowed);
  EXPECT_NE(d.reasons[0].message.find("not yet valid"), std::string::npos);
  EXPECT_EQ(d.reasons[0].article, "A26, A30");
  // Explain lists every rule considered, and for a rule that passed, why it
  // passed — never a failure's wording.
  AccessRequest ex = Req("civil.op", market.id, {"企业名称"});
  ex.explain = true;
  const AccessDecision explained = p_->access().Decide(ex);
  EXPECT_TRUE(explained.allowed);
  std::vector<std::string> rules;
  for (const auto& r : explained.reasons) {
    EXPECT_TRUE(r.passed) << r.rule;
    for (const char* failure : {"not published", "no such", "required", "no items", "not shared", "no authorization",
                                "none of"}) {
      EXPECT_EQ(r.message.find(failure), std::string::npos) << r.rule << ": " << r.message;
    }
    rules.push_back(r.rule);
  }
  EXPECT_EQ(rules, (std::vector<std::string>{"user", "purpose", "items", "entry", "share_class", "authorization",
                                             "items"}));
  EXPECT_EQ(explained.reasons[3].message, "entry " + std::to_string(market.id) + " is published");
  EXPECT_NE(explained.reasons[5].message.find("is in force on 2026-09-01"), std::string::npos)
      << explained.reasons[5].message;
  EXPECT_EQ(explained.reasons[6].message.rfind("1 of 1 items", 0), 0u) << explained.reasons[6].message;
  // A refusal explained: the passes before the failure, then the failure.
  AccessRequest refused = Req("rugao.admin", market.id, {"企业名称"});
  refused.explain = true;
  const AccessDecision why_not = p_->access().Decide(refused);
  ASSERT_FALSE(why_not.allowed);
  EXPECT_TRUE(why_not.reasons.front().passed);
  EXPECT_FALSE(why_not.reasons.back().passed);
  EXPECT_EQ(why_not.reasons.back().rule, "authorization");
}

// A28, A30: Filter delivers only what a decision made by this handle allowed,
// unaltered, unexpired and on an authorization still in force; a forged,
// edited, expired or foreign decision is refused — the forged, edited and
// foreign ones kept as security events — and each delivery is in the usage
// log beside its decision.
TEST_F(AccessTest, FilterDeliversOnlyForASealedUnalteredUnexpiredDecision) {
  const EntryRecord household = Publish(Household());
  const Authorization z = Grant("civil.op", household.id, {"姓名", "公民身份号码"}, "police.leader");
  const std::string records = R"([{"姓名": "张三", "公民身份号码": "320613198506151232"}])";
  const AccessDecision d = p_->access().Decide(Req("civil.op", household.id, {"姓名", "公民身份号码"}));
  ASSERT_TRUE(d.allowed);
  EXPECT_EQ(d.seal.size(), 32u);
  EXPECT_EQ(d.expires, T("2026-09-01T09:01:00+08:00"));  // made at 09:00 + 60 s
  EXPECT_EQ(nlohmann::json::parse(p_->access().Filter(d, records))[0]["公民身份号码"], "320613********1232");
  EXPECT_TRUE(p_->access().Decide(Req("rugao.admin", household.id, {"姓名"})).seal.empty());  // a refusal

  auto refused = [&](const AccessDecision& bad, const std::string& why) {
    try {
      p_->access().Filter(bad, records);
      ADD_FAILURE() << "delivered for " << why;
    } catch (const PermissionDeniedError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  // Hand-built, as a caller might: allowed, the ID number plain.
  AccessDecision forged;
  forged.allowed = true;
  forged.user_id = "civil.op";
  forged.consumer_code = kCivil;
  forged.entry_id = household.id;
  forged.authorization_id = z.id;
  forged.purpose = "低保审批 2026-0917";
  forged.time = d.time;
  forged.expires = d.expires;
  forged.items = {{"公民身份号码", ItemTreatment::kPlain, {}, ""}};
  EXPECT_NE(refused(forged, "a hand-built decision").find("seal does not match"), std::string::npos);
  forged.seal = d.seal;  // a real seal on other fields
  EXPECT_NE(refused(forged, "a borrowed seal").find("seal does not match"), std::string::npos);
  // A real decision with one item edited from masked to plain; its expiry moved.
  AccessDecision edited = d;
  edited.items[1].treatment = ItemTreatment::kPlain;
  EXPECT_NE(refused(edited, "an edited treatment").find("seal does not match"), std::string::npos);
  edited = d;
  edited.expires = T("2027-01-01T00:00:00+08:00");
  EXPECT_NE(refused(edited, "an edited expiry").find("seal does not match"), std::string::npos);
  edited = d;
  edited.user_id = "civil.leader";
  EXPECT_NE(refused(edited, "another user").find("seal does not match"), std::string::npos);
  // Another handle's decision on the same platform (a file: two handles).
  const std::string path = ::testing::TempDir() + "govshare-sealed-" + std::to_string(getpid()) + ".db";
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
  {
    Open(Options(path));
    const EntryRecord h = Publish(Household());
    Grant("civil.op", h.id, {"姓名"}, "police.leader");
    auto other = Platform::Open(Options(path));
    const AccessDecision theirs = other->access().Decide(Req("civil.op", h.id, {"姓名"}));
    ASSERT_TRUE(theirs.allowed);
    EXPECT_NO_THROW(other->access().Filter(theirs, records));
    EXPECT_NE(refused(theirs, "a foreign decision").find("seal does not match"), std::string::npos);
    const auto kept = p_->SecurityEvents("auditor");
    ASSERT_FALSE(kept.empty());
    EXPECT_EQ(kept.back().action, Action::kUseData);
    EXPECT_EQ(kept.back().user_id, "civil.op");
    EXPECT_NE(kept.back().detail.find("seal does not match"), std::string::npos);
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
  Open(Options(":memory:"));
  const EntryRecord h = Publish(Household());
  const Authorization z2 = Grant("civil.op", h.id, {"姓名", "公民身份号码"}, "police.leader");

  // Expired: 60 s on the platform's clock; deciding again delivers.
  AccessDecision fresh = p_->access().Decide(Req("civil.op", h.id, {"姓名", "公民身份号码"}));
  p_->AdvanceTime(60);
  EXPECT_NO_THROW(p_->access().Filter(fresh, records));  // at its expiry, still
  p_->AdvanceTime(1);
  EXPECT_NE(refused(fresh, "an expired decision").find("expired at 2026-09-01T09:01:00+08:00"), std::string::npos);
  fresh = p_->access().Decide(Req("civil.op", h.id, {"姓名", "公民身份号码"}));
  EXPECT_NO_THROW(p_->access().Filter(fresh, records));
  // Suspended since the decision: refused at once, not after the expiry.
  p_->sharing().Suspend("police.leader", z2.id, z2.row_version, "核查");
  EXPECT_NE(refused(fresh, "a suspended authorization").find("no longer in force"), std::string::npos);
  // Not a security event: the decision was real.
  EXPECT_EQ(p_->SecurityEvents("auditor").size(), 0u);

  // The usage log: each delivery beside its decision — how many records,
  // which items went out how.
  p_->access().FlushUsageLog();
  const auto log = p_->access().UsageLog("auditor", {});
  std::vector<std::string> kinds;
  for (const auto& u : log) kinds.push_back(u.kind);
  // Newest first: the refused delivery left no line.
  EXPECT_EQ(kinds, (std::vector<std::string>{"deliver", "decide", "deliver", "decide"}));
  EXPECT_EQ(log[0].outcome, "delivered 1 record: 姓名 plain, 公民身份号码 masked");
  EXPECT_EQ(log[0].items, (std::vector<std::string>{"姓名", "公民身份号码"}));
  EXPECT_EQ(log[0].authorization_id, z2.id);
  EXPECT_TRUE(log[0].allowed);
}

// Every call on a closed handle is the storage error, the data boundary's
// included: no decision, no delivery, no comparison after Close().
TEST_F(AccessTest, AClosedHandleDecidesAndDeliversNothing) {
  const EntryRecord market = Publish(Market());
  Grant("civil.op", market.id, {"企业名称"}, "reviewer");
  const AccessRequest r = Req("civil.op", market.id, {"企业名称"});
  const AccessDecision d = p_->access().Decide(r);
  ASSERT_TRUE(d.allowed);
  AccessService access = p_->access();
  p_->Close();
  EXPECT_THROW(access.Decide(r), StorageError);
  EXPECT_THROW(access.Filter(d, R"([{"企业名称": "南通某公司"}])"), StorageError);
  EXPECT_THROW(access.Compare(r, {{"企业名称", "南通某公司"}}, "{}"), StorageError);
  EXPECT_THROW(access.UsageLog("auditor", {}), StorageError);
}

// A26: expiry is seen at the next call — at the request's time, no sweep.
TEST_F(AccessTest, ExpiryIsSeenAtEveryCall) {
  const EntryRecord market = Publish(Market());
  Grant("civil.op", market.id, {"企业名称"}, "reviewer", ShareMethod::kApi, "2026-09-30");
  AccessRequest r = Req("civil.op", market.id, {"企业名称"});
  r.time = T("2026-09-30T23:59:59+08:00");
  EXPECT_TRUE(p_->access().Decide(r).allowed);
  r.time = T("2026-10-01T00:00:00+08:00");
  const AccessDecision d = p_->access().Decide(r);
  EXPECT_FALSE(d.allowed);
  EXPECT_NE(d.reasons[0].message.find("expired"), std::string::npos);
  r.time.reset();  // the platform clock
  EXPECT_TRUE(p_->access().Decide(r).allowed);
  p_->SetTime(T("2026-10-01T08:00:00+08:00"));
  EXPECT_FALSE(p_->access().Decide(r).allowed);
}

// A28, A30: a revocation, suspension or withdrawal through this handle is
// seen by the next decision.
TEST_F(AccessTest, RevocationAndWithdrawalAreSeenAtOnce) {
  const EntryRecord market = Publish(Market());
  Authorization z = Grant("civil.op", market.id, {"企业名称"}, "reviewer");
  const AccessRequest r = Req("civil.op", market.id, {"企业名称"});
  ASSERT_TRUE(p_->access().Decide(r).allowed);
  z = p_->sharing().Suspend("admin", z.id, z.row_version, "核查");
  EXPECT_FALSE(p_->access().Decide(r).allowed);
  z = p_->sharing().Reinstate("admin", z.id, z.row_version, "核查完毕");
  EXPECT_TRUE(p_->access().Decide(r).allowed);
  z = p_->sharing().Revoke("admin", z.id, z.row_version, RevocationGround::kBreach, "违规提供第三方");
  const AccessDecision d = p_->access().Decide(r);
  EXPECT_FALSE(d.allowed);
  EXPECT_NE(d.reasons[0].message.find("revoked"), std::string::npos);
  // A new grant, then the entry is withdrawn (A16).
  Grant("civil.op", market.id, {"企业名称"}, "reviewer");
  EXPECT_TRUE(p_->access().Decide(r).allowed);
  EntryRecord e = p_->catalog().GetEntry("police.op", market.id);
  e = p_->catalog().RequestWithdrawal("police.leader", e.id, e.row_version, "系统停用");
  EXPECT_TRUE(p_->access().Decide(r).allowed);  // live until the bureau decides (A16)
  e = p_->catalog().DecideWithdrawal("admin", e.id, e.row_version, true, "同意");
  EXPECT_EQ(FirstFailure(p_->access().Decide(r)), "entry");
}

// Writing the usage log is the index's own write: it must not hide a grant
// made just before it.
TEST_F(AccessTest, AFlushDoesNotHideAnEarlierGrant) {
  const EntryRecord market = Publish(Market());
  const AccessRequest r = Req("civil.op", market.id, {"企业名称"});
  EXPECT_FALSE(p_->access().Decide(r).allowed);  // builds the index; one line buffered
  Grant("civil.op", market.id, {"企业名称"}, "reviewer");
  p_->access().FlushUsageLog();
  EXPECT_TRUE(p_->access().Decide(r).allowed);
}

// Changes made by another process are seen after decision_refresh_ms.
TEST_F(AccessTest, ChangesOfAnotherProcessAreSeen) {
  const std::string path = ::testing::TempDir() + "govshare-access-" + std::to_string(::getpid()) + ".db";
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
  PlatformOptions o = Options(path);
  o.decision_refresh_ms = 0;  // look at every call
  Open(o);
  const EntryRecord market = Publish(Market());
  Authorization z = Grant("civil.op", market.id, {"企业名称"}, "reviewer");
  const AccessRequest r = Req("civil.op", market.id, {"企业名称"});
  ASSERT_TRUE(p_->access().Decide(r).allowed);
  {
    auto other = Platform::Open(Options(path));
    other->sharing().Revoke("admin", z.id, z.row_version, RevocationGround::kBreach, "违规");
  }
  EXPECT_FALSE(p_->access().Decide(r).allowed);
}

// The index takes this handle's own changes from its committed writes, and
// reads the trail when another process wrote in between: a revocation by
// another process followed by a write here must not be lost (A28, A30).
TEST_F(AccessTest, OwnWritesAfterAnotherProcessDoNotHideItsChanges) {
  const std::string path = ::testing::TempDir() + "govshare-access-gap-" + std::to_string(::getpid()) + ".db";
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
  PlatformOptions o = Options(path);
  o.decision_refresh_ms = 1000000;  // this handle would not look on its own for a long time
  Open(o);
  const EntryRecord market = Publish(Market());
  Authorization z = Grant("civil.op", market.id, {"企业名称"}, "reviewer");
  const AccessRequest r = Req("civil.op", market.id, {"企业名称"});
  ASSERT_TRUE(p_->access().Decide(r).allowed);
  {
    auto other = Platform::Open(Options(path));
    other->sharing().Revoke("admin", z.id, z.row_version, RevocationGround::kBreach, "违规");
  }
  // A write through this handle: its own change follows the other's.
  Grant("civil.op", market.id, {"统一社会信用代码"}, "reviewer");
  EXPECT_FALSE(p_->access().Decide(r).allowed);
  EXPECT_TRUE(p_->access().Decide(Req("civil.op", market.id, {"统一社会信用代码"})).allowed);
}

// A26, A28: every decision is logged (batched), and an allowed one moves
// the authorization's last use.
TEST_F(AccessTest, UsageLogAndLastUse) {
  const EntryRecord market = Publish(Market());
  const Authorization z = Grant("civil.op", market.id, {"企业名称"}, "reviewer");
  EXPECT_FALSE(z.last_used.has_value());
  p_->SetTime(T("2026-09-10T10:00:00+08:00"));
  p_->access().Decide(Req("civil.op", market.id, {"企业名称"}));
  p_->access().Decide(Req("rugao.admin", market.id, {"企业名称"}));
  EXPECT_FALSE(p_->sharing().GetAuthorization("civil.op", z.id).last_used.has_value());  // still buffered
  p_->access().FlushUsageLog();
  EXPECT_EQ(p_->sharing().GetAuthorization("civil.op", z.id).last_used, T("2026-09-10T10:00:00+08:00"));
  const auto all = p_->access().UsageLog("auditor", {});
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].consumer_code, kRugaoPlatform);  // newest first
  EXPECT_EQ(all[0].outcome, "refused: authorization");
  EXPECT_EQ(all[1].user_id, "civil.op");
  EXPECT_EQ(all[1].purpose, "低保审批 2026-0917");
  EXPECT_EQ(all[1].items, (std::vector<std::string>{"企业名称"}));
  EXPECT_TRUE(all[1].allowed);
  // The provider sees accesses to its entries; another department its own.
  EXPECT_EQ(p_->access().UsageLog("police.leader", {}).size(), 2u);
  EXPECT_EQ(p_->access().UsageLog("civil.op", {}).size(), 1u);
  // Non-use (A26) counts from the last use.
  p_->SetTime(T("2026-12-10T10:00:00+08:00"));  // 3 months after the use, not more
  EXPECT_TRUE(p_->sharing().RevocableForNonUse("police.leader", kPolice).empty());
  p_->SetTime(T("2026-12-11T10:00:00+08:00"));
  EXPECT_EQ(p_->sharing().RevocableForNonUse("police.leader", kPolice).size(), 1u);

  PlatformOptions off = Options(":memory:");
  off.usage_log = false;
  Open(off);
  const EntryRecord m2 = Publish(Market());
  Grant("civil.op", m2.id, {"企业名称"}, "reviewer");
  p_->access().Decide(Req("civil.op", m2.id, {"企业名称"}));
  EXPECT_TRUE(p_->access().UsageLog("auditor", {}).empty());
}

// A28 (moved from the Python and Java suites): the usage log is read by
// entry, by time and newest first up to a limit; a limit under 1 is refused.
TEST_F(AccessTest, UsageLogQueries) {
  const EntryRecord market = Publish(Market());
  Grant("civil.op", market.id, {"企业名称"}, "reviewer");
  p_->SetTime(T("2026-09-10T10:00:00+08:00"));
  p_->access().Decide(Req("civil.op", market.id, {"企业名称"}));
  p_->SetTime(T("2026-09-11T10:00:00+08:00"));
  p_->access().Decide(Req("civil.op", market.id, {"企业名称"}));
  p_->access().Decide(Req("civil.op", market.id + 1000, {"企业名称"}));
  p_->access().FlushUsageLog();
  UsageQuery q;
  EXPECT_EQ(p_->access().UsageLog("auditor", q).size(), 3u);
  q.entry_id = market.id;
  EXPECT_EQ(p_->access().UsageLog("auditor", q).size(), 2u);
  q.from = T("2026-09-11T00:00:00+08:00");
  auto log = p_->access().UsageLog("auditor", q);
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].time, T("2026-09-11T10:00:00+08:00"));
  q.from.reset();
  q.to = T("2026-09-10T23:59:59+08:00");
  log = p_->access().UsageLog("auditor", q);
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].time, T("2026-09-10T10:00:00+08:00"));
  q = UsageQuery{};
  q.limit = 1;
  log = p_->access().UsageLog("auditor", q);
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].entry_id, market.id + 1000);  // newest first
  q.limit = 0;
  EXPECT_THROW(p_->access().UsageLog("auditor", q), InvalidArgumentError);
}

TEST(AccessNamesTest, Labels) {
  EXPECT_EQ(ToString(ItemTreatment::kComparisonOnly), "comparison_only");
  EXPECT_EQ(ChineseLabel(ItemTreatment::kMasked), "脱敏提供");
  EXPECT_EQ(ChineseLabel(ComparisonOutcome::kNotFound), "查无此记录");
}

}  // namespace
}  // namespace govshare
