// std::string <-> java.lang.String as real UTF-8 (include after <std_string.i>).
//
// SWIG's std_string.i converts with GetStringUTFChars/NewStringUTF, which speak
// JNI's *modified* UTF-8: characters outside the BMP (CJK Extension B and
// later, used in some personal and place names) would reach C++ as CESU-8
// surrogate pairs, which are not valid UTF-8 (validation and JSON export refuse
// them), and bytes that are not modified UTF-8 coming back from C++ have
// undefined behaviour in NewStringUTF. So strings cross JNI as byte[] and Java does the coding:
// String.getBytes(UTF_8) going in, new String(bytes, UTF_8) coming out (a
// malformed sequence becomes U+FFFD instead of corrupting the JVM).

%{
#include <climits>

namespace govshare_jni {

// A new byte[] holding `s`, or null with a Java exception pending.
inline jbyteArray NewUtf8Bytes(JNIEnv* jenv, const std::string& s) {
  if (s.size() > static_cast<size_t>(INT_MAX)) {
    SWIG_JavaThrowException(jenv, SWIG_JavaOutOfMemoryError, "string too long for a Java array");
    return nullptr;
  }
  const jsize n = static_cast<jsize>(s.size());
  jbyteArray bytes = jenv->NewByteArray(n);
  if (bytes && n > 0) jenv->SetByteArrayRegion(bytes, 0, n, reinterpret_cast<const jbyte*>(s.data()));
  return bytes;
}

// Copies a byte[] into `out`; false with a Java exception pending on failure.
inline bool ReadUtf8Bytes(JNIEnv* jenv, jbyteArray bytes, std::string& out) {
  if (!bytes) {
    SWIG_JavaThrowException(jenv, SWIG_JavaNullPointerException, "null string");
    return false;
  }
  const jsize n = jenv->GetArrayLength(bytes);
  out.resize(static_cast<size_t>(n));
  if (n > 0) jenv->GetByteArrayRegion(bytes, 0, n, reinterpret_cast<jbyte*>(&out[0]));
  return !jenv->ExceptionCheck();
}

}  // namespace govshare_jni
%}

%typemap(jni) std::string, const std::string & "jbyteArray"
%typemap(jtype) std::string, const std::string & "byte[]"
%typemap(jstype) std::string, const std::string & "String"
// (NativeMemory.utf8: a null String is a NullPointerException naming the parameter.)
%typemap(javain) std::string, const std::string &
  "NativeMemory.utf8($javainput, \"$javainput\")"
%typemap(javaout) std::string, const std::string & {
    return new String($jnicall, java.nio.charset.StandardCharsets.UTF_8);
  }

%typemap(in) std::string
%{ if (!govshare_jni::ReadUtf8Bytes(jenv, $input, $1)) return $null; %}
%typemap(in) const std::string & (std::string temp)
%{ if (!govshare_jni::ReadUtf8Bytes(jenv, $input, temp)) return $null;
   $1 = &temp; %}
%typemap(out) std::string
%{ $result = govshare_jni::NewUtf8Bytes(jenv, $1); %}
%typemap(out) const std::string &
%{ $result = govshare_jni::NewUtf8Bytes(jenv, *$1); %}
