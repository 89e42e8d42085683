// SipHash-2-4-128, the keyed function that seals access decisions
// (base/siphash.h), against the reference vector and against OpenSSL's own
// SIPHASH for every message length up to 100 bytes.
#include <gtest/gtest.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>

#include <random>
#include <string>

#include "base/siphash.h"

namespace {

using govshare::internal::SipHash128;

SipHash128::Tag OpenSslSipHash(const SipHash128::Key& key, const std::string& message) {
  EVP_MAC* mac = EVP_MAC_fetch(nullptr, "SIPHASH", nullptr);
  EXPECT_NE(mac, nullptr);
  EVP_MAC_CTX* ctx = EVP_MAC_CTX_new(mac);
  size_t size = 16;
  OSSL_PARAM params[] = {OSSL_PARAM_construct_size_t(OSSL_MAC_PARAM_SIZE, &size), OSSL_PARAM_construct_end()};
  EXPECT_EQ(EVP_MAC_init(ctx, key.data(), key.size(), params), 1);
  EXPECT_EQ(EVP_MAC_update(ctx, reinterpret_cast<const unsigned char*>(message.data()), message.size()), 1);
  SipHash128::Tag tag{};
  size_t out = 0;
  EXPECT_EQ(EVP_MAC_final(ctx, tag.data(), &out, tag.size()), 1);
  EXPECT_EQ(out, 16u);
  EVP_MAC_CTX_free(ctx);
  EVP_MAC_free(mac);
  return tag;
}

TEST(SipHashTest, ReferenceVectorOfTheEmptyMessage) {
  // The paper's key 00 01 … 0f; vectors_sip128[0] of the reference code.
  SipHash128::Key key{};
  for (int i = 0; i < 16; ++i) key[static_cast<size_t>(i)] = static_cast<unsigned char>(i);
  const SipHash128::Tag expected = {0xa3, 0x81, 0x7f, 0x04, 0xba, 0x25, 0xa8, 0xe6,
                                    0x6d, 0xf6, 0x72, 0x14, 0xc7, 0x55, 0x02, 0x93};
  EXPECT_EQ(SipHash128::Compute(key, ""), expected);
}

TEST(SipHashTest, AgreesWithOpenSslForEveryLengthAndKey) {
  std::mt19937 rng(20261205);
  for (int length = 0; length <= 100; ++length) {
    SipHash128::Key key{};
    for (auto& b : key) b = static_cast<unsigned char>(rng());
    std::string message(static_cast<size_t>(length), '\0');
    for (auto& c : message) c = static_cast<char>(rng());
    EXPECT_EQ(SipHash128::Compute(key, message), OpenSslSipHash(key, message)) << "length " << length;
  }
  // One bit of key or message changes the tag.
  SipHash128::Key key{};
  const std::string message = "审批 2026-0917";
  const auto tag = SipHash128::Compute(key, message);
  key[15] ^= 1;
  EXPECT_NE(SipHash128::Compute(key, message), tag);
  key[15] ^= 1;
  std::string changed = message;
  changed[0] ^= 1;
  EXPECT_NE(SipHash128::Compute(key, changed), tag);
}

}  // namespace
