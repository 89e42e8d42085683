// The audit trail (A28): verification of the hash chain, the trail and its
// export, the security events of refused attempts.
#include "platform/operation.h"

namespace govshare {

AuditVerification VerifyAuditChain(PlatformCore& core) {
  return core.Read([&] {
    AuditVerification out;
    out.algorithm = core.audit_hash;
    std::string previous = core.Genesis();
    std::int64_t expected = 1;
    auto fail = [&](std::int64_t position, const std::string& problem) {
      out.intact = false;
      out.first_bad_position = position;
      out.problem = problem;
    };
    core.S().ScanAudit(0, [&](const AuditRow& r) {
      if (r.position != expected) {
        fail(expected, r.position > expected
                           ? "record " + std::to_string(expected) + " is missing (deleted)"
                           : "record at position " + std::to_string(r.position) + " is out of order or inserted");
        return false;
      }
      if (r.previous_hash != previous) {
        fail(r.position, "record " + std::to_string(r.position) + " does not link to its predecessor (inserted or reordered)");
        return false;
      }
      if (internal::HexDigest(core.audit_hash, PlatformCore::ChainInput(r)) != r.hash) {
        fail(r.position, "record " + std::to_string(r.position) + " was altered");
        return false;
      }
      previous = r.hash;
      ++out.records;
      ++expected;
      return true;
    });
    if (out.intact) {
      // The head kept beside the chain detects records cut off at the end.
      const AuditHead head = ParseAuditHead(core.S().GetMeta(kMetaAuditHead));
      if (head.count != out.records) {
        fail(out.records + 1, "the trail ends at record " + std::to_string(out.records) + " but " +
                                  std::to_string(head.count) + " were written (deleted at the end)");
      } else if (head.count > 0 && head.hash != previous) {
        fail(out.records, "the last record does not match the recorded head");
      }
    }
    return out;
  });
}

AuditVerification Platform::VerifyAudit(const std::string& actor) const {
  RunRead(*impl_, actor, Permission{Action::kReadAudit, "", "audit_log"}, [&](Operation&) {});
  return VerifyAuditChain(*impl_);
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
