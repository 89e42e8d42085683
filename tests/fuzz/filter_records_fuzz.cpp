// Fuzzes Filter's records (access_service.h): the records JSON a portal hands
// in with a real, sealed decision of 民政局 on 户籍人口基本信息 (姓名 as
// granted, 公民身份号码 masked); the delivered 公民身份号码 must never be an
// unmasked ID number.
#include <nlohmann/json.hpp>

#include "fuzz_util.h"

namespace {

struct Fixture {
  std::shared_ptr<govshare::Platform> p = govshare::fuzz::SeededCity();
  govshare::AccessDecision decision;
  Fixture() {
    const auto [entry, authorization] = govshare::testing::PublishAndGrantToCivil(*p);
    (void)authorization;
    p->access().SetMaskingRules("police.op", entry, {{"公民身份号码", govshare::PersonalInfoKind::kIdCard, -1, -1, false}});
    govshare::AccessRequest r;
    r.user_id = "civil.op";
    r.entry_id = entry;
    r.items = {"姓名", "公民身份号码"};
    r.purpose = "低保核对";
    decision = p->access().Decide(r);
    if (!decision.allowed) std::abort();
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Fixture f;
  const std::string records = govshare::fuzz::Text(data, size);
  govshare::fuzz::Refusable([&] {
    const std::string out = f.p->access().Filter(f.decision, records);
    // The ID number item never leaves unmasked: no delivered 公民身份号码
    // holds a whole 18-digit ID number of the test data. (Another item's
    // value may carry the digits — 姓名 is delivered as the provider wrote it.)
    for (const auto& record : nlohmann::json::parse(out)) {
      const auto id = record.find("公民身份号码");
      if (id != record.end() && id->is_string() &&
          id->get<std::string>().find("320613198506151232") != std::string::npos) {
        std::abort();
      }
    }
  });
  return 0;
}
