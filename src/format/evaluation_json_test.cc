#include "format/evaluation_json.h"

#include <gtest/gtest.h>

#include "base/file.h"

namespace jixiao {
namespace {

const char* kGolden = "tests/golden/qiannan-2022.evaluation.json";

TEST(EvaluationJson, GoldenExampleRoundTripsExactly) {
  const std::string text = *ReadFile(kGolden);
  auto ev = ParseEvaluationJson(text, kGolden);
  ASSERT_TRUE(ev) << ev.error().message;
  EXPECT_EQ(ev->projects.size(), 13u);
  EXPECT_EQ(ev->funds.budget_total->units(), 11558677112);
  EXPECT_EQ(nlohmann::ordered_json::parse(WriteEvaluationJson(*ev)), nlohmann::ordered_json::parse(text));
}

TEST(EvaluationJson, UnknownFieldsSurviveARoundTrip) {
  const std::string text = R"({"format":"jixiao.evaluation/1","x_root":{"a":[1,2]},
    "unit":{"name":"某局","code":null,"x_unit":true},
    "funds":{"budget_total":"100","x_funds":"f"},
    "projects":[{"name":"p","x_project":1,"budget":{"total":"1","x_budget":null},
      "indicators":[{"name":"i","target":"2","x_ind":"y"}]}]})";
  auto ev = ParseEvaluationJson(text, "t.json");
  ASSERT_TRUE(ev) << ev.error().message;
  const auto out = EvaluationToJson(*ev);
  EXPECT_EQ(out["x_root"], nlohmann::ordered_json::parse(R"({"a":[1,2]})"));
  EXPECT_EQ(out["unit"]["x_unit"], true);
  EXPECT_EQ(out["funds"]["x_funds"], "f");
  EXPECT_EQ(out["projects"][0]["x_project"], 1);
  EXPECT_TRUE(out["projects"][0]["budget"]["x_budget"].is_null());
  EXPECT_TRUE(out["projects"][0]["budget"].contains("x_budget"));
  EXPECT_EQ(out["projects"][0]["indicators"][0]["x_ind"], "y");
}

TEST(EvaluationJson, NullIsNotStatedAndEmptyStringIsKept) {
  auto ev = ParseEvaluationJson(R"({"format":"jixiao.evaluation/1","unit":{"name":"","code":null}})", "t.json");
  ASSERT_TRUE(ev);
  EXPECT_EQ(ev->unit.name, std::optional<std::string>(""));
  EXPECT_FALSE(ev->unit.code);
}

struct BadCase {
  std::string json;
  std::string expected;  // a part of the message
};

TEST(EvaluationJson, BadInputNamesLineColumnAndField) {
  const BadCase cases[] = {
      {"{\"format\":\"jixiao.evaluation/1\",\n\"funds\":{\"budget_total\": 45500}}",
       "t.json:2:26: 字段 funds.budget_total：金额须写成字符串，如 \"45500.00\""},
      {"{\"format\":\"jixiao.evaluation/1\",\"funds\":{\"budget_total\":\"1.005\"}}",
       "字段 funds.budget_total：金额“1.005” 的小数位超过 2 位"},
      {"{\"format\":\"jixiao.evaluation/1\",\"projects\":[{\"name\":\"a\"},\n {\"name\":\"b\",\"executed\":\"x\"}]}",
       "t.json:2:25: 字段 projects[1].executed：金额“x” 不是数字"},
      {"{\"format\":\"jixiao.evaluation/1\",\"projects\":[{}]}", "字段 projects[0]：缺少必填字段 \"name\""},
      {"{\"format\":\"jixiao.evaluation/1\",\"projects\":[{\"name\":\"a\",\"level\":\"county\"}]}",
       "字段 projects[0].level：应为 \"own\"（本级安排）或 \"superior\"（上级资金）"},
      {"{\"format\":\"jixiao.evaluation/1\",\"year\":\"2022\"}", "字段 year：年度应为整数"},
      {"{\"format\":\"other/2\"}", "\"format\" 应为 \"jixiao.evaluation/1\""},
      {"{\"format\":\"jixiao.evaluation/1\",", "t.json:1:33: 不是有效的 JSON"},
      {"[1,2]", "应为 JSON 对象"},
      {"", "不是有效的 JSON"},
      {"{\"format\":\"jixiao.evaluation/1\",\"projects\":[{\"name\":\"a\",\"indicators\":[{\"name\":\"i\",\"target\":\"优\"}]}]}",
       "定性指标请设 \"qualitative\": true"},
      {"{\"format\":\"jixiao.evaluation/1\",\"funds\":{\"execution_rate_stated\":22.52}}",
       "字段 funds.execution_rate_stated：须写成字符串，如 \"22.52\""},
      {"{\"format\":\"jixiao.evaluation/1\",\"projects\":[{\"name\":\"a\",\"satisfaction\":{\"comparator\":\"~\"}}]}",
       "比较符应为"},
  };
  for (const auto& c : cases) {
    auto ev = ParseEvaluationJson(c.json, "t.json");
    ASSERT_FALSE(ev) << c.json;
    EXPECT_EQ(ev.error().code, ErrorCode::kInvalidInput);
    EXPECT_NE(ev.error().message.find(c.expected), std::string::npos) << c.json << "\n=> " << ev.error().message;
  }
}

TEST(EvaluationJson, ReportsEveryProblemNotJustTheFirst) {
  auto ev = ParseEvaluationJson(
      R"({"format":"jixiao.evaluation/1","funds":{"budget_total":1,"executed_total":2,"execution_rate_stated":"x"}})",
      "t.json");
  ASSERT_FALSE(ev);
  EXPECT_NE(ev.error().message.find("3 处错误"), std::string::npos) << ev.error().message;
}

}  // namespace
}  // namespace jixiao
