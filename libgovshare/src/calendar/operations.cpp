// The platform calendar across the year boundary (docs/calendar.md): loading
// a year's holiday schedule into the platform, recomputing the provisional
// deadlines it settles, and the calendar's status.
#include <algorithm>

#include "platform/operation.h"
#include "sharing/rules.h"

namespace govshare {
namespace {

using storage::CalendarYearRow;
using storage::ObligationRow;
using storage::StepRow;

Deadline StoredDeadline(const std::string& due, const std::string& version, bool provisional) {
  Deadline d;
  d.due = LocalDateTime::FromIso(due);
  d.calendar_version = version;
  d.provisional = provisional;
  return d;
}

// The deadline of `rule` from `counted_from` on `calendar`, counted as the
// platform counts every statutory deadline (PlatformCore::LegalDeadlineOptions).
Deadline Recount(PlatformCore& p, const WorkdayCalendar& calendar, const LocalDateTime& counted_from,
                 const DeadlineRule& rule) {
  return calendar.ComputeDeadline(counted_from, rule, p.LegalDeadlineOptions());
}

DeadlineChange Change(std::string object, std::string what, std::string department, const Deadline& before,
                      const Deadline& after, const LocalDateTime& now) {
  DeadlineChange c;
  c.object = std::move(object);
  c.what = std::move(what);
  c.department_code = std::move(department);
  c.before = before;
  c.after = after;
  c.moved = !(before.due == after.due);
  c.overdue = after.due < now;
  return c;
}

// Open steps whose deadline was provisional, recounted on `calendar`.
std::vector<DeadlineChange> RecomputeSteps(PlatformCore& p, const WorkdayCalendar& calendar) {
  std::vector<DeadlineChange> out;
  for (StepRow r : p.S().ListSteps("", true)) {
    if (!r.provisional) continue;
    const Deadline before = StoredDeadline(r.due, r.calendar_version, r.provisional);
    const Deadline after = Recount(p, calendar, LocalDateTime::FromUnixSeconds(r.counted_from), r.rule);
    r.due = after.due.ToIso();
    r.calendar_version = after.calendar_version;
    r.provisional = after.provisional;
    p.S().UpdateStep(r);
    out.push_back(Change(r.object, ToString(r.kind), r.department_code, before, after, p.Now()));
  }
  return out;
}

// Open obligations whose deadline was provisional: a law revision or function
// change recounted (A11, 15 working days); a census keeps December 31 and
// stops being provisional once its year is loaded.
std::vector<DeadlineChange> RecomputeObligations(PlatformCore& p, const WorkdayCalendar& calendar) {
  std::vector<DeadlineChange> out;
  for (ObligationRow o : p.S().ListObligations("")) {
    if (o.fulfilled_at || !o.provisional) continue;
    const Deadline before = StoredDeadline(o.due, o.calendar_version, o.provisional);
    Deadline after;
    if (o.census_year) {
      after = before;
      after.provisional = !calendar.Covers(*o.census_year);
      after.calendar_version = calendar.version();
    } else {
      const Date announced = Date::FromIso(o.announced_on);
      DeadlineRule rule = p.Period(RuleQuery{Duty::kCatalogUpdate, announced}).rule;
      if (!o.extension.empty()) {  // N17: an approved extension stays in the count
        const ReplyExtension ext = nlohmann::json::parse(o.extension).get<ReplyExtension>();
        if (ext.approved.value_or(false)) rule = sharing_rules::Extended(rule, ext.working_days);
      }
      after = Recount(p, calendar, LocalDateTime{announced, 0, 0, 0}, rule);
    }
    o.due = after.due.ToIso();
    o.calendar_version = after.calendar_version;
    o.provisional = after.provisional;
    p.S().UpdateObligation(o);
    out.push_back(Change("obligation:" + std::to_string(o.id), "obligation", o.department_code, before, after,
                         p.Now()));
  }
  return out;
}

}  // namespace

CalendarLoadReport Platform::LoadCalendarYear(const std::string& actor, const std::string& text,
                                              const std::string& reason) {
  if (!internal::IsValidUtf8(reason)) throw InvalidArgumentError("reason is not valid UTF-8");
  std::shared_ptr<const WorkdayCalendar> next, base;
  std::string stamp;
  CalendarLoadReport report = RunWrite(*impl_, actor, Permission{Action::kManageCalendar, "", "calendar"}, [&](Operation& op) {
    const YearSchedule year = ParseYearSchedule(text, "calendar");
    const std::string object = "calendar:" + std::to_string(year.year);
    CalendarLoadReport r;
    r.year = year.year;
    r.digest = year.digest;
    const WorkdayCalendar& current = impl_->Cal();
    if (current.Covers(year.year)) r.previous_digest = current.Schedule(year.year).digest;
    if (r.previous_digest == year.digest) {  // the same schedule: nothing to do
      r.calendar_version = current.version();
      op.NoAuditRecord("the same schedule is loaded already");
      return r;
    }
    r.correction = !r.previous_digest.empty();
    if (r.correction && reason.find_first_not_of(" \t\r\n") == std::string::npos) {
      throw InvalidArgumentError("reason is required: " + std::to_string(year.year) +
                                 " is loaded already with another schedule (digest " + r.previous_digest.substr(0, 12) +
                                 "…); loading it again is a correction (docs/calendar.md)");
    }
    CalendarYearRow row;
    row.year = year.year;
    row.content = year.canonical_text;
    row.digest = year.digest;
    row.loaded_at = impl_->NowSeconds();
    row.loaded_by = op.user().id;
    row.reason = reason;
    impl_->S().UpsertCalendarYear(row);
    const std::string old_stamp = impl_->S().GetMeta(kMetaCalendarStamp).value_or("0");
    stamp = std::to_string(std::stoll(old_stamp.substr(0, old_stamp.find(':'))) + 1) + ":" + object + ":" +
            year.digest;
    impl_->S().SetMeta(kMetaCalendarStamp, stamp);
    base = impl_->BaseCalendar();
    next = impl_->ComposeCalendar(base);
    impl_->Tx().calendar = next;  // the rest of this transaction counts on it
    r.changed = true;
    r.calendar_version = next->version();
    op.Audit(r.correction ? "calendar.correct" : "calendar.load", object, r.previous_digest, year.digest,
                 reason.empty() ? "载入 " + std::to_string(year.year) + " 年节假日安排" : reason);
    // Recompute what the new year settles.
    r.recomputed = RecomputeSteps(*impl_, *next);
    for (auto& c : RecomputeObligations(*impl_, *next)) r.recomputed.push_back(std::move(c));
    for (auto& c : RecomputeRectificationDeadlines(*impl_, *next)) r.recomputed.push_back(std::move(c));
    for (const DeadlineChange& c : r.recomputed) {
      const std::string before = c.before.due.ToIso() + (c.before.provisional ? " (provisional)" : "");
      const std::string after = c.after.due.ToIso() + (c.after.provisional ? " (provisional)" : "");
      op.Audit("deadline.recompute", c.object, impl_->DigestOf(before), impl_->DigestOf(after),
                   c.what + ": " + before + " -> " + after + " (" + object + ")");
      if (c.moved) {
        op.Notify(NoticeKind::kCalendar, c.department_code, 0,
                      std::to_string(year.year) + " 年节假日安排已载入，" + c.object + "（" + c.what + "）的办理期限由 " +
                          c.before.due.date.ToIso() + " 调整为 " + c.after.due.date.ToIso() +
                          (c.overdue ? "，已逾期" : ""),
                      c.object);
      }
    }
    return r;
  });
  if (report.changed) impl_->PublishCalendar(base, next, stamp);
  return report;
}

CalendarState BuildCalendarState(PlatformCore& p) {
  CalendarState st;
  const WorkdayCalendar& cal = p.Cal();
  st.as_of = p.Now();
  st.calendar_version = cal.version();
  st.prediction_version = PredictionVersion();
  std::map<int, CalendarYearRow> stored;
  for (auto& r : p.S().ListCalendarYears()) stored[r.year] = std::move(r);
  for (int y : cal.years()) {
    CalendarYearInfo info;
    info.year = y;
    auto it = stored.find(y);
    if (it != stored.end()) {
      info.origin = "loaded";
      info.digest = it->second.digest;
      info.loaded_at = LocalDateTime::FromUnixSeconds(it->second.loaded_at);
      info.loaded_by = it->second.loaded_by;
      info.reason = it->second.reason;
    } else {
      info.origin = "builtin";
      info.digest = cal.Schedule(y).digest;
    }
    st.years.push_back(std::move(info));
  }
  auto count = [&](const std::string& due) {
    ++st.provisional_open;
    const LocalDateTime d = LocalDateTime::FromIso(due);
    if (!st.earliest_provisional_due || d < *st.earliest_provisional_due) st.earliest_provisional_due = d;
  };
  for (const auto& r : p.S().ListSteps("", true))
    if (r.provisional) count(r.due);
  for (const auto& o : p.S().ListObligations(""))
    if (!o.fulfilled_at && o.provisional) count(o.due);
  for (const auto& c : p.S().ListCases(storage::CaseTable::kRectifications, "", std::nullopt)) {
    if (c.status == ToString(RectificationStatus::kResolved)) continue;
    const auto body = nlohmann::json::parse(c.body);
    const auto& due = body.at("due");
    if (due.value("provisional", false)) count(due.at("due").get<std::string>());
  }
  int y = st.as_of.date.year;
  while (cal.Covers(y)) ++y;
  st.first_unloaded_date = y == st.as_of.date.year ? st.as_of.date : Date{y, 1, 1};
  st.next_year_missing = st.as_of.date.month >= 11 && !cal.Covers(st.as_of.date.year + 1);
  if (const auto missing = p.MissingYear()) {
    st.warning = PlatformCore::MissingYearWarning(*missing);
    if (st.provisional_open) {
      st.warning += "；临时期限 " + std::to_string(st.provisional_open) + " 项 (" +
                    std::to_string(st.provisional_open) + " provisional deadlines open)";
    }
  }
  return st;
}

std::string CalendarWarning(PlatformCore& impl) { return BuildCalendarState(impl).warning; }

CalendarState Platform::CalendarStatus(const std::string& actor) const {
  return RunRead(*impl_, actor, Permission{Action::kReadCatalog, "", "calendar"},
                 [&](Operation&) { return BuildCalendarState(*impl_); });
}

}  // namespace govshare
