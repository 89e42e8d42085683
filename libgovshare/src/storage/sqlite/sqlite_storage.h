// Internal: the SQLite implementation of storage::Storage (docs/schema.md).
// WAL, foreign keys, BEGIN IMMEDIATE transactions, a busy timeout, and
// versioned migrations in PRAGMA user_version. Every SQL statement of
// libgovshare is in this directory, one file per concern:
//   statement.h/.cpp  preparing (the statement cache), binding, reading, errors
//   connection.cpp    opening, pragmas, transactions, closing
//   database.cpp      the pool: one writer, WAL readers (storage::Database)
//   schema.cpp        the migrations
//   catalog.cpp       departments, users, entries, versions, subscriptions,
//                     notices, obligations
//   cases.cpp         sharing cases, their steps, the loaded holiday schedules
//   usage.cpp         the data boundary: usage log, last use, masking rules
//   search.cpp        search documents
//   supervision.cpp   refresh reports, projects
//   audit.cpp         audit trail, security events, platform meta
#ifndef GOVSHARE_STORAGE_SQLITE_SQLITE_STORAGE_H_
#define GOVSHARE_STORAGE_SQLITE_SQLITE_STORAGE_H_

#include <sqlite3.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "govshare/error.h"
#include "storage/sqlite/statement.h"
#include "storage/storage.h"

namespace govshare::storage::sqlite {

class SqliteStorage : public Storage {
 public:
  // connection.cpp
  // `reader`: a pooled read connection (the file must exist; query_only,
  // no migration — the writer migrated it).
  SqliteStorage(const PlatformOptions& options, bool reader);
  ~SqliteStorage() override;
  void Close() override;
  void Begin() override;
  void BeginRead() override;
  void Commit() override;
  void Rollback() override;

  // schema.cpp
  int SchemaVersion() override;

  // audit.cpp
  std::optional<std::string> GetMeta(const std::string& key) override;
  void SetMeta(const std::string& key, const std::string& value) override;
  void AppendAudit(const AuditRow& a) override;
  std::int64_t AuditEnd() override;
  void ScanAudit(std::int64_t from_position,
                 const std::function<bool(const AuditRow&)>& fn) override;
  void InsertSecurityEvent(const SecurityEventRow& e) override;
  std::vector<SecurityEventRow> ListSecurityEvents() override;

  // catalog.cpp
  void InsertDepartment(const Department& d) override;
  void SetAuditBody(const std::string& code, bool audit_body) override;
  std::optional<Department> FindDepartment(const std::string& code) override;
  std::vector<Department> ListDepartments() override;
  void InsertUser(const User& u) override;
  std::optional<User> FindUser(const std::string& id) override;
  std::optional<std::pair<User, Department>> FindUserWithDepartment(const std::string& id) override;
  std::vector<User> ListUsers(const std::string& department_code) override;
  std::int64_t InsertEntry(const EntryRow& e) override;
  std::optional<EntryRow> FindEntry(std::int64_t id) override;
  std::optional<EntryRow> FindEntryBySource(const std::string& source_platform,
                                            const std::string& code) override;
  bool UpdateEntry(const EntryRow& e, std::int64_t expected_row_version) override;
  std::vector<EntryRow> ListEntries(const std::string& provider_code) override;
  std::vector<std::string> CodesWithPrefix(const std::string& prefix) override;
  std::vector<std::string> AllCodes() override;
  void InsertVersion(const VersionRow& v) override;
  void UpdateVersion(const VersionRow& v) override;
  std::optional<VersionRow> FindVersion(std::int64_t entry_id, int number) override;
  std::vector<VersionRow> ListVersions(std::int64_t entry_id) override;
  void InsertSubscription(std::int64_t entry_id, const std::string& department_code,
                          std::int64_t at) override;
  std::vector<std::string> Subscribers(std::int64_t entry_id) override;
  std::int64_t InsertNotice(const NoticeRow& n) override;
  std::optional<NoticeRow> FindNotice(std::int64_t id) override;
  void UpdateNotice(const NoticeRow& n) override;
  std::vector<NoticeRow> ListNotices(const std::string& department_code,
                                     bool unacknowledged_only) override;
  std::int64_t InsertObligation(const ObligationRow& o) override;
  void UpdateObligation(const ObligationRow& o) override;
  std::vector<ObligationRow> ListObligations(const std::string& department_code) override;

  // cases.cpp
  std::int64_t InsertCase(CaseTable t, const CaseRow& c) override;
  std::optional<CaseRow> FindCase(CaseTable t, std::int64_t id) override;
  bool UpdateCase(CaseTable t, const CaseRow& c, std::int64_t expected_row_version) override;
  std::vector<CaseRow> ListCases(CaseTable t, const std::string& department_code,
                                 std::optional<std::int64_t> entry_id) override;
  std::int64_t InsertStep(const StepRow& r) override;
  void UpdateStep(const StepRow& r) override;
  std::vector<StepRow> StepsOf(const std::string& object) override;
  std::vector<StepRow> ListSteps(const std::string& department_code, bool pending_only) override;
  void UpsertCalendarYear(const CalendarYearRow& r) override;
  std::vector<CalendarYearRow> ListCalendarYears() override;

  // usage.cpp
  void AppendUsage(const std::vector<UsageRow>& rows) override;
  void TouchAuthorization(std::int64_t authorization_id, std::int64_t time) override;
  std::optional<std::int64_t> LastUsed(std::int64_t authorization_id) override;
  std::vector<UsageRow> ListUsage(const std::string& consumer_code, std::int64_t entry_id, std::int64_t from,
                                  std::int64_t to, int limit) override;
  std::optional<std::string> GetMaskingRules(std::int64_t entry_id) override;
  void SetMaskingRules(std::int64_t entry_id, const std::string& rules) override;

  // search.cpp
  void UpsertSearchDocument(const SearchDocumentRow& d) override;
  void DeleteSearchDocument(std::int64_t entry_id) override;
  std::optional<SearchDocumentRow> FindSearchDocument(std::int64_t entry_id) override;
  void ScanSearchDocuments(const std::function<void(const SearchDocumentRow&)>& fn) override;

  // supervision.cpp
  void InsertRefresh(std::int64_t entry_id, std::int64_t time, const std::string& user) override;
  std::vector<std::pair<std::int64_t, std::int64_t>> LastRefreshes(std::int64_t until) override;
  std::int64_t SaveProject(std::int64_t id, const std::string& department_code, const std::string& body) override;
  std::vector<std::pair<std::int64_t, std::string>> ListProjects(const std::string& department_code) override;

 private:
  sqlite3* db() const {
    if (!db_) throw StorageError("the platform is closed");
    return db_;
  }
  StmtCache& cache() const {
    if (!db_ || !cache_) throw StorageError("the platform is closed");
    return *cache_;
  }

  void Exec(const char* sql);  // connection.cpp
  void Migrate();              // schema.cpp

  sqlite3* db_ = nullptr;
  std::unique_ptr<StmtCache> cache_;
};

}  // namespace govshare::storage::sqlite

#endif  // GOVSHARE_STORAGE_SQLITE_SQLITE_STORAGE_H_
