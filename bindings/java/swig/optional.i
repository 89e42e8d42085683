// std::optional<T> <-> java.util.Optional<T>.
//
//   GOVSHARE_OPTIONAL_CLASS(CTYPE, JTYPE)  T is a wrapped struct (Date, LegalBasis)
//   GOVSHARE_OPTIONAL_ENUM(CTYPE, JTYPE)   T is a wrapped enum (ShareClass, ...)
//   GOVSHARE_OPTIONAL_INT(CTYPE)           T is an integer type that fits a Java int:
//                                          java.util.Optional<Integer> (office_close_minutes)
//   GOVSHARE_OPTIONAL_BOOL(CTYPE)          T is bool: java.util.Optional<Boolean>
//                                          (GrantTerms.seasonal)
//
// Optional<Integer> rather than OptionalInt: every optional of the API reads and
// writes the same way (getX() / setX(Optional.of(v)) / Optional.empty()).
//
// Both handle by-value and const& parameters and results; with %naturalvar
// (on for every field, see proxies.i) a struct field `std::optional<Date> publish_date`
// reads as `Optional<Date> getPublishDate()` and writes as
// `setPublishDate(Optional<Date>)`. A present value is copied both ways: the
// Optional is a snapshot, edit it and set it back.
//
// Across JNI the value is one jlong: for a struct, a pointer to a heap copy
// (0 = empty) that the new Java proxy owns; for an enum, an int or a bool (0/1), its value,
// with Long.MIN_VALUE (outside every C++ enum's and int's range) = empty. No SWIG value
// wrapper is bound to a reference here: `&$1` works for both a plain result
// and a SwigValueWrapper (architecture D-5).

%{
#include <limits>
#include <optional>
%}

%define GOVSHARE_OPTIONAL_COMMON_(CTYPE, JTYPE)
%typemap(jni) std::optional< CTYPE >, const std::optional< CTYPE > & "jlong"
%typemap(jtype) std::optional< CTYPE >, const std::optional< CTYPE > & "long"
%typemap(jstype) std::optional< CTYPE >, const std::optional< CTYPE > & "java.util.Optional<JTYPE>"
%enddef

// (No comments inside %define: SWIG would keep them in the one-line expansion.)
// In GOVSHARE_OPTIONAL_CLASS the reachabilityFence keeps the Optional, and so
// the proxy it holds, alive until C++ has copied the value.
%define GOVSHARE_OPTIONAL_CLASS(CTYPE, JTYPE)
GOVSHARE_OPTIONAL_COMMON_(CTYPE, JTYPE)
%typemap(javain, post="      java.lang.ref.Reference.reachabilityFence($javainput);")
    std::optional< CTYPE >, const std::optional< CTYPE > &
  "JTYPE.getCPtr(NativeMemory.nonNullOptional($javainput, \"$javainput\").orElse(null))"
%typemap(javaout) std::optional< CTYPE >, const std::optional< CTYPE > & {
    long cPtr = $jnicall;
    return cPtr == 0 ? java.util.Optional.empty() : java.util.Optional.of(new JTYPE(cPtr, true));
  }
%typemap(in) std::optional< CTYPE >
%{ if ($input) $1 = std::optional< CTYPE >(*reinterpret_cast< CTYPE * >($input)); %}
%typemap(in) const std::optional< CTYPE > & (std::optional< CTYPE > temp)
%{ if ($input) temp = *reinterpret_cast< CTYPE * >($input);
   $1 = &temp; %}
%typemap(out) std::optional< CTYPE >
%{ { const std::optional< CTYPE > *value = &$1;
     $result = value->has_value() ? reinterpret_cast< jlong >(new CTYPE(**value)) : 0; } %}
%typemap(out) const std::optional< CTYPE > &
%{ $result = $1->has_value() ? reinterpret_cast< jlong >(new CTYPE(**$1)) : 0; %}
%enddef

// The C++ side of an optional scalar (enum or integer): its value in the jlong.
%define GOVSHARE_OPTIONAL_SCALAR_(CTYPE)
%typemap(in) std::optional< CTYPE >
%{ if ($input != std::numeric_limits< jlong >::min()) $1 = std::optional< CTYPE >(static_cast< CTYPE >($input)); %}
%typemap(in) const std::optional< CTYPE > & (std::optional< CTYPE > temp)
%{ if ($input != std::numeric_limits< jlong >::min()) temp = static_cast< CTYPE >($input);
   $1 = &temp; %}
%typemap(out) std::optional< CTYPE >
%{ { const std::optional< CTYPE > *value = &$1;
     $result = value->has_value() ? static_cast< jlong >(**value) : std::numeric_limits< jlong >::min(); } %}
%typemap(out) const std::optional< CTYPE > &
%{ $result = $1->has_value() ? static_cast< jlong >(**$1) : std::numeric_limits< jlong >::min(); %}
%enddef

%define GOVSHARE_OPTIONAL_ENUM(CTYPE, JTYPE)
GOVSHARE_OPTIONAL_COMMON_(CTYPE, JTYPE)
%typemap(javain) std::optional< CTYPE >, const std::optional< CTYPE > &
  "NativeMemory.nonNullOptional($javainput, \"$javainput\").map(v -> (long) v.swigValue()).orElse(Long.MIN_VALUE)"
%typemap(javaout) std::optional< CTYPE >, const std::optional< CTYPE > & {
    long value = $jnicall;
    return value == Long.MIN_VALUE ? java.util.Optional.empty()
                                   : java.util.Optional.of(JTYPE.swigToEnum((int) value));
  }
GOVSHARE_OPTIONAL_SCALAR_(CTYPE)
%enddef

%define GOVSHARE_OPTIONAL_INT(CTYPE)
GOVSHARE_OPTIONAL_COMMON_(CTYPE, Integer)
%typemap(javain) std::optional< CTYPE >, const std::optional< CTYPE > &
  "NativeMemory.nonNullOptional($javainput, \"$javainput\").map(v -> (long) v.intValue()).orElse(Long.MIN_VALUE)"
%typemap(javaout) std::optional< CTYPE >, const std::optional< CTYPE > & {
    long value = $jnicall;
    return value == Long.MIN_VALUE ? java.util.Optional.empty()
                                   : java.util.Optional.of((int) value);
  }
GOVSHARE_OPTIONAL_SCALAR_(CTYPE)
%enddef

%define GOVSHARE_OPTIONAL_BOOL(CTYPE)
GOVSHARE_OPTIONAL_COMMON_(CTYPE, Boolean)
%typemap(javain) std::optional< CTYPE >, const std::optional< CTYPE > &
  "NativeMemory.nonNullOptional($javainput, \"$javainput\").map(v -> v ? 1L : 0L).orElse(Long.MIN_VALUE)"
%typemap(javaout) std::optional< CTYPE >, const std::optional< CTYPE > & {
    long value = $jnicall;
    return value == Long.MIN_VALUE ? java.util.Optional.empty()
                                   : java.util.Optional.of(value != 0);
  }
GOVSHARE_OPTIONAL_SCALAR_(CTYPE)
%enddef
