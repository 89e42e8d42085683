#include "govshare/catalog.h"

#include "base/catalog_tables.h"

namespace govshare {
namespace internal {

const EnumName<ShareClass> kShareClassNames[3] = {
    {ShareClass::kUnconditional, "unconditional", "无条件共享"},
    {ShareClass::kConditional, "conditional", "有条件共享"},
    {ShareClass::kNotShared, "not_shared", "不予共享"},
};
const EnumName<ShareMethod> kShareMethodNames[3] = {
    {ShareMethod::kTable, "table", "库表"},
    {ShareMethod::kApi, "api", "接口"},
    {ShareMethod::kFile, "file", "文件"},
};
const EnumName<AuthorizationMode> kAuthorizationModeNames[3] = {
    {AuthorizationMode::kProviderDirect, "provider_direct", "提供部门直接授权"},
    {AuthorizationMode::kProviderToPlatform, "provider_to_platform", "整体授权给平台"},
    {AuthorizationMode::kPlatformDirect, "platform_direct", "平台直接授权"},
};
const EnumName<OpenClass> kOpenClassNames[3] = {
    {OpenClass::kUnconditional, "unconditional", "无条件开放"},
    {OpenClass::kConditional, "conditional", "有条件开放"},
    {OpenClass::kNotOpen, "not_open", "不予开放"},
};
const EnumName<UpdateCycle> kUpdateCycleNames[8] = {
    {UpdateCycle::kRealtime, "realtime", "实时"},
    {UpdateCycle::kDaily, "daily", "每日"},
    {UpdateCycle::kWeekly, "weekly", "每周"},
    {UpdateCycle::kMonthly, "monthly", "每月"},
    {UpdateCycle::kQuarterly, "quarterly", "每季度"},
    {UpdateCycle::kHalfYearly, "half_yearly", "每半年"},
    {UpdateCycle::kYearly, "yearly", "每年"},
    {UpdateCycle::kOther, "other", "其他"},
};
const EnumName<DataType> kDataTypeNames[11] = {
    {DataType::kCharacter, "C", "字符型C"}, {DataType::kNumeric, "N", "数值型N"},
    {DataType::kCurrency, "Y", "货币型Y"},  {DataType::kDate, "D", "日期型D"},
    {DataType::kDateTime, "T", "日期时间型T"}, {DataType::kLogical, "L", "逻辑型L"},
    {DataType::kMemo, "M", "备注型M"},      {DataType::kGeneral, "G", "通用型G"},
    {DataType::kDouble, "B", "双精度型B"},  {DataType::kInteger, "I", "整型I"},
    {DataType::kFloat, "F", "浮点型F"},
};
const EnumName<PersonalInfoKind> kPersonalInfoKindNames[10] = {
    {PersonalInfoKind::kNone, "none", "非个人信息"},
    {PersonalInfoKind::kIdCard, "id_card", "公民身份号码"},
    {PersonalInfoKind::kName, "name", "姓名"},
    {PersonalInfoKind::kMobile, "mobile", "手机号码"},
    {PersonalInfoKind::kPhone, "phone", "固定电话"},
    {PersonalInfoKind::kAddress, "address", "地址"},
    {PersonalInfoKind::kBankCard, "bank_card", "银行卡号"},
    {PersonalInfoKind::kCreditCode, "credit_code", "统一社会信用代码"},
    {PersonalInfoKind::kEmail, "email", "电子邮箱"},
    {PersonalInfoKind::kOther, "other", "其他个人信息"},
};
const EnumName<ResourceCategory> kResourceCategoryNames[3] = {
    {ResourceCategory::kBasic, "basic", "基础信息资源"},
    {ResourceCategory::kTheme, "theme", "主题信息资源"},
    {ResourceCategory::kDepartment, "department", "部门信息资源"},
};
const EnumName<FormatClass> kFormatClassNames[8] = {
    {FormatClass::kElectronicFile, "electronic_file", "电子文件"},
    {FormatClass::kSpreadsheet, "spreadsheet", "电子表格"},
    {FormatClass::kDatabase, "database", "数据库"},
    {FormatClass::kImage, "image", "图形图像"},
    {FormatClass::kStreamingMedia, "streaming_media", "流媒体"},
    {FormatClass::kSelfDescribing, "self_describing", "自描述格式"},
    {FormatClass::kServiceInterface, "service_interface", "服务接口"},
    {FormatClass::kOther, "other", "其他"},
};
const EnumName<DataGrade> kDataGradeNames[3] = {
    {DataGrade::kGeneral, "general", "一般数据"},
    {DataGrade::kImportant, "important", "重要数据"},
    {DataGrade::kCore, "core", "核心数据"},
};
const EnumName<LegalBasisKind> kLegalBasisKindNames[7] = {
    {LegalBasisKind::kLaw, "law", "法律"},
    {LegalBasisKind::kRegulation, "regulation", "法规"},
    {LegalBasisKind::kRule, "rule", "规章"},
    {LegalBasisKind::kPolicy, "policy", "政策"},
    {LegalBasisKind::kAdministrativeRegulation, "administrative_regulation", "行政法规"},
    {LegalBasisKind::kStateCouncilDecision, "state_council_decision", "国务院决定"},
    {LegalBasisKind::kLocalRegulation, "local_regulation", "地方性法规"},
};

}  // namespace internal

using namespace internal;

bool CatalogEntry::operator==(const CatalogEntry& o) const {
  return code == o.code && name == o.name && summary == o.summary && provider == o.provider &&
         system_name == o.system_name && classification == o.classification &&
         topics == o.topics && industry == o.industry && format == o.format &&
         items == o.items && share == o.share && open == o.open &&
         update_cycle == o.update_cycle && update_cycle_note == o.update_cycle_note &&
         publish_date == o.publish_date && related_codes == o.related_codes &&
         dictionary == o.dictionary && data_standard == o.data_standard && secret == o.secret &&
         data_grade == o.data_grade && assessment == o.assessment;
}

std::string ToString(ShareClass v) { return EnumToName(kShareClassNames, v); }
std::string ToString(ShareMethod v) { return EnumToName(kShareMethodNames, v); }
std::string ToString(AuthorizationMode v) { return EnumToName(kAuthorizationModeNames, v); }
std::string ToString(OpenClass v) { return EnumToName(kOpenClassNames, v); }
std::string ToString(UpdateCycle v) { return EnumToName(kUpdateCycleNames, v); }
std::string ToString(DataType v) { return EnumToName(kDataTypeNames, v); }
std::string ToString(PersonalInfoKind v) { return EnumToName(kPersonalInfoKindNames, v); }
std::string ToString(ResourceCategory v) { return EnumToName(kResourceCategoryNames, v); }
std::string ToString(FormatClass v) { return EnumToName(kFormatClassNames, v); }
std::string ToString(LegalBasisKind v) { return EnumToName(kLegalBasisKindNames, v); }
std::string ToString(DataGrade v) { return EnumToName(kDataGradeNames, v); }

ShareClass ParseShareClass(const std::string& n) {
  return ParseEnumOrThrow(kShareClassNames, n, "share class");
}
ShareMethod ParseShareMethod(const std::string& n) {
  return ParseEnumOrThrow(kShareMethodNames, n, "share method");
}
AuthorizationMode ParseAuthorizationMode(const std::string& n) {
  return ParseEnumOrThrow(kAuthorizationModeNames, n, "authorization mode");
}
OpenClass ParseOpenClass(const std::string& n) {
  return ParseEnumOrThrow(kOpenClassNames, n, "open class");
}
UpdateCycle ParseUpdateCycle(const std::string& n) {
  return ParseEnumOrThrow(kUpdateCycleNames, n, "update cycle");
}
DataType ParseDataType(const std::string& n) {
  return ParseEnumOrThrow(kDataTypeNames, n, "data type");
}
PersonalInfoKind ParsePersonalInfoKind(const std::string& n) {
  return ParseEnumOrThrow(kPersonalInfoKindNames, n, "personal information kind");
}
ResourceCategory ParseResourceCategory(const std::string& n) {
  return ParseEnumOrThrow(kResourceCategoryNames, n, "resource category");
}
FormatClass ParseFormatClass(const std::string& n) {
  return ParseEnumOrThrow(kFormatClassNames, n, "format class");
}
LegalBasisKind ParseLegalBasisKind(const std::string& n) {
  return ParseEnumOrThrow(kLegalBasisKindNames, n, "legal basis kind");
}

std::string ChineseLabel(ShareClass v) { return EnumToLabel(kShareClassNames, v); }
std::string ChineseLabel(ShareMethod v) { return EnumToLabel(kShareMethodNames, v); }
std::string ChineseLabel(AuthorizationMode v) { return EnumToLabel(kAuthorizationModeNames, v); }
std::string ChineseLabel(OpenClass v) { return EnumToLabel(kOpenClassNames, v); }
std::string ChineseLabel(UpdateCycle v) { return EnumToLabel(kUpdateCycleNames, v); }
std::string ChineseLabel(DataType v) { return EnumToLabel(kDataTypeNames, v); }
std::string ChineseLabel(PersonalInfoKind v) { return EnumToLabel(kPersonalInfoKindNames, v); }
std::string ChineseLabel(ResourceCategory v) { return EnumToLabel(kResourceCategoryNames, v); }
std::string ChineseLabel(FormatClass v) { return EnumToLabel(kFormatClassNames, v); }
std::string ChineseLabel(LegalBasisKind v) { return EnumToLabel(kLegalBasisKindNames, v); }
std::string ChineseLabel(DataGrade v) { return EnumToLabel(kDataGradeNames, v); }

std::vector<std::string> MissingNationalElements(const CatalogEntry& entry) {
  std::vector<std::string> out;
  if (!entry.data_grade) out.push_back("data_grade");
  const CatalogAssessment a = entry.assessment.value_or(CatalogAssessment{});
  if (!a.secrecy_risk) out.push_back("assessment.secrecy_risk");
  if (!a.personal_information) out.push_back("assessment.personal_information");
  if (a.approved_by.empty()) out.push_back("assessment.approved_by");
  if (!a.approved_on) out.push_back("assessment.approved_on");
  return out;
}

bool IsNationalNotSharedBasis(LegalBasisKind kind) {
  return kind == LegalBasisKind::kLaw || kind == LegalBasisKind::kAdministrativeRegulation ||
         kind == LegalBasisKind::kStateCouncilDecision;
}

std::vector<std::string> KnownCodeStandards() {
  return {"GB/T 2260",   "GB/T 2261.1", "GB/T 2261.2", "GB/T 3304",  "GB/T 4658",
          "GB/T 4761",   "GB/T 4754",   "GB 11643",    "GB 32100",   "GB/T 2659",
          "GB/T 6565",   "GB/T 8561",   "GB/T 12407",  "GB/T 13745", "GB/T 16502"};
}

bool IsWiderThan(ShareClass a, ShareClass b) {
  return static_cast<int>(a) < static_cast<int>(b);
}

}  // namespace govshare
