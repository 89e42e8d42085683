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
import org.junit.jupiter.api.function.Executable;

/**
 * Sharing between departments through the Java binding (A17–A27, A29): applications with
 * their statutory steps, authorizations (grant, expiry, non-use, suspension), demand
 * requests, objections and corrections, disputes, the sharing policy, and the permissions
 * of the new actions. The city is {@link PlatformTest#seedCity} plus 南通市信访局 as a
 * second consumer; 公安局 provides, 民政局 consumes. Deadlines are compared with the
 * platform's own calendar ({@code p.calendar().computeDeadline(...)}), and a few are also
 * pinned to the date the 2026 holidays give. {@code LocalDateTime} and {@code Date} are
 * org.govshare's.
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
    assertFalse(check.getOverdue());

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
    assertFalse(checked.getOverdue());
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
    assertFalse(auth.getPlatformWide());
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
    assertTrue(p.verifyAudit("auditor").getIntact());
  }

  @Test
  void platformDirectEntryIsDecidedByTheBureauAndPushedToTheProvider() {
    EntryRecord entry = publish(platformDirectEntry());
    ApplicationRequest request = request(entry.getId(), "统一社会信用代码", "企业名称", "登记状态");
    request.setMethod(ShareMethod.TABLE);
    request.setValidFrom(Date.of(2026, 9, 1));
    Application a = p.sharing().apply("civil.op", request);
    assertSame(AuthorizationMode.PLATFORM_DIRECT, a.getMode());
    assertEquals(BUREAU, a.getAuthorityCode());
    a = p.sharing().acceptApplication("reviewer", a.getId(), a.getRowVersion());
    ProcessStep decision = a.getSteps().get(1);
    assertSame(StepKind.PLATFORM_DECISION, decision.getKind()); // A23: 2 working days
    assertEquals(BUREAU, decision.getDepartmentCode());
    assertEquals(deadline(p.now(), DeadlineRule.workingDays(2)), decision.getDue());

    // The provider does not decide a platform-direct entry.
    long accepted = a.getRowVersion();
    long id = a.getId();
    assertThrows(PermissionDeniedException.class,
                 () -> p.sharing().grantApplication("police.leader", id, accepted, new GrantTerms()));
    int pushedBefore = notices("police.op", NoticeKind.AUTHORIZATION).size();

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

    // A23: the result is pushed to the provider; the consumer hears of its application.
    List<Notice> pushed = notices("police.op", NoticeKind.AUTHORIZATION);
    assertEquals(pushedBefore + 1, pushed.size());
    assertEquals(entry.getId(), pushed.get(pushed.size() - 1).getEntryId());
    assertFalse(notices("civil.op", NoticeKind.APPLICATION).isEmpty());
  }

  @Test
  void notAcceptedAndRefusedApplicationsNeedAReason() {
    EntryRecord entry = publish(providerDirectEntry());
    Application first = p.sharing().apply("civil.op", request(entry.getId(), "姓名"));
    assertThrows(InvalidArgumentException.class,
                 () -> p.sharing().declineApplication("reviewer", first.getId(), first.getRowVersion(), ""));
    Application declined =
        p.sharing().declineApplication("reviewer", first.getId(), first.getRowVersion(), "申请材料未加盖印章");
    assertSame(ApplicationStatus.NOT_ACCEPTED, declined.getStatus());
    assertEquals("申请材料未加盖印章", declined.getReason());
    assertEquals(1, declined.getSteps().size()); // no decision step
    assertTrue(declined.getSteps().get(0).getCompletedAt().isPresent());
    assertEquals(0, declined.getAuthorizationId());
    assertThrows(InvalidTransitionException.class,
                 () -> p.sharing().acceptApplication("reviewer", first.getId(), declined.getRowVersion()));

    Application second = p.sharing().apply("civil.op", request(entry.getId(), "姓名"));
    Application accepted = p.sharing().acceptApplication("reviewer", second.getId(), second.getRowVersion());
    assertThrows(InvalidArgumentException.class,
                 () -> p.sharing().refuseApplication("police.leader", second.getId(), accepted.getRowVersion(), ""));
    Application refused = p.sharing().refuseApplication("police.leader", second.getId(), accepted.getRowVersion(),
                                              "申请用途与所需数据项不符");
    assertSame(ApplicationStatus.REFUSED, refused.getStatus());
    assertEquals("申请用途与所需数据项不符", refused.getReason());
    assertEquals(0, refused.getAuthorizationId());
    assertTrue(refused.getSteps().get(1).getCompletedAt().isPresent());
    assertThrows(InvalidTransitionException.class, () -> p.sharing().grantApplication(
        "police.leader", second.getId(), refused.getRowVersion(), new GrantTerms()));
    assertTrue(p.sharing().authorizations("civil.op", "").isEmpty());
    assertEquals(List.of(first.getId(), second.getId()),
                 ids(p.sharing().applications("civil.op", CIVIL), Application::getId));
  }

  @Test
  void applyRefusesIncompleteOrImpossibleRequests() {
    long entry = publish(providerDirectEntry()).getId();
    long notShared = publish(notSharedEntry()).getId();
    long outOfScope = publish(PlatformTest.policeEntry()).getId(); // scope: one institution only
    long audit = auditCount();

    ApplicationRequest unknownItem = request(entry, "姓名", "婚姻状况");
    ApplicationRequest noItems = request(entry);
    ApplicationRequest notSharedEntry = request(notShared, "姓名");
    ApplicationRequest fileMethod = request(entry, "姓名");
    fileMethod.setMethod(ShareMethod.FILE); // the entry offers API only (A13)
    ApplicationRequest noPurpose = request(entry, "姓名");
    noPurpose.setPurpose("");
    ApplicationRequest noDuty = request(entry, "姓名");
    noDuty.setLegalDuty("");
    ApplicationRequest noScan = request(entry, "姓名");
    noScan.setScan(new ScanDocument());
    ApplicationRequest notInScope = request(outOfScope, "姓名");
    for (ApplicationRequest bad :
         List.of(unknownItem, noItems, notSharedEntry, fileMethod, noPurpose, noDuty, noScan, notInScope)) {
      assertThrows(InvalidArgumentException.class, () -> p.sharing().apply("civil.op", bad),
                   () -> "entry " + bad.getEntryId() + " items " + bad.getItems() + " " + bad.getMethod());
    }
    // Wrong roles: neither the auditor nor the bureau applies.
    assertThrows(PermissionDeniedException.class, () -> p.sharing().apply("auditor", request(entry, "姓名")));
    assertThrows(PermissionDeniedException.class, () -> p.sharing().apply("reviewer", request(entry, "姓名")));
    assertTrue(p.sharing().applications("admin", "").isEmpty());
    assertTrue(p.sharing().steps("admin", "", false).isEmpty());
    assertEquals(audit, auditCount());
    // The leader of the consumer may apply too.
    assertSame(ApplicationStatus.SUBMITTED, p.sharing().apply("civil.leader", request(entry, "姓名")).getStatus());
  }

  @Test
  void refusalsLeaveTheApplicationUnchanged() {
    EntryRecord entry = publish(providerDirectEntry());
    Application a = p.sharing().apply("civil.op", request(entry.getId(), "姓名", "性别"));
    long id = a.getId();
    long submitted = a.getRowVersion();
    long audit = auditCount();
    int events = p.securityEvents("auditor").size();

    List<Executable> denied = List.of(
        () -> p.sharing().acceptApplication("civil.leader", id, submitted), // not the bureau
        () -> p.sharing().acceptApplication("police.leader", id, submitted),
        () -> p.sharing().acceptApplication("admin", id, submitted), // the form check is the reviewer's
        () -> p.sharing().declineApplication("auditor", id, submitted, "不予受理"),
        () -> p.sharing().grantApplication("civil.leader", id, submitted, new GrantTerms()));
    for (Executable call : denied) {
      assertThrows(PermissionDeniedException.class, call);
    }
    assertThrows(InvalidTransitionException.class, // not accepted yet
                 () -> p.sharing().grantApplication("police.leader", id, submitted, new GrantTerms()));
    assertThrows(NotFoundException.class, () -> p.sharing().getApplication("civil.op", 424242));

    Application same = p.sharing().getApplication("civil.op", id);
    assertEquals(submitted, same.getRowVersion());
    assertSame(ApplicationStatus.SUBMITTED, same.getStatus());
    assertEquals(1, same.getSteps().size());
    assertFalse(same.getSteps().get(0).getCompletedAt().isPresent());
    assertEquals(audit, auditCount());
    assertEquals(events + denied.size(), p.securityEvents("auditor").size());
    SecurityEvent last = p.securityEvents("auditor").get(events + denied.size() - 1);
    assertSame(Action.DECIDE_AS_PROVIDER, last.getAction());
    assertEquals("civil.leader", last.getUserId());

    // A decision based on an older row version is a conflict, and changes nothing either.
    Application accepted = p.sharing().acceptApplication("reviewer", id, submitted);
    long auditAccepted = auditCount();
    assertEquals(audit + 1, auditAccepted);
    assertThrows(ConflictException.class,
                 () -> p.sharing().grantApplication("police.leader", id, submitted, new GrantTerms()));
    assertThrows(PermissionDeniedException.class, // the operator does not decide
                 () -> p.sharing().grantApplication("police.op", id, accepted.getRowVersion(), new GrantTerms()));
    assertEquals(accepted.getRowVersion(), p.sharing().getApplication("civil.op", id).getRowVersion());
    assertSame(ApplicationStatus.ACCEPTED, p.sharing().getApplication("civil.op", id).getStatus());
    assertEquals(auditAccepted, auditCount());
    assertTrue(p.sharing().authorizations("admin", "").isEmpty());
  }

  // ---- authorizations: use, non-use, suspension (A26, A28, A30) -------------------------

  @Test
  void unusedAuthorizationsBecomeRevocableAfterThreeMonths() {
    ApplicationRequest used = request(publish(providerDirectEntry()).getId(), "姓名");
    ApplicationRequest unused = request(publish(providerDirectEntry()).getId(), "姓名");
    ApplicationRequest seasonal = request(publish(providerDirectEntry()).getId(), "姓名");
    seasonal.setSeasonal(true); // e.g. the yearly subsidy check (A26 季节性应用)
    for (ApplicationRequest r : List.of(used, unused, seasonal)) {
      r.setValidFrom(Date.of(2026, 9, 1));
      r.setValidUntil(Date.of(2027, 8, 31));
    }
    Authorization a = grantedToConsumer("civil.op", used);
    Authorization b = grantedToConsumer("civil.op", unused);
    Authorization c = grantedToConsumer("civil.op", seasonal); // granted at 2026-09-01T09:00
    assertTrue(c.getSeasonal());
    assertTrue(p.sharing().revocableForNonUse("police.leader", POLICE).isEmpty());
    assertThrows(PermissionDeniedException.class, () -> p.sharing().revocableForNonUse("civil.leader", POLICE));

    // The consumer uses one of them.
    setTime(p, "2026-10-15T10:00:00+08:00");
    assertThrows(PermissionDeniedException.class, () -> p.sharing().recordUse("police.op", a.getId()));
    assertThrows(PermissionDeniedException.class, () -> p.sharing().recordUse("petition.op", a.getId()));
    Authorization inUse = p.sharing().recordUse("civil.op", a.getId());
    assertEquals(Optional.of(p.now()), inUse.getLastUsed());

    // More than 3 months after the grant: only the unused, non-seasonal one is listed.
    setTime(p, "2026-12-02T10:00:00+08:00");
    assertEquals(List.of(b.getId()), ids(p.sharing().revocableForNonUse("police.leader", POLICE), Authorization::getId));
    assertEquals(List.of(b.getId()), ids(p.sharing().revocableForNonUse("admin", POLICE), Authorization::getId));
    long audit = auditCount();
    Authorization aNow = p.sharing().getAuthorization("police.leader", a.getId());
    Authorization cNow = p.sharing().getAuthorization("police.leader", c.getId());
    assertThrows(InvalidTransitionException.class, () -> p.sharing().revoke(
        "police.leader", a.getId(), aNow.getRowVersion(), RevocationGround.NON_USE, "超过三个月未使用"));
    assertThrows(InvalidTransitionException.class, () -> p.sharing().revoke(
        "police.leader", c.getId(), cNow.getRowVersion(), RevocationGround.NON_USE, "超过三个月未使用"));
    assertThrows(PermissionDeniedException.class, () -> p.sharing().revoke(
        "civil.leader", b.getId(), b.getRowVersion(), RevocationGround.NON_USE, "超过三个月未使用"));
    assertEquals(audit, auditCount());
    assertSame(AuthorizationStatus.ACTIVE, p.sharing().getAuthorization("civil.op", a.getId()).getStatus());

    int before = notices("civil.op", NoticeKind.AUTHORIZATION).size();
    Authorization revoked = p.sharing().revoke("police.leader", b.getId(), b.getRowVersion(), RevocationGround.NON_USE,
                                     "超过三个月未使用");
    assertSame(AuthorizationStatus.REVOKED, revoked.getStatus());
    assertEquals("超过三个月未使用", revoked.getStatusReason());
    assertEquals(Optional.of(p.now()), revoked.getStatusChangedAt());
    assertEquals(before + 1, notices("civil.op", NoticeKind.AUTHORIZATION).size());
    assertTrue(p.sharing().revocableForNonUse("police.leader", POLICE).isEmpty());

    // Three months after the last use, the used one is listed in its turn.
    setTime(p, "2027-01-16T10:00:00+08:00");
    assertEquals(List.of(a.getId()), ids(p.sharing().revocableForNonUse("police.leader", POLICE), Authorization::getId));
    assertTrue(p.verifyAudit("auditor").getIntact());
  }

  @Test
  void suspensionForASuspectedBreachAndReinstatement() {
    Authorization auth = grantedToConsumer("civil.op", request(publish(providerDirectEntry()).getId(), "姓名"));
    assertThrows(PermissionDeniedException.class,
                 () -> p.sharing().suspend("civil.leader", auth.getId(), auth.getRowVersion(), "疑似超范围使用"));
    assertThrows(PermissionDeniedException.class,
                 () -> p.sharing().suspend("police.op", auth.getId(), auth.getRowVersion(), "疑似超范围使用"));
    Authorization suspended = p.sharing().suspend("police.leader", auth.getId(), auth.getRowVersion(), "疑似超范围使用");
    assertSame(AuthorizationStatus.SUSPENDED, suspended.getStatus());
    assertEquals("疑似超范围使用", suspended.getStatusReason());
    assertThrows(ConflictException.class,
                 () -> p.sharing().reinstate("police.leader", auth.getId(), auth.getRowVersion(), "核查无误"));
    Authorization reinstated = p.sharing().reinstate("police.leader", auth.getId(), suspended.getRowVersion(), "核查无误");
    assertSame(AuthorizationStatus.ACTIVE, reinstated.getStatus());
    // A breach may be revoked by the bureau administrator.
    Authorization revoked = p.sharing().revoke("admin", auth.getId(), reinstated.getRowVersion(), RevocationGround.BREACH,
                                     "向第三方提供共享数据");
    assertSame(AuthorizationStatus.REVOKED, revoked.getStatus());
    assertThrows(InvalidTransitionException.class,
                 () -> p.sharing().reinstate("police.leader", auth.getId(), revoked.getRowVersion(), "恢复"));
  }

  // ---- the whole way: a demand request to fulfilment (A24–A25) ----------------------------

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

    // Only the leader of the asked department answers, with a text.
    long id = d.getId();
    long rv = d.getRowVersion();
    DemandAnswer willPublish = DemandAnswer.of(DemandAnswerKind.WILL_PUBLISH, "确属本部门履职范围，一个月内发布");
    assertThrows(PermissionDeniedException.class, () -> p.sharing().answerDemand("police.op", id, rv, willPublish));
    assertThrows(PermissionDeniedException.class, () -> p.sharing().answerDemand("civil.leader", id, rv, willPublish));
    assertThrows(InvalidArgumentException.class,
                 () -> p.sharing().answerDemand("police.leader", id, rv, DemandAnswer.of(DemandAnswerKind.WILL_PUBLISH, "")));
    assertEquals(rv, p.sharing().getDemand("civil.op", id).getRowVersion());

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
    long fulfilled = d.getRowVersion();
    assertThrows(InvalidTransitionException.class,
                 () -> p.sharing().fulfilDemand("police.leader", id, fulfilled, entry.getId()));

    // Read by its parties only.
    assertEquals(List.of(id), ids(p.sharing().demands("civil.op", ""), DemandRequest::getId));
    assertEquals(List.of(id), ids(p.sharing().demands("police.leader", POLICE), DemandRequest::getId));
    assertTrue(p.sharing().demands("petition.op", "").isEmpty());
    assertEquals(List.of(id), ids(p.sharing().demands("auditor", ""), DemandRequest::getId));
    assertTrue(p.verifyAudit("auditor").getIntact());
  }

  @Test
  void demandOutsideTheDutiesOrDeferred() {
    DemandRequest outside = p.sharing().submitDemand("civil.op", demandInput(POLICE));
    outside = p.sharing().answerDemand("police.leader", outside.getId(), outside.getRowVersion(),
        DemandAnswer.of(DemandAnswerKind.NOT_IN_DUTIES, "该资源由市信访局掌握", PETITION));
    assertSame(DemandStatus.NOT_IN_DUTIES, outside.getStatus());
    assertEquals(PETITION, outside.getAnswer().orElseThrow().getSuggestedDepartment());
    long outsideId = outside.getId();
    long outsideRv = outside.getRowVersion();
    long entry = publish(providerDirectEntry()).getId();
    assertThrows(InvalidTransitionException.class,
                 () -> p.sharing().fulfilDemand("police.leader", outsideId, outsideRv, entry));

    DemandRequest deferred = p.sharing().submitDemand("civil.leader", demandInput(POLICE));
    deferred = p.sharing().answerDemand("police.leader", deferred.getId(), deferred.getRowVersion(),
        DemandAnswer.of(DemandAnswerKind.CANNOT_PUBLISH_YET, "数据治理中，预计明年一季度发布"));
    assertSame(DemandStatus.DEFERRED, deferred.getStatus());
    assertSame(DemandAnswerKind.CANNOT_PUBLISH_YET, deferred.getAnswer().orElseThrow().getKind());
    // A deferred demand may still be fulfilled later.
    deferred = p.sharing().fulfilDemand("police.leader", deferred.getId(), deferred.getRowVersion(), entry);
    assertSame(DemandStatus.FULFILLED, deferred.getStatus());

    assertThrows(PermissionDeniedException.class, () -> p.sharing().submitDemand("auditor", demandInput(POLICE)));
    assertEquals(2, p.sharing().demands("auditor", "").size());
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
    long other = publish(providerDirectEntry()).getId(); // nobody holds it

    // Only a holder of an authorization on the entry objects, to one of its items.
    assertThrows(InvalidTransitionException.class,
                 () -> p.sharing().raiseObjection("civil.op", objectionInput(other, "姓名")));
    assertThrows(InvalidArgumentException.class,
                 () -> p.sharing().raiseObjection("civil.op", objectionInput(entry.getId(), "婚姻状况")));
    assertThrows(PermissionDeniedException.class,
                 () -> p.sharing().raiseObjection("auditor", objectionInput(entry.getId(), "姓名")));
    assertTrue(p.sharing().objections("admin", "").isEmpty());

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
    assertEquals(deadline(p.now(), DeadlineRule.workingDays(p.sharing().policy().getObjectionCheckDays())), check.getDue());
    assertFalse(notices("police.op", NoticeKind.OBJECTION).isEmpty());

    long id = o.getId();
    long rv = o.getRowVersion();
    assertThrows(PermissionDeniedException.class, () -> p.sharing().resolveObjection("police.op", id, rv, true, "已更正"));
    assertThrows(PermissionDeniedException.class, () -> p.sharing().resolveObjection("civil.leader", id, rv, true, "已更正"));

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
    long resolved = o.getRowVersion();
    assertThrows(InvalidTransitionException.class,
                 () -> p.sharing().resolveObjection("police.leader", id, resolved, false, "重复处理"));

    // Not confirmed: the provider says why, and nobody else hears of it.
    p.sharing().setPolicy("admin", SharingPolicy.of(5, 8));
    Objection second = p.sharing().raiseObjection("petition.op", objectionInput(entry.getId(), "姓名"));
    assertEquals(deadline(p.now(), DeadlineRule.workingDays(8)), second.getSteps().get(0).getDue());
    assertThrows(InvalidArgumentException.class,
                 () -> p.sharing().resolveObjection("police.leader", second.getId(), second.getRowVersion(), false, ""));
    Objection rejected = p.sharing().resolveObjection("police.leader", second.getId(), second.getRowVersion(), false,
                                            "经核对，数据与户籍登记一致");
    assertSame(ObjectionStatus.REJECTED, rejected.getStatus());
    assertTrue(rejected.getNotifiedDepartments().isEmpty());
    assertEquals(1, notices("civil.op", NoticeKind.CORRECTION).size());

    assertEquals(List.of(id), ids(p.sharing().objections("civil.op", ""), Objection::getId));
    assertEquals(List.of(id, second.getId()), ids(p.sharing().objections("police.leader", POLICE), Objection::getId));
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
    assertThrows(PermissionDeniedException.class, () -> p.sharing().openDispute("civil.op", aboutResult));
    assertThrows(PermissionDeniedException.class, () -> p.sharing().openDispute("petition.leader", aboutResult));
    assertThrows(PermissionDeniedException.class, () -> p.sharing().openDispute("reviewer", aboutResult));

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
    assertThrows(PermissionDeniedException.class, () -> p.sharing().resolveDispute("reviewer", id, rv, "协商一致"));
    assertThrows(PermissionDeniedException.class, () -> p.sharing().resolveDispute("civil.leader", id, rv, "协商一致"));
    assertThrows(InvalidArgumentException.class, () -> p.sharing().resolveDispute("admin", id, rv, ""));
    setTime(p, "2026-09-10T15:00:00+08:00");
    d = p.sharing().resolveDispute("admin", id, rv, "经三方协商，民政局重新提交申请并补充履职依据");
    assertSame(DisputeStatus.RESOLVED, d.getStatus());
    assertEquals("经三方协商，民政局重新提交申请并补充履职依据", d.getOutcome());
    assertEquals("admin", d.getResolvedBy());
    assertEquals(Optional.of(p.now()), d.getResolvedAt());
    long resolved = d.getRowVersion();
    assertThrows(InvalidTransitionException.class, () -> p.sharing().resolveDispute("admin", id, resolved, "再次"));
    assertFalse(notices("civil.op", NoticeKind.DISPUTE).isEmpty());

    assertEquals(List.of(id, conditions.getId(), reasons.getId()),
                 ids(p.sharing().disputes("civil.leader", CIVIL), Dispute::getId));
    assertTrue(p.sharing().disputes("petition.leader", "").isEmpty());
    assertEquals(3, p.sharing().disputes("auditor", "").size());
  }

  // ---- policy, reading, steps ----------------------------------------------------------

  @Test
  void policyIsSetByTheBureauAdministrator() {
    assertEquals(new SharingPolicy(), p.sharing().policy());
    assertEquals(SharingPolicy.of(5, 5), p.sharing().policy());
    long audit = auditCount();
    assertThrows(PermissionDeniedException.class, () -> p.sharing().setPolicy("reviewer", SharingPolicy.of(3, 3)));
    assertThrows(PermissionDeniedException.class, () -> p.sharing().setPolicy("police.leader", SharingPolicy.of(3, 3)));
    assertThrows(InvalidArgumentException.class, () -> p.sharing().setPolicy("admin", SharingPolicy.of(0, 5)));
    assertThrows(InvalidArgumentException.class, () -> p.sharing().setPolicy("admin", SharingPolicy.of(5, 61)));
    assertEquals(SharingPolicy.of(5, 5), p.sharing().policy());
    assertEquals(audit, auditCount());
    p.sharing().setPolicy("admin", SharingPolicy.of(1, 60));
    assertEquals(SharingPolicy.of(1, 60), p.sharing().policy());
    assertEquals(SharingPolicy.of(1, 60).hashCode(), p.sharing().policy().hashCode());
    assertEquals(audit + 1, auditCount());
  }

  @Test
  void readingIsScopedToTheParties() {
    EntryRecord entry = publish(providerDirectEntry());
    Application a = p.sharing().apply("civil.op", request(entry.getId(), "姓名"));
    long id = a.getId();
    for (String reader : List.of("civil.op", "civil.leader", "police.op", "police.leader", "admin", "reviewer",
                                 "auditor")) {
      assertEquals(List.of(id), ids(p.sharing().applications(reader, ""), Application::getId), reader);
      assertEquals(id, p.sharing().getApplication(reader, id).getId());
    }
    assertTrue(p.sharing().applications("petition.op", "").isEmpty());
    assertThrows(PermissionDeniedException.class, () -> p.sharing().getApplication("petition.op", id));
    assertThrows(PermissionDeniedException.class, () -> p.sharing().applications("petition.op", CIVIL));
    assertEquals(List.of(id), ids(p.sharing().applications("admin", POLICE), Application::getId)); // as the provider
    assertTrue(p.sharing().applications("admin", PETITION).isEmpty());
  }

  @Test
  void stepsBecomeOverduePastTheirDeadline() {
    EntryRecord entry = publish(providerDirectEntry());
    Application a = p.sharing().apply("civil.op", request(entry.getId(), "姓名")); // Tuesday 2026-09-01 09:00
    assertEquals(Date.of(2026, 9, 2), a.getSteps().get(0).getDue().getDue().getDate());
    ProcessStepList pending = p.sharing().steps("admin", BUREAU, true);
    assertEquals(1, pending.size());
    assertSame(StepKind.FORM_CHECK, pending.get(0).getKind());
    assertTrue(p.sharing().steps("police.op", POLICE, true).isEmpty());
    assertTrue(p.sharing().overdueSteps("admin", "").isEmpty());

    setTime(p, "2026-09-03T09:00:00+08:00");
    ProcessStepList overdue = p.sharing().overdueSteps("admin", BUREAU);
    assertEquals(1, overdue.size());
    assertTrue(overdue.get(0).getOverdue());
    assertEquals("application:" + a.getId(), overdue.get(0).getObject());
    assertTrue(p.sharing().getApplication("civil.op", a.getId()).getSteps().get(0).getOverdue());

    // Accepted late: completed, not on time; the provider's step is pending.
    a = p.sharing().acceptApplication("reviewer", a.getId(), a.getRowVersion());
    ProcessStep late = a.getSteps().get(0);
    assertFalse(late.getOnTime(), late::toString);
    assertFalse(late.getOverdue());
    assertTrue(p.sharing().overdueSteps("admin", "").isEmpty());
    assertEquals(1, p.sharing().steps("police.leader", POLICE, true).size());
    assertEquals(2, p.sharing().steps("auditor", "", false).size());
    assertEquals(1, p.sharing().steps("auditor", "", true).size());
  }

  // ---- permissions of the new actions -------------------------------------------------

  @Test
  void newActionsFollowThePermissionMatrix() {
    // Columns: APPLY .. READ_SHARING (Action values 17–30), per role.
    List<Action> sharing = List.of(Action.APPLY, Action.CHECK_APPLICATION, Action.DECIDE_AS_PROVIDER,
        Action.DECIDE_AS_PLATFORM, Action.MANAGE_AUTHORIZATION, Action.USE_DATA, Action.SUBMIT_DEMAND,
        Action.ANSWER_DEMAND, Action.RAISE_OBJECTION, Action.RESOLVE_OBJECTION, Action.OPEN_DISPUTE,
        Action.MEDIATE_DISPUTE, Action.SET_POLICY, Action.READ_SHARING);
    for (int i = 0; i < sharing.size(); i++) {
      assertEquals(17 + i, sharing.get(i).swigValue());
    }
    assertEquals(sharing, GovShare.allActions().subList(16, 30));
    java.util.Map<Role, String> expected = java.util.Map.of(
        Role.BUREAU_ADMIN, "00001000001111",
        Role.BUREAU_REVIEWER, "01010000000001",
        Role.DEPT_ADMIN, "00000000000001",
        Role.DEPT_OPERATOR, "10000110100001",
        Role.DEPT_LEADER, "10101111111001",
        Role.AUDITOR, "00000000000001");
    for (Role role : Role.values()) {
      boolean bureauRole = role == Role.BUREAU_ADMIN || role == Role.BUREAU_REVIEWER;
      DepartmentLevel level = bureauRole ? DepartmentLevel.BUREAU : DepartmentLevel.MUNICIPAL;
      for (int i = 0; i < sharing.size(); i++) {
        Action action = sharing.get(i);
        assertEquals(expected.get(role).charAt(i) == '1', GovShare.roleAllows(role, level, action),
                     () -> GovShare.toString(role) + " " + GovShare.toString(action));
      }
    }
    // Department scope.
    assertTrue(p.mayDo("civil.op", Action.APPLY, CIVIL));
    assertFalse(p.mayDo("civil.op", Action.APPLY, POLICE));
    assertTrue(p.mayDo("police.leader", Action.DECIDE_AS_PROVIDER, POLICE));
    assertFalse(p.mayDo("police.leader", Action.DECIDE_AS_PROVIDER, CIVIL));
    assertFalse(p.mayDo("police.op", Action.DECIDE_AS_PROVIDER, POLICE));
    assertTrue(p.mayDo("reviewer", Action.CHECK_APPLICATION, ""));
    assertFalse(p.mayDo("admin", Action.CHECK_APPLICATION, ""));
    assertTrue(p.mayDo("admin", Action.MEDIATE_DISPUTE, ""));
    assertTrue(p.mayDo("auditor", Action.READ_SHARING, ""));
    assertTrue(p.securityEvents("auditor").isEmpty()); // asking records nothing
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
