// The catalog's rows: departments, users, entries and their versions,
// subscriptions, notices, obligations.
#include <string>
#include <utility>
#include <vector>

#include "storage/sql/sql_storage.h"

#define kEntryColumns                                                                       \
  "SELECT id, code, provider_code, status, row_version, live_version, working_version, " \
  "withdrawal_reason, source_platform, imported_at FROM entries"
#define kVersionColumns                                                                    \
  "SELECT entry_id, number, status, content, created_by, created_at, submitted_at, "      \
  "reviewed_at, reviewed_by, rejection, published_at, content_digest FROM entry_versions"
#define kNoticeColumns                                                                    \
  "SELECT id, kind, department_code, entry_id, message, created_at, acknowledged_at, "   \
  "acknowledged_by, object FROM notices"
#define kObligationColumns                                                                  \
  "SELECT id, kind, department_code, description, announced_on, due, calendar_version, "  \
  "provisional, census_year, created_at, fulfilled_at, fulfilled_by_entry, fulfilled_by_version, "    \
  "census_return, extension FROM obligations"

namespace govshare::storage::sql {

namespace {

std::string JoinRoles(const std::vector<Role>& roles) {
  std::string out;
  for (Role r : roles) out += (out.empty() ? "" : ",") + ToString(r);
  return out;
}

std::vector<Role> SplitRoles(const std::string& s) {
  std::vector<Role> out;
  size_t start = 0;
  while (start < s.size()) {
    size_t comma = s.find(',', start);
    if (comma == std::string::npos) comma = s.size();
    out.push_back(ParseRole(s.substr(start, comma - start)));
    start = comma + 1;
  }
  return out;
}

// code, name, level, parent_code from column `first` on.
template <typename Stmt>
Department ReadDepartment(const Stmt& s, int first = 0) {
  Department d;
  d.code = s.Text(first);
  d.name = s.Text(first + 1);
  d.level = ParseDepartmentLevel(s.Text(first + 2));
  d.parent_code = s.Text(first + 3);
  d.audit_body = s.Int(first + 4) != 0;
  return d;
}

template <typename Stmt>
User ReadUser(const Stmt& s) {
  User u;
  u.id = s.Text(0);
  u.name = s.Text(1);
  u.department_code = s.Text(2);
  u.roles = SplitRoles(s.Text(3));
  u.active = s.Int(4) != 0;
  return u;
}

template <typename Stmt>
EntryRow ReadEntry(const Stmt& s) {
  EntryRow e;
  e.id = s.Int(0);
  e.code = s.Text(1);
  e.provider_code = s.Text(2);
  e.status = EnumFromText(s.Text(3), EntryStatus::kUnpublished, EntryStatus::kWithdrawn);
  e.row_version = s.Int(4);
  if (!s.IsNull(5)) e.live_version = static_cast<int>(s.Int(5));
  if (!s.IsNull(6)) e.working_version = static_cast<int>(s.Int(6));
  e.withdrawal_reason = s.Text(7);
  e.source_platform = s.Text(8);
  e.imported_at = s.OptInt(9);
  return e;
}

template <typename Stmt>
Stmt& BindVersion(Stmt& s, const VersionRow& v) {
  return s.Bind(1, v.entry_id).Bind(2, v.number).Bind(3, ToString(v.status)).Bind(4, v.content)
      .Bind(5, v.created_by).Bind(6, v.created_at).Bind(7, v.submitted_at).Bind(8, v.reviewed_at)
      .Bind(9, v.reviewed_by).Bind(10, v.rejection).Bind(11, v.published_at)
      .Bind(12, v.content_digest);
}

template <typename Stmt>
VersionRow ReadVersion(const Stmt& s) {
  VersionRow v;
  v.entry_id = s.Int(0);
  v.number = static_cast<int>(s.Int(1));
  v.status = EnumFromText(s.Text(2), VersionStatus::kDraft, VersionStatus::kSuperseded);
  v.content = s.Text(3);
  v.created_by = s.Text(4);
  v.created_at = s.Int(5);
  v.submitted_at = s.OptInt(6);
  v.reviewed_at = s.OptInt(7);
  v.reviewed_by = s.Text(8);
  v.rejection = s.Text(9);
  v.published_at = s.OptInt(10);
  v.content_digest = s.Text(11);
  return v;
}

template <typename Stmt>
NoticeRow ReadNotice(const Stmt& s) {
  NoticeRow n;
  n.id = s.Int(0);
  n.kind = EnumFromText(s.Text(1), NoticeKind::kReviewResult, NoticeKind::kNonUse);
  n.department_code = s.Text(2);
  n.entry_id = s.Int(3);
  n.message = s.Text(4);
  n.created_at = s.Int(5);
  n.acknowledged_at = s.OptInt(6);
  n.acknowledged_by = s.Text(7);
  n.object = s.Text(8);
  return n;
}

}  // namespace

template <typename B>
void SqlStorage<B>::InsertDepartment(const Department& d) {
  Stmt s(cache(), "INSERT INTO departments(code, name, level, parent_code, audit_body) VALUES(?, ?, ?, ?, ?)");
  s.Bind(1, d.code).Bind(2, d.name).Bind(3, ToString(d.level)).BindNullIfEmpty(4, d.parent_code)
      .Bind(5, d.audit_body).Run();
}

template <typename B>
void SqlStorage<B>::SetAuditBody(const std::string& code, bool audit_body) {
  Stmt s(cache(), "UPDATE departments SET audit_body = ? WHERE code = ?");
  s.Bind(1, audit_body).Bind(2, code).Run();
}

template <typename B>
std::optional<Department> SqlStorage<B>::FindDepartment(const std::string& code) {
  Stmt s(cache(), "SELECT code, name, level, parent_code, audit_body FROM departments WHERE code = ?");
  s.Bind(1, code);
  if (!s.Step()) return std::nullopt;
  return ReadDepartment(s);
}

template <typename B>
void SqlStorage<B>::InsertFederationKey(const FederationKeyRow& k) {
  Stmt s(cache(), "INSERT INTO federation_keys(county_code, key_id, algorithm, public_key, registered_at, "
               "registered_by) VALUES(?, ?, ?, ?, ?, ?)");
  s.Bind(1, k.county_code).Bind(2, k.key_id).Bind(3, k.algorithm).Bind(4, k.public_key).Bind(5, k.registered_at)
      .Bind(6, k.registered_by).Run();
}

template <typename B>
bool SqlStorage<B>::DeleteFederationKey(const std::string& county_code, const std::string& key_id) {
  {
    Stmt found(cache(), "SELECT count(*) FROM federation_keys WHERE county_code = ? AND key_id = ?");
    found.Bind(1, county_code).Bind(2, key_id);
    if (!found.Step() || found.Int(0) == 0) return false;
  }
  Stmt s(cache(), "DELETE FROM federation_keys WHERE county_code = ? AND key_id = ?");
  s.Bind(1, county_code).Bind(2, key_id).Run();
  return true;
}

template <typename B>
std::vector<FederationKeyRow> SqlStorage<B>::ListFederationKeys(const std::string& county_code) {
  Stmt s(cache(), "SELECT county_code, key_id, algorithm, public_key, registered_at, registered_by "
               "FROM federation_keys WHERE CAST(? AS TEXT) = '' OR county_code = ? ORDER BY county_code, key_id");
  s.Bind(1, county_code).Bind(2, county_code);
  std::vector<FederationKeyRow> out;
  while (s.Step()) out.push_back(FederationKeyRow{s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Int(4), s.Text(5)});
  return out;
}

template <typename B>
std::vector<Department> SqlStorage<B>::ListDepartments() {
  Stmt s(cache(), "SELECT code, name, level, parent_code, audit_body FROM departments ORDER BY code");
  std::vector<Department> out;
  while (s.Step()) out.push_back(ReadDepartment(s));
  return out;
}

template <typename B>
void SqlStorage<B>::InsertUser(const User& u) {
  Stmt s(cache(), "INSERT INTO users(id, name, department_code, roles, active) VALUES(?, ?, ?, ?, ?)");
  s.Bind(1, u.id).Bind(2, u.name).Bind(3, u.department_code).Bind(4, JoinRoles(u.roles)).Bind(5, u.active).Run();
}

template <typename B>
std::optional<User> SqlStorage<B>::FindUser(const std::string& id) {
  Stmt s(cache(), "SELECT id, name, department_code, roles, active FROM users WHERE id = ?");
  s.Bind(1, id);
  if (!s.Step()) return std::nullopt;
  return ReadUser(s);
}

template <typename B>
std::optional<std::pair<User, Department>> SqlStorage<B>::FindUserWithDepartment(const std::string& id) {
  Stmt s(cache(), "SELECT u.id, u.name, u.department_code, u.roles, u.active, "
                  "d.code, d.name, d.level, d.parent_code, d.audit_body "
                  "FROM users u JOIN departments d ON d.code = u.department_code WHERE u.id = ?");
  s.Bind(1, id);
  if (!s.Step()) return std::nullopt;
  return std::make_pair(ReadUser(s), ReadDepartment(s, 5));
}

template <typename B>
std::vector<User> SqlStorage<B>::ListUsers(const std::string& department_code) {
  Stmt s(cache(), department_code.empty()
                   ? "SELECT id, name, department_code, roles, active FROM users ORDER BY id"
                   : "SELECT id, name, department_code, roles, active FROM users "
                     "WHERE department_code = ? ORDER BY id");
  if (!department_code.empty()) s.Bind(1, department_code);
  std::vector<User> out;
  while (s.Step()) out.push_back(ReadUser(s));
  return out;
}

template <typename B>
std::int64_t SqlStorage<B>::InsertEntry(const EntryRow& e) {
  Stmt s(cache(), "INSERT INTO entries(code, provider_code, status, row_version, live_version, "
               "working_version, withdrawal_reason, source_platform, imported_at) "
               "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
  return s.BindNullIfEmpty(1, e.code).Bind(2, e.provider_code).Bind(3, ToString(e.status))
      .Bind(4, e.row_version).Bind(5, e.live_version).Bind(6, e.working_version)
      .Bind(7, e.withdrawal_reason).Bind(8, e.source_platform).Bind(9, e.imported_at).RunInsert();
}

template <typename B>
std::optional<EntryRow> SqlStorage<B>::FindEntry(std::int64_t id) {
  Stmt s(cache(), kEntryColumns " WHERE id = ?");
  s.Bind(1, id);
  if (!s.Step()) return std::nullopt;
  return ReadEntry(s);
}

template <typename B>
std::optional<EntryRow> SqlStorage<B>::FindEntryBySource(const std::string& source_platform,
                                                         const std::string& code) {
  Stmt s(cache(), kEntryColumns " WHERE source_platform = ? AND code = ?");
  s.Bind(1, source_platform).Bind(2, code);
  if (!s.Step()) return std::nullopt;
  return ReadEntry(s);
}

template <typename B>
bool SqlStorage<B>::UpdateEntry(const EntryRow& e, std::int64_t expected_row_version) {
  Stmt s(cache(), "UPDATE entries SET code = ?, status = ?, row_version = ?, live_version = ?, "
               "working_version = ?, withdrawal_reason = ?, source_platform = ?, imported_at = ? "
               "WHERE id = ? AND row_version = ?");
  return s.BindNullIfEmpty(1, e.code).Bind(2, ToString(e.status)).Bind(3, e.row_version)
      .Bind(4, e.live_version).Bind(5, e.working_version).Bind(6, e.withdrawal_reason)
      .Bind(7, e.source_platform).Bind(8, e.imported_at).Bind(9, e.id)
      .Bind(10, expected_row_version).RunIfCurrent();
}

template <typename B>
std::vector<EntryRow> SqlStorage<B>::ListEntries(const std::string& provider_code) {
  Stmt s(cache(), provider_code.empty() ? kEntryColumns " ORDER BY id"
                                     : kEntryColumns " WHERE provider_code = ? ORDER BY id");
  if (!provider_code.empty()) s.Bind(1, provider_code);
  std::vector<EntryRow> out;
  while (s.Step()) out.push_back(ReadEntry(s));
  return out;
}

template <typename B>
std::vector<std::string> SqlStorage<B>::CodesWithPrefix(const std::string& prefix) {
  // A range on the unique index: prefix <= code < prefix with its last
  // byte incremented ('/' + 1 = '0').
  std::string end = prefix;
  if (!end.empty()) end.back() = static_cast<char>(end.back() + 1);
  // Zero-padded sequences of one width: the greatest code is the highest
  // sequence, and the only one the next code depends on.
  Stmt s(cache(), "SELECT max(code) FROM entries WHERE code >= ? AND code < ?");
  s.Bind(1, prefix).Bind(2, end);
  std::vector<std::string> out;
  while (s.Step())
    if (!s.IsNull(0)) out.push_back(s.Text(0));
  return out;
}

template <typename B>
std::vector<std::string> SqlStorage<B>::AllCodes() {
  Stmt s(cache(), "SELECT code FROM entries WHERE code IS NOT NULL");
  std::vector<std::string> out;
  while (s.Step()) out.push_back(s.Text(0));
  return out;
}

template <typename B>
void SqlStorage<B>::InsertVersion(const VersionRow& v) {
  Stmt s(cache(), "INSERT INTO entry_versions(entry_id, number, status, content, created_by, "
               "created_at, submitted_at, reviewed_at, reviewed_by, rejection, published_at, "
               "content_digest) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  BindVersion(s, v).Run();
}

template <typename B>
void SqlStorage<B>::UpdateVersion(const VersionRow& v) {
  Stmt s(cache(), "UPDATE entry_versions SET status = ?3, content = ?4, created_by = ?5, "
               "created_at = ?6, submitted_at = ?7, reviewed_at = ?8, reviewed_by = ?9, "
               "rejection = ?10, published_at = ?11, content_digest = ?12 "
               "WHERE entry_id = ?1 AND number = ?2");
  BindVersion(s, v).Run();
}

template <typename B>
std::optional<VersionRow> SqlStorage<B>::FindVersion(std::int64_t entry_id, int number) {
  Stmt s(cache(), kVersionColumns " WHERE entry_id = ? AND number = ?");
  s.Bind(1, entry_id).Bind(2, number);
  if (!s.Step()) return std::nullopt;
  return ReadVersion(s);
}

template <typename B>
std::vector<VersionRow> SqlStorage<B>::ListVersions(std::int64_t entry_id) {
  Stmt s(cache(), kVersionColumns " WHERE entry_id = ? ORDER BY number");
  s.Bind(1, entry_id);
  std::vector<VersionRow> out;
  while (s.Step()) out.push_back(ReadVersion(s));
  return out;
}

template <typename B>
void SqlStorage<B>::InsertSubscription(std::int64_t entry_id, const std::string& department_code,
                                       std::int64_t at) {
  Stmt s(cache(), "INSERT INTO subscriptions(entry_id, department_code, created_at) "
               "VALUES(?, ?, ?) ON CONFLICT DO NOTHING");
  s.Bind(1, entry_id).Bind(2, department_code).Bind(3, at).Run();
}

template <typename B>
std::vector<std::string> SqlStorage<B>::Subscribers(std::int64_t entry_id) {
  Stmt s(cache(), "SELECT department_code FROM subscriptions WHERE entry_id = ? ORDER BY department_code");
  s.Bind(1, entry_id);
  std::vector<std::string> out;
  while (s.Step()) out.push_back(s.Text(0));
  return out;
}

template <typename B>
std::int64_t SqlStorage<B>::InsertNotice(const NoticeRow& n) {
  Stmt s(cache(), "INSERT INTO notices(kind, department_code, entry_id, message, created_at, "
               "acknowledged_at, acknowledged_by, object) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
  return s.Bind(1, ToString(n.kind)).Bind(2, n.department_code).Bind(3, n.entry_id).Bind(4, n.message)
      .Bind(5, n.created_at).Bind(6, n.acknowledged_at).Bind(7, n.acknowledged_by).Bind(8, n.object).RunInsert();
}

template <typename B>
std::optional<NoticeRow> SqlStorage<B>::FindNotice(std::int64_t id) {
  Stmt s(cache(), kNoticeColumns " WHERE id = ?");
  s.Bind(1, id);
  if (!s.Step()) return std::nullopt;
  return ReadNotice(s);
}

template <typename B>
void SqlStorage<B>::UpdateNotice(const NoticeRow& n) {
  Stmt s(cache(), "UPDATE notices SET acknowledged_at = ?, acknowledged_by = ? WHERE id = ?");
  s.Bind(1, n.acknowledged_at).Bind(2, n.acknowledged_by).Bind(3, n.id).Run();
}

template <typename B>
std::vector<NoticeRow> SqlStorage<B>::ListNotices(const std::string& department_code,
                                                  bool unacknowledged_only) {
  Stmt s(cache(), unacknowledged_only
                   ? kNoticeColumns " WHERE department_code = ? AND acknowledged_at IS NULL ORDER BY id"
                   : kNoticeColumns " WHERE department_code = ? ORDER BY id");
  s.Bind(1, department_code);
  std::vector<NoticeRow> out;
  while (s.Step()) out.push_back(ReadNotice(s));
  return out;
}

template <typename B>
std::int64_t SqlStorage<B>::InsertObligation(const ObligationRow& o) {
  Stmt s(cache(), "INSERT INTO obligations(kind, department_code, description, announced_on, due, "
               "calendar_version, provisional, census_year, created_at, fulfilled_at, "
               "fulfilled_by_entry, fulfilled_by_version, census_return, extension) "
               "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  return s.Bind(1, ToString(o.kind)).Bind(2, o.department_code).Bind(3, o.description)
      .Bind(4, o.announced_on).Bind(5, o.due).Bind(6, o.calendar_version).Bind(7, o.provisional)
      .Bind(8, o.census_year).Bind(9, o.created_at).Bind(10, o.fulfilled_at)
      .Bind(11, o.fulfilled_by_entry).Bind(12, static_cast<std::int64_t>(o.fulfilled_by_version))
      .Bind(13, o.census_return).Bind(14, o.extension).RunInsert();
}

template <typename B>
void SqlStorage<B>::UpdateObligation(const ObligationRow& o) {
  Stmt s(cache(), "UPDATE obligations SET fulfilled_at = ?, fulfilled_by_entry = ?, due = ?, calendar_version = ?, "
               "provisional = ?, fulfilled_by_version = ?, census_return = ?, extension = ? WHERE id = ?");
  s.Bind(1, o.fulfilled_at).Bind(2, o.fulfilled_by_entry).Bind(3, o.due).Bind(4, o.calendar_version)
      .Bind(5, o.provisional).Bind(6, static_cast<std::int64_t>(o.fulfilled_by_version)).Bind(7, o.census_return)
      .Bind(8, o.extension).Bind(9, o.id).Run();
}

template <typename B>
std::vector<ObligationRow> SqlStorage<B>::ListObligations(const std::string& department_code) {
  Stmt s(cache(), department_code.empty() ? kObligationColumns " ORDER BY id"
                                       : kObligationColumns " WHERE department_code = ? ORDER BY id");
  if (!department_code.empty()) s.Bind(1, department_code);
  std::vector<ObligationRow> out;
  while (s.Step()) {
    ObligationRow o;
    o.id = s.Int(0);
    o.kind = EnumFromText(s.Text(1), ObligationKind::kLawRevision, ObligationKind::kAnnualCensus);
    o.department_code = s.Text(2);
    o.description = s.Text(3);
    o.announced_on = s.Text(4);
    o.due = s.Text(5);
    o.calendar_version = s.Text(6);
    o.provisional = s.Int(7) != 0;
    if (!s.IsNull(8)) o.census_year = static_cast<int>(s.Int(8));
    o.created_at = s.OptInt(9);
    o.fulfilled_at = s.OptInt(10);
    o.fulfilled_by_entry = s.Int(11);
    o.fulfilled_by_version = static_cast<int>(s.Int(12));
    o.census_return = s.Text(13);
    o.extension = s.Text(14);
    out.push_back(std::move(o));
  }
  return out;
}

template class SqlStorage<sqlite::Backend>;
template class SqlStorage<postgres::Backend>;

}  // namespace govshare::storage::sql
