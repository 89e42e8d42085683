// Authorizations (A18, A26, A28, A30): the provider's grant to the platform
// as a whole, use, non-use, revocation, suspension, reinstatement, expiry.
#include <algorithm>

#include "sharing/cases.h"

namespace govshare {
namespace {

using json = nlohmann::json;
using sharing_rules::AuthorizationEvent;
using sharing_rules::AuthorizationMachine;

const char kKind[] = "authorization";

std::string ObjectOf(std::int64_t id) { return CaseObject(kKind, id); }

// A18: the grant to the platform as a whole is the ceiling of the consumer
// grants made under it — its suspension, reinstatement and revocation carry
// into them (sharing_rules::CascadeEvent); each holder is told, each change
// audited.
void CascadeToConsumerGrants(Operation& op, Sharing& sh, const Authorization& wide, AuthorizationEvent event,
                             const std::string& reason) {
  PlatformCore& core = sh.core();
  for (CaseRow row : sh.S().ListCases(CaseTable::kAuthorizations, "", wide.entry_id)) {
    Authorization z = sh.ToAuthorization(row);
    if (z.platform_grant_id != wide.id) continue;
    const auto child_event = sharing_rules::CascadeEvent(event, z.status, z.suspended_with_platform_grant);
    if (!child_event) continue;
    const AuthorizationStatus to = AuthorizationMachine().Next(z.status, *child_event, z.id);
    const std::string before = sh.Digest(row);
    const std::string why = "整体授权 " + std::to_string(wide.id) + " " + ChineseLabel(to) + "：" + reason;
    sharing_rules::SetStatus(z, to, why, core.Now(), *child_event == AuthorizationEvent::kSuspend);
    if (to == AuthorizationStatus::kRevoked) z.revocation_ground = wide.revocation_ground;
    row.status = ToString(to);
    row.body = json(z).dump();
    sh.Store(CaseTable::kAuthorizations, row, kKind);
    const std::string object = ObjectOf(z.id);
    op.Notify(NoticeKind::kAuthorization, row.consumer_code, z.entry_id,
              "授权 " + std::to_string(z.id) + "（" + z.entry_code + "）随" + why + " (A18)", object);
    if (to == AuthorizationStatus::kRevoked) sh.Ended(op, z, "revoked");
    op.Audit("authorization.with_platform_grant", object, before, sh.Digest(row), why);
  }
}

// A status change with a reason (revoke, suspend, reinstate): the
// transition table decides; the consumer is notified (and the provider when
// the bureau acted), the change audited.
Authorization ChangeStatus(PlatformCore& core, const std::string& actor, std::int64_t id, std::int64_t row_version,
                           AuthorizationEvent event, const std::string& reason, const char* audit_action,
                           const char* article, std::optional<RevocationGround> ground) {
  return ChangeCase(
      core, actor, CaseTable::kAuthorizations, kKind, id, row_version,
      [&](const std::optional<PlatformCore::Actor>&, const CaseRow& row) {
        return Permission{Action::kManageAuthorization, row.provider_code, ObjectOf(id)};
      },
      [&](Operation& op, Sharing& sh, CaseRow& row) {
        // Who may act first: a refusal is a security event whatever the state.
        if (ground == RevocationGround::kNonUse && op.user().department_code != row.provider_code) {
          op.Deny("only the provider revokes for non-use (A26 提供部门可视情收回授权)");
        }
        Authorization z = sh.ToAuthorization(row);
        const AuthorizationStatus to = AuthorizationMachine().Next(z.status, event, id);
        if (ground == RevocationGround::kNonUse && z.platform_wide) {
          throw InvalidTransitionError("authorization " + std::to_string(id) +
                                       " is a grant to the platform as a whole (A18); the platform does not use it, "
                                       "so it is not revoked for non-use (A26 concerns a consumer's use)");
        }
        if (event == AuthorizationEvent::kReinstate && z.platform_grant_id != 0) {
          // A18: never beyond the ceiling.
          const Authorization wide =
              sh.ToAuthorization(sh.Load(CaseTable::kAuthorizations, kKind, z.platform_grant_id));
          sharing_rules::RequireCeilingLive(id, z.platform_grant_id, wide.status);
        }
        if (ground == RevocationGround::kNonUse) {
          if (z.seasonal) {
            throw InvalidTransitionError("authorization " + std::to_string(id) +
                                         " is for a seasonal use; it is not revoked for non-use (A26)");
          }
          if (!sh.UnusedTooLong(z)) {
            throw InvalidTransitionError(
                "authorization " + std::to_string(id) + " is not revocable for non-use before " +
                Date::FromDaysSinceEpoch(sh.NonUseEnds(z).DaysSinceEpoch() + 1).ToIso() +
                ": 3 months counted from " + sharing_rules::NonUseSince(z).ToIso() +
                " (the later of the grant, valid_from and the last use), time under suspension not counted "
                "(A26 获得授权后超过三个月不使用)");
          }
        }
        // N27: the department that ordered a rectification, or the bureau,
        // lifts the suspension or ends the grant — not the other one.
        if (event != AuthorizationEvent::kSuspend) sh.RequireMayCloseMisuse(op, z, "reinstates or revokes");
        // A reinstatement closes the open order here; a revocation, in SetStatus.
        MisuseOrder* misuse = event == AuthorizationEvent::kReinstate ? sharing_rules::OpenMisuseOrder(z) : nullptr;
        const std::string before = sh.Digest(row);
        sharing_rules::SetStatus(z, to, reason, core.Now(), false);
        if (to == AuthorizationStatus::kRevoked) z.revocation_ground = ground;
        if (misuse) {
          // N27: rectified (or the suspicion not borne out) — the order closes.
          misuse->outcome = MisuseOutcome::kReinstated;
          misuse->closed_by = op.user().id;
          misuse->closed_at = core.Now();
          sh.CompleteStep(ObjectOf(id), StepKind::kRectification, op.user().id, "reinstated");
        }
        row.status = ToString(to);
        row.body = json(z).dump();
        sh.Store(CaseTable::kAuthorizations, row, kKind);
        const std::string object = ObjectOf(id);
        if (z.platform_wide) {
          CascadeToConsumerGrants(op, sh, z, event, reason);
          if (to == AuthorizationStatus::kActive) sh.StartPlatformDecisions(op, z.entry_id, id);
        }
        op.Notify(NoticeKind::kAuthorization, row.consumer_code, z.entry_id,
                  "授权 " + std::to_string(id) + "（" + z.entry_code + "）" + ChineseLabel(to) + "：" + reason + " (" +
                      article + ")",
                  object);
        if (op.user().department_code != row.provider_code) {
          op.Notify(NoticeKind::kAuthorization, row.provider_code, z.entry_id,
                    "授权 " + std::to_string(id) + " " + ChineseLabel(to) + "：" + reason, object);
        }
        op.Audit(audit_action, object, before, sh.Digest(row), (ground ? ToString(*ground) + ": " : std::string()) + reason);
        if (to == AuthorizationStatus::kRevoked) sh.Ended(op, z, "revoked");
        return sh.ToAuthorization(row);
      });
}

}  // namespace

Authorization SharingService::GrantPlatform(const std::string& actor, std::int64_t entry_id, const GrantTerms& terms) {
  if (!internal::IsValidUtf8(terms.conditions)) throw InvalidArgumentError("conditions is not valid UTF-8");
  sharing_rules::CheckDisposalTerms(terms);
  PlatformCore& core = *impl_;
  Sharing sh(core);
  std::optional<EntryRow> probe;
  return RunWrite(core, actor, OnEntry(core, entry_id, Action::kDecideAsProvider, true, probe), [&](Operation& op) {
        auto [e, content] = sh.LiveEntry(entry_id, "only a published entry can be granted to the platform (A18)");
        const AuthorizationMode mode = sharing_rules::ModeOf(content);
        if (mode != AuthorizationMode::kProviderToPlatform) {
          throw InvalidTransitionError("entry " + e.code + " has authorization mode " + ToString(mode) +
                                       "; only a provider_to_platform entry is granted to the platform as a whole (A18)");
        }
        if (const auto standing = sh.PlatformGrant(entry_id, true)) {
          throw InvalidTransitionError("entry " + e.code + " already has " +
                                       (ToString(standing->status)[0] == 'a' ? "an " : "a ") + ToString(standing->status) +
                                       " grant to the platform (authorization " + std::to_string(standing->id) +
                                       ", A18); revoke it before granting again");
        }
        std::vector<std::string> items = terms.items;
        if (items.empty()) {
          for (const auto& d : content.items)
            if (d.share_class != ShareClass::kNotShared) items.push_back(d.name);
        }
        sharing_rules::RequireItems(items, "terms.items", "A18");
        // A18: the provider grants the platform what it chooses of the shared
        // items; the scope is applied to each consumer when the bureau grants.
        const auto cov = sharing_rules::CheckPlatformGrantItems(content, e.code, items);
        const Date from = terms.valid_from.value_or(core.Now().date);
        if (!terms.valid_until) {
          throw InvalidArgumentError("terms.valid_until is required for a grant to the platform (A26)");
        }
        const Date until = *terms.valid_until;
        if (until < from) throw InvalidArgumentError("terms: valid_until must not be before valid_from (A26)");
        Authorization z;
        z.entry_code = e.code;
        z.items = items;
        z.methods = content.share.methods;
        z.conditions = terms.conditions.empty() ? content.share.conditions : terms.conditions;
        z.masked_items = cov.masked;
        z.valid_from = from;
        z.valid_until = until;
        z.mode = AuthorizationMode::kProviderToPlatform;
        z.granted_by_department = op.user().department_code;
        z.granted_by = op.user().id;
        z.granted_at = core.Now();
        z.seasonal = terms.seasonal.value_or(false);
        z.platform_wide = true;
        z.disposal = terms.disposal;  // N27: carried into the consumer grants made under it
        z.disposal_working_days = terms.disposal_working_days.value_or(0);
        CaseRow row = Sharing::NewRow(ToString(AuthorizationStatus::kActive), sh.Bureau(), e.provider_code, e.id,
                                      core.NowSeconds(), json(z));
        row.id = sh.S().InsertCase(CaseTable::kAuthorizations, row);
        op.Notify(NoticeKind::kAuthorization, sh.Bureau(), e.id,
                  op.department().name + " 已将 " + content.name + " 整体授权给平台 (A18)", ObjectOf(row.id));
        op.Audit("authorization.grant_platform", ObjectOf(row.id), "", sh.Digest(row), "");
        // A18, A23: the bureau's 2 working days start now for the applications
        // that waited for this grant.
        sh.StartPlatformDecisions(op, e.id, row.id);
        return sh.ToAuthorization(row);
      });
}

Authorization SharingService::RecordDelivery(const std::string& actor, std::int64_t authorization_id,
                                             std::int64_t row_version, ShareMethod method, const std::string& note) {
  if (!internal::IsValidUtf8(note)) throw InvalidArgumentError("note is not valid UTF-8");
  PlatformCore& core = *impl_;
  return ChangeCase(
      core, actor, CaseTable::kAuthorizations, kKind, authorization_id, row_version,
      [&](const std::optional<PlatformCore::Actor>&, const CaseRow& row) {
        return Permission{Action::kDeliverData, row.provider_code, ObjectOf(authorization_id)};
      },
      [&](Operation& op, Sharing& sh, CaseRow& row) {
        const std::string object = ObjectOf(authorization_id);
        const std::string before = sh.Digest(row);
        Authorization z = sh.ToAuthorization(row);
        sharing_rules::CheckDelivery(z, method);
        z.delivered_at = core.Now();
        z.delivery_method = method;
        z.delivery_note = note;
        row.body = json(z).dump();
        sh.Store(CaseTable::kAuthorizations, row, kKind);
        sh.CompleteStep(object, StepKind::kDelivery, op.user().id, ToString(method));
        op.Notify(NoticeKind::kAuthorization, row.consumer_code, z.entry_id,
                  "授权 " + std::to_string(z.id) + "（" + z.entry_code + "）的数据已通过" + ChineseLabel(method) +
                      "共享 (N22)" + (note.empty() ? "" : "：" + note),
                  object);
        op.Audit("authorization.deliver", object, before, sh.Digest(row), ToString(method));
        return sh.ToAuthorization(row);
      });
}

Authorization SharingService::GetAuthorization(const std::string& actor, std::int64_t authorization_id) const {
  return GetCase(*impl_, actor, CaseTable::kAuthorizations, kKind, kKind, authorization_id,
                 [](Sharing& sh, const CaseRow& row) { return sh.ToAuthorization(row); });
}

std::vector<Authorization> SharingService::Authorizations(const std::string& actor, const std::string& department_code) const {
  return ListCases(*impl_, actor, department_code, CaseTable::kAuthorizations,
                   [](Sharing& sh, const CaseRow& row) { return sh.ToAuthorization(row); });
}

Authorization SharingService::RecordUse(const std::string& actor, std::int64_t authorization_id) {
  PlatformCore& core = *impl_;
  return WriteOnCase(
      core, actor, CaseTable::kAuthorizations, kKind, authorization_id,
      [&](const std::optional<PlatformCore::Actor>&, const CaseRow& row) {
        return Permission{Action::kUseData, row.consumer_code, ObjectOf(authorization_id)};
      },
      [&](Operation& op, Sharing& sh, CaseRow& row) {
        const Authorization z = sh.ToAuthorization(row);
        AuthorizationMachine().Next(z.status, AuthorizationEvent::kUse, z.id);
        if (core.Now().date < z.valid_from) {
          throw InvalidTransitionError("authorization " + std::to_string(z.id) + " is valid from " +
                                       z.valid_from.ToIso() + " (A26)");
        }
        // A use is not a change of the authorization: it goes to the usage log
        // (A28 日志审计) and moves the last use (A26), not the row version.
        storage::UsageRow u;
        u.time = core.NowSeconds();
        u.user_id = op.user().id;
        u.consumer_code = row.consumer_code;
        u.entry_id = z.entry_id;
        u.authorization_id = z.id;
        u.kind = "use";
        u.items = json(z.items).dump();
        u.method = z.methods.empty() ? "" : ToString(z.methods.front());
        u.purpose = "";
        u.allowed = true;
        u.outcome = "allowed";
        sh.S().AppendUsage({u});
        op.NoAuditRecord("a use is in the usage log (A28)");
        return sh.ToAuthorization(row);
      });
}

std::vector<Authorization> SharingService::RevocableForNonUse(const std::string& actor,
                                                        const std::string& provider_code) const {
  PlatformCore& core = *impl_;
  Sharing sh(core);
  return RunRead(core, actor,
                 Permission{Action::kReadSharing, "", provider_code.empty() ? "" : "department:" + provider_code},
                 [&](Operation& op) {
                   const std::string scope = sh.ListingScope(op, provider_code);
                   std::vector<Authorization> out;
                   for (const auto& row : sh.S().ListCases(CaseTable::kAuthorizations, scope, std::nullopt)) {
                     if (!scope.empty() && row.provider_code != scope) continue;
                     Authorization z = sh.ToAuthorization(row);
                     if (z.status == AuthorizationStatus::kActive && !z.seasonal && !z.platform_wide &&
                         sh.UnusedTooLong(z)) {
                       out.push_back(std::move(z));
                     }
                   }
                   return out;
                 });
}

Authorization SharingService::Revoke(const std::string& actor, std::int64_t authorization_id, std::int64_t row_version,
                               RevocationGround ground, const std::string& reason) {
  const AuthorizationEvent event = sharing_rules::RevocationEvent(ground);
  RequireText(reason, "reason", "A26, A28: a revocation states its reason");
  return ChangeStatus(*impl_, actor, authorization_id, row_version, event, reason, "authorization.revoke",
                      ground == RevocationGround::kNonUse ? "A26" : "A28, A30", ground);
}

Authorization SharingService::Suspend(const std::string& actor, std::int64_t authorization_id, std::int64_t row_version,
                                const std::string& reason) {
  RequireText(reason, "reason", "A28, A30: a suspension states its reason");
  return ChangeStatus(*impl_, actor, authorization_id, row_version, AuthorizationEvent::kSuspend, reason,
                      "authorization.suspend", "A28, A30", std::nullopt);
}

Authorization SharingService::Reinstate(const std::string& actor, std::int64_t authorization_id, std::int64_t row_version,
                                  const std::string& reason) {
  RequireText(reason, "reason", "A28: a reinstatement states its reason");
  return ChangeStatus(*impl_, actor, authorization_id, row_version, AuthorizationEvent::kReinstate, reason,
                      "authorization.reinstate", "A28", std::nullopt);
}

std::vector<Authorization> SharingService::ExpireAuthorizations(const std::string& actor) {
  PlatformCore& core = *impl_;
  Sharing sh(core);
  return RunWrite(core, actor, Permission{Action::kManageAuthorization, "", "authorizations"}, [&](Operation& op) {
    if (op.department().level != DepartmentLevel::kBureau) {
      op.Deny("the bureau records expiries for the whole platform (A26)");
    }
    std::vector<Authorization> out;
    for (CaseRow row : sh.S().ListCases(CaseTable::kAuthorizations, "", std::nullopt)) {
      // A26: an authorization whose stored status is active and whose period
      // has run reads as expired; recording it moves the stored status.
      const auto stored = EnumFromStoredName(row.status, AuthorizationStatus::kSuspended);
      Authorization z = sh.ToAuthorization(row);
      if (z.status != AuthorizationStatus::kExpired ||
          !AuthorizationMachine().Find(stored, AuthorizationEvent::kExpire)) {
        continue;
      }
      const std::string before = sh.Digest(row);
      z.status_reason = "授权期限已于 " + z.valid_until.ToIso() + " 届满，需重新申请";
      z.status_changed_at = core.Now();
      row.status = ToString(*AuthorizationMachine().Find(stored, AuthorizationEvent::kExpire));
      row.body = json(z).dump();
      sh.Store(CaseTable::kAuthorizations, row, kKind);
      const std::string object = ObjectOf(row.id);
      op.Notify(NoticeKind::kAuthorization, row.consumer_code, z.entry_id,
                "授权 " + std::to_string(row.id) + "（" + z.entry_code + "）已到期，期满后需重新申请 (A26)", object);
      op.Audit("authorization.expire", object, before, sh.Digest(row), z.status_reason);
      sh.Ended(op, z, "expired");
      out.push_back(sh.ToAuthorization(row));
    }
    if (out.empty()) op.NoAuditRecord("nothing had expired");
    return out;
  });
}

}  // namespace govshare
