// sharing.h: the value types of sharing between departments (A17–A27, A29) —
// applications and their statutory steps, authorizations, demand requests,
// objections, disputes, the sharing policy — and their enumeration names and
// Chinese labels. The operations are Platform methods (bind_platform.cpp).
#include <string>

#include "bind.h"
#include "govshare/sharing.h"

namespace govshare::python {
namespace {

void BindEnums(py::module_& m) {
  py::enum_<StepKind>(m, "StepKind",
                      "A step someone must complete by a deadline; supervision (A31 (7)) reads them "
                      "per kind.")
      .value("FORM_CHECK", StepKind::kFormCheck,
             "the bureau checks an application's form: 1 working day (A21)")
      .value("PROVIDER_DECISION", StepKind::kProviderDecision,
             "the provider grants or refuses: 10 working days (A22)")
      .value("PLATFORM_DECISION", StepKind::kPlatformDecision,
             "the bureau grants or refuses: 2 working days (A23)")
      .value("DEMAND_RESPONSE", StepKind::kDemandResponse,
             "a department answers a demand request (A25)")
      .value("DEMAND_PUBLICATION", StepKind::kDemandPublication,
             "a committed resource is published: 1 month (A25)")
      .value("OBJECTION_CHECK", StepKind::kObjectionCheck,
             "the provider verifies an objection (A29 及时; SharingPolicy.objection_check_days)")
      .value("CATALOG_REVISION", StepKind::kCatalogRevision,
             "the provider revises a rejected catalog version (A31 (2); SharingPolicy.unrevised_rejection_days)")
      .value("DELIVERY", StepKind::kDelivery,
             "the provider delivers granted data: N22 20 working days from the agreeing reply")
      .value("CATALOG_REVIEW", StepKind::kCatalogReview,
             "the bureau reviews an update of a published entry: N17 2 working days")
      .value("DISPOSAL", StepKind::kDisposal,
             "the consumer disposes of the data of an ended authorization as the provider requires (N27); "
             "completed by a DESTRUCTION use record")
      .value("RECTIFICATION", StepKind::kRectification,
             "the consumer rectifies a misuse within the period the suspending authority set (N27 限期整改)")
      .value("DISPUTE_COORDINATION", StepKind::kDisputeCoordination,
             "the bureau coordinates a dispute the parties could not settle (N28; "
             "SharingPolicy.dispute_coordination_days)");

  py::enum_<ApplicationStatus>(m, "ApplicationStatus", "State of an application for use (使用申请).")
      .value("SUBMITTED", ApplicationStatus::kSubmitted, "waiting for the bureau's form check (A21)")
      .value("NOT_ACCEPTED", ApplicationStatus::kNotAccepted, "not accepted, with a reason (A21)")
      .value("ACCEPTED", ApplicationStatus::kAccepted,
             "accepted; waiting for the grant decision (A22/A23)")
      .value("GRANTED", ApplicationStatus::kGranted, "granted: an authorization exists")
      .value("REFUSED", ApplicationStatus::kRefused, "refused, with a reason (A22/A23)")
      .value("MATERIALS_REQUESTED", ApplicationStatus::kMaterialsRequested,
             "the authority listed every missing material at once (N21); waiting for the requester");

  py::enum_<AuthorizationStatus>(m, "AuthorizationStatus",
                                 "State of an authorization as of the platform's now().")
      .value("ACTIVE", AuthorizationStatus::kActive, "valid now")
      .value("EXPIRED", AuthorizationStatus::kExpired,
             "past its period (re-application needed, A26)")
      .value("REVOKED", AuthorizationStatus::kRevoked, "revoked (non-use A26, breach A28/A30)")
      .value("SUSPENDED", AuthorizationStatus::kSuspended,
             "suspended for a suspected breach (A28, A30)");

  py::enum_<RevocationGround>(m, "RevocationGround", "Why an authorization is revoked.")
      .value("NON_USE", RevocationGround::kNonUse,
             "unused for more than 3 months, not seasonal (A26)")
      .value("BREACH", RevocationGround::kBreach,
             "use outside the grant or security duties broken (A28, A30)")
      .value("PURPOSE_ENDED", RevocationGround::kPurposeEnded,
             "the consumer ended it, its purpose met or gone (N27; SharingService.end_purpose)")
      .value("SERVICE_ENDED", RevocationGround::kServiceEnded,
             "the provider ended the service after negotiating and filing (N27; file_service_change)")
      .value("MISUSE_NOT_RECTIFIED", RevocationGround::kMisuseNotRectified,
             "suspended for misuse and not rectified (N27; SharingService.terminate_for_misuse)");

  py::enum_<UseBeyondGrant>(m, "UseBeyondGrant", "A use beyond what was granted (N25, N27, N40 (二)(三)).")
      .value("WIDER_SCOPE", UseBeyondGrant::kWiderScope, "扩大使用范围")
      .value("OTHER_PURPOSE", UseBeyondGrant::kOtherPurpose, "用于其他目的")
      .value("THIRD_PARTY", UseBeyondGrant::kThirdParty, "提供给第三方");

  py::enum_<MisuseOutcome>(m, "MisuseOutcome", "How a suspension for misuse ended (N27).")
      .value("REINSTATED", MisuseOutcome::kReinstated, "rectified: reinstated")
      .value("TERMINATED", MisuseOutcome::kTerminated,
             "not rectified, or not enough: sharing terminated (ground MISUSE_NOT_RECTIFIED)")
      .value("ENDED_OTHERWISE", MisuseOutcome::kEndedOtherwise,
             "the authorization ended another way while suspended: nothing left to rectify");

  py::enum_<ServiceChangeKind>(m, "ServiceChangeKind", "What a provider does to a service (N27).")
      .value("END", ServiceChangeKind::kEnd, "终止: the authorization ends")
      .value("CHANGE", ServiceChangeKind::kChange, "变更: fewer items, other methods or an earlier end");

  py::enum_<ServiceChangeStatus>(m, "ServiceChangeStatus", "Where a service change stands (N27).")
      .value("NEGOTIATING", ServiceChangeStatus::kNegotiating, "proposed; the consumer has not answered (协商)")
      .value("ANSWERED", ServiceChangeStatus::kAnswered, "the consumer agreed or objected; the provider may file")
      .value("FILED", ServiceChangeStatus::kFiled, "filed with the bureau (备案) and in effect")
      .value("WITHDRAWN", ServiceChangeStatus::kWithdrawn, "the provider withdrew it");

  py::enum_<UseRecordKind>(m, "UseRecordKind", "What a use record records (N29).")
      .value("SCENARIO", UseRecordKind::kScenario, "使用场景")
      .value("PROCESS", UseRecordKind::kProcess, "使用过程")
      .value("RESULT", UseRecordKind::kResult, "应用成效")
      .value("STORAGE", UseRecordKind::kStorage, "存储情况")
      .value("DESTRUCTION", UseRecordKind::kDestruction, "销毁情况 (also the disposal of N27)");

  py::enum_<DemandStatus>(m, "DemandStatus", "State of a demand request (A24–A25).")
      .value("SUBMITTED", DemandStatus::kSubmitted, "waiting for the department's answer")
      .value("NOT_IN_DUTIES", DemandStatus::kNotInDuties,
             "not within its duties (answered promptly, A25)")
      .value("COMMITTED", DemandStatus::kCommitted,
             "within its duties: to be published within 1 month (A25)")
      .value("DEFERRED", DemandStatus::kDeferred,
             "cannot be published now: feedback filed with the bureau (A25)")
      .value("FULFILLED", DemandStatus::kFulfilled, "a linked entry was published");

  py::enum_<DemandAnswerKind>(m, "DemandAnswerKind", "How a department answers a demand request (A25).")
      .value("NOT_IN_DUTIES", DemandAnswerKind::kNotInDuties,
             "不属于本部门履职范围: within the platform's policy days")
      .value("WILL_PUBLISH", DemandAnswerKind::kWillPublish,
             "确属本部门履职范围: publish within 1 month of receipt")
      .value("CANNOT_PUBLISH_YET", DemandAnswerKind::kCannotPublishYet,
             "确因客观原因暂时无法发布: feedback within 10 working days");

  py::enum_<ObjectionStatus>(m, "ObjectionStatus", "State of an objection to a provider's data (A29).")
      .value("OPEN", ObjectionStatus::kOpen, "waiting for the provider's verification")
      .value("CORRECTED", ObjectionStatus::kCorrected, "confirmed and corrected; consumers notified")
      .value("REJECTED", ObjectionStatus::kRejected, "the data is right; reason given");

  py::enum_<DisputeSubject>(m, "DisputeSubject", "What a dispute is about (A27).")
      .value("CONDITIONS", DisputeSubject::kConditions, "共享条件")
      .value("REASONS", DisputeSubject::kReasons, "申请理由")
      .value("RESULT", DisputeSubject::kResult, "授权结果");

  py::enum_<DisputeStatus>(m, "DisputeStatus", "State of a dispute (A27).")
      .value("OPEN", DisputeStatus::kOpen, "being negotiated")
      .value("RESOLVED", DisputeStatus::kResolved, "outcome recorded by the bureau");

  py::enum_<DisputeTier>(m, "DisputeTier", "Who handles a dispute (N28).")
      .value("NEGOTIATION", DisputeTier::kNegotiation, "the parties negotiate (A27: with the bureau)")
      .value("AUTHORITY", DisputeTier::kAuthority, "the same-level authority coordinates")
      .value("SUPERIOR_AUTHORITY", DisputeTier::kSuperiorAuthority,
             "cross-level or cross-region: the common superior authority coordinates")
      .value("GOVERNMENT", DisputeTier::kGovernment, "the government of the authority's level decides");
}

void BindStructs(py::module_& m) {
  py::class_<ProcessStep> step(m, "ProcessStep",
                               "One step of a case: who must act, by when, and how it went.");
  def_value_type(
      step, field("id", &ProcessStep::id, "The step's id."),
      field("kind", &ProcessStep::kind, "What must be done."),
      field("object", &ProcessStep::object,
            "The case, e.g. 'application:12', 'demand:3', 'objection:4'."),
      field("department_code", &ProcessStep::department_code, "The department that must act."),
      field("started_at", &ProcessStep::started_at, "When the step opened."),
      field("due", &ProcessStep::due,
            "The deadline, with the calendar version that computed it."),
      field("article", &ProcessStep::article,
            "The article whose period set the deadline, as in force on the day of the act ('A21', 'N21')."),
      field("completed_at", &ProcessStep::completed_at, "When it was completed; None if pending."),
      field("completed_by", &ProcessStep::completed_by, "Who completed it; empty if pending."),
      field("outcome", &ProcessStep::outcome,
            "What was decided, e.g. 'accepted', 'granted', 'not_in_duties'."),
      field("on_time", &ProcessStep::on_time,
            "Completed by the deadline (completed steps only)."),
      field("overdue", &ProcessStep::overdue,
            "Pending and past the deadline as of the platform's now()."));

  py::class_<ScanDocument> scan(
      m, "ScanDocument",
      "The stamped scan of a signed application (A20, A24): its reference and digest; the file "
      "itself stays with the host.");
  def_value_type(scan, field("file_name", &ScanDocument::file_name, "The file's name."),
                 field("sha256", &ScanDocument::sha256,
                       "SHA-256 of the file, 64 lowercase hex digits."),
                 field("size", &ScanDocument::size, "Size in bytes (> 0)."));

  py::class_<ApplicationRequest> request(
      m, "ApplicationRequest", "What a consumer department asks for (A20; attachments 1-2).");
  def_value_type(
      request, field("entry_id", &ApplicationRequest::entry_id, "The published entry (platform id)."),
      field("items", &ApplicationRequest::items,
            "Item names wanted: a non-empty subset of the entry's items. A copy (list)."),
      field("purpose", &ApplicationRequest::purpose, "What the data is for (用途)."),
      field("legal_duty", &ApplicationRequest::legal_duty,
            "The legal duty it serves (履职依据), e.g. a law and article."),
      field("method", &ApplicationRequest::method, "The share method wanted (A13)."),
      field("valid_from", &ApplicationRequest::valid_from,
            "First day of the requested validity period (Date or datetime.date)."),
      field("valid_until", &ApplicationRequest::valid_until,
            "Last day of the requested validity period (inclusive)."),
      field("scan", &ApplicationRequest::scan, "The stamped scan of the signed application."),
      field("seasonal", &ApplicationRequest::seasonal,
            "A seasonal use (季节性应用, A26): not revocable for non-use."),
      field("renewal_of", &ApplicationRequest::renewal_of,
            "When renewing: the authorization this application renews (0: none)."),
      field("return_flow", &ApplicationRequest::return_flow,
            "N24 回流: a county department asks a city department to return the data of its region; the "
            "share scope's naming does not bar it, masking stays, the grant adds no conditions."));

  py::class_<ReplyExtension> extension(
      m, "ReplyExtension",
      "N21: a provider's request to extend its reply (at most 10 working days) and the bureau's decision.");
  def_value_type(extension, field("working_days", &ReplyExtension::working_days, "Working days asked for."),
                 field("reason", &ReplyExtension::reason, "The special reason (特殊原因)."),
                 field("requested_by", &ReplyExtension::requested_by, "The provider's user."),
                 field("requested_at", &ReplyExtension::requested_at, "When it was asked for."),
                 field("approved", &ReplyExtension::approved, "The bureau's decision; None while pending."),
                 field("decided_by", &ReplyExtension::decided_by, "The bureau's user."),
                 field("decision_reason", &ReplyExtension::decision_reason, "The reason of the decision."),
                 field("decided_at", &ReplyExtension::decided_at, "When it was decided."));

  py::class_<Application> application(m, "Application", "An application for use (使用申请).");
  def_value_type(
      application, field("id", &Application::id, "The application's id."),
      field("row_version", &Application::row_version,
            "Optimistic-concurrency version: pass it back to every change."),
      field("consumer_code", &Application::consumer_code, "The applying (consumer) department."),
      field("applicant", &Application::applicant, "The applying user."),
      field("provider_code", &Application::provider_code, "The providing department."),
      field("entry_code", &Application::entry_code, "The entry's catalog code."),
      field("request", &Application::request, "What was asked for."),
      field("mode", &Application::mode, "The entry's authorization mode (A18): who grants."),
      field("share_class", &Application::share_class,
            "The entry's share class when applied for: N21 sets the reply period by it."),
      field("authority_code", &Application::authority_code,
            "The department that decides: the provider, or the bureau."),
      field("status", &Application::status, "Where the application stands."),
      field("reason", &Application::reason, "The reason of a non-acceptance or refusal."),
      field("authorization_id", &Application::authorization_id,
            "The authorization granted (0 until granted)."),
      field("submitted_at", &Application::submitted_at, "When it was submitted."),
      field("missing_materials", &Application::missing_materials,
            "N21 一次性告知: every missing material the authority listed (empty: none). A copy (list)."),
      field("materials_requested_at", &Application::materials_requested_at, "When they were asked for."),
      field("supplement", &Application::supplement, "What the requester supplied."),
      field("supplement_scan", &Application::supplement_scan, "The supplement's scan, if any."),
      field("materials_supplied_at", &Application::materials_supplied_at, "When it was supplied."),
      field("extension", &Application::extension, "N21: the provider's extension of its reply, if asked for."),
      field("steps", &Application::steps, "The steps so far, oldest first. A copy (list)."));

  py::class_<GrantTerms> terms(m, "GrantTerms",
                               "What a grant gives; empty fields mean 'as requested'.");
  def_value_type(
      terms,
      field("items", &GrantTerms::items,
            "Items granted: a subset of the requested ones (empty: all requested). A copy (list)."),
      field("valid_from", &GrantTerms::valid_from, "First day of validity; None: as requested."),
      field("valid_until", &GrantTerms::valid_until, "Last day of validity; None: as requested."),
      field("conditions", &GrantTerms::conditions,
            "Conditions of use stated by the granter (free text)."),
      field("seasonal", &GrantTerms::seasonal,
            "Overrides the application's seasonal flag when not None."),
      field("disposal", &GrantTerms::disposal,
            "N27: how the consumer disposes of the data when the purpose ends ('' : 销毁, destroyed)."),
      field("disposal_working_days", &GrantTerms::disposal_working_days,
            "N27: working days after the end to dispose (1..60; None: the policy's disposal_days)."));

  py::class_<SuspensionPeriod> suspension(
      m, "SuspensionPeriod",
      "A time an authorization was suspended (A28, A30); not counted as non-use (A26).");
  def_value_type(suspension, field("from_", &SuspensionPeriod::from, "When it was suspended."),
                 field("until", &SuspensionPeriod::until,
                       "When it was reinstated or revoked; None while still suspended."));

  py::class_<MisuseOrder> misuse(
      m, "MisuseOrder",
      "N27: one suspension for misuse, its rectification order (限期整改) and how it ended.");
  def_value_type(
      misuse, field("misuse", &MisuseOrder::misuse, "What the consumer did beyond its grant."),
      field("facts", &MisuseOrder::facts, "What the authority found."),
      field("ordered_by_department", &MisuseOrder::ordered_by_department,
            "Who suspended and ordered it (the provider or the bureau)."),
      field("ordered_by", &MisuseOrder::ordered_by, "The ordering user."),
      field("ordered_at", &MisuseOrder::ordered_at, "When."),
      field("working_days", &MisuseOrder::working_days, "The period set for the rectification (working days)."),
      field("rectify_by", &MisuseOrder::rectify_by,
            "Its last moment as counted when ordered (the RECTIFICATION step holds it as recounted)."),
      field("report", &MisuseOrder::report, "The consumer's report of what it rectified."),
      field("reported_by", &MisuseOrder::reported_by, "Who reported."),
      field("reported_at", &MisuseOrder::reported_at, "When; None before."),
      field("outcome", &MisuseOrder::outcome, "REINSTATED or TERMINATED; None while open."),
      field("closed_by", &MisuseOrder::closed_by, "Who reinstated or terminated."),
      field("closed_at", &MisuseOrder::closed_at, "When; None while open."));

  py::class_<WiderUseRequest> wider_request(
      m, "WiderUseRequest",
      "N25: what the consumer asks the provider to consent to (a wider scope, another purpose, a third party).");
  def_value_type(
      wider_request, field("kind", &WiderUseRequest::kind, "WIDER_SCOPE, OTHER_PURPOSE or THIRD_PARTY."),
      field("description", &WiderUseRequest::description, "The use asked for; required."),
      field("third_party", &WiderUseRequest::third_party,
            "THIRD_PARTY: who receives the data (required); empty otherwise."));

  py::class_<WiderUse> wider(m, "WiderUse", "One N25 request on an authorization and the provider's answer.");
  def_value_type(
      wider, field("number", &WiderUse::number, "1, 2, ... in the order asked on this authorization."),
      field("request", &WiderUse::request, "What was asked. A copy."),
      field("requested_by", &WiderUse::requested_by, "The consumer's user."),
      field("requested_at", &WiderUse::requested_at, "When."),
      field("consented", &WiderUse::consented, "True, False, or None while unanswered."),
      field("answer", &WiderUse::answer, "The provider's words."),
      field("answered_by", &WiderUse::answered_by, "Who answered."),
      field("answered_at", &WiderUse::answered_at, "When; None before."));

  py::class_<Authorization> authorization(m, "Authorization", "A grant of use (授权).");
  def_value_type(
      authorization, field("id", &Authorization::id, "The authorization's id."),
      field("row_version", &Authorization::row_version,
            "Optimistic-concurrency version: pass it back to every change."),
      field("consumer_code", &Authorization::consumer_code,
            "The consumer department; the bureau for a platform-wide grant."),
      field("entry_id", &Authorization::entry_id, "The entry (platform id)."),
      field("entry_code", &Authorization::entry_code, "The entry's catalog code."),
      field("provider_code", &Authorization::provider_code, "The providing department."),
      field("items", &Authorization::items, "Item names granted. A copy (list)."),
      field("methods", &Authorization::methods, "Share methods granted. A copy (list)."),
      field("conditions", &Authorization::conditions, "Conditions stated by the granter."),
      field("masked_items", &Authorization::masked_items,
            "Items delivered only desensitized (the entry's share scope, A8). A copy (list)."),
      field("comparison_only", &Authorization::comparison_only,
            "Comparison (match / no match) only, never the data (A8 数据比对)."),
      field("valid_from", &Authorization::valid_from, "First day of validity."),
      field("valid_until", &Authorization::valid_until, "Last day of validity (inclusive)."),
      field("mode", &Authorization::mode, "The entry's authorization mode (A18)."),
      field("granted_by_department", &Authorization::granted_by_department,
            "The granting department (provider or bureau)."),
      field("granted_by", &Authorization::granted_by, "The granting user."),
      field("granted_at", &Authorization::granted_at, "When it was granted."),
      field("application_id", &Authorization::application_id,
            "The application it answers (0 for a platform-wide grant)."),
      field("renewal_of", &Authorization::renewal_of, "The authorization this one renews (0: none)."),
      field("seasonal", &Authorization::seasonal,
            "Seasonal use: exempt from non-use revocation (A26)."),
      field("return_flow", &Authorization::return_flow,
            "Granted as a return of data to a lower level (N24 回流): its consumer counts as named in the scope."),
      field("platform_wide", &Authorization::platform_wide,
            "A provider's grant to the platform as a whole (A18 整体授权)."),
      field("platform_grant_id", &Authorization::platform_grant_id,
            "The grant to the platform as a whole this consumer grant was made under (A18; 0: none): "
            "its ceiling, whose conditions it carries and with which it is suspended and revoked."),
      field("suspended_with_platform_grant", &Authorization::suspended_with_platform_grant,
            "Suspended because its platform grant was (A18): reinstated with it."),
      field("status", &Authorization::status,
            "Status as of the platform's now() (an active one past valid_until reads as expired)."),
      field("status_reason", &Authorization::status_reason,
            "The reason of the last status change, if any."),
      field("status_changed_at", &Authorization::status_changed_at,
            "When the status last changed; None if never."),
      field("last_used", &Authorization::last_used, "When it was last used; None if never."),
      field("delivered_at", &Authorization::delivered_at, "N22: when the provider delivered the data."),
      field("delivery_method", &Authorization::delivery_method, "N22: how (api, table, file); None until delivered."),
      field("delivery_note", &Authorization::delivery_note, "N22: the provider's note on the delivery."),
      field("suspensions", &Authorization::suspensions,
            "Every suspension, oldest first (A28, A30); their days are not non-use (A26). A copy (list)."),
      field("disposal", &Authorization::disposal, "N27: the provider's disposal requirement ('' : 销毁)."),
      field("disposal_working_days", &Authorization::disposal_working_days,
            "N27: working days the provider allows after the end (0: the policy's)."),
      field("revocation_ground", &Authorization::revocation_ground, "Why it was revoked; None unless revoked."),
      field("disposed_at", &Authorization::disposed_at,
            "N27: when the consumer recorded the disposal (a DESTRUCTION use record); None before."),
      field("misuse_orders", &Authorization::misuse_orders,
            "N27: every suspension for misuse with its rectification order, oldest first. A copy (list)."),
      field("wider_uses", &Authorization::wider_uses,
            "N25: every request for consent to a wider use, oldest first. A copy (list)."));

  py::class_<ServiceChangeInput> change_input(
      m, "ServiceChangeInput", "A provider's proposal to end or change a service (N27 正当理由, 协商, 备案).");
  def_value_type(
      change_input, field("authorization_id", &ServiceChangeInput::authorization_id, "The authorization served."),
      field("kind", &ServiceChangeInput::kind, "END or CHANGE."),
      field("reason", &ServiceChangeInput::reason, "The good reason (正当理由); required."),
      field("items", &ServiceChangeInput::items,
            "CHANGE: the granted items kept (empty: all). A copy (list)."),
      field("methods", &ServiceChangeInput::methods,
            "CHANGE: the methods from now on, offered by the entry (empty: unchanged). A copy (list)."),
      field("valid_until", &ServiceChangeInput::valid_until, "CHANGE: an earlier end; None: unchanged."));

  py::class_<ServiceChange> change(m, "ServiceChange", "A provider's end or change of a service and its negotiation (N27).");
  def_value_type(
      change, field("id", &ServiceChange::id, "The service change's id."),
      field("row_version", &ServiceChange::row_version,
            "Optimistic-concurrency version: pass it back to every change."),
      field("change", &ServiceChange::change, "What was proposed. A copy."),
      field("consumer_code", &ServiceChange::consumer_code, "The consumer department."),
      field("provider_code", &ServiceChange::provider_code, "The providing department."),
      field("entry_id", &ServiceChange::entry_id, "The entry (platform id)."),
      field("entry_code", &ServiceChange::entry_code, "The entry's catalog code."),
      field("status", &ServiceChange::status, "Where it stands."),
      field("proposed_by", &ServiceChange::proposed_by, "The provider's user who proposed it."),
      field("proposed_at", &ServiceChange::proposed_at, "When."),
      field("consumer_agrees", &ServiceChange::consumer_agrees,
            "The consumer's answer: True, False, or None before it answered."),
      field("consumer_comment", &ServiceChange::consumer_comment, "The consumer's words."),
      field("answered_by", &ServiceChange::answered_by, "Who answered."),
      field("answered_at", &ServiceChange::answered_at, "When; None before."),
      field("closed_by", &ServiceChange::closed_by, "Who filed or withdrew it."),
      field("closed_at", &ServiceChange::closed_at, "When; None before."),
      field("withdrawal_reason", &ServiceChange::withdrawal_reason, "Why it was withdrawn."));

  py::class_<UseRecordInput> record_input(m, "UseRecordInput", "One fact of a consumer's use of shared data (N29).");
  def_value_type(
      record_input, field("authorization_id", &UseRecordInput::authorization_id, "The authorization used."),
      field("kind", &UseRecordInput::kind, "Scenario, process, result, storage or destruction."),
      field("text", &UseRecordInput::text, "What happened, in the consumer's words; required."));

  py::class_<UseRecord> record(m, "UseRecord",
                               "A use record (N29): kept at least 3 years, read by the provider and the bureau.");
  def_value_type(
      record, field("id", &UseRecord::id, "The record's id."),
      field("row_version", &UseRecord::row_version, "Optimistic-concurrency version (for a purge)."),
      field("authorization_id", &UseRecord::authorization_id, "The authorization used."),
      field("consumer_code", &UseRecord::consumer_code, "The consumer (requester) department."),
      field("provider_code", &UseRecord::provider_code, "The providing department."),
      field("entry_id", &UseRecord::entry_id, "The entry (platform id)."),
      field("entry_code", &UseRecord::entry_code, "The entry's catalog code."),
      field("kind", &UseRecord::kind, "What it records."),
      field("text", &UseRecord::text, "What it says ('' once purged)."),
      field("recorded_by", &UseRecord::recorded_by, "The consumer's user."),
      field("recorded_at", &UseRecord::recorded_at, "When."),
      field("article", &UseRecord::article, "The article whose retention applies ('N29' or a local one)."),
      field("purgeable_from", &UseRecord::purgeable_from,
            "The first day it may be purged (3 years after it was recorded under N29)."),
      field("purged", &UseRecord::purged, "Purged after its retention: the text is gone, the fact stays."),
      field("purged_at", &UseRecord::purged_at, "When; None unless purged."),
      field("purged_by", &UseRecord::purged_by, "Who purged it."),
      field("purge_reason", &UseRecord::purge_reason, "Why."));

  py::class_<DemandRequestInput> demand_input(
      m, "DemandRequestInput", "A consumer's request for a resource not in the catalog (A24).");
  def_value_type(
      demand_input, field("target_code", &DemandRequestInput::target_code, "The department asked."),
      field("description", &DemandRequestInput::description, "The resource wanted."),
      field("items", &DemandRequestInput::items, "Item names wanted. A copy (list)."),
      field("purpose", &DemandRequestInput::purpose, "What the data is for (用途)."),
      field("scan", &DemandRequestInput::scan, "The stamped scan of the signed request (A24)."));

  py::class_<DemandAnswer> answer(m, "DemandAnswer",
                                  "How a department answers a demand request (A25).");
  def_value_type(
      answer, field("kind", &DemandAnswer::kind, "Which of the three answers of A25."),
      field("text", &DemandAnswer::text, "The answer's text (required: the reason or the feedback)."),
      field("suggested_department", &DemandAnswer::suggested_department,
            "For NOT_IN_DUTIES: the department that holds the resource, if known."));

  py::class_<DemandRequest> demand(m, "DemandRequest", "A demand request (需求申请, A24-A25).");
  def_value_type(
      demand, field("id", &DemandRequest::id, "The demand's id."),
      field("row_version", &DemandRequest::row_version,
            "Optimistic-concurrency version: pass it back to every change."),
      field("requester_code", &DemandRequest::requester_code, "The requesting department."),
      field("requested_by", &DemandRequest::requested_by, "The requesting user."),
      field("request", &DemandRequest::request, "What was asked for."),
      field("status", &DemandRequest::status, "Where the demand stands."),
      field("answer", &DemandRequest::answer, "The answer; None until answered. A copy."),
      field("answered_at", &DemandRequest::answered_at, "When it was answered; None if not."),
      field("answered_by", &DemandRequest::answered_by, "Who answered; empty if nobody."),
      field("fulfilled_entry_id", &DemandRequest::fulfilled_entry_id,
            "The published entry that fulfilled it (0: none yet)."),
      field("fulfilled_at", &DemandRequest::fulfilled_at, "When it was fulfilled; None if not."),
      field("submitted_at", &DemandRequest::submitted_at, "When it was submitted."),
      field("steps", &DemandRequest::steps, "The steps so far, oldest first. A copy (list)."));

  py::class_<ObjectionInput> objection_input(m, "ObjectionInput",
                                             "A consumer's objection to a provider's data (A29).");
  def_value_type(
      objection_input, field("entry_id", &ObjectionInput::entry_id, "The entry (platform id)."),
      field("record_key", &ObjectionInput::record_key,
            "The record concerned (its key in the provider's data)."),
      field("item", &ObjectionInput::item, "The item concerned (an item of the entry)."),
      field("description", &ObjectionInput::description, "What looks wrong."));

  py::class_<Objection> objection(m, "Objection", "An objection and its verification (A29).");
  def_value_type(
      objection, field("id", &Objection::id, "The objection's id."),
      field("row_version", &Objection::row_version,
            "Optimistic-concurrency version: pass it back to every change."),
      field("consumer_code", &Objection::consumer_code, "The objecting (consumer) department."),
      field("raised_by", &Objection::raised_by, "The objecting user."),
      field("provider_code", &Objection::provider_code, "The providing department."),
      field("entry_code", &Objection::entry_code, "The entry's catalog code."),
      field("objection", &Objection::objection, "What was objected to."),
      field("status", &Objection::status, "Where the objection stands."),
      field("response", &Objection::response,
            "The provider's response (the correction made, or why the data is right)."),
      field("resolved_by", &Objection::resolved_by, "Who resolved it; empty if open."),
      field("resolved_at", &Objection::resolved_at, "When it was resolved; None if open."),
      field("notified_departments", &Objection::notified_departments,
            "Departments that received the correction notice. A copy (list)."),
      field("raised_at", &Objection::raised_at, "When it was raised."),
      field("steps", &Objection::steps, "The steps so far, oldest first. A copy (list)."));

  py::class_<DisputeInput> dispute_input(m, "DisputeInput", "What a dispute is about (A27).");
  def_value_type(
      dispute_input, field("subject", &DisputeInput::subject, "Conditions, reasons or result."),
      field("application_id", &DisputeInput::application_id,
            "The application concerned (0 when about an entry's conditions)."),
      field("entry_id", &DisputeInput::entry_id,
            "The entry concerned (taken from the application when one is named)."),
      field("description", &DisputeInput::description, "What the parties disagree on."));

  py::class_<DisputeEscalation> escalation(m, "DisputeEscalation", "One escalation of a dispute (N28).");
  def_value_type(escalation, field("from_", &DisputeEscalation::from, "The tier it left (C++ `from`)."),
                 field("to", &DisputeEscalation::to, "The tier it went to."),
                 field("by", &DisputeEscalation::by, "Who escalated it."),
                 field("by_department", &DisputeEscalation::by_department, "That user's department."),
                 field("reason", &DisputeEscalation::reason, "Why it was not settled at its tier."),
                 field("at", &DisputeEscalation::at, "When."));

  py::class_<Dispute> dispute(m, "Dispute",
                              "A dispute between consumer and provider, mediated by the bureau (A27).");
  def_value_type(
      dispute, field("id", &Dispute::id, "The dispute's id."),
      field("row_version", &Dispute::row_version,
            "Optimistic-concurrency version: pass it back to every change."),
      field("dispute", &Dispute::dispute, "What it is about."),
      field("opened_by", &Dispute::opened_by, "The user who opened it."),
      field("opened_by_department", &Dispute::opened_by_department, "That user's department."),
      field("consumer_code", &Dispute::consumer_code, "The consumer department involved."),
      field("provider_code", &Dispute::provider_code, "The provider department involved."),
      field("status", &Dispute::status, "Open or resolved."),
      field("tier", &Dispute::tier, "Who handles it now (N28); resolved: the tier it was resolved at."),
      field("escalations", &Dispute::escalations, "Its escalations, oldest first. A copy (list)."),
      field("outcome", &Dispute::outcome, "The outcome recorded by the bureau."),
      field("resolved_by", &Dispute::resolved_by, "Who recorded the outcome; empty if open."),
      field("opened_at", &Dispute::opened_at, "When it was opened."),
      field("resolved_at", &Dispute::resolved_at, "When it was resolved; None if open."));

  py::class_<SharingPolicy> policy(
      m, "SharingPolicy",
      "Numbers the rules leave to the platform ('及时', promptly), stored in the platform so "
      "every process uses the same ones.");
  def_value_type(
      policy,
      field("demand_not_in_duties_days", &SharingPolicy::demand_not_in_duties_days,
            "Working days to answer 'not within our duties' to a demand request (A25)."),
      field("objection_check_days", &SharingPolicy::objection_check_days,
            "Working days for a provider to verify an objection (A29)."),
      field("unrevised_rejection_days", &SharingPolicy::unrevised_rejection_days,
            "Working days after a rejection within which a revision is due (A31 (2))."),
      field("non_use_rolls_to_working_day", &SharingPolicy::non_use_rolls_to_working_day,
            "Whether the 3 months of non-use end on a working day (A26); default False."),
      field("office_close_minutes", &SharingPolicy::office_close_minutes,
            "Close of office hours, minutes after midnight; None: days end at 24:00."),
      field("after_close_counts_next_day", &SharingPolicy::after_close_counts_next_day,
            "With office_close_minutes: an act after the close counts as the next day's."),
      field("disposal_days", &SharingPolicy::disposal_days,
            "N27: working days to dispose of the data after an authorization ends, when the grant "
            "stated none (default 10)."),
      field("dispute_coordination_days", &SharingPolicy::dispute_coordination_days,
            "N28: working days the bureau has to coordinate a dispute brought to it (resolve it or take it "
            "on to the government) before it is overdue, N41 (二) (default 20; N28 sets none)."));
}

void BindNames(py::module_& m) {
  m.def("enum_name", py::overload_cast<StepKind>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<ApplicationStatus>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<AuthorizationStatus>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<RevocationGround>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<DemandStatus>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<DemandAnswerKind>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<ObjectionStatus>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<DisputeSubject>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<DisputeStatus>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<DisputeTier>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<ServiceChangeKind>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<ServiceChangeStatus>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<UseRecordKind>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<UseBeyondGrant>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<MisuseOutcome>(&ToString), py::arg("value"));
  m.def("chinese_label", py::overload_cast<StepKind>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<ApplicationStatus>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<AuthorizationStatus>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<RevocationGround>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<DemandStatus>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<DemandAnswerKind>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<ObjectionStatus>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<DisputeSubject>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<DisputeStatus>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<DisputeTier>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<ServiceChangeKind>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<ServiceChangeStatus>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<UseRecordKind>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<UseBeyondGrant>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<MisuseOutcome>(&ChineseLabel), py::arg("value"));
  const char* parse_doc =
      "Parses the JSON/storage name (enum_name); raises InvalidArgumentError listing the allowed names.";
  m.def("parse_step_kind", &ParseStepKind, py::arg("name"), parse_doc);
  m.def("parse_application_status", &ParseApplicationStatus, py::arg("name"), parse_doc);
  m.def("parse_authorization_status", &ParseAuthorizationStatus, py::arg("name"), parse_doc);
  m.def("parse_revocation_ground", &ParseRevocationGround, py::arg("name"), parse_doc);
  m.def("parse_demand_status", &ParseDemandStatus, py::arg("name"), parse_doc);
  m.def("parse_demand_answer_kind", &ParseDemandAnswerKind, py::arg("name"), parse_doc);
  m.def("parse_objection_status", &ParseObjectionStatus, py::arg("name"), parse_doc);
  m.def("parse_dispute_subject", &ParseDisputeSubject, py::arg("name"), parse_doc);
  m.def("parse_dispute_status", &ParseDisputeStatus, py::arg("name"), parse_doc);
  m.def("parse_dispute_tier", &ParseDisputeTier, py::arg("name"), parse_doc);
  m.def("parse_service_change_kind", &ParseServiceChangeKind, py::arg("name"), parse_doc);
  m.def("parse_service_change_status", &ParseServiceChangeStatus, py::arg("name"), parse_doc);
  m.def("parse_use_record_kind", &ParseUseRecordKind, py::arg("name"), parse_doc);
  m.def("parse_use_beyond_grant", &ParseUseBeyondGrant, py::arg("name"), parse_doc);
  m.def("parse_misuse_outcome", &ParseMisuseOutcome, py::arg("name"), parse_doc);
}

}  // namespace

void bind_sharing(py::module_& m) {
  BindEnums(m);
  BindStructs(m);
  BindNames(m);
}

}  // namespace govshare::python
