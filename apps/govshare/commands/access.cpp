// govshare decide, filter — the data boundary (A8, A26, A28, A30) from a
// shell. `decide` asks AccessService::Decide for the --as user and prints the
// answer: allowed or refused, each item's treatment (plain, masked,
// comparison_only, withheld) and the reasons. `filter` decides and delivers in
// one go: the decision is made in this process and applied at once by
// AccessService::Filter to the provider's records file. A decision is sealed
// with a key that only the platform handle that made it holds (access/seal.cpp),
// so a decision cannot be carried from one run of the program to another — nor
// written by hand: `filter` takes the request, never a decision. Both are in
// the usage log (A28; `govshare usage`).
#include <cstdint>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "commands/commands.h"
#include "commands/common.h"
#include "govshare/access_service.h"

namespace govshare_cli {
namespace {

struct AccessArgs {
  std::int64_t entry = 0;
  std::vector<std::string> items;
  std::string purpose, method = "api", records;
  bool explain = false, json = false;
};

// The request of the --as user (the consumer's user), at the platform's Now().
govshare::AccessRequest RequestOf(const Session& s, const AccessArgs& a) {
  govshare::AccessRequest r;
  r.user_id = s.Actor();
  r.entry_id = a.entry;
  r.items = a.items;
  r.method = EnumNamed("--method", a.method, govshare::ShareMethod::kFile, "A13");
  r.purpose = a.purpose;
  r.explain = a.explain;
  return r;
}

// The decision without its seal: the seal is good only inside the handle that
// made it, so it is never printed.
ojson ToJson(const govshare::AccessDecision& d) {
  ojson items = ojson::array();
  for (const auto& i : d.items) {
    ojson item = {{"item", i.item}, {"treatment", govshare::ToString(i.treatment)}, {"why", i.why}};
    if (i.treatment == govshare::ItemTreatment::kMasked) {
      item["masking"] = {{"kind", govshare::ToString(i.masking.kind)},
                         {"keep_head", i.masking.keep_head},
                         {"keep_tail", i.masking.keep_tail},
                         {"pseudonym", i.masking.pseudonym}};
    }
    items.push_back(item);
  }
  ojson reasons = ojson::array();
  for (const auto& r : d.reasons) {
    reasons.push_back({{"rule", r.rule}, {"article", r.article}, {"passed", r.passed}, {"message", r.message}});
  }
  return {{"allowed", d.allowed},
          {"user_id", d.user_id},
          {"consumer_code", d.consumer_code},
          {"entry_id", d.entry_id},
          {"authorization_id", d.authorization_id},
          {"method", govshare::ToString(d.method)},
          {"time", d.time.ToIso()},
          {"purpose", d.purpose},
          {"expires", d.allowed ? ojson(d.expires.ToIso()) : ojson(nullptr)},
          {"items", items},
          {"reasons", reasons}};
}

// allowed|refused ENTRY AUTHORIZATION CONSUMER (tabs; AUTHORIZATION "-" when
// none), then one indented line per item: item NAME TREATMENT WHY, and per
// reason: reason RULE ARTICLE passed|failed MESSAGE.
void Print(const govshare::AccessDecision& d) {
  std::cout << (d.allowed ? "allowed" : "refused") << '\t' << d.entry_id << '\t'
            << (d.authorization_id ? std::to_string(d.authorization_id) : std::string("-")) << '\t'
            << (d.consumer_code.empty() ? "-" : d.consumer_code) << '\n';
  for (const auto& i : d.items) {
    std::cout << "  item\t" << i.item << '\t' << govshare::ToString(i.treatment) << '\t'
              << (i.why.empty() ? "-" : i.why) << '\n';
  }
  for (const auto& r : d.reasons) {
    std::cout << "  reason\t" << r.rule << '\t' << r.article << '\t' << (r.passed ? "passed" : "failed") << '\t'
              << r.message << '\n';
  }
}

void AddRequestOptions(CLI::App* sub, AccessArgs& a) {
  sub->add_option("ENTRY", a.entry, "the entry (platform id)")->required();
  sub->add_option("--items", a.items, "the items wanted, comma-separated")->required()->delimiter(',');
  sub->add_option("--purpose", a.purpose,
                  "what the access is for: the application, case or matter number (A30)")
      ->required();
  sub->add_option("--method", a.method, "api, table or file")->capture_default_str();
}

}  // namespace

void AddAccessCommands(CLI::App& app, Program& program) {
  auto a = std::make_shared<AccessArgs>();
  auto* decide = app.add_subcommand(
      "decide", "decide a data request of the --as user against the live authorizations and the entry's share "
                "class (A8, A26, A28, A30), at the platform's time: allowed|refused ENTRY AUTHORIZATION CONSUMER, "
                "then each item's treatment (plain, masked, comparison_only, withheld) and the reasons; exit 0 "
                "either way (a refusal is an answer), in the usage log");
  AddRequestOptions(decide, *a);
  decide->add_flag("--explain", a->explain, "list every rule considered, passed or not");
  decide->add_flag("--json", a->json, "print JSON (without the decision's seal, good only inside this run)");
  OnPlatformCommand(decide, program, "decide", [a](const Session& s) {
    const govshare::AccessRequest request = RequestOf(s, *a);
    auto p = s.Open();
    auto access = p->access();
    const govshare::AccessDecision d = access.Decide(request);
    access.FlushUsageLog();
    if (a->json) {
      PrintJson(ToJson(d));
    } else {
      Print(d);
    }
    return kExitOk;
  });

  auto* filter = app.add_subcommand(
      "filter", "decide a data request of the --as user and pass the provider's records (RECORDS: a JSON array "
                "of objects keyed by item name) through the decision in the same run: prints the records as "
                "delivered — withheld and unrequested items dropped, masked items masked; a refused decision, or a "
                "comparison-only item in the records, is refused (permission denied, exit 2); in the usage log");
  AddRequestOptions(filter, *a);
  filter->add_option("RECORDS", a->records, "the provider's records, a JSON file")->required();
  filter->add_flag("--json", a->json, "print {\"decision\": …, \"records\": […]} instead of the records alone");
  OnPlatformCommand(filter, program, "filter", [a](const Session& s) {
    const govshare::AccessRequest request = RequestOf(s, *a);
    const std::string records = ReadFile(a->records);
    auto p = s.Open();
    auto access = p->access();
    const govshare::AccessDecision d = access.Decide(request);
    std::string delivered;
    try {
      delivered = access.Filter(d, records);
    } catch (...) {
      access.FlushUsageLog();
      throw;
    }
    access.FlushUsageLog();
    ojson out = ojson::parse(delivered);
    if (a->json) out = ojson{{"decision", ToJson(d)}, {"records", out}};
    PrintJson(out);
    return kExitOk;
  });
}

}  // namespace govshare_cli
