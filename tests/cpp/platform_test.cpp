// The platform store (A4–A6, A10–A12, A14–A16, A28): departments, users and
// roles, the catalog lifecycle, obligations, notices, the audit chain and
// federation, on SQLite files and in memory.
#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <set>
#include <nlohmann/json.hpp>

#include "govshare/error.h"
#include "govshare/platform.h"
#include "govshare/catalog_service.h"
#include "govshare/sharing_service.h"
#include "test_util.h"

namespace govshare {
namespace {

using testing::kBureau;
using testing::kCivil;
using testing::kPolice;
using testing::kRugaoDept;
using testing::kRugaoPlatform;
using testing::SeedCity;

std::string TempPath(const std::string& name) {
  const std::string path = ::testing::TempDir() + "govshare-" + name + "-" + std::to_string(getpid()) + ".db";
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
  return path;
}

PlatformOptions Options(const std::string& path) {
  PlatformOptions o;
  o.path = testing::Store(path);
  o.simulated_time = LocalDateTime::FromIso("2026-09-01T09:00:00+08:00");
  return o;
}

CatalogEntry PoliceEntry() {
  CatalogEntry e = testing::ValidConditionalEntry();
  e.code.clear();
  return e;
}

class PlatformTest : public ::testing::Test {
 protected:
  void SetUp() override {
    p_ = Platform::Open(Options(":memory:"));
    SeedCity(*p_);
  }

  // Draft → submitted → approved → published, by the right people.
  EntryRecord PublishOne(const CatalogEntry& entry) {
    EntryRecord r = p_->catalog().CreateDraft("police.op", entry);
    r = p_->catalog().Submit("police.op", r.id, r.row_version);
    r = p_->catalog().Approve("reviewer", r.id, r.row_version);
    return p_->catalog().Publish("police.leader", r.id, r.row_version);
  }

  std::int64_t AuditCount() { return p_->VerifyAudit("auditor").records; }

  std::shared_ptr<Platform> p_;
};

TEST_F(PlatformTest, InitializesOnceWithTheBureau) {
  EXPECT_TRUE(p_->initialized());
  EXPECT_EQ(p_->schema_version(), Platform::CurrentSchemaVersion());
  EXPECT_THROW(p_->Initialize({kBureau, "x", DepartmentLevel::kBureau, ""},
                              {"admin2", "x", kBureau, {Role::kBureauAdmin}, true}),
               InvalidTransitionError);
  EXPECT_EQ(p_->Departments().size(), 5u);
  EXPECT_EQ(p_->Users("").size(), 9u);
}

// A4–A6: departments.
// A7: validating a draft as the platform will see it — the provider is the
// acting user's department, so the bare Validate's two findings about
// provider.code and provider.name (which the platform fills in) are absent.
TEST_F(PlatformTest, ValidateDraftSeesTheEntryAsThePlatformWill) {
  CatalogEntry e = PoliceEntry();
  e.provider = {};
  auto on = [](const std::vector<Finding>& findings, const std::string& path) {
    return std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.path == path; });
  };
  const auto bare = Validate(e);
  EXPECT_EQ(on(bare, "provider.code"), 1);
  EXPECT_EQ(on(bare, "provider.name"), 1);
  const std::int64_t records = AuditCount();
  const auto in_context = p_->catalog().ValidateDraft("police.op", e);
  EXPECT_FALSE(HasErrors(in_context));
  EXPECT_EQ(on(in_context, "provider.code"), 0);
  EXPECT_EQ(on(in_context, "provider.name"), 0);
  EXPECT_EQ(AuditCount(), records);  // it changes nothing
  EXPECT_TRUE(p_->catalog().Entries("police.op", kPolice).empty());
  // Other findings are the entry's own.
  e.name.clear();
  EXPECT_TRUE(HasErrors(p_->catalog().ValidateDraft("police.op", e)));
  // What CreateDraft refuses, it refuses: another department as provider (A7),
  // and a user who may not catalog.
  e = PoliceEntry();
  e.provider = {kCivil, "南通市民政局"};
  EXPECT_THROW(p_->catalog().ValidateDraft("police.op", e), InvalidArgumentError);
  EXPECT_THROW(p_->catalog().ValidateDraft("auditor", PoliceEntry()), PermissionDeniedError);
}

// A platform created on a simulated clock remembers it: opened again without
// one (a tool, the CLI), it runs at the time its clock was left at.
TEST_F(PlatformTest, AFileCreatedOnASimulatedClockRemembersIt) {
  const std::string path = TempPath("clock");
  {
    auto p = Platform::Open(Options(path));
    EXPECT_TRUE(p->simulated_clock());
    p->SetTime(LocalDateTime::FromIso("2026-10-08T10:00:00+08:00"));
    p->Close();
  }
  PlatformOptions plain;
  plain.path = testing::Store(path);
  {
    auto p = Platform::Open(plain);
    EXPECT_TRUE(p->simulated_clock());
    EXPECT_EQ(p->Now().ToIso(), "2026-10-08T10:00:00+08:00");
    p->AdvanceTime(3600);  // remembered as it moves, not only at Close
    auto again = Platform::Open(plain);
    EXPECT_EQ(again->Now().ToIso(), "2026-10-08T11:00:00+08:00");
  }
  {
    // An explicit time is used; an earlier one is not remembered.
    PlatformOptions at = plain;
    at.simulated_time = LocalDateTime::FromIso("2026-09-15T09:00:00+08:00");
    Platform::Open(at)->Close();
    EXPECT_EQ(Platform::Open(plain)->Now().ToIso(), "2026-10-08T11:00:00+08:00");
  }
  // A platform created on the system clock stays on it.
  const std::string real = TempPath("system-clock");
  PlatformOptions system;
  system.path = testing::Store(real);
  Platform::Open(system)->Close();
  EXPECT_FALSE(Platform::Open(system)->simulated_clock());
}

TEST_F(PlatformTest, DepartmentsAreValidatedAndUnique) {
  EXPECT_THROW(p_->AddDepartment("admin", {"11320600MB1T0101XQ", "坏代码", DepartmentLevel::kMunicipal, ""}),
               InvalidArgumentError);
  EXPECT_THROW(p_->AddDepartment("admin", {kPolice, "南通市公安局", DepartmentLevel::kMunicipal, ""}),
               ConflictError);
  EXPECT_THROW(p_->AddDepartment("admin", {"11320600MB1T011241", "南通市信访局", DepartmentLevel::kCounty, ""}),
               InvalidArgumentError);  // a county department names its county platform (A6)
  EXPECT_THROW(p_->AddDepartment("admin", {"11320600MB1T011241", "南通市信访局", DepartmentLevel::kBureau, ""}),
               InvalidArgumentError);  // one bureau (A4)
  EXPECT_EQ(p_->Departments().size(), 5u);
}

TEST_F(PlatformTest, DeniedActionChangesNothingAndIsASecurityEvent) {
  const auto before = AuditCount();
  EXPECT_THROW(p_->AddDepartment("police.op", {"11320600MB1T011241", "南通市信访局", DepartmentLevel::kMunicipal, ""}),
               PermissionDeniedError);
  EXPECT_EQ(p_->Departments().size(), 5u);
  EXPECT_EQ(AuditCount(), before);
  const auto events = p_->SecurityEvents("auditor");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].user_id, "police.op");
  EXPECT_EQ(events[0].action, Action::kManageDepartments);
  EXPECT_THROW(p_->AddDepartment("nobody", {"11320600MB1T011241", "x", DepartmentLevel::kMunicipal, ""}),
               PermissionDeniedError);
  EXPECT_EQ(p_->SecurityEvents("auditor").size(), 2u);
}

// A28 用户权限管理: the auditor reads every case and the whole usage log
// city-wide, so it is for the bureau's staff or an audit body the bureau
// administrator marked (docs/permissions.md), never an ordinary department.
TEST_F(PlatformTest, TheAuditorRoleIsForTheBureauOrAnAuditBody) {
  const std::string audit_office = "11320600014160101U";  // 南通市审计局 (a valid credit code)
  p_->AddDepartment("admin", {audit_office, "南通市审计局", DepartmentLevel::kMunicipal, ""});
  const auto before = AuditCount();
  // Not marked: refused, naming the rule; nothing changes.
  try {
    p_->AddUser("admin", {"audit.zhou", "周审计", audit_office, {Role::kAuditor}, true});
    FAIL() << "an auditor was registered in an unmarked department";
  } catch (const InvalidArgumentError& e) {
    EXPECT_NE(std::string(e.what()).find("not marked as an audit body"), std::string::npos) << e.what();
  }
  EXPECT_THROW(p_->AddUser("admin", {"police.aud", "某", kPolice, {Role::kAuditor}, true}), InvalidArgumentError);
  EXPECT_FALSE(p_->FindUser("audit.zhou"));
  EXPECT_EQ(AuditCount(), before);
  // Only the bureau administrator marks a department; the bureau needs no mark.
  EXPECT_THROW(p_->SetAuditBody("police.admin", audit_office, true), PermissionDeniedError);
  EXPECT_THROW(p_->SetAuditBody("admin", kBureau, true), InvalidArgumentError);
  EXPECT_THROW(p_->SetAuditBody("admin", "11320600MB1T011241", true), NotFoundError);
  EXPECT_FALSE(p_->FindDepartment(audit_office)->audit_body);
  p_->SetAuditBody("admin", audit_office, true);
  EXPECT_TRUE(p_->FindDepartment(audit_office)->audit_body);
  EXPECT_EQ(AuditCount(), before + 1);
  EXPECT_THROW(p_->SetAuditBody("admin", audit_office, true), ConflictError);
  p_->AddUser("admin", {"audit.zhou", "周审计", audit_office, {Role::kAuditor}, true});
  EXPECT_TRUE(p_->MayDo("audit.zhou", Action::kReadAudit, ""));
  // Unmarking while an auditor serves there is refused.
  EXPECT_THROW(p_->SetAuditBody("admin", audit_office, false), InvalidArgumentError);
  EXPECT_TRUE(p_->FindDepartment(audit_office)->audit_body);
}

// A14, A28: users act for one department with roles.
TEST_F(PlatformTest, UsersAndRolesAreChecked) {
  EXPECT_THROW(p_->AddUser("admin", {"x.y", "某", kPolice, {Role::kBureauReviewer}, true}), InvalidArgumentError);
  EXPECT_THROW(p_->AddUser("admin", {"bad id!", "某", kPolice, {Role::kDeptOperator}, true}), InvalidArgumentError);
  EXPECT_THROW(p_->AddUser("admin", {"x.y", "某", kPolice, {}, true}), InvalidArgumentError);
  EXPECT_THROW(p_->AddUser("admin", {"police.op", "某", kPolice, {Role::kDeptOperator}, true}), ConflictError);
  // A department administrator manages its own department, department roles only.
  EXPECT_THROW(p_->AddUser("police.admin", {"civil.x", "某", kCivil, {Role::kDeptOperator}, true}),
               PermissionDeniedError);
  EXPECT_THROW(p_->AddUser("police.admin", {"police.aud", "某", kPolice, {Role::kAuditor}, true}),
               PermissionDeniedError);
  p_->AddUser("police.admin", {"police.op2", "孙伟", kPolice, {Role::kDeptOperator}, true});
  EXPECT_EQ(p_->FindUser("police.op2")->name, "孙伟");
}

// docs/permissions.md: every action × every role, both outcomes.
TEST(PermissionMatrixTest, MatchesTheDocumentedMatrix) {
  // Rows: roles in AllRoles() order; columns: actions in AllActions() order.
  // 1 = allowed (for a user of the bureau for bureau roles, of a municipal
  // department for department roles and the auditor).
  const std::map<Role, std::string> expected = {
      //                         1234567890123456 78901234567890 12345 67 89012 34567 890
      {Role::kBureauAdmin,      "1100000111011101" "00001000001111" "01111" "10" "00100" "10011" "111"},
      {Role::kBureauReviewer,   "0000100100011000" "01010000000001" "01000" "10" "00000" "00000" "000"},
      {Role::kDeptAdmin,        "0110000010111000" "00000000000001" "00010" "00" "00000" "00000" "000"},
      {Role::kDeptOperator,     "0011000000111000" "10000110100001" "10000" "01" "10000" "00000" "000"},
      {Role::kDeptLeader,       "0001011000111000" "10101111111001" "10000" "01" "11011" "01100" "000"},
      {Role::kAuditor,          "0000000000010100" "00000000000001" "01000" "00" "00100" "00000" "000"},
  };
  const auto actions = AllActions();
  // 38–42: N29 use records (keep, purge, export), N27 (change service, end purpose); 43: N19 source departments;
  // 44: N27 rectify a misuse; 45: N25 ask consent to a wider use; 46: run housekeeping (the bureau's schedule);
  // 47: copy the platform into another database (a move between backends); 48, 49: sign an audit checkpoint,
  // rotate the signing key; 50: move the pseudonym key out of the database or rotate it (A28)
  ASSERT_EQ(actions.size(), 50u);
  for (Role role : AllRoles()) {
    const bool bureau_role = role == Role::kBureauAdmin || role == Role::kBureauReviewer;
    const DepartmentLevel level = bureau_role ? DepartmentLevel::kBureau : DepartmentLevel::kMunicipal;
    for (size_t i = 0; i < actions.size(); ++i) {
      EXPECT_EQ(RoleAllows(role, level, actions[i]), expected.at(role)[i] == '1')
          << ToString(role) << " " << ToString(actions[i]);
    }
  }
  // Bureau roles do nothing from outside the bureau; county export needs a county platform.
  for (Action a : actions) EXPECT_FALSE(RoleAllows(Role::kBureauAdmin, DepartmentLevel::kMunicipal, a));
  EXPECT_TRUE(RoleAllows(Role::kDeptAdmin, DepartmentLevel::kCountyPlatform, Action::kExportFederation));
}

TEST(PlatformNamesTest, EveryPlatformEnumHasAChineseLabel) {
  EXPECT_EQ(ChineseLabel(EntryStatus::kWithdrawalRequested), "撤销申请中");
  EXPECT_EQ(ChineseLabel(VersionStatus::kRejected), "审核未通过");
  EXPECT_EQ(ChineseLabel(NoticeKind::kWithdrawalNotice), "撤销发布告知");
  EXPECT_EQ(ChineseLabel(ObligationState::kOverdue), "已逾期");
  EXPECT_EQ(ChineseLabel(ObligationKind::kAnnualCensus), "年度普查");
  EXPECT_EQ(ChineseLabel(Action::kDecideWithdrawal), "审核撤销发布");
  EXPECT_EQ(ChineseLabel(HashAlgorithm::kSm3), "SM3");
  for (Action a : AllActions()) EXPECT_NE(ChineseLabel(a), ToString(a));
}

TEST_F(PlatformTest, MayDoAppliesDepartmentScope) {
  EXPECT_TRUE(p_->MayDo("police.op", Action::kEditCatalog, kPolice));
  EXPECT_FALSE(p_->MayDo("police.op", Action::kEditCatalog, kCivil));
  EXPECT_TRUE(p_->MayDo("reviewer", Action::kReviewCatalog, ""));
  EXPECT_FALSE(p_->MayDo("police.op", Action::kReviewCatalog, ""));
  EXPECT_FALSE(p_->MayDo("auditor", Action::kEditCatalog, kBureau));
  EXPECT_FALSE(p_->MayDo("ghost", Action::kReadCatalog, ""));
  // Asking is not acting: no security event, nothing in the trail (moved
  // from the Python and Java suites).
  EXPECT_TRUE(p_->SecurityEvents("auditor").empty());
}

// A10: draft → submitted → approved (code assigned, A7) → published.
TEST_F(PlatformTest, ReviewThenPublish) {
  EntryRecord r = p_->catalog().CreateDraft("police.op", PoliceEntry());
  EXPECT_EQ(r.status, EntryStatus::kUnpublished);
  EXPECT_EQ(r.working_status, VersionStatus::kDraft);
  EXPECT_EQ(r.working->provider.code, kPolice);
  r = p_->catalog().Submit("police.op", r.id, r.row_version);
  EXPECT_EQ(r.working_status, VersionStatus::kSubmitted);
  r = p_->catalog().Approve("reviewer", r.id, r.row_version);
  EXPECT_EQ(r.code, "101001/000001");
  EXPECT_EQ(r.working->code, "101001/000001");
  const auto notices = p_->Notices("police.op", true);
  ASSERT_EQ(notices.size(), 1u);
  EXPECT_EQ(notices[0].kind, NoticeKind::kReviewResult);
  EXPECT_NE(notices[0].message.find("101001/000001"), std::string::npos);
  r = p_->catalog().Publish("police.leader", r.id, r.row_version);
  EXPECT_EQ(r.status, EntryStatus::kPublished);
  EXPECT_EQ(r.live_version, 1);
  EXPECT_FALSE(r.working_version.has_value());
  EXPECT_EQ(r.live->publish_date, p_->Now().date);
  // The next entry of the same classification gets the next code.
  EXPECT_EQ(PublishOne(PoliceEntry()).code, "101001/000002");
}

TEST_F(PlatformTest, SubmissionWithErrorsIsRefusedListingFindings) {
  CatalogEntry bad = PoliceEntry();
  bad.share.scope = ShareScope{};
  EntryRecord r = p_->catalog().CreateDraft("police.op", bad);  // drafts may be incomplete
  try {
    p_->catalog().Submit("police.op", r.id, r.row_version);
    FAIL();
  } catch (const InvalidArgumentError& e) {
    EXPECT_NE(std::string(e.what()).find("share.conditional_scope"), std::string::npos) << e.what();
  }
  EXPECT_EQ(p_->catalog().GetEntry("police.op", r.id).working_status, VersionStatus::kDraft);
}

TEST_F(PlatformTest, RejectionWithReasonsThenRevisionAndResubmission) {
  EntryRecord r = p_->catalog().CreateDraft("police.op", PoliceEntry());
  r = p_->catalog().Submit("police.op", r.id, r.row_version);
  EXPECT_THROW(p_->catalog().Reject("reviewer", r.id, r.row_version, {}), InvalidArgumentError);
  r = p_->catalog().Reject("reviewer", r.id, r.row_version, {{"summary", "摘要应说明数据用途"}, {"items[3].length", "地址长度不足"}});
  EXPECT_EQ(r.working_status, VersionStatus::kRejected);
  const auto history = p_->catalog().History("police.op", r.id);
  ASSERT_EQ(history.size(), 1u);
  ASSERT_EQ(history[0].rejection.size(), 2u);
  EXPECT_EQ(history[0].rejection[1].path, "items[3].length");
  EXPECT_NE(p_->Notices("police.op", true).back().message.find("地址长度不足"), std::string::npos);
  CatalogEntry revised = PoliceEntry();
  revised.summary += "用于户籍核验与人口统计分析。";
  r = p_->catalog().EditDraft("police.op", r.id, r.row_version, revised);
  EXPECT_EQ(r.working_status, VersionStatus::kDraft);
  r = p_->catalog().Submit("police.op", r.id, r.row_version);
  r = p_->catalog().Approve("reviewer", r.id, r.row_version);
  EXPECT_EQ(r.working_status, VersionStatus::kApproved);
}

TEST_F(PlatformTest, PublishedEntriesAreVersionedAndTheLiveVersionStaysLive) {
  EntryRecord r = PublishOne(PoliceEntry());
  CatalogEntry v2 = *r.live;
  v2.summary = "全市户籍人口的身份、出生、户籍地址和人口状态信息（第二版），用于身份核验。";
  r = p_->catalog().EditDraft("police.op", r.id, r.row_version, v2);
  EXPECT_EQ(r.live_version, 1);
  EXPECT_EQ(r.working_version, 2);
  EXPECT_EQ(r.live->summary, PoliceEntry().summary);  // still live
  r = p_->catalog().Submit("police.op", r.id, r.row_version);
  r = p_->catalog().Approve("reviewer", r.id, r.row_version);
  EXPECT_EQ(r.code, "101001/000001");  // the code stays
  r = p_->catalog().Publish("police.leader", r.id, r.row_version);
  EXPECT_EQ(r.live_version, 2);
  EXPECT_EQ(r.live->summary, v2.summary);
  const auto history = p_->catalog().History("auditor", r.id);
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].status, VersionStatus::kSuperseded);
  EXPECT_EQ(history[1].status, VersionStatus::kPublished);
}

// Every refused transition leaves the platform as it was.
TEST_F(PlatformTest, RefusedTransitionsChangeNothing) {
  EntryRecord r = p_->catalog().CreateDraft("police.op", PoliceEntry());
  const auto audit_before = AuditCount();
  EXPECT_THROW(p_->catalog().Publish("police.leader", r.id, r.row_version), InvalidTransitionError);
  EXPECT_THROW(p_->catalog().Approve("reviewer", r.id, r.row_version), InvalidTransitionError);
  EXPECT_THROW(p_->catalog().RequestWithdrawal("police.leader", r.id, r.row_version, "不再维护"), InvalidTransitionError);
  EXPECT_THROW(p_->catalog().Subscribe("civil.op", r.id), InvalidTransitionError);
  r = p_->catalog().Submit("police.op", r.id, r.row_version);
  const auto audit_submitted = AuditCount();
  EXPECT_EQ(audit_submitted, audit_before + 1);
  EXPECT_THROW(p_->catalog().EditDraft("police.op", r.id, r.row_version, PoliceEntry()), InvalidTransitionError);
  EXPECT_THROW(p_->catalog().Submit("police.op", r.id, r.row_version), InvalidTransitionError);
  EXPECT_THROW(p_->catalog().Publish("police.leader", r.id, r.row_version), InvalidTransitionError);
  EXPECT_THROW(p_->catalog().DecideWithdrawal("admin", r.id, r.row_version, true, "同意"), InvalidTransitionError);
  const EntryRecord after = p_->catalog().GetEntry("police.op", r.id);
  EXPECT_EQ(after.row_version, r.row_version);
  EXPECT_EQ(after.working_status, VersionStatus::kSubmitted);
  EXPECT_EQ(AuditCount(), audit_submitted);
  EXPECT_THROW(p_->catalog().GetEntry("police.op", 9999), NotFoundError);
}

TEST_F(PlatformTest, WrongRoleOrDepartmentIsDenied) {
  EntryRecord r = p_->catalog().CreateDraft("police.op", PoliceEntry());
  EXPECT_THROW(p_->catalog().Submit("civil.op", r.id, r.row_version), PermissionDeniedError);       // other department
  EXPECT_THROW(p_->catalog().EditDraft("auditor", r.id, r.row_version, PoliceEntry()), PermissionDeniedError);
  r = p_->catalog().Submit("police.op", r.id, r.row_version);
  EXPECT_THROW(p_->catalog().Approve("police.leader", r.id, r.row_version), PermissionDeniedError);  // not the bureau
  r = p_->catalog().Approve("reviewer", r.id, r.row_version);
  EXPECT_THROW(p_->catalog().Publish("police.op", r.id, r.row_version), PermissionDeniedError);     // operators do not publish
  EXPECT_THROW(p_->catalog().Publish("civil.leader", r.id, r.row_version), PermissionDeniedError);  // other department
  EXPECT_EQ(p_->catalog().GetEntry("police.op", r.id).working_status, VersionStatus::kApproved);
  EXPECT_EQ(p_->SecurityEvents("auditor").size(), 5u);
  // Another department sees neither drafts nor history of unpublished work.
  EXPECT_FALSE(p_->catalog().GetEntry("civil.op", r.id).working.has_value());
  EXPECT_TRUE(p_->catalog().History("civil.op", r.id).empty());
}

TEST_F(PlatformTest, ProviderAndCodeBelongToThePlatform) {
  CatalogEntry other = PoliceEntry();
  other.provider.code = kCivil;
  EXPECT_THROW(p_->catalog().CreateDraft("police.op", other), InvalidArgumentError);
  CatalogEntry coded = PoliceEntry();
  coded.code = "101001/000009";
  EXPECT_THROW(p_->catalog().CreateDraft("police.op", coded), InvalidArgumentError);
}

// Optimistic versions: a stale change is refused, never silently lost.
TEST(PlatformFileTest, TwoHandlesOnOneFileLoseNothing) {
  const std::string path = TempPath("concurrent");
  auto first = Platform::Open(Options(path));
  SeedCity(*first);
  EntryRecord r = first->catalog().CreateDraft("police.op", PoliceEntry());
  auto second = Platform::Open(Options(path));
  const EntryRecord seen_by_second = second->catalog().GetEntry("police.op", r.id);

  CatalogEntry mine = PoliceEntry();
  mine.summary = "第一个进程的修改：全市户籍人口的身份、出生、户籍地址和人口状态信息。";
  first->catalog().EditDraft("police.op", r.id, r.row_version, mine);
  CatalogEntry theirs = PoliceEntry();
  theirs.summary = "第二个进程的修改：全市户籍人口的身份、出生、户籍地址和人口状态信息。";
  EXPECT_THROW(second->catalog().EditDraft("police.op", r.id, seen_by_second.row_version, theirs), ConflictError);
  EXPECT_EQ(second->catalog().GetEntry("police.op", r.id).working->summary, mine.summary);
  const EntryRecord fresh = second->catalog().GetEntry("police.op", r.id);
  second->catalog().EditDraft("police.op", r.id, fresh.row_version, theirs);  // after re-reading: fine
  EXPECT_TRUE(first->VerifyAudit("auditor").intact);
  first->Close();
  second->Close();
  EXPECT_FALSE(first->is_open());
  EXPECT_THROW(first->Departments(), StorageError);
  first->Close();  // idempotent
}

// Two processes editing the same entry: every edit lands exactly once (a
// stale one is refused, re-read and retried), nothing is lost.
TEST(PlatformFileTest, TwoProcessesUpdatingOneEntryLoseNothing) {
  const std::string path = TempPath("two-processes");
  std::int64_t id = 0;
  std::int64_t audit_before = 0;
  {
    auto p = Platform::Open(Options(path));
    SeedCity(*p);
    id = p->catalog().CreateDraft("police.op", PoliceEntry()).id;
    audit_before = p->VerifyAudit("auditor").records;
  }
  constexpr int kEditsPerProcess = 25;
  pid_t children[2];
  for (int c = 0; c < 2; ++c) {
    children[c] = fork();
    ASSERT_GE(children[c], 0);
    if (children[c] == 0) {
      int exit_code = 0;
      try {
        auto p = Platform::Open(Options(path));
        for (int i = 0; i < kEditsPerProcess;) {
          const EntryRecord r = p->catalog().GetEntry("police.op", id);
          CatalogEntry e = *r.working;
          e.summary = "进程" + std::to_string(c) + "第" + std::to_string(i) + "次修改：全市户籍人口基本信息，用于身份核验。";
          try {
            p->catalog().EditDraft("police.op", id, r.row_version, e);
            ++i;
          } catch (const ConflictError&) {
            // the other process got there first: read again
          }
        }
      } catch (...) {
        exit_code = 1;
      }
      _exit(exit_code);
    }
  }
  for (pid_t child : children) {
    int status = 0;
    waitpid(child, &status, 0);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  }
  auto p = Platform::Open(Options(path));
  EXPECT_EQ(p->catalog().GetEntry("police.op", id).row_version, 1 + 2 * kEditsPerProcess);
  const AuditVerification v = p->VerifyAudit("auditor");
  EXPECT_TRUE(v.intact) << v.problem;
  EXPECT_EQ(v.records, audit_before + 2 * kEditsPerProcess);
}

// A file written by schema 1 (before sharing and the data boundary) is migrated in place: its
// data stays, the sharing tables appear.
TEST(PlatformFileTest, SchemaOneIsMigrated) {
  const std::string path = TempPath("migrate");
  {
    auto p = Platform::Open(Options(path));
    SeedCity(*p);
  }
  if (testing::OnPostgres()) {
    // PostgreSQL support began at schema 11: there is no older PostgreSQL
    // platform to migrate, and a version before 11 is refused, not guessed at.
    testing::RawSql(testing::Store(path), "UPDATE govshare_schema SET version = 1");
    try {
      Platform::Open(Options(path));
      FAIL() << "a PostgreSQL schema older than 11 opened";
    } catch (const StorageError& e) {
      EXPECT_NE(std::string(e.what()).find("older than any PostgreSQL schema"), std::string::npos) << e.what();
    }
    return;
  }
  testing::RawSql(testing::Store(path),
         "DROP TABLE calendar_years; DROP TABLE refresh_reports; DROP TABLE projects; DROP TABLE rectifications; "
         "DROP TABLE search_documents; DELETE FROM platform_meta WHERE key = 'search_documents_built'; "
         "DROP TABLE usage_log; DROP TABLE authorization_use; DROP TABLE masking_rules; "
         "DROP TABLE applications; DROP TABLE authorizations; DROP TABLE demand_requests; "
         "DROP TABLE objections; DROP TABLE disputes; DROP TABLE steps; DROP TABLE service_changes; "
         "DROP TABLE use_records; DROP TABLE audit_checkpoints; DROP TABLE federation_keys; "
         "ALTER TABLE notices DROP COLUMN object; ALTER TABLE obligations DROP COLUMN fulfilled_by_version; "
         "ALTER TABLE obligations DROP COLUMN census_return; ALTER TABLE obligations DROP COLUMN extension; "
         "ALTER TABLE departments DROP COLUMN audit_body; "
         "PRAGMA user_version = 1");
  auto p = Platform::Open(Options(path));
  EXPECT_EQ(p->schema_version(), Platform::CurrentSchemaVersion());
  EXPECT_EQ(p->Departments().size(), 5u);
  EXPECT_TRUE(p->sharing().Applications("auditor", "").empty());
  EXPECT_TRUE(p->VerifyAudit("auditor").intact);
}

// A new platform's store is created only when asked (create_if_missing): a
// SQLite file, or on PostgreSQL the schema named first in the URI's search
// path (docs/deployment.md) — a refused open creates nothing.
TEST(PlatformFileTest, ANewStoreIsCreatedOnlyWhenAsked) {
  PlatformOptions o = Options(":memory:");
  const std::string schema = "own_" + std::to_string(getpid());
  if (testing::OnPostgres()) {
    // The test's URI with its schema replaced by one that does not exist yet.
    o.path = o.path.substr(0, o.path.find("search_path%3D") + 14) + schema;
  } else {
    o.path = TempPath(schema);
  }
  auto exists = [&] {
    if (!testing::OnPostgres()) return std::ifstream(o.path).good();
    return testing::QueryInts(testing::Store(":memory:"),
                              "SELECT count(*) FROM pg_namespace WHERE nspname = '" + schema + "'")[0] == 1;
  };
  o.create_if_missing = false;
  try {
    Platform::Open(o);
    FAIL() << "a missing store opened without create_if_missing";
  } catch (const StorageError& e) {
    EXPECT_NE(std::string(e.what()).find("create_if_missing is false"),
              std::string::npos) << e.what();
  }
  EXPECT_FALSE(exists());
  o.create_if_missing = true;
  {
    auto p = Platform::Open(o);
    SeedCity(*p);
  }
  EXPECT_TRUE(exists());
  o.create_if_missing = false;
  EXPECT_EQ(Platform::Open(o)->Departments().size(), 5u);
  if (testing::OnPostgres()) {
    testing::RawSql(o.path, "DROP SCHEMA " + schema + " CASCADE");
  } else {
    std::remove(o.path.c_str());
  }
}

TEST(PlatformFileTest, SchemaIsVersionedAndANewerOneIsRefused) {
  const std::string path = TempPath("schema");
  {
    auto p = Platform::Open(Options(path));
    EXPECT_EQ(p->schema_version(), 13);
    // 7: A11 fulfilment; 8: audit bodies; 9: step articles; 10: N27 service changes, N29 use records;
    // 11: N17 extensions of catalog updates; 12: signed audit checkpoints; 13: county platforms' keys
    EXPECT_EQ(Platform::CurrentSchemaVersion(), 13);
  }
  // A newer schema (another library version's) — in each backend's place for
  // the version.
  testing::RawSql(testing::Store(path), testing::OnPostgres() ? "UPDATE govshare_schema SET version = 99"
                                                     : "PRAGMA user_version = 99");
  try {
    Platform::Open(Options(path));
    FAIL();
  } catch (const StorageError& e) {
    EXPECT_NE(std::string(e.what()).find("newer"), std::string::npos);
  }
  PlatformOptions missing = Options(TempPath("missing"));
  missing.create_if_missing = false;
  EXPECT_THROW(Platform::Open(missing), StorageError);
}

// A16: withdrawal needs notice to consumers and the bureau, and approval.
TEST_F(PlatformTest, WithdrawalNotifiesConsumersAndNeedsTheBureau) {
  EntryRecord r = PublishOne(PoliceEntry());
  p_->catalog().Subscribe("civil.op", r.id);
  EXPECT_THROW(p_->catalog().Subscribe("police.op", r.id), InvalidArgumentError);
  EXPECT_THROW(p_->catalog().RequestWithdrawal("police.leader", r.id, r.row_version, ""), InvalidArgumentError);
  r = p_->catalog().RequestWithdrawal("police.leader", r.id, r.row_version, "系统迁移，数据改由新接口提供");
  EXPECT_EQ(r.status, EntryStatus::kWithdrawalRequested);
  const auto civil = p_->Notices("civil.op", true);
  ASSERT_EQ(civil.size(), 1u);
  EXPECT_EQ(civil[0].kind, NoticeKind::kWithdrawalNotice);
  EXPECT_EQ(p_->Notices("admin", true).back().kind, NoticeKind::kWithdrawalNotice);
  EXPECT_THROW(p_->catalog().DecideWithdrawal("police.leader", r.id, r.row_version, true, "同意"), PermissionDeniedError);
  // Refused: stays published.
  r = p_->catalog().DecideWithdrawal("admin", r.id, r.row_version, false, "仍有部门依赖，暂缓撤销");
  EXPECT_EQ(r.status, EntryStatus::kPublished);
  r = p_->catalog().RequestWithdrawal("police.leader", r.id, r.row_version, "系统迁移，数据改由新接口提供");
  r = p_->catalog().DecideWithdrawal("reviewer", r.id, r.row_version, true, "已确认替代资源");
  EXPECT_EQ(r.status, EntryStatus::kWithdrawn);
  // Never deleted: the entry and its live content remain readable.
  EXPECT_EQ(p_->catalog().GetEntry("auditor", r.id).live->name, "户籍人口基本信息");
  EXPECT_THROW(p_->catalog().EditDraft("police.op", r.id, r.row_version, PoliceEntry()), InvalidTransitionError);
}

// A11 自对社会进行公布之日起15个工作日内 until 2025-07-31; N17 自调整、变化发生之日起
// 10个工作日内 for a change from 2025-08-01: obligations with due dates from
// the calendar, by the rules in force on the day of the change.
TEST_F(PlatformTest, LegalChangeOpensAnObligationDueByTheRulesInForce) {
  const Obligation o = p_->catalog().RecordLegalChange("police.admin", kPolice, ObligationKind::kLawRevision,
                                             "《中华人民共和国户口登记条例》修订", Date{2026, 9, 25});
  EXPECT_EQ(o.due.due.date, (Date{2026, 10, 15}));  // 10 working days (N17): 中秋 and 国庆 are not counted
  EXPECT_EQ(o.due.calendar_version, p_->calendar()->version());
  EXPECT_EQ(o.state, ObligationState::kOpen);
  EXPECT_THROW(p_->catalog().RecordLegalChange("police.admin", kCivil, ObligationKind::kLawRevision, "x", Date{2026, 9, 25}),
               PermissionDeniedError);
  EXPECT_THROW(p_->catalog().RecordLegalChange("police.admin", kPolice, ObligationKind::kAnnualCensus, "x", Date{2026, 9, 25}),
               InvalidArgumentError);
  p_->SetTime(LocalDateTime::FromIso("2026-10-15T10:00"));
  EXPECT_EQ(p_->catalog().Obligations("police.op", "", true).at(0).state, ObligationState::kDue);
  p_->SetTime(LocalDateTime::FromIso("2026-10-23T10:00"));
  EXPECT_EQ(p_->catalog().Obligations("police.op", "", true).at(0).state, ObligationState::kOverdue);
  // An approved revision fulfils it (late), as of its submission (A11 更新本部门政务信息资源目录).
  EntryRecord r = p_->catalog().CreateDraft("police.op", PoliceEntry());
  r = p_->catalog().Submit("police.op", r.id, r.row_version);
  EXPECT_EQ(p_->catalog().Obligations("police.op", "", true).size(), 1u);  // submitted, not yet approved
  p_->SetTime(LocalDateTime::FromIso("2026-10-26T10:00"));
  p_->catalog().Approve("reviewer", r.id, r.row_version);
  const auto all = p_->catalog().Obligations("admin", kPolice, false);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].state, ObligationState::kFulfilled);
  EXPECT_EQ(all[0].fulfilled_at->ToIso(), "2026-10-23T10:00:00+08:00");  // the submission
  EXPECT_FALSE(all[0].on_time);
  EXPECT_EQ(all[0].fulfilled_by_entry, r.id);
  EXPECT_EQ(all[0].fulfilled_by_version, 1);
  EXPECT_TRUE(p_->catalog().Obligations("police.op", "", true).empty());
  EXPECT_THROW(p_->catalog().Obligations("police.op", kCivil, false), PermissionDeniedError);
  // Changes on either side of 2025-08-01: A11's 15 working days, then N17's 10.
  const Obligation last_a11 = p_->catalog().RecordLegalChange("police.admin", kPolice, ObligationKind::kLawRevision,
                                                    "《江苏省公共数据管理办法》修订", Date{2025, 7, 31});
  EXPECT_EQ(last_a11.due.due.date, (Date{2025, 8, 21}));
  const Obligation first_n17 = p_->catalog().RecordLegalChange("police.admin", kPolice, ObligationKind::kFunctionChange,
                                                     "机构改革职责调整", Date{2025, 8, 1});
  EXPECT_EQ(first_n17.due.due.date, (Date{2025, 8, 15}));
  const auto notices = p_->Notices("police.admin", false);
  EXPECT_NE(notices.at(notices.size() - 2).message.find("(A11)"), std::string::npos);
  EXPECT_NE(notices.back().message.find("(N17)"), std::string::npos);
}

// N17 因特殊原因需要延长更新期限的，经同级政务数据共享主管部门同意，可以延长5个工作日.
TEST_F(PlatformTest, AnN17UpdateMayRunFiveWorkingDaysMoreWithTheBureausConsent) {
  p_->SetTime(LocalDateTime::FromIso("2026-11-02T09:00"));  // a Monday
  Obligation o = p_->catalog().RecordLegalChange("police.admin", kPolice, ObligationKind::kLawRevision,
                                                 "《数据安全法》配套规定施行", Date{2026, 11, 2});
  EXPECT_EQ(o.due.due.date, (Date{2026, 11, 16}));  // 10 working days
  EXPECT_FALSE(o.extension.has_value());
  const Obligation before_n17 = p_->catalog().RecordLegalChange(
      "police.admin", kPolice, ObligationKind::kFunctionChange, "职责调整", Date{2025, 7, 31});
  const std::int64_t audit = p_->VerifyAudit("auditor").records;
  EXPECT_THROW(p_->catalog().RequestUpdateExtension("police.op", o.id, 6, "系统改造"), InvalidArgumentError);
  EXPECT_THROW(p_->catalog().RequestUpdateExtension("police.op", o.id, 0, "系统改造"), InvalidArgumentError);
  EXPECT_THROW(p_->catalog().RequestUpdateExtension("police.op", o.id, 5, ""), InvalidArgumentError);
  EXPECT_THROW(p_->catalog().RequestUpdateExtension("civil.op", o.id, 5, "系统改造"), PermissionDeniedError);
  EXPECT_THROW(p_->catalog().RequestUpdateExtension("police.op", 9999, 5, "系统改造"), NotFoundError);
  try {
    p_->catalog().RequestUpdateExtension("police.op", before_n17.id, 5, "系统改造");
    ADD_FAILURE() << "A11 allows no extension";
  } catch (const InvalidTransitionError& e) {
    EXPECT_NE(std::string(e.what()).find("A11"), std::string::npos) << e.what();
  }
  EXPECT_THROW(p_->catalog().DecideUpdateExtension("admin", o.id, true, "同意"), InvalidTransitionError);  // none asked
  EXPECT_EQ(p_->VerifyAudit("auditor").records, audit);

  o = p_->catalog().RequestUpdateExtension("police.op", o.id, 5, "业务系统改造尚未完成");
  ASSERT_TRUE(o.extension.has_value());
  EXPECT_FALSE(o.extension->approved.has_value());
  EXPECT_EQ(o.due.due.date, (Date{2026, 11, 16}));  // unchanged until approved
  EXPECT_THROW(p_->catalog().RequestUpdateExtension("police.op", o.id, 2, "再延"), InvalidTransitionError);
  EXPECT_THROW(p_->catalog().DecideUpdateExtension("police.leader", o.id, true, "同意"), PermissionDeniedError);
  o = p_->catalog().DecideUpdateExtension("admin", o.id, true, "特殊原因属实");
  EXPECT_EQ(o.extension->approved, std::optional<bool>(true));
  EXPECT_EQ(o.due.due.date, (Date{2026, 11, 23}));  // 10 + 5 working days
  EXPECT_NE(p_->Notices("police.admin", false).back().message.find("2026-11-23"), std::string::npos);
  EXPECT_THROW(p_->catalog().DecideUpdateExtension("admin", o.id, false, "撤回"), InvalidTransitionError);
  // Asked for once the update is due: too late.
  const Obligation late = p_->catalog().RecordLegalChange("police.admin", kPolice, ObligationKind::kLawRevision,
                                                          "另一修订", Date{2026, 11, 2});
  p_->SetTime(LocalDateTime::FromIso("2026-11-17T09:00"));
  EXPECT_THROW(p_->catalog().RequestUpdateExtension("police.op", late.id, 5, "来不及"), InvalidTransitionError);
  EXPECT_EQ(p_->catalog().Obligations("police.op", kPolice, true).size(), 3u);
  EXPECT_TRUE(p_->VerifyAudit("auditor").intact);
}

// A11 有关法律法规作出修订…自对社会进行公布之日起15个工作日内，更新本部门政务信息资源目录:
// only a revision submitted after the obligation was opened, and approved,
// fulfils it; a rejected submission does not; nor does anything fulfil the
// census but its return. (Before: any submission fulfilled every open
// obligation, the census of the year and a rejected one included.)
TEST_F(PlatformTest, OnlyAnApprovedRevisionSubmittedAfterTheChangeFulfilsIt) {
  p_->catalog().ScheduleCensus("admin", 2026);
  // Submitted before the law was revised: no answer to it, even approved after.
  EntryRecord early = p_->catalog().CreateDraft("police.op", PoliceEntry());
  early = p_->catalog().Submit("police.op", early.id, early.row_version);
  p_->SetTime(LocalDateTime::FromIso("2026-09-02T09:00"));
  const Obligation law = p_->catalog().RecordLegalChange("police.admin", kPolice, ObligationKind::kLawRevision,
                                                   "《中华人民共和国户口登记条例》修订", Date{2026, 9, 2});
  early = p_->catalog().Approve("reviewer", early.id, early.row_version);
  auto open = p_->catalog().Obligations("police.op", "", true);
  EXPECT_EQ(open.size(), 2u);  // the law revision and the census

  // Submitted after, then rejected: not fulfilled.
  p_->SetTime(LocalDateTime::FromIso("2026-09-03T09:00"));
  EntryRecord r = p_->catalog().CreateDraft("police.op", PoliceEntry());
  r = p_->catalog().Submit("police.op", r.id, r.row_version);
  r = p_->catalog().Reject("reviewer", r.id, r.row_version, {{"summary", "摘要应说明户口登记变更"}});
  EXPECT_EQ(p_->catalog().Obligations("police.op", "", true).size(), 2u);
  // Revised and resubmitted on 09-10, approved on 09-11: fulfilled on time, as of 09-10.
  p_->SetTime(LocalDateTime::FromIso("2026-09-10T09:00"));
  CatalogEntry revised = PoliceEntry();
  revised.summary += "含户口登记条例修订后的登记事项。";
  r = p_->catalog().EditDraft("police.op", r.id, r.row_version, revised);
  r = p_->catalog().Submit("police.op", r.id, r.row_version);
  p_->SetTime(LocalDateTime::FromIso("2026-09-11T09:00"));
  r = p_->catalog().Approve("reviewer", r.id, r.row_version);
  Obligation done;
  for (const auto& o : p_->catalog().Obligations("police.op", "", false))
    if (o.id == law.id) done = o;
  EXPECT_EQ(done.state, ObligationState::kFulfilled);
  EXPECT_TRUE(done.on_time);
  EXPECT_EQ(done.fulfilled_at->ToIso(), "2026-09-10T09:00:00+08:00");
  EXPECT_EQ(done.fulfilled_by_entry, r.id);
  EXPECT_EQ(done.fulfilled_by_version, 1);
  // The census of the year is still open: an edit is no census.
  open = p_->catalog().Obligations("police.op", "", true);
  ASSERT_EQ(open.size(), 1u);
  EXPECT_EQ(open[0].kind, ObligationKind::kAnnualCensus);
  // The fulfilment is in the trail.
  bool audited = false;
  for (const auto& a : p_->AuditTrail("auditor", 0, -1))
    audited = audited || (a.action == "obligation.fulfil" && a.object == "obligation:" + std::to_string(law.id));
  EXPECT_TRUE(audited);
}

// A11 各政务部门每年要对本部门政务信息资源目录进行一次全面普查，如需更新的应及时予以更新:
// the census is fulfilled by the department's return, listing every published
// entry as unchanged or revised (the platform records the revision).
TEST_F(PlatformTest, TheCensusIsFulfilledByTheDepartmentsReturn) {
  // Published in 2026; the census reviewed is 2027's.
  const EntryRecord a = PublishOne(PoliceEntry());
  EntryRecord b = PublishOne(PoliceEntry());
  EntryRecord draft = p_->catalog().CreateDraft("police.op", PoliceEntry());  // not published: not reviewed
  p_->catalog().ScheduleCensus("admin", 2027);
  p_->catalog().ScheduleCensus("admin", 2028);
  using O = CensusOutcome;
  auto census = [&](int year) {
    for (const auto& o : p_->catalog().Obligations("police.op", "", false))
      if (o.kind == ObligationKind::kAnnualCensus && o.announced_on.year == year) return o;
    return Obligation{};
  };
  // An unrelated edit — another entry submitted in the year — does not fulfil the census.
  p_->SetTime(LocalDateTime::FromIso("2027-03-01T09:00"));
  draft = p_->catalog().Submit("police.op", draft.id, draft.row_version);
  EXPECT_NE(census(2027).state, ObligationState::kFulfilled);
  // b is revised in 2027 (version 2 submitted and approved); a is not.
  CatalogEntry revised = PoliceEntry();
  revised.summary += "经年度普查补充数据来源。";
  b = p_->catalog().EditDraft("police.op", b.id, b.row_version, revised);
  b = p_->catalog().Submit("police.op", b.id, b.row_version);
  b = p_->catalog().Approve("reviewer", b.id, b.row_version);
  const std::int64_t audit_before = AuditCount();
  // Refusals change nothing.
  EXPECT_THROW(p_->catalog().ReturnCensus("police.op", kPolice, 2027, {{a.id, O::kUnchanged, 0}}),
               InvalidArgumentError);  // b left out
  EXPECT_THROW(p_->catalog().ReturnCensus("police.op", kPolice, 2027,
                                          {{a.id, O::kRevised, 0}, {b.id, O::kRevised, 0}}),
               InvalidArgumentError);  // a was not revised in 2027
  EXPECT_THROW(p_->catalog().ReturnCensus("police.op", kPolice, 2027,
                                          {{a.id, O::kUnchanged, 0}, {b.id, O::kRevised, 0}, {draft.id, O::kUnchanged, 0}}),
               InvalidArgumentError);  // not published
  EXPECT_THROW(p_->catalog().ReturnCensus("police.op", kPolice, 2028, {{a.id, O::kUnchanged, 0}, {b.id, O::kUnchanged, 0}}),
               InvalidArgumentError);  // the 2028 census is returned in 2028
  EXPECT_THROW(p_->catalog().ReturnCensus("police.op", kPolice, 2029, {}), NotFoundError);  // none scheduled
  EXPECT_THROW(p_->catalog().ReturnCensus("civil.op", kPolice, 2027, {{a.id, O::kUnchanged, 0}, {b.id, O::kRevised, 0}}),
               PermissionDeniedError);  // another department's census
  EXPECT_THROW(p_->catalog().ReturnCensus("police.admin", kPolice, 2027, {{a.id, O::kUnchanged, 0}, {b.id, O::kRevised, 0}}),
               PermissionDeniedError);  // the operator or leader submits it (submit_catalog)
  EXPECT_EQ(AuditCount(), audit_before);
  EXPECT_NE(census(2027).state, ObligationState::kFulfilled);

  const Obligation done =
      p_->catalog().ReturnCensus("police.leader", kPolice, 2027, {{b.id, O::kRevised, 0}, {a.id, O::kUnchanged, 0}});
  EXPECT_EQ(done.state, ObligationState::kFulfilled);
  EXPECT_TRUE(done.on_time);
  EXPECT_EQ(done.fulfilled_at->ToIso(), "2027-03-01T09:00:00+08:00");
  EXPECT_EQ(done.fulfilled_by_entry, 0);
  ASSERT_EQ(done.census_return.size(), 2u);  // in the department's order, the revision recorded
  EXPECT_EQ(done.census_return[0], (CensusLine{a.id, O::kUnchanged, 0}));
  EXPECT_EQ(done.census_return[1], (CensusLine{b.id, O::kRevised, 2}));
  EXPECT_EQ(census(2027).census_return, done.census_return);  // stored
  EXPECT_NE(census(2028).state, ObligationState::kFulfilled);  // a later year's census stays open
  EXPECT_THROW(p_->catalog().ReturnCensus("police.op", kPolice, 2027, {{a.id, O::kUnchanged, 0}, {b.id, O::kRevised, 0}}),
               InvalidTransitionError);  // once a year
  EXPECT_EQ(AuditCount(), audit_before + 1);
}

TEST_F(PlatformTest, OneCensusPerDepartmentPerYear) {
  const auto opened = p_->catalog().ScheduleCensus("admin", 2026);
  EXPECT_EQ(opened.size(), 5u);
  EXPECT_EQ(opened[0].due.due.ToIso(), "2026-12-31T24:00:00+08:00");
  EXPECT_TRUE(p_->catalog().ScheduleCensus("admin", 2026).empty());
  EXPECT_THROW(p_->catalog().ScheduleCensus("police.admin", 2027), PermissionDeniedError);
  EXPECT_TRUE(p_->catalog().ScheduleCensus("admin", 2027)[0].due.provisional);  // 2027 not loaded
}

TEST_F(PlatformTest, NoticesAreAcknowledgedByTheirDepartment) {
  EntryRecord r = p_->catalog().CreateDraft("police.op", PoliceEntry());
  r = p_->catalog().Submit("police.op", r.id, r.row_version);
  p_->catalog().Approve("reviewer", r.id, r.row_version);
  const Notice n = p_->Notices("police.op", true).at(0);
  EXPECT_THROW(p_->AcknowledgeNotice("civil.op", n.id), PermissionDeniedError);
  p_->AcknowledgeNotice("police.leader", n.id);
  EXPECT_TRUE(p_->Notices("police.op", true).empty());
  EXPECT_EQ(p_->Notices("police.op", false).at(0).acknowledged_by, "police.leader");
  EXPECT_THROW(p_->AcknowledgeNotice("police.op", n.id), InvalidTransitionError);
  EXPECT_THROW(p_->AcknowledgeNotice("police.op", 424242), NotFoundError);
}

TEST_F(PlatformTest, SimulatedClockOnlyMovesForward) {
  EXPECT_EQ(p_->Now().ToIso(), "2026-09-01T09:00:00+08:00");
  p_->AdvanceTime(86400);
  EXPECT_EQ(p_->Now().ToIso(), "2026-09-02T09:00:00+08:00");
  EXPECT_THROW(p_->SetTime(LocalDateTime::FromIso("2026-08-01")), InvalidArgumentError);
  EXPECT_THROW(p_->AdvanceTime(-1), InvalidArgumentError);
}

// A28: the audit trail is a hash chain; tampering by raw SQL is found.
class AuditTamperTest : public ::testing::TestWithParam<HashAlgorithm> {};

TEST_P(AuditTamperTest, UpdateDeleteInsertReorderAndTruncationAreDetected) {
  const std::string path = TempPath("audit-" + ToString(GetParam()));
  PlatformOptions o = Options(path);
  o.audit_hash = GetParam();
  {
    auto p = Platform::Open(o);
    SeedCity(*p);
    const AuditVerification v = p->VerifyAudit("auditor");
    EXPECT_TRUE(v.intact) << v.problem;
    EXPECT_EQ(v.records, 13);  // initialize + 4 departments + 8 users
    EXPECT_EQ(v.algorithm, GetParam());
    EXPECT_EQ(p->AuditTrail("auditor", 0, -1).front().hash.size(), 64u);
    EXPECT_THROW(p->VerifyAudit("police.op"), PermissionDeniedError);
  }
  const std::string store = testing::Store(path);
  auto restore = [&] {
    if (!testing::OnPostgres()) testing::RawSql(store, "PRAGMA wal_checkpoint(TRUNCATE)");
  };
  auto verify = [&] { return Platform::Open(o)->VerifyAudit("auditor"); };
  auto expect_bad = [&](const std::string& sql, std::int64_t position) {
    testing::RawSql(store, "BEGIN; CREATE TABLE IF NOT EXISTS audit_backup AS SELECT * FROM audit_log WHERE 1 = 0; "
                  "DELETE FROM audit_backup; INSERT INTO audit_backup SELECT * FROM audit_log; COMMIT;");
    testing::RawSql(store, sql);
    const AuditVerification v = verify();
    EXPECT_FALSE(v.intact) << sql;
    EXPECT_EQ(v.first_bad_position, position) << sql << ": " << v.problem;
    testing::RawSql(store, "BEGIN; DELETE FROM audit_log; INSERT INTO audit_log SELECT * FROM audit_backup ORDER BY position; COMMIT;");
    EXPECT_TRUE(verify().intact) << "restored after " << sql;
  };
  restore();
  expect_bad("UPDATE audit_log SET reason = '篡改' WHERE position = 5", 5);
  expect_bad("DELETE FROM audit_log WHERE position = 7", 7);
  expect_bad("UPDATE audit_log SET position = position + 1000 WHERE position >= 4; "
             "UPDATE audit_log SET position = position - 999 WHERE position >= 1004; "
             "INSERT INTO audit_log SELECT 4, time, user_id, department_code, action, object, before_digest, "
             "after_digest, reason, previous_hash, hash FROM audit_log WHERE position = 3",
             4);
  expect_bad("UPDATE audit_log SET position = -6 WHERE position = 6; "
             "UPDATE audit_log SET position = 6 WHERE position = 7; "
             "UPDATE audit_log SET position = 7 WHERE position = -6",
             6);
  expect_bad("DELETE FROM audit_log WHERE position = 13", 13);  // cut off at the end
}

INSTANTIATE_TEST_SUITE_P(Hashes, AuditTamperTest,
                         ::testing::Values(HashAlgorithm::kSha256, HashAlgorithm::kSm3),
                         [](const auto& param_info) { return ToString(param_info.param); });

TEST_F(PlatformTest, AuditExportsAsJsonLines) {
  PublishOne(PoliceEntry());
  const std::string jsonl = p_->ExportAudit("auditor");
  size_t lines = 0;
  for (char c : jsonl) lines += c == '\n';
  EXPECT_EQ(static_cast<std::int64_t>(lines), AuditCount());
  EXPECT_NE(jsonl.find("\"action\":\"catalog.publish\""), std::string::npos);
  EXPECT_THROW(p_->ExportAudit("police.leader"), PermissionDeniedError);
}

// Moving a city between backends: the whole platform, copied into an empty
// database, is the same platform — every table, the same audit chain — and
// the copy is refused into a database that holds a platform. On the pg. run
// the source is PostgreSQL and the copies go to SQLite and back.
TEST(PlatformFileTest, CopyMovesTheWholePlatformAndTheAuditChainVerifiesOnBothSides) {
  const std::string source_path = TempPath("copy-source");
  auto p = Platform::Open(Options(source_path));
  SeedCity(*p);
  const auto [entry_id, authorization_id] = testing::PublishAndGrantToCivil(*p);
  const EntryRecord r = p->catalog().GetEntry("auditor", entry_id);
  AccessRequest ask;
  ask.user_id = "civil.op";
  ask.entry_id = r.id;
  ask.items = {"姓名", "公民身份号码"};
  ask.purpose = "低保审批 2026-0917";
  for (int i = 0; i < 5; ++i) ASSERT_TRUE(p->access().Decide(ask).allowed);
  EXPECT_THROW(p->CopyTo("police.op", Options(TempPath("copy-refused"))), PermissionDeniedError);

  // Out to a SQLite file (from PostgreSQL on the pg. run), and back into the
  // test's own kind of store.
  auto file_options = [](const std::string& path) {
    PlatformOptions o;
    o.path = path;
    o.simulated_time = LocalDateTime::FromIso("2026-09-01T09:00:00+08:00");
    return o;
  };
  const PlatformOptions file = file_options(TempPath("copy-file"));
  const CopyReport out = p->CopyTo("admin", file);
  EXPECT_TRUE(out.verified()) << out.target.problem;
  EXPECT_EQ(out.tables.size(), 28u);
  auto rows = [](const CopyReport& c, const std::string& table) {
    for (const auto& t : c.tables)
      if (t.table == table) return t.rows;
    return std::int64_t{-1};
  };
  EXPECT_EQ(rows(out, "departments"), 5);
  EXPECT_EQ(rows(out, "authorizations"), 1);
  EXPECT_EQ(rows(out, "usage_log"), 5);  // every decision
  EXPECT_EQ(rows(out, "audit_log"), out.source.records);
  EXPECT_EQ(out.source_head, out.target_head);
  EXPECT_EQ(p->AuditTrail("auditor", 0, -1).back().action, "platform.copy");
  {
    auto copy = Platform::Open(file);
    EXPECT_EQ(copy->catalog().GetEntry("auditor", r.id).code, r.code);
    EXPECT_EQ(copy->sharing().GetAuthorization("auditor", authorization_id).status, AuthorizationStatus::kActive);
    EXPECT_TRUE(copy->access().Decide(ask).allowed);  // the copy serves the same grant
    EXPECT_EQ(copy->Departments().size(), 5u);
    // New rows continue after the copied ids.
    EntryRecord more = copy->catalog().CreateDraft("police.op", PoliceEntry());
    EXPECT_GT(more.id, r.id);
    // Into a database that holds a platform: refused, and nothing written.
    const auto before = copy->VerifyAudit("auditor").records;
    copy->Close();
    try {
      p->CopyTo("admin", file);
      FAIL() << "a copy into a platform was not refused";
    } catch (const InvalidArgumentError& err) {
      EXPECT_NE(std::string(err.what()).find("holds a platform already"), std::string::npos) << err.what();
    }
    EXPECT_EQ(Platform::Open(file)->VerifyAudit("auditor").records, before);
    EXPECT_EQ(p->AuditTrail("auditor", 0, -1).size(), static_cast<std::size_t>(out.source.records));
  }
  auto from_file = Platform::Open(file);
  const CopyReport back = from_file->CopyTo("admin", Options(TempPath("copy-back")));
  EXPECT_TRUE(back.verified()) << back.target.problem;
  EXPECT_EQ(back.target.records, out.target.records + 2);  // the draft, this copy
  EXPECT_THROW(p->CopyTo("admin", file_options(":memory:")), InvalidArgumentError);
}

// A writer killed mid-work leaves a consistent file whose audit verifies.
TEST(PlatformFileTest, KilledWriterLeavesAConsistentFile) {
  const std::string path = TempPath("killed");
  {
    auto p = Platform::Open(Options(path));
    SeedCity(*p);
  }
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    auto p = Platform::Open(Options(path));
    for (;;) {
      EntryRecord r = p->catalog().CreateDraft("police.op", PoliceEntry());
      p->catalog().Submit("police.op", r.id, r.row_version);
    }
  }
  usleep(400 * 1000);
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  auto p = Platform::Open(Options(path));
  const AuditVerification v = p->VerifyAudit("auditor");
  EXPECT_TRUE(v.intact) << v.problem;
  // Every entry the dead writer committed is whole: submitted, with its audit records.
  const auto entries = p->catalog().Entries("auditor", kPolice);
  EXPECT_GT(entries.size(), 0u);
  for (const auto& e : entries) EXPECT_TRUE(e.working.has_value());
  EXPECT_GE(v.records, 13 + static_cast<std::int64_t>(entries.size()));
}

// The 如皋市 county platform signing with `key` (handed over in an environment
// variable), its entry 如皋市企业投资项目备案信息 published (into `published`).
std::shared_ptr<Platform> SigningCounty(const SigningKey& key, EntryRecord& published) {
  ::setenv("GOVSHARE_TEST_COUNTY_KEY", key.private_key_pem.c_str(), 1);
  PlatformOptions o = Options(":memory:");
  o.signing_key_env = "GOVSHARE_TEST_COUNTY_KEY";
  auto county = Platform::Open(o);
  SeedCity(*county);
  CatalogEntry e = testing::ValidUnconditionalEntry();
  e.code.clear();
  e.provider = {kRugaoPlatform, "如皋市大数据管理局"};
  e.name = "如皋市企业投资项目备案信息";
  EntryRecord r = county->catalog().CreateDraft("rugao.admin", e);
  r = county->catalog().Submit("rugao.admin", r.id, r.row_version);
  r = county->catalog().Approve("reviewer", r.id, r.row_version);
  published = county->catalog().Publish("rugao.admin", r.id, r.row_version);
  return county;
}

// A6: a county platform exports its catalog signed with its key; the city,
// which registered that key, imports it idempotently.
TEST(FederationTest, CountyBundleImportsWithProvenanceIdempotently) {
  auto unkeyed = Platform::Open(Options(":memory:"));
  SeedCity(*unkeyed);
  EXPECT_THROW(unkeyed->catalog().ExportFederationBundle("rugao.admin"), InvalidTransitionError);
  const SigningKey county_key = GenerateSigningKey();
  EntryRecord r;
  auto county = SigningCounty(county_key, r);
  EXPECT_THROW(county->catalog().ExportFederationBundle("police.admin"), PermissionDeniedError);
  const std::string bundle = county->catalog().ExportFederationBundle("rugao.admin");
  EXPECT_NE(bundle.find("\"format\": \"govshare-federation-2\""), std::string::npos);
  EXPECT_NE(bundle.find("\"key_id\": \"" + county_key.key_id + "\""), std::string::npos);

  auto city = Platform::Open(Options(":memory:"));
  city->Initialize({kBureau, "南通市大数据管理局", DepartmentLevel::kBureau, ""},
                   {"admin", "王局", kBureau, {Role::kBureauAdmin}, true});
  city->AddDepartment("admin", {kRugaoPlatform, "如皋市大数据管理局", DepartmentLevel::kCountyPlatform, ""});
  // Not yet registered: refused, nothing changed.
  const std::int64_t before = city->VerifyAudit("admin").records;
  try {
    city->catalog().ImportFederationBundle("admin", bundle);
    ADD_FAILURE() << "imported a bundle of an unregistered key";
  } catch (const InvalidArgumentError& x) {
    EXPECT_NE(std::string(x.what()).find("not registered"), std::string::npos) << x.what();
  }
  EXPECT_EQ(city->VerifyAudit("admin").records, before);
  EXPECT_TRUE(city->catalog().Entries("admin", kRugaoPlatform).empty());
  EXPECT_THROW(city->RegisterCountyKey("admin", kBureau, county_key.public_key_pem), InvalidArgumentError);
  EXPECT_THROW(city->RegisterCountyKey("admin", kRugaoPlatform, county_key.private_key_pem), InvalidArgumentError);
  const CountyKey registered = city->RegisterCountyKey("admin", kRugaoPlatform, county_key.public_key_pem);
  EXPECT_EQ(registered.key_id, county_key.key_id);
  EXPECT_EQ(registered.registered_by, "admin");
  EXPECT_THROW(city->RegisterCountyKey("admin", kRugaoPlatform, county_key.public_key_pem), InvalidArgumentError);
  ASSERT_EQ(city->CountyKeys("admin").size(), 1u);
  EXPECT_EQ(city->AuditTrail("admin", 0, -1).back().action, "federation.key_registered");

  FederationReport report = city->catalog().ImportFederationBundle("admin", bundle);
  EXPECT_EQ(report.source_platform, kRugaoPlatform);
  EXPECT_EQ(report.added, 1);
  EXPECT_EQ(report.signing_key, county_key.key_id);
  EXPECT_EQ(report.changed_codes, (std::vector<std::string>{r.code}));
  const AuditRecord imported = city->AuditTrail("admin", 0, -1).back();
  EXPECT_EQ(imported.action, "federation.import");
  EXPECT_NE(imported.reason.find("signed by key " + county_key.key_id), std::string::npos) << imported.reason;
  report = city->catalog().ImportFederationBundle("admin", bundle);
  EXPECT_EQ(report.added, 0);
  EXPECT_EQ(report.unchanged, 1);
  EXPECT_TRUE(city->FindDepartment(kRugaoPlatform).has_value());

  // The county revises and publishes: a re-import updates the entry.
  CatalogEntry v2 = *r.live;
  v2.summary += "（2026年修订）";
  r = county->catalog().EditDraft("rugao.admin", r.id, r.row_version, v2);
  r = county->catalog().Submit("rugao.admin", r.id, r.row_version);
  r = county->catalog().Approve("reviewer", r.id, r.row_version);
  county->catalog().Publish("rugao.admin", r.id, r.row_version);
  county->AdvanceTime(3600);
  report = city->catalog().ImportFederationBundle("admin", county->catalog().ExportFederationBundle("rugao.admin"));
  EXPECT_EQ(report.updated, 1);
  // The first bundle replayed would revert the entry: refused.
  try {
    city->catalog().ImportFederationBundle("admin", bundle);
    ADD_FAILURE() << "an old bundle was replayed";
  } catch (const InvalidArgumentError& x) {
    EXPECT_NE(std::string(x.what()).find("an old bundle replayed is refused"), std::string::npos) << x.what();
  }
  const auto entries = city->catalog().Entries("admin", kRugaoPlatform);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].live_version, 2);
  EXPECT_EQ(entries[0].live->summary, v2.summary);
  EXPECT_THROW(city->catalog().ImportFederationBundle("admin", "not json"), ParseError);
  EXPECT_TRUE(city->VerifyAudit("admin").intact);
}

// A bundle altered, re-digested, stripped of its signature, of the old
// unsigned format, or signed by another key: each refused by name, nothing changed.
TEST(FederationTest, ForgedAlteredUnsignedAndWronglySignedBundlesAreRefused) {
  const SigningKey county_key = GenerateSigningKey(SignatureAlgorithm::kSm2);
  const SigningKey forger_key = GenerateSigningKey();
  auto export_with = [](const SigningKey& key) {
    EntryRecord published;
    return SigningCounty(key, published)->catalog().ExportFederationBundle("rugao.admin");
  };
  const std::string genuine = export_with(county_key);
  const std::string forged = export_with(forger_key);
  auto city = Platform::Open(Options(":memory:"));
  SeedCity(*city);
  city->RegisterCountyKey("admin", kRugaoPlatform, county_key.public_key_pem);
  const std::int64_t records = city->VerifyAudit("admin").records;
  auto refused = [&](const std::string& bundle, const std::string& words) {
    try {
      city->catalog().ImportFederationBundle("admin", bundle);
      ADD_FAILURE() << words;
    } catch (const InvalidArgumentError& e) {
      EXPECT_NE(std::string(e.what()).find(words), std::string::npos) << e.what();
    }
    EXPECT_EQ(city->VerifyAudit("admin").records, records) << "a refused import changed nothing: " << words;
    EXPECT_TRUE(city->catalog().Entries("admin", kRugaoPlatform).empty()) << words;
  };
  // The attacker recomputes the digest (anyone can): the signature is what stops them.
  auto redigest = [](nlohmann::ordered_json b) {
    nlohmann::ordered_json body = b;
    body.erase("digest");
    body.erase("signature");
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    const std::string text = body.dump();
    EVP_Digest(text.data(), text.size(), md, &n, EVP_sha256(), nullptr);
    std::string hex;
    for (unsigned int i = 0; i < n; ++i) hex += "0123456789abcdef"[md[i] >> 4], hex += "0123456789abcdef"[md[i] & 15];
    b["digest"] = "sha256:" + hex;
    return b.dump(2);
  };
  nlohmann::ordered_json altered = nlohmann::ordered_json::parse(genuine);
  altered["entries"][0]["name"] = "如皋市企业投资项目备案信息（伪造）";
  refused(redigest(altered), "does not verify");
  std::string edited = genuine;
  edited.replace(edited.find("如皋市企业投资项目备案信息"), 3, "X");
  refused(edited, "digest does not match");
  nlohmann::ordered_json unsigned_bundle = nlohmann::ordered_json::parse(genuine);
  unsigned_bundle.erase("signature");
  refused(redigest(unsigned_bundle), "unsigned");
  nlohmann::ordered_json old_format = nlohmann::ordered_json::parse(genuine);
  old_format["format"] = "govshare-federation-1";
  refused(old_format.dump(2), "unsigned and refused");
  refused(forged, "not registered for that county platform");
  // A compromised county (it holds its own key) speaks for its own departments only.
  const SigningKey own_key = GenerateSigningKey();
  city->RegisterCountyKey("admin", kRugaoPlatform, own_key.public_key_pem);
  auto resign = [&](nlohmann::ordered_json b) {
    const std::string digested = redigest(b);
    b = nlohmann::ordered_json::parse(digested);
    nlohmann::ordered_json body = b;
    body.erase("digest");
    body.erase("signature");
    const std::string text = body.dump();
    BIO* bio = BIO_new_mem_buf(own_key.private_key_pem.data(), static_cast<int>(own_key.private_key_pem.size()));
    EVP_PKEY* pkey = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    unsigned char sig[64];
    std::size_t n = sizeof sig;
    EXPECT_EQ(EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, pkey), 1);
    EXPECT_EQ(EVP_DigestSign(ctx, sig, &n, reinterpret_cast<const unsigned char*>(text.data()), text.size()), 1);
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(pkey);
    BIO_free(bio);
    std::string hex;
    for (std::size_t i = 0; i < n; ++i) hex += "0123456789abcdef"[sig[i] >> 4], hex += "0123456789abcdef"[sig[i] & 15];
    b["signature"] = {{"algorithm", "ed25519"}, {"key_id", own_key.key_id}, {"value", hex}};
    return b.dump(2);
  };
  nlohmann::ordered_json planted = nlohmann::ordered_json::parse(genuine);
  EXPECT_EQ(city->catalog().ImportFederationBundle("admin", resign(planted)).signing_key, own_key.key_id)
      << "the county's own bundle, signed with its key";
  const std::int64_t after_own = city->VerifyAudit("admin").records;
  planted["entries"][0]["provider"]["code"] = kPolice;
  planted["entries"][0]["provider"]["name"] = "南通市公安局";
  try {
    city->catalog().ImportFederationBundle("admin", resign(planted));
    ADD_FAILURE() << "a county planted an entry in the police's name";
  } catch (const InvalidArgumentError& e) {
    EXPECT_NE(std::string(e.what()).find("names provider " + std::string(kPolice)), std::string::npos) << e.what();
  }
  nlohmann::ordered_json annexed = nlohmann::ordered_json::parse(genuine);
  annexed["departments"].push_back({{"code", kCivil}, {"name", "南通市民政局"}, {"level", "municipal"},
                                    {"parent_code", ""}});
  try {
    city->catalog().ImportFederationBundle("admin", resign(annexed));
    ADD_FAILURE() << "a county brought a city department";
  } catch (const InvalidArgumentError& e) {
    EXPECT_NE(std::string(e.what()).find("is not the county platform or one of its departments"), std::string::npos)
        << e.what();
  }
  EXPECT_EQ(city->VerifyAudit("admin").records, after_own);
  city->RemoveCountyKey("admin", kRugaoPlatform, own_key.key_id, "测试结束");
  // A key the county once had, removed after it leaked: refused from then on.
  EXPECT_THROW(city->RemoveCountyKey("admin", kRugaoPlatform, county_key.key_id, ""), InvalidArgumentError);
  EXPECT_THROW(city->RemoveCountyKey("police.admin", kRugaoPlatform, county_key.key_id, "泄露"), PermissionDeniedError);
  EXPECT_EQ(city->catalog().ImportFederationBundle("admin", genuine).unchanged, 1);
  city->RemoveCountyKey("admin", kRugaoPlatform, county_key.key_id, "如皋市签名密钥泄露");
  EXPECT_THROW(city->RemoveCountyKey("admin", kRugaoPlatform, county_key.key_id, "again"), NotFoundError);
  EXPECT_THROW(city->catalog().ImportFederationBundle("admin", genuine), InvalidArgumentError);
  EXPECT_TRUE(city->CountyKeys("auditor").empty());
}

TEST(PlatformFileTest, NormalDurabilityWorks) {
  PlatformOptions o = Options(TempPath("normal"));
  o.durability = Durability::kNormal;
  auto p = Platform::Open(o);
  SeedCity(*p);
  EXPECT_TRUE(p->VerifyAudit("auditor").intact);
}

// docs/architecture.md: the domain facades share the handle's state; one
// kept after the handle is gone is closed with it, never a dangling pointer.
TEST(PlatformFacadesTest, ShareTheHandleAndCloseWithIt) {
  auto p = Platform::Open(Options(":memory:"));
  const SharingService sharing = p->sharing();
  EXPECT_EQ(sharing.Policy(), p->sharing().Policy());
  p.reset();  // the last handle: closes the database
  EXPECT_THROW(sharing.Policy(), StorageError);
}

}  // namespace
}  // namespace govshare
