// govshare demo, October to February and the report (demo_play.h): the
// applications after National Day, an expiry (A26), an inspection with a
// rectification escalated to a written notice (A33), a county re-import (A6),
// a non-use revocation (A26), deadlines across the year boundary before the
// 2027 holiday schedule is loaded (docs/calendar.md); then the supervision
// summary (A31), the full report and the audit check (A28).
#include <iomanip>
#include <sstream>
#include <string>

#include "govshare/govshare.h"
#include "demo_play.h"
#include "report.h"

namespace govshare_cli {
namespace demo_play {

using namespace govshare;

void Demo::PlayOctober() {
  Phase("十月：国庆假期后的办理、到期、监督整改（A21、A26、A33）");
  At("2026-10-08T09:30:00");
  holiday_ = p_->sharing().AcceptApplication("reviewer", holiday_.id, holiday_.row_version);
  Say(std::string("节后首个工作日完成受理（") + (holiday_.steps[0].on_time ? "按时" : "逾期") +
      "），住房公积金管理中心审核时限 " + holiday_.steps[1].due.due.date.ToIso() + "（" + holiday_.steps[1].article + "）");
  // A26: the 医保局 authorization ran until 09-30: expired; re-application needed.
  const auto expired = p_->sharing().ExpireAuthorizations("admin");
  Say("授权到期 " + std::to_string(expired.size()) + " 项，已通知使用部门重新申请（A26）");

  // A first inspection: August–September; the worst finding gets a rectification notice.
  At("2026-10-12T09:00:00");
  const InspectionReport first = p_->supervision().Inspect("admin", Date::FromIso("2026-08-01"), Date::FromIso("2026-09-30"));
  const DepartmentInspection& worst = first.departments.back();
  RectificationInput rn;
  rn.department_code = worst.department_code;
  rn.a33_ground = 2;
  rn.description = "八、九月监督检查发现：" +
                   (worst.findings.empty() ? std::string("目录与资源更新不及时") : worst.findings.front().message_zh);
  rn.working_days = 5;
  const Rectification rect = p_->supervision().IssueRectification("admin", rn);
  Say("对得分最低的" + worst.department_name + "（" + Score(worst.score) + " 分）发出整改通知，时限 " +
      rect.due.due.date.ToIso() + "（A33）");

  // Rugao revises its catalog: a re-import updates what changed (A6).
  At("2026-10-15T10:00:00");
  const FederationReport rep = ImportCounty("rugao", CatalogFromJson(kDemoSampleCatalog), 2);
  Say("如皋市目录再次汇聚：更新 " + std::to_string(rep.updated) + " 条，未变 " + std::to_string(rep.unchanged) + " 条（A6）");

  At("2026-10-22T09:00:00");
  const auto escalated = p_->supervision().EscalateRectifications("admin");
  if (!escalated.empty()) Say("整改逾期未完成，予以书面通报（A33）");
  At("2026-10-28T09:00:00");
  for (const auto& x : escalated) {
    p_->supervision().ResolveRectification("admin", x.id, x.row_version, "已补报数据更新并建立更新台账");
    Say("整改完成，大数据管理局确认（A33）");
  }
  At("2026-10-31T18:00:00");
}

void Demo::PlayNovember() {
  Phase("十一月：三个月未使用的授权（A26）");
  At("2026-11-09T09:00:00");
  const auto revocable = p_->sharing().RevocableForNonUse("market.leader", kMarket);
  for (const auto& z : revocable) {
    if (z.id != idle_) continue;
    p_->sharing().Revoke("market.leader", z.id, z.row_version, RevocationGround::kNonUse,
               "获得授权后超过三个月未使用，予以收回");
    Say("市场监管局收回人社局超过三个月未使用的授权（A26），人社局已收到通知");
  }
  p_->access().FlushUsageLog();
}

// docs/calendar.md: across the year boundary before the State Council's
// 2027 notice exists — nothing is refused, deadlines into 2027 are
// predicted and provisional — then the bureau loads a 2027 schedule (the
// example file, not an official notice) and the open ones are recomputed.
void Demo::PlayWinter() {
  Phase("十二月至次年二月：跨年期限（2027 年节假日安排尚未发布）");
  At("2026-12-01T09:00:00");
  const CalendarState st = p_->CalendarStatus("admin");
  if (st.next_year_missing) Say("平台提示大数据管理局：2027 年节假日安排尚未载入，跨年期限按法定节假日预测并标记为临时");

  At("2026-12-21T10:00:00");
  // A11: the 2026 census — each department reviews every published entry and
  // returns it, unchanged or revised; two departments do not by the year's end.
  int returned = 0, listed = 0, revised = 0;
  for (const auto& [key, code] : codes_) {
    if (key == "bureau" || key.find('.') != std::string::npos || key == "stats" || key == "land") continue;
    std::vector<CensusLine> lines;
    for (const auto& e : p_->catalog().Entries(key + ".op", code)) {
      if (!e.live || (e.status != EntryStatus::kPublished && e.status != EntryStatus::kWithdrawalRequested)) continue;
      const bool was_revised = e.id == household_;  // revised in August after the law revision
      lines.push_back({e.id, was_revised ? CensusOutcome::kRevised : CensusOutcome::kUnchanged, 0});
      revised += was_revised ? 1 : 0;
    }
    listed += static_cast<int>(lines.size());
    p_->catalog().ReturnCensus(key + ".op", code, 2026, lines);
    ++returned;
  }
  Say("2026 年度目录普查：" + std::to_string(returned) + " 个部门报送普查结果（" + std::to_string(listed) +
      " 条目录，其中已更新 " + std::to_string(revised) + " 条）；统计局、自然资源和规划局逾期未报（A11）");

  DemandRequestInput dr;
  dr.target_code = Code("edu");
  dr.description = "全市学前教育机构名录及在园幼儿人数";
  dr.items = {"机构名称", "在园幼儿人数"};
  dr.purpose = "学前教育事业统计";
  dr.scan = {"需求申请表（盖章）.pdf", "5c0e7a9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c", 96000};
  DemandRequest d = p_->sharing().SubmitDemand("stats.op", dr);
  d = p_->sharing().AnswerDemand("edu.leader", d.id, d.row_version,
                       {DemandAnswerKind::kWillPublish, "确属本部门职责，一个月内发布", ""});
  Say("教育局承诺发布统计局的新需求，期限 " + d.steps[1].due.due.date.ToIso() +
      (d.steps[1].due.provisional ? "（临时期限）" : "") + "（A25）");

  At("2026-12-24T10:00:00");
  Application a = p_->sharing().Apply("civil.op", Request(household_, {"姓名", "公民身份号码"}, "2027-12-31", "困难群众临时救助身份核验"));
  a = p_->sharing().AcceptApplication("reviewer", a.id, a.row_version);
  Say("民政局再次申请户籍人口基本信息，公安局授权审核期限 " + a.steps[1].due.due.date.ToIso() +
      (a.steps[1].due.provisional ? "（临时期限，元旦按法定节假日预测）" : "") + "（" + a.steps[1].article + "）");

  At("2027-01-25T10:00:00");
  RectificationInput notice;
  notice.department_code = Code("stats");
  notice.a33_ground = 5;
  notice.description = "统计年鉴数据长期未报告更新";
  notice.working_days = 5;
  const Rectification rect = p_->supervision().IssueRectification("admin", notice);
  Say("大数据管理局通知统计局整改，时限 " + rect.due.due.date.ToIso() + (rect.due.provisional ? "（临时期限）" : "") +
      "（A33）");

  At("2027-02-01T09:00:00");
  const CalendarLoadReport load = p_->LoadCalendarYear("admin", kDemoCalendar2027, "");
  int moved = 0;
  for (const auto& c : load.recomputed) moved += c.moved;
  Say("大数据管理局载入 2027 年节假日安排（示例文件，非正式通知）：重算临时期限 " +
      std::to_string(load.recomputed.size()) + " 项，调整 " + std::to_string(moved) + " 项");
  for (const auto& c : load.recomputed) {
    if (!c.moved) continue;
    out_ << "              " << c.object << "（" << c.what << "）" << c.before.due.date.ToIso() << " → "
         << c.after.due.date.ToIso() << (c.overdue ? "，已逾期" : "") << "\n";
  }
  p_->sharing().GrantApplication("police.leader", a.id, p_->sharing().GetApplication("police.leader", a.id).row_version, {});
  p_->access().FlushUsageLog();
}

std::string Demo::Score(double s) {
  std::ostringstream o;
  o << std::fixed << std::setprecision(1) << s;
  return o.str();
}

void Demo::Report() {
  Phase("监督检查（A31）：2026-08-01 至 2027-02-01");
  const InspectionReport r = p_->supervision().Inspect("auditor", Date::FromIso("2026-08-01"), Date::FromIso("2027-02-01"));
  const DepartmentInspection& c = r.city;
  out_ << "  依据：";
  for (size_t i = 0; i < r.rules.size(); ++i) out_ << (i ? "及" : "") << r.rules[i];
  out_ << "；各项法定时限按行为发生之日施行的规定\n";
  // Every figure from the inspection (one source: the report prints the same).
  for (const std::string& line : CitySummaryLines(r)) out_ << "  " << line << "\n";
  out_ << "  脱敏示例：" << Masked() << "\n";
  out_ << "  全市平均得分 " << Score(c.score) << "\n\n  排名  得分   部门\n";
  const size_t n = r.departments.size();
  for (size_t i = 0; i < n; ++i) {
    if (i >= 5 && i + 3 < n) {
      if (i == 5) out_ << "   …\n";
      continue;
    }
    const auto& d = r.departments[i];
    out_ << "  " << std::setw(4) << d.rank << "  " << std::setw(5) << Score(d.score) << "  " << d.department_name
         << (d.findings.empty() ? "" : "（问题 " + std::to_string(d.findings.size()) + " 项）") << "\n";
  }
  const auto paths = WriteInspectionReport(r, o_.report_dir);
  report_html_ = paths.html;
  out_ << "\n  完整报告：" << paths.html << "（" << paths.json << "）\n";
  const auto audit = p_->VerifyAudit("auditor");
  out_ << "  审计日志 " << audit.records << " 条（SM3 哈希链）" << (audit.intact ? "完整" : "被篡改！") << "（A28）\n";
}

std::string Demo::Masked() const {
  const auto at = last_filtered_.find("320613");
  if (at == std::string::npos) return "—";
  return last_filtered_.substr(at, 18);
}

}  // namespace demo_play
}  // namespace govshare_cli
