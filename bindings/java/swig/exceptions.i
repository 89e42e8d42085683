// C++ exceptions -> unchecked Java exceptions (architecture C.4, C.8).
//
//   govshare::ParseError              org.govshare.ParseException (getPath())
//   govshare::InvalidArgumentError    org.govshare.InvalidArgumentException
//   govshare::NotFoundError           org.govshare.NotFoundException
//   govshare::PermissionDeniedError   org.govshare.PermissionDeniedException
//   govshare::InvalidTransitionError  org.govshare.InvalidTransitionException
//   govshare::ConflictError           org.govshare.ConflictException
//   govshare::StorageError            org.govshare.StorageException
//   govshare::IoError                 org.govshare.IoException
//   govshare::CalendarCoverageError   org.govshare.CalendarCoverageException (getMissingYear())
//   govshare::Error (any other)       org.govshare.GovShareException (getCode())
//   std::bad_alloc                    java.lang.OutOfMemoryError
//   std::exception, anything else     java.lang.RuntimeException
// ParseException extends InvalidArgumentException; all others extend
// GovShareException, which extends RuntimeException. (CalendarCoverageError
// derives from Error directly, with the code kInvalidArgument, so
// CalendarCoverageException is no InvalidArgumentException, as in C++; its
// getCode() is INVALID_ARGUMENT.) The Java classes are
// hand-written (src/main/java/org/govshare/); the C++ classes are %ignored in
// govshare.i. The mapping is ThrowCurrentException below, most-derived first.

%{
#include <new>
#include <stdexcept>

namespace govshare_jni {

// java.lang.String from UTF-8 (NewStringUTF wants modified UTF-8, and the
// messages carry Chinese text and caller input). Null with an exception
// pending on failure.
inline jstring NewJavaString(JNIEnv* jenv, const std::string& utf8) {
  jbyteArray bytes = NewUtf8Bytes(jenv, utf8);
  if (!bytes) return nullptr;
  jstring result = nullptr;
  jclass string_class = jenv->FindClass("java/lang/String");
  if (string_class) {
    jmethodID ctor = jenv->GetMethodID(string_class, "<init>", "([BLjava/lang/String;)V");
    jstring charset = ctor ? jenv->NewStringUTF("UTF-8") : nullptr;
    if (charset) {
      result = static_cast<jstring>(jenv->NewObject(string_class, ctor, bytes, charset));
      jenv->DeleteLocalRef(charset);
    }
    jenv->DeleteLocalRef(string_class);
  }
  jenv->DeleteLocalRef(bytes);
  return result;
}

// Throws `new <java_class>(args...)`, choosing the constructor by the
// arguments given: (String path, String message), (int number, String
// message) or (String message); `number` is an error code or a year. The
// String arguments are built from UTF-8. Leaves whatever exception a failed
// JNI call raised (e.g. NoClassDefFoundError) pending instead.
inline void ThrowNew(JNIEnv* jenv, const char* java_class, const std::string& message,
                     const std::string* path = nullptr, const int* number = nullptr) {
  if (jenv->ExceptionCheck()) return;
  jclass cls = jenv->FindClass(java_class);
  if (!cls) return;
  jstring jmessage = NewJavaString(jenv, message);
  jstring jpath = (jmessage && path) ? NewJavaString(jenv, *path) : nullptr;
  jobject error = nullptr;
  if (jmessage && path) {
    if (jpath) {
      jmethodID ctor = jenv->GetMethodID(cls, "<init>", "(Ljava/lang/String;Ljava/lang/String;)V");
      if (ctor) error = jenv->NewObject(cls, ctor, jpath, jmessage);
    }
  } else if (jmessage && number) {
    jmethodID ctor = jenv->GetMethodID(cls, "<init>", "(ILjava/lang/String;)V");
    if (ctor) error = jenv->NewObject(cls, ctor, static_cast<jint>(*number), jmessage);
  } else if (jmessage) {
    jmethodID ctor = jenv->GetMethodID(cls, "<init>", "(Ljava/lang/String;)V");
    if (ctor) error = jenv->NewObject(cls, ctor, jmessage);
  }
  if (error) jenv->Throw(static_cast<jthrowable>(error));
  if (error) jenv->DeleteLocalRef(error);
  if (jpath) jenv->DeleteLocalRef(jpath);
  if (jmessage) jenv->DeleteLocalRef(jmessage);
  jenv->DeleteLocalRef(cls);
}

// Turns the C++ exception being handled into a pending Java exception. Call
// only inside a catch block. One place for the whole mapping (the
// "Lippincott function" idiom), so each wrapper carries one catch (...).
// Most-derived classes first.
inline void ThrowCurrentException(JNIEnv* jenv) {
  try {
    throw;
  } catch (const govshare::CalendarCoverageError& e) {
    const int missing_year = e.missing_year();
    ThrowNew(jenv, "org/govshare/CalendarCoverageException", e.what(), nullptr, &missing_year);
  } catch (const govshare::ParseError& e) {
    ThrowNew(jenv, "org/govshare/ParseException", e.what(), &e.path());
  } catch (const govshare::InvalidArgumentError& e) {
    ThrowNew(jenv, "org/govshare/InvalidArgumentException", e.what());
  } catch (const govshare::NotFoundError& e) {
    ThrowNew(jenv, "org/govshare/NotFoundException", e.what());
  } catch (const govshare::PermissionDeniedError& e) {
    ThrowNew(jenv, "org/govshare/PermissionDeniedException", e.what());
  } catch (const govshare::InvalidTransitionError& e) {
    ThrowNew(jenv, "org/govshare/InvalidTransitionException", e.what());
  } catch (const govshare::ConflictError& e) {
    ThrowNew(jenv, "org/govshare/ConflictException", e.what());
  } catch (const govshare::StorageError& e) {
    ThrowNew(jenv, "org/govshare/StorageException", e.what());
  } catch (const govshare::IoError& e) {
    ThrowNew(jenv, "org/govshare/IoException", e.what());
  } catch (const govshare::Error& e) {
    const int code = static_cast<int>(e.code());
    ThrowNew(jenv, "org/govshare/GovShareException", e.what(), nullptr, &code);
  } catch (const std::bad_alloc& e) {
    SWIG_JavaThrowException(jenv, SWIG_JavaOutOfMemoryError, e.what());
  } catch (const std::exception& e) {
    ThrowNew(jenv, "java/lang/RuntimeException", e.what());
  } catch (...) {
    ThrowNew(jenv, "java/lang/RuntimeException", "unknown C++ exception");
  }
}

}  // namespace govshare_jni
%}

// Every wrapped call. (std::vector's index errors are caught closer to the
// call by std_vector.i and arrive as IndexOutOfBoundsException.)
%exception {
  try {
    $action
  } catch (...) {
    govshare_jni::ThrowCurrentException(jenv);
    return $null;
  }
}

