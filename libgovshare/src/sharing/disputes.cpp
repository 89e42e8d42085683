// Disputes (A27): a party — consumer or provider — opens a dispute over the
// conditions, the reasons or the result; the bureau mediates and records
// the outcome.
#include <set>

#include "sharing/cases.h"

namespace govshare {
namespace {

using json = nlohmann::json;
using sharing_rules::DisputeEvent;
using sharing_rules::DisputeMachine;

const char kKind[] = "dispute";

std::string ObjectOf(std::int64_t id) { return CaseObject(kKind, id); }

// The parties of a dispute and the matter disputed.
struct Matter {
  std::string object;  // application:N or entry:N
  std::string consumer;
  std::string provider;
  DisputeInput input;
};

}  // namespace

Dispute SharingService::OpenDispute(const std::string& actor, const DisputeInput& dispute) {
  RequireText(dispute.description, "description", "A27: what the parties disagree on");
  if (dispute.subject != DisputeSubject::kConditions && dispute.subject != DisputeSubject::kReasons &&
      dispute.subject != DisputeSubject::kResult) {
    throw InvalidArgumentError("subject must be conditions, reasons or result (A27)");
  }
  if (dispute.application_id == 0 && dispute.entry_id == 0) {
    throw InvalidArgumentError("application_id or entry_id is required (A27: the matter disputed)");
  }
  PlatformCore& core = *impl_;
  Sharing sh(core);
  Matter m;
  m.input = dispute;
  m.object = dispute.application_id ? CaseObject("application", dispute.application_id)
                                    : ObjectOfEntry(dispute.entry_id);
  return RunWrite(
      core, actor,
      [&](const std::optional<PlatformCore::Actor>& who) {
        // A27: the parties open it (the bureau too); who they are is loaded
        // from the application, or — about an entry's conditions — the
        // actor's department against the provider.
        const std::string own = who ? who->user.department_code : "";
        if (dispute.application_id) {
          CaseRow app = sh.Load(CaseTable::kApplications, "application", dispute.application_id);
          m.consumer = app.consumer_code;
          m.provider = app.provider_code;
          if (dispute.entry_id && app.entry_id != dispute.entry_id) {
            throw InvalidArgumentError("entry_id " + std::to_string(dispute.entry_id) +
                                       " is not the entry of application " + std::to_string(dispute.application_id));
          }
          m.input.entry_id = app.entry_id.value_or(0);
        } else {
          m.provider = core.LoadEntry(dispute.entry_id).provider_code;
          m.consumer = own;
          if (m.consumer == m.provider) {
            throw InvalidArgumentError("entry_id " + std::to_string(dispute.entry_id) +
                                       ": a dispute over an entry is opened by another department (A27)");
          }
        }
        return Permission{Action::kOpenDispute, own == m.provider ? m.provider : m.consumer, m.object};
      },
      [&](Operation& op) {
        Dispute d;
        d.dispute = m.input;
        d.opened_by = op.user().id;
        d.opened_by_department = op.user().department_code;
        d.opened_at = core.Now();
        const std::int64_t entry_id = m.input.entry_id;
        CaseRow row = Sharing::NewRow(ToString(DisputeStatus::kOpen), m.consumer, m.provider,
                                      entry_id ? std::optional<std::int64_t>(entry_id) : std::nullopt,
                                      core.NowSeconds(), json(d));
        row.id = sh.S().InsertCase(CaseTable::kDisputes, row);
        const std::string dobj = ObjectOf(row.id);
        const std::string text = op.department().name + " 就 " + m.object + " 的" + ChineseLabel(dispute.subject) +
                                 "提出意见分歧：" + dispute.description + " (A27)";
        std::set<std::string> parties = {m.consumer, m.provider, sh.Bureau()};
        parties.erase(op.user().department_code);
        for (const auto& code : parties) op.Notify(NoticeKind::kDispute, code, entry_id, text, dobj);
        op.Audit("dispute.open", dobj, "", sh.Digest(row), dispute.description);
        return sh.ToDispute(row);
      });
}

Dispute SharingService::ResolveDispute(const std::string& actor, std::int64_t dispute_id, std::int64_t row_version,
                                 const std::string& outcome) {
  RequireText(outcome, "outcome", "A27: the outcome of the negotiation");
  PlatformCore& core = *impl_;
  const std::string object = ObjectOf(dispute_id);
  return RunWrite(core, actor, Permission{Action::kMediateDispute, "", object}, [&](Operation& op) {
    Sharing sh(core);
    CaseRow row = sh.LoadForChange(CaseTable::kDisputes, kKind, dispute_id, row_version);
    const DisputeStatus to = DisputeMachine().Next(EnumFromStoredName(row.status, DisputeStatus::kResolved),
                                                   DisputeEvent::kResolve, dispute_id);
    const std::string before = sh.Digest(row);
    Dispute d = sh.ToDispute(row);
    d.outcome = outcome;
    d.resolved_by = op.user().id;
    d.resolved_at = core.Now();
    row.status = ToString(to);
    row.body = json(d).dump();
    sh.Store(CaseTable::kDisputes, row, kKind);
    sh.CompleteStep(object, StepKind::kDisputeCoordination, op.user().id, "resolved");  // N28, if it was there
    for (const auto& code : std::set<std::string>{row.consumer_code, row.provider_code}) {
      op.Notify(NoticeKind::kDispute, code, d.dispute.entry_id,
                "意见分歧 " + std::to_string(dispute_id) + " " + ChineseLabel(d.tier) + "结果：" + outcome +
                    (d.tier == DisputeTier::kNegotiation ? " (A27)" : " (N28)"),
                object);
    }
    op.Audit("dispute.resolve", object, before, sh.Digest(row), outcome);
    return sh.ToDispute(row);
  });
}

Dispute SharingService::EscalateDispute(const std::string& actor, std::int64_t dispute_id, std::int64_t row_version,
                                        const std::string& reason) {
  RequireText(reason, "reason", "N28: why the dispute was not settled at its tier");
  PlatformCore& core = *impl_;
  return ChangeCase(
      core, actor, CaseTable::kDisputes, kKind, dispute_id, row_version,
      [&](const std::optional<PlatformCore::Actor>& who, const CaseRow& row) {
        // N28: a party takes it on (协商不成的……申请协调处理); the bureau too.
        const std::string own = who ? who->user.department_code : "";
        return Permission{Action::kOpenDispute, own == row.provider_code ? row.provider_code : row.consumer_code,
                          ObjectOf(dispute_id)};
      },
      [&](Operation& op, Sharing& sh, CaseRow& row) {
        core.RequireNational("N28", "escalating a dispute", "A27 settles it by negotiation of the three parties");
        if (EnumFromStoredName(row.status, DisputeStatus::kResolved) != DisputeStatus::kOpen) {
          throw InvalidTransitionError("dispute " + std::to_string(dispute_id) +
                                       " is resolved; only an open dispute is escalated (N28)");
        }
        const auto consumer = sh.S().FindDepartment(row.consumer_code);
        const auto provider = sh.S().FindDepartment(row.provider_code);
        const bool cross = consumer && provider && sharing_rules::CrossLevelOrRegion(*consumer, *provider);
        const std::string object = ObjectOf(dispute_id);
        const std::string before = sh.Digest(row);
        Dispute d = sh.ToDispute(row);
        DisputeEscalation e;
        e.from = d.tier;
        e.to = sharing_rules::NextTier(d.tier, cross, dispute_id);
        e.by = op.user().id;
        e.by_department = op.user().department_code;
        e.reason = reason;
        e.at = core.Now();
        d.tier = e.to;
        d.escalations.push_back(e);
        row.body = json(d).dump();
        sh.Store(CaseTable::kDisputes, row, kKind);
        // N28 向同级政务数据共享主管部门申请协调处理: the bureau's coordination is a
        // step (the policy's days, N28 sets none); it ends when the dispute is
        // resolved or taken on to the government (N41 (二) when left undone).
        if (e.from == DisputeTier::kAuthority) {
          sh.CompleteStep(object, StepKind::kDisputeCoordination, op.user().id, "escalated");
        }
        if (e.to == DisputeTier::kAuthority) {
          sh.OpenStep(StepKind::kDisputeCoordination, object, sh.Bureau(), core.NowSeconds(),
                      periods::DisputeCoordination(sh.Policy().dispute_coordination_days));
        }
        const std::string text = "意见分歧 " + std::to_string(dispute_id) + " 由" + ChineseLabel(e.from) + "转为" +
                                 ChineseLabel(e.to) + "：" + reason + " (N28)";
        std::set<std::string> told = {row.consumer_code, row.provider_code, sh.Bureau()};
        told.erase(op.user().department_code);
        for (const auto& code : told) op.Notify(NoticeKind::kDispute, code, d.dispute.entry_id, text, object);
        op.Audit("dispute.escalate", object, before, sh.Digest(row), ToString(e.to) + ": " + reason);
        return sh.ToDispute(row);
      });
}

std::vector<Dispute> SharingService::Disputes(const std::string& actor, const std::string& department_code) const {
  return ListCases(*impl_, actor, department_code, CaseTable::kDisputes,
                   [](Sharing& sh, const CaseRow& row) { return sh.ToDispute(row); });
}

}  // namespace govshare
