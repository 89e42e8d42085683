// The decision index: build, refresh from the audit trail, and what an
// entry's share scope gives a consumer (index.h).
#include "access/index.h"

#include <memory>
#include <mutex>

#include <nlohmann/json.hpp>

#include "access/masking_json.h"
#include "access/state.h"
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

void DecisionIndex::LoadAll(PlatformCore& p, Update& u) {
  for (const auto& dep : p.S().ListDepartments()) u.departments.push_back(dep.code);
  for (const auto& user : p.S().ListUsers("")) LoadUser(p, user, u);
  for (const auto& e : p.S().ListEntries("")) LoadEntry(p, e.id, u);
  for (const auto& row : p.S().ListCases(CaseTable::kAuthorizations, "", std::nullopt)) LoadGrant(row, u);
}

void DecisionIndex::Load(PlatformCore& p, const Change& change, Update& u) {
  storage::Storage& s = p.S();
  switch (change.kind) {
    case ChangeKind::kUser:
      if (auto user = s.FindUser(change.key)) LoadUser(p, *user, u);
      break;
    case ChangeKind::kDepartment:
      u.departments.push_back(change.key);
      break;
    case ChangeKind::kEntry:
      LoadEntry(p, change.id, u);
      break;
    case ChangeKind::kAuthorization:
      if (auto row = s.FindCase(CaseTable::kAuthorizations, change.id)) LoadGrant(*row, u);
      break;
    case ChangeKind::kFederation:
      for (const auto& e : s.ListEntries("")) LoadEntry(p, e.id, u);
      break;
    case ChangeKind::kOther:
      break;
  }
}

void DecisionIndex::LoadUser(PlatformCore& p, const User& user, Update& out) {
  Update::UserRow row;
  row.id = user.id;
  row.department_code = user.department_code;
  auto dept = p.S().FindDepartment(user.department_code);
  if (user.active && dept) {
    for (Role r : user.roles) row.may_use = row.may_use || RoleAllows(r, dept->level, Action::kUseData);
  }
  out.users.push_back(std::move(row));
}

void DecisionIndex::LoadEntry(PlatformCore& p, std::int64_t entry_id, Update& out) {
  auto row = p.S().FindEntry(entry_id);
  if (!row) return;
  Update::EntryRow info;
  info.id = row->id;
  info.published = row->status == EntryStatus::kPublished || row->status == EntryStatus::kWithdrawalRequested;
  if (row->live_version) {
    auto v = p.S().FindVersion(row->id, *row->live_version);
    if (v) {
      const CatalogEntry e = EntryFromJson(v->content);
      info.not_shared = e.share.share_class == ShareClass::kNotShared;
      if (e.share.share_class == ShareClass::kConditional) info.scope = e.share.scope.departments;
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
        info.items.emplace_back(item.name, std::move(ii));
      }
    }
  }
  out.entries.push_back(std::move(info));
}

void DecisionIndex::LoadGrant(const CaseRow& row, Update& out) {
  const Authorization z = json::parse(row.body).get<Authorization>();
  if (z.platform_wide) return;  // the bureau's grant, not a consumer's
  Update::GrantRow r;
  r.id = row.id;
  r.consumer_code = row.consumer_code;
  r.entry_id = row.entry_id.value_or(0);
  Grant& g = r.grant;
  g.id = row.id;
  g.entry_id = r.entry_id;
  g.from_day = z.valid_from.DaysSinceEpoch();
  g.until_day = z.valid_until.DaysSinceEpoch();
  g.status = EnumFromStoredName(row.status, AuthorizationStatus::kSuspended);
  if (g.status == AuthorizationStatus::kExpired) g.status = AuthorizationStatus::kActive;  // time decides
  for (ShareMethod m : z.methods) g.methods |= MethodBit(m);
  g.comparison_only = z.comparison_only;
  g.as_named = z.return_flow;
  g.item_names = z.items;
  g.masked_names = z.masked_items;
  out.grants.push_back(std::move(r));
}

void DecisionIndex::Apply(Update&& u) {
  for (const auto& code : u.departments) DepartmentId(code);
  for (auto& row : u.users) {
    UserInfo info;
    info.department = DepartmentId(row.department_code);
    info.may_use = row.may_use;
    users[row.id] = info;
  }
  for (auto& row : u.entries) {
    EntryInfo info;
    info.published = row.published;
    info.not_shared = row.not_shared;
    for (const auto& code : row.scope) info.scope_departments.insert(DepartmentId(code));
    for (auto& [name, item] : row.items) info.items.emplace(std::move(name), std::move(item));
    entries[row.id] = std::move(info);
    // The entry's items may have moved: resolve its grants again.
    auto gs = grants_of_entry.find(row.id);
    if (gs != grants_of_entry.end()) {
      for (std::uint32_t i : gs->second) Resolve(grants[i]);
    }
  }
  for (auto& row : u.grants) {
    auto known = grant_index.find(row.id);
    Grant* g = nullptr;
    if (known != grant_index.end()) {
      g = &grants[known->second];  // consumer and entry never change
      const std::int32_t next = g->next;
      *g = std::move(row.grant);
      g->next = next;
    } else {
      const auto index = static_cast<std::uint32_t>(grants.size());
      grants.push_back(std::move(row.grant));
      g = &grants.back();
      std::int32_t& first = heads.Slot_(Key(DepartmentId(row.consumer_code), row.entry_id));
      g->next = first;
      first = static_cast<std::int32_t>(index);
      grant_index[row.id] = index;
      grants_of_entry[row.entry_id].push_back(index);
    }
    Resolve(*g);
  }
}

}  // namespace govshare::access_detail

namespace govshare {
namespace access_detail {
namespace {

// Builds the index or brings it up to date, holding the catch-up mutex:
// reads first (a read transaction), then applies under the exclusive lock.
// `look_at_trail`: also look for other processes' writes.
void CatchUpLocked(PlatformCore& p, AccessState& st, bool look_at_trail) {
  SharedIndex& sh = st.shared;
  DecisionIndex::Update update;
  if (!sh.cursor.built) {
    const std::int64_t generation = p.write_generation.load(std::memory_order_acquire);
    auto fresh = std::make_unique<DecisionIndex>();
    p.Read([&] {
      DecisionIndex::LoadAll(p, update);
      sh.cursor.Built(p, generation);
    });
    fresh->Apply(std::move(update));
    {
      std::lock_guard<internal::ReadMostlyLock> lock(sh.lock);
      std::swap(st.index, *fresh);
    }
    sh.built.store(true, std::memory_order_release);
  } else {
    p.Read([&] {
      for (const Change& c : sh.cursor.Changes(p, look_at_trail)) DecisionIndex::Load(p, c, update);
    });
    if (!update.empty()) {
      std::lock_guard<internal::ReadMostlyLock> lock(sh.lock);
      st.index.Apply(std::move(update));
    }
  }
  sh.seen_generation.store(sh.cursor.generation, std::memory_order_release);
  sh.checked_ms.store(SharedIndex::MonotonicMs(), std::memory_order_relaxed);
}

}  // namespace

void EnsureCurrent(PlatformCore& p, AccessState& st) {
  st.shared.EnsureCurrent(p, [&](bool look_at_trail) { CatchUpLocked(p, st, look_at_trail); });
}

}  // namespace access_detail

void DecisionIndexTakeWrite(PlatformCore& p) {
  AccessState& st = *p.access;
  st.shared.TakeWrite([&](bool look_at_trail) { access_detail::CatchUpLocked(p, st, look_at_trail); });
}

}  // namespace govshare
