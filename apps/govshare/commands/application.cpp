// govshare application — applications for use (A20–A23) and the regulation's
// acts on them (N21: the form check, the grant or refusal, materials asked for
// once and supplied, the provider's reply extension and the bureau's decision
// on it); `apply`, the application itself (A20, the scan given as a file);
// `dispute` (A27, N28: list, escalate, resolve); `obligation` (A11,
// N17: list, the update extension and its decision); `steps`, the statutory
// steps and their deadlines.
#include <cstdint>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "commands/commands.h"
#include "commands/common.h"
#include "commands/scan.h"
#include "govshare/catalog_service.h"
#include "govshare/sharing_service.h"

namespace govshare_cli {
namespace {

using govshare_cli::ToJson;  // the step's (common.h) beside this file's overloads

struct ApplicationArgs {
  std::string department, reason, from, until, conditions, disposal, supplement, outcome, scan;
  std::string subject = "conditions", kind = "law_revision", description, announced;
  std::int64_t application = 0, entry = 0;
  std::vector<std::string> items, missing;
  std::int64_t id = 0;
  std::optional<int> disposal_days;
  int days = 0;
  std::optional<std::int64_t> row_version;
  bool json = false, approve = false, refuse = false, open = false, overdue = false, all = false;
};

ojson ToJson(const std::optional<govshare::ReplyExtension>& x) {
  if (!x) return nullptr;
  return {{"working_days", x->working_days},
          {"reason", x->reason},
          {"requested_by", x->requested_by},
          {"requested_at", x->requested_at.ToIso()},
          {"approved", x->approved ? ojson(*x->approved) : ojson(nullptr)},
          {"decided_by", x->decided_by},
          {"decision_reason", x->decision_reason},
          {"decided_at", Iso(x->decided_at)}};
}

ojson ToJson(const govshare::ScanDocument& d) {
  return {{"file_name", d.file_name}, {"sha256", d.sha256}, {"size", d.size}};
}

ojson ToJson(const govshare::Application& a) {
  ojson steps = ojson::array();
  for (const auto& s : a.steps) steps.push_back(ToJson(s));
  const auto& r = a.request;
  return {{"id", a.id},
          {"row_version", a.row_version},
          {"status", govshare::ToString(a.status)},
          {"consumer_code", a.consumer_code},
          {"applicant", a.applicant},
          {"provider_code", a.provider_code},
          {"entry_id", r.entry_id},
          {"entry_code", a.entry_code},
          {"items", r.items},
          {"purpose", r.purpose},
          {"legal_duty", r.legal_duty},
          {"method", govshare::ToString(r.method)},
          {"valid_from", r.valid_from.ToIso()},
          {"valid_until", r.valid_until.ToIso()},
          {"scan", ToJson(r.scan)},
          {"seasonal", r.seasonal},
          {"renewal_of", r.renewal_of},
          {"return_flow", r.return_flow},
          {"mode", govshare::ToString(a.mode)},
          {"share_class", govshare::ToString(a.share_class)},
          {"authority_code", a.authority_code},
          {"reason", a.reason},
          {"authorization_id", a.authorization_id},
          {"submitted_at", a.submitted_at.ToIso()},
          {"missing_materials", a.missing_materials},
          {"materials_requested_at", Iso(a.materials_requested_at)},
          {"supplement", a.supplement},
          {"supplement_scan", a.supplement_scan ? ToJson(*a.supplement_scan) : ojson(nullptr)},
          {"materials_supplied_at", Iso(a.materials_supplied_at)},
          {"extension", ToJson(a.extension)},
          {"steps", steps}};
}

// The extension's request and decision in one phrase: +N working days, pending / approved / refused.
std::string Describe(const govshare::ReplyExtension& x) {
  return "+" + std::to_string(x.working_days) + " working days (" + x.reason + ") " +
         (!x.approved ? std::string("pending") : *x.approved ? "approved" : "refused") +
         (x.decision_reason.empty() ? "" : ": " + x.decision_reason);
}

// ID STATUS CONSUMER PROVIDER ENTRY AUTHORITY SUBMITTED ROW_VERSION (tabs).
void PrintLine(const govshare::Application& a) {
  std::cout << a.id << '\t' << govshare::ToString(a.status) << '\t' << a.consumer_code << '\t' << a.provider_code
            << '\t' << a.entry_code << '\t' << a.authority_code << '\t' << a.submitted_at.date.ToIso() << '\t'
            << a.row_version << '\n';
}

// The line, then what was asked and decided, then its steps:
//   step KIND DEPARTMENT DUE ARTICLE STATE OUTCOME (tabs; STATE: on time, late, overdue, pending).
void PrintDetail(const govshare::Application& a) {
  PrintLine(a);
  std::cout << "  状态：" << govshare::ChineseLabel(a.status) << '\n'
            << "  items: " << Join(a.request.items) << '\n'
            << "  purpose: " << a.request.purpose << '\n'
            << "  valid: " << a.request.valid_from.ToIso() << ".." << a.request.valid_until.ToIso() << '\n';
  if (!a.reason.empty()) std::cout << "  reason: " << a.reason << '\n';
  if (!a.missing_materials.empty()) std::cout << "  missing (N21): " << Join(a.missing_materials) << '\n';
  if (a.materials_supplied_at) std::cout << "  supplement: " << a.supplement << '\n';
  if (a.extension) std::cout << "  extension (N21): " << Describe(*a.extension) << '\n';
  if (a.authorization_id != 0) std::cout << "  authorization: " << a.authorization_id << '\n';
  for (const auto& s : a.steps) PrintStepLine(s);
}

// ID KIND OBJECT DEPARTMENT STARTED DUE ARTICLE STATE OUTCOME (tabs).
void PrintStep(const govshare::ProcessStep& s) {
  std::cout << s.id << '\t' << govshare::ToString(s.kind) << '\t' << s.object << '\t' << s.department_code << '\t'
            << s.started_at.ToIso() << '\t' << s.due.due.ToIso() << (s.due.provisional ? " (provisional)" : "")
            << '\t' << s.article << '\t' << StateOf(s) << '\t' << (s.outcome.empty() ? "-" : s.outcome) << '\n';
}

ojson ToJson(const govshare::Dispute& d) {
  ojson escalations = ojson::array();
  for (const auto& e : d.escalations) {
    escalations.push_back({{"from", govshare::ToString(e.from)},
                           {"to", govshare::ToString(e.to)},
                           {"by", e.by},
                           {"by_department", e.by_department},
                           {"reason", e.reason},
                           {"at", e.at.ToIso()}});
  }
  return {{"id", d.id},
          {"row_version", d.row_version},
          {"subject", govshare::ToString(d.dispute.subject)},
          {"application_id", d.dispute.application_id},
          {"entry_id", d.dispute.entry_id},
          {"description", d.dispute.description},
          {"opened_by", d.opened_by},
          {"opened_by_department", d.opened_by_department},
          {"consumer_code", d.consumer_code},
          {"provider_code", d.provider_code},
          {"status", govshare::ToString(d.status)},
          {"tier", govshare::ToString(d.tier)},
          {"escalations", escalations},
          {"outcome", d.outcome},
          {"resolved_by", d.resolved_by},
          {"opened_at", d.opened_at.ToIso()},
          {"resolved_at", Iso(d.resolved_at)}};
}

// ID STATUS TIER SUBJECT CONSUMER PROVIDER APPLICATION ROW_VERSION (tabs), then
// the description and the outcome, indented.
void Print(const govshare::Dispute& d) {
  std::cout << d.id << '\t' << govshare::ToString(d.status) << '\t' << govshare::ToString(d.tier) << '\t'
            << govshare::ToString(d.dispute.subject) << '\t' << d.consumer_code << '\t' << d.provider_code << '\t'
            << d.dispute.application_id << '\t' << d.row_version << '\n'
            << "  " << govshare::ChineseLabel(d.dispute.subject) << "：" << d.dispute.description << '\n';
  for (const auto& e : d.escalations) {
    std::cout << "  escalated: " << govshare::ToString(e.from) << " -> " << govshare::ToString(e.to) << " by "
              << e.by << " (" << e.reason << ")\n";
  }
  if (!d.outcome.empty()) std::cout << "  outcome: " << d.outcome << '\n';
}

ojson ToJson(const govshare::Obligation& o) {
  return {{"id", o.id},
          {"kind", govshare::ToString(o.kind)},
          {"department_code", o.department_code},
          {"description", o.description},
          {"announced_on", o.announced_on.ToIso()},
          {"due", o.due.due.ToIso()},
          {"due_provisional", o.due.provisional},
          {"state", govshare::ToString(o.state)},
          {"fulfilled_at", Iso(o.fulfilled_at)},
          {"fulfilled_by_entry", o.fulfilled_by_entry},
          {"fulfilled_by_version", o.fulfilled_by_version},
          {"on_time", o.on_time},
          {"extension", ToJson(o.extension)}};
}

// ID KIND DEPARTMENT ANNOUNCED DUE STATE (tabs), then the description and
// any extension (N17), indented.
void Print(const govshare::Obligation& o) {
  std::cout << o.id << '\t' << govshare::ToString(o.kind) << '\t' << o.department_code << '\t'
            << o.announced_on.ToIso() << '\t' << o.due.due.ToIso() << '\t' << govshare::ToString(o.state)
            << (o.fulfilled_at ? (o.on_time ? " (on time)" : " (late)") : "") << '\n'
            << "  " << govshare::ChineseLabel(o.kind) << "：" << o.description << '\n';
  if (o.extension) std::cout << "  extension (N17): " << Describe(*o.extension) << '\n';
}

// The application's row_version: --row-version, or read now.
std::int64_t ApplicationVersion(const Session& s, govshare::Platform& p, const ApplicationArgs& a) {
  if (a.row_version) return *a.row_version;
  return p.sharing().GetApplication(s.Actor(), a.id).row_version;
}

std::int64_t DisputeVersion(const Session& s, govshare::Platform& p, const ApplicationArgs& a) {
  if (a.row_version) return *a.row_version;
  for (const auto& d : p.sharing().Disputes(s.Actor(), "")) {
    if (d.id == a.id) return d.row_version;
  }
  throw govshare::NotFoundError("dispute " + std::to_string(a.id) + " does not exist");
}

// --approve or --refuse, exactly one (CLI11 refuses both; none is checked here).
void AddDecision(CLI::App* sub, ApplicationArgs& a, const std::string& what) {
  auto* approve = sub->add_flag("--approve", a.approve, "approve the " + what);
  auto* refuse = sub->add_flag("--refuse", a.refuse, "refuse it");
  approve->excludes(refuse);
  sub->add_option("--reason", a.reason, "the decision's reason")->required();
}

void RequireDecision(const ApplicationArgs& a, const std::string& command) {
  if (!a.approve && !a.refuse) throw CLI::ValidationError(command, "one of --approve, --refuse is required");
}

void AddApplicationGroup(CLI::App& app, Program& program, const std::shared_ptr<ApplicationArgs>& a) {
  CLI::App* group =
      AddGroup(app, "application", "Applications for use (A20–A23) and the regulation's acts on them (N21)");
  auto add_id = [a](CLI::App* sub) {
    sub->add_option("ID", a->id, "application id")->required();
    AddRowVersionOption(sub, a->row_version, "application");
  };
  // Runs `act` on the application and prints it as `show` does.
  using Act = std::function<govshare::Application(govshare::SharingService&, const std::string&, std::int64_t)>;
  auto on_act = [&program, a](CLI::App* sub, const std::string& command, Act act) {
    OnPlatformCommand(sub, program, "application " + command, [a, act](const Session& s) {
      auto p = s.Open();
      const std::int64_t rv = ApplicationVersion(s, *p, *a);
      auto sharing = p->sharing();
      const govshare::Application r = act(sharing, s.Actor(), rv);
      if (a->json) {
        PrintJson(ToJson(r));
      } else {
        PrintDetail(r);
      }
      return kExitOk;
    });
    sub->add_flag("--json", a->json, "print JSON");
  };

  auto* list = group->add_subcommand(
      "list", "print applications: ID STATUS CONSUMER PROVIDER ENTRY AUTHORITY SUBMITTED ROW_VERSION (a department: "
              "as consumer or provider; the bureau and auditors: all)");
  list->add_option("--department", a->department, "only this department's (as consumer or provider)");
  list->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(list, program, "application list", [a](const Session& s) {
    auto p = s.Open();
    const auto all = p->sharing().Applications(s.Actor(), a->department);
    return PrintEach(all, a->json, [](const auto& x) { return ToJson(x); }, [](const auto& x) { PrintLine(x); });
  });

  auto* show = group->add_subcommand(
      "show", "print an application and its steps: step KIND DEPARTMENT DUE ARTICLE STATE OUTCOME (STATE: on time, "
              "late, overdue, pending)");
  show->add_option("ID", a->id, "application id")->required();
  show->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(show, program, "application show", [a](const Session& s) {
    auto p = s.Open();
    const auto r = p->sharing().GetApplication(s.Actor(), a->id);
    if (a->json) {
      PrintJson(ToJson(r));
    } else {
      PrintDetail(r);
    }
    return kExitOk;
  });

  auto* accept = group->add_subcommand("accept", "accept a submitted application after the form check (bureau "
                                                 "reviewer, A21): the decision step opens (A22, A23)");
  add_id(accept);

  auto* decline = group->add_subcommand("decline", "do not accept a submitted application, with the reason "
                                                   "(bureau reviewer, A21)");
  add_id(decline);
  decline->add_option("--reason", a->reason, "why (told to the applicant)")->required();

  auto* grant = group->add_subcommand(
      "grant", "grant an accepted application (the deciding authority: the provider, or the bureau for "
               "platform-direct and provider-to-platform entries, A22, A23): the authorization is created");
  add_id(grant);
  grant->add_option("--items", a->items, "items granted, comma-separated (default: all requested)")
      ->delimiter(',');
  grant->add_option("--from", a->from, "valid from YYYY-MM-DD (default: as requested)");
  grant->add_option("--until", a->until, "valid until YYYY-MM-DD (default: as requested)");
  grant->add_option("--conditions", a->conditions, "conditions of use");
  grant->add_option("--disposal", a->disposal, "how the data is disposed of when the purpose ends (N27; default 销毁)");
  grant->add_option("--disposal-days", a->disposal_days,
                    "working days allowed for the disposal (N27; default: the policy's)");

  auto* refuse = group->add_subcommand("refuse", "refuse an accepted application, with the reason (the deciding "
                                                 "authority, A22, A23, N21)");
  add_id(refuse);
  refuse->add_option("--reason", a->reason, "why (told to the applicant)")->required();

  auto* materials = group->add_subcommand(
      "materials", "list every missing material at once (N21 一次性告知; the deciding authority): the reply step "
                   "completes and the application waits for the applicant");
  add_id(materials);
  materials->add_option("--missing", a->missing, "the missing materials, comma-separated")
      ->required()
      ->delimiter(',');

  auto* supply = group->add_subcommand(
      "supply", "supply the materials asked for (the applicant's operator or leader, N21): the reply step opens "
                "again from the supplement");
  add_id(supply);
  supply->add_option("--supplement", a->supplement, "what is supplied")->required();
  supply->add_option("--scan", a->scan, "a stamped scan of the supplement (a file: its name, size and SHA-256)");

  auto* extend = group->add_subcommand(
      "extend", "ask the bureau to extend the reply by N working days before it is due, with the special reason "
                "(the provider, N21: at most 10 in all)");
  add_id(extend);
  extend->add_option("--days", a->days, "working days")->required();
  extend->add_option("--reason", a->reason, "the special reason")->required();

  auto* extension = group->add_subcommand(
      "extension", "approve or refuse the provider's reply extension (bureau, N21); the provider and the "
                   "applicant are told");
  add_id(extension);
  AddDecision(extension, *a, "extension");

  // The acts (their ids and values come from the shared args).
  auto id = [a] { return a->id; };
  on_act(accept, "accept", [id](govshare::SharingService& sh, const std::string& who, std::int64_t rv) {
    return sh.AcceptApplication(who, id(), rv);
  });
  on_act(decline, "decline", [a, id](govshare::SharingService& sh, const std::string& who, std::int64_t rv) {
    return sh.DeclineApplication(who, id(), rv, a->reason);
  });
  on_act(grant, "grant", [a, id](govshare::SharingService& sh, const std::string& who, std::int64_t rv) {
    govshare::GrantTerms t;
    t.items = a->items;
    if (!a->from.empty()) t.valid_from = DateOf("--from", a->from);
    if (!a->until.empty()) t.valid_until = DateOf("--until", a->until);
    t.conditions = a->conditions;
    t.disposal = a->disposal;
    t.disposal_working_days = a->disposal_days;
    return sh.GrantApplication(who, id(), rv, t);
  });
  on_act(refuse, "refuse", [a, id](govshare::SharingService& sh, const std::string& who, std::int64_t rv) {
    return sh.RefuseApplication(who, id(), rv, a->reason);
  });
  on_act(materials, "materials", [a, id](govshare::SharingService& sh, const std::string& who, std::int64_t rv) {
    return sh.RequestMaterials(who, id(), rv, a->missing);
  });
  on_act(supply, "supply", [a, id](govshare::SharingService& sh, const std::string& who, std::int64_t rv) {
    std::optional<govshare::ScanDocument> scan;
    if (!a->scan.empty()) scan = ScanOf("--scan", a->scan);
    return sh.SupplyMaterials(who, id(), rv, a->supplement, scan);
  });
  on_act(extend, "extend", [a, id](govshare::SharingService& sh, const std::string& who, std::int64_t rv) {
    return sh.RequestReplyExtension(who, id(), rv, a->days, a->reason);
  });
  on_act(extension, "extension", [a, id](govshare::SharingService& sh, const std::string& who, std::int64_t rv) {
    RequireDecision(*a, "application extension");
    return sh.DecideReplyExtension(who, id(), rv, a->approve, a->reason);
  });
}

void AddDisputeGroup(CLI::App& app, Program& program, const std::shared_ptr<ApplicationArgs>& a) {
  CLI::App* group = AddGroup(app, "dispute", "Disputes over sharing (A27) and their tiers (N28): open, list, "
                                             "escalate, resolve");
  auto* list = group->add_subcommand(
      "list", "print disputes: ID STATUS TIER SUBJECT CONSUMER PROVIDER APPLICATION ROW_VERSION, description");
  list->add_option("--department", a->department, "only this department's (as consumer or provider)");
  list->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(list, program, "dispute list", [a](const Session& s) {
    auto p = s.Open();
    const auto all = p->sharing().Disputes(s.Actor(), a->department);
    return PrintEach(all, a->json, [](const auto& x) { return ToJson(x); }, [](const auto& x) { Print(x); });
  });

  auto print = [a](const govshare::Dispute& d) {
    if (a->json) {
      PrintJson(ToJson(d));
    } else {
      Print(d);
    }
  };
  auto* open = group->add_subcommand(
      "open", "a party (consumer or provider; the bureau too) opens a dispute over the conditions, the reasons or "
              "the result of an application, or over an entry's conditions (A27); it starts at negotiation (N28)");
  open->add_option("--subject", a->subject, "conditions, reasons or result")->capture_default_str();
  open->add_option("--application", a->application, "the application concerned");
  open->add_option("--entry", a->entry, "the entry concerned (its conditions)");
  open->add_option("--description", a->description, "what the parties disagree on")->required();
  open->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(open, program, "dispute open", [a, print](const Session& s) {
    govshare::DisputeInput in;
    in.subject = EnumNamed("--subject", a->subject, govshare::DisputeSubject::kResult, "A27");
    in.application_id = a->application;
    in.entry_id = a->entry;
    in.description = a->description;
    auto p = s.Open();
    print(p->sharing().OpenDispute(s.Actor(), in));
    return kExitOk;
  });
  auto* escalate = group->add_subcommand(
      "escalate", "take an open dispute to the next tier (a party or the bureau, N28): negotiation -> the "
                  "authority (or the common superior one) -> the government");
  escalate->add_option("ID", a->id, "dispute id")->required();
  escalate->add_option("--reason", a->reason, "why it could not be settled at this tier")->required();
  AddRowVersionOption(escalate, a->row_version, "dispute");
  escalate->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(escalate, program, "dispute escalate", [a, print](const Session& s) {
    auto p = s.Open();
    print(p->sharing().EscalateDispute(s.Actor(), a->id, DisputeVersion(s, *p, *a), a->reason));
    return kExitOk;
  });

  auto* resolve = group->add_subcommand("resolve", "record the outcome of an open dispute (the bureau, A27, N28)");
  resolve->add_option("ID", a->id, "dispute id")->required();
  resolve->add_option("--outcome", a->outcome, "what was settled")->required();
  AddRowVersionOption(resolve, a->row_version, "dispute");
  resolve->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(resolve, program, "dispute resolve", [a, print](const Session& s) {
    auto p = s.Open();
    print(p->sharing().ResolveDispute(s.Actor(), a->id, DisputeVersion(s, *p, *a), a->outcome));
    return kExitOk;
  });
}

void AddObligationGroup(CLI::App& app, Program& program, const std::shared_ptr<ApplicationArgs>& a) {
  CLI::App* group = AddGroup(app, "obligation", "Catalog update obligations (A11) and their extension (N17)");
  auto* list = group->add_subcommand(
      "list", "print obligations with their state as of now: ID KIND DEPARTMENT ANNOUNCED DUE STATE, description");
  list->add_option("--department", a->department, "only this department's");
  list->add_flag("--open", a->open, "only those not fulfilled");
  list->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(list, program, "obligation list", [a](const Session& s) {
    auto p = s.Open();
    const auto all = p->catalog().Obligations(s.Actor(), a->department, a->open);
    return PrintEach(all, a->json, [](const auto& x) { return ToJson(x); }, [](const auto& x) { Print(x); });
  });

  auto print = [a](const govshare::Obligation& o) {
    if (a->json) {
      PrintJson(ToJson(o));
    } else {
      Print(o);
    }
  };
  auto* record = group->add_subcommand(
      "record", "record a law revision or a change of functions announced on a day: the department must update "
                "its catalog within the period in force that day (A11 15 working days; N17 10 from 2025-08-01)");
  record->add_option("--department", a->department, "the department whose catalog must be updated")->required();
  record->add_option("--kind", a->kind, "law_revision or function_change")->capture_default_str();
  record->add_option("--description", a->description, "what was revised or changed")->required();
  record->add_option("--announced", a->announced, "the day it was announced, YYYY-MM-DD")->required();
  record->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(record, program, "obligation record", [a, print](const Session& s) {
    const auto kind = EnumNamed("--kind", a->kind, govshare::ObligationKind::kFunctionChange, "A11, N17");
    const govshare::Date announced = DateOf("--announced", a->announced);
    auto p = s.Open();
    print(p->catalog().RecordLegalChange(s.Actor(), a->department, kind, a->description, announced));
    return kExitOk;
  });
  auto* extend = group->add_subcommand(
      "extend", "ask the bureau, before the update is due, for N more working days with the special reason (the "
                "department's operator or leader, N17: at most 5; law revision and function change only)");
  extend->add_option("ID", a->id, "obligation id")->required();
  extend->add_option("--days", a->days, "working days")->required();
  extend->add_option("--reason", a->reason, "the special reason")->required();
  extend->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(extend, program, "obligation extend", [a, print](const Session& s) {
    auto p = s.Open();
    print(p->catalog().RequestUpdateExtension(s.Actor(), a->id, a->days, a->reason));
    return kExitOk;
  });

  auto* extension = group->add_subcommand(
      "extension", "approve (the due date moves on by the days asked) or refuse an update extension (bureau, N17)");
  extension->add_option("ID", a->id, "obligation id")->required();
  AddDecision(extension, *a, "extension");
  extension->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(extension, program, "obligation extension", [a, print](const Session& s) {
    RequireDecision(*a, "obligation extension");
    auto p = s.Open();
    print(p->catalog().DecideUpdateExtension(s.Actor(), a->id, a->approve, a->reason));
    return kExitOk;
  });
}

struct ApplyArgs {
  std::int64_t entry = 0, renewal_of = 0;
  std::vector<std::string> items;
  std::string purpose, legal_duty, method = "api", from, until, scan;
  bool seasonal = false, return_flow = false, json = false;
};

// `govshare apply ENTRY …`: a consumer's application for use (A20), printed as `application show` does.
void AddApplyCommand(CLI::App& app, Program& program) {
  auto a = std::make_shared<ApplyArgs>();
  auto* apply = app.add_subcommand(
      "apply", "apply for the use of a published entry of another department (A20; the consumer's operator or "
               "leader): the bureau's form check opens (A21, 1 working day); prints the application as "
               "`application show` does");
  apply->add_option("ENTRY", a->entry, "the published entry (platform id, as `catalog list` prints it)")->required();
  apply->add_option("--items", a->items, "the items wanted, comma-separated (a subset of the entry's)")
      ->required()
      ->delimiter(',');
  apply->add_option("--purpose", a->purpose, "what the data is for (用途)")->required();
  apply->add_option("--legal-duty", a->legal_duty, "the legal duty it serves (履职依据), e.g. a law and article")
      ->required();
  apply->add_option("--method", a->method, "api (接口), table (库表) or file (文件); one the entry offers (A13)")
      ->capture_default_str();
  apply->add_option("--from", a->from, "valid from YYYY-MM-DD")->required();
  apply->add_option("--until", a->until, "valid until YYYY-MM-DD (inclusive)")->required();
  apply->add_option("--scan", a->scan,
                    "the stamped scan of the signed application (a file: its name, size and SHA-256 are recorded; "
                    "the file stays with you)")
      ->required();
  apply->add_flag("--seasonal", a->seasonal, "a seasonal use (季节性应用): not revocable for non-use (A26)");
  apply->add_flag("--return-flow", a->return_flow,
                  "a county department asks for its region's data back (N24 回流): the share scope does not bar it");
  apply->add_option("--renewal-of", a->renewal_of, "renewing: the authorization this application renews");
  apply->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(apply, program, "apply", [a](const Session& s) {
    govshare::ApplicationRequest r;
    r.entry_id = a->entry;
    r.items = a->items;
    r.purpose = a->purpose;
    r.legal_duty = a->legal_duty;
    r.method = EnumNamed("--method", a->method, govshare::ShareMethod::kFile, "A13");
    r.valid_from = DateOf("--from", a->from);
    r.valid_until = DateOf("--until", a->until);
    r.scan = ScanOf("--scan", a->scan);
    r.seasonal = a->seasonal;
    r.return_flow = a->return_flow;
    r.renewal_of = a->renewal_of;
    auto p = s.Open();
    const govshare::Application applied = p->sharing().Apply(s.Actor(), r);
    if (a->json) {
      PrintJson(ToJson(applied));
    } else {
      PrintDetail(applied);
    }
    return kExitOk;
  });
}

}  // namespace

void AddApplicationCommands(CLI::App& app, Program& program) {
  AddApplyCommand(app, program);
  auto a = std::make_shared<ApplicationArgs>();
  AddApplicationGroup(app, program, a);
  AddDisputeGroup(app, program, a);
  AddObligationGroup(app, program, a);

  auto* steps = app.add_subcommand(
      "steps", "print the statutory steps where a department must act (default: pending ones; the bureau and "
               "auditors: city-wide): ID KIND OBJECT DEPARTMENT STARTED DUE ARTICLE STATE OUTCOME");
  steps->add_option("--department", a->department, "only this department's");
  auto* overdue = steps->add_flag("--overdue", a->overdue, "only pending steps past their deadline");
  auto* all = steps->add_flag("--all", a->all, "completed steps too");
  overdue->excludes(all);
  steps->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(steps, program, "steps", [a](const Session& s) {
    auto p = s.Open();
    const auto found = a->overdue ? p->sharing().OverdueSteps(s.Actor(), a->department)
                                  : p->sharing().Steps(s.Actor(), a->department, !a->all);
    return PrintEach(found, a->json, [](const auto& x) { return ToJson(x); }, [](const auto& x) { PrintStep(x); });
  });
}

}  // namespace govshare_cli
