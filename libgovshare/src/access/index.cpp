// The decision index: build, refresh from the audit trail, and what an
// entry's share scope gives a consumer (index.h).
#include "access/index.h"

#include <nlohmann/json.hpp>

#include "access/masking_json.h"
#include "sharing/json.h"

namespace govshare::access_detail {

using json = nlohmann::json;
using storage::CaseRow;
using storage::CaseTable;

ItemTreatment ScopeCoverage(const DecisionIndex::EntryInfo& entry, std::uint32_t consumer,
                            const DecisionIndex::ItemInfo& item, bool as_named) {
  using sharing_rules::ItemCover;
  switch (as_named || entry.scope_departments.count(consumer) ? item.cover_named : item.cover_other) {
    case ItemCover::kComparisonOnly:
      return ItemTreatment::kComparisonOnly;
    case ItemCover::kMasked:
      return ItemTreatment::kMasked;
    default:
      return ItemTreatment::kPlain;
  }
}

std::uint32_t DecisionIndex::DepartmentId(const std::string& code) {
  auto it = department_ids.find(code);
  if (it != department_ids.end()) return it->second;
  const auto id = static_cast<std::uint32_t>(department_codes.size());
  department_codes.push_back(code);
  department_ids.emplace(code, id);
  return id;
}

void DecisionIndex::Resolve(Grant& g) {
  g.items = ItemSet{};
  g.masked = ItemSet{};
  auto e = entries.find(g.entry_id);
  auto fill = [&](ItemSet& set, const std::vector<std::string>& names) {
    for (const auto& name : names) {
      const ItemInfo* info = nullptr;
      if (e != entries.end()) {
        auto it = e->second.items.find(name);
        if (it != e->second.items.end()) info = &it->second;
      }
      if (info && info->index < 256) {
        set.bits[info->index >> 6] |= std::uint64_t{1} << (info->index & 63);
      } else {
        set.beyond.push_back(name);  // beyond 256 items, or not (yet) an item of the entry
      }
    }
  };
  fill(g.items, g.item_names);
  fill(g.masked, g.masked_names);
}

void DecisionIndex::CatchUp(PlatformCore& p) {
  if (!cursor.built) {
    Build(p);
    return;
  }
  if (!cursor.Stale(p)) return;
  p.Read([&] {
    for (const auto& c : cursor.Changes(p)) Reload(p, c);
  });
}

void DecisionIndex::Build(PlatformCore& p) {
  p.Read([&] {
    *this = DecisionIndex{};
    for (const auto& dep : p.S().ListDepartments()) DepartmentId(dep.code);
    for (const auto& u : p.S().ListUsers("")) LoadUser(p, u);
    for (const auto& e : p.S().ListEntries("")) LoadEntry(p, e.id);
    for (const auto& row : p.S().ListCases(CaseTable::kAuthorizations, "", std::nullopt)) LoadGrant(row);
    cursor.Built(p);
  });
}

void DecisionIndex::Reload(PlatformCore& p, const Change& change) {
  storage::Storage& s = p.S();
  switch (change.kind) {
    case ChangeKind::kUser:
      if (auto u = s.FindUser(change.key)) LoadUser(p, *u);
      break;
    case ChangeKind::kDepartment:
      DepartmentId(change.key);
      break;
    case ChangeKind::kEntry:
      LoadEntry(p, change.id);
      break;
    case ChangeKind::kAuthorization:
      if (auto row = s.FindCase(CaseTable::kAuthorizations, change.id)) LoadGrant(*row);
      break;
    case ChangeKind::kFederation:
      for (const auto& e : s.ListEntries("")) LoadEntry(p, e.id);
      break;
    case ChangeKind::kOther:
      break;
  }
}

void DecisionIndex::LoadUser(PlatformCore& p, const User& u) {
  UserInfo info;
  info.department = DepartmentId(u.department_code);
  auto dept = p.S().FindDepartment(u.department_code);
  info.may_use = false;
  if (u.active && dept) {
    for (Role r : u.roles) info.may_use = info.may_use || RoleAllows(r, dept->level, Action::kUseData);
  }
  users[u.id] = info;
}

void DecisionIndex::LoadEntry(PlatformCore& p, std::int64_t entry_id) {
  auto row = p.S().FindEntry(entry_id);
  if (!row) return;
  EntryInfo info;
  info.published = row->status == EntryStatus::kPublished || row->status == EntryStatus::kWithdrawalRequested;
  if (row->live_version) {
    auto v = p.S().FindVersion(row->id, *row->live_version);
    if (v) {
      const CatalogEntry e = EntryFromJson(v->content);
      info.not_shared = e.share.share_class == ShareClass::kNotShared;
      if (e.share.share_class == ShareClass::kConditional) {
        for (const auto& code : e.share.scope.departments) info.scope_departments.insert(DepartmentId(code));
      }
      std::vector<MaskingRule> rules;
      if (auto text = p.S().GetMaskingRules(row->id)) rules = json::parse(*text).get<std::vector<MaskingRule>>();
      std::uint32_t index = 0;
      for (const auto& item : e.items) {
        ItemInfo ii;
        ii.index = index++;
        // A8: the one coverage rule, for a named department and for any other.
        ii.cover_named = sharing_rules::CoverItem(e, item, true);
        ii.cover_other = sharing_rules::CoverItem(e, item, false);
        ii.masking.item = item.name;
        ii.masking.kind = item.personal_info == PersonalInfoKind::kNone ? PersonalInfoKind::kOther : item.personal_info;
        for (const auto& r : rules) {
          if (r.item != item.name) continue;
          ii.masking = r;
          ii.masking_rule = true;  // a rule makes the item masked for everyone
        }
        info.items.emplace(item.name, std::move(ii));
      }
    }
  }
  entries[row->id] = std::move(info);
  // The entry's items may have moved: resolve its grants again.
  auto gs = grants_of_entry.find(row->id);
  if (gs != grants_of_entry.end()) {
    for (std::uint32_t i : gs->second) Resolve(grants[i]);
  }
}

void DecisionIndex::LoadGrant(const CaseRow& row) {
  const Authorization z = json::parse(row.body).get<Authorization>();
  if (z.platform_wide) return;  // the bureau's grant, not a consumer's
  auto known = grant_index.find(row.id);
  Grant* g = nullptr;
  if (known != grant_index.end()) {
    g = &grants[known->second];  // consumer and entry never change
  } else {
    const auto index = static_cast<std::uint32_t>(grants.size());
    grants.emplace_back();
    g = &grants.back();
    const std::uint64_t key = Key(DepartmentId(row.consumer_code), row.entry_id.value_or(0));
    std::int32_t& first = heads.Slot_(key);
    g->next = first;
    first = static_cast<std::int32_t>(index);
    grant_index[row.id] = index;
    grants_of_entry[row.entry_id.value_or(0)].push_back(index);
  }
  g->id = row.id;
  g->entry_id = row.entry_id.value_or(0);
  g->from_day = z.valid_from.DaysSinceEpoch();
  g->until_day = z.valid_until.DaysSinceEpoch();
  g->status = EnumFromStoredName(row.status, AuthorizationStatus::kSuspended);
  if (g->status == AuthorizationStatus::kExpired) g->status = AuthorizationStatus::kActive;  // time decides
  g->methods = 0;
  for (ShareMethod m : z.methods) g->methods |= MethodBit(m);
  g->comparison_only = z.comparison_only;
  g->as_named = z.return_flow;
  g->item_names = z.items;
  g->masked_names = z.masked_items;
  Resolve(*g);
}

}  // namespace govshare::access_detail
