// Access decisions at the data boundary (govshare/access.h and the Platform
// operations of platform.h from Decide() to UsageLog()) and the validators,
// masking and pseudonyms of govshare/masking.h in Java (A8, A26, A28, A30;
// docs/masking.md).
//
//   AccessRequest request = AccessRequest.of("civil.op", entry.getId(), "低保审批 2026-0917",
//                                            "姓名", "公民身份号码");
//   AccessDecision d = p.decide(request);             // a refusal is a value: d.isAllowed(), d.getReasons()
//   for (ItemDecision item : d.getItems())            // PLAIN, MASKED, COMPARISON_ONLY or WITHHELD
//     System.out.println(item);
//   String out = p.filter(d, recordsJson);            // withheld items dropped, masked ones masked
//   ComparisonResult c = p.compare(request, Map.of("姓名", "张三"), providerRecordJson);   // never data
//   p.flushUsageLog();
//   List<UsageRecord> log = p.usageLog("auditor");    // newest first
//
//   IdentifierCheck check = GovShare.checkIdentifier(IdentifierKind.ID_CARD, "320613198506151233");
//   check.getReason();                                // "check character is 2, not 3 (GB 11643)"
//   GovShare.mask(PersonalInfoKind.NAME, "欧阳娜娜");  // "欧***"
//   GovShare.pseudonym(key, value, HashAlgorithm.SHA256);
//
// The Platform methods need no directive: naming.i makes Decide -> decide,
// Filter -> filter, Compare -> compare, SetMaskingRules/MaskingRules ->
// setMaskingRules/maskingRules, FlushUsageLog -> flushUsageLog, UsageLog ->
// usageLog; exceptions.i maps Filter's refusals (PermissionDeniedException,
// ParseException) and setMaskingRules' (PermissionDeniedException,
// InvalidArgumentException). The free functions of masking.h are static
// methods of GovShare (checkIdentifier, idCardCheckChar -> a Java char,
// upgradeIdCard15, mask, maskKeep, pseudonym, parseIdentifierKind and the
// toString/chineseLabel overloads). Every id is std::int64_t, a Java long;
// no unsigned type is in these headers.
//
// Every value (AccessRequest, AccessDecision, ItemDecision, RuleCheck,
// ComparisonResult, FieldComparison, UsageRecord, UsageQuery,
// IdentifierCheck) is a plain struct returned by copy: std::optional fields
// read as java.util.Optional snapshots (optional.i: AccessRequest.time,
// UsageQuery.from/to are Optional<LocalDateTime>), vectors as java.util.List
// views (ItemDecisionList, RuleCheckList, FieldComparisonList,
// UsageRecordList, MaskingRuleList; govshare.i) and Compare's
// std::map<std::string, std::string> as StringMap, a java.util.AbstractMap
// (std_map.i; govshare.i). MaskingRule has C++ operator== and so
// equals()/hashCode() (govshare.i); the others compare by identity.
//
// The Java overloads below only convert or fill in a default and call the
// wrapper (no rule is checked in Java); the factories only fill fields;
// toString() is for logs and test messages.
//
// Include before govshare/access.h, govshare/masking.h and
// govshare/platform.h (the %extend blocks must precede the classes).

// ---- AccessService: java.util overloads ----------------------------------------------------------
%extend govshare::AccessService {
%proxycode %{
  /**
   * As {@link #compare(AccessRequest, StringMap, String)}, with any map of item name to
   * submitted value (copied into a {@link StringMap}; C++ compares the items in the byte
   * order of their UTF-8 names, whatever the order of {@code submitted}).
   */
  public ComparisonResult compare(AccessRequest request, java.util.Map<String, String> submitted,
                                  String providerRecordJson) {
    return compare(request, new StringMap(submitted), providerRecordJson);
  }

  /** As {@link #setMaskingRules(String, long, MaskingRuleList)}, with any list of rules. */
  public void setMaskingRules(String actor, long entryId, java.util.List<MaskingRule> rules) {
    setMaskingRules(actor, entryId, new MaskingRuleList(rules));
  }

  /** As {@link #usageLog(String, UsageQuery)} with an empty query: the newest 1000 the actor may see. */
  public UsageRecordList usageLog(String actor) {
    return usageLog(actor, new UsageQuery());
  }
%}
}

// ---- StringMap: from any java.util.Map ----------------------------------------------------
%typemap(javacode) std::map<std::string, std::string> %{
  /** A new map with the same entries as {@code map}. */
  public StringMap(java.util.Map<String, String> map) {
    this();
    putAll(map);
  }
%}

// ---- inputs: factories ----------------------------------------------------------------------
%extend govshare::AccessRequest {
%proxycode %{
  /**
   * A request of {@code userId} for these items of entry {@code entryId}, by API, at the
   * platform's current time, for {@code purpose} (the application, case or matter number).
   */
  public static AccessRequest of(String userId, long entryId, String purpose, String... items) {
    AccessRequest request = new AccessRequest();
    request.setUserId(userId);
    request.setEntryId(entryId);
    request.setPurpose(purpose);
    request.setItems(new StringList(items));
    return request;
  }

  /** E.g. {@code civil.op entry:3 [姓名, 公民身份号码] api for 低保审批 2026-0917}, for logs and test messages. */
  @Override
  public String toString() {
    return getUserId() + " entry:" + getEntryId() + " " + getItems() + " " + GovShare.toString(getMethod())
        + getTime().map(t -> " at " + t).orElse("") + " for " + getPurpose() + (isExplain() ? " (explain)" : "");
  }
%}
}

%extend govshare::MaskingRule {
%proxycode %{
  /** The default rule of {@code kind} for {@code item} (docs/masking.md). */
  public static MaskingRule of(String item, PersonalInfoKind kind) {
    MaskingRule rule = new MaskingRule();
    rule.setItem(item);
    rule.setKind(kind);
    return rule;
  }

  /** Keep the first {@code keepHead} and the last {@code keepTail} characters of {@code item}. */
  public static MaskingRule keep(String item, PersonalInfoKind kind, int keepHead, int keepTail) {
    MaskingRule rule = of(item, kind);
    rule.setKeepHead(keepHead);
    rule.setKeepTail(keepTail);
    return rule;
  }

  /** Replace {@code item} by its keyed pseudonym (HMAC with the platform key), for linkage. */
  public static MaskingRule pseudonym(String item, PersonalInfoKind kind) {
    MaskingRule rule = of(item, kind);
    rule.setPseudonym(true);
    return rule;
  }

  /** E.g. {@code 姓名 name keep 0+1}, {@code 公民身份号码 id_card pseudonym}, {@code 户籍地址 address}. */
  @Override
  public String toString() {
    return getItem() + " " + ruleText();
  }

  /** The rule without the item: {@code name keep 0+1}, {@code id_card pseudonym}, {@code address}. */
  String ruleText() {
    return GovShare.toString(getKind())
        + (isPseudonym() ? " pseudonym"
           : getKeepHead() >= 0 && getKeepTail() >= 0 ? " keep " + getKeepHead() + "+" + getKeepTail() : "");
  }
%}
}

%extend govshare::UsageQuery {
%proxycode %{
  /** E.g. {@code consumer=11320600MB1T01044D entry=3 limit=1000}, for logs and test messages. */
  @Override
  public String toString() {
    return "consumer=" + getConsumerCode() + " entry=" + getEntryId()
        + getFrom().map(t -> " from=" + t).orElse("") + getTo().map(t -> " to=" + t).orElse("")
        + " limit=" + getLimit();
  }
%}
}

// ---- results: readable toString() ----------------------------------------------------------
%extend govshare::ItemDecision {
%proxycode %{
  /** E.g. {@code 公民身份号码 masked (id_card) share_scope (A8)}, for logs and test messages. */
  @Override
  public String toString() {
    return getItem() + " " + GovShare.toString(getTreatment())
        + (getTreatment() == ItemTreatment.MASKED ? " (" + getMasking().ruleText() + ")" : "")
        + (getWhy().isEmpty() ? "" : " " + getWhy());
  }
%}
}

%extend govshare::RuleCheck {
%proxycode %{
  /** E.g. {@code failed validity (A26, A30): ...}, for logs and test messages. */
  @Override
  public String toString() {
    return (isPassed() ? "passed " : "failed ") + getRule()
        + (getArticle().isEmpty() ? "" : " (" + getArticle() + ")")
        + (getMessage().isEmpty() ? "" : ": " + getMessage());
  }
%}
}

%extend govshare::AccessDecision {
%proxycode %{
  /**
   * E.g. {@code allowed civil.op@11320600MB1T01044D entry:3 authorization:2 [姓名 plain, ...]}
   * or {@code refused ... [failed validity (A26, A30): ...]}, for logs and test messages.
   */
  @Override
  public String toString() {
    return (isAllowed() ? "allowed " : "refused ") + getUserId() + "@" + getConsumerCode()
        + " entry:" + getEntryId() + " authorization:" + getAuthorizationId() + " " + getItems()
        + (getReasons().isEmpty() ? "" : " " + getReasons());
  }
%}
}

%extend govshare::FieldComparison {
%proxycode %{
  /** E.g. {@code 姓名 no_match}. */
  @Override
  public String toString() {
    return getItem() + " " + GovShare.toString(getOutcome());
  }
%}
}

%extend govshare::ComparisonResult {
%proxycode %{
  /** E.g. {@code allowed no_match [公民身份号码 match, 姓名 no_match]}, for logs and test messages. */
  @Override
  public String toString() {
    return (isAllowed() ? "allowed " + GovShare.toString(getOverall()) + " " + getFields() : "refused")
        + (getReasons().isEmpty() ? "" : " " + getReasons());
  }
%}
}

%extend govshare::UsageRecord {
%proxycode %{
  /**
   * E.g. {@code usage:7 2026-09-10T10:00:00+08:00 decide civil.op@11320600MB1T01044D entry:3
   * [企业名称] api for 低保审批 2026-0917: allowed}, for logs and test messages.
   */
  @Override
  public String toString() {
    return "usage:" + getId() + " " + getTime() + " " + getKind() + " " + getUserId() + "@"
        + getConsumerCode() + " entry:" + getEntryId() + " " + getItems() + " "
        + GovShare.toString(getMethod()) + " for " + getPurpose() + ": " + getOutcome();
  }
%}
}

%extend govshare::IdentifierCheck {
%proxycode %{
  /** {@code valid 320602196501011232} or {@code invalid: check character is 2, not 3 (GB 11643)}. */
  @Override
  public String toString() {
    return isValid() ? "valid " + getNormalized() : "invalid: " + getReason();
  }
%}
}
