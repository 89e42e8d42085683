// govshare demo: seeds a realistic Nantong — the Big Data Bureau, municipal
// departments, three county platforms, users in every role, more than 60
// catalog entries — and plays August to early November 2026 on the simulated
// clock, across National Day: catalog reviews (a rejection, a revision), an
// obligation after a law revision and the annual census, applications through
// every path (provider, platform, provider-to-platform; a late provider, a
// refusal, a form the bureau does not accept, one submitted on the eve of
// National Day), a demand request fulfilled by a publication, an objection
// with correction notices, a dispute, a withdrawal, county catalog imports,
// daily access decisions with masking and comparisons, refresh reports, an
// expiry and a non-use revocation, projects, an inspection with a
// rectification escalated to a written notice. Then it prints the supervision
// summary and writes the full report.
//
// The play is one class (demo_play.h) whose phases are defined one file per
// phase; this file runs it and keeps the simulated clock.
#include "demo.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iomanip>

#include "govshare/govshare.h"
#include "demo_play.h"

namespace govshare_cli {
namespace demo_play {

using namespace govshare;

int Demo::Run() {
  const auto started = std::chrono::steady_clock::now();
  Open();
  SeedCity();
  SeedCatalog();
  PlayAugust();
  PlaySeptember();
  PlayOctober();
  PlayNovember();
  PlayWinter();
  Report();
  p_->Close();
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  out_ << "\n完成：" << std::fixed << std::setprecision(1) << s << " 秒。"
       << (IsServerDatabase(o_.db) ? "平台数据库 " : "平台文件 ") << RedactedPath(o_.db) << "，报告 " << report_html_
       << "\n";
  return 0;
}

// ---- printing ----------------------------------------------------------------------------

void Demo::Phase(const std::string& title) { out_ << "\n== " << title << " ==\n"; }

void Demo::Say(const std::string& line) { out_ << "  " << p_->Now().date.ToIso() << "  " << line << "\n"; }

void Demo::Progress(const std::string& what, size_t done, size_t total) {
  if (done == total || done % std::max<size_t>(1, total / 4) == 0) {
    out_ << "  … " << what << " " << done << "/" << total << "\n";
  }
}

// ---- the simulated clock -----------------------------------------------------------------

// Moves the clock to `iso`, living every working day in between (refresh
// reports, access decisions, comparisons).
void Demo::At(const char* iso) {
  const LocalDateTime t = LocalDateTime::FromIso(std::string(iso) + "+08:00");
  const int first = p_->Now().date.DaysSinceEpoch() + 1, last = t.date.DaysSinceEpoch() - 1;
  if (first <= last) Live(Date::FromDaysSinceEpoch(first), Date::FromDaysSinceEpoch(last));
  p_->SetTime(t);
}

// Every working day: providers report refreshes, consumers use their data.
void Demo::Live(const Date& first, const Date& last) {
  auto cal = p_->calendar();
  const std::vector<std::string> lazy = {"stats", "land", "petition"};  // they never report refreshes
  int worked = 0;
  for (int day = first.DaysSinceEpoch(); day <= last.DaysSinceEpoch(); ++day) {
    const Date date = Date::FromDaysSinceEpoch(day);
    if (!cal->IsWorkingDay(date, true)) continue;  // predicted where a year is not loaded
    p_->SetTime({date, 9, 0, 0});
    for (const auto& [id, key] : provider_key_) {
      if (std::find(lazy.begin(), lazy.end(), key) != lazy.end()) continue;
      if (rng_() % 5 == 0) continue;  // not every resource every day
      p_->supervision().ReportRefresh(key + ".op", id);
    }
    p_->SetTime({date, 10, 30, 0});
    Decisions();
    ++worked;
  }
  p_->SetTime({last, 18, 0, 0});
  if (worked >= 5) out_ << "  … " << last.ToIso() << "：日常数据交换 " << worked << " 个工作日（更新报告、访问决策、比对）\n";
}

void Demo::Decisions() {
  static const std::string kRecord =
      R"([{"姓名":"张三","公民身份号码":"320613198506151232","户籍地址":"江苏省南通市崇川区和平桥街道工农路17号"},)"
      R"({"姓名":"李四","公民身份号码":"32068219660912517X","户籍地址":"江苏省南通市如皋市如城街道解放路8号"}])";
  for (int i = 0; i < 40; ++i) {
    AccessRequest r;
    r.user_id = "civil.op";
    r.entry_id = household_;
    r.items = {"姓名", "公民身份号码", "户籍地址"};
    r.purpose = "低保核对 NT2026-" + std::to_string(1000 + decisions_);
    const AccessDecision d = p_->access().Decide(r);
    ++decisions_;
    if (d.allowed && i == 0) last_filtered_ = p_->access().Filter(d, kRecord);
  }
  // Comparison only (A8 数据比对): 人社局 checks names against ID numbers.
  for (int i = 0; i < 5; ++i) {
    AccessRequest r;
    r.user_id = "hrss.op";
    r.entry_id = identity_;
    r.purpose = "社保卡申领 SB2026-" + std::to_string(comparisons_);
    p_->access().Compare(r, {{"姓名", i % 4 ? "张三" : "张山"}, {"公民身份号码", "320613198506151232"}},
                         R"({"姓名":"张三","公民身份号码":"320613198506151232"})");
    ++comparisons_;
  }
  // A department without an authorization is refused, and it is logged.
  AccessRequest stray;
  stray.user_id = "finance.op";
  stray.entry_id = household_;
  stray.items = {"姓名"};
  stray.purpose = "未经授权的尝试";
  p_->access().Decide(stray);  // refused: logged, and counted by the inspection
}

}  // namespace demo_play

int RunDemo(const DemoOptions& options, std::ostream& out, std::ostream& err) {
  namespace fs = std::filesystem;
  const bool server = govshare::IsServerDatabase(options.db);
  if (server) {
    // A server database is not the demo's to empty: it plays into an empty
    // database or schema (Platform::Initialize refuses a platform there).
    if (options.force) {
      err << "govshare demo: --force recreates a SQLite file; it does not empty a PostgreSQL database "
          << "(name an empty schema: options=-csearch_path%3D…)\n";
      return 2;
    }
  } else if (fs::exists(options.db)) {
    if (!options.force) {
      err << "govshare demo: " << options.db << " exists; run `govshare demo --force` to recreate it "
          << "(or --db another file)\n";
      return 2;
    }
    out << options.db << " exists: recreating it (--force)\n";
  }
  out << "govshare demo: 南通市政务数据共享交换平台，2026 年 8 月至 2027 年 2 月（模拟时钟），"
         "依《政务数据共享条例》及南通市实施细则运行\n"
      << (server ? "平台数据库：" : "平台文件：") << govshare::RedactedPath(options.db) << "\n";
  try {
    demo_play::Demo demo(options, out);
    return demo.Run();
  } catch (const govshare::Error& e) {
    err << "govshare demo: " << e.what() << "\n";
    return 2;
  }
}

}  // namespace govshare_cli
