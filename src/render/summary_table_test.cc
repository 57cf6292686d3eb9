#include "render/summary_table.h"

#include <gtest/gtest.h>

namespace jixiao {
namespace {

SummaryRow Read(std::string source, int errors) {
  SummaryRow row;
  row.source = std::move(source);
  row.unit = "某县财政局";
  row.year = 2022;
  row.budget_total = Money::FromUnits(123753000);  // 1,237,530.00 元: shown exact, never as 123.75 万元
  row.executed_total = Money::FromUnits(-1);
  row.execution_rate = Percent::FromUnits(2252);
  row.score = Points::FromUnits(6230);
  row.max_scored = Points::FromWhole(75);
  row.errors = errors;
  row.warnings = 2;
  row.unrecognized = 3;
  return row;
}

SummaryRow Unreadable(std::string source, std::string why) {
  SummaryRow row;
  row.source = std::move(source);
  row.error = std::move(why);
  return row;
}

std::vector<SummaryRow> Rows() {
  return {Read("a.txt", 0), Unreadable("b.pdf", "文件 b.pdf：PDF 文件不完整"), Read("c,\"d\".txt", 3),
          Read("=cmd.txt", 1)};
}

TEST(SummaryTableTest, LinesShowExactFiguresAndWhyAFileWasNotRead) {
  EXPECT_EQ(SummaryLine(Read("a.txt", 1)),
            "a.txt  某县财政局  2022 年度  全年预算数 1237530 元  全年执行数 -0.01 元  执行率 22.52%  "
            "部门整体得分 62.30（已评 75 分）  错误 1  警告 2  未能识别 3");
  EXPECT_EQ(SummaryLine(Unreadable("b.pdf", "PDF 文件不完整")), "b.pdf  无法读取：PDF 文件不完整");
  EXPECT_EQ(SummaryLine(Unreadable("m.json", "1 处错误：\n  m.json:3:27: 金额须写成字符串")),
            "m.json  无法读取：1 处错误： m.json:3:27: 金额须写成字符串");
  EXPECT_EQ(TotalsLine(Totalize(Rows())),
            "共 4 个文件：读取 3 个，无法读取 1 个；2 个报告有错误；共 4 个错误、6 个警告、9 处未能识别");
}

TEST(SummaryTableTest, RanksUnreadableFirstThenMostErrors) {
  const auto ranked = RankByErrors(Rows());
  ASSERT_EQ(ranked.size(), 4u);
  EXPECT_EQ(ranked[0].source, "b.pdf");
  EXPECT_EQ(ranked[1].source, "c,\"d\".txt");
  EXPECT_EQ(ranked[2].source, "=cmd.txt");
  EXPECT_EQ(ranked[3].source, "a.txt");
}

TEST(SummaryTableTest, CsvIsUtf8WithBomQuotedAndFormulaSafe) {
  const std::string csv = SummaryCsv(Rows());
  ASSERT_TRUE(csv.starts_with("\xEF\xBB\xBF文件,单位,年度,全年预算数（元）,全年执行数（元）,执行率（%）,部门整体得分,已评分值,错误,警告,"
                              "未能识别,说明\r\n"))
      << csv;
  EXPECT_NE(csv.find("\r\nb.pdf,,,,,,,,,,,无法读取：文件 b.pdf：PDF 文件不完整\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("\r\n\"c,\"\"d\"\".txt\",某县财政局,2022,1237530,-0.01,22.52,62.30,75,3,2,3,\r\n"), std::string::npos)
      << csv;
  EXPECT_NE(csv.find("\r\n'=cmd.txt,"), std::string::npos) << csv;
  EXPECT_TRUE(csv.ends_with("\r\n\r\n合计,,,,,,,,4,6,9,共 4 个文件：读取 3 个，无法读取 1 个；2 个报告有错误；共 4 个错误、6 个警告、"
                            "9 处未能识别\r\n"))
      << csv;
}

TEST(SummaryTableTest, XlsxIsAWorkbook) {
  auto xlsx = SummaryXlsx(Rows());
  ASSERT_TRUE(xlsx) << xlsx.error().message;
  EXPECT_TRUE(xlsx->starts_with("PK\x03\x04"));
  auto empty = SummaryXlsx({});
  ASSERT_TRUE(empty) << empty.error().message;
}

}  // namespace
}  // namespace jixiao
