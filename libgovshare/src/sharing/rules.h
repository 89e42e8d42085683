// The sharing rules (A8, A13, A17–A29) as storage-free code: each case type's
// state machine as a transition table, the A8 coverage of one item, the
// authorization mode, the shape of requests. The operations in this
// directory only authorize, load, apply these, store, notify and audit.
// Table tests: tests/cpp/rules/sharing_rules_test.cpp.
#ifndef GOVSHARE_SRC_SHARING_RULES_H_
#define GOVSHARE_SRC_SHARING_RULES_H_

#include <optional>
#include <string>
#include <vector>

#include "base/state_machine.h"
#include "govshare/platform_types.h"
#include "govshare/catalog.h"
#include "govshare/error.h"
#include "govshare/sharing.h"

namespace govshare {
namespace sharing_rules {

// ---- state machines (base/state_machine.h) -------------------------------------------------

/// Applications (A19–A23).
enum class ApplicationEvent { kAccept, kDecline, kGrant, kRefuse, kRequestMaterials, kSupplyMaterials };
const StateMachine<ApplicationStatus, ApplicationEvent>& ApplicationMachine();

/// Authorizations (A26, A28, A30). Statuses are the effective ones (an
/// active authorization past its period is expired).
enum class AuthorizationEvent {
  kUse,
  kSuspend,
  kReinstate,
  kRevokeForNonUse,
  kRevokeForBreach,
  kExpire,
  kRevokeWithPlatformGrant,  ///< A18: its grant to the platform as a whole was revoked
  kEndPurpose,               ///< N27: the consumer ends it, its purpose met or gone
  kEndService,               ///< N27: the provider ended the service (negotiated, filed)
  kSuspendForMisuse,         ///< N27 ¶2: suspended for misuse, rectification ordered
  kTerminateForMisuse,       ///< N27 ¶2: 拒不整改或者整改不到位的，可以终止共享
};
const StateMachine<AuthorizationStatus, AuthorizationEvent>& AuthorizationMachine();
/// The event of a revocation on `ground` (SharingService::Revoke): non-use
/// or breach; the N27 grounds come by their own acts (EndPurpose,
/// FileServiceChange, TerminateForMisuse), refused here naming them.
AuthorizationEvent RevocationEvent(RevocationGround ground);

/// Demand requests (A24–A25).
enum class DemandEvent { kAnswerNotInDuties, kAnswerWillPublish, kAnswerCannotPublishYet, kFulfil };
const StateMachine<DemandStatus, DemandEvent>& DemandMachine();
/// The event of an answer of `kind`.
DemandEvent AnswerEvent(DemandAnswerKind kind);

/// Objections (A29).
enum class ObjectionEvent { kCorrect, kReject };
const StateMachine<ObjectionStatus, ObjectionEvent>& ObjectionMachine();

/// Disputes (A27).
enum class DisputeEvent { kResolve };
const StateMachine<DisputeStatus, DisputeEvent>& DisputeMachine();

/// N28 跨层级、跨地域: whether two departments are of different levels or
/// regions (the city's departments and the bureau are one; each county
/// platform with its departments is another).
bool CrossLevelOrRegion(const Department& a, const Department& b);
/// N28: the tier an open dispute goes to from `from` — negotiation → the
/// same-level authority, or the common superior authority when `cross`;
/// either authority → the government. Refused (naming N28) from the
/// government, which decides.
DisputeTier NextTier(DisputeTier from, bool cross, std::int64_t id);

// ---- A8 coverage ------------------------------------------------------------------------

/// What an entry's share class and scope give one consumer for one item.
enum class ItemCover {
  kNotAnItem,       ///< the entry has no such item (A20)
  kNotShared,       ///< the entry or the item is not shared (不予共享, A8)
  kOutsideScope,    ///< conditional: not for this consumer (A8)
  kPlain,           ///< the data itself
  kMasked,          ///< desensitized (应进行数据脱敏, A8)
  kComparisonOnly,  ///< match / no match only (数据比对, A8)
};

/// Whether a conditional entry's scope names `consumer` (指定部门: the whole
/// entry is for it).
bool NamedInScope(const ShareAttribute& share, const std::string& consumer);

/// A8 for one item: `in_scope` is NamedInScope for the consumer. The one
/// coverage rule: applications, grants and the decision index all read it.
ItemCover CoverItem(const CatalogEntry& entry, const std::string& item, bool in_scope);
/// The same for an item of `entry` the caller holds (no search by name).
ItemCover CoverItem(const CatalogEntry& entry, const DataItem& item, bool in_scope);

/// What a grant of `items` to `consumer` carries (A8): the items to mask and
/// whether the entry is comparison-only for it.
struct Coverage {
  bool comparison_only = false;
  std::vector<std::string> masked;
};

/// For an item name that is not one of `entry`'s: "; its items are one of
/// 公民身份号码, 姓名, …" (nearest first, cut to a sensible length), appended
/// to the error that names the item.
std::string ItemsHint(const CatalogEntry& entry, const std::string& name);
/// Checks that `consumer` may be granted `items` of the published `entry`
/// (labelled `entry_label` in messages): the invalid-argument error naming
/// the item and the article otherwise (A8, A20).
/// `as_named`: the consumer counts as named in the scope (N24 回流).
Coverage CheckCoverage(const CatalogEntry& entry, const std::string& entry_label, const std::string& consumer,
                       const std::vector<std::string>& items, bool as_named = false);
/// N24 回流: `consumer` is a department of a county (or the county platform)
/// and `provider` a city department — the data goes down a level. The
/// invalid-argument error naming return_flow and N24 otherwise.
void CheckReturnFlow(const Department& consumer, const Department& provider);
/// N24 及时、完整回流……不得设置额外的限制条件: a grant of the return-flow
/// application `request` gives every item asked for (`terms.items` empty or
/// all of them) and states no conditions of its own; the invalid-argument
/// error naming the field otherwise.
void CheckReturnFlowTerms(const ApplicationRequest& request, const GrantTerms& terms);

/// What an application for `entry` (id `entry_id`, labelled `label`, of
/// `provider`) by `consumer` must satisfy on `today`, beyond its shape: not
/// the department's own resource (A17), a period not already past (A26),
/// items within the entry's share class and scope (A8, CheckCoverage; N24: a
/// return flow counts as named), a
/// method the entry offers (A13). The invalid-argument error naming the
/// field and the article otherwise.
void CheckApplication(const CatalogEntry& entry, std::int64_t entry_id, const std::string& label,
                      const std::string& provider, const std::string& consumer, const ApplicationRequest& request,
                      const Date& today);

/// The entry's authorization mode (A18); an imported entry without one:
/// platform-direct when unconditional without controlled parameters,
/// provider-direct otherwise.
AuthorizationMode ModeOf(const CatalogEntry& entry);

/// Who decides an application (A18, A22, A23): the provider for
/// provider-direct entries, the platform otherwise.
inline bool ProviderDecides(AuthorizationMode mode) { return mode == AuthorizationMode::kProviderDirect; }

/// The step an accepted application waits in (A18, A22, A23), and so whose
/// clock runs: provider-direct → the provider's decision (10 working days,
/// A22); platform-direct → the bureau's (2 working days, A23);
/// provider-to-platform → the bureau's once the provider's grant to the
/// platform exists (`platform_grant_live`), before that the provider's
/// (A22: 提供部门收到申请后,应在10个工作日内完成审核 — its review is the grant to
/// the platform). Nobody's clock runs on another department's inaction.
StepKind DecisionStepAfterAcceptance(AuthorizationMode mode, bool platform_grant_live);

// ---- A22, A23: a grant narrows, never widens ---------------------------------------------

/// What a grant gives, resolved from the request and the terms.
struct GrantScope {
  std::vector<std::string> items;
  Date valid_from;
  Date valid_until;
};

/// The items and period a grant of `request` on `terms` gives on `today`:
/// empty terms mean "as requested"; items must be among those requested,
/// the period within the requested one (A22 授权意见, A23: the authority
/// answers the application — it may grant less than was asked, never more)
/// and not already past (A26). `article` is A22 or A23 (who decides). The
/// invalid-argument error naming the field and the article otherwise.
GrantScope NarrowRequest(const ApplicationRequest& request, const GrantTerms& terms, const char* article,
                         const Date& today);

// ---- A18 整体授权: the grant to the platform as a whole ------------------------------------

/// The items a provider may grant the platform as a whole (A18): any shared
/// item of the entry, whatever the scope — the scope of a conditional entry
/// is applied to each consumer when the bureau grants it (CheckCoverage),
/// not to the platform. Returns the masked items among them (A8); the
/// invalid-argument error naming the item otherwise.
Coverage CheckPlatformGrantItems(const CatalogEntry& entry, const std::string& entry_label,
                                 const std::vector<std::string>& items);

/// A18: a consumer grant made under `platform` (the provider's grant to the
/// platform as a whole) stays within it: its items, its methods, its
/// period. The invalid-argument error naming the field otherwise.
void CheckWithinPlatformGrant(const Authorization& platform, const std::vector<std::string>& items,
                              ShareMethod method, const Date& from, const Date& until);

/// A18: the conditions of a consumer grant made under a platform grant with
/// `platform` conditions: those carry into it, followed by the bureau's
/// own (`own`, may be empty).
std::string CarriedConditions(const std::string& platform, const std::string& own);

/// A18: what a change `event` of a platform grant does to a consumer grant
/// made under it, whose stored status is `child` and which was or was not
/// suspended with the platform grant: the event to apply to it, or nothing.
/// Suspension suspends the active ones; reinstatement reinstates only those
/// it suspended; revocation (on any ground) revokes the live ones. Expiry
/// needs nothing: a consumer grant never outlives its ceiling
/// (CheckWithinPlatformGrant), so it has expired by then.
std::optional<AuthorizationEvent> CascadeEvent(AuthorizationEvent event, AuthorizationStatus child,
                                               bool suspended_with_platform_grant);

/// A18: a consumer grant made under a platform grant whose status is
/// `platform` may be reinstated only while that grant is active; the
/// invalid-transition error naming the platform grant otherwise.
void RequireCeilingLive(std::int64_t id, std::int64_t platform_grant_id, AuthorizationStatus platform);

// ---- the shape of requests ----------------------------------------------------------------

/// A20, A24: the stamped application scan (name, SHA-256, size).
void RequireScan(const ScanDocument& scan, const std::string& field, const char* article);

// ---- N21, N22 -------------------------------------------------------------------------------

/// N21 一次性告知: the list of missing materials (non-empty, each named) and
/// that it is the first (refused naming N21 when materials were asked for before).
void CheckMaterialsRequest(const Application& x, const std::vector<std::string>& missing);
/// An extension of a period (N21 the reply, N17 the catalog update) of
/// `working_days` asked for on `subject` ("application 4") whose `period`
/// ("the reply") is due `due`, at `now`, with `cap` (the rule in force,
/// quoted as `cap_words`): refused naming the field and the article when it
/// exceeds the cap, when one was asked for before (`asked`), or once the
/// period has ended.
void CheckExtension(const std::optional<ReplyExtension>& asked, const std::string& subject, const std::string& period,
                    int working_days, const DeadlineRule& cap, const std::string& cap_words,
                    const LocalDateTime& due, const LocalDateTime& now);
/// N21 延长的期限最长不得超过10个工作日: an extension of `working_days` asked
/// for while the reply step is due `due`, at `now`, with `cap` (the rule in
/// force); refused naming the field and N21 when it exceeds the cap, when one
/// was asked for before, or when the reply period has ended.
void CheckExtensionRequest(const Application& x, int working_days, const DeadlineRule& cap,
                           const LocalDateTime& due, const LocalDateTime& now);
/// The reply step's rule with an approved extension: `rule` + `working_days`.
DeadlineRule Extended(const DeadlineRule& rule, int working_days);
/// N22 服务接口、批量交换、文件下载: a delivery of `z` by `method` — one of its
/// granted methods, not delivered before, the authorization active.
void CheckDelivery(const Authorization& z, ShareMethod method);
/// At least one item, none empty or named twice.
void RequireItems(const std::vector<std::string>& items, const std::string& field, const char* rule);
/// The policy numbers: each 1..60 working days (A25, A29 "及时").
void CheckPolicy(const SharingPolicy& policy);

// ---- A26 ------------------------------------------------------------------------------------

/// The status as of `today`: an active authorization past its period reads
/// as expired (A26).
AuthorizationStatus EffectiveStatus(AuthorizationStatus stored, const Date& valid_until, const Date& today);
/// How the platform counts every statutory deadline under `policy`:
/// predicted (flagged provisional) where a year's schedule is not loaded, so
/// that no legal act is refused for want of next year's notice; with the
/// policy's office hours (docs/calendar.md rule 4; none by default: days
/// end at 24:00, 民法典 art. 203).
DeadlineOptions DeadlineOptionsOf(const SharingPolicy& policy);
/// An authorization's change of status to `to` at `now` with its reason:
/// the time it was suspended is kept (A26: time under suspension is not
/// non-use), and whether the suspension came with the platform grant's
/// (A18; only that one is lifted with it). An end (revoked, expired) closes
/// an open misuse order as ended_otherwise (N27).
void SetStatus(Authorization& z, AuthorizationStatus to, const std::string& reason, const LocalDateTime& now,
               bool with_platform_grant);
/// Why an authorization may not serve a use on day `day` (day numbers as
/// Date::DaysSinceEpoch, so the decision index needs no Date), or nullptr
/// when it may: it is live (A30: not suspended or revoked) and within its
/// valid period (A26: an expired one is applied for again). The same rule
/// as EffectiveStatus, which reports it as a status.
const char* WhyNotUsable(AuthorizationStatus stored, int valid_from_day, int valid_until_day, int day);
/// The end of a non-use period `non_use` (months or calendar days: A26
/// measures elapsed time) that started on `since`: its anniversary.
Date NonUsePeriodEnds(const Date& since, const DeadlineRule& non_use);
/// More than `non_use` (A26: 3 months) since `since` as of `today` (the
/// anniversary lies before today), with nothing else counted.
bool UnusedTooLong(const Date& since, const Date& today, const DeadlineRule& non_use);
/// A26 获得授权后超过三个月不使用: the day the non-use clock starts — the
/// later of the grant, `valid_from` (it could not be used before) and the
/// last use.
Date NonUseSince(const Authorization& z);
/// The moment the current unused spell began (the later of the grant, the
/// start of `valid_from` and the last use): a non-use notice given after it
/// is this spell's (housekeeping makes each spell known once).
LocalDateTime NonUseSpellStart(const Authorization& z);
/// Days of `suspensions` between `since` and `today` (whole days, from the
/// suspension's date to the reinstatement's; an open one to `today`).
int SuspendedDays(const std::vector<SuspensionPeriod>& suspensions, const Date& since, const Date& today);
/// The last day of the 3 months of non-use as of `today`: the 3-month
/// anniversary of NonUseSince moved on by the days under suspension (A28:
/// a suspended authorization cannot be used, so that is not non-use), then,
/// when `rolls_to_working_day` is given (SharingPolicy
/// non_use_rolls_to_working_day), to the next working day of that calendar.
Date NonUseEnds(const Authorization& z, const Date& today, const DeadlineRule& non_use,
               const WorkdayCalendar* rolls_to_working_day);
/// Revocable for non-use unless seasonal (A26): NonUseEnds lies before today.
bool UnusedTooLong(const Authorization& z, const Date& today, const DeadlineRule& non_use,
                   const WorkdayCalendar* rolls_to_working_day);

// ---- N27, N29 -------------------------------------------------------------------------------

/// Service changes (N27 协商, 备案): proposed → answered by the consumer →
/// filed with the bureau (in effect); withdrawn by the provider before.
enum class ServiceChangeEvent { kAnswer, kFile, kWithdraw };
const StateMachine<ServiceChangeStatus, ServiceChangeEvent>& ServiceChangeMachine();

/// N27 无正当理由，不得终止或者变更: a proposal to end or change the service of
/// `z` on `today`, where the entry now offers `offered` methods. Refused,
/// naming the field and N27: no reason; a grant to the platform as a whole
/// (its provider revokes it, A18); an authorization not in use (HoldsUse); an
/// end that also changes terms; a change that changes nothing, keeps items
/// not granted, offers methods the entry does not, or ends later than the
/// grant or before today.
void CheckServiceChange(const Authorization& z, const std::vector<ShareMethod>& offered,
                        const ServiceChangeInput& change, const Date& today);
/// The authorization after a filed change of kind kChange: the items kept
/// (masking kept for those), the methods, the earlier end.
Authorization Changed(const Authorization& z, const ServiceChangeInput& change);

/// The provider's disposal requirement in `terms` (N27 按照政务数据提供部门的要求):
/// disposal_working_days, when given, 1..60; the invalid-argument error
/// naming the field otherwise.
void CheckDisposalTerms(const GrantTerms& terms);

/// N27 共享目的已实现、无法实现或者为实现共享目的不再必要的，应当……妥善处置: whether the
/// consumer of `z`, which has just ended, owes a disposal — it received data
/// (delivered, N22, or used, A26), is a consumer's grant, has not yet
/// recorded the disposal, and is not `renewed` — a renewal in use (A26
/// 期满后需重新申请) carries the same purpose on, so the data stays in use.
bool OwesDisposal(const Authorization& z, bool renewed);
/// The working days of that disposal: the provider's (GrantTerms), else
/// the policy's `disposal_days`.
int DisposalDays(const Authorization& z, const SharingPolicy& policy);
/// N29 有关记录保存期限不少于3年: the first day a record made on `recorded` may
/// be purged — the anniversary of `retention` (elapsed months or calendar
/// days).
Date PurgeableFrom(const Date& recorded, const DeadlineRule& retention);
/// A purge of `r` on `today`: refused (naming N29) while it must be kept,
/// or once purged; the reason is required.
void CheckPurge(const UseRecord& r, const Date& today, const std::string& reason);

/// N27 ¶2 暂停其政务数据共享权限，并督促限期整改: a suspension of `z` for
/// `misuse` with its facts and a rectification period of `working_days`
/// (1..60). Refused, naming the field and N27: no facts; a period out of
/// range; a grant to the platform as a whole (no use of its own, A18).
void CheckMisuseOrder(const Authorization& z, const std::string& facts, int working_days);
/// The open misuse order of `z` (the last, without an outcome), or nullptr.
const MisuseOrder* OpenMisuseOrder(const Authorization& z);
MisuseOrder* OpenMisuseOrder(Authorization& z);
/// Whether the department `acting` (at level `bureau` or not) may close —
/// reinstate or terminate — the open order `o`: the department that ordered
/// it, or the bureau (N27 政务数据共享主管部门或者政务数据提供部门); the provider
/// does not lift the bureau's suspension.
bool MayClose(const MisuseOrder& o, const std::string& acting, bool bureau);
/// N27 对拒不整改或者整改不到位的，可以终止共享: termination of `z` at `now`,
/// its rectification due `due` (the step's deadline). Refused (invalid
/// transition, naming N27) without an open order, and while the period runs
/// with no report yet — neither refused nor judged insufficient until then.
void CheckTermination(const Authorization& z, const LocalDateTime& due, const LocalDateTime& now);
/// The consumer's report of its rectification: an open order not reported
/// before; the report's text is required.
void CheckRectificationReport(const Authorization& z, const std::string& report);

/// N25 确需扩大使用范围、用于其他目的或者提供给第三方的，应当经政务数据提供部门同意: a
/// request on `z`. Refused, naming the field and N25: no description; a
/// third party not named (or named for another kind); a grant to the
/// platform as a whole; an authorization not active.
void CheckWiderUseRequest(const Authorization& z, const WiderUseRequest& request);
/// The provider's answer to request `number` of `z`: it exists and is
/// unanswered; a refusal gives its reasons. Returns the request.
WiderUse& CheckWiderUseAnswer(Authorization& z, int number, bool consent, const std::string& answer);

// ---- A16 ------------------------------------------------------------------------------------

/// Whether `z` makes its consumer a using department of its entry (A16
/// 数据订阅使用部门): a consumer's authorization (not the provider's
/// platform-wide grant, A18) that is active or suspended — a suspended one is
/// only paused (A28, A30) and may be reinstated, so its holder still relies
/// on the entry. Expired and revoked ones do not count.
bool HoldsUse(const Authorization& z);

/// The departments told in advance of a withdrawal and of its approval (A16
/// 提前告知数据订阅使用部门): the subscribers and the consumers of `authorizations`
/// that HoldsUse, each once, in code order, without the departments in
/// `bureau` (told as the bureau).
std::vector<std::string> UsingDepartments(const std::vector<std::string>& subscribers,
                                          const std::vector<Authorization>& authorizations,
                                          const std::vector<std::string>& bureau);

/// What a revision `revised` of a published entry takes away from the grant
/// `z` (A16), one "field: what" line each: the entry classed not shared, an
/// authorized item removed or classed not shared, a granted method no longer
/// offered (A13), the scope narrowed so that an authorized item is outside it
/// for the holder, or comes to it only masked or as comparison only (A8).
/// Empty when the revision keeps all the grant gives.
std::vector<std::string> TakenAway(const CatalogEntry& revised, const Authorization& z);

/// A16: refuses a revision of the entry labelled `entry_label` that takes
/// away what any of `authorizations` that HoldsUse grants — the
/// invalid-argument error naming the field, the holder, the authorization and
/// the article, and the lawful route (a withdrawal with advance notice and
/// the bureau's approval, RequestWithdrawal). A revision is reviewed for its
/// form (A10), not as a withdrawal; the rules know one way to take a
/// published resource from its users.
void RequireNothingTakenAway(const CatalogEntry& revised, const std::string& entry_label,
                             const std::vector<Authorization>& authorizations);

}  // namespace sharing_rules
}  // namespace govshare

#endif  // GOVSHARE_SRC_SHARING_RULES_H_
