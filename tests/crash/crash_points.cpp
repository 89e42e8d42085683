// Crash points (docs/security.md#crash-points): a child process runs a random
// mixed workload on one platform file — catalog drafts, edits and publication,
// users, sharing (apply, accept, grant) and decisions with the usage log on —
// writing an acknowledgement of each call to a side file after the call
// returns; the parent kills it with SIGKILL at a random moment, many times.
// After each kill:
//   - SQLite's PRAGMA integrity_check is ok;
//   - the platform opens and its audit chain verifies;
//   - every acknowledged change is in the database (an entry at least at the
//     acknowledged row_version, a user, an authorization): nothing a call
//     returned is lost, in FULL and in NORMAL durability alike (a killed
//     process loses no committed transaction; NORMAL risks the last commits
//     only on a power loss, which a kill is not);
//   - every acknowledged decision's usage line is there unless the decision
//     was made within the usage log's documented bound before the kill (the
//     last flush interval, docs/threading.md), with a margin for a loaded machine.
//
//   crash_points --dir DIR [--runs N] [--seed S] [--durability full|normal] [--max-kill-ms M]
//
// Exit 0 when every run checked out; 1 with the first violation.
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "govshare/govshare.h"
#include "test_util.h"

namespace {

using govshare::PlatformOptions;

struct Args {
  std::string dir;
  int runs = 20;
  unsigned seed = 20261206;
  govshare::Durability durability = govshare::Durability::kFull;
  int max_kill_ms = 400;
};

constexpr int kFlushMs = 50;
// What a decision's usage line may lag its return by (docs/threading.md: the
// last flush interval), with a margin for a loaded 2-core machine and the
// sanitizers' slowdown.
constexpr std::int64_t kUsageBoundMs = 2 * kFlushMs + 2000;

std::int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// Run r's processes on a simulated clock at 2026-09-01 09:00 plus r minutes:
// the grant is valid whatever today is, and a check reads only its run's
// usage lines (their time), however many runs came before.
govshare::LocalDateTime RunStart(int run) {
  return govshare::LocalDateTime::FromUnixSeconds(
      govshare::LocalDateTime::FromIso("2026-09-01T09:00:00+08:00").ToUnixSeconds() + 60 * run);
}

PlatformOptions Options(const Args& a, int run) {
  PlatformOptions o;
  o.path = a.dir + "/crash.db";
  o.durability = a.durability;
  o.usage_log_flush_ms = kFlushMs;
  o.simulated_time = RunStart(run);
  return o;
}

[[noreturn]] void Fail(const std::string& what) {
  std::cerr << "crash_points: " << what << '\n';
  std::exit(1);
}

// ---- the child: a random mixed workload, each call acknowledged after it returns ----

class Ack {
 public:
  explicit Ack(const std::string& path) : fd_(::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT, 0644)) {}
  ~Ack() { ::close(fd_); }
  // One line, one write: a kill leaves whole lines (the page cache keeps what
  // was written; a torn last line is never one the parent counts).
  void operator()(const std::string& line) const {
    const std::string text = line + "\n";
    if (::write(fd_, text.data(), text.size()) != static_cast<ssize_t>(text.size())) std::_Exit(3);
  }

 private:
  int fd_;
};

[[noreturn]] void Workload(const Args& a, int run, std::int64_t entry_id) {
  std::mt19937 rng(a.seed * 7919u + static_cast<unsigned>(run));
  auto p = govshare::Platform::Open(Options(a, run));
  const Ack ack(a.dir + "/ack.txt");
  std::vector<govshare::EntryRecord> drafts;
  for (int n = 0;; ++n) {
    const std::string tag = std::to_string(run) + "." + std::to_string(n);
    try {
      switch (rng() % 6) {
        case 0: {  // a new draft
          govshare::CatalogEntry e = govshare::testing::ValidUnconditionalEntry();
          e.code.clear();
          e.provider = {govshare::testing::kPolice, "南通市公安局"};
          e.name = "崩溃测试目录" + tag;
          const auto r = p->catalog().CreateDraft("police.op", e);
          drafts.push_back(r);
          ack("entry " + std::to_string(r.id) + " " + std::to_string(r.row_version));
          break;
        }
        case 1: {  // an edit, or the draft through review to publication
          if (drafts.empty()) break;
          govshare::EntryRecord& r = drafts[rng() % drafts.size()];
          if (r.status != govshare::EntryStatus::kUnpublished || !r.working) break;
          if (rng() % 2 == 0) {
            govshare::CatalogEntry e = *r.working;
            e.summary += "（修订" + tag + "）";
            r = p->catalog().EditDraft("police.op", r.id, r.row_version, e);
          } else {
            r = p->catalog().Submit("police.op", r.id, r.row_version);
            r = p->catalog().Approve("reviewer", r.id, r.row_version);
            r = p->catalog().Publish("police.leader", r.id, r.row_version);
          }
          ack("entry " + std::to_string(r.id) + " " + std::to_string(r.row_version));
          break;
        }
        case 2: {  // a user
          const std::string id = "crash." + tag;
          p->AddUser("admin", {id, "崩溃测试", govshare::testing::kCivil, {govshare::Role::kDeptOperator}, true});
          ack("user " + id);
          break;
        }
        case 3: {  // sharing: an application accepted and granted
          govshare::ApplicationRequest req;
          req.entry_id = entry_id;
          req.items = {"姓名"};
          req.purpose = "崩溃测试" + tag;
          req.legal_duty = "《社会救助暂行办法》第十一条";
          req.valid_from = govshare::Date{2026, 1, 1};
          req.valid_until = govshare::Date{2027, 12, 31};
          req.scan = {"申请表.pdf", std::string(64, 'a'), 1024};
          govshare::Application x = p->sharing().Apply("civil.op", req);
          x = p->sharing().AcceptApplication("reviewer", x.id, x.row_version);
          x = p->sharing().GrantApplication("police.leader", x.id, x.row_version, {});
          ack("authorization " + std::to_string(x.authorization_id));
          break;
        }
        default: {  // decisions, each with its line in the usage log
          for (int k = 0; k < 20; ++k) {
            govshare::AccessRequest r;
            r.user_id = "civil.op";
            r.entry_id = entry_id;
            r.items = {"姓名"};
            r.purpose = "crash-" + tag + "-" + std::to_string(k);
            p->access().Decide(r);
            ack("decide " + r.purpose + " " + std::to_string(NowMs()));
          }
          break;
        }
      }
    } catch (const govshare::ConflictError&) {
      // Not expected from one child, but not a crash either.
    }
  }
}

// ---- the parent: kill, then check ----------------------------------------------------------

std::string IntegrityCheck(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) return "cannot open";
  sqlite3_stmt* s = nullptr;
  std::string out;
  if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &s, nullptr) == SQLITE_OK) {
    while (sqlite3_step(s) == SQLITE_ROW) out += reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
  }
  sqlite3_finalize(s);
  sqlite3_close(db);
  return out;
}

struct Counts {
  int entries = 0, users = 0, authorizations = 0, decisions = 0, decisions_in_bound = 0;
};

Counts Check(const Args& a, int run, std::int64_t killed_at_ms) {
  const std::string integrity = IntegrityCheck(a.dir + "/crash.db");
  if (integrity != "ok") Fail("run " + std::to_string(run) + ": integrity_check: " + integrity);
  auto p = govshare::Platform::Open(Options(a, run));
  const govshare::AuditVerification v = p->VerifyAudit("auditor");
  if (!v.intact) Fail("run " + std::to_string(run) + ": the audit chain: " + v.problem);
  // The usage lines of this run's decisions.
  std::set<std::string> purposes;
  govshare::UsageQuery q;
  q.from = RunStart(run);
  q.limit = 1 << 30;
  for (const auto& u : p->access().UsageLog("auditor", q)) purposes.insert(u.purpose);
  Counts c;
  std::ifstream in(a.dir + "/ack.txt");
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream f(line);
    std::string kind, id;
    f >> kind >> id;
    const std::string where = "run " + std::to_string(run) + ": acknowledged \"" + line + "\" ";
    if (kind == "entry") {
      std::int64_t rv = 0;
      f >> rv;
      const govshare::EntryRecord e = p->catalog().GetEntry("auditor", std::stoll(id));
      if (e.row_version < rv) Fail(where + "but the entry is at row_version " + std::to_string(e.row_version));
      ++c.entries;
    } else if (kind == "user") {
      if (!p->FindUser(id)) Fail(where + "but the user is missing");
      ++c.users;
    } else if (kind == "authorization") {
      p->sharing().GetAuthorization("auditor", std::stoll(id));  // the not-found error if lost
      ++c.authorizations;
    } else if (kind == "decide") {
      std::int64_t at = 0;
      f >> at;
      ++c.decisions;
      if (purposes.count(id)) continue;
      if (killed_at_ms - at > kUsageBoundMs) {
        Fail(where + "but its usage line is missing, " + std::to_string(killed_at_ms - at) +
             " ms before the kill (bound " + std::to_string(kUsageBoundMs) + " ms)");
      }
      ++c.decisions_in_bound;
    }
  }
  p->Close();
  std::remove((a.dir + "/ack.txt").c_str());  // each run's acknowledgements checked once
  return c;
}

Args Parse(int argc, char** argv) {
  Args a;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string k = argv[i], v = argv[i + 1];
    if (k == "--dir") a.dir = v;
    else if (k == "--runs") a.runs = std::stoi(v);
    else if (k == "--seed") a.seed = static_cast<unsigned>(std::stoul(v));
    else if (k == "--max-kill-ms") a.max_kill_ms = std::stoi(v);
    else if (k == "--durability") a.durability = v == "normal" ? govshare::Durability::kNormal : govshare::Durability::kFull;
    else Fail("unknown option " + k);
  }
  if (a.dir.empty()) Fail("--dir DIR is required");
  return a;
}

}  // namespace

int main(int argc, char** argv) {
  const Args a = Parse(argc, argv);
  std::filesystem::remove_all(a.dir);
  std::filesystem::create_directories(a.dir);
  std::int64_t entry_id = 0;
  {
    // The city, once: the tests' small city and 户籍人口基本信息 granted to 民政局.
    auto p = govshare::Platform::Open(Options(a, 0));
    govshare::testing::SeedCity(*p);
    entry_id = govshare::testing::PublishAndGrantToCivil(*p).first;
  }
  std::mt19937 rng(a.seed);
  Counts total;
  for (int run = 1; run <= a.runs; ++run) {
    std::cout.flush();
    const pid_t child = ::fork();
    if (child < 0) Fail("fork failed");
    if (child == 0) {
      try {
        Workload(a, run, entry_id);
      } catch (const std::exception& e) {
        std::cerr << "crash_points child: " << e.what() << '\n';
        std::_Exit(2);
      }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20 + rng() % static_cast<unsigned>(a.max_kill_ms)));
    const std::int64_t killed_at = NowMs();
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    if (!WIFSIGNALED(status)) Fail("run " + std::to_string(run) + ": the child ended on its own (status " +
                                   std::to_string(status) + ") before the kill");
    const Counts c = Check(a, run, killed_at);
    total.entries += c.entries;
    total.users += c.users;
    total.authorizations += c.authorizations;
    total.decisions += c.decisions;
    total.decisions_in_bound += c.decisions_in_bound;
  }
  std::cout << "crash_points: " << a.runs << " kills ("
            << (a.durability == govshare::Durability::kFull ? "FULL" : "NORMAL")
            << "), integrity ok and audit chain intact after each; acknowledged and found: " << total.entries
            << " entry changes, " << total.users << " users, " << total.authorizations << " authorizations, "
            << total.decisions << " decisions (" << total.decisions_in_bound
            << " of them killed within the usage log's bound before their line was written)\n";
  return 0;
}
