// libgovshare — error hierarchy.
//
// Every failure the library reports by exception derives from govshare::Error.
// One class per reaction a caller would choose differently; the bindings map
// each class to a Python exception under GovShareError and to an unchecked Java
// exception under GovShareException (see docs/error-model.md).
//
// Answers that are expected data — validation findings, "may X use Y?" — are
// returned as values, never thrown.
#ifndef GOVSHARE_ERROR_H_
#define GOVSHARE_ERROR_H_

#include <stdexcept>
#include <string>

#include "govshare/export.h"

namespace govshare {

/// Machine-readable kind of an error. Values are stable.
enum class ErrorCode {
  kInvalidArgument = 1,  ///< bad input from the caller
  kParse = 2,            ///< a document (JSON) could not be read; see the path
  kNotFound = 3,         ///< the named object does not exist
  kPermissionDenied = 4, ///< the acting user's role may not do this
  kInvalidTransition = 5,///< a state machine refused the move
  kConflict = 6,         ///< a concurrent or duplicate change was refused
  kStorage = 7,          ///< the database failed
  kIo = 8,               ///< a file could not be read or written
};

/// Root of the hierarchy. Thread-compatible value.
class GOVSHARE_EXPORT Error : public std::runtime_error {
 public:
  Error(ErrorCode code, const std::string& message);
  ErrorCode code() const { return code_; }

 private:
  ErrorCode code_;
};

/// Bad input: a field breaks a rule. The message names the field and the rule.
class GOVSHARE_EXPORT InvalidArgumentError : public Error {
 public:
  explicit InvalidArgumentError(const std::string& message);

 protected:
  InvalidArgumentError(ErrorCode code, const std::string& message);
};

/// A document could not be parsed or does not match its format. path() is
/// the location inside the document, e.g. `entries[3].items[1].type`
/// (empty when the document as a whole is at fault).
class GOVSHARE_EXPORT ParseError : public InvalidArgumentError {
 public:
  ParseError(const std::string& path, const std::string& message);
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

/// The named object does not exist.
class GOVSHARE_EXPORT NotFoundError : public Error {
 public:
  explicit NotFoundError(const std::string& message);
};

/// The acting user's role or department may not take this action.
class GOVSHARE_EXPORT PermissionDeniedError : public Error {
 public:
  explicit PermissionDeniedError(const std::string& message);
};

/// A state machine refused the requested transition.
class GOVSHARE_EXPORT InvalidTransitionError : public Error {
 public:
  explicit InvalidTransitionError(const std::string& message);
};

/// A stale or duplicate change was refused.
class GOVSHARE_EXPORT ConflictError : public Error {
 public:
  explicit ConflictError(const std::string& message);
};

/// The database failed.
class GOVSHARE_EXPORT StorageError : public Error {
 public:
  explicit StorageError(const std::string& message);
};

/// A file could not be read or written.
class GOVSHARE_EXPORT IoError : public Error {
 public:
  explicit IoError(const std::string& message);
};

}  // namespace govshare

#endif  // GOVSHARE_ERROR_H_
