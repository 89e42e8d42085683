// govshare — the stamped scan of an application or demand request (A20, A24)
// given as a file on the command line: its name, size and SHA-256 are taken
// from the file; the file itself stays with the applicant (the platform keeps
// only its reference and digest, govshare::ScanDocument).
#ifndef GOVSHARE_APPS_COMMANDS_SCAN_H_
#define GOVSHARE_APPS_COMMANDS_SCAN_H_

#include <string>

#include "govshare/sharing.h"

namespace govshare_cli {

// The ScanDocument of the file at `path` (`option` names the option in the
// UsageError when it cannot be read): file_name its last path component, size
// its bytes, sha256 its SHA-256 in 64 lowercase hex digits (OpenSSL EVP).
govshare::ScanDocument ScanOf(const std::string& option, const std::string& path);

}  // namespace govshare_cli

#endif  // GOVSHARE_APPS_COMMANDS_SCAN_H_
