// Internal: the JSON body of sharing cases as stored in the case tables
// (docs/schema.md). Plain nlohmann conversions; the key columns (id,
// row_version, status, departments) are authoritative over the body.
#ifndef GOVSHARE_SRC_SHARING_JSON_H_
#define GOVSHARE_SRC_SHARING_JSON_H_

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "govshare/catalog.h"
#include "govshare/error.h"
#include "govshare/sharing.h"

namespace nlohmann {
template <typename T>
struct adl_serializer<std::optional<T>> {
  static void to_json(json& j, const std::optional<T>& v) {
    if (v) {
      j = *v;
    } else {
      j = nullptr;
    }
  }
  static void from_json(const json& j, std::optional<T>& v) {
    if (j.is_null()) {
      v.reset();
    } else {
      v = j.get<T>();
    }
  }
};
}  // namespace nlohmann

namespace govshare {

inline void to_json(nlohmann::json& j, const Date& d) { j = d.ToIso(); }
inline void from_json(const nlohmann::json& j, Date& d) { d = Date::FromIso(j.get<std::string>()); }
inline void to_json(nlohmann::json& j, const LocalDateTime& t) { j = t.ToIso(); }
inline void from_json(const nlohmann::json& j, LocalDateTime& t) {
  t = LocalDateTime::FromIso(j.get<std::string>());
}

// Enumerations by their stable names (ToString); `last` bounds the search.
template <typename E>
E EnumFromStoredName(const std::string& name, E last) {
  for (int v = 1; v <= static_cast<int>(last); ++v) {
    if (ToString(static_cast<E>(v)) == name) return static_cast<E>(v);
  }
  throw StorageError("unknown value \"" + name + "\" in a stored case");
}

#define GOVSHARE_JSON_ENUM(E, LAST)                                                      \
  inline void to_json(nlohmann::json& j, E v) { j = ToString(v); }                      \
  inline void from_json(const nlohmann::json& j, E& v) {                                 \
    v = EnumFromStoredName<E>(j.get<std::string>(), LAST);                               \
  }
GOVSHARE_JSON_ENUM(ShareMethod, ShareMethod::kFile)
GOVSHARE_JSON_ENUM(ShareClass, ShareClass::kNotShared)
GOVSHARE_JSON_ENUM(AuthorizationMode, AuthorizationMode::kPlatformDirect)
GOVSHARE_JSON_ENUM(ApplicationStatus, ApplicationStatus::kMaterialsRequested)
GOVSHARE_JSON_ENUM(AuthorizationStatus, AuthorizationStatus::kSuspended)
GOVSHARE_JSON_ENUM(DemandStatus, DemandStatus::kFulfilled)
GOVSHARE_JSON_ENUM(DemandAnswerKind, DemandAnswerKind::kCannotPublishYet)
GOVSHARE_JSON_ENUM(ObjectionStatus, ObjectionStatus::kRejected)
GOVSHARE_JSON_ENUM(DisputeSubject, DisputeSubject::kResult)
GOVSHARE_JSON_ENUM(DisputeStatus, DisputeStatus::kResolved)
GOVSHARE_JSON_ENUM(DisputeTier, DisputeTier::kGovernment)
GOVSHARE_JSON_ENUM(RevocationGround, RevocationGround::kMisuseNotRectified)
GOVSHARE_JSON_ENUM(UseBeyondGrant, UseBeyondGrant::kThirdParty)
GOVSHARE_JSON_ENUM(MisuseOutcome, MisuseOutcome::kEndedOtherwise)
GOVSHARE_JSON_ENUM(ServiceChangeKind, ServiceChangeKind::kChange)
GOVSHARE_JSON_ENUM(UseRecordKind, UseRecordKind::kDestruction)
#undef GOVSHARE_JSON_ENUM

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ScanDocument, file_name, sha256, size)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ApplicationRequest, entry_id, items, purpose, legal_duty,
                                                method, valid_from, valid_until, scan, seasonal, renewal_of,
                                                return_flow)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ReplyExtension, working_days, reason, requested_by, requested_at,
                                                approved, decided_by, decision_reason, decided_at)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Application, applicant, entry_code, request, mode,
                                                share_class, authority_code, reason, authorization_id, submitted_at,
                                                missing_materials, materials_requested_at, supplement,
                                                supplement_scan, materials_supplied_at, extension)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(SuspensionPeriod, from, until)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(MisuseOrder, misuse, facts, ordered_by_department, ordered_by,
                                                ordered_at, working_days, rectify_by, report, reported_by,
                                                reported_at, outcome, closed_by, closed_at)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(WiderUseRequest, kind, description, third_party)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(WiderUse, number, request, requested_by, requested_at, consented,
                                                answer, answered_by, answered_at)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Authorization, entry_code, items, methods, conditions,
                                                masked_items, comparison_only, valid_from, valid_until,
                                                mode, granted_by_department, granted_by, granted_at,
                                                application_id, renewal_of, seasonal, platform_wide,
                                                platform_grant_id, suspended_with_platform_grant,
                                                status_reason, status_changed_at, suspensions, delivered_at,
                                                delivery_method, delivery_note, disposal, disposal_working_days,
                                                revocation_ground, disposed_at, misuse_orders, wider_uses,
                                                return_flow)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(DemandRequestInput, target_code, description, items, purpose,
                                                scan)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(DemandAnswer, kind, text, suggested_department)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(DemandRequest, requested_by, request, answer, answered_at,
                                                answered_by, fulfilled_at, submitted_at)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ObjectionInput, entry_id, record_key, item, description)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Objection, raised_by, entry_code, objection, response,
                                                resolved_by, resolved_at, notified_departments, raised_at)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(DisputeInput, subject, application_id, entry_id, description)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(DisputeEscalation, from, to, by, by_department, reason, at)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Dispute, dispute, opened_by, opened_by_department, tier,
                                                escalations, outcome, resolved_by, opened_at, resolved_at)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(SharingPolicy, demand_not_in_duties_days,
                                                objection_check_days, unrevised_rejection_days,
                                                non_use_rolls_to_working_day, office_close_minutes,
                                                after_close_counts_next_day, disposal_days,
                                                dispute_coordination_days)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ServiceChangeInput, authorization_id, kind, reason, items, methods,
                                                valid_until)
// The key columns hold the rest (status, parties, entry).
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(ServiceChange, change, entry_code, proposed_by, proposed_at,
                                                consumer_agrees, consumer_comment, answered_by, answered_at,
                                                closed_by, closed_at, withdrawal_reason)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(UseRecord, authorization_id, entry_code, kind, text, recorded_by,
                                                recorded_at, article, purgeable_from, purged_at, purged_by,
                                                purge_reason)

}  // namespace govshare

#endif  // GOVSHARE_SRC_SHARING_JSON_H_
