// The usage log on its way to the store: the handle's buffer and the
// batched writer thread (usage_writer.h).
#include "access/usage_writer.h"

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

}  // namespace

// ---- the writer thread -----------------------------------------------------------------------

UsageWriter::UsageWriter(const PlatformOptions& options) {
  PlatformOptions o = options;
  o.create_if_missing = false;
  db_ = storage::OpenSqliteStorage(o);
  thread_ = std::thread([this] { Run(); });
}

UsageWriter::~UsageWriter() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

void UsageWriter::Submit(std::vector<UsageRow> batch) {
  {
    std::unique_lock<std::mutex> lock(mu_);
    idle_cv_.wait(lock, [&] { return queue_.size() < kMaxQueued; });
    queue_.push_back(std::move(batch));
  }
  cv_.notify_all();
}

void UsageWriter::Drain() {
  std::unique_lock<std::mutex> lock(mu_);
  idle_cv_.wait(lock, [&] { return queue_.empty() && !busy_; });
  if (!error_.empty()) {
    std::string e;
    e.swap(error_);
    throw StorageError("usage log: " + e);
  }
}

void UsageWriter::Run() {
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    cv_.wait(lock, [&] { return stop_ || !queue_.empty(); });
    if (queue_.empty()) break;  // stopping, nothing left
    std::vector<UsageRow> batch = std::move(queue_.front());
    queue_.pop_front();
    busy_ = true;
    idle_cv_.notify_all();  // room in the queue
    lock.unlock();
    try {
      db_->Begin();
      try {
        db_->AppendUsage(batch);
        db_->Commit();
      } catch (...) {
        db_->Rollback();
        throw;
      }
    } catch (const std::exception& e) {
      lock.lock();
      error_ = e.what();
      busy_ = false;
      idle_cv_.notify_all();
      continue;
    }
    lock.lock();
    busy_ = false;
    idle_cv_.notify_all();
  }
  busy_ = false;
  idle_cv_.notify_all();
}

// ---- the handle's buffer ---------------------------------------------------------------------

void UsageBuffer::Add(const AccessDecision& d, const char* kind, const std::string& outcome) {
  UsageRow u;
  u.time = d.time.ToUnixSeconds();
  u.user_id = d.user_id;
  u.consumer_code = d.consumer_code;
  u.entry_id = d.entry_id;
  u.authorization_id = d.authorization_id;
  u.kind = kind;
  // Item names are JSON strings already (valid UTF-8 from the index or the
  // caller); escape only what JSON requires.
  u.items = "[";
  for (size_t i = 0; i < d.items.size(); ++i) {
    if (i) u.items += ',';
    AppendJsonString(u.items, d.items[i].item);
  }
  u.items += ']';
  u.method = ToString(d.method);
  u.purpose = d.purpose;
  u.allowed = d.allowed;
  u.outcome = outcome;
  pending_.push_back(std::move(u));
}

void UsageBuffer::Submit(PlatformCore& p, IndexCursor& cursor, bool wait) {
  if (!p.db) return;
  if (!pending_.empty()) {
    if (p.options.path != ":memory:") {
      if (!writer_) writer_ = std::make_unique<UsageWriter>(p.options);
      std::vector<UsageRow> rows;
      rows.swap(pending_);
      writer_->Submit(std::move(rows));
    } else {
      Flush(p, cursor);
      return;
    }
  }
  if (wait && writer_) writer_->Drain();
}

void UsageBuffer::Close(PlatformCore& p, IndexCursor& cursor) {
  try {
    Submit(p, cursor, true);
  } catch (...) {
    writer_.reset();
    throw;
  }
  writer_.reset();
}

void UsageBuffer::Flush(PlatformCore& p, IndexCursor& cursor) {
  if (pending_.empty() || !p.db) return;
  std::vector<UsageRow> rows;
  rows.swap(pending_);
  try {
    // The index's own write: nothing it must reload.
    cursor.OwnWrite(p, [&] { p.Write([&] { p.S().AppendUsage(rows); }); });
  } catch (...) {
    // Keep the lines for the next attempt (a busy file, a full disk).
    pending_.insert(pending_.begin(), rows.begin(), rows.end());
    throw;
  }
}

}  // namespace govshare::access_detail
