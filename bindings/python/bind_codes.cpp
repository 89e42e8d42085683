// catalog_code.h: catalog codes (信息资源代码, A7; docs/catalog-coding.md).
// The C++ overloads without a scheme become a `scheme=CatalogCodeScheme()`
// keyword: the same call, since they pass a default-constructed scheme.
#include <string>
#include <vector>

#include "bind.h"
#include "govshare/catalog_code.h"

namespace govshare::python {

void bind_codes(py::module_& m) {
  py::class_<CatalogCodeScheme> scheme(
      m, "CatalogCodeScheme", "The coding scheme (《南通市政务信息资源目录编码规范》 is configurable here).");
  def_value_type(scheme,
                 field("detail_width", &CatalogCodeScheme::detail_width,
                       "Width of 细目 (digits or capital letters). 0 = no 细目. Default 0."),
                 field("sequence_width", &CatalogCodeScheme::sequence_width,
                       "Width of the zero-padded sequence code (1..12). Default 6."));

  py::class_<CatalogCode> code(m, "CatalogCode", "A parsed catalog code.");
  def_value_type(code, field("classification", &CatalogCode::classification, "The 前段码 parts."),
                 field("sequence", &CatalogCode::sequence,
                       "The sequence number, 1 .. 10**sequence_width - 1."));

  const CatalogCodeScheme default_scheme;
  m.def("classification_code",
        py::overload_cast<const Classification&, const CatalogCodeScheme&>(&ClassificationCode),
        py::arg("classification"), py::arg("scheme") = default_scheme,
        "The 前段码 of a classification, e.g. '101001'. Raises InvalidArgumentError when a part "
        "has the wrong form for the scheme.");
  m.def("parse_catalog_code",
        py::overload_cast<const std::string&, const CatalogCodeScheme&>(&ParseCatalogCode),
        py::arg("text"), py::arg("scheme") = default_scheme,
        "Parses a code such as '101001/000001'. Raises InvalidArgumentError naming the faulty "
        "part.");
  m.def("format_catalog_code",
        py::overload_cast<const CatalogCode&, const CatalogCodeScheme&>(&FormatCatalogCode),
        py::arg("code"), py::arg("scheme") = default_scheme,
        "Formats a code. Raises InvalidArgumentError when it cannot be written under the scheme.");
  m.def("is_valid_catalog_code",
        py::overload_cast<const std::string&, const CatalogCodeScheme&>(&IsValidCatalogCode),
        py::arg("text"), py::arg("scheme") = default_scheme,
        "True when text is a well-formed code under the scheme. Never raises.");
  m.def("next_catalog_code",
        py::overload_cast<const std::vector<std::string>&, const Classification&,
                          const CatalogCodeScheme&>(&NextCatalogCode),
        py::arg("existing"), py::arg("classification"), py::arg("scheme") = default_scheme,
        R"doc(The next free code in classification: one past the highest sequence in use
among the existing codes of that classification. Codes are never reused, so gaps
left by withdrawn entries stay gaps. Malformed codes and codes of other
classifications in existing are ignored. Raises InvalidArgumentError when the
classification is malformed or the sequence space is exhausted.)doc");
}

}  // namespace govshare::python
