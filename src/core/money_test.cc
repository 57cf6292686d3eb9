#include "core/money.h"

#include <gtest/gtest.h>

#include <limits>

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
      {"117112.2千元", 11711220000},  // a provincial table's 千元
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
  EXPECT_EQ(FormatNatural(Money::FromUnits(11551310000)), "11551.31 万元");
  EXPECT_EQ(FormatNatural(Money::FromUnits(7367112)), "73671.12 元");
  EXPECT_EQ(FormatNatural(Money::FromUnits(11558677112)), "115586771.12 元");
  EXPECT_EQ(FormatNatural(Money::FromUnits(4550000)), "45500 元");
}

constexpr int64_t kMaxFen = std::numeric_limits<int64_t>::max();
constexpr int64_t kMinFen = std::numeric_limits<int64_t>::min();

// Every unit shows every fen: nothing is ever rounded, whatever the unit.
TEST(FormatMoney, InAnyUnitExactNeverRounded) {
  struct Case {
    int64_t fen;
    MoneyUnit unit;
    bool pad_whole;
    const char* want;
  };
  const Case cases[] = {
      {123753000, MoneyUnit::kYuan, true, "1237530.00"},  // 1,237,530.00 元
      {123753000, MoneyUnit::kWan, true, "123.753"},      // not 123.75: that would lose 30 元
      {123753000, MoneyUnit::kWan, false, "123.753"},
      {123750000, MoneyUnit::kWan, true, "123.75"},       // 1,237,500.00 元: a multiple of 100 元
      {123700000, MoneyUnit::kWan, true, "123.70"},
      {123700000, MoneyUnit::kWan, false, "123.70"},
      {100000000, MoneyUnit::kWan, false, "100"},
      {100000000, MoneyUnit::kWan, true, "100.00"},
      {1, MoneyUnit::kYuan, false, "0.01"},                // 0.01 元
      {1, MoneyUnit::kWan, true, "0.000001"},
      {1, MoneyUnit::kYi, true, "0.0000000001"},
      {0, MoneyUnit::kWan, true, "0.00"},
      {0, MoneyUnit::kYuan, false, "0"},
      {-50, MoneyUnit::kYuan, true, "-0.50"},
      {-123753000, MoneyUnit::kWan, true, "-123.753"},
      {-123750000, MoneyUnit::kWan, true, "-123.75"},
      {11558677112, MoneyUnit::kWan, true, "11558.677112"},
      {11558677112, MoneyUnit::kYi, true, "1.1558677112"},
      {10000000000, MoneyUnit::kYi, true, "1.00"},
      {kMaxFen, MoneyUnit::kYuan, true, "92233720368547758.07"},
      {kMaxFen, MoneyUnit::kWan, true, "9223372036854.775807"},
      {kMaxFen, MoneyUnit::kYi, true, "922337203.6854775807"},
      {kMinFen, MoneyUnit::kYuan, true, "-92233720368547758.08"},
      {kMinFen, MoneyUnit::kWan, true, "-9223372036854.775808"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(FormatMoneyIn(Money::FromUnits(c.fen), c.unit, c.pad_whole), c.want)
        << c.fen << " fen, unit " << static_cast<int>(c.unit) << ", pad " << c.pad_whole;
  }
}

// Messages use 万元 only for figures of at least 100 万元 that are multiples of 100 元.
TEST(FormatMoney, NaturalPicksWanOnlyWhenExactWithTwoDecimals) {
  struct Case {
    int64_t fen;
    const char* want;
  };
  const Case cases[] = {
      {123753000, "1237530 元"},         // 1,237,530.00 元 is not 123.75 万元
      {123750000, "123.75 万元"},        // 1,237,500.00 元
      {1, "0.01 元"},
      {-123750000, "-123.75 万元"},
      {-123753000, "-1237530 元"},
      {99990000, "999900 元"},          // under 100 万元: 元
      {kMaxFen, "92233720368547758.07 元"},
      {9223372036854770000, "9223372036854.77 万元"},
      {kMinFen, "-92233720368547758.08 元"},
  };
  for (const Case& c : cases) EXPECT_EQ(FormatNatural(Money::FromUnits(c.fen)), c.want) << c.fen;
  EXPECT_TRUE(ExactInWanCents(Money::FromUnits(123750000)));
  EXPECT_FALSE(ExactInWanCents(Money::FromUnits(123753000)));
  EXPECT_FALSE(ExactInWanCents(Money::FromUnits(1)));
  EXPECT_TRUE(ExactInWanCents(Money::FromUnits(-10000)));
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
