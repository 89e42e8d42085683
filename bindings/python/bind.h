// Python binding of libgovshare: one bind_<header>() per public header, called
// in order by PYBIND11_MODULE in _govshare.cpp. Translation only, no domain
// logic: anything a rule decides lives in libgovshare/src.
#ifndef GOVSHARE_BINDINGS_PYTHON_BIND_H_
#define GOVSHARE_BINDINGS_PYTHON_BIND_H_

#include <pybind11/operators.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>  // every TU: vectors and optionals convert the same way

#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "govshare/date.h"

namespace govshare::python {

namespace py = pybind11;

// Registration order matters: a type must be bound before another type's
// field default or a function's default argument uses it.
void bind_errors(py::module_& m);       // error.h (ErrorCode + exception translator)
void bind_date(py::module_& m);         // date.h
void bind_calendar(py::module_& m);     // calendar.h
void bind_catalog(py::module_& m);      // catalog.h
void bind_codes(py::module_& m);        // catalog_code.h
void bind_validation(py::module_& m);   // validation.h
void bind_json(py::module_& m);         // json.h
void bind_identifiers(py::module_& m);  // identifiers.h
void bind_version(py::module_& m);      // version.h
void bind_rulebook(py::module_& m);     // rulebook.h (before sharing and platform)
void bind_sharing(py::module_& m);      // sharing.h (before platform: its methods use these types)
void bind_access(py::module_& m);       // access.h (before platform: its methods use these types)
void bind_search(py::module_& m);       // search.h, supervision.h (before platform: its methods use these types)
void bind_platform(py::module_& m);     // platform_types.h, platform.h
void bind_masking(py::module_& m);      // masking.h (after platform: HashAlgorithm is a default)

/// Dates from a Python sequence of govshare.Date or datetime.date, converted
/// directly (no Python object per element): the batch forms' input.
std::vector<govshare::Date> DatesFromSequence(const py::handle& dates);

/// A govshare.Date or datetime.date argument as a Date (TypeError otherwise).
govshare::Date DateFromHandle(const py::handle& value);

/// True when `value` is a datetime.date (not a datetime.datetime).
bool IsPyDate(const py::handle& value);

/// True when `value` is a datetime.datetime (aware or naive).
bool IsPyDateTime(const py::handle& value);

/// `d` as a datetime.date when `as_py_date`, else as a govshare.Date: calendar
/// queries answer in the type they were asked in (datetime.date in and out).
py::object DateLike(const govshare::Date& d, bool as_py_date);

/// One public data member of a value type: Python name, member, docstring.
template <typename T, typename M>
struct Field {
  const char* name;
  M T::*member;
  const char* doc;
};

template <typename T, typename M>
Field<T, M> field(const char* name, M T::*member, const char* doc) {
  return Field<T, M>{name, member, doc};
}

// std::vector and std::optional fields are read as copies (see def_field).
template <typename M>
struct IsCopiedField : std::false_type {};
template <typename U, typename A>
struct IsCopiedField<std::vector<U, A>> : std::true_type {};
template <typename U>
struct IsCopiedField<std::optional<U>> : std::true_type {};

// Whether T has a usable operator== (bound as __eq__ when it does).
template <typename T, typename = void>
struct HasEquality : std::false_type {};
template <typename T>
struct HasEquality<T, std::void_t<decltype(std::declval<const T&>() == std::declval<const T&>())>>
    : std::true_type {};

/// Binds one field as a read/write attribute.
///
/// Struct, string, number and enum fields use def_readwrite: a struct field
/// reads as a live reference into its parent (`entry.provider.name = ...`
/// works), safe because the sub-object lives as long as the parent.
///
/// Vector and optional fields read as *copies*. def_readwrite would return a
/// new list whose struct elements (or the optional's value) are references
/// into the C++ container: `first = entry.items[0]; entry.items = []` would
/// then leave `first` pointing at freed memory. A copy keeps Python safe; the
/// price is that `entry.items.append(x)` or `entry.items[0].name = ...` does
/// not change the entry: assign the whole list instead.
template <typename T, typename M>
void def_field(py::class_<T>& cls, const Field<T, M>& f) {
  if constexpr (IsCopiedField<M>::value) {
    cls.def_property(
        f.name, [member = f.member](const T& self) { return M(self.*member); },
        [member = f.member](T& self, M value) { self.*member = std::move(value); }, f.doc);
  } else {
    cls.def_readwrite(f.name, f.member, f.doc);
  }
}

/// Binds a plain C++ value struct the same way everywhere:
///  - each field as a read/write attribute (def_field);
///  - a keyword-only constructor taking every field, defaults taken from a
///    default-constructed T (so they never drift from the C++ header);
///  - `__repr__` as `Type(field=value, ...)`, unless the class already defines
///    one (define a custom `__repr__` before calling this);
///  - `__copy__` / `__deepcopy__` (a C++ copy: these types own no references);
///  - `__eq__` from the C++ operator== when T has one (pybind11 then sets
///    `__hash__ = None`: these are mutable values).
template <typename T, typename... M>
void def_value_type(py::class_<T>& cls, const Field<T, M>&... fields) {
  (def_field(cls, fields), ...);

  const T defaults{};
  cls.def(py::init([fields...](M... values) {
            T out{};
            ((out.*(fields.member) = std::move(values)), ...);
            return out;
          }),
          py::kw_only(), (py::arg(fields.name) = defaults.*(fields.member))...);

  // A class's own __repr__ stays: a second def() would only add an overload.
  const bool own_repr = cls.attr("__dict__").contains("__repr__");
  if (!own_repr) {
    cls.def("__repr__", [names = std::vector<std::string>{fields.name...}](const py::object& self) {
      std::string out = py::type::handle_of(self).attr("__name__").cast<std::string>() + "(";
      for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += ", ";
        out += names[i] + "=";
        try {
          out += py::repr(self.attr(names[i].c_str())).cast<std::string>();
        } catch (const py::error_already_set&) {
          out += "<not representable>";  // e.g. bytes that are not UTF-8 were assigned
        }
      }
      return out + ")";
    });
  }
  if constexpr (HasEquality<T>::value) {
    cls.def(py::self == py::self);
  }
  cls.def("__copy__", [](const T& self) { return T(self); });
  cls.def("__deepcopy__", [](const T& self, const py::dict&) { return T(self); }, py::arg("memo"));
}

}  // namespace govshare::python

#endif  // GOVSHARE_BINDINGS_PYTHON_BIND_H_
