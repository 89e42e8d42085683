// Internal: the in-memory decision index of a Platform handle (index.cpp),
// shared by all its threads.
//
// The index holds what a decision needs — users, published entries with
// their share scope and masking, authorizations by (consumer, entry) — and
// is kept consistent with the store by replaying the audit trail: every
// accepted change appends an audit record naming its object, so after a
// write through this handle (before the write returns) or, every
// decision_refresh_ms, when another process has written, the index reloads
// exactly the objects named since the last record it applied. A catch-up
// reads those objects into an IndexUpdate first (no lock held but the
// catch-up's own), then applies it under the exclusive side of the index's
// ReadMostlyLock, so decisions wait at most for the in-memory apply. Time is
// checked at every call (validity periods are day numbers), so expiry needs
// no event. docs/access.md, docs/threading.md.
#ifndef GOVSHARE_SRC_ACCESS_INDEX_H_
#define GOVSHARE_SRC_ACCESS_INDEX_H_

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "govshare/access.h"
#include "platform/impl.h"
#include "sharing/rules.h"

namespace govshare::access_detail {

inline std::uint32_t MethodBit(ShareMethod m) { return 1u << static_cast<int>(m); }

struct DecisionIndex {
  struct UserInfo {
    std::uint32_t department = 0;
    bool may_use = false;  // active, with a role allowing use_data
  };
  struct ItemInfo {
    std::uint32_t index = 0;  // position in the entry's items
    // A8 for this item (sharing_rules::CoverItem): for a department the
    // conditional scope names, and for any other.
    sharing_rules::ItemCover cover_named = sharing_rules::ItemCover::kPlain;
    sharing_rules::ItemCover cover_other = sharing_rules::ItemCover::kPlain;
    bool not_shared() const { return cover_named == sharing_rules::ItemCover::kNotShared; }
    bool masking_rule = false;  // the provider set a masking rule: masked for everyone
    MaskingRule masking;
  };
  struct EntryInfo {
    bool published = false;
    bool not_shared = false;  // the entry's share class is 不予共享 (A8)
    std::unordered_set<std::uint32_t> scope_departments;  // conditional: 指定部门
    std::unordered_map<std::string, ItemInfo> items;
  };
  // A set of an entry's items by index: bits for the first 256, names beyond.
  struct ItemSet {
    std::array<std::uint64_t, 4> bits{};
    std::vector<std::string> beyond;
    bool Has(const ItemInfo& item, const std::string& name) const {
      if (item.index < 256) return (bits[item.index >> 6] >> (item.index & 63)) & 1;
      return std::find(beyond.begin(), beyond.end(), name) != beyond.end();
    }
  };
  // One authorization as decisions need it; kept in a pool, chained per
  // (consumer, entry) key.
  struct Grant {
    std::int64_t id = 0;
    std::int64_t entry_id = 0;
    int from_day = 0;
    int until_day = 0;
    AuthorizationStatus status = AuthorizationStatus::kActive;
    std::uint32_t methods = 0;
    bool comparison_only = false;
    bool as_named = false;   // N24 回流: the consumer counts as named in the scope
    std::int32_t next = -1;  // the next grant of the same key
    ItemSet items;
    ItemSet masked;
    // The names, to resolve the sets again when the entry's items change.
    std::vector<std::string> item_names, masked_names;
  };
  // (consumer << 32 | entry) → the first grant in the pool: open addressing,
  // one probe touches one cache line.
  struct GrantHeads {
    struct Slot {
      std::uint64_t key = kEmpty;
      std::int32_t first = -1;
    };
    static constexpr std::uint64_t kEmpty = ~std::uint64_t{0};
    std::vector<Slot> slots;
    std::size_t used = 0;
    static std::size_t Hash(std::uint64_t k) {
      k ^= k >> 33;
      k *= 0xff51afd7ed558ccdULL;
      k ^= k >> 33;
      return static_cast<std::size_t>(k);
    }
    std::int32_t Find(std::uint64_t key) const {
      if (slots.empty()) return -1;
      const std::size_t mask = slots.size() - 1;
      for (std::size_t i = Hash(key) & mask;; i = (i + 1) & mask) {
        if (slots[i].key == key) return slots[i].first;
        if (slots[i].key == kEmpty) return -1;
      }
    }
    // Starts loading the slot of `key`: a decision asks for it before it
    // resolves the entry's items, so that the two cache misses overlap.
    void Prefetch(std::uint64_t key) const {
      if (!slots.empty()) __builtin_prefetch(&slots[Hash(key) & (slots.size() - 1)]);
    }
    std::int32_t& Slot_(std::uint64_t key) {
      if ((used + 1) * 2 > slots.size()) Grow();
      const std::size_t mask = slots.size() - 1;
      for (std::size_t i = Hash(key) & mask;; i = (i + 1) & mask) {
        if (slots[i].key == key) return slots[i].first;
        if (slots[i].key == kEmpty) {
          slots[i].key = key;
          ++used;
          return slots[i].first;
        }
      }
    }
    void Grow() {
      std::vector<Slot> old = std::move(slots);
      slots.assign(std::max<std::size_t>(64, old.size() * 2), Slot{});
      used = 0;
      for (const auto& s : old)
        if (s.key != kEmpty) Slot_(s.key) = s.first;
    }
  };

  std::vector<std::string> department_codes;
  std::unordered_map<std::string, std::uint32_t> department_ids;
  std::unordered_map<std::string, UserInfo> users;
  std::unordered_map<std::int64_t, EntryInfo> entries;
  std::vector<Grant> grants;                                    // the pool
  GrantHeads heads;                                             // (department << 32) | entry → first
  std::unordered_map<std::int64_t, std::uint32_t> grant_index;  // authorization id → pool index
  std::unordered_map<std::int64_t, std::vector<std::uint32_t>> grants_of_entry;

  // The grant of authorization `id`, or null.
  const Grant* FindGrant(std::int64_t id) const {
    auto it = grant_index.find(id);
    return it == grant_index.end() ? nullptr : &grants[it->second];
  }

  // What a catch-up read from the store, applied in one go (Apply).
  struct Update {
    struct UserRow {
      std::string id, department_code;
      bool may_use = false;
    };
    struct EntryRow {
      std::int64_t id = 0;
      bool published = false;
      bool not_shared = false;
      std::vector<std::string> scope;  // conditional: the named departments
      std::vector<std::pair<std::string, ItemInfo>> items;
    };
    struct GrantRow {
      std::int64_t id = 0;
      std::string consumer_code;
      std::int64_t entry_id = 0;
      Grant grant;  // its names and fields; the sets resolved on Apply
    };
    std::vector<std::string> departments;
    std::vector<UserRow> users;
    std::vector<EntryRow> entries;
    std::vector<GrantRow> grants;
    bool empty() const { return departments.empty() && users.empty() && entries.empty() && grants.empty(); }
  };
  // Reads what `change` names (inside a read transaction).
  static void Load(PlatformCore& p, const Change& change, Update& u);
  // Reads everything (a full build; inside a read transaction).
  static void LoadAll(PlatformCore& p, Update& u);
  // Applies an update (in memory only).
  void Apply(Update&& u);

  // The first grant of `department` on `entry_id` (follow Grant::next), or -1.
  std::int32_t FirstGrant(std::uint32_t department, std::int64_t entry_id) const {
    return heads.Find(Key(department, entry_id));
  }
  void PrefetchGrant(std::uint32_t department, std::int64_t entry_id) const {
    heads.Prefetch(Key(department, entry_id));
  }

  std::uint32_t DepartmentId(const std::string& code);
  static std::uint64_t Key(std::uint32_t department, std::int64_t entry_id) {
    return (static_cast<std::uint64_t>(department) << 32) | static_cast<std::uint32_t>(entry_id);
  }

 private:
  static void LoadUser(PlatformCore& p, const User& u, Update& out);
  static void LoadEntry(PlatformCore& p, std::int64_t entry_id, Update& out);
  static void LoadGrant(const storage::CaseRow& row, Update& out);
  // Resolves a grant's item names against its entry's current items.
  void Resolve(Grant& g);
};

// A8 for one item and one consumer, read from the rule the index stored
// (sharing_rules::CoverItem): comparison-only, masked or plain. An item
// outside a narrowed scope is delivered as its authorization grants it
// (the scope was checked when it was granted). `as_named`: the grant is a
// return flow (N24), its consumer counts as named.
ItemTreatment ScopeCoverage(const DecisionIndex::EntryInfo& entry, std::uint32_t consumer,
                            const DecisionIndex::ItemInfo& item, bool as_named);

}  // namespace govshare::access_detail

#endif  // GOVSHARE_SRC_ACCESS_INDEX_H_
