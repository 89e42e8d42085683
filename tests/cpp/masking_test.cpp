// Validators, masking and pseudonyms (masking.h; standards.md §3.2 and §4).
#include <gtest/gtest.h>

#include <climits>
#include <string>

#include "govshare/error.h"
#include "govshare/identifiers.h"
#include "govshare/masking.h"

namespace govshare {
namespace {

IdentifierCheck Id(const std::string& v) { return CheckIdentifier(IdentifierKind::kIdCard, v); }
IdentifierCheck Uscc(const std::string& v) {
  return CheckIdentifier(IdentifierKind::kCreditCode, v);
}
IdentifierCheck Org(const std::string& v) { return CheckIdentifier(IdentifierKind::kOrgCode, v); }
IdentifierCheck Card(const std::string& v) {
  return CheckIdentifier(IdentifierKind::kBankCard, v);
}
IdentifierCheck Mobile(const std::string& v) {
  return CheckIdentifier(IdentifierKind::kMobile, v);
}

// An invalid result has both reasons and no normalized form.
void ExpectInvalid(const IdentifierCheck& c, const std::string& reason_part,
                   const std::string& reason_zh_part, const std::string& what) {
  EXPECT_FALSE(c.valid) << what;
  EXPECT_TRUE(c.normalized.empty()) << what;
  EXPECT_NE(c.reason.find(reason_part), std::string::npos) << what << ": " << c.reason;
  EXPECT_NE(c.reason_zh.find(reason_zh_part), std::string::npos) << what << ": " << c.reason_zh;
}

// ---- ID card (GB 11643, standards §4.1) ----------------------------------------------------

TEST(IdentifierIdCardTest, AcceptsEveryVerifiedNumber) {
  for (const char* id : {"11010519491231002X", "360426199101010071", "320613198506151232",
                         "320612199203080463", "320623197801010318", "320681200105202023",
                         "32068219660912517X", "320685199511300884", "320614198812243393",
                         "320683197001010017", "320611197503150122"}) {
    const auto c = Id(id);
    EXPECT_TRUE(c.valid) << id << ": " << c.reason;
    EXPECT_EQ(c.normalized, id);
    EXPECT_TRUE(c.reason.empty());
    EXPECT_TRUE(c.reason_zh.empty());
  }
}

TEST(IdentifierIdCardTest, AcceptsLowerCaseXAndOuterSpaces) {
  EXPECT_EQ(Id("11010519491231002x").normalized, "11010519491231002X");
  EXPECT_EQ(Id("32068219660912517x").normalized, "32068219660912517X");
  EXPECT_EQ(Id(" 320613198506151232\n").normalized, "320613198506151232");
}

TEST(IdentifierIdCardTest, NamesTheExpectedCheckCharacter) {
  const auto c = Id("320613198506151233");
  ExpectInvalid(c, "", "", "wrong check");
  EXPECT_EQ(c.reason, "check character is 2, not 3 (GB 11643)");
  EXPECT_EQ(c.reason_zh, "校验码应为 2，实为 3");
  ExpectInvalid(Id("110105194912310021"), "check character is X, not 1", "校验码应为 X",
                "X expected");
  ExpectInvalid(Id("32068219660912517Y"), "position 18", "第18位", "Y");
}

TEST(IdentifierIdCardTest, RefusesImpossibleBirthDates) {
  ExpectInvalid(Id("320613198513011232"), "19851301 is not a real date", "不是有效日期",
                "month 13");
  ExpectInvalid(Id("320613199902291232"), "19990229 is not a real date", "不是有效日期",
                "29 Feb 1999");
  ExpectInvalid(Id("320613198504311232"), "not a real date", "不是有效日期", "31 Apr");
  ExpectInvalid(Id("320613299901011232"), "2999-01-01 is in the future", "晚于今天", "future");
  ExpectInvalid(Id("320613189912311232"), "1899-12-31 is before 1900", "早于1900年",
                "before 1900");
  // 29 February of a leap year and 1 January 1900 are real.
  EXPECT_TRUE(Id("320613200002291231").valid) << Id("320613200002291231").reason;
  EXPECT_TRUE(Id("320613190001011238").valid) << Id("320613190001011238").reason;
}

TEST(IdentifierIdCardTest, RefusesWrongLengthAndCharacters) {
  ExpectInvalid(Id("32061319850615123"), "must have 18 characters (or 15", "实为17位", "17");
  ExpectInvalid(Id("3206131985061512321"), "got 19", "实为19位", "19");
  ExpectInvalid(Id("3206131985061512"), "got 16", "实为16位", "16");
  ExpectInvalid(Id(""), "empty", "值为空", "empty");
  ExpectInvalid(Id("   "), "empty", "值为空", "spaces");
  ExpectInvalid(Id("3206131985O6151232"), "character 'O' at position 11 is not a digit",
                "第11位字符“O”", "letter O");
  ExpectInvalid(Id("32061319850615123A"), "position 18", "末位可为X", "A at the end");
  ExpectInvalid(Id("X20613198506151232"), "position 1", "第1位", "X at the start");
  // Full-width digits are counted as characters, not bytes.
  ExpectInvalid(Id("３20613198506151232"), "character '３' at position 1", "“３”",
                "full-width digit");
  ExpectInvalid(Id("32061319850615123\xff"), "'\\xFF' at position 18", "第18位", "stray byte");
}

TEST(IdentifierIdCardTest, UpgradesLegacyNumbers) {
  const auto c = Id("320602650101123");
  EXPECT_TRUE(c.valid) << c.reason;
  EXPECT_EQ(c.normalized, "320602196501011232");
  EXPECT_EQ(UpgradeIdCard15("320602650101123"), "320602196501011232");
  ExpectInvalid(Id("320602651301123"), "19651301 is not a real date", "不是有效日期",
                "15, month 13");
  ExpectInvalid(Id("32060265010112X"), "position 15 is not a digit", "第15位", "15 with X");
  EXPECT_THROW(UpgradeIdCard15("32060265010112"), InvalidArgumentError);
  EXPECT_THROW(UpgradeIdCard15("32060265010112X"), InvalidArgumentError);
  EXPECT_THROW(UpgradeIdCard15("320602650230123"), InvalidArgumentError);  // 30 Feb
  EXPECT_THROW(UpgradeIdCard15("320613198506151232"), InvalidArgumentError);
}

TEST(IdentifierIdCardTest, ComputesTheCheckCharacter) {
  EXPECT_EQ(IdCardCheckChar("32061319850615123"), '2');  // the worked example
  EXPECT_EQ(IdCardCheckChar("11010519491231002"), 'X');
  EXPECT_EQ(IdCardCheckChar("36042619910101007"), '1');
  EXPECT_THROW(IdCardCheckChar("3206131985061512"), InvalidArgumentError);
  EXPECT_THROW(IdCardCheckChar("3206131985061512A"), InvalidArgumentError);
  EXPECT_THROW(IdCardCheckChar(""), InvalidArgumentError);
}

// ---- credit code (GB 32100, standards §4.3) --------------------------------------------------

TEST(IdentifierCreditCodeTest, AcceptsEveryVerifiedCode) {
  for (const char* code : {"91110108551385082Q", "91110000600037341L", "11320600MB1A2B3CXJ",
                           "12320600MB1C0D2E6Q", "91320612MA1W2K3L4P", "91320613MA20XY7P28",
                           "92320623MA1N4Q5R5A", "93320681MA1P8T6U88", "51320600MJ1K2L3M7A",
                           "N2320682MF0012348Q"}) {
    const auto c = Uscc(code);
    EXPECT_TRUE(c.valid) << code << ": " << c.reason;
    EXPECT_EQ(c.normalized, code);
  }
  EXPECT_EQ(Uscc("91320612ma1w2k3l4p").normalized, "91320612MA1W2K3L4P");
}

TEST(IdentifierCreditCodeTest, GivesSpecificReasons) {
  const auto wrong = Uscc("91320612MA1W2K3L4Q");
  EXPECT_EQ(wrong.reason, "check character is P, not Q (GB 32100)");
  EXPECT_EQ(wrong.reason_zh, "校验码应为 P，实为 Q");
  ExpectInvalid(Uscc("91320612MA1W2K3L5P"),
                "organization code check character (position 17) is 4, not 5 (GB 11714)",
                "第17位（组织机构代码校验码）应为 4，实为 5", "org check");
  ExpectInvalid(Uscc("91320612MA1W2K3L4"), "must have 18 characters, got 17", "实为17位", "17");
  ExpectInvalid(Uscc("91320612MA1W2K3I4P"), "character 'I' at position 16", "第16位字符“I”",
                "I");
  ExpectInvalid(Uscc("91320612MA1W2K3L4Z"), "character 'Z' at position 18", "不含I、O、S、V、Z",
                "Z");
  ExpectInvalid(Uscc("0132061 MA1W2K3L4P"), "character ' ' at position 8", "第8位", "space");
  ExpectInvalid(Uscc("01320612MA1W2K3L4P"), "registration authority code (position 1) is 0",
                "第1位登记管理部门代码", "authority 0");
  ExpectInvalid(Uscc("B1320612MA1W2K3L4P"), "not one of 1-9, A, N, Y", "应为1-9、A、N或Y",
                "authority B");
  ExpectInvalid(Uscc("9132A612MA1W2K3L4P"), "positions 3-8", "第5位字符“A”不是数字",
                "letter in the division code");
  ExpectInvalid(Uscc(""), "empty", "值为空", "empty");
}

TEST(IdentifierCreditCodeTest, AgreesWithIsValidCreditCode) {
  for (const char* code : {"91320612MA1W2K3L4P", "91320612MA1W2K3L4Q", "91320612MA1W2K3L5P",
                           "91320612MA1W2K3L4", "91320612MA1W2K3I4P", "0132061 MA1W2K3L4P",
                           "N2320682MF0012348Q", "Y1320682MF0012348Q", "9132A612MA1W2K3L4P"}) {
    EXPECT_EQ(Uscc(code).valid, IsValidCreditCode(code)) << code;
  }
}

// ---- organisation code (GB 11714, standards §4.4) ---------------------------------------------

TEST(IdentifierOrgCodeTest, AcceptsVerifiedCodesAndNormalizes) {
  EXPECT_EQ(Org("D2143569-X").normalized, "D2143569-X");
  EXPECT_EQ(Org("01423623-3").normalized, "01423623-3");
  EXPECT_EQ(Org("014236233").normalized, "01423623-3");
  EXPECT_EQ(Org("d2143569-x").normalized, "D2143569-X");
  EXPECT_EQ(Org("MA1W2K3L-4").normalized, "MA1W2K3L-4");  // positions 9–17 of a credit code
}

TEST(IdentifierOrgCodeTest, GivesSpecificReasons) {
  const auto wrong = Org("01423623-4");
  EXPECT_EQ(wrong.reason, "check character is 3, not 4 (GB 11714)");
  EXPECT_EQ(wrong.reason_zh, "校验码应为 3，实为 4");
  ExpectInvalid(Org("0142362-3"), "the hyphen is at position 8, not 9", "连字符应在第9位",
                "7 + 1");
  ExpectInvalid(Org("0142362-33"), "the hyphen is at position 8", "实在第8位", "7 + 2");
  ExpectInvalid(Org("0142362"), "got 7 characters", "实为7位", "7");
  ExpectInvalid(Org("01423623-33"), "got 11 characters", "实为11位", "8 + 2");
  ExpectInvalid(Org("0142362!-3"), "character '!' at position 8", "第8位字符“!”", "!");
  ExpectInvalid(Org("01423623-A"), "check character 'A' is not a digit or X", "不是数字或X", "A");
  ExpectInvalid(Org("01423623_3"), "got 10 characters", "实为10位", "underscore");
  EXPECT_FALSE(Org("01423623-4").valid);
  EXPECT_FALSE(IsValidOrganizationCode("01423623-4"));
}

// ---- bank card (Luhn, standards §4.5) ------------------------------------------------------

TEST(IdentifierBankCardTest, AcceptsVerifiedNumbers) {
  for (const char* n : {"6222021234567894", "6217001234567890122", "6228480012345678903"}) {
    const auto c = Card(n);
    EXPECT_TRUE(c.valid) << n << ": " << c.reason;
    EXPECT_EQ(c.normalized, n);
  }
  EXPECT_EQ(Card("6222 0212 3456 7894").normalized, "6222021234567894");
  EXPECT_EQ(Card("6222-0212-3456-7894").normalized, "6222021234567894");
}

TEST(IdentifierBankCardTest, GivesSpecificReasons) {
  const auto wrong = Card("6222021234567895");
  EXPECT_EQ(wrong.reason, "Luhn check digit is 4, not 5 (ISO/IEC 7812)");
  EXPECT_EQ(wrong.reason_zh, "校验位（Luhn）应为 4，实为 5");
  ExpectInvalid(Card("622202123456789"), "16-19 digits, got 15", "实为15位", "15 digits");
  ExpectInvalid(Card("62170012345678901220"), "got 20", "实为20位", "20 digits");
  ExpectInvalid(Card("6222O21234567894"), "character 'O' at position 5", "第5位", "letter");
}

// ---- mobile (standards §4.6) -----------------------------------------------------------------

TEST(IdentifierMobileTest, AcceptsAndNormalizes) {
  EXPECT_EQ(Mobile("13912345678").normalized, "13912345678");
  EXPECT_EQ(Mobile("19912345678").normalized, "19912345678");
  EXPECT_EQ(Mobile("+86 139-1234-5678").normalized, "13912345678");
  EXPECT_EQ(Mobile("008613912345678").normalized, "13912345678");
  EXPECT_EQ(Mobile("86 139 1234 5678").normalized, "13912345678");
}

TEST(IdentifierMobileTest, GivesSpecificReasons) {
  ExpectInvalid(Mobile("12912345678"), "must start with 13-19, not 12", "应以13-19开头", "12");
  ExpectInvalid(Mobile("23912345678"), "not 23", "实为23", "23");
  ExpectInvalid(Mobile("1391234567"), "11 digits, got 10", "实为10位", "10 digits");
  ExpectInvalid(Mobile("139123456789"), "got 12", "实为12位", "12 digits");
  ExpectInvalid(Mobile("1391234567a"), "character 'a' at position 11", "第11位", "letter");
  ExpectInvalid(Mobile("0513-85123456"), "got 12", "实为12位", "fixed line");
}

TEST(IdentifierKindTest, NamesParseAndLabels) {
  for (auto kind : {IdentifierKind::kIdCard, IdentifierKind::kCreditCode,
                    IdentifierKind::kOrgCode, IdentifierKind::kBankCard,
                    IdentifierKind::kMobile}) {
    EXPECT_EQ(ParseIdentifierKind(ToString(kind)), kind);
    EXPECT_FALSE(ChineseLabel(kind).empty());
    EXPECT_TRUE(CheckIdentifier(kind, "").reason == "the value is empty");
  }
  EXPECT_EQ(ToString(IdentifierKind::kIdCard), "id-card");
  EXPECT_EQ(ParseIdentifierKind("credit_code"), IdentifierKind::kCreditCode);
  EXPECT_EQ(ParseIdentifierKind("org-code"), IdentifierKind::kOrgCode);
  EXPECT_EQ(ChineseLabel(IdentifierKind::kIdCard), "居民身份证号码");
  EXPECT_EQ(ChineseLabel(IdentifierKind::kCreditCode), "统一社会信用代码");
  EXPECT_THROW(ParseIdentifierKind("passport"), InvalidArgumentError);
  EXPECT_THROW(ParseIdentifierKind("ID-CARD"), InvalidArgumentError);
  EXPECT_FALSE(CheckIdentifier(static_cast<IdentifierKind>(99), "1").valid);
}

// ---- masking (standards §3.2) ----------------------------------------------------------------

TEST(MaskTest, DefaultProfileTable) {
  EXPECT_EQ(Mask(PersonalInfoKind::kIdCard, "320613198506151232"), "320613********1232");
  EXPECT_EQ(Mask(PersonalInfoKind::kName, "张三"), "张*");
  EXPECT_EQ(Mask(PersonalInfoKind::kName, "欧阳娜娜"), "欧***");
  EXPECT_EQ(Mask(PersonalInfoKind::kMobile, "13912345678"), "139****5678");
  EXPECT_EQ(Mask(PersonalInfoKind::kPhone, "0513-85123456"), "0513-****3456");
  // standards §3.2 prints 12 `*` for this address, but its detail part
  // (和平桥街道××路17号) has 11 code points: masking is one `*` per code point.
  EXPECT_EQ(Mask(PersonalInfoKind::kAddress, "江苏省南通市崇川区和平桥街道××路17号"),
            "江苏省南通市崇川区***********");
  EXPECT_EQ(Mask(PersonalInfoKind::kBankCard, "6222021234567894"), "622202******7894");
  EXPECT_EQ(Mask(PersonalInfoKind::kEmail, "zhangsan@nt.gov.cn"), "z*******@nt.gov.cn");
  EXPECT_EQ(Mask(PersonalInfoKind::kCreditCode, "91320612MA1W2K3L4P"), "91320612MA1W2K3L4P");
  EXPECT_EQ(Mask(PersonalInfoKind::kCreditCode, "92320623MA1N4Q5R5A"), "92320623********5A");
  EXPECT_EQ(Mask(PersonalInfoKind::kNone, "公开信息"), "公开信息");
  EXPECT_EQ(Mask(PersonalInfoKind::kOther, "O型血"), "***");
}

TEST(MaskTest, ChineseNamesOfOneToFourCharacters) {
  EXPECT_EQ(Mask(PersonalInfoKind::kName, "张"), "*");  // too short: all masked
  EXPECT_EQ(Mask(PersonalInfoKind::kName, "张三"), "张*");
  EXPECT_EQ(Mask(PersonalInfoKind::kName, "张三丰"), "张**");
  EXPECT_EQ(Mask(PersonalInfoKind::kName, "诸葛孔明"), "诸***");
  EXPECT_EQ(Mask(PersonalInfoKind::kName, "买买提·艾力"), "买*****");
  EXPECT_EQ(Mask(PersonalInfoKind::kName, "Li Lei"), "L*****");
}

TEST(MaskTest, EmptyInputStaysEmpty) {
  for (auto kind : {PersonalInfoKind::kNone, PersonalInfoKind::kIdCard, PersonalInfoKind::kName,
                    PersonalInfoKind::kMobile, PersonalInfoKind::kPhone,
                    PersonalInfoKind::kAddress, PersonalInfoKind::kBankCard,
                    PersonalInfoKind::kCreditCode, PersonalInfoKind::kEmail,
                    PersonalInfoKind::kOther}) {
    EXPECT_EQ(Mask(kind, ""), "") << ToString(kind);
  }
}

TEST(MaskTest, VeryShortInputsAreMaskedEntirely) {
  EXPECT_EQ(Mask(PersonalInfoKind::kIdCard, "3206131232"), "**********");  // 6 + 4
  EXPECT_EQ(Mask(PersonalInfoKind::kIdCard, "32061312321"), "320613*2321");
  EXPECT_EQ(Mask(PersonalInfoKind::kMobile, "139"), "***");
  EXPECT_EQ(Mask(PersonalInfoKind::kMobile, "1395678"), "*******");
  EXPECT_EQ(Mask(PersonalInfoKind::kBankCard, "1234"), "****");
  EXPECT_EQ(Mask(PersonalInfoKind::kPhone, "3456"), "****");
  EXPECT_EQ(Mask(PersonalInfoKind::kPhone, "0513-3456"), "0513-****");
  EXPECT_EQ(Mask(PersonalInfoKind::kEmail, "a@nt.gov.cn"), "*@nt.gov.cn");
  EXPECT_EQ(Mask(PersonalInfoKind::kEmail, "@nt.gov.cn"), "@nt.gov.cn");
  EXPECT_EQ(Mask(PersonalInfoKind::kEmail, "zhangsan"), "********");  // no @: all masked
  EXPECT_EQ(Mask(PersonalInfoKind::kCreditCode, "92"), "**");
  EXPECT_EQ(Mask(PersonalInfoKind::kAddress, "路"), "*");
  EXPECT_EQ(Mask(PersonalInfoKind::kOther, "x"), "*");
}

TEST(MaskTest, KeepsSeparatorsAndCountryPrefixes) {
  EXPECT_EQ(Mask(PersonalInfoKind::kMobile, "+86 139 1234 5678"), "+86 139 **** 5678");
  EXPECT_EQ(Mask(PersonalInfoKind::kMobile, "+8613912345678"), "+86139****5678");
  EXPECT_EQ(Mask(PersonalInfoKind::kMobile, "8613912345678"), "86139****5678");
  EXPECT_EQ(Mask(PersonalInfoKind::kMobile, "139-1234-5678"), "139-****-5678");
  EXPECT_EQ(Mask(PersonalInfoKind::kBankCard, "6222 0212 3456 7894"), "6222 02** **** 7894");
  EXPECT_EQ(Mask(PersonalInfoKind::kBankCard, "6217001234567890122"), "621700*********0122");
  EXPECT_EQ(Mask(PersonalInfoKind::kPhone, "010-12345678"), "010-****5678");
  EXPECT_EQ(Mask(PersonalInfoKind::kPhone, "051385123456"), "0513****3456");
  EXPECT_EQ(Mask(PersonalInfoKind::kPhone, "02112345678"), "021****5678");
  EXPECT_EQ(Mask(PersonalInfoKind::kPhone, "0513 8512 3456"), "0513 **** 3456");
  EXPECT_EQ(Mask(PersonalInfoKind::kPhone, "85123456"), "****3456");
  EXPECT_EQ(Mask(PersonalInfoKind::kIdCard, "32068219660912517X"), "320682********517X");
}

TEST(MaskTest, AddressKeepsTheCountyLevel) {
  struct Case {
    const char* in;
    const char* out;
  };
  const Case cases[] = {
      {"江苏省南通市如东县掘港街道人民路1号", "江苏省南通市如东县*********"},
      {"南通市如皋市如城街道解放路1号", "南通市如皋市*********"},
      {"江苏省如皋市如城街道解放路1号", "江苏省如皋市*********"},
      {"江苏南通市海门区常乐镇", "江苏南通市海门区***"},
      {"南通市经济技术开发区星湖大道1号", "南通市经济技术开发区******"},
      {"江苏省南通市人民中路1号", "江苏省南通市******"},
      {"江苏省南通市市府路8号", "江苏省南通市*****"},
      {"崇川区和平桥街道××路17号", "崇川区***********"},
      {"北京市海淀区中关村大街1号", "北京市海淀区*******"},
      {"上海市浦东新区世纪大道100号", "上海市浦东新区********"},
      {"江苏省苏州市姑苏区人民路1号", "江苏省苏州市姑苏区*****"},
      {"江苏省徐州市丰县凤城镇", "江苏省徐州市丰县***"},
      {"新疆维吾尔自治区乌鲁木齐市天山区解放南路1号", "新疆维吾尔自治区乌鲁木齐市天山区******"},
      {"吉林省延边朝鲜族自治州延吉市河南街1号", "吉林省延边朝鲜族自治州延吉市*****"},
      {"内蒙古自治区鄂尔多斯市伊金霍洛旗阿勒腾席热镇", "内蒙古自治区鄂尔多斯市伊金霍洛旗******"},
      {"黑龙江省哈尔滨市道里区中央大街1号", "黑龙江省哈尔滨市道里区******"},
      {"江苏省 南通市 崇川区 工农路1号", "江苏省 南通市 崇川区******"},
      {"江苏省南通市崇川区", "江苏省南通市崇川区"},
      {"江苏省人民路1号", "江苏省*****"},  // a province alone
      {"南通市省府路8号", "南通市*****"},
  };
  for (const auto& c : cases) EXPECT_EQ(Mask(PersonalInfoKind::kAddress, c.in), c.out) << c.in;
}

TEST(MaskTest, AddressWithoutStructureKeepsAtMostSixCharacters) {
  // min(6, half the code points) are kept, so a short address is never shown whole.
  EXPECT_EQ(Mask(PersonalInfoKind::kAddress, "和平桥街道××路17号"), "和平桥街道******");
  EXPECT_EQ(Mask(PersonalInfoKind::kAddress, "人民路1号"), "人民***");
  EXPECT_EQ(Mask(PersonalInfoKind::kAddress, "幸福小区3栋2单元501室"), "幸福小区3栋*******");
  EXPECT_EQ(Mask(PersonalInfoKind::kAddress, "No. 1 Renmin Road"), "No. 1 ***********");
}

TEST(MaskTest, WorksByCodePointAndNeverThrows) {
  // Never half a character: 3-byte characters are kept or masked whole.
  EXPECT_EQ(Mask(PersonalInfoKind::kIdCard, "一二三四五六七八九十壹贰叁肆伍陆柒捌"),
            "一二三四五六********伍陆柒捌");
  // Malformed UTF-8: each stray byte is one unit.
  EXPECT_EQ(Mask(PersonalInfoKind::kOther, "a\xff\xfe" "b"), "****");
  EXPECT_EQ(Mask(PersonalInfoKind::kName, "\xe5\xbc\xa0\xff"), "张*");
  EXPECT_EQ(Mask(PersonalInfoKind::kName, "\xe5\xbc"), "**");  // stray units are never kept
  // No structure (a stray byte first): 3 of 7 units kept, the stray one masked.
  EXPECT_EQ(Mask(PersonalInfoKind::kAddress, "\xff南通市崇川区"), "*南通****");
  EXPECT_EQ(Mask(PersonalInfoKind::kEmail, "ab@nt\xff.cn"), "a*@nt*.cn");
  EXPECT_NO_THROW(Mask(PersonalInfoKind::kAddress, "\xff\xfe\xfd\xe5"));
  EXPECT_NO_THROW(Mask(PersonalInfoKind::kPhone, "0"));
  EXPECT_NO_THROW(Mask(PersonalInfoKind::kMobile, "+86"));
  EXPECT_NO_THROW(Mask(static_cast<PersonalInfoKind>(42), "x"));
  EXPECT_EQ(Mask(static_cast<PersonalInfoKind>(42), "秘密"), "**");  // unknown: masked
}

TEST(MaskKeepTest, EdgeCases) {
  EXPECT_EQ(MaskKeep("abcdef", 1, 1), "a****f");
  EXPECT_EQ(MaskKeep("abcdef", 0, 0), "******");
  EXPECT_EQ(MaskKeep("abcdef", 5, 0), "abcde*");
  EXPECT_EQ(MaskKeep("abcdef", 0, 5), "*bcdef");
  EXPECT_EQ(MaskKeep("abcdef", 3, 3), "******");  // head + tail == length: all masked
  EXPECT_EQ(MaskKeep("abc", 1, 5), "***");
  EXPECT_EQ(MaskKeep("abc", INT_MAX, INT_MAX), "***");
  EXPECT_EQ(MaskKeep("", 1, 1), "");
  EXPECT_EQ(MaskKeep("南通市崇川区", 2, 1, "○"), "南通○○○区");
  EXPECT_EQ(MaskKeep("13912345678", 3, 4, "#"), "139####5678");
  EXPECT_EQ(MaskKeep("苏F12345", 3, 1), "苏F1***5");  // the plate rule of §3.2
  EXPECT_EQ(MaskKeep("ab", 0, 1, "\xF0\x9F\x94\x92"), "\xF0\x9F\x94\x92" "b");  // 4-byte mask
}

TEST(MaskKeepTest, RefusesBadArguments) {
  EXPECT_THROW(MaskKeep("abc", -1, 0), InvalidArgumentError);
  EXPECT_THROW(MaskKeep("abc", 0, -1), InvalidArgumentError);
  EXPECT_THROW(MaskKeep("abc", 1, 1, ""), InvalidArgumentError);
  EXPECT_THROW(MaskKeep("abc", 1, 1, "**"), InvalidArgumentError);
  EXPECT_THROW(MaskKeep("abc", 1, 1, "×○"), InvalidArgumentError);
  EXPECT_THROW(MaskKeep("abc", 1, 1, "\xff"), InvalidArgumentError);
  EXPECT_THROW(MaskKeep("abc", 1, 1, "\xe5\xbc"), InvalidArgumentError);
}

// ---- pseudonyms --------------------------------------------------------------------------------

TEST(MaskPseudonymTest, KnownAnswers) {
  // RFC 4231 test case 2.
  EXPECT_EQ(Pseudonym("Jefe", "what do ya want for nothing?", HashAlgorithm::kSha256),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  // The same inputs under HMAC-SM3 (as GmSSL and other SM3 implementations compute it).
  EXPECT_EQ(Pseudonym("Jefe", "what do ya want for nothing?", HashAlgorithm::kSm3),
            "2e87f1d16862e6d964b50a5200bf2b10b764faa9680a296a2405f24bec39f882");
  EXPECT_EQ(Pseudonym("Jefe", "what do ya want for nothing?"),
            Pseudonym("Jefe", "what do ya want for nothing?", HashAlgorithm::kSm3));
}

TEST(MaskPseudonymTest, DeterministicAndKeyed) {
  const std::string id = "320613198506151232";
  const auto a = Pseudonym("consumer-key", id);
  EXPECT_EQ(a, Pseudonym("consumer-key", id));
  EXPECT_EQ(a.size(), 64u);
  EXPECT_EQ(a.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_NE(a, Pseudonym("other-key", id));
  EXPECT_NE(a, Pseudonym("consumer-key", id, HashAlgorithm::kSha256));
  EXPECT_NE(a, Pseudonym("consumer-key", "320613198506151233"));
  EXPECT_EQ(Pseudonym("k", "").size(), 64u);
  EXPECT_EQ(Pseudonym(std::string("k\0ey", 4), id).size(), 64u);
  EXPECT_NE(Pseudonym(std::string("k\0ey", 4), id), Pseudonym("k", id));
}

TEST(MaskPseudonymTest, RefusesAnEmptyKey) {
  EXPECT_THROW(Pseudonym("", "x"), InvalidArgumentError);
  EXPECT_THROW(Pseudonym("", "x", HashAlgorithm::kSha256), InvalidArgumentError);
  EXPECT_THROW(Pseudonym("k", "x", static_cast<HashAlgorithm>(9)), InvalidArgumentError);
}

}  // namespace
}  // namespace govshare
