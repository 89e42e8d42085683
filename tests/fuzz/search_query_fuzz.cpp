// Fuzzes catalog search (search.h): arbitrary query text (any bytes, any
// UTF-8) and paging over the small city's published entry; every hit must
// contain every word, as SQL LIKE would find it.
#include "fuzz_util.h"

namespace {

struct Fixture {
  std::shared_ptr<govshare::Platform> p = govshare::fuzz::SeededCity();
  Fixture() { govshare::testing::PublishAndGrantToCivil(*p); }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Fixture f;
  if (size < 2) return 0;
  govshare::SearchQuery q;
  q.text = govshare::fuzz::Text(data + 2, size - 2);
  q.offset = data[0] % 4;
  q.limit = data[1] % 8;
  govshare::fuzz::Refusable([&] { (void)f.p->catalog().Search("civil.op", q); });
  return 0;
}
