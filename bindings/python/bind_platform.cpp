// platform_types.h and platform.h: the platform store (市政务数据共享交换平台),
// its value types and the permission matrix (docs/permissions.md).
//
// Platform is a handle (std::shared_ptr), created only by Platform.open().
//
// The GIL. Every method that reaches the platform releases it (Released,
// bind_platform.h): the C++ Platform is thread-safe, so Python threads
// sharing one handle run their calls in parallel — decisions and searches on
// the shared indexes, reads on pooled connections, writes in turn on the
// write path. Arguments are copied with the GIL held first (a bound struct's
// caster only refers to the Python object). Nothing the platform reads is
// Python-visible: set_calendar keeps a copy and calendar() returns one, so a
// WorkdayCalendar changed from Python never changes under a running call.
#include <pybind11/stl/filesystem.h>

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "bind_platform.h"
#include "govshare/housekeeping.h"
#include "govshare/keys.h"
#include "govshare/access.h"
#include "govshare/platform.h"
#include "govshare/platform_types.h"
#include "govshare/search.h"
#include "govshare/sharing.h"
#include "govshare/supervision.h"

namespace govshare::python {
namespace {



void BindPlatform(py::module_& m) {
  py::class_<Platform, PlatformPtr> cls(m, "Platform", R"doc(The platform store (市政务数据共享交换平台).

The durable state of a city's sharing platform in an SQLite file (or in
memory): departments, users and roles, catalog entries through review ->
publish -> withdraw (A10-A12, A16), obligations (A11), applications and
authorizations with their statutory deadlines, demand requests, objections
and disputes (A17-A27, A29), a notice outbox, a hash-chained audit trail
(A28) and county federation (A6).

Create with Platform.open(); use as a context manager or call close(). Every
operation takes the acting user's id (actor) and runs in one transaction.
A refused permission raises PermissionDeniedError, changes nothing and is
recorded as a security event; a change based on a stale row_version raises
ConflictError; a move the state machine forbids raises InvalidTransitionError.
After close() every call raises StorageError.

One handle per process serves every thread: methods release the GIL and
calls from several threads run in parallel (reads and decisions) or in turn
(writes), each in its own transaction.)doc");

  const PlatformOptions defaults;
  cls.def_static(
         "open",
         [](const PlatformOptions& options) {
           const PlatformOptions copy = options;
           py::gil_scoped_release release;
           return OpenForPython(copy);
         },
         py::arg("options"),
         "Opens (and creates or migrates) the platform. Raises StorageError when the file cannot "
         "be opened or its schema is newer than this library.")
      .def_static(
          "open",
          [](const std::filesystem::path& path, bool create_if_missing, int busy_timeout_ms,
             Durability durability, HashAlgorithm audit_hash,
             const Checked<std::optional<LocalDateTime>>& simulated_time, bool usage_log, int usage_log_batch,
             int usage_log_flush_ms, int read_connections, int decision_refresh_ms,
             int comparisons_per_minute, int decision_valid_seconds,
             const std::optional<std::filesystem::path>& signing_key_file, const std::string& signing_key_env,
             int checkpoint_every_records, int checkpoint_every_minutes,
             const std::optional<std::filesystem::path>& checkpoint_file,
             const std::optional<std::filesystem::path>& pseudonym_key_file, const std::string& pseudonym_key_env) {
            PlatformOptions options;
            options.path = path.string();
            options.create_if_missing = create_if_missing;
            options.busy_timeout_ms = busy_timeout_ms;
            options.durability = durability;
            options.audit_hash = audit_hash;
            options.simulated_time =
                Convert<std::optional<LocalDateTime>>(simulated_time.value, "Platform.open(simulated_time)");
            options.usage_log = usage_log;
            options.usage_log_batch = usage_log_batch;
            options.usage_log_flush_ms = usage_log_flush_ms;
            options.read_connections = read_connections;
            options.decision_refresh_ms = decision_refresh_ms;
            options.comparisons_per_minute = comparisons_per_minute;
            options.decision_valid_seconds = decision_valid_seconds;
            if (signing_key_file) options.signing_key_file = signing_key_file->string();
            options.signing_key_env = signing_key_env;
            options.checkpoint_every_records = checkpoint_every_records;
            options.checkpoint_every_minutes = checkpoint_every_minutes;
            if (checkpoint_file) options.checkpoint_file = checkpoint_file->string();
            if (pseudonym_key_file) options.pseudonym_key_file = pseudonym_key_file->string();
            options.pseudonym_key_env = pseudonym_key_env;
            py::gil_scoped_release release;
            return OpenForPython(options);
          },
          py::arg("path"), py::kw_only(),
          py::arg("create_if_missing") = defaults.create_if_missing,
          py::arg("busy_timeout_ms") = defaults.busy_timeout_ms,
          py::arg("durability") = defaults.durability, py::arg("audit_hash") = defaults.audit_hash,
          py::arg("simulated_time") = defaults.simulated_time,
          py::arg("usage_log") = defaults.usage_log,
          py::arg("usage_log_batch") = defaults.usage_log_batch,
          py::arg("usage_log_flush_ms") = defaults.usage_log_flush_ms,
          py::arg("read_connections") = defaults.read_connections,
          py::arg("decision_refresh_ms") = defaults.decision_refresh_ms,
          py::arg("comparisons_per_minute") = defaults.comparisons_per_minute,
          py::arg("decision_valid_seconds") = defaults.decision_valid_seconds,
          py::arg("signing_key_file") = py::none(), py::arg("signing_key_env") = defaults.signing_key_env,
          py::arg("checkpoint_every_records") = defaults.checkpoint_every_records,
          py::arg("checkpoint_every_minutes") = defaults.checkpoint_every_minutes,
          py::arg("checkpoint_file") = py::none(), py::arg("pseudonym_key_file") = py::none(),
          py::arg("pseudonym_key_env") = defaults.pseudonym_key_env,
          "Platform.open(PlatformOptions(path=..., ...)) with the options as keywords; path may "
          "be a str or os.PathLike, ':memory:' for a private in-memory platform.")
      .def("close", Released(&Platform::Close), "Closes the database. Later calls raise StorageError. Idempotent.")
      .def("is_open", Released(&Platform::is_open), "False after close().")
      .def("__enter__", [](const PlatformPtr& self) { return self; })
      .def(
          "__exit__",
          [](const PlatformPtr& self, const py::object&, const py::object&, const py::object&) {
            py::gil_scoped_release release;
            self->Close();
          },
          py::arg("exc_type"), py::arg("exc_value"), py::arg("traceback"),
          "Closes the platform; an exception propagates.")
      .def("__repr__",
           [](const PlatformPtr& self) {
             bool is_open = false;
             {
               py::gil_scoped_release release;
               is_open = self->is_open();
             }
             return std::string(is_open ? "<govshare.Platform open>" : "<govshare.Platform closed>");
           })
      .def("schema_version", Released(&Platform::schema_version), "The schema version of the open file.")
      .def_static("current_schema_version", &Platform::CurrentSchemaVersion,
                  "The schema version this library writes.");

  // ---- clock -----------------------------------------------------------------------------
  cls.def("now", Released(&Platform::Now), "The platform's current time (Asia/Shanghai) as a LocalDateTime.")
      .def_property_readonly("simulated_clock", Released(&Platform::simulated_clock),
                             "True on a simulated clock: PlatformOptions.simulated_time, or remembered by a "
                             "file created on one (opened again without a time, it runs where its clock "
                             "was left).")
      .def("set_time", Released(&Platform::SetTime), py::arg("time"),
           "Sets the simulated clock (LocalDateTime or aware datetime.datetime; a naive one raises TypeError: add tzinfo=govshare.SHANGHAI). Raises "
           "InvalidArgumentError on the system clock or when moving backwards.")
      .def("advance_time", Released(&Platform::AdvanceTime), py::arg("seconds"),
           "Advances the simulated clock by seconds (>= 0).")
      .def("calendar", Released(&Platform::calendar),
           "The WorkdayCalendar deadlines are computed with: the base (WorkdayCalendar.builtin() "
           "by default, or the object set_calendar was given) plus every year the bureau loaded "
           "into the platform (load_calendar_year, seen by every handle and process). A copy: "
           "changing it does not change the platform's.")
      // Keeps the GIL: it copies a Python-visible calendar, whose changes
      // (load_*/override) run with the GIL held.
      .def("set_calendar", &Platform::SetCalendar, py::arg("calendar"),
           "Replaces the base calendar of this handle with a copy of calendar (later changes to "
           "it are not the platform's); the years loaded into the platform stay on top.");

  // ---- the calendar across the year boundary (docs/calendar.md) -------------------------
  cls.def("load_calendar_year", Released(&Platform::LoadCalendarYear), py::arg("actor"),
          py::arg("text"), py::arg("reason") = "",
          "Loads one year's holiday schedule (bureau administrator): text (str or bytes) in the "
          "year-file format of docs/calendar.md, checked by parse_year_schedule - a bad file "
          "raises ParseError whose path names the line ('calendar:LINE') and changes nothing. "
          "Stored in the platform (every handle and process sees it) and audited. The same "
          "schedule again changes nothing (changed False); other content for a year already "
          "loaded (or shipped) is a correction and needs a reason (InvalidArgumentError "
          "without). Every open step, obligation and rectification whose deadline was "
          "provisional is recomputed: old and new deadline in the audit trail, a CALENDAR "
          "notice to the department that must act when its deadline moved. Completed steps "
          "keep the deadline they were judged by. Returns a CalendarLoadReport.")
      .def("calendar_status", Released(&Platform::CalendarStatus), py::arg("actor"),
           "Where the platform calendar stands (any platform user; a CalendarState): the years "
           "(builtin or loaded, digests, who loaded them), open provisional deadlines and the "
           "earliest of them, the first date that needs an unloaded year, and the warning shown "
           "from November 1 while next year is missing.");

  // ---- housekeeping (docs/housekeeping.md) ------------------------------------------------
  cls.def("run_housekeeping", Released(&Platform::RunHousekeeping), py::arg("actor"), py::arg("now"),
          "Runs what the rules need done on a schedule (bureau administrator; a HousekeepingReport): "
          "records expiries (A26), escalates overdue rectifications (A33), opens the year's census "
          "(A11), and makes known once each the authorizations revocable for non-use (A26), the "
          "steps past their deadline (A19, A31 (7)) and a missing holiday schedule. Audited; running "
          "it again changes nothing. now (LocalDateTime or aware datetime.datetime) is the "
          "scheduler's time: the platform acts on its own clock, which must have reached it.");

  // ---- setup, departments, users (A4-A6, A14) -------------------------------------------
  cls.def("initialize", Released(&Platform::Initialize), py::arg("bureau"),
          py::arg("administrator"),
          "Creates the Big Data Bureau and its first administrator on an empty platform (no "
          "actor). Raises InvalidTransitionError when already initialized.")
      .def("initialized", Released(&Platform::initialized), "True once initialize() has run.")
      .def("add_department", Released(&Platform::AddDepartment), py::arg("actor"),
           py::arg("department"),
           "Registers a department (bureau administrator). The code must be a valid, unique "
           "credit code; a county department names its county platform.")
      .def("set_audit_body", Released(&Platform::SetAuditBody), py::arg("actor"),
           py::arg("department_code"), py::arg("audit_body"),
           "Marks (or unmarks) a department as an audit body whose staff may hold the auditor role "
           "(bureau administrator; A28). Unmarking is refused while an active auditor serves there.")
      .def("rulebook", Released(&Platform::rulebook), "The rules the platform runs on: the national regulation above its local rules "
           "(the Nantong rules of 2020 until others are set).")
      .def("set_local_rules", Released(&Platform::SetLocalRules), py::arg("actor"),
           py::arg("local_rules"),
           "Replaces the local rules (bureau administrator); checked first, audited. Open steps keep "
           "their deadlines; acts from now on are judged by the rules in force on their days.")
      .def("find_department", Released(&Platform::FindDepartment), py::arg("code"), "The department with code, or None.")
      .def("departments", Released(&Platform::Departments), "Every department.")
      .def("add_user", Released(&Platform::AddUser), py::arg("actor"), py::arg("user"),
           "Registers a user (bureau administrator: any department; department administrator: "
           "own department, department roles only).")
      .def("find_user", Released(&Platform::FindUser), py::arg("id"),
           "The user with id, or None.")
      .def("users", Released(&Platform::Users), py::arg("department_code") = "",
           "The users of a department; '' (default): every user.")
      .def("may_do", Released(&Platform::MayDo), py::arg("actor"),
           py::arg("action"), py::arg("department_code") = "",
           "Whether actor may take action (on an object of department_code; '' when not "
           "department-scoped). Never raises for a refusal; records nothing.");

  // ---- notices ----------------------------------------------------------------------------
  cls.def("notices", Released(&Platform::Notices), py::arg("actor"),
          py::arg("unacknowledged_only") = false,
          "The actor's department's notices, oldest first.")
      .def("acknowledge_notice", Released(&Platform::AcknowledgeNotice), py::arg("actor"), py::arg("notice_id"),
           "Acknowledges a notice of the actor's department.");

  // ---- audit (A28) -------------------------------------------------------------------------
  cls.def("copy_to", Released(&Platform::CopyTo), py::arg("actor"), py::arg("target"),
          "Copies the whole platform into the empty database target.path (a SQLite file or a "
          "postgresql:// URI), then verifies the audit chain on both sides (bureau administrator; "
          "docs/deployment.md).");
  cls.def(
         "verify_audit",
         [](const PlatformPtr& self, const std::string& actor, const std::vector<std::string>& trusted_public_keys,
            const std::optional<std::filesystem::path>& checkpoint_file) {
           AuditVerifyOptions options;
           options.trusted_public_keys = trusted_public_keys;
           if (checkpoint_file) options.checkpoint_file = checkpoint_file->string();
           py::gil_scoped_release release;
           return self->VerifyAudit(actor, options);
         },
         py::arg("actor"), py::kw_only(), py::arg("trusted_public_keys") = std::vector<std::string>{},
         py::arg("checkpoint_file") = py::none(),
         "Recomputes the hash chain — detects altered, deleted, inserted and reordered records and "
         "names the first bad position — and checks every signed checkpoint: its signature (with "
         "trusted_public_keys, PEM texts of the keys the auditor trusts; else the keys the trail "
         "records) and that the chain passes through its head; every checkpoint of checkpoint_file "
         "(the external file as the auditor kept it) must be in the database (auditor, bureau "
         "administrator; docs/security.md).")
      .def("audit_checkpoints", Released(&Platform::AuditCheckpoints), py::arg("actor"),
           "The signed checkpoints (AuditCheckpoint), in order (auditor, bureau administrator).")
      .def("sign_audit_checkpoint", Released(&Platform::SignAuditCheckpoint), py::arg("actor"),
           "Signs a checkpoint of the head now (bureau administrator); when nothing was written "
           "since the last, returns that one. InvalidTransitionError without a signing key.")
      .def("rotate_signing_key", Released(&Platform::RotateSigningKey), py::arg("actor"), py::arg("new_key"),
           "Rotates the signing key (bureau administrator): the new key's public half is recorded "
           "in the trail and signed by the current key, then the new key signs. Reopen with the "
           "new key after. Returns its first checkpoint.")
      .def("register_county_key", Released(&Platform::RegisterCountyKey), py::arg("actor"), py::arg("county_code"),
           py::arg("public_key_pem"),
           "Registers a county platform's public key (bureau administrator): its federation bundles "
           "import only when signed by a registered key.")
      .def("remove_county_key", Released(&Platform::RemoveCountyKey), py::arg("actor"), py::arg("county_code"),
           py::arg("key_id"), py::arg("reason"), "Removes a county platform's key (audited with reason).")
      .def("county_keys", Released(&Platform::CountyKeys), py::arg("actor"),
           "The registered county platform keys (CountyKey list).")
      .def(
          "move_pseudonym_key",
          [](const PlatformPtr& self, const std::string& actor, const std::filesystem::path& path) {
            py::gil_scoped_release release;
            return self->MovePseudonymKey(actor, path.string());
          },
          py::arg("actor"), py::arg("path"),
          "Moves the pseudonym key an older platform keeps in its database out to a key file (mode "
          "0600) and clears it from the database (bureau administrator); open the platform with "
          "pseudonym_key_file=path after. Returns the key's id.")
      .def("rotate_pseudonym_key", Released(&Platform::RotatePseudonymKey), py::arg("actor"), py::arg("reason"),
           "Makes the pseudonym key this handle was opened with the platform's (bureau "
           "administrator): pseudonyms made before stop linking with those made after. Returns its id.")
      .def("export_audit", Released(&Platform::ExportAudit), py::arg("actor"),
           "The trail as JSON lines, one record per line.")
      .def("audit_trail", Released(&Platform::AuditTrail), py::arg("actor"),
           py::arg("from_position") = 0, py::arg("limit") = -1,
           "Audit records from from_position on; at most limit (< 0: no limit).")
      .def("security_events", Released(&Platform::SecurityEvents), py::arg("actor"), "Refused attempts, oldest first.");


  // ---- the domains (docs/architecture.md) --------------------------------------------------
  // Each facade holds the handle.
  cls.def_property_readonly(
         "catalog", [](const PlatformPtr& self) { return Facade<CatalogService>{self}; },
         "The catalog (a CatalogService): entries, review, publication, withdrawal, "
         "obligations, search, federation.")
      .def_property_readonly(
          "sharing", [](const PlatformPtr& self) { return Facade<SharingService>{self}; },
          "Sharing (a SharingService): applications, authorizations, demands, objections, "
          "disputes, steps, the sharing policy.")
      .def_property_readonly(
          "access", [](const PlatformPtr& self) { return Facade<AccessService>{self}; },
          "The data boundary (an AccessService): decide, filter, compare, masking rules, the "
          "usage log.")
      .def_property_readonly(
          "supervision", [](const PlatformPtr& self) { return Facade<SupervisionService>{self}; },
          "Supervision (a SupervisionService): refresh reports, projects, inspections, "
          "rectification.");

  // ---- audit signing keys (govshare/keys.h; docs/security.md) ------------------------------
  m.def("generate_signing_key", &GenerateSigningKey, py::arg("algorithm") = SignatureAlgorithm::kEd25519,
        "A new audit signing key pair (SigningKey), Ed25519 by default or SM2.");
  m.def(
      "write_signing_key_files",
      [](const SigningKey& key, const std::filesystem::path& private_path, const std::filesystem::path& public_path) {
        WriteSigningKeyFiles(key, private_path.string(), public_path.string());
      },
      py::arg("key"), py::arg("private_path"), py::arg("public_path"),
      "Writes the private key (mode 0600) and the public key (0644) as PEM files; refuses "
      "(InvalidArgumentError) to overwrite an existing file.");
  m.def(
      "read_signing_key_file", [](const std::filesystem::path& path) { return ReadSigningKeyFile(path.string()); },
      py::arg("path"),
      "Reads a private key file; PermissionDeniedError when its group or others may read it "
      "(chmod 600).");
  m.def("parse_signing_key", &ParseSigningKey, py::arg("pem"), py::arg("source") = "key",
        "A private key from PEM text (InvalidArgumentError naming source otherwise).");
  m.def("parse_public_key", &ParsePublicKey, py::arg("pem"), py::arg("source") = "public key",
        "The public half (SigningKey without private_key_pem) of a PEM public key.");

  m.def("generate_pseudonym_key", &GeneratePseudonymKey,
        "A new pseudonym key: 32 random bytes as 64 hex digits.");
  m.def("parse_pseudonym_key", &ParsePseudonymKey, py::arg("text"), py::arg("source") = "pseudonym key",
        "text as a pseudonym key (trimmed); InvalidArgumentError unless 64 or more hex digits.");
  m.def(
      "write_pseudonym_key_file",
      [](const std::string& key, const std::filesystem::path& path) { WritePseudonymKeyFile(key, path.string()); },
      py::arg("key"), py::arg("path"), "Writes a pseudonym key file (mode 0600); never overwrites.");
  m.def(
      "read_pseudonym_key_file", [](const std::filesystem::path& path) { return ReadPseudonymKeyFile(path.string()); },
      py::arg("path"), "Reads a pseudonym key file; PermissionDeniedError when others may read it.");
  m.def("pseudonym_key_id", &PseudonymKeyId, py::arg("key"),
        "A pseudonym key's id: names the key in the trail without revealing it.");

  m.def("is_server_database", &IsServerDatabase, py::arg("path"),
        "True when path (PlatformOptions.path) names a PostgreSQL database (a postgresql:// or "
        "postgres:// URI) rather than a SQLite file.");
  m.def("redacted_path", &RedactedPath, py::arg("path"),
        "path as it may be shown or logged: a URI's password replaced by \"***\".");
}

using Impl = py::handle (*)(py::detail::function_call&);

// The original implementation of each method NameArgumentErrors wrapped
// (written while the module initialises, only read after).
std::unordered_map<const py::detail::function_record*, Impl>& OriginalImpls() {
  static std::unordered_map<const py::detail::function_record*, Impl> impls;
  return impls;
}

// Runs the original implementation; an ArgumentTypeError becomes a TypeError
// naming the class, the method and the parameter, from the call's record.
py::handle NamingImpl(py::detail::function_call& call) {
  const Impl original = OriginalImpls().at(&call.func);
  try {
    return original(call);
  } catch (const ArgumentTypeError& e) {
    const py::detail::function_record& f = call.func;
    const size_t at = e.index + (f.is_method ? 1 : 0);
    const std::string parameter =
        at < f.args.size() && f.args[at].name != nullptr ? f.args[at].name : "#" + std::to_string(e.index + 1);
    std::string owner;
    if (f.scope && py::hasattr(f.scope, "__name__")) owner = py::str(f.scope.attr("__name__")).cast<std::string>() + ".";
    throw py::type_error(owner + f.name + "(" + parameter + ")" + e.message);
  }
}

}  // namespace

void NameArgumentErrors(const py::handle& cls) {
  const py::dict members = cls.attr("__dict__");
  for (const auto& item : members) {
    const py::handle function = py::detail::get_function(item.second);
    if (!function || !PyCFunction_Check(function.ptr())) continue;
    const py::handle self = PyCFunction_GET_SELF(function.ptr());
    if (!self) continue;
    py::detail::function_record* rec = py::detail::function_record_ptr_from_PyObject(self.ptr());
    for (; rec != nullptr; rec = rec->next) {
      if (rec->impl == &NamingImpl) continue;
      OriginalImpls()[rec] = rec->impl;
      rec->impl = &NamingImpl;
    }
  }
}

void bind_platform(py::module_& m) {
  BindPlatformTypes(m);
  BindPlatform(m);
  BindCatalogService(m);
  BindSharingService(m);
  BindAccessService(m);
  BindSupervisionService(m);
  for (const char* name : {"Platform", "CatalogService", "SharingService", "AccessService", "SupervisionService"}) {
    NameArgumentErrors(m.attr(name));
  }
}

}  // namespace govshare::python
