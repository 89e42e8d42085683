// govshare — command-line front end of libgovshare.
//
//   govshare catalog validate FILE [--json]
//
// Exit codes: 0 success / no errors, 1 findings with errors, 2 the input could
// not be read or parsed, or the command line is wrong.
#include <cstdio>
#include <iostream>
#include <map>
#include <set>
#include <string>

#include <CLI/CLI.hpp>

#include "govshare/govshare.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;
constexpr int kExitInput = 2;

void PrintFindingsText(const std::vector<govshare::Finding>& findings) {
  for (const auto& f : findings) {
    std::cout << govshare::ToString(f.severity) << '\t' << f.article << '\t' << f.rule_id << '\t'
              << f.path << '\n'
              << "  " << f.message_zh << '\n'
              << "  " << f.message_en << '\n';
  }
}

void PrintSummary(const govshare::Catalog& catalog, const std::vector<govshare::Finding>& findings) {
  using namespace govshare;
  std::set<std::string> providers;
  std::map<std::string, int> share_classes, methods, modes;
  size_t items = 0;
  for (const auto& e : catalog.entries) {
    providers.insert(e.provider.code);
    ++share_classes[ChineseLabel(e.share.share_class)];
    for (auto m : e.share.methods) ++methods[ChineseLabel(m)];
    if (e.share.authorization_mode) ++modes[ChineseLabel(*e.share.authorization_mode)];
    items += e.items.size();
  }
  size_t errors = 0, warnings = 0;
  for (const auto& f : findings) (f.severity == Severity::kError ? errors : warnings)++;
  auto print_counts = [](const char* title, const std::map<std::string, int>& counts) {
    std::cout << title;
    bool first = true;
    for (const auto& [k, v] : counts) {
      std::cout << (first ? " " : ", ") << k << ' ' << v;
      first = false;
    }
    std::cout << '\n';
  };
  std::cout << "目录条目 entries: " << catalog.entries.size() << "  提供部门 providers: "
            << providers.size() << "  信息项 data items: " << items << '\n';
  print_counts("共享类型 share classes:", share_classes);
  print_counts("共享方式 share methods:", methods);
  print_counts("授权方式 authorization modes:", modes);
  std::cout << "错误 errors: " << errors << "  警告 warnings: " << warnings << '\n';
  std::cout << (errors == 0 ? "结果: 目录校验通过 (catalog is valid)\n"
                            : "结果: 目录校验未通过 (catalog has errors)\n");
}

int CatalogValidate(const std::string& file, bool as_json) {
  govshare::Catalog catalog;
  try {
    catalog = govshare::LoadCatalogFile(file);
  } catch (const govshare::ParseError& e) {
    std::cerr << "govshare: " << file << ": " << e.what() << '\n';
    return kExitInput;
  } catch (const govshare::Error& e) {
    std::cerr << "govshare: " << e.what() << '\n';
    return kExitInput;
  }
  const auto findings = govshare::ValidateCatalog(catalog);
  if (as_json) {
    std::cout << govshare::FindingsToJson(findings, 2);
  } else {
    PrintFindingsText(findings);
    PrintSummary(catalog, findings);
  }
  return govshare::HasErrors(findings) ? kExitFindings : kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"govshare — run a government data sharing exchange platform by the Nantong rules "
               "(通政办发〔2020〕12号)"};
  app.set_version_flag("--version", "govshare " + govshare::Version());
  app.require_subcommand(1);

  auto* catalog = app.add_subcommand("catalog", "Catalog entries (目录): validate, …");
  catalog->require_subcommand(1);
  std::string file;
  bool as_json = false;
  auto* validate = catalog->add_subcommand(
      "validate", "Check a catalog file against the rules (A3, A7–A10, A13, A18); "
                  "exit 0 valid, 1 errors found, 2 unreadable");
  validate->add_option("FILE", file, "catalog JSON file ({\"entries\": [...]})")->required();
  validate->add_flag("--json", as_json, "print the findings as JSON");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitInput;
  }

  if (*validate) return CatalogValidate(file, as_json);
  return kExitInput;
}
