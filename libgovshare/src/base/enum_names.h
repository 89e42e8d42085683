// Internal: name tables for enumerations (JSON/SQL names and Chinese labels).
#ifndef GOVSHARE_INTERNAL_ENUM_NAMES_H_
#define GOVSHARE_INTERNAL_ENUM_NAMES_H_

#include <string>

#include "govshare/error.h"

namespace govshare::internal {

template <typename E>
struct EnumName {
  E value;
  const char* name;   // JSON / SQL name
  const char* label;  // Chinese label
};

template <typename E, size_t N>
const EnumName<E>* FindEnum(const EnumName<E> (&table)[N], E value) {
  for (const auto& e : table)
    if (e.value == value) return &e;
  return nullptr;
}

template <typename E, size_t N>
std::string EnumToName(const EnumName<E> (&table)[N], E value) {
  const auto* e = FindEnum(table, value);
  return e ? e->name : "unknown(" + std::to_string(static_cast<int>(value)) + ")";
}

template <typename E, size_t N>
std::string EnumToLabel(const EnumName<E> (&table)[N], E value) {
  const auto* e = FindEnum(table, value);
  return e ? e->label : EnumToName(table, value);
}

template <typename E, size_t N>
std::string AllowedNames(const EnumName<E> (&table)[N]) {
  std::string out;
  for (const auto& e : table) {
    if (!out.empty()) out += ", ";
    out += e.name;
  }
  return out;
}

/// Parses `name`; returns false when unknown.
template <typename E, size_t N>
bool TryParseEnum(const EnumName<E> (&table)[N], const std::string& name, E* out) {
  for (const auto& e : table) {
    if (name == e.name) {
      *out = e.value;
      return true;
    }
  }
  return false;
}

template <typename E, size_t N>
E ParseEnumOrThrow(const EnumName<E> (&table)[N], const std::string& name, const char* what) {
  E value{};
  if (!TryParseEnum(table, name, &value)) {
    throw InvalidArgumentError(std::string(what) + " \"" + name + "\" is not one of: " +
                               AllowedNames(table));
  }
  return value;
}

template <typename E, size_t N>
bool IsKnownEnum(const EnumName<E> (&table)[N], E value) {
  return FindEnum(table, value) != nullptr;
}

}  // namespace govshare::internal

#endif  // GOVSHARE_INTERNAL_ENUM_NAMES_H_
