// govshare keys — the keys that sign the audit trail's checkpoints (A28),
// kept in files outside the platform's database (docs/security.md):
// `generate` writes a new pair (the private key readable by its owner only),
// `show` prints a key file's id and algorithm (a private key file readable by
// others is refused, as ssh refuses one). No platform.
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "commands/commands.h"
#include "commands/common.h"

namespace govshare_cli {

void AddKeysCommands(CLI::App& app, Program& program) {
  auto* keys = AddGroup(app, "keys", "the audit signing keys, kept in files outside the platform's database");

  struct Generate {
    std::string algorithm = "ed25519";
    std::string out;
  };
  auto g = std::make_shared<Generate>();
  auto* generate = keys->add_subcommand(
      "generate", "generate a key pair: OUT.key (PKCS#8 PEM, mode 0600) and OUT.pub (the public key, for auditors)");
  generate->add_option("--algorithm", g->algorithm, "ed25519 (default) or sm2 (国密)")->capture_default_str();
  generate->add_option("--out", g->out, "the files' path without .key/.pub")->required();
  OnLibraryRun(generate, program, "keys generate", [g] {
    govshare::SignatureAlgorithm algorithm;
    if (g->algorithm == "ed25519") {
      algorithm = govshare::SignatureAlgorithm::kEd25519;
    } else if (g->algorithm == "sm2") {
      algorithm = govshare::SignatureAlgorithm::kSm2;
    } else {
      throw govshare::InvalidArgumentError("--algorithm \"" + g->algorithm + "\" is not ed25519 or sm2");
    }
    const govshare::SigningKey key = govshare::GenerateSigningKey(algorithm);
    govshare::WriteSigningKeyFiles(key, g->out + ".key", g->out + ".pub");
    std::cout << "密钥 key " << govshare::ToString(key.algorithm) << " " << key.key_id << '\n'
              << "  private " << g->out << ".key (0600: keep it off the database's machine backups)\n"
              << "  public  " << g->out << ".pub\n";
    return kExitOk;
  });

  struct Show {
    std::string key, public_key;
  };
  auto s = std::make_shared<Show>();
  auto* show = keys->add_subcommand("show", "print a key file's algorithm and id");
  auto* private_option = show->add_option("--key", s->key, "a private key file");
  show->add_option("--public-key", s->public_key, "a public key file")->excludes(private_option);
  OnLibraryRun(show, program, "keys show", [s] {
    govshare::SigningKey key;
    if (!s->key.empty()) {
      key = govshare::ReadSigningKeyFile(s->key);
    } else if (!s->public_key.empty()) {
      std::ifstream in(s->public_key, std::ios::binary);
      if (!in) throw govshare::IoError("cannot read \"" + s->public_key + "\"");
      std::ostringstream text;
      text << in.rdbuf();
      key = govshare::ParsePublicKey(text.str(), "\"" + s->public_key + "\"");
    } else {
      throw UsageError("`govshare keys show` needs --key FILE or --public-key FILE");
    }
    std::cout << govshare::ToString(key.algorithm) << " " << key.key_id << '\n';
    return kExitOk;
  });
}

}  // namespace govshare_cli
