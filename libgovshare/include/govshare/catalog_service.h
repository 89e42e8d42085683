// libgovshare — the catalog on the platform: the lifecycle of entries (A10–A12, A16), obligations (A11), search (A20) and county federation (A6).
//
// A facade of the platform handle: obtain it with `platform->catalog()`;
// it shares the handle's state (copies are cheap, every copy is the same
// platform); once the handle is closed — Close() or its last reference
// dropped — its calls throw the storage error. Every operation takes the acting user
// (`actor`, a user id) and runs in one transaction under the permission
// table (docs/permissions.md); what the actor may not do is refused with the
// permission error and changes nothing. docs/architecture.md.
#ifndef GOVSHARE_CATALOG_SERVICE_H_
#define GOVSHARE_CATALOG_SERVICE_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "govshare/catalog.h"
#include "govshare/export.h"
#include "govshare/platform_types.h"
#include "govshare/search.h"

namespace govshare {

class PlatformCore;

class GOVSHARE_EXPORT CatalogService {
 public:
  // ---- catalog lifecycle (A10–A12, A16) ----------------------------------------------
  /// Creates a draft entry for the actor's department (provider = the
  /// actor's department). Drafts may be incomplete.
  EntryRecord CreateDraft(const std::string& actor, const CatalogEntry& entry);
  /// Validates `entry` as the platform will see it when `actor` creates it
  /// as a draft and submits it (A7, A10): the provider filled in from the
  /// actor's department, the platform's validation options — so no finding
  /// about provider.code or provider.name that the platform would fill in
  /// itself, which the bare Validate() cannot know. Changes nothing. Throws
  /// what CreateDraft would throw for the entry's provider or code (A7), and
  /// the permission-denied error when the actor may not catalog.
  std::vector<Finding> ValidateDraft(const std::string& actor, const CatalogEntry& entry) const;
  /// Replaces the working draft (or rejected, or approved but unpublished
  /// version: it goes back to draft and is reviewed again) of an entry, or
  /// starts a revision of a published entry (the live version stays live).
  EntryRecord EditDraft(const std::string& actor, std::int64_t entry_id,
                        std::int64_t row_version, const CatalogEntry& entry);
  /// Submits the working version for review. Refused with the
  /// invalid-argument error listing the findings when Validate reports errors
  /// (A10). A revision of a published entry that takes away what a using
  /// department holds under an active or suspended authorization (the entry
  /// classed not shared, an authorized item removed or not shared, a granted
  /// method no longer offered, the scope narrowed past the holder) is refused
  /// with the invalid-argument error naming the field, the holder and A16:
  /// that is a withdrawal, done only by RequestWithdrawal. A resubmitted
  /// rejected version closes its revision step (A31 (2)).
  EntryRecord Submit(const std::string& actor, std::int64_t entry_id, std::int64_t row_version);
  /// The bureau approves (assigning the catalog code on first approval, A7)
  /// or rejects with reasons per finding (at least one). A review result
  /// notice goes to the provider. An approval fulfils the department's open
  /// law-revision and function-change obligations opened before the version
  /// was submitted (A11; fulfilled as of the submission, the entry and version
  /// recorded). A rejection opens a catalog-revision step for the provider,
  /// due in SharingPolicy::unrevised_rejection_days working days (A31 (2)).
  EntryRecord Approve(const std::string& actor, std::int64_t entry_id, std::int64_t row_version);
  EntryRecord Reject(const std::string& actor, std::int64_t entry_id, std::int64_t row_version,
                     const std::vector<ReviewFinding>& reasons);
  /// The department publishes the approved version; a former live version
  /// becomes superseded (history kept). The A16 check of Submit is made
  /// again (an authorization granted since counts); a refused version may be
  /// edited back into a draft.
  EntryRecord Publish(const std::string& actor, std::int64_t entry_id, std::int64_t row_version);
  /// Asks to withdraw a published entry (A16): a notice goes to every using
  /// department — each subscriber and each holder of an active or suspended
  /// authorization on the entry — and to the bureau.
  EntryRecord RequestWithdrawal(const std::string& actor, std::int64_t entry_id,
                                std::int64_t row_version, const std::string& reason);
  /// The bureau approves (the entry is withdrawn, never deleted) or refuses
  /// (it stays published) a requested withdrawal, with a reason. The
  /// provider is told either way; on approval the using departments too.
  EntryRecord DecideWithdrawal(const std::string& actor, std::int64_t entry_id,
                               std::int64_t row_version, bool approve, const std::string& reason);
  /// Subscribes the actor's department to a published entry of another
  /// department (it then hears of withdrawals; a holder of an authorization
  /// on the entry hears of them without subscribing).
  void Subscribe(const std::string& actor, std::int64_t entry_id);

  EntryRecord GetEntry(const std::string& actor, std::int64_t entry_id) const;
  /// Entries, optionally of one provider (empty: all).
  std::vector<EntryRecord> Entries(const std::string& actor, const std::string& provider_code) const;
  /// Every version of an entry, oldest first.
  std::vector<EntryVersion> History(const std::string& actor, std::int64_t entry_id) const;

  /// N17 因特殊原因需要延长更新期限的，经同级政务数据共享主管部门同意，可以延长5个工作日:
  /// the department (operator or leader) asks, before the update is due,
  /// for `working_days` more (at most the cap in force, 5) for a law revision
  /// or function change obligation counted under N17, giving the special
  /// reason; the bureau is asked. One extension per obligation.
  Obligation RequestUpdateExtension(const std::string& actor, std::int64_t obligation_id, int working_days,
                                    const std::string& reason);
  /// The bureau approves (the obligation's due date moves on by the days
  /// asked, recounted in working days) or refuses; the department is told.
  Obligation DecideUpdateExtension(const std::string& actor, std::int64_t obligation_id, bool approve,
                                   const std::string& reason);

  // ---- obligations (A11) -------------------------------------------------------------
  /// Records a law revision or function change announced on `announced_on`:
  /// opens an obligation for `department_code` to update its catalog within
  /// 15 working days (department administrator of that department, or the
  /// bureau).
  Obligation RecordLegalChange(const std::string& actor, const std::string& department_code,
                               ObligationKind kind, const std::string& description,
                               const Date& announced_on);
  /// Opens the annual census obligation of `year` for every department that
  /// has none yet (bureau); due at the end of December 31 (A11 每年).
  /// Returns the obligations opened. Only the department's census return
  /// (ReturnCensus) fulfils it.
  std::vector<Obligation> ScheduleCensus(const std::string& actor, int year);
  /// The department's census return for `year` (A11 每年…全面普查，如需更新的应及时
  /// 予以更新): one line per published entry of `department_code`, each
  /// `unchanged` or `revised` (revised: a version of it submitted in `year`
  /// and not rejected; the platform records which). Fulfils that year's open
  /// census obligation, as of now (on time until December 31). The
  /// department's operator or leader (submit_catalog). Refused (invalid
  /// argument, naming the line and A11) before the year, with an entry
  /// missing, unknown, listed twice, or `revised` without a revision; the
  /// not-found error without a census of `year`; the invalid-transition error
  /// when already returned.
  Obligation ReturnCensus(const std::string& actor, const std::string& department_code, int year,
                          const std::vector<CensusLine>& lines);
  /// Obligations of a department (empty: all the actor may see), with their
  /// state as of Now(); `unfulfilled_only` hides fulfilled ones.
  std::vector<Obligation> Obligations(const std::string& actor, const std::string& department_code,
                                      bool unfulfilled_only) const;

  // ---- source departments (N19) ---------------------------------------------------------
  /// N19 政务数据收集工作涉及多个政府部门的，政务数据共享主管部门应当明确牵头收集的政府部门并将其作为数源部门:
  /// the bureau administrator designates the source department of a kind of
  /// data several departments collect (`designation.subject`, e.g. 人口基础信息),
  /// naming the other collecting departments; a designation of the same
  /// subject replaces the one before. The source and the collecting
  /// departments are told (N19 协同配合、统一提供政务数据共享服务); audited. From
  /// 2025-08-01. Refused, naming the field and N19: no subject or basis, an
  /// unknown department, the source among the collecting ones.
  SourceDesignation DesignateSource(const std::string& actor, const SourceDesignation& designation);
  /// Every designation in force, by subject (any platform user).
  std::vector<SourceDesignation> SourceDesignations(const std::string& actor) const;

  // ---- search (A20) -----------------------------------------------------------------------
  /// Searches the published catalog (any platform user): words in names,
  /// summaries and item names (Chinese words of any length; the same hits as
  /// an SQL LIKE substring match), filters, facet counts, paging; name
  /// matches first; each hit with the entry's full description.
  /// docs/search.md.
  SearchResult Search(const std::string& actor, const SearchQuery& query) const;

  // ---- federation (A6) ---------------------------------------------------------------
  /// A county platform's published catalog as a bundle: JSON with the
  /// source platform, time, entries, a SHA-256 digest and the signature of
  /// the county platform's signing key (PlatformOptions::signing_key_file;
  /// the invalid-transition error without one).
  std::string ExportFederationBundle(const std::string& actor) const;
  /// Imports a county bundle into the city platform with provenance,
  /// idempotently: a re-import updates changed entries and reports them. An
  /// unsigned bundle, one signed by a key the city did not register for that
  /// county (Platform::RegisterCountyKey), or one altered after it was signed
  /// is the invalid-argument error, and nothing changes; the audit record
  /// names the signing key.
  FederationReport ImportFederationBundle(const std::string& actor, const std::string& bundle);

 private:
  friend class Platform;
  explicit CatalogService(std::shared_ptr<PlatformCore> core);
  std::shared_ptr<PlatformCore> impl_;
};

}  // namespace govshare

#endif  // GOVSHARE_CATALOG_SERVICE_H_
