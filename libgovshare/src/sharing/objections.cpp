// Objections and corrections (A29): a consumer holding an authorization on
// an entry objects to its data; the provider verifies within the policy
// days — corrected (reported to the bureau, pushed to every holder) or
// rejected with its reason.
#include <algorithm>
#include <set>

#include "sharing/cases.h"

namespace govshare {
namespace {

using json = nlohmann::json;
using sharing_rules::ObjectionEvent;
using sharing_rules::ObjectionMachine;

const char kKind[] = "objection";

std::string ObjectOf(std::int64_t id) { return CaseObject(kKind, id); }

}  // namespace

Objection SharingService::RaiseObjection(const std::string& actor, const ObjectionInput& objection) {
  RequireText(objection.record_key, "record_key", "A29: the record concerned");
  RequireText(objection.item, "item", "A29: the item concerned");
  RequireText(objection.description, "description", "A29: what seems wrong (疑义或明显错误)");
  PlatformCore& core = *impl_;
  return RunWrite(core, actor, Permission{Action::kRaiseObjection, "", ObjectOfEntry(objection.entry_id)},
                  [&](Operation& op) {
    Sharing sh(core);
    auto [e, content] = sh.LiveEntry(objection.entry_id, "objections are raised on published data (A29)");
    if (std::none_of(content.items.begin(), content.items.end(),
                     [&](const DataItem& d) { return d.name == objection.item; })) {
      throw InvalidArgumentError("item \"" + objection.item + "\" is not an item of entry " + e.code +
                                 sharing_rules::ItemsHint(content, objection.item) + " (A29)");
    }
    // A29: the consumer objects to shared data it obtained.
    const std::string consumer = op.user().department_code;
    bool holds = false;
    for (const auto& row : sh.S().ListCases(CaseTable::kAuthorizations, consumer, e.id)) {
      holds = holds || row.consumer_code == consumer;
    }
    if (!holds) {
      throw InvalidTransitionError("department " + consumer + " holds no authorization on entry " + e.code +
                                   "; objections come from consumers of the data (A29)");
    }
    Objection o;
    o.raised_by = op.user().id;
    o.entry_code = e.code;
    o.objection = objection;
    o.raised_at = core.Now();
    CaseRow row = Sharing::NewRow(ToString(ObjectionStatus::kOpen), consumer, e.provider_code, e.id, core.NowSeconds(),
                                  json(o));
    row.id = sh.S().InsertCase(CaseTable::kObjections, row);
    const std::string object = ObjectOf(row.id);
    // N26 (from 2025-08-01): verified, corrected and answered within 10
    // working days of receipt; A29 及时 (the policy days) before.
    const periods::StatutoryPeriod period = core.Period(Duty::kCorrection, core.NowSeconds());
    const Deadline due = sh.OpenStep(StepKind::kObjectionCheck, object, e.provider_code, core.NowSeconds(), period);
    op.Notify(NoticeKind::kObjection, e.provider_code, e.id,
              op.department().name + " 对 " + content.name + "（记录 " + objection.record_key + "，" + objection.item +
                  "）提出疑义：" + objection.description + "，请于 " + due.due.date.ToIso() + " 前校核 (" + period.article + ")",
              object);
    op.Audit("objection.raise", object, "", sh.Digest(row), objection.description);
    return sh.ToObjection(row);
  });
}

Objection SharingService::ResolveObjection(const std::string& actor, std::int64_t objection_id, std::int64_t row_version,
                                     bool confirmed, const std::string& response) {
  RequireText(response, "response", confirmed ? "A29: the correction made (予以更正)" : "A29: why the data is right");
  PlatformCore& core = *impl_;
  return ChangeCase(
      core, actor, CaseTable::kObjections, kKind, objection_id, row_version,
      [&](const std::optional<PlatformCore::Actor>&, const CaseRow& row) {
        return Permission{Action::kResolveObjection, row.provider_code, ObjectOf(objection_id)};
      },
      [&](Operation& op, Sharing& sh, CaseRow& row) {
        const ObjectionStatus to =
            ObjectionMachine().Next(EnumFromStoredName(row.status, ObjectionStatus::kRejected),
                                    confirmed ? ObjectionEvent::kCorrect : ObjectionEvent::kReject, objection_id);
        const std::string object = ObjectOf(objection_id);
        const std::string before = sh.Digest(row);
        Objection o = sh.ToObjection(row);
        sh.CompleteStep(object, StepKind::kObjectionCheck, op.user().id, confirmed ? "corrected" : "rejected");
        o.response = response;
        o.resolved_by = op.user().id;
        o.resolved_at = core.Now();
        const std::int64_t entry_id = row.entry_id.value_or(0);
        if (confirmed) {
          // A29: corrected, reported to the bureau, pushed to every department
          // holding an active authorization on the entry.
          std::set<std::string> holders;
          for (const auto& z : sh.ActiveOnEntry(entry_id)) holders.insert(z.consumer_code);
          o.notified_departments.assign(holders.begin(), holders.end());
          const std::string text = o.entry_code + " 数据已更正（记录 " + o.objection.record_key + "，" +
                                   o.objection.item + "）：" + response + " (A29)";
          for (const auto& code : holders) op.Notify(NoticeKind::kCorrection, code, entry_id, text, object);
          op.Notify(NoticeKind::kCorrection, sh.Bureau(), entry_id, op.department().name + " 报告：" + text, object);
          if (!holders.count(row.consumer_code)) {
            op.Notify(NoticeKind::kObjection, row.consumer_code, entry_id, "疑义已核实并更正：" + response, object);
          }
        } else {
          op.Notify(NoticeKind::kObjection, row.consumer_code, entry_id,
                    "疑义 " + std::to_string(objection_id) + " 经校核数据无误：" + response + " (A29)", object);
        }
        row.status = ToString(to);
        row.body = json(o).dump();
        sh.Store(CaseTable::kObjections, row, kKind);
        op.Audit(confirmed ? "objection.correct" : "objection.reject", object, before, sh.Digest(row), response);
        return sh.ToObjection(row);
      });
}

Objection SharingService::GetObjection(const std::string& actor, std::int64_t objection_id) const {
  return GetCase(*impl_, actor, CaseTable::kObjections, kKind, kKind, objection_id,
                 [](Sharing& sh, const CaseRow& row) { return sh.ToObjection(row); });
}

std::vector<Objection> SharingService::Objections(const std::string& actor, const std::string& department_code) const {
  return ListCases(*impl_, actor, department_code, CaseTable::kObjections,
                   [](Sharing& sh, const CaseRow& row) { return sh.ToObjection(row); });
}

}  // namespace govshare
