// Secrets for logins: argon2id password hashes, random session and CSRF tokens, and the
// SHA-256 digests under which tokens and documents are stored (all by libsodium).
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace jixiao {

// An argon2id hash string ("$argon2id$v=19$m=…"), salted, for storing.
Result<std::string> HashPassword(std::string_view password);
bool VerifyPassword(std::string_view password, const std::string& hash);
// 32 random bytes as 64 hex digits.
std::string NewToken();
std::string Sha256Hex(std::string_view bytes);
// Constant-time comparison of two tokens.
bool SameToken(std::string_view a, std::string_view b);

}  // namespace jixiao
