// Fuzzes masking, identifier checks and pseudonyms (masking.h, identifiers.h)
// on arbitrary bytes and UTF-8: the first byte picks the kind and the kept
// counts, the rest is the value.
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  const std::string value = govshare::fuzz::Text(data + 2, size - 2);
  for (int k = 0; k <= 9; ++k) {
    govshare::fuzz::Refusable([&] { (void)govshare::Mask(static_cast<govshare::PersonalInfoKind>(k), value); });
  }
  govshare::fuzz::Refusable([&] { (void)govshare::MaskKeep(value, data[0] % 8 - 1, data[1] % 8 - 1); });
  for (int k = 1; k <= 5; ++k) {
    govshare::fuzz::Refusable(
        [&] { (void)govshare::CheckIdentifier(static_cast<govshare::IdentifierKind>(k), value); });
  }
  (void)govshare::IsValidCreditCode(value);
  (void)govshare::IsValidOrganizationCode(value);
  govshare::fuzz::Refusable([&] { (void)govshare::IdCardCheckChar(value); });
  govshare::fuzz::Refusable([&] { (void)govshare::CreditCodeCheckChar(value); });
  govshare::fuzz::Refusable([&] { (void)govshare::Pseudonym("fuzz-key", value); });
  govshare::fuzz::Refusable([&] { (void)govshare::Pseudonym(value, "320613198506151232"); });
  return 0;
}
