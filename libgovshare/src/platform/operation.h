// Internal: the one operation skeleton. Every operation of the platform runs
// as
//
//   return RunWrite(core, actor, Permission{Action::kX, department, object},
//                   [&](Operation& op) { load → rule → store → op.Notify → op.Audit });
//
// The skeleton opens the transaction, loads the acting user and checks the
// permission table (a refusal rolls back, becomes a security event and the
// permission error), hands the body an `Operation` that audits and notifies
// as that user, commits, and refuses to commit a change that left no audit
// record (A28: every change is in the trail). `Permission` may be a
// callable that loads what decides it (the department whose object it is).
#ifndef GOVSHARE_SRC_PLATFORM_OPERATION_H_
#define GOVSHARE_SRC_PLATFORM_OPERATION_H_

#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>

#include "platform/impl.h"

namespace govshare {

/// What an operation needs: the action, the department whose object it acts
/// on ("" when the action is not department-scoped) and the object named in
/// the trail and in a refusal.
struct Permission {
  Action action;
  std::string department;
  std::string object;
};

/// One operation in progress, inside its transaction, its actor authorized.
class Operation {
 public:
  Operation(PlatformCore& core, PlatformCore::Actor actor, Permission permission)
      : core_(core), actor_(std::move(actor)), permission_(std::move(permission)) {}

  const User& user() const { return actor_.user; }
  const Department& department() const { return actor_.department; }
  const PlatformCore::Actor& actor() const { return actor_; }
  const Permission& permission() const { return permission_; }

  /// Appends to the audit chain as the actor (A28).
  void Audit(const std::string& action, const std::string& object, const std::string& before,
             const std::string& after, const std::string& reason) {
    core_.Audit(actor_, action, object, before, after, reason);
    ++audited_;
  }
  /// Puts a notice in a department's outbox.
  void Notify(NoticeKind kind, const std::string& department, std::int64_t entry_id, const std::string& message,
              const std::string& object = "") {
    core_.Notify(kind, department, entry_id, message, object);
  }
  /// Refuses the operation for a reason the permission table cannot see
  /// (e.g. "only the provider revokes for non-use"): a security event and
  /// the permission error, nothing changed.
  [[noreturn]] void Deny(const std::string& detail) const {
    throw Denied{actor_.user.id, actor_.user.department_code, permission_.action, permission_.object, detail};
  }
  /// A write transaction that leaves no audit record, and why (a use goes
  /// to the usage log, A28; nothing was due).
  void NoAuditRecord(const char* why) {
    no_audit_ = why;
  }

  /// Whether the operation accounted for its changes in the trail.
  bool accounted() const { return audited_ > 0 || no_audit_ != nullptr; }

 private:
  PlatformCore& core_;
  PlatformCore::Actor actor_;
  Permission permission_;
  int audited_ = 0;
  const char* no_audit_ = nullptr;
};

/// The permission of an operation on one catalog entry, for RunWrite/RunRead:
/// loads the entry into `loaded` first (the not-found error when there is
/// none); a department-scoped action (`provider_scoped`) is scoped to the
/// entry's provider.
inline auto OnEntry(PlatformCore& core, std::int64_t entry_id, Action action, bool provider_scoped,
                    std::optional<storage::EntryRow>& loaded) {
  return [&core, entry_id, action, provider_scoped, &loaded] {
    loaded = core.LoadEntry(entry_id);
    return Permission{action, provider_scoped ? loaded->provider_code : std::string(), ObjectOfEntry(entry_id)};
  };
}

namespace operation_detail {

// A permission is a value, a callable, or a callable given the actor as
// found (std::nullopt: no such user — the skeleton refuses after), so that
// what decides it is loaded with the actor once.
template <typename P>
Permission Resolve(P&& permission, const std::optional<PlatformCore::Actor>& found) {
  if constexpr (std::is_invocable_v<P, const std::optional<PlatformCore::Actor>&>) {
    return permission(found);
  } else if constexpr (std::is_invocable_v<P>) {
    return permission();
  } else {
    return Permission(std::forward<P>(permission));
  }
}

template <typename P, typename Body>
auto Run(PlatformCore& core, bool write, const std::string& actor, P&& permission, Body&& body) {
  return core.InTransaction(write, [&]() {
    std::optional<PlatformCore::Actor> found = core.FindActor(actor);
    Permission perm = Resolve(std::forward<P>(permission), found);
    auto a = core.Authorize(std::move(found), actor, perm.action, perm.department, perm.object);
    Operation op(core, std::move(a), std::move(perm));
    if constexpr (std::is_void_v<decltype(body(op))>) {
      body(op);
      if (write && !op.accounted()) throw std::logic_error("an operation changed the platform without an audit record");
    } else {
      auto result = body(op);
      if (write && !op.accounted()) throw std::logic_error("an operation changed the platform without an audit record");
      return result;
    }
  });
}

}  // namespace operation_detail

/// A change: one write transaction, authorized, audited.
template <typename P, typename Body>
auto RunWrite(PlatformCore& core, const std::string& actor, P&& permission, Body&& body) {
  return operation_detail::Run(core, true, actor, std::forward<P>(permission), std::forward<Body>(body));
}

/// A read: one consistent snapshot, authorized.
template <typename P, typename Body>
auto RunRead(PlatformCore& core, const std::string& actor, P&& permission, Body&& body) {
  return operation_detail::Run(core, false, actor, std::forward<P>(permission), std::forward<Body>(body));
}

}  // namespace govshare

#endif  // GOVSHARE_SRC_PLATFORM_OPERATION_H_
