// The catalog lifecycle rules (A10, A11, A16) as storage-free code: the
// working version's and the entry's state machines, what a submission must
// satisfy. The operations in catalog/lifecycle.cpp only authorize, load,
// apply these, store, notify and audit. Table tests:
// tests/cpp/rules/catalog_rules_test.cpp.
#ifndef GOVSHARE_SRC_CATALOG_RULES_H_
#define GOVSHARE_SRC_CATALOG_RULES_H_

#include <cstdint>
#include <string>

#include "base/state_machine.h"
#include "govshare/catalog.h"
#include "govshare/platform_types.h"

namespace govshare {
namespace catalog_rules {

/// What happens to one version of an entry (A10).
enum class VersionEvent { kEdit, kSubmit, kApprove, kReject, kPublish, kSupersede };
/// draft → submitted → approved → published → superseded; a rejected
/// version, or an approved one not yet published, is edited back into a
/// draft.
const StateMachine<VersionStatus, VersionEvent>& VersionMachine();

/// What happens to an entry as a whole (A10, A16).
enum class EntryEvent { kEdit, kPublish, kRequestWithdrawal, kApproveWithdrawal, kRefuseWithdrawal, kSubscribe };
/// unpublished → published ⇄ withdrawal requested → withdrawn (kept, never
/// deleted); a withdrawn entry is neither edited nor published again.
const StateMachine<EntryStatus, EntryEvent>& EntryMachine();

/// A10: a version is submitted only without error findings; the
/// invalid-argument error lists the first five (article, rule, path,
/// message) otherwise.
void RequireSubmittable(const CatalogEntry& content, std::int64_t entry_id);

}  // namespace catalog_rules
}  // namespace govshare

#endif  // GOVSHARE_SRC_CATALOG_RULES_H_
