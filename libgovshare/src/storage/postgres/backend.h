// Internal: the PostgreSQL backend of the storage's SQL (storage/sql/), on
// libpq: a platform in a PostgreSQL database (or one of its schemas),
// opened with a connection URI (PlatformOptions::path = "postgresql://…").
// docs/deployment.md, docs/schema.md.
//   statement.h/.cpp  translating, preparing, executing; the error mapping
//   connection.cpp    opening, session settings, transactions, closing
//   schema.cpp        PostgreSQL's DDL and migrations (table govshare_schema)
//   database.cpp      the pool (storage/sql/pool.h)
//
// Transactions: a write begins READ COMMITTED and takes the platform's write
// lock (LOCK TABLE govshare_schema IN SHARE ROW EXCLUSIVE MODE — it conflicts
// only with itself), so the writes of every node on the database run one at
// a time, like SQLite's BEGIN IMMEDIATE: the audit chain is one total order
// and a row_version check sees every earlier commit. A read is REPEATABLE
// READ READ ONLY: one snapshot, never waiting for a writer.
#ifndef GOVSHARE_STORAGE_POSTGRES_BACKEND_H_
#define GOVSHARE_STORAGE_POSTGRES_BACKEND_H_

#include <libpq-fe.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "govshare/error.h"
#include "govshare/platform.h"
#include "storage/postgres/statement.h"

namespace govshare::storage::postgres {

/// True when `path` names a PostgreSQL database (postgresql:// or
/// postgres://) rather than a SQLite file.
bool IsPostgresUri(const std::string& path);
/// The channel of the change feed (LISTEN / NOTIFY).
inline constexpr const char kChangeChannel[] = "govshare_changes";
/// `uri` with its password (if any) replaced by "***", for messages.
std::string RedactUri(const std::string& uri);

// One PostgreSQL connection and its prepared statements.
class Connection {
 public:
  // `reader`: a pooled read connection (no migration — the writer migrated).
  Connection(const PlatformOptions& options, bool reader);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  void Close();
  void Begin();
  void BeginRead();
  void Commit();
  void Rollback();
  int SchemaVersion();  // schema.cpp
  // The server went away: the pool drops the connection after its lease.
  bool broken() const { return !conn_ || PQstatus(conn_) != CONNECTION_OK; }
  // NOTIFY on the platform's channel, delivered when the transaction commits.
  void AnnounceChange();
  // A statement built at run time (not prepared): `?` placeholders, `params`
  // sent as text (null: nullopt); `names` (if given) set to the result's
  // columns; `fn` called with each row as text.
  void Query(const std::string& sql, const std::vector<std::optional<std::string>>& params,
             std::vector<std::string>* names,
             const std::function<void(std::vector<std::optional<std::string>>&&)>& fn);
  // After rows with their own ids were inserted: each id sequence continues
  // after the greatest id.
  void AfterCopy();
  // The server process serving this connection (0 when closed): a listener
  // tells its own handle's notifications from other nodes' by it.
  int backend_pid() const { return conn_ ? PQbackendPID(conn_) : 0; }

  StmtCache& cache() const {
    if (!conn_ || !cache_) throw StorageError("the platform is closed");
    return *cache_;
  }

 private:
  PGconn* conn() const {
    if (!conn_) throw StorageError("the platform is closed");
    return conn_;
  }
  void Exec(const std::string& sql);
  void Migrate(bool create_if_missing);  // schema.cpp
  void CreateSchemaIfMissing();  // schema.cpp

  PGconn* conn_ = nullptr;
  std::unique_ptr<StmtCache> cache_;
};

struct Backend {
  using Connection = postgres::Connection;
  using Cache = StmtCache;
  using Stmt = postgres::Stmt;
};

}  // namespace govshare::storage::postgres

#endif  // GOVSHARE_STORAGE_POSTGRES_BACKEND_H_
