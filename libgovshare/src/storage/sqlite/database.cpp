// The SQLite pool behind one Platform handle (storage::Database): one write
// connection, taken by one transaction at a time in this process (SQLite's
// BEGIN IMMEDIATE orders it with other processes), and read connections
// opened on demand up to PlatformOptions::read_connections — in WAL mode
// readers see a consistent snapshot and never wait for the writer. An
// in-memory platform lives in its one connection: reads and writes take it
// in turn.
#include <algorithm>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "govshare/error.h"
#include "storage/sql/sql_storage.h"

namespace govshare::storage {
namespace sqlite {
namespace {

using SqliteStorage = sql::SqlStorage<Backend>;

class SqliteDatabase final : public Database {
 public:
  explicit SqliteDatabase(const PlatformOptions& options)
      : options_(options),
        single_(options.path == ":memory:"),
        max_readers_(std::max(1, options.read_connections)),
        writer_(std::make_unique<SqliteStorage>(std::make_unique<Connection>(options, false))) {
    options_.create_if_missing = false;
  }
  ~SqliteDatabase() override { Close(); }

  Lease Write() override {
    std::unique_lock<std::mutex> lock(write_mu_);
    if (!writer_) throw Closed();
    lock.release();  // held until the lease ends (Release)
    return Lease(this, writer_.get(), true);
  }

  Lease Read() override {
    if (single_) return Write();
    std::unique_lock<std::mutex> lock(pool_mu_);
    for (;;) {
      if (closed_) throw Closed();
      if (!idle_.empty()) {
        SqliteStorage* s = idle_.back();
        idle_.pop_back();
        ++in_use_;
        return Lease(this, s, false);
      }
      if (static_cast<int>(readers_.size()) < max_readers_) {
        readers_.push_back(std::make_unique<SqliteStorage>(std::make_unique<Connection>(options_, true)));
        ++in_use_;
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
    if (exclusive) {
      write_mu_.unlock();
      return;
    }
    {
      std::lock_guard<std::mutex> lock(pool_mu_);
      idle_.push_back(static_cast<SqliteStorage*>(storage));
      --in_use_;
    }
    pool_cv_.notify_all();
  }

 private:
  static StorageError Closed() { return StorageError("the platform is closed"); }

  PlatformOptions options_;
  const bool single_;
  const int max_readers_;
  std::mutex write_mu_;
  std::unique_ptr<SqliteStorage> writer_;
  mutable std::mutex pool_mu_;
  std::condition_variable pool_cv_;
  std::vector<std::unique_ptr<SqliteStorage>> readers_;
  std::vector<SqliteStorage*> idle_;
  int in_use_ = 0;
  bool closed_ = false;
};

}  // namespace
}  // namespace sqlite

std::unique_ptr<Database> OpenSqliteDatabase(const PlatformOptions& options) {
  return std::make_unique<sqlite::SqliteDatabase>(options);
}

}  // namespace govshare::storage
