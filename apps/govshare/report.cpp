// govshare — the supervision report as JSON and as a self-contained HTML page.
// The page must read well offline and print: inline CSS, charts as inline
// SVG (no xmlns needed in HTML5, so no URL appears anywhere), no script, no
// image or font fetched.
#include "report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "govshare/govshare.h"

namespace govshare_cli {
namespace {

using govshare::DepartmentInspection;
using govshare::InspectionReport;
using govshare::StepTimeliness;
using ojson = nlohmann::ordered_json;

constexpr const char* kTitle = "政务数据共享监督检查报告";

// ---- the rates ------------------------------------------------------------------------
// The library computes every rate (DepartmentInspection::rates,
// StepTimeliness::on_time_rate; docs/supervision.md); the report only shows them.

using govshare::SupervisionRate;

// A rate as the report shows it: nullopt ("—", JSON null) when not measured.
std::optional<double> Shown(const SupervisionRate& r) {
  return r.measured ? std::optional<double>(r.value) : std::nullopt;
}

// ---- JSON ------------------------------------------------------------------------------

ojson Rounded(std::optional<double> x) {
  if (!x) return nullptr;
  return std::round(*x * 10000.0) / 10000.0;
}

ojson DepartmentJson(const DepartmentInspection& d, bool city) {
  ojson j;
  j["department_code"] = d.department_code;
  j["department_name"] = d.department_name;
  if (!city) j["rank"] = d.rank;
  j["score"] = d.score;
  j["entries"] = d.entries;
  j["complete_entries"] = d.complete_entries;
  j["items"] = d.items;
  j["described_items"] = d.described_items;
  j["shared_entries"] = d.shared_entries;
  j["not_shared_entries"] = d.not_shared_entries;
  j["not_shared_with_basis"] = d.not_shared_with_basis;
  j["share_ratio"] = Rounded(d.share_ratio);
  j["obligations_due"] = d.obligations_due;
  j["obligations_on_time"] = d.obligations_on_time;
  j["obligations_overdue_now"] = d.obligations_overdue_now;
  j["census_done"] = d.census_done;
  j["connected_entries"] = d.connected_entries;
  j["stale_entries"] = d.stale_entries;
  j["objections_upheld"] = d.objections_upheld;
  j["objections_rejected"] = d.objections_rejected;
  j["objections_open"] = d.objections_open;
  j["corrections_on_time"] = d.corrections_on_time;
  j["revisions_due"] = d.revisions_due;
  j["revisions_on_time"] = d.revisions_on_time;
  j["revisions_overdue_now"] = d.revisions_overdue_now;
  j["steps_completed"] = d.steps_completed;
  j["steps_on_time"] = d.steps_on_time;
  j["steps_overdue_now"] = d.steps_overdue_now;
  ojson steps = ojson::array();
  for (const StepTimeliness& s : d.steps) {
    ojson sj;
    sj["kind"] = govshare::ToString(s.kind);
    sj["label"] = govshare::ChineseLabel(s.kind);
    sj["completed"] = s.completed;
    sj["on_time"] = s.on_time;
    sj["overdue_now"] = s.overdue_now;
    sj["on_time_rate"] = Rounded(Shown(s.on_time_rate));
    steps.push_back(std::move(sj));
  }
  j["steps"] = std::move(steps);
  j["decisions"] = d.decisions;
  j["decisions_allowed"] = d.decisions_allowed;
  j["decisions_refused"] = d.decisions_refused;
  j["deliveries"] = d.deliveries;
  j["comparisons"] = d.comparisons;
  j["comparisons_matched"] = d.comparisons_matched;
  j["projects"] = d.projects;
  j["projects_compliant"] = d.projects_compliant;
  const govshare::SupervisionRates& r = d.rates;
  j["rates"] = {{"completeness", Rounded(Shown(r.completeness))}, {"accuracy", Rounded(Shown(r.accuracy))},
                {"updates", Rounded(Shown(r.updates))},           {"publication", Rounded(Shown(r.publication))},
                {"freshness", Rounded(Shown(r.freshness))},       {"timeliness", Rounded(Shown(r.timeliness))}};
  ojson findings = ojson::array();
  for (const auto& f : d.findings) {
    findings.push_back({{"clause", f.clause},
                        {"a33_ground", f.a33_ground},
                        {"object", f.object},
                        {"message_zh", f.message_zh},
                        {"liability", f.liability},
                        {"liability_zh", f.liability_zh}});
  }
  j["findings"] = std::move(findings);
  return j;
}

// ---- HTML helpers ----------------------------------------------------------------------

// The texts the period was judged by, national first: 《…》（…）及《…》（…）.
std::string RulesCited(const InspectionReport& report) {
  std::string out;
  for (const auto& t : report.rules) out += (out.empty() ? "" : "及") + t;
  return out;
}

std::string Esc(const std::string& s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string Fixed(double x, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
  return buf;
}

std::string Pct(std::optional<double> x) { return x ? Fixed(*x * 100.0, 1) + "%" : "—"; }

std::string Num(double x) { return Fixed(x, 2); }

// At most `max` characters (code points) of UTF-8 text, with … when cut.
std::string Shorten(const std::string& s, size_t max) {
  size_t chars = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (chars == max) return s.substr(0, i) + "…";
      ++chars;
    }
  }
  return s;
}

const char* RateClass(std::optional<double> rate) {
  if (!rate) return "na";
  if (*rate >= 0.9) return "good";
  if (*rate >= 0.75) return "fair";
  if (*rate >= 0.6) return "warn";
  return "bad";
}

const char* BarColor(double rate) {
  if (rate >= 0.9) return "#2f855a";
  if (rate >= 0.75) return "#2b6cb0";
  if (rate >= 0.6) return "#c05621";
  return "#c53030";
}

std::string Ground(int ground) {
  static const char* const kNumerals[] = {"", "一", "二", "三", "四", "五", "六"};
  if (ground < 1 || ground > 6) return "—";
  return std::string("第三十三条第（") + kNumerals[ground] + "）项";
}

std::string Anchor(const DepartmentInspection& d) { return "dept-" + Esc(d.department_code); }

int FindingCount(const InspectionReport& r) {
  int n = 0;
  for (const auto& d : r.departments) n += static_cast<int>(d.findings.size());
  return n;
}

// One bar of a chart: a rate in [0, 1] (nullopt: nothing to measure).
struct Bar {
  std::string label;
  std::optional<double> value;
  std::string text;     // printed after the bar
  std::string tooltip;  // <title> of the bar
};

// A horizontal bar chart as inline SVG. `percent` labels the axis 0%–100%,
// otherwise 0–100 (scores).
std::string BarChart(const std::string& caption, const std::vector<Bar>& bars, bool percent) {
  const int width = 760, label_w = 250, bar_w = 380, row_h = 28, top = 10, axis_h = 26;
  const int rows = static_cast<int>(bars.size());
  const int plot_h = std::max(rows, 1) * row_h;
  const int height = top + plot_h + axis_h;
  std::ostringstream o;
  o << "<figure class=\"chart\">\n<svg viewBox=\"0 0 " << width << ' ' << height
    << "\" width=\"100%\" role=\"img\" aria-label=\"" << Esc(caption) << "\" preserveAspectRatio=\"xMinYMin meet\">\n"
    << "<title>" << Esc(caption) << "</title>\n";
  for (int t = 0; t <= 4; ++t) {
    const int x = label_w + bar_w * t / 4;
    o << "<line x1=\"" << x << "\" y1=\"" << top << "\" x2=\"" << x << "\" y2=\"" << top + plot_h
      << "\" class=\"grid\"/>\n"
      << "<text x=\"" << x << "\" y=\"" << top + plot_h + 18 << "\" text-anchor=\"middle\" font-size=\"11\" class=\"tick\">"
      << t * 25 << (percent ? "%" : "") << "</text>\n";
  }
  if (bars.empty()) {
    o << "<text x=\"" << label_w + 8 << "\" y=\"" << top + row_h / 2 << "\" dy=\"0.35em\" font-size=\"12\" class=\"na\">无数据</text>\n";
  }
  for (int i = 0; i < rows; ++i) {
    const Bar& b = bars[static_cast<size_t>(i)];
    const int y = top + i * row_h;
    const int cy = y + row_h / 2;
    o << "<g>\n<title>" << Esc(b.tooltip.empty() ? b.label : b.tooltip) << "</title>\n"
      << "<text x=\"" << label_w - 10 << "\" y=\"" << cy << "\" dy=\"0.35em\" text-anchor=\"end\" font-size=\"13\" class=\"label\">"
      << Esc(Shorten(b.label, 17)) << "</text>\n";
    if (b.value) {
      const double v = std::clamp(*b.value, 0.0, 1.0);
      const double w = std::max(v * bar_w, v > 0 ? 2.0 : 0.0);
      o << "<rect x=\"" << label_w << "\" y=\"" << y + 5 << "\" width=\"" << Fixed(w, 1) << "\" height=\""
        << row_h - 10 << "\" rx=\"3\" fill=\"" << BarColor(v) << "\"/>\n"
        << "<text x=\"" << Fixed(label_w + w + 8, 1) << "\" y=\"" << cy << "\" dy=\"0.35em\" font-size=\"12\" class=\"value\">"
        << Esc(b.text) << "</text>\n";
    } else {
      o << "<text x=\"" << label_w + 8 << "\" y=\"" << cy << "\" dy=\"0.35em\" font-size=\"12\" class=\"na\">"
        << Esc(b.text.empty() ? "无数据" : b.text) << "</text>\n";
    }
    o << "</g>\n";
  }
  o << "</svg>\n<figcaption>" << Esc(caption) << "</figcaption>\n</figure>\n";
  return o.str();
}

std::string Fraction(int part, int whole) { return std::to_string(part) + "/" + std::to_string(whole); }

constexpr const char* kStyle = R"css(
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f4f6f9; color: #1f2933;
       font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC",
                    "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
       font-size: 15px; line-height: 1.6; }
main { max-width: 1120px; margin: 0 auto; padding: 24px 28px 48px; background: #fff;
       box-shadow: 0 0 12px rgba(0,0,0,.06); }
header.report { border-bottom: 3px solid #b91c1c; padding-bottom: 12px; margin-bottom: 20px; }
h1 { font-size: 26px; margin: 4px 0 6px; letter-spacing: 2px; color: #7f1d1d; text-align: center; }
.subtitle { text-align: center; color: #52606d; margin: 0; }
.meta { text-align: center; color: #7b8794; font-size: 13px; margin: 4px 0 0; }
.warning { text-align: center; color: #8a4b00; background: #fff4e0; border: 1px solid #f0c36d; border-radius: 4px; padding: 6px 10px; margin: 10px auto 0; max-width: 900px; font-size: 14px; }
h2 { font-size: 20px; border-left: 5px solid #b91c1c; padding-left: 10px; margin: 32px 0 12px; }
h3 { font-size: 17px; margin: 0 0 8px; }
h4 { font-size: 15px; margin: 16px 0 6px; color: #3e4c59; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin-bottom: 12px; }
.card { flex: 1 1 150px; border: 1px solid #d9e2ec; border-radius: 8px; padding: 12px 14px; background: #fafbfc; }
.card .k { color: #52606d; font-size: 13px; }
.card .v { font-size: 26px; font-weight: 700; color: #102a43; }
.card .s { color: #7b8794; font-size: 12px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; font-size: 14px; }
th, td { border: 1px solid #d9e2ec; padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: #f0f4f8; font-weight: 600; white-space: nowrap; }
td.n, th.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.scroll { overflow-x: auto; }
table.metrics td:nth-child(1), table.metrics td:nth-child(2), table.ranking td:nth-child(2),
table.findings td:nth-child(1), table.findings td:nth-child(3), table.findings td:nth-child(4) { white-space: nowrap; }
table.ranking { font-size: 13px; }
table.ranking th, table.ranking td { padding: 4px 6px; }
table.ranking th { white-space: normal; vertical-align: bottom; }
tbody tr:nth-child(even) { background: #fafbfc; }
.good { color: #276749; } .fair { color: #2c5282; } .warn { color: #c05621; } .bad { color: #c53030; font-weight: 600; }
.na { color: #9aa5b1; }
.code { color: #7b8794; font-size: 12px; font-weight: 400; font-family: ui-monospace, Menlo, Consolas, monospace; }
.badge { display: inline-block; min-width: 54px; text-align: center; border-radius: 12px; padding: 0 8px;
         font-weight: 700; color: #fff; }
.badge.good { background: #2f855a; color: #fff; } .badge.fair { background: #2b6cb0; color: #fff; }
.badge.warn { background: #c05621; color: #fff; } .badge.bad { background: #c53030; color: #fff; }
figure.chart { margin: 8px 0 16px; border: 1px solid #d9e2ec; border-radius: 8px; padding: 8px 8px 4px; }
figure.chart figcaption { text-align: center; color: #52606d; font-size: 13px; }
svg .grid { stroke: #e4e7eb; stroke-width: 1; }
svg .tick { fill: #7b8794; font-size: 11px; }
svg .label { fill: #243b53; font-size: 13px; }
svg .value { fill: #243b53; font-size: 12px; font-weight: 600; }
svg .na { fill: #9aa5b1; font-size: 12px; }
section.dept { border: 1px solid #d9e2ec; border-radius: 8px; padding: 14px 16px; margin: 14px 0; }
section.dept h3 .badge { margin-left: 8px; font-size: 14px; }
p.ok { color: #276749; margin: 6px 0; }
p.note, .note { color: #7b8794; font-size: 13px; }
a { color: #2b6cb0; text-decoration: none; }
a:hover { text-decoration: underline; }
footer { margin-top: 32px; border-top: 1px solid #d9e2ec; padding-top: 10px; color: #7b8794; font-size: 12px; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { background: #fff; font-size: 12px; }
  table.ranking { font-size: 10px; }
  main { box-shadow: none; max-width: none; padding: 0; }
  section.dept, figure.chart { break-inside: avoid; }
  a { color: inherit; }
}
)css";

// The cells of one department's key metrics (ranking table).
void RankingRow(std::ostringstream& o, const DepartmentInspection& d) {
  const govshare::SupervisionRates& r = d.rates;
  auto rate = [&](const SupervisionRate& x) {
    o << "<td class=\"n " << RateClass(Shown(x)) << "\">" << Pct(Shown(x)) << "</td>";
  };
  o << "<tr><td class=\"n\">" << d.rank << "</td><td><a href=\"#" << Anchor(d) << "\">" << Esc(d.department_name)
    << "</a></td><td class=\"n\"><span class=\"badge " << RateClass(d.score / 100.0) << "\">" << Fixed(d.score, 1)
    << "</span></td><td class=\"n\">" << d.entries << "</td>";
  o << "<td class=\"n\">" << Pct(Shown(r.sharing)) << "</td>";
  rate(r.completeness);
  rate(r.accuracy);
  rate(r.updates);
  rate(r.publication);
  rate(r.freshness);
  rate(r.timeliness);
  const int overdue = d.steps_overdue_now + d.obligations_overdue_now;
  o << "<td class=\"n" << (overdue ? " bad" : "") << "\">" << overdue << "</td><td class=\"n\">" << d.findings.size()
    << "</td></tr>\n";
}

// A department's (or the city's) metrics table.
void MetricsTable(std::ostringstream& o, const DepartmentInspection& d) {
  const govshare::SupervisionRates& r = d.rates;
  auto row = [&](const char* clause, const char* metric, const std::string& figures, const SupervisionRate& rate) {
    o << "<tr><td>" << clause << "</td><td>" << metric << "</td><td>" << figures << "</td><td class=\"n "
      << RateClass(Shown(rate)) << "\">" << Pct(Shown(rate)) << "</td></tr>\n";
  };
  o << "<table class=\"metrics\">\n<thead><tr><th>条款</th><th>检查内容</th><th>情况</th><th class=\"n\">比率</th></tr></thead>\n<tbody>\n";
  row("第三十一条（一）", "目录完整性",
      "已发布目录 " + std::to_string(d.entries) + " 条，要素完整 " + std::to_string(d.complete_entries) +
          " 条；信息项 " + std::to_string(d.items) + " 项，有描述 " + std::to_string(d.described_items) + " 项",
      r.completeness);
  row("第八条", "共享属性",
      "共享（无条件、有条件） " + std::to_string(d.shared_entries) + " 条，不予共享 " +
          std::to_string(d.not_shared_entries) + " 条（有法律依据 " + std::to_string(d.not_shared_with_basis) + " 条）",
      r.sharing);
  row("第三十一条（二）（六）", "内容准确性",
      "异议经核实更正 " + std::to_string(d.objections_upheld) + " 件（按时 " +
          std::to_string(d.corrections_on_time) + " 件），不成立 " + std::to_string(d.objections_rejected) +
          " 件，待核实 " + std::to_string(d.objections_open) + " 件；退回目录应修改 " +
          std::to_string(d.revisions_due) + " 件（按时 " + std::to_string(d.revisions_on_time) + " 件，逾期未改 " +
          std::to_string(d.revisions_overdue_now) + " 件）",
      r.accuracy);
  row("第三十一条（三）", "目录及时更新",
      "期内到期 " + std::to_string(d.obligations_due) + " 项，按时完成 " + std::to_string(d.obligations_on_time) +
          " 项，逾期未完成 " + std::to_string(d.obligations_overdue_now) + " 项；年度普查" +
          (d.census_done ? "已完成" : "未完成"),
      r.updates);
  row("第三十一条（四）", "资源对接发布",
      "共享目录 " + std::to_string(d.shared_entries) + " 条，已对接发布 " + std::to_string(d.connected_entries) + " 条",
      r.publication);
  row("第三十一条（五）", "按周期更新",
      "已对接 " + std::to_string(d.connected_entries) + " 条，未按周期更新 " + std::to_string(d.stale_entries) + " 条",
      r.freshness);
  row("第三十一条（七）", "审批授权时效",
      "受理、授权审核期内办结 " + std::to_string(d.steps_completed) + " 件（按时 " + std::to_string(d.steps_on_time) +
          " 件），逾期未办 " + std::to_string(d.steps_overdue_now) + " 件",
      r.timeliness);
  row("第三十二条", "信息化项目",
      "项目 " + std::to_string(d.projects) + " 个，符合要求 " + std::to_string(d.projects_compliant) + " 个",
      r.projects);
  o << "</tbody>\n</table>\n";
}

// The statutory steps per kind (only kinds with something to show).
void StepsTable(std::ostringstream& o, const DepartmentInspection& d) {
  bool any = false;
  for (const auto& s : d.steps) any = any || s.completed || s.overdue_now;
  if (!any) {
    o << "<p class=\"note\">本期无需办理的法定环节。</p>\n";
    return;
  }
  o << "<table class=\"steps\">\n<thead><tr><th>法定环节</th><th class=\"n\">办结</th><th class=\"n\">按时</th>"
       "<th class=\"n\">逾期未办</th><th class=\"n\">按时率</th></tr></thead>\n<tbody>\n";
  for (const auto& s : d.steps) {
    if (!s.completed && !s.overdue_now) continue;
    const auto rate = Shown(s.on_time_rate);
    o << "<tr><td>" << Esc(govshare::ChineseLabel(s.kind)) << "</td><td class=\"n\">" << s.completed
      << "</td><td class=\"n\">" << s.on_time << "</td><td class=\"n" << (s.overdue_now ? " bad" : "") << "\">"
      << s.overdue_now << "</td><td class=\"n " << RateClass(rate) << "\">" << Pct(rate) << "</td></tr>\n";
  }
  o << "</tbody>\n</table>\n";
}

void FindingsTable(std::ostringstream& o, const DepartmentInspection& d) {
  o << "<h4>发现的问题（" << d.findings.size() << "）</h4>\n";
  if (d.findings.empty()) {
    o << "<p class=\"ok\">本期未发现问题。</p>\n";
    return;
  }
  o << "<table class=\"findings\">\n<thead><tr><th>条款</th><th>《条例》责任条款</th><th>整改情形</th><th>对象</th>"
       "<th>问题</th></tr></thead>\n<tbody>\n";
  for (const auto& f : d.findings) {
    o << "<tr><td>" << Esc(f.clause) << "</td><td>"
      << Esc(f.liability.empty() ? "—" : f.liability + " " + f.liability_zh) << "</td><td>"
      << Esc(Ground(f.a33_ground)) << "</td><td class=\"code\">" << Esc(f.object.empty() ? "—" : f.object)
      << "</td><td>" << Esc(f.message_zh) << "</td></tr>\n";
  }
  o << "</tbody>\n</table>\n";
}

void WriteFile(const std::filesystem::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
  out.close();
  if (!out) throw govshare::IoError("cannot write " + path.string());
}

}  // namespace

std::string InspectionReportJson(const InspectionReport& report) {
  ojson j;
  j["title"] = kTitle;
  j["period"] = {{"from", report.from.ToIso()}, {"to", report.to.ToIso()}};
  j["generated_at"] = report.generated_at.ToIso();
  j["calendar_version"] = report.calendar_version;
  j["rules"] = report.rules;
  j["calendar_warning"] = report.calendar_warning;
  const auto& w = report.weights;
  j["weights"] = {{"completeness", w.completeness}, {"accuracy", w.accuracy}, {"updates", w.updates},
                  {"publication", w.publication},   {"freshness", w.freshness}, {"timeliness", w.timeliness}};
  j["city"] = DepartmentJson(report.city, true);
  ojson departments = ojson::array();
  for (const auto& d : report.departments) departments.push_back(DepartmentJson(d, false));
  j["departments"] = std::move(departments);
  return j.dump(2) + "\n";
}

std::string InspectionReportHtml(const InspectionReport& report) {
  const DepartmentInspection& city = report.city;
  const std::string period = report.from.ToIso() + " 至 " + report.to.ToIso();
  const int findings = FindingCount(report);
  int notice_findings = 0;
  for (const auto& d : report.departments) {
    for (const auto& f : d.findings) notice_findings += f.a33_ground > 0 ? 1 : 0;
  }
  std::ostringstream o;
  o << "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
    << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    << "<meta name=\"generator\" content=\"govshare " << Esc(govshare::Version()) << "\">\n"
    << "<title>" << kTitle << "（" << Esc(period) << "）</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n<main>\n";

  // Title.
  o << "<header class=\"report\">\n<h1>" << kTitle << "</h1>\n"
    << "<p class=\"subtitle\">检查期间：" << Esc(period) << "</p>\n"
    << "<p class=\"meta\">依据" << Esc(RulesCited(report)) << "第三十一条至第三十三条（监督考核），"
    << "各项法定时限按行为发生之日施行的规定计算"
    << " · 生成时间 " << Esc(report.generated_at.ToIso()) << " · 工作日历 " << Esc(report.calendar_version)
    << "</p>\n";
  if (!report.calendar_warning.empty()) {
    o << "<p class=\"warning\" role=\"alert\">⚠ " << Esc(report.calendar_warning) << "</p>\n";
  }
  o << "</header>\n";

  // City summary.
  o << "<section id=\"city\">\n<h2>一、全市概况</h2>\n<div class=\"cards\">\n";
  auto card = [&](const std::string& k, const std::string& v, const std::string& s, const char* cls) {
    o << "<div class=\"card\"><div class=\"k\">" << Esc(k) << "</div><div class=\"v " << cls << "\">" << Esc(v)
      << "</div><div class=\"s\">" << Esc(s) << "</div></div>\n";
  };
  card("已发布目录", std::to_string(city.entries) + " 条",
       "信息项 " + std::to_string(city.items) + " 项，要素完整 " + std::to_string(city.complete_entries) + " 条", "");
  card("共享比例", Pct(Shown(city.rates.sharing)),
       "共享 " + std::to_string(city.shared_entries) + " 条，不予共享 " + std::to_string(city.not_shared_entries) + " 条",
       "");
  card("审批授权按时率", Pct(Shown(city.rates.timeliness)),
       "按时 " + Fraction(city.steps_on_time, city.steps_completed + city.steps_overdue_now) + "（办结与逾期未办）",
       RateClass(Shown(city.rates.timeliness)));
  const int overdue_now = city.steps_overdue_now + city.obligations_overdue_now + city.revisions_overdue_now;
  card("当前逾期", std::to_string(overdue_now) + " 件",
       "审批授权 " + std::to_string(city.steps_overdue_now) + " 件，目录更新 " +
           std::to_string(city.obligations_overdue_now) + " 项，退回目录修改 " +
           std::to_string(city.revisions_overdue_now) + " 件",
       overdue_now ? "bad" : "good");
  card("数据使用", "访问决策 " + std::to_string(city.decisions) + " 次",
       "允许 " + std::to_string(city.decisions_allowed) + "，拒绝 " + std::to_string(city.decisions_refused) + "；交付 " +
           std::to_string(city.deliveries) + " 次；比对 " + std::to_string(city.comparisons) + " 次（一致 " +
           std::to_string(city.comparisons_matched) + "）",
       "");
  card("全市得分", Fixed(city.score, 1), std::to_string(report.departments.size()) + " 个部门的平均分",
       RateClass(city.score / 100.0));
  card("发现问题", std::to_string(findings) + " 个", "其中可通知整改 " + std::to_string(notice_findings) + " 个",
       findings ? "warn" : "good");
  o << "</div>\n";
  MetricsTable(o, city);
  o << "</section>\n";

  // Ranking.
  o << "<section id=\"ranking\">\n<h2>二、部门排名</h2>\n"
    << "<div class=\"scroll\">\n<table class=\"ranking\">\n<thead><tr><th class=\"n\">排名</th><th>部门</th><th class=\"n\">得分</th>"
       "<th class=\"n\">目录</th><th class=\"n\">共享比例</th><th class=\"n\">要素完整</th><th class=\"n\">内容准确</th>"
       "<th class=\"n\">目录更新</th><th class=\"n\">对接发布</th><th class=\"n\">按周期更新</th>"
       "<th class=\"n\">按时办理</th><th class=\"n\">当前逾期</th><th class=\"n\">问题</th></tr></thead>\n<tbody>\n";
  for (const auto& d : report.departments) RankingRow(o, d);
  if (report.departments.empty()) o << "<tr><td colspan=\"13\" class=\"na\">无部门</td></tr>\n";
  o << "</tbody>\n</table>\n</div>\n<p class=\"note\">比率为“—”表示本期无可衡量的内容，该项不计入得分。</p>\n</section>\n";

  // Charts.
  o << "<section id=\"charts\">\n<h2>三、图表</h2>\n";
  std::vector<Bar> scores, on_time, kinds;
  for (const auto& d : report.departments) {
    scores.push_back({d.department_name, d.score / 100.0, Fixed(d.score, 1),
                      d.department_name + "：得分 " + Fixed(d.score, 1) + "，第 " + std::to_string(d.rank) + " 名"});
    const auto t = Shown(d.rates.timeliness);
    const int judged = d.steps_completed + d.steps_overdue_now;
    on_time.push_back({d.department_name, t, t ? Pct(t) + " (" + Fraction(d.steps_on_time, judged) + ")" : "无数据",
                       d.department_name + "：按时 " + std::to_string(d.steps_on_time) + " 件，办结 " +
                           std::to_string(d.steps_completed) + " 件，逾期未办 " + std::to_string(d.steps_overdue_now) +
                           " 件"});
  }
  for (const auto& s : city.steps) {
    const auto t = Shown(s.on_time_rate);
    const std::string label = govshare::ChineseLabel(s.kind);
    kinds.push_back({label, t, t ? Pct(t) + " (" + Fraction(s.on_time, s.completed + s.overdue_now) + ")" : "无数据",
                     label + "：办结 " + std::to_string(s.completed) + " 件，按时 " + std::to_string(s.on_time) +
                         " 件，逾期未办 " + std::to_string(s.overdue_now) + " 件"});
  }
  o << BarChart("图1 各部门得分", scores, false)
    << BarChart("图2 各部门法定环节按时办理率（第三十一条（七））", on_time, true)
    << BarChart("图3 全市各类法定环节按时办理率", kinds, true);
  o << "</section>\n";

  // Per department.
  o << "<section id=\"departments\">\n<h2>四、各部门检查情况</h2>\n";
  for (const auto& d : report.departments) {
    o << "<section class=\"dept\" id=\"" << Anchor(d) << "\">\n<h3>第 " << d.rank << " 名 · " << Esc(d.department_name)
      << " <span class=\"code\">" << Esc(d.department_code) << "</span><span class=\"badge "
      << RateClass(d.score / 100.0) << "\">" << Fixed(d.score, 1) << " 分</span></h3>\n";
    MetricsTable(o, d);
    StepsTable(o, d);
    FindingsTable(o, d);
    o << "</section>\n";
  }
  o << "</section>\n";

  // Scoring model.
  const auto& w = report.weights;
  o << "<section id=\"method\">\n<h2>五、评分方法</h2>\n"
    << "<p>每项指标为 0–1 的比率；得分 = 100 × Σ（权重 × 比率）÷ Σ 权重，只计本期有可衡量内容的指标，"
       "保留一位小数；要素完整一项始终计入（未发布目录即目录不完整，比率为 0），没有计入的指标时得分为 0。部门按得分排名（同分按统一社会信用代码），全市得分为各部门得分的平均值。</p>\n"
    << "<table class=\"weights\">\n<thead><tr><th>指标</th><th>条款</th><th class=\"n\">权重</th></tr></thead>\n<tbody>\n"
    << "<tr><td>要素完整</td><td>第三十一条（一）</td><td class=\"n\">" << Num(w.completeness) << "</td></tr>\n"
    << "<tr><td>内容准确</td><td>第三十一条（二）（六）</td><td class=\"n\">" << Num(w.accuracy) << "</td></tr>\n"
    << "<tr><td>目录更新</td><td>第三十一条（三）</td><td class=\"n\">" << Num(w.updates) << "</td></tr>\n"
    << "<tr><td>对接发布</td><td>第三十一条（四）</td><td class=\"n\">" << Num(w.publication) << "</td></tr>\n"
    << "<tr><td>按周期更新</td><td>第三十一条（五）</td><td class=\"n\">" << Num(w.freshness) << "</td></tr>\n"
    << "<tr><td>按时办理</td><td>第三十一条（七）</td><td class=\"n\">" << Num(w.timeliness) << "</td></tr>\n"
    << "</tbody>\n</table>\n</section>\n";

  o << "<footer>由 govshare " << Esc(govshare::Version()) << " 生成于 " << Esc(report.generated_at.ToIso())
    << "；同目录下的 report.json 含全部数据。</footer>\n</main>\n</body>\n</html>\n";
  return o.str();
}

ReportFiles WriteInspectionReport(const InspectionReport& report, const std::string& dir) {
  namespace fs = std::filesystem;
  const fs::path base(dir);
  std::error_code ec;
  fs::create_directories(base, ec);
  if (ec || !fs::is_directory(base)) {
    throw govshare::IoError("cannot create directory " + dir + (ec ? ": " + ec.message() : ""));
  }
  ReportFiles files{(base / "report.json").string(), (base / "report.html").string()};
  WriteFile(files.json, InspectionReportJson(report));
  WriteFile(files.html, InspectionReportHtml(report));
  return files;
}

std::vector<std::string> CitySummaryLines(const InspectionReport& report) {
  const DepartmentInspection& c = report.city;
  return {
      "目录 " + std::to_string(c.entries) + " 条，共享比例 " + Pct(Shown(c.rates.sharing)) + "，已对接资源 " +
          Fraction(c.connected_entries, c.shared_entries) + "，更新不及时 " + std::to_string(c.stale_entries),
      "审批授权（A21–A23，N21）按时 " + Fraction(c.steps_on_time, c.steps_completed + c.steps_overdue_now) + "（" +
          Pct(Shown(c.rates.timeliness)) + "；办结 " + std::to_string(c.steps_completed) + " 件，逾期未办 " +
          std::to_string(c.steps_overdue_now) + " 件）；数据纠错 " + std::to_string(c.objections_upheld) + " 件",
      "访问决策 " + std::to_string(c.decisions) + " 次（允许 " + std::to_string(c.decisions_allowed) + "，拒绝 " +
          std::to_string(c.decisions_refused) + "），交付 " + std::to_string(c.deliveries) + " 次，比对 " +
          std::to_string(c.comparisons) + " 次（一致 " + std::to_string(c.comparisons_matched) + "）",
  };
}

std::string InspectionSummary(const InspectionReport& report) {
  const DepartmentInspection& city = report.city;
  std::ostringstream o;
  o << "检查期间 period " << report.from.ToIso() << ".." << report.to.ToIso() << ": 部门 departments "
    << report.departments.size() << ", 全市得分 city score " << Fixed(city.score, 1) << ", 按时率 on time "
    << Pct(Shown(city.rates.timeliness)) << ", 当前逾期 overdue now " << city.steps_overdue_now + city.obligations_overdue_now
    << ", 问题 findings " << FindingCount(report);
  if (!report.departments.empty()) {
    const auto& best = report.departments.front();
    o << ", 第一 best " << best.department_name << " " << Fixed(best.score, 1);
  }
  return o.str();
}

}  // namespace govshare_cli
