// The access operations over storage beside the decisions: the providers'
// masking rules, the usage log (A28) — its query, flush and the handle's
// close. docs/access.md.
#include <algorithm>
#include <limits>
#include <set>

#include <nlohmann/json.hpp>

#include "access/masking_json.h"
#include "access/state.h"
#include "platform/operation.h"
#include "sharing/rules.h"

namespace govshare {

using json = nlohmann::json;

void AccessService::SetMaskingRules(const std::string& actor, std::int64_t entry_id, const std::vector<MaskingRule>& rules) {
  for (size_t i = 0; i < rules.size(); ++i) {
    const auto& r = rules[i];
    const std::string at = "rules[" + std::to_string(i) + "]";
    RequireText(r.item, at + ".item", "the item masked");
    if ((r.keep_head >= 0) != (r.keep_tail >= 0)) {
      throw InvalidArgumentError(at + ": keep_head and keep_tail are set together (both >= 0) or not at all");
    }
    if (r.keep_head < -1 || r.keep_tail < -1) throw InvalidArgumentError(at + ": keep counts are >= 0, or -1 for the default");
  }
  PlatformCore& core = *impl_;
  std::optional<EntryRow> loaded;
  RunWrite(core, actor, OnEntry(core, entry_id, Action::kEditCatalog, true, loaded), [&](Operation& op) {
    const EntryRow& e = *loaded;
    const std::int64_t version = e.live_version ? *e.live_version : e.working_version.value_or(0);
    if (version == 0) throw InvalidTransitionError("entry " + std::to_string(entry_id) + " has no content yet");
    const CatalogEntry content = EntryFromJson(impl_->LoadVersion(e, static_cast<int>(version)).content);
    std::set<std::string> seen;
    for (size_t i = 0; i < rules.size(); ++i) {
      const auto& name = rules[i].item;
      if (std::none_of(content.items.begin(), content.items.end(), [&](const DataItem& d) { return d.name == name; })) {
        throw InvalidArgumentError("rules[" + std::to_string(i) + "].item \"" + name + "\" is not an item of the entry" +
                                   sharing_rules::ItemsHint(content, name));
      }
      if (!seen.insert(name).second) throw InvalidArgumentError("rules[" + std::to_string(i) + "].item \"" + name + "\" is named twice");
    }
    const std::string before = impl_->DigestOf(impl_->S().GetMaskingRules(entry_id).value_or(""));
    const std::string text = json(rules).dump();
    impl_->S().SetMaskingRules(entry_id, text);
    op.Audit("masking.set", ObjectOfEntry(entry_id), before, impl_->DigestOf(text), "");
      });
}

std::vector<MaskingRule> AccessService::MaskingRules(const std::string& actor, std::int64_t entry_id) const {
  return RunRead(*impl_, actor, Permission{Action::kReadCatalog, "", ObjectOfEntry(entry_id)}, [&](Operation&) {
    impl_->LoadEntry(entry_id);
    auto text = impl_->S().GetMaskingRules(entry_id);
    return text ? json::parse(*text).get<std::vector<MaskingRule>>() : std::vector<MaskingRule>{};
  });
}

void FlushUsage(PlatformCore& impl) {
  impl.RequireOpen();
  impl.access->usage.Flush();
}

void AccessService::FlushUsageLog() { FlushUsage(*impl_); }

std::shared_ptr<AccessState> NewAccessState(PlatformCore& impl) { return std::make_shared<AccessState>(impl); }

void CloseAccess(PlatformCore& impl) {
  if (impl.access) impl.access->usage.Close();
}

std::vector<UsageRecord> AccessService::UsageLog(const std::string& actor, const UsageQuery& query) const {
  if (query.limit <= 0) throw InvalidArgumentError("limit must be > 0");
  impl_->RequireOpen();
  impl_->access->usage.Flush();
  return RunRead(*impl_, actor, Permission{Action::kReadSharing, "", "usage_log"}, [&](Operation& op) {
    const bool sees_all = PlatformCore::SeesAllCases(op.actor());
    const std::int64_t from = query.from ? query.from->ToUnixSeconds() : std::numeric_limits<std::int64_t>::min();
    const std::int64_t to = query.to ? query.to->ToUnixSeconds() : std::numeric_limits<std::int64_t>::max();
    std::vector<UsageRecord> out;
    // A department sees its own accesses and those of its entries.
    const std::string consumer = sees_all ? query.consumer_code : std::string();
    for (const auto& u : impl_->S().ListUsage(consumer, query.entry_id, from, to, sees_all ? query.limit : 1 << 30)) {
      if (!sees_all) {
        if (!query.consumer_code.empty() && u.consumer_code != query.consumer_code) continue;
        bool mine = u.consumer_code == op.user().department_code;
        if (!mine && u.entry_id) {
          auto e = impl_->S().FindEntry(u.entry_id);
          mine = e && e->provider_code == op.user().department_code;
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
