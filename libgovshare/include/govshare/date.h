// libgovshare — civil date value type.
#ifndef GOVSHARE_DATE_H_
#define GOVSHARE_DATE_H_

#include <string>

#include "govshare/export.h"

namespace govshare {

/// A proleptic Gregorian calendar date (no time, no zone). A default
/// constructed Date is 1970-01-01. Thread-compatible value type.
///
/// Python sees it as `govshare.Date` with `datetime.date` helpers; Java as
/// `org.govshare.Date` with `java.time.LocalDate` helpers.
struct GOVSHARE_EXPORT Date {
  int year = 1970;
  int month = 1;
  int day = 1;

  /// True when year/month/day name a real day (year 1..9999).
  bool IsValid() const;
  /// Empty when IsValid(); otherwise why not, in one short English line
  /// naming the day ("2026-02-30 does not exist: February 2026 has 28 days").
  std::string Problem() const;
  /// The date year-month-day; throws the invalid-argument error with
  /// Problem() when it does not exist. The bindings' constructors use it, so
  /// `govshare.Date(2026, 2, 30)` and `new Date(2026, 2, 30)` fail at once.
  static Date Of(int year, int month, int day);

  /// `YYYY-MM-DD`.
  std::string ToIso() const;

  /// Parses `YYYY-MM-DD` exactly. Throws the invalid-argument error naming
  /// the text when the form is wrong or the day does not exist (2026-02-30).
  static Date FromIso(const std::string& text);

  /// Days since 1970-01-01 (negative before). Throws the invalid-argument
  /// error when the date is not valid.
  int DaysSinceEpoch() const;
  /// Inverse of DaysSinceEpoch(). Throws the invalid-argument error outside
  /// the years 1..9999.
  static Date FromDaysSinceEpoch(int days);

  bool operator==(const Date& other) const {
    return year == other.year && month == other.month && day == other.day;
  }
  bool operator!=(const Date& other) const { return !(*this == other); }
  bool operator<(const Date& other) const;
};

/// Number of days in the given month (1..12) of the given year.
GOVSHARE_EXPORT int DaysInMonth(int year, int month);

}  // namespace govshare

#endif  // GOVSHARE_DATE_H_
