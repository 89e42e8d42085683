// Departments, users and notices (A4–A6, A14): the bureau registers
// departments and users, department administrators their own users; each
// department reads and acknowledges its notices.
#include <algorithm>
#include <set>

#include "platform/directory_rules.h"
#include "platform/operation.h"

namespace govshare {

// ---- departments and users ---------------------------------------------------------

using directory_rules::CheckDepartment;
using directory_rules::CheckUser;

void Platform::Initialize(const Department& bureau, const User& administrator) {
  CheckDepartment(bureau);
  CheckUser(administrator);
  if (bureau.level != DepartmentLevel::kBureau) {
    throw InvalidArgumentError("the first department must be the bureau (level bureau, A4)");
  }
  if (administrator.department_code != bureau.code ||
      std::find(administrator.roles.begin(), administrator.roles.end(), Role::kBureauAdmin) ==
          administrator.roles.end()) {
    throw InvalidArgumentError("the first user must be a bureau_admin of the bureau");
  }
  impl_->Write([&] {
    storage::Storage& s = impl_->S();
    if (s.GetMeta(kMetaInitialized)) throw InvalidTransitionError("the platform is already initialized");
    Department b = bureau;
    b.parent_code.clear();
    s.InsertDepartment(b);
    s.InsertUser(administrator);
    s.SetMeta(kMetaInitialized, Now().ToIso());
    PlatformCore::Actor a{administrator, b};
    impl_->Audit(a, "platform.initialize", "department:" + b.code, "", impl_->DigestOf(b.code + b.name),
                 "");
  });
}

bool Platform::initialized() const {
  return impl_->Read([&] { return impl_->S().GetMeta(kMetaInitialized).has_value(); });
}

void Platform::AddDepartment(const std::string& actor, const Department& department) {
  CheckDepartment(department);
  PlatformCore& core = *impl_;
  RunWrite(core, actor, Permission{Action::kManageDepartments, "", "department:" + department.code}, [&](Operation& op) {
    storage::Storage& s = core.S();
    directory_rules::CheckPlace(department, department.parent_code.empty()
                                                ? std::nullopt
                                                : s.FindDepartment(department.parent_code));
    if (s.FindDepartment(department.code)) {
      throw ConflictError("department " + department.code + " already exists");
    }
    s.InsertDepartment(department);
    op.Audit("department.add", "department:" + department.code, "",
             core.DigestOf(department.code + "|" + department.name + "|" + ToString(department.level)),
                 "");
  });
}

void Platform::SetAuditBody(const std::string& actor, const std::string& department_code, bool audit_body) {
  PlatformCore& core = *impl_;
  RunWrite(core, actor, Permission{Action::kManageDepartments, "", "department:" + department_code},
           [&](Operation& op) {
             storage::Storage& s = core.S();
             auto dept = s.FindDepartment(department_code);
             if (!dept) throw NotFoundError("department " + department_code + " does not exist");
             if (dept->level == DepartmentLevel::kBureau) {
               throw InvalidArgumentError("department_code " + department_code +
                                          ": the bureau's staff hold the auditor role without a mark");
             }
             if (dept->audit_body == audit_body) {
               throw ConflictError("department " + department_code + (audit_body ? " is already" : " is not") +
                                   " an audit body");
             }
             if (!audit_body) {
               for (const User& u : s.ListUsers(department_code)) {
                 const bool auditor = std::find(u.roles.begin(), u.roles.end(), Role::kAuditor) != u.roles.end();
                 if (u.active && auditor) {
                   throw InvalidArgumentError("department_code " + department_code + ": user " + u.id +
                                              " holds the auditor role, which needs the mark");
                 }
               }
             }
             s.SetAuditBody(department_code, audit_body);
             op.Audit("department.audit_body", "department:" + department_code, audit_body ? "0" : "1",
                      audit_body ? "1" : "0", "");
           });
}

std::optional<Department> Platform::FindDepartment(const std::string& code) const {
  return impl_->Read([&] { return impl_->S().FindDepartment(code); });
}
std::vector<Department> Platform::Departments() const {
  return impl_->Read([&] { return impl_->S().ListDepartments(); });
}

void Platform::AddUser(const std::string& actor, const User& user) {
  CheckUser(user);
  PlatformCore& core = *impl_;
  RunWrite(core, actor, Permission{Action::kManageUsers, user.department_code, "user:" + user.id}, [&](Operation& op) {
    storage::Storage& s = core.S();
    auto dept = s.FindDepartment(user.department_code);
    if (!dept) throw NotFoundError("department " + user.department_code + " does not exist");
    for (Role r : user.roles) {
      const auto refusal = directory_rules::RoleGrantRefusal(op.user().roles, op.department().level, r, *dept);
      if (refusal) op.Deny(*refusal);
    }
    if (s.FindUser(user.id)) throw ConflictError("user " + user.id + " already exists");
    s.InsertUser(user);
    std::string roles;
    for (Role r : user.roles) roles += ToString(r) + ",";
    op.Audit("user.add", "user:" + user.id, "", core.DigestOf(user.id + "|" + user.department_code + "|" + roles), "");
  });
}

std::optional<User> Platform::FindUser(const std::string& id) const {
  return impl_->Read([&] { return impl_->S().FindUser(id); });
}
std::vector<User> Platform::Users(const std::string& department_code) const {
  return impl_->Read([&] { return impl_->S().ListUsers(department_code); });
}

bool Platform::MayDo(const std::string& actor, Action action, const std::string& department_code) const {
  const auto found = impl_->Read([&] { return impl_->FindActor(actor); });
  return found && PlatformCore::Allowed(*found, action, department_code);
}

// ---- notices ------------------------------------------------------------------------------

std::vector<Notice> Platform::Notices(const std::string& actor, bool unacknowledged_only) const {
  PlatformCore& core = *impl_;
  return RunRead(core, actor, Permission{Action::kReadNotices, "", "notices"}, [&](Operation& op) {
    std::vector<Notice> out;
    for (const auto& n : core.S().ListNotices(op.user().department_code, unacknowledged_only)) {
      Notice x;
      x.id = n.id;
      x.kind = n.kind;
      x.department_code = n.department_code;
      x.entry_id = n.entry_id;
      x.object = n.object;
      x.message = n.message;
      x.created_at = LocalDateTime::FromUnixSeconds(n.created_at);
      if (n.acknowledged_at) x.acknowledged_at = LocalDateTime::FromUnixSeconds(*n.acknowledged_at);
      x.acknowledged_by = n.acknowledged_by;
      out.push_back(std::move(x));
    }
    return out;
  });
}

void Platform::AcknowledgeNotice(const std::string& actor, std::int64_t notice_id) {
  PlatformCore& core = *impl_;
  std::optional<storage::NoticeRow> n;
  RunWrite(
      core, actor,
      [&] {
        n = core.S().FindNotice(notice_id);
        if (!n) throw NotFoundError("notice " + std::to_string(notice_id) + " does not exist");
        return Permission{Action::kReadNotices, n->department_code, "notice:" + std::to_string(notice_id)};
      },
      [&](Operation& op) {
    if (n->department_code != op.user().department_code) {
      op.Deny("the notice is addressed to department " + n->department_code);
    }
    if (n->acknowledged_at) {
      throw InvalidTransitionError("notice " + std::to_string(notice_id) + " is already acknowledged");
    }
    n->acknowledged_at = core.NowSeconds();
    n->acknowledged_by = actor;
    core.S().UpdateNotice(*n);
    op.Audit("notice.acknowledge", "notice:" + std::to_string(notice_id), "", "", "");
  });
}

}  // namespace govshare
