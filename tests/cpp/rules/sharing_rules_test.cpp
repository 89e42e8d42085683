// The sharing rules (sharing/rules.h, platform/periods.h) without a database:
// every status × event of each case type's state machine, the A8 coverage
// of an item for every share class and scope, the statutory periods.
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <utility>

#include "govshare/error.h"
#include "platform/periods.h"
#include "rules/machine_table.h"
#include "sharing/rules.h"

namespace govshare {
namespace {

const DeadlineRule kThreeMonths{DeadlineUnit::kMonths, 3};  // A26

// A policy with the two working-day periods set, the rest as default.
SharingPolicy DaysPolicy(int demand_not_in_duties_days, int objection_check_days) {
  SharingPolicy p;
  p.demand_not_in_duties_days = demand_not_in_duties_days;
  p.objection_check_days = objection_check_days;
  return p;
}

using namespace sharing_rules;  // NOLINT: the module under test
using testing::ExpectExactly;


TEST(SharingRules, ApplicationMachine) {
  using S = ApplicationStatus;
  using E = ApplicationEvent;
  // A21: the bureau accepts or declines a submitted application; A22, A23:
  // the authority grants or refuses an accepted one; N21: it lists the
  // missing materials at once (never refuses for them), the requester
  // supplies them and the reply is due again. Nothing else moves.
  ExpectExactly(ApplicationMachine(), 6, 6,
                {{{S::kSubmitted, E::kAccept}, S::kAccepted},
                 {{S::kSubmitted, E::kDecline}, S::kNotAccepted},
                 {{S::kAccepted, E::kGrant}, S::kGranted},
                 {{S::kAccepted, E::kRefuse}, S::kRefused},
                 {{S::kAccepted, E::kRequestMaterials}, S::kMaterialsRequested},
                 {{S::kMaterialsRequested, E::kSupplyMaterials}, S::kAccepted}});
}

// N21 一次性告知其需要补充的材料 / 延长的期限最长不得超过10个工作日; N22 服务接口、
// 批量交换、文件下载.
TEST(SharingRules, RepliesExtensionsAndDeliveries) {
  Application x;
  x.id = 7;
  EXPECT_NO_THROW(CheckMaterialsRequest(x, {"盖章的使用申请表", "履职依据文件"}));
  EXPECT_THROW(CheckMaterialsRequest(x, {}), InvalidArgumentError);
  EXPECT_THROW(CheckMaterialsRequest(x, {" "}), InvalidArgumentError);
  x.missing_materials = {"盖章的使用申请表"};
  x.materials_requested_at = LocalDateTime::FromIso("2026-09-02T10:00:00+08:00");
  EXPECT_THROW(CheckMaterialsRequest(x, {"履职依据文件"}), InvalidTransitionError);  // once only

  const DeadlineRule cap{DeadlineUnit::kWorkingDays, 10};
  const LocalDateTime due = LocalDateTime::FromIso("2026-09-15T24:00:00+08:00");
  const LocalDateTime before = LocalDateTime::FromIso("2026-09-15T17:00:00+08:00");
  const LocalDateTime after = LocalDateTime::FromIso("2026-09-16T09:00:00+08:00");
  Application y;
  EXPECT_NO_THROW(CheckExtensionRequest(y, 10, cap, due, before));
  EXPECT_THROW(CheckExtensionRequest(y, 11, cap, due, before), InvalidArgumentError);
  EXPECT_THROW(CheckExtensionRequest(y, 0, cap, due, before), InvalidArgumentError);
  EXPECT_THROW(CheckExtensionRequest(y, 5, cap, due, after), InvalidTransitionError);  // the period has ended
  y.extension = ReplyExtension{};
  EXPECT_THROW(CheckExtensionRequest(y, 5, cap, due, before), InvalidTransitionError);  // one extension
  EXPECT_EQ(Extended({DeadlineUnit::kWorkingDays, 10}, 5), (DeadlineRule{DeadlineUnit::kWorkingDays, 15}));

  Authorization z;
  z.id = 3;
  z.methods = {ShareMethod::kApi};
  EXPECT_NO_THROW(CheckDelivery(z, ShareMethod::kApi));
  EXPECT_THROW(CheckDelivery(z, ShareMethod::kFile), InvalidArgumentError);  // not a granted method
  Authorization wide = z;
  wide.platform_wide = true;
  EXPECT_THROW(CheckDelivery(wide, ShareMethod::kApi), InvalidTransitionError);
  Authorization suspended = z;
  suspended.status = AuthorizationStatus::kSuspended;
  EXPECT_THROW(CheckDelivery(suspended, ShareMethod::kApi), InvalidTransitionError);
  Authorization delivered = z;
  delivered.delivered_at = LocalDateTime::FromIso("2026-09-20T10:00:00+08:00");
  EXPECT_THROW(CheckDelivery(delivered, ShareMethod::kApi), InvalidTransitionError);  // once
}

TEST(SharingRules, AuthorizationMachine) {
  using S = AuthorizationStatus;
  using E = AuthorizationEvent;
  // A26 use and expiry, A28/A30 suspension, reinstatement and revocation;
  // A18 a consumer grant revoked with the grant to the platform it was made under.
  // N27: the consumer ends it for its purpose; the provider ends the service;
  // a misuse suspends an active one, and terminates only a suspended one.
  ExpectExactly(AuthorizationMachine(), 4, 11,
                {{{S::kActive, E::kUse}, S::kActive},
                 {{S::kActive, E::kSuspend}, S::kSuspended},
                 {{S::kSuspended, E::kReinstate}, S::kActive},
                 {{S::kActive, E::kRevokeForNonUse}, S::kRevoked},
                 {{S::kSuspended, E::kRevokeForNonUse}, S::kRevoked},
                 {{S::kActive, E::kRevokeForBreach}, S::kRevoked},
                 {{S::kSuspended, E::kRevokeForBreach}, S::kRevoked},
                 {{S::kActive, E::kExpire}, S::kExpired},
                 {{S::kActive, E::kRevokeWithPlatformGrant}, S::kRevoked},
                 {{S::kSuspended, E::kRevokeWithPlatformGrant}, S::kRevoked},
                 {{S::kActive, E::kEndPurpose}, S::kRevoked},
                 {{S::kSuspended, E::kEndPurpose}, S::kRevoked},
                 {{S::kActive, E::kEndService}, S::kRevoked},
                 {{S::kSuspended, E::kEndService}, S::kRevoked},
                 {{S::kActive, E::kSuspendForMisuse}, S::kSuspended},
                 {{S::kSuspended, E::kTerminateForMisuse}, S::kRevoked}});
  EXPECT_EQ(RevocationEvent(RevocationGround::kNonUse), E::kRevokeForNonUse);
  EXPECT_EQ(RevocationEvent(RevocationGround::kBreach), E::kRevokeForBreach);
  // The N27 grounds come only by their own acts (EndPurpose, FileServiceChange).
  EXPECT_THROW(RevocationEvent(RevocationGround::kPurposeEnded), InvalidArgumentError);
  EXPECT_THROW(RevocationEvent(RevocationGround::kServiceEnded), InvalidArgumentError);
  EXPECT_THROW(RevocationEvent(RevocationGround::kMisuseNotRectified), InvalidArgumentError);  // TerminateForMisuse
  EXPECT_THROW(RevocationEvent(static_cast<RevocationGround>(9)), InvalidArgumentError);
}

TEST(SharingRules, DemandMachine) {
  using S = DemandStatus;
  using E = DemandEvent;
  // A25: one answer to a submitted request; a committed or deferred
  // resource is fulfilled by its publication. A25 对确因客观原因暂时无法发布的，
  // 应……将情况反馈: a department that answered will_publish may then find it
  // cannot publish yet, and says so — committed → deferred.
  ExpectExactly(DemandMachine(), 5, 4,
                {{{S::kSubmitted, E::kAnswerNotInDuties}, S::kNotInDuties},
                 {{S::kSubmitted, E::kAnswerWillPublish}, S::kCommitted},
                 {{S::kSubmitted, E::kAnswerCannotPublishYet}, S::kDeferred},
                 {{S::kCommitted, E::kAnswerCannotPublishYet}, S::kDeferred},
                 {{S::kCommitted, E::kFulfil}, S::kFulfilled},
                 {{S::kDeferred, E::kFulfil}, S::kFulfilled}});
  EXPECT_EQ(AnswerEvent(DemandAnswerKind::kWillPublish), E::kAnswerWillPublish);
  EXPECT_THROW(AnswerEvent(static_cast<DemandAnswerKind>(0)), InvalidArgumentError);
}

TEST(SharingRules, ObjectionAndDisputeMachines) {
  // A29: an open objection is corrected or rejected, once.
  ExpectExactly(ObjectionMachine(), 3, 2,
                {{{ObjectionStatus::kOpen, ObjectionEvent::kCorrect}, ObjectionStatus::kCorrected},
                 {{ObjectionStatus::kOpen, ObjectionEvent::kReject}, ObjectionStatus::kRejected}});
  // A27: the bureau records the outcome of an open dispute, once.
  ExpectExactly(DisputeMachine(), 2, 1,
                {{{DisputeStatus::kOpen, DisputeEvent::kResolve}, DisputeStatus::kResolved}});
}

// ---- A8 coverage ------------------------------------------------------------------------

CatalogEntry Entry(ShareClass cls) {
  CatalogEntry e;
  e.name = "人口基础信息";
  e.share.share_class = cls;
  for (const char* n : {"姓名", "公民身份号码", "住址", "婚姻状况"}) {
    DataItem d;
    d.name = n;
    d.share_class = cls == ShareClass::kNotShared ? ShareClass::kNotShared : ShareClass::kUnconditional;
    e.items.push_back(d);
  }
  e.items[3].share_class = ShareClass::kNotShared;  // 婚姻状况: not shared
  return e;
}

TEST(SharingRules, CoverageOfAnUnconditionalEntry) {
  CatalogEntry e = Entry(ShareClass::kUnconditional);
  e.share.scope.masked_items = {"公民身份号码"};
  for (bool in_scope : {false, true}) {
    EXPECT_EQ(CoverItem(e, "姓名", in_scope), ItemCover::kPlain);
    EXPECT_EQ(CoverItem(e, "公民身份号码", in_scope), ItemCover::kMasked);
    EXPECT_EQ(CoverItem(e, "婚姻状况", in_scope), ItemCover::kNotShared);
    EXPECT_EQ(CoverItem(e, "指纹", in_scope), ItemCover::kNotAnItem);
  }
  EXPECT_FALSE(NamedInScope(e.share, "X"));
}

TEST(SharingRules, CoverageOfAConditionalEntry) {
  // A8 有条件共享: the named departments get the entry (masked items
  // masked); every other department only the items open to all.
  CatalogEntry e = Entry(ShareClass::kConditional);
  e.share.scope.departments = {"D1"};
  e.share.scope.open_items = {"姓名"};
  e.share.scope.masked_items = {"公民身份号码"};
  EXPECT_TRUE(NamedInScope(e.share, "D1"));
  EXPECT_FALSE(NamedInScope(e.share, "D2"));
  const std::map<std::string, std::pair<ItemCover, ItemCover>> expected = {
      // item: {named department, any other}
      {"姓名", {ItemCover::kPlain, ItemCover::kPlain}},
      {"公民身份号码", {ItemCover::kMasked, ItemCover::kMasked}},
      {"住址", {ItemCover::kPlain, ItemCover::kOutsideScope}},
      {"婚姻状况", {ItemCover::kNotShared, ItemCover::kNotShared}},
      {"指纹", {ItemCover::kNotAnItem, ItemCover::kNotAnItem}},
  };
  for (const auto& [item, covers] : expected) {
    EXPECT_EQ(CoverItem(e, item, true), covers.first) << item;
    EXPECT_EQ(CoverItem(e, item, false), covers.second) << item;
  }
  // 数据比对: every other department may only compare, whatever the item.
  e.share.scope.comparison_only = true;
  EXPECT_EQ(CoverItem(e, "住址", false), ItemCover::kComparisonOnly);
  EXPECT_EQ(CoverItem(e, "住址", true), ItemCover::kPlain);
  EXPECT_EQ(CoverItem(e, "婚姻状况", false), ItemCover::kNotShared);
}

TEST(SharingRules, CoverageOfANotSharedEntry) {
  const CatalogEntry e = Entry(ShareClass::kNotShared);
  EXPECT_EQ(CoverItem(e, "姓名", true), ItemCover::kNotShared);
  EXPECT_THROW(CheckCoverage(e, "X", "D1", {"姓名"}), InvalidArgumentError);
}

TEST(SharingRules, CheckCoverageNamesTheItemAndTheArticle) {
  CatalogEntry e = Entry(ShareClass::kConditional);
  e.share.scope.departments = {"D1"};
  e.share.scope.open_items = {"姓名"};
  e.share.scope.masked_items = {"公民身份号码"};
  auto message = [&](const std::string& consumer, std::vector<std::string> items) {
    try {
      CheckCoverage(e, "C-1", consumer, items);
    } catch (const InvalidArgumentError& err) {
      return std::string(err.what());
    }
    return std::string();
  };
  EXPECT_NE(message("D2", {"姓名", "住址"}).find("items[1] \"住址\": the share scope of entry C-1"), std::string::npos);
  // ... listing the entry's items (nearest first, cut) before the article.
  EXPECT_NE(message("D2", {"指纹"}).find("items[0] \"指纹\" is not an item of entry C-1; its items are one of 姓名, "),
            std::string::npos);
  EXPECT_NE(message("D2", {"指纹"}).find(" (A20: apply for items of the published entry)"), std::string::npos);
  EXPECT_NE(message("D2", {"姓名", "婚姻状况"}).find("not shared (不予共享, A8)"), std::string::npos);
  // An unknown item is named before a scope problem of an earlier item.
  EXPECT_NE(message("D2", {"住址", "指纹"}).find("指纹"), std::string::npos);
  const Coverage named = CheckCoverage(e, "C-1", "D1", {"住址", "公民身份号码"});
  EXPECT_FALSE(named.comparison_only);
  EXPECT_EQ(named.masked, std::vector<std::string>{"公民身份号码"});
  e.share.scope.comparison_only = true;
  const Coverage other = CheckCoverage(e, "C-1", "D2", {"住址", "公民身份号码"});
  EXPECT_TRUE(other.comparison_only);
  EXPECT_EQ(other.masked, std::vector<std::string>{"公民身份号码"});
}

// ---- A16 ------------------------------------------------------------------------------------

// An authorization of `consumer` on `items` by API, in `status`.
Authorization Grant(const std::string& consumer, std::vector<std::string> items,
                    AuthorizationStatus status = AuthorizationStatus::kActive) {
  Authorization z;
  z.id = 7;
  z.consumer_code = consumer;
  z.items = std::move(items);
  z.methods = {ShareMethod::kApi};
  z.status = status;
  return z;
}

// A16 "须提前告知数据订阅使用部门": the using departments are the subscribers and
// every department holding an active or suspended authorization.
TEST(SharingRules, UsingDepartmentsAreSubscribersAndHolders) {
  using S = AuthorizationStatus;
  const std::map<S, bool> holds = {{S::kActive, true}, {S::kSuspended, true}, {S::kExpired, false}, {S::kRevoked, false}};
  for (const auto& [status, expected] : holds) {
    EXPECT_EQ(HoldsUse(Grant("D1", {"姓名"}, status)), expected) << ToString(status);
  }
  Authorization platform = Grant("B", {"姓名"});
  platform.platform_wide = true;  // A18 整体授权: the bureau, told as the bureau
  EXPECT_FALSE(HoldsUse(platform));
  const std::vector<Authorization> zs = {Grant("D3", {"姓名"}), Grant("D2", {"姓名"}, S::kSuspended),
                                         Grant("D4", {"姓名"}, S::kRevoked), Grant("D5", {"姓名"}, S::kExpired),
                                         Grant("D3", {"住址"}), platform};
  EXPECT_EQ(UsingDepartments({"D1", "D2"}, zs, {"B"}), (std::vector<std::string>{"D1", "D2", "D3"}));
  EXPECT_EQ(UsingDepartments({"B"}, {}, {"B"}), std::vector<std::string>{});
}

// A16 "对已发布的政务信息资源不得随意撤销": what a revision takes away from a grant.
TEST(SharingRules, WhatARevisionTakesAway) {
  CatalogEntry live = Entry(ShareClass::kConditional);
  live.share.scope.departments = {"D1"};
  live.share.scope.open_items = {"姓名"};
  live.share.scope.masked_items = {"公民身份号码"};
  live.share.methods = {ShareMethod::kApi, ShareMethod::kTable};
  Authorization z = Grant("D1", {"姓名", "住址", "公民身份号码"});
  z.masked_items = {"公民身份号码"};
  EXPECT_TRUE(TakenAway(live, z).empty());

  auto first = [&](const CatalogEntry& revised) {
    const auto lost = TakenAway(revised, z);
    return lost.empty() ? std::string() : lost.front();
  };
  // Nothing taken: an item nobody holds dropped, a method added, an item opened.
  CatalogEntry r = live;
  r.items.pop_back();  // 婚姻状况
  r.share.methods.push_back(ShareMethod::kFile);
  r.share.scope.open_items.push_back("住址");
  EXPECT_EQ(first(r), "");
  // The entry classed not shared.
  r = live;
  r.share.share_class = ShareClass::kNotShared;
  EXPECT_EQ(first(r).rfind("share.share_class:", 0), 0u);
  // An authorized item removed, or classed not shared.
  r = live;
  r.items.erase(r.items.begin() + 2);  // 住址
  EXPECT_EQ(first(r), "items: the authorized item \"住址\" is removed (A20)");
  r = live;
  r.items[2].share_class = ShareClass::kNotShared;
  EXPECT_NE(first(r).find("\"住址\".share_class"), std::string::npos);
  // A granted method withdrawn (A13).
  r = live;
  r.share.methods = {ShareMethod::kTable};
  EXPECT_EQ(first(r), "share.methods: the granted method api is no longer offered (A13)");
  // The scope narrowed past the holder: D1 no longer named, 住址 not open.
  r = live;
  r.share.scope.departments = {"D9"};
  EXPECT_EQ(first(r), "share.scope: the authorized item \"住址\" is no longer within the scope for D1 (A8)");
  // ... or only as comparison, or masked where the grant gives the data.
  r.share.scope.comparison_only = true;
  EXPECT_NE(first(r).find("share.scope.comparison_only"), std::string::npos);
  r = live;
  r.share.scope.masked_items.push_back("姓名");
  EXPECT_NE(first(r).find("share.scope.masked_items: the authorized item \"姓名\""), std::string::npos);
  // A comparison-only grant loses nothing when its item becomes masked.
  Authorization compare = Grant("D2", {"姓名"});
  compare.comparison_only = true;
  EXPECT_TRUE(TakenAway(r, compare).empty());
  // Every loss is listed.
  r = live;
  r.share.methods = {ShareMethod::kTable};
  r.items.erase(r.items.begin() + 2);
  EXPECT_EQ(TakenAway(r, z).size(), 2u);
}

TEST(SharingRules, ARevisionThatTakesAwayIsRefusedNamingTheHolderAndA16) {
  CatalogEntry revised = Entry(ShareClass::kUnconditional);
  revised.share.methods = {ShareMethod::kApi};
  revised.items.erase(revised.items.begin());  // 姓名
  // Expired and revoked grants bind nothing; an active or suspended one does.
  const std::vector<Authorization> ended = {Grant("D1", {"姓名"}, AuthorizationStatus::kExpired),
                                            Grant("D2", {"姓名"}, AuthorizationStatus::kRevoked)};
  EXPECT_NO_THROW(RequireNothingTakenAway(revised, "C-1", ended));
  for (const auto status : {AuthorizationStatus::kActive, AuthorizationStatus::kSuspended}) {
    try {
      RequireNothingTakenAway(revised, "C-1", {Grant("D3", {"住址"}), Grant("D1", {"姓名"}, status)});
      ADD_FAILURE() << ToString(status);
    } catch (const InvalidArgumentError& e) {
      const std::string m = e.what();
      EXPECT_EQ(m.rfind("items: the authorized item \"姓名\" is removed", 0), 0u) << m;
      EXPECT_NE(m.find("the revision of entry C-1 takes away what department D1 holds under authorization 7"),
                std::string::npos) << m;
      EXPECT_NE(m.find("A16: 已发布的政务信息资源不得随意撤销"), std::string::npos) << m;
    }
  }
}

TEST(SharingRules, WhatAnApplicationMustSatisfy) {
  CatalogEntry e = Entry(ShareClass::kUnconditional);
  e.share.methods = {ShareMethod::kApi};
  ApplicationRequest r;
  r.items = {"姓名"};
  r.method = ShareMethod::kApi;
  r.valid_until = {2026, 12, 31};
  const Date today{2026, 12, 5};
  auto message = [&](const std::string& consumer, const ApplicationRequest& req) {
    try {
      CheckApplication(e, 3, "C-3", "P", consumer, req, today);
    } catch (const InvalidArgumentError& err) {
      return std::string(err.what());
    }
    return std::string();
  };
  EXPECT_EQ(message("D", r), "");
  EXPECT_NE(message("P", r).find("(A17)"), std::string::npos);  // its own resource
  ApplicationRequest past = r;
  past.valid_until = {2026, 12, 4};
  EXPECT_NE(message("D", past).find("already past (A26)"), std::string::npos);
  ApplicationRequest table = r;
  table.method = ShareMethod::kTable;
  EXPECT_NE(message("D", table).find("(A13: its share methods)"), std::string::npos);
  ApplicationRequest secret = r;
  secret.items = {"婚姻状况"};
  EXPECT_NE(message("D", secret).find("(不予共享, A8)"), std::string::npos);
}

TEST(SharingRules, AuthorizationModeAndWhoDecides) {
  CatalogEntry e = Entry(ShareClass::kUnconditional);
  EXPECT_EQ(ModeOf(e), AuthorizationMode::kPlatformDirect);
  e.share.controlled_parameters = {"公民身份号码"};
  EXPECT_EQ(ModeOf(e), AuthorizationMode::kProviderDirect);  // A18 管控参数
  e.share.authorization_mode = AuthorizationMode::kProviderToPlatform;
  EXPECT_EQ(ModeOf(e), AuthorizationMode::kProviderToPlatform);
  EXPECT_TRUE(ProviderDecides(AuthorizationMode::kProviderDirect));
  EXPECT_FALSE(ProviderDecides(AuthorizationMode::kProviderToPlatform));
  EXPECT_FALSE(ProviderDecides(AuthorizationMode::kPlatformDirect));
}

// A18 提供部门……授权分为直接授权给使用部门和整体授权给市政务数据共享交换平台;
// A22 提供部门收到申请后,应在10个工作日内完成审核; A23 市大数据管理局应在接到受理申请后的
// 2个工作日内完成审核. Whose clock runs after acceptance: for a provider-to-platform
// entry the bureau's 2 days only once the platform grant exists.
TEST(SharingRules, DecisionStepWaitsForThePlatformGrant) {
  using M = AuthorizationMode;
  const std::tuple<M, bool, StepKind> rows[] = {
      {M::kProviderDirect, false, StepKind::kProviderDecision},
      {M::kProviderDirect, true, StepKind::kProviderDecision},
      {M::kPlatformDirect, false, StepKind::kPlatformDecision},
      {M::kPlatformDirect, true, StepKind::kPlatformDecision},
      {M::kProviderToPlatform, false, StepKind::kProviderDecision},  // old code: the bureau's 2 days
      {M::kProviderToPlatform, true, StepKind::kPlatformDecision},
  };
  for (const auto& [mode, live, step] : rows) {
    EXPECT_EQ(DecisionStepAfterAcceptance(mode, live), step) << ToString(mode) << " " << live;
  }
}

// A22 应在10个工作日内完成审核并填写授权意见; A23 完成审核并在线填写授权意见: the
// authority answers the application — it may grant less than was asked, never more.
TEST(SharingRules, AGrantNarrowsNeverWidens) {
  ApplicationRequest r;
  r.items = {"姓名", "住址"};
  r.valid_from = {2026, 10, 1};
  r.valid_until = {2027, 3, 31};
  const Date today{2026, 9, 15};
  auto message = [&](const GrantTerms& t, const char* article = "A22") {
    try {
      NarrowRequest(r, t, article, today);
    } catch (const InvalidArgumentError& err) {
      return std::string(err.what());
    }
    return std::string();
  };
  // As requested.
  const GrantScope same = NarrowRequest(r, {}, "A22", today);
  EXPECT_EQ(same.items, r.items);
  EXPECT_EQ(same.valid_from, r.valid_from);
  EXPECT_EQ(same.valid_until, r.valid_until);
  // Narrower: fewer items, a shorter period.
  GrantTerms narrow;
  narrow.items = {"姓名"};
  narrow.valid_from = Date{2026, 11, 1};
  narrow.valid_until = Date{2027, 1, 31};
  const GrantScope g = NarrowRequest(r, narrow, "A22", today);
  EXPECT_EQ(g.items, std::vector<std::string>{"姓名"});
  EXPECT_EQ(g.valid_from, (Date{2026, 11, 1}));
  EXPECT_EQ(g.valid_until, (Date{2027, 1, 31}));
  EXPECT_EQ(message(narrow), "");
  // Wider: refused, naming the field and the article (the old code granted these periods).
  struct Row {
    GrantTerms terms;
    const char* article;
    const char* expected;
  };
  GrantTerms later;
  later.valid_until = Date{2027, 4, 1};
  GrantTerms earlier;
  earlier.valid_from = Date{2026, 9, 30};
  GrantTerms other_item;
  other_item.items = {"公民身份号码"};
  GrantTerms reversed;
  reversed.valid_from = Date{2027, 1, 1};
  reversed.valid_until = Date{2026, 12, 1};
  GrantTerms past;
  past.valid_from = Date{2026, 10, 1};
  past.valid_until = Date{2026, 10, 1};
  const Row rows[] = {
      {later, "A23", "terms.valid_until 2027-04-01 is after the requested 2027-03-31; a grant narrows the period "
                     "applied for, never widens it (A23)"},
      {earlier, "A22", "terms.valid_from 2026-09-30 is before the requested 2026-10-01; a grant narrows the period "
                       "applied for, never widens it (A22)"},
      {other_item, "A22", "terms.items[0] \"公民身份号码\" was not applied for; a grant gives at most the items "
                          "requested (A22)"},
      {reversed, "A22", "terms: valid_until must not be before valid_from (A26)"},
  };
  for (const Row& row : rows) EXPECT_EQ(message(row.terms, row.article), row.expected);
  EXPECT_EQ(message(past), "");  // within the request and not past on 09-15
  const Date late{2026, 10, 2};
  EXPECT_THROW(NarrowRequest(r, past, "A22", late), InvalidArgumentError);  // A26 already past
}

// A18 整体授权给市政务数据共享交换平台: the provider grants the platform what it
// chooses of its shared items — not only those open to every department (A8
// 仅部分内容可提供给所有部门); the scope is applied to each consumer later.
TEST(SharingRules, PlatformGrantItemsIgnoreTheScope) {
  CatalogEntry e = Entry(ShareClass::kConditional);
  e.share.scope.departments = {"D1"};
  e.share.scope.open_items = {"姓名"};
  e.share.scope.masked_items = {"公民身份号码"};
  // The old code checked the bureau against the scope: 住址 was outside it.
  EXPECT_THROW(CheckCoverage(e, "C-1", "BUREAU", {"姓名", "住址"}), InvalidArgumentError);
  const Coverage c = CheckPlatformGrantItems(e, "C-1", {"姓名", "住址", "公民身份号码"});
  EXPECT_EQ(c.masked, std::vector<std::string>{"公民身份号码"});
  EXPECT_FALSE(c.comparison_only);
  auto message = [&](std::vector<std::string> items) {
    try {
      CheckPlatformGrantItems(e, "C-1", items);
    } catch (const InvalidArgumentError& err) {
      return std::string(err.what());
    }
    return std::string();
  };
  EXPECT_NE(message({"姓名", "婚姻状况"}).find("terms.items[1] \"婚姻状况\" of entry C-1 is not shared (不予共享, A8)"),
            std::string::npos);
  EXPECT_NE(message({"指纹"}).find("terms.items[0] \"指纹\" is not an item of entry C-1; its items are one of 姓名, "),
            std::string::npos);
  EXPECT_NE(message({"指纹"}).find(" (A18)"), std::string::npos);
  EXPECT_THROW(CheckPlatformGrantItems(Entry(ShareClass::kNotShared), "C-2", {"姓名"}), InvalidArgumentError);
  // Each consumer is still held to the scope when the bureau grants it (A8).
  EXPECT_NO_THROW(CheckCoverage(e, "C-1", "D1", {"住址"}));
  EXPECT_THROW(CheckCoverage(e, "C-1", "D2", {"住址"}), InvalidArgumentError);
}

// A18: the platform grant is the ceiling of the consumer grants made under it.
TEST(SharingRules, ConsumerGrantsStayWithinThePlatformGrant) {
  Authorization wide;
  wide.id = 9;
  wide.items = {"姓名", "住址"};
  wide.methods = {ShareMethod::kApi};
  wide.valid_from = {2026, 9, 1};
  wide.valid_until = {2027, 6, 30};
  wide.conditions = "仅限履职需要";
  EXPECT_NO_THROW(CheckWithinPlatformGrant(wide, {"姓名"}, ShareMethod::kApi, {2026, 9, 1}, {2027, 6, 30}));
  EXPECT_THROW(CheckWithinPlatformGrant(wide, {"公民身份号码"}, ShareMethod::kApi, {2026, 10, 1}, {2027, 1, 1}),
               InvalidArgumentError);
  EXPECT_THROW(CheckWithinPlatformGrant(wide, {"姓名"}, ShareMethod::kFile, {2026, 10, 1}, {2027, 1, 1}),
               InvalidArgumentError);
  EXPECT_THROW(CheckWithinPlatformGrant(wide, {"姓名"}, ShareMethod::kApi, {2026, 8, 31}, {2027, 1, 1}),
               InvalidArgumentError);
  EXPECT_THROW(CheckWithinPlatformGrant(wide, {"姓名"}, ShareMethod::kApi, {2026, 10, 1}, {2027, 7, 1}),
               InvalidArgumentError);
  // Its conditions carry into the consumer grant, before the bureau's own.
  EXPECT_EQ(CarriedConditions("仅限履职需要", ""), "仅限履职需要");
  EXPECT_EQ(CarriedConditions("仅限履职需要", "仅限低保核对"), "仅限履职需要；仅限低保核对");
  EXPECT_EQ(CarriedConditions("仅限履职需要", "仅限履职需要"), "仅限履职需要");
  EXPECT_EQ(CarriedConditions("", "仅限低保核对"), "仅限低保核对");
  // A reinstatement never goes beyond a ceiling that is not active.
  EXPECT_NO_THROW(RequireCeilingLive(3, 9, AuthorizationStatus::kActive));
  for (auto s : {AuthorizationStatus::kSuspended, AuthorizationStatus::kRevoked, AuthorizationStatus::kExpired}) {
    EXPECT_THROW(RequireCeilingLive(3, 9, s), InvalidTransitionError) << ToString(s);
  }
}

// A18: what a change of the platform grant does to a consumer grant under it,
// every event × the consumer grant's status × whether it was suspended with it.
TEST(SharingRules, PlatformGrantChangesCarryIntoConsumerGrants) {
  using S = AuthorizationStatus;
  using E = AuthorizationEvent;
  const std::map<std::tuple<E, S, bool>, E> expected = {
      {{E::kSuspend, S::kActive, false}, E::kSuspend},
      {{E::kReinstate, S::kSuspended, true}, E::kReinstate},
      {{E::kRevokeForBreach, S::kActive, false}, E::kRevokeWithPlatformGrant},
      {{E::kRevokeForBreach, S::kSuspended, false}, E::kRevokeWithPlatformGrant},
      {{E::kRevokeForBreach, S::kSuspended, true}, E::kRevokeWithPlatformGrant},
      {{E::kRevokeForNonUse, S::kActive, false}, E::kRevokeWithPlatformGrant},
      {{E::kRevokeForNonUse, S::kSuspended, false}, E::kRevokeWithPlatformGrant},
      {{E::kRevokeForNonUse, S::kSuspended, true}, E::kRevokeWithPlatformGrant},
      {{E::kRevokeWithPlatformGrant, S::kActive, false}, E::kRevokeWithPlatformGrant},
      {{E::kRevokeWithPlatformGrant, S::kSuspended, false}, E::kRevokeWithPlatformGrant},
      {{E::kRevokeWithPlatformGrant, S::kSuspended, true}, E::kRevokeWithPlatformGrant},
  };
  for (int e = 0; e <= static_cast<int>(E::kTerminateForMisuse); ++e) {
    for (S s : {S::kActive, S::kExpired, S::kRevoked, S::kSuspended}) {
      for (bool with : {false, true}) {
        if (with && s != S::kSuspended) continue;  // only a suspended grant carries the mark
        const auto key = std::make_tuple(static_cast<E>(e), s, with);
        const auto got = CascadeEvent(static_cast<E>(e), s, with);
        const auto it = expected.find(key);
        if (it == expected.end()) {
          EXPECT_FALSE(got.has_value()) << e << " " << ToString(s) << " " << with;
        } else {
          ASSERT_TRUE(got.has_value()) << e << " " << ToString(s) << " " << with;
          EXPECT_EQ(*got, it->second) << e << " " << ToString(s) << " " << with;
          // Every event the cascade produces is a transition the machine allows.
          EXPECT_TRUE(AuthorizationMachine().Find(s, *got).has_value());
        }
      }
    }
  }
}

// ---- requests and A26 ---------------------------------------------------------------------

TEST(SharingRules, RequestShapes) {
  ScanDocument scan{"申请表.pdf", std::string(64, 'a'), 1024};
  EXPECT_NO_THROW(RequireScan(scan, "scan", "A20"));
  scan.sha256 = std::string(64, 'A');
  EXPECT_THROW(RequireScan(scan, "scan", "A20"), InvalidArgumentError);
  scan.sha256 = std::string(64, 'a');
  scan.size = 0;
  EXPECT_THROW(RequireScan(scan, "scan", "A20"), InvalidArgumentError);
  EXPECT_THROW(RequireItems({}, "items", "A20"), InvalidArgumentError);
  EXPECT_THROW(RequireItems({"姓名", "姓名"}, "items", "A20"), InvalidArgumentError);
  EXPECT_THROW(RequireItems({" "}, "items", "A20"), InvalidArgumentError);
  EXPECT_NO_THROW(RequireItems({"姓名", "住址"}, "items", "A20"));
  EXPECT_NO_THROW(CheckPolicy(SharingPolicy{}));
  EXPECT_THROW(CheckPolicy(DaysPolicy(0, 5)), InvalidArgumentError);
  EXPECT_THROW(CheckPolicy(DaysPolicy(5, 61)), InvalidArgumentError);
  // A31 (2): the working days a rejected version may stay unrevised.
  SharingPolicy p;
  p.unrevised_rejection_days = 0;
  EXPECT_THROW(CheckPolicy(p), InvalidArgumentError);
  p = SharingPolicy{};
  // Office hours: a close between 08:00 and 24:00; "after the close counts
  // as the next day" needs a close.
  p.after_close_counts_next_day = true;
  EXPECT_THROW(CheckPolicy(p), InvalidArgumentError);
  p.office_close_minutes = 17 * 60 + 30;
  EXPECT_NO_THROW(CheckPolicy(p));
  p.office_close_minutes = 25 * 60;
  EXPECT_THROW(CheckPolicy(p), InvalidArgumentError);
}

TEST(SharingRules, ExpiryAndNonUse) {
  const Date until{2026, 6, 30};
  // A26: active past its period reads as expired; other statuses stay.
  EXPECT_EQ(EffectiveStatus(AuthorizationStatus::kActive, until, {2026, 6, 30}), AuthorizationStatus::kActive);
  EXPECT_EQ(EffectiveStatus(AuthorizationStatus::kActive, until, {2026, 7, 1}), AuthorizationStatus::kExpired);
  EXPECT_EQ(EffectiveStatus(AuthorizationStatus::kSuspended, until, {2026, 7, 1}), AuthorizationStatus::kSuspended);
  EXPECT_EQ(EffectiveStatus(AuthorizationStatus::kRevoked, until, {2026, 7, 1}), AuthorizationStatus::kRevoked);
  // A26 超过三个月未使用: more than 3 months, i.e. the anniversary is past.
  EXPECT_FALSE(UnusedTooLong({2026, 1, 15}, {2026, 4, 15}, kThreeMonths));
  EXPECT_TRUE(UnusedTooLong({2026, 1, 15}, {2026, 4, 16}, kThreeMonths));
  EXPECT_FALSE(UnusedTooLong({2025, 11, 30}, {2026, 2, 28}, kThreeMonths));  // Feb 28 is the anniversary
  EXPECT_TRUE(UnusedTooLong({2025, 11, 30}, {2026, 3, 1}, kThreeMonths));
}

// Every statutory deadline is counted provisionally where a year is not
// loaded, with the policy's office hours (none by default).
TEST(SharingRules, DeadlineOptionsOfThePolicy) {
  SharingPolicy policy;
  DeadlineOptions o = DeadlineOptionsOf(policy);
  EXPECT_TRUE(o.provisional);
  EXPECT_FALSE(o.office_close_minutes.has_value());
  EXPECT_FALSE(o.after_close_counts_next_day);
  EXPECT_TRUE(o.roll_forward);
  policy.office_close_minutes = 17 * 60;
  policy.after_close_counts_next_day = true;
  o = DeadlineOptionsOf(policy);
  EXPECT_EQ(o.office_close_minutes, 17 * 60);
  EXPECT_TRUE(o.after_close_counts_next_day);
}

// A26 valid period, A30 only a live authorization serves a use: every
// status × position of the day against the period.
TEST(SharingRules, WhetherAnAuthorizationServesAUse) {
  const int from = Date{2026, 1, 1}.DaysSinceEpoch();
  const int until = Date{2026, 6, 30}.DaysSinceEpoch();
  struct Row {
    AuthorizationStatus status;
    int day;
    const char* why;  // nullptr: usable
  };
  const Row rows[] = {
      {AuthorizationStatus::kActive, from - 1, "the authorization is not yet valid"},
      {AuthorizationStatus::kActive, from, nullptr},
      {AuthorizationStatus::kActive, until, nullptr},
      {AuthorizationStatus::kActive, until + 1, "the authorization has expired (A26: apply again)"},
      {AuthorizationStatus::kExpired, from, "the authorization has expired (A26: apply again)"},
      {AuthorizationStatus::kSuspended, from, "the authorization is suspended"},
      {AuthorizationStatus::kRevoked, from, "the authorization is revoked"},
      {AuthorizationStatus::kRevoked, until + 1, "the authorization is revoked"},
  };
  for (const Row& r : rows) {
    const char* why = WhyNotUsable(r.status, from, until, r.day);
    if (r.why == nullptr) {
      EXPECT_EQ(why, nullptr) << ToString(r.status) << " day " << r.day;
    } else {
      ASSERT_NE(why, nullptr) << ToString(r.status) << " day " << r.day;
      EXPECT_STREQ(why, r.why);
    }
  }
}


// A25 不属于本部门履职范围内的，应及时告知 / 确属本部门履职范围内……应在1个月内
// 完成资源发布 / 确因客观原因暂时无法发布的，应在10个工作日内将情况反馈: each
// answer is judged by its own deadline; the rules set no 10-day limit on a
// will_publish answer, which is judged by the 1-month publication alone.
TEST(SharingRules, EachDemandAnswerIsJudgedByItsOwnDeadline) {
  const SharingPolicy policy = DaysPolicy(7, 3);
  const Rulebook book = DefaultRulebook();
  auto period = [&](DemandAnswerKind kind) {
    return periods::Resolve(book, policy, RuleQuery{periods::DemandAnswerDuty(kind), {2026, 9, 1}});
  };
  EXPECT_EQ(period(DemandAnswerKind::kNotInDuties).rule, (DeadlineRule{DeadlineUnit::kWorkingDays, 7}));
  EXPECT_EQ(period(DemandAnswerKind::kWillPublish).rule, (DeadlineRule{DeadlineUnit::kMonths, 1}));
  EXPECT_EQ(period(DemandAnswerKind::kCannotPublishYet).rule, (DeadlineRule{DeadlineUnit::kWorkingDays, 10}));
  for (auto kind : {DemandAnswerKind::kNotInDuties, DemandAnswerKind::kWillPublish, DemandAnswerKind::kCannotPublishYet}) {
    EXPECT_EQ(period(kind).article, "A25");  // the national regulation sets no demand periods
  }
  EXPECT_EQ(periods::kDemandUnanswered, Duty::kDemandPublication);
}

// A26 对于使用部门获得授权后超过三个月不使用的……提供部门可视情收回授权: the 3 months
// run from the later of the grant, valid_from and the last use; days under
// suspension (A28, A30: it could not be used) are not non-use; the end rolls
// to a working day only when the policy says so.
TEST(SharingRules, NonUseClock) {
  auto at = [](const char* iso) { return LocalDateTime::FromIso(iso); };
  struct Row {
    const char* name;
    const char* granted;
    Date valid_from;
    std::optional<LocalDateTime> last_used;
    std::vector<SuspensionPeriod> suspensions;
    Date today;
    Date since;
    Date ends;  // without rolling
  };
  const std::vector<Row> rows = {
      {"granted, valid at once, never used", "2026-01-15T10:00:00+08:00", {2026, 1, 15}, std::nullopt, {},
       {2026, 4, 16}, {2026, 1, 15}, {2026, 4, 15}},
      {"valid_from after the grant: counted from valid_from", "2026-01-15T10:00:00+08:00", {2026, 2, 1},
       std::nullopt, {}, {2026, 4, 16}, {2026, 2, 1}, {2026, 5, 1}},
      {"the last use after valid_from", "2026-01-15T10:00:00+08:00", {2026, 2, 1}, at("2026-03-10T09:00:00+08:00"), {},
       {2026, 6, 1}, {2026, 3, 10}, {2026, 6, 10}},
      {"valid_from before the grant: from the grant", "2026-01-15T10:00:00+08:00", {2026, 1, 1}, std::nullopt, {},
       {2026, 4, 16}, {2026, 1, 15}, {2026, 4, 15}},
      {"a closed suspension of 10 days moves the end on by 10", "2026-01-15T10:00:00+08:00", {2026, 1, 15},
       std::nullopt, {{at("2026-02-01T09:00:00+08:00"), at("2026-02-11T16:00:00+08:00")}}, {2026, 4, 16},
       {2026, 1, 15}, {2026, 4, 25}},
      {"a suspension before the last use does not count", "2026-01-15T10:00:00+08:00", {2026, 1, 15},
       at("2026-03-01T09:00:00+08:00"), {{at("2026-02-01T09:00:00+08:00"), at("2026-02-11T16:00:00+08:00")}},
       {2026, 6, 2}, {2026, 3, 1}, {2026, 6, 1}},
      {"an open suspension counts up to today", "2026-01-15T10:00:00+08:00", {2026, 1, 15}, std::nullopt,
       {{at("2026-03-01T09:00:00+08:00"), std::nullopt}}, {2026, 5, 1}, {2026, 1, 15}, {2026, 6, 15}},
      {"suspended after 3 months of non-use: already revocable", "2026-01-15T10:00:00+08:00", {2026, 1, 15},
       std::nullopt, {{at("2026-05-01T09:00:00+08:00"), std::nullopt}}, {2026, 5, 20}, {2026, 1, 15},
       {2026, 5, 4}},
  };
  for (const Row& r : rows) {
    Authorization z;
    z.granted_at = at(r.granted);
    z.valid_from = r.valid_from;
    z.last_used = r.last_used;
    z.suspensions = r.suspensions;
    EXPECT_EQ(NonUseSince(z), r.since) << r.name;
    // The spell's start to the second (housekeeping tells each spell once)
    // falls on the day NonUseSince names.
    EXPECT_EQ(NonUseSpellStart(z).date, r.since) << r.name;
    EXPECT_EQ(NonUseEnds(z, r.today, kThreeMonths, nullptr), r.ends) << r.name;
    EXPECT_EQ(UnusedTooLong(z, r.today, kThreeMonths, nullptr), r.ends < r.today) << r.name;
    const bool open = !r.suspensions.empty() && !r.suspensions.back().until;  // its end moves with today
    if (!open) {
      EXPECT_FALSE(UnusedTooLong(z, r.ends, kThreeMonths, nullptr)) << r.name << ": the last day is within the 3 months";
    }
  }
  // NonUseSpellStart to the second: the grant, the start of valid_from, or the last use.
  {
    Authorization z;
    z.granted_at = at("2026-01-15T10:00:00+08:00");
    z.valid_from = {2026, 1, 15};
    EXPECT_EQ(NonUseSpellStart(z), at("2026-01-15T10:00:00+08:00"));  // valid the day of the grant: the grant
    z.valid_from = {2026, 2, 1};
    EXPECT_EQ(NonUseSpellStart(z), at("2026-02-01T00:00:00+08:00"));  // valid later: from its first moment
    z.last_used = at("2026-03-10T09:30:15+08:00");
    EXPECT_EQ(NonUseSpellStart(z), at("2026-03-10T09:30:15+08:00"));  // used: from the use
  }
  EXPECT_EQ(SuspendedDays({{at("2026-02-01T09:00:00+08:00"), at("2026-02-01T16:00:00+08:00")}}, {2026, 1, 1},
                          {2026, 3, 1}),
            0);  // suspended and reinstated the same day

  // SharingPolicy.non_use_rolls_to_working_day: the end moves to the next
  // working day (民法典 art. 203) only when the policy asks for it.
  const auto cal = WorkdayCalendar::Builtin();
  Authorization z;
  z.granted_at = at("2026-07-03T10:00:00+08:00");
  z.valid_from = {2026, 7, 3};
  // 3 months end on Sat 2026-10-03, in the National Day holiday (10-01..10-07).
  EXPECT_EQ(NonUseEnds(z, {2026, 10, 5}, kThreeMonths, nullptr), (Date{2026, 10, 3}));
  EXPECT_TRUE(UnusedTooLong(z, {2026, 10, 5}, kThreeMonths, nullptr));
  EXPECT_EQ(NonUseEnds(z, {2026, 10, 5}, kThreeMonths, cal.get()), (Date{2026, 10, 8}));
  EXPECT_FALSE(UnusedTooLong(z, {2026, 10, 8}, kThreeMonths, cal.get()));
  EXPECT_TRUE(UnusedTooLong(z, {2026, 10, 9}, kThreeMonths, cal.get()));
}

// N28 协商解决 → 同级政务数据共享主管部门协调处理 (跨层级、跨地域的：共同的上级) → 本级
// 人民政府决定: the next tier, and which parties are of one level and region.
TEST(SharingRules, DisputeTiers) {
  using T = DisputeTier;
  EXPECT_EQ(NextTier(T::kNegotiation, false, 1), T::kAuthority);
  EXPECT_EQ(NextTier(T::kNegotiation, true, 1), T::kSuperiorAuthority);
  EXPECT_EQ(NextTier(T::kAuthority, false, 1), T::kGovernment);
  EXPECT_EQ(NextTier(T::kSuperiorAuthority, true, 1), T::kGovernment);
  EXPECT_THROW(NextTier(T::kGovernment, false, 1), InvalidTransitionError);
  auto dept = [](const char* code, DepartmentLevel level, const char* parent) {
    Department d;
    d.code = code;
    d.level = level;
    d.parent_code = parent;
    return d;
  };
  const Department city = dept("P", DepartmentLevel::kMunicipal, "");
  const Department bureau = dept("B", DepartmentLevel::kBureau, "");
  const Department rugao = dept("R", DepartmentLevel::kCountyPlatform, "");
  const Department rugao_dept = dept("RD", DepartmentLevel::kCounty, "R");
  const Department haimen_dept = dept("HD", DepartmentLevel::kCounty, "H");
  EXPECT_FALSE(CrossLevelOrRegion(city, bureau));
  EXPECT_FALSE(CrossLevelOrRegion(rugao, rugao_dept));
  EXPECT_TRUE(CrossLevelOrRegion(city, rugao_dept));
  EXPECT_TRUE(CrossLevelOrRegion(city, rugao));
  EXPECT_TRUE(CrossLevelOrRegion(rugao_dept, haimen_dept));
}

Date Day(int y, int m, int d) { return Date{y, m, d}; }

// ---- N27, N29 -------------------------------------------------------------------------------

TEST(SharingRules, ServiceChangeMachine) {
  using S = ServiceChangeStatus;
  using E = ServiceChangeEvent;
  // N27 协商 then 备案; withdrawn before it is filed.
  ExpectExactly(ServiceChangeMachine(), 4, 3,
                {{{S::kNegotiating, E::kAnswer}, S::kAnswered},
                 {{S::kAnswered, E::kFile}, S::kFiled},
                 {{S::kNegotiating, E::kWithdraw}, S::kWithdrawn},
                 {{S::kAnswered, E::kWithdraw}, S::kWithdrawn}});
}

Authorization Granted() {
  Authorization z;
  z.id = 7;
  z.entry_code = "E1";
  z.items = {"姓名", "公民身份号码", "住址"};
  z.masked_items = {"公民身份号码"};
  z.methods = {ShareMethod::kApi};
  z.valid_from = Day(2026, 1, 1);
  z.valid_until = Day(2026, 12, 31);
  z.status = AuthorizationStatus::kActive;
  return z;
}

// N27 无正当理由，不得终止或者变更: what a proposal must say, and what a change may do.
TEST(SharingRules, AServiceIsEndedOrChangedOnlyWithAReasonAndWithinTheGrant) {
  const Authorization z = Granted();
  const std::vector<ShareMethod> offered = {ShareMethod::kApi, ShareMethod::kFile};
  const Date today = Day(2026, 9, 1);
  using K = ServiceChangeKind;
  struct Row {
    ServiceChangeInput in;
    const char* refused_field;  // nullptr: accepted
  };
  const Row rows[] = {
      {{7, K::kEnd, "系统下线", {}, {}, std::nullopt}, nullptr},
      {{7, K::kEnd, "", {}, {}, std::nullopt}, "reason"},
      {{7, K::kEnd, "系统下线", {"姓名"}, {}, std::nullopt}, "items"},
      {{7, K::kChange, "接口改造", {"姓名", "住址"}, {}, std::nullopt}, nullptr},
      {{7, K::kChange, "接口改造", {}, {ShareMethod::kFile}, std::nullopt}, nullptr},
      {{7, K::kChange, "提前结束", {}, {}, Day(2026, 10, 31)}, nullptr},
      {{7, K::kChange, "扩大", {"姓名", "婚姻状况"}, {}, std::nullopt}, "items"},
      {{7, K::kChange, "改为库表", {}, {ShareMethod::kTable}, std::nullopt}, "methods"},
      {{7, K::kChange, "延长", {}, {}, Day(2027, 3, 31)}, "valid_until"},
      {{7, K::kChange, "倒签", {}, {}, Day(2026, 8, 31)}, "valid_until"},
      {{7, K::kChange, "无变化", {"姓名", "公民身份号码", "住址"}, {ShareMethod::kApi}, Day(2026, 12, 31)}, "changes nothing"},
  };
  for (const Row& r : rows) {
    if (!r.refused_field) {
      EXPECT_NO_THROW(CheckServiceChange(z, offered, r.in, today)) << r.in.reason;
      continue;
    }
    try {
      CheckServiceChange(z, offered, r.in, today);
      ADD_FAILURE() << r.in.reason << " accepted";
    } catch (const InvalidArgumentError& e) {
      EXPECT_NE(std::string(e.what()).find(r.refused_field), std::string::npos) << e.what();
      EXPECT_NE(std::string(e.what()).find("N27"), std::string::npos) << e.what();
    }
  }
  // Only a service in use; never the grant to the platform as a whole (A18).
  Authorization ended = z;
  ended.status = AuthorizationStatus::kRevoked;
  EXPECT_THROW(CheckServiceChange(ended, offered, rows[0].in, today), InvalidTransitionError);
  Authorization wide = z;
  wide.platform_wide = true;
  EXPECT_THROW(CheckServiceChange(wide, offered, rows[0].in, today), InvalidArgumentError);
  // A change keeps the masking of the items it keeps.
  const Authorization changed = Changed(z, rows[3].in);
  EXPECT_EQ(changed.items, (std::vector<std::string>{"姓名", "住址"}));
  EXPECT_TRUE(changed.masked_items.empty());
  EXPECT_EQ(Changed(z, rows[5].in).valid_until, Day(2026, 10, 31));
  EXPECT_EQ(Changed(z, rows[4].in).methods, std::vector<ShareMethod>{ShareMethod::kFile});
}

// N27 妥善处置: owed when data went out, once; the provider's days or the policy's.
TEST(SharingRules, DisposalIsOwedWhenDataWentOut) {
  Authorization z = Granted();
  EXPECT_FALSE(OwesDisposal(z, false));  // nothing delivered or used
  z.last_used = LocalDateTime{Day(2026, 3, 1), 9, 0, 0};
  EXPECT_TRUE(OwesDisposal(z, false));
  EXPECT_FALSE(OwesDisposal(z, true));  // renewed: the purpose goes on under the renewal (A26)
  z.disposed_at = LocalDateTime{Day(2026, 3, 2), 9, 0, 0};
  EXPECT_FALSE(OwesDisposal(z, false));  // already disposed
  Authorization d = Granted();
  d.delivered_at = LocalDateTime{Day(2026, 2, 1), 9, 0, 0};
  EXPECT_TRUE(OwesDisposal(d, false));
  d.platform_wide = true;
  EXPECT_FALSE(OwesDisposal(d, false));  // the platform holds no copy of its own
  SharingPolicy policy;
  EXPECT_EQ(DisposalDays(z, policy), 10);
  z.disposal_working_days = 3;
  EXPECT_EQ(DisposalDays(z, policy), 3);
  GrantTerms terms;
  terms.disposal_working_days = 0;
  EXPECT_THROW(CheckDisposalTerms(terms), InvalidArgumentError);
  terms.disposal_working_days = 61;
  EXPECT_THROW(CheckDisposalTerms(terms), InvalidArgumentError);
  terms.disposal_working_days = 5;
  EXPECT_NO_THROW(CheckDisposalTerms(terms));
}

// N29 有关记录保存期限不少于3年: purged from the anniversary, not a day before.
TEST(SharingRules, UseRecordsAreKeptTheirRetention) {
  const DeadlineRule three_years{DeadlineUnit::kMonths, 36};
  EXPECT_EQ(PurgeableFrom(Day(2026, 1, 10), three_years), Day(2029, 1, 10));
  EXPECT_EQ(PurgeableFrom(Day(2028, 2, 29), three_years), Day(2031, 2, 28));  // no 29 February in 2031
  EXPECT_EQ(PurgeableFrom(Day(2026, 1, 10), DeadlineRule{DeadlineUnit::kMonths, 60}), Day(2031, 1, 10));
  EXPECT_THROW(PurgeableFrom(Day(2026, 1, 10), DeadlineRule{DeadlineUnit::kWorkingDays, 10}), InvalidArgumentError);
  UseRecord r;
  r.id = 3;
  r.article = "N29";
  r.recorded_at = LocalDateTime{Day(2026, 1, 10), 9, 0, 0};
  r.purgeable_from = Day(2029, 1, 10);
  EXPECT_THROW(CheckPurge(r, Day(2029, 1, 9), "到期清理"), InvalidTransitionError);
  EXPECT_THROW(CheckPurge(r, Day(2029, 1, 10), ""), InvalidArgumentError);
  EXPECT_NO_THROW(CheckPurge(r, Day(2029, 1, 10), "到期清理"));
  r.purged = true;
  EXPECT_THROW(CheckPurge(r, Day(2030, 1, 10), "到期清理"), InvalidTransitionError);
}


// N27 ¶2 暂停其政务数据共享权限，并督促限期整改，对拒不整改或者整改不到位的，可以终止共享.
TEST(SharingRules, AMisuseIsSuspendedRectifiedWithinItsPeriodThenClosed) {
  Authorization z;
  z.id = 4;
  EXPECT_THROW(CheckMisuseOrder(z, "", 5), InvalidArgumentError);
  for (int days : {0, 61, -1}) EXPECT_THROW(CheckMisuseOrder(z, "提供给第三方", days), InvalidArgumentError) << days;
  for (int days : {1, 60}) EXPECT_NO_THROW(CheckMisuseOrder(z, "提供给第三方", days)) << days;
  Authorization wide = z;
  wide.platform_wide = true;
  EXPECT_THROW(CheckMisuseOrder(wide, "提供给第三方", 5), InvalidArgumentError);

  const LocalDateTime ordered{Day(2026, 10, 12), 10, 0, 0};
  const LocalDateTime due{Day(2026, 10, 19), 23, 59, 59};
  EXPECT_EQ(OpenMisuseOrder(z), nullptr);
  EXPECT_THROW(CheckTermination(z, due, ordered), InvalidTransitionError);  // nothing ordered
  EXPECT_THROW(CheckRectificationReport(z, "已整改"), InvalidTransitionError);
  MisuseOrder o;
  o.ordered_by_department = "police";
  o.ordered_at = ordered;
  z.misuse_orders.push_back(o);
  ASSERT_NE(OpenMisuseOrder(z), nullptr);
  // 拒不整改: only once the period ran out unreported.
  EXPECT_THROW(CheckTermination(z, due, due), InvalidTransitionError);
  EXPECT_NO_THROW(CheckTermination(z, due, LocalDateTime{Day(2026, 10, 20), 0, 0, 0}));
  EXPECT_THROW(CheckRectificationReport(z, ""), InvalidArgumentError);
  EXPECT_NO_THROW(CheckRectificationReport(z, "已整改"));
  // 整改不到位: a report may be judged insufficient at once.
  z.misuse_orders.back().reported_at = LocalDateTime{Day(2026, 10, 14), 9, 0, 0};
  EXPECT_NO_THROW(CheckTermination(z, due, LocalDateTime{Day(2026, 10, 14), 10, 0, 0}));
  EXPECT_THROW(CheckRectificationReport(z, "再报"), InvalidTransitionError);
  // The department that ordered it, or the bureau, closes it.
  EXPECT_TRUE(MayClose(z.misuse_orders.back(), "police", false));
  EXPECT_TRUE(MayClose(z.misuse_orders.back(), "bureau", true));
  EXPECT_FALSE(MayClose(z.misuse_orders.back(), "civil", false));
  z.misuse_orders.back().outcome = MisuseOutcome::kReinstated;
  EXPECT_EQ(OpenMisuseOrder(z), nullptr);
}

// N25 确需扩大使用范围、用于其他目的或者提供给第三方的，应当经政务数据提供部门同意.
TEST(SharingRules, AWiderUseIsAskedOnAnActiveGrantAndAnsweredOnce) {
  Authorization z;
  z.id = 5;
  z.status = AuthorizationStatus::kActive;
  struct Row {
    UseBeyondGrant kind;
    const char* description;
    const char* third_party;
    bool ok;
  };
  const Row rows[] = {
      {UseBeyondGrant::kWiderScope, "扩大至临时救助", "", true},
      {UseBeyondGrant::kOtherPurpose, "用于统计", "", true},
      {UseBeyondGrant::kThirdParty, "入户核查", "如东县民政局", true},
      {UseBeyondGrant::kThirdParty, "入户核查", "", false},          // who receives it
      {UseBeyondGrant::kWiderScope, "扩大", "如东县民政局", false},   // a third party only for third_party
      {UseBeyondGrant::kOtherPurpose, "", "", false},               // what is asked
  };
  for (const Row& r : rows) {
    const WiderUseRequest q{r.kind, r.description, r.third_party};
    if (r.ok) {
      EXPECT_NO_THROW(CheckWiderUseRequest(z, q)) << r.description;
    } else {
      EXPECT_THROW(CheckWiderUseRequest(z, q), InvalidArgumentError) << r.description;
    }
  }
  const WiderUseRequest q{UseBeyondGrant::kWiderScope, "扩大至临时救助", ""};
  for (AuthorizationStatus s : {AuthorizationStatus::kSuspended, AuthorizationStatus::kRevoked,
                                AuthorizationStatus::kExpired}) {
    Authorization other = z;
    other.status = s;
    EXPECT_THROW(CheckWiderUseRequest(other, q), InvalidTransitionError) << ToString(s);
  }
  WiderUse w;
  w.number = 1;
  w.request = q;
  z.wider_uses.push_back(w);
  EXPECT_THROW(CheckWiderUseAnswer(z, 0, true, ""), InvalidArgumentError);
  EXPECT_THROW(CheckWiderUseAnswer(z, 2, true, ""), InvalidArgumentError);
  EXPECT_THROW(CheckWiderUseAnswer(z, 1, false, ""), InvalidArgumentError);  // a refusal gives reasons
  EXPECT_NO_THROW(CheckWiderUseAnswer(z, 1, true, ""));
  z.wider_uses[0].consented = true;
  EXPECT_THROW(CheckWiderUseAnswer(z, 1, false, "撤回"), InvalidTransitionError);
}


// N24 回流 …… 及时、完整回流 …… 不得设置额外的限制条件.
TEST(SharingRules, AReturnFlowGoesDownALevelCompleteAndUnconditioned) {
  const auto dept = [](const char* code, DepartmentLevel level, const char* parent) {
    Department d;
    d.code = code;
    d.level = level;
    d.parent_code = parent;
    return d;
  };
  const Department city = dept("C", DepartmentLevel::kMunicipal, "");
  const Department bureau = dept("B", DepartmentLevel::kBureau, "");
  const Department county_platform = dept("R", DepartmentLevel::kCountyPlatform, "");
  const Department county = dept("RD", DepartmentLevel::kCounty, "R");
  EXPECT_NO_THROW(CheckReturnFlow(county, city));
  EXPECT_NO_THROW(CheckReturnFlow(county_platform, city));
  EXPECT_NO_THROW(CheckReturnFlow(county, bureau));
  EXPECT_THROW(CheckReturnFlow(city, city), InvalidArgumentError);        // not below
  EXPECT_THROW(CheckReturnFlow(city, county), InvalidArgumentError);      // upwards
  EXPECT_THROW(CheckReturnFlow(county, county_platform), InvalidArgumentError);  // within the county
  ApplicationRequest r;
  r.items = {"姓名", "公民身份号码"};
  EXPECT_NO_THROW(CheckReturnFlowTerms(r, GrantTerms{}));
  GrantTerms all;
  all.items = {"公民身份号码", "姓名"};
  EXPECT_NO_THROW(CheckReturnFlowTerms(r, all));
  GrantTerms fewer;
  fewer.items = {"姓名"};
  EXPECT_THROW(CheckReturnFlowTerms(r, fewer), InvalidArgumentError);  // 完整回流
  GrantTerms conditioned;
  conditioned.conditions = "仅限本县使用";
  EXPECT_THROW(CheckReturnFlowTerms(r, conditioned), InvalidArgumentError);  // 不得设置额外的限制条件
  // A return flow counts as named in a conditional scope; masking stays.
  CatalogEntry e;
  e.share.share_class = ShareClass::kConditional;
  e.share.scope.departments = {"C"};
  e.share.scope.masked_items = {"公民身份号码"};
  DataItem name, id;
  name.name = "姓名";
  id.name = "公民身份号码";
  e.items = {name, id};
  EXPECT_THROW(CheckCoverage(e, "E", "R", {"姓名"}), InvalidArgumentError);
  const Coverage c = CheckCoverage(e, "E", "R", {"姓名", "公民身份号码"}, true);
  EXPECT_EQ(c.masked, std::vector<std::string>{"公民身份号码"});
  EXPECT_FALSE(c.comparison_only);
}

}  // namespace
}  // namespace govshare
