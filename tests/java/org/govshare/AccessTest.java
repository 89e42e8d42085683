package org.govshare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Access decisions at the data boundary (A8, A26, A28, A30) and the validators, masking and
 * pseudonyms of masking.h through the Java binding, with the data of tests/cpp/access_test.cpp:
 * the Java surface (Optional request time, List and Map arguments, enums, value equality,
 * toString, text outside the BMP) and a decision filtered end to end. The decision rules, the
 * validators' tables and the masking formats are tested in tests/cpp/access_test.cpp and
 * tests/cpp/masking_test.cpp. The city is {@link PlatformTest#seedCity}; 公安局 provides every
 * entry, 民政局 and the 如皋市 platform consume. {@code LocalDateTime} and {@code Date} are
 * org.govshare's.
 */
class AccessTest {
  static final String POLICE = PlatformTest.POLICE;
  static final String CIVIL = PlatformTest.CIVIL;
  static final String RUGAO_PLATFORM = PlatformTest.RUGAO_PLATFORM;
  static final String PURPOSE = "低保审批 2026-0917";

  private Platform p;

  // ---- helpers ---------------------------------------------------------------------

  @BeforeEach
  void openSeededCity() {
    open(PlatformTest.options(":memory:"));
  }

  @AfterEach
  void closeCity() {
    p.close();
  }

  /** Replaces the platform of the test by a seeded one opened with {@code options}. */
  void open(PlatformOptions options) {
    if (p != null) {
      p.close();
    }
    p = Platform.open(options);
    PlatformTest.seedCity(p);
  }

  /** 户籍人口基本信息: conditional; 民政局 and the 如皋市 platform named; the ID number and address masked (A8). */
  static CatalogEntry household() {
    CatalogEntry e = PlatformTest.policeEntry();
    e.getShare().getScope().setDepartments(new StringList(List.of(CIVIL, RUGAO_PLATFORM)));
    return e;
  }

  /** 婚姻登记信息 as comparison only (A8 数据比对) for all but the 如皋市 platform. */
  static CatalogEntry marriage() {
    CatalogEntry e = PlatformTest.policeEntry();
    e.setName("婚姻登记信息");
    ShareScope scope = e.getShare().getScope();
    scope.setDepartments(new StringList(List.of(RUGAO_PLATFORM)));
    scope.getMaskedItems().clear();
    scope.setComparisonOnly(true);
    return e;
  }

  /** 市场主体登记信息: unconditional, granted by the platform. */
  static CatalogEntry market() {
    return SharingTest.platformDirectEntry();
  }

  EntryRecord publish(CatalogEntry entry) {
    EntryRecord r = p.catalog().createDraft("police.op", entry);
    r = p.catalog().submit("police.op", r.getId(), r.getRowVersion());
    r = p.catalog().approve("reviewer", r.getId(), r.getRowVersion());
    return p.catalog().publish("police.leader", r.getId(), r.getRowVersion());
  }

  /** Applied by {@code user}, accepted, granted by {@code granter}: valid 2026-09-01..{@code until}. */
  Authorization grant(String user, long entryId, List<String> items, String granter, ShareMethod method,
                      Date until) {
    ApplicationRequest r = new ApplicationRequest();
    r.setEntryId(entryId);
    r.setItems(new StringList(items));
    r.setPurpose("低保核对");
    r.setLegalDuty("《社会救助暂行办法》第十一条");
    r.setMethod(method);
    r.setValidFrom(Date.of(2026, 9, 1));
    r.setValidUntil(until);
    r.setScan(ScanDocument.of("申请表.pdf", "a".repeat(64), 1024));
    Application a = p.sharing().apply(user, r);
    a = p.sharing().acceptApplication("reviewer", a.getId(), a.getRowVersion());
    a = p.sharing().grantApplication(granter, a.getId(), a.getRowVersion(), new GrantTerms());
    return p.sharing().getAuthorization("auditor", a.getAuthorizationId());
  }

  Authorization grant(String user, long entryId, List<String> items, String granter) {
    return grant(user, entryId, items, granter, ShareMethod.API, Date.of(2026, 12, 31));
  }

  static AccessRequest req(String user, long entryId, String... items) {
    return AccessRequest.of(user, entryId, PURPOSE, items);
  }

  static AccessRequest req(String user, long entryId, ShareMethod method, String... items) {
    AccessRequest r = req(user, entryId, items);
    r.setMethod(method);
    return r;
  }

  /** The rule of the first failed check, or "". */
  static String firstFailure(AccessDecision d) {
    return d.getReasons().stream().filter(r -> !r.isPassed()).map(RuleCheck::getRule).findFirst().orElse("");
  }

  static List<ItemTreatment> treatments(AccessDecision d) {
    return d.getItems().stream().map(ItemDecision::getTreatment).collect(Collectors.toList());
  }

  // ---- decisions, filtered end to end (A8, A30) ----------------------------------------

  @Test
  void aDecisionArrivesWithEveryField() {
    EntryRecord market = publish(market());
    Authorization z = grant("civil.op", market.getId(), List.of("企业名称", "登记状态"), "reviewer");
    AccessDecision d = p.access().decide(req("civil.op", market.getId(), "企业名称", "注册资本(万元)"));
    assertTrue(d.isAllowed(), d::toString);
    assertEquals("civil.op", d.getUserId());
    assertEquals(CIVIL, d.getConsumerCode());
    assertEquals(market.getId(), d.getEntryId());
    assertEquals(z.getId(), d.getAuthorizationId());
    assertSame(ShareMethod.API, d.getMethod());
    assertEquals(p.now(), d.getTime()); // no request time: the platform clock
    assertEquals(PURPOSE, d.getPurpose());
    assertEquals(List.of(ItemTreatment.PLAIN, ItemTreatment.WITHHELD), treatments(d));
    assertEquals("企业名称", d.getItems().get(0).getItem());
    assertEquals("A30", d.getItems().get(1).getWhy());
    assertEquals("items", firstFailure(d));
  }

  @Test
  void conditionalScopeMasksAndFilterApplies() {
    EntryRecord household = publish(household());
    grant("civil.op", household.getId(), List.of("姓名", "公民身份号码", "户籍地址"), "police.leader");
    AccessDecision d = p.access().decide(req("civil.op", household.getId(), "姓名", "公民身份号码", "户籍地址", "性别"));
    assertTrue(d.isAllowed(), d::toString);
    assertEquals(List.of(ItemTreatment.PLAIN, ItemTreatment.MASKED, ItemTreatment.MASKED, ItemTreatment.WITHHELD),
                 treatments(d));
    ItemDecision id = d.getItems().get(1);
    assertSame(PersonalInfoKind.ID_CARD, id.getMasking().getKind());
    assertFalse(id.getMasking().isPseudonym());
    assertSame(PersonalInfoKind.ADDRESS, d.getItems().get(2).getMasking().getKind());

    String address = "江苏省南通市崇川区和平桥街道××路17号";
    String records = "[{\"姓名\": \"张三\", \"公民身份号码\": \"320613198506151232\", \"户籍地址\": \"" + address
        + "\", \"性别\": \"1\", \"备注\": \"x\"},"
        + " {\"姓名\": \"李四\", \"公民身份号码\": null, \"户籍地址\": \"江苏省南通市通州区金沙街道金沙路1号\"}]";
    String out = p.access().filter(d, records);
    // Compact JSON, keys in the byte order of their UTF-8 names; 性别 withheld, 备注 never requested.
    assertEquals("[{\"公民身份号码\":\"320613********1232\",\"姓名\":\"张三\",\"户籍地址\":\""
                     + GovShare.mask(PersonalInfoKind.ADDRESS, address) + "\"},"
                     + "{\"公民身份号码\":null,\"姓名\":\"李四\",\"户籍地址\":\"江苏省南通市通州区*********\"}]",
                 out);
    assertTrue(out.contains("\"户籍地址\":\"江苏省南通市崇川区***********\""), out);

    ParseException notArray = assertThrows(ParseException.class, () -> p.access().filter(d, "{}"));
    assertEquals("records", notArray.getPath());
    assertThrows(ParseException.class, () -> p.access().filter(d, "[1]"));
    assertThrows(ParseException.class, () -> p.access().filter(d, "not json"));
    AccessDecision refused = p.access().decide(req("rugao.admin", household.getId(), "姓名"));
    assertFalse(refused.isAllowed());
    assertThrows(PermissionDeniedException.class, () -> p.access().filter(refused, records));
  }

  /**
   * A28, A30 (AccessTest.FilterDeliversOnlyForASealedUnalteredUnexpiredDecision in C++): a decision is
   * an ordinary value with setters, but only one this handle sealed, unaltered and unexpired delivers.
   */
  @Test
  void filterDeliversOnlyForASealedUnalteredUnexpiredDecision() {
    EntryRecord household = publish(household());
    Authorization z = grant("civil.op", household.getId(), List.of("姓名", "公民身份号码"), "police.leader");
    String records = "[{\"姓名\": \"张三\", \"公民身份号码\": \"320613198506151232\"}]";
    AccessDecision d = p.access().decide(req("civil.op", household.getId(), "姓名", "公民身份号码"));
    assertTrue(d.isAllowed(), d::toString);
    assertEquals(32, d.getSeal().length());
    assertEquals("2026-09-01T09:01:00+08:00", d.getExpires().toIso());
    assertTrue(p.access().filter(d, records).contains("320613********1232"));

    ItemDecision plain = new ItemDecision();
    plain.setItem("公民身份号码");
    plain.setTreatment(ItemTreatment.PLAIN);
    // Edited with Java's setters: the ID number from masked to plain.
    AccessDecision edited = new AccessDecision(d);
    edited.getItems().set(1, plain);
    PermissionDeniedException e =
        assertThrows(PermissionDeniedException.class, () -> p.access().filter(edited, records));
    assertTrue(e.getMessage().contains("seal does not match"), e.getMessage());
    // Hand-built, with a real seal borrowed.
    AccessDecision forged = new AccessDecision();
    forged.setAllowed(true);
    forged.setUserId("civil.op");
    forged.setConsumerCode(CIVIL);
    forged.setEntryId(household.getId());
    forged.setAuthorizationId(z.getId());
    forged.setPurpose(PURPOSE);
    forged.getItems().add(plain);
    forged.setSeal(d.getSeal());
    e = assertThrows(PermissionDeniedException.class, () -> p.access().filter(forged, records));
    assertTrue(e.getMessage().contains("seal does not match"), e.getMessage());
    assertEquals(2, p.securityEvents("auditor").size());
    // Another platform's decision.
    Platform mine = p;
    try (Platform other = Platform.open(PlatformTest.options(":memory:"))) {
      PlatformTest.seedCity(other);
      p = other;
      EntryRecord theirs = publish(household());
      grant("civil.op", theirs.getId(), List.of("姓名"), "police.leader");
      AccessDecision foreign = other.access().decide(req("civil.op", theirs.getId(), "姓名"));
      assertTrue(foreign.isAllowed());
      e = assertThrows(PermissionDeniedException.class, () -> mine.access().filter(foreign, records));
      assertTrue(e.getMessage().contains("seal does not match"), e.getMessage());
    } finally {
      p = mine;
    }
    // Expired: 60 s on the platform's clock.
    p.advanceTime(61);
    e = assertThrows(PermissionDeniedException.class, () -> p.access().filter(d, records));
    assertTrue(e.getMessage().contains("expired at 2026-09-01T09:01:00+08:00"), e.getMessage());
    AccessDecision fresh = p.access().decide(req("civil.op", household.getId(), "姓名", "公民身份号码"));
    assertTrue(p.access().filter(fresh, records).contains("张三"));
  }

  @Test
  void maskingRulesPerItem() {
    EntryRecord household = publish(household());
    long id = household.getId();
    grant("civil.op", id, List.of("姓名", "公民身份号码"), "police.leader");
    assertThrows(PermissionDeniedException.class, () -> p.access().setMaskingRules("civil.leader", id, List.of()));
    assertThrows(InvalidArgumentException.class,
                 () -> p.access().setMaskingRules("police.op", id, List.of(MaskingRule.of("婚姻状况", PersonalInfoKind.OTHER))));
    List<MaskingRule> rules = List.of(MaskingRule.pseudonym("公民身份号码", PersonalInfoKind.ID_CARD),
                                      MaskingRule.keep("姓名", PersonalInfoKind.NAME, 0, 1));
    p.access().setMaskingRules("police.op", id, rules); // the java.util.List overload
    MaskingRuleList stored = p.access().maskingRules("auditor", id);
    assertEquals(2, stored.size());
    assertTrue(stored.containsAll(rules), stored::toString); // MaskingRule compares by value

    AccessDecision d = p.access().decide(req("civil.op", id, "姓名", "公民身份号码"));
    assertTrue(d.isAllowed(), d::toString);
    assertSame(ItemTreatment.MASKED, d.getItems().get(0).getTreatment()); // a rule masks for everyone
    assertEquals(MaskingRule.keep("姓名", PersonalInfoKind.NAME, 0, 1), d.getItems().get(0).getMasking());
    assertTrue(d.getItems().get(1).getMasking().isPseudonym());
    assertTrue(d.getItems().get(0).toString().startsWith("姓名 masked (name keep 0+1)"), d::toString);
  }

  // ---- comparison only (A8 数据比对) ---------------------------------------------------

  @Test
  void comparisonOnlyItemsAreNeverDeliveredButCompared() {
    EntryRecord marriage = publish(marriage());
    long id = marriage.getId();
    Authorization z = grant("civil.op", id, List.of("姓名", "公民身份号码"), "police.leader");
    assertTrue(z.isComparisonOnly());
    AccessDecision d = p.access().decide(req("civil.op", id, "姓名", "公民身份号码"));
    assertTrue(d.isAllowed(), d::toString);
    assertEquals(List.of(ItemTreatment.COMPARISON_ONLY, ItemTreatment.COMPARISON_ONLY), treatments(d));
    assertThrows(PermissionDeniedException.class, () -> p.access().filter(d, "[{\"姓名\": \"张三\"}]"));

    String record = "{\"姓名\": \"张三\", \"公民身份号码\": \"320613198506151232\"}";
    ComparisonResult c = p.access().compare(req("civil.op", id), Map.of("姓名", "张三", "公民身份号码", "320613198506151232"),
                                   record);
    assertTrue(c.isAllowed(), c::toString);
    assertSame(ComparisonOutcome.MATCH, c.getOverall());
    // Any java.util.Map: C++ compares in the byte order of the names (公民身份号码, 姓名),
    // whatever the Java map's order.
    Map<String, String> submitted = new LinkedHashMap<>();
    submitted.put("姓名", "张四");
    submitted.put("公民身份号码", "320613198506151232");
    c = p.access().compare(req("civil.op", id), submitted, record);
    assertSame(ComparisonOutcome.NO_MATCH, c.getOverall());
    assertEquals(2, c.getFields().size());
    assertEquals("公民身份号码", c.getFields().get(0).getItem());
    assertSame(ComparisonOutcome.MATCH, c.getFields().get(0).getOutcome());
    assertEquals("姓名", c.getFields().get(1).getItem());
    assertSame(ComparisonOutcome.NO_MATCH, c.getFields().get(1).getOutcome());
    assertEquals("allowed no_match [公民身份号码 match, 姓名 no_match]", c.toString());
    // The wrapper's own StringMap, a java.util.Map.
    StringMap one = new StringMap();
    one.put("姓名", "张三");
    assertSame(ComparisonOutcome.NOT_FOUND, p.access().compare(req("civil.op", id), one, "null").getOverall());
    ParseException bad = assertThrows(ParseException.class,
                                      () -> p.access().compare(req("civil.op", id), Map.of("姓名", "张三"), "[1]"));
    assertEquals("provider_record", bad.getPath());
  }

  // ---- refusals (A26, A30) ------------------------------------------------------------

  @Test
  void aRefusalIsAValueNamingTheRule() {
    EntryRecord market = publish(market());
    long m = market.getId();
    grant("civil.op", m, List.of("企业名称"), "reviewer");
    AccessRequest early = req("civil.op", m, "企业名称");
    early.setTime(Optional.of(LocalDateTime.fromIso("2026-08-31T23:59:59+08:00")));
    AccessDecision d = p.access().decide(early);
    assertFalse(d.isAllowed());
    RuleCheck first = d.getReasons().get(0);
    assertFalse(first.isPassed());
    assertTrue(first.getMessage().contains("not yet valid"), first::toString);
    assertEquals("A26, A30", first.getArticle());
    assertEquals(LocalDateTime.fromIso("2026-08-31T23:59:59+08:00"), d.getTime());
    early.setTime(Optional.empty()); // the platform clock
    assertTrue(p.access().decide(early).isAllowed());
    // A refusal is a value, never an exception.
    assertEquals(0, p.access().decide(req("ghost", 999, "x")).getAuthorizationId());
  }

  // ---- the usage log (A26, A28) --------------------------------------------------------

  @Test
  void usageLogRecordsDecisionsAndMovesLastUse() {
    PlatformOptions defaults = PlatformTest.options(":memory:");
    assertTrue(defaults.isUsageLog());
    assertEquals(1000, defaults.getUsageLogBatch());
    EntryRecord market = publish(market());
    Authorization z = grant("civil.op", market.getId(), List.of("企业名称"), "reviewer");
    assertEquals(Optional.empty(), z.getLastUsed());
    p.setTime(LocalDateTime.fromIso("2026-09-10T10:00:00+08:00"));
    p.access().decide(req("civil.op", market.getId(), "企业名称"));
    p.access().decide(req("rugao.admin", market.getId(), "企业名称"));
    assertEquals(Optional.empty(), p.sharing().getAuthorization("civil.op", z.getId()).getLastUsed()); // still buffered
    p.access().flushUsageLog();
    assertEquals(Optional.of(LocalDateTime.fromIso("2026-09-10T10:00:00+08:00")),
                 p.sharing().getAuthorization("civil.op", z.getId()).getLastUsed());
    UsageRecordList all = p.access().usageLog("auditor");
    assertEquals(2, all.size(), all::toString);
    UsageRecord refused = all.get(0); // newest first
    assertEquals(RUGAO_PLATFORM, refused.getConsumerCode());
    assertEquals("refused: authorization", refused.getOutcome());
    assertFalse(refused.isAllowed());
    UsageRecord used = all.get(1);
    assertTrue(used.getId() > 0);
    assertEquals(LocalDateTime.fromIso("2026-09-10T10:00:00+08:00"), used.getTime());
    assertEquals("civil.op", used.getUserId());
    assertEquals(CIVIL, used.getConsumerCode());
    assertEquals(market.getId(), used.getEntryId());
    assertEquals(z.getId(), used.getAuthorizationId());
    assertEquals("decide", used.getKind());
    assertEquals(List.of("企业名称"), used.getItems());
    assertSame(ShareMethod.API, used.getMethod());
    assertEquals(PURPOSE, used.getPurpose());
    assertTrue(used.isAllowed());
    assertEquals("allowed", used.getOutcome());
    // Filters: the entry, the time window, the limit (not in the C++ suite).
    UsageQuery q = new UsageQuery();
    assertEquals(1000, q.getLimit());
    q.setEntryId(market.getId());
    q.setFrom(Optional.of(LocalDateTime.fromIso("2026-09-10T00:00:00+08:00")));
    q.setTo(Optional.of(LocalDateTime.fromIso("2026-09-11T00:00:00+08:00")));
    q.setLimit(1);
    assertEquals(List.of(refused.getId()), p.access().usageLog("auditor", q).stream().map(UsageRecord::getId)
                                              .collect(Collectors.toList()));
    q.setTo(Optional.of(LocalDateTime.fromIso("2026-09-09T00:00:00+08:00")));
    assertTrue(p.access().usageLog("auditor", q).isEmpty());
  }

  // ---- the Java surface of the values ----------------------------------------------------

  @Test
  void enumsHaveTheirNamesAndChineseLabels() {
    SharingTest.assertNamesAndLabels(ItemTreatment.values(), v -> GovShare.toString((ItemTreatment) v),
                                     v -> GovShare.chineseLabel((ItemTreatment) v));
    SharingTest.assertNamesAndLabels(ComparisonOutcome.values(), v -> GovShare.toString((ComparisonOutcome) v),
                                     v -> GovShare.chineseLabel((ComparisonOutcome) v));
    assertEquals("comparison_only", GovShare.toString(ItemTreatment.COMPARISON_ONLY));
    assertEquals("脱敏提供", GovShare.chineseLabel(ItemTreatment.MASKED));
    assertEquals("查无此记录", GovShare.chineseLabel(ComparisonOutcome.NOT_FOUND));
    // Stable C++ values.
    assertEquals(1, ItemTreatment.PLAIN.swigValue());
    assertEquals(4, ItemTreatment.WITHHELD.swigValue());
    assertEquals(2, ComparisonOutcome.NO_MATCH.swigValue());
    assertEquals(List.of(IdentifierKind.ID_CARD, IdentifierKind.CREDIT_CODE, IdentifierKind.ORG_CODE,
                         IdentifierKind.BANK_CARD, IdentifierKind.MOBILE),
                 List.of(IdentifierKind.values()));
    assertEquals(5, IdentifierKind.MOBILE.swigValue());
  }

  @Test
  void valuesHaveDefaultsViewsAndEquality() {
    AccessRequest r = new AccessRequest();
    assertEquals("", r.getUserId());
    assertEquals(0, r.getEntryId());
    assertTrue(r.getItems().isEmpty());
    assertSame(ShareMethod.API, r.getMethod());
    assertEquals(Optional.empty(), r.getTime());
    assertFalse(r.isExplain());
    AccessRequest built = AccessRequest.of("civil.op", 3, PURPOSE, "姓名", "公民身份号码");
    assertEquals(List.of("姓名", "公民身份号码"), built.getItems());
    built.getItems().add("性别"); // a view: edits the request
    assertEquals(3, built.getItems().size());
    assertEquals("civil.op entry:3 [姓名, 公民身份号码, 性别] api for " + PURPOSE, built.toString());

    MaskingRule rule = new MaskingRule();
    assertSame(PersonalInfoKind.OTHER, rule.getKind());
    assertEquals(-1, rule.getKeepHead());
    assertEquals(-1, rule.getKeepTail());
    assertFalse(rule.isPseudonym());
    MaskingRule keep = MaskingRule.keep("姓名", PersonalInfoKind.NAME, 0, 1);
    assertEquals(keep, new MaskingRule(keep)); // C++ operator==
    assertEquals(keep.hashCode(), new MaskingRule(keep).hashCode());
    assertNotEquals(keep, MaskingRule.keep("姓名", PersonalInfoKind.NAME, 1, 0));
    assertNotEquals(MaskingRule.of("姓名", PersonalInfoKind.NAME), MaskingRule.pseudonym("姓名", PersonalInfoKind.NAME));
    assertEquals("姓名 name keep 0+1", keep.toString());
    assertEquals("公民身份号码 id_card pseudonym", MaskingRule.pseudonym("公民身份号码", PersonalInfoKind.ID_CARD).toString());

    AccessDecision d = new AccessDecision();
    assertFalse(d.isAllowed());
    assertEquals(0, d.getAuthorizationId());
    assertTrue(d.getReasons().isEmpty());
    ItemDecision item = new ItemDecision();
    assertSame(ItemTreatment.WITHHELD, item.getTreatment());
    item.getMasking().setKind(PersonalInfoKind.ID_CARD); // a view into the decision
    assertSame(PersonalInfoKind.ID_CARD, item.getMasking().getKind());
    d.getItems().add(item);
    assertEquals(1, d.getItems().size());
    assertSame(ComparisonOutcome.NOT_FOUND, new ComparisonResult().getOverall());
    assertSame(ComparisonOutcome.NOT_FOUND, new FieldComparison().getOutcome());
    assertEquals(1000, new UsageQuery().getLimit());
    assertEquals(Optional.empty(), new UsageQuery().getFrom());
    assertFalse(new UsageRecord().isAllowed());
    assertFalse(new IdentifierCheck().isValid());

    StringMap map = new StringMap(Map.of("姓名", "张三", "性别", "1"));
    assertEquals(Map.of("姓名", "张三", "性别", "1"), map); // java.util.Map equality
    assertEquals("张三", map.get("姓名"));
    assertEquals("张三", map.put("姓名", "李四"));
    assertEquals("李四", map.remove("姓名"));
    assertFalse(map.containsKey("姓名"));
    assertEquals(1, map.size());
  }

  // ---- validators (masking.h; docs/masking.md) ----------------------------------------------

  static IdentifierCheck check(IdentifierKind kind, String value) {
    return GovShare.checkIdentifier(kind, value);
  }

  /** Invalid, with both reasons containing these parts and no normalized form. */
  static void assertInvalid(IdentifierCheck c, String reasonPart, String reasonZhPart) {
    assertFalse(c.isValid(), c::toString);
    assertEquals("", c.getNormalized());
    assertTrue(c.getReason().contains(reasonPart), () -> c.getReason() + " lacks " + reasonPart);
    assertTrue(c.getReasonZh().contains(reasonZhPart), () -> c.getReasonZh() + " lacks " + reasonZhPart);
  }

  static void assertValid(IdentifierCheck c, String normalized) {
    assertTrue(c.isValid(), c::toString);
    assertEquals(normalized, c.getNormalized());
    assertEquals("", c.getReason());
    assertEquals("", c.getReasonZh());
  }

  /** IdentifierCheck arrives with both reasons and toString; a Java char and String back. */
  @Test
  void identifierChecksArriveAsValues() {
    assertValid(check(IdentifierKind.ID_CARD, " 320613198506151232\n"), "320613198506151232");
    IdentifierCheck wrong = check(IdentifierKind.ID_CARD, "320613198506151233");
    assertInvalid(wrong, "", "");
    assertEquals("check character is 2, not 3 (GB 11643)", wrong.getReason());
    assertEquals("校验码应为 2，实为 3", wrong.getReasonZh());
    assertEquals("invalid: check character is 2, not 3 (GB 11643)", wrong.toString());
    assertEquals('X', GovShare.idCardCheckChar("11010519491231002"));
    assertThrows(InvalidArgumentException.class, () -> GovShare.idCardCheckChar("3206131985061512"));
    assertEquals("320602196501011232", GovShare.upgradeIdCard15("320602650101123"));
    assertValid(check(IdentifierKind.CREDIT_CODE, "91320612ma1w2k3l4p"), "91320612MA1W2K3L4P");
    for (IdentifierKind kind : IdentifierKind.values()) {
      assertSame(kind, GovShare.parseIdentifierKind(GovShare.toString(kind)));
      assertFalse(GovShare.chineseLabel(kind).isEmpty());
    }
    assertThrows(InvalidArgumentException.class, () -> GovShare.parseIdentifierKind("passport"));
  }

  // ---- masking (standards §3.2; docs/masking.md) ---------------------------------------------

  static String mask(PersonalInfoKind kind, String value) {
    return GovShare.mask(kind, value);
  }

  @Test
  void chineseNamesMaskByCharacter() {
    assertEquals("张*", mask(PersonalInfoKind.NAME, "张三"));
    // A character outside the BMP (CJK Extension B, two Java chars, four UTF-8 bytes) is one character.
    assertEquals("𠀾*", mask(PersonalInfoKind.NAME, "𠀾三"));
    assertEquals("张*", mask(PersonalInfoKind.NAME, "张𠀾"));
  }

  /** Both overloads, int extremes and a mask character outside the BMP (the edge cases are C++'s). */
  @Test
  void maskKeepOverloadsAndRefusals() {
    assertEquals("a****f", GovShare.maskKeep("abcdef", 1, 1));
    assertEquals("***", GovShare.maskKeep("abc", Integer.MAX_VALUE, Integer.MAX_VALUE));
    assertEquals("南通○○○区", GovShare.maskKeep("南通市崇川区", 2, 1, "○"));
    assertEquals("🔒b", GovShare.maskKeep("ab", 0, 1, "🔒")); // a 4-byte mask character
    assertThrows(InvalidArgumentException.class, () -> GovShare.maskKeep("abc", -1, 0));
    assertThrows(InvalidArgumentException.class, () -> GovShare.maskKeep("abc", 1, 1, "**"));
  }

  // ---- pseudonyms ------------------------------------------------------------------------------

  /** Both overloads (SM3 the default), a NUL inside the key, the exception (known answers: C++). */
  @Test
  void pseudonymOverloadsAndKeys() {
    String id = "320613198506151232";
    String a = GovShare.pseudonym("consumer-key", id);
    assertTrue(a.matches("[0-9a-f]{64}"), a);
    assertEquals(a, GovShare.pseudonym("consumer-key", id, HashAlgorithm.SM3));
    assertNotEquals(a, GovShare.pseudonym("consumer-key", id, HashAlgorithm.SHA256));
    // A NUL inside the key crosses JNI whole (strings are byte arrays, not C strings).
    assertNotEquals(GovShare.pseudonym("k\0ey", id), GovShare.pseudonym("k", id));
    assertThrows(InvalidArgumentException.class, () -> GovShare.pseudonym("", "x"));
    assertThrows(InvalidArgumentException.class, () -> GovShare.pseudonym("", "x", HashAlgorithm.SHA256));
  }
}
