// The connection: opening from a URI, the session settings (lock timeout,
// synchronous commit, UTF-8), transactions, closing (backend.h).
#include <memory>
#include <string>

#include "govshare/error.h"
#include "storage/postgres/backend.h"

namespace govshare::storage::postgres {

bool IsPostgresUri(const std::string& path) {
  return path.rfind("postgresql://", 0) == 0 || path.rfind("postgres://", 0) == 0;
}

std::string RedactUri(const std::string& uri) {
  // scheme://user:password@host… — the password is between the first ':'
  // after the scheme and the '@' that ends the user info.
  const auto scheme = uri.find("://");
  if (scheme == std::string::npos) return uri;
  const auto at = uri.find('@', scheme + 3);
  const auto slash = uri.find('/', scheme + 3);
  if (at == std::string::npos || (slash != std::string::npos && slash < at)) return uri;
  const auto colon = uri.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return uri;
  return uri.substr(0, colon + 1) + "***" + uri.substr(at);
}

Connection::Connection(const PlatformOptions& options, bool reader) {
  conn_ = PQconnectdb(options.path.c_str());
  if (!conn_ || PQstatus(conn_) != CONNECTION_OK) {
    std::string msg = conn_ ? PQerrorMessage(conn_) : "out of memory";
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
    Close();
    throw StorageError("cannot open platform database \"" + RedactUri(options.path) + "\": " + msg);
  }
  // The server's notices (NOTICE: … already exists, skipping) are not the
  // library's to print: libpq would write them to stderr.
  PQsetNoticeProcessor(conn_, [](void*, const char*) {}, nullptr);
  // A constructor that throws runs no destructor: close what is open.
  try {
    cache_ = std::make_unique<StmtCache>(conn_);
    // The busy timeout is how long a write waits for another node's write
    // lock; text is UTF-8 whatever the server's default.
    Exec("SET client_encoding = 'UTF8'; SET lock_timeout = " + std::to_string(options.busy_timeout_ms) +
         "; SET synchronous_commit = " + (options.durability == Durability::kNormal ? "off" : "on"));
    if (!reader) Migrate(options.create_if_missing);
  } catch (...) {
    Close();
    throw;
  }
}

Connection::~Connection() { Close(); }

void Connection::Close() {
  cache_.reset();
  if (conn_) {
    PQfinish(conn_);
    conn_ = nullptr;
  }
}

void Connection::Exec(const std::string& sql) {
  PGresult* r = PQexec(conn(), sql.c_str());
  const ExecStatusType status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    struct Clear {
      PGresult* r;
      ~Clear() {
        if (r) PQclear(r);
      }
    } clear{r};
    Fail(conn_, r, "PostgreSQL (in: " + sql.substr(0, 60) + ")");
  }
  PQclear(r);
}

void Connection::Begin() {
  Exec("BEGIN ISOLATION LEVEL READ COMMITTED; LOCK TABLE govshare_schema IN SHARE ROW EXCLUSIVE MODE");
}

void Connection::AnnounceChange() { Exec(std::string("NOTIFY ") + kChangeChannel); }

// Rows arrive one at a time (libpq's single-row mode), so a scan of a large
// table (a copy of a city's usage log) holds one row in memory, not the
// table. fn must not use this connection: the query is still running.
void Connection::Query(const std::string& sql, const std::vector<std::optional<std::string>>& params,
                       std::vector<std::string>* names,
                       const std::function<void(std::vector<std::optional<std::string>>&&)>& fn) {
  int count = 0;
  const std::string text = NumberPlaceholders(sql.c_str(), count);
  std::vector<const char*> values(params.size());
  for (std::size_t i = 0; i < params.size(); ++i) values[i] = params[i] ? params[i]->c_str() : nullptr;
  PGconn* c = conn();
  if (!PQsendQueryParams(c, text.c_str(), static_cast<int>(values.size()), nullptr, values.data(), nullptr, nullptr,
                         0)) {
    Fail(c, nullptr, "query (" + sql.substr(0, 60) + ")");
  }
  PQsetSingleRowMode(c);
  struct Result {
    PGresult* r = nullptr;
    ~Result() { Reset(nullptr); }
    void Reset(PGresult* next) {
      if (r) PQclear(r);
      r = next;
    }
  } result;
  // Reads what is left of the query's results, so that the connection is
  // ready for the next statement whatever happened to this one.
  const auto drain = [c] {
    while (PGresult* rest = PQgetResult(c)) PQclear(rest);
  };
  bool named = false;
  try {
    while (true) {
      result.Reset(PQgetResult(c));
      if (!result.r) break;
      const ExecStatusType status = PQresultStatus(result.r);
      if (status != PGRES_SINGLE_TUPLE && status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        drain();
        Fail(c, result.r, "query (" + sql.substr(0, 60) + ")");
      }
      const int columns = PQnfields(result.r);
      if (names && !named) {
        names->clear();
        for (int i = 0; i < columns; ++i) names->emplace_back(PQfname(result.r, i));
        named = true;
      }
      if (!fn) continue;
      for (int row = 0; row < PQntuples(result.r); ++row) {
        std::vector<std::optional<std::string>> out(static_cast<std::size_t>(columns));
        for (int i = 0; i < columns; ++i) {
          if (PQgetisnull(result.r, row, i)) continue;
          out[static_cast<std::size_t>(i)] =
              std::string(PQgetvalue(result.r, row, i), static_cast<std::size_t>(PQgetlength(result.r, row, i)));
        }
        fn(std::move(out));
      }
    }
  } catch (...) {
    // fn refused a row (or a row failed): stop the server sending the rest.
    if (PQtransactionStatus(c) == PQTRANS_ACTIVE) {
      if (PGcancel* cancel = PQgetCancel(c)) {
        char err[256];
        PQcancel(cancel, err, sizeof err);
        PQfreeCancel(cancel);
      }
      drain();
    }
    throw;
  }
}

void Connection::AfterCopy() {
  // Every table with a serial id (its column default is the sequence).
  std::vector<std::string> tables;
  Query("SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND column_name = 'id' AND column_default LIKE 'nextval%'",
        {}, nullptr, [&](std::vector<std::optional<std::string>>&& row) { tables.push_back(*row[0]); });
  for (const auto& t : tables) {
    Query("SELECT setval(pg_get_serial_sequence('" + t + "', 'id'), COALESCE(max(id), 0) + 1, false) FROM " + t, {},
          nullptr, nullptr);
  }
  // The planner's statistics for the tables just filled: without them it
  // guesses, and may scan the whole audit trail where the index reads the few
  // records a node catches up on (autovacuum would gather them only later).
  Exec("ANALYZE");
}

void Connection::BeginRead() { Exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); }

void Connection::Commit() {
  PGresult* r = PQexec(conn(), "COMMIT");
  const bool ok = r && PQresultStatus(r) == PGRES_COMMAND_OK && std::string(PQcmdStatus(r)) == "COMMIT";
  if (!ok) {
    struct Clear {
      PGresult* r;
      ~Clear() {
        if (r) PQclear(r);
      }
    } clear{r};
    if (r && PQresultStatus(r) == PGRES_COMMAND_OK) {
      throw StorageError("commit: the transaction had failed and was rolled back");
    }
    Fail(conn_, r, "commit");
  }
  PQclear(r);
}

void Connection::Rollback() {
  if (conn_ && PQstatus(conn_) == CONNECTION_OK && PQtransactionStatus(conn_) != PQTRANS_IDLE) {
    PGresult* r = PQexec(conn_, "ROLLBACK");
    if (r) PQclear(r);
  }
}

}  // namespace govshare::storage::postgres
