// govshare report — inspect every department over a period (A31–A33) and
// write DIR/report.json and DIR/report.html; report.cpp (beside main.cpp)
// renders them, docs/supervision.md describes them.
#include "govshare/supervision_service.h"
#include <cmath>
#include <exception>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "commands/commands.h"
#include "commands/common.h"
#include "report.h"

namespace govshare_cli {
namespace {

struct ReportArgs {
  std::string from, to, out, weights;
};

// `15,15,15,15,15,25`: completeness, accuracy, updates, publication, freshness,
// timeliness (docs/supervision.md).
govshare::SupervisionWeights ParseWeights(const std::string& text) {
  std::vector<double> values;
  for (size_t start = 0;;) {
    const size_t comma = text.find(',', start);
    const std::string part = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    size_t used = 0;
    double v = 0;
    try {
      v = std::stod(part, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (part.empty() || used != part.size() || !(v >= 0) || std::isinf(v)) {
      throw UsageError("--weights: \"" + part + "\" is not a number >= 0 (six weights: completeness,accuracy,"
                       "updates,publication,freshness,timeliness)");
    }
    values.push_back(v);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  if (values.size() != 6) {
    throw UsageError("--weights: six comma-separated numbers are needed (completeness,accuracy,updates,"
                     "publication,freshness,timeliness), got " + std::to_string(values.size()));
  }
  return {values[0], values[1], values[2], values[3], values[4], values[5]};
}

int Report(const Session& s, const ReportArgs& a) {
  using namespace govshare;
  const std::string& who = s.Actor();
  const Date from = Date::FromIso(a.from);
  const Date to = Date::FromIso(a.to);
  const SupervisionWeights weights = a.weights.empty() ? SupervisionWeights{} : ParseWeights(a.weights);
  auto p = s.Open();
  const InspectionReport report = p->supervision().Inspect(who, from, to, weights);
  const ReportFiles files = WriteInspectionReport(report, a.out);
  std::cout << "已写出 written: " << files.json << '\n'
            << "已写出 written: " << files.html << '\n'
            << InspectionSummary(report) << '\n';
  // The calendar's warning (next year's holiday schedule missing) on stderr,
  // so the summary stays one line for scripts.
  if (!report.calendar_warning.empty()) std::cerr << "govshare: 工作日历 calendar: " << report.calendar_warning << '\n';
  return kExitOk;
}

}  // namespace

void AddReportCommand(CLI::App& app, Program& program) {
  auto a = std::make_shared<ReportArgs>();
  auto* report = app.add_subcommand(
      "report", "Inspect every department over a period (A31–A33) and write DIR/report.json and "
                "DIR/report.html; docs/supervision.md");
  report->footer(
      "The bureau administrator, reviewers and auditors inspect. report.json holds the whole\n"
      "inspection (period, weights, the city, the departments ranked with every metric, steps per\n"
      "kind and findings); report.html is one self-contained page (inline CSS and SVG charts, no\n"
      "script, nothing fetched): the city summary, the ranking, charts of scores and on-time rates,\n"
      "and each department's metrics and findings. Prints the two paths and a one-line summary.\n"
      "A bad date or period exits 2 (invalid argument).\n\n" + ExitCodeHelp());
  report->add_option("--from", a->from, "first day of the period, YYYY-MM-DD")->required();
  report->add_option("--to", a->to, "last day of the period, YYYY-MM-DD")->required();
  report->add_option("--out", a->out, "directory to write into (created if missing)")->required();
  report->add_option("--weights", a->weights,
                     "score weights completeness,accuracy,updates,publication,freshness,timeliness "
                     "(default 15,15,15,15,15,25; only their proportions matter)");
  OnPlatformCommand(report, program, "report", [a](const Session& s) { return Report(s, *a); });
}

}  // namespace govshare_cli
