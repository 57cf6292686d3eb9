// Every writer on the example and on a large generated document, checked by real consumers
// where one is installed (poppler's pdftotext / pdffonts / pdfinfo, unzip, xmllint).
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <set>
#include <sstream>

#include "render/render.h"
#include "render/testing/sample.h"

namespace jixiao {
namespace {

std::string Squash(std::string text) {
  std::string out;
  for (char ch : text) {
    if (ch != '\n' && ch != ' ' && ch != '\f') out += ch;
  }
  return out;
}

class WritersTest : public ::testing::Test {
 protected:
  Evaluation ev_ = testing::LoadExample();
  RenderOptions options_ = [] {
    RenderOptions o;
    o.include_findings = true;
    return o;
  }();
  std::string Render(ReportFormat format, const Evaluation& ev) {
    auto out = RenderReport(ev, ScoreEvaluation(ev, options_.profile), testing::SampleFindings(), format, options_);
    EXPECT_TRUE(out) << (out ? "" : out.error().message);
    return out ? *out : std::string();
  }
  std::string Render(ReportFormat format) { return Render(format, ev_); }
  std::string dir_ = testing::TempDir("render");
  void TearDown() override {
    if (!HasFailure()) std::filesystem::remove_all(dir_);
  }
  std::string Save(const std::string& name, const std::string& bytes) {
    testing::WriteBytes(dir_ + "/" + name, bytes);
    return dir_ + "/" + name;
  }
};

TEST_F(WritersTest, EveryFormatRendersTheExample) {
  for (ReportFormat format : {ReportFormat::kDocx, ReportFormat::kPdf, ReportFormat::kHtml, ReportFormat::kMarkdown,
                              ReportFormat::kXlsx, ReportFormat::kText}) {
    const std::string bytes = Render(format);
    EXPECT_GT(bytes.size(), 1000u) << ReportFormatExtension(format);
    EXPECT_EQ(ReportFormatFromName(ReportFormatExtension(format)), format);
  }
  EXPECT_FALSE(ReportFormatFromName("rtf"));
}

TEST_F(WritersTest, MismatchedScoresAreAnError) {
  Scores scores;
  auto out = RenderReport(ev_, scores, {}, ReportFormat::kText, options_);
  ASSERT_FALSE(out);
  EXPECT_EQ(out.error().code, ErrorCode::kInvalidInput);
}

TEST_F(WritersTest, TextMirrorsTheExampleReport) {
  const std::string text = Render(ReportFormat::kText);
  EXPECT_TRUE(text.starts_with("黔南州自然资源局2022年度部门预算绩效自评报告\n"));
  const char* in_order[] = {"\n一、整体支出绩效自评情况\n", "\n（一）单位职能概述\n", "\n1.履行土地",
                            "\n1.年度工作任务：", "\n（三）2022年财政经费下达及预算执行情况\n",
                            "\n二、项目支出绩效自评情况\n", "\n1.自然资源业务提升项目\n", "\n（1）资金使用情况：全年预算数",
                            "\n（二）上级资金安排的项目\n", "\n三、下一步工作打算\n", "\n（一）严格预算执行"};
  std::size_t at = 0;
  for (const char* want : in_order) {
    const std::size_t found = text.find(want, at);
    ASSERT_NE(found, std::string::npos) << want;
    at = found;
  }
  EXPECT_NE(text.find("部门整体 |115586771.12 |26030887.17 |22.52% |"), std::string::npos);
}

TEST_F(WritersTest, MarkdownHasGfmTables) {
  const std::string md = Render(ReportFormat::kMarkdown);
  EXPECT_TRUE(md.starts_with("# 黔南州自然资源局2022年度部门预算绩效自评报告\n"));
  EXPECT_NE(md.find("\n## 一、整体支出绩效自评情况\n"), std::string::npos);
  EXPECT_NE(md.find("| 经济分类 | 金额（元） | 占比 |\n| --- | --- | --- |\n"), std::string::npos);
  EXPECT_NE(md.find("**（1）资金使用情况**：全年预算数"), std::string::npos);
  EXPECT_NE(md.find("\\<须补充\\>"), std::string::npos);  // user text is escaped
}

TEST_F(WritersTest, HtmlIsSelfContainedWithUniqueSvgIds) {
  const std::string html = Render(ReportFormat::kHtml);
  EXPECT_NE(html.find("@media print"), std::string::npos);
  EXPECT_NE(html.find("<thead>"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("src=\"http"), std::string::npos);
  EXPECT_NE(html.find("&lt;须补充&gt;"), std::string::npos);
  std::set<std::string> ids;
  const std::regex id_re("id=\"([^\"]+)\"");
  for (std::sregex_iterator it(html.begin(), html.end(), id_re), end; it != end; ++it) {
    EXPECT_TRUE(ids.insert((*it)[1]).second) << "duplicate id " << (*it)[1];
  }
  EXPECT_GT(ids.size(), 10u);
  if (!testing::HaveTool("xmllint")) return;
  const std::string path = Save("report.html", html);
  std::string out;
  EXPECT_EQ(testing::Run("xmllint --html --noout " + path, &out), 0) << out;
}

TEST_F(WritersTest, DocxPartsAreWellFormedOfficialFormat) {
  if (!testing::HaveTool("unzip") || !testing::HaveTool("xmllint")) GTEST_SKIP() << "unzip/xmllint not installed";
  const std::string path = Save("report.docx", Render(ReportFormat::kDocx));
  std::string out;
  ASSERT_EQ(testing::Run("cd " + dir_ + " && unzip -o -q report.docx -d docx", &out), 0) << out;
  ASSERT_EQ(testing::Run("xmllint --noout " + dir_ + "/docx/word/*.xml " + dir_ + "/docx/*.xml " + dir_ +
                         "/docx/_rels/.rels " + dir_ + "/docx/word/_rels/*.rels", &out), 0) << out;
  testing::Run("cat " + dir_ + "/docx/word/document.xml " + dir_ + "/docx/word/settings.xml " + dir_ +
               "/docx/word/styles.xml " + dir_ + "/docx/word/footer*.xml", &out);
  for (const char* want : {"<w:evenAndOddHeaders/>", "w:linePitch=\"579\"", "w:firstLineChars=\"200\"",
                           "方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312", "w:type=\"even\"", " PAGE ",
                           "<w:tblHeader/>", "w:top=\"2098\"", "黔南州自然资源局2022</w:t></w:r><w:r><w:br/></w:r>",
                           "&lt;须补充&gt;", "r:embed=\"rIdImg3\""}) {
    EXPECT_NE(out.find(want), std::string::npos) << want;
  }
}

TEST_F(WritersTest, PdfEmbedsFontsAndHasKeyText) {
  if (!testing::HaveTool("pdftotext") || !testing::HaveTool("pdffonts")) GTEST_SKIP() << "poppler-utils not installed";
  const std::string path = Save("report.pdf", Render(ReportFormat::kPdf));
  std::string fonts;
  ASSERT_EQ(testing::Run("pdffonts " + path, &fonts), 0) << fonts;
  int rows = 0;
  std::istringstream lines(fonts);
  for (std::string line; std::getline(lines, line);) {
    if (line.find("CID") == std::string::npos && line.find("Type") == std::string::npos) continue;
    ++rows;
    EXPECT_NE(line.find(" yes "), std::string::npos) << "not embedded: " << line;
  }
  EXPECT_GE(rows, 2);
  std::string text;
  ASSERT_EQ(testing::Run("pdftotext " + path + " -", &text), 0);
  text = Squash(text);
  for (const std::string& want : {std::string("黔南州自然资源局"), std::string("全年预算数115586771.12元"),
                                  std::string("—1—"), std::string("—2—")}) {
    EXPECT_NE(text.find(want), std::string::npos) << want;
  }
  for (const Project& p : ev_.projects) EXPECT_NE(text.find(Squash(p.name)), std::string::npos) << p.name;
}

int PdfPages(const std::string& path) {
  std::string info;
  testing::Run("pdfinfo " + path, &info);
  std::smatch m;
  return std::regex_search(info, m, std::regex("Pages:\\s+(\\d+)")) ? std::stoi(m[1]) : 0;
}

// The page number line of page `page` in -layout text: leading spaces show which side it is on.
std::size_t NumberIndent(const std::string& path, int page) {
  std::string text;
  const std::string p = std::to_string(page);
  testing::Run("pdftotext -layout -f " + p + " -l " + p + " " + path + " -", &text);
  std::size_t at = text.find("— " + p + " —");
  if (at == std::string::npos) at = text.find("—" + p + "—");  // pdftotext may drop the spaces
  if (at == std::string::npos) return std::string::npos;
  const std::size_t line_start = text.rfind('\n', at);
  return at - (line_start == std::string::npos ? 0 : line_start + 1);
}

TEST_F(WritersTest, LargeDocumentPaginatesInEveryFormat) {
  if (!testing::HaveTool("pdfinfo")) GTEST_SKIP() << "poppler-utils not installed";
  const Evaluation large = testing::GenerateLarge(40, 10);
  const std::string small_pdf = Save("small.pdf", Render(ReportFormat::kPdf));
  const std::string large_pdf = Save("large.pdf", Render(ReportFormat::kPdf, large));
  const int small_pages = PdfPages(small_pdf), large_pages = PdfPages(large_pdf);
  EXPECT_GT(small_pages, 5);
  EXPECT_GT(large_pages, small_pages + 30) << small_pages << " vs " << large_pages;
  EXPECT_GT(NumberIndent(large_pdf, 1), 20u);  // odd: right
  EXPECT_LT(NumberIndent(large_pdf, 2), 12u);  // even: left
  EXPECT_NE(NumberIndent(large_pdf, large_pages), std::string::npos);
  for (ReportFormat format : {ReportFormat::kDocx, ReportFormat::kHtml, ReportFormat::kMarkdown, ReportFormat::kXlsx,
                              ReportFormat::kText}) {
    EXPECT_GT(Render(format, large).size(), Render(format).size()) << ReportFormatExtension(format);
  }
}

TEST_F(WritersTest, DepartmentIndicatorsAppearInEveryFormat) {
  const Evaluation ev = testing::WithDepartmentIndicators(ev_);
  const std::string want = "三公经费控制率（实际/预算）";
  EXPECT_NE(Render(ReportFormat::kMarkdown, ev).find("| 三公经费控制率（实际/预算） | ≤100% | 85% | 20 | 20 |"),
            std::string::npos);
  EXPECT_NE(Render(ReportFormat::kHtml, ev).find(want), std::string::npos);
  EXPECT_NE(Render(ReportFormat::kText, ev).find(want), std::string::npos);
  EXPECT_EQ(Render(ReportFormat::kText).find(want), std::string::npos);  // only when the document has them
  std::string out;
  if (testing::HaveTool("unzip")) {
    const std::string docx = Save("dept.docx", Render(ReportFormat::kDocx, ev));
    testing::Run("unzip -p " + docx + " word/document.xml", &out);
    EXPECT_NE(out.find(want), std::string::npos);
  }
  if (testing::HaveTool("pdftotext")) {
    const std::string pdf = Save("dept.pdf", Render(ReportFormat::kPdf, ev));
    testing::Run("pdftotext " + pdf + " -", &out);
    EXPECT_NE(Squash(out).find("三公经费控制率"), std::string::npos);
  }
}

TEST_F(WritersTest, ChartsExportAsPngAndSvg) {
  const auto charts = ReportCharts(ev_, ScoreEvaluation(ev_, options_.profile), options_);
  ASSERT_EQ(charts.size(), 3u);
  for (const auto& chart : charts) {
    auto png = RenderChart(chart, ChartFormat::kPng);
    ASSERT_TRUE(png);
    EXPECT_EQ(png->substr(1, 3), "PNG");
    auto svg = RenderChart(chart, ChartFormat::kSvg);
    ASSERT_TRUE(svg);
    EXPECT_NE(svg->find("<svg"), std::string::npos);
  }
}

}  // namespace
}  // namespace jixiao
