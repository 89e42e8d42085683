// govshare demo — the main job: a realistic Nantong platform played over
// simulated months (docs/demo.md).
#ifndef GOVSHARE_APPS_DEMO_H_
#define GOVSHARE_APPS_DEMO_H_

#include <ostream>
#include <string>

namespace govshare_cli {

struct DemoOptions {
  /// The platform file (SQLite).
  std::string db = "govshare-demo.db";
  /// Where the supervision report (report.json, report.html) goes.
  std::string report_dir = "govshare-demo-report";
  /// Recreate an existing file; without it an existing file is refused.
  bool force = false;
};

/// Runs the demo, printing to `out`; returns the exit code (0 done, 2 the
/// file exists without --force or a step failed).
int RunDemo(const DemoOptions& options, std::ostream& out, std::ostream& err);

}  // namespace govshare_cli

#endif  // GOVSHARE_APPS_DEMO_H_
