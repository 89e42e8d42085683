// The connection: opening, the pragmas (foreign keys, WAL, synchronous, busy
// timeout), transactions, closing (docs/schema.md).
#include <memory>
#include <string>

#include "govshare/error.h"
#include "storage/sqlite/backend.h"

namespace govshare::storage {
namespace sqlite {

Connection::Connection(const PlatformOptions& options, bool reader) {
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  if (options.create_if_missing && !reader) flags |= SQLITE_OPEN_CREATE;
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
    if (reader) {
      Exec("PRAGMA query_only = 1");
    } else {
      Migrate();
    }
  } catch (...) {
    Close();
    throw;
  }
}

Connection::~Connection() { Close(); }

void Connection::Close() {
  cache_.reset();
  if (db_) {
    sqlite3_close_v2(db_);
    db_ = nullptr;
  }
}

void Connection::Begin() { Stmt(cache(), "BEGIN IMMEDIATE").Run(); }

void Connection::BeginRead() { Stmt(cache(), "BEGIN DEFERRED").Run(); }

void Connection::Commit() { Stmt(cache(), "COMMIT").Run(); }

void Connection::Rollback() {
  if (db_ && !sqlite3_get_autocommit(db_)) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

void Connection::Exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db(), sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    throw StorageError(std::string("SQLite: ") + msg + " (in: " + sql + ")");
  }
}

}  // namespace sqlite

}  // namespace govshare::storage
