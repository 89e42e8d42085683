// govshare federation — county federation bundles (A6): a county platform
// exports its published catalog, the city platform imports it.
#include "govshare/catalog_service.h"
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "commands/commands.h"
#include "commands/common.h"

namespace govshare_cli {

void AddFederationCommands(CLI::App& app, Program& program) {
  struct Args {
    std::string out, file;
  };
  auto a = std::make_shared<Args>();
  CLI::App* fed = AddGroup(app, "federation", "County federation bundles (A6)");

  auto* export_ = fed->add_subcommand("export", "export the county platform's published catalog as a bundle");
  export_->add_option("-o,--output", a->out, "write the bundle to this file (default stdout)");
  OnPlatformCommand(export_, program, "federation export", [a](const Session& s) {
    auto p = s.Open();
    const std::string bundle = p->catalog().ExportFederationBundle(s.Actor());
    if (a->out.empty()) {
      std::cout << bundle;
    } else {
      std::ofstream out(a->out, std::ios::binary | std::ios::trunc);
      out << bundle;
      out.close();
      if (!out) throw UsageError("cannot write " + a->out);
    }
    return kExitOk;
  });

  auto* import = fed->add_subcommand("import", "import a county bundle into the city platform; prints the report");
  import->add_option("FILE", a->file, "bundle file")->required();
  OnPlatformCommand(import, program, "federation import", [a](const Session& s) {
    const std::string& who = s.Actor();
    const std::string bundle = ReadFile(a->file);
    auto p = s.Open();
    const govshare::FederationReport r = p->catalog().ImportFederationBundle(who, bundle);
    std::cout << "来源平台 source platform: " << r.source_platform << '\n'
              << "新增 added: " << r.added << "  更新 updated: " << r.updated
              << "  未变 unchanged: " << r.unchanged << '\n';
    for (const auto& c : r.changed_codes) std::cout << "changed\t" << c << '\n';
    return kExitOk;
  });
}

}  // namespace govshare_cli
