// Supervision (A31–A33): data refresh reports and projects (rectification
// notices are a case table: cases.cpp).
#include <string>
#include <utility>
#include <vector>

#include "storage/sql/sql_storage.h"

namespace govshare::storage::sql {

template <typename B>
void SqlStorage<B>::InsertRefresh(std::int64_t entry_id, std::int64_t time, const std::string& user) {
  Stmt s(cache(), "INSERT INTO refresh_reports(entry_id, time, reported_by) VALUES(?, ?, ?)");
  s.Bind(1, entry_id).Bind(2, time).Bind(3, user).Run();
}

template <typename B>
std::vector<std::pair<std::int64_t, std::int64_t>> SqlStorage<B>::LastRefreshes(std::int64_t until) {
  Stmt s(cache(), "SELECT entry_id, max(time) FROM refresh_reports WHERE time <= ? GROUP BY entry_id");
  s.Bind(1, until);
  std::vector<std::pair<std::int64_t, std::int64_t>> out;
  while (s.Step()) out.emplace_back(s.Int(0), s.Int(1));
  return out;
}

template <typename B>
std::int64_t SqlStorage<B>::SaveProject(std::int64_t id, const std::string& department_code, const std::string& body) {
  if (id == 0) {
    Stmt s(cache(), "INSERT INTO projects(department_code, body) VALUES(?, ?)");
    return s.Bind(1, department_code).Bind(2, body).RunInsert();
  }
  Stmt s(cache(), "UPDATE projects SET department_code = ?, body = ? WHERE id = ?");
  s.Bind(1, department_code).Bind(2, body).Bind(3, id).Run();
  return id;
}

template <typename B>
std::vector<std::pair<std::int64_t, std::string>> SqlStorage<B>::ListProjects(const std::string& department_code) {
  Stmt s(cache(), "SELECT id, body FROM projects WHERE ?1 = '' OR department_code = ?1 ORDER BY id");
  s.Bind(1, department_code);
  std::vector<std::pair<std::int64_t, std::string>> out;
  while (s.Step()) out.emplace_back(s.Int(0), s.Text(1));
  return out;
}

template class SqlStorage<sqlite::Backend>;
template class SqlStorage<postgres::Backend>;

}  // namespace govshare::storage::sql
