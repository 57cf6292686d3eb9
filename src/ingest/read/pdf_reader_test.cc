#include "ingest/read/pdf_reader.h"

#include <gtest/gtest.h>

#include "base/file.h"
#include "base/text.h"
#include "ingest/read/pdf_layout.h"
#include "ingest/read/reader_test_util.h"
#include "ingest/read/txt_reader.h"

namespace jixiao {
namespace {

const std::string kFixtures = JIXIAO_FIXTURES;

using testing_util::NoSpace;
using testing_util::NonEmptyLines;

TextDocument MustReadPdf(const std::string& file) {
  auto document = ReadPdf(*ReadFile(kFixtures + "/generated/" + file), file);
  EXPECT_TRUE(document.has_value()) << (document ? "" : document.error().message);
  return document.value_or(TextDocument{});
}

TEST(ReadPdf, ExampleReportHasTheSameLinesAsTheText) {
  const TextDocument txt = *ReadTxt(*ReadFile(kFixtures + "/reports/qiannan-natural-resources-2022.txt"), "q.txt");
  const TextDocument pdf = MustReadPdf("qiannan.pdf");
  EXPECT_EQ(pdf.page_count, 6);
  EXPECT_EQ(NonEmptyLines(pdf), NonEmptyLines(txt));
  int budget_lines = 0;
  for (std::size_t i = 0; i < pdf.lines.size(); ++i) {
    const TextLine& line = pdf.lines[i];
    EXPECT_GE(line.page, 1);
    EXPECT_LE(line.page, 6);
    if (line.text.find("全年预算数") != std::string::npos) ++budget_lines;
    if (line.text.starts_with("2.全年预算数115586771.12元")) {
      EXPECT_EQ(line.page, 2);
      EXPECT_FALSE(line.wraps.empty());  // a long paragraph over several physical lines
      const SourceSpan span = SpanAt(pdf, i, line.text.find("2023"));
      EXPECT_EQ(span.page, 2);
      EXPECT_GT(span.line, line.number);
    }
  }
  EXPECT_EQ(budget_lines, 14);
}

TEST(ReadPdf, StructuredDocumentKeepsNumberingTablesAndPages) {
  const TextDocument pdf = MustReadPdf("structured.pdf");
  ASSERT_GE(pdf.lines.size(), 14u);
  EXPECT_EQ(pdf.lines[1].text, "一、整体支出绩效自评情况");
  EXPECT_EQ(pdf.lines[5].text, "（1）资金使用情况：全年预算数45500元，全年执行数45500元，执行率100%。");
  std::vector<std::vector<std::string>> rows;
  for (const TextLine& line : pdf.lines) {
    if (line.is_table_row() && line.cells.size() == 5) rows.push_back(line.cells);
    EXPECT_EQ(line.text.find("—"), std::string::npos) << "page number kept: " << line.text;
  }
  const std::vector<std::vector<std::string>> expected = {
      {"项目名称", "年初预算数", "全年预算数", "全年执行数", "执行率"},
      {"业务提升", "45500", "45500", "45500", "100%"},
      {"物业管理", "136500", "136500", "120000", "87.91%"},
  };
  EXPECT_EQ(rows, expected);
  const TextLine& last = pdf.lines.back();
  EXPECT_EQ(last.page, 2);
  EXPECT_EQ(last.number, 1);
  EXPECT_TRUE(last.text.starts_with("第二页正文"));
}

TEST(ReadPdf, RejectsBrokenFiles) {
  const std::string good = *ReadFile(kFixtures + "/generated/structured.pdf");
  std::string no_xref = good;
  no_xref.replace(no_xref.find("startxref"), 9, "startxxxx");
  struct Case {
    std::string name;
    std::string bytes;
    std::string message;
  };
  const Case cases[] = {
      {"half", good.substr(0, good.size() / 2), "PDF 文件不完整"},
      {"not-pdf", "hello", "不是 PDF 文件"},
      {"header-only", "%PDF-1.4\n%%EOF\n", "PDF 文件已损坏"},
      {"garbage-body", "%PDF-1.7\n" + std::string(3000, 'x') + "\n%%EOF", "PDF 文件已损坏"},
  };
  for (const Case& c : cases) {
    auto document = ReadPdf(c.bytes, "x.pdf");
    ASSERT_FALSE(document.has_value()) << c.name;
    EXPECT_NE(document.error().message.find(c.message), std::string::npos) << c.name << ": " << document.error().message;
    EXPECT_TRUE(document.error().message.starts_with("文件 x.pdf：")) << c.name;
  }
  // A damaged cross-reference table is repaired by poppler: the text is still read.
  EXPECT_TRUE(ReadPdf(no_xref, "x.pdf").has_value());
}

TEST(PdfLayout, RecognisesPageNumberLines) {
  struct Case {
    std::string text;
    bool page_number;
  };
  const Case cases[] = {
      {"— 3 —", true},     {"- 12 -", true},  {"3", true},           {"第 3 页", true},
      {"第3页 共6页", true}, {"3/6", true},    {"－ ３ －", true},     {"一、概述", false},
      {"3.负责", false},    {"100%", false},   {"2023年4月13日", false},
  };
  for (const Case& c : cases) EXPECT_EQ(pdf::IsPageNumberLine(c.text), c.page_number) << c.text;
}

pdf::Box Word(double x0, double y0, const std::string& text, double width, double unit = 10) {
  return {x0, y0, x0 + width, y0 + 13, text, false, unit};
}

TEST(PdfLayout, JoinsWrappedLinesOnlyWhenTheNextUnitWouldNotFit) {
  // Right edge 500. Line 1 is full and "号）" (20 wide) would not fit: joined. Line 2 ends
  // at 480 and "年" (10) would have fitted: a new paragraph. So does line 3.
  std::vector<pdf::Box> boxes = {
      Word(50, 100, "一二三", 450),  Word(50, 114.5, "号）四五", 430, 20),
      Word(50, 129, "年度工作", 250), Word(50, 143.5, "新段落", 30),
  };
  std::vector<TextLine> lines = pdf::JoinWrappedLines(pdf::LayoutPage(boxes, 1));
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].text, "一二三号）四五");
  ASSERT_EQ(lines[0].wraps.size(), 1u);
  EXPECT_EQ(lines[0].wraps[0].number, 2);
  EXPECT_EQ(lines[1].text, "年度工作");
  EXPECT_EQ(lines[2].text, "新段落");
}

TEST(PdfLayout, AutoSpacingBetweenChineseAndDigitsIsNotASpace) {
  std::vector<pdf::Box> boxes = {Word(50, 100, "全年预算数", 50), Word(102, 100, "45500", 30),
                                 Word(134, 100, "元", 10), Word(300, 100, "备注", 20)};
  boxes[0].space_after = boxes[1].space_after = true;
  const std::vector<pdf::PlacedLine> lines = pdf::LayoutPage(boxes, 1);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].line.text, "全年预算数45500元\t备注");
  EXPECT_FALSE(lines[0].line.is_table_row());  // one line alone is not a table
}

}  // namespace
}  // namespace jixiao
