// The platform on PostgreSQL (issue 15, docs/deployment.md): durable catalog
// transitions at 1, 4 and 16 concurrent clients against raw libpq running the
// same statements in the same transactions; what serializing the audit chain
// costs; Decide on a PostgreSQL-backed handle next to a SQLite-backed one;
// the cross-node revocation latency; copying a 10^5-entry platform between
// the backends.
//
//   benchmarks/run-postgres-bench.sh BUILD_DIR [benchmark args]
// starts a throwaway PostgreSQL 15 server with fsync on (durable commits:
// scripts/pg-test-server.sh with GOVSHARE_PG_FSYNC=on), runs this program
// with GOVSHARE_BENCH_POSTGRES set to its URI, times `govshare copy` of the
// demo city both ways, and stops the server. Environment:
//   GOVSHARE_BENCH_POSTGRES          the server (required; each benchmark works
//                                    in a schema of its own, dropped first)
//   GOVSHARE_BENCH_PG_AUTHORIZATIONS authorizations for Decide and revocation
//                                    (default 10000; seeded on SQLite, then
//                                    copied to PostgreSQL)
//   GOVSHARE_BENCH_REVOCATIONS       revocations timed (default 250)
//   GOVSHARE_BENCH_COPY_ENTRIES      entries of the copied platform (default
//                                    100000; the seeded SQLite file under
//                                    $TMPDIR is kept and reused)
//
// What is measured:
//   BM_PgEditDraft/{platform,raw,raw_unserialized}/clients:N  N threads, each
//       a client of its own — a Platform handle of its own (a node) or a libpq
//       connection — editing its own draft entry 25 times per iteration; items
//       per second over all clients. `platform` is Platform::EditDraft at
//       Durability::kFull (synchronous_commit on). `raw` runs, on prepared
//       statements kept across iterations, exactly the statements the
//       platform's edit runs (captured with log_statement = all): BEGIN with
//       the platform's write lock, the user, the entry and its working
//       version, the two UPDATEs, the audit head, the audit INSERT with its
//       SHA-256 chain hash, the head UPSERT, NOTIFY, COMMIT. `raw_unserialized`
//       drops the write lock and the audit append (head, INSERT, UPSERT,
//       NOTIFY): the ceiling without one total order, so raw /
//       raw_unserialized is what serializing audit appends costs.
//   BM_Decide/{sqlite,postgres}  one Decide per iteration on a handle opened
//       on the seeded SQLite file and on its copy in PostgreSQL (the index is
//       the same; p50_ns and p99_ns of single calls).
//   BM_CrossNodeRevocation  two handles on one PostgreSQL database, as two
//       nodes: A revokes (A30, the bureau for a breach), B — with polling off
//       (decision_refresh_ms = -1), so only LISTEN/NOTIFY tells it — decides on
//       the same authorization until refused. p50_ms / p99_ms / max_ms from
//       Revoke's return (its commit) to B's first refusal, over N revocations.
//   BM_CopyPlatform  Platform::CopyTo of the 10^5-entry platform from SQLite to
//       PostgreSQL and back to a new SQLite file: seconds each way, the rows
//       and audit records moved, and verified (both chains intact, same head).
#include <benchmark/benchmark.h>
#include <libpq-fe.h>
#include <openssl/evp.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "bench_seed.h"
#include "govshare/govshare.h"

namespace {

using namespace govshare;
using namespace govshare_bench;
using Clock = std::chrono::steady_clock;

std::size_t EnvSize(const char* name, std::size_t fallback) {
  const char* v = std::getenv(name);
  return v && *v ? static_cast<std::size_t>(std::atol(v)) : fallback;
}

std::string TempFile(const std::string& name) {
  const char* base = std::getenv("TMPDIR");
  return std::string(base && *base ? base : "/tmp") + "/" + name;
}

void RemoveDb(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
}

// ---- raw libpq ---------------------------------------------------------------------------

const std::string& Server() {
  static const std::string uri = [] {
    const char* v = std::getenv("GOVSHARE_BENCH_POSTGRES");
    if (!v || !*v) throw std::runtime_error("GOVSHARE_BENCH_POSTGRES is not set (benchmarks/run-postgres-bench.sh)");
    return std::string(v);
  }();
  return uri;
}

class Pg {
 public:
  explicit Pg(const std::string& uri) : c_(PQconnectdb(uri.c_str())) {
    if (PQstatus(c_) != CONNECTION_OK) throw std::runtime_error(std::string("connect: ") + PQerrorMessage(c_));
    PQsetNoticeProcessor(c_, [](void*, const char*) {}, nullptr);
  }
  ~Pg() { PQfinish(c_); }
  Pg(const Pg&) = delete;
  Pg& operator=(const Pg&) = delete;

  void Exec(const std::string& sql) {
    PGresult* r = PQexec(c_, sql.c_str());
    const auto status = PQresultStatus(r);
    PQclear(r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
      throw std::runtime_error(sql.substr(0, 60) + ": " + PQerrorMessage(c_));
    }
  }
  void Prepare(const char* name, const char* sql) {
    PGresult* r = PQprepare(c_, name, sql, 0, nullptr);
    const auto status = PQresultStatus(r);
    PQclear(r);
    if (status != PGRES_COMMAND_OK) throw std::runtime_error(std::string(name) + ": " + PQerrorMessage(c_));
  }
  // Runs a prepared statement; the result (owned by the caller).
  struct Result {
    PGresult* r;
    ~Result() { PQclear(r); }
    std::string Text(int row, int col) const { return PQgetvalue(r, row, col); }
    int Rows() const { return PQntuples(r); }
    long Changed() const { return std::atol(PQcmdTuples(r)); }
  };
  Result Run(const char* name, const std::vector<std::optional<std::string>>& params) {
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& p : params) values.push_back(p ? p->c_str() : nullptr);
    PGresult* r = PQexecPrepared(c_, name, static_cast<int>(values.size()), values.data(), nullptr, nullptr, 0);
    const auto status = PQresultStatus(r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
      const std::string msg = PQerrorMessage(c_);
      PQclear(r);
      throw std::runtime_error(std::string(name) + ": " + msg);
    }
    return Result{r};
  }

 private:
  PGconn* c_;
};

// The URI of a fresh schema on the server (dropped first; Platform::Open
// creates it).
std::string FreshSchema(const std::string& schema) {
  Pg(Server()).Exec("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  return Server() + (Server().find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema;
}

std::string Sha256Hex(const std::string& data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  EVP_Digest(data.data(), data.size(), digest, &size, EVP_sha256(), nullptr);
  static const char kHex[] = "0123456789abcdef";
  std::string out(size * 2, '0');
  for (unsigned int i = 0; i < size; ++i) {
    out[2 * i] = kHex[digest[i] >> 4];
    out[2 * i + 1] = kHex[digest[i] & 15];
  }
  return out;
}

// ---- EditDraft at 1, 4 and 16 clients --------------------------------------------------

constexpr int kEditsPerClient = 25;

// Two contents of the sample's first entry (公安局's), as the platform stores
// a draft (no code); edits alternate between them.
const CatalogEntry& Content(int which) {
  static const auto contents = [] {
    CatalogEntry a = Sample().entries.at(0);
    a.code.clear();
    CatalogEntry b = a;
    b.summary += "（修订）";
    return std::array<CatalogEntry, 2>{a, b};
  }();
  return contents[which & 1];
}

// A platform in `schema` with one draft per client; their records.
std::vector<EntryRecord> SetUpDrafts(const std::string& uri, int clients) {
  PlatformOptions o;
  o.path = uri;
  o.usage_log = false;
  auto p = Platform::Open(o);
  p->Initialize({kBureau, "南通市大数据管理局", DepartmentLevel::kBureau, ""},
                {"admin", "王局", kBureau, {Role::kBureauAdmin}, true});
  p->AddDepartment("admin", {kPolice, "南通市公安局", DepartmentLevel::kMunicipal, ""});
  p->AddUser("admin", {"police.op", "张明", kPolice, {Role::kDeptOperator}, true});
  std::vector<EntryRecord> drafts;
  for (int c = 0; c < clients; ++c) drafts.push_back(p->catalog().CreateDraft("police.op", Content(0)));
  return drafts;
}

// Runs fn(client, k) for k < kEditsPerClient on `clients` threads per
// iteration; the first error stops the benchmark.
template <typename Fn>
void RunClients(benchmark::State& state, int clients, Fn fn) {
  std::mutex mu;
  std::string error;
  for (auto _ : state) {
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
      threads.emplace_back([&, c] {
        try {
          for (int k = 0; k < kEditsPerClient; ++k) fn(c, k);
        } catch (const std::exception& e) {
          std::lock_guard<std::mutex> lock(mu);
          if (error.empty()) error = e.what();
        }
      });
    }
    for (auto& t : threads) t.join();
    if (!error.empty()) {
      state.SkipWithError(error.c_str());
      break;
    }
  }
  state.SetItemsProcessed(state.iterations() * clients * kEditsPerClient);
  state.counters["clients"] = clients;
}

void BM_PgEditDraftPlatform(benchmark::State& state) {
  const int clients = static_cast<int>(state.range(0));
  const std::string uri = FreshSchema("bench_edit_platform");
  std::vector<EntryRecord> drafts = SetUpDrafts(uri, clients);
  std::vector<std::shared_ptr<Platform>> nodes;
  for (int c = 0; c < clients; ++c) {
    PlatformOptions o;
    o.path = uri;
    o.usage_log = false;
    o.read_connections = 1;
    nodes.push_back(Platform::Open(o));
  }
  std::vector<int> turn(static_cast<std::size_t>(clients), 1);
  RunClients(state, clients, [&](int c, int) {
    const auto i = static_cast<std::size_t>(c);
    drafts[i] = nodes[i]->catalog().EditDraft("police.op", drafts[i].id, drafts[i].row_version, Content(turn[i]++));
  });
  const AuditVerification v = nodes[0]->VerifyAudit("admin");
  state.counters["audit_records"] = static_cast<double>(v.records);
  if (!v.intact) state.SkipWithError(("audit chain broken: " + v.problem).c_str());
}
BENCHMARK(BM_PgEditDraftPlatform)->Name("BM_PgEditDraft/platform")->ArgName("clients")->Arg(1)->Arg(4)->Arg(16)
    ->UseRealTime()->Unit(benchmark::kMicrosecond);

// A libpq client running the platform's statements for an edit.
class RawClient {
 public:
  RawClient(const std::string& uri, bool serialized) : pg_(uri), serialized_(serialized) {
    pg_.Exec("SET client_encoding = 'UTF8'; SET lock_timeout = 5000; SET synchronous_commit = on");
    pg_.Prepare("user", "SELECT u.id, u.name, u.department_code, u.roles, u.active, d.code, d.name, d.level, "
                        "d.parent_code, d.audit_body FROM users u JOIN departments d ON d.code = u.department_code "
                        "WHERE u.id = $1");
    pg_.Prepare("entry", "SELECT id, code, provider_code, status, row_version, live_version, working_version, "
                         "withdrawal_reason, source_platform, imported_at FROM entries WHERE id = $1");
    pg_.Prepare("version", "SELECT entry_id, number, status, content, created_by, created_at, submitted_at, "
                           "reviewed_at, reviewed_by, rejection, published_at, content_digest FROM entry_versions "
                           "WHERE entry_id = $1 AND number = $2");
    pg_.Prepare("set_version", "UPDATE entry_versions SET status = $3, content = $4, created_by = $5, "
                               "created_at = $6, submitted_at = $7, reviewed_at = $8, reviewed_by = $9, "
                               "rejection = $10, published_at = $11, content_digest = $12 "
                               "WHERE entry_id = $1 AND number = $2");
    pg_.Prepare("set_entry", "UPDATE entries SET code = $1, status = $2, row_version = $3, live_version = $4, "
                             "working_version = $5, withdrawal_reason = $6, source_platform = $7, "
                             "imported_at = $8 WHERE id = $9 AND row_version = $10");
    pg_.Prepare("head", "SELECT value FROM platform_meta WHERE key = $1");
    pg_.Prepare("audit", "INSERT INTO audit_log(position, time, user_id, department_code, action, object, "
                         "before_digest, after_digest, reason, previous_hash, hash) "
                         "VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)");
    pg_.Prepare("set_head", "INSERT INTO platform_meta(key, value) VALUES($1, $2) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
  }

  // One durable edit of entry `id` at `row_version`; the new row_version.
  std::int64_t Edit(std::int64_t id, std::int64_t row_version, const std::string& content, std::int64_t now) {
    pg_.Exec(serialized_ ? "BEGIN ISOLATION LEVEL READ COMMITTED; LOCK TABLE govshare_schema IN SHARE ROW EXCLUSIVE MODE"
                         : "BEGIN ISOLATION LEVEL READ COMMITTED");
    const std::string sid = std::to_string(id);
    pg_.Run("user", {"police.op"});
    pg_.Run("entry", {sid});
    std::string before;
    {
      const auto version = pg_.Run("version", {sid, "1"});
      before = Sha256Hex(version.Text(0, 3));
    }
    const std::string after = Sha256Hex(content);
    pg_.Run("set_version", {sid, "1", "draft", content, "police.op", std::to_string(now), std::nullopt, std::nullopt,
                            "", "[]", std::nullopt, after});
    const auto changed = pg_.Run("set_entry", {std::nullopt, "unpublished", std::to_string(row_version + 1),
                                               std::nullopt, "1", "", "", std::nullopt, sid,
                                               std::to_string(row_version)});
    if (changed.Changed() != 1) throw std::runtime_error("row_version conflict");
    if (serialized_) {
      std::int64_t position = 1;
      std::string previous;
      {
        const auto head = pg_.Run("head", {"audit_head"});
        if (head.Rows() == 1) {
          const std::string h = head.Text(0, 0);
          const auto colon = h.find(':');
          position = std::stoll(h.substr(0, colon)) + 1;
          previous = h.substr(colon + 1);
        }
      }
      const std::string object = "entry:" + sid;
      const std::string hash = Sha256Hex(previous + '\x1f' + std::to_string(position) + '\x1f' + std::to_string(now) +
                                         '\x1f' + "police.op" + '\x1f' + kPolice + '\x1f' + "catalog.edit" + '\x1f' +
                                         object + '\x1f' + before + '\x1f' + after + '\x1f');
      pg_.Run("audit", {std::to_string(position), std::to_string(now), "police.op", kPolice, "catalog.edit", object,
                        before, after, "", previous, hash});
      pg_.Run("set_head", {"audit_head", std::to_string(position) + ":" + hash});
      pg_.Exec("NOTIFY govshare_changes");
    }
    pg_.Exec("COMMIT");
    return row_version + 1;
  }

 private:
  Pg pg_;
  bool serialized_;
};

void BM_PgEditDraftRaw(benchmark::State& state, bool serialized) {
  const int clients = static_cast<int>(state.range(0));
  const std::string uri = FreshSchema(serialized ? "bench_edit_raw" : "bench_edit_raw_unserialized");
  std::vector<EntryRecord> drafts = SetUpDrafts(uri, clients);
  std::vector<std::unique_ptr<RawClient>> raw;
  for (int c = 0; c < clients; ++c) raw.push_back(std::make_unique<RawClient>(uri, serialized));
  const std::array<std::string, 2> contents = {EntryToJson(Content(0), -1), EntryToJson(Content(1), -1)};
  std::vector<int> turn(static_cast<std::size_t>(clients), 1);
  std::atomic<std::int64_t> now{1788224400};
  RunClients(state, clients, [&](int c, int) {
    const auto i = static_cast<std::size_t>(c);
    drafts[i].row_version = raw[i]->Edit(drafts[i].id, drafts[i].row_version, contents[turn[i]++ & 1], now++);
  });
}
BENCHMARK_CAPTURE(BM_PgEditDraftRaw, raw, true)->Name("BM_PgEditDraft/raw")->ArgName("clients")->Arg(1)->Arg(4)
    ->Arg(16)->UseRealTime()->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_PgEditDraftRaw, raw_unserialized, false)->Name("BM_PgEditDraft/raw_unserialized")
    ->ArgName("clients")->Arg(1)->Arg(4)->Arg(16)->UseRealTime()->Unit(benchmark::kMicrosecond);

// ---- Decide on either backend, and the cross-node revocation ---------------------------

const LocalDateTime& Start() {
  static const LocalDateTime t = LocalDateTime::FromIso("2026-09-01T09:00:00+08:00");
  return t;
}

// The authorizations seeded on a SQLite file, and the copy in PostgreSQL.
struct Granted {
  std::string file;
  std::string uri;
  Authorizations seeded;
  double copy_s = 0;
};

const Granted& Seeded() {
  static const Granted g = [] {
    Granted x;
    x.file = TempFile("govshare-pg-bench-decide-" + std::to_string(::getpid()) + ".db");
    RemoveDb(x.file);
    PlatformOptions o;
    o.path = x.file;
    o.durability = Durability::kNormal;
    o.simulated_time = Start();
    o.usage_log = false;
    auto p = Platform::Open(o);
    x.seeded = SeedAuthorizations(*p, EnvSize("GOVSHARE_BENCH_PG_AUTHORIZATIONS", 10000));
    x.uri = FreshSchema("bench_decide");
    PlatformOptions target;
    target.path = x.uri;
    const auto t0 = Clock::now();
    const CopyReport report = p->CopyTo("admin", target);
    x.copy_s = std::chrono::duration<double>(Clock::now() - t0).count();
    if (!report.verified()) throw std::runtime_error("the copy to PostgreSQL did not verify");
    return x;
  }();
  return g;
}

std::shared_ptr<Platform> OpenNode(const std::string& path, int decision_refresh_ms) {
  PlatformOptions o;
  o.path = path;
  o.simulated_time = Start();
  o.usage_log = false;
  o.decision_refresh_ms = decision_refresh_ms;
  return Platform::Open(o);
}

AccessRequest RequestFor(const Granted& g, std::size_t i) {
  return {g.seeded.pairs[i].first, g.seeded.pairs[i].second, g.seeded.items, ShareMethod::kApi, std::nullopt,
          "办件 2026-0917", false};
}

void BM_Decide(benchmark::State& state, bool postgres) {
  const Granted& g = Seeded();
  auto p = OpenNode(postgres ? g.uri : g.file, 1000);
  std::mt19937 rng(42);
  std::vector<AccessRequest> requests;
  for (int i = 0; i < 4096; ++i) requests.push_back(RequestFor(g, rng() % g.seeded.pairs.size()));
  TimeDecides(state, *p, requests);
  state.counters["authorizations"] = static_cast<double>(g.seeded.ids.size());
  state.counters["copy_to_pg_s"] = g.copy_s;
}
BENCHMARK_CAPTURE(BM_Decide, sqlite, false)->Unit(benchmark::kNanosecond);
BENCHMARK_CAPTURE(BM_Decide, postgres, true)->Unit(benchmark::kNanosecond);

void BM_CrossNodeRevocation(benchmark::State& state) {
  const Granted& g = Seeded();
  const std::size_t n = std::min(EnvSize("GOVSHARE_BENCH_REVOCATIONS", 250), g.seeded.ids.size());
  auto a = OpenNode(g.uri, 1000);
  auto b = OpenNode(g.uri, -1);  // no polling: only the change feed tells B
  std::vector<double> ms;
  for (auto _ : state) {
    ms.clear();
    // Spread over the consumers and entries, each authorization once.
    const std::size_t stride = g.seeded.ids.size() / n;
    for (std::size_t k = 0; k < n; ++k) {
      const std::size_t i = k * stride;
      const AccessRequest request = RequestFor(g, i);
      if (!b->access().Decide(request).allowed) {
        state.SkipWithError("an authorization was refused before its revocation");
        return;
      }
      const Authorization before = a->sharing().GetAuthorization("admin", g.seeded.ids[i]);
      a->sharing().Revoke("admin", before.id, before.row_version, RevocationGround::kBreach, "基准：跨节点撤销");
      const auto committed = Clock::now();
      while (b->access().Decide(request).allowed) {
        if (Clock::now() - committed > std::chrono::seconds(10)) {
          state.SkipWithError("node B still allowed a revoked authorization after 10 s");
          return;
        }
      }
      ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - committed).count());
    }
  }
  std::sort(ms.begin(), ms.end());
  state.counters["revocations"] = static_cast<double>(ms.size());
  state.counters["p50_ms"] = ms[ms.size() / 2];
  state.counters["p99_ms"] = ms[ms.size() * 99 / 100];
  state.counters["max_ms"] = ms.back();
}
BENCHMARK(BM_CrossNodeRevocation)->Iterations(1)->UseRealTime()->Unit(benchmark::kMillisecond);

// ---- copying a 10^5-entry platform ------------------------------------------------------

std::size_t PublishedIn(const std::string& path) {
  sqlite3* db = nullptr;
  std::size_t n = 0;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM entries WHERE status = 'published'", -1, &s, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(s) == SQLITE_ROW) {
      n = static_cast<std::size_t>(sqlite3_column_int64(s, 0));
    }
    sqlite3_finalize(s);
  }
  sqlite3_close(db);
  return n;
}

void BM_CopyPlatform(benchmark::State& state) {
  const std::size_t n = EnvSize("GOVSHARE_BENCH_COPY_ENTRIES", 100000);
  const std::string source = TempFile("govshare-pg-bench-copy-" + std::to_string(n) + ".db");
  if (PublishedIn(source) != n) {
    RemoveDb(source);
    PlatformOptions o;
    o.path = source;
    o.durability = Durability::kNormal;
    auto p = Platform::Open(o);
    PublishSyntheticEntries(*p, n);
  }
  const std::string back = TempFile("govshare-pg-bench-copy-back-" + std::to_string(::getpid()) + ".db");
  double to_pg = 0, to_file = 0;
  CopyReport there, home;
  for (auto _ : state) {
    const std::string uri = FreshSchema("bench_copy");
    RemoveDb(back);
    PlatformOptions target;
    target.path = uri;
    {
      PlatformOptions o;
      o.path = source;
      auto p = Platform::Open(o);
      const auto t0 = Clock::now();
      there = p->CopyTo("admin", target);
      to_pg = std::chrono::duration<double>(Clock::now() - t0).count();
    }
    {
      auto p = Platform::Open(target);
      PlatformOptions file;
      file.path = back;
      const auto t0 = Clock::now();
      home = p->CopyTo("admin", file);
      to_file = std::chrono::duration<double>(Clock::now() - t0).count();
    }
  }
  RemoveDb(back);
  double rows = 0;
  for (const auto& t : there.tables) rows += static_cast<double>(t.rows);
  state.counters["entries"] = static_cast<double>(n);
  state.counters["rows"] = rows;
  state.counters["audit_records"] = static_cast<double>(there.target.records);
  state.counters["to_pg_s"] = to_pg;
  state.counters["to_sqlite_s"] = to_file;
  state.counters["verified"] = there.verified() && home.verified() ? 1 : 0;
  if (!there.verified() || !home.verified()) state.SkipWithError("a copy did not verify");
}
BENCHMARK(BM_CopyPlatform)->Iterations(1)->UseRealTime()->Unit(benchmark::kSecond);

}  // namespace

BENCHMARK_MAIN();
