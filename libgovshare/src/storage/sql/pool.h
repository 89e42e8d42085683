// Internal: the connection pool behind one Platform handle, for any backend
// (storage::Database): one write connection, taken by one transaction at a
// time in this process (the backend's Begin orders it with other processes:
// SQLite's BEGIN IMMEDIATE, PostgreSQL's write lock), and read connections
// opened on demand up to PlatformOptions::read_connections, each reading a
// consistent snapshot while others write. A single-connection store (SQLite's
// ":memory:") has its one connection: reads and writes take it in turn. A
// connection the backend reports broken (a PostgreSQL server restarted) is
// dropped when its lease ends and opened again when next needed.
#ifndef GOVSHARE_STORAGE_SQL_POOL_H_
#define GOVSHARE_STORAGE_SQL_POOL_H_

#include <algorithm>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

#include "govshare/error.h"
#include "storage/sql/sql_storage.h"

namespace govshare::storage::sql {

template <typename B>
class Pool : public Database {
 public:
  using Store = SqlStorage<B>;
  // Opens a connection: the writer (`reader` false; it migrates the schema)
  // or a reader.
  using Open = std::function<std::unique_ptr<typename B::Connection>(bool reader)>;

  Pool(Open open, bool single, int max_readers)
      : open_(std::move(open)), single_(single), max_readers_(std::max(1, max_readers)) {
    writer_ = std::make_unique<Store>(open_(false));
  }
  ~Pool() override { Close(); }

 protected:
  // A write connection was opened again (after a broken one).
  virtual void OnNewWriter(typename B::Connection& connection) { (void)connection; }
  // The write connection while no lease holds it (the constructor's).
  typename B::Connection* FirstWriter() { return writer_ ? &writer_->connection() : nullptr; }

 public:

  Lease Write() override {
    std::unique_lock<std::mutex> lock(write_mu_);
    if (closed_writer_) throw Closed();
    if (!writer_) {
      writer_ = std::make_unique<Store>(open_(false));
      OnNewWriter(writer_->connection());
    }
    lock.release();  // held until the lease ends (Release)
    return Lease(this, writer_.get(), true);
  }

  Lease Read() override {
    if (single_) return Write();
    std::unique_lock<std::mutex> lock(pool_mu_);
    for (;;) {
      if (closed_) throw Closed();
      if (!idle_.empty()) {
        Store* s = idle_.back();
        idle_.pop_back();
        ++in_use_;
        return Lease(this, s, false);
      }
      if (static_cast<int>(readers_.size()) < max_readers_) {
        ++in_use_;
        try {
          readers_.push_back(std::make_unique<Store>(open_(true)));
        } catch (...) {
          --in_use_;
          throw;
        }
        return Lease(this, readers_.back().get(), false);
      }
      pool_cv_.wait(lock);
    }
  }

  void Close() override {
    {
      std::unique_lock<std::mutex> lock(pool_mu_);
      closed_ = true;
      pool_cv_.wait(lock, [&] { return in_use_ == 0; });
      idle_.clear();
      readers_.clear();
    }
    std::lock_guard<std::mutex> lock(write_mu_);  // after the write in progress
    closed_writer_ = true;
    if (writer_) {
      writer_->Close();
      writer_.reset();
    }
  }

  bool is_open() const override {
    std::lock_guard<std::mutex> lock(pool_mu_);
    return !closed_;
  }

 protected:
  void Release(Storage* storage, bool exclusive) override {
    auto* store = static_cast<Store*>(storage);
    const bool broken = store->connection().broken();
    if (exclusive) {
      if (broken) writer_.reset();
      write_mu_.unlock();
      return;
    }
    {
      std::lock_guard<std::mutex> lock(pool_mu_);
      if (broken) {
        readers_.erase(std::remove_if(readers_.begin(), readers_.end(),
                                      [&](const std::unique_ptr<Store>& r) { return r.get() == store; }),
                       readers_.end());
      } else {
        idle_.push_back(store);
      }
      --in_use_;
    }
    pool_cv_.notify_all();
  }

 private:
  static StorageError Closed() { return StorageError("the platform is closed"); }

  Open open_;
  const bool single_;
  const int max_readers_;
  std::mutex write_mu_;
  std::unique_ptr<Store> writer_;  // under write_mu_; null after a broken connection
  bool closed_writer_ = false;     // under write_mu_
  mutable std::mutex pool_mu_;
  std::condition_variable pool_cv_;
  std::vector<std::unique_ptr<Store>> readers_;
  std::vector<Store*> idle_;
  int in_use_ = 0;
  bool closed_ = false;
};

}  // namespace govshare::storage::sql

#endif  // GOVSHARE_STORAGE_SQL_POOL_H_
