// Sharing between departments: applications, authorizations, demands, objections, disputes, steps and the sharing policy (A17-A29)
// Bound as a facade of the handle (platform.sharing); every call releases
// the GIL (Released, bind_platform.h).
#include "bind_platform.h"

namespace govshare::python {
namespace {

// The sharing operations (A17-A27, A29).
void BindSharing(py::class_<Facade<SharingService>>& cls) {
  const GrantTerms as_requested;

  // ---- policy ----------------------------------------------------------------------------
  cls.def("policy", Released(&SharingService::Policy), "The numbers the rules leave to the platform (a SharingPolicy stored in the file); "
          "takes no actor.")
      .def("set_policy", Released(&SharingService::SetPolicy), py::arg("actor"),
           py::arg("policy"),
           "Sets the SharingPolicy (bureau administrator); each number 1..60 working days.");

  // ---- applications (A18-A23) ------------------------------------------------------------
  cls.def("apply", Released(&SharingService::Apply), py::arg("actor"), py::arg("request"),
          "A consumer applies for a published entry of another department (A20). Raises "
          "InvalidArgumentError naming the field and article for items not in the entry, a "
          "not-shared entry or item (A8), a conditional entry whose scope does not cover the "
          "consumer (A8) unless only items every department may use are asked for, a method the "
          "entry does not offer (A13), a missing purpose, legal duty or stamped scan (A20). Opens "
          "the bureau's form check, due in 1 working day (A21).")
      .def("accept_application", Released(&SharingService::AcceptApplication), py::arg("actor"),
           py::arg("application_id"), py::arg("row_version"),
           "The bureau's form check accepts (A21): the decision step opens with the provider "
           "(10 working days, A22) or the bureau (2 working days, A23).")
      .def("decline_application", Released(&SharingService::DeclineApplication), py::arg("actor"), py::arg("application_id"), py::arg("row_version"),
           py::arg("reason"), "The bureau's form check does not accept, with a reason (A21).")
      .def("grant_application", Released(&SharingService::GrantApplication),
           py::arg("actor"), py::arg("application_id"), py::arg("row_version"),
           py::arg("terms") = as_requested,
           "The deciding authority grants, creating the authorization; terms (GrantTerms) "
           "default to 'as requested'. The provider decides provider-direct entries; the bureau "
           "platform-direct ones (the result is pushed to the provider, A23) and, within the "
           "provider's platform-wide grant, provider-to-platform ones.")
      .def("refuse_application", Released(&SharingService::RefuseApplication), py::arg("actor"), py::arg("application_id"), py::arg("row_version"),
           py::arg("reason"), "The deciding authority refuses, with a reason (A22, A23).")
      .def("request_materials", Released(&SharingService::RequestMaterials), py::arg("actor"), py::arg("application_id"), py::arg("row_version"), py::arg("missing"),
           "N21 一次性告知: the deciding authority lists every missing material at once (acts from "
           "2025-08-01); asked once only.")
      .def("supply_materials", Released(&SharingService::SupplyMaterials),
           py::arg("actor"), py::arg("application_id"), py::arg("row_version"), py::arg("supplement"),
           py::arg("scan") = py::none(),
           "The requester supplies the materials; the reply period runs again from now (N21).")
      .def("request_reply_extension", Released(&SharingService::RequestReplyExtension), py::arg("actor"), py::arg("application_id"), py::arg("row_version"), py::arg("working_days"),
           py::arg("reason"),
           "N21: the provider asks the bureau to extend its reply (at most 10 working days), before it is due.")
      .def("decide_reply_extension", Released(&SharingService::DecideReplyExtension),
           py::arg("actor"), py::arg("application_id"), py::arg("row_version"), py::arg("approve"),
           py::arg("reason"),
           "N21: the bureau approves (the reply is due later by the days asked) or refuses; both parties told.")
      .def("get_application", Released(&SharingService::GetApplication), py::arg("actor"), py::arg("application_id"),
           "The application, when the actor may see it. Raises NotFoundError.")
      .def("applications", Released(&SharingService::Applications), py::arg("actor"),
           py::arg("department_code") = "",
           "Applications where department_code is the consumer or the provider ('' (default): "
           "every one the actor may see).");

  // ---- authorizations (A18, A26, A28, A30) -------------------------------------------------
  cls.def("grant_platform", Released(&SharingService::GrantPlatform), py::arg("actor"),
          py::arg("entry_id"), py::arg("terms") = as_requested,
          "The provider grants the platform as a whole (A18 整体授权) for an entry whose mode is "
          "provider-to-platform; the bureau then grants consumers within it. terms.items empty: "
          "every item.")
      .def("record_delivery", Released(&SharingService::RecordDelivery), py::arg("actor"),
           py::arg("authorization_id"), py::arg("row_version"), py::arg("method"), py::arg("note") = "",
           "N22: the provider records the delivery of an active authorization by one of its methods; once.")
      .def("get_authorization", Released(&SharingService::GetAuthorization), py::arg("actor"), py::arg("authorization_id"),
           "The authorization with its status as of now(). Raises NotFoundError.")
      .def("authorizations", Released(&SharingService::Authorizations), py::arg("actor"), py::arg("department_code") = "",
           "Authorizations where department_code is the consumer or the provider ('' (default): "
           "every one the actor may see), with their status as of now().")
      .def("record_use", Released(&SharingService::RecordUse), py::arg("actor"),
           py::arg("authorization_id"),
           "Records that the consumer used an authorization now (sets last_used).")
      .def("revocable_for_non_use", Released(&SharingService::RevocableForNonUse), py::arg("actor"), py::arg("provider_code"),
           "Active authorizations of provider_code unused for more than 3 months (since the last "
           "use, or the grant), not seasonal (A26).")
      .def("revoke", Released(&SharingService::Revoke), py::arg("actor"),
           py::arg("authorization_id"), py::arg("row_version"), py::arg("ground"),
           py::arg("reason"),
           "Revokes (provider leader; the bureau administrator for a breach) with a reason; for "
           "RevocationGround.NON_USE only when listed by revocable_for_non_use (A26). The "
           "consumer is notified.")
      .def("suspend", Released(&SharingService::Suspend), py::arg("actor"),
           py::arg("authorization_id"), py::arg("row_version"), py::arg("reason"),
           "Suspends for a suspected breach (A28, A30), with a reason.")
      .def("reinstate", Released(&SharingService::Reinstate), py::arg("actor"),
           py::arg("authorization_id"), py::arg("row_version"), py::arg("reason"),
           "Reinstates a suspended authorization, with a reason.")
      .def("expire_authorizations", Released(&SharingService::ExpireAuthorizations),
           py::arg("actor"),
           "Records the expiry of every active authorization past its period (bureau "
           "administrator) and notifies their consumers; returns them.");

  // ---- N27: the purpose ends; the provider ends or changes a service ------------------------
  cls.def("end_purpose", Released(&SharingService::EndPurpose), py::arg("actor"), py::arg("authorization_id"),
          py::arg("row_version"), py::arg("reason"),
          "N27 共享目的已实现、无法实现或者为实现共享目的不再必要: the consumer's leader ends its own "
          "authorization (REVOKED, ground PURPOSE_ENDED); when it received data, its disposal step opens.")
      .def("propose_service_change", Released(&SharingService::ProposeServiceChange), py::arg("actor"),
           py::arg("change"),
           "N27: the provider's leader proposes to end or change the service of an authorization in use "
           "(a ServiceChangeInput with its good reason); the consumer is asked to negotiate. Nothing "
           "changes until it is filed.")
      .def("answer_service_change", Released(&SharingService::AnswerServiceChange), py::arg("actor"), py::arg("service_change_id"), py::arg("row_version"), py::arg("agrees"),
           py::arg("comment"), "The consumer's leader answers the negotiation: agrees or not, in its words (N27).")
      .def("file_service_change", Released(&SharingService::FileServiceChange), py::arg("actor"),
           py::arg("service_change_id"), py::arg("row_version"),
           "The provider files the answered change with the bureau (备案) and it takes effect: an end revokes "
           "(ground SERVICE_ENDED), a change narrows the authorization (N27).")
      .def("withdraw_service_change", Released(&SharingService::WithdrawServiceChange), py::arg("actor"), py::arg("service_change_id"), py::arg("row_version"), py::arg("reason"),
           "The provider withdraws a change not yet filed.")
      .def("service_changes", Released(&SharingService::ServiceChanges), py::arg("actor"),
           py::arg("department_code") = "",
           "Service changes where department_code is the consumer or the provider ('' (default): every "
           "one the actor may see).");

  // ---- N27 ¶2: misuse; N25: consent to a wider use ------------------------------------------
  cls.def("suspend_for_misuse", Released(&SharingService::SuspendForMisuse), py::arg("actor"),
          py::arg("authorization_id"), py::arg("row_version"), py::arg("misuse"), py::arg("facts"),
          py::arg("working_days"),
          "N27 暂停其政务数据共享权限，并督促限期整改: the provider's leader or the bureau administrator suspends "
          "an active authorization for a misuse (UseBeyondGrant) with the facts found and orders it rectified "
          "within working_days (1..60); the consumer's RECTIFICATION step opens.")
      .def("report_rectification", Released(&SharingService::ReportRectification), py::arg("actor"), py::arg("authorization_id"), py::arg("row_version"), py::arg("report"),
           "The consumer's leader reports what it rectified; the ordering department then reinstates "
           "(reinstate) or terminates (terminate_for_misuse).")
      .def("terminate_for_misuse", Released(&SharingService::TerminateForMisuse), py::arg("actor"),
           py::arg("authorization_id"), py::arg("row_version"), py::arg("reason"),
           "N27 对拒不整改或者整改不到位的，可以终止共享: the ordering department (or the bureau) revokes "
           "(ground MISUSE_NOT_RECTIFIED) once the period ran out unreported, or on a report it judges "
           "insufficient.")
      .def("request_wider_use", Released(&SharingService::RequestWiderUse), py::arg("actor"),
           py::arg("authorization_id"), py::arg("row_version"), py::arg("request"),
           "N25 确需扩大使用范围、用于其他目的或者提供给第三方的，应当经政务数据提供部门同意: the consumer's "
           "leader asks the provider's consent (a WiderUseRequest) on an active authorization.")
      .def("answer_wider_use", Released(&SharingService::AnswerWiderUse), py::arg("actor"),
           py::arg("authorization_id"), py::arg("row_version"), py::arg("number"), py::arg("consent"),
           py::arg("answer") = "",
           "The provider's leader consents to, or refuses with reasons, request `number` (WiderUse.number); "
           "only the provider consents (N25).");

  // ---- N29: use records ---------------------------------------------------------------------
  cls.def("add_use_record", Released(&SharingService::AddUseRecord), py::arg("actor"),
          py::arg("record"),
          "N29: the consumer records one fact of its use of an authorization (a UseRecordInput: scenario, "
          "process, result, storage or destruction); kept for the retention in force (at least 3 years), "
          "never changed. A DESTRUCTION record is the disposal of N27.")
      .def("use_records", Released(&SharingService::UseRecords), py::arg("actor"),
           py::arg("department_code") = "", py::arg("authorization_id") = 0,
           "Use records where department_code is the consumer or the provider (N29: the provider and the "
           "bureau may read them; '' (default): every one the actor may see), of one authorization when "
           "authorization_id is not 0.")
      .def("purge_use_record", Released(&SharingService::PurgeUseRecord), py::arg("actor"),
           py::arg("use_record_id"), py::arg("row_version"), py::arg("reason"),
           "The consumer's leader purges a record whose retention has run (its text goes, the fact stays); "
           "InvalidTransitionError before purgeable_from (N29).")
      .def("export_use_records", Released(&SharingService::ExportUseRecords), py::arg("actor"),
           py::arg("department_code") = "",
           "An auditor or the bureau administrator exports use records as one JSON document "
           "(format govshare-use-records/1); audited.");

  // ---- demand requests (A24-A25) -----------------------------------------------------------
  cls.def("submit_demand", Released(&SharingService::SubmitDemand), py::arg("actor"),
          py::arg("request"),
          "A consumer asks a department for a resource not in the catalog (A24; a "
          "DemandRequestInput).")
      .def("answer_demand", Released(&SharingService::AnswerDemand), py::arg("actor"),
           py::arg("demand_id"), py::arg("row_version"), py::arg("answer"),
           "The asked department answers (A25, a DemandAnswer): not within its duties, will "
           "publish within 1 month, or cannot publish now (feedback filed with the bureau).")
      .def("fulfil_demand", Released(&SharingService::FulfilDemand), py::arg("actor"),
           py::arg("demand_id"), py::arg("row_version"), py::arg("entry_id"),
           "Links the published entry that fulfils a committed (or deferred) demand.")
      .def("get_demand", Released(&SharingService::GetDemand), py::arg("actor"),
           py::arg("demand_id"), "The demand request. Raises NotFoundError.")
      .def("demands", Released(&SharingService::Demands), py::arg("actor"),
           py::arg("department_code") = "",
           "Demand requests where department_code is the requester or the department asked "
           "('' (default): every one the actor may see).");

  // ---- objections and corrections (A29) ----------------------------------------------------
  cls.def("raise_objection", Released(&SharingService::RaiseObjection), py::arg("actor"),
          py::arg("objection"),
          "A consumer holding an authorization on the entry objects to its data (an "
          "ObjectionInput); the provider's verification step opens.")
      .def("resolve_objection", Released(&SharingService::ResolveObjection), py::arg("actor"), py::arg("objection_id"), py::arg("row_version"),
           py::arg("confirmed"), py::arg("response"),
           "The provider verifies: confirmed, the data is corrected, reported to the bureau, and "
           "a correction notice goes to every department with an active authorization on the "
           "entry; not confirmed, rejected with a reason (response).")
      .def("get_objection", Released(&SharingService::GetObjection), py::arg("actor"),
           py::arg("objection_id"), "The objection. Raises NotFoundError.")
      .def("objections", Released(&SharingService::Objections), py::arg("actor"),
           py::arg("department_code") = "",
           "Objections where department_code is the consumer or the provider ('' (default): "
           "every one the actor may see).");

  // ---- disputes (A27) ----------------------------------------------------------------------
  cls.def("open_dispute", Released(&SharingService::OpenDispute), py::arg("actor"),
          py::arg("dispute"),
          "A party (consumer or provider) opens a dispute (a DisputeInput); the bureau "
          "mediates.")
      .def("escalate_dispute", Released(&SharingService::EscalateDispute),
           py::arg("actor"), py::arg("dispute_id"), py::arg("row_version"), py::arg("reason"),
           "N28: a party or the bureau takes an open dispute to the next tier: the same-level "
           "authority (or the common superior authority across levels or regions), then the government. "
           "Brought to the bureau, its DISPUTE_COORDINATION step opens "
           "(SharingPolicy.dispute_coordination_days).")
      .def("resolve_dispute", Released(&SharingService::ResolveDispute), py::arg("actor"), py::arg("dispute_id"), py::arg("row_version"), py::arg("outcome"),
           "The bureau records the outcome of a dispute.")
      .def("disputes", Released(&SharingService::Disputes), py::arg("actor"),
           py::arg("department_code") = "",
           "Disputes where department_code is a party ('' (default): every one the actor may "
           "see).");

  // ---- steps and deadlines -----------------------------------------------------------------
  cls.def("steps", Released(&SharingService::Steps), py::arg("actor"),
          py::arg("department_code") = "", py::arg("pending_only") = false,
          "Steps of every case where department_code must act ('' (default): city-wide, for "
          "the bureau and auditors), oldest first; pending_only hides completed ones.")
      .def("overdue_steps", Released(&SharingService::OverdueSteps), py::arg("actor"),
           py::arg("department_code") = "",
           "Pending steps past their deadline as of now().");
}

}  // namespace

void BindSharingService(py::module_& m) {
  py::class_<Facade<SharingService>> cls(m, "SharingService", "Sharing between departments (platform.sharing).");
  BindSharing(cls);
}

}  // namespace govshare::python
