// libgovshare — catalog search (A20): consumers find published resources by
// department, topic and industry and by words in names, summaries and item
// names — Chinese words of any length, including one and two characters.
// The operation is Platform::Search (platform.h); docs/search.md.
#ifndef GOVSHARE_SEARCH_H_
#define GOVSHARE_SEARCH_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "govshare/catalog.h"
#include "govshare/export.h"

namespace govshare {

/// A search over published entries.
struct GOVSHARE_EXPORT SearchQuery {
  /// Words; several words separated by spaces must all occur (AND). Each word
  /// matches as a substring of the entry's name, summary or item names,
  /// ASCII letters without regard to case — exactly as SQL LIKE with the word between two percent signs.
  /// Empty: every published entry (filters still apply).
  std::string text;
  // Filters (empty / absent: any).
  std::string department;  ///< provider credit code
  std::string topic;       ///< one of the entry's topics
  std::string industry;
  std::optional<ShareClass> share_class;
  std::optional<FormatClass> format;
  std::optional<UpdateCycle> update_cycle;
  std::optional<ShareMethod> method;
  /// Paging: hits [offset, offset + limit) of the ranking.
  int offset = 0;
  int limit = 20;
  /// Compute facet counts (over every hit, before paging).
  bool facets = true;
};

/// One facet value and how many hits have it.
struct GOVSHARE_EXPORT FacetCount {
  std::string value;
  /// Display label (the department's name, the enumeration's Chinese label).
  std::string label;
  int count = 0;
};

/// Counts per facet.
struct GOVSHARE_EXPORT SearchFacets {
  std::vector<FacetCount> departments;
  std::vector<FacetCount> topics;
  std::vector<FacetCount> industries;
  std::vector<FacetCount> share_classes;
  std::vector<FacetCount> formats;
  std::vector<FacetCount> update_cycles;
  std::vector<FacetCount> methods;
};

/// One hit: the entry's full description (A20 查看详细描述信息).
struct GOVSHARE_EXPORT SearchHit {
  std::int64_t entry_id = 0;
  std::string code;
  /// Every word occurs in the entry's name (ranked first).
  bool name_match = false;
  CatalogEntry entry;
};

struct GOVSHARE_EXPORT SearchResult {
  /// Hits in all (before paging).
  int total = 0;
  /// Name matches first, then the rest; each group by entry id.
  std::vector<SearchHit> hits;
  SearchFacets facets;
};

}  // namespace govshare

#endif  // GOVSHARE_SEARCH_H_
