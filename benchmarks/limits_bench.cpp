// Peak memory for input at each limit (docs/security.md#input-limits): each
// case runs in a child process that builds the input just inside the limit,
// notes its peak resident memory (getrusage), reads the input with the
// library and notes the peak again. Prints one line per case; no Google
// Benchmark loop (a peak is measured once).
//
//   build/benchmarks/limits_bench            # every case (a minute or two)
//   build/benchmarks/limits_bench --quick    # small inputs only (the ctest smoke run)
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "govshare/govshare.h"
#include "govshare/limits.h"
#include "bench_seed.h"

namespace {

double PeakMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

std::string Repeated(const std::string& element, std::size_t n, const std::string& open = "[",
                     const std::string& close = "]") {
  std::string out = open;
  out.reserve(element.size() * n + n + 2);
  for (std::size_t i = 0; i < n; ++i) {
    if (i) out += ',';
    out += element;
  }
  return out + close;
}

struct Case {
  const char* name;
  std::function<std::string()> input;
  std::function<void(const std::string&)> read;
};

}  // namespace

int main(int argc, char** argv) {
  const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
  namespace L = govshare::limits;
  const std::size_t scale = quick ? 1000 : 1;
  // The sample's first entry (4.4 KB): 15 000 of them fill kMaxCatalogBytes.
  const std::string entry = govshare::EntryToJson(govshare::LoadCatalogFile(GOVSHARE_SAMPLE).entries.at(0), -1);
  // A small object, so that kMaxEntriesPerCatalog of them fit in kMaxCatalogBytes.
  const std::string small_entry = "{\"name\": \"户籍人口基本信息\", \"summary\": \"南通市\"}";
  std::vector<Case> cases = {
      {"catalog at kMaxEntriesPerCatalog (small entries, read then refused)",
       [&] { return "{\"entries\": " + Repeated(small_entry, L::kMaxEntriesPerCatalog / scale) + "}"; },
       [](const std::string& t) {
         try {
           govshare::CatalogFromJson(t);
         } catch (const govshare::Error&) {
         }
       }},
      {"catalog at kMaxCatalogBytes (sample entries, read whole)",
       [&] { return "{\"entries\": " + Repeated(entry, L::kMaxCatalogBytes / scale / (entry.size() + 1) - 1) + "}"; },
       [](const std::string& t) { (void)govshare::CatalogFromJson(t); }},
      {"catalog text at kMaxCatalogBytes (one long array of strings)",
       [&] {
         const std::size_t target = L::kMaxCatalogBytes / scale;
         const std::size_t length = std::min(L::kMaxStringBytes - 1, target / 8);
         const std::string s = "\"" + std::string(length, 'x') + "\"";
         return "{\"entries\": [], \"x\": " + Repeated(s, target / (length + 3) - 1) + "}";
       },
       [](const std::string& t) {
         try {
           govshare::CatalogFromJson(t);
         } catch (const govshare::Error&) {
         }
       }},
      {"Filter records at kMaxFilterRecords",
       [&] {
         // Each record: the sample entry's first items, about 100 bytes.
         const govshare::CatalogEntry e = govshare_bench::PopulationEntry(0);
         std::string record = "{";
         for (std::size_t i = 0; i < 4 && i < e.items.size(); ++i) {
           record += (i ? ", \"" : "\"") + e.items[i].name + "\": \"320613198506151232\"";
         }
         return Repeated(record + "}", L::kMaxFilterRecords / scale);
       },
       [](const std::string& t) {
         // A sealed decision on a seeded platform, so that the records are read and delivered.
         govshare::PlatformOptions o;
         o.path = ":memory:";
         o.simulated_time = govshare::LocalDateTime::FromIso("2026-09-01T09:00:00+08:00");
         auto p = govshare::Platform::Open(o);
         const govshare_bench::Authorizations a = govshare_bench::SeedAuthorizations(*p, 1);
         govshare::AccessRequest r;
         r.user_id = a.pairs.at(0).first;
         r.entry_id = a.pairs.at(0).second;
         r.items = a.items;
         r.purpose = "基准测试";
         const govshare::AccessDecision d = p->access().Decide(r);
         if (!d.allowed) std::abort();
         const std::string out = p->access().Filter(d, t);
         if (out.size() < 3) std::abort();
       }},
      {"federation bundle just over kMaxBundleBytes (refused before parsing)",
       [&] { return std::string(L::kMaxBundleBytes / scale + 1, ' '); },
       [](const std::string& t) {
         govshare::PlatformOptions o;
         o.path = ":memory:";
         auto p = govshare::Platform::Open(o);
         try {
           p->catalog().ImportFederationBundle("admin", t);
         } catch (const govshare::Error&) {
         }
       }},
  };
  std::printf("%-68s %12s %14s %14s\n", "input", "bytes", "peak MB input", "peak MB read");
  for (const Case& c : cases) {
    int fds[2];
    if (pipe(fds) != 0) return 1;
    const pid_t child = fork();
    if (child == 0) {
      close(fds[0]);
      const std::string text = c.input();
      const double before = PeakMb();
      c.read(text);
      const double after = PeakMb();
      char line[256];
      const int n = std::snprintf(line, sizeof line, "%-68s %12zu %14.1f %14.1f\n", c.name, text.size(), before, after);
      if (write(fds[1], line, static_cast<std::size_t>(n)) != n) _exit(1);
      _exit(0);
    }
    close(fds[1]);
    char buf[512];
    const ssize_t n = read(fds[0], buf, sizeof buf - 1);
    close(fds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    if (n > 0) {
      buf[n] = 0;
      std::fputs(buf, stdout);
    } else {
      std::printf("%-68s failed (status %d)\n", c.name, status);
      return 1;
    }
  }
  return 0;
}
