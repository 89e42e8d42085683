// PostgreSQL's DDL and its migrations (backend.h). The schema version is the
// one row of govshare_schema, and the same number as SQLite's: version N has
// the same tables and columns on both backends (docs/schema.md). PostgreSQL
// support began at version 11, so a new database is created at 11 in one
// step (the tables of SQLite's migrations 1–11, with BIGINT for SQLite's
// 64-bit INTEGER, BIGSERIAL ids, and text compared byte for byte —
// COLLATE "C" — as SQLite compares it); from 12 on, every migration is
// written in both dialects, with the same number. Only SQL the
// PostgreSQL-derived databases also accept (docs/deployment.md).
#include <string>

#include "govshare/error.h"
#include "storage/postgres/backend.h"
#include "storage/storage.h"

namespace govshare::storage::postgres {
namespace {

// The schema of version 11.
const char* const kBaseline = R"sql(
CREATE TABLE platform_meta (key TEXT COLLATE "C" PRIMARY KEY, value TEXT COLLATE "C" NOT NULL);
CREATE TABLE departments (
  code TEXT COLLATE "C" PRIMARY KEY,
  name TEXT COLLATE "C" NOT NULL,
  level TEXT COLLATE "C" NOT NULL,
  parent_code TEXT COLLATE "C" REFERENCES departments(code)
, audit_body BIGINT NOT NULL DEFAULT 0);
CREATE TABLE users (
  id TEXT COLLATE "C" PRIMARY KEY,
  name TEXT COLLATE "C" NOT NULL,
  department_code TEXT COLLATE "C" NOT NULL REFERENCES departments(code),
  roles TEXT COLLATE "C" NOT NULL,
  active BIGINT NOT NULL
);
CREATE TABLE entries (
  id BIGSERIAL PRIMARY KEY,
  code TEXT COLLATE "C" UNIQUE,
  provider_code TEXT COLLATE "C" NOT NULL REFERENCES departments(code),
  status TEXT COLLATE "C" NOT NULL,
  row_version BIGINT NOT NULL,
  live_version BIGINT,
  working_version BIGINT,
  withdrawal_reason TEXT COLLATE "C" NOT NULL DEFAULT '',
  source_platform TEXT COLLATE "C" NOT NULL DEFAULT '',
  imported_at BIGINT
);
CREATE INDEX entries_provider ON entries(provider_code);
CREATE TABLE entry_versions (
  entry_id BIGINT NOT NULL REFERENCES entries(id),
  number BIGINT NOT NULL,
  status TEXT COLLATE "C" NOT NULL,
  content TEXT COLLATE "C" NOT NULL,
  content_digest TEXT COLLATE "C" NOT NULL DEFAULT '',
  created_by TEXT COLLATE "C" NOT NULL,
  created_at BIGINT NOT NULL,
  submitted_at BIGINT,
  reviewed_at BIGINT,
  reviewed_by TEXT COLLATE "C" NOT NULL DEFAULT '',
  rejection TEXT COLLATE "C" NOT NULL DEFAULT '[]',
  published_at BIGINT,
  PRIMARY KEY (entry_id, number)
);
CREATE TABLE subscriptions (
  entry_id BIGINT NOT NULL REFERENCES entries(id),
  department_code TEXT COLLATE "C" NOT NULL REFERENCES departments(code),
  created_at BIGINT NOT NULL,
  PRIMARY KEY (entry_id, department_code)
);
CREATE TABLE notices (
  id BIGSERIAL PRIMARY KEY,
  kind TEXT COLLATE "C" NOT NULL,
  department_code TEXT COLLATE "C" NOT NULL REFERENCES departments(code),
  entry_id BIGINT NOT NULL,
  message TEXT COLLATE "C" NOT NULL,
  created_at BIGINT NOT NULL,
  acknowledged_at BIGINT,
  acknowledged_by TEXT COLLATE "C" NOT NULL DEFAULT ''
, object TEXT COLLATE "C" NOT NULL DEFAULT '');
CREATE INDEX notices_department ON notices(department_code);
CREATE TABLE obligations (
  id BIGSERIAL PRIMARY KEY,
  kind TEXT COLLATE "C" NOT NULL,
  department_code TEXT COLLATE "C" NOT NULL REFERENCES departments(code),
  description TEXT COLLATE "C" NOT NULL,
  announced_on TEXT COLLATE "C" NOT NULL,
  due TEXT COLLATE "C" NOT NULL,
  calendar_version TEXT COLLATE "C" NOT NULL,
  provisional BIGINT NOT NULL,
  census_year BIGINT,
  created_at BIGINT,
  fulfilled_at BIGINT,
  fulfilled_by_entry BIGINT NOT NULL DEFAULT 0, fulfilled_by_version BIGINT NOT NULL DEFAULT 0, census_return TEXT COLLATE "C" NOT NULL DEFAULT '', extension TEXT COLLATE "C" NOT NULL DEFAULT '',
  UNIQUE (department_code, census_year)
);
CREATE TABLE audit_log (
  position BIGINT PRIMARY KEY,
  time BIGINT NOT NULL,
  user_id TEXT COLLATE "C" NOT NULL,
  department_code TEXT COLLATE "C" NOT NULL,
  action TEXT COLLATE "C" NOT NULL,
  object TEXT COLLATE "C" NOT NULL,
  before_digest TEXT COLLATE "C" NOT NULL,
  after_digest TEXT COLLATE "C" NOT NULL,
  reason TEXT COLLATE "C" NOT NULL,
  previous_hash TEXT COLLATE "C" NOT NULL,
  hash TEXT COLLATE "C" NOT NULL
);
CREATE TABLE security_events (
  id BIGSERIAL PRIMARY KEY,
  time BIGINT NOT NULL,
  user_id TEXT COLLATE "C" NOT NULL,
  department_code TEXT COLLATE "C" NOT NULL,
  action TEXT COLLATE "C" NOT NULL,
  object TEXT COLLATE "C" NOT NULL,
  detail TEXT COLLATE "C" NOT NULL
);
CREATE TABLE applications (
  id BIGSERIAL PRIMARY KEY,
  row_version BIGINT NOT NULL,
  status TEXT COLLATE "C" NOT NULL,
  consumer_code TEXT COLLATE "C" NOT NULL REFERENCES departments(code),
  provider_code TEXT COLLATE "C" NOT NULL REFERENCES departments(code),
  entry_id BIGINT REFERENCES entries(id),
  created_at BIGINT NOT NULL,
  body TEXT COLLATE "C" NOT NULL
);
CREATE INDEX applications_consumer ON applications(consumer_code);
CREATE INDEX applications_provider ON applications(provider_code);
CREATE TABLE authorizations (
  id BIGSERIAL PRIMARY KEY,
  row_version BIGINT NOT NULL,
  status TEXT COLLATE "C" NOT NULL,
  consumer_code TEXT COLLATE "C" NOT NULL REFERENCES departments(code),
  provider_code TEXT COLLATE "C" NOT NULL REFERENCES departments(code),
  entry_id BIGINT REFERENCES entries(id),
  created_at BIGINT NOT NULL,
  body TEXT COLLATE "C" NOT NULL
);
CREATE INDEX authorizations_consumer ON authorizations(consumer_code);
CREATE INDEX authorizations_provider ON authorizations(provider_code);
CREATE INDEX authorizations_entry ON authorizations(entry_id);
CREATE TABLE demand_requests (
  id BIGSERIAL PRIMARY KEY,
  row_version BIGINT NOT NULL,
  status TEXT COLLATE "C" NOT NULL,
  consumer_code TEXT COLLATE "C" NOT NULL REFERENCES departments(code),
  provider_code TEXT COLLATE "C" NOT NULL REFERENCES departments(code),
  entry_id BIGINT REFERENCES entries(id),
  created_at BIGINT NOT NULL,
  body TEXT COLLATE "C" NOT NULL
);
CREATE INDEX demand_requests_consumer ON demand_requests(consumer_code);
CREATE INDEX demand_requests_provider ON demand_requests(provider_code);
CREATE TABLE objections (
  id BIGSERIAL PRIMARY KEY,
  row_version BIGINT NOT NULL,
  status TEXT COLLATE "C" NOT NULL,
  consumer_code TEXT COLLATE "C" NOT NULL REFERENCES departments(code),
  provider_code TEXT COLLATE "C" NOT NULL REFERENCES departments(code),
  entry_id BIGINT REFERENCES entries(id),
  created_at BIGINT NOT NULL,
  body TEXT COLLATE "C" NOT NULL
);
CREATE INDEX objections_consumer ON objections(consumer_code);
CREATE INDEX objections_provider ON objections(provider_code);
CREATE TABLE disputes (
  id BIGSERIAL PRIMARY KEY,
  row_version BIGINT NOT NULL,
  status TEXT COLLATE "C" NOT NULL,
  consumer_code TEXT COLLATE "C" NOT NULL REFERENCES departments(code),
  provider_code TEXT COLLATE "C" NOT NULL REFERENCES departments(code),
  entry_id BIGINT REFERENCES entries(id),
  created_at BIGINT NOT NULL,
  body TEXT COLLATE "C" NOT NULL
);
CREATE INDEX disputes_consumer ON disputes(consumer_code);
CREATE INDEX disputes_provider ON disputes(provider_code);
CREATE TABLE steps (
  id BIGSERIAL PRIMARY KEY,
  kind TEXT COLLATE "C" NOT NULL,
  object TEXT COLLATE "C" NOT NULL,
  department_code TEXT COLLATE "C" NOT NULL REFERENCES departments(code),
  started_at BIGINT NOT NULL,
  due TEXT COLLATE "C" NOT NULL,
  calendar_version TEXT COLLATE "C" NOT NULL,
  provisional BIGINT NOT NULL,
  completed_at BIGINT,
  completed_by TEXT COLLATE "C" NOT NULL DEFAULT '',
  outcome TEXT COLLATE "C" NOT NULL DEFAULT '',
  on_time BIGINT
, counted_from BIGINT NOT NULL DEFAULT 0, rule_unit BIGINT NOT NULL DEFAULT 1, rule_count BIGINT NOT NULL DEFAULT 1, article TEXT COLLATE "C" NOT NULL DEFAULT '');
CREATE INDEX steps_object ON steps(object);
CREATE INDEX steps_department ON steps(department_code, completed_at);
CREATE TABLE usage_log (
  id BIGSERIAL PRIMARY KEY,
  time BIGINT NOT NULL,
  user_id TEXT COLLATE "C" NOT NULL,
  consumer_code TEXT COLLATE "C" NOT NULL,
  entry_id BIGINT NOT NULL,
  authorization_id BIGINT NOT NULL,
  kind TEXT COLLATE "C" NOT NULL,
  items TEXT COLLATE "C" NOT NULL,
  method TEXT COLLATE "C" NOT NULL,
  purpose TEXT COLLATE "C" NOT NULL,
  allowed BIGINT NOT NULL,
  outcome TEXT COLLATE "C" NOT NULL
);
CREATE INDEX usage_log_time ON usage_log(time);
CREATE TABLE authorization_use (
  authorization_id BIGINT PRIMARY KEY REFERENCES authorizations(id),
  last_used BIGINT NOT NULL
);
CREATE TABLE masking_rules (
  entry_id BIGINT PRIMARY KEY REFERENCES entries(id),
  rules TEXT COLLATE "C" NOT NULL
);
CREATE TABLE search_documents (
  entry_id BIGINT PRIMARY KEY REFERENCES entries(id),
  code TEXT COLLATE "C" NOT NULL,
  provider_code TEXT COLLATE "C" NOT NULL,
  name TEXT COLLATE "C" NOT NULL,
  text TEXT COLLATE "C" NOT NULL,
  topics TEXT COLLATE "C" NOT NULL,
  industry TEXT COLLATE "C" NOT NULL,
  share_class TEXT COLLATE "C" NOT NULL,
  format TEXT COLLATE "C" NOT NULL,
  update_cycle TEXT COLLATE "C" NOT NULL,
  methods TEXT COLLATE "C" NOT NULL
);
CREATE TABLE refresh_reports (
  id BIGSERIAL PRIMARY KEY,
  entry_id BIGINT NOT NULL REFERENCES entries(id),
  time BIGINT NOT NULL,
  reported_by TEXT COLLATE "C" NOT NULL
);
CREATE INDEX refresh_reports_entry ON refresh_reports(entry_id, time);
CREATE TABLE projects (
  id BIGSERIAL PRIMARY KEY,
  department_code TEXT COLLATE "C" NOT NULL REFERENCES departments(code),
  body TEXT COLLATE "C" NOT NULL
);
CREATE TABLE rectifications (
  id BIGSERIAL PRIMARY KEY,
  row_version BIGINT NOT NULL,
  status TEXT COLLATE "C" NOT NULL,
  consumer_code TEXT COLLATE "C" NOT NULL REFERENCES departments(code),
  provider_code TEXT COLLATE "C" NOT NULL REFERENCES departments(code),
  entry_id BIGINT REFERENCES entries(id),
  created_at BIGINT NOT NULL,
  body TEXT COLLATE "C" NOT NULL
);
CREATE INDEX rectifications_department ON rectifications(consumer_code);
CREATE TABLE calendar_years (
  year BIGINT PRIMARY KEY,
  content TEXT COLLATE "C" NOT NULL,
  digest TEXT COLLATE "C" NOT NULL,
  loaded_at BIGINT NOT NULL,
  loaded_by TEXT COLLATE "C" NOT NULL,
  reason TEXT COLLATE "C" NOT NULL DEFAULT ''
);
CREATE TABLE service_changes (
  id BIGSERIAL PRIMARY KEY,
  row_version BIGINT NOT NULL,
  status TEXT COLLATE "C" NOT NULL,
  consumer_code TEXT COLLATE "C" NOT NULL REFERENCES departments(code),
  provider_code TEXT COLLATE "C" NOT NULL REFERENCES departments(code),
  entry_id BIGINT REFERENCES entries(id),
  created_at BIGINT NOT NULL,
  body TEXT COLLATE "C" NOT NULL
);
CREATE INDEX service_changes_consumer ON service_changes(consumer_code);
CREATE INDEX service_changes_provider ON service_changes(provider_code);
CREATE TABLE use_records (
  id BIGSERIAL PRIMARY KEY,
  row_version BIGINT NOT NULL,
  status TEXT COLLATE "C" NOT NULL,
  consumer_code TEXT COLLATE "C" NOT NULL REFERENCES departments(code),
  provider_code TEXT COLLATE "C" NOT NULL REFERENCES departments(code),
  entry_id BIGINT REFERENCES entries(id),
  created_at BIGINT NOT NULL,
  body TEXT COLLATE "C" NOT NULL
);
CREATE INDEX use_records_consumer ON use_records(consumer_code);
CREATE INDEX use_records_provider ON use_records(provider_code);
)sql";
constexpr int kBaselineVersion = 11;

// Migrations after the baseline, in order: kMigrations[i] takes the schema
// from kBaselineVersion + i to kBaselineVersion + i + 1 (SQLite's migration
// of the same number, in PostgreSQL's dialect). Never edit a released one.
const char* const kMigrations[] = {
    // 12: signed audit checkpoints.
    R"sql(
CREATE TABLE audit_checkpoints (
  sequence BIGINT PRIMARY KEY,
  position BIGINT NOT NULL,
  head_hash TEXT COLLATE "C" NOT NULL,
  time BIGINT NOT NULL,
  algorithm TEXT COLLATE "C" NOT NULL,
  key_id TEXT COLLATE "C" NOT NULL,
  signature TEXT COLLATE "C" NOT NULL
);
)sql",
    // 13: signed federation bundles.
    R"sql(
CREATE TABLE federation_keys (
  county_code TEXT COLLATE "C" NOT NULL REFERENCES departments(code),
  key_id TEXT COLLATE "C" NOT NULL,
  algorithm TEXT COLLATE "C" NOT NULL,
  public_key TEXT COLLATE "C" NOT NULL,
  registered_at BIGINT NOT NULL,
  registered_by TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (county_code, key_id)
);
)sql",
};
constexpr int kMigrationCount = sizeof(kMigrations) / sizeof(kMigrations[0]);
constexpr int kSchemaVersion = kBaselineVersion + kMigrationCount;

}  // namespace

int Connection::SchemaVersion() {
  Stmt exists(cache(), "SELECT count(*) FROM information_schema.tables "
                       "WHERE table_schema = current_schema() AND table_name = 'govshare_schema'");
  if (!exists.Step() || exists.Int(0) == 0) return 0;
  Stmt s(cache(), "SELECT version FROM govshare_schema");
  return s.Step() ? static_cast<int>(s.Int(0)) : 0;
}

// A platform may live in a schema of its own, named first in the search path
// (options=-csearch_path%3Dcity in the URI): when no schema of the search path
// exists, create_if_missing creates that first one, as it creates a missing
// SQLite file. "$user" means the connecting role.
void Connection::CreateSchemaIfMissing() {
  Stmt current(cache(), "SELECT current_schema() IS NULL, current_setting('search_path'), current_user");
  if (!current.Step() || current.Text(0) != "t") return;
  std::string path = current.Text(1);
  std::string first = path.substr(0, path.find(','));
  const auto trim = [](std::string& s) {
    while (!s.empty() && s.front() == ' ') s.erase(s.begin());
    while (!s.empty() && s.back() == ' ') s.pop_back();
  };
  trim(first);
  if (first.size() >= 2 && first.front() == '"' && first.back() == '"') {
    std::string unquoted;
    for (std::size_t i = 1; i + 1 < first.size(); ++i) {
      unquoted += first[i];
      if (first[i] == '"' && first[i + 1] == '"') ++i;  // "" inside quotes is one "
    }
    first = unquoted;
  }
  if (first == "$user") first = current.Text(2);
  if (first.empty()) throw StorageError("no schema to create the platform in: the search path is empty");
  char* quoted = PQescapeIdentifier(conn(), first.c_str(), first.size());
  if (!quoted) throw StorageError(std::string("schema name: ") + PQerrorMessage(conn()));
  const std::string sql = std::string("CREATE SCHEMA IF NOT EXISTS ") + quoted;
  PQfreemem(quoted);
  Exec(sql);
}

// Creates or migrates the schema in one transaction, holding the write lock
// so that two nodes opening a new database at once create it once; refuses a
// newer schema.
void Connection::Migrate(bool create_if_missing) {
  if (kSchemaVersion != LatestSchemaVersion()) {
    throw StorageError("this library's PostgreSQL schema (" + std::to_string(kSchemaVersion) +
                       ") and SQLite schema (" + std::to_string(LatestSchemaVersion()) + ") disagree");
  }
  int version = SchemaVersion();
  if (version > kSchemaVersion) {
    throw StorageError("the platform database has schema version " + std::to_string(version) +
                       ", newer than this library's " + std::to_string(kSchemaVersion) + "; upgrade libgovshare");
  }
  if (version == kSchemaVersion) return;
  if (version == 0 && !create_if_missing) {
    throw StorageError("no platform in this database (create_if_missing is false)");
  }
  CreateSchemaIfMissing();
  Exec("BEGIN");
  try {
    Exec("CREATE TABLE IF NOT EXISTS govshare_schema (version INTEGER NOT NULL)");
    Exec("LOCK TABLE govshare_schema IN SHARE ROW EXCLUSIVE MODE");
    Stmt current(cache(), "SELECT version FROM govshare_schema");
    version = current.Step() ? static_cast<int>(current.Int(0)) : 0;
    if (version < kSchemaVersion) {
      if (version == 0) {
        Exec(kBaseline);
        Exec("INSERT INTO govshare_schema(version) VALUES (" + std::to_string(kBaselineVersion) + ")");
        version = kBaselineVersion;
      } else if (version < kBaselineVersion) {
        throw StorageError("the platform database has schema version " + std::to_string(version) +
                           ", older than any PostgreSQL schema (" + std::to_string(kBaselineVersion) + ")");
      }
      for (int v = version; v < kSchemaVersion; ++v) Exec(kMigrations[v - kBaselineVersion]);
      Exec("UPDATE govshare_schema SET version = " + std::to_string(kSchemaVersion));
    }
    Exec("COMMIT");
  } catch (...) {
    Rollback();
    throw;
  }
}

}  // namespace govshare::storage::postgres
