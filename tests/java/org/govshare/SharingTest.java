package org.govshare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sharing between departments through the Java binding (A17–A27, A29): an application from
 * submission to grant and expiry end to end, then the Java surface of demand requests,
 * objections, disputes, grant terms and the sharing policy (Optionals, lists, factories,
 * values, toString). The rules (transitions, permissions, refusals, deadlines, non-use) are
 * tested in tests/cpp/sharing_test.cpp and tests/cpp/rules. The city is
 * {@link PlatformTest#seedCity} plus 南通市信访局 as a second consumer; 公安局 provides,
 * 民政局 consumes. {@code LocalDateTime} and {@code Date} are org.govshare's.
 */
class SharingTest {
  static final String BUREAU = PlatformTest.BUREAU;
  static final String POLICE = PlatformTest.POLICE; // the provider
  static final String CIVIL = PlatformTest.CIVIL; // the consumer
  static final String PETITION = PlatformTest.NEW_DEPT; // 南通市信访局, a second consumer

  /** SHA-256 of the scanned, stamped application form (64 lowercase hex digits). */
  static final String SCAN_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private Platform p;

  // ---- helpers ---------------------------------------------------------------------

  @BeforeEach
  void openSeededCity() {
    p = Platform.open(PlatformTest.options(":memory:"));
    PlatformTest.seedCity(p);
    p.addDepartment("admin", Department.of(PETITION, "南通市信访局", DepartmentLevel.MUNICIPAL));
    p.addUser("admin", User.of("petition.op", "孙敏", PETITION, Role.DEPT_OPERATOR));
    p.addUser("admin", User.of("petition.leader", "吴处", PETITION, Role.DEPT_LEADER));
  }

  @AfterEach
  void closeCity() {
    p.close();
  }

  /** 户籍人口基本信息: conditional, provider-direct (A18), API only; 民政局 and 信访局 in scope. */
  static CatalogEntry providerDirectEntry() {
    CatalogEntry e = PlatformTest.policeEntry();
    e.getShare().getScope().getDepartments().addAll(List.of(CIVIL, PETITION));
    return e;
  }

  /**
   * 市场主体登记信息: unconditional, no controlled parameters, platform-direct (A18); table and
   * API. Catalogued here by 公安局 (a department catalogs its own resources, A7).
   */
  static CatalogEntry platformDirectEntry() {
    CatalogEntry e = PlatformTest.unconditionalEntry();
    e.getProvider().setCode(POLICE);
    e.getProvider().setName("南通市公安局");
    return e;
  }

  /** 户籍人口基本信息 as not shared, with its legal basis (A8). */
  static CatalogEntry notSharedEntry() {
    CatalogEntry e = PlatformTest.policeEntry();
    ShareAttribute share = e.getShare();
    share.setShareClass(ShareClass.NOT_SHARED);
    share.setScope(new ShareScope());
    share.getMethods().clear();
    share.setAuthorizationMode(Optional.empty());
    share.setParallelApproval(false);
    share.setConditions("");
    LegalBasis basis = new LegalBasis();
    basis.setKind(LegalBasisKind.LAW);
    basis.setTitle("《中华人民共和国统计法》");
    basis.setArticle("第二十五条");
    share.setLegalBasis(Optional.of(basis));
    e.setUpdateCycle(UpdateCycle.DAILY);
    return e;
  }

  /** Draft → submitted → approved → published by 公安局; returns the published record. */
  EntryRecord publish(CatalogEntry entry) {
    EntryRecord r = p.catalog().createDraft("police.op", entry);
    r = p.catalog().submit("police.op", r.getId(), r.getRowVersion());
    r = p.catalog().approve("reviewer", r.getId(), r.getRowVersion());
    r = p.catalog().publish("police.leader", r.getId(), r.getRowVersion());
    assertSame(EntryStatus.PUBLISHED, r.getStatus());
    return r;
  }

  static ScanDocument scan() {
    return ScanDocument.of("使用申请表（盖章）.pdf", SCAN_SHA256, 182044);
  }

  /** A complete application of 民政局 for these items of the entry, by API, 2026-10-01..2027-09-30. */
  static ApplicationRequest request(long entryId, String... items) {
    ApplicationRequest r = new ApplicationRequest();
    r.setEntryId(entryId);
    r.setItems(new StringList(List.of(items)));
    r.setPurpose("最低生活保障家庭经济状况核对");
    r.setLegalDuty("《社会救助暂行办法》第十一条");
    r.setMethod(ShareMethod.API);
    r.setValidFrom(Date.of(2026, 10, 1));
    r.setValidUntil(Date.of(2027, 9, 30));
    r.setScan(scan());
    return r;
  }

  /** Applied by {@code consumerOp}, accepted by the bureau, granted by 公安局 as requested. */
  Authorization grantedToConsumer(String consumerOp, ApplicationRequest request) {
    Application a = p.sharing().apply(consumerOp, request);
    a = p.sharing().acceptApplication("reviewer", a.getId(), a.getRowVersion());
    a = p.sharing().grantApplication("police.leader", a.getId(), a.getRowVersion(), new GrantTerms());
    assertSame(ApplicationStatus.GRANTED, a.getStatus(), a::toString);
    return p.sharing().getAuthorization("admin", a.getAuthorizationId());
  }

  Deadline deadline(LocalDateTime from, DeadlineRule rule) {
    return p.calendar().computeDeadline(from, rule);
  }

  long auditCount() {
    return p.verifyAudit("auditor").getRecords();
  }

  /** The notices of the actor's department of this kind, oldest first. */
  List<Notice> notices(String actor, NoticeKind kind) {
    return p.notices(actor, false).stream().filter(n -> n.getKind() == kind).collect(Collectors.toList());
  }

  static <T> List<Long> ids(List<T> records, Function<T, Long> id) {
    return records.stream().map(id).collect(Collectors.toList());
  }

  static void setTime(Platform p, String iso) {
    p.setTime(LocalDateTime.fromIso(iso));
  }

  // ---- the whole way: an application from submission to grant and expiry ---------------

  @Test
  void applicationFromSubmissionToGrantAndExpiry() {
    EntryRecord entry = publish(providerDirectEntry());

    // A20: 民政局 applies on the eve of National Day.
    setTime(p, "2026-09-30T10:00:00+08:00");
    ApplicationRequest request = request(entry.getId(), "姓名", "性别", "公民身份号码");
    request.setValidUntil(Date.of(2026, 11, 30));
    Application a = p.sharing().apply("civil.op", request);
    assertTrue(a.getId() > 0);
    assertSame(ApplicationStatus.SUBMITTED, a.getStatus());
    assertEquals(CIVIL, a.getConsumerCode());
    assertEquals("civil.op", a.getApplicant());
    assertEquals(POLICE, a.getProviderCode());
    assertEquals(entry.getCode(), a.getEntryCode());
    assertSame(AuthorizationMode.PROVIDER_DIRECT, a.getMode());
    assertEquals(POLICE, a.getAuthorityCode());
    assertEquals(0, a.getAuthorizationId());
    assertEquals(p.now(), a.getSubmittedAt());
    assertEquals(List.of("姓名", "性别", "公民身份号码"), a.getRequest().getItems());
    assertEquals(scan(), a.getRequest().getScan());
    assertEquals("最低生活保障家庭经济状况核对", a.getRequest().getPurpose());

    // A21: the bureau's form check, due in 1 working day — after the National Day holidays.
    assertEquals(1, a.getSteps().size(), () -> a.getSteps().toString());
    ProcessStep check = a.getSteps().get(0);
    assertSame(StepKind.FORM_CHECK, check.getKind());
    assertEquals("application:" + a.getId(), check.getObject());
    assertEquals(BUREAU, check.getDepartmentCode());
    assertEquals(p.now(), check.getStartedAt());
    assertEquals(deadline(p.now(), DeadlineRule.workingDays(1)), check.getDue());
    assertEquals(Date.of(2026, 10, 8), check.getDue().getDue().getDate());
    assertEquals(Optional.empty(), check.getCompletedAt());
    assertFalse(check.isOverdue());

    // The bureau accepts on the due date: the provider's decision step opens (A22, 10 working days).
    setTime(p, "2026-10-08T09:30:00+08:00");
    Application accepted = p.sharing().acceptApplication("reviewer", a.getId(), a.getRowVersion());
    assertSame(ApplicationStatus.ACCEPTED, accepted.getStatus());
    assertNotEquals(a.getRowVersion(), accepted.getRowVersion());
    assertEquals(2, accepted.getSteps().size(), () -> accepted.getSteps().toString());
    ProcessStep checked = accepted.getSteps().get(0);
    assertEquals(Optional.of(p.now()), checked.getCompletedAt());
    assertEquals("reviewer", checked.getCompletedBy());
    assertEquals("accepted", checked.getOutcome());
    assertTrue(checked.getOnTime(), checked::toString);
    assertFalse(checked.isOverdue());
    ProcessStep decision = accepted.getSteps().get(1);
    assertSame(StepKind.PROVIDER_DECISION, decision.getKind());
    assertEquals(POLICE, decision.getDepartmentCode());
    assertEquals(p.now(), decision.getStartedAt());
    assertEquals(deadline(p.now(), DeadlineRule.workingDays(10)), decision.getDue());
    assertEquals(Optional.empty(), decision.getCompletedAt());

    // The provider grants, as requested, with conditions.
    setTime(p, "2026-10-12T15:00:00+08:00");
    GrantTerms terms = new GrantTerms();
    terms.setConditions("仅用于低保家庭经济状况核对，不得向第三方提供");
    Application granted = p.sharing().grantApplication("police.leader", a.getId(), accepted.getRowVersion(), terms);
    assertSame(ApplicationStatus.GRANTED, granted.getStatus());
    assertTrue(granted.getAuthorizationId() > 0);
    ProcessStep decided = granted.getSteps().get(1);
    assertEquals(Optional.of(p.now()), decided.getCompletedAt());
    assertEquals("police.leader", decided.getCompletedBy());
    assertEquals("granted", decided.getOutcome());
    assertTrue(decided.getOnTime(), decided::toString);
    LocalDateTime grantedAt = p.now();

    Authorization auth = p.sharing().getAuthorization("civil.op", granted.getAuthorizationId());
    assertEquals(granted.getAuthorizationId(), auth.getId());
    assertSame(AuthorizationStatus.ACTIVE, auth.getStatus(), auth::toString);
    assertEquals(CIVIL, auth.getConsumerCode());
    assertEquals(POLICE, auth.getProviderCode());
    assertEquals(entry.getId(), auth.getEntryId());
    assertEquals(entry.getCode(), auth.getEntryCode());
    assertEquals(List.of("姓名", "性别", "公民身份号码"), auth.getItems());
    assertEquals(List.of(ShareMethod.API), auth.getMethods());
    assertEquals(terms.getConditions(), auth.getConditions());
    assertTrue(auth.getMaskedItems().contains("公民身份号码"), auth.getMaskedItems()::toString);
    assertEquals(Date.of(2026, 10, 1), auth.getValidFrom());
    assertEquals(Date.of(2026, 11, 30), auth.getValidUntil());
    assertSame(AuthorizationMode.PROVIDER_DIRECT, auth.getMode());
    assertEquals(POLICE, auth.getGrantedByDepartment());
    assertEquals("police.leader", auth.getGrantedBy());
    assertEquals(grantedAt, auth.getGrantedAt());
    assertEquals(a.getId(), auth.getApplicationId());
    assertEquals(0, auth.getRenewalOf());
    assertFalse(auth.getSeasonal());
    assertFalse(auth.isPlatformWide());
    assertEquals(Optional.empty(), auth.getLastUsed());
    assertEquals(List.of(auth.getId()), ids(p.sharing().authorizations("civil.op", ""), Authorization::getId));
    assertEquals(List.of(auth.getId()), ids(p.sharing().authorizations("police.leader", POLICE), Authorization::getId));

    // The consumer hears of its application (A21–A22).
    List<Notice> toConsumer = notices("civil.op", NoticeKind.APPLICATION);
    assertFalse(toConsumer.isEmpty());
    assertTrue(toConsumer.stream().allMatch(n -> n.getObject().equals("application:" + a.getId())),
               () -> toConsumer.stream().map(Notice::getObject).collect(Collectors.toList()).toString());

    // A26: past its period the authorization reads as expired; the bureau records the expiry.
    setTime(p, "2026-12-01T09:00:00+08:00");
    assertSame(AuthorizationStatus.EXPIRED, p.sharing().getAuthorization("civil.op", auth.getId()).getStatus());
    int expiryNoticesBefore = notices("civil.op", NoticeKind.AUTHORIZATION).size();
    assertThrows(PermissionDeniedException.class, () -> p.sharing().expireAuthorizations("civil.op"));
    AuthorizationList expired = p.sharing().expireAuthorizations("admin");
    assertEquals(List.of(auth.getId()), ids(expired, Authorization::getId));
    assertSame(AuthorizationStatus.EXPIRED, expired.get(0).getStatus());
    assertEquals(expiryNoticesBefore + 1, notices("civil.op", NoticeKind.AUTHORIZATION).size());
    assertTrue(p.sharing().expireAuthorizations("admin").isEmpty()); // recorded once
    assertSame(AuthorizationStatus.EXPIRED, p.sharing().getAuthorization("auditor", auth.getId()).getStatus());
    assertTrue(p.verifyAudit("auditor").isIntact());
  }

  /**
   * Grant terms with a list and Optionals arrive on the authorization. (Granting fewer items
   * and seasonal use through the terms is not in the C++ suite.)
   */
  @Test
  void grantTermsNarrowTheAuthorization() {
    EntryRecord entry = publish(platformDirectEntry());
    ApplicationRequest request = request(entry.getId(), "统一社会信用代码", "企业名称", "登记状态");
    request.setMethod(ShareMethod.TABLE);
    request.setValidFrom(Date.of(2026, 9, 1));
    Application a = p.sharing().apply("civil.op", request);
    a = p.sharing().acceptApplication("reviewer", a.getId(), a.getRowVersion());
    long accepted = a.getRowVersion();
    long id = a.getId();

    // Granted with fewer items, a shorter period and as seasonal use.
    GrantTerms terms = new GrantTerms();
    terms.setItems(new StringList(List.of("企业名称", "登记状态")));
    terms.setValidUntil(Optional.of(Date.of(2026, 12, 31)));
    terms.setSeasonal(Optional.of(true));
    a = p.sharing().grantApplication("reviewer", id, accepted, terms);
    assertSame(ApplicationStatus.GRANTED, a.getStatus());
    Authorization auth = p.sharing().getAuthorization("civil.op", a.getAuthorizationId());
    assertEquals(List.of("企业名称", "登记状态"), auth.getItems());
    assertEquals(Date.of(2026, 9, 1), auth.getValidFrom()); // as requested
    assertEquals(Date.of(2026, 12, 31), auth.getValidUntil()); // from the terms
    assertTrue(auth.getSeasonal());
    assertSame(AuthorizationMode.PLATFORM_DIRECT, auth.getMode());
    assertEquals(BUREAU, auth.getGrantedByDepartment());
    assertEquals("reviewer", auth.getGrantedBy());
    assertEquals(POLICE, auth.getProviderCode());
  }

  /** A20: an application without its legal duty (履职依据) is refused and records nothing (not in the C++ suite). */
  @Test
  void applyRefusesARequestWithoutItsLegalDuty() {
    long entry = publish(providerDirectEntry()).getId();
    long audit = auditCount();
    ApplicationRequest noDuty = request(entry, "姓名");
    noDuty.setLegalDuty("");
    InvalidArgumentException e =
        assertThrows(InvalidArgumentException.class, () -> p.sharing().apply("civil.op", noDuty));
    assertTrue(e.getMessage().contains("legal_duty"), e.getMessage());
    assertTrue(p.sharing().applications("admin", "").isEmpty());
    assertEquals(audit, auditCount());
  }

  // ---- demand requests (A24–A25) ------------------------------------------------------------

  static DemandRequestInput demandInput(String target) {
    DemandRequestInput d = new DemandRequestInput();
    d.setTargetCode(target);
    d.setDescription("流动人口居住登记信息，用于社会救助对象居住情况核查");
    d.setItems(new StringList(List.of("姓名", "公民身份号码", "居住地址")));
    d.setPurpose("社会救助对象居住情况核查");
    d.setScan(scan());
    return d;
  }

  @Test
  void demandRequestToFulfilment() {
    DemandRequest d = p.sharing().submitDemand("civil.op", demandInput(POLICE));
    assertTrue(d.getId() > 0);
    assertSame(DemandStatus.SUBMITTED, d.getStatus());
    assertEquals(CIVIL, d.getRequesterCode());
    assertEquals("civil.op", d.getRequestedBy());
    assertEquals(POLICE, d.getRequest().getTargetCode());
    assertEquals(List.of("姓名", "公民身份号码", "居住地址"), d.getRequest().getItems());
    assertEquals(scan(), d.getRequest().getScan());
    assertEquals(p.now(), d.getSubmittedAt());
    assertEquals(Optional.empty(), d.getAnswer());
    assertEquals(Optional.empty(), d.getAnsweredAt());
    assertEquals(0, d.getFulfilledEntryId());
    assertEquals(1, d.getSteps().size());
    ProcessStep response = d.getSteps().get(0);
    assertSame(StepKind.DEMAND_RESPONSE, response.getKind());
    assertEquals(POLICE, response.getDepartmentCode());
    assertEquals("demand:" + d.getId(), response.getObject());
    LocalDateTime received = p.now();

    long id = d.getId();
    long rv = d.getRowVersion();
    DemandAnswer willPublish = DemandAnswer.of(DemandAnswerKind.WILL_PUBLISH, "确属本部门履职范围，一个月内发布");

    // A25: within its duties — to be published within 1 month of receipt.
    setTime(p, "2026-09-02T10:00:00+08:00");
    d = p.sharing().answerDemand("police.leader", id, rv, willPublish);
    assertSame(DemandStatus.COMMITTED, d.getStatus());
    DemandAnswer answer = d.getAnswer().orElseThrow();
    assertSame(DemandAnswerKind.WILL_PUBLISH, answer.getKind());
    assertEquals(willPublish.getText(), answer.getText());
    assertEquals("police.leader", d.getAnsweredBy());
    assertEquals(Optional.of(p.now()), d.getAnsweredAt());
    assertEquals(2, d.getSteps().size(), d.getSteps()::toString);
    ProcessStep answered = d.getSteps().get(0);
    assertTrue(answered.getOnTime(), answered::toString);
    ProcessStep publication = d.getSteps().get(1);
    assertSame(StepKind.DEMAND_PUBLICATION, publication.getKind());
    assertEquals(POLICE, publication.getDepartmentCode());
    assertEquals(deadline(received, DeadlineRule.months(1)), publication.getDue());
    assertFalse(notices("civil.op", NoticeKind.DEMAND).isEmpty());

    // The department publishes the resource and links it.
    setTime(p, "2026-09-20T10:00:00+08:00");
    EntryRecord entry = publish(providerDirectEntry());
    d = p.sharing().fulfilDemand("police.leader", id, d.getRowVersion(), entry.getId());
    assertSame(DemandStatus.FULFILLED, d.getStatus());
    assertEquals(entry.getId(), d.getFulfilledEntryId());
    assertEquals(Optional.of(p.now()), d.getFulfilledAt());
    ProcessStep published = d.getSteps().get(1);
    assertEquals(Optional.of(p.now()), published.getCompletedAt());
    assertTrue(published.getOnTime(), published::toString);

    // Read by its parties only (demands(): not in the C++ suite).
    assertEquals(List.of(id), ids(p.sharing().demands("civil.op", ""), DemandRequest::getId));
    assertEquals(List.of(id), ids(p.sharing().demands("police.leader", POLICE), DemandRequest::getId));
    assertTrue(p.sharing().demands("petition.op", "").isEmpty());
    assertEquals(List.of(id), ids(p.sharing().demands("auditor", ""), DemandRequest::getId));
    assertTrue(p.verifyAudit("auditor").isIntact());
  }

  // ---- objections and corrections (A29) -----------------------------------------------

  static ObjectionInput objectionInput(long entryId, String item) {
    ObjectionInput o = new ObjectionInput();
    o.setEntryId(entryId);
    o.setRecordKey("320602199001011234");
    o.setItem(item);
    o.setDescription("姓名与户籍登记不一致");
    return o;
  }

  @Test
  void confirmedObjectionIsCorrectedAndEveryHolderNotified() {
    EntryRecord entry = publish(providerDirectEntry());
    grantedToConsumer("civil.op", request(entry.getId(), "姓名", "性别"));
    grantedToConsumer("petition.op", request(entry.getId(), "姓名"));

    Objection o = p.sharing().raiseObjection("civil.op", objectionInput(entry.getId(), "姓名"));
    assertSame(ObjectionStatus.OPEN, o.getStatus());
    assertEquals(CIVIL, o.getConsumerCode());
    assertEquals("civil.op", o.getRaisedBy());
    assertEquals(POLICE, o.getProviderCode());
    assertEquals(entry.getCode(), o.getEntryCode());
    assertEquals("320602199001011234", o.getObjection().getRecordKey());
    assertEquals(p.now(), o.getRaisedAt());
    ProcessStep check = o.getSteps().get(0);
    assertSame(StepKind.OBJECTION_CHECK, check.getKind());
    assertEquals(POLICE, check.getDepartmentCode());
    assertEquals("objection:" + o.getId(), check.getObject());
    // N26: 10 working days from 2025-08-01 (the policy's days filled A29's 及时 before).
    assertEquals(deadline(p.now(), DeadlineRule.workingDays(10)), check.getDue());
    assertEquals("N26", check.getArticle());
    assertFalse(notices("police.op", NoticeKind.OBJECTION).isEmpty());

    long id = o.getId();
    long rv = o.getRowVersion();

    setTime(p, "2026-09-03T16:00:00+08:00");
    o = p.sharing().resolveObjection("police.leader", id, rv, true, "已按户籍登记更正姓名");
    assertSame(ObjectionStatus.CORRECTED, o.getStatus());
    assertEquals("已按户籍登记更正姓名", o.getResponse());
    assertEquals("police.leader", o.getResolvedBy());
    assertEquals(Optional.of(p.now()), o.getResolvedAt());
    assertEquals(Set.of(CIVIL, PETITION), new HashSet<>(o.getNotifiedDepartments()));
    assertTrue(o.getSteps().get(0).getOnTime());
    for (String holder : List.of("civil.op", "petition.op")) {
      List<Notice> corrections = notices(holder, NoticeKind.CORRECTION);
      assertEquals(1, corrections.size(), holder);
      assertEquals(entry.getId(), corrections.get(0).getEntryId());
    }
    assertTrue(notices("police.op", NoticeKind.CORRECTION).isEmpty());
    assertEquals(List.of(id), ids(p.sharing().objections("civil.op", ""), Objection::getId));
  }

  // ---- disputes (A27) -----------------------------------------------------------------

  @Test
  void disputesAreOpenedByAPartyAndMediatedByTheBureau() {
    EntryRecord entry = publish(providerDirectEntry());
    Application a = p.sharing().apply("civil.op", request(entry.getId(), "姓名"));
    a = p.sharing().acceptApplication("reviewer", a.getId(), a.getRowVersion());
    a = p.sharing().refuseApplication("police.leader", a.getId(), a.getRowVersion(), "申请理由不充分");

    DisputeInput aboutResult = new DisputeInput();
    aboutResult.setSubject(DisputeSubject.RESULT);
    aboutResult.setApplicationId(a.getId());
    aboutResult.setDescription("低保核对属法定职责，申请理由充分");
    Dispute d = p.sharing().openDispute("civil.leader", aboutResult);
    assertSame(DisputeStatus.OPEN, d.getStatus());
    assertSame(DisputeSubject.RESULT, d.getDispute().getSubject());
    assertEquals(a.getId(), d.getDispute().getApplicationId());
    assertEquals(entry.getId(), d.getDispute().getEntryId()); // taken from the application
    assertEquals("civil.leader", d.getOpenedBy());
    assertEquals(CIVIL, d.getOpenedByDepartment());
    assertEquals(CIVIL, d.getConsumerCode());
    assertEquals(POLICE, d.getProviderCode());
    assertEquals(p.now(), d.getOpenedAt());
    assertEquals(Optional.empty(), d.getResolvedAt());

    DisputeInput aboutConditions = new DisputeInput();
    aboutConditions.setSubject(DisputeSubject.CONDITIONS);
    aboutConditions.setEntryId(entry.getId());
    aboutConditions.setDescription("脱敏要求影响核对");
    Dispute conditions = p.sharing().openDispute("civil.leader", aboutConditions);
    assertEquals(CIVIL, conditions.getConsumerCode());
    assertEquals(POLICE, conditions.getProviderCode());
    DisputeInput aboutReasons = new DisputeInput();
    aboutReasons.setSubject(DisputeSubject.REASONS);
    aboutReasons.setApplicationId(a.getId());
    aboutReasons.setDescription("申请用途超出履职范围");
    Dispute reasons = p.sharing().openDispute("police.leader", aboutReasons); // the provider is a party too
    assertEquals(POLICE, reasons.getOpenedByDepartment());

    // The bureau administrator records the outcome.
    long id = d.getId();
    long rv = d.getRowVersion();
    setTime(p, "2026-09-10T15:00:00+08:00");
    d = p.sharing().resolveDispute("admin", id, rv, "经三方协商，民政局重新提交申请并补充履职依据");
    assertSame(DisputeStatus.RESOLVED, d.getStatus());
    assertEquals("经三方协商，民政局重新提交申请并补充履职依据", d.getOutcome());
    assertEquals("admin", d.getResolvedBy());
    assertEquals(Optional.of(p.now()), d.getResolvedAt());
    assertFalse(notices("civil.op", NoticeKind.DISPUTE).isEmpty()); // the consumer hears the outcome
    assertEquals(List.of(id, conditions.getId(), reasons.getId()),
                 ids(p.sharing().disputes("civil.leader", CIVIL), Dispute::getId));
    assertTrue(p.sharing().disputes("petition.leader", "").isEmpty());
  }

  // ---- policy ------------------------------------------------------------------------------

  @Test
  void policyIsAValue() {
    assertEquals(new SharingPolicy(), p.sharing().policy());
    assertEquals(SharingPolicy.of(5, 5), p.sharing().policy());
    long audit = auditCount();
    assertThrows(InvalidArgumentException.class, () -> p.sharing().setPolicy("admin", SharingPolicy.of(0, 5)));
    assertEquals(audit, auditCount());
    p.sharing().setPolicy("admin", SharingPolicy.of(1, 60));
    assertEquals(SharingPolicy.of(1, 60), p.sharing().policy());
    assertEquals(SharingPolicy.of(1, 60).hashCode(), p.sharing().policy().hashCode());
    assertEquals(audit + 1, auditCount()); // a policy change is audited (not in the C++ suite)
  }

  // ---- the sharing actions --------------------------------------------------------------

  /** The sharing actions keep their C++ values and order (the matrix: C++ PermissionMatrixTest). */
  @Test
  void sharingActionsKeepTheirValuesAndOrder() {
    List<Action> sharing = List.of(Action.APPLY, Action.CHECK_APPLICATION, Action.DECIDE_AS_PROVIDER,
        Action.DECIDE_AS_PLATFORM, Action.MANAGE_AUTHORIZATION, Action.USE_DATA, Action.SUBMIT_DEMAND,
        Action.ANSWER_DEMAND, Action.RAISE_OBJECTION, Action.RESOLVE_OBJECTION, Action.OPEN_DISPUTE,
        Action.MEDIATE_DISPUTE, Action.SET_POLICY, Action.READ_SHARING);
    for (int i = 0; i < sharing.size(); i++) {
      assertEquals(17 + i, sharing.get(i).swigValue());
    }
    assertEquals(sharing, GovShare.allActions().subList(16, 30));
  }

  // ---- enums, labels and the Java surface of the values --------------------------------

  /** Every constant of every sharing enum, with its C++ name and Chinese label. */
  static void assertNamesAndLabels(Enum<?>[] values, Function<Enum<?>, String> name,
                                   Function<Enum<?>, String> label) {
    Set<String> labels = new HashSet<>();
    for (Enum<?> v : values) {
      assertEquals(v.name().toLowerCase(java.util.Locale.ROOT), name.apply(v), v::name);
      String l = label.apply(v);
      assertTrue(l.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                 () -> v.name() + ": " + l);
      assertTrue(labels.add(l), () -> "duplicate label " + l);
    }
  }

  @Test
  void enumsHaveTheirNamesAndChineseLabels() {
    assertNamesAndLabels(StepKind.values(), v -> GovShare.toString((StepKind) v),
                         v -> GovShare.chineseLabel((StepKind) v));
    assertNamesAndLabels(ApplicationStatus.values(), v -> GovShare.toString((ApplicationStatus) v),
                         v -> GovShare.chineseLabel((ApplicationStatus) v));
    assertNamesAndLabels(AuthorizationStatus.values(), v -> GovShare.toString((AuthorizationStatus) v),
                         v -> GovShare.chineseLabel((AuthorizationStatus) v));
    assertNamesAndLabels(RevocationGround.values(), v -> GovShare.toString((RevocationGround) v),
                         v -> GovShare.chineseLabel((RevocationGround) v));
    assertNamesAndLabels(DemandStatus.values(), v -> GovShare.toString((DemandStatus) v),
                         v -> GovShare.chineseLabel((DemandStatus) v));
    assertNamesAndLabels(DemandAnswerKind.values(), v -> GovShare.toString((DemandAnswerKind) v),
                         v -> GovShare.chineseLabel((DemandAnswerKind) v));
    assertNamesAndLabels(ObjectionStatus.values(), v -> GovShare.toString((ObjectionStatus) v),
                         v -> GovShare.chineseLabel((ObjectionStatus) v));
    assertNamesAndLabels(DisputeSubject.values(), v -> GovShare.toString((DisputeSubject) v),
                         v -> GovShare.chineseLabel((DisputeSubject) v));
    assertNamesAndLabels(DisputeStatus.values(), v -> GovShare.toString((DisputeStatus) v),
                         v -> GovShare.chineseLabel((DisputeStatus) v));
    // The new platform enumerators too.
    for (Action a : GovShare.allActions().subList(16, 30)) {
      assertSame(a, GovShare.parseAction(GovShare.toString(a)));
      assertFalse(GovShare.chineseLabel(a).isEmpty(), a::toString);
    }
    assertEquals("apply", GovShare.toString(Action.APPLY));
    assertEquals("read_sharing", GovShare.toString(Action.READ_SHARING));
    assertEquals("correction", GovShare.toString(NoticeKind.CORRECTION));
    List<NoticeKind> kinds = List.of(NoticeKind.APPLICATION, NoticeKind.AUTHORIZATION, NoticeKind.DEMAND,
                                     NoticeKind.OBJECTION, NoticeKind.CORRECTION, NoticeKind.DISPUTE);
    for (int i = 0; i < kinds.size(); i++) {
      assertEquals(6 + i, kinds.get(i).swigValue());
      assertFalse(GovShare.chineseLabel(kinds.get(i)).isEmpty());
    }
    // The subjects of A27 in its own words.
    assertEquals("共享条件", GovShare.chineseLabel(DisputeSubject.CONDITIONS));
    assertEquals("申请理由", GovShare.chineseLabel(DisputeSubject.REASONS));
    assertEquals("授权结果", GovShare.chineseLabel(DisputeSubject.RESULT));
    // Stable C++ values.
    assertEquals(6, StepKind.OBJECTION_CHECK.swigValue());
    assertEquals(3, DemandAnswerKind.CANNOT_PUBLISH_YET.swigValue());
    assertEquals(4, AuthorizationStatus.SUSPENDED.swigValue());
  }

  /**
   * parse(name(v)) is v for every constant; a constant's Java name is refused, listing the names
   * (SharingNamesTest.EveryNameParsesBack): a form's value is read back in the library.
   */
  static <E extends Enum<E>> void assertParsesBack(E[] values, Function<E, String> name, Function<String, E> parse) {
    for (E v : values) {
      assertSame(v, parse.apply(name.apply(v)), v::name);
    }
    InvalidArgumentException e =
        assertThrows(InvalidArgumentException.class, () -> parse.apply(values[0].name()));
    String names = java.util.Arrays.stream(values).map(name).collect(Collectors.joining(", "));
    assertTrue(e.getMessage().endsWith("is not one of: " + names), e::getMessage);
  }

  @Test
  void sharingEnumsParseBackFromTheirNames() {
    assertParsesBack(StepKind.values(), GovShare::toString, GovShare::parseStepKind);
    assertParsesBack(ApplicationStatus.values(), GovShare::toString, GovShare::parseApplicationStatus);
    assertParsesBack(AuthorizationStatus.values(), GovShare::toString, GovShare::parseAuthorizationStatus);
    assertParsesBack(RevocationGround.values(), GovShare::toString, GovShare::parseRevocationGround);
    assertParsesBack(DemandStatus.values(), GovShare::toString, GovShare::parseDemandStatus);
    assertParsesBack(DemandAnswerKind.values(), GovShare::toString, GovShare::parseDemandAnswerKind);
    assertParsesBack(ObjectionStatus.values(), GovShare::toString, GovShare::parseObjectionStatus);
    assertParsesBack(DisputeSubject.values(), GovShare::toString, GovShare::parseDisputeSubject);
    assertParsesBack(DisputeStatus.values(), GovShare::toString, GovShare::parseDisputeStatus);
    assertParsesBack(DisputeTier.values(), GovShare::toString, GovShare::parseDisputeTier);
    assertParsesBack(ServiceChangeKind.values(), GovShare::toString, GovShare::parseServiceChangeKind);
    assertParsesBack(ServiceChangeStatus.values(), GovShare::toString, GovShare::parseServiceChangeStatus);
    assertParsesBack(UseRecordKind.values(), GovShare::toString, GovShare::parseUseRecordKind);
    assertParsesBack(UseBeyondGrant.values(), GovShare::toString, GovShare::parseUseBeyondGrant);
    assertParsesBack(MisuseOutcome.values(), GovShare::toString, GovShare::parseMisuseOutcome);
    assertSame(DisputeSubject.REASONS, GovShare.parseDisputeSubject("reasons")); // A27 申请理由
  }

  @Test
  void valuesHaveDefaultsOptionalsAndEquality() {
    ScanDocument s = scan();
    assertEquals(s, ScanDocument.of("使用申请表（盖章）.pdf", SCAN_SHA256, 182044)); // C++ operator==
    assertEquals(s.hashCode(), new ScanDocument(s).hashCode());
    ScanDocument other = new ScanDocument(s); // a copy
    other.setSize(1);
    assertNotEquals(s, other);
    assertEquals(182044, s.getSize());
    assertTrue(s.toString().startsWith("使用申请表（盖章）.pdf (182044 bytes"), s::toString);

    ApplicationRequest r = new ApplicationRequest();
    assertEquals(0, r.getEntryId());
    assertSame(ShareMethod.API, r.getMethod());
    assertFalse(r.getSeasonal());
    assertEquals(0, r.getRenewalOf());
    assertTrue(r.getItems().isEmpty());
    r.getItems().add("姓名"); // a view: edits the request
    assertEquals(List.of("姓名"), r.getItems());
    r.getScan().setFileName("扫描件.pdf");
    assertEquals("扫描件.pdf", r.getScan().getFileName());

    GrantTerms terms = new GrantTerms(); // empty: as requested
    assertTrue(terms.getItems().isEmpty());
    assertEquals(Optional.empty(), terms.getValidFrom());
    assertEquals(Optional.empty(), terms.getValidUntil());
    assertEquals(Optional.empty(), terms.getSeasonal());
    terms.setSeasonal(Optional.of(false));
    assertEquals(Optional.of(false), terms.getSeasonal());
    terms.setSeasonal(Optional.of(true));
    assertEquals(Optional.of(true), terms.getSeasonal());
    terms.setSeasonal(Optional.empty());
    assertEquals(Optional.empty(), terms.getSeasonal());
    terms.setValidUntil(Optional.of(Date.of(2027, 6, 30)));
    assertEquals(Optional.of(Date.of(2027, 6, 30)), terms.getValidUntil());

    DemandRequest d = new DemandRequest();
    assertSame(DemandStatus.SUBMITTED, d.getStatus());
    assertEquals(Optional.empty(), d.getAnswer());
    DemandAnswer answer = DemandAnswer.of(DemandAnswerKind.NOT_IN_DUTIES, "不属于本部门职责", CIVIL);
    d.setAnswer(Optional.of(answer));
    DemandAnswer back = d.getAnswer().orElseThrow(); // a snapshot copy
    assertNotSame(answer, back);
    assertSame(DemandAnswerKind.NOT_IN_DUTIES, back.getKind());
    assertEquals(CIVIL, back.getSuggestedDepartment());
    assertEquals("not_in_duties: 不属于本部门职责 (→ " + CIVIL + ")", back.toString());

    assertEquals(new SharingPolicy(), SharingPolicy.of(5, 5));
    assertNotEquals(SharingPolicy.of(5, 5), SharingPolicy.of(5, 6));
    assertEquals(5, new SharingPolicy().getObjectionCheckDays());

    Authorization auth = new Authorization();
    assertSame(AuthorizationStatus.ACTIVE, auth.getStatus());
    assertEquals(Optional.empty(), auth.getLastUsed());
    assertEquals(Optional.empty(), auth.getStatusChangedAt());
    assertSame(ObjectionStatus.OPEN, new Objection().getStatus());
    assertSame(DisputeSubject.RESULT, new DisputeInput().getSubject());
    assertSame(StepKind.FORM_CHECK, new ProcessStep().getKind());
    assertEquals("", new Notice().getObject());
    assertTrue(new ApplicationList().isEmpty());
  }
}
