// Catalog search (A20). Every published entry has a search document
// (search_documents), written in the same transaction as the catalog change.
// Searches run on an in-memory index built from those documents: posting
// lists of single characters, of adjacent character pairs and of runs of three,
// over the whole text and over the names. A word of one character is its
// character's list; of two, its pair's list; of three, its triple's — all
// exact; a longer word intersects its two rarest triples' lists and checks the
// substring. So results equal SQL `LIKE '%word%'` for every
// length (ASCII case folded as LIKE does), and a count costs a list walk, not
// a table scan. The index follows the store by replaying the audit trail, as
// the decision index does (access/index.cpp). docs/search.md.
#include <string.h>

#include <algorithm>
#include <list>
#include <memory>
#include <mutex>
#include <shared_mutex>
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
// Code points (and kStrayByte units) are below 2^21: three fit in 63 bits.
std::uint64_t Triple(std::uint32_t a, std::uint32_t b, std::uint32_t c) {
  return (static_cast<std::uint64_t>(a) << 42) | (static_cast<std::uint64_t>(b) << 21) | c;
}

// Sorted-list intersection.
std::vector<std::uint32_t> Intersect(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  std::vector<std::uint32_t> out;
  out.reserve(std::min(a.size(), b.size()));
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

}  // namespace

// The index proper: documents and posting lists (under SearchState's lock).
struct SearchIndex {
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

  std::vector<Doc> docs;
  std::unordered_map<std::int64_t, std::uint32_t> doc_of_entry;
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> chars, name_chars;
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> pairs, name_pairs;
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> triples, name_triples;
  Names providers, topics, industries;
  std::size_t live = 0;

  void Remove(std::int64_t entry_id) {
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
      if (i + 2 < cps.size()) post(triples, Triple(cps[i], cps[i + 1], cps[i + 2]));
    }
    for (size_t i = 0; i < name_cps.size(); ++i) {
      post(name_chars, name_cps[i]);
      if (i + 1 < name_cps.size()) post(name_pairs, Pair(name_cps[i], name_cps[i + 1]));
      if (i + 2 < name_cps.size()) post(name_triples, Triple(name_cps[i], name_cps[i + 1], name_cps[i + 2]));
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
    const auto& tmap = name_only ? name_triples : triples;
    if (word.size() == 1) {
      auto it = cmap.find(word[0]);
      return it == cmap.end() ? kNone : it->second;
    }
    if (word.size() == 2) {
      auto it = pmap.find(Pair(word[0], word[1]));
      return it == pmap.end() ? kNone : it->second;
    }
    // The two rarest triples, intersected; then the substring where longer.
    std::vector<const std::vector<std::uint32_t>*> lists;
    for (size_t i = 0; i + 2 < word.size(); ++i) {
      auto it = tmap.find(Triple(word[i], word[i + 1], word[i + 2]));
      if (it == tmap.end()) return kNone;
      lists.push_back(&it->second);
    }
    std::sort(lists.begin(), lists.end(), [](auto* a, auto* b) { return a->size() < b->size(); });
    std::vector<std::uint32_t> out = lists.size() > 1 ? Intersect(*lists[0], *lists[1]) : *lists[0];
    if (word.size() <= 3) return out;
    // glibc's memmem (a two-byte shift table for short needles) rather than
    // string_view::find, which stops at every lead byte of a CJK character.
    out.erase(std::remove_if(out.begin(), out.end(),
                             [&](std::uint32_t id) {
                               const Doc& d = docs[id];
                               const std::size_t size = name_only ? d.name_bytes : d.folded.size();
                               return memmem(d.folded.data(), size, folded_word.data(), folded_word.size()) == nullptr;
                             }),
              out.end());
    return out;
  }
};

// The handle's search index, shared by its threads (SharedIndex), and the
// parsed contents of recently returned hits.
struct SearchState {
  SharedIndex shared;
  SearchIndex index;  // under shared.lock

  // Parsed live contents of recently returned hits (most recent first), under
  // cache_mu. An entry is forgotten when the index reloads it; a search
  // remembers what it read only if no reload happened since it began
  // (cache_epoch), so a content read before a change is never kept after it.
  static constexpr std::size_t kCacheSize = 4096;
  std::mutex cache_mu;
  using Parsed = std::shared_ptr<const CatalogEntry>;
  std::list<std::pair<std::int64_t, Parsed>> cache;
  std::unordered_map<std::int64_t, std::list<std::pair<std::int64_t, Parsed>>::iterator> cached;
  std::atomic<std::uint64_t> cache_epoch{0};

  void Forget(std::int64_t entry_id) {  // under cache_mu
    auto it = cached.find(entry_id);
    if (it == cached.end()) return;
    cache.erase(it->second);
    cached.erase(it);
  }
  Parsed Cached(std::int64_t entry_id) {
    std::lock_guard<std::mutex> lock(cache_mu);
    auto it = cached.find(entry_id);
    if (it == cached.end()) return nullptr;
    cache.splice(cache.begin(), cache, it->second);
    return it->second->second;
  }
  void Remember(std::int64_t entry_id, Parsed entry, std::uint64_t epoch) {
    std::lock_guard<std::mutex> lock(cache_mu);
    if (cache_epoch.load(std::memory_order_acquire) != epoch) return;
    Forget(entry_id);
    cache.emplace_front(entry_id, std::move(entry));
    cached[entry_id] = cache.begin();
    if (cache.size() > kCacheSize) {
      cached.erase(cache.back().first);
      cache.pop_back();
    }
  }
  void Reloaded(const std::vector<std::int64_t>& entry_ids) {
    std::lock_guard<std::mutex> lock(cache_mu);
    cache_epoch.fetch_add(1, std::memory_order_acq_rel);
    for (std::int64_t id : entry_ids) Forget(id);
  }
  void Cleared() {
    std::lock_guard<std::mutex> lock(cache_mu);
    cache_epoch.fetch_add(1, std::memory_order_acq_rel);
    cache.clear();
    cached.clear();
  }
};

std::shared_ptr<SearchState> NewSearchState() { return std::make_shared<SearchState>(); }

namespace {

// Builds the search index or brings it up to date, holding the catch-up
// mutex: reads first, applies under the exclusive lock.
void CatchUpLocked(PlatformCore& p, SearchState& st, bool look_at_trail) {
  SharedIndex& sh = st.shared;
  if (sh.cursor.built) {
    bool rebuild = false;
    std::vector<std::pair<std::int64_t, std::optional<SearchDocumentRow>>> rows;
    p.Read([&] {
      for (const Change& c : sh.cursor.Changes(p, look_at_trail)) {
        if (c.kind == ChangeKind::kFederation) rebuild = true;  // an import may change any number of entries
        if (rebuild) break;
        if (c.kind == ChangeKind::kEntry) rows.emplace_back(c.id, p.S().FindSearchDocument(c.id));
      }
    });
    if (rebuild) {
      sh.cursor.built = false;
    } else {
      if (!rows.empty()) {
        {
          std::lock_guard<internal::ReadMostlyLock> lock(sh.lock);
          for (const auto& [id, row] : rows) {
            if (row) {
              st.index.Add(*row);
            } else {
              st.index.Remove(id);
            }
          }
        }
        std::vector<std::int64_t> ids;
        for (const auto& r : rows) ids.push_back(r.first);
        st.Reloaded(ids);
      }
      sh.seen_generation.store(sh.cursor.generation, std::memory_order_release);
      sh.checked_ms.store(SharedIndex::MonotonicMs(), std::memory_order_relaxed);
      return;
    }
  }
  const std::int64_t generation = p.write_generation.load(std::memory_order_acquire);
  auto fresh = std::make_unique<SearchIndex>();
  p.Read([&] {
    p.S().ScanSearchDocuments([&](const SearchDocumentRow& row) { fresh->Add(row); });
    sh.cursor.Built(p, generation);
  });
  {
    std::lock_guard<internal::ReadMostlyLock> lock(sh.lock);
    std::swap(st.index, *fresh);
  }
  st.Cleared();
  sh.built.store(true, std::memory_order_release);
  sh.seen_generation.store(sh.cursor.generation, std::memory_order_release);
  sh.checked_ms.store(SharedIndex::MonotonicMs(), std::memory_order_relaxed);
}

void EnsureCurrent(PlatformCore& p, SearchState& st) {
  st.shared.EnsureCurrent(p, [&](bool look_at_trail) { CatchUpLocked(p, st, look_at_trail); });
}

}  // namespace

void SearchIndexTakeWrite(PlatformCore& p) {
  SearchState& st = *p.search;
  st.shared.TakeWrite([&](bool look_at_trail) { CatchUpLocked(p, st, look_at_trail); });
}

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
  explicit SearchEngine(PlatformCore& p) : p_(p), state_(*p.search) {}

  // `department_names`: code → name, for the department facet.
  SearchResult Run(const SearchQuery& q, const std::unordered_map<std::string, std::string>& department_names) {
    EnsureCurrent(p_, state_);
    std::shared_lock<internal::ReadMostlyLock> reading(state_.shared.lock);
    const SearchIndex& st = state_.index;
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
    if (q.facets) Facets(hits, department_names, r.facets);
    return r;
  }

 private:
  void Facets(const std::vector<std::uint32_t>& hits, const std::unordered_map<std::string, std::string>& department_names,
              SearchFacets& f) {
    const SearchIndex& st = state_.index;
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
    auto strings = [](const std::vector<int>& counts, const SearchIndex::Names& names, auto label,
                      std::vector<FacetCount>& out) {
      for (size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] && !names.values[i].empty()) out.push_back({names.values[i], label(names.values[i]), counts[i]});
      }
      std::sort(out.begin(), out.end(),
                [](const FacetCount& a, const FacetCount& b) { return a.count != b.count ? a.count > b.count : a.value < b.value; });
    };
    auto same = [](const std::string& v) { return v; };
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
  SearchState& state_;
};

}  // namespace

void IndexForSearch(PlatformCore& impl, std::int64_t entry_id, const std::string& code,
                    const std::string& provider_code, const CatalogEntry& content) {
  impl.S().UpsertSearchDocument(Document(entry_id, code, provider_code, content));
}

void RemoveFromSearch(PlatformCore& impl, std::int64_t entry_id) { impl.S().DeleteSearchDocument(entry_id); }

void EnsureSearchDocuments(PlatformCore& impl) {
  auto lease = impl.Db().Write();
  storage::Storage& s = *lease;
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
  SearchState& st = *impl_->search;
  // Before the read transaction's snapshot (SearchState::Remember).
  const std::uint64_t epoch = st.cache_epoch.load(std::memory_order_acquire);
  return RunRead(*impl_, actor, Permission{Action::kReadCatalog, "", "search"}, [&](Operation&) {
    std::unordered_map<std::string, std::string> department_names;
    if (query.facets) {
      for (const auto& d : impl_->S().ListDepartments()) department_names[d.code] = d.name;
    }
    SearchEngine engine(*impl_);
    SearchResult r = engine.Run(query, department_names);
    // A20: each hit carries the entry's full description (the live version).
    for (auto& h : r.hits) {
      if (auto known = st.Cached(h.entry_id)) {
        h.entry = *known;
        continue;
      }
      EntryRow e = impl_->LoadEntry(h.entry_id);
      if (!e.live_version) continue;
      auto parsed = std::make_shared<const CatalogEntry>(EntryFromJson(impl_->LoadVersion(e, *e.live_version).content));
      h.entry = *parsed;
      st.Remember(h.entry_id, std::move(parsed), epoch);
    }
    return r;
  });
}

}  // namespace govshare
