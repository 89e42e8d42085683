// Catalog quality checks of the data items and the data dictionary: A7
// (structured resources list their items), A8 (an item is not shared or
// opened more widely than its entry), A9 (data type and length, code tables,
// the data standard), A10 (unique item names, no item opened that is not
// shared). The rules are in the table of validation.cpp.
#include "catalog/validation_checker.h"

#include <algorithm>
#include <set>

#include "govshare/identifiers.h"
#include "base/catalog_tables.h"

namespace govshare {
namespace validation_detail {
namespace {

bool StructuredFormat(FormatClass f) {
  return f == FormatClass::kDatabase || f == FormatClass::kSpreadsheet ||
         f == FormatClass::kServiceInterface;
}

// A9: 数据长度 consistent with 数据类型. Returns an explanation or "".
std::string LengthProblem(const DataItem& item) {
  const int len = item.length;
  const int scale = item.scale;
  const bool decimal = item.type == DataType::kNumeric || item.type == DataType::kCurrency;
  if (len < 0 || scale < 0) return "length and scale may not be negative";
  if (scale != 0 && !decimal) return "only N and Y may have a scale";
  switch (item.type) {
    case DataType::kCharacter:
      if (len < 1 || len > 4000) return "type C needs a length of 1..4000 bytes";
      break;
    case DataType::kNumeric:
    case DataType::kCurrency:
      if (len < 1 || len > 38) return "types N and Y need a precision of 1..38";
      if (scale > len) return "the scale may not exceed the precision";
      break;
    case DataType::kDate:
      if (len != 8 && len != 10) return "type D has length 8 (YYYYMMDD) or 10 (YYYY-MM-DD)";
      break;
    case DataType::kDateTime:
      if (len != 14 && len != 19) return "type T has length 14 (YYYYMMDDhhmmss) or 19";
      break;
    case DataType::kLogical:
      if (len != 1) return "type L has length 1";
      break;
    case DataType::kMemo:
    case DataType::kGeneral:
      break;
    case DataType::kDouble:
      if (len != 8) return "type B has length 8";
      break;
    case DataType::kInteger:
      if (len < 1 || len > 20) return "type I needs a length of 1..20";
      break;
    case DataType::kFloat:
      if (len != 4 && len != 8) return "type F has length 4 or 8";
      break;
    default:
      return "unknown data type";
  }
  return "";
}

}  // namespace

void CheckItems(const CatalogEntry& e, Checker& c) {
  if (e.items.empty() && StructuredFormat(e.format.format_class)) {
    c.Add("item.required", "items", "", "format " + ToString(e.format.format_class));
  }
  std::set<std::string> dictionary_ids;
  for (const auto& t : e.dictionary) dictionary_ids.insert(t.id);
  const auto known = KnownCodeStandards();
  std::set<std::string> seen;
  for (size_t i = 0; i < e.items.size(); ++i) {
    const DataItem& item = e.items[i];
    const std::string p = Idx("items", i);
    c.Name(item.name, p + ".name", 1, c.options().max_item_name_chars, "信息项名称", "item name");
    if (!item.name.empty() && !seen.insert(item.name).second) {
      c.Add("item.name_unique", p + ".name", "“" + item.name + "”", "\"" + item.name + "\"");
    }
    if (!internal::IsKnownEnum(internal::kDataTypeNames, item.type)) {
      c.Add("item.type_length", p + ".type", "未知数据类型", "unknown data type");
    } else {
      const std::string problem = LengthProblem(item);
      if (!problem.empty()) {
        c.Add("item.type_length", p + ".length",
              ChineseLabel(item.type) + " 长度 " + std::to_string(item.length),
              ToString(item.type) + " length " + std::to_string(item.length) + ": " + problem);
      }
    }
    c.Utf8(item.description, p + ".description");
    if (!item.code_table.empty() && c.Utf8(item.code_table, p + ".code_table")) {
      const bool national = std::find(known.begin(), known.end(), item.code_table) != known.end();
      if (!national && !dictionary_ids.count(item.code_table)) {
        c.Add("item.code_table", p + ".code_table", "“" + item.code_table + "”",
              "\"" + item.code_table + "\" is neither in the entry's dictionary nor a known national standard");
      }
    }
    if (item.share_class && IsWiderThan(*item.share_class, e.share.share_class)) {
      c.Add("item.share_wider", p + ".share_class",
            ChineseLabel(*item.share_class) + " 宽于 " + ChineseLabel(e.share.share_class),
            ToString(*item.share_class) + " is wider than the entry's " + ToString(e.share.share_class));
    }
    if (item.open_class && static_cast<int>(*item.open_class) < static_cast<int>(e.open.open_class)) {
      c.Add("item.open_wider", p + ".open_class",
            ChineseLabel(*item.open_class) + " 宽于 " + ChineseLabel(e.open.open_class),
            ToString(*item.open_class) + " is wider than the entry's " + ToString(e.open.open_class));
    }
    // A10 logical consistency: an item withheld from departments cannot be
    // opened to the public (the entry-level case is checked in Validate).
    const OpenClass item_open = item.open_class.value_or(e.open.open_class);
    if (item.share_class == ShareClass::kNotShared && e.share.share_class != ShareClass::kNotShared &&
        item_open != OpenClass::kNotOpen) {
      c.Add("open.wider_than_share", p + ".open_class", "“" + item.name + "”",
            "\"" + item.name + "\" is not shared but " + ToString(item_open));
    }
  }
}

void CheckDictionary(const CatalogEntry& e, Checker& c) {
  std::set<std::string> ids;
  for (size_t i = 0; i < e.dictionary.size(); ++i) {
    const CodeTable& t = e.dictionary[i];
    const std::string p = Idx("dictionary", i);
    c.Utf8(t.name, p + ".name");
    c.Utf8(t.standard, p + ".standard");
    if (t.id.empty()) {
      c.Add("dictionary.table", p + ".id", "代码表标识为空", "the table id is empty");
    } else if (c.Utf8(t.id, p + ".id") && !ids.insert(t.id).second) {
      c.Add("dictionary.table", p + ".id", "“" + t.id + "” 重复", "\"" + t.id + "\" is duplicated");
    }
    if (t.values.empty()) {
      c.Add("dictionary.table", p + ".values", "代码表没有代码值", "the table has no values");
    }
    std::set<std::string> codes;
    for (size_t k = 0; k < t.values.size(); ++k) {
      const std::string vp = Idx(p + ".values", k);
      const CodeValue& v = t.values[k];
      c.Utf8(v.label, vp + ".label");
      if (v.code.empty() || v.label.empty()) {
        c.Add("dictionary.table", vp, "代码或名称为空", "a code or label is empty");
      } else if (c.Utf8(v.code, vp + ".code") && !codes.insert(v.code).second) {
        c.Add("dictionary.table", vp + ".code", "代码 “" + v.code + "” 重复",
              "code \"" + v.code + "\" is duplicated");
      }
    }
  }
  if (e.data_standard.empty()) {
    c.Add("dictionary.data_standard", "data_standard", "", "");
  } else {
    c.Utf8(e.data_standard, "data_standard");
  }
}

}  // namespace validation_detail
}  // namespace govshare
