// The SQLite storage layer: every SQL statement of libgovshare is in this file
// (docs/schema.md). WAL, foreign keys, BEGIN IMMEDIATE transactions, a busy
// timeout, and versioned migrations in PRAGMA user_version.
#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <unordered_map>

#include "govshare/error.h"
#include "storage/storage.h"

namespace govshare::storage {
namespace {

// Schema migrations, in order: kMigrations[i] takes user_version i to i + 1.
// Never edit a released migration; append a new one.
const char* const kMigrations[] = {
    // 1: the first schema.
    R"sql(
CREATE TABLE platform_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE departments (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  level TEXT NOT NULL,
  parent_code TEXT REFERENCES departments(code)
);
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  department_code TEXT NOT NULL REFERENCES departments(code),
  roles TEXT NOT NULL,
  active INTEGER NOT NULL
);
CREATE TABLE entries (
  id INTEGER PRIMARY KEY,
  code TEXT UNIQUE,
  provider_code TEXT NOT NULL REFERENCES departments(code),
  status TEXT NOT NULL,
  row_version INTEGER NOT NULL,
  live_version INTEGER,
  working_version INTEGER,
  withdrawal_reason TEXT NOT NULL DEFAULT '',
  source_platform TEXT NOT NULL DEFAULT '',
  imported_at INTEGER
);
CREATE INDEX entries_provider ON entries(provider_code);
CREATE TABLE entry_versions (
  entry_id INTEGER NOT NULL REFERENCES entries(id),
  number INTEGER NOT NULL,
  status TEXT NOT NULL,
  content TEXT NOT NULL,
  content_digest TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  submitted_at INTEGER,
  reviewed_at INTEGER,
  reviewed_by TEXT NOT NULL DEFAULT '',
  rejection TEXT NOT NULL DEFAULT '[]',
  published_at INTEGER,
  PRIMARY KEY (entry_id, number)
);
CREATE TABLE subscriptions (
  entry_id INTEGER NOT NULL REFERENCES entries(id),
  department_code TEXT NOT NULL REFERENCES departments(code),
  created_at INTEGER NOT NULL,
  PRIMARY KEY (entry_id, department_code)
);
CREATE TABLE notices (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  department_code TEXT NOT NULL REFERENCES departments(code),
  entry_id INTEGER NOT NULL,
  message TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  acknowledged_at INTEGER,
  acknowledged_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX notices_department ON notices(department_code);
CREATE TABLE obligations (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  department_code TEXT NOT NULL REFERENCES departments(code),
  description TEXT NOT NULL,
  announced_on TEXT NOT NULL,
  due TEXT NOT NULL,
  calendar_version TEXT NOT NULL,
  provisional INTEGER NOT NULL,
  census_year INTEGER,
  created_at INTEGER,
  fulfilled_at INTEGER,
  fulfilled_by_entry INTEGER NOT NULL DEFAULT 0,
  UNIQUE (department_code, census_year)
);
CREATE TABLE audit_log (
  position INTEGER PRIMARY KEY,
  time INTEGER NOT NULL,
  user_id TEXT NOT NULL,
  department_code TEXT NOT NULL,
  action TEXT NOT NULL,
  object TEXT NOT NULL,
  before_digest TEXT NOT NULL,
  after_digest TEXT NOT NULL,
  reason TEXT NOT NULL,
  previous_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE TABLE security_events (
  id INTEGER PRIMARY KEY,
  time INTEGER NOT NULL,
  user_id TEXT NOT NULL,
  department_code TEXT NOT NULL,
  action TEXT NOT NULL,
  object TEXT NOT NULL,
  detail TEXT NOT NULL
);
)sql",
    // 2: sharing between departments (A17–A27, A29): cases with their key
    // columns and a JSON body, the steps with statutory deadlines, and the
    // case a notice is about.
    R"sql(
ALTER TABLE notices ADD COLUMN object TEXT NOT NULL DEFAULT '';
CREATE TABLE applications (
  id INTEGER PRIMARY KEY,
  row_version INTEGER NOT NULL,
  status TEXT NOT NULL,
  consumer_code TEXT NOT NULL REFERENCES departments(code),
  provider_code TEXT NOT NULL REFERENCES departments(code),
  entry_id INTEGER REFERENCES entries(id),
  created_at INTEGER NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX applications_consumer ON applications(consumer_code);
CREATE INDEX applications_provider ON applications(provider_code);
CREATE TABLE authorizations (
  id INTEGER PRIMARY KEY,
  row_version INTEGER NOT NULL,
  status TEXT NOT NULL,
  consumer_code TEXT NOT NULL REFERENCES departments(code),
  provider_code TEXT NOT NULL REFERENCES departments(code),
  entry_id INTEGER REFERENCES entries(id),
  created_at INTEGER NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX authorizations_consumer ON authorizations(consumer_code);
CREATE INDEX authorizations_provider ON authorizations(provider_code);
CREATE INDEX authorizations_entry ON authorizations(entry_id);
CREATE TABLE demand_requests (
  id INTEGER PRIMARY KEY,
  row_version INTEGER NOT NULL,
  status TEXT NOT NULL,
  consumer_code TEXT NOT NULL REFERENCES departments(code),
  provider_code TEXT NOT NULL REFERENCES departments(code),
  entry_id INTEGER REFERENCES entries(id),
  created_at INTEGER NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX demand_requests_consumer ON demand_requests(consumer_code);
CREATE INDEX demand_requests_provider ON demand_requests(provider_code);
CREATE TABLE objections (
  id INTEGER PRIMARY KEY,
  row_version INTEGER NOT NULL,
  status TEXT NOT NULL,
  consumer_code TEXT NOT NULL REFERENCES departments(code),
  provider_code TEXT NOT NULL REFERENCES departments(code),
  entry_id INTEGER REFERENCES entries(id),
  created_at INTEGER NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX objections_consumer ON objections(consumer_code);
CREATE INDEX objections_provider ON objections(provider_code);
CREATE TABLE disputes (
  id INTEGER PRIMARY KEY,
  row_version INTEGER NOT NULL,
  status TEXT NOT NULL,
  consumer_code TEXT NOT NULL REFERENCES departments(code),
  provider_code TEXT NOT NULL REFERENCES departments(code),
  entry_id INTEGER REFERENCES entries(id),
  created_at INTEGER NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX disputes_consumer ON disputes(consumer_code);
CREATE INDEX disputes_provider ON disputes(provider_code);
CREATE TABLE steps (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  object TEXT NOT NULL,
  department_code TEXT NOT NULL REFERENCES departments(code),
  started_at INTEGER NOT NULL,
  due TEXT NOT NULL,
  calendar_version TEXT NOT NULL,
  provisional INTEGER NOT NULL,
  completed_at INTEGER,
  completed_by TEXT NOT NULL DEFAULT '',
  outcome TEXT NOT NULL DEFAULT '',
  on_time INTEGER
);
CREATE INDEX steps_object ON steps(object);
CREATE INDEX steps_department ON steps(department_code, completed_at);
)sql",
    // 3: the data boundary (A26, A28, A30): the usage log, the last use of
    // each authorization, masking rules per entry.
    R"sql(
CREATE TABLE usage_log (
  id INTEGER PRIMARY KEY,
  time INTEGER NOT NULL,
  user_id TEXT NOT NULL,
  consumer_code TEXT NOT NULL,
  entry_id INTEGER NOT NULL,
  authorization_id INTEGER NOT NULL,
  kind TEXT NOT NULL,
  items TEXT NOT NULL,
  method TEXT NOT NULL,
  purpose TEXT NOT NULL,
  allowed INTEGER NOT NULL,
  outcome TEXT NOT NULL
);
-- Appended in time order: one index on time keeps inserts at the end of
-- every b-tree (an index on consumer or entry scatters them: 7x slower).
CREATE INDEX usage_log_time ON usage_log(time);
CREATE TABLE authorization_use (
  authorization_id INTEGER PRIMARY KEY REFERENCES authorizations(id),
  last_used INTEGER NOT NULL
);
CREATE TABLE masking_rules (
  entry_id INTEGER PRIMARY KEY REFERENCES entries(id),
  rules TEXT NOT NULL
);
)sql",    // 4: catalog search (A20): one document per published entry, changed in
    // the same transaction as the catalog.
    R"sql(
CREATE TABLE search_documents (
  entry_id INTEGER PRIMARY KEY REFERENCES entries(id),
  code TEXT NOT NULL,
  provider_code TEXT NOT NULL,
  name TEXT NOT NULL,
  text TEXT NOT NULL,
  topics TEXT NOT NULL,
  industry TEXT NOT NULL,
  share_class TEXT NOT NULL,
  format TEXT NOT NULL,
  update_cycle TEXT NOT NULL,
  methods TEXT NOT NULL
);
)sql",    // 5: supervision (A31–A33): data refresh reports, projects,
    // rectification notices (a case table: consumer_code = the department).
    R"sql(
CREATE TABLE refresh_reports (
  id INTEGER PRIMARY KEY,
  entry_id INTEGER NOT NULL REFERENCES entries(id),
  time INTEGER NOT NULL,
  reported_by TEXT NOT NULL
);
CREATE INDEX refresh_reports_entry ON refresh_reports(entry_id, time);
CREATE TABLE projects (
  id INTEGER PRIMARY KEY,
  department_code TEXT NOT NULL REFERENCES departments(code),
  body TEXT NOT NULL
);
CREATE TABLE rectifications (
  id INTEGER PRIMARY KEY,
  row_version INTEGER NOT NULL,
  status TEXT NOT NULL,
  consumer_code TEXT NOT NULL REFERENCES departments(code),
  provider_code TEXT NOT NULL REFERENCES departments(code),
  entry_id INTEGER REFERENCES entries(id),
  created_at INTEGER NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX rectifications_department ON rectifications(consumer_code);
)sql",
    // 6: the year boundary: the holiday schedules the bureau loads (one row a
    // year, the canonical text), and each step's counting rule and event so
    // that a provisional deadline can be recomputed when its year is loaded.
    // Steps from before: the rule their kind had (policy defaults), counted
    // from the step's start (a demand's publication from the demand's receipt).
    R"sql(
CREATE TABLE calendar_years (
  year INTEGER PRIMARY KEY,
  content TEXT NOT NULL,
  digest TEXT NOT NULL,
  loaded_at INTEGER NOT NULL,
  loaded_by TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT ''
);
ALTER TABLE steps ADD COLUMN counted_from INTEGER NOT NULL DEFAULT 0;
ALTER TABLE steps ADD COLUMN rule_unit INTEGER NOT NULL DEFAULT 1;
ALTER TABLE steps ADD COLUMN rule_count INTEGER NOT NULL DEFAULT 1;
UPDATE steps SET counted_from = started_at,
  rule_unit = CASE kind WHEN 'demand_publication' THEN 3 ELSE 1 END,
  rule_count = CASE kind WHEN 'provider_decision' THEN 10 WHEN 'platform_decision' THEN 2
                         WHEN 'demand_response' THEN 10 WHEN 'objection_check' THEN 5 ELSE 1 END;
UPDATE steps SET counted_from = COALESCE(
  (SELECT created_at FROM demand_requests WHERE 'demand:' || demand_requests.id = steps.object), started_at)
  WHERE kind = 'demand_publication';
)sql",
};
constexpr int kSchemaVersion = sizeof(kMigrations) / sizeof(kMigrations[0]);

[[noreturn]] void Fail(sqlite3* db, const std::string& what) {
  const int code = db ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
  throw StorageError(what + ": " + (db ? sqlite3_errmsg(db) : "no database") + " (SQLite code " +
                     std::to_string(code) + ")");
}

// Prepared statements are cached per connection, keyed by the address of
// their SQL text (every statement is a string literal), and reset after use:
// preparing was most of the cost of a small operation.
class StmtCache {
 public:
  explicit StmtCache(sqlite3* db) : db_(db) {}
  ~StmtCache() { Clear(); }
  sqlite3_stmt* Get(const char* sql) {
    auto it = cache_.find(sql);
    if (it != cache_.end()) return it->second;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
      Fail(db_, "prepare");
    }
    cache_.emplace(sql, stmt);
    return stmt;
  }
  void Clear() {
    for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
    cache_.clear();
  }
  sqlite3* db() const { return db_; }

 private:
  sqlite3* db_;
  std::unordered_map<const char*, sqlite3_stmt*> cache_;
};

// A use of a cached statement: bind by position, step, read columns; reset
// when it goes out of scope.
class Stmt {
 public:
  Stmt(StmtCache& cache, const char* sql) : db_(cache.db()), stmt_(cache.Get(sql)) {}
  ~Stmt() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  Stmt& Bind(int i, const std::string& v) {
    Check(sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
    return *this;
  }
  Stmt& Bind(int i, std::int64_t v) {
    Check(sqlite3_bind_int64(stmt_, i, v));
    return *this;
  }
  Stmt& Bind(int i, int v) { return Bind(i, static_cast<std::int64_t>(v)); }
  Stmt& Bind(int i, bool v) { return Bind(i, static_cast<std::int64_t>(v ? 1 : 0)); }
  template <typename T>
  Stmt& Bind(int i, const std::optional<T>& v) {
    if (v) return Bind(i, *v);
    Check(sqlite3_bind_null(stmt_, i));
    return *this;
  }
  Stmt& BindNullIfEmpty(int i, const std::string& v) {
    if (!v.empty()) return Bind(i, v);
    Check(sqlite3_bind_null(stmt_, i));
    return *this;
  }

  // True while there is a row.
  bool Step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    Fail(db_, "step");
  }
  void Run() {
    while (Step()) {
    }
  }

  std::string Text(int i) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, i));
    return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, i))) : std::string();
  }
  std::int64_t Int(int i) const { return sqlite3_column_int64(stmt_, i); }
  bool IsNull(int i) const { return sqlite3_column_type(stmt_, i) == SQLITE_NULL; }
  std::optional<std::int64_t> OptInt(int i) const {
    if (IsNull(i)) return std::nullopt;
    return Int(i);
  }

 private:
  void Check(int rc) {
    if (rc != SQLITE_OK) Fail(db_, "bind");
  }
  sqlite3* db_;
  sqlite3_stmt* stmt_;
};

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

template <typename E>
E EnumFromText(const std::string& text, E first, E last) {
  for (int v = static_cast<int>(first); v <= static_cast<int>(last); ++v) {
    if (ToString(static_cast<E>(v)) == text) return static_cast<E>(v);
  }
  throw StorageError("unknown value \"" + text + "\" in the database");
}

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
  "provisional, census_year, created_at, fulfilled_at, fulfilled_by_entry FROM obligations"
#define kAuditColumns                                                                     \
  "SELECT position, time, user_id, department_code, action, object, before_digest, "     \
  "after_digest, reason, previous_hash, hash FROM audit_log"

#define kSearchColumns                                                                        \
  "SELECT entry_id, code, provider_code, name, text, topics, industry, share_class, format, "   \
  "update_cycle, methods FROM search_documents"
#define kStepColumns                                                                       \
  "SELECT id, kind, object, department_code, started_at, due, calendar_version, provisional, " \
  "completed_at, completed_by, outcome, on_time, counted_from, rule_unit, rule_count FROM steps"

// The five case tables share one shape; CASE_SQL(M) lists M(table) in
// CaseTable order, so each statement is a string literal (the cache key).
#define CASE_SQL(M) \
  M("applications"), M("authorizations"), M("demand_requests"), M("objections"), M("disputes"), M("rectifications")
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

class SqliteStorage : public Storage {
 public:
  explicit SqliteStorage(const PlatformOptions& options) {
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (options.create_if_missing) flags |= SQLITE_OPEN_CREATE;
    if (options.path.empty()) throw InvalidArgumentError("PlatformOptions.path is required");
    if (sqlite3_open_v2(options.path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
      std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
      sqlite3_close(db_);
      db_ = nullptr;
      throw StorageError("cannot open platform database \"" + options.path + "\": " + msg);
    }
    // A constructor that throws runs no destructor: close what is open.
    try {
      sqlite3_busy_timeout(db_, options.busy_timeout_ms);
      cache_ = std::make_unique<StmtCache>(db_);
      Exec("PRAGMA foreign_keys = ON");
      if (options.path != ":memory:") Exec("PRAGMA journal_mode = WAL");
      Exec(options.durability == Durability::kNormal ? "PRAGMA synchronous = NORMAL"
                                                     : "PRAGMA synchronous = FULL");
      Migrate();
    } catch (...) {
      Close();
      throw;
    }
  }
  ~SqliteStorage() override { Close(); }

  int SchemaVersion() override {
    Stmt s(cache(), "PRAGMA user_version");
    return s.Step() ? static_cast<int>(s.Int(0)) : 0;
  }
  void Close() override {
    cache_.reset();
    if (db_) {
      sqlite3_close_v2(db_);
      db_ = nullptr;
    }
  }

  void Begin() override { Stmt(cache(), "BEGIN IMMEDIATE").Run(); }
  void BeginRead() override { Stmt(cache(), "BEGIN DEFERRED").Run(); }
  void Commit() override { Stmt(cache(), "COMMIT").Run(); }
  void Rollback() override {
    if (db_ && !sqlite3_get_autocommit(db_)) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }

  std::optional<std::string> GetMeta(const std::string& key) override {
    Stmt s(cache(), "SELECT value FROM platform_meta WHERE key = ?");
    s.Bind(1, key);
    if (!s.Step()) return std::nullopt;
    return s.Text(0);
  }
  void SetMeta(const std::string& key, const std::string& value) override {
    Stmt s(cache(), "INSERT INTO platform_meta(key, value) VALUES(?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    s.Bind(1, key).Bind(2, value).Run();
  }

  void InsertDepartment(const Department& d) override {
    Stmt s(cache(), "INSERT INTO departments(code, name, level, parent_code) VALUES(?, ?, ?, ?)");
    s.Bind(1, d.code).Bind(2, d.name).Bind(3, ToString(d.level)).BindNullIfEmpty(4, d.parent_code).Run();
  }
  std::optional<Department> FindDepartment(const std::string& code) override {
    Stmt s(cache(), "SELECT code, name, level, parent_code FROM departments WHERE code = ?");
    s.Bind(1, code);
    if (!s.Step()) return std::nullopt;
    return ReadDepartment(s);
  }
  std::vector<Department> ListDepartments() override {
    Stmt s(cache(), "SELECT code, name, level, parent_code FROM departments ORDER BY code");
    std::vector<Department> out;
    while (s.Step()) out.push_back(ReadDepartment(s));
    return out;
  }

  void InsertUser(const User& u) override {
    Stmt s(cache(), "INSERT INTO users(id, name, department_code, roles, active) VALUES(?, ?, ?, ?, ?)");
    s.Bind(1, u.id).Bind(2, u.name).Bind(3, u.department_code).Bind(4, JoinRoles(u.roles)).Bind(5, u.active).Run();
  }
  std::optional<User> FindUser(const std::string& id) override {
    Stmt s(cache(), "SELECT id, name, department_code, roles, active FROM users WHERE id = ?");
    s.Bind(1, id);
    if (!s.Step()) return std::nullopt;
    return ReadUser(s);
  }
  std::optional<std::pair<User, Department>> FindUserWithDepartment(const std::string& id) override {
    Stmt s(cache(), "SELECT u.id, u.name, u.department_code, u.roles, u.active, "
                    "d.code, d.name, d.level, d.parent_code "
                    "FROM users u JOIN departments d ON d.code = u.department_code WHERE u.id = ?");
    s.Bind(1, id);
    if (!s.Step()) return std::nullopt;
    User u = ReadUser(s);
    Department d;
    d.code = s.Text(5);
    d.name = s.Text(6);
    d.level = ParseDepartmentLevel(s.Text(7));
    d.parent_code = s.Text(8);
    return std::make_pair(std::move(u), std::move(d));
  }
  std::vector<User> ListUsers(const std::string& department_code) override {
    Stmt s(cache(), department_code.empty()
                     ? "SELECT id, name, department_code, roles, active FROM users ORDER BY id"
                     : "SELECT id, name, department_code, roles, active FROM users "
                       "WHERE department_code = ? ORDER BY id");
    if (!department_code.empty()) s.Bind(1, department_code);
    std::vector<User> out;
    while (s.Step()) out.push_back(ReadUser(s));
    return out;
  }

  std::int64_t InsertEntry(const EntryRow& e) override {
    Stmt s(cache(), "INSERT INTO entries(code, provider_code, status, row_version, live_version, "
                 "working_version, withdrawal_reason, source_platform, imported_at) "
                 "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.BindNullIfEmpty(1, e.code).Bind(2, e.provider_code).Bind(3, ToString(e.status))
        .Bind(4, e.row_version).Bind(5, e.live_version).Bind(6, e.working_version)
        .Bind(7, e.withdrawal_reason).Bind(8, e.source_platform).Bind(9, e.imported_at).Run();
    return sqlite3_last_insert_rowid(db());
  }
  std::optional<EntryRow> FindEntry(std::int64_t id) override {
    Stmt s(cache(), kEntryColumns " WHERE id = ?");
    s.Bind(1, id);
    if (!s.Step()) return std::nullopt;
    return ReadEntry(s);
  }
  std::optional<EntryRow> FindEntryBySource(const std::string& source_platform,
                                            const std::string& code) override {
    Stmt s(cache(), kEntryColumns " WHERE source_platform = ? AND code = ?");
    s.Bind(1, source_platform).Bind(2, code);
    if (!s.Step()) return std::nullopt;
    return ReadEntry(s);
  }
  bool UpdateEntry(const EntryRow& e, std::int64_t expected_row_version) override {
    Stmt s(cache(), "UPDATE entries SET code = ?, status = ?, row_version = ?, live_version = ?, "
                 "working_version = ?, withdrawal_reason = ?, source_platform = ?, imported_at = ? "
                 "WHERE id = ? AND row_version = ?");
    s.BindNullIfEmpty(1, e.code).Bind(2, ToString(e.status)).Bind(3, e.row_version)
        .Bind(4, e.live_version).Bind(5, e.working_version).Bind(6, e.withdrawal_reason)
        .Bind(7, e.source_platform).Bind(8, e.imported_at).Bind(9, e.id)
        .Bind(10, expected_row_version).Run();
    return sqlite3_changes(db()) == 1;
  }
  std::vector<EntryRow> ListEntries(const std::string& provider_code) override {
    Stmt s(cache(), provider_code.empty() ? kEntryColumns " ORDER BY id"
                                       : kEntryColumns " WHERE provider_code = ? ORDER BY id");
    if (!provider_code.empty()) s.Bind(1, provider_code);
    std::vector<EntryRow> out;
    while (s.Step()) out.push_back(ReadEntry(s));
    return out;
  }
  std::vector<std::string> CodesWithPrefix(const std::string& prefix) override {
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
  std::vector<std::string> AllCodes() override {
    Stmt s(cache(), "SELECT code FROM entries WHERE code IS NOT NULL");
    std::vector<std::string> out;
    while (s.Step()) out.push_back(s.Text(0));
    return out;
  }

  void InsertVersion(const VersionRow& v) override {
    Stmt s(cache(), "INSERT INTO entry_versions(entry_id, number, status, content, created_by, "
                 "created_at, submitted_at, reviewed_at, reviewed_by, rejection, published_at, "
                 "content_digest) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    BindVersion(s, v).Run();
  }
  void UpdateVersion(const VersionRow& v) override {
    Stmt s(cache(), "UPDATE entry_versions SET status = ?3, content = ?4, created_by = ?5, "
                 "created_at = ?6, submitted_at = ?7, reviewed_at = ?8, reviewed_by = ?9, "
                 "rejection = ?10, published_at = ?11, content_digest = ?12 "
                 "WHERE entry_id = ?1 AND number = ?2");
    BindVersion(s, v).Run();
  }
  std::optional<VersionRow> FindVersion(std::int64_t entry_id, int number) override {
    Stmt s(cache(), kVersionColumns " WHERE entry_id = ? AND number = ?");
    s.Bind(1, entry_id).Bind(2, number);
    if (!s.Step()) return std::nullopt;
    return ReadVersion(s);
  }
  std::vector<VersionRow> ListVersions(std::int64_t entry_id) override {
    Stmt s(cache(), kVersionColumns " WHERE entry_id = ? ORDER BY number");
    s.Bind(1, entry_id);
    std::vector<VersionRow> out;
    while (s.Step()) out.push_back(ReadVersion(s));
    return out;
  }

  void InsertSubscription(std::int64_t entry_id, const std::string& department_code,
                          std::int64_t at) override {
    Stmt s(cache(), "INSERT OR IGNORE INTO subscriptions(entry_id, department_code, created_at) "
                 "VALUES(?, ?, ?)");
    s.Bind(1, entry_id).Bind(2, department_code).Bind(3, at).Run();
  }
  std::vector<std::string> Subscribers(std::int64_t entry_id) override {
    Stmt s(cache(), "SELECT department_code FROM subscriptions WHERE entry_id = ? ORDER BY department_code");
    s.Bind(1, entry_id);
    std::vector<std::string> out;
    while (s.Step()) out.push_back(s.Text(0));
    return out;
  }

  std::int64_t InsertNotice(const NoticeRow& n) override {
    Stmt s(cache(), "INSERT INTO notices(kind, department_code, entry_id, message, created_at, "
                 "acknowledged_at, acknowledged_by, object) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    s.Bind(1, ToString(n.kind)).Bind(2, n.department_code).Bind(3, n.entry_id).Bind(4, n.message)
        .Bind(5, n.created_at).Bind(6, n.acknowledged_at).Bind(7, n.acknowledged_by).Bind(8, n.object).Run();
    return sqlite3_last_insert_rowid(db());
  }
  std::optional<NoticeRow> FindNotice(std::int64_t id) override {
    Stmt s(cache(), kNoticeColumns " WHERE id = ?");
    s.Bind(1, id);
    if (!s.Step()) return std::nullopt;
    return ReadNotice(s);
  }
  void UpdateNotice(const NoticeRow& n) override {
    Stmt s(cache(), "UPDATE notices SET acknowledged_at = ?, acknowledged_by = ? WHERE id = ?");
    s.Bind(1, n.acknowledged_at).Bind(2, n.acknowledged_by).Bind(3, n.id).Run();
  }
  std::vector<NoticeRow> ListNotices(const std::string& department_code,
                                     bool unacknowledged_only) override {
    Stmt s(cache(), unacknowledged_only
                     ? kNoticeColumns " WHERE department_code = ? AND acknowledged_at IS NULL ORDER BY id"
                     : kNoticeColumns " WHERE department_code = ? ORDER BY id");
    s.Bind(1, department_code);
    std::vector<NoticeRow> out;
    while (s.Step()) out.push_back(ReadNotice(s));
    return out;
  }

  std::int64_t InsertObligation(const ObligationRow& o) override {
    Stmt s(cache(), "INSERT INTO obligations(kind, department_code, description, announced_on, due, "
                 "calendar_version, provisional, census_year, created_at, fulfilled_at, "
                 "fulfilled_by_entry) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.Bind(1, ToString(o.kind)).Bind(2, o.department_code).Bind(3, o.description)
        .Bind(4, o.announced_on).Bind(5, o.due).Bind(6, o.calendar_version).Bind(7, o.provisional)
        .Bind(8, o.census_year).Bind(9, o.created_at).Bind(10, o.fulfilled_at)
        .Bind(11, o.fulfilled_by_entry).Run();
    return sqlite3_last_insert_rowid(db());
  }
  void UpdateObligation(const ObligationRow& o) override {
    Stmt s(cache(), "UPDATE obligations SET fulfilled_at = ?, fulfilled_by_entry = ?, due = ?, calendar_version = ?, "
                 "provisional = ? WHERE id = ?");
    s.Bind(1, o.fulfilled_at).Bind(2, o.fulfilled_by_entry).Bind(3, o.due).Bind(4, o.calendar_version)
        .Bind(5, o.provisional).Bind(6, o.id).Run();
  }
  std::vector<ObligationRow> ListObligations(const std::string& department_code) override {
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
      out.push_back(std::move(o));
    }
    return out;
  }

  void AppendAudit(const AuditRow& a) override {
    Stmt s(cache(), "INSERT INTO audit_log(position, time, user_id, department_code, action, object, "
                 "before_digest, after_digest, reason, previous_hash, hash) "
                 "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.Bind(1, a.position).Bind(2, a.time).Bind(3, a.user_id).Bind(4, a.department_code)
        .Bind(5, a.action).Bind(6, a.object).Bind(7, a.before_digest).Bind(8, a.after_digest)
        .Bind(9, a.reason).Bind(10, a.previous_hash).Bind(11, a.hash).Run();
  }
  std::int64_t AuditEnd() override {
    Stmt s(cache(), "SELECT max(position) FROM audit_log");
    return s.Step() && !s.IsNull(0) ? s.Int(0) : 0;
  }
  void ScanAudit(std::int64_t from_position,
                 const std::function<bool(const AuditRow&)>& fn) override {
    // In rowid order, which is the order records were stored in: a record
    // moved by a raw UPDATE of its position shows up out of sequence.
    Stmt s(cache(), kAuditColumns " WHERE position >= ? ORDER BY rowid");
    s.Bind(1, from_position);
    while (s.Step()) {
      if (!fn(ReadAudit(s))) break;
    }
  }

  // ---- cases (applications, authorizations, demands, objections, disputes) ----------

  std::int64_t InsertCase(CaseTable t, const CaseRow& c) override {
    static const char* const kSql[] = {CASE_SQL(INSERT_CASE)};
    Stmt s(cache(), kSql[static_cast<int>(t)]);
    s.Bind(1, c.row_version).Bind(2, c.status).Bind(3, c.consumer_code).Bind(4, c.provider_code)
        .Bind(5, c.entry_id).Bind(6, c.created_at).Bind(7, c.body).Run();
    return sqlite3_last_insert_rowid(db());
  }
  std::optional<CaseRow> FindCase(CaseTable t, std::int64_t id) override {
    static const char* const kSql[] = {CASE_SQL(FIND_CASE)};
    Stmt s(cache(), kSql[static_cast<int>(t)]);
    s.Bind(1, id);
    if (!s.Step()) return std::nullopt;
    return ReadCase(s);
  }
  bool UpdateCase(CaseTable t, const CaseRow& c, std::int64_t expected_row_version) override {
    static const char* const kSql[] = {CASE_SQL(UPDATE_CASE)};
    Stmt s(cache(), kSql[static_cast<int>(t)]);
    s.Bind(1, c.row_version).Bind(2, c.status).Bind(3, c.entry_id).Bind(4, c.body).Bind(5, c.id)
        .Bind(6, expected_row_version).Run();
    return sqlite3_changes(db()) == 1;
  }
  std::vector<CaseRow> ListCases(CaseTable t, const std::string& department_code,
                                 std::optional<std::int64_t> entry_id) override {
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

  // ---- steps ---------------------------------------------------------------------------

  std::int64_t InsertStep(const StepRow& r) override {
    Stmt s(cache(), "INSERT INTO steps(kind, object, department_code, started_at, due, calendar_version, "
                 "provisional, completed_at, completed_by, outcome, on_time, counted_from, rule_unit, rule_count) "
                 "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.Bind(1, ToString(r.kind)).Bind(2, r.object).Bind(3, r.department_code).Bind(4, r.started_at)
        .Bind(5, r.due).Bind(6, r.calendar_version).Bind(7, r.provisional).Bind(8, r.completed_at)
        .Bind(9, r.completed_by).Bind(10, r.outcome).Bind(11, r.on_time).Bind(12, r.counted_from)
        .Bind(13, static_cast<std::int64_t>(r.rule.unit)).Bind(14, static_cast<std::int64_t>(r.rule.count)).Run();
    return sqlite3_last_insert_rowid(db());
  }
  void UpdateStep(const StepRow& r) override {
    Stmt s(cache(), "UPDATE steps SET due = ?, calendar_version = ?, provisional = ?, completed_at = ?, "
                 "completed_by = ?, outcome = ?, on_time = ? WHERE id = ?");
    s.Bind(1, r.due).Bind(2, r.calendar_version).Bind(3, r.provisional).Bind(4, r.completed_at)
        .Bind(5, r.completed_by).Bind(6, r.outcome).Bind(7, r.on_time).Bind(8, r.id).Run();
  }
  std::vector<StepRow> StepsOf(const std::string& object) override {
    Stmt s(cache(), kStepColumns " WHERE object = ? ORDER BY id");
    s.Bind(1, object);
    std::vector<StepRow> out;
    while (s.Step()) out.push_back(ReadStep(s));
    return out;
  }
  std::vector<StepRow> ListSteps(const std::string& department_code, bool pending_only) override {
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

  // ---- the holiday schedules the bureau loaded ---------------------------------------------

  void UpsertCalendarYear(const CalendarYearRow& r) override {
    Stmt s(cache(), "INSERT INTO calendar_years(year, content, digest, loaded_at, loaded_by, reason) "
                 "VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(year) DO UPDATE SET content = excluded.content, "
                 "digest = excluded.digest, loaded_at = excluded.loaded_at, loaded_by = excluded.loaded_by, "
                 "reason = excluded.reason");
    s.Bind(1, static_cast<std::int64_t>(r.year)).Bind(2, r.content).Bind(3, r.digest).Bind(4, r.loaded_at)
        .Bind(5, r.loaded_by).Bind(6, r.reason).Run();
  }
  std::vector<CalendarYearRow> ListCalendarYears() override {
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

  // ---- the data boundary ----------------------------------------------------------------

  void AppendUsage(const std::vector<UsageRow>& rows) override {
    for (const auto& u : rows) {
      Stmt s(cache(), "INSERT INTO usage_log(time, user_id, consumer_code, entry_id, authorization_id, kind, "
                   "items, method, purpose, allowed, outcome) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      s.Bind(1, u.time).Bind(2, u.user_id).Bind(3, u.consumer_code).Bind(4, u.entry_id)
          .Bind(5, u.authorization_id).Bind(6, u.kind).Bind(7, u.items).Bind(8, u.method).Bind(9, u.purpose)
          .Bind(10, u.allowed).Bind(11, u.outcome).Run();
    }
    // One last-use update per authorization of the batch.
    std::unordered_map<std::int64_t, std::int64_t> last;
    for (const auto& u : rows) {
      if (!u.allowed || u.authorization_id == 0) continue;
      auto& t = last[u.authorization_id];
      t = std::max(t, u.time);
    }
    for (const auto& [id, time] : last) TouchAuthorization(id, time);
  }
  void TouchAuthorization(std::int64_t authorization_id, std::int64_t time) override {
    Stmt s(cache(), "INSERT INTO authorization_use(authorization_id, last_used) VALUES(?, ?) "
                 "ON CONFLICT(authorization_id) DO UPDATE SET last_used = max(last_used, excluded.last_used)");
    s.Bind(1, authorization_id).Bind(2, time).Run();
  }
  std::optional<std::int64_t> LastUsed(std::int64_t authorization_id) override {
    Stmt s(cache(), "SELECT last_used FROM authorization_use WHERE authorization_id = ?");
    s.Bind(1, authorization_id);
    if (!s.Step()) return std::nullopt;
    return s.Int(0);
  }
  std::vector<UsageRow> ListUsage(const std::string& consumer_code, std::int64_t entry_id, std::int64_t from,
                                  std::int64_t to, int limit) override {
    Stmt s(cache(), "SELECT id, time, user_id, consumer_code, entry_id, authorization_id, kind, items, method, "
                 "purpose, allowed, outcome FROM usage_log WHERE (?1 = '' OR consumer_code = ?1) "
                 "AND (?2 = 0 OR entry_id = ?2) AND time >= ?3 AND time <= ?4 ORDER BY id DESC LIMIT ?5");
    s.Bind(1, consumer_code).Bind(2, entry_id).Bind(3, from).Bind(4, to).Bind(5, limit);
    std::vector<UsageRow> out;
    while (s.Step()) {
      UsageRow u;
      u.id = s.Int(0);
      u.time = s.Int(1);
      u.user_id = s.Text(2);
      u.consumer_code = s.Text(3);
      u.entry_id = s.Int(4);
      u.authorization_id = s.Int(5);
      u.kind = s.Text(6);
      u.items = s.Text(7);
      u.method = s.Text(8);
      u.purpose = s.Text(9);
      u.allowed = s.Int(10) != 0;
      u.outcome = s.Text(11);
      out.push_back(std::move(u));
    }
    return out;
  }
  std::optional<std::string> GetMaskingRules(std::int64_t entry_id) override {
    Stmt s(cache(), "SELECT rules FROM masking_rules WHERE entry_id = ?");
    s.Bind(1, entry_id);
    if (!s.Step()) return std::nullopt;
    return s.Text(0);
  }
  void SetMaskingRules(std::int64_t entry_id, const std::string& rules) override {
    Stmt s(cache(), "INSERT INTO masking_rules(entry_id, rules) VALUES(?, ?) "
                 "ON CONFLICT(entry_id) DO UPDATE SET rules = excluded.rules");
    s.Bind(1, entry_id).Bind(2, rules).Run();
  }
  std::int64_t DataVersion() override {
    Stmt s(cache(), "PRAGMA data_version");
    return s.Step() ? s.Int(0) : 0;
  }

  // ---- search documents -------------------------------------------------------------------

  void UpsertSearchDocument(const SearchDocumentRow& d) override {
    Stmt s(cache(), "INSERT INTO search_documents(entry_id, code, provider_code, name, text, topics, industry, "
                 "share_class, format, update_cycle, methods) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                 "ON CONFLICT(entry_id) DO UPDATE SET code = excluded.code, provider_code = excluded.provider_code, "
                 "name = excluded.name, text = excluded.text, topics = excluded.topics, industry = excluded.industry, "
                 "share_class = excluded.share_class, format = excluded.format, "
                 "update_cycle = excluded.update_cycle, methods = excluded.methods");
    s.Bind(1, d.entry_id).Bind(2, d.code).Bind(3, d.provider_code).Bind(4, d.name).Bind(5, d.text)
        .Bind(6, d.topics).Bind(7, d.industry).Bind(8, d.share_class).Bind(9, d.format).Bind(10, d.update_cycle)
        .Bind(11, d.methods).Run();
  }
  void DeleteSearchDocument(std::int64_t entry_id) override {
    Stmt s(cache(), "DELETE FROM search_documents WHERE entry_id = ?");
    s.Bind(1, entry_id).Run();
  }
  std::optional<SearchDocumentRow> FindSearchDocument(std::int64_t entry_id) override {
    Stmt s(cache(), kSearchColumns " WHERE entry_id = ?");
    s.Bind(1, entry_id);
    if (!s.Step()) return std::nullopt;
    return ReadSearchDocument(s);
  }
  void ScanSearchDocuments(const std::function<void(const SearchDocumentRow&)>& fn) override {
    Stmt s(cache(), kSearchColumns " ORDER BY entry_id");
    while (s.Step()) fn(ReadSearchDocument(s));
  }

  // ---- supervision --------------------------------------------------------------------------

  void InsertRefresh(std::int64_t entry_id, std::int64_t time, const std::string& user) override {
    Stmt s(cache(), "INSERT INTO refresh_reports(entry_id, time, reported_by) VALUES(?, ?, ?)");
    s.Bind(1, entry_id).Bind(2, time).Bind(3, user).Run();
  }
  std::vector<std::pair<std::int64_t, std::int64_t>> LastRefreshes(std::int64_t until) override {
    Stmt s(cache(), "SELECT entry_id, max(time) FROM refresh_reports WHERE time <= ? GROUP BY entry_id");
    s.Bind(1, until);
    std::vector<std::pair<std::int64_t, std::int64_t>> out;
    while (s.Step()) out.emplace_back(s.Int(0), s.Int(1));
    return out;
  }
  std::int64_t SaveProject(std::int64_t id, const std::string& department_code, const std::string& body) override {
    if (id == 0) {
      Stmt s(cache(), "INSERT INTO projects(department_code, body) VALUES(?, ?)");
      s.Bind(1, department_code).Bind(2, body).Run();
      return sqlite3_last_insert_rowid(db());
    }
    Stmt s(cache(), "UPDATE projects SET department_code = ?, body = ? WHERE id = ?");
    s.Bind(1, department_code).Bind(2, body).Bind(3, id).Run();
    return id;
  }
  std::vector<std::pair<std::int64_t, std::string>> ListProjects(const std::string& department_code) override {
    Stmt s(cache(), "SELECT id, body FROM projects WHERE ?1 = '' OR department_code = ?1 ORDER BY id");
    s.Bind(1, department_code);
    std::vector<std::pair<std::int64_t, std::string>> out;
    while (s.Step()) out.emplace_back(s.Int(0), s.Text(1));
    return out;
  }

  void InsertSecurityEvent(const SecurityEventRow& e) override {
    Stmt s(cache(), "INSERT INTO security_events(time, user_id, department_code, action, object, detail) "
                 "VALUES(?, ?, ?, ?, ?, ?)");
    s.Bind(1, e.time).Bind(2, e.user_id).Bind(3, e.department_code).Bind(4, e.action)
        .Bind(5, e.object).Bind(6, e.detail).Run();
  }
  std::vector<SecurityEventRow> ListSecurityEvents() override {
    Stmt s(cache(), "SELECT id, time, user_id, department_code, action, object, detail "
                 "FROM security_events ORDER BY id");
    std::vector<SecurityEventRow> out;
    while (s.Step()) {
      out.push_back(SecurityEventRow{s.Int(0), s.Int(1), s.Text(2), s.Text(3), s.Text(4), s.Text(5),
                                     s.Text(6)});
    }
    return out;
  }

 private:
  sqlite3* db() const {
    if (!db_) throw StorageError("the platform is closed");
    return db_;
  }
  StmtCache& cache() const {
    if (!db_ || !cache_) throw StorageError("the platform is closed");
    return *cache_;
  }

  void Exec(const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db(), sql, nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : "unknown error";
      sqlite3_free(err);
      throw StorageError(std::string("SQLite: ") + msg + " (in: " + sql + ")");
    }
  }

  void Migrate() {
    const int version = SchemaVersion();
    if (version > kSchemaVersion) {
      throw StorageError("the platform database has schema version " + std::to_string(version) +
                         ", newer than this library's " + std::to_string(kSchemaVersion) +
                         "; upgrade libgovshare");
    }
    if (version == kSchemaVersion) return;
    Begin();
    try {
      for (int v = version; v < kSchemaVersion; ++v) Exec(kMigrations[v]);
      Exec(("PRAGMA user_version = " + std::to_string(kSchemaVersion)).c_str());
      Commit();
    } catch (...) {
      Rollback();
      throw;
    }
  }

  static Department ReadDepartment(const Stmt& s) {
    Department d;
    d.code = s.Text(0);
    d.name = s.Text(1);
    d.level = ParseDepartmentLevel(s.Text(2));
    d.parent_code = s.Text(3);
    return d;
  }
  static User ReadUser(const Stmt& s) {
    User u;
    u.id = s.Text(0);
    u.name = s.Text(1);
    u.department_code = s.Text(2);
    u.roles = SplitRoles(s.Text(3));
    u.active = s.Int(4) != 0;
    return u;
  }
  static EntryRow ReadEntry(const Stmt& s) {
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
  static Stmt& BindVersion(Stmt& s, const VersionRow& v) {
    return s.Bind(1, v.entry_id).Bind(2, v.number).Bind(3, ToString(v.status)).Bind(4, v.content)
        .Bind(5, v.created_by).Bind(6, v.created_at).Bind(7, v.submitted_at).Bind(8, v.reviewed_at)
        .Bind(9, v.reviewed_by).Bind(10, v.rejection).Bind(11, v.published_at)
        .Bind(12, v.content_digest);
  }
  static VersionRow ReadVersion(const Stmt& s) {
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
  static CaseRow ReadCase(const Stmt& s) {
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
  static StepRow ReadStep(const Stmt& s) {
    StepRow r;
    r.id = s.Int(0);
    r.kind = EnumFromText(s.Text(1), StepKind::kFormCheck, StepKind::kObjectionCheck);
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
    return r;
  }
  static SearchDocumentRow ReadSearchDocument(const Stmt& s) {
    SearchDocumentRow d;
    d.entry_id = s.Int(0);
    d.code = s.Text(1);
    d.provider_code = s.Text(2);
    d.name = s.Text(3);
    d.text = s.Text(4);
    d.topics = s.Text(5);
    d.industry = s.Text(6);
    d.share_class = s.Text(7);
    d.format = s.Text(8);
    d.update_cycle = s.Text(9);
    d.methods = s.Text(10);
    return d;
  }
  static NoticeRow ReadNotice(const Stmt& s) {
    NoticeRow n;
    n.id = s.Int(0);
    n.kind = EnumFromText(s.Text(1), NoticeKind::kReviewResult, NoticeKind::kCalendar);
    n.department_code = s.Text(2);
    n.entry_id = s.Int(3);
    n.message = s.Text(4);
    n.created_at = s.Int(5);
    n.acknowledged_at = s.OptInt(6);
    n.acknowledged_by = s.Text(7);
    n.object = s.Text(8);
    return n;
  }
  static AuditRow ReadAudit(const Stmt& s) {
    AuditRow a;
    a.position = s.Int(0);
    a.time = s.Int(1);
    a.user_id = s.Text(2);
    a.department_code = s.Text(3);
    a.action = s.Text(4);
    a.object = s.Text(5);
    a.before_digest = s.Text(6);
    a.after_digest = s.Text(7);
    a.reason = s.Text(8);
    a.previous_hash = s.Text(9);
    a.hash = s.Text(10);
    return a;
  }

  sqlite3* db_ = nullptr;
  std::unique_ptr<StmtCache> cache_;
};

}  // namespace

int LatestSchemaVersion() { return kSchemaVersion; }

std::unique_ptr<Storage> OpenSqliteStorage(const PlatformOptions& options) {
  return std::make_unique<SqliteStorage>(options);
}

}  // namespace govshare::storage
