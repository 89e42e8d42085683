// The catalog lifecycle (A7, A10, A11, A16): a department drafts and
// submits, the bureau reviews (coding the entry on first approval, A7), the
// department publishes; a published entry is withdrawn only with the
// bureau's approval after notice (A16), and kept. The transitions are the
// tables of catalog/rules.h. An approved revision fulfils the department's
// open law-revision and function-change obligations (A11,
// catalog_rules::RevisionFulfils); a rejection opens the revision step that
// A31 (2) judges (periods::CatalogRevision).
#include <nlohmann/json.hpp>

#include "catalog/rules.h"
#include "platform/operation.h"
#include "sharing/cases.h"
#include "sharing/rules.h"

namespace govshare {
namespace {

using catalog_rules::EntryEvent;
using catalog_rules::EntryMachine;
using catalog_rules::VersionEvent;
using catalog_rules::VersionMachine;

std::string RejectionJson(const std::vector<ReviewFinding>& reasons) {
  nlohmann::ordered_json a = nlohmann::ordered_json::array();
  for (const auto& r : reasons) a.push_back({{"path", r.path}, {"reason", r.reason}});
  return a.dump();
}

std::vector<ReviewFinding> RejectionFromJson(const std::string& text) {
  std::vector<ReviewFinding> out;
  const auto a = nlohmann::json::parse(text.empty() ? "[]" : text);
  for (const auto& r : a) out.push_back({r.at("path").get<std::string>(), r.at("reason").get<std::string>()});
  return out;
}

// Moves the entry by `event` (EntryMachine): the invalid-transition error
// otherwise.
void MoveEntry(EntryRow& e, EntryEvent event) {
  e.status = EntryMachine().Next(e.status, event, e.id);
}

// The working version moved by `event` (VersionMachine); the
// invalid-transition error when there is none (`none`) or it is in a state
// the event does not start from.
// `stored` (when given) receives the row as stored, before the move (what a
// digest of the entry's state before the change reads).
VersionRow MoveWorkingVersion(PlatformCore& core, const EntryRow& e, VersionEvent event, const char* none,
                              VersionRow* stored = nullptr) {
  if (!e.working_version) throw InvalidTransitionError("entry " + std::to_string(e.id) + " " + none);
  VersionRow v = core.LoadVersion(e, *e.working_version);
  if (stored) *stored = v;
  v.status = VersionMachine().Next(v.status, event,
                                   "entry " + std::to_string(e.id) + " version " + std::to_string(v.number));
  return v;
}

// An operation on one entry loaded for change at `row_version`: the
// permission is `action`, scoped to the provider when `own_department`.
template <typename Fn>
EntryRecord ChangeEntry(PlatformCore& core, const std::string& actor, std::int64_t id, std::int64_t row_version,
                        Action action, bool own_department, Fn fn) {
  std::optional<EntryRow> e;
  return RunWrite(core, actor, OnEntry(core, id, action, own_department, e), [&](Operation& op) {
        PlatformCore::CheckRowVersion(*e, row_version);
        return fn(op, *e);
      });
}

// A16: the using departments of entry `e` — its subscribers and the holders
// of an active or suspended authorization on it (sharing_rules::UsingDepartments).
std::vector<std::string> UsingDepartments(PlatformCore& core, const EntryRow& e) {
  return sharing_rules::UsingDepartments(core.S().Subscribers(e.id), Sharing(core).OnEntry(e.id),
                                         core.BureauDepartments());
}

// A16: a revision of a published entry (`content`) may not take away what a
// using department holds; the refusal names the field and the route.
void RequireNothingTakenAway(PlatformCore& core, const EntryRow& e, const CatalogEntry& content) {
  if (!e.live_version) return;  // a first publication takes nothing from anyone
  sharing_rules::RequireNothingTakenAway(content, e.code.empty() ? std::to_string(e.id) : e.code,
                                         Sharing(core).OnEntry(e.id));
}

// Whether the actor reads another department's unpublished work: its own
// department, the bureau, auditors.
bool SeesDrafts(const Operation& op, const std::string& provider) {
  return op.user().department_code == provider || PlatformCore::SeesAllCases(op.actor());
}

}  // namespace

EntryRecord CatalogService::CreateDraft(const std::string& actor, const CatalogEntry& entry) {
  PlatformCore& core = *impl_;
  return RunWrite(core, actor, Permission{Action::kEditCatalog, "", "entry:new"}, [&](Operation& op) {
    auto [content, json] = core.Normalize(entry, op.user(), op.department(), "");
    EntryRow e;
    e.provider_code = op.department().code;
    e.status = EntryStatus::kUnpublished;
    e.row_version = 1;
    e.working_version = 1;
    e.id = core.S().InsertEntry(e);
    VersionRow v;
    v.entry_id = e.id;
    v.number = 1;
    v.status = VersionStatus::kDraft;
    core.SetContent(v, json);
    v.created_by = actor;
    v.created_at = core.NowSeconds();
    core.S().InsertVersion(v);
    op.Audit("catalog.create", ObjectOfEntry(e.id), "", core.EntryDigest(e, &v), "");
    return core.Record(e, true, std::move(content), &v);
  });
}

std::vector<Finding> CatalogService::ValidateDraft(const std::string& actor, const CatalogEntry& entry) const {
  PlatformCore& core = *impl_;
  return RunRead(core, actor, Permission{Action::kEditCatalog, "", "entry:new"}, [&](Operation& op) {
    return Validate(core.Normalize(entry, op.user(), op.department(), "").first);
  });
}

EntryRecord CatalogService::EditDraft(const std::string& actor, std::int64_t entry_id, std::int64_t row_version,
                                const CatalogEntry& entry) {
  PlatformCore& core = *impl_;
  return ChangeEntry(core, actor, entry_id, row_version, Action::kEditCatalog, true, [&](Operation& op, EntryRow& e) {
    MoveEntry(e, EntryEvent::kEdit);
    auto [content, json] = core.Normalize(entry, op.user(), op.department(), e.code);
    VersionRow v;
    std::string before;
    if (e.working_version) {
      VersionRow stored;
      v = MoveWorkingVersion(core, e, VersionEvent::kEdit, "has no working version", &stored);
      before = core.EntryDigest(e, &stored);  // the version as stored, read once
    } else {
      // A revision of a published entry: the live version stays live.
      before = core.EntryDigest(e);
      const auto versions = core.S().ListVersions(e.id);
      v.entry_id = e.id;
      v.number = versions.empty() ? 1 : versions.back().number + 1;
      v.status = VersionStatus::kDraft;
    }
    core.SetContent(v, json);
    v.created_by = actor;
    v.created_at = core.NowSeconds();
    if (e.working_version) {
      core.S().UpdateVersion(v);
    } else {
      core.S().InsertVersion(v);
      e.working_version = v.number;
    }
    core.Store(e, row_version);
    op.Audit("catalog.edit", ObjectOfEntry(e.id), before, core.EntryDigest(e, &v), "");
    return core.Record(e, true, std::move(content), &v);
  });
}

EntryRecord CatalogService::Submit(const std::string& actor, std::int64_t entry_id, std::int64_t row_version) {
  PlatformCore& core = *impl_;
  return ChangeEntry(core, actor, entry_id, row_version, Action::kSubmitCatalog, true, [&](Operation& op, EntryRow& e) {
    VersionRow stored;
    VersionRow v = MoveWorkingVersion(core, e, VersionEvent::kSubmit, "has no draft to submit", &stored);
    const CatalogEntry submitted = EntryFromJson(v.content);
    catalog_rules::RequireSubmittable(submitted, entry_id);
    RequireNothingTakenAway(core, e, submitted);  // A16: refused before the bureau reviews it
    const std::string before = core.EntryDigest(e, &stored);
    const std::int64_t now = core.NowSeconds();
    v.submitted_at = now;
    core.S().UpdateVersion(v);
    core.Store(e, row_version);
    // A31 (2): a rejected version submitted again closes its revision step.
    // (A11 obligations wait for the bureau's approval: Approve.)
    Sharing sh(core);
    sh.CompleteStep(ObjectOfEntry(e.id), StepKind::kCatalogRevision, actor, "resubmitted");
    // N17 政务数据共享主管部门应当自收到更新后的政务数据目录之日起2个工作日内完成审核并
    // 发布: an update of a published entry, submitted from 2025-08-01.
    if (e.live_version && HasRule(core.Rules(), Duty::kCatalogReview, core.Now().date)) {
      const periods::StatutoryPeriod review = core.Period(Duty::kCatalogReview, now);
      const Deadline due = sh.OpenStep(StepKind::kCatalogReview, ObjectOfEntry(e.id), sh.Bureau(), now, review);
      op.Notify(NoticeKind::kReviewResult, sh.Bureau(), e.id,
                "更新后的目录待审核：" + submitted.name + "（" + e.code + "），请于 " + due.due.date.ToIso() +
                    " 前完成审核 (" + review.article + ")");
    }
    op.Audit("catalog.submit", ObjectOfEntry(e.id), before, core.EntryDigest(e), "");
    return core.Record(e, true);
  });
}

EntryRecord CatalogService::Approve(const std::string& actor, std::int64_t entry_id, std::int64_t row_version) {
  PlatformCore& core = *impl_;
  return ChangeEntry(core, actor, entry_id, row_version, Action::kReviewCatalog, false, [&](Operation& op, EntryRow& e) {
    VersionRow v = MoveWorkingVersion(core, e, VersionEvent::kApprove, "has nothing to review");
    const std::string before = core.EntryDigest(e);
    CatalogEntry content = EntryFromJson(v.content);
    if (e.code.empty()) {
      // A7: the bureau codes the entry on its first approval.
      // Only the codes of its classification (an index range, not a scan).
      e.code = NextCatalogCode(core.S().CodesWithPrefix(ClassificationCode(content.classification) + "/"),
                               content.classification);
    }
    content.code = e.code;
    core.SetContent(v, EntryToJson(content, -1));
    v.reviewed_at = core.NowSeconds();
    v.reviewed_by = actor;
    v.rejection = "[]";
    core.S().UpdateVersion(v);
    core.Store(e, row_version);
    // A11: the approved revision fulfils the department's open law-revision
    // and function-change obligations opened before it was submitted — as of
    // its submission (the department's act; the review is the bureau's).
    const std::int64_t submitted = v.submitted_at.value_or(*v.reviewed_at);
    for (ObligationRow o : core.S().ListObligations(e.provider_code)) {
      if (!catalog_rules::RevisionFulfils(o.kind, o.fulfilled_at.has_value(), o.created_at, submitted)) continue;
      o.fulfilled_at = submitted;
      o.fulfilled_by_entry = e.id;
      o.fulfilled_by_version = v.number;
      core.S().UpdateObligation(o);
      op.Audit("obligation.fulfil", "obligation:" + std::to_string(o.id), "",
               core.DigestOf(std::to_string(e.id) + "|" + std::to_string(v.number)),
               ObjectOfEntry(e.id) + " version " + std::to_string(v.number));
    }
    Sharing(core).CompleteStep(ObjectOfEntry(e.id), StepKind::kCatalogReview, actor, "approved");  // N17
    op.Notify(NoticeKind::kReviewResult, e.provider_code, e.id,
              "目录审核通过：" + content.name + "（" + e.code + "），请及时发布 (A10)");
    op.Audit("catalog.approve", ObjectOfEntry(e.id), before, core.EntryDigest(e), "");
    return core.Record(e, true);
  });
}

EntryRecord CatalogService::Reject(const std::string& actor, std::int64_t entry_id, std::int64_t row_version,
                             const std::vector<ReviewFinding>& reasons) {
  if (reasons.empty()) throw InvalidArgumentError("reasons: a rejection states at least one reason (A10)");
  for (size_t i = 0; i < reasons.size(); ++i) {
    RequireText(reasons[i].reason, "reasons[" + std::to_string(i) + "].reason", "A10");
    if (!internal::IsValidUtf8(reasons[i].path)) {
      throw InvalidArgumentError("reasons[" + std::to_string(i) + "].path is not valid UTF-8");
    }
  }
  PlatformCore& core = *impl_;
  return ChangeEntry(core, actor, entry_id, row_version, Action::kReviewCatalog, false, [&](Operation& op, EntryRow& e) {
    VersionRow v = MoveWorkingVersion(core, e, VersionEvent::kReject, "has nothing to review");
    const std::string before = core.EntryDigest(e);
    v.reviewed_at = core.NowSeconds();
    v.reviewed_by = actor;
    v.rejection = RejectionJson(reasons);
    core.S().UpdateVersion(v);
    core.Store(e, row_version);
    // A31 (2) 对不符合要求的内容是否及时进行修改完善: the department owes a revision
    // within the platform's policy days (SharingPolicy::unrevised_rejection_days).
    Sharing sh(core);
    sh.CompleteStep(ObjectOfEntry(e.id), StepKind::kCatalogReview, actor, "rejected");  // N17: reviewed
    const Deadline due = sh.OpenStep(StepKind::kCatalogRevision, ObjectOfEntry(e.id), e.provider_code, *v.reviewed_at,
                                     core.Period(Duty::kCatalogRevision, *v.reviewed_at));
    std::string message = "目录审核未通过：" + EntryFromJson(v.content).name + "，请于 " + due.due.date.ToIso() +
                          " 前修改后重新提交 (A10, A31)";
    std::string reason_text;
    for (const auto& r : reasons) {
      message += "\n" + (r.path.empty() ? "" : r.path + ": ") + r.reason;
      reason_text += (reason_text.empty() ? "" : "; ") + r.reason;
    }
    op.Notify(NoticeKind::kReviewResult, e.provider_code, e.id, message);
    op.Audit("catalog.reject", ObjectOfEntry(e.id), before, core.EntryDigest(e), reason_text);
    return core.Record(e, true);
  });
}

EntryRecord CatalogService::Publish(const std::string& actor, std::int64_t entry_id, std::int64_t row_version) {
  PlatformCore& core = *impl_;
  return ChangeEntry(core, actor, entry_id, row_version, Action::kPublishCatalog, true, [&](Operation& op, EntryRow& e) {
    const std::string before = core.EntryDigest(e);
    MoveEntry(e, EntryEvent::kPublish);
    VersionRow v = MoveWorkingVersion(core, e, VersionEvent::kPublish, "has no approved version");
    const std::int64_t now = core.NowSeconds();
    if (e.live_version) {
      VersionRow old = core.LoadVersion(e, *e.live_version);
      old.status = VersionMachine().Next(old.status, VersionEvent::kSupersede, "the live version");
      core.S().UpdateVersion(old);
    }
    CatalogEntry content = EntryFromJson(v.content);
    // A16, checked again: an authorization granted since the submission counts.
    RequireNothingTakenAway(core, e, content);
    content.publish_date = core.Now().date;
    core.SetContent(v, EntryToJson(content, -1));
    v.published_at = now;
    core.S().UpdateVersion(v);
    e.live_version = v.number;
    e.working_version.reset();
    core.Store(e, row_version);
    IndexForSearch(core, e.id, e.code, e.provider_code, content);
    op.Audit("catalog.publish", ObjectOfEntry(e.id), before, core.EntryDigest(e), "");
    return core.Record(e, true);
  });
}

EntryRecord CatalogService::RequestWithdrawal(const std::string& actor, std::int64_t entry_id, std::int64_t row_version,
                                        const std::string& reason) {
  RequireText(reason, "reason", "A16: a withdrawal states why");
  PlatformCore& core = *impl_;
  return ChangeEntry(core, actor, entry_id, row_version, Action::kRequestWithdrawal, true,
                     [&](Operation& op, EntryRow& e) {
                       const std::string before = core.EntryDigest(e);
                       MoveEntry(e, EntryEvent::kRequestWithdrawal);
                       e.withdrawal_reason = reason;
                       core.Store(e, row_version);
                       const std::string name = EntryFromJson(core.LoadVersion(e, *e.live_version).content).name;
                       const std::string message =
                           "资源拟撤销发布：" + name + "（" + e.code + "），理由：" + reason + " (A16)";
                       // A16: tell every using department (subscribers and holders of an
                       // active or suspended authorization) and the bureau in advance.
                       for (const auto& d : UsingDepartments(core, e)) {
                         op.Notify(NoticeKind::kWithdrawalNotice, d, e.id, message);
                       }
                       for (const auto& d : core.BureauDepartments()) {
                         op.Notify(NoticeKind::kWithdrawalNotice, d, e.id, message);
                       }
                       op.Audit("catalog.request_withdrawal", ObjectOfEntry(e.id), before, core.EntryDigest(e), reason);
                       return core.Record(e, true);
                     });
}

EntryRecord CatalogService::DecideWithdrawal(const std::string& actor, std::int64_t entry_id, std::int64_t row_version,
                                       bool approve, const std::string& reason) {
  RequireText(reason, "reason", "A16: the bureau's decision states why");
  PlatformCore& core = *impl_;
  return ChangeEntry(core, actor, entry_id, row_version, Action::kDecideWithdrawal, false,
                     [&](Operation& op, EntryRow& e) {
                       const std::string before = core.EntryDigest(e);
                       MoveEntry(e, approve ? EntryEvent::kApproveWithdrawal : EntryEvent::kRefuseWithdrawal);
                       if (!approve) e.withdrawal_reason.clear();
                       core.Store(e, row_version);
                       if (approve) RemoveFromSearch(core, e.id);
                       const std::string name = EntryFromJson(core.LoadVersion(e, *e.live_version).content).name;
                       const std::string message = std::string(approve ? "撤销发布已同意：" : "撤销发布未同意：") +
                                                   name + "（" + e.code + "），" + reason + " (A16)";
                       op.Notify(NoticeKind::kWithdrawalDecision, e.provider_code, e.id, message);
                       if (approve) {
                         for (const auto& d : UsingDepartments(core, e)) {
                           op.Notify(NoticeKind::kWithdrawalDecision, d, e.id, message);
                         }
                       }
                       op.Audit(approve ? "catalog.withdraw" : "catalog.refuse_withdrawal", ObjectOfEntry(e.id),
                                before, core.EntryDigest(e), reason);
                       return core.Record(e, true);
                     });
}

void CatalogService::Subscribe(const std::string& actor, std::int64_t entry_id) {
  PlatformCore& core = *impl_;
  std::optional<EntryRow> e;
  RunWrite(core, actor, OnEntry(core, entry_id, Action::kSubscribe, false, e), [&](Operation& op) {
        EntryMachine().Next(e->status, EntryEvent::kSubscribe, e->id);
        if (e->provider_code == op.user().department_code) {
          throw InvalidArgumentError("a department does not subscribe to its own entry");
        }
        core.S().InsertSubscription(e->id, op.user().department_code, core.NowSeconds());
        op.Audit("catalog.subscribe", ObjectOfEntry(e->id), "", core.DigestOf(op.user().department_code), "");
      });
}

EntryRecord CatalogService::GetEntry(const std::string& actor, std::int64_t entry_id) const {
  PlatformCore& core = *impl_;
  std::optional<EntryRow> e;
  // Another department's drafts are its own business until published.
  return RunRead(core, actor, OnEntry(core, entry_id, Action::kReadCatalog, false, e),
                 [&](Operation& op) { return core.Record(*e, SeesDrafts(op, e->provider_code)); });
}

std::vector<EntryRecord> CatalogService::Entries(const std::string& actor, const std::string& provider_code) const {
  PlatformCore& core = *impl_;
  return RunRead(core, actor, Permission{Action::kReadCatalog, "", "entries"}, [&](Operation& op) {
    std::vector<EntryRecord> out;
    for (const auto& e : core.S().ListEntries(provider_code)) {
      const bool own = SeesDrafts(op, e.provider_code);
      if (!own && !e.live_version) continue;  // others see published entries only
      out.push_back(core.Record(e, own));
    }
    return out;
  });
}

std::vector<EntryVersion> CatalogService::History(const std::string& actor, std::int64_t entry_id) const {
  PlatformCore& core = *impl_;
  std::optional<EntryRow> e;
  return RunRead(core, actor, OnEntry(core, entry_id, Action::kReadCatalog, false, e), [&](Operation& op) {
        const bool own = SeesDrafts(op, e->provider_code);
        std::vector<EntryVersion> out;
        for (const auto& v : core.S().ListVersions(e->id)) {
          const bool public_version = v.status == VersionStatus::kPublished || v.status == VersionStatus::kSuperseded;
          if (!own && !public_version) continue;
          EntryVersion ev;
          ev.number = v.number;
          ev.status = v.status;
          ev.entry = EntryFromJson(v.content);
          ev.created_by = v.created_by;
          ev.created_at = LocalDateTime::FromUnixSeconds(v.created_at);
          if (v.submitted_at) ev.submitted_at = LocalDateTime::FromUnixSeconds(*v.submitted_at);
          if (v.reviewed_at) ev.reviewed_at = LocalDateTime::FromUnixSeconds(*v.reviewed_at);
          ev.reviewed_by = v.reviewed_by;
          ev.rejection = RejectionFromJson(v.rejection);
          if (v.published_at) ev.published_at = LocalDateTime::FromUnixSeconds(*v.published_at);
          out.push_back(std::move(ev));
        }
        return out;
      });
}

}  // namespace govshare
