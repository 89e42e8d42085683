// govshare clock — which clock the platform runs on, and its time: the
// system clock, or the simulated clock a platform created on one remembers
// (`govshare init --at …`, the demo, a script's simulated city).
#include <iostream>
#include <memory>

#include "commands/commands.h"
#include "commands/common.h"

namespace govshare_cli {

void AddClockCommands(CLI::App& app, Program& program) {
  auto json = std::make_shared<bool>(false);
  auto* clock = app.add_subcommand(
      "clock", "print which clock the platform runs on and its time: \"simulated 2026-11-30T17:00:00\" (a platform "
               "created on a simulated clock remembers it; --at moves it forward) or \"system …\"");
  clock->add_flag("--json", *json, "print {\"clock\": \"simulated\"|\"system\", \"now\": …}");
  OnPlatformCommand(clock, program, "clock", [json](const Session& s) {
    auto p = s.Open();
    const char* kind = p->simulated_clock() ? "simulated" : "system";
    if (*json) {
      PrintJson(ojson{{"clock", kind}, {"now", p->Now().ToIso()}});
    } else {
      std::cout << kind << ' ' << p->Now().ToIso() << '\n';
    }
    return kExitOk;
  });
}

}  // namespace govshare_cli
