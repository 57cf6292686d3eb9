#include "ingest/read/run_on_text.h"

#include <gtest/gtest.h>

#include "ingest/read/txt_reader.h"

namespace jixiao {
namespace {

std::vector<std::string> Texts(const TextDocument& document) {
  std::vector<std::string> texts;
  for (const TextLine& line : document.lines) texts.push_back(line.text);
  return texts;
}

TEST(RunOnText, ADocumentSharingCopysPagesAreOneTextItsHeadingsLinesOfTheirOwn) {
  // The site's copy: each page's text after its number, run together; the second page begins in
  // the middle of the sentence the first one ended with.
  const std::string page1 =
      "1、2023年县直发展项目绩效自评价报告2023年，我单位共有两个县直发展项目，分别为旅游咨询服务经费、节庆营销活动经费。"
      "现将项目绩效自评价报告在单位网站公开。一、旅游咨询服务经费（一）项目概况1、项目单位基本情况。"
      "2023年，县财政投入318,300.00元，主要用于旅游咨询服务相关工作。（二）项目绩效目标完成情况1、投入目标完成情况。县财政实际到位资金318,300.00元；全";
  const std::string page2 = "2、年实际使用资金318,300.00元，财政资金使用率100.00%。2、产出目标完成情况。接待游客咨询目标≥131500人次，实际完成137200人次。";
  auto document = ReadTxt("《报告.docx》由会员分享\n" + page1 + "\n" + page2 + "\n", "copy.txt");
  ASSERT_TRUE(document);
  const std::vector<std::string> texts = Texts(*document);
  const std::vector<std::string> expected = {
      "《报告.docx》由会员分享",
      "2023年县直发展项目绩效自评价报告2023年，我单位共有两个县直发展项目，分别为旅游咨询服务经费、节庆营销活动经费。"
      "现将项目绩效自评价报告在单位网站公开。",
      "一、旅游咨询服务经费",
      "（一）项目概况",
      "1、项目单位基本情况。2023年，县财政投入318,300.00元，主要用于旅游咨询服务相关工作。",
      "（二）项目绩效目标完成情况",
      "1、投入目标完成情况。县财政实际到位资金318,300.00元；全年实际使用资金318,300.00元，财政资金使用率100.00%。",
      "2、产出目标完成情况。接待游客咨询目标≥131500人次，实际完成137200人次。",
  };
  EXPECT_EQ(texts, expected);
  // Each piece is where it stands in the file: "年实际使用资金" on the second page's line, after its number.
  const std::size_t line = 6;
  const SourceSpan span = SpanAt(*document, line, document->lines[line].text.find("年实际"), 3);
  EXPECT_EQ(span.line, 3);
  EXPECT_EQ(span.column, 3);
}

TEST(RunOnText, TheTitleARunOnTextOpensWithIsALineOfItsOwn) {
  const std::string line =
      "某县财政支出项目绩效自评报告（道路运输安全监管经费）一、项目概况（一）项目基本情况：1.项目主要内容：道路运输安全监管经费由某县"
      "交通运输综合行政执法大队组织实施，主要用于道路运输企业安全检查和驾驶员安全培训等工作，项目编码：61318322T912179341336。"
      "2.资金：2020年道路运输安全监管经费预算经费为306,400.00元，2020年支付306,400.00元。";
  auto document = ReadTxt(line + "\n", "copy.txt");
  ASSERT_TRUE(document);
  const std::vector<std::string> texts = Texts(*document);
  ASSERT_GE(texts.size(), 3u);
  EXPECT_EQ(texts[0], "某县财政支出项目绩效自评报告（道路运输安全监管经费）");
  EXPECT_EQ(texts[1], "一、项目概况");
  EXPECT_TRUE(texts[2].starts_with("（一）项目基本情况：")) << texts[2];
}

TEST(RunOnText, NumberedParagraphsEachEndingItsSentenceStayApart) {
  const std::string one = "1、项目资金到位情况分析。2023年度省级下达资金62万元，中央下达16万元，上年度结余的资金6.47万元，共计84.47万元，全部按时到位并及时拨付至各实施单位。";
  const std::string two = "2、项目资金执行情况分析。2023年实际使用补贴资金13.6万元，并已结算到位，资金使用符合有关规定和要求，未发现截留挪用等问题。";
  auto document = ReadTxt(one + "\n" + two + "\n", "items.txt");
  ASSERT_TRUE(document);
  EXPECT_EQ(Texts(*document), (std::vector<std::string>{one, two}));
}

}  // namespace
}  // namespace jixiao
