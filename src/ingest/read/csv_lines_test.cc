// A 自评表 kept as CSV read as lines of tab-separated cells; text with commas stays text.
#include "ingest/read/csv_lines.h"

#include <gtest/gtest.h>

#include "ingest/read/txt_reader.h"

namespace jixiao {
namespace {

TEST(CsvLines, AnExportedFormReadsAsRows) {
  const std::string csv =
      "\xEF\xBB\xBF\"项目支出绩效自评表\",\"\",\"\",\"\"\r\n"
      "\"项目名称\",\"档案馆库房设施维护经费\",\"\",\"\"\r\n"
      "\"项目资金\n（元）\",\"年初预算数\",\"全年预算数\",\"全年执行数\"\r\n"
      "\"年度资金总额\",\"260,763.00\",\"260,763.00\",\"236,582.00\"\r\n"
      "\"说明\",\"他说\"\"好\"\"\",\"\",\"\"\r\n";
  const auto document = ReadTxt(csv, "a.csv");
  ASSERT_TRUE(document) << document.error().message;
  ASSERT_EQ(document->lines.size(), 5u);
  EXPECT_EQ(document->lines[0].text, "项目支出绩效自评表");
  EXPECT_EQ(document->lines[2].text, "项目资金（元）\t年初预算数\t全年预算数\t全年执行数");
  EXPECT_EQ(document->lines[3].text, "年度资金总额\t260,763.00\t260,763.00\t236,582.00");
  EXPECT_EQ(document->lines[3].number, 5);  // the quoted line break counts
  EXPECT_EQ(document->lines[4].text, "说明\t他说\"好\"\t\t");
}

TEST(CsvLines, TextWithCommasIsNoCsv) {
  const auto document = ReadTxt(
      "某县2022年度部门整体支出绩效自评报告\n"
      "全年预算数1,234.00万元，全年执行数1,100.00万元，执行率89.14%。\n"
      "一是加强管理, 二是规范程序, 三是强化监督。\n"
      "资金到位率100%, 执行率89.14%, 得分9.5分。\n",
      "a.txt");
  ASSERT_TRUE(document);
  EXPECT_EQ(document->lines[1].text.find('\t'), std::string::npos);
  EXPECT_EQ(document->lines.size(), 4u);
  // An open quote: no CSV.
  EXPECT_FALSE(CsvLines(TextDocumentFromLines({"\"a,b,c", "d,e,f", "g,h,i"}).lines));
}

}  // namespace
}  // namespace jixiao
