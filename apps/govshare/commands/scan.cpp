#include "commands/scan.h"

#include <openssl/evp.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <vector>

#include "commands/common.h"

namespace govshare_cli {

govshare::ScanDocument ScanOf(const std::string& option, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in || std::filesystem::is_directory(path)) throw UsageError(option + " " + path + ": cannot read " + path);
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1) {
    throw std::runtime_error("SHA-256 unavailable (OpenSSL EVP)");
  }
  std::vector<char> buffer(1 << 16);
  std::int64_t size = 0;
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const std::streamsize n = in.gcount();
    if (n <= 0) break;
    EVP_DigestUpdate(ctx.get(), buffer.data(), static_cast<std::size_t>(n));
    size += n;
  }
  if (in.bad()) throw UsageError(option + " " + path + ": cannot read " + path);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_DigestFinal_ex(ctx.get(), digest, &length);
  static const char* const kHex = "0123456789abcdef";
  govshare::ScanDocument scan;
  scan.file_name = std::filesystem::path(path).filename().string();
  scan.size = size;
  for (unsigned int i = 0; i < length; ++i) {
    scan.sha256 += kHex[digest[i] >> 4];
    scan.sha256 += kHex[digest[i] & 0xf];
  }
  return scan;
}

}  // namespace govshare_cli
