#include "commands/common.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <utility>

namespace govshare_cli {
namespace {

// The <kind> of "govshare: <kind>: <message>" (listed in ExitCodeHelp).
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

}  // namespace

govshare::Date DateOf(const std::string& option, const std::string& text) {
  try {
    return govshare::Date::FromIso(text);
  } catch (const govshare::Error& e) {
    throw UsageError(option + ": " + e.what());
  }
}

govshare::LocalDateTime TimeOf(const std::string& option, const std::string& text) {
  try {
    return govshare::LocalDateTime::FromIso(text);
  } catch (const govshare::Error& e) {
    throw UsageError(option + ": " + e.what());
  }
}

void AddGlobalOptions(CLI::App& app, Program& program) {
  app.add_option("--db", program.db, "platform database file (SQLite)")->capture_default_str();
  app.add_option("--as", program.as, "the acting user (user id) of platform commands");
  app.add_option("--signing-key", program.signing_key,
                 "the audit signing key (PEM private key file, mode 0600): the platform signs checkpoints of "
                 "its audit trail with it, at the latest when the command ends (docs/security.md)")
      ->envname("GOVSHARE_SIGNING_KEY_FILE");
  app.add_option("--signing-key-env", program.signing_key_env,
                 "... or the name of an environment variable holding that key's PEM text");
  app.add_option("--checkpoint-file", program.checkpoint_file,
                 "append each signed checkpoint to this file too (for the auditor to keep)")
      ->envname("GOVSHARE_CHECKPOINT_FILE");
  app.add_option("--pseudonym-key", program.pseudonym_key,
                 "the pseudonym key file (hex, mode 0600) pseudonymised items are made with (docs/security.md)")
      ->envname("GOVSHARE_PSEUDONYM_KEY_FILE");
  app.add_option("--pseudonym-key-env", program.pseudonym_key_env,
                 "... or the name of an environment variable holding that key");
  app.add_option("--at", program.at,
                 "run on a simulated clock at this time (YYYY-MM-DDTHH:MM:SS, Asia/Shanghai): `init --at` creates a "
                 "platform on a simulated clock, which the file remembers (later commands run at its time; "
                 "`govshare clock` shows it); on such a platform --at moves its clock forward, never back");
}

std::string ExitCodeHelp() {
  return "Platform commands act on the database named by --db (default ./govshare.db) as the\n"
         "user named by --as; an entry's row_version is read just before acting unless\n"
         "--row-version pins the version you looked at.\n"
         "\n"
         "Exit codes:\n"
         "  0  success (search: also when nothing is found); audit verify: the audit trail is intact\n"
         "     (and, with --public-key, signed by a key you trust)\n"
         "  1  findings: catalog validate / catalog submit found errors (nothing submitted);\n"
         "     audit verify: the trail was tampered with, rewritten past a signed checkpoint, or\n"
         "     rolled back behind the checkpoint file (first bad position printed)\n"
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

CLI::App* AddGroup(CLI::App& app, const std::string& name, const std::string& description) {
  CLI::App* group = app.add_subcommand(name, description);
  group->require_subcommand(1);
  group->fallthrough();
  return group;
}

void OnRun(CLI::App* sub, Program& program, std::function<int()> run) {
  sub->callback([&program, run = std::move(run)] { program.exit_code = run(); });
}

Session::Session(const Program& program, std::string command) : program_(program), command_(std::move(command)) {}

const std::string& Session::Actor() const {
  if (program_.as.empty()) throw UsageError("`govshare " + command_ + "` needs the acting user: --as USER");
  return program_.as;
}

std::shared_ptr<govshare::Platform> Session::Open() const {
  return OpenDatabase(false, govshare::HashAlgorithm::kSha256);
}

std::shared_ptr<govshare::Platform> Session::Create(govshare::HashAlgorithm audit_hash) const {
  return OpenDatabase(true, audit_hash);
}

std::shared_ptr<govshare::Platform> Session::OpenDatabase(bool create, govshare::HashAlgorithm audit_hash) const {
  const std::string& db = program_.db;
  if (!create && !govshare::IsServerDatabase(db) && !std::filesystem::exists(db)) {
    throw UsageError("no platform database at " + db +
                     " (create one with `govshare init`, or name it with --db FILE)");
  }
  govshare::PlatformOptions o;
  o.path = db;
  o.create_if_missing = create;
  o.audit_hash = audit_hash;
  o.signing_key_file = program_.signing_key;
  o.signing_key_env = program_.signing_key_env;
  o.checkpoint_file = program_.checkpoint_file;
  o.pseudonym_key_file = program_.pseudonym_key;
  o.pseudonym_key_env = program_.pseudonym_key_env;
  std::optional<govshare::LocalDateTime> at;
  if (!program_.at.empty()) at = TimeOf("--at", program_.at);
  // A new platform is created on the simulated clock; an existing one runs
  // on the clock it remembers, moved forward to --at.
  if (create) o.simulated_time = at;
  auto p = govshare::Platform::Open(o);
  if (!create && !p->initialized()) {
    throw UsageError("the platform database " + db + " is not initialized (run `govshare init`)");
  }
  if (at && !create) {
    if (!p->simulated_clock()) {
      throw UsageError("--at: the platform at " + govshare::RedactedPath(db) +
                       " runs on the system clock; only a platform created on a simulated clock "
                       "(`govshare init --at …`) takes --at");
    }
    if (*at < p->Now()) {
      throw UsageError("--at " + at->ToIso() + " is before the platform's simulated clock (" + p->Now().ToIso() +
                       "); it only moves forward");
    }
    p->SetTime(*at);
  }
  return p;
}

namespace {

// Runs a command: its exit code, or — for an error, reported on stderr as
// "govshare: <kind>: <message>" — kExitInput.
int Reported(const std::string& command, const std::function<int()>& run) {
  try {
    return run();
  } catch (const CLI::Error&) {
    throw;
  } catch (const UsageError& e) {
    std::cerr << "govshare: " << e.what() << '\n';
  } catch (const govshare::Error& e) {
    std::cerr << "govshare: " << KindOf(e.code()) << ": " << e.what() << '\n';
  } catch (const std::exception& e) {
    std::cerr << "govshare: " << command << ": " << e.what() << '\n';
  }
  return kExitInput;
}

}  // namespace

void OnLibraryRun(CLI::App* sub, Program& program, std::string command, std::function<int()> run) {
  sub->callback([&program, command = std::move(command), run = std::move(run)] {
    program.exit_code = Reported(command, run);
  });
}

void OnPlatformCommand(CLI::App* sub, Program& program, std::string command,
                       std::function<int(const Session&)> run) {
  sub->fallthrough();  // --db and --as may follow the command
  sub->callback([sub, &program, command = std::move(command), run = std::move(run)] {
    if (!sub->get_subcommands().empty()) return;  // `notices ack`: the subcommand ran instead
    program.exit_code = Reported(command, [&] { return run(Session(program, command)); });
  });
}

void AddRowVersionOption(CLI::App* sub, std::optional<std::int64_t>& row_version, const std::string& what) {
  sub->add_option("--row-version", row_version,
                  "act only if the " + what + " is still at this row_version (default: read it now)");
}

void PrintJson(const ojson& j) { std::cout << j.dump(2) << '\n'; }

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UsageError("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  if (in.bad()) throw UsageError("cannot read " + path);
  return s.str();
}

std::string Join(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : ",") + v;
  return out.empty() ? "-" : out;
}

std::string Iso(const std::optional<govshare::LocalDateTime>& t) { return t ? t->ToIso() : ""; }

std::string StateOf(const govshare::ProcessStep& s) {
  if (s.completed_at) return s.on_time ? "on time" : "late";
  return s.overdue ? "overdue" : "pending";
}

ojson ToJson(const govshare::ProcessStep& s) {
  return {{"id", s.id},
          {"kind", govshare::ToString(s.kind)},
          {"object", s.object},
          {"department_code", s.department_code},
          {"started_at", s.started_at.ToIso()},
          {"due", s.due.due.ToIso()},
          {"due_provisional", s.due.provisional},
          {"calendar_version", s.due.calendar_version},
          {"article", s.article},
          {"completed_at", Iso(s.completed_at)},
          {"completed_by", s.completed_by},
          {"outcome", s.outcome},
          {"on_time", s.on_time},
          {"overdue", s.overdue}};
}

void PrintStepLine(const govshare::ProcessStep& s) {
  std::cout << "  step\t" << govshare::ToString(s.kind) << '\t' << s.department_code << '\t' << s.due.due.ToIso()
            << '\t' << s.article << '\t' << StateOf(s) << '\t' << (s.outcome.empty() ? "-" : s.outcome) << '\n';
}

}  // namespace govshare_cli
