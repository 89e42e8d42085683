// The extension module govshare._govshare. Users import `govshare`, whose
// __init__.py re-exports this module and adds the exception classes and the
// datetime.date helpers.
#include "bind.h"

PYBIND11_MODULE(_govshare, m) {
  m.doc() = R"doc(libgovshare: government data-sharing catalog rules (Nantong 2020).

Low-level extension module; import the ``govshare`` package instead.)doc";

  using namespace govshare::python;
  bind_errors(m);
  bind_date(m);
  bind_calendar(m);
  bind_catalog(m);
  bind_codes(m);
  bind_validation(m);
  bind_json(m);
  bind_identifiers(m);
  bind_version(m);
  bind_rulebook(m);
  bind_sharing(m);
  bind_access(m);
  bind_search(m);
  bind_platform(m);
  bind_masking(m);
}
