// Audit signing keys (govshare/keys.h) and signatures (audit/signing.h):
// Ed25519 and SM2 through OpenSSL EVP, PEM key files kept outside the
// platform's database. docs/security.md.
#include "audit/signing.h"

#include <fcntl.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <vector>

#include "base/digest.h"
#include "base/enum_names.h"
#include "govshare/error.h"

namespace govshare {
namespace {

using internal::EnumName;

const EnumName<SignatureAlgorithm> kSignatureNames[] = {
    {SignatureAlgorithm::kEd25519, "ed25519", "Ed25519"},
    {SignatureAlgorithm::kSm2, "sm2", "SM2（国密）"},
};

// GM/T 0009: the default signer identity of an SM2 signature.
constexpr char kSm2Id[] = "1234567812345678";

struct PkeyFree {
  void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct BioFree {
  void operator()(BIO* b) const { BIO_free(b); }
};
struct MdCtxFree {
  void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using Bio = std::unique_ptr<BIO, BioFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

using internal::Hex;

bool Unhex(const std::string& hex, std::vector<unsigned char>& out) {
  if (hex.size() % 2) return false;
  out.clear();
  auto nibble = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    const int hi = nibble(hex[i]), lo = nibble(hex[i + 1]);
    if (hi < 0 || lo < 0) return false;
    out.push_back(static_cast<unsigned char>(hi * 16 + lo));
  }
  return true;
}

// The algorithm of a key, or none for a key of another kind.
std::optional<SignatureAlgorithm> AlgorithmOf(EVP_PKEY* k) {
  if (EVP_PKEY_is_a(k, "ED25519")) return SignatureAlgorithm::kEd25519;
  if (EVP_PKEY_is_a(k, "SM2")) return SignatureAlgorithm::kSm2;
  return std::nullopt;
}

std::string BioText(BIO* b) {
  char* data = nullptr;
  const long n = BIO_get_mem_data(b, &data);
  return std::string(data, static_cast<std::size_t>(n));
}

std::string PublicPem(EVP_PKEY* k) {
  Bio b(BIO_new(BIO_s_mem()));
  if (!b || PEM_write_bio_PUBKEY(b.get(), k) != 1) throw StorageError("cannot write a public key (OpenSSL)");
  return BioText(b.get());
}

std::string KeyId(EVP_PKEY* k) {
  unsigned char* der = nullptr;
  const int n = i2d_PUBKEY(k, &der);
  if (n <= 0) throw StorageError("cannot encode a public key (OpenSSL)");
  const std::string id = internal::HexDigest(HashAlgorithm::kSha256, std::string(reinterpret_cast<char*>(der),
                                                                                 static_cast<std::size_t>(n)));
  OPENSSL_free(der);
  return id;
}

SigningKey Describe(EVP_PKEY* k, SignatureAlgorithm algorithm, bool with_private) {
  SigningKey key;
  key.algorithm = algorithm;
  key.public_key_pem = PublicPem(k);
  key.key_id = KeyId(k);
  if (with_private) {
    Bio b(BIO_new(BIO_s_mem()));
    if (!b || PEM_write_bio_PrivateKey(b.get(), k, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
      throw StorageError("cannot write a private key (OpenSSL)");
    }
    key.private_key_pem = BioText(b.get());
  }
  return key;
}

Pkey ReadPrivate(const std::string& pem, const std::string& source) {
  Bio b(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
  Pkey k(b ? PEM_read_bio_PrivateKey(b.get(), nullptr, nullptr, nullptr) : nullptr);
  if (!k) throw InvalidArgumentError(source + ": not a PEM private key (-----BEGIN PRIVATE KEY-----)");
  if (!AlgorithmOf(k.get())) throw InvalidArgumentError(source + ": an audit signing key is Ed25519 or SM2");
  return k;
}

Pkey ReadPublic(const std::string& pem, const std::string& source) {
  Bio b(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
  Pkey k(b ? PEM_read_bio_PUBKEY(b.get(), nullptr, nullptr, nullptr) : nullptr);
  if (!k) throw InvalidArgumentError(source + ": not a PEM public key (-----BEGIN PUBLIC KEY-----)");
  if (!AlgorithmOf(k.get())) throw InvalidArgumentError(source + ": an audit signing key is Ed25519 or SM2");
  return k;
}

// A digest-sign or -verify context for `k`: Ed25519 signs the message itself
// (no digest); SM2 signs SM3 with the default identity (GM/T 0009).
MdCtx Context(EVP_PKEY* k, bool sign) {
  MdCtx ctx(EVP_MD_CTX_new());
  if (!ctx) throw StorageError("out of memory (OpenSSL)");
  const bool sm2 = EVP_PKEY_is_a(k, "SM2");
  const char* md = sm2 ? "SM3" : nullptr;
  int ok = sign ? EVP_DigestSignInit_ex(ctx.get(), nullptr, md, nullptr, nullptr, k, nullptr)
                : EVP_DigestVerifyInit_ex(ctx.get(), nullptr, md, nullptr, nullptr, k, nullptr);
  // SM2's identity goes into the Z value hashed before the message, so it is
  // set after the init and before any data (OpenSSL 3 refuses it as an init
  // parameter).
  if (ok == 1 && sm2) ok = EVP_PKEY_CTX_set1_id(EVP_MD_CTX_get_pkey_ctx(ctx.get()), kSm2Id, std::strlen(kSm2Id));
  if (ok != 1) throw StorageError(std::string("cannot start an ") + (sm2 ? "SM2" : "Ed25519") + " signature (OpenSSL)");
  return ctx;
}

}  // namespace

std::string ToString(SignatureAlgorithm v) { return internal::EnumToName(kSignatureNames, v); }
std::string ChineseLabel(SignatureAlgorithm v) { return internal::EnumToLabel(kSignatureNames, v); }

SigningKey GenerateSigningKey(SignatureAlgorithm algorithm) {
  const char* type = algorithm == SignatureAlgorithm::kSm2 ? "SM2" : "ED25519";
  Pkey k(EVP_PKEY_Q_keygen(nullptr, nullptr, type));
  if (!k) throw StorageError(std::string("cannot generate an ") + type + " key (OpenSSL)");
  return Describe(k.get(), algorithm, true);
}

SigningKey ParseSigningKey(const std::string& pem, const std::string& source) {
  Pkey k = ReadPrivate(pem, source);
  return Describe(k.get(), *AlgorithmOf(k.get()), true);
}

SigningKey ParsePublicKey(const std::string& pem, const std::string& source) {
  Pkey k = ReadPublic(pem, source);
  return Describe(k.get(), *AlgorithmOf(k.get()), false);
}

namespace {

// The text of a private key file, refused when its group or others may read it.
std::string ReadPrivateFile(const std::string& path, const std::string& what) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    throw IoError("cannot read the " + what + " file \"" + path + "\": " + std::strerror(errno));
  }
  if (st.st_mode & (S_IRWXG | S_IRWXO)) {
    throw PermissionDeniedError("the " + what + " file \"" + path +
                                "\" may be read by its group or others: a private key is its owner's alone "
                                "(chmod 600 " + path + ")");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("cannot read the " + what + " file \"" + path + "\"");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void RequireNewPath(const std::string& path) {
  if (path.empty()) throw InvalidArgumentError("a key file path is required");
  if (::access(path.c_str(), F_OK) == 0) {
    throw InvalidArgumentError("\"" + path + "\" exists: a key file is never overwritten (remove it, or choose another)");
  }
}

// Creates `path` (which must not exist) with `text` and `mode`, whatever the umask.
void WriteNewFile(const std::string& path, const std::string& text, mode_t mode) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
  if (fd < 0) throw IoError("cannot create \"" + path + "\": " + std::strerror(errno));
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      const std::string why = std::strerror(errno);
      ::close(fd);
      throw IoError("cannot write \"" + path + "\": " + why);
    }
    done += static_cast<std::size_t>(n);
  }
  ::fchmod(fd, mode);
  if (::fsync(fd) != 0 || ::close(fd) != 0) throw IoError("cannot write \"" + path + "\": " + std::strerror(errno));
}

}  // namespace

SigningKey ReadSigningKeyFile(const std::string& path) {
  return ParseSigningKey(ReadPrivateFile(path, "signing key"), "the signing key file \"" + path + "\"");
}

void WriteSigningKeyFiles(const SigningKey& key, const std::string& private_path, const std::string& public_path) {
  if (key.private_key_pem.empty()) throw InvalidArgumentError("key: no private key to write");
  RequireNewPath(private_path);
  RequireNewPath(public_path);
  WriteNewFile(private_path, key.private_key_pem, 0600);
  WriteNewFile(public_path, key.public_key_pem, 0644);
}

std::string GeneratePseudonymKey() {
  unsigned char bytes[32];
  if (RAND_bytes(bytes, sizeof bytes) != 1) throw StorageError("cannot draw a pseudonym key (OpenSSL RAND_bytes)");
  return Hex(bytes, sizeof bytes);
}

std::string ParsePseudonymKey(const std::string& text, const std::string& source) {
  const auto first = text.find_first_not_of(" \t\r\n");
  const auto last = text.find_last_not_of(" \t\r\n");
  const std::string key = first == std::string::npos ? "" : text.substr(first, last - first + 1);
  std::vector<unsigned char> bytes;
  if (key.size() < 64 || !Unhex(key, bytes)) {
    throw InvalidArgumentError(source + ": a pseudonym key is at least 32 bytes written as hex (64 or more hex "
                                        "digits; govshare keys pseudonym --out FILE makes one)");
  }
  return key;
}

void WritePseudonymKeyFile(const std::string& key, const std::string& path) {
  const std::string checked = ParsePseudonymKey(key, "key");
  RequireNewPath(path);
  WriteNewFile(path, checked + "\n", 0600);
}

std::string ReadPseudonymKeyFile(const std::string& path) {
  return ParsePseudonymKey(ReadPrivateFile(path, "pseudonym key"), "the pseudonym key file \"" + path + "\"");
}

std::string PseudonymKeyId(const std::string& key) {
  return internal::HexDigest(HashAlgorithm::kSha256, std::string("govshare pseudonym key id\x1f") + key);
}

namespace audit {

struct Signer::Impl {
  Pkey key;
};

Signer::Signer(const SigningKey& key) : impl_(std::make_unique<Impl>()) {
  impl_->key = ReadPrivate(key.private_key_pem, "the signing key");
  public_ = Describe(impl_->key.get(), *AlgorithmOf(impl_->key.get()), false);
}

Signer::~Signer() = default;

std::string Signer::Sign(std::string_view message) const {
  MdCtx ctx = Context(impl_->key.get(), true);
  std::size_t n = 0;
  const auto* data = reinterpret_cast<const unsigned char*>(message.data());
  if (EVP_DigestSign(ctx.get(), nullptr, &n, data, message.size()) != 1) throw StorageError("cannot sign (OpenSSL)");
  std::vector<unsigned char> sig(n);
  if (EVP_DigestSign(ctx.get(), sig.data(), &n, data, message.size()) != 1) throw StorageError("cannot sign (OpenSSL)");
  return Hex(sig.data(), n);
}

std::optional<SignatureAlgorithm> SignatureAlgorithmNamed(const std::string& name) {
  SignatureAlgorithm out;
  if (!internal::TryParseEnum(kSignatureNames, name, &out)) return std::nullopt;
  return out;
}

bool VerifySignature(const std::string& public_key_pem, SignatureAlgorithm algorithm, std::string_view message,
                     const std::string& signature_hex) {
  Pkey k;
  try {
    k = ReadPublic(public_key_pem, "public key");
  } catch (const InvalidArgumentError&) {
    return false;
  }
  if (AlgorithmOf(k.get()) != algorithm) return false;
  std::vector<unsigned char> sig;
  if (!Unhex(signature_hex, sig)) return false;
  MdCtx ctx = Context(k.get(), false);
  return EVP_DigestVerify(ctx.get(), sig.data(), sig.size(), reinterpret_cast<const unsigned char*>(message.data()),
                          message.size()) == 1;
}

}  // namespace audit
}  // namespace govshare
