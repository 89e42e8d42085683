// The seal of an access decision (A28, A30): what makes a decision one that
// this handle made. Decide seals every allowed decision — SipHash-2-4-128
// (base/siphash.h) keyed with 16 random bytes drawn when the handle opened
// and never stored or shown — over its delivery-relevant fields and its
// expiry; Filter delivers only for a decision whose seal it computes again,
// before the expiry, on an authorization still in force. docs/access.md.
#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <shared_mutex>
#include <string>

#include "access/state.h"
#include "sharing/rules.h"

namespace govshare::access_detail {
namespace {

void Put(std::string& m, std::int64_t v) {
  for (int i = 0; i < 8; ++i) m.push_back(static_cast<char>(static_cast<std::uint64_t>(v) >> (8 * i)));
}
// Length first: no two field lists run together into the same bytes.
void PutText(std::string& m, const std::string& s) {
  Put(m, static_cast<std::int64_t>(s.size()));
  m += s;
}

// Every field that decides what Filter delivers, to whom and until when —
// not `reasons` nor an item's `why` (explanations only).
std::string SealOf(const AccessState& st, const AccessDecision& d) {
  thread_local std::string m;
  m.clear();
  Put(m, d.allowed ? 1 : 0);
  PutText(m, d.user_id);
  PutText(m, d.consumer_code);
  Put(m, d.entry_id);
  Put(m, d.authorization_id);
  Put(m, static_cast<std::int64_t>(d.method));
  Put(m, d.time.ToUnixSeconds());
  PutText(m, d.purpose);
  Put(m, static_cast<std::int64_t>(d.items.size()));
  for (const ItemDecision& i : d.items) {
    PutText(m, i.item);
    Put(m, static_cast<std::int64_t>(i.treatment));
    PutText(m, i.masking.item);
    Put(m, static_cast<std::int64_t>(i.masking.kind));
    Put(m, i.masking.keep_head);
    Put(m, i.masking.keep_tail);
    Put(m, i.masking.pseudonym ? 1 : 0);
  }
  Put(m, d.expires.ToUnixSeconds());
  const internal::SipHash128::Tag tag = internal::SipHash128::Compute(st.seal_key, m);
  static const char kHex[] = "0123456789abcdef";
  std::string out(32, '0');
  for (std::size_t i = 0; i < tag.size(); ++i) {
    out[2 * i] = kHex[tag[i] >> 4];
    out[2 * i + 1] = kHex[tag[i] & 15];
  }
  return out;
}

}  // namespace

internal::SipHash128::Key DrawSealKey() {
  internal::SipHash128::Key key{};
  if (RAND_bytes(key.data(), static_cast<int>(key.size())) != 1) {
    throw StorageError("cannot draw the decision seal key (OpenSSL RAND_bytes)");
  }
  return key;
}

void Seal(PlatformCore& p, const AccessState& st, AccessDecision& d) {
  if (!d.allowed) return;
  d.expires = LocalDateTime::FromUnixSeconds(p.NowSeconds() + p.options.decision_valid_seconds);
  d.seal = SealOf(st, d);
}

void RequireDeliverable(PlatformCore& p, AccessState& st, const AccessDecision& d) {
  if (!d.allowed) throw PermissionDeniedError("the decision refused the access; nothing may be delivered (A30)");
  const std::string expected = SealOf(st, d);
  if (d.seal.size() != expected.size() || CRYPTO_memcmp(d.seal.data(), expected.data(), expected.size()) != 0) {
    // A hand-built or edited decision, or one made by another handle: an
    // attempt at the data boundary, kept as a security event.
    const std::string detail = "the decision's seal does not match: it was not made by this platform handle, or "
                               "was changed after (A28, A30); decide again";
    std::string department;
    {
      std::shared_lock<internal::ReadMostlyLock> reading(st.shared.lock);
      auto user = st.index.users.find(d.user_id);
      if (user != st.index.users.end()) department = st.index.department_codes[user->second.department];
    }
    p.RecordDenied({d.user_id, department, Action::kUseData, "entry:" + std::to_string(d.entry_id), detail});
  }
  const std::int64_t now = p.NowSeconds();
  if (now > d.expires.ToUnixSeconds()) {
    throw PermissionDeniedError("the decision expired at " + d.expires.ToIso() + " (a decision is valid for " +
                                std::to_string(p.options.decision_valid_seconds) +
                                " s: PlatformOptions.decision_valid_seconds); decide again (A30)");
  }
  // The authorization may have been suspended, revoked or ended since.
  EnsureCurrent(p, st);
  std::shared_lock<internal::ReadMostlyLock> reading(st.shared.lock);
  const DecisionIndex::Grant* grant = st.index.FindGrant(d.authorization_id);
  const int day = LocalDateTime::FromUnixSeconds(now).date.DaysSinceEpoch();
  const char* why = grant ? sharing_rules::WhyNotUsable(grant->status, grant->from_day, grant->until_day, day)
                          : "the authorization is unknown";
  if (why) {
    throw PermissionDeniedError("authorization " + std::to_string(d.authorization_id) +
                                " is no longer in force since the decision: " + why + " (A26, A30); decide again");
  }
}

}  // namespace govshare::access_detail
