// Access decisions at the data boundary (issue 6): Platform::Decide per call
// with 10^3, 10^4 and 10^5 active authorizations, usage logging off and on,
// and Platform::Filter on 10^5 records with 5 masked fields.
//
//   ./build-release/benchmarks/access_bench                       all sizes
//   GOVSHARE_BENCH_MAX_AUTHORIZATIONS=1000 ./…/access_bench       smoke (ctest -L bench)
//
// The platform is seeded through the public API (apply → accept → grant for
// every authorization; ~1–2 minutes for 10^5) on an in-memory store, then
// decisions are timed one by one with steady_clock (TimeDecides in
// bench_seed.h; each request copied before its call, as a caller has the
// request it just built in its cache): the counters p50_ns and
// p99_ns are the median and 99th percentile of single calls; items_per_second
// the throughput. Requests pick a random (consumer, entry) pair among the
// granted ones, with 2 items, at the platform's current time — every call
// checks validity against the time.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <random>
#include <sstream>
#include <string>

#include "bench_seed.h"
#include "govshare/govshare.h"

namespace {

using namespace govshare;
using namespace govshare_bench;





struct Fixture {
  std::shared_ptr<Platform> platform;
  std::vector<std::pair<std::string, std::int64_t>> pairs;  // (user, entry)
  std::vector<std::string> items;
};

std::size_t MaxAuthorizations() {
  const char* v = std::getenv("GOVSHARE_BENCH_MAX_AUTHORIZATIONS");
  return v ? static_cast<std::size_t>(std::atol(v)) : 100000;
}

// A platform with `n` active authorizations: entries × consumers.
Fixture& Seeded(std::size_t n, bool usage_log) {
  static std::map<std::pair<std::size_t, bool>, Fixture> cache;
  auto key = std::make_pair(n, usage_log);
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  cache.clear();  // one fixture at a time (memory)
  Fixture f;
  PlatformOptions o;
  // A file (the usage log is written by its background writer), NORMAL.
  const char* base = std::getenv("TMPDIR");
  o.path = std::string(base && *base ? base : "/tmp") + "/govshare-access-bench-" +
           std::to_string(usage_log) + "-" + std::to_string(n) + ".db";
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((o.path + suffix).c_str());
  o.durability = Durability::kNormal;
  o.simulated_time = LocalDateTime::FromIso("2026-09-01T09:00:00+08:00");
  o.usage_log = usage_log;
  f.platform = Platform::Open(o);
  Authorizations seeded = SeedAuthorizations(*f.platform, n);
  f.pairs = std::move(seeded.pairs);
  f.items = std::move(seeded.items);
  Platform& p = *f.platform;
  AccessRequest warm{f.pairs[0].first, f.pairs[0].second, f.items, ShareMethod::kApi, std::nullopt, "基准", false};
  if (!p.access().Decide(warm).allowed) throw std::runtime_error("seeded authorization refused");
  return cache.emplace(key, std::move(f)).first->second;
}

void BM_Decide(benchmark::State& state, bool usage_log) {
  const auto n = static_cast<std::size_t>(state.range(0));
  if (n > MaxAuthorizations()) {
    state.SkipWithError("skipped: GOVSHARE_BENCH_MAX_AUTHORIZATIONS");
    return;
  }
  Fixture& f = Seeded(n, usage_log);
  std::mt19937 rng(42);
  std::vector<AccessRequest> requests;
  for (int i = 0; i < 4096; ++i) {
    const auto& [user, entry] = f.pairs[rng() % f.pairs.size()];
    requests.push_back({user, entry, f.items, ShareMethod::kApi, std::nullopt, "办件 2026-0917", false});
  }
  TimeDecides(state, *f.platform, requests);
  state.counters["authorizations"] = static_cast<double>(f.pairs.size());
  f.platform->access().FlushUsageLog();
}
BENCHMARK_CAPTURE(BM_Decide, log_off, false)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kNanosecond);
BENCHMARK_CAPTURE(BM_Decide, log_on, true)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kNanosecond);

// Filter: 10^5 records of 6 items, 5 of them masked (ID number, name,
// address, birth date, ethnicity).
void BM_Filter(benchmark::State& state) {
  Fixture& f = Seeded(1000, false);
  Platform& p = *f.platform;
  const CatalogEntry content = PopulationEntry(0);
  std::vector<std::string> names;
  for (int i = 0; i < 6; ++i) names.push_back(content.items.at(static_cast<size_t>(i)).name);
  const std::int64_t entry = f.pairs[0].second;
  // 公民身份号码, 姓名, 性别, 民族, 出生日期, 户籍地址: all but 性别 masked.
  p.access().SetMaskingRules("police.op", entry,
                    {{names[0], PersonalInfoKind::kIdCard, -1, -1, false},
                     {names[1], PersonalInfoKind::kName, -1, -1, false},
                     {names[3], PersonalInfoKind::kOther, -1, -1, false},
                     {names[4], PersonalInfoKind::kOther, 4, 0, false},
                     {names[5], PersonalInfoKind::kAddress, -1, -1, false}});
  // Grant all six items to one consumer.
  ApplicationRequest req;
  req.entry_id = entry;
  req.items = names;
  req.purpose = req.legal_duty = "基准测试";
  req.valid_from = Date::FromIso("2026-09-01");
  req.valid_until = Date::FromIso("2027-08-31");
  req.scan = {"scan.pdf", std::string(64, 'a'), 1};
  Application a = p.sharing().Apply("u0", req);
  a = p.sharing().AcceptApplication("reviewer", a.id, a.row_version);
  p.sharing().GrantApplication("reviewer", a.id, a.row_version, {});
  const AccessDecision d = p.access().Decide({"u0", entry, names, ShareMethod::kApi, std::nullopt, "基准", false});
  int masked = 0;
  for (const auto& i : d.items) masked += i.treatment == ItemTreatment::kMasked;
  if (!d.allowed || masked != 5) {
    state.SkipWithError("the decision does not mask 5 items");
    return;
  }
  std::string records = "[";
  for (int r = 0; r < 100000; ++r) {
    char id[32];
    std::snprintf(id, sizeof id, "3206131985%08d", r);
    if (r) records += ",";
    records += std::string("{\"") + names[0] + "\":\"" + id + "\",\"" + names[1] + "\":\"张三丰\",\"" + names[2] +
               "\":\"1\",\"" + names[3] + "\":\"汉族\",\"" + names[4] + "\":\"1985-06-15\",\"" + names[5] +
               "\":\"江苏省南通市崇川区和平桥街道工农路" + std::to_string(r) + "号\"}";
  }
  records += "]";
  for (auto _ : state) {
    std::string out = p.access().Filter(d, records);
    benchmark::DoNotOptimize(out);
  }
  state.SetItemsProcessed(state.iterations() * 100000);
  state.counters["records"] = 100000;
}
BENCHMARK(BM_Filter)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
