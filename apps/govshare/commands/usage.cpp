// govshare usage — the usage log (A28 日志审计): every access decision,
// delivery and comparison, who made it, for what, and the answer. A
// department sees its own accesses and those of its entries; the bureau and
// auditors see all.
#include <cstdint>
#include <iostream>
#include <memory>
#include <string>

#include "commands/commands.h"
#include "commands/common.h"
#include "govshare/access_service.h"

namespace govshare_cli {
namespace {

struct UsageArgs {
  std::string consumer, from, to;
  std::int64_t entry = 0;
  int limit = 1000;
  bool json = false;
};

ojson UsageJson(const govshare::UsageRecord& u) {
  ojson items = ojson::array();
  for (const auto& i : u.items) items.push_back(i);
  return {{"id", u.id},
          {"time", u.time.ToIso()},
          {"user_id", u.user_id},
          {"consumer_code", u.consumer_code},
          {"entry_id", u.entry_id},
          {"authorization_id", u.authorization_id},
          {"kind", u.kind},
          {"items", items},
          {"method", govshare::ToString(u.method)},
          {"purpose", u.purpose},
          {"allowed", u.allowed},
          {"outcome", u.outcome}};
}

// ID TIME USER CONSUMER ENTRY AUTHORIZATION KIND ALLOWED|REFUSED ITEMS (tabs),
// then the purpose and the outcome, indented.
void Print(const govshare::UsageRecord& u) {
  std::cout << u.id << '\t' << u.time.ToIso() << '\t' << u.user_id << '\t' << u.consumer_code << '\t' << u.entry_id
            << '\t' << (u.authorization_id ? std::to_string(u.authorization_id) : std::string("-")) << '\t' << u.kind
            << '\t' << (u.allowed ? "allowed" : "refused") << '\t' << Join(u.items) << '\n'
            << "  " << u.purpose << "\n  " << u.outcome << '\n';
}

}  // namespace

void AddUsageCommands(CLI::App& app, Program& program) {
  auto a = std::make_shared<UsageArgs>();
  auto* usage = app.add_subcommand(
      "usage", "The usage log (A28): access decisions, deliveries and comparisons, newest first: ID TIME USER "
               "CONSUMER ENTRY AUTHORIZATION KIND allowed|refused ITEMS, then the purpose and the outcome (a "
               "department: its own accesses and those of its entries; the bureau and auditors: all)");
  usage->add_option("--consumer", a->consumer, "only this consumer department (credit code)");
  usage->add_option("--entry", a->entry, "only this entry (platform id)");
  usage->add_option("--from", a->from, "from this time (YYYY-MM-DD[THH:MM:SS])");
  usage->add_option("--to", a->to, "up to this time");
  usage->add_option("--limit", a->limit, "at most this many lines")->capture_default_str();
  usage->add_flag("--json", a->json, "print a JSON array");
  OnPlatformCommand(usage, program, "usage", [a](const Session& s) {
    govshare::UsageQuery q;
    q.consumer_code = a->consumer;
    q.entry_id = a->entry;
    if (!a->from.empty()) q.from = TimeOf("--from", a->from);
    if (!a->to.empty()) q.to = TimeOf("--to", a->to);
    q.limit = a->limit;
    auto p = s.Open();
    return PrintEach(p->access().UsageLog(s.Actor(), q), a->json, UsageJson, Print);
  });
}

}  // namespace govshare_cli
