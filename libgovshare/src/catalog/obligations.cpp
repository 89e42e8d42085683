// Obligations to update the catalog (A11): within 15 working days of a law
// revision or a change of functions — fulfilled by an approved revision
// submitted after it was opened (CatalogService::Approve, catalog/lifecycle.cpp)
// — and the annual census by the year's end, fulfilled by the department's
// census return (ReturnCensus). Which act fulfils which: catalog/rules.h.
#include <set>

#include "catalog/rules.h"
#include "platform/operation.h"
#include "sharing/rules.h"

namespace govshare {

Obligation CatalogService::RecordLegalChange(const std::string& actor, const std::string& department_code,
                                       ObligationKind kind, const std::string& description, const Date& announced_on) {
  if (kind != ObligationKind::kLawRevision && kind != ObligationKind::kFunctionChange) {
    throw InvalidArgumentError(
        "kind must be law_revision or function_change (A11); census obligations come from ScheduleCensus");
  }
  RequireText(description, "description", "A11: what was revised or changed");
  if (!announced_on.IsValid()) {
    throw InvalidArgumentError("announced_on " + announced_on.ToIso() + " is not a calendar date");
  }
  PlatformCore& core = *impl_;
  return RunWrite(core, actor,
                  Permission{Action::kRecordLegalChange, department_code, "department:" + department_code},
                  [&](Operation& op) {
                    if (!core.S().FindDepartment(department_code)) {
                      throw NotFoundError("department " + department_code + " does not exist");
                    }
                    // A11: within 15 working days of the public announcement;
                    // N17 (changes from 2025-08-01): within 10 working days.
                    const periods::StatutoryPeriod period = core.Period(RuleQuery{Duty::kCatalogUpdate, announced_on});
                    const Deadline due = core.LegalDeadline(LocalDateTime{announced_on, 0, 0, 0}, period.rule);
                    ObligationRow o;
                    o.kind = kind;
                    o.department_code = department_code;
                    o.description = description;
                    o.announced_on = announced_on.ToIso();
                    o.due = due.due.ToIso();
                    o.calendar_version = due.calendar_version;
                    o.provisional = due.provisional;
                    o.created_at = core.NowSeconds();
                    o.id = core.S().InsertObligation(o);
                    op.Notify(NoticeKind::kObligation, department_code, 0,
                              "请于 " + due.due.date.ToIso() + " 前更新本部门政务信息资源目录：" + description + " (" +
                                  period.article + ")");
                    op.Audit("obligation.record", "obligation:" + std::to_string(o.id), "",
                             core.DigestOf(o.department_code + "|" + o.description + "|" + o.due), description);
                    return core.ToObligation(o);
                  });
}

namespace {

// An obligation by id: the not-found error otherwise.
ObligationRow LoadObligation(PlatformCore& core, std::int64_t id) {
  for (const ObligationRow& o : core.S().ListObligations("")) {
    if (o.id == id) return o;
  }
  throw NotFoundError("obligation " + std::to_string(id) + " does not exist");
}

// N17 extends an update after a change in law or duties, not the census —
// checked once the actor may act (a refusal of the actor comes first).
void RequireUpdateObligation(const ObligationRow& o) {
  if (o.census_year) {
    throw InvalidTransitionError("obligation " + std::to_string(o.id) +
                                 " is the annual census (A11, due December 31); N17's extension is of an update "
                                 "after a change in law or duties");
  }
}

std::string ObligationObject(std::int64_t id) { return "obligation:" + std::to_string(id); }

}  // namespace

Obligation CatalogService::RequestUpdateExtension(const std::string& actor, std::int64_t obligation_id,
                                                  int working_days, const std::string& reason) {
  RequireText(reason, "reason", "N17: 因特殊原因需要延长更新期限的");
  PlatformCore& core = *impl_;
  std::optional<ObligationRow> o;
  return RunWrite(
      core, actor,
      [&](const std::optional<PlatformCore::Actor>&) {
        o = LoadObligation(core, obligation_id);
        return Permission{Action::kSubmitCatalog, o->department_code, ObligationObject(obligation_id)};
      },
      [&](Operation& op) {
        RequireUpdateObligation(*o);
        const Date announced = Date::FromIso(o->announced_on);
        if (!HasRule(core.Rules(), Duty::kCatalogUpdateExtension, announced)) {
          throw InvalidTransitionError("obligation " + std::to_string(obligation_id) + " of " + o->announced_on +
                                       " runs on " + core.Period(RuleQuery{Duty::kCatalogUpdate, announced}).article +
                                       ", which allows no extension (N17's applies to changes from " +
                                       core.Rules().national.in_force_from.ToIso() + ")");
        }
        if (o->fulfilled_at) {
          throw InvalidTransitionError("obligation " + std::to_string(obligation_id) +
                                       " is fulfilled; there is nothing to extend (N17)");
        }
        const periods::StatutoryPeriod cap = core.Period(RuleQuery{Duty::kCatalogUpdateExtension, announced});
        std::optional<ReplyExtension> asked;
        if (!o->extension.empty()) asked = nlohmann::json::parse(o->extension).get<ReplyExtension>();
        sharing_rules::CheckExtension(asked, "obligation " + std::to_string(obligation_id), "the update",
                                      working_days, cap.rule,
                                      cap.article + " 经同级政务数据共享主管部门同意，可以延长" +
                                          std::to_string(cap.rule.count) + "个工作日",
                                      LocalDateTime::FromIso(o->due), core.Now());
        ReplyExtension ext;
        ext.working_days = working_days;
        ext.reason = reason;
        ext.requested_by = op.user().id;
        ext.requested_at = core.Now();
        const std::string before = core.DigestOf(o->extension);
        o->extension = nlohmann::json(ext).dump();
        core.S().UpdateObligation(*o);
        for (const std::string& bureau : core.BureauDepartments()) op.Notify(NoticeKind::kObligation, bureau, 0,
                  op.department().name + " 申请将目录更新期限（" + o->description + "）延长 " +
                      std::to_string(working_days) + " 个工作日：" + reason + "，请审批 (" + cap.article + ")");
        op.Audit("obligation.request_extension", ObligationObject(obligation_id), before,
                 core.DigestOf(o->extension), std::to_string(working_days) + " " + reason);
        return core.ToObligation(*o);
      });
}

Obligation CatalogService::DecideUpdateExtension(const std::string& actor, std::int64_t obligation_id, bool approve,
                                                 const std::string& reason) {
  RequireText(reason, "reason", "N17: the authority's decision on the extension");
  PlatformCore& core = *impl_;
  return RunWrite(core, actor, Permission{Action::kDecideExtension, "", ObligationObject(obligation_id)},
                  [&](Operation& op) {
    ObligationRow o = LoadObligation(core, obligation_id);
    RequireUpdateObligation(o);
    std::optional<ReplyExtension> ext;
    if (!o.extension.empty()) ext = nlohmann::json::parse(o.extension).get<ReplyExtension>();
    if (!ext || ext->approved) {
      throw InvalidTransitionError("obligation " + std::to_string(obligation_id) +
                                   (ext ? " had its extension decided on " + ext->decided_at->date.ToIso()
                                        : std::string(" has no extension asked for")) + " (N17)");
    }
    if (o.fulfilled_at) {
      throw InvalidTransitionError("obligation " + std::to_string(obligation_id) +
                                   " is fulfilled; there is nothing to extend (N17)");
    }
    const std::string before = core.DigestOf(o.extension + "|" + o.due);
    ext->approved = approve;
    ext->decided_by = op.user().id;
    ext->decision_reason = reason;
    ext->decided_at = core.Now();
    o.extension = nlohmann::json(*ext).dump();
    std::string message = "目录更新期限（" + o.description + "）延长申请";
    if (approve) {
      const Date announced = Date::FromIso(o.announced_on);
      const Deadline due = core.LegalDeadline(
          LocalDateTime{announced, 0, 0, 0},
          sharing_rules::Extended(core.Period(RuleQuery{Duty::kCatalogUpdate, announced}).rule, ext->working_days));
      o.due = due.due.ToIso();
      o.calendar_version = due.calendar_version;
      o.provisional = due.provisional;
      message += "已同意，延长 " + std::to_string(ext->working_days) + " 个工作日，请于 " + due.due.date.ToIso() +
                 " 前完成更新 (N17)：" + reason;
    } else {
      message += "未同意，请于 " + LocalDateTime::FromIso(o.due).date.ToIso() + " 前完成更新 (N17)：" + reason;
    }
    core.S().UpdateObligation(o);
    op.Notify(NoticeKind::kObligation, o.department_code, 0, message);
    op.Audit(approve ? "obligation.approve_extension" : "obligation.refuse_extension", ObligationObject(obligation_id),
             before, core.DigestOf(o.extension + "|" + o.due), reason);
    return core.ToObligation(o);
  });
}

std::vector<Obligation> CatalogService::ScheduleCensus(const std::string& actor, int year) {
  if (year < 2000 || year > 2999) throw InvalidArgumentError("year must be 2000..2999");
  PlatformCore& core = *impl_;
  return RunWrite(core, actor, Permission{Action::kScheduleCensus, "", "census:" + std::to_string(year)},
                  [&](Operation& op) {
                    std::set<std::string> have;
                    for (const auto& o : core.S().ListObligations("")) {
                      if (o.census_year && *o.census_year == year) have.insert(o.department_code);
                    }
                    std::vector<Obligation> out;
                    const Date end{year, 12, 31};
                    for (const auto& d : core.S().ListDepartments()) {
                      if (have.count(d.code)) continue;
                      ObligationRow o;
                      o.kind = ObligationKind::kAnnualCensus;
                      o.department_code = d.code;
                      o.description = std::to_string(year) + " 年度政务信息资源目录全面普查 (A11)";
                      o.announced_on = Date{year, 1, 1}.ToIso();
                      // The census is a yearly act: due by the end of the year.
                      o.due = LocalDateTime{end, 24, 0, 0}.ToIso();
                      o.calendar_version = core.Cal().version();
                      o.provisional = !core.Cal().Covers(year);
                      o.census_year = year;
                      o.created_at = core.NowSeconds();
                      o.id = core.S().InsertObligation(o);
                      op.Notify(NoticeKind::kObligation, d.code, 0, o.description);
                      out.push_back(core.ToObligation(o));
                    }
                    if (out.empty()) {
                      op.NoAuditRecord("every department has the year's census obligation");
                    } else {
                      op.Audit("obligation.census", "census:" + std::to_string(year), "",
                               core.DigestOf(std::to_string(out.size())), "");
                    }
                    return out;
                  });
}

Obligation CatalogService::ReturnCensus(const std::string& actor, const std::string& department_code, int year,
                                       const std::vector<CensusLine>& lines) {
  if (year < 2000 || year > 2999) throw InvalidArgumentError("year must be 2000..2999");
  PlatformCore& core = *impl_;
  const std::string object = "census:" + std::to_string(year) + ":" + department_code;
  return RunWrite(core, actor, Permission{Action::kSubmitCatalog, department_code, object}, [&](Operation& op) {
    std::optional<ObligationRow> census;
    for (const auto& o : core.S().ListObligations(department_code)) {
      if (o.kind == ObligationKind::kAnnualCensus && o.census_year == year) census = o;
    }
    if (!census) {
      throw NotFoundError("year " + std::to_string(year) + ": no census of " + std::to_string(year) +
                          " is scheduled for department " + department_code + " (A11)");
    }
    if (census->fulfilled_at) {
      throw InvalidTransitionError("the " + std::to_string(year) + " census of " + department_code +
                                   " was already returned (A11 每年一次)");
    }
    // What the census reviews: every published entry of the department, and
    // the revision of each submitted in the year (not rejected).
    const std::int64_t year_start = LocalDateTime{Date{year, 1, 1}, 0, 0, 0}.ToUnixSeconds();
    const std::int64_t year_end = LocalDateTime{Date{year, 12, 31}, 24, 0, 0}.ToUnixSeconds();
    std::vector<catalog_rules::CensusFacts> published;
    for (const auto& e : core.S().ListEntries(department_code)) {
      if (e.status != EntryStatus::kPublished && e.status != EntryStatus::kWithdrawalRequested) continue;
      if (!e.live_version) continue;
      catalog_rules::CensusFacts f;
      f.entry_id = e.id;
      for (const auto& v : core.S().ListVersions(e.id)) {
        if (!v.submitted_at || *v.submitted_at < year_start || *v.submitted_at >= year_end) continue;
        if (v.status == VersionStatus::kDraft || v.status == VersionStatus::kRejected) continue;
        f.revised_version = std::max(f.revised_version, v.number);
      }
      published.push_back(f);
    }
    const std::vector<CensusLine> stored =
        catalog_rules::CheckCensusReturn(year, core.Now().date.year, published, lines);
    census->fulfilled_at = core.NowSeconds();
    census->census_return = PlatformCore::CensusReturnJson(stored);
    core.S().UpdateObligation(*census);
    int revised = 0;
    for (const auto& l : stored) revised += l.outcome == CensusOutcome::kRevised ? 1 : 0;
    const std::string summary = std::to_string(year) + " 年度目录普查：" + std::to_string(stored.size()) +
                                " 条目录，已更新 " + std::to_string(revised) + " 条 (A11)";
    op.Audit("obligation.census_return", "obligation:" + std::to_string(census->id), "",
             core.DigestOf(census->census_return), summary);
    return core.ToObligation(*census);
  });
}

std::vector<Obligation> CatalogService::Obligations(const std::string& actor, const std::string& department_code,
                                              bool unfulfilled_only) const {
  PlatformCore& core = *impl_;
  return RunRead(core, actor, Permission{Action::kReadCatalog, "", "obligations"}, [&](Operation& op) {
    const bool all =
        PlatformCore::SeesAllCases(op.actor());
    std::string dept = department_code;
    if (!all) {
      if (!dept.empty() && dept != op.user().department_code) op.Deny("a department sees its own obligations");
      dept = op.user().department_code;
    }
    std::vector<Obligation> out;
    for (const auto& o : core.S().ListObligations(dept)) {
      Obligation ob = core.ToObligation(o);
      if (unfulfilled_only && ob.state == ObligationState::kFulfilled) continue;
      out.push_back(ob);
    }
    return out;
  });
}

}  // namespace govshare
