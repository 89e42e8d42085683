// Internal: what the sharing operations (applications.cpp, authorizations.cpp,
// demands.cpp, objections.cpp, disputes.cpp, steps.cpp) share — case rows,
// steps with their statutory deadlines, who reads which case, conversions.
// The rules themselves are in sharing/rules.h and platform/periods.h.
#ifndef GOVSHARE_SRC_SHARING_CASES_H_
#define GOVSHARE_SRC_SHARING_CASES_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "platform/operation.h"
#include "platform/periods.h"
#include "sharing/json.h"
#include "sharing/rules.h"

namespace govshare {

using storage::CaseRow;
using storage::CaseTable;

/// The stored status of a use record (N29): kept, or purged after its
/// retention (the text gone, the fact kept).
inline constexpr const char* kUseRecordKept = "kept";
inline constexpr const char* kUseRecordPurged = "purged";

/// "application:12": how cases are named in the trail, steps and notices.
std::string CaseObject(const char* kind, std::int64_t id);

/// Case rows, steps and visibility over the platform's storage.
class Sharing {
 public:
  explicit Sharing(PlatformCore& core) : p_(core) {}

  storage::Storage& S() { return p_.S(); }
  PlatformCore& core() { return p_; }

  SharingPolicy Policy();
  void SetPolicy(const SharingPolicy& policy);
  /// The Big Data Bureau's code (the platform's authority, A4).
  std::string Bureau();

  // ---- cases --------------------------------------------------------------------------
  /// A new case row (row_version 1) with its JSON body.
  static CaseRow NewRow(const std::string& status, const std::string& consumer, const std::string& provider,
                        std::optional<std::int64_t> entry_id, std::int64_t now, const nlohmann::json& body);
  CaseRow Load(CaseTable t, const char* kind, std::int64_t id);
  /// Loads a case the caller changes: the conflict error when it moved
  /// since `row_version` was read.
  CaseRow LoadForChange(CaseTable t, const char* kind, std::int64_t id, std::int64_t row_version);
  /// Writes the row with row_version + 1; a concurrent change is a conflict.
  void Store(CaseTable t, CaseRow& row, const char* kind);
  std::string Digest(const CaseRow& row);

  // ---- steps --------------------------------------------------------------------------
  /// Opens a step due `period` after `counted_from` (unix seconds) and
  /// returns its deadline; a year not loaded yet makes it provisional, never
  /// refused. The rule and the event are stored with it (recomputed when
  /// the year is loaded).
  Deadline OpenStep(StepKind kind, const std::string& object, const std::string& department,
                    std::int64_t counted_from, const periods::StatutoryPeriod& period);
  /// A statutory deadline without a step (the deadline an answer is judged by).
  Deadline DueAfter(std::int64_t event, const periods::StatutoryPeriod& period);
  /// Completes the pending step of `kind` on `object`; `judged_by` replaces
  /// the deadline the completion is judged by (A25: the answer decides it).
  void CompleteStep(const std::string& object, StepKind kind, const std::string& user, const std::string& outcome,
                    const std::optional<Deadline>& judged_by = std::nullopt,
                    const std::string& judged_article = "");
  /// N21: the pending step of `kind` on `object` runs `extra_working_days`
  /// more (an approved extension): its rule and deadline recomputed from the
  /// event it counts from. Returns the new deadline.
  Deadline ExtendStep(const std::string& object, StepKind kind, int extra_working_days);
  ProcessStep ToStep(const storage::StepRow& r);
  std::vector<ProcessStep> StepsOf(const std::string& object);

  // ---- who reads what -----------------------------------------------------------------
  /// The permission to read one case with parties `consumer` and `provider`
  /// (for RunRead): a party's department, or the bureau and auditors.
  static Permission ReadCase(const std::optional<PlatformCore::Actor>& actor, const std::string& consumer,
                             const std::string& provider, const std::string& object);
  /// The department a listing is for: `requested` or, empty, everything the
  /// actor sees ("" = all for the bureau and auditors, else its own).
  std::string ListingScope(const Operation& op, const std::string& requested);

  // ---- conversions --------------------------------------------------------------------
  Application ToApplication(const CaseRow& row);
  Authorization ToAuthorization(const CaseRow& row);
  DemandRequest ToDemand(const CaseRow& row);
  Objection ToObjection(const CaseRow& row);
  Dispute ToDispute(const CaseRow& row);
  ServiceChange ToServiceChange(const CaseRow& row);
  UseRecord ToUseRecord(const CaseRow& row);

  /// The live content of a published entry; the invalid-transition error
  /// with `why` otherwise.
  std::pair<storage::EntryRow, CatalogEntry> LiveEntry(std::int64_t entry_id, const char* why);
  /// When the live version of a published entry was published (unix
  /// seconds); none when it has no live version or the time is unknown.
  std::optional<std::int64_t> PublishedAt(const storage::EntryRow& e);
  /// Active authorizations of consumers (not platform-wide) on an entry.
  std::vector<Authorization> ActiveOnEntry(std::int64_t entry_id);
  /// Every authorization on an entry, of any status (statuses as of now).
  std::vector<Authorization> OnEntry(std::int64_t entry_id);
  /// The active platform-wide grant on an entry (A18 整体授权), if any;
  /// with `or_suspended`, a suspended one too (it still stands).
  std::optional<Authorization> PlatformGrant(std::int64_t entry_id, bool or_suspended = false);
  /// A18: the provider's grant to the platform exists — the accepted
  /// provider-to-platform applications on the entry still waiting in the
  /// provider's step move to the bureau's (2 working days from now, A23),
  /// each audited; the bureau is told.
  void StartPlatformDecisions(Operation& op, std::int64_t entry_id, std::int64_t platform_grant_id);
  /// `z` (its row stored) has ended at Now() — revoked on any ground or
  /// expired: its delivery step closes with `outcome` (N22: nothing left to
  /// deliver) and, under N27 and when it is owed (sharing_rules::
  /// OwesDisposal), the consumer's disposal step opens and the consumer is
  /// told what the provider requires.
  void Ended(Operation& op, const Authorization& z, const std::string& outcome);
  /// N27: while `z` has an open misuse order, only the department that
  /// ordered it, or the bureau, `act`s (reinstates, revokes, terminates); a
  /// denial is a security event (sharing_rules::MayClose).
  void RequireMayCloseMisuse(Operation& op, const Authorization& z, const char* act);
  /// A26: the last day of z's 3 months of non-use as of now
  /// (sharing_rules::NonUseEnds with the policy's roll to a working day).
  Date NonUseEnds(const Authorization& z);
  /// A26: unused for more than 3 months (NonUseEnds is before today).
  bool UnusedTooLong(const Authorization& z);

 private:
  PlatformCore& p_;
};

/// The permission of one case (loaded first: its parties decide it), then
/// the case converted — GetApplication, GetAuthorization, ….
template <typename Convert>
auto GetCase(PlatformCore& core, const std::string& actor, CaseTable t, const char* kind, const char* object_kind,
             std::int64_t id, Convert convert) {
  Sharing sh(core);
  std::optional<CaseRow> row;
  return RunRead(
      core, actor,
      [&](const std::optional<PlatformCore::Actor>& who) {
        row = sh.Load(t, kind, id);
        return Sharing::ReadCase(who, row->consumer_code, row->provider_code, CaseObject(object_kind, id));
      },
      [&](Operation&) { return convert(sh, *row); });
}

/// A write that starts from one case: the case is loaded, its permission
/// comes from the loaded row (`permission_of(actor, row)`: its parties decide
/// it), then `fn(op, sh, row)` runs — e.g. a use record or a service change
/// made on an authorization.
template <typename PermissionOf, typename Fn>
auto WriteOnCase(PlatformCore& core, const std::string& actor, CaseTable t, const char* kind, std::int64_t id,
                 PermissionOf permission_of, Fn fn) {
  Sharing sh(core);
  std::optional<CaseRow> row;
  return RunWrite(
      core, actor,
      [&](const std::optional<PlatformCore::Actor>& who) {
        row = sh.Load(t, kind, id);
        return permission_of(who, *row);
      },
      [&](Operation& op) { return fn(op, sh, *row); });
}

/// Changes one case loaded at `row_version` (WriteOnCase with the row
/// version checked before `fn(op, sh, row)` applies the change).
template <typename PermissionOf, typename Fn>
auto ChangeCase(PlatformCore& core, const std::string& actor, CaseTable t, const char* kind, std::int64_t id,
                std::int64_t row_version, PermissionOf permission_of, Fn fn) {
  return WriteOnCase(core, actor, t, kind, id, permission_of, [&](Operation& op, Sharing& sh, CaseRow& row) {
    CheckRowVersion(kind, id, row.row_version, row_version);
    return fn(op, sh, row);
  });
}

/// The cases of a department (or all the actor sees), converted.
template <typename Convert>
auto ListCases(PlatformCore& core, const std::string& actor, const std::string& department, CaseTable t,
               Convert convert) {
  Sharing sh(core);
  return RunRead(core, actor, Permission{Action::kReadSharing, "", department.empty() ? "" : "department:" + department},
                 [&](Operation& op) {
                   const std::string scope = sh.ListingScope(op, department);
                   std::vector<decltype(convert(sh, std::declval<const CaseRow&>()))> out;
                   for (const auto& row : sh.S().ListCases(t, scope, std::nullopt)) out.push_back(convert(sh, row));
                   return out;
                 });
}

}  // namespace govshare

#endif  // GOVSHARE_SRC_SHARING_CASES_H_
