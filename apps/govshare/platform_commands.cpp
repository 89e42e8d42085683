// govshare — the platform commands. Each command opens the platform database
// (--db, default ./govshare.db), acts as the user named by --as, and maps the
// library's errors to exit codes: 0 done, 1 findings (catalog errors, audit
// tampering), 2 refused or bad input (the error kind is named on stderr).
#include "platform_commands.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "govshare/govshare.h"

namespace govshare_cli {
namespace {

using govshare::EntryRecord;
using govshare::Platform;
using ojson = nlohmann::ordered_json;

// A mistake on the command line found after parsing: exit 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

const char* KindOf(govshare::ErrorCode code) {
  switch (code) {
    case govshare::ErrorCode::kInvalidArgument: return "invalid argument";
    case govshare::ErrorCode::kParse: return "parse error";
    case govshare::ErrorCode::kNotFound: return "not found";
    case govshare::ErrorCode::kPermissionDenied: return "permission denied";
    case govshare::ErrorCode::kInvalidTransition: return "invalid transition";
    case govshare::ErrorCode::kConflict: return "conflict";
    case govshare::ErrorCode::kStorage: return "storage error";
    case govshare::ErrorCode::kIo: return "I/O error";
  }
  return "error";
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UsageError("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  if (in.bad()) throw UsageError("cannot read " + path);
  return s.str();
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

std::string RecordJson(const EntryRecord& r) {
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
  return j.dump(2) + "\n";
}

void PrintFinding(std::ostream& out, const govshare::Finding& f) {
  out << govshare::ToString(f.severity) << '\t' << f.article << '\t' << f.rule_id << '\t' << f.path
      << '\n'
      << "  " << f.message_zh << '\n'
      << "  " << f.message_en << '\n';
}

void RemoveDatabaseFiles(const std::string& path) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path + suffix, ec);
}

}  // namespace

std::string ExitCodeHelp() {
  return "Platform commands act on the database named by --db (default ./govshare.db) as the\n"
         "user named by --as; an entry's row_version is read just before acting unless\n"
         "--row-version pins the version you looked at.\n"
         "\n"
         "Exit codes:\n"
         "  0  success; audit verify: the audit trail is intact\n"
         "  1  findings: catalog validate / catalog submit found errors (nothing submitted);\n"
         "     audit verify: the trail was tampered with (first bad position printed)\n"
         "  2  bad usage or input, unreadable file or database, or the platform refused.\n"
         "     stderr says which: \"govshare: <kind>: <message>\" with <kind> one of\n"
         "     permission denied   the acting user's role or department may not do this\n"
         "                         (also an unknown --as user); recorded as a security event\n"
         "     conflict            the entry changed since its row_version was read; read again\n"
         "     invalid transition  the entry (or notice, platform) is not in a state that allows it\n"
         "     not found           no such entry, notice or department\n"
         "     invalid argument    a value breaks a rule (credit code, role, reason, …)\n"
         "     parse error         a JSON file is not a catalog / bundle\n"
         "     storage error       the database cannot be opened or written\n";
}

PlatformCommands::PlatformCommands(CLI::App& app, CLI::App& catalog) {
  app.add_option("--db", a_.db, "platform database file (SQLite)")->capture_default_str();
  app.add_option("--as", a_.as, "the acting user (user id) of platform commands");

  init_ = app.add_subcommand("init", "Create the platform: the Big Data Bureau and its first "
                                     "administrator (市大数据管理局, A4)");
  init_->add_option("--bureau-code", a_.bureau_code, "the bureau's unified social credit code")->required();
  init_->add_option("--bureau-name", a_.bureau_name, "the bureau's name, e.g. 南通市大数据管理局")->required();
  init_->add_option("--admin", a_.admin_id, "the administrator's user id")->required();
  init_->add_option("--admin-name", a_.admin_name, "the administrator's name")->required();
  init_->add_option("--audit-hash", a_.audit_hash, "hash of the audit chain, fixed at creation")
      ->check(CLI::IsMember({"sha256", "sm3"}))
      ->capture_default_str();

  auto* dept = app.add_subcommand("department", "Departments (政务部门, A4–A6)");
  dept->require_subcommand(1);
  dept_add_ = dept->add_subcommand("add", "register a department (bureau administrator)");
  dept_add_->add_option("CODE", a_.code, "unified social credit code")->required();
  dept_add_->add_option("NAME", a_.name, "full official name")->required();
  dept_add_->add_option("--level", a_.level, "municipal | county_platform | county")
      ->required()
      ->check(CLI::IsMember({"municipal", "county_platform", "county"}));
  dept_add_->add_option("--parent", a_.parent, "the county platform of a county department");
  dept_list_ = dept->add_subcommand("list", "print CODE<TAB>LEVEL<TAB>PARENT<TAB>NAME");

  auto* user = app.add_subcommand("user", "Users and roles (A14, docs/permissions.md)");
  user->require_subcommand(1);
  user_add_ = user->add_subcommand("add", "register a user (bureau administrator; department "
                                          "administrator: own department, department roles)");
  user_add_->add_option("ID", a_.code, "login name [A-Za-z0-9._-]")->required();
  user_add_->add_option("NAME", a_.name, "display name, e.g. 张明")->required();
  user_add_->add_option("--department", a_.department, "the user's department code")->required();
  std::vector<std::string> role_names;
  for (auto r : govshare::AllRoles()) role_names.push_back(govshare::ToString(r));
  user_add_->add_option("--role", a_.roles, "role (repeat or comma-separate): " + [&] {
                 std::string s;
                 for (const auto& n : role_names) s += (s.empty() ? "" : ", ") + n;
                 return s;
               }())
      ->required()
      ->allow_extra_args(false)
      ->delimiter(',')
      ->check(CLI::IsMember(role_names));
  user_list_ = user->add_subcommand("list", "print ID<TAB>DEPARTMENT<TAB>ROLES<TAB>NAME");
  user_list_->add_option("--department", a_.department, "only this department's users");

  auto add_id = [&](CLI::App* sub) {
    sub->add_option("ID", a_.entry_id, "entry id")->required();
    sub->add_option("--row-version", a_.row_version,
                    "act only if the entry is still at this row_version (default: read it now)");
  };
  submit_ = catalog.add_subcommand(
      "submit", "create a draft per entry of FILE and submit it for review (A10); prints one "
                "line per entry: ID CODE PROVIDER STATUS WORKING ROW_VERSION NAME");
  submit_->add_option("FILE", a_.file, "catalog JSON file ({\"entries\": [...]})")->required();
  submit_->add_option("--revise", a_.revise,
                      "instead revise entry ID (its draft, rejected or published version) with "
                      "FILE's single entry and submit it");
  submit_->add_option("--row-version", a_.row_version, "with --revise: the row_version it is based on");
  review_ = catalog.add_subcommand("review", "approve or reject a submitted entry (bureau reviewer)");
  add_id(review_);
  auto* approve = review_->add_flag("--approve", a_.approve, "approve (assigns the catalog code, A7)");
  auto* reject = review_->add_option("--reject", a_.reject_reasons,
                                     "reject with this reason (repeatable: one per finding)")
                     ->allow_extra_args(false);
  review_->add_option("--path", a_.reject_paths,
                      "field of the i-th --reject reason, e.g. items[2].length (repeatable)")
      ->allow_extra_args(false)
      ->needs(reject);
  approve->excludes(reject);
  publish_ = catalog.add_subcommand("publish", "publish the approved version (department leader)");
  add_id(publish_);
  withdraw_ = catalog.add_subcommand("withdraw", "ask to withdraw a published entry (A16, department leader)");
  add_id(withdraw_);
  withdraw_->add_option("--reason", a_.reason, "why (sent to subscribers and the bureau)")->required();
  withdraw_decide_ = catalog.add_subcommand("withdraw-decide",
                                            "approve or refuse a requested withdrawal (bureau, A16)");
  add_id(withdraw_decide_);
  auto* wapprove = withdraw_decide_->add_flag("--approve", a_.approve, "withdraw the entry");
  auto* wrefuse = withdraw_decide_->add_flag("--refuse", a_.refuse, "keep it published");
  wapprove->excludes(wrefuse);
  withdraw_decide_->add_option("--reason", a_.reason, "the decision's reason")->required();
  list_ = catalog.add_subcommand("list", "print the entries the user may see: "
                                         "ID CODE PROVIDER STATUS WORKING ROW_VERSION NAME");
  list_->add_option("--provider", a_.provider, "only this department's entries");
  show_ = catalog.add_subcommand("show", "print an entry as JSON (record, live and working content)");
  show_->add_option("ID", a_.entry_id, "entry id")->required();

  notices_ = app.add_subcommand("notices", "The acting user's department's notices (unacknowledged "
                                           "unless --all): ID KIND CREATED ENTRY STATE, message");
  notices_->require_subcommand(0, 1);
  notices_->add_flag("--all", a_.all, "include acknowledged notices");
  notices_ack_ = notices_->add_subcommand("ack", "acknowledge a notice");
  notices_ack_->add_option("ID", a_.notice_id, "notice id")->required();

  auto* audit = app.add_subcommand("audit", "The hash-chained audit trail (A28; auditor, bureau administrator)");
  audit->require_subcommand(1);
  audit_verify_ = audit->add_subcommand("verify", "recompute the chain: exit 0 intact, 1 tampered "
                                                  "(prints the first bad position and the problem)");
  audit_export_ = audit->add_subcommand("export", "print the trail as JSON lines");

  auto* fed = app.add_subcommand("federation", "County federation bundles (A6)");
  fed->require_subcommand(1);
  fed_export_ = fed->add_subcommand("export", "export the county platform's published catalog as a bundle");
  fed_export_->add_option("-o,--output", a_.out, "write the bundle to this file (default stdout)");
  fed_import_ = fed->add_subcommand("import", "import a county bundle into the city platform; prints the report");
  fed_import_->add_option("FILE", a_.file, "bundle file")->required();

  // Global options (--db, --as) may also follow the subcommands.
  for (CLI::App* sub : {dept, user, &catalog, notices_, audit, fed, init_, dept_add_, dept_list_,
                        user_add_, user_list_, submit_, review_, publish_, withdraw_,
                        withdraw_decide_, list_, show_, notices_ack_, audit_verify_, audit_export_,
                        fed_export_, fed_import_}) {
    sub->fallthrough();
  }
}

void PlatformCommands::CheckParsed() const {
  if (*review_) {
    if (!a_.approve && a_.reject_reasons.empty()) {
      throw CLI::ValidationError("catalog review", "one of --approve, --reject REASON is required");
    }
    if (a_.reject_paths.size() > a_.reject_reasons.size()) {
      throw CLI::ValidationError("--path", "more --path than --reject reasons");
    }
  }
  if (*withdraw_decide_ && !a_.approve && !a_.refuse) {
    throw CLI::ValidationError("catalog withdraw-decide", "one of --approve, --refuse is required");
  }
  if (*submit_ && a_.row_version && !a_.revise) {
    throw CLI::ValidationError("--row-version", "needs --revise ID");
  }
}

std::optional<int> PlatformCommands::Run() {
  const std::pair<CLI::App*, const char*> commands[] = {
      {init_, "init"},
      {dept_add_, "department add"},
      {dept_list_, "department list"},
      {user_add_, "user add"},
      {user_list_, "user list"},
      {submit_, "catalog submit"},
      {review_, "catalog review"},
      {publish_, "catalog publish"},
      {withdraw_, "catalog withdraw"},
      {withdraw_decide_, "catalog withdraw-decide"},
      {list_, "catalog list"},
      {show_, "catalog show"},
      {notices_ack_, "notices ack"},
      {notices_, "notices"},
      {audit_verify_, "audit verify"},
      {audit_export_, "audit export"},
      {fed_export_, "federation export"},
      {fed_import_, "federation import"},
  };
  for (const auto& [sub, name] : commands) {
    if (!*sub) continue;
    try {
      return Dispatch(name);
    } catch (const UsageError& e) {
      std::cerr << "govshare: " << e.what() << '\n';
    } catch (const govshare::Error& e) {
      std::cerr << "govshare: " << KindOf(e.code()) << ": " << e.what() << '\n';
    } catch (const std::exception& e) {
      std::cerr << "govshare: " << name << ": " << e.what() << '\n';
    }
    return kExitInput;
  }
  return std::nullopt;
}

const std::string& PlatformCommands::Actor() const {
  if (a_.as.empty()) throw UsageError("`govshare " + command_ + "` needs the acting user: --as USER");
  return a_.as;
}

std::shared_ptr<Platform> PlatformCommands::Open(bool create) const {
  if (!create && !std::filesystem::exists(a_.db)) {
    throw UsageError("no platform database at " + a_.db +
                     " (create one with `govshare init`, or name it with --db FILE)");
  }
  govshare::PlatformOptions o;
  o.path = a_.db;
  o.create_if_missing = create;
  o.audit_hash = a_.audit_hash == "sm3" ? govshare::HashAlgorithm::kSm3 : govshare::HashAlgorithm::kSha256;
  auto p = Platform::Open(o);
  if (!create && !p->initialized()) {
    throw UsageError("the platform database " + a_.db + " is not initialized (run `govshare init`)");
  }
  return p;
}

// Creates (or, with --revise, revises) a draft per entry and submits it. The
// whole file is checked first the way the platform will check it (own
// department as provider, no code before approval, no error findings), so a
// bad file leaves nothing behind; each entry is then its own transaction.
int PlatformCommands::CatalogSubmit() {
  using namespace govshare;
  const std::string& who = Actor();
  Catalog catalog;
  try {
    catalog = LoadCatalogFile(a_.file);
  } catch (const ParseError& e) {
    throw UsageError(a_.file + ": " + e.what());
  } catch (const IoError& e) {
    throw UsageError(e.what());
  }
  if (catalog.entries.empty()) throw UsageError(a_.file + ": no entries to submit");
  if (a_.revise && catalog.entries.size() != 1) {
    throw UsageError(a_.file + ": --revise takes a file with exactly one entry");
  }
  auto p = Open(false);
  std::optional<EntryRecord> current;
  if (a_.revise) current = p->GetEntry(who, *a_.revise);
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
    if (current && !current->code.empty()) {
      if (!e.code.empty() && e.code != current->code) {
        throw UsageError(at + ".code " + e.code + " is not the code of entry " +
                         std::to_string(current->id) + " (" + current->code + ")");
      }
      e.code = current->code;
    } else if (!e.code.empty()) {
      std::cerr << "govshare: note: " << at << ".code " << e.code
                << " ignored: the bureau assigns the catalog code on approval (A7)\n";
      e.code.clear();
    }
    if (department) {
      if (!e.provider.code.empty() && e.provider.code != department->code) {
        throw UsageError(at + ".provider.code " + e.provider.code + " is not the department of user " + who +
                         " (" + department->code + " " + department->name +
                         "): a department catalogs its own resources (A7)");
      }
      e.provider.code = department->code;
      if (e.provider.name.empty()) e.provider.name = department->name;
    }
    for (Finding f : Validate(e)) {
      f.path = at + (f.path.empty() ? "" : "." + f.path);
      errors |= f.severity == Severity::kError;
      findings.push_back(std::move(f));
    }
  }
  if (errors) {
    for (const auto& f : findings) PrintFinding(std::cout, f);
    std::cerr << "govshare: " << a_.file << " has errors; nothing was submitted (A10)\n";
    return kExitFindings;
  }
  for (const auto& f : findings) PrintFinding(std::cerr, f);  // warnings

  for (const CatalogEntry& e : catalog.entries) {
    EntryRecord r = current ? p->EditDraft(who, current->id, a_.row_version.value_or(current->row_version), e)
                            : p->CreateDraft(who, e);
    r = p->Submit(who, r.id, r.row_version);
    PrintRecord(r);
  }
  return kExitOk;
}

int PlatformCommands::Dispatch(const std::string& command) {
  using namespace govshare;
  command_ = command;
  auto actor = [&]() -> const std::string& { return Actor(); };
  auto open = [&](bool create) { return Open(create); };
  // The row_version to act on: pinned by --row-version, or read now.
  auto row_version = [&](Platform& p) {
    return a_.row_version ? *a_.row_version : p.GetEntry(actor(), a_.entry_id).row_version;
  };

  if (command == "init") {
    const bool existed = std::filesystem::exists(a_.db);
    try {
      auto p = open(true);
      p->Initialize({a_.bureau_code, a_.bureau_name, DepartmentLevel::kBureau, ""},
                    {a_.admin_id, a_.admin_name, a_.bureau_code, {Role::kBureauAdmin}, true});
      std::cout << "已初始化平台 platform initialized: " << a_.db << '\n'
                << "  " << a_.bureau_code << '\t' << a_.bureau_name << '\n'
                << "  " << a_.admin_id << '\t' << a_.admin_name << '\t' << ToString(Role::kBureauAdmin)
                << '\n';
    } catch (...) {
      if (!existed) RemoveDatabaseFiles(a_.db);  // leave no half-made platform behind
      throw;
    }
    return kExitOk;
  }
  if (command == "department add") {
    const std::string& who = actor();
    auto p = open(false);
    p->AddDepartment(who, {a_.code, a_.name, ParseDepartmentLevel(a_.level), a_.parent});
    std::cout << "已登记部门 department added: " << a_.code << '\t' << a_.level << '\t' << a_.name << '\n';
    return kExitOk;
  }
  if (command == "department list") {
    auto p = open(false);
    for (const auto& d : p->Departments()) {
      std::cout << d.code << '\t' << ToString(d.level) << '\t'
                << (d.parent_code.empty() ? "-" : d.parent_code) << '\t' << d.name << '\n';
    }
    return kExitOk;
  }
  if (command == "user add") {
    const std::string& who = actor();
    User u{a_.code, a_.name, a_.department, {}, true};
    for (const auto& r : a_.roles) u.roles.push_back(ParseRole(r));
    auto p = open(false);
    p->AddUser(who, u);
    std::cout << "已登记用户 user added: " << u.id << '\t' << u.department_code << '\t' << u.name << '\n';
    return kExitOk;
  }
  if (command == "user list") {
    auto p = open(false);
    for (const auto& u : p->Users(a_.department)) {
      std::string roles;
      for (Role r : u.roles) roles += (roles.empty() ? "" : ",") + ToString(r);
      std::cout << u.id << '\t' << u.department_code << '\t' << roles << '\t' << u.name
                << (u.active ? "" : "\t(inactive)") << '\n';
    }
    return kExitOk;
  }
  if (command == "catalog submit") return CatalogSubmit();
  if (command == "catalog review") {
    auto p = open(false);
    const std::int64_t rv = row_version(*p);
    EntryRecord r;
    if (a_.approve) {
      r = p->Approve(actor(), a_.entry_id, rv);
    } else {
      std::vector<ReviewFinding> reasons;
      for (size_t i = 0; i < a_.reject_reasons.size(); ++i) {
        reasons.push_back({i < a_.reject_paths.size() ? a_.reject_paths[i] : "", a_.reject_reasons[i]});
      }
      r = p->Reject(actor(), a_.entry_id, rv, reasons);
    }
    PrintRecord(r);
    return kExitOk;
  }
  if (command == "catalog publish") {
    auto p = open(false);
    PrintRecord(p->Publish(actor(), a_.entry_id, row_version(*p)));
    return kExitOk;
  }
  if (command == "catalog withdraw") {
    auto p = open(false);
    PrintRecord(p->RequestWithdrawal(actor(), a_.entry_id, row_version(*p), a_.reason));
    return kExitOk;
  }
  if (command == "catalog withdraw-decide") {
    auto p = open(false);
    PrintRecord(p->DecideWithdrawal(actor(), a_.entry_id, row_version(*p), a_.approve, a_.reason));
    return kExitOk;
  }
  if (command == "catalog list") {
    auto p = open(false);
    for (const auto& r : p->Entries(actor(), a_.provider)) PrintRecord(r);
    return kExitOk;
  }
  if (command == "catalog show") {
    auto p = open(false);
    std::cout << RecordJson(p->GetEntry(actor(), a_.entry_id));
    return kExitOk;
  }
  if (command == "notices") {
    auto p = open(false);
    for (const auto& n : p->Notices(actor(), !a_.all)) {
      std::cout << n.id << '\t' << ToString(n.kind) << '\t' << n.created_at.ToIso() << '\t'
                << (n.entry_id ? "entry:" + std::to_string(n.entry_id) : std::string("-")) << '\t'
                << (n.acknowledged_at ? "acknowledged:" + n.acknowledged_by : std::string("new")) << '\n';
      std::istringstream lines(n.message);
      for (std::string line; std::getline(lines, line);) std::cout << "  " << line << '\n';
    }
    return kExitOk;
  }
  if (command == "notices ack") {
    auto p = open(false);
    p->AcknowledgeNotice(actor(), a_.notice_id);
    std::cout << "已确认通知 notice acknowledged: " << a_.notice_id << '\n';
    return kExitOk;
  }
  if (command == "audit verify") {
    auto p = open(false);
    const AuditVerification v = p->VerifyAudit(actor());
    if (v.intact) {
      std::cout << "审计链完整 audit trail intact: " << v.records << " records ("
                << ToString(v.algorithm) << ")\n";
      return kExitOk;
    }
    std::cout << "审计链校验失败 audit trail NOT intact: first bad position " << v.first_bad_position
              << ": " << v.problem << " (" << v.records << " records verified before it, "
              << ToString(v.algorithm) << ")\n";
    return kExitFindings;
  }
  if (command == "audit export") {
    auto p = open(false);
    std::cout << p->ExportAudit(actor());
    return kExitOk;
  }
  if (command == "federation export") {
    auto p = open(false);
    const std::string bundle = p->ExportFederationBundle(actor());
    if (a_.out.empty()) {
      std::cout << bundle;
    } else {
      std::ofstream out(a_.out, std::ios::binary | std::ios::trunc);
      out << bundle;
      out.close();
      if (!out) throw UsageError("cannot write " + a_.out);
    }
    return kExitOk;
  }
  if (command == "federation import") {
    const std::string& who = actor();
    const std::string bundle = ReadFile(a_.file);
    auto p = open(false);
    const FederationReport r = p->ImportFederationBundle(who, bundle);
    std::cout << "来源平台 source platform: " << r.source_platform << '\n'
              << "新增 added: " << r.added << "  更新 updated: " << r.updated
              << "  未变 unchanged: " << r.unchanged << '\n';
    for (const auto& c : r.changed_codes) std::cout << "changed\t" << c << '\n';
    return kExitOk;
  }
  throw UsageError("unknown command " + command);
}

}  // namespace govshare_cli
