package org.govshare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The platform across the year boundary through the Java binding (docs/calendar.md): the
 * scenario of tests/cpp/year_boundary_test.cpp, shortened. The simulated clock runs from
 * 2026-12-01 into 2027 before the 2027 holiday schedule is loaded; no legal act is refused for
 * want of it — an application (A21–A22), demands answered "will publish" (A25), an objection
 * (A29), a law revision (A11) and a rectification (A33) record predicted, provisional
 * deadlines — and loading examples/data/calendar-2027-example.tsv recomputes exactly the open
 * ones. Also the Java surface of the new API: the prediction's free functions on
 * {@link GovShare}, {@link WorkdayCalendar#loadYear}, {@code schedule}, {@code clone}, the
 * Optional and List views of {@link CalendarState} and the toString() of the new values. The
 * city is {@link PlatformTest#seedCity}; 公安局 provides, 民政局 consumes. {@code LocalDateTime}
 * and {@code Date} are org.govshare's.
 */
class YearBoundaryTest {
  static final String POLICE = PlatformTest.POLICE;
  static final String CIVIL = PlatformTest.CIVIL;

  @TempDir Path dir;
  private String path;
  private Platform p;

  // ---- helpers ---------------------------------------------------------------------

  @BeforeEach
  void openSeededCity() {
    path = PlatformTest.tempDb(dir, "yearboundary");
    p = Platform.open(options("2026-12-01T09:00:00+08:00"));
    PlatformTest.seedCity(p);
  }

  @AfterEach
  void closeCity() {
    p.close();
  }

  PlatformOptions options(String now) {
    PlatformOptions o = PlatformTest.options(path);
    o.setSimulatedTime(Optional.of(LocalDateTime.fromIso(now)));
    return o;
  }

  static Date d(String iso) {
    return Date.fromIso(iso);
  }

  /** The example 2027 schedule (examples/data/calendar-2027-example.tsv). */
  static String example2027() throws IOException {
    return Files.readString(CatalogTest.repoRoot().resolve("examples/data/calendar-2027-example.tsv"),
                            StandardCharsets.UTF_8);
  }

  /** Draft → submitted → approved → published by 公安局. */
  EntryRecord publish(CatalogEntry entry) {
    EntryRecord r = p.catalog().createDraft("police.op", entry);
    r = p.catalog().submit("police.op", r.getId(), r.getRowVersion());
    r = p.catalog().approve("reviewer", r.getId(), r.getRowVersion());
    return p.catalog().publish("police.leader", r.getId(), r.getRowVersion());
  }

  /** SharingTest's application of 民政局, valid 2026-12-01..2027-11-30. */
  static ApplicationRequest request(long entryId, String... items) {
    ApplicationRequest r = SharingTest.request(entryId, items);
    r.setValidFrom(d("2026-12-01"));
    r.setValidUntil(d("2027-11-30"));
    return r;
  }

  /** A demand of 民政局 to 公安局, answered "will publish" (A25: published within a month). */
  DemandRequest committedDemand(String description) {
    DemandRequestInput in = SharingTest.demandInput(POLICE);
    in.setDescription(description);
    DemandRequest demand = p.sharing().submitDemand("civil.op", in);
    return p.sharing().answerDemand("police.leader", demand.getId(), demand.getRowVersion(),
                          DemandAnswer.of(DemandAnswerKind.WILL_PUBLISH, "确属本部门履职范围，一个月内发布"));
  }

  /** Every open step, obligation and rectification whose deadline is provisional, by object#what. */
  Map<String, Deadline> openProvisional() {
    Map<String, Deadline> out = new TreeMap<>();
    for (ProcessStep s : p.sharing().steps("auditor", "", true)) {
      if (s.getDue().isProvisional()) out.put(s.getObject() + "#" + GovShare.toString(s.getKind()), s.getDue());
    }
    for (Obligation o : p.catalog().obligations("admin", "", true)) {
      if (o.getDue().isProvisional()) out.put("obligation:" + o.getId() + "#obligation", o.getDue());
    }
    for (Rectification r : p.supervision().rectifications("admin", "")) {
      if (r.getDue().isProvisional() && r.getStatus() != RectificationStatus.RESOLVED) {
        out.put("rectification:" + r.getId() + "#rectification", r.getDue());
      }
    }
    return out;
  }

  long auditCount() {
    return p.verifyAudit("auditor").getRecords();
  }

  long calendarNotices(String actor) {
    return p.notices(actor, false).stream().filter(n -> n.getKind() == NoticeKind.CALENDAR).count();
  }

  // ---- the scenario ------------------------------------------------------------------

  @Test
  void nothingIsRefusedAndLoadingTheYearRecomputesExactlyTheOpenDeadlines() throws IOException {
    CatalogEntry householdEntry = PlatformTest.policeEntry();
    householdEntry.getShare().getScope().getDepartments().add(CIVIL);
    EntryRecord household = publish(householdEntry);
    EntryRecord market = publish(SharingTest.platformDirectEntry());
    // 民政局 holds the market data (for the objection).
    Application m = p.sharing().apply("civil.op", request(market.getId(), "统一社会信用代码"));
    m = p.sharing().acceptApplication("reviewer", m.getId(), m.getRowVersion());
    m = p.sharing().grantApplication("reviewer", m.getId(), m.getRowVersion(), new GrantTerms());
    assertSame(ApplicationStatus.GRANTED, m.getStatus(), m::toString);

    // From November 1 the platform reports next year's missing schedule; nothing open yet.
    CalendarState st = p.calendarStatus("civil.op");
    assertTrue(st.isNextYearMissing(), st::toString);
    assertTrue(st.getWarning().contains("2027"), st.getWarning());
    assertEquals(d("2027-01-01"), st.getFirstUnloadedDate());
    assertEquals(0, st.getProvisionalOpen());
    assertEquals(Optional.empty(), st.getEarliestProvisionalDue());
    assertEquals(GovShare.predictionVersion(), st.getPredictionVersion());
    assertEquals(List.of(2020, 2021, 2022, 2023, 2024, 2025, 2026),
                 st.getYears().stream().map(CalendarYearInfo::getYear).collect(Collectors.toList()));
    for (CalendarYearInfo y : st.getYears()) {
      assertEquals("builtin", y.getOrigin());
      assertEquals(Optional.empty(), y.getLoadedAt());
      assertEquals(64, y.getDigest().length());
    }
    assertTrue(st.toString().startsWith("2020-2026 as of 2026-12-01T09:00:00+08:00: 0 provisional open, "
                                        + "first unloaded 2027-01-01; warning: "), st::toString);

    // A25: a demand answered "will publish" on 12-04: one month, into January.
    SupervisionTest.setTime(p, "2026-12-04T10:00:00+08:00");
    DemandRequest d1 = committedDemand("全市流动人口居住登记信息");
    ProcessStep publication = d1.getSteps().get(1);
    assertSame(StepKind.DEMAND_PUBLICATION, publication.getKind());
    assertEquals(d("2027-01-04"), publication.getDue().getDue().getDate());
    assertTrue(publication.getDue().isProvisional());
    assertTrue(publication.getDue().getCalendarVersion().contains(GovShare.predictionVersion()),
               publication.getDue()::toString);

    // N17 (A11's 15 before 2025-08-01): a law revision announced 12-20: 10 working days,
    // 元旦 predicted to rest.
    SupervisionTest.setTime(p, "2026-12-21T09:00:00+08:00");
    Obligation law = p.catalog().recordLegalChange("police.admin", POLICE, ObligationKind.LAW_REVISION,
                                         "《江苏省流动人口服务管理条例》修订", LocalDate.of(2026, 12, 20));
    assertTrue(law.getDue().isProvisional());
    assertEquals(d("2027-01-04"), law.getDue().getDue().getDate());

    // A21–A22: an application on 12-24: the form check inside 2026, the provider's decision in 2027.
    SupervisionTest.setTime(p, "2026-12-24T10:00:00+08:00");
    Application a = p.sharing().apply("civil.op", request(household.getId(), "姓名", "公民身份号码"));
    assertEquals(d("2026-12-25"), a.getSteps().get(0).getDue().getDue().getDate());
    assertFalse(a.getSteps().get(0).getDue().isProvisional());
    a = p.sharing().acceptApplication("reviewer", a.getId(), a.getRowVersion());
    assertSame(StepKind.PROVIDER_DECISION, a.getSteps().get(1).getKind());
    assertEquals(d("2027-01-08"), a.getSteps().get(1).getDue().getDue().getDate());
    assertTrue(a.getSteps().get(1).getDue().isProvisional());

    // A29: an objection on 12-28: the provider's check runs into January.
    SupervisionTest.setTime(p, "2026-12-28T10:00:00+08:00");
    Objection objection = p.sharing().raiseObjection("civil.op",
                                           SharingTest.objectionInput(market.getId(), "统一社会信用代码"));
    assertTrue(objection.getSteps().get(0).getDue().isProvisional());

    // A step completed while provisional keeps the deadline it was judged by.
    SupervisionTest.setTime(p, "2026-12-31T10:00:00+08:00");
    Application b = p.sharing().apply("civil.op", request(household.getId(), "姓名"));
    assertEquals(d("2027-01-04"), b.getSteps().get(0).getDue().getDue().getDate());
    b = p.sharing().acceptApplication("reviewer", b.getId(), b.getRowVersion());
    ProcessStep judged = b.getSteps().get(0);
    assertTrue(judged.getCompletedAt().isPresent());
    assertTrue(judged.getOnTime());

    // Into 2027, still without the notice.
    SupervisionTest.setTime(p, "2027-01-09T10:00:00+08:00");
    DemandRequest d2 = committedDemand("全市电动自行车登记信息");
    assertEquals(d("2027-02-09"), d2.getSteps().get(1).getDue().getDue().getDate()); // predicted: 初四 works
    SupervisionTest.setTime(p, "2027-01-25T10:00:00+08:00");
    Rectification rect = p.supervision().issueRectification("admin", RectificationInput.of(POLICE, 2, "目录更新不及时", 5));
    assertEquals(d("2027-02-01"), rect.getDue().getDue().getDate());
    assertTrue(rect.getDue().isProvisional());

    // Every deadline past 2026 is provisional; none before.
    for (ProcessStep s : p.sharing().steps("auditor", "", false)) {
      assertEquals(s.getDue().getDue().getDate().getYear() >= 2027, s.getDue().isProvisional(), s::toString);
    }
    for (Obligation o : p.catalog().obligations("admin", "", false)) {
      assertEquals(o.getDue().getDue().getDate().getYear() >= 2027, o.getDue().isProvisional(), o::toString);
    }
    // The bureau heard of the missing year once.
    assertEquals(1, calendarNotices("admin"));

    Map<String, Deadline> open = openProvisional();
    assertEquals(7, open.size(), open::toString); // 2 demands, a decision (×2), the objection, the law, the notice
    st = p.calendarStatus("auditor");
    assertEquals(open.size(), st.getProvisionalOpen());
    assertEquals(open.values().stream().map(x -> x.getDue().toInstant()).min(java.util.Comparator.naturalOrder()),
                 st.getEarliestProvisionalDue().map(LocalDateTime::toInstant));
    assertEquals(d("2027-01-25"), st.getFirstUnloadedDate()); // this year is not loaded
    assertTrue(st.getWarning().contains("2027"), st::toString);
    // Inspections carry the warning.
    InspectionReport inspection = p.supervision().inspect("auditor", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 24));
    assertEquals(st.getWarning(), inspection.getCalendarWarning());
    assertTrue(inspection.toString().endsWith("; calendar: " + st.getWarning()), inspection::toString);
    long auditBefore = auditCount();

    // The bureau loads 2027 on 02-01 (a first load: no reason).
    SupervisionTest.setTime(p, "2027-02-01T10:00:00+08:00");
    CalendarLoadReport load = p.loadCalendarYear("admin", example2027());
    assertTrue(load.isChanged());
    assertFalse(load.isCorrection());
    assertEquals(2027, load.getYear());
    assertEquals("", load.getPreviousDigest());
    assertEquals(p.calendar().version(), load.getCalendarVersion());
    Map<String, DeadlineChange> by = new HashMap<>();
    for (DeadlineChange c : load.getRecomputed()) {
      by.put(c.getObject() + "#" + c.getWhat(), c);
      assertFalse(c.getAfter().isProvisional(), c::toString);
      assertTrue(c.getBefore().isProvisional(), c::toString);
    }
    assertEquals(load.getRecomputed().size(), by.size()); // each once
    assertEquals(open.keySet(), by.keySet());
    assertTrue(openProvisional().isEmpty());

    // What moved: the demand's month ends on 02-09, a bridge day of the Spring Festival (民法典
    // art. 203: the next working day, 02-15); the rectification gains the 01-31 make-up Sunday
    // and is overdue from now on.
    DeadlineChange pub = by.get("demand:" + d2.getId() + "#demand_publication");
    assertTrue(pub.isMoved(), pub::toString);
    assertFalse(pub.isOverdue());
    assertEquals(d("2027-02-09"), pub.getBefore().getDue().getDate());
    assertEquals(d("2027-02-15"), pub.getAfter().getDue().getDate());
    assertEquals(POLICE, pub.getDepartmentCode());
    assertEquals("demand:" + d2.getId() + " demand_publication @" + POLICE
                 + " 2027-02-09T24:00:00+08:00 provisional -> 2027-02-15T24:00:00+08:00 moved", pub.toString());
    assertEquals(d("2027-02-15"), p.sharing().getDemand("auditor", d2.getId()).getSteps().get(1).getDue().getDue().getDate());
    DeadlineChange rc = by.get("rectification:" + rect.getId() + "#rectification");
    assertTrue(rc.isMoved(), rc::toString);
    assertTrue(rc.isOverdue(), rc::toString);
    assertEquals(d("2027-02-01"), rc.getBefore().getDue().getDate());
    assertEquals(d("2027-01-31"), rc.getAfter().getDue().getDate());
    assertTrue(rc.toString().endsWith(" moved overdue"), rc::toString);
    assertSame(RectificationStatus.OVERDUE, p.supervision().rectifications("admin", POLICE).get(0).getStatus());
    long moved = load.getRecomputed().stream().filter(DeadlineChange::isMoved).count();
    assertTrue(load.toString().startsWith("2027 loaded (sha256 " + load.getDigest().substring(0, 8) + "…): "
                                          + open.size() + " deadlines recomputed, " + moved + " moved"),
               load::toString);

    // The department that must act was told when its deadline moved.
    long movedForPolice = load.getRecomputed().stream()
        .filter(c -> c.isMoved() && c.getDepartmentCode().equals(POLICE)).count();
    assertTrue(movedForPolice >= 2, load.getRecomputed()::toString);
    assertEquals(movedForPolice, calendarNotices("police.admin"));

    // The completed step kept its deadline and says it was provisional.
    ProcessStep kept = p.sharing().getApplication("auditor", b.getId()).getSteps().get(0);
    assertEquals(judged.getDue().getDue(), kept.getDue().getDue());
    assertTrue(kept.getDue().isProvisional());

    // Audited: the load and every old -> new deadline.
    assertEquals(auditBefore + 1 + load.getRecomputed().size(), auditCount());
    AuditRecordList trail = p.auditTrail("auditor", auditBefore + 1, -1);
    assertEquals("calendar.load", trail.get(0).getAction());
    assertEquals("calendar:2027", trail.get(0).getObject());
    assertEquals(load.getDigest(), trail.get(0).getAfterDigest());
    assertEquals("deadline.recompute", trail.get(1).getAction());
    assertTrue(p.verifyAudit("auditor").isIntact());

    st = p.calendarStatus("civil.op");
    assertEquals(0, st.getProvisionalOpen());
    assertEquals(Optional.empty(), st.getEarliestProvisionalDue());
    assertEquals("", st.getWarning());
    assertFalse(st.isNextYearMissing());
    assertEquals(load.getCalendarVersion(), st.getCalendarVersion());
    assertEquals("", p.supervision().inspect("auditor", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31)).getCalendarWarning());
    CalendarYearInfo y2027 = st.getYears().get(st.getYears().size() - 1);
    assertEquals(2027, y2027.getYear());
    assertEquals("loaded", y2027.getOrigin());
    assertEquals("admin", y2027.getLoadedBy());
    assertEquals(load.getDigest(), y2027.getDigest());
    assertEquals(Optional.of(LocalDateTime.fromIso("2027-02-01T10:00:00+08:00")), y2027.getLoadedAt());
    assertEquals("2027 loaded (sha256 " + load.getDigest().substring(0, 8) + "…) by admin at "
                 + "2027-02-01T10:00:00+08:00", y2027.toString());
    assertEquals("builtin", st.getYears().get(0).getOrigin());
    assertTrue(st.toString().startsWith("2020-2027 as of 2027-02-01T10:00:00+08:00: 0 provisional open, "),
               st::toString);

    // Another handle (another process) sees the loaded year.
    try (Platform other = Platform.open(options("2027-02-01T10:00:00+08:00"))) {
      assertTrue(other.calendar().covers(2027));
      assertFalse(other.calendar().isWorkingDay(LocalDate.of(2027, 2, 9)));
      assertTrue(other.calendar().isWorkingDay(LocalDate.of(2027, 1, 31))); // the make-up Sunday
    }
  }

  @Test
  void reloadsCorrectionsBadFilesAndPermissions() throws IOException {
    String text = example2027();
    CalendarLoadReport first = p.loadCalendarYear("admin", text);
    assertTrue(first.isChanged());
    assertTrue(first.getRecomputed().isEmpty());
    long records = auditCount();
    String version = p.calendar().version();

    // The same schedule again (comments differ): nothing changes.
    CalendarLoadReport again = p.loadCalendarYear("admin", "# re-sent\n" + text);
    assertFalse(again.isChanged());
    assertEquals(first.getDigest(), again.getPreviousDigest());
    assertTrue(again.toString().startsWith("2027 unchanged "), again::toString);
    assertEquals(records, auditCount());

    // Other content for a loaded year is a correction: only with a reason.
    String line = "2027-02-20\twork\tSpringFestival\n";
    assertTrue(text.contains(line));
    String corrected = text.replace(line, "");
    for (String blank : List.of("", " ")) {
      InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
                                                () -> p.loadCalendarYear("admin", corrected, blank));
      assertSame(ErrorCode.INVALID_ARGUMENT, e.getCode());
      assertTrue(e.getMessage().contains("reason is required"), e.getMessage());
    }
    assertThrows(InvalidArgumentException.class, () -> p.loadCalendarYear("admin", corrected));
    assertEquals(records, auditCount()); // nothing changed
    assertEquals(version, p.calendar().version());
    assertTrue(p.calendar().isWorkingDay(LocalDate.of(2027, 2, 20)));
    assertEquals(first.getDigest(), p.calendarStatus("auditor").getYears().get(7).getDigest());

    CalendarLoadReport fix = p.loadCalendarYear("admin", corrected, "国办发明电〔2026〕X号更正：2月20日不调休");
    assertTrue(fix.isCorrection());
    assertEquals(first.getDigest(), fix.getPreviousDigest());
    assertTrue(fix.toString().startsWith("2027 corrected "), fix::toString);
    assertFalse(p.calendar().isWorkingDay(LocalDate.of(2027, 2, 20)));
    assertEquals("calendar.correct", p.auditTrail("auditor", records + 1, -1).get(0).getAction());
    assertEquals("国办发明电〔2026〕X号更正：2月20日不调休",
                 p.calendarStatus("auditor").getYears().get(7).getReason());

    // A bad file names the line and the rule, and changes nothing.
    long before = auditCount();
    String version2 = p.calendar().version();
    ParseException e = assertThrows(ParseException.class,
                                    () -> p.loadCalendarYear("admin", "year\t2028\n2028-01-04\twork\tNewYear\n"));
    assertEquals("calendar:2", e.getPath());
    assertTrue(e.getMessage().contains("only a Saturday or Sunday"), e.getMessage());
    assertInstanceOf(InvalidArgumentException.class, e);
    assertEquals("calendar:3", assertThrows(ParseException.class, () -> p.loadCalendarYear(
        "admin", "year\t2028\n2028-01-01\toff\tNewYear\n2028-03-08\twork\tLocal\n")).getPath());
    assertEquals(before, auditCount());
    assertEquals(version2, p.calendar().version());
    assertFalse(p.calendar().covers(2028));

    // Only the bureau administrator loads a year; a refusal changes nothing.
    assertThrows(PermissionDeniedException.class, () -> p.loadCalendarYear("police.admin", text, "x"));
    assertThrows(PermissionDeniedException.class, () -> p.loadCalendarYear("reviewer", text, "x"));
    assertEquals(before, auditCount());
    assertSame(Action.MANAGE_CALENDAR, p.securityEvents("auditor").get(0).getAction());
  }

  // ---- the prediction and the calendar's year API ---------------------------------------

  /** The prediction's free functions: lists, toString, the coverage exception (the festival table: C++). */
  @Test
  void statutoryHolidaysArePredictedFromTheFestivalTable() {
    DayInfoList days = GovShare.statutoryHolidays(2027);
    assertFalse(days.isEmpty());
    assertTrue(days.stream().allMatch(DayInfo::isProvisional), days::toString);
    assertEquals("2027-02-05 HOLIDAY SpringFestival provisional", days.get(1).toString());

    IntList years = GovShare.predictableYears();
    assertTrue(years.contains(2027));
    int beyond = years.get(years.size() - 1) + 1;
    assertEquals(beyond, assertThrows(CalendarCoverageException.class,
                                      () -> GovShare.statutoryHolidays(beyond)).getMissingYear());
    assertFalse(GovShare.predictionVersion().isEmpty());
  }

  @Test
  void aCalendarLoadsAParsedYearAndClones() throws IOException {
    YearSchedule schedule = GovShare.parseYearSchedule(example2027(), "2027.tsv");
    assertEquals(2027, schedule.getYear());
    assertEquals(34, schedule.getDays().size());
    assertEquals(List.of("example-2027 (not an official notice)"), schedule.getSources());
    assertEquals(d("2027-01-01"), schedule.getDays().get(0).getDate());
    assertEquals(64, schedule.getDigest().length());
    assertFalse(schedule.getCanonicalText().contains("#"));
    assertEquals("2027: 34 days from example-2027 (not an official notice) (sha256 "
                 + schedule.getDigest().substring(0, 8) + "…)", schedule.toString());
    ParseException e = assertThrows(ParseException.class,
        () -> GovShare.parseYearSchedule("year\t2027\n2027-01-04\twork\tNewYear\n", "2027.tsv"));
    assertEquals("2027.tsv:2", e.getPath());

    WorkdayCalendar builtin = WorkdayCalendar.builtin();
    WorkdayCalendar cal = builtin.clone();
    assertNotSame(builtin, cal);
    assertEquals(builtin.version(), cal.version());
    cal.loadYear(schedule);
    assertTrue(cal.covers(2027));
    assertFalse(builtin.covers(2027)); // an independent copy
    assertEquals(schedule.getDigest(), cal.schedule(2027).getDigest());
    assertEquals(schedule.getDays(), cal.schedule(2027).getDays()); // (its sources are the calendar's)
    assertEquals(2027, assertThrows(CalendarCoverageException.class, () -> builtin.schedule(2027)).getMissingYear());
    assertFalse(cal.isWorkingDay(LocalDate.of(2027, 2, 9)));
    assertTrue(builtin.isWorkingDay(LocalDate.of(2027, 2, 9), true)); // the prediction has no 调休: 初四 works
    // The platform recorded the same digest the parser gives.
    assertEquals(schedule.getDigest(), p.loadCalendarYear("admin", example2027()).getDigest());
  }
}
