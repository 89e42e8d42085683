// Fuzzes the catalog JSON reader (json.h): a catalog file and a single entry,
// then writes back what was read and reads it again (a round trip that must hold).
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = govshare::fuzz::Text(data, size);
  govshare::fuzz::Refusable([&] {
    const govshare::Catalog c = govshare::CatalogFromJson(text);
    const govshare::Catalog again = govshare::CatalogFromJson(govshare::CatalogToJson(c));
    if (govshare::CatalogToJson(again) != govshare::CatalogToJson(c)) std::abort();  // not a fixed point
  });
  govshare::fuzz::Refusable([&] { govshare::EntryFromJson(text); });
  return 0;
}
