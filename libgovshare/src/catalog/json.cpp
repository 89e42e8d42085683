// JSON import/export of catalogs (docs/catalog-format.md). nlohmann/json stays
// inside this file; the API speaks std::string.
#include "govshare/json.h"

#include <climits>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "govshare/error.h"
#include "base/catalog_tables.h"
#include "base/text.h"

namespace govshare {
namespace {

using json = nlohmann::json;
using ojson = nlohmann::ordered_json;
using namespace internal;

// ---- parsing with a known position -------------------------------------------------

// Follows the parser through nlohmann's parse callback so that a syntax error
// (including invalid UTF-8) or a duplicate key is reported with a JSON path.
class PathTracker {
 public:
  std::string Path() const {
    std::string out;
    for (size_t i = 0; i < frames_.size(); ++i) {
      const Frame& f = frames_[i];
      if (f.array) {
        const bool top = i + 1 == frames_.size();
        const size_t index = top ? f.count : (f.count == 0 ? 0 : f.count - 1);
        out += "[" + std::to_string(index) + "]";
      } else if (!f.key.empty()) {
        if (!out.empty()) out += ".";
        out += f.key;
      }
    }
    return out;
  }

  // Throws the parse error at a duplicate key.
  bool Event(nlohmann::json::parse_event_t event, const json& parsed) {
    using E = nlohmann::json::parse_event_t;
    switch (event) {
      case E::object_start:
        StartValue();
        frames_.push_back(Frame{false, 0, "", {}});
        break;
      case E::array_start:
        StartValue();
        frames_.push_back(Frame{true, 0, "", {}});
        break;
      case E::key: {
        Frame& f = frames_.back();
        f.key = parsed.get<std::string>();
        if (!f.keys.insert(f.key).second) {
          throw ParseError(Path(), "duplicate key");
        }
        break;
      }
      case E::object_end:
      case E::array_end:
        frames_.pop_back();
        EndValue();
        break;
      case E::value:
        StartValue();
        EndValue();
        break;
    }
    return true;
  }

 private:
  struct Frame {
    bool array;
    size_t count;
    std::string key;
    std::set<std::string> keys;
  };
  // In an array a new element begins; an object keeps its key until the
  // value ends, so an error inside the value is reported under that key.
  void StartValue() {
    if (!frames_.empty() && frames_.back().array) ++frames_.back().count;
  }
  void EndValue() {
    if (!frames_.empty() && !frames_.back().array) frames_.back().key.clear();
  }
  std::vector<Frame> frames_;
};

// Makes a message printable: bytes that are not UTF-8 become \xNN.
std::string Printable(const std::string& s) {
  if (IsValidUtf8(s)) return s;
  std::string out;
  ForEachUtf8Unit(s, [&out](std::string_view unit, std::optional<char32_t> cp) {
    if (cp) {
      out += unit;
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned char>(unit[0]));
      out += buf;
    }
  });
  return out;
}

json ParseDocument(const std::string& text) {
  PathTracker tracker;
  try {
    return json::parse(text, [&tracker](int, json::parse_event_t event, json& parsed) {
      return tracker.Event(event, parsed);
    });
  } catch (const json::parse_error& e) {
    std::string what = e.what();
    // nlohmann prefixes "[json.exception.parse_error.101] "; keep the rest.
    const size_t bracket = what.find("] ");
    if (bracket != std::string::npos) what = what.substr(bracket + 2);
    if (what.find("UTF-8") != std::string::npos || what.find("utf-8") != std::string::npos) {
      what = "invalid UTF-8: " + what;
    }
    throw ParseError(tracker.Path(), Printable(what));
  }
}

// ---- strict reading --------------------------------------------------------------

std::string Join(const std::string& path, const std::string& key) {
  return path.empty() ? key : path + "." + key;
}
std::string Index(const std::string& path, size_t i) {
  return path + "[" + std::to_string(i) + "]";
}

const char* TypeName(const json& j) { return j.type_name(); }

class Reader {
 public:
  Reader(const json& j, std::string path) : j_(j), path_(std::move(path)) {
    if (!j_.is_object()) {
      throw ParseError(path_, std::string("must be an object, got ") + TypeName(j_));
    }
  }

  // Marks `key` as known; returns the value or nullptr when absent (or null
  // and `null_ok`).
  const json* Get(const std::string& key, bool required, bool null_ok = false) {
    known_.insert(key);
    auto it = j_.find(key);
    if (it == j_.end() || (null_ok && it->is_null())) {
      if (required) throw ParseError(Join(path_, key), "is required");
      return nullptr;
    }
    return &*it;
  }

  std::string Str(const std::string& key, bool required = false) {
    const json* v = Get(key, required);
    if (!v) return "";
    if (!v->is_string()) Fail(key, "must be a string", *v);
    return v->get<std::string>();
  }

  bool Bool(const std::string& key) {
    const json* v = Get(key, false);
    if (!v) return false;
    if (!v->is_boolean()) Fail(key, "must be true or false", *v);
    return v->get<bool>();
  }

  int NonNegativeInt(const std::string& key) {
    const json* v = Get(key, false);
    if (!v) return 0;
    if (!v->is_number_integer()) Fail(key, "must be an integer", *v);
    const auto n = v->get<std::int64_t>();
    if (n < 0 || n > INT_MAX) {
      throw ParseError(Join(path_, key), "must be between 0 and " + std::to_string(INT_MAX));
    }
    return static_cast<int>(n);
  }

  std::vector<std::string> StrList(const std::string& key) {
    std::vector<std::string> out;
    const json* v = Get(key, false);
    if (!v) return out;
    if (!v->is_array()) Fail(key, "must be an array of strings", *v);
    for (size_t i = 0; i < v->size(); ++i) {
      const json& e = (*v)[i];
      if (!e.is_string()) {
        throw ParseError(Index(Join(path_, key), i),
                         std::string("must be a string, got ") + TypeName(e));
      }
      out.push_back(e.get<std::string>());
    }
    return out;
  }

  template <typename E, size_t N>
  E Enum(const EnumName<E> (&table)[N], const std::string& key, bool required, E fallback) {
    const json* v = Get(key, required);
    if (!v) return fallback;
    return EnumValue(table, *v, Join(path_, key));
  }

  template <typename E, size_t N>
  std::optional<E> OptEnum(const EnumName<E> (&table)[N], const std::string& key) {
    const json* v = Get(key, false, /*null_ok=*/true);
    if (!v) return std::nullopt;
    return EnumValue(table, *v, Join(path_, key));
  }

  // Array of objects: calls fn(element, element_path).
  template <typename Fn>
  void Objects(const std::string& key, bool required, Fn fn) {
    const json* v = Get(key, required);
    if (!v) return;
    if (!v->is_array()) Fail(key, "must be an array", *v);
    for (size_t i = 0; i < v->size(); ++i) fn((*v)[i], Index(Join(path_, key), i));
  }

  // Nested object: returns a reader for it, or nullptr-equivalent via flag.
  const json* Object(const std::string& key, bool required, bool null_ok = false) {
    return Get(key, required, null_ok);
  }

  std::string Sub(const std::string& key) const { return Join(path_, key); }

  // Refuses keys the format does not define.
  void Finish() const {
    for (auto it = j_.begin(); it != j_.end(); ++it) {
      if (!known_.count(it.key())) {
        throw ParseError(Join(path_, it.key()), "unknown key");
      }
    }
  }

  template <typename E, size_t N>
  static E EnumValue(const EnumName<E> (&table)[N], const json& v, const std::string& path) {
    if (!v.is_string()) {
      throw ParseError(path, std::string("must be a string, got ") + TypeName(v));
    }
    E out{};
    if (!TryParseEnum(table, v.get<std::string>(), &out)) {
      throw ParseError(path, "\"" + v.get<std::string>() + "\" is not one of: " +
                                 AllowedNames(table));
    }
    return out;
  }

 private:
  [[noreturn]] void Fail(const std::string& key, const std::string& rule, const json& v) const {
    throw ParseError(Join(path_, key), rule + ", got " + TypeName(v));
  }

  const json& j_;
  std::string path_;
  std::set<std::string> known_;
};

DataItem ReadItem(const json& j, const std::string& path) {
  Reader r(j, path);
  DataItem item;
  item.name = r.Str("name", true);
  item.type = r.Enum(kDataTypeNames, "type", true, DataType::kCharacter);
  item.length = r.NonNegativeInt("length");
  item.scale = r.NonNegativeInt("scale");
  item.description = r.Str("description");
  const json* nullable = r.Get("nullable", false);
  if (nullable) {
    if (!nullable->is_boolean()) {
      throw ParseError(r.Sub("nullable"), std::string("must be true or false, got ") + TypeName(*nullable));
    }
    item.nullable = nullable->get<bool>();
  }
  item.code_table = r.Str("code_table");
  item.personal_info = r.Enum(kPersonalInfoKindNames, "personal_info", false, PersonalInfoKind::kNone);
  item.share_class = r.OptEnum(kShareClassNames, "share_class");
  item.open_class = r.OptEnum(kOpenClassNames, "open_class");
  r.Finish();
  return item;
}

CodeTable ReadCodeTable(const json& j, const std::string& path) {
  Reader r(j, path);
  CodeTable t;
  t.id = r.Str("id", true);
  t.name = r.Str("name");
  t.standard = r.Str("standard");
  r.Objects("values", false, [&](const json& e, const std::string& p) {
    Reader v(e, p);
    CodeValue cv;
    cv.code = v.Str("code", true);
    cv.label = v.Str("label", true);
    v.Finish();
    t.values.push_back(cv);
  });
  r.Finish();
  return t;
}

ShareAttribute ReadShare(const json& j, const std::string& path) {
  Reader r(j, path);
  ShareAttribute s;
  s.share_class = r.Enum(kShareClassNames, "class", true, ShareClass::kUnconditional);
  s.conditions = r.Str("conditions");
  if (const json* scope = r.Object("scope", false, true)) {
    Reader sr(*scope, r.Sub("scope"));
    s.scope.departments = sr.StrList("departments");
    s.scope.open_items = sr.StrList("open_items");
    s.scope.masked_items = sr.StrList("masked_items");
    s.scope.comparison_only = sr.Bool("comparison_only");
    sr.Finish();
  }
  if (const json* lb = r.Object("legal_basis", false, true)) {
    Reader lr(*lb, r.Sub("legal_basis"));
    LegalBasis basis;
    basis.kind = lr.Enum(kLegalBasisKindNames, "kind", true, LegalBasisKind::kLaw);
    basis.title = lr.Str("title", true);
    basis.article = lr.Str("article");
    lr.Finish();
    s.legal_basis = basis;
  }
  if (const json* methods = r.Get("methods", false)) {
    if (!methods->is_array()) {
      throw ParseError(r.Sub("methods"), std::string("must be an array, got ") + TypeName(*methods));
    }
    for (size_t i = 0; i < methods->size(); ++i) {
      s.methods.push_back(
          Reader::EnumValue(kShareMethodNames, (*methods)[i], Index(r.Sub("methods"), i)));
    }
  }
  s.parallel_approval = r.Bool("parallel_approval");
  s.for_analysis = r.Bool("for_analysis");
  s.front_database = r.Str("front_database");
  s.authorization_mode = r.OptEnum(kAuthorizationModeNames, "authorization_mode");
  s.controlled_parameters = r.StrList("controlled_parameters");
  r.Finish();
  return s;
}

CatalogEntry ReadEntry(const json& j, const std::string& path) {
  Reader r(j, path);
  CatalogEntry e;
  e.code = r.Str("code");
  e.name = r.Str("name", true);
  e.summary = r.Str("summary");
  if (const json* p = r.Object("provider", true)) {
    Reader pr(*p, r.Sub("provider"));
    e.provider.code = pr.Str("code", true);
    e.provider.name = pr.Str("name", true);
    pr.Finish();
  }
  e.system_name = r.Str("system_name");
  if (const json* c = r.Object("classification", false)) {
    Reader cr(*c, r.Sub("classification"));
    e.classification.category =
        cr.Enum(kResourceCategoryNames, "category", true, ResourceCategory::kBasic);
    e.classification.domain = cr.Str("domain");
    e.classification.group = cr.Str("group");
    e.classification.detail = cr.Str("detail");
    cr.Finish();
  }
  e.topics = r.StrList("topics");
  e.industry = r.Str("industry");
  if (const json* f = r.Object("format", false)) {
    Reader fr(*f, r.Sub("format"));
    e.format.format_class = fr.Enum(kFormatClassNames, "class", true, FormatClass::kDatabase);
    e.format.type = fr.Str("type");
    e.format.description = fr.Str("description");
    fr.Finish();
  }
  r.Objects("items", false,
            [&](const json& item, const std::string& p) { e.items.push_back(ReadItem(item, p)); });
  if (const json* s = r.Object("share", true)) e.share = ReadShare(*s, r.Sub("share"));
  if (const json* o = r.Object("open", false)) {
    Reader orr(*o, r.Sub("open"));
    e.open.open_class = orr.Enum(kOpenClassNames, "class", true, OpenClass::kNotOpen);
    e.open.conditions = orr.Str("conditions");
    e.open.method = orr.Str("method");
    orr.Finish();
  }
  e.update_cycle = r.Enum(kUpdateCycleNames, "update_cycle", true, UpdateCycle::kDaily);
  e.update_cycle_note = r.Str("update_cycle_note");
  if (const json* d = r.Get("publish_date", false, true)) {
    if (!d->is_string()) throw ParseError(r.Sub("publish_date"), "must be a YYYY-MM-DD string");
    try {
      e.publish_date = Date::FromIso(d->get<std::string>());
    } catch (const InvalidArgumentError& ex) {
      throw ParseError(r.Sub("publish_date"), ex.what());
    }
  }
  e.related_codes = r.StrList("related_codes");
  r.Objects("dictionary", false, [&](const json& t, const std::string& p) {
    e.dictionary.push_back(ReadCodeTable(t, p));
  });
  e.data_standard = r.Str("data_standard");
  e.secret = r.Bool("secret");
  r.Finish();
  return e;
}

// ---- writing ---------------------------------------------------------------------

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
  w.EndObject();
}

std::string Dump(const ojson& j, int indent) {
  std::string out = j.dump(indent < 0 ? -1 : indent, ' ', /*ensure_ascii=*/false);
  if (indent >= 0) out += "\n";
  return out;
}

}  // namespace

Catalog CatalogFromJson(const std::string& text) {
  const json doc = ParseDocument(text);
  Reader r(doc, "");
  Catalog catalog;
  r.Objects("entries", true, [&](const json& e, const std::string& p) {
    catalog.entries.push_back(ReadEntry(e, p));
  });
  r.Finish();
  return catalog;
}

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

CatalogEntry EntryFromJson(const std::string& text) { return ReadEntry(ParseDocument(text), ""); }

std::string EntryToJson(const CatalogEntry& entry, int indent) {
  JsonOut w(indent);
  WriteEntry(w, entry, "");
  return w.Take();
}

std::string EntryToJson(const CatalogEntry& entry) { return EntryToJson(entry, 2); }

Catalog LoadCatalogFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("cannot read catalog file \"" + path + "\"");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) throw IoError("error while reading catalog file \"" + path + "\"");
  return CatalogFromJson(buf.str());
}

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
