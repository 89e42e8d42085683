// govshare housekeeping — what the rules need done on a schedule, as one
// idempotent run for cron or a systemd timer (docs/housekeeping.md):
// expiries (A26), non-use (A26), overdue steps (A19, A31 (7)), escalated
// rectifications (A33), the year's census (A11), the missing holiday schedule.
#include <iostream>
#include <memory>
#include <string>

#include "commands/commands.h"
#include "commands/common.h"
#include "govshare/housekeeping.h"

namespace govshare_cli {
namespace {

ojson AuthorizationRef(const govshare::Authorization& z) {
  return {{"id", z.id},
          {"entry_code", z.entry_code},
          {"consumer_code", z.consumer_code},
          {"provider_code", z.provider_code},
          {"status", govshare::ToString(z.status)}};
}

}  // namespace

void AddHousekeepingCommand(CLI::App& app, Program& program) {
  struct Args {
    bool json = false;
  };
  auto a = std::make_shared<Args>();
  auto* sub = app.add_subcommand(
      "housekeeping",
      "Run the scheduled duties once, as the acting bureau administrator (cron, systemd timer; running it "
      "again changes nothing): record expiries (A26), make known authorizations revocable for non-use (A26) "
      "and steps past their deadline (A19, A31 (7)), escalate overdue rectifications (A33), open the year's "
      "census (A11), warn of a missing holiday schedule. Prints what it did");
  sub->add_flag("--json", a->json, "print JSON");
  OnPlatformCommand(sub, program, "housekeeping", [a](const Session& s) {
    auto p = s.Open();
    const govshare::HousekeepingReport r = p->RunHousekeeping(s.Actor(), p->Now());
    if (a->json) {
      ojson out = {{"ran_at", r.ran_at.ToIso()}, {"changed", r.changed()}};
      ojson expired = ojson::array(), non_use = ojson::array(), overdue = ojson::array(),
            escalated = ojson::array(), census = ojson::array();
      for (const auto& z : r.expired) expired.push_back(AuthorizationRef(z));
      for (const auto& z : r.non_use_noticed) non_use.push_back(AuthorizationRef(z));
      for (const auto& st : r.overdue_noticed) overdue.push_back(ToJson(st));
      for (const auto& x : r.escalated) escalated.push_back({{"id", x.id}, {"department_code", x.notice.department_code}});
      for (const auto& o : r.census_scheduled) census.push_back({{"id", o.id}, {"department_code", o.department_code}});
      out["expired"] = expired;
      out["non_use_noticed"] = non_use;
      out["overdue_noticed"] = overdue;
      out["escalated"] = escalated;
      out["census_scheduled"] = census;
      out["calendar_warned"] = r.calendar_warned ? ojson(*r.calendar_warned) : ojson(nullptr);
      PrintJson(out);
      return kExitOk;
    }
    std::cout << "定时任务 housekeeping at " << r.ran_at.ToIso() << (r.changed() ? "" : ": nothing was due") << '\n';
    for (const auto& z : r.expired) {
      std::cout << "expired\tauthorization:" << z.id << '\t' << z.entry_code << '\t' << z.consumer_code << "\t(A26)\n";
    }
    for (const auto& z : r.non_use_noticed) {
      std::cout << "non_use\tauthorization:" << z.id << '\t' << z.entry_code << '\t' << z.consumer_code
                << "\t(A26: notice to " << z.provider_code << ")\n";
    }
    for (const auto& st : r.overdue_noticed) {
      std::cout << "overdue\tstep:" << st.id << '\t' << st.object << '\t' << st.department_code << '\t'
                << st.due.due.ToIso() << "\t(" << st.article << ", A31 (7))\n";
    }
    for (const auto& x : r.escalated) {
      std::cout << "escalated\trectification:" << x.id << '\t' << x.notice.department_code << "\t(A33)\n";
    }
    if (!r.census_scheduled.empty()) {
      std::cout << "census\t" << r.ran_at.date.year << '\t' << r.census_scheduled.size() << " departments\t(A11)\n";
    }
    if (r.calendar_warned) std::cout << "calendar\t" << *r.calendar_warned << "\tschedule missing: bureau warned\n";
    return kExitOk;
  });
}

}  // namespace govshare_cli
