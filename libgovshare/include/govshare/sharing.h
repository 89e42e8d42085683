// libgovshare — value types of sharing between departments (A17–A27, A29):
// applications for use and their statutory steps, authorizations, demand
// requests, objections and corrections, disputes. The operations are on
// Platform (platform.h). Plain values: thread-compatible, freely copyable.
#ifndef GOVSHARE_SHARING_H_
#define GOVSHARE_SHARING_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "govshare/calendar.h"
#include "govshare/catalog.h"
#include "govshare/export.h"

namespace govshare {

// ---- steps with statutory deadlines -----------------------------------------------------

/// A step someone must complete by a deadline. Supervision (A31 (7)) reads
/// them per kind.
enum class StepKind {
  kFormCheck = 1,          ///< the bureau checks an application's form: 1 working day (A21)
  kProviderDecision = 2,   ///< the provider grants or refuses: 10 working days (A22)
  kPlatformDecision = 3,   ///< the bureau grants or refuses: 2 working days (A23)
  kDemandResponse = 4,     ///< a department answers a demand request (A25; judged by the answer, DemandAnswerKind)
  kDemandPublication = 5,  ///< a committed resource is published: 1 month after receipt (A25)
  kObjectionCheck = 6,     ///< the provider verifies an objection (A29 及时; policy)
  /// The provider submits a revision of a catalog version the bureau rejected
  /// (A31 (2) 对不符合要求的内容是否及时进行修改完善; policy unrevised_rejection_days).
  /// Its object is the entry (`entry:12`).
  kCatalogRevision = 7,
  /// The provider delivers the granted data: N22 20 working days from the
  /// agreeing reply (acts from 2025-08-01). Its object is the authorization
  /// (`authorization:12`).
  kDelivery = 8,
  /// The bureau reviews an update of a published entry: N17 2 working days
  /// from receipt (updates submitted from 2025-08-01). Its object is the
  /// entry (`entry:12`).
  kCatalogReview = 9,
  /// The consumer disposes of the data once its authorization has ended: N27
  /// 共享目的已实现、无法实现或者为实现共享目的不再必要的，应当按照政务数据提供部门的要求妥善处置,
  /// within the provider's working days (Authorization::disposal_working_days),
  /// counted from the end. Completed by a destruction use record (N29). Its
  /// object is the authorization (`authorization:12`).
  kDisposal = 10,
  /// The consumer rectifies a misuse within the period the suspending
  /// authority set: N27 暂停其政务数据共享权限，并督促限期整改 (SharingService::
  /// SuspendForMisuse). Its object is the authorization (`authorization:12`).
  kRectification = 11,
  /// The bureau coordinates a dispute the parties could not settle: N28
  /// 协商不成的，应当按照程序向同级政务数据共享主管部门申请协调处理, within the
  /// policy's dispute_coordination_days (N28 sets none); it ends when the
  /// dispute is resolved or taken on to the government. Its object is the
  /// dispute (`dispute:12`).
  kDisputeCoordination = 12,
};

/// One step of a case: who must act, by when, and how it went.
struct GOVSHARE_EXPORT ProcessStep {
  std::int64_t id = 0;
  StepKind kind = StepKind::kFormCheck;
  /// The case: `application:12`, `demand:3`, `objection:4`.
  std::string object;
  /// The department that must act.
  std::string department_code;
  LocalDateTime started_at;
  /// The deadline, with the calendar version that computed it.
  Deadline due;
  /// The article whose period set the deadline, as in force on the day the
  /// step's event happened ("A21", "N21"; docs/rulebook.md).
  std::string article;
  std::optional<LocalDateTime> completed_at;
  std::string completed_by;
  /// What was decided, e.g. `accepted`, `granted`, `not_in_duties`.
  std::string outcome;
  /// Completed by the deadline (completed steps only).
  bool on_time = false;
  /// Pending and past the deadline as of the platform's Now().
  bool overdue = false;
};

/// The stamped scan of a signed application (A20, A24): its reference and
/// digest; the file itself stays with the host.
struct GOVSHARE_EXPORT ScanDocument {
  std::string file_name;
  /// SHA-256 of the file, 64 lowercase hex digits.
  std::string sha256;
  /// Size in bytes (> 0).
  std::int64_t size = 0;
  bool operator==(const ScanDocument& o) const {
    return file_name == o.file_name && sha256 == o.sha256 && size == o.size;
  }
};

// ---- applications (A18–A23) -------------------------------------------------------------

/// What a consumer department asks for (A20; attachments 1–2).
struct GOVSHARE_EXPORT ApplicationRequest {
  /// The published entry (platform id).
  std::int64_t entry_id = 0;
  /// Item names wanted: a non-empty subset of the entry's items.
  std::vector<std::string> items;
  /// What the data is for (用途).
  std::string purpose;
  /// The legal duty it serves (履职依据), e.g. a law and article.
  std::string legal_duty;
  ShareMethod method = ShareMethod::kApi;
  /// The requested validity period (inclusive dates).
  Date valid_from;
  Date valid_until;
  ScanDocument scan;
  /// A seasonal use (季节性应用, A26): not revocable for non-use.
  bool seasonal = false;
  /// When renewing: the authorization this application renews (0: none).
  std::int64_t renewal_of = 0;
  /// N24 上级政府部门应当根据下级政府部门履行职责的需要……回流业务信息系统收集和产生的下级政府
  /// 行政区域内的政务数据……不得设置额外的限制条件: a county department (or county
  /// platform) asks a city department to return the data of its region. The
  /// share scope's naming of departments does not bar it (the consumer counts
  /// as named; masking stays: 在确保政务数据安全的前提下), and the grant adds no
  /// conditions of its own. From 2025-08-01.
  bool return_flow = false;
};

enum class ApplicationStatus {
  kSubmitted = 1,    ///< waiting for the bureau's form check (A21)
  kNotAccepted = 2,  ///< not accepted, with a reason (A21)
  kAccepted = 3,     ///< accepted; waiting for the grant decision (A22/A23)
  kGranted = 4,      ///< granted: an authorization exists
  kRefused = 5,      ///< refused, with a reason (A22/A23)
  /// N21 一次性告知: the deciding authority listed every missing material at
  /// once; waiting for the requester to supply them.
  kMaterialsRequested = 6,
};

/// An application for use (使用申请).
struct GOVSHARE_EXPORT Application {
  std::int64_t id = 0;
  /// Optimistic-concurrency version: pass it back to every change.
  std::int64_t row_version = 0;
  /// The applying (consumer) department and user.
  std::string consumer_code;
  std::string applicant;
  std::string provider_code;
  std::string entry_code;
  ApplicationRequest request;
  /// The entry's mode (A18), which decides who grants.
  AuthorizationMode mode = AuthorizationMode::kProviderDirect;
  /// The entry's share class when applied for: N21 sets the reply period by
  /// it (1 working day unconditional, 10 conditional).
  ShareClass share_class = ShareClass::kConditional;
  /// The department that decides: the provider, or the bureau.
  std::string authority_code;
  ApplicationStatus status = ApplicationStatus::kSubmitted;
  /// The reason of a non-acceptance or refusal.
  std::string reason;
  /// The authorization granted (0 until granted).
  std::int64_t authorization_id = 0;
  LocalDateTime submitted_at;
  /// N21 一次性告知: every material the authority found missing, listed at
  /// once (empty: none asked for), when, and what the requester supplied.
  std::vector<std::string> missing_materials;
  std::optional<LocalDateTime> materials_requested_at;
  std::string supplement;
  std::optional<ScanDocument> supplement_scan;
  std::optional<LocalDateTime> materials_supplied_at;
  /// N21: the provider's extension of its reply, if one was asked for.
  std::optional<ReplyExtension> extension;
  /// The steps so far, oldest first.
  std::vector<ProcessStep> steps;
};

/// What a grant gives; empty fields mean "as requested".
struct GOVSHARE_EXPORT GrantTerms {
  /// Items granted: a subset of the requested ones (empty: all requested).
  std::vector<std::string> items;
  std::optional<Date> valid_from;
  std::optional<Date> valid_until;
  /// Conditions of use stated by the granter (free text).
  std::string conditions;
  /// Overrides the application's seasonal flag when set.
  std::optional<bool> seasonal;
  /// N27 按照政务数据提供部门的要求妥善处置: how the consumer disposes of the data
  /// when the purpose is met or gone (empty: 销毁 — destroyed), and within
  /// how many working days of the end (absent: the policy's disposal_days).
  std::string disposal;
  std::optional<int> disposal_working_days;
};

// ---- authorizations (A18, A26, A28, A30) ------------------------------------------------

enum class AuthorizationStatus {
  kActive = 1,     ///< valid now
  kExpired = 2,    ///< past its period (re-application needed, A26)
  kRevoked = 3,    ///< revoked (non-use A26, breach A28/A30)
  kSuspended = 4,  ///< suspended for a suspected breach (A28, A30)
};

/// Why an authorization is revoked.
enum class RevocationGround {
  kNonUse = 1,  ///< unused for more than 3 months, not seasonal (A26)
  kBreach = 2,  ///< use outside the grant or security duties broken (A28, A30)
  /// N27 共享目的已实现、无法实现或者为实现共享目的不再必要: the consumer ends it
  /// (SharingService::EndPurpose).
  kPurposeEnded = 3,
  /// N27 确需终止……服务: the provider ended the service after negotiating with
  /// the consumer and filing with the bureau (SharingService::FileServiceChange).
  kServiceEnded = 4,
  /// N27 对拒不整改或者整改不到位的，可以终止共享: suspended for misuse and not
  /// rectified (SharingService::TerminateForMisuse).
  kMisuseNotRectified = 5,
};

/// N25, N27, N40 (二)(三): a use beyond what was granted.
enum class UseBeyondGrant {
  kWiderScope = 1,    ///< 扩大使用范围 (超出使用范围)
  kOtherPurpose = 2,  ///< 用于或者变相用于其他目的 (超出共享目的)
  kThirdParty = 3,    ///< 提供给第三方
};

/// How a suspension for misuse ended (N27).
enum class MisuseOutcome {
  kReinstated = 1,  ///< rectified: the authority reinstated the authorization
  kTerminated = 2,  ///< not rectified, or not enough: sharing terminated (ground misuse_not_rectified)
  /// The authorization ended another way while suspended (revoked on another
  /// ground, its purpose ended, its service ended): nothing left to rectify.
  kEndedOtherwise = 3,
};

/// N27 政务数据需求部门存在擅自超出使用范围、共享目的使用政务数据，或者擅自将政务数据提供给第三方的，
/// 政务数据共享主管部门或者政务数据提供部门应当暂停其政务数据共享权限，并督促限期整改，对拒不整改或者
/// 整改不到位的，可以终止共享: one suspension for misuse, its rectification
/// order and how it ended.
struct GOVSHARE_EXPORT MisuseOrder {
  UseBeyondGrant misuse = UseBeyondGrant::kWiderScope;
  /// What the consumer did, as the authority found it.
  std::string facts;
  /// Who suspended and ordered the rectification (the provider or the bureau).
  std::string ordered_by_department;
  std::string ordered_by;
  LocalDateTime ordered_at;
  /// The period set for the rectification (限期), working days, and its last
  /// moment as counted when ordered (the rectification step holds it as
  /// recounted once a provisional year's schedule is loaded).
  int working_days = 0;
  LocalDateTime rectify_by;
  /// The consumer's report of what it rectified; none before.
  std::string report;
  std::string reported_by;
  std::optional<LocalDateTime> reported_at;
  /// Reinstated or terminated; none while open.
  std::optional<MisuseOutcome> outcome;
  std::string closed_by;
  std::optional<LocalDateTime> closed_at;
};

/// N25 确需扩大使用范围、用于其他目的或者提供给第三方的，应当经政务数据提供部门同意: what
/// the consumer asks the provider to consent to.
struct GOVSHARE_EXPORT WiderUseRequest {
  UseBeyondGrant kind = UseBeyondGrant::kWiderScope;
  /// The use asked for (the wider scope, the other purpose, or what goes to
  /// the third party and why); required.
  std::string description;
  /// kThirdParty: who receives the data; required for it, empty otherwise.
  std::string third_party;
};

/// One N25 request on an authorization and the provider's answer.
struct GOVSHARE_EXPORT WiderUse {
  /// 1, 2, … in the order asked on this authorization.
  int number = 0;
  WiderUseRequest request;
  std::string requested_by;
  LocalDateTime requested_at;
  /// The provider's consent or refusal; none while unanswered.
  std::optional<bool> consented;
  std::string answer;
  std::string answered_by;
  std::optional<LocalDateTime> answered_at;
};

/// A time an authorization was suspended (A28, A30). Time under suspension
/// is not non-use (A26): the consumer could not use it.
struct GOVSHARE_EXPORT SuspensionPeriod {
  /// When it was suspended.
  LocalDateTime from;
  /// When it was reinstated or revoked; absent while it is still suspended.
  std::optional<LocalDateTime> until;
};

/// A grant of use (授权).
struct GOVSHARE_EXPORT Authorization {
  std::int64_t id = 0;
  std::int64_t row_version = 0;
  /// The consumer department; the bureau for a platform-wide grant.
  std::string consumer_code;
  std::int64_t entry_id = 0;
  std::string entry_code;
  std::string provider_code;
  std::vector<std::string> items;
  std::vector<ShareMethod> methods;
  /// Conditions stated by the granter.
  std::string conditions;
  /// Items delivered only desensitized (the entry's share scope, A8).
  std::vector<std::string> masked_items;
  /// Comparison (match / no match) only, never the data (A8 数据比对).
  bool comparison_only = false;
  Date valid_from;
  Date valid_until;
  AuthorizationMode mode = AuthorizationMode::kProviderDirect;
  /// The granting department (provider or bureau) and user.
  std::string granted_by_department;
  std::string granted_by;
  LocalDateTime granted_at;
  /// The application it answers (0 for a platform-wide grant).
  std::int64_t application_id = 0;
  /// The authorization this one renews (0: none).
  std::int64_t renewal_of = 0;
  /// Seasonal use: exempt from non-use revocation (A26).
  bool seasonal = false;
  /// Granted as a return of data to a lower level (N24 回流): its consumer
  /// counts as named in the entry's share scope at every access.
  bool return_flow = false;
  /// A provider's grant to the platform as a whole (A18 整体授权).
  bool platform_wide = false;
  /// The grant to the platform as a whole this consumer grant was made
  /// under (A18; 0: none). It is the ceiling: the consumer grant lies within
  /// its items, methods and period, carries its conditions, and is
  /// suspended, reinstated and revoked with it.
  std::int64_t platform_grant_id = 0;
  /// Suspended because its platform grant was suspended (A18): reinstated
  /// when that grant is; a grant suspended on its own ground is not.
  bool suspended_with_platform_grant = false;
  /// Status as of the platform's Now() (an active one past valid_until reads
  /// as expired).
  AuthorizationStatus status = AuthorizationStatus::kActive;
  std::string status_reason;
  std::optional<LocalDateTime> status_changed_at;
  std::optional<LocalDateTime> last_used;
  /// N22: when and how the provider delivered the data (服务接口 api, 批量交换
  /// table, 文件下载 file); none until delivered.
  std::optional<LocalDateTime> delivered_at;
  std::optional<ShareMethod> delivery_method;
  std::string delivery_note;
  /// Every suspension, oldest first (A28, A30); their days do not count as
  /// non-use (A26).
  std::vector<SuspensionPeriod> suspensions;
  /// N27: the provider's disposal requirement (GrantTerms::disposal; 销毁
  /// when it stated none) and the working days it allows after the end.
  std::string disposal;
  int disposal_working_days = 0;
  /// Why it was revoked (revoked ones only).
  std::optional<RevocationGround> revocation_ground;
  /// N27: when the consumer recorded the disposal of the data (a destruction
  /// use record, N29); none before.
  std::optional<LocalDateTime> disposed_at;
  /// N27: every suspension for misuse with its rectification order, oldest
  /// first; the last is open while it has no outcome.
  std::vector<MisuseOrder> misuse_orders;
  /// N25: every request for consent to a wider use, oldest first.
  std::vector<WiderUse> wider_uses;
};

// ---- N27: the provider ends or changes a service ------------------------------------------

enum class ServiceChangeKind {
  kEnd = 1,     ///< 终止: the authorization ends (revoked, ground service_ended)
  kChange = 2,  ///< 变更: fewer items, other methods or an earlier end
};

enum class ServiceChangeStatus {
  kNegotiating = 1,  ///< proposed; the consumer has not answered (协商)
  kAnswered = 2,     ///< the consumer agreed or objected; the provider may file
  kFiled = 3,        ///< filed with the bureau (备案) and in effect
  kWithdrawn = 4,    ///< the provider withdrew it
};

/// N27 政务数据提供部门无正当理由，不得终止或者变更已提供的政务数据共享服务。确需终止或者
/// 变更服务的，政务数据提供部门应当与政务数据需求部门协商，并报同级政务数据共享主管部门备案.
struct GOVSHARE_EXPORT ServiceChangeInput {
  std::int64_t authorization_id = 0;
  ServiceChangeKind kind = ServiceChangeKind::kEnd;
  /// The good reason (正当理由); required.
  std::string reason;
  /// kChange: the items kept (a subset of the granted ones; empty: all), the
  /// methods from now on (offered by the entry; empty: unchanged) and an
  /// earlier end (absent: unchanged). At least one must change.
  std::vector<std::string> items;
  std::vector<ShareMethod> methods;
  std::optional<Date> valid_until;
};

struct GOVSHARE_EXPORT ServiceChange {
  std::int64_t id = 0;
  std::int64_t row_version = 0;
  ServiceChangeInput change;
  std::string consumer_code;
  std::string provider_code;
  std::int64_t entry_id = 0;
  std::string entry_code;
  ServiceChangeStatus status = ServiceChangeStatus::kNegotiating;
  std::string proposed_by;
  LocalDateTime proposed_at;
  /// The consumer's answer in the negotiation: agrees or not, with its words.
  std::optional<bool> consumer_agrees;
  std::string consumer_comment;
  std::string answered_by;
  std::optional<LocalDateTime> answered_at;
  /// Filed with the bureau (备案) and applied; or withdrawn.
  std::string closed_by;
  std::optional<LocalDateTime> closed_at;
  std::string withdrawal_reason;
};

// ---- N29: the requester's use records -----------------------------------------------------

/// N29 使用场景、使用过程、应用成效、存储情况、销毁情况.
enum class UseRecordKind {
  kScenario = 1,     ///< 使用场景
  kProcess = 2,      ///< 使用过程
  kResult = 3,       ///< 应用成效
  kStorage = 4,      ///< 存储情况
  kDestruction = 5,  ///< 销毁情况 (also the disposal of N27)
};

struct GOVSHARE_EXPORT UseRecordInput {
  std::int64_t authorization_id = 0;
  UseRecordKind kind = UseRecordKind::kScenario;
  /// What happened, in the consumer's words; required.
  std::string text;
};

/// N29 政务数据需求部门应当对共享政务数据的使用场景、使用过程、应用成效、存储情况、销毁情况等进行记录，
/// 有关记录保存期限不少于3年. 政务数据共享主管部门和政务数据提供部门可以查阅.
struct GOVSHARE_EXPORT UseRecord {
  std::int64_t id = 0;
  std::int64_t row_version = 0;
  std::int64_t authorization_id = 0;
  std::string consumer_code;
  std::string provider_code;
  std::int64_t entry_id = 0;
  std::string entry_code;
  UseRecordKind kind = UseRecordKind::kScenario;
  std::string text;
  std::string recorded_by;
  LocalDateTime recorded_at;
  /// The article whose retention applies ("N29", or the local rule that
  /// lengthens it) and the first day the record may be purged (its
  /// anniversary: 3 years after it was recorded under N29).
  std::string article;
  Date purgeable_from;
  /// Purged after its retention: the text is gone, the fact stays.
  bool purged = false;
  std::optional<LocalDateTime> purged_at;
  std::string purged_by;
  std::string purge_reason;
};

// ---- demand requests (A24–A25; attachment 3) --------------------------------------------

/// A consumer's request for a resource not in the catalog.
struct GOVSHARE_EXPORT DemandRequestInput {
  /// The department asked.
  std::string target_code;
  std::string description;
  std::vector<std::string> items;
  std::string purpose;
  ScanDocument scan;
};

enum class DemandStatus {
  kSubmitted = 1,    ///< waiting for the department's answer
  kNotInDuties = 2,  ///< not within its duties (answered promptly, A25)
  kCommitted = 3,    ///< within its duties: to be published within 1 month of receipt (A25)
  kDeferred = 4,     ///< cannot be published now: feedback filed with the bureau (A25); also
                     ///< a committed demand whose department then answers cannot_publish_yet
  kFulfilled = 5,    ///< a linked entry was published
};

/// How a department answers a demand request (A25). Each answer is judged by
/// its own deadline, counted from receipt.
enum class DemandAnswerKind {
  kNotInDuties = 1,  ///< 不属于本部门履职范围: within the platform's policy days (及时)
  kWillPublish = 2,  ///< 确属本部门履职范围: publish within 1 month of receipt (no earlier limit on the answer)
  kCannotPublishYet = 3,  ///< 确因客观原因暂时无法发布: feedback within 10 working days; also given to
                          ///< change a will_publish answer
};

struct GOVSHARE_EXPORT DemandAnswer {
  DemandAnswerKind kind = DemandAnswerKind::kWillPublish;
  /// The answer's text (required: the reason or the feedback).
  std::string text;
  /// For not-in-duties: the department that holds the resource, if known.
  std::string suggested_department;
};

struct GOVSHARE_EXPORT DemandRequest {
  std::int64_t id = 0;
  std::int64_t row_version = 0;
  std::string requester_code;
  std::string requested_by;
  DemandRequestInput request;
  DemandStatus status = DemandStatus::kSubmitted;
  std::optional<DemandAnswer> answer;
  std::optional<LocalDateTime> answered_at;
  std::string answered_by;
  /// The published entry that fulfilled it (0: none yet).
  std::int64_t fulfilled_entry_id = 0;
  std::optional<LocalDateTime> fulfilled_at;
  LocalDateTime submitted_at;
  std::vector<ProcessStep> steps;
};

// ---- objections and corrections (A29) ---------------------------------------------------

struct GOVSHARE_EXPORT ObjectionInput {
  std::int64_t entry_id = 0;
  /// The record concerned (its key in the provider's data).
  std::string record_key;
  /// The item concerned (an item of the entry).
  std::string item;
  std::string description;
};

enum class ObjectionStatus {
  kOpen = 1,       ///< waiting for the provider's verification
  kCorrected = 2,  ///< confirmed and corrected; consumers notified
  kRejected = 3,   ///< the data is right; reason given
};

struct GOVSHARE_EXPORT Objection {
  std::int64_t id = 0;
  std::int64_t row_version = 0;
  std::string consumer_code;
  std::string raised_by;
  std::string provider_code;
  std::string entry_code;
  ObjectionInput objection;
  ObjectionStatus status = ObjectionStatus::kOpen;
  /// The provider's response (the correction made, or why the data is right).
  std::string response;
  std::string resolved_by;
  std::optional<LocalDateTime> resolved_at;
  /// Departments that received the correction notice.
  std::vector<std::string> notified_departments;
  LocalDateTime raised_at;
  std::vector<ProcessStep> steps;
};

// ---- disputes (A27) ---------------------------------------------------------------------

enum class DisputeSubject {
  kConditions = 1,  ///< 共享条件
  kReasons = 2,     ///< 申请理由
  kResult = 3,      ///< 授权结果
};

struct GOVSHARE_EXPORT DisputeInput {
  DisputeSubject subject = DisputeSubject::kResult;
  /// The application concerned (0 when about an entry's conditions).
  std::int64_t application_id = 0;
  /// The entry concerned (taken from the application when one is named).
  std::int64_t entry_id = 0;
  std::string description;
};

enum class DisputeStatus {
  kOpen = 1,      ///< being negotiated
  kResolved = 2,  ///< outcome recorded by the bureau
};

/// N28 who handles a dispute: 协商解决; 协商不成的……向同级政务数据共享主管部门
/// 申请协调处理; 跨层级、跨地域的……由共同的上级政务数据共享主管部门协调处理; 经……
/// 协调处理仍未达成一致意见的，报……本级人民政府决定.
enum class DisputeTier {
  kNegotiation = 1,        ///< the parties negotiate (A27: with the bureau)
  kAuthority = 2,          ///< the same-level authority (the bureau) coordinates
  kSuperiorAuthority = 3,  ///< cross-level or cross-region: the common superior authority
  kGovernment = 4,         ///< the government of the authority's level decides
};

/// One escalation of a dispute (N28).
struct GOVSHARE_EXPORT DisputeEscalation {
  DisputeTier from = DisputeTier::kNegotiation;
  DisputeTier to = DisputeTier::kAuthority;
  std::string by;
  std::string by_department;
  std::string reason;
  LocalDateTime at;
};

struct GOVSHARE_EXPORT Dispute {
  std::int64_t id = 0;
  std::int64_t row_version = 0;
  DisputeInput dispute;
  std::string opened_by;
  std::string opened_by_department;
  /// The consumer and provider departments involved.
  std::string consumer_code;
  std::string provider_code;
  DisputeStatus status = DisputeStatus::kOpen;
  /// Who handles it now (N28); a resolved dispute keeps the tier it was
  /// resolved at.
  DisputeTier tier = DisputeTier::kNegotiation;
  /// Its escalations, oldest first.
  std::vector<DisputeEscalation> escalations;
  std::string outcome;
  std::string resolved_by;
  LocalDateTime opened_at;
  std::optional<LocalDateTime> resolved_at;
};

// ---- policy -----------------------------------------------------------------------------

/// Numbers the rules leave to the platform ("及时", promptly), stored in the
/// platform so every process uses the same ones.
struct GOVSHARE_EXPORT SharingPolicy {
  /// Working days to answer "not within our duties" to a demand request (A25).
  int demand_not_in_duties_days = 5;
  /// Working days for a provider to verify an objection (A29).
  int objection_check_days = 5;
  /// A31 (2) 目录……及时更新: working days after a version's rejection within
  /// which the department submits a revision; a rejected version left
  /// unrevised longer counts against the department's catalog accuracy.
  int unrevised_rejection_days = 10;
  /// A26 超过三个月未使用: whether the end of the 3 months rolls forward to
  /// a working day (民法典 art. 203). Default false: the 3 months measure
  /// elapsed time of non-use, and a use on a rest day counts like any other.
  bool non_use_rolls_to_working_day = false;
  /// Office hours for every deadline the platform computes (docs/calendar.md
  /// rule 4): the close, as minutes after midnight (e.g. 17*60+30). Absent
  /// (the default): days end at 24:00 (民法典 art. 203).
  std::optional<int> office_close_minutes;
  /// With office_close_minutes: an act received at or after the close counts
  /// as received on the next day. Default false.
  bool after_close_counts_next_day = false;
  /// N27 按照政务数据提供部门的要求妥善处置: the working days a consumer has to
  /// dispose of the data after its authorization ends, when the provider's
  /// grant stated none (GrantTerms::disposal_working_days).
  int disposal_days = 10;
  /// N28 申请协调处理: the working days the bureau has to coordinate a dispute
  /// brought to it (resolve it or take it on to the government) before the
  /// coordination is overdue (N41 (二) 未按照规定对政务数据共享争议进行协调处理).
  int dispute_coordination_days = 20;
  bool operator==(const SharingPolicy& o) const {
    return demand_not_in_duties_days == o.demand_not_in_duties_days &&
           objection_check_days == o.objection_check_days && unrevised_rejection_days == o.unrevised_rejection_days &&
           non_use_rolls_to_working_day == o.non_use_rolls_to_working_day &&
           office_close_minutes == o.office_close_minutes &&
           after_close_counts_next_day == o.after_close_counts_next_day && disposal_days == o.disposal_days &&
           dispute_coordination_days == o.dispute_coordination_days;
  }
};

GOVSHARE_EXPORT std::string ToString(StepKind value);
GOVSHARE_EXPORT std::string ToString(ApplicationStatus value);
GOVSHARE_EXPORT std::string ToString(AuthorizationStatus value);
GOVSHARE_EXPORT std::string ToString(RevocationGround value);
GOVSHARE_EXPORT std::string ToString(DemandStatus value);
GOVSHARE_EXPORT std::string ToString(DemandAnswerKind value);
GOVSHARE_EXPORT std::string ToString(ObjectionStatus value);
GOVSHARE_EXPORT std::string ToString(DisputeSubject value);
GOVSHARE_EXPORT std::string ToString(DisputeStatus value);
GOVSHARE_EXPORT std::string ToString(DisputeTier value);
GOVSHARE_EXPORT std::string ToString(ServiceChangeKind value);
GOVSHARE_EXPORT std::string ToString(ServiceChangeStatus value);
GOVSHARE_EXPORT std::string ToString(UseRecordKind value);
GOVSHARE_EXPORT std::string ToString(UseBeyondGrant value);
GOVSHARE_EXPORT std::string ToString(MisuseOutcome value);
/// Parses an enumeration's JSON/storage name (ToString); InvalidArgumentError
/// names the enumeration and lists the allowed names.
GOVSHARE_EXPORT StepKind ParseStepKind(const std::string& name);
GOVSHARE_EXPORT ApplicationStatus ParseApplicationStatus(const std::string& name);
GOVSHARE_EXPORT AuthorizationStatus ParseAuthorizationStatus(const std::string& name);
GOVSHARE_EXPORT RevocationGround ParseRevocationGround(const std::string& name);
GOVSHARE_EXPORT DemandStatus ParseDemandStatus(const std::string& name);
GOVSHARE_EXPORT DemandAnswerKind ParseDemandAnswerKind(const std::string& name);
GOVSHARE_EXPORT ObjectionStatus ParseObjectionStatus(const std::string& name);
GOVSHARE_EXPORT DisputeSubject ParseDisputeSubject(const std::string& name);
GOVSHARE_EXPORT DisputeStatus ParseDisputeStatus(const std::string& name);
GOVSHARE_EXPORT DisputeTier ParseDisputeTier(const std::string& name);
GOVSHARE_EXPORT ServiceChangeKind ParseServiceChangeKind(const std::string& name);
GOVSHARE_EXPORT ServiceChangeStatus ParseServiceChangeStatus(const std::string& name);
GOVSHARE_EXPORT UseRecordKind ParseUseRecordKind(const std::string& name);
GOVSHARE_EXPORT UseBeyondGrant ParseUseBeyondGrant(const std::string& name);
GOVSHARE_EXPORT MisuseOutcome ParseMisuseOutcome(const std::string& name);
GOVSHARE_EXPORT std::string ChineseLabel(StepKind value);
GOVSHARE_EXPORT std::string ChineseLabel(ApplicationStatus value);
GOVSHARE_EXPORT std::string ChineseLabel(AuthorizationStatus value);
GOVSHARE_EXPORT std::string ChineseLabel(RevocationGround value);
GOVSHARE_EXPORT std::string ChineseLabel(DemandStatus value);
GOVSHARE_EXPORT std::string ChineseLabel(DemandAnswerKind value);
GOVSHARE_EXPORT std::string ChineseLabel(ObjectionStatus value);
GOVSHARE_EXPORT std::string ChineseLabel(DisputeSubject value);
GOVSHARE_EXPORT std::string ChineseLabel(DisputeStatus value);
GOVSHARE_EXPORT std::string ChineseLabel(DisputeTier value);
GOVSHARE_EXPORT std::string ChineseLabel(ServiceChangeKind value);
GOVSHARE_EXPORT std::string ChineseLabel(ServiceChangeStatus value);
GOVSHARE_EXPORT std::string ChineseLabel(UseRecordKind value);
GOVSHARE_EXPORT std::string ChineseLabel(UseBeyondGrant value);
GOVSHARE_EXPORT std::string ChineseLabel(MisuseOutcome value);

}  // namespace govshare

#endif  // GOVSHARE_SHARING_H_
