// Internal: the catalog quality checks' shared machinery. The Checker collects
// the findings of one entry (or of the catalog's cross-entry rules) under the
// rule table of validation.cpp; each file checks one group of articles:
//   validation.cpp        the rule table, the Checker, the entry's elements
//                         (A3, A7, A10, A14, A20), the catalog-wide rules
//   validation_items.cpp  data items and the data dictionary (A7, A8, A9, A10)
//   validation_share.cpp  the share attribute (A8, A13, A18, A28)
#ifndef GOVSHARE_SRC_CATALOG_VALIDATION_CHECKER_H_
#define GOVSHARE_SRC_CATALOG_VALIDATION_CHECKER_H_

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "govshare/catalog.h"
#include "govshare/validation.h"

namespace govshare {
namespace validation_detail {

class Checker {
 public:
  Checker(const ValidationOptions& options, std::string prefix)
      : options_(options), prefix_(std::move(prefix)) {}

  // A finding of `rule_id` (an id of the rule table) at `path`, the
  // rule's description followed by the details in Chinese and English.
  void Add(const std::string& rule_id, const std::string& path, const std::string& zh,
           const std::string& en);

  // A text field: valid UTF-8 (A10). Returns false when it is not.
  bool Utf8(const std::string& s, const std::string& path);

  void Required(const std::string& s, const std::string& path, const std::string& what_zh,
                const std::string& what_en) {
    if (s.empty()) Add("element.required", path, what_zh, what_en);
  }

  // A name: required, trimmed, within bounds, not a placeholder.
  void Name(const std::string& s, const std::string& path, int min_chars, int max_chars,
            const std::string& what_zh, const std::string& what_en);

  const ValidationOptions& options() const { return options_; }
  std::vector<Finding> Take() { return std::move(findings_); }

 private:
  const ValidationOptions& options_;
  std::string prefix_;
  std::vector<Finding> findings_;
};

inline std::string Idx(const std::string& base, size_t i) {
  return base + "[" + std::to_string(i) + "]";
}

// validation_items.cpp
void CheckItems(const CatalogEntry& e, Checker& c);
void CheckDictionary(const CatalogEntry& e, Checker& c);

// validation_share.cpp
void CheckShare(const CatalogEntry& e, const ValidationOptions& options, Checker& c);

}  // namespace validation_detail
}  // namespace govshare

#endif  // GOVSHARE_SRC_CATALOG_VALIDATION_CHECKER_H_
