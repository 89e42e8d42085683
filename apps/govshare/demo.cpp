// govshare demo: seeds a realistic Nantong — the Big Data Bureau, municipal
// departments, three county platforms, users in every role, more than 60
// catalog entries — and plays August to early November 2026 on the simulated
// clock, across National Day: catalog reviews (a rejection, a revision), an
// obligation after a law revision and the annual census, applications through
// every path (provider, platform, provider-to-platform; a late provider, a
// refusal, a form the bureau does not accept, one submitted on the eve of
// National Day), a demand request fulfilled by a publication, an objection
// with correction notices, a dispute, a withdrawal, county catalog imports,
// daily access decisions with masking and comparisons, refresh reports, an
// expiry and a non-use revocation, projects, an inspection with a
// rectification escalated to a written notice. Then it prints the supervision
// summary and writes the full report.
#include "demo.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <iomanip>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include "govshare/govshare.h"
#include "report.h"

namespace govshare_cli {

extern const char kDemoSampleCatalog[];  // demo_sample.cpp (generated)
extern const char kDemoCalendar2027[];   // demo_sample.cpp: examples/data/calendar-2027-example.tsv

namespace {

using namespace govshare;

// ---- the city ----------------------------------------------------------------------------

constexpr char kBureau[] = "11320600MB1T01108B";
constexpr char kPolice[] = "11320600MB1T0101XP";
constexpr char kMarket[] = "11320600MB1T01028P";
constexpr char kHrss[] = "11320600MB1T01036J";
constexpr char kCivil[] = "11320600MB1T01044D";
constexpr char kLand[] = "11320600MB1T010528";
constexpr char kHealth[] = "11320600MB1T010603";
constexpr char kHousing[] = "11320600MB1T010790";
constexpr char kMedicare[] = "11320600MB1T01087T";
constexpr char kEcology[] = "11320600MB1T01095M";
constexpr char kStats[] = "11320600MB1T011166";
constexpr char kPetition[] = "11320600MB1T011241";
constexpr char kFund[] = "12320600MB1T01132Q";

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

struct DeptSpec {
  std::string code;
  std::string name;
  std::string key;  // user id prefix
};

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

// ---- the play ------------------------------------------------------------------------------

class Demo {
 public:
  Demo(const DemoOptions& o, std::ostream& out) : o_(o), out_(out), rng_(20261001) {}

  int Run() {
    const auto started = std::chrono::steady_clock::now();
    Open();
    SeedCity();
    SeedCatalog();
    PlayAugust();
    PlaySeptember();
    PlayOctober();
    PlayNovember();
    PlayWinter();
    Report();
    p_->Close();
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    out_ << "\n完成：" << std::fixed << std::setprecision(1) << s << " 秒。平台文件 " << o_.db << "，报告 " << report_html_
         << "\n";
    return 0;
  }

 private:
  // ---- printing ----------------------------------------------------------------------------
  void Phase(const std::string& title) { out_ << "\n== " << title << " ==\n"; }
  void Say(const std::string& line) { out_ << "  " << p_->Now().date.ToIso() << "  " << line << "\n"; }
  void Progress(const std::string& what, size_t done, size_t total) {
    if (done == total || done % std::max<size_t>(1, total / 4) == 0) {
      out_ << "  … " << what << " " << done << "/" << total << "\n";
    }
  }
  // Moves the clock to `iso`, living every working day in between (refresh
  // reports, access decisions, comparisons).
  void At(const char* iso) {
    const LocalDateTime t = LocalDateTime::FromIso(std::string(iso) + "+08:00");
    const int first = p_->Now().date.DaysSinceEpoch() + 1, last = t.date.DaysSinceEpoch() - 1;
    if (first <= last) Live(Date::FromDaysSinceEpoch(first), Date::FromDaysSinceEpoch(last));
    p_->SetTime(t);
  }

  // ---- setup -------------------------------------------------------------------------------
  void Open() {
    namespace fs = std::filesystem;
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(o_.db + suffix);
    PlatformOptions po;
    po.path = o_.db;
    po.durability = Durability::kNormal;  // a demo: speed over power-loss durability
    po.audit_hash = HashAlgorithm::kSm3;  // GM/T 0054
    po.simulated_time = LocalDateTime::FromIso("2026-08-03T09:00:00+08:00");
    p_ = Platform::Open(po);
  }

  void AddDept(const std::string& key, const std::string& code, const std::string& name,
               DepartmentLevel level = DepartmentLevel::kMunicipal, const std::string& parent = "") {
    p_->AddDepartment("admin", {code, name, level, parent});
    codes_[key] = code;
    names_[code] = name;
    p_->AddUser("admin", {key + ".admin", name + "管理员", code, {Role::kDeptAdmin}, true});
    p_->AddUser(key + ".admin", {key + ".op", name + "经办人", code, {Role::kDeptOperator}, true});
    p_->AddUser(key + ".admin", {key + ".leader", name + "分管领导", code, {Role::kDeptLeader}, true});
  }
  const std::string& Code(const std::string& key) const { return codes_.at(key); }

  void SeedCity() {
    Phase("建设南通市政务数据共享交换平台");
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
    p_->AddUser("admin", {"police.auditor", "公安局审计员", kPolice, {Role::kAuditor}, true});
    // Three county platforms (A6) and a department of each.
    AddDept("rugao", "11320682MB1R030051", "如皋市大数据管理局", DepartmentLevel::kCountyPlatform);
    AddDept("haian", CreditCode("320685", 201), "海安市大数据管理局", DepartmentLevel::kCountyPlatform);
    AddDept("qidong", CreditCode("320681", 301), "启东市大数据管理局", DepartmentLevel::kCountyPlatform);
    AddDept("rugao.approval", "11320682MB1R02010B", "如皋市行政审批局", DepartmentLevel::kCounty, Code("rugao"));
    AddDept("haian.market", CreditCode("320685", 202), "海安市市场监督管理局", DepartmentLevel::kCounty, Code("haian"));
    AddDept("qidong.civil", CreditCode("320681", 302), "启东市民政局", DepartmentLevel::kCounty, Code("qidong"));
    p_->sharing().SetPolicy("admin", {5, 5});
    out_ << "  " << p_->Departments().size() << " 个部门（含大数据管理局、3 个县（市）区平台），"
         << p_->Users("").size() << " 名用户（管理员、审核员、经办人、分管领导、审计员）\n";
  }

  // Draft → submit → (reject → revise → submit) → approve → publish.
  std::int64_t PublishEntry(const std::string& key, CatalogEntry e, bool reject_first = false) {
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

  std::string KeyOf(const std::string& code) const {
    for (const auto& [k, c] : codes_)
      if (c == code) return k;
    return "";
  }

  void SeedCatalog() {
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
      PublishEntry(x.provider_key, e, !rejected);  // the first one is sent back once (A10)
      rejected = true;
      Progress("发布", ++n, total);
    }
    p_->catalog().ScheduleCensus("admin", 2026);
    out_ << "  全市目录 " << entries_.size() << " 条；一条因摘要不规范被退回修改后通过（A10）；已部署 2026 年度目录普查（A11）\n";
  }

  // ---- applications ------------------------------------------------------------------------
  ApplicationRequest Request(std::int64_t entry, std::vector<std::string> items, const char* until,
                             const std::string& purpose, ShareMethod method = ShareMethod::kApi) {
    ApplicationRequest r;
    r.entry_id = entry;
    r.items = std::move(items);
    r.purpose = purpose;
    r.legal_duty = "《江苏省公共数据管理办法》及本部门“三定”职责";
    r.method = method;
    r.valid_from = p_->Now().date;
    r.valid_until = Date::FromIso(until);
    r.scan = {"使用申请表（盖章）.pdf", "3f1c9a0b5e7d2c4a6b8e0f1d3c5a7b9e2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c", 245760};
    return r;
  }
  std::string Entry(const std::string& name) const { return std::to_string(entries_.at(name)); }

  void PlayAugust() {
    Phase("八月：申请、授权与法定时限（A18–A23）");
    At("2026-08-03T10:00:00");
    // A11: a law revision obliges the police to update its catalog within 15 working days.
    const Obligation ob = p_->catalog().RecordLegalChange("admin", kPolice, ObligationKind::kLawRevision,
                                                "《中华人民共和国户口登记条例》修订", Date::FromIso("2026-08-03"));
    Say("公安局须于 " + ob.due.due.date.ToIso() + " 前根据法规修订更新目录（A11）");

    // 1. Provider-granted (A22), on time: 民政局 ← 户籍人口基本信息.
    household_ = entries_.at("户籍人口基本信息");
    Application a = p_->sharing().Apply("civil.op", Request(household_, {"姓名", "公民身份号码", "户籍地址"}, "2027-07-31",
                                                  "最低生活保障对象家庭经济状况核对"));
    Say("民政局申请户籍人口基本信息，受理时限 " + a.steps[0].due.due.date.ToIso() + "（A21）");
    At("2026-08-03T15:00:00");
    a = p_->sharing().AcceptApplication("reviewer", a.id, a.row_version);
    At("2026-08-06T10:00:00");
    a = p_->sharing().GrantApplication("police.leader", a.id, a.row_version, {{}, std::nullopt, std::nullopt, "仅限低保核对使用", std::nullopt});
    civil_household_ = a.authorization_id;
    Say("公安局在 " + a.steps[1].due.due.date.ToIso() + " 时限内授权（A22）");
    // A8 应进行数据脱敏: the police masks the ID number for every consumer.
    p_->access().SetMaskingRules("police.op", household_, {{"公民身份号码", PersonalInfoKind::kIdCard, -1, -1, false}});

    // 2. Platform-granted (A23): 人社局 ← 市场主体登记信息; never used afterwards (A26 below).
    At("2026-08-06T10:30:00");
    market_ = entries_.at("市场主体登记信息");
    Application b = p_->sharing().Apply("hrss.op", Request(market_, {"统一社会信用代码", "市场主体名称", "登记状态"}, "2027-08-31",
                                                 "就业登记核验用人单位"));
    b = p_->sharing().AcceptApplication("reviewer", b.id, b.row_version);
    At("2026-08-07T11:00:00");
    b = p_->sharing().GrantApplication("reviewer", b.id, b.row_version, {});
    idle_ = b.authorization_id;
    Say("平台直接授权人社局使用市场主体登记信息，结果推送市场监管局（A23）");

    // 3. Provider → platform (A18): the police grants the platform once; the bureau grants within it.
    identity_ = entries_.at("居民身份信息比对核验");
    GrantTerms wide;
    wide.valid_until = Date::FromIso("2027-12-31");
    p_->sharing().GrantPlatform("police.leader", identity_, wide);
    Application c = p_->sharing().Apply("hrss.op", Request(identity_, {"姓名", "公民身份号码"}, "2027-06-30", "社保卡申领身份核验"));
    c = p_->sharing().AcceptApplication("reviewer", c.id, c.row_version);
    c = p_->sharing().GrantApplication("reviewer", c.id, c.row_version, {});
    hrss_identity_ = c.authorization_id;
    Say("公安局整体授权平台，平台在其范围内授权人社局身份比对（A18，仅比对）");

    // 4. A late provider: 医保局 ← 殡葬火化信息 (民政局 answers after 10 working days).
    funeral_ = entries_.at("殡葬火化信息");
    At("2026-08-07T14:00:00");
    late_ = p_->sharing().Apply("medicare.op", Request(funeral_, {"逝者姓名", "逝者公民身份号码", "死亡日期"}, "2026-09-30",
                                             "停止已故人员医保待遇"));
    late_ = p_->sharing().AcceptApplication("reviewer", late_.id, late_.row_version);
    Say("医保局申请殡葬火化信息，民政局应于 " + late_.steps[1].due.due.date.ToIso() + " 前审核（A22）");

    // 5. A refusal with its reason (A22), and a dispute over it (A27).
    At("2026-08-10T10:00:00");
    Application d = p_->sharing().Apply("housing.op", Request(entries_.at("基本医疗保险参保信息"), {"参保状态"}, "2027-08-31",
                                                    "保障性住房申请人资格审核"));
    d = p_->sharing().AcceptApplication("reviewer", d.id, d.row_version);
    d = p_->sharing().RefuseApplication("medicare.leader", d.id, d.row_version, "申请用途与参保信息无直接关联，建议通过住房保障平台核验");
    Say("医保局不予授权住建局，说明理由（A22）");
    DisputeInput di;
    di.subject = DisputeSubject::kReasons;
    di.application_id = d.id;
    di.description = "保障性住房资格审核需核验申请人参保状态，属法定职责";
    dispute_ = p_->sharing().OpenDispute("housing.leader", di);
    Say("住建局就申请理由提出意见分歧，由大数据管理局协调（A27）");

    // 6. A form the bureau does not accept (A21).
    ApplicationRequest bad = Request(entries_.at("不动产登记信息"), {"坐落", "用途"}, "2027-08-31", "征收补偿");
    bad.scan.file_name = "申请表（未盖章）.pdf";
    Application e = p_->sharing().Apply("finance.op", bad);
    e = p_->sharing().DeclineApplication("reviewer", e.id, e.row_version, "申请材料未加盖公章，请补正后重新提交（A20）");
    Say("财政局申请材料未盖章，不予受理并说明理由（A21）");

    // 7. A demand request (A24–A25): 统计局 asks 教育局 for a resource not in the catalog.
    DemandRequestInput dr;
    dr.target_code = Code("edu");
    dr.description = "中小学在校生人数分年级统计数据";
    dr.items = {"学校名称", "年级", "在校生人数"};
    dr.purpose = "教育事业统计年报";
    dr.scan = {"需求申请表（盖章）.pdf", "9b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3f1c9a0b5e7d2c4a6b8e0f1d3c5a7b", 118000};
    demand_ = p_->sharing().SubmitDemand("stats.op", dr);
    At("2026-08-12T10:00:00");
    demand_ = p_->sharing().AnswerDemand("edu.leader", demand_.id, demand_.row_version,
                               {DemandAnswerKind::kWillPublish, "确属本部门职责，已着手编目", ""});
    Say("教育局承诺于 " + demand_.steps[1].due.due.date.ToIso() + " 前发布统计局需求的资源（A25）");

    // A11: the police submits its revised entry within the deadline.
    At("2026-08-18T10:00:00");
    EntryRecord r = p_->catalog().GetEntry("police.op", household_);
    CatalogEntry revised = *r.live;
    revised.code.clear();
    revised.summary += "根据户口登记条例修订增补迁移原因信息项说明。";
    r = p_->catalog().EditDraft("police.op", household_, r.row_version, revised);
    r = p_->catalog().Submit("police.op", household_, r.row_version);
    r = p_->catalog().Approve("reviewer", household_, r.row_version);
    p_->catalog().Publish("police.leader", household_, r.row_version);
    Say("公安局按期更新目录，履行法规修订后的更新义务（A11）");

    At("2026-08-24T10:00:00");
    late_ = p_->sharing().GetApplication("medicare.op", late_.id);
    late_ = p_->sharing().GrantApplication("civil.leader", late_.id, late_.row_version, {});
    Say(std::string("民政局逾期完成授权（时限 ") + late_.steps[1].due.due.date.ToIso() + "，" +
        (late_.steps[1].on_time ? "按时" : "逾期") + "，A22）");

    // The bureau mediates the dispute.
    dispute_ = p_->sharing().ResolveDispute("admin", dispute_.id, dispute_.row_version,
                                  "经协商，住建局补充履职依据后按条件共享范围重新申请，医保局予以支持");
    Say("意见分歧经三方协商解决（A27）");
    At("2026-08-31T18:00:00");

  }

  // Every working day: providers report refreshes, consumers use their data.
  void Live(const Date& first, const Date& last) {
    auto cal = p_->calendar();
    const std::vector<std::string> lazy = {"stats", "land", "petition"};  // they never report refreshes
    int worked = 0;
    for (int day = first.DaysSinceEpoch(); day <= last.DaysSinceEpoch(); ++day) {
      const Date date = Date::FromDaysSinceEpoch(day);
      if (!cal->IsWorkingDay(date, true)) continue;  // predicted where a year is not loaded
      p_->SetTime({date, 9, 0, 0});
      for (const auto& [id, key] : provider_key_) {
        if (std::find(lazy.begin(), lazy.end(), key) != lazy.end()) continue;
        if (rng_() % 5 == 0) continue;  // not every resource every day
        p_->supervision().ReportRefresh(key + ".op", id);
      }
      p_->SetTime({date, 10, 30, 0});
      Decisions();
      ++worked;
    }
    p_->SetTime({last, 18, 0, 0});
    if (worked >= 5) out_ << "  … " << last.ToIso() << "：日常数据交换 " << worked << " 个工作日（更新报告、访问决策、比对）\n";
  }

  void Decisions() {
    static const std::string kRecord =
        R"([{"姓名":"张三","公民身份号码":"320613198506151232","户籍地址":"江苏省南通市崇川区和平桥街道工农路17号"},)"
        R"({"姓名":"李四","公民身份号码":"32068219660912517X","户籍地址":"江苏省南通市如皋市如城街道解放路8号"}])";
    for (int i = 0; i < 40; ++i) {
      AccessRequest r;
      r.user_id = "civil.op";
      r.entry_id = household_;
      r.items = {"姓名", "公民身份号码", "户籍地址"};
      r.purpose = "低保核对 NT2026-" + std::to_string(1000 + decisions_);
      const AccessDecision d = p_->access().Decide(r);
      ++decisions_;
      if (d.allowed) {
        ++allowed_;
        if (i == 0) last_filtered_ = p_->access().Filter(d, kRecord);
      }
    }
    // Comparison only (A8 数据比对): 人社局 checks names against ID numbers.
    for (int i = 0; i < 5; ++i) {
      AccessRequest r;
      r.user_id = "hrss.op";
      r.entry_id = identity_;
      r.purpose = "社保卡申领 SB2026-" + std::to_string(comparisons_);
      const ComparisonResult c = p_->access().Compare(r, {{"姓名", i % 4 ? "张三" : "张山"}, {"公民身份号码", "320613198506151232"}},
                                             R"({"姓名":"张三","公民身份号码":"320613198506151232"})");
      ++comparisons_;
      if (c.allowed && c.overall == ComparisonOutcome::kMatch) ++matched_;
    }
    // A department without an authorization is refused, and it is logged.
    AccessRequest stray;
    stray.user_id = "finance.op";
    stray.entry_id = household_;
    stray.items = {"姓名"};
    stray.purpose = "未经授权的尝试";
    if (!p_->access().Decide(stray).allowed) ++refused_;
    ++decisions_;
  }

  void PlaySeptember() {
    Phase("九月：县区目录汇聚、数据纠错、撤销发布（A6、A16、A29）");
    At("2026-09-01T09:00:00");
    // A6: each county platform runs its own platform and exports its catalog.
    const Catalog sample = CatalogFromJson(kDemoSampleCatalog);
    for (const char* county : {"rugao", "haian", "qidong"}) {
      const FederationReport rep = ImportCounty(county, sample, 1);
      Say(names_.at(Code(county)) + " 目录汇聚：新增 " + std::to_string(rep.added) + " 条（A6）");
      // The county platform reports its resources' refreshes to the city too.
      for (const auto& r : p_->catalog().Entries("auditor", Code(county))) provider_key_[r.id] = county;
    }

    // A29: 民政局 questions a record; the police verifies and corrects it.
    At("2026-09-08T10:00:00");
    Application fund = p_->sharing().Apply("fund.op", Request(household_, {"姓名", "公民身份号码"}, "2027-08-31", "公积金提取身份核验"));
    fund = p_->sharing().AcceptApplication("reviewer", fund.id, fund.row_version);
    fund = p_->sharing().GrantApplication("police.leader", fund.id, fund.row_version, {});
    Objection obj = p_->sharing().RaiseObjection("civil.op", {household_, "320613198506151232", "户籍地址", "地址门牌号与实际不符"});

    // A25: the committed resource is published and linked.
    At("2026-09-09T10:00:00");
    CatalogEntry e = sample.entries.at(6);
    e.name = "中小学在校生人数统计信息";
    e.summary = "按学校、年级统计的中小学在校生人数，数据由南通市教育局学籍管理系统汇总。";
    e.topics = {"教育", "统计"};
    const std::int64_t published = PublishEntry("edu", e);
    demand_ = p_->sharing().GetDemand("stats.op", demand_.id);
    demand_ = p_->sharing().FulfilDemand("edu.leader", demand_.id, demand_.row_version, published);
    Say(std::string("教育局发布需求资源，需求申请办结（") + (demand_.steps[1].on_time ? "按时" : "逾期") + "，A25）");

    At("2026-09-10T16:00:00");
    obj = p_->sharing().ResolveObjection("police.leader", obj.id, obj.row_version, true, "已核实并更正门牌号为工农路17号");
    Say("公安局核实更正疑义数据，更正通知推送 " + std::to_string(obj.notified_departments.size()) +
        " 个已获授权部门并报告大数据管理局（A29）");

    // A16: a withdrawal with notice to the subscribers and the bureau.
    At("2026-09-14T10:00:00");
    const std::int64_t stale = entries_.at("信访事项办理结果统计");
    p_->catalog().Subscribe("stats.op", stale);
    EntryRecord r = p_->catalog().GetEntry("petition.op", stale);
    r = p_->catalog().RequestWithdrawal("petition.leader", stale, r.row_version, "统计口径调整，改由统计局统一发布");
    At("2026-09-16T10:00:00");
    p_->catalog().DecideWithdrawal("admin", stale, r.row_version, true, "同意撤销，相关订阅部门已告知");
    provider_key_.erase(stale);
    Say("信访局撤销发布一条资源，订阅部门和大数据管理局事先收到告知（A16）");

    // A32: projects.
    Project good{0, kPolice, "智慧公安人口管理系统升级", Date::FromIso("2026-08-20"), std::nullopt, {household_}};
    p_->supervision().SaveProject("police.admin", good);
    Project bad{0, Code("transport"), "智慧交通出行服务平台", Date::FromIso("2026-06-01"), Date::FromIso("2026-09-15"),
                {entries_.at("公交线路及站点信息")}};
    p_->supervision().SaveProject("transport.admin", bad);
    Say("登记两个信息化项目（A32）：其一立项前未预编目录");

    // On the eve of National Day: the form check falls due after the holiday.
    At("2026-09-30T16:30:00");
    holiday_ = p_->sharing().Apply("housing.op", Request(entries_.at("住房公积金缴存信息"), {"姓名", "缴存状态"}, "2027-09-30",
                                               "保障性住房申请人资格审核"));
    Say("9 月 30 日提交的申请，受理时限顺延至国庆假期后的 " + holiday_.steps[0].due.due.date.ToIso() + "（A21）");

  }

  FederationReport ImportCounty(const std::string& key, const Catalog& sample, int version) {
    // The county platform: its own store, the city's bureau as reviewer.
    auto county = Platform::Open({":memory:", true, 5000, Durability::kNormal, HashAlgorithm::kSha256, p_->Now()});
    county->Initialize({kBureau, "南通市大数据管理局", DepartmentLevel::kBureau, ""},
                       {"admin", "王建国", kBureau, {Role::kBureauAdmin}, true});
    county->AddUser("admin", {"reviewer", "李审", kBureau, {Role::kBureauReviewer}, true});
    const std::string code = Code(key);
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

  void PlayOctober() {
    Phase("十月：国庆假期后的办理、到期、监督整改（A21、A26、A33）");
    At("2026-10-08T09:30:00");
    holiday_ = p_->sharing().AcceptApplication("reviewer", holiday_.id, holiday_.row_version);
    Say(std::string("节后首个工作日完成受理（") + (holiday_.steps[0].on_time ? "按时" : "逾期") +
        "），住房公积金管理中心审核时限 " + holiday_.steps[1].due.due.date.ToIso() + "（A22）");
    // A26: the 医保局 authorization ran until 09-30: expired; re-application needed.
    const auto expired = p_->sharing().ExpireAuthorizations("admin");
    Say("授权到期 " + std::to_string(expired.size()) + " 项，已通知使用部门重新申请（A26）");

    // A first inspection: August–September; the worst finding gets a rectification notice.
    At("2026-10-12T09:00:00");
    const InspectionReport first = p_->supervision().Inspect("admin", Date::FromIso("2026-08-01"), Date::FromIso("2026-09-30"));
    const DepartmentInspection& worst = first.departments.back();
    RectificationInput rn;
    rn.department_code = worst.department_code;
    rn.a33_ground = 2;
    rn.description = "八、九月监督检查发现：" +
                     (worst.findings.empty() ? std::string("目录与资源更新不及时") : worst.findings.front().message_zh);
    rn.working_days = 5;
    const Rectification rect = p_->supervision().IssueRectification("admin", rn);
    Say("对得分最低的" + worst.department_name + "（" + Score(worst.score) + " 分）发出整改通知，时限 " +
        rect.due.due.date.ToIso() + "（A33）");

    // Rugao revises its catalog: a re-import updates what changed (A6).
    At("2026-10-15T10:00:00");
    const FederationReport rep = ImportCounty("rugao", CatalogFromJson(kDemoSampleCatalog), 2);
    Say("如皋市目录再次汇聚：更新 " + std::to_string(rep.updated) + " 条，未变 " + std::to_string(rep.unchanged) + " 条（A6）");

    At("2026-10-22T09:00:00");
    const auto escalated = p_->supervision().EscalateRectifications("admin");
    if (!escalated.empty()) Say("整改逾期未完成，予以书面通报（A33）");
    At("2026-10-28T09:00:00");
    for (const auto& x : escalated) {
      p_->supervision().ResolveRectification("admin", x.id, x.row_version, "已补报数据更新并建立更新台账");
      Say("整改完成，大数据管理局确认（A33）");
    }
    At("2026-10-31T18:00:00");
  }

  void PlayNovember() {
    Phase("十一月：三个月未使用的授权（A26）");
    At("2026-11-09T09:00:00");
    const auto revocable = p_->sharing().RevocableForNonUse("market.leader", kMarket);
    for (const auto& z : revocable) {
      if (z.id != idle_) continue;
      p_->sharing().Revoke("market.leader", z.id, z.row_version, RevocationGround::kNonUse,
                 "获得授权后超过三个月未使用，予以收回");
      Say("市场监管局收回人社局超过三个月未使用的授权（A26），人社局已收到通知");
    }
    p_->access().FlushUsageLog();
  }

  // docs/calendar.md: across the year boundary before the State Council's
  // 2027 notice exists — nothing is refused, deadlines into 2027 are
  // predicted and provisional — then the bureau loads a 2027 schedule (the
  // example file, not an official notice) and the open ones are recomputed.
  void PlayWinter() {
    Phase("十二月至次年二月：跨年期限（2027 年节假日安排尚未发布）");
    At("2026-12-01T09:00:00");
    const CalendarState st = p_->CalendarStatus("admin");
    if (st.next_year_missing) Say("平台提示大数据管理局：2027 年节假日安排尚未载入，跨年期限按法定节假日预测并标记为临时");

    At("2026-12-21T10:00:00");
    DemandRequestInput dr;
    dr.target_code = Code("edu");
    dr.description = "全市学前教育机构名录及在园幼儿人数";
    dr.items = {"机构名称", "在园幼儿人数"};
    dr.purpose = "学前教育事业统计";
    dr.scan = {"需求申请表（盖章）.pdf", "5c0e7a9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c", 96000};
    DemandRequest d = p_->sharing().SubmitDemand("stats.op", dr);
    d = p_->sharing().AnswerDemand("edu.leader", d.id, d.row_version,
                         {DemandAnswerKind::kWillPublish, "确属本部门职责，一个月内发布", ""});
    Say("教育局承诺发布统计局的新需求，期限 " + d.steps[1].due.due.date.ToIso() +
        (d.steps[1].due.provisional ? "（临时期限）" : "") + "（A25）");

    At("2026-12-24T10:00:00");
    Application a = p_->sharing().Apply("civil.op", Request(household_, {"姓名", "公民身份号码"}, "2027-12-31", "困难群众临时救助身份核验"));
    a = p_->sharing().AcceptApplication("reviewer", a.id, a.row_version);
    Say("民政局再次申请户籍人口基本信息，公安局授权审核期限 " + a.steps[1].due.due.date.ToIso() +
        (a.steps[1].due.provisional ? "（临时期限，元旦按法定节假日预测）" : "") + "（A22）");

    At("2027-01-25T10:00:00");
    RectificationInput notice;
    notice.department_code = Code("stats");
    notice.a33_ground = 5;
    notice.description = "统计年鉴数据长期未报告更新";
    notice.working_days = 5;
    const Rectification rect = p_->supervision().IssueRectification("admin", notice);
    Say("大数据管理局通知统计局整改，时限 " + rect.due.due.date.ToIso() + (rect.due.provisional ? "（临时期限）" : "") +
        "（A33）");

    At("2027-02-01T09:00:00");
    const CalendarLoadReport load = p_->LoadCalendarYear("admin", kDemoCalendar2027, "");
    int moved = 0;
    for (const auto& c : load.recomputed) moved += c.moved;
    Say("大数据管理局载入 2027 年节假日安排（示例文件，非正式通知）：重算临时期限 " +
        std::to_string(load.recomputed.size()) + " 项，调整 " + std::to_string(moved) + " 项");
    for (const auto& c : load.recomputed) {
      if (!c.moved) continue;
      out_ << "              " << c.object << "（" << c.what << "）" << c.before.due.date.ToIso() << " → "
           << c.after.due.date.ToIso() << (c.overdue ? "，已逾期" : "") << "\n";
    }
    p_->sharing().GrantApplication("police.leader", a.id, p_->sharing().GetApplication("police.leader", a.id).row_version, {});
    p_->access().FlushUsageLog();
  }

  static std::string Score(double s) {
    std::ostringstream o;
    o << std::fixed << std::setprecision(1) << s;
    return o.str();
  }
  static std::string Percent(int part, int whole) {
    if (whole == 0) return "—";
    std::ostringstream o;
    o << std::fixed << std::setprecision(0) << 100.0 * part / whole << "%";
    return o.str();
  }

  void Report() {
    Phase("监督检查（A31）：2026-08-01 至 2027-02-01");
    const InspectionReport r = p_->supervision().Inspect("auditor", Date::FromIso("2026-08-01"), Date::FromIso("2027-02-01"));
    const DepartmentInspection& c = r.city;
    out_ << "  目录 " << c.entries << " 条，共享率 " << Percent(c.shared_entries, c.entries) << "，已对接资源 "
         << c.connected_entries << "/" << c.shared_entries << "，更新不及时 " << c.stale_entries << "\n";
    out_ << "  法定时限办理 " << c.steps_completed << " 件，按时率 " << Percent(c.steps_on_time, c.steps_completed)
         << "，当前逾期 " << c.steps_overdue_now << " 件；数据纠错 " << c.objections_upheld << " 件\n";
    out_ << "  访问决策 " << decisions_ << " 次（允许 " << allowed_ << "，拒绝 " << refused_ << "），比对 " << comparisons_
         << " 次（一致 " << matched_ << "）；脱敏示例：" << Masked() << "\n";
    out_ << "  全市平均得分 " << Score(c.score) << "\n\n  排名  得分   部门\n";
    const size_t n = r.departments.size();
    for (size_t i = 0; i < n; ++i) {
      if (i >= 5 && i + 3 < n) {
        if (i == 5) out_ << "   …\n";
        continue;
      }
      const auto& d = r.departments[i];
      out_ << "  " << std::setw(4) << d.rank << "  " << std::setw(5) << Score(d.score) << "  " << d.department_name
           << (d.findings.empty() ? "" : "（问题 " + std::to_string(d.findings.size()) + " 项）") << "\n";
    }
    const auto paths = WriteInspectionReport(r, o_.report_dir);
    report_html_ = paths.html;
    out_ << "\n  完整报告：" << paths.html << "（" << paths.json << "）\n";
    const auto audit = p_->VerifyAudit("auditor");
    out_ << "  审计日志 " << audit.records << " 条（SM3 哈希链）" << (audit.intact ? "完整" : "被篡改！") << "（A28）\n";
  }

  std::string Masked() const {
    const auto at = last_filtered_.find("320613");
    if (at == std::string::npos) return "—";
    return last_filtered_.substr(at, 18);
  }

  const DemoOptions& o_;
  std::ostream& out_;
  std::mt19937 rng_;
  std::shared_ptr<Platform> p_;
  std::map<std::string, std::string> codes_;  // key → credit code
  std::map<std::string, std::string> names_;  // credit code → name
  std::map<std::string, std::int64_t> entries_;
  std::map<std::int64_t, std::string> provider_key_;
  std::int64_t household_ = 0, market_ = 0, identity_ = 0, funeral_ = 0;
  std::int64_t civil_household_ = 0, idle_ = 0, hrss_identity_ = 0;
  Application late_, holiday_;
  DemandRequest demand_;
  Dispute dispute_;
  std::string last_filtered_;
  std::string report_html_;
  long decisions_ = 0, allowed_ = 0, refused_ = 0, comparisons_ = 0, matched_ = 0;
};

}  // namespace

int RunDemo(const DemoOptions& options, std::ostream& out, std::ostream& err) {
  namespace fs = std::filesystem;
  if (fs::exists(options.db)) {
    if (!options.force) {
      err << "govshare demo: " << options.db << " exists; run `govshare demo --force` to recreate it "
          << "(or --db another file)\n";
      return 2;
    }
    out << options.db << " exists: recreating it (--force)\n";
  }
  out << "govshare demo: 南通市政务数据共享交换平台，2026 年 8 月至 2027 年 2 月（模拟时钟）\n"
      << "平台文件：" << options.db << "\n";
  try {
    Demo demo(options, out);
    return demo.Run();
  } catch (const govshare::Error& e) {
    err << "govshare demo: " << e.what() << "\n";
    return 2;
  }
}

}  // namespace govshare_cli
