// Fuzzes a whole-catalog validation (validation.h): every rule on every
// entry of whatever catalog the reader accepts, and each entry on its own.
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  govshare::fuzz::Refusable([&] {
    const govshare::Catalog c = govshare::CatalogFromJson(govshare::fuzz::Text(data, size));
    const auto findings = govshare::ValidateCatalog(c);
    (void)govshare::FindingsToJson(findings);
    for (const auto& e : c.entries) (void)govshare::HasErrors(govshare::Validate(e));
  });
  return 0;
}
