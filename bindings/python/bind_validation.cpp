// validation.h: catalog quality checks. Validation answers are values
// (findings), never exceptions (docs/catalog-rules.md).
#include <string>
#include <vector>

#include "bind.h"
#include "govshare/validation.h"

namespace govshare::python {

void bind_validation(py::module_& m) {
  py::enum_<Severity>(m, "Severity", "How serious a finding is. Errors block submission of the entry.")
      .value("ERROR", Severity::kError)
      .value("WARNING", Severity::kWarning);
  m.def("enum_name", py::overload_cast<Severity>(&ToString), py::arg("value"));
  m.def("chinese_label", py::overload_cast<Severity>(&ChineseLabel), py::arg("value"));
  m.def("parse_severity", &ParseSeverity, py::arg("name"),
        "Parses error or warning; raises InvalidArgumentError.");

  py::class_<Finding> finding(m, "Finding", "One problem found in an entry or catalog.");
  def_value_type(
      finding, field("rule_id", &Finding::rule_id, "Stable rule id, e.g. 'share.conditional_scope'."),
      field("article", &Finding::article, "The article enforced, e.g. 'A8'."),
      field("path", &Finding::path,
            "Field path inside an entry ('items[3].type'), or with an 'entries[i].' prefix from "
            "validate_catalog."),
      field("severity", &Finding::severity, "ERROR or WARNING."),
      field("message_zh", &Finding::message_zh, "Message in Chinese."),
      field("message_en", &Finding::message_en, "Message in English."));

  py::class_<RuleInfo> rule(m, "RuleInfo", "Description of one rule.");
  def_value_type(rule, field("rule_id", &RuleInfo::rule_id, "Stable rule id."),
                 field("article", &RuleInfo::article, "The article enforced."),
                 field("severity", &RuleInfo::severity, "ERROR or WARNING."),
                 field("description_zh", &RuleInfo::description_zh, "Description in Chinese."),
                 field("description_en", &RuleInfo::description_en, "Description in English."));

  py::class_<ValidationOptions> options(
      m, "ValidationOptions", "Tunable bounds of the checks. Defaults suit the Nantong platform.");
  def_value_type(
      options,
      field("min_name_chars", &ValidationOptions::min_name_chars,
            "Minimum resource-name length in characters (code points). Default 4."),
      field("max_name_chars", &ValidationOptions::max_name_chars,
            "Maximum resource-name length in characters. Default 100."),
      field("min_summary_chars", &ValidationOptions::min_summary_chars,
            "Minimum summary length in characters for the summary to be understandable (A10). "
            "Default 15."),
      field("max_item_name_chars", &ValidationOptions::max_item_name_chars,
            "Maximum data-item name length in characters. Default 50."),
      field("require_publish_date", &ValidationOptions::require_publish_date,
            "When True, a missing publish date is an error (entries being published); drafts "
            "leave it False. Default False."),
      field("code_scheme", &ValidationOptions::code_scheme,
            "The coding scheme catalog codes are checked against."),
      field("api_update_cycles", &ValidationOptions::api_update_cycles,
            "A13: update cycles of frequently changing, time-critical resources, which must be "
            "offered by API. Default [REALTIME, DAILY]."));

  // The C++ overloads without options pass ValidationOptions{}: one function
  // with a keyword default is the same call.
  const ValidationOptions default_options;
  m.def("validate",
        py::overload_cast<const CatalogEntry&, const ValidationOptions&>(&Validate),
        py::arg("entry"), py::arg("options") = default_options,
        "Checks one entry; returns the findings (empty when clean). Never raises for a bad "
        "entry.");
  m.def("validate_catalog",
        py::overload_cast<const Catalog&, const ValidationOptions&>(&ValidateCatalog),
        py::arg("catalog"), py::arg("options") = default_options,
        "Checks every entry (paths prefixed 'entries[i].') and the catalog as a whole: duplicate "
        "codes, duplicate names per provider, unresolved related codes. Never raises.");
  m.def("cataloged_by", &CatalogedBy, py::arg("entry"), py::arg("user_id"), py::arg("provider_code"),
        py::arg("provider_name"), py::arg("assigned_code") = "",
        "A7: the entry as the department catalogs it through its user — provider filled in, the "
        "bureau's catalog code; raises InvalidArgumentError naming the field when it names another "
        "department or another code.");
  m.def("has_errors", &HasErrors, py::arg("findings"), "True when any finding is an error.");
  m.def("validation_rules", &ValidationRules,
        "Every rule validate and validate_catalog apply, in a stable order.");
}

}  // namespace govshare::python
