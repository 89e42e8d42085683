// govshare demo — the main job: a realistic Nantong played over simulated
// months; demo.cpp (beside main.cpp) does it, docs/demo.md describes it.
#include <iostream>
#include <memory>

#include "commands/commands.h"
#include "commands/common.h"
#include "demo.h"

namespace govshare_cli {

void AddDemoCommand(CLI::App& app, Program& program) {
  auto options = std::make_shared<DemoOptions>();
  auto* demo = app.add_subcommand(
      "demo", "The main job: create a platform in a SQLite file, seed a realistic Nantong (bureau, "
              "municipal departments, county platforms, 60+ catalog entries, users in every role) and "
              "play August–November 2026 on the simulated clock; print the supervision summary and "
              "write the full report");
  demo->add_option("--db", options->db, "the platform file to create")->capture_default_str();
  demo->add_flag("--force", options->force, "recreate the file when it exists");
  demo->add_option("--report-dir", options->report_dir, "where report.json and report.html go")
      ->capture_default_str();
  OnRun(demo, program, [options] { return RunDemo(*options, std::cout, std::cerr); });
}

}  // namespace govshare_cli
