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
 * The national regulation's use records and the ends of a service through the Java binding:
 * N29 (the consumer records its use; kept at least 3 years; the provider reads, the auditor
 * exports) and N27 (the consumer ends a purpose and disposes of the data; the provider changes a
 * service only after negotiating and filing). The rules (permissions, refusals, deadlines,
 * supervision findings) are tested in tests/cpp/sharing_test.cpp; here one scenario each and the
 * Java surface (factories, Optionals, List views, enums). The city is {@link PlatformTest#seedCity};
 * 公安局 provides, 民政局 consumes.
 */
class UseRecordsTest {
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
   * 户籍人口基本信息 published by 公安局, applied for by 民政局 for these items
   * (2026-10-01..2027-09-30), accepted and granted by 公安局 on these terms.
   */
  Authorization granted(GrantTerms terms, String... items) {
    EntryRecord entry = RulebookTest.publish(p, SharingTest.providerDirectEntry());
    Application a = p.sharing().apply("civil.op", SharingTest.request(entry.getId(), items));
    a = p.sharing().acceptApplication("reviewer", a.getId(), a.getRowVersion());
    a = p.sharing().grantApplication("police.leader", a.getId(), a.getRowVersion(), terms);
    assertSame(ApplicationStatus.GRANTED, a.getStatus(), a::toString);
    return p.sharing().getAuthorization("auditor", a.getAuthorizationId());
  }

  /** The steps of kind {@code kind} where 民政局 must act (pending ones only or all). */
  List<ProcessStep> civilSteps(StepKind kind, boolean pendingOnly) {
    return p.sharing().steps("auditor", CIVIL, pendingOnly).stream()
        .filter(s -> s.getKind() == kind).collect(Collectors.toList());
  }

  // ---- N29: use records ---------------------------------------------------------------------

  @Test
  void useRecordsAreReadByTheProviderKeptThreeYearsAndExportedByTheAuditor() {
    Authorization z = granted(new GrantTerms(), "姓名");
    SharingTest.setTime(p, "2026-10-12T10:00:00+08:00");
    p.sharing().recordUse("civil.op", z.getId());

    UseRecordInput in = UseRecordInput.of(z.getId(), UseRecordKind.SCENARIO, "最低生活保障家庭经济状况核对，核对对象姓名");
    assertEquals("authorization:" + z.getId() + " scenario: 最低生活保障家庭经济状况核对，核对对象姓名", in.toString());
    UseRecord r = p.sharing().addUseRecord("civil.op", in);
    assertTrue(r.getId() > 0);
    assertSame(UseRecordKind.SCENARIO, r.getKind());
    assertEquals(z.getId(), r.getAuthorizationId());
    assertEquals(CIVIL, r.getConsumerCode());
    assertEquals(POLICE, r.getProviderCode());
    assertEquals(z.getEntryCode(), r.getEntryCode());
    assertEquals("civil.op", r.getRecordedBy());
    assertEquals(p.now(), r.getRecordedAt());
    assertEquals("N29", r.getArticle());
    assertEquals(Date.of(2029, 10, 12), r.getPurgeableFrom()); // 不少于3年
    assertFalse(r.isPurged());
    assertEquals(Optional.empty(), r.getPurgedAt());

    // The provider reads them (N29 可以查阅), all or of one authorization.
    UseRecordList read = p.sharing().useRecords("police.op", POLICE);
    assertEquals(List.of(r.getId()), SharingTest.ids(read, UseRecord::getId));
    assertEquals("最低生活保障家庭经济状况核对，核对对象姓名", read.get(0).getText());
    assertEquals(1, p.sharing().useRecords("police.op", POLICE, z.getId()).size());
    assertTrue(p.sharing().useRecords("police.op", POLICE, z.getId() + 1000).isEmpty());

    // An auditor exports them as one JSON document; a department leader may not.
    String json = p.sharing().exportUseRecords("auditor", CIVIL);
    assertTrue(json.contains("\"govshare-use-records/1\""), json);
    assertTrue(json.contains("最低生活保障家庭经济状况核对"), json);
    assertThrows(PermissionDeniedException.class, () -> p.sharing().exportUseRecords("civil.leader", CIVIL));

    // No purge before the retention has run; from purgeableFrom the text goes, the fact stays.
    InvalidTransitionException early = assertThrows(InvalidTransitionException.class,
        () -> p.sharing().purgeUseRecord("civil.leader", r.getId(), r.getRowVersion(), "到期清理"));
    assertTrue(early.getMessage().contains("N29"), early.getMessage());
    assertTrue(early.getMessage().contains("2029-10-12"), early.getMessage());
    p.setTime(LocalDateTime.of(r.getPurgeableFrom(), 9, 0, 0));
    UseRecord purged = p.sharing().purgeUseRecord("civil.leader", r.getId(), r.getRowVersion(), "保存期满清理");
    assertTrue(purged.isPurged(), purged::toString);
    assertEquals("", purged.getText());
    assertEquals(Optional.of(p.now()), purged.getPurgedAt());
    assertEquals("civil.leader", purged.getPurgedBy());
    assertEquals("保存期满清理", purged.getPurgeReason());
    assertTrue(purged.toString().endsWith(" purged"), purged::toString);
    assertEquals("", p.sharing().useRecords("police.op", POLICE).get(0).getText());
    assertTrue(p.verifyAudit("auditor").isIntact());
  }

  // ---- N27: the purpose ends, the data is disposed of ----------------------------------------

  @Test
  void anEndedPurposeOwesTheDisposalADestructionRecordCompletes() {
    GrantTerms terms = new GrantTerms();
    terms.setDisposal("核对完成后删除本地副本");
    terms.setDisposalWorkingDays(Optional.of(3));
    Authorization z = granted(terms, "姓名", "性别");
    assertEquals("核对完成后删除本地副本", z.getDisposal());
    assertEquals(3, z.getDisposalWorkingDays());
    assertEquals(Optional.empty(), z.getRevocationGround());
    SharingTest.setTime(p, "2026-10-12T10:00:00+08:00");
    z = p.sharing().recordUse("civil.op", z.getId());

    SharingTest.setTime(p, "2026-10-16T10:00:00+08:00"); // Friday
    Authorization ended = p.sharing().endPurpose("civil.leader", z.getId(), z.getRowVersion(), "年度核对已完成");
    assertSame(AuthorizationStatus.REVOKED, ended.getStatus(), ended::toString);
    assertEquals(Optional.of(RevocationGround.PURPOSE_ENDED), ended.getRevocationGround());
    assertEquals(Optional.empty(), ended.getDisposedAt());
    List<ProcessStep> pending = civilSteps(StepKind.DISPOSAL, true);
    assertEquals(1, pending.size(), pending::toString);
    ProcessStep disposal = pending.get(0);
    assertEquals(CIVIL, disposal.getDepartmentCode());
    assertEquals("authorization:" + z.getId(), disposal.getObject());
    assertEquals("N27", disposal.getArticle());
    assertEquals(Date.of(2026, 10, 21), disposal.getDue().getDue().getDate()); // 3 working days

    // The destruction record is the disposal (N29 销毁情况).
    SharingTest.setTime(p, "2026-10-20T10:00:00+08:00");
    p.sharing().addUseRecord("civil.op", UseRecordInput.of(z.getId(), UseRecordKind.DESTRUCTION, "已删除本地副本 1,204 条"));
    assertEquals(Optional.of(p.now()), p.sharing().getAuthorization("auditor", z.getId()).getDisposedAt());
    assertTrue(civilSteps(StepKind.DISPOSAL, true).isEmpty());
    ProcessStep done = civilSteps(StepKind.DISPOSAL, false).get(0);
    assertEquals(Optional.of(p.now()), done.getCompletedAt());
    assertEquals("disposed", done.getOutcome());
    assertTrue(done.getOnTime(), done::toString);
  }

  // ---- N27: the provider changes a service ---------------------------------------------------

  @Test
  void aServiceChangeIsNegotiatedThenFiledAndNarrowsTheAuthorization() {
    Authorization z = granted(new GrantTerms(), "姓名", "性别");
    SharingTest.setTime(p, "2026-10-12T10:00:00+08:00");
    ServiceChangeInput in = ServiceChangeInput.change(z.getId(), "性别字段停止维护", "姓名");
    assertSame(ServiceChangeKind.CHANGE, in.getKind());
    assertEquals(List.of("姓名"), in.getItems());
    assertEquals(Optional.empty(), in.getValidUntil());
    assertEquals("change authorization:" + z.getId() + " items [姓名]: 性别字段停止维护", in.toString());

    ServiceChange c = p.sharing().proposeServiceChange("police.leader", in);
    assertSame(ServiceChangeStatus.NEGOTIATING, c.getStatus());
    assertEquals(CIVIL, c.getConsumerCode());
    assertEquals(POLICE, c.getProviderCode());
    assertEquals("police.leader", c.getProposedBy());
    assertEquals(List.of("姓名"), c.getChange().getItems());
    assertEquals(Optional.empty(), c.getConsumerAgrees());
    assertEquals(Optional.empty(), c.getAnsweredAt());

    // Not filed before the consumer has answered; nothing changes until filed.
    final ServiceChange unanswered = c;
    assertThrows(InvalidTransitionException.class,
        () -> p.sharing().fileServiceChange("police.leader", unanswered.getId(), unanswered.getRowVersion()));
    assertEquals(List.of("姓名", "性别"), p.sharing().getAuthorization("auditor", z.getId()).getItems());

    c = p.sharing().answerServiceChange("civil.leader", c.getId(), c.getRowVersion(), false,
        "性别用于核对家庭成员，不同意删减");
    assertSame(ServiceChangeStatus.ANSWERED, c.getStatus());
    assertEquals(Optional.of(false), c.getConsumerAgrees());
    assertEquals("civil.leader", c.getAnsweredBy());
    assertEquals(Optional.of(p.now()), c.getAnsweredAt());

    c = p.sharing().fileServiceChange("police.leader", c.getId(), c.getRowVersion());
    assertSame(ServiceChangeStatus.FILED, c.getStatus());
    assertEquals("police.leader", c.getClosedBy());
    assertEquals(Optional.of(p.now()), c.getClosedAt());
    assertTrue(c.toString().startsWith("service_change:" + c.getId() + " filed change"), c::toString);
    Authorization narrowed = p.sharing().getAuthorization("auditor", z.getId());
    assertEquals(List.of("姓名"), narrowed.getItems());
    assertSame(AuthorizationStatus.ACTIVE, narrowed.getStatus());
    assertEquals(List.of(c.getId()), SharingTest.ids(p.sharing().serviceChanges("civil.op", ""), ServiceChange::getId));
  }

  // ---- the Java surface ----------------------------------------------------------------------

  @Test
  void theNewEnumsAndValuesHaveTheirJavaSurface() {
    // 43: DESIGNATE_SOURCE (N19); 44, 45: RECTIFY_MISUSE (N27), REQUEST_WIDER_USE (N25), see MisuseTest;
    // 46: RUN_HOUSEKEEPING (HousekeepingTest); 47: COPY_PLATFORM (a move between backends);
    // 48, 49: SIGN_AUDIT_CHECKPOINT, ROTATE_SIGNING_KEY (CheckpointTest); 50: MANAGE_PSEUDONYM_KEY
    assertEquals(50, Action.values().length);
    assertEquals(49, Action.ROTATE_SIGNING_KEY.swigValue());
    assertEquals(50, Action.MANAGE_PSEUDONYM_KEY.swigValue());
    assertEquals(47, Action.COPY_PLATFORM.swigValue());
    assertEquals(46, Action.RUN_HOUSEKEEPING.swigValue());
    assertEquals(43, Action.DESIGNATE_SOURCE.swigValue());
    List<Action> added = List.of(Action.KEEP_USE_RECORDS, Action.PURGE_USE_RECORDS, Action.EXPORT_USE_RECORDS,
        Action.CHANGE_SERVICE, Action.END_PURPOSE);
    for (int i = 0; i < added.size(); i++) {
      assertEquals(38 + i, added.get(i).swigValue());
      assertSame(added.get(i), GovShare.parseAction(GovShare.toString(added.get(i))));
    }
    assertEquals(added, GovShare.allActions().subList(37, 42));
    // Numbered 1, 2, … without a gap; later kinds (RECTIFICATION = 11, N27) are in MisuseTest.
    StepKind[] stepKinds = StepKind.values();
    for (int i = 0; i < stepKinds.length; i++) assertEquals(i + 1, stepKinds[i].swigValue(), stepKinds[i]::name);
    assertEquals(10, StepKind.DISPOSAL.swigValue());
    assertEquals(3, RevocationGround.PURPOSE_ENDED.swigValue());
    assertEquals(4, RevocationGround.SERVICE_ENDED.swigValue());
    SharingTest.assertNamesAndLabels(ServiceChangeKind.values(), v -> GovShare.toString((ServiceChangeKind) v),
                                     v -> GovShare.chineseLabel((ServiceChangeKind) v));
    SharingTest.assertNamesAndLabels(ServiceChangeStatus.values(), v -> GovShare.toString((ServiceChangeStatus) v),
                                     v -> GovShare.chineseLabel((ServiceChangeStatus) v));
    SharingTest.assertNamesAndLabels(UseRecordKind.values(), v -> GovShare.toString((UseRecordKind) v),
                                     v -> GovShare.chineseLabel((UseRecordKind) v));
    SharingTest.assertNamesAndLabels(RevocationGround.values(), v -> GovShare.toString((RevocationGround) v),
                                     v -> GovShare.chineseLabel((RevocationGround) v));
    assertEquals("使用场景", GovShare.chineseLabel(UseRecordKind.SCENARIO));

    GrantTerms terms = new GrantTerms();
    assertEquals("", terms.getDisposal());
    assertEquals(Optional.empty(), terms.getDisposalWorkingDays());
    terms.setDisposalWorkingDays(Optional.of(5));
    assertEquals(Optional.of(5), terms.getDisposalWorkingDays());
    terms.setDisposalWorkingDays(Optional.empty());
    assertEquals(Optional.empty(), terms.getDisposalWorkingDays());

    Authorization auth = new Authorization();
    assertEquals(Optional.empty(), auth.getRevocationGround());
    auth.setRevocationGround(Optional.of(RevocationGround.SERVICE_ENDED));
    assertEquals(Optional.of(RevocationGround.SERVICE_ENDED), auth.getRevocationGround());
    assertEquals(Optional.empty(), auth.getDisposedAt());
    assertEquals(10, new SharingPolicy().getDisposalDays());
    assertEquals(20, new SharingPolicy().getDisputeCoordinationDays());  // N28 sets none: the policy's
    assertTrue(new SharingPolicy().toString().endsWith("dispute_coordination_days=20"));

    ServiceChangeInput end = ServiceChangeInput.end(7, "系统迁移");
    assertSame(ServiceChangeKind.END, end.getKind());
    assertTrue(end.getItems().isEmpty());
    end.setValidUntil(Optional.of(Date.of(2026, 12, 31)));
    assertEquals("end authorization:7 until 2026-12-31: 系统迁移", end.toString());
    assertSame(ServiceChangeStatus.NEGOTIATING, new ServiceChange().getStatus());
    assertEquals(Optional.empty(), new ServiceChange().getConsumerAgrees());
    assertSame(UseRecordKind.SCENARIO, new UseRecordInput().getKind());
    assertEquals(Optional.empty(), new UseRecord().getPurgedAt());
    assertTrue(new ServiceChangeList().isEmpty());
    assertTrue(new UseRecordList().isEmpty());
  }

  /**
   * N19 数源部门 and N13, N14 through Java: the bureau administrator designates a source
   * department (a department administrator may not); the catalog elements read as Optionals.
   */
  @Test
  void sourceDepartmentsAndTheRegulationsCatalogElements() {
    SourceDesignation d = new SourceDesignation();
    d.setSubject("人口基础信息");
    d.setSourceCode(POLICE);
    d.setCollectingCodes(new StringList(List.of(CIVIL)));
    d.setBasis("市政府常务会议纪要〔2026〕5号");
    assertThrows(PermissionDeniedException.class, () -> p.catalog().designateSource("police.admin", d));
    SourceDesignation done = p.catalog().designateSource("admin", d);
    assertEquals("admin", done.getDesignatedBy());
    assertTrue(done.getDesignatedAt().isPresent());
    assertEquals(List.of("人口基础信息"),
        p.catalog().sourceDesignations("civil.op").stream().map(SourceDesignation::getSubject)
            .collect(Collectors.toList()));

    CatalogEntry entry = new CatalogEntry();
    assertEquals(Optional.empty(), entry.getDataGrade());
    entry.setDataGrade(Optional.of(DataGrade.IMPORTANT));
    assertEquals("重要数据", GovShare.chineseLabel(DataGrade.IMPORTANT));
    assertTrue(GovShare.missingNationalElements(entry).contains("assessment.secrecy_risk"));
    assertTrue(GovShare.isNationalNotSharedBasis(LegalBasisKind.STATE_COUNCIL_DECISION));
    assertFalse(GovShare.isNationalNotSharedBasis(LegalBasisKind.RULE));
  }
}
