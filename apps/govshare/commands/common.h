// govshare — what the command files share. Each top-level command lives in
// commands/<name>.cpp, which adds its CLI11 subcommands with callbacks; this
// header holds the rest: the exit codes, the global --db/--as options, opening
// the platform, the --row-version option, JSON output, and how a platform
// command's errors become exit 2 with the stderr forms `govshare --help` lists.
#ifndef GOVSHARE_APPS_COMMANDS_COMMON_H_
#define GOVSHARE_APPS_COMMANDS_COMMON_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "govshare/govshare.h"

namespace govshare_cli {

using ojson = nlohmann::ordered_json;  // every JSON output keeps its keys in order

constexpr int kExitOk = 0;        // success
constexpr int kExitFindings = 1;  // findings: catalog errors, audit tampering, an invalid identifier
constexpr int kExitInput = 2;     // bad usage or input, unreadable file or database, or refused

// A mistake on the command line found after parsing: exit 2,
// "govshare: <message>" on stderr.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// What the commands' callbacks share: the global options and the exit code
// of the command that ran (main returns it).
struct Program {
  std::string db = "govshare.db";  // --db
  std::string as;                  // --as
  // The audit signing key and external checkpoint file (docs/security.md).
  std::string signing_key;      // --signing-key FILE (GOVSHARE_SIGNING_KEY_FILE)
  std::string signing_key_env;  // --signing-key-env NAME
  std::string checkpoint_file;  // --checkpoint-file FILE (GOVSHARE_CHECKPOINT_FILE)
  std::string pseudonym_key;      // --pseudonym-key FILE (GOVSHARE_PSEUDONYM_KEY_FILE)
  std::string pseudonym_key_env;  // --pseudonym-key-env NAME
  std::string at;                 // --at DATETIME: the simulated clock's time
  int exit_code = kExitInput;
};

// A date (time) option's value; a UsageError naming the option and, as the
// library does, what is wrong with the text (its form, or no such day).
govshare::Date DateOf(const std::string& option, const std::string& text);
govshare::LocalDateTime TimeOf(const std::string& option, const std::string& text);

// Adds the global --db and --as options, and the audit signing key's.
void AddGlobalOptions(CLI::App& app, Program& program);

// The exit-code and error text shown at the end of --help.
std::string ExitCodeHelp();

// Adds a command group (`govshare audit …`): exactly one of its subcommands
// is required, and the global options may follow it (so its subcommands,
// added after, take them too).
CLI::App* AddGroup(CLI::App& app, const std::string& name, const std::string& description);

// Makes `sub` run `run` when parsed; its result is the exit code. For the
// commands that need no platform (they report their own errors).
void OnRun(CLI::App* sub, Program& program, std::function<int()> run);
// The same for a command that needs no platform but calls the library: its
// errors are reported as a platform command's ("govshare: <kind>: …", exit 2).
void OnLibraryRun(CLI::App* sub, Program& program, std::string command, std::function<int()> run);

// One platform command being run, as named on the command line
// ("catalog submit"): the acting user and the platform database.
class Session {
 public:
  Session(const Program& program, std::string command);

  const std::string& db() const { return program_.db; }
  // The --as user; a UsageError naming the command when missing.
  const std::string& Actor() const;
  // Opens the --db platform, which must exist and be initialized.
  std::shared_ptr<govshare::Platform> Open() const;
  // Opens the --db platform, creating the file when missing (init).
  std::shared_ptr<govshare::Platform> Create(govshare::HashAlgorithm audit_hash) const;

 private:
  std::shared_ptr<govshare::Platform> OpenDatabase(bool create, govshare::HashAlgorithm audit_hash) const;

  const Program& program_;
  std::string command_;
};

// Makes `sub` a platform command named `command`: the global options may
// follow it, and when parsed (and none of its own subcommands was) it runs
// `run`, whose result is the exit code. A UsageError, a library error
// (`govshare: <kind>: <message>`) or any other exception is reported on
// stderr and exits 2; a CLI::Error (a rule CLI11 cannot express, checked
// first thing by `run`) goes to CLI11's usage report like a parse error.
void OnPlatformCommand(CLI::App* sub, Program& program, std::string command,
                       std::function<int(const Session&)> run);

// Adds --row-version to a command acting on one `what` (entry, rectification).
void AddRowVersionOption(CLI::App* sub, std::optional<std::int64_t>& row_version, const std::string& what);

// Prints `j` indented by 2 and a newline (every --json output).
void PrintJson(const ojson& j);

// The whole file; a UsageError ("cannot read PATH") when it cannot be read.
std::string ReadFile(const std::string& path);

// The value of `option NAME` among an enumeration's values 1..last by their
// stable names (govshare::ToString); a bad name is a UsageError naming the
// option, the allowed names and the article.
template <typename E>
E EnumNamed(const std::string& option, const std::string& name, E last, const std::string& article) {
  std::string names;
  for (int v = 1; v <= static_cast<int>(last); ++v) {
    const auto e = static_cast<E>(v);
    if (govshare::ToString(e) == name) return e;
    names += (names.empty() ? "" : ", ") + govshare::ToString(e);
  }
  throw UsageError(option + " " + name + ": one of " + names + " (" + article + ")");
}

// A listing: a JSON array of `to_json(x)` with --json, else `print(x)` for each;
// returns kExitOk.
template <typename T, typename ToJsonFn, typename PrintFn>
int PrintEach(const std::vector<T>& all, bool json, ToJsonFn to_json, PrintFn print) {
  if (json) {
    ojson out = ojson::array();
    for (const auto& x : all) out.push_back(to_json(x));
    PrintJson(out);
    return kExitOk;
  }
  for (const auto& x : all) print(x);
  return kExitOk;
}

// ---- the sharing cases' output (application, authorization, objection, steps) ----------
// a,b,c; "-" when empty.
std::string Join(const std::vector<std::string>& values);
// ISO time; "" when none.
std::string Iso(const std::optional<govshare::LocalDateTime>& t);
// A step's state: on time / late (completed), overdue / pending (not yet).
std::string StateOf(const govshare::ProcessStep& s);
// A step as JSON (every --json output that shows steps).
ojson ToJson(const govshare::ProcessStep& s);
// The indented step line under a case: "  step KIND DEPARTMENT DUE ARTICLE STATE OUTCOME" (tabs).
void PrintStepLine(const govshare::ProcessStep& s);

}  // namespace govshare_cli

#endif  // GOVSHARE_APPS_COMMANDS_COMMON_H_
