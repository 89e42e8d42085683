// govshare catalog — validate a catalog file (A3, A7–A10, A13, A18), and on the
// platform: submit, review, publish, withdraw, withdraw-decide, list, show.
#include "govshare/catalog_service.h"
#include <cstdint>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "commands/commands.h"
#include "commands/common.h"

namespace govshare_cli {
namespace {

using govshare::EntryRecord;

struct CatalogArgs {
  std::string file;
  bool json = false;
  std::int64_t entry_id = 0;
  std::optional<std::int64_t> row_version, revise;
  bool approve = false, refuse = false;
  std::vector<std::string> reject_reasons, reject_paths;
  std::string reason, provider;
};

void PrintFinding(std::ostream& out, const govshare::Finding& f) {
  out << govshare::ToString(f.severity) << '\t' << f.article << '\t' << f.rule_id << '\t' << f.path << '\n'
      << "  " << f.message_zh << '\n'
      << "  " << f.message_en << '\n';
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

// No platform: exit 0 valid, 1 errors found, 2 unreadable.
int Validate(const std::string& file, bool as_json) {
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
    for (const auto& f : findings) PrintFinding(std::cout, f);
    PrintSummary(catalog, findings);
  }
  return govshare::HasErrors(findings) ? kExitFindings : kExitOk;
}

std::string EntryName(const EntryRecord& r) {
  if (r.working) return r.working->name;
  if (r.live) return r.live->name;
  return "";
}

// One line per entry: ID CODE PROVIDER STATUS WORKING ROW_VERSION NAME (tabs).
void PrintRecord(const EntryRecord& r) {
  std::cout << r.id << '\t' << (r.code.empty() ? "-" : r.code) << '\t' << r.provider_code << '\t'
            << govshare::ToString(r.status) << '\t'
            << (r.working_status ? govshare::ToString(*r.working_status) : "-") << '\t'
            << r.row_version << '\t' << EntryName(r) << '\n';
}

ojson EntryJson(const std::optional<govshare::CatalogEntry>& e) {
  if (!e) return nullptr;
  return ojson::parse(govshare::EntryToJson(*e, -1));
}

ojson RecordJson(const EntryRecord& r) {
  ojson j;
  j["id"] = r.id;
  j["code"] = r.code;
  j["provider_code"] = r.provider_code;
  j["status"] = govshare::ToString(r.status);
  j["row_version"] = r.row_version;
  j["live_version"] = r.live_version ? ojson(*r.live_version) : ojson(nullptr);
  j["working_version"] = r.working_version ? ojson(*r.working_version) : ojson(nullptr);
  j["working_status"] = r.working_status ? ojson(govshare::ToString(*r.working_status)) : ojson(nullptr);
  j["withdrawal_reason"] = r.withdrawal_reason;
  j["live"] = EntryJson(r.live);
  j["working"] = EntryJson(r.working);
  return j;
}

// The row_version to act on: pinned by --row-version, or read now.
std::int64_t RowVersion(const Session& s, govshare::Platform& p, const CatalogArgs& a) {
  return a.row_version ? *a.row_version : p.catalog().GetEntry(s.Actor(), a.entry_id).row_version;
}

// Creates (or, with --revise, revises) a draft per entry and submits it. The
// whole file is checked first the way the platform will check it (own
// department as provider, no code before approval, no error findings), so a
// bad file leaves nothing behind; each entry is then its own transaction.
int Submit(const Session& s, const CatalogArgs& a) {
  using namespace govshare;
  const std::string& who = s.Actor();
  Catalog catalog;
  try {
    catalog = LoadCatalogFile(a.file);
  } catch (const ParseError& e) {
    throw UsageError(a.file + ": " + e.what());
  } catch (const IoError& e) {
    throw UsageError(e.what());
  }
  if (catalog.entries.empty()) throw UsageError(a.file + ": no entries to submit");
  if (a.revise && catalog.entries.size() != 1) {
    throw UsageError(a.file + ": --revise takes a file with exactly one entry");
  }
  auto p = s.Open();
  std::optional<EntryRecord> current;
  if (a.revise) current = p->catalog().GetEntry(who, *a.revise);
  // A user who may not edit is refused by the platform itself (below, on the
  // first entry), which records the attempt as a security event.
  const bool may_edit = p->MayDo(who, Action::kEditCatalog, current ? current->provider_code : "");
  std::optional<Department> department;
  if (auto u = p->FindUser(who)) department = p->FindDepartment(u->department_code);

  std::vector<Finding> findings;
  bool errors = false;
  for (size_t i = 0; may_edit && i < catalog.entries.size(); ++i) {
    CatalogEntry& e = catalog.entries[i];
    const std::string at = "entries[" + std::to_string(i) + "]";
    if (!e.code.empty() && (!current || current->code.empty())) {
      std::cerr << "govshare: note: " << at << ".code " << e.code
                << " ignored: the bureau assigns the catalog code on approval (A7)\n";
      e.code.clear();
    }
    if (department) {
      try {
        e = CatalogedBy(e, who, department->code, department->name, current ? current->code : "");  // A7
      } catch (const InvalidArgumentError& refused) {
        throw UsageError(at + "." + refused.what());
      }
    }
    for (Finding f : govshare::Validate(e)) {
      f.path = at + (f.path.empty() ? "" : "." + f.path);
      errors |= f.severity == Severity::kError;
      findings.push_back(std::move(f));
    }
  }
  if (errors) {
    for (const auto& f : findings) PrintFinding(std::cout, f);
    std::cerr << "govshare: " << a.file << " has errors; nothing was submitted (A10)\n";
    return kExitFindings;
  }
  for (const auto& f : findings) PrintFinding(std::cerr, f);  // warnings

  for (const CatalogEntry& e : catalog.entries) {
    EntryRecord r = current ? p->catalog().EditDraft(who, current->id, a.row_version.value_or(current->row_version), e)
                            : p->catalog().CreateDraft(who, e);
    r = p->catalog().Submit(who, r.id, r.row_version);
    PrintRecord(r);
  }
  return kExitOk;
}

int Review(const Session& s, const CatalogArgs& a) {
  auto p = s.Open();
  const std::int64_t rv = RowVersion(s, *p, a);
  EntryRecord r;
  if (a.approve) {
    r = p->catalog().Approve(s.Actor(), a.entry_id, rv);
  } else {
    std::vector<govshare::ReviewFinding> reasons;
    for (size_t i = 0; i < a.reject_reasons.size(); ++i) {
      reasons.push_back({i < a.reject_paths.size() ? a.reject_paths[i] : "", a.reject_reasons[i]});
    }
    r = p->catalog().Reject(s.Actor(), a.entry_id, rv, reasons);
  }
  PrintRecord(r);
  return kExitOk;
}

}  // namespace

void AddCatalogCommands(CLI::App& app, Program& program) {
  auto a = std::make_shared<CatalogArgs>();
  CLI::App* catalog = AddGroup(
      app, "catalog", "Catalog entries (目录): validate a file; submit, review, publish, withdraw, "
                      "list and show entries on the platform");

  auto* validate = catalog->add_subcommand(
      "validate", "Check a catalog file against the rules (A3, A7–A10, A13, A18); "
                  "exit 0 valid, 1 errors found, 2 unreadable");
  validate->fallthrough(false);  // no platform: --db and --as are not taken after it
  validate->add_option("FILE", a->file, "catalog JSON file ({\"entries\": [...]})")->required();
  validate->add_flag("--json", a->json, "print the findings as JSON");
  OnRun(validate, program, [a] { return Validate(a->file, a->json); });

  // ID and --row-version of a command acting on one entry.
  auto add_id = [&](CLI::App* sub) {
    sub->add_option("ID", a->entry_id, "entry id")->required();
    AddRowVersionOption(sub, a->row_version, "entry");
  };

  auto* submit = catalog->add_subcommand(
      "submit", "create a draft per entry of FILE and submit it for review (A10); prints one "
                "line per entry: ID CODE PROVIDER STATUS WORKING ROW_VERSION NAME");
  submit->add_option("FILE", a->file, "catalog JSON file ({\"entries\": [...]})")->required();
  submit->add_option("--revise", a->revise,
                     "instead revise entry ID (its draft, rejected or published version) with "
                     "FILE's single entry and submit it");
  submit->add_option("--row-version", a->row_version, "with --revise: the row_version it is based on");
  OnPlatformCommand(submit, program, "catalog submit", [a](const Session& s) {
    if (a->row_version && !a->revise) throw CLI::ValidationError("--row-version", "needs --revise ID");
    return Submit(s, *a);
  });

  auto* review = catalog->add_subcommand("review", "approve or reject a submitted entry (bureau reviewer)");
  add_id(review);
  auto* approve = review->add_flag("--approve", a->approve, "approve (assigns the catalog code, A7)");
  auto* reject = review->add_option("--reject", a->reject_reasons,
                                    "reject with this reason (repeatable: one per finding)")
                     ->allow_extra_args(false);
  review->add_option("--path", a->reject_paths,
                     "field of the i-th --reject reason, e.g. items[2].length (repeatable)")
      ->allow_extra_args(false)
      ->needs(reject);
  approve->excludes(reject);
  OnPlatformCommand(review, program, "catalog review", [a](const Session& s) {
    if (!a->approve && a->reject_reasons.empty()) {
      throw CLI::ValidationError("catalog review", "one of --approve, --reject REASON is required");
    }
    if (a->reject_paths.size() > a->reject_reasons.size()) {
      throw CLI::ValidationError("--path", "more --path than --reject reasons");
    }
    return Review(s, *a);
  });

  auto* publish = catalog->add_subcommand("publish", "publish the approved version (department leader)");
  add_id(publish);
  OnPlatformCommand(publish, program, "catalog publish", [a](const Session& s) {
    auto p = s.Open();
    PrintRecord(p->catalog().Publish(s.Actor(), a->entry_id, RowVersion(s, *p, *a)));
    return kExitOk;
  });

  auto* withdraw = catalog->add_subcommand("withdraw", "ask to withdraw a published entry (A16, department leader)");
  add_id(withdraw);
  withdraw->add_option("--reason", a->reason, "why (sent to the using departments — subscribers and holders of an authorization — and the bureau)")->required();
  OnPlatformCommand(withdraw, program, "catalog withdraw", [a](const Session& s) {
    auto p = s.Open();
    PrintRecord(p->catalog().RequestWithdrawal(s.Actor(), a->entry_id, RowVersion(s, *p, *a), a->reason));
    return kExitOk;
  });

  auto* decide = catalog->add_subcommand("withdraw-decide", "approve or refuse a requested withdrawal (bureau, A16)");
  add_id(decide);
  auto* wapprove = decide->add_flag("--approve", a->approve, "withdraw the entry");
  auto* wrefuse = decide->add_flag("--refuse", a->refuse, "keep it published");
  wapprove->excludes(wrefuse);
  decide->add_option("--reason", a->reason, "the decision's reason")->required();
  OnPlatformCommand(decide, program, "catalog withdraw-decide", [a](const Session& s) {
    if (!a->approve && !a->refuse) {
      throw CLI::ValidationError("catalog withdraw-decide", "one of --approve, --refuse is required");
    }
    auto p = s.Open();
    PrintRecord(p->catalog().DecideWithdrawal(s.Actor(), a->entry_id, RowVersion(s, *p, *a), a->approve, a->reason));
    return kExitOk;
  });

  auto* list = catalog->add_subcommand("list", "print the entries the user may see: "
                                               "ID CODE PROVIDER STATUS WORKING ROW_VERSION NAME");
  list->add_option("--provider", a->provider, "only this department's entries");
  OnPlatformCommand(list, program, "catalog list", [a](const Session& s) {
    auto p = s.Open();
    for (const auto& r : p->catalog().Entries(s.Actor(), a->provider)) PrintRecord(r);
    return kExitOk;
  });

  auto* show = catalog->add_subcommand("show", "print an entry as JSON (record, live and working content)");
  show->add_option("ID", a->entry_id, "entry id")->required();
  OnPlatformCommand(show, program, "catalog show", [a](const Session& s) {
    auto p = s.Open();
    PrintJson(RecordJson(p->catalog().GetEntry(s.Actor(), a->entry_id)));
    return kExitOk;
  });
}

}  // namespace govshare_cli
