#include "govshare/version.h"

namespace govshare {
std::string Version() { return GOVSHARE_VERSION_STRING; }
}  // namespace govshare
