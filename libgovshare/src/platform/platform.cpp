// The platform's domain logic (A4–A6, A10–A12, A14–A16, A28): permission
// checks, state transitions, obligations, notices, audit chain, federation.
// It talks to storage only through storage::Storage (no SQL here).
#include "platform/impl.h"

namespace govshare {

std::string ToString(Durability value) { return value == Durability::kNormal ? "normal" : "full"; }

// ---- construction ----------------------------------------------------------------------

Platform::Platform(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Platform::~Platform() {
  try {
    Close();
  } catch (...) {
    // A destructor does not throw; Close() reports a failed final write.
  }
}

std::shared_ptr<Platform> Platform::Open(const PlatformOptions& options) {
  if (options.busy_timeout_ms < 0) throw InvalidArgumentError("busy_timeout_ms must be >= 0");
  if (options.simulated_time && !options.simulated_time->IsValid()) {
    throw InvalidArgumentError("simulated_time is not a valid date-time");
  }
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->db = storage::OpenSqliteStorage(options);
  if (options.simulated_time) impl->simulated_now = options.simulated_time->ToUnixSeconds();
  // The audit hash is fixed when the platform is created.
  auto hash = impl->db->GetMeta(kMetaAuditHash);
  if (!hash) {
    impl->db->Begin();
    impl->db->SetMeta(kMetaAuditHash, ToString(options.audit_hash));
    impl->db->Commit();
    impl->audit_hash = options.audit_hash;
  } else {
    impl->audit_hash = *hash == "sm3" ? HashAlgorithm::kSm3 : HashAlgorithm::kSha256;
  }
  EnsureSearchDocuments(*impl);
  return std::shared_ptr<Platform>(new Platform(std::move(impl)));
}

void Platform::Close() {
  if (!impl_->db) return;
  // The usage log's last lines first; the database closes even if they fail.
  struct Closer {
    Impl* impl;
    ~Closer() {
      impl->db->Close();
      impl->db.reset();
    }
  } closer{impl_.get()};
  CloseAccess(*impl_);
}
bool Platform::is_open() const { return impl_->db != nullptr; }
int Platform::schema_version() const { return impl_->S().SchemaVersion(); }
int Platform::CurrentSchemaVersion() { return storage::LatestSchemaVersion(); }

LocalDateTime Platform::Now() const { return impl_->Now(); }

void Platform::SetTime(const LocalDateTime& time) {
  if (!impl_->simulated_now) throw InvalidArgumentError("the platform runs on the system clock");
  const std::int64_t t = time.ToUnixSeconds();
  if (t < *impl_->simulated_now) {
    throw InvalidArgumentError("the simulated clock cannot move backwards (now " + Now().ToIso() + ")");
  }
  impl_->simulated_now = t;
}

void Platform::AdvanceTime(std::int64_t seconds) {
  if (!impl_->simulated_now) throw InvalidArgumentError("the platform runs on the system clock");
  if (seconds < 0) throw InvalidArgumentError("the simulated clock cannot move backwards");
  SetTime(LocalDateTime::FromUnixSeconds(*impl_->simulated_now + seconds));
}

std::shared_ptr<WorkdayCalendar> Platform::calendar() const {
  // With the years the bureau loaded (by any handle); a closed platform keeps
  // the calendar it had.
  if (impl_->db) impl_->Read([&] { impl_->Cal(); });
  return impl_->calendar;
}
void Platform::SetCalendar(const std::shared_ptr<WorkdayCalendar>& calendar) {
  if (!calendar) throw InvalidArgumentError("calendar is required");
  impl_->base_calendar = calendar;
  impl_->calendar = calendar;
  impl_->calendar_stamp.reset();  // recompose with the stored years at next use
}

// ---- departments and users ---------------------------------------------------------

namespace {

void CheckDepartment(const Department& d) {
  if (!IsValidCreditCode(d.code)) {
    throw InvalidArgumentError("department.code \"" + d.code +
                               "\" is not a valid unified social credit code (GB 32100)");
  }
  RequireText(d.name, "department.name", "A5");
}

void CheckUserShape(const User& u) {
  if (u.id.size() < 2 || u.id.size() > 64 ||
      !std::all_of(u.id.begin(), u.id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '.' || c == '_' || c == '-';
      })) {
    throw InvalidArgumentError("user.id \"" + u.id + "\" must be 2-64 characters of [A-Za-z0-9._-]");
  }
  RequireText(u.name, "user.name", "A14 a named user");
  if (u.roles.empty()) throw InvalidArgumentError("user.roles must name at least one role");
  std::set<Role> seen;
  for (Role r : u.roles) {
    if (ToString(r).rfind("unknown", 0) == 0) throw InvalidArgumentError("user.roles has an unknown role");
    if (!seen.insert(r).second) throw InvalidArgumentError("user.roles lists " + ToString(r) + " twice");
  }
}

}  // namespace

void Platform::Initialize(const Department& bureau, const User& administrator) {
  CheckDepartment(bureau);
  CheckUserShape(administrator);
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
    Impl::Actor a{administrator, b};
    impl_->Audit(a, "platform.initialize", "department:" + b.code, "", impl_->DigestOf(b.code + b.name),
                 "");
  });
}

bool Platform::initialized() const { return impl_->S().GetMeta(kMetaInitialized).has_value(); }

void Platform::AddDepartment(const std::string& actor, const Department& department) {
  CheckDepartment(department);
  impl_->Write([&] {
    storage::Storage& s = impl_->S();
    auto a = impl_->Authorize(actor, Action::kManageDepartments, "", "department:" + department.code);
    if (department.level == DepartmentLevel::kBureau) {
      throw InvalidArgumentError("department.level: the platform has one bureau (A4), created by Initialize");
    }
    if (s.FindDepartment(department.code)) {
      throw ConflictError("department " + department.code + " already exists");
    }
    if (department.level == DepartmentLevel::kCounty) {
      auto parent = s.FindDepartment(department.parent_code);
      if (!parent || parent->level != DepartmentLevel::kCountyPlatform) {
        throw InvalidArgumentError("department.parent_code must name a county platform (A6) for a county department");
      }
    } else if (!department.parent_code.empty()) {
      throw InvalidArgumentError("department.parent_code is only for county departments");
    }
    s.InsertDepartment(department);
    impl_->Audit(a, "department.add", "department:" + department.code, "",
                 impl_->DigestOf(department.code + "|" + department.name + "|" + ToString(department.level)),
                 "");
  });
}

std::optional<Department> Platform::FindDepartment(const std::string& code) const {
  return impl_->S().FindDepartment(code);
}
std::vector<Department> Platform::Departments() const { return impl_->S().ListDepartments(); }

void Platform::AddUser(const std::string& actor, const User& user) {
  CheckUserShape(user);
  impl_->Write([&] {
    storage::Storage& s = impl_->S();
    auto a = impl_->Authorize(actor, Action::kManageUsers, user.department_code, "user:" + user.id);
    auto dept = s.FindDepartment(user.department_code);
    if (!dept) throw NotFoundError("department " + user.department_code + " does not exist");
    const bool bureau_admin = std::find(a.user.roles.begin(), a.user.roles.end(), Role::kBureauAdmin) !=
                                  a.user.roles.end() &&
                              a.department.level == DepartmentLevel::kBureau;
    for (Role r : user.roles) {
      if ((r == Role::kBureauAdmin || r == Role::kBureauReviewer) && dept->level != DepartmentLevel::kBureau) {
        throw InvalidArgumentError("user.roles: " + ToString(r) + " is only for users of the bureau");
      }
      if (!bureau_admin && !permissions::IsDepartmentRole(r)) {
        throw Denied{actor, a.user.department_code, Action::kManageUsers, "user:" + user.id,
                           "a department administrator grants department roles only, not " + ToString(r)};
      }
    }
    if (s.FindUser(user.id)) throw ConflictError("user " + user.id + " already exists");
    s.InsertUser(user);
    std::string roles;
    for (Role r : user.roles) roles += ToString(r) + ",";
    impl_->Audit(a, "user.add", "user:" + user.id, "",
                 impl_->DigestOf(user.id + "|" + user.department_code + "|" + roles), "");
  });
}

std::optional<User> Platform::FindUser(const std::string& id) const { return impl_->S().FindUser(id); }
std::vector<User> Platform::Users(const std::string& department_code) const {
  return impl_->S().ListUsers(department_code);
}

bool Platform::MayDo(const std::string& actor, Action action, const std::string& department_code) const {
  auto user = impl_->S().FindUser(actor);
  if (!user) return false;
  auto dept = impl_->S().FindDepartment(user->department_code);
  if (!dept) return false;
  return Impl::Allowed(Impl::Actor{*user, *dept}, action, department_code);
}

// ---- catalog lifecycle ---------------------------------------------------------------

EntryRecord Platform::CreateDraft(const std::string& actor, const CatalogEntry& entry) {
  return impl_->Write([&] {
    auto a = impl_->Authorize(actor, Action::kEditCatalog, "", "entry:new");
    auto [content, json] = impl_->Normalize(entry, a.department, "");
    EntryRow e;
    e.provider_code = a.department.code;
    e.status = EntryStatus::kUnpublished;
    e.row_version = 1;
    e.working_version = 1;
    e.id = impl_->S().InsertEntry(e);
    VersionRow v;
    v.entry_id = e.id;
    v.number = 1;
    v.status = VersionStatus::kDraft;
    impl_->SetContent(v, json);
    v.created_by = actor;
    v.created_at = impl_->NowSeconds();
    impl_->S().InsertVersion(v);
    impl_->Audit(a, "catalog.create", ObjectOfEntry(e.id), "", impl_->EntryDigest(e, &v), "");
    return impl_->Record(e, true, std::move(content), &v);
  });
}

EntryRecord Platform::EditDraft(const std::string& actor, std::int64_t entry_id,
                                std::int64_t row_version, const CatalogEntry& entry) {
  return impl_->Write([&] {
    EntryRow e = impl_->LoadEntry(entry_id);
    auto a = impl_->Authorize(actor, Action::kEditCatalog, e.provider_code, ObjectOfEntry(entry_id));
    Impl::CheckRowVersion(e, row_version);
    if (e.status == EntryStatus::kWithdrawn) {
      throw InvalidTransitionError("entry " + std::to_string(entry_id) + " is withdrawn (A16); it cannot be edited");
    }
    auto [content, json] = impl_->Normalize(entry, a.department, e.code);
    const std::int64_t now = impl_->NowSeconds();
    VersionRow v;
    std::string before;
    if (e.working_version) {
      v = impl_->LoadVersion(e, *e.working_version);
      if (v.status != VersionStatus::kDraft && v.status != VersionStatus::kRejected) {
        throw InvalidTransitionError("entry " + std::to_string(entry_id) + " version " +
                                     std::to_string(v.number) + " is " + ToString(v.status) +
                                     "; only a draft or a rejected version can be edited (A10)");
      }
      before = impl_->EntryDigest(e, &v);
      v.status = VersionStatus::kDraft;
      impl_->SetContent(v, json);
      v.created_by = actor;
      v.created_at = now;
      impl_->S().UpdateVersion(v);
    } else {
      // A revision of a published entry: the live version stays live.
      before = impl_->EntryDigest(e);
      const auto versions = impl_->S().ListVersions(e.id);
      v.entry_id = e.id;
      v.number = versions.empty() ? 1 : versions.back().number + 1;
      v.status = VersionStatus::kDraft;
      impl_->SetContent(v, json);
      v.created_by = actor;
      v.created_at = now;
      impl_->S().InsertVersion(v);
      e.working_version = v.number;
    }
    impl_->Store(e, row_version);
    impl_->Audit(a, "catalog.edit", ObjectOfEntry(e.id), before, impl_->EntryDigest(e, &v), "");
    return impl_->Record(e, true, std::move(content), &v);
  });
}

EntryRecord Platform::Submit(const std::string& actor, std::int64_t entry_id, std::int64_t row_version) {
  return impl_->Write([&] {
    EntryRow e = impl_->LoadEntry(entry_id);
    auto a = impl_->Authorize(actor, Action::kSubmitCatalog, e.provider_code, ObjectOfEntry(entry_id));
    Impl::CheckRowVersion(e, row_version);
    VersionRow v = impl_->WorkingVersion(e, VersionStatus::kDraft, "has no draft to submit",
                                         "only a draft can be submitted (A10)");
    const auto findings = Validate(EntryFromJson(v.content));
    if (HasErrors(findings)) {
      std::string list;
      int shown = 0;
      for (const auto& f : findings) {
        if (f.severity != Severity::kError) continue;
        if (shown++ < 5) list += "\n  " + f.article + " " + f.rule_id + " " + f.path + ": " + f.message_zh;
      }
      throw InvalidArgumentError("entry " + std::to_string(entry_id) + " cannot be submitted: " +
                                 std::to_string(shown) + " error finding(s) (A10)" + list);
    }
    const std::string before = impl_->EntryDigest(e);
    const std::int64_t now = impl_->NowSeconds();
    v.status = VersionStatus::kSubmitted;
    v.submitted_at = now;
    impl_->S().UpdateVersion(v);
    impl_->Store(e, row_version);
    // A11: a catalog submission fulfils the department's open obligations.
    for (ObligationRow o : impl_->S().ListObligations(e.provider_code)) {
      if (o.fulfilled_at || (o.created_at && *o.created_at > now)) continue;
      o.fulfilled_at = now;
      o.fulfilled_by_entry = e.id;
      impl_->S().UpdateObligation(o);
    }
    impl_->Audit(a, "catalog.submit", ObjectOfEntry(e.id), before, impl_->EntryDigest(e), "");
    return impl_->Record(e, true);
  });
}

EntryRecord Platform::Approve(const std::string& actor, std::int64_t entry_id, std::int64_t row_version) {
  return impl_->Write([&] {
    EntryRow e = impl_->LoadEntry(entry_id);
    auto a = impl_->Authorize(actor, Action::kReviewCatalog, "", ObjectOfEntry(entry_id));
    Impl::CheckRowVersion(e, row_version);
    VersionRow v = impl_->WorkingVersion(e, VersionStatus::kSubmitted, "has nothing to review",
                                         "only a submitted version can be reviewed (A10)");
    const std::string before = impl_->EntryDigest(e);
    CatalogEntry content = EntryFromJson(v.content);
    if (e.code.empty()) {
      // A7: the bureau codes the entry on its first approval.
      // Only the codes of its classification (an index range, not a scan).
      e.code = NextCatalogCode(impl_->S().CodesWithPrefix(ClassificationCode(content.classification) + "/"),
                               content.classification);
    }
    content.code = e.code;
    const std::int64_t now = impl_->NowSeconds();
    impl_->SetContent(v, EntryToJson(content, -1));
    v.status = VersionStatus::kApproved;
    v.reviewed_at = now;
    v.reviewed_by = actor;
    v.rejection = "[]";
    impl_->S().UpdateVersion(v);
    impl_->Store(e, row_version);
    impl_->Notify(NoticeKind::kReviewResult, e.provider_code, e.id,
                  "目录审核通过：" + content.name + "（" + e.code + "），请及时发布 (A10)");
    impl_->Audit(a, "catalog.approve", ObjectOfEntry(e.id), before, impl_->EntryDigest(e), "");
    return impl_->Record(e, true);
  });
}

EntryRecord Platform::Reject(const std::string& actor, std::int64_t entry_id, std::int64_t row_version,
                             const std::vector<ReviewFinding>& reasons) {
  if (reasons.empty()) throw InvalidArgumentError("reasons: a rejection states at least one reason (A10)");
  for (size_t i = 0; i < reasons.size(); ++i) {
    RequireText(reasons[i].reason, "reasons[" + std::to_string(i) + "].reason", "A10");
    if (!internal::IsValidUtf8(reasons[i].path)) throw InvalidArgumentError("reasons[" + std::to_string(i) + "].path is not valid UTF-8");
  }
  return impl_->Write([&] {
    EntryRow e = impl_->LoadEntry(entry_id);
    auto a = impl_->Authorize(actor, Action::kReviewCatalog, "", ObjectOfEntry(entry_id));
    Impl::CheckRowVersion(e, row_version);
    VersionRow v = impl_->WorkingVersion(e, VersionStatus::kSubmitted, "has nothing to review",
                                         "only a submitted version can be reviewed (A10)");
    const std::string before = impl_->EntryDigest(e);
    v.status = VersionStatus::kRejected;
    v.reviewed_at = impl_->NowSeconds();
    v.reviewed_by = actor;
    v.rejection = RejectionJson(reasons);
    impl_->S().UpdateVersion(v);
    impl_->Store(e, row_version);
    std::string message = "目录审核未通过：" + EntryFromJson(v.content).name + "，请修改后重新提交 (A10)";
    for (const auto& r : reasons) message += "\n" + (r.path.empty() ? "" : r.path + ": ") + r.reason;
    impl_->Notify(NoticeKind::kReviewResult, e.provider_code, e.id, message);
    std::string reason_text;
    for (const auto& r : reasons) reason_text += (reason_text.empty() ? "" : "; ") + r.reason;
    impl_->Audit(a, "catalog.reject", ObjectOfEntry(e.id), before, impl_->EntryDigest(e), reason_text);
    return impl_->Record(e, true);
  });
}

EntryRecord Platform::Publish(const std::string& actor, std::int64_t entry_id, std::int64_t row_version) {
  return impl_->Write([&] {
    EntryRow e = impl_->LoadEntry(entry_id);
    auto a = impl_->Authorize(actor, Action::kPublishCatalog, e.provider_code, ObjectOfEntry(entry_id));
    Impl::CheckRowVersion(e, row_version);
    if (e.status == EntryStatus::kWithdrawalRequested || e.status == EntryStatus::kWithdrawn) {
      throw InvalidTransitionError("entry " + std::to_string(entry_id) + " is " + ToString(e.status) +
                                   "; it cannot be published (A16)");
    }
    VersionRow v = impl_->WorkingVersion(e, VersionStatus::kApproved, "has no approved version",
                                         "only an approved version can be published (A10)");
    const std::string before = impl_->EntryDigest(e);
    const std::int64_t now = impl_->NowSeconds();
    if (e.live_version) {
      VersionRow old = impl_->LoadVersion(e, *e.live_version);
      old.status = VersionStatus::kSuperseded;
      impl_->S().UpdateVersion(old);
    }
    CatalogEntry content = EntryFromJson(v.content);
    content.publish_date = impl_->Now().date;
    impl_->SetContent(v, EntryToJson(content, -1));
    v.status = VersionStatus::kPublished;
    v.published_at = now;
    impl_->S().UpdateVersion(v);
    e.live_version = v.number;
    e.working_version.reset();
    e.status = EntryStatus::kPublished;
    impl_->Store(e, row_version);
    IndexForSearch(*impl_, e.id, e.code, e.provider_code, content);
    impl_->Audit(a, "catalog.publish", ObjectOfEntry(e.id), before, impl_->EntryDigest(e), "");
    return impl_->Record(e, true);
  });
}

EntryRecord Platform::RequestWithdrawal(const std::string& actor, std::int64_t entry_id,
                                        std::int64_t row_version, const std::string& reason) {
  RequireText(reason, "reason", "A16: a withdrawal states why");
  return impl_->Write([&] {
    EntryRow e = impl_->LoadEntry(entry_id);
    auto a = impl_->Authorize(actor, Action::kRequestWithdrawal, e.provider_code, ObjectOfEntry(entry_id));
    Impl::CheckRowVersion(e, row_version);
    if (e.status != EntryStatus::kPublished) {
      throw InvalidTransitionError("entry " + std::to_string(entry_id) + " is " + ToString(e.status) +
                                   "; only a published entry can be withdrawn (A16)");
    }
    const std::string before = impl_->EntryDigest(e);
    e.status = EntryStatus::kWithdrawalRequested;
    e.withdrawal_reason = reason;
    impl_->Store(e, row_version);
    const std::string name = EntryFromJson(impl_->LoadVersion(e, *e.live_version).content).name;
    const std::string message = "资源拟撤销发布：" + name + "（" + e.code + "），理由：" + reason + " (A16)";
    // A16: tell every subscribing consumer and the bureau in advance.
    for (const auto& d : impl_->S().Subscribers(e.id)) impl_->Notify(NoticeKind::kWithdrawalNotice, d, e.id, message);
    for (const auto& d : impl_->BureauDepartments()) impl_->Notify(NoticeKind::kWithdrawalNotice, d, e.id, message);
    impl_->Audit(a, "catalog.request_withdrawal", ObjectOfEntry(e.id), before, impl_->EntryDigest(e), reason);
    return impl_->Record(e, true);
  });
}

EntryRecord Platform::DecideWithdrawal(const std::string& actor, std::int64_t entry_id,
                                       std::int64_t row_version, bool approve, const std::string& reason) {
  RequireText(reason, "reason", "A16: the bureau's decision states why");
  return impl_->Write([&] {
    EntryRow e = impl_->LoadEntry(entry_id);
    auto a = impl_->Authorize(actor, Action::kDecideWithdrawal, "", ObjectOfEntry(entry_id));
    Impl::CheckRowVersion(e, row_version);
    if (e.status != EntryStatus::kWithdrawalRequested) {
      throw InvalidTransitionError("entry " + std::to_string(entry_id) + " is " + ToString(e.status) +
                                   "; there is no withdrawal request to decide (A16)");
    }
    const std::string before = impl_->EntryDigest(e);
    e.status = approve ? EntryStatus::kWithdrawn : EntryStatus::kPublished;
    if (!approve) e.withdrawal_reason.clear();
    impl_->Store(e, row_version);
    if (approve) RemoveFromSearch(*impl_, e.id);
    const std::string name = EntryFromJson(impl_->LoadVersion(e, *e.live_version).content).name;
    const std::string message = std::string(approve ? "撤销发布已同意：" : "撤销发布未同意：") + name +
                                "（" + e.code + "），" + reason + " (A16)";
    impl_->Notify(NoticeKind::kWithdrawalDecision, e.provider_code, e.id, message);
    if (approve) {
      for (const auto& d : impl_->S().Subscribers(e.id)) impl_->Notify(NoticeKind::kWithdrawalDecision, d, e.id, message);
    }
    impl_->Audit(a, approve ? "catalog.withdraw" : "catalog.refuse_withdrawal", ObjectOfEntry(e.id), before,
                 impl_->EntryDigest(e), reason);
    return impl_->Record(e, true);
  });
}

void Platform::Subscribe(const std::string& actor, std::int64_t entry_id) {
  impl_->Write([&] {
    EntryRow e = impl_->LoadEntry(entry_id);
    auto a = impl_->Authorize(actor, Action::kSubscribe, "", ObjectOfEntry(entry_id));
    if (e.status != EntryStatus::kPublished) {
      throw InvalidTransitionError("entry " + std::to_string(entry_id) + " is " + ToString(e.status) +
                                   "; only a published entry can be subscribed to");
    }
    if (e.provider_code == a.user.department_code) {
      throw InvalidArgumentError("a department does not subscribe to its own entry");
    }
    impl_->S().InsertSubscription(e.id, a.user.department_code, impl_->NowSeconds());
    impl_->Audit(a, "catalog.subscribe", ObjectOfEntry(e.id), "", impl_->DigestOf(a.user.department_code), "");
  });
}

EntryRecord Platform::GetEntry(const std::string& actor, std::int64_t entry_id) const {
  return impl_->Read([&] {
    EntryRow e = impl_->LoadEntry(entry_id);
    auto a = impl_->Authorize(actor, Action::kReadCatalog, "", ObjectOfEntry(entry_id));
    // Another department's drafts are its own business until published.
    const bool own = a.user.department_code == e.provider_code ||
                     a.department.level == DepartmentLevel::kBureau;
    return impl_->Record(e, own || Impl::Allowed(a, Action::kReadAudit, ""));
  });
}

std::vector<EntryRecord> Platform::Entries(const std::string& actor, const std::string& provider_code) const {
  return impl_->Read([&] {
    auto a = impl_->Authorize(actor, Action::kReadCatalog, "", "entries");
    const bool all = a.department.level == DepartmentLevel::kBureau || Impl::Allowed(a, Action::kReadAudit, "");
    std::vector<EntryRecord> out;
    for (const auto& e : impl_->S().ListEntries(provider_code)) {
      const bool own = all || e.provider_code == a.user.department_code;
      if (!own && !e.live_version) continue;  // others see published entries only
      out.push_back(impl_->Record(e, own));
    }
    return out;
  });
}

std::vector<EntryVersion> Platform::History(const std::string& actor, std::int64_t entry_id) const {
  return impl_->Read([&] {
    EntryRow e = impl_->LoadEntry(entry_id);
    auto a = impl_->Authorize(actor, Action::kReadCatalog, "", ObjectOfEntry(entry_id));
    const bool own = a.user.department_code == e.provider_code ||
                     a.department.level == DepartmentLevel::kBureau || Impl::Allowed(a, Action::kReadAudit, "");
    std::vector<EntryVersion> out;
    for (const auto& v : impl_->S().ListVersions(e.id)) {
      const bool public_version = v.status == VersionStatus::kPublished || v.status == VersionStatus::kSuperseded;
      if (!own && !public_version) continue;
      EntryVersion ev;
      ev.number = v.number;
      ev.status = v.status;
      ev.entry = EntryFromJson(v.content);
      ev.created_by = v.created_by;
      ev.created_at = LocalDateTime::FromUnixSeconds(v.created_at);
      if (v.submitted_at) ev.submitted_at = LocalDateTime::FromUnixSeconds(*v.submitted_at);
      if (v.reviewed_at) ev.reviewed_at = LocalDateTime::FromUnixSeconds(*v.reviewed_at);
      ev.reviewed_by = v.reviewed_by;
      ev.rejection = RejectionFromJson(v.rejection);
      if (v.published_at) ev.published_at = LocalDateTime::FromUnixSeconds(*v.published_at);
      out.push_back(std::move(ev));
    }
    return out;
  });
}

// ---- obligations -------------------------------------------------------------------------

Obligation Platform::RecordLegalChange(const std::string& actor, const std::string& department_code,
                                       ObligationKind kind, const std::string& description,
                                       const Date& announced_on) {
  if (kind != ObligationKind::kLawRevision && kind != ObligationKind::kFunctionChange) {
    throw InvalidArgumentError("kind must be law_revision or function_change (A11); census obligations come from ScheduleCensus");
  }
  RequireText(description, "description", "A11: what was revised or changed");
  if (!announced_on.IsValid()) throw InvalidArgumentError("announced_on " + announced_on.ToIso() + " is not a calendar date");
  return impl_->Write([&] {
    auto a = impl_->Authorize(actor, Action::kRecordLegalChange, department_code, "department:" + department_code);
    if (!impl_->S().FindDepartment(department_code)) {
      throw NotFoundError("department " + department_code + " does not exist");
    }
    // A11: within 15 working days of the public announcement.
    const Deadline due = impl_->LegalDeadline(LocalDateTime{announced_on, 0, 0, 0}, periods::kLegalChange.rule);
    ObligationRow o;
    o.kind = kind;
    o.department_code = department_code;
    o.description = description;
    o.announced_on = announced_on.ToIso();
    o.due = due.due.ToIso();
    o.calendar_version = due.calendar_version;
    o.provisional = due.provisional;
    o.created_at = impl_->NowSeconds();
    o.id = impl_->S().InsertObligation(o);
    impl_->Notify(NoticeKind::kObligation, department_code, 0,
                  "请于 " + due.due.date.ToIso() + " 前更新本部门政务信息资源目录：" + description + " (A11)");
    impl_->Audit(a, "obligation.record", "obligation:" + std::to_string(o.id), "",
                 impl_->DigestOf(o.department_code + "|" + o.description + "|" + o.due), description);
    return impl_->ToObligation(o);
  });
}

std::vector<Obligation> Platform::ScheduleCensus(const std::string& actor, int year) {
  if (year < 2000 || year > 2999) throw InvalidArgumentError("year must be 2000..2999");
  return impl_->Write([&] {
    auto a = impl_->Authorize(actor, Action::kScheduleCensus, "", "census:" + std::to_string(year));
    std::set<std::string> have;
    for (const auto& o : impl_->S().ListObligations("")) {
      if (o.census_year && *o.census_year == year) have.insert(o.department_code);
    }
    std::vector<Obligation> out;
    const Date end{year, 12, 31};
    for (const auto& d : impl_->S().ListDepartments()) {
      if (have.count(d.code)) continue;
      ObligationRow o;
      o.kind = ObligationKind::kAnnualCensus;
      o.department_code = d.code;
      o.description = std::to_string(year) + " 年度政务信息资源目录全面普查 (A11)";
      o.announced_on = Date{year, 1, 1}.ToIso();
      // The census is a yearly act: due by the end of the year.
      o.due = LocalDateTime{end, 24, 0, 0}.ToIso();
      o.calendar_version = impl_->Cal().version();
      o.provisional = !impl_->Cal().Covers(year);
      o.census_year = year;
      o.created_at = impl_->NowSeconds();
      o.id = impl_->S().InsertObligation(o);
      impl_->Notify(NoticeKind::kObligation, d.code, 0, o.description);
      out.push_back(impl_->ToObligation(o));
    }
    impl_->Audit(a, "obligation.census", "census:" + std::to_string(year), "",
                 impl_->DigestOf(std::to_string(out.size())), "");
    return out;
  });
}

std::vector<Obligation> Platform::Obligations(const std::string& actor, const std::string& department_code,
                                              bool unfulfilled_only) const {
  return impl_->Read([&] {
    auto a = impl_->Authorize(actor, Action::kReadCatalog, "", "obligations");
    const bool all = a.department.level == DepartmentLevel::kBureau || Impl::Allowed(a, Action::kReadAudit, "");
    std::string dept = department_code;
    if (!all) {
      if (!dept.empty() && dept != a.user.department_code) {
        throw Denied{actor, a.user.department_code, Action::kReadCatalog, "obligations:" + dept,
                           "a department sees its own obligations"};
      }
      dept = a.user.department_code;
    }
    std::vector<Obligation> out;
    for (const auto& o : impl_->S().ListObligations(dept)) {
      Obligation ob = impl_->ToObligation(o);
      if (unfulfilled_only && ob.state == ObligationState::kFulfilled) continue;
      out.push_back(ob);
    }
    return out;
  });
}

// ---- notices ------------------------------------------------------------------------------

std::vector<Notice> Platform::Notices(const std::string& actor, bool unacknowledged_only) const {
  return impl_->Read([&] {
    auto a = impl_->Authorize(actor, Action::kReadNotices, "", "notices");
    std::vector<Notice> out;
    for (const auto& n : impl_->S().ListNotices(a.user.department_code, unacknowledged_only)) {
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
  impl_->Write([&] {
    auto n = impl_->S().FindNotice(notice_id);
    if (!n) throw NotFoundError("notice " + std::to_string(notice_id) + " does not exist");
    auto a = impl_->Authorize(actor, Action::kReadNotices, n->department_code, "notice:" + std::to_string(notice_id));
    if (n->department_code != a.user.department_code) {
      throw Denied{actor, a.user.department_code, Action::kReadNotices, "notice:" + std::to_string(notice_id),
                         "the notice is addressed to department " + n->department_code};
    }
    if (n->acknowledged_at) {
      throw InvalidTransitionError("notice " + std::to_string(notice_id) + " is already acknowledged");
    }
    n->acknowledged_at = impl_->NowSeconds();
    n->acknowledged_by = actor;
    impl_->S().UpdateNotice(*n);
    impl_->Audit(a, "notice.acknowledge", "notice:" + std::to_string(notice_id), "", "", "");
  });
}

// ---- audit ----------------------------------------------------------------------------------

AuditVerification Platform::VerifyAudit(const std::string& actor) const {
  return impl_->Read([&] {
    impl_->Authorize(actor, Action::kReadAudit, "", "audit_log");
    AuditVerification out;
    out.algorithm = impl_->audit_hash;
    std::string previous = impl_->Genesis();
    std::int64_t expected = 1;
    auto fail = [&](std::int64_t position, const std::string& problem) {
      out.intact = false;
      out.first_bad_position = position;
      out.problem = problem;
    };
    impl_->S().ScanAudit(0, [&](const AuditRow& r) {
      if (r.position != expected) {
        fail(expected, r.position > expected
                           ? "record " + std::to_string(expected) + " is missing (deleted)"
                           : "record at position " + std::to_string(r.position) + " is out of order or inserted");
        return false;
      }
      if (r.previous_hash != previous) {
        fail(r.position, "record " + std::to_string(r.position) + " does not link to its predecessor (inserted or reordered)");
        return false;
      }
      if (internal::HexDigest(impl_->audit_hash, Impl::ChainInput(r)) != r.hash) {
        fail(r.position, "record " + std::to_string(r.position) + " was altered");
        return false;
      }
      previous = r.hash;
      ++out.records;
      ++expected;
      return true;
    });
    if (out.intact) {
      // The head kept beside the chain detects records cut off at the end.
      const auto meta = impl_->S().GetMeta(kMetaAuditHead);
      const size_t colon = meta ? meta->find(':') : std::string::npos;
      const std::int64_t recorded = colon == std::string::npos ? 0 : std::stoll(meta->substr(0, colon));
      const std::optional<std::string> head =
          colon == std::string::npos ? std::nullopt : std::optional<std::string>(meta->substr(colon + 1));
      if (recorded != out.records) {
        fail(out.records + 1, "the trail ends at record " + std::to_string(out.records) + " but " +
                                  std::to_string(recorded) + " were written (deleted at the end)");
      } else if (recorded > 0 && (!head || *head != previous)) {
        fail(out.records, "the last record does not match the recorded head");
      }
    }
    return out;
  });
}

std::vector<AuditRecord> Platform::AuditTrail(const std::string& actor, std::int64_t from_position, int limit) const {
  return impl_->Read([&] {
    impl_->Authorize(actor, Action::kReadAudit, "", "audit_log");
    std::vector<AuditRecord> out;
    impl_->S().ScanAudit(from_position, [&](const AuditRow& r) {
      if (limit >= 0 && static_cast<int>(out.size()) >= limit) return false;
      out.push_back(AuditRecord{r.position, LocalDateTime::FromUnixSeconds(r.time), r.user_id, r.department_code,
                                r.action, r.object, r.before_digest, r.after_digest, r.reason, r.previous_hash, r.hash});
      return true;
    });
    return out;
  });
}

std::string Platform::ExportAudit(const std::string& actor) const {
  const auto records = AuditTrail(actor, 0, -1);
  std::string out;
  for (const auto& r : records) {
    ojson j;
    j["position"] = r.position;
    j["time"] = r.time.ToIso();
    j["user_id"] = r.user_id;
    j["department_code"] = r.department_code;
    j["action"] = r.action;
    j["object"] = r.object;
    j["before_digest"] = r.before_digest;
    j["after_digest"] = r.after_digest;
    j["reason"] = r.reason;
    j["previous_hash"] = r.previous_hash;
    j["hash"] = r.hash;
    out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }
  return out;
}

std::vector<SecurityEvent> Platform::SecurityEvents(const std::string& actor) const {
  return impl_->Read([&] {
    impl_->Authorize(actor, Action::kReadAudit, "", "security_events");
    std::vector<SecurityEvent> out;
    for (const auto& e : impl_->S().ListSecurityEvents()) {
      Action action = Action::kReadCatalog;
      for (Action x : AllActions())
        if (ToString(x) == e.action) action = x;
      out.push_back(SecurityEvent{e.id, LocalDateTime::FromUnixSeconds(e.time), e.user_id, e.department_code,
                                  action, e.object, e.detail});
    }
    return out;
  });
}

// ---- federation (A6) -------------------------------------------------------------------------

std::string Platform::ExportFederationBundle(const std::string& actor) const {
  return impl_->Read([&] {
    auto a = impl_->Authorize(actor, Action::kExportFederation, "", "federation");
    if (a.department.level != DepartmentLevel::kCountyPlatform) {
      throw Denied{actor, a.user.department_code, Action::kExportFederation, "federation",
                         "only a county platform exports its catalog (A6)"};
    }
    ojson departments = ojson::array();
    std::set<std::string> members{a.department.code};
    for (const auto& d : impl_->S().ListDepartments()) {
      if (d.code == a.department.code || d.parent_code == a.department.code) {
        members.insert(d.code);
        departments.push_back({{"code", d.code}, {"name", d.name}, {"level", ToString(d.level)},
                               {"parent_code", d.parent_code}});
      }
    }
    ojson entries = ojson::array();
    for (const auto& e : impl_->S().ListEntries("")) {
      if (!members.count(e.provider_code) || e.status != EntryStatus::kPublished || !e.live_version) continue;
      entries.push_back(ojson::parse(impl_->LoadVersion(e, *e.live_version).content));
    }
    ojson body;
    body["format"] = kBundleFormat;
    body["platform"] = {{"code", a.department.code}, {"name", a.department.name}};
    body["exported_at"] = impl_->Now().ToIso();
    body["departments"] = std::move(departments);
    body["entries"] = std::move(entries);
    const std::string digest = internal::HexDigest(HashAlgorithm::kSha256, body.dump());
    body["digest"] = "sha256:" + digest;
    return body.dump(2, ' ', false) + "\n";
  });
}

FederationReport Platform::ImportFederationBundle(const std::string& actor, const std::string& bundle) {
  ojson body;
  try {
    body = ojson::parse(bundle);
  } catch (const ojson::exception& e) {
    throw ParseError("", std::string("federation bundle: ") + e.what());
  }
  if (!body.is_object() || body.value("format", "") != kBundleFormat) {
    throw ParseError("format", std::string("a federation bundle has format \"") + kBundleFormat + "\"");
  }
  const std::string digest = body.value("digest", "");
  body.erase("digest");
  if (digest != "sha256:" + internal::HexDigest(HashAlgorithm::kSha256, body.dump())) {
    throw InvalidArgumentError("federation bundle digest does not match its content (altered in transit?)");
  }
  const std::string source = body.at("platform").value("code", "");
  // Parse and check every entry before changing anything.
  std::vector<CatalogEntry> entries;
  for (size_t i = 0; i < body.at("entries").size(); ++i) {
    CatalogEntry e = EntryFromJson(body["entries"][i].dump());
    const auto findings = Validate(e);
    if (HasErrors(findings) || e.code.empty()) {
      throw InvalidArgumentError("federation bundle entries[" + std::to_string(i) + "] (" + e.name +
                                 ") is not a valid published entry" +
                                 (findings.empty() ? ": it has no code" : ": " + findings.front().rule_id));
    }
    entries.push_back(std::move(e));
  }
  return impl_->Write([&] {
    auto a = impl_->Authorize(actor, Action::kImportFederation, "", "federation:" + source);
    storage::Storage& s = impl_->S();
    std::vector<Department> departments;
    for (const auto& d : body.at("departments")) {
      Department dep;
      dep.code = d.value("code", "");
      dep.name = d.value("name", "");
      dep.level = ParseDepartmentLevel(d.value("level", "county"));
      dep.parent_code = d.value("parent_code", "");
      CheckDepartment(dep);
      if (dep.level == DepartmentLevel::kBureau) throw InvalidArgumentError("a county bundle cannot bring a bureau");
      departments.push_back(dep);
    }
    // Parents (the county platform) before their departments, whatever the
    // bundle's order.
    std::stable_sort(departments.begin(), departments.end(), [](const Department& x, const Department& y) {
      return x.parent_code.empty() && !y.parent_code.empty();
    });
    for (const auto& dep : departments) {
      if (!s.FindDepartment(dep.code)) s.InsertDepartment(dep);
    }
    if (!s.FindDepartment(source)) throw InvalidArgumentError("the bundle's platform " + source + " is not among its departments");
    FederationReport report;
    report.source_platform = source;
    const std::int64_t now = impl_->NowSeconds();
    std::set<std::string> codes;
    for (const auto& c : s.AllCodes()) codes.insert(c);
    for (const CatalogEntry& content : entries) {
      const std::string json = EntryToJson(content, -1);
      auto existing = s.FindEntryBySource(source, content.code);
      if (!existing) {
        if (codes.count(content.code)) {
          throw ConflictError("catalog code " + content.code + " of " + source + " is already used in the city catalog");
        }
        EntryRow e;
        e.code = content.code;
        e.provider_code = content.provider.code;
        e.status = EntryStatus::kPublished;
        e.row_version = 1;
        e.live_version = 1;
        e.source_platform = source;
        e.imported_at = now;
        e.id = s.InsertEntry(e);
        VersionRow v;
        v.entry_id = e.id;
        v.number = 1;
        v.status = VersionStatus::kPublished;
        impl_->SetContent(v, json);
        v.created_by = actor;
        v.created_at = now;
        v.published_at = now;
        s.InsertVersion(v);
        IndexForSearch(*impl_, e.id, e.code, e.provider_code, content);
        codes.insert(content.code);
        ++report.added;
        report.changed_codes.push_back(content.code);
        continue;
      }
      EntryRow e = *existing;
      VersionRow live = impl_->LoadVersion(e, *e.live_version);
      if (live.content == json) {
        ++report.unchanged;
        continue;
      }
      live.status = VersionStatus::kSuperseded;
      s.UpdateVersion(live);
      VersionRow v;
      v.entry_id = e.id;
      v.number = s.ListVersions(e.id).back().number + 1;
      v.status = VersionStatus::kPublished;
      impl_->SetContent(v, json);
      v.created_by = actor;
      v.created_at = now;
      v.published_at = now;
      s.InsertVersion(v);
      const std::int64_t expected = e.row_version;
      e.live_version = v.number;
      e.imported_at = now;
      e.status = EntryStatus::kPublished;
      impl_->Store(e, expected);
      IndexForSearch(*impl_, e.id, e.code, e.provider_code, content);
      ++report.updated;
      report.changed_codes.push_back(content.code);
    }
    // Told to the bureau, whose users read notices in the city platform.
    for (const auto& d : impl_->BureauDepartments()) {
      impl_->Notify(NoticeKind::kFederationImport, d, 0,
                    "县区目录已汇聚（" + source + "）：新增 " + std::to_string(report.added) + "，更新 " +
                        std::to_string(report.updated) + "，未变 " + std::to_string(report.unchanged) + " (A6)");
    }
    impl_->Audit(a, "federation.import", "federation:" + source, "", digest,
                 std::to_string(report.added) + " added, " + std::to_string(report.updated) + " updated");
    return report;
  });
}

}  // namespace govshare
