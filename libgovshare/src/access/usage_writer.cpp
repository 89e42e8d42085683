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
// strings as a 32-bit length and the bytes (Writer below, Reader here).
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

// One line, appended with one resize: its size first, then the fields copied
// in place (the deciding thread's share of the log — keep it short).
class Writer {
 public:
  explicit Writer(char* at) : at_(at) {}
  template <typename T>
  void Put(T v) {
    std::memcpy(at_, &v, sizeof v);
    at_ += sizeof v;
  }
  void Text(std::string_view s) {
    Put<std::uint32_t>(static_cast<std::uint32_t>(s.size()));
    std::memcpy(at_, s.data(), s.size());
    at_ += s.size();
  }

 private:
  char* at_;
};
constexpr std::size_t kTextSize = sizeof(std::uint32_t);

void Encode(std::string& b, const AccessDecision& d, std::string_view kind, std::string_view outcome) {
  std::size_t size = 3 * sizeof(std::int64_t) + sizeof(std::uint8_t) + sizeof(std::int32_t) +
                     sizeof(std::uint32_t) + 5 * kTextSize + kind.size() + d.user_id.size() +
                     d.consumer_code.size() + d.purpose.size() + outcome.size();
  for (const auto& i : d.items) size += kTextSize + i.item.size();
  const std::size_t at = b.size();
  b.resize(at + size);
  Writer w(b.data() + at);
  w.Put<std::int64_t>(d.time.ToUnixSeconds());
  w.Put<std::int64_t>(d.entry_id);
  w.Put<std::int64_t>(d.authorization_id);
  w.Put<std::uint8_t>(d.allowed ? 1 : 0);
  w.Put<std::int32_t>(static_cast<std::int32_t>(d.method));
  w.Text(kind);
  w.Text(d.user_id);
  w.Text(d.consumer_code);
  w.Put<std::uint32_t>(static_cast<std::uint32_t>(d.items.size()));
  for (const auto& i : d.items) w.Text(i.item);
  w.Text(d.purpose);
  w.Text(outcome);
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
  Batch* batch = nullptr;
  while (handed_off_.pop(batch)) delete batch;  // left only by a failed final write
  while (recycled_.pop(batch)) delete batch;
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
      // sweep (Close's last one) finds the lines either here or queued. The
      // thread goes on in a buffer the writer has emptied (its capacity kept):
      // a fresh buffer of a batch's size per hand-off costs the deciding
      // thread more in malloc than the lines themselves.
      Batch* batch = nullptr;
      if (!recycled_.pop(batch)) batch = new Batch();
      std::swap(*batch, b.lines);
      if (handed_off_.push(batch)) {
        queued_.fetch_add(1, std::memory_order_acq_rel);
      } else {
        // The writer is behind by the whole queue (the decisions come faster
        // than the store takes their lines): keep them; past four batches this
        // thread waits for room — one of the writer's transactions at most.
        std::swap(*batch, b.lines);
        Recycle(batch);
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

void UsageLog::Recycle(Batch* batch) {
  batch->bytes.clear();
  batch->lines = 0;
  if (!recycled_.push(batch)) delete batch;
}

std::size_t UsageLog::PopQueued(std::vector<Batch*>& out, std::size_t most) {
  std::size_t taken = 0;
  Batch* batch = nullptr;
  while (taken < most && handed_off_.pop(batch)) {
    out.push_back(batch);
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

void UsageLog::DecodeAll(std::vector<Batch*>& batches, std::vector<UsageRow>& rows) {
  for (Batch* batch : batches) {
    Decode(*batch, rows);
    Recycle(batch);
  }
  batches.clear();
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
  std::vector<Batch*> batches;
  while (budget > 0) {
    const std::size_t taken = PopQueued(batches, std::min(budget, per_transaction));
    DecodeAll(batches, rows);
    if (rows.empty() && retry_.empty()) break;
    WriteRows(rows);
    if (taken == 0) break;
    budget -= std::min(budget, taken);
  }
  if (!sweep) return;
  // Every thread's buffer, each in its place among the queued batches. A
  // thread hands off under its buffer's mutex, so while the sweep holds it,
  // every batch the thread handed off before is in the queue: those go first,
  // then the buffer's lines. Batches handed off after the sweep left a thread
  // hold newer lines and stay queued for the next round; each thread's lines
  // reach the log in the order it added them (A28).
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
      PopQueued(batches, kQueued);
      // The lines leave in their buffer; the thread goes on in an emptied one.
      Batch* batch = nullptr;
      if (!recycled_.pop(batch)) batch = new Batch();
      std::swap(*batch, b->lines);
      batches.push_back(batch);
    }
  }
  DecodeAll(batches, rows);
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
