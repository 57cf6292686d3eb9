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
}

}  // namespace
}  // namespace jixiao
