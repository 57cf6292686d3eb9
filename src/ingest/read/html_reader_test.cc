// The web-page reader: blocks become lines, table rows become rows of cells.
#include "ingest/read/html_reader.h"

#include <gtest/gtest.h>

namespace jixiao {
namespace {

std::vector<std::string> Texts(const TextDocument& document) {
  std::vector<std::string> out;
  for (const TextLine& line : document.lines) {
    std::string text = line.is_table_row() ? "row:" : "";
    if (line.is_table_row()) {
      for (const std::string& cell : line.cells) text += "[" + cell + "]";
    } else {
      text += line.text;
    }
    out.push_back(text);
  }
  return out;
}

TEST(HtmlReader, SniffsAPageAndNotPlainText) {
  EXPECT_TRUE(LooksLikeHtml("\xEF\xBB\xBF  <!DOCTYPE html><html>"));
  EXPECT_TRUE(LooksLikeHtml("<HTML><body>"));
  EXPECT_FALSE(LooksLikeHtml("某县2023年度绩效自评报告 <p>"));
  EXPECT_FALSE(LooksLikeHtml(""));
}

TEST(HtmlReader, BlocksAreLinesAndTableRowsAreRows) {
  const std::string page =
      "<!DOCTYPE html>\n<html><head><title>站点</title><style>p{}</style></head><body>\n"
      "<h1>某县&nbsp;2023年度自评报告</h1>\n<p>项目资金共120万元，<br>已拨付&#x31;00万元。</p>\n"
      "<table><tr><td rowspan=\"2\">产出指标</td><td>数量指标</td><td colspan=\"2\">培训人数</td></tr>\n"
      "<tr><td>质量指标</td><td>合格率</td><td>&ge;95%</td></tr></table><!-- 注释 --><p>完</p></body></html>";
  auto document = ReadHtml(page, "report.html");
  ASSERT_TRUE(document) << document.error().message;
  const std::vector<std::string> want = {"某县 2023年度自评报告", "项目资金共120万元，", "已拨付100万元。",
                                         "row:[产出指标][数量指标][培训人数]",
                                         "row:[][质量指标][合格率][≥95%]", "完"};
  EXPECT_EQ(Texts(*document), want);
  EXPECT_EQ(document->lines[1].number, 4);  // the source line of the paragraph
}

// Markdown kept in a repository with the 自评表 as raw HTML (as pandoc writes it): the table
// becomes rows of cells, numbered by their lines in the file; the Markdown stays lines.
TEST(HtmlReader, HtmlTablesInAMarkdownTextAreRows) {
  const std::string text =
      "# 某县文联2021年度项目支出绩效自评报告\n"
      "\n"
      "该项目全年预算24.80万元，全年执行24.80万元。\n"
      "<table>\n"
      "<colgroup>\n<col style=\"width: 15%\" />\n</colgroup>\n"
      "<tbody>\n"
      "<tr class=\"odd\">\n<td>项目名称</td>\n<td colspan=\"2\">《右玉文艺》编印经费</td>\n</tr>\n"
      "<tr class=\"even\">\n<td rowspan=\"2\">项目资金<br />（万元）</td>\n<td>全年预算数</td>\n<td>&ge;24.80</td>\n</tr>\n"
      "<tr>\n<td>全年执行数</td>\n<td>24.80</td>\n</tr>\n"
      "</tbody>\n"
      "</table>\n"
      "\n"
      "完\n";
  TextDocument document;
  int number = 0;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = text.find('\n', at);
    TextLine line;
    line.text = text.substr(at, end - at);
    line.number = ++number;
    document.lines.push_back(std::move(line));
    at = end + 1;
  }
  ReadHtmlTablesInText(document);
  const std::vector<std::string> want = {"# 某县文联2021年度项目支出绩效自评报告", "", "该项目全年预算24.80万元，全年执行24.80万元。",
                                         "row:[项目名称][《右玉文艺》编印经费]",
                                         "row:[项目资金 （万元）][全年预算数][≥24.80]",
                                         "row:[][全年执行数][24.80]", "", "完"};
  EXPECT_EQ(Texts(document), want);
  EXPECT_EQ(document.lines[4].number, 13);  // the row's <tr> line in the file
  EXPECT_EQ(document.lines.back().number, 25);
  // A table never closed is left as the lines it is.
  TextDocument open;
  for (const char* text : {"<table>", "<tr><td>年度资金总额</td>"}) {
    TextLine line;
    line.text = text;
    open.lines.push_back(std::move(line));
  }
  ReadHtmlTablesInText(open);
  EXPECT_EQ(open.lines.size(), 2u);
}

TEST(HtmlReader, BrokenMarkupEndsWithoutAnError) {
  for (const std::string page : {"<html><body><table><tr><td>年度资金总额", "<html><p>&#99999999;&bogus; <",
                                 "<html><script>never closed", "<html><td rowspan=99999>x</td></tr><tr><td>y"}) {
    auto document = ReadHtml(page, "broken.html");
    if (document) {
      EXPECT_LE(document->lines.size(), 4u) << page;
    }
  }
}

}  // namespace
}  // namespace jixiao
