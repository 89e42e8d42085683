// Writing the catalog JSON format (docs/catalog-format.md) and findings as
// JSON. nlohmann/json stays inside the catalog JSON files (json_read.cpp,
// json_write.cpp); the API speaks std::string.
#include "govshare/json.h"

#include <cstdio>
#include <fstream>

#include <nlohmann/json.hpp>

#include "govshare/error.h"
#include "base/text.h"
#include "catalog/json_path.h"

namespace govshare {
namespace {

using ojson = nlohmann::ordered_json;
using namespace internal;

// Writes JSON directly into a string, byte for byte as nlohmann's dump() would
// (indent >= 0: pretty with that many spaces; < 0: compact), without building a
// document first. Text must be UTF-8: a field that is not is refused, naming
// its path — which is only assembled on that error path.
class JsonOut {
 public:
  explicit JsonOut(int indent) : indent_(indent) { out_.reserve(4096); }

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }

  // An object member's key (keys are ASCII literals).
  void Key(const char* key) {
    Separate();
    out_ += '"';
    out_ += key;
    out_ += indent_ >= 0 ? "\": " : "\":";
    pending_value_ = true;
  }

  // A text value; `where` names the field if the text is not UTF-8.
  template <typename Where>
  void Text(const std::string& s, Where where) {
    if (!IsValidUtf8(s)) throw InvalidArgumentError(where() + ": text is not valid UTF-8");
    Value();
    Escaped(s);
  }
  // An ASCII name (enumeration names, dates).
  void Name(const std::string& s) {
    Value();
    out_ += '"';
    out_ += s;
    out_ += '"';
  }
  void Int(long long v) {
    Value();
    out_ += std::to_string(v);
  }
  void Bool(bool v) {
    Value();
    out_ += v ? "true" : "false";
  }

  std::string Take() {
    if (indent_ >= 0) out_ += '\n';
    return std::move(out_);
  }

 private:
  struct Frame {
    char close;
    bool empty;
  };

  // Before a value: inside an array it is an element (separated and indented);
  // after a key it follows the key directly.
  void Value() {
    if (pending_value_) {
      pending_value_ = false;
      return;
    }
    Separate();
  }
  void Separate() {
    if (frames_.empty()) return;
    Frame& f = frames_.back();
    if (!f.empty) out_ += ',';
    f.empty = false;
    if (indent_ >= 0) {
      out_ += '\n';
      out_.append(static_cast<size_t>(indent_) * frames_.size(), ' ');
    }
  }
  void Open(char c) {
    Value();
    out_ += c;
    frames_.push_back(Frame{c == '{' ? '}' : ']', true});
  }
  void Close(char c) {
    const bool empty = frames_.back().empty;
    frames_.pop_back();
    if (!empty && indent_ >= 0) {
      out_ += '\n';
      out_.append(static_cast<size_t>(indent_) * frames_.size(), ' ');
    }
    out_ += c;
  }
  void Escaped(const std::string& s) {
    out_ += '"';
    size_t run = 0;  // start of the current run of bytes copied as they are
    for (size_t i = 0; i < s.size(); ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out_.append(s, run, i - run);
      run = i + 1;
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\b': out_ += "\\b"; break;
        case '\f': out_ += "\\f"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        default: {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out_ += buf;
        }
      }
    }
    out_.append(s, run, std::string::npos);
    out_ += '"';
  }

  int indent_;
  std::string out_;
  std::vector<Frame> frames_;
  bool pending_value_ = false;
};

void WriteTextList(JsonOut& w, const char* key, const std::vector<std::string>& v,
                   const std::string& path, const char* field) {
  w.Key(key);
  w.BeginArray();
  for (size_t i = 0; i < v.size(); ++i) w.Text(v[i], [&] { return Index(Join(path, field), i); });
  w.EndArray();
}

void WriteEntry(JsonOut& w, const CatalogEntry& e, const std::string& path) {
  auto at = [&](const char* field) { return [&path, field] { return Join(path, field); }; };
  w.BeginObject();
  w.Key("code"), w.Text(e.code, at("code"));
  w.Key("name"), w.Text(e.name, at("name"));
  w.Key("summary"), w.Text(e.summary, at("summary"));
  w.Key("provider");
  w.BeginObject();
  w.Key("code"), w.Text(e.provider.code, at("provider.code"));
  w.Key("name"), w.Text(e.provider.name, at("provider.name"));
  w.EndObject();
  w.Key("system_name"), w.Text(e.system_name, at("system_name"));
  w.Key("classification");
  w.BeginObject();
  w.Key("category"), w.Name(ToString(e.classification.category));
  w.Key("domain"), w.Text(e.classification.domain, at("classification.domain"));
  w.Key("group"), w.Text(e.classification.group, at("classification.group"));
  w.Key("detail"), w.Text(e.classification.detail, at("classification.detail"));
  w.EndObject();
  WriteTextList(w, "topics", e.topics, path, "topics");
  w.Key("industry"), w.Text(e.industry, at("industry"));
  w.Key("format");
  w.BeginObject();
  w.Key("class"), w.Name(ToString(e.format.format_class));
  w.Key("type"), w.Text(e.format.type, at("format.type"));
  w.Key("description"), w.Text(e.format.description, at("format.description"));
  w.EndObject();

  w.Key("items");
  w.BeginArray();
  for (size_t i = 0; i < e.items.size(); ++i) {
    const DataItem& it = e.items[i];
    auto item_at = [&](const char* field) {
      return [&path, i, field] { return Join(Index(Join(path, "items"), i), field); };
    };
    if (it.length < 0 || it.scale < 0) {
      throw InvalidArgumentError(item_at(it.length < 0 ? "length" : "scale")() + ": must not be negative");
    }
    w.BeginObject();
    w.Key("name"), w.Text(it.name, item_at("name"));
    w.Key("type"), w.Name(ToString(it.type));
    w.Key("length"), w.Int(it.length);
    w.Key("scale"), w.Int(it.scale);
    w.Key("description"), w.Text(it.description, item_at("description"));
    w.Key("nullable"), w.Bool(it.nullable);
    w.Key("code_table"), w.Text(it.code_table, item_at("code_table"));
    w.Key("personal_info"), w.Name(ToString(it.personal_info));
    if (it.share_class) w.Key("share_class"), w.Name(ToString(*it.share_class));
    if (it.open_class) w.Key("open_class"), w.Name(ToString(*it.open_class));
    w.EndObject();
  }
  w.EndArray();

  const ShareAttribute& s = e.share;
  w.Key("share");
  w.BeginObject();
  w.Key("class"), w.Name(ToString(s.share_class));
  w.Key("conditions"), w.Text(s.conditions, at("share.conditions"));
  w.Key("scope");
  w.BeginObject();
  WriteTextList(w, "departments", s.scope.departments, path, "share.scope.departments");
  WriteTextList(w, "open_items", s.scope.open_items, path, "share.scope.open_items");
  WriteTextList(w, "masked_items", s.scope.masked_items, path, "share.scope.masked_items");
  w.Key("comparison_only"), w.Bool(s.scope.comparison_only);
  w.EndObject();
  if (s.legal_basis) {
    w.Key("legal_basis");
    w.BeginObject();
    w.Key("kind"), w.Name(ToString(s.legal_basis->kind));
    w.Key("title"), w.Text(s.legal_basis->title, at("share.legal_basis.title"));
    w.Key("article"), w.Text(s.legal_basis->article, at("share.legal_basis.article"));
    w.EndObject();
  }
  w.Key("methods");
  w.BeginArray();
  for (ShareMethod m : s.methods) w.Name(ToString(m));
  w.EndArray();
  w.Key("parallel_approval"), w.Bool(s.parallel_approval);
  w.Key("for_analysis"), w.Bool(s.for_analysis);
  w.Key("front_database"), w.Text(s.front_database, at("share.front_database"));
  if (s.authorization_mode) w.Key("authorization_mode"), w.Name(ToString(*s.authorization_mode));
  WriteTextList(w, "controlled_parameters", s.controlled_parameters, path, "share.controlled_parameters");
  w.EndObject();

  w.Key("open");
  w.BeginObject();
  w.Key("class"), w.Name(ToString(e.open.open_class));
  w.Key("conditions"), w.Text(e.open.conditions, at("open.conditions"));
  w.Key("method"), w.Text(e.open.method, at("open.method"));
  w.EndObject();
  w.Key("update_cycle"), w.Name(ToString(e.update_cycle));
  w.Key("update_cycle_note"), w.Text(e.update_cycle_note, at("update_cycle_note"));
  if (e.publish_date) {
    if (!e.publish_date->IsValid()) {
      throw InvalidArgumentError(Join(path, "publish_date") + ": the date does not exist in the calendar");
    }
    w.Key("publish_date"), w.Name(e.publish_date->ToIso());
  }
  WriteTextList(w, "related_codes", e.related_codes, path, "related_codes");
  w.Key("dictionary");
  w.BeginArray();
  for (size_t i = 0; i < e.dictionary.size(); ++i) {
    const CodeTable& t = e.dictionary[i];
    auto table_at = [&](const char* field) {
      return [&path, i, field] { return Join(Index(Join(path, "dictionary"), i), field); };
    };
    w.BeginObject();
    w.Key("id"), w.Text(t.id, table_at("id"));
    w.Key("name"), w.Text(t.name, table_at("name"));
    w.Key("standard"), w.Text(t.standard, table_at("standard"));
    w.Key("values");
    w.BeginArray();
    for (size_t k = 0; k < t.values.size(); ++k) {
      auto value_at = [&](const char* field) {
        return [&path, i, k, field] {
          return Join(Index(Join(Index(Join(path, "dictionary"), i), "values"), k), field);
        };
      };
      w.BeginObject();
      w.Key("code"), w.Text(t.values[k].code, value_at("code"));
      w.Key("label"), w.Text(t.values[k].label, value_at("label"));
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("data_standard"), w.Text(e.data_standard, at("data_standard"));
  w.Key("secret"), w.Bool(e.secret);
  // N13: written only when set (catalogs compiled before N13 stay byte-identical).
  if (e.data_grade) w.Key("data_grade"), w.Name(ToString(*e.data_grade));
  if (e.assessment) {
    const CatalogAssessment& a = *e.assessment;
    w.Key("assessment");
    w.BeginObject();
    w.Key("secrecy_risk"), w.Bool(a.secrecy_risk);
    w.Key("personal_information"), w.Bool(a.personal_information);
    w.Key("approved_by"), w.Text(a.approved_by, at("assessment.approved_by"));
    if (a.approved_on) {
      if (!a.approved_on->IsValid()) {
        throw InvalidArgumentError(Join(path, "assessment.approved_on") + ": the date does not exist in the calendar");
      }
      w.Key("approved_on"), w.Name(a.approved_on->ToIso());
    }
    w.EndObject();
  }
  w.EndObject();
}

std::string Dump(const ojson& j, int indent) {
  std::string out = j.dump(indent < 0 ? -1 : indent, ' ', /*ensure_ascii=*/false);
  if (indent >= 0) out += "\n";
  return out;
}

}  // namespace

std::string CatalogToJson(const Catalog& catalog, int indent) {
  JsonOut w(indent);
  w.BeginObject();
  w.Key("entries");
  w.BeginArray();
  for (size_t i = 0; i < catalog.entries.size(); ++i) {
    WriteEntry(w, catalog.entries[i], Index("entries", i));
  }
  w.EndArray();
  w.EndObject();
  return w.Take();
}

std::string CatalogToJson(const Catalog& catalog) { return CatalogToJson(catalog, 2); }

std::string EntryToJson(const CatalogEntry& entry, int indent) {
  JsonOut w(indent);
  WriteEntry(w, entry, "");
  return w.Take();
}

std::string EntryToJson(const CatalogEntry& entry) { return EntryToJson(entry, 2); }

void SaveCatalogFile(const Catalog& catalog, const std::string& path) {
  const std::string text = CatalogToJson(catalog, 2);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw IoError("cannot write catalog file \"" + path + "\"");
  out << text;
  out.flush();
  if (!out) throw IoError("error while writing catalog file \"" + path + "\"");
}

std::string FindingsToJson(const std::vector<Finding>& findings) { return FindingsToJson(findings, 2); }

std::string FindingsToJson(const std::vector<Finding>& findings, int indent) {
  ojson a = ojson::array();
  for (const Finding& f : findings) {
    ojson o;
    o["rule_id"] = f.rule_id;
    o["article"] = f.article;
    o["path"] = f.path;
    o["severity"] = ToString(f.severity);
    o["message_zh"] = f.message_zh;
    o["message_en"] = f.message_en;
    a.push_back(std::move(o));
  }
  try {
    return Dump(a, indent);
  } catch (const ojson::exception& e) {
    throw InvalidArgumentError(std::string("findings are not valid UTF-8: ") + e.what());
  }
}

}  // namespace govshare
