// LibreOffice opens what we write: one soffice run converts the example DOCX and XLSX and a
// large DOCX to PDF (each start costs seconds, so the files are batched).
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "render/render.h"
#include "render/testing/sample.h"

namespace jixiao {
namespace {

int Pages(const std::string& pdf) {
  std::string info;
  testing::Run("pdfinfo " + pdf, &info);
  std::smatch m;
  return std::regex_search(info, m, std::regex("Pages:\\s+(\\d+)")) ? std::stoi(m[1]) : 0;
}

TEST(ConsumersTest, LibreOfficeConvertsDocxAndXlsx) {
  if (!testing::HaveTool("soffice")) GTEST_SKIP() << "LibreOffice (soffice) not installed";
  const std::string dir = testing::TempDir("soffice");
  const RenderOptions options;
  const Evaluation example = testing::LoadExample(), large = testing::GenerateLarge(40, 10);
  const Scores example_scores = ScoreEvaluation(example, options.profile);
  const Scores large_scores = ScoreEvaluation(large, options.profile);
  struct Out {
    std::string name;
    const Evaluation& ev;
    const Scores& scores;
    ReportFormat format;
  };
  const Out outs[] = {{"example.docx", example, example_scores, ReportFormat::kDocx},
                      {"sheet.xlsx", example, example_scores, ReportFormat::kXlsx},
                      {"large.docx", large, large_scores, ReportFormat::kDocx}};
  std::string files;
  for (const Out& o : outs) {
    auto bytes = RenderReport(o.ev, o.scores, testing::SampleFindings(), o.format, options);
    ASSERT_TRUE(bytes) << bytes.error().message;
    testing::WriteBytes(dir + "/" + o.name, *bytes);
    files += " " + dir + "/" + o.name;
  }
  std::string log;
  const int status = testing::Run("cd " + dir + " && timeout 300 soffice --headless -env:UserInstallation=file://" + dir +
                                      "/profile --convert-to pdf --outdir " + dir + "/pdf" + files,
                                  &log);
  ASSERT_EQ(status, 0) << log;
  EXPECT_EQ(log.find("Error"), std::string::npos) << log;
  const int example_pages = Pages(dir + "/pdf/example.pdf");
  EXPECT_GT(example_pages, 5) << log;
  EXPECT_GT(Pages(dir + "/pdf/sheet.pdf"), 1) << log;
  EXPECT_GT(Pages(dir + "/pdf/large.pdf"), example_pages + 20) << log;
  if (!::testing::Test::HasFailure()) std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace jixiao
