#include "service/profile_service.h"

#include <gtest/gtest.h>

#include "base/file.h"

namespace jixiao {
namespace {

TEST(ProfileById, BuiltInOrDefault) {
  auto national = ProfileById("national-2020");
  ASSERT_TRUE(national);
  EXPECT_EQ(national->id, "national-2020");
  auto empty = ProfileById("");
  ASSERT_TRUE(empty);
  EXPECT_EQ(empty->id, "national-2020");
}

TEST(ProfileById, UnknownIdIsNotFoundAndNeverAPath) {
  for (const char* id : {"guangxi-2021", "profiles/national-2020.json", "/etc/passwd"}) {
    auto profile = ProfileById(id);
    ASSERT_FALSE(profile) << id;
    EXPECT_EQ(profile.error().code, ErrorCode::kNotFound);
    EXPECT_NE(profile.error().message.find("未找到评分配置“" + std::string(id) + "”"), std::string::npos);
  }
}

TEST(ProfileFromBytes, TheShippedFileIsTheBuiltInProfile) {
  const std::string shipped = *ReadFile("profiles/national-2020.json");
  auto profile = ProfileFromBytes({"national-2020.json", shipped});
  ASSERT_TRUE(profile) << profile.error().message;
  EXPECT_EQ(ProfileJsonText(*profile), shipped);
  EXPECT_EQ(ProfileJsonText(*ProfileById("national-2020")), shipped);
}

TEST(ProfileFromBytes, ABadFileSaysWhatIsWrong) {
  auto bad = ProfileFromBytes({"bad.json", *ReadFile("tests/golden/bad/profile-bad-grades.json")});
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("等级分数线应为 优 > 良 > 中"), std::string::npos) << bad.error().message;
}

}  // namespace
}  // namespace jixiao
