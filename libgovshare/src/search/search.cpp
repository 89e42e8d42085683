// Catalog search (A20). Every published entry has a search document
// (search_documents), written in the same transaction as the catalog change.
// Searches run on an in-memory index built from those documents: posting
// lists of single characters and of adjacent character pairs, over the whole
// text and over the names. A word of one character is its character's list; of
// two, its pair's list — both exact; a longer word intersects its pairs' lists
// and checks the substring. So results equal SQL `LIKE '%word%'` for every
// length (ASCII case folded as LIKE does), and a count costs a list walk, not
// a table scan. The index follows the store by replaying the audit trail, as
// the decision index does (access/index.cpp). docs/search.md.
#include <algorithm>
#include <list>
#include <string_view>
#include <unordered_map>

#include "govshare/search.h"
#include "base/text.h"
#include "platform/operation.h"

namespace govshare {
namespace {

using json = nlohmann::json;
using storage::SearchDocumentRow;

constexpr char kMetaSearchBuilt[] = "search_documents_built";

// Decodes UTF-8 into code points, ASCII letters lower-cased (SQLite's LIKE
// folds ASCII case only). The text is valid UTF-8 (the query is checked, the
// documents come from catalog entries); were a byte not, it would be a unit
// of its own that no character of a query equals (kStrayByte + the byte).
constexpr std::uint32_t kStrayByte = 0x110000;
std::vector<std::uint32_t> FoldedCodePoints(const std::string& s) {
  std::vector<std::uint32_t> out;
  out.reserve(s.size());
  internal::ForEachUtf8Unit(s, [&out](std::string_view unit, std::optional<char32_t> cp) {
    if (!cp) {
      out.push_back(kStrayByte + static_cast<unsigned char>(unit[0]));
    } else {
      out.push_back(*cp >= 'A' && *cp <= 'Z' ? *cp + 32 : *cp);
    }
  });
  return out;
}

std::string FoldAscii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return s;
}

std::uint64_t Pair(std::uint32_t a, std::uint32_t b) { return (static_cast<std::uint64_t>(a) << 32) | b; }

// Sorted-list intersection.
std::vector<std::uint32_t> Intersect(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  std::vector<std::uint32_t> out;
  out.reserve(std::min(a.size(), b.size()));
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

}  // namespace

struct SearchState {
  struct Doc {
    std::int64_t entry_id = 0;
    std::string code;
    std::string folded;  // the text, ASCII folded
    std::size_t name_bytes = 0;  // the name is folded[0, name_bytes)
    std::uint32_t provider = 0;
    std::vector<std::uint32_t> topics;
    std::uint32_t industry = 0;
    ShareClass share_class = ShareClass::kUnconditional;
    FormatClass format = FormatClass::kDatabase;
    UpdateCycle update_cycle = UpdateCycle::kDaily;
    std::uint32_t methods = 0;  // bit per ShareMethod
    bool live = true;
  };
  // Interned strings (providers, topics, industries).
  struct Names {
    std::vector<std::string> values;
    std::unordered_map<std::string, std::uint32_t> ids;
    std::uint32_t Id(const std::string& v) {
      auto it = ids.find(v);
      if (it != ids.end()) return it->second;
      values.push_back(v);
      return ids.emplace(v, static_cast<std::uint32_t>(values.size() - 1)).first->second;
    }
    std::optional<std::uint32_t> Find(const std::string& v) const {
      auto it = ids.find(v);
      if (it == ids.end()) return std::nullopt;
      return it->second;
    }
  };

  IndexCursor cursor;

  std::vector<Doc> docs;
  std::unordered_map<std::int64_t, std::uint32_t> doc_of_entry;
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> chars, name_chars;
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> pairs, name_pairs;
  Names providers, topics, industries;
  std::size_t live = 0;

  // Parsed live contents of recently returned hits (most recent first),
  // dropped when the index reloads the entry.
  static constexpr std::size_t kCacheSize = 4096;
  std::list<std::pair<std::int64_t, CatalogEntry>> cache;
  std::unordered_map<std::int64_t, std::list<std::pair<std::int64_t, CatalogEntry>>::iterator> cached;

  void Forget(std::int64_t entry_id) {
    auto it = cached.find(entry_id);
    if (it == cached.end()) return;
    cache.erase(it->second);
    cached.erase(it);
  }
  const CatalogEntry* Cached(std::int64_t entry_id) {
    auto it = cached.find(entry_id);
    if (it == cached.end()) return nullptr;
    cache.splice(cache.begin(), cache, it->second);
    return &it->second->second;
  }
  void Remember(std::int64_t entry_id, CatalogEntry entry) {
    Forget(entry_id);
    cache.emplace_front(entry_id, std::move(entry));
    cached[entry_id] = cache.begin();
    if (cache.size() > kCacheSize) {
      cached.erase(cache.back().first);
      cache.pop_back();
    }
  }

  void Remove(std::int64_t entry_id) {
    Forget(entry_id);
    auto it = doc_of_entry.find(entry_id);
    if (it == doc_of_entry.end()) return;
    if (docs[it->second].live) --live;
    docs[it->second].live = false;
    docs[it->second].folded.clear();
    doc_of_entry.erase(it);
  }

  void Add(const SearchDocumentRow& row) {
    Remove(row.entry_id);
    Doc d;
    d.entry_id = row.entry_id;
    d.code = row.code;
    d.folded = FoldAscii(row.text);
    d.name_bytes = std::min(row.name.size(), d.folded.size());
    d.provider = providers.Id(row.provider_code);
    for (const auto& t : json::parse(row.topics)) d.topics.push_back(topics.Id(t.get<std::string>()));
    d.industry = industries.Id(row.industry);
    d.share_class = ParseShareClass(row.share_class);
    d.format = ParseFormatClass(row.format);
    d.update_cycle = ParseUpdateCycle(row.update_cycle);
    for (const auto& m : json::parse(row.methods)) d.methods |= 1u << static_cast<int>(ParseShareMethod(m.get<std::string>()));
    const auto id = static_cast<std::uint32_t>(docs.size());
    // Posting lists stay sorted: ids only grow. Each list gets a doc once.
    const auto cps = FoldedCodePoints(d.folded);
    const auto name_cps = FoldedCodePoints(d.folded.substr(0, d.name_bytes));
    auto post = [id](auto& map, auto key) {
      auto& list = map[key];
      if (list.empty() || list.back() != id) list.push_back(id);
    };
    for (size_t i = 0; i < cps.size(); ++i) {
      post(chars, cps[i]);
      if (i + 1 < cps.size()) post(pairs, Pair(cps[i], cps[i + 1]));
    }
    for (size_t i = 0; i < name_cps.size(); ++i) {
      post(name_chars, name_cps[i]);
      if (i + 1 < name_cps.size()) post(name_pairs, Pair(name_cps[i], name_cps[i + 1]));
    }
    docs.push_back(std::move(d));
    doc_of_entry[row.entry_id] = id;
    ++live;
  }

  // Docs (sorted ids, live or not) that contain `word` (folded code points)
  // in the text, or only in the name.
  std::vector<std::uint32_t> Matching(const std::vector<std::uint32_t>& word, const std::string& folded_word,
                                      bool name_only) const {
    static const std::vector<std::uint32_t> kNone;
    const auto& cmap = name_only ? name_chars : chars;
    const auto& pmap = name_only ? name_pairs : pairs;
    if (word.size() == 1) {
      auto it = cmap.find(word[0]);
      return it == cmap.end() ? kNone : it->second;
    }
    // The two rarest pairs, intersected; then the substring where longer.
    std::vector<const std::vector<std::uint32_t>*> lists;
    for (size_t i = 0; i + 1 < word.size(); ++i) {
      auto it = pmap.find(Pair(word[i], word[i + 1]));
      if (it == pmap.end()) return kNone;
      lists.push_back(&it->second);
    }
    std::sort(lists.begin(), lists.end(), [](auto* a, auto* b) { return a->size() < b->size(); });
    std::vector<std::uint32_t> out = lists.size() > 1 ? Intersect(*lists[0], *lists[1]) : *lists[0];
    if (word.size() <= 2) return out;
    out.erase(std::remove_if(out.begin(), out.end(),
                             [&](std::uint32_t id) {
                               const Doc& d = docs[id];
                               std::string_view text(d.folded);
                               if (name_only) text = text.substr(0, d.name_bytes);
                               return text.find(folded_word) == std::string_view::npos;
                             }),
              out.end());
    return out;
  }
};

namespace {

// The search document of an entry.
SearchDocumentRow Document(std::int64_t entry_id, const std::string& code, const std::string& provider_code,
                           const CatalogEntry& e) {
  SearchDocumentRow d;
  d.entry_id = entry_id;
  d.code = code;
  d.provider_code = provider_code;
  d.name = e.name;
  d.text = e.name + "\n" + e.summary;
  for (const auto& item : e.items) d.text += "\n" + item.name;
  d.topics = json(e.topics).dump();
  d.industry = e.industry;
  d.share_class = ToString(e.share.share_class);
  d.format = ToString(e.format.format_class);
  d.update_cycle = ToString(e.update_cycle);
  json methods = json::array();
  for (ShareMethod m : e.share.methods) methods.push_back(ToString(m));
  d.methods = methods.dump();
  return d;
}

class SearchEngine {
 public:
  explicit SearchEngine(PlatformCore& p) : p_(p) {
    if (!p_.search) p_.search = std::make_shared<SearchState>();
    st_ = p_.search.get();
  }

  void CatchUp() {
    SearchState& st = *st_;
    if (!st.cursor.built) {
      Build();
      return;
    }
    if (!st.cursor.Stale(p_)) return;
    std::vector<std::int64_t> entries;
    for (const Change& c : st.cursor.Changes(p_)) {
      if (c.kind == ChangeKind::kFederation) {
        Build();  // an import may change any number of entries
        return;
      }
      if (c.kind == ChangeKind::kEntry) entries.push_back(c.id);
    }
    for (std::int64_t id : entries) {
      auto row = p_.S().FindSearchDocument(id);
      if (row) {
        st.Add(*row);
      } else {
        st.Remove(id);
      }
    }
  }

  SearchResult Run(const SearchQuery& q) {
    CatchUp();
    const SearchState& st = *st_;
    // Words, folded.
    std::vector<std::vector<std::uint32_t>> words;
    std::vector<std::string> folded_words;
    {
      std::string w;
      auto flush = [&] {
        if (w.empty()) return;
        folded_words.push_back(FoldAscii(w));
        words.push_back(FoldedCodePoints(folded_words.back()));
        w.clear();
      };
      for (char c : q.text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
          flush();
        } else {
          w += c;
        }
      }
      flush();
    }
    // Candidates: every doc, or the intersection over the words.
    std::vector<std::uint32_t> hits;
    std::vector<std::uint32_t> in_name;
    if (words.empty()) {
      hits.resize(st.docs.size());
      for (std::uint32_t i = 0; i < hits.size(); ++i) hits[i] = i;
    } else {
      for (size_t i = 0; i < words.size(); ++i) {
        auto m = st.Matching(words[i], folded_words[i], false);
        hits = i == 0 ? std::move(m) : Intersect(hits, m);
        if (hits.empty()) break;
      }
    }
    // Filters and liveness.
    const auto provider = q.department.empty() ? std::nullopt : st.providers.Find(q.department);
    const auto topic = q.topic.empty() ? std::nullopt : st.topics.Find(q.topic);
    const auto industry = q.industry.empty() ? std::nullopt : st.industries.Find(q.industry);
    const bool impossible = (!q.department.empty() && !provider) || (!q.topic.empty() && !topic) ||
                            (!q.industry.empty() && !industry);
    std::size_t kept = 0;
    for (std::uint32_t id : hits) {
      const auto& d = st.docs[id];
      if (impossible || !d.live) continue;
      if (provider && d.provider != *provider) continue;
      if (topic && std::find(d.topics.begin(), d.topics.end(), *topic) == d.topics.end()) continue;
      if (industry && d.industry != *industry) continue;
      if (q.share_class && d.share_class != *q.share_class) continue;
      if (q.format && d.format != *q.format) continue;
      if (q.update_cycle && d.update_cycle != *q.update_cycle) continue;
      if (q.method && !(d.methods & (1u << static_cast<int>(*q.method)))) continue;
      hits[kept++] = id;
    }
    hits.resize(kept);
    SearchResult r;
    r.total = static_cast<int>(hits.size());
    // Name matches first: every word in the name.
    std::vector<char> name_match;
    if (!words.empty()) {
      std::vector<std::uint32_t> names;
      for (size_t i = 0; i < words.size(); ++i) {
        auto m = st.Matching(words[i], folded_words[i], true);
        names = i == 0 ? std::move(m) : Intersect(names, m);
      }
      in_name = Intersect(hits, names);
    }
    // The page: [offset, offset + limit) of in_name ++ (hits − in_name).
    std::vector<std::pair<std::uint32_t, bool>> page;
    const std::size_t from = static_cast<std::size_t>(std::max(0, q.offset));
    const std::size_t want = from + static_cast<std::size_t>(std::max(0, q.limit));
    std::size_t index = 0;
    for (std::uint32_t id : in_name) {
      if (index >= want) break;
      if (index++ >= from) page.emplace_back(id, true);
    }
    if (index < want) {
      auto n = in_name.begin();
      for (std::uint32_t id : hits) {
        while (n != in_name.end() && *n < id) ++n;
        if (n != in_name.end() && *n == id) continue;
        if (index >= want) break;
        if (index++ >= from) page.emplace_back(id, false);
      }
    }
    for (const auto& [id, name] : page) {
      SearchHit h;
      h.entry_id = st.docs[id].entry_id;
      h.code = st.docs[id].code;
      h.name_match = name;
      r.hits.push_back(std::move(h));
    }
    if (q.facets) Facets(hits, r.facets);
    return r;
  }

  void Build() {
    SearchState& st = *st_;
    st = SearchState{};
    p_.S().ScanSearchDocuments([&](const SearchDocumentRow& row) { st.Add(row); });
    st.cursor.Built(p_);
  }

 private:
  void Facets(const std::vector<std::uint32_t>& hits, SearchFacets& f) {
    const SearchState& st = *st_;
    std::vector<int> providers(st.providers.values.size()), topics(st.topics.values.size()),
        industries(st.industries.values.size());
    int classes[4] = {}, formats[9] = {}, cycles[9] = {}, methods[4] = {};
    for (std::uint32_t id : hits) {
      const auto& d = st.docs[id];
      ++providers[d.provider];
      for (auto t : d.topics) ++topics[t];
      ++industries[d.industry];
      ++classes[static_cast<int>(d.share_class)];
      ++formats[static_cast<int>(d.format)];
      ++cycles[static_cast<int>(d.update_cycle)];
      for (int m = 1; m <= 3; ++m) methods[m] += (d.methods >> m) & 1;
    }
    auto strings = [](const std::vector<int>& counts, const SearchState::Names& names, auto label,
                      std::vector<FacetCount>& out) {
      for (size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] && !names.values[i].empty()) out.push_back({names.values[i], label(names.values[i]), counts[i]});
      }
      std::sort(out.begin(), out.end(),
                [](const FacetCount& a, const FacetCount& b) { return a.count != b.count ? a.count > b.count : a.value < b.value; });
    };
    auto same = [](const std::string& v) { return v; };
    std::unordered_map<std::string, std::string> department_names;
    for (const auto& d : p_.S().ListDepartments()) department_names[d.code] = d.name;
    strings(providers, st.providers,
            [&](const std::string& code) {
              auto it = department_names.find(code);
              return it == department_names.end() ? code : it->second;
            },
            f.departments);
    strings(topics, st.topics, same, f.topics);
    strings(industries, st.industries, same, f.industries);
    auto enums = [](const int* counts, int n, auto cast, std::vector<FacetCount>& out) {
      for (int v = 1; v < n; ++v) {
        if (counts[v]) out.push_back({ToString(cast(v)), ChineseLabel(cast(v)), counts[v]});
      }
    };
    enums(classes, 4, [](int v) { return static_cast<ShareClass>(v); }, f.share_classes);
    enums(formats, 9, [](int v) { return static_cast<FormatClass>(v); }, f.formats);
    enums(cycles, 9, [](int v) { return static_cast<UpdateCycle>(v); }, f.update_cycles);
    enums(methods, 4, [](int v) { return static_cast<ShareMethod>(v); }, f.methods);
  }

  PlatformCore& p_;
  SearchState* st_;
};

}  // namespace

void IndexForSearch(PlatformCore& impl, std::int64_t entry_id, const std::string& code,
                    const std::string& provider_code, const CatalogEntry& content) {
  impl.S().UpsertSearchDocument(Document(entry_id, code, provider_code, content));
}

void RemoveFromSearch(PlatformCore& impl, std::int64_t entry_id) { impl.S().DeleteSearchDocument(entry_id); }

void EnsureSearchDocuments(PlatformCore& impl) {
  storage::Storage& s = impl.S();
  if (s.GetMeta(kMetaSearchBuilt)) return;
  s.Begin();
  try {
    for (const auto& e : s.ListEntries("")) {
      const bool live = e.status == EntryStatus::kPublished || e.status == EntryStatus::kWithdrawalRequested;
      if (!live || !e.live_version) continue;
      auto v = s.FindVersion(e.id, *e.live_version);
      if (v) s.UpsertSearchDocument(Document(e.id, e.code, e.provider_code, EntryFromJson(v->content)));
    }
    s.SetMeta(kMetaSearchBuilt, "1");
    s.Commit();
  } catch (...) {
    s.Rollback();
    throw;
  }
}

SearchResult CatalogService::Search(const std::string& actor, const SearchQuery& query) const {
  if (query.offset < 0 || query.limit < 0 || query.limit > 1000) {
    throw InvalidArgumentError("offset must be >= 0 and limit 0..1000");
  }
  if (!internal::IsValidUtf8(query.text)) throw InvalidArgumentError("text is not valid UTF-8");
  return RunRead(*impl_, actor, Permission{Action::kReadCatalog, "", "search"}, [&](Operation&) {
    SearchEngine engine(*impl_);
    SearchResult r = engine.Run(query);
    // A20: each hit carries the entry's full description (the live version).
    SearchState& st = *impl_->search;
    for (auto& h : r.hits) {
      if (const CatalogEntry* known = st.Cached(h.entry_id)) {
        h.entry = *known;
        continue;
      }
      EntryRow e = impl_->LoadEntry(h.entry_id);
      if (!e.live_version) continue;
      h.entry = EntryFromJson(impl_->LoadVersion(e, *e.live_version).content);
      st.Remember(h.entry_id, h.entry);
    }
    return r;
  });
}

}  // namespace govshare
