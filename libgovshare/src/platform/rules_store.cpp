// The platform's rulebook: the national regulation (built in) above the
// local rules it stores (platform_meta `local_rules`, the local-rules file;
// none stored: the Nantong rules of 2020), and the period in force for an act.
#include <nlohmann/json.hpp>

#include "govshare/platform.h"
#include "platform/operation.h"
#include "sharing/cases.h"

namespace govshare {

namespace {
constexpr char kMetaLocalRules[] = "local_rules";
}  // namespace

const Rulebook& PlatformCore::Rules() {
  Transaction& tx = Tx();
  if (tx.rules) return *tx.rules;
  const std::string text = S().GetMeta(kMetaLocalRules).value_or("");
  {
    std::lock_guard<std::mutex> lock(cache_mu);
    if (rules && rules_text && *rules_text == text) {
      tx.rules = rules;
      return *tx.rules;
    }
  }
  auto parsed = std::make_shared<const Rulebook>(
      Rulebook{NationalRegulation2025(), text.empty() ? NantongRules2020() : ParseLocalRules(text)});
  {
    std::lock_guard<std::mutex> lock(cache_mu);
    rules = parsed;
    rules_text = text;
  }
  tx.rules = std::move(parsed);
  return *tx.rules;
}

periods::StatutoryPeriod PlatformCore::Period(const RuleQuery& query) {
  return periods::Resolve(Rules(), Sharing(*this).Policy(), query);
}

bool PlatformCore::NationalInForce() { return !(Now().date < Rules().national.in_force_from); }

void PlatformCore::RequireNational(const char* article, const std::string& act, const std::string& before) {
  if (NationalInForce()) return;
  const Date from = Rules().national.in_force_from;
  throw InvalidTransitionError(act + " is an act of " + article + ", in force from " + from.ToIso() + "; " +
                               (before.empty() ? "the rules in force on " + Now().date.ToIso() + " have none"
                                               : before));
}

Rulebook Platform::rulebook() const {
  return impl_->Read([&] { return impl_->Rules(); });
}

void Platform::SetLocalRules(const std::string& actor, const RuleSet& local_rules) {
  CheckLocalRules(local_rules);
  const std::string after = LocalRulesToJson(local_rules);
  PlatformCore& core = *impl_;
  RunWrite(core, actor, Permission{Action::kSetPolicy, "", "rules:local"}, [&](Operation& op) {
    const std::string before = LocalRulesToJson(core.Rules().local);
    if (before == after) throw ConflictError("the platform already runs on these local rules");
    core.S().SetMeta(kMetaLocalRules, after);
    op.Audit("rules.set_local", "rules:local", core.DigestOf(before), core.DigestOf(after),
             local_rules.name + (local_rules.reference.empty() ? "" : " " + local_rules.reference));
  });
}

}  // namespace govshare
