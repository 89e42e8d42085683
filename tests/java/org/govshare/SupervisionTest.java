package org.govshare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Supervision through the Java binding (A31–A33), with the data of
 * tests/cpp/supervision_test.cpp: an inspection end to end (refresh reports, findings, the
 * report's values), the rates and scores as values that arrive — never recomputed here: the A31
 * formula is tested in tests/cpp/rules/supervision_rules_test.cpp — custom weights, projects
 * (A32), rectification notices (A33) and the Java surface (factories, the List view of
 * Project.entry_ids, java.time overloads, toString, exception classes). The city is
 * {@link PlatformTest#seedCity}; 公安局 publishes. {@code LocalDateTime} and {@code Date} are
 * org.govshare's.
 */
class SupervisionTest {
  static final String BUREAU = PlatformTest.BUREAU;
  static final String POLICE = PlatformTest.POLICE;
  static final String CIVIL = PlatformTest.CIVIL;

  private Platform p;

  // ---- helpers ---------------------------------------------------------------------

  @BeforeEach
  void openSeededCity() {
    p = Platform.open(PlatformTest.options(":memory:"));
    PlatformTest.seedCity(p);
  }

  @AfterEach
  void closeCity() {
    p.close();
  }

  /** Draft → submitted → approved → published by 公安局. */
  EntryRecord publish(CatalogEntry e) {
    e.setCode("");
    e.getProvider().setCode(POLICE);
    e.getProvider().setName("南通市公安局");
    EntryRecord r = p.catalog().createDraft("police.op", e);
    r = p.catalog().submit("police.op", r.getId(), r.getRowVersion());
    r = p.catalog().approve("reviewer", r.getId(), r.getRowVersion());
    return p.catalog().publish("police.leader", r.getId(), r.getRowVersion());
  }

  static DepartmentInspection of(InspectionReport r, String code) {
    return r.getDepartments().stream().filter(d -> d.getDepartmentCode().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError(code + " not in " + r));
  }

  static boolean hasFinding(DepartmentInspection d, String clause) {
    return d.getFindings().stream().anyMatch(f -> f.getClause().equals(clause));
  }

  static SupervisionFinding finding(DepartmentInspection d, String clause) {
    return d.getFindings().stream().filter(f -> f.getClause().equals(clause)).findFirst()
        .orElseThrow(() -> new AssertionError(clause + " not in " + d));
  }

  static void setTime(Platform p, String iso) {
    p.setTime(LocalDateTime.fromIso(iso));
  }

  /**
   * Every department's and the city's rates, step rates and score arrive as Java values. What
   * they are is the C++ core's (tests/cpp/rules/supervision_rules_test.cpp covers the A31
   * formula; tests/cpp/supervision_test.cpp RatesTravelWithTheReport the report).
   */
  static void assertRatesArrive(InspectionReport r) {
    List<DepartmentInspection> all = new ArrayList<>(r.getDepartments());
    all.add(r.getCity());
    for (DepartmentInspection d : all) {
      SupervisionRates rates = d.getRates();
      assertNotNull(rates, d::toString);
      for (SupervisionRate rate : List.of(rates.getCompleteness(), rates.getAccuracy(), rates.getUpdates(),
                                          rates.getPublication(), rates.getFreshness(), rates.getTimeliness(),
                                          rates.getSharing(), rates.getProjects())) {
        assertNotNull(rate, d::toString);
        assertFalse(Double.isNaN(rate.getValue()), d::toString);
      }
      assertFalse(d.getSteps().isEmpty(), d::toString);
      for (StepTimeliness s : d.getSteps()) {
        assertNotNull(s.getOnTimeRate(), s::toString);
        assertNotNull(s.getKind(), s::toString);
      }
      assertFalse(Double.isNaN(d.getScore()), d::toString);
    }
  }

  long rectificationNotices(String actor) {
    return p.notices(actor, false).stream().filter(n -> n.getKind() == NoticeKind.RECTIFICATION).count();
  }

  // ---- A31 (1), (4), (5): the catalog, connection and freshness -------------------------------

  @Test
  void catalogPublicationAndFreshness() {
    CatalogEntry daily = PlatformTest.unconditionalEntry();
    daily.setUpdateCycle(UpdateCycle.DAILY);
    EntryRecord market = publish(daily);
    CatalogEntry monthly = PlatformTest.policeEntry();
    monthly.setUpdateCycle(UpdateCycle.MONTHLY);
    EntryRecord household = publish(monthly);
    p.supervision().reportRefresh("police.op", market.getId());
    p.supervision().reportRefresh("police.leader", household.getId());
    assertThrows(PermissionDeniedException.class, () -> p.supervision().reportRefresh("civil.op", market.getId()));

    // On 09-01 both are fresh.
    InspectionReport r = p.supervision().inspect("auditor", Date.of(2026, 9, 1), Date.of(2026, 9, 1));
    assertEquals(Date.of(2026, 9, 1), r.getFrom());
    assertEquals(Date.of(2026, 9, 1), r.getTo());
    assertEquals(p.now(), r.getGeneratedAt());
    assertFalse(r.getCalendarVersion().isEmpty());
    DepartmentInspection police = of(r, POLICE);
    assertEquals("南通市公安局", police.getDepartmentName());
    assertEquals(2, police.getEntries());
    assertFalse(hasFinding(police, "A31(5)"), police::toString);

    // By 09-15 the daily resource is stale (A31 (5)): a finding with its object and A33 ground.
    setTime(p, "2026-09-15T09:00:00+08:00");
    r = p.supervision().inspect("auditor", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 15));
    SupervisionFinding stale = finding(of(r, POLICE), "A31(5)");
    assertEquals("entry:" + market.getId(), stale.getObject());
    assertEquals(2, stale.getA33Ground());
    assertTrue(stale.getMessageZh().contains("市场主体登记信息"), stale::toString);
    assertEquals("A31(5) [A33(2)] entry:" + market.getId() + " " + stale.getMessageZh(), stale.toString());
    assertRatesArrive(r);

    // Only a published resource is refreshed (not in the C++ suite).
    EntryRecord draft = p.catalog().createDraft("police.op", SharingTest.platformDirectEntry());
    assertThrows(InvalidTransitionException.class, () -> p.supervision().reportRefresh("police.op", draft.getId()));
    assertThrows(NotFoundException.class, () -> p.supervision().reportRefresh("police.op", 9999));
  }

  // ---- A31 (7): statutory steps; A31 (3): obligations ----------------------------------------

  @Test
  void stepTimelinessAndFindingsArriveAsValues() {
    EntryRecord household = publish(PlatformTest.policeEntry());
    ApplicationRequest req = new ApplicationRequest();
    req.setEntryId(household.getId());
    req.setItems(new StringList(List.of("公民身份号码")));
    req.setPurpose("核对");
    req.setLegalDuty("《社会救助暂行办法》");
    req.setValidFrom(Date.of(2026, 9, 1));
    req.setValidUntil(Date.of(2026, 12, 31));
    req.setScan(ScanDocument.of("s.pdf", "b".repeat(64), 10));
    // On the eve of National Day: the form check (1 working day, A21) is due after the holidays.
    setTime(p, "2026-09-30T10:00:00+08:00");
    Application late = p.sharing().apply("civil.op", req);
    Application pending = p.sharing().apply("civil.op", req);
    assertEquals(p.calendar().computeDeadline(p.now(), DeadlineRule.workingDays(1)), late.getSteps().get(0).getDue());
    setTime(p, "2026-10-09T10:00:00+08:00");
    p.sharing().acceptApplication("reviewer", late.getId(), late.getRowVersion()); // a day late
    // A11: a law revision announced 09-01, due in 15 working days, never fulfilled.
    p.catalog().recordLegalChange("admin", POLICE, ObligationKind.LAW_REVISION, "《户口登记条例》修订",
                                  LocalDate.of(2026, 9, 1));

    InspectionReport r = p.supervision().inspect("reviewer", Date.of(2026, 9, 1), Date.of(2026, 10, 9));
    DepartmentInspection bureau = of(r, BUREAU);
    StepTimeliness formChecks = bureau.getSteps().get(0);
    assertSame(StepKind.FORM_CHECK, formChecks.getKind());
    assertEquals("form_check 1 completed, 0 on time, 1 overdue now", formChecks.toString());
    List<String> stepObjects = bureau.getFindings().stream().filter(f -> f.getClause().equals("A31(7)"))
        .map(SupervisionFinding::getObject).collect(Collectors.toList());
    assertTrue(stepObjects.contains("application:" + pending.getId()), stepObjects::toString);
    assertTrue(hasFinding(of(r, POLICE), "A31(3)"));
    assertRatesArrive(r);
  }

  // ---- scores and ranking ----------------------------------------------------------------

  /**
   * The report's ranked list, weights and scores arrive as values; custom weights and the
   * refusals cross. The scores themselves (the A31 model, ranking, the city) are tested in
   * tests/cpp/rules/supervision_rules_test.cpp and tests/cpp/supervision_test.cpp.
   */
  @Test
  void scoresRankingAndWeightsArriveAsValues() {
    publish(PlatformTest.unconditionalEntry());
    InspectionReport r = p.supervision().inspect("auditor", Date.of(2026, 9, 1), Date.of(2026, 9, 30));
    DepartmentInspectionList ranked = r.getDepartments();
    assertFalse(ranked.isEmpty());
    for (int i = 0; i < ranked.size(); ++i) {
      assertEquals(i + 1, ranked.get(i).getRank());
    }
    DepartmentInspection police = of(r, POLICE);
    // The default weights, in the report.
    SupervisionWeights defaults = new SupervisionWeights();
    assertEquals(15.0, defaults.getCompleteness());
    assertEquals(25.0, defaults.getTimeliness());
    assertEquals(defaults.toString(), r.getWeights().toString());
    assertEquals("completeness=15.0 accuracy=15.0 updates=15.0 publication=15.0 freshness=15.0 timeliness=25.0",
                 defaults.toString());
    assertRatesArrive(r);

    // Custom weights reach the inspection (the Date and the LocalDate overloads) and come back.
    SupervisionWeights publication = SupervisionWeights.of(0, 0, 0, 1, 0, 0);
    InspectionReport byPublication = p.supervision().inspect("auditor", Date.of(2026, 9, 1), Date.of(2026, 9, 30), publication);
    assertEquals(1.0, byPublication.getWeights().getPublication());
    assertEquals(0.0, byPublication.getWeights().getTimeliness());
    SupervisionWeights accuracy = SupervisionWeights.of(0, 1, 0, 0, 0, 0);
    assertEquals(1.0, p.supervision().inspect("auditor", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), accuracy)
                          .getWeights().getAccuracy());

    assertThrows(InvalidArgumentException.class,
                 () -> p.supervision().inspect("auditor", Date.of(2026, 9, 30), Date.of(2026, 9, 1)));
    assertThrows(InvalidArgumentException.class,
                 () -> p.supervision().inspect("auditor", Date.of(2026, 9, 1), Date.of(2026, 9, 30),
                                 SupervisionWeights.of(-1, 0, 0, 0, 0, 0)));
    assertThrows(InvalidArgumentException.class, // NaN is not in the C++ suite
                 () -> p.supervision().inspect("auditor", Date.of(2026, 9, 1), Date.of(2026, 9, 30),
                                 SupervisionWeights.of(Double.NaN, 0, 0, 0, 0, 0)));
    assertThrows(PermissionDeniedException.class,
                 () -> p.supervision().inspect("police.leader", Date.of(2026, 9, 1), Date.of(2026, 9, 30)));
    assertTrue(r.toString().startsWith("2026-09-01..2026-09-30: " + ranked.size() + " departments, city score "),
               r::toString);
    assertTrue(police.toString().startsWith("#" + police.getRank() + " " + POLICE + " 南通市公安局 score "),
               police::toString);
  }

  // ---- A32: projects ---------------------------------------------------------------------

  /**
   * Projects as values with Optional dates, their refusals and their finding (A32). The A32
   * check itself: C++ SupervisionTest.ProjectsAreChecked; an acceptance without approval,
   * another department's entry, an unknown department, reading scopes and an update keeping
   * the id are not in the C++ suite.
   */
  @Test
  void projectsAreChecked() {
    EntryRecord market = publish(PlatformTest.unconditionalEntry());
    Project good = Project.of(POLICE, "智慧公安二期", Date.of(2026, 9, 2), market.getId());
    Project saved = p.supervision().saveProject("police.admin", good);
    assertTrue(saved.getId() > 0);
    assertEquals(List.of(market.getId()), saved.getEntryIds());
    assertEquals(Optional.of(Date.of(2026, 9, 2)), saved.getApprovedOn());
    assertEquals(Optional.empty(), saved.getAcceptedOn());

    Project bad = Project.of(POLICE, "视频监控联网", Date.of(2026, 8, 1), market.getId()); // before any entry
    bad.setAcceptedOn(Optional.of(Date.of(2026, 8, 31)));
    bad = p.supervision().saveProject("admin", bad);
    Project accepted = Project.of(POLICE, "未立项", market.getId());
    accepted.setAcceptedOn(Optional.of(Date.of(2026, 8, 31)));
    assertThrows(InvalidArgumentException.class, () -> p.supervision().saveProject("admin", accepted));
    Project civilEntry = Project.of(CIVIL, "民政项目", Date.of(2026, 9, 2), market.getId()); // not 民政局's entry
    assertThrows(InvalidArgumentException.class, () -> p.supervision().saveProject("admin", civilEntry));
    assertThrows(NotFoundException.class,
                 () -> p.supervision().saveProject("admin", Project.of("11320600MB1T011241", "无此部门")));
    ProjectList projects = p.supervision().projects("police.admin", "");
    assertEquals(2, projects.size());
    assertEquals(List.of(saved.getId(), bad.getId()),
                 projects.stream().map(Project::getId).collect(Collectors.toList()));
    assertEquals(List.of(market.getId()), projects.get(1).getEntryIds());
    assertThrows(PermissionDeniedException.class, () -> p.supervision().projects("civil.leader", POLICE));
    assertEquals(2, p.supervision().projects("auditor", POLICE).size());
    assertTrue(p.supervision().projects("auditor", CIVIL).isEmpty());

    DepartmentInspection police = of(p.supervision().inspect("auditor", Date.of(2026, 9, 1), Date.of(2026, 9, 30)), POLICE);
    assertEquals("project:" + bad.getId(), finding(police, "A32").getObject());

    // An update keeps the id.
    saved.setName("智慧公安二期（调整）");
    Project updated = p.supervision().saveProject("police.admin", saved);
    assertEquals(saved.getId(), updated.getId());
    assertEquals(2, p.supervision().projects("admin", POLICE).size());
    assertEquals("智慧公安二期（调整）", p.supervision().projects("admin", POLICE).get(0).getName());
  }

  /** Project.entry_ids is a java.util.List<Long> view of the project's own C++ vector. */
  @Test
  void projectEntryIdsAreAListView() {
    Project project = Project.of(POLICE, "智慧公安二期", 7L, 8L);
    List<Long> ids = project.getEntryIds();
    assertEquals(List.of(7L, 8L), ids);
    ids.add(9L);
    assertEquals(List.of(7L, 8L, 9L), project.getEntryIds()); // the view writes the project
    assertEquals(8L, ids.set(1, 80L));
    ids.add(0, 6L);
    assertEquals(7L, ids.remove(1));
    assertEquals(List.of(6L, 80L, 9L), project.getEntryIds());
    assertTrue(ids.contains(80L));
    assertEquals(1, ids.indexOf(80L));
    ids.removeIf(id -> id == 6L);
    assertEquals(List.of(80L, 9L), ids);
    // Ids beyond 32 bits stay Java longs.
    ids.add(Long.MAX_VALUE);
    assertEquals(Long.MAX_VALUE, project.getEntryIds().get(2));
    assertThrows(IndexOutOfBoundsException.class, () -> ids.get(3));
    assertThrows(IndexOutOfBoundsException.class, () -> ids.get(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> ids.add(5, 1L));
    assertThrows(NullPointerException.class, () -> ids.add(null));
    // setEntryIds copies any list in; a copy of the project has its own list.
    project.setEntryIds(List.of(1L, 2L));
    assertEquals(List.of(1L, 2L), ids);
    Project copy = new Project(project);
    copy.getEntryIds().clear();
    assertEquals(List.of(1L, 2L), project.getEntryIds());
    assertTrue(copy.getEntryIds().isEmpty());
    project.setEntryIds(project.getEntryIds());
    assertEquals(List.of(1L, 2L), project.getEntryIds());
    // The view keeps its project reachable.
    List<Long> orphan = Project.of(POLICE, "临时", 42L).getEntryIds();
    System.gc();
    assertEquals(List.of(42L), orphan);
    // Factories and toString.
    Project approved = Project.of(POLICE, "视频监控联网", Date.of(2026, 8, 1), 3L);
    approved.setAcceptedOn(Optional.of(Date.of(2026, 8, 31)));
    assertEquals("project:0 视频监控联网 @" + POLICE + " approved 2026-08-01 accepted 2026-08-31 entries [3]",
                 approved.toString());
    assertEquals(Optional.empty(), Project.of(POLICE, "未立项").getApprovedOn());
    assertTrue(Project.of(POLICE, "未立项").getEntryIds().isEmpty());
  }

  // ---- A33: rectification ----------------------------------------------------------------

  /** Notify, escalate to a written notice (书面通报), resolve: values, Optionals, toString, exception classes. */
  @Test
  void rectificationValuesAndRefusals() {
    RectificationInput in = RectificationInput.of(POLICE, 2, "未按更新周期更新已发布资源", 5);
    assertEquals("", in.getObject());
    assertEquals(POLICE + " A33(2) in 5 working days: 未按更新周期更新已发布资源", in.toString());
    assertThrows(PermissionDeniedException.class, () -> p.supervision().issueRectification("police.leader", in));
    in.setWorkingDays(0); // 0 working days: not in the C++ suite
    assertThrows(InvalidArgumentException.class, () -> p.supervision().issueRectification("admin", in));
    in.setWorkingDays(5);
    assertThrows(NotFoundException.class, () -> p.supervision().issueRectification("admin",
        RectificationInput.of("11320600MB1T011241", 2, "无此部门", 5)));

    Rectification r = p.supervision().issueRectification("admin", in);
    assertSame(RectificationStatus.OPEN, r.getStatus());
    assertEquals("admin", r.getIssuedBy());
    assertEquals(p.now(), r.getIssuedAt());
    assertEquals(Optional.empty(), r.getEscalatedAt());
    assertEquals("未按更新周期更新已发布资源", r.getNotice().getDescription());

    setTime(p, "2026-09-09T09:00:00+08:00");
    RectificationList escalated = p.supervision().escalateRectifications("admin");
    Rectification written = escalated.get(0);
    assertSame(RectificationStatus.ESCALATED, written.getStatus());
    assertEquals(Optional.of(p.now()), written.getEscalatedAt());
    assertEquals(1, rectificationNotices("admin")); // the bureau hears of the written notice (not in the C++ suite)
    assertEquals("rectification:" + r.getId() + " escalated " + POLICE + " A33(2) due " + r.getDue().getDue(),
                 written.toString());

    assertThrows(InvalidArgumentException.class,
                 () -> p.supervision().resolveRectification("admin", r.getId(), written.getRowVersion(), ""));
    assertThrows(ConflictException.class, // the row version before the escalation
                 () -> p.supervision().resolveRectification("admin", r.getId(), r.getRowVersion(), "已整改"));
    assertThrows(NotFoundException.class, () -> p.supervision().resolveRectification("admin", 9999, 1, "已整改"));
    Rectification resolved = p.supervision().resolveRectification("admin", r.getId(), written.getRowVersion(),
                                                    "已补充更新并建立更新台账");
    assertSame(RectificationStatus.RESOLVED, resolved.getStatus());
    assertEquals("admin", resolved.getResolvedBy());
    assertEquals(Optional.of(p.now()), resolved.getResolvedAt());
    assertEquals("已补充更新并建立更新台账", resolved.getResolution());
    assertTrue(resolved.toString().endsWith(" (已补充更新并建立更新台账)"), resolved::toString);
    assertThrows(InvalidTransitionException.class,
                 () -> p.supervision().resolveRectification("admin", r.getId(), resolved.getRowVersion(), "again"));
    // Reading scopes beyond C++ SupervisionTest's: the reviewer by department, the auditor for another.
    assertEquals(1, p.supervision().rectifications("reviewer", POLICE).size());
    assertTrue(p.supervision().rectifications("auditor", CIVIL).isEmpty());
    assertEquals("已书面通报", GovShare.chineseLabel(RectificationStatus.ESCALATED));
    assertEquals("escalated", GovShare.toString(RectificationStatus.ESCALATED));
  }

  /** The factory with an object; the due time is the platform calendar's Deadline value. */
  @Test
  void rectificationNamesItsObjectAndTakesThePlatformCalendar() {
    setTime(p, "2026-09-30T10:00:00+08:00");
    Rectification r = p.supervision().issueRectification("admin",
        RectificationInput.of(POLICE, 5, "未按规定时限办理共享申请", "application:1", 1));
    assertEquals("application:1", r.getNotice().getObject());
    assertEquals(p.calendar().computeDeadline(p.now(), DeadlineRule.workingDays(1)), r.getDue());
  }

  // ---- permissions ---------------------------------------------------------------------------

  /**
   * The supervision calls' refusals arrive as PermissionDeniedException, change nothing and
   * are security events (the matrix of the four actions: C++ PermissionMatrixTest).
   */
  @Test
  void refusalsOfTheSupervisionCalls() {
    assertEquals("inspect", GovShare.toString(Action.INSPECT));
    int events = p.securityEvents("auditor").size();
    long audit = p.verifyAudit("auditor").getRecords();
    assertThrows(PermissionDeniedException.class, () -> p.supervision().escalateRectifications("reviewer"));
    assertThrows(PermissionDeniedException.class, () -> p.supervision().saveProject("police.admin", Project.of(CIVIL, "越权")));
    assertThrows(PermissionDeniedException.class,
                 () -> p.supervision().inspect("civil.op", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1)));
    assertThrows(PermissionDeniedException.class, () -> p.supervision().projects("civil.op", POLICE));
    assertEquals(events + 4, p.securityEvents("auditor").size());
    assertEquals(audit, p.verifyAudit("auditor").getRecords());
    assertTrue(p.supervision().rectifications("admin", "").isEmpty());
    assertTrue(p.supervision().projects("admin", "").isEmpty());
  }
}
