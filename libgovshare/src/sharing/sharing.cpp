// Sharing between departments (A17–A27, A29): applications for use with the
// bureau's form check and the grant decision under statutory deadlines,
// authorizations (expiry, non-use, revocation, suspension), demand requests,
// objections and corrections, disputes. docs/sharing.md describes the rules
// as implemented.
#include <algorithm>
#include <cctype>
#include <set>

#include "base/enum_names.h"
#include "platform/impl.h"
#include "sharing/json.h"

namespace govshare {
namespace {

using storage::CaseRow;
using storage::CaseTable;
using storage::StepRow;
using json = nlohmann::json;

using internal::EnumName;

const EnumName<StepKind> kStepKindNames[] = {
    {StepKind::kFormCheck, "form_check", "申请材料规范性审查"},
    {StepKind::kProviderDecision, "provider_decision", "提供部门授权审核"},
    {StepKind::kPlatformDecision, "platform_decision", "平台授权审核"},
    {StepKind::kDemandResponse, "demand_response", "需求申请答复"},
    {StepKind::kDemandPublication, "demand_publication", "需求资源发布"},
    {StepKind::kObjectionCheck, "objection_check", "疑义数据校核"},
};
const EnumName<ApplicationStatus> kApplicationStatusNames[] = {
    {ApplicationStatus::kSubmitted, "submitted", "待受理"},
    {ApplicationStatus::kNotAccepted, "not_accepted", "不予受理"},
    {ApplicationStatus::kAccepted, "accepted", "已受理"},
    {ApplicationStatus::kGranted, "granted", "已授权"},
    {ApplicationStatus::kRefused, "refused", "不予授权"},
};
const EnumName<AuthorizationStatus> kAuthorizationStatusNames[] = {
    {AuthorizationStatus::kActive, "active", "有效"},
    {AuthorizationStatus::kExpired, "expired", "已到期"},
    {AuthorizationStatus::kRevoked, "revoked", "已收回"},
    {AuthorizationStatus::kSuspended, "suspended", "已暂停"},
};
const EnumName<RevocationGround> kRevocationGroundNames[] = {
    {RevocationGround::kNonUse, "non_use", "超过三个月未使用"},
    {RevocationGround::kBreach, "breach", "违规使用"},
};
const EnumName<DemandStatus> kDemandStatusNames[] = {
    {DemandStatus::kSubmitted, "submitted", "待答复"},
    {DemandStatus::kNotInDuties, "not_in_duties", "不属于本部门履职范围"},
    {DemandStatus::kCommitted, "committed", "承诺发布"},
    {DemandStatus::kDeferred, "deferred", "暂时无法发布"},
    {DemandStatus::kFulfilled, "fulfilled", "已发布"},
};
const EnumName<DemandAnswerKind> kDemandAnswerKindNames[] = {
    {DemandAnswerKind::kNotInDuties, "not_in_duties", "不属于本部门履职范围"},
    {DemandAnswerKind::kWillPublish, "will_publish", "1个月内完成发布"},
    {DemandAnswerKind::kCannotPublishYet, "cannot_publish_yet", "确因客观原因暂时无法发布"},
};
const EnumName<ObjectionStatus> kObjectionStatusNames[] = {
    {ObjectionStatus::kOpen, "open", "待校核"},
    {ObjectionStatus::kCorrected, "corrected", "已更正"},
    {ObjectionStatus::kRejected, "rejected", "数据无误"},
};
const EnumName<DisputeSubject> kDisputeSubjectNames[] = {
    {DisputeSubject::kConditions, "conditions", "共享条件"},
    {DisputeSubject::kReasons, "reasons", "申请理由"},
    {DisputeSubject::kResult, "result", "授权结果"},
};
const EnumName<DisputeStatus> kDisputeStatusNames[] = {
    {DisputeStatus::kOpen, "open", "协商中"},
    {DisputeStatus::kResolved, "resolved", "已协商解决"},
};

constexpr char kMetaPolicy[] = "sharing_policy";

// ---- small helpers ----------------------------------------------------------------------

std::string Obj(const char* kind, std::int64_t id) { return std::string(kind) + ":" + std::to_string(id); }

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

void RequireScan(const ScanDocument& scan, const std::string& field, const char* article) {
  const std::string rule = std::string(article) + ": the stamped application scan (申请材料须加盖印章，并提交扫描件)";
  RequireText(scan.file_name, field + ".file_name", rule);
  bool hex = scan.sha256.size() == 64;
  for (char c : scan.sha256) hex = hex && std::isxdigit(static_cast<unsigned char>(c)) && !std::isupper(static_cast<unsigned char>(c));
  if (!hex) throw InvalidArgumentError(field + ".sha256 must be the SHA-256 of the scan, 64 lowercase hex digits (" + rule + ")");
  if (scan.size <= 0) throw InvalidArgumentError(field + ".size must be > 0 bytes (" + rule + ")");
}

void RequireItems(const std::vector<std::string>& items, const std::string& field, const char* rule) {
  if (items.empty()) throw InvalidArgumentError(field + " must name at least one item (" + rule + ")");
  std::set<std::string> seen;
  for (size_t i = 0; i < items.size(); ++i) {
    RequireText(items[i], field + "[" + std::to_string(i) + "]", rule);
    if (!seen.insert(items[i]).second) {
      throw InvalidArgumentError(field + "[" + std::to_string(i) + "] \"" + items[i] + "\" is named twice");
    }
  }
}

// What a conditional entry's scope gives a consumer (A8; docs/sharing.md).
struct Coverage {
  bool comparison_only = false;
  std::vector<std::string> masked;
};

Coverage CheckCoverage(const CatalogEntry& e, const std::string& entry_label, const std::string& consumer,
                       const std::vector<std::string>& items) {
  const ShareAttribute& share = e.share;
  if (share.share_class == ShareClass::kNotShared) {
    throw InvalidArgumentError("entry " + entry_label + " is not shared (不予共享, A8); it cannot be applied for");
  }
  for (size_t i = 0; i < items.size(); ++i) {
    auto it = std::find_if(e.items.begin(), e.items.end(), [&](const DataItem& d) { return d.name == items[i]; });
    if (it == e.items.end()) {
      throw InvalidArgumentError("items[" + std::to_string(i) + "] \"" + items[i] + "\" is not an item of entry " +
                                 entry_label + " (A20: apply for items of the published entry)");
    }
    if (it->share_class == ShareClass::kNotShared) {
      throw InvalidArgumentError("items[" + std::to_string(i) + "] \"" + items[i] + "\" of entry " + entry_label +
                                 " is not shared (不予共享, A8)");
    }
  }
  Coverage c;
  for (const auto& name : items)
    if (Contains(share.scope.masked_items, name)) c.masked.push_back(name);
  if (share.share_class != ShareClass::kConditional) return c;
  const ShareScope& scope = share.scope;
  if (Contains(scope.departments, consumer)) return c;
  if (scope.comparison_only) {
    c.comparison_only = true;
    return c;
  }
  for (size_t i = 0; i < items.size(); ++i) {
    if (!Contains(scope.open_items, items[i]) && !Contains(scope.masked_items, items[i])) {
      throw InvalidArgumentError("items[" + std::to_string(i) + "] \"" + items[i] + "\": the share scope of entry " +
                                 entry_label + " (有条件共享) does not cover department " + consumer +
                                 "; only its items for all departments may be asked for (A8)");
    }
  }
  return c;
}

AuthorizationMode ModeOf(const CatalogEntry& e) {
  if (e.share.authorization_mode) return *e.share.authorization_mode;
  // Validation requires a mode for shared entries; an imported entry may lack it.
  if (e.share.share_class == ShareClass::kUnconditional && e.share.controlled_parameters.empty()) {
    return AuthorizationMode::kPlatformDirect;
  }
  return AuthorizationMode::kProviderDirect;
}

}  // namespace

std::string ToString(StepKind v) { return internal::EnumToName(kStepKindNames, v); }
std::string ToString(ApplicationStatus v) { return internal::EnumToName(kApplicationStatusNames, v); }
std::string ToString(AuthorizationStatus v) { return internal::EnumToName(kAuthorizationStatusNames, v); }
std::string ToString(RevocationGround v) { return internal::EnumToName(kRevocationGroundNames, v); }
std::string ToString(DemandStatus v) { return internal::EnumToName(kDemandStatusNames, v); }
std::string ToString(DemandAnswerKind v) { return internal::EnumToName(kDemandAnswerKindNames, v); }
std::string ToString(ObjectionStatus v) { return internal::EnumToName(kObjectionStatusNames, v); }
std::string ToString(DisputeSubject v) { return internal::EnumToName(kDisputeSubjectNames, v); }
std::string ToString(DisputeStatus v) { return internal::EnumToName(kDisputeStatusNames, v); }
std::string ChineseLabel(StepKind v) { return internal::EnumToLabel(kStepKindNames, v); }
std::string ChineseLabel(ApplicationStatus v) { return internal::EnumToLabel(kApplicationStatusNames, v); }
std::string ChineseLabel(AuthorizationStatus v) { return internal::EnumToLabel(kAuthorizationStatusNames, v); }
std::string ChineseLabel(RevocationGround v) { return internal::EnumToLabel(kRevocationGroundNames, v); }
std::string ChineseLabel(DemandStatus v) { return internal::EnumToLabel(kDemandStatusNames, v); }
std::string ChineseLabel(DemandAnswerKind v) { return internal::EnumToLabel(kDemandAnswerKindNames, v); }
std::string ChineseLabel(ObjectionStatus v) { return internal::EnumToLabel(kObjectionStatusNames, v); }
std::string ChineseLabel(DisputeSubject v) { return internal::EnumToLabel(kDisputeSubjectNames, v); }
std::string ChineseLabel(DisputeStatus v) { return internal::EnumToLabel(kDisputeStatusNames, v); }

// ---- the machinery shared by the operations below -----------------------------------------

// Sharing operations over Platform::Impl: case rows, steps, visibility.
class Sharing {
 public:
  explicit Sharing(Platform::Impl& impl) : p_(impl) {}

  storage::Storage& S() { return p_.S(); }

  SharingPolicy Policy() {
    const auto text = S().GetMeta(kMetaPolicy);
    if (!text) return SharingPolicy{};
    return json::parse(*text).get<SharingPolicy>();
  }

  std::string Bureau() {
    const auto codes = p_.BureauDepartments();
    if (codes.empty()) throw InvalidTransitionError("the platform is not initialized (no Big Data Bureau)");
    return codes.front();
  }

  // ---- cases ---------------------------------------------------------------------------

  CaseRow Load(CaseTable t, const char* kind, std::int64_t id) {
    auto row = S().FindCase(t, id);
    if (!row) throw NotFoundError(std::string(kind) + " " + std::to_string(id) + " does not exist");
    return *row;
  }

  static void CheckVersion(const CaseRow& row, const char* kind, std::int64_t expected) {
    if (row.row_version != expected) {
      throw ConflictError(std::string(kind) + " " + std::to_string(row.id) + " has changed (row_version " +
                          std::to_string(row.row_version) + ", the change was based on " +
                          std::to_string(expected) + "); read it again");
    }
  }

  // Writes the row with row_version + 1; a concurrent change is a conflict.
  void Store(CaseTable t, CaseRow& row, const char* kind) {
    const std::int64_t expected = row.row_version;
    row.row_version = expected + 1;
    if (!S().UpdateCase(t, row, expected)) {
      throw ConflictError(std::string(kind) + " " + std::to_string(row.id) + " was changed concurrently");
    }
  }

  std::string Digest(const CaseRow& row) {
    return p_.DigestOf(std::to_string(row.id) + "|" + row.status + "|" + std::to_string(row.row_version) + "|" +
                       row.consumer_code + "|" + row.provider_code + "|" + row.body);
  }

  // ---- steps ---------------------------------------------------------------------------

  // A statutory deadline; a year not loaded yet makes it provisional, never
  // refused (Platform::Impl::LegalDeadline).
  Deadline DueAfter(std::int64_t event, DeadlineRule rule) { return p_.LegalDeadline(event, rule); }

  // Opens a step due `rule` after `counted_from` (unix seconds) and returns
  // its deadline; the rule and the event are stored with it so that a
  // provisional deadline can be recomputed when its year is loaded.
  Deadline OpenStep(StepKind kind, const std::string& object, const std::string& department,
                    std::int64_t counted_from, DeadlineRule rule) {
    const Deadline due = DueAfter(counted_from, rule);
    StepRow r;
    r.kind = kind;
    r.object = object;
    r.department_code = department;
    r.started_at = p_.NowSeconds();
    r.due = due.due.ToIso();
    r.calendar_version = due.calendar_version;
    r.provisional = due.provisional;
    r.counted_from = counted_from;
    r.rule = rule;
    S().InsertStep(r);
    return due;
  }

  // Completes the pending step of `kind` on `object`; `judged_by` replaces
  // the deadline the completion is judged by (A25: the answer decides it).
  void CompleteStep(const std::string& object, StepKind kind, const std::string& user,
                    const std::string& outcome, const std::optional<Deadline>& judged_by = std::nullopt) {
    for (StepRow r : S().StepsOf(object)) {
      if (r.kind != kind || r.completed_at) continue;
      if (judged_by) {
        r.due = judged_by->due.ToIso();
        r.calendar_version = judged_by->calendar_version;
        r.provisional = judged_by->provisional;
      }
      r.completed_at = p_.NowSeconds();
      r.completed_by = user;
      r.outcome = outcome;
      r.on_time = !(LocalDateTime::FromIso(r.due) < LocalDateTime::FromUnixSeconds(*r.completed_at));
      S().UpdateStep(r);
      return;
    }
  }

  ProcessStep ToStep(const StepRow& r) {
    ProcessStep s;
    s.id = r.id;
    s.kind = r.kind;
    s.object = r.object;
    s.department_code = r.department_code;
    s.started_at = LocalDateTime::FromUnixSeconds(r.started_at);
    s.due.due = LocalDateTime::FromIso(r.due);
    s.due.calendar_version = r.calendar_version;
    s.due.provisional = r.provisional;
    if (r.completed_at) s.completed_at = LocalDateTime::FromUnixSeconds(*r.completed_at);
    s.completed_by = r.completed_by;
    s.outcome = r.outcome;
    s.on_time = r.on_time.value_or(false);
    s.overdue = !r.completed_at && s.due.due < p_.Now();
    return s;
  }

  std::vector<ProcessStep> StepsOf(const std::string& object) {
    std::vector<ProcessStep> out;
    for (const auto& r : S().StepsOf(object)) out.push_back(ToStep(r));
    return out;
  }

  // ---- who sees what -------------------------------------------------------------------

  // Authorizes reading one case with parties `consumer` and `provider`.
  Platform::Impl::Actor AuthorizeRead(const std::string& actor, const std::string& consumer,
                                      const std::string& provider, const std::string& object) {
    auto a = p_.LoadActor(actor, Action::kReadSharing, object);
    if (Platform::Impl::SeesAllCases(a)) return a;
    if (Platform::Impl::Allowed(a, Action::kReadSharing, consumer) ||
        Platform::Impl::Allowed(a, Action::kReadSharing, provider)) {
      return a;
    }
    throw Denied{actor, a.user.department_code, Action::kReadSharing, object,
                 a.department.name + " is not a party to " + object};
  }

  // The department a listing is for: `requested` or, empty, everything the
  // actor sees ("" = all for the bureau and auditors, else the own one).
  std::string ListingScope(const std::string& actor, const std::string& requested) {
    auto a = p_.LoadActor(actor, Action::kReadSharing, requested.empty() ? "" : "department:" + requested);
    if (Platform::Impl::SeesAllCases(a)) return requested;
    if (!Platform::Impl::Allowed(a, Action::kReadSharing, requested.empty() ? a.user.department_code : requested)) {
      throw Denied{actor, a.user.department_code, Action::kReadSharing, "department:" + requested,
                   "a department reads only its own cases"};
    }
    return a.user.department_code;
  }

  // One case the actor may read, converted.
  template <typename Convert>
  auto GetCase(const std::string& actor, CaseTable t, const char* kind, const char* object_kind, std::int64_t id,
               Convert convert) {
    const CaseRow row = Load(t, kind, id);
    AuthorizeRead(actor, row.consumer_code, row.provider_code, Obj(object_kind, id));
    return convert(row);
  }

  // The cases of a department (or all the actor sees), converted.
  template <typename Convert>
  auto ListCases(const std::string& actor, const std::string& department, CaseTable t, Convert convert) {
    const std::string scope = ListingScope(actor, department);
    std::vector<decltype(convert(std::declval<const CaseRow&>()))> out;
    for (const auto& row : S().ListCases(t, scope, std::nullopt)) out.push_back(convert(row));
    return out;
  }

  // ---- conversions ---------------------------------------------------------------------

  Application ToApplication(const CaseRow& row) {
    Application x = json::parse(row.body).get<Application>();
    x.id = row.id;
    x.row_version = row.row_version;
    x.status = EnumFromStoredName(row.status, ApplicationStatus::kRefused);
    x.consumer_code = row.consumer_code;
    x.provider_code = row.provider_code;
    x.steps = StepsOf(Obj("application", row.id));
    return x;
  }

  // The status as of Now(): an active authorization past its period reads
  // as expired (A26).
  AuthorizationStatus EffectiveStatus(const Authorization& z) {
    if (z.status == AuthorizationStatus::kActive && z.valid_until < p_.Now().date) {
      return AuthorizationStatus::kExpired;
    }
    return z.status;
  }

  Authorization ToAuthorization(const CaseRow& row) {
    Authorization z = json::parse(row.body).get<Authorization>();
    z.id = row.id;
    z.row_version = row.row_version;
    z.status = EnumFromStoredName(row.status, AuthorizationStatus::kSuspended);
    z.consumer_code = row.consumer_code;
    z.provider_code = row.provider_code;
    z.entry_id = row.entry_id.value_or(0);
    if (const auto used = S().LastUsed(row.id)) z.last_used = LocalDateTime::FromUnixSeconds(*used);
    z.status = EffectiveStatus(z);
    return z;
  }

  DemandRequest ToDemand(const CaseRow& row) {
    DemandRequest d = json::parse(row.body).get<DemandRequest>();
    d.id = row.id;
    d.row_version = row.row_version;
    d.status = EnumFromStoredName(row.status, DemandStatus::kFulfilled);
    d.requester_code = row.consumer_code;
    d.request.target_code = row.provider_code;
    d.fulfilled_entry_id = row.entry_id.value_or(0);
    d.steps = StepsOf(Obj("demand", row.id));
    return d;
  }

  Objection ToObjection(const CaseRow& row) {
    Objection o = json::parse(row.body).get<Objection>();
    o.id = row.id;
    o.row_version = row.row_version;
    o.status = EnumFromStoredName(row.status, ObjectionStatus::kRejected);
    o.consumer_code = row.consumer_code;
    o.provider_code = row.provider_code;
    o.objection.entry_id = row.entry_id.value_or(0);
    o.steps = StepsOf(Obj("objection", row.id));
    return o;
  }

  Dispute ToDispute(const CaseRow& row) {
    Dispute d = json::parse(row.body).get<Dispute>();
    d.id = row.id;
    d.row_version = row.row_version;
    d.status = EnumFromStoredName(row.status, DisputeStatus::kResolved);
    d.consumer_code = row.consumer_code;
    d.provider_code = row.provider_code;
    return d;
  }

  // The live content of a published entry (applications, objections).
  std::pair<EntryRow, CatalogEntry> LiveEntry(std::int64_t entry_id, const char* why) {
    EntryRow e = p_.LoadEntry(entry_id);
    if (e.status != EntryStatus::kPublished || !e.live_version) {
      throw InvalidTransitionError("entry " + std::to_string(entry_id) + " is " + ToString(e.status) +
                                   "; " + why);
    }
    return {e, EntryFromJson(p_.LoadVersion(e, *e.live_version).content)};
  }

  // Active authorizations of consumers (not platform-wide) on an entry.
  std::vector<Authorization> ActiveOnEntry(std::int64_t entry_id) {
    std::vector<Authorization> out;
    for (const auto& row : S().ListCases(CaseTable::kAuthorizations, "", entry_id)) {
      Authorization z = ToAuthorization(row);
      if (z.status == AuthorizationStatus::kActive && !z.platform_wide) out.push_back(std::move(z));
    }
    return out;
  }

  // The date the non-use period (A26) counts from, and whether it has run:
  // more than 3 months since the last use (or the grant) means the month
  // anniversary lies before today.
  bool UnusedTooLong(const Authorization& z) {
    const LocalDateTime since = z.last_used ? *z.last_used : z.granted_at;
    return AddMonths(since.date, 3) < p_.Now().date;
  }

  Platform::Impl& p_;
};

namespace {

CaseRow NewRow(const std::string& status, const std::string& consumer, const std::string& provider,
               std::optional<std::int64_t> entry_id, std::int64_t now, const json& body) {
  CaseRow row;
  row.row_version = 1;
  row.status = status;
  row.consumer_code = consumer;
  row.provider_code = provider;
  row.entry_id = entry_id;
  row.created_at = now;
  row.body = body.dump();
  return row;
}

}  // namespace

// ---- policy --------------------------------------------------------------------------------

SharingPolicy Platform::Policy() const {
  return impl_->Read([&] { return Sharing(*impl_).Policy(); });
}

void Platform::SetPolicy(const std::string& actor, const SharingPolicy& policy) {
  auto check = [](int v, const char* field, const char* article) {
    if (v < 1 || v > 60) {
      throw InvalidArgumentError(std::string(field) + " must be 1..60 working days (" + article + ", got " +
                                 std::to_string(v) + ")");
    }
  };
  check(policy.demand_not_in_duties_days, "demand_not_in_duties_days", "A25 及时告知");
  check(policy.objection_check_days, "objection_check_days", "A29 及时校核");
  impl_->Write([&] {
    auto a = impl_->Authorize(actor, Action::kSetPolicy, "", "policy");
    Sharing sh(*impl_);
    const std::string before = json(sh.Policy()).dump();
    const std::string after = json(policy).dump();
    impl_->S().SetMeta(kMetaPolicy, after);
    impl_->Audit(a, "policy.set", "policy", impl_->DigestOf(before), impl_->DigestOf(after), after);
  });
}

// ---- applications (A18–A23) ----------------------------------------------------------------

Application Platform::Apply(const std::string& actor, const ApplicationRequest& request) {
  RequireItems(request.items, "items", "A20");
  RequireText(request.purpose, "purpose", "A20: the use the data serves (根据履职需要)");
  RequireText(request.legal_duty, "legal_duty", "A20: the legal duty (履职依据)");
  RequireScan(request.scan, "scan", "A20");
  if (!request.valid_from.IsValid() || !request.valid_until.IsValid()) {
    throw InvalidArgumentError("valid_from and valid_until must be calendar dates (A26: the validity period)");
  }
  if (request.valid_until < request.valid_from) {
    throw InvalidArgumentError("valid_until " + request.valid_until.ToIso() + " is before valid_from " +
                               request.valid_from.ToIso() + " (A26)");
  }
  return impl_->Write([&] {
    auto a = impl_->Authorize(actor, Action::kApply, "", Obj("entry", request.entry_id));
    Sharing sh(*impl_);
    auto [e, content] = sh.LiveEntry(request.entry_id, "only a published entry can be applied for (A20)");
    const std::string label = e.code.empty() ? std::to_string(e.id) : e.code;
    const std::string consumer = a.user.department_code;
    if (e.provider_code == consumer) {
      throw InvalidArgumentError("entry_id " + std::to_string(e.id) + ": entry " + label +
                                 " is the department's own resource; no application is needed (A17)");
    }
    if (request.valid_until < impl_->Now().date) {
      throw InvalidArgumentError("valid_until " + request.valid_until.ToIso() + " is already past (A26)");
    }
    CheckCoverage(content, label, consumer, request.items);
    const auto& methods = content.share.methods;
    if (std::find(methods.begin(), methods.end(), request.method) == methods.end()) {
      throw InvalidArgumentError("method " + ToString(request.method) + " is not offered by entry " + label +
                                 " (A13: its share methods)");
    }
    if (request.renewal_of != 0) {
      auto old = impl_->S().FindCase(CaseTable::kAuthorizations, request.renewal_of);
      if (!old || old->consumer_code != consumer || old->entry_id != e.id) {
        throw InvalidArgumentError("renewal_of " + std::to_string(request.renewal_of) +
                                   " is not an authorization of this department on entry " + label + " (A26)");
      }
    }
    Application x;
    x.applicant = a.user.id;
    x.entry_code = e.code;
    x.request = request;
    x.mode = ModeOf(content);
    x.authority_code = x.mode == AuthorizationMode::kProviderDirect ? e.provider_code : sh.Bureau();
    x.submitted_at = impl_->Now();
    CaseRow row = NewRow(ToString(ApplicationStatus::kSubmitted), consumer, e.provider_code, e.id,
                         impl_->NowSeconds(), json(x));
    row.id = impl_->S().InsertCase(CaseTable::kApplications, row);
    const std::string object = Obj("application", row.id);
    // A21: the bureau checks the form within 1 working day.
    const Deadline due =
        sh.OpenStep(StepKind::kFormCheck, object, sh.Bureau(), impl_->NowSeconds(), {DeadlineUnit::kWorkingDays, 1});
    impl_->Notify(NoticeKind::kApplication, sh.Bureau(), e.id,
                  a.department.name + " 申请使用 " + content.name + "，请于 " + due.due.date.ToIso() +
                      " 前完成申请材料规范性审查 (A21)",
                  object);
    impl_->Audit(a, "application.submit", object, "", sh.Digest(row), request.purpose);
    return sh.ToApplication(row);
  });
}

namespace {

// Loads an application in `required` state for a step, or refuses.
CaseRow LoadApplication(Sharing& sh, std::int64_t id, std::int64_t row_version, ApplicationStatus required,
                        const char* what) {
  CaseRow row = sh.Load(CaseTable::kApplications, "application", id);
  Sharing::CheckVersion(row, "application", row_version);
  if (row.status != ToString(required)) {
    throw InvalidTransitionError("application " + std::to_string(id) + " is " + row.status + "; " + what);
  }
  return row;
}

}  // namespace

Application Platform::AcceptApplication(const std::string& actor, std::int64_t application_id,
                                        std::int64_t row_version) {
  return impl_->Write([&] {
    const std::string object = Obj("application", application_id);
    auto a = impl_->Authorize(actor, Action::kCheckApplication, "", object);
    Sharing sh(*impl_);
    CaseRow row = LoadApplication(sh, application_id, row_version, ApplicationStatus::kSubmitted,
                                  "only a submitted application can be accepted (A21)");
    const std::string before = sh.Digest(row);
    Application x = sh.ToApplication(row);
    sh.CompleteStep(object, StepKind::kFormCheck, a.user.id, "accepted");
    row.status = ToString(ApplicationStatus::kAccepted);
    sh.Store(CaseTable::kApplications, row, "application");
    // A22: the provider decides within 10 working days; A23: the bureau
    // within 2 working days of acceptance.
    const bool provider_decides = x.mode == AuthorizationMode::kProviderDirect;
    const Deadline due = sh.OpenStep(provider_decides ? StepKind::kProviderDecision : StepKind::kPlatformDecision,
                                     object, x.authority_code, impl_->NowSeconds(),
                                     {DeadlineUnit::kWorkingDays, provider_decides ? 10 : 2});
    impl_->Notify(NoticeKind::kApplication, x.consumer_code, x.request.entry_id,
                  "使用申请 " + std::to_string(x.id) + " 已受理 (A21)", object);
    if (provider_decides) {
      impl_->Notify(NoticeKind::kApplication, x.provider_code, x.request.entry_id,
                    "请于 " + due.due.date.ToIso() + " 前完成使用申请 " + std::to_string(x.id) +
                        " 的授权审核 (A22)",
                    object);
    }
    impl_->Audit(a, "application.accept", object, before, sh.Digest(row), "");
    return sh.ToApplication(row);
  });
}

Application Platform::DeclineApplication(const std::string& actor, std::int64_t application_id,
                                         std::int64_t row_version, const std::string& reason) {
  RequireText(reason, "reason", "A21: 不予受理的，应当说明理由");
  return impl_->Write([&] {
    const std::string object = Obj("application", application_id);
    auto a = impl_->Authorize(actor, Action::kCheckApplication, "", object);
    Sharing sh(*impl_);
    CaseRow row = LoadApplication(sh, application_id, row_version, ApplicationStatus::kSubmitted,
                                  "only a submitted application can be declined (A21)");
    const std::string before = sh.Digest(row);
    Application x = sh.ToApplication(row);
    x.reason = reason;
    sh.CompleteStep(object, StepKind::kFormCheck, a.user.id, "not_accepted");
    row.status = ToString(ApplicationStatus::kNotAccepted);
    row.body = json(x).dump();
    sh.Store(CaseTable::kApplications, row, "application");
    impl_->Notify(NoticeKind::kApplication, x.consumer_code, x.request.entry_id,
                  "使用申请 " + std::to_string(x.id) + " 不予受理：" + reason + " (A21)", object);
    impl_->Audit(a, "application.decline", object, before, sh.Digest(row), reason);
    return sh.ToApplication(row);
  });
}

namespace {

// Authorizes the deciding authority of an application (A18, A22, A23).
Platform::Impl::Actor AuthorizeDecision(Platform::Impl& p, const std::string& actor, const Application& x,
                                        const std::string& object) {
  if (x.mode == AuthorizationMode::kProviderDirect) {
    return p.Authorize(actor, Action::kDecideAsProvider, x.provider_code, object);
  }
  return p.Authorize(actor, Action::kDecideAsPlatform, "", object);
}

// The active platform-wide grant on an entry (A18 整体授权), if any.
std::optional<Authorization> PlatformGrant(Sharing& sh, std::int64_t entry_id) {
  for (const auto& row : sh.S().ListCases(CaseTable::kAuthorizations, "", entry_id)) {
    Authorization z = sh.ToAuthorization(row);
    if (z.platform_wide && z.status == AuthorizationStatus::kActive) return z;
  }
  return std::nullopt;
}

}  // namespace

Application Platform::GrantApplication(const std::string& actor, std::int64_t application_id,
                                       std::int64_t row_version, const GrantTerms& terms) {
  if (!internal::IsValidUtf8(terms.conditions)) throw InvalidArgumentError("conditions is not valid UTF-8");
  return impl_->Write([&] {
    const std::string object = Obj("application", application_id);
    Sharing sh(*impl_);
    CaseRow row = sh.Load(CaseTable::kApplications, "application", application_id);
    Application x = sh.ToApplication(row);
    auto a = AuthorizeDecision(*impl_, actor, x, object);
    row = LoadApplication(sh, application_id, row_version, ApplicationStatus::kAccepted,
                          "only an accepted application can be granted (A22, A23)");
    const std::string before = sh.Digest(row);
    // The entry as published now: its scope decides masking and comparison.
    auto [e, content] = sh.LiveEntry(x.request.entry_id, "a withdrawn entry cannot be granted (A16)");
    const std::string label = e.code;
    std::vector<std::string> items = terms.items.empty() ? x.request.items : terms.items;
    for (size_t i = 0; i < items.size(); ++i) {
      if (!Contains(x.request.items, items[i])) {
        throw InvalidArgumentError("terms.items[" + std::to_string(i) + "] \"" + items[i] +
                                   "\" was not applied for; a grant gives at most the items requested (A22)");
      }
    }
    RequireItems(items, "terms.items", "A22");
    const Coverage cov = CheckCoverage(content, label, x.consumer_code, items);
    const Date from = terms.valid_from.value_or(x.request.valid_from);
    const Date until = terms.valid_until.value_or(x.request.valid_until);
    if (!from.IsValid() || !until.IsValid() || until < from) {
      throw InvalidArgumentError("terms: valid_until must not be before valid_from (A26)");
    }
    if (until < impl_->Now().date) throw InvalidArgumentError("terms.valid_until " + until.ToIso() + " is already past (A26)");
    if (x.mode == AuthorizationMode::kProviderToPlatform) {
      // A18: the bureau grants within the provider's grant to the platform.
      const auto wide = PlatformGrant(sh, e.id);
      if (!wide) {
        throw InvalidTransitionError("entry " + label + " is granted by the provider to the platform as a whole (A18), "
                                     "and the provider has not granted it yet (GrantPlatform)");
      }
      for (size_t i = 0; i < items.size(); ++i) {
        if (!Contains(wide->items, items[i])) {
          throw InvalidArgumentError("items[" + std::to_string(i) + "] \"" + items[i] +
                                     "\" is outside the provider's grant to the platform (A18)");
        }
      }
      if (std::find(wide->methods.begin(), wide->methods.end(), x.request.method) == wide->methods.end()) {
        throw InvalidArgumentError("method " + ToString(x.request.method) +
                                   " is outside the provider's grant to the platform (A18)");
      }
      if (from < wide->valid_from || wide->valid_until < until) {
        throw InvalidArgumentError("terms: the period " + from.ToIso() + ".." + until.ToIso() +
                                   " is outside the provider's grant to the platform (" + wide->valid_from.ToIso() +
                                   ".." + wide->valid_until.ToIso() + ", A18)");
      }
    }
    Authorization z;
    z.entry_code = e.code;
    z.items = items;
    z.methods = {x.request.method};
    z.conditions = terms.conditions.empty() ? content.share.conditions : terms.conditions;
    z.masked_items = cov.masked;
    z.comparison_only = cov.comparison_only;
    z.valid_from = from;
    z.valid_until = until;
    z.mode = x.mode;
    z.granted_by_department = a.user.department_code;
    z.granted_by = a.user.id;
    z.granted_at = impl_->Now();
    z.application_id = x.id;
    z.renewal_of = x.request.renewal_of;
    z.seasonal = terms.seasonal.value_or(x.request.seasonal);
    CaseRow zrow = NewRow(ToString(AuthorizationStatus::kActive), x.consumer_code, x.provider_code, e.id,
                          impl_->NowSeconds(), json(z));
    zrow.id = impl_->S().InsertCase(CaseTable::kAuthorizations, zrow);
    x.authorization_id = zrow.id;
    const StepKind step = x.mode == AuthorizationMode::kProviderDirect ? StepKind::kProviderDecision
                                                                       : StepKind::kPlatformDecision;
    sh.CompleteStep(object, step, a.user.id, "granted");
    row.status = ToString(ApplicationStatus::kGranted);
    row.body = json(x).dump();
    sh.Store(CaseTable::kApplications, row, "application");
    const std::string period = from.ToIso() + " 至 " + until.ToIso();
    // A19: the bureau answers the result; A23: pushed to the provider.
    impl_->Notify(NoticeKind::kApplication, x.consumer_code, e.id,
                  "使用申请 " + std::to_string(x.id) + " 已授权，授权期限 " + period, object);
    if (x.mode != AuthorizationMode::kProviderDirect) {
      impl_->Notify(NoticeKind::kAuthorization, x.provider_code, e.id,
                    "平台已授权 " + x.consumer_code + " 使用 " + content.name + "，授权期限 " + period + " (A23)",
                    Obj("authorization", zrow.id));
    } else {
      impl_->Notify(NoticeKind::kAuthorization, sh.Bureau(), e.id,
                    "提供部门已授权使用申请 " + std::to_string(x.id) + " (A19)", Obj("authorization", zrow.id));
    }
    impl_->Audit(a, "authorization.grant", Obj("authorization", zrow.id), "", sh.Digest(zrow), object);
    impl_->Audit(a, "application.grant", object, before, sh.Digest(row), "");
    return sh.ToApplication(row);
  });
}

Application Platform::RefuseApplication(const std::string& actor, std::int64_t application_id,
                                        std::int64_t row_version, const std::string& reason) {
  RequireText(reason, "reason", "A22, A23: 不予授权的，应说明具体理由");
  return impl_->Write([&] {
    const std::string object = Obj("application", application_id);
    Sharing sh(*impl_);
    CaseRow row = sh.Load(CaseTable::kApplications, "application", application_id);
    Application x = sh.ToApplication(row);
    auto a = AuthorizeDecision(*impl_, actor, x, object);
    row = LoadApplication(sh, application_id, row_version, ApplicationStatus::kAccepted,
                          "only an accepted application can be refused (A22, A23)");
    const std::string before = sh.Digest(row);
    x.reason = reason;
    const StepKind step = x.mode == AuthorizationMode::kProviderDirect ? StepKind::kProviderDecision
                                                                       : StepKind::kPlatformDecision;
    sh.CompleteStep(object, step, a.user.id, "refused");
    row.status = ToString(ApplicationStatus::kRefused);
    row.body = json(x).dump();
    sh.Store(CaseTable::kApplications, row, "application");
    impl_->Notify(NoticeKind::kApplication, x.consumer_code, x.request.entry_id,
                  "使用申请 " + std::to_string(x.id) + " 不予授权：" + reason, object);
    if (x.mode != AuthorizationMode::kProviderDirect) {
      impl_->Notify(NoticeKind::kApplication, x.provider_code, x.request.entry_id,
                    "平台对使用申请 " + std::to_string(x.id) + " 不予授权：" + reason + " (A23)", object);
    }
    impl_->Audit(a, "application.refuse", object, before, sh.Digest(row), reason);
    return sh.ToApplication(row);
  });
}

Application Platform::GetApplication(const std::string& actor, std::int64_t application_id) const {
  return impl_->Read([&] {
    Sharing sh(*impl_);
    return sh.GetCase(actor, CaseTable::kApplications, "application", "application", application_id,
                      [&](const CaseRow& row) { return sh.ToApplication(row); });
  });
}

std::vector<Application> Platform::Applications(const std::string& actor, const std::string& department_code) const {
  return impl_->Read([&] {
    Sharing sh(*impl_);
    return sh.ListCases(actor, department_code, CaseTable::kApplications,
                        [&](const CaseRow& row) { return sh.ToApplication(row); });
  });
}

// ---- authorizations (A18, A26, A28, A30) -----------------------------------------------------

Authorization Platform::GrantPlatform(const std::string& actor, std::int64_t entry_id, const GrantTerms& terms) {
  if (!internal::IsValidUtf8(terms.conditions)) throw InvalidArgumentError("conditions is not valid UTF-8");
  return impl_->Write([&] {
    Sharing sh(*impl_);
    EntryRow probe = impl_->LoadEntry(entry_id);
    auto a = impl_->Authorize(actor, Action::kDecideAsProvider, probe.provider_code, Obj("entry", entry_id));
    auto [e, content] = sh.LiveEntry(entry_id, "only a published entry can be granted to the platform (A18)");
    if (ModeOf(content) != AuthorizationMode::kProviderToPlatform) {
      throw InvalidTransitionError("entry " + e.code + " has authorization mode " + ToString(ModeOf(content)) +
                                   "; only a provider_to_platform entry is granted to the platform as a whole (A18)");
    }
    if (PlatformGrant(sh, entry_id)) {
      throw InvalidTransitionError("entry " + e.code + " already has an active grant to the platform (A18); "
                                   "revoke it before granting again");
    }
    std::vector<std::string> items = terms.items;
    if (items.empty()) {
      for (const auto& d : content.items)
        if (d.share_class != ShareClass::kNotShared) items.push_back(d.name);
    }
    RequireItems(items, "terms.items", "A18");
    const Coverage cov = CheckCoverage(content, e.code, sh.Bureau(), items);
    const Date from = terms.valid_from.value_or(impl_->Now().date);
    if (!terms.valid_until) throw InvalidArgumentError("terms.valid_until is required for a grant to the platform (A26)");
    const Date until = *terms.valid_until;
    if (until < from) throw InvalidArgumentError("terms: valid_until must not be before valid_from (A26)");
    Authorization z;
    z.entry_code = e.code;
    z.items = items;
    z.methods = content.share.methods;
    z.conditions = terms.conditions.empty() ? content.share.conditions : terms.conditions;
    z.masked_items = cov.masked;
    z.valid_from = from;
    z.valid_until = until;
    z.mode = AuthorizationMode::kProviderToPlatform;
    z.granted_by_department = a.user.department_code;
    z.granted_by = a.user.id;
    z.granted_at = impl_->Now();
    z.seasonal = terms.seasonal.value_or(false);
    z.platform_wide = true;
    CaseRow row = NewRow(ToString(AuthorizationStatus::kActive), sh.Bureau(), e.provider_code, e.id,
                         impl_->NowSeconds(), json(z));
    row.id = impl_->S().InsertCase(CaseTable::kAuthorizations, row);
    impl_->Notify(NoticeKind::kAuthorization, sh.Bureau(), e.id,
                  a.department.name + " 已将 " + content.name + " 整体授权给平台 (A18)", Obj("authorization", row.id));
    impl_->Audit(a, "authorization.grant_platform", Obj("authorization", row.id), "", sh.Digest(row), "");
    return sh.ToAuthorization(row);
  });
}

Authorization Platform::GetAuthorization(const std::string& actor, std::int64_t authorization_id) const {
  return impl_->Read([&] {
    Sharing sh(*impl_);
    return sh.GetCase(actor, CaseTable::kAuthorizations, "authorization", "authorization", authorization_id,
                      [&](const CaseRow& row) { return sh.ToAuthorization(row); });
  });
}

std::vector<Authorization> Platform::Authorizations(const std::string& actor, const std::string& department_code) const {
  return impl_->Read([&] {
    Sharing sh(*impl_);
    return sh.ListCases(actor, department_code, CaseTable::kAuthorizations,
                        [&](const CaseRow& row) { return sh.ToAuthorization(row); });
  });
}

Authorization Platform::RecordUse(const std::string& actor, std::int64_t authorization_id) {
  return impl_->Write([&] {
    Sharing sh(*impl_);
    const std::string object = Obj("authorization", authorization_id);
    CaseRow row = sh.Load(CaseTable::kAuthorizations, "authorization", authorization_id);
    auto a = impl_->Authorize(actor, Action::kUseData, row.consumer_code, object);
    Authorization z = sh.ToAuthorization(row);
    if (z.status != AuthorizationStatus::kActive) {
      throw InvalidTransitionError("authorization " + std::to_string(z.id) + " is " + ToString(z.status) +
                                   "; only an active authorization can be used (A26, A30)");
    }
    if (impl_->Now().date < z.valid_from) {
      throw InvalidTransitionError("authorization " + std::to_string(z.id) + " is valid from " +
                                   z.valid_from.ToIso() + " (A26)");
    }
    // A use is not a change of the authorization: it goes to the usage log
    // (A28 日志审计) and moves the last use (A26), not the row version.
    storage::UsageRow u;
    u.time = impl_->NowSeconds();
    u.user_id = a.user.id;
    u.consumer_code = row.consumer_code;
    u.entry_id = z.entry_id;
    u.authorization_id = z.id;
    u.kind = "use";
    u.items = json(z.items).dump();
    u.method = z.methods.empty() ? "" : ToString(z.methods.front());
    u.purpose = "";
    u.allowed = true;
    u.outcome = "allowed";
    impl_->S().AppendUsage({u});
    return sh.ToAuthorization(row);
  });
}

std::vector<Authorization> Platform::RevocableForNonUse(const std::string& actor,
                                                        const std::string& provider_code) const {
  return impl_->Read([&] {
    Sharing sh(*impl_);
    const std::string scope = sh.ListingScope(actor, provider_code);
    std::vector<Authorization> out;
    for (const auto& row : impl_->S().ListCases(CaseTable::kAuthorizations, scope, std::nullopt)) {
      if (!scope.empty() && row.provider_code != scope) continue;
      Authorization z = sh.ToAuthorization(row);
      if (z.status == AuthorizationStatus::kActive && !z.seasonal && !z.platform_wide && sh.UnusedTooLong(z)) {
        out.push_back(std::move(z));
      }
    }
    return out;
  });
}

namespace {

// Changes an authorization's status with a reason, notifies the consumer,
// audits. `allowed_from` lists the statuses the change may start from.
Authorization ChangeStatus(Platform::Impl& p, const std::string& actor, std::int64_t id, std::int64_t row_version,
                           AuthorizationStatus to, std::vector<AuthorizationStatus> allowed_from,
                           const std::string& reason, const char* audit_action, const char* article,
                           std::optional<RevocationGround> ground) {
  return p.Write([&] {
    Sharing sh(p);
    const std::string object = Obj("authorization", id);
    CaseRow row = sh.Load(CaseTable::kAuthorizations, "authorization", id);
    auto a = p.Authorize(actor, Action::kManageAuthorization, row.provider_code, object);
    Sharing::CheckVersion(row, "authorization", row_version);
    Authorization z = sh.ToAuthorization(row);
    if (std::find(allowed_from.begin(), allowed_from.end(), z.status) == allowed_from.end()) {
      throw InvalidTransitionError("authorization " + std::to_string(id) + " is " + ToString(z.status) + "; it cannot be " +
                                   ToString(to) + " (" + article + ")");
    }
    if (ground == RevocationGround::kNonUse) {
      if (a.user.department_code != row.provider_code) {
        throw Denied{actor, a.user.department_code, Action::kManageAuthorization, object,
                     "only the provider revokes for non-use (A26 提供部门可视情收回授权)"};
      }
      if (z.seasonal) {
        throw InvalidTransitionError("authorization " + std::to_string(id) +
                                     " is for a seasonal use; it is not revoked for non-use (A26)");
      }
      if (!sh.UnusedTooLong(z)) {
        throw InvalidTransitionError("authorization " + std::to_string(id) +
                                     " has been used within the last 3 months (or granted then); it is not revocable "
                                     "for non-use (A26)");
      }
    }
    const std::string before = sh.Digest(row);
    z.status = to;
    z.status_reason = reason;
    z.status_changed_at = p.Now();
    row.status = ToString(to);
    row.body = json(z).dump();
    sh.Store(CaseTable::kAuthorizations, row, "authorization");
    p.Notify(NoticeKind::kAuthorization, row.consumer_code, z.entry_id,
             "授权 " + std::to_string(id) + "（" + z.entry_code + "）" + ChineseLabel(to) + "：" + reason + " (" +
                 article + ")",
             object);
    if (a.user.department_code != row.provider_code) {
      p.Notify(NoticeKind::kAuthorization, row.provider_code, z.entry_id,
               "授权 " + std::to_string(id) + " " + ChineseLabel(to) + "：" + reason, object);
    }
    p.Audit(a, audit_action, object, before, sh.Digest(row),
            (ground ? ToString(*ground) + ": " : std::string()) + reason);
    return sh.ToAuthorization(row);
  });
}

}  // namespace

Authorization Platform::Revoke(const std::string& actor, std::int64_t authorization_id, std::int64_t row_version,
                               RevocationGround ground, const std::string& reason) {
  RequireText(reason, "reason", "A26, A28: a revocation states its reason");
  if (ground != RevocationGround::kNonUse && ground != RevocationGround::kBreach) {
    throw InvalidArgumentError("ground must be non_use (A26) or breach (A28, A30)");
  }
  return ChangeStatus(*impl_, actor, authorization_id, row_version, AuthorizationStatus::kRevoked,
                      {AuthorizationStatus::kActive, AuthorizationStatus::kSuspended}, reason, "authorization.revoke",
                      ground == RevocationGround::kNonUse ? "A26" : "A28, A30", ground);
}

Authorization Platform::Suspend(const std::string& actor, std::int64_t authorization_id, std::int64_t row_version,
                                const std::string& reason) {
  RequireText(reason, "reason", "A28, A30: a suspension states its reason");
  return ChangeStatus(*impl_, actor, authorization_id, row_version, AuthorizationStatus::kSuspended,
                      {AuthorizationStatus::kActive}, reason, "authorization.suspend", "A28, A30", std::nullopt);
}

Authorization Platform::Reinstate(const std::string& actor, std::int64_t authorization_id, std::int64_t row_version,
                                  const std::string& reason) {
  RequireText(reason, "reason", "A28: a reinstatement states its reason");
  return ChangeStatus(*impl_, actor, authorization_id, row_version, AuthorizationStatus::kActive,
                      {AuthorizationStatus::kSuspended}, reason, "authorization.reinstate", "A28", std::nullopt);
}

std::vector<Authorization> Platform::ExpireAuthorizations(const std::string& actor) {
  return impl_->Write([&] {
    auto a = impl_->Authorize(actor, Action::kManageAuthorization, "", "authorizations");
    if (a.department.level != DepartmentLevel::kBureau) {
      throw Denied{actor, a.user.department_code, Action::kManageAuthorization, "authorizations",
                   "the bureau records expiries for the whole platform (A26)"};
    }
    Sharing sh(*impl_);
    std::vector<Authorization> out;
    for (CaseRow row : impl_->S().ListCases(CaseTable::kAuthorizations, "", std::nullopt)) {
      if (row.status != ToString(AuthorizationStatus::kActive)) continue;
      Authorization z = sh.ToAuthorization(row);
      if (z.status != AuthorizationStatus::kExpired) continue;
      const std::string before = sh.Digest(row);
      z.status_reason = "授权期限已于 " + z.valid_until.ToIso() + " 届满，需重新申请";
      z.status_changed_at = impl_->Now();
      row.status = ToString(AuthorizationStatus::kExpired);
      row.body = json(z).dump();
      sh.Store(CaseTable::kAuthorizations, row, "authorization");
      const std::string object = Obj("authorization", row.id);
      impl_->Notify(NoticeKind::kAuthorization, row.consumer_code, z.entry_id,
                    "授权 " + std::to_string(row.id) + "（" + z.entry_code + "）已到期，期满后需重新申请 (A26)", object);
      impl_->Audit(a, "authorization.expire", object, before, sh.Digest(row), z.status_reason);
      out.push_back(sh.ToAuthorization(row));
    }
    return out;
  });
}

// ---- demand requests (A24–A25) ----------------------------------------------------------------

DemandRequest Platform::SubmitDemand(const std::string& actor, const DemandRequestInput& request) {
  RequireText(request.target_code, "target_code", "A24: the department asked");
  RequireText(request.description, "description", "A24: the resource needed");
  RequireItems(request.items, "items", "A24");
  RequireText(request.purpose, "purpose", "A24: 履职需要");
  RequireScan(request.scan, "scan", "A24");
  return impl_->Write([&] {
    auto a = impl_->Authorize(actor, Action::kSubmitDemand, "", "department:" + request.target_code);
    if (!impl_->S().FindDepartment(request.target_code)) {
      throw NotFoundError("target_code: department " + request.target_code + " does not exist");
    }
    if (request.target_code == a.user.department_code) {
      throw InvalidArgumentError("target_code " + request.target_code + " is the requesting department itself (A24)");
    }
    Sharing sh(*impl_);
    DemandRequest d;
    d.requested_by = a.user.id;
    d.request = request;
    d.submitted_at = impl_->Now();
    CaseRow row = NewRow(ToString(DemandStatus::kSubmitted), a.user.department_code, request.target_code,
                         std::nullopt, impl_->NowSeconds(), json(d));
    row.id = impl_->S().InsertCase(CaseTable::kDemands, row);
    const std::string object = Obj("demand", row.id);
    // A25: until answered, the step is due at the latest answer A25 allows
    // (10 working days); the answer given decides the deadline it is judged by.
    sh.OpenStep(StepKind::kDemandResponse, object, request.target_code, impl_->NowSeconds(),
                {DeadlineUnit::kWorkingDays, 10});
    impl_->Notify(NoticeKind::kDemand, request.target_code, 0,
                  a.department.name + " 提交资源需求申请：" + request.description + "，请及时答复 (A25)", object);
    impl_->Audit(a, "demand.submit", object, "", sh.Digest(row), request.description);
    return sh.ToDemand(row);
  });
}

DemandRequest Platform::AnswerDemand(const std::string& actor, std::int64_t demand_id, std::int64_t row_version,
                                     const DemandAnswer& answer) {
  RequireText(answer.text, "answer.text", "A25: the answer or the feedback");
  if (answer.kind != DemandAnswerKind::kNotInDuties && answer.kind != DemandAnswerKind::kWillPublish &&
      answer.kind != DemandAnswerKind::kCannotPublishYet) {
    throw InvalidArgumentError("answer.kind must be not_in_duties, will_publish or cannot_publish_yet (A25)");
  }
  if (!answer.suggested_department.empty() && answer.kind != DemandAnswerKind::kNotInDuties) {
    throw InvalidArgumentError("answer.suggested_department is only for a not_in_duties answer (A25)");
  }
  return impl_->Write([&] {
    Sharing sh(*impl_);
    const std::string object = Obj("demand", demand_id);
    CaseRow row = sh.Load(CaseTable::kDemands, "demand request", demand_id);
    auto a = impl_->Authorize(actor, Action::kAnswerDemand, row.provider_code, object);
    Sharing::CheckVersion(row, "demand request", row_version);
    if (row.status != ToString(DemandStatus::kSubmitted)) {
      throw InvalidTransitionError("demand request " + std::to_string(demand_id) + " is " + row.status +
                                   "; it has been answered (A25)");
    }
    if (!answer.suggested_department.empty() && !impl_->S().FindDepartment(answer.suggested_department)) {
      throw NotFoundError("answer.suggested_department: department " + answer.suggested_department + " does not exist");
    }
    const std::string before = sh.Digest(row);
    DemandRequest d = sh.ToDemand(row);
    const std::int64_t received = d.submitted_at.ToUnixSeconds();
    const SharingPolicy policy = sh.Policy();
    std::string message;
    switch (answer.kind) {
      case DemandAnswerKind::kNotInDuties: {
        // A25 及时告知: the platform's policy days.
        const Deadline judged = sh.DueAfter(received, {DeadlineUnit::kWorkingDays, policy.demand_not_in_duties_days});
        sh.CompleteStep(object, StepKind::kDemandResponse, a.user.id, ToString(answer.kind), judged);
        row.status = ToString(DemandStatus::kNotInDuties);
        message = "需求申请 " + std::to_string(demand_id) + " 不属于 " + a.department.name + " 履职范围：" + answer.text +
                  (answer.suggested_department.empty() ? "" : "；建议向 " + answer.suggested_department + " 申请");
        break;
      }
      case DemandAnswerKind::kWillPublish: {
        sh.CompleteStep(object, StepKind::kDemandResponse, a.user.id, ToString(answer.kind));
        // A25: publish within 1 month of receipt.
        const Deadline publish_by =
            sh.OpenStep(StepKind::kDemandPublication, object, row.provider_code, received, {DeadlineUnit::kMonths, 1});
        row.status = ToString(DemandStatus::kCommitted);
        message = "需求申请 " + std::to_string(demand_id) + " 确属 " + a.department.name + " 履职范围，将于 " +
                  publish_by.due.date.ToIso() + " 前完成资源发布 (A25)：" + answer.text;
        break;
      }
      case DemandAnswerKind::kCannotPublishYet: {
        sh.CompleteStep(object, StepKind::kDemandResponse, a.user.id, ToString(answer.kind));
        row.status = ToString(DemandStatus::kDeferred);
        message = "需求申请 " + std::to_string(demand_id) + " 暂时无法发布：" + answer.text + " (A25)";
        // A25: 报市大数据管理局备案.
        impl_->Notify(NoticeKind::kDemand, sh.Bureau(), 0, a.department.name + " 备案：" + message, object);
        break;
      }
    }
    d.answer = answer;
    d.answered_at = impl_->Now();
    d.answered_by = a.user.id;
    row.body = json(d).dump();
    sh.Store(CaseTable::kDemands, row, "demand request");
    impl_->Notify(NoticeKind::kDemand, row.consumer_code, 0, message, object);
    impl_->Audit(a, "demand.answer", object, before, sh.Digest(row), ToString(answer.kind) + ": " + answer.text);
    return sh.ToDemand(row);
  });
}

DemandRequest Platform::FulfilDemand(const std::string& actor, std::int64_t demand_id, std::int64_t row_version,
                                     std::int64_t entry_id) {
  return impl_->Write([&] {
    Sharing sh(*impl_);
    const std::string object = Obj("demand", demand_id);
    CaseRow row = sh.Load(CaseTable::kDemands, "demand request", demand_id);
    auto a = impl_->Authorize(actor, Action::kAnswerDemand, row.provider_code, object);
    Sharing::CheckVersion(row, "demand request", row_version);
    if (row.status != ToString(DemandStatus::kCommitted) && row.status != ToString(DemandStatus::kDeferred)) {
      throw InvalidTransitionError("demand request " + std::to_string(demand_id) + " is " + row.status +
                                   "; only a committed or deferred demand is fulfilled by a publication (A25)");
    }
    auto [e, content] = sh.LiveEntry(entry_id, "a demand is fulfilled by a published entry (A25)");
    if (e.provider_code != row.provider_code) {
      throw InvalidArgumentError("entry_id " + std::to_string(entry_id) + " is provided by " + e.provider_code +
                                 ", not by the department asked (" + row.provider_code + ", A25)");
    }
    const std::string before = sh.Digest(row);
    DemandRequest d = sh.ToDemand(row);
    sh.CompleteStep(object, StepKind::kDemandPublication, a.user.id, "published");
    d.fulfilled_at = impl_->Now();
    row.status = ToString(DemandStatus::kFulfilled);
    row.entry_id = e.id;
    row.body = json(d).dump();
    sh.Store(CaseTable::kDemands, row, "demand request");
    impl_->Notify(NoticeKind::kDemand, row.consumer_code, e.id,
                  "需求申请 " + std::to_string(demand_id) + " 的资源已发布：" + e.code + " " + content.name +
                      "，可提交使用申请 (A25)",
                  object);
    impl_->Audit(a, "demand.fulfil", object, before, sh.Digest(row), e.code);
    return sh.ToDemand(row);
  });
}

DemandRequest Platform::GetDemand(const std::string& actor, std::int64_t demand_id) const {
  return impl_->Read([&] {
    Sharing sh(*impl_);
    return sh.GetCase(actor, CaseTable::kDemands, "demand request", "demand", demand_id,
                      [&](const CaseRow& row) { return sh.ToDemand(row); });
  });
}

std::vector<DemandRequest> Platform::Demands(const std::string& actor, const std::string& department_code) const {
  return impl_->Read([&] {
    Sharing sh(*impl_);
    return sh.ListCases(actor, department_code, CaseTable::kDemands,
                        [&](const CaseRow& row) { return sh.ToDemand(row); });
  });
}

// ---- objections and corrections (A29) ---------------------------------------------------------

Objection Platform::RaiseObjection(const std::string& actor, const ObjectionInput& objection) {
  RequireText(objection.record_key, "record_key", "A29: the record concerned");
  RequireText(objection.item, "item", "A29: the item concerned");
  RequireText(objection.description, "description", "A29: what seems wrong (疑义或明显错误)");
  return impl_->Write([&] {
    auto a = impl_->Authorize(actor, Action::kRaiseObjection, "", Obj("entry", objection.entry_id));
    Sharing sh(*impl_);
    auto [e, content] = sh.LiveEntry(objection.entry_id, "objections are raised on published data (A29)");
    if (std::none_of(content.items.begin(), content.items.end(),
                     [&](const DataItem& d) { return d.name == objection.item; })) {
      throw InvalidArgumentError("item \"" + objection.item + "\" is not an item of entry " + e.code + " (A29)");
    }
    // A29: the consumer objects to shared data it obtained.
    bool holds = false;
    for (const auto& row : impl_->S().ListCases(CaseTable::kAuthorizations, a.user.department_code, e.id)) {
      holds = holds || row.consumer_code == a.user.department_code;
    }
    if (!holds) {
      throw InvalidTransitionError("department " + a.user.department_code + " holds no authorization on entry " +
                                   e.code + "; objections come from consumers of the data (A29)");
    }
    Objection o;
    o.raised_by = a.user.id;
    o.entry_code = e.code;
    o.objection = objection;
    o.raised_at = impl_->Now();
    CaseRow row = NewRow(ToString(ObjectionStatus::kOpen), a.user.department_code, e.provider_code, e.id,
                         impl_->NowSeconds(), json(o));
    row.id = impl_->S().InsertCase(CaseTable::kObjections, row);
    const std::string object = Obj("objection", row.id);
    const Deadline due = sh.OpenStep(StepKind::kObjectionCheck, object, e.provider_code, impl_->NowSeconds(),
                                     {DeadlineUnit::kWorkingDays, sh.Policy().objection_check_days});
    impl_->Notify(NoticeKind::kObjection, e.provider_code, e.id,
                  a.department.name + " 对 " + content.name + "（记录 " + objection.record_key + "，" + objection.item +
                      "）提出疑义：" + objection.description + "，请于 " + due.due.date.ToIso() + " 前校核 (A29)",
                  object);
    impl_->Audit(a, "objection.raise", object, "", sh.Digest(row), objection.description);
    return sh.ToObjection(row);
  });
}

Objection Platform::ResolveObjection(const std::string& actor, std::int64_t objection_id, std::int64_t row_version,
                                     bool confirmed, const std::string& response) {
  RequireText(response, "response",
              confirmed ? "A29: the correction made (予以更正)" : "A29: why the data is right");
  return impl_->Write([&] {
    Sharing sh(*impl_);
    const std::string object = Obj("objection", objection_id);
    CaseRow row = sh.Load(CaseTable::kObjections, "objection", objection_id);
    auto a = impl_->Authorize(actor, Action::kResolveObjection, row.provider_code, object);
    Sharing::CheckVersion(row, "objection", row_version);
    if (row.status != ToString(ObjectionStatus::kOpen)) {
      throw InvalidTransitionError("objection " + std::to_string(objection_id) + " is " + row.status +
                                   "; it has been resolved (A29)");
    }
    const std::string before = sh.Digest(row);
    Objection o = sh.ToObjection(row);
    sh.CompleteStep(object, StepKind::kObjectionCheck, a.user.id, confirmed ? "corrected" : "rejected");
    o.response = response;
    o.resolved_by = a.user.id;
    o.resolved_at = impl_->Now();
    const std::int64_t entry_id = row.entry_id.value_or(0);
    if (confirmed) {
      // A29: corrected, reported to the bureau, pushed to every department
      // holding an active authorization on the entry.
      std::set<std::string> holders;
      for (const auto& z : sh.ActiveOnEntry(entry_id)) holders.insert(z.consumer_code);
      o.notified_departments.assign(holders.begin(), holders.end());
      const std::string text = o.entry_code + " 数据已更正（记录 " + o.objection.record_key + "，" + o.objection.item +
                               "）：" + response + " (A29)";
      for (const auto& code : holders) impl_->Notify(NoticeKind::kCorrection, code, entry_id, text, object);
      impl_->Notify(NoticeKind::kCorrection, sh.Bureau(), entry_id, a.department.name + " 报告：" + text, object);
      if (!holders.count(row.consumer_code)) {
        impl_->Notify(NoticeKind::kObjection, row.consumer_code, entry_id, "疑义已核实并更正：" + response, object);
      }
      row.status = ToString(ObjectionStatus::kCorrected);
    } else {
      impl_->Notify(NoticeKind::kObjection, row.consumer_code, entry_id,
                    "疑义 " + std::to_string(objection_id) + " 经校核数据无误：" + response + " (A29)", object);
      row.status = ToString(ObjectionStatus::kRejected);
    }
    row.body = json(o).dump();
    sh.Store(CaseTable::kObjections, row, "objection");
    impl_->Audit(a, confirmed ? "objection.correct" : "objection.reject", object, before, sh.Digest(row), response);
    return sh.ToObjection(row);
  });
}

Objection Platform::GetObjection(const std::string& actor, std::int64_t objection_id) const {
  return impl_->Read([&] {
    Sharing sh(*impl_);
    return sh.GetCase(actor, CaseTable::kObjections, "objection", "objection", objection_id,
                      [&](const CaseRow& row) { return sh.ToObjection(row); });
  });
}

std::vector<Objection> Platform::Objections(const std::string& actor, const std::string& department_code) const {
  return impl_->Read([&] {
    Sharing sh(*impl_);
    return sh.ListCases(actor, department_code, CaseTable::kObjections,
                        [&](const CaseRow& row) { return sh.ToObjection(row); });
  });
}

// ---- disputes (A27) -----------------------------------------------------------------------------

Dispute Platform::OpenDispute(const std::string& actor, const DisputeInput& dispute) {
  RequireText(dispute.description, "description", "A27: what the parties disagree on");
  if (dispute.subject != DisputeSubject::kConditions && dispute.subject != DisputeSubject::kReasons &&
      dispute.subject != DisputeSubject::kResult) {
    throw InvalidArgumentError("subject must be conditions, reasons or result (A27)");
  }
  if (dispute.application_id == 0 && dispute.entry_id == 0) {
    throw InvalidArgumentError("application_id or entry_id is required (A27: the matter disputed)");
  }
  return impl_->Write([&] {
    Sharing sh(*impl_);
    const std::string object = dispute.application_id ? Obj("application", dispute.application_id)
                                                        : Obj("entry", dispute.entry_id);
    std::string consumer, provider;
    DisputeInput in = dispute;
    if (dispute.application_id) {
      CaseRow app = sh.Load(CaseTable::kApplications, "application", dispute.application_id);
      consumer = app.consumer_code;
      provider = app.provider_code;
      if (dispute.entry_id && app.entry_id != dispute.entry_id) {
        throw InvalidArgumentError("entry_id " + std::to_string(dispute.entry_id) + " is not the entry of application " +
                                   std::to_string(dispute.application_id));
      }
      in.entry_id = app.entry_id.value_or(0);
    }
    auto a = impl_->LoadActor(actor, Action::kOpenDispute, object);
    if (!dispute.application_id) {
      // About an entry's conditions: the actor's department against the provider.
      EntryRow e = impl_->LoadEntry(dispute.entry_id);
      provider = e.provider_code;
      consumer = a.user.department_code;
      if (consumer == provider) {
        throw InvalidArgumentError("entry_id " + std::to_string(dispute.entry_id) +
                                   ": a dispute over an entry is opened by another department (A27)");
      }
    }
    const bool bureau = a.department.level == DepartmentLevel::kBureau;
    if (!(bureau ? Platform::Impl::Allowed(a, Action::kOpenDispute, "")
                 : Platform::Impl::Allowed(a, Action::kOpenDispute, consumer) ||
                       Platform::Impl::Allowed(a, Action::kOpenDispute, provider))) {
      throw Denied{actor, a.user.department_code, Action::kOpenDispute, object,
                   a.department.name + " is not a party to " + object + " (A27)"};
    }
    Dispute d;
    d.dispute = in;
    d.opened_by = a.user.id;
    d.opened_by_department = a.user.department_code;
    d.opened_at = impl_->Now();
    CaseRow row = NewRow(ToString(DisputeStatus::kOpen), consumer, provider,
                         in.entry_id ? std::optional<std::int64_t>(in.entry_id) : std::nullopt, impl_->NowSeconds(),
                         json(d));
    row.id = impl_->S().InsertCase(CaseTable::kDisputes, row);
    const std::string dobj = Obj("dispute", row.id);
    const std::string text = a.department.name + " 就 " + object + " 的" + ChineseLabel(dispute.subject) +
                             "提出意见分歧：" + dispute.description + " (A27)";
    std::set<std::string> parties = {consumer, provider, sh.Bureau()};
    parties.erase(a.user.department_code);
    for (const auto& code : parties) impl_->Notify(NoticeKind::kDispute, code, in.entry_id, text, dobj);
    impl_->Audit(a, "dispute.open", dobj, "", sh.Digest(row), dispute.description);
    return sh.ToDispute(row);
  });
}

Dispute Platform::ResolveDispute(const std::string& actor, std::int64_t dispute_id, std::int64_t row_version,
                                 const std::string& outcome) {
  RequireText(outcome, "outcome", "A27: the outcome of the negotiation");
  return impl_->Write([&] {
    Sharing sh(*impl_);
    const std::string object = Obj("dispute", dispute_id);
    auto a = impl_->Authorize(actor, Action::kMediateDispute, "", object);
    CaseRow row = sh.Load(CaseTable::kDisputes, "dispute", dispute_id);
    Sharing::CheckVersion(row, "dispute", row_version);
    if (row.status != ToString(DisputeStatus::kOpen)) {
      throw InvalidTransitionError("dispute " + std::to_string(dispute_id) + " is " + row.status + " (A27)");
    }
    const std::string before = sh.Digest(row);
    Dispute d = sh.ToDispute(row);
    d.outcome = outcome;
    d.resolved_by = a.user.id;
    d.resolved_at = impl_->Now();
    row.status = ToString(DisputeStatus::kResolved);
    row.body = json(d).dump();
    sh.Store(CaseTable::kDisputes, row, "dispute");
    for (const auto& code : std::set<std::string>{row.consumer_code, row.provider_code}) {
      impl_->Notify(NoticeKind::kDispute, code, d.dispute.entry_id, "意见分歧 " + std::to_string(dispute_id) +
                                                                         " 协商结果：" + outcome + " (A27)",
                    object);
    }
    impl_->Audit(a, "dispute.resolve", object, before, sh.Digest(row), outcome);
    return sh.ToDispute(row);
  });
}

std::vector<Dispute> Platform::Disputes(const std::string& actor, const std::string& department_code) const {
  return impl_->Read([&] {
    Sharing sh(*impl_);
    return sh.ListCases(actor, department_code, CaseTable::kDisputes,
                        [&](const CaseRow& row) { return sh.ToDispute(row); });
  });
}

// ---- steps ------------------------------------------------------------------------------------

std::vector<ProcessStep> Platform::Steps(const std::string& actor, const std::string& department_code,
                                         bool pending_only) const {
  return impl_->Read([&] {
    Sharing sh(*impl_);
    const std::string scope = sh.ListingScope(actor, department_code);
    std::vector<ProcessStep> out;
    for (const auto& r : impl_->S().ListSteps(scope, pending_only)) out.push_back(sh.ToStep(r));
    return out;
  });
}

std::vector<ProcessStep> Platform::OverdueSteps(const std::string& actor, const std::string& department_code) const {
  auto steps = Steps(actor, department_code, true);
  steps.erase(std::remove_if(steps.begin(), steps.end(), [](const ProcessStep& s) { return !s.overdue; }),
              steps.end());
  return steps;
}

}  // namespace govshare
