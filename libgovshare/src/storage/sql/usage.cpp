// The data boundary (A26, A28, A30): the usage log, each authorization's last
// use, masking rules per entry.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "storage/sql/sql_storage.h"

namespace govshare::storage::sql {

namespace {

#define GOVSHARE_USAGE_ROW "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
#define GOVSHARE_USAGE_ROWS4 GOVSHARE_USAGE_ROW ", " GOVSHARE_USAGE_ROW ", " GOVSHARE_USAGE_ROW ", " GOVSHARE_USAGE_ROW
#define GOVSHARE_USAGE_ROWS16 \
  GOVSHARE_USAGE_ROWS4 ", " GOVSHARE_USAGE_ROWS4 ", " GOVSHARE_USAGE_ROWS4 ", " GOVSHARE_USAGE_ROWS4
constexpr char kInsertUsage[] =
    "INSERT INTO usage_log(time, user_id, consumer_code, entry_id, authorization_id, kind, items, method, "
    "purpose, allowed, outcome) VALUES " GOVSHARE_USAGE_ROW;
// 16 lines per statement: a batch of the usage log costs a sixteenth of the
// statements (step, reset, bindings cleared), the bulk of an insert's price.
constexpr int kUsageRowsPerInsert = 16;
constexpr char kInsertUsage16[] =
    "INSERT INTO usage_log(time, user_id, consumer_code, entry_id, authorization_id, kind, items, method, "
    "purpose, allowed, outcome) VALUES " GOVSHARE_USAGE_ROWS16;
#undef GOVSHARE_USAGE_ROWS16
#undef GOVSHARE_USAGE_ROWS4
#undef GOVSHARE_USAGE_ROW

// Binds line `u` as the `slot`-th row of an insert (the rows outlive the step).
template <typename Stmt>
void BindUsage(Stmt& s, int slot, const UsageRow& u) {
  const int b = slot * 11;
  s.Bind(b + 1, u.time).BindStatic(b + 2, u.user_id).BindStatic(b + 3, u.consumer_code).Bind(b + 4, u.entry_id)
      .Bind(b + 5, u.authorization_id).BindStatic(b + 6, u.kind).BindStatic(b + 7, u.items)
      .BindStatic(b + 8, u.method).BindStatic(b + 9, u.purpose).Bind(b + 10, u.allowed).BindStatic(b + 11, u.outcome);
}

}  // namespace

template <typename B>
void SqlStorage<B>::AppendUsage(const std::vector<UsageRow>& rows) {
  std::size_t i = 0;
  for (; i + kUsageRowsPerInsert <= rows.size(); i += kUsageRowsPerInsert) {
    Stmt s(cache(), kInsertUsage16);
    for (int k = 0; k < kUsageRowsPerInsert; ++k) BindUsage(s, k, rows[i + static_cast<std::size_t>(k)]);
    s.Run();
  }
  for (; i < rows.size(); ++i) {
    Stmt s(cache(), kInsertUsage);
    BindUsage(s, 0, rows[i]);
    s.Run();
  }
  // One last-use update per authorization of the batch.
  std::unordered_map<std::int64_t, std::int64_t> last;
  for (const auto& u : rows) {
    if (!u.allowed || u.authorization_id == 0) continue;
    auto& t = last[u.authorization_id];
    t = std::max(t, u.time);
  }
  for (const auto& [id, time] : last) TouchAuthorization(id, time);
}

template <typename B>
void SqlStorage<B>::TouchAuthorization(std::int64_t authorization_id, std::int64_t time) {
  Stmt s(cache(), "INSERT INTO authorization_use(authorization_id, last_used) VALUES(?, ?) "
               "ON CONFLICT(authorization_id) DO UPDATE SET last_used = CASE "
               "WHEN excluded.last_used > authorization_use.last_used THEN excluded.last_used "
               "ELSE authorization_use.last_used END");
  s.Bind(1, authorization_id).Bind(2, time).Run();
}

template <typename B>
std::optional<std::int64_t> SqlStorage<B>::LastUsed(std::int64_t authorization_id) {
  Stmt s(cache(), "SELECT last_used FROM authorization_use WHERE authorization_id = ?");
  s.Bind(1, authorization_id);
  if (!s.Step()) return std::nullopt;
  return s.Int(0);
}

template <typename B>
std::vector<UsageRow> SqlStorage<B>::ListUsage(const std::string& consumer_code, std::int64_t entry_id, std::int64_t from,
                                               std::int64_t to, int limit) {
  Stmt s(cache(), "SELECT id, time, user_id, consumer_code, entry_id, authorization_id, kind, items, method, "
               "purpose, allowed, outcome FROM usage_log WHERE (?1 = '' OR consumer_code = ?1) "
               "AND (?2 = 0 OR entry_id = ?2) AND time >= ?3 AND time <= ?4 ORDER BY id DESC LIMIT ?5");
  s.Bind(1, consumer_code).Bind(2, entry_id).Bind(3, from).Bind(4, to).Bind(5, limit);
  std::vector<UsageRow> out;
  while (s.Step()) {
    UsageRow u;
    u.id = s.Int(0);
    u.time = s.Int(1);
    u.user_id = s.Text(2);
    u.consumer_code = s.Text(3);
    u.entry_id = s.Int(4);
    u.authorization_id = s.Int(5);
    u.kind = s.Text(6);
    u.items = s.Text(7);
    u.method = s.Text(8);
    u.purpose = s.Text(9);
    u.allowed = s.Int(10) != 0;
    u.outcome = s.Text(11);
    out.push_back(std::move(u));
  }
  return out;
}

template <typename B>
std::vector<UsageCountRow> SqlStorage<B>::CountUsage(std::int64_t from, std::int64_t to) {
  Stmt s(cache(), "SELECT consumer_code, kind, allowed, COUNT(*), SUM(CASE WHEN outcome = 'match' THEN 1 ELSE 0 END) "
               "FROM usage_log WHERE time >= ?1 AND time <= ?2 GROUP BY consumer_code, kind, allowed "
               "ORDER BY consumer_code, kind, allowed");
  s.Bind(1, from).Bind(2, to);
  std::vector<UsageCountRow> out;
  while (s.Step()) {
    UsageCountRow c;
    c.consumer_code = s.Text(0);
    c.kind = s.Text(1);
    c.allowed = s.Int(2) != 0;
    c.lines = s.Int(3);
    c.matched = s.Int(4);
    out.push_back(std::move(c));
  }
  return out;
}

template <typename B>
std::optional<std::string> SqlStorage<B>::GetMaskingRules(std::int64_t entry_id) {
  Stmt s(cache(), "SELECT rules FROM masking_rules WHERE entry_id = ?");
  s.Bind(1, entry_id);
  if (!s.Step()) return std::nullopt;
  return s.Text(0);
}

template <typename B>
void SqlStorage<B>::SetMaskingRules(std::int64_t entry_id, const std::string& rules) {
  Stmt s(cache(), "INSERT INTO masking_rules(entry_id, rules) VALUES(?, ?) "
               "ON CONFLICT(entry_id) DO UPDATE SET rules = excluded.rules");
  s.Bind(1, entry_id).Bind(2, rules).Run();
}

template class SqlStorage<sqlite::Backend>;
template class SqlStorage<postgres::Backend>;

}  // namespace govshare::storage::sql
