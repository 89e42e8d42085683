// A7: the bureau codes every catalog entry under a documented scheme
// (docs/catalog-coding.md).
#include <gtest/gtest.h>

#include "govshare/catalog_code.h"
#include "govshare/error.h"

namespace govshare {
namespace {

TEST(CatalogCodeTest, ParsesClassificationAndSequence) {
  const CatalogCode c = ParseCatalogCode("101001/000123");
  EXPECT_EQ(c.classification.category, ResourceCategory::kBasic);
  EXPECT_EQ(c.classification.domain, "01");
  EXPECT_EQ(c.classification.group, "001");
  EXPECT_EQ(c.classification.detail, "");
  EXPECT_EQ(c.sequence, 123);
  EXPECT_EQ(FormatCatalogCode(c), "101001/000123");
}

TEST(CatalogCodeTest, SupportsConfigurableDetailWidth) {
  CatalogCodeScheme scheme;
  scheme.detail_width = 3;
  scheme.sequence_width = 4;
  const CatalogCode c = ParseCatalogCode("307001A01/0042", scheme);
  EXPECT_EQ(c.classification.category, ResourceCategory::kDepartment);
  EXPECT_EQ(c.classification.detail, "A01");
  EXPECT_EQ(c.sequence, 42);
  EXPECT_EQ(FormatCatalogCode(c, scheme), "307001A01/0042");
  EXPECT_FALSE(IsValidCatalogCode("307001A01/0042"));  // default scheme: no 细目
}

TEST(CatalogCodeTest, RefusesMalformedCodesNamingThePart) {
  for (const char* bad : {"101001000001", "401001/000001", "1010/000001", "101001/1",
                          "1010a1/000001", "101001/000000", "101001/0000001", "101001/00000a", ""}) {
    EXPECT_FALSE(IsValidCatalogCode(bad)) << bad;
    EXPECT_THROW(ParseCatalogCode(bad), InvalidArgumentError) << bad;
  }
  try {
    ParseCatalogCode("401001/000001");
    FAIL();
  } catch (const InvalidArgumentError& e) {
    EXPECT_NE(std::string(e.what()).find("类"), std::string::npos);
  }
}

TEST(CatalogCodeTest, ClassificationCodeChecksEachLevel) {
  EXPECT_EQ(ClassificationCode({ResourceCategory::kTheme, "03", "002", ""}), "203002");
  EXPECT_THROW(ClassificationCode({ResourceCategory::kTheme, "3", "002", ""}), InvalidArgumentError);
  EXPECT_THROW(ClassificationCode({ResourceCategory::kTheme, "03", "02", ""}), InvalidArgumentError);
  EXPECT_THROW(ClassificationCode({ResourceCategory::kTheme, "03", "002", "1"}), InvalidArgumentError);
}

TEST(CatalogCodeTest, NextCodeIsOnePastTheHighestInItsClassification) {
  const Classification population{ResourceCategory::kBasic, "01", "001", ""};
  EXPECT_EQ(NextCatalogCode({}, population), "101001/000001");
  const std::vector<std::string> existing = {"101001/000001", "101001/000007", "101002/000050",
                                             "not-a-code", "101001/000003"};
  // Gaps (withdrawn entries) are never reused: 000008, not 000002.
  EXPECT_EQ(NextCatalogCode(existing, population), "101001/000008");
  EXPECT_EQ(NextCatalogCode(existing, {ResourceCategory::kBasic, "01", "002", ""}), "101002/000051");
}

TEST(CatalogCodeTest, NextCodeRefusesAnExhaustedClassification) {
  CatalogCodeScheme scheme;
  scheme.sequence_width = 1;
  const Classification c{ResourceCategory::kBasic, "01", "001", ""};
  EXPECT_EQ(NextCatalogCode({"101001/8"}, c, scheme), "101001/9");
  EXPECT_THROW(NextCatalogCode({"101001/9"}, c, scheme), InvalidArgumentError);
}

TEST(CatalogCodeTest, RefusesABadScheme) {
  CatalogCodeScheme scheme;
  scheme.sequence_width = 0;
  EXPECT_THROW(ParseCatalogCode("101001/000001", scheme), InvalidArgumentError);
}

}  // namespace
}  // namespace govshare
