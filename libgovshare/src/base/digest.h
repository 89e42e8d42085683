// Internal: message digests through OpenSSL's libcrypto EVP (SHA-256, SM3).
#ifndef GOVSHARE_INTERNAL_DIGEST_H_
#define GOVSHARE_INTERNAL_DIGEST_H_

#include <cstddef>
#include <string>

#include "govshare/platform_types.h"

namespace govshare::internal {

/// `n` bytes as lower-case hex (2n characters).
std::string Hex(const unsigned char* data, std::size_t n);

/// Lower-case hex digest of `data`. Throws the storage error if libcrypto
/// lacks the algorithm.
std::string HexDigest(HashAlgorithm algorithm, const std::string& data);

}  // namespace govshare::internal

#endif  // GOVSHARE_INTERNAL_DIGEST_H_
