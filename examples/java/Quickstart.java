// Quickstart: one resource from catalog to masked record, on a platform file.
// The same scenario as examples/cpp/quickstart.cpp and examples/python/quickstart.py.
//   java -Dfile.encoding=UTF-8 -cp govshare-0.1.0.jar Quickstart.java [city.db]
//   (default: a new file in a temporary directory)
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.govshare.*;

public class Quickstart {
  static final String BUREAU = "11320600MB1T01108B"; // 南通市大数据管理局
  static final String POLICE = "11320600MB1A2B3CXJ"; // 南通市公安局
  static final String CIVIL = "11320600MB1T01044D"; // 南通市民政局

  static DataItem item(String name, int length, PersonalInfoKind kind) {
    DataItem item = new DataItem();
    item.setName(name);
    item.setLength(length);
    item.setPersonalInfo(kind);
    return item;
  }

  /**
   * 户籍人口基本信息 as the police describe it. A8: a conditional entry states its scope — here
   * the departments that may use it and the items to desensitize.
   */
  static CatalogEntry household() {
    CatalogEntry e = new CatalogEntry();
    e.setName("户籍人口基本信息");
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
    // A18: the police grant each consumer.
    share.setAuthorizationMode(AuthorizationMode.PROVIDER_DIRECT);
    e.setUpdateCycle(UpdateCycle.REALTIME);
    return e;
  }

  public static void main(String[] args) throws Exception {
    String path = args.length > 0
        ? args[0] : Files.createTempDirectory("govshare-").resolve("city.db").toString();
    PlatformOptions options = PlatformOptions.file(path);
    options.setSimulatedTime(LocalDateTime.fromIso("2026-09-28T09:00"));
    try (Platform p = Platform.open(options)) {
      System.out.println("平台 " + path + "，时间 " + p.now().toIso());

      // A4: the Big Data Bureau runs the platform; it registers departments and users.
      p.initialize(Department.of(BUREAU, "南通市大数据管理局", DepartmentLevel.BUREAU),
                   User.of("admin", "王局", BUREAU, Role.BUREAU_ADMIN));
      p.addDepartment("admin", Department.of(POLICE, "南通市公安局", DepartmentLevel.MUNICIPAL));
      p.addDepartment("admin", Department.of(CIVIL, "南通市民政局", DepartmentLevel.MUNICIPAL));
      p.addUser("admin", User.of("reviewer", "李审", BUREAU, Role.BUREAU_REVIEWER));
      p.addUser("admin", User.of("police.op", "张明", POLICE, Role.DEPT_OPERATOR));
      p.addUser("admin", User.of("police.leader", "陈处", POLICE, Role.DEPT_LEADER));
      p.addUser("admin", User.of("civil.op", "刘芳", CIVIL, Role.DEPT_OPERATOR));

      // A10: the department submits its entry, the bureau reviews it (assigning the
      // catalog code, A7), then the department publishes it.
      EntryRecord r = p.catalog().createDraft("police.op", household());
      r = p.catalog().submit("police.op", r.getId(), r.getRowVersion());
      r = p.catalog().approve("reviewer", r.getId(), r.getRowVersion());
      r = p.catalog().publish("police.leader", r.getId(), r.getRowVersion());
      CatalogEntry live = r.getLive().orElseThrow();
      System.out.println("目录 " + r.getCode() + " " + live.getName() + "：已发布");

      // A20: the consumer applies with the stamped application form, the purpose,
      // the legal duty it serves and the period of use.
      ApplicationRequest request = new ApplicationRequest();
      request.setEntryId(r.getId());
      request.setItems(List.of("姓名", "公民身份号码", "户籍地址"));
      request.setPurpose("最低生活保障家庭经济状况核对");
      request.setLegalDuty("《社会救助暂行办法》第十一条");
      request.setMethod(ShareMethod.API);
      request.setValidFrom(LocalDate.of(2026, 9, 28));
      request.setValidUntil(LocalDate.of(2026, 12, 31));
      request.setScan(ScanDocument.of("使用申请表（盖章）.pdf",
          "5d41402abc4b2a76b9719d911017c592ae2f0a3f6a1e7d2c2e1c4f9b8a7d6e5f", 183204));
      Application a = p.sharing().apply("civil.op", request);
      // A21: the bureau checks the form within 1 working day.
      ProcessStep check = a.getSteps().get(0);
      System.out.println("申请 #" + a.getId() + "：形式审查截止 " + check.getDue().getDue().toIso());
      a = p.sharing().acceptApplication("reviewer", a.getId(), a.getRowVersion());
      // A22: the provider decides within 10 working days (the National Day holiday
      // does not count).
      ProcessStep decision = a.getSteps().get(a.getSteps().size() - 1);
      System.out.println("已受理：公安局审核截止 " + decision.getDue().getDue().toIso());
      a = p.sharing().grantApplication("police.leader", a.getId(), a.getRowVersion(), new GrantTerms());
      Authorization z = p.sharing().getAuthorization("civil.op", a.getAuthorizationId());
      System.out.println("授权 #" + z.getId() + "：" + z.getValidFrom().toIso() + " 至 "
          + z.getValidUntil().toIso());

      // A30: the data is used only as authorized (不得超范围使用、不得用于其他目的):
      // every access is decided against the authorization — its items, method and
      // period — and the entry's scope (A8 应进行数据脱敏: masked items leave desensitized).
      AccessRequest access = AccessRequest.of("civil.op", r.getId(),
          "低保审批 2026-0917", // the matter the data is used for (A30)
          "姓名", "公民身份号码", "户籍地址");
      AccessDecision d = p.access().decide(access);
      System.out.println("访问：" + (d.isAllowed() ? "允许" : "拒绝"));
      for (ItemDecision item : d.getItems()) {
        System.out.println("  " + item.getItem() + "：" + GovShare.chineseLabel(item.getTreatment()));
      }
      String records = """
          [{"姓名": "张三", "公民身份号码": "320613198506151232",
            "户籍地址": "江苏省南通市崇川区和平桥街道工农路17号"}]""";
      System.out.println("记录：" + p.access().filter(d, records));

      // A26: past its period an authorization no longer allows anything; the
      // request's time is checked at every call.
      access.setTime(LocalDateTime.fromIso("2027-01-04T09:00"));
      d = p.access().decide(access);
      System.out.println("有效期后 " + access.getTime().orElseThrow().toIso() + " 访问："
          + (d.isAllowed() ? "允许" : "拒绝"));
      for (RuleCheck c : d.getReasons()) {
        if (!c.isPassed()) {
          System.out.println("  " + c.getRule() + "（" + c.getArticle() + "）：" + c.getMessage());
        }
      }
    }
  }
}
