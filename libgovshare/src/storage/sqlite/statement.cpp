// Statement preparation (the per-connection cache) and the SQLite error
// mapping (StorageError).
#include "storage/sqlite/statement.h"

#include "govshare/error.h"

namespace govshare::storage::sqlite {

[[noreturn]] void Fail(sqlite3* db, const std::string& what) {
  const int code = db ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
  throw StorageError(what + ": " + (db ? sqlite3_errmsg(db) : "no database") + " (SQLite code " +
                     std::to_string(code) + ")");
}

StmtCache::~StmtCache() { Clear(); }

sqlite3_stmt* StmtCache::Get(const char* sql) {
  auto it = cache_.find(sql);
  if (it != cache_.end()) return it->second;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
    Fail(db_, "prepare");
  }
  cache_.emplace(sql, stmt);
  return stmt;
}

void StmtCache::Clear() {
  for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
  cache_.clear();
}

}  // namespace govshare::storage::sqlite
