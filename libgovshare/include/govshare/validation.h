// libgovshare — catalog quality checks (A3, A7–A10, A13, A18).
//
// Validate() never throws for a bad entry: it returns findings. Each finding
// has a stable rule id, the article it enforces, the field path inside the
// entry (`items[3].type`), a severity and a message in Chinese and English.
// ValidationRules() lists every rule; docs/catalog-rules.md describes them.
#ifndef GOVSHARE_VALIDATION_H_
#define GOVSHARE_VALIDATION_H_

#include <string>
#include <vector>

#include "govshare/catalog.h"
#include "govshare/catalog_code.h"
#include "govshare/export.h"

namespace govshare {

/// How serious a finding is. Errors block submission of the entry.
enum class Severity {
  kError = 1,
  kWarning = 2,
};

/// One problem found in an entry or catalog.
struct GOVSHARE_EXPORT Finding {
  /// Stable rule id, e.g. `share.conditional_scope`.
  std::string rule_id;
  /// The article enforced, e.g. `A8`.
  std::string article;
  /// Field path: inside an entry (`items[3].type`), or with an
  /// `entries[i].` prefix from ValidateCatalog.
  std::string path;
  Severity severity = Severity::kError;
  std::string message_zh;
  std::string message_en;
  bool operator==(const Finding& o) const {
    return rule_id == o.rule_id && article == o.article && path == o.path &&
           severity == o.severity && message_zh == o.message_zh && message_en == o.message_en;
  }
};

/// Description of one rule.
struct GOVSHARE_EXPORT RuleInfo {
  std::string rule_id;
  std::string article;
  Severity severity = Severity::kError;
  std::string description_zh;
  std::string description_en;
  bool operator==(const RuleInfo& o) const {
    return rule_id == o.rule_id && article == o.article && severity == o.severity &&
           description_zh == o.description_zh && description_en == o.description_en;
  }
};

/// Tunable bounds of the checks. Defaults suit the Nantong platform.
struct GOVSHARE_EXPORT ValidationOptions {
  /// Minimum resource-name length in characters (code points). Default 4.
  int min_name_chars = 4;
  /// Maximum resource-name length in characters. Default 100.
  int max_name_chars = 100;
  /// Minimum summary length in characters for the summary to be
  /// understandable (A10). Default 15.
  int min_summary_chars = 15;
  /// Maximum data-item name length in characters. Default 50.
  int max_item_name_chars = 50;
  /// When true, a missing publish date is an error (entries being
  /// published); drafts leave it false. Default false.
  bool require_publish_date = false;
  /// The coding scheme catalog codes are checked against.
  CatalogCodeScheme code_scheme;
  /// A13 对变化频繁、时效性较强的……应当采用API共享: the update cycles of
  /// resources that change often and whose timeliness matters, which must
  /// therefore be offered by API. Default realtime and daily: data renewed
  /// every day is stale within a day in a table copy or a file, and the
  /// national element set has no finer cycle than daily below realtime
  /// (docs/catalog.md). A city may widen the set (e.g. weekly).
  std::vector<UpdateCycle> api_update_cycles = {UpdateCycle::kRealtime, UpdateCycle::kDaily};
  bool operator==(const ValidationOptions& o) const {
    return min_name_chars == o.min_name_chars && max_name_chars == o.max_name_chars &&
           min_summary_chars == o.min_summary_chars &&
           max_item_name_chars == o.max_item_name_chars &&
           require_publish_date == o.require_publish_date && code_scheme == o.code_scheme &&
           api_update_cycles == o.api_update_cycles;
  }
};

/// Checks one entry as it stands. Never throws. It cannot know what the
/// platform fills in: the provider (A7: a department catalogs its own
/// resources — a draft without provider.code and provider.name reports both
/// here, though the platform sets them from the acting user's department) and
/// the catalog code (the bureau's, assigned at approval). To check an entry
/// as the platform will see it, use CatalogService::ValidateDraft, or
/// CatalogedBy before this.
GOVSHARE_EXPORT std::vector<Finding> Validate(const CatalogEntry& entry);
GOVSHARE_EXPORT std::vector<Finding> Validate(const CatalogEntry& entry,
                                              const ValidationOptions& options);

/// A7: `entry` as the department `provider_code` (`provider_name`) catalogs
/// it through its user `user_id`. A department catalogs its own resources:
/// a provider.code naming another department is refused; an empty one
/// (and an empty provider.name) is filled in. The catalog code is the
/// bureau's: `assigned_code` is the code the bureau gave the entry (empty
/// before its first approval), and any other code is refused. Throws
/// InvalidArgumentError naming the field and A7. The platform applies this
/// to every draft; a program preparing a file applies it to check first.
GOVSHARE_EXPORT CatalogEntry CatalogedBy(const CatalogEntry& entry, const std::string& user_id,
                                         const std::string& provider_code, const std::string& provider_name,
                                         const std::string& assigned_code);

/// Checks every entry (paths prefixed `entries[i].`) and the catalog as a
/// whole: duplicate codes, duplicate names per provider, unresolved related
/// codes. Never throws.
GOVSHARE_EXPORT std::vector<Finding> ValidateCatalog(const Catalog& catalog);
GOVSHARE_EXPORT std::vector<Finding> ValidateCatalog(const Catalog& catalog,
                                                     const ValidationOptions& options);

/// The severity's name: `error` or `warning`.
GOVSHARE_EXPORT std::string ToString(Severity value);
/// Parses `error` or `warning`. Throws the invalid-argument error.
GOVSHARE_EXPORT Severity ParseSeverity(const std::string& name);
/// 错误 or 警告.
GOVSHARE_EXPORT std::string ChineseLabel(Severity value);

/// True when any finding is an error.
GOVSHARE_EXPORT bool HasErrors(const std::vector<Finding>& findings);

/// Every rule Validate and ValidateCatalog apply, in a stable order.
GOVSHARE_EXPORT std::vector<RuleInfo> ValidationRules();

}  // namespace govshare

#endif  // GOVSHARE_VALIDATION_H_
