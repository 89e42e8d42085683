// Signed audit checkpoints (A28; docs/security.md): the platform signs the
// chain's head with a key kept outside its database — when the cadence says
// (audit::CheckpointDue) inside the write that made it due, from a timer when
// the trail idles, at Close, and on demand — stores each checkpoint, and
// appends it to an external file an auditor keeps. A key enters the trail
// before it signs (audit::kSigningKeyAction); a rotation has the old key sign
// the new key's introduction.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <thread>

#include "platform/operation.h"

namespace govshare {

namespace {

// platform_meta: the position at which a key was introduced — only so that a
// node does not introduce its key twice; verification reads the trail.
std::string IntroducedMeta(const std::string& key_id) { return "audit_signing_key:" + key_id; }

void WriteAll(int fd, const std::string& text, const std::string& path) {
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw IoError("cannot append to the checkpoint file \"" + path + "\": " + std::strerror(errno));
    }
    done += static_cast<std::size_t>(n);
  }
}

}  // namespace

// ---- the key, read at Open -------------------------------------------------------------

std::shared_ptr<const audit::Signer> LoadSigner(const PlatformOptions& o) {
  if (o.checkpoint_every_records < 1) throw InvalidArgumentError("checkpoint_every_records must be >= 1");
  if (o.checkpoint_every_minutes < 1) throw InvalidArgumentError("checkpoint_every_minutes must be >= 1");
  if (!o.signing_key_file.empty() && !o.signing_key_env.empty()) {
    throw InvalidArgumentError("signing_key_file and signing_key_env: give one of them, not both");
  }
  std::optional<SigningKey> key;
  if (!o.signing_key_file.empty()) {
    key = ReadSigningKeyFile(o.signing_key_file);
  } else if (!o.signing_key_env.empty()) {
    const char* pem = std::getenv(o.signing_key_env.c_str());
    if (!pem || !*pem) {
      throw InvalidArgumentError("signing_key_env: the environment variable " + o.signing_key_env + " is not set");
    }
    key = ParseSigningKey(pem, "signing_key_env: the environment variable " + o.signing_key_env);
  }
  if (!key) {
    if (!o.checkpoint_file.empty()) {
      throw InvalidArgumentError(
          "checkpoint_file: checkpoints are signed only with a signing key (signing_key_file or signing_key_env)");
    }
    return nullptr;
  }
  if (!o.checkpoint_file.empty()) {
    // A path that cannot be appended to is a mistake to hear of now, not at
    // the first checkpoint.
    const int fd = ::open(o.checkpoint_file.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
      throw IoError("checkpoint_file: cannot append to \"" + o.checkpoint_file + "\": " + std::strerror(errno));
    }
    ::close(fd);
  }
  return std::make_shared<const audit::Signer>(*key);
}

// ---- signing ---------------------------------------------------------------------------

std::optional<AuditCheckpoint> PlatformCore::SignCheckpoint(bool force) {
  const std::shared_ptr<const audit::Signer> with = Signer();
  if (!with) return std::nullopt;
  // The write's own records tell the head; the last checkpoint this handle
  // knew of can only be older than the real one, so "not due" by it is not
  // due by the real one either (audit::CheckpointDue grows more due with an
  // older checkpoint): most writes then ask the database nothing more.
  Transaction& tx = Tx();
  if (!force && !tx.pending.empty() && known_key_introduced.load(std::memory_order_acquire) == with.get()) {
    const std::int64_t position = known_checkpoint_position.load(std::memory_order_acquire);
    const std::int64_t time = known_checkpoint_time.load(std::memory_order_acquire);
    storage::CheckpointRow known;
    known.position = position;
    known.time = time;
    if (position > 0 && !audit::CheckpointDue(tx.pending.back().position, known, NowSeconds(),
                                              {options.checkpoint_every_records, options.checkpoint_every_minutes})) {
      return std::nullopt;
    }
  }
  auto signed_now = SignCheckpointWith(*with, force);
  known_key_introduced.store(with.get(), std::memory_order_release);
  return signed_now;
}

void PlatformCore::KnowCheckpoint(std::int64_t position, std::int64_t time) {
  // Monotonic: a slower thread never moves the handle's knowledge back.
  std::int64_t p = known_checkpoint_position.load(std::memory_order_acquire);
  while (p < position && !known_checkpoint_position.compare_exchange_weak(p, position, std::memory_order_acq_rel)) {
  }
  std::int64_t t = known_checkpoint_time.load(std::memory_order_acquire);
  while (t < time && !known_checkpoint_time.compare_exchange_weak(t, time, std::memory_order_acq_rel)) {
  }
}

void PlatformCore::KeyIntroduced(const std::string& key_id) {
  S().SetMeta(IntroducedMeta(key_id), std::to_string(ParseAuditHead(S().GetMeta(kMetaAuditHead)).count));
}

std::optional<AuditCheckpoint> PlatformCore::SignCheckpointWith(const audit::Signer& with, bool force) {
  storage::Storage& s = S();
  const SigningKey& key = with.key();
  // A key signs only once the trail has introduced it: a key the platform was
  // opened with enters at its first checkpoint, as the platform's own record.
  if (!s.GetMeta(IntroducedMeta(key.key_id))) {
    Audit(PlatformActor(), audit::kSigningKeyAction, audit::SigningKeyObject(key.key_id), "", key.key_id,
          audit::SigningKeyReason(key));
    KeyIntroduced(key.key_id);
    force = true;
  }
  const AuditHead head = ParseAuditHead(s.GetMeta(kMetaAuditHead));
  const std::optional<storage::CheckpointRow> last = s.LastCheckpoint();
  const std::int64_t now = NowSeconds();
  if (last) KnowCheckpoint(last->position, last->time);
  if (head.count == 0) return std::nullopt;
  if (last && last->position == head.count && last->key_id == key.key_id) return std::nullopt;  // signed already
  if (!force && !audit::CheckpointDue(head.count, last, now,
                                      {options.checkpoint_every_records, options.checkpoint_every_minutes})) {
    return std::nullopt;
  }
  AuditCheckpoint c;
  c.sequence = last ? last->sequence + 1 : 1;
  c.position = head.count;
  c.head_hash = head.hash;
  c.time = LocalDateTime::FromUnixSeconds(now);
  c.algorithm = key.algorithm;
  c.key_id = key.key_id;
  c.signature = with.Sign(audit::CheckpointMessage(c, audit_hash));
  s.AppendCheckpoint(audit::ToRow(c));
  Tx().checkpoints.push_back(c);  // known to the handle once committed (RunTransaction)
  return c;
}

// ---- the external file ----------------------------------------------------------------

void PlatformCore::AppendCheckpointFile(const std::vector<AuditCheckpoint>& signed_now) {
  const std::string& path = options.checkpoint_file;
  if (path.empty()) return;
  std::lock_guard<std::mutex> lock(checkpoint_file_mu);
  for (const auto& c : signed_now) checkpoint_file_backlog.push_back(c);
  if (checkpoint_file_backlog.empty()) return;
  std::string text;
  for (const auto& c : checkpoint_file_backlog) text += audit::CheckpointLine(c) + "\n";
  // The checkpoints stand in the database whatever happens here; what could
  // not be appended stays in the backlog for the next append (the file of a
  // node is a subset of the database's checkpoints, never a superset).
  const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return;
  bool ok = true;
  try {
    WriteAll(fd, text, path);
  } catch (const IoError&) {
    ok = false;
  }
  if (::fsync(fd) != 0) ok = false;
  ::close(fd);
  if (ok) checkpoint_file_backlog.clear();
}

std::vector<AuditCheckpoint> ReadCheckpointFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("cannot read the checkpoint file \"" + path + "\": " + std::strerror(errno));
  std::vector<AuditCheckpoint> out;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty()) continue;
    out.push_back(audit::ParseCheckpointLine(line, path + ":" + std::to_string(number)));
  }
  return out;
}

// ---- the timer -------------------------------------------------------------------------

struct PlatformCore::CheckpointTimer {
  std::mutex join_mu;  // two Closes at once join once
  std::mutex mu;
  std::condition_variable wake;
  bool stop = false;
  std::thread thread;
};

void PlatformCore::StartCheckpointTimer() {
  if (!Signer()) return;
  checkpoint_timer = std::make_shared<CheckpointTimer>();
  // Looks once a minute (or each `every_minutes`, when shorter is asked of
  // nothing): an idle trail's last records are signed within
  // checkpoint_every_minutes + 1 minute of the last checkpoint.
  const auto period = std::chrono::seconds(60);
  checkpoint_timer->thread = std::thread([this, period] {
    CheckpointTimer& t = *checkpoint_timer;
    std::unique_lock<std::mutex> lock(t.mu);
    while (!t.wake.wait_for(lock, period, [&] { return t.stop; })) {
      lock.unlock();
      try {
        // A read first: the write lock only when a checkpoint is due.
        const bool due = Read([&] {
          return audit::CheckpointDue(ParseAuditHead(S().GetMeta(kMetaAuditHead)).count, S().LastCheckpoint(),
                                      NowSeconds(),
                                      {options.checkpoint_every_records, options.checkpoint_every_minutes});
        });
        if (due) Write([&] { SignCheckpoint(false); });
      } catch (const std::exception&) {
        // Closed meanwhile, or the database busy: the next round tries again.
      }
      lock.lock();
    }
  });
}

void PlatformCore::StopCheckpointTimer() {
  if (!checkpoint_timer) return;
  {
    std::lock_guard<std::mutex> lock(checkpoint_timer->mu);
    checkpoint_timer->stop = true;
  }
  checkpoint_timer->wake.notify_all();
  std::lock_guard<std::mutex> joining(checkpoint_timer->join_mu);
  if (checkpoint_timer->thread.joinable()) checkpoint_timer->thread.join();
}

// ---- the operations ---------------------------------------------------------------------

AuditCheckpoint Platform::SignAuditCheckpoint(const std::string& actor) {
  PlatformCore& core = *impl_;
  core.RequireOpen();
  const std::shared_ptr<const audit::Signer> with = core.Signer();
  return RunWrite(core, actor, Permission{Action::kSignAuditCheckpoint, "", "audit_log"}, [&](Operation& op) {
    if (!with) {
      throw InvalidTransitionError(
          "the platform has no signing key: open it with signing_key_file or signing_key_env (docs/security.md)");
    }
    op.NoAuditRecord("a checkpoint signs the trail's head; it changes nothing the trail records");
    if (auto c = core.SignCheckpointWith(*with, true)) return *c;
    // Nothing written since the last checkpoint of this key: that one stands.
    auto last = core.S().LastCheckpoint();
    if (!last) throw InvalidTransitionError("the audit trail is empty: there is no head to sign");
    return audit::FromRow(*last);
  });
}

std::vector<AuditCheckpoint> Platform::AuditCheckpoints(const std::string& actor) const {
  return RunRead(*impl_, actor, Permission{Action::kReadAudit, "", "audit_log"}, [&](Operation&) {
    std::vector<AuditCheckpoint> out;
    impl_->S().ScanCheckpoints(0, [&](const storage::CheckpointRow& r) {
      out.push_back(audit::FromRow(r));
      return true;
    });
    return out;
  });
}

AuditCheckpoint Platform::RotateSigningKey(const std::string& actor, const SigningKey& new_key) {
  PlatformCore& core = *impl_;
  core.RequireOpen();
  if (new_key.private_key_pem.empty()) throw InvalidArgumentError("new_key: the private key is required");
  auto next = std::make_shared<const audit::Signer>(new_key);
  const std::shared_ptr<const audit::Signer> old = core.Signer();
  const AuditCheckpoint signed_new =
      RunWrite(core, actor, Permission{Action::kRotateSigningKey, "", "audit_log"}, [&](Operation& op) {
        if (!old) {
          throw InvalidTransitionError(
              "the platform has no signing key to rotate from: open it with the new key instead (its "
              "introduction is recorded in the trail, and the auditor must be given its public key)");
        }
        if (old->key().key_id == next->key().key_id) {
          throw InvalidArgumentError("new_key: it is the key the platform signs with already");
        }
        // The new key enters the trail by this actor; the old key signs that
        // record, vouching for the new one; the new key signs its first head.
        const SigningKey& key = next->key();
        op.Audit(audit::kSigningKeyAction, audit::SigningKeyObject(key.key_id), old->key().key_id, key.key_id,
                 audit::SigningKeyReason(key));
        core.KeyIntroduced(key.key_id);
        core.SignCheckpointWith(*old, true);
        return *core.SignCheckpointWith(*next, true);
      });
  core.SetSigner(std::move(next));
  return signed_new;
}

}  // namespace govshare
