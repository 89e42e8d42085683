// govshare demand — demand requests (A24–A25; attachment 3): a consumer asks
// a department for a resource not in the catalog (the scan given as a file),
// the department answers (not within its duties; will publish within 1 month
// of receipt; cannot publish yet, feedback filed with the bureau within 10
// working days), and the entry that fulfils it is linked once published.
#include <cstdint>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "commands/commands.h"
#include "commands/common.h"
#include "commands/scan.h"
#include "govshare/sharing_service.h"

namespace govshare_cli {
namespace {

using govshare_cli::ToJson;  // the step's (common.h) beside this file's

struct DemandArgs {
  std::string to, description, purpose, scan, kind, text, suggest, department;
  std::vector<std::string> items;
  std::int64_t id = 0, entry = 0;
  std::optional<std::int64_t> row_version;
  bool json = false;
};

ojson ToJson(const govshare::DemandRequest& d) {
  ojson steps = ojson::array();
  for (const auto& s : d.steps) steps.push_back(ToJson(s));
  ojson answer = nullptr;
  if (d.answer) {
    answer = {{"kind", govshare::ToString(d.answer->kind)},
              {"text", d.answer->text},
              {"suggested_department", d.answer->suggested_department}};
  }
  const auto& r = d.request;
  return {{"id", d.id},
          {"row_version", d.row_version},
          {"status", govshare::ToString(d.status)},
          {"requester_code", d.requester_code},
          {"requested_by", d.requested_by},
          {"target_code", r.target_code},
          {"description", r.description},
          {"items", r.items},
          {"purpose", r.purpose},
          {"scan", {{"file_name", r.scan.file_name}, {"sha256", r.scan.sha256}, {"size", r.scan.size}}},
          {"answer", answer},
          {"answered_at", Iso(d.answered_at)},
          {"answered_by", d.answered_by},
          {"fulfilled_entry_id", d.fulfilled_entry_id},
          {"fulfilled_at", Iso(d.fulfilled_at)},
          {"submitted_at", d.submitted_at.ToIso()},
          {"steps", steps}};
}

// ID STATUS REQUESTER TARGET SUBMITTED ROW_VERSION (tabs), then the description.
void PrintLine(const govshare::DemandRequest& d) {
  std::cout << d.id << '\t' << govshare::ToString(d.status) << '\t' << d.requester_code << '\t'
            << d.request.target_code << '\t' << d.submitted_at.date.ToIso() << '\t' << d.row_version << '\n'
            << "  需求：" << d.request.description << '\n';
}

// The line, then what was asked, the answer, the entry fulfilling it and the steps.
void PrintDetail(const govshare::DemandRequest& d) {
  PrintLine(d);
  std::cout << "  状态：" << govshare::ChineseLabel(d.status) << '\n'
            << "  items: " << Join(d.request.items) << '\n'
            << "  purpose: " << d.request.purpose << '\n'
            << "  scan: " << d.request.scan.file_name << ' ' << d.request.scan.size << ' ' << d.request.scan.sha256
            << '\n';
  if (d.answer) {
    std::cout << "  answer: " << govshare::ToString(d.answer->kind) << " (" << govshare::ChineseLabel(d.answer->kind)
              << ")：" << d.answer->text;
    if (!d.answer->suggested_department.empty()) std::cout << " -> " << d.answer->suggested_department;
    std::cout << '\n';
  }
  if (d.fulfilled_entry_id != 0) std::cout << "  fulfilled by entry: " << d.fulfilled_entry_id << '\n';
  for (const auto& s : d.steps) PrintStepLine(s);
}

void Output(const govshare::DemandRequest& d, bool json) {
  if (json) {
    PrintJson(ToJson(d));
  } else {
    PrintDetail(d);
  }
}

// --row-version, or the demand's current one (not found when it does not exist).
std::int64_t RowVersion(const Session& s, govshare::Platform& p, const DemandArgs& a) {
  if (a.row_version) return *a.row_version;
  return p.sharing().GetDemand(s.Actor(), a.id).row_version;
}

}  // namespace

void AddDemandCommands(CLI::App& app, Program& program) {
  auto a = std::make_shared<DemandArgs>();
  CLI::App* group = AddGroup(app, "demand", "Demand requests for resources not in the catalog (A24, A25)");
  const std::string prints = "; prints the demand as `show` does";

  auto* submit = group->add_subcommand(
      "submit", "ask a department for a resource not in the catalog (the consumer's operator or leader, A24); its "
                "answer step opens" + prints);
  submit->add_option("--to", a->to, "the department asked (credit code)")->required();
  submit->add_option("--description", a->description, "the resource needed")->required();
  submit->add_option("--items", a->items, "the items needed, comma-separated")->required()->delimiter(',');
  submit->add_option("--purpose", a->purpose, "what the data is for")->required();
  submit->add_option("--scan", a->scan, "the stamped scan of the request (a file: its name, size and SHA-256)")
      ->required();
  submit->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(submit, program, "demand submit", [a](const Session& s) {
    govshare::DemandRequestInput in;
    in.target_code = a->to;
    in.description = a->description;
    in.items = a->items;
    in.purpose = a->purpose;
    in.scan = ScanOf("--scan", a->scan);
    auto p = s.Open();
    Output(p->sharing().SubmitDemand(s.Actor(), in), a->json);
    return kExitOk;
  });

  auto* answer = group->add_subcommand(
      "answer", "answer a demand (the department asked, A25): not_in_duties (promptly; suggest who holds it), "
                "will_publish (publish within 1 month of receipt) or cannot_publish_yet (feedback within 10 "
                "working days, filed with the bureau; also changes a will_publish answer)" + prints);
  answer->add_option("ID", a->id, "demand id")->required();
  AddRowVersionOption(answer, a->row_version, "demand");
  answer->add_option("--kind", a->kind, "not_in_duties, will_publish or cannot_publish_yet")->required();
  answer->add_option("--text", a->text, "the answer: the reason or the feedback")->required();
  answer->add_option("--suggest", a->suggest, "not_in_duties: the department that holds the resource, if known");
  answer->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(answer, program, "demand answer", [a](const Session& s) {
    govshare::DemandAnswer in;
    in.kind = EnumNamed("--kind", a->kind, govshare::DemandAnswerKind::kCannotPublishYet, "A25");
    in.text = a->text;
    in.suggested_department = a->suggest;
    auto p = s.Open();
    Output(p->sharing().AnswerDemand(s.Actor(), a->id, RowVersion(s, *p, *a), in), a->json);
    return kExitOk;
  });

  auto* fulfil = group->add_subcommand(
      "fulfil", "link the published entry that fulfils a committed or deferred demand (the department asked; an "
                "entry of its own published after the demand was received, A25)" + prints);
  fulfil->add_option("ID", a->id, "demand id")->required();
  AddRowVersionOption(fulfil, a->row_version, "demand");
  fulfil->add_option("--entry", a->entry, "the published entry (platform id)")->required();
  fulfil->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(fulfil, program, "demand fulfil", [a](const Session& s) {
    auto p = s.Open();
    Output(p->sharing().FulfilDemand(s.Actor(), a->id, RowVersion(s, *p, *a), a->entry), a->json);
    return kExitOk;
  });

  auto* list = group->add_subcommand(
      "list", "print demands: ID STATUS REQUESTER TARGET SUBMITTED ROW_VERSION, the description (a department: "
              "as requester or as the department asked; the bureau and auditors: all)");
  list->add_option("--department", a->department, "only this department's");
  list->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(list, program, "demand list", [a](const Session& s) {
    auto p = s.Open();
    const auto all = p->sharing().Demands(s.Actor(), a->department);
    return PrintEach(all, a->json, [](const auto& x) { return ToJson(x); }, [](const auto& x) { PrintLine(x); });
  });

  auto* show = group->add_subcommand(
      "show", "print a demand, its answer and its steps: step KIND DEPARTMENT DUE ARTICLE STATE OUTCOME");
  show->add_option("ID", a->id, "demand id")->required();
  show->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(show, program, "demand show", [a](const Session& s) {
    auto p = s.Open();
    Output(p->sharing().GetDemand(s.Actor(), a->id), a->json);
    return kExitOk;
  });
}

}  // namespace govshare_cli
