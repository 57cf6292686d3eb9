#include "format/evaluation_json.h"

#include <algorithm>
#include <regex>

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

TEST(EvaluationJson, DepartmentIndicatorsRoundTrip) {
  const std::string text = R"({"format":"jixiao.evaluation/1","projects":[],
    "department_indicators":[
      {"level1":"产出指标","level2":"预算执行","name":"预算完成率","formula":"完成数/预算数","comparator":">=",
       "target":"100","actual":"22.52","unit":"%","weight":"10","score_stated":"2.25",
       "deviation_reason":"上级资金下达较晚","qualitative":false,"x_row":[1]},
      {"level1":"效益指标","level2":null,"name":"管理制度健全性","formula":null,"comparator":null,
       "target":"健全","actual":"达成年度指标","unit":null,"weight":"5","score_stated":null,
       "deviation_reason":null,"qualitative":true}]})";
  auto ev = ParseEvaluationJson(text, "t.json");
  ASSERT_TRUE(ev) << ev.error().message;
  ASSERT_EQ(ev->department_indicators.size(), 2u);
  const DepartmentIndicator& rate = ev->department_indicators[0];
  EXPECT_EQ(rate.name, "预算完成率");
  EXPECT_EQ(rate.formula, std::optional<std::string>("完成数/预算数"));
  EXPECT_EQ(rate.comparator, Comparator::kGreaterEqual);
  EXPECT_EQ(ToString(*rate.actual), "22.52");
  EXPECT_EQ(ToString(*rate.score_stated), "2.25");
  EXPECT_TRUE(ev->department_indicators[1].qualitative);
  EXPECT_EQ(ev->department_indicators[1].target_text, std::optional<std::string>("健全"));
  EXPECT_FALSE(ev->department_indicators[1].formula);
  // Written back field for field, in FORMAT.md order (formula after name), the unknown field kept.
  const auto out = EvaluationToJson(*ev);
  const auto in = nlohmann::ordered_json::parse(text);
  EXPECT_EQ(out["department_indicators"], in["department_indicators"]);
  std::vector<std::string> keys;
  for (auto it = out["department_indicators"][0].begin(); it != out["department_indicators"][0].end(); ++it) {
    keys.push_back(it.key());
  }
  EXPECT_EQ(keys, (std::vector<std::string>{"level1", "level2", "name", "formula", "comparator", "target", "actual",
                                            "unit", "weight", "score_stated", "deviation_reason", "qualitative",
                                            "x_row"}));
  // Project indicators do not gain a formula.
  EXPECT_FALSE(EvaluationToJson(*ParseEvaluationJson(
                   R"({"format":"jixiao.evaluation/1","projects":[{"name":"p","indicators":[{"name":"i"}]}]})", "t.json"))
                   ["projects"][0]["indicators"][0]
                       .contains("formula"));
}

TEST(EvaluationJson, DepartmentIndicatorsAbsentAreEmptyAndWrittenAsEmptyList) {
  auto ev = ParseEvaluationJson(R"({"format":"jixiao.evaluation/1"})", "t.json");
  ASSERT_TRUE(ev) << ev.error().message;
  EXPECT_TRUE(ev->department_indicators.empty());
  const auto out = EvaluationToJson(*ev);
  ASSERT_TRUE(out.contains("department_indicators"));
  EXPECT_EQ(out["department_indicators"], nlohmann::ordered_json::array());
  // Between projects and next_steps, as FORMAT.md lists them.
  std::vector<std::string> keys;
  for (auto it = out.begin(); it != out.end(); ++it) keys.push_back(it.key());
  const auto at = std::find(keys.begin(), keys.end(), "department_indicators");
  ASSERT_NE(at, keys.end());
  EXPECT_EQ(*(at - 1), "projects");
  EXPECT_EQ(*(at + 1), "next_steps");
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
      {"{\"format\":\"jixiao.evaluation/1\",\"department_indicators\":[{\"name\":\"a\"},{\"name\":\"b\"},\n"
       "{\"name\":\"c\",\"target\":100}]}",
       "t.json:2:22: 字段 department_indicators[2].target：须写成字符串，如 \"200\""},
      {"{\"format\":\"jixiao.evaluation/1\",\"department_indicators\":[{\"name\":\"a\",\"formula\":1}]}",
       "字段 department_indicators[0].formula：应为字符串"},
      {"{\"format\":\"jixiao.evaluation/1\",\"department_indicators\":[{\"target\":\"1\"}]}",
       "字段 department_indicators[0]：缺少必填字段 \"name\""},
      {"{\"format\":\"jixiao.evaluation/1\",\"department_indicators\":{}}", "字段 department_indicators：应为数组"},
      {"{\"format\":\"jixiao.evaluation/1\",\"department_indicators\":[{\"name\":\"a\",\"comparator\":\"≈\"}]}",
       "字段 department_indicators[0].comparator：比较符应为"},
  };
  for (const auto& c : cases) {
    auto ev = ParseEvaluationJson(c.json, "t.json");
    ASSERT_FALSE(ev) << c.json;
    EXPECT_EQ(ev.error().code, ErrorCode::kInvalidInput);
    EXPECT_NE(ev.error().message.find(c.expected), std::string::npos) << c.json << "\n=> " << ev.error().message;
  }
}

// Reading a parsed tree (a save's edited document) is reading its text: the same evaluation,
// and the same problems, save the line and column a tree has not.
TEST(EvaluationJson, ReadingTheParsedTreeIsReadingItsText) {
  std::vector<std::string> texts;
  for (const char* golden : {kGolden, "tests/golden/dept-2023.evaluation.json", "tests/golden/excerpt-01.evaluation.json",
                             "tests/golden/qiannan-2022.tables-pdf.evaluation.json"}) {
    texts.push_back(*ReadFile(golden));
  }
  const std::string head = R"({"format":"jixiao.evaluation/1","unit":{"name":"某局","x":[1,2.5,{"y":null}]},"year":2022,)";
  for (const char* tail : {
           R"("funds":{"budget_total":"45500","executed_total":"1,000.5","execution_rate_stated":"22.52%","x_f":"f"}})",
           R"("funds":{"budget_total":45500,"executed_total":"x","execution_rate_stated":"a"}})",
           R"("projects":[{"name":"a","level":"county","budget":{"total":"1.005"},"satisfaction":{"comparator":"~"}}]})",
           R"("projects":[{"indicators":[{"name":"i","target":"优","qualitative":"yes"},{"name":"j","weight":1}]}]})",
           R"("department_indicators":[{"name":"a","formula":1},{"target":"1"}],"next_steps":[1,"x"]})",
           R"("functions":["甲"],"projects":[{"name":"p","implementation":"内部"}],"internal":["/functions/0","/projects/0/implementation"]})",
           R"("functions":["甲"],"internal":["/functions/3","/projects/0/name","x",7]})",
           R"("tasks":{},"projects":{},"year":"2022","provenance":{"/unit/name":{"line":3,"column":4,"excerpt":"甲"}}})",
           R"("tasks":[{"task":"t","completion":1}],"provenance":{"/year":{"page":2,"line":1,"column":1}}})"}) {
    texts.push_back(head + tail);
  }
  texts.push_back("[1,2]");
  texts.push_back(R"({"format":"other/2"})");
  const std::regex position(R"(t\.json:\d+:\d+:)");
  for (const auto& text : texts) {
    const auto tree = nlohmann::ordered_json::parse(text);
    auto from_text = ParseEvaluationJson(text, "t.json");
    auto from_tree = EvaluationFromJson(tree, "t.json");
    ASSERT_EQ(from_text.has_value(), from_tree.has_value()) << text;
    if (from_text) {
      EXPECT_EQ(WriteEvaluationJson(*from_tree), WriteEvaluationJson(*from_text)) << text;
    } else {
      EXPECT_EQ(from_tree.error().code, from_text.error().code);
      EXPECT_EQ(from_tree.error().message, std::regex_replace(from_text.error().message, position, "t.json:")) << text;
    }
  }
}

TEST(EvaluationJson, ReportsEveryProblemNotJustTheFirst) {
  auto ev = ParseEvaluationJson(
      R"({"format":"jixiao.evaluation/1","funds":{"budget_total":1,"executed_total":2,"execution_rate_stated":"x"}})",
      "t.json");
  ASSERT_FALSE(ev);
  EXPECT_NE(ev.error().message.find("3 处错误"), std::string::npos) << ev.error().message;
}

// A unit may keep narrative texts out of publication; names and figures it may not.
TEST(EvaluationJson, OnlyNarrativeTextsCanBeMarkedInternal) {
  const std::string head = R"({"format":"jixiao.evaluation/1","functions":["甲","乙"],
    "funds":{"budget_total":"100","shortfall_reason":"结转"},
    "projects":[{"name":"p","implementation":"内部","budget":{"total":"1"},
      "indicators":[{"name":"i","target":"2","deviation_reason":"原因"}]}],"internal":)";
  auto ok = ParseEvaluationJson(head + R"(["/functions/1","/funds/shortfall_reason","/projects/0/implementation",
      "/projects/0/indicators/0/deviation_reason"]})", "t.json");
  ASSERT_TRUE(ok) << ok.error().message;
  EXPECT_EQ(ok->internal.size(), 4u);
  EXPECT_NE(WriteEvaluationJson(*ok).find("\"internal\""), std::string::npos);
  for (const char* refused : {"/funds/budget_total", "/projects/0/name", "/projects/0/budget/total",
                              "/projects/0/indicators/0/target", "/projects/1/implementation", "/functions/7",
                              "not a pointer", "/projects/0/implementation/~9"}) {
    auto bad = ParseEvaluationJson(head + "[\"" + refused + "\"]}", "t.json");
    ASSERT_FALSE(bad) << refused;
    EXPECT_NE(bad.error().message.find("字段 internal[0]"), std::string::npos) << bad.error().message;
  }
  auto none = ParseEvaluationJson(head + "[]}", "t.json");
  ASSERT_TRUE(none);
  EXPECT_EQ(WriteEvaluationJson(*none).find("\"internal\""), std::string::npos);
}

}  // namespace
}  // namespace jixiao
