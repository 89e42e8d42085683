// Catalog search (issue 7, A20) at 10^5 published entries with realistic
// Chinese names built from a vocabulary: Platform::Search against a LIKE scan
// over the same documents, in the same run, for words of 1, 2, 3 and 4
// characters, with and without facets; the index build time; the file size.
//
//   ./build-release/benchmarks/search_bench                          10^5 entries
//   GOVSHARE_BENCH_SEARCH_ENTRIES=2000 ./…/search_bench              smoke (ctest -L bench)
//
// Seeding publishes every entry through the API (draft → submit → approve →
// publish) into a file under $TMPDIR (kept between runs: a file with the right
// count is reused). Every benchmark checks that the platform's total equals the
// LIKE scan's count for its word before timing. Counters: p50_us / p99_us of
// single calls; like_us the LIKE scan (count + first page of 20); speedup =
// like_us / p50_us.
#include <benchmark/benchmark.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "govshare/govshare.h"

namespace {

using namespace govshare;

constexpr char kBureau[] = "11320600MB1T01108B";
constexpr char kPolice[] = "11320600MB1T0101XP";

const std::vector<std::string> kPlaces = {"南通市", "崇川区", "通州区", "海门区", "如东县", "启东市", "如皋市", "海安市"};
const std::vector<std::string> kSubjects = {
    "人口", "户籍", "婚姻", "出生", "殡葬", "社会保险", "医疗保障", "住房公积金", "不动产", "企业", "个体工商户",
    "社会组织", "学校", "医疗机构", "药品", "食品", "生态环境", "空气质量", "水质", "道路交通", "机动车", "驾驶人",
    "保障性住房", "建筑施工", "城乡规划", "土地", "林业", "农业", "渔业", "税务", "财政", "审计", "统计", "信访",
    "司法", "律师", "公证", "消防", "应急", "气象", "水利", "电力", "燃气", "供水", "文化", "旅游", "体育", "教育",
    "科技", "知识产权", "市场监管", "产品质量", "价格", "投诉举报", "公共信用", "行政处罚", "行政许可", "财政补贴",
    "社会救助", "最低生活保障", "残疾人", "老年人", "退役军人", "就业", "失业", "养老", "工伤", "生育"};
const std::vector<std::string> kObjects = {"登记", "备案", "许可", "证照", "监测", "统计", "名录", "核验", "缴存",
                                           "参保", "变更", "注销", "年报", "检查", "处罚", "评价", "档案", "台账"};
const std::vector<std::string> kSuffixes = {"信息", "数据", "明细", "汇总", "目录"};
const std::vector<std::string> kItems = {"统一社会信用代码", "名称", "地址", "联系电话", "负责人", "登记日期",
                                         "状态", "类别", "金额（元）", "数量", "所属区县", "备注", "证件号码",
                                         "有效期", "发证机关", "审批部门", "更新时间", "经度", "纬度"};

std::size_t EntryCount() {
  const char* v = std::getenv("GOVSHARE_BENCH_SEARCH_ENTRIES");
  return v ? static_cast<std::size_t>(std::atol(v)) : 100000;
}

std::string ReadSample() {
  std::ifstream in(GOVSHARE_SAMPLE, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

CatalogEntry Synthetic(std::mt19937& rng, int i) {
  static const CatalogEntry base = [] {
    CatalogEntry e = CatalogFromJson(ReadSample()).entries.at(5);  // an unconditional, platform-granted entry
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

struct Fixture {
  std::string path;
  std::shared_ptr<Platform> platform;
  sqlite3* db = nullptr;  // a separate read-only connection for the LIKE scan
  double build_ms = 0;
  double file_mb = 0;
};

std::size_t Published(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return 0;
  }
  sqlite3_stmt* s = nullptr;
  std::size_t n = 0;
  if (sqlite3_prepare_v2(db, "SELECT count(*) FROM search_documents", -1, &s, nullptr) == SQLITE_OK &&
      sqlite3_step(s) == SQLITE_ROW) {
    n = static_cast<std::size_t>(sqlite3_column_int64(s, 0));
  }
  sqlite3_finalize(s);
  sqlite3_close(db);
  return n;
}

Fixture& Seeded() {
  static Fixture f = [] {
    Fixture x;
    const std::size_t n = EntryCount();
    const char* base = std::getenv("TMPDIR");
    x.path = std::string(base && *base ? base : "/tmp") + "/govshare-search-bench-" + std::to_string(n) + ".db";
    if (Published(x.path) != n) {
      for (const char* suffix : {"", "-wal", "-shm"}) std::remove((x.path + suffix).c_str());
      PlatformOptions o;
      o.path = x.path;
      o.durability = Durability::kNormal;
      auto p = Platform::Open(o);
      p->Initialize({kBureau, "南通市大数据管理局", DepartmentLevel::kBureau, ""},
                    {"admin", "王局", kBureau, {Role::kBureauAdmin}, true});
      p->AddUser("admin", {"reviewer", "李审", kBureau, {Role::kBureauReviewer}, true});
      p->AddDepartment("admin", {kPolice, "南通市公安局", DepartmentLevel::kMunicipal, ""});
      p->AddUser("admin", {"op", "张明", kPolice, {Role::kDeptOperator}, true});
      p->AddUser("admin", {"leader", "陈处", kPolice, {Role::kDeptLeader}, true});
      std::mt19937 rng(7);
      const auto t0 = std::chrono::steady_clock::now();
      for (std::size_t i = 0; i < n; ++i) {
        EntryRecord r = p->catalog().CreateDraft("op", Synthetic(rng, static_cast<int>(i)));
        r = p->catalog().Submit("op", r.id, r.row_version);
        r = p->catalog().Approve("reviewer", r.id, r.row_version);
        p->catalog().Publish("leader", r.id, r.row_version);
        if (i % 10000 == 9999) {
          std::fprintf(stderr, "seeded %zu entries (%.0f s)\n", i + 1,
                       std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
        }
      }
      p->Close();
    }
    PlatformOptions o;
    o.path = x.path;
    x.platform = Platform::Open(o);
    // The index is built on the first search.
    const auto t0 = std::chrono::steady_clock::now();
    SearchQuery warm;
    warm.limit = 1;
    warm.facets = false;
    x.platform->catalog().Search("admin", warm);
    x.build_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    sqlite3_open_v2(x.path.c_str(), &x.db, SQLITE_OPEN_READONLY, nullptr);
    struct stat st {};
    if (stat(x.path.c_str(), &st) == 0) x.file_mb = static_cast<double>(st.st_size) / (1 << 20);
    return x;
  }();
  return f;
}

// The LIKE scan: the count and the first page of 20 (name matches first).
std::pair<int, double> LikeScan(sqlite3* db, const std::string& word) {
  const auto t0 = std::chrono::steady_clock::now();
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(db, "SELECT count(*) FROM search_documents WHERE text LIKE ?1", -1, &s, nullptr);
  const std::string pattern = "%" + word + "%";
  sqlite3_bind_text(s, 1, pattern.c_str(), -1, SQLITE_TRANSIENT);
  int count = 0;
  if (sqlite3_step(s) == SQLITE_ROW) count = sqlite3_column_int(s, 0);
  sqlite3_finalize(s);
  sqlite3_prepare_v2(db,
                     "SELECT entry_id FROM search_documents WHERE text LIKE ?1 "
                     "ORDER BY (name LIKE ?1) DESC, entry_id LIMIT 20",
                     -1, &s, nullptr);
  sqlite3_bind_text(s, 1, pattern.c_str(), -1, SQLITE_TRANSIENT);
  while (sqlite3_step(s) == SQLITE_ROW) {
  }
  sqlite3_finalize(s);
  return {count, std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count()};
}

void BM_Search(benchmark::State& state, std::vector<std::string> words, bool facets) {
  Fixture& f = Seeded();
  std::vector<double> like_us;
  std::vector<double> us;
  std::vector<double> first_us;
  size_t w = 0;
  // Correctness first: the totals equal the LIKE counts. The first call of a
  // word also parses its hits' descriptions (later calls find them cached).
  for (const auto& word : words) {
    SearchQuery q;
    q.text = word;
    q.facets = facets;
    const auto t0 = std::chrono::steady_clock::now();
    const int total = f.platform->catalog().Search("admin", q).total;
    static std::set<std::pair<std::string, bool>> seen;  // Google Benchmark runs this function several times
    if (seen.insert({word, facets}).second) {
      first_us.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
    }
    const auto like = LikeScan(f.db, word);
    if (total != like.first) {
      state.SkipWithError(("total differs from LIKE for " + word).c_str());
      return;
    }
    like_us.push_back(like.second);
  }
  for (auto _ : state) {
    SearchQuery q;
    q.text = words[w++ % words.size()];
    q.facets = facets;
    const auto t0 = std::chrono::steady_clock::now();
    SearchResult r = f.platform->catalog().Search("admin", q);
    us.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
    benchmark::DoNotOptimize(r);
  }
  std::sort(us.begin(), us.end());
  std::sort(like_us.begin(), like_us.end());
  static std::map<std::string, double> first;  // kept from the first run of each benchmark
  std::sort(first_us.begin(), first_us.end());
  const std::string key = words.front() + (facets ? "+facets" : "");
  if (!first_us.empty()) first[key] = first_us[first_us.size() / 2];
  state.counters["first_call_us"] = first[key];
  const double p50 = us[us.size() / 2];
  state.counters["p50_us"] = p50;
  state.counters["p99_us"] = us[us.size() * 99 / 100];
  state.counters["like_us"] = like_us[like_us.size() / 2];
  state.counters["speedup"] = like_us[like_us.size() / 2] / p50;
  state.counters["entries"] = static_cast<double>(EntryCount());
  state.counters["build_ms"] = f.build_ms;
  state.counters["file_mb"] = f.file_mb;
}

const std::vector<std::string> k1 = {"婚", "税", "证", "药", "水"};
const std::vector<std::string> k2 = {"人口", "婚姻", "企业", "登记", "教育"};
const std::vector<std::string> k3 = {"公积金", "不动产", "残疾人", "海门区", "驾驶人"};
const std::vector<std::string> k4 = {"市场监管", "行政许可", "知识产权", "社会救助", "公共信用"};

BENCHMARK_CAPTURE(BM_Search, chars1, k1, false)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Search, chars2, k2, false)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Search, chars3, k3, false)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Search, chars4, k4, false)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Search, chars1_facets, k1, true)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Search, chars2_facets, k2, true)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Search, chars3_facets, k3, true)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Search, chars4_facets, k4, true)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
