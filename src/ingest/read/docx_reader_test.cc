#include "ingest/read/docx_reader.h"

#include <cstdio>

#include <gtest/gtest.h>
#include <zip.h>

#include "base/file.h"
#include "base/text.h"
#include "ingest/read/reader_test_util.h"
#include "ingest/read/txt_reader.h"

namespace jixiao {
namespace {

const std::string kFixtures = JIXIAO_FIXTURES;

using testing_util::NoSpace;
using testing_util::NonEmptyLines;

// A zip archive built in memory from (name, content) pairs.
std::string MakeZip(const std::vector<std::pair<std::string, std::string>>& files) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  for (const auto& [name, data] : files) {
    zip_source_t* part = zip_source_buffer(archive, data.data(), data.size(), 0);
    zip_file_add(archive, name.c_str(), part, ZIP_FL_OVERWRITE);
  }
  zip_close(archive);
  zip_source_open(buffer);
  zip_source_seek(buffer, 0, SEEK_END);
  std::string bytes(static_cast<std::size_t>(zip_source_tell(buffer)), '\0');
  zip_source_seek(buffer, 0, SEEK_SET);
  zip_source_read(buffer, bytes.data(), bytes.size());
  zip_source_close(buffer);
  zip_source_free(buffer);
  return bytes;
}

constexpr std::string_view kNs = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";

std::string Docx(const std::string& body, const std::string& numbering = "", const std::string& styles = "") {
  std::vector<std::pair<std::string, std::string>> files = {
      {"word/document.xml", "<w:document " + std::string(kNs) + "><w:body>" + body + "</w:body></w:document>"}};
  if (!numbering.empty()) files.push_back({"word/numbering.xml", "<w:numbering " + std::string(kNs) + ">" + numbering + "</w:numbering>"});
  if (!styles.empty()) files.push_back({"word/styles.xml", "<w:styles " + std::string(kNs) + ">" + styles + "</w:styles>"});
  return MakeZip(files);
}

std::vector<std::string> Texts(const std::string& bytes) {
  auto document = ReadDocx(bytes, "t.docx");
  EXPECT_TRUE(document.has_value()) << (document ? "" : document.error().message);
  std::vector<std::string> texts;
  if (document) {
    for (const TextLine& line : document->lines) texts.push_back(line.text);
  }
  return texts;
}

TEST(ReadDocx, ExampleReportHasTheSameLinesAsTheText) {
  const TextDocument txt = *ReadTxt(*ReadFile(kFixtures + "/reports/qiannan-natural-resources-2022.txt"), "q.txt");
  auto docx = ReadDocx(*ReadFile(kFixtures + "/generated/qiannan.docx"), "q.docx");
  ASSERT_TRUE(docx.has_value()) << docx.error().message;
  EXPECT_EQ(NonEmptyLines(*docx), NonEmptyLines(txt));
  ASSERT_EQ(docx->lines.size(), txt.lines.size());
  EXPECT_EQ(docx->lines[59].paragraph, 60);
  EXPECT_EQ(docx->lines[59].number, 60);
  EXPECT_TRUE(docx->lines[59].text.starts_with("2.全年预算数115586771.12元"));
  EXPECT_EQ(docx->kind, SourceKind::kDocx);
}

TEST(ReadDocx, StructuredDocumentRendersNumberingBreaksAndTables) {
  auto document = ReadDocx(*ReadFile(kFixtures + "/generated/structured.docx"), "s.docx");
  ASSERT_TRUE(document.has_value()) << document.error().message;
  std::vector<std::string> texts;
  for (const TextLine& line : document->lines) texts.push_back(line.text);
  const std::vector<std::string> expected = {
      "结构化测试报告2022年度",
      "一、整体支出绩效自评情况",
      "（一）单位职能概述",
      "1.负责自然资源调查监测评价；",
      "2.负责自然资源统一确权登记；",
      "（1）资金使用情况：全年预算数45500元，全年执行数45500元，执行率100%。",
      "（2）职工满意度100%。",
      "（二）年度工作目标完成情况",
      "二、项目支出绩效自评情况",
      "第一行",
      "第二行\t制表符之后",
      "项目名称\t年初预算数\t全年预算数\t全年执行数\t执行率",
      "业务提升\t45500\t45500\t45500\t100%",
      "物业管理\t136500\t136500\t120000\t87.91%",
      "第二页正文：全年预算数115586771.12元，全年执行数26030887.17元。",
  };
  EXPECT_EQ(texts, expected);
  const std::vector<TextLine>& lines = document->lines;
  EXPECT_EQ(lines[9].paragraph, 10);  // a line break keeps the paragraph
  EXPECT_EQ(lines[10].paragraph, 10);
  EXPECT_FALSE(lines[10].is_table_row());
  ASSERT_TRUE(lines[12].is_table_row());
  EXPECT_EQ(lines[12].cells, (std::vector<std::string>{"业务提升", "45500", "45500", "45500", "100%"}));
  EXPECT_EQ(lines[11].paragraph, 11);  // first cell paragraph of the header row
  EXPECT_EQ(lines[12].paragraph, 16);
  EXPECT_EQ(lines[14].paragraph, 26);  // its page break is not a line break
}

TEST(ReadDocx, SkipsDeletedAndHiddenTextKeepsInsertions) {
  const std::string body =
      "<w:p><w:r><w:t>全年预算数</w:t></w:r><w:del><w:r><w:delText>99</w:delText></w:r></w:del>"
      "<w:ins><w:r><w:t>45500</w:t></w:r></w:ins><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>"
      "<w:r><w:t xml:space=\"preserve\"> 元</w:t></w:r></w:p>"
      "<w:p><w:r><w:instrText>PAGE</w:instrText><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t></w:r></w:p>"
      "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>年初</w:t></w:r></w:p><w:p><w:r><w:t>预算数</w:t></w:r></w:p></w:tc>"
      "<w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc>"
      "<w:tc/></w:tr></w:tbl>";
  // (A table nested in a cell gives its own rows after its row's.)
  EXPECT_EQ(Texts(Docx(body)), (std::vector<std::string>{"全年预算数45500 元", "甲\t乙", "丙", "年初预算数\t\t", "a\tb"}));
}

TEST(ReadDocx, APdfsTextPastedAParagraphALineIsJoinedBack) {
  // Each line of a PDF's text became a paragraph, broken mid-sentence at the page's width; the
  // paragraphs are joined back where a line filled the width and ended no sentence, and each
  // piece still points at its own paragraph.
  const std::vector<std::string> lines = {
      "一、基本情况",
      "　　耕地质量保护与提升补助资金主要用于保护和提升耕地地力、推",
      "进化肥减量。2021 年我县耕地质量保护与提升补助资金应补资金 ",
      "9,921,020.00 元，其中中央财政 4,862,986.37 元，省级财政 ",
      "2,309,712.66 元，县级财政 2,748,320.97 元。截至年底实际拨付 ",
      "9,921,020.00 元，拨付率 100.00%。",
      "二、分补助类别实施情况",
      "　　1、绿肥种植补助：补助面积计划 39400 亩，实际完成 39400 ",
      "亩，补助标准每亩 118 元；应补资金 4,649,200.00 元，实际兑付 ",
      "4,649,200.00 元，拨付率 100.00%。",
      "　　2、有机肥替代化肥补助：补助面积计划 15750 亩，实际完成 ",
      "15750 亩，补助标准每亩 89 元；应补资金 1,401,750.00 元，实际",
      "兑付 1,401,750.00 元，拨付率 100.00%。",
  };
  std::string body;
  for (const std::string& line : lines) body += "<w:p><w:r><w:t xml:space=\"preserve\">" + line + "</w:t></w:r></w:p>";
  auto document = ReadDocx(Docx(body), "pasted.docx");
  ASSERT_TRUE(document.has_value());
  std::vector<std::string> texts;
  for (const TextLine& line : document->lines) texts.push_back(line.text);
  ASSERT_EQ(texts.size(), 5u);
  EXPECT_NE(texts[1].find("推进化肥"), std::string::npos) << texts[1];
  EXPECT_TRUE(texts[1].ends_with("拨付率 100.00%。")) << texts[1];
  EXPECT_TRUE(texts[3].starts_with("　　1、绿肥种植补助")) << texts[3];
  // The figure on the paragraph after the first is found in that paragraph.
  const std::size_t at = texts[1].find("9,921,020.00");
  const SourceSpan span = SpanAt(*document, 1, at, 12);
  EXPECT_EQ(span.paragraph, 4);
}

TEST(ReadDocx, AFootnoteFollowsTheParagraphReferringToIt) {
  // "表1 部门预算执行情况表¹" with its footnote "注：金额单位为万元": the note's text is a line right
  // after its paragraph (Word shows it at the page's foot); the separators are no text.
  const std::string rels =
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>)"
      "</Relationships>";
  const std::string footnotes =
      "<w:footnotes " + std::string(kNs) + "><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
      "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>注：金额单位为万元。</w:t></w:r></w:p></w:footnote></w:footnotes>";
  const std::string document = "<w:document " + std::string(kNs) + "><w:body>"
      "<w:p><w:r><w:t>表1 部门预算执行情况表</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>"
      "<w:p><w:r><w:t>其后</w:t></w:r></w:p></w:body></w:document>";
  const std::string bytes =
      MakeZip({{"word/document.xml", document}, {"word/_rels/document.xml.rels", rels}, {"word/footnotes.xml", footnotes}});
  EXPECT_EQ(Texts(bytes), (std::vector<std::string>{"表1 部门预算执行情况表", "注：金额单位为万元。", "其后"}));
}

TEST(ReadDocx, RendersNumberingFormatsAndRestarts) {
  const std::string numbering =
      R"(<w:abstractNum w:abstractNumId="0">)"
      R"(<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>)"
      R"(<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="（%2）"/></w:lvl>)"
      R"(<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%3"/></w:lvl>)"
      R"(</w:abstractNum>)"
      R"(<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="ideographTraditional"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>)"
      R"(<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>)"
      R"(<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>)"
      R"(<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>)";
  const std::string styles =
      R"(<w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="H2"><w:basedOn w:val="H1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>)";
  const auto p = [](const std::string& props, const std::string& text) {
    return "<w:p><w:pPr>" + props + "</w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
  };
  const auto num = [](int id, int level) {
    return "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" + std::to_string(id) + "\"/></w:numPr>";
  };
  const std::string body = p("<w:pStyle w:val=\"H1\"/>", "概述") + p("<w:pStyle w:val=\"H2\"/>", "职能") +
                           p("<w:pStyle w:val=\"H2\"/>", "目标") + p(num(1, 2), "细目") + p(num(2, 0), "甲项") +
                           p(num(2, 0), "乙项") + p(num(3, 0), "重新开始") + p("<w:pStyle w:val=\"H1\"/>", "项目") +
                           p(num(1, 1), "资金") + p(num(9, 0), "未知列表");
  EXPECT_EQ(Texts(Docx(body, numbering, styles)),
            (std::vector<std::string>{"一、概述", "（一）职能", "（二）目标", "一.1 细目", "甲.甲项", "乙.乙项",
                                      "甲.重新开始", "二、项目", "（一）资金", "未知列表"}));
}

TEST(FormatListNumber, CoversCommonFormats) {
  struct Case {
    int value;
    std::string format;
    std::string expected;
  };
  const Case cases[] = {
      {3, "decimal", "3"},           {7, "decimalZero", "07"},          {1, "chineseCounting", "一"},
      {10, "chineseCounting", "十"}, {11, "chineseCounting", "十一"},   {20, "chineseCountingThousand", "二十"},
      {105, "chineseCountingThousand", "一百零五"},                     {12, "taiwaneseCountingThousand", "十二"},
      {3, "chineseLegalSimplified", "叁"},                              {10, "chineseLegalSimplified", "壹拾"},
      {2, "ideographTraditional", "乙"},                                {4, "upperRoman", "IV"},
      {9, "lowerRoman", "ix"},       {28, "upperLetter", "BB"},         {2, "decimalEnclosedCircle", "②"},
      {5, "decimalFullWidth", "５"}, {1, "bullet", ""},                 {6, "somethingNew", "6"},
  };
  for (const Case& c : cases) EXPECT_EQ(FormatListNumber(c.value, c.format), c.expected) << c.format << " " << c.value;
}

TEST(ReadDocx, RejectsBrokenPackages) {
  const std::string good = *ReadFile(kFixtures + "/generated/qiannan.docx");
  struct Case {
    std::string name;
    std::string bytes;
    std::string message;
  };
  const Case cases[] = {
      {"empty", "", "文件为空"},
      {"half", good.substr(0, good.size() / 2), "ZIP 压缩包结构损坏或文件被截断"},
      {"not-docx", *ReadFile(kFixtures + "/generated/not-docx.zip"), "其中没有 word/document.xml"},
      {"bad-xml", MakeZip({{"word/document.xml", "<w:document><w:body><w:p>"}}), "不是格式正确的 XML"},
      {"no-body", MakeZip({{"word/document.xml", "<w:document/>"}}), "没有正文"},
      {"text", "PK but not a zip at all", "ZIP 压缩包结构损坏"},
  };
  for (const Case& c : cases) {
    auto document = ReadDocx(c.bytes, "x.docx");
    ASSERT_FALSE(document.has_value()) << c.name;
    EXPECT_EQ(document.error().code, ErrorCode::kInvalidInput) << c.name;
    EXPECT_NE(document.error().message.find(c.message), std::string::npos) << c.name << ": " << document.error().message;
    EXPECT_TRUE(document.error().message.starts_with("文件 x.docx：")) << c.name;
  }
}

TEST(ReadDocx, CorruptedCompressedDataIsAnError) {
  std::string bytes = Docx(std::string(2000, ' ') + "<w:p><w:r><w:t>正文</w:t></w:r></w:p>");
  const std::size_t at = bytes.find("word/document.xml") + 40;  // inside the deflated data
  for (std::size_t i = at; i < at + 8; ++i) bytes[i] = static_cast<char>(bytes[i] ^ 0x5A);
  auto document = ReadDocx(bytes, "x.docx");
  ASSERT_FALSE(document.has_value());
  EXPECT_NE(document.error().message.find("word/document.xml"), std::string::npos) << document.error().message;
}

}  // namespace
}  // namespace jixiao
