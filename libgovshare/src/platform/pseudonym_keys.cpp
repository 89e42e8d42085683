// The pseudonym key outside the database (docs/security.md): read at Open
// from a key file or an environment variable; moved out of an older
// platform's database; rotated on purpose. Which key pseudonyms are made with
// is the rule of access/pseudonym_key.h.
#include <cstdlib>

#include "access/state.h"
#include "platform/operation.h"

namespace govshare {

std::string LoadPseudonymKey(const PlatformOptions& o) {
  if (!o.pseudonym_key_file.empty() && !o.pseudonym_key_env.empty()) {
    throw InvalidArgumentError("pseudonym_key_file and pseudonym_key_env: give one of them, not both");
  }
  if (!o.pseudonym_key_file.empty()) return ReadPseudonymKeyFile(o.pseudonym_key_file);
  if (o.pseudonym_key_env.empty()) return "";
  const char* text = std::getenv(o.pseudonym_key_env.c_str());
  if (!text || !*text) {
    throw InvalidArgumentError("pseudonym_key_env: the environment variable " + o.pseudonym_key_env + " is not set");
  }
  return ParsePseudonymKey(text, "pseudonym_key_env: the environment variable " + o.pseudonym_key_env);
}

std::string Platform::MovePseudonymKey(const std::string& actor, const std::string& path) {
  PlatformCore& core = *impl_;
  core.RequireOpen();
  if (path.empty()) throw InvalidArgumentError("path: the key file to move the pseudonym key to is required");
  return RunWrite(core, actor, Permission{Action::kManagePseudonymKey, "", "pseudonym_key"}, [&](Operation& op) {
    const std::optional<std::string> key = NonEmpty(core.S().GetMeta(kMetaPseudonymKey));
    if (!key) {
      throw InvalidTransitionError("the platform's database holds no pseudonym key (moved out already, or the "
                                   "platform never made a pseudonym)");
    }
    const std::string id = PseudonymKeyId(*key);
    // The file first: if it cannot be written, the key stays where it was.
    WritePseudonymKeyFile(*key, path);
    core.S().SetMeta(kMetaPseudonymKey, "");
    core.S().SetMeta(kMetaPseudonymKeyId, id);
    op.Audit("pseudonym.key_moved", "pseudonym_key", "", id, "假名化密钥移出数据库，改由密钥文件保管");
    return id;
  });
}

std::string Platform::RotatePseudonymKey(const std::string& actor, const std::string& reason) {
  PlatformCore& core = *impl_;
  core.RequireOpen();
  const std::string id = RunWrite(core, actor, Permission{Action::kManagePseudonymKey, "", "pseudonym_key"},
                                  [&](Operation& op) {
    if (core.pseudonym_key.empty()) {
      throw InvalidArgumentError("pseudonym_key_file: open the platform with the new pseudonym key "
                                 "(pseudonym_key_file or pseudonym_key_env) to rotate to it");
    }
    if (reason.empty()) {
      throw InvalidArgumentError("reason: a rotation stops every pseudonym made before from linking with those "
                                 "made after; say why");
    }
    const std::string next = PseudonymKeyId(core.pseudonym_key);
    std::string before;
    if (auto legacy = NonEmpty(core.S().GetMeta(kMetaPseudonymKey))) before = PseudonymKeyId(*legacy);
    if (auto adopted = NonEmpty(core.S().GetMeta(kMetaPseudonymKeyId))) before = *adopted;
    if (before == next) throw InvalidArgumentError("pseudonym_key_file: it is the platform's key already");
    core.S().SetMeta(kMetaPseudonymKey, "");
    core.S().SetMeta(kMetaPseudonymKeyId, next);
    op.Audit("pseudonym.key_rotated", "pseudonym_key", before, next, reason);
    return next;
  });
  // This handle makes pseudonyms with the new key at once.
  AccessState& st = access_detail::AccessOf(core);
  std::lock_guard<std::mutex> lock(st.key_mu);
  st.pseudonym_key = core.pseudonym_key;
  return id;
}

}  // namespace govshare
