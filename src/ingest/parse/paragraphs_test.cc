// Paragraphs: wrapped lines join, headings and labels and table cells stay apart, and
// offsets map back to the source lines.
#include "ingest/parse/paragraphs.h"

#include <gtest/gtest.h>

namespace jixiao::parse {
namespace {

TextDocument Lines(std::initializer_list<const char*> texts) { return TextDocumentFromLines(texts); }

std::vector<std::string> Texts(const TextDocument& document) {
  std::vector<std::string> out;
  for (const Paragraph& p : BuildParagraphs(document)) out.emplace_back(p.text);
  return out;
}

TEST(ParseParagraphsTest, OneParagraphPerLineStaysSo) {
  const auto texts = Texts(Lines({"一、整体支出绩效自评情况", "（一）单位职能概述", "", "1.负责自然资源调查监测评价；",
                                  "完成情况：高质量完成", "取得的成绩：首次实现"}));
  EXPECT_EQ(texts.size(), 5u);
}

TEST(ParseParagraphsTest, ClauseEndsJoinTheNextLine) {
  const auto texts = Texts(Lines({"（2）项目实施情况：通过聘请专业档案整理、审查服务公司对本单位各科室的业务档案、",
                                  "文书档案进行整理及数字化处理。", "（3）产生的效益：单位档案管理进一步规范。"}));
  ASSERT_EQ(texts.size(), 2u);
  EXPECT_EQ(texts[0],
            "（2）项目实施情况：通过聘请专业档案整理、审查服务公司对本单位各科室的业务档案、文书档案进行整理及数字化处理。");
}

// Cuts `text` into lines of `width` code points, as pdftotext or a hard-wrapping editor would.
void AddWrapped(TextDocument& document, std::string_view text, std::size_t width) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = pos;
    for (std::size_t chars = 0; end < text.size() && chars < width; ++chars) {
      const auto lead = static_cast<unsigned char>(text[end]);
      end += lead < 0x80 ? 1 : lead >= 0xE0 ? 3 : 2;
    }
    TextLine line;
    line.text = std::string(text.substr(pos, end - pos));
    line.number = static_cast<int>(document.lines.size()) + 1;
    document.lines.push_back(line);
    pos = end;
  }
}

TEST(ParseParagraphsTest, HardWrappedLinesJoinUntilASentenceEnds) {
  const std::string funds =
      "（1）资金使用情况：全年预算数45500元（其中，财政拨款资金45500元，其他资金0元），全年执行数45500元，执行率100%。";
  const std::string work = "（2）项目实施情况：通过购买物业管理服务，保证了单位办公场所公共环境的卫生、停车秩序及消防安全。";
  TextDocument document;
  AddWrapped(document, funds, 20);
  AddWrapped(document, work, 20);
  const auto paragraphs = BuildParagraphs(document);
  ASSERT_EQ(paragraphs.size(), 2u);
  EXPECT_EQ(paragraphs[0].text, funds);
  EXPECT_EQ(paragraphs[1].text, work);
  // Each figure maps back to the physical line holding it.
  for (std::string_view word : {"全年预算数", "财政拨款", "全年执行数"}) {
    const std::size_t at = paragraphs[0].text.find(word);
    const SourceSpan span = ParagraphSpan(document, paragraphs[0], at, word.size());
    int line = 0;
    for (const TextLine& l : document.lines) {
      if (l.text.find(word) != std::string::npos) line = l.number;
    }
    ASSERT_GT(line, 0) << word << " is split across lines; pick another word";
    EXPECT_EQ(span.line, line) << word;
    EXPECT_EQ(span.excerpt, word);
  }
}

TEST(ParseParagraphsTest, PipeCellsAndRowsAreCells) {
  TextDocument document = Lines({"项目名称 |", "|", "238.93 |"});
  document.lines.push_back(MakeRow({"总额", "238.93", "251.89"}));
  const auto paragraphs = BuildParagraphs(document);
  ASSERT_EQ(paragraphs.size(), 4u);
  EXPECT_EQ(paragraphs[0].kind, ParagraphKind::kCell);
  EXPECT_EQ(paragraphs[0].text, "项目名称");
  EXPECT_EQ(paragraphs[1].text, "");
  EXPECT_EQ(paragraphs[3].kind, ParagraphKind::kTableRow);
  EXPECT_EQ(paragraphs[3].cells.size(), 3u);
}

TEST(ParseParagraphsTest, PipeSeparatedLinesAreRows) {
  const TextDocument document = Lines({"经济分类 |金额（元） |占比 |", "合计 | |100.00% |", "238.93 |"});
  const auto paragraphs = BuildParagraphs(document);
  ASSERT_EQ(paragraphs.size(), 3u);
  EXPECT_EQ(paragraphs[0].kind, ParagraphKind::kTableRow);
  EXPECT_EQ(paragraphs[0].cells, (std::vector<std::string_view>{"经济分类", "金额（元）", "占比"}));
  EXPECT_EQ(paragraphs[1].cells, (std::vector<std::string_view>{"合计", "", "100.00%"}));
  EXPECT_EQ(paragraphs[2].kind, ParagraphKind::kCell) << "one cell per line stays a cell";
}

TEST(ParseParagraphsTest, InATableOfClosingPipesAnOpeningPipeIsAnEmptyCell) {
  // A form's OCR export: every row closes with a pipe; a row continuing a merged first cell
  // starts with one. The last row, cut off by the page's excerpt, has no closing pipe.
  const TextDocument document = Lines({"预算执行情况(10分) | 年初预算 | 预算执行数 | 预算执行率 | 权重 |",
                                       "| 总额 | 5.00 | 5.00 | 100.00% | 10 | |",
                                       "| 产出指标 | 数量指标 | 会议培训举办次数(次) | ≥ | 1"});
  const auto paragraphs = BuildParagraphs(document);
  ASSERT_EQ(paragraphs.size(), 3u);
  EXPECT_EQ(paragraphs[1].cells, (std::vector<std::string_view>{"", "总额", "5.00", "5.00", "100.00%", "10"}));
  EXPECT_EQ(paragraphs[2].kind, ParagraphKind::kTableRow);
  EXPECT_EQ(paragraphs[2].cells,
            (std::vector<std::string_view>{"", "产出指标", "数量指标", "会议培训举办次数(次)", "≥", "1"}));
}

TEST(ParseParagraphsTest, AMarkdownRowsOpeningPipeOpensItsFirstCell) {
  const TextDocument document = Lines({"| 项目 | 预算 |", "| 合计 | 100 | |"});
  const auto paragraphs = BuildParagraphs(document);
  ASSERT_EQ(paragraphs.size(), 2u);
  EXPECT_EQ(paragraphs[1].cells, (std::vector<std::string_view>{"合计", "100", ""}));
}

}  // namespace
}  // namespace jixiao::parse
