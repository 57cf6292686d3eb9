#include "core/money.h"

#include <gtest/gtest.h>

namespace jixiao {
namespace {

struct ParseCase {
  std::string text;
  int64_t fen;
};

TEST(ParseMoney, AcceptsWhatReportsWrite) {
  const ParseCase cases[] = {
      {"45500", 4550000},
      {"115586771.12", 11558677112},
      {"1,234.56元", 123456},
      {"4064.98万元", 4064980000},
      {"1.89亿元", 18900000000},
      {"１２３４．５６元", 123456},
      {"１，２３４．５６元", 123456},
      {"8948.22 万元", 8948220000},
      {"0", 0},
      {"0.5", 50},
      {"-12.30", -1230},
      {"  100元 ", 10000},
      {"1.2万", 1200000},
  };
  for (const auto& c : cases) {
    auto money = ParseMoney(c.text);
    ASSERT_TRUE(money) << c.text << ": " << money.error().message;
    EXPECT_EQ(money->units(), c.fen) << c.text;
  }
}

struct BadCase {
  std::string text;
  std::string message_part;
};

TEST(ParseMoney, RejectsInexactOutOfRangeAndNonNumbers) {
  const BadCase cases[] = {
      {"1.005", "小数位超过 2 位"},
      {"1.005元", "小数位超过 2 位"},
      {"1.2345678万元", "小数位超过 2 位"},
      {"99999999999999999999", "超出可表示的范围"},
      {"999999999999亿元", "超出可表示的范围"},
      {"abc", "不是数字"},
      {"", "不是数字"},
      {"元", "不是数字"},
      {"1.2.3", "不是数字"},
      {"12元5角", "不是数字"},
      {",100", "不是数字"},
  };
  for (const auto& c : cases) {
    auto money = ParseMoney(c.text);
    ASSERT_FALSE(money) << c.text;
    EXPECT_EQ(money.error().code, ErrorCode::kInvalidInput);
    EXPECT_NE(money.error().message.find(c.message_part), std::string::npos)
        << c.text << " -> " << money.error().message;
  }
}

TEST(FormatMoney, YuanWanAndNatural) {
  EXPECT_EQ(ToYuanString(Money::FromUnits(4550000)), "45500");
  EXPECT_EQ(ToYuanString(Money::FromUnits(11558677112)), "115586771.12");
  EXPECT_EQ(ToYuanString(Money::FromUnits(1250)), "12.50");
  EXPECT_EQ(FormatWan(Money::FromUnits(11558677112)), "11558.68");
  EXPECT_EQ(FormatWan(Money::FromUnits(11551310000)), "11551.31");
  EXPECT_EQ(FormatWan(Money::FromUnits(50)), "0");
  EXPECT_EQ(FormatNatural(Money::FromUnits(11551310000)), "11551.31 万元");
  EXPECT_EQ(FormatNatural(Money::FromUnits(7367112)), "73671.12 元");
  EXPECT_EQ(FormatNatural(Money::FromUnits(11558677112)), "115586771.12 元");
  EXPECT_EQ(FormatNatural(Money::FromUnits(4550000)), "45500 元");
}

TEST(MoneyArithmetic, AddsExactly) {
  const Money a = *ParseMoney("1237.53万元");
  const Money b = *ParseMoney("10133.82万元");
  const Money c = *ParseMoney("179.96万元");
  const Money budget = *ParseMoney("115586771.12");
  EXPECT_EQ(ToYuanString(budget - (a + b + c)), "73671.12");
}

}  // namespace
}  // namespace jixiao
