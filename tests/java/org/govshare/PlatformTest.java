package org.govshare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The platform store through the Java binding, with the data of tests/cpp/platform_test.cpp:
 * the Java surface (AutoCloseable handle, Optional fields, List views, java.time overloads,
 * value equality, exception classes) and the catalog lifecycle end to end. The rules
 * (permissions, transitions, audit tampering) are tested in C++. {@code LocalDateTime} is
 * org.govshare.LocalDateTime.
 */
class PlatformTest {
  // The codes of tests/cpp/platform_test.cpp (valid GB 32100 check characters).
  static final String BUREAU = "11320600MB1T01108B"; // 南通市大数据管理局
  static final String POLICE = "11320600MB1A2B3CXJ"; // 南通市公安局 (CatalogTest's provider)
  static final String CIVIL = "11320600MB1T01044D"; // 南通市民政局
  static final String RUGAO_PLATFORM = "11320682MB1R030051"; // 如皋市 county platform
  static final String RUGAO_DEPT = "11320682MB1R04008H"; // a 如皋市 department
  static final String NEW_DEPT = "11320600MB1T011241"; // 南通市信访局, not registered

  static final String START = "2026-09-01T09:00:00+08:00";

  private Platform p;

  // ---- helpers ---------------------------------------------------------------------

  /**
   * The platform at {@code path} (on PostgreSQL, its schema: {@link TestStore}) on a
   * simulated clock starting at {@link #START}.
   */
  static PlatformOptions options(String path) {
    PlatformOptions o = PlatformOptions.file(TestStore.of(path));
    o.setSimulatedTime(Optional.of(LocalDateTime.fromIso(START)));
    return o;
  }

  static String tempDb(Path dir, String name) {
    return dir.resolve("govshare-" + name + ".db").toString();
  }

  static Department bureau() {
    return Department.of(BUREAU, "南通市大数据管理局", DepartmentLevel.BUREAU);
  }

  static User administrator() {
    return User.of("admin", "王局", BUREAU, Role.BUREAU_ADMIN);
  }

  /**
   * A small city: the bureau, 公安局, 民政局, the 如皋市 platform and one of its departments,
   * with users in every role (SeedCity of the C++ test).
   */
  static void seedCity(Platform p) {
    p.initialize(bureau(), administrator());
    p.addUser("admin", User.of("reviewer", "李审", BUREAU, Role.BUREAU_REVIEWER));
    p.addUser("admin", User.of("auditor", "赵审计", BUREAU, Role.AUDITOR));
    p.addDepartment("admin", Department.of(POLICE, "南通市公安局", DepartmentLevel.MUNICIPAL));
    p.addDepartment("admin", Department.of(CIVIL, "南通市民政局", DepartmentLevel.MUNICIPAL));
    p.addDepartment("admin",
                    Department.of(RUGAO_PLATFORM, "如皋市大数据管理局", DepartmentLevel.COUNTY_PLATFORM));
    p.addDepartment("admin", Department.of(RUGAO_DEPT, "如皋市行政审批局", DepartmentLevel.COUNTY,
                                           RUGAO_PLATFORM));
    p.addUser("admin", User.of("police.admin", "公安管理员", POLICE, Role.DEPT_ADMIN));
    p.addUser("police.admin", User.of("police.op", "张明", POLICE, Role.DEPT_OPERATOR));
    p.addUser("admin", User.of("police.leader", "陈处", POLICE, Role.DEPT_LEADER));
    p.addUser("admin", User.of("civil.op", "刘芳", CIVIL, Role.DEPT_OPERATOR));
    p.addUser("admin", User.of("civil.leader", "周处", CIVIL, Role.DEPT_LEADER));
    p.addUser("admin", User.of("rugao.admin", "如皋管理员", RUGAO_PLATFORM,
                               Role.DEPT_ADMIN, Role.DEPT_OPERATOR, Role.DEPT_LEADER));
  }

  /** The valid conditional entry of the C++ tests, without a code (the bureau assigns it). */
  /**
   * 户籍人口基本信息 published by 公安局 with 民政局 named in its scope (A8), and 民政局's authorization on
   * {@code items} from 2026-09-01 to {@code until}, applied, accepted and granted (A21–A23): {entry id,
   * authorization id}. The city is {@link #seedCity}'s, its clock at {@link #START}.
   */
  static long[] civilGrant(Platform p, List<String> items, Date until) {
    CatalogEntry e = policeEntry();
    e.getShare().getScope().setDepartments(new StringList(List.of(CIVIL)));
    EntryRecord r = p.catalog().createDraft("police.op", e);
    r = p.catalog().submit("police.op", r.getId(), r.getRowVersion());
    r = p.catalog().approve("reviewer", r.getId(), r.getRowVersion());
    long entry = p.catalog().publish("police.leader", r.getId(), r.getRowVersion()).getId();
    ApplicationRequest a = new ApplicationRequest();
    a.setEntryId(entry);
    a.setItems(new StringList(items));
    a.setPurpose("低保核对");
    a.setLegalDuty("《社会救助暂行办法》第十一条");
    a.setMethod(ShareMethod.API);
    a.setValidFrom(Date.of(2026, 9, 1));
    a.setValidUntil(until);
    a.setScan(ScanDocument.of("申请表.pdf", "a".repeat(64), 1024));
    Application app = p.sharing().apply("civil.op", a);
    app = p.sharing().acceptApplication("reviewer", app.getId(), app.getRowVersion());
    app = p.sharing().grantApplication("police.leader", app.getId(), app.getRowVersion(), new GrantTerms());
    return new long[] {entry, app.getAuthorizationId()};
  }

  static CatalogEntry policeEntry() {
    CatalogEntry e = CatalogTest.validConditionalEntry();
    e.setCode("");
    return e;
  }

  /** The valid unconditional entry of the C++ tests (test_util.cpp), without a code. */
  static CatalogEntry unconditionalEntry() {
    CatalogEntry e = new CatalogEntry();
    e.setName("市场主体登记信息");
    e.setSummary("全市各类市场主体的登记注册信息，包括企业名称、统一社会信用代码、法定代表人、注册资本和登记状态。");
    Provider provider = new Provider();
    provider.setCode("91320612MA1W2K3L4P");
    provider.setName("南通市市场监督管理局");
    e.setProvider(provider);
    e.setSystemName("江苏省市场监管信息平台");
    Classification c = new Classification();
    c.setCategory(ResourceCategory.BASIC);
    c.setDomain("02");
    c.setGroup("001");
    e.setClassification(c);
    e.setTopics(new StringList(List.of("法人", "市场监管")));
    e.setIndustry("公共管理、社会保障和社会组织");
    e.getFormat().setFormatClass(FormatClass.DATABASE);
    e.getFormat().setType("Dm");
    DataItem code = CatalogTest.item("统一社会信用代码", DataType.CHARACTER, 18);
    code.setNullable(false);
    code.setPersonalInfo(PersonalInfoKind.CREDIT_CODE);
    DataItem name = CatalogTest.item("企业名称", DataType.CHARACTER, 200);
    DataItem capital = CatalogTest.item("注册资本(万元)", DataType.NUMERIC, 18);
    capital.setScale(6);
    DataItem status = CatalogTest.item("登记状态", DataType.CHARACTER, 2);
    status.setCodeTable("登记状态代码");
    DataItem founded = CatalogTest.item("成立日期", DataType.DATE, 8);
    e.setItems(new DataItemList(List.of(code, name, capital, status, founded)));
    CodeTable table = new CodeTable();
    table.setId("登记状态代码");
    table.setName("登记状态代码");
    for (String[] v : new String[][] {{"01", "存续"}, {"02", "吊销"}, {"03", "注销"}}) {
      CodeValue value = new CodeValue();
      value.setCode(v[0]);
      value.setLabel(v[1]);
      table.getValues().add(value);
    }
    e.getDictionary().add(table);
    e.setDataStandard("GB/T 19488.1-2004 电子政务数据元");
    ShareAttribute share = e.getShare();
    share.setShareClass(ShareClass.UNCONDITIONAL);
    share.getMethods().addAll(List.of(ShareMethod.TABLE, ShareMethod.API));
    share.setFrontDatabase("市场监管局共享前置库");
    share.setForAnalysis(true);
    share.setAuthorizationMode(Optional.of(AuthorizationMode.PLATFORM_DIRECT));
    e.getOpen().setOpenClass(OpenClass.UNCONDITIONAL);
    e.getOpen().setMethod("数据下载、接口访问");
    e.setUpdateCycle(UpdateCycle.DAILY);
    e.setPublishDate(Optional.of(Date.of(2021, 3, 15)));
    return e;
  }

  /** Draft → submitted → approved → published, by the right people. */
  EntryRecord publishOne(CatalogEntry entry) {
    EntryRecord r = p.catalog().createDraft("police.op", entry);
    r = p.catalog().submit("police.op", r.getId(), r.getRowVersion());
    r = p.catalog().approve("reviewer", r.getId(), r.getRowVersion());
    return p.catalog().publish("police.leader", r.getId(), r.getRowVersion());
  }

  long auditCount() {
    return p.verifyAudit("auditor").getRecords();
  }

  @BeforeEach
  void openSeededCity() {
    p = Platform.open(options(":memory:"));
    seedCity(p);
  }

  @AfterEach
  void closeCity() {
    p.close();
  }

  // ---- opening, closing ------------------------------------------------------------

  @Test
  void inMemoryPlatformInTryWithResources() {
    Platform kept;
    PlatformOptions o = PlatformOptions.inMemory();
    assertEquals(":memory:", o.getPath());
    assertTrue(o.isCreateIfMissing());
    assertEquals(5000, o.getBusyTimeoutMs());
    assertSame(Durability.FULL, o.getDurability());
    assertSame(HashAlgorithm.SHA256, o.getAuditHash());
    assertEquals(Optional.empty(), o.getSimulatedTime());
    o.setSimulatedTime(Optional.of(LocalDateTime.fromIso(START)));
    try (Platform city = Platform.open(o)) {
      kept = city;
      assertTrue(city.isOpen());
      assertFalse(city.initialized());
      assertEquals(Platform.currentSchemaVersion(), city.schemaVersion());
      assertEquals(START, city.now().toIso());
      seedCity(city);
      assertTrue(city.initialized());
    }
    assertFalse(kept.isOpen());
    StorageException e = assertThrows(StorageException.class, kept::departments);
    assertEquals(ErrorCode.STORAGE, e.getCode());
    assertThrows(StorageException.class, () -> kept.verifyAudit("auditor"));
    kept.close(); // idempotent
  }

  @Test
  void closeAndDeleteNeverCrash() {
    Platform other = Platform.open(options(":memory:"));
    other.close();
    assertThrows(StorageException.class, () -> other.findUser("admin"));
    other.delete(); // releases the handle now; idempotent
    other.delete();
    assertThrows(NullPointerException.class, other::isOpen);
    assertThrows(NullPointerException.class, () -> other.departments());
    assertThrows(NullPointerException.class, () -> other.setTime(LocalDateTime.fromIso(START)));
    other.close(); // still a no-op: try-with-resources may close a deleted handle

    Platform open = Platform.open(options(":memory:"));
    open.delete(); // closes the database with the last handle
    assertThrows(NullPointerException.class, open::now);
  }

  @Test
  void theSuiteRunsOnTheBackendItWasGiven() {
    // scripts/run-tests.sh runs the suite a second time on the throwaway PostgreSQL
    // server: there, every platform of the tests is a PostgreSQL schema.
    PlatformOptions o = options(":memory:");
    assertEquals(TestStore.onPostgres(), GovShare.isServerDatabase(o.getPath()));
    assertFalse(GovShare.isServerDatabase("city.db"));
    assertEquals("postgresql://gs:***@db.example/city",
                 GovShare.redactedPath("postgresql://gs:secret@db.example/city"));
    try (Platform city = Platform.open(o)) {
      seedCity(city);
      assertEquals(5, city.departments().size());
    }
  }

  @Test
  void openingAMissingFileWithoutCreateIsAStorageError(@TempDir Path dir) {
    PlatformOptions missing = options(tempDb(dir, "missing"));
    missing.setCreateIfMissing(false);
    assertThrows(StorageException.class, () -> Platform.open(missing));
    PlatformOptions bad = PlatformOptions.inMemory();
    bad.setBusyTimeoutMs(-1);
    assertThrows(InvalidArgumentException.class, () -> Platform.open(bad));
  }

  @Test
  void initializesOnceWithTheBureau() {
    assertTrue(p.initialized());
    assertEquals(Platform.currentSchemaVersion(), p.schemaVersion());
    InvalidTransitionException e = assertThrows(InvalidTransitionException.class,
        () -> p.initialize(Department.of(BUREAU, "x", DepartmentLevel.BUREAU),
                           User.of("admin2", "x", BUREAU, Role.BUREAU_ADMIN)));
    assertEquals(ErrorCode.INVALID_TRANSITION, e.getCode());
    assertEquals(5, p.departments().size());
    assertEquals(9, p.users("").size());
  }

  // ---- departments, users, values --------------------------------------------------

  @Test
  void departmentsAndUsersAreValuesWithChineseText() {
    Department police = Department.of(POLICE, "南通市公安局", DepartmentLevel.MUNICIPAL);
    assertEquals(Optional.of(police), p.findDepartment(POLICE)); // equals() is C++ operator==
    assertEquals(police.hashCode(), p.findDepartment(POLICE).orElseThrow().hashCode());
    assertEquals(Optional.empty(), p.findDepartment(NEW_DEPT));
    Department rugao = p.findDepartment(RUGAO_DEPT).orElseThrow();
    assertEquals(RUGAO_PLATFORM, rugao.getParentCode());
    assertSame(DepartmentLevel.COUNTY, rugao.getLevel());
    assertEquals("如皋市行政审批局", rugao.getName());

    User op = p.findUser("police.op").orElseThrow();
    assertEquals(User.of("police.op", "张明", POLICE, Role.DEPT_OPERATOR), op);
    assertEquals(List.of(Role.DEPT_OPERATOR), op.getRoles());
    assertNotEquals(User.of("police.op", "张明", POLICE, Role.DEPT_LEADER), op);
    assertEquals(Optional.empty(), p.findUser("ghost"));
    assertEquals(List.of(Role.DEPT_ADMIN, Role.DEPT_OPERATOR, Role.DEPT_LEADER),
                 p.findUser("rugao.admin").orElseThrow().getRoles());

    Set<Department> set = new HashSet<>(p.departments());
    assertTrue(set.contains(police));
    assertEquals(Set.of("admin", "reviewer", "auditor"),
                 p.users(BUREAU).stream().map(User::getId).collect(Collectors.toSet()));

    // Outside the BMP (CJK Extension B) survives the database and JNI.
    String rare = "\uD840\uDC00伟𪚥";
    p.addUser("police.admin", User.of("police.rare", rare, POLICE, Role.DEPT_OPERATOR));
    assertEquals(rare, p.findUser("police.rare").orElseThrow().getName());

    // Refusals arrive as their exception classes (which input is refused: C++ PlatformTest).
    assertThrows(InvalidArgumentException.class, () -> p.addDepartment("admin",
        Department.of("11320600MB1T0101XQ", "坏代码", DepartmentLevel.MUNICIPAL)));
    assertThrows(ConflictException.class,
        () -> p.addDepartment("admin", Department.of(POLICE, "南通市公安局", DepartmentLevel.MUNICIPAL)));
    assertThrows(InvalidArgumentException.class, () -> p.addUser("admin", User.of("x.y", "某", POLICE)));
    assertThrows(NullPointerException.class, () -> p.addUser("admin", null));
    assertEquals(5, p.departments().size());
  }

  // ---- permissions (docs/permissions.md) -------------------------------------------

  @Test
  void deniedActionIsAPermissionDeniedExceptionAndASecurityEvent() {
    long before = auditCount();
    PermissionDeniedException e = assertThrows(PermissionDeniedException.class, () -> p.addDepartment(
        "police.op", Department.of(NEW_DEPT, "南通市信访局", DepartmentLevel.MUNICIPAL)));
    assertEquals(ErrorCode.PERMISSION_DENIED, e.getCode());
    assertInstanceOf(GovShareException.class, e);
    assertTrue(e.getMessage().contains("police.op"), e.getMessage());
    assertEquals(5, p.departments().size());
    assertEquals(before, auditCount()); // the refusal changes nothing

    SecurityEventList events = p.securityEvents("auditor");
    assertEquals(1, events.size());
    SecurityEvent event = events.get(0);
    assertEquals("police.op", event.getUserId());
    assertEquals(POLICE, event.getDepartmentCode());
    assertSame(Action.MANAGE_DEPARTMENTS, event.getAction());
    assertEquals(p.now(), event.getTime());

    assertThrows(PermissionDeniedException.class, () -> p.addDepartment(
        "nobody", Department.of(NEW_DEPT, "x", DepartmentLevel.MUNICIPAL)));
    assertEquals(2, p.securityEvents("auditor").size());
    assertThrows(PermissionDeniedException.class, () -> p.securityEvents("police.op"));
  }

  /**
   * The role and action lists are the Java enums, in order; roleAllows answers a Java boolean.
   * The matrix itself: C++ PermissionMatrixTest.MatchesTheDocumentedMatrix.
   */
  @Test
  void roleAndActionListsAreTheJavaEnums() {
    assertEquals(List.of(Action.values()), GovShare.allActions());
    assertEquals(List.of(Role.values()), GovShare.allRoles());
    assertTrue(GovShare.roleAllows(Role.BUREAU_REVIEWER, DepartmentLevel.BUREAU, Action.REVIEW_CATALOG));
    assertFalse(GovShare.roleAllows(Role.DEPT_OPERATOR, DepartmentLevel.MUNICIPAL, Action.PUBLISH_CATALOG));
  }

  /** mayDo answers a boolean with or without a department, and asking records nothing. */
  @Test
  void mayDoAppliesDepartmentScope() {
    assertTrue(p.mayDo("police.op", Action.EDIT_CATALOG, POLICE));
    assertFalse(p.mayDo("police.op", Action.EDIT_CATALOG, CIVIL));
    assertTrue(p.mayDo("reviewer", Action.REVIEW_CATALOG, ""));
    assertFalse(p.mayDo("ghost", Action.READ_CATALOG, ""));
    assertTrue(p.securityEvents("auditor").isEmpty()); // asking records nothing (not in the C++ suite)
  }

  @Test
  void enumsAreJavaEnumsWithTheDocumentedNames() {
    assertEquals("bureau_admin", GovShare.toString(Role.BUREAU_ADMIN));
    assertEquals("county_platform", GovShare.toString(DepartmentLevel.COUNTY_PLATFORM));
    assertEquals("request_withdrawal", GovShare.toString(Action.REQUEST_WITHDRAWAL));
    assertEquals("withdrawal_requested", GovShare.toString(EntryStatus.WITHDRAWAL_REQUESTED));
    assertEquals("superseded", GovShare.toString(VersionStatus.SUPERSEDED));
    assertEquals("federation_import", GovShare.toString(NoticeKind.FEDERATION_IMPORT));
    assertEquals("law_revision", GovShare.toString(ObligationKind.LAW_REVISION));
    assertEquals("overdue", GovShare.toString(ObligationState.OVERDUE));
    assertEquals("sm3", GovShare.toString(HashAlgorithm.SM3));
    assertEquals("normal", GovShare.toString(Durability.NORMAL));
    assertEquals("部门经办人", GovShare.chineseLabel(Role.DEPT_OPERATOR));
    assertEquals("县（市）、区平台", GovShare.chineseLabel(DepartmentLevel.COUNTY_PLATFORM));
    for (Role r : Role.values()) {
      assertSame(r, GovShare.parseRole(GovShare.toString(r)));
    }
    for (Action a : Action.values()) {
      assertSame(a, GovShare.parseAction(GovShare.toString(a)));
    }
    for (DepartmentLevel l : DepartmentLevel.values()) {
      assertSame(l, GovShare.parseDepartmentLevel(GovShare.toString(l)));
    }
    assertThrows(InvalidArgumentException.class, () -> GovShare.parseRole("BureauAdmin"));
    for (NoticeKind k : NoticeKind.values()) {
      assertFalse(GovShare.toString(k).isEmpty(), k::name);
      assertFalse(GovShare.chineseLabel(k).isEmpty(), k::name);
    }
    assertEquals("manage_calendar", GovShare.toString(Action.MANAGE_CALENDAR));
    assertEquals("calendar", GovShare.toString(NoticeKind.CALENDAR));
    assertEquals(16, Action.IMPORT_FEDERATION.swigValue()); // the stable C++ value
    assertEquals(35, Action.MANAGE_CALENDAR.swigValue());
    assertEquals(13, NoticeKind.CALENDAR.swigValue());
    assertEquals(4, EntryStatus.WITHDRAWN.swigValue());
  }

  // ---- the catalog lifecycle (A10–A12, A16) ----------------------------------------

  @Test
  void reviewThenPublishThenWithdraw() {
    // A10: draft → submitted → approved (code assigned, A7) → published.
    EntryRecord r = p.catalog().createDraft("police.op", policeEntry());
    assertSame(EntryStatus.UNPUBLISHED, r.getStatus());
    assertEquals(Optional.of(VersionStatus.DRAFT), r.getWorkingStatus());
    assertEquals(POLICE, r.getWorking().orElseThrow().getProvider().getCode());
    assertEquals(Optional.empty(), r.getLive());
    r = p.catalog().submit("police.op", r.getId(), r.getRowVersion());
    assertEquals(Optional.of(VersionStatus.SUBMITTED), r.getWorkingStatus());
    r = p.catalog().approve("reviewer", r.getId(), r.getRowVersion());
    assertEquals("101001/000001", r.getCode());
    assertEquals("101001/000001", r.getWorking().orElseThrow().getCode());
    NoticeList notices = p.notices("police.op", true);
    assertEquals(1, notices.size());
    assertSame(NoticeKind.REVIEW_RESULT, notices.get(0).getKind());
    assertTrue(notices.get(0).getMessage().contains("101001/000001"), notices.get(0).getMessage());
    assertEquals(r.getId(), notices.get(0).getEntryId());

    r = p.catalog().publish("police.leader", r.getId(), r.getRowVersion());
    assertSame(EntryStatus.PUBLISHED, r.getStatus());
    assertEquals(Optional.of(1), r.getLiveVersion());
    assertEquals(Optional.empty(), r.getWorkingVersion());
    assertEquals(Optional.empty(), r.getWorkingStatus());
    CatalogEntry live = r.getLive().orElseThrow();
    assertEquals(Optional.of(p.now().getDate()), live.getPublishDate());
    assertEquals("户籍人口基本信息", live.getName());
    // The next entry of the same classification gets the next code.
    assertEquals("101001/000002", publishOne(policeEntry()).getCode());

    EntryVersionList history = p.catalog().history("police.op", r.getId());
    assertEquals(1, history.size());
    EntryVersion v1 = history.get(0);
    assertEquals(1, v1.getNumber());
    assertSame(VersionStatus.PUBLISHED, v1.getStatus());
    assertEquals("police.op", v1.getCreatedBy());
    assertEquals("reviewer", v1.getReviewedBy());
    assertEquals(Optional.of(p.now()), v1.getPublishedAt());
    assertTrue(v1.getSubmittedAt().isPresent());
    assertEquals("户籍人口基本信息", v1.getEntry().getName()); // a view into the version

    // A16: withdrawal, with notice to consumers and the bureau, and the bureau's approval.
    long id = r.getId();
    p.catalog().subscribe("civil.op", id);
    assertThrows(InvalidArgumentException.class, () -> p.catalog().subscribe("police.op", id)); // its own entry
    long rowVersion = r.getRowVersion();
    assertThrows(InvalidArgumentException.class,
                 () -> p.catalog().requestWithdrawal("police.leader", id, rowVersion, ""));
    r = p.catalog().requestWithdrawal("police.leader", id, rowVersion, "系统迁移，数据改由新接口提供");
    assertSame(EntryStatus.WITHDRAWAL_REQUESTED, r.getStatus());
    assertEquals("系统迁移，数据改由新接口提供", r.getWithdrawalReason());
    NoticeList civil = p.notices("civil.op", true);
    assertEquals(1, civil.size());
    assertSame(NoticeKind.WITHDRAWAL_NOTICE, civil.get(0).getKind());
    NoticeList bureau = p.notices("admin", true);
    assertSame(NoticeKind.WITHDRAWAL_NOTICE, bureau.get(bureau.size() - 1).getKind());
    long requested = r.getRowVersion();
    assertThrows(PermissionDeniedException.class,
                 () -> p.catalog().decideWithdrawal("police.leader", id, requested, true, "同意"));
    // Refused: stays published.
    r = p.catalog().decideWithdrawal("admin", id, requested, false, "仍有部门依赖，暂缓撤销");
    assertSame(EntryStatus.PUBLISHED, r.getStatus());
    r = p.catalog().requestWithdrawal("police.leader", id, r.getRowVersion(), "系统迁移，数据改由新接口提供");
    r = p.catalog().decideWithdrawal("reviewer", id, r.getRowVersion(), true, "已确认替代资源");
    assertSame(EntryStatus.WITHDRAWN, r.getStatus());
    // Never deleted: the entry and its live content remain readable.
    assertEquals("户籍人口基本信息", p.catalog().getEntry("auditor", id).getLive().orElseThrow().getName());
    long withdrawn = r.getRowVersion();
    assertThrows(InvalidTransitionException.class,
                 () -> p.catalog().editDraft("police.op", id, withdrawn, policeEntry()));
    assertTrue(p.verifyAudit("auditor").isIntact());
  }

  @Test
  void submissionWithErrorsIsRefusedListingFindings() {
    CatalogEntry bad = policeEntry();
    bad.getShare().setScope(new ShareScope());
    EntryRecord r = p.catalog().createDraft("police.op", bad); // drafts may be incomplete
    InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
        () -> p.catalog().submit("police.op", r.getId(), r.getRowVersion()));
    assertTrue(e.getMessage().contains("share.conditional_scope"), e.getMessage());
    assertEquals(Optional.of(VersionStatus.DRAFT), p.catalog().getEntry("police.op", r.getId()).getWorkingStatus());
  }

  @Test
  void rejectionWithReasonsFromAJavaList() {
    EntryRecord created = p.catalog().createDraft("police.op", policeEntry());
    EntryRecord submitted = p.catalog().submit("police.op", created.getId(), created.getRowVersion());
    long id = submitted.getId();
    assertThrows(InvalidArgumentException.class,
                 () -> p.catalog().reject("reviewer", id, submitted.getRowVersion(), List.of()));
    assertThrows(InvalidArgumentException.class,
                 () -> p.catalog().reject("reviewer", id, submitted.getRowVersion(), new ReviewFindingList()));
    List<ReviewFinding> reasons = List.of(ReviewFinding.of("summary", "摘要应说明数据用途"),
                                          ReviewFinding.of("items[3].length", "地址长度不足"));
    EntryRecord r = p.catalog().reject("reviewer", id, submitted.getRowVersion(), reasons);
    assertEquals(Optional.of(VersionStatus.REJECTED), r.getWorkingStatus());

    EntryVersionList history = p.catalog().history("police.op", id);
    assertEquals(1, history.size());
    ReviewFindingList rejection = history.get(0).getRejection();
    assertEquals(reasons, rejection); // element by element, ReviewFinding.equals
    assertEquals("items[3].length", rejection.get(1).getPath());
    assertEquals("items[3].length: 地址长度不足", rejection.get(1).toString());
    NoticeList notices = p.notices("police.op", true);
    String message = notices.get(notices.size() - 1).getMessage();
    assertTrue(message.contains("地址长度不足"), message);
  }

  @Test
  void viewsIntoReturnedListsKeepTheirOwnerAlive() {
    EntryRecord r = p.catalog().createDraft("police.op", policeEntry());
    r = p.catalog().submit("police.op", r.getId(), r.getRowVersion());
    p.catalog().reject("reviewer", r.getId(), r.getRowVersion(),
             List.of(ReviewFinding.of("summary", "摘要应说明数据用途")));
    // The history list is garbage right away; the views must keep its C++ memory alive.
    ReviewFindingList rejection = p.catalog().history("police.op", r.getId()).get(0).getRejection();
    CatalogEntry entry = p.catalog().history("police.op", r.getId()).get(0).getEntry();
    for (int i = 0; i < 3; i++) {
      System.gc();
      System.runFinalization(); // SWIG frees C++ memory from finalize()
      byte[][] garbage = new byte[64][];
      for (int j = 0; j < garbage.length; j++) garbage[j] = new byte[64 * 1024];
    }
    assertEquals(List.of(ReviewFinding.of("summary", "摘要应说明数据用途")), rejection);
    assertEquals("户籍人口基本信息", entry.getName());
  }

  @Test
  void theLiveEntryIsACopyAndVersionsAreOptionals() {
    EntryRecord r = publishOne(policeEntry());
    CatalogEntry v2 = r.getLive().orElseThrow(); // a copy: editing it changes nothing else
    v2.setSummary("全市户籍人口的身份、出生、户籍地址和人口状态信息（第二版），用于身份核验。");
    assertEquals(policeEntry().getSummary(), r.getLive().orElseThrow().getSummary());
    r = p.catalog().editDraft("police.op", r.getId(), r.getRowVersion(), v2);
    assertEquals(Optional.of(1), r.getLiveVersion());
    assertEquals(Optional.of(2), r.getWorkingVersion());
    assertEquals(policeEntry().getSummary(), r.getLive().orElseThrow().getSummary()); // still live
  }

  @Test
  void refusedTransitionsChangeNothing() {
    EntryRecord draft = p.catalog().createDraft("police.op", policeEntry());
    long id = draft.getId();
    long drafted = draft.getRowVersion();
    InvalidTransitionException e = assertThrows(InvalidTransitionException.class,
                                                () -> p.catalog().publish("police.leader", id, drafted));
    assertEquals(ErrorCode.INVALID_TRANSITION, e.getCode());
    assertInstanceOf(GovShareException.class, e);
    assertEquals(drafted, p.catalog().getEntry("police.op", id).getRowVersion());
    NotFoundException missing = assertThrows(NotFoundException.class, () -> p.catalog().getEntry("police.op", 9999));
    assertEquals(ErrorCode.NOT_FOUND, missing.getCode());
  }

  // ---- optimistic versions across handles -------------------------------------------

  @Test
  void staleRowVersionIsAConflictAcrossTwoHandles(@TempDir Path dir) {
    String path = tempDb(dir, "concurrent");
    Platform kept;
    try (Platform first = Platform.open(options(path))) {
      kept = first;
      seedCity(first);
      EntryRecord r = first.catalog().createDraft("police.op", policeEntry());
      try (Platform second = Platform.open(options(path))) {
        EntryRecord seenBySecond = second.catalog().getEntry("police.op", r.getId());

        CatalogEntry mine = policeEntry();
        mine.setSummary("第一个进程的修改：全市户籍人口的身份、出生、户籍地址和人口状态信息。");
        first.catalog().editDraft("police.op", r.getId(), r.getRowVersion(), mine);
        CatalogEntry theirs = policeEntry();
        theirs.setSummary("第二个进程的修改：全市户籍人口的身份、出生、户籍地址和人口状态信息。");
        ConflictException e = assertThrows(ConflictException.class,
            () -> second.catalog().editDraft("police.op", r.getId(), seenBySecond.getRowVersion(), theirs));
        assertEquals(ErrorCode.CONFLICT, e.getCode());
        assertEquals(mine.getSummary(),
                     second.catalog().getEntry("police.op", r.getId()).getWorking().orElseThrow().getSummary());
        EntryRecord fresh = second.catalog().getEntry("police.op", r.getId());
        second.catalog().editDraft("police.op", r.getId(), fresh.getRowVersion(), theirs); // after re-reading: fine
        assertEquals(theirs.getSummary(),
                     first.catalog().getEntry("police.op", r.getId()).getWorking().orElseThrow().getSummary());
        assertTrue(first.verifyAudit("auditor").isIntact());
      }
    }
    assertFalse(kept.isOpen());
    assertThrows(StorageException.class, kept::departments);
    kept.close(); // idempotent

    // The file keeps everything for the next opening.
    try (Platform again = Platform.open(options(path))) {
      assertEquals(5, again.departments().size());
      assertEquals(1, again.catalog().entries("auditor", "").size());
    }
  }

  // ---- obligations (A11), clock ------------------------------------------------------

  @Test
  void legalChangeOpensAnObligationDueByTheRulesInForce() {
    Obligation o = p.catalog().recordLegalChange("police.admin", POLICE, ObligationKind.LAW_REVISION,
                                       "《中华人民共和国户口登记条例》修订", Date.of(2026, 9, 25));
    // N17: 10 working days (A11's 15 before 2025-08-01); 中秋 and 国庆 are not counted.
    // (Obligation.due is a Deadline, whose due is the time.)
    assertEquals(Date.of(2026, 10, 15), o.getDue().getDue().getDate());
    assertEquals(LocalDate.of(2026, 10, 15), o.getDue().getDue().getDate().toLocalDate());
    assertEquals(p.calendar().version(), o.getDue().getCalendarVersion());
    assertEquals(Date.of(2026, 9, 25), o.getAnnouncedOn());
    assertSame(ObligationState.OPEN, o.getState());
    assertEquals("《中华人民共和国户口登记条例》修订", o.getDescription());
    assertThrows(PermissionDeniedException.class, () -> p.catalog().recordLegalChange(
        "police.admin", CIVIL, ObligationKind.LAW_REVISION, "x", LocalDate.of(2026, 9, 25)));
    assertThrows(InvalidArgumentException.class, () -> p.catalog().recordLegalChange(
        "police.admin", POLICE, ObligationKind.ANNUAL_CENSUS, "x", LocalDate.of(2026, 9, 25)));

    p.setTime(LocalDateTime.fromIso("2026-10-15T10:00"));
    assertSame(ObligationState.DUE, p.catalog().obligations("police.op", "", true).get(0).getState());
    p.setTime(ZonedDateTime.of(2026, 10, 23, 10, 0, 0, 0, LocalDateTime.ZONE));
    assertSame(ObligationState.OVERDUE, p.catalog().obligations("police.op", "", true).get(0).getState());
    // An approved revision fulfils it (late), as of its submission (A11).
    EntryRecord r = p.catalog().createDraft("police.op", policeEntry());
    r = p.catalog().submit("police.op", r.getId(), r.getRowVersion());
    assertEquals(1, p.catalog().obligations("police.op", "", true).size());  // not yet approved
    p.catalog().approve("reviewer", r.getId(), r.getRowVersion());
    ObligationList all = p.catalog().obligations("admin", POLICE, false);
    assertEquals(1, all.size());
    assertSame(ObligationState.FULFILLED, all.get(0).getState());
    assertFalse(all.get(0).isOnTime());
    assertEquals(r.getId(), all.get(0).getFulfilledByEntry());
    assertEquals(1, all.get(0).getFulfilledByVersion());
    assertEquals(Optional.of(LocalDateTime.fromIso("2026-10-23T10:00")), all.get(0).getFulfilledAt());
    assertTrue(p.catalog().obligations("police.op", "", true).isEmpty());
    assertThrows(PermissionDeniedException.class, () -> p.catalog().obligations("police.op", CIVIL, false));
  }

  @Test
  void acknowledgingANoticeFillsItsOptionals() {
    EntryRecord r = p.catalog().createDraft("police.op", policeEntry());
    r = p.catalog().submit("police.op", r.getId(), r.getRowVersion());
    p.catalog().approve("reviewer", r.getId(), r.getRowVersion());
    Notice n = p.notices("police.op", true).get(0);
    assertEquals(Optional.empty(), n.getAcknowledgedAt());
    assertEquals(POLICE, n.getDepartmentCode());
    p.advanceTime(Duration.ofMinutes(5));
    p.acknowledgeNotice("police.leader", n.getId());
    Notice acknowledged = p.notices("police.op", false).get(0);
    assertEquals("police.leader", acknowledged.getAcknowledgedBy());
    assertEquals(Optional.of(p.now()), acknowledged.getAcknowledgedAt());
  }

  @Test
  void simulatedClockOnlyMovesForward() {
    assertEquals(START, p.now().toIso());
    p.advanceTime(86400);
    assertEquals("2026-09-02T09:00:00+08:00", p.now().toIso());
    p.advanceTime(Duration.ofHours(1).plusMillis(999)); // whole seconds
    assertEquals("2026-09-02T10:00:00+08:00", p.now().toIso());
    p.setTime(java.time.Instant.parse("2026-09-03T00:00:00Z"));
    assertEquals("2026-09-03T08:00:00+08:00", p.now().toIso());
    assertThrows(InvalidArgumentException.class, () -> p.setTime(LocalDateTime.fromIso("2026-08-01")));
    assertThrows(InvalidArgumentException.class, () -> p.advanceTime(-1));
    assertEquals("2026-09-03T08:00:00+08:00", p.now().toIso());

    try (Platform real = Platform.open(PlatformOptions.inMemory())) { // the system clock
      java.time.Instant before = java.time.Instant.now().minusSeconds(1);
      assertFalse(real.now().toInstant().isBefore(before));
      assertThrows(InvalidArgumentException.class, () -> real.advanceTime(1));
    }
  }

  @Test
  void calendarIsASharedHandle() {
    WorkdayCalendar cal = WorkdayCalendar.builtin();
    cal.override(LocalDate.of(2026, 10, 9), false, "台风停工");
    p.setCalendar(cal);
    assertEquals(cal.version(), p.calendar().version());
    Obligation o = p.catalog().recordLegalChange("admin", POLICE, ObligationKind.FUNCTION_CHANGE,
                                       "机构改革职能调整", LocalDate.of(2026, 9, 25));
    assertEquals(LocalDate.of(2026, 10, 16), o.getDue().getDue().getDate().toLocalDate());
    cal.delete(); // the platform keeps its own reference
    assertFalse(p.calendar().isWorkingDay(LocalDate.of(2026, 10, 9)));
    NullPointerException npe = assertThrows(NullPointerException.class, () -> p.setCalendar(null));
    assertEquals("calendar must not be null", npe.getMessage()); // Java's check, before C++'s
  }

  // ---- audit (A28) -------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(HashAlgorithm.class)
  void auditVerifiesIntactAndExportsJsonLines(HashAlgorithm algorithm, @TempDir Path dir) {
    PlatformOptions o = options(tempDb(dir, "audit-" + GovShare.toString(algorithm)));
    o.setAuditHash(algorithm);
    try (Platform audited = Platform.open(o)) {
      seedCity(audited);
      AuditVerification v = audited.verifyAudit("auditor");
      assertTrue(v.isIntact(), v::toString);
      assertEquals(13, v.getRecords()); // initialize + 4 departments + 8 users
      assertEquals(0, v.getFirstBadPosition());
      assertSame(algorithm, v.getAlgorithm());
      assertThrows(PermissionDeniedException.class, () -> audited.verifyAudit("police.op"));

      AuditRecordList trail = audited.auditTrail("auditor", 0, -1);
      assertEquals(13, trail.size());
      AuditRecord first = trail.get(0);
      assertEquals(1, first.getPosition());
      assertEquals(64, first.getHash().length());
      assertEquals("admin", trail.get(1).getUserId());
      assertEquals(first.getHash(), trail.get(1).getPreviousHash());
      AuditRecordList fifth = audited.auditTrail("auditor", 5, 1); // from position 5, at most 1
      assertEquals(1, fifth.size());
      assertEquals(5, fifth.get(0).getPosition());
      assertEquals(trail.get(3).getHash(), fifth.get(0).getPreviousHash());

      String jsonl = audited.exportAudit("auditor");
      assertEquals(13, jsonl.lines().count());
      assertTrue(jsonl.lines().allMatch(line -> line.startsWith("{\"position\":")), jsonl);
      assertThrows(PermissionDeniedException.class, () -> audited.exportAudit("police.leader"));
    }
  }

  // ---- federation (A6) ---------------------------------------------------------------

  @Test
  void countyBundleImportsWithProvenanceIdempotently(@TempDir Path dir) {
    // The county platform signs its bundles with its key; the city registered the public half.
    SigningKey countyKey = GovShare.generateSigningKey();
    GovShare.writeSigningKeyFiles(countyKey, dir.resolve("rugao.key").toString(), dir.resolve("rugao.pub").toString());
    PlatformOptions countyOptions = options(":memory:");
    countyOptions.setSigningKeyFile(dir.resolve("rugao.key").toString());
    try (Platform county = Platform.open(countyOptions);
         Platform city = Platform.open(options(":memory:"))) {
      seedCity(county);
      CatalogEntry e = unconditionalEntry();
      Provider rugao = new Provider();
      rugao.setCode(RUGAO_PLATFORM);
      rugao.setName("如皋市大数据管理局");
      e.setProvider(rugao);
      e.setName("如皋市企业投资项目备案信息");
      EntryRecord r = county.catalog().createDraft("rugao.admin", e);
      r = county.catalog().submit("rugao.admin", r.getId(), r.getRowVersion());
      r = county.catalog().approve("reviewer", r.getId(), r.getRowVersion());
      r = county.catalog().publish("rugao.admin", r.getId(), r.getRowVersion());
      assertThrows(PermissionDeniedException.class, () -> county.catalog().exportFederationBundle("police.admin"));
      String bundle = county.catalog().exportFederationBundle("rugao.admin");
      assertTrue(bundle.contains("如皋市企业投资项目备案信息"));

      city.initialize(bureau(), administrator());
      city.addDepartment("admin", Department.of(RUGAO_PLATFORM, "如皋市大数据管理局", DepartmentLevel.COUNTY_PLATFORM));
      InvalidArgumentException unregistered =
          assertThrows(InvalidArgumentException.class, () -> city.catalog().importFederationBundle("admin", bundle));
      assertTrue(unregistered.getMessage().contains("not registered"), unregistered.getMessage());
      CountyKey registered = city.registerCountyKey("admin", RUGAO_PLATFORM, countyKey.getPublicKeyPem());
      assertEquals(countyKey.getKeyId(), registered.getKeyId());
      assertEquals(1, city.countyKeys("admin").size());
      FederationReport report = city.catalog().importFederationBundle("admin", bundle);
      assertEquals(countyKey.getKeyId(), report.getSigningKey());
      assertEquals(RUGAO_PLATFORM, report.getSourcePlatform());
      assertEquals(1, report.getAdded());
      assertEquals(List.of(r.getCode()), report.getChangedCodes());
      report = city.catalog().importFederationBundle("admin", bundle); // again: nothing changes
      assertEquals(0, report.getAdded());
      assertEquals(0, report.getUpdated());
      assertEquals(1, report.getUnchanged());
      assertTrue(report.getChangedCodes().isEmpty());
      assertTrue(city.findDepartment(RUGAO_PLATFORM).isPresent());

      // The county revises and publishes: a re-import updates the entry.
      CatalogEntry v2 = r.getLive().orElseThrow();
      v2.setSummary(v2.getSummary() + "（2026年修订）");
      r = county.catalog().editDraft("rugao.admin", r.getId(), r.getRowVersion(), v2);
      r = county.catalog().submit("rugao.admin", r.getId(), r.getRowVersion());
      r = county.catalog().approve("reviewer", r.getId(), r.getRowVersion());
      county.catalog().publish("rugao.admin", r.getId(), r.getRowVersion());
      report = city.catalog().importFederationBundle("admin", county.catalog().exportFederationBundle("rugao.admin"));
      assertEquals(1, report.getUpdated());
      EntryRecordList entries = city.catalog().entries("admin", RUGAO_PLATFORM);
      assertEquals(1, entries.size());
      assertEquals(Optional.of(2), entries.get(0).getLiveVersion());
      assertEquals(v2.getSummary(), entries.get(0).getLive().orElseThrow().getSummary());

      String altered = bundle.replaceFirst("如皋市企业投资项目备案信息", "X");
      assertThrows(InvalidArgumentException.class, () -> city.catalog().importFederationBundle("admin", altered));
      assertThrows(ParseException.class, () -> city.catalog().importFederationBundle("admin", "not json"));
      city.removeCountyKey("admin", RUGAO_PLATFORM, countyKey.getKeyId(), "如皋市签名密钥泄露");
      assertThrows(InvalidArgumentException.class, () -> city.catalog().importFederationBundle("admin", bundle));
      assertTrue(city.verifyAudit("admin").isIntact());
    }
  }

}
