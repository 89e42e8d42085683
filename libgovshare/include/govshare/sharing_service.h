// libgovshare — sharing between departments on the platform: applications, authorizations, demand requests, objections, disputes and their statutory steps (A17–A29).
//
// A facade of the platform handle: obtain it with `platform->sharing()`;
// it shares the handle's state (copies are cheap, every copy is the same
// platform); once the handle is closed — Close() or its last reference
// dropped — its calls throw the storage error. Every operation takes the acting user
// (`actor`, a user id) and runs in one transaction under the permission
// table (docs/permissions.md); what the actor may not do is refused with the
// permission error and changes nothing. docs/architecture.md.
#ifndef GOVSHARE_SHARING_SERVICE_H_
#define GOVSHARE_SHARING_SERVICE_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "govshare/export.h"
#include "govshare/platform_types.h"
#include "govshare/sharing.h"

namespace govshare {

class PlatformCore;

class GOVSHARE_EXPORT SharingService {
 public:
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
  /// N21 申请材料不全的……应当一次性告知其需要补充的材料，不得直接予以拒绝: the
  /// deciding authority lists every missing material at once (acts from
  /// 2025-08-01). Its reply step completes (judged by its deadline); the
  /// application waits for the requester. Asked once only.
  Application RequestMaterials(const std::string& actor, std::int64_t application_id, std::int64_t row_version,
                               const std::vector<std::string>& missing);
  /// The requester supplies what was asked for (the consumer's operator or
  /// leader); the reply step opens again, counted from the supplement as the
  /// receipt of a complete application (docs/rulebook.md).
  Application SupplyMaterials(const std::string& actor, std::int64_t application_id, std::int64_t row_version,
                              const std::string& supplement, const std::optional<ScanDocument>& scan);
  /// N21: the provider asks the authority to extend its reply by
  /// `working_days` (with any before, at most the cap in force, 10), before
  /// the reply is due, giving the special reason.
  Application RequestReplyExtension(const std::string& actor, std::int64_t application_id,
                                    std::int64_t row_version, int working_days, const std::string& reason);
  /// N21: the bureau approves (the reply step's deadline moves on by the
  /// days asked) or refuses; the provider and the requester are told.
  Application DecideReplyExtension(const std::string& actor, std::int64_t application_id, std::int64_t row_version,
                                   bool approve, const std::string& reason);
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
  /// N22 应当自作出同意共享的答复之日起20个工作日内共享政务数据……通过服务接口、
  /// 批量交换、文件下载等方式: the provider records the delivery of an active
  /// authorization by one of its methods; the delivery step completes and
  /// the consumer is told. Once per authorization.
  Authorization RecordDelivery(const std::string& actor, std::int64_t authorization_id, std::int64_t row_version,
                               ShareMethod method, const std::string& note);
  Authorization GetAuthorization(const std::string& actor, std::int64_t authorization_id) const;
  /// Authorizations where `department_code` is the consumer or the provider
  /// (empty: every one the actor may see), with their status as of Now().
  std::vector<Authorization> Authorizations(const std::string& actor,
                                            const std::string& department_code) const;
  /// Records that the consumer used an authorization now (sets last_used).
  Authorization RecordUse(const std::string& actor, std::int64_t authorization_id);
  /// Active authorizations of `provider_code` unused for more than 3 months,
  /// not seasonal (A26): counted from the later of the grant, valid_from and
  /// the last use, moved on by the days under suspension, rolled to a working
  /// day when SharingPolicy::non_use_rolls_to_working_day (docs/sharing.md).
  std::vector<Authorization> RevocableForNonUse(const std::string& actor,
                                                const std::string& provider_code) const;
  /// Revokes (provider leader; the bureau administrator for a breach) with a
  /// reason; for non-use only when listed as revocable (A26). The consumer
  /// is notified.
  Authorization Revoke(const std::string& actor, std::int64_t authorization_id,
                       std::int64_t row_version, RevocationGround ground, const std::string& reason);
  /// Suspends for a suspected breach (A28, A30) and reinstates; each
  /// suspension is kept in Authorization::suspensions (not non-use, A26).
  Authorization Suspend(const std::string& actor, std::int64_t authorization_id,
                        std::int64_t row_version, const std::string& reason);
  Authorization Reinstate(const std::string& actor, std::int64_t authorization_id,
                          std::int64_t row_version, const std::string& reason);
  /// Records the expiry of every active authorization past its period
  /// (bureau administrator) and notifies their consumers; returns them.
  std::vector<Authorization> ExpireAuthorizations(const std::string& actor);

  // ---- N27: the purpose ends; the provider ends or changes a service ----------------------
  /// N27 共享目的已实现、无法实现或者为实现共享目的不再必要: the consumer's leader ends
  /// its own authorization (revoked, ground purpose_ended) with the reason;
  /// when it received data, its disposal step opens (the provider's
  /// requirement; SharingPolicy::disposal_days by default). From 2025-08-01.
  Authorization EndPurpose(const std::string& actor, std::int64_t authorization_id, std::int64_t row_version,
                           const std::string& reason);
  /// N27 确需终止或者变更服务的，应当与政务数据需求部门协商，并报……备案: the provider's
  /// leader proposes to end or change the service of an authorization in use,
  /// with its good reason (sharing_rules::CheckServiceChange); the consumer
  /// is asked to negotiate. Nothing changes until it is filed. From 2025-08-01.
  ServiceChange ProposeServiceChange(const std::string& actor, const ServiceChangeInput& change);
  /// The consumer's leader answers the negotiation: agrees or not, in its words.
  ServiceChange AnswerServiceChange(const std::string& actor, std::int64_t service_change_id,
                                    std::int64_t row_version, bool agrees, const std::string& comment);
  /// The provider files the negotiated change with the bureau (备案) and it
  /// takes effect: an end revokes the authorization (ground service_ended;
  /// disposal owed as for EndPurpose), a change narrows it. The bureau and the
  /// consumer are told. A change the consumer objected to is filed as such —
  /// supervision lists it (N39 (七)).
  ServiceChange FileServiceChange(const std::string& actor, std::int64_t service_change_id,
                                  std::int64_t row_version);
  /// The provider withdraws a change not yet filed.
  ServiceChange WithdrawServiceChange(const std::string& actor, std::int64_t service_change_id,
                                      std::int64_t row_version, const std::string& reason);
  /// Service changes where `department_code` is the consumer or the provider
  /// (empty: every one the actor may see).
  std::vector<ServiceChange> ServiceChanges(const std::string& actor, const std::string& department_code) const;

  // ---- N27 ¶2: misuse, rectification, termination; N25: consent to a wider use -------------
  /// N27 政务数据需求部门存在擅自超出使用范围、共享目的使用政务数据，或者擅自将政务数据提供给
  /// 第三方的，政务数据共享主管部门或者政务数据提供部门应当暂停其政务数据共享权限，并督促限期整改:
  /// the provider's leader or the bureau administrator suspends an active
  /// authorization for `misuse` with the facts found and orders it rectified
  /// within `working_days` (1..60); the consumer's rectification step opens.
  /// From 2025-08-01.
  Authorization SuspendForMisuse(const std::string& actor, std::int64_t authorization_id,
                                 std::int64_t row_version, UseBeyondGrant misuse, const std::string& facts,
                                 int working_days);
  /// The consumer's leader reports what it rectified; the rectification
  /// step completes (judged by its period) and the ordering department is
  /// told. It then reinstates (Reinstate: rectified) or terminates.
  Authorization ReportRectification(const std::string& actor, std::int64_t authorization_id,
                                    std::int64_t row_version, const std::string& report);
  /// N27 对拒不整改或者整改不到位的，可以终止共享: the ordering department (or the
  /// bureau) revokes (ground misuse_not_rectified) — once the period ran out
  /// unreported, or on a report it judges insufficient, with its reason. The
  /// disposal of the data is owed as for any end.
  Authorization TerminateForMisuse(const std::string& actor, std::int64_t authorization_id,
                                   std::int64_t row_version, const std::string& reason);
  /// N25 确需扩大使用范围、用于其他目的或者提供给第三方的，应当经政务数据提供部门同意: the
  /// consumer's leader asks the provider's consent on an active
  /// authorization; the provider is told. From 2025-08-01.
  Authorization RequestWiderUse(const std::string& actor, std::int64_t authorization_id, std::int64_t row_version,
                                const WiderUseRequest& request);
  /// The provider's leader consents to, or refuses with reasons, request
  /// `number` (WiderUse::number); the consumer is told. Only the provider
  /// consents (N25 应当经政务数据提供部门同意), not the bureau.
  Authorization AnswerWiderUse(const std::string& actor, std::int64_t authorization_id, std::int64_t row_version,
                               int number, bool consent, const std::string& answer);

  // ---- N29: use records ---------------------------------------------------------------------
  /// N29 政务数据需求部门应当对共享政务数据的使用场景、使用过程、应用成效、存储情况、销毁情况等进行记录:
  /// the consumer's operator or leader records one fact of its use of an
  /// authorization (any status: destruction comes after the end). It is kept
  /// for the retention in force (N29 不少于3年; a local rule may lengthen it)
  /// and cannot be changed. A destruction record is the disposal of N27: it
  /// completes the disposal step. From 2025-08-01.
  UseRecord AddUseRecord(const std::string& actor, const UseRecordInput& record);
  /// The use records where `department_code` is the consumer or the provider
  /// (N29 政务数据共享主管部门和政务数据提供部门可以查阅; empty: every one the actor
  /// may see), of one authorization when `authorization_id` is not 0.
  std::vector<UseRecord> UseRecords(const std::string& actor, const std::string& department_code,
                                    std::int64_t authorization_id = 0) const;
  /// The consumer's leader purges a record whose retention has run: its text
  /// goes, the fact that it was kept and purged stays. Refused before
  /// UseRecord::purgeable_from (N29).
  UseRecord PurgeUseRecord(const std::string& actor, std::int64_t use_record_id, std::int64_t row_version,
                           const std::string& reason);
  /// An auditor or the bureau administrator exports the use records of
  /// `department_code` (empty: all) as one JSON document (format
  /// `govshare-use-records/1`, docs/sharing.md); the export is audited.
  std::string ExportUseRecords(const std::string& actor, const std::string& department_code);

  // ---- demand requests (A24–A25) ---------------------------------------------------------
  /// A consumer asks a department for a resource not in the catalog.
  DemandRequest SubmitDemand(const std::string& actor, const DemandRequestInput& request);
  /// The asked department answers (A25): not within its duties (judged by
  /// the policy days), will publish (judged by the 1-month publication
  /// alone), or cannot publish now (feedback within 10 working days, filed
  /// with the bureau). A will_publish answer may be changed to
  /// cannot_publish_yet; no other change is allowed.
  DemandRequest AnswerDemand(const std::string& actor, std::int64_t demand_id,
                             std::int64_t row_version, const DemandAnswer& answer);
  /// Links the published entry that fulfils a committed (or deferred)
  /// demand: an entry of the department asked whose live version was
  /// published after the demand was received (A25); otherwise refused.
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
  /// N28: a party (or the bureau) takes an open dispute to the next tier —
  /// negotiation → the same-level authority, or the common superior
  /// authority when the parties are of different levels or regions → the
  /// government of that level. Disputes from 2025-08-01 (N28 in force).
  /// Brought to the same-level authority, the bureau's coordination step
  /// opens (SharingPolicy::dispute_coordination_days; N41 (二) when overdue);
  /// it ends when the dispute is resolved or taken on to the government.
  Dispute EscalateDispute(const std::string& actor, std::int64_t dispute_id, std::int64_t row_version,
                          const std::string& reason);
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

 private:
  friend class Platform;
  explicit SharingService(std::shared_ptr<PlatformCore> core);
  std::shared_ptr<PlatformCore> impl_;
};

}  // namespace govshare

#endif  // GOVSHARE_SHARING_SERVICE_H_
