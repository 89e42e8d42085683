// The usage log on its way to the store: the handle's buffer and the
// batched writer thread (usage_writer.h).
#include "access/usage_writer.h"

#include <algorithm>
#include <chrono>

#include <nlohmann/json.hpp>

#include "base/text.h"

namespace govshare::access_detail {
namespace {

using json = nlohmann::json;
using storage::UsageRow;

// Appends `text` as a JSON string (the usage log's item list); invalid UTF-8
// (a caller's bad item name) is replaced by U+FFFD.
void AppendJsonString(std::string& out, const std::string& text) {
  if (!internal::IsValidUtf8(text)) {
    out += json(text).dump(-1, ' ', false, json::error_handler_t::replace);
    return;
  }
  out += '"';
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c < 0x20) {
      static const char kHex[] = "0123456789abcdef";
      out += "\\u00";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += ch;
    }
  }
  out += '"';
}

// The line as stored.
UsageRow Format(UsageLine&& l) {
  UsageRow u;
  u.time = l.time;
  u.user_id = std::move(l.user_id);
  u.consumer_code = std::move(l.consumer_code);
  u.entry_id = l.entry_id;
  u.authorization_id = l.authorization_id;
  u.kind = l.kind;
  // Item names are JSON strings already (valid UTF-8 from the index or the
  // caller); escape only what JSON requires.
  u.items = "[";
  for (size_t i = 0; i < l.items.size(); ++i) {
    if (i) u.items += ',';
    AppendJsonString(u.items, l.items[i]);
  }
  u.items += ']';
  u.method = ToString(l.method);
  u.purpose = std::move(l.purpose);
  u.allowed = l.allowed;
  u.outcome = std::move(l.outcome);
  return u;
}

std::atomic<std::uint64_t> next_log_id{1};

}  // namespace

// The buffers this thread holds, one per usage log it added to; when the
// thread ends they are marked orphaned, and the writer drops them once empty.
struct UsageThreadBuffers {
  std::vector<std::pair<std::uint64_t, std::shared_ptr<UsageLog::ThreadBuffer>>> held;
  ~UsageThreadBuffers() {
    for (auto& h : held) {
      std::lock_guard<std::mutex> lock(h.second->mu);
      h.second->orphaned = true;
    }
  }
};

namespace {
thread_local UsageThreadBuffers this_thread_buffers;
}  // namespace

UsageLog::UsageLog(PlatformCore& p)
    : p_(p),
      id_(next_log_id.fetch_add(1, std::memory_order_relaxed)),
      batch_(static_cast<std::size_t>(std::max(1, p.options.usage_log_batch))) {
  writer_ = std::thread([this] { Run(); });
}

UsageLog::~UsageLog() {
  try {
    Close();
  } catch (...) {
    // Close() reports a failed final write; a destructor does not throw.
  }
}

UsageLog::ThreadBuffer& UsageLog::BufferOfThisThread() {
  auto& held = this_thread_buffers.held;
  for (auto& h : held)
    if (h.first == id_) return *h.second;
  // First use on this thread: forget the buffers of closed logs.
  held.erase(std::remove_if(held.begin(), held.end(),
                            [](const auto& h) {
                              std::lock_guard<std::mutex> lock(h.second->mu);
                              return h.second->log_closed;
                            }),
             held.end());
  auto buffer = std::make_shared<ThreadBuffer>();
  buffer->lines.reserve(std::min<std::size_t>(batch_, 1024));
  {
    std::lock_guard<std::mutex> lock(registry_mu_);
    if (closed_.load(std::memory_order_acquire)) throw StorageError("the platform is closed");
    buffers_.push_back(buffer);
  }
  held.emplace_back(id_, buffer);
  return *buffer;
}

void UsageLog::Add(const AccessDecision& d, const char* kind, std::string outcome) {
  ThreadBuffer& b = BufferOfThisThread();
  bool wake = false, flush = false;
  {
    std::lock_guard<std::mutex> lock(b.mu);
    if (closed_.load(std::memory_order_acquire)) throw StorageError("the platform is closed");
    UsageLine& l = b.lines.emplace_back();
    l.time = d.time.ToUnixSeconds();
    l.user_id = d.user_id;
    l.consumer_code = d.consumer_code;
    l.entry_id = d.entry_id;
    l.authorization_id = d.authorization_id;
    l.kind = kind;
    l.items.reserve(d.items.size());
    for (const auto& i : d.items) l.items.push_back(i.item);
    l.method = d.method;
    l.purpose = d.purpose;
    l.allowed = d.allowed;
    l.outcome = std::move(outcome);
    if (b.lines.size() >= batch_) {
      // A full batch goes to the writer — under the buffer's mutex, so that a
      // sweep (Close's last one) finds the lines either here or queued.
      auto* batch = new Batch(std::move(b.lines));
      b.lines = Batch();
      if (handed_off_.push(batch)) {
        b.lines.reserve(std::min<std::size_t>(batch_, 1024));
      } else {
        // The writer is behind by the whole queue: keep the lines; past four
        // batches this thread writes them itself.
        b.lines = std::move(*batch);
        delete batch;
        flush = b.lines.size() >= 4 * batch_;
      }
      wake = true;
    }
  }
  if (flush) {
    Flush();
  } else if (wake) {
    {
      std::lock_guard<std::mutex> lock(wake_mu_);
      wake_pending_ = true;
    }
    wake_.notify_one();
  }
}

void UsageLog::Run() {
  const auto interval = std::chrono::milliseconds(std::max(1, p_.options.usage_log_flush_ms));
  auto next_sweep = std::chrono::steady_clock::now() + interval;
  std::unique_lock<std::mutex> lock(wake_mu_);
  while (!stop_) {
    wake_.wait_until(lock, next_sweep, [&] { return stop_ || wake_pending_; });
    if (stop_) break;
    wake_pending_ = false;
    const auto now = std::chrono::steady_clock::now();
    const bool sweep = now >= next_sweep;
    if (sweep) next_sweep = now + interval;
    lock.unlock();
    try {
      std::lock_guard<std::mutex> write(write_mu_);
      WriteOut(sweep);
    } catch (const std::exception&) {
      // Kept in error_ with the lines; retried next round, reported by Flush.
    }
    lock.lock();
  }
}

void UsageLog::WriteOut(bool sweep) {
  // Swept first, queued second: a thread's queued lines are older than those
  // still in its buffer, and a batch handed off during the sweep is caught.
  std::vector<UsageLine> swept;
  if (sweep) {
    std::vector<std::shared_ptr<ThreadBuffer>> buffers;
    {
      std::lock_guard<std::mutex> lock(registry_mu_);
      buffers_.erase(std::remove_if(buffers_.begin(), buffers_.end(),
                                    [](const std::shared_ptr<ThreadBuffer>& b) {
                                      std::lock_guard<std::mutex> l(b->mu);
                                      return b->orphaned && b->lines.empty();
                                    }),
                     buffers_.end());
      buffers = buffers_;
    }
    for (const auto& b : buffers) {
      std::lock_guard<std::mutex> lock(b->mu);
      for (auto& l : b->lines) swept.push_back(std::move(l));
      b->lines.clear();
    }
  }
  std::vector<UsageRow> rows = std::move(retry_);
  retry_.clear();
  handed_off_.consume_all([&](Batch* batch) {
    for (auto& l : *batch) rows.push_back(Format(std::move(l)));
    delete batch;
  });
  for (auto& l : swept) rows.push_back(Format(std::move(l)));
  if (rows.empty()) return;
  try {
    storage::Database::Lease lease = p_.db->Write();
    lease->Begin();
    try {
      lease->AppendUsage(rows);
      lease->Commit();
    } catch (...) {
      lease->Rollback();
      throw;
    }
    error_.clear();
  } catch (const std::exception& e) {
    // Keep the lines for the next attempt (a busy file, a full disk).
    retry_ = std::move(rows);
    error_ = e.what();
    throw;
  }
}

void UsageLog::Flush() {
  std::lock_guard<std::mutex> lock(write_mu_);
  try {
    WriteOut(true);
  } catch (const std::exception& e) {
    throw StorageError(std::string("usage log: ") + e.what());
  }
}

void UsageLog::Close() {
  {
    std::lock_guard<std::mutex> lock(registry_mu_);
    if (closed_.exchange(true, std::memory_order_acq_rel)) return;
    for (const auto& b : buffers_) {
      std::lock_guard<std::mutex> l(b->mu);
      b->log_closed = true;
    }
  }
  {
    std::lock_guard<std::mutex> lock(wake_mu_);
    stop_ = true;
  }
  wake_.notify_one();
  if (writer_.joinable()) writer_.join();
  Flush();
}

}  // namespace govshare::access_detail
