// Catalog benchmarks: validation, JSON import/export, catalog codes and
// credit-code checks, each next to a raw baseline.
//   build/ci/benchmarks/catalog_bench
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "govshare/govshare.h"

namespace {

std::string ReadSample() {
  std::ifstream in(GOVSHARE_SAMPLE, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const std::string& SampleText() {
  static const std::string text = ReadSample();
  return text;
}

const govshare::Catalog& Sample() {
  static const govshare::Catalog catalog = govshare::CatalogFromJson(SampleText());
  return catalog;
}

// Baseline: copying the entries is the floor for any per-entry work.
void BM_CopyCatalog(benchmark::State& state) {
  for (auto _ : state) {
    govshare::Catalog copy = Sample();
    benchmark::DoNotOptimize(copy);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(Sample().entries.size()));
}
BENCHMARK(BM_CopyCatalog);

void BM_ValidateEntry(benchmark::State& state) {
  const auto& entry = Sample().entries.front();
  for (auto _ : state) benchmark::DoNotOptimize(govshare::Validate(entry));
}
BENCHMARK(BM_ValidateEntry);

void BM_ValidateCatalog(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(govshare::ValidateCatalog(Sample()));
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(Sample().entries.size()));
}
BENCHMARK(BM_ValidateCatalog);

void BM_CatalogFromJson(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(govshare::CatalogFromJson(SampleText()));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(SampleText().size()));
}
BENCHMARK(BM_CatalogFromJson);

void BM_CatalogToJson(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(govshare::CatalogToJson(Sample()));
}
BENCHMARK(BM_CatalogToJson);

void BM_IsValidCreditCode(benchmark::State& state) {
  const std::string code = "91320612MA1W2K3L4P";
  for (auto _ : state) benchmark::DoNotOptimize(govshare::IsValidCreditCode(code));
}
BENCHMARK(BM_IsValidCreditCode);

void BM_NextCatalogCode(benchmark::State& state) {
  std::vector<std::string> codes;
  for (int i = 1; i <= state.range(0); ++i) {
    govshare::CatalogCode c;
    c.classification = {govshare::ResourceCategory::kBasic, "01", "001", ""};
    c.sequence = i;
    codes.push_back(govshare::FormatCatalogCode(c));
  }
  const govshare::Classification cls{govshare::ResourceCategory::kBasic, "01", "001", ""};
  for (auto _ : state) benchmark::DoNotOptimize(govshare::NextCatalogCode(codes, cls));
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_NextCatalogCode)->Range(8, 4096)->Complexity();

}  // namespace
