#include "format/profile_json.h"

#include <gtest/gtest.h>

#include "base/file.h"

namespace jixiao {
namespace {

TEST(ProfileJson, ShippedNationalProfileIsTheBuiltInDefault) {
  const std::string path = "profiles/national-2020.json";
  const std::string text = *ReadFile(path);
  auto profile = ParseProfileJson(text, path);
  ASSERT_TRUE(profile) << profile.error().message;
  EXPECT_EQ(WriteProfileJson(*profile), WriteProfileJson(NationalDefault()));
  EXPECT_EQ(text, WriteProfileJson(NationalDefault()));
}

TEST(ProfileJson, EditedValuesAreRead) {
  auto profile = ParseProfileJson(
      R"({"format":"jixiao.profile/1","id":"gz","grades":{"excellent":"85","good":"75","pass":"60"},
          "reverse_rule":"inverse","blocks":{"output":"60","benefit":"30","satisfaction":"0"},
          "no_satisfaction_to":{"output":"0","benefit":"0"}})",
      "gz.json");
  ASSERT_TRUE(profile) << profile.error().message;
  EXPECT_EQ(profile->id, "gz");
  EXPECT_EQ(ToString(profile->grade_excellent), "85");
  EXPECT_EQ(profile->reverse_rule, ReverseRule::kInverse);
  EXPECT_EQ(ToString(profile->output_points), "60");
}

TEST(ProfileJson, BadProfilesSayWhereAndWhy) {
  const std::pair<const char*, const char*> cases[] = {
      {R"({"format":"jixiao.profile/1","grade":{}})", "p.json:1:38: 字段 /grade：未知字段"},
      {R"({"format":"jixiao.profile/1","grades":{"excellent":90}})", "字段 /grades/excellent：须写成字符串"},
      {R"({"format":"jixiao.profile/1","blocks":"x"})", "字段 /blocks：应为 JSON 对象"},
      {R"({"format":"jixiao.profile/1","blocks":{"output":"40"}})", "产出、效益、满意度分值之和应等于指标总分 90"},
      {R"({"format":"jixiao.profile/1","reverse_rule":"log"})", "应为 \"linear\""},
      {R"({"format":"jixiao.profile/1","grades":{"good":"95"}})", "优 > 良 > 中"},
      {R"({"id":"x"})", "不是评分配置文件"},
      {"{", "不是有效的 JSON"},
  };
  for (const auto& [json, expected] : cases) {
    auto profile = ParseProfileJson(json, "p.json");
    ASSERT_FALSE(profile) << json;
    EXPECT_NE(profile.error().message.find(expected), std::string::npos) << json << "\n=> " << profile.error().message;
  }
}

}  // namespace
}  // namespace jixiao
