// Shared by the benchmarks: how they seed a platform with realistic data —
// valid credit codes for synthetic departments, the bundled sample catalog,
// the sample's 户籍人口基本信息 as an unconditional platform-granted entry
// (access_bench.cpp, threading_bench.cpp) and entries named from a Chinese
// vocabulary (search_bench.cpp, threading_bench.cpp). Each benchmark target
// defines GOVSHARE_SAMPLE (benchmarks/CMakeLists.txt).
#ifndef GOVSHARE_BENCHMARKS_BENCH_SEED_H_
#define GOVSHARE_BENCHMARKS_BENCH_SEED_H_

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "govshare/govshare.h"

namespace govshare_bench {

using namespace govshare;

inline constexpr char kBureau[] = "11320600MB1T01108B";  // 南通市大数据管理局
inline constexpr char kPolice[] = "11320600MB1T0101XP";  // 南通市公安局

// A valid credit code for municipal body number n (GB 11714 organisation
// code inside, GB 32100 check character).
inline std::string CreditCode(int n) {
  std::string org = "MC";
  char digits[8];
  std::snprintf(digits, sizeof digits, "%06d", n);
  org += digits;
  static const int kW[8] = {3, 7, 9, 10, 5, 8, 4, 2};
  int s = 0;
  for (int i = 0; i < 8; ++i) {
    const char c = org[i];
    s += (c >= '0' && c <= '9' ? c - '0' : c - 'A' + 10) * kW[i];
  }
  const int r = 11 - s % 11;
  const char check = r == 10 ? 'X' : r == 11 ? '0' : static_cast<char>('0' + r);
  const std::string body = "11320600" + org + check;
  return body + CreditCodeCheckChar(body);
}

// The bundled sample catalog (examples/data/catalog-sample.json), read once.
inline const Catalog& Sample() {
  static const Catalog c = [] {
    std::ifstream in(GOVSHARE_SAMPLE, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return CatalogFromJson(s.str());
  }();
  return c;
}

// The sample's 户籍人口基本信息, made unconditional and platform-granted so the
// bureau grants every consumer.
inline CatalogEntry PopulationEntry(int i) {
  CatalogEntry e = Sample().entries.at(0);
  e.code.clear();
  e.name = "人口基本信息（" + std::to_string(i) + "）";
  e.share = ShareAttribute{};
  e.share.share_class = ShareClass::kUnconditional;
  e.share.methods = {ShareMethod::kApi};
  e.share.authorization_mode = AuthorizationMode::kPlatformDirect;
  e.open = OpenAttribute{};
  return e;
}

// The vocabulary of synthetic entry names.
inline const std::vector<std::string> kPlaces = {"南通市", "崇川区", "通州区", "海门区", "如东县", "启东市", "如皋市", "海安市"};
inline const std::vector<std::string> kSubjects = {
    "人口", "户籍", "婚姻", "出生", "殡葬", "社会保险", "医疗保障", "住房公积金", "不动产", "企业", "个体工商户",
    "社会组织", "学校", "医疗机构", "药品", "食品", "生态环境", "空气质量", "水质", "道路交通", "机动车", "驾驶人",
    "保障性住房", "建筑施工", "城乡规划", "土地", "林业", "农业", "渔业", "税务", "财政", "审计", "统计", "信访",
    "司法", "律师", "公证", "消防", "应急", "气象", "水利", "电力", "燃气", "供水", "文化", "旅游", "体育", "教育",
    "科技", "知识产权", "市场监管", "产品质量", "价格", "投诉举报", "公共信用", "行政处罚", "行政许可", "财政补贴",
    "社会救助", "最低生活保障", "残疾人", "老年人", "退役军人", "就业", "失业", "养老", "工伤", "生育"};
inline const std::vector<std::string> kObjects = {"登记", "备案", "许可", "证照", "监测", "统计", "名录", "核验", "缴存",
                                           "参保", "变更", "注销", "年报", "检查", "处罚", "评价", "档案", "台账"};
inline const std::vector<std::string> kSuffixes = {"信息", "数据", "明细", "汇总", "目录"};
inline const std::vector<std::string> kItems = {"统一社会信用代码", "名称", "地址", "联系电话", "负责人", "登记日期",
                                         "状态", "类别", "金额（元）", "数量", "所属区县", "备注", "证件号码",
                                         "有效期", "发证机关", "审批部门", "更新时间", "经度", "纬度"};

// An entry of 公安局 with a realistic Chinese name from the vocabulary.
inline CatalogEntry SyntheticEntry(std::mt19937& rng, int i) {
  static const CatalogEntry base = [] {
    CatalogEntry e = Sample().entries.at(5);  // an unconditional, platform-granted entry
    e.code.clear();
    e.related_codes.clear();
    return e;
  }();
  auto pick = [&](const std::vector<std::string>& v) -> const std::string& { return v[rng() % v.size()]; };
  CatalogEntry e = base;
  e.provider = {kPolice, "南通市公安局"};
  const std::string subject = pick(kSubjects);
  e.name = pick(kPlaces) + subject + pick(kObjects) + pick(kSuffixes) + "（" + std::to_string(i) + "）";
  e.summary = "本资源记录" + subject + pick(kObjects) + "相关" + pick(kSuffixes) + "，由" + pick(kPlaces) + "按" +
              pick(kObjects) + "业务汇集，用于" + pick(kSubjects) + "等部门履职。";
  e.topics = {subject, pick(kSubjects)};
  e.industry = i % 3 == 0 ? "公共管理、社会保障和社会组织" : i % 3 == 1 ? "卫生和社会工作" : "交通运输、仓储和邮政业";
  // Item names drawn from the vocabulary; unique within the entry.
  std::vector<DataItem> items;
  std::vector<std::string> names = kItems;
  std::shuffle(names.begin(), names.end(), rng);
  for (int k = 0; k < 6; ++k) {
    DataItem d = base.items.at(0);
    d.name = k == 0 ? subject + names[k] : names[k];
    d.type = DataType::kCharacter;
    d.length = 100;
    d.scale = 0;
    d.code_table.clear();
    d.personal_info = PersonalInfoKind::kNone;
    items.push_back(d);
  }
  e.items = items;
  e.dictionary.clear();
  return e;
}

// A platform with `n` published entries of 公安局 named from the vocabulary
// (SyntheticEntry, seed 7), each through draft → submit → approve → publish.
// Used by search_bench.cpp and postgres_bench.cpp (the same file is reused).
inline void PublishSyntheticEntries(Platform& p, std::size_t n) {
  p.Initialize({kBureau, "南通市大数据管理局", DepartmentLevel::kBureau, ""},
               {"admin", "王局", kBureau, {Role::kBureauAdmin}, true});
  p.AddUser("admin", {"reviewer", "李审", kBureau, {Role::kBureauReviewer}, true});
  p.AddDepartment("admin", {kPolice, "南通市公安局", DepartmentLevel::kMunicipal, ""});
  p.AddUser("admin", {"op", "张明", kPolice, {Role::kDeptOperator}, true});
  p.AddUser("admin", {"leader", "陈处", kPolice, {Role::kDeptLeader}, true});
  std::mt19937 rng(7);
  const auto t0 = std::chrono::steady_clock::now();
  for (std::size_t i = 0; i < n; ++i) {
    EntryRecord r = p.catalog().CreateDraft("op", SyntheticEntry(rng, static_cast<int>(i)));
    r = p.catalog().Submit("op", r.id, r.row_version);
    r = p.catalog().Approve("reviewer", r.id, r.row_version);
    p.catalog().Publish("leader", r.id, r.row_version);
    if (i % 10000 == 9999) {
      std::fprintf(stderr, "seeded %zu entries (%.0f s)\n", i + 1,
                   std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
  }
}

// A platform with `n` active authorizations (entries × consumers), seeded
// through the public API — apply → accept → grant for every one (~1–2 minutes
// for 10^5 on a file at NORMAL). Used by access_bench.cpp and
// postgres_bench.cpp.
struct Authorizations {
  std::vector<std::pair<std::string, std::int64_t>> pairs;  // (user, entry) of each
  std::vector<std::int64_t> ids;                             // its authorization id
  std::vector<std::string> items;                            // the items granted
};

// The application every seeded authorization comes from (entry_id to set).
inline ApplicationRequest BenchApplication(const std::vector<std::string>& items) {
  ApplicationRequest req;
  req.items = items;
  req.purpose = "基准测试";
  req.legal_duty = "基准测试";
  req.method = ShareMethod::kApi;
  req.valid_from = Date::FromIso("2026-09-01");
  req.valid_until = Date::FromIso("2027-08-31");
  req.scan = {"scan.pdf", std::string(64, 'a'), 1};
  return req;
}

// One Decide per iteration over `requests` (cycled), each timed on its own:
// counters p50_ns and p99_ns of single calls; the benchmark fails if one is
// refused. Each request is copied before its call is timed, as a caller has
// the request it just built in its cache (docs/threading.md).
inline void TimeDecides(benchmark::State& state, Platform& p, const std::vector<AccessRequest>& requests) {
  std::vector<double> ns;
  ns.reserve(1 << 20);
  std::size_t i = 0, allowed = 0;
  for (auto _ : state) {
    const AccessRequest request = requests[i++ % requests.size()];
    const auto t0 = std::chrono::steady_clock::now();
    AccessDecision d = p.access().Decide(request);
    const auto t1 = std::chrono::steady_clock::now();
    allowed += d.allowed;
    benchmark::DoNotOptimize(d);
    if (ns.size() < ns.capacity()) ns.push_back(std::chrono::duration<double, std::nano>(t1 - t0).count());
  }
  if (allowed != i) state.SkipWithError("a decision was refused");
  std::sort(ns.begin(), ns.end());
  if (!ns.empty()) {
    state.counters["p50_ns"] = ns[ns.size() / 2];
    state.counters["p99_ns"] = ns[ns.size() * 99 / 100];
  }
  state.SetItemsProcessed(state.iterations());
}

inline Authorizations SeedAuthorizations(Platform& p, std::size_t n) {
  Authorizations out;
  p.Initialize({kBureau, "南通市大数据管理局", DepartmentLevel::kBureau, ""},
               {"admin", "王局", kBureau, {Role::kBureauAdmin}, true});
  p.AddUser("admin", {"reviewer", "李审", kBureau, {Role::kBureauReviewer}, true});
  p.AddDepartment("admin", {kPolice, "南通市公安局", DepartmentLevel::kMunicipal, ""});
  p.AddUser("admin", {"police.op", "张明", kPolice, {Role::kDeptOperator}, true});
  p.AddUser("admin", {"police.leader", "陈处", kPolice, {Role::kDeptLeader}, true});
  const std::size_t entries = n >= 10000 ? 100 : 10;
  const std::size_t consumers = (n + entries - 1) / entries;
  std::vector<std::int64_t> entry_ids;
  for (std::size_t i = 0; i < entries; ++i) {
    EntryRecord r = p.catalog().CreateDraft("police.op", PopulationEntry(static_cast<int>(i)));
    r = p.catalog().Submit("police.op", r.id, r.row_version);
    r = p.catalog().Approve("reviewer", r.id, r.row_version);
    r = p.catalog().Publish("police.leader", r.id, r.row_version);
    entry_ids.push_back(r.id);
  }
  const CatalogEntry content = PopulationEntry(0);
  for (int i = 0; i < 2; ++i) out.items.push_back(content.items.at(static_cast<size_t>(i)).name);
  ApplicationRequest req = BenchApplication(out.items);
  for (std::size_t c = 0; c < consumers && out.ids.size() < n; ++c) {
    const std::string code = CreditCode(static_cast<int>(c + 1));
    const std::string user = "u" + std::to_string(c);
    p.AddDepartment("admin", {code, "南通市测试部门" + std::to_string(c), DepartmentLevel::kMunicipal, ""});
    p.AddUser("admin", {user, "经办人", code, {Role::kDeptOperator}, true});
    for (std::int64_t entry : entry_ids) {
      if (out.ids.size() == n) break;
      req.entry_id = entry;
      Application a = p.sharing().Apply(user, req);
      a = p.sharing().AcceptApplication("reviewer", a.id, a.row_version);
      a = p.sharing().GrantApplication("reviewer", a.id, a.row_version, {});
      out.pairs.emplace_back(user, entry);
      out.ids.push_back(a.authorization_id);
    }
  }
  return out;
}

}  // namespace govshare_bench

#endif  // GOVSHARE_BENCHMARKS_BENCH_SEED_H_
