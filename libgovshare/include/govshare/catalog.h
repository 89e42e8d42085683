// libgovshare — the catalog model (政务信息资源目录).
//
// A CatalogEntry describes one information resource (政务信息资源) the way the
// national 《政务信息资源目录编制指南（试行）》 (发改高技〔2017〕1272号) core
// metadata does, plus what the Nantong rules add (A7: information system name,
// share method, open method; A8: share classes and scopes; A9: data dictionary
// and data standard; A13: share methods; A18: authorization mode).
//
// All types here are plain values: thread-compatible, freely copyable. Text is
// UTF-8. Enumerator values are stable (persisted in SQLite and in JSON by their
// snake_case names, see docs/catalog-format.md).
#ifndef GOVSHARE_CATALOG_H_
#define GOVSHARE_CATALOG_H_

#include <optional>
#include <string>
#include <vector>

#include "govshare/date.h"
#include "govshare/export.h"

namespace govshare {

/// 共享类型 (A8). JSON: `unconditional`, `conditional`, `not_shared`.
enum class ShareClass {
  kUnconditional = 1,  ///< 无条件共享: every department may use it
  kConditional = 2,    ///< 有条件共享: only within a stated scope
  kNotShared = 3,      ///< 不予共享: needs a legal basis filed with the bureau
};

/// 共享方式 (A13). JSON: `table`, `api`, `file`.
enum class ShareMethod {
  kTable = 1,  ///< 数据库表 (库表) through the department's front database
  kApi = 2,    ///< 接口 (API service)
  kFile = 3,   ///< 文件 / 文件夹
};

/// 授权方式 (A18). JSON: `provider_direct`, `provider_to_platform`,
/// `platform_direct`.
enum class AuthorizationMode {
  kProviderDirect = 1,      ///< the provider grants each consumer
  kProviderToPlatform = 2,  ///< the provider grants the platform as a whole
  kPlatformDirect = 3,      ///< the platform grants (unconditional, no 管控参数)
};

/// 开放属性 (opening to the public, separate from sharing). JSON:
/// `unconditional`, `conditional`, `not_open`.
enum class OpenClass {
  kUnconditional = 1,  ///< 无条件开放
  kConditional = 2,    ///< 有条件开放
  kNotOpen = 3,        ///< 不予开放
};

/// 更新周期. JSON: `realtime`, `daily`, `weekly`, `monthly`, `quarterly`,
/// `half_yearly`, `yearly`, `other`.
enum class UpdateCycle {
  kRealtime = 1,
  kDaily = 2,
  kWeekly = 3,
  kMonthly = 4,
  kQuarterly = 5,
  kHalfYearly = 6,
  kYearly = 7,
  kOther = 8,  ///< 其他 / 不定期: CatalogEntry::update_cycle_note says what
};

/// 信息项数据类型, the guide's letter codes. JSON: the letter (`C`, `N`, …).
enum class DataType {
  kCharacter = 1,  ///< C 字符型
  kNumeric = 2,    ///< N 数值型 (length = precision, scale = decimals)
  kCurrency = 3,   ///< Y 货币型
  kDate = 4,       ///< D 日期型 (length 8)
  kDateTime = 5,   ///< T 日期时间型 (length 14, or 19 when formatted)
  kLogical = 6,    ///< L 逻辑型 (length 1)
  kMemo = 7,       ///< M 备注型 (length may be 0)
  kGeneral = 8,    ///< G 通用型 / binary (length may be 0)
  kDouble = 9,     ///< B 双精度型 (length 8)
  kInteger = 10,   ///< I 整型 (length 1..20)
  kFloat = 11,     ///< F 浮点型 (length 4 or 8)
};

/// Kind of personal information a data item holds; drives masking.
/// JSON: `none`, `id_card`, `name`, `mobile`, `phone`, `address`,
/// `bank_card`, `credit_code`, `email`, `other`.
enum class PersonalInfoKind {
  kNone = 0,
  kIdCard = 1,      ///< 公民身份号码
  kName = 2,        ///< 姓名
  kMobile = 3,      ///< 手机号码
  kPhone = 4,       ///< 固定电话
  kAddress = 5,     ///< 地址
  kBankCard = 6,    ///< 银行卡号
  kCreditCode = 7,  ///< 统一社会信用代码
  kEmail = 8,       ///< 电子邮箱
  kOther = 9,       ///< other personal information
};

/// 资源属性分类, the 类 digit of the classification code.
/// JSON: `basic`, `theme`, `department`.
enum class ResourceCategory {
  kBasic = 1,       ///< 1 基础信息资源
  kTheme = 2,       ///< 2 主题信息资源
  kDepartment = 3,  ///< 3 部门信息资源
};

/// 信息资源格式分类. JSON: `electronic_file`, `spreadsheet`, `database`,
/// `image`, `streaming_media`, `self_describing`, `service_interface`, `other`.
enum class FormatClass {
  kElectronicFile = 1,    ///< 电子文件
  kSpreadsheet = 2,       ///< 电子表格
  kDatabase = 3,          ///< 数据库
  kImage = 4,             ///< 图形图像
  kStreamingMedia = 5,    ///< 流媒体
  kSelfDescribing = 6,    ///< 自描述格式
  kServiceInterface = 7,  ///< 服务接口
  kOther = 8,             ///< 其他 (ResourceFormat::description says what)
};

/// Kind of legal basis for a not-shared entry (A8). JSON: `law`,
/// `regulation`, `rule`, `policy`.
enum class LegalBasisKind {
  kLaw = 1,         ///< 法律
  kRegulation = 2,  ///< 法规, administrative or local — unspecified (say which: N14)
  kRule = 3,        ///< 规章
  kPolicy = 4,      ///< 政策 (policy document)
  kAdministrativeRegulation = 5,  ///< 行政法规 (State Council)
  kStateCouncilDecision = 6,      ///< 国务院决定
  kLocalRegulation = 7,           ///< 地方性法规
};

/// N14 法律、行政法规以及国务院决定明确规定不能提供给其他政府部门共享使用的政务数据属于不予共享类:
/// whether a basis of `kind` can make data not shared under the national
/// regulation (in force 2025-08-01) — a law, an administrative regulation or a
/// State Council decision. A8's lower bases (法规 unspecified, 规章, 政策, a
/// local regulation) cannot.
GOVSHARE_EXPORT bool IsNationalNotSharedBasis(LegalBasisKind kind);

struct CatalogEntry;
/// N13: the elements the regulation adds to an entry that `entry` lacks, as
/// field paths — `data_grade` (数据分类分级), `assessment.secrecy_risk`,
/// `assessment.personal_information` (the two assessments), `assessment.approved_by`,
/// `assessment.approved_on` (the department head's approval). Empty when complete.
GOVSHARE_EXPORT std::vector<std::string> MissingNationalElements(const CatalogEntry& entry);

/// N13 数据分类分级: the grade of the data (数据安全法 第二十一条 一般数据、重要数据、核心数据).
enum class DataGrade {
  kGeneral = 1,    ///< 一般数据
  kImportant = 2,  ///< 重要数据
  kCore = 3,       ///< 核心数据
};

/// N13 政府部门编制政务数据目录，应当依法开展保密风险、个人信息保护影响等评估，并经部门负责人审核同意:
/// the record of the assessments and the head's approval of the entry.
struct GOVSHARE_EXPORT CatalogAssessment {
  /// 保密风险评估 done.
  bool secrecy_risk = false;
  /// 个人信息保护影响评估 done.
  bool personal_information = false;
  /// 部门负责人: who approved the entry, and when.
  std::string approved_by;
  std::optional<Date> approved_on;
  bool operator==(const CatalogAssessment& o) const {
    return secrecy_risk == o.secrecy_risk && personal_information == o.personal_information &&
           approved_by == o.approved_by && approved_on == o.approved_on;
  }
};

/// The department that provides the resource (信息资源提供方).
struct GOVSHARE_EXPORT Provider {
  /// 信息资源提供方代码: the department's 统一社会信用代码 (GB 32100).
  std::string code;
  /// Full official name, e.g. 南通市公安局.
  std::string name;
  bool operator==(const Provider& o) const { return code == o.code && name == o.name; }
};

/// 信息资源分类: 类 / 项 / 目 / 细目. Together they form the 前段码 of the
/// catalog code (see catalog_code.h and docs/catalog-coding.md).
struct GOVSHARE_EXPORT Classification {
  /// 类: basic / theme / department (1 digit in the code).
  ResourceCategory category = ResourceCategory::kBasic;
  /// 项: two digits, e.g. "01" (人口) under basic.
  std::string domain;
  /// 目: three digits, e.g. "001".
  std::string group;
  /// 细目: digits or capital letters, width set by the coding scheme; may be empty.
  std::string detail;
  bool operator==(const Classification& o) const {
    return category == o.category && domain == o.domain && group == o.group && detail == o.detail;
  }
};

/// 信息资源格式: 格式分类 + 格式类型 (+ description when "other").
struct GOVSHARE_EXPORT ResourceFormat {
  FormatClass format_class = FormatClass::kDatabase;
  /// 格式类型, e.g. "Dm", "mysql", "xlsx", "pdf", "OFD". May be empty.
  std::string type;
  /// 其他类型资源格式描述: required when format_class is other.
  std::string description;
  bool operator==(const ResourceFormat& o) const {
    return format_class == o.format_class && type == o.type && description == o.description;
  }
};

/// One value of a code table, e.g. {"1", "男"}.
struct GOVSHARE_EXPORT CodeValue {
  std::string code;
  std::string label;
  bool operator==(const CodeValue& o) const { return code == o.code && label == o.label; }
};

/// A code table (代码表) of the entry's data dictionary (A9), e.g. 性别代码.
struct GOVSHARE_EXPORT CodeTable {
  /// Identifier that data items reference, e.g. "性别代码" or "GB/T 2261.1".
  std::string id;
  /// Human-readable name.
  std::string name;
  /// The standard the table follows, if any (e.g. "GB/T 2261.1-2003").
  std::string standard;
  std::vector<CodeValue> values;
  bool operator==(const CodeTable& o) const {
    return id == o.id && name == o.name && standard == o.standard && values == o.values;
  }
};

/// 信息项: one field of the resource.
struct GOVSHARE_EXPORT DataItem {
  /// 信息项名称 (Chinese title), unique within the entry.
  std::string name;
  DataType type = DataType::kCharacter;
  /// 数据长度: bytes for C, precision for N/Y, 0 when not stated (M, G).
  /// Never negative.
  int length = 0;
  /// Decimal places for N and Y; 0 otherwise. Never negative.
  int scale = 0;
  std::string description;
  bool nullable = true;
  /// Reference to a code table: the id of a table in the entry's
  /// dictionary or a national code standard the library knows
  /// (KnownCodeStandards()). Empty when the item is not coded.
  std::string code_table;
  PersonalInfoKind personal_info = PersonalInfoKind::kNone;
  /// Item-level share class where it differs from the entry's.
  std::optional<ShareClass> share_class;
  /// Item-level open class where it differs from the entry's.
  std::optional<OpenClass> open_class;
  bool operator==(const DataItem& o) const {
    return name == o.name && type == o.type && length == o.length && scale == o.scale &&
           description == o.description && nullable == o.nullable &&
           code_table == o.code_table && personal_info == o.personal_info &&
           share_class == o.share_class && open_class == o.open_class;
  }
};

/// 共享范围 of a conditional entry (A8): any combination, at least one.
struct GOVSHARE_EXPORT ShareScope {
  /// 指定部门: credit codes of the departments that may use the whole entry.
  std::vector<std::string> departments;
  /// 仅部分内容可提供给所有部门: items every department may use.
  std::vector<std::string> open_items;
  /// 应进行数据脱敏: items delivered only desensitized.
  std::vector<std::string> masked_items;
  /// 数据比对: the entry is offered as comparison (match / no match) only,
  /// never as data — to every department except those named in
  /// `departments`, which receive the data itself.
  bool comparison_only = false;

  /// True when no part of the scope is stated.
  bool IsEmpty() const {
    return departments.empty() && open_items.empty() && masked_items.empty() && !comparison_only;
  }
  bool operator==(const ShareScope& o) const {
    return departments == o.departments && open_items == o.open_items &&
           masked_items == o.masked_items && comparison_only == o.comparison_only;
  }
};

/// Legal basis for not sharing (A8: 法律、法规、规章、政策等依据).
struct GOVSHARE_EXPORT LegalBasis {
  LegalBasisKind kind = LegalBasisKind::kLaw;
  /// Title of the instrument, e.g. 《中华人民共和国统计法》.
  std::string title;
  /// The article relied on, e.g. 第二十五条.
  std::string article;
  bool operator==(const LegalBasis& o) const {
    return kind == o.kind && title == o.title && article == o.article;
  }
};

/// 共享属性 (A8, A13, A18).
struct GOVSHARE_EXPORT ShareAttribute {
  ShareClass share_class = ShareClass::kUnconditional;
  /// 共享条件: free text the provider states (optional for conditional,
  /// whose machine-readable part is `scope`).
  std::string conditions;
  /// Required (non-empty) for conditional entries; empty otherwise.
  ShareScope scope;
  /// Required for not-shared entries; absent otherwise.
  std::optional<LegalBasis> legal_basis;
  /// 共享方式 offered (A13). Empty only for not-shared entries.
  std::vector<ShareMethod> methods;
  /// Used in cross-department parallel approval (跨部门并联审批) → API (A13).
  bool parallel_approval = false;
  /// For governance / linking / analysis (治理、关联、分析) → table (A13).
  bool for_analysis = false;
  /// 前置库 the department shares tables through; required with table (A13).
  std::string front_database;
  /// 授权方式 (A18); required for shared entries.
  std::optional<AuthorizationMode> authorization_mode;
  /// 管控参数 (A18): parameters whose use the provider controls.
  std::vector<std::string> controlled_parameters;
  bool operator==(const ShareAttribute& o) const {
    return share_class == o.share_class && conditions == o.conditions && scope == o.scope &&
           legal_basis == o.legal_basis && methods == o.methods &&
           parallel_approval == o.parallel_approval && for_analysis == o.for_analysis &&
           front_database == o.front_database && authorization_mode == o.authorization_mode &&
           controlled_parameters == o.controlled_parameters;
  }
};

/// 开放属性: opening to the public.
struct GOVSHARE_EXPORT OpenAttribute {
  OpenClass open_class = OpenClass::kNotOpen;
  /// 开放条件: required when open_class is conditional.
  std::string conditions;
  /// 开放方式 (A7), e.g. 数据下载, 接口访问; required when the entry is open.
  std::string method;
  bool operator==(const OpenAttribute& o) const {
    return open_class == o.open_class && conditions == o.conditions && method == o.method;
  }
};

/// One catalog entry (目录条目) describing one information resource.
struct GOVSHARE_EXPORT CatalogEntry {
  /// 信息资源代码 `前段码/后段码`; empty until the bureau assigns it (A7).
  std::string code;
  /// 信息资源名称.
  std::string name;
  /// 信息资源摘要: what the resource holds and what it is used for.
  std::string summary;
  Provider provider;
  /// 信息系统名称 (A7): the information system the data comes from.
  std::string system_name;
  Classification classification;
  /// 主题 keywords used for search (A20), e.g. 人口, 社会保障.
  std::vector<std::string> topics;
  /// 行业 (A20), e.g. 公共管理、社会保障和社会组织.
  std::string industry;
  ResourceFormat format;
  std::vector<DataItem> items;
  ShareAttribute share;
  OpenAttribute open;
  UpdateCycle update_cycle = UpdateCycle::kDaily;
  /// What "other" means when update_cycle is other (e.g. 不定期).
  std::string update_cycle_note;
  /// 发布日期; set when the entry is published.
  std::optional<Date> publish_date;
  /// 关联资源代码.
  std::vector<std::string> related_codes;
  /// 数据字典 (A9): the code tables the items reference.
  std::vector<CodeTable> dictionary;
  /// 数据标准 (A9): the data standard the resource follows.
  std::string data_standard;
  /// 涉密: a secret resource must never be on the platform (A3).
  bool secret = false;
  /// N13 数据分类分级: the data's grade (absent in catalogs compiled before N13).
  std::optional<DataGrade> data_grade;
  /// N13: the assessments and the department head's approval (absent before N13).
  std::optional<CatalogAssessment> assessment;

  bool operator==(const CatalogEntry& o) const;
  bool operator!=(const CatalogEntry& o) const { return !(*this == o); }
};

/// A set of catalog entries (one department's, or the city's).
struct GOVSHARE_EXPORT Catalog {
  std::vector<CatalogEntry> entries;
  bool operator==(const Catalog& o) const { return entries == o.entries; }
};

// ---- enumeration names -------------------------------------------------------
// ToString gives the JSON/SQL name; the Parse functions accept exactly those
// names and throw the invalid-argument error listing the allowed ones.
// ChineseLabel gives the label staff see (e.g. 有条件共享).

GOVSHARE_EXPORT std::string ToString(ShareClass value);
GOVSHARE_EXPORT std::string ToString(ShareMethod value);
GOVSHARE_EXPORT std::string ToString(AuthorizationMode value);
GOVSHARE_EXPORT std::string ToString(OpenClass value);
GOVSHARE_EXPORT std::string ToString(UpdateCycle value);
GOVSHARE_EXPORT std::string ToString(DataType value);
GOVSHARE_EXPORT std::string ToString(PersonalInfoKind value);
GOVSHARE_EXPORT std::string ToString(ResourceCategory value);
GOVSHARE_EXPORT std::string ToString(FormatClass value);
GOVSHARE_EXPORT std::string ToString(LegalBasisKind value);
GOVSHARE_EXPORT std::string ToString(DataGrade value);

GOVSHARE_EXPORT ShareClass ParseShareClass(const std::string& name);
GOVSHARE_EXPORT ShareMethod ParseShareMethod(const std::string& name);
GOVSHARE_EXPORT AuthorizationMode ParseAuthorizationMode(const std::string& name);
GOVSHARE_EXPORT OpenClass ParseOpenClass(const std::string& name);
GOVSHARE_EXPORT UpdateCycle ParseUpdateCycle(const std::string& name);
GOVSHARE_EXPORT DataType ParseDataType(const std::string& name);
GOVSHARE_EXPORT PersonalInfoKind ParsePersonalInfoKind(const std::string& name);
GOVSHARE_EXPORT ResourceCategory ParseResourceCategory(const std::string& name);
GOVSHARE_EXPORT FormatClass ParseFormatClass(const std::string& name);
GOVSHARE_EXPORT LegalBasisKind ParseLegalBasisKind(const std::string& name);

GOVSHARE_EXPORT std::string ChineseLabel(ShareClass value);
GOVSHARE_EXPORT std::string ChineseLabel(ShareMethod value);
GOVSHARE_EXPORT std::string ChineseLabel(AuthorizationMode value);
GOVSHARE_EXPORT std::string ChineseLabel(OpenClass value);
GOVSHARE_EXPORT std::string ChineseLabel(UpdateCycle value);
GOVSHARE_EXPORT std::string ChineseLabel(DataType value);
GOVSHARE_EXPORT std::string ChineseLabel(PersonalInfoKind value);
GOVSHARE_EXPORT std::string ChineseLabel(ResourceCategory value);
GOVSHARE_EXPORT std::string ChineseLabel(FormatClass value);
GOVSHARE_EXPORT std::string ChineseLabel(LegalBasisKind value);
GOVSHARE_EXPORT std::string ChineseLabel(DataGrade value);

/// National code standards an item's code_table may name without the entry
/// carrying the table itself (GB/T 2260, GB/T 2261.1, …).
GOVSHARE_EXPORT std::vector<std::string> KnownCodeStandards();

/// Whether an item may be shared more widely than `entry_class`:
/// unconditional is wider than conditional, which is wider than not shared.
GOVSHARE_EXPORT bool IsWiderThan(ShareClass a, ShareClass b);

}  // namespace govshare

#endif  // GOVSHARE_CATALOG_H_
