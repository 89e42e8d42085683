// Fuzzes the holiday-schedule year file (calendar.h ParseYearSchedule), and
// a calendar built with what it accepts answering a working-day deadline.
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  govshare::fuzz::Refusable([&] {
    const govshare::YearSchedule y = govshare::ParseYearSchedule(govshare::fuzz::Text(data, size), "fuzz");
    auto calendar = govshare::WorkdayCalendar::Builtin();
    calendar->LoadYear(y);
    const govshare::Date start{y.year, 1, 1};
    (void)calendar->AddWorkingDays(start, 15);
  });
  return 0;
}
