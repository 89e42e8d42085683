#include <gtest/gtest.h>

#include "govshare/error.h"
#include "govshare/identifiers.h"

namespace govshare {
namespace {

// GB 32100-2015 examples verified in standards.md §4.3.
TEST(CreditCodeTest, AcceptsValidCodes) {
  for (const char* code : {"91110108551385082Q", "91110000600037341L", "11320600MB1A2B3CXJ",
                           "12320600MB1C0D2E6Q", "91320612MA1W2K3L4P", "91320613MA20XY7P28",
                           "92320623MA1N4Q5R5A", "51320600MJ1K2L3M7A", "N2320682MF0012348Q"}) {
    EXPECT_TRUE(IsValidCreditCode(code)) << code;
  }
}

TEST(CreditCodeTest, RefusesWrongCheckCharacterAndAlphabet) {
  EXPECT_FALSE(IsValidCreditCode("91320612MA1W2K3L4Q"));  // wrong check
  EXPECT_FALSE(IsValidCreditCode("91320612MA1W2K3L5P"));  // wrong org-code check
  EXPECT_FALSE(IsValidCreditCode("91320612MA1W2K3L4"));   // 17 chars
  EXPECT_FALSE(IsValidCreditCode("91320612MA1W2K3I4P"));  // I not in alphabet
  EXPECT_FALSE(IsValidCreditCode("0132061 MA1W2K3L4P"));
  EXPECT_FALSE(IsValidCreditCode(""));
}

TEST(CreditCodeTest, ComputesCheckCharacter) {
  EXPECT_EQ(CreditCodeCheckChar("91320612MA1W2K3L4"), 'P');
  EXPECT_THROW(CreditCodeCheckChar("91320612MA1W2K3L"), InvalidArgumentError);
  EXPECT_THROW(CreditCodeCheckChar("91320612MA1W2K3LO"), InvalidArgumentError);
}

TEST(OrganizationCodeTest, ChecksGb11714) {
  EXPECT_TRUE(IsValidOrganizationCode("D2143569-X"));
  EXPECT_TRUE(IsValidOrganizationCode("01423623-3"));
  EXPECT_TRUE(IsValidOrganizationCode("014236233"));
  EXPECT_FALSE(IsValidOrganizationCode("01423623-4"));
  EXPECT_FALSE(IsValidOrganizationCode("0142362-3"));
}

}  // namespace
}  // namespace govshare
