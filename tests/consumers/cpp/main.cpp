// Uses the installed library: validates a catalog file, prints a summary.
#include <iostream>

#include <govshare/govshare.h>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: consumer CATALOG.json\n";
    return 2;
  }
  const govshare::Catalog catalog = govshare::LoadCatalogFile(argv[1]);
  const auto findings = govshare::ValidateCatalog(catalog);
  std::cout << "libgovshare " << govshare::Version() << ": " << catalog.entries.size()
            << " entries, " << findings.size() << " findings\n";
  return govshare::HasErrors(findings) || catalog.entries.empty() ? 1 : 0;
}
