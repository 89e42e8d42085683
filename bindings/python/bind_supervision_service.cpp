// Supervision: refresh reports, projects, inspections and rectification (A31-A33)
// Bound as a facade of the handle (platform.supervision); every call releases
// the GIL (Released, bind_platform.h).
#include "bind_platform.h"

namespace govshare::python {
namespace {

// Supervision (A31-A33; docs/supervision.md).
void BindSupervision(py::class_<Facade<SupervisionService>>& cls) {
  cls.def("report_refresh", Released(&SupervisionService::ReportRefresh), py::arg("actor"),
          py::arg("entry_id"),
          "The provider (operator or leader) reports a refresh of a published entry's data "
          "(A31 (5)): the resource is connected (A31 (4)), and fresh for one update cycle.")
      .def("save_project", Released(&SupervisionService::SaveProject), py::arg("actor"),
           py::arg("project"),
           "Records (id 0) or updates a department's IT project (A32; the department's "
           "administrator or the bureau administrator); returns it with its id. Raises "
           "InvalidArgumentError for an acceptance before the approval.")
      .def("projects", Released(&SupervisionService::Projects), py::arg("actor"),
           py::arg("department_code") = "",
           "Projects of a department ('' (default): every one the actor may see).")
      .def(
          "inspect",
          [](const Facade<SupervisionService>& self, const std::string& actor, Date from, Date to,
             std::optional<SupervisionWeights> weights) {
            py::gil_scoped_release release;
            return weights ? self.platform->supervision().Inspect(actor, from, to, *weights) : self.platform->supervision().Inspect(actor, from, to);
          },
          py::arg("actor"), py::arg("from_"), py::arg("to"), py::arg("weights") = py::none(),
          "Inspects every department over [from_, to] (Date or datetime.date; A31 (1)-(7), "
          "A32): metrics, findings, scores and a ranking (the bureau, auditors). weights "
          "(SupervisionWeights) None: the defaults. Pending things are judged at the period's "
          "end, or now if earlier. Raises InvalidArgumentError when to < from_ or a weight is "
          "negative.")
      .def("issue_rectification", Released(&SupervisionService::IssueRectification), py::arg("actor"),
           py::arg("notice"),
           "The bureau administrator notifies a department to rectify (A33; a "
           "RectificationInput), due in notice.working_days working days from now (the "
           "platform's calendar). A notice goes to the department.")
      .def("escalate_rectifications", Released(&SupervisionService::EscalateRectifications),
           py::arg("actor"),
           "Issues the written notice (书面通报, A33) for every rectification past its deadline: "
           "a notice to the department and to the bureau, status ESCALATED. Returns them.")
      .def("resolve_rectification", Released(&SupervisionService::ResolveRectification), py::arg("actor"), py::arg("rectification_id"), py::arg("row_version"),
           py::arg("resolution"),
           "The bureau administrator records that the department rectified (resolution "
           "required).")
      .def("rectifications", Released(&SupervisionService::Rectifications), py::arg("actor"), py::arg("department_code") = "",
           "Rectifications of a department ('' (default): every one the actor may see: the "
           "bureau and auditors all, a department its own), with their status as of now().");
}

}  // namespace

void BindSupervisionService(py::module_& m) {
  py::class_<Facade<SupervisionService>> cls(m, "SupervisionService", "Supervision (platform.supervision).");
  BindSupervision(cls);
}

}  // namespace govshare::python
