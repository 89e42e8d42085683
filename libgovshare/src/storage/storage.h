// Internal: the storage layer. The domain operations (libgovshare/src/<domain>/) talk only to
// this interface; all SQL lives in its implementations (storage/sqlite/),
// so a server database backend (PostgreSQL) can be added without touching the
// domain. Times are Unix seconds.
#ifndef GOVSHARE_STORAGE_STORAGE_H_
#define GOVSHARE_STORAGE_STORAGE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "govshare/access.h"
#include "govshare/catalog.h"
#include "govshare/platform.h"
#include "govshare/search.h"
#include "govshare/sharing.h"
#include "govshare/supervision.h"

namespace govshare::storage {

/// A catalog entry's row (content lives in its versions).
struct EntryRow {
  std::int64_t id = 0;
  std::string code;
  std::string provider_code;
  EntryStatus status = EntryStatus::kUnpublished;
  std::int64_t row_version = 0;
  std::optional<int> live_version;
  std::optional<int> working_version;
  std::string withdrawal_reason;
  /// Federation provenance: the county platform and when it was imported.
  std::string source_platform;
  std::optional<std::int64_t> imported_at;
};

/// One version's row; `content` is the entry's JSON (json.h format).
struct VersionRow {
  std::int64_t entry_id = 0;
  int number = 0;
  VersionStatus status = VersionStatus::kDraft;
  std::string content;
  /// Digest of `content` (the platform's audit hash), kept so that audit
  /// digests of an entry's state need not hash the content again.
  std::string content_digest;
  std::string created_by;
  std::int64_t created_at = 0;
  std::optional<std::int64_t> submitted_at;
  std::optional<std::int64_t> reviewed_at;
  std::string reviewed_by;
  std::string rejection;  // JSON array of {path, reason}
  std::optional<std::int64_t> published_at;
};

struct NoticeRow {
  std::int64_t id = 0;
  NoticeKind kind = NoticeKind::kReviewResult;
  std::string department_code;
  std::int64_t entry_id = 0;
  std::string object;
  std::string message;
  std::int64_t created_at = 0;
  std::optional<std::int64_t> acknowledged_at;
  std::string acknowledged_by;
};

struct ObligationRow {
  std::int64_t id = 0;
  ObligationKind kind = ObligationKind::kLawRevision;
  std::string department_code;
  std::string description;
  std::string announced_on;  // YYYY-MM-DD
  std::string due;           // LocalDateTime ISO
  std::string calendar_version;
  bool provisional = false;
  std::optional<int> census_year;
  std::optional<std::int64_t> created_at;
  std::optional<std::int64_t> fulfilled_at;
  std::int64_t fulfilled_by_entry = 0;
  int fulfilled_by_version = 0;
  std::string census_return;  // JSON [{"entry_id", "outcome", "version"}]; '' unless returned
  std::string extension;      // JSON ReplyExtension (N17); '' when none was asked for
};

/// The tables of sharing cases; each row has the same key columns and a
/// JSON body with the rest of the case.
enum class CaseTable {
  kApplications = 0,
  kAuthorizations = 1,
  kDemands = 2,
  kObjections = 3,
  kDisputes = 4,
  kRectifications = 5,
  kServiceChanges = 6,  ///< N27: a provider ending or changing a service
  kUseRecords = 7,      ///< N29: the requester's use records
};

struct CaseRow {
  std::int64_t id = 0;
  std::int64_t row_version = 0;
  std::string status;
  /// The consumer (applicant, holder, requester, objector) and the provider
  /// (provider, asked department) of the case.
  std::string consumer_code;
  std::string provider_code;
  std::optional<std::int64_t> entry_id;
  std::int64_t created_at = 0;
  std::string body;
};

struct StepRow {
  std::int64_t id = 0;
  StepKind kind = StepKind::kFormCheck;
  std::string object;
  std::string department_code;
  std::int64_t started_at = 0;
  std::string due;  // LocalDateTime ISO
  std::string calendar_version;
  bool provisional = false;
  std::optional<std::int64_t> completed_at;
  std::string completed_by;
  std::string outcome;
  std::optional<bool> on_time;
  // What the deadline is counted from (unix seconds) and by which rule, so
  // that a provisional deadline can be recomputed when its year is loaded.
  std::int64_t counted_from = 0;
  DeadlineRule rule;
  std::string article;  // the article whose period applies ("A21", "N21")
};

// One year's holiday schedule as the bureau loaded it (canonical text).
struct CalendarYearRow {
  int year = 0;
  std::string content;
  std::string digest;
  std::int64_t loaded_at = 0;
  std::string loaded_by;
  std::string reason;
};

/// One line of the usage log (items as a JSON array, method by name).
struct UsageRow {
  std::int64_t id = 0;
  std::int64_t time = 0;
  std::string user_id, consumer_code;
  std::int64_t entry_id = 0;
  std::int64_t authorization_id = 0;
  std::string kind, items, method, purpose;
  bool allowed = false;
  std::string outcome;
};

/// The usage lines of one consumer, kind and answer in a period, counted
/// (the inspection's A28 figures); `matched` counts outcome "match".
struct UsageCountRow {
  std::string consumer_code, kind;
  bool allowed = false;
  std::int64_t lines = 0;
  std::int64_t matched = 0;
};

/// The searchable form of a published entry (A20): `text` is the name, the
/// summary and the item names separated by newlines; topics and methods are
/// JSON arrays, enumerations by name.
struct SearchDocumentRow {
  std::int64_t entry_id = 0;
  std::string code, provider_code, name, text, topics, industry, share_class, format, update_cycle, methods;
};

struct AuditRow {
  std::int64_t position = 0;
  std::int64_t time = 0;
  std::string user_id, department_code, action, object, before_digest, after_digest, reason;
  std::string previous_hash, hash;
};

// A signed audit checkpoint (audit/chain.h); algorithm by name.
struct CheckpointRow {
  std::int64_t sequence = 0;
  std::int64_t position = 0;
  std::string head_hash;
  std::int64_t time = 0;
  std::string algorithm, key_id, signature;
};

// A county platform's public key, registered by the city (federation bundles).
struct FederationKeyRow {
  std::string county_code, key_id, algorithm, public_key;
  std::int64_t registered_at = 0;
  std::string registered_by;
};

struct SecurityEventRow {
  std::int64_t id = 0;
  std::int64_t time = 0;
  std::string user_id, department_code, action, object, detail;
};

/// The storage interface: one connection. Used by one thread at a time — the
/// thread holding its lease from the Database (below).
class Storage {
 public:
  virtual ~Storage() = default;

  /// Schema version of the store; migrates an older one; refuses a newer one.
  virtual int SchemaVersion() = 0;
  virtual void Close() = 0;

  // Transactions: Begin takes the write lock at once (waiting up to the busy
  // timeout), so a transaction never fails half-way for a lock.
  virtual void Begin() = 0;
  /// A read transaction: a consistent snapshot, no write lock.
  virtual void BeginRead() = 0;
  virtual void Commit() = 0;
  virtual void Rollback() = 0;

  virtual std::optional<std::string> GetMeta(const std::string& key) = 0;
  virtual void SetMeta(const std::string& key, const std::string& value) = 0;

  virtual void InsertDepartment(const Department& d) = 0;
  virtual void SetAuditBody(const std::string& code, bool audit_body) = 0;
  virtual std::optional<Department> FindDepartment(const std::string& code) = 0;
  virtual void InsertFederationKey(const FederationKeyRow& k) = 0;
  /// Whether a row was deleted.
  virtual bool DeleteFederationKey(const std::string& county_code, const std::string& key_id) = 0;
  /// The keys of `county_code` ("" : every county's), by county and key id.
  virtual std::vector<FederationKeyRow> ListFederationKeys(const std::string& county_code) = 0;
  virtual std::vector<Department> ListDepartments() = 0;

  virtual void InsertUser(const User& u) = 0;
  virtual std::optional<User> FindUser(const std::string& id) = 0;
  /// The user and their department in one read (every operation needs both).
  virtual std::optional<std::pair<User, Department>> FindUserWithDepartment(const std::string& id) = 0;
  virtual std::vector<User> ListUsers(const std::string& department_code) = 0;

  virtual std::int64_t InsertEntry(const EntryRow& e) = 0;
  virtual std::optional<EntryRow> FindEntry(std::int64_t id) = 0;
  virtual std::optional<EntryRow> FindEntryBySource(const std::string& source_platform,
                                                    const std::string& code) = 0;
  /// Writes `e` (with row_version already incremented) if the stored row
  /// still has `expected_row_version`; false when it does not (stale).
  virtual bool UpdateEntry(const EntryRow& e, std::int64_t expected_row_version) = 0;
  virtual std::vector<EntryRow> ListEntries(const std::string& provider_code) = 0;
  virtual std::vector<std::string> AllCodes() = 0;
  /// The greatest code starting with `prefix` (a classification's
  /// `101001/`), if any: what the next code of the classification needs.
  virtual std::vector<std::string> CodesWithPrefix(const std::string& prefix) = 0;

  virtual void InsertVersion(const VersionRow& v) = 0;
  virtual void UpdateVersion(const VersionRow& v) = 0;
  virtual std::optional<VersionRow> FindVersion(std::int64_t entry_id, int number) = 0;
  virtual std::vector<VersionRow> ListVersions(std::int64_t entry_id) = 0;

  virtual void InsertSubscription(std::int64_t entry_id, const std::string& department_code,
                                  std::int64_t at) = 0;
  virtual std::vector<std::string> Subscribers(std::int64_t entry_id) = 0;

  virtual std::int64_t InsertNotice(const NoticeRow& n) = 0;
  virtual std::optional<NoticeRow> FindNotice(std::int64_t id) = 0;
  virtual void UpdateNotice(const NoticeRow& n) = 0;
  virtual std::vector<NoticeRow> ListNotices(const std::string& department_code,
                                             bool unacknowledged_only) = 0;

  virtual std::int64_t InsertObligation(const ObligationRow& o) = 0;
  virtual void UpdateObligation(const ObligationRow& o) = 0;
  virtual std::vector<ObligationRow> ListObligations(const std::string& department_code) = 0;

  virtual std::int64_t InsertCase(CaseTable t, const CaseRow& c) = 0;
  virtual std::optional<CaseRow> FindCase(CaseTable t, std::int64_t id) = 0;
  /// Writes `c` (row_version already incremented; consumer, provider and
  /// creation time never change) if the stored row still has
  /// `expected_row_version`; false when stale.
  virtual bool UpdateCase(CaseTable t, const CaseRow& c, std::int64_t expected_row_version) = 0;
  /// Cases where `department_code` is the consumer or the provider (empty:
  /// all), or those of one entry; oldest first.
  virtual std::vector<CaseRow> ListCases(CaseTable t, const std::string& department_code,
                                         std::optional<std::int64_t> entry_id) = 0;

  virtual std::int64_t InsertStep(const StepRow& s) = 0;
  virtual void UpdateStep(const StepRow& s) = 0;
  virtual std::vector<StepRow> StepsOf(const std::string& object) = 0;
  /// Steps where `department_code` must act (empty: all), oldest first.
  virtual std::vector<StepRow> ListSteps(const std::string& department_code, bool pending_only) = 0;

  /// Appends usage lines; an allowed line moves its authorization's last use.
  virtual void UpsertCalendarYear(const CalendarYearRow& row) = 0;
  virtual std::vector<CalendarYearRow> ListCalendarYears() = 0;

  virtual void AppendUsage(const std::vector<UsageRow>& rows) = 0;
  /// Sets an authorization's last use to `time` unless it is later already.
  virtual void TouchAuthorization(std::int64_t authorization_id, std::int64_t time) = 0;
  virtual std::optional<std::int64_t> LastUsed(std::int64_t authorization_id) = 0;
  /// Newest first; empty consumer / zero entry: any.
  virtual std::vector<UsageRow> ListUsage(const std::string& consumer_code, std::int64_t entry_id,
                                          std::int64_t from, std::int64_t to, int limit) = 0;
  /// The lines with from <= time <= to, counted by consumer, kind and answer.
  virtual std::vector<UsageCountRow> CountUsage(std::int64_t from, std::int64_t to) = 0;
  virtual std::optional<std::string> GetMaskingRules(std::int64_t entry_id) = 0;
  virtual void SetMaskingRules(std::int64_t entry_id, const std::string& rules) = 0;

  virtual void UpsertSearchDocument(const SearchDocumentRow& d) = 0;
  virtual void DeleteSearchDocument(std::int64_t entry_id) = 0;
  virtual std::optional<SearchDocumentRow> FindSearchDocument(std::int64_t entry_id) = 0;
  virtual void ScanSearchDocuments(const std::function<void(const SearchDocumentRow&)>& fn) = 0;

  virtual void InsertRefresh(std::int64_t entry_id, std::int64_t time, const std::string& user) = 0;
  /// (entry_id, the last refresh at or before `until`).
  virtual std::vector<std::pair<std::int64_t, std::int64_t>> LastRefreshes(std::int64_t until) = 0;
  /// Inserts (id 0) or replaces a project; returns its id.
  virtual std::int64_t SaveProject(std::int64_t id, const std::string& department_code, const std::string& body) = 0;
  virtual std::vector<std::pair<std::int64_t, std::string>> ListProjects(const std::string& department_code) = 0;

  virtual void AppendAudit(const AuditRow& a) = 0;
  /// The last position of the trail (0 when empty).
  virtual std::int64_t AuditEnd() = 0;
  virtual void AppendCheckpoint(const CheckpointRow& c) = 0;
  /// The checkpoint of the highest sequence, if any.
  virtual std::optional<CheckpointRow> LastCheckpoint() = 0;
  /// In sequence order, from `from_sequence`, until `fn` returns false.
  virtual void ScanCheckpoints(std::int64_t from_sequence, const std::function<bool(const CheckpointRow&)>& fn) = 0;
  /// Calls `fn` for every audit row in position order; stops when it returns false.
  virtual void ScanAudit(std::int64_t from_position,
                         const std::function<bool(const AuditRow&)>& fn) = 0;

  virtual void InsertSecurityEvent(const SecurityEventRow& e) = 0;
  virtual std::vector<SecurityEventRow> ListSecurityEvents() = 0;

  // ---- the whole platform, table by table (Platform::CopyTo) ----
  /// Every table of the platform, parents before the tables that refer to
  /// them (a copy inserts in this order).
  static const std::vector<std::string>& Tables();
  /// The columns of `table`, in the store's order.
  virtual std::vector<std::string> TableColumns(const std::string& table) = 0;
  /// Every row of `table` (`columns` of it, as text; null as nullopt), ordered
  /// by its first column.
  virtual void ScanTable(const std::string& table, const std::vector<std::string>& columns,
                         const std::function<void(std::vector<std::optional<std::string>>&&)>& fn) = 0;
  /// Inserts `rows` (`columns` of `table`, as text) as they are, ids included.
  virtual void InsertRows(const std::string& table, const std::vector<std::string>& columns,
                          const std::vector<std::vector<std::optional<std::string>>>& rows) = 0;
  /// After rows with their own ids were inserted: the next id of each table
  /// follows them (PostgreSQL's sequences; SQLite needs nothing).
  virtual void AfterCopy() = 0;

  /// In a write transaction that changed the platform: tells the other
  /// handles on the database, when it commits (PostgreSQL: NOTIFY). A backend
  /// without a change feed does nothing; the others poll (Database::Listen).
  virtual void AnnounceChange() {}
};

/// A platform database as every thread of one handle shares it: it lends
/// connections — the one write path of the process and a pool of read
/// connections that run in parallel — one transaction at a time. Thread-safe.
/// A backend brings its own pool behind this interface (SQLite: a writer and
/// WAL readers; a server database: its connection pool).
class Database {
 public:
  /// A connection lent for one transaction; given back when the lease ends.
  class Lease {
   public:
    Lease(Database* owner, Storage* storage, bool exclusive) : owner_(owner), storage_(storage), exclusive_(exclusive) {}
    Lease(Lease&& other) noexcept
        : owner_(std::exchange(other.owner_, nullptr)), storage_(other.storage_), exclusive_(other.exclusive_) {}
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Lease& operator=(Lease&&) = delete;
    ~Lease() {
      if (owner_) owner_->Release(storage_, exclusive_);
    }
    Storage& operator*() const { return *storage_; }
    Storage* operator->() const { return storage_; }

   private:
    Database* owner_;
    Storage* storage_;
    bool exclusive_;  // holds the write path
  };

  virtual ~Database() = default;
  /// The write path: one write transaction at a time in this process (a
  /// caller waits for the one in progress; other processes wait on the
  /// database's own lock, up to the busy timeout). The storage error once closed.
  virtual Lease Write() = 0;
  /// A read connection, for a read transaction (a consistent snapshot while
  /// others write). Waits while every pooled connection is in use.
  virtual Lease Read() = 0;
  /// Waits for the leases in use to end, then closes every connection;
  /// later leases are the storage error. Idempotent.
  virtual void Close() = 0;
  virtual bool is_open() const = 0;
  /// Calls `on_change` (on a thread of the database's) whenever another
  /// handle — another process, another node — commits a change
  /// (Storage::AnnounceChange), and after any gap in which one may have been
  /// missed (a lost connection). A backend without a change feed (SQLite)
  /// never calls it: the indexes poll every decision_refresh_ms. Once, after
  /// open; stops at Close.
  virtual void Listen(std::function<void()> on_change) { (void)on_change; }

 protected:
  virtual void Release(Storage* storage, bool exclusive) = 0;
};

/// The schema version this library writes.
int LatestSchemaVersion();

/// Opens the SQLite database (a file: one writer, WAL readers up to
/// PlatformOptions::read_connections; ":memory:": one connection, every
/// transaction in turn), creating or migrating the schema. Throws the
/// storage error.
std::unique_ptr<Database> OpenSqliteDatabase(const PlatformOptions& options);

/// Opens the PostgreSQL database of the URI `options.path` (a writer and
/// readers up to PlatformOptions::read_connections), creating or migrating
/// the schema. Throws the storage error (storage/postgres/).
std::unique_ptr<Database> OpenPostgresDatabase(const PlatformOptions& options);

/// The backend `options.path` names: a postgresql:// or postgres:// URI is
/// PostgreSQL; anything else is a SQLite file (or ":memory:").
std::unique_ptr<Database> OpenDatabase(const PlatformOptions& options);

}  // namespace govshare::storage

#endif  // GOVSHARE_STORAGE_STORAGE_H_
