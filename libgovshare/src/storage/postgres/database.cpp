// The PostgreSQL pool behind one Platform handle (storage/sql/pool.h): one
// write connection (the write lock orders it with every other node's) and
// read connections up to PlatformOptions::read_connections.
#include <memory>

#include "storage/postgres/backend.h"
#include "storage/sql/pool.h"

namespace govshare::storage {

std::unique_ptr<Database> OpenPostgresDatabase(const PlatformOptions& options) {
  return std::make_unique<sql::Pool<postgres::Backend>>(
      [options](bool reader) { return std::make_unique<postgres::Connection>(options, reader); }, false,
      options.read_connections);
}

std::unique_ptr<Database> OpenDatabase(const PlatformOptions& options) {
  if (postgres::IsPostgresUri(options.path)) return OpenPostgresDatabase(options);
  return OpenSqliteDatabase(options);
}

}  // namespace govshare::storage
