// County federation (A6): a county platform exports its published catalog as
// a bundle; the city imports it with provenance, idempotently.
#include <algorithm>
#include <set>

#include "platform/directory_rules.h"
#include "platform/operation.h"

namespace govshare {
namespace {
constexpr char kBundleFormat[] = "govshare-federation-1";
}  // namespace

std::string CatalogService::ExportFederationBundle(const std::string& actor) const {
  PlatformCore& core = *impl_;
  return RunRead(core, actor, Permission{Action::kExportFederation, "", "federation"}, [&](Operation& op) {
    const Department& county = op.department();
    if (county.level != DepartmentLevel::kCountyPlatform) op.Deny("only a county platform exports its catalog (A6)");
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
    const std::string digest = internal::HexDigest(HashAlgorithm::kSha256, body.dump());
    body["digest"] = "sha256:" + digest;
    return body.dump(2, ' ', false) + "\n";
  });
}

FederationReport CatalogService::ImportFederationBundle(const std::string& actor, const std::string& bundle) {
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
  PlatformCore& core = *impl_;
  return RunWrite(core, actor, Permission{Action::kImportFederation, "", "federation:" + source}, [&](Operation& op) {
    storage::Storage& s = core.S();
    std::vector<Department> departments;
    for (const auto& d : body.at("departments")) {
      Department dep;
      dep.code = d.value("code", "");
      dep.name = d.value("name", "");
      dep.level = ParseDepartmentLevel(d.value("level", "county"));
      dep.parent_code = d.value("parent_code", "");
      directory_rules::CheckDepartment(dep);
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
                 std::to_string(report.added) + " added, " + std::to_string(report.updated) + " updated");
    return report;
  });
}

}  // namespace govshare
