// The two texts the library ships: the national 《政务数据共享条例》 and the
// Nantong rules of 2020, each period with its article, its words and the dates
// it is in force. Verified against ../shared/seed/ (docs/rulebook.md lists
// where the two differ and which applies from when).
#include "govshare/rulebook.h"

namespace govshare {

namespace {

StatutoryRule Rule(Duty duty, const char* article, const char* text, DeadlineUnit unit, int count, Date from,
                   Precedence precedence = Precedence::kNationalPrevails) {
  StatutoryRule r;
  r.duty = duty;
  r.article = article;
  r.text = text;
  r.period = DeadlineRule{unit, count};
  r.in_force_from = from;
  r.precedence = precedence;
  return r;
}

StatutoryRule Promptly(Duty duty, const char* article, const char* text, Date from) {
  StatutoryRule r = Rule(duty, article, text, DeadlineUnit::kWorkingDays, 1, from);
  r.promptly = true;
  return r;
}

constexpr DeadlineUnit kWd = DeadlineUnit::kWorkingDays;

}  // namespace

RuleSet NationalRegulation2025() {
  const Date from{2025, 8, 1};  // N44 本条例自2025年8月1日起施行
  // Every "within N" of the regulation is a ceiling a local rule may
  // shorten (N23 鼓励……缩短审核和提供共享政务数据的时间; meeting a shorter
  // local period meets the national one); the retention of N29 不少于3年 is a
  // floor a local rule may lengthen.
  constexpr Precedence kCeiling = Precedence::kLocalMayShorten;
  RuleSet s;
  s.source = RuleSource::kNational;
  s.name = "政务数据共享条例";
  s.reference = "国务院令第809号";
  s.in_force_from = from;
  s.rules = {
      Rule(Duty::kCatalogUpdate, "N17",
           "因法律、行政法规、国务院决定调整或者政府部门职责变化导致政务数据目录需要相应更新的，政府部门应当自调整、"
           "变化发生之日起10个工作日内对政务数据目录完成更新",
           kWd, 10, from, kCeiling),
      Rule(Duty::kCatalogUpdateExtension, "N17",
           "因特殊原因需要延长更新期限的，经同级政务数据共享主管部门同意，可以延长5个工作日", kWd, 5, from, kCeiling),
      Rule(Duty::kCatalogReview, "N17",
           "政务数据共享主管部门应当自收到更新后的政务数据目录之日起2个工作日内完成审核并发布", kWd, 2, from, kCeiling),
      Rule(Duty::kApplicationReply, "N21",
           "属于无条件共享类的，政务数据提供部门应当自收到政务数据共享申请之日起1个工作日内作出答复", kWd, 1, from,
           kCeiling),
      Rule(Duty::kApplicationReply, "N21",
           "属于有条件共享类的，应当自收到政务数据共享申请之日起10个工作日内作出是否同意共享的答复", kWd, 10, from,
           kCeiling),
      Rule(Duty::kReplyExtension, "N21",
           "因特殊原因需要延长答复期限的，政务数据提供部门应当报经同级政务数据共享主管部门同意，并告知政务数据需求部门，"
           "延长的期限最长不得超过10个工作日",
           kWd, 10, from, kCeiling),
      Rule(Duty::kDelivery, "N22", "政务数据提供部门应当自作出同意共享的答复之日起20个工作日内共享政务数据", kWd, 20,
           from, kCeiling),
      Rule(Duty::kCorrection, "N26",
           "政务数据提供部门应当自收到政务数据校核申请之日起10个工作日内予以核实、更正并反馈校核处理结果", kWd, 10, from,
           kCeiling),
      Rule(Duty::kUseRecordRetention, "N29", "有关记录保存期限不少于3年", DeadlineUnit::kMonths, 36, from,
           Precedence::kLocalMayLengthen),
  };
  s.rules[3].share_class = ShareClass::kUnconditional;
  s.rules[4].share_class = ShareClass::kConditional;
  return s;
}

RuleSet NantongRules2020() {
  const Date from{2020, 2, 19};  // A36 本细则自印发之日起施行; 印发 2020-02-19
  RuleSet s;
  s.source = RuleSource::kLocal;
  s.name = "南通市政务信息资源共享实施细则";
  s.reference = "通政办发〔2020〕12号";
  s.in_force_from = from;
  s.rules = {
      Rule(Duty::kCatalogUpdate, "A11",
           "在有关法律法规作出修订或行政管理职能发生变化时，自对社会进行公布之日起15个工作日内，更新本部门政务信息资源目录",
           kWd, 15, from),
      Rule(Duty::kFormCheck, "A21", "市大数据管理局应于1个工作日内完成政务信息资源申请材料的规范性审查", kWd, 1, from),
      Rule(Duty::kApplicationReply, "A22", "提供部门收到申请后，应在10个工作日内完成审核并填写授权意见", kWd, 10, from),
      Rule(Duty::kApplicationReply, "A23",
           "由市政务数据共享交换平台直接授权的政务信息资源，市大数据管理局应在接到受理申请后的2个工作日内完成审核并在线填写授权意见",
           kWd, 2, from),
      Promptly(Duty::kDemandNotInDuties, "A25", "如该资源不属于本部门履职范围内的，应及时告知申请部门", from),
      Rule(Duty::kDemandFeedback, "A25", "对确因客观原因暂时无法发布的，应在10个工作日内将情况反馈给需求申请部门", kWd,
           10, from),
      Rule(Duty::kDemandPublication, "A25", "对确属本部门履职范围内而未能及时在市政务数据共享交换平台发布的，应在1个月内完成资源发布",
           DeadlineUnit::kMonths, 1, from),
      Rule(Duty::kNonUse, "A26", "对于使用部门获得授权后超过三个月不使用的……提供部门可视情收回授权", DeadlineUnit::kMonths,
           3, from),
      Promptly(Duty::kCorrection, "A29", "提供部门应及时校核", from),
      Promptly(Duty::kCatalogRevision, "A31 (2)", "对不符合要求的内容是否及时进行修改完善", from),
  };
  s.rules[2].decider = Decider::kProvider;
  s.rules[3].decider = Decider::kBureau;
  return s;
}

Rulebook DefaultRulebook() { return Rulebook{NationalRegulation2025(), NantongRules2020()}; }

}  // namespace govshare
