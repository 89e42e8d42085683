// Internal: the input limits (govshare/limits.h) applied while nlohmann/json
// parses — nesting, string lengths, array lengths — through a SAX front to
// its DOM parser, so a document beyond a limit is refused before it is built.
#ifndef GOVSHARE_SRC_BASE_JSON_LIMITS_H_
#define GOVSHARE_SRC_BASE_JSON_LIMITS_H_

#include <cstddef>
#include <string>
#include <type_traits>
#include <vector>

#include <nlohmann/json.hpp>

#include "govshare/error.h"
#include "govshare/limits.h"

namespace govshare::internal {

// Refuses a text longer than `limit` bytes (the invalid-argument error naming
// `what` and the limit).
inline void RequireSize(const std::string& text, std::size_t limit, const char* what, const char* limit_name) {
  if (text.size() > limit) {
    throw InvalidArgumentError(std::string(what) + ": " + std::to_string(text.size()) + " bytes exceed the limit of " +
                               std::to_string(limit) + " (" + limit_name + ", docs/security.md#input-limits)");
  }
}

// The events of a JSON document in order, for an observer: a key (its
// decoded text), a string value (its decoded text), any other value, the
// start of an object or array, the end of one.
enum class JsonEvent { kStartObject, kStartArray, kEnd, kKey, kString, kValue };

// nlohmann/json's DOM parser behind a SAX front that tells `Observer` of each
// event first (`observer(JsonEvent, const std::string* text)`; an observer
// refuses by throwing). nlohmann's callback parser is quadratic in the length
// of an array of objects (40 000 objects: half a minute); this is linear.
template <typename Json, typename Observer>
class ObservedSax {
 public:
  using Int = typename Json::number_integer_t;
  using Unsigned = typename Json::number_unsigned_t;
  using Float = typename Json::number_float_t;
  using String = typename Json::string_t;
  using Binary = typename Json::binary_t;

  ObservedSax(Json& result, Observer& observer) : dom_(result, true), observer_(observer) {}
  bool null() { return Value() && dom_.null(); }
  bool boolean(bool v) { return Value() && dom_.boolean(v); }
  bool number_integer(Int v) { return Value() && dom_.number_integer(v); }
  bool number_unsigned(Unsigned v) { return Value() && dom_.number_unsigned(v); }
  bool number_float(Float v, const String& s) { return Value() && dom_.number_float(v, s); }
  bool string(String& v) {
    observer_(JsonEvent::kString, &v);
    return dom_.string(v);
  }
  bool binary(Binary& v) { return Value() && dom_.binary(v); }
  bool start_object(std::size_t n) {
    observer_(JsonEvent::kStartObject, nullptr);
    return dom_.start_object(n);
  }
  bool key(String& k) {
    observer_(JsonEvent::kKey, &k);
    return dom_.key(k);
  }
  bool end_object() {
    observer_(JsonEvent::kEnd, nullptr);
    return dom_.end_object();
  }
  bool start_array(std::size_t n) {
    observer_(JsonEvent::kStartArray, nullptr);
    return dom_.start_array(n);
  }
  bool end_array() {
    observer_(JsonEvent::kEnd, nullptr);
    return dom_.end_array();
  }
  template <typename Exception>
  bool parse_error(std::size_t position, const std::string& token, const Exception& e) {
    return dom_.parse_error(position, token, e);  // throws it
  }

 private:
  bool Value() {
    observer_(JsonEvent::kValue, nullptr);
    return true;
  }
  nlohmann::detail::json_sax_dom_parser<Json> dom_;
  Observer& observer_;
};

// Parses `text` into a Json, telling `observer` of every event first. The
// nlohmann exceptions of bad input (a syntax error, invalid UTF-8, a number
// too large for a double) pass through for the caller to translate.
template <typename Json, typename Observer>
Json ObservedParse(const std::string& text, Observer&& observer) {
  Json result;
  ObservedSax<Json, std::remove_reference_t<Observer>> sax(result, observer);
  Json::sax_parse(text, &sax);
  return result;
}

// Follows a document's events: how deep it is, how long each open array has
// grown, how long each string; refuses (the parse error at `where()`) past a
// limit. An array under the key `entries` may hold kMaxEntriesPerCatalog
// elements, one under `items` kMaxItemsPerEntry, the top-level array
// `top_array_limit`; any other kMaxArrayElements.
class JsonLimitCheck {
 public:
  explicit JsonLimitCheck(std::size_t top_array_limit = limits::kMaxArrayElements,
                          const char* top_array_name = "kMaxArrayElements")
      : top_limit_(top_array_limit), top_name_(top_array_name) {}

  template <typename Where>
  void On(JsonEvent event, const std::string* text, Where&& where) {
    switch (event) {
      case JsonEvent::kStartObject:
      case JsonEvent::kStartArray:
        Element(where);
        if (open_.size() >= limits::kMaxJsonDepth) {
          Refuse(where(), "nesting deeper than " + std::to_string(limits::kMaxJsonDepth), "kMaxJsonDepth");
        }
        open_.push_back(Open{event == JsonEvent::kStartArray, 0, LimitFor(key_)});
        key_.clear();
        break;
      case JsonEvent::kEnd:
        if (!open_.empty()) open_.pop_back();
        key_.clear();
        break;
      case JsonEvent::kKey:
        key_ = *text;
        break;
      case JsonEvent::kString:
        Element(where);
        if (text->size() > limits::kMaxStringBytes) {
          Refuse(where(), "a string longer than " + std::to_string(limits::kMaxStringBytes) + " bytes",
                 "kMaxStringBytes");
        }
        key_.clear();
        break;
      case JsonEvent::kValue:
        Element(where);
        key_.clear();
        break;
    }
  }

 private:
  struct Limit {
    std::size_t count;
    const char* name;
  };
  struct Open {
    bool array;
    std::size_t elements;
    Limit limit;
  };
  Limit LimitFor(const std::string& key) const {
    if (open_.empty()) return {top_limit_, top_name_};
    if (key == "entries") return {limits::kMaxEntriesPerCatalog, "kMaxEntriesPerCatalog"};
    if (key == "items") return {limits::kMaxItemsPerEntry, "kMaxItemsPerEntry"};
    return {limits::kMaxArrayElements, "kMaxArrayElements"};
  }
  template <typename Where>
  void Element(Where&& where) {
    if (open_.empty() || !open_.back().array) return;
    Open& a = open_.back();
    if (++a.elements > a.limit.count) {
      Refuse(where(), "more than " + std::to_string(a.limit.count) + " elements", a.limit.name);
    }
  }
  [[noreturn]] static void Refuse(const std::string& where, const std::string& what, const char* limit) {
    throw ParseError(where, what + " (limit " + limit + ", docs/security.md#input-limits)");
  }

  std::size_t top_limit_;
  const char* top_name_;
  std::vector<Open> open_;
  std::string key_;  // the key of the member whose value comes next
};

// Parses `text` (at most `max_bytes`) as JSON within the limits; the parse
// error naming `what` for bad JSON.
template <typename Json = nlohmann::json>
Json ParseWithinLimits(const std::string& text, const char* what, std::size_t max_bytes, const char* size_limit_name,
                       std::size_t top_array_limit = limits::kMaxArrayElements,
                       const char* top_array_name = "kMaxArrayElements") {
  RequireSize(text, max_bytes, what, size_limit_name);
  JsonLimitCheck check(top_array_limit, top_array_name);
  const auto where = [what] { return std::string(what); };
  try {
    return ObservedParse<Json>(text, [&](JsonEvent e, const std::string* t) { check.On(e, t, where); });
  } catch (const nlohmann::json::exception& e) {
    // A syntax error, and also a number too large for a double
    // (out_of_range.406, found by the fuzzer): bad input, never an escaping exception.
    throw ParseError(what, std::string("not JSON: ") + e.what());
  }
}

}  // namespace govshare::internal

#endif  // GOVSHARE_SRC_BASE_JSON_LIMITS_H_
