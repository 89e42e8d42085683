// error.h: ErrorCode, and the translation of the C++ error hierarchy into the
// Python classes defined in govshare/__init__.py (docs/error-model.md).
//
// The Python classes live in __init__.py rather than being created here with
// py::register_exception because some have two bases (InvalidArgumentError is
// also a ValueError, IoError also an OSError), which register_exception cannot
// express. One translator catches the C++ classes most-derived first, so the
// registration-order trap of per-class translators does not arise.
#include <string>

#include "bind.h"
#include "govshare/calendar.h"
#include "govshare/error.h"

namespace govshare::python {
namespace {

// UTF-8 text from C++ to a Python str. Messages may quote caller input that is
// not UTF-8 (bytes passed for a str); replace those bytes rather than fail
// while raising.
py::str Text(const std::string& s) {
  return py::reinterpret_steal<py::str>(
      PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace"));
}

// Sets the Python error `govshare.<class_name>` for `e`; `extra` holds the
// class's own attributes (ParseError.path, CalendarCoverageError.missing_year).
void Raise(const char* class_name, const Error& e, py::dict extra = py::dict()) {
  try {
    const py::object cls = py::module_::import("govshare").attr(class_name);
    extra["code"] = e.code();
    const py::object instance = cls(Text(e.what()), **extra);
    py::set_error(cls, instance);
  } catch (const py::error_already_set&) {
    // Only if the package itself failed to initialise: keep the message.
    py::set_error(PyExc_RuntimeError, Text(e.what()));
  }
}

void Translate(std::exception_ptr p) {
  try {
    if (p) std::rethrow_exception(p);
  } catch (const ParseError& e) {
    py::dict extra;
    extra["path"] = Text(e.path());
    Raise("ParseError", e, extra);
  } catch (const CalendarCoverageError& e) {
    py::dict extra;
    extra["missing_year"] = e.missing_year();
    Raise("CalendarCoverageError", e, extra);
  } catch (const InvalidArgumentError& e) {
    Raise("InvalidArgumentError", e);
  } catch (const NotFoundError& e) {
    Raise("NotFoundError", e);
  } catch (const PermissionDeniedError& e) {
    Raise("PermissionDeniedError", e);
  } catch (const InvalidTransitionError& e) {
    Raise("InvalidTransitionError", e);
  } catch (const ConflictError& e) {
    Raise("ConflictError", e);
  } catch (const StorageError& e) {
    Raise("StorageError", e);
  } catch (const IoError& e) {
    Raise("IoError", e);
  } catch (const Error& e) {
    Raise("GovShareError", e);
  } catch (const ArgumentTypeError& e) {
    // A method NameArgumentErrors did not wrap: the argument by position.
    py::set_error(PyExc_TypeError, Text("argument #" + std::to_string(e.index + 1) + e.message));
  }
  // Anything else propagates to pybind11's own translators.
}

// Throws the C++ class for `code`, so that tests can check every mapping even
// for the kinds no current function throws.
void ThrowForTest(ErrorCode code, const std::string& message, const std::string& path) {
  switch (code) {
    case ErrorCode::kInvalidArgument: throw InvalidArgumentError(message);
    case ErrorCode::kParse: throw ParseError(path, message);
    case ErrorCode::kNotFound: throw NotFoundError(message);
    case ErrorCode::kPermissionDenied: throw PermissionDeniedError(message);
    case ErrorCode::kInvalidTransition: throw InvalidTransitionError(message);
    case ErrorCode::kConflict: throw ConflictError(message);
    case ErrorCode::kStorage: throw StorageError(message);
    case ErrorCode::kIo: throw IoError(message);
  }
  throw Error(code, message);
}

}  // namespace

void bind_errors(py::module_& m) {
  py::enum_<ErrorCode>(m, "ErrorCode", "Machine-readable kind of an error (``GovShareError.code``). Values are stable.")
      .value("INVALID_ARGUMENT", ErrorCode::kInvalidArgument, "bad input from the caller")
      .value("PARSE", ErrorCode::kParse, "a document (JSON) could not be read; see the path")
      .value("NOT_FOUND", ErrorCode::kNotFound, "the named object does not exist")
      .value("PERMISSION_DENIED", ErrorCode::kPermissionDenied,
             "the acting user's role may not do this")
      .value("INVALID_TRANSITION", ErrorCode::kInvalidTransition, "a state machine refused the move")
      .value("CONFLICT", ErrorCode::kConflict, "a concurrent or duplicate change was refused")
      .value("STORAGE", ErrorCode::kStorage, "the database failed")
      .value("IO", ErrorCode::kIo, "a file could not be read or written");

  py::register_exception_translator(&Translate);

  m.def("_throw_error", &ThrowForTest, py::arg("code"), py::arg("message"), py::arg("path") = "",
        "Testing aid: throws the C++ error of ``code`` so its Python mapping can be checked.");
}

}  // namespace govshare::python
