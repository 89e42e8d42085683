// libgovshare — the keys that sign the audit trail's checkpoints (A28): generated, written to
// and read from key files kept outside the platform's database (docs/security.md).
//
// A key file is PEM, as OpenSSL writes it: the private key PKCS#8
// (`-----BEGIN PRIVATE KEY-----`), the public key SubjectPublicKeyInfo
// (`-----BEGIN PUBLIC KEY-----`). A key is Ed25519 (RFC 8032; the default) or
// SM2 (GB/T 32918, 国密; signatures over SM3 with the default identity
// 1234567812345678). Its id is the lower-case hex SHA-256 of the public key's
// DER encoding.
#ifndef GOVSHARE_KEYS_H_
#define GOVSHARE_KEYS_H_

#include <string>

#include "govshare/export.h"

namespace govshare {

/// The signature algorithm of an audit signing key (OpenSSL EVP).
enum class SignatureAlgorithm {
  kEd25519 = 1,  ///< Ed25519 (default)
  kSm2 = 2,      ///< SM2 with SM3 (国密, GM/T 0054 assessments)
};

/// A key pair as generated (GenerateSigningKey) or read (ReadSigningKey).
struct GOVSHARE_EXPORT SigningKey {
  SignatureAlgorithm algorithm = SignatureAlgorithm::kEd25519;
  /// PKCS#8 PEM; empty when only the public half is known.
  std::string private_key_pem;
  /// SubjectPublicKeyInfo PEM.
  std::string public_key_pem;
  /// Lower-case hex SHA-256 of the public key's DER.
  std::string key_id;
};

/// A new key pair (OpenSSL's random generator).
GOVSHARE_EXPORT SigningKey GenerateSigningKey(SignatureAlgorithm algorithm = SignatureAlgorithm::kEd25519);

/// Writes a key pair: the private key to `private_path` with mode 0600, the
/// public key to `public_path` (0644). Refuses (the invalid-argument error)
/// to overwrite an existing file; the I/O error when a file cannot be written.
GOVSHARE_EXPORT void WriteSigningKeyFiles(const SigningKey& key, const std::string& private_path,
                                          const std::string& public_path);

/// Reads a private key from PEM text (the invalid-argument error naming
/// `source` for anything but an Ed25519 or SM2 private key).
GOVSHARE_EXPORT SigningKey ParseSigningKey(const std::string& pem, const std::string& source = "key");

/// Reads a private key file. Refuses one that its group or others may read
/// (the permission error: "chmod 600"), as ssh refuses such a key.
GOVSHARE_EXPORT SigningKey ReadSigningKeyFile(const std::string& path);

/// The public half of a PEM public key (the invalid-argument error naming
/// `source` for anything but an Ed25519 or SM2 public key).
GOVSHARE_EXPORT SigningKey ParsePublicKey(const std::string& pem, const std::string& source = "public key");

// ---- the pseudonym key (docs/masking.md, docs/security.md) ----------------------------------
// The HMAC key of the platform's pseudonyms (MaskingRule::pseudonym): kept
// outside the database like the signing key (PlatformOptions::pseudonym_key_file
// or pseudonym_key_env). A pseudonym key is at least 32 bytes written as hex
// (64 or more hex digits; whitespace around it is ignored).

/// A new pseudonym key: 32 random bytes (OpenSSL) as 64 lower-case hex digits.
GOVSHARE_EXPORT std::string GeneratePseudonymKey();

/// `text` as a pseudonym key (trimmed); the invalid-argument error naming
/// `source` unless it is an even number, at least 64, of hex digits.
GOVSHARE_EXPORT std::string ParsePseudonymKey(const std::string& text, const std::string& source = "pseudonym key");

/// Writes a pseudonym key file with mode 0600; never overwrites (the
/// invalid-argument error).
GOVSHARE_EXPORT void WritePseudonymKeyFile(const std::string& key, const std::string& path);

/// Reads a pseudonym key file; refuses one its group or others may read (the
/// permission error: "chmod 600").
GOVSHARE_EXPORT std::string ReadPseudonymKeyFile(const std::string& path);

/// The id of a pseudonym key — lower-case hex SHA-256 of a domain-separated
/// text — which names the key in the trail and in messages without revealing it.
GOVSHARE_EXPORT std::string PseudonymKeyId(const std::string& key);

GOVSHARE_EXPORT std::string ToString(SignatureAlgorithm value);
GOVSHARE_EXPORT std::string ChineseLabel(SignatureAlgorithm value);

}  // namespace govshare

#endif  // GOVSHARE_KEYS_H_
