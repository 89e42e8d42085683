// Supervision (A31–A33): refresh reports, projects, and rectification
// notices that escalate to a written notice. The inspection of every
// department is inspect.cpp; its rates and scores rates.cpp.
// docs/supervision.md describes them.
#include "govshare/validation.h"
#include "base/enum_names.h"
#include "platform/operation.h"
#include "supervision/rules.h"
#include "sharing/json.h"
#include "supervision/json.h"

namespace govshare {
namespace {

using json = nlohmann::json;
using storage::CaseRow;
using storage::CaseTable;


std::string Obj(const char* kind, std::int64_t id) { return std::string(kind) + ":" + std::to_string(id); }

}  // namespace


// ---- refresh reports and projects ---------------------------------------------------------

void SupervisionService::ReportRefresh(const std::string& actor, std::int64_t entry_id) {
  PlatformCore& core = *impl_;
  std::optional<EntryRow> e;
  RunWrite(core, actor, OnEntry(core, entry_id, Action::kReportRefresh, true, e), [&](Operation& op) {
        if (e->status != EntryStatus::kPublished && e->status != EntryStatus::kWithdrawalRequested) {
          throw InvalidTransitionError("entry " + std::to_string(entry_id) + " is " + ToString(e->status) +
                                       "; only a published resource is refreshed (A31 (5))");
        }
        core.S().InsertRefresh(entry_id, core.NowSeconds(), op.user().id);
        op.Audit("resource.refresh", ObjectOfEntry(entry_id), "", "", "");
      });
}

Project SupervisionService::SaveProject(const std::string& actor, const Project& project) {
  RequireText(project.name, "name", "A32: the project's name");
  if (project.approved_on && !project.approved_on->IsValid()) throw InvalidArgumentError("approved_on is not a date");
  if (project.accepted_on && !project.accepted_on->IsValid()) throw InvalidArgumentError("accepted_on is not a date");
  if (project.accepted_on && !project.approved_on) {
    throw InvalidArgumentError("accepted_on needs approved_on: a project is approved before it is accepted (A32)");
  }
  if (project.accepted_on && *project.accepted_on < *project.approved_on) {
    throw InvalidArgumentError("accepted_on is before approved_on (A32)");
  }
  return RunWrite(*impl_, actor,
                  Permission{Action::kManageProjects, project.department_code, "department:" + project.department_code},
                  [&](Operation& op) {
    if (!impl_->S().FindDepartment(project.department_code)) {
      throw NotFoundError("department_code: department " + project.department_code + " does not exist");
    }
    for (size_t i = 0; i < project.entry_ids.size(); ++i) {
      auto e = impl_->S().FindEntry(project.entry_ids[i]);
      if (!e || e->provider_code != project.department_code) {
        throw InvalidArgumentError("entry_ids[" + std::to_string(i) + "] is not an entry of department " +
                                   project.department_code + " (A32)");
      }
    }
    if (project.id != 0) {
      bool found = false;
      for (const auto& [id, body] : impl_->S().ListProjects("")) found = found || id == project.id;
      if (!found) throw NotFoundError("project " + std::to_string(project.id) + " does not exist");
    }
    Project p = project;
    const std::string body = json(p).dump();
    p.id = impl_->S().SaveProject(project.id, project.department_code, body);
    op.Audit(project.id ? "project.update" : "project.add", Obj("project", p.id), "", impl_->DigestOf(body),
             project.name);
    return p;
  });
}

std::vector<Project> SupervisionService::Projects(const std::string& actor, const std::string& department_code) const {
  PlatformCore& core = *impl_;
  bool all = false;
  return RunRead(
      core, actor,
      [&](const std::optional<PlatformCore::Actor>& who) {
        // The bureau and auditors (inspect) read every department's projects
        // (A32); a department administrator its own.
        all = who && PlatformCore::SeesAllCases(*who);
        if (all) return Permission{Action::kInspect, "", "projects"};
        const std::string own = who ? who->user.department_code : "";
        return Permission{Action::kManageProjects, department_code.empty() ? own : department_code, "projects"};
      },
      [&](Operation& op) {
    const std::string scope = all ? department_code : op.user().department_code;
    std::vector<Project> out;
    for (const auto& [id, body] : impl_->S().ListProjects(scope)) {
      Project p = json::parse(body).get<Project>();
      p.id = id;
      out.push_back(std::move(p));
    }
    return out;
      });
}

// ---- rectification (A33) ------------------------------------------------------------------

namespace {

Rectification ToRectification(PlatformCore& p, const CaseRow& row) {
  Rectification r = json::parse(row.body).get<Rectification>();
  r.id = row.id;
  r.row_version = row.row_version;
  r.notice.department_code = row.consumer_code;
  r.status = supervision_rules::EffectiveStatus(EnumFromStoredName(row.status, RectificationStatus::kResolved),
                                               r.due.due, p.Now());
  return r;
}

}  // namespace

std::vector<DeadlineChange> RecomputeRectificationDeadlines(PlatformCore& p, const WorkdayCalendar& calendar) {
  std::vector<DeadlineChange> out;
  for (CaseRow row : p.S().ListCases(CaseTable::kRectifications, "", std::nullopt)) {
    if (row.status == ToString(RectificationStatus::kResolved)) continue;
    Rectification r = json::parse(row.body).get<Rectification>();
    if (!r.due.provisional) continue;
    DeadlineChange c;
    c.object = Obj("rectification", row.id);
    c.what = "rectification";
    c.department_code = row.consumer_code;
    c.before = r.due;
    r.due = calendar.ComputeDeadline(r.issued_at, supervision_rules::NoticePeriod(r.notice), p.LegalDeadlineOptions());
    c.after = r.due;
    c.moved = !(c.before.due == c.after.due);
    c.overdue = c.after.due < p.Now();
    row.body = json(r).dump();
    p.StoreCase(CaseTable::kRectifications, row, "rectification");
    out.push_back(std::move(c));
  }
  return out;
}

Rectification SupervisionService::IssueRectification(const std::string& actor, const RectificationInput& notice) {
  supervision_rules::CheckNotice(notice);
  return RunWrite(*impl_, actor, Permission{Action::kRectify, "", "department:" + notice.department_code},
                  [&](Operation& op) {
    if (!impl_->S().FindDepartment(notice.department_code)) {
      throw NotFoundError("department_code: department " + notice.department_code + " does not exist");
    }
    Rectification r;
    r.notice = notice;
    r.issued_by = op.user().id;
    r.issued_at = impl_->Now();
    r.due = impl_->LegalDeadline(r.issued_at, supervision_rules::NoticePeriod(notice));
    CaseRow row;
    row.row_version = 1;
    row.status = ToString(RectificationStatus::kOpen);
    row.consumer_code = notice.department_code;
    row.provider_code = op.user().department_code;
    row.created_at = impl_->NowSeconds();
    row.body = json(r).dump();
    row.id = impl_->S().InsertCase(CaseTable::kRectifications, row);
    const std::string object = Obj("rectification", row.id);
    op.Notify(NoticeKind::kRectification, notice.department_code, 0,
                  "整改通知（第三十三条第" + std::to_string(notice.a33_ground) + "项）：" + notice.description +
                      "，请于 " + r.due.due.date.ToIso() + " 前完成整改 (A33)",
                  object);
    op.Audit("rectification.issue", object, "", impl_->DigestOf(row.body), notice.description);
    return ToRectification(*impl_, row);
  });
}

std::vector<Rectification> SupervisionService::EscalateRectifications(const std::string& actor) {
  using supervision_rules::RectificationEvent;
  using supervision_rules::RectificationMachine;
  return RunWrite(*impl_, actor, Permission{Action::kRectify, "", "rectifications"}, [&](Operation& op) {
    std::vector<Rectification> out;
    for (CaseRow row : impl_->S().ListCases(CaseTable::kRectifications, "", std::nullopt)) {
      Rectification r = ToRectification(*impl_, row);
      const auto to = RectificationMachine().Find(r.status, RectificationEvent::kEscalate);
      if (!to) continue;  // A33: only what is overdue is escalated
      const std::string before = impl_->DigestOf(row.body);
      r.escalated_at = impl_->Now();
      row.status = ToString(*to);
      row.body = json(r).dump();
      impl_->StoreCase(CaseTable::kRectifications, row, "rectification");
      const std::string object = Obj("rectification", row.id);
      const std::string text = "书面通报：" + r.notice.description + "，未在规定时限（" + r.due.due.date.ToIso() +
                               "）内完成整改 (A33)";
      op.Notify(NoticeKind::kRectification, r.notice.department_code, 0, text, object);
      for (const auto& b : impl_->BureauDepartments()) op.Notify(NoticeKind::kRectification, b, 0, text, object);
      op.Audit("rectification.escalate", object, before, impl_->DigestOf(row.body), "书面通报");
      out.push_back(ToRectification(*impl_, row));
    }
    if (out.empty()) op.NoAuditRecord("nothing was overdue");
    return out;
  });
}

Rectification SupervisionService::ResolveRectification(const std::string& actor, std::int64_t rectification_id,
                                             std::int64_t row_version, const std::string& resolution) {
  RequireText(resolution, "resolution", "A33: what was rectified");
  const std::string object = Obj("rectification", rectification_id);
  return RunWrite(*impl_, actor, Permission{Action::kRectify, "", object}, [&](Operation& op) {
    auto found = impl_->S().FindCase(CaseTable::kRectifications, rectification_id);
    if (!found) throw NotFoundError("rectification " + std::to_string(rectification_id) + " does not exist");
    CaseRow row = *found;
    CheckRowVersion("rectification", rectification_id, row.row_version, row_version);
    Rectification r = ToRectification(*impl_, row);
    const RectificationStatus to = supervision_rules::RectificationMachine().Next(
        r.status, supervision_rules::RectificationEvent::kResolve, rectification_id);
    const std::string before = impl_->DigestOf(row.body);
    r.resolution = resolution;
    r.resolved_at = impl_->Now();
    r.resolved_by = op.user().id;
    row.status = ToString(to);
    row.body = json(r).dump();
    impl_->StoreCase(CaseTable::kRectifications, row, "rectification");
    op.Notify(NoticeKind::kRectification, r.notice.department_code, 0, "整改已确认：" + resolution, object);
    op.Audit("rectification.resolve", object, before, impl_->DigestOf(row.body), resolution);
    return ToRectification(*impl_, row);
  });
}

std::vector<Rectification> SupervisionService::Rectifications(const std::string& actor, const std::string& department_code) const {
  // Every user reads its own department's notices (A33); the bureau and
  // auditors (inspect) every department's.
  return RunRead(*impl_, actor, Permission{Action::kReadCatalog, "", "rectifications"}, [&](Operation& op) {
    const bool all = PlatformCore::SeesAllCases(op.actor());
    if (!all && !department_code.empty() && department_code != op.user().department_code) {
      op.Deny("a department reads its own rectifications");
    }
    const std::string scope = all ? department_code : op.user().department_code;
    std::vector<Rectification> out;
    for (const auto& row : impl_->S().ListCases(CaseTable::kRectifications, scope, std::nullopt)) {
      if (!scope.empty() && row.consumer_code != scope) continue;
      out.push_back(ToRectification(*impl_, row));
    }
    return out;
  });
}

}  // namespace govshare
