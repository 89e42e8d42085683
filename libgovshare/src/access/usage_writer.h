// Internal: the usage log of a Platform handle on its way to the store
// (usage_writer.cpp). Every decision and comparison becomes a line (A28);
// lines are buffered and written in batches — on a file platform by a
// writer thread with its own connection, so a decision only appends to a
// buffer; on an in-memory platform inline. docs/access.md.
#ifndef GOVSHARE_SRC_ACCESS_USAGE_WRITER_H_
#define GOVSHARE_SRC_ACCESS_USAGE_WRITER_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "platform/impl.h"

namespace govshare::access_detail {

// Writes usage batches on its own connection and thread, so a decision only
// appends to a buffer (file platforms; an in-memory platform writes inline).
class UsageWriter {
 public:
  explicit UsageWriter(const PlatformOptions& options);
  ~UsageWriter();
  UsageWriter(const UsageWriter&) = delete;
  UsageWriter& operator=(const UsageWriter&) = delete;
  // Queues a batch; waits while kMaxQueued batches are pending (the log
  // never falls behind by more than that, and memory stays bounded).
  void Submit(std::vector<storage::UsageRow> batch);
  // Waits until every submitted batch is written; rethrows a write error.
  void Drain();

 private:
  void Run();

  static constexpr size_t kMaxQueued = 4;
  std::unique_ptr<storage::Storage> db_;
  std::mutex mu_;
  std::condition_variable cv_, idle_cv_;
  std::deque<std::vector<storage::UsageRow>> queue_;
  bool stop_ = false;
  bool busy_ = false;
  std::string error_;
  std::thread thread_;
};

// The handle's buffered usage lines and, once a file platform has a batch
// to write, its writer. Used by the handle's thread only.
class UsageBuffer {
 public:
  // Buffers the line of decision `d` (`kind`: "decide" or "compare";
  // `outcome`: "allowed", "refused: <rule>", or a comparison's outcome).
  void Add(const AccessDecision& d, const char* kind, const std::string& outcome);
  std::size_t size() const { return pending_.size(); }
  // Hands the buffered lines to the writer (file platforms) or writes them
  // (in memory); `wait`: until they are in the file. An in-memory write is
  // the index's own: `cursor` stays current (IndexCursor::OwnWrite).
  void Submit(PlatformCore& p, IndexCursor& cursor, bool wait);
  // Submit(wait), then stops the writer — also when the write failed.
  void Close(PlatformCore& p, IndexCursor& cursor);

 private:
  void Flush(PlatformCore& p, IndexCursor& cursor);

  std::vector<storage::UsageRow> pending_;
  std::unique_ptr<UsageWriter> writer_;  // file platforms
};

}  // namespace govshare::access_detail

#endif  // GOVSHARE_SRC_ACCESS_USAGE_WRITER_H_
