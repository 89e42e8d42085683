// The catalog lifecycle (catalog/rules.h) and the directory rules
// (platform/directory_rules.h) without a database: every status × event.
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "catalog/rules.h"
#include "rules/machine_table.h"
#include "govshare/error.h"
#include "platform/directory_rules.h"

namespace govshare {
namespace {

using namespace catalog_rules;  // NOLINT: the module under test
using testing::ExpectExactly;

TEST(CatalogRules, VersionMachine) {
  using S = VersionStatus;
  using E = VersionEvent;
  // A10: 编目 → 提交审核 → 审核（通过/不通过）→ 发布; a rejected version is revised.
  // An approved version not yet published is edited back into a draft: the
  // way out when A16 keeps it from being published (sharing_rules::
  // RequireNothingTakenAway); it is reviewed again.
  ExpectExactly(VersionMachine(), 6, 6,
                {{{S::kDraft, E::kEdit}, S::kDraft},
                 {{S::kRejected, E::kEdit}, S::kDraft},
                 {{S::kApproved, E::kEdit}, S::kDraft},
                 {{S::kDraft, E::kSubmit}, S::kSubmitted},
                 {{S::kSubmitted, E::kApprove}, S::kApproved},
                 {{S::kSubmitted, E::kReject}, S::kRejected},
                 {{S::kApproved, E::kPublish}, S::kPublished},
                 {{S::kPublished, E::kSupersede}, S::kSuperseded}});
  try {
    VersionMachine().Next(S::kSubmitted, E::kSubmit, "entry 3 version 2");
    ADD_FAILURE();
  } catch (const InvalidTransitionError& e) {
    EXPECT_STREQ(e.what(), "entry 3 version 2 is submitted; only a draft can be submitted (A10)");
  }
}

TEST(CatalogRules, EntryMachine) {
  using S = EntryStatus;
  using E = EntryEvent;
  // A16: withdrawal only from published, only with the bureau's decision;
  // a withdrawn entry is kept and never edited or published again.
  ExpectExactly(EntryMachine(), 4, 6,
                {{{S::kUnpublished, E::kEdit}, S::kUnpublished},
                 {{S::kPublished, E::kEdit}, S::kPublished},
                 {{S::kWithdrawalRequested, E::kEdit}, S::kWithdrawalRequested},
                 {{S::kUnpublished, E::kPublish}, S::kPublished},
                 {{S::kPublished, E::kPublish}, S::kPublished},
                 {{S::kPublished, E::kRequestWithdrawal}, S::kWithdrawalRequested},
                 {{S::kWithdrawalRequested, E::kApproveWithdrawal}, S::kWithdrawn},
                 {{S::kWithdrawalRequested, E::kRefuseWithdrawal}, S::kPublished},
                 {{S::kPublished, E::kSubscribe}, S::kPublished}});
}

TEST(CatalogRules, SubmissionNeedsNoErrorFindings) {
  CatalogEntry empty;
  try {
    RequireSubmittable(empty, 9);
    ADD_FAILURE();
  } catch (const InvalidArgumentError& e) {
    EXPECT_NE(std::string(e.what()).find("entry 9 cannot be submitted"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("(A10)"), std::string::npos);
  }
}

// A11 有关法律法规作出修订或行政管理职能发生变化时，自对社会进行公布之日起15个工作日内，
// 更新本部门政务信息资源目录: an approved revision submitted at or after the
// obligation was opened fulfils it; a census never (its return does); one
// already fulfilled is not fulfilled again. (The old rule: any submission
// fulfilled every open obligation, a census included.)
TEST(CatalogRules, RevisionFulfilsLawAndFunctionObligationsOpenedBeforeItsSubmission) {
  using K = ObligationKind;
  struct Row {
    const char* what;
    K kind;
    bool fulfilled;
    std::optional<std::int64_t> opened_at;
    std::int64_t submitted_at;
    bool want;
  };
  const Row rows[] = {
      {"law revision, submitted after it was opened", K::kLawRevision, false, 1000, 2000, true},
      {"function change, submitted after it was opened", K::kFunctionChange, false, 1000, 2000, true},
      {"submitted the same second it was opened", K::kLawRevision, false, 1000, 1000, true},
      {"submitted before it was opened: not an answer to it", K::kLawRevision, false, 2000, 1000, false},
      {"already fulfilled", K::kLawRevision, true, 1000, 2000, false},
      {"a census: only its return fulfils it (全面普查)", K::kAnnualCensus, false, 1000, 2000, false},
      {"an old row without its opening time", K::kFunctionChange, false, std::nullopt, 5, true},
  };
  for (const Row& r : rows) {
    EXPECT_EQ(RevisionFulfils(r.kind, r.fulfilled, r.opened_at, r.submitted_at), r.want) << r.what;
  }
}

// A11 各政务部门每年要对本部门政务信息资源目录进行一次全面普查，如需更新的应及时予以更新:
// the census return lists every published entry once, unchanged or revised
// (revised only with a revision submitted in the year); not before the year.
TEST(CatalogRules, CensusReturnListsEveryPublishedEntryOnce) {
  using O = CensusOutcome;
  const std::vector<CensusFacts> published = {{11, 0}, {12, 3}, {13, 0}};
  struct Row {
    const char* what;
    int now_year;
    std::vector<CensusLine> lines;
    const char* refusal;  // a fragment of the error; nullptr: accepted
  };
  const Row rows[] = {
      {"every entry, in any order", 2026, {{13, O::kUnchanged, 0}, {12, O::kRevised, 0}, {11, O::kUnchanged, 0}},
       nullptr},
      {"returned late, the next year", 2027, {{11, O::kUnchanged, 0}, {12, O::kUnchanged, 0}, {13, O::kUnchanged, 0}},
       nullptr},
      {"before its year", 2025, {{11, O::kUnchanged, 0}, {12, O::kRevised, 0}, {13, O::kUnchanged, 0}},
       "returned in that year or later"},
      {"an entry left out", 2026, {{11, O::kUnchanged, 0}, {12, O::kRevised, 0}}, "published entry 13 is not in the return"},
      {"an entry listed twice", 2026,
       {{11, O::kUnchanged, 0}, {11, O::kUnchanged, 0}, {12, O::kRevised, 0}, {13, O::kUnchanged, 0}},
       "lines[1].entry_id 11 is listed twice"},
      {"another department's or an unpublished entry", 2026,
       {{11, O::kUnchanged, 0}, {12, O::kRevised, 0}, {13, O::kUnchanged, 0}, {99, O::kUnchanged, 0}},
       "lines[3].entry_id 99 is not a published entry"},
      {"revised without a revision in the year", 2026,
       {{11, O::kRevised, 0}, {12, O::kRevised, 0}, {13, O::kUnchanged, 0}}, "lines[0].outcome: entry 11 has no revision"},
  };
  for (const Row& r : rows) {
    if (r.refusal) {
      try {
        CheckCensusReturn(2026, r.now_year, published, r.lines);
        ADD_FAILURE() << r.what;
      } catch (const InvalidArgumentError& e) {
        EXPECT_NE(std::string(e.what()).find(r.refusal), std::string::npos) << r.what << ": " << e.what();
        EXPECT_NE(std::string(e.what()).find("A11"), std::string::npos) << r.what;
      }
      continue;
    }
    const auto stored = CheckCensusReturn(2026, r.now_year, published, r.lines);
    ASSERT_EQ(stored.size(), 3u) << r.what;
    // In the department's order; the platform records which revision.
    EXPECT_EQ(stored[0].entry_id, 11);
    EXPECT_EQ(stored[1].entry_id, 12);
    EXPECT_EQ(stored[2].entry_id, 13);
    EXPECT_EQ(stored[1].version, stored[1].outcome == O::kRevised ? 3 : 0) << r.what;
    EXPECT_EQ(stored[0].version, 0);
  }
  // A department with nothing published returns an empty census.
  EXPECT_TRUE(CheckCensusReturn(2026, 2026, {}, {}).empty());
}

TEST(DirectoryRules, DepartmentsAndUsers) {
  using namespace directory_rules;  // NOLINT
  Department d{"11320600MB1A2B3CXJ", "南通市公安局", DepartmentLevel::kMunicipal, ""};
  EXPECT_NO_THROW(CheckDepartment(d));
  d.code = "11320600MB1A2B3CXK";  // check character wrong (GB 32100)
  EXPECT_THROW(CheckDepartment(d), InvalidArgumentError);
  User u;
  u.id = "police.op";
  u.name = "张三";
  u.department_code = "11320600MB1A2B3CXJ";
  u.roles = {Role::kDeptOperator};
  EXPECT_NO_THROW(CheckUser(u));
  u.roles = {Role::kDeptOperator, Role::kDeptOperator};
  EXPECT_THROW(CheckUser(u), InvalidArgumentError);
  u.roles = {Role::kDeptOperator};
  u.id = "张三";
  EXPECT_THROW(CheckUser(u), InvalidArgumentError);
  // A4: one bureau; A6: a county department sits under a county platform.
  Department county{"11320600MB1A2B3CXJ", "如皋市公安局", DepartmentLevel::kCounty, "X"};
  const Department rugao{"X", "如皋市", DepartmentLevel::kCountyPlatform, ""};
  EXPECT_NO_THROW(CheckPlace(county, rugao));
  EXPECT_THROW(CheckPlace(county, std::nullopt), InvalidArgumentError);
  EXPECT_THROW(CheckPlace(county, d), InvalidArgumentError);  // a municipal department is no county platform
  county.level = DepartmentLevel::kBureau;
  EXPECT_THROW(CheckPlace(county, std::nullopt), InvalidArgumentError);
  county.level = DepartmentLevel::kMunicipal;
  EXPECT_THROW(CheckPlace(county, rugao), InvalidArgumentError);  // only county departments name a parent
  // A4: bureau roles belong to the bureau; A14: a department administrator
  // gives department roles only.
  const Department police{"11320600MB1T01044D", "南通市公安局", DepartmentLevel::kMunicipal, ""};
  Department audit{"11320600014160101U", "南通市审计局", DepartmentLevel::kMunicipal, ""};
  audit.audit_body = true;
  const Department bureau{"11320600MB1A0000XX", "南通市大数据管理局", DepartmentLevel::kBureau, ""};
  EXPECT_THROW(RoleGrantRefusal({Role::kBureauAdmin}, DepartmentLevel::kBureau, Role::kBureauReviewer, police),
               InvalidArgumentError);
  EXPECT_FALSE(RoleGrantRefusal({Role::kDeptAdmin}, DepartmentLevel::kMunicipal, Role::kDeptLeader, police));
  // A "bureau_admin" role outside the bureau gives nothing.
  EXPECT_TRUE(RoleGrantRefusal({Role::kBureauAdmin}, DepartmentLevel::kMunicipal, Role::kAuditor, audit));
  // A28: the auditor reads every case and the whole usage log (用户权限管理):
  // only for the bureau's staff or an audit body the bureau marked; a
  // department administrator never gives it.
  EXPECT_FALSE(RoleGrantRefusal({Role::kBureauAdmin}, DepartmentLevel::kBureau, Role::kAuditor, bureau));
  EXPECT_FALSE(RoleGrantRefusal({Role::kBureauAdmin}, DepartmentLevel::kBureau, Role::kAuditor, audit));
  try {
    RoleGrantRefusal({Role::kBureauAdmin}, DepartmentLevel::kBureau, Role::kAuditor, police);
    FAIL() << "the auditor role was given to an ordinary department";
  } catch (const InvalidArgumentError& e) {
    EXPECT_NE(std::string(e.what()).find("not marked as an audit body"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(RoleGrantRefusal({Role::kDeptAdmin}, DepartmentLevel::kMunicipal, Role::kAuditor, police));
  EXPECT_TRUE(RoleGrantRefusal({Role::kDeptAdmin}, DepartmentLevel::kMunicipal, Role::kAuditor, audit));
}

}  // namespace
}  // namespace govshare

namespace govshare {
namespace {

// A7: a department catalogs its own resources; the catalog code is the bureau's.
TEST(CatalogRules, CatalogedBy) {
  CatalogEntry e;
  e.name = "企业登记信息";
  // Empty provider and code: filled in.
  CatalogEntry r = CatalogedBy(e, "police.op", "11320600MB1T01044D", "南通市公安局", "");
  EXPECT_EQ(r.provider.code, "11320600MB1T01044D");
  EXPECT_EQ(r.provider.name, "南通市公安局");
  EXPECT_EQ(r.code, "");
  r = CatalogedBy(e, "police.op", "11320600MB1T01044D", "南通市公安局", "320600-01-0001");
  EXPECT_EQ(r.code, "320600-01-0001");
  // A provider name the department gave is kept.
  e.provider.name = "市公安局";
  EXPECT_EQ(CatalogedBy(e, "police.op", "11320600MB1T01044D", "南通市公安局", "").provider.name, "市公安局");
  // Another department as provider: refused, naming the field, the user and A7.
  e.provider.code = "11320600014160463X";
  try {
    CatalogedBy(e, "police.op", "11320600MB1T01044D", "南通市公安局", "");
    FAIL() << "another department's provider.code was accepted";
  } catch (const InvalidArgumentError& x) {
    const std::string m = x.what();
    EXPECT_NE(m.find("provider.code 11320600014160463X is not the department of user police.op"), std::string::npos) << m;
    EXPECT_NE(m.find("(A7)"), std::string::npos) << m;
  }
  // A code before approval, or another code than the assigned one: refused.
  e.provider.code.clear();
  e.code = "320600-01-0009";
  EXPECT_THROW(CatalogedBy(e, "police.op", "11320600MB1T01044D", "南通市公安局", ""), InvalidArgumentError);
  EXPECT_THROW(CatalogedBy(e, "police.op", "11320600MB1T01044D", "南通市公安局", "320600-01-0001"),
               InvalidArgumentError);
  EXPECT_EQ(CatalogedBy(e, "police.op", "11320600MB1T01044D", "南通市公安局", "320600-01-0009").code, "320600-01-0009");
}

// N19 明确牵头收集的政府部门并将其作为数源部门: what a designation must say.
TEST(CatalogRules, ASourceDesignationNamesItsSubjectBasisAndDepartments) {
  using catalog_rules::CheckSourceDesignation;
  const std::vector<std::string> departments = {"P", "C", "H"};
  struct Row {
    SourceDesignation d;
    const char* refused_field;  // nullptr: accepted
  };
  const Row rows[] = {
      {{"人口基础信息", "P", {"C", "H"}, "市政府常务会议纪要〔2026〕5号", "", std::nullopt}, nullptr},
      {{"人口基础信息", "P", {}, "纪要", "", std::nullopt}, nullptr},
      {{" ", "P", {"C"}, "纪要", "", std::nullopt}, "subject"},
      {{"人口基础信息", "P", {"C"}, "", "", std::nullopt}, "basis"},
      {{"人口基础信息", "X", {"C"}, "纪要", "", std::nullopt}, "source_code"},
      {{"人口基础信息", "P", {"C", "X"}, "纪要", "", std::nullopt}, "collecting_codes[1]"},
      {{"人口基础信息", "P", {"P"}, "纪要", "", std::nullopt}, "collecting_codes[0]"},
      {{"人口基础信息", "P", {"C", "C"}, "纪要", "", std::nullopt}, "collecting_codes[1]"},
  };
  for (const Row& r : rows) {
    if (!r.refused_field) {
      EXPECT_NO_THROW(CheckSourceDesignation(r.d, departments));
      continue;
    }
    try {
      CheckSourceDesignation(r.d, departments);
      ADD_FAILURE() << r.refused_field << " accepted";
    } catch (const InvalidArgumentError& e) {
      EXPECT_EQ(std::string(e.what()).rfind(r.refused_field, 0), 0u) << e.what();
      EXPECT_NE(std::string(e.what()).find("N19"), std::string::npos) << e.what();
    }
  }
}

// N41 (一) 未按照规定明确数源部门: a name published by two departments or more, undesignated.
TEST(CatalogRules, DataPublishedBySeveralDepartmentsWantsASource) {
  using catalog_rules::SubjectsWithoutSource;
  const std::vector<std::pair<std::string, std::string>> published = {
      {"人口基础信息", "P"}, {"人口基础信息", "C"}, {"人口基础信息", "P"},  // two departments
      {"法人基础信息", "M"}, {"法人基础信息", "M"},                           // one department, twice
      {"社保参保信息", "H"}, {"社保参保信息", "C"}};
  EXPECT_EQ(SubjectsWithoutSource(published, {}), (std::vector<std::string>{"人口基础信息", "社保参保信息"}));
  SourceDesignation d;
  d.subject = "人口基础信息";
  d.source_code = "P";
  EXPECT_EQ(SubjectsWithoutSource(published, {d}), std::vector<std::string>{"社保参保信息"});
}

// N19 数源部门……统一提供政务数据共享服务: applications for designated data go to the source.
TEST(CatalogRules, DesignatedDataIsRoutedToItsSource) {
  using catalog_rules::RoutedToSource;
  SourceDesignation d;
  d.subject = "人口基础信息";
  d.source_code = "P";
  const std::vector<SourceDesignation> designations = {d};
  EXPECT_EQ(RoutedToSource(designations, "人口基础信息", "C"), &designations[0]);  // another collector
  EXPECT_EQ(RoutedToSource(designations, "人口基础信息", "P"), nullptr);           // the source itself
  EXPECT_EQ(RoutedToSource(designations, "法人基础信息", "C"), nullptr);           // not designated
  EXPECT_EQ(RoutedToSource({}, "人口基础信息", "C"), nullptr);
}

}  // namespace
}  // namespace govshare
