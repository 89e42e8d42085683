// Internal: the field paths of the catalog JSON format ("entries[0].items[2].name")
// that name a field in errors, shared by reading (json_read.cpp) and writing
// (json_write.cpp).
#ifndef GOVSHARE_SRC_CATALOG_JSON_PATH_H_
#define GOVSHARE_SRC_CATALOG_JSON_PATH_H_

#include <cstddef>
#include <string>

namespace govshare::internal {

// `key` inside the object at `path` ("" is the document).
inline std::string Join(const std::string& path, const std::string& key) {
  return path.empty() ? key : path + "." + key;
}
// Element `i` of the array at `path`.
inline std::string Index(const std::string& path, size_t i) {
  return path + "[" + std::to_string(i) + "]";
}

}  // namespace govshare::internal

#endif  // GOVSHARE_SRC_CATALOG_JSON_PATH_H_
