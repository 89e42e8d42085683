#include "govshare/date.h"

#include <cstdio>

#include "govshare/error.h"
#include "base/text.h"

namespace govshare {

namespace {
bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
}  // namespace

int DaysInMonth(int year, int month) {
  static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

bool Date::IsValid() const {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

std::string Date::Problem() const {
  static const char* const kMonths[12] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};
  if (year < 1 || year > 9999) return "year " + std::to_string(year) + " is outside 1..9999";
  if (month < 1 || month > 12) return "month " + std::to_string(month) + " is outside 1..12";
  const int last = DaysInMonth(year, month);
  if (day < 1 || day > last) {
    return ToIso() + " does not exist: " + kMonths[month - 1] + " " + std::to_string(year) + " has " +
           std::to_string(last) + " days";
  }
  return "";
}

Date Date::Of(int year, int month, int day) {
  Date d{year, month, day};
  if (std::string why = d.Problem(); !why.empty()) throw InvalidArgumentError("date " + why);
  return d;
}

std::string Date::ToIso() const {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

Date Date::FromIso(const std::string& text) {
  auto digits = [&](size_t pos, size_t n) {
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      v = v * 10 + (text[i] - '0');
    }
    return v;
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    throw InvalidArgumentError("date \"" + text + "\" must have the form YYYY-MM-DD");
  }
  Date d{digits(0, 4), digits(5, 2), digits(8, 2)};
  if (d.year < 0 || d.month < 0 || d.day < 0) {
    throw InvalidArgumentError("date \"" + text + "\" must have the form YYYY-MM-DD");
  }
  if (!d.IsValid()) {
    throw InvalidArgumentError("date \"" + text + "\" does not exist in the calendar");
  }
  return d;
}

// Howard Hinnant's days_from_civil / civil_from_days algorithms.
int Date::DaysSinceEpoch() const {
  if (!IsValid()) throw InvalidArgumentError("date " + ToIso() + " is not a calendar date");
  return internal::DaysFromCivil(year, month, day);
}

namespace internal {
int DaysFromCivil(int year, int month, int day) {
  int y = year - (month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int mp = month + (month > 2 ? -3 : 9);
  const int doy = (153 * mp + 2) / 5 + day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}
}  // namespace internal

Date Date::FromDaysSinceEpoch(int days) {
  // 0001-01-01 .. 9999-12-31
  if (days < -719162 || days > 2932896) {
    throw InvalidArgumentError("day number " + std::to_string(days) + " is outside the years 1..9999");
  }
  const int z = days + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  Date d;
  d.day = doy - (153 * mp + 2) / 5 + 1;
  d.month = mp + (mp < 10 ? 3 : -9);
  d.year = yoe + era * 400 + (d.month <= 2 ? 1 : 0);
  return d;
}

bool Date::operator<(const Date& o) const {
  if (year != o.year) return year < o.year;
  if (month != o.month) return month < o.month;
  return day < o.day;
}

}  // namespace govshare
