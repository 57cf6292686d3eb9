#include "core/fixed.h"

#include <gtest/gtest.h>

namespace jixiao {
namespace {

TEST(DivRoundHalfUp, RoundsHalfAwayFromZero) {
  struct Case {
    int64_t num, den, expected;
  };
  const Case cases[] = {{5, 2, 3}, {4, 2, 2}, {7, 3, 2}, {-5, 2, -3}, {1, 3, 0}, {2, 3, 1}, {5, -2, -3}};
  for (const auto& c : cases) {
    EXPECT_EQ(DivRoundHalfUp(c.num, c.den), c.expected) << c.num << "/" << c.den;
  }
}

TEST(PercentOf, ComputesFromIntegersRoundedHalfUp) {
  struct Case {
    int64_t part_fen, whole_fen;
    std::string expected;
  };
  const Case cases[] = {
      {2603088717, 11558677112, "22.52"},  // the example department
      {1, 3, "33.33"},
      {2, 3, "66.67"},
      {1, 8, "12.50"},  // exactly representable
      {100001, 200000, "50"},  // 50.0005% rounds to 50.00
      {100010, 200000, "50.01"},  // 50.005% rounds half-up to 50.01
      {0, 500, "0"},
      {500, 500, "100"},
  };
  for (const auto& c : cases) {
    const Percent p = PercentOf(Money::FromUnits(c.part_fen), Money::FromUnits(c.whole_fen));
    EXPECT_EQ(ToString(p), c.expected) << c.part_fen << "/" << c.whole_fen;
  }
}

TEST(ParseFixed, QuantityKeepsFourDecimals) {
  EXPECT_EQ(ParseFixed<Quantity>("0.34")->units(), 3400);
  EXPECT_EQ(ToString(*ParseFixed<Quantity>("12.3400")), "12.34");
  EXPECT_FALSE(ParseFixed<Quantity>("1.23456"));
  EXPECT_FALSE(ParseFixed<Percent>("22.525"));
  EXPECT_EQ(ToString(*ParseFixed<Percent>("２２．５２")), "22.52");
}

}  // namespace
}  // namespace jixiao
