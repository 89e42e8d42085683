#include "base/digest.h"

#include <openssl/evp.h>

#include <memory>

#include "govshare/error.h"

namespace govshare::internal {

namespace {

// OpenSSL 3 looks an algorithm up in its providers on every implicit use;
// fetching once per process is much cheaper for the many small digests of
// the audit chain. (The fetched objects live as long as the process.)
const EVP_MD* Fetch(HashAlgorithm algorithm) {
  static const EVP_MD* const kSha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  static const EVP_MD* const kSm3 = EVP_MD_fetch(nullptr, "SM3", nullptr);
  return algorithm == HashAlgorithm::kSm3 ? kSm3 : kSha256;
}

}  // namespace

std::string Hex(const unsigned char* data, std::size_t n) {
  static const char kHex[] = "0123456789abcdef";
  std::string out(n * 2, '0');
  for (std::size_t i = 0; i < n; ++i) {
    out[2 * i] = kHex[data[i] >> 4];
    out[2 * i + 1] = kHex[data[i] & 15];
  }
  return out;
}

std::string HexDigest(HashAlgorithm algorithm, const std::string& data) {
  const EVP_MD* md = Fetch(algorithm);
  if (md == nullptr) throw StorageError("libcrypto does not provide " + ToString(algorithm));
  // One context per thread, re-initialized for each digest (allocating one
  // per call showed in profiles of the audit chain).
  thread_local std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(),
                                                                           &EVP_MD_CTX_free);
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (!ctx || EVP_DigestInit_ex2(ctx.get(), md, nullptr) != 1 ||
      EVP_DigestUpdate(ctx.get(), data.data(), data.size()) != 1 ||
      EVP_DigestFinal_ex(ctx.get(), out, &len) != 1) {
    throw StorageError("libcrypto failed to compute " + ToString(algorithm));
  }
  return Hex(out, len);
}

}  // namespace govshare::internal
