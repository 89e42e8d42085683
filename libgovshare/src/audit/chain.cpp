// The rules of the audit trail (audit/chain.h): chaining, checkpoints,
// signing keys in the trail, and verification. No database here.
#include "audit/chain.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "audit/signing.h"
#include "base/digest.h"
#include "govshare/error.h"

namespace govshare::audit {

using internal::ShortHex;

std::string ChainInput(const storage::AuditRow& r) {
  const char kSep = '\x1f';
  std::string s = r.previous_hash;
  for (const std::string* f : {&r.user_id, &r.department_code, &r.action, &r.object, &r.before_digest,
                               &r.after_digest, &r.reason}) {
    s += kSep;
    s += *f;
  }
  s += kSep + std::to_string(r.position) + kSep + std::to_string(r.time);
  return s;
}

std::string Genesis(HashAlgorithm algorithm) { return internal::HexDigest(algorithm, "govshare audit genesis"); }

std::string CheckpointMessage(const AuditCheckpoint& c, HashAlgorithm chain_hash) {
  std::string m = "govshare audit checkpoint 1\n";
  m += std::to_string(c.sequence) + "\n";
  m += std::to_string(c.position) + "\n";
  m += c.head_hash + "\n";
  m += std::to_string(c.time.ToUnixSeconds()) + "\n";
  m += ToString(chain_hash) + "\n";
  m += c.key_id + "\n";
  return m;
}

AuditCheckpoint FromRow(const storage::CheckpointRow& r) {
  AuditCheckpoint c;
  c.sequence = r.sequence;
  c.position = r.position;
  c.head_hash = r.head_hash;
  c.time = LocalDateTime::FromUnixSeconds(r.time);
  // The key decides how a signature verifies; an unknown name reads as the
  // default and verifies only if the key is of that kind.
  c.algorithm = SignatureAlgorithmNamed(r.algorithm).value_or(SignatureAlgorithm::kEd25519);
  c.key_id = r.key_id;
  c.signature = r.signature;
  return c;
}

storage::CheckpointRow ToRow(const AuditCheckpoint& c) {
  return storage::CheckpointRow{c.sequence,  c.position, c.head_hash, c.time.ToUnixSeconds(),
                                ToString(c.algorithm), c.key_id, c.signature};
}

std::string CheckpointLine(const AuditCheckpoint& c) {
  nlohmann::ordered_json j;
  j["sequence"] = c.sequence;
  j["position"] = c.position;
  j["head_hash"] = c.head_hash;
  j["time"] = c.time.ToIso();
  j["unix_time"] = c.time.ToUnixSeconds();
  j["algorithm"] = ToString(c.algorithm);
  j["key_id"] = c.key_id;
  j["signature"] = c.signature;
  return j.dump();
}

AuditCheckpoint ParseCheckpointLine(const std::string& line, const std::string& where) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::exception&) {
    throw InvalidArgumentError(where + ": not a JSON checkpoint line");
  }
  auto field = [&](const char* name) -> const nlohmann::json& {
    if (!j.is_object() || !j.contains(name)) throw InvalidArgumentError(where + ": the checkpoint has no \"" + name + "\"");
    return j.at(name);
  };
  auto integer = [&](const char* name) {
    const auto& v = field(name);
    if (!v.is_number_integer()) throw InvalidArgumentError(where + ": \"" + name + "\" must be an integer");
    return v.get<std::int64_t>();
  };
  auto text = [&](const char* name) {
    const auto& v = field(name);
    if (!v.is_string()) throw InvalidArgumentError(where + ": \"" + name + "\" must be a string");
    return v.get<std::string>();
  };
  AuditCheckpoint c;
  c.sequence = integer("sequence");
  c.position = integer("position");
  c.head_hash = text("head_hash");
  c.time = LocalDateTime::FromUnixSeconds(integer("unix_time"));
  const auto algorithm = SignatureAlgorithmNamed(text("algorithm"));
  if (!algorithm) throw InvalidArgumentError(where + ": \"algorithm\" must be ed25519 or sm2");
  c.algorithm = *algorithm;
  c.key_id = text("key_id");
  c.signature = text("signature");
  return c;
}

bool CheckpointDue(std::int64_t head_position, const std::optional<storage::CheckpointRow>& last,
                   std::int64_t now, const Cadence& cadence) {
  const std::int64_t signed_position = last ? last->position : 0;
  if (head_position <= signed_position) return false;
  if (!last) return true;
  return head_position - signed_position >= cadence.every_records ||
         now - last->time >= static_cast<std::int64_t>(cadence.every_minutes) * 60;
}

std::string SigningKeyObject(const std::string& key_id) { return "signing_key:" + key_id; }

std::string SigningKeyReason(const SigningKey& key) { return ToString(key.algorithm) + "\n" + key.public_key_pem; }

std::optional<SigningKey> KeyIntroducedBy(const storage::AuditRow& r) {
  if (r.action != kSigningKeyAction) return std::nullopt;
  const auto newline = r.reason.find('\n');
  if (newline == std::string::npos) return std::nullopt;
  try {
    SigningKey key = ParsePublicKey(r.reason.substr(newline + 1));
    if (ToString(key.algorithm) != r.reason.substr(0, newline)) return std::nullopt;
    if (SigningKeyObject(key.key_id) != r.object) return std::nullopt;
    return key;
  } catch (const Error&) {
    return std::nullopt;
  }
}

ChainCheck::ChainCheck(HashAlgorithm algorithm, std::vector<AuditCheckpoint> checkpoints,
                       std::vector<AuditCheckpoint> file_checkpoints, const std::vector<SigningKey>& trusted)
    : checkpoints_(std::move(checkpoints)), file_(std::move(file_checkpoints)) {
  out_.algorithm = algorithm;
  previous_ = Genesis(algorithm);
  have_trusted_ = !trusted.empty();
  out_.keys_trusted = have_trusted_;
  out_.file_checkpoints = static_cast<std::int64_t>(file_.size());
  for (const auto& k : trusted) trusted_[k.key_id] = k;
  // Numbered 1, 2, … in the order signed: a gap is a deleted checkpoint.
  for (std::size_t i = 0; i < checkpoints_.size(); ++i) {
    if (checkpoints_[i].sequence != static_cast<std::int64_t>(i) + 1) {
      Fail(0, "checkpoint " + std::to_string(i + 1) + " is missing (deleted)");
      break;
    }
  }
  std::stable_sort(checkpoints_.begin(), checkpoints_.end(), [](const AuditCheckpoint& a, const AuditCheckpoint& b) {
    return a.position != b.position ? a.position < b.position : a.sequence < b.sequence;
  });
  for (const auto& c : checkpoints_) by_sequence_[c.sequence] = &c;
}

void ChainCheck::Fail(std::int64_t position, const std::string& problem) {
  if (!out_.intact) return;  // the first problem is the one reported
  out_.intact = false;
  out_.first_bad_position = position;
  out_.problem = problem;
}

bool ChainCheck::Add(const storage::AuditRow& r) {
  if (!out_.intact) return false;
  if (r.position != expected_) {
    Fail(expected_, r.position > expected_
                        ? "record " + std::to_string(expected_) + " is missing (deleted)"
                        : "record at position " + std::to_string(r.position) + " is out of order or inserted");
    return false;
  }
  if (r.previous_hash != previous_) {
    Fail(r.position, "record " + std::to_string(r.position) + " does not link to its predecessor (inserted or reordered)");
    return false;
  }
  if (internal::HexDigest(out_.algorithm, ChainInput(r)) != r.hash) {
    Fail(r.position, "record " + std::to_string(r.position) + " was altered");
    return false;
  }
  if (auto key = KeyIntroducedBy(r)) {
    introduced_.emplace(key->key_id, *key);
    introduced_at_.emplace(key->key_id, r.position);
  }
  previous_ = r.hash;
  ++out_.records;
  ++expected_;
  while (out_.intact && next_checkpoint_ < checkpoints_.size() &&
         checkpoints_[next_checkpoint_].position == r.position) {
    CheckCheckpoint(checkpoints_[next_checkpoint_++], r.hash);
  }
  return out_.intact;
}

void ChainCheck::CheckCheckpoint(const AuditCheckpoint& c, const std::string& hash_at_position) {
  const std::string name = "checkpoint " + std::to_string(c.sequence) + " (position " + std::to_string(c.position) +
                           ", signed " + c.time.ToIso() + ")";
  // The key: one the trail introduced by then; with trusted keys, one of them
  // or one a trusted checkpoint endorsed.
  const SigningKey* key = nullptr;
  if (have_trusted_) {
    auto t = trusted_.find(c.key_id);
    if (t != trusted_.end()) key = &t->second;
  } else {
    auto i = introduced_.find(c.key_id);
    if (i != introduced_.end()) key = &i->second;
  }
  if (!key) {
    Fail(c.position, name + " is signed by key " + ShortHex(c.key_id) +
                         (have_trusted_ ? ", which the verifier does not trust and no trusted checkpoint endorses"
                                        : ", which the trail never introduced"));
    return;
  }
  if (!VerifySignature(key->public_key_pem, c.algorithm, CheckpointMessage(c, out_.algorithm), c.signature)) {
    Fail(c.position, name + " has a signature that does not verify with key " + ShortHex(c.key_id) +
                         " (the checkpoint was altered or forged)");
    return;
  }
  if (c.head_hash != hash_at_position) {
    Fail(last_good_position_ + 1,
         "the trail was rewritten after position " + std::to_string(last_good_position_) + ": " + name +
             " signed head " + ShortHex(c.head_hash) + " but the record there now hashes to " +
             ShortHex(hash_at_position) + " (records and head recomputed)");
    return;
  }
  ++out_.checkpoints;
  out_.signed_position = std::max(out_.signed_position, c.position);
  last_good_position_ = c.position;
  if (out_.signing_keys.empty() || out_.signing_keys.back() != c.key_id) out_.signing_keys.push_back(c.key_id);
  // A verified checkpoint of a trusted key vouches for every key the trail
  // introduced up to its position (a rotation: the old key signs the new
  // key's introduction).
  if (have_trusted_) {
    for (const auto& [id, k] : introduced_) {
      if (introduced_at_[id] <= c.position) trusted_.emplace(id, k);
    }
  }
}

AuditVerification ChainCheck::Finish(std::int64_t head_count, const std::string& head_hash) {
  if (out_.intact) {
    // The head kept beside the chain detects records cut off at the end.
    if (head_count != out_.records) {
      Fail(out_.records + 1, "the trail ends at record " + std::to_string(out_.records) + " but " +
                                 std::to_string(head_count) + " were written (deleted at the end)");
    } else if (head_count > 0 && head_hash != previous_) {
      Fail(out_.records, "the last record does not match the recorded head");
    }
  }
  if (out_.intact && next_checkpoint_ < checkpoints_.size()) {
    const auto& c = checkpoints_[next_checkpoint_];
    Fail(out_.records + 1, "checkpoint " + std::to_string(c.sequence) + " signed position " +
                               std::to_string(c.position) + " but the trail ends at record " +
                               std::to_string(out_.records) + " (records deleted at the end, head recomputed)");
  }
  // The external file: each of its checkpoints in the database as signed.
  for (const auto& f : file_) {
    if (!out_.intact) break;
    auto found = by_sequence_.find(f.sequence);
    if (found == by_sequence_.end()) {
      Fail(f.position <= out_.records ? f.position : out_.records + 1,
           "checkpoint " + std::to_string(f.sequence) + " of the external file (position " +
               std::to_string(f.position) + ", signed " + f.time.ToIso() +
               ") is not in the database: it was rolled back to an older copy or its checkpoints were deleted");
    } else {
      const AuditCheckpoint& d = *found->second;
      if (d.position != f.position || d.head_hash != f.head_hash || !(d.time == f.time) || d.key_id != f.key_id ||
          d.signature != f.signature || d.algorithm != f.algorithm) {
        Fail(std::min(d.position, f.position),
             "checkpoint " + std::to_string(f.sequence) + " differs between the database and the external file");
      }
    }
  }
  if (out_.intact && have_trusted_ && out_.records > 0 && out_.checkpoints == 0) {
    Fail(1, "no checkpoint signed by a trusted key: the trail cannot be told from a rewritten one");
  }
  return out_;
}

}  // namespace govshare::audit
