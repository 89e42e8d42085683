#include "govshare/catalog_code.h"

#include <cstdio>

#include "govshare/error.h"

namespace govshare {
namespace {

bool AllDigits(const std::string& s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

bool AllDigitsOrUpper(const std::string& s) {
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) return false;
  return true;
}

void CheckScheme(const CatalogCodeScheme& scheme) {
  if (scheme.detail_width < 0 || scheme.detail_width > 12) {
    throw InvalidArgumentError("catalog code scheme: detail_width must be 0..12, got " +
                               std::to_string(scheme.detail_width));
  }
  if (scheme.sequence_width < 1 || scheme.sequence_width > 12) {
    throw InvalidArgumentError("catalog code scheme: sequence_width must be 1..12, got " +
                               std::to_string(scheme.sequence_width));
  }
}

std::int64_t MaxSequence(const CatalogCodeScheme& scheme) {
  std::int64_t max = 1;
  for (int i = 0; i < scheme.sequence_width; ++i) max *= 10;
  return max - 1;
}

}  // namespace

std::string ClassificationCode(const Classification& c, const CatalogCodeScheme& scheme) {
  CheckScheme(scheme);
  const int category = static_cast<int>(c.category);
  if (category < 1 || category > 3) {
    throw InvalidArgumentError("classification.category must be basic, theme or department (A7)");
  }
  if (c.domain.size() != 2 || !AllDigits(c.domain)) {
    throw InvalidArgumentError("classification.domain (项) must be 2 digits, got \"" + c.domain +
                               "\" (A7 catalog coding)");
  }
  if (c.group.size() != 3 || !AllDigits(c.group)) {
    throw InvalidArgumentError("classification.group (目) must be 3 digits, got \"" + c.group +
                               "\" (A7 catalog coding)");
  }
  if (static_cast<int>(c.detail.size()) != scheme.detail_width || !AllDigitsOrUpper(c.detail)) {
    throw InvalidArgumentError("classification.detail (细目) must be " +
                               std::to_string(scheme.detail_width) +
                               " digits or capital letters, got \"" + c.detail +
                               "\" (A7 catalog coding)");
  }
  return std::to_string(category) + c.domain + c.group + c.detail;
}

std::string ClassificationCode(const Classification& c) {
  return ClassificationCode(c, CatalogCodeScheme{});
}

CatalogCode ParseCatalogCode(const std::string& text, const CatalogCodeScheme& scheme) {
  CheckScheme(scheme);
  const size_t slash = text.find('/');
  if (slash == std::string::npos) {
    throw InvalidArgumentError("catalog code \"" + text +
                               "\" must be classification code \"/\" sequence code (A7)");
  }
  const std::string front = text.substr(0, slash);
  const std::string seq = text.substr(slash + 1);
  const size_t front_len = 6 + static_cast<size_t>(scheme.detail_width);
  if (front.size() != front_len) {
    throw InvalidArgumentError("catalog code \"" + text + "\": classification code must have " +
                               std::to_string(front_len) + " characters (类1 项2 目3 细目" +
                               std::to_string(scheme.detail_width) + ")");
  }
  if (front[0] < '1' || front[0] > '3') {
    throw InvalidArgumentError("catalog code \"" + text +
                               "\": 类 must be 1 (basic), 2 (theme) or 3 (department)");
  }
  CatalogCode code;
  code.classification.category = static_cast<ResourceCategory>(front[0] - '0');
  code.classification.domain = front.substr(1, 2);
  code.classification.group = front.substr(3, 3);
  code.classification.detail = front.substr(6);
  if (!AllDigits(front.substr(1, 5))) {
    throw InvalidArgumentError("catalog code \"" + text + "\": 项 and 目 must be digits");
  }
  if (!AllDigitsOrUpper(code.classification.detail)) {
    throw InvalidArgumentError("catalog code \"" + text +
                               "\": 细目 must be digits or capital letters");
  }
  if (static_cast<int>(seq.size()) != scheme.sequence_width || !AllDigits(seq)) {
    throw InvalidArgumentError("catalog code \"" + text + "\": sequence code must be " +
                               std::to_string(scheme.sequence_width) + " digits");
  }
  code.sequence = std::stoll(seq);
  if (code.sequence == 0) {
    throw InvalidArgumentError("catalog code \"" + text + "\": sequence code starts at 1");
  }
  return code;
}

CatalogCode ParseCatalogCode(const std::string& text) {
  return ParseCatalogCode(text, CatalogCodeScheme{});
}

std::string FormatCatalogCode(const CatalogCode& code, const CatalogCodeScheme& scheme) {
  const std::string front = ClassificationCode(code.classification, scheme);
  if (code.sequence < 1 || code.sequence > MaxSequence(scheme)) {
    throw InvalidArgumentError("catalog code sequence " + std::to_string(code.sequence) +
                               " is outside 1.." + std::to_string(MaxSequence(scheme)));
  }
  std::string seq = std::to_string(code.sequence);
  seq.insert(0, static_cast<size_t>(scheme.sequence_width) - seq.size(), '0');
  return front + "/" + seq;
}

std::string FormatCatalogCode(const CatalogCode& code) {
  return FormatCatalogCode(code, CatalogCodeScheme{});
}

bool IsValidCatalogCode(const std::string& text, const CatalogCodeScheme& scheme) {
  try {
    ParseCatalogCode(text, scheme);
    return true;
  } catch (const Error&) {
    return false;
  }
}

bool IsValidCatalogCode(const std::string& text) {
  return IsValidCatalogCode(text, CatalogCodeScheme{});
}

std::string NextCatalogCode(const std::vector<std::string>& existing,
                            const Classification& classification,
                            const CatalogCodeScheme& scheme) {
  const std::string front = ClassificationCode(classification, scheme);
  std::int64_t highest = 0;
  for (const auto& text : existing) {
    if (text.compare(0, front.size(), front) != 0) continue;
    try {
      const CatalogCode parsed = ParseCatalogCode(text, scheme);
      if (parsed.sequence > highest) highest = parsed.sequence;
    } catch (const Error&) {
      // Malformed codes are not ours to judge here.
    }
  }
  if (highest >= MaxSequence(scheme)) {
    throw InvalidArgumentError("classification " + front + " has no free sequence code left (" +
                               std::to_string(scheme.sequence_width) + " digits)");
  }
  CatalogCode next;
  next.classification = classification;
  next.sequence = highest + 1;
  return FormatCatalogCode(next, scheme);
}

std::string NextCatalogCode(const std::vector<std::string>& existing,
                            const Classification& classification) {
  return NextCatalogCode(existing, classification, CatalogCodeScheme{});
}

}  // namespace govshare
