// Statement translation, preparation and execution on libpq, and the error
// mapping (statement.h).
#include "storage/postgres/statement.h"

#include <cstdlib>
#include <cstring>

namespace govshare::storage::postgres {

[[noreturn]] void Fail(PGconn* conn, const PGresult* result, const std::string& what) {
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  std::string message = result ? PQresultErrorMessage(result) : "";
  if (message.empty() && conn) message = PQerrorMessage(conn);
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  const std::string sqlstate = state ? state : "";
  if (!conn || PQstatus(conn) != CONNECTION_OK) {
    throw StorageError(what + ": lost the connection to the PostgreSQL server: " + message);
  }
  // 40001 serialization_failure, 40P01 deadlock_detected: another
  // transaction won; the caller may reload and try again.
  if (sqlstate == "40001" || sqlstate == "40P01") {
    throw ConflictError(what + ": " + message + " (SQLSTATE " + sqlstate + "); reload and try again");
  }
  throw StorageError(what + ": " + message + (sqlstate.empty() ? "" : " (SQLSTATE " + sqlstate + ")"));
}

std::string NumberPlaceholders(const char* sql, int& params) {
  std::string out;
  out.reserve(std::strlen(sql) + 16);
  params = 0;
  int next = 0;
  char quote = 0;
  for (const char* p = sql; *p; ++p) {
    const char c = *p;
    if (quote) {
      out += c;
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '\'' || c == '"') {
      quote = c;
      out += c;
      continue;
    }
    if (c != '?') {
      out += c;
      continue;
    }
    int n = 0;
    if (p[1] >= '0' && p[1] <= '9') {
      while (p[1] >= '0' && p[1] <= '9') n = n * 10 + (*++p - '0');
      next = n;
    } else {
      n = ++next;
    }
    if (n > params) params = n;
    out += '$';
    out += std::to_string(n);
  }
  return out;
}

const StmtCache::Prepared& StmtCache::Get(const char* sql, bool returning_id) {
  auto& cache = returning_id ? returning_ : plain_;
  auto it = cache.find(sql);
  if (it != cache.end()) return it->second;
  Prepared p;
  std::string text = NumberPlaceholders(sql, p.params);
  if (returning_id) text += " RETURNING id";
  p.name = "g" + std::to_string(plain_.size() + returning_.size() + 1);
  PGresult* r = PQprepare(conn_, p.name.c_str(), text.c_str(), 0, nullptr);
  if (!r || PQresultStatus(r) != PGRES_COMMAND_OK) {
    const std::string what = "prepare (" + text.substr(0, 80) + ")";
    struct Clear {
      PGresult* r;
      ~Clear() {
        if (r) PQclear(r);
      }
    } clear{r};
    Fail(conn_, r, what);
  }
  PQclear(r);
  return cache.emplace(sql, std::move(p)).first->second;
}

void Stmt::Execute(bool returning_id) {
  const StmtCache::Prepared& p = cache_.Get(sql_, returning_id);
  if (values_.size() > static_cast<std::size_t>(p.params)) {
    throw StorageError("bind: " + std::to_string(values_.size()) + " parameters for a statement of " +
                       std::to_string(p.params));
  }
  values_.resize(static_cast<std::size_t>(p.params));
  std::vector<const char*> values(values_.size());
  for (std::size_t i = 0; i < values_.size(); ++i) values[i] = values_[i] ? values_[i]->c_str() : nullptr;
  if (result_) PQclear(result_);
  result_ = PQexecPrepared(cache_.conn(), p.name.c_str(), p.params, values.data(), nullptr, nullptr, 0);
  const ExecStatusType status = result_ ? PQresultStatus(result_) : PGRES_FATAL_ERROR;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    PGresult* failed = result_;
    result_ = nullptr;
    struct Clear {
      PGresult* r;
      ~Clear() {
        if (r) PQclear(r);
      }
    } clear{failed};
    Fail(cache_.conn(), failed, "step");
  }
}

std::int64_t Stmt::RunInsert() {
  Execute(true);
  if (PQntuples(result_) != 1) throw StorageError("insert: no id returned");
  row_ = 0;
  return Int(0);
}

bool Stmt::RunIfCurrent() {
  Execute(false);
  return std::strcmp(PQcmdTuples(result_), "1") == 0;
}

std::int64_t Stmt::Int(int i) const {
  const char* v = PQgetvalue(result_, row_, i);
  if (!v || !*v) return 0;  // NULL reads as 0, as in SQLite
  char* end = nullptr;
  const long long n = std::strtoll(v, &end, 10);
  if (end && *end) throw StorageError(std::string("not an integer in the database: \"") + v + "\"");
  return n;
}

}  // namespace govshare::storage::postgres
