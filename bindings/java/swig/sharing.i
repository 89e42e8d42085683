// Sharing between departments (govshare/sharing.h and the Platform operations
// of platform.h from Policy() to OverdueSteps()) in Java: applications and
// their statutory steps, authorizations, demand requests, objections and
// corrections, disputes (A17–A27, A29).
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
//   Application a = p.apply("civil.op", request);                    // SUBMITTED, form check due in 1 working day
//   a = p.acceptApplication("reviewer", a.getId(), a.getRowVersion());
//   a = p.grantApplication("police.leader", a.getId(), a.getRowVersion(), new GrantTerms());
//   Authorization granted = p.getAuthorization("civil.op", a.getAuthorizationId());
//
// Every record (Application, Authorization, DemandRequest, Objection, Dispute,
// ProcessStep) is a plain value returned by copy, as the catalog records of
// platform.i: std::optional fields read as java.util.Optional snapshots
// (optional.i: Optional<LocalDateTime>, Optional<Date>, Optional<DemandAnswer>,
// Optional<Boolean> for GrantTerms.seasonal), vectors as java.util.List views
// (ProcessStepList, ApplicationList, AuthorizationList, SuspensionPeriodList, DemandRequestList,
// ObjectionList, DisputeList; govshare.i). ScanDocument and SharingPolicy
// have C++ operator== and so equals()/hashCode() (govshare.i); the others
// compare by identity. The enums (StepKind, ApplicationStatus, ...) are Java
// enums with GovShare.toString(...) and GovShare.chineseLabel(...).
//
// The Platform methods need no directive: naming.i makes Apply -> apply,
// GrantApplication -> grantApplication, Policy/SetPolicy -> policy/setPolicy,
// exceptions.i maps the refusals, and every id and row version is
// std::int64_t, a Java long. The factories below only fill fields (no rule is
// checked in Java); toString() is for logs and test messages.
//
// Include before govshare/sharing.h (the %extend blocks must precede the
// classes).

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

  /** E.g. {@code demand_not_in_duties_days=5 objection_check_days=5}, for logs and test messages. */
  @Override
  public String toString() {
    return "demand_not_in_duties_days=" + getDemandNotInDutiesDays()
        + " objection_check_days=" + getObjectionCheckDays();
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
      s.append(getOnTime() ? " on time" : " late");
    } else {
      s.append(getOverdue() ? " overdue" : " pending");
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
