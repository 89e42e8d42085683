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
#include "base/digest.h"
#include "sharing/rules.h"

namespace govshare::access_detail {
namespace {

// The sealed message, written into a buffer of the calling thread that only
// grows: integers little-endian in as few bytes as their range needs, texts
// length first (no two field lists run together into the same bytes).
class Message {
 public:
  // Room for `n` more bytes; then the writes below need no checks.
  void Start(std::size_t n) {
    if (buffer_.size() < n) buffer_.resize(n + n / 2);
    at_ = buffer_.data();
  }
  void Byte(int v) { *at_++ = static_cast<char>(v); }
  void U32(std::uint32_t v) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap32(v);
#endif
    std::memcpy(at_, &v, 4);
    at_ += 4;
  }
  void I64(std::int64_t s) {
    auto v = static_cast<std::uint64_t>(s);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    std::memcpy(at_, &v, 8);
    at_ += 8;
  }
  void Text(const std::string& s) {
    U32(static_cast<std::uint32_t>(s.size()));
    std::memcpy(at_, s.data(), s.size());
    at_ += s.size();
  }
  std::string_view bytes() const { return {buffer_.data(), static_cast<std::size_t>(at_ - buffer_.data())}; }

 private:
  std::vector<char> buffer_;
  char* at_ = nullptr;
};

// Every field that decides what Filter delivers, to whom and until when —
// not `reasons` nor an item's `why` (explanations only). `time` and
// `expires` as seconds, known to the caller.
std::string SealOf(const AccessState& st, const AccessDecision& d, std::int64_t time, std::int64_t expires) {
  std::size_t size = 1 + 3 * 4 + d.user_id.size() + d.consumer_code.size() + d.purpose.size() + 8 * 4 + 1 + 4;
  for (const ItemDecision& i : d.items) size += 4 + i.item.size() + 1 + 4 + i.masking.item.size() + 1 + 8 + 1;
  thread_local Message m;
  m.Start(size);
  m.Byte(d.allowed ? 1 : 0);
  m.Text(d.user_id);
  m.Text(d.consumer_code);
  m.I64(d.entry_id);
  m.I64(d.authorization_id);
  m.Byte(static_cast<int>(d.method));
  m.I64(time);
  m.Text(d.purpose);
  m.U32(static_cast<std::uint32_t>(d.items.size()));
  for (const ItemDecision& i : d.items) {
    m.Text(i.item);
    m.Byte(static_cast<int>(i.treatment));
    m.Text(i.masking.item);
    m.Byte(static_cast<int>(i.masking.kind));
    m.U32(static_cast<std::uint32_t>(i.masking.keep_head));
    m.U32(static_cast<std::uint32_t>(i.masking.keep_tail));
    m.Byte(i.masking.pseudonym ? 1 : 0);
  }
  m.I64(expires);
  const internal::SipHash128::Tag tag = internal::SipHash128::Compute(st.seal_key, m.bytes());
  return internal::Hex(tag.data(), tag.size());
}

}  // namespace

internal::SipHash128::Key DrawSealKey() {
  internal::SipHash128::Key key{};
  if (RAND_bytes(key.data(), static_cast<int>(key.size())) != 1) {
    throw StorageError("cannot draw the decision seal key (OpenSSL RAND_bytes)");
  }
  return key;
}

void Seal(PlatformCore& p, const AccessState& st, AccessDecision& d, std::int64_t now) {
  if (!d.allowed) return;
  const std::int64_t expires = now + p.options.decision_valid_seconds;
  const std::int64_t time = d.time.ToUnixSeconds();
  // The expiry as a date-time: within the decision's day, without a date
  // conversion (the common case: a request at the platform's time).
  const std::int64_t in_day = d.time.hour * 3600 + d.time.minute * 60 + d.time.second + (expires - time);
  if (d.time.hour < 24 && in_day >= 0 && in_day < 86400) {
    d.expires = d.time;
    d.expires.hour = static_cast<int>(in_day / 3600);
    d.expires.minute = static_cast<int>(in_day / 60 % 60);
    d.expires.second = static_cast<int>(in_day % 60);
  } else {
    d.expires = LocalDateTime::FromUnixSeconds(expires);
  }
  d.seal = SealOf(st, d, time, expires);
}

void RequireDeliverable(PlatformCore& p, AccessState& st, const AccessDecision& d) {
  if (!d.allowed) {
    // Name the rule that refused it (the caller's copy of the decision: text
    // for the message only, nothing is decided on it).
    std::string why;
    for (const RuleCheck& r : d.reasons) {
      if (!r.passed) {
        why = ": " + r.rule + " (" + r.article + ") " + r.message;
        break;
      }
    }
    throw PermissionDeniedError("the decision refused the access" + why + "; nothing may be delivered (A30)");
  }
  const std::string expected = SealOf(st, d, d.time.ToUnixSeconds(), d.expires.ToUnixSeconds());
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
