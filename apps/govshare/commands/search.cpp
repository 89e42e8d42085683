// govshare search — the published catalog by words, filters and facets (A20,
// docs/search.md).
#include "govshare/catalog_service.h"
#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "commands/commands.h"
#include "commands/common.h"

namespace govshare_cli {
namespace {

struct SearchArgs {
  std::vector<std::string> words;
  std::string department, topic, industry, share_class, method, format, update_cycle;
  int offset = 0, limit = 20;
  bool json = false;
};

// The JSON names of an enumeration's values 1..last (for --share-class etc.).
template <typename Enum>
std::vector<std::string> EnumNames(Enum last) {
  std::vector<std::string> names;
  for (int v = 1; v <= static_cast<int>(last); ++v) names.push_back(govshare::ToString(static_cast<Enum>(v)));
  return names;
}

ojson FacetJson(const std::vector<govshare::FacetCount>& counts) {
  ojson a = ojson::array();
  for (const auto& c : counts) a.push_back({{"value", c.value}, {"label", c.label}, {"count", c.count}});
  return a;
}

void PrintSearchJson(const govshare::SearchResult& r) {
  ojson j;
  j["total"] = r.total;
  ojson hits = ojson::array();
  for (const auto& h : r.hits) {
    ojson hj;
    hj["entry_id"] = h.entry_id;
    hj["code"] = h.code;
    hj["name_match"] = h.name_match;
    hj["entry"] = ojson::parse(govshare::EntryToJson(h.entry, -1));
    hits.push_back(std::move(hj));
  }
  j["hits"] = std::move(hits);
  const govshare::SearchFacets& f = r.facets;
  j["facets"] = {{"departments", FacetJson(f.departments)}, {"topics", FacetJson(f.topics)},
                 {"industries", FacetJson(f.industries)},   {"share_classes", FacetJson(f.share_classes)},
                 {"formats", FacetJson(f.formats)},         {"update_cycles", FacetJson(f.update_cycles)},
                 {"methods", FacetJson(f.methods)}};
  PrintJson(j);
}

int Search(const Session& s, const SearchArgs& a) {
  using namespace govshare;
  SearchQuery q;
  for (const auto& w : a.words) q.text += (q.text.empty() ? "" : " ") + w;
  q.department = a.department;
  q.topic = a.topic;
  q.industry = a.industry;
  if (!a.share_class.empty()) q.share_class = ParseShareClass(a.share_class);
  if (!a.method.empty()) q.method = ParseShareMethod(a.method);
  if (!a.format.empty()) q.format = ParseFormatClass(a.format);
  if (!a.update_cycle.empty()) q.update_cycle = ParseUpdateCycle(a.update_cycle);
  q.offset = a.offset;
  q.limit = a.limit;
  auto p = s.Open();
  const SearchResult r = p->catalog().Search(s.Actor(), q);
  if (a.json) {
    PrintSearchJson(r);
    return kExitOk;
  }
  std::cout << "共 " << r.total << " 条 total: " << r.total;
  if (!r.hits.empty() && static_cast<int>(r.hits.size()) < r.total) {
    std::cout << " (第 " << q.offset + 1 << "–" << q.offset + static_cast<int>(r.hits.size()) << " 条 showing "
              << q.offset + 1 << "-" << q.offset + static_cast<int>(r.hits.size()) << ")";
  }
  std::cout << '\n';
  for (const auto& h : r.hits) {
    const CatalogEntry& e = h.entry;
    std::cout << (h.code.empty() ? "-" : h.code) << '\t' << e.name << '\t'
              << (e.provider.name.empty() ? e.provider.code : e.provider.name) << '\t'
              << ToString(e.share.share_class) << '\t' << (h.name_match ? "name" : "-") << '\n';
  }
  if (r.total > 0) {
    std::cout << "\n部门 departments:\n";
    for (const auto& c : r.facets.departments) {
      std::cout << "  " << c.value << '\t' << c.label << '\t' << c.count << '\n';
    }
    std::cout << "主题 topics:\n";
    for (const auto& c : r.facets.topics) std::cout << "  " << c.value << '\t' << c.count << '\n';
  }
  return kExitOk;
}

}  // namespace

void AddSearchCommand(CLI::App& app, Program& program) {
  auto a = std::make_shared<SearchArgs>();
  auto* search = app.add_subcommand(
      "search", "Search the published catalog (A20; any platform user) by words, department, topic, "
                "industry, share class, method; docs/search.md");
  search->footer(
      "Every word must occur in an entry's name, summary or item names, as a substring (Chinese\n"
      "words of any length; ASCII letters in any case). Prints \"共 N 条 total: N\", then one line per\n"
      "hit: CODE<TAB>NAME<TAB>PROVIDER<TAB>SHARE_CLASS<TAB>name|- (name: every word is in the\n"
      "entry's name; those come first, then the others, each group oldest first), then after a\n"
      "blank line the hits per department (CODE<TAB>NAME<TAB>COUNT) and per topic (TOPIC<TAB>COUNT).\n"
      "Published entries only. Exit 0 also when nothing is found.\n\n" + ExitCodeHelp());
  search->add_option("QUERY", a->words, "words (all must occur; none: every published entry)");
  search->add_option("--department", a->department, "only this provider (credit code)");
  search->add_option("--topic", a->topic, "only entries with this topic, e.g. 人口");
  search->add_option("--industry", a->industry, "only entries of this industry");
  const auto share_classes = EnumNames(govshare::ShareClass::kNotShared);
  const auto methods = EnumNames(govshare::ShareMethod::kFile);
  const auto formats = EnumNames(govshare::FormatClass::kOther);
  const auto cycles = EnumNames(govshare::UpdateCycle::kOther);
  search->add_option("--share-class", a->share_class, "only this share class (A8)")->check(CLI::IsMember(share_classes));
  search->add_option("--method", a->method, "only entries shared by this method (A13)")->check(CLI::IsMember(methods));
  search->add_option("--format", a->format, "only this format class")->check(CLI::IsMember(formats));
  search->add_option("--update-cycle", a->update_cycle, "only this update cycle")->check(CLI::IsMember(cycles));
  search->add_option("--offset", a->offset, "skip this many hits (paging)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  search->add_option("--limit", a->limit, "print at most this many hits (0..1000)")
      ->check(CLI::Range(0, 1000))
      ->capture_default_str();
  search->add_flag("--json", a->json,
                   "print JSON: {total, hits: [{entry_id, code, name_match, entry}], facets: {departments, "
                   "topics, industries, share_classes, formats, update_cycles, methods}}");
  OnPlatformCommand(search, program, "search", [a](const Session& s) { return Search(s, *a); });
}

}  // namespace govshare_cli
