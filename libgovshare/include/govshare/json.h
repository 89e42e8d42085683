// libgovshare — JSON import and export of catalogs (docs/catalog-format.md).
//
// JSON crosses the API as UTF-8 std::string. Import is strict: unknown keys,
// wrong types, bad enumeration names, invalid UTF-8 and impossible dates are
// refused with the parse error, whose path() names the place
// (`entries[3].items[1].type`). Export writes every key in a fixed order, so
// export(import(export(x))) is byte-identical to export(x).
#ifndef GOVSHARE_JSON_H_
#define GOVSHARE_JSON_H_

#include <string>

#include "govshare/catalog.h"
#include "govshare/export.h"
#include "govshare/validation.h"

namespace govshare {

/// Parses a catalog document `{"entries": [...]}`.
GOVSHARE_EXPORT Catalog CatalogFromJson(const std::string& json);
/// Writes a catalog document; indent < 0 gives one line.
GOVSHARE_EXPORT std::string CatalogToJson(const Catalog& catalog, int indent);
GOVSHARE_EXPORT std::string CatalogToJson(const Catalog& catalog);

/// Parses one entry object.
GOVSHARE_EXPORT CatalogEntry EntryFromJson(const std::string& json);
/// Writes one entry object; indent < 0 gives one line.
GOVSHARE_EXPORT std::string EntryToJson(const CatalogEntry& entry, int indent);
GOVSHARE_EXPORT std::string EntryToJson(const CatalogEntry& entry);

/// Reads and parses a catalog file. Throws the I/O error when the file
/// cannot be read, the parse error when its content is not a catalog.
GOVSHARE_EXPORT Catalog LoadCatalogFile(const std::string& path);
/// Writes a catalog file (2-space indent). Throws the I/O error on failure.
GOVSHARE_EXPORT void SaveCatalogFile(const Catalog& catalog, const std::string& path);

/// Findings as a JSON array of objects with keys rule_id, article, path,
/// severity, message_zh, message_en.
GOVSHARE_EXPORT std::string FindingsToJson(const std::vector<Finding>& findings, int indent);
GOVSHARE_EXPORT std::string FindingsToJson(const std::vector<Finding>& findings);

}  // namespace govshare

#endif  // GOVSHARE_JSON_H_
