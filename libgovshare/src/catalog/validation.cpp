// Catalog quality checks. Each rule quotes the article it enforces; the table
// below is the single list of rules (ValidationRules(), docs/catalog-rules.md).
#include "govshare/validation.h"

#include <algorithm>
#include <map>
#include <set>

#include "govshare/error.h"
#include "govshare/identifiers.h"
#include "base/enum_names.h"
#include "base/text.h"
#include "catalog/validation_checker.h"

namespace govshare {
namespace {

using internal::CodePointCount;
using internal::HasOuterSpace;
using internal::IsValidUtf8;

const RuleInfo kRules[] = {
    {"entry.secret", "A3", Severity::kError, "涉密信息资源不得在共享平台编目",
     "A secret (涉密) resource may not be catalogued on the platform"},
    {"element.required", "A7", Severity::kError, "缺少目录必填要素",
     "A mandatory catalog element is missing"},
    {"element.search_keys", "A20", Severity::kWarning, "缺少主题或行业，影响按主题、行业检索",
     "Topics or industry missing: the entry cannot be found by topic or industry"},
    {"provider.code", "A7", Severity::kError, "提供方代码须为有效的统一社会信用代码",
     "The provider code must be a valid unified social credit code (GB 32100)"},
    {"classification.format", "A7", Severity::kError, "信息资源分类（类/项/目/细目）格式不正确",
     "The classification (类/项/目/细目) has the wrong form"},
    {"code.format", "A7", Severity::kError, "信息资源代码不符合编码规范",
     "The catalog code does not follow the coding scheme"},
    {"code.classification", "A7", Severity::kError, "信息资源代码前段码与分类不一致",
     "The catalog code's classification part does not match the classification"},
    {"text.utf8", "A10", Severity::kError, "文本不是有效的 UTF-8", "Text is not valid UTF-8"},
    {"name.trimmed", "A10", Severity::kError, "名称首尾不得有空白", "A name has leading or trailing spaces"},
    {"name.length", "A10", Severity::kError, "名称长度超出范围", "A name is too short or too long"},
    {"name.placeholder", "A10", Severity::kError, "名称不得为占位词（如 测试、待定）",
     "A name is a placeholder such as 测试 or 待定"},
    {"summary.length", "A10", Severity::kError, "摘要过短，无法理解资源内容",
     "The summary is too short to be understood"},
    {"summary.same_as_name", "A10", Severity::kWarning, "摘要与名称相同，未描述资源内容",
     "The summary repeats the name instead of describing the resource"},
    {"format.description", "A7", Severity::kError, "格式为“其他”时须填写格式描述",
     "A format of class other needs a description"},
    {"item.required", "A7", Severity::kError, "结构化资源须列出信息项",
     "A structured resource (database, spreadsheet, service interface) must list its data items"},
    {"item.name_unique", "A10", Severity::kError, "信息项名称重复", "Data item names must be unique"},
    {"item.type_length", "A9", Severity::kError, "数据长度与数据类型不一致",
     "The data length does not fit the data type"},
    {"item.code_table", "A9", Severity::kError, "信息项引用的代码表不存在",
     "A data item references a code table that does not exist"},
    {"item.share_wider", "A8", Severity::kError, "信息项共享类型宽于所属资源",
     "A data item is shared more widely than its entry"},
    {"item.open_wider", "A8", Severity::kError, "信息项开放类型宽于所属资源",
     "A data item is opened more widely than its entry"},
    {"dictionary.table", "A9", Severity::kError, "数据字典代码表不完整或重复",
     "A data dictionary code table is incomplete or duplicated"},
    {"dictionary.data_standard", "A9", Severity::kError, "须同步提供数据标准",
     "The data standard must be provided with the entry"},
    {"share.conditional_scope", "A8", Severity::kError, "有条件共享须标明共享范围",
     "A conditional entry must state its share scope"},
    {"share.scope_items", "A8", Severity::kError, "共享范围引用了不存在的信息项",
     "The share scope names a data item the entry does not have"},
    {"share.scope_departments", "A8", Severity::kError, "共享范围中的部门代码无效",
     "The share scope names a department code that is not valid"},
    {"share.scope_overlap", "A8", Severity::kError, "同一信息项不得既对所有部门开放又须脱敏",
     "An item cannot be both open to every department and masked"},
    {"share.scope_unexpected", "A8", Severity::kError, "只有有条件共享可设共享范围",
     "Only a conditional entry may carry a share scope"},
    {"share.legal_basis", "A8", Severity::kError, "不予共享须提供法律、法规、规章或政策依据",
     "A not-shared entry must cite its legal basis (law, regulation, rule or policy)"},
    {"share.legal_basis_national", "N14", Severity::kWarning,
     "不予共享须有法律、行政法规或国务院决定明确规定（政务数据共享条例第十四条）",
     "A not-shared entry must rest on a law, an administrative regulation or a State Council decision "
     "(N14, in force 2025-08-01); the bureau reviews a lower basis"},
    {"share.legal_basis_unexpected", "A8", Severity::kWarning, "共享资源无需不予共享依据",
     "A shared entry carries a legal basis for not sharing"},
    {"share.methods_required", "A13", Severity::kError, "共享资源须选择共享方式（库表、接口、文件）",
     "A shared entry must offer at least one share method (table, api, file)"},
    {"share.methods_duplicate", "A13", Severity::kError, "共享方式重复", "A share method is listed twice"},
    {"share.not_shared_offer", "A8", Severity::kError, "不予共享资源不得提供共享方式或授权方式",
     "A not-shared entry may not offer share methods or an authorization mode"},
    {"share.personal_info", "A28", Severity::kWarning, "无条件共享的资源含个人信息项",
     "An unconditionally shared entry holds personal information"},
    {"method.api_required", "A13", Severity::kError, "变化频繁、时效性较强或用于跨部门并联审批的资源须采用接口共享",
     "Frequently changing, time-critical resources (realtime or daily by default) and resources used in "
     "parallel approval must be offered by API"},
    {"method.table_required", "A13", Severity::kError, "用于治理、关联、分析的资源须采用库表共享",
     "Resources for governance, linking or analysis must be offered as tables"},
    {"method.front_database", "A13", Severity::kError, "库表共享须指明部门共享前置库",
     "Table sharing must name the department's front database"},
    {"auth.mode_required", "A18", Severity::kError, "共享资源注册时须明确授权方式",
     "A shared entry must state its authorization mode"},
    {"auth.platform_direct", "A18", Severity::kError, "平台直接授权仅适用于无条件共享且无管控参数的资源",
     "Platform-direct authorization is only for unconditional entries without controlled parameters"},
    {"auth.platform_direct_expected", "A18", Severity::kError, "无条件共享且无管控参数的资源由平台直接授权",
     "An unconditional entry without controlled parameters is granted by the platform directly"},
    {"auth.controlled_parameters", "A18", Severity::kError, "管控参数为空或重复",
     "A controlled parameter is empty or duplicated"},
    {"open.conditions", "A7", Severity::kError, "有条件开放须填写开放条件",
     "Conditional opening needs its conditions"},
    {"open.wider_than_share", "A10", Severity::kError, "不予共享的资源或信息项不得向社会开放",
     "A resource or item not shared among departments cannot be opened to the public"},
    {"open.method", "A7", Severity::kError, "向社会开放的资源须说明开放方式",
     "A resource opened to the public must state its open method"},
    {"update_cycle.note", "A14", Severity::kError, "更新周期为“其他”时须说明",
     "An update cycle of other needs a note"},
    {"related.format", "A7", Severity::kError, "关联资源代码无效", "A related code is not a valid catalog code"},
    {"publish_date.required", "A7", Severity::kError, "发布时须填写发布日期",
     "A published entry needs its publish date"},
    {"catalog.duplicate_code", "A7", Severity::kError, "信息资源代码重复",
     "Two entries have the same catalog code"},
    {"catalog.duplicate_name", "A10", Severity::kError, "同一提供部门的信息资源名称重复",
     "One provider has two entries with the same name"},
    {"catalog.related_unresolved", "A7", Severity::kError, "关联资源代码在目录中不存在",
     "A related code names no entry of the catalog"},
};

const RuleInfo& Rule(const std::string& id) {
  for (const auto& r : kRules)
    if (r.rule_id == id) return r;
  // A programming error: every id used below is in the table (tested).
  static const RuleInfo kUnknown{"unknown", "", Severity::kError, "未知规则", "unknown rule"};
  return kUnknown;
}

// Placeholders that do not name a resource (A10 命名的准确性).
const char* const kPlaceholders[] = {"测试", "待定", "暂无", "无", "未命名", "新建", "临时", "样例",
                                     "示例", "xxx", "test", "tbd", "todo", "null", "none", "n/a",
                                     "temp", "demo", "未知", "其他"};

bool IsPlaceholder(const std::string& name) {
  const std::string lower = internal::AsciiLower(name);
  for (const char* p : kPlaceholders) {
    if (lower == p) return true;
  }
  // 测试数据, 测试目录1, test123 …: a placeholder word followed by digits or 数据/目录/资源.
  static const char* const kPrefixes[] = {"测试", "test", "待定", "xxx"};
  for (const char* p : kPrefixes) {
    const std::string prefix = p;
    if (lower.compare(0, prefix.size(), prefix) == 0) {
      const std::string rest = lower.substr(prefix.size());
      const bool digits = !rest.empty() && std::all_of(rest.begin(), rest.end(),
                                                       [](char c) { return c >= '0' && c <= '9'; });
      if (digits || rest == "数据" || rest == "目录" || rest == "资源" || rest == "信息") return true;
    }
  }
  return false;
}

}  // namespace

namespace validation_detail {

void Checker::Add(const std::string& rule_id, const std::string& path, const std::string& zh,
                  const std::string& en) {
  const RuleInfo& rule = Rule(rule_id);
  Finding f;
  f.rule_id = rule.rule_id;
  f.article = rule.article;
  f.path = prefix_ + path;
  f.severity = rule.severity;
  f.message_zh = rule.description_zh + (zh.empty() ? "" : "：" + zh);
  f.message_en = rule.description_en + (en.empty() ? "" : ": " + en);
  findings_.push_back(std::move(f));
}

bool Checker::Utf8(const std::string& s, const std::string& path) {
  if (IsValidUtf8(s)) return true;
  Add("text.utf8", path, "", "");
  return false;
}

void Checker::Name(const std::string& s, const std::string& path, int min_chars, int max_chars,
                   const std::string& what_zh, const std::string& what_en) {
  if (s.empty()) {
    Add("element.required", path, what_zh, what_en);
    return;
  }
  if (!Utf8(s, path)) return;
  if (HasOuterSpace(s)) Add("name.trimmed", path, "“" + s + "”", "\"" + s + "\"");
  const int n = CodePointCount(s);
  if (n < min_chars || n > max_chars) {
    Add("name.length", path,
        "“" + s + "” 为 " + std::to_string(n) + " 个字符，应为 " + std::to_string(min_chars) +
            "–" + std::to_string(max_chars) + " 个",
        "\"" + s + "\" has " + std::to_string(n) + " characters, allowed " +
            std::to_string(min_chars) + "-" + std::to_string(max_chars));
  }
  if (IsPlaceholder(s)) Add("name.placeholder", path, "“" + s + "”", "\"" + s + "\"");
}

}  // namespace validation_detail

using validation_detail::Checker;
using validation_detail::CheckDictionary;
using validation_detail::CheckItems;
using validation_detail::CheckShare;
using validation_detail::Idx;

namespace {

std::vector<Finding> ValidateWithPrefix(const CatalogEntry& e, const ValidationOptions& options,
                                        const std::string& prefix) {
  Checker c(options, prefix);
  if (e.secret) c.Add("entry.secret", "secret", "", "");

  c.Name(e.name, "name", options.min_name_chars, options.max_name_chars, "信息资源名称",
         "resource name");
  if (e.summary.empty()) {
    c.Add("element.required", "summary", "信息资源摘要", "summary");
  } else if (c.Utf8(e.summary, "summary")) {
    const int n = CodePointCount(e.summary);
    if (n < options.min_summary_chars) {
      c.Add("summary.length", "summary",
            std::to_string(n) + " 个字符，至少 " + std::to_string(options.min_summary_chars) + " 个",
            std::to_string(n) + " characters, at least " + std::to_string(options.min_summary_chars));
    }
    if (e.summary == e.name) c.Add("summary.same_as_name", "summary", "", "");
  }

  // A7: provider.
  if (e.provider.code.empty()) {
    c.Add("element.required", "provider.code", "信息资源提供方代码", "provider code");
  } else if (!IsValidCreditCode(e.provider.code)) {
    c.Add("provider.code", "provider.code", "“" + e.provider.code + "”", "\"" + e.provider.code + "\"");
  }
  if (e.provider.name.empty()) {
    c.Add("element.required", "provider.name", "信息资源提供方", "provider name");
  } else {
    c.Utf8(e.provider.name, "provider.name");
  }
  if (e.system_name.empty()) {
    c.Add("element.required", "system_name", "信息系统名称", "information system name");
  } else {
    c.Utf8(e.system_name, "system_name");
  }

  // A7: classification and code.
  std::string front;
  try {
    front = ClassificationCode(e.classification, options.code_scheme);
  } catch (const Error& ex) {
    c.Add("classification.format", "classification", "", ex.what());
  }
  if (!e.code.empty()) {
    try {
      const CatalogCode code = ParseCatalogCode(e.code, options.code_scheme);
      if (!front.empty() && !(code.classification == e.classification)) {
        c.Add("code.classification", "code", "“" + e.code + "” 与分类 " + front + " 不一致",
              "\"" + e.code + "\" does not start with " + front);
      }
    } catch (const Error& ex) {
      c.Add("code.format", "code", "“" + e.code + "”", ex.what());
    }
  }

  // A20: search keys.
  for (size_t i = 0; i < e.topics.size(); ++i) c.Utf8(e.topics[i], Idx("topics", i));
  if (e.topics.empty()) c.Add("element.search_keys", "topics", "主题", "topics");
  if (e.industry.empty()) {
    c.Add("element.search_keys", "industry", "行业", "industry");
  } else {
    c.Utf8(e.industry, "industry");
  }

  // A7: format.
  c.Utf8(e.format.type, "format.type");
  c.Utf8(e.format.description, "format.description");
  if (e.format.format_class == FormatClass::kOther && e.format.description.empty()) {
    c.Add("format.description", "format.description", "", "");
  }

  CheckItems(e, c);
  CheckDictionary(e, c);
  CheckShare(e, options, c);

  // Open attribute.
  c.Utf8(e.open.conditions, "open.conditions");
  if (e.open.open_class == OpenClass::kConditional && e.open.conditions.empty()) {
    c.Add("open.conditions", "open.conditions", "", "");
  }
  c.Utf8(e.open.method, "open.method");
  if (e.share.share_class == ShareClass::kNotShared && e.open.open_class != OpenClass::kNotOpen) {
    c.Add("open.wider_than_share", "open.class", ChineseLabel(e.open.open_class),
          ToString(e.open.open_class));
  } else if (e.open.open_class != OpenClass::kNotOpen && e.open.method.empty()) {
    c.Add("open.method", "open.method", "", "");
  }

  // A14: update cycle.
  c.Utf8(e.update_cycle_note, "update_cycle_note");
  if (e.update_cycle == UpdateCycle::kOther && e.update_cycle_note.empty()) {
    c.Add("update_cycle.note", "update_cycle_note", "", "");
  }

  // A7: related codes, publish date.
  for (size_t i = 0; i < e.related_codes.size(); ++i) {
    const std::string& r = e.related_codes[i];
    if (!IsValidCatalogCode(r, options.code_scheme)) {
      c.Add("related.format", Idx("related_codes", i), "“" + r + "”", "\"" + r + "\"");
    } else if (!e.code.empty() && r == e.code) {
      c.Add("related.format", Idx("related_codes", i), "不得关联自身", "an entry cannot relate to itself");
    }
  }
  if (e.publish_date && !e.publish_date->IsValid()) {
    c.Add("element.required", "publish_date", "发布日期无效", "the publish date does not exist");
  } else if (!e.publish_date && options.require_publish_date) {
    c.Add("publish_date.required", "publish_date", "", "");
  }
  return c.Take();
}

}  // namespace

std::vector<Finding> Validate(const CatalogEntry& entry, const ValidationOptions& options) {
  return ValidateWithPrefix(entry, options, "");
}

std::vector<Finding> Validate(const CatalogEntry& entry) {
  return Validate(entry, ValidationOptions{});
}

std::vector<Finding> ValidateCatalog(const Catalog& catalog, const ValidationOptions& options) {
  std::vector<Finding> all;
  Checker c(options, "");
  std::map<std::string, size_t> codes;
  std::map<std::pair<std::string, std::string>, size_t> names;
  for (size_t i = 0; i < catalog.entries.size(); ++i) {
    const CatalogEntry& e = catalog.entries[i];
    const std::string p = Idx("entries", i);
    auto findings = ValidateWithPrefix(e, options, p + ".");
    all.insert(all.end(), findings.begin(), findings.end());
    if (!e.code.empty()) {
      auto [it, fresh] = codes.emplace(e.code, i);
      if (!fresh) {
        c.Add("catalog.duplicate_code", p + ".code",
              "“" + e.code + "” 已用于 entries[" + std::to_string(it->second) + "]",
              "\"" + e.code + "\" is also used by entries[" + std::to_string(it->second) + "]");
      }
    }
    if (!e.name.empty()) {
      auto [it, fresh] = names.emplace(std::make_pair(e.provider.code, e.name), i);
      if (!fresh) {
        c.Add("catalog.duplicate_name", p + ".name",
              "“" + e.name + "” 已用于 entries[" + std::to_string(it->second) + "]",
              "\"" + e.name + "\" is also used by entries[" + std::to_string(it->second) + "]");
      }
    }
  }
  for (size_t i = 0; i < catalog.entries.size(); ++i) {
    const auto& related = catalog.entries[i].related_codes;
    for (size_t k = 0; k < related.size(); ++k) {
      if (IsValidCatalogCode(related[k], options.code_scheme) && !codes.count(related[k])) {
        c.Add("catalog.related_unresolved", Idx(Idx("entries", i) + ".related_codes", k),
              "“" + related[k] + "”", "\"" + related[k] + "\"");
      }
    }
  }
  auto extra = c.Take();
  all.insert(all.end(), extra.begin(), extra.end());
  return all;
}

std::vector<Finding> ValidateCatalog(const Catalog& catalog) {
  return ValidateCatalog(catalog, ValidationOptions{});
}

bool HasErrors(const std::vector<Finding>& findings) {
  return std::any_of(findings.begin(), findings.end(),
                     [](const Finding& f) { return f.severity == Severity::kError; });
}

std::vector<RuleInfo> ValidationRules() { return {std::begin(kRules), std::end(kRules)}; }

namespace {
const internal::EnumName<Severity> kSeverityNames[] = {
    {Severity::kError, "error", "错误"},
    {Severity::kWarning, "warning", "警告"},
};
}  // namespace

std::string ToString(Severity value) { return internal::EnumToName(kSeverityNames, value); }
Severity ParseSeverity(const std::string& name) { return internal::ParseEnumOrThrow(kSeverityNames, name, "severity"); }
std::string ChineseLabel(Severity value) { return internal::EnumToLabel(kSeverityNames, value); }

}  // namespace govshare