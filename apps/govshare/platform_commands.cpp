// govshare — the platform commands. Each command opens the platform database
// (--db, default ./govshare.db), acts as the user named by --as, and maps the
// library's errors to exit codes: 0 done, 1 findings (catalog errors, audit
// tampering), 2 refused or bad input (the error kind is named on stderr).
#include "platform_commands.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "govshare/govshare.h"
#include "report.h"

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

// The JSON names of an enumeration's values 1..last (for --share-class etc.).
template <typename Enum>
std::vector<std::string> EnumNames(Enum last) {
  std::vector<std::string> names;
  for (int v = 1; v <= static_cast<int>(last); ++v) names.push_back(govshare::ToString(static_cast<Enum>(v)));
  return names;
}

ojson FacetJson(const std::vector<govshare::FacetCount>& counts) {
  ojson a = ojson::array();
  for (const auto& c : counts) a.push_back({{"value", c.value}, {"label", c.label}, {"count", c.count}});
  return a;
}

// `15,15,15,15,15,25`: completeness, accuracy, updates, publication, freshness,
// timeliness (docs/supervision.md).
govshare::SupervisionWeights ParseWeights(const std::string& text) {
  std::vector<double> values;
  for (size_t start = 0;;) {
    const size_t comma = text.find(',', start);
    const std::string part = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    size_t used = 0;
    double v = 0;
    try {
      v = std::stod(part, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (part.empty() || used != part.size() || !(v >= 0) || std::isinf(v)) {
      throw UsageError("--weights: \"" + part + "\" is not a number >= 0 (six weights: completeness,accuracy,"
                       "updates,publication,freshness,timeliness)");
    }
    values.push_back(v);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  if (values.size() != 6) {
    throw UsageError("--weights: six comma-separated numbers are needed (completeness,accuracy,updates,"
                     "publication,freshness,timeliness), got " + std::to_string(values.size()));
  }
  return {values[0], values[1], values[2], values[3], values[4], values[5]};
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
         "  0  success (search: also when nothing is found); audit verify: the audit trail is intact\n"
         "  1  findings: catalog validate / catalog submit found errors (nothing submitted);\n"
         "     audit verify: the trail was tampered with (first bad position printed)\n"
         "  2  bad usage or input, unreadable file or database, or the platform refused.\n"
         "     stderr says which: \"govshare: <kind>: <message>\" with <kind> one of\n"
         "     permission denied   the acting user's role or department may not do this\n"
         "                         (also an unknown --as user); recorded as a security event\n"
         "     conflict            the entry (or rectification) changed since its row_version was\n"
         "                         read; read again\n"
         "     invalid transition  the entry (or notice, rectification, platform) is not in a state\n"
         "                         that allows it\n"
         "     not found           no such entry, notice, department or rectification\n"
         "     invalid argument    a value breaks a rule (credit code, role, reason, date, period, …)\n"
         "     parse error         a JSON file is not a catalog / bundle\n"
         "     storage error       the database cannot be opened or written\n"
         "     I/O error           report: the output directory or a file cannot be written\n";
}

PlatformCommands::PlatformCommands(CLI::App& app, CLI::App& catalog, CLI::App& calendar) {
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

  search_ = app.add_subcommand(
      "search", "Search the published catalog (A20; any platform user) by words, department, topic, "
                "industry, share class, method; docs/search.md");
  search_->footer(
      "Every word must occur in an entry's name, summary or item names, as a substring (Chinese\n"
      "words of any length; ASCII letters in any case). Prints \"共 N 条 total: N\", then one line per\n"
      "hit: CODE<TAB>NAME<TAB>PROVIDER<TAB>SHARE_CLASS<TAB>name|- (name: every word is in the\n"
      "entry's name; those come first, then the others, each group oldest first), then after a\n"
      "blank line the hits per department (CODE<TAB>NAME<TAB>COUNT) and per topic (TOPIC<TAB>COUNT).\n"
      "Published entries only. Exit 0 also when nothing is found.\n\n" + ExitCodeHelp());
  search_->add_option("QUERY", a_.words, "words (all must occur; none: every published entry)");
  search_->add_option("--department", a_.department, "only this provider (credit code)");
  search_->add_option("--topic", a_.topic, "only entries with this topic, e.g. 人口");
  search_->add_option("--industry", a_.industry, "only entries of this industry");
  const auto share_classes = EnumNames(govshare::ShareClass::kNotShared);
  const auto methods = EnumNames(govshare::ShareMethod::kFile);
  const auto formats = EnumNames(govshare::FormatClass::kOther);
  const auto cycles = EnumNames(govshare::UpdateCycle::kOther);
  search_->add_option("--share-class", a_.share_class, "only this share class (A8)")->check(CLI::IsMember(share_classes));
  search_->add_option("--method", a_.method, "only entries shared by this method (A13)")->check(CLI::IsMember(methods));
  search_->add_option("--format", a_.format, "only this format class")->check(CLI::IsMember(formats));
  search_->add_option("--update-cycle", a_.update_cycle, "only this update cycle")->check(CLI::IsMember(cycles));
  search_->add_option("--offset", a_.offset, "skip this many hits (paging)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  search_->add_option("--limit", a_.limit, "print at most this many hits (0..1000)")
      ->check(CLI::Range(0, 1000))
      ->capture_default_str();
  search_->add_flag("--json", a_.json,
                    "print JSON: {total, hits: [{entry_id, code, name_match, entry}], facets: {departments, "
                    "topics, industries, share_classes, formats, update_cycles, methods}}");

  report_ = app.add_subcommand(
      "report", "Inspect every department over a period (A31–A33) and write DIR/report.json and "
                "DIR/report.html; docs/supervision.md");
  report_->footer(
      "The bureau administrator, reviewers and auditors inspect. report.json holds the whole\n"
      "inspection (period, weights, the city, the departments ranked with every metric, steps per\n"
      "kind and findings); report.html is one self-contained page (inline CSS and SVG charts, no\n"
      "script, nothing fetched): the city summary, the ranking, charts of scores and on-time rates,\n"
      "and each department's metrics and findings. Prints the two paths and a one-line summary.\n"
      "A bad date or period exits 2 (invalid argument).\n\n" + ExitCodeHelp());
  report_->add_option("--from", a_.from, "first day of the period, YYYY-MM-DD")->required();
  report_->add_option("--to", a_.to, "last day of the period, YYYY-MM-DD")->required();
  report_->add_option("--out", a_.out, "directory to write into (created if missing)")->required();
  report_->add_option("--weights", a_.weights,
                      "score weights completeness,accuracy,updates,publication,freshness,timeliness "
                      "(default 15,15,15,15,15,25; only their proportions matter)");

  auto* resource = app.add_subcommand("resource", "Published data resources (A31 (4), (5))");
  resource->require_subcommand(1);
  refresh_ = resource->add_subcommand(
      "refresh", "report a refresh of a published entry's data (the provider's operator or leader): "
                 "the resource is connected to the platform and fresh for one update cycle");
  refresh_->add_option("ID", a_.entry_id, "entry id")->required();

  auto* rect = app.add_subcommand("rectification", "Rectification notices (A33): issue, escalate to the "
                                                   "written notice (书面通报), resolve, list");
  rect->require_subcommand(1);
  rect_issue_ = rect->add_subcommand("issue", "notify a department to rectify (bureau administrator); prints "
                                              "ID DEPARTMENT STATUS DUE GROUND OBJECT ROW_VERSION, description");
  rect_issue_->add_option("--department", a_.department, "the department's credit code")->required();
  rect_issue_->add_option("--ground", a_.ground, "which of A33 (1)–(6)")->required()->check(CLI::Range(1, 6));
  rect_issue_->add_option("--description", a_.description, "what to rectify")->required();
  rect_issue_->add_option("--object", a_.object, "the object concerned, e.g. entry:12 (a finding's object)");
  rect_issue_->add_option("--working-days", a_.working_days, "working days to rectify (1..60)")
      ->check(CLI::Range(1, 60))
      ->capture_default_str();
  rect_escalate_ = rect->add_subcommand(
      "escalate", "issue the written notice (书面通报) for every rectification past its deadline "
                  "(bureau administrator; run daily); prints those escalated");
  rect_resolve_ = rect->add_subcommand("resolve", "record that the department rectified (bureau administrator)");
  rect_resolve_->add_option("ID", a_.rectification_id, "rectification id")->required();
  rect_resolve_->add_option("--resolution", a_.resolution, "how it was rectified")->required();
  rect_resolve_->add_option("--row-version", a_.row_version,
                            "act only if the rectification is still at this row_version (default: read it now)");
  rect_list_ = rect->add_subcommand("list", "print rectifications: ID DEPARTMENT STATUS DUE GROUND OBJECT "
                                            "ROW_VERSION, description (the bureau and auditors: all; a "
                                            "department: its own)");
  rect_list_->add_option("--department", a_.department, "only this department's");

  cal_load_ = calendar.add_subcommand(
      "load", "Load a year's holiday schedule into the platform (bureau administrator): FILE in the "
              "year format of docs/calendar.md; recomputes every open provisional deadline");
  cal_load_->footer(
      "The file declares one year and lists its days (off / work, festival). It is checked (one\n"
      "year, each day once in that year, known festivals, work only on a weekend, off only on a\n"
      "weekday, a statutory holiday or inside a holiday period, every statutory holiday a rest day)\n"
      "and stored in the platform database, so every handle and process uses it. The same schedule\n"
      "again changes nothing; other content for a loaded year is a correction and needs --reason.\n"
      "Prints the year, its digest and one line per recomputed deadline:\n"
      "OBJECT<TAB>WHAT<TAB>DEPARTMENT<TAB>OLD<TAB>NEW<TAB>moved|same[<TAB>overdue].\n\n" + ExitCodeHelp());
  cal_load_->add_option("FILE", a_.file, "the year's schedule (UTF-8)")->required();
  cal_load_->add_option("--reason", a_.reason, "why (required for a correction of a loaded year)");
  cal_status_ = calendar.add_subcommand(
      "status", "Print the platform calendar: years loaded (builtin or loaded, digest), open provisional "
                "deadlines, the first date that needs an unloaded year, and the warning (any user)");
  cal_status_->add_flag("--json", a_.json, "print JSON");

  // Global options (--db, --as) may also follow the subcommands.
  for (CLI::App* sub : {cal_load_, cal_status_, dept, user, &catalog, notices_, audit, fed, init_, dept_add_, dept_list_,
                        user_add_, user_list_, submit_, review_, publish_, withdraw_,
                        withdraw_decide_, list_, show_, notices_ack_, audit_verify_, audit_export_,
                        fed_export_, fed_import_, search_, report_, resource, refresh_, rect,
                        rect_issue_, rect_escalate_, rect_resolve_, rect_list_}) {
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
      {search_, "search"},
      {report_, "report"},
      {cal_load_, "calendar load"},
      {cal_status_, "calendar status"},
      {refresh_, "resource refresh"},
      {rect_issue_, "rectification issue"},
      {rect_escalate_, "rectification escalate"},
      {rect_resolve_, "rectification resolve"},
      {rect_list_, "rectification list"},
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

// A20: the published catalog by words, filters and facets.
int PlatformCommands::Search() {
  using namespace govshare;
  SearchQuery q;
  for (const auto& w : a_.words) q.text += (q.text.empty() ? "" : " ") + w;
  q.department = a_.department;
  q.topic = a_.topic;
  q.industry = a_.industry;
  if (!a_.share_class.empty()) q.share_class = ParseShareClass(a_.share_class);
  if (!a_.method.empty()) q.method = ParseShareMethod(a_.method);
  if (!a_.format.empty()) q.format = ParseFormatClass(a_.format);
  if (!a_.update_cycle.empty()) q.update_cycle = ParseUpdateCycle(a_.update_cycle);
  q.offset = a_.offset;
  q.limit = a_.limit;
  auto p = Open(false);
  const SearchResult r = p->Search(Actor(), q);
  if (a_.json) {
    ojson j;
    j["total"] = r.total;
    ojson hits = ojson::array();
    for (const auto& h : r.hits) {
      ojson hj;
      hj["entry_id"] = h.entry_id;
      hj["code"] = h.code;
      hj["name_match"] = h.name_match;
      hj["entry"] = ojson::parse(EntryToJson(h.entry, -1));
      hits.push_back(std::move(hj));
    }
    j["hits"] = std::move(hits);
    const SearchFacets& f = r.facets;
    j["facets"] = {{"departments", FacetJson(f.departments)}, {"topics", FacetJson(f.topics)},
                   {"industries", FacetJson(f.industries)},   {"share_classes", FacetJson(f.share_classes)},
                   {"formats", FacetJson(f.formats)},         {"update_cycles", FacetJson(f.update_cycles)},
                   {"methods", FacetJson(f.methods)}};
    std::cout << j.dump(2) << '\n';
    return kExitOk;
  }
  std::cout << "共 " << r.total << " 条 total: " << r.total;
  if (!r.hits.empty() && static_cast<int>(r.hits.size()) < r.total) {
    std::cout << " (第 " << q.offset + 1 << "–" << q.offset + static_cast<int>(r.hits.size()) << " 条 showing "
              << q.offset + 1 << "-" << q.offset + static_cast<int>(r.hits.size()) << ")";
  }
  std::cout << '\n';
  for (const auto& h : r.hits) {
    const CatalogEntry& e = h.entry;
    std::cout << (h.code.empty() ? "-" : h.code) << '\t' << e.name << '\t'
              << (e.provider.name.empty() ? e.provider.code : e.provider.name) << '\t'
              << ToString(e.share.share_class) << '\t' << (h.name_match ? "name" : "-") << '\n';
  }
  if (r.total > 0) {
    std::cout << "\n部门 departments:\n";
    for (const auto& c : r.facets.departments) {
      std::cout << "  " << c.value << '\t' << c.label << '\t' << c.count << '\n';
    }
    std::cout << "主题 topics:\n";
    for (const auto& c : r.facets.topics) std::cout << "  " << c.value << '\t' << c.count << '\n';
  }
  return kExitOk;
}

// A31–A33: the inspection of a period, written as report.json and report.html.
int PlatformCommands::Report() {
  using namespace govshare;
  const std::string& who = Actor();
  const Date from = Date::FromIso(a_.from);
  const Date to = Date::FromIso(a_.to);
  const SupervisionWeights weights = a_.weights.empty() ? SupervisionWeights{} : ParseWeights(a_.weights);
  auto p = Open(false);
  const InspectionReport report = p->Inspect(who, from, to, weights);
  const ReportFiles files = WriteInspectionReport(report, a_.out);
  std::cout << "已写出 written: " << files.json << '\n'
            << "已写出 written: " << files.html << '\n'
            << InspectionSummary(report) << '\n';
  // The calendar's warning (next year's holiday schedule missing) on stderr,
  // so the summary stays one line for scripts.
  if (!report.calendar_warning.empty()) std::cerr << "govshare: 工作日历 calendar: " << report.calendar_warning << '\n';
  return kExitOk;
}

// docs/calendar.md: the platform calendar across the year boundary.
int PlatformCommands::CalendarCommand(const std::string& command) {
  using namespace govshare;
  const std::string& who = Actor();
  auto p = Open(false);
  if (command == "calendar load") {
    const CalendarLoadReport r = p->LoadCalendarYear(who, ReadFile(a_.file), a_.reason);
    std::cout << (!r.changed ? "未变化 unchanged: " : r.correction ? "已更正 corrected: " : "已载入 loaded: ") << r.year
              << '\t' << r.digest << '\n';
    for (const auto& c : r.recomputed) {
      std::cout << c.object << '\t' << c.what << '\t' << c.department_code << '\t' << c.before.due.date.ToIso()
                << '\t' << c.after.due.date.ToIso() << '\t' << (c.moved ? "moved" : "same")
                << (c.overdue ? "\toverdue" : "") << '\n';
    }
    std::cout << "重算期限 recomputed: " << r.recomputed.size() << '\n';
    return kExitOk;
  }
  const CalendarState st = p->CalendarStatus(who);
  if (a_.json) {
    ojson j;
    j["as_of"] = st.as_of.ToIso();
    j["calendar_version"] = st.calendar_version;
    j["prediction_version"] = st.prediction_version;
    ojson years = ojson::array();
    for (const auto& y : st.years) {
      years.push_back({{"year", y.year}, {"origin", y.origin}, {"digest", y.digest},
                       {"loaded_at", y.loaded_at ? ojson(y.loaded_at->ToIso()) : ojson(nullptr)},
                       {"loaded_by", y.loaded_by}, {"reason", y.reason}});
    }
    j["years"] = std::move(years);
    j["provisional_open"] = st.provisional_open;
    j["earliest_provisional_due"] =
        st.earliest_provisional_due ? ojson(st.earliest_provisional_due->ToIso()) : ojson(nullptr);
    j["first_unloaded_date"] = st.first_unloaded_date.ToIso();
    j["next_year_missing"] = st.next_year_missing;
    j["warning"] = st.warning;
    std::cout << j.dump(2) << '\n';
    return kExitOk;
  }
  for (const auto& y : st.years) {
    std::cout << y.year << '\t' << y.origin << '\t' << y.digest.substr(0, 16) << '\t'
              << (y.loaded_at ? y.loaded_at->ToIso() + '\t' + y.loaded_by : std::string("-")) << '\n';
  }
  std::cout << "日历版本 version: " << st.calendar_version << '\n'
            << "临时期限 provisional open: " << st.provisional_open
            << (st.earliest_provisional_due ? " (earliest " + st.earliest_provisional_due->date.ToIso() + ")" : "")
            << '\n'
            << "首个未载入日期 first unloaded date: " << st.first_unloaded_date.ToIso() << '\n';
  if (!st.warning.empty()) std::cout << "警告 warning: " << st.warning << '\n';
  return kExitOk;
}

// A33: rectification notices.
int PlatformCommands::RectificationCommand(const std::string& command) {
  using namespace govshare;
  const std::string& who = Actor();
  auto p = Open(false);
  // ID DEPARTMENT STATUS DUE GROUND OBJECT ROW_VERSION (tabs), then the
  // description and, once resolved, the resolution, indented.
  auto print = [](const govshare::Rectification& r) {
    std::cout << r.id << '\t' << r.notice.department_code << '\t' << ToString(r.status) << '\t'
              << r.due.due.date.ToIso() << '\t' << "A33(" << r.notice.a33_ground << ")\t"
              << (r.notice.object.empty() ? "-" : r.notice.object) << '\t' << r.row_version << '\n'
              << "  " << r.notice.description << '\n';
    if (!r.resolution.empty()) std::cout << "  整改结果 resolution: " << r.resolution << '\n';
  };
  if (command == "rectification issue") {
    RectificationInput in;
    in.department_code = a_.department;
    in.a33_ground = a_.ground;
    in.description = a_.description;
    in.object = a_.object;
    in.working_days = a_.working_days;
    print(p->IssueRectification(who, in));
    return kExitOk;
  }
  if (command == "rectification escalate") {
    const auto escalated = p->EscalateRectifications(who);
    for (const auto& r : escalated) print(r);
    std::cout << "已书面通报 escalated: " << escalated.size() << '\n';
    return kExitOk;
  }
  if (command == "rectification resolve") {
    std::int64_t rv = 0;
    if (a_.row_version) {
      rv = *a_.row_version;
    } else {
      bool found = false;
      for (const auto& r : p->Rectifications(who, "")) {
        if (r.id == a_.rectification_id) {
          rv = r.row_version;
          found = true;
        }
      }
      if (!found) throw NotFoundError("rectification " + std::to_string(a_.rectification_id) + " does not exist");
    }
    print(p->ResolveRectification(who, a_.rectification_id, rv, a_.resolution));
    return kExitOk;
  }
  for (const auto& r : p->Rectifications(who, a_.department)) print(r);
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
  if (command == "search") return Search();
  if (command == "report") return Report();
  if (command.rfind("calendar ", 0) == 0) return CalendarCommand(command);
  if (command.rfind("rectification ", 0) == 0) return RectificationCommand(command);
  if (command == "resource refresh") {
    const std::string& who = actor();
    auto p = open(false);
    p->ReportRefresh(who, a_.entry_id);
    std::cout << "已报告数据更新 refresh reported: entry " << a_.entry_id << '\n';
    return kExitOk;
  }
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
