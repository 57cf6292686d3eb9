#include "render/display.h"

#include <gtest/gtest.h>

#include <limits>

namespace jixiao::display {
namespace {

TEST(DisplayTest, AmountsAreNeverRounded) {
  struct Case {
    int64_t fen;
    MoneyUnit unit;
    const char* want;
  };
  const Case cases[] = {
      {4550000, MoneyUnit::kYuan, "45500.00"},
      {11558677112, MoneyUnit::kYuan, "115586771.12"},
      {11558677112, MoneyUnit::kWan, "11558.677112"},  // forced 万元: every fen shown
      {12375300'00, MoneyUnit::kWan, "1237.53"},
      {1237530'00, MoneyUnit::kYuan, "1237530.00"},     // 1,237,530.00 元
      {1237530'00, MoneyUnit::kWan, "123.753"},         // not 123.75
      {1237500'00, MoneyUnit::kWan, "123.75"},          // 1,237,500.00 元
      {1, MoneyUnit::kYuan, "0.01"},
      {1, MoneyUnit::kWan, "0.000001"},
      {-50, MoneyUnit::kYuan, "-0.50"},
      {-1237530'00, MoneyUnit::kWan, "-123.753"},
      {0, MoneyUnit::kWan, "0.00"},
      {100000000'00, MoneyUnit::kYi, "1.00"},
      {5, MoneyUnit::kYuan, "0.05"},
      {std::numeric_limits<int64_t>::max(), MoneyUnit::kYuan, "92233720368547758.07"},
      {std::numeric_limits<int64_t>::max(), MoneyUnit::kWan, "9223372036854.775807"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Amount(Money::FromUnits(c.fen), c.unit), c.want) << c.fen;
  }
  EXPECT_EQ(AmountWithUnit(Money::FromWhole(45500), MoneyUnit::kYuan), "45500.00元");
  EXPECT_EQ(AmountWithUnit(Money::FromWhole(1237530), MoneyUnit::kWan), "123.753万元");
  EXPECT_EQ(OptionalAmount(std::nullopt, MoneyUnit::kYuan), "—");
}

// 万元 only when every figure is a multiple of 100 元: whole 元 are not enough.
TEST(DisplayTest, AutoUnitPicksWanOnlyWhenEveryFigureIsWholeHundredsOfYuan) {
  Evaluation ev;
  ev.funds.budget_total = Money::FromWhole(1237500);
  EXPECT_EQ(ResolveMoneyUnit(ev, MoneyDisplay::kAuto), MoneyUnit::kWan);
  ev.funds.executed_total = Money::FromWhole(1237530);  // 123.753 万元: two decimals would round
  EXPECT_EQ(ResolveMoneyUnit(ev, MoneyDisplay::kAuto), MoneyUnit::kYuan);
  ev.funds.executed_total = Money::FromUnits(2603088717);
  EXPECT_EQ(ResolveMoneyUnit(ev, MoneyDisplay::kAuto), MoneyUnit::kYuan);
  EXPECT_EQ(ResolveMoneyUnit(ev, MoneyDisplay::kWan), MoneyUnit::kWan);
  EXPECT_EQ(ResolveMoneyUnit(ev, MoneyDisplay::kYuan), MoneyUnit::kYuan);

  Evaluation projects;
  projects.funds.budget_total = Money::FromWhole(1000000);
  projects.projects.emplace_back().executed = Money::FromUnits(1);  // 0.01 元 in a project
  EXPECT_EQ(ResolveMoneyUnit(projects, MoneyDisplay::kAuto), MoneyUnit::kYuan);
  projects.projects.back().executed = Money::FromWhole(-100);
  EXPECT_EQ(ResolveMoneyUnit(projects, MoneyDisplay::kAuto), MoneyUnit::kWan);
  projects.projects.back().budget.extras = {{"initial", "\"40050\""}};  // 年初预算数 4.005 万元
  EXPECT_EQ(ResolveMoneyUnit(projects, MoneyDisplay::kAuto), MoneyUnit::kYuan);
}

TEST(DisplayTest, PercentsAndPoints) {
  EXPECT_EQ(PercentText(Percent::FromUnits(2252)), "22.52%");
  EXPECT_EQ(PercentText(Percent::FromWhole(100)), "100.00%");
  EXPECT_EQ(StatedPercent(Percent::FromWhole(100)), "100%");
  EXPECT_EQ(StatedPercent(Percent::FromUnits(2250)), "22.5%");
  EXPECT_EQ(PointsText(Points::FromUnits(950)), "9.50");
  EXPECT_EQ(PointsText(Points::FromWhole(10)), "10");
  EXPECT_EQ(OptionalPoints(std::nullopt), "未评分");
}

TEST(DisplayTest, HeadingNumbers) {
  struct Case {
    int level, n;
    const char* want;
  };
  const Case cases[] = {{1, 1, "一、"}, {1, 10, "十、"},     {1, 12, "十二、"}, {1, 20, "二十、"}, {2, 3, "（三）"},
                        {2, 21, "（二十一）"}, {3, 12, "12."}, {4, 5, "（5）"}};
  for (const Case& c : cases) EXPECT_EQ(HeadingNumber(c.level, c.n), c.want) << c.level << " " << c.n;
}

TEST(DisplayTest, IndicatorValues) {
  Indicator ind;
  ind.comparator = Comparator::kGreaterEqual;
  ind.target = Quantity::FromWhole(200);
  ind.actual = Quantity::FromUnits(2125000);
  ind.unit = "本";
  EXPECT_EQ(IndicatorValue(ind, true), "≥200本");
  EXPECT_EQ(IndicatorValue(ind, false), "212.5本");
  ind.qualitative = true;
  ind.target.reset();
  ind.target_text = "优";
  EXPECT_EQ(IndicatorValue(ind, true), "优");
  ind.target_text.reset();
  EXPECT_EQ(IndicatorValue(ind, true), "—");
}

TEST(DisplayTest, InitialBudgetFromExtras) {
  Project p;
  EXPECT_FALSE(InitialBudget(p));
  p.budget.extras = {{"initial", "\"40000.5\""}};
  ASSERT_TRUE(InitialBudget(p));
  EXPECT_EQ(InitialBudget(p)->units(), 4000050);
  p.budget.extras = {{"initial", "null"}};
  EXPECT_FALSE(InitialBudget(p));
}

}  // namespace
}  // namespace jixiao::display
