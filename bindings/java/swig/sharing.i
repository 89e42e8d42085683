// Sharing between departments (govshare/sharing.h and the SharingService
// operations of sharing_service.h, p.sharing()) in Java: applications and
// their statutory steps, authorizations, demand requests, objections and
// corrections, disputes (A17–A27, A29); the end of a purpose, service changes,
// use records, suspensions for misuse and consents to a wider use of the
// national regulation (N27, N29, N25).
//
//   ApplicationRequest request = new ApplicationRequest();
//   request.setEntryId(entry.getId());
//   request.setItems(new StringList(List.of("姓名", "性别")));
//   request.setPurpose("最低生活保障家庭经济状况核对");
//   request.setLegalDuty("《社会救助暂行办法》第十一条");
//   request.setMethod(ShareMethod.API);
//   request.setValidFrom(Date.of(2026, 10, 1));
//   request.setValidUntil(Date.of(2027, 9, 30));
//   request.setScan(ScanDocument.of("申请表.pdf", sha256Hex, 182044));
//   Application a = p.sharing().apply("civil.op", request);          // SUBMITTED, form check due in 1 working day
//   a = p.sharing().acceptApplication("reviewer", a.getId(), a.getRowVersion());
//   a = p.sharing().grantApplication("police.leader", a.getId(), a.getRowVersion(), new GrantTerms());
//   Authorization granted = p.sharing().getAuthorization("civil.op", a.getAuthorizationId());
//
//   UseRecord r = p.sharing().addUseRecord("civil.op",                // N29
//       UseRecordInput.of(granted.getId(), UseRecordKind.SCENARIO, "低保家庭经济状况核对"));
//   ServiceChange c = p.sharing().proposeServiceChange("police.leader",  // N27: negotiate, then file
//       ServiceChangeInput.change(granted.getId(), "性别字段停止维护", "姓名"));
//   c = p.sharing().answerServiceChange("civil.leader", c.getId(), c.getRowVersion(), true, "同意");
//   c = p.sharing().fileServiceChange("police.leader", c.getId(), c.getRowVersion());
//
//   Authorization z = p.sharing().suspendForMisuse("police.leader", granted.getId(),  // N27 ¶2
//       granted.getRowVersion(), UseBeyondGrant.THIRD_PARTY, "将人口信息提供给某科技公司", 5);
//   z = p.sharing().reportRectification("civil.leader", z.getId(), z.getRowVersion(), "已删除对方持有的数据");
//   z = p.sharing().reinstate("police.leader", z.getId(), z.getRowVersion(), "整改到位");  // or terminateForMisuse
//   z = p.sharing().requestWiderUse("civil.leader", z.getId(), z.getRowVersion(),      // N25
//       WiderUseRequest.thirdParty("入户核查", "如东县民政局"));
//   z = p.sharing().answerWiderUse("police.leader", z.getId(), z.getRowVersion(), 1, true, "同意");
//
// Every record (Application, Authorization, DemandRequest, Objection, Dispute,
// ProcessStep, ServiceChange, UseRecord, MisuseOrder, WiderUse) is a plain
// value returned by copy, as the catalog records of platform.i: std::optional
// fields read as java.util.Optional snapshots (optional.i:
// Optional<LocalDateTime>, Optional<Date>, Optional<DemandAnswer>,
// Optional<Boolean> for GrantTerms.seasonal, ServiceChange.consumer_agrees and
// WiderUse.consented, Optional<Integer> for GrantTerms.disposal_working_days,
// Optional<RevocationGround> for Authorization.revocation_ground,
// Optional<MisuseOutcome> for MisuseOrder.outcome), vectors as java.util.List
// views (ProcessStepList, ApplicationList, AuthorizationList,
// SuspensionPeriodList, DemandRequestList, ObjectionList, DisputeList,
// ServiceChangeList, UseRecordList, MisuseOrderList for
// Authorization.misuse_orders, WiderUseList for Authorization.wider_uses;
// govshare.i). ScanDocument and SharingPolicy have C++ operator== and so
// equals()/hashCode() (govshare.i); the others compare by identity. The enums
// (StepKind, ApplicationStatus, ServiceChangeKind, UseRecordKind,
// UseBeyondGrant, MisuseOutcome, ...) are Java enums with
// GovShare.toString(...) and GovShare.chineseLabel(...).
//
// The SharingService methods need no directive: naming.i makes Apply -> apply,
// GrantApplication -> grantApplication, Policy/SetPolicy -> policy/setPolicy,
// UseRecords -> useRecords (its default authorization_id = 0 gives the
// overload without it), SuspendForMisuse -> suspendForMisuse, AnswerWiderUse ->
// answerWiderUse, exceptions.i maps the refusals, and every id and row version
// is std::int64_t, a Java long. ExportUseRecords returns the JSON document as a
// String. The factories below only fill fields (no rule is checked in Java);
// toString() is for logs and test messages.
//
// Include before govshare/sharing.h (the %extend blocks must precede the
// classes).

// ---- SharingService: java.util overloads -----------------------------------------------------
%extend govshare::SharingService {
%proxycode %{
  /** As {@link #requestMaterials(String, long, long, StringList)}, with any list of missing materials (N21). */
  public Application requestMaterials(String actor, long applicationId, long rowVersion,
                                      java.util.List<String> missing) {
    return requestMaterials(actor, applicationId, rowVersion, StringList.from(missing, "missing"));
  }

  /** As {@link #supplyMaterials(String, long, long, String, java.util.Optional)} with a new stamped scan (N21). */
  public Application supplyMaterials(String actor, long applicationId, long rowVersion, String supplement,
                                     ScanDocument scan) {
    return supplyMaterials(actor, applicationId, rowVersion, supplement,
                           java.util.Optional.of(NativeMemory.nonNull(scan, "scan")));
  }

  /** As {@link #supplyMaterials(String, long, long, String, java.util.Optional)} without a new scan (N21). */
  public Application supplyMaterials(String actor, long applicationId, long rowVersion, String supplement) {
    return supplyMaterials(actor, applicationId, rowVersion, supplement, java.util.Optional.empty());
  }

  /** As {@link #applications(String, String)} of every department the actor may see (C++ {@code ""}). */
  public ApplicationList applications(String actor) {
    return applications(actor, "");
  }

  /** As {@link #authorizations(String, String)} of every department the actor may see (C++ {@code ""}). */
  public AuthorizationList authorizations(String actor) {
    return authorizations(actor, "");
  }

  /** As {@link #serviceChanges(String, String)} of every department the actor may see (C++ {@code ""}). */
  public ServiceChangeList serviceChanges(String actor) {
    return serviceChanges(actor, "");
  }

  /** As {@link #demands(String, String)} of every department the actor may see (C++ {@code ""}). */
  public DemandRequestList demands(String actor) {
    return demands(actor, "");
  }

  /** As {@link #objections(String, String)} of every department the actor may see (C++ {@code ""}). */
  public ObjectionList objections(String actor) {
    return objections(actor, "");
  }

  /** As {@link #disputes(String, String)} of every department the actor may see (C++ {@code ""}). */
  public DisputeList disputes(String actor) {
    return disputes(actor, "");
  }

  /** As {@link #overdueSteps(String, String)} of every department the actor may see (C++ {@code ""}). */
  public ProcessStepList overdueSteps(String actor) {
    return overdueSteps(actor, "");
  }

  /** As {@link #useRecords(String, String)} of every department the actor may see (C++ {@code ""}). */
  public UseRecordList useRecords(String actor) {
    return useRecords(actor, "");
  }

  /** As {@link #exportUseRecords(String, String)} of every department (C++ {@code ""}). */
  public String exportUseRecords(String actor) {
    return exportUseRecords(actor, "");
  }

  /** As {@link #steps(String, String, boolean)} city-wide (the bureau and auditors; C++ {@code ""}). */
  public ProcessStepList steps(String actor, boolean pendingOnly) {
    return steps(actor, "", pendingOnly);
  }
%}
}

// ---- inputs: factories ------------------------------------------------------------------
%extend govshare::ScanDocument {
%proxycode %{
  /** The stamped scan's reference: file name, SHA-256 (64 lowercase hex digits), size in bytes. */
  public static ScanDocument of(String fileName, String sha256, long size) {
    ScanDocument scan = new ScanDocument();
    scan.setFileName(fileName);
    scan.setSha256(sha256);
    scan.setSize(size);
    return scan;
  }

  /** E.g. {@code 申请表.pdf (182044 bytes, sha256 9f86d081…)}, for logs and test messages. */
  @Override
  public String toString() {
    String digest = getSha256();
    return getFileName() + " (" + getSize() + " bytes, sha256 "
        + (digest.length() > 8 ? digest.substring(0, 8) + "…" : digest) + ")";
  }
%}
}

%extend govshare::DemandAnswer {
%proxycode %{
  /** An answer of this kind with its text (the reason or the feedback). */
  public static DemandAnswer of(DemandAnswerKind kind, String text) {
    return of(kind, text, "");
  }

  /** A not-in-duties answer naming the department that holds the resource ({@code ""}: unknown). */
  public static DemandAnswer of(DemandAnswerKind kind, String text, String suggestedDepartment) {
    DemandAnswer answer = new DemandAnswer();
    answer.setKind(kind);
    answer.setText(text);
    answer.setSuggestedDepartment(suggestedDepartment);
    return answer;
  }

  /** E.g. {@code will_publish: 将于本月内发布}, for logs and test messages. */
  @Override
  public String toString() {
    String suggested = getSuggestedDepartment();
    return GovShare.toString(getKind()) + ": " + getText()
        + (suggested.isEmpty() ? "" : " (→ " + suggested + ")");
  }
%}
}

%extend govshare::SharingPolicy {
%proxycode %{
  /** A policy with these numbers of working days (checked by {@code Platform.setPolicy}, 1..60). */
  public static SharingPolicy of(int demandNotInDutiesDays, int objectionCheckDays) {
    SharingPolicy policy = new SharingPolicy();
    policy.setDemandNotInDutiesDays(demandNotInDutiesDays);
    policy.setObjectionCheckDays(objectionCheckDays);
    return policy;
  }

  /**
   * E.g. {@code demand_not_in_duties_days=5 objection_check_days=5 unrevised_rejection_days=10
   * disposal_days=10 dispute_coordination_days=20}, for logs and test messages.
   */
  @Override
  public String toString() {
    return "demand_not_in_duties_days=" + getDemandNotInDutiesDays()
        + " objection_check_days=" + getObjectionCheckDays()
        + " unrevised_rejection_days=" + getUnrevisedRejectionDays()
        + " disposal_days=" + getDisposalDays()
        + " dispute_coordination_days=" + getDisputeCoordinationDays();
  }
%}
}

%extend govshare::ServiceChangeInput {
%proxycode %{
  /** N27 终止: end the service of authorization {@code authorizationId}, for {@code reason} (正当理由). */
  public static ServiceChangeInput end(long authorizationId, String reason) {
    ServiceChangeInput change = new ServiceChangeInput();
    change.setAuthorizationId(authorizationId);
    change.setKind(ServiceChangeKind.END);
    change.setReason(reason);
    return change;
  }

  /**
   * N27 变更: keep only {@code items} of authorization {@code authorizationId}, for {@code reason}
   * (正当理由). Other methods ({@code getMethods().add(...)}) or an earlier end
   * ({@code setValidUntil(Optional.of(...))}) are set on the result; no item: the items stay.
   */
  public static ServiceChangeInput change(long authorizationId, String reason, String... items) {
    ServiceChangeInput change = end(authorizationId, reason);
    change.setKind(ServiceChangeKind.CHANGE);
    change.setItems(new StringList(items));
    return change;
  }

  /** E.g. {@code change authorization:2 items [姓名]: 性别字段停止维护}, for logs and test messages. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    s.append(GovShare.toString(getKind())).append(" authorization:").append(getAuthorizationId());
    if (!getItems().isEmpty()) s.append(" items ").append(getItems());
    if (!getMethods().isEmpty()) s.append(" methods ").append(getMethods());
    getValidUntil().ifPresent(d -> s.append(" until ").append(d));
    return s.append(": ").append(getReason()).toString();
  }
%}
}

%extend govshare::UseRecordInput {
%proxycode %{
  /** N29: one fact of the use of authorization {@code authorizationId}, in the consumer's words. */
  public static UseRecordInput of(long authorizationId, UseRecordKind kind, String text) {
    UseRecordInput record = new UseRecordInput();
    record.setAuthorizationId(authorizationId);
    record.setKind(kind);
    record.setText(text);
    return record;
  }

  /** E.g. {@code authorization:2 scenario: 低保家庭经济状况核对}, for logs and test messages. */
  @Override
  public String toString() {
    return "authorization:" + getAuthorizationId() + " " + GovShare.toString(getKind()) + ": " + getText();
  }
%}
}

%extend govshare::WiderUseRequest {
%proxycode %{
  /**
   * N25: ask the provider's consent to use the data beyond the grant ({@code WIDER_SCOPE} or
   * {@code OTHER_PURPOSE}), described in the consumer's words. A third party is named with
   * {@link #thirdParty(String, String)}.
   */
  public static WiderUseRequest of(UseBeyondGrant kind, String description) {
    WiderUseRequest request = new WiderUseRequest();
    request.setKind(kind);
    request.setDescription(description);
    return request;
  }

  /** N25 提供给第三方: ask the provider's consent to give the data to {@code thirdParty}, for {@code description}. */
  public static WiderUseRequest thirdParty(String description, String thirdParty) {
    WiderUseRequest request = of(UseBeyondGrant.THIRD_PARTY, description);
    request.setThirdParty(thirdParty);
    return request;
  }

  /** E.g. {@code third_party: 入户核查 (→ 如东县民政局)}, for logs and test messages. */
  @Override
  public String toString() {
    String thirdParty = getThirdParty();
    return GovShare.toString(getKind()) + ": " + getDescription()
        + (thirdParty.isEmpty() ? "" : " (→ " + thirdParty + ")");
  }
%}
}

// ---- records: readable toString() ---------------------------------------------------------
%extend govshare::ProcessStep {
%proxycode %{
  /**
   * E.g. {@code application:3 form_check @11320600MB1T01108B due 2026-10-08T24:00:00+08:00
   * done accepted on time}, for logs and test messages.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    s.append(getObject()).append(' ').append(GovShare.toString(getKind()))
        .append(" @").append(getDepartmentCode()).append(" due ").append(getDue().getDue());
    if (getCompletedAt().isPresent()) {
      s.append(" done");
      if (!getOutcome().isEmpty()) s.append(' ').append(getOutcome());
      s.append(isOnTime() ? " on time" : " late");
    } else {
      s.append(isOverdue() ? " overdue" : " pending");
    }
    return s.toString();
  }
%}
}

%extend govshare::Application {
%proxycode %{
  /** E.g. {@code application:3 granted 101001/000001 for 11320600MB1T01044D}, for logs and test messages. */
  @Override
  public String toString() {
    return "application:" + getId() + " " + GovShare.toString(getStatus()) + " " + getEntryCode()
        + " for " + getConsumerCode() + (getReason().isEmpty() ? "" : " (" + getReason() + ")");
  }
%}
}

%extend govshare::Authorization {
%proxycode %{
  /** E.g. {@code authorization:2 active 101001/000001 for 11320600MB1T01044D 2026-10-01..2027-09-30}. */
  @Override
  public String toString() {
    return "authorization:" + getId() + " " + GovShare.toString(getStatus()) + " " + getEntryCode()
        + " for " + getConsumerCode() + " " + getValidFrom() + ".." + getValidUntil()
        + (getStatusReason().isEmpty() ? "" : " (" + getStatusReason() + ")");
  }
%}
}

%extend govshare::DemandRequest {
%proxycode %{
  /** E.g. {@code demand:1 committed from 11320600MB1T01044D to 11320600MB1A2B3CXJ}. */
  @Override
  public String toString() {
    return "demand:" + getId() + " " + GovShare.toString(getStatus()) + " from " + getRequesterCode()
        + " to " + getRequest().getTargetCode();
  }
%}
}

%extend govshare::Objection {
%proxycode %{
  /** E.g. {@code objection:1 corrected 101001/000001 姓名 from 11320600MB1T01044D}. */
  @Override
  public String toString() {
    return "objection:" + getId() + " " + GovShare.toString(getStatus()) + " " + getEntryCode() + " "
        + getObjection().getItem() + " from " + getConsumerCode();
  }
%}
}

%extend govshare::Dispute {
%proxycode %{
  /** E.g. {@code dispute:1 resolved result 11320600MB1T01044D / 11320600MB1A2B3CXJ}. */
  @Override
  public String toString() {
    return "dispute:" + getId() + " " + GovShare.toString(getStatus()) + " "
        + GovShare.toString(getDispute().getSubject()) + " " + getConsumerCode() + " / "
        + getProviderCode();
  }
%}
}

%extend govshare::ServiceChange {
%proxycode %{
  /**
   * E.g. {@code service_change:1 filed change authorization:2 items [姓名]: 性别字段停止维护
   * (consumer disagrees)}, for logs and test messages.
   */
  @Override
  public String toString() {
    return "service_change:" + getId() + " " + GovShare.toString(getStatus()) + " " + getChange()
        + getConsumerAgrees().map(agrees -> agrees ? " (consumer agrees)" : " (consumer disagrees)").orElse("");
  }
%}
}

%extend govshare::UseRecord {
%proxycode %{
  /**
   * E.g. {@code use_record:1 scenario authorization:2 by civil.op N29 until 2029-10-12}, then
   * {@code purged} once purged; for logs and test messages.
   */
  @Override
  public String toString() {
    return "use_record:" + getId() + " " + GovShare.toString(getKind()) + " authorization:" + getAuthorizationId()
        + " by " + getRecordedBy() + " " + getArticle() + " until " + getPurgeableFrom()
        + (isPurged() ? " purged" : "");
  }
%}
}

%extend govshare::MisuseOrder {
%proxycode %{
  /**
   * E.g. {@code third_party: 将人口信息提供给某科技公司 ordered by police.leader rectify by
   * 2026-10-19T24:00:00+08:00 reported terminated}, for logs and test messages.
   */
  @Override
  public String toString() {
    return GovShare.toString(getMisuse()) + ": " + getFacts() + " ordered by " + getOrderedBy()
        + " rectify by " + getRectifyBy() + (getReportedAt().isPresent() ? " reported" : "")
        + getOutcome().map(o -> " " + GovShare.toString(o)).orElse(" open");
  }
%}
}

%extend govshare::WiderUse {
%proxycode %{
  /**
   * E.g. {@code wider_use:1 third_party: 入户核查 (→ 如东县民政局) by civil.leader consented}, then
   * {@code refused} or {@code unanswered}; for logs and test messages.
   */
  @Override
  public String toString() {
    return "wider_use:" + getNumber() + " " + getRequest() + " by " + getRequestedBy()
        + getConsented().map(c -> c ? " consented" : " refused").orElse(" unanswered");
  }
%}
}
