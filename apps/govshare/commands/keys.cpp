// govshare keys — the platform's keys, kept in files outside its database
// (docs/security.md): `generate` writes a new audit signing pair (the private
// key readable by its owner only), `show` prints a key file's id and
// algorithm (a private key file readable by others is refused, as ssh
// refuses one), `pseudonym` writes a new pseudonym key; on a platform,
// `move-pseudonym-key` takes an older platform's pseudonym key out of its
// database and `rotate-pseudonym-key` adopts a new one on purpose.
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "commands/commands.h"
#include "commands/common.h"

namespace govshare_cli {

void AddKeysCommands(CLI::App& app, Program& program) {
  auto* keys = AddGroup(app, "keys", "the audit signing keys and the pseudonym key, kept in files outside the "
                                     "platform's database");

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

  auto pseudonym_out = std::make_shared<std::string>();
  auto* pseudonym = keys->add_subcommand(
      "pseudonym", "generate a pseudonym key (32 random bytes as hex) into a file of mode 0600; open the platform "
                   "with --pseudonym-key FILE");
  pseudonym->add_option("--out", *pseudonym_out, "the key file (never overwritten)")->required();
  OnLibraryRun(pseudonym, program, "keys pseudonym", [pseudonym_out] {
    const std::string key = govshare::GeneratePseudonymKey();
    govshare::WritePseudonymKeyFile(key, *pseudonym_out);
    std::cout << "假名化密钥 pseudonym key " << govshare::PseudonymKeyId(key) << '\n'
              << "  " << *pseudonym_out << " (0600: keep it off the database's machine and its backups)\n";
    return kExitOk;
  });

  auto move_out = std::make_shared<std::string>();
  auto* move = keys->add_subcommand(
      "move-pseudonym-key", "move the pseudonym key an older platform keeps in its database out to a key file "
                            "(bureau administrator); open the platform with --pseudonym-key FILE after");
  move->add_option("--out", *move_out, "the key file to create (mode 0600, never overwritten)")->required();
  OnPlatformCommand(move, program, "keys move-pseudonym-key", [move_out](const Session& session) {
    auto p = session.Open();
    const std::string id = p->MovePseudonymKey(session.Actor(), *move_out);
    std::cout << "假名化密钥已移出数据库 pseudonym key " << id << " moved to " << *move_out << '\n'
              << "Open the platform with --pseudonym-key " << *move_out
              << " from now on; VACUUM the SQLite file (or let PostgreSQL vacuum) so no page keeps the old value, "
                 "and treat older backups as holding the key.\n";
    return kExitOk;
  });

  auto rotate_reason = std::make_shared<std::string>();
  auto* rotate = keys->add_subcommand(
      "rotate-pseudonym-key", "make the key given with --pseudonym-key the platform's (bureau administrator): "
                              "pseudonyms made before stop linking with those made after");
  rotate->add_option("--reason", *rotate_reason, "why (recorded in the audit trail)")->required();
  OnPlatformCommand(rotate, program, "keys rotate-pseudonym-key", [rotate_reason](const Session& session) {
    auto p = session.Open();
    const std::string id = p->RotatePseudonymKey(session.Actor(), *rotate_reason);
    std::cout << "假名化密钥已轮换 pseudonym key rotated to " << id
              << " (pseudonyms made before no longer link with new ones)\n";
    return kExitOk;
  });
}

}  // namespace govshare_cli
