// Internal: a change to the platform's state as the in-memory indexes (the
// decision index, the search index) need it — what kind of object changed
// and which. Every accepted change is in the audit trail, which is also how
// another process's changes reach this one; the trail's object name
// ("entry:12") becomes a typed change here, and only here.
#ifndef GOVSHARE_SRC_PLATFORM_CHANGE_H_
#define GOVSHARE_SRC_PLATFORM_CHANGE_H_

#include <cstdint>
#include <string>

namespace govshare {

enum class ChangeKind {
  kOther,          ///< nothing an index holds (policy, notices, obligations, …)
  kDepartment,     ///< a department registered (key: its code)
  kUser,           ///< a user registered or changed (key: the user id)
  kEntry,          ///< a catalog entry (id)
  kAuthorization,  ///< an authorization (id)
  kFederation,     ///< a county bundle imported: any number of entries (key: the county)
};

struct Change {
  ChangeKind kind = ChangeKind::kOther;
  std::string key;      ///< the code or id of a department, user or county
  std::int64_t id = 0;  ///< the id of an entry or authorization
};

/// The change an audit record's object names.
inline Change ChangeOf(const std::string& object) {
  const auto colon = object.find(':');
  if (colon == std::string::npos) return {};
  const std::string kind = object.substr(0, colon);
  const std::string rest = object.substr(colon + 1);
  const bool numeric = !rest.empty() && rest.size() <= 18 && rest.find_first_not_of("0123456789") == std::string::npos;
  const std::int64_t number = numeric ? std::stoll(rest) : 0;
  if (kind == "department") return {ChangeKind::kDepartment, rest, 0};
  if (kind == "user") return {ChangeKind::kUser, rest, 0};
  if (kind == "entry" && number > 0) return {ChangeKind::kEntry, "", number};
  if (kind == "authorization" && number > 0) return {ChangeKind::kAuthorization, "", number};
  if (kind == "federation") return {ChangeKind::kFederation, rest, 0};
  return {};
}

}  // namespace govshare

#endif  // GOVSHARE_SRC_PLATFORM_CHANGE_H_
