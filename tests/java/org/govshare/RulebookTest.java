package org.govshare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rulebook through the Java binding: the national 《政务数据共享条例》 (N1–N44, in force
 * 2025-08-01) above the Nantong rules of 2020 (A1–A36). One scenario across 2025-08-01 — the
 * same application and correction judged by the rules of their day — and a second city's
 * local rules as a file. The precedence table, the file format's refusals and the other duties
 * are tested in tests/cpp/rules/rulebook_rules_test.cpp and tests/cpp/rulebook_test.cpp.
 */
class RulebookTest {
  /** A second city (examples/data/local-rules-example.json): 2 working days to check the form, 5 to reply. */
  static String secondCity() {
    try {
      return java.nio.file.Files.readString(
          java.nio.file.Path.of("../../examples/data/local-rules-example.json"),
          java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Platform cityAt(String iso) {
    PlatformOptions o = PlatformTest.options(":memory:");
    o.setSimulatedTime(Optional.of(LocalDateTime.fromIso(iso)));
    Platform p = Platform.open(o);
    PlatformTest.seedCity(p);
    return p;
  }

  static EntryRecord publish(Platform p, CatalogEntry entry) {
    EntryRecord r = p.catalog().createDraft("police.op", entry);
    r = p.catalog().submit("police.op", r.getId(), r.getRowVersion());
    r = p.catalog().approve("reviewer", r.getId(), r.getRowVersion());
    return p.catalog().publish("police.leader", r.getId(), r.getRowVersion());
  }

  /** The decision step and the correction step of one application and one objection, as "date article". */
  static String[] scenario(Platform p) {
    EntryRecord household = publish(p, SharingTest.providerDirectEntry()); // conditional
    EntryRecord market = publish(p, SharingTest.platformDirectEntry()); // unconditional
    Application a = p.sharing().apply("civil.op", SharingTest.request(household.getId(), "姓名"));
    a = p.sharing().acceptApplication("reviewer", a.getId(), a.getRowVersion());
    Application b = p.sharing().apply("civil.op", SharingTest.request(market.getId(), "企业名称"));
    b = p.sharing().acceptApplication("reviewer", b.getId(), b.getRowVersion());
    p.sharing().grantApplication("police.leader", a.getId(), a.getRowVersion(), new GrantTerms());
    Objection o =
        p.sharing().raiseObjection("civil.op", SharingTest.objectionInput(household.getId(), "姓名"));
    return new String[] {
      step(a.getSteps().get(1)), step(b.getSteps().get(1)), step(o.getSteps().get(0))
    };
  }

  static String step(ProcessStep s) {
    return s.getDue().getDue().getDate() + " " + s.getArticle();
  }

  @Test
  void theSameActsEitherSideOfTheRegulationAreJudgedByTheRulesOfTheirDay() {
    try (Platform before = cityAt("2025-07-31T10:00:00+08:00");
        Platform from = cityAt("2025-08-01T10:00:00+08:00")) {
      // A22 10 working days (conditional, provider); A23 2 (unconditional, bureau); A29 及时 (5).
      assertEquals(
          java.util.List.of("2025-08-14 A22", "2025-08-04 A23", "2025-08-07 A29"),
          java.util.List.of(scenario(before)));
      // N21 10 and 1 working days; N26 10.
      assertEquals(
          java.util.List.of("2025-08-15 N21", "2025-08-04 N21", "2025-08-15 N26"),
          java.util.List.of(scenario(from)));
    }
  }

  @Test
  void aSecondCityBringsItsRulesAsAFile() {
    final String text = secondCity();
    RuleSet city = GovShare.parseLocalRules(text);
    assertEquals("某市政务数据共享管理办法", city.getName());
    assertEquals(RuleSource.LOCAL, city.getSource());
    assertEquals(city, GovShare.parseLocalRules(GovShare.localRulesToJson(city)));
    ParseException bad =
        assertThrows(
            ParseException.class,
            () -> GovShare.parseLocalRules(text.replace("\"working_days\": 2", "\"working_days\": 0")));
    assertEquals("rules[1].working_days", bad.getPath());

    Rulebook book = new Rulebook();
    book.setNational(GovShare.nationalRegulation2025());
    book.setLocal(city);
    RuleQuery q =
        new RuleQuery(Duty.APPLICATION_REPLY, Date.of(2026, 3, 2), Optional.of(ShareClass.CONDITIONAL),
            Decider.PROVIDER);
    AppliedRule applied = GovShare.applyRule(book, q);
    assertEquals(5, applied.getPeriod().getCount()); // shorter than N21's 10 (N23)
    assertEquals("第十三条", applied.getArticle());
    assertEquals("N21", applied.getDisplaced());

    try (Platform p = cityAt("2026-09-01T09:00:00+08:00")) {
      assertEquals(GovShare.nantongRules2020(), p.rulebook().getLocal());
      assertThrows(PermissionDeniedException.class, () -> p.setLocalRules("police.admin", city));
      p.setLocalRules("admin", city);
      assertEquals(city, p.rulebook().getLocal());
      EntryRecord household = publish(p, SharingTest.providerDirectEntry());
      Application a = p.sharing().apply("civil.op", SharingTest.request(household.getId(), "姓名"));
      assertEquals("第十二条", a.getSteps().get(0).getArticle()); // 2 working days to check the form
      assertEquals(Date.of(2026, 9, 3), a.getSteps().get(0).getDue().getDue().getDate());
      assertTrue(GovShare.rulesInForce(p.rulebook(), Date.of(2026, 9, 1)).size() > 10);
    }
  }

  @Test
  void theRegulationsActsThroughTheBinding() {
    // N21 一次性告知 and extension, N22 delivery: the rules are tested in C++
    // (SharingTest.MissingMaterials…, AReplyExtension…, GrantedDataIsDelivered…); here the Java types.
    try (Platform p = cityAt("2026-09-01T09:00:00+08:00")) {
      EntryRecord household = publish(p, SharingTest.providerDirectEntry());
      Application a = p.sharing().apply("civil.op", SharingTest.request(household.getId(), "姓名"));
      a = p.sharing().acceptApplication("reviewer", a.getId(), a.getRowVersion());
      a = p.sharing().requestMaterials("police.leader", a.getId(), a.getRowVersion(),
          new StringList(java.util.List.of("加盖公章的使用申请表")));
      assertEquals(ApplicationStatus.MATERIALS_REQUESTED, a.getStatus());
      final Application asked = a;
      assertThrows(InvalidTransitionException.class, () -> p.sharing().requestMaterials(
          "police.leader", asked.getId(), asked.getRowVersion(), new StringList(java.util.List.of("户口簿"))));
      a = p.sharing().supplyMaterials("civil.op", a.getId(), a.getRowVersion(), "已补充", Optional.empty());
      a = p.sharing().requestReplyExtension("police.leader", a.getId(), a.getRowVersion(), 5, "需跨系统核查");
      assertEquals(5, a.getExtension().orElseThrow().getWorkingDays());
      a = p.sharing().decideReplyExtension("reviewer", a.getId(), a.getRowVersion(), true, "同意延长");
      assertEquals(Optional.of(true), a.getExtension().orElseThrow().getApproved());
      a = p.sharing().grantApplication("police.leader", a.getId(), a.getRowVersion(), new GrantTerms());
      Authorization z = p.sharing().getAuthorization("police.op", a.getAuthorizationId());
      z = p.sharing().recordDelivery("police.op", z.getId(), z.getRowVersion(), ShareMethod.API, "接口已开通");
      assertEquals(Optional.of(ShareMethod.API), z.getDeliveryMethod());
      assertTrue(z.getDeliveredAt().isPresent());
    }
  }

  @Test
  void aDisputeGoesUpTheTiersOfN28() {
    try (Platform p = cityAt("2026-09-01T09:00:00+08:00")) {
      EntryRecord household = publish(p, SharingTest.providerDirectEntry());
      DisputeInput in = new DisputeInput();
      in.setSubject(DisputeSubject.CONDITIONS);
      in.setEntryId(household.getId());
      in.setDescription("共享范围过窄");
      Dispute d = p.sharing().openDispute("civil.leader", in);
      assertEquals(DisputeTier.NEGOTIATION, d.getTier());
      d = p.sharing().escalateDispute("civil.leader", d.getId(), d.getRowVersion(), "协商不成");
      assertEquals(DisputeTier.AUTHORITY, d.getTier());
      assertEquals(DisputeTier.NEGOTIATION, d.getEscalations().get(0).getFrom());
      d = p.sharing().escalateDispute("police.leader", d.getId(), d.getRowVersion(), "协调未果");
      assertEquals(DisputeTier.GOVERNMENT, d.getTier());
      final Dispute last = d;
      assertThrows(InvalidTransitionException.class,
          () -> p.sharing().escalateDispute("civil.leader", last.getId(), last.getRowVersion(), "再议"));
    }
  }
}
