// Letter-spaced labels and reports, and labels broken over lines, read as words; tables laid out
// by spaces keep their columns.
#include "ingest/parse/label_text.h"

#include <gtest/gtest.h>

#include "core/money.h"
#include "ingest/parse/report_parser.h"

namespace jixiao::parse {
namespace {

std::string Plain(std::string_view text, bool whole_cell = false) {
  return WithoutLetterSpacing(text, whole_cell).value_or(std::string(text));
}

TEST(LetterSpacing, SpacedLabelsBecomeWords) {
  EXPECT_EQ(Plain("项  目  名  称                          聘请中介机构参与审计经费"),
            "项目名称                          聘请中介机构参与审计经费");
  // A run goes on into the word after it at the same spacing.
  EXPECT_EQ(Plain("项  目  资  金（万元）  其中：当年财政拨款      126.18"), "项目资金（万元）  其中：当年财政拨款      126.18");
  // A whole report spaced out: prose, figures whole, two letters after a figure.
  EXPECT_EQ(Plain("该 项 目 年 初 预 算 89.6050 万 元 ， 全 年 执 行 数 80.0602 万 元 。"),
            "该项目年初预算 89.6050 万元，全年执行数 80.0602 万元。");
  // Labels spaced out as their letters are: the form's labels they part into, apart.
  EXPECT_EQ(Plain("年  初  预  算  数          全  年  预  算  数  全  年  执  行  数  分  值  执  行  率  得  分"),
            "年初预算数          全年预算数  全年执行数  分值  执行率  得分");
  // A cell of two letters.
  EXPECT_EQ(Plain("分 值", true), "分值");
}

TEST(LetterSpacing, OrdinaryTextStaysAsItIs) {
  EXPECT_FALSE(WithoutLetterSpacing("全年预算数13534.70万元，全年执行数12634.70万元"));
  EXPECT_FALSE(WithoutLetterSpacing("优  良"));  // two letters alone, not a whole cell
  EXPECT_FALSE(WithoutLetterSpacing("年度资金总额    155.41    155.41    136.32    10    87.72%"));
  EXPECT_FALSE(WithoutLetterSpacing("总分 100 98.77"));
}

TEST(LetterSpacing, ALabelBrokenOverLinesIsOneLine) {
  const auto plain = WithPlainLabels(TextDocumentFromLines({"年 度 总", "体 目", "标", "预 期 目 标", "绩效指", "标", "接入数据分析平台", "单位数"}));
  ASSERT_TRUE(plain);
  std::vector<std::string> texts;
  for (const TextLine& line : plain->lines) texts.push_back(line.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"年度总体目标", "预期目标", "绩效指标", "接入数据分析平台", "单位数"}));
  EXPECT_EQ(plain->lines[2].number, 5);
}

TEST(LetterSpacing, OcrMisreadingsOfLabelsArePutRight) {
  const auto plain = WithPlainLabels(TextDocumentFromLines({"该项日全年预箅数143.78万兀，执衍率81.32%，己支出116.93万兀。", "自己"}));
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->lines[0].text, "该项目全年预算数143.78万元，执行率81.32%，已支出116.93万元。");
  EXPECT_EQ(plain->lines[1].text, "自己");
}

TEST(LetterSpacing, AScansStrayTableRulesAreNoText) {
  // A scan's table rules read as bars at a line's ends, in a document that shows OCR at work.
  const auto plain = WithPlainLabels(TextDocumentFromLines({"| 项日名称          备灾物资储备经费", "储备物资完好率   ≥100%   100%   17   17 丨",
                                                            "| 一 | 二 |"}));
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->lines[0].text, "项目名称          备灾物资储备经费");
  EXPECT_EQ(plain->lines[1].text, "储备物资完好率   ≥100%   100%   17   17");
  EXPECT_EQ(plain->lines[2].text, "| 一 | 二 |");
}

TEST(LetterSpacing, ALabelInBracketsBeforeItsFigureIsALabel) {
  const auto plain = WithPlainLabels(TextDocumentFromLines({"【全年预算】155.57万元", "【执行率】86.35%", "【打印本页】【关闭窗口】"}));
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->lines[0].text, "全年预算：155.57万元");
  EXPECT_EQ(plain->lines[1].text, "执行率：86.35%");
  EXPECT_EQ(plain->lines[2].text, "【打印本页】【关闭窗口】");
}

// An OA system's e-mail export: fields in brackets opening their lines, whatever their values;
// the indicators as lines whose cells full-width bars part, under a header in brackets; lines
// quoted in a forward.
TEST(LetterSpacing, AnExportedMailsFieldsAndBarredRows) {
  const auto plain = WithPlainLabels(TextDocumentFromLines({
      "【项目名称】招商引资专项工作经费",
      "【绩效指标完成情况】（指标名称｜年度指标值｜实际完成值｜分值｜得分）",
      "1. 引进亿元以上项目｜≥7个｜7个｜15｜15",
      "> > 全年执行数：38.3491万元",
  }));
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->lines[0].text, "项目名称：招商引资专项工作经费");
  EXPECT_EQ(plain->lines[1].text, "指标名称 | 年度指标值 | 实际完成值 | 分值 | 得分");
  EXPECT_EQ(plain->lines[2].text, "引进亿元以上项目 | ≥7个 | 7个 | 15 | 15");
  EXPECT_EQ(plain->lines[3].text, "全年执行数：38.3491万元");
}

// Projects listed, then each of their figures in the same order ("分别为"): the sentence is written
// again a project at a time, after what the line says besides.
TEST(LetterSpacing, FiguresGivenRespectivelyAreEachProjects) {
  const auto plain = WithPlainLabels(TextDocumentFromLines({
      "“政务服务中心运行保障经费”、“一网通办”平台运维经费和政务服务“好差评”系统运维经费3个项目全年预算数分别为"
      "93.59万元、100.24万元和79.88万元，其中财政拨款分别为81.40万元、100.24万元和73.46万元；全年实际支出分别为"
      "78.87万元、100.24万元和74.57万元。",
      "(1)闽浙赣皖福州经济协作区经费和闽东北区协作办公费经费分别为3万元和10万元。(2)援宁经费50万元。",
      "该项目涉及两条线路,分别为核桃树河至小利黑、小利黑至竹箐河。",
  }));
  ASSERT_TRUE(plain);
  ASSERT_EQ(plain->lines.size(), 7u);
  EXPECT_EQ(plain->lines[0].text, "政务服务中心运行保障经费：全年预算数93.59万元，财政拨款81.40万元，全年实际支出78.87万元。");
  EXPECT_EQ(plain->lines[1].text, "“一网通办”平台运维经费：全年预算数100.24万元，财政拨款100.24万元，全年实际支出100.24万元。");
  EXPECT_EQ(plain->lines[2].text, "政务服务“好差评”系统运维经费：全年预算数79.88万元，财政拨款73.46万元，全年实际支出74.57万元。");
  EXPECT_EQ(plain->lines[3].text, "(2)援宁经费50万元。");
  EXPECT_EQ(plain->lines[4].text, "(1)闽浙赣皖福州经济协作区经费：3万元。");
  EXPECT_EQ(plain->lines[6].text, "该项目涉及两条线路,分别为核桃树河至小利黑、小利黑至竹箐河。");
  // Indicators named in quotes, their targets, what was reached and their points each given so.
  const auto indicators = WithPlainLabels(TextDocumentFromLines({
      "数量指标方面，“参与结对民营企业”和“结对帮扶村”年度目标分别为不少于68家和不少于58个，实际分别完成68家和63个，"
      "分别得26分和24分；“带动村集体增收”年度目标不少于275万元，实际完成237万元，得12.93分。",
  }));
  ASSERT_TRUE(indicators);
  ASSERT_EQ(indicators->lines.size(), 3u);
  EXPECT_EQ(indicators->lines[0].text, "数量指标方面，“带动村集体增收”年度目标不少于275万元，实际完成237万元，得12.93分。");
  EXPECT_EQ(indicators->lines[1].text, "“参与结对民营企业”年度目标不少于68家，实际完成68家，得26分。");
  EXPECT_EQ(indicators->lines[2].text, "“结对帮扶村”年度目标不少于58个，实际完成63个，得24分。");
}

// Two projects' forms side by side in one wide table, an empty column between them: the left
// form's rows first, then the right form's.
TEST(LetterSpacing, TwoFormsSideBySideAreReadOneAfterTheOther) {
  TextDocument document;
  for (std::vector<std::string> cells : std::vector<std::vector<std::string>>{
           {"项目名称", "政务云租赁服务经费", "", "项目名称", "数据共享交换平台运维经费"},
           {"项目资金（万元）", "全年预算数", "全年执行数", "", "项目资金（万元）", "全年预算数", "全年执行数"},
           {"年度资金总额", "146.07", "141.90", "", "年度资金总额", "241.92", "233.18"},
       }) {
    document.lines.push_back(MakeRow(std::move(cells)));
  }
  const auto plain = WithPlainLabels(document);
  ASSERT_TRUE(plain);
  ASSERT_EQ(plain->lines.size(), 6u);
  EXPECT_EQ(plain->lines[0].cells, (std::vector<std::string>{"项目名称", "政务云租赁服务经费"}));
  EXPECT_EQ(plain->lines[2].cells, (std::vector<std::string>{"年度资金总额", "146.07", "141.90"}));
  EXPECT_EQ(plain->lines[3].cells, (std::vector<std::string>{"项目名称", "数据共享交换平台运维经费"}));
  EXPECT_EQ(plain->lines[5].cells, (std::vector<std::string>{"年度资金总额", "241.92", "233.18"}));
  // A PDF's table rebuilt from positions drops the empty column: each row splits in its middle
  // when most rows repeat their first cell there.
  TextDocument pdf;
  for (std::vector<std::string> cells : std::vector<std::vector<std::string>>{
           {"项目名称", "政务云租赁服务经费", "项目名称", "数据共享交换平台运维经费"},
           {"项目资金（万元）", "全年预算数", "全年执行数", "项目资金（万元）", "全年预算数", "全年执行数"},
           {"年度资金总额", "146.07", "141.90", "年度资金总额", "241.92", "233.18"},
       }) {
    pdf.lines.push_back(MakeRow(std::move(cells)));
  }
  const auto split = WithPlainLabels(pdf);
  ASSERT_TRUE(split);
  ASSERT_EQ(split->lines.size(), 6u);
  EXPECT_EQ(split->lines[2].cells, (std::vector<std::string>{"年度资金总额", "146.07", "141.90"}));
  EXPECT_EQ(split->lines[3].cells, (std::vector<std::string>{"项目名称", "数据共享交换平台运维经费"}));
  // A table whose rows do not repeat their first cell stays as it is.
  TextDocument plain_table;
  for (std::vector<std::string> cells : std::vector<std::vector<std::string>>{
           {"项目名称", "全年预算数", "全年执行数", "执行率"}, {"甲经费", "1.00", "1.00", "100%"}, {"乙经费", "2.00", "1.00", "50%"}}) {
    plain_table.lines.push_back(MakeRow(std::move(cells)));
  }
  EXPECT_FALSE(WithPlainLabels(plain_table));
}

// Results explained as questions and answers: a question about a project heads its answer, as a
// bullet would; the answer's marker is no text of it.
TEST(LetterSpacing, AQuestionAboutAProjectHeadsItsAnswer) {
  const auto plain = WithPlainLabels(TextDocumentFromLines({
      "问：部门预算整体执行得怎么样？",
      "问：“基层商会建设经费”的钱花得怎么样？",
      "答：该项目全年预算数155.2156万元，全年执行数155.2156万元。",
      "Q7：政务服务“好差评”系统运维经费的绩效目标完成了吗？",
      "3. “天网”视频监控系统运维经费的钱花得怎么样？",
  }));
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->lines[0].text, "问：部门预算整体执行得怎么样？");
  EXPECT_EQ(plain->lines[1].text, "● 基层商会建设经费");
  EXPECT_EQ(plain->lines[2].text, "该项目全年预算数155.2156万元，全年执行数155.2156万元。");
  EXPECT_EQ(plain->lines[3].text, "● 政务服务“好差评”系统运维经费");
  EXPECT_EQ(plain->lines[4].text, "● “天网”视频监控系统运维经费");
}

// A table of contents lists the projects' headings with their pages: no text of the report
// (its entries would be read as projects named "X……1").
TEST(LetterSpacing, ATableOfContentsIsNoText) {
  const auto plain = WithPlainLabels(TextDocumentFromLines({
      "目    录", "一、部门基本情况…………………………1", "  （一）广播电视节目安全播出经费……………1", "  3.2 离退休干部活动中心运行经费 ........ 2",
      "  （二）县级融媒体中心播控设备更新和", "  维护项目……………………2", "一、部门基本情况", "2023年预算数…", "全年预算数100.00万元"}));
  ASSERT_TRUE(plain);
  std::vector<std::string> texts;
  for (const TextLine& line : plain->lines) texts.push_back(line.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"", "", "", "", "", "", "一、部门基本情况", "2023年预算数…", "全年预算数100.00万元"}));
}

// A form's choice among boxes reads as the option ticked; a list opening with boxes stays.
TEST(LetterSpacing, AChoiceAmongBoxesReadsAsTheOptionTicked) {
  const auto plain = WithPlainLabels(TextDocumentFromLines({"项目属性：☑经常性项目 □一次性项目", "是否政府采购：□是 ☑否", "□ 项目一"}));
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->lines[0].text, "项目属性：经常性项目");
  EXPECT_EQ(plain->lines[1].text, "是否政府采购：否");
  EXPECT_EQ(plain->lines[2].text, "□ 项目一");
}

// An indicator stated field by field over lines is one line, its fields apart by semicolons.
TEST(LetterSpacing, AnIndicatorsFieldsOverLinesAreOneLine) {
  const auto plain = WithPlainLabels(TextDocumentFromLines({"【绩效指标1】", "一级指标:产出指标", "三级指标:征集参赛作品", "指标值:≥161件",
                                                            "实际完成值:137件", "得分:10.21", "三级指标:评审公正率", "指标值:≥90%",
                                                            "实际完成值:93.5%", "备注"}));
  ASSERT_TRUE(plain);
  std::vector<std::string> texts;
  for (const TextLine& line : plain->lines) texts.push_back(line.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"【绩效指标1】", "一级指标:产出指标；三级指标:征集参赛作品；指标值:≥161件；实际完成值:137件；得分:10.21",
                                             "", "", "", "", "三级指标:评审公正率；指标值:≥90%；实际完成值:93.5%", "", "", "备注"}));
}

// A slide's cards, the figure above its label, read as labelled figures; a table written a
// cell a line keeps its cells.
TEST(LetterSpacing, ASlidesCardsFigureAboveLabel) {
  const auto plain = WithPlainLabels(TextDocumentFromLines({"02 地震监测台网运维经费", "", "74.90", "全年预算数（万元）", "72.02",
                                                            "全年执行数（万元）", "96.15%", "预算执行率", "年度资金总额", "100",
                                                            "90", "其中：财政拨款"}));
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->lines[2].text, "全年预算数（万元）：74.90");
  EXPECT_EQ(plain->lines[3].text, "");
  EXPECT_EQ(plain->lines[4].text, "全年执行数（万元）：72.02");
  EXPECT_EQ(plain->lines[6].text, "预算执行率：96.15%");
  EXPECT_EQ(plain->lines[10].text, "90");
  EXPECT_EQ(plain->lines[11].text, "其中：财政拨款");
}

// A deadline a PDF's cells parted after its figures is one cell again; a unit column is left.
TEST(LetterSpacing, ADeadlinePartedAfterItsFiguresIsOneCell) {
  TextDocument document;
  document.lines.push_back(MakeRow({"项目完成时间", "12", "月底前完成", "按期完成", "16"}));
  document.lines.push_back(MakeRow({"项目完成时间", "2025年12月", "31日前", "按期完成", "11"}));
  document.lines.push_back(MakeRow({"培训时长", "≥", "12", "月", "12"}));
  const auto plain = WithPlainLabels(document);
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->lines[0].cells, (std::vector<std::string>{"项目完成时间", "12月底前完成", "按期完成", "16"}));
  EXPECT_EQ(plain->lines[1].cells, (std::vector<std::string>{"项目完成时间", "2025年12月31日前", "按期完成", "11"}));
  EXPECT_EQ(plain->lines[2].cells, (std::vector<std::string>{"培训时长", "≥", "12", "月", "12"}));
}

// A slide's list items run together in one cell are parted again before each bullet after words.
TEST(LetterSpacing, ListItemsRunTogetherArePartedAtTheirBullets) {
  const auto plain = WithPlainLabels(TextDocumentFromLines(
      {"◆ 组织评标专家培训：目标≥405人次，完成423人次◆ 专家随机抽取合规率：目标≥100%，完成100%", "● 自评项目：3个"}));
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->lines[0].text, "◆ 组织评标专家培训：目标≥405人次，完成423人次；◆ 专家随机抽取合规率：目标≥100%，完成100%");
  EXPECT_EQ(plain->lines[1].text, "● 自评项目：3个");
}

// An article breaks a sentence into short paragraphs: one ending in a comma goes on in the next.
TEST(LetterSpacing, AParagraphEndingInACommaGoesOnInTheNext) {
  const auto plain = WithPlainLabels(TextDocumentFromLines({"新增缴存职工2196人，", "", "年度指标值≥1980人，得16分。", "", "其他。"}));
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->lines[0].text, "新增缴存职工2196人，年度指标值≥1980人，得16分。");
  EXPECT_EQ(plain->lines[2].text, "");
  EXPECT_EQ(plain->lines[4].text, "其他。");
  // (Without a blank paragraph between too: a document's paragraphs as an article's editor wrote them.)
  TextDocument paragraphs = TextDocumentFromLines({"资金使用合规率100%，", "年度指标值≥100%，得16分。", "（二）其他"});
  paragraphs.kind = SourceKind::kDocx;
  const auto docx = WithPlainLabels(paragraphs);
  ASSERT_TRUE(docx);
  EXPECT_EQ(docx->lines[0].text, "资金使用合规率100%，年度指标值≥100%，得16分。");
  EXPECT_EQ(docx->lines[2].text, "（二）其他");
  // (In a text, so when the line is well short of the text's widest: not a line a page's width broke.)
  const auto article = WithPlainLabels(TextDocumentFromLines(
      {"近日，某县住房公积金管理中心完成了2023年度项目支出绩效自评工作，一起来看看吧！", "资金使用合规率100%，", "年度指标值≥100%，得16分。"}));
  ASSERT_TRUE(article);
  EXPECT_EQ(article->lines[1].text, "资金使用合规率100%，年度指标值≥100%，得16分。");
}

// A form copied as text: a label stating its unit with its value on the next line is one line; a
// label stating its figure is a percent gives the figure its sign.
TEST(LetterSpacing, AFormsValueOnTheLineAfterItsLabel) {
  const auto plain = WithPlainLabels(TextDocumentFromLines({"全年预算数（万元）：", "121.04", "其中：财政拨款（万元）：", "121.04",
                                                            "预算执行率（%）：93.50", "预算数:", "2.38"}));
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->lines[0].text, "全年预算数（万元）：121.04");
  EXPECT_EQ(plain->lines[1].text, "");
  EXPECT_EQ(plain->lines[2].text, "其中：财政拨款（万元）：121.04");
  EXPECT_EQ(plain->lines[4].text, "预算执行率：93.50%");
  EXPECT_EQ(plain->lines[5].text, "预算数:");  // no unit stated: perhaps a form's cells, a line each
}

// A slide deck saved as a sheet: each card's figure and label a row of one cell.
TEST(LetterSpacing, ASheetsCardsRowsOfOneCell) {
  TextDocument document;
  for (const char* cell : {"02 地震监测台网运维经费", "74.9", "全年预算数（万元）", "72.02", "全年执行数（万元）"}) {
    document.lines.push_back(MakeRow({cell}));
  }
  const auto plain = WithPlainLabels(document);
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->lines[1].text, "全年预算数（万元）：74.9");
  EXPECT_FALSE(plain->lines[1].is_table_row());
  EXPECT_EQ(plain->lines[3].text, "全年执行数（万元）：72.02");
}

TEST(LetterSpacing, ALetterSpacedFormReads) {
  TextDocument document = TextDocumentFromLines({"某县审计局2020年度项目支出绩效自评表"});
  for (std::vector<std::string> cells : std::vector<std::vector<std::string>>{
           {"项 目 名 称", "聘请中介机构参与审计经费"},
           {"项 目 资 金（万元）", "", "年 初 预 算 数", "全 年 预 算 数", "全 年 执 行 数", "分 值", "执 行 率", "得 分"},
           {"", "年度资金总额", "155.41", "155.41", "136.32", "10", "87.72%", "8.77"},
       }) {
    document.lines.push_back(MakeRow(cells));
    document.lines.back().number = static_cast<int>(document.lines.size());
  }
  const auto parsed = ParseReport(document);
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  EXPECT_EQ(parsed->evaluation.projects[0].name, "聘请中介机构参与审计经费");
  EXPECT_EQ(ToYuanString(*parsed->evaluation.projects[0].executed), "1363200");
}

}  // namespace
}  // namespace jixiao::parse
