// A decision applied to data (A8, A28, A30): Filter delivers the records of
// an allowed decision item by item (plain, masked, withheld); Compare checks
// submitted values against the provider's record without delivering it, at
// a limited rate. docs/access.md.
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "access/pseudonym_key.h"
#include "access/state.h"
#include "base/digest.h"
#include "base/json_limits.h"
#include "govshare/masking.h"

namespace govshare {
namespace {

using json = nlohmann::json;


// Applies a masking rule to one value.
std::string MaskValue(const MaskingRule& rule, const std::string& value, const std::string& key,
                      HashAlgorithm algorithm) {
  if (rule.pseudonym) return Pseudonym(key, value, algorithm);
  if (rule.keep_head >= 0 && rule.keep_tail >= 0) return MaskKeep(value, rule.keep_head, rule.keep_tail);
  return Mask(rule.kind, value);
}

// The platform's pseudonym key (access/pseudonym_key.h): the key the handle
// was opened with — adopted by the platform at its first use — or an older
// platform's key still in its database; never drawn into the database.
std::string PseudonymKey(PlatformCore& p) {
  AccessState& st = access_detail::AccessOf(p);
  std::lock_guard<std::mutex> lock(st.key_mu);
  if (!st.pseudonym_key.empty()) return st.pseudonym_key;
  auto state = [&] {
    access_detail::PseudonymKeyState s;
    s.configured = p.pseudonym_key;
    s.legacy = NonEmpty(p.S().GetMeta(kMetaPseudonymKey));
    s.platform_id = NonEmpty(p.S().GetMeta(kMetaPseudonymKeyId));
    return s;
  };
  access_detail::PseudonymKeyChoice choice = p.Read([&] { return access_detail::ChoosePseudonymKey(state()); });
  if (choice.record_id) {
    // The platform adopts the key (another process may have done so first:
    // the rule is applied again under the write lock).
    choice = p.Write([&] {
      access_detail::PseudonymKeyChoice again = access_detail::ChoosePseudonymKey(state());
      if (again.record_id) {
        const std::string id = PseudonymKeyId(again.key);
        p.S().SetMeta(kMetaPseudonymKeyId, id);
        p.Audit(PlatformCore::PlatformActor(), "pseudonym.key_adopted", "pseudonym_key", "", id,
                "the platform's pseudonyms are made with this key from now on");
      }
      return again;
    });
  }
  st.pseudonym_key = choice.key;
  return st.pseudonym_key;
}

}  // namespace

std::string AccessService::Filter(const AccessDecision& decision, const std::string& records_json) const {
  impl_->RequireOpen();
  AccessState& st = access_detail::AccessOf(*impl_);
  access_detail::RequireDeliverable(*impl_, st, decision);
  const json records = internal::ParseWithinLimits<json>(records_json, "records", limits::kMaxFilterBytes,
                                                         "kMaxFilterBytes", limits::kMaxFilterRecords,
                                                         "kMaxFilterRecords");
  if (!records.is_array()) throw ParseError("records", "a JSON array of objects is expected");
  std::unordered_map<std::string, const ItemDecision*> items;
  for (const auto& i : decision.items) items.emplace(i.item, &i);
  bool need_key = false;
  for (const auto& i : decision.items) need_key = need_key || (i.treatment == ItemTreatment::kMasked && i.masking.pseudonym);
  const std::string key = need_key ? PseudonymKey(*impl_) : std::string();
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
  std::string delivered = out.dump(-1, ' ', false, json::error_handler_t::strict);
  // A28: each delivery in the usage log beside the decision — how many
  // records, and which items went out how.
  if (impl_->options.usage_log) {
    AccessDecision line = decision;
    line.items.clear();
    std::string outcome = "delivered " + std::to_string(records.size()) + (records.size() == 1 ? " record" : " records");
    const char* separator = ": ";
    for (const auto& i : decision.items) {
      if (i.treatment != ItemTreatment::kPlain && i.treatment != ItemTreatment::kMasked) continue;
      line.items.push_back(i);
      outcome += separator + i.item + " " + ToString(i.treatment);
      separator = ", ";
    }
    st.usage.Add(line, "deliver", outcome);
  }
  return delivered;
}

ComparisonResult AccessService::Compare(const AccessRequest& request, const std::map<std::string, std::string>& submitted,
                                   const std::string& provider_record_json) {
  AccessState& st = access_detail::AccessOf(*impl_);
  AccessRequest req = request;
  req.items.clear();
  for (const auto& [item, value] : submitted) req.items.push_back(item);
  AccessDecision d = access_detail::Decide(*impl_, req, false, "compare");
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
    std::lock_guard<std::mutex> lock(st.comparisons_mu);
    auto& times = st.comparisons[d.authorization_id];
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
      record = internal::ParseWithinLimits<json>(provider_record_json, "provider_record", limits::kMaxFilterBytes,
                                                 "kMaxFilterBytes");
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
    st.usage.Add(d, "compare", outcome);
    st.usage.Flush();
  }
  return result;
}

}  // namespace govshare
