// Sharing cases (applications, authorizations, demands, objections, disputes,
// rectifications), their steps with statutory deadlines, and the holiday
// schedules the bureau loaded that the deadlines are counted on.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "storage/sql/sql_storage.h"

#define kStepColumns                                                                       \
  "SELECT id, kind, object, department_code, started_at, due, calendar_version, provisional, " \
  "completed_at, completed_by, outcome, on_time, counted_from, rule_unit, rule_count, article FROM steps"

// The eight case tables share one shape; CASE_SQL(M) lists M(table) in
// CaseTable order, so each statement is a string literal (the cache key).
#define CASE_SQL(M)                                                                                                    \
  M("applications"), M("authorizations"), M("demand_requests"), M("objections"), M("disputes"), M("rectifications"), \
      M("service_changes"), M("use_records")
#define CASE_COLUMNS "id, row_version, status, consumer_code, provider_code, entry_id, created_at, body"
#define INSERT_CASE(t)                                                                         \
  "INSERT INTO " t "(row_version, status, consumer_code, provider_code, entry_id, created_at, body) " \
  "VALUES(?, ?, ?, ?, ?, ?, ?)"
#define FIND_CASE(t) "SELECT " CASE_COLUMNS " FROM " t " WHERE id = ?"
#define UPDATE_CASE(t) \
  "UPDATE " t " SET row_version = ?, status = ?, entry_id = ?, body = ? WHERE id = ? AND row_version = ?"
#define LIST_CASES(t) "SELECT " CASE_COLUMNS " FROM " t " ORDER BY id"
#define LIST_CASES_OF_DEPARTMENT(t) \
  "SELECT " CASE_COLUMNS " FROM " t " WHERE consumer_code = ? OR provider_code = ? ORDER BY id"
#define LIST_CASES_OF_ENTRY(t) "SELECT " CASE_COLUMNS " FROM " t " WHERE entry_id = ? ORDER BY id"

namespace govshare::storage::sql {

namespace {

template <typename Stmt>
CaseRow ReadCase(const Stmt& s) {
  CaseRow c;
  c.id = s.Int(0);
  c.row_version = s.Int(1);
  c.status = s.Text(2);
  c.consumer_code = s.Text(3);
  c.provider_code = s.Text(4);
  c.entry_id = s.OptInt(5);
  c.created_at = s.Int(6);
  c.body = s.Text(7);
  return c;
}

template <typename Stmt>
StepRow ReadStep(const Stmt& s) {
  StepRow r;
  r.id = s.Int(0);
  r.kind = EnumFromText(s.Text(1), StepKind::kFormCheck, StepKind::kDisputeCoordination);
  r.object = s.Text(2);
  r.department_code = s.Text(3);
  r.started_at = s.Int(4);
  r.due = s.Text(5);
  r.calendar_version = s.Text(6);
  r.provisional = s.Int(7) != 0;
  r.completed_at = s.OptInt(8);
  r.completed_by = s.Text(9);
  r.outcome = s.Text(10);
  if (!s.IsNull(11)) r.on_time = s.Int(11) != 0;
  r.counted_from = s.Int(12);
  r.rule.unit = static_cast<DeadlineUnit>(s.Int(13));
  r.rule.count = static_cast<int>(s.Int(14));
  r.article = s.Text(15);
  return r;
}

}  // namespace

template <typename B>
std::int64_t SqlStorage<B>::InsertCase(CaseTable t, const CaseRow& c) {
  static const char* const kSql[] = {CASE_SQL(INSERT_CASE)};
  Stmt s(cache(), kSql[static_cast<int>(t)]);
  return s.Bind(1, c.row_version).Bind(2, c.status).Bind(3, c.consumer_code).Bind(4, c.provider_code)
      .Bind(5, c.entry_id).Bind(6, c.created_at).Bind(7, c.body).RunInsert();
}

template <typename B>
std::optional<CaseRow> SqlStorage<B>::FindCase(CaseTable t, std::int64_t id) {
  static const char* const kSql[] = {CASE_SQL(FIND_CASE)};
  Stmt s(cache(), kSql[static_cast<int>(t)]);
  s.Bind(1, id);
  if (!s.Step()) return std::nullopt;
  return ReadCase(s);
}

template <typename B>
bool SqlStorage<B>::UpdateCase(CaseTable t, const CaseRow& c, std::int64_t expected_row_version) {
  static const char* const kSql[] = {CASE_SQL(UPDATE_CASE)};
  Stmt s(cache(), kSql[static_cast<int>(t)]);
  return s.Bind(1, c.row_version).Bind(2, c.status).Bind(3, c.entry_id).Bind(4, c.body).Bind(5, c.id)
      .Bind(6, expected_row_version).RunIfCurrent();
}

template <typename B>
std::vector<CaseRow> SqlStorage<B>::ListCases(CaseTable t, const std::string& department_code,
                                              std::optional<std::int64_t> entry_id) {
  static const char* const kAll[] = {CASE_SQL(LIST_CASES)};
  static const char* const kByDepartment[] = {CASE_SQL(LIST_CASES_OF_DEPARTMENT)};
  static const char* const kByEntry[] = {CASE_SQL(LIST_CASES_OF_ENTRY)};
  const int i = static_cast<int>(t);
  std::vector<CaseRow> out;
  if (entry_id) {
    Stmt s(cache(), kByEntry[i]);
    s.Bind(1, *entry_id);
    while (s.Step()) out.push_back(ReadCase(s));
  } else if (!department_code.empty()) {
    Stmt s(cache(), kByDepartment[i]);
    s.Bind(1, department_code).Bind(2, department_code);
    while (s.Step()) out.push_back(ReadCase(s));
  } else {
    Stmt s(cache(), kAll[i]);
    while (s.Step()) out.push_back(ReadCase(s));
  }
  if (entry_id && !department_code.empty()) {
    out.erase(std::remove_if(out.begin(), out.end(),
                             [&](const CaseRow& c) {
                               return c.consumer_code != department_code && c.provider_code != department_code;
                             }),
              out.end());
  }
  return out;
}

template <typename B>
std::int64_t SqlStorage<B>::InsertStep(const StepRow& r) {
  Stmt s(cache(), "INSERT INTO steps(kind, object, department_code, started_at, due, calendar_version, "
               "provisional, completed_at, completed_by, outcome, on_time, counted_from, rule_unit, rule_count, article) "
               "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  return s.Bind(1, ToString(r.kind)).Bind(2, r.object).Bind(3, r.department_code).Bind(4, r.started_at)
      .Bind(5, r.due).Bind(6, r.calendar_version).Bind(7, r.provisional).Bind(8, r.completed_at)
      .Bind(9, r.completed_by).Bind(10, r.outcome).Bind(11, r.on_time).Bind(12, r.counted_from)
      .Bind(13, static_cast<std::int64_t>(r.rule.unit)).Bind(14, static_cast<std::int64_t>(r.rule.count)).Bind(15, r.article).RunInsert();
}

template <typename B>
void SqlStorage<B>::UpdateStep(const StepRow& r) {
  Stmt s(cache(), "UPDATE steps SET due = ?, calendar_version = ?, provisional = ?, completed_at = ?, "
               "completed_by = ?, outcome = ?, on_time = ?, article = ?, rule_unit = ?, rule_count = ? WHERE id = ?");
  s.Bind(1, r.due).Bind(2, r.calendar_version).Bind(3, r.provisional).Bind(4, r.completed_at)
      .Bind(5, r.completed_by).Bind(6, r.outcome).Bind(7, r.on_time).Bind(8, r.article)
      .Bind(9, static_cast<std::int64_t>(r.rule.unit)).Bind(10, static_cast<std::int64_t>(r.rule.count)).Bind(11, r.id)
      .Run();
}

template <typename B>
std::vector<StepRow> SqlStorage<B>::StepsOf(const std::string& object) {
  Stmt s(cache(), kStepColumns " WHERE object = ? ORDER BY id");
  s.Bind(1, object);
  std::vector<StepRow> out;
  while (s.Step()) out.push_back(ReadStep(s));
  return out;
}

template <typename B>
std::vector<StepRow> SqlStorage<B>::ListSteps(const std::string& department_code, bool pending_only) {
  std::vector<StepRow> out;
  if (department_code.empty()) {
    Stmt s(cache(), pending_only ? kStepColumns " WHERE completed_at IS NULL ORDER BY id"
                                 : kStepColumns " ORDER BY id");
    while (s.Step()) out.push_back(ReadStep(s));
  } else {
    Stmt s(cache(), pending_only
                     ? kStepColumns " WHERE department_code = ? AND completed_at IS NULL ORDER BY id"
                     : kStepColumns " WHERE department_code = ? ORDER BY id");
    s.Bind(1, department_code);
    while (s.Step()) out.push_back(ReadStep(s));
  }
  return out;
}

template <typename B>
void SqlStorage<B>::UpsertCalendarYear(const CalendarYearRow& r) {
  Stmt s(cache(), "INSERT INTO calendar_years(year, content, digest, loaded_at, loaded_by, reason) "
               "VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(year) DO UPDATE SET content = excluded.content, "
               "digest = excluded.digest, loaded_at = excluded.loaded_at, loaded_by = excluded.loaded_by, "
               "reason = excluded.reason");
  s.Bind(1, static_cast<std::int64_t>(r.year)).Bind(2, r.content).Bind(3, r.digest).Bind(4, r.loaded_at)
      .Bind(5, r.loaded_by).Bind(6, r.reason).Run();
}

template <typename B>
std::vector<CalendarYearRow> SqlStorage<B>::ListCalendarYears() {
  Stmt s(cache(), "SELECT year, content, digest, loaded_at, loaded_by, reason FROM calendar_years ORDER BY year");
  std::vector<CalendarYearRow> out;
  while (s.Step()) {
    CalendarYearRow r;
    r.year = static_cast<int>(s.Int(0));
    r.content = s.Text(1);
    r.digest = s.Text(2);
    r.loaded_at = s.Int(3);
    r.loaded_by = s.Text(4);
    r.reason = s.Text(5);
    out.push_back(std::move(r));
  }
  return out;
}

template class SqlStorage<sqlite::Backend>;
template class SqlStorage<postgres::Backend>;

}  // namespace govshare::storage::sql
