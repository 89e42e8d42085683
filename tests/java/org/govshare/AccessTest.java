package org.govshare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Access decisions at the data boundary (A8, A26, A28, A30) and the validators, masking and
 * pseudonyms of masking.h through the Java binding: the core cases of
 * tests/cpp/access_test.cpp and tests/cpp/masking_test.cpp with the same data and the same
 * expected values, plus the Java surface (Optional request time, List and Map arguments,
 * enums, value equality, toString). The city is {@link PlatformTest#seedCity}; 公安局
 * provides every entry, 民政局 and the 如皋市 platform consume. Masking cases that need
 * malformed UTF-8 stay in C++: a Java String cannot carry a stray byte. {@code LocalDateTime}
 * and {@code Date} are org.govshare's.
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
    return d.getReasons().stream().filter(r -> !r.getPassed()).map(RuleCheck::getRule).findFirst().orElse("");
  }

  static List<ItemTreatment> treatments(AccessDecision d) {
    return d.getItems().stream().map(ItemDecision::getTreatment).collect(Collectors.toList());
  }

  // ---- decisions per share class (A8, A30) --------------------------------------------

  @Test
  void unconditionalItemsArePlainAndUngrantedOnesWithheld() {
    EntryRecord market = publish(market());
    Authorization z = grant("civil.op", market.getId(), List.of("企业名称", "登记状态"), "reviewer");
    AccessDecision d = p.access().decide(req("civil.op", market.getId(), "企业名称", "注册资本(万元)"));
    assertTrue(d.getAllowed(), d::toString);
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
    // Only withheld items: refused.
    d = p.access().decide(req("civil.op", market.getId(), "注册资本(万元)"));
    assertFalse(d.getAllowed(), d::toString);
    // The method must be the authorized one (A30 按照授权的方式).
    d = p.access().decide(req("civil.op", market.getId(), ShareMethod.TABLE, "企业名称"));
    assertFalse(d.getAllowed());
    assertEquals("authorization", firstFailure(d));
  }

  @Test
  void conditionalScopeMasksAndFilterApplies() {
    EntryRecord household = publish(household());
    grant("civil.op", household.getId(), List.of("姓名", "公民身份号码", "户籍地址"), "police.leader");
    AccessDecision d = p.access().decide(req("civil.op", household.getId(), "姓名", "公民身份号码", "户籍地址", "性别"));
    assertTrue(d.getAllowed(), d::toString);
    assertEquals(List.of(ItemTreatment.PLAIN, ItemTreatment.MASKED, ItemTreatment.MASKED, ItemTreatment.WITHHELD),
                 treatments(d));
    ItemDecision id = d.getItems().get(1);
    assertSame(PersonalInfoKind.ID_CARD, id.getMasking().getKind());
    assertFalse(id.getMasking().getPseudonym());
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
    assertFalse(refused.getAllowed());
    assertThrows(PermissionDeniedException.class, () -> p.access().filter(refused, records));
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
    assertTrue(d.getAllowed(), d::toString);
    assertSame(ItemTreatment.MASKED, d.getItems().get(0).getTreatment()); // a rule masks for everyone
    assertEquals(MaskingRule.keep("姓名", PersonalInfoKind.NAME, 0, 1), d.getItems().get(0).getMasking());
    assertTrue(d.getItems().get(1).getMasking().getPseudonym());
    assertTrue(d.getItems().get(0).toString().startsWith("姓名 masked (name keep 0+1)"), d::toString);

    String out = p.access().filter(d, "[{\"姓名\": \"欧阳娜娜\", \"公民身份号码\": \"320613198506151232\"},"
                                 + " {\"姓名\": \"张三\", \"公民身份号码\": \"320613198506151232\"}]");
    Matcher m = Pattern.compile("\\{\"公民身份号码\":\"([0-9a-f]{64})\",\"姓名\":\"\\*\\*\\*娜\"\\},"
                                + "\\{\"公民身份号码\":\"([0-9a-f]{64})\",\"姓名\":\"\\*三\"\\}")
                    .matcher(out);
    assertTrue(m.find(), out);
    assertEquals(m.group(1), m.group(2)); // deterministic: linkage works
    assertFalse(m.group(1).contains("3206"));
  }

  // ---- comparison only (A8 数据比对) ---------------------------------------------------

  @Test
  void comparisonOnlyItemsAreNeverDeliveredButCompared() {
    EntryRecord marriage = publish(marriage());
    long id = marriage.getId();
    Authorization z = grant("civil.op", id, List.of("姓名", "公民身份号码"), "police.leader");
    assertTrue(z.getComparisonOnly());
    AccessDecision d = p.access().decide(req("civil.op", id, "姓名", "公民身份号码"));
    assertTrue(d.getAllowed(), d::toString);
    assertEquals(List.of(ItemTreatment.COMPARISON_ONLY, ItemTreatment.COMPARISON_ONLY), treatments(d));
    assertThrows(PermissionDeniedException.class, () -> p.access().filter(d, "[{\"姓名\": \"张三\"}]"));

    String record = "{\"姓名\": \"张三\", \"公民身份号码\": \"320613198506151232\"}";
    ComparisonResult c = p.access().compare(req("civil.op", id), Map.of("姓名", "张三", "公民身份号码", "320613198506151232"),
                                   record);
    assertTrue(c.getAllowed(), c::toString);
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
    ComparisonResult notGranted = p.access().compare(req("civil.op", id), Map.of("性别", "1"), record);
    assertFalse(notGranted.getAllowed());
    assertTrue(notGranted.getFields().isEmpty());
    // The named department gets the data itself.
    grant("rugao.admin", id, List.of("姓名"), "police.leader");
    AccessDecision named = p.access().decide(req("rugao.admin", id, "姓名"));
    assertSame(ItemTreatment.PLAIN, named.getItems().get(0).getTreatment());
  }

  @Test
  void comparisonsAreRateLimitedAndLogged() {
    PlatformOptions o = PlatformTest.options(":memory:");
    assertEquals(60, o.getComparisonsPerMinute());
    o.setComparisonsPerMinute(3);
    open(o);
    EntryRecord marriage = publish(marriage());
    grant("civil.op", marriage.getId(), List.of("姓名"), "police.leader");
    String record = "{\"姓名\": \"张三\"}";
    for (int i = 0; i < 3; i++) {
      assertTrue(p.access().compare(req("civil.op", marriage.getId()), Map.of("姓名", "张三"), record).getAllowed());
    }
    ComparisonResult limited = p.access().compare(req("civil.op", marriage.getId()), Map.of("姓名", "张三"), record);
    assertFalse(limited.getAllowed());
    assertTrue(limited.getFields().isEmpty());
    assertEquals("rate_limit", limited.getReasons().get(limited.getReasons().size() - 1).getRule());
    UsageQuery q = new UsageQuery();
    q.setConsumerCode(CIVIL);
    UsageRecordList log = p.access().usageLog("auditor", q); // comparisons are logged at once, no flush
    assertEquals(4, log.size(), log::toString);
    assertEquals("refused: rate_limit", log.get(0).getOutcome());
    assertFalse(log.get(0).getAllowed());
    assertEquals("match", log.get(1).getOutcome());
    assertEquals("compare", log.get(1).getKind());
  }

  // ---- refusals, expiry, revocation (A26, A28, A30) ------------------------------------

  @Test
  void refusalsNameTheRule() {
    EntryRecord market = publish(market());
    EntryRecord household = publish(household());
    long m = market.getId();
    grant("civil.op", m, List.of("企业名称"), "reviewer");
    assertEquals("user", firstFailure(p.access().decide(req("ghost", m, "企业名称"))));
    assertEquals("user", firstFailure(p.access().decide(req("auditor", m, "企业名称")))); // may not use data
    AccessRequest noPurpose = req("civil.op", m, "企业名称");
    noPurpose.setPurpose("");
    assertEquals("purpose", firstFailure(p.access().decide(noPurpose)));
    assertEquals("entry", firstFailure(p.access().decide(req("civil.op", 999, "企业名称"))));
    assertEquals("authorization", firstFailure(p.access().decide(req("rugao.admin", m, "企业名称"))));
    assertEquals("authorization", firstFailure(p.access().decide(req("civil.op", household.getId(), "姓名"))));
    AccessRequest early = req("civil.op", m, "企业名称");
    early.setTime(Optional.of(LocalDateTime.fromIso("2026-08-31T23:59:59+08:00")));
    AccessDecision d = p.access().decide(early);
    assertFalse(d.getAllowed());
    RuleCheck first = d.getReasons().get(0);
    assertFalse(first.getPassed());
    assertTrue(first.getMessage().contains("not yet valid"), first::toString);
    assertEquals("A26, A30", first.getArticle());
    assertEquals(LocalDateTime.fromIso("2026-08-31T23:59:59+08:00"), d.getTime());
    // A refusal is a value, never an exception.
    assertEquals(0, p.access().decide(req("ghost", 999, "x")).getAuthorizationId());
    // Explain lists every rule considered.
    AccessRequest ex = req("civil.op", m, "企业名称");
    ex.setExplain(true);
    AccessDecision explained = p.access().decide(ex);
    assertTrue(explained.getAllowed());
    assertTrue(explained.getReasons().stream().allMatch(RuleCheck::getPassed), explained::toString);
    assertEquals(List.of("user", "purpose", "items", "entry", "share_class", "authorization", "items", "authorization"),
                 explained.getReasons().stream().map(RuleCheck::getRule).collect(Collectors.toList()));
  }

  @Test
  void expiryIsSeenAtTheNextCallByTheRequestTime() {
    EntryRecord market = publish(market());
    grant("civil.op", market.getId(), List.of("企业名称"), "reviewer", ShareMethod.API, Date.of(2026, 9, 30));
    AccessRequest r = req("civil.op", market.getId(), "企业名称");
    r.setTime(Optional.of(LocalDateTime.fromIso("2026-09-30T23:59:59+08:00")));
    assertTrue(p.access().decide(r).getAllowed());
    r.setTime(Optional.of(LocalDateTime.fromIso("2026-10-01T00:00:00+08:00")));
    AccessDecision d = p.access().decide(r);
    assertFalse(d.getAllowed());
    assertTrue(d.getReasons().get(0).getMessage().contains("expired"), d::toString);
    r.setTime(Optional.empty()); // the platform clock
    assertTrue(p.access().decide(r).getAllowed());
    p.setTime(LocalDateTime.fromIso("2026-10-01T08:00:00+08:00"));
    assertFalse(p.access().decide(r).getAllowed()); // no sweep (expireAuthorizations) needed
  }

  @Test
  void revocationSuspensionAndWithdrawalAreSeenAtOnce() {
    EntryRecord market = publish(market());
    Authorization z = grant("civil.op", market.getId(), List.of("企业名称"), "reviewer");
    AccessRequest r = req("civil.op", market.getId(), "企业名称");
    assertTrue(p.access().decide(r).getAllowed());
    z = p.sharing().suspend("admin", z.getId(), z.getRowVersion(), "核查");
    assertFalse(p.access().decide(r).getAllowed());
    z = p.sharing().reinstate("admin", z.getId(), z.getRowVersion(), "核查完毕");
    assertTrue(p.access().decide(r).getAllowed());
    p.sharing().revoke("admin", z.getId(), z.getRowVersion(), RevocationGround.BREACH, "违规提供第三方");
    AccessDecision d = p.access().decide(r);
    assertFalse(d.getAllowed());
    assertTrue(d.getReasons().get(0).getMessage().contains("revoked"), d::toString);
    // A new grant, then the entry is withdrawn (A16).
    grant("civil.op", market.getId(), List.of("企业名称"), "reviewer");
    assertTrue(p.access().decide(r).getAllowed());
    EntryRecord e = p.catalog().getEntry("police.op", market.getId());
    e = p.catalog().requestWithdrawal("police.leader", e.getId(), e.getRowVersion(), "系统停用");
    assertTrue(p.access().decide(r).getAllowed()); // live until the bureau decides (A16)
    p.catalog().decideWithdrawal("admin", e.getId(), e.getRowVersion(), true, "同意");
    assertEquals("entry", firstFailure(p.access().decide(r)));
  }

  @Test
  void changesOfAnotherHandleAreSeen(@TempDir Path dir) {
    String path = PlatformTest.tempDb(dir, "access");
    PlatformOptions o = PlatformTest.options(path);
    assertEquals(1000, o.getDecisionRefreshMs());
    o.setDecisionRefreshMs(0); // look at every call
    open(o);
    EntryRecord market = publish(market());
    Authorization z = grant("civil.op", market.getId(), List.of("企业名称"), "reviewer");
    AccessRequest r = req("civil.op", market.getId(), "企业名称");
    assertTrue(p.access().decide(r).getAllowed());
    try (Platform other = Platform.open(PlatformTest.options(path))) {
      other.sharing().revoke("admin", z.getId(), z.getRowVersion(), RevocationGround.BREACH, "违规");
    }
    assertFalse(p.access().decide(r).getAllowed());
  }

  // ---- the usage log (A26, A28) --------------------------------------------------------

  @Test
  void usageLogRecordsDecisionsAndMovesLastUse() {
    PlatformOptions defaults = PlatformTest.options(":memory:");
    assertTrue(defaults.getUsageLog());
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
    assertFalse(refused.getAllowed());
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
    assertTrue(used.getAllowed());
    assertEquals("allowed", used.getOutcome());
    // The provider sees accesses to its entries; another department its own.
    assertEquals(2, p.access().usageLog("police.leader").size());
    assertEquals(1, p.access().usageLog("civil.op").size());
    // Filters: the entry, the time window, the limit.
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
    // Non-use (A26) counts from the last use.
    p.setTime(LocalDateTime.fromIso("2026-12-10T10:00:00+08:00")); // 3 months after the use, not more
    assertTrue(p.sharing().revocableForNonUse("police.leader", POLICE).isEmpty());
    p.setTime(LocalDateTime.fromIso("2026-12-11T10:00:00+08:00"));
    assertEquals(1, p.sharing().revocableForNonUse("police.leader", POLICE).size());

    PlatformOptions off = PlatformTest.options(":memory:");
    off.setUsageLog(false);
    open(off);
    EntryRecord m2 = publish(market());
    grant("civil.op", m2.getId(), List.of("企业名称"), "reviewer");
    assertTrue(p.access().decide(req("civil.op", m2.getId(), "企业名称")).getAllowed());
    p.access().flushUsageLog();
    assertTrue(p.access().usageLog("auditor").isEmpty());
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
    assertFalse(r.getExplain());
    AccessRequest built = AccessRequest.of("civil.op", 3, PURPOSE, "姓名", "公民身份号码");
    assertEquals(List.of("姓名", "公民身份号码"), built.getItems());
    built.getItems().add("性别"); // a view: edits the request
    assertEquals(3, built.getItems().size());
    assertEquals("civil.op entry:3 [姓名, 公民身份号码, 性别] api for " + PURPOSE, built.toString());

    MaskingRule rule = new MaskingRule();
    assertSame(PersonalInfoKind.OTHER, rule.getKind());
    assertEquals(-1, rule.getKeepHead());
    assertEquals(-1, rule.getKeepTail());
    assertFalse(rule.getPseudonym());
    MaskingRule keep = MaskingRule.keep("姓名", PersonalInfoKind.NAME, 0, 1);
    assertEquals(keep, new MaskingRule(keep)); // C++ operator==
    assertEquals(keep.hashCode(), new MaskingRule(keep).hashCode());
    assertNotEquals(keep, MaskingRule.keep("姓名", PersonalInfoKind.NAME, 1, 0));
    assertNotEquals(MaskingRule.of("姓名", PersonalInfoKind.NAME), MaskingRule.pseudonym("姓名", PersonalInfoKind.NAME));
    assertEquals("姓名 name keep 0+1", keep.toString());
    assertEquals("公民身份号码 id_card pseudonym", MaskingRule.pseudonym("公民身份号码", PersonalInfoKind.ID_CARD).toString());

    AccessDecision d = new AccessDecision();
    assertFalse(d.getAllowed());
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
    assertFalse(new UsageRecord().getAllowed());
    assertFalse(new IdentifierCheck().getValid());

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
    assertFalse(c.getValid(), c::toString);
    assertEquals("", c.getNormalized());
    assertTrue(c.getReason().contains(reasonPart), () -> c.getReason() + " lacks " + reasonPart);
    assertTrue(c.getReasonZh().contains(reasonZhPart), () -> c.getReasonZh() + " lacks " + reasonZhPart);
  }

  static void assertValid(IdentifierCheck c, String normalized) {
    assertTrue(c.getValid(), c::toString);
    assertEquals(normalized, c.getNormalized());
    assertEquals("", c.getReason());
    assertEquals("", c.getReasonZh());
  }

  @Test
  void idCardValidAndInvalidWithItsReason() {
    for (String id : List.of("11010519491231002X", "360426199101010071", "320613198506151232",
                             "320612199203080463", "32068219660912517X", "320611197503150122")) {
      assertValid(check(IdentifierKind.ID_CARD, id), id);
    }
    assertValid(check(IdentifierKind.ID_CARD, "11010519491231002x"), "11010519491231002X");
    assertValid(check(IdentifierKind.ID_CARD, " 320613198506151232\n"), "320613198506151232");
    IdentifierCheck wrong = check(IdentifierKind.ID_CARD, "320613198506151233");
    assertInvalid(wrong, "", "");
    assertEquals("check character is 2, not 3 (GB 11643)", wrong.getReason());
    assertEquals("校验码应为 2，实为 3", wrong.getReasonZh());
    assertEquals("invalid: check character is 2, not 3 (GB 11643)", wrong.toString());
    assertInvalid(check(IdentifierKind.ID_CARD, "110105194912310021"), "check character is X, not 1", "校验码应为 X");
    assertInvalid(check(IdentifierKind.ID_CARD, "320613198513011232"), "19851301 is not a real date", "不是有效日期");
    assertInvalid(check(IdentifierKind.ID_CARD, "320613199902291232"), "19990229 is not a real date", "不是有效日期");
    assertInvalid(check(IdentifierKind.ID_CARD, "320613299901011232"), "2999-01-01 is in the future", "晚于今天");
    assertInvalid(check(IdentifierKind.ID_CARD, "320613189912311232"), "1899-12-31 is before 1900", "早于1900年");
    assertInvalid(check(IdentifierKind.ID_CARD, "32061319850615123"), "must have 18 characters (or 15", "实为17位");
    assertInvalid(check(IdentifierKind.ID_CARD, ""), "empty", "值为空");
    assertInvalid(check(IdentifierKind.ID_CARD, "3206131985O6151232"),
                  "character 'O' at position 11 is not a digit", "第11位字符“O”");
    // Characters, not bytes: a full-width digit is one character at position 1.
    assertInvalid(check(IdentifierKind.ID_CARD, "３20613198506151232"), "character '３' at position 1", "“３”");
    assertTrue(check(IdentifierKind.ID_CARD, "320613200002291231").getValid()); // 29 Feb of a leap year

    assertEquals('2', GovShare.idCardCheckChar("32061319850615123")); // the worked example
    assertEquals('X', GovShare.idCardCheckChar("11010519491231002"));
    assertEquals('1', GovShare.idCardCheckChar("36042619910101007"));
    assertThrows(InvalidArgumentException.class, () -> GovShare.idCardCheckChar("3206131985061512"));
    assertThrows(InvalidArgumentException.class, () -> GovShare.idCardCheckChar("3206131985061512A"));
  }

  @Test
  void legacyIdCardsUpgradeFrom15To18() {
    assertValid(check(IdentifierKind.ID_CARD, "320602650101123"), "320602196501011232");
    assertEquals("320602196501011232", GovShare.upgradeIdCard15("320602650101123"));
    assertInvalid(check(IdentifierKind.ID_CARD, "320602651301123"), "19651301 is not a real date", "不是有效日期");
    assertInvalid(check(IdentifierKind.ID_CARD, "32060265010112X"), "position 15 is not a digit", "第15位");
    assertThrows(InvalidArgumentException.class, () -> GovShare.upgradeIdCard15("32060265010112"));
    assertThrows(InvalidArgumentException.class, () -> GovShare.upgradeIdCard15("32060265010112X"));
    assertThrows(InvalidArgumentException.class, () -> GovShare.upgradeIdCard15("320602650230123")); // 30 Feb
    assertThrows(InvalidArgumentException.class, () -> GovShare.upgradeIdCard15("320613198506151232"));
  }

  @Test
  void creditCodeValidAndInvalidWithItsReason() {
    for (String code : List.of("91110108551385082Q", "11320600MB1A2B3CXJ", "91320612MA1W2K3L4P",
                               "92320623MA1N4Q5R5A", "N2320682MF0012348Q")) {
      assertValid(check(IdentifierKind.CREDIT_CODE, code), code);
      assertTrue(GovShare.isValidCreditCode(code));
    }
    assertValid(check(IdentifierKind.CREDIT_CODE, "91320612ma1w2k3l4p"), "91320612MA1W2K3L4P");
    IdentifierCheck wrong = check(IdentifierKind.CREDIT_CODE, "91320612MA1W2K3L4Q");
    assertEquals("check character is P, not Q (GB 32100)", wrong.getReason());
    assertEquals("校验码应为 P，实为 Q", wrong.getReasonZh());
    assertInvalid(check(IdentifierKind.CREDIT_CODE, "91320612MA1W2K3L5P"),
                  "organization code check character (position 17) is 4, not 5 (GB 11714)",
                  "第17位（组织机构代码校验码）应为 4，实为 5");
    assertInvalid(check(IdentifierKind.CREDIT_CODE, "91320612MA1W2K3L4"), "must have 18 characters, got 17", "实为17位");
    assertInvalid(check(IdentifierKind.CREDIT_CODE, "91320612MA1W2K3I4P"), "character 'I' at position 16",
                  "第16位字符“I”");
    assertInvalid(check(IdentifierKind.CREDIT_CODE, "01320612MA1W2K3L4P"),
                  "registration authority code (position 1) is 0", "第1位登记管理部门代码");
    assertFalse(GovShare.isValidCreditCode("91320612MA1W2K3L4Q"));
  }

  @Test
  void orgCodeValidAndInvalidWithItsReason() {
    assertValid(check(IdentifierKind.ORG_CODE, "D2143569-X"), "D2143569-X");
    assertValid(check(IdentifierKind.ORG_CODE, "014236233"), "01423623-3");
    assertValid(check(IdentifierKind.ORG_CODE, "d2143569-x"), "D2143569-X");
    IdentifierCheck wrong = check(IdentifierKind.ORG_CODE, "01423623-4");
    assertEquals("check character is 3, not 4 (GB 11714)", wrong.getReason());
    assertEquals("校验码应为 3，实为 4", wrong.getReasonZh());
    assertInvalid(check(IdentifierKind.ORG_CODE, "0142362-3"), "the hyphen is at position 8, not 9", "连字符应在第9位");
    assertInvalid(check(IdentifierKind.ORG_CODE, "0142362"), "got 7 characters", "实为7位");
    assertInvalid(check(IdentifierKind.ORG_CODE, "01423623-A"), "check character 'A' is not a digit or X", "不是数字或X");
  }

  @Test
  void bankCardValidAndInvalidWithItsReason() {
    for (String n : List.of("6222021234567894", "6217001234567890122", "6228480012345678903")) {
      assertValid(check(IdentifierKind.BANK_CARD, n), n);
    }
    assertValid(check(IdentifierKind.BANK_CARD, "6222 0212 3456 7894"), "6222021234567894");
    assertValid(check(IdentifierKind.BANK_CARD, "6222-0212-3456-7894"), "6222021234567894");
    IdentifierCheck wrong = check(IdentifierKind.BANK_CARD, "6222021234567895");
    assertEquals("Luhn check digit is 4, not 5 (ISO/IEC 7812)", wrong.getReason());
    assertEquals("校验位（Luhn）应为 4，实为 5", wrong.getReasonZh());
    assertInvalid(check(IdentifierKind.BANK_CARD, "622202123456789"), "16-19 digits, got 15", "实为15位");
    assertInvalid(check(IdentifierKind.BANK_CARD, "6222O21234567894"), "character 'O' at position 5", "第5位");
  }

  @Test
  void mobileValidAndInvalidWithItsReason() {
    assertValid(check(IdentifierKind.MOBILE, "13912345678"), "13912345678");
    assertValid(check(IdentifierKind.MOBILE, "+86 139-1234-5678"), "13912345678");
    assertValid(check(IdentifierKind.MOBILE, "008613912345678"), "13912345678");
    assertValid(check(IdentifierKind.MOBILE, "86 139 1234 5678"), "13912345678");
    assertInvalid(check(IdentifierKind.MOBILE, "12912345678"), "must start with 13-19, not 12", "应以13-19开头");
    assertInvalid(check(IdentifierKind.MOBILE, "1391234567"), "11 digits, got 10", "实为10位");
    assertInvalid(check(IdentifierKind.MOBILE, "1391234567a"), "character 'a' at position 11", "第11位");
    assertInvalid(check(IdentifierKind.MOBILE, "0513-85123456"), "got 12", "实为12位");
  }

  @Test
  void identifierKindsParseAndHaveLabels() {
    for (IdentifierKind kind : IdentifierKind.values()) {
      assertSame(kind, GovShare.parseIdentifierKind(GovShare.toString(kind)));
      assertFalse(GovShare.chineseLabel(kind).isEmpty());
      assertEquals("the value is empty", check(kind, "").getReason());
    }
    assertEquals("id-card", GovShare.toString(IdentifierKind.ID_CARD));
    assertEquals("bank-card", GovShare.toString(IdentifierKind.BANK_CARD));
    assertSame(IdentifierKind.CREDIT_CODE, GovShare.parseIdentifierKind("credit_code"));
    assertSame(IdentifierKind.ORG_CODE, GovShare.parseIdentifierKind("org-code"));
    assertEquals("居民身份证号码", GovShare.chineseLabel(IdentifierKind.ID_CARD));
    assertEquals("统一社会信用代码", GovShare.chineseLabel(IdentifierKind.CREDIT_CODE));
    assertThrows(InvalidArgumentException.class, () -> GovShare.parseIdentifierKind("passport"));
    assertThrows(InvalidArgumentException.class, () -> GovShare.parseIdentifierKind("ID-CARD"));
  }

  // ---- masking (standards §3.2; docs/masking.md) ---------------------------------------------

  static String mask(PersonalInfoKind kind, String value) {
    return GovShare.mask(kind, value);
  }

  @Test
  void maskEveryKindWithItsDefaultRule() {
    assertEquals("320613********1232", mask(PersonalInfoKind.ID_CARD, "320613198506151232"));
    assertEquals("张*", mask(PersonalInfoKind.NAME, "张三"));
    assertEquals("欧***", mask(PersonalInfoKind.NAME, "欧阳娜娜"));
    assertEquals("139****5678", mask(PersonalInfoKind.MOBILE, "13912345678"));
    assertEquals("0513-****3456", mask(PersonalInfoKind.PHONE, "0513-85123456"));
    assertEquals("江苏省南通市崇川区***********", mask(PersonalInfoKind.ADDRESS, "江苏省南通市崇川区和平桥街道××路17号"));
    assertEquals("622202******7894", mask(PersonalInfoKind.BANK_CARD, "6222021234567894"));
    assertEquals("z*******@nt.gov.cn", mask(PersonalInfoKind.EMAIL, "zhangsan@nt.gov.cn"));
    assertEquals("91320612MA1W2K3L4P", mask(PersonalInfoKind.CREDIT_CODE, "91320612MA1W2K3L4P")); // enterprise: public
    assertEquals("92320623********5A", mask(PersonalInfoKind.CREDIT_CODE, "92320623MA1N4Q5R5A")); // 个体工商户
    assertEquals("公开信息", mask(PersonalInfoKind.NONE, "公开信息"));
    assertEquals("***", mask(PersonalInfoKind.OTHER, "O型血"));
    for (PersonalInfoKind kind : PersonalInfoKind.values()) {
      assertEquals("", mask(kind, ""), kind::toString);
    }
  }

  @Test
  void maskShortValuesSeparatorsAndAddresses() {
    assertEquals("**********", mask(PersonalInfoKind.ID_CARD, "3206131232")); // 6 + 4: all masked
    assertEquals("320613*2321", mask(PersonalInfoKind.ID_CARD, "32061312321"));
    assertEquals("***", mask(PersonalInfoKind.MOBILE, "139"));
    assertEquals("****", mask(PersonalInfoKind.BANK_CARD, "1234"));
    assertEquals("0513-****", mask(PersonalInfoKind.PHONE, "0513-3456"));
    assertEquals("*@nt.gov.cn", mask(PersonalInfoKind.EMAIL, "a@nt.gov.cn"));
    assertEquals("********", mask(PersonalInfoKind.EMAIL, "zhangsan")); // no @: all masked
    assertEquals("+86 139 **** 5678", mask(PersonalInfoKind.MOBILE, "+86 139 1234 5678"));
    assertEquals("139-****-5678", mask(PersonalInfoKind.MOBILE, "139-1234-5678"));
    assertEquals("6222 02** **** 7894", mask(PersonalInfoKind.BANK_CARD, "6222 0212 3456 7894"));
    assertEquals("010-****5678", mask(PersonalInfoKind.PHONE, "010-12345678"));
    assertEquals("0513****3456", mask(PersonalInfoKind.PHONE, "051385123456"));
    assertEquals("320682********517X", mask(PersonalInfoKind.ID_CARD, "32068219660912517X"));
    Map<String, String> addresses = Map.of(
        "江苏省南通市如东县掘港街道人民路1号", "江苏省南通市如东县*********",
        "南通市如皋市如城街道解放路1号", "南通市如皋市*********",
        "南通市经济技术开发区星湖大道1号", "南通市经济技术开发区******",
        "江苏省南通市人民中路1号", "江苏省南通市******",
        "上海市浦东新区世纪大道100号", "上海市浦东新区********",
        "新疆维吾尔自治区乌鲁木齐市天山区解放南路1号", "新疆维吾尔自治区乌鲁木齐市天山区******",
        "江苏省南通市崇川区", "江苏省南通市崇川区",
        "和平桥街道××路17号", "和平桥街道******", // no structure: min(6, half) kept
        "人民路1号", "人民***");
    addresses.forEach((in, out) -> assertEquals(out, mask(PersonalInfoKind.ADDRESS, in), in));
  }

  @Test
  void chineseNamesMaskByCharacter() {
    assertEquals("*", mask(PersonalInfoKind.NAME, "张")); // too short: all masked
    assertEquals("张*", mask(PersonalInfoKind.NAME, "张三"));
    assertEquals("张**", mask(PersonalInfoKind.NAME, "张三丰"));
    assertEquals("诸***", mask(PersonalInfoKind.NAME, "诸葛孔明"));
    assertEquals("买*****", mask(PersonalInfoKind.NAME, "买买提·艾力"));
    assertEquals("L*****", mask(PersonalInfoKind.NAME, "Li Lei"));
    // A character outside the BMP (CJK Extension B, two Java chars, four UTF-8 bytes) is one character.
    assertEquals("𠀾*", mask(PersonalInfoKind.NAME, "𠀾三"));
    assertEquals("张*", mask(PersonalInfoKind.NAME, "张𠀾"));
    assertEquals("一二三四五六********伍陆柒捌", mask(PersonalInfoKind.ID_CARD, "一二三四五六七八九十壹贰叁肆伍陆柒捌"));
  }

  @Test
  void maskKeepEdgeCasesAndRefusals() {
    assertEquals("a****f", GovShare.maskKeep("abcdef", 1, 1));
    assertEquals("******", GovShare.maskKeep("abcdef", 0, 0));
    assertEquals("abcde*", GovShare.maskKeep("abcdef", 5, 0));
    assertEquals("******", GovShare.maskKeep("abcdef", 3, 3)); // head + tail == length: all masked
    assertEquals("***", GovShare.maskKeep("abc", Integer.MAX_VALUE, Integer.MAX_VALUE));
    assertEquals("", GovShare.maskKeep("", 1, 1));
    assertEquals("南通○○○区", GovShare.maskKeep("南通市崇川区", 2, 1, "○"));
    assertEquals("139####5678", GovShare.maskKeep("13912345678", 3, 4, "#"));
    assertEquals("苏F1***5", GovShare.maskKeep("苏F12345", 3, 1)); // the plate rule of §3.2
    assertEquals("🔒b", GovShare.maskKeep("ab", 0, 1, "🔒")); // a 4-byte mask character
    assertThrows(InvalidArgumentException.class, () -> GovShare.maskKeep("abc", -1, 0));
    assertThrows(InvalidArgumentException.class, () -> GovShare.maskKeep("abc", 0, -1));
    assertThrows(InvalidArgumentException.class, () -> GovShare.maskKeep("abc", 1, 1, ""));
    assertThrows(InvalidArgumentException.class, () -> GovShare.maskKeep("abc", 1, 1, "**"));
    assertThrows(InvalidArgumentException.class, () -> GovShare.maskKeep("abc", 1, 1, "×○"));
  }

  // ---- pseudonyms ------------------------------------------------------------------------------

  @Test
  void pseudonymKnownAnswers() {
    // RFC 4231 test case 2 (HMAC-SHA256).
    assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                 GovShare.pseudonym("Jefe", "what do ya want for nothing?", HashAlgorithm.SHA256));
    // The same inputs under HMAC-SM3, the default.
    assertEquals("2e87f1d16862e6d964b50a5200bf2b10b764faa9680a296a2405f24bec39f882",
                 GovShare.pseudonym("Jefe", "what do ya want for nothing?", HashAlgorithm.SM3));
    assertEquals(GovShare.pseudonym("Jefe", "what do ya want for nothing?", HashAlgorithm.SM3),
                 GovShare.pseudonym("Jefe", "what do ya want for nothing?"));
  }

  @Test
  void pseudonymIsDeterministicAndKeyed() {
    String id = "320613198506151232";
    String a = GovShare.pseudonym("consumer-key", id);
    assertEquals(a, GovShare.pseudonym("consumer-key", id));
    assertTrue(a.matches("[0-9a-f]{64}"), a);
    assertNotEquals(a, GovShare.pseudonym("other-key", id));
    assertNotEquals(a, GovShare.pseudonym("consumer-key", id, HashAlgorithm.SHA256));
    assertNotEquals(a, GovShare.pseudonym("consumer-key", "320613198506151233"));
    assertEquals(64, GovShare.pseudonym("k", "").length());
    // A NUL inside the key crosses JNI whole (strings are byte arrays, not C strings).
    assertNotEquals(GovShare.pseudonym("k\0ey", id), GovShare.pseudonym("k", id));
    assertThrows(InvalidArgumentException.class, () -> GovShare.pseudonym("", "x"));
    assertThrows(InvalidArgumentException.class, () -> GovShare.pseudonym("", "x", HashAlgorithm.SHA256));
  }
}
