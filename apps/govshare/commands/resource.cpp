// govshare resource — published data resources (A31 (4), (5)): report a
// refresh.
#include "govshare/supervision_service.h"
#include <cstdint>
#include <iostream>
#include <memory>
#include <string>

#include "commands/commands.h"
#include "commands/common.h"

namespace govshare_cli {

void AddResourceCommands(CLI::App& app, Program& program) {
  auto entry_id = std::make_shared<std::int64_t>(0);
  CLI::App* resource = AddGroup(app, "resource", "Published data resources (A31 (4), (5))");

  auto* refresh = resource->add_subcommand(
      "refresh", "report a refresh of a published entry's data (the provider's operator or leader): "
                 "the resource is connected to the platform and fresh for one update cycle");
  refresh->add_option("ID", *entry_id, "entry id")->required();
  OnPlatformCommand(refresh, program, "resource refresh", [entry_id](const Session& s) {
    const std::string& who = s.Actor();
    auto p = s.Open();
    p->supervision().ReportRefresh(who, *entry_id);
    std::cout << "已报告数据更新 refresh reported: entry " << *entry_id << '\n';
    return kExitOk;
  });
}

}  // namespace govshare_cli
