// govshare audit — the hash-chained audit trail (A28): verify (against the
// public keys an auditor trusts and their checkpoint file), export, signed
// checkpoints (list, sign now, rotate the key). docs/security.md.
#include <iostream>

#include "commands/commands.h"
#include "commands/common.h"

namespace govshare_cli {
namespace {

ojson CheckpointJson(const govshare::AuditCheckpoint& c) {
  ojson j;
  j["sequence"] = c.sequence;
  j["position"] = c.position;
  j["head_hash"] = c.head_hash;
  j["time"] = c.time.ToIso();
  j["algorithm"] = govshare::ToString(c.algorithm);
  j["key_id"] = c.key_id;
  j["signature"] = c.signature;
  return j;
}

void PrintCheckpoint(const govshare::AuditCheckpoint& c) {
  std::cout << "#" << c.sequence << "  position " << c.position << "  " << c.time.ToIso() << "  "
            << govshare::ChineseLabel(c.algorithm) << "  key " << c.key_id.substr(0, 16) << "  head "
            << c.head_hash.substr(0, 16) << "\n";
}

}  // namespace

void AddAuditCommands(CLI::App& app, Program& program) {
  CLI::App* audit = AddGroup(app, "audit", "The hash-chained audit trail and its signed checkpoints (A28; auditor, "
                                           "bureau administrator)");

  struct VerifyArgs {
    std::vector<std::string> public_keys;
    std::string checkpoint_file;
    bool json = false;
  };
  auto verify_args = std::make_shared<VerifyArgs>();
  auto* verify = audit->add_subcommand(
      "verify", "recompute the chain and check every signed checkpoint: exit 0 intact, 1 tampered "
                "(prints the first bad position and the problem)");
  verify->add_option("--public-key", verify_args->public_keys,
                     "a public key (PEM file) you trust to sign checkpoints; repeat for several. Without one, "
                     "signatures are checked against the keys the trail itself records")
      ->check(CLI::ExistingFile);
  verify->add_option("--checkpoint-file", verify_args->checkpoint_file,
                     "the external checkpoint file as you kept it: detects a database rolled back");
  verify->add_flag("--json", verify_args->json, "print the verdict as JSON");
  OnPlatformCommand(verify, program, "audit verify", [verify_args](const Session& s) {
    govshare::AuditVerifyOptions options;
    for (const auto& file : verify_args->public_keys) options.trusted_public_keys.push_back(ReadFile(file));
    options.checkpoint_file = verify_args->checkpoint_file;
    auto p = s.Open();
    const govshare::AuditVerification v = p->VerifyAudit(s.Actor(), options);
    if (verify_args->json) {
      ojson j;
      j["intact"] = v.intact;
      j["records"] = v.records;
      j["first_bad_position"] = v.first_bad_position;
      j["problem"] = v.problem;
      j["algorithm"] = govshare::ToString(v.algorithm);
      j["checkpoints"] = v.checkpoints;
      j["signed_position"] = v.signed_position;
      j["keys_trusted"] = v.keys_trusted;
      j["signing_keys"] = v.signing_keys;
      j["file_checkpoints"] = v.file_checkpoints;
      PrintJson(j);
      return v.intact ? kExitOk : kExitFindings;
    }
    if (!v.intact) {
      std::cout << "审计链校验失败 audit trail NOT intact: first bad position " << v.first_bad_position << ": "
                << v.problem << " (" << v.records << " records verified before it, "
                << govshare::ToString(v.algorithm) << ")\n";
      return kExitFindings;
    }
    std::cout << "审计链完整 audit trail intact: " << v.records << " records (" << govshare::ToString(v.algorithm)
              << ")\n";
    if (v.checkpoints == 0) {
      std::cout << "  no signed checkpoint: the chain alone cannot tell a rewritten trail whose head was "
                   "recomputed (open the platform with --signing-key; docs/security.md)\n";
    } else {
      std::cout << "  " << v.checkpoints << " signed checkpoints verified, records 1–" << v.signed_position
                << " signed" << (v.keys_trusted ? " by keys you trust" : " by the keys the trail records (give --public-key to check against yours)")
                << "; " << v.records - v.signed_position << " records after the last checkpoint\n";
      for (const auto& k : v.signing_keys) std::cout << "  key " << k << "\n";
    }
    if (v.file_checkpoints > 0) {
      std::cout << "  " << v.file_checkpoints << " checkpoints of the external file found in the database\n";
    }
    return kExitOk;
  });

  auto* export_ = audit->add_subcommand("export", "print the trail as JSON lines");
  OnPlatformCommand(export_, program, "audit export", [](const Session& s) {
    auto p = s.Open();
    std::cout << p->ExportAudit(s.Actor());
    return kExitOk;
  });

  auto list_json = std::make_shared<bool>(false);
  auto* checkpoints = audit->add_subcommand("checkpoints", "list the signed checkpoints");
  checkpoints->add_flag("--json", *list_json, "print them as a JSON array");
  OnPlatformCommand(checkpoints, program, "audit checkpoints", [list_json](const Session& s) {
    auto p = s.Open();
    return PrintEach(p->AuditCheckpoints(s.Actor()), *list_json, CheckpointJson, PrintCheckpoint);
  });

  auto sign_json = std::make_shared<bool>(false);
  auto* checkpoint = audit->add_subcommand(
      "checkpoint", "sign a checkpoint of the trail's head now, e.g. before a backup (bureau administrator; "
                    "needs --signing-key)");
  checkpoint->add_flag("--json", *sign_json, "print it as JSON");
  OnPlatformCommand(checkpoint, program, "audit checkpoint", [sign_json](const Session& s) {
    auto p = s.Open();
    const govshare::AuditCheckpoint c = p->SignAuditCheckpoint(s.Actor());
    if (*sign_json) {
      PrintJson(CheckpointJson(c));
    } else {
      PrintCheckpoint(c);
    }
    return kExitOk;
  });

  auto new_key = std::make_shared<std::string>();
  auto* rotate = audit->add_subcommand(
      "rotate-key", "rotate the signing key: the new key's public half goes into the trail and the current "
                    "key (--signing-key) signs it; use the new key from then on (bureau administrator)");
  rotate->add_option("--new-key", *new_key, "the new private key file (govshare keys generate)")->required();
  OnPlatformCommand(rotate, program, "audit rotate-key", [new_key](const Session& s) {
    const govshare::SigningKey key = govshare::ReadSigningKeyFile(*new_key);
    auto p = s.Open();
    const govshare::AuditCheckpoint c = p->RotateSigningKey(s.Actor(), key);
    std::cout << "签名密钥已轮换 signing key rotated to " << key.key_id << " (" << govshare::ChineseLabel(key.algorithm)
              << "); its first checkpoint:\n";
    PrintCheckpoint(c);
    std::cout << "Use --signing-key " << *new_key << " from now on, on every node.\n";
    return kExitOk;
  });
}

}  // namespace govshare_cli
