// One transaction of a Platform handle (PlatformCore::RunTransaction): a
// connection leased from the handle's database for its duration, the
// thread's Transaction pinned beside it, a refusal recorded after the
// rollback, and — after a write commits — its changes handed to the
// indexes before the call returns (docs/threading.md).
#include "platform/impl.h"

namespace govshare {

void PlatformCore::RunTransaction(bool write, const std::function<void()>& body) {
  std::optional<Denied> denied;
  {
    storage::Database::Lease lease = write ? Db().Write() : Db().Read();
    Transaction tx;
    tx.core = this;
    tx.storage = &*lease;
    tx.write = write;
    tx.outer = current_transaction;
    current_transaction = &tx;
    struct Pop {
      Transaction* outer;
      ~Pop() { current_transaction = outer; }
    } pop{tx.outer};
    storage::Storage& s = *lease;
    if (write) {
      s.Begin();
    } else {
      s.BeginRead();
    }
    try {
      body();
      // A28: the head signed when a checkpoint is due, in the write that made it due.
      if (write && !tx.pending.empty()) SignCheckpoint(false);
      // Other nodes' indexes hear of a change when it commits.
      if (write && !tx.pending.empty()) s.AnnounceChange();
      s.Commit();
    } catch (Denied& d) {
      s.Rollback();
      denied = std::move(d);
    } catch (...) {
      s.Rollback();
      throw;
    }
    if (write) {
      Committed(tx);
      for (const auto& c : tx.checkpoints) KnowCheckpoint(c.position, c.time.ToUnixSeconds());
      if (!tx.checkpoints.empty()) AppendCheckpointFile(tx.checkpoints);
    }
  }
  if (denied) RecordDenied(*denied);
  if (write) IndexesTakeWrite();
}

void PlatformCore::Committed(Transaction& tx) {
  std::lock_guard<std::mutex> lock(changes_mu);
  for (auto& c : tx.pending) committed_changes.push_back(std::move(c));
  tx.pending.clear();
  while (committed_changes.size() > kCommittedChangesKept) committed_changes.pop_front();
  write_generation.fetch_add(1, std::memory_order_acq_rel);
}

void PlatformCore::IndexesTakeWrite() {
  const std::int64_t generation = write_generation.load(std::memory_order_acquire);
  try {
    DecisionIndexTakeWrite(*this);
    SearchIndexTakeWrite(*this);
  } catch (const std::exception&) {
    // The write stands; an index that could not follow (the platform closed
    // meanwhile, a busy file) catches up at its next lookup instead.
  }
  std::int64_t settled = settled_generation.load(std::memory_order_relaxed);
  while (settled < generation &&
         !settled_generation.compare_exchange_weak(settled, generation, std::memory_order_acq_rel)) {
  }
}

}  // namespace govshare
