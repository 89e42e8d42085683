// Internal: the storage's SQL, written once for every backend
// (docs/schema.md). SqlStorage<B> implements storage::Storage on a backend B's
// connection; the SQL of each concern is in one file here, in the subset of
// SQL that SQLite and PostgreSQL (and the PostgreSQL-derived databases) both
// accept: placeholders as `?` or `?N` (the PostgreSQL backend numbers them
// `$N`), INSERT … ON CONFLICT, no scalar max/min. What differs — opening,
// transactions, the schema's DDL and its migrations, the statement cache, the
// id of an inserted row — is the backend's:
//   B::Connection  owns the connection: Begin, BeginRead, Commit, Rollback,
//                  Close, SchemaVersion, and cache() (the storage error once
//                  closed)
//   B::Cache       the statements prepared on the connection
//   B::Stmt        Stmt(cache, sql): Bind(i, …), BindStatic, BindNullIfEmpty,
//                  Step, Run, RunInsert (the new row's id), RunIfCurrent
//                  (one row changed), Text, Int, OptInt, IsNull
// Backends: storage/sqlite/backend.h, storage/postgres/backend.h. The
// concerns, one file each:
//   catalog.cpp      departments, users, entries, versions, subscriptions,
//                    notices, obligations
//   cases.cpp        sharing cases, their steps, the loaded holiday schedules
//   usage.cpp        the data boundary: usage log, last use, masking rules
//   search.cpp       search documents
//   supervision.cpp  refresh reports, projects
//   audit.cpp        audit trail, security events, platform meta
#ifndef GOVSHARE_STORAGE_SQL_SQL_STORAGE_H_
#define GOVSHARE_STORAGE_SQL_SQL_STORAGE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "govshare/error.h"
#include "storage/postgres/backend.h"
#include "storage/sqlite/backend.h"
#include "storage/storage.h"

namespace govshare::storage::sql {

template <typename B>
class SqlStorage final : public Storage {
 public:
  using Connection = typename B::Connection;
  using Stmt = typename B::Stmt;

  explicit SqlStorage(std::unique_ptr<Connection> connection) : c_(std::move(connection)) {}
  ~SqlStorage() override { Close(); }

  Connection& connection() { return *c_; }
  void Close() override { c_->Close(); }
  void Begin() override { c_->Begin(); }
  void BeginRead() override { c_->BeginRead(); }
  void Commit() override { c_->Commit(); }
  void Rollback() override { c_->Rollback(); }
  int SchemaVersion() override { return c_->SchemaVersion(); }
  void AnnounceChange() override { c_->AnnounceChange(); }

  // copy.cpp
  std::vector<std::string> TableColumns(const std::string& table) override;
  void ScanTable(const std::string& table, const std::vector<std::string>& columns,
                 const std::function<void(std::vector<std::optional<std::string>>&&)>& fn) override;
  void InsertRows(const std::string& table, const std::vector<std::string>& columns,
                  const std::vector<std::vector<std::optional<std::string>>>& rows) override;
  void AfterCopy() override { c_->AfterCopy(); }

  // audit.cpp
  std::optional<std::string> GetMeta(const std::string& key) override;
  void SetMeta(const std::string& key, const std::string& value) override;
  void AppendAudit(const AuditRow& a) override;
  std::int64_t AuditEnd() override;
  void AppendCheckpoint(const CheckpointRow& c) override;
  std::optional<CheckpointRow> LastCheckpoint() override;
  void ScanCheckpoints(std::int64_t from_sequence, const std::function<bool(const CheckpointRow&)>& fn) override;
  void ScanAudit(std::int64_t from_position,
                 const std::function<bool(const AuditRow&)>& fn) override;
  void InsertSecurityEvent(const SecurityEventRow& e) override;
  std::vector<SecurityEventRow> ListSecurityEvents() override;

  // catalog.cpp
  void InsertDepartment(const Department& d) override;
  void SetAuditBody(const std::string& code, bool audit_body) override;
  std::optional<Department> FindDepartment(const std::string& code) override;
  void InsertFederationKey(const FederationKeyRow& k) override;
  bool DeleteFederationKey(const std::string& county_code, const std::string& key_id) override;
  std::vector<FederationKeyRow> ListFederationKeys(const std::string& county_code) override;
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
  std::vector<UsageCountRow> CountUsage(std::int64_t from, std::int64_t to) override;
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
  typename B::Cache& cache() const { return c_->cache(); }

  std::unique_ptr<Connection> c_;
};

// The enumeration value stored as `text` (its ToString name), one of
// first..last; an unknown name is the storage error.
template <typename E>
E EnumFromText(const std::string& text, E first, E last) {
  for (int v = static_cast<int>(first); v <= static_cast<int>(last); ++v) {
    if (ToString(static_cast<E>(v)) == text) return static_cast<E>(v);
  }
  throw StorageError("unknown value \"" + text + "\" in the database");
}

}  // namespace govshare::storage::sql

#endif  // GOVSHARE_STORAGE_SQL_SQL_STORAGE_H_
