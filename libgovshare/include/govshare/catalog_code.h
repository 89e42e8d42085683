// libgovshare — catalog codes (信息资源代码, A7).
//
// A code is the 前段码 (classification code: 类 1 digit, 项 2 digits, 目 3
// digits, 细目 of the scheme's width) followed by "/" and the 后段码 (a
// zero-padded sequence code of the scheme's width), e.g. `101001/000001`.
// The bureau assigns codes (A7); NextCatalogCode gives the next free one in a
// classification. See docs/catalog-coding.md.
#ifndef GOVSHARE_CATALOG_CODE_H_
#define GOVSHARE_CATALOG_CODE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "govshare/catalog.h"
#include "govshare/export.h"

namespace govshare {

/// The coding scheme (《南通市政务信息资源目录编码规范》 is configurable here).
struct GOVSHARE_EXPORT CatalogCodeScheme {
  /// Width of 细目 (digits or capital letters). 0 = no 细目. Default 0.
  int detail_width = 0;
  /// Width of the zero-padded sequence code (1..12). Default 6.
  int sequence_width = 6;
  bool operator==(const CatalogCodeScheme& o) const {
    return detail_width == o.detail_width && sequence_width == o.sequence_width;
  }
};

/// A parsed catalog code.
struct GOVSHARE_EXPORT CatalogCode {
  Classification classification;
  /// The sequence number, 1 .. 10^sequence_width - 1.
  std::int64_t sequence = 0;
  bool operator==(const CatalogCode& o) const {
    return classification == o.classification && sequence == o.sequence;
  }
};

/// The 前段码 of a classification, e.g. `101001`. Throws the
/// invalid-argument error when a part has the wrong form for the scheme.
GOVSHARE_EXPORT std::string ClassificationCode(const Classification& classification,
                                               const CatalogCodeScheme& scheme);
GOVSHARE_EXPORT std::string ClassificationCode(const Classification& classification);

/// Parses a code. Throws the invalid-argument error naming the faulty part.
GOVSHARE_EXPORT CatalogCode ParseCatalogCode(const std::string& text,
                                             const CatalogCodeScheme& scheme);
GOVSHARE_EXPORT CatalogCode ParseCatalogCode(const std::string& text);

/// Formats a code. Throws the invalid-argument error when it cannot be
/// written under the scheme.
GOVSHARE_EXPORT std::string FormatCatalogCode(const CatalogCode& code,
                                              const CatalogCodeScheme& scheme);
GOVSHARE_EXPORT std::string FormatCatalogCode(const CatalogCode& code);

/// True when `text` is a well-formed code under the scheme. Never throws.
GOVSHARE_EXPORT bool IsValidCatalogCode(const std::string& text, const CatalogCodeScheme& scheme);
GOVSHARE_EXPORT bool IsValidCatalogCode(const std::string& text);

/// The next free code in `classification`: one past the highest sequence in
/// use among `existing` codes of that classification (codes are never
/// reused, so gaps left by withdrawn entries stay gaps). Codes in `existing`
/// that are malformed or of other classifications are ignored. Throws the
/// invalid-argument error when the classification is malformed or the
/// sequence space is exhausted.
GOVSHARE_EXPORT std::string NextCatalogCode(const std::vector<std::string>& existing,
                                            const Classification& classification,
                                            const CatalogCodeScheme& scheme);
GOVSHARE_EXPORT std::string NextCatalogCode(const std::vector<std::string>& existing,
                                            const Classification& classification);

}  // namespace govshare

#endif  // GOVSHARE_CATALOG_CODE_H_
