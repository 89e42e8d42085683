// County federation (A6): a county platform exports its published catalog as
// a bundle signed with its key; the city, which registered the county's public
// key, verifies the signature and imports it with provenance, idempotently.
// The signature's rules: catalog/bundle_signature.h; docs/security.md.
#include <algorithm>
#include <set>

#include "base/digest.h"
#include "base/json_limits.h"
#include "catalog/bundle_signature.h"
#include "platform/directory_rules.h"
#include "platform/operation.h"

namespace govshare {

using federation::kBundleFormat;

std::string CatalogService::ExportFederationBundle(const std::string& actor) const {
  PlatformCore& core = *impl_;
  const std::shared_ptr<const audit::Signer> signer = core.Signer();
  return RunRead(core, actor, Permission{Action::kExportFederation, "", "federation"}, [&](Operation& op) {
    const Department& county = op.department();
    if (county.level != DepartmentLevel::kCountyPlatform) op.Deny("only a county platform exports its catalog (A6)");
    if (!signer) {
      throw InvalidTransitionError("a federation bundle is signed with the county platform's key: open the "
                                   "platform with signing_key_file or signing_key_env (docs/security.md)");
    }
    ojson departments = ojson::array();
    std::set<std::string> members{county.code};
    for (const auto& d : core.S().ListDepartments()) {
      if (d.code == county.code || d.parent_code == county.code) {
        members.insert(d.code);
        departments.push_back({{"code", d.code}, {"name", d.name}, {"level", ToString(d.level)},
                               {"parent_code", d.parent_code}});
      }
    }
    ojson entries = ojson::array();
    for (const auto& e : core.S().ListEntries("")) {
      if (!members.count(e.provider_code) || e.status != EntryStatus::kPublished || !e.live_version) continue;
      entries.push_back(ojson::parse(core.LoadVersion(e, *e.live_version).content));
    }
    ojson body;
    body["format"] = kBundleFormat;
    body["platform"] = {{"code", county.code}, {"name", county.name}};
    body["exported_at"] = core.Now().ToIso();
    body["departments"] = std::move(departments);
    body["entries"] = std::move(entries);
    body["digest"] = "sha256:" + internal::HexDigest(HashAlgorithm::kSha256, federation::SigningInput(body));
    federation::Sign(body, *signer);
    return body.dump(2, ' ', false) + "\n";
  });
}

FederationReport CatalogService::ImportFederationBundle(const std::string& actor, const std::string& bundle) {
  ojson body = internal::ParseWithinLimits<ojson>(bundle, "federation bundle", limits::kMaxBundleBytes,
                                                  "kMaxBundleBytes");
  if (body.is_object() && body.value("format", "") == federation::kUnsignedBundleFormat) {
    throw InvalidArgumentError(std::string("federation bundle: format ") + federation::kUnsignedBundleFormat +
                               " is unsigned and refused — the county platform exports again with its key");
  }
  if (!body.is_object() || body.value("format", "") != kBundleFormat) {
    throw ParseError("format", std::string("a federation bundle has format \"") + kBundleFormat + "\"");
  }
  const std::string digest = body.value("digest", "");
  if (digest != "sha256:" + internal::HexDigest(HashAlgorithm::kSha256, federation::SigningInput(body))) {
    throw InvalidArgumentError("federation bundle digest does not match its content (altered in transit?)");
  }
  if (!body.contains("platform") || !body.at("platform").is_object() || !body.contains("entries") ||
      !body.at("entries").is_array() || !body.contains("departments") || !body.at("departments").is_array()) {
    throw ParseError("", "a federation bundle has a platform, departments and entries");
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
  PlatformCore& core = *impl_;
  return RunWrite(core, actor, Permission{Action::kImportFederation, "", "federation:" + source}, [&](Operation& op) {
    storage::Storage& s = core.S();
    // Signed by a key the city registered for this county, before anything changes.
    const std::string signed_by = federation::VerifySignature(body, source, s.ListFederationKeys(source));
    // Not older than the last bundle taken from this county: a signed bundle
    // replayed would revert its entries. The same bundle again is idempotent.
    const auto exported_field = body.find("exported_at");
    if (exported_field == body.end() || !exported_field->is_string()) {
      throw InvalidArgumentError("federation bundle of " + source + ": exported_at is required");
    }
    LocalDateTime exported_at;
    try {
      exported_at = LocalDateTime::FromIso(exported_field->get<std::string>());
    } catch (const Error&) {
      throw InvalidArgumentError("federation bundle of " + source + ": exported_at is not a date-time");
    }
    const std::string last_key = "federation_exported_at:" + source;
    if (const auto last = s.GetMeta(last_key); last && exported_at < LocalDateTime::FromIso(*last)) {
      throw InvalidArgumentError("federation bundle of " + source + ": exported " + exported_at.ToIso() +
                                 ", before the bundle last imported from this county (" + *last +
                                 "): an old bundle replayed is refused");
    }
    s.SetMeta(last_key, exported_at.ToIso());
    std::vector<Department> departments;
    for (const auto& d : body.at("departments")) {
      Department dep;
      dep.code = d.value("code", "");
      dep.name = d.value("name", "");
      dep.level = ParseDepartmentLevel(d.value("level", "county"));
      dep.parent_code = d.value("parent_code", "");
      directory_rules::CheckDepartment(dep);
      if (dep.level == DepartmentLevel::kBureau) throw InvalidArgumentError("a county bundle cannot bring a bureau");
      // A county speaks for itself and its own departments only (A6).
      if (dep.code != source && dep.parent_code != source) {
        throw InvalidArgumentError("federation bundle of " + source + ": department " + dep.code + " (" + dep.name +
                                   ") is not the county platform or one of its departments");
      }
      if (const auto known = s.FindDepartment(dep.code);
          known && (known->level != dep.level || known->parent_code != dep.parent_code)) {
        throw InvalidArgumentError("federation bundle of " + source + ": department " + dep.code +
                                   " is registered in the city as another kind of department (" +
                                   ToString(known->level) + ")");
      }
      departments.push_back(dep);
    }
    std::set<std::string> own;
    for (const auto& d : departments) own.insert(d.code);
    for (std::size_t i = 0; i < entries.size(); ++i) {
      if (!own.count(entries[i].provider.code)) {
        throw InvalidArgumentError("federation bundle of " + source + ": entries[" + std::to_string(i) + "] (" +
                                   entries[i].name + ") names provider " + entries[i].provider.code +
                                   ", which is not the county platform or one of its departments");
      }
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
    const std::int64_t now = core.NowSeconds();
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
        core.SetContent(v, json);
        v.created_by = actor;
        v.created_at = now;
        v.published_at = now;
        s.InsertVersion(v);
        IndexForSearch(core, e.id, e.code, e.provider_code, content);
        codes.insert(content.code);
        ++report.added;
        report.changed_codes.push_back(content.code);
        continue;
      }
      EntryRow e = *existing;
      VersionRow live = core.LoadVersion(e, *e.live_version);
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
      core.SetContent(v, json);
      v.created_by = actor;
      v.created_at = now;
      v.published_at = now;
      s.InsertVersion(v);
      const std::int64_t expected = e.row_version;
      e.live_version = v.number;
      e.imported_at = now;
      e.status = EntryStatus::kPublished;
      core.Store(e, expected);
      IndexForSearch(core, e.id, e.code, e.provider_code, content);
      ++report.updated;
      report.changed_codes.push_back(content.code);
    }
    // Told to the bureau, whose users read notices in the city platform.
    for (const auto& d : core.BureauDepartments()) {
      op.Notify(NoticeKind::kFederationImport, d, 0,
                    "县区目录已汇聚（" + source + "）：新增 " + std::to_string(report.added) + "，更新 " +
                        std::to_string(report.updated) + "，未变 " + std::to_string(report.unchanged) + " (A6)");
    }
    op.Audit("federation.import", "federation:" + source, "", digest,
                 std::to_string(report.added) + " added, " + std::to_string(report.updated) +
                     " updated; signed by key " + signed_by);
    report.signing_key = signed_by;
    return report;
  });
}

// ---- the county platforms' keys -----------------------------------------------------------

std::vector<CountyKey> Platform::CountyKeys(const std::string& actor) const {
  return RunRead(*impl_, actor, Permission{Action::kReadAudit, "", "federation_keys"}, [&](Operation&) {
    std::vector<CountyKey> out;
    for (const auto& k : impl_->S().ListFederationKeys("")) {
      out.push_back(CountyKey{k.county_code, k.key_id, audit::SignatureAlgorithmNamed(k.algorithm).value_or(
                                                           SignatureAlgorithm::kEd25519),
                              k.public_key, LocalDateTime::FromUnixSeconds(k.registered_at), k.registered_by});
    }
    return out;
  });
}

CountyKey Platform::RegisterCountyKey(const std::string& actor, const std::string& county_code,
                                      const std::string& public_key_pem) {
  const SigningKey key = ParsePublicKey(public_key_pem, "public_key_pem");
  PlatformCore& core = *impl_;
  return RunWrite(core, actor, Permission{Action::kManageDepartments, "", "department:" + county_code},
                  [&](Operation& op) {
    const auto county = core.S().FindDepartment(county_code);
    if (!county) throw NotFoundError("county_code: no department " + county_code);
    if (county->level != DepartmentLevel::kCountyPlatform) {
      throw InvalidArgumentError("county_code: " + county_code + " (" + county->name +
                                 ") is not a county platform; only a county platform sends bundles (A6)");
    }
    for (const auto& k : core.S().ListFederationKeys(county_code)) {
      if (k.key_id == key.key_id) {
        throw InvalidArgumentError("public_key_pem: key " + internal::ShortHex(key.key_id) + " is registered for " +
                                   county_code + " already");
      }
    }
    storage::FederationKeyRow row{county_code, key.key_id, ToString(key.algorithm), key.public_key_pem,
                                  core.NowSeconds(), op.user().id};
    core.S().InsertFederationKey(row);
    // The public key itself in the trail, under the chain and its checkpoints.
    op.Audit("federation.key_registered", "department:" + county_code, "", key.key_id,
             ToString(key.algorithm) + "\n" + key.public_key_pem);
    return CountyKey{county_code, key.key_id, key.algorithm, key.public_key_pem,
                     LocalDateTime::FromUnixSeconds(row.registered_at), row.registered_by};
  });
}

void Platform::RemoveCountyKey(const std::string& actor, const std::string& county_code, const std::string& key_id,
                               const std::string& reason) {
  PlatformCore& core = *impl_;
  if (reason.empty()) throw InvalidArgumentError("reason: say why the key is removed (e.g. the county's key leaked)");
  RunWrite(core, actor, Permission{Action::kManageDepartments, "", "department:" + county_code}, [&](Operation& op) {
    if (!core.S().DeleteFederationKey(county_code, key_id)) {
      throw NotFoundError("key_id: no key " + key_id + " registered for " + county_code);
    }
    op.Audit("federation.key_removed", "department:" + county_code, key_id, "", reason);
  });
}

}  // namespace govshare
