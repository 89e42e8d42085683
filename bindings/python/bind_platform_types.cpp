// platform_types.h: the platform's value types, enumerations and the
// permission matrix's names (docs/permissions.md), bound before the handle
// and its facades that take and return them.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "bind_platform.h"
#include "govshare/housekeeping.h"
#include "govshare/platform_types.h"

namespace govshare::python {
namespace {

void BindEnums(py::module_& m) {
  py::enum_<DepartmentLevel>(m, "DepartmentLevel", "What kind of body a department is.")
      .value("BUREAU", DepartmentLevel::kBureau, "市大数据管理局: runs the platform (A4)")
      .value("MUNICIPAL", DepartmentLevel::kMunicipal, "a municipal government department (A5)")
      .value("COUNTY_PLATFORM", DepartmentLevel::kCountyPlatform,
             "a county/district platform (县（市）、区, A6)")
      .value("COUNTY", DepartmentLevel::kCounty, "a department of a county/district");

  py::enum_<Role>(m, "Role", "A role a user holds (docs/permissions.md).")
      .value("BUREAU_ADMIN", Role::kBureauAdmin,
             "大数据管理局管理员: departments, users, withdrawals, federation")
      .value("BUREAU_REVIEWER", Role::kBureauReviewer, "大数据管理局审核员: reviews catalog entries (A10)")
      .value("DEPT_ADMIN", Role::kDeptAdmin, "部门管理员: the department's users and obligations")
      .value("DEPT_OPERATOR", Role::kDeptOperator, "部门经办人: drafts and submits catalog entries (A14)")
      .value("DEPT_LEADER", Role::kDeptLeader,
             "部门分管领导 / 审核人: publishes, requests withdrawal (A5, A16)")
      .value("AUDITOR", Role::kAuditor,
             "审计员: reads everything, verifies the audit trail; changes nothing");

  py::enum_<Action>(m, "Action", "Everything a user may attempt; docs/permissions.md gives the matrix.")
      .value("MANAGE_DEPARTMENTS", Action::kManageDepartments, "register departments")
      .value("MANAGE_USERS", Action::kManageUsers,
             "register users (bureau: any; department admin: own department)")
      .value("EDIT_CATALOG", Action::kEditCatalog, "create and edit draft entries of the own department")
      .value("SUBMIT_CATALOG", Action::kSubmitCatalog, "submit an entry for review (A10)")
      .value("REVIEW_CATALOG", Action::kReviewCatalog, "approve or reject a submitted entry (A10)")
      .value("PUBLISH_CATALOG", Action::kPublishCatalog,
             "publish an approved entry of the own department (A10)")
      .value("REQUEST_WITHDRAWAL", Action::kRequestWithdrawal, "ask to withdraw a published entry (A16)")
      .value("DECIDE_WITHDRAWAL", Action::kDecideWithdrawal, "approve or refuse a withdrawal (A16)")
      .value("RECORD_LEGAL_CHANGE", Action::kRecordLegalChange,
             "record a law revision or function change (A11)")
      .value("SCHEDULE_CENSUS", Action::kScheduleCensus, "open the annual census obligations (A11)")
      .value("SUBSCRIBE", Action::kSubscribe, "subscribe the own department to a published entry")
      .value("READ_CATALOG", Action::kReadCatalog, "read entries, versions, obligations")
      .value("READ_NOTICES", Action::kReadNotices,
             "list and acknowledge the own department's notices")
      .value("READ_AUDIT", Action::kReadAudit,
             "read, verify and export the audit trail, security events")
      .value("EXPORT_FEDERATION", Action::kExportFederation,
             "export the own (county) platform's catalog bundle (A6)")
      .value("IMPORT_FEDERATION", Action::kImportFederation,
             "import a county platform's bundle into the city (A6)")
      .value("APPLY", Action::kApply, "apply for use of another department's entry (A20)")
      .value("CHECK_APPLICATION", Action::kCheckApplication,
             "the bureau's form check: accept or not (A19, A21)")
      .value("DECIDE_AS_PROVIDER", Action::kDecideAsProvider,
             "grant or refuse as the provider; grant the platform (A18, A22)")
      .value("DECIDE_AS_PLATFORM", Action::kDecideAsPlatform,
             "grant or refuse as the platform (A18, A23)")
      .value("MANAGE_AUTHORIZATION", Action::kManageAuthorization,
             "revoke, suspend, reinstate; expire (A26, A28, A30)")
      .value("USE_DATA", Action::kUseData,
             "use an authorization of the own department (A26 last use)")
      .value("SUBMIT_DEMAND", Action::kSubmitDemand,
             "ask a department for a resource not in the catalog (A24)")
      .value("ANSWER_DEMAND", Action::kAnswerDemand,
             "answer a demand request; link the published entry (A25)")
      .value("RAISE_OBJECTION", Action::kRaiseObjection, "object to a provider's data (A29)")
      .value("RESOLVE_OBJECTION", Action::kResolveObjection,
             "verify an objection: correct or reject (A29)")
      .value("OPEN_DISPUTE", Action::kOpenDispute,
             "open a dispute over conditions, reasons or results (A27)")
      .value("MEDIATE_DISPUTE", Action::kMediateDispute, "record a dispute's outcome (A27)")
      .value("SET_POLICY", Action::kSetPolicy, "set the platform's sharing policy numbers")
      .value("READ_SHARING", Action::kReadSharing,
             "read applications, authorizations, demands, objections, disputes, steps")
      .value("REPORT_REFRESH", Action::kReportRefresh,
             "report a data refresh of the own department's published entry (A31 (5))")
      .value("INSPECT", Action::kInspect, "run and read inspections (A31); read rectifications")
      .value("RECTIFY", Action::kRectify, "issue, escalate and resolve rectification notices (A33)")
      .value("MANAGE_PROJECTS", Action::kManageProjects, "record the department's IT projects (A32)")
      .value("MANAGE_CALENDAR", Action::kManageCalendar,
             "load a year's holiday schedule into the platform (docs/calendar.md)")
      .value("DECIDE_EXTENSION", Action::kDecideExtension,
             "approve or refuse a provider's extension of its reply (N21)")
      .value("DELIVER_DATA", Action::kDeliverData, "record the delivery of granted data (N22)")
      .value("KEEP_USE_RECORDS", Action::kKeepUseRecords,
             "record the use of shared data: scenario, process, results, storage, destruction (N29)")
      .value("PURGE_USE_RECORDS", Action::kPurgeUseRecords, "purge use records whose retention has run (N29)")
      .value("EXPORT_USE_RECORDS", Action::kExportUseRecords, "export use records for inspection (N29)")
      .value("CHANGE_SERVICE", Action::kChangeService,
             "end or change a sharing service, and answer such a proposal (N27)")
      .value("END_PURPOSE", Action::kEndPurpose, "end an authorization whose purpose is met or gone (N27)")
      .value("DESIGNATE_SOURCE", Action::kDesignateSource,
             "designate the source department of data several departments collect (N19)")
      .value("RECTIFY_MISUSE", Action::kRectifyMisuse, "report the rectification of a misuse of shared data (N27)")
      .value("REQUEST_WIDER_USE", Action::kRequestWiderUse,
             "ask the provider's consent to a wider scope, another purpose or a third party (N25)")
      .value("RUN_HOUSEKEEPING", Action::kRunHousekeeping,
             "run the scheduled duties: expiries, non-use, overdue steps, escalation, census (A11, A19, "
             "A26, A31, A33)")
      .value("COPY_PLATFORM", Action::kCopyPlatform,
             "copy the whole platform into another, empty database (a move between backends)")
      .value("SIGN_AUDIT_CHECKPOINT", Action::kSignAuditCheckpoint,
             "sign a checkpoint of the audit trail's head now (A28)")
      .value("ROTATE_SIGNING_KEY", Action::kRotateSigningKey,
             "rotate the key that signs the audit checkpoints (A28)")
      .value("MANAGE_PSEUDONYM_KEY", Action::kManagePseudonymKey,
             "move the pseudonym key out of the database, or rotate it (A28)");

  py::enum_<VersionStatus>(m, "VersionStatus", "State of one version of an entry.")
      .value("DRAFT", VersionStatus::kDraft, "being edited by the department")
      .value("SUBMITTED", VersionStatus::kSubmitted, "waiting for the bureau's review (A10)")
      .value("APPROVED", VersionStatus::kApproved, "approved; the department publishes it")
      .value("REJECTED", VersionStatus::kRejected, "rejected with reasons; revise and submit again")
      .value("PUBLISHED", VersionStatus::kPublished, "the live version")
      .value("SUPERSEDED", VersionStatus::kSuperseded, "a former live version (history)");

  py::enum_<EntryStatus>(m, "EntryStatus", "State of an entry as a whole.")
      .value("UNPUBLISHED", EntryStatus::kUnpublished, "never published")
      .value("PUBLISHED", EntryStatus::kPublished, "a version is live")
      .value("WITHDRAWAL_REQUESTED", EntryStatus::kWithdrawalRequested,
             "live; withdrawal waits for the bureau (A16)")
      .value("WITHDRAWN", EntryStatus::kWithdrawn, "withdrawn; kept, never deleted (A16)");

  py::enum_<NoticeKind>(m, "NoticeKind", "What a notice to a department is about.")
      .value("REVIEW_RESULT", NoticeKind::kReviewResult, "an entry was approved or rejected (A10)")
      .value("WITHDRAWAL_NOTICE", NoticeKind::kWithdrawalNotice,
             "a published entry will be withdrawn (A16)")
      .value("WITHDRAWAL_DECISION", NoticeKind::kWithdrawalDecision,
             "the bureau decided a withdrawal (A16)")
      .value("OBLIGATION", NoticeKind::kObligation, "a catalog obligation was opened (A11)")
      .value("FEDERATION_IMPORT", NoticeKind::kFederationImport, "a county bundle was imported (A6)")
      .value("APPLICATION", NoticeKind::kApplication,
             "an application to decide, or its result (A19-A23)")
      .value("AUTHORIZATION", NoticeKind::kAuthorization,
             "an authorization granted, expired, revoked, suspended (A23, A26)")
      .value("DEMAND", NoticeKind::kDemand, "a demand request or its answer (A24-A25)")
      .value("OBJECTION", NoticeKind::kObjection, "an objection to verify, or its result (A29)")
      .value("CORRECTION", NoticeKind::kCorrection,
             "corrected data on an entry the department holds (A29)")
      .value("DISPUTE", NoticeKind::kDispute, "a dispute opened or resolved (A27)")
      .value("RECTIFICATION", NoticeKind::kRectification, "a rectification notice or written notice (A33)")
      .value("CALENDAR", NoticeKind::kCalendar,
             "a deadline moved when a year's schedule was loaded; next year's is missing")
      .value("OVERDUE", NoticeKind::kOverdue, "a step passed its deadline without being done (A19, A31 (7))")
      .value("NON_USE", NoticeKind::kNonUse,
             "an authorization unused for more than three months may be revoked (A26)");

  py::enum_<ObligationKind>(m, "ObligationKind", "Why a department must update its catalog (A11).")
      .value("LAW_REVISION", ObligationKind::kLawRevision,
             "有关法律法规作出修订: update within 15 working days")
      .value("FUNCTION_CHANGE", ObligationKind::kFunctionChange,
             "行政管理职能发生变化: update within 15 working days")
      .value("ANNUAL_CENSUS", ObligationKind::kAnnualCensus, "每年全面普查");

  py::enum_<ObligationState>(m, "ObligationState", "State of an obligation as of the platform's now().")
      .value("OPEN", ObligationState::kOpen, "not fulfilled, not yet due")
      .value("DUE", ObligationState::kDue, "not fulfilled, due today")
      .value("OVERDUE", ObligationState::kOverdue, "not fulfilled, past its due date")
      .value("FULFILLED", ObligationState::kFulfilled,
             "fulfilled: an approved revision (law, functions) or the census return");

  py::enum_<CensusOutcome>(m, "CensusOutcome", "How an entry came out of the annual census (A11).")
      .value("UNCHANGED", CensusOutcome::kUnchanged, "reviewed; nothing needed updating")
      .value("REVISED", CensusOutcome::kRevised,
             "reviewed and revised: a version submitted in the census year");

  py::enum_<SignatureAlgorithm>(m, "SignatureAlgorithm",
                                "The signature algorithm of an audit signing key (OpenSSL EVP).")
      .value("ED25519", SignatureAlgorithm::kEd25519, "Ed25519 (default)")
      .value("SM2", SignatureAlgorithm::kSm2, "SM2 with SM3 (国密, GM/T 0054 assessments)");

  py::enum_<HashAlgorithm>(m, "HashAlgorithm", "The hash of the audit chain (OpenSSL EVP).")
      .value("SHA256", HashAlgorithm::kSha256, "SHA-256 (default)")
      .value("SM3", HashAlgorithm::kSm3, "SM3 (GB/T 32905), for GM/T 0054 assessments");

  py::enum_<Durability>(m, "Durability",
                        "How durable each commit is (SQLite PRAGMA synchronous in WAL mode).")
      .value("FULL", Durability::kFull, "a commit survives power loss (default)")
      .value("NORMAL", Durability::kNormal,
             "the last commits may be lost on power loss (never corruption); faster");
}

void BindStructs(py::module_& m) {
  py::class_<Department> department(m, "Department", "A government department (政务部门).");
  def_value_type(
      department,
      field("code", &Department::code, "统一社会信用代码 (GB 32100, check character validated)."),
      field("name", &Department::name, "Full official name, e.g. 南通市公安局."),
      field("level", &Department::level, "What kind of body it is."),
      field("parent_code", &Department::parent_code,
            "Code of the parent body (a county department's county platform); empty for "
            "municipal departments and the bureau."),
      field("audit_body", &Department::audit_body,
            "An audit body marked by the bureau administrator: its staff may hold the auditor "
            "role (A28; docs/permissions.md)."));

  py::class_<User> user(m, "User", "A named user acting for one department (A14 专人, A28).");
  def_value_type(
      user, field("id", &User::id, "Login name, unique: [A-Za-z0-9._-], 2..64 characters."),
      field("name", &User::name, "Display name, e.g. 张明."),
      field("department_code", &User::department_code, "The department the user acts for."),
      field("roles", &User::roles, "The roles held. A copy (list): assign a new list to change it."),
      field("active", &User::active, "Whether the user may act."));

  py::class_<ReviewFinding> review_finding(
      m, "ReviewFinding", "One reason of a rejection: the field and what is wrong (A10).");
  def_value_type(review_finding,
                 field("path", &ReviewFinding::path,
                       "Field path inside the entry, e.g. 'items[2].length'; may be empty."),
                 field("reason", &ReviewFinding::reason, "What the department must change."));

  py::class_<EntryVersion> version(m, "EntryVersion", "One version of an entry.");
  def_value_type(
      version, field("number", &EntryVersion::number, "1, 2, ... per entry."),
      field("status", &EntryVersion::status, "State of this version."),
      field("entry", &EntryVersion::entry, "The content of this version."),
      field("created_by", &EntryVersion::created_by, "User id of its author."),
      field("created_at", &EntryVersion::created_at, "When it was created."),
      field("submitted_at", &EntryVersion::submitted_at, "When it was submitted; None if never."),
      field("reviewed_at", &EntryVersion::reviewed_at, "When it was reviewed; None if never."),
      field("reviewed_by", &EntryVersion::reviewed_by, "User id of the reviewer; empty if none."),
      field("rejection", &EntryVersion::rejection, "Reasons of a rejection. A copy (list)."),
      field("published_at", &EntryVersion::published_at, "When it was published; None if never."));

  py::class_<EntryRecord> record(
      m, "EntryRecord",
      "A catalog entry held by the platform: its identity, state and the versions that matter "
      "now. Pass row_version back to every change.");
  def_value_type(
      record, field("id", &EntryRecord::id, "The platform's id of the entry."),
      field("code", &EntryRecord::code,
            "The catalog code, assigned by the bureau on first approval (A7); empty before."),
      field("provider_code", &EntryRecord::provider_code, "The providing department's code."),
      field("status", &EntryRecord::status, "State of the entry as a whole."),
      field("row_version", &EntryRecord::row_version,
            "Optimistic-concurrency version: pass it back to every change; a change based on an "
            "older value raises ConflictError."),
      field("live_version", &EntryRecord::live_version, "The live version number, when published."),
      field("working_version", &EntryRecord::working_version,
            "The version being worked on (draft/submitted/approved/rejected), if any."),
      field("live", &EntryRecord::live,
            "The live content, when published. A copy: assign to change it."),
      field("working", &EntryRecord::working, "The working content, if any. A copy."),
      field("working_status", &EntryRecord::working_status, "State of the working version, if any."),
      field("withdrawal_reason", &EntryRecord::withdrawal_reason,
            "Withdrawal reason while requested or after withdrawal."));

  py::class_<SourceDesignation> source(m, "SourceDesignation",
                                      "N19 数源部门: the department designated to lead the collection of data several "
                                      "departments collect and to provide its sharing service.");
  def_value_type(source, field("subject", &SourceDesignation::subject, "The data, e.g. 人口基础信息."),
                 field("source_code", &SourceDesignation::source_code, "The source department (credit code)."),
                 field("collecting_codes", &SourceDesignation::collecting_codes,
                       "The other departments that collect it and cooperate. A copy (list)."),
                 field("basis", &SourceDesignation::basis, "The decision or reason of the designation."),
                 field("designated_by", &SourceDesignation::designated_by, "Filled by the platform."),
                 field("designated_at", &SourceDesignation::designated_at, "Filled by the platform."));

  py::class_<Notice> notice(m, "Notice", "A durable notice to a department (the outbox).");
  def_value_type(
      notice, field("id", &Notice::id, "The notice's id."),
      field("kind", &Notice::kind, "What it is about."),
      field("department_code", &Notice::department_code, "The department notified."),
      field("entry_id", &Notice::entry_id, "The entry it is about; 0 when not about an entry."),
      field("object", &Notice::object,
            "The case it is about, e.g. 'application:12'; empty when only an entry."),
      field("message", &Notice::message, "The text (Chinese)."),
      field("created_at", &Notice::created_at, "When it was sent."),
      field("acknowledged_at", &Notice::acknowledged_at, "When it was acknowledged; None if not."),
      field("acknowledged_by", &Notice::acknowledged_by, "Who acknowledged it; empty if nobody."));

  py::class_<CensusLine> census_line(m, "CensusLine",
                                     "One line of a census return: an entry and its outcome (A11).");
  def_value_type(census_line, field("entry_id", &CensusLine::entry_id, "The published entry."),
                 field("outcome", &CensusLine::outcome, "UNCHANGED or REVISED."),
                 field("version", &CensusLine::version,
                       "REVISED: the version submitted in the census year (the platform fills it "
                       "in); 0 otherwise."));

  py::class_<Obligation> obligation(m, "Obligation",
                                    "A department's obligation to update its catalog (A11).");
  def_value_type(
      obligation, field("id", &Obligation::id, "The obligation's id."),
      field("kind", &Obligation::kind, "Why the update is owed."),
      field("department_code", &Obligation::department_code, "The department that owes it."),
      field("description", &Obligation::description, "What was revised or changed."),
      field("announced_on", &Obligation::announced_on,
            "The announcement date (law revision, function change) or January 1 of the census "
            "year."),
      field("due", &Obligation::due,
            "When the update is due (working days from the calendar, or December 31)."),
      field("state", &Obligation::state, "State as of the platform's now() when read."),
      field("fulfilled_at", &Obligation::fulfilled_at, "When it was fulfilled; None if not."),
      field("fulfilled_by_entry", &Obligation::fulfilled_by_entry,
            "Law revision, function change: the entry of the approved revision that fulfilled "
            "it; 0 if none."),
      field("fulfilled_by_version", &Obligation::fulfilled_by_version,
            "Its version number; 0 if none."),
      field("census_return", &Obligation::census_return,
            "Annual census: the department's return (CensusLine list, a copy); empty otherwise."),
      field("on_time", &Obligation::on_time, "Whether it was fulfilled on time (when fulfilled)."),
      field("extension", &Obligation::extension,
            "N17: the department's request for more time and the bureau's decision (a ReplyExtension); "
            "None when none was asked for. An approved one is in due."));

  py::class_<AuditRecord> audit_record(m, "AuditRecord", "One record of the audit trail (A28).");
  def_value_type(
      audit_record, field("position", &AuditRecord::position, "1, 2, ..."),
      field("time", &AuditRecord::time, "When the change happened."),
      field("user_id", &AuditRecord::user_id, "Who made it."),
      field("department_code", &AuditRecord::department_code, "For which department."),
      field("action", &AuditRecord::action, "What was done, e.g. 'catalog.publish'."),
      field("object", &AuditRecord::object, "What it was done to, e.g. 'entry:12'."),
      field("before_digest", &AuditRecord::before_digest, "Digest of the object before."),
      field("after_digest", &AuditRecord::after_digest, "Digest of the object after."),
      field("reason", &AuditRecord::reason, "The stated reason, if any."),
      field("previous_hash", &AuditRecord::previous_hash, "Hash of the previous record."),
      field("hash", &AuditRecord::hash, "Hash of this record (hex)."));

  py::class_<AuditVerification> verification(m, "AuditVerification",
                                              "Result of verifying the audit chain.");
  def_value_type(
      verification, field("intact", &AuditVerification::intact, "True when every record verifies."),
      field("records", &AuditVerification::records, "How many records were checked."),
      field("first_bad_position", &AuditVerification::first_bad_position,
            "The first position that does not verify (0 when intact)."),
      field("problem", &AuditVerification::problem, "What is wrong there; empty when intact."),
      field("algorithm", &AuditVerification::algorithm, "The hash of the chain."),
      field("checkpoints", &AuditVerification::checkpoints,
            "Signed checkpoints whose signature verified and whose head is on the chain."),
      field("signed_position", &AuditVerification::signed_position,
            "The last position a verified checkpoint covers (0: none)."),
      field("keys_trusted", &AuditVerification::keys_trusted,
            "True when signatures were checked against the keys the verifier gave "
            "(trusted_public_keys) rather than those the trail records."),
      field("signing_keys", &AuditVerification::signing_keys,
            "Ids of the keys that signed the verified checkpoints, in order of use."),
      field("file_checkpoints", &AuditVerification::file_checkpoints,
            "Checkpoints read from the external checkpoint file."));

  py::class_<SigningKey> signing_key(
      m, "SigningKey",
      "An audit signing key pair (PEM): generate_signing_key(), read_signing_key_file(), "
      "parse_public_key(). Keep the private half outside the platform's database.");
  def_value_type(signing_key, field("algorithm", &SigningKey::algorithm, "ED25519 or SM2."),
                 field("private_key_pem", &SigningKey::private_key_pem,
                       "PKCS#8 PEM; empty when only the public half is known."),
                 field("public_key_pem", &SigningKey::public_key_pem, "SubjectPublicKeyInfo PEM."),
                 field("key_id", &SigningKey::key_id, "Lower-case hex SHA-256 of the public key's DER."));

  py::class_<CountyKey> county_key(
      m, "CountyKey",
      "A county platform's public key registered by the city: its federation bundles import only "
      "when signed by one of its registered keys (A6).");
  def_value_type(county_key, field("county_code", &CountyKey::county_code, "The county platform."),
                 field("key_id", &CountyKey::key_id, "The key's id."),
                 field("algorithm", &CountyKey::algorithm, "ED25519 or SM2."),
                 field("public_key_pem", &CountyKey::public_key_pem, "The public key (PEM)."),
                 field("registered_at", &CountyKey::registered_at, "When it was registered."),
                 field("registered_by", &CountyKey::registered_by, "Who registered it."));

  py::class_<AuditCheckpoint> checkpoint(
      m, "AuditCheckpoint",
      "A signed audit checkpoint (A28): the chain's head at a time, signed with the platform's "
      "signing key.");
  def_value_type(checkpoint, field("sequence", &AuditCheckpoint::sequence, "1, 2, ... in the order signed."),
                 field("position", &AuditCheckpoint::position, "The last record it covers."),
                 field("head_hash", &AuditCheckpoint::head_hash, "That record's hash."),
                 field("time", &AuditCheckpoint::time, "When it was signed (the platform's clock)."),
                 field("algorithm", &AuditCheckpoint::algorithm, "The key's SignatureAlgorithm."),
                 field("key_id", &AuditCheckpoint::key_id, "The signing key's id."),
                 field("signature", &AuditCheckpoint::signature, "Lower-case hex."));

  py::class_<SecurityEvent> event(
      m, "SecurityEvent",
      "A refused attempt (permission denied), kept apart from the audit trail: it records an "
      "attempt, never a change.");
  def_value_type(
      event, field("id", &SecurityEvent::id, "The event's id."),
      field("time", &SecurityEvent::time, "When it was refused."),
      field("user_id", &SecurityEvent::user_id, "Who tried."),
      field("department_code", &SecurityEvent::department_code,
            "The user's department; empty for an unknown user."),
      field("action", &SecurityEvent::action, "What was attempted."),
      field("object", &SecurityEvent::object, "On what."),
      field("detail", &SecurityEvent::detail, "Why it was refused."));

  py::class_<FederationReport> report(m, "FederationReport",
                                      "What a county bundle import changed (A6).");
  def_value_type(
      report,
      field("source_platform", &FederationReport::source_platform,
            "Code of the county platform the bundle came from."),
      field("added", &FederationReport::added, "Entries added."),
      field("updated", &FederationReport::updated, "Entries updated."),
      field("unchanged", &FederationReport::unchanged, "Entries already up to date."),
      field("changed_codes", &FederationReport::changed_codes,
            "Codes of the added and updated entries. A copy (list)."),
      field("signing_key", &FederationReport::signing_key,
            "The id of the county platform's key that signed the bundle."));

  // ---- the platform calendar across the year boundary (docs/calendar.md) ----------------
  py::class_<DeadlineChange> change(m, "DeadlineChange",
                                    "A deadline recomputed when a year's holiday schedule was loaded.");
  def_value_type(
      change,
      field("object", &DeadlineChange::object,
            "The case or obligation, e.g. 'application:12', 'obligation:3', 'rectification:2'."),
      field("what", &DeadlineChange::what,
            "What the deadline is for: a step kind ('form_check', ...), 'obligation' or "
            "'rectification'."),
      field("department_code", &DeadlineChange::department_code, "The department that must act."),
      field("before", &DeadlineChange::before, "The deadline before the load."),
      field("after", &DeadlineChange::after, "The deadline on the new calendar."),
      field("moved", &DeadlineChange::moved,
            "True when the deadline moved (not only lost its provisional flag)."),
      field("overdue", &DeadlineChange::overdue,
            "True when, as of the load, the new deadline has passed."));

  py::class_<CalendarLoadReport> load_report(m, "CalendarLoadReport",
                                             "What loading a year's schedule did.");
  def_value_type(
      load_report, field("year", &CalendarLoadReport::year, "The year loaded."),
      field("digest", &CalendarLoadReport::digest, "SHA-256 of the schedule (YearSchedule.digest)."),
      field("previous_digest", &CalendarLoadReport::previous_digest,
            "The digest the year had before (empty when it was not loaded)."),
      field("correction", &CalendarLoadReport::correction,
            "True when the year was loaded before with different content."),
      field("changed", &CalendarLoadReport::changed,
            "False when the same schedule was loaded already (nothing changed)."),
      field("calendar_version", &CalendarLoadReport::calendar_version,
            "The platform calendar's version after the load."),
      field("recomputed", &CalendarLoadReport::recomputed,
            "Every open deadline recomputed (DeadlineChange), in the order found. A copy (list)."));

  py::class_<CalendarYearInfo> year_info(m, "CalendarYearInfo",
                                         "A year of the platform calendar and where it comes from.");
  def_value_type(
      year_info, field("year", &CalendarYearInfo::year, "The year."),
      field("origin", &CalendarYearInfo::origin,
            "'builtin' (shipped with the library) or 'loaded' (by the bureau)."),
      field("digest", &CalendarYearInfo::digest, "SHA-256 of the year's schedule."),
      field("loaded_at", &CalendarYearInfo::loaded_at,
            "When the bureau loaded it; None for a builtin year."),
      field("loaded_by", &CalendarYearInfo::loaded_by, "Who loaded it; empty for a builtin year."),
      field("reason", &CalendarYearInfo::reason, "The reason given (a correction's); may be empty."));

  py::class_<CalendarState> state(m, "CalendarState",
                                  "Where the platform calendar stands (govshare calendar status).");
  def_value_type(
      state, field("as_of", &CalendarState::as_of, "The platform's now() when it was read."),
      field("years", &CalendarState::years,
            "The years of the platform calendar (CalendarYearInfo), ascending. A copy (list)."),
      field("calendar_version", &CalendarState::calendar_version,
            "The platform calendar's version."),
      field("prediction_version", &CalendarState::prediction_version,
            "The prediction used for years not loaded (prediction_version())."),
      field("provisional_open", &CalendarState::provisional_open,
            "Open steps, obligations and rectifications whose deadline is provisional."),
      field("earliest_provisional_due", &CalendarState::earliest_provisional_due,
            "The earliest of their deadlines; None when there is none."),
      field("first_unloaded_date", &CalendarState::first_unloaded_date,
            "The first day, from today on, of a year with no loaded schedule."),
      field("next_year_missing", &CalendarState::next_year_missing,
            "True from November 1 while next year's schedule is not loaded."),
      field("warning", &CalendarState::warning,
            "A line for reports: what is missing and what to do (empty when fine)."));

  py::class_<HousekeepingReport> housekeeping(
      m, "HousekeepingReport",
      "What one housekeeping run did (Platform.run_housekeeping; docs/housekeeping.md). A second run "
      "at the same time finds nothing left to do.");
  def_value_type(
      housekeeping, field("ran_at", &HousekeepingReport::ran_at, "The platform's time of the run."),
      field("expired", &HousekeepingReport::expired,
            "Authorizations whose period ran out, their expiry recorded (A26). A copy (list)."),
      field("non_use_noticed", &HousekeepingReport::non_use_noticed,
            "Authorizations newly revocable for non-use, made known to the provider once (A26). A copy."),
      field("overdue_noticed", &HousekeepingReport::overdue_noticed,
            "Pending steps newly past their deadline, made known once (A19, A31 (7)). A copy (list)."),
      field("escalated", &HousekeepingReport::escalated,
            "Rectifications past their deadline, escalated (A33). A copy (list)."),
      field("census_scheduled", &HousekeepingReport::census_scheduled,
            "The year's census obligations opened (A11). A copy (list)."),
      field("calendar_warned", &HousekeepingReport::calendar_warned,
            "The year whose missing holiday schedule the bureau was warned of by this run, or None."));
  housekeeping.def("changed", &HousekeepingReport::changed, "True when the run changed the platform.");

  py::class_<CopiedTable> copied(m, "CopiedTable", "One table of a copy (Platform.copy_to) and the rows it moved.");
  def_value_type(copied, field("table", &CopiedTable::table, "The table's name."),
                 field("rows", &CopiedTable::rows, "How many rows were copied."));
  py::class_<CopyReport> copy_report(
      m, "CopyReport",
      "What Platform.copy_to moved, and the audit chain verified on both sides afterwards "
      "(docs/deployment.md).");
  def_value_type(
      copy_report, field("tables", &CopyReport::tables, "Every table and its rows. A copy (list)."),
      field("source", &CopyReport::source, "The source's audit chain, verified after the copy."),
      field("target", &CopyReport::target, "The copy's audit chain, verified on the copy."),
      field("source_head", &CopyReport::source_head, "The source's last record hash."),
      field("target_head", &CopyReport::target_head, "The copy's last record hash."));
  copy_report.def("verified", &CopyReport::verified,
                  "True when both chains are intact, of the same length, with the same head.");

  py::class_<PlatformOptions> options(m, "PlatformOptions", "How to open a platform.");
  def_value_type(
      options,
      field("path", &PlatformOptions::path,
            "SQLite file path; ':memory:' for a private in-memory platform. Required."),
      field("create_if_missing", &PlatformOptions::create_if_missing,
            "Create the file (and schema) when missing. Default True."),
      field("busy_timeout_ms", &PlatformOptions::busy_timeout_ms,
            "How long to wait for another process's write lock, in ms. Default 5000."),
      field("durability", &PlatformOptions::durability, "How durable each commit is. Default FULL."),
      field("audit_hash", &PlatformOptions::audit_hash,
            "Hash of the audit chain, fixed when the platform is created. Default SHA256."),
      field("simulated_time", &PlatformOptions::simulated_time,
            "When set (LocalDateTime or aware datetime.datetime), the platform runs on a "
            "simulated clock starting here that moves only by set_time/advance_time. None: the "
            "system clock."),
      field("usage_log", &PlatformOptions::usage_log,
            "Record every access decision and comparison in the usage log (A28). Default True."),
      field("usage_log_batch", &PlatformOptions::usage_log_batch,
            "Usage lines are written in batches (one transaction each) by the handle's writer: "
            "a thread's lines go to it when they reach this many. Default 1000."),
      field("usage_log_flush_ms", &PlatformOptions::usage_log_flush_ms,
            "... and at least this often (ms): a crash loses at most the lines of the last "
            "interval. flush_usage_log() and close() write the rest. Default 200."),
      field("read_connections", &PlatformOptions::read_connections,
            "Read connections the handle keeps for its threads (reads run in parallel on them; "
            "writes take the one write path in turn). Default 4."),
      field("decision_refresh_ms", &PlatformOptions::decision_refresh_ms,
            "How often (ms) the decision index looks for changes made by other processes on "
            "the same file (0: at every call). Changes through this handle are seen at once. "
            "Default 1000."),
      field("comparisons_per_minute", &PlatformOptions::comparisons_per_minute,
            "Comparisons allowed per authorization per sliding minute (A28 anti-enumeration). "
            "Default 60."),
      field("decision_valid_seconds", &PlatformOptions::decision_valid_seconds,
            "How long (s, on the platform's clock) filter() accepts an allowed decision after it "
            "was made (AccessDecision.expires). Default 60."),
      field("signing_key_file", &PlatformOptions::signing_key_file,
            "The audit signing key: a private key file (PEM, mode 0600) kept outside the database; "
            "with it the platform signs checkpoints of the audit chain's head. '' (default): none."),
      field("signing_key_env", &PlatformOptions::signing_key_env,
            "... or the name of an environment variable holding the key's PEM text."),
      field("checkpoint_every_records", &PlatformOptions::checkpoint_every_records,
            "Sign a checkpoint when this many records were written since the last. Default 1000."),
      field("checkpoint_every_minutes", &PlatformOptions::checkpoint_every_minutes,
            "... or when records were written and the last checkpoint is this old. Default 10."),
      field("checkpoint_file", &PlatformOptions::checkpoint_file,
            "Also append each checkpoint (a JSON line) to this file, for an auditor to keep "
            "elsewhere. Needs a signing key."),
      field("pseudonym_key_file", &PlatformOptions::pseudonym_key_file,
            "The pseudonym key file (hex, mode 0600) pseudonymised items are made with, kept outside "
            "the database. '' (default): none — a pseudonym delivery is refused."),
      field("pseudonym_key_env", &PlatformOptions::pseudonym_key_env,
            "... or the name of an environment variable holding that key."));
}

void BindNames(py::module_& m) {
  m.def("enum_name", py::overload_cast<DepartmentLevel>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<Role>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<Action>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<VersionStatus>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<EntryStatus>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<NoticeKind>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<ObligationKind>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<ObligationState>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<HashAlgorithm>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<SignatureAlgorithm>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<Durability>(&ToString), py::arg("value"));
  m.def("chinese_label", py::overload_cast<Role>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<DepartmentLevel>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<Action>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<VersionStatus>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<EntryStatus>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<NoticeKind>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<ObligationKind>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<ObligationState>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<HashAlgorithm>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<SignatureAlgorithm>(&ChineseLabel), py::arg("value"));

  const char* parse_doc = "Parses the name enum_name gives; raises InvalidArgumentError.";
  m.def("parse_role", &ParseRole, py::arg("name"), parse_doc);
  m.def("parse_department_level", &ParseDepartmentLevel, py::arg("name"), parse_doc);
  m.def("parse_action", &ParseAction, py::arg("name"), parse_doc);

  m.def("role_allows", &RoleAllows, py::arg("role"), py::arg("level"), py::arg("action"),
        "The permission matrix (docs/permissions.md): may a user with role, in a department of "
        "level, attempt action at all? (The own-department scope is checked by each Platform "
        "operation; Platform.may_do asks with it.)");
  m.def("all_actions", &AllActions, "Every Action, in a stable order (for matrices and tests).");
  m.def("all_roles", &AllRoles, "Every Role, in a stable order.");
}

}  // namespace

void BindPlatformTypes(py::module_& m) {
  BindEnums(m);
  BindStructs(m);
  BindNames(m);
}

}  // namespace govshare::python
