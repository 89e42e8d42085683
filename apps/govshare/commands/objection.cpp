// govshare objection — objections to shared data and their correction (A29;
// from 2025-08-01 N26 校核: the provider verifies, corrects and answers within
// 10 working days): a consumer holding an authorization on the entry raises
// one, the provider confirms it (corrected: the bureau and every department
// with an active authorization on the entry get a correction notice) or
// rejects it with the reason; list and show with the check step.
#include <cstdint>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "commands/commands.h"
#include "commands/common.h"
#include "govshare/sharing_service.h"

namespace govshare_cli {
namespace {

using govshare_cli::ToJson;  // the step's (common.h) beside this file's overloads

struct ObjectionArgs {
  std::string department, record_key, item, description, response;
  std::int64_t id = 0, entry = 0;
  std::optional<std::int64_t> row_version;
  bool json = false, confirm = false, reject = false;
};

ojson ToJson(const govshare::Objection& o) {
  ojson steps = ojson::array();
  for (const auto& s : o.steps) steps.push_back(ToJson(s));
  return {{"id", o.id},
          {"row_version", o.row_version},
          {"status", govshare::ToString(o.status)},
          {"consumer_code", o.consumer_code},
          {"raised_by", o.raised_by},
          {"provider_code", o.provider_code},
          {"entry_id", o.objection.entry_id},
          {"entry_code", o.entry_code},
          {"record_key", o.objection.record_key},
          {"item", o.objection.item},
          {"description", o.objection.description},
          {"response", o.response},
          {"resolved_by", o.resolved_by},
          {"resolved_at", Iso(o.resolved_at)},
          {"notified_departments", o.notified_departments},
          {"raised_at", o.raised_at.ToIso()},
          {"steps", steps}};
}

// ID STATUS CONSUMER PROVIDER ENTRY RECORD ITEM ROW_VERSION (tabs), then the
// description and the provider's response, indented.
void Print(const govshare::Objection& o) {
  std::cout << o.id << '\t' << govshare::ToString(o.status) << '\t' << o.consumer_code << '\t' << o.provider_code
            << '\t' << o.entry_code << '\t' << o.objection.record_key << '\t' << o.objection.item << '\t'
            << o.row_version << '\n'
            << "  疑义：" << o.objection.description << '\n';
  if (!o.response.empty()) {
    std::cout << "  " << govshare::ChineseLabel(o.status) << "：" << o.response << '\n';
  }
}

// Print, then who was told of the correction and the steps:
//   step KIND DEPARTMENT DUE ARTICLE STATE OUTCOME (tabs; STATE: on time, late, overdue, pending).
void PrintDetail(const govshare::Objection& o) {
  Print(o);
  std::cout << "  raised: " << o.raised_at.ToIso() << " by " << o.raised_by << '\n';
  if (o.resolved_at) std::cout << "  resolved: " << o.resolved_at->ToIso() << " by " << o.resolved_by << '\n';
  if (o.status == govshare::ObjectionStatus::kCorrected) {
    std::cout << "  notified: " << Join(o.notified_departments) << '\n';
  }
  for (const auto& s : o.steps) PrintStepLine(s);
}

void Output(const govshare::Objection& o, bool json) {
  if (json) {
    PrintJson(ToJson(o));
  } else {
    PrintDetail(o);
  }
}

// --row-version, or the objection's current one (not found when it does not exist).
std::int64_t RowVersion(const Session& s, govshare::Platform& p, const ObjectionArgs& a) {
  if (a.row_version) return *a.row_version;
  return p.sharing().GetObjection(s.Actor(), a.id).row_version;
}

}  // namespace

void AddObjectionCommands(CLI::App& app, Program& program) {
  auto a = std::make_shared<ObjectionArgs>();
  CLI::App* group = AddGroup(app, "objection",
                             "Objections to shared data and their correction (A29; N26 校核: verified, corrected and "
                             "answered within 10 working days)");
  const std::string prints = "; prints the objection as `show` does";

  auto* raise = group->add_subcommand(
      "raise", "object to a record of an entry whose data the department holds an authorization on (A29; the "
               "consumer's operator or leader): the provider's check step opens (N26: 10 working days)" + prints);
  raise->add_option("--entry", a->entry, "entry id (`catalog list`)")->required();
  raise->add_option("--record-key", a->record_key, "the record concerned (its key in the provider's data)")
      ->required();
  raise->add_option("--item", a->item, "the item concerned (an item of the entry)")->required();
  raise->add_option("--description", a->description, "what seems wrong (疑义或明显错误)")->required();
  raise->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(raise, program, "objection raise", [a](const Session& s) {
    govshare::ObjectionInput in;
    in.entry_id = a->entry;
    in.record_key = a->record_key;
    in.item = a->item;
    in.description = a->description;
    auto p = s.Open();
    Output(p->sharing().RaiseObjection(s.Actor(), in), a->json);
    return kExitOk;
  });

  auto* resolve = group->add_subcommand(
      "resolve", "verify an open objection (A29, N26; the provider's leader): --confirm — corrected, reported to "
                 "the bureau, a correction notice to every department with an active authorization on the entry — "
                 "or --reject, the data is right" + prints);
  resolve->add_option("ID", a->id, "objection id")->required();
  auto* confirm = resolve->add_flag("--confirm", a->confirm, "the objection holds: the data was corrected");
  auto* reject = resolve->add_flag("--reject", a->reject, "the data is right (say why with --response)");
  confirm->excludes(reject);
  resolve->add_option("--response", a->response, "the correction made, or why the data is right")->required();
  AddRowVersionOption(resolve, a->row_version, "objection");
  resolve->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(resolve, program, "objection resolve", [a](const Session& s) {
    if (!a->confirm && !a->reject) {
      throw CLI::ValidationError("objection resolve", "one of --confirm, --reject is required");
    }
    auto p = s.Open();
    Output(p->sharing().ResolveObjection(s.Actor(), a->id, RowVersion(s, *p, *a), a->confirm, a->response),
           a->json);
    return kExitOk;
  });

  auto* list = group->add_subcommand(
      "list", "print objections: ID STATUS CONSUMER PROVIDER ENTRY RECORD ITEM ROW_VERSION, the description and "
              "the response (a department: as consumer or provider; the bureau and auditors: all)");
  list->add_option("--department", a->department, "only this department's (as consumer or provider)");
  list->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(list, program, "objection list", [a](const Session& s) {
    auto p = s.Open();
    const auto all = p->sharing().Objections(s.Actor(), a->department);
    return PrintEach(all, a->json, [](const auto& x) { return ToJson(x); }, [](const auto& x) { Print(x); });
  });

  auto* show = group->add_subcommand(
      "show", "print one objection as `list` does, then who raised and resolved it, the departments notified of "
              "the correction and its steps: step KIND DEPARTMENT DUE ARTICLE STATE OUTCOME (STATE: on time, late, "
              "overdue, pending)");
  show->add_option("ID", a->id, "objection id")->required();
  show->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(show, program, "objection show", [a](const Session& s) {
    auto p = s.Open();
    Output(p->sharing().GetObjection(s.Actor(), a->id), a->json);
    return kExitOk;
  });
}

}  // namespace govshare_cli
