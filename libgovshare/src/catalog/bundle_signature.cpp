// The signature of a county's federation bundle (catalog/bundle_signature.h).
#include "catalog/bundle_signature.h"

#include "base/digest.h"
#include "govshare/error.h"

namespace govshare::federation {

std::string SigningInput(nlohmann::ordered_json body) {
  body.erase("digest");
  body.erase("signature");
  return body.dump(-1, ' ', false, nlohmann::json::error_handler_t::strict);
}

void Sign(nlohmann::ordered_json& body, const audit::Signer& signer) {
  const std::string signature = signer.Sign(SigningInput(body));
  body["signature"] = {{"algorithm", ToString(signer.key().algorithm)},
                       {"key_id", signer.key().key_id},
                       {"value", signature}};
}

std::string VerifySignature(const nlohmann::ordered_json& body, const std::string& source,
                            const std::vector<storage::FederationKeyRow>& registered) {
  const auto found = body.find("signature");
  if (found == body.end() || !found->is_object()) {
    throw InvalidArgumentError("federation bundle of " + source +
                               ": unsigned — a county platform signs its export with its key (docs/security.md)");
  }
  const auto text = [&](const char* name) {
    const auto v = found->find(name);
    return v != found->end() && v->is_string() ? v->get<std::string>() : std::string();
  };
  const std::string key_id = text("key_id");
  const std::string shown = internal::ShortHex(key_id);
  const storage::FederationKeyRow* key = nullptr;
  for (const auto& k : registered)
    if (k.county_code == source && k.key_id == key_id) key = &k;
  if (!key) {
    throw InvalidArgumentError("federation bundle of " + source + ": signed by key " + shown +
                               ", which is not registered for that county platform (register its public key "
                               "first: govshare federation register-key)");
  }
  const auto algorithm = audit::SignatureAlgorithmNamed(text("algorithm"));
  if (!algorithm || !audit::VerifySignature(key->public_key, *algorithm, SigningInput(body), text("value"))) {
    throw InvalidArgumentError("federation bundle of " + source + ": the signature of key " + shown +
                               " does not verify (the bundle was altered after it was signed, or signed wrongly)");
  }
  return key_id;
}

}  // namespace govshare::federation
