#include "internal/digest.h"

#include <openssl/evp.h>

#include <memory>

#include "govshare/error.h"

namespace govshare::internal {

std::string HexDigest(HashAlgorithm algorithm, const std::string& data) {
  const EVP_MD* md = algorithm == HashAlgorithm::kSm3 ? EVP_sm3() : EVP_sha256();
  if (md == nullptr) throw StorageError("libcrypto does not provide " + ToString(algorithm));
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (!ctx || EVP_DigestInit_ex(ctx.get(), md, nullptr) != 1 ||
      EVP_DigestUpdate(ctx.get(), data.data(), data.size()) != 1 ||
      EVP_DigestFinal_ex(ctx.get(), out, &len) != 1) {
    throw StorageError("libcrypto failed to compute " + ToString(algorithm));
  }
  static const char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(len * 2);
  for (unsigned int i = 0; i < len; ++i) {
    hex += kHex[out[i] >> 4];
    hex += kHex[out[i] & 15];
  }
  return hex;
}

}  // namespace govshare::internal
