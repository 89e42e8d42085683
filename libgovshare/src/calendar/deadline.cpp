// Deadlines (docs/calendar.md): date-times in Asia/Shanghai, weekdays, month
// arithmetic (民法典 art. 202) and WorkdayCalendar::ComputeDeadline (arts.
// 201–203: the event day is not counted, the last day ends at 24:00 or at the
// close of office hours, a period in calendar days or months rolls forward to
// a working day).
#include "calendar/calendar_impl.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace govshare {

using calendar_detail::CheckDate;
using calendar_detail::DayNumber;
using calendar_detail::FloorDiv;
using calendar_detail::kMonday;

// ---- LocalDateTime -------------------------------------------------------------

bool LocalDateTime::IsValid() const {
  if (!date.IsValid()) return false;
  if (hour == 24) return minute == 0 && second == 0;
  return hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60;
}

std::string LocalDateTime::ToIso() const {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02d+08:00", date.ToIso().c_str(), hour, minute,
                second);
  return buf;
}

LocalDateTime LocalDateTime::FromIso(const std::string& text) {
  LocalDateTime t;
  t.date = Date::FromIso(text.substr(0, 10));
  if (text.size() == 10) return t;
  std::string rest = text.substr(10);
  auto fail = [&]() -> LocalDateTime {
    throw InvalidArgumentError("date-time \"" + text +
                               "\" must be YYYY-MM-DD[THH:MM[:SS]][+08:00] (Asia/Shanghai)");
  };
  if (rest.size() >= 6 && rest.compare(rest.size() - 6, 6, "+08:00") == 0) {
    rest.resize(rest.size() - 6);
  } else if (!rest.empty() && (rest.back() == 'Z' || rest.find('+') != std::string::npos ||
                               rest.find('-') != std::string::npos)) {
    fail();
  }
  if ((rest.size() != 6 && rest.size() != 9) || (rest[0] != 'T' && rest[0] != ' ') || rest[3] != ':') {
    fail();
  }
  auto two = [&](size_t pos) {
    if (!isdigit(static_cast<unsigned char>(rest[pos])) ||
        !isdigit(static_cast<unsigned char>(rest[pos + 1])))
      fail();
    return (rest[pos] - '0') * 10 + (rest[pos + 1] - '0');
  };
  t.hour = two(1);
  t.minute = two(4);
  if (rest.size() == 9) {
    if (rest[6] != ':') fail();
    t.second = two(7);
  }
  if (!t.IsValid()) fail();
  return t;
}

LocalDateTime LocalDateTime::FromUnixSeconds(std::int64_t seconds) {
  // 0001-01-01T00:00+08:00 .. 9999-12-31T23:59:59+08:00
  constexpr int64_t kMin = -62135596800LL - 8 * 3600;
  constexpr int64_t kMax = 253402300799LL - 8 * 3600;
  if (seconds < kMin || seconds > kMax) {
    throw InvalidArgumentError("unix time " + std::to_string(seconds) + " is outside the years 1..9999");
  }
  const int64_t local = seconds + 8 * 3600;
  const int64_t days = FloorDiv(local, 86400);
  const int64_t secs = local - days * 86400;
  LocalDateTime t;
  t.date = Date::FromDaysSinceEpoch(static_cast<int>(days));
  t.hour = static_cast<int>(secs / 3600);
  t.minute = static_cast<int>(secs / 60 % 60);
  t.second = static_cast<int>(secs % 60);
  return t;
}

bool LocalDateTime::operator<(const LocalDateTime& o) const {
  if (!(date == o.date)) return date < o.date;
  return hour * 3600 + minute * 60 + second < o.hour * 3600 + o.minute * 60 + o.second;
}

std::int64_t LocalDateTime::ToUnixSeconds() const {
  if (!IsValid()) throw InvalidArgumentError("date-time " + ToIso() + " is not valid");
  return static_cast<int64_t>(DayNumber(date)) * 86400 + hour * 3600 + minute * 60 + second -
         8 * 3600;
}

// ---- weekdays, months ----------------------------------------------------------

int Weekday(const Date& date) {
  CheckDate(date, "date");
  return static_cast<int>(((DayNumber(date) - kMonday) % 7 + 7) % 7) + 1;
}

Date AddMonths(const Date& date, int months) {
  CheckDate(date, "date");
  const int64_t index = static_cast<int64_t>(date.year) * 12 + (date.month - 1) + months;
  Date out;
  out.year = static_cast<int>(FloorDiv(index, 12));
  out.month = static_cast<int>(index - static_cast<int64_t>(out.year) * 12) + 1;
  if (out.year < 1 || out.year > 9999) {
    throw InvalidArgumentError("adding " + std::to_string(months) + " months to " + date.ToIso() +
                               " leaves the years 1..9999");
  }
  out.day = std::min(date.day, DaysInMonth(out.year, out.month));
  return out;
}

// ---- deadlines -----------------------------------------------------------------

Deadline WorkdayCalendar::ComputeDeadline(const LocalDateTime& event, const DeadlineRule& rule,
                                          const DeadlineOptions& options) const {
  if (!event.IsValid()) {
    throw InvalidArgumentError("event " + event.ToIso() + " is not a valid date-time");
  }
  if (rule.count < 1) {
    throw InvalidArgumentError("deadline rule count must be at least 1, got " +
                               std::to_string(rule.count));
  }
  if (options.office_close_minutes &&
      (*options.office_close_minutes < 1 || *options.office_close_minutes > 24 * 60)) {
    throw InvalidArgumentError("office_close_minutes must be 1..1440");
  }
  // The event day is not counted (民法典 art. 201); an event at 24:00 or, if
  // configured, after the close of office hours happens on the next day.
  int64_t base = DayNumber(event.date);
  const int event_minutes = event.hour * 60 + event.minute;
  if (event.hour == 24 || (options.office_close_minutes && options.after_close_counts_next_day &&
                           event_minutes >= *options.office_close_minutes)) {
    ++base;
  }
  const Date base_date = Date::FromDaysSinceEpoch(static_cast<int>(base));
  Date due;
  switch (rule.unit) {
    case DeadlineUnit::kWorkingDays:
      due = AddWorkingDays(base_date, rule.count, options.provisional);
      break;
    case DeadlineUnit::kCalendarDays:
    case DeadlineUnit::kMonths: {
      due = rule.unit == DeadlineUnit::kCalendarDays
                ? Date::FromDaysSinceEpoch(static_cast<int>(base + rule.count))
                : AddMonths(base_date, rule.count);
      if (options.roll_forward) due = NextWorkingDay(due, options.provisional);
      break;
    }
    default:
      throw InvalidArgumentError("unknown deadline unit");
  }
  Deadline out;
  out.provisional = impl_->Require(base, DayNumber(due), options.provisional);
  out.due.date = due;
  if (options.office_close_minutes) {
    out.due.hour = *options.office_close_minutes / 60;
    out.due.minute = *options.office_close_minutes % 60;
  } else {
    out.due.hour = 24;
  }
  out.calendar_version = out.provisional ? impl_->version + " + " + PredictionVersion() : impl_->version;
  return out;
}

Deadline WorkdayCalendar::ComputeDeadline(const LocalDateTime& event, const DeadlineRule& rule) const {
  return ComputeDeadline(event, rule, DeadlineOptions{});
}

}  // namespace govshare
