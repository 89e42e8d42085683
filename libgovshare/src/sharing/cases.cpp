// Case rows, steps and visibility shared by the sharing operations.
#include "sharing/cases.h"

namespace govshare {

using json = nlohmann::json;
using storage::StepRow;

namespace {
constexpr char kMetaPolicy[] = "sharing_policy";
}  // namespace

std::string CaseObject(const char* kind, std::int64_t id) { return std::string(kind) + ":" + std::to_string(id); }

SharingPolicy Sharing::Policy() {
  const auto text = S().GetMeta(kMetaPolicy);
  if (!text) return SharingPolicy{};
  return json::parse(*text).get<SharingPolicy>();
}

DeadlineOptions PlatformCore::LegalDeadlineOptions() { return sharing_rules::DeadlineOptionsOf(Sharing(*this).Policy()); }

void Sharing::SetPolicy(const SharingPolicy& policy) { S().SetMeta(kMetaPolicy, json(policy).dump()); }

std::string Sharing::Bureau() {
  const auto codes = p_.BureauDepartments();
  if (codes.empty()) throw InvalidTransitionError("the platform is not initialized (no Big Data Bureau)");
  return codes.front();
}

// ---- cases ------------------------------------------------------------------------------

CaseRow Sharing::NewRow(const std::string& status, const std::string& consumer, const std::string& provider,
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

CaseRow Sharing::Load(CaseTable t, const char* kind, std::int64_t id) {
  auto row = S().FindCase(t, id);
  if (!row) throw NotFoundError(std::string(kind) + " " + std::to_string(id) + " does not exist");
  return *row;
}

CaseRow Sharing::LoadForChange(CaseTable t, const char* kind, std::int64_t id, std::int64_t row_version) {
  CaseRow row = Load(t, kind, id);
  CheckRowVersion(kind, id, row.row_version, row_version);
  return row;
}

void Sharing::Store(CaseTable t, CaseRow& row, const char* kind) { p_.StoreCase(t, row, kind); }

std::string Sharing::Digest(const CaseRow& row) {
  return p_.DigestOf(std::to_string(row.id) + "|" + row.status + "|" + std::to_string(row.row_version) + "|" +
                     row.consumer_code + "|" + row.provider_code + "|" + row.body);
}

// ---- steps ------------------------------------------------------------------------------

Deadline Sharing::DueAfter(std::int64_t event, const periods::StatutoryPeriod& period) {
  return p_.LegalDeadline(event, period.rule);
}

Deadline Sharing::OpenStep(StepKind kind, const std::string& object, const std::string& department,
                           std::int64_t counted_from, const periods::StatutoryPeriod& period) {
  const Deadline due = DueAfter(counted_from, period);
  StepRow r;
  r.kind = kind;
  r.object = object;
  r.department_code = department;
  r.started_at = p_.NowSeconds();
  r.due = due.due.ToIso();
  r.calendar_version = due.calendar_version;
  r.provisional = due.provisional;
  r.counted_from = counted_from;
  r.rule = period.rule;
  r.article = period.article;
  S().InsertStep(r);
  return due;
}

void Sharing::CompleteStep(const std::string& object, StepKind kind, const std::string& user,
                           const std::string& outcome, const std::optional<Deadline>& judged_by,
                           const std::string& judged_article) {
  for (StepRow r : S().StepsOf(object)) {
    if (r.kind != kind || r.completed_at) continue;
    if (judged_by) {
      r.due = judged_by->due.ToIso();
      r.calendar_version = judged_by->calendar_version;
      r.provisional = judged_by->provisional;
      if (!judged_article.empty()) r.article = judged_article;
    }
    r.completed_at = p_.NowSeconds();
    r.completed_by = user;
    r.outcome = outcome;
    r.on_time = !(LocalDateTime::FromIso(r.due) < LocalDateTime::FromUnixSeconds(*r.completed_at));
    S().UpdateStep(r);
    return;
  }
}

Deadline Sharing::ExtendStep(const std::string& object, StepKind kind, int extra_working_days) {
  for (StepRow r : S().StepsOf(object)) {
    if (r.kind != kind || r.completed_at) continue;
    r.rule = sharing_rules::Extended(r.rule, extra_working_days);
    const Deadline due = p_.LegalDeadline(r.counted_from, r.rule);
    r.due = due.due.ToIso();
    r.calendar_version = due.calendar_version;
    r.provisional = due.provisional;
    S().UpdateStep(r);
    return due;
  }
  throw InvalidTransitionError(object + " has no pending " + ToString(kind) + " step to extend (N21)");
}

ProcessStep Sharing::ToStep(const StepRow& r) {
  ProcessStep s;
  s.id = r.id;
  s.kind = r.kind;
  s.object = r.object;
  s.department_code = r.department_code;
  s.started_at = LocalDateTime::FromUnixSeconds(r.started_at);
  s.due.due = LocalDateTime::FromIso(r.due);
  s.due.calendar_version = r.calendar_version;
  s.due.provisional = r.provisional;
  s.article = r.article;
  if (r.completed_at) s.completed_at = LocalDateTime::FromUnixSeconds(*r.completed_at);
  s.completed_by = r.completed_by;
  s.outcome = r.outcome;
  s.on_time = r.on_time.value_or(false);
  s.overdue = !r.completed_at && s.due.due < p_.Now();
  return s;
}

std::vector<ProcessStep> Sharing::StepsOf(const std::string& object) {
  std::vector<ProcessStep> out;
  for (const auto& r : S().StepsOf(object)) out.push_back(ToStep(r));
  return out;
}

// ---- who reads what ---------------------------------------------------------------------

Permission Sharing::ReadCase(const std::optional<PlatformCore::Actor>& actor, const std::string& consumer,
                             const std::string& provider, const std::string& object) {
  // A party reads its case; the permission table lets the bureau and
  // auditors read every case whatever department is named.
  const bool provider_side = actor && actor->user.department_code == provider;
  return Permission{Action::kReadSharing, provider_side ? provider : consumer, object};
}

std::string Sharing::ListingScope(const Operation& op, const std::string& requested) {
  if (PlatformCore::SeesAllCases(op.actor())) return requested;
  if (!requested.empty() && requested != op.user().department_code) op.Deny("a department reads only its own cases");
  return op.user().department_code;
}

// ---- conversions ------------------------------------------------------------------------

Application Sharing::ToApplication(const CaseRow& row) {
  Application x = json::parse(row.body).get<Application>();
  x.id = row.id;
  x.row_version = row.row_version;
  x.status = EnumFromStoredName(row.status, ApplicationStatus::kMaterialsRequested);
  x.consumer_code = row.consumer_code;
  x.provider_code = row.provider_code;
  x.steps = StepsOf(CaseObject("application", row.id));
  return x;
}

Authorization Sharing::ToAuthorization(const CaseRow& row) {
  Authorization z = json::parse(row.body).get<Authorization>();
  z.id = row.id;
  z.row_version = row.row_version;
  z.consumer_code = row.consumer_code;
  z.provider_code = row.provider_code;
  z.entry_id = row.entry_id.value_or(0);
  if (const auto used = S().LastUsed(row.id)) z.last_used = LocalDateTime::FromUnixSeconds(*used);
  z.status = sharing_rules::EffectiveStatus(EnumFromStoredName(row.status, AuthorizationStatus::kSuspended),
                                            z.valid_until, p_.Now().date);
  // A row suspended before suspensions were kept: its open suspension began
  // at the last status change (A26: not non-use).
  if (z.status == AuthorizationStatus::kSuspended && z.status_changed_at &&
      (z.suspensions.empty() || z.suspensions.back().until)) {
    z.suspensions.push_back({*z.status_changed_at, std::nullopt});
  }
  return z;
}

DemandRequest Sharing::ToDemand(const CaseRow& row) {
  DemandRequest d = json::parse(row.body).get<DemandRequest>();
  d.id = row.id;
  d.row_version = row.row_version;
  d.status = EnumFromStoredName(row.status, DemandStatus::kFulfilled);
  d.requester_code = row.consumer_code;
  d.request.target_code = row.provider_code;
  d.fulfilled_entry_id = row.entry_id.value_or(0);
  d.steps = StepsOf(CaseObject("demand", row.id));
  return d;
}

Objection Sharing::ToObjection(const CaseRow& row) {
  Objection o = json::parse(row.body).get<Objection>();
  o.id = row.id;
  o.row_version = row.row_version;
  o.status = EnumFromStoredName(row.status, ObjectionStatus::kRejected);
  o.consumer_code = row.consumer_code;
  o.provider_code = row.provider_code;
  o.objection.entry_id = row.entry_id.value_or(0);
  o.steps = StepsOf(CaseObject("objection", row.id));
  return o;
}

Dispute Sharing::ToDispute(const CaseRow& row) {
  Dispute d = json::parse(row.body).get<Dispute>();
  d.id = row.id;
  d.row_version = row.row_version;
  d.status = EnumFromStoredName(row.status, DisputeStatus::kResolved);
  d.consumer_code = row.consumer_code;
  d.provider_code = row.provider_code;
  return d;
}

void Sharing::Ended(Operation& op, const Authorization& z, const std::string& outcome) {
  const std::string object = CaseObject("authorization", z.id);
  CompleteStep(object, StepKind::kDelivery, op.user().id, outcome);
  CompleteStep(object, StepKind::kRectification, op.user().id, outcome);  // N27: nothing left to rectify
  if (!p_.NationalInForce()) return;
  bool renewed = false;
  for (const Authorization& other : OnEntry(z.entry_id)) {
    renewed = renewed || (other.renewal_of == z.id && sharing_rules::HoldsUse(other));
  }
  if (!sharing_rules::OwesDisposal(z, renewed)) return;
  const periods::StatutoryPeriod period = periods::Disposal(sharing_rules::DisposalDays(z, Policy()));
  const Deadline due = OpenStep(StepKind::kDisposal, object, z.consumer_code, p_.NowSeconds(), period);
  op.Notify(NoticeKind::kAuthorization, z.consumer_code, z.entry_id,
            "授权 " + std::to_string(z.id) + "（" + z.entry_code + "）已终止：请于 " + due.due.date.ToIso() +
                " 前按提供部门的要求妥善处置通过共享获取的数据（" + (z.disposal.empty() ? "销毁" : z.disposal) +
                "），并记录销毁情况 (N27, N29)",
            object);
}

void Sharing::RequireMayCloseMisuse(Operation& op, const Authorization& z, const char* act) {
  const MisuseOrder* o = sharing_rules::OpenMisuseOrder(z);
  if (o && !sharing_rules::MayClose(*o, op.user().department_code, op.user().department_code == Bureau())) {
    op.Deny(std::string("the suspension for misuse of authorization ") + std::to_string(z.id) + " was ordered by " +
            o->ordered_by_department + "; it or the bureau " + act + " (N27)");
  }
}

ServiceChange Sharing::ToServiceChange(const CaseRow& row) {
  ServiceChange c = json::parse(row.body).get<ServiceChange>();
  c.id = row.id;
  c.row_version = row.row_version;
  c.status = EnumFromStoredName(row.status, ServiceChangeStatus::kWithdrawn);
  c.consumer_code = row.consumer_code;
  c.provider_code = row.provider_code;
  c.entry_id = row.entry_id.value_or(0);
  return c;
}

UseRecord Sharing::ToUseRecord(const CaseRow& row) {
  UseRecord r = json::parse(row.body).get<UseRecord>();
  r.id = row.id;
  r.row_version = row.row_version;
  r.consumer_code = row.consumer_code;
  r.provider_code = row.provider_code;
  r.entry_id = row.entry_id.value_or(0);
  r.purged = row.status == kUseRecordPurged;
  return r;
}

std::pair<storage::EntryRow, CatalogEntry> Sharing::LiveEntry(std::int64_t entry_id, const char* why) {
  storage::EntryRow e = p_.LoadEntry(entry_id);
  if (e.status != EntryStatus::kPublished || !e.live_version) {
    throw InvalidTransitionError("entry " + std::to_string(entry_id) + " is " + ToString(e.status) + "; " + why);
  }
  return {e, EntryFromJson(p_.LoadVersion(e, *e.live_version).content)};
}

std::optional<std::int64_t> Sharing::PublishedAt(const storage::EntryRow& e) {
  if (!e.live_version) return std::nullopt;
  return p_.LoadVersion(e, *e.live_version).published_at;
}

std::vector<Authorization> Sharing::OnEntry(std::int64_t entry_id) {
  std::vector<Authorization> out;
  for (const auto& row : S().ListCases(CaseTable::kAuthorizations, "", entry_id)) out.push_back(ToAuthorization(row));
  return out;
}

std::vector<Authorization> Sharing::ActiveOnEntry(std::int64_t entry_id) {
  std::vector<Authorization> out;
  for (Authorization& z : OnEntry(entry_id)) {
    if (z.status == AuthorizationStatus::kActive && !z.platform_wide) out.push_back(std::move(z));
  }
  return out;
}

std::optional<Authorization> Sharing::PlatformGrant(std::int64_t entry_id, bool or_suspended) {
  for (Authorization& z : OnEntry(entry_id)) {
    if (!z.platform_wide) continue;
    if (z.status == AuthorizationStatus::kActive || (or_suspended && z.status == AuthorizationStatus::kSuspended)) {
      return z;
    }
  }
  return std::nullopt;
}

Date Sharing::NonUseEnds(const Authorization& z) {
  const Date today = p_.Now().date;
  // A26: the period in force on the day the non-use began.
  const DeadlineRule non_use = p_.Period(RuleQuery{Duty::kNonUse, sharing_rules::NonUseSince(z)}).rule;
  return sharing_rules::NonUseEnds(z, today, non_use, Policy().non_use_rolls_to_working_day ? &p_.Cal() : nullptr);
}

void Sharing::StartPlatformDecisions(Operation& op, std::int64_t entry_id, std::int64_t platform_grant_id) {
  for (const auto& row : S().ListCases(CaseTable::kApplications, "", entry_id)) {
    if (row.status != ToString(ApplicationStatus::kAccepted)) continue;
    const Application x = ToApplication(row);
    if (x.mode != AuthorizationMode::kProviderToPlatform) continue;
    const std::string object = CaseObject("application", row.id);
    bool waiting = false;
    for (const auto& st : x.steps) waiting = waiting || (st.kind == StepKind::kProviderDecision && !st.completed_at);
    if (!waiting) continue;
    CompleteStep(object, StepKind::kProviderDecision, op.user().id, "granted_platform");
    const periods::StatutoryPeriod period =
        p_.Period(Duty::kApplicationReply, p_.NowSeconds(), x.share_class, Decider::kBureau);
    const Deadline due = OpenStep(StepKind::kPlatformDecision, object, Bureau(), p_.NowSeconds(), period);
    op.Notify(NoticeKind::kApplication, Bureau(), entry_id,
              "提供部门已整体授权平台，请于 " + due.due.date.ToIso() + " 前完成使用申请 " + std::to_string(row.id) +
                  " 的授权审核 (A18, " + period.article + ")",
              object);
    op.Audit("application.platform_decision", object, Digest(row), Digest(row),
             "authorization:" + std::to_string(platform_grant_id));
  }
}

bool Sharing::UnusedTooLong(const Authorization& z) { return NonUseEnds(z) < p_.Now().date; }

}  // namespace govshare
