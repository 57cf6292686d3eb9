#include "service/audit_service.h"

#include <map>

#include <gtest/gtest.h>

#include "base/file.h"
#include "service/audit_view.h"

namespace jixiao {
namespace {

constexpr const char* kExample = "tests/golden/qiannan-2022.evaluation.json";

ReportSource Source(const std::string& path) { return {path, ReadFile(path).value_or("")}; }

TEST(AuditSource, AuditsTheGoldenExample) {
  auto report = AuditSource(Source(kExample), NationalDefault());
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(report->source, kExample);
  EXPECT_EQ(report->profile_id, "national-2020");
  EXPECT_EQ(report->scores.projects.size(), 13u);
  std::map<std::string, std::string> by_rule;
  for (const auto& f : report->findings) by_rule[f.rule] = f.message;
  // Funds by economic class (1237.53 + 10133.82 + 179.96 万元) fall 73,671.12 元 short of the budget.
  EXPECT_NE(by_rule["funds.economic_class_sum"].find("比全年预算数 115586771.12 元 少 73671.12 元"), std::string::npos);
  EXPECT_NE(by_rule["project.no_quantified_indicator"].find("全部 13 个项目均未列出量化绩效指标"), std::string::npos);
  EXPECT_EQ(by_rule.count("dept.execution_rate"), 0u);  // 22.52% is stated right
  EXPECT_TRUE(HasErrors(*report));
}

TEST(AuditSource, SameReportWhetherTheBytesAreLentOrHandedOver) {
  const ReportSource lent = Source("tests/fixtures/reports/qiannan-natural-resources-2022.txt");
  auto from_lent = AuditSource(lent, NationalDefault());
  auto handed_over = AuditSource(ReportSource(lent), NationalDefault());
  ASSERT_TRUE(from_lent && handed_over);
  EXPECT_EQ(AuditJsonText(*from_lent), AuditJsonText(*handed_over));
  EXPECT_FALSE(lent.bytes.empty());
}

TEST(AuditSource, UnreadableSourceIsAnErrorNamingIt) {
  auto empty = AuditSource(ReportSource{"upload.txt", ""}, NationalDefault());
  ASSERT_FALSE(empty);
  EXPECT_NE(empty.error().message.find("upload.txt"), std::string::npos) << empty.error().message;
  auto bad = AuditSource(Source("tests/golden/bad/money-number.json"), NationalDefault());
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("tests/golden/bad/money-number.json:3:27:"), std::string::npos);
}

Finding FindingOf(Severity severity) {
  Finding finding;
  finding.rule = "r";
  finding.severity = severity;
  return finding;
}

TEST(HasErrors, OnlyErrorsCount) {
  AuditReport report;
  EXPECT_FALSE(HasErrors(report));
  report.findings.push_back(FindingOf(Severity::kWarning));
  EXPECT_FALSE(HasErrors(report));
  report.findings.push_back(FindingOf(Severity::kError));
  EXPECT_TRUE(HasErrors(report));
}

TEST(AuditView, TextAndJsonOfTheExampleMatchTheGoldens) {
  auto report = AuditSource(Source(kExample), NationalDefault());
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(AuditText(*report, false), *ReadFile("tests/golden/qiannan-2022.audit.txt"));
  EXPECT_EQ(AuditJsonText(*report), *ReadFile("tests/golden/qiannan-2022.audit.json"));
  EXPECT_EQ(ScoresText(*report), *ReadFile("tests/golden/qiannan-2022.score.txt"));
  EXPECT_TRUE(ScoresJsonText(*report).starts_with("{\n  \"projects\": ["));
  EXPECT_NE(RulesText().find("funds.economic_class_sum"), std::string::npos);
}

// A project whose report states no level (本级 / 上级) is listed without one, not with "［］".
TEST(AuditView, AProjectOfNoStatedLevelShowsNone) {
  auto report = AuditSource(Source(kExample), NationalDefault());
  ASSERT_TRUE(report) << report.error().message;
  report->evaluation.projects[0].level.reset();
  const std::string text = AuditText(*report, false);
  EXPECT_EQ(text.find("［］"), std::string::npos);
  EXPECT_NE(text.find(" 1. 自然资源业务提升项目 预算 45500 元"), std::string::npos) << text;
  EXPECT_NE(text.find("［本级］预算 364000 元"), std::string::npos);
}

}  // namespace
}  // namespace jixiao
