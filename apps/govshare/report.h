// govshare — the supervision report (A31–A33, docs/supervision.md): an
// InspectionReport rendered as report.json (every figure, step kind and
// finding) and as a self-contained report.html (inline CSS, bar charts drawn
// as inline SVG; nothing fetched, no script). `govshare report` writes both;
// the demo reuses the same functions.
#ifndef GOVSHARE_APPS_REPORT_H_
#define GOVSHARE_APPS_REPORT_H_

#include <string>
#include <vector>

#include "govshare/supervision.h"

namespace govshare_cli {

// Where WriteInspectionReport put the files.
struct ReportFiles {
  std::string json;  // DIR/report.json
  std::string html;  // DIR/report.html
};

// The whole report as a JSON document (2-space indent, UTF-8): title, period,
// generated_at, calendar_version, weights, city, departments (ranked, with
// every metric, the per-metric rates behind the score as the library
// computed them — null when not measured —, the steps per kind with their
// on-time rates, and the findings).
std::string InspectionReportJson(const govshare::InspectionReport& report);

// The report as one self-contained HTML page (UTF-8; all text escaped).
std::string InspectionReportHtml(const govshare::InspectionReport& report);

// Creates `dir` if missing and writes report.json and report.html into it.
// Throws govshare::IoError when the directory or a file cannot be written.
ReportFiles WriteInspectionReport(const govshare::InspectionReport& report, const std::string& dir);

// The city's figures as the terminal shows them (the demo's summary), in
// Chinese, from the same fields and formatting as the report's cards: the
// catalog, the approval steps on time (A31 (7): on time / (completed +
// overdue now)), and the use of data (A28: decisions, deliveries,
// comparisons from the usage log).
std::vector<std::string> CitySummaryLines(const govshare::InspectionReport& report);
// One line for the terminal: the period, departments, city score, on-time
// rate, overdue now, findings and the best-ranked department.
std::string InspectionSummary(const govshare::InspectionReport& report);

}  // namespace govshare_cli

#endif  // GOVSHARE_APPS_REPORT_H_
