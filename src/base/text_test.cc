#include "base/text.h"

#include <gtest/gtest.h>

namespace jixiao {
namespace {

TEST(FoldFullWidth, FoldsDigitsPunctuationAndIdeographicSpace) {
  EXPECT_EQ(FoldFullWidth("１，２３４．５６元"), "1,234.56元");
  EXPECT_EQ(FoldFullWidth("９０％"), "90%");
  EXPECT_EQ(FoldFullWidth("a\xE3\x80\x80" "b"), "a b");
  EXPECT_EQ(FoldFullWidth("（一）不变"), "(一)不变");
}

TEST(Trim, RemovesAsciiAndIdeographicSpace) {
  EXPECT_EQ(Trim("  \xE3\x80\x80正文\t\r\n"), "正文");
  EXPECT_EQ(Trim(""), "");
  EXPECT_EQ(Trim("   "), "");
}

TEST(LineColumnAt, CountsLinesAndCodePoints) {
  const std::string text = "第一行\n第二行ab";
  EXPECT_EQ(LineColumnAt(text, 0).line, 1);
  const LineColumn lc = LineColumnAt(text, text.find("ab"));
  EXPECT_EQ(lc.line, 2);
  EXPECT_EQ(lc.column, 4);
}

TEST(Utf8, RejectsTruncatedAndOverlongSequences) {
  EXPECT_TRUE(IsValidUtf8("黔南州"));
  EXPECT_FALSE(IsValidUtf8("\xE9\xBB"));
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));
  EXPECT_EQ(CodePointCount("黔南a"), 3u);
  // Ill-formed bytes count one code point each, as NextCodePoint reads them.
  for (std::string_view text : {std::string_view("\xE9\xBB"), std::string_view("a\xED\xA0\x80" "b"),
                                std::string_view("\xE0\x80\x80"), std::string_view("\x80\x80黔"),
                                std::string_view("\xEF\xBF\xBD\xF0\x9F\x98\x80")}) {
    std::size_t expected = 0;
    for (std::size_t pos = 0; pos < text.size(); ++expected) NextCodePoint(text, pos);
    EXPECT_EQ(CodePointCount(text), expected);
    for (std::size_t limit = 0; limit < 6; ++limit) EXPECT_EQ(AtMostCodePoints(text, limit), expected <= limit);
  }
  EXPECT_TRUE(AtMostCodePoints("黔南a", 3));
  EXPECT_FALSE(AtMostCodePoints("黔南a", 2));
}

TEST(CellGaps, CountsRunsOfSpacesAndFullWidthSpacesBetweenWords) {
  EXPECT_EQ(CellGaps("1  菌种繁育基地建设项目  70.78%  268.79"), 3u);
  EXPECT_EQ(CellGaps("序号　项目名称　预算　执行"), 3u);
  EXPECT_EQ(CellGaps("　　共 12.5 万元，已支出 10 万元"), 0u);  // an indent and single spaces part no cells
  EXPECT_EQ(CellGaps("名称  "), 0u);
}

TEST(SafeFileName, ReplacesPathAndQuoteCharactersAndCutsBetweenCodePoints) {
  EXPECT_EQ(SafeFileName("../整改\"说明\".pdf"), ".._整改_说明_.pdf");
  EXPECT_EQ(SafeFileName("黔南州", 4), "黔");  // 3 bytes each: the cut never splits one
}

}  // namespace
}  // namespace jixiao
