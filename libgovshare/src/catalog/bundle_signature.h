// Internal: the signature of a county's federation bundle (A6;
// docs/security.md) — what it covers, how the county platform signs, and how
// the city checks it against the keys it registered for that county. No
// database here: the registered keys are handed in.
#ifndef GOVSHARE_SRC_CATALOG_BUNDLE_SIGNATURE_H_
#define GOVSHARE_SRC_CATALOG_BUNDLE_SIGNATURE_H_

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "audit/signing.h"
#include "storage/storage.h"

namespace govshare::federation {

// The bundle format this library writes and reads: signed. The first format
// (a bare digest, which anyone can recompute) is refused.
inline constexpr char kBundleFormat[] = "govshare-federation-2";
inline constexpr char kUnsignedBundleFormat[] = "govshare-federation-1";

// The bytes a bundle's signature covers: the bundle without its "digest" and
// "signature" members, as compact JSON in the order of its members.
std::string SigningInput(nlohmann::ordered_json body);

// Adds the "signature" member ({algorithm, key_id, value}) of `signer`.
void Sign(nlohmann::ordered_json& body, const audit::Signer& signer);

// The id of the key that signed `body`, a bundle of the county platform
// `source`, when the signature verifies with one of the keys registered for
// that county; otherwise the invalid-argument error saying which: unsigned,
// signed by a key not registered for the county, or not verifying (altered,
// or signed wrongly).
std::string VerifySignature(const nlohmann::ordered_json& body, const std::string& source,
                            const std::vector<storage::FederationKeyRow>& registered);

}  // namespace govshare::federation

#endif  // GOVSHARE_SRC_CATALOG_BUNDLE_SIGNATURE_H_
