// Copying the whole platform into another database (Platform::CopyTo): a
// move between backends — a city starts on the embedded SQLite file and moves
// to PostgreSQL when it grows, or back (docs/deployment.md). Every table is
// copied as it is, ids and audit records included, from one read snapshot of
// the source into one write transaction of the target; then the audit chain is
// verified on both sides.
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "platform/operation.h"
#include "storage/postgres/backend.h"

namespace govshare {
namespace {

constexpr std::size_t kRowsPerInsert = 1000;

// The target named without its password, for the trail and messages.
std::string Shown(const std::string& path) { return storage::postgres::RedactUri(path); }

std::string Head(PlatformCore& core) {
  return core.Read([&] { return ParseAuditHead(core.S().GetMeta(kMetaAuditHead)).hash; });
}

}  // namespace

bool IsServerDatabase(const std::string& path) { return storage::postgres::IsPostgresUri(path); }
std::string RedactedPath(const std::string& path) { return storage::postgres::RedactUri(path); }

CopyReport Platform::CopyTo(const std::string& actor, const PlatformOptions& target) {
  PlatformCore& core = *impl_;
  core.RequireOpen();
  if (target.path.empty()) throw InvalidArgumentError("target.path is required (a SQLite file or a postgresql:// URI)");
  if (target.path == ":memory:") throw InvalidArgumentError("target.path: an in-memory copy would be lost at once");
  if (target.path == core.options.path) throw InvalidArgumentError("target.path: the target is this platform itself");
  const std::string shown = Shown(target.path);
  // Refused as a whole (a security event) before the target is touched.
  RunRead(core, actor, Permission{Action::kCopyPlatform, "", "platform"}, [](Operation&) {});

  PlatformOptions to = target;
  to.create_if_missing = true;
  CopyReport report;
  {
    std::unique_ptr<storage::Database> db = storage::OpenDatabase(to);
    struct Closer {
      storage::Database& db;
      ~Closer() { db.Close(); }
    } closer{*db};
    storage::Database::Lease out = db->Write();
    out->Begin();
    try {
      // Into an empty database only: a copy never merges two platforms.
      for (const char* table : {"platform_meta", "departments", "audit_log"}) {
        bool rows = false;
        out->ScanTable(table, {out->TableColumns(table).front()},
                       [&](std::vector<std::optional<std::string>>&&) { rows = true; });
        if (rows) {
          throw InvalidArgumentError("target.path: " + shown + " holds a platform already (table " + table +
                                     " is not empty); a copy goes into an empty database");
        }
      }
      // A28: who copied the platform, and where to, is in the trail the copy
      // carries.
      RunWrite(core, actor, Permission{Action::kCopyPlatform, "", "platform"}, [&](Operation& op) {
        op.Audit("platform.copy", "platform", "", core.DigestOf(shown), "复制整个平台至 " + shown);
      });
      if (core.access) access().FlushUsageLog();
      core.Read([&] {
        storage::Storage& in = core.S();
        for (const auto& table : storage::Storage::Tables()) {
          const std::vector<std::string> columns = in.TableColumns(table);
          const std::vector<std::string> theirs = out->TableColumns(table);
          for (const auto& c : columns) {
            if (std::find(theirs.begin(), theirs.end(), c) == theirs.end()) {
              throw StorageError("the target's table " + table + " has no column " + c +
                                 " (a different schema version?)");
            }
          }
          std::vector<std::vector<std::optional<std::string>>> batch;
          std::int64_t rows = 0;
          in.ScanTable(table, columns, [&](std::vector<std::optional<std::string>>&& row) {
            batch.push_back(std::move(row));
            ++rows;
            if (batch.size() == kRowsPerInsert) {
              out->InsertRows(table, columns, batch);
              batch.clear();
            }
          });
          out->InsertRows(table, columns, batch);
          report.tables.push_back({table, rows});
        }
      });
      out->AfterCopy();
      out->Commit();
    } catch (...) {
      out->Rollback();
      throw;
    }
  }
  report.source = VerifyAuditChain(core);
  report.source_head = Head(core);
  PlatformOptions reopen = to;
  reopen.create_if_missing = false;
  reopen.simulated_time = core.options.simulated_time;
  std::shared_ptr<Platform> copy = Platform::Open(reopen);
  report.target = VerifyAuditChain(*copy->impl_);
  report.target_head = Head(*copy->impl_);
  copy->Close();
  return report;
}

}  // namespace govshare
