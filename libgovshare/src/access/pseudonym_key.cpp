// Which key the platform's pseudonyms are made with (access/pseudonym_key.h).
#include "access/pseudonym_key.h"

#include "base/digest.h"
#include "govshare/error.h"
#include "govshare/keys.h"

namespace govshare::access_detail {

using internal::ShortHex;

PseudonymKeyChoice ChoosePseudonymKey(const PseudonymKeyState& s) {
  if (s.configured.empty()) {
    // An older platform's key, still in its database: pseudonyms keep linking
    // until it is moved out (Platform::MovePseudonymKey).
    if (s.legacy) return {*s.legacy, false};
    throw InvalidTransitionError(
        std::string("the platform has no pseudonym key") +
        (s.platform_id ? " (its key " + ShortHex(*s.platform_id) + " is kept outside the database)" : "") +
        ": open it with pseudonym_key_file or pseudonym_key_env (govshare keys pseudonym --out FILE makes a "
        "key; docs/security.md)");
  }
  const std::string id = PseudonymKeyId(s.configured);
  if (s.legacy && PseudonymKeyId(*s.legacy) != id) {
    throw InvalidTransitionError("the pseudonym key " + ShortHex(id) + " is not the key " +
                                 ShortHex(PseudonymKeyId(*s.legacy)) + " still kept in the platform's database: move that one out (govshare keys "
                                 "move-pseudonym-key) and open the platform with it, or rotate on purpose "
                                 "(govshare keys rotate-pseudonym-key): old pseudonyms would stop linking");
  }
  if (s.platform_id && *s.platform_id != id) {
    throw InvalidTransitionError("the pseudonym key " + ShortHex(id) + " is not the platform's (" +
                                 ShortHex(*s.platform_id) + "): old pseudonyms would stop linking; rotate on purpose with govshare keys "
                                 "rotate-pseudonym-key --reason …, or open the platform with its key");
  }
  return {s.configured, !s.platform_id};
}

}  // namespace govshare::access_detail
