// The working-day calendar (govshare/calendar.h) in Java.
//
//   WorkdayCalendar cal = WorkdayCalendar.builtin();        // 2020–2026 State Council schedule
//   LocalDate due = cal.addWorkingDays(LocalDate.of(2026, 9, 30), 10);    // 2026-10-20
//   Deadline d = cal.computeDeadline(LocalDateTime.fromIso("2026-01-23"), DeadlineRule.months(1));
//   ZonedDateTime end = d.getDue().toZonedDateTime();       // 2026-02-25T00:00+08:00[Asia/Shanghai]
//
// WorkdayCalendar is a handle: the C++ factories return std::shared_ptr, which
// the proxy holds (%shared_ptr). It is not AutoCloseable: it owns memory only,
// no file or lock, so the garbage collector may free it like any value proxy;
// delete() releases this handle at once. One calendar may be queried from many
// threads, but loadText/loadFile/addYear/loadYear/override must not run
// concurrently with anything else on it (C++ contract; the binding adds no
// locking).
//
// Every method taking a Date also takes a java.time.LocalDate (one-line Java
// overloads that convert and call the wrapper, no logic of their own); the
// LocalDate forms of nextWorkingDay/addWorkingDays return a LocalDate and the
// batch forms take and give java.util.List<LocalDate>.
//
// org.govshare.LocalDateTime keeps its C++ name, which java.time also uses:
// `import java.time.*; import org.govshare.*;` makes the simple name ambiguous
// (a compile error where it is used), and inside package org.govshare
// `import java.time.LocalDateTime` wins. Code using both imports one by name
// and writes the other in full. The adapters are named so that no call needs
// java.time's simple name: fromZoned/fromOffset/fromInstant/
// fromJavaLocalDateTime and toZonedDateTime/toOffsetDateTime/toInstant/
// toJavaLocalDateTime.
//
// Years beyond the shipped data (docs/calendar.md): the free functions of
// calendar.h are static methods of GovShare, as AddMonths and Weekday are
// (GovShare.addMonths, GovShare.weekday):
//
//   YearSchedule y = GovShare.parseYearSchedule(text, "2027.tsv");  // ParseException naming 2027.tsv:LINE
//   cal.loadYear(y);                                       // or p.loadCalendarYear(actor, text) (platform.i)
//   cal.schedule(2027).getDigest();                        // equal to y.getDigest()
//   WorkdayCalendar copy = cal.clone();                    // an independent calendar
//   for (DayInfo d : GovShare.statutoryHolidays(2027))     // 13 days, 元旦 .. 国庆, before any 调休
//     System.out.println(d);                               // 2027-02-05 HOLIDAY SpringFestival provisional
//   GovShare.predictableYears();                           // IntList, the festival table's years
//   GovShare.predictionVersion();                          // recorded after " + " in a provisional Deadline
//
// They stay on GovShare rather than on WorkdayCalendar: none reads a calendar
// (the statutory holidays are the law's, whatever a calendar has loaded), and
// GovShare is where every free function of the API is (loader.i). clone() is
// a public override of Object.clone() with a covariant result, as
// java.util.ArrayList's: no Cloneable, no CloneNotSupportedException.
// YearSchedule is a plain value (no C++ operator==: compare getDigest(),
// which ignores comments and sources) with a toString() for logs.
//
// Include before govshare/calendar.h (the %shared_ptr must precede the class).

// The handle's pointer constructor and getCPtr package-private, as every other
// proxy's (proxies.i), instead of std_shared_ptr.i's protected.
#define SWIG_SHARED_PTR_TYPEMAPS(CONST, TYPE...) SWIG_SHARED_PTR_TYPEMAPS_IMPLEMENTATION(, , CONST, TYPE)
%include <std_shared_ptr.i>
%shared_ptr(govshare::WorkdayCalendar)
// The proxy body of proxies.i (Cleaner, no finalize) instead of std_shared_ptr.i's.
GOVSHARE_PROXY_BODY(govshare::WorkdayCalendar)
%typemap(javain) std::shared_ptr<govshare::WorkdayCalendar>, const std::shared_ptr<govshare::WorkdayCalendar> &
  "WorkdayCalendar.getCPtr(NativeMemory.nonNull($javainput, \"$javainput\"))"

// A method called on a handle after its delete() is a NullPointerException
// instead of a crash (the shared_ptr typemaps hand C++ a null `this`). (The
// destructor's wrapper gets the check too; it never fires, as delete() calls
// it only with a live handle.)
%typemap(check) govshare::WorkdayCalendar *self, const govshare::WorkdayCalendar *self %{
  if (!$1) {
    SWIG_JavaThrowException(jenv, SWIG_JavaNullPointerException, "WorkdayCalendar used after delete()");
    return $null;
  }
%}

// Mapped to CalendarCoverageException by exceptions.i.
%ignore govshare::CalendarCoverageError;
// The pimpl, C++ only.
%ignore govshare::WorkdayCalendar::Impl;

// ---- WorkdayCalendar -------------------------------------------------------------
%typemap(javaclassmodifiers) govshare::WorkdayCalendar "public final class"
// Clone() overrides Object.clone() (public, covariant, no checked exception).
%javamethodmodifiers govshare::WorkdayCalendar::Clone "@Override public"

%typemap(javacode) govshare::WorkdayCalendar %{
  /** As {@link #computeDeadline(LocalDateTime, DeadlineRule)}, from the same instant on the +08:00 clock. */
  public Deadline computeDeadline(java.time.ZonedDateTime event, DeadlineRule rule) {
    return computeDeadline(LocalDateTime.fromZoned(NativeMemory.nonNull(event, "event")), rule);
  }

  /** As {@link #computeDeadline(LocalDateTime, DeadlineRule, DeadlineOptions)}. */
  public Deadline computeDeadline(java.time.ZonedDateTime event, DeadlineRule rule, DeadlineOptions options) {
    return computeDeadline(LocalDateTime.fromZoned(NativeMemory.nonNull(event, "event")), rule, options);
  }

  /** True when every year from {@code a}'s to {@code b}'s is loaded; see {@link #coversRange(Date, Date)}. */
  public boolean coversRange(java.time.LocalDate a, java.time.LocalDate b) {
    return coversRange(Date.fromLocalDate(a), Date.fromLocalDate(b));
  }

  /** As {@link #override(Date, boolean, String)}. */
  public void override(java.time.LocalDate date, boolean working, String reason) {
    override(Date.fromLocalDate(date), working, reason);
  }

  /** As {@link #day(Date)}. */
  public DayInfo day(java.time.LocalDate date) {
    return day(Date.fromLocalDate(date));
  }

  /** As {@link #day(Date, boolean)}. */
  public DayInfo day(java.time.LocalDate date, boolean provisional) {
    return day(Date.fromLocalDate(date), provisional);
  }

  /** As {@link #isWorkingDay(Date)}. */
  public boolean isWorkingDay(java.time.LocalDate date) {
    return isWorkingDay(Date.fromLocalDate(date));
  }

  /** As {@link #isWorkingDay(Date, boolean)}. */
  public boolean isWorkingDay(java.time.LocalDate date, boolean provisional) {
    return isWorkingDay(Date.fromLocalDate(date), provisional);
  }

  /** As {@link #nextWorkingDay(Date)}. */
  public java.time.LocalDate nextWorkingDay(java.time.LocalDate date) {
    return nextWorkingDay(Date.fromLocalDate(date)).toLocalDate();
  }

  /** As {@link #nextWorkingDay(Date, boolean)}. */
  public java.time.LocalDate nextWorkingDay(java.time.LocalDate date, boolean provisional) {
    return nextWorkingDay(Date.fromLocalDate(date), provisional).toLocalDate();
  }

  /** As {@link #addWorkingDays(Date, int)}: {@code addWorkingDays(LocalDate.of(2026, 4, 3), 1)} is 2026-04-07. */
  public java.time.LocalDate addWorkingDays(java.time.LocalDate date, int n) {
    return addWorkingDays(Date.fromLocalDate(date), n).toLocalDate();
  }

  /** As {@link #addWorkingDays(Date, int, boolean)}. */
  public java.time.LocalDate addWorkingDays(java.time.LocalDate date, int n, boolean provisional) {
    return addWorkingDays(Date.fromLocalDate(date), n, provisional).toLocalDate();
  }

  /** As {@link #workingDaysBetween(Date, Date)}: the working days in {@code [from, to)}. */
  public int workingDaysBetween(java.time.LocalDate from, java.time.LocalDate to) {
    return workingDaysBetween(Date.fromLocalDate(from), Date.fromLocalDate(to));
  }

  /** As {@link #workingDaysBetween(Date, Date, boolean)}. */
  public int workingDaysBetween(java.time.LocalDate from, java.time.LocalDate to, boolean provisional) {
    return workingDaysBetween(Date.fromLocalDate(from), Date.fromLocalDate(to), provisional);
  }

  /** As {@link #isWorkingDayBatch(DateList, boolean)}, in the order of {@code dates}. */
  public BoolList isWorkingDayBatch(java.util.List<java.time.LocalDate> dates, boolean provisional) {
    return isWorkingDayBatch(DateList.fromLocalDates(dates), provisional);
  }

  /** As {@link #addWorkingDaysBatch(DateList, int, boolean)}, in the order of {@code dates}. */
  public java.util.List<java.time.LocalDate> addWorkingDaysBatch(
      java.util.List<java.time.LocalDate> dates, int n, boolean provisional) {
    return addWorkingDaysBatch(DateList.fromLocalDates(dates), n, provisional).toLocalDates();
  }

  /** As {@link #workingDaysBetweenBatch(DateList, DateList, boolean)}. */
  public IntList workingDaysBetweenBatch(java.util.List<java.time.LocalDate> from,
                                         java.util.List<java.time.LocalDate> to, boolean provisional) {
    return workingDaysBetweenBatch(DateList.fromLocalDates(from), DateList.fromLocalDates(to), provisional);
  }

  /** As {@link #days(Date, Date, boolean)}: every day from {@code from} to {@code to} inclusive. */
  public DayInfoList days(java.time.LocalDate from, java.time.LocalDate to, boolean provisional) {
    return days(Date.fromLocalDate(from), Date.fromLocalDate(to), provisional);
  }
%}

// ---- DateList: java.time.LocalDate lists ---------------------------------------------
%typemap(javacode) std::vector<govshare::Date> %{
  /** A new list of the same days as {@code dates}, in order. */
  public static DateList fromLocalDates(java.util.Collection<java.time.LocalDate> dates) {
    DateList list = new DateList();
    list.reserve(dates.size());
    for (java.time.LocalDate date : dates) {
      list.add(Date.fromLocalDate(date));
    }
    return list;
  }

  /**
   * The days as a new {@code List<LocalDate>}, in order.
   *
   * @throws java.time.DateTimeException when an element is not a real date
   */
  public java.util.List<java.time.LocalDate> toLocalDates() {
    java.util.List<java.time.LocalDate> out = new java.util.ArrayList<>(size());
    for (Date date : this) {
      out.add(date.toLocalDate());
    }
    return out;
  }
%}

// ---- LocalDateTime: java.time adapters, value equality -----------------------------
%typemap(javacode) govshare::LocalDateTime %{
  /** The offset of every LocalDateTime: UTC+08:00 (China Standard Time, no daylight saving). */
  public static final java.time.ZoneOffset OFFSET = java.time.ZoneOffset.ofHours(8);

  /** The zone {@link #toZonedDateTime()} gives: {@code Asia/Shanghai}. */
  public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

  /** A date-time with these fields (not checked: see {@link #isValid()}). */
  public static LocalDateTime of(Date date, int hour, int minute, int second) {
    LocalDateTime t = new LocalDateTime();
    t.setDate(date);
    t.setHour(hour);
    t.setMinute(minute);
    t.setSecond(second);
    return t;
  }

  /** A date-time with these fields (not checked: see {@link #isValid()}). */
  public static LocalDateTime of(java.time.LocalDate date, int hour, int minute, int second) {
    return of(Date.fromLocalDate(date), hour, minute, second);
  }

  /**
   * The same wall-clock time, read as Asia/Shanghai time; fractions of a second are
   * dropped.
   */
  public static LocalDateTime fromJavaLocalDateTime(java.time.LocalDateTime time) {
    return of(time.toLocalDate(), time.getHour(), time.getMinute(), time.getSecond());
  }

  /** The same instant on the +08:00 clock; fractions of a second are dropped (rounded down). */
  public static LocalDateTime fromOffset(java.time.OffsetDateTime time) {
    return fromJavaLocalDateTime(time.withOffsetSameInstant(OFFSET).toLocalDateTime());
  }

  /**
   * The same instant on the +08:00 clock, whatever the zone of {@code time}; fractions of
   * a second are dropped (rounded down).
   */
  public static LocalDateTime fromZoned(java.time.ZonedDateTime time) {
    return fromOffset(time.toOffsetDateTime());
  }

  /** The same instant on the +08:00 clock, to the second (rounded down). */
  public static LocalDateTime fromInstant(java.time.Instant instant) {
    return fromOffset(instant.atOffset(OFFSET));
  }

  /**
   * The wall-clock time as a {@code java.time.LocalDateTime}; 24:00:00 (the end of
   * {@link #getDate()}) becomes 00:00:00 of the next day.
   *
   * @throws java.time.DateTimeException when this date-time is not valid ({@link #isValid()})
   */
  public java.time.LocalDateTime toJavaLocalDateTime() {
    java.time.LocalDate day = getDate().toLocalDate();
    if (getHour() == 24 && getMinute() == 0 && getSecond() == 0) {
      return day.plusDays(1).atStartOfDay();
    }
    return day.atTime(getHour(), getMinute(), getSecond());
  }

  /**
   * This time at +08:00, e.g. 2026-04-07T24:00:00+08:00 as 2026-04-08T00:00+08:00.
   *
   * @throws java.time.DateTimeException when this date-time is not valid
   */
  public java.time.OffsetDateTime toOffsetDateTime() {
    return toJavaLocalDateTime().atOffset(OFFSET);
  }

  /**
   * This instant in the zone Asia/Shanghai. The instant is always that of +08:00 (as
   * {@link #toUnixSeconds()}); for today's dates the wall-clock fields are the same, but
   * for the few historical times the tz database gives Asia/Shanghai another offset
   * (daylight saving 1986–1991, local mean time before 1901) they differ.
   *
   * @throws java.time.DateTimeException when this date-time is not valid
   */
  public java.time.ZonedDateTime toZonedDateTime() {
    return toOffsetDateTime().atZoneSameInstant(ZONE);
  }

  /**
   * This instant.
   *
   * @throws java.time.DateTimeException when this date-time is not valid
   */
  public java.time.Instant toInstant() {
    return toOffsetDateTime().toInstant();
  }

  /** True when {@code other} is a {@code LocalDateTime} with the same fields (24:00 is not 00:00 of the next day). */
  @Override
  public boolean equals(Object other) {
    return other == this || (other instanceof LocalDateTime && nativeEquals((LocalDateTime) other));
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(getDate(), getHour(), getMinute(), getSecond());
  }

  /** {@code YYYY-MM-DDTHH:MM:SS+08:00}, as {@link #toIso()}. */
  @Override
  public String toString() {
    return toIso();
  }
%}

// ---- DeadlineRule: factories ---------------------------------------------------------
%typemap(javacode) govshare::DeadlineRule %{

  /** True when {@code other} is a {@code DeadlineRule} with the same value (C++ {@code operator==}). */
  @Override
  public boolean equals(Object other) {
    return other == this || (other instanceof DeadlineRule && nativeEquals((DeadlineRule) other));
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(getUnit(), getCount());
  }
  /** {@code count} units. */
  public static DeadlineRule of(DeadlineUnit unit, int count) {
    DeadlineRule rule = new DeadlineRule();
    rule.setUnit(unit);
    rule.setCount(count);
    return rule;
  }

  /** {@code count} working days (A11 15, A21 1, A22 10, A23 2, A25 10). */
  public static DeadlineRule workingDays(int count) {
    return of(DeadlineUnit.WORKING_DAYS, count);
  }

  /** {@code count} calendar days. */
  public static DeadlineRule calendarDays(int count) {
    return of(DeadlineUnit.CALENDAR_DAYS, count);
  }

  /** {@code count} months (A25 1, A26 3). */
  public static DeadlineRule months(int count) {
    return of(DeadlineUnit.MONTHS, count);
  }

  /** E.g. {@code 10 WORKING_DAYS}. */
  @Override
  public String toString() {
    return getCount() + " " + getUnit();
  }
%}

// ---- readable toString() of the results -----------------------------------------------
%typemap(javacode) govshare::DayInfo %{

  /** True when {@code other} is a {@code DayInfo} with the same value (C++ {@code operator==}). */
  @Override
  public boolean equals(Object other) {
    return other == this || (other instanceof DayInfo && nativeEquals((DayInfo) other));
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(getDate(), getKind(), isWorking());
  }
  /** E.g. {@code 2026-10-01 HOLIDAY NationalDay}, for logs and test messages. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    s.append(getDate()).append(' ').append(getKind());
    if (getFestival() != Festival.NONE) s.append(' ').append(GovShare.toString(getFestival()));
    if (!getReason().isEmpty()) s.append(" (").append(getReason()).append(')');
    if (isProvisional()) s.append(" provisional");
    return s.toString();
  }
%}

// ---- YearSchedule: toString() ----------------------------------------------------------
%typemap(javacode) govshare::YearSchedule %{
  /**
   * E.g. {@code 2027: 34 days from example-2027 (not an official notice) (sha256 5c1f0e9a…)},
   * for logs and test messages.
   */
  @Override
  public String toString() {
    String digest = getDigest();
    StringList sources = getSources();
    return getYear() + ": " + getDays().size() + " days"
        + (sources.isEmpty() ? "" : " from " + String.join(", ", sources))
        + " (sha256 " + (digest.length() > 8 ? digest.substring(0, 8) + "…" : digest) + ")";
  }
%}

%typemap(javacode) govshare::Deadline %{

  /** True when {@code other} is a {@code Deadline} with the same value (C++ {@code operator==}). */
  @Override
  public boolean equals(Object other) {
    return other == this || (other instanceof Deadline && nativeEquals((Deadline) other));
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(getCalendarVersion(), isProvisional());
  }
  /** E.g. {@code 2026-04-07T24:00:00+08:00 [cn-state-council/...]}, for logs and test messages. */
  @Override
  public String toString() {
    return getDue() + " [" + getCalendarVersion() + "]" + (isProvisional() ? " provisional" : "");
  }
%}
