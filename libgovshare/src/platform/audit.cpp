// The audit trail (A28): verification of the hash chain, the trail and its
// export, the security events of refused attempts.
#include "platform/operation.h"

namespace govshare {

AuditVerification VerifyAuditChain(PlatformCore& core, const AuditVerifyOptions& options) {
  // What the verifier brings from outside: the keys and the file.
  std::vector<SigningKey> trusted;
  for (std::size_t i = 0; i < options.trusted_public_keys.size(); ++i) {
    trusted.push_back(ParsePublicKey(options.trusted_public_keys[i],
                                     "trusted_public_keys[" + std::to_string(i) + "]"));
  }
  const std::vector<AuditCheckpoint> file =
      options.checkpoint_file.empty() ? std::vector<AuditCheckpoint>{} : ReadCheckpointFile(options.checkpoint_file);
  return core.Read([&] {
    std::vector<AuditCheckpoint> checkpoints;
    core.S().ScanCheckpoints(0, [&](const storage::CheckpointRow& c) {
      checkpoints.push_back(audit::FromRow(c));
      return true;
    });
    audit::ChainCheck check(core.audit_hash, std::move(checkpoints), file, trusted);
    core.S().ScanAudit(0, [&](const AuditRow& r) { return check.Add(r); });
    const AuditHead head = ParseAuditHead(core.S().GetMeta(kMetaAuditHead));
    return check.Finish(head.count, head.hash);
  });
}

AuditVerification Platform::VerifyAudit(const std::string& actor) const {
  return VerifyAudit(actor, AuditVerifyOptions{});
}

AuditVerification Platform::VerifyAudit(const std::string& actor, const AuditVerifyOptions& options) const {
  RunRead(*impl_, actor, Permission{Action::kReadAudit, "", "audit_log"}, [&](Operation&) {});
  return VerifyAuditChain(*impl_, options);
}

std::vector<AuditRecord> Platform::AuditTrail(const std::string& actor, std::int64_t from_position, int limit) const {
  return RunRead(*impl_, actor, Permission{Action::kReadAudit, "", "audit_log"}, [&](Operation&) {
    std::vector<AuditRecord> out;
    impl_->S().ScanAudit(from_position, [&](const AuditRow& r) {
      if (limit >= 0 && static_cast<int>(out.size()) >= limit) return false;
      out.push_back(AuditRecord{r.position, LocalDateTime::FromUnixSeconds(r.time), r.user_id, r.department_code,
                                r.action, r.object, r.before_digest, r.after_digest, r.reason, r.previous_hash, r.hash});
      return true;
    });
    return out;
  });
}

std::string Platform::ExportAudit(const std::string& actor) const {
  const auto records = AuditTrail(actor, 0, -1);
  std::string out;
  for (const auto& r : records) {
    ojson j;
    j["position"] = r.position;
    j["time"] = r.time.ToIso();
    j["user_id"] = r.user_id;
    j["department_code"] = r.department_code;
    j["action"] = r.action;
    j["object"] = r.object;
    j["before_digest"] = r.before_digest;
    j["after_digest"] = r.after_digest;
    j["reason"] = r.reason;
    j["previous_hash"] = r.previous_hash;
    j["hash"] = r.hash;
    out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }
  return out;
}

std::vector<SecurityEvent> Platform::SecurityEvents(const std::string& actor) const {
  return RunRead(*impl_, actor, Permission{Action::kReadAudit, "", "security_events"}, [&](Operation&) {
    std::vector<SecurityEvent> out;
    for (const auto& e : impl_->S().ListSecurityEvents()) {
      Action action = Action::kReadCatalog;
      for (Action x : AllActions())
        if (ToString(x) == e.action) action = x;
      out.push_back(SecurityEvent{e.id, LocalDateTime::FromUnixSeconds(e.time), e.user_id, e.department_code,
                                  action, e.object, e.detail});
    }
    return out;
  });
}

}  // namespace govshare
