// govshare audit — the hash-chained audit trail (A28): verify, export.
#include <iostream>

#include "commands/commands.h"
#include "commands/common.h"

namespace govshare_cli {

void AddAuditCommands(CLI::App& app, Program& program) {
  CLI::App* audit = AddGroup(app, "audit", "The hash-chained audit trail (A28; auditor, bureau administrator)");

  auto* verify = audit->add_subcommand("verify", "recompute the chain: exit 0 intact, 1 tampered "
                                                 "(prints the first bad position and the problem)");
  OnPlatformCommand(verify, program, "audit verify", [](const Session& s) {
    auto p = s.Open();
    const govshare::AuditVerification v = p->VerifyAudit(s.Actor());
    if (v.intact) {
      std::cout << "审计链完整 audit trail intact: " << v.records << " records ("
                << govshare::ToString(v.algorithm) << ")\n";
      return kExitOk;
    }
    std::cout << "审计链校验失败 audit trail NOT intact: first bad position " << v.first_bad_position << ": "
              << v.problem << " (" << v.records << " records verified before it, "
              << govshare::ToString(v.algorithm) << ")\n";
    return kExitFindings;
  });

  auto* export_ = audit->add_subcommand("export", "print the trail as JSON lines");
  OnPlatformCommand(export_, program, "audit export", [](const Session& s) {
    auto p = s.Open();
    std::cout << p->ExportAudit(s.Actor());
    return kExitOk;
  });
}

}  // namespace govshare_cli
