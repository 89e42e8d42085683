// The platform handle: opening and closing, the clock, the base calendar and
// the domain facades. The operations live with their domains
// (docs/architecture.md).
#include "platform/impl.h"

namespace govshare {

std::string ToString(Durability value) { return value == Durability::kNormal ? "normal" : "full"; }

// ---- the domain facades: each shares the handle's state -------------------------------

CatalogService::CatalogService(std::shared_ptr<PlatformCore> core) : impl_(std::move(core)) {}
SharingService::SharingService(std::shared_ptr<PlatformCore> core) : impl_(std::move(core)) {}
AccessService::AccessService(std::shared_ptr<PlatformCore> core) : impl_(std::move(core)) {}
SupervisionService::SupervisionService(std::shared_ptr<PlatformCore> core) : impl_(std::move(core)) {}

CatalogService Platform::catalog() const { return CatalogService(impl_); }
SharingService Platform::sharing() const { return SharingService(impl_); }
AccessService Platform::access() const { return AccessService(impl_); }
SupervisionService Platform::supervision() const { return SupervisionService(impl_); }

// ---- construction ----------------------------------------------------------------------

Platform::Platform(std::shared_ptr<PlatformCore> core) : impl_(std::move(core)) {}
Platform::~Platform() {
  try {
    Close();
  } catch (...) {
    // A destructor does not throw; Close() reports a failed final write.
  }
}

std::shared_ptr<Platform> Platform::Open(const PlatformOptions& options) {
  if (options.busy_timeout_ms < 0) throw InvalidArgumentError("busy_timeout_ms must be >= 0");
  if (options.simulated_time && !options.simulated_time->IsValid()) {
    throw InvalidArgumentError("simulated_time is not a valid date-time");
  }
  auto impl = std::make_shared<PlatformCore>();
  impl->options = options;
  impl->db = storage::OpenSqliteStorage(options);
  if (options.simulated_time) impl->simulated_now = options.simulated_time->ToUnixSeconds();
  // The audit hash is fixed when the platform is created.
  auto hash = impl->db->GetMeta(kMetaAuditHash);
  if (!hash) {
    impl->db->Begin();
    impl->db->SetMeta(kMetaAuditHash, ToString(options.audit_hash));
    impl->db->Commit();
    impl->audit_hash = options.audit_hash;
  } else {
    impl->audit_hash = *hash == "sm3" ? HashAlgorithm::kSm3 : HashAlgorithm::kSha256;
  }
  EnsureSearchDocuments(*impl);
  return std::shared_ptr<Platform>(new Platform(std::move(impl)));
}

void Platform::Close() {
  if (!impl_->db) return;
  // The usage log's last lines first; the database closes even if they fail.
  struct Closer {
    PlatformCore* impl;
    ~Closer() {
      impl->db->Close();
      impl->db.reset();
    }
  } closer{impl_.get()};
  CloseAccess(*impl_);
}
bool Platform::is_open() const { return impl_->db != nullptr; }
int Platform::schema_version() const { return impl_->S().SchemaVersion(); }
int Platform::CurrentSchemaVersion() { return storage::LatestSchemaVersion(); }

LocalDateTime Platform::Now() const { return impl_->Now(); }

void Platform::SetTime(const LocalDateTime& time) {
  if (!impl_->simulated_now) throw InvalidArgumentError("the platform runs on the system clock");
  const std::int64_t t = time.ToUnixSeconds();
  if (t < *impl_->simulated_now) {
    throw InvalidArgumentError("the simulated clock cannot move backwards (now " + Now().ToIso() + ")");
  }
  impl_->simulated_now = t;
}

void Platform::AdvanceTime(std::int64_t seconds) {
  if (!impl_->simulated_now) throw InvalidArgumentError("the platform runs on the system clock");
  if (seconds < 0) throw InvalidArgumentError("the simulated clock cannot move backwards");
  SetTime(LocalDateTime::FromUnixSeconds(*impl_->simulated_now + seconds));
}

std::shared_ptr<WorkdayCalendar> Platform::calendar() const {
  // With the years the bureau loaded (by any handle); a closed platform keeps
  // the calendar it had.
  if (impl_->db) impl_->Read([&] { impl_->Cal(); });
  return impl_->calendar;
}
void Platform::SetCalendar(const std::shared_ptr<WorkdayCalendar>& calendar) {
  if (!calendar) throw InvalidArgumentError("calendar is required");
  impl_->base_calendar = calendar;
  impl_->calendar = calendar;
  impl_->calendar_stamp.reset();  // recompose with the stored years at next use
}

}  // namespace govshare
