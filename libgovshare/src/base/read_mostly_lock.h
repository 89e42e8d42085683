// Internal: a reader-writer lock for read-mostly in-memory indexes (the
// decision index, the search index), shared by every thread of a Platform
// handle. Readers never contend with each other: each thread counts itself
// in on its own cache line (a slot picked once per thread), so two threads
// deciding in parallel touch no common memory but the writer flag, which
// they only read. A writer raises the flag, then waits for every slot to
// drain; readers arriving meanwhile step back until it is done. Writers are
// rare and short (an index applying the changes of one commit, prepared
// beforehand), so readers spin-yield rather than sleep.
//
// Not reentrant: a thread holding the shared side must not take the
// exclusive side (it would wait for itself).
#ifndef GOVSHARE_SRC_BASE_READ_MOSTLY_LOCK_H_
#define GOVSHARE_SRC_BASE_READ_MOSTLY_LOCK_H_

#include <atomic>
#include <cstddef>
#include <mutex>
#include <thread>

namespace govshare::internal {

class ReadMostlyLock {
 public:
  ReadMostlyLock() = default;
  ReadMostlyLock(const ReadMostlyLock&) = delete;
  ReadMostlyLock& operator=(const ReadMostlyLock&) = delete;

  // The shared side (std::shared_lock works with it).
  void lock_shared() {
    std::atomic<int>& count = slots_[ThreadSlot()].readers;
    for (;;) {
      // Dekker: count in, then look for a writer; the writer raises its flag,
      // then looks at the counts. Sequentially consistent on both sides, so
      // at least one of the two sees the other.
      count.fetch_add(1, std::memory_order_seq_cst);
      if (!writer_.load(std::memory_order_seq_cst)) return;
      count.fetch_sub(1, std::memory_order_release);
      while (writer_.load(std::memory_order_acquire)) std::this_thread::yield();
    }
  }
  void unlock_shared() { slots_[ThreadSlot()].readers.fetch_sub(1, std::memory_order_release); }

  // The exclusive side (std::unique_lock / std::lock_guard work with it).
  void lock() {
    writers_.lock();
    writer_.store(true, std::memory_order_seq_cst);
    for (auto& s : slots_) {
      while (s.readers.load(std::memory_order_seq_cst) != 0) std::this_thread::yield();
    }
  }
  void unlock() {
    writer_.store(false, std::memory_order_release);
    writers_.unlock();
  }

 private:
  static constexpr std::size_t kSlots = 32;
  struct alignas(64) Slot {
    std::atomic<int> readers{0};
  };
  // The calling thread's slot, assigned round-robin on its first use: the
  // first kSlots threads get one each; later ones share (still correct).
  static std::size_t ThreadSlot() {
    static std::atomic<std::size_t> next{0};
    thread_local const std::size_t slot = next.fetch_add(1, std::memory_order_relaxed) % kSlots;
    return slot;
  }

  Slot slots_[kSlots];
  alignas(64) std::atomic<bool> writer_{false};
  std::mutex writers_;
};

}  // namespace govshare::internal

#endif  // GOVSHARE_SRC_BASE_READ_MOSTLY_LOCK_H_
