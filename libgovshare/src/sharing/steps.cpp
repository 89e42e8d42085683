// Steps with statutory deadlines (A21–A25, A29) and the platform's sharing
// policy (the numbers the rules leave to "及时", A25, A29).
#include <algorithm>

#include "sharing/cases.h"

namespace govshare {

SharingPolicy SharingService::Policy() const {
  return impl_->Read([&] { return Sharing(*impl_).Policy(); });
}

void SharingService::SetPolicy(const std::string& actor, const SharingPolicy& policy) {
  sharing_rules::CheckPolicy(policy);
  PlatformCore& core = *impl_;
  RunWrite(core, actor, Permission{Action::kSetPolicy, "", "policy"}, [&](Operation& op) {
    Sharing sh(core);
    const std::string before = nlohmann::json(sh.Policy()).dump();
    const std::string after = nlohmann::json(policy).dump();
    sh.SetPolicy(policy);
    op.Audit("policy.set", "policy", core.DigestOf(before), core.DigestOf(after), after);
  });
}

std::vector<ProcessStep> SharingService::Steps(const std::string& actor, const std::string& department_code,
                                         bool pending_only) const {
  PlatformCore& core = *impl_;
  return RunRead(core, actor,
                 Permission{Action::kReadSharing, "", department_code.empty() ? "" : "department:" + department_code},
                 [&](Operation& op) {
                   Sharing sh(core);
                   const std::string scope = sh.ListingScope(op, department_code);
                   std::vector<ProcessStep> out;
                   for (const auto& r : sh.S().ListSteps(scope, pending_only)) out.push_back(sh.ToStep(r));
                   return out;
                 });
}

std::vector<ProcessStep> SharingService::OverdueSteps(const std::string& actor, const std::string& department_code) const {
  auto steps = Steps(actor, department_code, true);
  steps.erase(std::remove_if(steps.begin(), steps.end(), [](const ProcessStep& s) { return !s.overdue; }),
              steps.end());
  return steps;
}

}  // namespace govshare
