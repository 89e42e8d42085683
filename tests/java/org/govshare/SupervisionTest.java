package org.govshare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Supervision through the Java binding (A31–A33): the cases of tests/cpp/supervision_test.cpp
 * with the same data — freshness and connection of resources, statutory steps and
 * obligations around National Day 2026, the scores and rates as the C++ core computed them
 * (the A31 formula itself is tested in tests/cpp/rules) and the ranking with default and
 * custom weights, projects (A32), rectification notices escalating to a
 * written notice — plus the permissions of the four new actions and the Java surface
 * (factories, the List view of Project.entry_ids, java.time overloads, toString). The city is
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
   * The rates behind each score are the C++ core's (tests/cpp/rules covers the A31 formula):
   * every department's and the city's are exposed, in [0, 1], 0 when not measured; the A8 rate
   * is the share ratio; a kind of step has an on-time rate when it had steps to judge.
   */
  static void assertRatesExposed(InspectionReport r) {
    List<DepartmentInspection> all = new ArrayList<>(r.getDepartments());
    all.add(r.getCity());
    for (DepartmentInspection d : all) {
      SupervisionRates rates = d.getRates();
      for (SupervisionRate rate : List.of(rates.getCompleteness(), rates.getAccuracy(), rates.getUpdates(),
                                          rates.getPublication(), rates.getFreshness(), rates.getTimeliness(),
                                          rates.getSharing(), rates.getProjects())) {
        assertTrue(rate.getValue() >= 0 && rate.getValue() <= 1, d::toString);
        if (!rate.getMeasured()) {
          assertEquals(0.0, rate.getValue(), d::toString);
        }
      }
      assertTrue(rates.getCompleteness().getMeasured(), d::toString); // always measured (A31 (1))
      assertEquals(d.getShareRatio(), rates.getSharing().getValue(), d::toString);
      for (StepTimeliness s : d.getSteps()) {
        assertEquals(s.getCompleted() + s.getOverdueNow() > 0, s.getOnTimeRate().getMeasured(), s::toString);
      }
      assertTrue(d.getScore() >= 0 && d.getScore() <= 100, d::toString);
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
    assertEquals(2, police.getSharedEntries());
    assertEquals(2, police.getConnectedEntries());
    assertEquals(0, police.getStaleEntries());
    assertTrue(police.getCompleteEntries() + (hasFinding(police, "A31(1)") ? 1 : 0) >= 1);
    assertFalse(hasFinding(police, "A31(4)"), police::toString);
    assertFalse(hasFinding(police, "A31(5)"), police::toString);

    // By 09-15 the daily resource is stale (A31 (5)); the monthly one is not.
    setTime(p, "2026-09-15T09:00:00+08:00");
    r = p.supervision().inspect("auditor", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 15));
    assertEquals(1, of(r, POLICE).getStaleEntries());
    SupervisionFinding stale = finding(of(r, POLICE), "A31(5)");
    assertEquals("entry:" + market.getId(), stale.getObject());
    assertEquals(2, stale.getA33Ground());
    assertTrue(stale.getMessageZh().contains("市场主体登记信息"), stale::toString);
    assertEquals("A31(5) [A33(2)] entry:" + market.getId() + " " + stale.getMessageZh(), stale.toString());

    // A shared entry with nothing connected (A31 (4)).
    CatalogEntry third = PlatformTest.unconditionalEntry();
    third.setName("机动车登记信息");
    EntryRecord vehicles = publish(third);
    r = p.supervision().inspect("auditor", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 15));
    DepartmentInspection after = of(r, POLICE);
    assertEquals(3, after.getSharedEntries());
    assertEquals(2, after.getConnectedEntries());
    assertEquals("entry:" + vehicles.getId(), finding(after, "A31(4)").getObject());
    assertEquals(1.0, after.getShareRatio());
    assertEquals(3, r.getCity().getEntries());
    assertRatesExposed(r);
    assertEquals(2.0 / 3, after.getRates().getPublication().getValue(), 1e-12); // 2 of 3 shared connected
    assertEquals(0.5, after.getRates().getFreshness().getValue(), 1e-12); // 1 of 2 connected stale

    // Only a published resource is refreshed.
    EntryRecord draft = p.catalog().createDraft("police.op", SharingTest.platformDirectEntry());
    assertThrows(InvalidTransitionException.class, () -> p.supervision().reportRefresh("police.op", draft.getId()));
    assertThrows(NotFoundException.class, () -> p.supervision().reportRefresh("police.op", 9999));
  }

  // ---- A31 (7): statutory steps; A31 (3): obligations ----------------------------------------

  @Test
  void timelinessAndObligationsAroundNationalDay() {
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
    assertEquals(Date.of(2026, 10, 8), late.getSteps().get(0).getDue().getDue().getDate());
    assertEquals(p.calendar().computeDeadline(p.now(), DeadlineRule.workingDays(1)), late.getSteps().get(0).getDue());
    setTime(p, "2026-10-09T10:00:00+08:00");
    Application accepted = p.sharing().acceptApplication("reviewer", late.getId(), late.getRowVersion()); // a day late
    assertFalse(accepted.getSteps().get(0).getOnTime(), () -> accepted.getSteps().toString());
    // A11: a law revision announced 09-01, due in 15 working days, never fulfilled.
    Obligation o = p.catalog().recordLegalChange("admin", POLICE, ObligationKind.LAW_REVISION, "《户口登记条例》修订",
                                       LocalDate.of(2026, 9, 1));
    assertTrue(o.getDue().getDue().getDate().isBefore(Date.of(2026, 10, 9)), o.getDue()::toString);

    InspectionReport r = p.supervision().inspect("reviewer", Date.of(2026, 9, 1), Date.of(2026, 10, 9));
    DepartmentInspection bureau = of(r, BUREAU);
    assertEquals(1, bureau.getStepsCompleted());
    assertEquals(0, bureau.getStepsOnTime());
    assertEquals(1, bureau.getStepsOverdueNow()); // the pending form check
    StepTimeliness formChecks = bureau.getSteps().get(0);
    assertSame(StepKind.FORM_CHECK, formChecks.getKind());
    assertEquals(1, formChecks.getCompleted());
    assertEquals(0, formChecks.getOnTime());
    assertEquals(1, formChecks.getOverdueNow());
    assertEquals("form_check 1 completed, 0 on time, 1 overdue now", formChecks.toString());
    assertTrue(hasFinding(bureau, "A31(7)"), bureau::toString);
    List<String> stepObjects = bureau.getFindings().stream().filter(f -> f.getClause().equals("A31(7)"))
        .map(SupervisionFinding::getObject).collect(Collectors.toList());
    assertTrue(stepObjects.contains("application:" + pending.getId()), stepObjects::toString);
    DepartmentInspection police = of(r, POLICE);
    assertEquals(1, police.getObligationsDue());
    assertEquals(0, police.getObligationsOnTime());
    assertEquals(1, police.getObligationsOverdueNow());
    assertTrue(hasFinding(police, "A31(3)"), police::toString);
    assertEquals(1, r.getCity().getStepsOverdueNow());
    // Timeliness: 0 of 2 judged steps on time, as the core computed it.
    assertTrue(bureau.getRates().getTimeliness().getMeasured());
    assertEquals(0.0, bureau.getRates().getTimeliness().getValue());
    assertTrue(formChecks.getOnTimeRate().getMeasured());
    assertEquals(0.0, formChecks.getOnTimeRate().getValue());
    assertEquals(0.0, police.getRates().getUpdates().getValue()); // the obligation is overdue
    assertRatesExposed(r);
  }

  // ---- scores and ranking ----------------------------------------------------------------

  /** Scores follow the documented model; best first; configurable weights; no catalog scores 0. */
  @Test
  void scoresAndRanking() {
    publish(PlatformTest.unconditionalEntry()); // shared, never connected: publication 0
    InspectionReport r = p.supervision().inspect("auditor", Date.of(2026, 9, 1), Date.of(2026, 9, 30));
    DepartmentInspectionList ranked = r.getDepartments();
    assertFalse(ranked.isEmpty());
    for (int i = 0; i + 1 < ranked.size(); ++i) {
      assertTrue(ranked.get(i).getScore() >= ranked.get(i + 1).getScore(), r::toString);
      assertEquals(i + 1, ranked.get(i).getRank());
    }
    // A31 (1): no catalog published is an incomplete catalog.
    assertEquals(0.0, of(r, CIVIL).getScore());
    DepartmentInspection police = of(r, POLICE);
    assertTrue(police.getScore() < 100.0, police::toString);
    assertTrue(police.getScore() > of(r, CIVIL).getScore(), police::toString);
    // The default weights, in the report; every score as the model gives it.
    SupervisionWeights defaults = new SupervisionWeights();
    assertEquals(15.0, defaults.getCompleteness());
    assertEquals(25.0, defaults.getTimeliness());
    assertEquals(defaults.toString(), r.getWeights().toString());
    assertEquals("completeness=15.0 accuracy=15.0 updates=15.0 publication=15.0 freshness=15.0 timeliness=25.0",
                 defaults.toString());
    assertRatesExposed(r);
    // A31 (1): no catalog published is an incomplete catalog — completeness measured, 0.
    assertTrue(of(r, CIVIL).getRates().getCompleteness().getMeasured());
    assertEquals(0.0, of(r, CIVIL).getRates().getCompleteness().getValue());
    assertFalse(of(r, CIVIL).getRates().getAccuracy().getMeasured());
    // The city: the departments summed.
    assertEquals(ranked.stream().mapToInt(DepartmentInspection::getEntries).sum(), r.getCity().getEntries());

    // Only publication weighs: 公安局 connected nothing → 0; only accuracy: nothing upheld → 100.
    SupervisionWeights publication = SupervisionWeights.of(0, 0, 0, 1, 0, 0);
    InspectionReport byPublication = p.supervision().inspect("auditor", Date.of(2026, 9, 1), Date.of(2026, 9, 30), publication);
    assertEquals(0.0, of(byPublication, POLICE).getScore());
    assertEquals(1.0, byPublication.getWeights().getPublication());
    SupervisionWeights accuracy = SupervisionWeights.of(0, 1, 0, 0, 0, 0);
    assertEquals(100.0, of(p.supervision().inspect("auditor", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), accuracy),
                           POLICE).getScore());
    SupervisionWeights half = SupervisionWeights.of(0, 1, 0, 1, 0, 0);
    InspectionReport byHalf = p.supervision().inspect("auditor", Date.of(2026, 9, 1), Date.of(2026, 9, 30), half);
    assertEquals(50.0, of(byHalf, POLICE).getScore());
    // Only the proportions matter.
    assertEquals(50.0, of(p.supervision().inspect("auditor", Date.of(2026, 9, 1), Date.of(2026, 9, 30),
                                    SupervisionWeights.of(0, 7, 0, 7, 0, 0)), POLICE).getScore());

    assertThrows(InvalidArgumentException.class,
                 () -> p.supervision().inspect("auditor", Date.of(2026, 9, 30), Date.of(2026, 9, 1)));
    assertThrows(InvalidArgumentException.class,
                 () -> p.supervision().inspect("auditor", Date.of(2026, 9, 1), Date.of(2026, 9, 30),
                                 SupervisionWeights.of(-1, 0, 0, 0, 0, 0)));
    assertThrows(InvalidArgumentException.class,
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

  /** A project's catalog is compiled before approval; its resources are connected at acceptance. */
  @Test
  void projectsAreChecked() {
    EntryRecord market = publish(PlatformTest.unconditionalEntry());
    Project good = Project.of(POLICE, "智慧公安二期", Date.of(2026, 9, 2), market.getId());
    assertThrows(PermissionDeniedException.class, () -> p.supervision().saveProject("civil.leader", good));
    Project saved = p.supervision().saveProject("police.admin", good);
    assertTrue(saved.getId() > 0);
    assertEquals(List.of(market.getId()), saved.getEntryIds());
    assertEquals(Optional.of(Date.of(2026, 9, 2)), saved.getApprovedOn());
    assertEquals(Optional.empty(), saved.getAcceptedOn());

    Project bad = Project.of(POLICE, "视频监控联网", Date.of(2026, 8, 1), market.getId()); // before any entry
    bad.setAcceptedOn(Optional.of(Date.of(2026, 8, 31)));
    bad = p.supervision().saveProject("admin", bad);
    Project wrong = new Project(bad);
    wrong.setAcceptedOn(Optional.of(Date.of(2026, 7, 1)));
    assertThrows(InvalidArgumentException.class, () -> p.supervision().saveProject("admin", wrong));
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
    assertEquals(2, police.getProjects());
    assertEquals(1, police.getProjectsCompliant());
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

  /** Notify, escalate past the deadline to a written notice (书面通报), resolve. */
  @Test
  void rectificationEscalatesToAWrittenNotice() {
    RectificationInput in = RectificationInput.of(POLICE, 2, "未按更新周期更新已发布资源", 5);
    assertEquals("", in.getObject());
    assertEquals(POLICE + " A33(2) in 5 working days: 未按更新周期更新已发布资源", in.toString());
    assertThrows(PermissionDeniedException.class, () -> p.supervision().issueRectification("police.leader", in));
    assertThrows(PermissionDeniedException.class, () -> p.supervision().issueRectification("reviewer", in));
    in.setA33Ground(7);
    assertThrows(InvalidArgumentException.class, () -> p.supervision().issueRectification("admin", in));
    in.setA33Ground(2);
    in.setWorkingDays(0);
    assertThrows(InvalidArgumentException.class, () -> p.supervision().issueRectification("admin", in));
    in.setWorkingDays(5);
    assertThrows(NotFoundException.class, () -> p.supervision().issueRectification("admin",
        RectificationInput.of("11320600MB1T011241", 2, "无此部门", 5)));

    Rectification r = p.supervision().issueRectification("admin", in);
    assertSame(RectificationStatus.OPEN, r.getStatus());
    assertEquals("admin", r.getIssuedBy());
    assertEquals(p.now(), r.getIssuedAt());
    assertEquals(Date.of(2026, 9, 8), r.getDue().getDue().getDate()); // 5 working days after Tue 09-01
    assertEquals(Optional.empty(), r.getEscalatedAt());
    assertEquals("未按更新周期更新已发布资源", r.getNotice().getDescription());
    assertEquals(1, rectificationNotices("police.leader"));
    assertTrue(p.supervision().escalateRectifications("admin").isEmpty());

    setTime(p, "2026-09-09T09:00:00+08:00");
    assertSame(RectificationStatus.OVERDUE, p.supervision().rectifications("police.leader", "").get(0).getStatus());
    RectificationList escalated = p.supervision().escalateRectifications("admin");
    assertEquals(1, escalated.size());
    Rectification written = escalated.get(0);
    assertSame(RectificationStatus.ESCALATED, written.getStatus());
    assertEquals(Optional.of(p.now()), written.getEscalatedAt());
    assertEquals(2, rectificationNotices("police.leader")); // the notice and the written notice
    assertEquals(1, rectificationNotices("admin")); // the bureau hears of the written notice
    assertTrue(p.supervision().escalateRectifications("admin").isEmpty());
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

    assertTrue(p.supervision().rectifications("civil.leader", "").isEmpty());
    assertThrows(PermissionDeniedException.class, () -> p.supervision().rectifications("civil.leader", POLICE));
    assertEquals(1, p.supervision().rectifications("auditor", "").size());
    assertEquals(1, p.supervision().rectifications("reviewer", POLICE).size());
    assertTrue(p.supervision().rectifications("auditor", CIVIL).isEmpty());
    assertEquals("已书面通报", GovShare.chineseLabel(RectificationStatus.ESCALATED));
    assertEquals("escalated", GovShare.toString(RectificationStatus.ESCALATED));
  }

  /** The deadline in working days is the calendar's: issued on the eve of National Day, due after it. */
  @Test
  void rectificationDeadlineSkipsTheNationalDayHolidays() {
    setTime(p, "2026-09-30T10:00:00+08:00");
    Rectification r = p.supervision().issueRectification("admin",
        RectificationInput.of(POLICE, 5, "未按规定时限办理共享申请", "application:1", 1));
    assertEquals("application:1", r.getNotice().getObject());
    assertEquals(p.calendar().computeDeadline(p.now(), DeadlineRule.workingDays(1)), r.getDue());
    assertEquals(Date.of(2026, 10, 8), r.getDue().getDue().getDate());
    setTime(p, "2026-10-07T09:00:00+08:00"); // still the holidays
    assertSame(RectificationStatus.OPEN, p.supervision().rectifications("admin", POLICE).get(0).getStatus());
    assertTrue(p.supervision().escalateRectifications("admin").isEmpty());
    setTime(p, "2026-10-09T09:00:00+08:00");
    assertSame(RectificationStatus.OVERDUE, p.supervision().rectifications("admin", POLICE).get(0).getStatus());
    assertEquals(List.of(r.getId()),
                 p.supervision().escalateRectifications("admin").stream().map(Rectification::getId).collect(Collectors.toList()));
  }

  // ---- permissions ---------------------------------------------------------------------------

  /** The four new actions (report_refresh, inspect, rectify, manage_projects) by role. */
  @Test
  void permissionsOfTheNewActions() {
    assertTrue(p.mayDo("police.op", Action.REPORT_REFRESH, POLICE));
    assertTrue(p.mayDo("police.leader", Action.REPORT_REFRESH, POLICE));
    assertFalse(p.mayDo("police.op", Action.REPORT_REFRESH, CIVIL));
    assertFalse(p.mayDo("police.admin", Action.REPORT_REFRESH, POLICE));
    for (String bureauRole : List.of("admin", "reviewer", "auditor")) {
      assertTrue(p.mayDo(bureauRole, Action.INSPECT, ""), bureauRole);
    }
    assertFalse(p.mayDo("police.leader", Action.INSPECT, ""));
    assertTrue(p.mayDo("admin", Action.RECTIFY, ""));
    assertFalse(p.mayDo("reviewer", Action.RECTIFY, ""));
    assertFalse(p.mayDo("auditor", Action.RECTIFY, ""));
    assertTrue(p.mayDo("police.admin", Action.MANAGE_PROJECTS, POLICE));
    assertFalse(p.mayDo("police.admin", Action.MANAGE_PROJECTS, CIVIL));
    assertFalse(p.mayDo("police.leader", Action.MANAGE_PROJECTS, POLICE));
    assertEquals("inspect", GovShare.toString(Action.INSPECT));

    // A refusal changes nothing and is a security event.
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
