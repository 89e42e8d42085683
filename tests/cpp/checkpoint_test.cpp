// Signed audit checkpoints on a platform (A28; docs/security.md), on SQLite
// and again on PostgreSQL (pg.CheckpointTest.*): the key comes from a file or
// an environment variable, never the database; the platform signs the head at
// its cadence, at Close and on demand; an attacker with write access to the
// database who rewrites a record and recomputes every later hash and the head
// passes the unsigned chain but not the signed heads; a database rolled back
// behind the external checkpoint file is caught; a rotation is recorded in the
// trail and vouched for by the old key.
#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "govshare/govshare.h"
#include "test_util.h"

namespace govshare {
namespace {

using testing::SeedCity;

std::string Temp(const std::string& name) {
  return ::testing::TempDir() + "govshare-cp-" + name + "-" + std::to_string(getpid());
}

std::string TempDb(const std::string& name) {
  const std::string path = Temp(name) + ".db";
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
  return path;
}

// A fresh key pair in files: (private file, the key).
std::pair<std::string, SigningKey> KeyFile(const std::string& name,
                                           SignatureAlgorithm algorithm = SignatureAlgorithm::kEd25519) {
  const std::string priv = Temp(name) + ".key", pub = Temp(name) + ".pub";
  std::remove(priv.c_str());
  std::remove(pub.c_str());
  const SigningKey key = GenerateSigningKey(algorithm);
  WriteSigningKeyFiles(key, priv, pub);
  return {priv, key};
}

PlatformOptions Options(const std::string& path, const std::string& key_file = "") {
  PlatformOptions o;
  o.path = testing::Store(path);
  o.simulated_time = LocalDateTime::FromIso("2026-09-01T09:00:00+08:00");
  o.signing_key_file = key_file;
  o.checkpoint_every_records = 5;
  return o;
}

AuditVerifyOptions Trusting(const std::vector<SigningKey>& keys, const std::string& file = "") {
  AuditVerifyOptions v;
  for (const auto& k : keys) v.trusted_public_keys.push_back(k.public_key_pem);
  v.checkpoint_file = file;
  return v;
}

std::string Sha256Hex(const std::string& data) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  EVP_Digest(data.data(), data.size(), md, &n, EVP_sha256(), nullptr);
  static const char* kHex = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < n; ++i) {
    out += kHex[md[i] >> 4];
    out += kHex[md[i] & 15];
  }
  return out;
}

std::string Quoted(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

// The attacker with write access to the database and the published chain
// format (docs/schema.md): rewrites the reason of the record at `position`,
// recomputes the hash of it and of every later record, and the head.
void RewriteAndRecompute(const std::vector<AuditRecord>& trail, const std::string& store, std::int64_t position,
                         const std::string& reason) {
  std::string previous, sql = "BEGIN; ";
  std::int64_t last = 0;
  for (const auto& r : trail) {
    if (r.position < position) {
      previous = r.hash;
      continue;
    }
    const std::string why = r.position == position ? reason : r.reason;
    std::string input = previous;
    for (const std::string* f : {&r.user_id, &r.department_code, &r.action, &r.object, &r.before_digest,
                                 &r.after_digest, &why}) {
      input += '\x1f';
      input += *f;
    }
    input += '\x1f' + std::to_string(r.position) + '\x1f' + std::to_string(r.time.ToUnixSeconds());
    const std::string hash = Sha256Hex(input);
    sql += "UPDATE audit_log SET reason = " + Quoted(why) + ", previous_hash = " + Quoted(previous) +
           ", hash = " + Quoted(hash) + " WHERE position = " + std::to_string(r.position) + "; ";
    previous = hash;
    last = r.position;
  }
  sql += "UPDATE platform_meta SET value = " + Quoted(std::to_string(last) + ":" + previous) +
         " WHERE key = 'audit_head'; COMMIT;";
  testing::RawSql(store, sql);
}

TEST(CheckpointTest, ASignedHeadDetectsATrailRewrittenWithItsHeadRecomputed) {
  const auto [key_file, key] = KeyFile("rewrite");
  const std::string path = TempDb("rewrite");
  std::vector<AuditRecord> trail;
  {
    auto p = Platform::Open(Options(path, key_file));
    SeedCity(*p);
    trail = p->AuditTrail("auditor", 0, -1);
  }  // Close signs the tail
  // 13 records of the city and the key's introduction (record 2, after the
  // first write), signed at 2, then every 5 records (7, 12), and at Close (14).
  ASSERT_EQ(trail.size(), 14u);
  EXPECT_EQ(trail[1].action, "audit.signing_key");
  EXPECT_EQ(trail[1].user_id, "(platform)");
  EXPECT_EQ(trail[1].object, "signing_key:" + key.key_id);
  EXPECT_NE(trail[1].reason.find(key.public_key_pem), std::string::npos);
  {
    auto p = Platform::Open(Options(path, key_file));
    std::vector<std::int64_t> positions;
    for (const auto& c : p->AuditCheckpoints("auditor")) {
      positions.push_back(c.position);
      EXPECT_EQ(c.key_id, key.key_id);
      EXPECT_EQ(c.algorithm, SignatureAlgorithm::kEd25519);
    }
    EXPECT_EQ(positions, (std::vector<std::int64_t>{2, 7, 12, 14}));
    const AuditVerification v = p->VerifyAudit("auditor", Trusting({key}));
    EXPECT_TRUE(v.intact) << v.problem;
    EXPECT_EQ(v.records, 14);
    EXPECT_EQ(v.checkpoints, 4);
    EXPECT_EQ(v.signed_position, 14);
    EXPECT_TRUE(v.keys_trusted);
    EXPECT_EQ(v.signing_keys, std::vector<std::string>{key.key_id});
    EXPECT_THROW(p->VerifyAudit("police.op", Trusting({key})), PermissionDeniedError);
    EXPECT_THROW(p->AuditCheckpoints("police.op"), PermissionDeniedError);
  }
  RewriteAndRecompute(trail, testing::Store(path), 9, "篡改：删去一次授权");
  auto p = Platform::Open(Options(path, key_file));
  EXPECT_EQ(p->AuditTrail("auditor", 9, 1).front().reason, "篡改：删去一次授权");
  const AuditVerification v = p->VerifyAudit("auditor", Trusting({key}));
  EXPECT_FALSE(v.intact);
  EXPECT_EQ(v.first_bad_position, 8) << v.problem;
  EXPECT_NE(v.problem.find("rewritten after position 7"), std::string::npos) << v.problem;
  EXPECT_EQ(v.checkpoints, 2);
  // The trail's own record of its key sees it too.
  EXPECT_FALSE(p->VerifyAudit("auditor").intact);
}

TEST(CheckpointTest, WithoutASigningKeyTheSameRewritePasses) {
  // What the checkpoints add: the unkeyed chain of a platform without a key
  // cannot tell the rewritten trail from the real one.
  const std::string path = TempDb("nokey");
  std::vector<AuditRecord> trail;
  {
    auto p = Platform::Open(Options(path));
    SeedCity(*p);
    trail = p->AuditTrail("auditor", 0, -1);
    EXPECT_TRUE(p->AuditCheckpoints("auditor").empty());
    try {
      p->SignAuditCheckpoint("admin");
      ADD_FAILURE() << "signed without a key";
    } catch (const InvalidTransitionError& e) {
      EXPECT_NE(std::string(e.what()).find("signing_key_file"), std::string::npos) << e.what();
    }
  }
  RewriteAndRecompute(trail, testing::Store(path), 9, "篡改");
  auto p = Platform::Open(Options(path));
  const AuditVerification v = p->VerifyAudit("auditor");
  EXPECT_TRUE(v.intact) << v.problem;
  EXPECT_EQ(v.checkpoints, 0);
  // An auditor who expects signatures is not fooled.
  const SigningKey expected = GenerateSigningKey();
  const AuditVerification signed_expected = p->VerifyAudit("auditor", Trusting({expected}));
  EXPECT_FALSE(signed_expected.intact);
  EXPECT_NE(signed_expected.problem.find("no checkpoint signed by a trusted key"), std::string::npos);
}

TEST(CheckpointTest, AForgersOwnKeyIsNotTheAuditorsKey) {
  const auto [key_file, key] = KeyFile("real");
  const auto [forger_file, forger] = KeyFile("forger");
  const std::string path = TempDb("forger");
  std::vector<AuditRecord> trail;
  {
    auto p = Platform::Open(Options(path, key_file));
    SeedCity(*p);
    trail = p->AuditTrail("auditor", 0, -1);
  }
  // Rewrite, delete the checkpoints and the note of the key, and reopen with
  // the forger's key: the platform introduces it and signs the forged head.
  RewriteAndRecompute(trail, testing::Store(path), 9, "篡改");
  testing::RawSql(testing::Store(path),
                  "DELETE FROM audit_checkpoints; DELETE FROM platform_meta WHERE key LIKE 'audit_signing_key:%'");
  {
    auto p = Platform::Open(Options(path, forger_file));
    p->SignAuditCheckpoint("admin");
  }
  auto p = Platform::Open(Options(path));
  EXPECT_TRUE(p->VerifyAudit("auditor").intact) << "by the trail's own account";
  const AuditVerification v = p->VerifyAudit("auditor", Trusting({key}));
  EXPECT_FALSE(v.intact);
  EXPECT_NE(v.problem.find("does not trust"), std::string::npos) << v.problem;
}

TEST(CheckpointTest, TheExternalFileCatchesADatabaseRolledBack) {
  const auto [key_file, key] = KeyFile("rollback");
  const std::string path = TempDb("rollback");
  const std::string file = Temp("rollback") + ".checkpoints.jsonl";
  std::remove(file.c_str());
  PlatformOptions o = Options(path, key_file);
  o.checkpoint_file = file;
  std::vector<AuditRecord> trail;
  {
    auto p = Platform::Open(o);
    SeedCity(*p);
    trail = p->AuditTrail("auditor", 0, -1);
  }
  std::ifstream in(file);
  std::string line;
  int lines = 0;
  while (std::getline(in, line)) ++lines;
  EXPECT_EQ(lines, 4);  // every checkpoint, one JSON line each
  {
    auto p = Platform::Open(o);
    const AuditVerification v = p->VerifyAudit("auditor", Trusting({key}, file));
    EXPECT_TRUE(v.intact) << v.problem;
    EXPECT_EQ(v.file_checkpoints, 4);
  }
  // Back to the state after record 9, as an older copy of the database
  // would be: the trail, its head and its checkpoints as they were then.
  const std::string store = testing::Store(path);
  testing::RawSql(store, "BEGIN; DELETE FROM audit_log WHERE position > 9; DELETE FROM audit_checkpoints WHERE "
                         "position > 9; UPDATE platform_meta SET value = " +
                             Quoted("9:" + trail[8].hash) + " WHERE key = 'audit_head'; COMMIT;");
  PlatformOptions reopen = Options(path);  // no key: nothing is signed at close
  auto p = Platform::Open(reopen);
  EXPECT_TRUE(p->VerifyAudit("auditor", Trusting({key})).intact) << "consistent in itself";
  const AuditVerification v = p->VerifyAudit("auditor", Trusting({key}, file));
  EXPECT_FALSE(v.intact);
  EXPECT_NE(v.problem.find("checkpoint 3 of the external file"), std::string::npos) << v.problem;
  EXPECT_NE(v.problem.find("rolled back"), std::string::npos) << v.problem;
  // A file that cannot be read, a line that is not a checkpoint.
  EXPECT_THROW(p->VerifyAudit("auditor", Trusting({key}, file + ".missing")), IoError);
  { std::ofstream(file, std::ios::app) << "not json\n"; }
  try {
    p->VerifyAudit("auditor", Trusting({key}, file));
    ADD_FAILURE();
  } catch (const InvalidArgumentError& e) {
    EXPECT_NE(std::string(e.what()).find(":5"), std::string::npos) << e.what();
  }
}

TEST(CheckpointTest, ARotationIsRecordedAndVouchedForByTheOldKey) {
  const auto [old_file, old_key] = KeyFile("rot-old");
  const auto [new_file, new_key] = KeyFile("rot-new", SignatureAlgorithm::kSm2);
  const std::string path = TempDb("rotation");
  {
    auto p = Platform::Open(Options(path, old_file));
    SeedCity(*p);
    EXPECT_THROW(p->RotateSigningKey("reviewer", new_key), PermissionDeniedError);
    EXPECT_THROW(p->RotateSigningKey("admin", old_key), InvalidArgumentError);
    SigningKey public_only = new_key;
    public_only.private_key_pem.clear();
    EXPECT_THROW(p->RotateSigningKey("admin", public_only), InvalidArgumentError);
    const AuditCheckpoint first = p->RotateSigningKey("admin", new_key);
    EXPECT_EQ(first.key_id, new_key.key_id);
    EXPECT_EQ(first.algorithm, SignatureAlgorithm::kSm2);
    const auto trail = p->AuditTrail("auditor", first.position, 1);
    ASSERT_EQ(trail.size(), 1u);
    EXPECT_EQ(trail[0].action, "audit.signing_key");
    EXPECT_EQ(trail[0].user_id, "admin");  // the rotation's actor
    EXPECT_EQ(trail[0].before_digest, old_key.key_id);
    EXPECT_EQ(trail[0].after_digest, new_key.key_id);
    p->AddUser("admin", {"rotated.user", "周新", testing::kBureau, {Role::kBureauReviewer}, true});
  }
  {
    // Every node is reopened with the new key file.
    auto p = Platform::Open(Options(path, new_file));
    p->AddUser("admin", {"rotated.two", "吴新", testing::kBureau, {Role::kBureauReviewer}, true});
  }
  auto p = Platform::Open(Options(path));
  const AuditVerification v = p->VerifyAudit("auditor", Trusting({old_key}));
  EXPECT_TRUE(v.intact) << v.problem;
  EXPECT_EQ(v.signing_keys, (std::vector<std::string>{old_key.key_id, new_key.key_id}));
  EXPECT_EQ(v.signed_position, v.records);
  // The new key alone does not vouch for the old key's checkpoints.
  EXPECT_FALSE(p->VerifyAudit("auditor", Trusting({new_key})).intact);
  // Rotating needs a key to rotate from.
  EXPECT_THROW(p->RotateSigningKey("admin", GenerateSigningKey()), InvalidTransitionError);
}

TEST(CheckpointTest, OnDemandAndByAgeAndDeletionsAndAlterationsAreSeen) {
  const auto [key_file, key] = KeyFile("demand");
  const std::string path = TempDb("demand");
  PlatformOptions o = Options(path, key_file);
  o.checkpoint_every_records = 1000;
  o.checkpoint_every_minutes = 10;
  auto p = Platform::Open(o);
  SeedCity(*p);
  // The first write introduced the key and signed; then nothing was due.
  EXPECT_EQ(p->AuditCheckpoints("auditor").size(), 1u);
  EXPECT_THROW(p->SignAuditCheckpoint("auditor"), PermissionDeniedError);
  const AuditCheckpoint now = p->SignAuditCheckpoint("admin");
  EXPECT_EQ(now.sequence, 2);
  EXPECT_EQ(now.position, 14);
  EXPECT_EQ(p->SignAuditCheckpoint("admin").sequence, 2) << "nothing new: the last one stands";
  // Ten minutes on, the next write signs.
  p->AdvanceTime(9 * 60);
  p->AddUser("admin", {"aged.one", "钱一", testing::kBureau, {Role::kBureauReviewer}, true});
  EXPECT_EQ(p->AuditCheckpoints("auditor").size(), 2u);
  p->AdvanceTime(60);
  p->AddUser("admin", {"aged.two", "钱二", testing::kBureau, {Role::kBureauReviewer}, true});
  const auto all = p->AuditCheckpoints("auditor");
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all.back().position, 16);
  EXPECT_EQ(all.back().time, p->Now());
  p->Close();
  EXPECT_EQ(Platform::Open(Options(path))->AuditCheckpoints("auditor").size(), 3u) << "Close: all signed already";

  const std::string store = testing::Store(path);
  auto verdict = [&] { return Platform::Open(Options(path))->VerifyAudit("auditor", Trusting({key})); };
  EXPECT_TRUE(verdict().intact);
  testing::RawSql(store, "CREATE TABLE cp_backup AS SELECT * FROM audit_checkpoints");
  auto restore = [&] {
    testing::RawSql(store, "BEGIN; DELETE FROM audit_checkpoints; INSERT INTO audit_checkpoints SELECT * FROM "
                           "cp_backup; COMMIT;");
    EXPECT_TRUE(verdict().intact);
  };
  testing::RawSql(store, "DELETE FROM audit_checkpoints WHERE sequence = 2");
  EXPECT_NE(verdict().problem.find("checkpoint 2 is missing"), std::string::npos);
  restore();
  testing::RawSql(store, "UPDATE audit_checkpoints SET time = time + 1 WHERE sequence = 3");
  EXPECT_NE(verdict().problem.find("does not verify"), std::string::npos);
  restore();
  testing::RawSql(store, "UPDATE audit_checkpoints SET position = 15 WHERE sequence = 3");
  EXPECT_FALSE(verdict().intact);
  restore();
}

TEST(CheckpointTest, TheKeyComesFromAFileOrTheEnvironmentAndIsCheckedBeforeAnythingOpens) {
  const auto [key_file, key] = KeyFile("options");
  const std::string path = TempDb("options");
  auto refused = [&](PlatformOptions o, const std::string& words) {
    try {
      Platform::Open(o);
      ADD_FAILURE() << words;
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find(words), std::string::npos) << e.what();
    }
  };
  PlatformOptions both = Options(path, key_file);
  both.signing_key_env = "GOVSHARE_TEST_SIGNING_KEY";
  refused(both, "signing_key_file and signing_key_env");
  PlatformOptions env = Options(path);
  env.signing_key_env = "GOVSHARE_TEST_SIGNING_KEY_UNSET";
  refused(env, "GOVSHARE_TEST_SIGNING_KEY_UNSET is not set");
  PlatformOptions file_only = Options(path);
  file_only.checkpoint_file = Temp("options") + ".jsonl";
  refused(file_only, "checkpoint_file");
  PlatformOptions zero = Options(path, key_file);
  zero.checkpoint_every_records = 0;
  refused(zero, "checkpoint_every_records");
  PlatformOptions bad_dir = Options(path, key_file);
  bad_dir.checkpoint_file = "/nonexistent-dir/checkpoints.jsonl";
  refused(bad_dir, "checkpoint_file");
  // Readable by others: refused like ssh refuses such a key.
  ::chmod(key_file.c_str(), 0644);
  refused(Options(path, key_file), "chmod 600");
  ::chmod(key_file.c_str(), 0600);
  if (!testing::OnPostgres()) {
    std::ifstream f(path);
    EXPECT_FALSE(f.good()) << "a refused open created the database";
  }
  // The key in an environment variable (a secrets manager's injection).
  ::setenv("GOVSHARE_TEST_SIGNING_KEY", key.private_key_pem.c_str(), 1);
  env.signing_key_env = "GOVSHARE_TEST_SIGNING_KEY";
  {
    auto p = Platform::Open(env);
    SeedCity(*p);
    EXPECT_EQ(p->AuditCheckpoints("auditor").front().key_id, key.key_id);
  }
  ::unsetenv("GOVSHARE_TEST_SIGNING_KEY");
  EXPECT_TRUE(Platform::Open(Options(path))->VerifyAudit("auditor", Trusting({key})).intact);
}

// ---- the pseudonym key outside the database ------------------------------------------------

// 户籍人口基本信息 published with 公民身份号码 pseudonymised, 民政局 authorized
// on it: the pseudonym a delivery makes of one ID number.
std::string PseudonymOf(Platform& p, bool publish) {
  static std::int64_t entry = 0;
  if (publish) {
    entry = testing::PublishAndGrantToCivil(p).first;
    p.access().SetMaskingRules("police.op", entry, {{"公民身份号码", PersonalInfoKind::kIdCard, -1, -1, true}});
  }
  AccessRequest r;
  r.user_id = "civil.op";
  r.entry_id = entry;
  r.items = {"公民身份号码"};
  r.purpose = "低保核对";
  r.method = ShareMethod::kApi;
  const AccessDecision d = p.access().Decide(r);
  EXPECT_TRUE(d.allowed);
  const auto out = nlohmann::json::parse(p.access().Filter(d, R"([{"公民身份号码": "320613198506151232"}])"));
  return out.at(0).at("公民身份号码").get<std::string>();
}

std::string PseudonymKeyFile(const std::string& name, const std::string& key = GeneratePseudonymKey()) {
  const std::string path = Temp(name) + ".pseudonym";
  std::remove(path.c_str());
  WritePseudonymKeyFile(key, path);
  return path;
}

TEST(PseudonymKeyTest, TheKeyComesFromOutsideAndAnotherKeyIsAdoptedOnlyOnPurpose) {
  const std::string path = TempDb("pseudonym");
  const std::string key_file = PseudonymKeyFile("first");
  std::string first;
  {
    // No key: a pseudonym is refused, and nothing is drawn into the database.
    auto p = Platform::Open(Options(path));
    SeedCity(*p);
    try {
      PseudonymOf(*p, true);
      ADD_FAILURE() << "a pseudonym without a key";
    } catch (const InvalidTransitionError& e) {
      EXPECT_NE(std::string(e.what()).find("pseudonym_key_file"), std::string::npos) << e.what();
    }
  }
  EXPECT_EQ(testing::QueryInts(testing::Store(path), "SELECT count(*) FROM platform_meta WHERE key = "
                                                     "'pseudonym_key' AND value <> ''"),
            std::vector<std::int64_t>{0});
  {
    PlatformOptions o = Options(path);
    o.pseudonym_key_file = key_file;
    auto p = Platform::Open(o);
    first = PseudonymOf(*p, false);
    EXPECT_EQ(first.size(), 64u);
    EXPECT_EQ(PseudonymOf(*p, false), first);  // deterministic: records link
    const auto trail = p->AuditTrail("auditor", 0, -1);
    EXPECT_EQ(trail.back().action, "pseudonym.key_adopted");
    EXPECT_EQ(trail.back().after_digest, PseudonymKeyId(ReadPseudonymKeyFile(key_file)));
  }
  EXPECT_EQ(testing::QueryInts(testing::Store(path), "SELECT count(*) FROM platform_meta WHERE key = "
                                                     "'pseudonym_key' AND value <> ''"),
            std::vector<std::int64_t>{0})
      << "the key itself is never stored";
  // Another key is not taken silently: the old pseudonyms would stop linking.
  PlatformOptions other = Options(path);
  other.pseudonym_key_file = PseudonymKeyFile("second");
  auto p = Platform::Open(other);
  try {
    PseudonymOf(*p, false);
    ADD_FAILURE() << "another key was taken";
  } catch (const InvalidTransitionError& e) {
    EXPECT_NE(std::string(e.what()).find("rotate"), std::string::npos) << e.what();
  }
  EXPECT_THROW(p->RotatePseudonymKey("police.op", "密钥泄露"), PermissionDeniedError);
  EXPECT_THROW(p->RotatePseudonymKey("admin", ""), InvalidArgumentError);
  const std::string id = p->RotatePseudonymKey("admin", "密钥保管人离职，按制度轮换");
  EXPECT_EQ(id, PseudonymKeyId(ReadPseudonymKeyFile(other.pseudonym_key_file)));
  const std::string second = PseudonymOf(*p, false);
  EXPECT_NE(second, first);
  const auto rotated = p->AuditTrail("auditor", 0, -1).back();
  EXPECT_EQ(rotated.action, "pseudonym.key_rotated");
  EXPECT_EQ(rotated.user_id, "admin");
  EXPECT_EQ(rotated.before_digest, PseudonymKeyId(ReadPseudonymKeyFile(key_file)));
  EXPECT_EQ(rotated.reason, "密钥保管人离职，按制度轮换");
  EXPECT_THROW(p->RotatePseudonymKey("admin", "again"), InvalidArgumentError);  // already the platform's
}

TEST(PseudonymKeyTest, AnOlderPlatformsKeyIsMovedOutOfItsDatabaseAndKeepsLinking) {
  const std::string path = TempDb("legacy");
  const std::string legacy = GeneratePseudonymKey();
  std::string before;
  {
    auto p = Platform::Open(Options(path));
    SeedCity(*p);
    EXPECT_THROW(p->MovePseudonymKey("admin", Temp("none") + ".pseudonym"), InvalidTransitionError);
    // As an older version left it: the key in platform_meta.
    testing::RawSql(testing::Store(path),
                    "INSERT INTO platform_meta(key, value) VALUES ('pseudonym_key', '" + legacy + "')");
    before = PseudonymOf(*p, true);
  }
  const std::string out = Temp("moved") + ".pseudonym";
  std::remove(out.c_str());
  {
    auto p = Platform::Open(Options(path));
    EXPECT_THROW(p->MovePseudonymKey("police.op", out), PermissionDeniedError);
    EXPECT_EQ(p->MovePseudonymKey("admin", out), PseudonymKeyId(legacy));
    EXPECT_EQ(p->AuditTrail("auditor", 0, -1).back().action, "pseudonym.key_moved");
    EXPECT_THROW(p->MovePseudonymKey("admin", out + ".again"), InvalidTransitionError);  // nothing left to move
  }
  struct stat st {};
  ASSERT_EQ(::stat(out.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  EXPECT_EQ(ReadPseudonymKeyFile(out), legacy);
  EXPECT_EQ(testing::QueryInts(testing::Store(path), "SELECT count(*) FROM platform_meta WHERE key = "
                                                     "'pseudonym_key' AND value <> ''"),
            std::vector<std::int64_t>{0});
  {
    // Without the file: refused, naming what to do.
    auto p = Platform::Open(Options(path));
    EXPECT_THROW(PseudonymOf(*p, false), InvalidTransitionError);
  }
  PlatformOptions o = Options(path);
  o.pseudonym_key_file = out;
  auto p = Platform::Open(o);
  EXPECT_EQ(PseudonymOf(*p, false), before) << "the same key: old and new pseudonyms link";
}

TEST(PseudonymKeyTest, KeyFilesAndVariablesAreChecked) {
  EXPECT_THROW(ParsePseudonymKey("abcd"), InvalidArgumentError);
  EXPECT_THROW(ParsePseudonymKey(std::string(64, 'g')), InvalidArgumentError);
  EXPECT_EQ(ParsePseudonymKey("  " + std::string(64, 'a') + "\n"), std::string(64, 'a'));
  const std::string file = PseudonymKeyFile("perm");
  EXPECT_THROW(WritePseudonymKeyFile(GeneratePseudonymKey(), file), InvalidArgumentError);  // never overwritten
  ::chmod(file.c_str(), 0640);
  EXPECT_THROW(ReadPseudonymKeyFile(file), PermissionDeniedError);
  PlatformOptions o = Options(TempDb("pseudonym-options"));
  o.pseudonym_key_file = file;
  EXPECT_THROW(Platform::Open(o), PermissionDeniedError);
  ::chmod(file.c_str(), 0600);
  o.pseudonym_key_env = "GOVSHARE_TEST_PSEUDONYM_BOTH";
  EXPECT_THROW(Platform::Open(o), InvalidArgumentError);
  o.pseudonym_key_file.clear();
  o.pseudonym_key_env = "GOVSHARE_TEST_PSEUDONYM_UNSET";
  EXPECT_THROW(Platform::Open(o), InvalidArgumentError);
  ::setenv("GOVSHARE_TEST_PSEUDONYM_SHORT", "0123", 1);
  o.pseudonym_key_env = "GOVSHARE_TEST_PSEUDONYM_SHORT";
  EXPECT_THROW(Platform::Open(o), InvalidArgumentError);
}

}  // namespace
}  // namespace govshare
