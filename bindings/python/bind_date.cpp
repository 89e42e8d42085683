// date.h: the Date value type. A datetime.date converts implicitly wherever a
// Date is expected (e.g. `entry.publish_date = datetime.date(2021, 3, 15)`);
// Date.to_date() / Date.from_date() are added in govshare/__init__.py.
#include <string>

#include "bind.h"  // Python.h first

// The CPython datetime C API: reading a datetime.date's fields is a macro, not
// three attribute lookups (10x faster on the calendar's hot paths).
#include <datetime.h>
#include "govshare/date.h"
#include "govshare/error.h"

namespace govshare::python {
namespace {

Date FromPyDate(const py::handle& value) {
  // datetime.datetime is a datetime.date subclass; refuse it rather than drop
  // the time of day without a word.
  if (PyDateTime_Check(value.ptr())) {
    throw py::type_error("expected a datetime.date, got a datetime.datetime (use its .date())");
  }
  if (!PyDate_Check(value.ptr())) {
    throw py::type_error("expected a datetime.date, got " +
                         py::type::handle_of(value).attr("__name__").cast<std::string>());
  }
  return Date{PyDateTime_GET_YEAR(value.ptr()), PyDateTime_GET_MONTH(value.ptr()),
              PyDateTime_GET_DAY(value.ptr())};
}

// Implicit conversion datetime.date -> Date where a Date is expected: a direct
// check instead of pybind11's generic route (a call of Date.__init__ with
// overload resolution per argument). A datetime.datetime is not converted, so
// the call fails with pybind11's usual TypeError listing the accepted types.
PyObject* ImplicitDateFromPyDate(PyObject* obj, PyTypeObject* /*type*/) {
  if (!PyDate_Check(obj) || PyDateTime_Check(obj)) return nullptr;
  return py::cast(Date{PyDateTime_GET_YEAR(obj), PyDateTime_GET_MONTH(obj), PyDateTime_GET_DAY(obj)})
      .release()
      .ptr();
}

}  // namespace

bool IsPyDate(const py::handle& value) {
  return PyDate_Check(value.ptr()) && !PyDateTime_Check(value.ptr());
}

bool IsPyDateTime(const py::handle& value) { return PyDateTime_Check(value.ptr()); }

std::string RegisteredTypeName(const std::type_info& type) {
  const py::detail::type_info* info = py::detail::get_type_info(type);
  if (info == nullptr) return type.name();
  return "govshare." + py::handle(reinterpret_cast<PyObject*>(info->type)).attr("__name__").cast<std::string>();
}

std::string DescribeValue(const py::handle& value, bool wants_aware_datetime) {
  if (IsPyDateTime(value) && wants_aware_datetime && value.attr("utcoffset")().is_none()) {
    return "a naive datetime.datetime: add tzinfo=govshare.SHANGHAI";
  }
  const py::handle type = py::type::handle_of(value);
  std::string module = "builtins";
  if (py::hasattr(type, "__module__")) module = py::str(type.attr("__module__")).cast<std::string>();
  std::string name = py::str(type.attr("__name__")).cast<std::string>();
  if (module == "builtins") return name;
  if (module == "govshare._govshare") module = "govshare";
  return module + "." + name;
}

Date DateFromHandle(const py::handle& value) {
  if (IsPyDate(value)) {
    return Date{PyDateTime_GET_YEAR(value.ptr()), PyDateTime_GET_MONTH(value.ptr()),
                PyDateTime_GET_DAY(value.ptr())};
  }
  if (py::isinstance<Date>(value)) return value.cast<Date>();
  return FromPyDate(value);  // raises the TypeError naming the type
}

py::object DateLike(const Date& d, bool as_py_date) {
  if (!as_py_date) return py::cast(d);
  PyObject* out = PyDate_FromDate(d.year, d.month, d.day);
  if (out == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::object>(out);
}

std::vector<Date> DatesFromSequence(const py::handle& dates) {
  if (PyUnicode_Check(dates.ptr()) || !PySequence_Check(dates.ptr())) {
    throw py::type_error("expected a sequence of dates (govshare.Date or datetime.date)");
  }
  const py::sequence seq = py::reinterpret_borrow<py::sequence>(dates);
  std::vector<Date> out;
  out.reserve(seq.size());
  for (const py::handle item : seq) out.push_back(DateFromHandle(item));
  return out;
}

void bind_date(py::module_& m) {
  PyDateTime_IMPORT;
  if (PyDateTimeAPI == nullptr) throw py::error_already_set();
  py::class_<Date> cls(m, "Date", R"doc(A proleptic Gregorian calendar date (no time, no zone).

``Date()`` is 1970-01-01. ``Date(year, month, day)`` raises
InvalidArgumentError naming the day when it does not exist (2026-02-30), as
``Date.from_iso()`` does; a Date whose fields are assigned one by one may be
invalid (see ``is_valid()``). ``Date(datetime.date)``
converts, and a ``datetime.date`` is accepted wherever a Date is expected.
Mutable value type: comparisons are by value, instances are not hashable.)doc");
  cls.def(py::init<>())
      // Date::Of refuses a day that does not exist (InvalidArgumentError naming it).
      .def(py::init([](const Checked<int>& year, const Checked<int>& month, const Checked<int>& day) {
             return Date::Of(Convert<int>(year.value, "Date.year"), Convert<int>(month.value, "Date.month"),
                             Convert<int>(day.value, "Date.day"));
           }),
           py::arg("year"), py::arg("month"), py::arg("day"))
      .def(py::init(&FromPyDate), py::arg("value"), "Converts a ``datetime.date``.")
      .def_readwrite("year", &Date::year)
      .def_readwrite("month", &Date::month)
      .def_readwrite("day", &Date::day)
      .def("is_valid", &Date::IsValid, "True when year/month/day name a real day (year 1..9999).")
      .def("to_iso", &Date::ToIso, "``YYYY-MM-DD``.")
      .def_static("from_iso", &Date::FromIso, py::arg("text"),
                  "Parses ``YYYY-MM-DD`` exactly. Raises InvalidArgumentError naming the text when "
                  "the form is wrong or the day does not exist (2026-02-30).")
      .def("days_since_epoch", &Date::DaysSinceEpoch,
           "Days since 1970-01-01 (negative before). Raises InvalidArgumentError for an invalid "
           "date.")
      .def_static("from_days_since_epoch", &Date::FromDaysSinceEpoch, py::arg("days"),
                  "Inverse of ``days_since_epoch()``.")
      // Comparisons only between Dates: no implicit datetime.date conversion
      // here, so Date(...) == datetime.date(...) is False like date == datetime.
      .def("__eq__", [](const Date& a, const Date& b) { return a == b; }, py::is_operator(),
           py::arg("other").noconvert())
      .def("__ne__", [](const Date& a, const Date& b) { return a != b; }, py::is_operator(),
           py::arg("other").noconvert())
      .def("__lt__", [](const Date& a, const Date& b) { return a < b; }, py::is_operator(),
           py::arg("other").noconvert())
      .def("__le__", [](const Date& a, const Date& b) { return !(b < a); }, py::is_operator(),
           py::arg("other").noconvert())
      .def("__gt__", [](const Date& a, const Date& b) { return b < a; }, py::is_operator(),
           py::arg("other").noconvert())
      .def("__ge__", [](const Date& a, const Date& b) { return !(a < b); }, py::is_operator(),
           py::arg("other").noconvert())
      .def("__repr__",
           [](const Date& d) {
             return "Date(" + std::to_string(d.year) + ", " + std::to_string(d.month) + ", " +
                    std::to_string(d.day) + ")";
           })
      .def("__str__", &Date::ToIso)
      .def("__copy__", [](const Date& d) { return d; })
      .def("__deepcopy__", [](const Date& d, const py::dict&) { return d; }, py::arg("memo"));

  py::detail::get_type_info(typeid(Date))->implicit_conversions.push_back(&ImplicitDateFromPyDate);

  m.def("days_in_month", &DaysInMonth, py::arg("year"), py::arg("month"),
        "Number of days in the given month (1..12) of the given year; 0 for a month outside 1..12.");
}

}  // namespace govshare::python
