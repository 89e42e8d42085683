// Platform durability benchmarks: durable catalog transitions per second on a
// SQLite FILE, next to raw SQLite doing the same writes, and the cost of
// verifying the audit hash chain.
//
// How to run (a Release/RelWithDebInfo build; the numbers are only as good as
// the disk and the machine's quiet):
//   build/benchmarks/platform_bench                                  # everything
//   build/benchmarks/platform_bench --benchmark_filter=EditDraft     # transitions only
//   # the figures to quote: repetitions interleaved at random, so a disk that is busy
//   # for a while (other processes) hits platform and raw alike; medians are compared
//   build/benchmarks/platform_bench --benchmark_filter=EditDraft
//       --benchmark_repetitions=12 --benchmark_min_time=0.2
//       --benchmark_enable_random_interleaving=true --benchmark_report_aggregates_only=true
// Environment:
//   GOVSHARE_BENCH_DIR            directory on the disk to measure (default $TMPDIR or /tmp);
//                                 a fresh subdirectory is made there and removed afterwards
//   GOVSHARE_BENCH_AUDIT_RECORDS  audit records built for BM_VerifyAudit (default 100000;
//                                 1000000 builds the full chain, ~1.5–3 minutes of setup)
// The smoke test (ctest -L bench) runs with --benchmark_min_time=0.01 and a small chain.
//
// What is measured:
//   BM_PlatformEditDraft/{full,normal}  one Platform::EditDraft of an existing draft per
//       iteration (alternating two contents, passing the row_version it returned): load the
//       entry, authorize the actor, check row_version, validate/normalize the content, update
//       the version row and the entry row, append a hash-chained audit record — one
//       BEGIN IMMEDIATE … COMMIT at synchronous=FULL (Durability::kFull) or NORMAL (kNormal),
//       WAL, on a file.
//   BM_RawEditDraft/{full,normal}  the floor: the same writes with raw SQLite on the same
//       disk, same schema, WAL and synchronous — BEGIN IMMEDIATE; UPDATE entry_versions
//       (content); UPDATE entries … WHERE row_version = ?; SELECT the chain head; INSERT
//       INTO audit_log with a SHA-256 (OpenSSL EVP) over the previous hash and the record;
//       COMMIT — with prepared statements kept across iterations.
//   BM_RawSameStatements/{full,normal}  raw SQLite running exactly the statements the
//       platform runs for an edit (the issue's "raw SQL doing the same statements"): also the
//       reads of the entry, the user and department and the working version, the content
//       digest, and the audit head kept in platform_meta. What remains between it and the
//       platform is the library's own work: permission checks, JSON, the returned record.
//   At the end the ratio platform/raw (items/s; medians with repetitions) is printed per
//   durability, against both baselines.
//   BM_SignedEditDraft/{ed25519_every_1000,ed25519_every_1,sm2_every_1}  the normal edit on a
//       platform that signs audit checkpoints (A28, docs/security.md): at the default cadence
//       and after every record; against BM_PlatformEditDraft/normal, the signing cost.
//   BM_VerifyAudit  Platform::VerifyAudit over a chain of N records built once through the
//       API (N AddUser calls, each one transaction with one audit record; AddUser is the
//       cheapest audited operation), signed every 1000 records. Reports the time for N
//       records and s_per_1e6, the per-record cost × 10^6 (the measured time itself when
//       N = 10^6 was built). BM_VerifyAuditTrusted: the same against the auditor's public key.
#include <benchmark/benchmark.h>
#include <openssl/evp.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>

#include "govshare/govshare.h"

namespace {

namespace fs = std::filesystem;
using govshare::Durability;

constexpr char kBureau[] = "11320600MB1T01108B";  // 南通市大数据管理局
constexpr char kPolice[] = "11320600MB1T0101XP";  // 南通市公安局 (the sample's first provider)

// ---- setup -----------------------------------------------------------------------------

// The directory every database of this run lives in (removed at exit).
class BenchDir {
 public:
  BenchDir() {
    const char* base = std::getenv("GOVSHARE_BENCH_DIR");
    if (!base || !*base) base = std::getenv("TMPDIR");
    if (!base || !*base) base = "/tmp";
    std::string tmpl = std::string(base) + "/govshare-platform-bench-XXXXXX";
    if (!mkdtemp(tmpl.data())) throw std::runtime_error("cannot create a directory in " + std::string(base));
    path_ = tmpl;
  }
  ~BenchDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string File(const std::string& name) const { return (path_ / name).string(); }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

BenchDir& Dir() {
  static BenchDir dir;
  return dir;
}

void RemoveDb(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
}

std::string ReadSample() {
  std::ifstream in(GOVSHARE_SAMPLE, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Two contents of the police department's first sample entry, as the platform
// stores them (no code before approval); iterations alternate between them.
const govshare::CatalogEntry& Content(int which) {
  static const auto contents = [] {
    govshare::CatalogEntry a = govshare::CatalogFromJson(ReadSample()).entries.at(0);
    a.code.clear();
    govshare::CatalogEntry b = a;
    b.summary += "（修订）";
    return std::array<govshare::CatalogEntry, 2>{a, b};
  }();
  return contents[which & 1];
}

// An audit signing key in a file of the bench directory (docs/security.md).
const std::string& KeyFile(govshare::SignatureAlgorithm algorithm) {
  static std::map<govshare::SignatureAlgorithm, std::string> files;
  std::string& file = files[algorithm];
  if (file.empty()) {
    file = Dir().File("audit-" + govshare::ToString(algorithm) + ".key");
    std::remove(file.c_str());
    std::remove((file + ".pub").c_str());
    govshare::WriteSigningKeyFiles(govshare::GenerateSigningKey(algorithm), file, file + ".pub");
  }
  return file;
}

// How a benchmark's platform signs its audit trail: not at all, or with a key
// of `algorithm` every `every_records` records.
struct Signing {
  bool on = false;
  govshare::SignatureAlgorithm algorithm = govshare::SignatureAlgorithm::kEd25519;
  int every_records = 1000;
};

std::shared_ptr<govshare::Platform> OpenSeeded(const std::string& path, Durability durability,
                                               const Signing& signing = {}) {
  RemoveDb(path);
  govshare::PlatformOptions o;
  o.path = path;
  o.durability = durability;
  if (signing.on) {
    o.signing_key_file = KeyFile(signing.algorithm);
    o.checkpoint_every_records = signing.every_records;
  }
  auto p = govshare::Platform::Open(o);
  p->Initialize({kBureau, "南通市大数据管理局", govshare::DepartmentLevel::kBureau, ""},
                {"admin", "王局", kBureau, {govshare::Role::kBureauAdmin}, true});
  p->AddDepartment("admin", {kPolice, "南通市公安局", govshare::DepartmentLevel::kMunicipal, ""});
  p->AddUser("admin", {"police.op", "张明", kPolice, {govshare::Role::kDeptOperator}, true});
  return p;
}

const char* Name(Durability d) { return d == Durability::kFull ? "full" : "normal"; }

// ---- platform ----------------------------------------------------------------------------

void BM_PlatformEditDraft(benchmark::State& state, Durability durability) {
  const std::string path = Dir().File(std::string("platform-") + Name(durability) + ".db");
  auto p = OpenSeeded(path, durability);
  govshare::EntryRecord r = p->catalog().CreateDraft("police.op", Content(0));
  int i = 1;
  for (auto _ : state) {
    r = p->catalog().EditDraft("police.op", r.id, r.row_version, Content(i++));
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["audit_records"] = static_cast<double>(p->VerifyAudit("admin").records);
  p->Close();
  RemoveDb(path);
}
BENCHMARK_CAPTURE(BM_PlatformEditDraft, full, Durability::kFull)->UseRealTime()->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_PlatformEditDraft, normal, Durability::kNormal)->UseRealTime()->Unit(benchmark::kMicrosecond);

// The same edit on a platform that signs its audit trail (A28): the default
// cadence (a checkpoint every 1000 records), and the worst case of a checkpoint
// after every record, with an Ed25519 and an SM2 key. Against
// BM_PlatformEditDraft/normal: the signing cost per record.
void BM_SignedEditDraft(benchmark::State& state, Signing signing) {
  signing.on = true;
  const std::string path = Dir().File("signed-" + govshare::ToString(signing.algorithm) + "-" +
                                      std::to_string(signing.every_records) + ".db");
  auto p = OpenSeeded(path, Durability::kNormal, signing);
  govshare::EntryRecord r = p->catalog().CreateDraft("police.op", Content(0));
  int i = 1;
  for (auto _ : state) {
    r = p->catalog().EditDraft("police.op", r.id, r.row_version, Content(i++));
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["checkpoints"] = static_cast<double>(p->AuditCheckpoints("admin").size());
  p->Close();
  RemoveDb(path);
}
BENCHMARK_CAPTURE(BM_SignedEditDraft, ed25519_every_1000,
                  Signing{true, govshare::SignatureAlgorithm::kEd25519, 1000})
    ->UseRealTime()->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_SignedEditDraft, ed25519_every_1, Signing{true, govshare::SignatureAlgorithm::kEd25519, 1})
    ->UseRealTime()->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_SignedEditDraft, sm2_every_1, Signing{true, govshare::SignatureAlgorithm::kSm2, 1})
    ->UseRealTime()->Unit(benchmark::kMicrosecond);

// ---- raw SQLite baseline -------------------------------------------------------------------

// The platform's tables that an edit touches (same columns, keys and foreign keys).
constexpr char kRawSchema[] = R"sql(
CREATE TABLE platform_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE departments (code TEXT PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL,
  parent_code TEXT REFERENCES departments(code));
CREATE TABLE users (id TEXT PRIMARY KEY, name TEXT NOT NULL,
  department_code TEXT NOT NULL REFERENCES departments(code), roles TEXT NOT NULL, active INTEGER NOT NULL);
CREATE TABLE entries (id INTEGER PRIMARY KEY, code TEXT UNIQUE,
  provider_code TEXT NOT NULL REFERENCES departments(code), status TEXT NOT NULL,
  row_version INTEGER NOT NULL, live_version INTEGER, working_version INTEGER,
  withdrawal_reason TEXT NOT NULL DEFAULT '', source_platform TEXT NOT NULL DEFAULT '',
  imported_at INTEGER);
CREATE TABLE entry_versions (entry_id INTEGER NOT NULL REFERENCES entries(id),
  number INTEGER NOT NULL, status TEXT NOT NULL, content TEXT NOT NULL,
  content_digest TEXT NOT NULL DEFAULT '', created_by TEXT NOT NULL,
  created_at INTEGER NOT NULL, submitted_at INTEGER, reviewed_at INTEGER,
  reviewed_by TEXT NOT NULL DEFAULT '', rejection TEXT NOT NULL DEFAULT '[]', published_at INTEGER,
  PRIMARY KEY (entry_id, number));
CREATE TABLE audit_log (position INTEGER PRIMARY KEY, time INTEGER NOT NULL,
  user_id TEXT NOT NULL, department_code TEXT NOT NULL, action TEXT NOT NULL, object TEXT NOT NULL,
  before_digest TEXT NOT NULL, after_digest TEXT NOT NULL, reason TEXT NOT NULL,
  previous_hash TEXT NOT NULL, hash TEXT NOT NULL);
)sql";

class RawDb {
 public:
  RawDb(const std::string& path, Durability durability) {
    RemoveDb(path);
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
      throw std::runtime_error("cannot open " + path);
    }
    Exec("PRAGMA foreign_keys = ON");
    Exec("PRAGMA journal_mode = WAL");
    Exec(durability == Durability::kFull ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
    Exec(kRawSchema);
    Exec("INSERT INTO departments VALUES ('11320600MB1T0101XP', '南通市公安局', 'municipal', NULL)");
    Exec("INSERT INTO users VALUES ('police.op', '张明', '11320600MB1T0101XP', 'dept_operator', 1)");
    Exec("INSERT INTO entries(id, provider_code, status, row_version, working_version) "
         "VALUES (1, '11320600MB1T0101XP', 'unpublished', 1, 1)");
    sqlite3_stmt* s = Prepare("INSERT INTO entry_versions(entry_id, number, status, content, created_by, created_at) "
                              "VALUES (1, 1, 'draft', ?, 'police.op', 0)");
    const std::string content = govshare::EntryToJson(Content(0), -1);
    sqlite3_bind_text(s, 1, content.data(), static_cast<int>(content.size()), SQLITE_TRANSIENT);
    Step(s);
    sqlite3_finalize(s);
    update_version_ = Prepare("UPDATE entry_versions SET status = 'draft', content = ?, created_by = ?, "
                              "created_at = ? WHERE entry_id = ? AND number = ?");
    update_entry_ = Prepare("UPDATE entries SET row_version = ? WHERE id = ? AND row_version = ?");
    head_ = Prepare("SELECT position, hash FROM audit_log ORDER BY position DESC LIMIT 1");
    insert_audit_ = Prepare("INSERT INTO audit_log(position, time, user_id, department_code, action, object, "
                            "before_digest, after_digest, reason, previous_hash, hash) "
                            "VALUES (?, ?, ?, ?, 'catalog.edit', 'entry:1', '', '', '', ?, ?)");
    // The platform's own statements for an edit (sqlite_storage.cpp), for Same().
    load_entry_ = Prepare("SELECT id, code, provider_code, status, row_version, live_version, working_version, "
                          "withdrawal_reason, source_platform, imported_at FROM entries WHERE id = ?");
    load_user_ = Prepare("SELECT u.id, u.name, u.department_code, u.roles, u.active, d.code, d.name, d.level, "
                         "d.parent_code FROM users u JOIN departments d ON d.code = u.department_code WHERE u.id = ?");
    load_version_ = Prepare("SELECT entry_id, number, status, content, created_by, created_at, submitted_at, "
                            "reviewed_at, reviewed_by, rejection, published_at, content_digest FROM entry_versions "
                            "WHERE entry_id = ? AND number = ?");
    update_version_all_ = Prepare("UPDATE entry_versions SET status = ?3, content = ?4, created_by = ?5, "
                                  "created_at = ?6, submitted_at = ?7, reviewed_at = ?8, reviewed_by = ?9, "
                                  "rejection = ?10, published_at = ?11, content_digest = ?12 "
                                  "WHERE entry_id = ?1 AND number = ?2");
    update_entry_all_ = Prepare("UPDATE entries SET code = ?, status = ?, row_version = ?, live_version = ?, "
                                "working_version = ?, withdrawal_reason = ?, source_platform = ?, imported_at = ? "
                                "WHERE id = ? AND row_version = ?");
    get_meta_ = Prepare("SELECT value FROM platform_meta WHERE key = 'audit_head'");
    set_meta_ = Prepare("INSERT INTO platform_meta(key, value) VALUES('audit_head', ?) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    begin_ = Prepare("BEGIN IMMEDIATE");
    commit_ = Prepare("COMMIT");
    md_ = EVP_MD_CTX_new();
  }
  ~RawDb() {
    for (sqlite3_stmt* s : {update_version_, update_entry_, head_, insert_audit_, begin_, commit_, load_entry_,
                            load_user_, load_version_, update_version_all_, update_entry_all_, get_meta_, set_meta_}) {
      sqlite3_finalize(s);
    }
    sqlite3_close_v2(db_);
    EVP_MD_CTX_free(md_);
  }

  // One durable edit; returns the new row_version.
  std::int64_t Edit(std::int64_t row_version, const std::string& content, std::int64_t now) {
    Step(begin_);
    BindText(update_version_, 1, content);
    BindText(update_version_, 2, "police.op");
    sqlite3_bind_int64(update_version_, 3, now);
    sqlite3_bind_int64(update_version_, 4, 1);
    sqlite3_bind_int64(update_version_, 5, 1);
    Step(update_version_);
    sqlite3_bind_int64(update_entry_, 1, row_version + 1);
    sqlite3_bind_int64(update_entry_, 2, 1);
    sqlite3_bind_int64(update_entry_, 3, row_version);
    Step(update_entry_);
    if (sqlite3_changes(db_) != 1) throw std::runtime_error("row_version conflict");
    std::int64_t position = 1;
    std::string previous = "genesis";
    if (sqlite3_step(head_) == SQLITE_ROW) {
      position = sqlite3_column_int64(head_, 0) + 1;
      previous.assign(reinterpret_cast<const char*>(sqlite3_column_text(head_, 1)),
                      static_cast<size_t>(sqlite3_column_bytes(head_, 1)));
    }
    sqlite3_reset(head_);
    AppendAudit(position, previous, now);
    Step(commit_);
    return row_version + 1;
  }

  // The same statements the platform runs for an edit, with the same values:
  // read the entry, the user and department, the working version; write the
  // version (content and its digest) and the entry; read the audit head,
  // append the record, write the head. Only the library's own work (JSON,
  // permission checks, building the returned record) is left out.
  std::int64_t Same(std::int64_t row_version, const std::string& content, std::int64_t now) {
    Step(begin_);
    sqlite3_bind_int64(load_entry_, 1, 1);
    Step(load_entry_);
    BindText(load_user_, 1, "police.op");
    Step(load_user_);
    sqlite3_bind_int64(load_version_, 1, 1);
    sqlite3_bind_int64(load_version_, 2, 1);
    Step(load_version_);
    const std::string digest = Sha256Hex(content);
    sqlite3_bind_int64(update_version_all_, 1, 1);
    sqlite3_bind_int64(update_version_all_, 2, 1);
    BindText(update_version_all_, 3, "draft");
    BindText(update_version_all_, 4, content);
    BindText(update_version_all_, 5, "police.op");
    sqlite3_bind_int64(update_version_all_, 6, now);
    sqlite3_bind_null(update_version_all_, 7);
    sqlite3_bind_null(update_version_all_, 8);
    BindText(update_version_all_, 9, "");
    BindText(update_version_all_, 10, "[]");
    sqlite3_bind_null(update_version_all_, 11);
    BindText(update_version_all_, 12, digest);
    Step(update_version_all_);
    sqlite3_bind_null(update_entry_all_, 1);
    BindText(update_entry_all_, 2, "unpublished");
    sqlite3_bind_int64(update_entry_all_, 3, row_version + 1);
    sqlite3_bind_null(update_entry_all_, 4);
    sqlite3_bind_int64(update_entry_all_, 5, 1);
    BindText(update_entry_all_, 6, "");
    BindText(update_entry_all_, 7, "");
    sqlite3_bind_null(update_entry_all_, 8);
    sqlite3_bind_int64(update_entry_all_, 9, 1);
    sqlite3_bind_int64(update_entry_all_, 10, row_version);
    Step(update_entry_all_);
    if (sqlite3_changes(db_) != 1) throw std::runtime_error("row_version conflict");
    std::int64_t position = 1;
    std::string previous = "genesis";
    if (sqlite3_step(get_meta_) == SQLITE_ROW) {
      const std::string head(reinterpret_cast<const char*>(sqlite3_column_text(get_meta_, 0)),
                             static_cast<size_t>(sqlite3_column_bytes(get_meta_, 0)));
      const size_t colon = head.find(':');
      position = std::stoll(head.substr(0, colon)) + 1;
      previous = head.substr(colon + 1);
    }
    sqlite3_reset(get_meta_);
    const std::string hash = AppendAudit(position, previous, now);
    BindText(set_meta_, 1, std::to_string(position) + ":" + hash);
    Step(set_meta_);
    Step(commit_);
    return row_version + 1;
  }

 private:
  // Appends the audit record of an edit, chained to `previous`; its hash.
  std::string AppendAudit(std::int64_t position, const std::string& previous, std::int64_t now) {
    std::string hash = Sha256Hex(previous + '\x1f' + "police.op" + '\x1f' + kPolice + '\x1f' + "catalog.edit" +
                                 '\x1f' + "entry:1" + '\x1f' + std::to_string(position) + '\x1f' +
                                 std::to_string(now));
    sqlite3_bind_int64(insert_audit_, 1, position);
    sqlite3_bind_int64(insert_audit_, 2, now);
    BindText(insert_audit_, 3, "police.op");
    BindText(insert_audit_, 4, kPolice);
    BindText(insert_audit_, 5, previous);
    BindText(insert_audit_, 6, hash);
    Step(insert_audit_);
    return hash;
  }

  void Exec(const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : "?";
      sqlite3_free(err);
      throw std::runtime_error(msg);
    }
  }
  sqlite3_stmt* Prepare(const char* sql) {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db_, sql, -1, &s, nullptr) != SQLITE_OK) throw std::runtime_error(sqlite3_errmsg(db_));
    return s;
  }
  void Step(sqlite3_stmt* s) {
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) throw std::runtime_error(sqlite3_errmsg(db_));
  }
  static void BindText(sqlite3_stmt* s, int i, const std::string& v) {
    sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  std::string Sha256Hex(const std::string& data) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_DigestInit_ex(md_, EVP_sha256(), nullptr);
    EVP_DigestUpdate(md_, data.data(), data.size());
    EVP_DigestFinal_ex(md_, digest, &size);
    static const char kHex[] = "0123456789abcdef";
    std::string out(size * 2, '0');
    for (unsigned int i = 0; i < size; ++i) {
      out[2 * i] = kHex[digest[i] >> 4];
      out[2 * i + 1] = kHex[digest[i] & 15];
    }
    return out;
  }

  sqlite3* db_ = nullptr;
  sqlite3_stmt *update_version_ = nullptr, *update_entry_ = nullptr, *head_ = nullptr,
               *insert_audit_ = nullptr, *begin_ = nullptr, *commit_ = nullptr, *load_entry_ = nullptr,
               *load_user_ = nullptr, *load_version_ = nullptr, *update_version_all_ = nullptr,
               *update_entry_all_ = nullptr, *get_meta_ = nullptr, *set_meta_ = nullptr;
  EVP_MD_CTX* md_ = nullptr;
};

void BM_RawEditDraft(benchmark::State& state, Durability durability) {
  const std::string path = Dir().File(std::string("raw-") + Name(durability) + ".db");
  std::int64_t row_version = 1;
  {
    RawDb db(path, durability);
    const std::string contents[2] = {govshare::EntryToJson(Content(0), -1), govshare::EntryToJson(Content(1), -1)};
    std::int64_t i = 1;
    for (auto _ : state) {
      row_version = db.Edit(row_version, contents[i & 1], 1788000000 + i);
      ++i;
    }
  }
  state.SetItemsProcessed(state.iterations());
  RemoveDb(path);
}
BENCHMARK_CAPTURE(BM_RawEditDraft, full, Durability::kFull)->UseRealTime()->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_RawEditDraft, normal, Durability::kNormal)->UseRealTime()->Unit(benchmark::kMicrosecond);

void BM_RawSameStatements(benchmark::State& state, Durability durability) {
  const std::string path = Dir().File(std::string("same-") + Name(durability) + ".db");
  std::int64_t row_version = 1;
  {
    RawDb db(path, durability);
    const std::string contents[2] = {govshare::EntryToJson(Content(0), -1), govshare::EntryToJson(Content(1), -1)};
    std::int64_t i = 1;
    for (auto _ : state) {
      row_version = db.Same(row_version, contents[i & 1], 1788000000 + i);
      ++i;
    }
  }
  state.SetItemsProcessed(state.iterations());
  RemoveDb(path);
}
BENCHMARK_CAPTURE(BM_RawSameStatements, full, Durability::kFull)->UseRealTime()->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_RawSameStatements, normal, Durability::kNormal)->UseRealTime()->Unit(benchmark::kMicrosecond);

// ---- audit verification ----------------------------------------------------------------------

std::int64_t AuditRecordsWanted() {
  const char* n = std::getenv("GOVSHARE_BENCH_AUDIT_RECORDS");
  return n && *n ? std::max<std::int64_t>(std::atoll(n), 10) : 100000;
}

// The chain, built once per run through the API: Initialize, the seed
// department and user, then AddUser until the trail holds N records.
struct AuditChain {
  std::shared_ptr<govshare::Platform> platform;
  std::int64_t records = 0;
  double build_seconds = 0;
};

const AuditChain& Chain() {
  static const AuditChain chain = [] {
    AuditChain c;
    const std::int64_t wanted = AuditRecordsWanted();
    const auto start = std::chrono::steady_clock::now();
    // NORMAL: building is setup, not what is measured; verification reads the same file.
    // Signed as a city platform runs: a checkpoint every 1000 records.
    c.platform = OpenSeeded(Dir().File("audit.db"), Durability::kNormal, Signing{true});
    for (std::int64_t i = 3; i < wanted; ++i) {
      c.platform->AddUser("admin", {"user." + std::to_string(i), "审计样本用户", kPolice,
                                    {govshare::Role::kDeptOperator}, true});
    }
    c.build_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    c.records = c.platform->VerifyAudit("admin").records;
    return c;
  }();
  return chain;
}

void BM_VerifyAudit(benchmark::State& state) {
  const AuditChain& chain = Chain();
  for (auto _ : state) {
    const govshare::AuditVerification v = chain.platform->VerifyAudit("admin");
    if (!v.intact || v.records != chain.records) state.SkipWithError("the chain does not verify");
    benchmark::DoNotOptimize(v);
  }
  state.SetItemsProcessed(state.iterations() * chain.records);
  state.counters["records"] = static_cast<double>(chain.records);
  state.counters["build_s"] = chain.build_seconds;
  // Seconds per 10^6 records (the per-record cost × 10^6).
  state.counters["s_per_1e6"] = benchmark::Counter(
      static_cast<double>(state.iterations() * chain.records) / 1e6,
      benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_VerifyAudit)->UseRealTime()->Unit(benchmark::kMillisecond);

// The same chain verified as an auditor does: every checkpoint's signature
// against the public key they trust (AuditVerifyOptions), the chain through
// every signed head.
void BM_VerifyAuditTrusted(benchmark::State& state) {
  const AuditChain& chain = Chain();
  std::ifstream in(KeyFile(govshare::SignatureAlgorithm::kEd25519) + ".pub");
  std::ostringstream pem;
  pem << in.rdbuf();
  govshare::AuditVerifyOptions options;
  options.trusted_public_keys = {pem.str()};
  std::int64_t checkpoints = 0;
  for (auto _ : state) {
    const govshare::AuditVerification v = chain.platform->VerifyAudit("admin", options);
    if (!v.intact || v.records != chain.records || !v.keys_trusted) state.SkipWithError(v.problem.c_str());
    checkpoints = v.checkpoints;
  }
  state.SetItemsProcessed(state.iterations() * chain.records);
  state.counters["records"] = static_cast<double>(chain.records);
  state.counters["checkpoints"] = static_cast<double>(checkpoints);
  state.counters["s_per_1e6"] = benchmark::Counter(
      static_cast<double>(state.iterations() * chain.records) / 1e6,
      benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_VerifyAuditTrusted)->UseRealTime()->Unit(benchmark::kMillisecond);

// ---- reporting: the ratio platform/raw per durability ------------------------------------------

class RatioReporter : public benchmark::ConsoleReporter {
 public:
  // Colour only on a terminal (the custom reporter bypasses --benchmark_color).
  RatioReporter() : ConsoleReporter(isatty(fileno(stdout)) ? OO_ColorTabular : OO_Tabular) {}
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& r : runs) {
      if (r.error_occurred) continue;
      if (r.run_type == Run::RT_Aggregate && r.aggregate_name != "median") continue;
      auto it = r.counters.find("items_per_second");
      if (it == r.counters.end()) continue;
      // Keyed by function and durability ("BM_RawEditDraft/full"); the median
      // of repetitions is reported after the runs and so replaces them.
      const std::string name =
          r.run_name.function_name + (r.run_name.args.empty() ? "" : "/" + r.run_name.args);
      rates_[name] = it->second.value;
    }
  }
  void Finalize() override {
    ConsoleReporter::Finalize();
    bool header = false;
    for (const char* baseline : {"BM_RawSameStatements", "BM_RawEditDraft"}) {
      for (const char* d : {"full", "normal"}) {
        const auto p = rates_.find(std::string("BM_PlatformEditDraft/") + d);
        const auto r = rates_.find(std::string(baseline) + "/" + d);
        if (p == rates_.end() || r == rates_.end() || r->second <= 0) continue;
        if (!header) std::cout << "\nplatform / raw (durable transitions per second):\n";
        header = true;
        std::cout << "  " << baseline << " synchronous=" << d << ": " << std::fixed << std::setprecision(0)
                  << p->second << " / " << r->second << " items/s = " << std::setprecision(1)
                  << 100.0 * p->second / r->second << "%\n";
      }
    }
    std::cout.flush();
  }

 private:
  std::map<std::string, double> rates_;
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  std::cout << "databases in " << Dir().path().string() << "\n";
  RatioReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  return 0;
}
