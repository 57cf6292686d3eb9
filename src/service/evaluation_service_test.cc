#include "service/evaluation_service.h"

#include <gtest/gtest.h>

#include "base/file.h"

namespace jixiao {
namespace {

constexpr const char* kExample = "tests/golden/qiannan-2022.evaluation.json";
constexpr const char* kReport = "tests/fixtures/reports/qiannan-natural-resources-2022.txt";

ReportSource Source(const std::string& path) { return {path, ReadFile(path).value_or("")}; }

TEST(LoadEvaluation, ReadsAJsonDocumentAlsoWithAByteOrderMark) {
  ReportSource source = Source(kExample);
  auto plain = LoadEvaluation(source);
  source.bytes.insert(0, "\xEF\xBB\xBF");
  auto with_bom = LoadEvaluation(std::move(source));
  ASSERT_TRUE(plain && with_bom);
  EXPECT_EQ(plain->evaluation.unit.name, "黔南州自然资源局");
  EXPECT_TRUE(plain->read_findings.empty());
  EXPECT_EQ(EvaluationJsonText(with_bom->evaluation, true), EvaluationJsonText(plain->evaluation, true));
}

TEST(LoadEvaluation, ReadsAReportIntoTheGoldenDocument) {
  auto loaded = LoadEvaluation(Source(kReport));
  ASSERT_TRUE(loaded) << loaded.error().message;
  EXPECT_FALSE(loaded->evaluation.provenance.empty());
  EXPECT_EQ(EvaluationJsonText(loaded->evaluation, false), *ReadFile(kExample));
  EXPECT_NE(EvaluationJsonText(loaded->evaluation, true), *ReadFile(kExample));
}

TEST(LoadEvaluation, ErrorsNameTheSource) {
  auto bad = LoadEvaluation(Source("tests/golden/bad/truncated.json"));
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("tests/golden/bad/truncated.json:3:1: 不是有效的 JSON"), std::string::npos);
  auto minutes = LoadEvaluation(ReportSource{"会议纪要.txt", *ReadFile("tests/golden/bad/minutes.txt")});
  ASSERT_FALSE(minutes);
  EXPECT_NE(minutes.error().message.find("会议纪要.txt"), std::string::npos) << minutes.error().message;
}

}  // namespace
}  // namespace jixiao
