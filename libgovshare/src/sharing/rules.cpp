// The sharing rules: transition tables, A8 coverage, request shapes.
#include "sharing/rules.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <set>

#include "base/require.h"
#include "platform/periods.h"

namespace govshare {
namespace sharing_rules {
namespace {

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

// ---- state machines ---------------------------------------------------------------------

const StateMachine<ApplicationStatus, ApplicationEvent>& ApplicationMachine() {
  using S = ApplicationStatus;
  using E = ApplicationEvent;
  static const StateMachine<S, E> m{
      "application",
      {
          {S::kSubmitted, E::kAccept, S::kAccepted},     // A21 受理
          {S::kSubmitted, E::kDecline, S::kNotAccepted},  // A21 不予受理
          {S::kAccepted, E::kGrant, S::kGranted},        // A22, A23 授权
          {S::kAccepted, E::kRefuse, S::kRefused},       // A22, A23 不予授权
          {S::kAccepted, E::kRequestMaterials, S::kMaterialsRequested},  // N21 一次性告知
          {S::kMaterialsRequested, E::kSupplyMaterials, S::kAccepted},   // 补充材料
      },
      {
          {E::kAccept, "accept", "only a submitted application can be accepted (A21)"},
          {E::kDecline, "decline", "only a submitted application can be declined (A21)"},
          {E::kGrant, "grant", "only an accepted application can be granted (A22, A23)"},
          {E::kRefuse, "refuse", "only an accepted application can be refused (A22, A23)"},
          {E::kRequestMaterials, "request materials for",
           "only an accepted application waiting for its reply can be asked for materials (N21)"},
          {E::kSupplyMaterials, "supply materials to", "only an application asked for materials can be supplied (N21)"},
      }};
  return m;
}

const StateMachine<AuthorizationStatus, AuthorizationEvent>& AuthorizationMachine() {
  using S = AuthorizationStatus;
  using E = AuthorizationEvent;
  static const StateMachine<S, E> m{
      "authorization",
      {
          {S::kActive, E::kUse, S::kActive},                 // A26 last use
          {S::kActive, E::kSuspend, S::kSuspended},          // A28, A30
          {S::kSuspended, E::kReinstate, S::kActive},        // A28
          {S::kActive, E::kRevokeForNonUse, S::kRevoked},    // A26
          {S::kSuspended, E::kRevokeForNonUse, S::kRevoked},
          {S::kActive, E::kRevokeForBreach, S::kRevoked},    // A28, A30
          {S::kSuspended, E::kRevokeForBreach, S::kRevoked},
          {S::kActive, E::kExpire, S::kExpired},             // A26 期满
          {S::kActive, E::kRevokeWithPlatformGrant, S::kRevoked},     // A18 整体授权 revoked
          {S::kSuspended, E::kRevokeWithPlatformGrant, S::kRevoked},
          {S::kActive, E::kEndPurpose, S::kRevoked},         // N27 共享目的已实现……
          {S::kSuspended, E::kEndPurpose, S::kRevoked},
          {S::kActive, E::kEndService, S::kRevoked},         // N27 确需终止……服务
          {S::kSuspended, E::kEndService, S::kRevoked},
          {S::kActive, E::kSuspendForMisuse, S::kSuspended},     // N27 暂停其政务数据共享权限
          {S::kSuspended, E::kTerminateForMisuse, S::kRevoked},  // N27 可以终止共享
      },
      {
          {E::kUse, "use", "only an active authorization can be used (A26, A30)"},
          {E::kSuspend, "suspend", "it cannot be suspended (A28, A30)"},
          {E::kReinstate, "reinstate", "only a suspended authorization can be reinstated (A28)"},
          {E::kRevokeForNonUse, "revoke", "it cannot be revoked (A26)"},
          {E::kRevokeForBreach, "revoke", "it cannot be revoked (A28, A30)"},
          {E::kExpire, "expire", "only an active authorization past its period expires (A26)"},
          {E::kRevokeWithPlatformGrant, "revoke", "it cannot be revoked (A18)"},
          {E::kEndPurpose, "end", "only an active or suspended authorization is ended for its purpose (N27)"},
          {E::kEndService, "end", "only an active or suspended authorization's service is ended (N27)"},
          {E::kSuspendForMisuse, "suspend", "only an active authorization is suspended for misuse (N27)"},
          {E::kTerminateForMisuse, "terminate", "only an authorization suspended for misuse is terminated (N27)"},
      }};
  return m;
}

// ---- N21, N22 -------------------------------------------------------------------------------

void CheckMaterialsRequest(const Application& x, const std::vector<std::string>& missing) {
  if (!x.missing_materials.empty()) {
    throw InvalidTransitionError("application " + std::to_string(x.id) + ": the missing materials were listed on " +
                                 (x.materials_requested_at ? x.materials_requested_at->date.ToIso() : std::string("?")) +
                                 "; N21 一次性告知 allows one list — grant, or refuse with reasons");
  }
  RequireItems(missing, "missing", "N21 一次性告知其需要补充的材料");
}

void CheckExtension(const std::optional<ReplyExtension>& asked, const std::string& subject, const std::string& period,
                    int working_days, const DeadlineRule& cap, const std::string& cap_words,
                    const LocalDateTime& due, const LocalDateTime& now) {
  if (asked) {
    throw InvalidTransitionError(subject + ": an extension was asked for on " + asked->requested_at.date.ToIso() +
                                 " (" + cap_words + ": one extension, at most " + std::to_string(cap.count) +
                                 " working days)");
  }
  if (working_days < 1 || working_days > cap.count) {
    throw InvalidArgumentError("working_days must be 1.." + std::to_string(cap.count) + " (" + cap_words + "; was " +
                               std::to_string(working_days) + ")");
  }
  if (due < now) {
    throw InvalidTransitionError(subject + ": " + period + " was due " + due.ToIso() +
                                 "; an extension is asked for before the period ends (" + cap_words + ")");
  }
}

void CheckExtensionRequest(const Application& x, int working_days, const DeadlineRule& cap, const LocalDateTime& due,
                           const LocalDateTime& now) {
  CheckExtension(x.extension, "application " + std::to_string(x.id), "the reply", working_days, cap,
                 "N21 延长的期限最长不得超过" + std::to_string(cap.count) + "个工作日", due, now);
}

DeadlineRule Extended(const DeadlineRule& rule, int working_days) {
  return DeadlineRule{rule.unit, rule.count + working_days};
}

void CheckDelivery(const Authorization& z, ShareMethod method) {
  if (z.platform_wide) {
    throw InvalidTransitionError("authorization " + std::to_string(z.id) +
                                 " is the grant to the platform (A18); data is delivered to the consumers granted "
                                 "under it (N22)");
  }
  if (z.delivered_at) {
    throw InvalidTransitionError("authorization " + std::to_string(z.id) + " was delivered on " +
                                 z.delivered_at->date.ToIso() + " (N22)");
  }
  if (z.status != AuthorizationStatus::kActive) {
    throw InvalidTransitionError("authorization " + std::to_string(z.id) + " is " + ToString(z.status) +
                                 "; only an active authorization is delivered (N22)");
  }
  if (std::find(z.methods.begin(), z.methods.end(), method) == z.methods.end()) {
    throw InvalidArgumentError("method " + ToString(method) + " is not a method of authorization " +
                               std::to_string(z.id) + " (N22 服务接口、批量交换、文件下载; A13)");
  }
}

AuthorizationEvent RevocationEvent(RevocationGround ground) {
  if (ground == RevocationGround::kNonUse) return AuthorizationEvent::kRevokeForNonUse;
  if (ground == RevocationGround::kBreach) return AuthorizationEvent::kRevokeForBreach;
  if (ground == RevocationGround::kPurposeEnded) {
    throw InvalidArgumentError("ground: purpose_ended is the consumer's act, EndPurpose (N27 共享目的已实现……)");
  }
  if (ground == RevocationGround::kServiceEnded) {
    throw InvalidArgumentError(
        "ground: service_ended comes only by a service change negotiated with the consumer and filed with the "
        "bureau, ProposeServiceChange (N27 应当与政务数据需求部门协商，并报……备案)");
  }
  if (ground == RevocationGround::kMisuseNotRectified) {
    throw InvalidArgumentError(
        "ground: misuse_not_rectified follows a suspension for misuse and its rectification order, "
        "SuspendForMisuse then TerminateForMisuse (N27 暂停……督促限期整改，对拒不整改或者整改不到位的，可以终止共享)");
  }
  throw InvalidArgumentError("ground must be non_use (A26) or breach (A28, A30)");
}

const StateMachine<DemandStatus, DemandEvent>& DemandMachine() {
  using S = DemandStatus;
  using E = DemandEvent;
  static const StateMachine<S, E> m{
      "demand request",
      {
          {S::kSubmitted, E::kAnswerNotInDuties, S::kNotInDuties},  // A25 不属于履职范围
          {S::kSubmitted, E::kAnswerWillPublish, S::kCommitted},    // A25 1个月内发布
          {S::kSubmitted, E::kAnswerCannotPublishYet, S::kDeferred},  // A25 备案
          // A25 确因客观原因暂时无法发布: a department that committed may find it
          // cannot publish after all; it says so with the feedback.
          {S::kCommitted, E::kAnswerCannotPublishYet, S::kDeferred},
          {S::kCommitted, E::kFulfil, S::kFulfilled},
          {S::kDeferred, E::kFulfil, S::kFulfilled},
      },
      {
          {E::kAnswerNotInDuties, "answer", "it has been answered (A25)"},
          {E::kAnswerWillPublish, "answer", "it has been answered (A25)"},
          {E::kAnswerCannotPublishYet, "answer",
           "only an unanswered or will_publish demand can be answered cannot_publish_yet (A25)"},
          {E::kFulfil, "fulfil", "only a committed or deferred demand is fulfilled by a publication (A25)"},
      }};
  return m;
}

DemandEvent AnswerEvent(DemandAnswerKind kind) {
  switch (kind) {
    case DemandAnswerKind::kNotInDuties:
      return DemandEvent::kAnswerNotInDuties;
    case DemandAnswerKind::kWillPublish:
      return DemandEvent::kAnswerWillPublish;
    case DemandAnswerKind::kCannotPublishYet:
      return DemandEvent::kAnswerCannotPublishYet;
  }
  throw InvalidArgumentError("answer.kind must be not_in_duties, will_publish or cannot_publish_yet (A25)");
}

const StateMachine<ObjectionStatus, ObjectionEvent>& ObjectionMachine() {
  using S = ObjectionStatus;
  using E = ObjectionEvent;
  static const StateMachine<S, E> m{"objection",
                                    {
                                        {S::kOpen, E::kCorrect, S::kCorrected},  // A29 予以更正
                                        {S::kOpen, E::kReject, S::kRejected},    // A29 数据无误
                                    },
                                    {
                                        {E::kCorrect, "correct", "it has been resolved (A29)"},
                                        {E::kReject, "reject", "it has been resolved (A29)"},
                                    }};
  return m;
}

const StateMachine<DisputeStatus, DisputeEvent>& DisputeMachine() {
  using S = DisputeStatus;
  using E = DisputeEvent;
  static const StateMachine<S, E> m{"dispute",
                                    {{S::kOpen, E::kResolve, S::kResolved}},  // A27 协商解决
                                    {{E::kResolve, "resolve", "only an open dispute is resolved (A27)"}}};
  return m;
}

namespace {
// The region of a department: "" for the city (the bureau and municipal
// departments), the county platform's code for a county platform and its departments.
std::string RegionOf(const Department& d) {
  switch (d.level) {
    case DepartmentLevel::kCountyPlatform:
      return d.code;
    case DepartmentLevel::kCounty:
      return d.parent_code;
    case DepartmentLevel::kBureau:
    case DepartmentLevel::kMunicipal:
      break;
  }
  return "";
}
}  // namespace

bool CrossLevelOrRegion(const Department& a, const Department& b) { return RegionOf(a) != RegionOf(b); }

void CheckReturnFlow(const Department& consumer, const Department& provider) {
  if (RegionOf(consumer).empty() || !RegionOf(provider).empty()) {
    throw InvalidArgumentError("return_flow: N24 回流 returns a city department's data to a department of a county; " +
                               consumer.code + " (" + ToString(consumer.level) + ") is not below " + provider.code +
                               " (" + ToString(provider.level) + ")");
  }
}

void CheckReturnFlowTerms(const ApplicationRequest& request, const GrantTerms& terms) {
  for (const std::string& item : request.items) {
    if (!terms.items.empty() && !Contains(terms.items, item)) {
      throw InvalidArgumentError("terms.items: a return of data to a lower level is complete (N24 完整回流); \"" +
                                 item + "\" was asked for and is left out");
    }
  }
  if (!terms.conditions.empty()) {
    throw InvalidArgumentError("terms.conditions: a return of data to a lower level is granted without conditions "
                               "of the granter's own (N24 不得设置额外的限制条件)");
  }
}

DisputeTier NextTier(DisputeTier from, bool cross, std::int64_t id) {
  switch (from) {
    case DisputeTier::kNegotiation:
      return cross ? DisputeTier::kSuperiorAuthority : DisputeTier::kAuthority;
    case DisputeTier::kAuthority:
    case DisputeTier::kSuperiorAuthority:
      return DisputeTier::kGovernment;
    case DisputeTier::kGovernment:
      break;
  }
  throw InvalidTransitionError("dispute " + std::to_string(id) +
                               " is before the government, which decides it (N28 报……本级人民政府决定)");
}

// ---- A8 coverage ------------------------------------------------------------------------

bool NamedInScope(const ShareAttribute& share, const std::string& consumer) {
  return share.share_class == ShareClass::kConditional && Contains(share.scope.departments, consumer);
}

ItemCover CoverItem(const CatalogEntry& entry, const std::string& item, bool in_scope) {
  auto it = std::find_if(entry.items.begin(), entry.items.end(), [&](const DataItem& d) { return d.name == item; });
  if (it == entry.items.end()) return ItemCover::kNotAnItem;
  return CoverItem(entry, *it, in_scope);
}

ItemCover CoverItem(const CatalogEntry& entry, const DataItem& item, bool in_scope) {
  const ShareAttribute& share = entry.share;
  if (share.share_class == ShareClass::kNotShared || item.share_class == ShareClass::kNotShared) {
    return ItemCover::kNotShared;
  }
  const ShareScope& scope = share.scope;
  // 应进行数据脱敏: masked for every consumer, the named departments included.
  const bool masked = Contains(scope.masked_items, item.name);
  if (share.share_class != ShareClass::kConditional || in_scope) return masked ? ItemCover::kMasked : ItemCover::kPlain;
  // 数据比对: every department not named gets match / no match only.
  if (scope.comparison_only) return ItemCover::kComparisonOnly;
  // 仅部分内容可提供给所有部门.
  if (masked) return ItemCover::kMasked;
  if (Contains(scope.open_items, item.name)) return ItemCover::kPlain;
  return ItemCover::kOutsideScope;
}

std::string ItemsHint(const CatalogEntry& entry, const std::string& name) {
  std::vector<std::string> names;
  for (const DataItem& d : entry.items) names.push_back(d.name);
  return "; its items are " + internal::ChoicesHint(name, names);
}

Coverage CheckCoverage(const CatalogEntry& entry, const std::string& entry_label, const std::string& consumer,
                       const std::vector<std::string>& items, bool as_named) {
  if (entry.share.share_class == ShareClass::kNotShared) {
    throw InvalidArgumentError("entry " + entry_label + " is not shared (不予共享, A8); it cannot be applied for");
  }
  const bool in_scope = as_named || NamedInScope(entry.share, consumer);
  Coverage c;
  // Every item must exist and be shared before the scope is looked at.
  std::vector<ItemCover> covers;
  for (size_t i = 0; i < items.size(); ++i) {
    const ItemCover cover = CoverItem(entry, items[i], in_scope);
    const std::string label = "items[" + std::to_string(i) + "] \"" + items[i] + "\"";
    if (cover == ItemCover::kNotAnItem) {
      throw InvalidArgumentError(label + " is not an item of entry " + entry_label + ItemsHint(entry, items[i]) +
                                 " (A20: apply for items of the published entry)");
    }
    if (cover == ItemCover::kNotShared) {
      throw InvalidArgumentError(label + " of entry " + entry_label + " is not shared (不予共享, A8)");
    }
    covers.push_back(cover);
  }
  for (size_t i = 0; i < items.size(); ++i) {
    switch (covers[i]) {
      case ItemCover::kOutsideScope:
        throw InvalidArgumentError("items[" + std::to_string(i) + "] \"" + items[i] + "\": the share scope of entry " +
                                   entry_label + " (有条件共享) does not cover department " + consumer +
                                   "; only its items for all departments may be asked for (A8)");
      case ItemCover::kComparisonOnly:
        c.comparison_only = true;
        break;
      default:
        break;
    }
    // Masked items stay masked in a comparison-only grant too (A8).
    if (Contains(entry.share.scope.masked_items, items[i])) c.masked.push_back(items[i]);
  }
  return c;
}

void CheckApplication(const CatalogEntry& entry, std::int64_t entry_id, const std::string& label,
                      const std::string& provider, const std::string& consumer, const ApplicationRequest& request,
                      const Date& today) {
  if (provider == consumer) {
    throw InvalidArgumentError("entry_id " + std::to_string(entry_id) + ": entry " + label +
                               " is the department's own resource; no application is needed (A17)");
  }
  if (request.valid_until < today) {
    throw InvalidArgumentError("valid_until " + request.valid_until.ToIso() + " is already past (A26)");
  }
  CheckCoverage(entry, label, consumer, request.items, request.return_flow);
  const auto& methods = entry.share.methods;
  if (std::find(methods.begin(), methods.end(), request.method) == methods.end()) {
    throw InvalidArgumentError("method " + ToString(request.method) + " is not offered by entry " + label +
                               " (A13: its share methods)");
  }
}

AuthorizationMode ModeOf(const CatalogEntry& e) {
  if (e.share.authorization_mode) return *e.share.authorization_mode;
  // Validation requires a mode for shared entries; an imported entry may lack it.
  if (e.share.share_class == ShareClass::kUnconditional && e.share.controlled_parameters.empty()) {
    return AuthorizationMode::kPlatformDirect;
  }
  return AuthorizationMode::kProviderDirect;
}

StepKind DecisionStepAfterAcceptance(AuthorizationMode mode, bool platform_grant_live) {
  if (ProviderDecides(mode)) return StepKind::kProviderDecision;
  if (mode == AuthorizationMode::kProviderToPlatform && !platform_grant_live) return StepKind::kProviderDecision;
  return StepKind::kPlatformDecision;
}

// ---- A22, A23: a grant narrows, never widens ---------------------------------------------

GrantScope NarrowRequest(const ApplicationRequest& request, const GrantTerms& terms, const char* article,
                         const Date& today) {
  const std::string art(article);
  GrantScope g;
  g.items = terms.items.empty() ? request.items : terms.items;
  for (size_t i = 0; i < g.items.size(); ++i) {
    if (!Contains(request.items, g.items[i])) {
      throw InvalidArgumentError("terms.items[" + std::to_string(i) + "] \"" + g.items[i] +
                                 "\" was not applied for; a grant gives at most the items requested (" + art + ")");
    }
  }
  RequireItems(g.items, "terms.items", article);
  g.valid_from = terms.valid_from.value_or(request.valid_from);
  g.valid_until = terms.valid_until.value_or(request.valid_until);
  RequireDate(g.valid_from, "terms.valid_from", "A26: the validity period");
  RequireDate(g.valid_until, "terms.valid_until", "A26: the validity period");
  if (g.valid_until < g.valid_from) {
    throw InvalidArgumentError("terms: valid_until must not be before valid_from (A26)");
  }
  if (g.valid_from < request.valid_from) {
    throw InvalidArgumentError("terms.valid_from " + g.valid_from.ToIso() + " is before the requested " +
                               request.valid_from.ToIso() + "; a grant narrows the period applied for, never widens it (" +
                               art + ")");
  }
  if (request.valid_until < g.valid_until) {
    throw InvalidArgumentError("terms.valid_until " + g.valid_until.ToIso() + " is after the requested " +
                               request.valid_until.ToIso() +
                               "; a grant narrows the period applied for, never widens it (" + art + ")");
  }
  if (g.valid_until < today) {
    throw InvalidArgumentError("terms.valid_until " + g.valid_until.ToIso() + " is already past (A26)");
  }
  return g;
}

// ---- A18 整体授权 -------------------------------------------------------------------------

Coverage CheckPlatformGrantItems(const CatalogEntry& entry, const std::string& entry_label,
                                 const std::vector<std::string>& items) {
  if (entry.share.share_class == ShareClass::kNotShared) {
    throw InvalidArgumentError("entry " + entry_label + " is not shared (不予共享, A8); it cannot be granted");
  }
  Coverage c;
  for (size_t i = 0; i < items.size(); ++i) {
    // As for a department named in the scope: the platform holds the grant
    // for every consumer the scope admits.
    const ItemCover cover = CoverItem(entry, items[i], true);
    const std::string label = "terms.items[" + std::to_string(i) + "] \"" + items[i] + "\"";
    if (cover == ItemCover::kNotAnItem) {
      throw InvalidArgumentError(label + " is not an item of entry " + entry_label + ItemsHint(entry, items[i]) + " (A18)");
    }
    if (cover == ItemCover::kNotShared) {
      throw InvalidArgumentError(label + " of entry " + entry_label + " is not shared (不予共享, A8)");
    }
    if (Contains(entry.share.scope.masked_items, items[i])) c.masked.push_back(items[i]);
  }
  return c;
}

void CheckWithinPlatformGrant(const Authorization& platform, const std::vector<std::string>& items,
                              ShareMethod method, const Date& from, const Date& until) {
  for (size_t i = 0; i < items.size(); ++i) {
    if (!Contains(platform.items, items[i])) {
      throw InvalidArgumentError("items[" + std::to_string(i) + "] \"" + items[i] +
                                 "\" is outside the provider's grant to the platform (A18)");
    }
  }
  if (std::find(platform.methods.begin(), platform.methods.end(), method) == platform.methods.end()) {
    throw InvalidArgumentError("method " + ToString(method) + " is outside the provider's grant to the platform (A18)");
  }
  if (from < platform.valid_from || platform.valid_until < until) {
    throw InvalidArgumentError("terms: the period " + from.ToIso() + ".." + until.ToIso() +
                               " is outside the provider's grant to the platform (" + platform.valid_from.ToIso() +
                               ".." + platform.valid_until.ToIso() + ", A18)");
  }
}

std::string CarriedConditions(const std::string& platform, const std::string& own) {
  if (own.empty() || own == platform) return platform;
  if (platform.empty()) return own;
  return platform + "；" + own;
}

std::optional<AuthorizationEvent> CascadeEvent(AuthorizationEvent event, AuthorizationStatus child,
                                               bool suspended_with_platform_grant) {
  using S = AuthorizationStatus;
  using E = AuthorizationEvent;
  switch (event) {
    case E::kSuspend:
      if (child == S::kActive) return E::kSuspend;
      return std::nullopt;
    case E::kReinstate:
      if (child == S::kSuspended && suspended_with_platform_grant) return E::kReinstate;
      return std::nullopt;
    case E::kRevokeForNonUse:
    case E::kRevokeForBreach:
    case E::kRevokeWithPlatformGrant:
      if (child == S::kActive || child == S::kSuspended) return E::kRevokeWithPlatformGrant;
      return std::nullopt;
    case E::kUse:
    case E::kExpire:
    case E::kEndPurpose:   // a consumer's own act; a platform grant has no purpose of its own
    case E::kEndService:   // N27 concerns a consumer's service
    case E::kSuspendForMisuse:    // a consumer's misuse; a platform grant is not used (CheckMisuseOrder)
    case E::kTerminateForMisuse:
      return std::nullopt;
  }
  return std::nullopt;
}

void RequireCeilingLive(std::int64_t id, std::int64_t platform_grant_id, AuthorizationStatus platform) {
  if (platform == AuthorizationStatus::kActive) return;
  throw InvalidTransitionError("authorization " + std::to_string(id) + " was granted under the grant to the platform " +
                               std::to_string(platform_grant_id) + ", which is " + ToString(platform) +
                               "; it cannot be reinstated beyond its ceiling (A18)");
}

// ---- the shape of requests ----------------------------------------------------------------

void RequireScan(const ScanDocument& scan, const std::string& field, const char* article) {
  const std::string rule = std::string(article) + ": the stamped application scan (申请材料须加盖印章，并提交扫描件)";
  RequireText(scan.file_name, field + ".file_name", rule);
  bool hex = scan.sha256.size() == 64;
  for (char ch : scan.sha256) {
    hex = hex && std::isxdigit(static_cast<unsigned char>(ch)) && !std::isupper(static_cast<unsigned char>(ch));
  }
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

void CheckPolicy(const SharingPolicy& policy) {
  auto check = [](int v, const char* field, const char* article) {
    if (v < 1 || v > 60) {
      throw InvalidArgumentError(std::string(field) + " must be 1..60 working days (" + article + ", got " +
                                 std::to_string(v) + ")");
    }
  };
  check(policy.demand_not_in_duties_days, "demand_not_in_duties_days", "A25 及时告知");
  check(policy.objection_check_days, "objection_check_days", "A29 及时校核");
  check(policy.unrevised_rejection_days, "unrevised_rejection_days", "A31 (2) 及时更新");
  check(policy.disposal_days, "disposal_days", "N27 妥善处置");
  check(policy.dispute_coordination_days, "dispute_coordination_days", "N28 协调处理");
  if (policy.office_close_minutes && (*policy.office_close_minutes < 8 * 60 || *policy.office_close_minutes > 24 * 60)) {
    throw InvalidArgumentError("office_close_minutes must be 480..1440 minutes after midnight (08:00–24:00, got " +
                               std::to_string(*policy.office_close_minutes) + ")");
  }
  if (policy.after_close_counts_next_day && !policy.office_close_minutes) {
    throw InvalidArgumentError("after_close_counts_next_day needs office_close_minutes (the close it counts from)");
  }
}

// ---- A26 ------------------------------------------------------------------------------------

DeadlineOptions DeadlineOptionsOf(const SharingPolicy& policy) {
  DeadlineOptions o;
  o.provisional = true;
  o.office_close_minutes = policy.office_close_minutes;
  o.after_close_counts_next_day = policy.after_close_counts_next_day;
  return o;
}

void SetStatus(Authorization& z, AuthorizationStatus to, const std::string& reason, const LocalDateTime& now,
               bool with_platform_grant) {
  if (to == AuthorizationStatus::kSuspended) {
    if (z.suspensions.empty() || z.suspensions.back().until) z.suspensions.push_back({now, std::nullopt});
  } else if (!z.suspensions.empty() && !z.suspensions.back().until) {
    z.suspensions.back().until = now;  // reinstated or revoked
  }
  if (to == AuthorizationStatus::kRevoked || to == AuthorizationStatus::kExpired) {
    // N27: an order still open when the authorization ends otherwise has
    // nothing left to rectify (TerminateForMisuse closes its own first).
    if (MisuseOrder* o = OpenMisuseOrder(z)) {
      o->outcome = MisuseOutcome::kEndedOtherwise;
      o->closed_at = now;
    }
  }
  z.status = to;
  z.status_reason = reason;
  z.status_changed_at = now;
  z.suspended_with_platform_grant = to == AuthorizationStatus::kSuspended && with_platform_grant;
}

const char* WhyNotUsable(AuthorizationStatus stored, int valid_from_day, int valid_until_day, int day) {
  switch (stored) {
    case AuthorizationStatus::kActive:
      break;
    case AuthorizationStatus::kRevoked:
      return "the authorization is revoked";
    case AuthorizationStatus::kSuspended:
      return "the authorization is suspended";
    case AuthorizationStatus::kExpired:
      return "the authorization has expired (A26: apply again)";
  }
  if (day < valid_from_day) return "the authorization is not yet valid";
  if (day > valid_until_day) return "the authorization has expired (A26: apply again)";
  return nullptr;
}

AuthorizationStatus EffectiveStatus(AuthorizationStatus stored, const Date& valid_until, const Date& today) {
  if (stored == AuthorizationStatus::kActive &&
      WhyNotUsable(stored, std::numeric_limits<int>::min(), valid_until.DaysSinceEpoch(), today.DaysSinceEpoch()) !=
          nullptr) {
    return AuthorizationStatus::kExpired;
  }
  return stored;
}

Date NonUsePeriodEnds(const Date& since, const DeadlineRule& non_use) {
  if (non_use.unit == DeadlineUnit::kMonths) return AddMonths(since, non_use.count);
  if (non_use.unit == DeadlineUnit::kCalendarDays) return Date::FromDaysSinceEpoch(since.DaysSinceEpoch() + non_use.count);
  throw InvalidArgumentError("the non-use period is elapsed time (months or calendar days), not " +
                             std::to_string(non_use.count) + " working days (A26)");
}

bool UnusedTooLong(const Date& since, const Date& today, const DeadlineRule& non_use) {
  // More than the period: its anniversary lies before today.
  return NonUsePeriodEnds(since, non_use) < today;
}

// ---- N27, N29 -------------------------------------------------------------------------------

const StateMachine<ServiceChangeStatus, ServiceChangeEvent>& ServiceChangeMachine() {
  using S = ServiceChangeStatus;
  using E = ServiceChangeEvent;
  static const StateMachine<S, E> m{
      "service change",
      {
          {S::kNegotiating, E::kAnswer, S::kAnswered},   // N27 协商
          {S::kAnswered, E::kFile, S::kFiled},           // N27 报……备案
          {S::kNegotiating, E::kWithdraw, S::kWithdrawn},
          {S::kAnswered, E::kWithdraw, S::kWithdrawn},
      },
      {
          {E::kAnswer, "answer", "only a change under negotiation is answered (N27 协商)"},
          {E::kFile, "file",
           "only a change the consumer has answered is filed: negotiate first (N27 应当与政务数据需求部门协商)"},
          {E::kWithdraw, "withdraw", "a filed or withdrawn change is not withdrawn (N27)"},
      }};
  return m;
}

void CheckServiceChange(const Authorization& z, const std::vector<ShareMethod>& offered,
                        const ServiceChangeInput& change, const Date& today) {
  const std::string subject = "authorization " + std::to_string(z.id);
  RequireText(change.reason, "reason", "N27 无正当理由，不得终止或者变更已提供的政务数据共享服务");
  if (z.platform_wide) {
    throw InvalidArgumentError("authorization_id: " + subject +
                               " is a grant to the platform as a whole; its provider revokes it (A18). N27 "
                               "concerns the service to a consumer");
  }
  if (!HoldsUse(z)) {
    throw InvalidTransitionError(subject + " is " + ToString(z.status) +
                                 "; only a service in use (active or suspended) is ended or changed (N27)");
  }
  if (change.kind == ServiceChangeKind::kEnd) {
    if (!change.items.empty() || !change.methods.empty() || change.valid_until) {
      throw InvalidArgumentError("items, methods, valid_until: an end of the service changes nothing else (N27)");
    }
    return;
  }
  bool changes = false;
  if (!change.items.empty()) {
    RequireItems(change.items, "items", "N27");
    for (const auto& item : change.items) {
      if (std::find(z.items.begin(), z.items.end(), item) == z.items.end()) {
        throw InvalidArgumentError("items: \"" + item + "\" is not granted by " + subject +
                                   "; a change keeps some of the granted items (N27 变更)");
      }
    }
    changes = changes || change.items.size() != z.items.size();
  }
  if (!change.methods.empty()) {
    for (ShareMethod m : change.methods) {
      if (std::find(offered.begin(), offered.end(), m) == offered.end()) {
        throw InvalidArgumentError("methods: " + ToString(m) + " is not offered by entry " + z.entry_code +
                                   "; a change offers the entry's methods (N27 变更, A13)");
      }
    }
    std::vector<ShareMethod> a = change.methods, b = z.methods;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    changes = changes || a != b;
  }
  if (change.valid_until) {
    if (*change.valid_until < today) {
      throw InvalidArgumentError("valid_until: " + change.valid_until->ToIso() + " is past (N27 变更)");
    }
    if (z.valid_until < *change.valid_until) {
      throw InvalidArgumentError("valid_until: a change ends the service earlier, never later than " +
                                 z.valid_until.ToIso() + " (N27 变更; a longer period is applied for, A26)");
    }
    changes = changes || *change.valid_until != z.valid_until;
  }
  if (!changes) {
    throw InvalidArgumentError("items, methods, valid_until: the change changes nothing of " + subject + " (N27 变更)");
  }
}

Authorization Changed(const Authorization& z, const ServiceChangeInput& change) {
  Authorization out = z;
  if (!change.items.empty()) {
    out.items = change.items;
    out.masked_items.clear();
    for (const auto& m : z.masked_items) {
      if (std::find(change.items.begin(), change.items.end(), m) != change.items.end()) out.masked_items.push_back(m);
    }
  }
  if (!change.methods.empty()) out.methods = change.methods;
  if (change.valid_until) out.valid_until = *change.valid_until;
  return out;
}

void CheckDisposalTerms(const GrantTerms& terms) {
  if (!internal::IsValidUtf8(terms.disposal)) throw InvalidArgumentError("terms.disposal is not valid UTF-8");
  if (terms.disposal_working_days && (*terms.disposal_working_days < 1 || *terms.disposal_working_days > 60)) {
    throw InvalidArgumentError("terms.disposal_working_days must be 1..60 working days (N27 按照政务数据提供部门的要求妥善处置; got " +
                               std::to_string(*terms.disposal_working_days) + ")");
  }
}

bool OwesDisposal(const Authorization& z, bool renewed) {
  return !renewed && !z.platform_wide && !z.disposed_at && (z.delivered_at || z.last_used);
}

int DisposalDays(const Authorization& z, const SharingPolicy& policy) {
  return z.disposal_working_days > 0 ? z.disposal_working_days : policy.disposal_days;
}

Date PurgeableFrom(const Date& recorded, const DeadlineRule& retention) {
  if (retention.unit == DeadlineUnit::kMonths) return AddMonths(recorded, retention.count);
  if (retention.unit == DeadlineUnit::kCalendarDays) {
    return Date::FromDaysSinceEpoch(recorded.DaysSinceEpoch() + retention.count);
  }
  throw InvalidArgumentError("the retention of use records is elapsed time (months or calendar days) (N29)");
}

void CheckPurge(const UseRecord& r, const Date& today, const std::string& reason) {
  if (r.purged) {
    throw InvalidTransitionError("use record " + std::to_string(r.id) + " was purged on " +
                                 (r.purged_at ? r.purged_at->date.ToIso() : std::string("?")));
  }
  if (today < r.purgeable_from) {
    throw InvalidTransitionError("use record " + std::to_string(r.id) + " of " + r.recorded_at.date.ToIso() +
                                 " must be kept until " + r.purgeable_from.ToIso() + " (" + r.article +
                                 " 有关记录保存期限); it may be purged from that day");
  }
  RequireText(reason, "reason", "N29: a purge states its reason");
}

// ---- N27 ¶2, N25 ------------------------------------------------------------------------------

void CheckMisuseOrder(const Authorization& z, const std::string& facts, int working_days) {
  RequireText(facts, "facts", "N27: what the consumer did beyond its grant (擅自超出使用范围、共享目的使用，或者擅自提供给第三方)");
  if (working_days < 1 || working_days > 60) {
    throw InvalidArgumentError("working_days must be 1..60 (N27 督促限期整改: the period set for the rectification; was " +
                               std::to_string(working_days) + ")");
  }
  if (z.platform_wide) {
    throw InvalidArgumentError("authorization_id: " + std::to_string(z.id) +
                               " is a grant to the platform as a whole; the platform does not use it, a consumer "
                               "grant made under it is suspended for misuse (A18, N27)");
  }
}

const MisuseOrder* OpenMisuseOrder(const Authorization& z) {
  if (z.misuse_orders.empty() || z.misuse_orders.back().outcome) return nullptr;
  return &z.misuse_orders.back();
}

MisuseOrder* OpenMisuseOrder(Authorization& z) {
  if (z.misuse_orders.empty() || z.misuse_orders.back().outcome) return nullptr;
  return &z.misuse_orders.back();
}

bool MayClose(const MisuseOrder& o, const std::string& acting, bool bureau) {
  return bureau || o.ordered_by_department == acting;
}

void CheckTermination(const Authorization& z, const LocalDateTime& due, const LocalDateTime& now) {
  const MisuseOrder* o = OpenMisuseOrder(z);
  if (!o) {
    throw InvalidTransitionError("authorization " + std::to_string(z.id) +
                                 " has no open suspension for misuse; N27 terminates sharing only after a suspension "
                                 "and a rectification order (暂停……督促限期整改，对拒不整改或者整改不到位的，可以终止共享)");
  }
  if (!o->reported_at && !(due < now)) {
    throw InvalidTransitionError("authorization " + std::to_string(z.id) + ": the rectification ordered on " +
                                 o->ordered_at.date.ToIso() + " runs until " + due.ToIso() +
                                 " and nothing is reported yet; terminate when it is refused (拒不整改: the period "
                                 "ran out unreported) or judged insufficient (整改不到位: a report) (N27)");
  }
}

void CheckRectificationReport(const Authorization& z, const std::string& report) {
  const MisuseOrder* o = OpenMisuseOrder(z);
  if (!o) {
    throw InvalidTransitionError("authorization " + std::to_string(z.id) +
                                 " has no open rectification order to report on (N27)");
  }
  if (o->reported_at) {
    throw InvalidTransitionError("authorization " + std::to_string(z.id) + ": the rectification was reported on " +
                                 o->reported_at->date.ToIso() + "; the ordering authority now reinstates or terminates (N27)");
  }
  RequireText(report, "report", "N27 限期整改: what was rectified");
}

void CheckWiderUseRequest(const Authorization& z, const WiderUseRequest& request) {
  RequireText(request.description, "description",
              "N25: the wider scope, the other purpose, or what goes to the third party and why");
  if (request.kind == UseBeyondGrant::kThirdParty) {
    RequireText(request.third_party, "third_party", "N25 提供给第三方: who receives the data");
  } else if (!request.third_party.empty()) {
    throw InvalidArgumentError("third_party is named only for kind third_party (N25; kind was " +
                               ToString(request.kind) + ")");
  }
  if (z.platform_wide) {
    throw InvalidArgumentError("authorization_id: " + std::to_string(z.id) +
                               " is a grant to the platform as a whole; a consumer asks on its own grant (N25)");
  }
  if (z.status != AuthorizationStatus::kActive) {
    throw InvalidTransitionError("authorization " + std::to_string(z.id) + " is " + ToString(z.status) +
                                 "; a wider use is asked for on an active authorization (N25)");
  }
}

WiderUse& CheckWiderUseAnswer(Authorization& z, int number, bool consent, const std::string& answer) {
  if (number < 1 || number > static_cast<int>(z.wider_uses.size())) {
    throw InvalidArgumentError("number: authorization " + std::to_string(z.id) + " has " +
                               std::to_string(z.wider_uses.size()) + " wider-use request(s) (N25); was " +
                               std::to_string(number));
  }
  if (z.status == AuthorizationStatus::kRevoked || z.status == AuthorizationStatus::kExpired) {
    throw InvalidTransitionError("authorization " + std::to_string(z.id) + " is " + ToString(z.status) +
                                 "; there is no use left to consent to (N25)");
  }
  WiderUse& w = z.wider_uses[static_cast<std::size_t>(number - 1)];
  if (w.consented) {
    throw InvalidTransitionError("wider-use request " + std::to_string(number) + " of authorization " +
                                 std::to_string(z.id) + " was answered on " +
                                 (w.answered_at ? w.answered_at->date.ToIso() : std::string("?")) + " (N25)");
  }
  if (!consent) RequireText(answer, "answer", "N25: a refusal of consent states its reasons");
  return w;
}

// ---- A16 ------------------------------------------------------------------------------------

bool HoldsUse(const Authorization& z) {
  return !z.platform_wide &&
         (z.status == AuthorizationStatus::kActive || z.status == AuthorizationStatus::kSuspended);
}

std::vector<std::string> UsingDepartments(const std::vector<std::string>& subscribers,
                                          const std::vector<Authorization>& authorizations,
                                          const std::vector<std::string>& bureau) {
  std::set<std::string> out(subscribers.begin(), subscribers.end());
  for (const auto& z : authorizations) {
    if (HoldsUse(z)) out.insert(z.consumer_code);
  }
  for (const auto& b : bureau) out.erase(b);
  return {out.begin(), out.end()};
}

namespace {

// How much of an item a cover gives: nothing, match / no match, masked data, the data.
int Rank(ItemCover c) {
  switch (c) {
    case ItemCover::kPlain:
      return 3;
    case ItemCover::kMasked:
      return 2;
    case ItemCover::kComparisonOnly:
      return 1;
    default:
      return 0;
  }
}

}  // namespace

std::vector<std::string> TakenAway(const CatalogEntry& revised, const Authorization& z) {
  std::vector<std::string> out;
  if (revised.share.share_class == ShareClass::kNotShared) {
    out.push_back("share.share_class: the revision classes the entry not shared (不予共享, A8)");
    return out;
  }
  const bool in_scope = z.return_flow || NamedInScope(revised.share, z.consumer_code);
  for (const auto& item : z.items) {
    const ItemCover now = CoverItem(revised, item, in_scope);
    // What the grant gives (A8, carried by the authorization).
    const ItemCover granted = z.comparison_only             ? ItemCover::kComparisonOnly
                              : Contains(z.masked_items, item) ? ItemCover::kMasked
                                                               : ItemCover::kPlain;
    if (Rank(now) >= Rank(granted)) continue;
    switch (now) {
      case ItemCover::kNotAnItem:
        out.push_back("items: the authorized item \"" + item + "\" is removed (A20)");
        break;
      case ItemCover::kNotShared:
        out.push_back("items \"" + item + "\".share_class: the authorized item is classed not shared (不予共享, A8)");
        break;
      case ItemCover::kOutsideScope:
        out.push_back("share.scope: the authorized item \"" + item + "\" is no longer within the scope for " +
                      z.consumer_code + " (A8)");
        break;
      case ItemCover::kComparisonOnly:
        out.push_back("share.scope.comparison_only: the authorized item \"" + item +
                      "\" becomes comparison only for " + z.consumer_code + " (数据比对, A8)");
        break;
      default:
        out.push_back("share.scope.masked_items: the authorized item \"" + item + "\" becomes masked (脱敏, A8)");
        break;
    }
  }
  for (const auto m : z.methods) {
    if (std::find(revised.share.methods.begin(), revised.share.methods.end(), m) == revised.share.methods.end()) {
      out.push_back("share.methods: the granted method " + ToString(m) + " is no longer offered (A13)");
    }
  }
  return out;
}

void RequireNothingTakenAway(const CatalogEntry& revised, const std::string& entry_label,
                             const std::vector<Authorization>& authorizations) {
  for (const auto& z : authorizations) {
    if (!HoldsUse(z)) continue;
    const auto lost = TakenAway(revised, z);
    if (lost.empty()) continue;
    std::string more;
    for (size_t i = 1; i < lost.size(); ++i) more += "; " + lost[i];
    throw InvalidArgumentError(
        lost.front() + more + " — the revision of entry " + entry_label + " takes away what department " +
        z.consumer_code + " holds under authorization " + std::to_string(z.id) +
        " (A16: 已发布的政务信息资源不得随意撤销; what is withdrawn from its using departments is withdrawn only "
        "after advance notice to them and with the bureau's approval — request the withdrawal, or keep what is "
        "granted until the authorizations end)");
  }
}

Date NonUseSince(const Authorization& z) {
  Date since = std::max(z.granted_at.date, z.valid_from);
  if (z.last_used) since = std::max(since, z.last_used->date);
  return since;
}

LocalDateTime NonUseSpellStart(const Authorization& z) {
  LocalDateTime start = std::max(z.granted_at, LocalDateTime{z.valid_from, 0, 0, 0});
  if (z.last_used) start = std::max(start, *z.last_used);
  return start;
}

int SuspendedDays(const std::vector<SuspensionPeriod>& suspensions, const Date& since, const Date& today) {
  int days = 0;
  for (const SuspensionPeriod& s : suspensions) {
    const Date from = std::max(s.from.date, since);
    const Date until = s.until ? std::min(s.until->date, today) : today;
    if (from < until) days += until.DaysSinceEpoch() - from.DaysSinceEpoch();
  }
  return days;
}

Date NonUseEnds(const Authorization& z, const Date& today, const DeadlineRule& non_use,
               const WorkdayCalendar* rolls_to_working_day) {
  const Date since = NonUseSince(z);
  // 超过三个月: the 3-month anniversary, moved on by the days suspended.
  Date end = Date::FromDaysSinceEpoch(NonUsePeriodEnds(since, non_use).DaysSinceEpoch() +
                                      SuspendedDays(z.suspensions, since, today));
  if (rolls_to_working_day) end = rolls_to_working_day->NextWorkingDay(end, /*provisional=*/true);
  return end;
}

bool UnusedTooLong(const Authorization& z, const Date& today, const DeadlineRule& non_use,
                   const WorkdayCalendar* rolls_to_working_day) {
  return NonUseEnds(z, today, non_use, rolls_to_working_day) < today;
}

}  // namespace sharing_rules
}  // namespace govshare
