// The data boundary: access decisions, delivery, masking rules and the usage log (A8, A26, A28, A30)
// Bound as a facade of the handle (platform.access); every call releases
// the GIL (Released, bind_platform.h).
#include "bind_platform.h"

namespace govshare::python {
namespace {

// The access decisions at the data boundary (A8, A26, A28, A30; docs/access.md).
// decide, filter and compare release the GIL after copying their bound-struct
// arguments (Released): Python threads decide in parallel on the shared index.
void BindAccess(py::class_<Facade<AccessService>>& cls) {
  const UsageQuery every_line;
  cls.def("decide", Released(&AccessService::Decide), py::arg("request"),
          "Decides a data request (an AccessRequest) against the live authorizations and the "
          "entry's current share class, at the request's time (default now()). Never raises for "
          "a refusal: the AccessDecision says why (reasons name the rule and article). Recorded "
          "in the usage log (batched). Served from an in-memory index.")
      .def("filter", Released(&AccessService::Filter), py::arg("decision"),
           py::arg("records_json"),
           "Applies an allowed decision to the provider's records, a JSON array of objects keyed "
           "by item name (str): drops withheld and unrequested items, masks masked ones; "
           "returns the delivered array as JSON text. Raises PermissionDeniedError for a refused "
           "decision or a record carrying a comparison-only item (use compare), ParseError for "
           "input that is not an array of objects. filter_records() takes and returns Python "
           "lists.")
      .def("compare", Released(&AccessService::Compare), py::arg("request"),
           py::arg("submitted"), py::arg("provider_record_json"),
           "Compares submitted values (a dict item -> str) with the provider's record (a JSON "
           "object; '' or 'null': no record) for items the consumer may compare (数据比对); "
           "request.items is ignored (the submitted items are checked). Never returns data. "
           "Rate-limited per authorization (PlatformOptions.comparisons_per_minute): beyond it "
           "refused with the rule 'rate_limit'. Every comparison is in the usage log at once.")
      .def("set_masking_rules", Released(&AccessService::SetMaskingRules), py::arg("actor"), py::arg("entry_id"), py::arg("rules"),
           "Sets how an entry's masked items are masked (a list of MaskingRule; the provider's "
           "operators and administrators; audited). Items without a rule use their "
           "personal-information kind's default; an item with a rule is masked for every "
           "consumer.")
      .def("masking_rules", Released(&AccessService::MaskingRules), py::arg("actor"),
           py::arg("entry_id"), "The entry's masking rules (a list of MaskingRule).")
      .def("flush_usage_log", Released(&AccessService::FlushUsageLog), "Writes the buffered usage lines now (they also move authorizations' last use).")
      .def("usage_log", Released(&AccessService::UsageLog), py::arg("actor"),
           py::arg("query") = every_line,
           "Who accessed what, when, why (A28), newest first: the bureau and auditors see every "
           "line; a department its own accesses and those of its entries. query (UsageQuery) "
           "filters; writes the buffered lines first.");
}

}  // namespace

void BindAccessService(py::module_& m) {
  py::class_<Facade<AccessService>> cls(m, "AccessService", "The data boundary (platform.access).");
  BindAccess(cls);
}

}  // namespace govshare::python
