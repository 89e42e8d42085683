// The rulebook on its own (govshare/rulebook.h): which period applies on
// which day — the national 《政务数据共享条例》 (N1–N44, in force 2025-08-01)
// above the Nantong rules of 2020 (A1–A36) — and the local-rules file.
#include <gtest/gtest.h>

#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "govshare/error.h"
#include "govshare/rulebook.h"
#include "platform/periods.h"

namespace govshare {
namespace {

const Date kLastNantongDay{2025, 7, 31};
const Date kNationalDay1{2025, 8, 1};  // N44 本条例自2025年8月1日起施行

DeadlineRule Wd(int n) { return {DeadlineUnit::kWorkingDays, n}; }
DeadlineRule Months(int n) { return {DeadlineUnit::kMonths, n}; }

// Every period the platform uses, on the last day before the regulation and
// on its first day, with the article applied.
TEST(RulebookRules, EachPeriodIsTheOneInForceOnTheDayOfTheAct) {
  struct Row {
    const char* name;
    Duty duty;
    std::optional<ShareClass> share_class;
    Decider decider;
    DeadlineRule before;
    const char* before_article;
    DeadlineRule from;
    const char* from_article;
  };
  const auto U = ShareClass::kUnconditional;
  const auto C = ShareClass::kConditional;
  const std::vector<Row> rows = {
      // A11 15 working days → N17 10 (the national period prevails: shorter).
      {"catalog update", Duty::kCatalogUpdate, std::nullopt, Decider::kAny, Wd(15), "A11", Wd(10), "N17"},
      // A21: the national text has no bureau form check; the local rule stays.
      {"form check", Duty::kFormCheck, std::nullopt, Decider::kAny, Wd(1), "A21", Wd(1), "A21"},
      // A22 10 → N21 1 for unconditional data, 10 for conditional.
      {"provider, unconditional", Duty::kApplicationReply, U, Decider::kProvider, Wd(10), "A22", Wd(1), "N21"},
      {"provider, conditional", Duty::kApplicationReply, C, Decider::kProvider, Wd(10), "A22", Wd(10), "N21"},
      // A23 2: N21's 1 for unconditional data binds the bureau deciding in the
      // provider's place; for conditional data A23's 2 is shorter than N21's
      // 10 and stands (N23 encourages shorter review).
      {"bureau, unconditional", Duty::kApplicationReply, U, Decider::kBureau, Wd(2), "A23", Wd(1), "N21"},
      {"bureau, conditional", Duty::kApplicationReply, C, Decider::kBureau, Wd(2), "A23", Wd(2), "A23"},
      // A25 and A26: the national text sets no demand or non-use periods.
      {"demand feedback", Duty::kDemandFeedback, std::nullopt, Decider::kAny, Wd(10), "A25", Wd(10), "A25"},
      {"demand publication", Duty::kDemandPublication, std::nullopt, Decider::kAny, Months(1), "A25", Months(1), "A25"},
      {"non-use", Duty::kNonUse, std::nullopt, Decider::kAny, Months(3), "A26", Months(3), "A26"},
  };
  const Rulebook book = DefaultRulebook();
  for (const Row& r : rows) {
    const AppliedRule before = ApplyRule(book, RuleQuery{r.duty, kLastNantongDay, r.share_class, r.decider});
    EXPECT_EQ(before.period, r.before) << r.name;
    EXPECT_EQ(before.article, r.before_article) << r.name;
    EXPECT_EQ(before.source, RuleSource::kLocal) << r.name;
    const AppliedRule from = ApplyRule(book, RuleQuery{r.duty, kNationalDay1, r.share_class, r.decider});
    EXPECT_EQ(from.period, r.from) << r.name;
    EXPECT_EQ(from.article, r.from_article) << r.name;
    EXPECT_FALSE(from.reason.empty()) << r.name;
  }
}

// N17, N21, N22, N26, N29: duties only the regulation sets — none before
// 2025-08-01, the national period from then on.
TEST(RulebookRules, DutiesTheRegulationAddedStartOnItsDay) {
  struct Row {
    Duty duty;
    DeadlineRule period;
    const char* article;
  };
  const std::vector<Row> rows = {
      {Duty::kCatalogUpdateExtension, Wd(5), "N17"}, {Duty::kCatalogReview, Wd(2), "N17"},
      {Duty::kReplyExtension, Wd(10), "N21"},        {Duty::kDelivery, Wd(20), "N22"},
      {Duty::kUseRecordRetention, Months(36), "N29"},
  };
  const Rulebook book = DefaultRulebook();
  for (const Row& r : rows) {
    EXPECT_FALSE(HasRule(book, r.duty, kLastNantongDay)) << ToString(r.duty);
    EXPECT_THROW(ApplyRule(book, RuleQuery{r.duty, kLastNantongDay}), InvalidArgumentError) << ToString(r.duty);
    const AppliedRule a = ApplyRule(book, RuleQuery{r.duty, kNationalDay1});
    EXPECT_EQ(a.period, r.period) << ToString(r.duty);
    EXPECT_EQ(a.article, r.article) << ToString(r.duty);
    EXPECT_EQ(a.source, RuleSource::kNational) << ToString(r.duty);
  }
}

// N26 10 working days replace A29's 及时 (which the policy's days filled):
// a vague local word is no period that could be shorter.
TEST(RulebookRules, APromptlyRuleIsFilledByPolicyUntilTheRegulationFixesIt) {
  SharingPolicy policy;
  policy.objection_check_days = 3;
  const Rulebook book = DefaultRulebook();
  const auto before = periods::Resolve(book, policy, RuleQuery{Duty::kCorrection, kLastNantongDay});
  EXPECT_EQ(before.rule, Wd(3));
  EXPECT_EQ(before.article, "A29");
  const auto from = periods::Resolve(book, policy, RuleQuery{Duty::kCorrection, kNationalDay1});
  EXPECT_EQ(from.rule, Wd(10));
  EXPECT_EQ(from.article, "N26");
  EXPECT_EQ(ApplyRule(book, RuleQuery{Duty::kCorrection, kNationalDay1}).displaced, "A29");
  // Duties only a policy fills keep it after 2025-08-01 (the national text is silent).
  policy.demand_not_in_duties_days = 4;
  policy.unrevised_rejection_days = 6;
  EXPECT_EQ(periods::Resolve(book, policy, RuleQuery{Duty::kDemandNotInDuties, kNationalDay1}).rule, Wd(4));
  EXPECT_EQ(periods::Resolve(book, policy, RuleQuery{Duty::kCatalogRevision, kNationalDay1}).rule, Wd(6));
}

// The precedence of each national rule, on a synthetic pair of texts.
TEST(RulebookRules, PrecedenceTable) {
  struct Row {
    const char* name;
    Precedence precedence;
    DeadlineRule national;
    std::optional<DeadlineRule> local;  // none: the local rules are silent
    bool local_promptly;
    DeadlineRule applied;
    RuleSource source;
  };
  const std::vector<Row> rows = {
      {"ceiling, local shorter", Precedence::kLocalMayShorten, Wd(10), Wd(5), false, Wd(5), RuleSource::kLocal},
      {"ceiling, local equal", Precedence::kLocalMayShorten, Wd(10), Wd(10), false, Wd(10), RuleSource::kNational},
      {"ceiling, local longer", Precedence::kLocalMayShorten, Wd(10), Wd(15), false, Wd(10), RuleSource::kNational},
      {"ceiling, other unit", Precedence::kLocalMayShorten, Wd(20), Months(1), false, Wd(20), RuleSource::kNational},
      {"ceiling, local 及时", Precedence::kLocalMayShorten, Wd(10), Wd(1), true, Wd(10), RuleSource::kNational},
      {"floor, local longer", Precedence::kLocalMayLengthen, Months(36), Months(60), false, Months(60),
       RuleSource::kLocal},
      {"floor, local shorter", Precedence::kLocalMayLengthen, Months(36), Months(12), false, Months(36),
       RuleSource::kNational},
      {"prevails, local shorter", Precedence::kNationalPrevails, Wd(10), Wd(5), false, Wd(10), RuleSource::kNational},
      {"local silent", Precedence::kLocalMayShorten, Wd(10), std::nullopt, false, Wd(10), RuleSource::kNational},
  };
  for (const Row& r : rows) {
    Rulebook book;
    StatutoryRule n;
    n.duty = Duty::kDelivery;
    n.article = "N22";
    n.period = r.national;
    n.in_force_from = kNationalDay1;
    n.precedence = r.precedence;
    book.national.source = RuleSource::kNational;
    book.national.rules = {n};
    if (r.local) {
      StatutoryRule l;
      l.duty = Duty::kDelivery;
      l.article = "第九条";
      l.period = *r.local;
      l.promptly = r.local_promptly;
      l.in_force_from = {2020, 1, 1};
      book.local.rules = {l};
    }
    const AppliedRule a = ApplyRule(book, RuleQuery{Duty::kDelivery, {2026, 1, 5}});
    EXPECT_EQ(a.period, r.applied) << r.name;
    EXPECT_EQ(a.source, r.source) << r.name;
    EXPECT_EQ(a.article, r.source == RuleSource::kLocal ? "第九条" : "N22") << r.name;
    EXPECT_EQ(a.displaced, r.local ? (r.source == RuleSource::kLocal ? "N22" : "第九条") : "") << r.name;
  }
}

// A local rule in force for a while only: the acts of its days, not after.
TEST(RulebookRules, ARuleAppliesOnlyOnTheDaysItIsInForce) {
  Rulebook book = DefaultRulebook();
  for (auto& r : book.local.rules) {
    if (r.duty == Duty::kFormCheck) r.in_force_until = Date{2024, 12, 31};
  }
  StatutoryRule two = book.local.rules[1];
  two.period = Wd(2);
  two.in_force_from = {2025, 1, 1};
  two.in_force_until.reset();
  book.local.rules.push_back(two);
  EXPECT_EQ(ApplyRule(book, RuleQuery{Duty::kFormCheck, {2024, 12, 31}}).period, Wd(1));
  EXPECT_EQ(ApplyRule(book, RuleQuery{Duty::kFormCheck, {2025, 1, 1}}).period, Wd(2));
  EXPECT_THROW(ApplyRule(book, RuleQuery{Duty::kFormCheck, {2020, 2, 18}}), InvalidArgumentError);  // before A36
}

// A second city's rules as a file (examples/data/local-rules-example.json):
// 2 working days to check the form, 5 to reply, 10 to publish a demanded
// resource, 5 to correct; in force from 2024-03-01.
std::string SecondCity() {
  std::ifstream in(GOVSHARE_EXAMPLES_DATA_DIR "/local-rules-example.json", std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(RulebookRules, ASecondCityBringsItsOwnRules) {
  const RuleSet city = ParseLocalRules(SecondCity());
  EXPECT_EQ(city.name, "某市政务数据共享管理办法");
  EXPECT_EQ(city.rules.size(), 9u);
  EXPECT_EQ(ParseLocalRules(LocalRulesToJson(city)), city);  // the file round-trips
  const Rulebook book{NationalRegulation2025(), city};
  const Date day{2026, 3, 2};
  auto reply = [&](ShareClass c, Decider d) { return ApplyRule(book, RuleQuery{Duty::kApplicationReply, day, c, d}); };
  EXPECT_EQ(ApplyRule(book, RuleQuery{Duty::kFormCheck, day}).period, Wd(2));
  // 5 working days is shorter than N21's 10 for conditional data: it applies;
  // for unconditional data N21's 1 working day prevails.
  EXPECT_EQ(reply(ShareClass::kConditional, Decider::kProvider).period, Wd(5));
  EXPECT_EQ(reply(ShareClass::kConditional, Decider::kProvider).article, "第十三条");
  EXPECT_EQ(reply(ShareClass::kUnconditional, Decider::kBureau).period, Wd(1));
  EXPECT_EQ(reply(ShareClass::kUnconditional, Decider::kBureau).article, "N21");
  EXPECT_EQ(ApplyRule(book, RuleQuery{Duty::kDemandPublication, day}).period, Wd(10));
  EXPECT_EQ(ApplyRule(book, RuleQuery{Duty::kNonUse, day}).period, Months(6));
  EXPECT_EQ(ApplyRule(book, RuleQuery{Duty::kCorrection, day}).period, Wd(5));  // shorter than N26
  // What the city does not set is the national regulation's.
  EXPECT_EQ(ApplyRule(book, RuleQuery{Duty::kDelivery, day}).period, Wd(20));
  // Everything else equal to Nantong's: only the periods differ.
  const auto nantong = RulesInForce(DefaultRulebook(), day);
  const auto city_rules = RulesInForce(book, day);
  ASSERT_EQ(nantong.size(), city_rules.size());
}

TEST(RulebookRules, ABadLocalRulesFileNamesTheFieldAndTheRule) {
  struct Row {
    const char* name;
    std::string from;  // replaced in SecondCity()
    std::string to;
    const char* path;
  };
  const std::vector<Row> rows = {
      {"unknown duty", R"("duty": "form_check")", R"("duty": "form_chek")", "rules[1].duty"},
      {"zero days", R"("working_days": 2, )", R"("working_days": 0, )", "rules[1].working_days"},
      {"two periods", R"("working_days": 5, "text")", R"("working_days": 5, "months": 1, "text")", "rules[2]"},
      {"promptly where a period is needed", R"("demand_feedback", "article": "第十五条", "working_days": 10})",
       R"("demand_feedback", "article": "第十五条", "promptly": true})", "rules[4].promptly"},
      {"non-use in working days", R"("months": 6)", R"("working_days": 60)", "rules[6].working_days"},
      {"a missing local-only duty", R"(    {"duty": "non_use", "article": "第十八条", "months": 6, "text": "获得授权后超过六个月未使用的，可收回授权"},
)", "", "rules"},
      {"unknown field", R"("reference")", R"("referense")", "referense"},
      {"wrong format", "govshare-local-rules/1", "govshare-local-rules/9", "format"},
      {"bad date", R"("in_force_from": "2024-03-01")", R"("in_force_from": "2024-02-30")", "in_force_from"},
      {"decider on another duty", R"("demand_feedback", "article")", R"("demand_feedback", "decider": "bureau", "article")",
       "rules[4].decider"},
      {"the same case twice", R"({"duty": "correction", "article": "第二十条", "working_days": 5},)",
       R"({"duty": "correction", "article": "第二十条", "working_days": 5}, {"duty": "correction", "article": "第二十一条", "working_days": 3},)",
       "rules[8]"},
      {"not JSON", "{", "[[", ""},
  };
  for (const Row& r : rows) {
    std::string text = SecondCity();
    const auto at = text.find(r.from);
    ASSERT_NE(at, std::string::npos) << r.name;
    text.replace(at, r.from.size(), r.to);
    try {
      ParseLocalRules(text);
      ADD_FAILURE() << r.name << ": accepted";
    } catch (const ParseError& e) {
      EXPECT_EQ(e.path(), r.path) << r.name << ": " << e.what();
    }
  }
  // Rules before the regulation must set what it later sets.
  std::string early = SecondCity();
  const std::string update_line =
      R"(    {"duty": "catalog_update", "article": "第十条", "working_days": 10, "text": "自法律法规修订或职能调整之日起10个工作日内更新目录"},
)";
  early.replace(early.find(update_line), update_line.size(), "");
  EXPECT_THROW(ParseLocalRules(early), ParseError);
}

TEST(RulebookRules, NamesAndTheShippedTexts) {
  EXPECT_EQ(ToString(Duty::kApplicationReply), "application_reply");
  EXPECT_EQ(ParseDuty("use_record_retention"), Duty::kUseRecordRetention);
  EXPECT_THROW(ParseDuty("reply"), InvalidArgumentError);
  EXPECT_EQ(ChineseLabel(Duty::kDelivery), "共享数据交付");
  const RuleSet n = NationalRegulation2025();
  EXPECT_EQ(n.source, RuleSource::kNational);
  EXPECT_EQ(n.in_force_from, kNationalDay1);
  EXPECT_EQ(n.reference, "国务院令第809号");
  // The Nantong rules are a valid local-rules file themselves.
  const RuleSet nantong = NantongRules2020();
  EXPECT_NO_THROW(CheckLocalRules(nantong));
  EXPECT_EQ(ParseLocalRules(LocalRulesToJson(nantong)), nantong);
  EXPECT_EQ(nantong.in_force_from, (Date{2020, 2, 19}));  // A36, 印发 2020-02-19
  EXPECT_THROW(CheckLocalRules(n), ParseError);             // the national text is not local rules
}

}  // namespace
}  // namespace govshare
