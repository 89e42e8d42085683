// The audit signing keys (govshare/keys.h, audit/signing.h; A28,
// docs/security.md): Ed25519 and SM2 pairs generated, written and read back;
// a signature verifies with its public key only, and not once the message or
// the signature changes; a private key file others may read is refused; a
// key file is never overwritten.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "audit/signing.h"
#include "govshare/error.h"
#include "govshare/keys.h"

namespace govshare {
namespace {

class SigningTest : public ::testing::TestWithParam<SignatureAlgorithm> {};

TEST_P(SigningTest, SignsAndVerifiesWithThePublicKeyOnly) {
  const SigningKey key = GenerateSigningKey(GetParam());
  EXPECT_EQ(key.algorithm, GetParam());
  EXPECT_EQ(key.private_key_pem.rfind("-----BEGIN PRIVATE KEY-----", 0), 0u);
  EXPECT_EQ(key.public_key_pem.rfind("-----BEGIN PUBLIC KEY-----", 0), 0u);
  EXPECT_EQ(key.key_id.size(), 64u);
  // Read back: the same key, its id from the public half alone.
  const SigningKey again = ParseSigningKey(key.private_key_pem);
  EXPECT_EQ(again.key_id, key.key_id);
  EXPECT_EQ(ParsePublicKey(key.public_key_pem).key_id, key.key_id);
  EXPECT_TRUE(ParsePublicKey(key.public_key_pem).private_key_pem.empty());

  const audit::Signer signer(key);
  const std::string message = "govshare checkpoint 1000 9cfbabb98407dbe7 1788224400 南通市";
  const std::string signature = signer.Sign(message);
  EXPECT_TRUE(audit::VerifySignature(key.public_key_pem, GetParam(), message, signature));
  EXPECT_FALSE(audit::VerifySignature(key.public_key_pem, GetParam(), message + " ", signature));
  std::string bent = signature;
  bent[10] = bent[10] == '0' ? '1' : '0';
  EXPECT_FALSE(audit::VerifySignature(key.public_key_pem, GetParam(), message, bent));
  EXPECT_FALSE(audit::VerifySignature(key.public_key_pem, GetParam(), message, "not hex"));
  const SigningKey other = GenerateSigningKey(GetParam());
  EXPECT_FALSE(audit::VerifySignature(other.public_key_pem, GetParam(), message, signature));
  const SignatureAlgorithm wrong =
      GetParam() == SignatureAlgorithm::kSm2 ? SignatureAlgorithm::kEd25519 : SignatureAlgorithm::kSm2;
  EXPECT_FALSE(audit::VerifySignature(key.public_key_pem, wrong, message, signature));
}

INSTANTIATE_TEST_SUITE_P(Algorithms, SigningTest,
                         ::testing::Values(SignatureAlgorithm::kEd25519, SignatureAlgorithm::kSm2),
                         [](const auto& param_info) { return ToString(param_info.param); });

TEST(SigningKeyFilesTest, PrivateKeyFilesAreTheirOwnersAlone) {
  const std::string base = ::testing::TempDir() + "govshare-key-" + std::to_string(getpid());
  const std::string priv = base + ".key", pub = base + ".pub";
  std::remove(priv.c_str());
  std::remove(pub.c_str());
  const SigningKey key = GenerateSigningKey();
  WriteSigningKeyFiles(key, priv, pub);
  struct stat st {};
  ASSERT_EQ(::stat(priv.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  EXPECT_EQ(ReadSigningKeyFile(priv).key_id, key.key_id);
  // Never overwritten.
  EXPECT_THROW(WriteSigningKeyFiles(GenerateSigningKey(), priv, pub + ".2"), InvalidArgumentError);
  EXPECT_EQ(ReadSigningKeyFile(priv).key_id, key.key_id);
  // Readable by others: refused, naming the fix.
  ::chmod(priv.c_str(), 0644);
  try {
    ReadSigningKeyFile(priv);
    ADD_FAILURE() << "a world-readable private key was read";
  } catch (const PermissionDeniedError& e) {
    EXPECT_NE(std::string(e.what()).find("chmod 600"), std::string::npos) << e.what();
  }
  ::chmod(priv.c_str(), 0640);
  EXPECT_THROW(ReadSigningKeyFile(priv), PermissionDeniedError);
  // Not a key; a key of another kind; no file.
  EXPECT_THROW(ReadSigningKeyFile(pub + ".missing"), IoError);
  EXPECT_THROW(ParseSigningKey("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"),
               InvalidArgumentError);
  EXPECT_THROW(ParseSigningKey(key.public_key_pem), InvalidArgumentError);
  EXPECT_THROW(ParsePublicKey(key.private_key_pem), InvalidArgumentError);
  std::remove(priv.c_str());
  std::remove(pub.c_str());
}

}  // namespace
}  // namespace govshare
