// Fuzzes Filter's records (access_service.h): the records JSON a portal hands
// in with a real, sealed decision of 民政局 on 户籍人口基本信息 (one item
// plain, one masked); and the delivery must never carry an unmasked ID number.
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
    // The ID number of the test data never leaves unmasked.
    if (records.find("320613198506151232") != std::string::npos &&
        out.find("320613198506151232") != std::string::npos) {
      std::abort();
    }
  });
  return 0;
}
