// Pages in two columns copied as text, put back in reading order; tables laid out by spaces stay.
#include "ingest/read/text_columns.h"

#include <gtest/gtest.h>

namespace jixiao {
namespace {

std::vector<std::string> Texts(const std::vector<TextLine>& lines) {
  std::vector<std::string> texts;
  for (const TextLine& line : lines) texts.push_back(line.text);
  return texts;
}

TEST(TextColumns, TwoColumnsOfProseReadLeftThenRight) {
  std::vector<TextLine> lines = TextDocumentFromLines({
      "某县人民政府公报                                          2024年第12期",
      "  根据《某县财政局关于开展              该项目年初预算8.26万元，调整后全",
      "2023年度预算绩效自评工作的通知》要    年预算8.26万元，其中财政拨款8.26",
      "求，某县人民防空办公室高度重视，成    万元；全年执行7.59万元，预算执行",
      "立了由主要负责同志任组长的绩效自评    率91.89%。已完成防空疏散演练经费",
      "工作领导小组，对2023年度项目支出开    年度主要任务，组织疏散演练2次，资",
      "展了绩效自评，现将有关情况报告如下    金按规定使用。",
      "。                                      产出方面，组织疏散演练年度目标不",
      "一、部门预算执行情况                  少于3次，实际完成2次，得14分；参",
      "  2023年度我单位全年预算数239.67万    演人员年度目标不少于1630人，实际",
      "元，全年执行数223.32万元，预算执行    完成1758人，得15分。",
      "序号  项目名称              全年预算数（万元）  全年执行数（万元）  执行率",
  }).lines;
  ASSERT_TRUE(PutColumnsInReadingOrder(lines));
  const std::vector<std::string> texts = Texts(lines);
  // Each column's lines its width broke are joined; an indented line starts a paragraph.
  ASSERT_EQ(texts.size(), 8u);
  EXPECT_EQ(texts[0], "某县人民政府公报                                          2024年第12期");
  EXPECT_EQ(texts[1], "  根据《某县财政局关于开展");
  EXPECT_EQ(texts[2].substr(0, 10), "2023年度");
  EXPECT_TRUE(texts[2].ends_with("现将有关情况报告如下。"));
  EXPECT_EQ(texts[3], "一、部门预算执行情况");
  EXPECT_EQ(texts[4], "  2023年度我单位全年预算数239.67万元，全年执行数223.32万元，预算执行");
  EXPECT_EQ(texts[5], "  该项目年初预算8.26万元，调整后全年预算8.26万元，其中财政拨款8.26万元；全年执行7.59万元，"
                      "预算执行率91.89%。已完成防空疏散演练经费年度主要任务，组织疏散演练2次，资金按规定使用。");
  EXPECT_EQ(lines[5].number, 2);
  EXPECT_EQ(lines[5].column, 29);  // in code points
  ASSERT_EQ(lines[5].wraps.size(), 5u);
  EXPECT_EQ(lines[5].wraps[0].number, 3);
  EXPECT_EQ(texts[6].substr(0, 14), "  产出方面");
  EXPECT_EQ(texts[7].substr(0, 6), "序号");
}

TEST(TextColumns, ATableLaidOutBySpacesStays) {
  std::vector<TextLine> lines = TextDocumentFromLines({
      "项目名称                  全年预算数      全年执行数      执行率",
      "人防工程维护管理经费          28.58           28.58     100.00%",
      "防空疏散演练经费               8.26            7.59      91.89%",
      "人防警报设施维护经费          20.62           17.35      84.14%",
      "档案数字化经费                12.00           11.00      91.67%",
      "档案库房维护经费               9.00            9.00     100.00%",
      "方志编纂经费                   6.00            5.10      85.00%",
      "年鉴出版经费                   4.00            4.00     100.00%",
      "档案征集经费                   3.00            2.70      90.00%",
      "合计                          91.88           85.44      92.99%",
  }).lines;
  const std::vector<std::string> before = Texts(lines);
  EXPECT_FALSE(PutColumnsInReadingOrder(lines));
  EXPECT_EQ(Texts(lines), before);
}

// Two projects' forms side by side on a landscape page through pdftotext -layout: the first
// form's lines, then the second's; the page's title and a note across the page stay.
TEST(TextColumns, TwoFormsSideBySideReadOneAfterTheOther) {
  std::vector<TextLine> lines = TextDocumentFromLines({
      "                南雄市大数据发展中心2019年度项目支出绩效自评表",
      "项目名称          政务云租赁服务经费                  项目名称          数据共享平台运维经费",
      "项目资金（万元）  全年预算数  全年执行数  执行率      项目资金（万元）  全年预算数  全年执行数  执行率",
      "年度资金总额          146.07      141.90  97.15%      年度资金总额          241.92      233.18  96.39%",
      "总分                         100   93.72              总分                         100   99.64",
      "填表人：陈丽军    联系电话：0526-7187986    填报日期：2020年5月27日，以上数据经单位负责人审核无误",
  }).lines;
  ASSERT_TRUE(PutFormsSideBySideInOrder(lines));
  const std::vector<std::string> texts = Texts(lines);
  ASSERT_EQ(texts.size(), 10u);
  EXPECT_EQ(texts[1], "项目名称          政务云租赁服务经费");
  EXPECT_EQ(texts[3], "年度资金总额          146.07      141.90  97.15%");
  EXPECT_EQ(texts[5], "项目名称          数据共享平台运维经费");
  EXPECT_EQ(texts[7], "年度资金总额          241.92      233.18  96.39%");
  EXPECT_EQ(lines[7].number, 4);
  EXPECT_EQ(texts[9].rfind("填表人", 0), 0u);
  // A table laid out by spaces whose cells repeat no first cell is left as it is.
  std::vector<TextLine> table = TextDocumentFromLines({
      "项目名称          全年预算数  全年执行数",
      "政务云租赁服务经费    146.07      141.90",
      "数据共享平台运维经费  241.92      233.18",
  }).lines;
  EXPECT_FALSE(PutFormsSideBySideInOrder(table));
}

}  // namespace
}  // namespace jixiao
