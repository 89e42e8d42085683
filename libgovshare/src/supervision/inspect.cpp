// The inspection (A31, A32): counts each department's figures and findings
// from the platform's records, one collector per clause; the rates, scores,
// ranking and the city come from supervision/rates.cpp (storage-free).
// docs/supervision.md describes the metrics.
#include <algorithm>
#include <cmath>
#include <map>

#include "catalog/rules.h"
#include "catalog/sources.h"
#include "govshare/validation.h"
#include "platform/operation.h"
#include "sharing/json.h"
#include "supervision/json.h"
#include "supervision/rates.h"
#include "supervision/rules.h"

namespace govshare {
namespace {

using json = nlohmann::json;
using storage::CaseTable;

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

void CheckArguments(const Date& from, const Date& to, const SupervisionWeights& weights) {
  if (!from.IsValid() || !to.IsValid() || to < from) {
    throw InvalidArgumentError("the period: from and to are dates and from <= to");
  }
  for (double w : {weights.completeness, weights.accuracy, weights.updates, weights.publication, weights.freshness,
                   weights.timeliness}) {
    if (!(w >= 0) || std::isinf(w)) throw InvalidArgumentError("weights are finite and >= 0");
  }
}

// One inspection in progress: the period, and the departments inspected by
// credit code. "Pending" things are judged as of the period's end, or now if
// earlier.
// A finding of a Nantong clause with no national liability item.
SupervisionFinding ClauseFinding(const char* clause, int a33_ground, const std::string& object, const std::string& text) {
  return {clause, a33_ground, object, text, "", ""};
}

struct Inspection {
  PlatformCore& p;
  storage::Storage& s;
  Date to;
  std::int64_t period_start = 0;
  std::int64_t period_end = 0;
  std::int64_t as_of = 0;
  std::map<std::string, DepartmentInspection> by;
  std::string bureau;  // the Big Data Bureau's code (N19, N41)
  // Every usage line of the period (A28), whoever made it: the city's figures.
  DepartmentInspection usage;

  DepartmentInspection* Of(const std::string& code) {
    auto it = by.find(code);
    return it == by.end() ? nullptr : &it->second;
  }
};

// The bureau, municipal departments and county platforms; a county's
// departments are the county platform's to supervise (A6), their catalogs
// come in through it.
void AddDepartments(Inspection& in) {
  for (const auto& d : in.s.ListDepartments()) {
    if (d.level == DepartmentLevel::kCounty) continue;
    if (d.level == DepartmentLevel::kBureau) in.bureau = d.code;
    DepartmentInspection x;
    x.department_code = d.code;
    x.department_name = d.name;
    x.steps = supervision::NoSteps();
    in.by[d.code] = std::move(x);
  }
}

// A31 (1): a published entry is complete without validation errors and with
// every item described.
void CheckCompleteness(DepartmentInspection& d, const storage::EntryRow& e, const CatalogEntry& c) {
  ++d.entries;
  int described = 0;
  for (const auto& item : c.items) described += item.description.empty() ? 0 : 1;
  d.items += static_cast<int>(c.items.size());
  d.described_items += described;
  const bool valid = !HasErrors(Validate(c));
  if (valid && described == static_cast<int>(c.items.size())) {
    ++d.complete_entries;
  } else {
    d.findings.push_back(ClauseFinding("A31(1)", 2, ObjectOfEntry(e.id),
                          c.name + "（" + e.code + "）目录要素不完整" + (valid ? "：信息项缺少描述" : "：未通过目录校验")));
  }
}

// A31 (4), (5): a shared entry's resource is connected once a refresh is
// reported, and fresh while refreshed within its update cycle.
void CheckResource(Inspection& in, DepartmentInspection& d, const storage::EntryRow& e, const CatalogEntry& c,
                   const std::map<std::int64_t, std::int64_t>& last_refresh) {
  const std::string object = ObjectOfEntry(e.id);
  auto refreshed = last_refresh.find(e.id);
  if (refreshed == last_refresh.end()) {
    d.findings.push_back(ClauseFinding("A31(4)", 1, object, c.name + "（" + e.code + "）已编目共享但未对接发布数据资源"));
    return;
  }
  ++d.connected_entries;
  const Date last = LocalDateTime::FromUnixSeconds(refreshed->second).date;
  const auto stale_after = StaleAfter(in.p.Cal(), c.update_cycle, last);
  if (stale_after && *stale_after < in.to) {
    ++d.stale_entries;
    d.findings.push_back(ClauseFinding("A31(5)", 2, object,
                          c.name + "（" + e.code + "）未按更新周期（" + ChineseLabel(c.update_cycle) +
                              "）更新，最近更新 " + last.ToIso()));
  }
}

// A31 (1), (4), (5) and A8: the published catalog and its resources.
void CollectCatalog(Inspection& in) {
  // N13: published entries without the regulation's elements, per department.
  const bool national = !(in.to < in.p.Rules().national.in_force_from);
  std::map<std::string, std::vector<std::string>> lacking;
  std::vector<std::pair<std::string, std::string>> published;  // name, provider (N19)
  std::map<std::int64_t, std::int64_t> last_refresh;
  for (const auto& [entry, time] : in.s.LastRefreshes(in.period_end)) last_refresh[entry] = time;
  for (const auto& e : in.s.ListEntries("")) {
    if (e.status != EntryStatus::kPublished && e.status != EntryStatus::kWithdrawalRequested) continue;
    if (!e.live_version) continue;
    DepartmentInspection* d = in.Of(e.provider_code);
    if (!d) continue;
    const CatalogEntry c = EntryFromJson(in.p.LoadVersion(e, *e.live_version).content);
    CheckCompleteness(*d, e, c);
    if (national && !MissingNationalElements(c).empty()) lacking[e.provider_code].push_back(e.code);
    published.emplace_back(c.name, e.provider_code);
    if (c.share.share_class == ShareClass::kNotShared) {
      ++d->not_shared_entries;
      if (c.share.legal_basis && !c.share.legal_basis->title.empty()) ++d->not_shared_with_basis;
      // N14, N15: under the regulation a published not-shared entry whose
      // basis is below a law, an administrative regulation or a State Council
      // decision is reported — a migration finding for the bureau, not a
      // refusal (the entry stays as published).
      if (const auto l = supervision_rules::NotSharedBasisLiability(c, in.to, in.p.Rules().national.in_force_from)) {
        d->findings.push_back({"N14", 1, ObjectOfEntry(e.id),
                               c.name + "（" + e.code + "）列为不予共享，依据为" +
                                   (c.share.legal_basis ? ChineseLabel(c.share.legal_basis->kind) + c.share.legal_basis->title
                                                        : std::string("空")) +
                                   "，非法律、行政法规或国务院决定",
                               l->article, l->text});
      }
      continue;
    }
    ++d->shared_entries;
    CheckResource(in, *d, e, c, last_refresh);
  }
  for (auto& [code, d] : in.by) {
    if (d.entries == 0) d.findings.push_back(ClauseFinding("A31(1)", 2, "", "未发布政务信息资源目录（漏编，A10）"));
  }
  // N19, N41 (一): data published by several departments with no source
  // department designated — the bureau's finding.
  if (national) {
    if (DepartmentInspection* bureau = in.Of(in.bureau)) {
      for (const std::string& subject :
           catalog_rules::SubjectsWithoutSource(published, LoadSourceDesignations(in.s))) {
        std::string by;
        for (const auto& [name, provider] : published) {
          if (name != subject) continue;
          const DepartmentInspection* d = in.Of(provider);
          by += (by.empty() ? "" : "、") + (d ? d->department_name : provider);
        }
        bureau->findings.push_back({"N19", 0, "source:" + subject,
                                    "“" + subject + "”由" + by + "分别发布，未明确数源部门",
                                    "N41(1)", "未按照规定明确数源部门"});
      }
    }
  }
  // One migration finding per department: how many of its published entries
  // lack N13's grade or the record of the assessments and the head's approval.
  for (const auto& [code, codes] : lacking) {
    DepartmentInspection* d = in.Of(code);
    const auto l = supervision_rules::NationalElementsLiability(static_cast<int>(codes.size()));
    if (!d || !l) continue;
    std::string sample;
    for (size_t i = 0; i < codes.size() && i < 3; ++i) sample += (i ? "、" : "") + codes[i];
    d->findings.push_back({"N13", 2, "",
                           std::to_string(codes.size()) + " 条已发布目录未明确数据分类分级或未记录保密风险、个人信息保护影响评估及部门负责人审核同意（" +
                               sample + (codes.size() > 3 ? "等" : "") + "）",
                           l->article, l->text});
  }
}

// A31 (3): A11 obligations due in the period; the census of the period's year.
// A31 (3) 是否……及时更新: a catalog update missed; beside it N39 (一) when
// the change fell under N17 (law and function changes from 2025-08-01).
SupervisionFinding UpdateFinding(Inspection& in, const Obligation& o, const std::string& text) {
  SupervisionFinding f{"A31(3)", 2, Obj("obligation", o.id), text, "", ""};
  if (o.kind == ObligationKind::kAnnualCensus) return f;
  if (const auto l = supervision_rules::CatalogUpdateLiability(
          in.p.Period(RuleQuery{Duty::kCatalogUpdate, o.announced_on}).article)) {
    f.liability = l->article;
    f.liability_zh = l->text;
  }
  return f;
}

void CollectObligations(Inspection& in) {
  for (const auto& row : in.s.ListObligations("")) {
    DepartmentInspection* d = in.Of(row.department_code);
    if (!d) continue;
    const Obligation o = in.p.ToObligation(row);
    const std::int64_t due = o.due.due.ToUnixSeconds();
    if (o.kind == ObligationKind::kAnnualCensus && o.announced_on.year == in.to.year && o.fulfilled_at) {
      d->census_done = true;
    }
    if (due < in.period_start || due > in.period_end) continue;
    ++d->obligations_due;
    if (o.fulfilled_at && o.on_time) {
      ++d->obligations_on_time;
    } else if (!o.fulfilled_at && due < in.as_of) {
      ++d->obligations_overdue_now;
      d->findings.push_back(UpdateFinding(in, o,
                                          ChineseLabel(o.kind) + "后未在规定时限（" + o.due.due.date.ToIso() +
                                              "）前更新目录：" + o.description));
    } else if (o.fulfilled_at) {
      d->findings.push_back(UpdateFinding(in, o, ChineseLabel(o.kind) + "后目录更新逾期完成：" + o.description));
    }
  }
}

// The department's figures of the clause a kind of step is judged under
// (supervision::ClauseOf): A31 (7) the approval steps, A31 (2) the catalog
// revisions; none for objection checks (A31 (6) counts the objections they
// resolve, CollectObjections: once) and demand answers (A25, not scored).
struct StepCounts {
  int* completed;
  int* on_time;
  int* overdue_now;
};
std::optional<StepCounts> CountsOf(DepartmentInspection& d, supervision::StepClause clause) {
  switch (clause) {
    case supervision::StepClause::kTimeliness:
      return StepCounts{&d.steps_completed, &d.steps_on_time, &d.steps_overdue_now};
    case supervision::StepClause::kCatalogRevision:
      return StepCounts{&d.revisions_due, &d.revisions_on_time, &d.revisions_overdue_now};
    case supervision::StepClause::kObjections:
    case supervision::StepClause::kNotScored: return std::nullopt;
  }
  return std::nullopt;
}

// The clause and A33 ground of a late or overdue step.
SupervisionFinding StepClauseFinding(supervision::StepClause clause, const std::string& object,
                                     const std::string& text) {
  switch (clause) {
    case supervision::StepClause::kTimeliness: return {"A31(7)", 6, object, text, "", ""};
    // A33 (二) 未按照规定时限…更新资源目录和信息资源.
    case supervision::StepClause::kCatalogRevision: return {"A31(2)", 2, object, text, "", ""};
    case supervision::StepClause::kObjections: return {"A31(6)", 2, object, text, "", ""};
    case supervision::StepClause::kNotScored: break;
  }
  return {"", 6, object, text, "", ""};
}

// The finding of a late or overdue step: its clause and A33 ground, and
// beside them the national liability item when the period was N21/N22/N26's.
SupervisionFinding StepFinding(const storage::StepRow& r, supervision::StepClause clause, const std::string& text) {
  SupervisionFinding f = StepClauseFinding(clause, r.object, text);
  if (f.clause.empty()) f.clause = r.article.empty() ? "A25" : r.article;  // shown, not scored
  if (const auto l = supervision_rules::LiabilityOf(r.kind, r.article)) {
    f.liability = l->article;
    f.liability_zh = l->text;
  }
  return f;
}

// Every step completed in the period (on time or late) and those pending past
// their deadline: per kind in `steps`, and in the figures of its clause.
void CollectSteps(Inspection& in) {
  for (const auto& r : in.s.ListSteps("", false)) {
    DepartmentInspection* d = in.Of(r.department_code);
    if (!d) continue;
    StepTimeliness& t = d->steps[static_cast<size_t>(r.kind) - 1];
    const supervision::StepClause clause = supervision::ClauseOf(r.kind);
    const std::optional<StepCounts> counts = CountsOf(*d, clause);
    const LocalDateTime due = LocalDateTime::FromIso(r.due);
    if (r.completed_at) {
      if (*r.completed_at < in.period_start || *r.completed_at > in.period_end) continue;
      ++t.completed;
      if (counts) ++*counts->completed;
      if (r.on_time.value_or(false)) {
        ++t.on_time;
        if (counts) ++*counts->on_time;
      } else if (clause != supervision::StepClause::kObjections) {  // CollectObjections says it
        d->findings.push_back(
            StepFinding(r, clause, ChineseLabel(r.kind) + "超过规定时限完成（时限 " + due.date.ToIso() + "）"));
      }
    } else if (due.ToUnixSeconds() < in.as_of && r.started_at <= in.period_end) {
      ++t.overdue_now;
      if (counts) {
        ++*counts->overdue_now;
        // A31 (2): a revision still owed counts among those due.
        if (clause == supervision::StepClause::kCatalogRevision) ++*counts->completed;
      }
      d->findings.push_back(
          StepFinding(r, clause, ChineseLabel(r.kind) + "已逾期未办理（时限 " + due.date.ToIso() + "）"));
    }
  }
}

// A31 (2), (6): objections on the department's data resolved in the period —
// upheld (corrected, on time or not) or rejected — and those still open.
void CollectObjections(Inspection& in) {
  for (const auto& row : in.s.ListCases(CaseTable::kObjections, "", std::nullopt)) {
    DepartmentInspection* d = in.Of(row.provider_code);
    if (!d) continue;
    const Objection o = json::parse(row.body).get<Objection>();
    const std::string object = Obj("objection", row.id);
    if (row.status == ToString(ObjectionStatus::kOpen)) {
      if (row.created_at <= in.period_end) ++d->objections_open;
      continue;
    }
    if (!o.resolved_at) continue;
    const std::int64_t resolved = o.resolved_at->ToUnixSeconds();
    if (resolved < in.period_start || resolved > in.period_end) continue;
    if (row.status != ToString(ObjectionStatus::kCorrected)) {
      ++d->objections_rejected;
      continue;
    }
    ++d->objections_upheld;
    bool on_time = false;
    for (const auto& step : in.s.StepsOf(object)) on_time = on_time || step.on_time.value_or(false);
    if (on_time) ++d->corrections_on_time;
    d->findings.push_back(ClauseFinding("A31(6)", 2, object,
                           o.entry_code + " 数据经核实有误并已更正（" + o.objection.item + "）" +
                               (on_time ? "" : "，更正逾期")));
  }
}

// N29, N40 (五): consumers that obtained data through an authorization granted
// under the regulation and kept no use record of it by the period's end.
void CollectUseRecords(Inspection& in) {
  const Date national_from = in.p.Rules().national.in_force_from;
  std::map<std::int64_t, int> records;  // authorization → records made by the period's end
  for (const auto& row : in.s.ListCases(CaseTable::kUseRecords, "", std::nullopt)) {
    if (row.created_at > in.as_of) continue;
    ++records[json::parse(row.body).value("authorization_id", std::int64_t{0})];
  }
  const LocalDateTime as_of = LocalDateTime::FromUnixSeconds(in.as_of);
  for (const auto& row : in.s.ListCases(CaseTable::kAuthorizations, "", std::nullopt)) {
    DepartmentInspection* d = in.Of(row.consumer_code);
    if (!d) continue;
    Authorization z = json::parse(row.body).get<Authorization>();
    z.id = row.id;
    if (const auto used = in.s.LastUsed(row.id)) z.last_used = LocalDateTime::FromUnixSeconds(*used);
    const auto l = supervision_rules::UseRecordLiability(z, national_from, as_of, records[row.id]);
    if (!l) continue;
    d->findings.push_back({"N29", 6, Obj("authorization", row.id),
                           "授权 " + std::to_string(row.id) + "（" + z.entry_code + "）已获取共享数据，未记录使用场景、使用过程等情况",
                           l->article, l->text});
  }
}

// N27, N39 (七): ends and changes of services filed in the period that the
// consumer did not agree to.
void CollectServiceChanges(Inspection& in) {
  for (const auto& row : in.s.ListCases(CaseTable::kServiceChanges, "", std::nullopt)) {
    DepartmentInspection* d = in.Of(row.provider_code);
    if (!d) continue;
    ServiceChange c = json::parse(row.body).get<ServiceChange>();
    c.status = EnumFromStoredName(row.status, ServiceChangeStatus::kWithdrawn);
    if (!c.closed_at || c.closed_at->ToUnixSeconds() < in.period_start || c.closed_at->ToUnixSeconds() > in.period_end) {
      continue;
    }
    const auto l = supervision_rules::ServiceChangeLiability(c);
    if (!l) continue;
    d->findings.push_back({"N27", 6, Obj("service_change", row.id),
                           ChineseLabel(c.change.kind) + "（授权 " + std::to_string(c.change.authorization_id) + "，" +
                               c.entry_code + "）需求部门不同意：" + c.consumer_comment + "；理由：" + c.change.reason,
                           l->article, l->text});
  }
}

// N27 ¶2, N40 (二)(三): the misuses found in the period (suspensions for
// misuse ordered in it), with how the rectification went.
void CollectMisuse(Inspection& in) {
  for (const auto& row : in.s.ListCases(CaseTable::kAuthorizations, "", std::nullopt)) {
    DepartmentInspection* d = in.Of(row.consumer_code);
    if (!d) continue;
    const Authorization z = json::parse(row.body).get<Authorization>();
    for (const MisuseOrder& o : z.misuse_orders) {
      const std::int64_t at = o.ordered_at.ToUnixSeconds();
      if (at < in.period_start || at > in.period_end) continue;
      const supervision_rules::Liability l = supervision_rules::MisuseLiability(o.misuse);
      const bool closed = o.outcome && o.closed_at->ToUnixSeconds() <= in.as_of;
      const std::string how = closed ? ChineseLabel(*o.outcome) : o.reported_at ? "已报告整改，待核查" : "整改中";
      d->findings.push_back({"N27", 6, Obj("authorization", row.id),
                             "授权 " + std::to_string(row.id) + "（" + z.entry_code + "）" + ChineseLabel(o.misuse) +
                                 "：" + o.facts + "；" + how,
                             l.article, l.text});
    }
  }
}

// N24, N39 (五): returns of data to a lower level refused in the period.
void CollectReturnFlows(Inspection& in) {
  for (const auto& row : in.s.ListCases(CaseTable::kApplications, "", std::nullopt)) {
    Application x = json::parse(row.body).get<Application>();
    x.status = EnumFromStoredName(row.status, ApplicationStatus::kMaterialsRequested);
    // The department that refused: the provider, or the bureau in its place (A18, A23).
    const std::string refuser = x.authority_code.empty() ? row.provider_code : x.authority_code;
    DepartmentInspection* d = in.Of(refuser);
    if (!d) continue;
    const auto l = supervision_rules::ReturnFlowLiability(x, refuser == in.bureau);
    if (!l) continue;
    const std::string object = Obj("application", row.id);
    bool in_period = false;
    for (const auto& step : in.s.StepsOf(object)) {
      if (step.completed_at && step.outcome == "refused" && *step.completed_at >= in.period_start &&
          *step.completed_at <= in.period_end) {
        in_period = true;
      }
    }
    if (!in_period) continue;
    d->findings.push_back({"N24", 6, object,
                           "回流申请（" + x.entry_code + "，申请部门 " + row.consumer_code + "）被拒绝：" + x.reason,
                           l->article, l->text});
  }
}

// A28, A30: the usage log's lines of the period, by consumer. A decision
// made for a comparison is logged as the comparison ("compare"), never as a
// decide line too.
void AddUsage(DepartmentInspection& d, const storage::UsageCountRow& c) {
  const int n = static_cast<int>(c.lines);
  if (c.kind == "decide") {
    d.decisions += n;
    (c.allowed ? d.decisions_allowed : d.decisions_refused) += n;
  } else if (c.kind == "deliver") {
    d.deliveries += n;
  } else if (c.kind == "compare") {
    d.comparisons += n;
    d.comparisons_matched += static_cast<int>(c.matched);
  }
}

void CollectUsage(Inspection& in) {
  for (const storage::UsageCountRow& c : in.s.CountUsage(in.period_start, in.period_end)) {
    AddUsage(in.usage, c);
    if (DepartmentInspection* d = in.Of(c.consumer_code)) AddUsage(*d, c);
  }
}

// A32: an approved project has an entry compiled (created) by its approval
// day and — once accepted — a resource connected by its acceptance day.
void CollectProjects(Inspection& in) {
  for (const auto& [id, body] : in.s.ListProjects("")) {
    const Project p = json::parse(body).get<Project>();
    DepartmentInspection* d = in.Of(p.department_code);
    if (!d || !p.approved_on) continue;
    ++d->projects;
    bool compiled = false, connected = !p.accepted_on;
    std::vector<std::pair<std::int64_t, std::int64_t>> refreshed_by_acceptance;
    if (p.accepted_on) refreshed_by_acceptance = in.s.LastRefreshes(EndOf(*p.accepted_on));
    for (std::int64_t entry_id : p.entry_ids) {
      const auto versions = in.s.ListVersions(entry_id);
      if (!versions.empty() && versions.front().created_at < EndOf(*p.approved_on)) compiled = true;
      for (const auto& [entry, time] : refreshed_by_acceptance) connected = connected || entry == entry_id;
    }
    if (compiled && connected) {
      ++d->projects_compliant;
    } else {
      d->findings.push_back(ClauseFinding("A32", 1, Obj("project", id),
                             "项目“" + p.name + "”" + (compiled ? "" : "立项前未预编信息资源目录") +
                                 (!compiled && !connected ? "，" : "") + (connected ? "" : "验收时信息资源未接入平台")));
    }
  }
}

}  // namespace

InspectionReport SupervisionService::Inspect(const std::string& actor, const Date& from, const Date& to) const {
  return Inspect(actor, from, to, SupervisionWeights{});
}

InspectionReport SupervisionService::Inspect(const std::string& actor, const Date& from, const Date& to,
                                   const SupervisionWeights& weights) const {
  CheckArguments(from, to, weights);
  FlushUsage(*impl_);  // the period's usage lines, every one written
  return RunRead(*impl_, actor, Permission{Action::kInspect, "", "inspection"}, [&](Operation&) {
    const LocalDateTime now = impl_->Now();
    Inspection in{*impl_, impl_->S(), to, StartOf(from), EndOf(to), 0, {}, "", {}};
    in.as_of = std::min(in.period_end, now.ToUnixSeconds());
    AddDepartments(in);
    CollectCatalog(in);
    CollectObligations(in);
    CollectSteps(in);
    CollectObjections(in);
    CollectProjects(in);
    CollectUseRecords(in);
    CollectServiceChanges(in);
    CollectMisuse(in);
    CollectReturnFlows(in);
    CollectUsage(in);

    InspectionReport report;
    report.from = from;
    report.to = to;
    report.generated_at = now;
    report.calendar_version = impl_->Cal().version();
    report.rules = TextsInForce(impl_->Rules(), from, to);
    report.calendar_warning = CalendarWarning(*impl_);
    report.weights = weights;
    for (auto& [code, d] : in.by) {
      supervision::Evaluate(d, weights);
      report.departments.push_back(std::move(d));
    }
    supervision::Rank(report.departments);
    report.city = supervision::CityOf(report.departments);
    supervision::SetCityUsage(report.city, in.usage);
    return report;
  });
}

}  // namespace govshare
