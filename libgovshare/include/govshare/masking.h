// libgovshare — desensitization (数据脱敏) and identifier validators for the
// data boundary (A8 conditional sharing, A28, A30; docs/masking.md).
//
// Masking works on Unicode code points (a Chinese name masks character by
// character, never byte by byte) and never throws on odd input: a value too
// short for its rule is masked entirely, and a byte of malformed UTF-8 counts
// as one character that is always masked. Validators explain why a value is
// invalid, in English and Chinese.
#ifndef GOVSHARE_MASKING_H_
#define GOVSHARE_MASKING_H_

#include <string>

#include "govshare/catalog.h"
#include "govshare/export.h"
#include "govshare/platform_types.h"

namespace govshare {

// ---- validators (docs/standards.md §4) ------------------------------------------------

/// The kinds of identifier the validators know.
enum class IdentifierKind {
  kIdCard = 1,      ///< 居民身份证号码 (GB 11643-1999, 18 characters; 15-character legacy upgraded)
  kCreditCode = 2,  ///< 统一社会信用代码 (GB 32100-2015)
  kOrgCode = 3,     ///< 组织机构代码 (GB 11714-1997)
  kBankCard = 4,    ///< 银行卡号 (16–19 digits, Luhn / ISO/IEC 7812)
  kMobile = 5,      ///< 手机号码 (11 digits, 1[3-9]…; +86/0086/86 prefixes, spaces and hyphens stripped)
};

/// The result of a check.
struct GOVSHARE_EXPORT IdentifierCheck {
  bool valid = false;
  /// Why not (English, with the standard), e.g. "check character is 2, not 3
  /// (GB 11643)"; empty when valid.
  std::string reason;
  /// Chinese reason, e.g. "校验码应为 2，实为 3"; empty when valid.
  std::string reason_zh;
  /// The canonical form when valid: an ID card upper-cased and upgraded to
  /// 18 characters, a credit code upper-cased, an organisation code as
  /// XXXXXXXX-X, a mobile number as its 11 digits, a bank card as its digits.
  std::string normalized;
};

/// Checks `value` as `kind`. Never throws. Outer ASCII whitespace is ignored;
/// letters are upper-cased (ID card X, credit and organisation codes); a bank
/// card or mobile number may contain spaces and hyphens. The ID card's region
/// code (positions 1–6) is not checked: numbers keep historical codes.
GOVSHARE_EXPORT IdentifierCheck CheckIdentifier(IdentifierKind kind, const std::string& value);

/// The GB 11643 check character (0–9 or X) of the first 17 digits. Throws
/// the invalid-argument error unless `body17` is 17 digits.
GOVSHARE_EXPORT char IdCardCheckChar(const std::string& body17);

/// Upgrades a 15-character legacy ID number (6 region + YYMMDD + 3 sequence)
/// to 18 characters (inserts 19, appends the check character). Throws the
/// invalid-argument error when it is not 15 digits with a real date.
GOVSHARE_EXPORT std::string UpgradeIdCard15(const std::string& id15);

// ---- masking (docs/standards.md §3.2) -------------------------------------------------

/// Masks `value` with the default rule of `kind`:
/// - id card: first 6 + last 4 (`320613********1232`);
/// - name: first character (`张*`, `欧阳娜娜` → `欧***`);
/// - mobile: first 3 + last 4 (`139****5678`; a +86/0086 prefix, spaces and
///   hyphens stay as written, as they do for bank cards and fixed phones);
/// - fixed phone: area code + last 4 (`0513-****3456`);
/// - address: through the county/district (县/区/市 after the city), the rest
///   masked (`江苏省南通市崇川区***********`); without a recognisable
///   省/市/区县 prefix, the first min(6, length/2) characters are kept
///   (docs/masking.md);
/// - bank card: first 6 + last 4;
/// - credit code: not masked for enterprises (public registration data,
///   standards §3.2) except 个体工商户 (`92…`), masked first 8 + last 2;
/// - email: the first character of the local part + the domain;
/// - other: everything masked; none: unchanged.
/// Never throws; masks by code point with `*`.
GOVSHARE_EXPORT std::string Mask(PersonalInfoKind kind, const std::string& value);

/// Keeps the first `keep_head` and last `keep_tail` code points and replaces
/// each other code point with `mask_char` (one code point). When the value
/// has no more than keep_head + keep_tail code points, every code point is
/// masked. Throws the invalid-argument error for negative counts or a
/// mask_char that is not exactly one code point.
GOVSHARE_EXPORT std::string MaskKeep(const std::string& value, int keep_head, int keep_tail,
                                     const std::string& mask_char = "*");

/// A keyed deterministic pseudonym for linkage (假名化): HMAC of `value`
/// under `key` with SM3 (HMAC-SM3) or SHA-256 through OpenSSL's libcrypto,
/// as lowercase hex (64 digits). Throws the invalid-argument error for an
/// empty key, the storage error if libcrypto lacks the algorithm.
GOVSHARE_EXPORT std::string Pseudonym(const std::string& key, const std::string& value,
                                      HashAlgorithm algorithm = HashAlgorithm::kSm3);

/// The CLI name: `id-card`, `credit-code`, `org-code`, `bank-card`, `mobile`.
GOVSHARE_EXPORT std::string ToString(IdentifierKind value);
/// Parses `id-card`, `credit-code`, `org-code`, `bank-card`, `mobile` (the
/// CLI's names; `_` accepted for `-`). Throws the invalid-argument error.
GOVSHARE_EXPORT IdentifierKind ParseIdentifierKind(const std::string& name);
GOVSHARE_EXPORT std::string ChineseLabel(IdentifierKind value);

}  // namespace govshare

#endif  // GOVSHARE_MASKING_H_
