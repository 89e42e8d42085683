#include <gtest/gtest.h>

#include "govshare/catalog.h"
#include "govshare/error.h"
#include "test_util.h"

namespace govshare {
namespace {

TEST(EnumNamesTest, RoundTripEveryName) {
  for (auto v : {ShareClass::kUnconditional, ShareClass::kConditional, ShareClass::kNotShared})
    EXPECT_EQ(ParseShareClass(ToString(v)), v);
  for (auto v : {ShareMethod::kTable, ShareMethod::kApi, ShareMethod::kFile})
    EXPECT_EQ(ParseShareMethod(ToString(v)), v);
  for (auto v : {AuthorizationMode::kProviderDirect, AuthorizationMode::kProviderToPlatform,
                 AuthorizationMode::kPlatformDirect})
    EXPECT_EQ(ParseAuthorizationMode(ToString(v)), v);
  for (int i = 1; i <= 8; ++i) {
    const auto v = static_cast<UpdateCycle>(i);
    EXPECT_EQ(ParseUpdateCycle(ToString(v)), v);
  }
  for (int i = 1; i <= 11; ++i) {
    const auto v = static_cast<DataType>(i);
    EXPECT_EQ(ParseDataType(ToString(v)), v);
  }
  for (int i = 0; i <= 9; ++i) {
    const auto v = static_cast<PersonalInfoKind>(i);
    EXPECT_EQ(ParsePersonalInfoKind(ToString(v)), v);
  }
  for (int i = 1; i <= 8; ++i) {
    const auto v = static_cast<FormatClass>(i);
    EXPECT_EQ(ParseFormatClass(ToString(v)), v);
  }
}

TEST(EnumNamesTest, UsesTheDocumentedNames) {
  EXPECT_EQ(ToString(ShareClass::kNotShared), "not_shared");
  EXPECT_EQ(ToString(UpdateCycle::kHalfYearly), "half_yearly");
  EXPECT_EQ(ToString(AuthorizationMode::kProviderToPlatform), "provider_to_platform");
  EXPECT_EQ(ToString(DataType::kCurrency), "Y");
  EXPECT_EQ(ToString(OpenClass::kNotOpen), "not_open");
  EXPECT_EQ(ChineseLabel(ShareClass::kConditional), "有条件共享");
  EXPECT_EQ(ChineseLabel(ShareMethod::kTable), "库表");
  EXPECT_EQ(ChineseLabel(PersonalInfoKind::kIdCard), "公民身份号码");
  EXPECT_EQ(ChineseLabel(ResourceCategory::kTheme), "主题信息资源");
  EXPECT_EQ(ChineseLabel(FormatClass::kServiceInterface), "服务接口");
  EXPECT_EQ(ChineseLabel(LegalBasisKind::kRule), "规章");
}

TEST(EnumNamesTest, ParseRefusesUnknownNamesListingTheAllowedOnes) {
  try {
    ParseShareClass("Conditional");
    FAIL();
  } catch (const InvalidArgumentError& e) {
    EXPECT_NE(std::string(e.what()).find("unconditional, conditional, not_shared"), std::string::npos);
  }
  EXPECT_THROW(ParseDataType("X"), InvalidArgumentError);
}

// A8: unconditional ⊃ conditional ⊃ not shared.
TEST(ShareClassTest, WidthOrder) {
  EXPECT_TRUE(IsWiderThan(ShareClass::kUnconditional, ShareClass::kConditional));
  EXPECT_TRUE(IsWiderThan(ShareClass::kConditional, ShareClass::kNotShared));
  EXPECT_FALSE(IsWiderThan(ShareClass::kNotShared, ShareClass::kConditional));
  EXPECT_FALSE(IsWiderThan(ShareClass::kConditional, ShareClass::kConditional));
}

TEST(CatalogEntryTest, EqualityComparesEveryElement) {
  const CatalogEntry a = testing::ValidConditionalEntry();
  CatalogEntry b = a;
  EXPECT_EQ(a, b);
  b.items[2].share_class = ShareClass::kConditional;
  EXPECT_NE(a, b);
  b = a;
  b.share.scope.comparison_only = true;
  EXPECT_NE(a, b);
  b = a;
  b.publish_date.reset();
  EXPECT_NE(a, b);
}

}  // namespace
}  // namespace govshare
