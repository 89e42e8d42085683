// govshare rules — the rulebook the platform runs on: the national
// 《政务数据共享条例》 above the local rules (docs/rulebook.md). `show` prints
// every duty's period as it applies on a day, `local` prints the local-rules
// file in force, `set-local` replaces it (bureau administrator).
#include <iostream>
#include <memory>
#include <string>

#include "commands/commands.h"
#include "commands/common.h"

namespace govshare_cli {

namespace {

// The JSON unit names of the local-rules file.
const char* UnitName(govshare::DeadlineUnit u) {
  switch (u) {
    case govshare::DeadlineUnit::kWorkingDays:
      return "working_days";
    case govshare::DeadlineUnit::kMonths:
      return "months";
    case govshare::DeadlineUnit::kCalendarDays:
      break;
  }
  return "calendar_days";
}

std::string Period(const govshare::AppliedRule& r) {
  if (r.promptly) return "promptly (policy days)";
  return std::to_string(r.period.count) + " " + UnitName(r.period.unit);
}

// The case of an application reply: "unconditional/provider"; "-" otherwise.
std::string CaseOf(const govshare::AppliedRule& r, const govshare::RuleQuery& q) {
  if (r.duty != govshare::Duty::kApplicationReply || !q.share_class) return "-";
  return govshare::ToString(*q.share_class) + "/" + govshare::ToString(q.decider);
}

}  // namespace

void AddRulesCommands(CLI::App& app, Program& program) {
  struct Args {
    std::string on, file;
    bool json = false;
  };
  auto a = std::make_shared<Args>();
  CLI::App* rules = AddGroup(app, "rules", "The rulebook: the national regulation above the local rules "
                                           "(docs/rulebook.md)");

  auto* show = rules->add_subcommand(
      "show", "every duty's period as it applies on a day: DUTY CASE PERIOD ARTICLE SOURCE, and why");
  show->add_option("--on", a->on, "the day of the act, YYYY-MM-DD (default: the platform's today)");
  show->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(show, program, "rules show", [a](const Session& s) {
    auto p = s.Open();
    const govshare::Date on = a->on.empty() ? p->Now().date : govshare::Date::FromIso(a->on);
    if (!on.IsValid()) throw UsageError("--on " + a->on + " is not a calendar date");
    const govshare::Rulebook book = p->rulebook();
    // The queries RulesInForce answers, in its order, for the CASE column.
    std::vector<govshare::RuleQuery> queries;
    for (int d = 1; d <= static_cast<int>(govshare::Duty::kUseRecordRetention); ++d) {
      const auto duty = static_cast<govshare::Duty>(d);
      if (!govshare::HasRule(book, duty, on)) continue;
      if (duty != govshare::Duty::kApplicationReply) {
        queries.emplace_back(duty, on);
        continue;
      }
      for (auto c : {govshare::ShareClass::kUnconditional, govshare::ShareClass::kConditional}) {
        for (auto who : {govshare::Decider::kProvider, govshare::Decider::kBureau}) queries.emplace_back(duty, on, c, who);
      }
    }
    const auto applied = govshare::RulesInForce(book, on);
    if (a->json) {
      ojson out = {{"on", on.ToIso()},
                   {"national", {{"name", book.national.name}, {"reference", book.national.reference},
                                 {"in_force_from", book.national.in_force_from.ToIso()}}},
                   {"local", {{"name", book.local.name}, {"reference", book.local.reference},
                              {"in_force_from", book.local.in_force_from.ToIso()}}},
                   {"rules", ojson::array()}};
      for (size_t i = 0; i < applied.size(); ++i) {
        const auto& r = applied[i];
        ojson j = {{"duty", govshare::ToString(r.duty)}, {"case", CaseOf(r, queries.at(i))},
                   {"promptly", r.promptly}, {"article", r.article}, {"source", govshare::ToString(r.source)},
                   {"reason", r.reason}, {"displaced", r.displaced}};
        if (!r.promptly) {
          j["count"] = r.period.count;
          j["unit"] = UnitName(r.period.unit);
        }
        out["rules"].push_back(j);
      }
      PrintJson(out);
      return kExitOk;
    }
    std::cout << "rules in force on " << on.ToIso() << ": 《" << book.national.name << "》("
              << book.national.reference << ", from " << book.national.in_force_from.ToIso() << ") above 《"
              << book.local.name << "》(" << book.local.reference << ")\n";
    for (size_t i = 0; i < applied.size(); ++i) {
      const auto& r = applied[i];
      std::cout << govshare::ToString(r.duty) << '\t' << CaseOf(r, queries.at(i)) << '\t' << Period(r) << '\t'
                << r.article << '\t' << govshare::ToString(r.source) << '\n'
                << "  " << r.reason << '\n';
    }
    return kExitOk;
  });

  auto* local = rules->add_subcommand("local", "print the local-rules file in force (a city starts from it)");
  OnPlatformCommand(local, program, "rules local", [](const Session& s) {
    auto p = s.Open();
    std::cout << govshare::LocalRulesToJson(p->rulebook().local) << '\n';
    return kExitOk;
  });

  auto* set = rules->add_subcommand(
      "set-local", "replace the local rules with a local-rules file (bureau administrator; audited)");
  set->add_option("FILE", a->file, "the local-rules file (govshare-local-rules/1, docs/rulebook.md)")->required();
  OnPlatformCommand(set, program, "rules set-local", [a](const Session& s) {
    const govshare::RuleSet local_rules = govshare::ParseLocalRules(ReadFile(a->file));
    auto p = s.Open();
    p->SetLocalRules(s.Actor(), local_rules);
    std::cout << "已设置地方规则 local rules set: 《" << local_rules.name << "》" << local_rules.reference << ", "
              << local_rules.rules.size() << " rules\n";
    return kExitOk;
  });
}

}  // namespace govshare_cli
