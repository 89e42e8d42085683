// access.h and masking.h: the data boundary (A8, A26, A28, A30; docs/access.md,
// docs/masking.md).
//
// bind_access: the value types of access decisions — requests, per-item
// treatments, masking rules, rule checks, comparisons, the usage log — and
// their enumeration names and Chinese labels. The operations are Platform
// methods (bind_platform.cpp), so these types are registered before it.
//
// bind_masking: identifier validators, the default masking profile, MaskKeep
// and keyed pseudonyms. Registered after bind_platform because pseudonym()'s
// default algorithm is a HashAlgorithm (platform_types.h).
//
// The free functions keep the GIL: they are pure computations on short
// strings (a pseudonym is one HMAC), cheaper than releasing and re-taking it.
#include <string>

#include "bind.h"
#include "govshare/access.h"
#include "govshare/masking.h"
#include "govshare/platform_types.h"

namespace govshare::python {
namespace {

void BindAccessEnums(py::module_& m) {
  py::enum_<ItemTreatment>(m, "ItemTreatment", "How one requested item leaves the platform (A8, A30).")
      .value("PLAIN", ItemTreatment::kPlain, "明文提供: delivered as it is")
      .value("MASKED", ItemTreatment::kMasked,
             "脱敏提供: delivered desensitized (A8 应进行数据脱敏); ItemDecision.masking says how")
      .value("COMPARISON_ONLY", ItemTreatment::kComparisonOnly,
             "仅比对: never delivered, only compared (A8 数据比对; Platform.compare)")
      .value("WITHHELD", ItemTreatment::kWithheld,
             "不提供: not delivered (outside the authorization, A30, or not shared, A8)");

  py::enum_<ComparisonOutcome>(m, "ComparisonOutcome", "The outcome of comparing a submitted value (数据比对).")
      .value("MATCH", ComparisonOutcome::kMatch, "一致")
      .value("NO_MATCH", ComparisonOutcome::kNoMatch, "不一致")
      .value("NOT_FOUND", ComparisonOutcome::kNotFound, "查无此记录: no record, or the record has no such value");
}

void BindAccessStructs(py::module_& m) {
  py::class_<AccessRequest> request(m, "AccessRequest", "A data request to decide (Platform.decide).");
  def_value_type(
      request,
      field("user_id", &AccessRequest::user_id, "The consumer user; their department is the consumer."),
      field("entry_id", &AccessRequest::entry_id, "The entry (platform id)."),
      field("items", &AccessRequest::items, "Item names wanted (non-empty for decide). A copy (list)."),
      field("method", &AccessRequest::method, "The share method used; must be an authorized one (A30)."),
      field("time", &AccessRequest::time,
            "When the access happens (LocalDateTime or aware datetime.datetime); None: the "
            "platform's now(). Validity is checked against it (A26)."),
      field("purpose", &AccessRequest::purpose,
            "What the access is for: the application, case or matter number (A30). Required."),
      field("explain", &AccessRequest::explain,
            "List every rule considered, passed or not, in AccessDecision.reasons (slower; for "
            "staff)."));

  py::class_<MaskingRule> rule(m, "MaskingRule",
                               "How a masked item is masked (Platform.set_masking_rules; docs/masking.md).");
  def_value_type(
      rule, field("item", &MaskingRule::item, "The item (a name in the entry)."),
      field("kind", &MaskingRule::kind,
            "The PersonalInfoKind whose default rule applies (used when keep_head/keep_tail are "
            "-1 and pseudonym is False)."),
      field("keep_head", &MaskingRule::keep_head,
            "With keep_tail, both >= 0: keep this many leading characters (code points); -1: "
            "the kind's default."),
      field("keep_tail", &MaskingRule::keep_tail, "Trailing characters kept; -1 with keep_head -1."),
      field("pseudonym", &MaskingRule::pseudonym,
            "Replace the value by a keyed pseudonym (HMAC with the platform key) for linkage "
            "instead of masking."));

  py::class_<ItemDecision> item(m, "ItemDecision", "The treatment of one requested item.");
  def_value_type(item, field("item", &ItemDecision::item, "The item's name, as requested."),
                 field("treatment", &ItemDecision::treatment, "How it leaves the platform."),
                 field("masking", &ItemDecision::masking, "For a MASKED item, the rule applied."),
                 field("why", &ItemDecision::why, "Why: rule id and article, e.g. 'share_scope (A8)'."));

  py::class_<RuleCheck> check(m, "RuleCheck", "One rule considered by a decision or comparison.");
  def_value_type(
      check,
      field("rule", &RuleCheck::rule,
            "Stable id, e.g. 'user', 'purpose', 'items', 'entry', 'share_class', "
            "'authorization', 'rate_limit'."),
      field("article", &RuleCheck::article, "The article(s) it applies, e.g. 'A26, A30'."),
      field("passed", &RuleCheck::passed, "Whether it passed."),
      field("message", &RuleCheck::message, "What was found (English)."));

  py::class_<AccessDecision> decision(
      m, "AccessDecision",
      "The answer to an AccessRequest. A refusal is a value (allowed False, reasons naming the "
      "rule), never an exception. Pass it to Platform.filter.");
  def_value_type(
      decision, field("allowed", &AccessDecision::allowed, "Whether any item may go out."),
      field("user_id", &AccessDecision::user_id, "The requesting user."),
      field("consumer_code", &AccessDecision::consumer_code, "The user's department (the consumer)."),
      field("entry_id", &AccessDecision::entry_id, "The entry."),
      field("authorization_id", &AccessDecision::authorization_id,
            "The authorization relied on (0 when none)."),
      field("method", &AccessDecision::method, "The share method of the request."),
      field("time", &AccessDecision::time, "The time the decision was taken at."),
      field("purpose", &AccessDecision::purpose, "The purpose of the request."),
      field("reasons", &AccessDecision::reasons,
            "The rules that failed (a refusal, or withheld items); with explain, every rule "
            "considered. A copy (list)."),
      field("items", &AccessDecision::items,
            "One ItemDecision per requested item, in request order. A copy (list)."),
      field("expires", &AccessDecision::expires,
            "An allowed decision: until when filter() accepts it (made + "
            "PlatformOptions.decision_valid_seconds, on the platform's clock)."),
      field("seal", &AccessDecision::seal,
            "An allowed decision: the platform's seal over it (opaque). filter() delivers only for "
            "a decision this handle sealed, unaltered and unexpired: a hand-built or edited one "
            "raises PermissionDeniedError."));

  py::class_<FieldComparison> field_comparison(m, "FieldComparison", "The outcome for one submitted item.");
  def_value_type(field_comparison, field("item", &FieldComparison::item, "The item compared."),
                 field("outcome", &FieldComparison::outcome, "Match, no match or not found."));

  py::class_<ComparisonResult> comparison(m, "ComparisonResult",
                                          "The answer to a comparison (数据比对): never any data.");
  def_value_type(
      comparison, field("allowed", &ComparisonResult::allowed, "Whether the comparison was allowed."),
      field("reasons", &ComparisonResult::reasons,
            "The rules that failed (e.g. 'rate_limit'). A copy (list)."),
      field("overall", &ComparisonResult::overall,
            "MATCH only when every field matches; NOT_FOUND when there is no record."),
      field("fields", &ComparisonResult::fields,
            "One FieldComparison per submitted item, in the items' (UTF-8 byte) order; empty "
            "when refused. A copy (list)."));

  py::class_<UsageRecord> usage(m, "UsageRecord", "One line of the usage log: who accessed what, when, why (A28).");
  def_value_type(
      usage, field("id", &UsageRecord::id, "The line's id."),
      field("time", &UsageRecord::time, "When the access happened (the request's time)."),
      field("user_id", &UsageRecord::user_id, "Who accessed."),
      field("consumer_code", &UsageRecord::consumer_code, "The user's department."),
      field("entry_id", &UsageRecord::entry_id, "The entry."),
      field("authorization_id", &UsageRecord::authorization_id,
            "The authorization relied on (0 when none)."),
      field("kind", &UsageRecord::kind, "'decide', 'compare' or 'use'."),
      field("items", &UsageRecord::items, "The items requested. A copy (list)."),
      field("method", &UsageRecord::method, "The share method."),
      field("purpose", &UsageRecord::purpose, "The stated purpose (A30)."),
      field("allowed", &UsageRecord::allowed, "Whether it was allowed."),
      field("outcome", &UsageRecord::outcome,
            "'allowed', a comparison's 'match' / 'no_match' / 'not_found', or the first failed "
            "rule, e.g. 'refused: validity'."));

  // `from` is a Python keyword: the attribute and keyword are `from_` (PEP 8).
  py::class_<UsageQuery> query(m, "UsageQuery", "Which usage lines to list (empty / zero fields: no filter).");
  def_value_type(
      query, field("consumer_code", &UsageQuery::consumer_code, "Only this consumer department."),
      field("entry_id", &UsageQuery::entry_id, "Only this entry (0: every entry)."),
      field("from_", &UsageQuery::from, "Only lines at or after this time (C++ `from`); None: no bound."),
      field("to", &UsageQuery::to, "Only lines at or before this time; None: no bound."),
      field("limit", &UsageQuery::limit, "At most this many, newest first (> 0; default 1000)."));
}

void BindAccessNames(py::module_& m) {
  m.def("enum_name", py::overload_cast<ItemTreatment>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<ComparisonOutcome>(&ToString), py::arg("value"));
  m.def("chinese_label", py::overload_cast<ItemTreatment>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<ComparisonOutcome>(&ChineseLabel), py::arg("value"));
}

}  // namespace

void bind_access(py::module_& m) {
  BindAccessEnums(m);
  BindAccessStructs(m);
  BindAccessNames(m);
}

void bind_masking(py::module_& m) {
  py::enum_<IdentifierKind>(m, "IdentifierKind", "The kinds of identifier check_identifier knows.")
      .value("ID_CARD", IdentifierKind::kIdCard,
             "居民身份证号码 (GB 11643-1999; a 15-character legacy number is upgraded)")
      .value("CREDIT_CODE", IdentifierKind::kCreditCode, "统一社会信用代码 (GB 32100-2015)")
      .value("ORG_CODE", IdentifierKind::kOrgCode, "组织机构代码 (GB 11714-1997)")
      .value("BANK_CARD", IdentifierKind::kBankCard, "银行卡号 (16-19 digits, Luhn / ISO/IEC 7812)")
      .value("MOBILE", IdentifierKind::kMobile,
             "手机号码 (11 digits 1[3-9]...; +86/0086/86 prefixes, spaces and hyphens dropped)");

  py::class_<IdentifierCheck> check(m, "IdentifierCheck", "The result of check_identifier.");
  def_value_type(
      check, field("valid", &IdentifierCheck::valid, "Whether the value is valid."),
      field("reason", &IdentifierCheck::reason,
            "Why not (English, with the standard), e.g. 'check character is 2, not 3 (GB "
            "11643)'; empty when valid."),
      field("reason_zh", &IdentifierCheck::reason_zh,
            "Why not (Chinese), e.g. '校验码应为 2，实为 3'; empty when valid."),
      field("normalized", &IdentifierCheck::normalized,
            "The canonical form when valid (ID card upper-cased and upgraded to 18 characters, "
            "organisation code as XXXXXXXX-X, mobile and bank card as digits); empty when "
            "invalid."));

  m.def("check_identifier", &CheckIdentifier, py::arg("kind"), py::arg("value"),
        "Checks value as an identifier of kind; never raises. Outer ASCII whitespace is ignored; "
        "letters are upper-cased; a bank card or mobile number may contain spaces and hyphens. "
        "The ID card's region code is not checked (docs/masking.md).");
  m.def("id_card_check_char", &IdCardCheckChar, py::arg("body17"),
        "The GB 11643 check character (a one-character str, 0-9 or X) of the first 17 digits. "
        "Raises InvalidArgumentError unless body17 is 17 digits.");
  m.def("upgrade_id_card_15", &UpgradeIdCard15, py::arg("id15"),
        "Upgrades a 15-character legacy ID number to 18 characters (inserts 19, appends the "
        "check character). Raises InvalidArgumentError unless it is 15 digits with a real date.");
  m.def("mask", &Mask, py::arg("kind"), py::arg("value"),
        "Masks value with the default rule of kind (a PersonalInfoKind; docs/masking.md), by "
        "code point with '*': a Chinese name character by character. A value too short for its "
        "rule is masked entirely. Never raises.");
  m.def("mask_keep", &MaskKeep, py::arg("value"), py::arg("keep_head"), py::arg("keep_tail"),
        py::arg("mask_char") = "*",
        "Keeps the first keep_head and last keep_tail code points and replaces each other one "
        "with mask_char (one code point); a value no longer than keep_head + keep_tail is masked "
        "entirely. Raises InvalidArgumentError for negative counts or a mask_char that is not "
        "exactly one code point.");
  m.def("pseudonym", &Pseudonym, py::arg("key"), py::arg("value"),
        py::arg("algorithm") = HashAlgorithm::kSm3,
        "A keyed deterministic pseudonym for linkage (假名化): HMAC-SM3 (default) or "
        "HMAC-SHA256 of value under key (str or bytes), as 64 lowercase hex digits. Raises "
        "InvalidArgumentError for an empty key.");

  m.def("enum_name", py::overload_cast<IdentifierKind>(&ToString), py::arg("value"));
  m.def("chinese_label", py::overload_cast<IdentifierKind>(&ChineseLabel), py::arg("value"));
  m.def("parse_identifier_kind", &ParseIdentifierKind, py::arg("name"),
        "Parses id-card, credit-code, org-code, bank-card or mobile (the CLI's names; '_' "
        "accepted for '-'); raises InvalidArgumentError.");
}

}  // namespace govshare::python
