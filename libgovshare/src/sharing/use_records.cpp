// N29: the requester's use records — scenario, process, results, storage,
// destruction — kept at least the retention in force (3 years), read by the
// provider and the bureau, exported for inspection, purged only after their
// retention. A destruction record is the disposal of N27. The rules are in
// sharing/rules.h (PurgeableFrom, CheckPurge).
#include "sharing/cases.h"

namespace govshare {
namespace {

using json = nlohmann::json;

const char kKind[] = "use record";
const char kObjectKind[] = "use_record";

std::string ObjectOf(std::int64_t id) { return CaseObject(kObjectKind, id); }

// One record as exported (docs/sharing.md, "Use records").
json Exported(const UseRecord& r) {
  return json{{"id", r.id},
              {"authorization_id", r.authorization_id},
              {"consumer_code", r.consumer_code},
              {"provider_code", r.provider_code},
              {"entry_code", r.entry_code},
              {"kind", ToString(r.kind)},
              {"kind_zh", ChineseLabel(r.kind)},
              {"text", r.text},
              {"recorded_by", r.recorded_by},
              {"recorded_at", r.recorded_at.ToIso()},
              {"article", r.article},
              {"purgeable_from", r.purgeable_from.ToIso()},
              {"purged", r.purged},
              {"purged_at", r.purged_at ? json(r.purged_at->ToIso()) : json(nullptr)},
              {"purge_reason", r.purge_reason}};
}

}  // namespace

UseRecord SharingService::AddUseRecord(const std::string& actor, const UseRecordInput& record) {
  RequireText(record.text, "text", "N29: what the record says (使用场景、使用过程、应用成效、存储情况、销毁情况)");
  PlatformCore& core = *impl_;
  return WriteOnCase(
      core, actor, CaseTable::kAuthorizations, "authorization", record.authorization_id,
      [&](const std::optional<PlatformCore::Actor>&, const CaseRow& z_row) {
        return Permission{Action::kKeepUseRecords, z_row.consumer_code,
                          CaseObject("authorization", record.authorization_id)};
      },
      [&](Operation& op, Sharing& sh, CaseRow& z_row) {
        core.RequireNational("N29", "keeping use records");
        Authorization z = sh.ToAuthorization(z_row);
        if (z.platform_wide) {
          throw InvalidArgumentError("authorization_id: " + std::to_string(z.id) +
                                     " is a grant to the platform as a whole; the consumers of the grants made under "
                                     "it keep the use records (N29)");
        }
        const periods::StatutoryPeriod retention = core.Period(Duty::kUseRecordRetention, core.NowSeconds());
        UseRecord r;
        r.authorization_id = z.id;
        r.entry_code = z.entry_code;
        r.kind = record.kind;
        r.text = record.text;
        r.recorded_by = op.user().id;
        r.recorded_at = core.Now();
        r.article = retention.article;
        r.purgeable_from = sharing_rules::PurgeableFrom(core.Now().date, retention.rule);
        CaseRow row = Sharing::NewRow(kUseRecordKept, z_row.consumer_code, z_row.provider_code, z.entry_id,
                                      core.NowSeconds(), json(r));
        row.id = sh.S().InsertCase(CaseTable::kUseRecords, row);
        op.Audit("use_record.add", ObjectOf(row.id), "", sh.Digest(row), ToString(record.kind));
        if (record.kind == UseRecordKind::kDestruction && !z.disposed_at) {
          // N27 妥善处置: the destruction is the disposal; its step completes.
          const std::string zobject = CaseObject("authorization", z.id);
          const std::string before = sh.Digest(z_row);
          z.disposed_at = core.Now();
          z_row.body = json(z).dump();
          sh.Store(CaseTable::kAuthorizations, z_row, "authorization");
          sh.CompleteStep(zobject, StepKind::kDisposal, op.user().id, "disposed");
          op.Notify(NoticeKind::kAuthorization, z_row.provider_code, z.entry_id,
                    op.department().name + " 已处置授权 " + std::to_string(z.id) + "（" + z.entry_code +
                        "）所获数据：" + record.text + " (N27, N29)",
                    zobject);
          op.Audit("authorization.dispose", zobject, before, sh.Digest(z_row), record.text);
        }
        return sh.ToUseRecord(row);
      });
}

std::vector<UseRecord> SharingService::UseRecords(const std::string& actor, const std::string& department_code,
                                                  std::int64_t authorization_id) const {
  std::vector<UseRecord> out;
  for (UseRecord& r : ListCases(*impl_, actor, department_code, CaseTable::kUseRecords,
                                [](Sharing& sh, const CaseRow& row) { return sh.ToUseRecord(row); })) {
    if (authorization_id == 0 || r.authorization_id == authorization_id) out.push_back(std::move(r));
  }
  return out;
}

UseRecord SharingService::PurgeUseRecord(const std::string& actor, std::int64_t use_record_id,
                                         std::int64_t row_version, const std::string& reason) {
  PlatformCore& core = *impl_;
  return ChangeCase(
      core, actor, CaseTable::kUseRecords, kKind, use_record_id, row_version,
      [&](const std::optional<PlatformCore::Actor>&, const CaseRow& row) {
        return Permission{Action::kPurgeUseRecords, row.consumer_code, ObjectOf(use_record_id)};
      },
      [&](Operation& op, Sharing& sh, CaseRow& row) {
        UseRecord r = sh.ToUseRecord(row);
        sharing_rules::CheckPurge(r, core.Now().date, reason);
        const std::string before = sh.Digest(row);
        r.text.clear();
        r.purged_at = core.Now();
        r.purged_by = op.user().id;
        r.purge_reason = reason;
        row.status = kUseRecordPurged;
        row.body = json(r).dump();
        sh.Store(CaseTable::kUseRecords, row, kKind);
        op.Audit("use_record.purge", ObjectOf(use_record_id), before, sh.Digest(row), reason);
        return sh.ToUseRecord(row);
      });
}

std::string SharingService::ExportUseRecords(const std::string& actor, const std::string& department_code) {
  PlatformCore& core = *impl_;
  Sharing sh(core);
  return RunWrite(core, actor, Permission{Action::kExportUseRecords, "", "use_records"}, [&](Operation& op) {
    json records = json::array();
    for (const auto& row : sh.S().ListCases(CaseTable::kUseRecords, department_code, std::nullopt)) {
      records.push_back(Exported(sh.ToUseRecord(row)));
    }
    const json doc{{"format", "govshare-use-records/1"},
                   {"article", "N29"},
                   {"department", department_code},
                   {"exported_by", op.user().id},
                   {"exported_at", core.Now().ToIso()},
                   {"records", records}};
    const std::string text = doc.dump(2);
    op.Audit("use_records.export", department_code.empty() ? "use_records" : "use_records:" + department_code, "",
             core.DigestOf(text), std::to_string(records.size()) + " records");
    return text;
  });
}

}  // namespace govshare
