// libgovshare — the platform store (市政务数据共享交换平台).
//
// A Platform is the durable state of a city's sharing platform held in an
// embedded SQLite file (or in memory): departments, users and roles, catalog
// entries through review → publish → withdraw (A10–A12, A16), obligations
// (A11), applications and authorizations with their statutory deadlines,
// demand requests, objections and disputes (A17–A27, A29), a notice outbox,
// a hash-chained audit trail (A28) and county federation (A6).
//
// Every operation takes the acting user (`actor`, a user id). What the
// user's role or department may not do is refused with the permission error;
// the refusal changes nothing and is recorded as a security event. Every
// operation runs in one transaction: it happens completely or not at all.
// Changes to an entry carry the entry's `row_version` as read: a change based
// on an older version is refused with the conflict error (never silently
// lost), so several processes can share one file.
//
// Thread-safety: one Platform per thread; open several handles (in one or
// several processes) on the same file for concurrency.
#ifndef GOVSHARE_PLATFORM_H_
#define GOVSHARE_PLATFORM_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "govshare/access.h"
#include "govshare/calendar.h"
#include "govshare/catalog.h"
#include "govshare/export.h"
#include "govshare/platform_types.h"
#include "govshare/search.h"
#include "govshare/sharing.h"
#include "govshare/supervision.h"

namespace govshare {

/// How durable each commit is (SQLite `PRAGMA synchronous` in WAL mode).
enum class Durability {
  /// FULL: a commit survives power loss. Default.
  kFull = 1,
  /// NORMAL: the last commits may be lost on power loss (never corruption);
  /// faster.
  kNormal = 2,
};

/// How to open a platform.
struct GOVSHARE_EXPORT PlatformOptions {
  /// SQLite file path; ":memory:" for a private in-memory platform. Required.
  std::string path;
  /// Create the file (and schema) when missing. Default true.
  bool create_if_missing = true;
  /// How long to wait for another process's write lock, in ms. Default 5000.
  int busy_timeout_ms = 5000;
  Durability durability = Durability::kFull;
  /// Hash of the audit chain, fixed when the platform is created. Default SHA-256.
  HashAlgorithm audit_hash = HashAlgorithm::kSha256;
  /// When set, the platform runs on a simulated clock starting here
  /// (Asia/Shanghai) that moves only by SetTime/AdvanceTime — for tests and
  /// the demo. Absent: the system clock.
  std::optional<LocalDateTime> simulated_time;
  /// Record every access decision and comparison in the usage log (A28).
  /// Default true.
  bool usage_log = true;
  /// Usage lines are written in batches of this many (one transaction each);
  /// FlushUsageLog() and Close() write the rest. Default 1000.
  int usage_log_batch = 1000;
  /// How often (ms) the decision index looks for changes made by other
  /// processes on the same file. Changes through this handle are seen at
  /// once. Default 1000.
  int decision_refresh_ms = 1000;
  /// Comparisons allowed per authorization per minute (A28 anti-enumeration).
  /// Default 60.
  int comparisons_per_minute = 60;
};

/// The platform handle. Create with Open(); close with Close() (idempotent)
/// or by dropping the last reference.
class GOVSHARE_EXPORT Platform {
 public:
  /// Opens (and creates or migrates) the platform. Throws the storage error
  /// when the file cannot be opened or its schema is newer than this library.
  static std::shared_ptr<Platform> Open(const PlatformOptions& options);

  ~Platform();
  Platform(const Platform&) = delete;
  Platform& operator=(const Platform&) = delete;

  /// Closes the database. Later calls that need the database throw the
  /// storage error (the clock and calendar keep working). Idempotent.
  void Close();
  bool is_open() const;

  /// The schema version of the open file.
  int schema_version() const;
  /// The schema version this library writes.
  static int CurrentSchemaVersion();

  // ---- clock ---------------------------------------------------------------------------
  /// The platform's current time (Asia/Shanghai).
  LocalDateTime Now() const;
  /// Sets the simulated clock. Throws the invalid-argument error on a system
  /// clock or when moving backwards.
  void SetTime(const LocalDateTime& time);
  /// Advances the simulated clock by `seconds` (>= 0).
  void AdvanceTime(std::int64_t seconds);
  /// The working-day calendar deadlines are computed with: the base
  /// (Builtin() by default, or SetCalendar) plus every year the bureau loaded
  /// into the platform (LoadCalendarYear, seen by every handle and process).
  std::shared_ptr<WorkdayCalendar> calendar() const;
  /// Replaces the base calendar of this handle (the loaded years stay on top).
  void SetCalendar(const std::shared_ptr<WorkdayCalendar>& calendar);

  // ---- the calendar across the year boundary (docs/calendar.md) ------------------------
  // A deadline that reaches into a year whose State Council notice is not
  // loaded is never refused: it is predicted (statutory holidays rest, no
  // 调休) and flagged provisional, with the calendar version that computed it.
  /// Loads one year's holiday schedule (bureau administrator): the text in
  /// the year-file format (docs/calendar.md), checked by ParseYearSchedule —
  /// a bad file is the parse error naming the line and rule, and changes
  /// nothing. Stored in the platform (every handle and process sees it) and
  /// audited. The same schedule again changes nothing; other content for a
  /// year already loaded (or shipped) is a correction and needs `reason`.
  /// Every open step, obligation and rectification whose deadline was
  /// provisional is recomputed: old and new deadline in the audit trail, a
  /// notice to the department that must act when its deadline moved.
  /// Completed steps keep the deadline they were judged by.
  CalendarLoadReport LoadCalendarYear(const std::string& actor, const std::string& text,
                                      const std::string& reason);
  /// Years loaded (shipped or by the bureau), digests, open provisional
  /// deadlines, the first date that needs an unloaded year, and the warning
  /// shown from November 1 while next year is missing (any platform user).
  CalendarState CalendarStatus(const std::string& actor) const;

  // ---- setup, departments, users (A4–A6, A14) -----------------------------------------
  /// Creates the Big Data Bureau and its first administrator on an empty
  /// platform (no actor: there is nobody yet). Throws the invalid-transition
  /// error when the platform is already initialized.
  void Initialize(const Department& bureau, const User& administrator);
  bool initialized() const;

  /// Registers a department (bureau administrator). The code must be a valid
  /// credit code, unique; a county department names its county platform.
  void AddDepartment(const std::string& actor, const Department& department);
  /// The department directory is public to every platform user (A20 browses
  /// by department), so these lookups take no actor.
  std::optional<Department> FindDepartment(const std::string& code) const;
  std::vector<Department> Departments() const;

  /// Registers a user (bureau administrator: any department; department
  /// administrator: own department, department roles only).
  void AddUser(const std::string& actor, const User& user);
  /// User directory lookups (names and roles, no secrets), for hosts that
  /// authenticate users and map them to platform users; they take no actor.
  std::optional<User> FindUser(const std::string& id) const;
  std::vector<User> Users(const std::string& department_code) const;

  /// Whether `actor` may take `action` (on an object of department
  /// `department_code`, empty when not department-scoped). Never throws for
  /// a refusal; records nothing.
  bool MayDo(const std::string& actor, Action action, const std::string& department_code) const;

  // ---- catalog lifecycle (A10–A12, A16) ----------------------------------------------
  /// Creates a draft entry for the actor's department (provider = the
  /// actor's department). Drafts may be incomplete.
  EntryRecord CreateDraft(const std::string& actor, const CatalogEntry& entry);
  /// Replaces the working draft (or rejected version) of an entry, or starts
  /// a revision of a published entry (the live version stays live).
  EntryRecord EditDraft(const std::string& actor, std::int64_t entry_id,
                        std::int64_t row_version, const CatalogEntry& entry);
  /// Submits the working version for review. Refused with the
  /// invalid-argument error listing the findings when Validate reports errors
  /// (A10). Fulfils the department's open obligations (A11).
  EntryRecord Submit(const std::string& actor, std::int64_t entry_id, std::int64_t row_version);
  /// The bureau approves (assigning the catalog code on first approval, A7)
  /// or rejects with reasons per finding (at least one). A review result
  /// notice goes to the provider.
  EntryRecord Approve(const std::string& actor, std::int64_t entry_id, std::int64_t row_version);
  EntryRecord Reject(const std::string& actor, std::int64_t entry_id, std::int64_t row_version,
                     const std::vector<ReviewFinding>& reasons);
  /// The department publishes the approved version; a former live version
  /// becomes superseded (history kept).
  EntryRecord Publish(const std::string& actor, std::int64_t entry_id, std::int64_t row_version);
  /// Asks to withdraw a published entry (A16): a notice goes to every
  /// subscribed consumer and to the bureau.
  EntryRecord RequestWithdrawal(const std::string& actor, std::int64_t entry_id,
                                std::int64_t row_version, const std::string& reason);
  /// The bureau approves (the entry is withdrawn, never deleted) or refuses
  /// (it stays published) a requested withdrawal, with a reason.
  EntryRecord DecideWithdrawal(const std::string& actor, std::int64_t entry_id,
                               std::int64_t row_version, bool approve, const std::string& reason);
  /// Subscribes the actor's department to a published entry of another
  /// department (it then hears of withdrawals).
  void Subscribe(const std::string& actor, std::int64_t entry_id);

  EntryRecord GetEntry(const std::string& actor, std::int64_t entry_id) const;
  /// Entries, optionally of one provider (empty: all).
  std::vector<EntryRecord> Entries(const std::string& actor, const std::string& provider_code) const;
  /// Every version of an entry, oldest first.
  std::vector<EntryVersion> History(const std::string& actor, std::int64_t entry_id) const;

  // ---- obligations (A11) -------------------------------------------------------------
  /// Records a law revision or function change announced on `announced_on`:
  /// opens an obligation for `department_code` to update its catalog within
  /// 15 working days (department administrator of that department, or the
  /// bureau).
  Obligation RecordLegalChange(const std::string& actor, const std::string& department_code,
                               ObligationKind kind, const std::string& description,
                               const Date& announced_on);
  /// Opens the annual census obligation of `year` for every department that
  /// has none yet (bureau); due December 31 (rolled to a working day).
  /// Returns the obligations opened.
  std::vector<Obligation> ScheduleCensus(const std::string& actor, int year);
  /// Obligations of a department (empty: all the actor may see), with their
  /// state as of Now(); `unfulfilled_only` hides fulfilled ones.
  std::vector<Obligation> Obligations(const std::string& actor, const std::string& department_code,
                                      bool unfulfilled_only) const;

  // ---- notices -----------------------------------------------------------------------
  /// The actor's department's notices, oldest first.
  std::vector<Notice> Notices(const std::string& actor, bool unacknowledged_only) const;
  void AcknowledgeNotice(const std::string& actor, std::int64_t notice_id);

  // ---- audit (A28) -------------------------------------------------------------------
  /// Recomputes the hash chain: detects altered, deleted, inserted and
  /// reordered records and names the first bad position (auditor, bureau
  /// administrator).
  AuditVerification VerifyAudit(const std::string& actor) const;
  /// The trail as JSON lines, one record per line.
  std::string ExportAudit(const std::string& actor) const;
  /// Audit records from `from_position` (inclusive), at most `limit` of
  /// them (a negative limit: all).
  std::vector<AuditRecord> AuditTrail(const std::string& actor, std::int64_t from_position,
                                      int limit) const;
  std::vector<SecurityEvent> SecurityEvents(const std::string& actor) const;

  // ---- federation (A6) ---------------------------------------------------------------
  /// A county platform's published catalog as a bundle: JSON with the
  /// source platform, time, entries and a SHA-256 digest.
  std::string ExportFederationBundle(const std::string& actor) const;
  /// Imports a county bundle into the city platform with provenance,
  /// idempotently: a re-import updates changed entries and reports them.
  FederationReport ImportFederationBundle(const std::string& actor, const std::string& bundle);

  // ---- policy --------------------------------------------------------------------------
  /// The numbers the rules leave to the platform (stored in the file).
  SharingPolicy Policy() const;
  /// Sets them (bureau administrator); each number 1..60 working days.
  void SetPolicy(const std::string& actor, const SharingPolicy& policy);

  // ---- applications (A18–A23) ----------------------------------------------------------
  /// A consumer applies for a published entry of another department (A20).
  /// Refused with the invalid-argument error naming the field and article:
  /// items not in the entry; a not-shared entry or item (A8); a conditional
  /// entry whose scope does not cover the consumer (A8) — unless only items
  /// every department may use are asked for; a method the entry does not
  /// offer (A13); a missing purpose, legal duty or stamped scan (A20). Opens
  /// the bureau's form check, due in 1 working day (A21).
  Application Apply(const std::string& actor, const ApplicationRequest& request);
  /// The bureau's form check (A21): accepted — the decision step opens with
  /// the provider (10 working days, A22) or the bureau (2 working days,
  /// A23) — or not accepted with a reason.
  Application AcceptApplication(const std::string& actor, std::int64_t application_id,
                                std::int64_t row_version);
  Application DeclineApplication(const std::string& actor, std::int64_t application_id,
                                 std::int64_t row_version, const std::string& reason);
  /// The deciding authority grants (creating the authorization) or refuses
  /// with a reason. The provider decides provider-direct entries; the bureau
  /// platform-direct ones (the result is pushed to the provider, A23) and,
  /// within the provider's platform-wide grant, provider-to-platform ones.
  Application GrantApplication(const std::string& actor, std::int64_t application_id,
                               std::int64_t row_version, const GrantTerms& terms);
  Application RefuseApplication(const std::string& actor, std::int64_t application_id,
                                std::int64_t row_version, const std::string& reason);
  Application GetApplication(const std::string& actor, std::int64_t application_id) const;
  /// Applications where `department_code` is the consumer or the provider
  /// (empty: every one the actor may see).
  std::vector<Application> Applications(const std::string& actor,
                                        const std::string& department_code) const;

  // ---- authorizations (A18, A26, A28, A30) ----------------------------------------------
  /// The provider grants the platform as a whole (A18 整体授权) for an entry
  /// whose mode is provider-to-platform; the bureau then grants consumers
  /// within it. `terms.items` empty: every item.
  Authorization GrantPlatform(const std::string& actor, std::int64_t entry_id, const GrantTerms& terms);
  Authorization GetAuthorization(const std::string& actor, std::int64_t authorization_id) const;
  /// Authorizations where `department_code` is the consumer or the provider
  /// (empty: every one the actor may see), with their status as of Now().
  std::vector<Authorization> Authorizations(const std::string& actor,
                                            const std::string& department_code) const;
  /// Records that the consumer used an authorization now (sets last_used).
  Authorization RecordUse(const std::string& actor, std::int64_t authorization_id);
  /// Active authorizations of `provider_code` unused for more than 3 months
  /// (since the last use, or the grant), not seasonal (A26).
  std::vector<Authorization> RevocableForNonUse(const std::string& actor,
                                                const std::string& provider_code) const;
  /// Revokes (provider leader; the bureau administrator for a breach) with a
  /// reason; for non-use only when listed as revocable (A26). The consumer
  /// is notified.
  Authorization Revoke(const std::string& actor, std::int64_t authorization_id,
                       std::int64_t row_version, RevocationGround ground, const std::string& reason);
  /// Suspends for a suspected breach (A28, A30) and reinstates.
  Authorization Suspend(const std::string& actor, std::int64_t authorization_id,
                        std::int64_t row_version, const std::string& reason);
  Authorization Reinstate(const std::string& actor, std::int64_t authorization_id,
                          std::int64_t row_version, const std::string& reason);
  /// Records the expiry of every active authorization past its period
  /// (bureau administrator) and notifies their consumers; returns them.
  std::vector<Authorization> ExpireAuthorizations(const std::string& actor);

  // ---- demand requests (A24–A25) ---------------------------------------------------------
  /// A consumer asks a department for a resource not in the catalog.
  DemandRequest SubmitDemand(const std::string& actor, const DemandRequestInput& request);
  /// The asked department answers (A25): not within its duties, will
  /// publish within 1 month, or cannot publish now (feedback filed with the
  /// bureau).
  DemandRequest AnswerDemand(const std::string& actor, std::int64_t demand_id,
                             std::int64_t row_version, const DemandAnswer& answer);
  /// Links the published entry that fulfils a committed (or deferred) demand.
  DemandRequest FulfilDemand(const std::string& actor, std::int64_t demand_id,
                             std::int64_t row_version, std::int64_t entry_id);
  DemandRequest GetDemand(const std::string& actor, std::int64_t demand_id) const;
  std::vector<DemandRequest> Demands(const std::string& actor, const std::string& department_code) const;

  // ---- objections and corrections (A29) ---------------------------------------------------
  /// A consumer holding an authorization on the entry objects to its data.
  Objection RaiseObjection(const std::string& actor, const ObjectionInput& objection);
  /// The provider verifies: confirmed — corrected, reported to the bureau,
  /// and a correction notice to every department with an active
  /// authorization on the entry — or rejected with a reason.
  Objection ResolveObjection(const std::string& actor, std::int64_t objection_id,
                             std::int64_t row_version, bool confirmed, const std::string& response);
  Objection GetObjection(const std::string& actor, std::int64_t objection_id) const;
  std::vector<Objection> Objections(const std::string& actor, const std::string& department_code) const;

  // ---- disputes (A27) --------------------------------------------------------------------
  /// A party (consumer or provider) opens a dispute; the bureau mediates.
  Dispute OpenDispute(const std::string& actor, const DisputeInput& dispute);
  Dispute ResolveDispute(const std::string& actor, std::int64_t dispute_id, std::int64_t row_version,
                         const std::string& outcome);
  std::vector<Dispute> Disputes(const std::string& actor, const std::string& department_code) const;

  // ---- steps and deadlines ----------------------------------------------------------------
  /// Steps of every case where `department_code` must act (empty: city-wide,
  /// bureau and auditors), oldest first; `pending_only` hides completed ones.
  std::vector<ProcessStep> Steps(const std::string& actor, const std::string& department_code,
                                 bool pending_only) const;
  /// Pending steps past their deadline as of Now().
  std::vector<ProcessStep> OverdueSteps(const std::string& actor, const std::string& department_code) const;

  // ---- search (A20) -----------------------------------------------------------------------
  /// Searches the published catalog (any platform user): words in names,
  /// summaries and item names (Chinese words of any length; the same hits as
  /// an SQL LIKE substring match), filters, facet counts, paging; name
  /// matches first; each hit with the entry's full description.
  /// docs/search.md.
  SearchResult Search(const std::string& actor, const SearchQuery& query) const;

  // ---- supervision (A31–A33) ----------------------------------------------------------------
  /// The provider reports a refresh of a published entry's data (A31 (5)):
  /// the resource is connected, and fresh for one update cycle.
  void ReportRefresh(const std::string& actor, std::int64_t entry_id);
  /// Records (id 0) or updates a department's IT project (A32): the
  /// department's administrator or the bureau administrator.
  Project SaveProject(const std::string& actor, const Project& project);
  std::vector<Project> Projects(const std::string& actor, const std::string& department_code) const;
  /// Inspects every department over [from, to] (A31 (1)–(7), A32): metrics,
  /// findings, scores and a ranking (the bureau, auditors). docs/supervision.md.
  InspectionReport Inspect(const std::string& actor, const Date& from, const Date& to,
                           const SupervisionWeights& weights) const;
  InspectionReport Inspect(const std::string& actor, const Date& from, const Date& to) const;
  /// The bureau notifies a department to rectify (A33), with a deadline in
  /// working days.
  Rectification IssueRectification(const std::string& actor, const RectificationInput& notice);
  /// Issues the written notice (书面通报) for every rectification past its
  /// deadline (A33); returns them.
  std::vector<Rectification> EscalateRectifications(const std::string& actor);
  /// The bureau records that a department rectified.
  Rectification ResolveRectification(const std::string& actor, std::int64_t rectification_id,
                                     std::int64_t row_version, const std::string& resolution);
  /// Rectifications of a department (empty: all the actor may see).
  std::vector<Rectification> Rectifications(const std::string& actor, const std::string& department_code) const;

  // ---- access decisions at the data boundary (A8, A26, A28, A30) --------------------------
  /// Decides a data request against the live authorizations and the entry's
  /// current share class, at the request's time. Never throws for a
  /// refusal: the decision says why. Recorded in the usage log (batched).
  /// Served from an in-memory index (hash lookups; no SQL on the hot path).
  AccessDecision Decide(const AccessRequest& request);
  /// Applies an allowed decision to a batch of provider records (a JSON array
  /// of objects keyed by item name): drops withheld and unrequested items,
  /// masks masked ones. Throws the permission error for a refused decision or
  /// when a record carries a comparison-only item (use Compare), the parse
  /// error for input that is not an array of objects.
  std::string Filter(const AccessDecision& decision, const std::string& records_json) const;
  /// Compares submitted values with the provider's record (a JSON object;
  /// empty or `null`: no record) for items the consumer may compare; never
  /// returns data. Rate-limited per authorization; every comparison is in the
  /// usage log at once.
  ComparisonResult Compare(const AccessRequest& request, const std::map<std::string, std::string>& submitted,
                           const std::string& provider_record_json);
  /// Sets how an entry's masked items are masked (the provider's leader or
  /// operator). Items without a rule use their personal-information kind's
  /// default (docs/masking.md).
  void SetMaskingRules(const std::string& actor, std::int64_t entry_id, const std::vector<MaskingRule>& rules);
  std::vector<MaskingRule> MaskingRules(const std::string& actor, std::int64_t entry_id) const;
  /// Writes the buffered usage lines now.
  void FlushUsageLog();
  /// Who accessed what, when, why (the bureau and auditors: everyone; a
  /// department: its own accesses and those of its entries).
  std::vector<UsageRecord> UsageLog(const std::string& actor, const UsageQuery& query) const;

  struct Impl;

 private:
  explicit Platform(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

GOVSHARE_EXPORT std::string ToString(Durability value);

}  // namespace govshare

#endif  // GOVSHARE_PLATFORM_H_
