// govshare mask — a value masked by the default profile (数据脱敏,
// docs/masking.md). No platform.
#include <iostream>
#include <memory>
#include <string>

#include "commands/commands.h"
#include "commands/common.h"

namespace govshare_cli {
namespace {

// The kinds `govshare mask` takes (the personal_info names with `-`).
constexpr govshare::PersonalInfoKind kMaskKinds[] = {
    govshare::PersonalInfoKind::kIdCard,     govshare::PersonalInfoKind::kName,
    govshare::PersonalInfoKind::kMobile,     govshare::PersonalInfoKind::kPhone,
    govshare::PersonalInfoKind::kAddress,    govshare::PersonalInfoKind::kBankCard,
    govshare::PersonalInfoKind::kCreditCode, govshare::PersonalInfoKind::kEmail,
};

std::string MaskKindName(govshare::PersonalInfoKind kind) {
  std::string name = govshare::ToString(kind);
  for (char& c : name)
    if (c == '_') c = '-';
  return name;
}

// Prints the default masked form of VALUE (exit 0); an unknown KIND exits 2.
int Mask(const std::string& kind_name, const std::string& value) {
  for (auto kind : kMaskKinds) {
    if (kind_name == MaskKindName(kind)) {
      std::cout << govshare::Mask(kind, value) << '\n';
      return kExitOk;
    }
  }
  std::string allowed;
  for (auto kind : kMaskKinds) allowed += (allowed.empty() ? "" : ", ") + MaskKindName(kind);
  std::cerr << "govshare: mask kind \"" << kind_name << "\" is not one of: " << allowed << '\n';
  return kExitInput;
}

}  // namespace

void AddMaskCommand(CLI::App& app, Program& program) {
  struct Args {
    std::string kind, value;
  };
  auto a = std::make_shared<Args>();
  auto* mask = app.add_subcommand("mask", "Print VALUE masked by the default profile (数据脱敏, docs/masking.md)");
  mask->add_option("KIND", a->kind, "id-card, name, mobile, phone, address, bank-card, credit-code or email")
      ->required();
  mask->add_option("VALUE", a->value, "the value to mask (UTF-8)")->required();
  OnRun(mask, program, [a] { return Mask(a->kind, a->value); });
}

}  // namespace govshare_cli
