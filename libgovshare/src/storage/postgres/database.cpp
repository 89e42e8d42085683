// The PostgreSQL pool behind one Platform handle (storage/sql/pool.h): one
// write connection (the write lock orders it with every other node's), read
// connections up to PlatformOptions::read_connections, and the change feed —
// a connection of its own that LISTENs on the platform's channel, so that a
// change committed on another node (a revocation, a suspension) reaches this
// handle's indexes within a notification's delay instead of the polling
// interval (docs/deployment.md).
#include <poll.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include "storage/postgres/backend.h"
#include "storage/sql/pool.h"

namespace govshare::storage {
namespace postgres {
namespace {

class PostgresDatabase final : public sql::Pool<Backend> {
 public:
  explicit PostgresDatabase(const PlatformOptions& options)
      : Pool([options](bool reader) { return std::make_unique<Connection>(options, reader); }, false,
             options.read_connections),
        uri_(options.path) {
    if (Connection* c = FirstWriter()) writer_pid_.store(c->backend_pid());
  }
  ~PostgresDatabase() override { Close(); }

  void Listen(std::function<void()> on_change) override {
    std::lock_guard<std::mutex> lock(listen_mu_);
    if (listener_.joinable() || stop_.load()) return;
    // The first connection is made here, so that Open fails if it cannot.
    PGconn* conn = Subscribe();
    if (!conn) throw StorageError("cannot listen for changes on \"" + RedactUri(uri_) + "\"");
    listener_ = std::thread([this, conn, on_change = std::move(on_change)] { Run(conn, on_change); });
  }

  void Close() override {
    {
      std::lock_guard<std::mutex> lock(listen_mu_);
      stop_.store(true);
    }
    if (listener_.joinable()) listener_.join();
    Pool::Close();
  }

 protected:
  void OnNewWriter(Connection& connection) override { writer_pid_.store(connection.backend_pid()); }

 private:
  // A connection LISTENing on the channel, or null.
  PGconn* Subscribe() {
    PGconn* conn = PQconnectdb(uri_.c_str());
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
      if (conn) PQfinish(conn);
      return nullptr;
    }
    PQsetNoticeProcessor(conn, [](void*, const char*) {}, nullptr);
    PGresult* r = PQexec(conn, (std::string("LISTEN ") + kChangeChannel).c_str());
    const bool ok = r && PQresultStatus(r) == PGRES_COMMAND_OK;
    if (r) PQclear(r);
    if (!ok) {
      PQfinish(conn);
      return nullptr;
    }
    return conn;
  }

  // Waits for notifications (checking for Close every 100 ms); one from
  // another server process than this handle's writer calls `on_change`. A
  // lost connection is made again (every 500 ms until it is), and
  // `on_change` called then too: what was committed meanwhile was not heard.
  void Run(PGconn* conn, const std::function<void()>& on_change) {
    while (!stop_.load()) {
      if (!conn) {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        conn = Subscribe();
        if (conn) on_change();
        continue;
      }
      pollfd fd{PQsocket(conn), POLLIN, 0};
      const int ready = ::poll(&fd, 1, 100);
      if (ready < 0) continue;  // interrupted
      if (ready == 0) continue;
      if (!PQconsumeInput(conn) || PQstatus(conn) != CONNECTION_OK) {
        PQfinish(conn);
        conn = nullptr;
        on_change();
        continue;
      }
      bool other = false;
      while (PGnotify* n = PQnotifies(conn)) {
        other |= n->be_pid != writer_pid_.load();
        PQfreemem(n);
      }
      if (other) on_change();
    }
    if (conn) PQfinish(conn);
  }

  const std::string uri_;
  std::atomic<int> writer_pid_{0};
  std::mutex listen_mu_;
  std::atomic<bool> stop_{false};
  std::thread listener_;
};

}  // namespace
}  // namespace postgres

std::unique_ptr<Database> OpenPostgresDatabase(const PlatformOptions& options) {
  return std::make_unique<postgres::PostgresDatabase>(options);
}

std::unique_ptr<Database> OpenDatabase(const PlatformOptions& options) {
  if (postgres::IsPostgresUri(options.path)) return OpenPostgresDatabase(options);
  return OpenSqliteDatabase(options);
}

}  // namespace govshare::storage
