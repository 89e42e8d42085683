// Internal to the Python binding: the platform handle as Python holds it
// (the mutex serialising its calls lives in the shared_ptr's deleter), the
// domain facades (platform.catalog, .sharing, .access, .supervision) and the
// wrappers that release the GIL and take the handle's mutex. The GIL rules
// are explained at the top of bind_platform.cpp.
#ifndef GOVSHARE_BINDINGS_PYTHON_BIND_PLATFORM_H_
#define GOVSHARE_BINDINGS_PYTHON_BIND_PLATFORM_H_

#include <memory>
#include <mutex>
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

// The deleter of every std::shared_ptr<Platform> handed to Python: it owns the
// platform (as returned by Platform::Open) and the mutex serialising calls.
struct PythonOwned {
  std::shared_ptr<Platform> platform;
  std::shared_ptr<std::mutex> calls = std::make_shared<std::mutex>();
  void operator()(Platform* /*same as platform.get()*/) noexcept { platform.reset(); }
};

inline PlatformPtr OpenForPython(const PlatformOptions& options) {
  PlatformPtr opened = Platform::Open(options);
  Platform* raw = opened.get();
  return PlatformPtr(raw, PythonOwned{std::move(opened)});
}

inline std::mutex& CallMutex(const PlatformPtr& self) {
  PythonOwned* owned = std::get_deleter<PythonOwned>(self);
  // Every Python Platform comes from OpenForPython; nothing else returns one.
  if (owned == nullptr) throw std::logic_error("govshare.Platform was not created by Platform.open");
  return *owned->calls;
}

// A domain facade as Python holds it (platform.catalog, .sharing, .access,
// .supervision): the handle it belongs to. Its calls take that handle's
// mutex, like the handle's own.
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

// A method as a function of the holder that takes the handle's mutex. Used
// with py::call_guard<py::gil_scoped_release> (the mutex is then taken without
// the GIL) or, for the methods that read the calendar, with the GIL held.
template <typename C, typename R, typename... A>
auto Serialised(R (C::*method)(A...)) {
  return [method](const typename Receiver<C>::Holder& self, A... args) -> R {
    std::lock_guard<std::mutex> lock(CallMutex(Receiver<C>::Handle(self)));
    auto&& target = Receiver<C>::Object(self);
    return (target.*method)(std::forward<A>(args)...);
  };
}
template <typename C, typename R, typename... A>
auto Serialised(R (C::*method)(A...) const) {
  return [method](const typename Receiver<C>::Holder& self, A... args) -> R {
    std::lock_guard<std::mutex> lock(CallMutex(Receiver<C>::Handle(self)));
    auto&& target = Receiver<C>::Object(self);
    return (target.*method)(std::forward<A>(args)...);
  };
}

// A method whose arguments include a bound struct: copies every argument with
// the GIL held, then releases the GIL, takes the mutex and calls. Not for use
// with a call_guard.
template <typename C, typename R, typename... A>
auto CopiedThenReleased(R (C::*method)(A...)) {
  return [method](const typename Receiver<C>::Holder& self, A... args) -> R {
    std::tuple<std::decay_t<A>...> copies(args...);
    py::gil_scoped_release release;
    std::lock_guard<std::mutex> lock(CallMutex(Receiver<C>::Handle(self)));
    auto&& target = Receiver<C>::Object(self);
    return std::apply([&](auto&... a) -> R { return (target.*method)(a...); }, copies);
  };
}
template <typename C, typename R, typename... A>
auto CopiedThenReleased(R (C::*method)(A...) const) {
  return [method](const typename Receiver<C>::Holder& self, A... args) -> R {
    std::tuple<std::decay_t<A>...> copies(args...);
    py::gil_scoped_release release;
    std::lock_guard<std::mutex> lock(CallMutex(Receiver<C>::Handle(self)));
    auto&& target = Receiver<C>::Object(self);
    return std::apply([&](auto&... a) -> R { return (target.*method)(a...); }, copies);
  };
}

using ReleaseGil = py::call_guard<py::gil_scoped_release>;

// The platform's value types (bind_platform_types.cpp).
void BindPlatformTypes(py::module_& m);

// The facades' methods, one domain per file.
void BindCatalogService(py::module_& m);
void BindSharingService(py::module_& m);
void BindAccessService(py::module_& m);
void BindSupervisionService(py::module_& m);

}  // namespace govshare::python

#endif  // GOVSHARE_BINDINGS_PYTHON_BIND_PLATFORM_H_
