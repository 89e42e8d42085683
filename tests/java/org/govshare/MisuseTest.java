package org.govshare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The national regulation's misuse of shared data and consent to a wider use through the Java
 * binding: N27 ¶2 (暂停其政务数据共享权限，并督促限期整改，对拒不整改或者整改不到位的，可以终止共享: a
 * suspension for misuse with a rectification order, the consumer's report, reinstatement or
 * termination) and N25 (确需扩大使用范围、用于其他目的或者提供给第三方的，应当经政务数据提供部门同意).
 * The rules are tested in tests/cpp/sharing_test.cpp; here one scenario each and the Java surface
 * (factories, Optionals, List views, enums). The city is {@link PlatformTest#seedCity}; 公安局
 * provides, 民政局 consumes.
 */
class MisuseTest {
  static final String POLICE = PlatformTest.POLICE; // the provider
  static final String CIVIL = PlatformTest.CIVIL; // the consumer

  private Platform p;

  @BeforeEach
  void openSeededCity() {
    p = Platform.open(PlatformTest.options(":memory:"));
    PlatformTest.seedCity(p);
  }

  @AfterEach
  void closeCity() {
    p.close();
  }

  /**
   * 户籍人口基本信息 published by 公安局, applied for by 民政局 for 姓名 (2026-10-01..2027-09-30),
   * accepted and granted by 公安局 (as {@code UseRecordsTest.granted}), and used on 2026-10-12.
   */
  Authorization grantedAndUsed() {
    EntryRecord entry = RulebookTest.publish(p, SharingTest.providerDirectEntry());
    Application a = p.sharing().apply("civil.op", SharingTest.request(entry.getId(), "姓名"));
    a = p.sharing().acceptApplication("reviewer", a.getId(), a.getRowVersion());
    a = p.sharing().grantApplication("police.leader", a.getId(), a.getRowVersion(), new GrantTerms());
    assertSame(ApplicationStatus.GRANTED, a.getStatus(), a::toString);
    Authorization z = p.sharing().getAuthorization("auditor", a.getAuthorizationId());
    SharingTest.setTime(p, "2026-10-12T10:00:00+08:00"); // a Monday
    return p.sharing().recordUse("civil.op", z.getId());
  }

  /** The steps of kind {@code kind} where 民政局 must act (pending ones only or all). */
  List<ProcessStep> civilSteps(StepKind kind, boolean pendingOnly) {
    return p.sharing().steps("auditor", CIVIL, pendingOnly).stream()
        .filter(s -> s.getKind() == kind).collect(Collectors.toList());
  }

  // ---- N27 ¶2: suspended for misuse, reported, terminated -----------------------------------

  @Test
  void aMisuseSuspendsWithARectificationOrderThenTerminates() {
    Authorization z = grantedAndUsed();
    assertTrue(z.getMisuseOrders().isEmpty());

    final Authorization active = z;
    InvalidArgumentException zero = assertThrows(InvalidArgumentException.class,
        () -> p.sharing().suspendForMisuse("police.leader", active.getId(), active.getRowVersion(),
                                           UseBeyondGrant.THIRD_PARTY, "提供给某公司", 0));
    assertTrue(zero.getMessage().contains("working_days must be 1..60"), zero.getMessage());

    z = p.sharing().suspendForMisuse("police.leader", z.getId(), z.getRowVersion(), UseBeyondGrant.THIRD_PARTY,
                                     "将人口信息提供给某科技公司", 5);
    assertSame(AuthorizationStatus.SUSPENDED, z.getStatus(), z::toString);
    MisuseOrderList orders = z.getMisuseOrders();
    assertEquals(1, orders.size());
    MisuseOrder order = orders.get(0);
    assertSame(UseBeyondGrant.THIRD_PARTY, order.getMisuse());
    assertEquals("提供给第三方", GovShare.chineseLabel(order.getMisuse()));
    assertEquals("将人口信息提供给某科技公司", order.getFacts());
    assertEquals(POLICE, order.getOrderedByDepartment());
    assertEquals("police.leader", order.getOrderedBy());
    assertEquals(p.now(), order.getOrderedAt());
    assertEquals(5, order.getWorkingDays());
    assertEquals(Date.of(2026, 10, 19), order.getRectifyBy().getDate()); // 5 working days
    assertEquals(Optional.empty(), order.getReportedAt());
    assertEquals(Optional.empty(), order.getOutcome());
    assertEquals(Optional.empty(), order.getClosedAt());
    assertTrue(order.toString().startsWith("third_party: 将人口信息提供给某科技公司 ordered by police.leader"),
               order::toString);
    assertTrue(order.toString().endsWith(" open"), order::toString);

    // The consumer's rectification step, due when the order says.
    List<ProcessStep> pending = civilSteps(StepKind.RECTIFICATION, true);
    assertEquals(1, pending.size(), pending::toString);
    assertEquals("authorization:" + z.getId(), pending.get(0).getObject());
    assertEquals("N27", pending.get(0).getArticle());
    assertEquals(Date.of(2026, 10, 19), pending.get(0).getDue().getDue().getDate());

    // Not terminated while the period runs and nothing is reported (拒不整改 needs the period over).
    final Authorization suspended = z;
    InvalidTransitionException early = assertThrows(InvalidTransitionException.class,
        () -> p.sharing().terminateForMisuse("police.leader", suspended.getId(), suspended.getRowVersion(),
                                             "拒不整改"));
    assertTrue(early.getMessage().contains("2026-10-19"), early.getMessage());

    // The consumer reports; the step completes.
    SharingTest.setTime(p, "2026-10-14T10:00:00+08:00");
    z = p.sharing().reportRectification("civil.leader", z.getId(), z.getRowVersion(), "已删除对方持有的数据");
    order = z.getMisuseOrders().get(0);
    assertEquals("已删除对方持有的数据", order.getReport());
    assertEquals("civil.leader", order.getReportedBy());
    assertEquals(Optional.of(p.now()), order.getReportedAt());
    assertTrue(civilSteps(StepKind.RECTIFICATION, true).isEmpty());

    // The ordering department judges it insufficient (整改不到位) and terminates.
    SharingTest.setTime(p, "2026-10-16T10:00:00+08:00");
    z = p.sharing().terminateForMisuse("police.leader", z.getId(), z.getRowVersion(), "对方仍在使用，整改不到位");
    assertSame(AuthorizationStatus.REVOKED, z.getStatus(), z::toString);
    assertEquals(Optional.of(RevocationGround.MISUSE_NOT_RECTIFIED), z.getRevocationGround());
    order = z.getMisuseOrders().get(0);
    assertEquals(Optional.of(MisuseOutcome.TERMINATED), order.getOutcome());
    assertEquals("police.leader", order.getClosedBy());
    assertEquals(Optional.of(p.now()), order.getClosedAt());
    assertTrue(order.toString().endsWith(" reported terminated"), order::toString);
    // The disposal of the data is owed as for any end.
    assertEquals(1, civilSteps(StepKind.DISPOSAL, true).size());
    assertEquals(List.of(MisuseOutcome.TERMINATED),
        p.sharing().getAuthorization("auditor", z.getId()).getMisuseOrders().stream()
            .map(o -> o.getOutcome().orElseThrow()).collect(Collectors.toList()));
    assertTrue(p.verifyAudit("auditor").isIntact());
  }

  @Test
  void aRectifiedMisuseIsReinstatedByTheOrderingDepartment() {
    Authorization z = grantedAndUsed();
    z = p.sharing().suspendForMisuse("police.leader", z.getId(), z.getRowVersion(), UseBeyondGrant.OTHER_PURPOSE,
                                     "用于招商引资分析", 10);
    z = p.sharing().reportRectification("civil.leader", z.getId(), z.getRowVersion(), "已停止该用途并删除分析结果");
    z = p.sharing().reinstate("police.leader", z.getId(), z.getRowVersion(), "整改到位");
    assertSame(AuthorizationStatus.ACTIVE, z.getStatus(), z::toString);
    assertEquals(Optional.empty(), z.getRevocationGround());
    MisuseOrder order = z.getMisuseOrders().get(0);
    assertSame(UseBeyondGrant.OTHER_PURPOSE, order.getMisuse());
    assertEquals(Optional.of(MisuseOutcome.REINSTATED), order.getOutcome());
    assertEquals("police.leader", order.getClosedBy());
    // No open order is left to terminate.
    final Authorization reinstated = z;
    assertThrows(InvalidTransitionException.class,
        () -> p.sharing().terminateForMisuse("police.leader", reinstated.getId(), reinstated.getRowVersion(),
                                             "整改不到位"));
  }

  // ---- N25: the provider consents to a wider use ----------------------------------------------

  @Test
  void aWiderUseNeedsTheProvidersConsent() {
    Authorization z = grantedAndUsed();
    assertTrue(z.getWiderUses().isEmpty());

    final Authorization active = z;
    InvalidArgumentException unnamed = assertThrows(InvalidArgumentException.class,
        () -> p.sharing().requestWiderUse("civil.leader", active.getId(), active.getRowVersion(),
                                          WiderUseRequest.of(UseBeyondGrant.THIRD_PARTY, "入户核查")));
    assertTrue(unnamed.getMessage().contains("third_party"), unnamed.getMessage());

    WiderUseRequest request = WiderUseRequest.thirdParty("入户核查", "如东县民政局");
    z = p.sharing().requestWiderUse("civil.leader", z.getId(), z.getRowVersion(), request);
    WiderUseList uses = z.getWiderUses();
    assertEquals(1, uses.size());
    WiderUse w = uses.get(0);
    assertEquals(1, w.getNumber());
    assertSame(UseBeyondGrant.THIRD_PARTY, w.getRequest().getKind());
    assertEquals("入户核查", w.getRequest().getDescription());
    assertEquals("如东县民政局", w.getRequest().getThirdParty());
    assertEquals("civil.leader", w.getRequestedBy());
    assertEquals(p.now(), w.getRequestedAt());
    assertEquals(Optional.empty(), w.getConsented());
    assertEquals(Optional.empty(), w.getAnsweredAt());
    assertEquals("wider_use:1 third_party: 入户核查 (→ 如东县民政局) by civil.leader unanswered", w.toString());

    // Only the provider consents (N25 应当经政务数据提供部门同意), not the bureau.
    final Authorization asked = z;
    assertThrows(PermissionDeniedException.class,
        () -> p.sharing().answerWiderUse("admin", asked.getId(), asked.getRowVersion(), 1, true, ""));

    z = p.sharing().answerWiderUse("police.leader", z.getId(), z.getRowVersion(), 1, true, "同意，限本次入户核查");
    w = z.getWiderUses().get(0);
    assertEquals(Optional.of(true), w.getConsented());
    assertEquals("同意，限本次入户核查", w.getAnswer());
    assertEquals("police.leader", w.getAnsweredBy());
    assertEquals(Optional.of(p.now()), w.getAnsweredAt());
    assertTrue(w.toString().endsWith(" consented"), w::toString);
    assertSame(AuthorizationStatus.ACTIVE, z.getStatus());
  }

  // ---- the Java surface ----------------------------------------------------------------------

  @Test
  void theMisuseTypesHaveTheirJavaSurface() {
    assertEquals(44, Action.RECTIFY_MISUSE.swigValue());
    assertEquals(45, Action.REQUEST_WIDER_USE.swigValue());
    for (Action a : List.of(Action.RECTIFY_MISUSE, Action.REQUEST_WIDER_USE)) {
      assertSame(a, GovShare.parseAction(GovShare.toString(a)));
      assertFalse(GovShare.chineseLabel(a).isEmpty(), a::toString);
    }
    assertEquals(11, StepKind.RECTIFICATION.swigValue());
    assertEquals(5, RevocationGround.MISUSE_NOT_RECTIFIED.swigValue());
    assertEquals(List.of(UseBeyondGrant.WIDER_SCOPE, UseBeyondGrant.OTHER_PURPOSE, UseBeyondGrant.THIRD_PARTY),
                 List.of(UseBeyondGrant.values()));
    assertEquals(List.of(MisuseOutcome.REINSTATED, MisuseOutcome.TERMINATED, MisuseOutcome.ENDED_OTHERWISE),
                 List.of(MisuseOutcome.values()));
    assertEquals(12, StepKind.DISPUTE_COORDINATION.swigValue());
    SharingTest.assertNamesAndLabels(UseBeyondGrant.values(), v -> GovShare.toString((UseBeyondGrant) v),
                                     v -> GovShare.chineseLabel((UseBeyondGrant) v));
    SharingTest.assertNamesAndLabels(MisuseOutcome.values(), v -> GovShare.toString((MisuseOutcome) v),
                                     v -> GovShare.chineseLabel((MisuseOutcome) v));
    SharingTest.assertNamesAndLabels(RevocationGround.values(), v -> GovShare.toString((RevocationGround) v),
                                     v -> GovShare.chineseLabel((RevocationGround) v));

    WiderUseRequest wider = WiderUseRequest.of(UseBeyondGrant.WIDER_SCOPE, "扩大到低保边缘家庭");
    assertSame(UseBeyondGrant.WIDER_SCOPE, wider.getKind());
    assertEquals("", wider.getThirdParty());
    assertEquals("wider_scope: 扩大到低保边缘家庭", wider.toString());
    WiderUseRequest third = WiderUseRequest.thirdParty("入户核查", "如东县民政局");
    assertSame(UseBeyondGrant.THIRD_PARTY, third.getKind());
    assertEquals("third_party: 入户核查 (→ 如东县民政局)", third.toString());
    assertSame(UseBeyondGrant.WIDER_SCOPE, new WiderUseRequest().getKind());

    MisuseOrder order = new MisuseOrder();
    assertSame(UseBeyondGrant.WIDER_SCOPE, order.getMisuse());
    assertEquals(0, order.getWorkingDays());
    assertEquals(Optional.empty(), order.getOutcome());
    assertEquals(Optional.empty(), order.getReportedAt());
    order.setOutcome(Optional.of(MisuseOutcome.REINSTATED));
    assertEquals(Optional.of(MisuseOutcome.REINSTATED), order.getOutcome());
    order.setOutcome(Optional.empty());
    assertEquals(Optional.empty(), order.getOutcome());

    WiderUse use = new WiderUse();
    assertEquals(Optional.empty(), use.getConsented());
    use.setConsented(Optional.of(false));
    assertEquals(Optional.of(false), use.getConsented());
    use.setRequest(third);
    assertEquals("如东县民政局", use.getRequest().getThirdParty());

    // The lists are views of the authorization's vectors.
    Authorization auth = new Authorization();
    assertTrue(auth.getMisuseOrders().isEmpty());
    assertTrue(auth.getWiderUses().isEmpty());
    auth.getWiderUses().add(use);
    auth.getMisuseOrders().add(new MisuseOrder(order));
    assertEquals(1, auth.getWiderUses().size());
    assertEquals(Optional.of(false), auth.getWiderUses().get(0).getConsented());
    assertEquals(1, auth.getMisuseOrders().size());
    assertTrue(new MisuseOrderList().isEmpty());
    // N24 回流: an application and a grant carry the flag (SharingTest.DataReturnsToALowerLevelWithoutExtraConditions).
    ApplicationRequest ask = new ApplicationRequest();
    assertFalse(ask.isReturnFlow());
    ask.setReturnFlow(true);
    assertTrue(ask.isReturnFlow());
    assertFalse(new Authorization().isReturnFlow());
    assertTrue(new WiderUseList().isEmpty());
  }

  /**
   * N17 因特殊原因需要延长更新期限的，经同级政务数据共享主管部门同意，可以延长5个工作日: the department
   * asks, the bureau approves, the due date moves on by 5 working days (as
   * PlatformTest.AnN17UpdateMayRunFiveWorkingDaysMoreWithTheBureausConsent).
   */
  @Test
  void anN17UpdateRunsFiveWorkingDaysMoreWithTheBureausConsent() {
    SharingTest.setTime(p, "2026-11-02T09:00:00+08:00"); // a Monday
    Obligation o = p.catalog().recordLegalChange("police.admin", POLICE, ObligationKind.LAW_REVISION,
        "《数据安全法》配套规定施行", Date.of(2026, 11, 2));
    assertEquals(Date.of(2026, 11, 16), o.getDue().getDue().getDate());
    assertEquals(Optional.empty(), o.getExtension());
    long id = o.getId();
    assertThrows(InvalidArgumentException.class,
        () -> p.catalog().requestUpdateExtension("police.op", id, 6, "系统改造"));
    o = p.catalog().requestUpdateExtension("police.op", id, 5, "业务系统改造尚未完成");
    assertEquals(Optional.empty(), o.getExtension().get().getApproved());
    assertThrows(PermissionDeniedException.class,
        () -> p.catalog().decideUpdateExtension("police.leader", id, true, "同意"));
    o = p.catalog().decideUpdateExtension("admin", id, true, "特殊原因属实");
    assertEquals(Optional.of(true), o.getExtension().get().getApproved());
    assertEquals(Date.of(2026, 11, 23), o.getDue().getDue().getDate());
  }
}
