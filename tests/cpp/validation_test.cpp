// Catalog quality checks: one test per rule, each citing the article it
// enforces. The base entries pass every rule; each test breaks one thing.
#include <gtest/gtest.h>

#include <set>

#include "govshare/json.h"
#include "govshare/validation.h"
#include "test_util.h"

namespace govshare {
namespace {

using testing::FindRule;
using testing::RuleIds;
using testing::ValidConditionalEntry;
using testing::ValidUnconditionalEntry;

// Expects exactly one finding of `rule` (and no other error) at `path`.
void ExpectOnly(const CatalogEntry& e, const std::string& rule, const std::string& path,
                const std::string& article) {
  const auto findings = Validate(e);
  ASSERT_EQ(findings.size(), 1u) << ::testing::PrintToString(RuleIds(findings));
  EXPECT_EQ(findings[0].rule_id, rule);
  EXPECT_EQ(findings[0].path, path);
  EXPECT_EQ(findings[0].article, article);
  EXPECT_FALSE(findings[0].message_zh.empty());
  EXPECT_FALSE(findings[0].message_en.empty());
}

TEST(ValidationTest, BaseEntriesAreClean) {
  EXPECT_TRUE(Validate(ValidUnconditionalEntry()).empty())
      << ::testing::PrintToString(RuleIds(Validate(ValidUnconditionalEntry())));
  EXPECT_TRUE(Validate(ValidConditionalEntry()).empty())
      << ::testing::PrintToString(RuleIds(Validate(ValidConditionalEntry())));
}

TEST(ValidationTest, RuleTableIsCompleteAndUnique) {
  std::set<std::string> ids;
  for (const auto& r : ValidationRules()) {
    EXPECT_TRUE(ids.insert(r.rule_id).second) << r.rule_id;
    EXPECT_TRUE(r.article[0] == 'A' || r.article[0] == 'N') << r.rule_id;  // Nantong or national
    EXPECT_FALSE(r.description_zh.empty());
    EXPECT_FALSE(r.description_en.empty());
  }
  EXPECT_GE(ids.size(), 40u);
}

TEST(ValidationTest, RulesPageNamesEveryRule) {
  const std::string page = testing::ReadFile(GOVSHARE_DOCS_DIR "/catalog-rules.md");
  for (const auto& r : ValidationRules()) {
    EXPECT_NE(page.find("`" + r.rule_id + "` | " + r.article), std::string::npos) << r.rule_id;
  }
}

TEST(ValidationTest, SeverityNames) {
  EXPECT_EQ(ParseSeverity(ToString(Severity::kError)), Severity::kError);
  EXPECT_EQ(ParseSeverity(ToString(Severity::kWarning)), Severity::kWarning);
  EXPECT_EQ(ToString(Severity::kError), "error");
  EXPECT_EQ(ChineseLabel(Severity::kError), "错误");
  EXPECT_EQ(ChineseLabel(Severity::kWarning), "警告");
  try {
    ParseSeverity("fatal");
    ADD_FAILURE() << "an unknown severity parsed";
  } catch (const InvalidArgumentError& e) {
    EXPECT_STREQ(e.what(), "severity \"fatal\" is not one of: error, warning");
  }
}

// A3: only non-secret resources belong on the platform.
TEST(ValidationTest, A3SecretEntryIsRefused) {
  auto e = ValidUnconditionalEntry();
  e.secret = true;
  ExpectOnly(e, "entry.secret", "secret", "A3");
}

// A7: mandatory elements.
TEST(ValidationTest, A7MandatoryElements) {
  struct Case {
    void (*mutate)(CatalogEntry&);
    const char* path;
  };
  const Case cases[] = {
      {[](CatalogEntry& e) { e.name.clear(); }, "name"},
      {[](CatalogEntry& e) { e.summary.clear(); }, "summary"},
      {[](CatalogEntry& e) { e.provider.code.clear(); }, "provider.code"},
      {[](CatalogEntry& e) { e.provider.name.clear(); }, "provider.name"},
      {[](CatalogEntry& e) { e.system_name.clear(); }, "system_name"},
  };
  for (const auto& c : cases) {
    auto e = ValidUnconditionalEntry();
    c.mutate(e);
    ExpectOnly(e, "element.required", c.path, "A7");
  }
}

TEST(ValidationTest, A7StructuredResourceNeedsItems) {
  auto e = ValidUnconditionalEntry();
  e.update_cycle = UpdateCycle::kWeekly;  // a daily one would need the API too (A13)
  e.items.clear();
  e.share.methods = {ShareMethod::kFile};
  e.share.for_analysis = false;
  e.share.front_database.clear();
  ExpectOnly(e, "item.required", "items", "A7");
  e.format = {FormatClass::kElectronicFile, "pdf", ""};
  EXPECT_TRUE(Validate(e).empty());
}

TEST(ValidationTest, A7ProviderCodeIsACreditCode) {
  auto e = ValidUnconditionalEntry();
  e.provider.code = "91320612MA1W2K3L4Q";
  ExpectOnly(e, "provider.code", "provider.code", "A7");
}

TEST(ValidationTest, A7ClassificationForm) {
  auto e = ValidUnconditionalEntry();
  e.classification.group = "01";
  e.code.clear();
  ExpectOnly(e, "classification.format", "classification", "A7");
}

TEST(ValidationTest, A7CodeForm) {
  auto e = ValidUnconditionalEntry();
  e.code = "102001-000001";
  ExpectOnly(e, "code.format", "code", "A7");
  e.code = "";  // not yet assigned by the bureau: fine
  EXPECT_TRUE(Validate(e).empty());
}

TEST(ValidationTest, A7CodeMatchesClassification) {
  auto e = ValidUnconditionalEntry();
  e.code = "101001/000001";
  ExpectOnly(e, "code.classification", "code", "A7");
}

TEST(ValidationTest, A7FormatOtherNeedsDescription) {
  auto e = ValidUnconditionalEntry();
  e.format = {FormatClass::kOther, "", ""};
  ExpectOnly(e, "format.description", "format.description", "A7");
}

TEST(ValidationTest, A7ConditionalOpenNeedsConditions) {
  auto e = ValidUnconditionalEntry();
  e.open.open_class = OpenClass::kConditional;
  ExpectOnly(e, "open.conditions", "open.conditions", "A7");
}

TEST(ValidationTest, A7OpenEntryStatesItsOpenMethod) {
  auto e = ValidUnconditionalEntry();
  e.open.method.clear();
  ExpectOnly(e, "open.method", "open.method", "A7");
  e.open.open_class = OpenClass::kNotOpen;  // not open: no method needed
  EXPECT_TRUE(Validate(e).empty());
}

TEST(ValidationTest, A7RelatedCodesAreCodes) {
  auto e = ValidUnconditionalEntry();
  e.related_codes = {"101001/000001", "bogus"};
  ExpectOnly(e, "related.format", "related_codes[1]", "A7");
  e.related_codes = {e.code};
  ExpectOnly(e, "related.format", "related_codes[0]", "A7");
}

TEST(ValidationTest, A7PublishDateWhenPublishing) {
  auto e = ValidUnconditionalEntry();
  e.publish_date.reset();
  EXPECT_TRUE(Validate(e).empty());
  ValidationOptions publishing;
  publishing.require_publish_date = true;
  const auto findings = Validate(e, publishing);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule_id, "publish_date.required");
}

// A8: share classes.
TEST(ValidationTest, A8ConditionalNeedsScope) {
  auto e = ValidConditionalEntry();
  e.share.scope = ShareScope{};
  ExpectOnly(e, "share.conditional_scope", "share.scope", "A8");
}

TEST(ValidationTest, A8EachScopeKindAloneIsEnough) {
  const std::vector<void (*)(ShareScope&)> kinds = {
      [](ShareScope& s) { s.departments = {testing::kInstitutionCode}; },
      [](ShareScope& s) { s.open_items = {"性别"}; },
      [](ShareScope& s) { s.masked_items = {"姓名"}; },
      [](ShareScope& s) { s.comparison_only = true; },
  };
  for (auto set_kind : kinds) {
    auto e = ValidConditionalEntry();
    e.share.scope = ShareScope{};
    set_kind(e.share.scope);
    EXPECT_TRUE(Validate(e).empty()) << ::testing::PrintToString(RuleIds(Validate(e)));
  }
}

TEST(ValidationTest, A8ScopeNamesExistingItems) {
  auto e = ValidConditionalEntry();
  e.share.scope.masked_items = {"公民身份号码", "手机号码"};
  ExpectOnly(e, "share.scope_items", "share.scope.masked_items[1]", "A8");
}

TEST(ValidationTest, A8ScopeDepartmentsAreValidCodes) {
  auto e = ValidConditionalEntry();
  e.share.scope.departments = {"320600"};
  ExpectOnly(e, "share.scope_departments", "share.scope.departments[0]", "A8");
  e.share.scope.departments = {e.provider.code};
  ExpectOnly(e, "share.scope_departments", "share.scope.departments[0]", "A8");
}

TEST(ValidationTest, A8ScopeItemCannotBeBothOpenAndMasked) {
  auto e = ValidConditionalEntry();
  e.share.scope.open_items = {"性别", "户籍地址"};
  ExpectOnly(e, "share.scope_overlap", "share.scope.masked_items[1]", "A8");
}

TEST(ValidationTest, A8OnlyConditionalCarriesScope) {
  auto e = ValidUnconditionalEntry();
  e.share.scope.comparison_only = true;
  ExpectOnly(e, "share.scope_unexpected", "share.scope", "A8");
}

TEST(ValidationTest, A8NotSharedNeedsLegalBasis) {
  auto e = ValidUnconditionalEntry();
  e.share = ShareAttribute{};
  e.share.share_class = ShareClass::kNotShared;
  e.open.open_class = OpenClass::kNotOpen;
  ExpectOnly(e, "share.legal_basis", "share.legal_basis", "A8");
  e.share.legal_basis = LegalBasis{LegalBasisKind::kLaw, "", ""};
  ExpectOnly(e, "share.legal_basis", "share.legal_basis.title", "A8");
  e.share.legal_basis = LegalBasis{LegalBasisKind::kLaw, "《中华人民共和国统计法》", "第三十九条"};
  EXPECT_TRUE(Validate(e).empty());
}

TEST(ValidationTest, A8NotSharedOffersNothing) {
  auto e = ValidUnconditionalEntry();
  e.share.share_class = ShareClass::kNotShared;
  e.share.legal_basis = LegalBasis{LegalBasisKind::kAdministrativeRegulation, "《政府信息公开条例》", ""};
  e.open.open_class = OpenClass::kNotOpen;
  const auto findings = Validate(e);
  ASSERT_EQ(findings.size(), 2u) << ::testing::PrintToString(RuleIds(findings));
  EXPECT_EQ(findings[0].rule_id, "share.not_shared_offer");
  EXPECT_EQ(findings[0].path, "share.methods");
  EXPECT_EQ(findings[1].path, "share.authorization_mode");
}

// N14 法律、行政法规以及国务院决定明确规定不能提供给其他政府部门共享使用的政务数据属于不予共享类:
// A8 accepted 法规、规章、政策; under the regulation each lower basis is warned
// (the bureau reviews it; nothing is refused for a catalog compiled under A8).
TEST(ValidationTest, N14NotSharedRestsOnALawAnAdministrativeRegulationOrAStateCouncilDecision) {
  auto e = ValidUnconditionalEntry();
  e.share.share_class = ShareClass::kNotShared;
  e.share.methods.clear();
  e.share.authorization_mode.reset();
  e.open.open_class = OpenClass::kNotOpen;
  const std::pair<LegalBasisKind, bool> rows[] = {
      {LegalBasisKind::kLaw, true},
      {LegalBasisKind::kAdministrativeRegulation, true},
      {LegalBasisKind::kStateCouncilDecision, true},
      {LegalBasisKind::kRegulation, false},  // unspecified: say which
      {LegalBasisKind::kLocalRegulation, false},
      {LegalBasisKind::kRule, false},
      {LegalBasisKind::kPolicy, false},
  };
  for (const auto& [kind, national] : rows) {
    EXPECT_EQ(IsNationalNotSharedBasis(kind), national) << ToString(kind);
    e.share.legal_basis = LegalBasis{kind, "《某依据》", "第十条"};
    const auto findings = Validate(e);
    if (national) {
      EXPECT_TRUE(findings.empty()) << ToString(kind) << ::testing::PrintToString(RuleIds(findings));
      continue;
    }
    ASSERT_EQ(findings.size(), 1u) << ToString(kind);
    EXPECT_EQ(findings[0].rule_id, "share.legal_basis_national");
    EXPECT_EQ(findings[0].article, "N14");
    EXPECT_EQ(findings[0].path, "share.legal_basis.kind");
    EXPECT_EQ(findings[0].severity, Severity::kWarning);
    EXPECT_NE(findings[0].message_zh.find(ChineseLabel(kind)), std::string::npos) << findings[0].message_zh;
  }
}

TEST(ValidationTest, A8SharedEntryWithLegalBasisIsWarned) {
  auto e = ValidUnconditionalEntry();
  e.share.legal_basis = LegalBasis{LegalBasisKind::kPolicy, "某文件", ""};
  const auto findings = Validate(e);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule_id, "share.legal_basis_unexpected");
  EXPECT_EQ(findings[0].severity, Severity::kWarning);
  EXPECT_FALSE(HasErrors(findings));
}

TEST(ValidationTest, A8NoItemSharedMoreWidelyThanItsEntry) {
  auto e = ValidConditionalEntry();
  e.items[2].share_class = ShareClass::kUnconditional;
  ExpectOnly(e, "item.share_wider", "items[2].share_class", "A8");
  e.items[2].share_class = ShareClass::kNotShared;  // narrower is fine
  EXPECT_TRUE(Validate(e).empty());
  e.items[2].share_class.reset();
  e.items[2].open_class = OpenClass::kUnconditional;
  ExpectOnly(e, "item.open_wider", "items[2].open_class", "A8");
}

// A9: data dictionary and data standard.
TEST(ValidationTest, A9DataTypesAndLengthsAgree) {
  struct Case {
    DataType type;
    int length, scale;
    bool ok;
  };
  const Case cases[] = {
      {DataType::kCharacter, 0, 0, false}, {DataType::kCharacter, 18, 0, true},
      {DataType::kCharacter, 18, 2, false}, {DataType::kNumeric, 18, 2, true},
      {DataType::kNumeric, 2, 3, false},   {DataType::kNumeric, 40, 0, false},
      {DataType::kCurrency, 12, 2, true},  {DataType::kDate, 8, 0, true},
      {DataType::kDate, 6, 0, false},      {DataType::kDateTime, 14, 0, true},
      {DataType::kDateTime, 8, 0, false},  {DataType::kLogical, 1, 0, true},
      {DataType::kLogical, 2, 0, false},   {DataType::kMemo, 0, 0, true},
      {DataType::kGeneral, 0, 0, true},    {DataType::kDouble, 8, 0, true},
      {DataType::kDouble, 4, 0, false},    {DataType::kInteger, 4, 0, true},
      {DataType::kInteger, 0, 0, false},   {DataType::kFloat, 4, 0, true},
      {DataType::kFloat, 6, 0, false},     {DataType::kMemo, -1, 0, false},
      {DataType::kNumeric, 10, -1, false},
  };
  for (const auto& c : cases) {
    auto e = ValidUnconditionalEntry();
    e.items[1].type = c.type;
    e.items[1].length = c.length;
    e.items[1].scale = c.scale;
    if (c.ok) {
      EXPECT_TRUE(Validate(e).empty()) << ToString(c.type) << c.length;
    } else {
      ExpectOnly(e, "item.type_length", "items[1].length", "A9");
    }
  }
}

TEST(ValidationTest, A9CodeTableReferencesResolve) {
  auto e = ValidUnconditionalEntry();
  e.items[3].code_table = "企业状态代码";
  ExpectOnly(e, "item.code_table", "items[3].code_table", "A9");
  e.items[3].code_table = "GB/T 4754";  // a national standard the library knows
  EXPECT_TRUE(Validate(e).empty());
}

TEST(ValidationTest, A9DictionaryTablesAreComplete) {
  auto e = ValidUnconditionalEntry();
  e.dictionary[0].values.push_back({"01", "存续(重复)"});
  ExpectOnly(e, "dictionary.table", "dictionary[0].values[3].code", "A9");
  e = ValidUnconditionalEntry();
  e.dictionary.push_back(e.dictionary[0]);
  ExpectOnly(e, "dictionary.table", "dictionary[1].id", "A9");
  e = ValidUnconditionalEntry();
  e.dictionary[0].values.clear();
  ExpectOnly(e, "dictionary.table", "dictionary[0].values", "A9");
}

TEST(ValidationTest, A9DataStandardRequired) {
  auto e = ValidUnconditionalEntry();
  e.data_standard.clear();
  ExpectOnly(e, "dictionary.data_standard", "data_standard", "A9");
}

// A10: completeness, consistency, understandable description, accurate naming.
TEST(ValidationTest, A10ItemNamesUnique) {
  auto e = ValidUnconditionalEntry();
  e.items[4].name = "企业名称";
  ExpectOnly(e, "item.name_unique", "items[4].name", "A10");
}

TEST(ValidationTest, A10NamesAreTrimmed) {
  auto e = ValidUnconditionalEntry();
  e.name = "市场主体登记信息 ";
  ExpectOnly(e, "name.trimmed", "name", "A10");
  e.name = "\xE3\x80\x80市场主体登记信息";  // 全角空格
  ExpectOnly(e, "name.trimmed", "name", "A10");
}

TEST(ValidationTest, A10NameLengthCountsCharactersNotBytes) {
  auto e = ValidUnconditionalEntry();
  e.name = "企业信息";  // 4 characters, 12 bytes: allowed
  EXPECT_TRUE(Validate(e).empty());
  e.name = "企业";
  ExpectOnly(e, "name.length", "name", "A10");
  e.name = std::string(101 * 3 / 3, 'a');
  e.name = "";
  for (int i = 0; i < 101; ++i) e.name += "信";
  ExpectOnly(e, "name.length", "name", "A10");
}

TEST(ValidationTest, A10PlaceholderNamesAreRefused) {
  for (const char* name : {"测试", "测试数据", "待定", "TEST", "test123", "未命名"}) {
    auto e = ValidUnconditionalEntry();
    e.name = name;
    const auto findings = Validate(e);
    EXPECT_NE(FindRule(findings, "name.placeholder"), nullptr) << name;
  }
  auto e = ValidUnconditionalEntry();
  e.name = "测试报告信息";  // a real resource that starts with 测试: allowed
  EXPECT_TRUE(Validate(e).empty());
}

TEST(ValidationTest, A10SummaryLongEnough) {
  auto e = ValidUnconditionalEntry();
  e.summary = "企业登记信息";
  ExpectOnly(e, "summary.length", "summary", "A10");
  ValidationOptions lenient;
  lenient.min_summary_chars = 5;
  EXPECT_TRUE(Validate(e, lenient).empty());
}

TEST(ValidationTest, A10SummaryRepeatingNameIsWarned) {
  auto e = ValidUnconditionalEntry();
  e.name = "南通市市场主体登记注册信息";
  e.summary = e.name + "（全市）";
  EXPECT_TRUE(Validate(e).empty());
  ValidationOptions lenient;
  lenient.min_summary_chars = 5;
  e.summary = e.name;
  const auto findings = Validate(e, lenient);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule_id, "summary.same_as_name");
  EXPECT_EQ(findings[0].severity, Severity::kWarning);
}

TEST(ValidationTest, A10InvalidUtf8IsReportedNotThrown) {
  auto e = ValidUnconditionalEntry();
  e.items[1].description = "bad \xFF byte";
  ExpectOnly(e, "text.utf8", "items[1].description", "A10");
  e = ValidUnconditionalEntry();
  e.summary = std::string("全市各类市场主体的登记注册信息，包括企业名称\xE4\xB8", 64);
  EXPECT_NO_THROW(Validate(e));
  EXPECT_NE(FindRule(Validate(e), "text.utf8"), nullptr);
}

TEST(ValidationTest, A10NotSharedCannotBeOpened) {
  auto e = ValidUnconditionalEntry();
  e.share = ShareAttribute{};
  e.share.share_class = ShareClass::kNotShared;
  e.share.legal_basis = LegalBasis{LegalBasisKind::kLaw, "《中华人民共和国统计法》", "第三十九条"};
  e.open.open_class = OpenClass::kUnconditional;
  ExpectOnly(e, "open.wider_than_share", "open.class", "A10");
}

// A13: share methods.
TEST(ValidationTest, A13SharedEntryOffersAMethod) {
  auto e = ValidUnconditionalEntry();
  e.update_cycle = UpdateCycle::kWeekly;  // a daily one would need the API too (A13)
  e.share.methods.clear();
  e.share.for_analysis = false;
  ExpectOnly(e, "share.methods_required", "share.methods", "A13");
}

TEST(ValidationTest, A13MethodsNotDuplicated) {
  auto e = ValidUnconditionalEntry();
  e.share.methods.push_back(ShareMethod::kApi);
  ExpectOnly(e, "share.methods_duplicate", "share.methods[2]", "A13");
}

TEST(ValidationTest, A13RealtimeNeedsApi) {
  auto e = ValidUnconditionalEntry();
  e.update_cycle = UpdateCycle::kRealtime;
  e.share.methods = {ShareMethod::kTable};
  ExpectOnly(e, "method.api_required", "share.methods", "A13");
}

// A13 对变化频繁、时效性较强的……应当采用API共享: not only realtime — a
// resource renewed daily needs the API too (by default); weekly does not;
// the set is a validation option.
TEST(ValidationTest, A13FrequentlyChangingNeedsApi) {
  auto e = ValidUnconditionalEntry();
  e.update_cycle = UpdateCycle::kDaily;
  e.share.methods = {ShareMethod::kTable, ShareMethod::kFile};
  ExpectOnly(e, "method.api_required", "share.methods", "A13");
  const auto findings = Validate(e);
  EXPECT_NE(findings[0].message_en.find("daily"), std::string::npos) << findings[0].message_en;
  e.update_cycle = UpdateCycle::kWeekly;
  EXPECT_TRUE(Validate(e).empty());
  ValidationOptions weekly;
  weekly.api_update_cycles.push_back(UpdateCycle::kWeekly);
  EXPECT_EQ(Validate(e, weekly).size(), 1u);
  ValidationOptions realtime_only;
  realtime_only.api_update_cycles = {UpdateCycle::kRealtime};
  e.update_cycle = UpdateCycle::kDaily;
  EXPECT_TRUE(Validate(e, realtime_only).empty());
}

TEST(ValidationTest, A13ParallelApprovalNeedsApi) {
  auto e = ValidUnconditionalEntry();
  e.share.parallel_approval = true;
  e.share.methods = {ShareMethod::kTable, ShareMethod::kFile};
  ExpectOnly(e, "method.api_required", "share.methods", "A13");
}

TEST(ValidationTest, A13AnalysisNeedsTable) {
  auto e = ValidUnconditionalEntry();
  e.share.methods = {ShareMethod::kApi};
  e.share.front_database.clear();
  ExpectOnly(e, "method.table_required", "share.methods", "A13");
}

TEST(ValidationTest, A13TableNeedsFrontDatabase) {
  auto e = ValidUnconditionalEntry();
  e.share.front_database.clear();
  ExpectOnly(e, "method.front_database", "share.front_database", "A13");
}

// A14: update cycle.
TEST(ValidationTest, A14OtherCycleNeedsNote) {
  auto e = ValidUnconditionalEntry();
  e.update_cycle = UpdateCycle::kOther;
  ExpectOnly(e, "update_cycle.note", "update_cycle_note", "A14");
  e.update_cycle_note = "不定期，随审批结果更新";
  EXPECT_TRUE(Validate(e).empty());
}

// A18: authorization modes.
TEST(ValidationTest, A18SharedEntryStatesItsMode) {
  auto e = ValidUnconditionalEntry();
  e.share.authorization_mode.reset();
  ExpectOnly(e, "auth.mode_required", "share.authorization_mode", "A18");
}

TEST(ValidationTest, A18PlatformDirectOnlyForPlainUnconditional) {
  auto e = ValidConditionalEntry();
  e.share.authorization_mode = AuthorizationMode::kPlatformDirect;
  ExpectOnly(e, "auth.platform_direct", "share.authorization_mode", "A18");
  e = ValidUnconditionalEntry();
  e.share.controlled_parameters = {"查询事由"};
  ExpectOnly(e, "auth.platform_direct", "share.authorization_mode", "A18");
  e.share.authorization_mode = AuthorizationMode::kProviderToPlatform;
  EXPECT_TRUE(Validate(e).empty());
}

TEST(ValidationTest, A18PlainUnconditionalIsGrantedByThePlatform) {
  auto e = ValidUnconditionalEntry();
  e.share.authorization_mode = AuthorizationMode::kProviderDirect;
  ExpectOnly(e, "auth.platform_direct_expected", "share.authorization_mode", "A18");
}

TEST(ValidationTest, A18ControlledParametersAreNamedOnce) {
  auto e = ValidUnconditionalEntry();
  e.share.authorization_mode = AuthorizationMode::kProviderDirect;
  e.share.controlled_parameters = {"查询事由", "查询事由"};
  ExpectOnly(e, "auth.controlled_parameters", "share.controlled_parameters[1]", "A18");
}

// A20: search keys.
TEST(ValidationTest, A20TopicsAndIndustryAreWarned) {
  auto e = ValidUnconditionalEntry();
  e.topics.clear();
  e.industry.clear();
  const auto findings = Validate(e);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].rule_id, "element.search_keys");
  EXPECT_EQ(findings[0].article, "A20");
  EXPECT_FALSE(HasErrors(findings));
}

// A28: personal information shared unconditionally.
TEST(ValidationTest, A28UnconditionalPersonalInformationIsWarned) {
  auto e = ValidUnconditionalEntry();
  DataItem legal_rep;
  legal_rep.name = "法定代表人手机号码";
  legal_rep.length = 11;
  legal_rep.personal_info = PersonalInfoKind::kMobile;
  e.items.push_back(legal_rep);
  auto findings = Validate(e);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule_id, "share.personal_info");
  EXPECT_EQ(findings[0].path, "items[5].personal_info");
  EXPECT_EQ(findings[0].severity, Severity::kWarning);
  e.items.back().share_class = ShareClass::kNotShared;  // withheld item…
  ExpectOnly(e, "open.wider_than_share", "items[5].open_class", "A10");  // …cannot be open
  e.items.back().open_class = OpenClass::kNotOpen;
  EXPECT_TRUE(Validate(e).empty());
}

// Catalog level (A7, A10).
TEST(ValidationTest, CatalogLevelDuplicatesAndRelatedCodes) {
  Catalog catalog;
  catalog.entries = {ValidUnconditionalEntry(), ValidConditionalEntry(), ValidConditionalEntry()};
  catalog.entries[2].name = "户籍人口变动信息";  // same code as entries[1]
  catalog.entries[0].related_codes = {"101001/000001", "101001/000099"};
  auto findings = ValidateCatalog(catalog);
  const Finding* dup = FindRule(findings, "catalog.duplicate_code");
  ASSERT_NE(dup, nullptr);
  EXPECT_EQ(dup->path, "entries[2].code");
  EXPECT_EQ(dup->article, "A7");
  const Finding* unresolved = FindRule(findings, "catalog.related_unresolved");
  ASSERT_NE(unresolved, nullptr);
  EXPECT_EQ(unresolved->path, "entries[0].related_codes[1]");
  EXPECT_EQ(FindRule(findings, "catalog.duplicate_name"), nullptr);

  catalog.entries[2] = ValidConditionalEntry();
  catalog.entries[2].code = "101001/000002";
  findings = ValidateCatalog(catalog);
  const Finding* name = FindRule(findings, "catalog.duplicate_name");
  ASSERT_NE(name, nullptr);
  EXPECT_EQ(name->path, "entries[2].name");
  EXPECT_EQ(name->article, "A10");
}

TEST(ValidationTest, CatalogFindingsArePrefixedWithTheEntry) {
  Catalog catalog;
  catalog.entries = {ValidUnconditionalEntry(), ValidConditionalEntry()};
  catalog.entries[1].items[0].length = 0;
  const auto findings = ValidateCatalog(catalog);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].path, "entries[1].items[0].length");
}

TEST(ValidationTest, SampleCatalogIsValid) {
  const Catalog sample = LoadCatalogFile(GOVSHARE_EXAMPLES_DATA_DIR "/catalog-sample.json");
  const auto findings = ValidateCatalog(sample);
  EXPECT_FALSE(HasErrors(findings)) << FindingsToJson(findings, 2);
  EXPECT_GE(sample.entries.size(), 15u);
  std::set<std::string> providers;
  std::set<ShareClass> classes;
  std::set<AuthorizationMode> modes;
  std::set<ShareMethod> methods;
  std::set<UpdateCycle> cycles;
  bool departments = false, open_items = false, masked = false, comparison = false;
  for (const auto& e : sample.entries) {
    providers.insert(e.provider.code);
    classes.insert(e.share.share_class);
    if (e.share.authorization_mode) modes.insert(*e.share.authorization_mode);
    methods.insert(e.share.methods.begin(), e.share.methods.end());
    cycles.insert(e.update_cycle);
    departments |= !e.share.scope.departments.empty();
    open_items |= !e.share.scope.open_items.empty();
    masked |= !e.share.scope.masked_items.empty();
    comparison |= e.share.scope.comparison_only;
  }
  EXPECT_GE(providers.size(), 8u);
  EXPECT_EQ(classes.size(), 3u);
  EXPECT_EQ(modes.size(), 3u);
  EXPECT_EQ(methods.size(), 3u);
  EXPECT_EQ(cycles.size(), 8u);
  EXPECT_TRUE(departments && open_items && masked && comparison);
}

}  // namespace
}  // namespace govshare
