// Scanning primitives over UTF-8: numbers in both widths, searching, trimming, counting.
#include "ingest/parse/scan.h"

#include <gtest/gtest.h>

namespace jixiao::parse {
namespace {

TEST(ParseScanTest, Numbers) {
  struct Case {
    std::string text;
    std::string number;  // "" for none
    int decimals;
  };
  const Case cases[] = {
      {"115586771.12元", "115586771.12", 2}, {"1,234.56", "1234.56", 2}, {"１２３．４５", "123.45", 2},
      {"1.负责", "1", 0},                    {"100%", "100", 0},          {"元", "", 0},
      // Full-width commas between groups of three are thousands separators; any other is a clause break.
      {"117，112.2", "117112.2", 1},         {"1，234，567", "1234567", 0},
      {"1234，567", "1234", 0},              {"12，34", "12", 0},           {"3，其中", "3", 0},
  };
  for (const Case& c : cases) {
    const auto n = ReadNumber(c.text, 0);
    EXPECT_EQ(n ? n->text : "", c.number) << c.text;
    if (n) {
      EXPECT_EQ(n->decimals, c.decimals) << c.text;
    }
  }
}

TEST(ParseScanTest, SearchAndKeywords) {
  const std::string text = "全年预算数115586771.12元，预算完成率22.52%";
  EXPECT_EQ(Find(text, "预算完成率"), text.find("预算完成率"));
  EXPECT_EQ(Find(text, "执行率"), std::string_view::npos);
  const KeywordSet words = {"完成率", "执行率"};
  std::size_t length = 0;
  EXPECT_EQ(words.Find(text, 0, &length), text.find("完成率"));
  EXPECT_EQ(length, std::string_view("完成率").size());
  const KeywordTable table = {{2, {"预算"}}, {1, {"完成率"}}};
  EXPECT_EQ(table.Lowest(text), 1);
  EXPECT_EQ(table.Lowest("无关"), -1);
}

TEST(ParseScanTest, TrimCountAndSpaces) {
  EXPECT_EQ(TrimSpace("\u3000 数据。 "), "数据。");
  EXPECT_EQ(TrimTrailing("负责测绘；。", "；。"), "负责测绘");
  EXPECT_EQ(CharCount("自然资源abc"), 7u);
  EXPECT_EQ(CharCount("一二三四五六七八九十"), 10u);
  EXPECT_EQ(RemoveSpaces("产 出 指 标"), "产出指标");
  EXPECT_TRUE(LongerThan("一二三", 2));
  EXPECT_FALSE(LongerThan("一二三", 3));
}

}  // namespace
}  // namespace jixiao::parse
