// catalog.h: enumerations, the catalog value types, enumeration names.
#include <string>

#include "bind.h"
#include "govshare/catalog.h"
#include "govshare/error.h"
#include "govshare/json.h"

namespace govshare::python {
namespace {

void BindEnums(py::module_& m) {
  py::enum_<ShareClass>(m, "ShareClass", "共享类型 (A8). JSON: unconditional, conditional, not_shared.")
      .value("UNCONDITIONAL", ShareClass::kUnconditional, "无条件共享: every department may use it")
      .value("CONDITIONAL", ShareClass::kConditional, "有条件共享: only within a stated scope")
      .value("NOT_SHARED", ShareClass::kNotShared,
             "不予共享: needs a legal basis filed with the bureau");

  py::enum_<ShareMethod>(m, "ShareMethod", "共享方式 (A13). JSON: table, api, file.")
      .value("TABLE", ShareMethod::kTable, "数据库表 (库表) through the department's front database")
      .value("API", ShareMethod::kApi, "接口 (API service)")
      .value("FILE", ShareMethod::kFile, "文件 / 文件夹");

  py::enum_<AuthorizationMode>(
      m, "AuthorizationMode",
      "授权方式 (A18). JSON: provider_direct, provider_to_platform, platform_direct.")
      .value("PROVIDER_DIRECT", AuthorizationMode::kProviderDirect,
             "the provider grants each consumer")
      .value("PROVIDER_TO_PLATFORM", AuthorizationMode::kProviderToPlatform,
             "the provider grants the platform as a whole")
      .value("PLATFORM_DIRECT", AuthorizationMode::kPlatformDirect,
             "the platform grants (unconditional, no 管控参数)");

  py::enum_<OpenClass>(m, "OpenClass",
                       "开放属性 (opening to the public). JSON: unconditional, conditional, not_open.")
      .value("UNCONDITIONAL", OpenClass::kUnconditional, "无条件开放")
      .value("CONDITIONAL", OpenClass::kConditional, "有条件开放")
      .value("NOT_OPEN", OpenClass::kNotOpen, "不予开放");

  py::enum_<UpdateCycle>(m, "UpdateCycle",
                         "更新周期. JSON: realtime, daily, weekly, monthly, quarterly, half_yearly, "
                         "yearly, other.")
      .value("REALTIME", UpdateCycle::kRealtime)
      .value("DAILY", UpdateCycle::kDaily)
      .value("WEEKLY", UpdateCycle::kWeekly)
      .value("MONTHLY", UpdateCycle::kMonthly)
      .value("QUARTERLY", UpdateCycle::kQuarterly)
      .value("HALF_YEARLY", UpdateCycle::kHalfYearly)
      .value("YEARLY", UpdateCycle::kYearly)
      .value("OTHER", UpdateCycle::kOther, "其他 / 不定期: CatalogEntry.update_cycle_note says what");

  py::enum_<DataType>(m, "DataType", "信息项数据类型, the guide's letter codes. JSON: the letter (C, N, ...).")
      .value("CHARACTER", DataType::kCharacter, "C 字符型")
      .value("NUMERIC", DataType::kNumeric, "N 数值型 (length = precision, scale = decimals)")
      .value("CURRENCY", DataType::kCurrency, "Y 货币型")
      .value("DATE", DataType::kDate, "D 日期型 (length 8)")
      .value("DATE_TIME", DataType::kDateTime, "T 日期时间型 (length 14, or 19 when formatted)")
      .value("LOGICAL", DataType::kLogical, "L 逻辑型 (length 1)")
      .value("MEMO", DataType::kMemo, "M 备注型 (length may be 0)")
      .value("GENERAL", DataType::kGeneral, "G 通用型 / binary (length may be 0)")
      .value("DOUBLE", DataType::kDouble, "B 双精度型 (length 8)")
      .value("INTEGER", DataType::kInteger, "I 整型 (length 1..20)")
      .value("FLOAT", DataType::kFloat, "F 浮点型 (length 4 or 8)");

  py::enum_<PersonalInfoKind>(m, "PersonalInfoKind",
                              "Kind of personal information a data item holds; drives masking. "
                              "JSON: none, id_card, name, mobile, phone, address, bank_card, "
                              "credit_code, email, other.")
      .value("NONE", PersonalInfoKind::kNone)
      .value("ID_CARD", PersonalInfoKind::kIdCard, "公民身份号码")
      .value("NAME", PersonalInfoKind::kName, "姓名")
      .value("MOBILE", PersonalInfoKind::kMobile, "手机号码")
      .value("PHONE", PersonalInfoKind::kPhone, "固定电话")
      .value("ADDRESS", PersonalInfoKind::kAddress, "地址")
      .value("BANK_CARD", PersonalInfoKind::kBankCard, "银行卡号")
      .value("CREDIT_CODE", PersonalInfoKind::kCreditCode, "统一社会信用代码")
      .value("EMAIL", PersonalInfoKind::kEmail, "电子邮箱")
      .value("OTHER", PersonalInfoKind::kOther, "other personal information");

  py::enum_<ResourceCategory>(m, "ResourceCategory",
                              "资源属性分类, the 类 digit of the classification code. JSON: basic, "
                              "theme, department.")
      .value("BASIC", ResourceCategory::kBasic, "1 基础信息资源")
      .value("THEME", ResourceCategory::kTheme, "2 主题信息资源")
      .value("DEPARTMENT", ResourceCategory::kDepartment, "3 部门信息资源");

  py::enum_<FormatClass>(m, "FormatClass",
                         "信息资源格式分类. JSON: electronic_file, spreadsheet, database, image, "
                         "streaming_media, self_describing, service_interface, other.")
      .value("ELECTRONIC_FILE", FormatClass::kElectronicFile, "电子文件")
      .value("SPREADSHEET", FormatClass::kSpreadsheet, "电子表格")
      .value("DATABASE", FormatClass::kDatabase, "数据库")
      .value("IMAGE", FormatClass::kImage, "图形图像")
      .value("STREAMING_MEDIA", FormatClass::kStreamingMedia, "流媒体")
      .value("SELF_DESCRIBING", FormatClass::kSelfDescribing, "自描述格式")
      .value("SERVICE_INTERFACE", FormatClass::kServiceInterface, "服务接口")
      .value("OTHER", FormatClass::kOther, "其他 (ResourceFormat.description says what)");

  py::enum_<LegalBasisKind>(m, "LegalBasisKind",
                            "Kind of legal basis for a not-shared entry (A8). JSON: law, regulation, "
                            "rule, policy.")
      .value("LAW", LegalBasisKind::kLaw, "法律")
      .value("REGULATION", LegalBasisKind::kRegulation, "法规, administrative or local — unspecified (say which: N14)")
      .value("RULE", LegalBasisKind::kRule, "规章")
      .value("POLICY", LegalBasisKind::kPolicy, "政策 (policy document)")
      .value("ADMINISTRATIVE_REGULATION", LegalBasisKind::kAdministrativeRegulation, "行政法规 (State Council)")
      .value("STATE_COUNCIL_DECISION", LegalBasisKind::kStateCouncilDecision, "国务院决定")
      .value("LOCAL_REGULATION", LegalBasisKind::kLocalRegulation, "地方性法规");
  py::enum_<DataGrade>(m, "DataGrade", "N13 数据分类分级: the data's grade (数据安全法 第二十一条).")
      .value("GENERAL", DataGrade::kGeneral, "一般数据")
      .value("IMPORTANT", DataGrade::kImportant, "重要数据")
      .value("CORE", DataGrade::kCore, "核心数据");
  m.def("is_national_not_shared_basis", &IsNationalNotSharedBasis, py::arg("kind"),
        "N14: whether a basis of this kind can make data not shared under the national regulation "
        "(a law, an administrative regulation or a State Council decision).");
}

void BindStructs(py::module_& m) {
  py::class_<Provider> provider(m, "Provider", "The department that provides the resource (信息资源提供方).");
  def_value_type(provider,
                 field("code", &Provider::code,
                       "信息资源提供方代码: the department's 统一社会信用代码 (GB 32100)."),
                 field("name", &Provider::name, "Full official name, e.g. 南通市公安局."));

  py::class_<Classification> classification(
      m, "Classification",
      "信息资源分类: 类 / 项 / 目 / 细目; together the 前段码 of the catalog code.");
  def_value_type(
      classification,
      field("category", &Classification::category, "类: basic / theme / department (1 digit in the code)."),
      field("domain", &Classification::domain, "项: two digits, e.g. \"01\" (人口) under basic."),
      field("group", &Classification::group, "目: three digits, e.g. \"001\"."),
      field("detail", &Classification::detail,
            "细目: digits or capital letters, width set by the coding scheme; may be empty."));

  py::class_<ResourceFormat> format(m, "ResourceFormat",
                                    "信息资源格式: 格式分类 + 格式类型 (+ description when other).");
  def_value_type(
      format, field("format_class", &ResourceFormat::format_class, "格式分类."),
      field("type", &ResourceFormat::type,
            "格式类型, e.g. \"Dm\", \"mysql\", \"xlsx\", \"pdf\", \"OFD\". May be empty."),
      field("description", &ResourceFormat::description,
            "其他类型资源格式描述: required when format_class is OTHER."));

  py::class_<CodeValue> code_value(m, "CodeValue", "One value of a code table, e.g. code \"1\", label \"男\".");
  def_value_type(code_value, field("code", &CodeValue::code, "The code."),
                 field("label", &CodeValue::label, "Its label."));

  py::class_<CodeTable> code_table(
      m, "CodeTable", "A code table (代码表) of the entry's data dictionary (A9), e.g. 性别代码.");
  def_value_type(
      code_table,
      field("id", &CodeTable::id,
            "Identifier that data items reference, e.g. \"性别代码\" or \"GB/T 2261.1\"."),
      field("name", &CodeTable::name, "Human-readable name."),
      field("standard", &CodeTable::standard,
            "The standard the table follows, if any (e.g. \"GB/T 2261.1-2003\")."),
      field("values", &CodeTable::values,
            "The values. A copy (list): assign a new list to change it."));

  py::class_<DataItem> item(m, "DataItem", "信息项: one field of the resource.");
  def_value_type(
      item, field("name", &DataItem::name, "信息项名称 (Chinese title), unique within the entry."),
      field("type", &DataItem::type, "数据类型."),
      field("length", &DataItem::length,
            "数据长度: bytes for C, precision for N/Y, 0 when not stated (M, G). Never negative."),
      field("scale", &DataItem::scale, "Decimal places for N and Y; 0 otherwise. Never negative."),
      field("description", &DataItem::description, "Description."),
      field("nullable", &DataItem::nullable, "Whether the item may be empty."),
      field("code_table", &DataItem::code_table,
            "Reference to a code table: the id of a table in the entry's dictionary or a national "
            "code standard (known_code_standards()). Empty when the item is not coded."),
      field("personal_info", &DataItem::personal_info, "Kind of personal information held."),
      field("share_class", &DataItem::share_class,
            "Item-level share class where it differs from the entry's; None otherwise."),
      field("open_class", &DataItem::open_class,
            "Item-level open class where it differs from the entry's; None otherwise."));

  py::class_<ShareScope> scope(m, "ShareScope",
                               "共享范围 of a conditional entry (A8): any combination, at least one.");
  def_value_type(
      scope,
      field("departments", &ShareScope::departments,
            "指定部门: credit codes of the departments that may use the whole entry. A copy (list)."),
      field("open_items", &ShareScope::open_items,
            "仅部分内容可提供给所有部门: items every department may use. A copy (list)."),
      field("masked_items", &ShareScope::masked_items,
            "应进行数据脱敏: items delivered only desensitized. A copy (list)."),
      field("comparison_only", &ShareScope::comparison_only,
            "数据比对: the entry is offered as comparison (match / no match) only, never as data "
            "— to every department except those named in departments, which receive the data."));
  scope.def("is_empty", &ShareScope::IsEmpty, "True when no part of the scope is stated.");

  py::class_<CatalogAssessment> assessment(
      m, "CatalogAssessment",
      "N13: the secrecy-risk and personal-information impact assessments and the department head's approval.");
  def_value_type(assessment, field("secrecy_risk", &CatalogAssessment::secrecy_risk, "保密风险评估 done."),
                 field("personal_information", &CatalogAssessment::personal_information,
                       "个人信息保护影响评估 done."),
                 field("approved_by", &CatalogAssessment::approved_by, "部门负责人 who approved the entry."),
                 field("approved_on", &CatalogAssessment::approved_on, "When; None if not recorded."));

  py::class_<LegalBasis> legal_basis(m, "LegalBasis",
                                     "Legal basis for not sharing (A8: 法律、法规、规章、政策等依据).");
  def_value_type(legal_basis, field("kind", &LegalBasis::kind, "Kind of instrument."),
                 field("title", &LegalBasis::title,
                       "Title of the instrument, e.g. 《中华人民共和国统计法》."),
                 field("article", &LegalBasis::article, "The article relied on, e.g. 第二十五条."));

  py::class_<ShareAttribute> share(m, "ShareAttribute", "共享属性 (A8, A13, A18).");
  def_value_type(
      share, field("share_class", &ShareAttribute::share_class, "共享类型."),
      field("conditions", &ShareAttribute::conditions,
            "共享条件: free text the provider states (optional for conditional, whose "
            "machine-readable part is scope)."),
      field("scope", &ShareAttribute::scope,
            "Required (non-empty) for conditional entries; empty otherwise."),
      field("legal_basis", &ShareAttribute::legal_basis,
            "Required for not-shared entries; None otherwise. Reading gives a copy: assign a "
            "LegalBasis to change it."),
      field("methods", &ShareAttribute::methods,
            "共享方式 offered (A13). Empty only for not-shared entries. A copy (list)."),
      field("parallel_approval", &ShareAttribute::parallel_approval,
            "Used in cross-department parallel approval (跨部门并联审批) -> API (A13)."),
      field("for_analysis", &ShareAttribute::for_analysis,
            "For governance / linking / analysis (治理、关联、分析) -> table (A13)."),
      field("front_database", &ShareAttribute::front_database,
            "前置库 the department shares tables through; required with table (A13)."),
      field("authorization_mode", &ShareAttribute::authorization_mode,
            "授权方式 (A18); required for shared entries; None when not stated."),
      field("controlled_parameters", &ShareAttribute::controlled_parameters,
            "管控参数 (A18): parameters whose use the provider controls. A copy (list)."));

  py::class_<OpenAttribute> open(m, "OpenAttribute", "开放属性: opening to the public.");
  def_value_type(open, field("open_class", &OpenAttribute::open_class, "开放类型."),
                 field("conditions", &OpenAttribute::conditions,
                       "开放条件: required when open_class is CONDITIONAL."),
                 field("method", &OpenAttribute::method,
                       "开放方式 (A7), e.g. 数据下载, 接口访问; required when the entry is open."));

  py::class_<CatalogEntry> entry(m, "CatalogEntry", R"doc(One catalog entry (目录条目) describing one information resource.

List fields (items, topics, dictionary, ...) read as copies, elements included:
``entry.items.append(x)`` and ``entry.items[0].name = ...`` change nothing.
Assign a whole list instead (``entry.items = [*entry.items, x]``).
Nested objects (``entry.provider``, ``entry.share.scope``) are references into the
entry and can be changed in place; optional ones (``publish_date``,
``share.legal_basis``) read as copies.)doc");
  // One-line JSON; the generic repr would be unreadable for twenty fields.
  // Defined before def_value_type, which then keeps it.
  entry.def("__repr__", [](const CatalogEntry& e) {
    try {
      return "CatalogEntry(" + EntryToJson(e, -1) + ")";
    } catch (const Error& ex) {  // text that is not UTF-8, an impossible date
      return std::string("<CatalogEntry, not representable: ") + ex.what() + ">";
    }
  });
  def_value_type(
      entry,
      field("code", &CatalogEntry::code,
            "信息资源代码 前段码/后段码; empty until the bureau assigns it (A7)."),
      field("name", &CatalogEntry::name, "信息资源名称."),
      field("summary", &CatalogEntry::summary,
            "信息资源摘要: what the resource holds and what it is used for."),
      field("provider", &CatalogEntry::provider, "信息资源提供方."),
      field("system_name", &CatalogEntry::system_name,
            "信息系统名称 (A7): the information system the data comes from."),
      field("classification", &CatalogEntry::classification, "信息资源分类."),
      field("topics", &CatalogEntry::topics,
            "主题 keywords used for search (A20), e.g. 人口, 社会保障. A copy (list)."),
      field("industry", &CatalogEntry::industry, "行业 (A20), e.g. 公共管理、社会保障和社会组织."),
      field("format", &CatalogEntry::format, "信息资源格式."),
      field("items", &CatalogEntry::items, "信息项. A copy (list): assign a new list to change it."),
      field("share", &CatalogEntry::share, "共享属性."),
      field("open", &CatalogEntry::open, "开放属性."),
      field("update_cycle", &CatalogEntry::update_cycle, "更新周期."),
      field("update_cycle_note", &CatalogEntry::update_cycle_note,
            "What OTHER means when update_cycle is OTHER (e.g. 不定期)."),
      field("publish_date", &CatalogEntry::publish_date,
            "发布日期; set when the entry is published, None before. Accepts a datetime.date. "
            "Reading gives a copy."),
      field("related_codes", &CatalogEntry::related_codes, "关联资源代码. A copy (list)."),
      field("dictionary", &CatalogEntry::dictionary,
            "数据字典 (A9): the code tables the items reference. A copy (list)."),
      field("data_standard", &CatalogEntry::data_standard,
            "数据标准 (A9): the data standard the resource follows."),
      field("secret", &CatalogEntry::secret,
            "涉密: a secret resource must never be on the platform (A3)."),
      field("data_grade", &CatalogEntry::data_grade,
            "N13 数据分类分级: a DataGrade; None in catalogs compiled before N13."),
      field("assessment", &CatalogEntry::assessment,
            "N13: the assessments and the department head's approval (a CatalogAssessment); None before N13."));
  m.def("missing_national_elements", &MissingNationalElements, py::arg("entry"),
        "N13: the field paths of the elements the regulation adds that the entry lacks (data_grade, "
        "assessment.*); empty when complete.");
  entry.def(py::self != py::self);

  py::class_<Catalog> catalog(m, "Catalog", R"doc(A set of catalog entries (one department's, or the city's).

``catalog.entries`` reads as a copy: assign a new list to change it.)doc");
  catalog.def("__repr__", [](const Catalog& c) {
    return "<Catalog with " + std::to_string(c.entries.size()) + " entries>";
  });
  def_value_type(catalog, field("entries", &Catalog::entries,
                                "The entries. A copy (list): assign a new list to change it."));
}

void BindNames(py::module_& m) {
  const char* name_doc =
      "The JSON/SQL name of an enumeration value, e.g. enum_name(ShareClass.NOT_SHARED) == "
      "'not_shared'.";
  m.def("enum_name", py::overload_cast<ShareClass>(&ToString), py::arg("value"), name_doc);
  m.def("enum_name", py::overload_cast<ShareMethod>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<AuthorizationMode>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<OpenClass>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<UpdateCycle>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<DataType>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<PersonalInfoKind>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<ResourceCategory>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<FormatClass>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<LegalBasisKind>(&ToString), py::arg("value"));
  m.def("enum_name", py::overload_cast<DataGrade>(&ToString), py::arg("value"));
  // enum_name(Severity) is added by bind_validation.

  const char* parse_doc =
      "Parses the JSON/SQL name; raises InvalidArgumentError listing the allowed names.";
  m.def("parse_share_class", &ParseShareClass, py::arg("name"), parse_doc);
  m.def("parse_share_method", &ParseShareMethod, py::arg("name"), parse_doc);
  m.def("parse_authorization_mode", &ParseAuthorizationMode, py::arg("name"), parse_doc);
  m.def("parse_open_class", &ParseOpenClass, py::arg("name"), parse_doc);
  m.def("parse_update_cycle", &ParseUpdateCycle, py::arg("name"), parse_doc);
  m.def("parse_data_type", &ParseDataType, py::arg("name"), parse_doc);
  m.def("parse_personal_info_kind", &ParsePersonalInfoKind, py::arg("name"), parse_doc);
  m.def("parse_resource_category", &ParseResourceCategory, py::arg("name"), parse_doc);
  m.def("parse_format_class", &ParseFormatClass, py::arg("name"), parse_doc);
  m.def("parse_legal_basis_kind", &ParseLegalBasisKind, py::arg("name"), parse_doc);

  const char* label_doc = "The Chinese label staff see, e.g. chinese_label(ShareClass.CONDITIONAL) == '有条件共享'.";
  m.def("chinese_label", py::overload_cast<ShareClass>(&ChineseLabel), py::arg("value"), label_doc);
  m.def("chinese_label", py::overload_cast<ShareMethod>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<AuthorizationMode>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<OpenClass>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<UpdateCycle>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<DataType>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<PersonalInfoKind>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<ResourceCategory>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<FormatClass>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<LegalBasisKind>(&ChineseLabel), py::arg("value"));
  m.def("chinese_label", py::overload_cast<DataGrade>(&ChineseLabel), py::arg("value"));

  m.def("known_code_standards", &KnownCodeStandards,
        "National code standards an item's code_table may name without the entry carrying the "
        "table itself (GB/T 2260, GB/T 2261.1, ...).");
  m.def("is_wider_than", &IsWiderThan, py::arg("a"), py::arg("b"),
        "Whether share class a is wider than b: unconditional > conditional > not shared.");
}

}  // namespace

void bind_catalog(py::module_& m) {
  BindEnums(m);
  BindStructs(m);
  BindNames(m);
}

}  // namespace govshare::python
