// The rulebook's one rule of precedence (ApplyRule) and the local-rules file
// (ParseLocalRules / LocalRulesToJson / CheckLocalRules). Storage-free; table
// tests in tests/cpp/rules/rulebook_rules_test.cpp.
#include "govshare/rulebook.h"

#include <nlohmann/json.hpp>

#include <set>

#include "base/enum_names.h"
#include "base/text.h"
#include "govshare/error.h"

namespace govshare {

using nlohmann::json;
using internal::EnumName;

namespace {

constexpr EnumName<Duty> kDutyNames[] = {
    {Duty::kCatalogUpdate, "catalog_update", "目录更新"},
    {Duty::kCatalogUpdateExtension, "catalog_update_extension", "目录更新延期"},
    {Duty::kCatalogReview, "catalog_review", "更新目录审核发布"},
    {Duty::kFormCheck, "form_check", "申请材料规范性审查"},
    {Duty::kApplicationReply, "application_reply", "共享申请答复"},
    {Duty::kReplyExtension, "reply_extension", "答复期限延长"},
    {Duty::kDelivery, "delivery", "共享数据交付"},
    {Duty::kDemandNotInDuties, "demand_not_in_duties", "告知不属于履职范围"},
    {Duty::kDemandFeedback, "demand_feedback", "暂时无法发布的情况反馈"},
    {Duty::kDemandPublication, "demand_publication", "需求资源发布"},
    {Duty::kNonUse, "non_use", "超过期限未使用"},
    {Duty::kCorrection, "correction", "校核纠错"},
    {Duty::kCatalogRevision, "catalog_revision", "退回目录修改完善"},
    {Duty::kUseRecordRetention, "use_record_retention", "使用记录保存"},
};
constexpr EnumName<RuleSource> kSourceNames[] = {
    {RuleSource::kNational, "national", "国家行政法规"},
    {RuleSource::kLocal, "local", "地方规定"},
};
constexpr EnumName<Precedence> kPrecedenceNames[] = {
    {Precedence::kNationalPrevails, "national_prevails", "以国家规定为准"},
    {Precedence::kLocalMayShorten, "local_may_shorten", "地方可规定更短期限"},
    {Precedence::kLocalMayLengthen, "local_may_lengthen", "地方可规定更长期限"},
};
constexpr EnumName<Decider> kDeciderNames[] = {
    {Decider::kAny, "any", "任一"},
    {Decider::kProvider, "provider", "提供部门"},
    {Decider::kBureau, "bureau", "大数据管理局"},
};
constexpr EnumName<DeadlineUnit> kUnitKeys[] = {
    {DeadlineUnit::kWorkingDays, "working_days", "个工作日"},
    {DeadlineUnit::kCalendarDays, "calendar_days", "日"},
    {DeadlineUnit::kMonths, "months", "个月"},
};

/// Duties whose "及时" the platform's policy days fill (SharingPolicy).
bool PolicyFills(Duty d) {
  return d == Duty::kDemandNotInDuties || d == Duty::kCorrection || d == Duty::kCatalogRevision;
}

/// Duties the national regulation sets no period for: local rules must.
constexpr Duty kLocalOnly[] = {Duty::kFormCheck,         Duty::kDemandNotInDuties, Duty::kDemandFeedback,
                               Duty::kDemandPublication, Duty::kNonUse,            Duty::kCatalogRevision};
/// Duties the national regulation sets from its day in force: local rules
/// in force before it must set them for the acts before.
constexpr Duty kBeforeNational[] = {Duty::kCatalogUpdate, Duty::kApplicationReply, Duty::kCorrection};

bool InForce(const StatutoryRule& r, const Date& on) {
  return !(on < r.in_force_from) && (!r.in_force_until || !(*r.in_force_until < on));
}

bool Matches(const StatutoryRule& r, const RuleQuery& q) {
  if (r.duty != q.duty || !InForce(r, q.on)) return false;
  if (r.share_class && (!q.share_class || *r.share_class != *q.share_class)) return false;
  return r.decider == Decider::kAny || r.decider == q.decider;
}

int Specificity(const StatutoryRule& r) { return (r.share_class ? 1 : 0) + (r.decider != Decider::kAny ? 1 : 0); }

/// The most specific rule of `set` for `q`, if any.
const StatutoryRule* Find(const RuleSet& set, const RuleQuery& q) {
  const StatutoryRule* best = nullptr;
  for (const auto& r : set.rules) {
    if (Matches(r, q) && (!best || Specificity(r) > Specificity(*best))) best = &r;
  }
  return best;
}

AppliedRule From(const StatutoryRule& r, RuleSource source, std::string reason, std::string displaced = "") {
  AppliedRule a;
  a.duty = r.duty;
  a.period = r.period;
  a.promptly = r.promptly;
  a.article = r.article;
  a.source = source;
  a.reason = std::move(reason);
  a.displaced = std::move(displaced);
  return a;
}

std::string Describe(const StatutoryRule& r) {
  if (r.promptly) return r.article + " 及时";
  return r.article + " " + std::to_string(r.period.count) + " " + internal::EnumToName(kUnitKeys, r.period.unit);
}

}  // namespace

AppliedRule ApplyRule(const Rulebook& book, const RuleQuery& q) {
  const StatutoryRule* n = Find(book.national, q);
  const StatutoryRule* l = Find(book.local, q);
  if (!n && !l) {
    throw InvalidArgumentError("no rule in force on " + q.on.ToIso() + " sets the period of " + ToString(q.duty) +
                               " (" + ChineseLabel(q.duty) + ") in the national regulation or the local rules " +
                               book.local.name);
  }
  if (!n) {
    // Silent, or not in force that day (the regulation's rules from 2025-08-01).
    for (const auto& r : book.national.rules) {
      RuleQuery any_day = q;
      any_day.on = r.in_force_from;
      if (Matches(r, any_day)) {
        return From(*l, RuleSource::kLocal,
                    "the national " + r.article + " is not in force on " + q.on.ToIso() + " (from " +
                        r.in_force_from.ToIso() + "); the local rule applies");
      }
    }
    return From(*l, RuleSource::kLocal, "the national regulation sets no period for this; the local rule applies");
  }
  if (!l) return From(*n, RuleSource::kNational, "the local rules set no period for this; the national regulation applies");
  // Both texts speak. A local 及时 is no period: the national one applies.
  if (l->promptly && !n->promptly) {
    return From(*n, RuleSource::kNational,
                "the national " + Describe(*n) + " fixes the period where " + l->article + " says only 及时",
                l->article);
  }
  if (n->promptly && !l->promptly) {
    return From(*l, RuleSource::kLocal, "the local " + Describe(*l) + " fixes what " + n->article + " calls 及时",
                n->article);
  }
  const bool same_unit = n->period.unit == l->period.unit;
  if (same_unit && n->precedence == Precedence::kLocalMayShorten && l->period.count < n->period.count) {
    return From(*l, RuleSource::kLocal,
                "the local " + Describe(*l) + " is shorter than the national ceiling " + Describe(*n) +
                    ", which leaves room for it (N23)",
                n->article);
  }
  if (same_unit && n->precedence == Precedence::kLocalMayLengthen && l->period.count > n->period.count) {
    return From(*l, RuleSource::kLocal,
                "the local " + Describe(*l) + " is longer than the national floor " + Describe(*n), n->article);
  }
  return From(*n, RuleSource::kNational,
              "the national " + Describe(*n) + " prevails over the local " + Describe(*l) +
                  " (an administrative regulation ranks above local rules)",
              l->article);
}

bool HasRule(const Rulebook& book, Duty duty, const Date& on) {
  for (const RuleSet* set : {&book.national, &book.local}) {
    for (const auto& r : set->rules) {
      if (r.duty == duty && InForce(r, on)) return true;
    }
  }
  return false;
}

std::vector<AppliedRule> RulesInForce(const Rulebook& book, const Date& on) {
  std::vector<AppliedRule> out;
  for (const auto& d : kDutyNames) {
    if (!HasRule(book, d.value, on)) continue;
    if (d.value == Duty::kApplicationReply) {
      for (ShareClass c : {ShareClass::kUnconditional, ShareClass::kConditional}) {
        for (Decider who : {Decider::kProvider, Decider::kBureau}) {
          try {
            out.push_back(ApplyRule(book, RuleQuery{d.value, on, c, who}));
          } catch (const InvalidArgumentError&) {
            // no rule for this class and decider that day
          }
        }
      }
      continue;
    }
    out.push_back(ApplyRule(book, RuleQuery{d.value, on, std::nullopt, Decider::kAny}));
  }
  return out;
}

std::vector<std::string> TextsInForce(const Rulebook& book, const Date& from, const Date& to) {
  std::vector<std::string> out;
  for (const RuleSet* set : {&book.national, &book.local}) {
    bool in_force = false;
    for (const auto& r : set->rules) {
      in_force = in_force || (!(to < r.in_force_from) && (!r.in_force_until || !(*r.in_force_until < from)));
    }
    if (!in_force) continue;
    std::string cite = "《" + set->name + "》（";
    if (!set->reference.empty()) cite += set->reference + "，";
    out.push_back(cite + set->in_force_from.ToIso() + " 起施行）");
  }
  return out;
}

// ---- the local-rules file ---------------------------------------------------------------

namespace {

constexpr char kFormat[] = "govshare-local-rules/1";

[[noreturn]] void Fail(const std::string& path, const std::string& message) { throw ParseError(path, message); }

std::string At(size_t i, const char* key) { return "rules[" + std::to_string(i) + "]." + key; }

void CheckText(const std::string& value, const std::string& path, bool required) {
  if (!internal::IsValidUtf8(value)) Fail(path, "is not valid UTF-8");
  if (required && value.find_first_not_of(" \t\r\n") == std::string::npos) Fail(path, "is required");
}

int MaxCount(DeadlineUnit u) { return u == DeadlineUnit::kMonths ? 120 : 366; }

}  // namespace

void CheckLocalRules(const RuleSet& set) {
  if (set.source != RuleSource::kLocal) Fail("source", "a local-rules file holds local rules; the national regulation is built in");
  CheckText(set.name, "name", true);
  CheckText(set.reference, "reference", false);
  if (!set.in_force_from.IsValid()) Fail("in_force_from", "must be a calendar date (YYYY-MM-DD)");
  if (set.rules.empty()) Fail("rules", "must list the local periods");
  for (size_t i = 0; i < set.rules.size(); ++i) {
    const StatutoryRule& r = set.rules[i];
    if (!internal::IsKnownEnum(kDutyNames, r.duty)) Fail(At(i, "duty"), "is not a known duty");
    CheckText(r.article, At(i, "article"), true);
    CheckText(r.text, At(i, "text"), false);
    if (r.promptly) {
      if (!PolicyFills(r.duty)) {
        Fail(At(i, "promptly"), "only demand_not_in_duties, correction and catalog_revision may say 及时 (the platform's "
                                "policy days fill them); " + ToString(r.duty) + " needs a period");
      }
    } else {
      if (!internal::IsKnownEnum(kUnitKeys, r.period.unit)) Fail(At(i, "unit"), "is not a known unit");
      const std::string key = internal::EnumToName(kUnitKeys, r.period.unit);
      if (r.period.count < 1 || r.period.count > MaxCount(r.period.unit)) {
        Fail(At(i, key.c_str()), "must be 1.." + std::to_string(MaxCount(r.period.unit)) + " (was " +
                                     std::to_string(r.period.count) + ")");
      }
    }
    if (r.duty == Duty::kNonUse && !r.promptly && r.period.unit == DeadlineUnit::kWorkingDays) {
      Fail(At(i, "working_days"), "non_use is elapsed time of non-use (A26 超过三个月): give months or calendar_days");
    }
    if ((r.share_class || r.decider != Decider::kAny) && r.duty != Duty::kApplicationReply) {
      Fail(At(i, r.share_class ? "share_class" : "decider"), "only an application_reply rule is limited to a share "
                                                              "class or a decider");
    }
    if (r.share_class && *r.share_class == ShareClass::kNotShared) {
      Fail(At(i, "share_class"), "must be unconditional or conditional (not_shared data is not applied for, A8)");
    }
    if (!r.in_force_from.IsValid()) Fail(At(i, "in_force_from"), "must be a calendar date (YYYY-MM-DD)");
    if (r.in_force_from < set.in_force_from) {
      Fail(At(i, "in_force_from"), r.in_force_from.ToIso() + " is before the rules came into force (" +
                                       set.in_force_from.ToIso() + ")");
    }
    if (r.in_force_until && (!r.in_force_until->IsValid() || *r.in_force_until < r.in_force_from)) {
      Fail(At(i, "in_force_until"), "must be a calendar date on or after in_force_from");
    }
    if (r.precedence != Precedence::kNationalPrevails) {
      Fail(At(i, "precedence"), "is set by the national regulation, not by local rules");
    }
    for (size_t j = 0; j < i; ++j) {
      const StatutoryRule& o = set.rules[j];
      const bool same_case = o.duty == r.duty && o.share_class == r.share_class && o.decider == r.decider;
      const bool overlap = !(o.in_force_until && *o.in_force_until < r.in_force_from) &&
                           !(r.in_force_until && *r.in_force_until < o.in_force_from);
      if (same_case && overlap) {
        Fail("rules[" + std::to_string(i) + "]", "sets " + ToString(r.duty) + " again for the same case while rules[" +
                                                      std::to_string(j) + "] is in force; give one in_force_until");
      }
    }
  }
  auto covers = [&](Duty d) {
    for (const auto& r : set.rules)
      if (r.duty == d) return true;
    return false;
  };
  for (Duty d : kLocalOnly) {
    if (!covers(d)) {
      Fail("rules", "no rule sets " + ToString(d) + " (" + ChineseLabel(d) +
                        "): the national regulation sets no period for it, so the local rules must");
    }
  }
  const Date national_from = NationalRegulation2025().in_force_from;
  if (set.in_force_from < national_from) {
    for (Duty d : kBeforeNational) {
      if (!covers(d)) {
        Fail("rules", "no rule sets " + ToString(d) + " (" + ChineseLabel(d) + "): the rules are in force from " +
                          set.in_force_from.ToIso() + ", before the national regulation (" + national_from.ToIso() +
                          ")");
      }
    }
  }
}

RuleSet ParseLocalRules(const std::string& text) {
  if (!internal::IsValidUtf8(text)) Fail("", "the local-rules file is not valid UTF-8");
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::exception& e) {  // a syntax error, or a number too large for a double
    Fail("", std::string("not valid JSON: ") + e.what());
  }
  if (!doc.is_object()) Fail("", "the local-rules file must be a JSON object");
  auto str = [](const json& obj, const char* key, const std::string& path, bool required) -> std::string {
    if (!obj.contains(key)) {
      if (required) Fail(path, "is required");
      return "";
    }
    if (!obj.at(key).is_string()) Fail(path, "must be a string");
    return obj.at(key).get<std::string>();
  };
  auto date = [&](const json& obj, const char* key, const std::string& path) {
    const std::string s = str(obj, key, path, true);
    try {
      const Date d = Date::FromIso(s);
      if (d.IsValid()) return d;
    } catch (const Error&) {
    }
    Fail(path, "\"" + s + "\" is not a calendar date (YYYY-MM-DD)");
  };
  for (const auto& [key, value] : doc.items()) {
    static const std::set<std::string> known = {"format", "name", "reference", "in_force_from", "rules"};
    if (!known.count(key)) Fail(key, "is not a field of the local-rules file (" + std::string(kFormat) + ")");
  }
  if (str(doc, "format", "format", true) != kFormat) Fail("format", std::string("must be \"") + kFormat + "\"");
  RuleSet set;
  set.source = RuleSource::kLocal;
  set.name = str(doc, "name", "name", true);
  set.reference = str(doc, "reference", "reference", false);
  set.in_force_from = date(doc, "in_force_from", "in_force_from");
  if (!doc.contains("rules") || !doc["rules"].is_array()) Fail("rules", "must be an array of rules");
  size_t i = 0;
  for (const auto& jr : doc["rules"]) {
    const std::string base = "rules[" + std::to_string(i) + "]";
    if (!jr.is_object()) Fail(base, "must be an object");
    StatutoryRule r;
    int periods = 0;
    for (const auto& [key, value] : jr.items()) {
      static const std::set<std::string> known = {"duty",          "article",      "text",           "working_days",
                                                  "calendar_days", "months",       "promptly",       "share_class",
                                                  "decider",       "in_force_from", "in_force_until"};
      if (!known.count(key)) Fail(At(i, key.c_str()), "is not a field of a rule");
    }
    const std::string duty = str(jr, "duty", At(i, "duty"), true);
    if (!internal::TryParseEnum(kDutyNames, duty, &r.duty)) {
      Fail(At(i, "duty"), "\"" + duty + "\" is not one of: " + internal::AllowedNames(kDutyNames));
    }
    r.article = str(jr, "article", At(i, "article"), true);
    r.text = str(jr, "text", At(i, "text"), false);
    for (const auto& u : kUnitKeys) {
      if (!jr.contains(u.name)) continue;
      ++periods;
      if (!jr.at(u.name).is_number_integer()) Fail(At(i, u.name), "must be a whole number");
      r.period = DeadlineRule{u.value, jr.at(u.name).get<int>()};
    }
    if (jr.contains("promptly")) {
      if (!jr.at("promptly").is_boolean() || !jr.at("promptly").get<bool>()) {
        Fail(At(i, "promptly"), "must be true when present (the text says 及时)");
      }
      ++periods;
      r.promptly = true;
    }
    if (periods != 1) Fail(base, "must give exactly one of working_days, calendar_days, months or promptly");
    if (jr.contains("share_class")) {
      const std::string c = str(jr, "share_class", At(i, "share_class"), true);
      try {
        r.share_class = ParseShareClass(c);
      } catch (const Error&) {
        Fail(At(i, "share_class"), "\"" + c + "\" is not unconditional or conditional");
      }
    }
    if (jr.contains("decider")) {
      const std::string d = str(jr, "decider", At(i, "decider"), true);
      if (!internal::TryParseEnum(kDeciderNames, d, &r.decider) || r.decider == Decider::kAny) {
        Fail(At(i, "decider"), "\"" + d + "\" is not provider or bureau");
      }
    }
    r.in_force_from = jr.contains("in_force_from") ? date(jr, "in_force_from", At(i, "in_force_from")) : set.in_force_from;
    if (jr.contains("in_force_until")) r.in_force_until = date(jr, "in_force_until", At(i, "in_force_until"));
    set.rules.push_back(r);
    ++i;
  }
  CheckLocalRules(set);
  return set;
}

std::string LocalRulesToJson(const RuleSet& set) {
  json doc = json::object();
  doc["format"] = kFormat;
  doc["name"] = set.name;
  if (!set.reference.empty()) doc["reference"] = set.reference;
  doc["in_force_from"] = set.in_force_from.ToIso();
  json rules = json::array();
  for (const auto& r : set.rules) {
    json jr = json::object();
    jr["duty"] = ToString(r.duty);
    jr["article"] = r.article;
    if (!r.text.empty()) jr["text"] = r.text;
    if (r.promptly) {
      jr["promptly"] = true;
    } else {
      jr[internal::EnumToName(kUnitKeys, r.period.unit)] = r.period.count;
    }
    if (r.share_class) jr["share_class"] = ToString(*r.share_class);
    if (r.decider != Decider::kAny) jr["decider"] = ToString(r.decider);
    if (r.in_force_from != set.in_force_from) jr["in_force_from"] = r.in_force_from.ToIso();
    if (r.in_force_until) jr["in_force_until"] = r.in_force_until->ToIso();
    rules.push_back(jr);
  }
  doc["rules"] = rules;
  return doc.dump(2);
}

std::string ToString(RuleSource v) { return internal::EnumToName(kSourceNames, v); }
std::string ToString(Duty v) { return internal::EnumToName(kDutyNames, v); }
std::string ToString(Precedence v) { return internal::EnumToName(kPrecedenceNames, v); }
std::string ToString(Decider v) { return internal::EnumToName(kDeciderNames, v); }
std::string ChineseLabel(RuleSource v) { return internal::EnumToLabel(kSourceNames, v); }
std::string ChineseLabel(Duty v) { return internal::EnumToLabel(kDutyNames, v); }
Duty ParseDuty(const std::string& name) { return internal::ParseEnumOrThrow(kDutyNames, name, "duty"); }

}  // namespace govshare
