// Internal to the Python binding: the platform handle as Python holds it, the
// domain facades (platform.catalog, .sharing, .access, .supervision) and the
// wrapper that releases the GIL around each call. The GIL rules are
// explained at the top of bind_platform.cpp.
#ifndef GOVSHARE_BINDINGS_PYTHON_BIND_PLATFORM_H_
#define GOVSHARE_BINDINGS_PYTHON_BIND_PLATFORM_H_

#include <memory>
#include <stdexcept>
#include <tuple>
#include <type_traits>
#include <utility>

#include "bind.h"
#include "govshare/access_service.h"
#include "govshare/catalog_service.h"
#include "govshare/platform.h"
#include "govshare/sharing_service.h"
#include "govshare/supervision_service.h"

namespace govshare::python {

using PlatformPtr = std::shared_ptr<Platform>;

inline PlatformPtr OpenForPython(const PlatformOptions& options) { return Platform::Open(options); }

// A domain facade as Python holds it (platform.catalog, .sharing, .access,
// .supervision): the handle it belongs to.
template <typename Service>
struct Facade {
  PlatformPtr platform;
};

// How a bound method reaches its C++ object from what Python holds.
template <typename C>
struct Receiver;
template <>
struct Receiver<Platform> {
  using Holder = PlatformPtr;
  static const PlatformPtr& Handle(const Holder& h) { return h; }
  static Platform& Object(const Holder& h) { return *h; }
};
#define GOVSHARE_FACADE_RECEIVER(Service, accessor)                        \
  template <>                                                              \
  struct Receiver<Service> {                                               \
    using Holder = Facade<Service>;                                        \
    static const PlatformPtr& Handle(const Holder& h) { return h.platform; } \
    static Service Object(const Holder& h) { return h.platform->accessor(); } \
  };
GOVSHARE_FACADE_RECEIVER(CatalogService, catalog)
GOVSHARE_FACADE_RECEIVER(SharingService, sharing)
GOVSHARE_FACADE_RECEIVER(AccessService, access)
GOVSHARE_FACADE_RECEIVER(SupervisionService, supervision)
#undef GOVSHARE_FACADE_RECEIVER

// The arguments of a Released call, converted with the GIL held: a wrong type
// raises ArgumentTypeError with the argument's index, which NameArgumentErrors
// turns into "SharingService.apply(request): expected ..., got ...".
template <typename... M, size_t... I>
std::tuple<M...> ConvertArguments(std::index_sequence<I...>, const Checked<M>&... args) {
  [[maybe_unused]] const auto one = [](auto tag, size_t index, const py::handle& value) {
    using T = typename decltype(tag)::type;
    try {
      return Convert<T>(value, "");
    } catch (const py::type_error& e) {
      throw ArgumentTypeError{index, e.what()};
    }
  };
  return std::tuple<M...>(one(TypeTag<M>{}, I, args.value)...);
}

// A method as a function of the holder that releases the GIL for the C++
// call: its arguments are converted (copied) first, with the GIL held (a
// bound struct's caster only refers to the Python object, which another
// thread could change during the call), and the result is converted after
// the GIL is taken back. The C++ Platform is thread-safe, so Python threads
// sharing a handle run their calls in parallel (docs/threading.md). Every
// argument is a Checked<M>: a wrong type is one short TypeError naming the
// parameter (NameArgumentErrors), not pybind11's list of signatures.
template <typename C, typename R, typename... A>
auto Released(R (C::*method)(A...)) {
  return [method](const typename Receiver<C>::Holder& self, const Checked<std::decay_t<A>>&... args) -> R {
    std::tuple<std::decay_t<A>...> copies =
        ConvertArguments<std::decay_t<A>...>(std::index_sequence_for<A...>{}, args...);
    py::gil_scoped_release release;
    auto&& target = Receiver<C>::Object(self);
    return std::apply([&](auto&... a) -> R { return (target.*method)(a...); }, copies);
  };
}
template <typename C, typename R, typename... A>
auto Released(R (C::*method)(A...) const) {
  return [method](const typename Receiver<C>::Holder& self, const Checked<std::decay_t<A>>&... args) -> R {
    std::tuple<std::decay_t<A>...> copies =
        ConvertArguments<std::decay_t<A>...>(std::index_sequence_for<A...>{}, args...);
    py::gil_scoped_release release;
    auto&& target = Receiver<C>::Object(self);
    return std::apply([&](auto&... a) -> R { return (target.*method)(a...); }, copies);
  };
}

/// Makes every method of `cls` report an ArgumentTypeError with the class,
/// method and parameter names (called once the class's methods are bound).
void NameArgumentErrors(const py::handle& cls);

// The platform's value types (bind_platform_types.cpp).
void BindPlatformTypes(py::module_& m);

// The facades' methods, one domain per file.
void BindCatalogService(py::module_& m);
void BindSharingService(py::module_& m);
void BindAccessService(py::module_& m);
void BindSupervisionService(py::module_& m);

}  // namespace govshare::python

#endif  // GOVSHARE_BINDINGS_PYTHON_BIND_PLATFORM_H_
