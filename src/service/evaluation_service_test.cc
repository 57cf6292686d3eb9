#include "service/evaluation_service.h"

#include <gtest/gtest.h>

namespace jixiao {
namespace {

TEST(AuditFile, AuditsTheGoldenExample) {
  auto report = AuditFile("tests/golden/qiannan-2022.evaluation.json", "national-2020");
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(report->scores.projects.size(), 13u);
  bool economic = false;
  for (const auto& f : report->findings) economic |= f.rule == "funds.economic_class_sum";
  EXPECT_TRUE(economic);
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
