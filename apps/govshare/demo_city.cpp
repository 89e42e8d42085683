// govshare demo, setting up (demo_play.h): the platform file, the city's
// departments and users, its catalog (the sample entries and more, through
// review to publication) and the county platforms whose catalogs the city
// imports (A6).
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "govshare/govshare.h"
#include "demo_play.h"

namespace govshare_cli {
namespace demo_play {
namespace {

using namespace govshare;

// A valid credit code for Nantong body number n (GB 11714 inside, GB 32100 check).
std::string CreditCode(const std::string& region, int n) {
  char org[9];
  std::snprintf(org, sizeof org, "MD%06d", n);
  static const int kW[8] = {3, 7, 9, 10, 5, 8, 4, 2};
  int s = 0;
  for (int i = 0; i < 8; ++i) s += (org[i] >= '0' && org[i] <= '9' ? org[i] - '0' : org[i] - 'A' + 10) * kW[i];
  const int r = 11 - s % 11;
  const char check = r == 10 ? 'X' : r == 11 ? '0' : static_cast<char>('0' + r);
  const std::string body = "11" + region + org + check;
  return body + CreditCodeCheckChar(body);
}

// Extra municipal departments (beyond the sample catalog's providers) and the
// entries each publishes: name, summary.
struct ExtraEntry {
  std::string provider_key;
  std::string name;
  std::string summary;
  std::vector<std::string> topics;
};

const std::vector<ExtraEntry>& ExtraEntries() {
  static const std::vector<ExtraEntry> v = {
      {"edu", "中小学校基本信息", "全市中小学校名称、办学类型、地址、在校生规模等基本信息。", {"教育", "学校"}},
      {"edu", "教育收费标准信息", "公办学校学费、住宿费等收费项目及标准。", {"教育", "收费"}},
      {"edu", "民办学校办学许可信息", "民办学校办学许可证编号、举办者、有效期等信息。", {"教育", "行政许可"}},
      {"transport", "道路运输经营许可信息", "道路旅客、货物运输经营许可证及经营范围信息。", {"交通", "行政许可"}},
      {"transport", "出租汽车驾驶员从业资格信息", "出租汽车驾驶员从业资格证号、发证日期、注册单位等信息。", {"交通", "从业资格"}},
      {"transport", "公交线路及站点信息", "城市公交线路、站点名称及经纬度信息。", {"交通", "公共服务"}},
      {"emergency", "安全生产许可证信息", "非煤矿山、危险化学品生产企业安全生产许可证信息。", {"安全生产", "行政许可"}},
      {"emergency", "应急避难场所信息", "全市应急避难场所名称、位置、容纳人数等信息。", {"应急", "公共服务"}},
      {"justice", "律师事务所执业许可信息", "律师事务所名称、执业许可证号、负责人、住所等信息。", {"司法", "行政许可"}},
      {"justice", "人民调解组织信息", "人民调解委员会名称、类型、地址及调解员人数。", {"司法", "基层治理"}},
      {"finance", "政府采购项目公告信息", "政府采购项目名称、采购方式、预算金额、中标结果等信息。", {"财政", "政府采购"}},
      {"finance", "行政事业性收费目录", "全市行政事业性收费项目、依据、标准。", {"财政", "收费"}},
      {"market", "食品经营许可信息", "食品经营者名称、许可证编号、经营项目、有效期信息。", {"市场监管", "食品"}},
      {"market", "特种设备使用登记信息", "电梯、锅炉等特种设备使用登记证号及使用单位信息。", {"市场监管", "特种设备"}},
      {"hrss", "人力资源服务许可信息", "人力资源服务机构名称、许可证编号、服务范围信息。", {"就业", "行政许可"}},
      {"hrss", "职业技能等级证书信息", "职业技能等级证书编号、职业（工种）、等级、发证机构。", {"就业", "职业技能"}},
      {"housing", "建筑施工企业安全生产许可信息", "建筑施工企业安全生产许可证编号、有效期及企业信息。", {"建筑", "行政许可"}},
      {"housing", "物业服务项目信息", "物业服务项目名称、位置、服务企业及面积信息。", {"住房", "物业"}},
      {"health", "执业医师注册信息", "执业医师姓名、执业类别、执业范围、执业机构信息。", {"卫生健康", "从业资格"}},
      {"health", "预防接种单位信息", "预防接种门诊名称、地址、服务时间信息。", {"卫生健康", "公共服务"}},
      {"ecology", "建设项目环境影响评价审批信息", "建设项目环评文件审批文号、审批日期、建设地点信息。", {"生态环境", "行政许可"}},
      {"ecology", "重点排污单位名录", "重点排污单位名称、类别、所属行业、所在区县。", {"生态环境", "排污"}},
      {"land", "建设用地规划许可信息", "建设用地规划许可证号、用地单位、用地位置和面积。", {"自然资源", "行政许可"}},
      {"land", "测绘资质信息", "测绘资质证书编号、单位名称、专业类别、等级。", {"自然资源", "资质"}},
      {"medicare", "医保药品目录信息", "医保药品编码、通用名、剂型、支付类别信息。", {"医疗保障", "药品"}},
      {"civil", "养老机构备案信息", "养老机构名称、床位数、备案日期、地址信息。", {"民政", "养老"}},
      {"civil", "地名信息", "全市标准地名、类别、所在政区、含义等信息。", {"民政", "地名"}},
      {"stats", "统计年鉴数据", "南通统计年鉴各篇章汇总数据。", {"统计", "年鉴"}},
      {"stats", "国民经济主要指标月度数据", "地区生产总值、规上工业增加值等主要指标月度数据。", {"统计", "经济"}},
      {"fund", "住房公积金贷款政策信息", "住房公积金贷款额度、利率、期限政策信息。", {"住房公积金", "政策"}},
      {"bureau", "政务服务事项目录", "全市政务服务事项名称、实施主体、办理时限等信息。", {"政务服务", "一网通办"}},
      {"approval", "企业开办登记信息", "企业开办全流程办理时间节点及结果信息。", {"政务服务", "企业开办"}},
      {"approval", "投资项目审批信息", "投资项目在线审批监管平台审批事项及结果信息。", {"政务服务", "投资项目"}},
      {"police", "机动车登记信息", "机动车号牌号码、车辆类型、登记日期、所有人等信息。", {"交通", "机动车"}},
      {"police", "驾驶人信息", "机动车驾驶人准驾车型、初次领证日期、驾驶证状态。", {"交通", "驾驶人"}},
      {"petition", "信访事项办理结果统计", "信访事项受理、办结数量及满意率统计数据。", {"信访", "统计"}},
  };
  return v;
}

}  // namespace

// ---- setup -------------------------------------------------------------------------------

void Demo::Open() {
  namespace fs = std::filesystem;
  if (!IsServerDatabase(o_.db)) {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(o_.db + suffix);
  }
  PlatformOptions po;
  po.path = o_.db;
  po.durability = Durability::kNormal;  // a demo: speed over power-loss durability
  po.audit_hash = HashAlgorithm::kSm3;  // GM/T 0054
  po.simulated_time = LocalDateTime::FromIso("2026-08-03T09:00:00+08:00");
  p_ = Platform::Open(po);
}

void Demo::AddDept(const std::string& key, const std::string& code, const std::string& name,
                   DepartmentLevel level, const std::string& parent) {
  p_->AddDepartment("admin", {code, name, level, parent});
  codes_[key] = code;
  names_[code] = name;
  p_->AddUser("admin", {key + ".admin", name + "管理员", code, {Role::kDeptAdmin}, true});
  p_->AddUser(key + ".admin", {key + ".op", name + "经办人", code, {Role::kDeptOperator}, true});
  p_->AddUser(key + ".admin", {key + ".leader", name + "分管领导", code, {Role::kDeptLeader}, true});
}

const std::string& Demo::Code(const std::string& key) const { return codes_.at(key); }

void Demo::SeedCity() {
  Phase("建设南通市政务数据共享交换平台");
  {
    const Rulebook rules = p_->rulebook();
    out_ << "  适用规定：《" << rules.national.name << "》（" << rules.national.reference << "，"
         << rules.national.in_force_from.ToIso() << " 起施行）及《" << rules.local.name << "》（"
         << rules.local.reference << "）：国家行政法规优先，地方规定补充（docs/rulebook.md）\n";
  }
  p_->Initialize({kBureau, "南通市大数据管理局", DepartmentLevel::kBureau, ""},
                 {"admin", "王建国", kBureau, {Role::kBureauAdmin}, true});
  codes_["bureau"] = kBureau;
  names_[kBureau] = "南通市大数据管理局";
  p_->AddUser("admin", {"reviewer", "李审", kBureau, {Role::kBureauReviewer}, true});
  p_->AddUser("admin", {"auditor", "赵审计", kBureau, {Role::kAuditor}, true});
  p_->AddUser("admin", {"bureau.op", "大数据局经办人", kBureau, {Role::kDeptOperator}, true});
  p_->AddUser("admin", {"bureau.leader", "大数据局分管领导", kBureau, {Role::kDeptLeader}, true});
  AddDept("police", kPolice, "南通市公安局");
  AddDept("market", kMarket, "南通市市场监督管理局");
  AddDept("hrss", kHrss, "南通市人力资源和社会保障局");
  AddDept("civil", kCivil, "南通市民政局");
  AddDept("land", kLand, "南通市自然资源和规划局");
  AddDept("health", kHealth, "南通市卫生健康委员会");
  AddDept("housing", kHousing, "南通市住房和城乡建设局");
  AddDept("medicare", kMedicare, "南通市医疗保障局");
  AddDept("ecology", kEcology, "南通市生态环境局");
  AddDept("stats", kStats, "南通市统计局");
  AddDept("petition", kPetition, "南通市信访局");
  AddDept("fund", kFund, "南通市住房公积金管理中心");
  AddDept("approval", "11320600MB1T01140N", "南通市行政审批局");
  AddDept("edu", CreditCode("320600", 101), "南通市教育局");
  AddDept("transport", CreditCode("320600", 102), "南通市交通运输局");
  AddDept("emergency", CreditCode("320600", 103), "南通市应急管理局");
  AddDept("justice", CreditCode("320600", 104), "南通市司法局");
  AddDept("finance", CreditCode("320600", 105), "南通市财政局");
  // Three county platforms (A6) and a department of each.
  AddDept("rugao", "11320682MB1R030051", "如皋市大数据管理局", DepartmentLevel::kCountyPlatform);
  AddDept("haian", CreditCode("320685", 201), "海安市大数据管理局", DepartmentLevel::kCountyPlatform);
  AddDept("qidong", CreditCode("320681", 301), "启东市大数据管理局", DepartmentLevel::kCountyPlatform);
  AddDept("rugao.approval", "11320682MB1R02010B", "如皋市行政审批局", DepartmentLevel::kCounty, Code("rugao"));
  AddDept("haian.market", CreditCode("320685", 202), "海安市市场监督管理局", DepartmentLevel::kCounty, Code("haian"));
  AddDept("qidong.civil", CreditCode("320681", 302), "启东市民政局", DepartmentLevel::kCounty, Code("qidong"));
  p_->sharing().SetPolicy("admin", SharingPolicy{});
  out_ << "  " << p_->Departments().size() << " 个部门（含大数据管理局、3 个县（市）区平台），"
       << p_->Users("").size() << " 名用户（管理员、审核员、经办人、分管领导、审计员）\n";
}

// Draft → submit → (reject → revise → submit) → approve → publish.
std::int64_t Demo::PublishEntry(const std::string& key, CatalogEntry e, bool reject_first) {
  e.code.clear();
  e.related_codes.clear();
  e.provider = {Code(key), names_.at(Code(key))};
  EntryRecord r = p_->catalog().CreateDraft(key + ".op", e);
  r = p_->catalog().Submit(key + ".op", r.id, r.row_version);
  if (reject_first) {
    r = p_->catalog().Reject("reviewer", r.id, r.row_version, {{"summary", "摘要应说明数据来源和统计口径"}});
    e.summary += "数据来源为本部门业务系统，按自然日汇总。";
    r = p_->catalog().EditDraft(key + ".op", r.id, r.row_version, e);
    r = p_->catalog().Submit(key + ".op", r.id, r.row_version);
  }
  r = p_->catalog().Approve("reviewer", r.id, r.row_version);
  r = p_->catalog().Publish(key + ".leader", r.id, r.row_version);
  entries_[e.name] = r.id;
  provider_key_[r.id] = key;
  return r.id;
}

std::string Demo::KeyOf(const std::string& code) const {
  for (const auto& [k, c] : codes_)
    if (c == code) return k;
  return "";
}

void Demo::SeedCatalog() {
  Phase("编目、审核、发布（A7–A13）");
  const Catalog sample = CatalogFromJson(kDemoSampleCatalog);
  size_t n = 0;
  const size_t total = sample.entries.size() + ExtraEntries().size();
  for (const auto& e : sample.entries) {
    const std::string key = KeyOf(e.provider.code);
    if (key.empty() || key.rfind("rugao", 0) == 0) {  // county entries come through federation
      ++n;
      continue;
    }
    PublishEntry(key, e);
    Progress("发布", ++n, total);
  }
  // More entries, modelled on an unconditional, platform-granted sample entry.
  const CatalogEntry& model = sample.entries.at(6);  // 社会组织登记信息
  bool rejected = false;
  for (const auto& x : ExtraEntries()) {
    CatalogEntry e = model;
    e.name = x.name;
    e.summary = x.summary + "数据由" + names_.at(Code(x.provider_key)) + "业务系统产生并维护。";
    e.topics = x.topics;
    e.system_name = names_.at(Code(x.provider_key)) + "业务系统";
    e.update_cycle = rng_() % 3 == 0 ? UpdateCycle::kWeekly : UpdateCycle::kDaily;
    // A13: a resource renewed daily changes often and is offered by API too.
    if (e.update_cycle == UpdateCycle::kDaily) e.share.methods.push_back(ShareMethod::kApi);
    PublishEntry(x.provider_key, e, !rejected);  // the first one is sent back once (A10)
    rejected = true;
    Progress("发布", ++n, total);
  }
  p_->catalog().ScheduleCensus("admin", 2026);
  out_ << "  全市目录 " << entries_.size() << " 条；一条因摘要不规范被退回修改后通过（A10）；已部署 2026 年度目录普查（A11）\n";
}

FederationReport Demo::ImportCounty(const std::string& key, const Catalog& sample, int version) {
  // The county platform: its own store, the city's bureau as reviewer, its
  // own signing key (handed over as a secrets manager would, in an
  // environment variable of this process).
  const std::string code = Code(key);
  auto known = county_keys_.find(key);
  if (known == county_keys_.end()) {
    known = county_keys_.emplace(key, GenerateSigningKey()).first;
    // The city registers the county platform's public key before its first bundle.
    if (!p_->FindDepartment(code)) {
      p_->AddDepartment("admin", {code, names_.at(code), DepartmentLevel::kCountyPlatform, ""});
    }
    p_->RegisterCountyKey("admin", code, known->second.public_key_pem);
  }
  ::setenv("GOVSHARE_DEMO_COUNTY_SIGNING_KEY", known->second.private_key_pem.c_str(), 1);
  PlatformOptions options;
  options.path = ":memory:";
  options.durability = Durability::kNormal;
  options.simulated_time = p_->Now();
  options.signing_key_env = "GOVSHARE_DEMO_COUNTY_SIGNING_KEY";
  auto county = Platform::Open(options);
  ::unsetenv("GOVSHARE_DEMO_COUNTY_SIGNING_KEY");
  county->Initialize({kBureau, "南通市大数据管理局", DepartmentLevel::kBureau, ""},
                     {"admin", "王建国", kBureau, {Role::kBureauAdmin}, true});
  county->AddUser("admin", {"reviewer", "李审", kBureau, {Role::kBureauReviewer}, true});
  county->AddDepartment("admin", {code, names_.at(code), DepartmentLevel::kCountyPlatform, ""});
  county->AddUser("admin", {"county", "县区平台管理员", code, {Role::kDeptAdmin, Role::kDeptOperator, Role::kDeptLeader}, true});
  const std::vector<std::pair<std::string, std::string>> items = {
      {"企业投资项目备案信息", "县域企业投资项目备案编号、项目名称、建设单位、建设地点信息。"},
      {"便民服务中心办事指南", "县域便民服务中心政务服务事项办事指南。"}};
  for (const auto& [name, summary] : items) {
    CatalogEntry e = sample.entries.at(6);
    e.code.clear();
    e.related_codes.clear();
    e.provider = {code, names_.at(code)};
    // The county's own 目 (its region digits), so its codes never collide with the city's.
    e.classification.group = code.substr(5, 3);
    e.name = names_.at(code).substr(0, names_.at(code).find("大数据管理局")) + name;
    e.summary = summary + (version > 1 ? std::string("（已更新）") : std::string());
    EntryRecord r = county->catalog().CreateDraft("county", e);
    r = county->catalog().Submit("county", r.id, r.row_version);
    r = county->catalog().Approve("reviewer", r.id, r.row_version);
    county->catalog().Publish("county", r.id, r.row_version);
  }
  return p_->catalog().ImportFederationBundle("admin", county->catalog().ExportFederationBundle("county"));
}

}  // namespace demo_play
}  // namespace govshare_cli
