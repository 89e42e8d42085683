package org.govshare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Catalog search (A20) through the Java binding, on the data of tests/cpp/search_test.cpp — the
 * 25 entries of examples/data/catalog-sample.json published by their own departments on a
 * platform file — end to end: Chinese words cross JNI and find exactly the entries whose name,
 * summary or item names hold them; hits carry the full description; the Optional filters,
 * facets and the Java surface. Search equal to a LIKE scan, ranking, paging and the index
 * following the catalog are tested in tests/cpp/search_test.cpp. {@code LocalDateTime} is
 * org.govshare's.
 */
class SearchTest {
  static final String BUREAU = PlatformTest.BUREAU;
  static final String RUGAO_PLATFORM = PlatformTest.RUGAO_PLATFORM;

  /** Words of 1, 2, 3, 4 and more characters, ASCII in both cases, punctuation. */
  static final List<String> WORDS = List.of("婚", "人", "码", "人口", "婚姻", "登记", "信息", "身份证", "登记信息",
      "统一社会信用代码", "公民身份号码", "不动产", "核验", "api", "API", "Dm", "（", "号码", "保险参保", "查无", "x");

  @TempDir
  Path dir;

  private Platform p;
  /** The sample as loaded (entry text for the expected results). */
  private Catalog sample;
  /** Entry id by name, and the sample entry of each id. */
  private final Map<String, Long> ids = new LinkedHashMap<>();
  private final Map<Long, CatalogEntry> entries = new HashMap<>();

  // ---- helpers ---------------------------------------------------------------------

  /** SearchTest's fixture of the C++ suite: a platform file, every sample entry published. */
  @BeforeEach
  void publishTheSample() {
    PlatformOptions o = PlatformTest.options(PlatformTest.tempDb(dir, "search"));
    o.setDurability(Durability.NORMAL);
    p = Platform.open(o);
    p.initialize(PlatformTest.bureau(), PlatformTest.administrator());
    p.addUser("admin", User.of("reviewer", "李审", BUREAU, Role.BUREAU_REVIEWER));
    p.addUser("admin", User.of("auditor", "赵审计", BUREAU, Role.AUDITOR));
    p.addDepartment("admin", Department.of(RUGAO_PLATFORM, "如皋市大数据管理局", DepartmentLevel.COUNTY_PLATFORM));
    sample = GovShare.loadCatalogFile(CatalogTest.repoRoot().resolve("examples/data/catalog-sample.json").toString());
    int n = 0;
    for (CatalogEntry view : sample.getEntries()) {
      CatalogEntry e = new CatalogEntry(view);
      String code = e.getProvider().getCode();
      if (p.findDepartment(code).isEmpty()) {
        boolean county = code.startsWith("11320682");
        p.addDepartment("admin", Department.of(code, e.getProvider().getName(),
                                               county ? DepartmentLevel.COUNTY : DepartmentLevel.MUNICIPAL,
                                               county ? RUGAO_PLATFORM : ""));
      }
      String op = "op" + n;
      String leader = "leader" + n;
      ++n;
      p.addUser("admin", User.of(op, "经办人", code, Role.DEPT_OPERATOR));
      p.addUser("admin", User.of(leader, "分管领导", code, Role.DEPT_LEADER));
      e.setCode("");
      e.getRelatedCodes().clear();
      EntryRecord r = p.catalog().createDraft(op, e);
      r = p.catalog().submit(op, r.getId(), r.getRowVersion());
      r = p.catalog().approve("reviewer", r.getId(), r.getRowVersion());
      r = p.catalog().publish(leader, r.getId(), r.getRowVersion());
      ids.put(e.getName(), r.getId());
      entries.put(r.getId(), e);
    }
    assertEquals(25, ids.size());
  }

  @AfterEach
  void closePlatform() {
    p.close();
  }

  /** The ids of every hit of {@code text} (sorted), checking that total counts them all. */
  List<Long> search(String text) {
    SearchQuery q = SearchQuery.of(text, 0, 1000);
    q.setFacets(false);
    SearchResult r = p.catalog().search("auditor", q);
    List<Long> out = r.getHits().stream().map(SearchHit::getEntryId).sorted().collect(Collectors.toList());
    assertEquals(r.getTotal(), out.size(), text);
    return out;
  }

  /** The search text of an entry: name, summary and item names (docs/search.md). */
  static String searchText(CatalogEntry e) {
    StringBuilder s = new StringBuilder(e.getName()).append('\n').append(e.getSummary());
    for (DataItem item : e.getItems()) {
      s.append('\n').append(item.getName());
    }
    return s.toString();
  }

  /** ASCII letters folded to lower case, nothing else (as SQL LIKE folds). */
  static String foldAscii(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return out.toString();
  }

  static boolean holdsEvery(CatalogEntry e, List<String> words) {
    String text = foldAscii(searchText(e));
    return words.stream().allMatch(w -> text.contains(foldAscii(w)));
  }

  /** The published entries (of the sample) holding every word, sorted. */
  List<Long> expected(String... words) {
    return ids.values().stream().filter(id -> holdsEvery(entries.get(id), List.of(words))).sorted()
        .collect(Collectors.toList());
  }

  /** The published entries (of the sample) of which {@code test} holds. */
  List<Long> sampleWhere(Predicate<CatalogEntry> test) {
    return ids.values().stream().filter(id -> test.test(entries.get(id))).sorted().collect(Collectors.toList());
  }

  // ---- words of any length -------------------------------------------------------------

  /**
   * Exactly the entries whose name, summary or item names (ASCII case folded) hold every word —
   * each hit holds it, and no entry holding it is missing. (The C++ suite compares with a LIKE
   * scan of the index; what the index holds is checked here only.)
   */
  @Test
  void resultsAreTheEntriesHoldingEveryWord() {
    for (String w : WORDS) {
      assertEquals(expected(w), search(w), w);
    }
    for (String w : List.of("口", "户籍", "出生日", "户籍人口", "社会保险参保")) {
      assertEquals(expected(w), search(w), w);
    }
    assertFalse(search("婚").isEmpty());
    assertEquals(expected("人口", "登记"), search("人口 登记"));
    // Each hit's own description holds the word.
    for (SearchHit h : p.catalog().search("auditor", SearchQuery.of("号码", 0, 1000)).getHits()) {
      assertTrue(holdsEvery(h.getEntry(), List.of("号码")), h::toString);
    }
  }

  // ---- descriptions, paging -------------------------------------------------------------

  /**
   * Each hit carries the full description as published; within the name matches, entry order;
   * paging past the end and a limit of 0 give no hits (ranking and paging themselves: C++
   * SearchTest.NameMatchesFirstWithFullDescriptions; the rest is not in the C++ suite).
   */
  @Test
  void hitsCarryTheFullDescription() {
    SearchQuery q = SearchQuery.of("登记");
    SearchResult r = p.catalog().search("auditor", q);
    assertTrue(r.getTotal() > 2, r::toString);
    assertEquals(Math.min(20, r.getTotal()), r.getHits().size());
    for (SearchHit h : r.getHits()) {
      assertEquals(h.getCode(), h.getEntry().getCode());
      assertEquals(ids.get(h.getEntry().getName()), h.getEntryId());
      // The full description: the published content as cataloged.
      CatalogEntry published = entries.get(h.getEntryId());
      assertEquals(published.getSummary(), h.getEntry().getSummary());
      assertEquals(published.getItems().size(), h.getEntry().getItems().size());
      assertEquals(published.getProvider(), h.getEntry().getProvider());
    }
    // Within the name matches, in entry order.
    List<Long> names = r.getHits().stream().filter(SearchHit::isNameMatch).map(SearchHit::getEntryId)
        .collect(Collectors.toList());
    assertEquals(names.stream().sorted().collect(Collectors.toList()), names);
    assertTrue(p.catalog().search("auditor", SearchQuery.of("登记", r.getTotal(), 3)).getHits().isEmpty());
    assertEquals(0, p.catalog().search("auditor", SearchQuery.of("登记", 0, 0)).getHits().size());
  }

  // ---- filters and facets -----------------------------------------------------------------

  /**
   * The Optional filters and the facets' lists (by department, topic and share class: C++
   * SearchTest.FiltersAndFacets; industry, format, update cycle, facets off and a negative
   * offset are not in the C++ suite).
   */
  @Test
  void filtersAndFacets() {
    SearchQuery q = SearchQuery.of("信息");
    SearchResult all = p.catalog().search("auditor", q);
    SearchFacets facets = all.getFacets();
    assertEquals(all.getTotal(), facets.getShareClasses().stream().mapToInt(FacetCount::getCount).sum());
    FacetCount top = facets.getDepartments().get(0);
    assertEquals(p.findDepartment(top.getValue()).orElseThrow().getName(), top.getLabel());

    // By industry.
    q = SearchQuery.of("", 0, 1000);
    q.setIndustry("房地产业");
    assertEquals(sampleWhere(e -> e.getIndustry().equals("房地产业")), sortedIds(p.catalog().search("auditor", q)));

    // Share class, method, format, update cycle: Optional filters.
    q = new SearchQuery();
    q.setMethod(Optional.of(ShareMethod.FILE));
    q.setLimit(1000);
    assertEquals(sampleWhere(e -> e.getShare().getMethods().contains(ShareMethod.FILE)),
                 sortedIds(p.catalog().search("auditor", q)));
    q = SearchQuery.of("", 0, 1000);
    q.setFormat(Optional.of(FormatClass.SPREADSHEET));
    q.setUpdateCycle(Optional.of(UpdateCycle.HALF_YEARLY));
    assertEquals(sampleWhere(e -> e.getFormat().getFormatClass() == FormatClass.SPREADSHEET
                                  && e.getUpdateCycle() == UpdateCycle.HALF_YEARLY),
                 sortedIds(p.catalog().search("auditor", q)));
    assertEquals(List.of(ids.get("南通市政务信息系统清单")), sortedIds(p.catalog().search("auditor", q)));

    // Enumeration facets are labelled in Chinese.
    FacetCount method = all.getFacets().getMethods().get(0);
    assertEquals(GovShare.chineseLabel(GovShare.parseShareMethod(method.getValue())), method.getLabel());
    // Without facets: none computed.
    q = SearchQuery.of("信息");
    q.setFacets(false);
    SearchResult bare = p.catalog().search("auditor", q);
    assertEquals(all.getTotal(), bare.getTotal());
    assertTrue(bare.getFacets().getDepartments().isEmpty());
    assertTrue(bare.getFacets().getTopics().isEmpty());

    assertThrows(InvalidArgumentException.class, () -> p.catalog().search("auditor", SearchQuery.of("", -1, 10)));
    assertThrows(PermissionDeniedException.class, () -> p.catalog().search("ghost", new SearchQuery()));
  }

  static List<Long> sortedIds(SearchResult r) {
    return r.getHits().stream().map(SearchHit::getEntryId).sorted().collect(Collectors.toList());
  }

  // ---- the Java surface ----------------------------------------------------------------------

  /** Factories, the text overload, Optional filters, List views and toString(). */
  @Test
  void javaSurface() {
    SearchQuery q = SearchQuery.of("人口");
    assertEquals("人口", q.getText());
    assertEquals(0, q.getOffset());
    assertEquals(20, q.getLimit());
    assertTrue(q.getFacets());
    assertEquals("", q.getDepartment());
    assertEquals(Optional.empty(), q.getShareClass());
    assertEquals(Optional.empty(), q.getFormat());
    assertEquals(Optional.empty(), q.getUpdateCycle());
    assertEquals(Optional.empty(), q.getMethod());
    assertEquals("\"人口\" 0+20 facets", q.toString());
    q.setShareClass(Optional.of(ShareClass.CONDITIONAL));
    q.setMethod(Optional.of(ShareMethod.API));
    q.setTopic("户籍");
    assertEquals("\"人口\" topic=户籍 share_class=conditional method=api 0+20 facets", q.toString());
    SearchQuery copy = new SearchQuery(q);
    assertEquals(Optional.of(ShareClass.CONDITIONAL), copy.getShareClass());

    // search(actor, text) is search(actor, SearchQuery.of(text)).
    SearchResult byText = p.catalog().search("auditor", "人口");
    SearchResult byQuery = p.catalog().search("auditor", SearchQuery.of("人口"));
    assertEquals(byQuery.getTotal(), byText.getTotal());
    assertEquals(byQuery.getHits().stream().map(SearchHit::getEntryId).collect(Collectors.toList()),
                 byText.getHits().stream().map(SearchHit::getEntryId).collect(Collectors.toList()));
    // Any platform user searches (read_catalog): a department operator too.
    assertEquals(byText.getTotal(), p.catalog().search("op0", "人口").getTotal());

    long household = ids.get("户籍人口基本信息");
    SearchHit first = byText.getHits().get(0);
    assertEquals(household, first.getEntryId());
    assertTrue(first.isNameMatch());
    assertEquals("entry:" + household + " " + first.getCode() + " 户籍人口基本信息 (name)", first.toString());
    assertTrue(byText.toString().startsWith(byText.getTotal() + " hits: [entry:" + household + " "),
               byText::toString);
    FacetCount dept = byText.getFacets().getDepartments().stream()
        .filter(f -> f.getValue().equals("11320600MB1T0101XP")).findFirst().orElseThrow();
    assertEquals("11320600MB1T0101XP 南通市公安局: " + dept.getCount(), dept.toString());
    FacetCount topic = byText.getFacets().getTopics().stream()
        .filter(f -> f.getValue().equals("人口")).findFirst().orElseThrow();
    assertTrue(topic.toString().startsWith("人口"), topic::toString);
    // The hit list is a java.util.List; an element keeps its result alive.
    List<SearchHit> hits = p.catalog().search("auditor", "登记").getHits();
    System.gc();
    assertFalse(hits.get(0).getEntry().getName().isEmpty());
  }
}
