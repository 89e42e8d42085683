// Internal: the rules of the audit trail (A28) as code that needs no
// database — how a record is chained, what a checkpoint signs, when one is
// due, how a signing key enters the trail, and the verification of a trail
// record by record against its signed checkpoints (ChainCheck). The platform
// loads, applies and stores (platform/audit.cpp, platform/checkpoints.cpp).
// docs/security.md.
#ifndef GOVSHARE_SRC_AUDIT_CHAIN_H_
#define GOVSHARE_SRC_AUDIT_CHAIN_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "govshare/keys.h"
#include "govshare/platform_types.h"
#include "storage/storage.h"

namespace govshare::audit {

// ---- the chain ---------------------------------------------------------------------------

// The text a record's hash is taken of: the previous hash, the fields, the
// position and the time, separated by U+001F.
std::string ChainInput(const storage::AuditRow& r);
// The hash the first record links to.
std::string Genesis(HashAlgorithm algorithm);

// ---- checkpoints -------------------------------------------------------------------------

// The bytes a checkpoint's signature covers: a version line, then its
// sequence, position, head hash, time (Unix seconds), the chain's hash
// algorithm and the key id, one per line.
std::string CheckpointMessage(const AuditCheckpoint& c, HashAlgorithm chain_hash);

AuditCheckpoint FromRow(const storage::CheckpointRow& r);
storage::CheckpointRow ToRow(const AuditCheckpoint& c);

// One checkpoint as a line of the external checkpoint file (JSON, no
// newline), and back (the invalid-argument error naming `where`).
std::string CheckpointLine(const AuditCheckpoint& c);
AuditCheckpoint ParseCheckpointLine(const std::string& line, const std::string& where);

// When the platform signs (PlatformOptions::checkpoint_every_*): when records
// were written since the last checkpoint and either `every_records` of them
// were, or the last checkpoint is `every_minutes` old (or there is none).
struct Cadence {
  int every_records = 1000;
  int every_minutes = 10;
};
bool CheckpointDue(std::int64_t head_position, const std::optional<storage::CheckpointRow>& last,
                   std::int64_t now, const Cadence& cadence);

// ---- signing keys in the trail -----------------------------------------------------------

// The record that brings a signing key into the trail: the action, the object
// `signing_key:<key id>` and, as its reason, the algorithm's name, a newline
// and the public key's PEM. A checkpoint is signed only by a key the trail
// introduced at or before the position it signs.
inline constexpr char kSigningKeyAction[] = "audit.signing_key";
std::string SigningKeyObject(const std::string& key_id);
std::string SigningKeyReason(const SigningKey& key);
// The key a record introduces, if it is such a record (and well formed).
std::optional<SigningKey> KeyIntroducedBy(const storage::AuditRow& r);

// ---- verification ------------------------------------------------------------------------

// Verifies a trail fed record by record in position order against its
// checkpoints (in sequence order, as stored) and, optionally, those of the
// external file and the keys the verifier trusts:
//   - each record is where it should be, links to its predecessor and hashes
//     to its stored hash; the recorded head matches the last;
//   - checkpoints are numbered 1, 2, … without a gap; each is signed by a key
//     the trail introduced at or before its position — with trusted keys
//     given, by one of them or by a key whose introduction a checkpoint of a
//     trusted key covers — and its signed head is the chain's hash at that
//     position (a rewrite before it, even with every later hash recomputed,
//     is detected back to the last checkpoint that still matches);
//   - every checkpoint of the external file is in the database as it was
//     signed (a database rolled back, or its checkpoints deleted, is not).
class ChainCheck {
 public:
  ChainCheck(HashAlgorithm algorithm, std::vector<AuditCheckpoint> checkpoints,
             std::vector<AuditCheckpoint> file_checkpoints, const std::vector<SigningKey>& trusted);
  // Takes the next record; false once the trail is known broken.
  bool Add(const storage::AuditRow& r);
  // The verdict, given the head kept beside the chain (its count and hash).
  AuditVerification Finish(std::int64_t head_count, const std::string& head_hash);

 private:
  void Fail(std::int64_t position, const std::string& problem);
  void CheckCheckpoint(const AuditCheckpoint& c, const std::string& hash_at_position);

  AuditVerification out_;
  std::string previous_;
  std::int64_t expected_ = 1;
  std::vector<AuditCheckpoint> checkpoints_;  // by (position, sequence)
  std::size_t next_checkpoint_ = 0;
  std::vector<AuditCheckpoint> file_;
  bool have_trusted_ = false;
  std::map<std::string, SigningKey> trusted_;     // key id → key (given or endorsed)
  std::map<std::string, SigningKey> introduced_;  // key id → key, as the trail introduced it
  std::map<std::string, std::int64_t> introduced_at_;
  std::int64_t last_good_position_ = 0;  // of the last checkpoint that verified
  std::map<std::int64_t, const AuditCheckpoint*> by_sequence_;
};

}  // namespace govshare::audit

#endif  // GOVSHARE_SRC_AUDIT_CHAIN_H_
