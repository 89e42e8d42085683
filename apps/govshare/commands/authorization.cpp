// govshare authorization — authorizations (A18, A26, A28, A30) and the
// regulation's acts on them: the delivery of the data (N22), a use beyond the
// grant asked for (N25), the end of the purpose, a suspension for misuse, its
// rectification and the termination (N27); and the provider's end or change
// of a service, negotiated with the consumer and filed (`service-change`, N27);
// a use recorded, the expiries recorded, the non-use listing (A26); and
// `platform-grant`, the provider's grant to the platform as a whole (A18).
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

struct AuthorizationArgs {
  std::string department, method, note, reason, kind, facts, report, ground, description, third_party, answer,
      comment, until, conditions, disposal, from, provider;
  std::vector<std::string> items, methods;
  std::int64_t id = 0, authorization = 0;
  int days = 0, number = 0;
  std::optional<int> disposal_days;
  bool seasonal = false;
  std::optional<std::int64_t> row_version;
  bool json = false, yes = false, no = false, agree = false, object = false;
};

govshare::ShareMethod MethodOf(const std::string& option, const std::string& name, const std::string& article) {
  return EnumNamed(option, name, govshare::ShareMethod::kFile, article);
}

govshare::UseBeyondGrant UseKindOf(const std::string& name, const std::string& article) {
  return EnumNamed("--kind", name, govshare::UseBeyondGrant::kThirdParty, article);
}

// `revoke` takes the grounds of A26 and A28/A30 only: the others have their
// own commands (end-purpose, service-change file, terminate).
govshare::RevocationGround GroundOf(const std::string& name) {
  if (name == govshare::ToString(govshare::RevocationGround::kNonUse)) return govshare::RevocationGround::kNonUse;
  if (name == govshare::ToString(govshare::RevocationGround::kBreach)) return govshare::RevocationGround::kBreach;
  throw UsageError("--ground " + name + ": one of non_use (A26), breach (A28, A30)");
}

std::string JoinMethods(const std::vector<govshare::ShareMethod>& v) {
  std::vector<std::string> names;
  for (const auto m : v) names.push_back(govshare::ToString(m));
  return Join(names);
}

ojson ToJson(const govshare::Authorization& a) {
  ojson methods = ojson::array();
  for (const auto m : a.methods) methods.push_back(govshare::ToString(m));
  ojson suspensions = ojson::array();
  for (const auto& p : a.suspensions) suspensions.push_back({{"from", p.from.ToIso()}, {"until", Iso(p.until)}});
  ojson orders = ojson::array();
  for (const auto& o : a.misuse_orders) {
    orders.push_back({{"misuse", govshare::ToString(o.misuse)},
                      {"facts", o.facts},
                      {"ordered_by_department", o.ordered_by_department},
                      {"ordered_by", o.ordered_by},
                      {"ordered_at", o.ordered_at.ToIso()},
                      {"working_days", o.working_days},
                      {"rectify_by", o.rectify_by.ToIso()},
                      {"report", o.report},
                      {"reported_by", o.reported_by},
                      {"reported_at", Iso(o.reported_at)},
                      {"outcome", o.outcome ? govshare::ToString(*o.outcome) : ""},
                      {"closed_by", o.closed_by},
                      {"closed_at", Iso(o.closed_at)}});
  }
  ojson wider = ojson::array();
  for (const auto& w : a.wider_uses) {
    wider.push_back({{"number", w.number},
                     {"kind", govshare::ToString(w.request.kind)},
                     {"description", w.request.description},
                     {"third_party", w.request.third_party},
                     {"requested_by", w.requested_by},
                     {"requested_at", w.requested_at.ToIso()},
                     {"consented", w.consented ? ojson(*w.consented) : ojson(nullptr)},
                     {"answer", w.answer},
                     {"answered_by", w.answered_by},
                     {"answered_at", Iso(w.answered_at)}});
  }
  return {{"id", a.id},
          {"row_version", a.row_version},
          {"consumer_code", a.consumer_code},
          {"provider_code", a.provider_code},
          {"entry_id", a.entry_id},
          {"entry_code", a.entry_code},
          {"items", a.items},
          {"methods", methods},
          {"conditions", a.conditions},
          {"masked_items", a.masked_items},
          {"comparison_only", a.comparison_only},
          {"valid_from", a.valid_from.ToIso()},
          {"valid_until", a.valid_until.ToIso()},
          {"mode", govshare::ToString(a.mode)},
          {"granted_by_department", a.granted_by_department},
          {"granted_by", a.granted_by},
          {"granted_at", a.granted_at.ToIso()},
          {"application_id", a.application_id},
          {"renewal_of", a.renewal_of},
          {"seasonal", a.seasonal},
          {"platform_wide", a.platform_wide},
          {"platform_grant_id", a.platform_grant_id},
          {"status", govshare::ToString(a.status)},
          {"status_reason", a.status_reason},
          {"status_changed_at", Iso(a.status_changed_at)},
          {"revocation_ground", a.revocation_ground ? govshare::ToString(*a.revocation_ground) : ""},
          {"last_used", Iso(a.last_used)},
          {"delivered_at", Iso(a.delivered_at)},
          {"delivery_method", a.delivery_method ? govshare::ToString(*a.delivery_method) : ""},
          {"delivery_note", a.delivery_note},
          {"disposal", a.disposal},
          {"disposal_working_days", a.disposal_working_days},
          {"disposed_at", Iso(a.disposed_at)},
          {"suspensions", suspensions},
          {"misuse_orders", orders},
          {"wider_uses", wider}};
}

// ID CONSUMER PROVIDER ENTRY STATUS VALID_FROM VALID_UNTIL ROW_VERSION (tabs),
// then the reason of its status, indented.
void Print(const govshare::Authorization& a) {
  std::cout << a.id << '\t' << a.consumer_code << '\t' << a.provider_code << '\t' << a.entry_code << '\t'
            << govshare::ToString(a.status) << '\t' << a.valid_from.ToIso() << '\t' << a.valid_until.ToIso() << '\t'
            << a.row_version << '\n';
  if (!a.status_reason.empty()) {
    std::cout << "  " << govshare::ChineseLabel(a.status) << "：" << a.status_reason << '\n';
  }
}

// Print, then one indented, tab-separated line per fact: items, methods,
// ground, delivery, disposal, suspensions, misuse orders (N27), wider uses (N25).
void PrintDetails(const govshare::Authorization& a) {
  Print(a);
  std::cout << "  items\t" << Join(a.items) << '\n' << "  methods\t" << JoinMethods(a.methods) << '\n';
  if (a.revocation_ground) {
    std::cout << "  ground\t" << govshare::ToString(*a.revocation_ground) << '\t'
              << govshare::ChineseLabel(*a.revocation_ground) << '\n';
  }
  if (a.delivered_at) {
    std::cout << "  delivery\t" << (a.delivery_method ? govshare::ToString(*a.delivery_method) : "-") << '\t'
              << a.delivered_at->ToIso() << '\t' << a.delivery_note << '\n';
  } else {
    std::cout << "  delivery\tnot_delivered\n";
  }
  std::cout << "  disposal\t" << (a.disposal.empty() ? "-" : a.disposal) << '\t' << a.disposal_working_days << '\t'
            << (a.disposed_at ? a.disposed_at->ToIso() : "not_disposed") << '\n';
  for (const auto& p : a.suspensions) {
    std::cout << "  suspension\t" << p.from.ToIso() << '\t' << (p.until ? p.until->ToIso() : "-") << '\n';
  }
  for (size_t i = 0; i < a.misuse_orders.size(); ++i) {
    const auto& o = a.misuse_orders[i];
    std::cout << "  misuse " << (i + 1) << '\t' << govshare::ToString(o.misuse) << '\t' << o.ordered_by_department
              << '\t' << o.ordered_at.ToIso() << '\t' << o.working_days << '\t' << o.rectify_by.ToIso() << '\t'
              << (o.outcome ? govshare::ToString(*o.outcome) : o.reported_at ? "reported" : "open") << '\n'
              << "    事实 facts：" << o.facts << '\n';
    if (o.reported_at) std::cout << "    整改 report：" << o.report << '\n';
  }
  for (const auto& w : a.wider_uses) {
    std::cout << "  wider-use " << w.number << '\t' << govshare::ToString(w.request.kind) << '\t'
              << (w.request.third_party.empty() ? "-" : w.request.third_party) << '\t' << w.requested_at.ToIso()
              << '\t' << (!w.consented ? "pending" : *w.consented ? "consented" : "refused") << '\n'
              << "    " << w.request.description << '\n';
    if (!w.answer.empty()) std::cout << "    答复 answer：" << w.answer << '\n';
  }
}

void Output(const govshare::Authorization& a, bool json) {
  if (json) {
    PrintJson(ToJson(a));
  } else {
    PrintDetails(a);
  }
}

ojson ToJson(const govshare::ServiceChange& c) {
  ojson methods = ojson::array();
  for (const auto m : c.change.methods) methods.push_back(govshare::ToString(m));
  return {{"id", c.id},
          {"row_version", c.row_version},
          {"authorization_id", c.change.authorization_id},
          {"kind", govshare::ToString(c.change.kind)},
          {"reason", c.change.reason},
          {"items", c.change.items},
          {"methods", methods},
          {"valid_until", c.change.valid_until ? c.change.valid_until->ToIso() : ""},
          {"consumer_code", c.consumer_code},
          {"provider_code", c.provider_code},
          {"entry_id", c.entry_id},
          {"entry_code", c.entry_code},
          {"status", govshare::ToString(c.status)},
          {"proposed_by", c.proposed_by},
          {"proposed_at", c.proposed_at.ToIso()},
          {"consumer_agrees", c.consumer_agrees ? ojson(*c.consumer_agrees) : ojson(nullptr)},
          {"consumer_comment", c.consumer_comment},
          {"answered_by", c.answered_by},
          {"answered_at", Iso(c.answered_at)},
          {"closed_by", c.closed_by},
          {"closed_at", Iso(c.closed_at)},
          {"withdrawal_reason", c.withdrawal_reason}};
}

// ID AUTHORIZATION KIND STATUS CONSUMER PROVIDER ROW_VERSION (tabs), then the
// reason, the consumer's answer and a withdrawal's reason, indented.
void Print(const govshare::ServiceChange& c) {
  std::cout << c.id << '\t' << c.change.authorization_id << '\t' << govshare::ToString(c.change.kind) << '\t'
            << govshare::ToString(c.status) << '\t' << c.consumer_code << '\t' << c.provider_code << '\t'
            << c.row_version << '\n'
            << "  " << govshare::ChineseLabel(c.change.kind) << "：" << c.change.reason << '\n';
  if (c.change.kind == govshare::ServiceChangeKind::kChange) {
    std::cout << "  change\t" << Join(c.change.items) << '\t' << JoinMethods(c.change.methods) << '\t'
              << (c.change.valid_until ? c.change.valid_until->ToIso() : "-") << '\n';
  }
  if (c.consumer_agrees) {
    std::cout << "  " << (*c.consumer_agrees ? "agrees" : "objects") << "\t" << c.consumer_comment << '\n';
  }
  if (!c.withdrawal_reason.empty()) std::cout << "  withdrawn\t" << c.withdrawal_reason << '\n';
}

void Output(const govshare::ServiceChange& c, bool json) {
  if (json) {
    PrintJson(ToJson(c));
  } else {
    Print(c);
  }
}

// --row-version, or the authorization's current one (not found when it does not exist).
std::int64_t RowVersion(const Session& s, govshare::Platform& p, const AuthorizationArgs& a) {
  if (a.row_version) return *a.row_version;
  return p.sharing().GetAuthorization(s.Actor(), a.id).row_version;
}

std::int64_t ServiceChangeRowVersion(const Session& s, govshare::Platform& p, const AuthorizationArgs& a) {
  if (a.row_version) return *a.row_version;
  for (const auto& c : p.sharing().ServiceChanges(s.Actor(), "")) {
    if (c.id == a.id) return c.row_version;
  }
  throw govshare::NotFoundError("service change " + std::to_string(a.id) + " does not exist");
}

// The ID argument, --row-version and --json of a command acting on one authorization.
void AddActing(CLI::App* sub, AuthorizationArgs& a, const std::string& what) {
  sub->add_option("ID", a.id, what + " id")->required();
  AddRowVersionOption(sub, a.row_version, what);
  sub->add_flag("--json", a.json, "print JSON");
}

void AddServiceChangeCommands(CLI::App& authorization, Program& program, std::shared_ptr<AuthorizationArgs> a) {
  CLI::App* group = AddGroup(authorization, "service-change",
                             "The provider ends or changes a service (N27): proposes it with its good reason, "
                             "negotiates with the consumer, files it with the bureau (备案), or withdraws it");
  const std::string prints = "; prints ID AUTHORIZATION KIND STATUS CONSUMER PROVIDER ROW_VERSION, reason";

  auto* propose = group->add_subcommand(
      "propose", "propose to end or change the service of an authorization in use (the provider's leader); "
                 "nothing changes until it is filed" + prints);
  propose->add_option("--authorization", a->authorization, "the authorization served")->required();
  propose->add_option("--kind", a->kind, "end or change")->required();
  propose->add_option("--reason", a->reason, "the good reason (正当理由)")->required();
  propose->add_option("--items", a->items, "change: the items kept, e.g. a,b (default: all)")->delimiter(',');
  propose->add_option("--methods", a->methods, "change: the methods from now on, e.g. api,file (default: unchanged)")
      ->delimiter(',');
  propose->add_option("--until", a->until, "change: an earlier end, YYYY-MM-DD (default: unchanged)");
  propose->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(propose, program, "authorization service-change propose", [a](const Session& s) {
    govshare::ServiceChangeInput in;
    in.authorization_id = a->authorization;
    in.kind = EnumNamed("--kind", a->kind, govshare::ServiceChangeKind::kChange, "N27");
    in.reason = a->reason;
    in.items = a->items;
    for (const auto& m : a->methods) in.methods.push_back(MethodOf("--methods", m, "N27"));
    if (!a->until.empty()) in.valid_until = DateOf("--until", a->until);
    auto p = s.Open();
    Output(p->sharing().ProposeServiceChange(s.Actor(), in), a->json);
    return kExitOk;
  });

  auto* answer = group->add_subcommand(
      "answer", "answer the negotiation: agree or object, in your words (the consumer's leader)" + prints);
  AddActing(answer, *a, "service change");
  auto* agree = answer->add_flag("--agree", a->agree, "agree to the change");
  auto* object = answer->add_flag("--object", a->object, "object to it (it may still be filed, as objected)");
  agree->excludes(object);
  answer->add_option("--comment", a->comment, "the consumer's words")->required();
  OnPlatformCommand(answer, program, "authorization service-change answer", [a](const Session& s) {
    if (!a->agree && !a->object) {
      throw CLI::ValidationError("authorization service-change answer", "one of --agree, --object is required");
    }
    auto p = s.Open();
    Output(p->sharing().AnswerServiceChange(s.Actor(), a->id, ServiceChangeRowVersion(s, *p, *a), a->agree,
                                            a->comment),
           a->json);
    return kExitOk;
  });

  auto* file = group->add_subcommand(
      "file", "file the negotiated change with the bureau (备案; the provider's leader): it takes effect — an end "
              "revokes the authorization (service_ended, disposal owed), a change narrows it" + prints);
  AddActing(file, *a, "service change");
  OnPlatformCommand(file, program, "authorization service-change file", [a](const Session& s) {
    auto p = s.Open();
    Output(p->sharing().FileServiceChange(s.Actor(), a->id, ServiceChangeRowVersion(s, *p, *a)), a->json);
    return kExitOk;
  });

  auto* withdraw = group->add_subcommand(
      "withdraw", "withdraw a change not yet filed (the provider's leader)" + prints);
  AddActing(withdraw, *a, "service change");
  withdraw->add_option("--reason", a->reason, "why")->required();
  OnPlatformCommand(withdraw, program, "authorization service-change withdraw", [a](const Session& s) {
    auto p = s.Open();
    Output(p->sharing().WithdrawServiceChange(s.Actor(), a->id, ServiceChangeRowVersion(s, *p, *a), a->reason),
           a->json);
    return kExitOk;
  });

  auto* list = group->add_subcommand(
      "list", "print service changes: ID AUTHORIZATION KIND STATUS CONSUMER PROVIDER ROW_VERSION, reason (a "
              "department: as consumer or provider; the bureau and auditors: all)");
  list->add_option("--department", a->department, "only this department's (as consumer or provider)");
  list->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(list, program, "authorization service-change list", [a](const Session& s) {
    auto p = s.Open();
    const auto changes = p->sharing().ServiceChanges(s.Actor(), a->department);
    return PrintEach(changes, a->json, [](const auto& x) { return ToJson(x); }, [](const auto& x) { Print(x); });
  });
}

}  // namespace

void AddAuthorizationCommands(CLI::App& app, Program& program) {
  auto a = std::make_shared<AuthorizationArgs>();
  CLI::App* group = AddGroup(app, "authorization",
                             "Authorizations (A18, A26, A28, A30) and the regulation's acts on them (N22, N25, N27)");
  const std::string prints = "; prints the authorization as `show` does";

  auto* list = group->add_subcommand(
      "list", "print authorizations: ID CONSUMER PROVIDER ENTRY STATUS VALID_FROM VALID_UNTIL ROW_VERSION, the "
              "reason of the status (a department: as consumer or provider; the bureau and auditors: all)");
  list->add_option("--department", a->department, "only this department's (as consumer or provider)");
  list->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(list, program, "authorization list", [a](const Session& s) {
    auto p = s.Open();
    const auto all = p->sharing().Authorizations(s.Actor(), a->department);
    return PrintEach(all, a->json, [](const auto& x) { return ToJson(x); }, [](const auto& x) { Print(x); });
  });

  auto* show = group->add_subcommand(
      "show", "print one authorization: ID CONSUMER PROVIDER ENTRY STATUS VALID_FROM VALID_UNTIL ROW_VERSION, then "
              "its items, methods, ground, delivery (N22), disposal (N27), suspensions, misuse orders (N27) and "
              "wider uses (N25), one tab-separated line each");
  show->add_option("ID", a->id, "authorization id")->required();
  show->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(show, program, "authorization show", [a](const Session& s) {
    auto p = s.Open();
    Output(p->sharing().GetAuthorization(s.Actor(), a->id), a->json);
    return kExitOk;
  });

  auto* deliver = group->add_subcommand(
      "deliver", "record the delivery of the granted data (N22: within 20 working days of the grant; the "
                 "provider's operator or leader; once)" + prints);
  AddActing(deliver, *a, "authorization");
  deliver->add_option("--method", a->method, "api (服务接口), table (批量交换) or file (文件下载)")->required();
  deliver->add_option("--note", a->note, "how it was delivered");
  OnPlatformCommand(deliver, program, "authorization deliver", [a](const Session& s) {
    const govshare::ShareMethod method = MethodOf("--method", a->method, "N22");
    auto p = s.Open();
    Output(p->sharing().RecordDelivery(s.Actor(), a->id, RowVersion(s, *p, *a), method, a->note), a->json);
    return kExitOk;
  });

  auto* end = group->add_subcommand(
      "end-purpose", "end the own authorization whose purpose is met, cannot be met or is no longer needed (N27; "
                     "the consumer's leader): revoked (purpose_ended), the disposal of delivered data owed" + prints);
  AddActing(end, *a, "authorization");
  end->add_option("--reason", a->reason, "why the purpose ended")->required();
  OnPlatformCommand(end, program, "authorization end-purpose", [a](const Session& s) {
    auto p = s.Open();
    Output(p->sharing().EndPurpose(s.Actor(), a->id, RowVersion(s, *p, *a), a->reason), a->json);
    return kExitOk;
  });

  auto* misuse = group->add_subcommand(
      "misuse", "suspend an active authorization for misuse and order it rectified within --days working days "
                "(N27; the provider's leader or the bureau administrator)" + prints);
  AddActing(misuse, *a, "authorization");
  misuse->add_option("--kind", a->kind, "wider_scope, other_purpose or third_party")->required();
  misuse->add_option("--facts", a->facts, "what the consumer did, as found")->required();
  misuse->add_option("--days", a->days, "working days to rectify (1..60)")->required();
  OnPlatformCommand(misuse, program, "authorization misuse", [a](const Session& s) {
    const govshare::UseBeyondGrant kind = UseKindOf(a->kind, "N27");
    auto p = s.Open();
    Output(p->sharing().SuspendForMisuse(s.Actor(), a->id, RowVersion(s, *p, *a), kind, a->facts, a->days),
           a->json);
    return kExitOk;
  });

  auto* rectify = group->add_subcommand(
      "rectify", "report what was rectified after a suspension for misuse (N27; the consumer's leader)" + prints);
  AddActing(rectify, *a, "authorization");
  rectify->add_option("--report", a->report, "what was rectified")->required();
  OnPlatformCommand(rectify, program, "authorization rectify", [a](const Session& s) {
    auto p = s.Open();
    Output(p->sharing().ReportRectification(s.Actor(), a->id, RowVersion(s, *p, *a), a->report), a->json);
    return kExitOk;
  });

  auto* terminate = group->add_subcommand(
      "terminate", "terminate sharing suspended for misuse: not rectified within the period, or the report is not "
                   "enough (N27; the ordering department or the bureau): revoked (misuse_not_rectified)" + prints);
  AddActing(terminate, *a, "authorization");
  terminate->add_option("--reason", a->reason, "why")->required();
  OnPlatformCommand(terminate, program, "authorization terminate", [a](const Session& s) {
    auto p = s.Open();
    Output(p->sharing().TerminateForMisuse(s.Actor(), a->id, RowVersion(s, *p, *a), a->reason), a->json);
    return kExitOk;
  });

  auto* reinstate = group->add_subcommand(
      "reinstate", "reinstate a suspended authorization (A28, A30; after a misuse: rectified, N27; the provider's "
                   "leader or the bureau administrator)" + prints);
  AddActing(reinstate, *a, "authorization");
  reinstate->add_option("--reason", a->reason, "why")->required();
  OnPlatformCommand(reinstate, program, "authorization reinstate", [a](const Session& s) {
    auto p = s.Open();
    Output(p->sharing().Reinstate(s.Actor(), a->id, RowVersion(s, *p, *a), a->reason), a->json);
    return kExitOk;
  });

  auto* suspend = group->add_subcommand(
      "suspend", "suspend for a suspected breach (A28, A30; the provider's leader or the bureau administrator); "
                 "time suspended is not non-use (A26)" + prints);
  AddActing(suspend, *a, "authorization");
  suspend->add_option("--reason", a->reason, "why")->required();
  OnPlatformCommand(suspend, program, "authorization suspend", [a](const Session& s) {
    auto p = s.Open();
    Output(p->sharing().Suspend(s.Actor(), a->id, RowVersion(s, *p, *a), a->reason), a->json);
    return kExitOk;
  });

  auto* revoke = group->add_subcommand(
      "revoke", "revoke: non_use — unused for more than 3 months, not seasonal (A26; the provider's leader), or "
                "breach (A28, A30; the provider's leader or the bureau administrator); the consumer is told" +
                    prints);
  AddActing(revoke, *a, "authorization");
  revoke->add_option("--ground", a->ground, "non_use or breach")->required();
  revoke->add_option("--reason", a->reason, "why")->required();
  OnPlatformCommand(revoke, program, "authorization revoke", [a](const Session& s) {
    const govshare::RevocationGround ground = GroundOf(a->ground);
    auto p = s.Open();
    Output(p->sharing().Revoke(s.Actor(), a->id, RowVersion(s, *p, *a), ground, a->reason), a->json);
    return kExitOk;
  });

  auto* wider = group->add_subcommand(
      "wider-use", "ask the provider's consent to a wider scope, another purpose or a third party (N25; the "
                   "consumer's leader)" + prints);
  AddActing(wider, *a, "authorization");
  wider->add_option("--kind", a->kind, "wider_scope, other_purpose or third_party")->required();
  wider->add_option("--description", a->description, "the use asked for")->required();
  wider->add_option("--third-party", a->third_party, "third_party: who receives the data");
  OnPlatformCommand(wider, program, "authorization wider-use", [a](const Session& s) {
    govshare::WiderUseRequest request;
    request.kind = UseKindOf(a->kind, "N25");
    request.description = a->description;
    request.third_party = a->third_party;
    auto p = s.Open();
    Output(p->sharing().RequestWiderUse(s.Actor(), a->id, RowVersion(s, *p, *a), request), a->json);
    return kExitOk;
  });

  auto* consent = group->add_subcommand(
      "consent", "consent to, or refuse, wider-use request --number (N25; the provider's leader only)" + prints);
  AddActing(consent, *a, "authorization");
  consent->add_option("--number", a->number, "the request's number (wider-use N of `show`)")->required();
  auto* yes = consent->add_flag("--yes", a->yes, "consent");
  auto* no = consent->add_flag("--no", a->no, "refuse (give the reasons with --answer)");
  yes->excludes(no);
  consent->add_option("--answer", a->answer, "the provider's words");
  OnPlatformCommand(consent, program, "authorization consent", [a](const Session& s) {
    if (!a->yes && !a->no) throw CLI::ValidationError("authorization consent", "one of --yes, --no is required");
    auto p = s.Open();
    Output(p->sharing().AnswerWiderUse(s.Actor(), a->id, RowVersion(s, *p, *a), a->number, a->yes, a->answer),
           a->json);
    return kExitOk;
  });

  auto* use = group->add_subcommand(
      "use", "record that the consumer used an active authorization now (its last use: the 3 months of A26 run "
             "from it; the consumer's operator or leader)" + prints);
  use->add_option("ID", a->id, "authorization id")->required();
  use->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(use, program, "authorization use", [a](const Session& s) {
    auto p = s.Open();
    Output(p->sharing().RecordUse(s.Actor(), a->id), a->json);
    return kExitOk;
  });

  auto* expire = group->add_subcommand(
      "expire", "record the expiry of every active authorization past its period and tell their consumers (the "
                "bureau administrator; housekeeping does it too): prints the authorizations expired, as `list` "
                "does (none: nothing)");
  expire->add_flag("--json", a->json, "print a JSON array");
  OnPlatformCommand(expire, program, "authorization expire", [a](const Session& s) {
    auto p = s.Open();
    const auto expired = p->sharing().ExpireAuthorizations(s.Actor());
    return PrintEach(expired, a->json, [](const auto& x) { return ToJson(x); }, [](const auto& x) { Print(x); });
  });

  auto* non_use = group->add_subcommand(
      "non-use", "print the provider's active authorizations unused for more than 3 months, not seasonal: "
                 "revocable for non-use (A26; counted from the later of the grant, valid_from and the last use, "
                 "moved on by the days suspended), as `list` does");
  non_use->add_option("--provider", a->provider, "the provider department (credit code)")->required();
  non_use->add_flag("--json", a->json, "print a JSON array");
  OnPlatformCommand(non_use, program, "authorization non-use", [a](const Session& s) {
    auto p = s.Open();
    const auto found = p->sharing().RevocableForNonUse(s.Actor(), a->provider);
    return PrintEach(found, a->json, [](const auto& x) { return ToJson(x); }, [](const auto& x) { Print(x); });
  });

  AddServiceChangeCommands(*group, program, a);

  // A top-level command: the grant is the provider's act on its entry, not on an application.
  auto* platform = app.add_subcommand(
      "platform-grant",
      "grant the platform as a whole the use of an entry whose mode is provider_to_platform (A18 整体授权; the "
      "provider's leader): the bureau then grants consumers within it; prints the platform-wide authorization as "
      "`authorization show` does");
  platform->add_option("ENTRY", a->id, "the entry (platform id)")->required();
  platform->add_option("--items", a->items, "items granted, comma-separated (default: every item)")->delimiter(',');
  platform->add_option("--from", a->from, "valid from YYYY-MM-DD");
  platform->add_option("--until", a->until, "valid until YYYY-MM-DD");
  platform->add_option("--conditions", a->conditions, "conditions of use");
  platform->add_flag("--seasonal", a->seasonal, "a seasonal use (A26): not revocable for non-use");
  platform->add_option("--disposal", a->disposal, "how the data is disposed of when the purpose ends (N27)");
  platform->add_option("--disposal-days", a->disposal_days, "working days allowed for the disposal (N27)");
  platform->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(platform, program, "platform-grant", [a](const Session& s) {
    govshare::GrantTerms t;
    t.items = a->items;
    if (!a->from.empty()) t.valid_from = DateOf("--from", a->from);
    if (!a->until.empty()) t.valid_until = DateOf("--until", a->until);
    t.conditions = a->conditions;
    if (a->seasonal) t.seasonal = true;
    t.disposal = a->disposal;
    t.disposal_working_days = a->disposal_days;
    auto p = s.Open();
    Output(p->sharing().GrantPlatform(s.Actor(), a->id, t), a->json);
    return kExitOk;
  });
}

}  // namespace govshare_cli
