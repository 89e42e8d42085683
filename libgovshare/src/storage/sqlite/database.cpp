// The SQLite pool behind one Platform handle (storage/sql/pool.h): one write
// connection (SQLite's BEGIN IMMEDIATE orders it with other processes) and
// WAL read connections, which see a consistent snapshot and never wait for
// the writer. An in-memory platform lives in its one connection.
#include <memory>

#include "storage/sql/pool.h"

namespace govshare::storage {

std::unique_ptr<Database> OpenSqliteDatabase(const PlatformOptions& options) {
  PlatformOptions readers = options;
  readers.create_if_missing = false;  // the writer created the file
  return std::make_unique<sql::Pool<sqlite::Backend>>(
      [options, readers](bool reader) {
        return std::make_unique<sqlite::Connection>(reader ? readers : options, reader);
      },
      options.path == ":memory:", options.read_connections);
}

}  // namespace govshare::storage
