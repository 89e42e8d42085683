// search.h and supervision.h: the value types of catalog search (A20) and of
// supervision (A31–A33) — queries, facets and hits; projects, scoring weights,
// findings, per-department inspections, the inspection report and
// rectification notices — and RectificationStatus's name and Chinese label.
// The operations are Platform methods (bind_platform.cpp), so these types are
// registered before it.
#include <string>

#include "bind.h"
#include "govshare/search.h"
#include "govshare/supervision.h"

namespace govshare::python {
namespace {

void BindSearchStructs(py::module_& m) {
  py::class_<SearchQuery> query(
      m, "SearchQuery",
      "A search over published entries (Platform.search; docs/search.md). Empty / None filters "
      "match everything.");
  def_value_type(
      query,
      field("text", &SearchQuery::text,
            "Words separated by spaces, all of which must occur (AND) in the entry's name, "
            "summary or item names: each a substring, ASCII letters without regard to case — "
            "exactly SQL LIKE '%word%'. Chinese words of any length, one character included. "
            "Empty: every published entry."),
      field("department", &SearchQuery::department, "Only this provider (credit code)."),
      field("topic", &SearchQuery::topic, "Only entries with this topic."),
      field("industry", &SearchQuery::industry, "Only entries of this industry."),
      field("share_class", &SearchQuery::share_class, "Only this share class; None: any."),
      field("format", &SearchQuery::format, "Only this format class; None: any."),
      field("update_cycle", &SearchQuery::update_cycle, "Only this update cycle; None: any."),
      field("method", &SearchQuery::method, "Only entries offering this share method; None: any."),
      field("offset", &SearchQuery::offset, "Paging: the first hit returned (>= 0)."),
      field("limit", &SearchQuery::limit, "Paging: at most this many hits (0..1000; default 20)."),
      field("facets", &SearchQuery::facets,
            "Compute facet counts over every hit, before paging (default True)."));

  py::class_<FacetCount> facet(m, "FacetCount", "One facet value and how many hits have it.");
  def_value_type(
      facet, field("value", &FacetCount::value,
                   "The value: a credit code, topic, industry, or an enumeration's name "
                   "(enum_name, e.g. 'conditional')."),
      field("label", &FacetCount::label,
            "Display label: the department's name, the enumeration's Chinese label."),
      field("count", &FacetCount::count, "Hits with this value."));

  py::class_<SearchFacets> facets(
      m, "SearchFacets",
      "Counts per facet over every hit: departments, topics and industries by count (most "
      "first), then value; the enumerations in their own order.");
  def_value_type(
      facets,
      field("departments", &SearchFacets::departments,
            "Per provider (labelled with its name). A copy (list)."),
      field("topics", &SearchFacets::topics, "Per topic. A copy (list)."),
      field("industries", &SearchFacets::industries, "Per industry. A copy (list)."),
      field("share_classes", &SearchFacets::share_classes, "Per share class. A copy (list)."),
      field("formats", &SearchFacets::formats, "Per format class. A copy (list)."),
      field("update_cycles", &SearchFacets::update_cycles, "Per update cycle. A copy (list)."),
      field("methods", &SearchFacets::methods, "Per share method. A copy (list)."));

  py::class_<SearchHit> hit(m, "SearchHit",
                            "One hit: the entry's full description (A20 查看详细描述信息).");
  def_value_type(
      hit, field("entry_id", &SearchHit::entry_id, "The entry (platform id)."),
      field("code", &SearchHit::code, "The entry's catalog code."),
      field("name_match", &SearchHit::name_match,
            "Every word occurs in the entry's name (such hits are ranked first)."),
      field("entry", &SearchHit::entry, "The live content of the entry."));

  py::class_<SearchResult> result(m, "SearchResult", "The answer to a SearchQuery.");
  def_value_type(
      result, field("total", &SearchResult::total, "Hits in all, before paging."),
      field("hits", &SearchResult::hits,
            "The page: name matches first, then the rest, each group by entry id. A copy (list)."),
      field("facets", &SearchResult::facets,
            "Counts per facet over every hit (empty lists when SearchQuery.facets is False)."));
}

void BindSupervisionEnums(py::module_& m) {
  py::enum_<RectificationStatus>(m, "RectificationStatus", "State of a rectification notice (A33).")
      .value("OPEN", RectificationStatus::kOpen, "整改中: notified; within its deadline")
      .value("OVERDUE", RectificationStatus::kOverdue,
             "逾期未整改: past its deadline, not yet escalated")
      .value("ESCALATED", RectificationStatus::kEscalated,
             "已书面通报: past its deadline; a written notice (书面通报) was issued")
      .value("RESOLVED", RectificationStatus::kResolved,
             "已整改: the department rectified; the bureau recorded it");
}

void BindSupervisionStructs(py::module_& m) {
  py::class_<Project> project(
      m, "Project",
      "An IT project of a department (A32): its catalog compiled before approval, its resources "
      "connected to the platform at acceptance.");
  def_value_type(
      project, field("id", &Project::id, "The project's id (0: a new project for save_project)."),
      field("department_code", &Project::department_code, "The department that runs it."),
      field("name", &Project::name, "The project's name."),
      field("approved_on", &Project::approved_on,
            "When it was approved (立项; Date or datetime.date); None if not yet."),
      field("accepted_on", &Project::accepted_on, "When it was accepted (验收); None if not yet."),
      field("entry_ids", &Project::entry_ids,
            "Catalog entries compiled for it (预编信息资源目录). A copy (list)."));

  py::class_<SupervisionWeights> weights(
      m, "SupervisionWeights",
      "Weights of the inspection score (docs/supervision.md): any non-negative numbers, only "
      "their proportions matter; metrics with nothing to measure are left out. Defaults sum to "
      "100.");
  def_value_type(
      weights,
      field("completeness", &SupervisionWeights::completeness,
            "A31 (1): entries complete, items described. Default 15."),
      field("accuracy", &SupervisionWeights::accuracy,
            "A31 (2), (6): objections upheld and corrected on time. Default 15."),
      field("updates", &SupervisionWeights::updates,
            "A31 (3): catalog updates after policy changes and census on time. Default 15."),
      field("publication", &SupervisionWeights::publication,
            "A31 (4): shared entries whose resource is connected. Default 15."),
      field("freshness", &SupervisionWeights::freshness,
            "A31 (5): connected resources refreshed within their cycle. Default 15."),
      field("timeliness", &SupervisionWeights::timeliness,
            "A31 (7): statutory steps completed on time, none overdue. Default 25."));

  py::class_<SupervisionFinding> finding(m, "SupervisionFinding",
                                         "A problem found by an inspection, with its clause.");
  def_value_type(
      finding, field("clause", &SupervisionFinding::clause, "The clause, e.g. 'A31(5)', 'A32'."),
      field("a33_ground", &SupervisionFinding::a33_ground,
            "The matching A33 ground for a rectification notice (1-6; 0 when none)."),
      field("object", &SupervisionFinding::object,
            "The object, e.g. 'entry:12', 'application:3', 'project:2'; may be empty."),
      field("message_zh", &SupervisionFinding::message_zh, "What was found (Chinese)."),
      field("liability", &SupervisionFinding::liability,
            "The national liability item, e.g. 'N39(4)', when the period missed was the national "
            "regulation's; empty otherwise."),
      field("liability_zh", &SupervisionFinding::liability_zh, "That item's words (Chinese)."));

  py::class_<SupervisionRate> rate(
      m, "SupervisionRate",
      "One rate of an inspection, in [0, 1], as the library computed it (docs/supervision.md).");
  def_value_type(
      rate,
      field("measured", &SupervisionRate::measured,
            "False when there was nothing to measure: left out of the score (a report shows '—')."),
      field("value", &SupervisionRate::value, "In [0, 1]; 0 when not measured."));

  py::class_<SupervisionRates> rates(
      m, "SupervisionRates",
      "The rates behind a department's score, one per SupervisionWeights field, and two shown "
      "but not scored (sharing, A8; projects, A32).");
  def_value_type(
      rates,
      field("completeness", &SupervisionRates::completeness,
            "A31 (1): always measured (no catalog published: 0)."),
      field("accuracy", &SupervisionRates::accuracy, "A31 (2), (6)."),
      field("updates", &SupervisionRates::updates, "A31 (3)."),
      field("publication", &SupervisionRates::publication, "A31 (4)."),
      field("freshness", &SupervisionRates::freshness, "A31 (5)."),
      field("timeliness", &SupervisionRates::timeliness, "A31 (7)."),
      field("sharing", &SupervisionRates::sharing, "A8: share_ratio, measured with entries; not scored."),
      field("projects", &SupervisionRates::projects, "A32: compliant / approved projects; not scored."));

  py::class_<StepTimeliness> step(m, "StepTimeliness",
                                  "On-time figures of one kind of statutory step (A31 (7)).");
  def_value_type(
      step, field("kind", &StepTimeliness::kind, "The kind of step."),
      field("completed", &StepTimeliness::completed, "Completed in the period."),
      field("on_time", &StepTimeliness::on_time, "Of those, completed by the deadline."),
      field("overdue_now", &StepTimeliness::overdue_now,
            "Pending past the deadline at the end of the period."),
      field("on_time_rate", &StepTimeliness::on_time_rate,
            "on_time / (completed + overdue_now) (SupervisionRate)."));

  py::class_<DepartmentInspection> inspection(
      m, "DepartmentInspection", "One department's inspection (or the city's, summed).");
  def_value_type(
      inspection,
      field("department_code", &DepartmentInspection::department_code, "The department."),
      field("department_name", &DepartmentInspection::department_name, "Its name."),
      field("entries", &DepartmentInspection::entries, "A31 (1): published entries."),
      field("complete_entries", &DepartmentInspection::complete_entries,
            "Entries without validation errors whose every item is described."),
      field("items", &DepartmentInspection::items, "Items of the published entries."),
      field("described_items", &DepartmentInspection::described_items, "Items with a description."),
      field("shared_entries", &DepartmentInspection::shared_entries,
            "A8: unconditional or conditional entries."),
      field("not_shared_entries", &DepartmentInspection::not_shared_entries, "Not-shared entries."),
      field("not_shared_with_basis", &DepartmentInspection::not_shared_with_basis,
            "Not-shared entries with a legal basis."),
      field("share_ratio", &DepartmentInspection::share_ratio,
            "shared_entries / entries; 0 with no entries (rates.sharing says whether measured)."),
      field("obligations_due", &DepartmentInspection::obligations_due,
            "A31 (3): A11 obligations due in the period."),
      field("obligations_on_time", &DepartmentInspection::obligations_on_time,
            "Of those, fulfilled on time."),
      field("obligations_overdue_now", &DepartmentInspection::obligations_overdue_now,
            "Of those, unfulfilled past their due date at the end of the period."),
      field("census_done", &DepartmentInspection::census_done,
            "The census of the period's year was fulfilled."),
      field("connected_entries", &DepartmentInspection::connected_entries,
            "A31 (4): shared entries with a refresh reported."),
      field("stale_entries", &DepartmentInspection::stale_entries,
            "A31 (5): connected, not refreshed within the update cycle at the period's end."),
      field("objections_upheld", &DepartmentInspection::objections_upheld,
            "A31 (2), (6): objections on its entries resolved as corrected in the period."),
      field("objections_rejected", &DepartmentInspection::objections_rejected,
            "Objections rejected in the period."),
      field("objections_open", &DepartmentInspection::objections_open, "Objections still open."),
      field("corrections_on_time", &DepartmentInspection::corrections_on_time,
            "Upheld objections corrected within the check deadline."),
      field("revisions_due", &DepartmentInspection::revisions_due,
            "A31 (2): rejected catalog versions revised in the period or unrevised past the "
            "deadline now."),
      field("revisions_on_time", &DepartmentInspection::revisions_on_time,
            "Of those, revised within SharingPolicy.unrevised_rejection_days."),
      field("revisions_overdue_now", &DepartmentInspection::revisions_overdue_now,
            "Still unrevised past the deadline."),
      field("steps", &DepartmentInspection::steps,
            "Every kind of step (StepTimeliness, StepKind order). A copy (list)."),
      field("steps_completed", &DepartmentInspection::steps_completed,
            "A31 (7): approval steps (A21-A23) completed in the period."),
      field("steps_on_time", &DepartmentInspection::steps_on_time, "Of those, on time."),
      field("steps_overdue_now", &DepartmentInspection::steps_overdue_now,
            "Steps pending past their deadline at the end of the period."),
      field("decisions", &DepartmentInspection::decisions,
            "A28: access decisions in the period (allowed + refused); the city's: every usage line."),
      field("decisions_allowed", &DepartmentInspection::decisions_allowed, "A28: decisions allowed."),
      field("decisions_refused", &DepartmentInspection::decisions_refused, "A28: decisions refused."),
      field("deliveries", &DepartmentInspection::deliveries, "A28: deliveries through a decision (filter)."),
      field("comparisons", &DepartmentInspection::comparisons, "A8, A28: comparisons, allowed or refused."),
      field("comparisons_matched", &DepartmentInspection::comparisons_matched,
            "Comparisons where every field matched."),
      field("projects", &DepartmentInspection::projects, "A32: its approved projects."),
      field("projects_compliant", &DepartmentInspection::projects_compliant,
            "Projects with the catalog compiled before approval and, once accepted, a connected "
            "resource."),
      field("rates", &DepartmentInspection::rates,
            "The rates behind the score (SupervisionRates); for the city, of the summed figures."),
      field("score", &DepartmentInspection::score, "The score, 0-100 (one decimal)."),
      field("rank", &DepartmentInspection::rank, "The rank, 1 = best (0 for the city)."),
      field("findings", &DepartmentInspection::findings,
            "The problems found (SupervisionFinding). A copy (list)."));

  // `from` is a Python keyword: the attribute and keyword are `from_` (PEP 8).
  py::class_<InspectionReport> report(m, "InspectionReport",
                                      "The inspection of a period, per department and city-wide.");
  def_value_type(
      report, field("from_", &InspectionReport::from, "First day of the period (C++ `from`)."),
      field("to", &InspectionReport::to, "Last day of the period (inclusive)."),
      field("generated_at", &InspectionReport::generated_at, "When it was computed."),
      field("calendar_version", &InspectionReport::calendar_version,
            "The version of the calendar deadlines were judged with."),
      field("rules", &InspectionReport::rules,
            "The texts the period's acts were judged by, national above local (each deadline by "
            "the rules of its act's day). A copy (list)."),
      field("weights", &InspectionReport::weights, "The weights the scores were computed with."),
      field("departments", &InspectionReport::departments,
            "The bureau, municipal departments and county platforms (a county's own "
            "departments are its platform's to supervise, A6), ranked, best first. A copy "
            "(list)."),
      field("city", &InspectionReport::city,
            "The city as a whole: departments summed, score the mean."),
      field("calendar_warning", &InspectionReport::calendar_warning,
            "The platform calendar's warning (CalendarState.warning): next year's holiday "
            "schedule missing, provisional deadlines open. Empty when fine."));

  py::class_<RectificationInput> notice(
      m, "RectificationInput", "A notice to a department to rectify (A33).");
  def_value_type(
      notice, field("department_code", &RectificationInput::department_code, "The department."),
      field("a33_ground", &RectificationInput::a33_ground, "Which of A33 (1)-(6). Default 6."),
      field("description", &RectificationInput::description, "What must be rectified."),
      field("object", &RectificationInput::object,
            "The object concerned (a finding's object); optional."),
      field("working_days", &RectificationInput::working_days,
            "Working days to rectify (1..60). Default 10."));

  py::class_<Rectification> rectification(m, "Rectification",
                                          "A rectification notice and where it stands (A33).");
  def_value_type(
      rectification, field("id", &Rectification::id, "The rectification's id."),
      field("row_version", &Rectification::row_version,
            "Optimistic-concurrency version: pass it back to every change."),
      field("notice", &Rectification::notice, "What was notified."),
      field("issued_by", &Rectification::issued_by, "The bureau user who issued it."),
      field("issued_at", &Rectification::issued_at, "When it was issued."),
      field("due", &Rectification::due,
            "The deadline (working days from the platform's calendar), with its calendar version."),
      field("status", &Rectification::status, "Where it stands as of the platform's now()."),
      field("escalated_at", &Rectification::escalated_at,
            "When the written notice was issued; None if not."),
      field("resolution", &Rectification::resolution, "What the department did, as recorded."),
      field("resolved_at", &Rectification::resolved_at, "When it was resolved; None if not."),
      field("resolved_by", &Rectification::resolved_by, "Who recorded it; empty if open."));
}

void BindSupervisionNames(py::module_& m) {
  m.def("enum_name", py::overload_cast<RectificationStatus>(&ToString), py::arg("value"));
  m.def("chinese_label", py::overload_cast<RectificationStatus>(&ChineseLabel), py::arg("value"));
}

}  // namespace

void bind_search(py::module_& m) {
  BindSearchStructs(m);
  BindSupervisionEnums(m);
  BindSupervisionStructs(m);
  BindSupervisionNames(m);
}

}  // namespace govshare::python
