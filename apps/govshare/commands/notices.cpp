// govshare notices — the acting user's department's notices, and
// acknowledging one.
#include <cstdint>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "commands/commands.h"
#include "commands/common.h"

namespace govshare_cli {

void AddNoticesCommands(CLI::App& app, Program& program) {
  struct Args {
    bool all = false;
    std::int64_t notice_id = 0;
  };
  auto a = std::make_shared<Args>();
  auto* notices = app.add_subcommand("notices", "The acting user's department's notices (unacknowledged "
                                                "unless --all): ID KIND CREATED ENTRY STATE, message");
  notices->require_subcommand(0, 1);
  notices->add_flag("--all", a->all, "include acknowledged notices");
  OnPlatformCommand(notices, program, "notices", [a](const Session& s) {
    auto p = s.Open();
    for (const auto& n : p->Notices(s.Actor(), !a->all)) {
      std::cout << n.id << '\t' << govshare::ToString(n.kind) << '\t' << n.created_at.ToIso() << '\t'
                << (n.entry_id ? "entry:" + std::to_string(n.entry_id) : std::string("-")) << '\t'
                << (n.acknowledged_at ? "acknowledged:" + n.acknowledged_by : std::string("new")) << '\n';
      std::istringstream lines(n.message);
      for (std::string line; std::getline(lines, line);) std::cout << "  " << line << '\n';
    }
    return kExitOk;
  });

  auto* ack = notices->add_subcommand("ack", "acknowledge a notice");
  ack->add_option("ID", a->notice_id, "notice id")->required();
  OnPlatformCommand(ack, program, "notices ack", [a](const Session& s) {
    auto p = s.Open();
    p->AcknowledgeNotice(s.Actor(), a->notice_id);
    std::cout << "已确认通知 notice acknowledged: " << a->notice_id << '\n';
    return kExitOk;
  });
}

}  // namespace govshare_cli
