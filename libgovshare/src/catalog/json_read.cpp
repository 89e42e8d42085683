// Reading the catalog JSON format (docs/catalog-format.md): strict, every
// error named by its field path. nlohmann/json stays inside the catalog JSON
// files (json_read.cpp, json_write.cpp); the API speaks std::string.
#include "govshare/json.h"

#include <climits>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "govshare/error.h"
#include "base/catalog_tables.h"
#include "base/json_limits.h"
#include "base/text.h"
#include "catalog/json_path.h"

namespace govshare {
namespace {

using json = nlohmann::json;
using namespace internal;

// ---- parsing with a known position -------------------------------------------------

// Follows the parser's events (base/json_limits.h) so that a syntax error
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
  void On(JsonEvent event, const std::string* text) {
    switch (event) {
      case JsonEvent::kStartObject:
        StartValue();
        frames_.push_back(Frame{false, 0, "", {}});
        break;
      case JsonEvent::kStartArray:
        StartValue();
        frames_.push_back(Frame{true, 0, "", {}});
        break;
      case JsonEvent::kKey: {
        Frame& f = frames_.back();
        f.key = *text;
        if (!f.keys.insert(f.key).second) {
          throw ParseError(Path(), "duplicate key");
        }
        break;
      }
      case JsonEvent::kEnd:
        frames_.pop_back();
        EndValue();
        break;
      case JsonEvent::kString:
      case JsonEvent::kValue:
        StartValue();
        EndValue();
        break;
    }
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
  internal::RequireSize(text, limits::kMaxCatalogBytes, "catalog", "kMaxCatalogBytes");
  PathTracker tracker;
  internal::JsonLimitCheck check;
  try {
    return internal::ObservedParse<json>(text, [&tracker, &check](JsonEvent event, const std::string* t) {
      check.On(event, t, [&] { return tracker.Path(); });
      tracker.On(event, t);
    });
  } catch (const json::exception& e) {
    // A syntax error, and also a number too large for a double
    // (out_of_range.406, found by the fuzzer): bad input, never an escaping exception.
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
  e.data_grade = r.OptEnum(kDataGradeNames, "data_grade");
  if (const json* a = r.Object("assessment", false, true)) {
    Reader ar(*a, r.Sub("assessment"));
    CatalogAssessment x;
    x.secrecy_risk = ar.Bool("secrecy_risk");
    x.personal_information = ar.Bool("personal_information");
    x.approved_by = ar.Str("approved_by");
    if (const json* d = ar.Get("approved_on", false, true)) {
      if (!d->is_string()) throw ParseError(ar.Sub("approved_on"), "must be a YYYY-MM-DD string");
      try {
        x.approved_on = Date::FromIso(d->get<std::string>());
      } catch (const InvalidArgumentError& ex) {
        throw ParseError(ar.Sub("approved_on"), ex.what());
      }
    }
    ar.Finish();
    e.assessment = x;
  }
  r.Finish();
  return e;
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

CatalogEntry EntryFromJson(const std::string& text) { return ReadEntry(ParseDocument(text), ""); }

Catalog LoadCatalogFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("cannot read catalog file \"" + path + "\"");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) throw IoError("error while reading catalog file \"" + path + "\"");
  return CatalogFromJson(buf.str());
}

}  // namespace govshare
