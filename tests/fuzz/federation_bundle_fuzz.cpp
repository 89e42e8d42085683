// Fuzzes the import of a county's federation bundle (catalog_service.h): the
// raw input as a bundle, and — when it is a JSON object — the input signed
// with the county platform key the city registered (digest and signature
// made as the county would), so the fuzzer reaches what lies behind the
// signature check: departments, entries, provenance. A refused import must
// change nothing.
#include <nlohmann/json.hpp>

#include "audit/signing.h"
#include "base/digest.h"
#include "catalog/bundle_signature.h"
#include "fuzz_util.h"

namespace {

struct Fixture {
  std::shared_ptr<govshare::Platform> city = govshare::fuzz::SeededCity();
  govshare::SigningKey key = govshare::GenerateSigningKey();
  govshare::audit::Signer signer{key};
  Fixture() { city->RegisterCountyKey("admin", govshare::testing::kRugaoPlatform, key.public_key_pem); }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Fixture f;
  const std::string text = govshare::fuzz::Text(data, size);
  govshare::fuzz::Refusable([&] { f.city->catalog().ImportFederationBundle("admin", text); });
  nlohmann::ordered_json body;
  try {
    body = nlohmann::ordered_json::parse(text);
  } catch (const nlohmann::json::exception&) {
    return 0;
  }
  if (!body.is_object()) return 0;
  std::string input;
  try {
    body["digest"] = "sha256:" + govshare::internal::HexDigest(govshare::HashAlgorithm::kSha256,
                                                               govshare::federation::SigningInput(body));
    govshare::federation::Sign(body, f.signer);
    input = body.dump(2);
  } catch (const nlohmann::json::exception&) {
    return 0;  // not valid UTF-8: no county could have signed it
  }
  const std::int64_t before = f.city->VerifyAudit("admin").records;
  bool imported = false;
  govshare::fuzz::Refusable([&] {
    f.city->catalog().ImportFederationBundle("admin", input);
    imported = true;
  });
  const govshare::AuditVerification after = f.city->VerifyAudit("admin");
  if (!after.intact) std::abort();
  if (!imported && after.records != before) std::abort();  // a refusal changed the platform
  return 0;
}
