// libgovshare — the platform store (市政务数据共享交换平台).
//
// A Platform is the durable state of a city's sharing platform held in an
// embedded SQLite file (or in memory): departments, users and roles, catalog
// entries through review → publish → withdraw (A10–A12, A16), obligations
// (A11), applications and authorizations with their statutory deadlines,
// demand requests, objections and disputes (A17–A27, A29), a notice outbox,
// a hash-chained audit trail (A28) and county federation (A6).
//
// The handle keeps what spans the domains — opening, the clock and
// calendar, departments and users, notices, the audit trail — and gives each
// domain a facade sharing its state: catalog() (catalog_service.h),
// sharing() (sharing_service.h), access() (access_service.h), supervision()
// (supervision_service.h). docs/architecture.md.
//
// Every operation takes the acting user (`actor`, a user id). What the
// user's role or department may not do is refused with the permission error;
// the refusal changes nothing and is recorded as a security event. Every
// operation runs in one transaction: it happens completely or not at all.
// Changes to an entry carry the entry's `row_version` as read: a change based
// on an older version is refused with the conflict error (never silently
// lost), so several processes can share one file.
//
// Thread-safety: one Platform per process (per database) serves every
// thread: its operations and facades may be called from any number of
// threads at once. Reads run in parallel on pooled read connections, writes
// take the one write path in turn (each still one transaction, with the
// same row_version, refusal and audit guarantees), and decisions and
// searches read indexes shared by all threads without blocking each other.
// Several processes may still open the same file. docs/threading.md.
#ifndef GOVSHARE_PLATFORM_H_
#define GOVSHARE_PLATFORM_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "govshare/calendar.h"
#include "govshare/export.h"
#include "govshare/platform_types.h"
#include "govshare/rulebook.h"

namespace govshare {

class PlatformCore;
struct HousekeepingReport;
class CatalogService;
class SharingService;
class AccessService;
class SupervisionService;

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
  /// Where the platform lives: a SQLite file path; ":memory:" for a private
  /// in-memory platform; or a PostgreSQL connection URI ("postgresql://…",
  /// "postgres://…") for several nodes on one database (docs/deployment.md).
  /// Required.
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
  /// the demo. Absent: the system clock, unless the platform was created on
  /// a simulated clock: such a file remembers its clock (where SetTime,
  /// AdvanceTime and Close left it) and runs on it again, so a tool (the
  /// CLI) inspects a simulated city at its own time. Given for such a file,
  /// this time is used (`govshare --at`); it is remembered if it is later.
  std::optional<LocalDateTime> simulated_time;
  /// Record every access decision and comparison in the usage log (A28).
  /// Default true.
  bool usage_log = true;
  /// Usage lines are written in batches (one transaction each) by the
  /// handle's usage-log writer: a thread's lines go to it when they reach this
  /// many. Default 1000.
  int usage_log_batch = 1000;
  /// ... and at least this often (ms): a crash loses at most the lines of the
  /// last interval (docs/threading.md bounds it by count too).
  /// FlushUsageLog() and Close() write the rest. Default 200.
  int usage_log_flush_ms = 200;
  /// Read connections the handle keeps for its threads (a file platform; an
  /// in-memory one has a single connection). Reads run in parallel on
  /// them; writes take the one write path in turn. Default 4.
  int read_connections = 4;
  /// How often (ms) the decision index looks for changes made by other
  /// processes on the same file. Changes through this handle are seen at
  /// once. Default 1000.
  int decision_refresh_ms = 1000;
  /// Comparisons allowed per authorization per minute (A28 anti-enumeration).
  /// Default 60.
  int comparisons_per_minute = 60;
  /// How long (s, on the platform's clock) Filter accepts an allowed
  /// decision after it was made (AccessDecision::expires): decide, then
  /// deliver; a decision is not a standing permission (A30). Default 60.
  int decision_valid_seconds = 60;
  /// The audit signing key (A28; docs/security.md): a private key file (PEM,
  /// PKCS#8, Ed25519 or SM2; refused when its group or others may read it)
  /// kept outside the database. With a key the platform signs checkpoints of
  /// the audit chain's head; without one it signs none. At most one of this
  /// and signing_key_env.
  std::string signing_key_file;
  /// ... or the name of an environment variable holding the key's PEM text
  /// (a secrets manager's injection).
  std::string signing_key_env;
  /// A checkpoint is signed when this many records were written since the
  /// last. Default 1000.
  int checkpoint_every_records = 1000;
  /// ... or when records were written and the last checkpoint is this many
  /// minutes old (a timer signs an idle trail's tail within a minute of
  /// that). Close() signs what is left. Default 10.
  int checkpoint_every_minutes = 10;
  /// Each checkpoint is also appended (a JSON line, fsync'd) to this file, for
  /// an auditor to keep elsewhere: AuditVerifyOptions::checkpoint_file then
  /// detects a database rolled back to an older copy. Needs a signing key.
  std::string checkpoint_file;
  /// The pseudonym key (docs/security.md): the HMAC key of pseudonymised
  /// items (MaskingRule::pseudonym), from a key file (hex, mode 0600) kept
  /// outside the database — the platform adopts it at its first use and
  /// refuses another key later unless rotated on purpose
  /// (RotatePseudonymKey). At most one of this and pseudonym_key_env. None: a
  /// pseudonym delivery is refused, unless an older platform still keeps its
  /// key in the database (MovePseudonymKey moves it out).
  std::string pseudonym_key_file;
  /// ... or the name of an environment variable holding the key (hex).
  std::string pseudonym_key_env;
};

/// True when `path` (PlatformOptions::path) names a PostgreSQL database — a
/// postgresql:// or postgres:// URI — rather than a SQLite file.
GOVSHARE_EXPORT bool IsServerDatabase(const std::string& path);
/// `path` as it may be shown or logged: a URI's password replaced by "***".
GOVSHARE_EXPORT std::string RedactedPath(const std::string& path);

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

  /// Closes the database, after the calls already running on other threads
  /// (the usage log's last lines written first). Later calls that need the
  /// database — decisions, delivery and comparisons included — throw the
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
  /// True when the platform runs on a simulated clock (PlatformOptions::
  /// simulated_time, or remembered by a file created on one).
  bool simulated_clock() const;
  /// Sets the simulated clock. Throws the invalid-argument error on a system
  /// clock or when moving backwards.
  void SetTime(const LocalDateTime& time);
  /// Advances the simulated clock by `seconds` (>= 0).
  void AdvanceTime(std::int64_t seconds);
  /// The working-day calendar deadlines are computed with: the base
  /// (Builtin() by default, or SetCalendar) plus every year the bureau loaded
  /// into the platform (LoadCalendarYear, seen by every handle and process).
  /// A copy: changing it does not change the platform's.
  std::shared_ptr<WorkdayCalendar> calendar() const;
  /// Replaces the base calendar of this handle (the loaded years stay on
  /// top). The platform keeps a copy: later changes to `calendar` are not
  /// the platform's (its threads count on a calendar that never changes
  /// under them).
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
  /// Marks a department as an audit body, or unmarks it (the bureau
  /// administrator, A28): only the staff of the bureau or of an audit body
  /// may hold the auditor role (docs/permissions.md). Unmarking is refused
  /// while an active user of the department holds that role.
  void SetAuditBody(const std::string& actor, const std::string& department_code, bool audit_body);
  /// The department directory is public to every platform user (A20 browses
  /// by department), so these lookups take no actor.
  /// The rules the platform runs on: the national regulation above its
  /// local rules (the Nantong rules of 2020 until others are set).
  Rulebook rulebook() const;
  /// Replaces the local rules (a city's own, docs/rulebook.md; bureau
  /// administrator). Checked first (CheckLocalRules): a bad set changes
  /// nothing. Audited; steps already open keep their deadlines, acts from now
  /// on are judged by the new rules on the days they are in force.
  void SetLocalRules(const std::string& actor, const RuleSet& local_rules);

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

  // ---- notices -----------------------------------------------------------------------
  /// The actor's department's notices, oldest first.
  std::vector<Notice> Notices(const std::string& actor, bool unacknowledged_only) const;
  void AcknowledgeNotice(const std::string& actor, std::int64_t notice_id);

  // ---- audit (A28) -------------------------------------------------------------------
  /// Recomputes the hash chain: detects altered, deleted, inserted and
  /// reordered records and names the first bad position (auditor, bureau
  /// administrator).
  AuditVerification VerifyAudit(const std::string& actor) const;
  /// ... against what the auditor brings from outside the database: the
  /// public keys they trust and the external checkpoint file
  /// (docs/security.md). A public key or file that cannot be read is the
  /// invalid-argument or I/O error.
  AuditVerification VerifyAudit(const std::string& actor, const AuditVerifyOptions& options) const;
  /// The signed checkpoints, in order (bureau administrator, auditors).
  std::vector<AuditCheckpoint> AuditCheckpoints(const std::string& actor) const;
  /// Signs a checkpoint of the head now (bureau administrator,
  /// sign_audit_checkpoint), e.g. before a backup or an inspection; when
  /// nothing was written since the last checkpoint, that one. The
  /// invalid-transition error when the platform has no signing key.
  AuditCheckpoint SignAuditCheckpoint(const std::string& actor);
  /// Rotates the signing key (bureau administrator, rotate_signing_key): the
  /// new key's public half is recorded in the trail by the actor, the current
  /// key signs a checkpoint covering that record — so an auditor who trusts
  /// the old key trusts the new one — and the new key signs the head and
  /// every later checkpoint of this handle. Reopen the platform (and every
  /// node) with the new key file after. Returns the new key's first checkpoint.
  AuditCheckpoint RotateSigningKey(const std::string& actor, const SigningKey& new_key);

  // ---- the county platforms' keys (A6; docs/security.md) ----------------------------------
  /// Registers a county platform's public key (PEM; bureau administrator,
  /// manage_departments): its federation bundles import only when signed by
  /// one of its registered keys. The key goes into the audit trail. A county
  /// may have several keys (a rotation); the same key twice is refused.
  CountyKey RegisterCountyKey(const std::string& actor, const std::string& county_code,
                              const std::string& public_key_pem);
  /// Removes one (a county's key leaked, or it rotated); audited with `reason`.
  void RemoveCountyKey(const std::string& actor, const std::string& county_code, const std::string& key_id,
                       const std::string& reason);
  /// The registered keys of every county (bureau administrator, auditors).
  std::vector<CountyKey> CountyKeys(const std::string& actor) const;

  // ---- the pseudonym key (docs/security.md) ---------------------------------------------
  /// Moves the pseudonym key an older platform kept in its database out to a
  /// key file (mode 0600, never overwriting) and clears it from the database
  /// (bureau administrator, manage_pseudonym_key; audited with the key's id).
  /// Open the platform with pseudonym_key_file = `path` after: pseudonyms keep
  /// linking. The invalid-transition error when the database holds no key.
  /// Returns the key's id.
  std::string MovePseudonymKey(const std::string& actor, const std::string& path);
  /// Makes the pseudonym key this handle was opened with the platform's
  /// (bureau administrator, manage_pseudonym_key): pseudonyms made before no
  /// longer link with those made after, so it takes a `reason`; the old and
  /// new key ids go into the trail. Returns the new key's id.
  std::string RotatePseudonymKey(const std::string& actor, const std::string& reason);
  /// The trail as JSON lines, one record per line.
  std::string ExportAudit(const std::string& actor) const;
  /// Audit records from `from_position` (inclusive), at most `limit` of
  /// them (a negative limit: all).
  std::vector<AuditRecord> AuditTrail(const std::string& actor, std::int64_t from_position,
                                      int limit) const;
  std::vector<SecurityEvent> SecurityEvents(const std::string& actor) const;

  // ---- housekeeping (docs/housekeeping.md) ----------------------------------------------
  /// Runs what the rules need done on a schedule (bureau administrator; the
  /// result in govshare/housekeeping.h): records expiries (A26), escalates
  /// overdue rectifications (A33), opens the year's census (A11), and makes
  /// known once each the authorizations revocable for non-use (A26), the steps
  /// past their deadline (A19, A31 (7)) and a missing holiday schedule. Each
  /// act is audited; running it again changes nothing. `now` is the time the
  /// scheduler runs it at: the platform acts on its own clock, which must have
  /// reached `now` (a time ahead of it is the invalid-argument error).
  HousekeepingReport RunHousekeeping(const std::string& actor, const LocalDateTime& now);

  /// Copies the whole platform — departments, users, the catalog with its
  /// versions, cases, steps, notices, the usage log, the audit trail, every
  /// table as it is, ids included — into the empty database `target` (a
  /// SQLite file or a PostgreSQL URI: a move between backends), then verifies
  /// the audit chain on both sides. The bureau administrator's (action
  /// copy_platform); recorded first in this platform's trail, so the copy
  /// carries the record of its making. The copy is a snapshot: what is
  /// written here after it began stays here. A target that holds a platform
  /// already is the invalid-argument error, and nothing is written to it.
  CopyReport CopyTo(const std::string& actor, const PlatformOptions& target);

  // ---- the domains (docs/architecture.md) ----------------------------------------------
  // Each facade shares this handle's state; include its header to call it
  // (govshare/govshare.h includes them all).
  /// The catalog: entries, review, publication, withdrawal, obligations,
  /// search, federation (govshare/catalog_service.h).
  CatalogService catalog() const;
  /// Sharing: applications, authorizations, demands, objections, disputes,
  /// steps, the sharing policy (govshare/sharing_service.h).
  SharingService sharing() const;
  /// The data boundary: decisions, delivery, masking rules, the usage log
  /// (govshare/access_service.h).
  AccessService access() const;
  /// Supervision: refresh reports, projects, inspections, rectification
  /// (govshare/supervision_service.h).
  SupervisionService supervision() const;

 private:
  explicit Platform(std::shared_ptr<PlatformCore> core);
  std::shared_ptr<PlatformCore> impl_;
};

GOVSHARE_EXPORT std::string ToString(Durability value);

}  // namespace govshare

#endif  // GOVSHARE_PLATFORM_H_
