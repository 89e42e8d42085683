// govshare copy — the whole platform into an empty database, a move between
// backends (docs/deployment.md): a city starts on the embedded SQLite file and
// moves to PostgreSQL when it grows, or back. The audit chain is verified on
// both sides; a target that holds a platform already is refused.
#include <iostream>
#include <memory>
#include <string>

#include "commands/commands.h"
#include "commands/common.h"

namespace govshare_cli {

void AddCopyCommand(CLI::App& app, Program& program) {
  struct Args {
    std::string from, to;
    bool json = false;
  };
  auto a = std::make_shared<Args>();
  auto* sub = app.add_subcommand(
      "copy",
      "Copy the whole platform — departments, users, catalog with versions, cases, steps, notices, usage log, "
      "audit trail — into an empty database (a SQLite file or a postgresql:// URI), as the acting bureau "
      "administrator; then verify the audit chain on both sides. Exit 0 when both verify with the same head, "
      "1 when they do not");
  sub->add_option("--from", a->from, "the platform to copy (default: --db)");
  sub->add_option("--to", a->to, "the empty target: a SQLite file or a postgresql:// URI")->required();
  sub->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(sub, program, "copy", [a, &program](const Session& s) {
    if (!a->from.empty()) program.db = a->from;
    auto p = s.Open();
    govshare::PlatformOptions to;
    to.path = a->to;
    const govshare::CopyReport r = p->CopyTo(s.Actor(), to);
    auto side = [](const govshare::AuditVerification& v, const std::string& head) {
      return ojson{{"intact", v.intact}, {"records", v.records}, {"head", head}, {"problem", v.problem}};
    };
    if (a->json) {
      ojson tables = ojson::object();
      for (const auto& t : r.tables) tables[t.table] = t.rows;
      PrintJson({{"from", govshare::RedactedPath(s.db())},
                 {"to", govshare::RedactedPath(a->to)},
                 {"tables", tables},
                 {"source", side(r.source, r.source_head)},
                 {"target", side(r.target, r.target_head)},
                 {"verified", r.verified()}});
      return r.verified() ? kExitOk : kExitFindings;
    }
    std::cout << "复制平台 copy " << govshare::RedactedPath(s.db()) << " → " << govshare::RedactedPath(a->to) << '\n';
    for (const auto& t : r.tables) std::cout << "  " << t.table << '\t' << t.rows << '\n';
    std::cout << "审计日志 audit: source " << r.source.records << (r.source.intact ? " intact" : " BROKEN: " + r.source.problem)
              << ", target " << r.target.records << (r.target.intact ? " intact" : " BROKEN: " + r.target.problem)
              << (r.source_head == r.target_head ? ", same head " + r.target_head.substr(0, 16) + "…"
                                                 : ", heads differ")
              << '\n';
    std::cout << (r.verified() ? "完成：副本与原平台一致（A28）\n" : "副本未通过审计校验\n");
    return r.verified() ? kExitOk : kExitFindings;
  });
}

}  // namespace govshare_cli
