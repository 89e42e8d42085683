// Internal: signing and verifying with an audit key (audit/signing.cpp),
// through OpenSSL EVP. docs/security.md.
#ifndef GOVSHARE_SRC_AUDIT_SIGNING_H_
#define GOVSHARE_SRC_AUDIT_SIGNING_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "govshare/keys.h"

namespace govshare::audit {

// A private key ready to sign; thread-safe (each Sign uses its own context).
class Signer {
 public:
  explicit Signer(const SigningKey& key);
  ~Signer();
  Signer(const Signer&) = delete;
  Signer& operator=(const Signer&) = delete;
  // The signature of `message`, lower-case hex.
  std::string Sign(std::string_view message) const;
  const SigningKey& key() const { return public_; }  // the public half

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  SigningKey public_;
};

// The algorithm named `name` ("ed25519", "sm2"), if any.
std::optional<SignatureAlgorithm> SignatureAlgorithmNamed(const std::string& name);

// Whether `signature_hex` is a signature of `message` by the public key
// `public_key_pem` (of `algorithm`).
bool VerifySignature(const std::string& public_key_pem, SignatureAlgorithm algorithm, std::string_view message,
                     const std::string& signature_hex);

}  // namespace govshare::audit

#endif  // GOVSHARE_SRC_AUDIT_SIGNING_H_
