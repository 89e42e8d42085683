package org.govshare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The working-day calendar through the Java binding: the Java surface (LocalDate and java.time
 * adapters, lists, Optional, exceptions, handles, threads). The counting rules themselves
 * (docs/calendar.md) are tested in tests/cpp/calendar_test.cpp. {@code LocalDateTime} here is
 * org.govshare.LocalDateTime; java.time's is written in full.
 */
class CalendarTest {
  private final WorkdayCalendar cal = WorkdayCalendar.builtin();

  static final int[] WORKING_DAYS_PER_YEAR = {249, 250, 249, 249, 251, 248, 248}; // 2020..2026

  // ---- helpers ---------------------------------------------------------------------

  static Date d(String iso) {
    return Date.fromIso(iso);
  }

  static LocalDate ld(String iso) {
    return LocalDate.parse(iso);
  }

  static LocalDateTime at(String iso) {
    return LocalDateTime.fromIso(iso);
  }

  // ---- batch forms over many days ----------------------------------------------------

  /** The batch forms agree with the single calls over 2020-01-10..2026-10-31. */
  @Test
  void batchFormsAgreeWithSingleCallsOverManyDays() {
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate l = ld("2020-01-10"); !l.isAfter(ld("2026-10-31")); l = l.plusDays(1)) dates.add(l);
    DateList list = DateList.fromLocalDates(dates);
    assertEquals(dates, list.toLocalDates());

    BoolList working = cal.isWorkingDayBatch(list, false);
    DateList plus10 = cal.addWorkingDaysBatch(list, 10, false);
    List<LocalDate> plus10Local = cal.addWorkingDaysBatch(dates, 10, false);
    List<LocalDate> nextDays = new ArrayList<>();
    List<LocalDate> afterDue = new ArrayList<>();
    for (int i = 0; i < dates.size(); i++) {
      nextDays.add(dates.get(i).plusDays(1));
      afterDue.add(plus10Local.get(i).plusDays(1));
    }
    IntList between = cal.workingDaysBetweenBatch(nextDays, afterDue, false);
    assertEquals(dates.size(), working.size());
    assertEquals(dates.size(), between.size());
    assertEquals(plus10.toLocalDates(), plus10Local);
    for (int i = 0; i < dates.size(); i += 7) {
      LocalDate l = dates.get(i);
      assertEquals(cal.isWorkingDay(l), working.get(i), l::toString);
      assertEquals(cal.addWorkingDays(l, 10), plus10Local.get(i), l::toString);
    }
    assertTrue(between.stream().allMatch(n -> n == 10));
  }

  /** The free function on Date; an invalid date is refused (C++ tests only the clamping). */
  @Test
  void addMonthsTakesADateAndRefusesAnInvalidOne() {
    assertEquals(d("2026-02-28"), GovShare.addMonths(d("2026-01-31"), 1));
    assertThrows(InvalidArgumentException.class, () -> GovShare.addMonths(Date.of(2026, 2, 30), 1));
  }

  // ---- deadlines -------------------------------------------------------------------

  @Test
  void deadlineEndsAt2400OrAtTheOfficeClose() {
    LocalDateTime event = at("2026-04-03T18:00");
    Deadline plain = cal.computeDeadline(event, DeadlineRule.workingDays(1));
    assertEquals("2026-04-07T24:00:00+08:00", plain.getDue().toIso());
    assertEquals(cal.version(), plain.getCalendarVersion());
    assertFalse(plain.isProvisional());
    assertTrue(plain.toString().startsWith("2026-04-07T24:00:00+08:00 ["), plain.toString());

    DeadlineOptions office = new DeadlineOptions();
    assertEquals(Optional.empty(), office.getOfficeCloseMinutes());
    assertFalse(office.isAfterCloseCountsNextDay());
    assertFalse(office.isProvisional());
    office.setOfficeCloseMinutes(Optional.of(17 * 60 + 30));
    assertEquals(Optional.of(1050), office.getOfficeCloseMinutes());
    Deadline closing = cal.computeDeadline(event, DeadlineRule.workingDays(1), office);
    assertEquals("2026-04-07T17:30:00+08:00", closing.getDue().toIso());
    assertEquals(17, closing.getDue().getHour());
    assertEquals(30, closing.getDue().getMinute());

    office.setAfterCloseCountsNextDay(true);
    assertTrue(office.isAfterCloseCountsNextDay());
    assertTrue(office.isRollForward());

    // A copy is independent; clearing the Optional restores 24:00.
    DeadlineOptions copy = new DeadlineOptions(office);
    copy.setOfficeCloseMinutes(Optional.empty());
    assertEquals(Optional.of(1050), office.getOfficeCloseMinutes());
    assertEquals("2026-04-07T24:00:00+08:00",
                 cal.computeDeadline(event, DeadlineRule.workingDays(1), copy).getDue().toIso());
  }

  @Test
  void deadlineRefusesBadInput() {
    assertThrows(InvalidArgumentException.class,
                 () -> cal.computeDeadline(at("2026-04-03"), DeadlineRule.workingDays(0)));
    LocalDateTime bad = LocalDateTime.of(Date.of(2026, 2, 30), 0, 0, 0);
    assertFalse(bad.isValid());
    assertThrows(InvalidArgumentException.class, () -> cal.computeDeadline(bad, DeadlineRule.workingDays(1)));
    DeadlineOptions o = new DeadlineOptions();
    o.setOfficeCloseMinutes(Optional.of(0));
    assertThrows(InvalidArgumentException.class,
                 () -> cal.computeDeadline(at("2026-04-03"), DeadlineRule.workingDays(1), o));
    assertThrows(NullPointerException.class, () -> cal.computeDeadline((LocalDateTime) null, DeadlineRule.workingDays(1)));
    assertThrows(NullPointerException.class, () -> o.setOfficeCloseMinutes(null));
  }

  @Test
  void deadlineKeepsItsDueTimeAlive() {
    LocalDateTime due = cal.computeDeadline(at("2026-04-03"), DeadlineRule.workingDays(1)).getDue();
    Date dayOfFirst = cal.days(d("2026-10-01"), d("2026-10-08"), false).get(0).getDate();
    for (int i = 0; i < 3; i++) {
      System.gc();
      System.runFinalization(); // SWIG frees C++ memory from finalize()
      byte[][] garbage = new byte[64][];
      for (int j = 0; j < garbage.length; j++) garbage[j] = new byte[64 * 1024];
    }
    assertEquals("2026-04-07T24:00:00+08:00", due.toIso());
    assertEquals(d("2026-10-01"), dayOfFirst);
  }

  // ---- coverage and provisional mode -----------------------------------------------

  @Test
  void uncoveredYearsAreRefusedNamingTheYear() {
    assertTrue(cal.covers(2026));
    assertFalse(cal.covers(2027));
    assertTrue(cal.coversRange(d("2020-01-01"), d("2026-12-31")));
    assertFalse(cal.coversRange(ld("2027-01-04"), ld("2026-12-01"))); // either order

    CalendarCoverageException e =
        assertThrows(CalendarCoverageException.class, () -> cal.isWorkingDay(d("2027-01-04")));
    assertEquals(2027, e.getMissingYear());
    assertTrue(e.getMessage().contains("2027"), e.getMessage());
    assertEquals(ErrorCode.INVALID_ARGUMENT, e.getCode());
    assertInstanceOf(GovShareException.class, e);
    assertInstanceOf(InvalidArgumentException.class, e); // as in C++: an invalid argument

    assertEquals(2027, assertThrows(CalendarCoverageException.class,
                                    () -> cal.addWorkingDays(ld("2026-12-28"), 5)).getMissingYear());
    assertEquals(2019, assertThrows(CalendarCoverageException.class,
                                    () -> cal.workingDaysBetween(d("2019-12-01"), d("2020-02-01")))
                           .getMissingYear());
    assertEquals(2027, assertThrows(CalendarCoverageException.class,
                                    () -> cal.computeDeadline(at("2026-12-01"), DeadlineRule.months(1)))
                           .getMissingYear());
    assertThrows(CalendarCoverageException.class, () -> cal.day(ld("2027-01-04")));
    assertThrows(CalendarCoverageException.class,
                 () -> cal.isWorkingDayBatch(List.of(ld("2026-12-31"), ld("2027-01-04")), false));
    assertThrows(CalendarCoverageException.class, () -> cal.days(d("2026-12-30"), d("2027-01-02"), false));
    // A malformed date is an invalid argument, not a coverage error.
    assertThrows(InvalidArgumentException.class, () -> cal.isWorkingDay(Date.of(2026, 2, 30)));
  }

  /** The provisional flag through every overload and back on each value (the prediction is C++'s). */
  @Test
  void provisionalModeIsAskedForAndSaidSo() {
    DayInfo info = cal.day(d("2027-01-01"), true); // 2027 is not loaded
    assertTrue(info.isProvisional());
    assertTrue(info.toString().endsWith("provisional"), info.toString());
    assertFalse(cal.isWorkingDay(ld("2027-01-01"), true));
    assertEquals(ld("2027-01-04"), cal.nextWorkingDay(ld("2027-01-02"), true));
    assertEquals(cal.addWorkingDays(d("2026-12-30"), 5, true).toLocalDate(),
                 cal.addWorkingDays(ld("2026-12-30"), 5, true));

    DeadlineOptions o = new DeadlineOptions();
    assertFalse(o.isProvisional());
    o.setProvisional(true);
    assertTrue(cal.computeDeadline(at("2026-12-25"), DeadlineRule.workingDays(10), o).isProvisional());
    DayInfoList days = cal.days(ld("2026-12-31"), ld("2027-01-01"), true);
    assertFalse(days.get(0).isProvisional());
    assertTrue(days.get(1).isProvisional());
  }

  // ---- loading and local adjustments -----------------------------------------------

  @Test
  void loadingAFurtherYearFromText() {
    String before = cal.version();
    // A hypothetical 2027 notice (for the test; not the real schedule).
    cal.loadText("# test notice\nsource\ttest-2027\nyear\t2027\n"
                 + "2027-01-01\toff\tNewYear\n2027-01-02\toff\tNewYear\n2027-01-03\toff\tNewYear\n"
                 + "2027-02-06\twork\tSpringFestival\n");
    assertTrue(cal.covers(2027));
    assertNotEquals(before, cal.version());
    assertTrue(cal.version().contains("test-2027"), cal.version());
    assertEquals(List.of(2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027), cal.years());
    assertFalse(cal.isWorkingDay(d("2027-01-01")));
    // Another calendar is not affected.
    assertFalse(WorkdayCalendar.builtin().covers(2027));
  }

  @Test
  void addYearIsAPlainMondayToFridayYear() {
    cal.addYear(2027);
    assertTrue(cal.isWorkingDay(ld("2027-01-01")));
    assertFalse(cal.day(ld("2027-01-01")).isProvisional());
    assertThrows(GovShareException.class, () -> cal.addYear(2027)); // already covered
  }

  @Test
  void calendarFilesLoadWithChineseText(@TempDir Path dir) throws IOException {
    String reason = "南通市防汛应急停工一天";
    Path file = dir.resolve("南通-2027.tsv"); // a UTF-8 file name too
    Files.writeString(file, "source\tnantong-2027\nyear\t2027\n2027-06-14\toff\tLocal\t" + reason + "\n",
                      StandardCharsets.UTF_8);
    cal.loadFile(file.toString());
    DayInfo info = cal.day(ld("2027-06-14"));
    assertFalse(info.isWorking());
    assertEquals(Festival.LOCAL, info.getFestival());
    assertEquals("地方调整", GovShare.chineseLabel(info.getFestival()));
    assertEquals(reason, info.getReason());
    assertEquals("2027-06-14 HOLIDAY Local (" + reason + ")", info.toString());

    WorkdayCalendar fromFile = WorkdayCalendar.fromFile(file.toString());
    assertEquals(List.of(2027), fromFile.years());
    assertEquals(reason, fromFile.day(d("2027-06-14")).getReason());
    assertTrue(fromFile.version().startsWith("nantong-2027/2027-2027/"), fromFile.version());
  }

  @Test
  void localOverrideWithReason() {
    String before = cal.version();
    String reason = "南通市防汛应急停工一天（𪚥）"; // outside the BMP too
    cal.override(d("2026-06-15"), false, reason);
    DayInfo info = cal.day(d("2026-06-15"));
    assertFalse(info.isWorking());
    assertEquals(Festival.LOCAL, info.getFestival());
    assertEquals(reason, info.getReason());
    assertNotEquals(before, cal.version());

    cal.override(ld("2026-06-20"), true, "补班"); // a Saturday made a working day (not in the C++ suite)
    assertTrue(cal.isWorkingDay(ld("2026-06-20")));
    assertEquals("补班", cal.day(ld("2026-06-20")).getReason());

    assertThrows(InvalidArgumentException.class, () -> cal.override(d("2026-06-16"), false, ""));
    assertEquals(2027, assertThrows(CalendarCoverageException.class,
                                    () -> cal.override(d("2027-06-16"), false, "x")).getMissingYear());
  }

  @Test
  void badCalendarTextIsRefusedAndChangesNothing() {
    String before = cal.version();
    ParseException e =
        assertThrows(ParseException.class, () -> cal.loadText("year\t2027\n\n2027-01-01\toff\tChristmas\n"));
    assertEquals("calendar:3", e.getPath());
    assertEquals(ErrorCode.PARSE, e.getCode());
    assertEquals(before, cal.version());
    assertFalse(cal.covers(2027));

    IoException io = assertThrows(IoException.class, () -> WorkdayCalendar.fromFile("/no/such/calendar.tsv"));
    assertTrue(io.getMessage().contains("/no/such/calendar.tsv"), io.getMessage());
    assertThrows(IoException.class, () -> cal.loadFile("/no/such/calendar.tsv"));
    assertEquals(before, cal.version());
  }

  @Test
  void anEmptyCalendarCoversNoYear() {
    WorkdayCalendar empty = WorkdayCalendar.empty();
    assertTrue(empty.years().isEmpty());
    assertEquals(2026, assertThrows(CalendarCoverageException.class,
                                    () -> empty.isWorkingDay(d("2026-01-05"))).getMissingYear());
  }

  // ---- batch forms -----------------------------------------------------------------

  @Test
  void batchFormsMatchSingleCalls() {
    DateList dates = new DateList(List.of(d("2026-04-03"), d("2026-10-01"), d("2026-02-14")));
    assertEquals(List.of(true, false, true), cal.isWorkingDayBatch(dates, false));
    assertEquals(List.of(d("2026-04-07"), d("2026-10-08"), d("2026-02-24")),
                 cal.addWorkingDaysBatch(dates, 1, false));
    DateList to = new DateList(List.of(d("2026-04-07"), d("2026-10-08"), d("2026-02-14")));
    assertEquals(List.of(1, 0, 0), cal.workingDaysBetweenBatch(dates, to, false));
    assertThrows(InvalidArgumentException.class,
                 () -> cal.workingDaysBetweenBatch(dates, new DateList(), false));

    // The java.time forms.
    List<LocalDate> local = List.of(ld("2026-04-03"), ld("2026-10-01"), ld("2026-02-14"));
    assertEquals(dates.toLocalDates(), local);
    assertEquals(List.of(true, false, true), cal.isWorkingDayBatch(local, false));
    assertEquals(List.of(ld("2026-04-07"), ld("2026-10-08"), ld("2026-02-24")),
                 cal.addWorkingDaysBatch(local, 1, false));
    assertEquals(List.of(1, 0, 0), cal.workingDaysBetweenBatch(local, to.toLocalDates(), false));
    assertEquals(List.of(), cal.isWorkingDayBatch(List.<LocalDate>of(), false));

    DayInfoList days = cal.days(d("2026-09-30"), d("2026-10-10"), false);
    assertEquals(11, days.size());
    assertEquals(Festival.NATIONAL_DAY, days.get(1).getFestival());
    assertEquals(DayKind.ADJUSTED_WORKDAY, days.get(10).getKind());
    assertEquals("2026-10-10 ADJUSTED_WORKDAY NationalDay", days.get(10).toString());
    List<LocalDate> listed = new ArrayList<>();
    for (DayInfo info : cal.days(ld("2026-09-30"), ld("2026-10-10"), false)) {
      listed.add(info.getDate().toLocalDate());
    }
    assertEquals(ld("2026-09-30").datesUntil(ld("2026-10-11")).toList(), listed);
    assertThrows(InvalidArgumentException.class, () -> cal.days(d("2026-10-10"), d("2026-09-30"), false));
  }

  // ---- names -----------------------------------------------------------------------

  @Test
  void enumsAreJavaEnumsWithTheDocumentedNames() {
    assertEquals("adjusted_workday", GovShare.toString(DayKind.ADJUSTED_WORKDAY));
    assertEquals("weekend", GovShare.toString(DayKind.WEEKEND));
    assertEquals("NationalDay+MidAutumn", GovShare.toString(Festival.NATIONAL_DAY_MID_AUTUMN));
    assertEquals("国庆节、中秋节", GovShare.chineseLabel(Festival.NATIONAL_DAY_MID_AUTUMN));
    assertEquals("春节", GovShare.chineseLabel(Festival.SPRING_FESTIVAL));
    for (Festival f : Festival.values()) {
      assertSame(f, GovShare.parseFestival(GovShare.toString(f)));
    }
    assertThrows(InvalidArgumentException.class, () -> GovShare.parseFestival("Christmas"));
    assertEquals(4, DayKind.ADJUSTED_WORKDAY.swigValue()); // the stable C++ values
    assertEquals(8, Festival.NATIONAL_DAY_MID_AUTUMN.swigValue());
    assertEquals(3, DeadlineUnit.MONTHS.swigValue());
    assertEquals(DeadlineUnit.WORKING_DAYS, new DeadlineRule().getUnit());
    assertEquals(1, new DeadlineRule().getCount());
    assertEquals(DeadlineUnit.MONTHS, DeadlineRule.of(DeadlineUnit.MONTHS, 1).getUnit());
    assertEquals("7 CALENDAR_DAYS", DeadlineRule.calendarDays(7).toString());
  }

  // ---- LocalDateTime and java.time -------------------------------------------------

  @Test
  void localDateTimeParsesShanghaiTimesOnly() {
    assertEquals("2026-10-01T09:30:00+08:00", at("2026-10-01T09:30:00+08:00").toIso());
    assertEquals(30, at("2026-10-01 09:30").getMinute());
    assertEquals("2026-10-01T00:00:00+08:00", at("2026-10-01").toString());
    assertThrows(InvalidArgumentException.class, () -> at("2026-10-01T09:30:00Z"));
    LocalDateTime t = at("2026-10-01T00:30");
    assertEquals(t, LocalDateTime.fromUnixSeconds(t.toUnixSeconds()));
    assertEquals(t.hashCode(), LocalDateTime.fromUnixSeconds(t.toUnixSeconds()).hashCode());
    assertEquals("1970-01-01T08:00:00+08:00", LocalDateTime.fromUnixSeconds(0).toIso());
    assertEquals(t, new LocalDateTime(t));
    assertNotEquals(t, at("2026-10-01T00:31"));
    assertTrue(at("2026-10-01T24:00").isValid());
    assertFalse(LocalDateTime.of(ld("2026-10-01"), 24, 0, 1).isValid());
  }

  @Test
  void localDateTimeConvertsToAndFromJavaTime() {
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    ZoneOffset plus8 = ZoneOffset.ofHours(8);
    assertEquals(shanghai, LocalDateTime.ZONE);
    assertEquals(plus8, LocalDateTime.OFFSET);

    LocalDateTime t = at("2026-04-07T17:30:05");
    assertEquals(ZonedDateTime.of(2026, 4, 7, 17, 30, 5, 0, shanghai), t.toZonedDateTime());
    assertEquals(OffsetDateTime.of(2026, 4, 7, 17, 30, 5, 0, plus8), t.toOffsetDateTime());
    assertEquals(java.time.LocalDateTime.of(2026, 4, 7, 17, 30, 5), t.toJavaLocalDateTime());
    assertEquals(Instant.ofEpochSecond(t.toUnixSeconds()), t.toInstant());

    // 24:00 is the end of the day: 00:00 of the next.
    LocalDateTime endOfDay = cal.computeDeadline(at("2026-04-03"), DeadlineRule.workingDays(1)).getDue();
    assertEquals("2026-04-07T24:00:00+08:00", endOfDay.toIso());
    assertEquals(ZonedDateTime.of(2026, 4, 8, 0, 0, 0, 0, shanghai), endOfDay.toZonedDateTime());
    assertEquals(OffsetDateTime.of(2026, 4, 8, 0, 0, 0, 0, plus8), endOfDay.toOffsetDateTime());
    assertEquals(Instant.ofEpochSecond(endOfDay.toUnixSeconds()), endOfDay.toInstant());
    assertEquals(Instant.parse("2026-04-07T16:00:00Z"), endOfDay.toInstant());
    assertEquals(endOfDay.getDate().toLocalDate().plusDays(1).atStartOfDay(), endOfDay.toJavaLocalDateTime());

    // From java.time: the same instant on the +08:00 clock, to the second (rounded down).
    assertEquals(t, LocalDateTime.fromZoned(ZonedDateTime.of(2026, 4, 7, 17, 30, 5, 999_000_000, shanghai)));
    assertEquals(t, LocalDateTime.fromZoned(ZonedDateTime.of(2026, 4, 7, 9, 30, 5, 0, ZoneOffset.UTC)));
    assertEquals(t, LocalDateTime.fromZoned(ZonedDateTime.of(2026, 4, 7, 11, 30, 5, 0, ZoneId.of("Europe/Berlin"))));
    assertEquals(t, LocalDateTime.fromOffset(OffsetDateTime.of(2026, 4, 7, 9, 30, 5, 0, ZoneOffset.UTC)));
    assertEquals(t, LocalDateTime.fromInstant(Instant.parse("2026-04-07T09:30:05.5Z")));
    assertEquals(t, LocalDateTime.fromJavaLocalDateTime(java.time.LocalDateTime.of(2026, 4, 7, 17, 30, 5, 1)));
    assertEquals(t, LocalDateTime.of(LocalDate.of(2026, 4, 7), 17, 30, 5));
    assertEquals(at("2026-04-08T00:00"), LocalDateTime.fromZoned(endOfDay.toZonedDateTime()));
    assertEquals("1970-01-01T07:59:59+08:00", LocalDateTime.fromInstant(Instant.ofEpochMilli(-1)).toIso());

    // java.time and the C++ Unix-time conversions agree, before and after the epoch.
    for (long s = -400_000_000L; s < 2_000_000_000L; s += 7_777_777L) {
      LocalDateTime x = LocalDateTime.fromUnixSeconds(s);
      assertEquals(Instant.ofEpochSecond(s), x.toInstant());
      assertEquals(x, LocalDateTime.fromInstant(Instant.ofEpochSecond(s)));
      assertEquals(s, x.toUnixSeconds());
    }

    // A deadline as a zoned time, in an event given in another zone.
    ZonedDateTime event = ZonedDateTime.of(2026, 9, 29, 7, 0, 0, 0, ZoneOffset.UTC); // 15:00 in Nantong
    ZonedDateTime due =
        cal.computeDeadline(LocalDateTime.fromZoned(event), DeadlineRule.workingDays(10)).getDue().toZonedDateTime();
    assertEquals(ZonedDateTime.of(2026, 10, 20, 0, 0, 0, 0, shanghai), due);

    assertThrows(DateTimeException.class, () -> LocalDateTime.of(Date.of(2026, 2, 30), 0, 0, 0).toInstant());
    assertThrows(DateTimeException.class, () -> LocalDateTime.of(Date.of(2026, 2, 3), 24, 0, 1).toZonedDateTime());
  }

  // ---- the handle ------------------------------------------------------------------

  @Test
  void calendarsAreIndependentHandles() {
    WorkdayCalendar other = WorkdayCalendar.builtin();
    assertEquals(cal.version(), other.version());
    other.override(ld("2026-06-15"), false, "本地调整");
    assertNotEquals(cal.version(), other.version());
    assertTrue(cal.isWorkingDay(ld("2026-06-15")));
    other.delete(); // releases this handle now; idempotent
    other.delete();
    assertThrows(NullPointerException.class, other::version);
    assertThrows(NullPointerException.class, () -> other.isWorkingDay(ld("2026-06-15")));
    assertNotNull(cal.version());
  }

  @Test
  void concurrentQueriesAgree() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          int total = 0;
          for (int y = 2020; y <= 2026; y++) {
            for (LocalDate l = LocalDate.of(y, 1, 1); l.getYear() == y; l = l.plusDays(1)) {
              if (cal.isWorkingDay(l)) total++;
            }
          }
          return total;
        }));
      }
      int expected = 0;
      for (int n : WORKING_DAYS_PER_YEAR) expected += n;
      for (Future<Integer> r : results) assertEquals(expected, r.get());
    } finally {
      pool.shutdown();
    }
  }
}
