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
  if (options.read_connections < 1) throw InvalidArgumentError("read_connections must be >= 1");
  if (options.usage_log_flush_ms < 1) throw InvalidArgumentError("usage_log_flush_ms must be >= 1");
  if (options.decision_valid_seconds < 1) throw InvalidArgumentError("decision_valid_seconds must be >= 1");
  if (options.simulated_time && !options.simulated_time->IsValid()) {
    throw InvalidArgumentError("simulated_time is not a valid date-time");
  }
  // The keys before the database: a bad key changes nothing.
  std::shared_ptr<const audit::Signer> signer = LoadSigner(options);
  std::string pseudonym_key = LoadPseudonymKey(options);
  auto impl = std::make_shared<PlatformCore>();
  impl->options = options;
  impl->SetSigner(std::move(signer));
  impl->pseudonym_key = std::move(pseudonym_key);
  impl->db = storage::OpenDatabase(options);
  impl->db->Listen([core = impl.get()] { core->remote_generation.fetch_add(1, std::memory_order_acq_rel); });
  impl->access = NewAccessState(*impl);
  impl->search = NewSearchState();
  impl->open.store(true, std::memory_order_release);
  // The audit hash is fixed when the platform is created, and so is the
  // clock: a platform created on a simulated clock remembers it, and runs on
  // it when opened without one (a tool inspecting a simulated city).
  std::optional<std::int64_t> remembered;
  const auto hash = impl->Write([&] {
    auto stored = impl->S().GetMeta(kMetaAuditHash);
    if (!stored) {
      impl->S().SetMeta(kMetaAuditHash, ToString(options.audit_hash));
      if (options.simulated_time) {
        impl->S().SetMeta(kMetaSimulatedClock, std::to_string(options.simulated_time->ToUnixSeconds()));
      }
    }
    remembered = ParseSimulatedClock(impl->S().GetMeta(kMetaSimulatedClock));
    return stored;
  });
  impl->remembers_clock = remembered.has_value();
  if (options.simulated_time || remembered) {
    impl->simulated = true;
    impl->simulated_now.store(options.simulated_time ? options.simulated_time->ToUnixSeconds() : *remembered);
  }
  impl->audit_hash = !hash ? options.audit_hash : *hash == "sm3" ? HashAlgorithm::kSm3 : HashAlgorithm::kSha256;
  EnsureSearchDocuments(*impl);
  impl->StartCheckpointTimer();
  return std::shared_ptr<Platform>(new Platform(std::move(impl)));
}

void Platform::Close() {
  // A clean close leaves the whole trail signed (A28): the timer stops, the
  // head is signed if records came after the last checkpoint.
  if (impl_->open.load(std::memory_order_acquire)) impl_->RememberClock();
  if (impl_->open.load(std::memory_order_acquire) && impl_->Signer()) {
    impl_->StopCheckpointTimer();
    try {
      impl_->Write([&] { impl_->SignCheckpoint(true); });
    } catch (const std::exception&) {
      // Closed by another thread meanwhile, or the database unusable: the
      // checkpoints signed so far stand.
    }
  }
  // The first Close closes; calls already running finish first (the
  // database waits for their leases), later ones are the storage error.
  if (!impl_->open.exchange(false, std::memory_order_acq_rel)) return;
  impl_->StopCheckpointTimer();
  // The usage log's last lines first; the database closes even if they fail.
  struct Closer {
    PlatformCore* impl;
    ~Closer() { impl->db->Close(); }
  } closer{impl_.get()};
  CloseAccess(*impl_);
}
bool Platform::is_open() const { return impl_->open.load(std::memory_order_acquire); }
int Platform::schema_version() const {
  return impl_->Read([&] { return impl_->S().SchemaVersion(); });
}
int Platform::CurrentSchemaVersion() { return storage::LatestSchemaVersion(); }

LocalDateTime Platform::Now() const { return impl_->Now(); }
bool Platform::simulated_clock() const { return impl_->simulated; }

void Platform::SetTime(const LocalDateTime& time) {
  if (!impl_->simulated) throw InvalidArgumentError("the platform runs on the system clock");
  const std::int64_t t = time.ToUnixSeconds();
  std::int64_t now = impl_->simulated_now.load(std::memory_order_acquire);
  do {
    if (t < now) {
      throw InvalidArgumentError("the simulated clock cannot move backwards (now " +
                                 LocalDateTime::FromUnixSeconds(now).ToIso() + ")");
    }
  } while (!impl_->simulated_now.compare_exchange_weak(now, t, std::memory_order_acq_rel));
  impl_->RememberClock();
}

void PlatformCore::RememberClock() {
  if (!remembers_clock || !open.load(std::memory_order_acquire)) return;
  try {
    Write([&] {
      const std::int64_t now = simulated_now.load(std::memory_order_acquire);
      const auto stored = ParseSimulatedClock(S().GetMeta(kMetaSimulatedClock));
      if (!stored || *stored < now) S().SetMeta(kMetaSimulatedClock, std::to_string(now));
    });
  } catch (const StorageError&) {
    // Closed by another thread meanwhile, or read-only: the clock is
    // remembered at the next move or Close.
  }
}

void Platform::AdvanceTime(std::int64_t seconds) {
  if (!impl_->simulated) throw InvalidArgumentError("the platform runs on the system clock");
  if (seconds < 0) throw InvalidArgumentError("the simulated clock cannot move backwards");
  impl_->simulated_now.fetch_add(seconds, std::memory_order_acq_rel);
  impl_->RememberClock();
}

std::shared_ptr<WorkdayCalendar> Platform::calendar() const {
  // With the years the bureau loaded (by any handle or process). A copy: the
  // platform's own is shared by its threads and never changes in place. A
  // closed platform gives the calendar it had.
  std::shared_ptr<const WorkdayCalendar> current;
  if (impl_->open.load(std::memory_order_acquire)) {
    try {
      impl_->Read([&] {
        impl_->Cal();
        current = impl_->Tx().calendar;
      });
    } catch (const StorageError&) {
      current.reset();  // closed meanwhile
    }
  }
  if (!current) {
    std::lock_guard<std::mutex> lock(impl_->cache_mu);
    current = impl_->calendar;
  }
  return current->Clone();
}
void Platform::SetCalendar(const std::shared_ptr<WorkdayCalendar>& calendar) {
  if (!calendar) throw InvalidArgumentError("calendar is required");
  // A copy: later changes to the caller's calendar do not reach the platform.
  std::shared_ptr<const WorkdayCalendar> copy = calendar->Clone();
  std::lock_guard<std::mutex> lock(impl_->cache_mu);
  impl_->base_calendar = copy;
  impl_->calendar = copy;
  impl_->calendar_stamp.reset();  // recompose with the stored years at next use
}

}  // namespace govshare
