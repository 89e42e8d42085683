// The small city of the tests and the entries every rule passes (test_util.h):
// no GoogleTest here, so the fuzz harnesses (tests/fuzz) seed their platforms
// with the same city.
#include "test_util.h"

namespace govshare::testing {

CatalogEntry ValidUnconditionalEntry() {
  CatalogEntry e;
  e.code = "102001/000001";
  e.name = "市场主体登记信息";
  e.summary = "全市各类市场主体的登记注册信息，包括企业名称、统一社会信用代码、法定代表人、注册资本和登记状态。";
  e.provider = {kEnterpriseCode, "南通市市场监督管理局"};
  e.system_name = "江苏省市场监管信息平台";
  e.classification = {ResourceCategory::kBasic, "02", "001", ""};
  e.topics = {"法人", "市场监管"};
  e.industry = "公共管理、社会保障和社会组织";
  e.format = {FormatClass::kDatabase, "Dm", ""};
  DataItem code;
  code.name = "统一社会信用代码";
  code.type = DataType::kCharacter;
  code.length = 18;
  code.nullable = false;
  code.personal_info = PersonalInfoKind::kCreditCode;
  DataItem name;
  name.name = "企业名称";
  name.length = 200;
  DataItem capital;
  capital.name = "注册资本(万元)";
  capital.type = DataType::kNumeric;
  capital.length = 18;
  capital.scale = 6;
  DataItem status;
  status.name = "登记状态";
  status.length = 2;
  status.code_table = "登记状态代码";
  DataItem founded;
  founded.name = "成立日期";
  founded.type = DataType::kDate;
  founded.length = 8;
  e.items = {code, name, capital, status, founded};
  e.dictionary = {CodeTable{"登记状态代码", "登记状态代码", "",
                            {{"01", "存续"}, {"02", "吊销"}, {"03", "注销"}}}};
  e.data_standard = "GB/T 19488.1-2004 电子政务数据元";
  e.share.share_class = ShareClass::kUnconditional;
  e.share.methods = {ShareMethod::kTable, ShareMethod::kApi};
  e.share.front_database = "市场监管局共享前置库";
  e.share.for_analysis = true;
  e.share.authorization_mode = AuthorizationMode::kPlatformDirect;
  e.open.open_class = OpenClass::kUnconditional;
  e.open.method = "数据下载、接口访问";
  e.update_cycle = UpdateCycle::kDaily;
  e.publish_date = Date{2021, 3, 15};
  return e;
}

CatalogEntry ValidConditionalEntry() {
  CatalogEntry e;
  e.code = "101001/000001";
  e.name = "户籍人口基本信息";
  e.summary = "全市户籍人口的身份、出生、户籍地址和人口状态信息，用于身份核验和人口统计分析。";
  e.provider = {kPoliceCode, "南通市公安局"};
  e.system_name = "公安人口信息管理系统";
  e.classification = {ResourceCategory::kBasic, "01", "001", ""};
  e.topics = {"人口"};
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
  DataItem sex;
  sex.name = "性别";
  sex.length = 1;
  sex.code_table = "GB/T 2261.1";
  DataItem address;
  address.name = "户籍地址";
  address.length = 200;
  address.personal_info = PersonalInfoKind::kAddress;
  e.items = {id, name, sex, address};
  e.data_standard = "GB/T 19488.1-2004 电子政务数据元";
  e.share.share_class = ShareClass::kConditional;
  e.share.conditions = "仅限履职需要，身份号码与地址脱敏后提供";
  e.share.scope.departments = {kInstitutionCode};
  e.share.scope.masked_items = {"公民身份号码", "户籍地址"};
  e.share.methods = {ShareMethod::kApi};
  e.share.parallel_approval = true;
  e.share.authorization_mode = AuthorizationMode::kProviderDirect;
  e.open.open_class = OpenClass::kNotOpen;
  e.update_cycle = UpdateCycle::kRealtime;
  e.publish_date = Date{2020, 6, 1};
  return e;
}

void SeedCity(Platform& p) {
  p.Initialize({kBureau, "南通市大数据管理局", DepartmentLevel::kBureau, ""},
               {"admin", "王局", kBureau, {Role::kBureauAdmin}, true});
  p.AddUser("admin", {"reviewer", "李审", kBureau, {Role::kBureauReviewer}, true});
  p.AddUser("admin", {"auditor", "赵审计", kBureau, {Role::kAuditor}, true});
  p.AddDepartment("admin", {kPolice, "南通市公安局", DepartmentLevel::kMunicipal, ""});
  p.AddDepartment("admin", {kCivil, "南通市民政局", DepartmentLevel::kMunicipal, ""});
  p.AddDepartment("admin", {kRugaoPlatform, "如皋市大数据管理局", DepartmentLevel::kCountyPlatform, ""});
  p.AddDepartment("admin", {kRugaoDept, "如皋市行政审批局", DepartmentLevel::kCounty, kRugaoPlatform});
  p.AddUser("admin", {"police.admin", "公安管理员", kPolice, {Role::kDeptAdmin}, true});
  p.AddUser("police.admin", {"police.op", "张明", kPolice, {Role::kDeptOperator}, true});
  p.AddUser("admin", {"police.leader", "陈处", kPolice, {Role::kDeptLeader}, true});
  p.AddUser("admin", {"civil.op", "刘芳", kCivil, {Role::kDeptOperator}, true});
  p.AddUser("admin", {"civil.leader", "周处", kCivil, {Role::kDeptLeader}, true});
  p.AddUser("admin", {"rugao.admin", "如皋管理员", kRugaoPlatform, {Role::kDeptAdmin, Role::kDeptOperator, Role::kDeptLeader}, true});
}

std::pair<std::int64_t, std::int64_t> PublishAndGrantToCivil(Platform& p) {
  CatalogEntry e = ValidConditionalEntry();
  e.code.clear();
  e.share.scope.departments = {kCivil};
  EntryRecord r = p.catalog().CreateDraft("police.op", e);
  r = p.catalog().Submit("police.op", r.id, r.row_version);
  r = p.catalog().Approve("reviewer", r.id, r.row_version);
  r = p.catalog().Publish("police.leader", r.id, r.row_version);
  ApplicationRequest req;
  req.entry_id = r.id;
  req.items = {"姓名", "公民身份号码"};
  req.purpose = "低保核对";
  req.legal_duty = "《社会救助暂行办法》第十一条";
  req.method = ShareMethod::kApi;
  req.valid_from = Date{2026, 9, 1};
  req.valid_until = Date{2026, 12, 31};
  req.scan = {"申请表.pdf", std::string(64, 'a'), 1024};
  Application a = p.sharing().Apply("civil.op", req);
  a = p.sharing().AcceptApplication("reviewer", a.id, a.row_version);
  a = p.sharing().GrantApplication("police.leader", a.id, a.row_version, {});
  return {r.id, a.authorization_id};
}

}  // namespace govshare::testing
