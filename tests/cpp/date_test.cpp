#include <gtest/gtest.h>

#include "govshare/date.h"
#include "govshare/error.h"

namespace govshare {
namespace {

TEST(DateTest, ParsesAndFormatsIso) {
  const Date d = Date::FromIso("2026-10-01");
  EXPECT_EQ(d.year, 2026);
  EXPECT_EQ(d.month, 10);
  EXPECT_EQ(d.day, 1);
  EXPECT_EQ(d.ToIso(), "2026-10-01");
}

TEST(DateTest, RefusesImpossibleDays) {
  EXPECT_THROW(Date::FromIso("2023-02-29"), InvalidArgumentError);
  EXPECT_THROW(Date::FromIso("2026-02-30"), InvalidArgumentError);
  EXPECT_THROW(Date::FromIso("2026-13-01"), InvalidArgumentError);
  EXPECT_NO_THROW(Date::FromIso("2024-02-29"));  // leap year
}

// The bindings' constructors build dates through Date::Of, so an impossible
// day fails where it is written, naming the day, not later in an operation.
TEST(DateTest, OfRefusesADayThatDoesNotExistNamingIt) {
  EXPECT_EQ(Date::Of(2024, 2, 29), (Date{2024, 2, 29}));
  try {
    Date::Of(2026, 2, 30);
    FAIL() << "2026-02-30 was accepted";
  } catch (const InvalidArgumentError& e) {
    EXPECT_STREQ(e.what(), "date 2026-02-30 does not exist: February 2026 has 28 days");
  }
  EXPECT_EQ((Date{2026, 13, 1}.Problem()), "month 13 is outside 1..12");
  EXPECT_EQ((Date{0, 1, 1}.Problem()), "year 0 is outside 1..9999");
  EXPECT_EQ((Date{2026, 4, 31}.Problem()), "2026-04-31 does not exist: April 2026 has 30 days");
  EXPECT_EQ((Date{2026, 4, 30}.Problem()), "");
}

TEST(DateTest, RefusesMalformedText) {
  for (const char* bad : {"2026-1-01", "20261001", "2026/10/01", "2026-10-0a", "", "2026-10-011"}) {
    EXPECT_THROW(Date::FromIso(bad), InvalidArgumentError) << bad;
  }
}

TEST(DateTest, DaysSinceEpochRoundTrips) {
  EXPECT_EQ((Date{1970, 1, 1}.DaysSinceEpoch()), 0);
  EXPECT_EQ((Date{2020, 1, 1}.DaysSinceEpoch()), 18262);
  for (int d = -1000; d < 30000; d += 7) {
    EXPECT_EQ(Date::FromDaysSinceEpoch(d).DaysSinceEpoch(), d);
  }
}

TEST(DateTest, DayNumbersRefuseInvalidDatesAndRanges) {
  EXPECT_THROW((Date{2026, 2, 30}.DaysSinceEpoch()), InvalidArgumentError);
  EXPECT_THROW(Date::FromDaysSinceEpoch(3000000), InvalidArgumentError);
  EXPECT_THROW(Date::FromDaysSinceEpoch(-800000), InvalidArgumentError);
  EXPECT_EQ(Date::FromDaysSinceEpoch(2932896), (Date{9999, 12, 31}));
  EXPECT_EQ(Date::FromDaysSinceEpoch(-719162), (Date{1, 1, 1}));
}

TEST(DateTest, OrdersChronologically) {
  EXPECT_LT((Date{2025, 12, 31}), (Date{2026, 1, 1}));
  EXPECT_FALSE((Date{2026, 1, 1}) < (Date{2026, 1, 1}));
  EXPECT_EQ(DaysInMonth(2100, 2), 28);
  EXPECT_EQ(DaysInMonth(2000, 2), 29);
}

}  // namespace
}  // namespace govshare
