// The rules of the audit trail without a database (audit/chain.h; A28,
// docs/security.md): when a checkpoint is due, what it signs, how a key
// enters the trail, and the verdict of ChainCheck on trails built here —
// intact, rewritten with every hash recomputed, signed by a key nobody
// trusts, endorsed by rotation, cut short, rolled back behind the external
// file.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "audit/chain.h"
#include "audit/signing.h"
#include "base/digest.h"
#include "govshare/error.h"

namespace govshare::audit {
namespace {

using storage::AuditRow;
using storage::CheckpointRow;

TEST(CheckpointCadenceTest, DueByRecordsOrAgeAndNeverForNothingNew) {
  const Cadence every{5, 10};
  const auto at = [](std::int64_t position, std::int64_t time) {
    return std::optional<CheckpointRow>(CheckpointRow{1, position, "h", time, "ed25519", "k", "s"});
  };
  struct Row {
    std::int64_t head;
    std::optional<CheckpointRow> last;
    std::int64_t now;
    bool due;
  };
  const Row rows[] = {
      {0, std::nullopt, 0, false},  // an empty trail: nothing to sign
      {1, std::nullopt, 0, true},   // the first record, never signed
      {4, at(0, 0), 0, false},      // 4 records since, fresh
      {5, at(0, 0), 0, true},       // 5 records since
      {9, at(5, 100), 100 + 599, false},
      {9, at(5, 100), 100 + 600, true},   // 10 minutes old and records since
      {5, at(5, 100), 100 + 6000, false},  // old, but nothing new
  };
  for (const Row& r : rows) {
    EXPECT_EQ(CheckpointDue(r.head, r.last, r.now, every), r.due)
        << "head " << r.head << " last " << (r.last ? r.last->position : -1) << " now " << r.now;
  }
}

// A trail of `n` records built by the rule, the n-th record's hash at [n-1].
std::vector<AuditRow> Trail(int n, HashAlgorithm h = HashAlgorithm::kSha256, std::vector<AuditRow> prefix = {}) {
  std::vector<AuditRow> rows = std::move(prefix);
  while (static_cast<int>(rows.size()) < n) {
    AuditRow r;
    r.position = static_cast<std::int64_t>(rows.size()) + 1;
    r.time = 1788224400 + r.position;
    r.user_id = "admin";
    r.department_code = "11320600MB1T01108B";
    r.action = "catalog.publish";
    r.object = "entry:" + std::to_string(r.position);
    r.reason = "南通市 " + std::to_string(r.position);
    r.previous_hash = rows.empty() ? Genesis(h) : rows.back().hash;
    r.hash = internal::HexDigest(h, ChainInput(r));
    rows.push_back(r);
  }
  return rows;
}

// The record that brings `key` into the trail, at the end of `rows`.
void Introduce(std::vector<AuditRow>& rows, const SigningKey& key) {
  AuditRow r;
  r.position = static_cast<std::int64_t>(rows.size()) + 1;
  r.time = 1788224400 + r.position;
  r.user_id = "(platform)";
  r.action = kSigningKeyAction;
  r.object = SigningKeyObject(key.key_id);
  r.after_digest = key.key_id;
  r.reason = SigningKeyReason(key);
  r.previous_hash = rows.empty() ? Genesis(HashAlgorithm::kSha256) : rows.back().hash;
  r.hash = internal::HexDigest(HashAlgorithm::kSha256, ChainInput(r));
  rows.push_back(r);
}

AuditCheckpoint Sign(const Signer& signer, std::int64_t sequence, const std::vector<AuditRow>& rows,
                     std::int64_t position) {
  AuditCheckpoint c;
  c.sequence = sequence;
  c.position = position;
  c.head_hash = rows[static_cast<std::size_t>(position - 1)].hash;
  c.time = LocalDateTime::FromUnixSeconds(1788224400 + 1000 + sequence);
  c.algorithm = signer.key().algorithm;
  c.key_id = signer.key().key_id;
  c.signature = signer.Sign(CheckpointMessage(c, HashAlgorithm::kSha256));
  return c;
}

AuditVerification Check(const std::vector<AuditRow>& rows, const std::vector<AuditCheckpoint>& checkpoints,
                        const std::vector<SigningKey>& trusted, const std::vector<AuditCheckpoint>& file = {}) {
  ChainCheck check(HashAlgorithm::kSha256, checkpoints, file, trusted);
  for (const auto& r : rows)
    if (!check.Add(r)) break;
  return check.Finish(static_cast<std::int64_t>(rows.size()), rows.empty() ? "" : rows.back().hash);
}

SigningKey PublicOf(const SigningKey& k) { return ParsePublicKey(k.public_key_pem); }

class ChainCheckTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Introduce(rows_, key_);
    rows_ = Trail(12, HashAlgorithm::kSha256, rows_);
    checkpoints_ = {Sign(signer_, 1, rows_, 1), Sign(signer_, 2, rows_, 6), Sign(signer_, 3, rows_, 11)};
  }
  SigningKey key_ = GenerateSigningKey();
  Signer signer_{key_};
  std::vector<AuditRow> rows_;
  std::vector<AuditCheckpoint> checkpoints_;
};

TEST_F(ChainCheckTest, AnIntactTrailPassesThroughEverySignedHead) {
  const AuditVerification v = Check(rows_, checkpoints_, {PublicOf(key_)});
  EXPECT_TRUE(v.intact) << v.problem;
  EXPECT_EQ(v.records, 12);
  EXPECT_EQ(v.checkpoints, 3);
  EXPECT_EQ(v.signed_position, 11);
  EXPECT_TRUE(v.keys_trusted);
  EXPECT_EQ(v.signing_keys, std::vector<std::string>{key_.key_id});
  // Without keys from the verifier: the trail's own key, not trusted.
  const AuditVerification own = Check(rows_, checkpoints_, {});
  EXPECT_TRUE(own.intact) << own.problem;
  EXPECT_FALSE(own.keys_trusted);
  EXPECT_EQ(own.checkpoints, 3);
}

TEST_F(ChainCheckTest, ARewriteWithEveryHashRecomputedIsDetectedBackToTheLastGoodCheckpoint) {
  // Record 8 rewritten, every later hash and the head recomputed: the chain
  // alone is consistent again.
  std::vector<AuditRow> forged(rows_.begin(), rows_.begin() + 7);
  AuditRow r = rows_[7];
  r.reason = "篡改";
  r.hash = internal::HexDigest(HashAlgorithm::kSha256, ChainInput(r));
  forged.push_back(r);
  for (std::size_t i = 8; i < rows_.size(); ++i) {
    AuditRow next = rows_[i];
    next.previous_hash = forged.back().hash;
    next.hash = internal::HexDigest(HashAlgorithm::kSha256, ChainInput(next));
    forged.push_back(next);
  }
  EXPECT_TRUE(Check(forged, {}, {}).intact) << "the unsigned chain cannot see it";
  const AuditVerification v = Check(forged, checkpoints_, {PublicOf(key_)});
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.first_bad_position, 7) << v.problem;  // after checkpoint 2 at position 6
  EXPECT_NE(v.problem.find("rewritten after position 6"), std::string::npos) << v.problem;
  EXPECT_EQ(v.checkpoints, 2);
}

TEST_F(ChainCheckTest, ASignatureMustVerifyWithATrustedKey) {
  // An altered checkpoint (its head moved to match a forged trail).
  auto altered = checkpoints_;
  altered[1].position = 5;
  altered[1].head_hash = rows_[4].hash;
  AuditVerification v = Check(rows_, altered, {PublicOf(key_)});
  EXPECT_FALSE(v.intact);
  EXPECT_NE(v.problem.find("does not verify"), std::string::npos) << v.problem;

  // A forger's own key, introduced into the trail and signing: fine by the
  // trail's own account, refused by the auditor who trusts the real key.
  const SigningKey forger = GenerateSigningKey();
  const Signer forger_signer(forger);
  std::vector<AuditRow> rows;
  Introduce(rows, forger);
  rows = Trail(12, HashAlgorithm::kSha256, rows);
  const std::vector<AuditCheckpoint> forged = {Sign(forger_signer, 1, rows, 12)};
  EXPECT_TRUE(Check(rows, forged, {}).intact);
  v = Check(rows, forged, {PublicOf(key_)});
  EXPECT_FALSE(v.intact);
  EXPECT_NE(v.problem.find("does not trust"), std::string::npos) << v.problem;

  // A key nobody introduced signs nothing even by the trail's own account.
  v = Check(rows_, {Sign(forger_signer, 1, rows_, 12)}, {});
  EXPECT_FALSE(v.intact);
  EXPECT_NE(v.problem.find("never introduced"), std::string::npos) << v.problem;

  // Trusted keys given, but no checkpoint at all: nothing tells the trail
  // from a rewritten one.
  v = Check(rows_, {}, {PublicOf(key_)});
  EXPECT_FALSE(v.intact);
  EXPECT_NE(v.problem.find("no checkpoint signed by a trusted key"), std::string::npos) << v.problem;
}

TEST_F(ChainCheckTest, ARotationIsTrustedWhenTheOldKeySignsTheNewKeysIntroduction) {
  const SigningKey next = GenerateSigningKey(SignatureAlgorithm::kSm2);
  const Signer next_signer(next);
  auto rows = rows_;
  Introduce(rows, next);  // position 13
  rows = Trail(20, HashAlgorithm::kSha256, rows);
  auto checkpoints = checkpoints_;
  checkpoints.push_back(Sign(signer_, 4, rows, 13));       // the old key vouches
  checkpoints.push_back(Sign(next_signer, 5, rows, 13));   // the new key's first
  checkpoints.push_back(Sign(next_signer, 6, rows, 20));
  AuditVerification v = Check(rows, checkpoints, {PublicOf(key_)});
  EXPECT_TRUE(v.intact) << v.problem;
  EXPECT_EQ(v.checkpoints, 6);
  EXPECT_EQ(v.signing_keys, (std::vector<std::string>{key_.key_id, next.key_id}));
  // Without the old key's endorsement the new key is a stranger.
  checkpoints.erase(checkpoints.begin() + 3);
  for (std::size_t i = 3; i < checkpoints.size(); ++i) checkpoints[i] = Sign(next_signer, static_cast<std::int64_t>(i) + 1, rows, checkpoints[i].position);
  v = Check(rows, checkpoints, {PublicOf(key_)});
  EXPECT_FALSE(v.intact);
  EXPECT_NE(v.problem.find("does not trust"), std::string::npos) << v.problem;
  EXPECT_TRUE(Check(rows, checkpoints, {PublicOf(key_), PublicOf(next)}).intact);
}

TEST_F(ChainCheckTest, DeletedCheckpointsCutTrailsAndRollbacksAreDetected) {
  // A checkpoint deleted in the middle: the numbering has a gap.
  auto gap = checkpoints_;
  gap.erase(gap.begin() + 1);
  AuditVerification v = Check(rows_, gap, {PublicOf(key_)});
  EXPECT_FALSE(v.intact);
  EXPECT_NE(v.problem.find("checkpoint 2 is missing"), std::string::npos) << v.problem;

  // Records cut off at the end with the head recomputed, past a checkpoint.
  std::vector<AuditRow> cut(rows_.begin(), rows_.begin() + 9);
  v = Check(cut, checkpoints_, {PublicOf(key_)});
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.first_bad_position, 10) << v.problem;
  EXPECT_NE(v.problem.find("trail ends at record 9"), std::string::npos) << v.problem;

  // Rolled back to a copy from before checkpoint 3 (the trail and its
  // checkpoints as they were then): consistent in itself, but the external
  // file holds checkpoint 3.
  std::vector<AuditRow> older(rows_.begin(), rows_.begin() + 8);
  std::vector<AuditCheckpoint> older_checkpoints(checkpoints_.begin(), checkpoints_.begin() + 2);
  EXPECT_TRUE(Check(older, older_checkpoints, {PublicOf(key_)}).intact);
  v = Check(older, older_checkpoints, {PublicOf(key_)}, checkpoints_);
  EXPECT_FALSE(v.intact);
  EXPECT_NE(v.problem.find("checkpoint 3 of the external file"), std::string::npos) << v.problem;
  EXPECT_EQ(v.file_checkpoints, 3);
  // A file that differs from the database.
  auto file = checkpoints_;
  file[0].signature = checkpoints_[1].signature;
  v = Check(rows_, checkpoints_, {PublicOf(key_)}, file);
  EXPECT_FALSE(v.intact);
  EXPECT_NE(v.problem.find("differs"), std::string::npos) << v.problem;
}

TEST(CheckpointLineTest, RoundTripsAndNamesWhatIsWrong) {
  const SigningKey key = GenerateSigningKey(SignatureAlgorithm::kSm2);
  const Signer signer(key);
  const auto rows = Trail(3);
  const AuditCheckpoint c = Sign(signer, 1, rows, 3);
  const AuditCheckpoint back = ParseCheckpointLine(CheckpointLine(c), "f:1");
  EXPECT_EQ(back.sequence, c.sequence);
  EXPECT_EQ(back.position, c.position);
  EXPECT_EQ(back.head_hash, c.head_hash);
  EXPECT_EQ(back.time, c.time);
  EXPECT_EQ(back.algorithm, SignatureAlgorithm::kSm2);
  EXPECT_EQ(back.signature, c.signature);
  EXPECT_TRUE(VerifySignature(key.public_key_pem, back.algorithm, CheckpointMessage(back, HashAlgorithm::kSha256),
                              back.signature));
  // The message binds every field.
  AuditCheckpoint moved = c;
  moved.time = LocalDateTime::FromUnixSeconds(c.time.ToUnixSeconds() + 1);
  EXPECT_NE(CheckpointMessage(moved, HashAlgorithm::kSha256), CheckpointMessage(c, HashAlgorithm::kSha256));
  EXPECT_NE(CheckpointMessage(c, HashAlgorithm::kSm3), CheckpointMessage(c, HashAlgorithm::kSha256));
  for (const std::string bad : {"", "{", "[]", R"({"sequence":1})",
                                R"({"sequence":"1","position":1,"head_hash":"h","unix_time":1,"algorithm":"ed25519","key_id":"k","signature":"s"})",
                                R"({"sequence":1,"position":1,"head_hash":"h","unix_time":1,"algorithm":"rsa","key_id":"k","signature":"s"})"}) {
    try {
      ParseCheckpointLine(bad, "checkpoints.jsonl:7");
      ADD_FAILURE() << bad;
    } catch (const InvalidArgumentError& e) {
      EXPECT_NE(std::string(e.what()).find("checkpoints.jsonl:7"), std::string::npos) << e.what();
    }
  }
}

TEST(SigningKeyRecordTest, OnlyAWellFormedIntroductionIntroducesAKey) {
  const SigningKey key = GenerateSigningKey();
  std::vector<AuditRow> rows;
  Introduce(rows, key);
  ASSERT_TRUE(KeyIntroducedBy(rows[0]));
  EXPECT_EQ(KeyIntroducedBy(rows[0])->key_id, key.key_id);
  AuditRow r = rows[0];
  r.object = SigningKeyObject(GenerateSigningKey().key_id);  // names another key
  EXPECT_FALSE(KeyIntroducedBy(r));
  r = rows[0];
  r.reason = "sm2\n" + key.public_key_pem;  // the wrong algorithm
  EXPECT_FALSE(KeyIntroducedBy(r));
  r = rows[0];
  r.action = "catalog.publish";
  EXPECT_FALSE(KeyIntroducedBy(r));
}

}  // namespace
}  // namespace govshare::audit
