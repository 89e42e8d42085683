// Internal: the SQLite backend of the storage's SQL (storage/sql/): WAL,
// foreign keys, BEGIN IMMEDIATE transactions, a busy timeout, versioned
// migrations in PRAGMA user_version (docs/schema.md).
//   statement.h/.cpp  preparing (the statement cache), binding, reading, errors
//   connection.cpp    opening, pragmas, transactions, closing
//   schema.cpp        the migrations
//   database.cpp      the pool: one writer, WAL readers (storage::Database)
#ifndef GOVSHARE_STORAGE_SQLITE_BACKEND_H_
#define GOVSHARE_STORAGE_SQLITE_BACKEND_H_

#include <sqlite3.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "govshare/error.h"
#include "govshare/platform.h"
#include "storage/sqlite/statement.h"

namespace govshare::storage::sqlite {

// One SQLite connection and its statements.
class Connection {
 public:
  // `reader`: a pooled read connection (the file must exist; query_only,
  // no migration — the writer migrated it).
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
  // A file connection does not break (the pool asks after each lease).
  bool broken() const { return false; }
  // No change feed: other handles poll the trail (decision_refresh_ms).
  void AnnounceChange() {}
  // A statement built at run time (not cached): `params` bound as text
  // (null: nullopt); `names` (if given) set to the result's columns; `fn`
  // called with each row as text.
  void Query(const std::string& sql, const std::vector<std::optional<std::string>>& params,
             std::vector<std::string>* names,
             const std::function<void(std::vector<std::optional<std::string>>&&)>& fn);
  // Explicit ids inserted: SQLite's next rowid follows them already.
  void AfterCopy() {}

  StmtCache& cache() const {
    if (!db_ || !cache_) throw StorageError("the platform is closed");
    return *cache_;
  }

 private:
  sqlite3* db() const {
    if (!db_) throw StorageError("the platform is closed");
    return db_;
  }
  void Exec(const char* sql);
  void Migrate();  // schema.cpp

  sqlite3* db_ = nullptr;
  std::unique_ptr<StmtCache> cache_;
};

struct Backend {
  using Connection = sqlite::Connection;
  using Cache = StmtCache;
  using Stmt = sqlite::Stmt;
};

}  // namespace govshare::storage::sqlite

#endif  // GOVSHARE_STORAGE_SQLITE_BACKEND_H_
