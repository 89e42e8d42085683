// Internal: the usage log of a Platform handle on its way to the store
// (usage_writer.cpp). Every decision and comparison becomes a line (A28).
//
// A deciding thread only appends the line's raw fields to a buffer of its
// own (its mutex is uncontended but for the writer's sweep), so decisions on
// many threads touch no common memory. When a thread's buffer holds
// usage_log_batch lines it hands them to the handle's writer through a
// lock-free queue (Boost.Lockfree); the writer thread also sweeps every
// thread's buffer at least every usage_log_flush_ms. It formats the lines and
// writes each round in one transaction on the platform's write path. Flush
// (FlushUsageLog, the usage-log query, Compare) and Close write everything
// added before them, on the calling thread. A crash loses at most the lines of
// the last flush interval: normally no more than usage_log_batch per thread
// plus the queued batches; when the writer has fallen behind by the whole
// queue, a thread keeps up to 4 × usage_log_batch before it writes them
// itself. docs/access.md, docs/threading.md.
#ifndef GOVSHARE_SRC_ACCESS_USAGE_WRITER_H_
#define GOVSHARE_SRC_ACCESS_USAGE_WRITER_H_

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <boost/lockfree/queue.hpp>

#include "platform/impl.h"

namespace govshare::access_detail {

// A line as the deciding thread leaves it (formatted by the writer).
struct UsageLine {
  std::int64_t time = 0;
  std::string user_id, consumer_code;
  std::int64_t entry_id = 0;
  std::int64_t authorization_id = 0;
  const char* kind = "";  // "decide" or "compare" (static)
  std::vector<std::string> items;
  ShareMethod method = ShareMethod::kApi;
  std::string purpose;
  bool allowed = false;
  std::string outcome;
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
  void Add(const AccessDecision& d, const char* kind, std::string outcome);
  // Writes every line added before the call; rethrows a failed write (the
  // lines are kept for the next attempt).
  void Flush();
  // Stops the writer thread and writes the rest. Idempotent.
  void Close();

 private:
  struct ThreadBuffer {
    std::mutex mu;
    std::vector<UsageLine> lines;  // under mu
    bool orphaned = false;         // its thread has ended (under mu)
    bool log_closed = false;       // the log has closed (under mu)
  };
  using Batch = std::vector<UsageLine>;

  ThreadBuffer& BufferOfThisThread();
  void HandOff(Batch&& batch);
  void Run();
  // Collects the queued batches and (when `sweep`) every thread's buffer,
  // and writes them with what failed before; holding write_mu_.
  void WriteOut(bool sweep);

  PlatformCore& p_;
  const std::uint64_t id_;  // tells this log's buffers from others' in a thread
  const std::size_t batch_;
  std::atomic<bool> closed_{false};

  std::mutex registry_mu_;
  std::vector<std::shared_ptr<ThreadBuffer>> buffers_;  // under registry_mu_

  boost::lockfree::queue<Batch*, boost::lockfree::capacity<64>> handed_off_;

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
