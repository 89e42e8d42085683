#include "govshare/error.h"

namespace govshare {

Error::Error(ErrorCode code, const std::string& message)
    : std::runtime_error(message), code_(code) {}

InvalidArgumentError::InvalidArgumentError(const std::string& message)
    : Error(ErrorCode::kInvalidArgument, message) {}
InvalidArgumentError::InvalidArgumentError(ErrorCode code, const std::string& message)
    : Error(code, message) {}

ParseError::ParseError(const std::string& path, const std::string& message)
    : InvalidArgumentError(ErrorCode::kParse, path.empty() ? message : path + ": " + message),
      path_(path) {}

NotFoundError::NotFoundError(const std::string& message) : Error(ErrorCode::kNotFound, message) {}
PermissionDeniedError::PermissionDeniedError(const std::string& message)
    : Error(ErrorCode::kPermissionDenied, message) {}
InvalidTransitionError::InvalidTransitionError(const std::string& message)
    : Error(ErrorCode::kInvalidTransition, message) {}
ConflictError::ConflictError(const std::string& message) : Error(ErrorCode::kConflict, message) {}
StorageError::StorageError(const std::string& message) : Error(ErrorCode::kStorage, message) {}
IoError::IoError(const std::string& message) : Error(ErrorCode::kIo, message) {}

}  // namespace govshare
