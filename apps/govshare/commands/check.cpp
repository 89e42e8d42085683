// govshare check — validate an identifier (GB 11643, GB 32100, GB 11714, Luhn,
// mobile; docs/masking.md). No platform.
#include <iostream>
#include <memory>
#include <string>

#include "commands/commands.h"
#include "commands/common.h"

namespace govshare_cli {
namespace {

// `valid: <normalized>` (exit 0) or `invalid: <reason> / <reason_zh>` (exit 1);
// an unknown KIND exits 2.
int Check(const std::string& kind_name, const std::string& value) {
  govshare::IdentifierKind kind;
  try {
    kind = govshare::ParseIdentifierKind(kind_name);
  } catch (const govshare::Error& e) {
    std::cerr << "govshare: " << e.what() << '\n';
    return kExitInput;
  }
  const govshare::IdentifierCheck result = govshare::CheckIdentifier(kind, value);
  if (result.valid) {
    std::cout << "valid: " << result.normalized << '\n';
    return kExitOk;
  }
  std::cout << "invalid: " << result.reason << " / " << result.reason_zh << '\n';
  return kExitFindings;
}

}  // namespace

void AddCheckCommand(CLI::App& app, Program& program) {
  struct Args {
    std::string kind, value;
  };
  auto a = std::make_shared<Args>();
  auto* check = app.add_subcommand(
      "check", "Check an identifier (GB 11643, GB 32100, GB 11714, Luhn, mobile); prints "
               "\"valid: NORMALIZED\" (exit 0) or \"invalid: REASON / 原因\" (exit 1)");
  check->add_option("KIND", a->kind, "id-card, credit-code, org-code, bank-card or mobile")->required();
  check->add_option("VALUE", a->value, "the identifier")->required();
  OnRun(check, program, [a] { return Check(a->kind, a->value); });
}

}  // namespace govshare_cli
