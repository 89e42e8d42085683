// version.h: the library version (govshare.__version__ in __init__.py).
#include "bind.h"
#include "govshare/version.h"

namespace govshare::python {

void bind_version(py::module_& m) {
  m.def("version", &Version, "The library's version, e.g. '0.1.0'.");
}

}  // namespace govshare::python
