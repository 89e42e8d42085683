// Internal: the access state of a Platform handle (PlatformCore::access)
// and what the access files share. Decisions, Filter, Compare and the usage
// log: docs/access.md.
//
//   index.{h,cpp}         the decision index: build, refresh, A8 scope coverage
//   usage_writer.{h,cpp}  the usage log's buffer and batched writer thread
//   decide.cpp            Decide: the rules of one decision (A8, A16, A26, A28, A30)
//   deliver.cpp           Filter and Compare: a decision applied to records
//   operations.cpp        masking rules, the usage log query, flush and close
//
// A Platform handle is used by one thread; only the usage writer has a
// thread of its own.
#ifndef GOVSHARE_SRC_ACCESS_STATE_H_
#define GOVSHARE_SRC_ACCESS_STATE_H_

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <unordered_map>

#include "access/index.h"
#include "access/usage_writer.h"
#include "platform/impl.h"

namespace govshare {

struct AccessState {
  access_detail::DecisionIndex index;
  access_detail::UsageBuffer usage;
  std::string pseudonym_key;
  std::unordered_map<std::int64_t, std::deque<std::int64_t>> comparisons;  // authorization → times (ms)
};

namespace access_detail {

// The handle's access state, created on first use.
inline AccessState& AccessOf(PlatformCore& p) {
  if (!p.access) p.access = std::make_shared<AccessState>();
  return *p.access;
}

// Decides `req` on the index brought up to date (decide.cpp); `log`: the
// decision goes to the usage log as `kind`.
AccessDecision Decide(PlatformCore& p, const AccessRequest& req, bool log, const char* kind);

}  // namespace access_detail
}  // namespace govshare

#endif  // GOVSHARE_SRC_ACCESS_STATE_H_
