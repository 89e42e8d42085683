// Access decisions at the data boundary (A8, A26, A28, A30): the in-memory
// decision index, Decide, Filter, Compare and the batched usage log.
//
// The index holds what a decision needs — users, published entries with
// their share scope and masking, authorizations by (consumer, entry) — and
// is kept consistent with the store by replaying the audit trail: every
// accepted change appends an audit record naming its object, so after a
// write through this handle (or, every decision_refresh_ms, when another
// process has committed) the index reloads exactly the objects named since
// the last record it applied. Time is checked at every call (validity
// periods are day numbers), so expiry needs no event. docs/access.md.
#include <openssl/rand.h>

#include <algorithm>
#include <array>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "govshare/masking.h"
#include "base/enum_names.h"
#include "platform/impl.h"
#include "sharing/json.h"

namespace govshare {
namespace {

using internal::EnumName;
using json = nlohmann::json;
using storage::CaseRow;
using storage::CaseTable;
using storage::UsageRow;

const EnumName<ItemTreatment> kTreatmentNames[] = {
    {ItemTreatment::kPlain, "plain", "明文提供"},
    {ItemTreatment::kMasked, "masked", "脱敏提供"},
    {ItemTreatment::kComparisonOnly, "comparison_only", "仅比对"},
    {ItemTreatment::kWithheld, "withheld", "不提供"},
};
const EnumName<ComparisonOutcome> kComparisonNames[] = {
    {ComparisonOutcome::kMatch, "match", "一致"},
    {ComparisonOutcome::kNoMatch, "no_match", "不一致"},
    {ComparisonOutcome::kNotFound, "not_found", "查无此记录"},
};

constexpr char kMetaPseudonymKey[] = "pseudonym_key";

std::uint32_t MethodBit(ShareMethod m) { return 1u << static_cast<int>(m); }

// Appends `text` as a JSON string (the usage log's item list); invalid UTF-8
// (a caller's bad item name) is replaced by U+FFFD.
void AppendJsonString(std::string& out, const std::string& text) {
  if (!internal::IsValidUtf8(text)) {
    out += json(text).dump(-1, ' ', false, json::error_handler_t::replace);
    return;
  }
  out += '"';
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c < 0x20) {
      static const char kHex[] = "0123456789abcdef";
      out += "\\u00";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += ch;
    }
  }
  out += '"';
}

}  // namespace

std::string ToString(ItemTreatment v) { return internal::EnumToName(kTreatmentNames, v); }
std::string ToString(ComparisonOutcome v) { return internal::EnumToName(kComparisonNames, v); }
std::string ChineseLabel(ItemTreatment v) { return internal::EnumToLabel(kTreatmentNames, v); }
std::string ChineseLabel(ComparisonOutcome v) { return internal::EnumToLabel(kComparisonNames, v); }

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(MaskingRule, item, kind, keep_head, keep_tail, pseudonym)
inline void to_json(json& j, PersonalInfoKind v) { j = ToString(v); }
inline void from_json(const json& j, PersonalInfoKind& v) { v = ParsePersonalInfoKind(j.get<std::string>()); }

// ---- the index -----------------------------------------------------------------------------

// Writes usage batches on its own connection and thread, so a decision only
// appends to a buffer (file platforms; an in-memory platform writes inline).
class UsageWriter {
 public:
  explicit UsageWriter(const PlatformOptions& options) {
    PlatformOptions o = options;
    o.create_if_missing = false;
    db_ = storage::OpenSqliteStorage(o);
    thread_ = std::thread([this] { Run(); });
  }
  ~UsageWriter() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    thread_.join();
  }
  // Queues a batch; waits while kMaxQueued batches are pending (the log
  // never falls behind by more than that, and memory stays bounded).
  void Submit(std::vector<UsageRow> batch) {
    {
      std::unique_lock<std::mutex> lock(mu_);
      idle_cv_.wait(lock, [&] { return queue_.size() < kMaxQueued; });
      queue_.push_back(std::move(batch));
    }
    cv_.notify_all();
  }
  // Waits until every submitted batch is written; rethrows a write error.
  void Drain() {
    std::unique_lock<std::mutex> lock(mu_);
    idle_cv_.wait(lock, [&] { return queue_.empty() && !busy_; });
    if (!error_.empty()) {
      std::string e;
      e.swap(error_);
      throw StorageError("usage log: " + e);
    }
  }

 private:
  void Run() {
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      cv_.wait(lock, [&] { return stop_ || !queue_.empty(); });
      if (queue_.empty()) break;  // stopping, nothing left
      std::vector<UsageRow> batch = std::move(queue_.front());
      queue_.pop_front();
      busy_ = true;
      idle_cv_.notify_all();  // room in the queue
      lock.unlock();
      try {
        db_->Begin();
        try {
          db_->AppendUsage(batch);
          db_->Commit();
        } catch (...) {
          db_->Rollback();
          throw;
        }
      } catch (const std::exception& e) {
        lock.lock();
        error_ = e.what();
        busy_ = false;
        idle_cv_.notify_all();
        continue;
      }
      lock.lock();
      busy_ = false;
      idle_cv_.notify_all();
    }
    busy_ = false;
    idle_cv_.notify_all();
  }

  static constexpr size_t kMaxQueued = 4;
  std::unique_ptr<storage::Storage> db_;
  std::mutex mu_;
  std::condition_variable cv_, idle_cv_;
  std::deque<std::vector<UsageRow>> queue_;
  bool stop_ = false;
  bool busy_ = false;
  std::string error_;
  std::thread thread_;
};

struct AccessState {
  struct UserInfo {
    std::uint32_t department = 0;
    bool may_use = false;  // active, with a role allowing use_data
  };
  struct ItemInfo {
    std::uint32_t index = 0;  // position in the entry's items
    bool not_shared = false;
    bool scope_masked = false;  // scope.masked_items
    bool masking_rule = false;  // the provider set a masking rule: masked for everyone
    MaskingRule masking;
  };
  struct EntryInfo {
    bool published = false;
    ShareClass share_class = ShareClass::kUnconditional;
    bool comparison_only = false;  // scope.comparison_only
    std::unordered_set<std::uint32_t> scope_departments;
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

  IndexCursor cursor;

  std::vector<std::string> department_codes;
  std::unordered_map<std::string, std::uint32_t> department_ids;
  std::unordered_map<std::string, UserInfo> users;
  std::unordered_map<std::int64_t, EntryInfo> entries;
  std::vector<Grant> grants;                                    // the pool
  GrantHeads heads;                                             // (department << 32) | entry → first
  std::unordered_map<std::int64_t, std::uint32_t> grant_index;  // authorization id → pool index
  std::unordered_map<std::int64_t, std::vector<std::uint32_t>> grants_of_entry;

  // Resolves a grant's item names against its entry's current items.
  void Resolve(Grant& g) {
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

  std::string pseudonym_key;
  std::vector<UsageRow> pending;
  std::unique_ptr<UsageWriter> writer;  // file platforms
  std::unordered_map<std::int64_t, std::deque<std::int64_t>> comparisons;  // authorization → times (ms)

  std::uint32_t DepartmentId(const std::string& code) {
    auto it = department_ids.find(code);
    if (it != department_ids.end()) return it->second;
    const auto id = static_cast<std::uint32_t>(department_codes.size());
    department_codes.push_back(code);
    department_ids.emplace(code, id);
    return id;
  }
  static std::uint64_t Key(std::uint32_t department, std::int64_t entry_id) {
    return (static_cast<std::uint64_t>(department) << 32) | static_cast<std::uint32_t>(entry_id);
  }
};

namespace {

// A8 coverage — to be replaced by sharing/rules Coverage.
// What the share scope of `entry` gives the consumer department `consumer`
// for `item`, an item of the entry within the consumer's authorization:
//  - kComparisonOnly: the entry is conditional (有条件共享), its scope is
//    comparison-only (数据比对) and does not list the department;
//  - kMasked: otherwise, when the scope lists the item among its masked
//    items (for every consumer, listed or not);
//  - kPlain: otherwise (a listed department gets everything).
// Never kWithheld: the scope's open items are not consulted here — which
// items a consumer receives is settled by its authorization (the scope was
// checked when it was granted). The authorization's own comparison-only and
// masked items, and the provider's masking rules, are applied by Decide.
ItemTreatment ScopeCoverage(const AccessState::EntryInfo& entry, std::uint32_t consumer,
                            const AccessState::ItemInfo& item) {
  if (entry.share_class == ShareClass::kConditional && entry.comparison_only &&
      !entry.scope_departments.count(consumer)) {
    return ItemTreatment::kComparisonOnly;
  }
  return item.scope_masked ? ItemTreatment::kMasked : ItemTreatment::kPlain;
}

class AccessEngine {
 public:
  explicit AccessEngine(Platform::Impl& p) : p_(p) {
    if (!p_.access) p_.access = std::make_shared<AccessState>();
    st_ = p_.access.get();
  }

  AccessState& state() { return *st_; }

  // Brings the index up to date with the store (see the file comment).
  void CatchUp() {
    AccessState& st = *st_;
    if (!st.cursor.built) {
      Build();
      return;
    }
    if (!st.cursor.Stale(p_)) return;
    p_.Read([&] {
      for (const auto& o : st.cursor.ChangedObjects(p_)) Reload(o);
    });
  }

  // ---- decisions -------------------------------------------------------------------------

  AccessDecision Decide(const AccessRequest& req, bool log, const char* kind) {
    CatchUp();
    AccessState& st = *st_;
    AccessDecision d;
    d.user_id = req.user_id;
    d.entry_id = req.entry_id;
    d.method = req.method;
    d.purpose = req.purpose;
    d.time = req.time ? *req.time : p_.Now();
    const bool explain = req.explain;
    auto check = [&](bool passed, const char* rule, const char* article, auto&& message) {
      if (!passed || explain) d.reasons.push_back({rule, article, passed, message()});
      return passed;
    };
    d.items.reserve(req.items.size());
    for (const auto& name : req.items) d.items.push_back({name, ItemTreatment::kWithheld, {}, {}});

    // A28 用户权限管理: a named, active user whose role may use data.
    auto user = st.users.find(req.user_id);
    if (!check(user != st.users.end() && user->second.may_use, "user", "A28", [&] {
          return user == st.users.end() ? "no such user \"" + req.user_id + "\""
                                        : "user \"" + req.user_id + "\" is inactive or has no role that may use data";
        })) {
      return Finish(d, log, kind);
    }
    const std::uint32_t dept = user->second.department;
    d.consumer_code = st.department_codes[dept];
    // A30 不得用于其他目的: the purpose is stated.
    if (!check(!req.purpose.empty(), "purpose", "A30", [] { return std::string("a purpose reference is required"); }) ||
        !check(!req.items.empty(), "items", "A30", [] { return std::string("no items requested"); })) {
      return Finish(d, log, kind);
    }
    // A16: a withdrawn (or unknown) entry serves nothing.
    auto entry = st.entries.find(req.entry_id);
    if (!check(entry != st.entries.end() && entry->second.published, "entry", "A16", [&] {
          return "entry " + std::to_string(req.entry_id) + " is not published (withdrawn or unknown)";
        })) {
      return Finish(d, log, kind);
    }
    const AccessState::EntryInfo& e = entry->second;
    // A8: the entry's current share class.
    if (!check(e.share_class != ShareClass::kNotShared, "share_class", "A8",
               [] { return std::string("the entry is now not shared (不予共享)"); })) {
      return Finish(d, log, kind);
    }
    // A26, A30: a live authorization of the consumer on the entry, valid now,
    // for this method.
    const int day = d.time.date.DaysSinceEpoch();
    // The request's items, resolved once against the entry.
    std::array<const AccessState::ItemInfo*, 32> resolved_small{};
    std::vector<const AccessState::ItemInfo*> resolved_large;
    const AccessState::ItemInfo** resolved = resolved_small.data();
    if (req.items.size() > resolved_small.size()) {
      resolved_large.resize(req.items.size());
      resolved = resolved_large.data();
    }
    for (size_t i = 0; i < req.items.size(); ++i) {
      auto it = e.items.find(req.items[i]);
      resolved[i] = it == e.items.end() ? nullptr : &it->second;
    }
    auto covered = [&](const AccessState::Grant& g) {
      int n = 0;
      for (size_t i = 0; i < req.items.size(); ++i) n += resolved[i] && g.items.Has(*resolved[i], req.items[i]);
      return n;
    };
    const AccessState::Grant* grant = nullptr;
    int grant_covers = -1;
    const char* why = "no authorization of the department on the entry";
    for (std::int32_t gi = st.heads.Find(AccessState::Key(dept, req.entry_id)); gi >= 0; gi = st.grants[gi].next) {
      const AccessState::Grant& g = st.grants[gi];
      if (g.status != AuthorizationStatus::kActive) {
        why = g.status == AuthorizationStatus::kRevoked ? "the authorization is revoked" : "the authorization is suspended";
        continue;
      }
      if (day < g.from_day) {
        why = "the authorization is not yet valid";
        continue;
      }
      if (day > g.until_day) {
        why = "the authorization has expired (A26: apply again)";
        continue;
      }
      if (!(g.methods & MethodBit(req.method))) {
        why = "the method is not authorized";
        continue;
      }
      const int c = covered(g);
      if (c > grant_covers) {
        grant = &g;
        grant_covers = c;
      }
    }
    if (!check(grant != nullptr, "authorization", "A26, A30", [&] { return std::string(why); })) {
      return Finish(d, log, kind);
    }
    d.authorization_id = grant->id;
    // Per item: A30 within the granted items; A8 the scope's masking and
    // comparison (ScopeCoverage), with the authorization's own and the
    // provider's masking rules.
    bool any = false;
    for (size_t i = 0; i < d.items.size(); ++i) {
      ItemDecision& item = d.items[i];
      const AccessState::ItemInfo* info = resolved[i];
      if (!info || info->not_shared) {
        item.why = "A8";
        check(false, "items", "A8", [&] { return "item \"" + item.item + "\" is not a shared item of the entry"; });
        continue;
      }
      if (!grant->items.Has(*info, item.item)) {
        item.why = "A30";
        check(false, "items", "A30", [&] { return "item \"" + item.item + "\" is outside the authorization"; });
        continue;
      }
      any = true;
      const ItemTreatment scope =
          grant->comparison_only ? ItemTreatment::kComparisonOnly : ScopeCoverage(e, dept, *info);
      if (scope == ItemTreatment::kComparisonOnly) {
        item.treatment = ItemTreatment::kComparisonOnly;
        item.why = "A8";
      } else if (scope == ItemTreatment::kMasked || info->masking_rule || grant->masked.Has(*info, item.item)) {
        item.treatment = ItemTreatment::kMasked;
        item.masking = info->masking;
        item.why = "A8";
      } else {
        item.treatment = ItemTreatment::kPlain;
      }
    }
    d.allowed = check(any, "items", "A30", [] { return std::string("none of the requested items may be delivered"); });
    if (explain && d.allowed) d.reasons.push_back({"authorization", "A26, A30", true, "authorization " + std::to_string(grant->id)});
    return Finish(d, log, kind);
  }

  // ---- usage log -------------------------------------------------------------------------

  void Log(const AccessDecision& d, const char* kind, const std::string& outcome) {
    UsageRow u;
    u.time = d.time.ToUnixSeconds();
    u.user_id = d.user_id;
    u.consumer_code = d.consumer_code;
    u.entry_id = d.entry_id;
    u.authorization_id = d.authorization_id;
    u.kind = kind;
    // Item names are JSON strings already (valid UTF-8 from the index or the
    // caller); escape only what JSON requires.
    u.items = "[";
    for (size_t i = 0; i < d.items.size(); ++i) {
      if (i) u.items += ',';
      AppendJsonString(u.items, d.items[i].item);
    }
    u.items += ']';
    u.method = ToString(d.method);
    u.purpose = d.purpose;
    u.allowed = d.allowed;
    u.outcome = outcome;
    st_->pending.push_back(std::move(u));
  }

  // Hands the buffered lines to the writer (file platforms) or writes them
  // (in memory); `wait`: until they are in the file.
  void Submit(bool wait) {
    AccessState& st = *st_;
    if (!p_.db) return;
    if (!st.pending.empty()) {
      if (p_.options.path != ":memory:") {
        if (!st.writer) st.writer = std::make_unique<UsageWriter>(p_.options);
        std::vector<UsageRow> rows;
        rows.swap(st.pending);
        st.writer->Submit(std::move(rows));
      } else {
        Flush();
        return;
      }
    }
    if (wait && st.writer) st.writer->Drain();
  }

  void Flush() {
    AccessState& st = *st_;
    if (st.pending.empty() || !p_.db) return;
    std::vector<UsageRow> rows;
    rows.swap(st.pending);
    try {
      // The index's own write: nothing it must reload.
      st.cursor.OwnWrite(p_, [&] { p_.Write([&] { p_.S().AppendUsage(rows); }); });
    } catch (...) {
      // Keep the lines for the next attempt (a busy file, a full disk).
      st.pending.insert(st.pending.begin(), rows.begin(), rows.end());
      throw;
    }
  }

  std::string PseudonymKey() {
    AccessState& st = *st_;
    if (!st.pseudonym_key.empty()) return st.pseudonym_key;
    auto key = p_.Read([&] { return p_.S().GetMeta(kMetaPseudonymKey); });
    if (!key) {
      unsigned char bytes[32];
      if (RAND_bytes(bytes, sizeof bytes) != 1) throw StorageError("cannot draw a pseudonym key (OpenSSL RAND_bytes)");
      static const char kHex[] = "0123456789abcdef";
      std::string hex;
      for (unsigned char b : bytes) hex += {kHex[b >> 4], kHex[b & 15]};
      key = p_.Write([&] {
        // Another process may have drawn it first.
        if (auto existing = p_.S().GetMeta(kMetaPseudonymKey)) return *existing;
        p_.S().SetMeta(kMetaPseudonymKey, hex);
        return hex;
      });
    }
    st.pseudonym_key = *key;
    return st.pseudonym_key;
  }

 private:
  AccessDecision& Finish(AccessDecision& d, bool log, const char* kind) {
    if (log && p_.options.usage_log) {
      std::string outcome = "allowed";
      if (!d.allowed) {
        outcome = "refused";
        for (const auto& r : d.reasons)
          if (!r.passed) {
            outcome += ": " + r.rule;
            break;
          }
      }
      Log(d, kind, outcome);
      if (static_cast<int>(st_->pending.size()) >= std::max(1, p_.options.usage_log_batch)) Submit(false);
    }
    return d;
  }

  void Build() {
    AccessState& st = *st_;
    p_.Read([&] {
      st = AccessState{};
      for (const auto& dep : p_.S().ListDepartments()) st.DepartmentId(dep.code);
      for (const auto& u : p_.S().ListUsers("")) LoadUser(u);
      for (const auto& e : p_.S().ListEntries("")) LoadEntry(e.id);
      for (const auto& row : p_.S().ListCases(CaseTable::kAuthorizations, "", std::nullopt)) LoadGrant(row);
      st.cursor.Built(p_);
    });
  }

  void Reload(const std::string& object) {
    const auto colon = object.find(':');
    if (colon == std::string::npos) return;
    const std::string kind = object.substr(0, colon);
    const std::string id = object.substr(colon + 1);
    storage::Storage& s = p_.S();
    if (kind == "user") {
      if (auto u = s.FindUser(id)) LoadUser(*u);
    } else if (kind == "department") {
      st_->DepartmentId(id);
    } else if (kind == "entry") {
      LoadEntry(std::stoll(id));
    } else if (kind == "authorization") {
      if (auto row = s.FindCase(CaseTable::kAuthorizations, std::stoll(id))) LoadGrant(*row);
    } else if (kind == "federation") {
      for (const auto& e : s.ListEntries("")) LoadEntry(e.id);
    }
  }

  void LoadUser(const User& u) {
    AccessState::UserInfo info;
    info.department = st_->DepartmentId(u.department_code);
    auto dept = p_.S().FindDepartment(u.department_code);
    info.may_use = false;
    if (u.active && dept) {
      for (Role r : u.roles) info.may_use = info.may_use || RoleAllows(r, dept->level, Action::kUseData);
    }
    st_->users[u.id] = info;
  }

  void LoadEntry(std::int64_t entry_id) {
    auto row = p_.S().FindEntry(entry_id);
    if (!row) return;
    AccessState::EntryInfo info;
    info.published = row->status == EntryStatus::kPublished || row->status == EntryStatus::kWithdrawalRequested;
    if (row->live_version) {
      auto v = p_.S().FindVersion(row->id, *row->live_version);
      if (v) {
        const CatalogEntry e = EntryFromJson(v->content);
        info.share_class = e.share.share_class;
        info.comparison_only = e.share.scope.comparison_only;
        for (const auto& code : e.share.scope.departments) info.scope_departments.insert(st_->DepartmentId(code));
        std::vector<MaskingRule> rules;
        if (auto text = p_.S().GetMaskingRules(row->id)) rules = json::parse(*text).get<std::vector<MaskingRule>>();
        std::uint32_t index = 0;
        for (const auto& item : e.items) {
          AccessState::ItemInfo ii;
          ii.index = index++;
          ii.not_shared = item.share_class == ShareClass::kNotShared;
          const auto& scope = e.share.scope;
          ii.scope_masked =
              std::find(scope.masked_items.begin(), scope.masked_items.end(), item.name) != scope.masked_items.end();
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
    st_->entries[row->id] = std::move(info);
    // The entry's items may have moved: resolve its grants again.
    auto gs = st_->grants_of_entry.find(row->id);
    if (gs != st_->grants_of_entry.end()) {
      for (std::uint32_t i : gs->second) st_->Resolve(st_->grants[i]);
    }
  }

  void LoadGrant(const CaseRow& row) {
    AccessState& st = *st_;
    const Authorization z = json::parse(row.body).get<Authorization>();
    if (z.platform_wide) return;  // the bureau's grant, not a consumer's
    auto known = st.grant_index.find(row.id);
    AccessState::Grant* g = nullptr;
    if (known != st.grant_index.end()) {
      g = &st.grants[known->second];  // consumer and entry never change
    } else {
      const auto index = static_cast<std::uint32_t>(st.grants.size());
      st.grants.emplace_back();
      g = &st.grants.back();
      const std::uint64_t key = AccessState::Key(st.DepartmentId(row.consumer_code), row.entry_id.value_or(0));
      std::int32_t& first = st.heads.Slot_(key);
      g->next = first;
      first = static_cast<std::int32_t>(index);
      st.grant_index[row.id] = index;
      st.grants_of_entry[row.entry_id.value_or(0)].push_back(index);
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
    g->item_names = z.items;
    g->masked_names = z.masked_items;
    st.Resolve(*g);
  }

  Platform::Impl& p_;
  AccessState* st_;
};

// Applies a masking rule to one value.
std::string MaskValue(const MaskingRule& rule, const std::string& value, const std::string& key,
                      HashAlgorithm algorithm) {
  if (rule.pseudonym) return Pseudonym(key, value, algorithm);
  if (rule.keep_head >= 0 && rule.keep_tail >= 0) return MaskKeep(value, rule.keep_head, rule.keep_tail);
  return Mask(rule.kind, value);
}

}  // namespace

AccessDecision Platform::Decide(const AccessRequest& request) {
  return AccessEngine(*impl_).Decide(request, true, "decide");
}

std::string Platform::Filter(const AccessDecision& decision, const std::string& records_json) const {
  if (!decision.allowed) {
    throw PermissionDeniedError("the decision refused the access; nothing may be delivered (A30)");
  }
  json records;
  try {
    records = json::parse(records_json);
  } catch (const json::parse_error& e) {
    throw ParseError("records", std::string("not JSON: ") + e.what());
  }
  if (!records.is_array()) throw ParseError("records", "a JSON array of objects is expected");
  std::unordered_map<std::string, const ItemDecision*> items;
  for (const auto& i : decision.items) items.emplace(i.item, &i);
  bool need_key = false;
  for (const auto& i : decision.items) need_key = need_key || (i.treatment == ItemTreatment::kMasked && i.masking.pseudonym);
  const std::string key = need_key ? AccessEngine(*impl_).PseudonymKey() : std::string();
  const HashAlgorithm algorithm = impl_->audit_hash == HashAlgorithm::kSm3 ? HashAlgorithm::kSm3 : HashAlgorithm::kSha256;
  json out = json::array();
  for (size_t r = 0; r < records.size(); ++r) {
    const json& record = records[r];
    if (!record.is_object()) throw ParseError("records[" + std::to_string(r) + "]", "a record is a JSON object");
    json filtered = json::object();
    for (auto it = record.begin(); it != record.end(); ++it) {
      auto found = items.find(it.key());
      if (found == items.end()) continue;  // not requested: withheld
      const ItemDecision& item = *found->second;
      switch (item.treatment) {
        case ItemTreatment::kPlain:
          filtered[it.key()] = it.value();
          break;
        case ItemTreatment::kMasked:
          if (it.value().is_null()) {
            filtered[it.key()] = nullptr;
          } else {
            const std::string text = it.value().is_string() ? it.value().get<std::string>() : it.value().dump();
            filtered[it.key()] = MaskValue(item.masking, text, key, algorithm);
          }
          break;
        case ItemTreatment::kComparisonOnly:
          throw PermissionDeniedError("records[" + std::to_string(r) + "]." + it.key() +
                                      " is comparison-only (A8 数据比对): it is never delivered; use Compare");
        case ItemTreatment::kWithheld:
          break;
      }
    }
    out.push_back(std::move(filtered));
  }
  return out.dump(-1, ' ', false, json::error_handler_t::strict);
}

ComparisonResult Platform::Compare(const AccessRequest& request, const std::map<std::string, std::string>& submitted,
                                   const std::string& provider_record_json) {
  AccessEngine engine(*impl_);
  AccessRequest req = request;
  req.items.clear();
  for (const auto& [item, value] : submitted) req.items.push_back(item);
  AccessDecision d = engine.Decide(req, false, "compare");
  ComparisonResult result;
  result.reasons = d.reasons;
  std::string outcome;
  if (d.allowed) {
    for (const auto& i : d.items) {
      if (i.treatment == ItemTreatment::kWithheld) {
        d.allowed = false;
        result.reasons.push_back({"items", "A30", false, "item \"" + i.item + "\" may not be compared"});
      }
    }
  }
  if (d.allowed) {
    // A28: against enumeration, a sliding minute per authorization.
    // On the platform's clock (the system clock, or the simulated one).
    auto& times = engine.state().comparisons[d.authorization_id];
    const std::int64_t now = impl_->NowSeconds() * 1000;
    while (!times.empty() && now - times.front() >= 60000) times.pop_front();
    if (static_cast<int>(times.size()) >= impl_->options.comparisons_per_minute) {
      d.allowed = false;
      result.reasons.push_back({"rate_limit", "A28", false,
                                "more than " + std::to_string(impl_->options.comparisons_per_minute) +
                                    " comparisons a minute on authorization " + std::to_string(d.authorization_id)});
    } else {
      times.push_back(now);
    }
  }
  result.allowed = d.allowed;
  if (d.allowed) {
    json record;
    bool found = false;
    if (!provider_record_json.empty()) {
      try {
        record = json::parse(provider_record_json);
      } catch (const json::parse_error& e) {
        throw ParseError("provider_record", std::string("not JSON: ") + e.what());
      }
      if (!record.is_null() && !record.is_object()) throw ParseError("provider_record", "a JSON object or null");
      found = record.is_object();
    }
    bool all = found;
    for (const auto& [item, value] : submitted) {
      FieldComparison f{item, ComparisonOutcome::kNotFound};
      if (found && record.contains(item) && !record[item].is_null()) {
        const json& v = record[item];
        const std::string stored = v.is_string() ? v.get<std::string>() : v.dump();
        f.outcome = stored == value ? ComparisonOutcome::kMatch : ComparisonOutcome::kNoMatch;
      }
      all = all && f.outcome == ComparisonOutcome::kMatch;
      result.fields.push_back(f);
    }
    result.overall = !found ? ComparisonOutcome::kNotFound : all ? ComparisonOutcome::kMatch : ComparisonOutcome::kNoMatch;
    outcome = ToString(result.overall);
  } else {
    outcome = "refused";
    for (const auto& r : result.reasons)
      if (!r.passed) {
        outcome += ": " + r.rule;
        break;
      }
  }
  // Every comparison is in the usage log at once (A28).
  if (impl_->options.usage_log) {
    engine.Log(d, "compare", outcome);
    engine.Submit(true);
  }
  return result;
}

void Platform::SetMaskingRules(const std::string& actor, std::int64_t entry_id, const std::vector<MaskingRule>& rules) {
  for (size_t i = 0; i < rules.size(); ++i) {
    const auto& r = rules[i];
    const std::string at = "rules[" + std::to_string(i) + "]";
    RequireText(r.item, at + ".item", "the item masked");
    if ((r.keep_head >= 0) != (r.keep_tail >= 0)) {
      throw InvalidArgumentError(at + ": keep_head and keep_tail are set together (both >= 0) or not at all");
    }
    if (r.keep_head < -1 || r.keep_tail < -1) throw InvalidArgumentError(at + ": keep counts are >= 0, or -1 for the default");
  }
  impl_->Write([&] {
    EntryRow e = impl_->LoadEntry(entry_id);
    auto a = impl_->Authorize(actor, Action::kEditCatalog, e.provider_code, ObjectOfEntry(entry_id));
    const std::int64_t version = e.live_version ? *e.live_version : e.working_version.value_or(0);
    if (version == 0) throw InvalidTransitionError("entry " + std::to_string(entry_id) + " has no content yet");
    const CatalogEntry content = EntryFromJson(impl_->LoadVersion(e, static_cast<int>(version)).content);
    std::set<std::string> seen;
    for (size_t i = 0; i < rules.size(); ++i) {
      const auto& name = rules[i].item;
      if (std::none_of(content.items.begin(), content.items.end(), [&](const DataItem& d) { return d.name == name; })) {
        throw InvalidArgumentError("rules[" + std::to_string(i) + "].item \"" + name + "\" is not an item of the entry");
      }
      if (!seen.insert(name).second) throw InvalidArgumentError("rules[" + std::to_string(i) + "].item \"" + name + "\" is named twice");
    }
    const std::string before = impl_->DigestOf(impl_->S().GetMaskingRules(entry_id).value_or(""));
    const std::string text = json(rules).dump();
    impl_->S().SetMaskingRules(entry_id, text);
    impl_->Audit(a, "masking.set", ObjectOfEntry(entry_id), before, impl_->DigestOf(text), "");
  });
}

std::vector<MaskingRule> Platform::MaskingRules(const std::string& actor, std::int64_t entry_id) const {
  return impl_->Read([&] {
    impl_->LoadEntry(entry_id);
    impl_->Authorize(actor, Action::kReadCatalog, "", ObjectOfEntry(entry_id));
    auto text = impl_->S().GetMaskingRules(entry_id);
    return text ? json::parse(*text).get<std::vector<MaskingRule>>() : std::vector<MaskingRule>{};
  });
}

void Platform::FlushUsageLog() {
  if (!impl_->access) return;
  AccessEngine(*impl_).Submit(true);
}

void CloseAccess(Platform::Impl& impl) {
  if (!impl.access) return;
  AccessEngine engine(impl);
  try {
    engine.Submit(true);
  } catch (...) {
    impl.access->writer.reset();
    throw;
  }
  impl.access->writer.reset();
}

std::vector<UsageRecord> Platform::UsageLog(const std::string& actor, const UsageQuery& query) const {
  if (query.limit <= 0) throw InvalidArgumentError("limit must be > 0");
  if (impl_->access) AccessEngine(*impl_).Submit(true);
  return impl_->Read([&] {
    auto a = impl_->Authorize(actor, Action::kReadSharing, "", "usage_log");
    const bool sees_all = Impl::SeesAllCases(a);
    const std::int64_t from = query.from ? query.from->ToUnixSeconds() : std::numeric_limits<std::int64_t>::min();
    const std::int64_t to = query.to ? query.to->ToUnixSeconds() : std::numeric_limits<std::int64_t>::max();
    std::vector<UsageRecord> out;
    // A department sees its own accesses and those of its entries.
    const std::string consumer = sees_all ? query.consumer_code : std::string();
    for (const auto& u : impl_->S().ListUsage(consumer, query.entry_id, from, to, sees_all ? query.limit : 1 << 30)) {
      if (!sees_all) {
        if (!query.consumer_code.empty() && u.consumer_code != query.consumer_code) continue;
        bool mine = u.consumer_code == a.user.department_code;
        if (!mine && u.entry_id) {
          auto e = impl_->S().FindEntry(u.entry_id);
          mine = e && e->provider_code == a.user.department_code;
        }
        if (!mine) continue;
      }
      UsageRecord r;
      r.id = u.id;
      r.time = LocalDateTime::FromUnixSeconds(u.time);
      r.user_id = u.user_id;
      r.consumer_code = u.consumer_code;
      r.entry_id = u.entry_id;
      r.authorization_id = u.authorization_id;
      r.kind = u.kind;
      r.items = json::parse(u.items.empty() ? "[]" : u.items).get<std::vector<std::string>>();
      r.method = u.method.empty() ? ShareMethod::kApi : ParseShareMethod(u.method);
      r.purpose = u.purpose;
      r.allowed = u.allowed;
      r.outcome = u.outcome;
      out.push_back(std::move(r));
      if (static_cast<int>(out.size()) >= query.limit) break;
    }
    return out;
  });
}

}  // namespace govshare
