// govshare — the platform commands (init, department, user, catalog
// submit/review/publish/withdraw, search, notices, audit, federation, report,
// resource refresh, rectification) on a platform database file (libgovshare
// Platform).
#ifndef GOVSHARE_APPS_PLATFORM_COMMANDS_H_
#define GOVSHARE_APPS_PLATFORM_COMMANDS_H_

#include <CLI/CLI.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace govshare {
class Platform;
}

namespace govshare_cli {

constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;
constexpr int kExitInput = 2;

// What the platform commands parse into.
struct PlatformArgs {
  std::string db = "govshare.db";
  std::string as;
  // init
  std::string bureau_code, bureau_name, admin_id, admin_name, audit_hash = "sha256";
  // department add / user add / user list
  std::string code, name, level, parent, department;
  std::vector<std::string> roles;
  // catalog
  std::string file;
  std::int64_t entry_id = 0;
  std::optional<std::int64_t> row_version;
  std::optional<std::int64_t> revise;
  bool approve = false, refuse = false;
  std::vector<std::string> reject_reasons, reject_paths;
  std::string reason, provider;
  // notices
  bool all = false;
  std::int64_t notice_id = 0;
  // federation export; report --out
  std::string out;
  // search
  std::vector<std::string> words;
  std::string topic, industry, share_class, format, update_cycle, method;
  int offset = 0, limit = 20;
  bool json = false;
  // report
  std::string from, to, weights;
  // rectification
  std::int64_t rectification_id = 0;
  int ground = 0, working_days = 10;
  std::string description, object, resolution;
};

// The subcommands added to the program; `Run` executes whichever was parsed.
class PlatformCommands {
 public:
  // Adds the global --db/--as options and the platform subcommands to `app`.
  // `catalog` is the existing `catalog` subcommand (validate lives there).
  // `calendar` is the existing `calendar` subcommand (load and status live
  // there, beside the file-only queries).
  PlatformCommands(CLI::App& app, CLI::App& catalog, CLI::App& calendar);

  // Checks what CLI11 cannot express; throws CLI::ValidationError.
  void CheckParsed() const;

  // Runs the parsed platform command: its exit code, or nullopt when no
  // platform command was given.
  std::optional<int> Run();

 private:
  int Dispatch(const std::string& command);
  int CatalogSubmit();
  int Search();
  int Report();
  int CalendarCommand(const std::string& command);
  int RectificationCommand(const std::string& command);
  // The --as user; a usage error when missing.
  const std::string& Actor() const;
  // Opens the --db platform; `create` for init, else it must exist and be
  // initialized.
  std::shared_ptr<govshare::Platform> Open(bool create) const;

  std::string command_;

  PlatformArgs a_;
  CLI::App* init_ = nullptr;
  CLI::App *dept_add_ = nullptr, *dept_list_ = nullptr;
  CLI::App *user_add_ = nullptr, *user_list_ = nullptr;
  CLI::App *submit_ = nullptr, *review_ = nullptr, *publish_ = nullptr, *withdraw_ = nullptr,
           *withdraw_decide_ = nullptr, *list_ = nullptr, *show_ = nullptr;
  CLI::App *notices_ = nullptr, *notices_ack_ = nullptr;
  CLI::App *audit_verify_ = nullptr, *audit_export_ = nullptr;
  CLI::App *fed_export_ = nullptr, *fed_import_ = nullptr;
  CLI::App* search_ = nullptr;
  CLI::App* report_ = nullptr;
  CLI::App *cal_load_ = nullptr, *cal_status_ = nullptr;
  CLI::App* refresh_ = nullptr;
  CLI::App *rect_issue_ = nullptr, *rect_escalate_ = nullptr, *rect_resolve_ = nullptr, *rect_list_ = nullptr;
};

// The exit-code and error text shown at the end of --help.
std::string ExitCodeHelp();

}  // namespace govshare_cli

#endif  // GOVSHARE_APPS_PLATFORM_COMMANDS_H_
