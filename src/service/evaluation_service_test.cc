#include "service/evaluation_service.h"

#include <map>

#include <gtest/gtest.h>

namespace jixiao {
namespace {

TEST(AuditFile, AuditsTheGoldenExample) {
  auto report = AuditFile("tests/golden/qiannan-2022.evaluation.json", "national-2020");
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(report->scores.projects.size(), 13u);
  std::map<std::string, std::string> by_rule;
  for (const auto& f : report->findings) by_rule[f.rule] = f.message;
  // Funds by economic class (1237.53 + 10133.82 + 179.96 万元) fall 73,671.12 元 short of the budget.
  EXPECT_NE(by_rule["funds.economic_class_sum"].find("比全年预算数 115586771.12 元 少 73671.12 元"), std::string::npos);
  EXPECT_NE(by_rule["project.no_quantified_indicator"].find("全部 13 个项目均未列出量化绩效指标"), std::string::npos);
  EXPECT_EQ(by_rule.count("dept.execution_rate"), 0u);  // 22.52% is stated right
}

TEST(AuditFile, UnknownProfileAndMissingFileAreErrors) {
  auto bad_profile = AuditFile("tests/golden/qiannan-2022.evaluation.json", "guangxi-2021");
  ASSERT_FALSE(bad_profile);
  EXPECT_NE(bad_profile.error().message.find("未找到评分配置“guangxi-2021”"), std::string::npos);
  auto missing = AuditFile("no-such-file.json", "national-2020");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace jixiao
