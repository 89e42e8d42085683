// The connection: opening, the pragmas (foreign keys, WAL, synchronous, busy
// timeout), transactions, closing (docs/schema.md).
#include <unistd.h>

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
    const int code = db_ ? sqlite3_errcode(db_) : SQLITE_NOMEM;
    sqlite3_close(db_);
    db_ = nullptr;
    if (code == SQLITE_CANTOPEN && !options.create_if_missing && !reader && ::access(options.path.c_str(), F_OK) != 0) {
      msg = "no platform at this path (create_if_missing is false)";
    }
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

void Connection::Query(const std::string& sql, const std::vector<std::optional<std::string>>& params,
                       std::vector<std::string>* names,
                       const std::function<void(std::vector<std::optional<std::string>>&&)>& fn) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db(), sql.c_str(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK) {
    Fail(db_, "prepare");
  }
  struct Finalize {
    sqlite3_stmt* s;
    ~Finalize() { sqlite3_finalize(s); }
  } finalize{stmt};
  for (std::size_t i = 0; i < params.size(); ++i) {
    const int rc = params[i] ? sqlite3_bind_text(stmt, static_cast<int>(i + 1), params[i]->data(),
                                                 static_cast<int>(params[i]->size()), SQLITE_STATIC)
                             : sqlite3_bind_null(stmt, static_cast<int>(i + 1));
    if (rc != SQLITE_OK) Fail(db_, "bind");
  }
  const int columns = sqlite3_column_count(stmt);
  if (names) {
    names->clear();
    for (int i = 0; i < columns; ++i) names->emplace_back(sqlite3_column_name(stmt, i));
  }
  for (;;) {
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) Fail(db_, "step");
    std::vector<std::optional<std::string>> row(static_cast<std::size_t>(columns));
    for (int i = 0; i < columns; ++i) {
      if (sqlite3_column_type(stmt, i) == SQLITE_NULL) continue;
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
      row[static_cast<std::size_t>(i)] = std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt, i)));
    }
    if (fn) fn(std::move(row));
  }
}

}  // namespace sqlite

}  // namespace govshare::storage
