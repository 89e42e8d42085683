// rulebook.h: the national regulation above the local rules — statutory
// periods with their articles and dates in force, the precedence between the
// two texts (apply_rule) and the local-rules file. Platform.rulebook() and
// Platform.set_local_rules() are in bind_platform.cpp.
#include "bind.h"
#include "govshare/rulebook.h"

namespace govshare::python {

void bind_rulebook(py::module_& m) {
  py::enum_<RuleSource>(m, "RuleSource", "Which text a rule comes from.")
      .value("NATIONAL", RuleSource::kNational, "《政务数据共享条例》, an administrative regulation (N1–N44)")
      .value("LOCAL", RuleSource::kLocal, "a city's rules, e.g. the Nantong rules of 2020 (A1–A36)");
  py::enum_<Duty>(m, "Duty", "What a statutory period is for (the local-rules file names them).")
      .value("CATALOG_UPDATE", Duty::kCatalogUpdate, "update the catalog after a change in law or duties (A11, N17)")
      .value("CATALOG_UPDATE_EXTENSION", Duty::kCatalogUpdateExtension, "extension of that update (N17)")
      .value("CATALOG_REVIEW", Duty::kCatalogReview, "the authority reviews and publishes an update (N17)")
      .value("FORM_CHECK", Duty::kFormCheck, "the bureau checks an application's form (A21)")
      .value("APPLICATION_REPLY", Duty::kApplicationReply, "the reply to an application (A22, A23, N21)")
      .value("REPLY_EXTENSION", Duty::kReplyExtension, "cap of an approved extension of the reply (N21)")
      .value("DELIVERY", Duty::kDelivery, "the data is delivered after an agreeing reply (N22)")
      .value("DEMAND_NOT_IN_DUTIES", Duty::kDemandNotInDuties, "'not within our duties' to a demand (A25)")
      .value("DEMAND_FEEDBACK", Duty::kDemandFeedback, "'cannot publish yet' to a demand (A25)")
      .value("DEMAND_PUBLICATION", Duty::kDemandPublication, "a demanded resource is published (A25)")
      .value("NON_USE", Duty::kNonUse, "an authorization unused this long may be revoked (A26)")
      .value("CORRECTION", Duty::kCorrection, "an objection is verified and corrected (A29, N26)")
      .value("CATALOG_REVISION", Duty::kCatalogRevision, "a rejected catalog version is revised (A31 (2))")
      .value("USE_RECORD_RETENTION", Duty::kUseRecordRetention, "use records are kept at least this long (N29)");
  py::enum_<Precedence>(m, "Precedence", "How a national rule stands to a local rule for the same duty.")
      .value("NATIONAL_PREVAILS", Precedence::kNationalPrevails, "the national period applies")
      .value("LOCAL_MAY_SHORTEN", Precedence::kLocalMayShorten,
             "a ceiling: a shorter local period in the same unit applies (N23)")
      .value("LOCAL_MAY_LENGTHEN", Precedence::kLocalMayLengthen,
             "a floor: a longer local period in the same unit applies (N29)");
  py::enum_<Decider>(m, "Decider", "Who decides an application (A22 the provider, A23 the bureau).")
      .value("ANY", Decider::kAny, "either")
      .value("PROVIDER", Decider::kProvider, "the provider")
      .value("BUREAU", Decider::kBureau, "the Big Data Bureau");

  py::class_<StatutoryRule> rule(m, "StatutoryRule",
                                 "One statutory period: for what, how long, where written, when in force.");
  def_value_type(
      rule, field("duty", &StatutoryRule::duty, "What the period is for."),
      field("article", &StatutoryRule::article, "Where it is written: 'N21', 'A22', '第十二条'."),
      field("text", &StatutoryRule::text, "The words of the article (Chinese)."),
      field("period", &StatutoryRule::period, "How long; unused when promptly."),
      field("promptly", &StatutoryRule::promptly, "The text says only 及时: the policy's days fill it."),
      field("share_class", &StatutoryRule::share_class, "Only applications for this class (N21); None: any."),
      field("decider", &StatutoryRule::decider, "Only when this party decides (A22, A23)."),
      field("in_force_from", &StatutoryRule::in_force_from, "First day in force."),
      field("in_force_until", &StatutoryRule::in_force_until, "Last day in force; None: still in force."),
      field("precedence", &StatutoryRule::precedence, "National rules: how they stand to local ones."));

  py::class_<RuleSet> set(m, "RuleSet", "One text of rules: the national regulation or a city's local rules.");
  def_value_type(set, field("source", &RuleSet::source, "National or local."),
                 field("name", &RuleSet::name, "Its title."),
                 field("reference", &RuleSet::reference, "Its document number, e.g. 通政办发〔2020〕12号."),
                 field("in_force_from", &RuleSet::in_force_from, "The day it came into force."),
                 field("rules", &RuleSet::rules, "Its periods. A copy (list)."));

  py::class_<Rulebook> book(m, "Rulebook", "The national regulation above the local rules.");
  def_value_type(book, field("national", &Rulebook::national, "The national regulation."),
                 field("local", &Rulebook::local, "The local rules."));

  py::class_<RuleQuery> query(m, "RuleQuery",
                              "Which period a case needs: the duty, the day of the act, and for applications "
                              "the entry's class and who decides.");
  def_value_type(query, field("duty", &RuleQuery::duty, "The duty."),
                 field("on", &RuleQuery::on, "The day the act happens."),
                 field("share_class", &RuleQuery::share_class, "The entry's class (applications)."),
                 field("decider", &RuleQuery::decider, "Who decides (applications)."));

  py::class_<AppliedRule> applied(m, "AppliedRule", "The period that applies to a query, and why.");
  def_value_type(applied, field("duty", &AppliedRule::duty, "The duty."),
                 field("period", &AppliedRule::period, "How long (when promptly, the policy's days apply)."),
                 field("promptly", &AppliedRule::promptly, "The text says only 及时."),
                 field("article", &AppliedRule::article, "The article applied."),
                 field("source", &AppliedRule::source, "Its text."),
                 field("reason", &AppliedRule::reason, "Why this rule (English)."),
                 field("displaced", &AppliedRule::displaced, "The other text's article that did not apply."));

  m.def("national_regulation_2025", &NationalRegulation2025,
        "The national 《政务数据共享条例》 (国务院令第809号, in force 2025-08-01): its periods.");
  m.def("nantong_rules_2020", &NantongRules2020, "The Nantong rules of 2020, the default local rules.");
  m.def("default_rulebook", &DefaultRulebook, "The national regulation above the Nantong rules.");
  m.def("parse_local_rules", &ParseLocalRules, py::arg("json_text"),
        "Reads and checks a city's local rules (docs/rulebook.md); ParseError names the field.");
  m.def("local_rules_to_json", &LocalRulesToJson, py::arg("rules"), "The local-rules file of rules.");
  m.def("check_local_rules", &CheckLocalRules, py::arg("rules"),
        "The checks of parse_local_rules on a value (ParseError naming the field).");
  m.def("apply_rule", &ApplyRule, py::arg("rulebook"), py::arg("query"),
        "The period in force for query, by the rulebook's precedence; InvalidArgumentError when none is.");
  m.def("has_rule", &HasRule, py::arg("rulebook"), py::arg("duty"), py::arg("on"),
        "Whether any rule for duty is in force on that day.");
  m.def("rules_in_force", &RulesInForce, py::arg("rulebook"), py::arg("on"),
        "Every duty as it applies on that day (applications once per class and decider).");
  m.def("texts_in_force", &TextsInForce, py::arg("rulebook"), py::arg("from_"), py::arg("to"),
        "The texts in force at some day of from_..to, national first, as citations.");
  m.def("parse_duty", &ParseDuty, py::arg("name"), "The Duty named name (e.g. 'application_reply').");
  m.def("enum_name", py::overload_cast<RuleSource>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<Duty>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<Precedence>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<Decider>(&ToString), py::arg("value"));
  m.def("chinese_label", py::overload_cast<RuleSource>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<Duty>(&ChineseLabel), py::arg("value"));
}

}  // namespace govshare::python
