// Internal: the PostgreSQL backend's statements (libpq). The storage's SQL
// (storage/sql/) is written with `?` and `?N` placeholders; a statement is
// translated to `$N` once, prepared once per connection (PQprepare, types
// left to the server to infer from the statement), and executed with its
// parameters as text (PQexecPrepared). Errors map to the library's: a lost
// connection or any other failure is the storage error; a serialization
// failure or a deadlock is the conflict error.
#ifndef GOVSHARE_STORAGE_POSTGRES_STATEMENT_H_
#define GOVSHARE_STORAGE_POSTGRES_STATEMENT_H_

#include <libpq-fe.h>

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "govshare/error.h"

namespace govshare::storage::postgres {

/// Throws the error of a failed command on `conn` (`result` may be null):
/// `what` failed, the server's message and SQLSTATE.
[[noreturn]] void Fail(PGconn* conn, const PGresult* result, const std::string& what);

/// `sql` with its `?` / `?N` placeholders (outside quoted text) as `$N`;
/// `params` is set to the number of parameters.
std::string NumberPlaceholders(const char* sql, int& params);

// Statements prepared on one connection, keyed by the address of their SQL
// text (every statement is a string literal) and whether the row's id is
// wanted back (an INSERT run by RunInsert gets `RETURNING id`).
class StmtCache {
 public:
  struct Prepared {
    std::string name;
    int params = 0;
  };
  explicit StmtCache(PGconn* conn) : conn_(conn) {}
  StmtCache(const StmtCache&) = delete;
  StmtCache& operator=(const StmtCache&) = delete;
  const Prepared& Get(const char* sql, bool returning_id);
  PGconn* conn() const { return conn_; }

 private:
  PGconn* conn_;
  std::unordered_map<const char*, Prepared> plain_, returning_;
};

// A use of a prepared statement: bind by position (values sent as text),
// then Step through the rows, or Run / RunInsert / RunIfCurrent.
class Stmt {
 public:
  Stmt(StmtCache& cache, const char* sql) : cache_(cache), sql_(sql) {}
  ~Stmt() {
    if (result_) PQclear(result_);
  }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  Stmt& Bind(int i, const std::string& v) {
    Slot(i) = v;
    return *this;
  }
  Stmt& BindStatic(int i, const std::string& v) { return Bind(i, v); }
  Stmt& Bind(int i, std::int64_t v) {
    Slot(i) = std::to_string(v);
    return *this;
  }
  Stmt& Bind(int i, int v) { return Bind(i, static_cast<std::int64_t>(v)); }
  Stmt& Bind(int i, bool v) { return Bind(i, static_cast<std::int64_t>(v ? 1 : 0)); }
  template <typename T>
  Stmt& Bind(int i, const std::optional<T>& v) {
    if (v) return Bind(i, *v);
    Slot(i).reset();
    return *this;
  }
  Stmt& BindNullIfEmpty(int i, const std::string& v) {
    if (!v.empty()) return Bind(i, v);
    Slot(i).reset();
    return *this;
  }

  // True while there is a row (the statement runs at the first call).
  bool Step() {
    if (!result_) {
      Execute(false);
      row_ = 0;
    } else {
      ++row_;
    }
    return row_ < PQntuples(result_);
  }
  void Run() { Execute(false); }
  // Runs an INSERT; the new row's id.
  std::int64_t RunInsert();
  // Runs an UPDATE of one row guarded by `AND row_version = ?`: true when it
  // changed the row, false when the stored row has another row version.
  bool RunIfCurrent();

  std::string Text(int i) const {
    return std::string(PQgetvalue(result_, row_, i), static_cast<std::size_t>(PQgetlength(result_, row_, i)));
  }
  std::int64_t Int(int i) const;
  bool IsNull(int i) const { return PQgetisnull(result_, row_, i) != 0; }
  std::optional<std::int64_t> OptInt(int i) const {
    if (IsNull(i)) return std::nullopt;
    return Int(i);
  }

 private:
  std::optional<std::string>& Slot(int i) {
    if (i < 1) throw StorageError("bind: parameter index " + std::to_string(i));
    if (values_.size() < static_cast<std::size_t>(i)) values_.resize(static_cast<std::size_t>(i));
    return values_[static_cast<std::size_t>(i - 1)];
  }
  void Execute(bool returning_id);

  StmtCache& cache_;
  const char* sql_;
  std::vector<std::optional<std::string>> values_;
  PGresult* result_ = nullptr;
  int row_ = 0;
};

}  // namespace govshare::storage::postgres

#endif  // GOVSHARE_STORAGE_POSTGRES_STATEMENT_H_
