// The catalog lifecycle as transition tables (A10, A16); which act fulfils an A11 obligation.
#include "catalog/rules.h"

#include <algorithm>
#include <map>
#include <set>

#include "govshare/error.h"
#include "govshare/validation.h"

namespace govshare {
namespace catalog_rules {

const StateMachine<VersionStatus, VersionEvent>& VersionMachine() {
  using S = VersionStatus;
  using E = VersionEvent;
  static const StateMachine<S, E> m{
      "version",
      {
          {S::kDraft, E::kEdit, S::kDraft},
          {S::kRejected, E::kEdit, S::kDraft},        // A10 修改后重新提交
          // An approved version not yet published is changed by the department
          // and reviewed again (A10); how a revision that A16 keeps from being
          // published (it would take away what a using department holds) is
          // changed rather than left stuck.
          {S::kApproved, E::kEdit, S::kDraft},
          {S::kDraft, E::kSubmit, S::kSubmitted},     // A10 提交审核
          {S::kSubmitted, E::kApprove, S::kApproved},  // A10 审核通过
          {S::kSubmitted, E::kReject, S::kRejected},   // A10 审核未通过
          {S::kApproved, E::kPublish, S::kPublished},  // A10 发布
          {S::kPublished, E::kSupersede, S::kSuperseded},
      },
      {
          {E::kEdit, "edit", "only a draft, a rejected or an approved, unpublished version can be edited (A10)"},
          {E::kSubmit, "submit", "only a draft can be submitted (A10)"},
          {E::kApprove, "approve", "only a submitted version can be reviewed (A10)"},
          {E::kReject, "reject", "only a submitted version can be reviewed (A10)"},
          {E::kPublish, "publish", "only an approved version can be published (A10)"},
          {E::kSupersede, "supersede", "only the live version is superseded (A10)"},
      }};
  return m;
}

const StateMachine<EntryStatus, EntryEvent>& EntryMachine() {
  using S = EntryStatus;
  using E = EntryEvent;
  static const StateMachine<S, E> m{
      "entry",
      {
          {S::kUnpublished, E::kEdit, S::kUnpublished},
          {S::kPublished, E::kEdit, S::kPublished},  // a revision; the live version stays live
          {S::kWithdrawalRequested, E::kEdit, S::kWithdrawalRequested},
          {S::kUnpublished, E::kPublish, S::kPublished},
          {S::kPublished, E::kPublish, S::kPublished},  // a revision replaces the live version
          {S::kPublished, E::kRequestWithdrawal, S::kWithdrawalRequested},   // A16 申请撤销
          {S::kWithdrawalRequested, E::kApproveWithdrawal, S::kWithdrawn},   // A16 审核同意
          {S::kWithdrawalRequested, E::kRefuseWithdrawal, S::kPublished},    // A16 不同意
          {S::kPublished, E::kSubscribe, S::kPublished},
      },
      {
          {E::kEdit, "edit", "a withdrawn entry cannot be edited (A16)"},
          {E::kPublish, "publish", "it cannot be published (A16)"},
          {E::kRequestWithdrawal, "request_withdrawal", "only a published entry can be withdrawn (A16)"},
          {E::kApproveWithdrawal, "withdraw", "there is no withdrawal request to decide (A16)"},
          {E::kRefuseWithdrawal, "refuse_withdrawal", "there is no withdrawal request to decide (A16)"},
          {E::kSubscribe, "subscribe", "only a published entry can be subscribed to (A16)"},
      }};
  return m;
}

void RequireSubmittable(const CatalogEntry& content, std::int64_t entry_id) {
  const auto findings = Validate(content);
  if (!HasErrors(findings)) return;
  std::string list;
  int shown = 0;
  for (const auto& f : findings) {
    if (f.severity != Severity::kError) continue;
    if (shown++ < 5) list += "\n  " + f.article + " " + f.rule_id + " " + f.path + ": " + f.message_zh;
  }
  throw InvalidArgumentError("entry " + std::to_string(entry_id) + " cannot be submitted: " + std::to_string(shown) +
                             " error finding(s) (A10)" + list);
}

bool RevisionFulfils(ObligationKind kind, bool already_fulfilled, std::optional<std::int64_t> opened_at,
                     std::int64_t submitted_at) {
  if (already_fulfilled || kind == ObligationKind::kAnnualCensus) return false;
  return !opened_at || *opened_at <= submitted_at;
}

std::vector<CensusLine> CheckCensusReturn(int year, int now_year, const std::vector<CensusFacts>& published,
                                          const std::vector<CensusLine>& lines) {
  if (now_year < year) {
    throw InvalidArgumentError("year " + std::to_string(year) + ": the census of a year is returned in that year or "
                               "later, not in " + std::to_string(now_year) + " (A11 每年…全面普查)");
  }
  std::map<std::int64_t, const CensusFacts*> by_id;
  for (const auto& f : published) by_id[f.entry_id] = &f;
  std::map<std::int64_t, CensusLine> listed;
  for (size_t i = 0; i < lines.size(); ++i) {
    const CensusLine& l = lines[i];
    const std::string field = "lines[" + std::to_string(i) + "]";
    auto it = by_id.find(l.entry_id);
    if (it == by_id.end()) {
      throw InvalidArgumentError(field + ".entry_id " + std::to_string(l.entry_id) +
                                 " is not a published entry of the department (A11 本部门政务信息资源目录)");
    }
    if (listed.count(l.entry_id)) {
      throw InvalidArgumentError(field + ".entry_id " + std::to_string(l.entry_id) + " is listed twice (A11)");
    }
    if (l.outcome != CensusOutcome::kUnchanged && l.outcome != CensusOutcome::kRevised) {
      throw InvalidArgumentError(field + ".outcome is unchanged or revised (A11)");
    }
    CensusLine stored{l.entry_id, l.outcome, 0};
    if (l.outcome == CensusOutcome::kRevised) {
      if (it->second->revised_version == 0) {
        throw InvalidArgumentError(field + ".outcome: entry " + std::to_string(l.entry_id) +
                                   " has no revision submitted in " + std::to_string(year) +
                                   " (A11 如需更新的应及时予以更新: revise it, then return it as revised)");
      }
      stored.version = it->second->revised_version;
    }
    listed[l.entry_id] = stored;
  }
  std::vector<CensusLine> out;
  for (const auto& f : published) {
    auto it = listed.find(f.entry_id);
    if (it == listed.end()) {
      throw InvalidArgumentError("lines: published entry " + std::to_string(f.entry_id) +
                                 " is not in the return; a census reviews every published entry (A11 全面普查)");
    }
    out.push_back(it->second);
  }
  return out;
}


// ---- N19 ------------------------------------------------------------------------------------

void CheckSourceDesignation(const SourceDesignation& d, const std::vector<std::string>& departments) {
  auto known = [&](const std::string& code) {
    return std::find(departments.begin(), departments.end(), code) != departments.end();
  };
  if (d.subject.find_first_not_of(" \t\r\n") == std::string::npos) {
    throw InvalidArgumentError("subject is required: the data several departments collect (N19)");
  }
  if (d.basis.find_first_not_of(" \t\r\n") == std::string::npos) {
    throw InvalidArgumentError("basis is required: the decision designating the source department (N19)");
  }
  if (!known(d.source_code)) {
    throw InvalidArgumentError("source_code: \"" + d.source_code + "\" is not a department of the platform (N19)");
  }
  std::set<std::string> seen;
  for (size_t i = 0; i < d.collecting_codes.size(); ++i) {
    const std::string& c = d.collecting_codes[i];
    const std::string field = "collecting_codes[" + std::to_string(i) + "]";
    if (!known(c)) throw InvalidArgumentError(field + ": \"" + c + "\" is not a department of the platform (N19)");
    if (c == d.source_code) {
      throw InvalidArgumentError(field + ": the source department leads; it is not listed among the collecting ones (N19)");
    }
    if (!seen.insert(c).second) throw InvalidArgumentError(field + ": \"" + c + "\" is listed twice (N19)");
  }
}

std::vector<std::string> SubjectsWithoutSource(
    const std::vector<std::pair<std::string, std::string>>& published_name_provider,
    const std::vector<SourceDesignation>& designations) {
  std::map<std::string, std::set<std::string>> providers;
  for (const auto& [name, provider] : published_name_provider) providers[name].insert(provider);
  std::set<std::string> designated;
  for (const auto& d : designations) designated.insert(d.subject);
  std::vector<std::string> out;
  for (const auto& [name, by] : providers) {
    if (by.size() >= 2 && !designated.count(name)) out.push_back(name);
  }
  return out;
}

const SourceDesignation* RoutedToSource(const std::vector<SourceDesignation>& designations,
                                        const std::string& entry_name, const std::string& provider_code) {
  for (const SourceDesignation& d : designations) {
    if (d.subject == entry_name && d.source_code != provider_code) return &d;
  }
  return nullptr;
}

}  // namespace catalog_rules

CatalogEntry CatalogedBy(const CatalogEntry& entry, const std::string& user_id, const std::string& provider_code,
                         const std::string& provider_name, const std::string& assigned_code) {
  CatalogEntry e = entry;
  if (!e.provider.code.empty() && e.provider.code != provider_code) {
    throw InvalidArgumentError("provider.code " + e.provider.code + " is not the department of user " + user_id +
                               " (" + provider_code + " " + provider_name +
                               "): a department catalogs its own resources (A7)");
  }
  if (!e.code.empty() && e.code != assigned_code) {
    throw InvalidArgumentError(
        "code \"" + e.code + "\": " +
        (assigned_code.empty() ? std::string("the catalog code is assigned by the bureau on approval (A7)")
                               : "the entry's catalog code is " + assigned_code + ", assigned by the bureau (A7)"));
  }
  e.provider.code = provider_code;
  if (e.provider.name.empty()) e.provider.name = provider_name;
  e.code = assigned_code;
  return e;
}

}  // namespace govshare
