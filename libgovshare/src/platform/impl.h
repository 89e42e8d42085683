// Internal: the platform's shared machinery (PlatformCore, the state behind
// the Platform handle and its facades) — transactions, permission checks,
// the audit chain, entries, notices, the platform calendar — used by the
// operations of every domain (libgovshare/src/<domain>/*.cpp) through the
// operation skeleton (platform/operation.h). docs/architecture.md.
#ifndef GOVSHARE_SRC_PLATFORM_IMPL_H_
#define GOVSHARE_SRC_PLATFORM_IMPL_H_

#include "govshare/access_service.h"
#include "govshare/catalog_service.h"
#include "govshare/platform.h"
#include "govshare/sharing_service.h"
#include "govshare/supervision_service.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <deque>
#include <atomic>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "govshare/catalog_code.h"
#include "govshare/error.h"
#include "govshare/identifiers.h"
#include "govshare/json.h"
#include "govshare/validation.h"
#include "audit/chain.h"
#include "audit/signing.h"
#include "base/digest.h"
#include "base/read_mostly_lock.h"
#include "base/require.h"
#include "base/text.h"
#include "platform/change.h"
#include "platform/periods.h"
#include "platform/permissions.h"
#include "sharing/json.h"
#include "storage/storage.h"

namespace govshare {
namespace platform_detail {

using storage::AuditRow;
using storage::EntryRow;
using storage::NoticeRow;
using storage::ObligationRow;
using storage::VersionRow;
using ojson = nlohmann::ordered_json;

inline constexpr char kMetaAuditHash[] = "audit_hash";
inline constexpr char kMetaAuditHead[] = "audit_head";
// A platform created on a simulated clock remembers it: the time the clock
// stands at, in Unix seconds, written when it moves and at Close; opened
// without a simulated_time, the platform runs on it from there.
inline constexpr char kMetaSimulatedClock[] = "simulated_clock";
// The remembered clock's Unix seconds; nullopt when the file has none. A
// value that is not a number is the storage error (the file was damaged).
inline std::optional<std::int64_t> ParseSimulatedClock(const std::optional<std::string>& meta) {
  if (!meta) return std::nullopt;
  std::size_t used = 0;
  try {
    const long long seconds = std::stoll(*meta, &used);
    if (used == meta->size()) return seconds;
  } catch (const std::exception&) {
  }
  throw StorageError("platform_meta." + std::string(kMetaSimulatedClock) + " is not a time: \"" + *meta + "\"");
}

// The audit chain's head kept in platform_meta as "<count>:<hash>", written
// with every record in the same transaction: how many records were written
// and the last one's hash (0 and "" before the first record).
struct AuditHead {
  std::int64_t count = 0;
  std::string hash;
};
inline AuditHead ParseAuditHead(const std::optional<std::string>& meta) {
  const size_t colon = meta ? meta->find(':') : std::string::npos;
  if (colon == std::string::npos) return {};
  return {std::stoll(meta->substr(0, colon)), meta->substr(colon + 1)};
}
inline std::string AuditHeadText(std::int64_t count, const std::string& hash) {
  return std::to_string(count) + ":" + hash;
}
// The pseudonym key as older versions kept it (moved out by
// Platform::MovePseudonymKey), and the id of the key the platform adopted.
inline constexpr char kMetaPseudonymKey[] = "pseudonym_key";
inline constexpr char kMetaPseudonymKeyId[] = "pseudonym_key_id";
// A meta value that is absent or "" (a value cleared when its secret left the database).
inline std::optional<std::string> NonEmpty(std::optional<std::string> v) {
  if (v && v->empty()) return std::nullopt;
  return v;
}
inline constexpr char kMetaInitialized[] = "initialized";
// Changes whenever the bureau loads a year: handles recompose their calendar.
inline constexpr char kMetaCalendarStamp[] = "calendar_stamp";
// The year whose missing schedule the bureau was last warned of.
inline constexpr char kMetaCalendarWarned[] = "calendar_warned";

// Thrown inside an operation when the actor may not act; the operation's
// wrapper rolls back, records a security event and raises the permission error.
struct Denied {
  std::string user_id;
  std::string department_code;
  Action action;
  std::string object;
  std::string detail;
};

// Optimistic concurrency: a change based on `expected` of an object now at
// `actual` is the conflict error (never silently lost).
inline void CheckRowVersion(const char* kind, std::int64_t id, std::int64_t actual, std::int64_t expected) {
  if (actual != expected) {
    throw ConflictError(std::string(kind) + " " + std::to_string(id) + " has changed (row_version " +
                        std::to_string(actual) + ", the change was based on " + std::to_string(expected) +
                        "); read it again");
  }
}

inline std::string ObjectOfEntry(std::int64_t id) { return "entry:" + std::to_string(id); }

}  // namespace platform_detail

using namespace platform_detail;  // NOLINT: internal header, one component

// The in-memory decision index and usage-log buffer (access/state.h), and
// the search index (search/search.cpp).
struct AccessState;
struct SearchState;

class PlatformCore {
 public:
  // ---- the handle's shared state --------------------------------------------------------
  // One PlatformCore serves every thread of a process (docs/threading.md):
  // what a transaction needs is pinned in its Transaction (below); what
  // lives longer is immutable after Open, atomic, or under a mutex of its own.

  // Moved by the database's change feed (storage::Database::Listen) when
  // another node commits a change: the indexes then read the trail before
  // their next lookup, not at the next poll. Declared before `db`, whose
  // listener thread moves it until the database closes.
  std::atomic<std::int64_t> remote_generation{0};
  // The database: one write path, pooled readers (storage::Database).
  std::unique_ptr<storage::Database> db;
  std::atomic<bool> open{false};
  PlatformOptions options;  // fixed at Open
  HashAlgorithm audit_hash = HashAlgorithm::kSha256;  // fixed at Open
  // The decision index and usage log (access/state.h), and the search
  // index (search/search.cpp): created at Open, shared by every thread.
  std::shared_ptr<AccessState> access;
  std::shared_ptr<SearchState> search;

  // What an index needs to follow this process's writes. Each committed
  // write transaction moves write_generation and leaves its typed changes
  // (platform/change.h, with their audit positions) in committed_changes, a
  // bounded window; a cursor that fell behind it, or that sees a gap
  // (another process wrote in between), reads the trail instead. A write
  // then brings the built indexes up to date before it returns and moves
  // settled_generation: a call that starts after a write returned sees it.
  struct PositionedChange {
    std::int64_t position = 0;
    Change change;
  };
  std::mutex changes_mu;
  std::deque<PositionedChange> committed_changes;  // under changes_mu
  std::atomic<std::int64_t> write_generation{0};
  std::atomic<std::int64_t> settled_generation{0};
  static constexpr std::size_t kCommittedChangesKept = 4096;

  // Signed audit checkpoints (platform/checkpoints.cpp; docs/security.md):
  // the key read at Open (or rotated to), none when the platform signs none.
  std::shared_ptr<const audit::Signer> Signer() const {
    std::lock_guard<std::mutex> lock(signer_mu);
    return signer;
  }
  void SetSigner(std::shared_ptr<const audit::Signer> s) {
    std::lock_guard<std::mutex> lock(signer_mu);
    signer = std::move(s);
  }
  // The pseudonym key the handle was opened with (PlatformOptions::
  // pseudonym_key_file or pseudonym_key_env); "" when none. Fixed at Open.
  std::string pseudonym_key;
  // In a write transaction: signs a checkpoint of the head when one is due
  // (audit::CheckpointDue) or `force`d and records were written since the
  // last; introduces the key into the trail first when it is new. Returns
  // the checkpoint signed, if any (kept in the transaction for the file).
  std::optional<AuditCheckpoint> SignCheckpoint(bool force);
  std::optional<AuditCheckpoint> SignCheckpointWith(const audit::Signer& with, bool force);
  // Notes in platform_meta that the trail has introduced the key (after its record).
  void KeyIntroduced(const std::string& key_id);
  // After a commit: appends the transaction's checkpoints to the external
  // file (PlatformOptions::checkpoint_file), with any a failed append left.
  void AppendCheckpointFile(const std::vector<AuditCheckpoint>& signed_now);
  // The handle's timer that signs the head of an idle trail when it is
  // checkpoint_every_minutes old (started at Open with a key, stopped at Close).
  void StartCheckpointTimer();
  void StopCheckpointTimer();
  // What this handle last knew of the checkpoints (SignCheckpoint's shortcut):
  // the signer whose key the trail has introduced, the last checkpoint's
  // position and time.
  void KnowCheckpoint(std::int64_t position, std::int64_t time);
  std::atomic<const audit::Signer*> known_key_introduced{nullptr};
  std::atomic<std::int64_t> known_checkpoint_position{0};
  std::atomic<std::int64_t> known_checkpoint_time{0};
  mutable std::mutex signer_mu;
  std::shared_ptr<const audit::Signer> signer;  // under signer_mu
  std::mutex checkpoint_file_mu;
  std::vector<AuditCheckpoint> checkpoint_file_backlog;  // under checkpoint_file_mu
  struct CheckpointTimer;
  std::shared_ptr<CheckpointTimer> checkpoint_timer;  // shared: its type is complete in one file

  // The clock: the system clock, or a simulated one that only moves forward.
  bool simulated = false;  // fixed at Open
  std::atomic<std::int64_t> simulated_now{0};
  // The file remembers the simulated clock (kMetaSimulatedClock): it was
  // created on one. Fixed at Open.
  bool remembers_clock = false;
  // Writes the simulated clock's time to the file when it remembers one,
  // never moving the remembered time back. Best effort at Close.
  void RememberClock();

  // ---- one transaction -------------------------------------------------------------------
  // The connection a thread's transaction runs on and what it pinned: the
  // calendar and rulebook it read stay the same until it ends, whatever
  // other threads load meanwhile. A thread has at most one per handle; an
  // operation called inside another of the same handle joins it.
  struct Transaction {
    PlatformCore* core = nullptr;
    storage::Storage* storage = nullptr;
    bool write = false;
    std::vector<PositionedChange> pending;  // this write's changes, published at commit
    std::vector<AuditCheckpoint> checkpoints;  // signed in it, for the external file
    std::shared_ptr<const WorkdayCalendar> calendar;
    std::shared_ptr<const Rulebook> rules;
    Transaction* outer = nullptr;  // the thread's transaction on another handle, if any
  };
  static inline thread_local Transaction* current_transaction = nullptr;

  Transaction* Current() {
    for (Transaction* t = current_transaction; t; t = t->outer)
      if (t->core == this) return t;
    return nullptr;
  }
  Transaction& Tx() {
    Transaction* t = Current();
    if (!t) {
      if (!open.load(std::memory_order_acquire)) throw StorageError("the platform is closed");
      throw std::logic_error("the platform's storage is used outside a transaction");
    }
    return *t;
  }
  storage::Storage& S() { return *Tx().storage; }
  storage::Database& Db() {
    if (!open.load(std::memory_order_acquire)) throw StorageError("the platform is closed");
    return *db;
  }
  void RequireOpen() const {
    if (!open.load(std::memory_order_acquire)) throw StorageError("the platform is closed");
  }

  std::int64_t NowSeconds() const {
    if (simulated) return simulated_now.load(std::memory_order_acquire);
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
  }
  LocalDateTime Now() const { return LocalDateTime::FromUnixSeconds(NowSeconds()); }

  // ---- the platform calendar (docs/calendar.md) --------------------------------------

  // The calendar deadlines are computed with: the base (Builtin() or
  // SetCalendar, a copy the caller cannot change) plus the years the bureau
  // loaded into the platform (calendar_years), recomposed when
  // calendar_stamp moves. Immutable once composed; replaced under cache_mu.
  std::mutex cache_mu;
  std::shared_ptr<const WorkdayCalendar> base_calendar = WorkdayCalendar::Builtin();
  std::shared_ptr<const WorkdayCalendar> calendar = base_calendar;
  std::optional<std::string> calendar_stamp;  // the stamp `calendar` reflects; none: recompose
  // The rulebook the stored local rules give ("" = default).
  std::optional<std::string> rules_text;
  std::shared_ptr<const Rulebook> rules;

  // The base calendar plus the stored years. Inside a transaction.
  std::shared_ptr<const WorkdayCalendar> ComposeCalendar(const std::shared_ptr<const WorkdayCalendar>& base) {
    const auto rows = S().ListCalendarYears();
    if (rows.empty()) return base;
    auto c = base->Clone();
    for (const auto& r : rows) c->LoadYear(ParseYearSchedule(r.content, "calendar_years:" + std::to_string(r.year)));
    return c;
  }

  // The platform calendar, current with the stored years, pinned for the
  // transaction. Inside a transaction.
  const WorkdayCalendar& Cal() {
    Transaction& tx = Tx();
    if (tx.calendar) return *tx.calendar;
    const std::string stamp = S().GetMeta(kMetaCalendarStamp).value_or("");
    std::shared_ptr<const WorkdayCalendar> base;
    {
      std::lock_guard<std::mutex> lock(cache_mu);
      if (calendar_stamp && *calendar_stamp == stamp) {
        tx.calendar = calendar;
        return *tx.calendar;
      }
      base = base_calendar;
    }
    auto composed = ComposeCalendar(base);
    PublishCalendar(base, composed, stamp);
    tx.calendar = std::move(composed);
    return *tx.calendar;
  }
  // Keeps `composed` (from `base` and the stored years at `stamp`) for the
  // next transactions, unless the base was replaced meanwhile.
  void PublishCalendar(const std::shared_ptr<const WorkdayCalendar>& base,
                       std::shared_ptr<const WorkdayCalendar> composed, const std::string& stamp) {
    std::lock_guard<std::mutex> lock(cache_mu);
    if (base_calendar != base) return;
    calendar = std::move(composed);
    calendar_stamp = stamp;
  }
  std::shared_ptr<const WorkdayCalendar> BaseCalendar() {
    std::lock_guard<std::mutex> lock(cache_mu);
    return base_calendar;
  }

  // How the platform counts every statutory deadline: predicted where a
  // year is not loaded (provisional), with the office hours of the stored
  // SharingPolicy (sharing_rules::DeadlineOptionsOf; sharing/cases.cpp).
  DeadlineOptions LegalDeadlineOptions();

  // The rulebook: the national regulation above the stored local rules (the
  // Nantong rules of 2020 when none are stored). Inside a transaction.
  const Rulebook& Rules();
  // The period in force for `query` (periods::Resolve: the rulebook's rule
  // for the day of the act, 及时 filled by the stored policy).
  periods::StatutoryPeriod Period(const RuleQuery& query);
  // An act the national regulation added (`act`, of `article`) is refused,
  // naming both, before the regulation is in force (docs/rulebook.md);
  // `before` says what the rules in force then provide, if anything.
  void RequireNational(const char* article, const std::string& act, const std::string& before = "");
  // Whether the national regulation is in force on the platform's day.
  bool NationalInForce();
  // The same for an act at `event` (unix seconds): the rules of its day.
  periods::StatutoryPeriod Period(Duty duty, std::int64_t event, std::optional<ShareClass> share_class = std::nullopt,
                                  Decider decider = Decider::kAny) {
    return Period(RuleQuery{duty, LocalDateTime::FromUnixSeconds(event).date, share_class, decider});
  }

  // A statutory deadline of `rule` counted from `event`. Never refused for
  // want of a year's schedule: a year not loaded is predicted and the
  // deadline flagged provisional (recomputed when the year is loaded).
  // Inside a write transaction: from November 1 it also warns the bureau,
  // once, while next year's schedule is missing.
  Deadline LegalDeadline(const LocalDateTime& event, const DeadlineRule& rule) {
    const Deadline d = Cal().ComputeDeadline(event, rule, LegalDeadlineOptions());
    WarnIfNextYearMissing();
    return d;
  }
  Deadline LegalDeadline(std::int64_t event, const DeadlineRule& rule) {
    return LegalDeadline(LocalDateTime::FromUnixSeconds(event), rule);
  }

  // The year whose missing schedule must be reported: this year when it is
  // not loaded, or — from November 1 — next year; none otherwise.
  std::optional<int> MissingYear() {
    const LocalDateTime now = Now();
    if (!Cal().Covers(now.date.year)) return now.date.year;
    if (now.date.month >= 11 && !Cal().Covers(now.date.year + 1)) return now.date.year + 1;
    return std::nullopt;
  }

  static std::string MissingYearWarning(int year) {
    const std::string y = std::to_string(year);
    return "国务院办公厅关于" + y + "年部分节假日安排的通知尚未载入平台：涉及 " + y +
           " 年的期限按法定节假日预测、标记为临时，载入后自动重算 (the " + y +
           " holiday schedule is not loaded: deadlines reaching into " + y +
           " are provisional until it is; govshare calendar load)";
  }

  void WarnIfNextYearMissing() {
    const auto year = MissingYear();
    if (!year) return;
    const std::string y = std::to_string(*year);
    if (S().GetMeta(kMetaCalendarWarned).value_or("") == y) return;
    S().SetMeta(kMetaCalendarWarned, y);
    for (const auto& b : BureauDepartments()) {
      Notify(NoticeKind::kCalendar, b, 0, MissingYearWarning(*year), "calendar:" + y);
    }
  }

  // ---- transactions and permissions -------------------------------------------------

  // Runs `fn` in one transaction — a write transaction (the write path,
  // its lock taken at once) or a read transaction (a pooled reader: a
  // consistent snapshot even while others write). Inside a transaction of
  // this handle on the same thread, `fn` joins it (a write inside a read is a
  // programming error). A Denied signal rolls back, records a security event
  // (its own transaction) and raises the permission error. After a write
  // commits, the built indexes take its changes before this returns.
  template <typename Fn>
  auto InTransaction(bool write, Fn fn) -> decltype(fn()) {
    if (Transaction* t = Current()) {
      if (write && !t->write) throw std::logic_error("a write inside a read transaction");
      return fn();
    }
    if constexpr (std::is_void_v<decltype(fn())>) {
      RunTransaction(write, [&] { fn(); });
    } else {
      std::optional<decltype(fn())> result;
      RunTransaction(write, [&] { result.emplace(fn()); });
      return std::move(*result);
    }
  }
  template <typename Fn>
  auto Write(Fn fn) -> decltype(fn()) {
    return InTransaction(true, fn);
  }
  template <typename Fn>
  auto Read(Fn fn) -> decltype(fn()) {
    return InTransaction(false, fn);
  }
  // platform/transaction.cpp
  void RunTransaction(bool write, const std::function<void()>& body);
  // The write's changes become visible to the indexes (under changes_mu).
  void Committed(Transaction& tx);
  // Brings the built indexes up to date after this handle's write
  // (access/index.cpp, search/search.cpp); a failure leaves them for the
  // next reader to catch up.
  void IndexesTakeWrite();

  [[noreturn]] void RecordDenied(const Denied& d) {
    try {
      auto lease = Db().Write();
      storage::Storage& s = *lease;
      s.Begin();
      try {
        s.InsertSecurityEvent({0, NowSeconds(), d.user_id, d.department_code, ToString(d.action),
                               d.object, d.detail});
        s.Commit();
      } catch (...) {
        s.Rollback();
      }
    } catch (const StorageError&) {
      // Closed meanwhile: the refusal still stands.
    }
    throw PermissionDeniedError("user \"" + d.user_id + "\" may not " + ToString(d.action) +
                                (d.object.empty() ? "" : " on " + d.object) + ": " + d.detail +
                                " (docs/permissions.md)");
  }

  struct Actor {
    User user;
    Department department;
  };
  // The platform itself, as the actor of the records it makes on its own (a
  // key entering the trail). "(platform)" is no valid user id, so no user can
  // be taken for it.
  static Actor PlatformActor() {
    Actor a;
    a.user.id = "(platform)";
    return a;
  }

  // The user `id` and their department, when registered.
  std::optional<Actor> FindActor(const std::string& id) {
    auto found = S().FindUserWithDepartment(id);
    if (!found) return std::nullopt;
    return Actor{std::move(found->first), std::move(found->second)};
  }

  // Bureau roles and auditors read every sharing case and usage line;
  // department roles only those their department is a party to
  // (permissions::SeesAllCases).
  static bool SeesAllCases(const Actor& a) {
    return a.user.active && permissions::SeesAllCases(a.user.roles, a.department.level);
  }

  static bool Allowed(const Actor& a, Action action, const std::string& scope_department) {
    return a.user.active && permissions::Allows(a.user.roles, a.department.level, a.user.department_code, action,
                                                scope_department);
  }

  // Checks the action of the actor `actor_id` (`found`: FindActor's answer);
  // throws Denied.
  Actor Authorize(std::optional<Actor> found, const std::string& actor_id, Action action,
                  const std::string& scope_department, const std::string& object) {
    if (!found) throw Denied{actor_id, "", action, object, "no such user"};
    if (!found->user.active) throw Denied{actor_id, found->user.department_code, action, object, "the user is inactive"};
    Actor a = std::move(*found);
    if (!Allowed(a, action, scope_department)) {
      std::string roles;
      for (Role r : a.user.roles) roles += (roles.empty() ? "" : ",") + ToString(r);
      throw Denied{actor_id, a.user.department_code, action, object,
                   "roles [" + roles + "] of " + a.department.name +
                       (scope_department.empty() || scope_department == a.user.department_code
                            ? ""
                            : " cannot act for department " + scope_department)};
    }
    return a;
  }

  // ---- audit chain (A28) -------------------------------------------------------------

  std::string Genesis() const { return audit::Genesis(audit_hash); }

  void Audit(const Actor& a, const std::string& action, const std::string& object,
             const std::string& before, const std::string& after, const std::string& reason) {
    storage::Storage& s = S();
    // The head kept in platform_meta ("<count>:<hash>", written with every
    // record in the same transaction) gives the position and the link.
    const AuditHead head = ParseAuditHead(s.GetMeta(kMetaAuditHead));
    AuditRow r;
    r.position = head.count + 1;
    r.time = NowSeconds();
    r.user_id = a.user.id;
    r.department_code = a.user.department_code;
    r.action = action;
    r.object = object;
    r.before_digest = before;
    r.after_digest = after;
    r.reason = reason;
    r.previous_hash = head.count == 0 ? Genesis() : head.hash;
    r.hash = internal::HexDigest(audit_hash, audit::ChainInput(r));
    s.AppendAudit(r);
    Tx().pending.push_back({r.position, ChangeOf(object)});
    // The head beside the chain lets verification see records cut off at
    // the end.
    s.SetMeta(kMetaAuditHead, AuditHeadText(r.position, r.hash));
  }

  std::string DigestOf(const std::string& text) const {
    return text.empty() ? "" : internal::HexDigest(audit_hash, text);
  }

  // A digest of an entry's state: its row and the content of its versions
  // that matter now.
  void SetContent(VersionRow& v, std::string json) {
    v.content_digest = DigestOf(json);
    v.content = std::move(json);
  }

  // `known` is a version row the caller holds (spares reading it again).
  std::string EntryDigest(const EntryRow& e, const VersionRow* known = nullptr) {
    std::string s = std::to_string(e.id) + "|" + e.code + "|" + e.provider_code + "|" +
                    ToString(e.status) + "|" + std::to_string(e.row_version) + "|" +
                    e.withdrawal_reason;
    for (const auto& v : {e.live_version, e.working_version}) {
      if (!v) continue;
      const VersionRow* row = known && known->number == *v ? known : nullptr;
      std::optional<VersionRow> loaded;
      if (!row && (loaded = S().FindVersion(e.id, *v))) row = &*loaded;
      if (row) {
        s += "|" + ToString(row->status) + ":" +
             (row->content_digest.empty() ? DigestOf(row->content) : row->content_digest);
      }
    }
    return DigestOf(s);
  }

  // ---- entries ----------------------------------------------------------------------

  EntryRow LoadEntry(std::int64_t id) {
    auto e = S().FindEntry(id);
    if (!e) throw NotFoundError("catalog entry " + std::to_string(id) + " does not exist");
    return *e;
  }

  static void CheckRowVersion(const EntryRow& e, std::int64_t expected) {
    govshare::CheckRowVersion("catalog entry", e.id, e.row_version, expected);
  }

  void Store(EntryRow& e, std::int64_t expected) {
    e.row_version = expected + 1;
    if (!S().UpdateEntry(e, expected)) {
      throw ConflictError("catalog entry " + std::to_string(e.id) + " was changed concurrently");
    }
  }

  // Writes a case row (sharing cases, rectifications) with row_version + 1;
  // a concurrent change is the conflict error.
  void StoreCase(storage::CaseTable t, storage::CaseRow& row, const char* kind) {
    const std::int64_t expected = row.row_version;
    row.row_version = expected + 1;
    if (!S().UpdateCase(t, row, expected)) {
      throw ConflictError(std::string(kind) + " " + std::to_string(row.id) + " was changed concurrently");
    }
  }

  VersionRow LoadVersion(const EntryRow& e, int number) {
    auto v = S().FindVersion(e.id, number);
    if (!v) throw StorageError("entry " + std::to_string(e.id) + " lacks version " + std::to_string(number));
    return *v;
  }

  // The record of an entry; `working_content` spares re-reading a version
  // the caller has just written.
  EntryRecord Record(const EntryRow& e, bool include_working) {
    return Record(e, include_working, std::nullopt, nullptr);
  }
  EntryRecord Record(const EntryRow& e, bool include_working,
                     std::optional<CatalogEntry> working_content, const VersionRow* working_row) {
    EntryRecord r;
    r.id = e.id;
    r.code = e.code;
    r.provider_code = e.provider_code;
    r.status = e.status;
    r.row_version = e.row_version;
    r.live_version = e.live_version;
    r.withdrawal_reason = e.withdrawal_reason;
    if (e.live_version) r.live = EntryFromJson(LoadVersion(e, *e.live_version).content);
    if (e.working_version && include_working) {
      if (working_row && working_content && working_row->number == *e.working_version) {
        r.working = std::move(working_content);
        r.working_status = working_row->status;
      } else {
        const VersionRow v = LoadVersion(e, *e.working_version);
        r.working = EntryFromJson(v.content);
        r.working_status = v.status;
      }
      r.working_version = e.working_version;
    }
    return r;
  }

  // The content a department may store: the provider is its own department
  // and the code is the bureau's.
  // Returns the content and its JSON (serialized once: it also checks the
  // text is UTF-8 and every value storable).
  std::pair<CatalogEntry, std::string> Normalize(const CatalogEntry& entry, const User& user,
                                                 const Department& provider, const std::string& code) {
    CatalogEntry e = CatalogedBy(entry, user.id, provider.code, provider.name, code);  // A7
    std::string json = EntryToJson(e, -1);
    return {std::move(e), std::move(json)};
  }

  void Notify(NoticeKind kind, const std::string& department, std::int64_t entry_id,
              const std::string& message, const std::string& object = "") {
    NoticeRow n;
    n.kind = kind;
    n.department_code = department;
    n.entry_id = entry_id;
    n.object = object;
    n.message = message;
    n.created_at = NowSeconds();
    S().InsertNotice(n);
  }

  std::vector<std::string> BureauDepartments() {
    std::vector<std::string> out;
    for (const auto& d : S().ListDepartments())
      if (d.level == DepartmentLevel::kBureau) out.push_back(d.code);
    return out;
  }

  // ---- obligations --------------------------------------------------------------------

  /// A census return as stored (ObligationRow::census_return).
  static std::string CensusReturnJson(const std::vector<CensusLine>& lines) {
    nlohmann::ordered_json a = nlohmann::ordered_json::array();
    for (const auto& l : lines) {
      a.push_back({{"entry_id", l.entry_id}, {"outcome", ToString(l.outcome)}, {"version", l.version}});
    }
    return a.dump();
  }
  static std::vector<CensusLine> CensusReturnFromJson(const std::string& text) {
    std::vector<CensusLine> out;
    if (text.empty()) return out;
    for (const auto& l : nlohmann::json::parse(text)) {
      CensusLine line;
      line.entry_id = l.at("entry_id").get<std::int64_t>();
      line.outcome = l.at("outcome").get<std::string>() == ToString(CensusOutcome::kRevised) ? CensusOutcome::kRevised
                                                                                             : CensusOutcome::kUnchanged;
      line.version = l.at("version").get<int>();
      out.push_back(line);
    }
    return out;
  }

  Obligation ToObligation(const ObligationRow& o) const {
    Obligation out;
    out.id = o.id;
    out.kind = o.kind;
    out.department_code = o.department_code;
    out.description = o.description;
    out.announced_on = Date::FromIso(o.announced_on);
    out.due.due = LocalDateTime::FromIso(o.due);
    out.due.calendar_version = o.calendar_version;
    out.due.provisional = o.provisional;
    out.fulfilled_by_entry = o.fulfilled_by_entry;
    out.fulfilled_by_version = o.fulfilled_by_version;
    out.census_return = CensusReturnFromJson(o.census_return);
    if (!o.extension.empty()) out.extension = nlohmann::json::parse(o.extension).get<ReplyExtension>();
    const LocalDateTime now = Now();
    if (o.fulfilled_at) {
      out.state = ObligationState::kFulfilled;
      out.fulfilled_at = LocalDateTime::FromUnixSeconds(*o.fulfilled_at);
      out.on_time = !(out.due.due < *out.fulfilled_at);
    } else if (now.date < out.due.due.date) {
      out.state = ObligationState::kOpen;
    } else if (now.date == out.due.due.date && !(out.due.due < now)) {
      out.state = ObligationState::kDue;
    } else {
      out.state = ObligationState::kOverdue;
    }
    return out;
  }

};

// Where an in-memory index (decisions, search) stands against the store. The
// audit trail names the object of every accepted change, so an index catches
// up by reloading the objects named since the last record it applied: this
// handle's writes before they return (PlatformCore::IndexesTakeWrite), and —
// every decision_refresh_ms — another process's, read from the trail. Used
// under the index's catch-up mutex (SharedIndex).
struct IndexCursor {
  bool built = false;
  std::int64_t audit_position = 0;
  std::int64_t generation = -1;  // this handle's writes applied up to

  // A full build: `generation` read before the build's read transaction
  // began (its snapshot holds every write up to it); at the end of the trail.
  void Built(PlatformCore& p, std::int64_t at_generation) {
    audit_position = p.S().AuditEnd();
    generation = at_generation;
    built = true;
  }

  // The changes since the last audit record applied (platform/change.h),
  // inside a read transaction that has not read yet: this handle's own from
  // its committed changes when they follow on without a gap; otherwise
  // (another process wrote, or the window moved on), and when `look_at_trail`,
  // read from the trail.
  std::vector<Change> Changes(PlatformCore& p, bool look_at_trail) {
    std::vector<PlatformCore::PositionedChange> local;
    std::int64_t at_generation = 0;
    {
      std::lock_guard<std::mutex> lock(p.changes_mu);
      at_generation = p.write_generation.load(std::memory_order_relaxed);
      const auto& window = p.committed_changes;
      auto first = std::lower_bound(window.begin(), window.end(), audit_position + 1,
                                    [](const PlatformCore::PositionedChange& c, std::int64_t pos) { return c.position < pos; });
      local.assign(first, window.end());
    }
    std::vector<Change> changes;
    bool contiguous = !local.empty() && local.front().position == audit_position + 1;
    for (size_t i = 1; contiguous && i < local.size(); ++i) contiguous = local[i].position == local[i - 1].position + 1;
    if (contiguous) {
      for (auto& c : local) {
        if (c.change.kind != ChangeKind::kOther) changes.push_back(std::move(c.change));
        audit_position = c.position;
      }
    }
    if (!contiguous && (look_at_trail || !local.empty() || at_generation != generation)) look_at_trail = true;
    if (look_at_trail) {
      p.S().ScanAudit(audit_position + 1, [&](const storage::AuditRow& r) {
        Change c = ChangeOf(r.object);
        if (c.kind != ChangeKind::kOther) changes.push_back(std::move(c));
        audit_position = std::max(audit_position, r.position);
        return true;
      });
    }
    generation = at_generation;
    return changes;
  }
};

// An in-memory index shared by every thread of a handle (the decision
// index, the search index): lookups take `lock`'s shared side and never
// contend with each other (base/read_mostly_lock.h); one thread at a time
// builds or catches up (`catch_up_mu`), reading the store first and taking the
// exclusive side only to apply what it read.
struct SharedIndex {
  internal::ReadMostlyLock lock;
  std::mutex catch_up_mu;
  IndexCursor cursor;  // under catch_up_mu
  std::atomic<bool> built{false};
  std::atomic<std::int64_t> seen_generation{-1};
  std::atomic<std::int64_t> seen_remote{0};  // the remote_generation caught up with
  std::atomic<std::int64_t> checked_ms{0};

  static std::int64_t MonotonicMs() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC_COARSE, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
  }

  enum class Need { kNothing, kCatchUp, kRemote, kRefresh };
  // Before a lookup, without `lock`: whether the index must catch up first
  // (not built, or behind a write of this handle that returned), or may
  // look for other processes' changes (the refresh interval passed).
  Need Check(const PlatformCore& p) const {
    if (!built.load(std::memory_order_acquire) ||
        seen_generation.load(std::memory_order_acquire) < p.settled_generation.load(std::memory_order_acquire)) {
      return Need::kCatchUp;
    }
    if (seen_remote.load(std::memory_order_acquire) < p.remote_generation.load(std::memory_order_acquire)) {
      return Need::kRemote;
    }
    if (p.options.decision_refresh_ms >= 0 &&
        MonotonicMs() - checked_ms.load(std::memory_order_relaxed) >= p.options.decision_refresh_ms) {
      return Need::kRefresh;
    }
    return Need::kNothing;
  }

  // Before a lookup (not holding `lock`): brings the index up to date when it
  // must (blocking) or may (one thread looks, the others go on), by
  // `catch_up(look_at_trail)` under the catch-up mutex.
  template <typename CatchUp>
  void EnsureCurrent(const PlatformCore& p, CatchUp catch_up) {
    switch (Check(p)) {
      case Need::kNothing:
        return;
      case Need::kCatchUp: {
        std::lock_guard<std::mutex> hold(catch_up_mu);
        if (Check(p) == Need::kCatchUp) catch_up(false);
        return;
      }
      case Need::kRemote: {
        // Another node committed a change (a revocation, a suspension): every
        // lookup waits until the trail is read — a security property, not a
        // cache detail (docs/deployment.md).
        std::lock_guard<std::mutex> hold(catch_up_mu);
        const std::int64_t remote = p.remote_generation.load(std::memory_order_acquire);
        if (seen_remote.load(std::memory_order_acquire) < remote) {
          catch_up(true);
          seen_remote.store(remote, std::memory_order_release);
        }
        return;
      }
      case Need::kRefresh: {
        // The index stays within the refresh interval of other processes'
        // writes while one thread looks.
        std::unique_lock<std::mutex> hold(catch_up_mu, std::try_to_lock);
        if (hold.owns_lock()) catch_up(true);
        return;
      }
    }
  }
  // After this handle's write: a built index takes it before the write returns.
  template <typename CatchUp>
  void TakeWrite(CatchUp catch_up) {
    if (!built.load(std::memory_order_acquire)) return;
    std::lock_guard<std::mutex> hold(catch_up_mu);
    catch_up(false);
  }
};

// The audit chain checked record by record, with the recorded head (A28),
// in a read transaction of its own; no permission asked (platform/audit.cpp).
AuditVerification VerifyAuditChain(PlatformCore& core, const AuditVerifyOptions& options = {});
// The signing key PlatformOptions name (a file or an environment variable),
// the cadence checked; none when it names none. platform/checkpoints.cpp.
std::shared_ptr<const audit::Signer> LoadSigner(const PlatformOptions& options);
// The pseudonym key PlatformOptions name (a file or an environment variable);
// "" when they name none. platform/pseudonym_keys.cpp.
std::string LoadPseudonymKey(const PlatformOptions& options);
// The checkpoints of an external checkpoint file, one JSON line each (the
// I/O error when it cannot be read; the invalid-argument error naming the
// line of a malformed one). platform/checkpoints.cpp.
std::vector<AuditCheckpoint> ReadCheckpointFile(const std::string& path);

// The platform calendar's state and its warning line (calendar/operations.cpp).
CalendarState BuildCalendarState(PlatformCore& impl);
std::string CalendarWarning(PlatformCore& impl);

// Recomputes the provisional deadlines of open rectifications on `calendar`
// (supervision.cpp), storing each changed row; returns the changes.
std::vector<DeadlineChange> RecomputeRectificationDeadlines(PlatformCore& impl, const WorkdayCalendar& calendar);

// The handle's access state and search index, created at Open
// (access/operations.cpp, search/search.cpp).
std::shared_ptr<AccessState> NewAccessState(PlatformCore& impl);
std::shared_ptr<SearchState> NewSearchState();
// Writes the buffered usage log and stops its writer (access/operations.cpp).
void CloseAccess(PlatformCore& impl);
// Writes every buffered usage line (AccessService::FlushUsageLog; the
// inspection counts the period's lines after it).
void FlushUsage(PlatformCore& impl);
// The decision and search indexes take this handle's committed writes, when
// built (access/index.cpp, search/search.cpp).
void DecisionIndexTakeWrite(PlatformCore& impl);
void SearchIndexTakeWrite(PlatformCore& impl);

// The search document of a published entry, written in the caller's
// transaction (search.cpp); removed when the entry is withdrawn.
void IndexForSearch(PlatformCore& impl, std::int64_t entry_id, const std::string& code,
                    const std::string& provider_code, const CatalogEntry& content);
void RemoveFromSearch(PlatformCore& impl, std::int64_t entry_id);
// Writes the documents of every published entry once (a file from before
// schema 4).
void EnsureSearchDocuments(PlatformCore& impl);

}  // namespace govshare

#endif  // GOVSHARE_SRC_PLATFORM_IMPL_H_
