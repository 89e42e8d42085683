// Internal: masking rules as stored (a JSON array per entry; the index reads
// them, SetMaskingRules/MaskingRules write and return them). docs/access.md.
#ifndef GOVSHARE_SRC_ACCESS_MASKING_JSON_H_
#define GOVSHARE_SRC_ACCESS_MASKING_JSON_H_

#include <string>

#include <nlohmann/json.hpp>

#include "govshare/access.h"
#include "govshare/catalog.h"

namespace govshare {

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(MaskingRule, item, kind, keep_head, keep_tail, pseudonym)
inline void to_json(nlohmann::json& j, PersonalInfoKind v) { j = ToString(v); }
inline void from_json(const nlohmann::json& j, PersonalInfoKind& v) { v = ParsePersonalInfoKind(j.get<std::string>()); }

}  // namespace govshare

#endif  // GOVSHARE_SRC_ACCESS_MASKING_JSON_H_
