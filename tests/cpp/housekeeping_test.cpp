// Housekeeping (docs/housekeeping.md): one run does what the rules need done
// on a schedule — records expiries (A26), makes known the authorizations
// revocable for non-use (A26) and the steps past their deadline (A19, A31 (7)),
// escalates overdue rectifications (A33), opens the year's census (A11) — and
// a second run changes nothing. A refused run changes nothing.
#include <gtest/gtest.h>

#include <algorithm>

#include "govshare/catalog_service.h"
#include "govshare/error.h"
#include "govshare/housekeeping.h"
#include "govshare/platform.h"
#include "govshare/sharing_service.h"
#include "govshare/supervision_service.h"
#include "test_util.h"

namespace govshare {
namespace {

using testing::kCivil;
using testing::kPolice;

class HousekeepingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    PlatformOptions o;
    o.path = testing::Store(":memory:");
    o.simulated_time = LocalDateTime::FromIso("2026-09-01T09:00:00+08:00");
    p_ = Platform::Open(o);
    testing::SeedCity(*p_);
    CatalogEntry e = testing::ValidConditionalEntry();
    e.code.clear();
    e.share.scope.departments = {kCivil};
    EntryRecord r = p_->catalog().CreateDraft("police.op", e);
    r = p_->catalog().Submit("police.op", r.id, r.row_version);
    r = p_->catalog().Approve("reviewer", r.id, r.row_version);
    entry_ = p_->catalog().Publish("police.leader", r.id, r.row_version).id;
  }

  Application Apply(const Date& until) {
    ApplicationRequest req;
    req.entry_id = entry_;
    req.items = {"姓名"};
    req.purpose = "低保核对";
    req.legal_duty = "《社会救助暂行办法》第十一条";
    req.method = ShareMethod::kApi;
    req.valid_from = Date{2026, 9, 1};
    req.valid_until = until;
    req.scan = {"申请表.pdf", std::string(64, 'a'), 1024};
    Application a = p_->sharing().Apply("civil.op", req);
    return p_->sharing().AcceptApplication("reviewer", a.id, a.row_version);
  }
  std::int64_t Granted(const Date& until) {
    Application a = Apply(until);
    return p_->sharing().GrantApplication("police.leader", a.id, a.row_version, {}).authorization_id;
  }
  std::size_t Trail() const { return p_->AuditTrail("auditor", 1, -1).size(); }
  std::size_t NoticesOf(const std::string& user, NoticeKind kind) const {
    const auto all = p_->Notices(user, false);
    return static_cast<std::size_t>(std::count_if(all.begin(), all.end(), [&](const Notice& n) { return n.kind == kind; }));
  }

  std::shared_ptr<Platform> p_;
  std::int64_t entry_ = 0;
};

TEST_F(HousekeepingTest, OneRunDoesWhatIsDueAndASecondChangesNothing) {
  const std::int64_t short_grant = Granted(Date{2026, 10, 31});  // A26: runs out
  const std::int64_t long_grant = Granted(Date{2027, 6, 30});    // A26: never used
  const Application undecided = Apply(Date{2026, 12, 31});        // A21/N21: the provider's step lapses
  RectificationInput notice;
  notice.department_code = kPolice;
  notice.description = "目录更新不及时";
  notice.working_days = 5;
  const Rectification rect = p_->supervision().IssueRectification("admin", notice);  // A33
  p_->SetTime(LocalDateTime::FromIso("2026-12-10T02:00:00+08:00"));

  const HousekeepingReport r = p_->RunHousekeeping("admin", p_->Now());
  EXPECT_TRUE(r.changed());
  EXPECT_EQ(r.ran_at, p_->Now());
  ASSERT_EQ(r.expired.size(), 1u);
  EXPECT_EQ(r.expired[0].id, short_grant);
  EXPECT_EQ(r.expired[0].status, AuthorizationStatus::kExpired);
  ASSERT_EQ(r.non_use_noticed.size(), 1u);  // unused since 2026-09-01, more than three months
  EXPECT_EQ(r.non_use_noticed[0].id, long_grant);
  ASSERT_EQ(r.escalated.size(), 1u);
  EXPECT_EQ(r.escalated[0].id, rect.id);
  EXPECT_FALSE(r.census_scheduled.empty());  // A11: 2026's census for every department
  const auto overdue = std::find_if(r.overdue_noticed.begin(), r.overdue_noticed.end(), [&](const ProcessStep& s) {
    return s.object == "application:" + std::to_string(undecided.id);
  });
  ASSERT_NE(overdue, r.overdue_noticed.end());
  EXPECT_EQ(overdue->department_code, kPolice);
  EXPECT_TRUE(overdue->overdue);
  // Made known: the provider of the unused grant, the department that must
  // act on the lapsed step and the bureau.
  EXPECT_EQ(NoticesOf("police.op", NoticeKind::kNonUse), 1u);
  EXPECT_GE(NoticesOf("police.op", NoticeKind::kOverdue), 1u);
  EXPECT_GE(NoticesOf("admin", NoticeKind::kOverdue), 1u);
  EXPECT_TRUE(p_->VerifyAudit("auditor").intact);

  // Again, at once and a day later: nothing is due twice.
  const std::size_t trail = Trail();
  const std::size_t notices = p_->Notices("police.op", false).size() + p_->Notices("admin", false).size();
  for (int again = 0; again < 2; ++again) {
    const HousekeepingReport second = p_->RunHousekeeping("admin", p_->Now());
    EXPECT_FALSE(second.changed());
    EXPECT_TRUE(second.expired.empty() && second.non_use_noticed.empty() && second.overdue_noticed.empty() &&
                second.escalated.empty() && second.census_scheduled.empty() && !second.calendar_warned);
    EXPECT_EQ(Trail(), trail);
    EXPECT_EQ(p_->Notices("police.op", false).size() + p_->Notices("admin", false).size(), notices);
    p_->AdvanceTime(24 * 3600);
  }
}

TEST_F(HousekeepingTest, ANewUnusedSpellIsMadeKnownAgain) {
  const std::int64_t z = Granted(Date{2027, 12, 31});
  p_->SetTime(LocalDateTime::FromIso("2026-12-10T02:00:00+08:00"));
  EXPECT_EQ(p_->RunHousekeeping("admin", p_->Now()).non_use_noticed.size(), 1u);
  p_->sharing().RecordUse("civil.op", z);  // used: the spell ends
  EXPECT_TRUE(p_->RunHousekeeping("admin", p_->Now()).non_use_noticed.empty());
  p_->SetTime(LocalDateTime::FromIso("2027-03-20T02:00:00+08:00"));  // three months unused again
  const HousekeepingReport r = p_->RunHousekeeping("admin", p_->Now());
  ASSERT_EQ(r.non_use_noticed.size(), 1u);
  EXPECT_EQ(r.non_use_noticed[0].id, z);
  EXPECT_EQ(NoticesOf("police.op", NoticeKind::kNonUse), 2u);
}

TEST_F(HousekeepingTest, ARefusedRunChangesNothing) {
  Granted(Date{2026, 10, 31});
  p_->SetTime(LocalDateTime::FromIso("2026-12-10T02:00:00+08:00"));
  const std::size_t trail = Trail();
  const std::size_t events = p_->SecurityEvents("auditor").size();
  EXPECT_THROW(p_->RunHousekeeping("civil.op", p_->Now()), PermissionDeniedError);  // bureau administrator only
  EXPECT_THROW(p_->RunHousekeeping("nobody", p_->Now()), PermissionDeniedError);
  EXPECT_EQ(Trail(), trail);
  EXPECT_EQ(p_->SecurityEvents("auditor").size(), events + 2);
  EXPECT_EQ(p_->SecurityEvents("auditor").back().action, Action::kRunHousekeeping);
  // The platform acts on its own clock: a time ahead of it is refused.
  try {
    p_->RunHousekeeping("admin", LocalDateTime::FromIso("2026-12-11T02:00:00+08:00"));
    FAIL() << "a run ahead of the clock was accepted";
  } catch (const InvalidArgumentError& e) {
    EXPECT_NE(std::string(e.what()).find("ahead of the platform's clock"), std::string::npos) << e.what();
  }
  EXPECT_EQ(Trail(), trail);
  // A bureau administrator may.
  EXPECT_EQ(p_->RunHousekeeping("admin", p_->Now()).expired.size(), 1u);
}

}  // namespace
}  // namespace govshare
