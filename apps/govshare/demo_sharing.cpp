// govshare demo, August and September (demo_play.h): applications through
// every path with their statutory periods (A18–A23), a refusal and a dispute
// (A27), a demand request (A24–A25), an obligation after a law revision (A11),
// county catalog imports (A6), an objection with correction notices (A29), a
// withdrawal (A16), projects (A32), an application on the eve of National Day.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "govshare/govshare.h"
#include "demo_play.h"

namespace govshare_cli {
namespace demo_play {

using namespace govshare;

// ---- applications ------------------------------------------------------------------------

ApplicationRequest Demo::Request(std::int64_t entry, std::vector<std::string> items, const char* until,
                                 const std::string& purpose, ShareMethod method) {
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

std::string Demo::Entry(const std::string& name) const { return std::to_string(entries_.at(name)); }

void Demo::PlayAugust() {
  Phase("八月：申请、授权与法定时限（A18–A23）");
  At("2026-08-03T10:00:00");
  // N17: a law revision obliges the police to update its catalog within 10
  // working days (A11's 15 before 2025-08-01).
  const Obligation ob = p_->catalog().RecordLegalChange("admin", kPolice, ObligationKind::kLawRevision,
                                              "《中华人民共和国户口登记条例》修订", Date::FromIso("2026-08-03"));
  Say("公安局须于 " + ob.due.due.date.ToIso() + " 前根据法规修订更新目录（N17）");

  // 1. Provider-granted (A22), on time: 民政局 ← 户籍人口基本信息.
  household_ = entries_.at("户籍人口基本信息");
  Application a = p_->sharing().Apply("civil.op", Request(household_, {"姓名", "公民身份号码", "户籍地址"}, "2027-07-31",
                                                "最低生活保障对象家庭经济状况核对"));
  Say("民政局申请户籍人口基本信息，受理时限 " + a.steps[0].due.due.date.ToIso() + "（" + a.steps[0].article + "）");
  At("2026-08-03T15:00:00");
  a = p_->sharing().AcceptApplication("reviewer", a.id, a.row_version);
  At("2026-08-06T10:00:00");
  a = p_->sharing().GrantApplication("police.leader", a.id, a.row_version, {{}, std::nullopt, std::nullopt, "仅限低保核对使用", std::nullopt, "核对结束后删除本地副本", 5});
  civil_household_ = a.authorization_id;
  Say("公安局在 " + a.steps[1].due.due.date.ToIso() + " 时限内授权（" + a.steps[1].article + "）");
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

  // 3. Provider → platform (A18): the application waits in the police's step
  // (A22) until it grants the platform once; then the bureau's 2 working days
  // run (A23) and it grants within that grant.
  identity_ = entries_.at("居民身份信息比对核验");
  Application c = p_->sharing().Apply("hrss.op", Request(identity_, {"姓名", "公民身份号码"}, "2027-06-30", "社保卡申领身份核验"));
  c = p_->sharing().AcceptApplication("reviewer", c.id, c.row_version);
  Say("人社局申请居民身份信息比对核验，待公安局于 " + c.steps[1].due.due.date.ToIso() + " 前整体授权平台（A18、" + c.steps[1].article + "）");
  At("2026-08-07T13:00:00");
  GrantTerms wide;
  wide.valid_until = Date::FromIso("2027-12-31");
  p_->sharing().GrantPlatform("police.leader", identity_, wide);
  c = p_->sharing().GetApplication("reviewer", c.id);
  const std::string bureau_due = c.steps.back().due.due.date.ToIso();
  c = p_->sharing().GrantApplication("reviewer", c.id, c.row_version, {});
  hrss_identity_ = c.authorization_id;
  Say("公安局整体授权平台，平台在 " + bureau_due + " 时限内于其范围内授权人社局身份比对（A18、A23，仅比对）");

  // 4. A late provider: 医保局 ← 殡葬火化信息 (民政局 answers after 10 working days).
  funeral_ = entries_.at("殡葬火化信息");
  At("2026-08-07T14:00:00");
  late_ = p_->sharing().Apply("medicare.op", Request(funeral_, {"逝者姓名", "逝者公民身份号码", "死亡日期"}, "2026-09-30",
                                           "停止已故人员医保待遇"));
  late_ = p_->sharing().AcceptApplication("reviewer", late_.id, late_.row_version);
  Say("医保局申请殡葬火化信息，民政局应于 " + late_.steps[1].due.due.date.ToIso() + " 前审核（" + late_.steps[1].article +
      "）");

  // 5. A refusal with its reason (A22), and a dispute over it (A27).
  At("2026-08-10T10:00:00");
  Application d = p_->sharing().Apply("housing.op", Request(entries_.at("基本医疗保险参保信息"), {"参保状态"}, "2027-08-31",
                                                  "保障性住房申请人资格审核"));
  d = p_->sharing().AcceptApplication("reviewer", d.id, d.row_version);
  d = p_->sharing().RefuseApplication("medicare.leader", d.id, d.row_version, "申请用途与参保信息无直接关联，建议通过住房保障平台核验");
  Say("医保局不予授权住建局，说明理由（A22，N21）");
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

  // N17 (A11 before 2025-08-01): the police submits its revised entry within
  // the 10 working days of the law revision of 08-03 (due 08-17).
  At("2026-08-17T10:00:00");
  EntryRecord r = p_->catalog().GetEntry("police.op", household_);
  CatalogEntry revised = *r.live;
  revised.code.clear();
  revised.summary += "根据户口登记条例修订增补迁移原因信息项说明。";
  r = p_->catalog().EditDraft("police.op", household_, r.row_version, revised);
  r = p_->catalog().Submit("police.op", household_, r.row_version);
  r = p_->catalog().Approve("reviewer", household_, r.row_version);
  p_->catalog().Publish("police.leader", household_, r.row_version);
  for (const Obligation& o : p_->catalog().Obligations("admin", kPolice, false)) {
    if (o.kind != ObligationKind::kLawRevision || !o.fulfilled_at) continue;
    Say(std::string("公安局") + (o.on_time ? "按期" : "逾期") + "更新目录，履行法规修订后的更新义务（N17）");
  }

  At("2026-08-24T10:00:00");
  late_ = p_->sharing().GetApplication("medicare.op", late_.id);
  late_ = p_->sharing().GrantApplication("civil.leader", late_.id, late_.row_version, {});
  Say(std::string("民政局逾期完成授权（时限 ") + late_.steps[1].due.due.date.ToIso() + "，" +
      (late_.steps[1].on_time ? "按时" : "逾期") + "，" + late_.steps[1].article + "）");

  // The bureau mediates the dispute.
  dispute_ = p_->sharing().ResolveDispute("admin", dispute_.id, dispute_.row_version,
                                "经协商，住建局补充履职依据后按条件共享范围重新申请，医保局予以支持");
  Say("意见分歧经三方协商解决（A27）");
  At("2026-08-31T18:00:00");

}

void Demo::PlaySeptember() {
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

  // N29: the requester records the use of the shared data, kept at least 3 years.
  const UseRecord kept = p_->sharing().AddUseRecord(
      "civil.op", {civil_household_, UseRecordKind::kScenario, "最低生活保障家庭经济状况核对：比对申请人及家庭成员户籍信息"});
  p_->sharing().AddUseRecord("civil.op",
                             {civil_household_, UseRecordKind::kStorage, "核对结果存于低保业务系统，原始数据不落地"});
  Say("民政局记录共享数据的使用场景和存储情况，保存至 " + kept.purgeable_from.ToIso() + " 方可清除（N29）");

  // A16: a withdrawal with notice to the using departments (the subscribers
  // and the holders of an active or suspended authorization) and the bureau.
  At("2026-09-14T10:00:00");
  const std::int64_t stale = entries_.at("信访事项办理结果统计");
  p_->catalog().Subscribe("stats.op", stale);
  EntryRecord r = p_->catalog().GetEntry("petition.op", stale);
  r = p_->catalog().RequestWithdrawal("petition.leader", stale, r.row_version, "统计口径调整，改由统计局统一发布");
  At("2026-09-16T10:00:00");
  p_->catalog().DecideWithdrawal("admin", stale, r.row_version, true, "同意撤销，相关订阅部门已告知");
  provider_key_.erase(stale);
  Say("信访局撤销发布一条资源，使用部门（订阅或持有授权的部门）和大数据管理局事先收到告知（A16）");

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

}  // namespace demo_play
}  // namespace govshare_cli
