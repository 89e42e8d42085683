// Search documents (A20): one per published entry, written in the same
// transaction as the catalog change.
#include <functional>
#include <optional>

#include "storage/sql/sql_storage.h"

#define kSearchColumns                                                                        \
  "SELECT entry_id, code, provider_code, name, text, topics, industry, share_class, format, "   \
  "update_cycle, methods FROM search_documents"

namespace govshare::storage::sql {

namespace {

template <typename Stmt>
SearchDocumentRow ReadSearchDocument(const Stmt& s) {
  SearchDocumentRow d;
  d.entry_id = s.Int(0);
  d.code = s.Text(1);
  d.provider_code = s.Text(2);
  d.name = s.Text(3);
  d.text = s.Text(4);
  d.topics = s.Text(5);
  d.industry = s.Text(6);
  d.share_class = s.Text(7);
  d.format = s.Text(8);
  d.update_cycle = s.Text(9);
  d.methods = s.Text(10);
  return d;
}

}  // namespace

template <typename B>
void SqlStorage<B>::UpsertSearchDocument(const SearchDocumentRow& d) {
  Stmt s(cache(), "INSERT INTO search_documents(entry_id, code, provider_code, name, text, topics, industry, "
               "share_class, format, update_cycle, methods) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
               "ON CONFLICT(entry_id) DO UPDATE SET code = excluded.code, provider_code = excluded.provider_code, "
               "name = excluded.name, text = excluded.text, topics = excluded.topics, industry = excluded.industry, "
               "share_class = excluded.share_class, format = excluded.format, "
               "update_cycle = excluded.update_cycle, methods = excluded.methods");
  s.Bind(1, d.entry_id).Bind(2, d.code).Bind(3, d.provider_code).Bind(4, d.name).Bind(5, d.text)
      .Bind(6, d.topics).Bind(7, d.industry).Bind(8, d.share_class).Bind(9, d.format).Bind(10, d.update_cycle)
      .Bind(11, d.methods).Run();
}

template <typename B>
void SqlStorage<B>::DeleteSearchDocument(std::int64_t entry_id) {
  Stmt s(cache(), "DELETE FROM search_documents WHERE entry_id = ?");
  s.Bind(1, entry_id).Run();
}

template <typename B>
std::optional<SearchDocumentRow> SqlStorage<B>::FindSearchDocument(std::int64_t entry_id) {
  Stmt s(cache(), kSearchColumns " WHERE entry_id = ?");
  s.Bind(1, entry_id);
  if (!s.Step()) return std::nullopt;
  return ReadSearchDocument(s);
}

template <typename B>
void SqlStorage<B>::ScanSearchDocuments(const std::function<void(const SearchDocumentRow&)>& fn) {
  Stmt s(cache(), kSearchColumns " ORDER BY entry_id");
  while (s.Step()) fn(ReadSearchDocument(s));
}

template class SqlStorage<sqlite::Backend>;
template class SqlStorage<postgres::Backend>;

}  // namespace govshare::storage::sql
