// Internal: which key the platform's pseudonyms are made with (docs/masking.md,
// docs/security.md) — a rule without a database: given the key the handle was
// opened with, a key still kept in the database by an older version, and the
// id of the key the platform last adopted, the key to use (and whether its id
// is to be recorded) or the refusal that names what to do.
#ifndef GOVSHARE_SRC_ACCESS_PSEUDONYM_KEY_H_
#define GOVSHARE_SRC_ACCESS_PSEUDONYM_KEY_H_

#include <optional>
#include <string>

namespace govshare::access_detail {

struct PseudonymKeyState {
  std::string configured;             // PlatformOptions::pseudonym_key_file/env; "" when none
  std::optional<std::string> legacy;  // platform_meta pseudonym_key (before keys left the database)
  std::optional<std::string> platform_id;  // platform_meta pseudonym_key_id: the key the platform adopted
};

struct PseudonymKeyChoice {
  std::string key;
  bool record_id = false;  // the platform adopts the configured key now (its first use)
};

// The key to make pseudonyms with; the invalid-transition error when there is
// none, or when the configured key is not the platform's (a rotation is
// explicit: Platform::RotatePseudonymKey).
PseudonymKeyChoice ChoosePseudonymKey(const PseudonymKeyState& s);

}  // namespace govshare::access_detail

#endif  // GOVSHARE_SRC_ACCESS_PSEUDONYM_KEY_H_
