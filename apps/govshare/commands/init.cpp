// govshare init — create the platform: the Big Data Bureau and its first
// administrator (市大数据管理局, A4).
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <system_error>

#include "commands/commands.h"
#include "commands/common.h"

namespace govshare_cli {
namespace {

struct InitArgs {
  std::string bureau_code, bureau_name, admin_id, admin_name, audit_hash = "sha256";
};

void RemoveDatabaseFiles(const std::string& path) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path + suffix, ec);
}

int Init(const Session& s, const InitArgs& a) {
  using namespace govshare;
  const bool existed = std::filesystem::exists(s.db());
  try {
    auto p = s.Create(a.audit_hash == "sm3" ? HashAlgorithm::kSm3 : HashAlgorithm::kSha256);
    p->Initialize({a.bureau_code, a.bureau_name, DepartmentLevel::kBureau, ""},
                  {a.admin_id, a.admin_name, a.bureau_code, {Role::kBureauAdmin}, true});
    std::cout << "已初始化平台 platform initialized: " << s.db() << '\n'
              << "  " << a.bureau_code << '\t' << a.bureau_name << '\n'
              << "  " << a.admin_id << '\t' << a.admin_name << '\t' << ToString(Role::kBureauAdmin) << '\n';
  } catch (...) {
    if (!existed) RemoveDatabaseFiles(s.db());  // leave no half-made platform behind
    throw;
  }
  return kExitOk;
}

}  // namespace

void AddInitCommand(CLI::App& app, Program& program) {
  auto a = std::make_shared<InitArgs>();
  auto* init = app.add_subcommand("init", "Create the platform: the Big Data Bureau and its first "
                                          "administrator (市大数据管理局, A4)");
  init->add_option("--bureau-code", a->bureau_code, "the bureau's unified social credit code")->required();
  init->add_option("--bureau-name", a->bureau_name, "the bureau's name, e.g. 南通市大数据管理局")->required();
  init->add_option("--admin", a->admin_id, "the administrator's user id")->required();
  init->add_option("--admin-name", a->admin_name, "the administrator's name")->required();
  init->add_option("--audit-hash", a->audit_hash, "hash of the audit chain, fixed at creation")
      ->check(CLI::IsMember({"sha256", "sm3"}))
      ->capture_default_str();
  OnPlatformCommand(init, program, "init", [a](const Session& s) { return Init(s, *a); });
}

}  // namespace govshare_cli
