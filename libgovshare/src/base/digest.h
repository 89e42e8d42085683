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

/// A hash or key id as messages show it: its first 16 hex digits (64 bits),
/// enough to tell keys and heads apart without a line-long value.
inline std::string ShortHex(const std::string& hex) { return hex.substr(0, 16); }

}  // namespace govshare::internal

#endif  // GOVSHARE_INTERNAL_DIGEST_H_
