// Internal: the SQLite storage's statements. One place for preparing (the
// per-connection cache), binding, stepping and reading columns, and for
// mapping SQLite errors to StorageError.
#ifndef GOVSHARE_STORAGE_SQLITE_STATEMENT_H_
#define GOVSHARE_STORAGE_SQLITE_STATEMENT_H_

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

#include "govshare/error.h"

namespace govshare::storage::sqlite {

/// Throws the storage error for the last failure on `db`: `what` failed,
/// SQLite's message and extended code.
[[noreturn]] void Fail(sqlite3* db, const std::string& what);

// Prepared statements are cached per connection, keyed by the address of
// their SQL text (every statement is a string literal), and reset after use:
// preparing was most of the cost of a small operation.
class StmtCache {
 public:
  explicit StmtCache(sqlite3* db) : db_(db) {}
  ~StmtCache();
  StmtCache(const StmtCache&) = delete;
  StmtCache& operator=(const StmtCache&) = delete;
  sqlite3_stmt* Get(const char* sql);
  void Clear();
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
  // The text is not copied: `v` must outlive the statement's step (the
  // usage log's batched insert, whose rows outlive it).
  Stmt& BindStatic(int i, const std::string& v) {
    Check(sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC));
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
  // Runs an INSERT; the new row's id.
  std::int64_t RunInsert() {
    Run();
    return sqlite3_last_insert_rowid(db_);
  }
  // Runs an UPDATE of one row guarded by `AND row_version = ?` (optimistic
  // locking): true when it changed the row, false when the stored row has
  // another row version (the caller's copy is stale).
  bool RunIfCurrent() {
    Run();
    return sqlite3_changes(db_) == 1;
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

}  // namespace govshare::storage::sqlite

#endif  // GOVSHARE_STORAGE_SQLITE_STATEMENT_H_
