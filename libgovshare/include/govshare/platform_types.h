// libgovshare — value types of the platform store (platform.h): departments,
// users and roles, catalog records and their lifecycle, notices, obligations,
// audit records. Plain values: thread-compatible, freely copyable.
#ifndef GOVSHARE_PLATFORM_TYPES_H_
#define GOVSHARE_PLATFORM_TYPES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "govshare/calendar.h"
#include "govshare/catalog.h"
#include "govshare/export.h"
#include "govshare/validation.h"
#include "govshare/keys.h"

namespace govshare {

// ---- departments and users (A4–A6, A14, A28) -----------------------------------------

/// What kind of body a department is.
enum class DepartmentLevel {
  kBureau = 1,          ///< 市大数据管理局: runs the platform (A4)
  kMunicipal = 2,       ///< a municipal government department (A5)
  kCountyPlatform = 3,  ///< a county/district platform (县（市）、区, A6)
  kCounty = 4,          ///< a department of a county/district
};

/// A government department (政务部门).
struct GOVSHARE_EXPORT Department {
  /// 统一社会信用代码 (GB 32100, check character validated).
  std::string code;
  /// Full official name, e.g. 南通市公安局.
  std::string name;
  DepartmentLevel level = DepartmentLevel::kMunicipal;
  /// Code of the parent body (a county department's county platform); empty
  /// for municipal departments and the bureau.
  std::string parent_code;
  /// An audit or supervision body (e.g. 南通市审计局) whose staff may hold
  /// the auditor role, which reads every case and the whole usage log
  /// city-wide (A28). Only the bureau administrator marks a department so
  /// (Platform::SetAuditBody); the bureau's own staff need no mark.
  bool audit_body = false;
  bool operator==(const Department& o) const {
    return code == o.code && name == o.name && level == o.level && parent_code == o.parent_code &&
           audit_body == o.audit_body;
  }
};

/// A role a user holds (docs/permissions.md).
enum class Role {
  kBureauAdmin = 1,     ///< 大数据管理局管理员: departments, users, withdrawals, federation
  kBureauReviewer = 2,  ///< 大数据管理局审核员: reviews catalog entries (A10)
  kDeptAdmin = 3,       ///< 部门管理员: the department's users and obligations
  kDeptOperator = 4,    ///< 部门经办人: drafts and submits catalog entries (A14)
  kDeptLeader = 5,      ///< 部门分管领导 / 审核人: publishes, requests withdrawal (A5, A16)
  kAuditor = 6,         ///< 审计员: reads everything, verifies the audit trail; changes nothing
};

/// A named user acting for one department (A14 专人, A28).
struct GOVSHARE_EXPORT User {
  /// Login name, unique: [A-Za-z0-9._-], 2..64 characters.
  std::string id;
  /// Display name, e.g. 张明.
  std::string name;
  /// The department the user acts for.
  std::string department_code;
  std::vector<Role> roles;
  bool active = true;
  bool operator==(const User& o) const {
    return id == o.id && name == o.name && department_code == o.department_code &&
           roles == o.roles && active == o.active;
  }
};

/// Everything a user may attempt; docs/permissions.md gives the matrix.
enum class Action {
  kManageDepartments = 1,   ///< register departments
  kManageUsers = 2,         ///< register users (bureau: any; department admin: own department)
  kEditCatalog = 3,         ///< create and edit draft entries of the own department
  kSubmitCatalog = 4,       ///< submit an entry for review (A10)
  kReviewCatalog = 5,       ///< approve or reject a submitted entry (A10)
  kPublishCatalog = 6,      ///< publish an approved entry of the own department (A10)
  kRequestWithdrawal = 7,   ///< ask to withdraw a published entry (A16)
  kDecideWithdrawal = 8,    ///< approve or refuse a withdrawal (A16)
  kRecordLegalChange = 9,   ///< record a law revision or function change (A11)
  kScheduleCensus = 10,     ///< open the annual census obligations (A11)
  kSubscribe = 11,          ///< subscribe the own department to a published entry
  kReadCatalog = 12,        ///< read entries, versions, obligations
  kReadNotices = 13,        ///< list and acknowledge the own department's notices
  kReadAudit = 14,          ///< read, verify and export the audit trail, security events
  kExportFederation = 15,   ///< export the own (county) platform's catalog bundle (A6)
  kImportFederation = 16,   ///< import a county platform's bundle into the city (A6)
  kApply = 17,              ///< apply for use of another department's entry (A20)
  kCheckApplication = 18,   ///< the bureau's form check: accept or not (A19, A21)
  kDecideAsProvider = 19,   ///< grant or refuse as the provider; grant the platform (A18, A22)
  kDecideAsPlatform = 20,   ///< grant or refuse as the platform (A18, A23)
  kManageAuthorization = 21,  ///< revoke, suspend, reinstate; expire (A26, A28, A30)
  kUseData = 22,            ///< use an authorization of the own department (A26 last use)
  kSubmitDemand = 23,       ///< ask a department for a resource not in the catalog (A24)
  kAnswerDemand = 24,       ///< answer a demand request; link the published entry (A25)
  kRaiseObjection = 25,     ///< object to a provider's data (A29)
  kResolveObjection = 26,   ///< verify an objection: correct or reject (A29)
  kOpenDispute = 27,        ///< open a dispute over conditions, reasons or results (A27)
  kMediateDispute = 28,     ///< record a dispute's outcome (A27)
  kSetPolicy = 29,          ///< set the platform's sharing policy numbers
  kReadSharing = 30,        ///< read applications, authorizations, demands, objections, disputes, steps
  kReportRefresh = 31,      ///< report a data refresh of the own department's published entry (A31 (5))
  kInspect = 32,            ///< run and read inspections (A31); read rectifications
  kRectify = 33,            ///< issue, escalate and resolve rectification notices (A33)
  kManageProjects = 34,     ///< record the department's IT projects (A32)
  kManageCalendar = 35,     ///< load a year's holiday schedule into the platform (docs/calendar.md)
  kDecideExtension = 36,    ///< approve or refuse a provider's extension of its reply (N21)
  kDeliverData = 37,        ///< record the delivery of granted data (N22)
  kKeepUseRecords = 38,     ///< record the use of shared data: scenario, process, results, storage, destruction (N29)
  kPurgeUseRecords = 39,    ///< purge use records whose retention has run (N29)
  kExportUseRecords = 40,   ///< export use records for inspection (N29)
  kChangeService = 41,      ///< end or change a sharing service, and answer such a proposal (N27)
  kEndPurpose = 42,         ///< end an authorization whose purpose is met or gone (N27)
  kDesignateSource = 43,    ///< designate the source department of data several departments collect (N19)
  kRectifyMisuse = 44,      ///< report the rectification of a misuse of shared data (N27)
  kRequestWiderUse = 45,    ///< ask the provider's consent to a wider scope, another purpose or a third party (N25)
  kRunHousekeeping = 46,    ///< run the scheduled duties: expiries, non-use, overdue steps, escalation, census (A11, A19, A26, A31, A33)
  kCopyPlatform = 47,       ///< copy the whole platform into another, empty database (a move between backends)
  kSignAuditCheckpoint = 48,  ///< sign a checkpoint of the audit trail's head now (A28)
  kRotateSigningKey = 49,     ///< rotate the key that signs the audit checkpoints (A28)
  kManagePseudonymKey = 50,   ///< move the pseudonym key out of the database, or rotate it (A28)
};

// ---- catalog records (A10–A12, A16) ----------------------------------------------------

/// State of one version of an entry.
enum class VersionStatus {
  kDraft = 1,       ///< being edited by the department
  kSubmitted = 2,   ///< waiting for the bureau's review (A10)
  kApproved = 3,    ///< approved; the department publishes it
  kRejected = 4,    ///< rejected with reasons; revise and submit again
  kPublished = 5,   ///< the live version
  kSuperseded = 6,  ///< a former live version (history)
};

/// State of an entry as a whole.
enum class EntryStatus {
  kUnpublished = 1,          ///< never published
  kPublished = 2,            ///< a version is live
  kWithdrawalRequested = 3,  ///< live; withdrawal waits for the bureau (A16)
  kWithdrawn = 4,            ///< withdrawn; kept, never deleted (A16)
};

/// One reason of a rejection: the field and what is wrong (A10).
struct GOVSHARE_EXPORT ReviewFinding {
  /// Field path inside the entry, e.g. `items[2].length`; may be empty.
  std::string path;
  /// What the department must change.
  std::string reason;
  bool operator==(const ReviewFinding& o) const { return path == o.path && reason == o.reason; }
};

/// One version of an entry.
struct GOVSHARE_EXPORT EntryVersion {
  int number = 0;  ///< 1, 2, … per entry
  VersionStatus status = VersionStatus::kDraft;
  CatalogEntry entry;
  std::string created_by;
  LocalDateTime created_at;
  std::optional<LocalDateTime> submitted_at;
  std::optional<LocalDateTime> reviewed_at;
  std::string reviewed_by;
  /// Reasons of a rejection.
  std::vector<ReviewFinding> rejection;
  std::optional<LocalDateTime> published_at;
};

/// A catalog entry held by the platform: its identity, state and the
/// versions that matter now.
struct GOVSHARE_EXPORT EntryRecord {
  std::int64_t id = 0;
  /// The catalog code, assigned by the bureau on first approval (A7).
  std::string code;
  std::string provider_code;
  EntryStatus status = EntryStatus::kUnpublished;
  /// Optimistic-concurrency version of the record: pass it back to every
  /// change; a change based on an older value is refused (conflict error).
  std::int64_t row_version = 0;
  /// The live version number, when published.
  std::optional<int> live_version;
  /// The version being worked on (draft/submitted/approved/rejected), if any.
  std::optional<int> working_version;
  /// The live content, when published.
  std::optional<CatalogEntry> live;
  /// The working content, if any.
  std::optional<CatalogEntry> working;
  std::optional<VersionStatus> working_status;
  /// Withdrawal reason while requested or after withdrawal.
  std::string withdrawal_reason;
};

// ---- notices (outbox) ------------------------------------------------------------------

enum class NoticeKind {
  kReviewResult = 1,        ///< an entry was approved or rejected (A10)
  kWithdrawalNotice = 2,    ///< a published entry will be withdrawn (A16)
  kWithdrawalDecision = 3,  ///< the bureau decided a withdrawal (A16)
  kObligation = 4,          ///< a catalog obligation was opened (A11)
  kFederationImport = 5,    ///< a county bundle was imported (A6)
  kApplication = 6,         ///< an application to decide, or its result (A19–A23)
  kAuthorization = 7,       ///< an authorization granted, expired, revoked, suspended (A23, A26)
  kDemand = 8,              ///< a demand request or its answer (A24–A25)
  kObjection = 9,           ///< an objection to verify, or its result (A29)
  kCorrection = 10,         ///< corrected data on an entry the department holds (A29)
  kDispute = 11,            ///< a dispute opened or resolved (A27)
  kRectification = 12,      ///< a rectification notice or written notice (A33)
  kCalendar = 13,           ///< a deadline moved when a year's schedule was loaded; next year's is missing
  kOverdue = 14,            ///< a step passed its deadline without being done (A19, A31 (7))
  kNonUse = 15,             ///< an authorization unused for more than three months may be revoked (A26)
};

/// N19 数源部门: the department the bureau designated to lead the collection of
/// data several departments collect, and to provide its sharing service.
struct GOVSHARE_EXPORT SourceDesignation {
  /// The data, e.g. 人口基础信息 (matched against entry names by the inspection).
  std::string subject;
  /// The source department (数源部门), by credit code.
  std::string source_code;
  /// The other departments that collect it and cooperate (协同配合).
  std::vector<std::string> collecting_codes;
  /// The decision or reason of the designation.
  std::string basis;
  /// Filled by the platform.
  std::string designated_by;
  std::optional<LocalDateTime> designated_at;
  bool operator==(const SourceDesignation& o) const {
    return subject == o.subject && source_code == o.source_code && collecting_codes == o.collecting_codes &&
           basis == o.basis && designated_by == o.designated_by && designated_at == o.designated_at;
  }
};

/// A durable notice to a department.
struct GOVSHARE_EXPORT Notice {
  std::int64_t id = 0;
  NoticeKind kind = NoticeKind::kReviewResult;
  std::string department_code;
  std::int64_t entry_id = 0;  ///< 0 when not about an entry
  /// The case it is about, e.g. `application:12` (empty when only an entry).
  std::string object;
  std::string message;
  LocalDateTime created_at;
  std::optional<LocalDateTime> acknowledged_at;
  std::string acknowledged_by;
};

// ---- obligations (A11) -------------------------------------------------------------------

enum class ObligationKind {
  kLawRevision = 1,     ///< 有关法律法规作出修订: update within 15 working days
  kFunctionChange = 2,  ///< 行政管理职能发生变化: update within 15 working days
  kAnnualCensus = 3,    ///< 每年全面普查
};

enum class ObligationState {
  kOpen = 1,       ///< not fulfilled, not yet due
  kDue = 2,        ///< not fulfilled, due today
  kOverdue = 3,    ///< not fulfilled, past its due date
  kFulfilled = 4,  ///< fulfilled: an approved revision (law, functions) or the census return
};

/// How one published entry came out of the annual census (A11 每年…全面普查，
/// 如需更新的应及时予以更新).
enum class CensusOutcome {
  kUnchanged = 1,  ///< reviewed; nothing needed updating
  kRevised = 2,    ///< reviewed and revised: a version submitted in the census year
};

/// One line of a department's census return: an entry and its outcome.
struct GOVSHARE_EXPORT CensusLine {
  std::int64_t entry_id = 0;
  CensusOutcome outcome = CensusOutcome::kUnchanged;
  /// kRevised: the revision that was submitted in the census year (its
  /// version number), filled in by the platform; 0 for kUnchanged.
  int version = 0;
  bool operator==(const CensusLine& o) const {
    return entry_id == o.entry_id && outcome == o.outcome && version == o.version;
  }
};

struct GOVSHARE_EXPORT Obligation {
  std::int64_t id = 0;
  ObligationKind kind = ObligationKind::kLawRevision;
  std::string department_code;
  std::string description;
  /// The announcement date (law revision, function change) or January 1 of
  /// the census year.
  Date announced_on;
  /// When the update is due (working days from the calendar, or December 31).
  Deadline due;
  ObligationState state = ObligationState::kOpen;
  std::optional<LocalDateTime> fulfilled_at;
  /// Law revision, function change: the approved revision that fulfilled it —
  /// its entry and version (submitted after the obligation was opened;
  /// fulfilled_at is its submission). 0 for a census and while open.
  std::int64_t fulfilled_by_entry = 0;
  int fulfilled_by_version = 0;
  /// Annual census: the department's return, one line per published entry
  /// (fulfilled_at is when it was returned). Empty otherwise.
  std::vector<CensusLine> census_return;
  /// Whether it was fulfilled on time (when fulfilled).
  bool on_time = false;
  /// N17 因特殊原因需要延长更新期限的，经同级政务数据共享主管部门同意，可以延长5个工作日:
  /// the department's request and the bureau's decision (law revision and
  /// function change only); an approved one is in `due`.
  std::optional<ReplyExtension> extension;
};

// ---- audit (A28) -------------------------------------------------------------------------

/// The hash of the audit chain (OpenSSL EVP).
enum class HashAlgorithm {
  kSha256 = 1,  ///< SHA-256 (default)
  kSm3 = 2,     ///< SM3 (GB/T 32905), for GM/T 0054 assessments
};

/// One record of the audit trail.
struct GOVSHARE_EXPORT AuditRecord {
  std::int64_t position = 0;  ///< 1, 2, …
  LocalDateTime time;
  std::string user_id;
  std::string department_code;
  std::string action;
  std::string object;  ///< e.g. `entry:12`, `user:zhang.ming`
  std::string before_digest;
  std::string after_digest;
  std::string reason;
  std::string previous_hash;
  std::string hash;
};

/// A signed audit checkpoint (A28; docs/security.md): the chain's head — its
/// position and hash — at a time, signed with the platform's signing key,
/// which is kept outside the database. A trail rewritten before a checkpoint,
/// even with every later hash and the head recomputed, no longer passes
/// through the signed head.
struct GOVSHARE_EXPORT AuditCheckpoint {
  std::int64_t sequence = 0;  ///< 1, 2, … in the order signed
  std::int64_t position = 0;  ///< the last record it covers
  std::string head_hash;      ///< that record's hash
  LocalDateTime time;         ///< when it was signed (the platform's clock)
  SignatureAlgorithm algorithm = SignatureAlgorithm::kEd25519;
  std::string key_id;     ///< the signing key (SigningKey::key_id)
  std::string signature;  ///< lower-case hex
};

/// What an auditor brings to VerifyAudit from outside the platform's
/// database (docs/security.md).
struct GOVSHARE_EXPORT AuditVerifyOptions {
  /// The public keys (PEM) the auditor trusts. A checkpoint must be signed by
  /// one of them, or by a key whose introduction a checkpoint of a trusted
  /// key covers (a rotation, Platform::RotateSigningKey). Empty: signatures
  /// are checked against the public keys the trail itself records, which
  /// shows accidents but not a forger with file access (keys_trusted false).
  std::vector<std::string> trusted_public_keys;
  /// The external checkpoint file (PlatformOptions::checkpoint_file) as the
  /// auditor kept it: every checkpoint in it must be in the database and on
  /// the chain — a database rolled back to an older copy, or whose recent
  /// checkpoints were deleted, fails. Empty: none.
  std::string checkpoint_file;
};

/// Result of verifying the audit chain.
struct GOVSHARE_EXPORT AuditVerification {
  bool intact = true;
  std::int64_t records = 0;
  /// The first position that does not verify (0 when intact).
  std::int64_t first_bad_position = 0;
  std::string problem;
  HashAlgorithm algorithm = HashAlgorithm::kSha256;
  /// Checkpoints whose signature verified and whose head is on the chain.
  std::int64_t checkpoints = 0;
  /// The last position a verified checkpoint covers (0: none): a change
  /// before it is detected whatever else was rewritten.
  std::int64_t signed_position = 0;
  /// Whether the signatures were checked against keys the verifier gave
  /// (AuditVerifyOptions::trusted_public_keys) rather than the trail's own.
  bool keys_trusted = false;
  /// The ids of the keys that signed the verified checkpoints, in order of use.
  std::vector<std::string> signing_keys;
  /// Checkpoints read from the external file (AuditVerifyOptions::checkpoint_file).
  std::int64_t file_checkpoints = 0;
};

/// One table of a copy (Platform::CopyTo) and the rows it moved.
struct GOVSHARE_EXPORT CopiedTable {
  std::string table;
  std::int64_t rows = 0;
};

/// What Platform::CopyTo moved, and the audit chain verified on both sides
/// afterwards: a faithful copy has both intact, with the same records and the
/// same head hash (docs/deployment.md).
struct GOVSHARE_EXPORT CopyReport {
  std::vector<CopiedTable> tables;
  AuditVerification source;
  AuditVerification target;
  /// The last record's hash on each side ("" when the trail is empty).
  std::string source_head;
  std::string target_head;
  /// Both chains intact, the same length, the same head.
  bool verified() const {
    return source.intact && target.intact && source.records == target.records && source_head == target_head;
  }
};

/// A refused attempt (permission denied), kept apart from the audit trail:
/// it records an attempt, never a change.
struct GOVSHARE_EXPORT SecurityEvent {
  std::int64_t id = 0;
  LocalDateTime time;
  std::string user_id;
  std::string department_code;
  Action action = Action::kReadCatalog;
  std::string object;
  std::string detail;
};

// ---- federation (A6) ---------------------------------------------------------------------

// ---- the platform's calendar across the year boundary (docs/calendar.md) -----------------

/// A deadline recomputed when a year's holiday schedule was loaded.
struct GOVSHARE_EXPORT DeadlineChange {
  /// The case or obligation, e.g. `application:12`, `obligation:3`,
  /// `rectification:2`.
  std::string object;
  /// What the deadline is for: a step kind (`form_check`, …),
  /// `obligation` or `rectification`.
  std::string what;
  /// The department that must act.
  std::string department_code;
  Deadline before;
  Deadline after;
  /// True when the deadline moved (not only lost its provisional flag).
  bool moved = false;
  /// True when, as of the load, the new deadline has passed.
  bool overdue = false;
};

/// What loading a year's schedule did.
struct GOVSHARE_EXPORT CalendarLoadReport {
  int year = 0;
  /// SHA-256 of the schedule (YearSchedule::digest).
  std::string digest;
  /// The digest the year had before (empty when it was not loaded).
  std::string previous_digest;
  /// True when the year was loaded before with different content.
  bool correction = false;
  /// False when the same schedule was loaded already (nothing changed).
  bool changed = false;
  /// The platform calendar's version after the load.
  std::string calendar_version;
  /// Every open deadline recomputed, in the order found.
  std::vector<DeadlineChange> recomputed;
};

/// A year of the platform calendar and where it comes from.
struct GOVSHARE_EXPORT CalendarYearInfo {
  int year = 0;
  /// `builtin` (shipped with the library) or `loaded` (by the bureau).
  std::string origin;
  std::string digest;
  std::optional<LocalDateTime> loaded_at;
  std::string loaded_by;
  std::string reason;
};

/// Where the platform calendar stands (govshare calendar status).
struct GOVSHARE_EXPORT CalendarState {
  LocalDateTime as_of;
  std::vector<CalendarYearInfo> years;
  std::string calendar_version;
  /// The prediction used for years not loaded (PredictionVersion()).
  std::string prediction_version;
  /// Open steps, obligations and rectifications whose deadline is provisional.
  int provisional_open = 0;
  /// The earliest of their deadlines.
  std::optional<LocalDateTime> earliest_provisional_due;
  /// The first day, from today on, of a year with no loaded schedule.
  Date first_unloaded_date;
  /// True from November 1 while next year's schedule is not loaded.
  bool next_year_missing = false;
  /// A line for reports: what is missing and what to do (empty when fine).
  std::string warning;
};

/// What an import changed.
struct GOVSHARE_EXPORT FederationReport {
  std::string source_platform;
  int added = 0;
  int updated = 0;
  int unchanged = 0;
  /// Codes of the added and updated entries.
  std::vector<std::string> changed_codes;
  /// The id of the county platform's key that signed the bundle.
  std::string signing_key;
};

/// A county platform's public key, registered by the city: a federation
/// bundle of that county imports only when one of its registered keys signed
/// it (A6; docs/security.md).
struct GOVSHARE_EXPORT CountyKey {
  std::string county_code;
  std::string key_id;
  SignatureAlgorithm algorithm = SignatureAlgorithm::kEd25519;
  std::string public_key_pem;
  LocalDateTime registered_at;
  std::string registered_by;
};

GOVSHARE_EXPORT std::string ToString(DepartmentLevel value);
GOVSHARE_EXPORT std::string ToString(Role value);
GOVSHARE_EXPORT std::string ToString(Action value);
GOVSHARE_EXPORT std::string ToString(VersionStatus value);
GOVSHARE_EXPORT std::string ToString(EntryStatus value);
GOVSHARE_EXPORT std::string ToString(NoticeKind value);
GOVSHARE_EXPORT std::string ToString(ObligationKind value);
GOVSHARE_EXPORT std::string ToString(ObligationState value);
GOVSHARE_EXPORT std::string ToString(CensusOutcome value);
GOVSHARE_EXPORT std::string ToString(HashAlgorithm value);
GOVSHARE_EXPORT Role ParseRole(const std::string& name);
GOVSHARE_EXPORT DepartmentLevel ParseDepartmentLevel(const std::string& name);
GOVSHARE_EXPORT Action ParseAction(const std::string& name);
GOVSHARE_EXPORT std::string ChineseLabel(Role value);
GOVSHARE_EXPORT std::string ChineseLabel(DepartmentLevel value);
GOVSHARE_EXPORT std::string ChineseLabel(Action value);
GOVSHARE_EXPORT std::string ChineseLabel(VersionStatus value);
GOVSHARE_EXPORT std::string ChineseLabel(EntryStatus value);
GOVSHARE_EXPORT std::string ChineseLabel(NoticeKind value);
GOVSHARE_EXPORT std::string ChineseLabel(ObligationKind value);
GOVSHARE_EXPORT std::string ChineseLabel(ObligationState value);
GOVSHARE_EXPORT std::string ChineseLabel(CensusOutcome value);
GOVSHARE_EXPORT std::string ChineseLabel(HashAlgorithm value);

/// The permission matrix (docs/permissions.md): may a user with `role`, in a
/// department of `level`, attempt `action` at all? (Department scoping —
/// "own department" — is checked by the operation.)
GOVSHARE_EXPORT bool RoleAllows(Role role, DepartmentLevel level, Action action);

/// Every action, in a stable order (for matrices and tests).
GOVSHARE_EXPORT std::vector<Action> AllActions();
/// Every role, in a stable order.
GOVSHARE_EXPORT std::vector<Role> AllRoles();

}  // namespace govshare

#endif  // GOVSHARE_PLATFORM_TYPES_H_
