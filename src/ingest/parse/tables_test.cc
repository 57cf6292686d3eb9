// Self-evaluation tables: cell values, run-together funds figures, and a table delivered as
// real rows (TextLine::cells) with merged cells left out.
#include "ingest/parse/tables.h"

#include <gtest/gtest.h>

#include "ingest/parse/flat_table.h"
#include "ingest/parse/lexicon.h"
#include "ingest/parse/report_parser.h"

namespace jixiao::parse {
namespace {

// A document of table rows as a DOCX reader gives them (TextLine::cells), numbered from 1.
TextDocument DocumentOfRows(const std::vector<std::vector<std::string>>& rows) {
  TextDocument document;
  for (const auto& cells : rows) {
    TextLine line = MakeRow(cells);
    line.number = static_cast<int>(document.lines.size()) + 1;
    document.lines.push_back(line);
  }
  return document;
}

// Numbers the lines from 1 again after lines were put in between.
void Renumber(TextDocument& document) {
  for (std::size_t i = 0; i < document.lines.size(); ++i) document.lines[i].number = static_cast<int>(i) + 1;
}

TEST(ParseTablesTest, CellValues) {
  struct Case {
    std::string cell;
    std::string comparator;  // "" none
    std::string number;      // "" none
    std::string unit;
    std::string text;
  };
  const Case cases[] = {
      {"≥95%", ">=", "95", "%", ""}, {"200本", "", "200", "本", ""}, {"100", "", "100", "", ""},
      {"≤90万元", "<=", "90", "万元", ""}, {"优", "", "", "", "优"},   {"/", "", "", "", ""},
      {"＝１００％", "=", "100", "%", ""},      {"不少于376人", ">=", "376", "人", ""},
      {"95%以上", ">=", "95", "%", ""},        {"146户以上", ">=", "146", "户", ""},
      {"3天以内", "<=", "3", "天", ""},         {"不低于 100%", ">=", "100", "%", ""},
      {"不超过281元", "<=", "281", "元", ""}, {"达到100%", "", "100", "%", ""}, {"不少于", "", "", "", "不少于"},
  };
  for (const Case& c : cases) {
    const CellValue v = ParseCellValue(c.cell);
    EXPECT_EQ(v.comparator ? std::string(ComparatorSymbol(*v.comparator)) : "", c.comparator) << c.cell;
    EXPECT_EQ(v.number ? ToString(*v.number) : "", c.number) << c.cell;
    EXPECT_EQ(v.unit.value_or(""), c.unit) << c.cell;
    EXPECT_EQ(v.text.value_or(""), c.text) << c.cell;
  }
}

TEST(ParseTablesTest, NumericCellsOfAnyPrecision) {
  EXPECT_TRUE(IsNumericCell("1222.193841"));  // 万元 to the fen
  EXPECT_TRUE(IsNumericCell("≥90%"));
  EXPECT_TRUE(IsNumericCell("12,345.6"));
  EXPECT_FALSE(IsNumericCell("—"));
  EXPECT_FALSE(IsNumericCell("年度资金总额"));
}

TEST(ParseTablesTest, RunTogetherFundsSplitByTheirRate) {
  struct Case {
    std::string run;  // the digits before "%"
    std::string budget, executed, rate;
  };
  const Case cases[] = {
      {"194.9194.9100", "194.9", "194.9", "100"},
      {"251.89238.9394.85", "251.89", "238.93", "94.85"},
      {"80.564.480", "80.5", "64.4", "80"},
      {"000", "0", "0", "0"},
  };
  for (const Case& c : cases) {
    const auto split = SplitFundsRun(c.run);
    ASSERT_TRUE(split) << c.run;
    EXPECT_EQ(split->budget, c.budget) << c.run;
    EXPECT_EQ(split->executed, c.executed) << c.run;
    EXPECT_EQ(split->rate, c.rate) << c.run;
  }
  EXPECT_FALSE(SplitFundsRun("12345"));
  // Exact integers, no floating point: a rate off by more than half its last decimal fails.
  EXPECT_FALSE(SplitFundsRun("100.0099.9899.97"));
  // Runs too long to be one row's cells are refused at once, without throwing.
  EXPECT_FALSE(SplitFundsRun(std::string(5000, '9')));
  EXPECT_FALSE(SplitFundsRun(std::string(40, '9')));
  // 全年预算数 | 全年执行数 | 分值 | 执行率: the points run in between and are dropped.
  const auto with_points = SplitFundsRun("202010100.00", /*points_before_rate=*/true);
  ASSERT_TRUE(with_points);
  EXPECT_EQ(with_points->budget, "20");
  EXPECT_EQ(with_points->executed, "20");
  EXPECT_EQ(with_points->rate, "100.00");
  EXPECT_FALSE(SplitFundsRun(std::string(48, '9'), true));  // bounded: no quartic search
}

TEST(ParseTablesTest, HeadersAndCodes) {
  EXPECT_EQ(HeaderUnit("年度预算数(万元)"), MoneyUnit::kWan);
  EXPECT_EQ(HeaderUnit("单位：元"), MoneyUnit::kYuan);
  EXPECT_EQ(HeaderUnit("注：金额单位为万元"), MoneyUnit::kWan);  // a footnote's wording
  EXPECT_FALSE(HeaderUnit("年初预算"));
  std::string_view code;
  EXPECT_EQ(WithoutProjectCode("51000021R000000019951-工资性支出", &code), "工资性支出");
  EXPECT_EQ(code, "51000021R000000019951");
  EXPECT_EQ(WithoutProjectCode("物业管理项目", &code), "物业管理项目");
  EXPECT_EQ(WithoutProjectCode("M102.战略性产业集群产业链支撑", &code), "战略性产业集群产业链支撑");
  EXPECT_EQ(code, "M102");
  EXPECT_EQ(WithoutProjectCode("12.5万元补助", &code), "12.5万元补助");  // a figure, no code
  EXPECT_EQ(YearIn("部门预算项目支出绩效自评表(2023年度)"), 2023);
  // A title of two years: the one its 自评 follows is the year it evaluates.
  EXPECT_EQ(EvaluatedYearIn("某县红十字会关于2022年度绩效评价发现问题整改情况及2023年度绩效自评结果应用的报告"), 2023);
  EXPECT_EQ(EvaluatedYearIn("某县2022年度项目支出绩效自评报告（2023年3月）"), 2022);
}

TEST(ParseTablesTest, ColumnsByTheirHeadWord) {
  // The head word at a header's end says the column: money spent, however the budget qualifies it.
  for (const char* spent : {"预算执行数", "已支付金额（元）", "累计支付（元）", "实际支付金额"}) {
    EXPECT_EQ(ColumnRole(spent), Role::kExecuted) << spent;
  }
  for (const char* rate : {"支付比例", "预算执行率", "决算数占调整预算数比例"}) {
    EXPECT_EQ(ColumnRole(rate), Role::kRate) << rate;
  }
  EXPECT_EQ(ColumnRole("下达资金（元）"), Role::kBudget);
  EXPECT_EQ(ColumnRole("全年预算"), Role::kBudget);
  EXPECT_EQ(ColumnRole("预算(万元)"), Role::kBudget);
  EXPECT_EQ(ColumnRole("评价资金（万元）"), Role::kBudget);  // a 重点评价's summary: the funds evaluated
  // 预算 qualifying something else is no money: an indicator's level or name.
  for (const char* other : {"预算执行", "预算配置", "预算调整率"}) {
    EXPECT_NE(ColumnRole(other), Role::kBudget) << other;
  }
  EXPECT_EQ(ColumnRole("中央补助"), Role::kFiscal);
  // A year's spending named by the year alone; last year's columns are said to be so.
  for (const char* spent : {"2022年支出", "本年决算", "上年支出（万元）", "2023年度支出"}) {
    EXPECT_EQ(ColumnRole(spent), Role::kExecuted) << spent;
  }
  EXPECT_EQ(ColumnRole("支出"), Role::kNone);  // alone, no year: no column of money
  // A difference below zero is a number ("差异分值 | -9.2"), a dash alone is no figure.
  EXPECT_EQ(ParseCellValue("-9.2").number, ParseFixed<Quantity>("-9.2").value());
  EXPECT_EQ(ParseCellValue("－16.8").number, ParseFixed<Quantity>("-16.8").value());
  EXPECT_FALSE(ParseCellValue("-").number);
  // A month something was done in is words, no quantity; a count of months is one.
  EXPECT_EQ(ParseCellValue("11月完成").text.value_or(""), "11月完成");
  EXPECT_FALSE(ParseCellValue("11月完成").number);
  // A day of a month, aimed at or met: words, no quantity of months.
  EXPECT_EQ(ParseCellValue("12月20日前").text.value_or(""), "12月20日前");
  EXPECT_EQ(ParseCellValue("12月18日支付完毕").text.value_or(""), "12月18日支付完毕");
  EXPECT_FALSE(ParseCellValue("12月18日支付完毕").number);
  EXPECT_EQ(ParseCellValue("12个月").number, ParseFixed<Quantity>("12").value());
  EXPECT_TRUE(NamesLastYear("上年决算数"));
  EXPECT_FALSE(NamesLastYear("本年预算数"));
}

// A form whose money columns carry the budget's fiscal part among them and the rate's points
// after it: each figure is read under its own column.
TEST(ParseTablesTest, FundsColumnsWithTheFiscalPartAndTheRatesPoints) {
  const std::vector<std::vector<std::string>> rows = {
      {"项目名称", "政务云租赁服务经费"},
      {"项目资金（万元）", "全年预算数", "其中：财政拨款", "全年执行数", "执行率", "执行率得分"},
      {"年度资金总额", "146.07", "140.00", "141.90", "97.15%", "9.72"},
  };
  const auto parsed = ParseReport(DocumentOfRows(rows));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const Project& p = parsed->evaluation.projects[0];
  EXPECT_EQ(ToYuanString(*p.budget.total), "1460700");
  EXPECT_EQ(ToYuanString(*p.executed), "1419000");
  EXPECT_EQ(ToString(*p.execution_rate_stated), "97.15");
}

TEST(ParseTablesTest, RealRowsWithMergedCells) {
  const std::vector<std::vector<std::string>> rows = {
      {"项目名称", "档案数字化项目"},
      {"主管部门", "某县档案局"},
      {"项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"},
      {"年度资金总额", "10", "12", "11.4", "10", "95%", "9.5"},
      {"其中：财政拨款", "10", "12", "11.4", "", "", ""},
      {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"},
      {"产出指标", "数量指标", "整理业务档案", "≥200本", "212本", "10", "10", ""},
      {"数字化页数", "≥20000页", "22472页", "10", "10", ""},
      {"效益指标", "社会效益指标", "档案管理规范程度", "优", "良", "20", "16", "个别卷宗缺页"},
  };
  const auto parsed = ParseReport(DocumentOfRows(rows));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  EXPECT_EQ(ev.unit.name.value_or(""), "某县档案局");
  ASSERT_EQ(ev.projects.size(), 1u);
  const Project& p = ev.projects[0];
  EXPECT_EQ(p.name, "档案数字化项目");
  EXPECT_EQ(ToYuanString(*p.budget.total), "120000");
  EXPECT_EQ(ToYuanString(*p.budget.fiscal), "120000");
  EXPECT_EQ(ToYuanString(*p.executed), "114000");
  EXPECT_EQ(ToString(*p.execution_rate_stated), "95");
  ASSERT_EQ(p.indicators.size(), 3u);
  EXPECT_EQ(p.indicators[1].level1.value_or(""), "产出指标") << "inherited from the merged cell";
  EXPECT_EQ(p.indicators[1].name, "数字化页数");
  EXPECT_EQ(ToString(*p.indicators[1].target), "20000");
  EXPECT_EQ(p.indicators[1].unit.value_or(""), "页");
  EXPECT_EQ(ComparatorSymbol(*p.indicators[0].comparator), ">=");
  EXPECT_TRUE(p.indicators[2].qualitative);
  EXPECT_EQ(p.indicators[2].actual_text.value_or(""), "良");
  EXPECT_EQ(p.indicators[2].deviation_reason.value_or(""), "个别卷宗缺页");
  EXPECT_EQ(ToString(*p.indicators[2].score_stated), "16");
}

// "绩效指标" spanning the indicator rows to the left of the header's columns: a DOCX gives each
// row below an empty cell in its place (the merge continued), which is none of the row's own.
TEST(ParseTablesTest, AGroupCellSpanningTheIndicatorRows) {
  const std::vector<std::vector<std::string>> rows = {
      {"项目名称", "援滇对口支援经费"},
      {"绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"},
      {"", "产出指标", "数量指标", "与委托运营方结算完成率", "=100%", "100%", "10", "10", ""},
      {"", "", "时效指标", "费用结算及时性", "及时", "及时", "20", "18", ""},
  };
  const auto parsed = ParseReport(DocumentOfRows(rows));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const Project& p = parsed->evaluation.projects[0];
  ASSERT_EQ(p.indicators.size(), 2u);
  EXPECT_EQ(p.indicators[0].name, "与委托运营方结算完成率");
  EXPECT_EQ(p.indicators[0].level2.value_or(""), "数量指标");
  EXPECT_EQ(ToString(*p.indicators[0].target), "100");
  EXPECT_EQ(ToString(*p.indicators[0].score_stated), "10");
  EXPECT_EQ(p.indicators[1].name, "费用结算及时性");
  EXPECT_EQ(p.indicators[1].actual_text.value_or(""), "及时");
  EXPECT_EQ(ToString(*p.indicators[1].score_stated), "18");
}

// A township's table of projects with their money in columns the shared lexicon names (下达金额,
// 已支付, 支付率) between others it does not (资金来源, 下达文号), then a table of several projects'
// indicators, each project's name in its own column, merged over its rows.
TEST(ParseTablesTest, AProjectTableThenAnIndicatorTableByProject) {
  const std::vector<std::vector<std::string>> rows = {
      {"序号", "项目名称", "资金来源", "下达文号", "下达金额（元）", "已支付（元）", "支付率", "备注"},
      {"1", "红星村党群服务中心维修项目", "县级财政资金", "汀财农〔2024〕93号", "910,574.16", "910,574.16", "100.00%", "已验收"},
      {"2", "耕地保护补偿资金", "中央衔接资金", "汀财农〔2024〕4号", "923,238.19", "800,000.00", "86.65%", "已兑付"},
      {"项目名称", "指标名称", "年度目标值", "实际完成值", "分值", "得分"},
      {"耕地保护补偿资金", "项目完成数量", "3个以上", "3个", "30", "30"},
      {"", "带动群众增收户数", "146户以上", "153户", "30", "30"},
      {"红星村党群服务中心维修项目", "项目按期完工率", "100%", "100%", "30", "30"},
  };
  TextDocument document = DocumentOfRows(rows);
  TextLine between;  // the two tables stand apart, a caption between them
  between.text = "附表2：重点项目绩效目标完成情况表";
  document.lines.insert(document.lines.begin() + 3, between);
  Renumber(document);
  const auto parsed = ParseReport(document);
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[1].name, "耕地保护补偿资金");
  EXPECT_EQ(ToYuanString(*projects[1].budget.total), "923238.19");
  EXPECT_EQ(ToYuanString(*projects[1].executed), "800000");
  EXPECT_EQ(ToString(*projects[1].execution_rate_stated), "86.65");
  ASSERT_EQ(projects[1].indicators.size(), 2u);
  EXPECT_EQ(projects[1].indicators[1].name, "带动群众增收户数");
  EXPECT_EQ(ToString(*projects[1].indicators[1].actual), "153");
  ASSERT_EQ(projects[0].indicators.size(), 1u);
  EXPECT_EQ(projects[0].indicators[0].name, "项目按期完工率");
  EXPECT_TRUE(parsed->evaluation.department_indicators.empty());
}

// A department's 收支决算表: income rows are no funds spent, the 支出合计 row is the department's,
// the numbered rows under 项目支出 are its projects, 结转和结余 none, and the column of one figure
// over another (决算数占调整预算数比例) a rate. The 三公经费 sentence states no department total.
TEST(ParseTablesTest, ADepartmentsFinalAccountsTable) {
  TextDocument document = DocumentOfRows({
      {"项目", "年初预算数", "调整预算数", "决算数", "决算数占调整预算数比例"},
      {"一、收入合计", "2653.5263", "3549.3956", "3549.3956", "100.00%"},
      {"财政拨款收入", "2465.6213", "3361.4906", "3361.4906", "100.00%"},
      {"二、支出合计", "2653.5263", "3549.3956", "3461.8711", "97.53%"},
      {"（一）基本支出", "1049.6109", "1049.6109", "1047.0755", "99.76%"},
      {"（二）项目支出", "1603.9154", "2499.7847", "2414.7956", "96.60%"},
      {"1、高龄津贴发放经费", "0.0000", "818.6908", "782.8075", "95.62%"},
      {"三、年末结转和结余", "", "", "87.5245", ""},
  });
  TextLine title, unit, running;
  title.text = "某县民政局2024年度部门整体支出绩效自评报告";
  unit.text = "单位：万元";
  running.text = "2024年“三公经费”预算10.5903万元，实际支出10.0695万元。";
  document.lines.insert(document.lines.begin(), {title, unit});
  document.lines.push_back(running);
  Renumber(document);
  const auto parsed = ParseReport(document);
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  EXPECT_EQ(ToYuanString(*ev.funds.budget_total), "35493956");
  EXPECT_EQ(ToYuanString(*ev.funds.executed_total), "34618711");
  ASSERT_EQ(ev.projects.size(), 1u);
  EXPECT_EQ(ev.projects[0].name, "高龄津贴发放经费");
  EXPECT_EQ(ToYuanString(*ev.projects[0].executed), "7828075");
  EXPECT_EQ(ToString(*ev.projects[0].execution_rate_stated), "95.62");
}

// 四川's 区域绩效自评表 as DOCX rows: 专项名称 names the fund, and the block's points closing the
// indicator header ("…| 实际完成指标值 | 60") head a column of each row's points.
TEST(ParseTablesTest, ARegionalFormWithTheBlocksPointsInItsHeader) {
  const auto parsed = ParseReport(DocumentOfRows({
      {"专项名称", "中央财政支持居家和社区养老服务改革补助资金"},
      {"年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值", "60"},
      {"", "产出指标", "数量指标", "特困人员救助供养人数", "不少于376人", "376人", "6"},
      {"", "", "", "高龄津贴发放人数", "不少于8490人", "8490人", "2"},
      {"", "", "时效指标", "资金发放及时率", "达到100%", "99.2%", "4.96"},
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 1u);
  EXPECT_EQ(projects[0].name, "中央财政支持居家和社区养老服务改革补助资金");
  ASSERT_EQ(projects[0].indicators.size(), 3u);
  EXPECT_EQ(ToString(*projects[0].indicators[0].target), "376");
  EXPECT_EQ(ToString(*projects[0].indicators[0].actual), "376");
  EXPECT_EQ(ToString(*projects[0].indicators[0].score_stated), "6");
  EXPECT_EQ(ToString(*projects[0].indicators[2].actual), "99.2");
  EXPECT_EQ(ToString(*projects[0].indicators[2].score_stated), "4.96");
}

TEST(ParseTablesTest, AFormExportedWithClosingPipes) {
  // An OCR'd 四川 form: every row closes with a pipe, rows continuing a merged first cell open
  // with one, the header's group cells (年度预算数(万元)) and empty cells stand over the rows' own,
  // and the last row was cut off by the page's end.
  const auto parsed = ParseReport(TextDocumentFromLines({
      "项目名称 | | 51130021T000000229367-退耕还林工程建设专项工作经费 | | | |",
      "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | | | 预算执行率 | 权重 | 得分 | 原因 |",
      "| 总额 | 5.00 | 5.00 | 5.00 | | | 100.00% | 10 | | |",
      "| 其中:财政资金 | 5.00 | 5.00 | 5.00 | | | 100.00% | / | / | |",
      "绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |",
      "| 产出指标 | 数量指标 | 会议培训举办次数(次) | ≥ | 1 | 次 | 1",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 1u);
  EXPECT_EQ(projects[0].name, "退耕还林工程建设专项工作经费");
  EXPECT_EQ(ToYuanString(*projects[0].budget.total), "50000");
  EXPECT_EQ(ToYuanString(*projects[0].budget.fiscal), "50000");
  EXPECT_EQ(ToYuanString(*projects[0].executed), "50000") << "预算执行数 is spending";
  EXPECT_EQ(ToString(*projects[0].execution_rate_stated), "100");
  ASSERT_EQ(projects[0].indicators.size(), 1u);
  EXPECT_EQ(projects[0].indicators[0].name, "会议培训举办次数(次)");
  EXPECT_EQ(ToString(*projects[0].indicators[0].target), "1");
  EXPECT_EQ(ToString(*projects[0].indicators[0].actual), "1");
}

TEST(ParseTablesTest, IndicatorRowsUnderAProjectsMergedNameCell) {
  // A township's table of its key projects' indicators: the project's name cell is merged over
  // its rows, so each row after the first is one cell short and still the project's.
  const auto parsed = ParseReport(TextDocumentFromLines({
      "双河镇2024年度财政项目资金绩效自评报告",
      "项目名称  指标名称  年度目标值  实际完成值  分值  得分",
      "耕地保护补偿资金  项目完成数量  3个以上  3个  30  30",
      "项目按期完工率  100%  100%  30  30",
      "群众满意度  95%以上  96.4%  10  10",
      "城乡环卫一体化保洁经费  项目完成数量  2个以上  2个  30  30",
      "群众满意度  95%以上  93%  10  9.79",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  ASSERT_EQ(projects[0].indicators.size(), 3u);
  EXPECT_EQ(projects[0].indicators[1].name, "项目按期完工率");
  EXPECT_EQ(ToString(*projects[0].indicators[1].score_stated), "30");
  ASSERT_TRUE(projects[0].satisfaction);
  EXPECT_EQ(ToString(*projects[0].satisfaction->stated), "96.40");
  ASSERT_EQ(projects[1].indicators.size(), 2u);
  EXPECT_FALSE(projects[1].indicators[0].level2) << "群众满意度 names an indicator, no level";
  EXPECT_EQ(ToString(*projects[1].indicators[1].score_stated), "9.79");
}

TEST(ParseTablesTest, AProjectsIndicatorsOneCellPerLineUnderItsMergedName) {
  // The same table copied from a web page one cell per line, its caption in the header row: rows
  // end after their figures, and two labels before them are the project's name and the
  // indicator's; 累计支付 in a list is what was spent.
  std::vector<std::string> lines = {"青龙乡2023年度财政项目资金绩效自评报告", "序号", "项目名称", "计划投资（元）",
                                    "累计支付（元）", "支付进度", "1", "村干部业务培训经费", "754,300.00", "754,300.00",
                                    "100.00%", "附表2：重点项目绩效目标完成情况表", "项目名称", "指标名称", "年度目标值",
                                    "实际完成值", "分值", "得分"};
  for (const char* cell : {"村干部业务培训经费", "项目完成数量", "4个以上", "4个", "30", "30", "项目按期完工率", "100%",
                           "98.6%", "29", "28.59", "群众满意度", "95%以上", "98.3%", "10", "10"}) {
    lines.push_back(cell);
  }
  const auto parsed = ParseReport(TextDocumentFromLines(lines));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 1u);
  EXPECT_EQ(ToYuanString(*projects[0].executed), "754300");
  ASSERT_EQ(projects[0].indicators.size(), 3u);
  EXPECT_EQ(projects[0].indicators[0].name, "项目完成数量");
  EXPECT_EQ(projects[0].indicators[1].name, "项目按期完工率");
  EXPECT_EQ(ToString(*projects[0].indicators[1].actual), "98.6");
  EXPECT_EQ(ToString(*projects[0].indicators[1].score_stated), "28.59");
}

TEST(ParseTablesTest, AFinalAccountsTableAndIndicatorFormulasOneCellPerLine) {
  // A 收支决算表 copied one cell per line: "1、高龄津贴发放经费" is a numbered label, no figure, so
  // each project row keeps its four figures. The 部门整体 indicator table after it: its first
  // row's levels (投入 | 预算配置) do not join the header, and neither a formula
  // ("预算完成数/预算数×100%") nor "预算执行" heads a column of money.
  std::vector<std::string> lines = {"某县民政局2024年度部门整体支出绩效自评报告", "单位：万元", "项目", "年初预算数",
                                    "调整预算数", "决算数", "决算数占调整预算数比例", "（二）项目支出", "1603.9154",
                                    "2499.7847", "2414.7956", "96.60%", "1、高龄津贴发放经费", "0.0000", "818.6908",
                                    "782.8075", "95.62%", "2、特困人员救助供养资金", "874.7856", "874.7856", "854.1843",
                                    "97.64%", "一级指标", "二级指标", "三级指标", "指标解释（计算公式）", "目标值", "实际值",
                                    "分值", "得分", "投入", "预算配置", "在职人员控制率", "在职人员数/编制数×100%", "≤100%",
                                    "96.97%", "4", "4", "过程", "预算执行", "预算完成率", "预算完成数/预算数×100%", "≥100%",
                                    "97.53%", "6", "5.85"};
  const auto parsed = ParseReport(TextDocumentFromLines(lines));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[0].name, "高龄津贴发放经费");
  EXPECT_EQ(ToYuanString(*projects[0].budget.total), "8186908");
  EXPECT_EQ(ToYuanString(*projects[0].executed), "7828075");
  EXPECT_EQ(ToString(*projects[1].execution_rate_stated), "97.64");
  EXPECT_EQ(parsed->evaluation.department_indicators.size(), 2u);
}

TEST(ParseTablesTest, AScoringTableStatesPointsOnly) {
  // A 评分表 (一级 | 分值 | 二级 | 分值 | 三级 | 分值 | 评分标准 | 得分) states no target and no
  // reached value: its rows are still the project's indicators, with their points.
  const auto parsed = ParseReport(DocumentOfRows({
      {"项目名称", "村卫生室运行补助经费"},
      {"计划投资额（万元）", "35.1608", "其中：财政资金（万元）", "35.1608"},
      {"一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "评分标准", "得分"},
      {"决策", "15", "项目立项", "5", "立项依据充分性", "3", "项目立项符合国家法律法规，得满分", "3"},
      {"", "", "", "", "绩效指标明确性", "2", "将项目绩效目标细化分解为具体的绩效指标，不明确的酌情扣分", "1.6"},
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 1u);
  ASSERT_EQ(projects[0].indicators.size(), 2u);
  EXPECT_EQ(projects[0].indicators[1].name, "绩效指标明确性");
  EXPECT_EQ(ToString(*projects[0].indicators[1].weight), "2");
  EXPECT_EQ(ToString(*projects[0].indicators[1].score_stated), "1.60");
}

TEST(ParseTablesTest, TwoRegionalFormsOneUnderAnotherInOneSheet) {
  // A sheet holding two 区域绩效目标自评表: the second form's 专项名称 ends the first one's
  // indicators; the funds row's caption and points frame its label | figure pairs, whose unit
  // the rows below write (万元); 其中：中央补助 is the fiscal part.
  const auto parsed = ParseReport(DocumentOfRows({
      {"附表1"},
      {"专项名称", "林业改革发展资金"},
      {"预算执行情况", "预算数：", "752.61", "执行数：", "752.61", "20"},
      {"", "其中：中央补助", "563.72万元", "其中：中央补助", "563.72 万元", ""},
      {"年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值", "60"},
      {"", "产出指标", "数量指标", "指标1.选聘生态护林员人数", "≥350人", "350人", "9"},
      {"附表2"},
      {"专项名称", "林业草原生态保护恢复资金"},
      {"预算执行情况", "预算数：", "2991.58", "执行数：", "2619.72", "17.51"},
      {"", "其中：中央补助", "2121.71 万元", "其中：中央补助", "1897.36 万元", ""},
      {"年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值", "60"},
      {"", "产出指标", "数量指标", "指标1.森林防火巡护人次", "≥6160人次", "6160人次", "10"},
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(ToYuanString(*projects[0].budget.total), "7526100");
  EXPECT_EQ(ToYuanString(*projects[0].budget.fiscal), "5637200");
  EXPECT_EQ(ToYuanString(*projects[0].executed), "7526100");
  ASSERT_EQ(projects[0].indicators.size(), 1u);
  EXPECT_EQ(projects[1].name, "林业草原生态保护恢复资金");
  EXPECT_EQ(ToYuanString(*projects[1].executed), "26197200");
  ASSERT_EQ(projects[1].indicators.size(), 1u);
  EXPECT_EQ(projects[1].indicators[0].name, "森林防火巡护人次");
}

TEST(ParseTablesTest, ALayoutTableBindsCellsByTheColumnsTheyStartIn) {
  // pdftotext -layout: cells line up under the header's in display columns (a CJK character
  // takes two), the form's merged caption ("绩效指", "标（90") stands left of the columns, and a
  // qualitative row fills every column. The same indicator stated in the text before gives
  // one indicator, its points taken from the table.
  const auto parsed = ParseReport(TextDocumentFromLines({
      "某县文化馆2021年度项目支出绩效自评报告",
      "（一）文化惠民演出经费",
      "绩效指标完成情况：活动完成时间年度指标值为“按期完成”，实际完成情况为“按期完成”。",
      "       一级指标   二级指标    三级指标         年度指标值    实际完成值        权重  得分   未完成原因",
      "       产出指标   数量指标    送戏下乡演出场次 ≥119场        119场             17    17",
      "绩效指 产出指标   时效指标    活动完成时间     按期完成      按期完成          13    13",
      "标（90 效益指标   社会效益    群众文化生活     明显提升      明显提升          16    16",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 1u);
  ASSERT_EQ(projects[0].indicators.size(), 3u);
  const auto named = [&](const char* name) {
    for (const Indicator& i : projects[0].indicators) {
      if (i.name == name) return &i;
    }
    return static_cast<const Indicator*>(nullptr);
  };
  const Indicator* time = named("活动完成时间");
  ASSERT_TRUE(time);
  EXPECT_EQ(time->target_text, "按期完成");
  EXPECT_EQ(ToString(*time->score_stated), "13");
  const Indicator* life = named("群众文化生活");
  ASSERT_TRUE(life);
  EXPECT_EQ(life->level1, "效益指标");
  EXPECT_EQ(ToString(*life->score_stated), "16");
}

TEST(ParseTablesTest, ADepartmentFormFlattenedWithTheYearsFirstBudgetLeadingItsFunds) {
  // A 部门整体支出绩效自评表 copied from a Word file into one line: 年初预算数 | 全年预算数 |
  // 全年执行数 | 分值 | 执行率 run together ("2456.182456.182456.1810100%"), the form's objectives
  // later in the line closing with "。": the department's totals.
  const auto parsed = ParseReport(TextDocumentFromLines({
      "1、部门整体支出绩效自评表(2021年度)区级预算单位名称永州市零陵区疾病预防控制中心年度预算申请(万元)"
      "年初预算数全年预算数全年执行数分值执行率得分年度资金总额2456.182456.182456.1810100%10按收入性质分:"
      "年度总体目标完成疾病预防控制各项任务。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const DepartmentFunds& funds = parsed->evaluation.funds;
  ASSERT_TRUE(funds.budget_total);
  EXPECT_EQ(ToYuanString(*funds.budget_total), "24561800");
  EXPECT_EQ(ToYuanString(*funds.executed_total), "24561800");
  EXPECT_EQ(ToString(*funds.execution_rate_stated), "100");
}

TEST(ParseTablesTest, AFinalAccountsTableThenTheDepartmentsIndicators) {
  // A 部门整体 report in Word: the 收支决算表 lists the projects, the indicator table after its
  // caption row ("表2 | …部门整体支出绩效评价指标表") holds the department's indicators, no project's.
  const auto parsed = ParseReport(DocumentOfRows({
      {"表1", "2021年度收支决算情况表"},
      {"项目", "年初预算数", "调整预算数", "决算数", "决算数占调整预算数比例（%）"},
      {"二、支出合计", "10,095,284.69", "10,474,304.60", "9,701,163.00", "92.62"},
      {"（二）项目支出", "8,359,866.13", "8,719,694.07", "7,988,639.20", "91.62"},
      {"1、生态护林员补助资金", "4,959,136.43", "5,318,964.37", "5,318,964.37", "100.00"},
      {"2、天然林保护工程经费", "3,400,729.70", "3,400,729.70", "2,669,674.83", "78.50"},
      {"表2", "泗洪县林业局2021年度部门整体支出绩效评价指标表"},
      {"一级指标", "二级指标", "三级指标", "指标解释（计算公式）", "目标值", "实际值", "分值", "得分"},
      {"投入", "预算配置", "在职人员控制率", "在职人员数/编制数×100%", "≤100%", "96.97%", "4", "4"},
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 2u);
  EXPECT_EQ(ev.projects[0].name, "生态护林员补助资金");
  EXPECT_EQ(ToYuanString(*ev.projects[1].executed), "2669674.83");
  ASSERT_EQ(ev.department_indicators.size(), 1u);
  EXPECT_EQ(ev.department_indicators[0].name, "在职人员控制率");
}

TEST(ParseTablesTest, AFigureAndItsUnitDrawnAsTwoCells) {
  // A PDF's row one cell wider than its header: "2970 | 人" were drawn apart; they are one value.
  const auto parsed = ParseReport(DocumentOfRows({
      {"项目名称", "红星村人饮工程维修项目"},
      {"项目名称", "指标名称", "年度目标值", "实际完成值", "分值", "得分"},
      {"红星村人饮工程维修项目", "新建改造供水管网长度", "≥3公里", "3公里", "29", "29"},
      {"", "受益人口", "≥2750人", "2970", "人", "31", "31"},
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 1u);
  ASSERT_EQ(projects[0].indicators.size(), 2u);
  EXPECT_EQ(projects[0].indicators[1].name, "受益人口");
  EXPECT_EQ(ToString(*projects[0].indicators[1].actual), "2970");
  EXPECT_EQ(ToString(*projects[0].indicators[1].score_stated), "31");
}

TEST(ParseTablesTest, AScoringTableCopiedAsTextWithItsMergedCellsLeftOut) {
  // The 评分表 as tab-separated text: a row under merged 一级 and 二级 cells keeps only its last
  // cells, and they are the last columns' (the header ending with 得分).
  const auto parsed = ParseReport(TextDocumentFromLines({
      "项目名称\t村卫生室运行补助经费",
      "一级指标\t分值\t二级指标\t分值\t三级指标\t分值\t评分标准\t得分",
      "决策\t15\t项目立项\t5\t立项依据充分性\t3\t项目立项符合国家法律法规，得满分\t3",
      "立项程序规范性\t2\t按照规定的程序申请设立，得满分\t2",
      "绩效目标\t5\t绩效指标明确性\t2\t将绩效目标细化分解为具体的绩效指标\t1.6",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 1u);
  ASSERT_EQ(projects[0].indicators.size(), 3u);
  EXPECT_EQ(projects[0].indicators[1].name, "立项程序规范性");
  EXPECT_EQ(ToString(*projects[0].indicators[1].score_stated), "2");
  EXPECT_EQ(projects[0].indicators[2].name, "绩效指标明确性");
  EXPECT_EQ(ToString(*projects[0].indicators[2].score_stated), "1.60");
}

TEST(ParseTablesTest, FundsPairsAmongMergedCellsUnderACaptionNamingTheUnit) {
  // A 区域 form from a PDF: the pairs' row holds empty cells where cells were merged, and its
  // caption names the unit for it and the row below.
  const auto parsed = ParseReport(DocumentOfRows({
      {"转移支付名称", "支持地方公共文化服务体系建设补助资金"},
      {"预算执行情况（万元）", "转移支付预算数（A）", "1104.43", "", "预算执行率（B/A）", "84.83%"},
      {"", "转移支付执行数（B）", "936.87", "", "", ""},
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 1u);
  EXPECT_EQ(ToYuanString(*projects[0].budget.total), "11044300");
  EXPECT_EQ(ToYuanString(*projects[0].executed), "9368700");
  EXPECT_EQ(ToString(*projects[0].execution_rate_stated), "84.83");
}

TEST(ParseTablesTest, FundsColumnsEachNamingTheirUnit) {
  // Every funds column says its unit (年初预算数（万元）): none of them is a group title over the
  // others, and each keeps its role.
  const auto parsed = ParseReport(DocumentOfRows({
      {"项目名称", "农业科技示范基地建设资金"},
      {"资金来源", "年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "分值", "执行率", "得分"},
      {"年度资金总额", "373.74", "432.22", "348.63", "10", "80.66%", "8.07"},
      {"其中：财政拨款", "373.74", "432.22", "348.63", "—", "—", "—"},
      {"其他资金", "—", "—", "—", "—", "—", "—"},
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 1u);
  EXPECT_EQ(ToYuanString(*projects[0].budget.total), "4322200");
  EXPECT_EQ(ToYuanString(*projects[0].budget.fiscal), "4322200");
  EXPECT_EQ(ToYuanString(*projects[0].executed), "3486300");
  EXPECT_EQ(ToString(*projects[0].execution_rate_stated), "80.66");
}

TEST(ParseTablesTest, ALabelSpanningTheWholeIndicatorBlockInARowsFirstCell) {
  // A PDF form: 绩效指标 merged over every indicator row, placed in the row it is centred on.
  const auto parsed = ParseReport(DocumentOfRows({
      {"项目名称", "义务教育薄弱环节改善项目", "", ""},
      {"", "一级指标", "二级指标", "三级指标", "绩效指标值", "", "分值", "得分"},
      {"", "", "", "", "年度指标值", "实际完成值", "", ""},
      {"", "产出指标", "数量指标", "改造校舍面积", "≥2480平方米", "2746平方米", "10", "10"},
      {"", "", "数量指标", "培训教师人数", "≥670人次", "750人次", "15", "15"},
      {"绩效指标", "", "质量指标", "资金发放准确率", "≥95%", "100%", "5", "5"},
      {"", "", "时效指标", "补助资金发放时效", "按时发放", "按时发放", "10", "10"},
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 1u);
  ASSERT_EQ(projects[0].indicators.size(), 4u);
  EXPECT_EQ(projects[0].indicators[2].name, "资金发放准确率");
  EXPECT_EQ(projects[0].indicators[2].target, ParseFixed<Quantity>("95").value());
  EXPECT_EQ(projects[0].indicators[2].actual, ParseFixed<Quantity>("100").value());
}

TEST(ParseTablesTest, IndicatorTablesUnderHeadingsNamingTheirProjects) {
  // A Word report: each project a heading, a paragraph of its money, then its indicator table
  // (no 项目名称 cell). The tables are the projects' the headings name.
  TextDocument document = TextDocumentFromLines({
      "某县信访局2024年度项目支出绩效自评报告",
      "（一）特殊疑难信访问题救助资金",
      "该项目全年预算数69.88万元，其中财政拨款52.00万元。全年实际支出60.45万元，预算执行率86.51%。",
  });
  for (std::vector<std::string> cells : std::vector<std::vector<std::string>>{
           {"一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "分值", "得分"},
           {"产出指标", "数量指标", "救助困难信访群众", "≥30人", "30人", "8", "8"}}) {
    document.lines.push_back(MakeRow(cells));
  }
  for (const char* line : {"（二）人民来访接待中心运行经费", "该项目全年预算数41.97万元，全年实际支出34.65万元，预算执行率82.56%。"}) {
    document.lines.push_back(TextDocumentFromLines({line}).lines[0]);
  }
  for (std::vector<std::string> cells : std::vector<std::vector<std::string>>{
           {"一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "分值", "得分"},
           {"产出指标", "数量指标", "接待群众来访", "≥806批次", "844批次", "16", "16"}}) {
    document.lines.push_back(MakeRow(cells));
  }
  Renumber(document);
  const auto parsed = ParseReport(document);
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[0].name, "特殊疑难信访问题救助资金");
  EXPECT_EQ(ToYuanString(*projects[0].executed), "604500");
  ASSERT_EQ(projects[0].indicators.size(), 1u);
  EXPECT_EQ(projects[1].name, "人民来访接待中心运行经费");
  ASSERT_EQ(projects[1].indicators.size(), 1u);
  EXPECT_EQ(projects[1].indicators[0].name, "接待群众来访");
}

TEST(ParseTablesTest, IndicatorRowsNumberedUnderASerialColumn) {
  // A form's indicator table with a 序号 column before its levels: each row's number is no level.
  const auto parsed = ParseReport(DocumentOfRows({
      {"项目名称", "青少年科技创新大赛经费", "项目编码", "15052524573422"},
      {"全年预算数（万元）", "295.59", "全年执行数（万元）", "259.20"},
      {"序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"},
      {"1", "产出指标", "数量指标", "征集参赛作品", "≥161件", "137件", "12", "10.21", "未完全达到年度目标"},
      {"2", "产出指标", "质量指标", "评审公正率", "≥90%", "93.5%", "15", "15", "无"},
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  ASSERT_EQ(indicators.size(), 2u);
  EXPECT_EQ(indicators[0].name, "征集参赛作品");
  EXPECT_EQ(indicators[0].level1.value_or(""), "产出指标");
  EXPECT_EQ(indicators[0].target, ParseFixed<Quantity>("161").value());
  EXPECT_EQ(indicators[1].actual, ParseFixed<Quantity>("93.5").value());
}

TEST(ParseTablesTest, AListsSatisfactionColumnAndIndicatorsUnderTheirProjectsNames) {
  // A summary with a satisfaction column; then the indicators of several projects, each
  // project's name merged over its rows, the indicators' column headed 绩效指标, a deadline in words.
  TextDocument document = DocumentOfRows({
      {"序号", "项目名称", "全年预算（万元）", "实际支出（万元）", "执行率", "满意度", "自评得分"},
      {"1", "民营经济运行监测调查经费", "199.60", "197.65", "99.02%", "94.5%", "99.9"},
      {"2", "非公经济人士教育培训经费", "12.57", "11.93", "94.91%", "92.6%", "97.44"},
  });
  document.lines.push_back(TextDocumentFromLines({"附表2  主要绩效指标完成情况表"}).lines[0]);
  for (std::vector<std::string> cells : std::vector<std::vector<std::string>>{
           {"项目名称", "绩效指标", "年度目标", "实际完成", "得分"},
           {"民营经济运行监测调查经费", "调查样本企业", "≥57家", "62家", "17"},
           {"", "项目完成时间", "12月底前完成", "按期完成", "16"},
           {"非公经济人士教育培训经费", "举办培训班", "≥10期", "9期", "16.2"}}) {
    document.lines.push_back(MakeRow(cells));
  }
  Renumber(document);
  const auto parsed = ParseReport(document);
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  ASSERT_TRUE(projects[0].satisfaction && projects[0].satisfaction->stated);
  EXPECT_EQ(*projects[0].satisfaction->stated, Percent::FromUnits(9450));
  ASSERT_EQ(projects[0].indicators.size(), 2u);
  EXPECT_EQ(projects[0].indicators[0].target, ParseFixed<Quantity>("57").value());
  EXPECT_EQ(projects[0].indicators[1].target_text.value_or(""), "12月底前完成");
  ASSERT_EQ(projects[1].indicators.size(), 1u);
  EXPECT_EQ(projects[1].indicators[0].score_stated, ParseFixed<Points>("16.2").value());
}

TEST(ParseTablesTest, AGroupOfQuartersUnderAHeaderIsReadPast) {
  // "分季度执行数" over its quarters: the year's own columns after them are the executed and rate.
  const auto parsed = ParseReport(DocumentOfRows({
      {"序号", "项目名称", "全年预算数", "分季度执行数", "全年执行数", "执行率"},
      {"", "", "", "一季度", "二季度", "三季度", "四季度", "", ""},
      {"1", "民营经济运行监测调查经费", "31.18", "3.62", "7.58", "5.93", "8.26", "25.39", "81.43%"},
      {"2", "非公经济人士教育培训经费", "165.21", "21.87", "27.33", "51.03", "51.05", "151.28", "91.57%"},
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(ToYuanString(*projects[0].budget.total), "31.18");
  EXPECT_EQ(ToYuanString(*projects[0].executed), "25.39");
  EXPECT_EQ(ToString(*projects[1].execution_rate_stated), "91.57");
}

TEST(ParseTablesTest, FundsNamedByTheirSource) {
  // A level of government's funds, the levels it stands for in brackets too; never a project.
  for (const char* label : {"中央财政资金", "省级财政资金", "州（市）级资金", "县（市、区）级配套资金", "自筹资金"}) {
    EXPECT_TRUE(FundsBySource(label)) << label;
  }
  for (const char* label : {"县级融媒体中心播控设备更新项目", "农村饮水工程（市级）项目", "（一）资金"}) {
    EXPECT_FALSE(FundsBySource(label)) << label;
  }
}

TEST(ParseTablesTest, ASummaryWithItsProjectsAcross) {
  // A row per figure, a column per project; a row the list has no column for is read past.
  const auto parsed = ParseReport(DocumentOfRows({
      {"项目", "公务用车运行维护经费", "机关办公区物业管理经费", "公共机构节能改造项目"},
      {"全年预算数（万元）", "239.2820", "17.0422", "102.5064"},
      {"其中：财政拨款（万元）", "183.9935", "11.1536", "74.1900"},
      {"全年执行数（万元）", "239.2820", "16.7984", "96.1305"},
      {"预算执行率", "100%", "98.57%", "93.78%"},
      {"服务对象满意度", "86.3%", "84.4%", "94.1%"},
      {"自评得分", "100", "99.79", "95.78"},
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 3u);
  EXPECT_EQ(projects[0].name, "公务用车运行维护经费");  // a unit's project, with its money
  EXPECT_EQ(ToYuanString(*projects[1].budget.total), "170422");
  EXPECT_EQ(ToYuanString(*projects[1].budget.fiscal), "111536");
  EXPECT_EQ(ToYuanString(*projects[2].executed), "961305");
  EXPECT_EQ(ToString(*projects[2].execution_rate_stated), "93.78");
  // The same copied as text, its cells apart by tabs.
  const auto copied = ParseReport(TextDocumentFromLines({
      "项目\t机关食堂运行经费\t机关办公区物业管理经费",
      "全年预算数（万元）\t152.8101\t17.0422",
      "全年执行数（万元）\t137.7063\t16.7984",
      "预算执行率\t90.12%\t98.57%",
  }));
  ASSERT_TRUE(copied) << copied.error().message;
  ASSERT_EQ(copied->evaluation.projects.size(), 2u);
  EXPECT_EQ(ToYuanString(*copied->evaluation.projects[0].executed), "1377063");
}

TEST(ParseTablesTest, ATablesCaptionNamingAListedProjectNamesItsProject) {
  const auto parsed = ParseReport(TextDocumentFromLines({
      "某县公共资源交易中心2024年度项目支出绩效自评报告",
      "项目名称\t全年预算数（万元）\t全年执行数（万元）",
      "电子交易平台运行维护经费\t245.32\t220.22",
      "评标专家库管理经费\t52.73\t52.73",
      "表2 评标专家库管理经费绩效指标完成情况",
      "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
      "产出指标\t数量指标\t组织评标专家培训\t≥352人次\t375人次\t22\t22",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);  // the caption names no project of its own
  EXPECT_TRUE(projects[0].indicators.empty());
  ASSERT_EQ(projects[1].indicators.size(), 1u);
  EXPECT_EQ(projects[1].indicators[0].name, "组织评标专家培训");
}

}  // namespace
}  // namespace jixiao::parse
