// N27 ¶2: a consumer's misuse — suspension with a rectification order, the
// consumer's report, reinstatement or termination; N25: the provider's
// consent to a wider use. The rules are in sharing/rules.h
// (AuthorizationMachine, CheckMisuseOrder, MayClose, CheckTermination,
// CheckWiderUseRequest, CheckWiderUseAnswer).
#include "sharing/cases.h"

namespace govshare {
namespace {

using json = nlohmann::json;
using sharing_rules::AuthorizationEvent;
using sharing_rules::AuthorizationMachine;

const char kKind[] = "authorization";

std::string ObjectOf(std::int64_t id) { return CaseObject(kKind, id); }

void Save(Sharing& sh, CaseRow& row, const Authorization& z) {
  row.status = ToString(z.status);
  row.body = json(z).dump();
  sh.Store(CaseTable::kAuthorizations, row, kKind);
}

// The deadline of the open rectification step of `object`.
LocalDateTime RectificationDue(Sharing& sh, const std::string& object, const MisuseOrder& o) {
  for (const ProcessStep& s : sh.StepsOf(object)) {
    if (s.kind == StepKind::kRectification && !s.completed_at) return s.due.due;
  }
  return o.rectify_by;
}

}  // namespace

Authorization SharingService::SuspendForMisuse(const std::string& actor, std::int64_t authorization_id,
                                               std::int64_t row_version, UseBeyondGrant misuse,
                                               const std::string& facts, int working_days) {
  if (!internal::IsValidUtf8(facts)) throw InvalidArgumentError("facts is not valid UTF-8");
  PlatformCore& core = *impl_;
  return ChangeCase(
      core, actor, CaseTable::kAuthorizations, kKind, authorization_id, row_version,
      [&](const std::optional<PlatformCore::Actor>&, const CaseRow& row) {
        return Permission{Action::kManageAuthorization, row.provider_code, ObjectOf(authorization_id)};
      },
      [&](Operation& op, Sharing& sh, CaseRow& row) {
        core.RequireNational("N27", "suspending for misuse with a rectification order",
                             "the Nantong rules suspend for a suspected breach (A28, A30): Suspend");
        const std::string object = ObjectOf(authorization_id);
        const std::string before = sh.Digest(row);
        Authorization z = sh.ToAuthorization(row);
        sharing_rules::CheckMisuseOrder(z, facts, working_days);
        const AuthorizationStatus to =
            AuthorizationMachine().Next(z.status, AuthorizationEvent::kSuspendForMisuse, authorization_id);
        const std::string why = ChineseLabel(misuse) + "：" + facts;
        sharing_rules::SetStatus(z, to, "违规使用，暂停共享权限并限期整改（" + why + "）", core.Now(), false);
        const Deadline due = sh.OpenStep(StepKind::kRectification, object, row.consumer_code, core.NowSeconds(),
                                         periods::Rectification(working_days));
        MisuseOrder o;
        o.misuse = misuse;
        o.facts = facts;
        o.ordered_by_department = op.user().department_code;
        o.ordered_by = op.user().id;
        o.ordered_at = core.Now();
        o.working_days = working_days;
        o.rectify_by = due.due;
        z.misuse_orders.push_back(o);
        Save(sh, row, z);
        op.Notify(NoticeKind::kAuthorization, row.consumer_code, z.entry_id,
                  "授权 " + std::to_string(z.id) + "（" + z.entry_code + "）因" + why +
                      "，已暂停共享权限；请于 " + due.due.date.ToIso() + " 前完成整改并报告 (N27)",
                  object);
        if (op.user().department_code != row.provider_code) {
          op.Notify(NoticeKind::kAuthorization, row.provider_code, z.entry_id,
                    "授权 " + std::to_string(z.id) + " 因" + why + "，已由主管部门暂停并督促限期整改 (N27)", object);
        }
        op.Audit("authorization.suspend_for_misuse", object, before, sh.Digest(row),
                 ToString(misuse) + ": " + facts + " (" + std::to_string(working_days) + " working days)");
        return sh.ToAuthorization(row);
      });
}

Authorization SharingService::ReportRectification(const std::string& actor, std::int64_t authorization_id,
                                                  std::int64_t row_version, const std::string& report) {
  if (!internal::IsValidUtf8(report)) throw InvalidArgumentError("report is not valid UTF-8");
  PlatformCore& core = *impl_;
  return ChangeCase(
      core, actor, CaseTable::kAuthorizations, kKind, authorization_id, row_version,
      [&](const std::optional<PlatformCore::Actor>&, const CaseRow& row) {
        return Permission{Action::kRectifyMisuse, row.consumer_code, ObjectOf(authorization_id)};
      },
      [&](Operation& op, Sharing& sh, CaseRow& row) {
        const std::string object = ObjectOf(authorization_id);
        const std::string before = sh.Digest(row);
        Authorization z = sh.ToAuthorization(row);
        sharing_rules::CheckRectificationReport(z, report);
        MisuseOrder& o = *sharing_rules::OpenMisuseOrder(z);
        o.report = report;
        o.reported_by = op.user().id;
        o.reported_at = core.Now();
        Save(sh, row, z);
        sh.CompleteStep(object, StepKind::kRectification, op.user().id, "reported");
        op.Notify(NoticeKind::kAuthorization, o.ordered_by_department, z.entry_id,
                  op.department().name + " 报告授权 " + std::to_string(z.id) + "（" + z.entry_code +
                      "）的整改情况：" + report + "。请核查后恢复或终止共享 (N27)",
                  object);
        op.Audit("authorization.report_rectification", object, before, sh.Digest(row), report);
        return sh.ToAuthorization(row);
      });
}

Authorization SharingService::TerminateForMisuse(const std::string& actor, std::int64_t authorization_id,
                                                 std::int64_t row_version, const std::string& reason) {
  RequireText(reason, "reason", "N27: 拒不整改或者整改不到位 — which, and why");
  PlatformCore& core = *impl_;
  return ChangeCase(
      core, actor, CaseTable::kAuthorizations, kKind, authorization_id, row_version,
      [&](const std::optional<PlatformCore::Actor>&, const CaseRow& row) {
        return Permission{Action::kManageAuthorization, row.provider_code, ObjectOf(authorization_id)};
      },
      [&](Operation& op, Sharing& sh, CaseRow& row) {
        const std::string object = ObjectOf(authorization_id);
        const std::string before = sh.Digest(row);
        Authorization z = sh.ToAuthorization(row);
        sh.RequireMayCloseMisuse(op, z, "terminates sharing");
        const MisuseOrder* open = sharing_rules::OpenMisuseOrder(z);
        sharing_rules::CheckTermination(z, open ? RectificationDue(sh, object, *open) : core.Now(), core.Now());
        const AuthorizationStatus to =
            AuthorizationMachine().Next(z.status, AuthorizationEvent::kTerminateForMisuse, authorization_id);
        MisuseOrder& o = *sharing_rules::OpenMisuseOrder(z);
        const bool refused = !o.reported_at;
        const std::string why = std::string(refused ? "拒不整改" : "整改不到位") + "，终止共享：" + reason;
        o.outcome = MisuseOutcome::kTerminated;  // closed before the end (SetStatus closes what is left open)
        o.closed_by = op.user().id;
        o.closed_at = core.Now();
        sharing_rules::SetStatus(z, to, why, core.Now(), false);
        z.revocation_ground = RevocationGround::kMisuseNotRectified;
        Save(sh, row, z);
        sh.CompleteStep(object, StepKind::kRectification, op.user().id, "not rectified");
        op.Notify(NoticeKind::kAuthorization, row.consumer_code, z.entry_id,
                  "授权 " + std::to_string(z.id) + "（" + z.entry_code + "）" + why + " (N27)", object);
        if (op.user().department_code != row.provider_code) {
          op.Notify(NoticeKind::kAuthorization, row.provider_code, z.entry_id,
                    "授权 " + std::to_string(z.id) + " " + why + " (N27)", object);
        }
        op.Audit("authorization.terminate_for_misuse", object, before, sh.Digest(row), reason);
        sh.Ended(op, z, ToString(RevocationGround::kMisuseNotRectified));
        return sh.ToAuthorization(row);
      });
}

Authorization SharingService::RequestWiderUse(const std::string& actor, std::int64_t authorization_id,
                                              std::int64_t row_version, const WiderUseRequest& request) {
  if (!internal::IsValidUtf8(request.description) || !internal::IsValidUtf8(request.third_party)) {
    throw InvalidArgumentError("description and third_party must be valid UTF-8");
  }
  PlatformCore& core = *impl_;
  return ChangeCase(
      core, actor, CaseTable::kAuthorizations, kKind, authorization_id, row_version,
      [&](const std::optional<PlatformCore::Actor>&, const CaseRow& row) {
        return Permission{Action::kRequestWiderUse, row.consumer_code, ObjectOf(authorization_id)};
      },
      [&](Operation& op, Sharing& sh, CaseRow& row) {
        core.RequireNational("N25", "asking the provider's consent to a wider use");
        const std::string object = ObjectOf(authorization_id);
        const std::string before = sh.Digest(row);
        Authorization z = sh.ToAuthorization(row);
        sharing_rules::CheckWiderUseRequest(z, request);
        WiderUse w;
        w.number = static_cast<int>(z.wider_uses.size()) + 1;
        w.request = request;
        w.requested_by = op.user().id;
        w.requested_at = core.Now();
        z.wider_uses.push_back(w);
        Save(sh, row, z);
        op.Notify(NoticeKind::kAuthorization, row.provider_code, z.entry_id,
                  op.department().name + " 申请" + ChineseLabel(request.kind) + "（授权 " + std::to_string(z.id) +
                      "，" + z.entry_code + "，第 " + std::to_string(w.number) + " 项）：" + request.description +
                      (request.third_party.empty() ? "" : "；接收方：" + request.third_party) + "。请答复是否同意 (N25)",
                  object);
        op.Audit("authorization.request_wider_use", object, before, sh.Digest(row),
                 ToString(request.kind) + ": " + request.description);
        return sh.ToAuthorization(row);
      });
}

Authorization SharingService::AnswerWiderUse(const std::string& actor, std::int64_t authorization_id,
                                             std::int64_t row_version, int number, bool consent,
                                             const std::string& answer) {
  if (!internal::IsValidUtf8(answer)) throw InvalidArgumentError("answer is not valid UTF-8");
  PlatformCore& core = *impl_;
  return ChangeCase(
      core, actor, CaseTable::kAuthorizations, kKind, authorization_id, row_version,
      [&](const std::optional<PlatformCore::Actor>&, const CaseRow& row) {
        return Permission{Action::kManageAuthorization, row.provider_code, ObjectOf(authorization_id)};
      },
      [&](Operation& op, Sharing& sh, CaseRow& row) {
        if (op.user().department_code != row.provider_code) {
          op.Deny("only the provider consents to a wider use of its data (N25 应当经政务数据提供部门同意)");
        }
        const std::string object = ObjectOf(authorization_id);
        const std::string before = sh.Digest(row);
        Authorization z = sh.ToAuthorization(row);
        WiderUse& w = sharing_rules::CheckWiderUseAnswer(z, number, consent, answer);
        w.consented = consent;
        w.answer = answer;
        w.answered_by = op.user().id;
        w.answered_at = core.Now();
        const std::string label = ChineseLabel(w.request.kind);
        Save(sh, row, z);
        op.Notify(NoticeKind::kAuthorization, row.consumer_code, z.entry_id,
                  op.department().name + (consent ? " 同意" : " 不同意") + label + "（授权 " + std::to_string(z.id) +
                      "，第 " + std::to_string(number) + " 项）" + (answer.empty() ? "" : "：" + answer) + " (N25)",
                  object);
        op.Audit(consent ? "authorization.consent_wider_use" : "authorization.refuse_wider_use", object, before,
                 sh.Digest(row), std::to_string(number) + ": " + answer);
        return sh.ToAuthorization(row);
      });
}

}  // namespace govshare
