// The catalog lifecycle rules (A10, A11, A16) as storage-free code: the
// working version's and the entry's state machines, what a submission must
// satisfy, which act fulfils an A11 obligation. The operations in catalog/lifecycle.cpp only authorize, load,
// apply these, store, notify and audit. Table tests:
// tests/cpp/rules/catalog_rules_test.cpp.
#ifndef GOVSHARE_SRC_CATALOG_RULES_H_
#define GOVSHARE_SRC_CATALOG_RULES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

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

// ---- A11: which act fulfils which obligation ------------------------------------------

/// A11 有关法律法规作出修订或行政管理职能发生变化时…15个工作日内，更新本部门政务信息资源目录:
/// a law-revision or function-change obligation opened at `opened_at` (unix
/// seconds; absent for rows older than the column: any time) is fulfilled by a
/// revision of the department's catalog that the bureau approves and that was
/// submitted at or after the obligation was opened (`submitted_at`). Never a
/// census (its return fulfils it, CheckCensusReturn), never one already fulfilled.
bool RevisionFulfils(ObligationKind kind, bool already_fulfilled, std::optional<std::int64_t> opened_at,
                     std::int64_t submitted_at);

/// What the census check knows of one published entry of the department.
struct CensusFacts {
  std::int64_t entry_id = 0;
  /// The latest version of the entry submitted in the census year and not
  /// rejected (submitted, approved, published or superseded); 0 when none.
  int revised_version = 0;
};

/// A11 各政务部门每年要对本部门政务信息资源目录进行一次全面普查，如需更新的应及时予以更新:
/// the census return of `year`, returned in `now_year`, for a department whose
/// published entries are `published`. Refused (the invalid-argument error
/// naming the field and A11) when it is returned before the year, lists an
/// entry that is not one of `published` or lists one twice, leaves one out,
/// or says `revised` of an entry with no revision submitted in the year.
/// Returns the lines as stored: in `published` order, each revised one with
/// its version.
std::vector<CensusLine> CheckCensusReturn(int year, int now_year, const std::vector<CensusFacts>& published,
                                          const std::vector<CensusLine>& lines);

// ---- N19: source departments -------------------------------------------------------------

/// N19 明确牵头收集的政府部门并将其作为数源部门: a designation names its subject,
/// its basis and a source among `departments` (the platform's credit codes);
/// the collecting departments are known, distinct and not the source. The
/// invalid-argument error naming the field and N19 otherwise.
void CheckSourceDesignation(const SourceDesignation& d, const std::vector<std::string>& departments);

/// N19, N41 (一) 未按照规定明确数源部门: the names of published entries that
/// `providers_by_name` shows published by two departments or more and that no
/// designation in `designations` has as its subject — data several
/// departments collect with no source department. In name order.
std::vector<std::string> SubjectsWithoutSource(
    const std::vector<std::pair<std::string, std::string>>& published_name_provider,
    const std::vector<SourceDesignation>& designations);

/// N19 数源部门……统一提供政务数据共享服务: the designation that routes an
/// application for the entry named `entry_name` of `provider_code` to its
/// source department — one whose subject is that name and whose source is
/// another department — or nullptr when the provider is the source or no
/// designation names it.
const SourceDesignation* RoutedToSource(const std::vector<SourceDesignation>& designations,
                                        const std::string& entry_name, const std::string& provider_code);

}  // namespace catalog_rules
}  // namespace govshare

#endif  // GOVSHARE_SRC_CATALOG_RULES_H_
