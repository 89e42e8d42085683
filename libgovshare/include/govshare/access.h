// libgovshare — access decisions at the data boundary (A8, A26, A28, A30):
// every data request a portal serves is checked against the live
// authorizations and the entry's current share class; the answer says, per
// item, whether it goes out plain, masked, as comparison only, or not at all.
// The operations are on Platform (platform.h); docs/access.md describes them.
#ifndef GOVSHARE_ACCESS_H_
#define GOVSHARE_ACCESS_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "govshare/calendar.h"
#include "govshare/catalog.h"
#include "govshare/export.h"

namespace govshare {

/// A data request to decide.
struct GOVSHARE_EXPORT AccessRequest {
  /// The consumer user; their department is the consumer.
  std::string user_id;
  std::int64_t entry_id = 0;
  /// Item names wanted (non-empty).
  std::vector<std::string> items;
  ShareMethod method = ShareMethod::kApi;
  /// When the access happens; absent: the platform's Now().
  std::optional<LocalDateTime> time;
  /// What the access is for: the application, case or matter number (A30:
  /// use only for the authorized purpose). Required.
  std::string purpose;
  /// List every rule considered, passed or not (slower; for staff).
  bool explain = false;
};

/// How one item leaves the platform.
enum class ItemTreatment {
  kPlain = 1,           ///< delivered as it is
  kMasked = 2,          ///< delivered desensitized (A8 应进行数据脱敏)
  kComparisonOnly = 3,  ///< never delivered; only compared (A8 数据比对)
  kWithheld = 4,        ///< not delivered (outside the authorization or not shared)
};

/// How a masked item is masked.
struct GOVSHARE_EXPORT MaskingRule {
  /// The item (a name in the entry).
  std::string item;
  /// The kind whose default rule applies (docs/masking.md); kNone with
  /// pseudonym = false means "keep_head / keep_tail".
  PersonalInfoKind kind = PersonalInfoKind::kOther;
  /// When both are >= 0: keep this many leading and trailing characters.
  int keep_head = -1;
  int keep_tail = -1;
  /// Replace the value by a keyed pseudonym (HMAC with the platform key) for
  /// linkage instead of masking.
  bool pseudonym = false;
  bool operator==(const MaskingRule& o) const {
    return item == o.item && kind == o.kind && keep_head == o.keep_head && keep_tail == o.keep_tail &&
           pseudonym == o.pseudonym;
  }
};

/// The treatment of one requested item.
struct GOVSHARE_EXPORT ItemDecision {
  std::string item;
  ItemTreatment treatment = ItemTreatment::kWithheld;
  /// For masked items, the rule applied.
  MaskingRule masking;
  /// Why (rule id and article), e.g. `share_scope (A8)`.
  std::string why;
};

/// One rule considered by a decision.
struct GOVSHARE_EXPORT RuleCheck {
  /// Stable id: user, purpose, entry, share_class, authorization, validity,
  /// method, items.
  std::string rule;
  std::string article;
  bool passed = false;
  std::string message;
};

/// The answer to an AccessRequest. A refusal is a value, not an exception.
struct GOVSHARE_EXPORT AccessDecision {
  bool allowed = false;
  std::string user_id;
  std::string consumer_code;
  std::int64_t entry_id = 0;
  /// The authorization relied on (0 when none).
  std::int64_t authorization_id = 0;
  ShareMethod method = ShareMethod::kApi;
  LocalDateTime time;
  std::string purpose;
  /// The rules that failed (refused, or items withheld); with `explain`,
  /// every rule considered.
  std::vector<RuleCheck> reasons;
  /// One per requested item, in request order.
  std::vector<ItemDecision> items;
  /// An allowed decision: until when Filter accepts it (the platform's
  /// clock when it was made + PlatformOptions::decision_valid_seconds).
  LocalDateTime expires;
  /// An allowed decision: the platform's seal over every field above but
  /// the reasons — opaque, keyed with a secret only the handle that made the
  /// decision holds. Filter delivers only for a decision sealed by its own
  /// handle, unaltered, unexpired, on an authorization still in force: a
  /// hand-built, edited, expired or foreign decision is refused (A28, A30;
  /// docs/access.md). Empty on a refusal.
  std::string seal;
};

/// The outcome of comparing one submitted value (数据比对).
enum class ComparisonOutcome {
  kMatch = 1,     ///< 一致
  kNoMatch = 2,   ///< 不一致
  kNotFound = 3,  ///< 查无此记录 / the record has no such value
};

struct GOVSHARE_EXPORT FieldComparison {
  std::string item;
  ComparisonOutcome outcome = ComparisonOutcome::kNotFound;
};

/// The answer to a comparison: never any data.
struct GOVSHARE_EXPORT ComparisonResult {
  bool allowed = false;
  std::vector<RuleCheck> reasons;
  /// kMatch only when every field matches; kNotFound when there is no record.
  ComparisonOutcome overall = ComparisonOutcome::kNotFound;
  std::vector<FieldComparison> fields;
};

/// One line of the usage log: who accessed what, when, why (A28 日志审计).
struct GOVSHARE_EXPORT UsageRecord {
  std::int64_t id = 0;
  LocalDateTime time;
  std::string user_id;
  std::string consumer_code;
  std::int64_t entry_id = 0;
  std::int64_t authorization_id = 0;
  /// `decide`, `deliver` (Filter: outcome "delivered N records: <item>
  /// <treatment>, …", items the ones that went out), `compare` or `use`.
  std::string kind;
  std::vector<std::string> items;
  ShareMethod method = ShareMethod::kApi;
  std::string purpose;
  bool allowed = false;
  /// `allowed`, or the first failed rule, e.g. `refused: validity`.
  std::string outcome;
};

/// Which usage records to list (empty / zero fields: no filter).
struct GOVSHARE_EXPORT UsageQuery {
  std::string consumer_code;
  std::int64_t entry_id = 0;
  std::optional<LocalDateTime> from;
  std::optional<LocalDateTime> to;
  /// At most this many, newest first (default 1000).
  int limit = 1000;
};

GOVSHARE_EXPORT std::string ToString(ItemTreatment value);
GOVSHARE_EXPORT std::string ToString(ComparisonOutcome value);
GOVSHARE_EXPORT std::string ChineseLabel(ItemTreatment value);
GOVSHARE_EXPORT std::string ChineseLabel(ComparisonOutcome value);

}  // namespace govshare

#endif  // GOVSHARE_ACCESS_H_
