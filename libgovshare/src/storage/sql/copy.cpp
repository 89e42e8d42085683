// The whole platform, table by table, for a copy between stores
// (Platform::CopyTo): the tables in an order that satisfies their foreign
// keys, their columns, their rows as text, and inserts of rows with their own
// ids. Statements are built at run time here (table and column names come from
// Storage::Tables and the store itself, never from a caller), so they are not
// cached.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "storage/sql/sql_storage.h"

namespace govshare::storage {

const std::vector<std::string>& Storage::Tables() {
  static const std::vector<std::string> kTables = {
      "platform_meta", "departments", "federation_keys", "users", "entries", "entry_versions", "subscriptions", "notices",
      "obligations", "applications", "authorizations", "demand_requests", "objections", "disputes",
      "rectifications", "service_changes", "use_records", "steps", "calendar_years", "usage_log",
      "authorization_use", "masking_rules", "search_documents", "refresh_reports", "projects", "audit_log",
      "audit_checkpoints", "security_events"};
  return kTables;
}

namespace sql {
namespace {

void RequireKnownTable(const std::string& table) {
  for (const auto& t : Storage::Tables())
    if (t == table) return;
  throw StorageError("unknown table \"" + table + "\"");
}

std::string ColumnList(const std::vector<std::string>& columns) {
  std::string out;
  for (const auto& c : columns) out += (out.empty() ? "" : ", ") + c;
  return out;
}

}  // namespace

template <typename B>
std::vector<std::string> SqlStorage<B>::TableColumns(const std::string& table) {
  RequireKnownTable(table);
  std::vector<std::string> names;
  c_->Query("SELECT * FROM " + table + " WHERE 1 = 0", {}, &names, nullptr);
  return names;
}

template <typename B>
void SqlStorage<B>::ScanTable(const std::string& table, const std::vector<std::string>& columns,
                              const std::function<void(std::vector<std::optional<std::string>>&&)>& fn) {
  RequireKnownTable(table);
  const std::vector<std::string> known = TableColumns(table);
  for (const auto& c : columns) {
    if (std::find(known.begin(), known.end(), c) == known.end()) {
      throw StorageError("table " + table + " has no column \"" + c + "\"");
    }
  }
  if (table != "departments") {
    c_->Query("SELECT " + ColumnList(columns) + " FROM " + table + " ORDER BY 1", {}, nullptr, fn);
    return;
  }
  // A department refers to its parent: parents first, whatever the codes.
  std::vector<std::vector<std::optional<std::string>>> rows;
  c_->Query("SELECT " + ColumnList(columns) + " FROM departments ORDER BY 1", {}, nullptr,
            [&](std::vector<std::optional<std::string>>&& row) { rows.push_back(std::move(row)); });
  const auto code_at = std::find(columns.begin(), columns.end(), "code") - columns.begin();
  const auto parent_at = std::find(columns.begin(), columns.end(), "parent_code") - columns.begin();
  const bool ordered = code_at < static_cast<std::ptrdiff_t>(columns.size()) &&
                       parent_at < static_cast<std::ptrdiff_t>(columns.size());
  std::set<std::string> emitted;
  std::vector<bool> done(rows.size(), false);
  for (std::size_t left = rows.size(); left > 0;) {
    std::size_t progress = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      if (done[i]) continue;
      const auto& parent = ordered ? rows[i][static_cast<std::size_t>(parent_at)] : std::nullopt;
      if (parent && !parent->empty() && !emitted.count(*parent)) continue;
      if (ordered && rows[i][static_cast<std::size_t>(code_at)]) emitted.insert(*rows[i][static_cast<std::size_t>(code_at)]);
      done[i] = true;
      ++progress;
      fn(std::move(rows[i]));
    }
    if (progress == 0) throw StorageError("departments: a parent_code refers to no department");
    left -= progress;
  }
}

template <typename B>
void SqlStorage<B>::InsertRows(const std::string& table, const std::vector<std::string>& columns,
                               const std::vector<std::vector<std::optional<std::string>>>& rows) {
  RequireKnownTable(table);
  if (rows.empty() || columns.empty()) return;
  // Up to 100 rows per statement (far below either backend's parameter limit).
  constexpr std::size_t kPerStatement = 100;
  std::string one = "(";
  for (std::size_t i = 0; i < columns.size(); ++i) one += i ? ", ?" : "?";
  one += ")";
  for (std::size_t at = 0; at < rows.size(); at += kPerStatement) {
    const std::size_t n = std::min(kPerStatement, rows.size() - at);
    std::string sql = "INSERT INTO " + table + "(" + ColumnList(columns) + ") VALUES ";
    std::vector<std::optional<std::string>> params;
    params.reserve(n * columns.size());
    for (std::size_t r = 0; r < n; ++r) {
      const auto& row = rows[at + r];
      if (row.size() != columns.size()) throw StorageError("insert into " + table + ": a row of the wrong width");
      sql += r ? ", " + one : one;
      params.insert(params.end(), row.begin(), row.end());
    }
    c_->Query(sql, params, nullptr, nullptr);
  }
}

template class SqlStorage<sqlite::Backend>;
template class SqlStorage<postgres::Backend>;

}  // namespace sql
}  // namespace govshare::storage
