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
// One Platform per thread (C++ contract; the binding adds no locking): open
// several handles on one file for concurrency.
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
// Include after calendar.i (std_shared_ptr.i and its package-private pointer
// constructor come from there) and before govshare/platform_types.h.

%shared_ptr(govshare::Platform)

// A method called on a handle after its delete() is a NullPointerException
// instead of a crash (as WorkdayCalendar's, calendar.i).
%typemap(check) govshare::Platform *self, const govshare::Platform *self %{
  if (!$1) {
    SWIG_JavaThrowException(jenv, SWIG_JavaNullPointerException, "Platform used after delete()");
    return $null;
  }
%}

// The pimpl, C++ only.
%ignore govshare::Platform::Impl;

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
    setTime(LocalDateTime.fromInstant(time));
  }

  /** As {@link #setTime(LocalDateTime)}: the same instant on the +08:00 clock, to the second. */
  public void setTime(java.time.ZonedDateTime time) {
    setTime(LocalDateTime.fromZoned(time));
  }

  /** As {@link #advanceTime(long)}, by the whole seconds of {@code duration} (a fraction is dropped). */
  public void advanceTime(java.time.Duration duration) {
    advanceTime(duration.getSeconds());
  }

  /** As {@link #recordLegalChange(String, String, ObligationKind, String, Date)}. */
  public Obligation recordLegalChange(String actor, String departmentCode, ObligationKind kind,
                                      String description, java.time.LocalDate announcedOn) {
    return recordLegalChange(actor, departmentCode, kind, description, Date.fromLocalDate(announcedOn));
  }

  /** As {@link #reject(String, long, long, ReviewFindingList)}, with any list of reasons. */
  public EntryRecord reject(String actor, long entryId, long rowVersion,
                            java.util.List<ReviewFinding> reasons) {
    return reject(actor, entryId, rowVersion, new ReviewFindingList(reasons));
  }
%}

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
        + (getActive() ? "" : " inactive");
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
    return (getIntact() ? "intact, " + getRecords() + " records"
                        : "broken at " + getFirstBadPosition() + " of " + getRecords() + ": " + getProblem())
        + " (" + getAlgorithm() + ")";
  }
%}
}
