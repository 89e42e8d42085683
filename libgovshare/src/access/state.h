// Internal: the access state of a Platform handle (PlatformCore::access)
// and what the access files share. Decisions, Filter, Compare and the usage
// log: docs/access.md.
//
//   index.{h,cpp}         the decision index: build, refresh, A8 scope coverage
//   usage_writer.{h,cpp}  the usage log: per-thread buffers, the batched writer thread
//   decide.cpp            Decide: the rules of one decision (A8, A16, A26, A28, A30)
//   seal.cpp              the seal of an allowed decision, checked before delivery
//   deliver.cpp           Filter and Compare: a decision applied to records
//   operations.cpp        masking rules, the usage log query, flush and close
//
// One AccessState serves every thread of a handle: the index under its
// SharedIndex lock, the usage log fed by every thread, the rest under
// mutexes of their own (docs/threading.md).
#ifndef GOVSHARE_SRC_ACCESS_STATE_H_
#define GOVSHARE_SRC_ACCESS_STATE_H_

#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "access/index.h"
#include "base/siphash.h"
#include "access/usage_writer.h"
#include "platform/impl.h"

namespace govshare {

namespace access_detail {
// 16 random bytes for a handle's decision seals (seal.cpp).
internal::SipHash128::Key DrawSealKey();
}  // namespace access_detail

struct AccessState {
  explicit AccessState(PlatformCore& p) : usage(p), seal_key(access_detail::DrawSealKey()) {}
  SharedIndex shared;                   // how `index` is shared and kept current
  access_detail::DecisionIndex index;   // under shared.lock
  access_detail::UsageLog usage;
  std::mutex key_mu;
  std::string pseudonym_key;  // under key_mu
  std::mutex comparisons_mu;
  std::unordered_map<std::int64_t, std::deque<std::int64_t>> comparisons;  // under comparisons_mu: authorization → times (ms)
  const internal::SipHash128::Key seal_key;  // this handle's alone: never stored, never shown (seal.cpp)
};

namespace access_detail {

// The handle's access state.
inline AccessState& AccessOf(PlatformCore& p) { return *p.access; }

// Before a decision: the index built, current with this handle's writes,
// and — every decision_refresh_ms — with other processes' (index.cpp).
void EnsureCurrent(PlatformCore& p, AccessState& st);

// Decides `req` on the index brought up to date (decide.cpp); `log`: the
// decision goes to the usage log as `kind`.
AccessDecision Decide(PlatformCore& p, const AccessRequest& req, bool log, const char* kind);

// Seals an allowed decision: its expiry and seal (seal.cpp).
// `now`: the platform's clock (seconds) when the decision was made.
void Seal(PlatformCore& p, const AccessState& st, AccessDecision& d, std::int64_t now);
// Throws the permission error unless `d` is allowed, sealed by this handle
// and unaltered (else also a security event), unexpired, and its
// authorization still in force (seal.cpp).
void RequireDeliverable(PlatformCore& p, AccessState& st, const AccessDecision& d);

}  // namespace access_detail
}  // namespace govshare

#endif  // GOVSHARE_SRC_ACCESS_STATE_H_
