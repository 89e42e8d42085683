// Pseudonyms (docs/masking.md): a keyed HMAC (SM3 or SHA-256) of a value,
// computed with OpenSSL.
#include "govshare/masking.h"
#include "base/digest.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <memory>
#include <string>

#include "govshare/error.h"

namespace govshare {
namespace {

// ---- HMAC -------------------------------------------------------------------------------

// Fetched once per process (OpenSSL 3 otherwise looks HMAC up in its
// providers on every use); lives as long as the process.
EVP_MAC* HmacAlgorithm() {
  static EVP_MAC* const kHmac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
  return kHmac;
}

}  // namespace

std::string Pseudonym(const std::string& key, const std::string& value, HashAlgorithm algorithm) {
  if (key.empty()) throw InvalidArgumentError("Pseudonym: the key must not be empty");
  const char* digest = nullptr;
  switch (algorithm) {
    case HashAlgorithm::kSm3: digest = "SM3"; break;
    case HashAlgorithm::kSha256: digest = "SHA256"; break;
  }
  if (digest == nullptr) {
    throw InvalidArgumentError("Pseudonym: unknown hash algorithm " +
                               std::to_string(static_cast<int>(algorithm)));
  }
  const std::string name = "HMAC-" + ChineseLabel(algorithm);
  EVP_MAC* mac = HmacAlgorithm();
  if (mac == nullptr) throw StorageError("libcrypto does not provide HMAC");
  std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> ctx(EVP_MAC_CTX_new(mac),
                                                                &EVP_MAC_CTX_free);
  OSSL_PARAM params[] = {
      OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char*>(digest), 0),
      OSSL_PARAM_construct_end()};
  unsigned char out[EVP_MAX_MD_SIZE];
  size_t len = 0;
  if (!ctx ||
      EVP_MAC_init(ctx.get(), reinterpret_cast<const unsigned char*>(key.data()), key.size(),
                   params) != 1 ||
      EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char*>(value.data()),
                     value.size()) != 1 ||
      EVP_MAC_final(ctx.get(), out, &len, sizeof out) != 1) {
    throw StorageError("libcrypto failed to compute " + name);
  }
  return internal::Hex(out, len);
}

}  // namespace govshare
