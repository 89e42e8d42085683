// The prediction of unloaded years (docs/calendar.md): the festival table
// (data/calendar/cn-festival-dates.tsv, embedded) and the statutory holidays
// of 《全国年节及纪念日放假办法》 art. 2 that hang on it. A year whose State
// Council notice is not loaded is counted with these days in provisional mode.
#include "calendar/calendar_impl.h"

#include <cstdio>
#include <map>
#include <sstream>

namespace govshare {

namespace {

using calendar_detail::DayNumber;
using calendar_detail::Fnv1a;

// The dates the statutory holidays hang on, per year (data/calendar/
// cn-festival-dates.tsv, embedded): 除夕, 清明, 端午, 中秋.
struct FestivalYear {
  Date chuxi, qingming, duanwu, zhongqiu;
};

struct FestivalTable {
  std::map<int, FestivalYear> years;
  std::string version;
};

const FestivalTable& Festivals() {
  static const FestivalTable table = [] {
    FestivalTable t;
    std::istringstream in(internal::kFestivalData);
    std::string line;
    uint64_t h = 14695981039346656037ULL;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty() || line[0] == '#' || line.compare(0, 4, "year") == 0) continue;
      std::istringstream f(line);
      int year = 0;
      std::string a, b, c, d;
      f >> year >> a >> b >> c >> d;
      t.years[year] = FestivalYear{Date::FromIso(a), Date::FromIso(b), Date::FromIso(c), Date::FromIso(d)};
      h = Fnv1a(h, line);
    }
    char digest[17];
    std::snprintf(digest, sizeof digest, "%016llx", static_cast<unsigned long long>(h));
    t.version = std::string("predicted:") + internal::kFestivalDataName + "/" +
                (t.years.empty() ? std::string("none")
                                 : std::to_string(t.years.begin()->first) + "-" +
                                       std::to_string(t.years.rbegin()->first)) +
                "/fnv1a64:" + digest;
    return t;
  }();
  return table;
}

}  // namespace

namespace calendar_detail {

std::map<int, Festival> StatutoryDays(int year) {
  std::map<int, Festival> out;
  const auto& t = Festivals().years;
  auto it = t.find(year);
  if (it == t.end() || year < 2008) return out;
  const FestivalYear& f = it->second;
  const bool revised = year >= 2025;  // revised 2024-11-10, in force 2025-01-01
  auto add = [&](const Date& d, Festival fest) {
    const int day = static_cast<int>(DayNumber(d));
    auto [pos, inserted] = out.emplace(day, fest);
    if (!inserted && pos->second != fest) {
      const bool national_mid = (pos->second == Festival::kNationalDay && fest == Festival::kMidAutumn) ||
                                (pos->second == Festival::kMidAutumn && fest == Festival::kNationalDay);
      if (national_mid) pos->second = Festival::kNationalDayMidAutumn;
    }
  };
  add(Date{year, 1, 1}, Festival::kNewYear);
  const int64_t chuxi = DayNumber(f.chuxi);
  for (int i = revised ? 0 : 1; i <= 3; ++i) {  // 除夕 (from 2025), 正月初一–初三
    add(Date::FromDaysSinceEpoch(static_cast<int>(chuxi + i)), Festival::kSpringFestival);
  }
  add(f.qingming, Festival::kQingMing);
  add(Date{year, 5, 1}, Festival::kLabourDay);
  if (revised) add(Date{year, 5, 2}, Festival::kLabourDay);
  add(f.duanwu, Festival::kDragonBoat);
  add(f.zhongqiu, Festival::kMidAutumn);
  for (int d = 1; d <= 3; ++d) add(Date{year, 10, d}, Festival::kNationalDay);
  // 除夕 of a Spring Festival early in the year stays in that year; the
  // table's 除夕 is always the one before 正月初一 of `year`.
  for (auto i = out.begin(); i != out.end();) {
    if (Date::FromDaysSinceEpoch(i->first).year != year) {
      i = out.erase(i);
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace calendar_detail

using calendar_detail::StatutoryDays;

std::vector<DayInfo> StatutoryHolidays(int year) {
  const auto& t = Festivals().years;
  if (!t.count(year) || year < 2008) {
    throw CalendarCoverageError(
        year, "no statutory-holiday prediction for " + std::to_string(year) + " (the festival table covers " +
                  (t.empty() ? std::string("no year")
                             : std::to_string(t.begin()->first) + "-" + std::to_string(t.rbegin()->first)) +
                  ")");
  }
  std::vector<DayInfo> out;
  for (const auto& [day, fest] : StatutoryDays(year)) {
    DayInfo info;
    info.date = Date::FromDaysSinceEpoch(day);
    info.kind = DayKind::kHoliday;
    info.festival = fest;
    info.working = false;
    info.provisional = true;
    out.push_back(info);
  }
  return out;
}

std::vector<int> PredictableYears() {
  std::vector<int> out;
  for (const auto& [y, f] : Festivals().years)
    if (y >= 2008) out.push_back(y);
  return out;
}

std::string PredictionVersion() { return Festivals().version; }

}  // namespace govshare
