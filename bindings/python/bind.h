// Python binding of libgovshare: one bind_<header>() per public header, called
// in order by PYBIND11_MODULE in _govshare.cpp. Translation only, no domain
// logic: anything a rule decides lives in libgovshare/src.
#ifndef GOVSHARE_BINDINGS_PYTHON_BIND_H_
#define GOVSHARE_BINDINGS_PYTHON_BIND_H_

#include <pybind11/operators.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>  // every TU: vectors and optionals convert the same way

#include <algorithm>
#include <optional>
#include <string>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <vector>

#include "govshare/calendar.h"  // LocalDateTime
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

// ---- short type errors -------------------------------------------------------------
// pybind11 answers a wrong argument type with every accepted signature (about
// 1,000 characters for a value type's keyword constructor). A parameter or
// field declared as Checked<M> accepts any object at overload resolution (its
// signature still shows M) and is converted by Convert<M>, which raises one
// short TypeError naming the place and the expected type:
//   ApplicationRequest.valid_from: expected govshare.Date or datetime.date, got str

/// A Python object that is converted to M by Convert<M> (see above).
template <typename M>
struct Checked {
  py::object value;
};

/// How a TypeError names the Python type of `value` ("str", "datetime.date",
/// "a naive datetime.datetime: add tzinfo=govshare.SHANGHAI" when an aware one
/// was expected).
std::string DescribeValue(const py::handle& value, bool wants_aware_datetime);

/// The Python name of a registered (bound) C++ type: "govshare.Provider".
std::string RegisteredTypeName(const std::type_info& type);

template <typename M>
struct ExpectedName {
  static std::string Get() {
    if constexpr (std::is_same_v<M, govshare::Date>) {
      return "govshare.Date or datetime.date";
    } else if constexpr (std::is_same_v<M, govshare::LocalDateTime>) {
      return "govshare.LocalDateTime or an aware datetime.datetime";
    } else if constexpr (std::is_same_v<M, bool>) {
      return "bool";
    } else if constexpr (std::is_integral_v<M>) {
      return "int";
    } else if constexpr (std::is_floating_point_v<M>) {
      return "float";
    } else if constexpr (std::is_same_v<M, std::string>) {
      return "str";
    } else if constexpr (std::is_enum_v<M> || std::is_class_v<M>) {
      if (py::detail::get_type_info(typeid(M)) != nullptr) return RegisteredTypeName(typeid(M));
      return py::detail::make_caster<M>::name.text;
    } else {
      return py::detail::make_caster<M>::name.text;
    }
  }
};
template <typename U, typename A>
struct ExpectedName<std::vector<U, A>> {
  static std::string Get() { return "list[" + ExpectedName<U>::Get() + "]"; }
};
template <typename U>
struct ExpectedName<std::optional<U>> {
  static std::string Get() { return ExpectedName<U>::Get() + " or None"; }
};

template <typename M>
M Convert(const py::handle& value, const std::string& where);

// GCC sees pybind11's enum caster's value as maybe uninitialized when it is
// read after a successful load (a false positive, -Wmaybe-uninitialized).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

template <typename M>
struct Converter {
  static M Run(const py::handle& value, const std::string& where) {
    try {
      return py::cast<M>(value);
    } catch (const py::cast_error&) {
    } catch (const py::reference_cast_error&) {  // None where a struct is expected
    }
    std::string got = DescribeValue(value, std::is_same_v<M, govshare::LocalDateTime>);
    if constexpr (std::is_same_v<M, govshare::Date>) {
      if (IsPyDateTime(value)) got += " (use its .date())";
    }
    if constexpr (std::is_integral_v<M> && !std::is_same_v<M, bool>) {
      if (PyLong_Check(value.ptr()) && !PyBool_Check(value.ptr())) {
        got = py::repr(value).cast<std::string>() + " (out of range for " + ExpectedName<M>::Get() +
              std::to_string(sizeof(M) * 8) + ")";
      }
    }
    throw py::type_error(where + ": expected " + ExpectedName<M>::Get() + ", got " + got);
  }
};
// A list names the element at fault: "ApplicationRequest.items[1]: expected str, got int".
template <typename U, typename A>
struct Converter<std::vector<U, A>> {
  static std::vector<U, A> Run(const py::handle& value, const std::string& where) {
    const bool sequence = PySequence_Check(value.ptr()) && !PyUnicode_Check(value.ptr()) &&
                          !PyBytes_Check(value.ptr()) && !PyByteArray_Check(value.ptr());
    if (!sequence || py::isinstance<py::dict>(value)) {
      throw py::type_error(where + ": expected " + ExpectedName<std::vector<U, A>>::Get() + ", got " +
                           DescribeValue(value, false));
    }
    const py::sequence seq = py::reinterpret_borrow<py::sequence>(value);
    std::vector<U, A> out;
    out.reserve(seq.size());
    size_t i = 0;
    for (const py::handle item : seq) {
      out.push_back(Convert<U>(item, where + "[" + std::to_string(i++) + "]"));
    }
    return out;
  }
};
template <typename U>
struct Converter<std::optional<U>> {
  static std::optional<U> Run(const py::handle& value, const std::string& where) {
    if (value.is_none()) return std::nullopt;
    try {
      return Converter<U>::Run(value, where);
    } catch (const py::type_error&) {
      throw py::type_error(where + ": expected " + ExpectedName<std::optional<U>>::Get() + ", got " +
                           DescribeValue(value, std::is_same_v<U, govshare::LocalDateTime>));
    }
  }
};

/// `value` as an M, or a TypeError "<where>: expected <M>, got <type>".
template <typename M>
M Convert(const py::handle& value, const std::string& where) {
  return Converter<M>::Run(value, where);
}

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

/// A wrong argument type found while converting a method's arguments: the
/// argument's index (self not counted) and the message after the place
/// (": expected str, got int" or "[1]: expected str, got int").
struct ArgumentTypeError {
  size_t index;
  std::string message;
};

template <typename T>
struct TypeTag {
  using type = T;
};

/// The Python name of T ("ApplicationRequest"), looked up when an error is raised.
template <typename T>
std::string ClassName() {
  return py::type::of<T>().attr("__name__").template cast<std::string>();
}

/// Binds one field as a read/write attribute.
///
/// Struct, string, number and enum fields read as a live reference into their
/// parent (as def_readwrite: `entry.provider.name = ...` works), safe because
/// the sub-object lives as long as the parent.
///
/// Vector and optional fields read as *copies*. def_readwrite would return a
/// new list whose struct elements (or the optional's value) are references
/// into the C++ container: `first = entry.items[0]; entry.items = []` would
/// then leave `first` pointing at freed memory. A copy keeps Python safe; the
/// price is that `entry.items.append(x)` or `entry.items[0].name = ...` does
/// not change the entry: assign the whole list instead.
///
/// Assignment converts through Convert<M>: a wrong type raises the short
/// TypeError naming `Type.field`.
template <typename T, typename M>
void def_field(py::class_<T>& cls, const Field<T, M>& f) {
  py::cpp_function fset(
      [member = f.member, name = f.name](T& self, const Checked<M>& value) {
        self.*member = Convert<M>(value.value, ClassName<T>() + "." + name);
      },
      py::is_method(cls));
  if constexpr (IsCopiedField<M>::value) {
    py::cpp_function fget([member = f.member](const T& self) { return M(self.*member); },
                          py::is_method(cls));
    cls.def_property(f.name, fget, fset, f.doc);
  } else {
    py::cpp_function fget([member = f.member](const T& self) -> const M& { return self.*member; },
                          py::is_method(cls));
    cls.def_property(f.name, fget, fset, py::return_value_policy::reference_internal, f.doc);
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
  // Each argument is a Checked<M>: a wrong type raises "Type.field: expected
  // ..., got ..." instead of pybind11's list of signatures.
  cls.def(py::init([fields...](const Checked<M>&... values) {
            T out{};
            const std::string type_name = ClassName<T>();
            ((out.*(fields.member) = Convert<M>(values.value, type_name + "." + fields.name)), ...);
            return out;
          }),
          py::kw_only(), (py::arg(fields.name) = defaults.*(fields.member))...);

  // Anything the keyword constructor cannot take (a positional argument, a
  // keyword that is not a field) reaches this overload: one line instead of
  // pybind11's list of every field.
  cls.def(py::init([names = std::vector<std::string>{fields.name...}](const py::args& args,
                                                                     const py::kwargs& kwargs) -> T {
    const std::string type_name = ClassName<T>();
    std::string listed;
    for (const std::string& n : names) {
      if (listed.size() > 100) {
        listed += ", …";
        break;
      }
      listed += (listed.empty() ? "" : ", ") + n;
    }
    if (!args.empty()) {
      throw py::type_error(type_name + "() takes keyword arguments only (" + listed + ")");
    }
    for (const auto& item : kwargs) {
      const std::string key = py::str(item.first).cast<std::string>();
      if (std::find(names.begin(), names.end(), key) == names.end()) {
        throw py::type_error(type_name + "() has no field '" + key + "' (" + listed + ")");
      }
    }
    throw py::type_error(type_name + "(): arguments not understood");
  }));

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

namespace pybind11::detail {

// Checked<M> takes any object at overload resolution and shows as M in
// signatures (docstrings, the stub); Convert<M> does the conversion.
template <typename M>
struct type_caster<govshare::python::Checked<M>> {
  PYBIND11_TYPE_CASTER(govshare::python::Checked<M>, make_caster<M>::name);
  bool load(handle src, bool /*convert*/) {
    value.value = reinterpret_borrow<object>(src);
    return true;
  }
  static handle cast(const govshare::python::Checked<M>& src, return_value_policy, handle) {
    return src.value.inc_ref();
  }
};

}  // namespace pybind11::detail

#endif  // GOVSHARE_BINDINGS_PYTHON_BIND_H_
