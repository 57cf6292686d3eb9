#include "service/credentials.h"

#include <gtest/gtest.h>

#include "base/clock.h"
#include "service/rate_limit.h"

namespace jixiao {
namespace {

TEST(Credentials, Argon2idHashVerifiesOnlyTheSamePassword) {
  auto hash = HashPassword("correct horse");
  ASSERT_TRUE(hash) << hash.error().message;
  EXPECT_TRUE(hash->starts_with("$argon2id$"));
  EXPECT_TRUE(VerifyPassword("correct horse", *hash));
  EXPECT_FALSE(VerifyPassword("correct hors", *hash));
  EXPECT_FALSE(VerifyPassword("correct horse", ""));
  EXPECT_NE(*hash, *HashPassword("correct horse"));  // salted
}

TEST(Credentials, ShortPasswordsAreRefusedWithAReason) {
  auto hash = HashPassword("1234567");
  ASSERT_FALSE(hash);
  EXPECT_EQ(hash.error().message, "密码至少 8 个字符");
}

TEST(Credentials, TokensAreRandomHexAndDigestsAreSha256) {
  const std::string a = NewToken(), b = NewToken();
  EXPECT_EQ(a.size(), 64u);
  EXPECT_NE(a, b);
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_TRUE(SameToken(a, a));
  EXPECT_FALSE(SameToken(a, b));
}

TEST(FailureLimiter, RefusesAfterTheLimitUntilTheWindowPasses) {
  ManualClock clock(1'000'000);
  FailureLimiter limiter(clock, 3, 900);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(limiter.WaitSeconds("account:wangfang"), 0) << i;
    limiter.RecordFailure("account:wangfang");
  }
  EXPECT_EQ(limiter.WaitSeconds("account:wangfang"), 900);
  EXPECT_EQ(limiter.WaitSeconds("account:lijun"), 0);  // other keys are not affected
  clock.Advance(899);
  EXPECT_EQ(limiter.WaitSeconds("account:wangfang"), 1);
  clock.Advance(1);
  EXPECT_EQ(limiter.WaitSeconds("account:wangfang"), 0);
  limiter.RecordFailure("account:wangfang");
  limiter.Clear("account:wangfang");
  EXPECT_EQ(limiter.WaitSeconds("account:wangfang"), 0);
}

}  // namespace
}  // namespace jixiao
