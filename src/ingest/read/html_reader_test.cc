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
