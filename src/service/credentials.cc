#include "service/credentials.h"

#include <sodium.h>

#include <array>
#include <mutex>

namespace jixiao {

namespace {

void InitSodium() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (sodium_init() < 0) std::abort();  // no secure random source: nothing safe can go on
  });
}

std::string Hex(const unsigned char* bytes, std::size_t size) {
  std::string out(size * 2, '\0');
  sodium_bin2hex(out.data(), out.size() + 1, bytes, size);
  return out;
}

// Interactive limits: about 60 ms and 64 MiB per hash on this class of machine.
constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr std::size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

}  // namespace

Result<std::string> HashPassword(std::string_view password) {
  InitSodium();
  if (password.size() < 8) return Invalid("密码至少 8 个字符");
  std::array<char, crypto_pwhash_STRBYTES> out{};
  if (crypto_pwhash_str_alg(out.data(), password.data(), password.size(), kOpsLimit, kMemLimit,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Fail(ErrorCode::kIo, "内存不足，无法计算密码散列");
  }
  return std::string(out.data());
}

bool VerifyPassword(std::string_view password, const std::string& hash) {
  InitSodium();
  if (hash.empty()) return false;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string NewToken() {
  InitSodium();
  std::array<unsigned char, 32> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  return Hex(bytes.data(), bytes.size());
}

std::string Sha256Hex(std::string_view bytes) {
  InitSodium();
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  return Hex(digest.data(), digest.size());
}

bool SameToken(std::string_view a, std::string_view b) {
  InitSodium();
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace jixiao
