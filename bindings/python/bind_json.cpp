// json.h: JSON import and export of catalogs (docs/catalog-format.md).
// Text crosses as str (UTF-8 in C++); bytes are passed through unchanged, so
// invalid UTF-8 reaches the C++ check and comes back as ParseError.
#include <pybind11/stl/filesystem.h>

#include <filesystem>
#include <string>
#include <vector>

#include "bind.h"
#include "govshare/json.h"

namespace govshare::python {

void bind_json(py::module_& m) {
  m.def("catalog_from_json", &CatalogFromJson, py::arg("text"),
        R"doc(Parses a catalog document ``{"entries": [...]}``.

Strict: unknown keys, wrong types, bad enumeration names, invalid UTF-8 and
impossible dates raise ParseError, whose ``path`` names the place
(``entries[3].items[1].type``).)doc");
  m.def("catalog_to_json", py::overload_cast<const Catalog&, int>(&CatalogToJson),
        py::arg("catalog"), py::arg("indent") = 2,
        "Writes a catalog document; indent < 0 gives one line. Every key is written in a fixed "
        "order, so the output is stable. Raises InvalidArgumentError naming the field when text "
        "is not UTF-8.");
  m.def("entry_from_json", &EntryFromJson, py::arg("text"),
        "Parses one entry object. Raises ParseError like catalog_from_json.");
  m.def("entry_to_json", py::overload_cast<const CatalogEntry&, int>(&EntryToJson),
        py::arg("entry"), py::arg("indent") = 2,
        "Writes one entry object; indent < 0 gives one line.");
  m.def(
      "load_catalog_file",
      [](const std::filesystem::path& path) { return LoadCatalogFile(path.string()); },
      py::arg("path"),
      "Reads and parses a catalog file. Raises IoError when the file cannot be read, ParseError "
      "when its content is not a catalog.");
  m.def(
      "save_catalog_file",
      [](const Catalog& catalog, const std::filesystem::path& path) {
        SaveCatalogFile(catalog, path.string());
      },
      py::arg("catalog"), py::arg("path"),
      "Writes a catalog file (2-space indent). Raises IoError on failure.");
  m.def("findings_to_json",
        py::overload_cast<const std::vector<Finding>&, int>(&FindingsToJson), py::arg("findings"),
        py::arg("indent") = 2,
        "Findings as a JSON array of objects with keys rule_id, article, path, severity, "
        "message_zh, message_en; indent < 0 gives one line.");
}

}  // namespace govshare::python
