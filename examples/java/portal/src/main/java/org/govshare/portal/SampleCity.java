package org.govshare.portal;

import java.time.LocalDate;
import java.util.List;
import org.govshare.*;

/**
 * The sample city a new portal starts with: the bureau, three departments, their users, three
 * published entries and two authorizations of 民政局. Every step goes through the platform as the
 * user who would do it, so the audit trail reads like a real start.
 *
 * <ul>
 *   <li>户籍人口基本信息 (公安局, conditional): 民政局 in scope; 公民身份号码 and 户籍地址 masked;
 *       民政局 is granted 姓名 and 公民身份号码.
 *   <li>婚姻登记信息 (公安局, conditional, comparison only for all but 市场监管局): 民政局 is granted
 *       姓名 and 公民身份号码 — for comparison only.
 *   <li>市场主体登记信息 (市场监管局, unconditional).
 * </ul>
 */
public final class SampleCity {
  public static final String BUREAU = "11320600MB1T01108B"; // 南通市大数据管理局
  public static final String POLICE = "11320600MB1A2B3CXJ"; // 南通市公安局
  public static final String CIVIL = "11320600MB1T01044D"; // 南通市民政局
  public static final String MARKET = "11320682MB1R04008H"; // 南通市市场监督管理局 (sample code)

  public static final String HOUSEHOLD = "户籍人口基本信息";
  public static final String MARRIAGE = "婚姻登记信息";
  public static final String MARKET_ENTITIES = "市场主体登记信息";

  private SampleCity() {}

  public static void seed(Platform p) {
    p.initialize(Department.of(BUREAU, "南通市大数据管理局", DepartmentLevel.BUREAU),
                 User.of("admin", "王局", BUREAU, Role.BUREAU_ADMIN));
    p.addUser("admin", User.of("reviewer", "李审", BUREAU, Role.BUREAU_REVIEWER));
    p.addUser("admin", User.of("auditor", "赵审计", BUREAU, Role.AUDITOR));
    p.addDepartment("admin", Department.of(POLICE, "南通市公安局", DepartmentLevel.MUNICIPAL));
    p.addDepartment("admin", Department.of(CIVIL, "南通市民政局", DepartmentLevel.MUNICIPAL));
    p.addDepartment("admin", Department.of(MARKET, "南通市市场监督管理局", DepartmentLevel.MUNICIPAL));
    p.addUser("admin", User.of("police.op", "张明", POLICE, Role.DEPT_OPERATOR));
    p.addUser("admin", User.of("police.leader", "陈处", POLICE, Role.DEPT_LEADER));
    p.addUser("admin", User.of("civil.op", "刘芳", CIVIL, Role.DEPT_OPERATOR));
    p.addUser("admin", User.of("civil.leader", "周处", CIVIL, Role.DEPT_LEADER));
    p.addUser("admin", User.of("market.op", "吴静", MARKET, Role.DEPT_OPERATOR));
    p.addUser("admin", User.of("market.leader", "郑科", MARKET, Role.DEPT_LEADER));

    long household = publish(p, "police", household());
    long marriage = publish(p, "police", marriage());
    publish(p, "market", marketEntities());

    LocalDate today = p.now().toZonedDateTime().toLocalDate();
    grant(p, household, List.of("姓名", "公民身份号码"), today);
    grant(p, marriage, List.of("姓名", "公民身份号码"), today);
  }

  private static long publish(Platform p, String dept, CatalogEntry e) {
    StringBuilder errors = new StringBuilder();
    for (Finding f : p.catalog().validateDraft(dept + ".op", e)) {
      if (f.getSeverity() == Severity.ERROR) errors.append("\n  ").append(f.getArticle()).append(" ").append(f.getRuleId()).append(" ").append(f.getPath()).append(": ").append(f.getMessageZh());
    }
    if (errors.length() > 0) throw new IllegalStateException("sample entry " + e.getName() + ":" + errors);
    EntryRecord r = p.catalog().createDraft(dept + ".op", e);
    r = p.catalog().submit(dept + ".op", r.getId(), r.getRowVersion());
    r = p.catalog().approve("reviewer", r.getId(), r.getRowVersion());
    return p.catalog().publish(dept + ".leader", r.getId(), r.getRowVersion()).getId();
  }

  /** 民政局 applies, the bureau accepts, 公安局 grants for a year from today. */
  private static void grant(Platform p, long entry, List<String> items, LocalDate today) {
    ApplicationRequest a = new ApplicationRequest();
    a.setEntryId(entry);
    a.setItems(items);
    a.setPurpose("最低生活保障家庭经济状况核对");
    a.setLegalDuty("《社会救助暂行办法》第十一条");
    a.setMethod(ShareMethod.API);
    a.setValidFrom(today);
    a.setValidUntil(today.plusYears(1));
    a.setScan(ScanDocument.of("使用申请表（盖章）.pdf",
        "5d41402abc4b2a76b9719d911017c592ae2f0a3f6a1e7d2c2e1c4f9b8a7d6e5f", 183204));
    Application app = p.sharing().apply("civil.op", a);
    app = p.sharing().acceptApplication("reviewer", app.getId(), app.getRowVersion());
    p.sharing().grantApplication("police.leader", app.getId(), app.getRowVersion(), new GrantTerms());
  }

  static DataItem item(String name, int length, PersonalInfoKind kind) {
    DataItem item = new DataItem();
    item.setName(name);
    item.setLength(length);
    item.setPersonalInfo(kind);
    return item;
  }

  /** examples/java/Quickstart.java's entry. */
  static CatalogEntry household() {
    CatalogEntry e = new CatalogEntry();
    e.setName(HOUSEHOLD);
    e.setSummary("全市户籍人口的公民身份号码、姓名和户籍地址，用于各部门核实申请人的户籍身份。");
    e.setSystemName("公安人口信息管理系统");
    e.getClassification().setCategory(ResourceCategory.BASIC);
    e.getClassification().setDomain("01");
    e.getClassification().setGroup("001");
    e.setTopics(List.of("人口", "户籍"));
    e.setIndustry("公共管理、社会保障和社会组织");
    e.getFormat().setFormatClass(FormatClass.DATABASE);
    e.getFormat().setType("Dm");
    DataItem id = item("公民身份号码", 18, PersonalInfoKind.ID_CARD);
    id.setNullable(false);
    e.setItems(List.of(id, item("姓名", 50, PersonalInfoKind.NAME),
                       item("户籍地址", 200, PersonalInfoKind.ADDRESS)));
    e.setDataStandard("GB/T 19488.1-2004 电子政务数据元");
    ShareAttribute share = e.getShare();
    share.setShareClass(ShareClass.CONDITIONAL);
    share.setConditions("限民政部门履职核实户籍身份时使用；身份号码与地址脱敏后提供");
    share.getScope().getDepartments().add(CIVIL);
    share.getScope().getMaskedItems().addAll(List.of("公民身份号码", "户籍地址"));
    share.getMethods().add(ShareMethod.API);
    share.setAuthorizationMode(AuthorizationMode.PROVIDER_DIRECT);
    e.setUpdateCycle(UpdateCycle.REALTIME);
    return e;
  }

  /** Comparison only (A8 数据比对) for every consumer but 市场监管局. */
  static CatalogEntry marriage() {
    CatalogEntry e = household();
    e.setName(MARRIAGE);
    e.setSummary("全市婚姻登记当事人的公民身份号码、姓名和登记地址，供各部门比对核验婚姻登记情况。");
    e.setTopics(List.of("人口", "婚姻"));
    e.getClassification().setGroup("002");
    ShareAttribute share = e.getShare();
    share.setConditions("仅提供比对核验，不提供原始数据");
    share.getScope().setDepartments(List.of(MARKET));
    share.getScope().getMaskedItems().clear();
    share.getScope().setComparisonOnly(true);
    return e;
  }

  static CatalogEntry marketEntities() {
    CatalogEntry e = new CatalogEntry();
    e.setName(MARKET_ENTITIES);
    e.setSummary("全市各类市场主体的登记注册信息，包括企业名称、统一社会信用代码、法定代表人和登记状态。");
    e.setSystemName("江苏省市场监管信息平台");
    e.getClassification().setCategory(ResourceCategory.BASIC);
    e.getClassification().setDomain("02");
    e.getClassification().setGroup("001");
    e.setTopics(List.of("法人", "市场监管"));
    e.setIndustry("公共管理、社会保障和社会组织");
    e.getFormat().setFormatClass(FormatClass.DATABASE);
    e.getFormat().setType("Dm");
    DataItem code = item("统一社会信用代码", 18, PersonalInfoKind.CREDIT_CODE);
    code.setNullable(false);
    e.setItems(List.of(code, item("企业名称", 200, PersonalInfoKind.NONE),
                       item("法定代表人", 50, PersonalInfoKind.NAME)));
    e.setDataStandard("GB/T 19488.1-2004 电子政务数据元");
    ShareAttribute share = e.getShare();
    share.setShareClass(ShareClass.UNCONDITIONAL);
    share.getMethods().addAll(List.of(ShareMethod.TABLE, ShareMethod.API));
    share.setFrontDatabase("市场监管局共享前置库");
    share.setAuthorizationMode(AuthorizationMode.PLATFORM_DIRECT);
    e.getOpen().setOpenClass(OpenClass.UNCONDITIONAL);
    e.getOpen().setMethod("数据下载、接口访问");
    e.setUpdateCycle(UpdateCycle.DAILY);
    return e;
  }
}
