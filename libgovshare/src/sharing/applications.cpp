// Applications for use (A18–A23): the consumer applies (A20), the bureau
// checks the form within 1 working day (A21), the provider (A22, 10 working
// days) or the bureau (A23, 2 working days) grants or refuses.
#include <algorithm>

#include "catalog/rules.h"
#include "catalog/sources.h"
#include "sharing/cases.h"

namespace govshare {
namespace {

using json = nlohmann::json;
using sharing_rules::ApplicationEvent;
using sharing_rules::ApplicationMachine;

const char kKind[] = "application";

std::string ObjectOf(std::int64_t id) { return CaseObject(kKind, id); }

// The step an application's decision is taken in (A22 provider, A23 bureau).
StepKind DecisionStep(const Application& x) {
  return sharing_rules::ProviderDecides(x.mode) ? StepKind::kProviderDecision : StepKind::kPlatformDecision;
}

// The deciding authority of an application (A18, A22, A23): the permission
// depends on the loaded application's mode.
Permission DecisionPermission(const Application& x) {
  const std::string object = ObjectOf(x.id);
  if (sharing_rules::ProviderDecides(x.mode)) return {Action::kDecideAsProvider, x.provider_code, object};
  return {Action::kDecideAsPlatform, "", object};
}

// Moves an application by `event` (the transition table decides), stores it.
void Move(CaseRow& row, ApplicationEvent event) {
  const auto from = EnumFromStoredName(row.status, ApplicationStatus::kMaterialsRequested);
  row.status = ToString(ApplicationMachine().Next(from, event, row.id));
}

// Completes the decision step pending on `x` with `outcome`: the one its
// mode names, and for a provider-to-platform entry also the provider's step
// of granting the platform when it is still open (A18: the bureau refused
// before the provider granted).
void CompleteDecision(Sharing& sh, const std::string& object, const Application& x, const std::string& user,
                      const std::string& outcome) {
  sh.CompleteStep(object, DecisionStep(x), user, outcome);
  if (x.mode == AuthorizationMode::kProviderToPlatform) {
    sh.CompleteStep(object, StepKind::kProviderDecision, user, outcome);
  }
}

// Applies `fn` to an application loaded for change at `row_version` by its
// deciding authority (grant, refuse).
template <typename Fn>
Application DecideApplication(PlatformCore& core, const std::string& actor, std::int64_t id, std::int64_t row_version, Fn fn) {
  return ChangeCase(
      core, actor, CaseTable::kApplications, kKind, id, row_version,
      [&](const std::optional<PlatformCore::Actor>&, const CaseRow& row) {
        return DecisionPermission(Sharing(core).ToApplication(row));
      },
      fn);
}

// Opens the reply step of an accepted (or completed, N21) application, counted
// from now, and tells who must act. A22: the provider decides within 10
// working days; A23: the bureau within 2 working days of acceptance; N21
// (from 2025-08-01): 1 working day for unconditional data, 10 for
// conditional, whoever decides. A18 整体授权: while the provider has not
// granted the platform, its period runs, not the bureau's (that starts with
// the grant to the platform, GrantPlatform).
Deadline OpenDecisionStep(Operation& op, Sharing& sh, const Application& x) {
  PlatformCore& core = sh.core();
  const std::string object = ObjectOf(x.id);
  const bool platform_grant =
      x.mode == AuthorizationMode::kProviderToPlatform && sh.PlatformGrant(x.request.entry_id).has_value();
  const StepKind step = sharing_rules::DecisionStepAfterAcceptance(x.mode, platform_grant);
  const bool provider_acts = step == StepKind::kProviderDecision;
  const periods::StatutoryPeriod period = core.Period(Duty::kApplicationReply, core.NowSeconds(), x.share_class,
                                                      periods::DeciderOf(provider_acts));
  const Deadline due =
      sh.OpenStep(step, object, provider_acts ? x.provider_code : sh.Bureau(), core.NowSeconds(), period);
  if (sharing_rules::ProviderDecides(x.mode)) {
    op.Notify(NoticeKind::kApplication, x.provider_code, x.request.entry_id,
              "请于 " + due.due.date.ToIso() + " 前完成使用申请 " + std::to_string(x.id) + " 的授权审核 (" +
                  period.article + ")",
              object);
  } else if (provider_acts) {
    op.Notify(NoticeKind::kApplication, x.provider_code, x.request.entry_id,
              "使用申请 " + std::to_string(x.id) + " 已受理；该资源由提供部门整体授权给平台，请于 " +
                  due.due.date.ToIso() + " 前完成对平台的整体授权 (A18, " + period.article + ")",
              object);
  }
  return due;
}

// The reply step pending on an application (provider's or bureau's), if any.
std::optional<ProcessStep> PendingDecision(const Application& x) {
  for (const auto& s : x.steps) {
    if (!s.completed_at && (s.kind == StepKind::kProviderDecision || s.kind == StepKind::kPlatformDecision)) return s;
  }
  return std::nullopt;
}

}  // namespace

namespace {

// N19 政务数据收集工作涉及多个政府部门的……数源部门……统一提供政务数据共享服务: an
// application for data the bureau designated a source department for goes
// to the source's published entry of that name, when there is one; another
// collecting department's entry is refused, naming it. Under the national
// regulation only (designations start on 2025-08-01).
void RequireSourceDepartment(Sharing& sh, const storage::EntryRow& e, const CatalogEntry& content,
                             const std::string& label, const std::string& consumer) {
  if (!sh.core().NationalInForce()) return;
  const std::vector<SourceDesignation> designations = LoadSourceDesignations(sh.S());
  const SourceDesignation* d = catalog_rules::RoutedToSource(designations, content.name, e.provider_code);
  if (!d || d->source_code == consumer) return;  // the source itself asks another collector
  for (const storage::EntryRow& s : sh.S().ListEntries(d->source_code)) {
    if (s.status != EntryStatus::kPublished || !s.live_version) continue;
    const CatalogEntry source = EntryFromJson(sh.core().LoadVersion(s, *s.live_version).content);
    if (source.name != d->subject) continue;
    throw InvalidArgumentError("entry_id: " + content.name + " (" + label + ") has a source department, " +
                               source.provider.name + " (" + d->source_code + "), which provides it for every "
                               "department: apply for its entry " + s.code + " (id " + std::to_string(s.id) +
                               ") (N19 数源部门……统一提供政务数据共享服务)");
  }
}

}  // namespace

Application SharingService::Apply(const std::string& actor, const ApplicationRequest& request) {
  sharing_rules::RequireItems(request.items, "items", "A20");
  RequireText(request.purpose, "purpose", "A20: the use the data serves (根据履职需要)");
  RequireText(request.legal_duty, "legal_duty", "A20: the legal duty (履职依据)");
  sharing_rules::RequireScan(request.scan, "scan", "A20");
  RequireDate(request.valid_from, "valid_from", "A26: the validity period");
  RequireDate(request.valid_until, "valid_until", "A26: the validity period");
  if (request.valid_until < request.valid_from) {
    throw InvalidArgumentError("valid_until " + request.valid_until.ToIso() + " is before valid_from " +
                               request.valid_from.ToIso() + " (A26)");
  }
  PlatformCore& core = *impl_;
  return RunWrite(core, actor, Permission{Action::kApply, "", ObjectOfEntry(request.entry_id)}, [&](Operation& op) {
    Sharing sh(core);
    auto [e, content] = sh.LiveEntry(request.entry_id, "only a published entry can be applied for (A20)");
    const std::string label = e.code.empty() ? std::to_string(e.id) : e.code;
    const std::string consumer = op.user().department_code;
    if (request.return_flow) {
      core.RequireNational("N24", "a return of data to a lower level (回流)");
      const auto consumer_dept = core.S().FindDepartment(consumer);
      const auto provider_dept = core.S().FindDepartment(e.provider_code);
      if (!consumer_dept || !provider_dept) throw NotFoundError("department of the application not found");
      sharing_rules::CheckReturnFlow(*consumer_dept, *provider_dept);
    }
    sharing_rules::CheckApplication(content, e.id, label, e.provider_code, consumer, request, core.Now().date);
    RequireSourceDepartment(sh, e, content, label, consumer);
    if (request.renewal_of != 0) {
      auto old = sh.S().FindCase(CaseTable::kAuthorizations, request.renewal_of);
      if (!old || old->consumer_code != consumer || old->entry_id != e.id) {
        throw InvalidArgumentError("renewal_of " + std::to_string(request.renewal_of) +
                                   " is not an authorization of this department on entry " + label + " (A26)");
      }
    }
    Application x;
    x.applicant = op.user().id;
    x.entry_code = e.code;
    x.request = request;
    x.mode = sharing_rules::ModeOf(content);
    x.share_class = content.share.share_class;
    x.authority_code = sharing_rules::ProviderDecides(x.mode) ? e.provider_code : sh.Bureau();
    x.submitted_at = core.Now();
    CaseRow row = Sharing::NewRow(ToString(ApplicationStatus::kSubmitted), consumer, e.provider_code, e.id,
                                  core.NowSeconds(), json(x));
    row.id = sh.S().InsertCase(CaseTable::kApplications, row);
    const std::string object = ObjectOf(row.id);
    const periods::StatutoryPeriod period = core.Period(Duty::kFormCheck, core.NowSeconds());
    const Deadline due = sh.OpenStep(StepKind::kFormCheck, object, sh.Bureau(), core.NowSeconds(), period);
    op.Notify(NoticeKind::kApplication, sh.Bureau(), e.id,
              op.department().name + " 申请使用 " + content.name + "，请于 " + due.due.date.ToIso() +
                  " 前完成申请材料规范性审查 (" + period.article + ")",
              object);
    op.Audit("application.submit", object, "", sh.Digest(row), request.purpose);
    return sh.ToApplication(row);
  });
}

Application SharingService::AcceptApplication(const std::string& actor, std::int64_t application_id,
                                        std::int64_t row_version) {
  PlatformCore& core = *impl_;
  const std::string object = ObjectOf(application_id);
  return RunWrite(core, actor, Permission{Action::kCheckApplication, "", object}, [&](Operation& op) {
    Sharing sh(core);
    CaseRow row = sh.LoadForChange(CaseTable::kApplications, kKind, application_id, row_version);
    const std::string before = sh.Digest(row);
    Move(row, ApplicationEvent::kAccept);
    const Application x = sh.ToApplication(row);
    sh.CompleteStep(object, StepKind::kFormCheck, op.user().id, "accepted");
    sh.Store(CaseTable::kApplications, row, kKind);
    op.Notify(NoticeKind::kApplication, x.consumer_code, x.request.entry_id,
              "使用申请 " + std::to_string(x.id) + " 已受理 (A21)", object);
    OpenDecisionStep(op, sh, x);
    op.Audit("application.accept", object, before, sh.Digest(row), "");
    return sh.ToApplication(row);
  });
}

Application SharingService::DeclineApplication(const std::string& actor, std::int64_t application_id,
                                         std::int64_t row_version, const std::string& reason) {
  RequireText(reason, "reason", "A21: 不予受理的，应当说明理由");
  PlatformCore& core = *impl_;
  const std::string object = ObjectOf(application_id);
  return RunWrite(core, actor, Permission{Action::kCheckApplication, "", object}, [&](Operation& op) {
    Sharing sh(core);
    CaseRow row = sh.LoadForChange(CaseTable::kApplications, kKind, application_id, row_version);
    const std::string before = sh.Digest(row);
    Application x = sh.ToApplication(row);
    Move(row, ApplicationEvent::kDecline);
    x.reason = reason;
    sh.CompleteStep(object, StepKind::kFormCheck, op.user().id, "not_accepted");
    row.body = json(x).dump();
    sh.Store(CaseTable::kApplications, row, kKind);
    op.Notify(NoticeKind::kApplication, x.consumer_code, x.request.entry_id,
              "使用申请 " + std::to_string(x.id) + " 不予受理：" + reason + " (A21)", object);
    op.Audit("application.decline", object, before, sh.Digest(row), reason);
    return sh.ToApplication(row);
  });
}

Application SharingService::GrantApplication(const std::string& actor, std::int64_t application_id,
                                       std::int64_t row_version, const GrantTerms& terms) {
  if (!internal::IsValidUtf8(terms.conditions)) throw InvalidArgumentError("conditions is not valid UTF-8");
  sharing_rules::CheckDisposalTerms(terms);
  PlatformCore& core = *impl_;
  return DecideApplication(core, actor, application_id, row_version, [&](Operation& op, Sharing& sh, CaseRow& row) {
    const std::string object = ObjectOf(application_id);
    const std::string before = sh.Digest(row);
    Application x = sh.ToApplication(row);
    Move(row, ApplicationEvent::kGrant);
    // The entry as published now: its scope decides masking and comparison.
    auto [e, content] = sh.LiveEntry(x.request.entry_id, "a withdrawn entry cannot be granted (A16)");
    // A22, A23: the grant narrows what was applied for, never widens it.
    const sharing_rules::GrantScope granted = sharing_rules::NarrowRequest(
        x.request, terms, sharing_rules::ProviderDecides(x.mode) ? "A22" : "A23", core.Now().date);
    const std::vector<std::string>& items = granted.items;
    const Date from = granted.valid_from;
    const Date until = granted.valid_until;
    auto cov = sharing_rules::CheckCoverage(content, e.code, x.consumer_code, items, x.request.return_flow);
    if (x.request.return_flow) sharing_rules::CheckReturnFlowTerms(x.request, terms);
    std::string conditions = terms.conditions.empty() ? content.share.conditions : terms.conditions;
    std::int64_t platform_grant_id = 0;
    if (x.mode == AuthorizationMode::kProviderToPlatform) {
      // A18: within the provider's grant to the platform, its conditions carried in.
      const auto wide = sh.PlatformGrant(e.id);
      if (!wide) {
        throw InvalidTransitionError("entry " + e.code + " is granted by the provider to the platform as a whole (A18), "
                                     "and the provider has not granted it yet (GrantPlatform)");
      }
      sharing_rules::CheckWithinPlatformGrant(*wide, items, x.request.method, from, until);
      conditions = sharing_rules::CarriedConditions(wide->conditions, terms.conditions);
      for (const auto& m : wide->masked_items) {
        if (std::find(items.begin(), items.end(), m) != items.end() &&
            std::find(cov.masked.begin(), cov.masked.end(), m) == cov.masked.end()) {
          cov.masked.push_back(m);
        }
      }
      platform_grant_id = wide->id;
    }
    Authorization z;
    z.entry_code = e.code;
    z.items = items;
    z.methods = {x.request.method};
    z.conditions = conditions;
    z.platform_grant_id = platform_grant_id;
    z.masked_items = cov.masked;
    z.comparison_only = cov.comparison_only;
    z.valid_from = from;
    z.valid_until = until;
    z.mode = x.mode;
    z.granted_by_department = op.user().department_code;
    z.granted_by = op.user().id;
    z.granted_at = core.Now();
    z.application_id = x.id;
    z.renewal_of = x.request.renewal_of;
    z.seasonal = terms.seasonal.value_or(x.request.seasonal);
    z.return_flow = x.request.return_flow;
    // N27: the provider's disposal requirement; under its grant to the
    // platform, that grant's unless the bureau states one.
    z.disposal = terms.disposal;
    z.disposal_working_days = terms.disposal_working_days.value_or(0);
    if (platform_grant_id != 0) {
      const Authorization wide = sh.ToAuthorization(sh.Load(CaseTable::kAuthorizations, "authorization", platform_grant_id));
      if (z.disposal.empty()) z.disposal = wide.disposal;
      if (z.disposal_working_days == 0) z.disposal_working_days = wide.disposal_working_days;
    }
    CaseRow zrow = Sharing::NewRow(ToString(AuthorizationStatus::kActive), x.consumer_code, x.provider_code, e.id,
                                   core.NowSeconds(), json(z));
    zrow.id = sh.S().InsertCase(CaseTable::kAuthorizations, zrow);
    const std::string zobject = CaseObject("authorization", zrow.id);
    x.authorization_id = zrow.id;
    CompleteDecision(sh, object, x, op.user().id, "granted");
    row.body = json(x).dump();
    sh.Store(CaseTable::kApplications, row, kKind);
    const std::string period = from.ToIso() + " 至 " + until.ToIso();
    // A19: the bureau answers the result; A23: pushed to the provider.
    op.Notify(NoticeKind::kApplication, x.consumer_code, e.id,
              "使用申请 " + std::to_string(x.id) + " 已授权，授权期限 " + period, object);
    if (!sharing_rules::ProviderDecides(x.mode)) {
      op.Notify(NoticeKind::kAuthorization, x.provider_code, e.id,
                "平台已授权 " + x.consumer_code + " 使用 " + content.name + "，授权期限 " + period + " (A23)", zobject);
    } else {
      op.Notify(NoticeKind::kAuthorization, sh.Bureau(), e.id,
                "提供部门已授权使用申请 " + std::to_string(x.id) + " (A19)", zobject);
    }
    // N22 (agreeing replies from 2025-08-01): the provider delivers within
    // 20 working days of the grant.
    if (HasRule(core.Rules(), Duty::kDelivery, core.Now().date)) {
      const periods::StatutoryPeriod delivery = core.Period(Duty::kDelivery, core.NowSeconds());
      const Deadline due = sh.OpenStep(StepKind::kDelivery, zobject, x.provider_code, core.NowSeconds(), delivery);
      op.Notify(NoticeKind::kAuthorization, x.provider_code, e.id,
                "请于 " + due.due.date.ToIso() + " 前通过" + ChineseLabel(x.request.method) + "向 " + x.consumer_code +
                    " 共享 " + content.name + "（授权 " + std::to_string(zrow.id) + "）(" + delivery.article + ")",
                zobject);
    }
    op.Audit("authorization.grant", zobject, "", sh.Digest(zrow), object);
    op.Audit("application.grant", object, before, sh.Digest(row), "");
    return sh.ToApplication(row);
  });
}

Application SharingService::RefuseApplication(const std::string& actor, std::int64_t application_id,
                                        std::int64_t row_version, const std::string& reason) {
  RequireText(reason, "reason", "A22, A23: 不予授权的，应说明具体理由");
  return DecideApplication(*impl_, actor, application_id, row_version, [&](Operation& op, Sharing& sh, CaseRow& row) {
    const std::string object = ObjectOf(application_id);
    const std::string before = sh.Digest(row);
    Application x = sh.ToApplication(row);
    Move(row, ApplicationEvent::kRefuse);
    x.reason = reason;
    CompleteDecision(sh, object, x, op.user().id, "refused");
    row.body = json(x).dump();
    sh.Store(CaseTable::kApplications, row, kKind);
    op.Notify(NoticeKind::kApplication, x.consumer_code, x.request.entry_id,
              "使用申请 " + std::to_string(x.id) + " 不予授权：" + reason, object);
    if (!sharing_rules::ProviderDecides(x.mode)) {
      op.Notify(NoticeKind::kApplication, x.provider_code, x.request.entry_id,
                "平台对使用申请 " + std::to_string(x.id) + " 不予授权：" + reason + " (A23)", object);
    }
    op.Audit("application.refuse", object, before, sh.Digest(row), reason);
    return sh.ToApplication(row);
  });
}

Application SharingService::GetApplication(const std::string& actor, std::int64_t application_id) const {
  return GetCase(*impl_, actor, CaseTable::kApplications, kKind, kKind, application_id,
                 [](Sharing& sh, const CaseRow& row) { return sh.ToApplication(row); });
}

std::vector<Application> SharingService::Applications(const std::string& actor, const std::string& department_code) const {
  return ListCases(*impl_, actor, department_code, CaseTable::kApplications,
                   [](Sharing& sh, const CaseRow& row) { return sh.ToApplication(row); });
}

// ---- N21: materials incomplete, reply extension ---------------------------------------------

Application SharingService::RequestMaterials(const std::string& actor, std::int64_t application_id,
                                             std::int64_t row_version, const std::vector<std::string>& missing) {
  PlatformCore& core = *impl_;
  return DecideApplication(core, actor, application_id, row_version, [&](Operation& op, Sharing& sh, CaseRow& row) {
    core.RequireNational("N21", "asking for missing materials (一次性告知)");
    const std::string object = ObjectOf(application_id);
    const std::string before = sh.Digest(row);
    Application x = sh.ToApplication(row);
    sharing_rules::CheckMaterialsRequest(x, missing);
    Move(row, ApplicationEvent::kRequestMaterials);
    x.missing_materials = missing;
    x.materials_requested_at = core.Now();
    // The list is the authority's reply to an incomplete application: judged
    // by the reply step's deadline (N21 不得直接予以拒绝).
    CompleteDecision(sh, object, x, op.user().id, "materials_requested");
    row.body = json(x).dump();
    sh.Store(CaseTable::kApplications, row, kKind);
    std::string list;
    for (const auto& m : missing) list += "\n  - " + m;
    op.Notify(NoticeKind::kApplication, x.consumer_code, x.request.entry_id,
              "使用申请 " + std::to_string(x.id) + " 申请材料不全，请一次性补充以下材料 (N21)：" + list, object);
    std::string joined;
    for (const auto& m : missing) joined += (joined.empty() ? "" : "; ") + m;
    op.Audit("application.request_materials", object, before, sh.Digest(row), joined);
    return sh.ToApplication(row);
  });
}

Application SharingService::SupplyMaterials(const std::string& actor, std::int64_t application_id,
                                            std::int64_t row_version, const std::string& supplement,
                                            const std::optional<ScanDocument>& scan) {
  RequireText(supplement, "supplement", "N21: the materials asked for");
  if (scan) sharing_rules::RequireScan(*scan, "scan", "N21");
  PlatformCore& core = *impl_;
  return ChangeCase(
      core, actor, CaseTable::kApplications, kKind, application_id, row_version,
      [&](const std::optional<PlatformCore::Actor>&, const CaseRow& row) {
        return Permission{Action::kApply, row.consumer_code, ObjectOf(application_id)};
      },
      [&](Operation& op, Sharing& sh, CaseRow& row) {
        const std::string object = ObjectOf(application_id);
        const std::string before = sh.Digest(row);
        Application x = sh.ToApplication(row);
        Move(row, ApplicationEvent::kSupplyMaterials);
        x.supplement = supplement;
        x.supplement_scan = scan;
        x.materials_supplied_at = core.Now();
        row.body = json(x).dump();
        sh.Store(CaseTable::kApplications, row, kKind);
        // The application is complete now: the reply period runs from here.
        OpenDecisionStep(op, sh, x);
        op.Audit("application.supply_materials", object, before, sh.Digest(row), supplement);
        return sh.ToApplication(row);
      });
}

Application SharingService::RequestReplyExtension(const std::string& actor, std::int64_t application_id,
                                                  std::int64_t row_version, int working_days,
                                                  const std::string& reason) {
  RequireText(reason, "reason", "N21: 因特殊原因需要延长答复期限的");
  PlatformCore& core = *impl_;
  return DecideApplication(core, actor, application_id, row_version, [&](Operation& op, Sharing& sh, CaseRow& row) {
    const std::string object = ObjectOf(application_id);
    const std::string before = sh.Digest(row);
    Application x = sh.ToApplication(row);
    if (!sharing_rules::ProviderDecides(x.mode)) {
      throw InvalidTransitionError("application " + std::to_string(x.id) +
                                   " is decided by the bureau itself (A18, A23); N21's extension is the provider's, "
                                   "approved by the bureau");
    }
    const auto pending = PendingDecision(x);
    if (x.status != ApplicationStatus::kAccepted || !pending) {
      throw InvalidTransitionError("application " + std::to_string(x.id) + " is " + ToString(x.status) +
                                   "; only a reply still to be given is extended (N21)");
    }
    if (!HasRule(core.Rules(), Duty::kReplyExtension, core.Now().date)) {
      core.RequireNational("N21", "extending the reply");
    }
    const periods::StatutoryPeriod cap = core.Period(Duty::kReplyExtension, core.NowSeconds());
    sharing_rules::CheckExtensionRequest(x, working_days, cap.rule, pending->due.due, core.Now());
    ReplyExtension ext;
    ext.working_days = working_days;
    ext.reason = reason;
    ext.requested_by = op.user().id;
    ext.requested_at = core.Now();
    x.extension = ext;
    row.body = json(x).dump();
    sh.Store(CaseTable::kApplications, row, kKind);
    op.Notify(NoticeKind::kApplication, sh.Bureau(), x.request.entry_id,
              op.department().name + " 申请将使用申请 " + std::to_string(x.id) + " 的答复期限延长 " +
                  std::to_string(working_days) + " 个工作日：" + reason + "，请审批 (" + cap.article + ")",
              object);
    op.Audit("application.request_extension", object, before, sh.Digest(row),
             std::to_string(working_days) + " " + reason);
    return sh.ToApplication(row);
  });
}

Application SharingService::DecideReplyExtension(const std::string& actor, std::int64_t application_id,
                                                 std::int64_t row_version, bool approve, const std::string& reason) {
  RequireText(reason, "reason", "N21: the authority's decision on the extension");
  PlatformCore& core = *impl_;
  const std::string object = ObjectOf(application_id);
  return RunWrite(core, actor, Permission{Action::kDecideExtension, "", object}, [&](Operation& op) {
    Sharing sh(core);
    CaseRow row = sh.LoadForChange(CaseTable::kApplications, kKind, application_id, row_version);
    const std::string before = sh.Digest(row);
    Application x = sh.ToApplication(row);
    if (!x.extension || x.extension->approved) {
      throw InvalidTransitionError("application " + std::to_string(x.id) +
                                   (x.extension ? " had its extension decided on " + x.extension->decided_at->date.ToIso()
                                                : std::string(" has no extension asked for")) + " (N21)");
    }
    const auto pending = PendingDecision(x);
    if (!pending) {
      throw InvalidTransitionError("application " + std::to_string(x.id) + " is " + ToString(x.status) +
                                   "; its reply was given, so there is nothing to extend (N21)");
    }
    x.extension->approved = approve;
    x.extension->decided_by = op.user().id;
    x.extension->decision_reason = reason;
    x.extension->decided_at = core.Now();
    std::string message = "使用申请 " + std::to_string(x.id) + " 的答复期限延长申请";
    if (approve) {
      const Deadline due = sh.ExtendStep(object, pending->kind, x.extension->working_days);
      message += "已同意，延长 " + std::to_string(x.extension->working_days) + " 个工作日，请于 " +
                 due.due.date.ToIso() + " 前答复 (N21)：" + reason;
    } else {
      message += "未同意，请于 " + pending->due.due.date.ToIso() + " 前答复 (N21)：" + reason;
    }
    row.body = json(x).dump();
    sh.Store(CaseTable::kApplications, row, kKind);
    op.Notify(NoticeKind::kApplication, x.provider_code, x.request.entry_id, message, object);
    // N21 并告知政务数据需求部门.
    if (approve) op.Notify(NoticeKind::kApplication, x.consumer_code, x.request.entry_id, message, object);
    op.Audit(approve ? "application.approve_extension" : "application.refuse_extension", object, before,
             sh.Digest(row), reason);
    return sh.ToApplication(row);
  });
}

}  // namespace govshare
