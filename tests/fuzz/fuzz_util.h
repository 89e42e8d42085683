// Shared by the libFuzzer harnesses (tests/fuzz, docs/security.md#fuzzing):
// a platform seeded once per process with the tests' small city, and the
// rule every harness follows — the library may refuse any input with its own
// error (govshare::Error), never crash, hang, leak or read out of bounds
// (ASan+UBSan find those), and never throw anything else.
#ifndef GOVSHARE_TESTS_FUZZ_FUZZ_UTIL_H_
#define GOVSHARE_TESTS_FUZZ_FUZZ_UTIL_H_

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "govshare/govshare.h"
#include "test_util.h"

namespace govshare::fuzz {

inline std::string Text(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

// Runs `body`; a govshare::Error is a refusal, and fine. Anything else
// escapes and libFuzzer reports it as a crash.
template <typename Body>
void Refusable(Body&& body) {
  try {
    body();
  } catch (const govshare::Error&) {
  }
}

// An in-memory platform with the tests' small city (SeedCity), on a
// simulated clock that never moves: decisions made on it never expire.
inline std::shared_ptr<Platform> SeededCity() {
  PlatformOptions o;
  o.path = ":memory:";
  o.simulated_time = LocalDateTime::FromIso("2026-09-01T09:00:00+08:00");
  o.usage_log = false;  // one process, millions of calls: the log is not what is fuzzed
  auto p = Platform::Open(o);
  testing::SeedCity(*p);
  return p;
}

}  // namespace govshare::fuzz

#endif  // GOVSHARE_TESTS_FUZZ_FUZZ_UTIL_H_
