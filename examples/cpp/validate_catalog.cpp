// Example: build a catalog entry in C++, validate it, then validate a file.
//   example_validate_catalog examples/data/catalog-sample.json
#include <iostream>

#include <govshare/govshare.h>

int main(int argc, char** argv) {
  using namespace govshare;

  // A conditional entry (A8) that forgot to state its scope.
  CatalogEntry entry;
  entry.name = "婚姻登记信息";
  entry.summary = "全市婚姻登记（结婚、离婚、补领）记录，用于婚姻状况核验。";
  entry.provider = {"11320600MB1A2B3CXJ", "南通市民政局"};
  entry.system_name = "全国婚姻登记信息系统";
  entry.classification = {ResourceCategory::kBasic, "01", "002", ""};
  entry.topics = {"婚姻"};
  entry.industry = "公共管理、社会保障和社会组织";
  DataItem id;
  id.name = "男方公民身份号码";
  id.length = 18;
  id.personal_info = PersonalInfoKind::kIdCard;
  entry.items = {id};
  entry.data_standard = "GB/T 19488.1-2004";
  entry.share.share_class = ShareClass::kConditional;
  entry.share.methods = {ShareMethod::kApi};
  entry.share.authorization_mode = AuthorizationMode::kProviderDirect;
  entry.update_cycle = UpdateCycle::kRealtime;

  for (const Finding& f : Validate(entry)) {
    std::cout << f.article << ' ' << f.rule_id << ' ' << f.path << ": " << f.message_zh << '\n';
  }
  entry.share.scope.comparison_only = true;  // 数据比对 only
  std::cout << "after stating the scope: " << Validate(entry).size() << " findings\n";

  if (argc > 1) {
    try {
      const Catalog catalog = LoadCatalogFile(argv[1]);
      const auto findings = ValidateCatalog(catalog);
      std::cout << argv[1] << ": " << catalog.entries.size() << " entries, " << findings.size()
                << " findings\n";
      return HasErrors(findings) ? 1 : 0;
    } catch (const Error& e) {
      std::cerr << e.what() << '\n';
      return 2;
    }
  }
  return 0;
}
