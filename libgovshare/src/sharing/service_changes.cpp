// N27: a consumer ends an authorization whose purpose is met or gone; a
// provider ends or changes a service only for good reason, after negotiating
// with the consumer, filed with the bureau. The rules are in sharing/rules.h
// (ServiceChangeMachine, CheckServiceChange, Changed, OwesDisposal).
#include <algorithm>
#include <set>

#include "sharing/cases.h"

namespace govshare {
namespace {

using json = nlohmann::json;
using sharing_rules::AuthorizationEvent;
using sharing_rules::AuthorizationMachine;
using sharing_rules::ServiceChangeEvent;
using sharing_rules::ServiceChangeMachine;

const char kKind[] = "service change";
const char kObjectKind[] = "service_change";

std::string ObjectOf(std::int64_t id) { return CaseObject(kObjectKind, id); }

// Ends `z` (loaded as `row`) with `event` and `ground`: stored, the consumer's
// disposal owed (Sharing::Ended), audited by the caller.
void EndAuthorization(Operation& op, Sharing& sh, CaseRow& row, Authorization& z, AuthorizationEvent event,
                      RevocationGround ground, const std::string& reason) {
  const AuthorizationStatus to = AuthorizationMachine().Next(z.status, event, z.id);
  sharing_rules::SetStatus(z, to, reason, sh.core().Now(), false);
  z.revocation_ground = ground;
  row.status = ToString(to);
  row.body = json(z).dump();
  sh.Store(CaseTable::kAuthorizations, row, "authorization");
  sh.Ended(op, z, ToString(ground));
}

// The methods a change may offer: the entry's (A13), read only when the
// change names methods.
std::vector<ShareMethod> OfferedMethods(Sharing& sh, const Authorization& z, const ServiceChangeInput& change) {
  if (change.kind != ServiceChangeKind::kChange || change.methods.empty()) return z.methods;
  return sh.LiveEntry(z.entry_id, "a service is changed only on a published entry (N27)").second.share.methods;
}

// A change of one service-change case by `event`, loaded at `row_version`;
// `side` is the party who acts (its leader: action change_service).
template <typename Fn>
ServiceChange ChangeServiceCase(PlatformCore& core, const std::string& actor, std::int64_t id,
                                std::int64_t row_version, bool consumer_side, ServiceChangeEvent event, Fn fn) {
  return ChangeCase(
      core, actor, CaseTable::kServiceChanges, kKind, id, row_version,
      [&](const std::optional<PlatformCore::Actor>&, const CaseRow& row) {
        return Permission{Action::kChangeService, consumer_side ? row.consumer_code : row.provider_code, ObjectOf(id)};
      },
      [&](Operation& op, Sharing& sh, CaseRow& row) {
        const std::string before = sh.Digest(row);
        ServiceChange c = sh.ToServiceChange(row);
        const ServiceChangeStatus to = ServiceChangeMachine().Next(c.status, event, id);
        fn(op, sh, c);
        row.status = ToString(to);
        row.body = json(c).dump();
        sh.Store(CaseTable::kServiceChanges, row, kKind);
        const char* action = event == ServiceChangeEvent::kAnswer ? "service_change.answer"
                             : event == ServiceChangeEvent::kFile ? "service_change.file"
                                                                  : "service_change.withdraw";
        op.Audit(action, ObjectOf(id), before, sh.Digest(row), "");
        return sh.ToServiceChange(row);
      });
}

}  // namespace

Authorization SharingService::EndPurpose(const std::string& actor, std::int64_t authorization_id,
                                         std::int64_t row_version, const std::string& reason) {
  RequireText(reason, "reason", "N27: 共享目的已实现、无法实现或者为实现共享目的不再必要 — which, and why");
  PlatformCore& core = *impl_;
  return ChangeCase(
      core, actor, CaseTable::kAuthorizations, "authorization", authorization_id, row_version,
      [&](const std::optional<PlatformCore::Actor>&, const CaseRow& row) {
        return Permission{Action::kEndPurpose, row.consumer_code, CaseObject("authorization", authorization_id)};
      },
      [&](Operation& op, Sharing& sh, CaseRow& row) {
        core.RequireNational("N27", "ending an authorization for its purpose");
        const std::string object = CaseObject("authorization", authorization_id);
        const std::string before = sh.Digest(row);
        Authorization z = sh.ToAuthorization(row);
        if (z.platform_wide) {
          throw InvalidArgumentError("authorization_id: " + std::to_string(z.id) +
                                     " is a grant to the platform as a whole; its provider revokes it (A18)");
        }
        EndAuthorization(op, sh, row, z, AuthorizationEvent::kEndPurpose, RevocationGround::kPurposeEnded,
                         "共享目的已终结：" + reason);
        op.Notify(NoticeKind::kAuthorization, row.provider_code, z.entry_id,
                  op.department().name + " 的授权 " + std::to_string(z.id) + "（" + z.entry_code +
                      "）因共享目的已实现或不再必要而终止：" + reason + " (N27)",
                  object);
        op.Audit("authorization.end_purpose", object, before, sh.Digest(row), reason);
        return sh.ToAuthorization(row);
      });
}

ServiceChange SharingService::ProposeServiceChange(const std::string& actor, const ServiceChangeInput& change) {
  if (!internal::IsValidUtf8(change.reason)) throw InvalidArgumentError("reason is not valid UTF-8");
  PlatformCore& core = *impl_;
  return WriteOnCase(
      core, actor, CaseTable::kAuthorizations, "authorization", change.authorization_id,
      [&](const std::optional<PlatformCore::Actor>&, const CaseRow& z_row) {
        return Permission{Action::kChangeService, z_row.provider_code,
                          CaseObject("authorization", change.authorization_id)};
      },
      [&](Operation& op, Sharing& sh, CaseRow& z_row) {
        core.RequireNational("N27", "ending or changing a sharing service",
                             "the Nantong rules end a grant only for non-use (A26) or breach (A28, A30)");
        const Authorization z = sh.ToAuthorization(z_row);
        sharing_rules::CheckServiceChange(z, OfferedMethods(sh, z, change), change, core.Now().date);
        for (const auto& row : sh.S().ListCases(CaseTable::kServiceChanges, z_row.provider_code, z.entry_id)) {
          const ServiceChange open = sh.ToServiceChange(row);
          if (open.change.authorization_id == z.id && (open.status == ServiceChangeStatus::kNegotiating ||
                                                       open.status == ServiceChangeStatus::kAnswered)) {
            throw InvalidTransitionError("authorization " + std::to_string(z.id) + " already has service change " +
                                         std::to_string(open.id) + " under negotiation (N27); file or withdraw it");
          }
        }
        ServiceChange c;
        c.change = change;
        c.entry_code = z.entry_code;
        c.proposed_by = op.user().id;
        c.proposed_at = core.Now();
        CaseRow row = Sharing::NewRow(ToString(ServiceChangeStatus::kNegotiating), z_row.consumer_code,
                                      z_row.provider_code, z.entry_id, core.NowSeconds(), json(c));
        row.id = sh.S().InsertCase(CaseTable::kServiceChanges, row);
        op.Notify(NoticeKind::kAuthorization, z_row.consumer_code, z.entry_id,
                  op.department().name + " 拟" + ChineseLabel(change.kind) + "（授权 " + std::to_string(z.id) + "，" +
                      z.entry_code + "）：" + change.reason + "。请协商答复 (N27)",
                  ObjectOf(row.id));
        op.Audit("service_change.propose", ObjectOf(row.id), "", sh.Digest(row), change.reason);
        return sh.ToServiceChange(row);
      });
}

ServiceChange SharingService::AnswerServiceChange(const std::string& actor, std::int64_t service_change_id,
                                                  std::int64_t row_version, bool agrees, const std::string& comment) {
  RequireText(comment, "comment", "N27 协商: the consumer's answer in its words");
  PlatformCore& core = *impl_;
  return ChangeServiceCase(core, actor, service_change_id, row_version, true, ServiceChangeEvent::kAnswer,
                           [&](Operation& op, Sharing&, ServiceChange& c) {
                             c.consumer_agrees = agrees;
                             c.consumer_comment = comment;
                             c.answered_by = op.user().id;
                             c.answered_at = core.Now();
                             op.Notify(NoticeKind::kAuthorization, c.provider_code, c.entry_id,
                                       op.department().name + (agrees ? " 同意" : " 不同意") +
                                           ChineseLabel(c.change.kind) + "（服务变更 " + std::to_string(c.id) +
                                           "）：" + comment + " (N27)",
                                       ObjectOf(c.id));
                           });
}

ServiceChange SharingService::FileServiceChange(const std::string& actor, std::int64_t service_change_id,
                                                std::int64_t row_version) {
  PlatformCore& core = *impl_;
  return ChangeServiceCase(
      core, actor, service_change_id, row_version, false, ServiceChangeEvent::kFile,
      [&](Operation& op, Sharing& sh, ServiceChange& c) {
        CaseRow zrow = sh.Load(CaseTable::kAuthorizations, "authorization", c.change.authorization_id);
        Authorization z = sh.ToAuthorization(zrow);
        const std::string zobject = CaseObject("authorization", z.id);
        const std::string before = sh.Digest(zrow);
        // The authorization may have moved since the proposal: checked again
        // as of today (an expired one has nothing left to end).
        sharing_rules::CheckServiceChange(z, OfferedMethods(sh, z, c.change), c.change, core.Now().date);
        c.closed_by = op.user().id;
        c.closed_at = core.Now();
        const std::string what = ChineseLabel(c.change.kind) + "（授权 " + std::to_string(z.id) + "，" + z.entry_code +
                                 "）：" + c.change.reason;
        if (c.change.kind == ServiceChangeKind::kEnd) {
          EndAuthorization(op, sh, zrow, z, AuthorizationEvent::kEndService, RevocationGround::kServiceEnded,
                           "提供部门终止共享服务：" + c.change.reason);
        } else {
          Authorization changed = sharing_rules::Changed(z, c.change);
          changed.status_reason = "提供部门变更共享服务：" + c.change.reason;
          changed.status_changed_at = core.Now();
          zrow.body = json(changed).dump();
          sh.Store(CaseTable::kAuthorizations, zrow, "authorization");
        }
        op.Audit(c.change.kind == ServiceChangeKind::kEnd ? "authorization.end_service" : "authorization.change_service",
                 zobject, before, sh.Digest(zrow), c.change.reason);
        const std::string agreed = c.consumer_agrees.value_or(false) ? "需求部门同意" : "需求部门不同意";
        op.Notify(NoticeKind::kAuthorization, sh.Bureau(), z.entry_id,
                  op.department().name + " 报备" + what + "（" + agreed + "：" + c.consumer_comment + "）(N27)",
                  ObjectOf(c.id));
        op.Notify(NoticeKind::kAuthorization, zrow.consumer_code, z.entry_id,
                  op.department().name + " 已报备并实施" + what + " (N27)", zobject);
      });
}

ServiceChange SharingService::WithdrawServiceChange(const std::string& actor, std::int64_t service_change_id,
                                                    std::int64_t row_version, const std::string& reason) {
  RequireText(reason, "reason", "N27: why the change is withdrawn");
  PlatformCore& core = *impl_;
  return ChangeServiceCase(core, actor, service_change_id, row_version, false, ServiceChangeEvent::kWithdraw,
                           [&](Operation& op, Sharing&, ServiceChange& c) {
                             c.closed_by = op.user().id;
                             c.closed_at = core.Now();
                             c.withdrawal_reason = reason;
                             op.Notify(NoticeKind::kAuthorization, c.consumer_code, c.entry_id,
                                       op.department().name + " 撤回" + ChineseLabel(c.change.kind) + "（服务变更 " +
                                           std::to_string(c.id) + "）：" + reason,
                                       ObjectOf(c.id));
                           });
}

std::vector<ServiceChange> SharingService::ServiceChanges(const std::string& actor,
                                                          const std::string& department_code) const {
  return ListCases(*impl_, actor, department_code, CaseTable::kServiceChanges,
                   [](Sharing& sh, const CaseRow& row) { return sh.ToServiceChange(row); });
}

}  // namespace govshare
