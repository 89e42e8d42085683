// govshare source — source departments (数源部门, N19): the bureau
// administrator designates the department that leads the collection of data
// several departments collect; anyone lists the designations.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "commands/commands.h"
#include "commands/common.h"
#include "govshare/catalog_service.h"

namespace govshare_cli {

void AddSourceCommands(CLI::App& app, Program& program) {
  struct Args {
    govshare::SourceDesignation d;
    bool json = false;
  };
  auto a = std::make_shared<Args>();
  CLI::App* group = AddGroup(app, "source", "Source departments (数源部门, N19): designate, list");

  auto* designate = group->add_subcommand(
      "designate", "designate the source department of data several departments collect (bureau administrator; "
                   "replaces the designation of the same subject; audited); prints SUBJECT SOURCE COLLECTING BASIS");
  designate->add_option("SUBJECT", a->d.subject, "the data, e.g. 人口基础信息")->required();
  designate->add_option("--source", a->d.source_code, "the source department's credit code")->required();
  designate->add_option("--collecting", a->d.collecting_codes, "the other collecting departments' credit codes");
  designate->add_option("--basis", a->d.basis, "the decision designating it")->required();
  auto print = [](const govshare::SourceDesignation& d) {
    std::string collecting;
    for (const auto& c : d.collecting_codes) collecting += (collecting.empty() ? "" : ",") + c;
    std::cout << d.subject << '\t' << d.source_code << '\t' << (collecting.empty() ? "-" : collecting) << '\t'
              << d.basis << '\n';
  };
  OnPlatformCommand(designate, program, "source designate", [a, print](const Session& s) {
    auto p = s.Open();
    print(p->catalog().DesignateSource(s.Actor(), a->d));
    return kExitOk;
  });

  auto* list = group->add_subcommand("list", "print the designations: SUBJECT SOURCE COLLECTING BASIS");
  list->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(list, program, "source list", [a, print](const Session& s) {
    auto p = s.Open();
    const auto all = p->catalog().SourceDesignations(s.Actor());
    if (a->json) {
      ojson out = ojson::array();
      for (const auto& d : all) {
        out.push_back({{"subject", d.subject},
                       {"source_code", d.source_code},
                       {"collecting_codes", d.collecting_codes},
                       {"basis", d.basis},
                       {"designated_by", d.designated_by},
                       {"designated_at", d.designated_at ? d.designated_at->ToIso() : ""}});
      }
      PrintJson(out);
      return kExitOk;
    }
    for (const auto& d : all) print(d);
    return kExitOk;
  });
}

}  // namespace govshare_cli
