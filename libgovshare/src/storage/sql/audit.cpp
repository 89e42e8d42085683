// The audit trail, security events and the platform's key-value meta.
#include <functional>
#include <string>
#include <vector>

#include "storage/sql/sql_storage.h"

#define kAuditColumns                                                                     \
  "SELECT position, time, user_id, department_code, action, object, before_digest, "     \
  "after_digest, reason, previous_hash, hash FROM audit_log"

namespace govshare::storage::sql {

namespace {

template <typename Stmt>
AuditRow ReadAudit(const Stmt& s) {
  AuditRow a;
  a.position = s.Int(0);
  a.time = s.Int(1);
  a.user_id = s.Text(2);
  a.department_code = s.Text(3);
  a.action = s.Text(4);
  a.object = s.Text(5);
  a.before_digest = s.Text(6);
  a.after_digest = s.Text(7);
  a.reason = s.Text(8);
  a.previous_hash = s.Text(9);
  a.hash = s.Text(10);
  return a;
}

}  // namespace

template <typename B>
std::optional<std::string> SqlStorage<B>::GetMeta(const std::string& key) {
  Stmt s(cache(), "SELECT value FROM platform_meta WHERE key = ?");
  s.Bind(1, key);
  if (!s.Step()) return std::nullopt;
  return s.Text(0);
}

template <typename B>
void SqlStorage<B>::SetMeta(const std::string& key, const std::string& value) {
  Stmt s(cache(), "INSERT INTO platform_meta(key, value) VALUES(?, ?) "
               "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
  s.Bind(1, key).Bind(2, value).Run();
}

template <typename B>
void SqlStorage<B>::AppendAudit(const AuditRow& a) {
  Stmt s(cache(), "INSERT INTO audit_log(position, time, user_id, department_code, action, object, "
               "before_digest, after_digest, reason, previous_hash, hash) "
               "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  s.Bind(1, a.position).Bind(2, a.time).Bind(3, a.user_id).Bind(4, a.department_code)
      .Bind(5, a.action).Bind(6, a.object).Bind(7, a.before_digest).Bind(8, a.after_digest)
      .Bind(9, a.reason).Bind(10, a.previous_hash).Bind(11, a.hash).Run();
}

template <typename B>
std::int64_t SqlStorage<B>::AuditEnd() {
  Stmt s(cache(), "SELECT max(position) FROM audit_log");
  return s.Step() && !s.IsNull(0) ? s.Int(0) : 0;
}

#define kCheckpointColumns \
  "SELECT sequence, position, head_hash, time, algorithm, key_id, signature FROM audit_checkpoints"

template <typename Stmt>
CheckpointRow ReadCheckpoint(const Stmt& s) {
  return CheckpointRow{s.Int(0), s.Int(1), s.Text(2), s.Int(3), s.Text(4), s.Text(5), s.Text(6)};
}

template <typename B>
void SqlStorage<B>::AppendCheckpoint(const CheckpointRow& c) {
  Stmt s(cache(), "INSERT INTO audit_checkpoints(sequence, position, head_hash, time, algorithm, key_id, signature) "
               "VALUES(?, ?, ?, ?, ?, ?, ?)");
  s.Bind(1, c.sequence).Bind(2, c.position).Bind(3, c.head_hash).Bind(4, c.time).Bind(5, c.algorithm)
      .Bind(6, c.key_id).Bind(7, c.signature).Run();
}

template <typename B>
std::optional<CheckpointRow> SqlStorage<B>::LastCheckpoint() {
  Stmt s(cache(), kCheckpointColumns " ORDER BY sequence DESC LIMIT 1");
  if (!s.Step()) return std::nullopt;
  return ReadCheckpoint(s);
}

template <typename B>
void SqlStorage<B>::ScanCheckpoints(std::int64_t from_sequence,
                                    const std::function<bool(const CheckpointRow&)>& fn) {
  Stmt s(cache(), kCheckpointColumns " WHERE sequence >= ? ORDER BY sequence");
  s.Bind(1, from_sequence);
  while (s.Step()) {
    if (!fn(ReadCheckpoint(s))) break;
  }
}

template <typename B>
void SqlStorage<B>::ScanAudit(std::int64_t from_position,
                              const std::function<bool(const AuditRow&)>& fn) {
  // In position order (in SQLite the position is the rowid); a record whose
  // position was changed by hand breaks the chain where it now sits.
  Stmt s(cache(), kAuditColumns " WHERE position >= ? ORDER BY position");
  s.Bind(1, from_position);
  while (s.Step()) {
    if (!fn(ReadAudit(s))) break;
  }
}

template <typename B>
void SqlStorage<B>::InsertSecurityEvent(const SecurityEventRow& e) {
  Stmt s(cache(), "INSERT INTO security_events(time, user_id, department_code, action, object, detail) "
               "VALUES(?, ?, ?, ?, ?, ?)");
  s.Bind(1, e.time).Bind(2, e.user_id).Bind(3, e.department_code).Bind(4, e.action)
      .Bind(5, e.object).Bind(6, e.detail).Run();
}

template <typename B>
std::vector<SecurityEventRow> SqlStorage<B>::ListSecurityEvents() {
  Stmt s(cache(), "SELECT id, time, user_id, department_code, action, object, detail "
               "FROM security_events ORDER BY id");
  std::vector<SecurityEventRow> out;
  while (s.Step()) {
    out.push_back(SecurityEventRow{s.Int(0), s.Int(1), s.Text(2), s.Text(3), s.Text(4), s.Text(5),
                                   s.Text(6)});
  }
  return out;
}

template class SqlStorage<sqlite::Backend>;
template class SqlStorage<postgres::Backend>;

}  // namespace govshare::storage::sql
