// libgovshare — Chinese identifier check characters.
#ifndef GOVSHARE_IDENTIFIERS_H_
#define GOVSHARE_IDENTIFIERS_H_

#include <string>

#include "govshare/export.h"

namespace govshare {

/// True when `code` is an 18-character 统一社会信用代码 (GB 32100-2015):
/// registration authority [1-9ANY], 31-symbol alphabet (no I O S V Z), a
/// valid GB 11714 organisation code in positions 9–17 and a correct check
/// character. Never throws.
GOVSHARE_EXPORT bool IsValidCreditCode(const std::string& code);

/// The GB 32100 check character for the first 17 characters. Throws the
/// invalid-argument error when `body17` is not 17 symbols of the alphabet.
GOVSHARE_EXPORT char CreditCodeCheckChar(const std::string& body17);

/// True when `code` is a 组织机构代码 (GB 11714-1997), `XXXXXXXX-X` or
/// `XXXXXXXXX`, with a correct check character. Never throws.
GOVSHARE_EXPORT bool IsValidOrganizationCode(const std::string& code);

}  // namespace govshare

#endif  // GOVSHARE_IDENTIFIERS_H_
