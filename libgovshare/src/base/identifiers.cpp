#include "govshare/identifiers.h"

#include <cstring>

#include "govshare/error.h"

namespace govshare {
namespace {

// GB 32100-2015 alphabet: 31 symbols, no I, O, S, V, Z.
constexpr char kCreditAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kCreditWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

int CreditValue(char c) {
  const char* p = std::strchr(kCreditAlphabet, c);
  return (c != '\0' && p) ? static_cast<int>(p - kCreditAlphabet) : -1;
}

// GB 11714-1997 check over 8 body characters [0-9A-Z]; -1 if malformed.
char OrgCheck(const std::string& body8) {
  static const int kWeights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (int i = 0; i < 8; ++i) {
    const char c = body8[static_cast<size_t>(i)];
    int v;
    if (c >= '0' && c <= '9') v = c - '0';
    else if (c >= 'A' && c <= 'Z') v = c - 'A' + 10;
    else return '\0';
    sum += v * kWeights[i];
  }
  const int r = 11 - sum % 11;
  return r == 10 ? 'X' : (r == 11 ? '0' : static_cast<char>('0' + r));
}

}  // namespace

char CreditCodeCheckChar(const std::string& body17) {
  if (body17.size() != 17) {
    throw InvalidArgumentError("credit code body must have 17 characters, got " +
                               std::to_string(body17.size()));
  }
  int sum = 0;
  for (size_t i = 0; i < 17; ++i) {
    const int v = CreditValue(body17[i]);
    if (v < 0) {
      throw InvalidArgumentError(std::string("credit code character '") + body17[i] +
                                 "' at position " + std::to_string(i + 1) +
                                 " is outside the GB 32100 alphabet");
    }
    sum += v * kCreditWeights[i];
  }
  return kCreditAlphabet[(31 - sum % 31) % 31];
}

bool IsValidCreditCode(const std::string& code) {
  if (code.size() != 18) return false;
  const char first = code[0];
  if (!((first >= '1' && first <= '9') || first == 'A' || first == 'N' || first == 'Y')) return false;
  for (char c : code)
    if (CreditValue(c) < 0) return false;
  // Positions 3–8: the registering authority's administrative division code.
  for (size_t i = 2; i < 8; ++i)
    if (code[i] < '0' || code[i] > '9') return false;
  if (OrgCheck(code.substr(8, 8)) != code[16]) return false;
  return CreditCodeCheckChar(code.substr(0, 17)) == code[17];
}

bool IsValidOrganizationCode(const std::string& code) {
  std::string body, check;
  if (code.size() == 10 && code[8] == '-') {
    body = code.substr(0, 8);
    check = code.substr(9, 1);
  } else if (code.size() == 9) {
    body = code.substr(0, 8);
    check = code.substr(8, 1);
  } else {
    return false;
  }
  const char expected = OrgCheck(body);
  return expected != '\0' && expected == check[0];
}

}  // namespace govshare
