// Obligations to update the catalog (A11): within 15 working days of a law
// revision or a change of functions, and the annual census by the year's
// end. A submission fulfils them (catalog/lifecycle.cpp).
#include <set>

#include "platform/operation.h"

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
                    // A11: within 15 working days of the public announcement.
                    const Deadline due =
                        core.LegalDeadline(LocalDateTime{announced_on, 0, 0, 0}, periods::kLegalChange.rule);
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
                              "请于 " + due.due.date.ToIso() + " 前更新本部门政务信息资源目录：" + description + " (A11)");
                    op.Audit("obligation.record", "obligation:" + std::to_string(o.id), "",
                             core.DigestOf(o.department_code + "|" + o.description + "|" + o.due), description);
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
                    op.Audit("obligation.census", "census:" + std::to_string(year), "",
                             core.DigestOf(std::to_string(out.size())), "");
                    return out;
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
