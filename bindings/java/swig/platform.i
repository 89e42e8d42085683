// The platform store (govshare/platform.h, govshare/platform_types.h) in Java.
//
//   PlatformOptions options = PlatformOptions.inMemory();       // or PlatformOptions.file(path)
//   options.setSimulatedTime(Optional.of(LocalDateTime.fromIso("2026-09-01T09:00:00+08:00")));
//   try (Platform p = Platform.open(options)) {
//     p.initialize(Department.of(BUREAU, "南通市大数据管理局", DepartmentLevel.BUREAU),
//                  User.of("admin", "王局", BUREAU, Role.BUREAU_ADMIN));
//     EntryRecord r = p.createDraft("police.op", entry);
//     r = p.submit("police.op", r.getId(), r.getRowVersion());   // pass the row version back
//   }                                                             // close(): the database is closed
//
// Platform is a handle: Open() returns std::shared_ptr, which the proxy holds
// (%shared_ptr, as WorkdayCalendar in calendar.i). Unlike the calendar it holds
// a database file, so it is java.lang.AutoCloseable: close() is C++ Close()
// (idempotent), after which every call that needs the database throws
// StorageException (C++ behaviour; now(), setTime(), calendar() and isOpen()
// still answer). delete() releases the handle at once (no other handle shares
// its C++ Platform, so that closes the database too); any call after delete()
// is a NullPointerException, except close(), which stays a no-op.
// One Platform per process serves every thread (C++ contract, docs/threading.md):
// share it between request threads; the binding adds no locking and needs none.
//
// The records (EntryRecord, EntryVersion, Obligation, Notice, AuditRecord, ...)
// are plain values returned by copy; their std::optional fields read as
// java.util.Optional snapshots (optional.i) and their vectors as java.util.List
// views (std_vector.i, govshare.i). Department, User and ReviewFinding have
// C++ operator== and so equals()/hashCode(); the others compare by identity.
//
// The java.time forms (setTime(Instant), setTime(ZonedDateTime),
// advanceTime(Duration), recordLegalChange(..., LocalDate)) and reject(...,
// List<ReviewFinding>) are one-line Java overloads that convert and call the
// wrapper.
//
// The calendar across the year boundary (docs/calendar.md):
//
//   CalendarState st = p.calendarStatus("admin");           // years, provisional deadlines, warning
//   if (st.isNextYearMissing()) System.out.println(st.getWarning());
//   CalendarLoadReport r = p.loadCalendarYear("admin", text);   // the bureau administrator; audited
//   for (DeadlineChange c : r.getRecomputed())              // every open provisional deadline
//     System.out.println(c);
//   // demand:2 demand_publication @11320600MB1A2B3CXJ 2027-02-09T24:00:00+08:00 provisional
//   //   -> 2027-02-15T24:00:00+08:00 moved
//   p.loadCalendarYear("admin", corrected, "国办发明电〔2026〕X号更正");   // a correction needs a reason
//
// loadCalendarYear(actor, text) is loadCalendarYear(actor, text, "") (a first
// load needs no reason). A bad file is a ParseException whose getPath() is
// calendar:LINE; a correction without a reason an InvalidArgumentException;
// neither changes anything. CalendarYearInfo.loaded_at and
// CalendarState.earliest_provisional_due read as Optional<LocalDateTime>,
// CalendarState.years and CalendarLoadReport.recomputed as List views
// (CalendarYearInfoList, DeadlineChangeList; govshare.i). The four values
// compare by identity and have a toString() for logs.
//
// Include after calendar.i (std_shared_ptr.i and its package-private pointer
// constructor come from there) and before govshare/platform_types.h.

%shared_ptr(govshare::Platform)
// The proxy body of proxies.i (Cleaner, no finalize) instead of std_shared_ptr.i's.
GOVSHARE_PROXY_BODY(govshare::Platform)

// A method called on a handle after its delete() is a NullPointerException
// instead of a crash (as WorkdayCalendar's, calendar.i).
%typemap(check) govshare::Platform *self, const govshare::Platform *self %{
  if (!$1) {
    SWIG_JavaThrowException(jenv, SWIG_JavaNullPointerException, "Platform used after delete()");
    return $null;
  }
%}

// The pimpl, C++ only.

// ---- Platform ------------------------------------------------------------------------------
%typemap(javaclassmodifiers) govshare::Platform "public final class"
%typemap(javainterfaces) govshare::Platform "java.lang.AutoCloseable"
// close() is written in Java below (idempotent also after delete()); C++
// Close() is its private native part.
%rename(closeNative) govshare::Platform::Close;
%javamethodmodifiers govshare::Platform::Close "private";

%typemap(javacode) govshare::Platform %{
  /**
   * Closes the database (C++ {@code Close()}): later calls that need it throw
   * {@link StorageException}. Idempotent, also after {@link #delete()} (which closes the
   * database with the handle). Declares no checked exception, so
   * {@code try (Platform p = Platform.open(options)) { ... }} needs no catch.
   */
  @Override
  public void close() {
    if (getCPtr(this) != 0) {
      closeNative();
    }
  }

  /** As {@link #setTime(LocalDateTime)}: the same instant on the +08:00 clock, to the second. */
  public void setTime(java.time.Instant time) {
    setTime(LocalDateTime.fromInstant(NativeMemory.nonNull(time, "time")));
  }

  /** As {@link #setTime(LocalDateTime)}: the same instant on the +08:00 clock, to the second. */
  public void setTime(java.time.ZonedDateTime time) {
    setTime(LocalDateTime.fromZoned(NativeMemory.nonNull(time, "time")));
  }

  /** As {@link #runHousekeeping(String, LocalDateTime)}, at the same instant on the +08:00 clock. */
  public HousekeepingReport runHousekeeping(String actor, java.time.ZonedDateTime now) {
    return runHousekeeping(actor, LocalDateTime.fromZoned(NativeMemory.nonNull(now, "now")));
  }

  /** As {@link #advanceTime(long)}, by the whole seconds of {@code duration} (a fraction is dropped). */
  public void advanceTime(java.time.Duration duration) {
    advanceTime(NativeMemory.nonNull(duration, "duration").getSeconds());
  }

  /**
   * As {@link #loadCalendarYear(String, String, String)} with no reason: a year not loaded
   * before, or the same schedule again. (Other content for a loaded or shipped year is a
   * correction, which needs a reason: {@link InvalidArgumentException} here.)
   */
  public CalendarLoadReport loadCalendarYear(String actor, String text) {
    return loadCalendarYear(actor, text, "");
  }

  /** As {@link #users(String)} of every department (C++ passes {@code ""}). */
  public UserList users() {
    return users("");
  }

  /** As {@link #mayDo(String, Action, String)} for an action that is not department-scoped. */
  public boolean mayDo(String actor, Action action) {
    return mayDo(actor, action, "");
  }

  /** As {@link #notices(String, boolean)}: every notice of the actor's department, oldest first. */
  public NoticeList notices(String actor) {
    return notices(actor, false);
  }

%}

// ---- CatalogService: java.time and java.util overloads -------------------------------------
%typemap(javacode) govshare::CatalogService %{
  /** As {@link #entries(String, String)} of every provider (C++ passes {@code ""}: any department). */
  public EntryRecordList entries(String actor) {
    return entries(actor, "");
  }

  /** As {@link #obligations(String, String, boolean)} of every department the actor may see. */
  public ObligationList obligations(String actor, boolean unfulfilledOnly) {
    return obligations(actor, "", unfulfilledOnly);
  }

  /** As {@link #recordLegalChange(String, String, ObligationKind, String, Date)}. */
  public Obligation recordLegalChange(String actor, String departmentCode, ObligationKind kind,
                                      String description, java.time.LocalDate announcedOn) {
    return recordLegalChange(actor, departmentCode, kind, description, Date.fromLocalDate(announcedOn));
  }

  /** As {@link #returnCensus(String, String, int, CensusLineList)}, with any list of lines (A11). */
  public Obligation returnCensus(String actor, String departmentCode, int year,
                                 java.util.List<CensusLine> lines) {
    return returnCensus(actor, departmentCode, year, new CensusLineList(lines));
  }

  /** As {@link #reject(String, long, long, ReviewFindingList)}, with any list of reasons. */
  public EntryRecord reject(String actor, long entryId, long rowVersion,
                            java.util.List<ReviewFinding> reasons) {
    return reject(actor, entryId, rowVersion, new ReviewFindingList(reasons));
  }
%}

// ---- RuleQuery: java.time and no Optional parameter ----------------------------------------
%extend govshare::RuleQuery {
%proxycode %{
  /** As {@link #RuleQuery(Duty, Date)}: the rule for {@code duty} on that day. */
  public RuleQuery(Duty duty, java.time.LocalDate on) {
    this(duty, Date.fromLocalDate(NativeMemory.nonNull(on, "on")));
  }

  /** The rule for {@code duty} on that day, for an entry of {@code shareClass}. */
  public RuleQuery(Duty duty, Date on, ShareClass shareClass) {
    this(duty, on, java.util.Optional.of(NativeMemory.nonNull(shareClass, "shareClass")));
  }

  /** As {@link #RuleQuery(Duty, Date, ShareClass)}. */
  public RuleQuery(Duty duty, java.time.LocalDate on, ShareClass shareClass) {
    this(duty, Date.fromLocalDate(NativeMemory.nonNull(on, "on")), shareClass);
  }

  /** The rule for {@code duty} on that day, for an entry of {@code shareClass}, decided by {@code decider}. */
  public RuleQuery(Duty duty, Date on, ShareClass shareClass, Decider decider) {
    this(duty, on, java.util.Optional.of(NativeMemory.nonNull(shareClass, "shareClass")), decider);
  }

  /** As {@link #RuleQuery(Duty, Date, ShareClass, Decider)}. */
  public RuleQuery(Duty duty, java.time.LocalDate on, ShareClass shareClass, Decider decider) {
    this(duty, Date.fromLocalDate(NativeMemory.nonNull(on, "on")), shareClass, decider);
  }
%}
}

// ---- PlatformOptions: factories ------------------------------------------------------------
%extend govshare::PlatformOptions {
%proxycode %{
  /** Options of a private in-memory platform ({@code ":memory:"}); the rest at their defaults. */
  public static PlatformOptions inMemory() {
    return file(":memory:");
  }

  /** Options of the platform file at {@code path}; the rest at their defaults. */
  public static PlatformOptions file(String path) {
    PlatformOptions options = new PlatformOptions();
    options.setPath(path);
    return options;
  }

  /** As {@link #file(String)}. */
  public static PlatformOptions file(java.nio.file.Path path) {
    return file(path.toString());
  }
%}
}

// ---- value types: factories and toString() ----------------------------------------------
// (equals/hashCode from GOVSHARE_VALUE_TYPE in govshare.i)
%extend govshare::Department {
%proxycode %{
  /** A department that has no parent body (the bureau, a municipal department, a county platform). */
  public static Department of(String code, String name, DepartmentLevel level) {
    return of(code, name, level, "");
  }

  /** A department; {@code parentCode} names the county platform of a county department. */
  public static Department of(String code, String name, DepartmentLevel level, String parentCode) {
    Department department = new Department();
    department.setCode(code);
    department.setName(name);
    department.setLevel(level);
    department.setParentCode(parentCode);
    return department;
  }

  /** E.g. {@code 11320600MB1A2B3CXJ 南通市公安局 (municipal)}, for logs and test messages. */
  @Override
  public String toString() {
    String parent = getParentCode();
    return getCode() + " " + getName() + " (" + GovShare.toString(getLevel())
        + (parent.isEmpty() ? "" : " of " + parent) + ")";
  }
%}
}

%extend govshare::User {
%proxycode %{
  /** An active user of department {@code departmentCode} with these roles. */
  public static User of(String id, String name, String departmentCode, Role... roles) {
    User user = new User();
    user.setId(id);
    user.setName(name);
    user.setDepartmentCode(departmentCode);
    user.setRoles(new RoleList(roles));
    user.setActive(true);
    return user;
  }

  /** E.g. {@code police.op 张明 @11320600MB1A2B3CXJ [DEPT_OPERATOR]}, for logs and test messages. */
  @Override
  public String toString() {
    return getId() + " " + getName() + " @" + getDepartmentCode() + " " + getRoles()
        + (isActive() ? "" : " inactive");
  }
%}
}

%extend govshare::ReviewFinding {
%proxycode %{
  /** A reason of a rejection: the field ({@code items[2].length}, may be empty) and what is wrong. */
  public static ReviewFinding of(String path, String reason) {
    ReviewFinding finding = new ReviewFinding();
    finding.setPath(path);
    finding.setReason(reason);
    return finding;
  }

  /** {@code path: reason}, for logs and test messages. */
  @Override
  public String toString() {
    return getPath().isEmpty() ? getReason() : getPath() + ": " + getReason();
  }
%}
}

%extend govshare::AuditVerification {
%proxycode %{
  /** E.g. {@code intact, 13 records (SHA256)} or {@code broken at 5 of 13: ...}, for test messages. */
  @Override
  public String toString() {
    return (isIntact() ? "intact, " + getRecords() + " records"
                        : "broken at " + getFirstBadPosition() + " of " + getRecords() + ": " + getProblem())
        + " (" + getAlgorithm() + ")";
  }
%}
}

// ---- the calendar across the year boundary: toString() ----------------------------------
%extend govshare::DeadlineChange {
%proxycode %{
  /**
   * E.g. {@code demand:2 demand_publication @11320600MB1A2B3CXJ 2027-02-09T24:00:00+08:00 ->
   * 2027-02-15T24:00:00+08:00 moved}, with {@code provisional} after a provisional deadline and
   * {@code overdue} at the end when the new one has passed; for logs and test messages.
   */
  @Override
  public String toString() {
    Deadline before = getBefore();
    Deadline after = getAfter();
    return getObject() + " " + getWhat() + " @" + getDepartmentCode() + " " + before.getDue()
        + (before.isProvisional() ? " provisional" : "") + " -> " + after.getDue()
        + (after.isProvisional() ? " provisional" : "") + (isMoved() ? " moved" : " same")
        + (isOverdue() ? " overdue" : "");
  }
%}
}

%extend govshare::CalendarLoadReport {
%proxycode %{
  /**
   * E.g. {@code 2027 loaded (sha256 5c1f0e9a…): 6 deadlines recomputed, 3 moved} ({@code loaded},
   * {@code corrected} or {@code unchanged}), for logs and test messages.
   */
  @Override
  public String toString() {
    String digest = getDigest();
    long moved = getRecomputed().stream().filter(DeadlineChange::isMoved).count();
    return getYear() + " " + (!isChanged() ? "unchanged" : isCorrection() ? "corrected" : "loaded")
        + " (sha256 " + (digest.length() > 8 ? digest.substring(0, 8) + "…" : digest) + "): "
        + getRecomputed().size() + " deadlines recomputed, " + moved + " moved";
  }
%}
}

%extend govshare::CalendarYearInfo {
%proxycode %{
  /**
   * E.g. {@code 2026 builtin (sha256 0b7e44c2…)} or {@code 2027 loaded (sha256 5c1f0e9a…) by admin
   * at 2027-02-01T10:00:00+08:00 (reason)}, for logs and test messages.
   */
  @Override
  public String toString() {
    String digest = getDigest();
    return getYear() + " " + getOrigin() + " (sha256 "
        + (digest.length() > 8 ? digest.substring(0, 8) + "…" : digest) + ")"
        + (getLoadedBy().isEmpty() ? "" : " by " + getLoadedBy())
        + getLoadedAt().map(t -> " at " + t).orElse("")
        + (getReason().isEmpty() ? "" : " (" + getReason() + ")");
  }
%}
}

%extend govshare::CalendarState {
%proxycode %{
  /**
   * E.g. {@code 2020-2026 as of 2026-12-01T09:00:00+08:00: 3 provisional open (earliest
   * 2027-01-04T24:00:00+08:00), first unloaded 2027-01-01; warning: ...}, for logs and test
   * messages.
   */
  @Override
  public String toString() {
    // The years as runs: 2020-2027, or 2020-2026, 2030.
    StringBuilder covered = new StringBuilder();
    int first = 0;
    int last = 0;
    for (CalendarYearInfo info : getYears()) {
      int year = info.getYear();
      if (first != 0 && year == last + 1) {
        last = year;
        continue;
      }
      appendYears(covered, first, last);
      first = year;
      last = year;
    }
    appendYears(covered, first, last);
    return (covered.length() == 0 ? "no year" : covered.toString()) + " as of " + getAsOf() + ": "
        + getProvisionalOpen() + " provisional open"
        + getEarliestProvisionalDue().map(t -> " (earliest " + t + ")").orElse("")
        + ", first unloaded " + getFirstUnloadedDate()
        + (getWarning().isEmpty() ? "" : "; warning: " + getWarning());
  }

  /** Appends {@code first-last} (or {@code first} alone) to {@code s}, after a comma if needed; nothing for 0. */
  private static void appendYears(StringBuilder s, int first, int last) {
    if (first == 0) return;
    if (s.length() > 0) s.append(", ");
    s.append(first);
    if (last != first) s.append('-').append(last);
  }
%}
}
