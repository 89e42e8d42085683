package org.govshare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java boundary of libgovshare: the same core cases as the C++ tests, checked through
 * the binding (type mapping, exceptions, optionals, lists, UTF-8). Domain rules themselves
 * are tested in C++.
 */
class CatalogTest {
  // Valid GB 32100 codes of synthetic Nantong bodies (as in tests/cpp/test_util.h).
  static final String POLICE_CODE = "11320600MB1A2B3CXJ";
  static final String INSTITUTION_CODE = "12320600MB1C0D2E6Q";

  // ---- helpers ---------------------------------------------------------------------

  static Path repoRoot() {
    String root = System.getProperty("govshare.repo.root");
    assertNotNull(root, "surefire sets -Dgovshare.repo.root");
    return Paths.get(root).toAbsolutePath().normalize();
  }

  static DataItem item(String name, DataType type, int length) {
    DataItem item = new DataItem();
    item.setName(name);
    item.setType(type);
    item.setLength(length);
    return item;
  }

  /** A complete, valid conditional entry (户籍人口基本信息), built field by field in Java. */
  static CatalogEntry validConditionalEntry() {
    CatalogEntry e = new CatalogEntry();
    e.setCode("101001/000001");
    e.setName("户籍人口基本信息");
    e.setSummary("全市户籍人口的身份、出生、户籍地址和人口状态信息，用于身份核验和人口统计分析。");
    Provider provider = new Provider();
    provider.setCode(POLICE_CODE);
    provider.setName("南通市公安局");
    e.setProvider(provider);
    e.setSystemName("公安人口信息管理系统");
    Classification c = new Classification();
    c.setCategory(ResourceCategory.BASIC);
    c.setDomain("01");
    c.setGroup("001");
    e.setClassification(c);
    e.setTopics(new StringList(List.of("人口")));
    e.setIndustry("公共管理、社会保障和社会组织");
    e.getFormat().setFormatClass(FormatClass.DATABASE); // edits through the field's view
    e.getFormat().setType("Dm");

    DataItem id = item("公民身份号码", DataType.CHARACTER, 18);
    id.setNullable(false);
    id.setPersonalInfo(PersonalInfoKind.ID_CARD);
    DataItem name = item("姓名", DataType.CHARACTER, 50);
    name.setPersonalInfo(PersonalInfoKind.NAME);
    DataItem sex = item("性别", DataType.CHARACTER, 1);
    sex.setCodeTable("GB/T 2261.1");
    DataItem address = item("户籍地址", DataType.CHARACTER, 200);
    address.setPersonalInfo(PersonalInfoKind.ADDRESS);
    e.setItems(new DataItemList(List.of(id, name, sex, address)));
    e.setDataStandard("GB/T 19488.1-2004 电子政务数据元");

    ShareAttribute share = e.getShare();
    share.setShareClass(ShareClass.CONDITIONAL);
    share.setConditions("仅限履职需要，身份号码与地址脱敏后提供");
    share.getScope().getDepartments().add(INSTITUTION_CODE);
    share.getScope().getMaskedItems().addAll(List.of("公民身份号码", "户籍地址"));
    share.getMethods().add(ShareMethod.API);
    share.setParallelApproval(true);
    share.setAuthorizationMode(Optional.of(AuthorizationMode.PROVIDER_DIRECT));
    e.getOpen().setOpenClass(OpenClass.NOT_OPEN);
    e.setUpdateCycle(UpdateCycle.REALTIME);
    e.setPublishDate(Optional.of(Date.of(2020, 6, 1)));
    return e;
  }

  static Finding findRule(List<Finding> findings, String ruleId) {
    return findings.stream().filter(f -> f.getRuleId().equals(ruleId)).findFirst().orElse(null);
  }

  static List<String> ruleIds(List<Finding> findings) {
    return findings.stream().map(Finding::getRuleId).collect(Collectors.toList());
  }

  /** A one-entry catalog document; {@code entryExtra} and {@code itemExtra} add keys. */
  static String catalogJson(String entryExtra, String itemExtra) {
    return "{\"entries\": [{\"name\": \"户籍人口基本信息\","
        + " \"provider\": {\"code\": \"" + POLICE_CODE + "\", \"name\": \"南通市公安局\"},"
        + " \"items\": [{\"name\": \"姓名\", \"type\": \"C\", \"length\": 50" + itemExtra + "}],"
        + " \"share\": {\"class\": \"unconditional\"}, \"update_cycle\": \"daily\""
        + entryExtra + "}]}";
  }

  static ParseException parseError(String json) {
    return assertThrows(ParseException.class, () -> GovShare.catalogFromJson(json));
  }

  // ---- the sample catalog ----------------------------------------------------------

  @Test
  void sampleCatalogLoadsValidatesAndRoundTrips() throws IOException {
    Path sample = repoRoot().resolve("examples/data/catalog-sample.json");
    assertTrue(Files.exists(sample), "examples/data/catalog-sample.json is missing");

    Catalog catalog = GovShare.loadCatalogFile(sample.toString());
    assertFalse(catalog.getEntries().isEmpty());
    FindingList findings = GovShare.validateCatalog(catalog);
    assertFalse(GovShare.hasErrors(findings), () -> GovShare.findingsToJson(findings, 2));

    // Export is byte-identical to the file: the whole document crosses JNI as UTF-8.
    String text = Files.readString(sample, StandardCharsets.UTF_8);
    assertEquals(text, GovShare.catalogToJson(catalog));
    assertEquals(catalog, GovShare.catalogFromJson(GovShare.catalogToJson(catalog, -1)));
  }

  // ---- JSON ------------------------------------------------------------------------

  @Test
  void entryJsonRoundTrips() {
    CatalogEntry entry = validConditionalEntry();
    String text = GovShare.entryToJson(entry);
    CatalogEntry back = GovShare.entryFromJson(text);
    assertEquals(entry, back); // equals() is C++ operator==
    assertEquals(entry.hashCode(), back.hashCode());
    assertEquals(text, GovShare.entryToJson(back));
    assertTrue(text.contains("户籍人口基本信息"), text);

    Catalog catalog = new Catalog();
    catalog.getEntries().add(entry);
    catalog.getEntries().add(back);
    assertEquals(catalog, GovShare.catalogFromJson(GovShare.catalogToJson(catalog, -1)));

    back.getItems().get(2).setShareClass(Optional.of(ShareClass.CONDITIONAL));
    assertNotEquals(entry, back);
  }

  @Test
  void saveAndLoadFile(@TempDir Path dir) {
    Catalog catalog = new Catalog();
    catalog.getEntries().add(validConditionalEntry());
    String path = dir.resolve("目录.json").toString(); // a UTF-8 file name too
    GovShare.saveCatalogFile(catalog, path);
    assertEquals(catalog, GovShare.loadCatalogFile(path));
  }

  // ---- validation ------------------------------------------------------------------

  @Test
  void validEntryHasNoFindings() {
    FindingList findings = GovShare.validate(validConditionalEntry());
    assertTrue(findings.isEmpty(), () -> GovShare.findingsToJson(findings, 2));
  }

  @Test
  void conditionalEntryWithEmptyScopeIsAnA8Error() {
    CatalogEntry entry = validConditionalEntry();
    ShareScope scope = entry.getShare().getScope();
    scope.getDepartments().clear();
    scope.getMaskedItems().clear();
    assertTrue(entry.getShare().getScope().isEmpty());

    FindingList findings = GovShare.validate(entry);
    Finding f = findRule(findings, "share.conditional_scope");
    assertNotNull(f, () -> ruleIds(findings).toString());
    assertEquals("A8", f.getArticle());
    assertEquals("share.scope", f.getPath());
    assertEquals(Severity.ERROR, f.getSeverity());
    assertFalse(f.getMessageZh().isEmpty());
    assertFalse(f.getMessageEn().isEmpty());
    assertTrue(GovShare.hasErrors(findings));
  }

  @Test
  void notSharedNeedsALegalBasis() {
    CatalogEntry entry = validConditionalEntry();
    ShareAttribute share = entry.getShare();
    share.setShareClass(ShareClass.NOT_SHARED);
    share.setScope(new ShareScope());
    share.getMethods().clear();
    share.setAuthorizationMode(Optional.empty());
    share.setParallelApproval(false);
    assertEquals(Optional.empty(), share.getLegalBasis());

    assertNotNull(findRule(GovShare.validate(entry), "share.legal_basis"));

    // The Optional of a struct reaches the C++ entry (the A8 rule itself: ValidationTest).
    LegalBasis basis = new LegalBasis();
    basis.setKind(LegalBasisKind.LAW);
    basis.setTitle("《中华人民共和国统计法》");
    basis.setArticle("第二十五条");
    share.setLegalBasis(Optional.of(basis));
    assertEquals(Optional.of(basis), share.getLegalBasis());
    assertNull(findRule(GovShare.validate(entry), "share.legal_basis"));
  }

  @Test
  void validationRulesAreListed() {
    RuleInfoList rules = GovShare.validationRules();
    RuleInfo scope =
        rules.stream()
            .filter(r -> r.getRuleId().equals("share.conditional_scope"))
            .findFirst()
            .orElseThrow();
    assertEquals("A8", scope.getArticle());
    assertEquals(Severity.ERROR, scope.getSeverity());
    assertEquals("有条件共享须标明共享范围", scope.getDescriptionZh());
  }

  // ---- errors ----------------------------------------------------------------------

  @Test
  void parseErrorsNameThePath() {
    ParseException badEnum = parseError(catalogJson("", "").replace("\"type\": \"C\"", "\"type\": \"X\""));
    assertEquals("entries[0].items[0].type", badEnum.getPath());
    assertEquals(ErrorCode.PARSE, badEnum.getCode());
    assertTrue(badEnum.getMessage().startsWith("entries[0].items[0].type: "), badEnum.getMessage());
    assertInstanceOf(InvalidArgumentException.class, badEnum);
    assertInstanceOf(GovShareException.class, badEnum);
    assertInstanceOf(RuntimeException.class, badEnum);

    assertEquals("entries[0].colour", parseError(catalogJson(", \"colour\": \"red\"", "")).getPath());
    assertEquals("entries[0].items[0].scale",
                 parseError(catalogJson("", ", \"scale\": \"2\"")).getPath());

    ParseException date = parseError(catalogJson(", \"publish_date\": \"2023-02-30\"", ""));
    assertEquals("entries[0].publish_date", date.getPath());
    assertTrue(date.getMessage().contains("2023-02-30"), date.getMessage());

    assertEquals("", parseError("[]").getPath()); // the document as a whole
    // and a good document parses
    assertEquals(1, GovShare.catalogFromJson(catalogJson("", "")).getEntries().size());
  }

  @Test
  void invalidUtf8InAFileIsAParseError(@TempDir Path dir) throws IOException {
    byte[] good = catalogJson("", "").getBytes(StandardCharsets.UTF_8);
    byte[] name = "户籍人口".getBytes(StandardCharsets.UTF_8);
    byte[] bad = good.clone();
    int at = indexOf(bad, name);
    assertTrue(at > 0);
    bad[at + 3] = (byte) 0xFF; // breaks 籍 in the entry's name
    Path file = dir.resolve("bad-utf8.json");
    Files.write(file, bad);

    ParseException e =
        assertThrows(ParseException.class, () -> GovShare.loadCatalogFile(file.toString()));
    assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    assertTrue(e.getPath().startsWith("entries[0]"), e.getPath());
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) continue outer;
      }
      return i;
    }
    return -1;
  }

  @Test
  void missingFileIsAnIoError(@TempDir Path dir) {
    String missing = dir.resolve("no-such-catalog.json").toString();
    IoException e = assertThrows(IoException.class, () -> GovShare.loadCatalogFile(missing));
    assertEquals(ErrorCode.IO, e.getCode());
    assertTrue(e.getMessage().contains(missing), e.getMessage());
    assertFalse(InvalidArgumentException.class.isInstance(e));
  }

  @Test
  void badCatalogCodeIsAnInvalidArgument() {
    InvalidArgumentException e =
        assertThrows(InvalidArgumentException.class, () -> GovShare.parseCatalogCode("401001/000001"));
    assertSame(InvalidArgumentException.class, e.getClass()); // not a ParseException
    assertEquals(ErrorCode.INVALID_ARGUMENT, e.getCode());
    assertTrue(e.getMessage().contains("类"), e.getMessage()); // Chinese message intact
  }

  // ---- strings ---------------------------------------------------------------------

  @Test
  void textRoundTripsAsUtf8() {
    CatalogEntry entry = new CatalogEntry();
    entry.setName("户籍人口基本信息");
    assertEquals("户籍人口基本信息", entry.getName());

    // Outside the BMP (CJK Extension B), which JNI's "modified UTF-8" would mangle,
    // and an embedded NUL.
    String rare = "\uD840\uDC00姓名𪚥";
    entry.setName(rare);
    assertEquals(rare, entry.getName());
    entry.setSummary("a\0b");
    assertEquals("a\0b", entry.getSummary());

    DataItem item = item(rare, DataType.CHARACTER, 10);
    CatalogEntry e = validConditionalEntry();
    e.getItems().add(item);
    CatalogEntry back = GovShare.entryFromJson(GovShare.entryToJson(e));
    assertEquals(rare, back.getItems().get(4).getName());
  }

  // ---- codes and identifiers -------------------------------------------------------

  @Test
  void catalogCodesParseFormatAndNext() {
    CatalogCode code = GovShare.parseCatalogCode("101001/000123");
    assertEquals(ResourceCategory.BASIC, code.getClassification().getCategory());
    assertEquals("01", code.getClassification().getDomain());
    assertEquals("001", code.getClassification().getGroup());
    assertEquals("", code.getClassification().getDetail());
    assertEquals(123L, code.getSequence());
    assertEquals("101001/000123", GovShare.formatCatalogCode(code));
    assertTrue(GovShare.isValidCatalogCode("101001/000123"));

    CatalogCodeScheme scheme = new CatalogCodeScheme();
    scheme.setDetailWidth(3);
    scheme.setSequenceWidth(4);
    CatalogCode detailed = GovShare.parseCatalogCode("307001A01/0042", scheme);
    assertEquals(ResourceCategory.DEPARTMENT, detailed.getClassification().getCategory());
    assertEquals("A01", detailed.getClassification().getDetail());
    assertEquals("307001A01/0042", GovShare.formatCatalogCode(detailed, scheme));

    Classification population = GovShare.parseCatalogCode("101001/000001").getClassification();
    assertEquals("101001/000001", GovShare.nextCatalogCode(new StringList(), population));
    StringList existing = new StringList(List.of("101001/000001", "101001/000007"));
    assertEquals("101001/000008", GovShare.nextCatalogCode(existing, population));
    assertEquals("101001", GovShare.classificationCode(population));
  }

  /** A Java boolean and char back, an exception for a bad argument (GB 32100/11714: identifiers_test). */
  @Test
  void creditCodesAreChecked() {
    assertTrue(GovShare.isValidCreditCode(POLICE_CODE));
    assertFalse(GovShare.isValidCreditCode(""));
    assertEquals('P', GovShare.creditCodeCheckChar("91320612MA1W2K3L4"));
    assertThrows(InvalidArgumentException.class, () -> GovShare.creditCodeCheckChar("91320612MA1W2K3L"));
    assertTrue(GovShare.isValidOrganizationCode("D2143569-X"));
  }

  // ---- enums -----------------------------------------------------------------------

  @Test
  void enumsAreJavaEnumsWithTheDocumentedNames() {
    assertEquals("not_shared", GovShare.toString(ShareClass.NOT_SHARED));
    assertEquals("half_yearly", GovShare.toString(UpdateCycle.HALF_YEARLY));
    assertEquals("provider_to_platform", GovShare.toString(AuthorizationMode.PROVIDER_TO_PLATFORM));
    assertEquals("Y", GovShare.toString(DataType.CURRENCY));
    assertEquals("error", GovShare.toString(Severity.ERROR));
    assertEquals("有条件共享", GovShare.chineseLabel(ShareClass.CONDITIONAL));
    assertEquals("库表", GovShare.chineseLabel(ShareMethod.TABLE));

    for (ShareClass v : ShareClass.values()) {
      assertSame(v, GovShare.parseShareClass(GovShare.toString(v)));
    }
    for (DataType v : DataType.values()) {
      assertSame(v, GovShare.parseDataType(GovShare.toString(v)));
    }
    for (PersonalInfoKind v : PersonalInfoKind.values()) {
      assertSame(v, GovShare.parsePersonalInfoKind(GovShare.toString(v)));
    }
    assertEquals(3, ShareClass.NOT_SHARED.swigValue()); // the stable C++ value
    assertEquals(ShareClass.NOT_SHARED, ShareClass.valueOf("NOT_SHARED"));
    assertEquals(1, ErrorCode.INVALID_ARGUMENT.swigValue());
    assertTrue(GovShare.isWiderThan(ShareClass.UNCONDITIONAL, ShareClass.CONDITIONAL));

    InvalidArgumentException e =
        assertThrows(InvalidArgumentException.class, () -> GovShare.parseShareClass("Conditional"));
    assertTrue(e.getMessage().contains("unconditional, conditional, not_shared"), e.getMessage());
  }

  // ---- optionals -------------------------------------------------------------------

  @Test
  void optionalsMapToJavaOptional() {
    DataItem item = new DataItem();
    assertEquals(Optional.empty(), item.getShareClass());
    assertEquals(Optional.empty(), item.getOpenClass());
    item.setShareClass(Optional.of(ShareClass.NOT_SHARED));
    assertEquals(Optional.of(ShareClass.NOT_SHARED), item.getShareClass());
    item.setShareClass(Optional.empty());
    assertEquals(Optional.empty(), item.getShareClass());

    CatalogEntry entry = new CatalogEntry();
    assertEquals(Optional.empty(), entry.getPublishDate());
    entry.setPublishDate(Optional.of(Date.of(2021, 3, 15)));
    Date date = entry.getPublishDate().orElseThrow();
    assertEquals("2021-03-15", date.toIso());
    date.setDay(16); // the Optional holds a copy
    assertEquals(Date.of(2021, 3, 15), entry.getPublishDate().orElseThrow());
    entry.setPublishDate(Optional.empty());
    assertTrue(entry.getPublishDate().isEmpty());
  }

  @Test
  void nullArgumentsAreNullPointerExceptions() {
    CatalogEntry entry = new CatalogEntry();
    assertThrows(NullPointerException.class, () -> entry.setProvider(null));
    assertThrows(NullPointerException.class, () -> entry.setName(null));
    assertThrows(NullPointerException.class, () -> entry.setPublishDate((Optional<Date>) null));
    assertThrows(NullPointerException.class, () -> GovShare.validate(null));
  }

  // ---- dates -----------------------------------------------------------------------

  @Test
  void datesConvertToAndFromLocalDate() {
    Date d = Date.fromIso("2026-10-01");
    assertEquals(LocalDate.of(2026, 10, 1), d.toLocalDate());
    assertEquals("2026-10-01", d.toString());
    assertEquals(d, Date.fromLocalDate(LocalDate.of(2026, 10, 1)));
    assertEquals("2024-02-29", Date.fromLocalDate(LocalDate.of(2024, 2, 29)).toIso());
    assertThrows(InvalidArgumentException.class, () -> Date.fromIso("2023-02-29"));
    assertFalse(Date.of(2026, 2, 30).isValid());

    for (LocalDate l = LocalDate.of(1969, 12, 1); l.isBefore(LocalDate.of(2030, 1, 1)); l = l.plusDays(97)) {
      Date x = Date.fromLocalDate(l);
      assertEquals(l.toEpochDay(), x.daysSinceEpoch());
      assertEquals(x, Date.fromDaysSinceEpoch((int) l.toEpochDay()));
      assertEquals(l, x.toLocalDate());
    }

    Date earlier = Date.of(2025, 12, 31);
    Date later = Date.of(2026, 1, 1);
    assertTrue(earlier.isBefore(later));
    assertTrue(earlier.compareTo(later) < 0);
    List<Date> dates = new ArrayList<>(List.of(later, earlier));
    dates.sort(null);
    assertEquals(List.of(earlier, later), dates);
    assertEquals(29, GovShare.daysInMonth(2000, 2));
  }

  // ---- lists -----------------------------------------------------------------------

  @Test
  void vectorsBehaveAsJavaLists() {
    CatalogEntry entry = validConditionalEntry();
    DataItemList items = entry.getItems();
    assertEquals(4, items.size());
    List<String> names = new ArrayList<>();
    for (DataItem item : items) {
      names.add(item.getName());
    }
    assertEquals(List.of("公民身份号码", "姓名", "性别", "户籍地址"), names);

    // The list is a view of the entry's field: add() changes the entry.
    items.add(item("出生日期", DataType.DATE, 8));
    assertEquals(5, entry.getItems().size());
    assertEquals("出生日期", entry.getItems().get(4).getName());
    entry.getItems().remove(4);
    assertEquals(4, entry.getItems().size());

    List<DataItem> asList = entry.getItems(); // a java.util.List
    assertEquals(List.of("公民身份号码"), asList.stream()
        .filter(i -> i.getPersonalInfo() == PersonalInfoKind.ID_CARD)
        .map(DataItem::getName)
        .collect(Collectors.toList()));
    assertThrows(IndexOutOfBoundsException.class, () -> asList.get(99));

    StringList strings = new StringList(List.of("a", "b"));
    strings.add("户籍");
    strings.set(0, "z");
    assertEquals(List.of("z", "b", "户籍"), strings);
    assertEquals(List.of("z", "b", "户籍"), new ArrayList<>(strings));
    assertTrue(GovShare.knownCodeStandards().contains("GB/T 2261.1"));

    ShareMethodList methods = entry.getShare().getMethods();
    assertEquals(List.of(ShareMethod.API), methods);
  }

  @Test
  void viewsKeepTheirOwnerAlive() {
    // The catalog is garbage right away; the views must keep its C++ memory alive.
    DataItemList items =
        GovShare.catalogFromJson(catalogJson("", "")).getEntries().get(0).getItems();
    for (int i = 0; i < 3; i++) {
      System.gc();
      System.runFinalization(); // SWIG frees C++ memory from finalize()
      byte[][] garbage = new byte[64][];
      for (int j = 0; j < garbage.length; j++) garbage[j] = new byte[64 * 1024];
    }
    assertEquals("姓名", items.get(0).getName());
    assertEquals(50, items.get(0).getLength());
  }

  // ---- packaging -------------------------------------------------------------------

  @Test
  void versionMatchesTheJar() {
    String expected = System.getProperty("govshare.expected.version");
    assumeTrue(expected != null, "run by surefire, which passes the pom's version");
    assertEquals(expected, GovShare.version(), "pom.xml version and CMake project version differ");
  }

  @Test
  void jniLibraryIsPackagedWhereTheLoaderLooks() {
    assertNotNull(
        NativeLibrary.class.getResource(NativeLibrary.resourcePath()),
        "no " + NativeLibrary.resourcePath() + " on the class path");
  }
}
