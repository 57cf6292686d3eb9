// Figures in prose: money with units, rates, labels and the totals parts are listed under.
#include "ingest/parse/amounts.h"

#include <gtest/gtest.h>

namespace jixiao::parse {
namespace {

struct Seen {
  std::string label;
  std::string value;  // yuan or percent, canonical
  int parent;
};

std::vector<Seen> Scan(std::string_view text) {
  std::vector<Seen> out;
  for (const Amount& a : ScanAmounts(text)) {
    out.push_back({std::string(a.label), a.kind == AmountKind::kMoney ? ToYuanString(a.money) : ToString(a.percent) + "%",
                   a.parent});
  }
  return out;
}

void ExpectScan(std::string_view text, const std::vector<Seen>& want) {
  const std::vector<Seen> got = Scan(text);
  ASSERT_EQ(got.size(), want.size()) << text;
  for (std::size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(got[i].label, want[i].label) << text << " #" << i;
    EXPECT_EQ(got[i].value, want[i].value) << text << " #" << i;
    EXPECT_EQ(got[i].parent, want[i].parent) << text << " #" << i;
  }
}

TEST(ParseAmountsTest, AUnitInTheLabelsBracketsIsTheNumbersUnit) {
  ExpectScan("全年预算数（万元）：1200 全年执行数(万元) 1100.5 执行率：91.71%",
             {{"全年预算数", "12000000", -1}, {"全年执行数", "11005000", -1}, {"执行率", "91.71%", -1}});
  ExpectScan("资金总额（元）：45,500", {{"资金总额", "45500", -1}});
}

// A space an extraction put after the decimal point is no break in the number; a list's number
// before its item's amount is no figure's whole part.
TEST(ParseAmountsTest, ASpaceAfterTheDecimalPoint) {
  ExpectScan("预算35. 3万元，全年实际支付35. 3万元，使用率100%。",
             {{"预算", "353000", -1}, {"全年实际支付", "353000", -1}, {"使用率", "100%", -1}});
  ExpectScan("资金如下：1. 30万元用于培训。", {{"", "300000", -1}});
  ExpectScan("品牌创立等方面资金1000万 元,在常务会议上审定通过。", {{"品牌创立等方面资金", "10000000", -1}});
}

TEST(ParseAmountsTest, TenThousandWithout元EndingItsClauseIsMoney) {
  ExpectScan("项目预算资金150万，已支付120万，新增就业2万人。", {{"项目预算资金", "1500000", -1}, {"已支付", "1200000", -1}});
}

TEST(ParseAmountsTest, ProjectFundsSentence) {
  ExpectScan("（1）资金使用情况：全年预算数45500元（其中，财政拨款资金45500元，其他资金0元），全年执行数45500元，执行率100%。",
             {{"全年预算数", "45500", -1},
              {"财政拨款资金", "45500", 0},
              {"其他资金", "0", 0},
              {"全年执行数", "45500", -1},
              {"执行率", "100%", -1}});
}

TEST(ParseAmountsTest, UnitsConvertExactlyAndBareNumbersBorrowTheirUnit) {
  ExpectScan("工资福利支出 1237.53万元，上级财政拨款资金8948.22，共计1.89亿元",
             {{"工资福利支出", "12375300", -1}, {"上级财政拨款资金", "89482200", -1}, {"共计", "189000000", -1}});
  ExpectScan("全年预算数１２３．４５元", {{"全年预算数", "123.45", -1}});
}

TEST(ParseAmountsTest, QizhongListsPartsUntilTheListEnds) {
  ExpectScan("到位上级资金9558.54万元，其中中央资金8948.22万元，省级资金610.32万元，2022年完成的工作使用的是直接下达县市的省级资金610.32万元。",
             {{"到位上级资金", "95585400", -1},
              {"中央资金", "89482200", 0},
              {"省级资金", "6103200", 0},
              {"2022年完成的工作使用的是直接下达县市的省级资金", "6103200", -1}});
}

TEST(ParseAmountsTest, ListNumbersAndOtherCountsAreNotFigures) {
  EXPECT_TRUE(Scan("（1）2022年完成27万处次，6.4万余份，5个（市）").empty());
}

TEST(ParseAmountsTest, CellsAndRates) {
  EXPECT_EQ(ToYuanString(*ParseMoneyCell("194.9", MoneyUnit::kWan)), "1949000");
  EXPECT_EQ(ToYuanString(*ParseMoneyCell("1,234.56元", MoneyUnit::kWan)), "1234.56");
  EXPECT_FALSE(ParseMoneyCell("/", MoneyUnit::kWan));
  EXPECT_EQ(ToString(*ParsePercentText("100.00%")), "100");
  EXPECT_EQ(ToString(*ParsePercentText("２２．５２％")), "22.52");
  EXPECT_FALSE(ParsePercentText("高"));
  EXPECT_EQ(CleanLabel("其中：财政拨款为"), "财政拨款");
}

}  // namespace
}  // namespace jixiao::parse
