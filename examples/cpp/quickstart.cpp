// Quickstart: one resource from catalog to masked record, on a platform file.
// The same scenario as examples/python/quickstart.py and examples/java/Quickstart.java.
//   example_quickstart [city.db]     (default: a new file in a temporary directory)
#include <stdlib.h>  // mkdtemp (POSIX)

#include <filesystem>
#include <iostream>
#include <string>

#include <govshare/govshare.h>

using namespace govshare;

const std::string kBureau = "11320600MB1T01108B";  // 南通市大数据管理局
const std::string kPolice = "11320600MB1A2B3CXJ";  // 南通市公安局
const std::string kCivil = "11320600MB1T01044D";   // 南通市民政局

// 户籍人口基本信息 as the police describe it. A8: a conditional entry states its
// scope — here the departments that may use it and the items to desensitize.
CatalogEntry Household() {
  CatalogEntry e;
  e.name = "户籍人口基本信息";
  e.summary = "全市户籍人口的公民身份号码、姓名和户籍地址，用于各部门核实申请人的户籍身份。";
  e.system_name = "公安人口信息管理系统";
  e.classification = {ResourceCategory::kBasic, "01", "001", ""};
  e.topics = {"人口", "户籍"};
  e.industry = "公共管理、社会保障和社会组织";
  e.format = {FormatClass::kDatabase, "Dm", ""};
  DataItem id;
  id.name = "公民身份号码";
  id.length = 18;
  id.nullable = false;
  id.personal_info = PersonalInfoKind::kIdCard;
  DataItem name;
  name.name = "姓名";
  name.length = 50;
  name.personal_info = PersonalInfoKind::kName;
  DataItem address;
  address.name = "户籍地址";
  address.length = 200;
  address.personal_info = PersonalInfoKind::kAddress;
  e.items = {id, name, address};
  e.data_standard = "GB/T 19488.1-2004 电子政务数据元";
  e.share.share_class = ShareClass::kConditional;
  e.share.conditions = "限民政部门履职核实户籍身份时使用；身份号码与地址脱敏后提供";
  e.share.scope.departments = {kCivil};
  e.share.scope.masked_items = {"公民身份号码", "户籍地址"};
  e.share.methods = {ShareMethod::kApi};
  e.share.authorization_mode = AuthorizationMode::kProviderDirect;  // A18: the police grant
  e.update_cycle = UpdateCycle::kRealtime;
  return e;
}

int main(int argc, char** argv) {
  std::string path;
  if (argc > 1) {
    path = argv[1];
  } else {
    std::string dir = (std::filesystem::temp_directory_path() / "govshare-XXXXXX").string();
    if (!mkdtemp(dir.data())) return 1;
    path = dir + "/city.db";
  }
  try {
    PlatformOptions options;
    options.path = path;
    options.simulated_time = LocalDateTime::FromIso("2026-09-28T09:00");
    auto p = Platform::Open(options);
    std::cout << "平台 " << path << "，时间 " << p->Now().ToIso() << '\n';

    // A4: the Big Data Bureau runs the platform; it registers departments and users.
    p->Initialize({kBureau, "南通市大数据管理局", DepartmentLevel::kBureau, ""},
                  {"admin", "王局", kBureau, {Role::kBureauAdmin}, true});
    p->AddDepartment("admin", {kPolice, "南通市公安局", DepartmentLevel::kMunicipal, ""});
    p->AddDepartment("admin", {kCivil, "南通市民政局", DepartmentLevel::kMunicipal, ""});
    p->AddUser("admin", {"reviewer", "李审", kBureau, {Role::kBureauReviewer}, true});
    p->AddUser("admin", {"police.op", "张明", kPolice, {Role::kDeptOperator}, true});
    p->AddUser("admin", {"police.leader", "陈处", kPolice, {Role::kDeptLeader}, true});
    p->AddUser("admin", {"civil.op", "刘芳", kCivil, {Role::kDeptOperator}, true});

    // A10: the department submits its entry, the bureau reviews it (assigning the
    // catalog code, A7), then the department publishes it.
    EntryRecord r = p->catalog().CreateDraft("police.op", Household());
    r = p->catalog().Submit("police.op", r.id, r.row_version);
    r = p->catalog().Approve("reviewer", r.id, r.row_version);
    r = p->catalog().Publish("police.leader", r.id, r.row_version);
    std::cout << "目录 " << r.code << " " << r.live->name << "：已发布\n";

    // A20: the consumer applies with the stamped application form, the purpose,
    // the legal duty it serves and the period of use.
    ApplicationRequest request;
    request.entry_id = r.id;
    request.items = {"姓名", "公民身份号码", "户籍地址"};
    request.purpose = "最低生活保障家庭经济状况核对";
    request.legal_duty = "《社会救助暂行办法》第十一条";
    request.method = ShareMethod::kApi;
    request.valid_from = Date{2026, 9, 28};
    request.valid_until = Date{2026, 12, 31};
    request.scan = {"使用申请表（盖章）.pdf",
                    "5d41402abc4b2a76b9719d911017c592ae2f0a3f6a1e7d2c2e1c4f9b8a7d6e5f", 183204};
    Application a = p->sharing().Apply("civil.op", request);
    // A21: the bureau checks the form within 1 working day.
    std::cout << "申请 #" << a.id << "：形式审查截止 " << a.steps[0].due.due.ToIso() << '\n';
    a = p->sharing().AcceptApplication("reviewer", a.id, a.row_version);
    // A22: the provider decides within 10 working days (the National Day holiday
    // does not count).
    std::cout << "已受理：公安局审核截止 " << a.steps.back().due.due.ToIso() << '\n';
    a = p->sharing().GrantApplication("police.leader", a.id, a.row_version, GrantTerms{});
    Authorization z = p->sharing().GetAuthorization("civil.op", a.authorization_id);
    std::cout << "授权 #" << z.id << "：" << z.valid_from.ToIso() << " 至 " << z.valid_until.ToIso()
              << '\n';

    // A30: the data is used only as authorized (不得超范围使用、不得用于其他目的):
    // every access is decided against the authorization — its items, method and
    // period — and the entry's scope (A8 应进行数据脱敏: masked items leave desensitized).
    AccessRequest access;
    access.user_id = "civil.op";
    access.entry_id = r.id;
    access.items = {"姓名", "公民身份号码", "户籍地址"};
    access.purpose = "低保审批 2026-0917";  // the matter the data is used for (A30)
    AccessDecision d = p->access().Decide(access);
    std::cout << "访问：" << (d.allowed ? "允许" : "拒绝") << '\n';
    for (const ItemDecision& item : d.items)
      std::cout << "  " << item.item << "：" << ChineseLabel(item.treatment) << '\n';
    std::cout << "记录："
              << p->access().Filter(d, R"([{"姓名": "张三", "公民身份号码": "320613198506151232",
                                  "户籍地址": "江苏省南通市崇川区和平桥街道工农路17号"}])")
              << '\n';

    // A26: past its period an authorization no longer allows anything; the
    // request's time is checked at every call.
    access.time = LocalDateTime::FromIso("2027-01-04T09:00");
    d = p->access().Decide(access);
    std::cout << "有效期后 " << access.time->ToIso() << " 访问：" << (d.allowed ? "允许" : "拒绝")
              << '\n';
    for (const RuleCheck& c : d.reasons)
      if (!c.passed) std::cout << "  " << c.rule << "（" << c.article << "）：" << c.message << '\n';
    return 0;
  } catch (const Error& e) {
    std::cerr << "错误：" << e.what() << '\n';
    return 1;
  }
}
