// The coverage error and the names of day kinds and festivals (JSON names
// and Chinese labels).
#include "calendar/calendar_impl.h"

namespace govshare {

namespace {

using calendar_detail::kFestivalNames;
using internal::EnumName;

const EnumName<DayKind> kDayKindNames[] = {
    {DayKind::kWorkday, "workday", "工作日"},
    {DayKind::kWeekend, "weekend", "周末"},
    {DayKind::kHoliday, "holiday", "法定节假日"},
    {DayKind::kAdjustedWorkday, "adjusted_workday", "调休上班"},
};

}  // namespace

CalendarCoverageError::CalendarCoverageError(int missing_year, const std::string& message)
    : InvalidArgumentError(message), missing_year_(missing_year) {}

std::string ToString(DayKind v) { return internal::EnumToName(kDayKindNames, v); }
std::string ToString(Festival v) { return internal::EnumToName(kFestivalNames, v); }
std::string ChineseLabel(DayKind v) { return internal::EnumToLabel(kDayKindNames, v); }
std::string ChineseLabel(Festival v) { return internal::EnumToLabel(kFestivalNames, v); }
Festival ParseFestival(const std::string& name) {
  return internal::ParseEnumOrThrow(kFestivalNames, name, "festival");
}
DayKind ParseDayKind(const std::string& name) {
  return internal::ParseEnumOrThrow(kDayKindNames, name, "day kind");
}

}  // namespace govshare
