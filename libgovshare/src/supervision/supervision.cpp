// Supervision (A31–A33): refresh reports, projects, the inspection of every
// department with scores and a ranking, and rectification notices that
// escalate to a written notice. docs/supervision.md describes the metrics.
#include <algorithm>
#include <cmath>
#include <map>

#include "govshare/validation.h"
#include "base/enum_names.h"
#include "platform/impl.h"
#include "sharing/json.h"
#include "supervision/rates.h"

namespace govshare {
namespace {

using json = nlohmann::json;
using storage::CaseRow;
using storage::CaseTable;

const internal::EnumName<RectificationStatus> kRectificationNames[] = {
    {RectificationStatus::kOpen, "open", "整改中"},
    {RectificationStatus::kOverdue, "overdue", "逾期未整改"},
    {RectificationStatus::kEscalated, "escalated", "已书面通报"},
    {RectificationStatus::kResolved, "resolved", "已整改"},
};

std::string Obj(const char* kind, std::int64_t id) { return std::string(kind) + ":" + std::to_string(id); }

std::int64_t StartOf(const Date& d) { return LocalDateTime{d, 0, 0, 0}.ToUnixSeconds(); }
std::int64_t EndOf(const Date& d) { return LocalDateTime{d, 24, 0, 0}.ToUnixSeconds(); }

// The day from which a resource refreshed on `last` is stale (A31 (5)): after
// one update cycle — for daily and real-time resources the next working day;
// `other` cycles are not judged.
std::optional<Date> StaleAfter(const WorkdayCalendar& calendar, UpdateCycle cycle, const Date& last) {
  switch (cycle) {
    case UpdateCycle::kRealtime:
    case UpdateCycle::kDaily: return calendar.AddWorkingDays(last, 1, true);
    case UpdateCycle::kWeekly: return Date::FromDaysSinceEpoch(last.DaysSinceEpoch() + 7);
    case UpdateCycle::kMonthly: return AddMonths(last, 1);
    case UpdateCycle::kQuarterly: return AddMonths(last, 3);
    case UpdateCycle::kHalfYearly: return AddMonths(last, 6);
    case UpdateCycle::kYearly: return AddMonths(last, 12);
    case UpdateCycle::kOther: return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

std::string ToString(RectificationStatus v) { return internal::EnumToName(kRectificationNames, v); }
std::string ChineseLabel(RectificationStatus v) { return internal::EnumToLabel(kRectificationNames, v); }

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Project, department_code, name, approved_on, accepted_on, entry_ids)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(RectificationInput, department_code, a33_ground, description, object,
                                                working_days)
inline void to_json(json& j, const Deadline& d) {
  j = json{{"due", d.due}, {"calendar_version", d.calendar_version}, {"provisional", d.provisional}};
}
inline void from_json(const json& j, Deadline& d) {
  d.due = j.at("due").get<LocalDateTime>();
  d.calendar_version = j.value("calendar_version", "");
  d.provisional = j.value("provisional", false);
}
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Rectification, notice, issued_by, issued_at, due, escalated_at,
                                                resolution, resolved_at, resolved_by)

// ---- refresh reports and projects ---------------------------------------------------------

void Platform::ReportRefresh(const std::string& actor, std::int64_t entry_id) {
  impl_->Write([&] {
    EntryRow e = impl_->LoadEntry(entry_id);
    auto a = impl_->Authorize(actor, Action::kReportRefresh, e.provider_code, ObjectOfEntry(entry_id));
    if (e.status != EntryStatus::kPublished && e.status != EntryStatus::kWithdrawalRequested) {
      throw InvalidTransitionError("entry " + std::to_string(entry_id) + " is " + ToString(e.status) +
                                   "; only a published resource is refreshed (A31 (5))");
    }
    impl_->S().InsertRefresh(entry_id, impl_->NowSeconds(), a.user.id);
    impl_->Audit(a, "resource.refresh", ObjectOfEntry(entry_id), "", "", "");
  });
}

Project Platform::SaveProject(const std::string& actor, const Project& project) {
  RequireText(project.name, "name", "A32: the project's name");
  if (project.approved_on && !project.approved_on->IsValid()) throw InvalidArgumentError("approved_on is not a date");
  if (project.accepted_on && !project.accepted_on->IsValid()) throw InvalidArgumentError("accepted_on is not a date");
  if (project.accepted_on && !project.approved_on) {
    throw InvalidArgumentError("accepted_on needs approved_on: a project is approved before it is accepted (A32)");
  }
  if (project.accepted_on && *project.accepted_on < *project.approved_on) {
    throw InvalidArgumentError("accepted_on is before approved_on (A32)");
  }
  return impl_->Write([&] {
    auto a = impl_->Authorize(actor, Action::kManageProjects, project.department_code, "department:" + project.department_code);
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
    impl_->Audit(a, project.id ? "project.update" : "project.add", Obj("project", p.id), "", impl_->DigestOf(body),
                 project.name);
    return p;
  });
}

std::vector<Project> Platform::Projects(const std::string& actor, const std::string& department_code) const {
  return impl_->Read([&] {
    auto a = impl_->LoadActor(actor, Action::kManageProjects, "projects");
    const bool all = Impl::Allowed(a, Action::kInspect, "");
    if (!all && !Impl::Allowed(a, Action::kManageProjects, department_code.empty() ? a.user.department_code : department_code)) {
      throw Denied{actor, a.user.department_code, Action::kManageProjects, "projects", "a department reads its own projects"};
    }
    const std::string scope = all ? department_code : a.user.department_code;
    std::vector<Project> out;
    for (const auto& [id, body] : impl_->S().ListProjects(scope)) {
      Project p = json::parse(body).get<Project>();
      p.id = id;
      out.push_back(std::move(p));
    }
    return out;
  });
}

// ---- the inspection -----------------------------------------------------------------------

InspectionReport Platform::Inspect(const std::string& actor, const Date& from, const Date& to) const {
  return Inspect(actor, from, to, SupervisionWeights{});
}

InspectionReport Platform::Inspect(const std::string& actor, const Date& from, const Date& to,
                                   const SupervisionWeights& weights) const {
  if (!from.IsValid() || !to.IsValid() || to < from) {
    throw InvalidArgumentError("the period: from and to are dates and from <= to");
  }
  for (double w : {weights.completeness, weights.accuracy, weights.updates, weights.publication, weights.freshness,
                   weights.timeliness}) {
    if (!(w >= 0) || std::isinf(w)) throw InvalidArgumentError("weights are finite and >= 0");
  }
  return impl_->Read([&] {
    impl_->Authorize(actor, Action::kInspect, "", "inspection");
    storage::Storage& s = impl_->S();
    const LocalDateTime now = impl_->Now();
    const std::int64_t period_start = StartOf(from), period_end = EndOf(to);
    // "Now" for what is pending: the period's end, or now if earlier.
    const std::int64_t as_of = std::min(period_end, now.ToUnixSeconds());
    InspectionReport report;
    report.from = from;
    report.to = to;
    report.generated_at = now;
    report.calendar_version = impl_->Cal().version();
    report.calendar_warning = CalendarWarning(*impl_);
    report.weights = weights;

    // The city inspects the bureau, municipal departments and county
    // platforms; a county's departments are the county platform's to
    // supervise (A6), their catalogs come in through it.
    std::map<std::string, DepartmentInspection> by;
    for (const auto& d : s.ListDepartments()) {
      if (d.level == DepartmentLevel::kCounty) continue;
      DepartmentInspection x;
      x.department_code = d.code;
      x.department_name = d.name;
      x.steps = supervision::NoSteps();
      by[d.code] = std::move(x);
    }
    auto dept = [&](const std::string& code) -> DepartmentInspection* {
      auto it = by.find(code);
      return it == by.end() ? nullptr : &it->second;
    };

    // A31 (1), (4), (5): the published catalog and its resources.
    std::map<std::int64_t, std::int64_t> last_refresh;
    for (const auto& [entry, time] : s.LastRefreshes(period_end)) last_refresh[entry] = time;
    for (const auto& e : s.ListEntries("")) {
      if (e.status != EntryStatus::kPublished && e.status != EntryStatus::kWithdrawalRequested) continue;
      if (!e.live_version) continue;
      DepartmentInspection* d = dept(e.provider_code);
      if (!d) continue;
      const CatalogEntry c = EntryFromJson(impl_->LoadVersion(e, *e.live_version).content);
      const std::string object = ObjectOfEntry(e.id);
      ++d->entries;
      int described = 0;
      for (const auto& item : c.items) described += item.description.empty() ? 0 : 1;
      d->items += static_cast<int>(c.items.size());
      d->described_items += described;
      const bool valid = !HasErrors(Validate(c));
      if (valid && described == static_cast<int>(c.items.size())) {
        ++d->complete_entries;
      } else {
        d->findings.push_back({"A31(1)", 2, object,
                               c.name + "（" + e.code + "）目录要素不完整" + (valid ? "：信息项缺少描述" : "：未通过目录校验")});
      }
      if (c.share.share_class == ShareClass::kNotShared) {
        ++d->not_shared_entries;
        if (c.share.legal_basis && !c.share.legal_basis->title.empty()) ++d->not_shared_with_basis;
        continue;
      }
      ++d->shared_entries;
      auto refreshed = last_refresh.find(e.id);
      if (refreshed == last_refresh.end()) {
        d->findings.push_back({"A31(4)", 1, object, c.name + "（" + e.code + "）已编目共享但未对接发布数据资源"});
        continue;
      }
      ++d->connected_entries;
      const Date last = LocalDateTime::FromUnixSeconds(refreshed->second).date;
      const auto stale_after = StaleAfter(impl_->Cal(), c.update_cycle, last);
      if (stale_after && *stale_after < to) {
        ++d->stale_entries;
        d->findings.push_back({"A31(5)", 2, object,
                               c.name + "（" + e.code + "）未按更新周期（" + ChineseLabel(c.update_cycle) +
                                   "）更新，最近更新 " + last.ToIso()});
      }
    }
    for (auto& [code, d] : by) {
      d.share_ratio = d.entries ? static_cast<double>(d.shared_entries) / d.entries : 0;
      if (d.entries == 0) {
        d.findings.push_back({"A31(1)", 2, "", "未发布政务信息资源目录（漏编，A10）"});
      }
    }

    // A31 (3): obligations due in the period; the census of the year.
    for (const auto& row : s.ListObligations("")) {
      DepartmentInspection* d = dept(row.department_code);
      if (!d) continue;
      const Obligation o = impl_->ToObligation(row);
      const std::int64_t due = o.due.due.ToUnixSeconds();
      if (o.kind == ObligationKind::kAnnualCensus && o.announced_on.year == to.year && o.fulfilled_at) d->census_done = true;
      if (due < period_start || due > period_end) continue;
      ++d->obligations_due;
      if (o.fulfilled_at && o.on_time) {
        ++d->obligations_on_time;
      } else if (!o.fulfilled_at && due < as_of) {
        ++d->obligations_overdue_now;
        d->findings.push_back({"A31(3)", 2, Obj("obligation", o.id),
                               ChineseLabel(o.kind) + "后未在规定时限（" + o.due.due.date.ToIso() + "）前更新目录：" +
                                   o.description});
      } else if (o.fulfilled_at) {
        d->findings.push_back({"A31(3)", 2, Obj("obligation", o.id),
                               ChineseLabel(o.kind) + "后目录更新逾期完成：" + o.description});
      }
    }

    // A31 (7): statutory steps.
    for (const auto& r : s.ListSteps("", false)) {
      DepartmentInspection* d = dept(r.department_code);
      if (!d) continue;
      StepTimeliness& t = d->steps[static_cast<size_t>(r.kind) - 1];
      const std::int64_t due = LocalDateTime::FromIso(r.due).ToUnixSeconds();
      if (r.completed_at) {
        if (*r.completed_at < period_start || *r.completed_at > period_end) continue;
        ++t.completed;
        ++d->steps_completed;
        if (r.on_time.value_or(false)) {
          ++t.on_time;
          ++d->steps_on_time;
        } else {
          d->findings.push_back({"A31(7)", 6, r.object,
                                 ChineseLabel(r.kind) + "超过规定时限完成（时限 " +
                                     LocalDateTime::FromIso(r.due).date.ToIso() + "）"});
        }
      } else if (due < as_of && r.started_at <= period_end) {
        ++t.overdue_now;
        ++d->steps_overdue_now;
        d->findings.push_back({"A31(7)", 6, r.object,
                               ChineseLabel(r.kind) + "已逾期未办理（时限 " + LocalDateTime::FromIso(r.due).date.ToIso() + "）"});
      }
    }

    // A31 (2), (6): objections on the department's data.
    for (const auto& row : s.ListCases(CaseTable::kObjections, "", std::nullopt)) {
      DepartmentInspection* d = dept(row.provider_code);
      if (!d) continue;
      const Objection o = json::parse(row.body).get<Objection>();
      const std::string object = Obj("objection", row.id);
      if (row.status == ToString(ObjectionStatus::kOpen)) {
        if (row.created_at <= period_end) ++d->objections_open;
        continue;
      }
      if (!o.resolved_at) continue;
      const std::int64_t resolved = o.resolved_at->ToUnixSeconds();
      if (resolved < period_start || resolved > period_end) continue;
      if (row.status == ToString(ObjectionStatus::kCorrected)) {
        ++d->objections_upheld;
        bool on_time = false;
        for (const auto& step : s.StepsOf(object)) on_time = on_time || step.on_time.value_or(false);
        if (on_time) ++d->corrections_on_time;
        d->findings.push_back({"A31(6)", 2, object,
                               o.entry_code + " 数据经核实有误并已更正（" + o.objection.item + "）" +
                                   (on_time ? "" : "，更正逾期")});
      } else {
        ++d->objections_rejected;
      }
    }

    // A32: projects.
    for (const auto& [id, body] : s.ListProjects("")) {
      Project p = json::parse(body).get<Project>();
      DepartmentInspection* d = dept(p.department_code);
      if (!d || !p.approved_on) continue;
      ++d->projects;
      const std::string object = Obj("project", id);
      // Compiled before approval: an entry of the project created by then.
      bool compiled = false, connected = !p.accepted_on;
      for (std::int64_t entry_id : p.entry_ids) {
        const auto versions = s.ListVersions(entry_id);
        if (!versions.empty() && versions.front().created_at < EndOf(*p.approved_on)) compiled = true;
        if (p.accepted_on) {
          for (const auto& [entry, time] : s.LastRefreshes(EndOf(*p.accepted_on))) {
            if (entry == entry_id) connected = true;
          }
        }
      }
      if (compiled && connected) {
        ++d->projects_compliant;
      } else {
        d->findings.push_back({"A32", 1, object,
                               "项目“" + p.name + "”" + (compiled ? "" : "立项前未预编信息资源目录") +
                                   (!compiled && !connected ? "，" : "") + (connected ? "" : "验收时信息资源未接入平台")});
      }
    }

    // Rates and scores, ranking, the city (rates.cpp).
    for (auto& [code, d] : by) {
      supervision::Evaluate(d, weights);
      report.departments.push_back(std::move(d));
    }
    supervision::Rank(report.departments);
    report.city = supervision::CityOf(report.departments);
    return report;
  });
}

// ---- rectification (A33) ------------------------------------------------------------------

namespace {

Rectification ToRectification(Platform::Impl& p, const CaseRow& row) {
  Rectification r = json::parse(row.body).get<Rectification>();
  r.id = row.id;
  r.row_version = row.row_version;
  r.notice.department_code = row.consumer_code;
  r.status = EnumFromStoredName(row.status, RectificationStatus::kResolved);
  if (r.status == RectificationStatus::kOpen && r.due.due < p.Now()) r.status = RectificationStatus::kOverdue;
  return r;
}

}  // namespace

std::vector<DeadlineChange> RecomputeRectificationDeadlines(Platform::Impl& p, const WorkdayCalendar& calendar) {
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
    DeadlineOptions o;
    o.provisional = true;
    r.due = calendar.ComputeDeadline(r.issued_at, {DeadlineUnit::kWorkingDays, r.notice.working_days}, o);
    c.after = r.due;
    c.moved = !(c.before.due == c.after.due);
    c.overdue = c.after.due < p.Now();
    row.body = json(r).dump();
    const std::int64_t expected = row.row_version;
    row.row_version = expected + 1;
    if (!p.S().UpdateCase(CaseTable::kRectifications, row, expected)) {
      throw ConflictError("rectification " + std::to_string(row.id) + " was changed concurrently");
    }
    out.push_back(std::move(c));
  }
  return out;
}

Rectification Platform::IssueRectification(const std::string& actor, const RectificationInput& notice) {
  if (notice.a33_ground < 1 || notice.a33_ground > 6) {
    throw InvalidArgumentError("a33_ground must be 1..6 (A33 (一)–(六))");
  }
  RequireText(notice.description, "description", "A33: the problem to rectify");
  if (notice.working_days < 1 || notice.working_days > 60) {
    throw InvalidArgumentError("working_days must be 1..60 (A33: 规定时限)");
  }
  return impl_->Write([&] {
    auto a = impl_->Authorize(actor, Action::kRectify, "", "department:" + notice.department_code);
    if (!impl_->S().FindDepartment(notice.department_code)) {
      throw NotFoundError("department_code: department " + notice.department_code + " does not exist");
    }
    Rectification r;
    r.notice = notice;
    r.issued_by = a.user.id;
    r.issued_at = impl_->Now();
    r.due = impl_->LegalDeadline(r.issued_at, {DeadlineUnit::kWorkingDays, notice.working_days});
    CaseRow row;
    row.row_version = 1;
    row.status = ToString(RectificationStatus::kOpen);
    row.consumer_code = notice.department_code;
    row.provider_code = a.user.department_code;
    row.created_at = impl_->NowSeconds();
    row.body = json(r).dump();
    row.id = impl_->S().InsertCase(CaseTable::kRectifications, row);
    const std::string object = Obj("rectification", row.id);
    impl_->Notify(NoticeKind::kRectification, notice.department_code, 0,
                  "整改通知（第三十三条第" + std::to_string(notice.a33_ground) + "项）：" + notice.description +
                      "，请于 " + r.due.due.date.ToIso() + " 前完成整改 (A33)",
                  object);
    impl_->Audit(a, "rectification.issue", object, "", impl_->DigestOf(row.body), notice.description);
    return ToRectification(*impl_, row);
  });
}

std::vector<Rectification> Platform::EscalateRectifications(const std::string& actor) {
  return impl_->Write([&] {
    auto a = impl_->Authorize(actor, Action::kRectify, "", "rectifications");
    std::vector<Rectification> out;
    for (CaseRow row : impl_->S().ListCases(CaseTable::kRectifications, "", std::nullopt)) {
      Rectification r = ToRectification(*impl_, row);
      if (r.status != RectificationStatus::kOverdue) continue;
      const std::string before = impl_->DigestOf(row.body);
      r.escalated_at = impl_->Now();
      row.status = ToString(RectificationStatus::kEscalated);
      row.body = json(r).dump();
      const std::int64_t expected = row.row_version;
      row.row_version = expected + 1;
      if (!impl_->S().UpdateCase(CaseTable::kRectifications, row, expected)) {
        throw ConflictError("rectification " + std::to_string(row.id) + " was changed concurrently");
      }
      const std::string object = Obj("rectification", row.id);
      const std::string text = "书面通报：" + r.notice.description + "，未在规定时限（" + r.due.due.date.ToIso() +
                               "）内完成整改 (A33)";
      impl_->Notify(NoticeKind::kRectification, r.notice.department_code, 0, text, object);
      for (const auto& b : impl_->BureauDepartments()) impl_->Notify(NoticeKind::kRectification, b, 0, text, object);
      impl_->Audit(a, "rectification.escalate", object, before, impl_->DigestOf(row.body), "书面通报");
      out.push_back(ToRectification(*impl_, row));
    }
    return out;
  });
}

Rectification Platform::ResolveRectification(const std::string& actor, std::int64_t rectification_id,
                                             std::int64_t row_version, const std::string& resolution) {
  RequireText(resolution, "resolution", "A33: what was rectified");
  return impl_->Write([&] {
    const std::string object = Obj("rectification", rectification_id);
    auto a = impl_->Authorize(actor, Action::kRectify, "", object);
    auto found = impl_->S().FindCase(CaseTable::kRectifications, rectification_id);
    if (!found) throw NotFoundError("rectification " + std::to_string(rectification_id) + " does not exist");
    CaseRow row = *found;
    if (row.row_version != row_version) {
      throw ConflictError("rectification " + std::to_string(rectification_id) + " has changed (row_version " +
                          std::to_string(row.row_version) + "); read it again");
    }
    Rectification r = ToRectification(*impl_, row);
    if (r.status == RectificationStatus::kResolved) {
      throw InvalidTransitionError("rectification " + std::to_string(rectification_id) + " is already resolved");
    }
    const std::string before = impl_->DigestOf(row.body);
    r.resolution = resolution;
    r.resolved_at = impl_->Now();
    r.resolved_by = a.user.id;
    row.status = ToString(RectificationStatus::kResolved);
    row.body = json(r).dump();
    row.row_version = row_version + 1;
    if (!impl_->S().UpdateCase(CaseTable::kRectifications, row, row_version)) {
      throw ConflictError("rectification " + std::to_string(rectification_id) + " was changed concurrently");
    }
    impl_->Notify(NoticeKind::kRectification, r.notice.department_code, 0, "整改已确认：" + resolution, object);
    impl_->Audit(a, "rectification.resolve", object, before, impl_->DigestOf(row.body), resolution);
    return ToRectification(*impl_, row);
  });
}

std::vector<Rectification> Platform::Rectifications(const std::string& actor, const std::string& department_code) const {
  return impl_->Read([&] {
    auto a = impl_->LoadActor(actor, Action::kInspect, "rectifications");
    const bool all = Impl::Allowed(a, Action::kInspect, "");
    if (!all && !department_code.empty() && department_code != a.user.department_code) {
      throw Denied{actor, a.user.department_code, Action::kInspect, "rectifications",
                   "a department reads its own rectifications"};
    }
    const std::string scope = all ? department_code : a.user.department_code;
    std::vector<Rectification> out;
    for (const auto& row : impl_->S().ListCases(CaseTable::kRectifications, scope, std::nullopt)) {
      if (!scope.empty() && row.consumer_code != scope) continue;
      out.push_back(ToRectification(*impl_, row));
    }
    return out;
  });
}

}  // namespace govshare
