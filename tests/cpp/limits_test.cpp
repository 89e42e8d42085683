// The input limits (govshare/limits.h; docs/security.md#input-limits): input
// past each limit is refused with an error naming the limit — sizes before
// parsing, nesting, strings and counts while parsing — and input at the limit
// is read.
#include <gtest/gtest.h>

#include <string>

#include "govshare/govshare.h"
#include "govshare/limits.h"
#include "test_util.h"

namespace govshare {
namespace {

template <typename Fn>
void RefusedNaming(Fn&& fn, const std::string& limit) {
  try {
    fn();
    ADD_FAILURE() << "not refused: " << limit;
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(limit), std::string::npos) << e.what();
  }
}

std::string Nested(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

std::string Repeated(const std::string& element, std::size_t n) {
  std::string out = "[";
  for (std::size_t i = 0; i < n; ++i) out += (i ? "," : "") + element;
  return out + "]";
}

TEST(InputLimitsTest, CatalogsAreReadUpToEachLimitAndRefusedPastIt) {
  RefusedNaming([] { CatalogFromJson(std::string(limits::kMaxCatalogBytes + 1, ' ')); }, "kMaxCatalogBytes");
  RefusedNaming([] { CatalogFromJson("{\"entries\": " + Nested(limits::kMaxJsonDepth) + "}"); }, "kMaxJsonDepth");
  // At the depth limit the reader goes on to its own rules (an entry is an object).
  try {
    CatalogFromJson("{\"entries\": " + Nested(limits::kMaxJsonDepth - 1) + "}");
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()).find("kMaxJsonDepth"), std::string::npos) << e.what();
  }
  RefusedNaming([] { CatalogFromJson(R"({"entries": [{"name": ")" + std::string(limits::kMaxStringBytes + 1, 'x') + "\"}]}"); },
                "kMaxStringBytes");
  RefusedNaming([] { CatalogFromJson("{\"entries\": " + Repeated("{}", limits::kMaxEntriesPerCatalog + 1) + "}"); },
                "kMaxEntriesPerCatalog");
  RefusedNaming([] { EntryFromJson("{\"items\": " + Repeated("{}", limits::kMaxItemsPerEntry + 1) + "}"); },
                "kMaxItemsPerEntry");
  RefusedNaming([] { EntryFromJson("{\"topics\": " + Repeated("\"x\"", limits::kMaxArrayElements + 1) + "}"); },
                "kMaxArrayElements");
  // The sample catalog is far inside every limit.
  EXPECT_GT(LoadCatalogFile(std::string(GOVSHARE_EXAMPLES_DATA_DIR) + "/catalog-sample.json").entries.size(), 0u);
}

// The small city with 民政局's grant, and its allowed decision on 姓名.
std::shared_ptr<Platform> CivilCity(AccessDecision& decision) {
  PlatformOptions o;
  o.path = testing::Store(":memory:");
  o.simulated_time = LocalDateTime::FromIso("2026-09-01T09:00:00+08:00");
  auto p = Platform::Open(o);
  testing::SeedCity(*p);
  AccessRequest r;
  r.user_id = "civil.op";
  r.entry_id = testing::PublishAndGrantToCivil(*p).first;
  r.items = {"姓名"};
  r.purpose = "低保核对";
  decision = p->access().Decide(r);
  return p;
}

TEST(InputLimitsTest, FilterBundlesAndYearFilesHaveTheirLimits) {
  AccessDecision d;
  auto p = CivilCity(d);
  ASSERT_TRUE(d.allowed);
  RefusedNaming([&] { p->access().Filter(d, Repeated("{}", limits::kMaxFilterRecords + 1)); }, "kMaxFilterRecords");
  RefusedNaming([&] { p->access().Filter(d, std::string(limits::kMaxFilterBytes + 1, ' ')); }, "kMaxFilterBytes");
  RefusedNaming([&] { p->access().Filter(d, "[{\"姓名\": " + Nested(limits::kMaxJsonDepth) + "}]"); }, "kMaxJsonDepth");
  EXPECT_EQ(p->access().Filter(d, Repeated("{\"姓名\": \"张三\"}", limits::kMaxFilterRecords)).size() > 0, true);
  RefusedNaming([&] { p->catalog().ImportFederationBundle("admin", std::string(limits::kMaxBundleBytes + 1, ' ')); },
                "kMaxBundleBytes");
  RefusedNaming([&] { p->catalog().ImportFederationBundle("admin", Nested(limits::kMaxJsonDepth + 1)); },
                "kMaxJsonDepth");
  RefusedNaming([] { ParseYearSchedule(std::string(limits::kMaxCalendarYearBytes + 1, '#'), "big"); },
                "kMaxCalendarYearBytes");
}

// Found by the fuzzer (tests/fuzz/regressions/filter_records/number-overflow):
// a number too large for a double made nlohmann/json throw out_of_range, which
// escaped Filter (and the catalog reader) as a foreign exception; it is the
// parse error now.
TEST(InputLimitsTest, ANumberTooLargeForADoubleIsTheParseError) {
  EXPECT_THROW(CatalogFromJson(R"({"entries": [], "x": 1e99999})"), ParseError);
  EXPECT_THROW(EntryFromJson(R"({"name": 222.2e2222220000000995173077})"), ParseError);
  EXPECT_THROW(ParseLocalRules(R"({"x": 1e99999})"), ParseError);
  AccessDecision d;
  auto p = CivilCity(d);
  EXPECT_THROW(p->access().Filter(d, "[{\"姓名\": 1e99999}]"), ParseError);
  EXPECT_THROW(p->access().Filter(d, "222.22222222222222222222e2222220000000995173077"), ParseError);
  EXPECT_THROW(p->catalog().ImportFederationBundle("admin", "{\"x\": 1e99999}"), ParseError);
}

}  // namespace
}  // namespace govshare
