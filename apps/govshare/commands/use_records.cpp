// govshare use-records — the requester's use records (N29): add one, list
// them, purge one whose retention has run, export them for an auditor.
#include <cstdint>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "commands/commands.h"
#include "commands/common.h"
#include "govshare/sharing_service.h"

namespace govshare_cli {
namespace {

struct UseRecordArgs {
  std::string department, kind = "scenario", text, reason, out;
  std::int64_t id = 0, authorization = 0;
  std::optional<std::int64_t> row_version;
  bool json = false;
};

govshare::UseRecordKind KindOf(const std::string& name) {
  return EnumNamed("--kind", name, govshare::UseRecordKind::kDestruction, "N29");
}

ojson ToJson(const govshare::UseRecord& r) {
  return {{"id", r.id},
          {"row_version", r.row_version},
          {"authorization_id", r.authorization_id},
          {"consumer_code", r.consumer_code},
          {"provider_code", r.provider_code},
          {"entry_code", r.entry_code},
          {"kind", govshare::ToString(r.kind)},
          {"text", r.text},
          {"recorded_by", r.recorded_by},
          {"recorded_at", r.recorded_at.ToIso()},
          {"article", r.article},
          {"purgeable_from", r.purgeable_from.ToIso()},
          {"purged", r.purged}};
}

// ID AUTHORIZATION KIND RECORDED_AT PURGEABLE_FROM ARTICLE ROW_VERSION (tabs),
// then the text (or that it was purged), indented.
void Print(const govshare::UseRecord& r) {
  std::cout << r.id << '\t' << r.authorization_id << '\t' << govshare::ToString(r.kind) << '\t'
            << r.recorded_at.date.ToIso() << '\t' << r.purgeable_from.ToIso() << '\t' << r.article << '\t'
            << r.row_version << '\n'
            << "  " << govshare::ChineseLabel(r.kind) << "："
            << (r.purged ? "（已于 " + (r.purged_at ? r.purged_at->date.ToIso() : std::string("?")) +
                               " 清除 purged: " + r.purge_reason + "）"
                         : r.text)
            << '\n';
}

}  // namespace

void AddUseRecordCommands(CLI::App& app, Program& program) {
  auto a = std::make_shared<UseRecordArgs>();
  CLI::App* group = AddGroup(app, "use-records", "The requester's use records (N29): kept at least 3 years, "
                                                 "read by the provider and the bureau, exported for audit");

  auto* add = group->add_subcommand(
      "add", "record one fact of the use of an authorization (the consumer's operator or leader; a destruction "
             "record is the disposal of N27); prints ID AUTHORIZATION KIND RECORDED_AT PURGEABLE_FROM ARTICLE "
             "ROW_VERSION, text");
  add->add_option("--authorization", a->authorization, "the authorization used")->required();
  add->add_option("--kind", a->kind, "scenario, process, result, storage or destruction")->capture_default_str();
  add->add_option("--text", a->text, "what happened")->required();
  OnPlatformCommand(add, program, "use-records add", [a](const Session& s) {
    const govshare::UseRecordKind kind = KindOf(a->kind);
    auto p = s.Open();
    Print(p->sharing().AddUseRecord(s.Actor(), {a->authorization, kind, a->text}));
    return kExitOk;
  });

  auto* list = group->add_subcommand(
      "list", "print use records: ID AUTHORIZATION KIND RECORDED_AT PURGEABLE_FROM ARTICLE ROW_VERSION, text (a "
              "department: as consumer or provider; the bureau and auditors: all)");
  list->add_option("--department", a->department, "only this department's (as consumer or provider)");
  list->add_option("--authorization", a->authorization, "only this authorization's");
  list->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(list, program, "use-records list", [a](const Session& s) {
    auto p = s.Open();
    const auto records = p->sharing().UseRecords(s.Actor(), a->department, a->authorization);
    return PrintEach(records, a->json, [](const auto& x) { return ToJson(x); }, [](const auto& x) { Print(x); });
  });

  auto* purge = group->add_subcommand(
      "purge", "purge a record whose retention has run (the consumer's leader): its text goes, the fact stays; "
               "refused before PURGEABLE_FROM (N29)");
  purge->add_option("ID", a->id, "use record id")->required();
  purge->add_option("--reason", a->reason, "why")->required();
  AddRowVersionOption(purge, a->row_version, "use record");
  OnPlatformCommand(purge, program, "use-records purge", [a](const Session& s) {
    auto p = s.Open();
    std::int64_t rv = 0;
    if (a->row_version) {
      rv = *a->row_version;
    } else {
      bool found = false;
      for (const auto& r : p->sharing().UseRecords(s.Actor(), "")) {
        if (r.id == a->id) {
          rv = r.row_version;
          found = true;
        }
      }
      if (!found) throw govshare::NotFoundError("use record " + std::to_string(a->id) + " does not exist");
    }
    Print(p->sharing().PurgeUseRecord(s.Actor(), a->id, rv, a->reason));
    return kExitOk;
  });

  auto* exp = group->add_subcommand(
      "export", "export use records as one JSON document, govshare-use-records/1 (an auditor or the bureau "
                "administrator; audited)");
  exp->add_option("--department", a->department, "only this department's (as consumer or provider)");
  exp->add_option("--out", a->out, "write to this file (default: standard output)");
  OnPlatformCommand(exp, program, "use-records export", [a](const Session& s) {
    auto p = s.Open();
    const std::string doc = p->sharing().ExportUseRecords(s.Actor(), a->department);
    if (a->out.empty()) {
      std::cout << doc << '\n';
    } else {
      std::ofstream out(a->out, std::ios::binary | std::ios::trunc);
      out << doc << '\n';
      out.close();
      if (!out) throw UsageError("cannot write " + a->out);
      std::cout << "已导出 exported: " << a->out << '\n';
    }
    return kExitOk;
  });
}

}  // namespace govshare_cli
