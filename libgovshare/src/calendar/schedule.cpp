// Year schedules (docs/calendar.md): the calendar text format (source, year
// and day lines), ParseYearSchedule's checks of one State Council notice
// against 《全国年节及纪念日放假办法》, and the calendar's loading: the
// built-in schedule, files, texts, years, schedules and local overrides.
#include "calendar/calendar_impl.h"

#include <cctype>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "base/digest.h"
#include "base/json_limits.h"

namespace govshare {

using calendar_detail::CheckDate;
using calendar_detail::DayNumber;
using calendar_detail::IsWeekendDay;
using calendar_detail::kFestivalNames;
using calendar_detail::Special;
using calendar_detail::StatutoryDays;

namespace {

// Parses calendar text into years, days and sources without touching the
// calendar; ParseError names the line.
struct Parsed {
  std::set<int> years;
  std::vector<std::pair<int, Special>> days;
  std::vector<std::string> sources;
};

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return out;
}

Parsed ParseCalendarText(const std::string& text, const std::string& name) {
  if (!internal::IsValidUtf8(text)) throw ParseError(name, "calendar text is not valid UTF-8");
  Parsed p;
  std::istringstream in(text);
  std::string line;
  int line_no = 0;
  std::set<int> seen_days;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::string where = name + ":" + std::to_string(line_no);
    if (line.empty() || line[0] == '#') continue;
    const auto f = SplitTabs(line);
    if (f[0] == "date") continue;  // header line of the shared table format
    if (f[0] == "source") {
      if (f.size() < 2 || f[1].empty()) throw ParseError(where, "source needs a name");
      p.sources.push_back(f[1]);
      continue;
    }
    if (f[0] == "year") {
      int y = 0;
      if (f.size() < 2 || f[1].size() != 4 || std::sscanf(f[1].c_str(), "%d", &y) != 1 || y < 1900 ||
          y > 2999) {
        throw ParseError(where, "year needs a four-digit year, e.g. \"year<TAB>2027\"");
      }
      p.years.insert(y);
      continue;
    }
    Date d;
    try {
      d = Date::FromIso(f[0]);
    } catch (const InvalidArgumentError& e) {
      throw ParseError(where, std::string("expected source, year or a date line: ") + e.what());
    }
    if (f.size() < 2 || (f[1] != "off" && f[1] != "work")) {
      throw ParseError(where, "the kind of " + f[0] + " must be \"off\" or \"work\"");
    }
    Special s;
    s.working = f[1] == "work";
    if (f.size() >= 3 && !f[2].empty()) {
      if (!internal::TryParseEnum(kFestivalNames, f[2], &s.festival)) {
        throw ParseError(where, "unknown festival \"" + f[2] + "\" (allowed: " +
                                    internal::AllowedNames(kFestivalNames) + ")");
      }
    }
    if (f.size() >= 4) s.reason = f[3];
    if (f.size() > 4) throw ParseError(where, "too many fields (date, kind, festival, reason)");
    if (s.festival == Festival::kLocal && s.reason.empty()) {
      throw ParseError(where, "a local adjustment needs a reason");
    }
    const int day = static_cast<int>(DayNumber(d));
    if (!seen_days.insert(day).second) throw ParseError(where, f[0] + " is listed twice");
    p.days.emplace_back(day, s);
  }
  return p;
}

std::string ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("cannot read calendar file \"" + path + "\"");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The canonical form and digest of a year's days (ParseYearSchedule,
// WorkdayCalendar::Schedule).
YearSchedule MakeSchedule(int year, const std::map<int, Special>& days, const std::vector<std::string>& sources) {
  YearSchedule out;
  out.year = year;
  out.sources = sources;
  std::string body = "year\t" + std::to_string(year) + "\n";
  for (const auto& [day, s] : days) {
    DayInfo info;
    info.date = Date::FromDaysSinceEpoch(day);
    info.working = s.working;
    info.festival = s.festival;
    info.reason = s.reason;
    info.kind = s.working ? (IsWeekendDay(day) ? DayKind::kAdjustedWorkday : DayKind::kWorkday) : DayKind::kHoliday;
    out.days.push_back(info);
    body += info.date.ToIso() + "\t" + (s.working ? "work" : "off") + "\t" + ToString(s.festival) +
            (s.reason.empty() ? "" : "\t" + s.reason) + "\n";
  }
  std::string head;
  for (const auto& src : sources) head += "source\t" + src + "\n";
  out.canonical_text = head + body;
  out.digest = internal::HexDigest(HashAlgorithm::kSha256, body);
  return out;
}

}  // namespace

YearSchedule ParseYearSchedule(const std::string& text, const std::string& name) {
  internal::RequireSize(text, limits::kMaxCalendarYearBytes, "a year file", "kMaxCalendarYearBytes");
  const Parsed p = ParseCalendarText(text, name);
  // Line numbers of the day lines, for the checks below.
  std::map<int, int> line_of;
  {
    std::istringstream in(text);
    std::string line;
    int line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      if (line.size() >= 10 && std::isdigit(static_cast<unsigned char>(line[0]))) {
        try {
          line_of[static_cast<int>(DayNumber(Date::FromIso(line.substr(0, 10))))] = line_no;
        } catch (const InvalidArgumentError&) {
        }
      }
    }
  }
  auto where = [&](int day) {
    auto it = line_of.find(day);
    return it == line_of.end() ? name : name + ":" + std::to_string(it->second);
  };
  if (p.years.size() != 1) {
    throw ParseError(name, "a year's schedule declares exactly one year (a \"year<TAB>YYYY\" line); found " +
                               std::to_string(p.years.size()));
  }
  const int year = *p.years.begin();
  std::map<int, Special> days(p.days.begin(), p.days.end());
  for (const auto& [day, s] : days) {
    const Date d = Date::FromDaysSinceEpoch(day);
    if (d.year != year) {
      throw ParseError(where(day), d.ToIso() + " is not in " + std::to_string(year) +
                                       " (a year's schedule lists the days of its own year; a date of another "
                                       "year changed by this notice is loaded as a correction of that year)");
    }
    if (s.festival == Festival::kNone) {
      throw ParseError(where(day), "the festival of " + d.ToIso() + " is required (allowed: " +
                                       internal::AllowedNames(kFestivalNames) + ")");
    }
  }
  const std::map<int, Festival> statutory = StatutoryDays(year);
  auto rest_anchor = [&](int day) { return !IsWeekendDay(day) || statutory.count(day) > 0; };
  for (const auto& [day, s] : days) {
    const Date d = Date::FromDaysSinceEpoch(day);
    if (s.festival == Festival::kLocal) continue;  // a city's own arrangement, with its reason
    if (s.working) {
      if (!IsWeekendDay(day)) {
        throw ParseError(where(day), d.ToIso() + " is a weekday: only a Saturday or Sunday can be made a working "
                                                 "day (调休上班)");
      }
      if (statutory.count(day)) {
        throw ParseError(where(day), d.ToIso() + " is a statutory holiday (《全国年节及纪念日放假办法》 art. 2) and "
                                                 "cannot be a working day");
      }
      continue;
    }
    if (rest_anchor(day)) continue;
    // A weekend day off belongs to a holiday period: the run of consecutive
    // days off around it must hold a weekday or a statutory day, or run over
    // the year's edge (2022-12-31 opened the 2023 元旦 period).
    bool anchored = false;
    for (int dir : {-1, 1}) {
      for (int x = day + dir;; x += dir) {
        if (Date::FromDaysSinceEpoch(x).year != year) {
          anchored = true;  // the period runs on into the next (or from the last) year
          break;
        }
        auto it = days.find(x);
        if (it == days.end() || it->second.working) break;
        if (rest_anchor(x)) {
          anchored = true;
          break;
        }
      }
      if (anchored) break;
    }
    if (!anchored) {
      throw ParseError(where(day), d.ToIso() + " is a Saturday or Sunday, a rest day already: \"off\" is only for a "
                                               "weekday, a statutory holiday or a weekend inside a holiday period");
    }
  }
  for (const auto& [day, fest] : statutory) {
    auto it = days.find(day);
    const bool rest = it == days.end() ? IsWeekendDay(day) : !it->second.working;
    if (!rest) {
      throw ParseError(name, Date::FromDaysSinceEpoch(day).ToIso() + " (" + ChineseLabel(fest) +
                                 ") is a statutory holiday (《全国年节及纪念日放假办法》 art. 2) but the schedule does "
                                 "not make it a rest day");
    }
  }
  return MakeSchedule(year, days, p.sources);
}

std::shared_ptr<WorkdayCalendar> WorkdayCalendar::Builtin() {
  auto cal = Empty();
  cal->LoadText(internal::kBuiltinCalendarData);
  return cal;
}

std::shared_ptr<WorkdayCalendar> WorkdayCalendar::FromFile(const std::string& path) {
  auto cal = Empty();
  cal->LoadFile(path);
  return cal;
}

void WorkdayCalendar::LoadText(const std::string& text) {
  const Parsed p = ParseCalendarText(text, "calendar");
  // Every day must fall in a covered year (already loaded or declared here).
  for (const auto& [day, s] : p.days) {
    const int y = Date::FromDaysSinceEpoch(day).year;
    if (!impl_->years.count(y) && !p.years.count(y)) {
      throw ParseError("calendar", Date::FromDaysSinceEpoch(day).ToIso() + " lies in " +
                                       std::to_string(y) +
                                       ", which is neither loaded nor declared by a year line");
    }
  }
  for (int y : p.years) impl_->years.insert(y);
  for (const auto& [day, s] : p.days) {
    if (s.festival == Festival::kLocal) ++impl_->overrides;
    impl_->special[day] = s;
  }
  for (const auto& src : p.sources) impl_->sources.push_back(src);
  impl_->Rebuild();
}

void WorkdayCalendar::LoadFile(const std::string& path) {
  const std::string text = ReadWholeFile(path);
  try {
    LoadText(text);
  } catch (const ParseError& e) {
    // Name the file instead of "calendar".
    std::string where = e.path();
    if (where.compare(0, 8, "calendar") == 0) where = path + where.substr(8);
    std::string msg = e.what();
    const size_t colon = msg.find(": ");
    throw ParseError(where, colon == std::string::npos ? msg : msg.substr(colon + 2));
  }
}

void WorkdayCalendar::AddYear(int year) {
  if (year < 1900 || year > 2999) {
    throw InvalidArgumentError("year must be 1900..2999, got " + std::to_string(year));
  }
  if (impl_->years.count(year)) {
    throw InvalidArgumentError("year " + std::to_string(year) + " is already loaded");
  }
  impl_->years.insert(year);
  impl_->Rebuild();
}

void WorkdayCalendar::LoadYear(const YearSchedule& schedule) {
  if (schedule.year < 1900 || schedule.year > 2999) {
    throw InvalidArgumentError("year must be 1900..2999, got " + std::to_string(schedule.year));
  }
  std::map<int, Special> days;
  for (const DayInfo& d : schedule.days) {
    CheckDate(d.date, "schedule day");
    if (d.date.year != schedule.year) {
      throw InvalidArgumentError("schedule day " + d.date.ToIso() + " is not in " + std::to_string(schedule.year));
    }
    Special s;
    s.working = d.working;
    s.festival = d.festival;
    s.reason = d.reason;
    days[static_cast<int>(DayNumber(d.date))] = s;
  }
  const int lo = static_cast<int>(DayNumber(Date{schedule.year, 1, 1}));
  const int hi = static_cast<int>(DayNumber(Date{schedule.year, 12, 31}));
  // Replace the year's days; keep its local overrides.
  for (auto it = impl_->special.lower_bound(lo); it != impl_->special.end() && it->first <= hi;) {
    if (it->second.festival == Festival::kLocal && !days.count(it->first)) {
      ++it;
    } else {
      it = impl_->special.erase(it);
    }
  }
  for (const auto& [day, s] : days) impl_->special[day] = s;
  impl_->years.insert(schedule.year);
  for (const auto& src : schedule.sources) {
    if (std::find(impl_->sources.begin(), impl_->sources.end(), src) == impl_->sources.end()) {
      impl_->sources.push_back(src);
    }
  }
  impl_->Rebuild();
}

YearSchedule WorkdayCalendar::Schedule(int year) const {
  if (!impl_->years.count(year)) {
    throw CalendarCoverageError(year, "year " + std::to_string(year) + " is not loaded");
  }
  const int lo = static_cast<int>(DayNumber(Date{year, 1, 1}));
  const int hi = static_cast<int>(DayNumber(Date{year, 12, 31}));
  std::map<int, Special> days(impl_->special.lower_bound(lo), impl_->special.upper_bound(hi));
  return MakeSchedule(year, days, impl_->sources);
}

void WorkdayCalendar::Override(const Date& date, bool working, const std::string& reason) {
  CheckDate(date, "override date");
  if (reason.empty()) throw InvalidArgumentError("an override needs a reason");
  if (!internal::IsValidUtf8(reason)) throw InvalidArgumentError("override reason is not valid UTF-8");
  if (!impl_->years.count(date.year)) {
    throw CalendarCoverageError(date.year, "cannot override " + date.ToIso() + ": year " +
                                               std::to_string(date.year) + " is not loaded");
  }
  Special s;
  s.working = working;
  s.festival = Festival::kLocal;
  s.reason = reason;
  impl_->special[static_cast<int>(DayNumber(date))] = s;
  ++impl_->overrides;
  impl_->Rebuild();
}

}  // namespace govshare
