// N19 数源部门: the bureau designates the source department of data several
// departments collect; the designations are platform configuration (stored in
// platform_meta as JSON, audited). The rule is catalog_rules::CheckSourceDesignation.
#include <algorithm>

#include <nlohmann/json.hpp>

#include "base/text.h"
#include "catalog/rules.h"
#include "catalog/sources.h"
#include "govshare/catalog_service.h"
#include "platform/operation.h"

namespace govshare {
namespace {

using json = nlohmann::json;

constexpr char kMetaSources[] = "source_designations";

json ToJson(const SourceDesignation& d) {
  return json{{"subject", d.subject},
              {"source_code", d.source_code},
              {"collecting_codes", d.collecting_codes},
              {"basis", d.basis},
              {"designated_by", d.designated_by},
              {"designated_at", d.designated_at ? json(d.designated_at->ToIso()) : json(nullptr)}};
}

SourceDesignation FromJson(const json& j) {
  SourceDesignation d;
  d.subject = j.at("subject").get<std::string>();
  d.source_code = j.at("source_code").get<std::string>();
  d.collecting_codes = j.at("collecting_codes").get<std::vector<std::string>>();
  d.basis = j.at("basis").get<std::string>();
  d.designated_by = j.at("designated_by").get<std::string>();
  if (!j.at("designated_at").is_null()) d.designated_at = LocalDateTime::FromIso(j.at("designated_at").get<std::string>());
  return d;
}

}  // namespace

std::vector<SourceDesignation> LoadSourceDesignations(storage::Storage& s) {
  std::vector<SourceDesignation> out;
  const std::string text = s.GetMeta(kMetaSources).value_or("[]");
  for (const auto& j : json::parse(text)) out.push_back(FromJson(j));
  return out;
}

SourceDesignation CatalogService::DesignateSource(const std::string& actor, const SourceDesignation& designation) {
  for (const std::string* text : {&designation.subject, &designation.basis}) {
    if (!internal::IsValidUtf8(*text)) throw InvalidArgumentError("subject and basis must be valid UTF-8");
  }
  PlatformCore& core = *impl_;
  return RunWrite(core, actor, Permission{Action::kDesignateSource, "", "sources"}, [&](Operation& op) {
    core.RequireNational("N19", "designating a source department");
    std::vector<std::string> codes;
    for (const auto& d : core.S().ListDepartments()) codes.push_back(d.code);
    catalog_rules::CheckSourceDesignation(designation, codes);
    std::vector<SourceDesignation> all = LoadSourceDesignations(core.S());
    json before = json::array();
    for (const auto& d : all) before.push_back(ToJson(d));
    SourceDesignation d = designation;
    d.designated_by = op.user().id;
    d.designated_at = core.Now();
    all.erase(std::remove_if(all.begin(), all.end(), [&](const SourceDesignation& x) { return x.subject == d.subject; }),
              all.end());
    all.push_back(d);
    std::sort(all.begin(), all.end(),
              [](const SourceDesignation& a, const SourceDesignation& b) { return a.subject < b.subject; });
    json after = json::array();
    for (const auto& x : all) after.push_back(ToJson(x));
    core.S().SetMeta(kMetaSources, after.dump());
    const std::string object = "source:" + d.subject;
    const std::string source_name = core.S().FindDepartment(d.source_code)->name;
    op.Notify(NoticeKind::kObligation, d.source_code, 0,
              "大数据管理局明确你部门为“" + d.subject + "”的数源部门：牵头收集、及时完善更新，统一提供共享服务 (N19)", object);
    for (const auto& c : d.collecting_codes) {
      op.Notify(NoticeKind::kObligation, c, 0,
                "“" + d.subject + "”的数源部门为" + source_name + "，请协同配合、信息沟通 (N19)", object);
    }
    op.Audit("source.designate", object, core.DigestOf(before.dump()), core.DigestOf(after.dump()), d.basis);
    return d;
  });
}

std::vector<SourceDesignation> CatalogService::SourceDesignations(const std::string& actor) const {
  PlatformCore& core = *impl_;
  return RunRead(core, actor, Permission{Action::kReadCatalog, "", "sources"},
                 [&](Operation&) { return LoadSourceDesignations(core.S()); });
}

}  // namespace govshare
