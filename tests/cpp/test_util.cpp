#include "test_util.h"

#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <stdexcept>

namespace govshare::testing {
namespace {

const char* PostgresBase() {
  const char* uri = std::getenv("GOVSHARE_TEST_POSTGRES");
  return uri && *uri ? uri : nullptr;
}

// Runs `sql` on the PostgreSQL database `uri`; the first column of its rows.
std::vector<std::string> PgSql(const std::string& uri, const std::string& sql) {
  PGconn* c = PQconnectdb(uri.c_str());
  if (PQstatus(c) != CONNECTION_OK) {
    const std::string msg = PQerrorMessage(c);
    PQfinish(c);
    throw std::runtime_error("cannot connect to " + uri + ": " + msg);
  }
  PQsetNoticeProcessor(c, [](void*, const char*) {}, nullptr);
  PGresult* r = PQexec(c, sql.c_str());
  const ExecStatusType st = PQresultStatus(r);
  std::vector<std::string> out;
  if (st == PGRES_TUPLES_OK) {
    for (int i = 0; i < PQntuples(r); ++i) out.emplace_back(PQgetvalue(r, i, 0));
  }
  const std::string msg = PQerrorMessage(c);
  PQclear(r);
  PQfinish(c);
  if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) throw std::runtime_error(sql + ": " + msg);
  return out;
}

// Runs `sql` on the SQLite file `path`; the first column of its rows.
std::vector<std::string> SqliteSql(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) {
    sqlite3_close(db);
    throw std::runtime_error("cannot open " + path);
  }
  std::vector<std::string> out;
  char* err = nullptr;
  const int rc = sqlite3_exec(
      db, sql.c_str(),
      [](void* rows, int n, char** values, char**) {
        if (n > 0) static_cast<std::vector<std::string>*>(rows)->emplace_back(values[0] ? values[0] : "");
        return 0;
      },
      &out, &err);
  const std::string msg = err ? err : "";
  sqlite3_free(err);
  sqlite3_close(db);
  if (rc != SQLITE_OK) throw std::runtime_error(sql + ": " + msg);
  return out;
}

std::vector<std::string> AnySql(const std::string& store, const std::string& sql) {
  if (store.rfind("postgresql://", 0) == 0) return PgSql(store, sql);
  return SqliteSql(store, sql);
}

void RunSql(const std::string& sql) {
  PGconn* c = PQconnectdb(PostgresBase());
  if (PQstatus(c) != CONNECTION_OK) {
    const std::string msg = PQerrorMessage(c);
    PQfinish(c);
    throw std::runtime_error("GOVSHARE_TEST_POSTGRES: cannot connect: " + msg);
  }
  PQsetNoticeProcessor(c, [](void*, const char*) {}, nullptr);
  PGresult* r = PQexec(c, sql.c_str());
  const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
  const std::string msg = PQerrorMessage(c);
  PQclear(r);
  PQfinish(c);
  if (!ok) throw std::runtime_error("GOVSHARE_TEST_POSTGRES: " + sql + ": " + msg);
}

// The schemas this process created, dropped when it ends.
struct Schemas {
  std::mutex mu;
  std::map<std::string, std::string> of_path;  // a file path → its schema
  std::vector<std::string> all;
  int next = 0;
  ~Schemas() {
    for (const auto& s : all) {
      try {
        RunSql("DROP SCHEMA IF EXISTS " + s + " CASCADE");
      } catch (...) {
        // The server may be gone already; the cluster is thrown away.
      }
    }
  }
};
Schemas& TheSchemas() {
  static Schemas schemas;
  return schemas;
}

}  // namespace

bool OnPostgres() { return PostgresBase() != nullptr; }

void RawSql(const std::string& store, const std::string& sql) { AnySql(store, sql); }

std::vector<std::int64_t> QueryInts(const std::string& store, const std::string& sql) {
  std::vector<std::int64_t> out;
  for (const auto& v : AnySql(store, sql)) out.push_back(std::stoll(v));
  return out;
}

std::string Store(const std::string& local) {
  if (!OnPostgres()) return local;
  Schemas& s = TheSchemas();
  std::lock_guard<std::mutex> lock(s.mu);
  // A file path names the same store for the rest of one test (a fixture
  // removes its file before the next).
  const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
  const std::string key = (test ? std::string(test->test_suite_name()) + "." + test->name() : "") + "|" + local;
  std::string schema;
  auto it = s.of_path.find(key);
  if (local != ":memory:" && it != s.of_path.end()) {
    schema = it->second;
  } else {
    schema = "t" + std::to_string(::getpid()) + "_" + std::to_string(++s.next);
    RunSql("DROP SCHEMA IF EXISTS " + schema + " CASCADE; CREATE SCHEMA " + schema);
    s.all.push_back(schema);
    if (local != ":memory:") s.of_path[key] = schema;
  }
  const std::string base = PostgresBase();
  return base + (base.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema;
}

std::vector<std::string> RuleIds(const std::vector<Finding>& findings) {
  std::vector<std::string> ids;
  for (const auto& f : findings) ids.push_back(f.rule_id);
  return ids;
}

const Finding* FindRule(const std::vector<Finding>& findings, const std::string& rule_id) {
  for (const auto& f : findings)
    if (f.rule_id == rule_id) return &f;
  return nullptr;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}


}  // namespace govshare::testing
