// Access decisions at the data boundary (A8, A26, A28, A30): one request
// decided on the decision index (index.h), item by item. docs/access.md.
#include <algorithm>
#include <array>
#include <shared_mutex>

#include "access/state.h"
#include "base/enum_names.h"
#include "sharing/rules.h"

namespace govshare {
namespace {

using internal::EnumName;

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

}  // namespace

std::string ToString(ItemTreatment v) { return internal::EnumToName(kTreatmentNames, v); }
std::string ToString(ComparisonOutcome v) { return internal::EnumToName(kComparisonNames, v); }
std::string ChineseLabel(ItemTreatment v) { return internal::EnumToLabel(kTreatmentNames, v); }
std::string ChineseLabel(ComparisonOutcome v) { return internal::EnumToLabel(kComparisonNames, v); }

namespace access_detail {
namespace {

// The decision sealed (seal.cpp), and written to the usage log when `log`
// (and the platform keeps one).
AccessDecision& Finish(PlatformCore& p, AccessState& st, AccessDecision& d, std::int64_t now, bool log,
                       const char* kind) {
  Seal(p, st, d, now);
  if (log && p.options.usage_log) {
    if (d.allowed) {
      st.usage.Add(d, kind, "allowed");
    } else {
      std::string outcome = "refused";
      for (const auto& r : d.reasons)
        if (!r.passed) {
          outcome += ": " + r.rule;
          break;
        }
      st.usage.Add(d, kind, outcome);
    }
  }
  return d;
}

// The decision of `req` on the index (held by the caller).
AccessDecision Evaluate(const DecisionIndex& ix, const AccessRequest& req, std::int64_t now) {
  AccessDecision d;
  d.user_id = req.user_id;
  d.entry_id = req.entry_id;
  d.method = req.method;
  d.purpose = req.purpose;
  d.time = req.time ? *req.time : LocalDateTime::FromUnixSeconds(now);
  const bool explain = req.explain;
  // A rule's outcome: a failure always, with its wording; with `explain` a
  // pass too, with why it passed.
  auto check = [&](bool passed, const char* rule, const char* article, auto&& failure, auto&& pass) {
    if (!passed) {
      d.reasons.push_back({rule, article, false, failure()});
    } else if (explain) {
      d.reasons.push_back({rule, article, true, pass()});
    }
    return passed;
  };
  auto fail = [&](const char* rule, const char* article, auto&& failure) {
    d.reasons.push_back({rule, article, false, failure()});
  };
  d.items.reserve(req.items.size());
  for (const auto& name : req.items) d.items.push_back({name, ItemTreatment::kWithheld, {}, {}});

  // A28 用户权限管理: a named, active user whose role may use data.
  auto user = ix.users.find(req.user_id);
  if (!check(user != ix.users.end() && user->second.may_use, "user", "A28", [&] {
        return user == ix.users.end() ? "no such user \"" + req.user_id + "\""
                                      : "user \"" + req.user_id + "\" is inactive or has no role that may use data";
      }, [&] { return "user \"" + req.user_id + "\" is active and has a role that may use data"; })) {
    return d;
  }
  const std::uint32_t dept = user->second.department;
  ix.PrefetchGrant(dept, req.entry_id);
  d.consumer_code = ix.department_codes[dept];
  // A30 不得用于其他目的: the purpose is stated.
  if (!check(!req.purpose.empty(), "purpose", "A30", [] { return std::string("a purpose reference is required"); },
             [&] { return "the purpose is stated: " + req.purpose; }) ||
      !check(!req.items.empty(), "items", "A30", [] { return std::string("no items requested"); },
             [&] { return std::to_string(req.items.size()) + " items requested"; })) {
    return d;
  }
  // A16: a withdrawn (or unknown) entry serves nothing.
  auto entry = ix.entries.find(req.entry_id);
  if (!check(entry != ix.entries.end() && entry->second.published, "entry", "A16", [&] {
        return "entry " + std::to_string(req.entry_id) + " is not published (withdrawn or unknown)";
      }, [&] { return "entry " + std::to_string(req.entry_id) + " is published"; })) {
    return d;
  }
  const DecisionIndex::EntryInfo& e = entry->second;
  // A8: the entry's current share class.
  if (!check(!e.not_shared, "share_class", "A8", [] { return std::string("the entry is now not shared (不予共享)"); },
             [] { return std::string("the entry is shared (unconditionally or conditionally)"); })) {
    return d;
  }
  // A26, A30: a live authorization of the consumer on the entry, valid now,
  // for this method.
  const int day = d.time.date.DaysSinceEpoch();
  // The request's items, resolved once against the entry.
  std::array<const DecisionIndex::ItemInfo*, 32> resolved_small{};
  std::vector<const DecisionIndex::ItemInfo*> resolved_large;
  const DecisionIndex::ItemInfo** resolved = resolved_small.data();
  if (req.items.size() > resolved_small.size()) {
    resolved_large.resize(req.items.size());
    resolved = resolved_large.data();
  }
  for (size_t i = 0; i < req.items.size(); ++i) {
    auto it = e.items.find(req.items[i]);
    resolved[i] = it == e.items.end() ? nullptr : &it->second;
  }
  auto covered = [&](const DecisionIndex::Grant& g) {
    int n = 0;
    for (size_t i = 0; i < req.items.size(); ++i) n += resolved[i] && g.items.Has(*resolved[i], req.items[i]);
    return n;
  };
  const DecisionIndex::Grant* grant = nullptr;
  int grant_covers = -1;
  const char* why = "no authorization of the department on the entry";
  for (std::int32_t gi = ix.FirstGrant(dept, req.entry_id); gi >= 0; gi = ix.grants[gi].next) {
    const DecisionIndex::Grant& g = ix.grants[gi];
    if (const char* not_usable = sharing_rules::WhyNotUsable(g.status, g.from_day, g.until_day, day)) {
      why = not_usable;
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
  if (!check(grant != nullptr, "authorization", "A26, A30", [&] { return std::string(why); }, [&] {
        return "authorization " + std::to_string(grant->id) + " of the department is in force on " +
               d.time.date.ToIso() + " for this method";
      })) {
    return d;
  }
  d.authorization_id = grant->id;
  // Per item: A30 within the granted items; A8 the scope's masking and
  // comparison (ScopeCoverage), with the authorization's own and the
  // provider's masking rules.
  bool any = false;
  for (size_t i = 0; i < d.items.size(); ++i) {
    ItemDecision& item = d.items[i];
    const DecisionIndex::ItemInfo* info = resolved[i];
    if (!info || info->not_shared()) {
      item.why = "A8";
      fail("items", "A8", [&] { return "item \"" + item.item + "\" is not a shared item of the entry"; });
      continue;
    }
    if (!grant->items.Has(*info, item.item)) {
      item.why = "A30";
      fail("items", "A30", [&] { return "item \"" + item.item + "\" is outside the authorization"; });
      continue;
    }
    any = true;
    const ItemTreatment scope =
        grant->comparison_only ? ItemTreatment::kComparisonOnly : ScopeCoverage(e, dept, *info, grant->as_named);
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
  d.allowed = check(any, "items", "A30", [] { return std::string("none of the requested items may be delivered"); },
                    [&] {
                      std::size_t n = 0;
                      for (const auto& i : d.items) n += i.treatment != ItemTreatment::kWithheld;
                      return std::to_string(n) + " of " + std::to_string(d.items.size()) +
                             " items within the authorization (A30) and the entry's share scope (A8)";
                    });
  return d;
}

}  // namespace

AccessDecision Decide(PlatformCore& p, const AccessRequest& req, bool log, const char* kind) {
  p.RequireOpen();
  AccessState& st = AccessOf(p);
  EnsureCurrent(p, st);
  // One reading of the clock: the decision's default time and its expiry.
  const std::int64_t now = p.NowSeconds();
  AccessDecision d;
  {
    // The decision reads the shared index; the lock's shared side is taken
    // on no one else's cache line (base/read_mostly_lock.h).
    std::shared_lock<internal::ReadMostlyLock> reading(st.shared.lock);
    d = Evaluate(st.index, req, now);
  }
  return Finish(p, st, d, now, log, kind);
}

}  // namespace access_detail

AccessDecision AccessService::Decide(const AccessRequest& request) {
  return access_detail::Decide(*impl_, request, true, "decide");
}

}  // namespace govshare
