// The usage log on its way to the store: the handle's buffer and the
// batched writer thread (usage_writer.h).
#include "access/usage_writer.h"

#include <algorithm>
#include <chrono>
#include <cstring>

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

// The encoding of a line in a UsageBatch: fixed-size fields as their bytes,
// strings as a 32-bit length and the bytes.
template <typename T>
void Put(std::string& b, T v) {
  b.append(reinterpret_cast<const char*>(&v), sizeof v);
}
void PutText(std::string& b, std::string_view s) {
  Put<std::uint32_t>(b, static_cast<std::uint32_t>(s.size()));
  b.append(s.data(), s.size());
}
struct Reader {
  const std::string& b;
  std::size_t at = 0;
  template <typename T>
  T Get() {
    T v;
    std::memcpy(&v, b.data() + at, sizeof v);
    at += sizeof v;
    return v;
  }
  std::string_view Text() {
    const auto n = Get<std::uint32_t>();
    std::string_view s(b.data() + at, n);
    at += n;
    return s;
  }
};

void Encode(std::string& b, const AccessDecision& d, std::string_view kind, std::string_view outcome) {
  Put<std::int64_t>(b, d.time.ToUnixSeconds());
  Put<std::int64_t>(b, d.entry_id);
  Put<std::int64_t>(b, d.authorization_id);
  Put<std::uint8_t>(b, d.allowed ? 1 : 0);
  Put<std::int32_t>(b, static_cast<std::int32_t>(d.method));
  PutText(b, kind);
  PutText(b, d.user_id);
  PutText(b, d.consumer_code);
  Put<std::uint32_t>(b, static_cast<std::uint32_t>(d.items.size()));
  for (const auto& i : d.items) PutText(b, i.item);
  PutText(b, d.purpose);
  PutText(b, outcome);
}

// The lines of a batch as stored.
void Decode(const UsageBatch& batch, std::vector<UsageRow>& out) {
  Reader r{batch.bytes};
  for (std::size_t n = 0; n < batch.lines; ++n) {
    UsageRow u;
    u.time = r.Get<std::int64_t>();
    u.entry_id = r.Get<std::int64_t>();
    u.authorization_id = r.Get<std::int64_t>();
    u.allowed = r.Get<std::uint8_t>() != 0;
    u.method = ToString(static_cast<ShareMethod>(r.Get<std::int32_t>()));
    u.kind = std::string(r.Text());
    u.user_id = std::string(r.Text());
    u.consumer_code = std::string(r.Text());
    // Item names are JSON strings already (valid UTF-8 from the index or the
    // caller); escape only what JSON requires.
    const auto items = r.Get<std::uint32_t>();
    u.items = "[";
    for (std::uint32_t i = 0; i < items; ++i) {
      if (i) u.items += ',';
      AppendJsonString(u.items, std::string(r.Text()));
    }
    u.items += ']';
    u.purpose = std::string(r.Text());
    u.outcome = std::string(r.Text());
    out.push_back(std::move(u));
  }
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
      batch_(static_cast<std::size_t>(std::max(1, p.options.usage_log_batch))),
      rows_per_transaction_(std::max<std::size_t>(4 * batch_, 1024)) {
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
  {
    std::lock_guard<std::mutex> lock(registry_mu_);
    if (closed_.load(std::memory_order_acquire)) throw StorageError("the platform is closed");
    buffers_.push_back(buffer);
  }
  held.emplace_back(id_, buffer);
  return *buffer;
}

void UsageLog::Add(const AccessDecision& d, std::string_view kind, std::string_view outcome) {
  ThreadBuffer& b = BufferOfThisThread();
  bool wake = false, wait = false;
  {
    std::lock_guard<std::mutex> lock(b.mu);
    if (closed_.load(std::memory_order_acquire)) throw StorageError("the platform is closed");
    Encode(b.lines.bytes, d, kind, outcome);
    if (++b.lines.lines >= batch_) {
      // A full batch goes to the writer — under the buffer's mutex, so that a
      // sweep (Close's last one) finds the lines either here or queued.
      auto* batch = new Batch(std::move(b.lines));
      b.lines = Batch();
      if (handed_off_.push(batch)) {
        queued_.fetch_add(1, std::memory_order_acq_rel);
        b.lines.bytes.reserve(batch->bytes.size() + batch->bytes.size() / 4);  // lines vary in length
      } else {
        // The writer is behind by the whole queue (the decisions come faster
        // than the store takes their lines): keep them; past four batches this
        // thread waits for room — one of the writer's transactions at most.
        b.lines = std::move(*batch);
        delete batch;
        wait = b.lines.lines >= 4 * batch_;
      }
      wake = true;
    }
  }
  if (wake) {
    {
      std::lock_guard<std::mutex> lock(wake_mu_);
      wake_pending_ = true;
    }
    wake_.notify_one();
  }
  if (wait) {
    std::unique_lock<std::mutex> lock(wake_mu_);
    room_.wait_for(lock, std::chrono::milliseconds(100),
                   [&] { return stop_ || queued_.load(std::memory_order_acquire) < kQueued; });
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

std::size_t UsageLog::TakeQueued(std::vector<UsageRow>& rows, std::size_t most) {
  std::size_t taken = 0;
  Batch* batch = nullptr;
  while (taken < most && handed_off_.pop(batch)) {
    Decode(*batch, rows);
    delete batch;
    ++taken;
  }
  if (taken) {
    queued_.fetch_sub(taken, std::memory_order_acq_rel);
    {
      // Taken and released, so that a producer between its check and its
      // wait does not miss the notification.
      std::lock_guard<std::mutex> lock(wake_mu_);
    }
    room_.notify_all();
  }
  return taken;
}

void UsageLog::WriteRows(std::vector<UsageRow>& rows) {
  if (!retry_.empty()) {
    rows.insert(rows.begin(), std::make_move_iterator(retry_.begin()), std::make_move_iterator(retry_.end()));
    retry_.clear();
  }
  std::size_t done = 0;
  try {
    while (done < rows.size()) {
      const std::size_t n = std::min(rows_per_transaction_, rows.size() - done);
      const std::vector<UsageRow> chunk(std::make_move_iterator(rows.begin() + static_cast<std::ptrdiff_t>(done)),
                                        std::make_move_iterator(rows.begin() + static_cast<std::ptrdiff_t>(done + n)));
      try {
        storage::Database::Lease lease = p_.db->Write();
        lease->Begin();
        try {
          lease->AppendUsage(chunk);
          lease->Commit();
        } catch (...) {
          lease->Rollback();
          throw;
        }
      } catch (...) {
        // Put the chunk back for the next attempt (a busy file, a full disk).
        std::move(chunk.begin(), chunk.end(), rows.begin() + static_cast<std::ptrdiff_t>(done));
        throw;
      }
      done += n;
    }
    error_.clear();
  } catch (const std::exception& e) {
    retry_.assign(std::make_move_iterator(rows.begin() + static_cast<std::ptrdiff_t>(done)),
                  std::make_move_iterator(rows.end()));
    error_ = e.what();
    throw;
  }
  rows.clear();
}

void UsageLog::WriteOut(bool sweep) {
  // The queued batches, a few per transaction; as many rounds as there were
  // batches when it began (under a sustained load the sweep still comes).
  const std::size_t per_transaction = std::max<std::size_t>(1, rows_per_transaction_ / batch_);
  std::size_t budget = queued_.load(std::memory_order_acquire) + per_transaction;
  std::vector<UsageRow> rows;
  while (budget > 0) {
    const std::size_t taken = TakeQueued(rows, std::min(budget, per_transaction));
    if (rows.empty() && retry_.empty()) break;
    WriteRows(rows);
    if (taken == 0) break;
    budget -= std::min(budget, taken);
  }
  if (!sweep) return;
  // Every thread's buffer, then the queue again: a batch handed off during the
  // sweep holds older lines than those swept from its thread, so it goes first.
  std::vector<Batch> swept;
  {
    std::vector<std::shared_ptr<ThreadBuffer>> buffers;
    {
      std::lock_guard<std::mutex> lock(registry_mu_);
      buffers_.erase(std::remove_if(buffers_.begin(), buffers_.end(),
                                    [](const std::shared_ptr<ThreadBuffer>& b) {
                                      std::lock_guard<std::mutex> l(b->mu);
                                      return b->orphaned && b->lines.lines == 0;
                                    }),
                     buffers_.end());
      buffers = buffers_;
    }
    for (const auto& b : buffers) {
      std::lock_guard<std::mutex> lock(b->mu);
      if (b->lines.lines == 0) continue;
      swept.push_back(std::move(b->lines));
      b->lines = Batch();
    }
  }
  TakeQueued(rows, kQueued);
  for (const auto& batch : swept) Decode(batch, rows);
  if (!rows.empty() || !retry_.empty()) WriteRows(rows);
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
  room_.notify_all();
  if (writer_.joinable()) writer_.join();
  Flush();
}

}  // namespace govshare::access_detail
