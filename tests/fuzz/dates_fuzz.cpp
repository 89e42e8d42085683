// Fuzzes date and date-time parsing (date.h, calendar.h): ISO dates and
// Asia/Shanghai date-times; what parses must print back as it reads.
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = govshare::fuzz::Text(data, size);
  govshare::fuzz::Refusable([&] {
    const govshare::Date d = govshare::Date::FromIso(text);
    if (govshare::Date::FromIso(d.ToIso()) != d) std::abort();
  });
  govshare::fuzz::Refusable([&] {
    const govshare::LocalDateTime t = govshare::LocalDateTime::FromIso(text);
    if (!(govshare::LocalDateTime::FromIso(t.ToIso()) == t)) std::abort();
  });
  return 0;
}
