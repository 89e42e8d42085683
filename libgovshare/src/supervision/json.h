// Internal: the JSON body of supervision rows as stored (docs/schema.md):
// projects (A32) and rectifications (A33). Plain nlohmann conversions; the key
// columns (id, row_version, status, department) are authoritative over the body.
#ifndef GOVSHARE_SRC_SUPERVISION_JSON_H_
#define GOVSHARE_SRC_SUPERVISION_JSON_H_

#include <nlohmann/json.hpp>

#include "govshare/supervision.h"
#include "sharing/json.h"

namespace govshare {

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Project, department_code, name, approved_on, accepted_on, entry_ids)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(RectificationInput, department_code, a33_ground, description, object,
                                                working_days)
inline void to_json(nlohmann::json& j, const Deadline& d) {
  j = nlohmann::json{{"due", d.due}, {"calendar_version", d.calendar_version}, {"provisional", d.provisional}};
}
inline void from_json(const nlohmann::json& j, Deadline& d) {
  d.due = j.at("due").get<LocalDateTime>();
  d.calendar_version = j.value("calendar_version", "");
  d.provisional = j.value("provisional", false);
}
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Rectification, notice, issued_by, issued_at, due, escalated_at,
                                                resolution, resolved_at, resolved_by)

}  // namespace govshare

#endif  // GOVSHARE_SRC_SUPERVISION_JSON_H_
