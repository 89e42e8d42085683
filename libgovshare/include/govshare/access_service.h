// libgovshare — the data boundary: access decisions, delivery (filter, compare), masking rules and the usage log (A8, A26, A28, A30).
//
// A facade of the platform handle: obtain it with `platform->access()`;
// it shares the handle's state (copies are cheap, every copy is the same
// platform); once the handle is closed — Close() or its last reference
// dropped — its calls throw the storage error. Decide and Compare act for
// the user named in the request (AccessRequest.user_id), Filter applies a
// decision; the other operations take the acting user (`actor`) and run in
// one transaction under the permission table (docs/permissions.md).
// docs/architecture.md.
#ifndef GOVSHARE_ACCESS_SERVICE_H_
#define GOVSHARE_ACCESS_SERVICE_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "govshare/access.h"
#include "govshare/export.h"
#include "govshare/masking.h"
#include "govshare/platform_types.h"

namespace govshare {

class PlatformCore;

class GOVSHARE_EXPORT AccessService {
 public:
  // ---- access decisions at the data boundary (A8, A26, A28, A30) --------------------------
  /// Decides a data request against the live authorizations and the entry's
  /// current share class, at the request's time. Never throws for a
  /// refusal: the decision says why. Recorded in the usage log (batched).
  /// Served from an in-memory index (hash lookups; no SQL on the hot path).
  AccessDecision Decide(const AccessRequest& request);
  /// Applies an allowed decision to a batch of provider records (a JSON array
  /// of objects keyed by item name): drops withheld and unrequested items,
  /// masks masked ones. Throws the permission error for a refused decision or
  /// when a record carries a comparison-only item (use Compare), the parse
  /// error for input that is not an array of objects.
  std::string Filter(const AccessDecision& decision, const std::string& records_json) const;
  /// Compares submitted values with the provider's record (a JSON object;
  /// empty or `null`: no record) for items the consumer may compare; never
  /// returns data. Rate-limited per authorization; every comparison is in the
  /// usage log at once.
  ComparisonResult Compare(const AccessRequest& request, const std::map<std::string, std::string>& submitted,
                           const std::string& provider_record_json);
  /// Sets how an entry's masked items are masked (the provider's leader or
  /// operator). Items without a rule use their personal-information kind's
  /// default (docs/masking.md).
  void SetMaskingRules(const std::string& actor, std::int64_t entry_id, const std::vector<MaskingRule>& rules);
  std::vector<MaskingRule> MaskingRules(const std::string& actor, std::int64_t entry_id) const;
  /// Writes the buffered usage lines now.
  void FlushUsageLog();
  /// Who accessed what, when, why (the bureau and auditors: everyone; a
  /// department: its own accesses and those of its entries).
  std::vector<UsageRecord> UsageLog(const std::string& actor, const UsageQuery& query) const;

 private:
  friend class Platform;
  explicit AccessService(std::shared_ptr<PlatformCore> core);
  std::shared_ptr<PlatformCore> impl_;
};

}  // namespace govshare

#endif  // GOVSHARE_ACCESS_SERVICE_H_
