#include "ingest/read/positioned_text.h"

#include <gtest/gtest.h>

namespace jixiao {
namespace {

TEST(ValidateUtf8, FindsTheFirstBadByte) {
  struct Case {
    std::string text;
    bool valid;
    std::size_t bad;
  };
  const Case cases[] = {
      {"", true, 0},
      {"plain ascii text that is longer than eight bytes", true, 0},
      {"黔南州自然资源局2022年度", true, 0},
      {"𠀀 four-byte", true, 0},
      {"abcdefgh\xE9\xBB", false, 8},          // truncated at the end
      {"ab\xC0\xAF", false, 2},                // overlong
      {"ab\xED\xA0\x80", false, 2},            // surrogate
      {"abc\xF4\x90\x80\x80", false, 3},       // above U+10FFFF
      {"年\xFF度", false, 3},
  };
  for (const Case& c : cases) {
    std::size_t bad = 99;
    EXPECT_EQ(ValidateUtf8(c.text, &bad), c.valid) << c.text;
    if (!c.valid) {
      EXPECT_EQ(bad, c.bad) << c.text;
    }
  }
}

// Long ideograph runs take the SIMD path: bad bytes and non-inert characters inside or right
// after such a run are still found.
TEST(CheckUtf8, LongIdeographRuns) {
  const std::string run = "黔南州自然资源局部门整体支出绩效自评报告";  // 20 ideographs, 60 bytes
  EXPECT_TRUE(CheckUtf8(run + run).valid);
  EXPECT_TRUE(CheckUtf8(run + run).nfc);
  const Utf8Check truncated = CheckUtf8(run + "\xE9\xBB" + run);
  EXPECT_FALSE(truncated.valid);
  EXPECT_EQ(truncated.bad_offset, run.size());
  const Utf8Check stray = CheckUtf8(run.substr(0, 21) + "\x80" + run);
  EXPECT_FALSE(stray.valid);
  EXPECT_EQ(stray.bad_offset, 21u);
  EXPECT_FALSE(CheckUtf8(run + "\xEF\xA4\x80" + run).nfc);  // U+F900 decomposes under NFC
  EXPECT_EQ(*ToNfc(run + "\xEF\xA4\x80" + run), run + "\xE8\xB1\x88" + run);
}

TEST(ToNfc, ComposesAndKeepsNfcText) {
  EXPECT_EQ(*ToNfc("e\xCC\x81"), "\xC3\xA9");             // e + combining acute -> é
  EXPECT_EQ(*ToNfc("\xEF\xA4\x80"), "\xE8\xB1\x88");       // U+F900 -> U+8C48
  EXPECT_EQ(*ToNfc("全年预算数45500元"), "全年预算数45500元");
  EXPECT_FALSE(ToNfc("\xFF").has_value());
}

TEST(MakeRow, JoinsCellsWithTabsAndCleansThem) {
  const TextLine row = MakeRow({"项目名称", "年初\t预算数", "45500\n元"});
  EXPECT_EQ(row.text, "项目名称\t年初 预算数\t45500 元");
  ASSERT_EQ(row.cells.size(), 3u);
  EXPECT_EQ(row.cells[1], "年初 预算数");
  EXPECT_TRUE(row.is_table_row());
}

TEST(SpanAt, MapsOffsetsToLineColumnPageAndParagraph) {
  TextDocument document;
  TextLine txt;
  txt.text = "（1）资金使用情况：全年预算数45500元";
  txt.number = 66;
  document.lines.push_back(txt);
  TextLine wrapped;
  wrapped.text = "第一页的行第二页的行";
  wrapped.number = 40, wrapped.page = 1;
  wrapped.wraps.push_back({15, 2, 1});
  document.lines.push_back(wrapped);

  const std::size_t at = txt.text.find("45500");
  SourceSpan span = SpanAt(document, 0, at, 5);
  EXPECT_EQ(span.line, 66);
  EXPECT_EQ(span.column, 16);
  EXPECT_EQ(span.excerpt, "45500");
  EXPECT_EQ(DescribeSpan(span), "第 66 行第 16 列");

  span = SpanAt(document, 1, 3);
  EXPECT_EQ(span.page, 1);
  EXPECT_EQ(span.line, 40);
  EXPECT_EQ(span.column, 2);
  span = SpanAt(document, 1, 18);
  EXPECT_EQ(span.page, 2);
  EXPECT_EQ(span.line, 1);
  EXPECT_EQ(span.column, 2);
  EXPECT_EQ(span.excerpt, wrapped.text);
  EXPECT_EQ(DescribeSpan(span), "第 2 页第 1 行");

  span = SpanAt(document, 99, 999);  // clamped to the end of the last line
  EXPECT_EQ(span.page, 2);
  EXPECT_EQ(span.column, 6);
  EXPECT_EQ(SpanAt(TextDocument{}, 0, 0).line, 0);
}

}  // namespace
TEST(FoldCjkRadicals, RadicalsSomePdfFontsGiveBecomeTheirIdeographs) {
  // pdftotext of a PDF re-printed through cairo: Kangxi radicals (⼈ ⼯ ⾦) and supplement forms
  // (⺠ ⻔ ⻚) in place of the ideographs they are drawn like.
  std::string text = "鹤峰县⼈⺠防空办公室：部⻔预算⾸⻚，⼈防⼯程专项资⾦";
  FoldCjkRadicals(text);
  EXPECT_EQ(text, "鹤峰县人民防空办公室：部门预算首页，人防工程专项资金");
  std::string plain = "全年预算数 100.00 万元 — ≥95%";
  FoldCjkRadicals(plain);
  EXPECT_EQ(plain, "全年预算数 100.00 万元 — ≥95%");
  EXPECT_EQ(ToNfcValid("⼀、⾃评结论"), "一、自评结论");
}

}  // namespace jixiao
