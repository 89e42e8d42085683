// Internal: the usage log of a Platform handle on its way to the store
// (usage_writer.cpp). Every decision and comparison becomes a line (A28).
//
// A deciding thread only appends the line's raw fields to a buffer of its
// own (one resize and a few copies; its mutex is uncontended but for the
// writer's sweep), so decisions on many threads touch no common memory. When
// a thread's buffer holds usage_log_batch lines it hands them to the handle's
// writer through a lock-free queue (Boost.Lockfree) and goes on in a buffer
// the writer emptied before (recycled with its capacity: a fresh buffer per
// batch cost the deciding thread more in malloc than its lines); the writer
// thread also sweeps every
// thread's buffer at least every usage_log_flush_ms. It formats the lines and
// writes each round in one transaction on the platform's write path. Flush
// (FlushUsageLog, the usage-log query, Compare) and Close write everything
// added before them, on the calling thread. A crash loses at most the lines of
// the last flush interval: normally no more than usage_log_batch per thread
// plus the queued batches; when the writer has fallen behind by the whole
// queue, a thread keeps up to 4 × usage_log_batch before it waits for room.
// docs/access.md, docs/threading.md.
#ifndef GOVSHARE_SRC_ACCESS_USAGE_WRITER_H_
#define GOVSHARE_SRC_ACCESS_USAGE_WRITER_H_

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <boost/lockfree/queue.hpp>

#include "platform/impl.h"

namespace govshare::access_detail {

// Lines as the deciding threads leave them: each line's raw fields appended
// to a byte string (lengths and values, no allocation per line once the
// buffer has grown), decoded and formatted by the writer (usage_writer.cpp).
struct UsageBatch {
  std::string bytes;
  std::size_t lines = 0;
};

class UsageLog {
 public:
  explicit UsageLog(PlatformCore& p);
  ~UsageLog();
  UsageLog(const UsageLog&) = delete;
  UsageLog& operator=(const UsageLog&) = delete;

  // Adds the line of decision `d` (`kind`: "decide" or "compare";
  // `outcome`: "allowed", "refused: <rule>", or a comparison's outcome).
  // Any thread. The storage error once the log is closed.
  void Add(const AccessDecision& d, std::string_view kind, std::string_view outcome);
  // Writes every line added before the call; rethrows a failed write (the
  // lines are kept for the next attempt).
  void Flush();
  // Stops the writer thread and writes the rest. Idempotent.
  void Close();

 private:
  struct ThreadBuffer {
    std::mutex mu;
    UsageBatch lines;              // under mu
    bool orphaned = false;         // its thread has ended (under mu)
    bool log_closed = false;       // the log has closed (under mu)
  };
  using Batch = UsageBatch;

  ThreadBuffer& BufferOfThisThread();
  // Empties `batch` and keeps it (with its capacity) for a thread's next
  // hand-off, or frees it when kRecycled are kept already.
  void Recycle(Batch* batch);
  void Run();
  // Writes the queued batches, a few per transaction (the write path is free
  // between them, and the queue drains at the rate the store takes lines),
  // then — when `sweep` — every thread's buffer; holding write_mu_.
  void WriteOut(bool sweep);
  // Writes `rows` (after what failed before) in transactions of at most
  // rows_per_transaction_; a failure keeps the rest for the next attempt.
  void WriteRows(std::vector<storage::UsageRow>& rows);
  // Takes up to `most` queued batches, in queue order, onto `out`; how many.
  std::size_t PopQueued(std::vector<Batch*>& out, std::size_t most);
  // Appends the lines of `batches` to `rows` and recycles the batches.
  void DecodeAll(std::vector<Batch*>& batches, std::vector<storage::UsageRow>& rows);

  PlatformCore& p_;
  const std::uint64_t id_;  // tells this log's buffers from others' in a thread
  const std::size_t batch_;
  const std::size_t rows_per_transaction_;
  std::atomic<bool> closed_{false};

  std::mutex registry_mu_;
  std::vector<std::shared_ptr<ThreadBuffer>> buffers_;  // under registry_mu_

  static constexpr std::size_t kQueued = 64;  // batches the hand-off queue holds
  boost::lockfree::queue<Batch*, boost::lockfree::capacity<kQueued>> handed_off_;
  static constexpr std::size_t kRecycled = 16;  // emptied batches kept for reuse
  boost::lockfree::queue<Batch*, boost::lockfree::capacity<kRecycled>> recycled_;
  std::atomic<std::size_t> queued_{0};  // batches in handed_off_ (moved once per batch)
  std::condition_variable room_;        // (with wake_mu_) the writer took batches off the queue

  std::mutex write_mu_;  // one WriteOut at a time: lines reach the store in order
  std::vector<storage::UsageRow> retry_;  // under write_mu_
  std::string error_;                     // under write_mu_: the last failed write, until reported

  std::mutex wake_mu_;
  std::condition_variable wake_;
  bool wake_pending_ = false;  // under wake_mu_
  bool stop_ = false;          // under wake_mu_
  std::thread writer_;

  friend struct UsageThreadBuffers;
};

}  // namespace govshare::access_detail

#endif  // GOVSHARE_SRC_ACCESS_USAGE_WRITER_H_
