// govshare federation — county federation bundles (A6): a county platform
// exports its published catalog signed with its key (--signing-key), the city
// platform registers each county platform's public key and imports only
// bundles that key signed (docs/security.md).
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
    std::cout << "签名密钥 signed by key " << r.signing_key << '\n';
    return kExitOk;
  });

  struct KeyArgs {
    std::string county, public_key, key_id, reason;
  };
  auto k = std::make_shared<KeyArgs>();
  auto* register_key = fed->add_subcommand(
      "register-key", "register a county platform's public key (bureau administrator): its bundles import only "
                      "when signed by a registered key");
  register_key->add_option("--county", k->county, "the county platform's credit code")->required();
  register_key->add_option("--public-key", k->public_key, "its public key file (PEM, from govshare keys generate)")
      ->required();
  OnPlatformCommand(register_key, program, "federation register-key", [k](const Session& s) {
    const std::string pem = ReadFile(k->public_key);
    auto p = s.Open();
    const govshare::CountyKey key = p->RegisterCountyKey(s.Actor(), k->county, pem);
    std::cout << "已登记 registered " << key.county_code << " key " << govshare::ToString(key.algorithm) << " "
              << key.key_id << '\n';
    return kExitOk;
  });

  auto* remove_key = fed->add_subcommand("remove-key", "remove a county platform's key (e.g. it leaked)");
  remove_key->add_option("--county", k->county, "the county platform's credit code")->required();
  remove_key->add_option("--key-id", k->key_id, "the key's id")->required();
  remove_key->add_option("--reason", k->reason, "why (recorded in the audit trail)")->required();
  OnPlatformCommand(remove_key, program, "federation remove-key", [k](const Session& s) {
    auto p = s.Open();
    p->RemoveCountyKey(s.Actor(), k->county, k->key_id, k->reason);
    std::cout << "已注销 removed " << k->county << " key " << k->key_id << '\n';
    return kExitOk;
  });

  auto* keys = fed->add_subcommand("keys", "list the registered county platform keys");
  OnPlatformCommand(keys, program, "federation keys", [](const Session& s) {
    auto p = s.Open();
    for (const auto& key : p->CountyKeys(s.Actor())) {
      std::cout << key.county_code << '\t' << govshare::ToString(key.algorithm) << '\t' << key.key_id << '\t'
                << key.registered_at.ToIso() << '\t' << key.registered_by << '\n';
    }
    return kExitOk;
  });
}

}  // namespace govshare_cli
