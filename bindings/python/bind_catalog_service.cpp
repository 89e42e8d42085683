// The catalog on the platform: entries through review, publication and withdrawal, obligations, search and federation (A6, A10-A12, A16, A20)
// Bound as a facade of the handle (platform.catalog); every call releases
// the GIL (Released, bind_platform.h).
#include "bind_platform.h"

namespace govshare::python {
namespace {

// Catalog search (A20; docs/search.md). Two forms, like Platform.open: a
// SearchQuery, or its fields as keywords (assembled into a SearchQuery and
// nothing else). Both release the GIL after copying the query.
void BindSearch(py::class_<Facade<CatalogService>>& cls) {
  const SearchQuery q;
  // The keyword form first: the query form's Checked argument takes any object
  // (and names the parameter when it is not a SearchQuery), so it comes last.
  cls.def(
          "search",
          [](const Facade<CatalogService>& self, const std::string& actor, const std::string& text,
             const std::string& department, const std::string& topic, const std::string& industry,
             std::optional<ShareClass> share_class, std::optional<FormatClass> format,
             std::optional<UpdateCycle> update_cycle, std::optional<ShareMethod> method,
             int offset, int limit, bool facets) {
            SearchQuery query;
            query.text = text;
            query.department = department;
            query.topic = topic;
            query.industry = industry;
            query.share_class = share_class;
            query.format = format;
            query.update_cycle = update_cycle;
            query.method = method;
            query.offset = offset;
            query.limit = limit;
            query.facets = facets;
            py::gil_scoped_release release;
            return self.platform->catalog().Search(actor, query);
          },
          py::arg("actor"), py::arg("text") = q.text, py::kw_only(),
          py::arg("department") = q.department, py::arg("topic") = q.topic,
          py::arg("industry") = q.industry, py::arg("share_class") = q.share_class,
          py::arg("format") = q.format, py::arg("update_cycle") = q.update_cycle,
          py::arg("method") = q.method, py::arg("offset") = q.offset,
          py::arg("limit") = q.limit, py::arg("facets") = q.facets,
          "search(actor, SearchQuery(text=..., ...)) with the query's fields as keywords: "
          "search(actor, '人口', topic='人口', limit=50).");
  cls.def("search", Released(&CatalogService::Search), py::arg("actor"), py::arg("query"),
          "Searches the published catalog (any platform user, A20): every word of query.text "
          "in the entry's name, summary or item names (the same hits as SQL LIKE '%word%', "
          "Chinese words of any length), the filters, facet counts over every hit and the page "
          "[offset, offset + limit); name matches first, then by entry id. Each SearchHit "
          "carries the entry's live content. Raises InvalidArgumentError for a bad offset or "
          "limit (0..1000).");

}


void BindLifecycle(py::class_<Facade<CatalogService>>& cls) {
  // ---- catalog lifecycle (A10-A12, A16) -------------------------------------------------
  cls.def("create_draft", Released(&CatalogService::CreateDraft), py::arg("actor"),
          py::arg("entry"),
          "Creates a draft entry for the actor's department (provider = that department). "
          "Drafts may be incomplete.")
      .def("validate_draft", Released(&CatalogService::ValidateDraft), py::arg("actor"), py::arg("entry"),
           "The findings of entry as the platform will see it when actor creates and submits it (A7, "
           "A10): the provider filled in from the actor's department, so no finding about "
           "provider.code or provider.name, which the bare validate(entry) cannot know. Changes "
           "nothing; raises what create_draft raises for the provider or code (A7) and "
           "PermissionDeniedError when the actor may not catalog.")
      .def("edit_draft", Released(&CatalogService::EditDraft), py::arg("actor"),
           py::arg("entry_id"), py::arg("row_version"), py::arg("entry"),
           "Replaces the working draft (or rejected, or approved but unpublished version: back "
           "to draft, reviewed again), or starts a revision of a published entry (the live "
           "version stays live).")
      .def("submit", Released(&CatalogService::Submit), py::arg("actor"),
           py::arg("entry_id"), py::arg("row_version"),
           "Submits the working version for review. Raises InvalidArgumentError listing the "
           "findings when validate() reports errors (A10), and InvalidArgumentError naming the "
           "field, the holder and A16 when a revision takes away what an active or suspended "
           "authorization grants (a withdrawal goes by request_withdrawal). A resubmitted "
           "rejected version closes its catalog-revision step (A31 (2)).")
      .def("approve", Released(&CatalogService::Approve), py::arg("actor"),
           py::arg("entry_id"), py::arg("row_version"),
           "The bureau approves, assigning the catalog code on first approval (A7). A review "
           "result notice goes to the provider. Fulfils the department's open law-revision and "
           "function-change obligations opened before the version was submitted (A11).")
      .def("reject", Released(&CatalogService::Reject), py::arg("actor"),
           py::arg("entry_id"), py::arg("row_version"), py::arg("reasons"),
           "The bureau rejects with reasons (a list of ReviewFinding, at least one). A review "
           "result notice goes to the provider; a catalog-revision step is due in "
           "SharingPolicy.unrevised_rejection_days working days (A31 (2)).")
      .def("publish", Released(&CatalogService::Publish), py::arg("actor"),
           py::arg("entry_id"), py::arg("row_version"),
           "The department publishes the approved version; a former live version becomes "
           "superseded (history kept). The A16 check of submit is made again.")
      .def("request_withdrawal", Released(&CatalogService::RequestWithdrawal), py::arg("actor"), py::arg("entry_id"), py::arg("row_version"), py::arg("reason"),
           "Asks to withdraw a published entry (A16): a notice goes to every using department "
           "(subscribers and holders of an active or suspended authorization) and to the bureau.")
      .def("decide_withdrawal", Released(&CatalogService::DecideWithdrawal), py::arg("actor"), py::arg("entry_id"), py::arg("row_version"), py::arg("approve"),
           py::arg("reason"),
           "The bureau approves (the entry is withdrawn, never deleted) or refuses (it stays "
           "published) a requested withdrawal, with a reason.")
      .def("subscribe", Released(&CatalogService::Subscribe), py::arg("actor"),
           py::arg("entry_id"),
           "Subscribes the actor's department to a published entry of another department (it "
           "then hears of withdrawals; a holder of an authorization hears of them anyway).")
      .def("get_entry", Released(&CatalogService::GetEntry), py::arg("actor"),
           py::arg("entry_id"), "The entry as the actor may see it. Raises NotFoundError.")
      .def("entries", Released(&CatalogService::Entries), py::arg("actor"),
           py::arg("provider_code") = "", "Entries of one provider; '' (default): all.")
      .def("history", Released(&CatalogService::History), py::arg("actor"),
           py::arg("entry_id"), "Every version of an entry the actor may see, oldest first.");

  // ---- source departments (N19) ----------------------------------------------------------
  cls.def("designate_source", Released(&CatalogService::DesignateSource), py::arg("actor"),
          py::arg("designation"),
          "N19: the bureau administrator designates the source department (数源部门) of data several "
          "departments collect (a SourceDesignation); one per subject, a new one replaces it. The source and "
          "the collecting departments are told; audited.")
      .def("source_designations", Released(&CatalogService::SourceDesignations), py::arg("actor"), "Every source-department designation in force, by subject.");

  // ---- obligations (A11) ----------------------------------------------------------------
  cls.def("record_legal_change", Released(&CatalogService::RecordLegalChange), py::arg("actor"),
          py::arg("department_code"), py::arg("kind"), py::arg("description"),
          py::arg("announced_on"),
          "Records a law revision or function change announced on announced_on (Date or "
          "datetime.date): opens an obligation for the department to update its catalog "
          "within 15 working days.")
      .def("schedule_census", Released(&CatalogService::ScheduleCensus), py::arg("actor"),
           py::arg("year"),
           "Opens the annual census obligation of year for every department that has none yet "
           "(bureau); due December 31. Returns the obligations opened. Only the department's "
           "census return (return_census) fulfils it.")
      .def("request_update_extension", Released(&CatalogService::RequestUpdateExtension), py::arg("actor"), py::arg("obligation_id"), py::arg("working_days"), py::arg("reason"),
           "N17 因特殊原因需要延长更新期限的: the department asks, before the update is due, for working_days "
           "more (at most 5) on a law revision or function change obligation counted under N17.")
      .def("decide_update_extension", Released(&CatalogService::DecideUpdateExtension), py::arg("actor"),
           py::arg("obligation_id"), py::arg("approve"), py::arg("reason"),
           "N17 经同级政务数据共享主管部门同意，可以延长5个工作日: the bureau approves (the due date moves on) "
           "or refuses; the department is told.")
      .def("return_census", Released(&CatalogService::ReturnCensus), py::arg("actor"), py::arg("department_code"), py::arg("year"), py::arg("lines"),
           "The department's census return for year (A11): one CensusLine per published entry, "
           "UNCHANGED or REVISED (a version submitted in that year; the platform records which). "
           "Fulfils that year's census obligation and returns it.")
      .def("obligations", Released(&CatalogService::Obligations), py::arg("actor"),
           py::arg("department_code") = "", py::arg("unfulfilled_only") = false,
           "Obligations of a department ('': all the actor may see), with their state as of "
           "now().");

  // ---- federation (A6) ---------------------------------------------------------------------
  cls.def("export_federation_bundle", Released(&CatalogService::ExportFederationBundle), py::arg("actor"),
          "A county platform's published catalog as a bundle: JSON with the source platform, "
          "time, entries and a SHA-256 digest.")
      .def("import_federation_bundle", Released(&CatalogService::ImportFederationBundle),
           py::arg("actor"), py::arg("bundle"),
           "Imports a county bundle (str or bytes) into the city platform with provenance, "
           "idempotently: a re-import updates changed entries and reports them. Raises "
           "ParseError for text that is not a bundle, InvalidArgumentError for a bad digest.");

}
}  // namespace

void BindCatalogService(py::module_& m) {
  py::class_<Facade<CatalogService>> cls(m, "CatalogService", "The catalog on the platform (platform.catalog).");
  BindSearch(cls);
  BindLifecycle(cls);
}

}  // namespace govshare::python
