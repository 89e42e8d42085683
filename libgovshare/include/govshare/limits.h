// libgovshare — the limits on the input the library reads (docs/security.md#input-limits).
// Input beyond a limit is refused with an error naming the limit, before
// memory grows with the input: sizes are checked before parsing, nesting,
// string lengths and counts while parsing.
#ifndef GOVSHARE_LIMITS_H_
#define GOVSHARE_LIMITS_H_

#include <cstddef>

namespace govshare::limits {

/// A catalog file or text (CatalogFromJson, LoadCatalogFile, catalog submit).
inline constexpr std::size_t kMaxCatalogBytes = std::size_t{64} << 20;
/// Entries in one catalog.
inline constexpr std::size_t kMaxEntriesPerCatalog = 100000;
/// Data items in one entry.
inline constexpr std::size_t kMaxItemsPerEntry = 2000;
/// Elements of any other JSON array the library reads.
inline constexpr std::size_t kMaxArrayElements = 100000;
/// One JSON string (a name, a summary, a record's value), in bytes.
inline constexpr std::size_t kMaxStringBytes = std::size_t{1} << 20;
/// Nesting of JSON objects and arrays.
inline constexpr std::size_t kMaxJsonDepth = 64;
/// The records handed to one Filter call: their JSON text, and their number.
inline constexpr std::size_t kMaxFilterBytes = std::size_t{64} << 20;
inline constexpr std::size_t kMaxFilterRecords = 100000;
/// A federation bundle.
inline constexpr std::size_t kMaxBundleBytes = std::size_t{64} << 20;
/// A holiday-schedule year file.
inline constexpr std::size_t kMaxCalendarYearBytes = std::size_t{1} << 20;

}  // namespace govshare::limits

#endif  // GOVSHARE_LIMITS_H_
