// The schema: versioned migrations in PRAGMA user_version (docs/schema.md).
#include <string>

#include "govshare/error.h"
#include "storage/sqlite/backend.h"

namespace govshare::storage {
namespace sqlite {
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
    // 7: A11 — which act fulfilled an obligation: the approved revision's
    // version (with fulfilled_by_entry), or the census return (JSON lines).
    // Rows fulfilled before keep what they had (version 0, no return).
    R"sql(
ALTER TABLE obligations ADD COLUMN fulfilled_by_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE obligations ADD COLUMN census_return TEXT NOT NULL DEFAULT '';
)sql",
    // 8: audit bodies — departments whose staff may hold the auditor role
    // (docs/permissions.md).
    R"sql(
ALTER TABLE departments ADD COLUMN audit_body INTEGER NOT NULL DEFAULT 0;
)sql",
    // 9: the rulebook (docs/rulebook.md) — each step records the article whose
    // period set its deadline. Steps opened before ran on the Nantong rules.
    R"sql(
ALTER TABLE steps ADD COLUMN article TEXT NOT NULL DEFAULT '';
UPDATE steps SET article = CASE kind
  WHEN 'form_check' THEN 'A21'
  WHEN 'provider_decision' THEN 'A22'
  WHEN 'platform_decision' THEN 'A23'
  WHEN 'demand_response' THEN 'A25'
  WHEN 'demand_publication' THEN 'A25'
  WHEN 'objection_check' THEN 'A29'
  WHEN 'catalog_revision' THEN 'A31 (2)'
  ELSE '' END;
)sql",
    // 10: the regulation's N27 and N29 — a provider's ending or changing of a
    // service (negotiated, filed), and the requester's use records, kept at
    // least 3 years. Both are case tables (docs/schema.md).
    R"sql(
CREATE TABLE service_changes (
  id INTEGER PRIMARY KEY,
  row_version INTEGER NOT NULL,
  status TEXT NOT NULL,
  consumer_code TEXT NOT NULL REFERENCES departments(code),
  provider_code TEXT NOT NULL REFERENCES departments(code),
  entry_id INTEGER REFERENCES entries(id),
  created_at INTEGER NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX service_changes_consumer ON service_changes(consumer_code);
CREATE INDEX service_changes_provider ON service_changes(provider_code);
CREATE TABLE use_records (
  id INTEGER PRIMARY KEY,
  row_version INTEGER NOT NULL,
  status TEXT NOT NULL,
  consumer_code TEXT NOT NULL REFERENCES departments(code),
  provider_code TEXT NOT NULL REFERENCES departments(code),
  entry_id INTEGER REFERENCES entries(id),
  created_at INTEGER NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX use_records_consumer ON use_records(consumer_code);
CREATE INDEX use_records_provider ON use_records(provider_code);
)sql",
    // 11: N17 — a department may ask, and the bureau approve, 5 more working
    // days to update its catalog: the request and decision kept with the
    // obligation (JSON, '' when none was asked for).
    R"sql(
ALTER TABLE obligations ADD COLUMN extension TEXT NOT NULL DEFAULT '';
)sql",
    // 12: signed audit checkpoints (A28; docs/security.md) — the chain's head
    // at a time, signed with a key kept outside the database.
    R"sql(
CREATE TABLE audit_checkpoints (
  sequence INTEGER PRIMARY KEY,
  position INTEGER NOT NULL,
  head_hash TEXT NOT NULL,
  time INTEGER NOT NULL,
  algorithm TEXT NOT NULL,
  key_id TEXT NOT NULL,
  signature TEXT NOT NULL
);
)sql",
    // 13: signed federation bundles (A6; docs/security.md) — the public keys
    // the city registered for each county platform.
    R"sql(
CREATE TABLE federation_keys (
  county_code TEXT NOT NULL REFERENCES departments(code),
  key_id TEXT NOT NULL,
  algorithm TEXT NOT NULL,
  public_key TEXT NOT NULL,
  registered_at INTEGER NOT NULL,
  registered_by TEXT NOT NULL,
  PRIMARY KEY (county_code, key_id)
);
)sql",
};
constexpr int kSchemaVersion = sizeof(kMigrations) / sizeof(kMigrations[0]);

}  // namespace

int Connection::SchemaVersion() {
  Stmt s(cache(), "PRAGMA user_version");
  return s.Step() ? static_cast<int>(s.Int(0)) : 0;
}

// Applies the missing migrations in one transaction; refuses a newer schema.
void Connection::Migrate() {
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

}  // namespace sqlite

int LatestSchemaVersion() { return sqlite::kSchemaVersion; }

}  // namespace govshare::storage
