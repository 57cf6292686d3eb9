// Examples of the general reading: each is a few lines of a real report's phrasing, and what
// the reading makes of them. Tables by their headers, figures in sentences by their labels,
// the title naming the subject.
#include "ingest/parse/general_reader.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "ingest/parse/report_parser.h"
#include "ingest/parse/sentences.h"
#include "core/money.h"

namespace jixiao {
namespace {

using parse::ReadGeneral;

Money Yuan(const char* text) { return *ParseMoney(text); }
Percent Pct(const char* text) { return *ParseFixed<Percent>(text); }

// The item of `items` (indicators or projects) with that name; null when none has it.
template <typename Items>
const typename Items::value_type* Named(const Items& items, const char* name) {
  const auto it = std::find_if(items.begin(), items.end(), [&](const auto& item) { return item.name == name; });
  return it == items.end() ? nullptr : &*it;
}

TEST(GeneralReading, ALineOfDepartmentTotalsIsAReport) {
  auto parsed = ParseReport(TextDocumentFromLines({"全年预算数13534.70万元，全年执行数12634.70万元，执行率93.35%"}));
  ASSERT_TRUE(parsed) << parsed.error().message;
  EXPECT_EQ(parsed->evaluation.funds.budget_total, Yuan("135347000"));
  EXPECT_EQ(parsed->evaluation.funds.executed_total, Yuan("126347000"));
  EXPECT_EQ(parsed->evaluation.funds.execution_rate_stated, Pct("93.35"));
}

TEST(GeneralReading, AReportAboutOneProjectBindsItsFiguresToIt) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "银川市兴庆区月牙湖乡滨河家园垃圾转运站提升改造项目绩效自评报告",
      "项目资金共2179万元，截至2022年12月31日，已完成拨付2113.63万元，执行率97%。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 1u);
  EXPECT_EQ(ev.projects[0].name, "银川市兴庆区月牙湖乡滨河家园垃圾转运站提升改造项目");
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("21790000"));
  EXPECT_EQ(ev.projects[0].executed, Yuan("21136300"));
  EXPECT_EQ(ev.projects[0].execution_rate_stated, Pct("97"));
  EXPECT_FALSE(ev.funds.budget_total);
  EXPECT_EQ(ev.provenance.at("/projects/0/executed").line, 2);
}

TEST(GeneralReading, AListAfterACueNamesItsProjects) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "我局2021年年初预算项目73个，预算项目经费15690.38万元，具体包括：交通秩序综合整治155.85万元，"
      "数字化城管管理系统运维费84.69万元、市容环境综合整治84.62万元。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  EXPECT_EQ(ev.funds.budget_total, Yuan("156903800"));  // the sentence counts projects: the department's
  ASSERT_EQ(ev.projects.size(), 3u);
  EXPECT_EQ(ev.projects[1].name, "数字化城管管理系统运维费");
  EXPECT_EQ(ev.projects[1].budget.total, Yuan("846900"));
}

TEST(GeneralReading, AListCutByTheEndOfTheTextStillNamesItsLastItem) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "我局年初预算项目经费500万元，具体包括：城区路灯维修工程120.5万元、背街小巷整治工程80万元、"
      "2022年度城区排水管网改造工程3.",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 3u);
  EXPECT_EQ(projects[2].name, "2022年度城区排水管网改造工程");
  EXPECT_FALSE(projects[2].budget.total);  // its figure was cut off
}

TEST(GeneralReading, PlacesAndIncomeInAListAreNoProjects) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "中央下达我省资金共计6800万元，其中石家庄市780万元、承德市690万元、厅直单位410万元。",
      "收入792.22万元，其中：财政拨款收入792.22万元，同比上年度增加209.28万元。",
  }));
  ASSERT_TRUE(parsed);
  EXPECT_TRUE(parsed->evaluation.projects.empty());
  EXPECT_EQ(parsed->evaluation.funds.budget_total, Yuan("68000000"));
}

TEST(GeneralReading, ThePartsOfWhatWasSpentAreEachProjectsSpending) {
  // The parts of a sum paid out are what each project spent; a project named again without its
  // 项目 or with 建设 is the one met before.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "2023年下达省级福彩公益金113万元，其中养老机构运营补贴项目48万元、社会工作服务站项目15万元、村级互助幸福院项目50万元。",
      "2023年共支付省级福彩公益金113万元，其中支付养老机构运营补贴48万元、社会工作服务站建设15万元、村级互助幸福院50万元。",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 3u);
  EXPECT_EQ(projects[0].name, "养老机构运营补贴项目");
  EXPECT_EQ(projects[0].budget.total, Yuan("480000"));
  EXPECT_EQ(projects[0].executed, Yuan("480000"));
  EXPECT_EQ(projects[1].name, "社会工作服务站项目");
  EXPECT_EQ(projects[1].executed, Yuan("150000"));
  EXPECT_EQ(projects[2].executed, Yuan("500000"));
  // Each item named before its verb ("A资金已拨付…"); the lead 具体为 no part of a name.
  auto verbs_after = ReadGeneral(TextDocumentFromLines({
      "关于2022年度农业生产防灾减灾资金使用情况的绩效自评报告",
      "2022年，省财政厅下达我县农业生产防灾减灾资金2092.23万元，具体为病虫害应急防治药剂采购资金637.39万元、"
      "统防统治作业补助资金626.95万元、监测预警设备购置资金827.89万元。",
      "项目资金共2092.23万元，已完成拨付1658.0295万元，执行率79%；其中病虫害应急防治药剂采购资金已拨付505.1126万元，"
      "统防统治作业补助资金已拨付496.839万元，监测预警设备购置资金已拨付656.0779万元。",
  }));
  ASSERT_TRUE(verbs_after);
  const Project* pest = Named(verbs_after->evaluation.projects, "病虫害应急防治药剂采购资金");
  ASSERT_NE(pest, nullptr);
  EXPECT_EQ(pest->budget.total, Yuan("6373900"));
  EXPECT_EQ(pest->executed, Yuan("5051126"));
  ASSERT_NE(Named(verbs_after->evaluation.projects, "监测预警设备购置资金"), nullptr);
  EXPECT_EQ(Named(verbs_after->evaluation.projects, "监测预警设备购置资金")->executed, Yuan("6560779"));
}

TEST(GeneralReading, SpendingAsAShareOfTheBudgetIsTheRate) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "项目一：农机购置与应用补贴。2023年4月下达资金710.2772万元，7月追加下达441.0695万元，合计1151.3467万元；"
      "全年支出1104.9128万元，占下达资金的95.97%。",
      "项目二：危桥改造工程。项目全年预算数120万元，执行数120万元，完成预算的100%。",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[0].name, "农机购置与应用补贴");
  EXPECT_EQ(projects[0].budget.total, Yuan("11513467"));
  EXPECT_EQ(projects[0].execution_rate_stated, Pct("95.97"));
  EXPECT_EQ(projects[1].execution_rate_stated, Pct("100"));
}

TEST(GeneralReading, ANumberedItemNamingAFundBeforeItsColon) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "2019年，县财政局共计下达我单位项目资金482.81万元，涉及2个项目，分别为：",
      "1.良种繁育基地建设项目：主要用于良种繁育基地建设相关工作，项目全年预算数45.28万元，执行数44.9689万元。",
      "2.种子市场监管经费：主要用于种子市场监管相关工作，安排预算资金243万元，全年支付240.0864万元，资金支付率98.8%。",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[1].name, "种子市场监管经费");
  EXPECT_EQ(projects[1].budget.total, Yuan("2430000"));
  EXPECT_EQ(projects[1].executed, Yuan("2400864"));
}

TEST(GeneralReading, WhatTheProjectsAboveSpentTogetherIsTheDepartments) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "2019年，县财政局共计下达我单位项目资金482.81万元，涉及2个项目，分别为：",
      "1.良种繁育基地建设项目：项目全年预算数45.28万元，执行数44.9689万元，完成预算的99.31%。",
      "2.种子市场监管经费：安排预算资金243万元，全年支付240.0864万元，资金支付率98.8%。",
      "截至2019年12月31日，上述项目共支出477.0753万元，总体预算执行率98.81%。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  EXPECT_EQ(ev.funds.budget_total, Yuan("4828100"));
  EXPECT_EQ(ev.funds.executed_total, Yuan("4770753"));
  EXPECT_EQ(ev.funds.execution_rate_stated, Pct("98.81"));
  ASSERT_EQ(ev.projects.size(), 2u);
  EXPECT_EQ(ev.projects[1].executed, Yuan("2400864"));
}

TEST(GeneralReading, TheBudgetIsTheOneLeftAfterACutInItsSentence) {
  // A cut and what is left add up to the first figure without being its parts; the year's budget is
  // the one after the change.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "五寨县2024年学前教育保教费补助项目支出绩效自评报告",
      "2024年，上级下达学前教育保教费补助项目363.7413万元（晋财农〔2024〕759号），后根据实际需求调减81.2501万元，"
      "全年实际下达282.4912万元。全年支出263.9993万元，执行率93.45％。",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  EXPECT_EQ(parsed->evaluation.projects[0].budget.total, Yuan("2824912"));
  EXPECT_EQ(parsed->evaluation.projects[0].executed, Yuan("2639993"));
  // So is the one it was changed to.
  auto changed = ReadGeneral(TextDocumentFromLines({
      "（一）果树病虫害绿色防控项目",
      "该项目2021年年初预算127.43万元，9月调整为140.22万元，全年支出140.22万元，执行率100.00%。",
  }));
  ASSERT_TRUE(changed);
  ASSERT_EQ(changed->evaluation.projects.size(), 1u);
  EXPECT_EQ(changed->evaluation.projects[0].budget.total, Yuan("1402200"));
}

TEST(GeneralReading, ProjectsNumberedInsideAParagraphEachWithItsIndicators) {
  // "（1）A项目：…；（2）B经费：…" run together in one paragraph, and on over the next line: each
  // project's money and indicators are those after its name.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "2021年，县财政局共计下达我单位项目资金248.51万元，涉及2个项目，分别为：（1）优质桑园建设项目：项目全年预算数152.85万元，"
      "执行数152.85万元。完成新建优质桑园572亩；桑苗成活率年度目标不低于85%，实际90.9%；",
      "共育小蚕发放合格率年度目标不低于98%，实际99.6%；（2）蚕茧收购质量监管经费：项目全年预算数79.66万元，执行数77.85万元。"
      "检查蚕茧收购站点达到13个；蚕茧收购质量抽检合格率指标为95%，实际完成值为95.4%。",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[1].name, "蚕茧收购质量监管经费");
  EXPECT_EQ(projects[1].budget.total, Yuan("796600"));
  EXPECT_NE(Named(projects[0].indicators, "桑苗成活率"), nullptr);
  EXPECT_NE(Named(projects[0].indicators, "共育小蚕发放合格率"), nullptr);
  EXPECT_NE(Named(projects[1].indicators, "蚕茧收购质量抽检合格率"), nullptr);
  EXPECT_EQ(Named(projects[1].indicators, "共育小蚕发放合格率"), nullptr);
}

TEST(GeneralReading, AListOfRecipientsEachWithItsMoneyNamesThem) {
  // Each item is a business's name, then a label saying only that it is money: the business is the
  // item's (places and government bodies stay no projects: PlacesAndIncomeInAListAreNoProjects).
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "中央下达外经贸发展资金2355.00万元，补助企业3家，分别为甲市辰柏商贸有限责任公司，补助资金200万元；"
      "乙县金穗果业专业合作社，补助金额180万元；丙县丰华农业科技有限公司，补助资金175万元。",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  const Project* second = Named(projects, "乙县金穗果业专业合作社");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->budget.total, Yuan("1800000"));
  ASSERT_NE(Named(projects, "丙县丰华农业科技有限公司"), nullptr);
  EXPECT_EQ(Named(projects, "丙县丰华农业科技有限公司")->budget.total, Yuan("1750000"));
  EXPECT_EQ(Named(projects, "补助金额"), nullptr);
}

TEST(GeneralReading, AProjectCountedAsAPartOfTheReportOwnsItsSections) {
  // "项目一：X" divides the report by project: its sections 一、二、 are X's.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "安化县机关幼儿园2020年度项目支出绩效自评报告",
      "项目一：园舍维修改造项目",
      "一、项目基本情况",
      "园舍维修改造项目由安化县机关幼儿园组织实施。安排预算资金759,374.27元，全年支付759,374.27元，资金支付率100%。",
      "项目二：幼儿教师培训经费",
      "一、项目基本情况",
      "安排预算资金65.2164万元，全年支付51.1681万元。",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[0].budget.total, Yuan("759374.27"));
  EXPECT_EQ(projects[0].executed, Yuan("759374.27"));
  EXPECT_EQ(projects[1].budget.total, Yuan("652164"));
  EXPECT_FALSE(parsed->evaluation.funds.budget_total);
}

TEST(GeneralReading, ASentenceOpeningWithHanListsTheParts) {
  // "含A资金…、B资金…": the parts of the fund just stated, each a fund of its own.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县应急管理局2020年度救灾资金绩效自评报告",
      "2020年度共下达我县救灾资金15.4235亿元。一是重特大自然灾害救灾资金9.9162亿元。"
      "含自然灾害生活救助资金2.7609亿元、农房恢复重建资金4.4645亿元、抗洪抢险救灾资金1.1亿元。",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_NE(Named(projects, "农房恢复重建资金"), nullptr);
  EXPECT_EQ(Named(projects, "农房恢复重建资金")->budget.total, Yuan("446450000"));
  ASSERT_NE(Named(projects, "抗洪抢险救灾资金"), nullptr);
  // So does 含 after a comma.
  auto after_comma = ReadGeneral(TextDocumentFromLines({
      "关于2021年度网络安全和信息化专项资金使用情况的绩效自评报告",
      "下达我县网络安全和信息化专项资金1766万元，含等级保护测评资金612.21万元、网络安全应急演练资金544.13万元。",
  }));
  ASSERT_TRUE(after_comma);
  ASSERT_NE(Named(after_comma->evaluation.projects, "网络安全应急演练资金"), nullptr);
  EXPECT_EQ(Named(after_comma->evaluation.projects, "网络安全应急演练资金")->budget.total, Yuan("5441300"));
}

TEST(GeneralReading, AFundsTableByItsHeaderBindsToTheProjectItsSectionNames) {
  TextDocument doc = TextDocumentFromLines({"1.自然资源业务提升项目", "（1）资金使用情况："});
  doc.lines.push_back(MakeRow({"全年预算数（元）", "财政拨款（元）", "其他资金（元）", "全年执行数（元）", "执行率"}));
  doc.lines.push_back(MakeRow({"45500", "45500", "0", "45500", "100%"}));
  auto parsed = ReadGeneral(doc);
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const Project& p = parsed->evaluation.projects[0];
  EXPECT_EQ(p.name, "自然资源业务提升项目");
  EXPECT_EQ(p.budget.total, Yuan("45500"));
  EXPECT_EQ(p.budget.fiscal, Yuan("45500"));
  EXPECT_EQ(p.budget.other, Yuan("0"));
  EXPECT_EQ(p.executed, Yuan("45500"));
  EXPECT_EQ(p.execution_rate_stated, Pct("100"));
}

TEST(GeneralReading, AFundsRowUnderItsMergedLabelAndBesideItsBudgetKindIsTheFormsProject) {
  // A landscape form: the funds' label spans the header and the figures' row (its cell empty
  // there), and a 资金性质 column says which budget the money is: no name, the form's project's.
  TextDocument doc = TextDocumentFromLines({"小型水库维修养护资金绩效自评表"});
  doc.lines.push_back(MakeRow({"项目名称", "小型水库维修养护资金", "主管部门", "安远县水利局"}));
  doc.lines.push_back(MakeRow({"资金情况（万元）", "年初预算数", "全年预算数", "其中：当年财政拨款", "上年结转资金", "其他资金",
                               "全年执行数", "执行率", "分值", "得分", "资金性质"}));
  doc.lines.push_back(MakeRow({"", "178.55", "216.53", "216.53", "0.00", "0.00", "216.53", "100.00%", "10", "10", "一般公共预算"}));
  auto parsed = ReadGeneral(doc);
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const Project& p = parsed->evaluation.projects[0];
  EXPECT_EQ(p.name, "小型水库维修养护资金");
  EXPECT_EQ(p.budget.total, Yuan("2165300"));
  EXPECT_EQ(p.budget.fiscal, Yuan("2165300"));
  EXPECT_EQ(p.executed, Yuan("2165300"));
  EXPECT_EQ(p.execution_rate_stated, Pct("100.00"));
}

TEST(GeneralReading, EducationsFundingPerPupilIsAProjectNotRunningCosts) {
  // 公用经费 is a unit's running costs; 生均公用经费 is a programme with its own budget.
  TextDocument doc = TextDocumentFromLines({"徐闻县特殊教育学校2020年度部门整体支出绩效自评报告", "表1 部门预算执行情况表", "单位：元"});
  doc.lines.push_back(MakeRow({"项目", "全年预算数", "全年执行数", "执行率"}));
  doc.lines.push_back(MakeRow({"基本支出", "5,093,413.00", "4,864,515.00", "95.51%"}));
  doc.lines.push_back(MakeRow({"特殊教育生均公用经费", "2,970,317.00", "2,865,472.00", "96.47%"}));
  doc.lines.push_back(MakeRow({"特教教师培训经费", "2,643,175.00", "2,383,210.00", "90.16%"}));
  doc.lines.push_back(MakeRow({"合计", "10,706,905.00", "10,113,197.00", "94.45%"}));
  auto parsed = ReadGeneral(doc);
  ASSERT_TRUE(parsed);
  std::vector<std::string> names;
  for (const Project& p : parsed->evaluation.projects) names.push_back(p.name);
  EXPECT_EQ(names, (std::vector<std::string>{"特殊教育生均公用经费", "特教教师培训经费"}));
}

TEST(GeneralReading, ASelfEvaluationTableWithSpacesAndATwoRowHeader) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "项目支出绩效自评表",
      "项目名称 购买第三方服务",
      "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
      "(万元)",
      "年度资金总额 287 287 171 10 60% 6",
      "其中:当年财政拨款 287 287 171",
      "一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施",
      "指标值 完成值",
      "产出指标 数量指标 服务对象人数 100人次 100人次 15 15",
      "成本指标 计划完成率 90% 60% 20 10 部分项目延续至下年",
      "时效指标 费用结算及时性 及时 及时 20 20",
      "总分 100 90",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const Project& p = parsed->evaluation.projects[0];
  EXPECT_EQ(p.name, "购买第三方服务");
  EXPECT_EQ(p.budget.total, Yuan("2870000"));
  EXPECT_EQ(p.budget.fiscal, Yuan("2870000"));
  EXPECT_EQ(p.executed, Yuan("1710000"));
  EXPECT_EQ(p.execution_rate_stated, Pct("60"));
  ASSERT_EQ(p.indicators.size(), 3u);
  EXPECT_EQ(p.indicators[0].name, "服务对象人数");
  EXPECT_EQ(p.indicators[0].level1, "产出指标");
  EXPECT_EQ(p.indicators[0].unit, "人次");
  EXPECT_EQ(p.indicators[1].actual, *ParseFixed<Quantity>("60"));
  EXPECT_EQ(p.indicators[1].score_stated, *ParseFixed<Points>("10"));
  EXPECT_EQ(p.indicators[1].deviation_reason, "部分项目延续至下年");
  EXPECT_EQ(p.indicators[2].target_text, "及时");  // a qualitative value before the numbers
  EXPECT_EQ(p.indicators[2].weight, *ParseFixed<Points>("20"));
}

TEST(GeneralReading, AnIndicatorNamedAfterAServicesNumberIsNoFigure) {
  TextDocument doc = TextDocumentFromLines({"诉讼服务中心运行经费绩效自评报告", "全年预算数47.35万元，全年执行46.87万元。"});
  doc.lines.push_back(MakeRow({"序号", "三级指标", "实际完成值", "得分"}));
  doc.lines.push_back(MakeRow({"1", "网上立案", "1148件", "13"}));
  doc.lines.push_back(MakeRow({"2", "12368热线诉求办结率", "97.8%", "10"}));
  auto parsed = ReadGeneral(doc);
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const Indicator* hotline = Named(parsed->evaluation.projects[0].indicators, "12368热线诉求办结率");
  ASSERT_NE(hotline, nullptr);
  EXPECT_EQ(hotline->actual, *ParseFixed<Quantity>("97.8"));
  EXPECT_EQ(hotline->score_stated, *ParseFixed<Points>("10"));
}

TEST(GeneralReading, TheDepartmentsOwnIndicatorTable) {
  TextDocument doc = TextDocumentFromLines({"某局2022年度部门整体支出绩效自评报告", "全年预算数1000万元。"});
  doc.lines.push_back(MakeRow({"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"}));
  doc.lines.push_back(MakeRow({"产出指标", "预算执行", "预算完成率", "≥95%", "22.52%", "10", "2.37"}));
  doc.lines.push_back(MakeRow({"", "", "三公经费控制率", "≤100%", "85%", "5", "5"}));
  for (std::size_t i = 0; i < doc.lines.size(); ++i) doc.lines[i].number = static_cast<int>(i) + 1;
  auto parsed = ReadGeneral(doc);
  ASSERT_TRUE(parsed);
  const auto& rows = parsed->evaluation.department_indicators;
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].name, "预算完成率");
  EXPECT_EQ(rows[0].comparator, Comparator::kGreaterEqual);
  EXPECT_EQ(rows[0].actual, *ParseFixed<Quantity>("22.52"));
  EXPECT_EQ(rows[0].score_stated, *ParseFixed<Points>("2.37"));
  EXPECT_EQ(rows[1].level1, "产出指标");  // carried down the merged cells
  EXPECT_EQ(rows[1].comparator, Comparator::kLessEqual);
  EXPECT_EQ(parsed->evaluation.provenance.at("/department_indicators/1").line, 5);
}

TEST(GeneralReading, AListOfProjectsOneCellPerLine) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "单位:亿元", "项目名称", "债券性质", "截至2023年底已发债券规模", "自评分数", "自评等级",
      "绍兴市柯桥区马鞍医院建设工程", "其他项目收益专项债券", "1.0", "92",  // the grade cell is empty
      "绍兴市柯桥区齐贤医院重建项目", "其他项目收益专项债券", "0.49", "91",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 2u);
  EXPECT_EQ(parsed->evaluation.projects[1].name, "绍兴市柯桥区齐贤医院重建项目");
  EXPECT_EQ(parsed->evaluation.projects[1].budget.total, Yuan("49000000"));
}

TEST(GeneralReading, AListOfProjectsOneCellPerLineWithPipesAndAGroupHeading) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "某县财政局关于2024年财政重点绩效评价结果的公开", "表1：重点项目绩效评价结果表",
      "序号 |", "项目名称 |", "实施单位 |", "预算资金(万元) |", "评分情况 |", "评价等级 |",
      "一 |", "项目支出评价 |", "||||",  // a group heading, its empty cells run together
      "1 |", "城区排水管网改造项目 |", "某县住房和城乡建设局 |", "85.50 |", "90.5 |", "优 |",
      "2 |", "乡村道路养护项目 |", "某县交通运输局 |", "40 |", "82 |", "良 |",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[0].name, "城区排水管网改造项目");
  EXPECT_EQ(projects[0].budget.total, Yuan("855000"));
  EXPECT_EQ(projects[1].name, "乡村道路养护项目");
  EXPECT_EQ(projects[1].budget.total, Yuan("400000"));
}

TEST(GeneralReading, AMarkdownTableOfProjectsWithItsUnitInTheCaption) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "某县2023年度部门整体支出绩效自评报告",
      "表1 项目支出情况表（单位：元）",
      "| 序号 | 项目名称 | 预算金额 | 实际支出 | 执行率 |",
      "| --- | --- | --- | --- | --- |",
      "| 1 | 办公楼维修项目 | 600,000.00 | 580,000.00 | 96.67% |",
      "| 2 | 信息化建设项目 | 300,000.00 | 250,000.00 | 83.33% |",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[0].name, "办公楼维修项目");
  EXPECT_EQ(projects[0].budget.total, Yuan("600000"));
  EXPECT_EQ(projects[0].executed, Yuan("580000"));
  EXPECT_EQ(projects[1].execution_rate_stated, Pct("83.33"));
}

TEST(GeneralReading, LabelsEachFollowedByTheirValueInTheCaptionsUnit) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县2023年度城区道路维修项目绩效自评表",
      "单位：万元",
      "全年预算数 80 其中：财政拨款 80 全年执行数 78.6 执行率 98.25%",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const Project& p = parsed->evaluation.projects[0];
  EXPECT_EQ(p.budget.total, Yuan("800000"));
  EXPECT_EQ(p.budget.fiscal, Yuan("800000"));
  EXPECT_EQ(p.executed, Yuan("786000"));
  EXPECT_EQ(p.execution_rate_stated, Pct("98.25"));
}

TEST(GeneralReading, ASelfEvaluationTableFlattenedIntoOneLine) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "某县2023年度项目支出绩效自评表",
      "项目名称 村级道路养护项目 主管部门 某县交通运输局 项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 "
      "执行率 得分 年度资金总额 200 200 180 10 90% 9 其中：当年财政拨款 200 200 180 — — — 其他资金 0 0 0 — — — "
      "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标 数量指标 养护里程 ≥50公里 52公里 20 20 "
      "满意度指标 服务对象满意度指标 群众满意度 ≥90% 95% 10 10 总分 100 95",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 1u);  // the keys of the table name no project of their own
  const Project& p = projects[0];
  EXPECT_EQ(p.name, "村级道路养护项目");
  EXPECT_EQ(p.budget.total, Yuan("2000000"));
  EXPECT_EQ(p.budget.fiscal, Yuan("2000000"));
  EXPECT_EQ(p.executed, Yuan("1800000"));
  EXPECT_EQ(p.execution_rate_stated, Pct("90"));
  ASSERT_EQ(p.indicators.size(), 2u);
  EXPECT_EQ(p.indicators[0].name, "养护里程");
  ASSERT_TRUE(p.satisfaction);
  EXPECT_EQ(p.satisfaction->stated, Pct("95"));
}

TEST(GeneralReading, ASelfEvaluationTableRunTogetherWithPointsBeforeAndAfterTheValues) {
  // A 自评表 copied from a document-sharing site: no separator left. The header says the order
  // (分值 | 年度指标值 | 全年实际值 | 得分), and digits run together are split where the columns
  // allow: a target and an actual written alike, points no more than 100.
  auto parsed = ParseReport(TextDocumentFromLines({
      "附件:2022年财政衔接资金实施项目绩效自评表某县水利局绩效目标自评表(2022年度)项目名称某县小型水库水标尺制作安装"
      "项目负责人及电话谢凯13990260322主管部门某县水利局实施单位某县水利局资金情况(万元)全年预算数(A)全年执行数(B)分值"
      "执行率(B/A)得分年度资金总额:202010100.00%10其中:本年财政拨款2020其他资金年度总体目标年初设定目标对农村地区供水"
      "计量设施设备进行改进绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及拟采取的改进措施"
      "产出指标(70分)数量指标安装坡面水标尺10≥266米≥266米10质量指标项目(工程)验收合格率20100%100%20成本指标"
      "项目计划总投资1020万元20万元10效益指标(20分)社会效益指标群众生产生活条件改善状况10显著提升显著提升10",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const Project& p = parsed->evaluation.projects[0];
  EXPECT_EQ(p.name, "某县小型水库水标尺制作安装");
  EXPECT_EQ(p.budget.total, Yuan("200000"));
  EXPECT_EQ(p.executed, Yuan("200000"));
  EXPECT_EQ(p.execution_rate_stated, Pct("100.00"));
  ASSERT_EQ(p.indicators.size(), 4u);
  EXPECT_EQ(p.indicators[0].name, "安装坡面水标尺");
  EXPECT_EQ(p.indicators[0].comparator, Comparator::kGreaterEqual);
  EXPECT_EQ(p.indicators[0].target, ParseFixed<Quantity>("266").value());
  EXPECT_EQ(p.indicators[0].weight, ParseFixed<Points>("10").value());
  EXPECT_EQ(p.indicators[1].name, "项目(工程)验收合格率");
  EXPECT_EQ(p.indicators[1].weight, ParseFixed<Points>("20").value());  // "20100%": 20 | 100%
  EXPECT_EQ(p.indicators[1].target, ParseFixed<Quantity>("100").value());
  EXPECT_EQ(p.indicators[2].target, ParseFixed<Quantity>("20").value());  // "1020万元": 10 | 20万元
  EXPECT_EQ(p.indicators[3].target_text.value_or(""), "显著提升");
  EXPECT_EQ(p.indicators[3].score_stated, ParseFixed<Points>("10").value());
}

TEST(GeneralReading, AFlattenedTableWhoseRowsAreNumberedIsReadRowByRow) {
  // The rows of a flattened 自评表 numbered "指标N:", the header's 分值 and 得分 standing among them:
  // each row's name starts after its marker, and what follows its target and actual is its points
  // and score run together (2 | 1.9).
  auto parsed = ParseReport(TextDocumentFromLines({
      "某县项目支出绩效自评表 (2021年度) 项目名称 国家基本公共卫生服务 主管部门 某县卫生健康局 项目资金 (万元) "
      "年度资金总额 全年预算数 全年执行数 分值 执行率 得分 207.4538 207.4538 10 100% 10 一级 指标 年度 实际 "
      "指标值 完成值 二级指标 三级指标 分值 得分 指标7:建立预防接种证 221人 221人 2 2 指标8:适龄儿童疫苗接种率 "
      "100.00% 97.30% 2 1.9 指标9:0-6岁儿童健康管理数 2089人 2089人 2 2",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  ASSERT_EQ(indicators.size(), 3u);
  EXPECT_EQ(indicators[0].name, "建立预防接种证");
  EXPECT_EQ(indicators[0].score_stated, ParseFixed<Points>("2").value());
  EXPECT_EQ(indicators[1].name, "适龄儿童疫苗接种率");  // not "22指标8:…"
  EXPECT_EQ(indicators[1].actual, ParseFixed<Quantity>("97.30").value());
  EXPECT_EQ(indicators[1].weight, ParseFixed<Points>("2").value());
  EXPECT_EQ(indicators[1].score_stated, ParseFixed<Points>("1.9").value());
  EXPECT_EQ(indicators[2].name, "0-6岁儿童健康管理数");
}

TEST(GeneralReading, AnAnalysisOfIndicatorsNamingOnePerLine) {
  // Under "（三）绩效指标完成情况分析", "名称：…共4次。" states what was reached, "名称：…≥80%。" a
  // target; a date is no figure, and the analysis ends at the next section.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某医院公共卫生服务补助资金2023年度绩效自评报告",
      "补助资金2.00万元,截至2023年12月31日,资金已使用2.00万元,资金执行率100%。",
      "(三)绩效指标完成情况分析。",
      "(1)数量指标。",
      "开展工作督导: 一个季度开展工作督导一次,共4次。",
      "资金拨付:于2023年12月31日",
      "服务对象满意度:服务对象满意度≥80%。",
      "四、偏差原因分析",
      "原因一:人员不足3人。",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  ASSERT_EQ(indicators.size(), 2u);
  EXPECT_EQ(indicators[0].name, "开展工作督导");
  EXPECT_EQ(indicators[0].actual, ParseFixed<Quantity>("4").value());
  EXPECT_EQ(indicators[0].unit.value_or(""), "次");
  EXPECT_EQ(indicators[1].name, "服务对象满意度");
  EXPECT_EQ(indicators[1].target, ParseFixed<Quantity>("80").value());
  EXPECT_EQ(indicators[1].comparator, Comparator::kGreaterEqual);
}

TEST(GeneralReading, OneProjectUnderTheNamesItsFundsGo) {
  // "教育专项工作经费项目" and "教育专项工作经费资金" are one project; 财政资金总额 is the budget and
  // its fiscal part; "二、佐证材料" heads no project.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某小学2023年度项目支出绩效自评报告",
      "2023年度我校教育专项工作经费项目财政资金总额16.20万元,全部为县级配套资金,拨付使用16.20万元,预算执行率100%。",
      "①数量指标:2023年,我校收到教育专项工作经费资金16.20万元。",
      "二、佐证材料",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 1u);
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("162000"));
  EXPECT_EQ(ev.projects[0].budget.fiscal, Yuan("162000"));
  EXPECT_EQ(ev.projects[0].executed, Yuan("162000"));
}

TEST(GeneralReading, NumbersWithoutAUnitTakeTheCaptionsUnit) {
  // A funds row written as a sentence under "资金情况（单位：万元）": its numbers are in 万元.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县农业农村局2023年度项目支出绩效自评表",
      "项目名称：动物防疫补助经费",
      "资金情况（单位：万元）",
      "年度资金总额：预算数 1,567.00，执行数 1,500.50，执行率 95.76%",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  EXPECT_EQ(parsed->evaluation.projects[0].budget.total, Yuan("15670000"));
  EXPECT_EQ(parsed->evaluation.projects[0].executed, Yuan("15005000"));
}

TEST(GeneralReading, ANameKeyOfAnyWordingInAPipeRowWithEmptyClosingCells) {
  // "转移支付(项目)名称 | X | ||||": a key naming what is evaluated, in a row whose closing cells
  // the copy left empty; the funds table under it is X's.
  auto parsed = ParseReport(TextDocumentFromLines({
      "抗疫特别国债项目(打捆项目)绩效目标自评表 | |||||||",
      "转移支付(项目)名称 | 宝坻区2019-2020年度供热补贴项目 | ||||||",
      "地方主管部门 | 天津市宝坻区财政局 | 资金使用单位 | 天津市宝坻区城管委 | ||||",
      "资金情况 (万元) |",
      "全年预算数(A) | 全年执行数(B) | 预算执行率(B/A) | ||||",
      "年度资金总额: | 1760 | 1760 | 100% | ||||",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  EXPECT_EQ(parsed->evaluation.projects[0].name, "宝坻区2019-2020年度供热补贴项目");
  EXPECT_EQ(parsed->evaluation.projects[0].budget.total, Yuan("17600000"));
  EXPECT_EQ(parsed->evaluation.projects[0].execution_rate_stated, Pct("100"));
}

TEST(GeneralReading, FundsOfAYearBySourceAndBackgroundHeadingsAreNoProjects) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "(一)项目立项背景及实施目的",
      "建设高标准农田是保障粮食安全的重要举措。",
      "(二)项目预算安排和支出情况",
      "高标准农田建设资金共计1838247万元,其中2021年省级资金248000万元、中央资金597784万元。",
  }));
  ASSERT_TRUE(parsed);
  for (const Project& p : parsed->evaluation.projects) {
    EXPECT_NE(p.name, "2021年省级资金");
    EXPECT_NE(p.name, "项目立项背景及实施目的");
  }
  // An allocation counted ("第一笔经费", "第二批专项经费") is no project either.
  parsed = ReadGeneral(TextDocumentFromLines({
      "一是李将军府抢救性修缮工程预算控制数为545万元,分别于1月下达第一笔经费250万元,9月下达第二批专项经费295万元。",
  }));
  ASSERT_TRUE(parsed);
  for (const Project& p : parsed->evaluation.projects) {
    EXPECT_NE(p.name, "第一笔经费");
    EXPECT_NE(p.name, "第二批专项经费");
  }
}

TEST(GeneralReading, AKeyRowRightAfterAHeaderEndsTheHeader) {
  // Found by fuzz_report: a 项目名称 row right under a header row ended the header while the next
  // row was still taken for the header's second line (a read of a header no longer there).
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
      "项目名称\t村级道路养护项目",
      "产出指标\t数量指标\t养护里程\t50公里\t52公里\t20\t20",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  EXPECT_EQ(parsed->evaluation.projects[0].name, "村级道路养护项目");
}

TEST(GeneralReading, AQualitativeTierReachedIsReadWhole) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县城区绿化养护项目绩效自评报告",
      "群众生活条件改善：计划达到预期，实际达到预期，得分15分。",
      "公共服务水平提升年度目标有效改善，实际达到有效改善，自评得分15分。",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  ASSERT_EQ(indicators.size(), 2u);
  EXPECT_EQ(indicators[0].actual_text.value_or(""), "达到预期");  // not "预期"
  EXPECT_EQ(indicators[1].actual_text.value_or(""), "有效改善");  // 达到 is the verb here
}

TEST(GeneralReading, TargetsASentenceListsAsItsGoalsAreIndicators) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "村村通维护经费绩效自评报告",
      "项目资金预算140.11万元，实际支出140.11万元，执行率100%。",
      "2. 产出。具体目标主要为购买设备使用年限不低于5年,设备故障率低于5%,采购设备及设备安装验收合格率至少达到98%,"
      "资金在两年内完成支付且不超预算金额。",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  ASSERT_EQ(indicators.size(), 3u);
  EXPECT_EQ(indicators[0].name, "购买设备使用年限");
  EXPECT_EQ(indicators[0].comparator, Comparator::kGreaterEqual);
  EXPECT_EQ(indicators[1].name, "设备故障率");
  EXPECT_EQ(indicators[1].comparator, Comparator::kLess);
  EXPECT_EQ(indicators[2].name, "采购设备及设备安装验收合格率");  // 至少达到 is the comparator
  EXPECT_FALSE(indicators[2].actual);                             // targets only: nothing reached is said
  // The kinds of goal a 项目年度绩效目标 lists its targets under; a fund named 奖补专项资金 is the
  // 建设项目 of the same name.
  auto kinds = ReadGeneral(TextDocumentFromLines({
      "2019年，我委共有2个市直发展项目，分别为市级特色小镇建设奖补专项资金、市级现代服务业发展专项资金。",
      "1、项目基本情况。市级特色小镇建设项目由我委组织实施。",
      "2、项目年度预算绩效目标。其中，投入目标：财政资金投入率100%，财政资金到位率100%。"
      "产出目标：完成特色小镇创建专项规划24个，建成小镇客厅20个，开工亿元以上项目5个。",
  }));
  ASSERT_TRUE(kinds);
  const Project* towns = Named(kinds->evaluation.projects, "市级特色小镇建设奖补专项资金");
  ASSERT_NE(towns, nullptr);
  EXPECT_EQ(Named(kinds->evaluation.projects, "市级特色小镇建设项目"), nullptr);
  for (auto [name, target] : {std::pair{"财政资金到位率", 100}, std::pair{"建成小镇客厅", 20}, std::pair{"开工亿元以上项目", 5}}) {
    const Indicator* i = Named(towns->indicators, name);
    ASSERT_NE(i, nullptr) << name;
    EXPECT_EQ(i->target, Quantity::FromWhole(target)) << name;
  }
}


TEST(GeneralReading, ListedTargetsNamedWithANumberDatedOrInWords) {
  // A name may open with digits (12368热线); a time limit is a date; an effect is aimed at in words.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "诉讼服务中心运行经费绩效自评报告",
      "全年预算数47.35万元，全年执行46.87万元，预算执行率98.99%。",
      "该项目批复的年度绩效目标为：产出指标方面，接待诉讼群众不少于3660人次，12368热线诉求办结率不低于95%，"
      "项目完成时间2023年12月31日前完成；效益指标方面，诉讼服务便民程度有所提高；满意度指标方面，诉讼群众满意度不低于95%。",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  const Indicator* hotline = Named(indicators, "12368热线诉求办结率");
  ASSERT_NE(hotline, nullptr);
  EXPECT_EQ(hotline->comparator, Comparator::kGreaterEqual);
  EXPECT_EQ(hotline->target, Quantity::FromWhole(95));
  const Indicator* time = Named(indicators, "项目完成时间");
  ASSERT_NE(time, nullptr);
  EXPECT_EQ(time->target_text, "2023年12月31日前完成");
  const Indicator* convenience = Named(indicators, "诉讼服务便民程度");
  ASSERT_NE(convenience, nullptr);
  EXPECT_EQ(convenience->target_text, "有所提高");
  EXPECT_FALSE(convenience->actual_text);
  EXPECT_NE(Named(indicators, "诉讼群众满意度"), nullptr);
}
TEST(GeneralReading, TargetsWithTheirFigureInsideTheName) {
  // "完成8个以上建制村的农村环境综合整治": the figure and its measure word inside the target's words;
  // the fund the title names with its region and year is the one the text names with its year.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "广西壮族自治区2021年中央农村环境整治专项资金绩效自评报告",
      "2021年度中央农村环境整治专项项目资金5404万元。项目年度总体目标为:完成8个以上建制村的农村环境综合整治,"
      "建设农村污水处理设施≥25套,治理完成2个农村黑臭水体。",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  const Indicator* villages = Named(indicators, "完成建制村的农村环境综合整治");
  ASSERT_NE(villages, nullptr);
  EXPECT_EQ(villages->target, Quantity::FromWhole(8));
  EXPECT_EQ(villages->comparator, Comparator::kGreaterEqual);
  EXPECT_EQ(villages->unit, "个");
  ASSERT_NE(Named(indicators, "治理完成农村黑臭水体"), nullptr);
  EXPECT_EQ(Named(indicators, "治理完成农村黑臭水体")->target, Quantity::FromWhole(2));
  // After 绩效目标 and a colon, enumerated by 一是, 二是.
  auto enumerated = ReadGeneral(TextDocumentFromLines({
      "2024年广西住房保障资金绩效自评报告",
      "财政部下达住房保障财政补助资金40957万元，以及区域绩效目标:一是筹集配售型保障性住房5440套;"
      "筹集配租型保障性住房40422套(间);二是发放租赁补贴22492户。",
  }));
  ASSERT_TRUE(enumerated);
  ASSERT_EQ(enumerated->evaluation.projects.size(), 1u);
  const auto& listed = enumerated->evaluation.projects[0].indicators;
  ASSERT_NE(Named(listed, "筹集配售型保障性住房"), nullptr);
  EXPECT_EQ(Named(listed, "筹集配售型保障性住房")->target, Quantity::FromWhole(5440));
  ASSERT_NE(Named(listed, "发放租赁补贴"), nullptr);
}

TEST(GeneralReading, ATitleReportingHowAFundWasUsedNamesTheFund) {
  // "X的使用情况" / "关于X执行情况…" / "关于“X”管理使用情况": the fund is the report's project,
  // what of it is reported on no part of its name; a unit named first is the unit.
  const std::pair<const char*, const char*> titles[] = {
      {"周至县民政局2024年县级福彩公益金的使用情况", "县级福彩公益金"},
      {"关于抗疫特别国债执行情况绩效自评报告", "抗疫特别国债"},
      {"深圳市福田区民政局关于“2021年中央财政困难群众救助补助资金”管理使用情况", "中央财政困难群众救助补助资金"},
      {"中共彭阳县委网信办关于2021年度网络安全和信息化专项资金使用情况的绩效自评报告", "网络安全和信息化专项资金"},
  };
  for (const auto& [title, fund] : titles) {
    auto parsed = ReadGeneral(TextDocumentFromLines({title, "资金共100万元，已支付90万元，执行率90%。"}));
    ASSERT_TRUE(parsed) << title;
    ASSERT_EQ(parsed->evaluation.projects.size(), 1u) << title;
    EXPECT_EQ(parsed->evaluation.projects[0].name, fund);
    EXPECT_EQ(parsed->evaluation.projects[0].budget.total, Yuan("1000000")) << title;
    EXPECT_FALSE(parsed->evaluation.funds.budget_total) << title;
  }
  // The funds of a unit's year in general are still the unit's totals.
  auto parsed = ReadGeneral(TextDocumentFromLines({"某局2021年度转移支付预算执行情况绩效自评报告", "资金共100万元，已支付90万元。"}));
  ASSERT_TRUE(parsed);
  EXPECT_TRUE(parsed->evaluation.projects.empty());
  EXPECT_EQ(parsed->evaluation.funds.budget_total, Yuan("1000000"));
}

TEST(GeneralReading, ALevelsLineInAnAnalysisOfIndicatorsListsWhatWasReached) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "周至县民政局2024年县级福彩公益金的使用情况",
      "2024年县级下达福彩公益金322.14万元。",
      "（二）2024年福彩公益金指标完成情况分析",
      "1.数量指标：敬老院提升改造项目3个、救助站改造项目1个、护理员参赛人数15人。",
      "2.质量指标：资金使用合规率100%。",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  ASSERT_EQ(indicators.size(), 4u);  // items parted by 、 after their figures
  EXPECT_EQ(indicators[1].name, "救助站改造项目");
  EXPECT_EQ(indicators[1].actual, ParseFixed<Quantity>("1").value());
  EXPECT_FALSE(indicators[1].target);
  EXPECT_EQ(indicators[3].name, "资金使用合规率");
  EXPECT_EQ(indicators[3].actual, ParseFixed<Quantity>("100").value());  // reached, not aimed at
}

TEST(GeneralReading, TheProjectsOfALevelAreNoProject) {
  // "省级项目支出绩效自评报告": the title is about the level's projects, not one named 省级项目.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "新疆维吾尔自治区住房和城乡建设厅2024年度省级项目支出绩效自评报告",
      "2024年，我厅部门预算总额5.9361亿元，全年执行5.7938亿元，预算执行率97.60%。",
  }));
  ASSERT_TRUE(parsed);
  EXPECT_TRUE(parsed->evaluation.projects.empty());
  EXPECT_EQ(parsed->evaluation.funds.budget_total, Yuan("593610000"));
  EXPECT_EQ(parsed->evaluation.funds.executed_total, Yuan("579380000"));
}

TEST(GeneralReading, ATableInThousandsOfYuanThenASectionPerProject) {
  TextDocument document = TextDocumentFromLines({
      "某厅2024年度省级项目支出绩效自评报告",
      "表1  2024年度省级项目支出执行情况表（单位：千元）",
      "序号\t项目名称\t全年预算\t其中：财政拨款\t全年执行\t执行率",
      "1\t城镇污水处理设施运行经费\t117，112.2\t117，112.2\t105，358.8\t89.96%",
      "2\t公租房运营管理经费\t52，043.4\t46，121.3\t52，043.4\t100.00%",
      "二、项目自评情况",
      "（一）城镇污水处理设施运行经费",
      "一级指标\t二级指标\t三级指标\t指标值\t完成值\t分值\t得分",
      "产出指标\t数量指标\t污水处理量\t≥385万吨\t408万吨\t16\t16",
      "（二）公租房运营管理经费",
      "一级指标\t二级指标\t三级指标\t指标值\t完成值\t分值\t得分",
      "产出指标\t数量指标\t公租房保障户数\t≥1260户\t1336户\t13\t13",
  });
  // As from a DOCX: the tables' rows are rows of cells.
  for (TextLine& line : document.lines) {
    if (line.text.find('\t') == std::string::npos) continue;
    std::vector<std::string> cells;
    for (std::size_t from = 0, tab = 0; tab != std::string::npos; from = tab + 1) {
      tab = line.text.find('\t', from);
      cells.push_back(line.text.substr(from, tab == std::string::npos ? std::string::npos : tab - from));
    }
    const int number = line.number;
    line = MakeRow(cells);
    line.number = number;
  }
  auto parsed = ParseReport(document);
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);  // a section under the table goes on with the project it lists
  EXPECT_EQ(projects[0].budget.total, Yuan("117112200"));  // 117，112.2 千元
  EXPECT_EQ(projects[1].budget.fiscal, Yuan("46121300"));
  EXPECT_EQ(projects[1].executed, Yuan("52043400"));
  ASSERT_EQ(projects[1].indicators.size(), 1u);
  EXPECT_EQ(projects[1].indicators[0].name, "公租房保障户数");
}

TEST(GeneralReading, AListOfProjectsBesideLastYearsFiguresReadsTheReportsYear) {
  // Columns of two years, as a DOCX gives them (rows of cells): the earlier year's are read past.
  TextDocument document = TextDocumentFromLines({
      "某县住房和城乡建设局2022年度部门整体支出绩效自评报告",
      "表2  2022年度项目支出执行情况表（单位：万元）",
  });
  document.lines.push_back(MakeRow({"序号", "项目名称", "2021年支出", "2022年预算", "2022年支出", "执行率"}));
  document.lines.push_back(MakeRow({"1", "农村危房改造补助资金", "319.37", "476.78", "471.59", "98.91%"}));
  document.lines.push_back(MakeRow({"2", "公租房运营管理经费", "329.97", "553.00", "467.64", "84.56%"}));
  for (std::size_t i = 0; i < document.lines.size(); ++i) document.lines[i].number = static_cast<int>(i + 1);
  auto parsed = ParseReport(document);
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);  // the header names no project "2021年支出"
  EXPECT_EQ(projects[0].name, "农村危房改造补助资金");
  EXPECT_EQ(projects[0].budget.total, Yuan("4767800"));
  EXPECT_EQ(projects[0].executed, Yuan("4715900"));  // not last year's 319.37
  EXPECT_EQ(projects[1].executed, Yuan("4676400"));
}

TEST(GeneralReading, ANumberedHeadingMayNameAFundByTwoWordsOfPurpose) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某局2020年度项目支出绩效自评情况简报",
      "1.城乡居民基本养老保险补助资金",
      "项目预算：116.9081万元。",
      "2.就业补助资金",
      "项目预算：251.6776万元。",
      "（1）城镇新增就业人数：目标不少于8630人，实际完成8630人，得21分。",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[1].name, "就业补助资金");
  EXPECT_EQ(projects[1].budget.total, Yuan("2516776"));
  ASSERT_EQ(projects[1].indicators.size(), 1u);  // not the first project's
}

TEST(GeneralReading, SentencesInATablesCellAreRead) {
  TextDocument document = TextDocumentFromLines({"某县商务局2023年度项目支出绩效自评情况简报", "（1）外经贸发展专项资金"});
  document.lines.push_back(MakeRow({"项目名称", "外经贸发展专项资金"}));
  document.lines.push_back(MakeRow({"项目预算", "40.0920万元", "实际支出", "32.5094 万元"}));
  document.lines.push_back(MakeRow({"满意度", "100%", "自评等级", "优"}));
  document.lines.push_back(MakeRow({"主要绩效指标完成情况",
                                    "①支持外贸企业数：目标≥13家，实际完成13家，得23分；②资金拨付时间：年度目标值及时，完成值及时，得分27分。"}));
  for (std::size_t i = 0; i < document.lines.size(); ++i) document.lines[i].number = static_cast<int>(i + 1);
  auto parsed = ReadGeneral(document);
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  ASSERT_EQ(indicators.size(), 2u);
  EXPECT_EQ(indicators[0].name, "支持外贸企业数");
  EXPECT_EQ(indicators[0].actual, ParseFixed<Quantity>("13").value());
  EXPECT_EQ(indicators[0].score_stated, ParseFixed<Points>("23").value());
  EXPECT_EQ(indicators[1].actual_text.value_or(""), "及时");
  // Pairs of label and value: the money, and the satisfaction beside a grade.
  EXPECT_EQ(parsed->evaluation.projects[0].executed, Yuan("325094"));
  ASSERT_TRUE(parsed->evaluation.projects[0].satisfaction);
  EXPECT_EQ(parsed->evaluation.projects[0].satisfaction->stated, Pct("100"));
}

TEST(GeneralReading, ATablesRowsOneCellPerLineAreItsProjectsHoweverFarDown) {
  // A PDF's table as text, a cell a line: the rows are as near the project's heading as the
  // header is, though the last ones are many lines below it.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某厅2020年度省级项目支出绩效自评报告", "（一）生态环境监测经费", "指标名称", "年度指标值", "实际完成值", "分值", "得分",
      "监测点位数量", "≥35个", "36个", "10", "10",
      "监测数据有效率", "≥95 %", "93 %", "19", "18.6",
      "监测报告报送及时率", "≥100 %", "100 %", "10", "10",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  ASSERT_EQ(indicators.size(), 3u);
  EXPECT_EQ(indicators[1].target, ParseFixed<Quantity>("95").value());  // "≥95 %": the sign apart
  EXPECT_EQ(indicators[1].unit.value_or(""), "%");
  EXPECT_EQ(indicators[2].score_stated, ParseFixed<Points>("10").value());
  EXPECT_TRUE(parsed->evaluation.department_indicators.empty());
}

TEST(GeneralReading, AMarkdownExportWithHeadingsListsAndFootnotes) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "# 某县生态环境局2024年度项目支出绩效自评报告",
      "## 二、项目绩效自评情况",
      "### （一）大气污染防治专项资金",
      "- **资金情况**",
      "  - 全年预算: 265.8029 万元（其中财政拨款207.5310 万元，其他资金58.2719 万元）",
      "  - 实际支出: 227.8462 万元",
      "  - 周边群众满意度[^1]: 99%",
      "#### 绩效指标完成情况",
      "    - 淘汰燃煤小锅炉数量: 年度指标值 ≥72台, 实际完成值 79台, 分值 13, 得分 13",
      "    - 项目完成率: 年度指标值 95%以上, 实际完成值 95.3%, 分值 10, 得分 10",
      "[^1]: 问卷调查，有效问卷120份。",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);  // "### （一）X" is a numbered heading
  const Project& p = parsed->evaluation.projects[0];
  EXPECT_EQ(p.name, "大气污染防治专项资金");
  EXPECT_EQ(p.executed, Yuan("2278462"));
  ASSERT_TRUE(p.satisfaction);
  EXPECT_EQ(p.satisfaction->stated, Pct("99"));  // the footnote's reference is no figure
  ASSERT_EQ(p.indicators.size(), 2u);
  EXPECT_EQ(p.indicators[0].name, "淘汰燃煤小锅炉数量");  // no bullet
  EXPECT_EQ(p.indicators[0].weight, ParseFixed<Points>("13").value());
  EXPECT_EQ(p.indicators[0].score_stated, ParseFixed<Points>("13").value());
  EXPECT_EQ(p.indicators[1].target, ParseFixed<Quantity>("95").value());  // 95%以上
  EXPECT_EQ(p.indicators[1].actual, ParseFixed<Quantity>("95.3").value());
}

TEST(GeneralReading, AFindingsEnumerationNamesIndicatorsNotProjects) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县财政局关于2024年度财政重点绩效评价情况的通报",
      "（二）某县住房和城乡建设局城镇污水处理设施运行经费",
      "2024年安排资金639.94万元，截至年底支出486.41万元，资金执行率为76.01%。主要问题：一是污水处理量年度目标不少于"
      "514万吨，实际完成514万吨，目标设定偏保守，未能充分体现项目效益；二是城市生活污水集中处理率计划95%，实际100%。",
  }));
  ASSERT_TRUE(parsed);
  // "未能充分体现项目效益": 项目 qualifies 效益, no project's name ends there.
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  ASSERT_EQ(indicators.size(), 2u);
  EXPECT_EQ(indicators[0].name, "污水处理量");  // not "一是污水处理量"
  EXPECT_EQ(indicators[1].name, "城市生活污水集中处理率");
  EXPECT_EQ(indicators[1].actual, ParseFixed<Quantity>("100").value());
}

TEST(GeneralReading, ASheetsLinesOfOneCellAreText) {
  // A report pasted into a sheet: every line a row of one cell, read as the text it is.
  TextDocument document;
  for (const char* text : {"某县商务局2021年度项目支出绩效自评报告", "（一）外经贸发展专项资金",
                           "全年预算: 172.2283 万元（其中财政拨款124.4643 万元）", "实际支出: 170.2283 万元",
                           "支持外贸企业数: 年度指标值 不少于29家, 实际完成值 30家, 分值 10, 得分 10"}) {
    document.lines.push_back(MakeRow({text}));
    document.lines.back().number = static_cast<int>(document.lines.size());
  }
  auto parsed = ReadGeneral(document);
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const Project& p = parsed->evaluation.projects[0];
  EXPECT_EQ(p.budget.total, Yuan("1722283"));
  EXPECT_EQ(p.executed, Yuan("1702283"));
  ASSERT_EQ(p.indicators.size(), 1u);
  EXPECT_EQ(p.indicators[0].actual, ParseFixed<Quantity>("30").value());
}

TEST(GeneralReading, EachSectionsTableOneCellPerLineIsItsProjects) {
  // Two sections, each a heading, a sentence and an indicator table a cell per line: the next
  // section's heading is read (as text) before the table above it is cut into rows; the table
  // is still the project named before it.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某厅2024年度省级项目支出绩效自评报告", "（一）应急物资储备经费",
      "该项目全年预算15,380千元，其中财政拨款12,510千元；全年执行15,380千元，执行率100 %，资金执行率达到百分之百。",
      "指标名称", "年度指标值", "实际完成值", "分值", "得分",
      "储备应急物资品种", "≥51种", "51种", "13", "13",
      "群众满意度", "≥85 %", "90.1 %", "10", "10",
      "（二）森林防灭火专项经费",
      "该项目全年预算71,810千元，其中财政拨款51,950千元；全年执行65,050千元，执行率90.59 %。",
      "指标名称", "年度指标值", "实际完成值", "分值", "得分",
      "森林防火巡查人次", "≥4830人次", "4830人次", "13", "13",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[0].indicators.size(), 2u);
  EXPECT_EQ(projects[1].indicators.size(), 1u);
  EXPECT_TRUE(parsed->evaluation.department_indicators.empty());
}

TEST(GeneralReading, AHeaderGroupedByYearReadsTheReportsYear) {
  // "上年 | 本年" over the same three columns twice: last year's are read past.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县住房和城乡建设局2022年度部门整体支出绩效自评报告",
      "表2  2022年度项目支出执行情况表（单位：万元）",
      "项目名称 | 上年（2021年） | 本年（2022年） |",
      "预算数 | 执行数 | 执行率 | 预算数 | 执行数 | 执行率 |",
      "城市市政设施维护经费 | — | — | — | 599.93 | 591.44 | 98.58% |",
      "城镇污水处理设施运行经费 | 461.04 | 429.68 | 93.20% | 400.91 | 400.91 | 100.00% |",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);  // the group row names no project "上年（2021年）"
  EXPECT_EQ(projects[0].budget.total, Yuan("5999300"));
  EXPECT_EQ(projects[1].budget.total, Yuan("4009100"));  // not 461.04
  EXPECT_EQ(projects[1].executed, Yuan("4009100"));
  EXPECT_EQ(projects[1].execution_rate_stated, Pct("100.00"));
}

TEST(GeneralReading, AProjectNamedWithItsUnitBeforeItIsTheSameProject) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "关于2022年度财政再评价结果的报告",
      "（一）光泽县商务局电子商务进农村综合示范项目",
      "2022年安排资金14,306,291.52元，截至年底支出11,086,660.61元，资金执行率为77.49%。",
      "序号 | 项目名称 | 主管部门 | 预算金额（元） | 已支付（元） | 支付率 |",
      "1 | 电子商务进农村综合示范项目 | 光泽县商务局 | 14,306,291.52 | 11,086,660.61 | 77.49% |",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  EXPECT_EQ(parsed->evaluation.projects[0].budget.total, Yuan("14306291.52"));
  // So with the place it is of: 红河州.
  auto placed = ReadGeneral(TextDocumentFromLines({
      "其中冻猪肉储备费用补助及第三方监管经费82.8万元、粮油质量安全监测经费70万元。",
      "(1)红河州冻猪肉储备费用补助及第三方监管经费:根据有关通知，用于冻猪肉储备，全年支出82.8万元。",
  }));
  ASSERT_TRUE(placed);
  ASSERT_EQ(placed->evaluation.projects.size(), 2u);
  EXPECT_EQ(placed->evaluation.projects[0].executed, Yuan("828000"));
}

TEST(GeneralReading, ABriefingsFieldsInALineAndItsIndicatorsSaidShortly) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "关于某县商务局2023年度项目绩效自评情况的说明",
      "1. 项目名称： 消费促进活动经费; 项目预算： 492.8482 万元; 实际支出： 464.8790 万元; 执行率： 94.32%",
      "   主要指标: 举办促消费活动场次 目标不少于39场, 完成40场, 得分17; 社会效益 目标明显提高, 完成有所提高, 得分25.5",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 1u);  // the name ends at its field's ";"
  EXPECT_EQ(projects[0].name, "消费促进活动经费");
  EXPECT_EQ(projects[0].executed, Yuan("4648790"));
  ASSERT_EQ(projects[0].indicators.size(), 2u);
  EXPECT_EQ(projects[0].indicators[0].actual, ParseFixed<Quantity>("40").value());  // "完成40场": reached
  EXPECT_EQ(projects[0].indicators[0].score_stated, ParseFixed<Points>("17").value());
  EXPECT_EQ(projects[0].indicators[1].actual_text.value_or(""), "有所提高");
}

TEST(GeneralReading, AParagraphOpeningWithAProjectsNameIsAboutIt) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县残疾人联合会2021年度预算项目绩效自评情况公示",
      "根据预算绩效管理有关规定，我会对2021年度2个项目开展了绩效自评。",
      "　　残疾人辅助器具适配经费：该项目预算执行率100.00%，全年预算98.1389万元，实际支出98.1389万元。",
      "————————————————————————",
      "残疾人职业技能培训经费。全年实际支出76.0773万元，年度预算84.8860万元，执行率为89.62%。",
      "3.公共法律服务体系建设经费。全年实际支出52.87万元，年度预算61.13万元，执行率为86.49%。",
      "4.人民调解以奖代补资金自评等级为优（94.87分）。项目预算资金611,766.00元，截至2021年12月31日已支出"
      "580,455.00元。项目完成率完成96.4%，年度目标≥95%，得16分。",
      "五、社区矫正工作经费：该项目预算执行率91.68%，全年预算50.49万元，实际支出46.29万元。",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 5u);
  EXPECT_EQ(projects[4].name, "社区矫正工作经费");  // numbered, its name before a colon
  EXPECT_EQ(projects[4].executed, Yuan("462900"));
  EXPECT_EQ(projects[3].name, "人民调解以奖代补资金");  // what its sentence says of the evaluation aside
  EXPECT_EQ(projects[3].budget.total, Yuan("611766"));
  ASSERT_EQ(projects[3].indicators.size(), 1u);
  EXPECT_EQ(projects[3].indicators[0].name, "项目完成率");  // 完成 in the name, the one before the figure
  EXPECT_EQ(projects[3].indicators[0].actual, ParseFixed<Quantity>("96.4").value());
  EXPECT_EQ(projects[3].indicators[0].target, ParseFixed<Quantity>("95").value());
  EXPECT_EQ(projects[2].name, "公共法律服务体系建设经费");  // numbered, its spending first
  EXPECT_EQ(projects[2].budget.total, Yuan("611300"));
  EXPECT_EQ(projects[0].name, "残疾人辅助器具适配经费");
  EXPECT_EQ(projects[0].budget.total, Yuan("981389"));
  EXPECT_EQ(projects[1].name, "残疾人职业技能培训经费");
  EXPECT_EQ(projects[1].executed, Yuan("760773"));
  EXPECT_EQ(projects[1].budget.total, Yuan("848860"));
}

TEST(GeneralReading, WhatWasReachedWithTheTargetInBracketsAfterIt) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县残疾人辅助器具适配经费绩效自评报告",
      "全年预算98.1389万元，实际支出98.1389万元。“资金拨付及时率”实际100%（目标≥100%），得18分；"
      "“培训残疾人人次”实际210人次（目标≥226人次）。",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  ASSERT_EQ(indicators.size(), 2u);
  EXPECT_EQ(indicators[0].name, "资金拨付及时率");
  EXPECT_EQ(indicators[0].target, ParseFixed<Quantity>("100").value());
  EXPECT_EQ(indicators[0].score_stated, ParseFixed<Points>("18").value());
  EXPECT_EQ(indicators[1].target, ParseFixed<Quantity>("226").value());
  EXPECT_EQ(indicators[1].actual, ParseFixed<Quantity>("210").value());
}

// An article copied from WeChat: each project under a bullet, its money on labelled lines, its
// indicators in short sentences saying what was reached and, after it or in brackets, the target.
TEST(GeneralReading, AnArticlesProjectsUnderBulletsWithIndicatorsInShortSentences) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "2021年，每一分钱都花在了哪里？",
      "近日，建平县民族宗教事务局完成了2021年度项目支出绩效自评工作。",
      "—— ● ——",
      "● 宗教活动场所安全隐患整治经费",
      "全年预算：165.0863万元",
      "实际支出：143.7307万元",
      "全年排查宗教活动场所70处，年度目标为不少于72处。",
      "隐患整改完成率100%（目标≥100%）。",
      "安全责任事故发生数0起（目标=0起）。",
      "宗教领域和谐稳定：保持稳定（年度目标：保持稳定）。",
      "翻译任务完成时间：已按期完成（年度目标：2021年11月底前）。",
      "—— ● ——",
      "● 少数民族发展资金",
      "全年预算：64.4097万元",
      "实际支出：53.0265万元",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[0].name, "宗教活动场所安全隐患整治经费");
  EXPECT_EQ(projects[0].budget.total, Yuan("1650863"));
  EXPECT_EQ(projects[1].executed, Yuan("530265"));
  const auto& indicators = projects[0].indicators;
  ASSERT_EQ(indicators.size(), 5u);
  EXPECT_EQ(indicators[0].name, "排查宗教活动场所");
  EXPECT_EQ(indicators[0].target, ParseFixed<Quantity>("72").value());
  EXPECT_EQ(indicators[0].actual, ParseFixed<Quantity>("70").value());
  EXPECT_EQ(indicators[1].name, "隐患整改完成率");
  EXPECT_EQ(indicators[2].target, ParseFixed<Quantity>("0").value());
  EXPECT_EQ(indicators[2].actual, ParseFixed<Quantity>("0").value());
  EXPECT_EQ(indicators[3].target_text.value_or(""), "保持稳定");
  EXPECT_EQ(indicators[3].actual_text.value_or(""), "保持稳定");
  EXPECT_EQ(indicators[4].target_text.value_or(""), "2021年11月底前");  // a deadline in words
}

// How what was reached was measured may come before its verb in its clause ("经问卷调查实际为93%").
TEST(GeneralReading, AnIndicatorsMeasureBeforeWhatWasReached) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县政务服务管理局2024年度项目支出绩效自评报告",
      "（一）政务服务中心运行保障经费",
      "该项目全年预算93.59万元，全年执行78.87万元。",
      "五是办事群众满意度年度目标≥90%，经问卷调查实际为93%，得9.79分。",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  ASSERT_EQ(indicators.size(), 1u);
  EXPECT_EQ(indicators[0].name, "办事群众满意度");
  EXPECT_EQ(indicators[0].actual, ParseFixed<Quantity>("93").value());
  EXPECT_EQ(indicators[0].score_stated, ParseFixed<Points>("9.79").value());
}

// A rectification report restates this year's indicators after last year's: the year before the
// verb and last year's figure in brackets are no part of what was reached; a satisfaction's
// target may come with its points only.
TEST(GeneralReading, IndicatorSentencesNamingTheYearAndLastYearsFigure) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县红十字会人道救助资金绩效自评报告",
      "全年预算数78.2735万元，全年执行数64.2946万元。",
      "“救助困难群众”年度目标≥360户，2023年实际完成320户（上年为256户），得17.78分；"
      "“受助群众满意度”年度目标≥95%，得10分。",
      "新增缴存职工2196人，年度指标值≥1980人，得16分。",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  ASSERT_EQ(indicators.size(), 3u);
  EXPECT_EQ(indicators[0].name, "救助困难群众");
  EXPECT_EQ(indicators[0].actual, ParseFixed<Quantity>("320").value());
  EXPECT_EQ(indicators[0].score_stated, ParseFixed<Points>("17.78").value());
  EXPECT_EQ(indicators[1].name, "受助群众满意度");
  EXPECT_EQ(indicators[1].target, ParseFixed<Quantity>("95").value());
  EXPECT_FALSE(indicators[1].actual.has_value());
  EXPECT_EQ(indicators[1].score_stated, ParseFixed<Points>("10").value());
  // What was reached, then the target as 年度指标值, then the points.
  EXPECT_EQ(indicators[2].name, "新增缴存职工");
  EXPECT_EQ(indicators[2].target, ParseFixed<Quantity>("1980").value());
  EXPECT_EQ(indicators[2].actual, ParseFixed<Quantity>("2196").value());
  EXPECT_EQ(indicators[2].score_stated, ParseFixed<Points>("16").value());
}

// A report on last year's findings states last year's figures first: they hold only until this
// year's are stated; a figure said of an earlier year and never again stays.
TEST(GeneralReading, LastYearsFiguresGiveWayToThisYearsStatedLater) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "化德县红十字会关于2022年度绩效评价发现问题整改情况及2023年度绩效自评结果应用的报告",
      "（一）人道救助资金",
      "问题：2022年度该项目预算执行率偏低，全年预算192.3036万元，仅执行121.6435万元，预算执行率为63.26%。",
      "整改成效：2023年度该项目全年预算数78.2735万元（其中财政拨款78.2735万元），全年执行数64.2946万元，"
      "预算执行率提高至82.14%（上年为63.26%）；受助群众满意度由上年的92%提升至96.4%。",
      "（二）应急救护培训经费",
      "2022年度该项目全年预算233.8992万元。",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(parsed->evaluation.year, 2023);
  EXPECT_EQ(projects[0].budget.total, Yuan("782735"));
  EXPECT_EQ(projects[0].executed, Yuan("642946"));
  EXPECT_EQ(projects[0].execution_rate_stated, Percent::FromUnits(8214));
  // (A figure changed to another, "由上年的92%提升至96.4%", is the earlier one.)
  ASSERT_TRUE(projects[0].satisfaction);
  EXPECT_EQ(projects[0].satisfaction->stated, Percent::FromUnits(9640));
  EXPECT_EQ(projects[1].budget.total, Yuan("2338992"));
}

// A table whose cells hold sentences (a rectification ledger): a row's figures are the project
// its name cell names, those under a column of an earlier year hold only until this year's come;
// a later line opening with the project's name and a colon is about it.
TEST(GeneralReading, ARowOfSentencesIsAboutTheProjectItsNameCellNames) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "岳西县住房公积金管理中心关于2022年度绩效评价发现问题整改情况及2023年度绩效自评结果应用的报告",
      "序号\t项目名称\t存在问题（2022年度）\t整改措施\t2023年度自评情况",
      "1\t公积金服务大厅运行经费\t预算执行率59.81%，资金支付进度滞后\t加快支出进度\t"
      "全年预算113.3094万元，其中财政拨款113.3094万元；执行98.3820万元；执行率86.83%；满意度98.6%",
      "公积金服务大厅运行经费：办理公积金业务年度指标值≥30900件，实际完成32672件。",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 1u);
  EXPECT_EQ(projects[0].name, "公积金服务大厅运行经费");
  EXPECT_EQ(projects[0].budget.total, Yuan("1133094"));
  EXPECT_EQ(projects[0].executed, Yuan("983820"));
  EXPECT_EQ(projects[0].execution_rate_stated, Percent::FromUnits(8683));
  EXPECT_FALSE(parsed->evaluation.funds.budget_total.has_value());
  ASSERT_EQ(projects[0].indicators.size(), 1u);
  EXPECT_EQ(projects[0].indicators[0].actual, ParseFixed<Quantity>("32672").value());
}

// A copy punctuated with ASCII marks: a numbered item's name before an ASCII colon is its project.
TEST(GeneralReading, ANumberedItemsNameBeforeAnAsciiColon) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "长白朝鲜族自治县地方志编纂中心2022年度工作总结及2023年工作计划",
      "1.第三轮县志编纂经费:全年预算83.02万元(其中财政拨款69.41万元),实际支出68.70万元,执行率82.75%;读者满意度94%。",
      "2.党史资料征集经费:全年预算155.64万元(其中财政拨款155.64万元),实际支出142.10万元,执行率91.3%。",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[0].name, "第三轮县志编纂经费");
  EXPECT_EQ(projects[0].budget.total, Yuan("830200"));
  EXPECT_EQ(projects[0].executed, Yuan("687000"));
  EXPECT_EQ(projects[1].name, "党史资料征集经费");
  EXPECT_EQ(projects[1].execution_rate_stated, Percent::FromUnits(9130));
}

// A sentence leading to a table written a cell per line ("…如下表：") is no cell of it.
TEST(GeneralReading, ASentenceLeadingToATableACellPerLineIsNoCell) {
  std::vector<std::string> lines = {"某局2023年度项目支出绩效自评报告", "三、项目绩效自评情况", "（一）银发人才志愿服务项目",
                                    "该项目全年预算数183.0201万元，全年执行数183.0201万元。", "该项目主要绩效指标完成情况如下表："};
  for (const char* cell : {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "产出指标", "数量指标",
                           "开展志愿服务", "≥66次", "70次", "12", "12", "参与老同志", "≥1980人次", "1911人次", "8", "7.72"}) {
    lines.push_back(cell);
  }
  auto parsed = ReadGeneral(TextDocumentFromLines(lines));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  ASSERT_EQ(indicators.size(), 2u);
  EXPECT_EQ(indicators[0].name, "开展志愿服务");
  EXPECT_EQ(indicators[0].level2.value_or(""), "数量指标");
  EXPECT_EQ(indicators[1].target, ParseFixed<Quantity>("1980").value());
  EXPECT_EQ(indicators[1].score_stated, ParseFixed<Points>("7.72").value());
}

// A 自评表 exported from an online system: each indicator on a line, field by field.
TEST(GeneralReading, AnExportedFormsIndicatorsFieldByField) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "2022年度项目支出绩效自评表",
      "项目名称：主体班次培训经费",
      "全年预算数（万元）：121.04",
      "指标1：举办主体班次；指标类型：产出指标-数量指标；指标值：≥17期；实际完成值：17期；分值：11；得分：11；偏差原因：无",
      "指标3：学员到课率；指标类型：产出指标-质量指标；指标值：≥98%；实际完成值：92%；分值：11；得分：10.33",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  ASSERT_EQ(indicators.size(), 2u);
  EXPECT_EQ(indicators[0].name, "举办主体班次");
  EXPECT_EQ(indicators[0].level2.value_or(""), "数量指标");
  EXPECT_EQ(indicators[0].target, ParseFixed<Quantity>("17").value());
  EXPECT_EQ(indicators[1].weight, ParseFixed<Points>("11").value());
  EXPECT_EQ(indicators[1].score_stated, ParseFixed<Points>("10.33").value());
  EXPECT_EQ(indicators[1].actual, ParseFixed<Quantity>("92").value());
}

// Under a numbered heading that named a project, its indicator table is its however far below,
// another table of it (its spending by quarter, a cell a line) between.
TEST(GeneralReading, ATableUnderAProjectsHeadingAfterAnotherOfItsTables) {
  std::vector<std::string> lines = {"福贡县科学技术协会2023年度项目支出绩效自评报告", "二、项目绩效自评情况", "（一）全国科普日活动经费",
                                    "该项目全年预算35.15万元，其中财政拨款27.85万元。"};
  for (const char* cell : {"季度", "计划支出", "实际支出", "累计支出", "累计执行进度", "一季度", "4.86", "3.62", "3.62", "10.30%",
                           "二季度", "5.60", "9.42", "13.04", "37.10%", "三季度", "7.10", "7.24", "20.28", "57.70%",
                           "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                           "产出指标", "数量指标", "开展科普活动", "不少于39场", "42场", "18", "18"}) {
    lines.push_back(cell);
  }
  auto parsed = ReadGeneral(TextDocumentFromLines(lines));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  ASSERT_EQ(indicators.size(), 1u);
  EXPECT_EQ(indicators[0].name, "开展科普活动");
  EXPECT_EQ(indicators[0].actual, ParseFixed<Quantity>("42").value());
}

// A slide: its project's cards (figures above their labels), then its indicator table a cell a
// line, the indicators' column headed by the word alone.
TEST(GeneralReading, ASlidesCardsAndIndicatorTable) {
  std::vector<std::string> lines = {"2023年度项目支出绩效自评情况汇报", "02 地震监测台网运维经费", "", "74.90", "全年预算数（万元）",
                                    "72.02", "全年执行数（万元）", "96.15%", "预算执行率", "87.9%", "满意度", "99.62", "自评得分"};
  for (const char* cell : {"绩效指标", "目标值", "完成值", "分值", "得分", "运维地震监测台站", "≥5个", "6个", "13", "13",
                           "监测数据连续率", "≥95%", "97.1%", "21", "21",
                           // The next slide: its own project, cards and table, a cell a line after the table before.
                           "02 防震减灾科普宣传经费", "171.97", "全年预算数（万元）", "139.12", "全年执行数（万元）", "绩效指标", "目标值",
                           "完成值", "分值", "得分", "开展科普宣传活动", "≥20场", "22场", "20", "20"}) {
    lines.push_back(cell);
  }
  const auto parsed = ParseReport(TextDocumentFromLines(lines));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 2u);
  const Project& second = parsed->evaluation.projects[1];
  EXPECT_EQ(second.budget.total, Yuan("1719700"));
  ASSERT_EQ(second.indicators.size(), 1u);
  EXPECT_EQ(second.indicators[0].name, "开展科普宣传活动");
  const Project& p = parsed->evaluation.projects[0];
  EXPECT_EQ(p.name, "地震监测台网运维经费");
  EXPECT_EQ(p.budget.total, Yuan("749000"));
  EXPECT_EQ(p.executed, Yuan("720200"));
  ASSERT_EQ(p.indicators.size(), 2u);
  EXPECT_EQ(p.indicators[1].name, "监测数据连续率");
  EXPECT_EQ(p.indicators[1].actual, ParseFixed<Quantity>("97.1").value());
}

// A summary with its projects across, then each project's indicator table under a numbered
// caption naming it: the first caption finds its project (the summary is read before the text
// after it), and no caption is read as a row of the table before it.
TEST(GeneralReading, CaptionsNamingProjectsOfASummaryAcross) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "围场满族蒙古族自治县公共资源交易中心2024年度项目支出绩效自评报告",
      "项目\t电子交易平台运行维护经费\t评标专家库管理经费\t合计",
      "全年预算数（万元）\t245.32\t52.73\t298.05",
      "全年执行数（万元）\t220.22\t52.73\t272.95",
      "二、主要绩效指标完成情况",
      "表2 电子交易平台运行维护经费绩效指标完成情况",
      "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
      "产出指标\t数量指标\t完成进场交易项目\t≥241宗\t224宗\t15\t13.94",
      "表3 评标专家库管理经费绩效指标完成情况",
      "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
      "产出指标\t数量指标\t组织评标专家培训\t≥352人次\t375人次\t22\t22",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[0].name, "电子交易平台运行维护经费");
  EXPECT_EQ(projects[0].executed, Yuan("2202200"));
  ASSERT_EQ(projects[0].indicators.size(), 1u);
  EXPECT_EQ(projects[0].indicators[0].name, "完成进场交易项目");
  ASSERT_EQ(projects[1].indicators.size(), 1u);
  EXPECT_EQ(projects[1].indicators[0].name, "组织评标专家培训");
}

// A project named for running costs (a 外事 office's 因公出国（境）管理经费) with its own budget keeps
// its indicator table.
TEST(GeneralReading, AProjectNamedForRunningCostsWithItsOwnBudget) {
  std::vector<std::string> lines = {"某县外事办公室2023年度项目支出绩效自评报告", "（一）因公出国（境）管理经费",
                                    "该项目全年预算数12.50万元，全年执行数11.80万元，执行率94.40%。"};
  for (const char* cell : {"三级指标", "年度指标值", "实际完成值", "分值", "得分", "审核因公出国（境）团组", "≥19批", "18批", "20", "17.05"}) {
    lines.push_back(cell);
  }
  auto parsed = ReadGeneral(TextDocumentFromLines(lines));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  ASSERT_EQ(parsed->evaluation.projects[0].indicators.size(), 1u);
  EXPECT_EQ(parsed->evaluation.projects[0].indicators[0].score_stated, ParseFixed<Points>("17.05").value());
}

// A comparison of years across (对比项目 | 2021年度 | 2022年度): the report's year's column gives the
// year's budget, execution and rate; a text of nothing else is a report, not refused.
TEST(GeneralReading, AComparisonWithTheYearsAcross) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县地震局2022年度部门整体支出绩效自评报告",
      "对比项目\t2021年度（整改前）\t2022年度（整改后）\t变化情况",
      "全年预算数（万元）\t192.86\t94.00\t—",
      "全年执行数（万元）\t133.38\t94.00\t—",
      "预算执行率\t69.16%\t100.00%\t提高30.84个百分点",
      "自评得分\t89\t100\t提升",
  }));
  ASSERT_TRUE(parsed);
  const auto& funds = parsed->evaluation.funds;
  EXPECT_EQ(funds.budget_total, Yuan("940000"));
  EXPECT_EQ(funds.executed_total, Yuan("940000"));
  EXPECT_EQ(funds.execution_rate_stated, Percent::FromUnits(10000));
}

// A text holding only a table with the years across whose header does not say it compares
// (项目 | 2021年 | 2022年) is read by the report year's column as a last resort, not refused.
TEST(GeneralReading, ATextOfOnlyATableWithTheYearsAcrossIsRead) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县文化馆2022年度部门整体支出绩效自评报告",
      "项目\t2021年\t2022年",
      "预算数（万元）\t120.50\t135.20",
      "执行数（万元）\t118.00\t130.00",
      "执行率\t97.93%\t96.15%",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& funds = parsed->evaluation.funds;
  EXPECT_EQ(funds.budget_total, Yuan("1352000"));
  EXPECT_EQ(funds.executed_total, Yuan("1300000"));
  EXPECT_EQ(funds.execution_rate_stated, Percent::FromUnits(9615));
}

// A budget system's export a row per indicator, its project's money beside every row and the
// project's own score after the indicator's: each row's indicator and money are its project's.
TEST(GeneralReading, AnExportARowPerIndicatorWithItsProjectsMoney) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "多伦县人民法院2022年度项目支出绩效自评结果明细表",
      "序号\t项目名称\t全年预算数\t其中：财政拨款\t全年执行数\t预算执行率（%）\t一级指标\t二级指标\t三级指标\t"
      "年度指标值\t实际完成值\t分值\t得分\t项目自评得分",
      "1\t人民陪审员经费\t140,939.82\t140,939.82\t124,637.31\t88.43\t产出指标\t数量指标\t人民陪审员参审案件\t"
      "≥479件\t530件\t14\t14\t91.14",
      "2\t人民陪审员经费\t140,939.82\t140,939.82\t124,637.31\t88.43\t满意度指标\t服务对象满意度指标\t"
      "人民陪审员满意度\t≥90%\t90.1%\t10\t10\t91.14",
      "3\t诉讼服务中心运行经费\t324,220.03\t301,022.08\t283,102.44\t87.32\t产出指标\t数量指标\t网上立案\t"
      "≥2110件\t2004件\t15\t14.25\t97.72",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[0].budget.total, Yuan("140939.82"));
  EXPECT_EQ(projects[0].budget.fiscal, Yuan("140939.82"));
  EXPECT_EQ(projects[0].executed, Yuan("124637.31"));
  EXPECT_EQ(projects[0].execution_rate_stated, Percent::FromUnits(8843));
  ASSERT_EQ(projects[0].indicators.size(), 2u);
  EXPECT_EQ(projects[0].indicators[0].score_stated, ParseFixed<Points>("14").value());
  EXPECT_EQ(projects[1].budget.total, Yuan("324220.03"));
  ASSERT_EQ(projects[1].indicators.size(), 1u);
  EXPECT_EQ(projects[1].indicators[0].score_stated, ParseFixed<Points>("14.25").value());
  // Tab-separated, a row's empty reason is an empty cell of its own: the row still binds by
  // column (its score is no project's total).
  auto tabs = ReadGeneral(TextDocumentFromLines({
      "序号\t项目名称\t全年预算数\t全年执行数\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因\t项目自评得分",
      "1\t人民陪审员经费\t140,939.82\t124,637.31\t人民陪审员参审案件\t≥479件\t530件\t14\t14\t\t91.14",
      "2\t人民陪审员经费\t140,939.82\t124,637.31\t陪审员每日补助标准\t≤113元\t129元\t12\t10.3\t成本超出\t91.14",
  }));
  ASSERT_TRUE(tabs) << tabs.error().message;
  ASSERT_EQ(tabs->evaluation.projects.size(), 1u);
  const auto& indicators = tabs->evaluation.projects[0].indicators;
  ASSERT_EQ(indicators.size(), 2u);
  EXPECT_EQ(indicators[0].score_stated, ParseFixed<Points>("14").value());
  EXPECT_EQ(indicators[1].score_stated, ParseFixed<Points>("10.3").value());
  EXPECT_EQ(tabs->evaluation.projects[0].executed, Yuan("124637.31"));
}

// A report engine's PDF through pdftotext gives its tables column by column, a cell a line:
// each column's header, then its cells. The columns are put side by side again.
TEST(GeneralReading, ATableGivenColumnByColumnIsReadAsItsRows) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "孙吴县发展和改革局2021年度项目支出绩效自评报告",
      "表1  项目支出绩效自评结果汇总表（金额单位：万元）",
      "序号", "1", "2",
      "项目名称", "价格监测及成本调查经费", "发展规划编制及评估经费",
      "全年预算数", "9.21", "33.93",
      "全年执行数", "7.84", "33.93",
      "执行率", "85.12%", "100%",
      "各项目自评得分均在90分以上，自评结果为优。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[0].name, "价格监测及成本调查经费");
  EXPECT_EQ(projects[0].budget.total, Yuan("92100"));
  EXPECT_EQ(projects[0].executed, Yuan("78400"));
  EXPECT_EQ(projects[1].name, "发展规划编制及评估经费");
  EXPECT_EQ(projects[1].execution_rate_stated, Percent::FromUnits(10000));
  // The header's cells first, then the columns one after another; the levels merged over the
  // rows give shorter columns of their own.
  auto header_first = ReadGeneral(TextDocumentFromLines({
      "（一）消防宣传培训经费",
      "该项目全年预算27.98万元，全年执行23.45万元。",
      "表2  消防宣传培训经费绩效指标完成情况",
      "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
      "产出指标", "满意度指标", "数量指标", "服务对象满意度指标",
      "开展消防宣传活动", "发放宣传资料", "培训对象满意度",
      "≥117场", "≥23500份", "≥85%",
      "123场", "24901份", "91.5%",
      "14", "12", "10",
      "14", "12", "10",
      "项目单位通过发放问卷开展满意度调查，共发放问卷130份。",
  }));
  ASSERT_TRUE(header_first) << header_first.error().message;
  ASSERT_EQ(header_first->evaluation.projects.size(), 1u);
  const auto& indicators = header_first->evaluation.projects[0].indicators;
  ASSERT_EQ(indicators.size(), 3u);
  EXPECT_EQ(indicators[1].name, "发放宣传资料");
  EXPECT_EQ(indicators[1].actual, Quantity::FromWhole(24901));
  EXPECT_EQ(indicators[2].score_stated, ParseFixed<Points>("10").value());
  // (成本指标 among the second levels, as older templates file it under 产出指标.)
  auto cost_second = ReadGeneral(TextDocumentFromLines({
      "（二）文艺惠民演出活动经费",
      "该项目全年预算47.1106万元，全年执行47.1106万元。",
      "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
      "产出指标", "满意度指标", "数量指标", "成本指标", "服务对象满意度指标",
      "开展文艺惠民演出", "每场演出补助标准", "观演群众满意度",
      "≥27场", "≤3470元", "≥90%",
      "29场", "2966元", "98.6%",
      "12", "12", "10",
      "12", "12", "10",
  }));
  ASSERT_TRUE(cost_second) << cost_second.error().message;
  ASSERT_EQ(cost_second->evaluation.projects.size(), 1u);
  ASSERT_EQ(cost_second->evaluation.projects[0].indicators.size(), 3u);
  EXPECT_EQ(cost_second->evaluation.projects[0].indicators[1].name, "每场演出补助标准");
  EXPECT_EQ(cost_second->evaluation.projects[0].indicators[1].actual, Quantity::FromWhole(2966));
  // Column by column with the levels' shorter columns first, a name among the cells ending in
  // 项目: the indicators are the project named before the table.
  auto levels_first = ReadGeneral(TextDocumentFromLines({
      "孙吴县发展和改革局2021年度项目支出绩效自评报告",
      "（三）以工代赈项目管理经费",
      "该项目全年预算7.03万元，全年执行7.03万元。",
      "一级指标", "产出指标", "满意度指标",
      "二级指标", "数量指标", "服务对象满意度指标",
      "三级指标", "监督检查以工代赈项目", "带动当地群众务工", "务工群众满意度",
      "年度指标值", "≥13个", "≥151人", "≥95%",
      "实际完成值", "14个", "168人", "96.5%",
      "分值", "15", "13", "10",
      "得分", "15", "13", "10",
      "四、存在的问题及改进措施",
      "一是满意度调查样本覆盖面偏窄，调查方式较为单一。",
  }));
  ASSERT_TRUE(levels_first) << levels_first.error().message;
  ASSERT_GE(levels_first->evaluation.projects.size(), 1u);
  EXPECT_EQ(levels_first->evaluation.projects[0].name, "以工代赈项目管理经费");
  ASSERT_EQ(levels_first->evaluation.projects[0].indicators.size(), 3u);
  EXPECT_EQ(levels_first->evaluation.projects[0].indicators[0].name, "监督检查以工代赈项目");
  EXPECT_EQ(levels_first->evaluation.projects[0].indicators[2].score_stated, ParseFixed<Points>("10").value());
  // A form's box of labels and values given column by column: the labels, their values, the
  // next labels, theirs.
  auto box = ReadGeneral(TextDocumentFromLines({
      "2020年度项目支出绩效自评表",
      "填报单位：陵水黎族自治县人民检察院　　金额单位：万元",
      "项目1：检察业务办案经费",
      "项目名称", "全年预算数", "全年执行数", "案件当事人满意度",
      "检察业务办案经费", "181.46", "146.82", "93.1％",
      "主管部门", "其中：财政拨款", "预算执行率", "自评得分",
      "陵水黎族自治县人民检察院", "139.52", "80.91％", "93.99",
      "一级指标", "产出指标",
  }));
  ASSERT_TRUE(box) << box.error().message;
  ASSERT_EQ(box->evaluation.projects.size(), 1u);
  const Project& boxed = box->evaluation.projects[0];
  EXPECT_EQ(boxed.name, "检察业务办案经费");
  EXPECT_EQ(boxed.budget.total, Yuan("1814600"));
  EXPECT_EQ(boxed.budget.fiscal, Yuan("1395200"));
  EXPECT_EQ(boxed.executed, Yuan("1468200"));
  EXPECT_EQ(boxed.execution_rate_stated, Percent::FromUnits(8091));
}

// A multi-year construction project's total investment is no budget of the year: the year's
// arrangement, stated after it, is.
TEST(GeneralReading, AMultiYearProjectsBudgetIsTheYearsNotItsTotalInvestment) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "桓仁满族自治县人民检察院检察技术用房改造项目2024年度绩效自评报告",
      "项目总投资311.00万元，其中中央预算内投资110.50万元。项目建设期为2023年至2025年。",
      "2024年度该项目预算安排98.78万元，全年实际支出97.01万元，预算执行率98.21%。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  EXPECT_EQ(parsed->evaluation.projects[0].budget.total, Yuan("987800"));
  EXPECT_EQ(parsed->evaluation.projects[0].executed, Yuan("970100"));
  // Said of a project of one year, the total investment is its budget.
  auto one_year = ReadGeneral(TextDocumentFromLines({
      "某县农村饮水工程维修养护项目2021年度绩效自评报告",
      "项目批复总投资61.8万元。其中下达中央财政资金30.9万元，全年支出61.8万元。",
  }));
  ASSERT_TRUE(one_year) << one_year.error().message;
  ASSERT_EQ(one_year->evaluation.projects.size(), 1u);
  EXPECT_EQ(one_year->evaluation.projects[0].budget.total, Yuan("618000"));
  // "项目名称 | 总投资 | 2023年 | 2024年 | 累计": the cell after the key heads a column; it names no
  // project (the indicators below are the report's own project's).
  auto header = ReadGeneral(TextDocumentFromLines({
      "审判法庭维修改造项目2024年度绩效自评报告",
      "项目名称\t总投资\t2023年\t2024年\t累计",
      "审判法庭维修改造项目\t821.0000\t319.2777\t326.8796\t646.1573",
      "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
      "产出指标\t数量指标\t完成法庭改造面积\t不少于2840平方米\t2840平方米\t13\t13",
  }));
  ASSERT_TRUE(header) << header.error().message;
  for (const Project& p : header->evaluation.projects) EXPECT_NE(p.name, "总投资");
}

// Targets where they were approved: the budget first asked for gives way to the year's adjusted
// one, and a column of the medium term's targets beside the year's is no target of the year.
TEST(GeneralReading, TheYearsBudgetAndTargetsNotTheFirstAskedOrTheMediumTerms) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "安图县消防救援大队2021年度项目支出绩效自评报告",
      "（一）政府专职消防员经费",
      "该项目年初申报预算292.61万元，绩效目标随预算一并批复。年中经调整，全年预算数为283.51万元；全年执行283.51万元。",
      "一级指标\t二级指标\t三级指标\t年度指标值\t中期指标值（2021—2023年）",
      "产出指标\t数量指标\t专职消防员在岗人数\t≥48人\t≥52人",
      "效益指标\t社会效益指标\t专职消防队伍稳定性\t保持稳定\t持续稳定",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const Project& p = parsed->evaluation.projects[0];
  EXPECT_EQ(p.budget.total, Yuan("2835100"));
  ASSERT_EQ(p.indicators.size(), 2u);
  EXPECT_EQ(p.indicators[0].target, Quantity::FromWhole(48));
  EXPECT_EQ(p.indicators[1].target_text, "保持稳定");
}

// Under an indicator header with no column of projects' names, a row's indicator ending in 项目
// names no project: the table is the one named before it.
TEST(GeneralReading, AnIndicatorEndingIn项目IsNoProject) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "黟县投资促进局2019年度项目支出绩效自评",
      "项目名称：招商引资专项工作经费",
      "全年预算数：196.14万元",
      "指标名称 | 年度指标值 | 实际完成值 | 分值 | 得分",
      "引进亿元以上项目 | ≥7个 | 7个 | 15 | 15",
      "外出招商 | ≥31批次 | 33批次 | 19 | 19",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  EXPECT_EQ(parsed->evaluation.projects[0].name, "招商引资专项工作经费");
  ASSERT_EQ(parsed->evaluation.projects[0].indicators.size(), 2u);
  EXPECT_EQ(parsed->evaluation.projects[0].indicators[0].name, "引进亿元以上项目");
}

// A table of several projects' indicators through pdftotext -layout: each project's merged name
// stands on its block's middle row. The rows before a name are the last name's up to half way,
// the rest the new one's.
TEST(GeneralReading, MergedNamesOnTheirBlocksMiddleRows) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "附件2  项目绩效目标完成情况表",
      "项目名称              三级指标                    实际完成值  分值  得分",
      "                      开展法治进校园活动          18场          13  10.17",
      "未成年人检察工作经费  覆盖中小学生                23293人次     13     13",
      "                      师生满意度                  95%           10     10",
      "                      办理审查起诉案件            284件         13     13",
      "检察业务办案经费      认罪认罚从宽制度适用率      97.2%         15     15",
      "                      案件质量评查合格率          98%           12     12",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[0].name, "未成年人检察工作经费");
  ASSERT_EQ(projects[0].indicators.size(), 3u);
  EXPECT_EQ(projects[0].indicators[0].name, "开展法治进校园活动");
  EXPECT_EQ(projects[0].indicators[2].name, "师生满意度");
  EXPECT_EQ(projects[1].name, "检察业务办案经费");
  ASSERT_EQ(projects[1].indicators.size(), 3u);
  EXPECT_EQ(projects[1].indicators[0].name, "办理审查起诉案件");
  EXPECT_EQ(projects[1].indicators[2].name, "案件质量评查合格率");
}

// A budget's parts after a change in percent said of it: the parts are the budget's.
TEST(GeneralReading, ABudgetsPartsAfterAChangeInPercent) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县投资促进局2023年度项目支出绩效自评报告",
      "（一）重点产业招商推介会经费",
      "2023年全年预算58.07万元，比上年增长0.4%，其中财政拨款50.00万元；截至2023年12月31日累计拨付48.39万元。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  EXPECT_EQ(parsed->evaluation.projects[0].budget.total, Yuan("580700"));
  EXPECT_EQ(parsed->evaluation.projects[0].budget.fiscal, Yuan("500000"));
}

TEST(GeneralReading, AnIndicatorTableOnItsSideIsReadAColumnAtATime) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "附表　农业科技示范基地建设资金绩效自评表",
      "项目名称\t农业科技示范基地建设资金",
      "指标\t开展实用技术培训人次\t示范基地验收合格率\t服务企业满意度",
      "指标类别\t数量指标\t质量指标\t服务对象满意度指标",
      "年度目标值\t≥4360人次\t≥100%\t不低于85%",
      "实际完成值\t4229人次\t100%\t90.4%",
      "分值\t13\t11\t10",
      "得分\t12.61\t11\t10",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  ASSERT_EQ(indicators.size(), 3u);
  EXPECT_EQ(indicators[0].name, "开展实用技术培训人次");
  EXPECT_EQ(indicators[0].target, ParseFixed<Quantity>("4360").value());
  EXPECT_EQ(indicators[0].actual, ParseFixed<Quantity>("4229").value());
  EXPECT_EQ(indicators[0].score_stated, ParseFixed<Points>("12.61").value());
  EXPECT_EQ(indicators[1].level2.value_or(""), "质量指标");
  EXPECT_EQ(indicators[2].actual, ParseFixed<Quantity>("90.4").value());
  // As pdftotext -layout writes it, columns apart by spaces, a name holding a column's word.
  auto laid_out = ReadGeneral(TextDocumentFromLines({
      "附表　气象灾害预警信息发布经费绩效自评表",
      "项目名称    气象灾害预警信息发布经费",
      "三级指标  发布预警信息条数  项目完成率  资金拨付及时率",
      "指标值    ≥662条            ≥95%        ≥100%",
      "完成值    695条                  92.7%            100%",
      "权重                    12          13              11",
      "得分                    12       12.69              11",
  }));
  ASSERT_TRUE(laid_out);
  ASSERT_EQ(laid_out->evaluation.projects.size(), 1u);
  ASSERT_EQ(laid_out->evaluation.projects[0].indicators.size(), 3u);
  EXPECT_EQ(laid_out->evaluation.projects[0].indicators[1].name, "项目完成率");
  EXPECT_EQ(laid_out->evaluation.projects[0].indicators[1].score_stated, ParseFixed<Points>("12.69").value());
  // With rows of each indicator's nature and unit, read past.
  auto with_units = ReadGeneral(TextDocumentFromLines({
      "附表　农业气象服务经费绩效自评表",
      "项目名称\t农业气象服务经费",
      "三级指标\t发布农业气象服务产品期数\t项目完成率\t减少冰雹灾害损失",
      "指标性质\t≥\t≥\t定性",
      "计量单位\t期\t%\t—",
      "年度指标值\t82\t100\t持续稳定",
      "实际完成值\t82\t98.6\t持续稳定",
      "分值\t14\t12\t30",
      "得分\t14\t11.83\t30",
  }));
  ASSERT_TRUE(with_units);
  ASSERT_EQ(with_units->evaluation.projects.size(), 1u);
  const auto& measured = with_units->evaluation.projects[0].indicators;
  ASSERT_EQ(measured.size(), 3u);
  EXPECT_EQ(measured[1].actual, ParseFixed<Quantity>("98.6").value());
  EXPECT_EQ(measured[1].score_stated, ParseFixed<Points>("11.83").value());
  EXPECT_EQ(measured[2].actual_text.value_or(""), "持续稳定");
}

TEST(GeneralReading, ASelfEvaluationCarryingTheMidYearMonitoring) {
  // The year's figures beside the monitoring's (截至6月底已支出…, 预计全年执行…, a 1-6月完成值
  // column): the year's are read. A fund named with a section's word (信访问题) is a project.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县信访局2024年度项目支出绩效自评报告",
      "（一）特殊疑难信访问题救助资金",
      "该项目全年预算数69.88万元。年中绩效运行监控显示，截至6月底已支出15.25万元，预计全年执行68.92万元。"
      "截至12月31日，全年实际支出60.45万元，预算执行率86.51%。",
      "一级指标\t二级指标\t三级指标\t年度指标值\t1-6月完成值\t全年完成值\t分值\t得分",
      "产出指标\t数量指标\t救助困难信访群众\t≥30人\t14人\t30人\t8\t8",
      "\t时效指标\t救助资金发放及时率\t≥100%\t96%\t98%\t10\t9.8",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const Project& project = parsed->evaluation.projects[0];
  EXPECT_EQ(project.name, "特殊疑难信访问题救助资金");
  EXPECT_EQ(project.budget.total, Yuan("698800"));
  EXPECT_EQ(project.executed, Yuan("604500"));
  ASSERT_EQ(project.indicators.size(), 2u);
  EXPECT_EQ(project.indicators[0].actual, ParseFixed<Quantity>("30").value());
  EXPECT_EQ(project.indicators[1].actual, ParseFixed<Quantity>("98").value());
}

TEST(GeneralReading, ATargetAndWhatWasReachedInOneCell) {
  // A column headed "年度指标值/实际完成值" (and "分值/得分"): each cell holds both, cut at the slash
  // that leaves a value on each side (not the one of a unit: "元/人").
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县司法局普法宣传教育经费项目支出绩效自评表",
      "一级指标\t二级指标\t三级指标\t年度指标值/实际完成值\t分值/得分",
      "产出指标\t数量指标\t开展普法宣传活动场次\t≥28场/30场\t11/11",
      "\t成本指标\t人均培训成本\t≤120元/人/118元/人\t10/10",
      "效益指标\t社会效益指标\t群众法治意识\t进一步提高/有所提高\t14/12.6",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  ASSERT_EQ(indicators.size(), 3u);
  EXPECT_EQ(indicators[0].target, ParseFixed<Quantity>("28").value());
  EXPECT_EQ(indicators[0].actual, ParseFixed<Quantity>("30").value());
  EXPECT_EQ(indicators[0].score_stated, ParseFixed<Points>("11").value());
  EXPECT_EQ(indicators[1].target, ParseFixed<Quantity>("120").value());
  EXPECT_EQ(indicators[1].actual, ParseFixed<Quantity>("118").value());
  EXPECT_EQ(indicators[2].actual_text.value_or(""), "有所提高");
  EXPECT_EQ(indicators[2].score_stated, ParseFixed<Points>("12.6").value());
  // Said by their words in one cell, under a header naming both.
  auto worded = ReadGeneral(TextDocumentFromLines({
      "某县残疾人联合会残疾儿童康复救助资金项目支出绩效自评表",
      "一级指标\t二级指标\t三级指标\t指标完成情况（目标及实际）\t分值\t得分",
      "产出指标\t数量指标\t救助残疾儿童人数\t目标不少于44人，完成43人\t9\t8.8",
      "\t质量指标\t资金使用合规率\t目标≥100%，实际98.6%\t9\t8.87",
      "效益指标\t可持续影响指标\t助残服务体系\t目标：长期有效；实际：长期有效\t15\t15",
  }));
  ASSERT_TRUE(worded);
  ASSERT_EQ(worded->evaluation.projects.size(), 1u);
  const auto& said = worded->evaluation.projects[0].indicators;
  ASSERT_EQ(said.size(), 3u);
  EXPECT_EQ(said[0].target, ParseFixed<Quantity>("44").value());
  EXPECT_EQ(said[0].actual, ParseFixed<Quantity>("43").value());
  EXPECT_EQ(said[0].score_stated, ParseFixed<Points>("8.8").value());
  EXPECT_EQ(said[1].actual, ParseFixed<Quantity>("98.6").value());
  EXPECT_EQ(said[2].actual_text.value_or(""), "长期有效");
  // A budget and its execution the same way (预算及执行情况: 预算…，执行…).
  auto worded_funds = ReadGeneral(TextDocumentFromLines({
      "某县残疾人联合会残疾儿童康复救助资金项目支出绩效自评表",
      "项目资金\t资金来源\t预算及执行情况\t分值\t得分",
      "\t年度资金总额\t预算179.5607万元，执行164.3303万元，执行率91.52%\t10\t9.15",
      "\t其中：财政拨款\t预算179.5607万元，执行164.3303万元\t—\t—",
  }));
  ASSERT_TRUE(worded_funds);
  ASSERT_EQ(worded_funds->evaluation.projects.size(), 1u);
  EXPECT_EQ(worded_funds->evaluation.projects[0].budget.total, Yuan("1795607"));
  EXPECT_EQ(worded_funds->evaluation.projects[0].budget.fiscal, Yuan("1795607"));
  EXPECT_EQ(worded_funds->evaluation.projects[0].executed, Yuan("1643303"));
  // The funds too, their unit in the joined header, the rows laid out by spaces.
  auto funds = ReadGeneral(TextDocumentFromLines({
      "某县气象局自动气象站运行维护经费项目支出绩效自评表",
      "预算执行情况 资金类别 全年预算数/全年执行数（万元） 执行率 分值/得分",
      "年度资金总额 44.21/42.32 95.72% 10/9.57",
  }));
  ASSERT_TRUE(funds);
  ASSERT_EQ(funds->evaluation.projects.size(), 1u);
  EXPECT_EQ(funds->evaluation.projects[0].budget.total, Yuan("442100"));
  EXPECT_EQ(funds->evaluation.projects[0].executed, Yuan("423200"));
}

TEST(GeneralReading, AGroupsNumberedHeadingAmongASummarysRowsGoesOnWithTheTable) {
  // A sheet's merged row grouping a summary's rows by unit, read as a line of its own.
  TextDocument document = TextDocumentFromLines({"某县2021年度项目支出绩效自评结果汇总表", "单位：万元"});
  document.lines.push_back(MakeRow({"序号", "项目名称", "年度预算（万元）", "实际支出（万元）", "执行率"}));
  document.lines.push_back(TextDocumentFromLines({"一、某县司法局（2个项目）"}).lines[0]);
  document.lines.push_back(MakeRow({"1", "法律援助专项经费", "149.9903", "130.0085", "86.68%"}));
  document.lines.push_back(MakeRow({"2", "人民调解以奖代补资金", "233.9667", "190.7998", "81.55%"}));
  document.lines.push_back(TextDocumentFromLines({"二、某县粮食和物资储备局（1个项目）"}).lines[0]);
  document.lines.push_back(MakeRow({"1", "地方储备粮轮换费用补贴", "235.1151", "170.1669", "72.38%"}));
  for (std::size_t i = 0; i < document.lines.size(); ++i) document.lines[i].number = static_cast<int>(i + 1);
  auto parsed = ReadGeneral(document);
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 3u);
  EXPECT_EQ(projects[2].name, "地方储备粮轮换费用补贴");
  EXPECT_EQ(projects[2].budget.total, Yuan("2351151"));
}

TEST(GeneralReading, AGradeInWordsBeforeTheFiguresIsNoFigure) {
  // A summary grouped by grade, its grade cell merged over the rows below (they leave it out).
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县财政局关于2022年度重点项目绩效评价情况的报告",
      "评价等级 项目名称 实施单位 评价资金（万元） 执行数（万元） 资金执行率 评价得分",
      "良 城镇老旧小区改造项目 某县住房和城乡建设局 368.04 299.32 81.33% 81",
      "公益性岗位补贴 某县人力资源和社会保障局 492.43 410.49 83.36% 82.6",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[0].budget.total, Yuan("3680400"));
  EXPECT_EQ(projects[1].budget.total, Yuan("4924300"));  // not shifted a column by the grade left out
  EXPECT_EQ(projects[1].executed, Yuan("4104900"));
  EXPECT_EQ(projects[1].execution_rate_stated, Pct("83.36"));
}

TEST(GeneralReading, AnIndicatorHeaderOverTwoRowsWithAGroupCell) {
  // "绩效指标值" spans 年度指标值 and 实际完成值 written on the header's second row, alone (text)
  // or under the other headers' empty cells (a table's rows).
  for (const char* second : {"年度指标值\t实际完成值", "\t\t\t\t年度指标值\t实际完成值\t\t"}) {
    auto parsed = ReadGeneral(TextDocumentFromLines({
        "项目名称\t动物疫病防控专项经费",
        "绩效指标\t一级指标\t二级指标\t三级指标\t绩效指标值\t分值\t得分",
        second,
        "\t产出指标\t数量指标\t补贴发放农户数\t≥2790户\t2748户\t15\t14.77",
    }));
    ASSERT_TRUE(parsed);
    ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
    const auto& indicators = parsed->evaluation.projects[0].indicators;
    ASSERT_EQ(indicators.size(), 1u) << second;
    EXPECT_EQ(indicators[0].target, ParseFixed<Quantity>("2790").value());
    EXPECT_EQ(indicators[0].actual, ParseFixed<Quantity>("2748").value());
    EXPECT_EQ(indicators[0].score_stated, ParseFixed<Points>("14.77").value());
  }
}

TEST(GeneralReading, AFundsHeaderOverTwoRowsWithASubtotal) {
  // 全年预算数 over 小计 | 财政拨款 | 其他资金: 小计 is the budget, the others its parts.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "| 序号 | 项目名称 | 全年预算数（万元） |  |  | 全年执行数（万元） | 执行率 |",
      "|  |  | 小计 | 财政拨款 | 其他资金 |  |  |",
      "|---|---|---|---|---|---|---|",
      "| 1 | 农村公路养护工程 | 293.041 | 278.898 | 14.143 | 290.696 | 99.20% |",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const Project& p = parsed->evaluation.projects[0];
  EXPECT_EQ(p.budget.total, Yuan("2930410"));
  EXPECT_EQ(p.budget.fiscal, Yuan("2788980"));
  EXPECT_EQ(p.budget.other, Yuan("141430"));
  EXPECT_EQ(p.executed, Yuan("2906960"));
  EXPECT_EQ(p.execution_rate_stated, Pct("99.20"));
}

TEST(GeneralReading, IndicatorsStatedByTheirValueAndWhatWasReached) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县农村公路养护工程绩效自评报告",
      "“改造危桥数量”指标值≥35座，全年实际完成39座，得10分。“项目完成时限”预期目标为按期完成，实际完成情况为按期完成，得10分。",
      "道路通行安全水平：年度指标值有效提升，全年实际值有效提升，该项得分18分。",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  auto find = [&](const char* name) { return Named(indicators, name); };
  ASSERT_NE(find("改造危桥数量"), nullptr);
  EXPECT_EQ(find("改造危桥数量")->target, ParseFixed<Quantity>("35").value());
  EXPECT_EQ(find("改造危桥数量")->actual, ParseFixed<Quantity>("39").value());
  EXPECT_EQ(find("改造危桥数量")->score_stated, ParseFixed<Points>("10").value());
  ASSERT_NE(find("项目完成时限"), nullptr);
  EXPECT_EQ(find("项目完成时限")->actual_text.value_or(""), "按期完成");
  ASSERT_NE(find("道路通行安全水平"), nullptr);
  EXPECT_EQ(find("道路通行安全水平")->score_stated, ParseFixed<Points>("18").value());
}

TEST(GeneralReading, IndicatorsInSentences) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县产业扶贫项目绩效自评报告",
      "项目资金共603万元，已完成拨付603万元，执行率100%。",
      "预定村集体收入60.3万元，实际已完成村集体收入60.3万元。",
      "①数量指标：雨水资源化利用125万吨/年；内涝积水区段消除比例达到40%。",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  ASSERT_EQ(indicators.size(), 3u);
  EXPECT_EQ(indicators[0].name, "村集体收入");
  EXPECT_EQ(indicators[0].target, *ParseFixed<Quantity>("60.3"));
  EXPECT_EQ(indicators[0].unit, "万元");
  EXPECT_EQ(indicators[1].name, "雨水资源化利用");
  EXPECT_EQ(indicators[1].unit, "万吨/年");
  EXPECT_EQ(indicators[2].comparator, Comparator::kGreaterEqual);
}

TEST(GeneralReading, TransferPaymentNamesAFundNotAPayment) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "2021年度省财政厅下达中央转移支付专项资金共5000万元，其中下达市县3000万元。",
  }));
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->evaluation.funds.budget_total, Yuan("50000000"));
  EXPECT_FALSE(parsed->evaluation.funds.executed_total);
}

TEST(GeneralReading, APerHeadStandardIsNoBudget) {
  auto parsed = ReadGeneral(TextDocumentFromLines({"我校按生均800元安排公用经费，共计160万元，已支出120万元。"}));
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->evaluation.funds.budget_total, Yuan("1600000"));
  EXPECT_EQ(parsed->evaluation.funds.executed_total, Yuan("1200000"));
}

TEST(GeneralReading, ASentenceThatRefersBackToTheProjectIsAboutIt) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "（1）城北道路改造工程项目资金拨付率100%。该项目按工程进度拨付资金，截至年底已拨付资金80万元。",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  EXPECT_EQ(parsed->evaluation.projects[0].name, "城北道路改造工程项目");
  EXPECT_EQ(parsed->evaluation.projects[0].executed, Yuan("800000"));
  EXPECT_FALSE(parsed->evaluation.funds.executed_total);
}

TEST(GeneralReading, AFundThatAddsUpItsListedPartsIsTheWhole) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "共下达某市文物保护专项经费500万元，具体为下达古城墙修缮工程300万元、博物馆安防改造工程200万元。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  EXPECT_EQ(ev.funds.budget_total, Yuan("5000000"));  // not a project named 某市文物保护专项经费
  ASSERT_EQ(ev.projects.size(), 2u);
  EXPECT_EQ(ev.projects[0].name, "古城墙修缮工程");
  EXPECT_EQ(ev.projects[1].budget.total, Yuan("2000000"));
}

TEST(GeneralReading, TheProjectNamedAfterAFigureIsItsProject) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "一是市图书馆，下达预算资金300万元，项目是市图书馆古籍数字化保护项目。",
      // A wrapped PDF line: spaces inside words; 该项目 is the project named just before.
      "2022 年社区文化活动项目评价报告 一、项目基本情况 年初安排预算资金 2 万元用 于开展该项目，主要用于购买图书。",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[0].name, "市图书馆古籍数字化保护项目");
  EXPECT_EQ(projects[0].budget.total, Yuan("3000000"));
  EXPECT_EQ(projects[1].name, "2022 年社区文化活动项目");
  EXPECT_EQ(projects[1].budget.total, Yuan("20000"));
  EXPECT_FALSE(parsed->evaluation.funds.budget_total);
}

TEST(GeneralReading, APartedTotalOfTheProjectTheSentenceNamesStaysItsOwn) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "今年我校实施的项目为：城区学校路灯维护项目，安排资金共计100万元，其中上级资金60万元，本级40万元。",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  EXPECT_EQ(parsed->evaluation.projects[0].budget.total, Yuan("1000000"));
  EXPECT_FALSE(parsed->evaluation.funds.budget_total);
}

TEST(GeneralReading, AFigureUsedForAProjectIsThatProjects) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县2021年度体育彩票公益金绩效自评报告",
      "2021年度下达我县体育彩票公益金补助资金120万元，用于城东全民健身中心建设项目，项目已完工。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  const Project* it = Named(ev.projects, "城东全民健身中心建设项目");
  ASSERT_NE(it, nullptr);
  EXPECT_EQ(it->budget.total, Yuan("1200000"));
}

TEST(GeneralReading, WithoutATitleTheOpeningSentenceNamesTheSubject) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某某镇人民政府：",
      "根据有关文件精神，现将2023年某某镇农村供水管网改造项目绩效目标自评报告如下：",
      "一、资金投入情况",
      "下达建设资金80万元，全部用于管网改造。项目完工后受益群众满意度98%。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 1u);
  EXPECT_EQ(ev.projects[0].name, "某某镇农村供水管网改造项目");
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("800000"));
  ASSERT_TRUE(ev.projects[0].satisfaction);
  EXPECT_EQ(ev.projects[0].satisfaction->stated, Pct("98"));
  EXPECT_EQ(ev.year, 2023);
}

TEST(GeneralReading, NumberedProjectsNameTheirFiguresAndSatisfaction) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "本单位涉及中央对地方转移支付项目2个，自评结果如下：",
      "项目一：某财农〔2023〕12号牧区饮水安全补助，项目全年预算数50万元，执行数50万元，完成预算的100%。",
      "项目二：某财预〔2023〕34号草原生态保护补助奖励，全年执行率90%。改善了牧民生活，使牧民满意度达到95%以上。",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[0].name, "牧区饮水安全补助");
  EXPECT_EQ(projects[0].execution_rate_stated, Pct("100"));
  EXPECT_EQ(projects[1].name, "草原生态保护补助奖励");
  EXPECT_EQ(projects[1].execution_rate_stated, Pct("90"));
  ASSERT_TRUE(projects[1].satisfaction);
  EXPECT_EQ(projects[1].satisfaction->stated, Pct("95"));
}

TEST(GeneralReading, FundsNamedInQuotesBeforeEtcAreProjects) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "2022年度我局开展了部门整体支出绩效自评，涉及一般公共预算支出1200万元。",
      "同时对“农业科技推广专项资金——良种补贴”、“乡村振兴专项资金——产业发展”等专项资金开展绩效自评，"
      "另对“重点研发计划专项资金”开展了重点评价。",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);  // the third name is not listed before 等
  EXPECT_EQ(projects[0].name, "农业科技推广专项资金——良种补贴");
  EXPECT_EQ(projects[1].name, "乡村振兴专项资金——产业发展");
}

TEST(GeneralReading, ABudgetToSpendIsABudgetAndSpendingProgressIsTheRate) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某区2023年度部门整体支出绩效自评报告",
      "本部门收入预算2000万元，支出预算2000万元，全年实际支出1850.5万元，资金支出进度92.53%。",
  }));
  auto completed = ReadGeneral(TextDocumentFromLines({"部门收支总预算1500万元，决算支出1450万元，预算完成率96.67%。"}));
  ASSERT_TRUE(completed);
  EXPECT_EQ(completed->evaluation.funds.execution_rate_stated, Pct("96.67"));
  auto reimbursed = ReadGeneral(TextDocumentFromLines({"下达资金150万元，报账120万元，报账率80%。"}));
  ASSERT_TRUE(reimbursed);
  EXPECT_EQ(reimbursed->evaluation.funds.executed_total, Yuan("1200000"));
  EXPECT_EQ(reimbursed->evaluation.funds.execution_rate_stated, Pct("80"));
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->evaluation.funds.budget_total, Yuan("20000000"));
  EXPECT_EQ(parsed->evaluation.funds.executed_total, Yuan("18505000"));
  EXPECT_EQ(parsed->evaluation.funds.execution_rate_stated, Pct("92.53"));
}

TEST(GeneralReading, ThePartsOfABudgetAreItsFiscalAndOtherParts) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县2023年度农村饮水安全项目绩效自评报告",
      "项目全年预算数100万元（其中：财政拨款80万元，其他资金20万元），全年执行数90万元，执行率90%。",
      "部门预算总额856.32万元，其中基本支出600万元，项目支出256.32万元。",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const Project& p = parsed->evaluation.projects[0];
  EXPECT_EQ(p.budget.total, Yuan("1000000"));
  EXPECT_EQ(p.budget.fiscal, Yuan("800000"));
  EXPECT_EQ(p.budget.other, Yuan("200000"));
  EXPECT_EQ(p.executed, Yuan("900000"));  // not 基本支出600万元, a part of a budget
}

TEST(GeneralReading, ATotalAfterItsPartsIsTheWhole) {
  // Parts by source (上级下达…, 县级配套…) of the fund the first names: the total is that fund's
  // budget, and what was spent, the one fund's.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县2022年度专项资金绩效自评报告",
      "上级下达农业产业发展专项资金1000万元，县级配套资金200万元，共计1200万元。累计支出1100万元。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 1u);
  EXPECT_EQ(ev.projects[0].name, "农业产业发展专项资金");
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("12000000"));
  EXPECT_EQ(ev.projects[0].executed, Yuan("11000000"));
  // Parts naming no source are parts of the department's total.
  auto unnamed = ReadGeneral(TextDocumentFromLines({
      "某县2022年度专项资金绩效自评报告",
      "下达农业产业发展专项资金1000万元，追加资金200万元，共计1200万元。累计支出1100万元。",
  }));
  ASSERT_TRUE(unnamed);
  EXPECT_EQ(unnamed->evaluation.funds.budget_total, Yuan("12000000"));
  EXPECT_EQ(unnamed->evaluation.funds.executed_total, Yuan("11000000"));
}

TEST(GeneralReading, FiguresUnderAHeadingThatNamesAProjectAreItsOwn) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某局2022年度项目支出绩效自评报告",
      "（一）办公楼维修项目",
      "年初预算50万元，调整后预算60万元，实际支出58万元，执行率96.67%。",
      "1.资金使用情况",
      "按合同进度支付，无挪用。",
      "（二）信息化建设项目",
      "预算安排资金30万元，截至年底支付25万元，预算执行率83.33%。",
      "三、存在的问题",
      "部门全年预算数200万元。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 2u);
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("600000"));  // the adjusted budget, not 年初
  EXPECT_EQ(ev.projects[0].executed, Yuan("580000"));
  EXPECT_EQ(ev.projects[1].budget.total, Yuan("300000"));
  EXPECT_EQ(ev.projects[1].execution_rate_stated, Pct("83.33"));
  EXPECT_EQ(ev.funds.budget_total, Yuan("2000000"));  // a higher heading ends the project's part
}

TEST(GeneralReading, EachProjectNamedInASentenceTakesTheFiguresAfterIt) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县2023年度部门整体支出绩效自评报告",
      "城区道路维修项目（预算80万元，支出78.6万元），背街小巷改造项目（预算120万元，支出100万元）。",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[1].name, "背街小巷改造项目");
  EXPECT_EQ(projects[1].budget.total, Yuan("1200000"));
  EXPECT_EQ(projects[1].executed, Yuan("1000000"));
}

TEST(GeneralReading, LinesAfterAProjectNameKeyAreThatProjects) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县2023年度项目支出绩效自评报告",
      "项目名称：城区道路维修项目", "主管部门：某县住建局", "项目资金：80万元", "实际支出：78.6万元", "执行率：98.25%",
      "项目名称：背街小巷改造项目", "项目资金：120万元", "实际支出：100万元", "执行率：83.33%",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 2u);
  EXPECT_EQ(ev.projects[0].executed, Yuan("786000"));
  EXPECT_EQ(ev.projects[0].execution_rate_stated, Pct("98.25"));
  EXPECT_EQ(ev.projects[1].executed, Yuan("1000000"));
  EXPECT_FALSE(ev.funds.executed_total);
}

TEST(GeneralReading, CountedProjectsIncomePartsAndBudgetsAdjustedToAFigure) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县2023年度部门整体支出绩效自评报告",
      "部门预算收入3000万元，其中一般公共预算拨款2800万元。年初预算2900万元，年中调整至3000万元。",
      "本年度共实施项目5个，项目预算资金共计860万元，实际支出820万元，执行率95.35%。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  EXPECT_EQ(ev.funds.budget_total, Yuan("30000000"));  // neither 收入's part nor 年初
  EXPECT_TRUE(ev.projects.empty());                      // 实施项目5个 names no project
}

TEST(GeneralReading, IndicatorsStatedAsATargetThenWhatWasReached) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县2023年度职业技能培训项目绩效自评报告",
      "项目资金共50万元，已支付48万元，执行率96%。",
      "1.数量指标：培训人数目标300人，实际完成320人；",
      "（2）培训合格率：年度目标≥90%，实际完成95%。",
      "4.满意度指标：学员满意度目标≥90%，实际完成96%。",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const Project& p = parsed->evaluation.projects[0];
  ASSERT_EQ(p.indicators.size(), 3u);
  EXPECT_EQ(p.indicators[0].name, "培训人数");
  EXPECT_EQ(p.indicators[0].target, *ParseFixed<Quantity>("300"));
  EXPECT_EQ(p.indicators[0].actual, *ParseFixed<Quantity>("320"));
  EXPECT_EQ(p.indicators[1].name, "培训合格率");
  EXPECT_EQ(p.indicators[1].comparator, Comparator::kGreaterEqual);
  EXPECT_EQ(p.indicators[1].actual, *ParseFixed<Quantity>("95"));
  ASSERT_TRUE(p.satisfaction);
  EXPECT_EQ(p.satisfaction->stated, Pct("96"));  // reached, not the target 90
}

TEST(GeneralReading, TargetsAndWhatWasReachedSaidInWords) {
  // The year's target named right after the indicator, what was reached "全年实际达到"; a time in
  // quotes or around a date; what was reached after clauses on how it was measured; the points.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县林业局2021年度国土绿化项目绩效自评报告",
      "该项目预算资金739,057.00元，实际支付682,179.17元，执行率92.30%。",
      "绩效目标完成情况：①森林火灾受害率年度目标不高于1‰，全年实际达到0.6‰，达到预期，得17分；"
      "②补助资金发放时间：目标为“12月底前完成”，实际已按期完成，得16分；"
      "③项目完成时间：目标为“2021年12月底前”，实际2021年12月完成，得19分；"
      "④护林员满意度：目标值不低于95%，发放并收回有效问卷547份，表示满意和基本满意的511份，实际满意度93.42%，得9.83分。",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const Project& p = parsed->evaluation.projects[0];
  const Indicator* fire = Named(p.indicators, "森林火灾受害率");
  ASSERT_NE(fire, nullptr);
  EXPECT_EQ(fire->comparator, Comparator::kLessEqual);
  EXPECT_EQ(fire->target, *ParseFixed<Quantity>("1"));
  EXPECT_EQ(fire->actual, *ParseFixed<Quantity>("0.6"));
  EXPECT_EQ(fire->score_stated, *ParseFixed<Points>("17"));
  const Indicator* paid = Named(p.indicators, "补助资金发放时间");
  ASSERT_NE(paid, nullptr);
  EXPECT_EQ(paid->target_text, "12月底前完成");
  EXPECT_EQ(paid->actual_text, "已按期完成");
  const Indicator* done = Named(p.indicators, "项目完成时间");
  ASSERT_NE(done, nullptr);
  EXPECT_EQ(done->target_text, "2021年12月底前");
  EXPECT_EQ(done->actual_text, "2021年12月完成");
  EXPECT_EQ(done->score_stated, *ParseFixed<Points>("19"));
  const Indicator* satisfied = Named(p.indicators, "护林员满意度");
  ASSERT_NE(satisfied, nullptr);
  EXPECT_EQ(satisfied->actual, *ParseFixed<Quantity>("93.42"));
  EXPECT_EQ(satisfied->score_stated, *ParseFixed<Points>("9.83"));
  // The points after the share of the target reached.
  auto share = ReadGeneral(TextDocumentFromLines({
      "动物疫病强制免疫补助经费绩效自评报告",
      "绩效目标完成情况：①畜禽强制免疫数量计划144万头只，实际完成144万头只，完成率100%，得29分；"
      "②畜禽免疫密度：目标值不低于95%，实际值98.7%，得25分（满分25分）。",
  }));
  ASSERT_TRUE(share);
  ASSERT_EQ(share->evaluation.projects.size(), 1u);
  const Indicator* immunised = Named(share->evaluation.projects[0].indicators, "畜禽强制免疫数量");
  ASSERT_NE(immunised, nullptr);
  EXPECT_EQ(immunised->actual, Quantity::FromWhole(144));
  EXPECT_EQ(immunised->score_stated, *ParseFixed<Points>("29"));
  // A line of its own stating both in words, no figure on it.
  auto words_only = ReadGeneral(TextDocumentFromLines({
      "（2）石门村村组道路硬化工程",
      "该项目安排衔接资金508.67万元，截至年底支出508.67万元，执行率100%。",
      "③项目完成时限：年度目标按期完成，实际完成按期完成。",
  }));
  ASSERT_TRUE(words_only);
  ASSERT_EQ(words_only->evaluation.projects.size(), 1u);
  const Indicator* in_time = Named(words_only->evaluation.projects[0].indicators, "项目完成时限");
  ASSERT_NE(in_time, nullptr);
  EXPECT_EQ(in_time->target_text, "按期完成");
  EXPECT_EQ(in_time->actual_text, "按期完成");
}

TEST(GeneralReading, WhatWasReachedMeasuredAgainstItsTargetInManyWordings) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "（一）良种繁育基地建设项目",
      "该项目安排预算资金164.74万元，全年支付164.74万元，资金支付率100%。",
      "预定建设良种繁育基地3510亩，实际已完成建设良种繁育基地3660亩。",
      "开展满意度调查，灌区群众满意度为92%，高于85%的目标。",
      "政策知晓率为93.7%（年度指标值≥90%）。",
      "险情处置响应时间控制在3小时以内，实际为3小时。",
      "每亩水域年保洁成本不超过78元，实际75元。",
      "售茧蚕农满意度达95%以上，实际达到97.4%。",
      "推广省力化蚕台493套，完成年度目标任务440套的112%。",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  struct Want {
    const char* name;
    int target;
    const char* actual;
    std::optional<Comparator> comparator;
  };
  const Want wants[] = {
      {"建设良种繁育基地", 3510, "3660", std::nullopt},
      {"灌区群众满意度", 85, "92", std::nullopt},
      {"政策知晓率", 90, "93.7", Comparator::kGreaterEqual},
      {"险情处置响应时间", 3, "3", Comparator::kLessEqual},
      {"每亩水域年保洁成本", 78, "75", Comparator::kLessEqual},
      {"售茧蚕农满意度", 95, "97.4", Comparator::kGreaterEqual},
      {"推广省力化蚕台", 440, "493", std::nullopt},
  };
  for (const Want& w : wants) {
    const Indicator* i = Named(indicators, w.name);
    ASSERT_NE(i, nullptr) << w.name;
    EXPECT_EQ(i->target, Quantity::FromWhole(w.target)) << w.name;
    EXPECT_EQ(i->actual, *ParseFixed<Quantity>(w.actual)) << w.name;
    if (w.comparator) {
      EXPECT_EQ(i->comparator, w.comparator) << w.name;
    }
  }
}

TEST(GeneralReading, ThePointsAfterAnIndicatorInTheirWordings) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县网信办2022年度网络安全宣传经费绩效自评报告",
      "该项目全年预算59.44万元，全年执行59.44万元。",
      "2.数量指标：预定覆盖群众7250人次，实际已完成覆盖群众7750人次，该指标分值13分，得13分。",
      "6.社会效益指标：政策知晓率目标值≥90%，实际达到90.9%（分值 15 分，得分 14.5 分）。",
      "参训教师满意度为95.2%，高于85%的目标，该指标分值10分，得10分。",
      "1.数量指标：引进新品种 6 个，完成年度目标任务 5 个的 120%，得分 9 分。",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  for (auto [name, weight, score] : {std::tuple{"覆盖群众", "13", "13"}, std::tuple{"政策知晓率", "15", "14.5"},
                                     std::tuple{"参训教师满意度", "10", "10"}, std::tuple{"引进新品种", "", "9"}}) {
    const Indicator* i = Named(indicators, name);
    ASSERT_NE(i, nullptr) << name;
    if (*weight) {
      EXPECT_EQ(i->weight, *ParseFixed<Points>(weight)) << name;
    }
    EXPECT_EQ(i->score_stated, *ParseFixed<Points>(score)) << name;
  }
}

TEST(GeneralReading, ClausesBesideIndicatorsStateIndicatorsToo) {
  // In a sentence whose clauses state indicators, a name with one figure is what was reached, or
  // the target when a comparison says so; the funds' figures and counts of indicators are not.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "（一）灌区渠道清淤维护经费",
      "该项目安排预算资金164.74万元，全年支付164.74万元，资金支付率100%。清淤渠道长度达到64公里；"
      "完成有效灌溉面积8万亩，年度目标为7万亩；下游群众满意度目标值不低于90%；完成新建防渗渠道 572 米。",
      "绩效指标设置5个，完成培训20人次，年度目标为20人次。",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  const Indicator* length = Named(indicators, "清淤渠道长度");
  ASSERT_NE(length, nullptr);
  EXPECT_EQ(length->actual, Quantity::FromWhole(64));
  EXPECT_FALSE(length->target);
  const Indicator* satisfied = Named(indicators, "下游群众满意度");
  ASSERT_NE(satisfied, nullptr);
  EXPECT_EQ(satisfied->target, Quantity::FromWhole(90));
  EXPECT_EQ(satisfied->comparator, Comparator::kGreaterEqual);
  EXPECT_FALSE(satisfied->actual);
  const Indicator* channels = Named(indicators, "新建防渗渠道");
  ASSERT_NE(channels, nullptr);
  EXPECT_EQ(channels->actual, Quantity::FromWhole(572));
  EXPECT_EQ(Named(indicators, "资金支付率"), nullptr);
  EXPECT_EQ(Named(indicators, "绩效指标设置"), nullptr);
}

TEST(GeneralReading, AnIndicatorClauseAtTheTextsVeryEndIsReadWithoutPoints) {
  // What was reached closing the text on a one-byte character: no clause of points after it to
  // look into (fuzz/regressions/report/points-clause-past-the-end).
  auto parsed = ReadGeneral(TextDocumentFromLines({"某县培训项目绩效自评报告", "培训人数：年度目标300人，实际完成320人("}));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const Indicator* trained = Named(parsed->evaluation.projects[0].indicators, "培训人数");
  ASSERT_NE(trained, nullptr);
  EXPECT_EQ(trained->actual, Quantity::FromWhole(320));
  EXPECT_FALSE(trained->score_stated);
}

TEST(GeneralReading, TargetsSaidAsWhatWasPlannedOrRequiredThenWhatWasDone) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "草原生态保护补助奖励资金2019年度绩效自评报告",
      "（一）项目资金情况。2019年该项目预算安排资金14,260,318.46元，全年支出14,260,318.46元，执行率100%。",
      "1.产出指标：落实禁牧面积原计划44万亩以上，现已完成45万亩；落实草畜平衡面积要求≥63万亩，实际做到63万亩；"
      "资金兑付时间设定为11月底前兑付到户，实际11月20日前兑付到户。",
      "2.效益指标：草原综合植被盖度设定值60%、完成值55.8%。",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  EXPECT_EQ(indicators.size(), 4u);  // 原 of 原计划 names no other indicator
  for (auto [name, target, actual] : {std::tuple{"落实禁牧面积", "44", "45"}, std::tuple{"落实草畜平衡面积", "63", "63"},
                                      std::tuple{"草原综合植被盖度", "60", "55.8"}}) {
    const Indicator* i = Named(indicators, name);
    ASSERT_NE(i, nullptr) << name;
    EXPECT_EQ(i->target, *ParseFixed<Quantity>(target)) << name;
    EXPECT_EQ(i->actual, *ParseFixed<Quantity>(actual)) << name;
  }
  const Indicator* paid = Named(indicators, "资金兑付时间");
  ASSERT_NE(paid, nullptr);
  EXPECT_EQ(paid->target_text, "11月底前兑付到户");
  EXPECT_EQ(paid->actual_text, "11月20日前兑付到户");
}

TEST(GeneralReading, AnEvaluatorsFindingPerIndicator) {
  // A third party's finding: the indicator named by a numbered sentence, its target, how it was
  // checked, what was found, the verdict and what was taken off, the score and its weight.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "关于洛隆县职业中学2022年中职学生生活补助资金的绩效评价报告",
      "（1）资助家庭经济困难学生。绩效目标 1170 人次，评价组通过核对验收资料核实，实际为 1075 人次，未达到目标，"
      "按完成比例扣 1.62 分，得 18.38 分（该项分值 20 分）。",
      "（4）关于“资助政策知晓率”：年初设定≥90%，经查阅支付凭证确认实际达到94.3%，得 13 分。",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  const Indicator* students = Named(indicators, "资助家庭经济困难学生");
  ASSERT_NE(students, nullptr);
  EXPECT_EQ(students->target, Quantity::FromWhole(1170));
  EXPECT_EQ(students->actual, Quantity::FromWhole(1075));
  EXPECT_EQ(students->score_stated, *ParseFixed<Points>("18.38"));
  EXPECT_EQ(students->weight, *ParseFixed<Points>("20"));
}

TEST(GeneralReading, IndicatorsWithWhatWasReachedOrAimedAtInBrackets) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "靖安县中心血库2024年度项目支出绩效自评报告",
      "2024 年，我单位共实施财政项目 2 个，项目资金总额 366.67 万元，全年实际支出 354.61 万元。",
      "【无偿献血宣传招募经费】该项目年初预算 32.78 万元，当年支出 32.78 万元，执行率 100.00%。数量指标：采集全血不低于 5580 单位（"
      "实际 5980 单位）；时效指标：节假日街头采血点正常开放（目标：正常开放）；效益指标：服务群众覆盖面略有扩大（目标：逐步扩大）；"
      "满意度指标：献血者满意度达 89.2%（目标 90%）。",
      "【血液检测试剂采购项目】该项目年初预算 180.60 万元，当年支出 145.81 万元。质量指标：检测室间质评合格率目标 100%，100%完成；"
      "时效指标：应急用血送达时间≤63 分钟，实际 67 分钟；满意度指标：临床用血医院满意度 92.9%，超过 95%的预期。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  EXPECT_EQ(ev.funds.budget_total, Yuan("3666700"));  // 财政项目 2 个: a count, spaces and all
  ASSERT_EQ(ev.projects.size(), 2u);
  const auto& first = ev.projects[0].indicators;
  struct Want {
    const std::vector<Indicator>* list;
    const char* name;
    const char* target;
    const char* actual;
  };
  const Want wants[] = {
      {&first, "采集全血", "5580", "5980"},
      {&first, "节假日街头采血点", "正常开放", "正常开放"},
      {&first, "服务群众覆盖面", "逐步扩大", "略有扩大"},
      {&first, "献血者满意度", "90", "89.2"},
      {&ev.projects[1].indicators, "检测室间质评合格率", "100", "100"},
      {&ev.projects[1].indicators, "应急用血送达时间", "63", "67"},
      {&ev.projects[1].indicators, "临床用血医院满意度", "95", "92.9"},
  };
  for (const Want& w : wants) {
    const Indicator* i = Named(*w.list, w.name);
    ASSERT_NE(i, nullptr) << w.name;
    const auto same = [](const std::optional<Quantity>& q, const std::optional<std::string>& t, const char* want) {
      return (q && q == ParseFixed<Quantity>(want).value_or(Quantity())) || (t && *t == want);
    };
    EXPECT_TRUE(same(i->target, i->target_text, w.target)) << w.name;
    EXPECT_TRUE(same(i->actual, i->actual_text, w.actual)) << w.name;
  }
  EXPECT_EQ(Named(ev.projects[1].indicators, "超过"), nullptr);
}

TEST(GeneralReading, ProjectsAsNumberedFieldsOnOneLine) {
  // "（1）一、项目名称：X 二、项目资金：… 三、绩效目标完成情况：A年初目标880台、全年完成923台；…": a
  // project's fields numbered on one line, its targets and results joined by 、.
  auto parsed = ParseReport(TextDocumentFromLines({
      "黑水县农机安全监理站2021年度项目支出绩效自评结果公示",
      "（1）一、项目名称：拖拉机安全技术检验经费 二、项目资金：全年预算9.64万，实际支出9.64万，资金执行率100.00% "
      "三、绩效目标完成情况：检验拖拉机和联合收割机年初目标880台、全年完成923台；年度检验率年初目标85%以上、全年完成86.4%。",
      "（2）一、项目名称：平安农机宣传教育项目 二、项目资金：全年预算22.55万，实际支出19.97万，资金执行率88.56%",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[0].name, "拖拉机安全技术检验经费");
  EXPECT_EQ(projects[0].budget.total, Yuan("96400"));
  EXPECT_EQ(projects[1].executed, Yuan("199700"));
  const Indicator* checked = Named(projects[0].indicators, "检验拖拉机和联合收割机");
  ASSERT_NE(checked, nullptr);
  EXPECT_EQ(checked->target, Quantity::FromWhole(880));
  EXPECT_EQ(checked->actual, Quantity::FromWhole(923));
}

TEST(GeneralReading, LastYearsFiguresGiveWayToThisYearsInARectificationReport) {
  // "（一）X经费。上年度该项目预算…执行率仅57.28%…。整改后，本年度该项目全年预算…": a fund named
  // before a full stop, last year's figures said as 上年度, this year's after them.
  auto parsed = ParseReport(TextDocumentFromLines({
      "周宁县急救指挥中心关于2023年度绩效评价问题整改及2024年度绩效自评情况的报告",
      "一、上年评价发现问题的整改情况",
      "（一）院前急救网络运行经费。上年度该项目预算220.15万元，执行126.10万元，执行率仅57.28%，评价等级为“中”。"
      "整改后，本年度该项目全年预算220.15万元，全年执行190.53万元，执行率86.55%。",
      "（二）负压救护车购置项目。上年度该项目预算122.68万元，执行80.95万元，执行率仅65.98%。"
      "整改后，本年度该项目全年预算122.68万元，全年执行114.99万元，执行率93.73%。",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[0].name, "院前急救网络运行经费");
  EXPECT_EQ(projects[0].executed, Yuan("1905300"));
  EXPECT_EQ(projects[0].execution_rate_stated, Pct("86.55"));
  EXPECT_EQ(projects[1].executed, Yuan("1149900"));
  EXPECT_EQ(projects[1].execution_rate_stated, Pct("93.73"));
}

TEST(GeneralReading, WhatWasReachedAfterAnArrowTheYearsEndOrAnInspection) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "院前急救网络运行经费绩效自评报告",
      "该项目全年预算220.15万元，全年执行190.53万元，执行率86.55%。",
      "呼救电话10秒接听率：≥95%→90.5%；车辆交付使用时间：8月底前交付使用→8月25日交付使用。",
      "急救培训人次年初设定不少于1200人次，年末实际1350人次（得分15分）。",
      "4.关于“资助政策知晓率”：年初设定≥90%，经查阅支付凭证确认实际达到94.3%，达到目标，不扣分，得13分。",
      "群众知晓率为93%，绩效目标≥90%，得10分（满分10分）。",
      "质量指标：设备完好率:≥95％/实际 96％；培训蚕农500人以上，实际520人。",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  struct Want {
    const char* name;
    const char* target;
    const char* actual;
  };
  for (const Want& w : {Want{"呼救电话10秒接听率", "95", "90.5"}, Want{"车辆交付使用时间", "8月底前交付使用", "8月25日交付使用"},
                        Want{"急救培训人次", "1200", "1350"}, Want{"资助政策知晓率", "90", "94.3"},
                        Want{"群众知晓率", "90", "93"}, Want{"设备完好率", "95", "96"}, Want{"培训蚕农", "500", "520"}}) {
    const Indicator* i = Named(indicators, w.name);
    ASSERT_NE(i, nullptr) << w.name;
    const auto same = [](const std::optional<Quantity>& q, const std::optional<std::string>& t, const char* want) {
      return (q && q == ParseFixed<Quantity>(want).value_or(Quantity())) || (t && *t == want);
    };
    EXPECT_TRUE(same(i->target, i->target_text, w.target)) << w.name;
    EXPECT_TRUE(same(i->actual, i->actual_text, w.actual)) << w.name;
  }
}

TEST(GeneralReading, ATimeAimedAtThenTheTimeItWasDoneWithoutAVerb) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "血液检测试剂采购项目绩效自评报告",
      "该项目年初预算180.60万元，当年支出145.81万元。时效指标：试剂招标采购要求3月底前完成，基本按期完成；"
      "采血车投入使用时间要求9月底前投入使用，9月中旬投入使用。",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  const Indicator* tender = Named(indicators, "试剂招标采购");
  ASSERT_NE(tender, nullptr);
  EXPECT_EQ(tender->target_text, "3月底前完成");
  EXPECT_EQ(tender->actual_text, "基本按期完成");
  const Indicator* vehicle = Named(indicators, "采血车投入使用时间");
  ASSERT_NE(vehicle, nullptr);
  EXPECT_EQ(vehicle->actual_text, "9月中旬投入使用");
}

TEST(GeneralReading, ABudgetBuiltUpOfPartsIsTheirTotal) {
  // Parts naming nothing (下达, 追加, 年初预算安排, 年中追加) build one budget up: the total is the
  // project's budget, before or after them; what was spent and what is left are no build-up.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县林业局2021年度项目支出绩效自评报告",
      "二、项目资金使用及绩效目标完成情况",
      "1、天然林保护工程经费。2021年1月下达资金922.6796万元，8月追加下达700.2421万元，合计1622.9217万元；"
      "全年支出1478.7737万元。",
      "2、林业有害生物防治经费。共安排资金1319.1819万元，其中年初预算安排989.5711万元，年中追加329.6108万元。"
      "全年实际支出1095.1716万元。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  const Project* forest = Named(ev.projects, "天然林保护工程经费");
  ASSERT_NE(forest, nullptr);
  EXPECT_EQ(forest->budget.total, Yuan("16229217"));
  EXPECT_EQ(forest->executed, Yuan("14787737"));
  const Project* pests = Named(ev.projects, "林业有害生物防治经费");
  ASSERT_NE(pests, nullptr);
  EXPECT_EQ(pests->budget.total, Yuan("13191819"));
  EXPECT_FALSE(ev.funds.budget_total) << "no department total";
}

TEST(GeneralReading, AListAfterAnArrangementNamesItsProjects) {
  // "资金安排是：" opens a list like 包括; "具体为：" a list of document numbers names nothing.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "体育强省转移支付2023年度绩效自评报告",
      "2023年我县体育强省资金安排是:支持体育设施建设5万元,支持青少年竞技体育13万元,支持口袋公园5万元、百姓健身房5万元。",
      "中央下达救灾资金76178万元,具体为:财建〔2020〕218号5000万元,财资环〔2020〕63号12518万元。",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  for (const char* name : {"青少年竞技体育", "口袋公园", "百姓健身房"}) {
    const Project* p = Named(projects, name);
    ASSERT_TRUE(p) << name;
    EXPECT_TRUE(p->budget.total) << name;
  }
  for (const Project& p : projects) EXPECT_EQ(p.name.find("〔"), std::string::npos) << p.name;
}

TEST(GeneralReading, TheRunningCostsASentenceIsAboutAreNoDepartmentTotal) {
  // "“三公”经费决算为0.18万元": what the 三公 cost, not the department's budget; the 支出总计 is its
  // spending.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "沅江市文联2019年度部门整体支出绩效评价报告",
      "文联2019年度收入总计116.08万元,支出总计118.77万元,上年结转9.7万元,年终结余7.01万元。",
      "2019年“三公”经费决算为0.18万元,其中:公务接待费0.18万元。",
      // An overrun is a difference, no budget either; nor is the part of the funds from other sources.
      "发放市级承担基础养老金1045.28万元,超出预算金额99.56万元。",
      "其他资金来源21.31万元。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  EXPECT_FALSE(ev.funds.budget_total);
  EXPECT_EQ(ev.funds.executed_total, Yuan("1187700"));
}

TEST(GeneralReading, AFigureThePublicCopyMasksStillNamesItsFunds) {
  // Copies of reports on aggregator sites hide the figures ("点击查看>>", "****"): the funds named
  // are read without a figure, and what the sentence says after the mask is theirs.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县林业和草原局2021年度中央对地方转移支付预算执行情况绩效自评报告",
      "下达给我单位资金 点击查看>> 万元,其中:国家级森林生态效益补偿资金到位 点击查看>> 万元,造林补助2.35万元,"
      "有害生物防治费9.03万元,退耕还林抚育 点击查看>> 万元。",
      "天然商品林管护补助资金全年共****万元,当年未使用,预算执行率0%。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  auto find = [&](const char* name) { return Named(ev.projects, name); };
  ASSERT_NE(find("国家级森林生态效益补偿资金"), nullptr);
  EXPECT_FALSE(find("国家级森林生态效益补偿资金")->budget.total);
  ASSERT_NE(find("造林补助"), nullptr);  // an item of the list: two characters of its own suffice
  EXPECT_EQ(find("造林补助")->budget.total, Yuan("23500"));
  EXPECT_NE(find("退耕还林抚育"), nullptr);
  ASSERT_NE(find("天然商品林管护补助资金"), nullptr);
  EXPECT_EQ(find("天然商品林管护补助资金")->execution_rate_stated, Pct("0"));
}

TEST(GeneralReading, ASelfEvaluationTableWrittenOneCellPerLine) {
  // A Word 自评表 copied to a web page: every cell on a line of its own, empty cells gone. The
  // project comes from 项目名称 (the title names none), the template's 指标1 before each name is
  // no part of it, a reason written as a sentence stays in its row, and a qualitative target
  // after a row with no reason starts the next row.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "项目支出绩效自评表", "（2019年度）", "项目名称", "办公楼暖通改造经费", "主管部门", "某市发改委",
      "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
      "产出指标", "数量指标", "指标1工程资金金额", "43.2", "37.24", "10", "9",
      "已完工，剩余3%尾款未付，且最高限价低于预算金额。提高预算准确度。",
      "质量指标", "指标1工程完工率", "100", "100", "10", "10",
      "经费支出合规性", "严格执行相关制度规定", "达成预期指标", "8", "8",
      "满意度指标", "服务对象满意度指标", "指标1学生满意度", "100", "100", "10", "10", "无",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 1u);
  EXPECT_EQ(ev.projects[0].name, "办公楼暖通改造经费");
  ASSERT_EQ(ev.projects[0].indicators.size(), 4u);
  const Indicator& money = ev.projects[0].indicators[0];
  EXPECT_EQ(money.name, "工程资金金额");
  EXPECT_EQ(money.score_stated, ParseFixed<Points>("9").value());
  EXPECT_EQ(money.deviation_reason.value_or(""), "已完工，剩余3%尾款未付，且最高限价低于预算金额。提高预算准确度。");
  EXPECT_EQ(ev.projects[0].indicators[1].name, "工程完工率");
  EXPECT_EQ(ev.projects[0].indicators[2].name, "经费支出合规性");
  EXPECT_EQ(ev.projects[0].indicators[2].score_stated, ParseFixed<Points>("8").value());
  ASSERT_TRUE(ev.projects[0].satisfaction);  // 满意度 100 with its % left out
  EXPECT_EQ(ev.projects[0].satisfaction->stated, Pct("100"));
}

TEST(GeneralReading, NumberedProjectItemsWithTheirIndicatorsListed) {
  // "（1）项目名称:X,主要用于…" names the project of its line and the lines after it; the indicators
  // listed after 分别是 are its targets, and a rate after a comparator (≧95%) is a target, not the
  // execution rate the report states later (支出进度100%).
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某支队2024年项目支出绩效自评报告",
      "(1)项目名称:从业资格考试工作经费,主要用于开展检查核查工作。州级预算数1.00万元。",
      "主要从数量指标、时效指标设置指标3个。分别是:检查核查人数≥12人,检查任务完成率大于等于99%,"
      "完成预算执行支出进度11月30日前≧95%。",
      "预算支出1.00万元,实际下达1.00万元,实际支出金额1.00万元,支出进度100%。",
      "(2)项目名称:个税申报经费,主要用于个税申报。州级预算数0.01万元。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 2u);
  const Project& exam = ev.projects[0];
  EXPECT_EQ(exam.name, "从业资格考试工作经费");
  EXPECT_EQ(exam.budget.total, Yuan("10000"));
  EXPECT_EQ(exam.executed, Yuan("10000"));
  EXPECT_EQ(exam.execution_rate_stated, Pct("100"));
  ASSERT_EQ(exam.indicators.size(), 3u);
  EXPECT_EQ(exam.indicators[1].name, "检查任务完成率");
  EXPECT_EQ(exam.indicators[1].comparator, Comparator::kGreaterEqual);
  EXPECT_EQ(exam.indicators[2].name, "完成预算执行支出进度");
  EXPECT_EQ(exam.indicators[2].comparator, Comparator::kGreaterEqual);
  EXPECT_EQ(ev.projects[1].name, "个税申报经费");
  EXPECT_EQ(ev.projects[1].budget.total, Yuan("100"));
}

TEST(GeneralReading, ProjectsListedAfterWeiAndTheirRatesNamedInASentenceAboutSpending) {
  // "…万元,为A 25万元,B 0.71万元": 为 opening the list says what the money was; a rate right
  // after a project's name in a sentence about spending is that project's; "开展项目" is no name.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某镇人民政府2023年度转移支付绩效自评报告",
      "省级资金转移支付124.23万元,为桂花村美丽乡村建设25万元,对村集体组织帮助0.71万元。",
      "各项目资金执行情况:桂花村美丽乡村建设99.89%,响洪甸水毁修复项目95.6%。合理有序开展项目资金支付。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 3u);
  EXPECT_EQ(ev.projects[0].name, "桂花村美丽乡村建设");
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("250000"));
  EXPECT_EQ(ev.projects[0].execution_rate_stated, Pct("99.89"));
  EXPECT_EQ(ev.projects[1].name, "村集体组织帮助");  // 对 points at what it names
  EXPECT_EQ(ev.projects[2].name, "响洪甸水毁修复项目");
  EXPECT_EQ(ev.projects[2].execution_rate_stated, Pct("95.6"));
}

TEST(GeneralReading, TheFundsListedInAReportAboutOneFundAreFundsOfTheirOwn) {
  // The title names a fund; the sentence lists the funds it is made of, each with its amount
  // (thousands separated by commas): each is a project, not more money of the title's fund.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "黑龙江省林业厅2016年林业补助资金绩效评价报告",
      "其中省林业厅共13项,合计金额118,156万元,其中森林生态效益补偿资金40,671万元、森林抚育补贴资金16,800万元、"
      "边境防火隔离带补助费854万元。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  auto budget_of = [&](const char* name) -> std::optional<Money> {
    for (const Project& p : ev.projects) {
      if (p.name == name) return p.budget.total;
    }
    return std::nullopt;
  };
  EXPECT_EQ(budget_of("森林生态效益补偿资金"), Yuan("406710000"));
  EXPECT_EQ(budget_of("森林抚育补贴资金"), Yuan("168000000"));
  EXPECT_EQ(budget_of("边境防火隔离带补助费"), Yuan("8540000"));
}

TEST(GeneralReading, ANumberedItemNamingAPieceOfWorkOwnsTheFiguresInIt) {
  // "1.2021年第一批…项目,…": the item's number before a year, its first clause the project; the
  // pooled funds (统筹整合使用财政涉农资金) are its budget, their part (其中项目管理费) no project.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某乡人民政府2021年度项目支出绩效单位自评报告",
      "  1.2021年第一批统筹整合使用财政涉农资金养殖基地建设项目,项目实施确保巩固拓展脱贫成果。项目建设内容:建设挡墙"
      "3100立方米。统筹整合使用财政涉农资金303万元,其中项目管理费3万元,目前项目资金已拨付270万元。",
      "  2.2021年第一批统筹整合使用财政涉农资金基础设施建设项目,建设道路。统筹整合使用财政涉农资金107.13万元,"
      "已拨付106.36万元。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 2u);
  EXPECT_EQ(ev.projects[0].name, "2021年第一批统筹整合使用财政涉农资金养殖基地建设项目");
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("3030000"));
  EXPECT_EQ(ev.projects[0].executed, Yuan("2700000"));
  EXPECT_EQ(ev.projects[1].budget.total, Yuan("1071300"));
  EXPECT_EQ(ev.projects[1].executed, Yuan("1063600"));
}

TEST(GeneralReading, ADepartmentWideTableWrittenOneCellPerLine) {
  // 部门整体支出绩效自评表: the unit's name is a key and its value, not header cells; the first
  // header cell "年度预算申请" (with "(万元" wrapped onto its own line) heads the rows' labels.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "2023年度部门整体支出绩效自评表", "预算部门、单位名称", "衡山县贯塘乡人民政府", "年度预算申请", "(万元",
      "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "自评得分",
      "年度资金总额", "861.10", "2030.12", "2030.12", "10", "100%", "10",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  EXPECT_TRUE(ev.projects.empty());
  EXPECT_EQ(ev.funds.budget_total, Yuan("20301200"));
  EXPECT_EQ(ev.funds.executed_total, Yuan("20301200"));
  EXPECT_EQ(ev.funds.execution_rate_stated, Pct("100"));
}

TEST(GeneralReading, HeadingsWithoutFiguresGiveWayToTheProjectTheFiguresName) {
  // The sectioned reading takes the numbered headings of the indicators' analysis for projects;
  // none of them has a figure, so the project the money is used for is the report's.
  auto parsed = ParseReport(TextDocumentFromLines({
      "海口市秀英区水务局2022年项目支出绩效自评报告",
      "一、绩效目标分解下达情况",
      "(一)海口市秀英区水务局2022年资金共下达105万元,用于实施西秀镇龙头村蔬菜园产业项目。",
      "二、绩效目标自评完成情况分析",
      "(二)项目绩效指标完成情况分析。",
      "(1)项目完成数量。",
      "完成年度建设项目1个。",
      "(2)项目完成质量",
      "已通过竣工验收。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 1u);
  EXPECT_EQ(ev.projects[0].name, "西秀镇龙头村蔬菜园产业项目");
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("1050000"));
}

TEST(GeneralReading, WhatWasReachedBeforeItsTargetAndCostIndicators) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县卫生健康局2023年度基本公共卫生服务项目绩效自评报告",
      "（1）产出指标。培训基层医务人员完成832人次，目标845人次，得14.77分。项目总成本：年度目标不超过219.39万元，实际完成218.07万元，得分10分。",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  auto find = [&](const char* name) { return Named(indicators, name); };
  ASSERT_NE(find("培训基层医务人员"), nullptr);
  EXPECT_EQ(find("培训基层医务人员")->target, ParseFixed<Quantity>("845").value());
  EXPECT_EQ(find("培训基层医务人员")->actual, ParseFixed<Quantity>("832").value());
  EXPECT_EQ(find("培训基层医务人员")->unit.value_or(""), "人次");
  EXPECT_EQ(find("培训基层医务人员")->score_stated, ParseFixed<Points>("14.77").value());
  ASSERT_NE(find("项目总成本"), nullptr);
  EXPECT_EQ(find("项目总成本")->actual, ParseFixed<Quantity>("218.07").value());
}

TEST(GeneralReading, AHeadingBesideAProjectsHeadingIsTheNextProject) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "某区水利局2020年度项目支出绩效自评报告",
      "二、绩效目标实现情况",
      "（一）农村饮水安全巩固提升工程",
      "1.资金投入及使用情况",
      "本项目全年预算数为2,193,900.00元，全年执行数2,180,700.00元，执行率达99.4%。",
      "（二）山洪灾害防治非工程措施运行维护",
      "1.资金投入及使用情况",
      "该项目年初预算216.33万元，调整后全年预算219.80万元，其中财政拨款183.16万元；实际支出205.73万元，预算执行率93.60%。",
      "（三）存在的问题",
      "一是绩效目标设置不够精准。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 2u);
  EXPECT_EQ(ev.projects[1].name, "山洪灾害防治非工程措施运行维护");
  EXPECT_EQ(ev.projects[1].budget.total, Yuan("2198000"));
  EXPECT_EQ(ev.projects[1].executed, Yuan("2057300"));
}

TEST(GeneralReading, ANumberedHeadingAfterATableWrittenAsRowsEndsIt) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某市交通运输局关于2019年度项目支出绩效自评情况的报告",
      "| 序号 | 项目名称 | 全年预算数（万元） |  |  | 全年执行数（万元） | 执行率 |",
      "|  |  | 小计 | 财政拨款 | 其他资金 |  |  |",
      "| 1 | 农村公路养护工程 | 293.041 | 278.898 | 14.143 | 290.696 | 99.20% |",
      "| 2 | 危桥改造项目 | 78.951 | 78.951 | 0 | 69.555 | 88.10% |",
      "二、绩效目标完成情况",
      "（一）农村公路养护工程",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[0].name, "农村公路养护工程");
  EXPECT_EQ(projects[0].budget.fiscal, Yuan("2788980"));
  EXPECT_EQ(projects[1].name, "危桥改造项目");
}

TEST(GeneralReading, AKeyRowFlattenedWithASpaceNamesTheProject) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某区水利局2022年度项目支出绩效自评表",
      "项目名称 水土保持综合治理项目",
      "项目资金 （元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
      "年度资金总额： 1,859,900.00 1,859,900.00 1,774,300.00 10 95.40% 9.54",
      "一级指标 二级指标 三级指标 绩效指标值 分值 得分",
      "年度指标值 实际完成值",
      "产出指标 数量指标 治理河道长度 ≥32公里 36公里 15 15",
      "质量指标 监测设备完好率 ≥95% 100% 10 10",
      "可持续影响指标 长效管护机制 建立健全 建立健全 10 10",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  EXPECT_EQ(parsed->evaluation.projects[0].name, "水土保持综合治理项目");

  // A name with a space in it runs on to the next key.
  auto spaced = ReadGeneral(TextDocumentFromLines({
      "项目支出绩效自评表",
      "项目名称 昌州财行(2022)10号 国家统计局调查队专项经费",
      "主管部门 阜康市统计局 实施单位 阜康市统计局",
      "资金来源 年初预算数 全年预算数 全年执行数 分值权重 执行率 得分",
      "年度资金总额 5.28 1.96 1.96 10 100.00% 10",
  }));
  ASSERT_TRUE(spaced);
  ASSERT_EQ(spaced->evaluation.projects.size(), 1u);
  EXPECT_EQ(spaced->evaluation.projects[0].name, "昌州财行(2022)10号 国家统计局调查队专项经费");
  // The next key broken at a page's width ("负责" / "人及电话") ends the name as the whole key would.
  auto broken = ReadGeneral(TextDocumentFromLines({
      "项目支出绩效自评表",
      "专项(项目)名称  忠县涂井乡龙滩村农村移民安置区精准帮扶项目 负责",
      "人及电话  廖朝伟",
      "资金来源 年初预算数 全年预算数 全年执行数 分值权重 执行率 得分",
      "年度资金总额 5.28 1.96 1.96 10 100.00% 10",
  }));
  ASSERT_TRUE(broken);
  ASSERT_EQ(broken->evaluation.projects.size(), 1u);
  EXPECT_EQ(broken->evaluation.projects[0].name, "忠县涂井乡龙滩村农村移民安置区精准帮扶项目");
}

TEST(GeneralReading, TheFiscalPartOfAFundArrangedUnderItsHeading) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某市卫生健康委员会2023年度项目支出绩效自评报告",
      "（一）基层医疗卫生机构能力建设项目",
      "本项目全年预算数为2,376,431.00元，全年执行数1,953,426.00元，执行率达82.20%。",
      "（二）计划生育家庭奖励扶助资金",
      "2023年度安排计划生育家庭奖励扶助资金共计81.4359万元，其中财政拨款78.7648万元。项目资金到位81.4359万元，到位率100%；已拨付76.6311万元，拨付率94.1%。",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[1].budget.total, Yuan("814359"));
  EXPECT_EQ(projects[1].budget.fiscal, Yuan("787648"));
  EXPECT_EQ(projects[1].executed, Yuan("766311"));
}

TEST(GeneralReading, AFundSharedAmongProjectsUnderTheirOwnHeadings) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县2020年中央财政衔接推进乡村振兴补助资金项目绩效自评报告",
      "2020年共下达中央财政衔接推进乡村振兴补助资金1679.07万元，共安排项目6个。",
      "截至2020年12月31日，已拨付资金1531.56万元，资金拨付率91.21%。",
      "（1）青龙村光伏帮扶电站运维项目",
      "该项目安排衔接资金107.28万元，截至年底支出77.17万元，执行率71.93%。",
      "①补助发放准确率：年度目标不低于96%，实际完成99.7%。",
      "②项目完成时限：年度目标12月底前完成，实际完成已按期完成。",
      "（2）石门村村组道路硬化工程",
      "该项目安排衔接资金508.67万元，截至年底支出508.67万元，执行率100%。",
      "（3）脱贫劳动力务工交通补助",
      "该项目安排衔接资金313.08万元，截至年底支出286.95万元，执行率91.65%。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  // The fund the title names is the project evaluated; the ones it pays for are projects beside it.
  EXPECT_FALSE(ev.funds.budget_total);
  ASSERT_EQ(ev.projects.size(), 4u);
  EXPECT_EQ(ev.projects[0].name, "中央财政衔接推进乡村振兴补助资金项目");
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("16790700"));
  EXPECT_EQ(ev.projects[0].executed, Yuan("15315600"));
  EXPECT_EQ(ev.projects[1].name, "青龙村光伏帮扶电站运维项目");
  EXPECT_EQ(ev.projects[1].budget.total, Yuan("1072800"));
  EXPECT_EQ(ev.projects[1].executed, Yuan("771700"));
  ASSERT_EQ(ev.projects[1].indicators.size(), 2u);
  EXPECT_EQ(ev.projects[1].indicators[1].target_text.value_or(""), "12月底前完成");  // a deadline, not 12
  EXPECT_EQ(ev.projects[1].indicators[1].actual_text.value_or(""), "已按期完成");
  EXPECT_EQ(ev.projects[3].name, "脱贫劳动力务工交通补助");
  EXPECT_EQ(ev.projects[3].executed, Yuan("2869500"));
}

TEST(GeneralReading, TheFundsOfALevelSharedAmongProjectsAreTheDepartmentsTotals) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "寿县融媒体中心中央对地方专项转移支付2019年度绩效自评报告",
      "2019年下达中央对地方专项转移支付资金1586万元，已全部支出。",
      "（1）中央广播电视节目无线覆盖运行维护项目",
      "该项目安排资金1500万元，全年支出1500万元，执行率100%。",
      "（2）应急广播体系建设项目",
      "该项目安排资金86万元，全年支出86万元，执行率100%。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  // The title names funds of a level after their owner, no particular fund.
  EXPECT_EQ(ev.funds.budget_total, Yuan("15860000"));
  ASSERT_EQ(ev.projects.size(), 2u);
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("15000000"));
}

TEST(GeneralReading, TargetsListedThenWhatWasReachedListedAndMoneyPlannedToGoIn) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "关于2021年度巩固拓展脱贫攻坚成果同乡村振兴有效衔接资金绩效自评情况的报告",
      "（1）红岩村肉牛养殖产业发展项目，计划投入5,561,000.00元，实际拨付5,112,100.00元。项目绩效目标为补助发放准确率≥96%、"
      "工程验收合格率≥96%、项目完成时限按期完成，实际完成补助发放准确率97.5%、工程验收合格率99.6%、项目完成时限按期完成。",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  const Project* p = Named(projects, "红岩村肉牛养殖产业发展项目");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->budget.total, Yuan("5561000"));
  EXPECT_EQ(p->executed, Yuan("5112100"));
  ASSERT_EQ(p->indicators.size(), 3u);
  const Indicator* accepted = Named(p->indicators, "工程验收合格率");
  ASSERT_TRUE(accepted);
  EXPECT_EQ(accepted->target, ParseFixed<Quantity>("96").value());
  EXPECT_EQ(accepted->actual, ParseFixed<Quantity>("99.6").value());
  // An item in words in both lists: the words both open with, up to 时限, are its name.
  const Indicator* time = Named(p->indicators, "项目完成时限");
  ASSERT_TRUE(time);
  EXPECT_EQ(time->target_text, "按期完成");
  EXPECT_EQ(time->actual_text, "按期完成");
}

TEST(GeneralReading, ColumnsNamedAsAProvinceNamesThem) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县2021年度项目支出绩效自评报告",
      "序号\t项目名称\t预算金额\t全年执行\t支出进度",
      "1\t计划生育家庭奖励扶助项目\t5,110,600.00\t4,599,540.00\t90%",
      "2\t农村饮水安全巩固提升工程\t2,525,668.00\t2,525,668.00\t100%",
      "（二）农村饮水安全巩固提升工程",
      "序号\t指标类型\t绩效指标\t年度目标\t实际完成\t权重\t自评得分",
      "1\t产出-数量\t奖励扶助对象人数\t≥3042人\t3107人\t30\t30",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[0].executed, Yuan("4599540"));
  EXPECT_EQ(projects[0].execution_rate_stated, Pct("90"));
  ASSERT_EQ(projects[1].indicators.size(), 1u);
  EXPECT_EQ(projects[1].indicators[0].name, "奖励扶助对象人数");
  EXPECT_EQ(projects[1].indicators[0].target, ParseFixed<Quantity>("3042").value());
  EXPECT_EQ(projects[1].indicators[0].actual, ParseFixed<Quantity>("3107").value());
}

TEST(GeneralReading, AHeadingNamingAListedProjectAndTargetsSaidAsExpected) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "2019年某县水利局项目支出绩效自评报告",
      "序号\t项目名称\t预算金额\t实际支出\t支出进度",
      "1\t山洪灾害防治非工程措施运行维护\t5,110,600.00\t5,110,600.00\t100%",
      "2\t农村饮水安全巩固提升工程\t2,525,668.00\t2,525,668.00\t100%",
      "二、各项目绩效目标完成情况",
      "1.山洪灾害防治非工程措施运行维护",
      "治理河道长度：预期≥31公里，实际34公里，得分15；项目完成时限：预期12月底前完成，实际已按期完成，得分45。受益群众满意度90%。",
  }));
  ASSERT_TRUE(parsed);
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 2u);
  const Project& p = projects[0];
  ASSERT_EQ(p.indicators.size(), 2u);
  EXPECT_EQ(p.indicators[0].name, "治理河道长度");
  EXPECT_EQ(p.indicators[0].target, ParseFixed<Quantity>("31").value());
  EXPECT_EQ(p.indicators[0].actual, ParseFixed<Quantity>("34").value());
  EXPECT_EQ(p.indicators[0].score_stated, ParseFixed<Points>("15").value());
  ASSERT_TRUE(p.satisfaction.has_value());
  EXPECT_TRUE(projects[1].indicators.empty());
}

TEST(GeneralReading, PointsAfterAVerdictInWords) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县民政局2022年度养老服务体系建设补助资金绩效评价报告",
      "①新建养老服务站点：计划≥39个，实际39个，达到预期目标，得10分。",
      "③特困供养人数：计划≥2317人，实际1899人，未达到预期目标，得12.29分。",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  ASSERT_EQ(indicators.size(), 2u);
  EXPECT_EQ(indicators[0].score_stated, ParseFixed<Points>("10").value());
  EXPECT_EQ(indicators[1].score_stated, ParseFixed<Points>("12.29").value());
}

TEST(GeneralReading, RefusesOnlyWhatStatesNoBudgetProjectOrIndicator) {
  auto minutes = ReadGeneral(TextDocumentFromLines({"会议纪要", "会议研究了下一步工作安排。"}));
  ASSERT_FALSE(minutes);
  EXPECT_NE(minutes.error().message.find("不是预算绩效自评报告"), std::string::npos);
}

TEST(GeneralReading, WhatItCannotPlaceIsListedWithItsPlace) {
  auto parsed = ReadGeneral(TextDocumentFromLines({"全年预算数100万元。", "本年度工作取得明显成效。"}));
  ASSERT_TRUE(parsed);
  ASSERT_EQ(parsed->findings.size(), 1u);
  EXPECT_EQ(parsed->findings[0].rule, "ingest.unrecognized");
  EXPECT_EQ(parsed->findings[0].span->line, 2);
  // The place travels in the span (front ends print it), not twice in the message.
  EXPECT_EQ(parsed->findings[0].message, "未能识别：本年度工作取得明显成效。");
}

TEST(ProjectNames, WhatALabelNames) {
  struct Case {
    const char* label;
    const char* name;
  };
  const Case cases[] = {
      {"具体是：布达拉宫雪城修缮展示工程项目", "布达拉宫雪城修缮展示工程项目"},
      {"分别支持南昌市南塘湖水生态系统综合治理项目", "南昌市南塘湖水生态系统综合治理项目"},
      {"武安镇京元村状元故居文化公园及周边配套工程项目资金", "武安镇京元村状元故居文化公园及周边配套工程项目"},
      {"上级下达我县农业产业发展专项资金", "农业产业发展专项资金"},  // the writer naming itself
      {"退耕还林补助资金全年", "退耕还林补助资金"},  // the time the figure covers
      // Which of a project's figures: 缺口资金, 前期费用, 工程尾款; 补助资金 is the kind of fund.
      {"渌口区老旧小区提质改造第二批次项目缺口资金", "渌口区老旧小区提质改造第二批次项目"},
      {"渌口区杨家山片区老旧小区改造配套基础设施项目前期费用", "渌口区杨家山片区老旧小区改造配套基础设施项目"},
      {"下达我县社会公益事业项目补助资金", "社会公益事业项目补助资金"},
      {"对城镇老旧小区改造及配套工程项目", "城镇老旧小区改造及配套工程项目"},  // 对 points at it
      {"对口支援万州移民安置经费", "对口支援万州移民安置经费"},  // 对口: the name's own word
      {"福利彩票公益金支出项目", "福利彩票公益金支出项目"},
      {"实际支出项目", ""},
      {"分配无为市应急广播体系建设", "无为市应急广播体系建设"},  // the verb that shares the money out
      {"每村每年补助", ""},  // a rate per village
      {"项目资金", ""},
      {"石家庄市", ""},
      {"中央财政资金", ""},
      {"下达预算资金", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(parse::ProjectNameInLabel(c.label), c.name) << c.label;
}

TEST(ProjectNames, ProjectsNamedInRunningText) {
  auto names = [](std::string_view text) {
    std::vector<std::string> out;
    for (const parse::NamedProject& p : parse::ProjectPhrases(text)) out.emplace_back(p.name);
    return out;
  };
  // Headings run together in flattened text are no part of a name.
  EXPECT_EQ(names("（一）项目概况 1.城区绿化养护项目立项依据充分"),
            std::vector<std::string>{"城区绿化养护项目"});
  // A numbered project's name ends at its clause, whatever word it ends with.
  EXPECT_EQ(names("项目二：某财预〔2023〕34号草原生态保护补助奖励，全年执行率90%"),
            std::vector<std::string>{"草原生态保护补助奖励"});
  // An indicator named in quotes before its target ends in 项目 and names no project.
  EXPECT_EQ(names("四是“现场签约项目”年度目标≥7个，实际完成6个，得25.71分"), std::vector<std::string>{});
  // "年中新增项目": a project said to be new, none by name.
  EXPECT_EQ(names("该项目年初未安排预算，为年中新增项目，追加93.71万元"), std::vector<std::string>{});
  // What was done with a project, said before the year that opens its name, is no part of it.
  EXPECT_EQ(names("委托第三方机构认真有序开展2021年葡萄酒产业发展项目支出绩效评价工作"),
            std::vector<std::string>{"2021年葡萄酒产业发展项目"});
}

TEST(GeneralReading, ATitleOverASecondNamingTheProject) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "弥勒市住房和城乡建设局2022年度项目支出绩效单位自评报告",
      "弥勒市住房和城乡建设局2022年度保障性住房租赁补贴支出绩效自评报告",
      "2022年度我市住房租赁补贴中央补助资金共下达150万元，指标任务户数290户。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  EXPECT_EQ(ev.unit.name, "弥勒市住房和城乡建设局");
  ASSERT_EQ(ev.projects.size(), 1u);
  EXPECT_EQ(ev.projects[0].name, "保障性住房租赁补贴");
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("1500000"));
  EXPECT_FALSE(ev.funds.budget_total);
}

TEST(GeneralReading, LabelsAndTheirValuesOneCellPerLine) {
  // A 自评表 copied from a web page: each label, its unit and its value on lines of their own.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "岳阳市南湖新区财政支出项目绩效评价自评报告",
      "项目名称        优抚",
      "计划安排资金", "", "(万元)", "", "170", "",
      "实际到位资金", "(万元)", "170",
      "实际支出", "(万元)", "179.6",
      "结余(万元)", "0",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 1u);
  EXPECT_EQ(ev.projects[0].name, "优抚");
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("1700000"));
  EXPECT_EQ(ev.projects[0].executed, Yuan("1796000"));
}

TEST(GeneralReading, LabelValuePairsOutsideAnyTable) {
  for (const char* row : {"计划安排资金 (万元) | 1208.75 | 实际支出 (万元) | 991.51 | 结余(万元) | 217.24 |",
                          "计划安排资金(万元)\t1208.75\t实际支出(万元)\t991.51"}) {
    auto parsed = ReadGeneral(TextDocumentFromLines({"低保专项绩效评价自评报告", row}));
    ASSERT_TRUE(parsed) << parsed.error().message;
    const Evaluation& ev = parsed->evaluation;
    ASSERT_EQ(ev.projects.size(), 1u) << row;
    EXPECT_EQ(ev.projects[0].budget.total, Yuan("12087500")) << row;
    EXPECT_EQ(ev.projects[0].executed, Yuan("9915100")) << row;
  }
}

TEST(GeneralReading, ABudgetSaidToBeFiscalMoneyIsItsFiscalPart) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "腾冲市林业和草原局2019年度中和木材检查站租金项目绩效自评报告",
      "2019年财政安排中和木材检查站租金项目经费11.2万元。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  EXPECT_EQ(parsed->evaluation.projects[0].budget.total, Yuan("112000"));
  EXPECT_EQ(parsed->evaluation.projects[0].budget.fiscal, Yuan("112000"));
  // With its parts listed, the fiscal part is the one named.
  parsed = ReadGeneral(TextDocumentFromLines({
      "某县2023年度道路养护项目绩效自评报告",
      "县财政安排项目资金100万元，其中县级财政拨款80万元，群众自筹20万元。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  EXPECT_EQ(parsed->evaluation.projects[0].budget.total, Yuan("1000000"));
  EXPECT_EQ(parsed->evaluation.projects[0].budget.fiscal, Yuan("800000"));
}

TEST(GeneralReading, TargetAndAchievedRunTogetherAfterAPercent) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "优抚对象生活补助经费转移支付2023年度绩效自评报告",
      "3.时效指标。优抚对象生活补助金每月中旬发放指标为100%实际完成值为100%义务兵家庭优待金每年3月、9月份发放指标为100%"
      "实际完成值为98%",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  const Indicator* monthly = Named(indicators, "优抚对象生活补助金每月中旬发放");
  const Indicator* twice = Named(indicators, "义务兵家庭优待金每年3月、9月份发放");
  ASSERT_TRUE(monthly && twice);
  EXPECT_EQ(monthly->target, Quantity::FromWhole(100));
  EXPECT_EQ(twice->actual, Quantity::FromWhole(98));
}

TEST(GeneralReading, AListOfFundsEachWithItsAmount) {
  // The title says 资金 in general: no project of that name; each fund of the list is one.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "忠县民政局2024年度资金绩效自评报告",
      "2024年度,中央、市级下达转移支付慈善会项目40万元;福利彩票公益金支出项目276.42万元;民政管理工作经费17万元;"
      "流浪乞讨救助经费36万元。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  EXPECT_EQ(ev.unit.name, "忠县民政局");
  EXPECT_EQ(ev.projects.size(), 4u);
  const Project* lottery = Named(ev.projects, "福利彩票公益金支出项目");
  ASSERT_TRUE(lottery);
  EXPECT_EQ(lottery->budget.total, Yuan("2764200"));
  EXPECT_FALSE(lottery->executed);
  ASSERT_TRUE(Named(ev.projects, "民政管理工作经费"));
  EXPECT_EQ(Named(ev.projects, "流浪乞讨救助经费")->budget.total, Yuan("360000"));
  EXPECT_FALSE(ev.funds.executed_total);
}

TEST(GeneralReading, WhatEachIndicatorOfALevelReachedInTheAnalysis) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "青川县司法局关于2021年度政法转移支付资金绩效的自评报告",
      "中央下达中央政法转移支付资金预算150万元。",
      "(三)绩效指标完成情况分析。",
      "(1)数量指标。",
      "办理法律援助案件94件;调解各类纠纷数量1087件;开展普法宣传活动场次86场。",
      "2.质量指标。该项目处治里程8公里,项目(工程)验收合格率为100%,经费发放率为98%覆盖率均为100%。",
      "3.成本指标。项目投资56万元,实际决算金额54.6万元。",
      "4.满意度指标。项目区群众满意度≥95%。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  struct Reached {
    const char* name;
    int actual;
  };
  for (const Reached& r : {Reached{"办理法律援助案件", 94}, Reached{"调解各类纠纷数量", 1087}, Reached{"开展普法宣传活动场次", 86},
                           Reached{"处治里程", 8}, Reached{"项目(工程)验收合格率", 100}, Reached{"经费发放率", 98},
                           Reached{"覆盖率", 100}}) {
    const Indicator* i = Named(indicators, r.name);
    ASSERT_TRUE(i) << r.name;
    EXPECT_EQ(i->actual, Quantity::FromWhole(r.actual)) << r.name;
    EXPECT_FALSE(i->target) << r.name;
  }
  const Indicator* satisfaction = Named(indicators, "项目区群众满意度");
  ASSERT_TRUE(satisfaction);
  EXPECT_EQ(satisfaction->target, Quantity::FromWhole(95));
  EXPECT_FALSE(satisfaction->actual);
  EXPECT_FALSE(Named(indicators, "实际决算金额")) << "money is the sentences' to read";
}

TEST(GeneralReading, TheProjectsShareIsNotTheDepartmentsWhole) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某医疗保障中心2024年度部门整体支出绩效自评报告",
      "项目21个,项目支出总额656.93万元。其中,本级项目8个,本级项目支出385.58万元;对下转移支付0万元。",
      "2024年部门全年执行数1767.21万元。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  EXPECT_EQ(parsed->evaluation.funds.executed_total, Yuan("17672100"));
  EXPECT_FALSE(parsed->evaluation.funds.budget_total) << "a zero is no department's budget";
}

TEST(GeneralReading, AFigureWhoseUnitALineBreakCut) {
  // Text copied from a PDF, broken at the page's width: "万" ends one line, "元" opens the next.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某中心2024年度部门整体支出绩效自评报告",
      "2024 年部门全年执行数 1767.21 万",
      "元,预算调整率较大。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  EXPECT_EQ(parsed->evaluation.funds.executed_total, Yuan("17672100"));
}

TEST(GeneralReading, MoneyNamedByWhereItComesFromIsNoProject) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "优抚对象生活补助经费转移支付2023年度绩效自评报告",
      "2023年收到财政资金共2330.9万元,其中:中央资金1372.7万元,地方资金98.6万元,其他资金859.6万元2023年支出2310.4万元。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  EXPECT_EQ(parsed->evaluation.projects[0].budget.total, Yuan("23309000"));
  EXPECT_EQ(parsed->evaluation.projects[0].executed, Yuan("23104000"));
}

TEST(GeneralReading, WhatWasToBeSpentAndTheQuotaAllottedAreBudgets) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "县司法局2020年度一村(社区)一法律顾问经费绩效自评报告",
      "2020年度紫金县财政划给紫金县司法局一村(社区)一法律顾问经费,指标金额是110万元,实际拨付金额是108万元。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  EXPECT_EQ(parsed->evaluation.projects[0].budget.total, Yuan("1100000"));
  EXPECT_EQ(parsed->evaluation.projects[0].executed, Yuan("1080000"));
  parsed = ReadGeneral(TextDocumentFromLines({
      "关于上报2023年1-4级残疾军人护理费项目支出绩效自评的报告",
      "全年应执行数为7.79万元,实际执行率为100%。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  EXPECT_EQ(parsed->evaluation.projects[0].budget.total, Yuan("77900"));
  EXPECT_FALSE(parsed->evaluation.projects[0].executed);
}

TEST(GeneralReading, ATableWhoseNameCellWrappedOntoARowOfItsOwn) {
  // A PDF's table as rows of cells: project 2's name wrapped, its first part on a row with no
  // figures. The reading of the template's sections stops there; the general reading goes on.
  TextDocument document = TextDocumentFromLines({
      "清河市自然资源局2022年度项目支出绩效自评报告",
      "2022年度部门全年预算数203902630.20元，全年执行数185440993.03元。项目支出情况如下表：",
  });
  auto row = [&](std::vector<std::string> cells) {
    TextLine line;
    for (std::size_t i = 0; i < cells.size(); ++i) line.text += (i ? "\t" : "") + cells[i];
    line.cells = std::move(cells);
    line.number = static_cast<int>(document.lines.size()) + 1;
    document.lines.push_back(std::move(line));
  };
  row({"序号", "项目名称", "全年预算数（元）", "其中：财政拨款", "其他资金", "全年执行数（元）", "执行率"});
  row({"1", "全民健身设施建设经费", "14003356.98", "8536446.41", "5466910.57", "9330436.75", ""});
  row({"2", "基层医疗卫生", "", "", "", "", ""});
  row({"", "机构运行补助专项资金", "18342752.28", "11735692.90", "6607059.38", "16248009.96", ""});
  row({"3", "河道清淤整治补助资金", "29279920.90", "22451843.34", "6828077.56", "25988857.79", ""});
  auto parsed = ParseReport(document);
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  EXPECT_EQ(ev.funds.budget_total, Yuan("203902630.20"));
  EXPECT_EQ(ev.funds.executed_total, Yuan("185440993.03"));
  const Project* river = Named(ev.projects, "河道清淤整治补助资金");
  ASSERT_TRUE(river);
  EXPECT_EQ(river->executed, Yuan("25988857.79"));
}

TEST(GeneralReading, FundsHeadedWithTheirUnitAndTheirFiguresUnder) {
  // A 自评表 copied from a web page: each fund on a line of its own with the unit of the figures
  // under it; each figure after its label and a colon (and the spaces the page left at the end).
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "彭水自治县2024年度中央对地方转移支付计划生育服务项目绩效自评",
      "农村部分计划生育家庭奖励扶助制度补助资金(万元)",
      "年度预算资金总额: 763.00 ",
      "其中:中央补助 502.00 ",
      "计划生育家庭特别扶助制度补助资金(万元)",
      "年度预算资金总额: 321.25 ",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  const Project* reward = Named(ev.projects, "农村部分计划生育家庭奖励扶助制度补助资金");
  const Project* special = Named(ev.projects, "计划生育家庭特别扶助制度补助资金");
  ASSERT_TRUE(reward && special);
  EXPECT_EQ(reward->budget.total, Yuan("7630000"));
  EXPECT_EQ(special->budget.total, Yuan("3212500"));
}

// The national template from 2021 on writes a target in three columns, 指标性质 | 指标值 |
// 度量单位 ("≥ | 735 | 人次", "定性 | 有效 |"): one target, whichever way the table was flattened.
TEST(GeneralReading, ATargetWrittenInThreeColumns) {
  const std::vector<std::vector<std::string>> rows = {
      {"一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"},
      {"产出指标", "数量指标", "资助学生人数", "≥", "735", "人次", "740", "20", "18", "部分学生转学"},
      {"质量指标", "资助覆盖率", "═", "100", "%", "100%", "20", "20", "无"},
      {"效益指标", "可持续影响指标", "长效机制", "定性", "有效", "有效", "10", "10", "无"},
  };
  const auto joined = [&](const char* separator, bool one_line) {
    std::vector<std::string> lines = {"某县教育局2023年度学生资助经费项目绩效自评报告",
                                      "全年预算数100万元，全年执行数95万元，执行率95%。"};
    std::string all;
    for (const auto& row : rows) {
      std::string line;
      for (const std::string& cell : row) {
        if (std::string_view(separator) == "\n") {
          lines.push_back(cell);
          continue;
        }
        if (!line.empty()) line += separator;
        line += cell;
      }
      if (one_line) all += (all.empty() ? "" : " ") + line;
      else if (!line.empty()) lines.push_back(line);
    }
    if (one_line) lines.push_back(all);
    return lines;
  };
  for (const auto& [separator, one_line] : {std::pair{" | ", false}, std::pair{"\t", false}, std::pair{" ", false},
                                            std::pair{"\n", false}, std::pair{" ", true}}) {
    SCOPED_TRACE(std::string("cells separated by \"") + separator + (one_line ? "\", one line" : "\""));
    auto parsed = ParseReport(TextDocumentFromLines(joined(separator, one_line)));
    ASSERT_TRUE(parsed) << parsed.error().message;
    ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
    const auto& indicators = parsed->evaluation.projects[0].indicators;
    const Indicator* count = Named(indicators, "资助学生人数");
    ASSERT_TRUE(count);
    EXPECT_EQ(count->comparator, Comparator::kGreaterEqual);
    EXPECT_EQ(count->target, Quantity::FromWhole(735));
    EXPECT_EQ(count->unit, "人次");
    EXPECT_EQ(count->actual, Quantity::FromWhole(740));
    EXPECT_EQ(count->score_stated, *ParseFixed<Points>("18"));
    const Indicator* coverage = Named(indicators, "资助覆盖率");
    ASSERT_TRUE(coverage);
    EXPECT_EQ(coverage->comparator, Comparator::kEqual);  // ═, a form's font for ＝
    EXPECT_EQ(coverage->target, Quantity::FromWhole(100));
    EXPECT_EQ(coverage->unit, "%");
    const Indicator* lasting = Named(indicators, "长效机制");
    ASSERT_TRUE(lasting);
    EXPECT_EQ(lasting->target_text, "有效");
    EXPECT_EQ(lasting->actual_text, "有效");
    EXPECT_EQ(lasting->score_stated, *ParseFixed<Points>("10"));
  }
}

// 湖南's 部门整体支出绩效评价基础数据表, one cell per line: the year before's 决算数 beside the
// report year's 预算数 and 决算数; 支出总额 is the department's, each 专项资金 row a project, the
// classes of spending (基本支出, 公用经费), money by its source (地方资金) and the running costs
// (三公经费: 公务用车购置和维护经费) none.
TEST(GeneralReading, ABasicDataTableOfTheYearBeforeAndTheYear) {
  // (As the page gives it: a blank line after every cell.)
  std::vector<std::string> lines;
  for (const char* cell : {
      "益阳市总工会2022年绩效自评附表", "附件1", "2022年度部门整体支出绩效评价基础数据表", "财政供养人员情况(人)",
      "编制数", "2022年实际在职人数", "控制率", "52", "52", "100%", "经费控制情况(万元)", "2021年决算数", "2022年预算数", "2022年决算数",
      "支出总额", "1274.38", "1342.49", "1342.49", "基本支出", "606.44", "719.99", "719.99", "其中:公用经费", "89.15",
      "95.86", "95.86", "项目支出", "667.94", "622.50", "622.5", "(一个项一行)", "春节向困难职工送温暖慰问资金", "300",
      "300", "300", "职工帮扶专项补助", "195.14", "149.20", "149.20", "地方资金", "20", "20", "20", "三公经费", "1、公务用车购置和维护经费", "3.33", "7",
                           "2.74"}) {
    lines.push_back(cell);
    lines.push_back("");
  }
  auto parsed = ParseReport(TextDocumentFromLines(lines));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  EXPECT_EQ(ev.funds.budget_total, Yuan("13424900"));
  EXPECT_EQ(ev.funds.executed_total, Yuan("13424900"));
  ASSERT_EQ(ev.projects.size(), 2u);
  EXPECT_EQ(ev.projects[0].name, "春节向困难职工送温暖慰问资金");
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("3000000"));
  EXPECT_EQ(ev.projects[1].name, "职工帮扶专项补助");  // a subsidy naming no source is no fiscal part
  EXPECT_EQ(ev.projects[1].budget.total, Yuan("1492000"));
  EXPECT_EQ(ev.projects[1].executed, Yuan("1492000"));
}

// A list after its cue and colon whose items a semicolon parts, then a numbered paragraph for each
// listed project: its figures are that project's ("1.X。该项目…").
TEST(GeneralReading, AListPartedBySemicolonsAndAParagraphForEachItem) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "共青团武威市委2020年度项目支出绩效评价自评报告",
      "2020年市财政共计下达单位市级项目资金60万元,涉及2个项目,分别为:青少年管理事务工作经费30万元;共青团武威市第四次代表大会费用30万元。",
      "三、项目资金使用及管理情况",
      "1.青少年管理事务工作经费。该项目财政拨入资金30万元,截止2020年12月31日,支出资金30万元,主要用于加强青少年思想政治引领。",
      "2.共青团武威市第四次代表大会费用。该项目财政拨入资金30万元,截止2020年12月31日,支出资金28万元。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  EXPECT_EQ(ev.funds.budget_total, Yuan("600000"));
  ASSERT_EQ(ev.projects.size(), 2u);
  EXPECT_EQ(ev.projects[0].name, "青少年管理事务工作经费");
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("300000"));
  EXPECT_EQ(ev.projects[0].executed, Yuan("300000"));
  EXPECT_EQ(ev.projects[1].name, "共青团武威市第四次代表大会费用");
  EXPECT_EQ(ev.projects[1].executed, Yuan("280000"));
  EXPECT_FALSE(ev.funds.executed_total);  // the projects' spending, not the department's

  // The same after 其中：
  auto added = ParseReport(TextDocumentFromLines({
      "红河州粮食和物资储备局2024年度项目支出绩效自评报告",
      "年中追加项目资金79.53万元,涉及项目2个,其中:2024年粮食和物资储备工作会议经费1.29万元;执收部门成本专项补助经费10.35万元。",
  }));
  ASSERT_TRUE(added) << added.error().message;
  const Project* meeting = Named(added->evaluation.projects, "2024年粮食和物资储备工作会议经费");
  ASSERT_TRUE(meeting);
  EXPECT_EQ(meeting->budget.total, Yuan("12900"));
  const Project* costs = Named(added->evaluation.projects, "执收部门成本专项补助经费");
  ASSERT_TRUE(costs);
  EXPECT_EQ(costs->budget.total, Yuan("103500"));
}

// A line ending in a list's cue ("具体如下：") and a numbered item per line after it: each item's
// first figure is the budget of the project its words name, whatever those words end with. A title
// quoted by a document site (《X绩效自评报告》) is the title; "规范项目支出管理" names no project.
TEST(GeneralReading, NumberedItemsAfterACueEachNameAProject) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "以下是第一文档网的小编为您整理的《南县就业服务中心2023年项目支出绩效自评报告》,欢迎阅读!",
      "为进一步规范项目支出管理,我单位对2023年度项目支出资金使用情况进行了绩效自评。",
      "南县就业服务中心2023年参与绩效评价的项目共4个,项目支出609.74万元。具体如下:",
      "1、档案整理费5万元,主要用于档案整理方面;",
      "2、失业保险政策宣传5万元,主要用于失业保险政策宣传方面;",
      "3、就业专项资金594.74万元,主要用于专项培训相关费用方面。",
      "(二)绩效目标设定及指标完成情况",
      "1、失业保险参保总人数为21347人。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  EXPECT_EQ(ev.unit.name, "南县就业服务中心");
  ASSERT_EQ(ev.projects.size(), 3u);
  EXPECT_EQ(ev.projects[0].name, "档案整理费");
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("50000"));
  EXPECT_EQ(ev.projects[1].name, "失业保险政策宣传");
  EXPECT_EQ(ev.projects[1].budget.total, Yuan("50000"));
  EXPECT_EQ(ev.projects[2].name, "就业专项资金");
  EXPECT_EQ(ev.projects[2].budget.total, Yuan("5947400"));
}

// A figure in brackets right after a name in quotes is that name's budget, whatever the name ends
// with, also in a report about a fund.
TEST(GeneralReading, AFigureInBracketsAfterAQuotedName) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "巴彦淖尔市2023年度中央土壤污染防治资金绩效自评报告",
      "我市将该笔资金下拨至乌拉特前旗,用于实施“内蒙古乌拉山化肥厂有限公司地块土壤污染状况初步调查项目”(723万元)"
      "和“巴彦淖尔市乌拉特前旗污染地块土壤污染状况详细调查”(272万元)。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  const Project* first = Named(projects, "内蒙古乌拉山化肥厂有限公司地块土壤污染状况初步调查项目");
  ASSERT_TRUE(first);
  EXPECT_EQ(first->budget.total, Yuan("7230000"));
  const Project* second = Named(projects, "巴彦淖尔市乌拉特前旗污染地块土壤污染状况详细调查");
  ASSERT_TRUE(second);
  EXPECT_EQ(second->budget.total, Yuan("2720000"));
}

// The whole year's budget written with its adjustment in brackets beats the year's opening one;
// projects checked or the department's own projects in general are no project by name.
TEST(GeneralReading, TheAdjustedBudgetInBracketsAndProjectsInGeneral) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "丰都县江池镇2023年度部门整体支出绩效自评报告",
      "2023年度丰都县江池镇年初预算1848.31万元,全年(调整)预算数3587.78万元。",
      "各主管业务科站室定期对本部门资金项目进行督导检查,重点检查项目支出进度,至2023年底我局项目执行金额2856.63万元,执行率79.62%。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  EXPECT_EQ(ev.funds.budget_total, Yuan("35877800"));
  EXPECT_EQ(ev.funds.executed_total, Yuan("28566300"));
  EXPECT_EQ(ev.funds.execution_rate_stated, Pct("79.62"));
  EXPECT_TRUE(ev.projects.empty());
}

// In an analysis of indicators, under a level, a clause naming its figure a target (年初任务数) and
// the clause after it saying what was reached (全年完成值) are one indicator.
TEST(GeneralReading, ATargetClauseThenWhatWasReached) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "锡林郭勒盟城乡居民基本养老保险补助资金2022年度绩效自评报告",
      "2022年城乡居民养老保险资金执行总量29675万元,预算执行率为98.67%。",
      "(四)绩效指标完成情况分析。",
      "1.产出指标。",
      "数量指标。养老金领取人数全年平均数年初任务数101974人,全年完成值103119人;全年缴费人数年初任务数216786人,全年完成值201201人。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  const Indicator* drawing = Named(indicators, "养老金领取人数全年平均数");
  ASSERT_TRUE(drawing);
  EXPECT_EQ(drawing->target, Quantity::FromWhole(101974));
  EXPECT_EQ(drawing->actual, Quantity::FromWhole(103119));
  const Indicator* paying = Named(indicators, "全年缴费人数");
  ASSERT_TRUE(paying);
  EXPECT_EQ(paying->target, Quantity::FromWhole(216786));
  EXPECT_EQ(paying->actual, Quantity::FromWhole(201201));
}

// A document's number in brackets between a listed name and its figure is no part of the name.
TEST(GeneralReading, AFileNumberBetweenANameAndItsFigure) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "一、绩效目标分解下达情况",
      "省级资金转移支付124.23万元,其中:麻埠镇鲜花岭水毁河堤维修加固工程100万元,2023年度农村改厕项目资金(皖财农〔2022〕1115号)21.24万元。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Project* toilets = Named(parsed->evaluation.projects, "2023年度农村改厕项目");  // 项目资金: the project's money
  ASSERT_TRUE(toilets);
  EXPECT_EQ(toilets->budget.total, Yuan("212400"));
}

// An indicator stated field by field (指标名称：X。年度目标：…；实际完成：…；得分：…), and a numbered
// item whose first clause is a name and whose next clause plans its money.
TEST(GeneralReading, KeyedIndicatorFieldsAndAnItemWhoseMoneyIsPlanned) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "关于静乐县2024年农村公路养护工程的绩效评价报告",
      "（1）指标名称：养护农村公路里程。年度目标：≥904公里；实际完成：985公里；得分：10分（满分10分）。",
      "（2）指标名称：工程完工时间。年度目标：按期完工；实际完成：按期完工；得分：15分（满分15分）。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  const Indicator* length = Named(indicators, "养护农村公路里程");
  ASSERT_TRUE(length);
  EXPECT_EQ(length->comparator, Comparator::kGreaterEqual);
  EXPECT_EQ(length->target, Quantity::FromWhole(904));
  EXPECT_EQ(length->actual, Quantity::FromWhole(985));
  EXPECT_EQ(length->unit, "公里");
  EXPECT_EQ(length->score_stated, *ParseFixed<Points>("10"));
  const Indicator* finished = Named(indicators, "工程完工时间");
  ASSERT_TRUE(finished);
  EXPECT_EQ(finished->target_text, "按期完工");
  EXPECT_EQ(finished->score_stated, *ParseFixed<Points>("15"));

  auto items = ParseReport(TextDocumentFromLines({
      "郧西县2023年度衔接推进乡村振兴补助资金绩效自评报告",
      "（1）脱贫人口小额信贷贴息项目，计划投入921,000.00元，实际拨付693,700.00元。",
      "（2）脱贫劳动力务工交通补助，计划投入1,335,700.00元，实际拨付939,700.00元。",
  }));
  ASSERT_TRUE(items) << items.error().message;
  const Project* fares = Named(items->evaluation.projects, "脱贫劳动力务工交通补助");
  ASSERT_TRUE(fares);
  EXPECT_EQ(fares->budget.total, Yuan("1335700"));
  EXPECT_EQ(fares->executed, Yuan("939700"));
}

// A header over two lines whose first names only the start of two columns (年度 | 实际) and whose
// second names them whole, alone (指标值 | 完成值).
TEST(GeneralReading, AHeaderWhoseSecondLineCompletesTwoColumns) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "市级文物保护专项经费绩效自评表(2022年度)",
      "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度 | 实际 | 分值 | 得分 | 偏差原因分析及改进措施",
      "指标值 | 完成值",
      "产出指标 | 数量指标 | 修缮建筑面积 | 6000平方米 | 6000平方米 | 7 | 7 | 无",
      "质量指标 | 验收通过率 | 100% | 95% | 6 | 5 | 个别项目复验",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  const Indicator* area = Named(indicators, "修缮建筑面积");
  ASSERT_TRUE(area);
  EXPECT_EQ(area->target, Quantity::FromWhole(6000));
  EXPECT_EQ(area->actual, Quantity::FromWhole(6000));
  EXPECT_EQ(area->score_stated, *ParseFixed<Points>("7"));
  const Indicator* passed = Named(indicators, "验收通过率");
  ASSERT_TRUE(passed);
  EXPECT_EQ(passed->target, Quantity::FromWhole(100));
  EXPECT_EQ(passed->actual, Quantity::FromWhole(95));
  EXPECT_EQ(passed->score_stated, *ParseFixed<Points>("5"));
}

// A title about a unit's budget funds as a whole names no project; a column of the money put in
// (实际投入资金额) is what was spent, whatever money word it ends with.
TEST(GeneralReading, TheBudgetFundsOfAUnitAndTheMoneyPutIn) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "重庆市大足区商务委员会2021年度预算资金绩效自评公开",
      "资金情况(万元)",
      "年初预算资金总额(万元) 实际投入资金额(万元) 产生差异的原因",
      "合计 1304.23 2951.55 项目经费增加",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  EXPECT_TRUE(ev.projects.empty());
  EXPECT_EQ(ev.funds.budget_total, Yuan("13042300"));
  EXPECT_EQ(ev.funds.executed_total, Yuan("29515500"));
}

// A 自评表 whose rows are lines with their cells run together and no separator, which neither
// reading finds anything in, is read as one flat table rather than refused.
TEST(GeneralReading, ATableWhoseCellsRunTogetherLineByLine) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "财政项目支出绩效自评表",
      "2020年度",
      "项目名称城镇建设管理",
      "主管部门松江区九亭镇人民政府实施单位松江区九亭镇人民政府(本部)",
      "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施",
      "产出指标数量指标项目计划完成率100%100%1515 ",
      "资金到位率100%100%1010 ",
      "质量指标项目一次验收合格率100%80%1111管理不够到位",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  const Indicator* planned = Named(indicators, "项目计划完成率");
  ASSERT_TRUE(planned);
  EXPECT_EQ(planned->target, Quantity::FromWhole(100));
  EXPECT_EQ(planned->score_stated, *ParseFixed<Points>("15"));
  const Indicator* accepted = Named(indicators, "项目一次验收合格率");
  ASSERT_TRUE(accepted);
  EXPECT_EQ(accepted->actual, Quantity::FromWhole(80));
  EXPECT_EQ(accepted->score_stated, *ParseFixed<Points>("11"));
}

// Cells run together into one number make no rate a report states ("执行率303010100%").
TEST(GeneralReading, NoRateBeyondAThousandPercent) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "某县2020年度演出设备更新专项经费绩效自评报告",
      "项目资金30万元，执行率303010100%。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  EXPECT_FALSE(parsed->evaluation.projects[0].execution_rate_stated);
  EXPECT_EQ(parsed->evaluation.projects[0].budget.total, Yuan("300000"));
}

// A list whose name column is called 政策任务, its names after a short code ("M102."), and a row a
// web page left an empty cell out of: its labels still stand in the header's order.
TEST(GeneralReading, PolicyTasksWithTheirCodesAndARowShortOfACell) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "珠海市2021年度省级财政专项资金绩效自评报告",
      "序号 | 财政事权 | 政策任务 | 预算额度 | 调整额度 | 实际安排额度 | 资金下达及调整文件 |",
      "1 | M1.工业企业转型升级 | M102.战略性产业集群产业链支撑 | 70.00 | 70.00 | ||",
      "2 | M1.工业企业转型升级 | M103.产业创新能力和平台建设 | 618.66 | 36.01 | 654.67 | 注2 |",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  EXPECT_TRUE(Named(projects, "战略性产业集群产业链支撑"));
  EXPECT_TRUE(Named(projects, "产业创新能力和平台建设"));
  EXPECT_FALSE(Named(projects, "工业企业转型升级"));
}

// A header whose first cell wrapped: its unit opens the row below ("(万元) 年度资金总额 29 …").
TEST(GeneralReading, AHeadersUnitOpeningTheRowBelow) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "市级文物保护专项经费绩效自评表(2022年度)",
      "项目名称 市级文物保护专项经费",
      "项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
      "(万元) 年度资金总额 29 29 27.8 9 95.86% 8",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  EXPECT_EQ(parsed->evaluation.projects[0].budget.total, Yuan("290000"));
  EXPECT_EQ(parsed->evaluation.projects[0].executed, Yuan("278000"));
}

// Under an indicator header, a row with a cell longer than a table cell (or a sentence's stop in
// one) is still a row, and the figures a wrapped row left alone on the next line ("7 7") are its.
TEST(GeneralReading, AnIndicatorRowWithALongCellAndItsFiguresBelow) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "市级文物保护专项经费绩效自评表(2022年度)",
      "项目名称 市级文物保护专项经费",
      "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分",
      "产出指标 数量指标 指标1:修缮建筑数量 完成六安市罗氏宗祠、李氏宗祠、英布墓日常维护,指挥部旧址报病虫害防治测绘、"
      "国保省保矢量数据测绘 完成六安市罗氏宗祠、李氏宗祠、英布墓日常维护,指挥部旧址报病虫害防治测绘、国保省保矢量数据测绘",
      "7 7",
      "成本指标 项目成本控制在预算内 本着节约的原则,控制在预算中。 100% 5 5",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  const Indicator* count = Named(indicators, "修缮建筑数量");
  ASSERT_TRUE(count);
  EXPECT_TRUE(count->target_text);
  EXPECT_EQ(count->score_stated, *ParseFixed<Points>("7"));
  const Indicator* cost = Named(indicators, "项目成本控制在预算内");
  ASSERT_TRUE(cost);
  EXPECT_EQ(cost->actual, Quantity::FromWhole(100));
  EXPECT_EQ(cost->score_stated, *ParseFixed<Points>("5"));
}

TEST(GeneralReading, AFormWithItsUnitInACellAndItsPointsUnderTheHeader) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "食品监管补助资金区域绩效目标自评表", "专项名称", "食品监管补助资金", "中央主管部门", "市场监管总局",
      "预算执行情况", "预算数:", "2.38", "执行数:", "2.38", "20", "其中:中央补助", "      2.38  万元",
      "年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值", "50",
      "产出指标", "质量指标", "指标1:食品安全监管人员培训", "已完成", "已完成", "5",
      "指标2:违法案件查办率", "100%", "98%", "4",
      "时效指标", "指标1:食品监管专项工作整体完成时间", "2021年12月31日", "2021年12月31日", "5",
      "效益指标", "社会效益指标", "指标1:辖区内重大食品安全监管责任事故发生数", "0次", "0次", "3",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const Project& project = parsed->evaluation.projects[0];
  EXPECT_EQ(project.budget.total, Yuan("23800"));
  EXPECT_EQ(project.executed, Yuan("23800"));
  const Indicator* training = Named(project.indicators, "食品安全监管人员培训");
  ASSERT_TRUE(training);
  EXPECT_EQ(training->actual_text, "已完成");
  EXPECT_EQ(training->score_stated, *ParseFixed<Points>("5"));
  const Indicator* cases = Named(project.indicators, "违法案件查办率");
  ASSERT_TRUE(cases);
  EXPECT_EQ(cases->target, Quantity::FromWhole(100));
  EXPECT_EQ(cases->actual, Quantity::FromWhole(98));
  EXPECT_EQ(cases->score_stated, *ParseFixed<Points>("4"));
  const Indicator* accidents = Named(project.indicators, "辖区内重大食品安全监管责任事故发生数");
  ASSERT_TRUE(accidents);
  EXPECT_EQ(accidents->target, Quantity::FromWhole(0));
  EXPECT_EQ(accidents->score_stated, *ParseFixed<Points>("3"));
}

// A paragraph that counts its projects and then numbers them inline, each with its money: a
// name may hold a bracketed part ("工程(一期)项目"), and 预算外资金 names a kind of funds, no budget.
TEST(GeneralReading, ProjectsNumberedInlineAfterTheirCount) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "2022年度项目支出绩效自评总报告",
      "(一)南昌市烈士陵园管理处2022年度共有5个项目1、烈士纪念设施维修项目:预算35. 3万元,2022年全 年实际支付35. 3万元,"
      "使用率100%。具体评价范围为:独立墓墓基维修500平方米。3、预算外资金政府集中款项目:预算20万元,2022 年全年实际支付20万元,"
      "使用率100%。4、南昌市烈士陵园整体提升改造工程(一期)项目: 预算1616万元,2022年全年实际支付1616万元,使用率 100%。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  const Project* repair = Named(projects, "烈士纪念设施维修项目");
  ASSERT_TRUE(repair);
  EXPECT_EQ(repair->budget.total, Yuan("353000"));
  EXPECT_EQ(repair->executed, Yuan("353000"));
  const Project* extra = Named(projects, "预算外资金政府集中款项目");
  ASSERT_TRUE(extra);
  EXPECT_EQ(extra->budget.total, Yuan("200000"));
  const Project* works = Named(projects, "南昌市烈士陵园整体提升改造工程(一期)项目");
  ASSERT_TRUE(works);
  EXPECT_EQ(works->budget.total, Yuan("16160000"));
  EXPECT_EQ(works->execution_rate_stated, Pct("100"));
  EXPECT_FALSE(parsed->evaluation.funds.budget_total);
}

// A title whose subject the text counts ("共有4个市直发展项目") speaks of a class of projects; the
// names listed after the count, as many as it says, are the projects.
TEST(GeneralReading, ProjectsCountedAndListedByName) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "2019年市直发展项目绩效自评价报告",
      "2019年,我单位共有4个市直发展项目,分别为市级特色小镇建设奖补专项资金、市级现代服务业发展专项资金、"
      "市级储备粮油财政补贴专项资金、省预算内统筹基建投资专项资金。",
      "一、市级特色小镇建设项目",
      "2019年12月,市财政投入2000万元,主要用于特色小镇专项规划编制。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  EXPECT_FALSE(Named(projects, "市直发展项目"));
  EXPECT_TRUE(Named(projects, "市级特色小镇建设奖补专项资金"));
  EXPECT_TRUE(Named(projects, "市级现代服务业发展专项资金"));
  EXPECT_TRUE(Named(projects, "市级储备粮油财政补贴专项资金"));
  EXPECT_TRUE(Named(projects, "省预算内统筹基建投资专项资金"));
  // A list of fewer names than its count is no list of them.
  auto short_list = ParseReport(TextDocumentFromLines({
      "某局2019年度项目支出绩效自评报告",
      "我局共有3个项目,分别为道路维修项目、路灯改造项目。全年预算数100万元。",
  }));
  ASSERT_TRUE(short_list);
  EXPECT_FALSE(Named(short_list->evaluation.projects, "道路维修项目"));
}

// A table flattened into one line whose header lost its last cells (分值, 得分): rows that state two
// more figures after what was reached give them as points and score, in the template's order.
TEST(GeneralReading, PointsAndScoreAfterAHeaderThatLostThem) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "国家基本公共卫生服务项目支出绩效自评表",
      "项目名称 国家基本公共卫生服务",
      "一级指标 二级指标 三级指标 年度指标值 实际完成值 产出指标 数量指标 指标7:建立预防接种证 221人 221人 2 2 "
      "指标8:适龄儿童疫苗接种率 100.00% 97.30% 2 1.9 指标12:孕产妇7天访视数 214人 203人 2 1.8",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  const Indicator* vaccination = Named(indicators, "适龄儿童疫苗接种率");
  ASSERT_TRUE(vaccination);
  EXPECT_EQ(vaccination->actual, *ParseFixed<Quantity>("97.3"));
  EXPECT_EQ(vaccination->weight, *ParseFixed<Points>("2"));
  EXPECT_EQ(vaccination->score_stated, *ParseFixed<Points>("1.9"));
  const Indicator* visits = Named(indicators, "孕产妇7天访视数");
  ASSERT_TRUE(visits);
  EXPECT_EQ(visits->target, Quantity::FromWhole(214));
  EXPECT_EQ(visits->score_stated, *ParseFixed<Points>("1.8"));
}

// "X项目支出N元" is project X's spending; the figures after 主要用于 say what it went on, a
// breakdown, no list of projects that the figure would be the whole of.
TEST(GeneralReading, AProjectsSpendingAndWhatItWentOn) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "施甸县图书馆2023年部门整体支出绩效自评报告",
      "2、项目支出",
      "(1)免费开放项目支出251384.66元,主要用于商品和服务支出中办公费支出34000.00元,维修(护)费61200.00元,"
      "对个和家庭补助的生活补助支出116184.66元用于志愿者补助,其他资本性支出40000.00元买图书。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Project* open = Named(parsed->evaluation.projects, "免费开放项目");
  ASSERT_TRUE(open);
  EXPECT_EQ(open->executed, Yuan("251384.66"));
  EXPECT_FALSE(open->budget.total);
}

// In a report about one fund, a clause stating a task's count and the next what was actually done
// make an indicator wherever they stand (here under 绩效目标情况, no analysis of indicators).
TEST(GeneralReading, ATaskCountThenWhatWasDoneAnywhere) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "无为市危房改造转移支付2022年度绩效自评报告",
      "一、绩效目标情况",
      "根据省、市住建部门要求,我市2022年农村危房改造任务数为115户,实际完成农村危房改造264户,发放补助资金为278.8万元。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  const auto& indicators = parsed->evaluation.projects[0].indicators;
  ASSERT_EQ(indicators.size(), 1u);
  EXPECT_NE(indicators[0].name.find("农村危房改造"), std::string::npos) << indicators[0].name;
  EXPECT_EQ(indicators[0].target, Quantity::FromWhole(115));
  EXPECT_EQ(indicators[0].actual, Quantity::FromWhole(264));
}

// A fund's parts listed as items (①…, or a number that lost its circle after a semicolon), each
// named before 应到位; a later list opening each item with a part's name gives its spending.
TEST(GeneralReading, ItemsOfAFundsPartsNamedAgainLater) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "隆阳区2022年专项转移支付绩效自评报告(林业生态保护恢复资金)",
      "2022年度上级安排隆阳区林业生态保护恢复资金3204.71万元,实际到位1696.76万元。分项目如下:①森林防火专业队能力建设补助"
      "应到位68万元,实际到位21万元,到位率30.88%;②贫困人口生态护林员项目应到位1605万元,实际到位1604.75万元;"
      "5新一轮退耕还林还草延长期补助应到位283.71万元,实际到位0万元。",
      "目前共支付资金1696.76万元。分别项目为①森林防火专业队能力建设补助购买森林防火物资支付21万元,资金执行率30.88%;"
      "5新一轮退耕还林还草延长期补助支付0万元,资金执行率0%。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  const Project* fire = Named(projects, "森林防火专业队能力建设补助");
  ASSERT_TRUE(fire);
  EXPECT_EQ(fire->budget.total, Yuan("680000"));
  EXPECT_EQ(fire->executed, Yuan("210000"));
  EXPECT_EQ(fire->execution_rate_stated, Pct("30.88"));
  const Project* extended = Named(projects, "新一轮退耕还林还草延长期补助");
  ASSERT_TRUE(extended);
  EXPECT_EQ(extended->budget.total, Yuan("2837100"));
  EXPECT_EQ(extended->execution_rate_stated, Pct("0"));
}

// A page whose title names one project (no 报告 in it, so no report's title) and whose text names
// no other: the money it states is that project's; its sections' labels (预算安排, 实施主体) are
// no projects.
TEST(GeneralReading, APageAboutTheOneProjectItsTitleNames) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "章贡区2019年林业有害生防治项目立项依据、实施主体、预算安排及绩效目标情况公示",
      "二、实施主体",
      "赣州市林业局章贡分局牵头,各镇具体实施。",
      "三、预算安排",
      "根据财政预算安排,全年预算数为 362万元,执行数为362万元。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 1u);
  EXPECT_EQ(projects[0].name, "章贡区2019年林业有害生防治项目");
  EXPECT_EQ(projects[0].budget.total, Yuan("3620000"));
  EXPECT_EQ(projects[0].executed, Yuan("3620000"));
  EXPECT_FALSE(parsed->evaluation.funds.budget_total);
}

// A list numbered inside a paragraph: the numbering before each name is no part of it.
TEST(GeneralReading, ANumberingBeforeANameIsNoPartOfIt) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "某市协作办2017年度部门整体支出绩效评价报告",
      "补助情况:(2)援宁经费50万元。(3)援藏工作经费20万元。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Project* ningxia = Named(parsed->evaluation.projects, "援宁经费");
  ASSERT_TRUE(ningxia);
  EXPECT_EQ(ningxia->budget.total, Yuan("500000"));
  EXPECT_TRUE(Named(parsed->evaluation.projects, "援藏工作经费"));
}

// A numbered paragraph whose name is a sentence of its own ("1、X经费。"), its money planned in the
// next ("2021年1月下达资金…"), is about X.
TEST(GeneralReading, ANumberedNameThenItsMoneyInTheNextSentence) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "盐亭县林业局2021年度项目支出绩效自评报告",
      "二、项目资金使用及绩效目标完成情况",
      "1、天然林保护工程经费。2021年1月下达资金922.6796万元（盐财农〔2021〕24号）；全年支出878.7737万元，"
      "占下达资金的95.24%。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Project* forest = Named(parsed->evaluation.projects, "天然林保护工程经费");
  ASSERT_TRUE(forest);
  EXPECT_EQ(forest->budget.total, Yuan("9226796"));
  EXPECT_EQ(forest->executed, Yuan("8787737"));
}

// So is one whose next sentence refers back to X ("该项目…") or opens with a budget's figure; a
// clause that is no name of work ("2、内群众对政府工作的认可。") names nothing, whatever follows.
TEST(GeneralReading, ANumberedNameThenASentenceAboutIt) {
  auto parsed = ParseReport(TextDocumentFromLines({
      "盐亭县林业局2021年度项目支出绩效自评报告",
      "二、项目资金使用及绩效目标完成情况",
      "4、森林防火专项经费。上级下达及本级安排资金共1.1846亿元，全年实际使用1.1277亿元。",
      "5、生态护林员补助资金。该项目年初预算795.4738万元，年中追加204.5562万元，调整后预算1000.0300万元；"
      "累计支出880.5364万元。",
      "6、内群众对政府工作的认可。二、项目资金情况项目资金28.6万元。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  const Project* fire = Named(projects, "森林防火专项经费");
  ASSERT_TRUE(fire);
  EXPECT_EQ(fire->budget.total, Yuan("118460000"));
  const Project* rangers = Named(projects, "生态护林员补助资金");
  ASSERT_TRUE(rangers);
  EXPECT_EQ(rangers->budget.total, Yuan("10000300"));
  EXPECT_EQ(rangers->executed, Yuan("8805364"));
  EXPECT_FALSE(Named(projects, "内群众对政府工作的认可"));
}

TEST(TitleSubject, WhatATitleSaysTheReportIsAbout) {
  struct Case {
    const char* title;
    const char* unit;
    const char* project;
  };
  const Case cases[] = {
      // The words before the year name the fund; nothing marks where a unit would end.
      {"河北省中央农业生产和水利救灾资金转移支付2022年度绩效自评报告", "", "河北省中央农业生产和水利救灾资金转移支付"},
      {"2021年中央对地方专项转移支付区域绩效目标自评表(市场监管经开区分局)", "", "中央对地方专项转移支付"},
      {"2024年普惠金融发展专项资金预算执行情况绩效自评报告", "", "普惠金融发展专项资金"},
      // A unit reporting on its funds' execution names no one fund.
      {"虎林市林业和草原局2021年度中央对地方转移支付预算执行情况绩效自评报告", "虎林市林业和草原局", ""},
      {"重庆市双桥经济技术开发区建设管理局 2021年度项目资金绩效自评报告", "重庆市双桥经济技术开发区建设管理局", ""},
      {"昆明市呈贡区云大附中呈贡中学 2023年部门整体支出绩效评价报告", "昆明市呈贡区云大附中呈贡中学", ""},
      {"海口市财政支出项目绩效自评报告(云龙产业园基础设施配套路网项目)", "", "云龙产业园基础设施配套路网项目"},
      // The spending of a project (项目支出) is that project's.
      {"某市2023年市级乡村振兴补助资金项目支出绩效评价报告", "某市", "市级乡村振兴补助资金项目"},
      {"某局2023年度项目支出绩效自评报告", "某局", ""},
      {"关于2023年度某县公共文化服务专项资金绩效自评的报告", "", "某县公共文化服务专项资金"},
      {"某县财政局关于2024年财政重点绩效评价结果的公开", "某县财政局", ""},
      // A unit's projects after the year: the unit, no project of that name.
      {"2019年郧西县水利局项目支出绩效自评报告", "郧西县水利局", ""},
      // A grant, a subsidy or a programme is what a third party evaluates; "的" closes no name.
      {"普通高中国家助学金2020年度绩效评价报告", "", "普通高中国家助学金"},
      {"关于静乐县2024年农村公路养护工程的绩效评价报告", "静乐县", "农村公路养护工程"},
      // The spending of a subsidy is that subsidy's; a fund in brackets after the title is its subject.
      {"弥勒市住房和城乡建设局2022年度保障性住房租赁补贴支出绩效自评报告", "弥勒市住房和城乡建设局", "保障性住房租赁补贴"},
      {"保山市归国华侨联合会2019年度部门项目支出绩效自评报告(2019年春节慰问经费)", "保山市归国华侨联合会",
       "2019年春节慰问经费"},
      // A place's projects in general name no project.
      {"岳阳市南湖新区财政支出项目绩效评价自评报告", "", ""},
      {"忠县民政局2024年度资金绩效自评报告", "忠县民政局", ""},
      // The kind of evaluation after the subject is no part of it; a construction is a project.
      {"省区域应急救援中心建设全周期跟踪问效绩效评价报告", "", "省区域应急救援中心建设"},
  };
  for (const Case& c : cases) {
    const parse::TitleSubject s = parse::ReadTitleSubject(c.title);
    EXPECT_EQ(std::string(s.unit), c.unit) << c.title;
    EXPECT_EQ(std::string(s.project), c.project) << c.title;
  }
}

TEST(GeneralReading, TheTotalOfAListWithTheRunningCostsIsTheDepartments) {
  // A department's execution table lists its running costs (基本支出—人员经费) beside its projects:
  // its 合计 row, in the 序号 column, is the department's budget and spending; the running costs
  // are no projects.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某局2024年度部门整体支出绩效自评报告",
      "表1　2024年度部门预算执行情况表",
      "注：金额单位为万元。",
      "序号\t项目\t全年预算数\t全年执行数\t执行率",
      "1\t基本支出—人员经费\t251.96\t247.61\t98.27%",
      "2\t基本支出—公用经费\t57.08\t57.08\t100.00%",
      "3\t特种设备安全监管经费\t222.31\t193.60\t87.09%",
      "合计\t\t531.35\t498.29\t93.78%",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  EXPECT_EQ(ev.funds.budget_total, Yuan("5313500"));
  EXPECT_EQ(ev.funds.executed_total, Yuan("4982900"));
  EXPECT_EQ(ev.projects.back().name, "特种设备安全监管经费");
  EXPECT_EQ(ev.projects.back().budget.total, Yuan("2223100"));
}

TEST(GeneralReading, AFormsBoxOfTheBudgetsPartsGivesTheProjectsFiscalPart) {
  // A form's 资金来源 box (a table nested in its cell): the budget's parts as a header over their
  // figures, the year's budget and spending after them as pairs on a wider row.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某局2024年度项目支出绩效自评报告",
      "金额单位：元",
      "项目名称\t特种设备安全监管经费",
      "资金来源\t",
      "当年财政拨款\t上年结转资金\t其他资金",
      "1,800,900.00\t422,200.00\t0.00",
      "全年预算数\t2,223,100.00\t全年执行数\t1,936,000.00\t执行率\t87.09%",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 1u);
  EXPECT_EQ(ev.projects[0].budget.fiscal, Yuan("1800900"));
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("2223100"));
  EXPECT_EQ(ev.projects[0].executed, Yuan("1936000"));
}

TEST(GeneralReading, AClauseAfterASemicolonGoesOnWithItsSentencesSubject) {
  // "该项目…，其中…；全年执行数…": the spending after the semicolon is the project's the sentence
  // began with, not the department's.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某社2020年度项目支出绩效自评报告",
      "（一）农村电商服务站运营补助",
      "1.资金使用情况。该项目全年预算数131.58万元，其中财政拨款116.97万元、其他资金14.61万元；"
      "全年执行数108.19万元，预算执行率82.22%。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 1u);
  EXPECT_EQ(ev.projects[0].executed, Yuan("1081900"));
  EXPECT_EQ(ev.projects[0].execution_rate_stated, Percent::FromUnits(8222));
  EXPECT_FALSE(ev.funds.executed_total);
}

TEST(GeneralReading, AHeaderRepeatedRightAfterTheLastRowContinuesItsTable) {
  // A Word table's header row repeated at the top of the next page: its rows are the same
  // project's; the next table, under its own caption, is the next project's.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某社2020年度项目支出绩效自评报告",
      "（一）农村电商服务站运营补助",
      "该项目全年预算数131.58万元。",
      "表1\t农村电商服务站运营补助绩效指标完成情况",
      "三级指标\t年度指标值\t实际完成值\t分值\t得分",
      "补助电商服务站\t≥31个\t34个\t9\t9",
      "培训电商从业人员\t≥267人次\t240人次\t9\t8.09",
      "服务站正常运营率\t≥85%\t88.4%\t5\t5",
      "资金使用合规率\t≥100%\t100%\t9\t9",
      "档案资料完整率\t≥100%\t100%\t7\t7",
      "资金支付及时率\t≥95%\t100%\t11\t11",
      "三级指标\t年度指标值\t实际完成值\t分值\t得分",
      "政策知晓率\t≥85%\t79.5%\t10\t9.35",
      "（二）社有企业改革发展资金",
      "该项目全年预算数48.52万元。",
      "表2\t社有企业改革发展资金绩效指标完成情况",
      "三级指标\t年度指标值\t实际完成值\t分值\t得分",
      "扶持社有企业\t≥3家\t3家\t9\t9",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 2u);
  ASSERT_EQ(ev.projects[0].indicators.size(), 7u);
  EXPECT_EQ(ev.projects[0].indicators[6].name, "政策知晓率");
  ASSERT_EQ(ev.projects[1].indicators.size(), 1u);
  EXPECT_EQ(ev.projects[1].indicators[0].name, "扶持社有企业");
}

TEST(GeneralReading, ATableACellALineNumberedFromOneHasItsHeadersWidth) {
  // One cell per line: the header runs on over 实施状态, which the lexicon names no role, up to the
  // first row's 1; the rows numbered 1, 2 are of that width though their last cells are words.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某镇2019年度项目支出绩效自评情况报告",
      "附表1：项目资金使用情况明细表",
      "序号", "项目名称", "实施地点", "计划投资（元）", "累计支付（元）", "支付进度", "实施状态",
      "1", "三合村人饮工程维修项目", "三合村", "241,348.00", "185,934.00", "77.04%", "已完工，尾款未付",
      "2", "大湾村安全饮水管网延伸工程", "大湾村", "425,340.00", "425,340.00", "100%", "已完工",
      "合计", "", "666,688.00", "611,274.00", "91.69%",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 2u);
  EXPECT_EQ(ev.projects[0].name, "三合村人饮工程维修项目");
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("241348"));
  EXPECT_EQ(ev.projects[0].executed, Yuan("185934"));
  EXPECT_EQ(ev.projects[1].name, "大湾村安全饮水管网延伸工程");
  EXPECT_EQ(ev.projects[1].executed, Yuan("425340"));
}

TEST(GeneralReading, AFormOneCellALineGivesEachLabelTheValueUnderIt) {
  // An online system's 自评表 saved as text, a cell a line: each money label has its value on the
  // line below (no card whose figure stands above its label); 金额单位：元 heads no column; the
  // year's budget stated after 年初预算数 is the budget; an indicator table numbered from 1.
  auto parsed = ParseReport(TextDocumentFromLines({
      "2019年度项目支出绩效自评表", "金额单位：元", "", "项目名称", "青年志愿服务项目", "项目编码", "43112919464414",
      "年初预算数（元）", "875053.00", "全年预算数（元）", "1019827.00", "其中：财政拨款（元）", "651567.00",
      "其他资金（元）", "368260.00", "全年执行数（元）", "927665.00", "预算执行率（%）", "90.96",
      "绩效指标完成情况", "序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因",
      "1", "产出指标", "数量指标", "新增注册志愿者", "≥3920人", "4077人", "16", "16", "无",
      "2", "满意度指标", "服务对象满意度指标", "青少年满意度", "≥85%", "97.6%", "10", "10", "无",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 1u);
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("1019827"));
  EXPECT_EQ(ev.projects[0].budget.fiscal, Yuan("651567"));
  EXPECT_EQ(ev.projects[0].executed, Yuan("927665"));
  ASSERT_EQ(ev.projects[0].indicators.size(), 2u);
  EXPECT_EQ(ev.projects[0].indicators[0].name, "新增注册志愿者");
  EXPECT_EQ(ev.projects[0].indicators[1].actual, ParseFixed<Quantity>("97.6").value());
}

TEST(GeneralReading, YearGroupsOverTheirColumnsACellALineGiveThisYearsFigures) {
  // "项目名称 | 上年（2021年） | 本年（2022年）" over "预算数 | 执行数 | 执行率" twice, a cell a line:
  // each project's row gives this year's group; the groups name no project.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某局2022年度部门整体支出绩效自评报告",
      "表2  2022年度项目支出执行情况表（单位：万元）",
      "项目名称", "上年（2021年）", "本年（2022年）", "预算数", "执行数", "执行率", "预算数", "执行数", "执行率",
      "城市市政设施维护经费", "—", "—", "—", "599.93", "591.44", "98.58%",
      "城镇污水处理设施运行经费", "461.04", "429.68", "93.20%", "400.91", "400.91", "100.00%",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 2u);
  EXPECT_EQ(ev.projects[0].name, "城市市政设施维护经费");
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("5999300"));
  EXPECT_EQ(ev.projects[1].name, "城镇污水处理设施运行经费");
  EXPECT_EQ(ev.projects[1].budget.total, Yuan("4009100"));
  EXPECT_EQ(ev.projects[1].executed, Yuan("4009100"));
}

TEST(GeneralReading, AMonitoringTablesRateOfPartOfTheYearIsNoneOfTheYears) {
  // The year's self-evaluation carrying the mid-year monitoring: 执行进度 beside 1-7月执行数 is
  // that part's rate; the form's name parted at its year's end (2019 | 年…) is one name.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县信访局2019年度项目支出绩效自评报告",
      "项目名称\t全年预算数（万元）\t1-7月执行数（万元）\t执行进度\t全年预计执行数（万元）",
      "信访信息系统运行维护经费\t20.86\t9.15\t43.86%\t19.75",
      "项目名称\t2019\t年信访信息系统运行维护经费",
      "\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
      "项目资金（万元）\t年度资金总额\t20.86\t20.86\t17.62\t10\t84.47%\t8.45",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  ASSERT_FALSE(ev.projects.empty());
  EXPECT_EQ(ev.projects[0].execution_rate_stated, Percent::FromUnits(8447));
  // (The same project as the monitoring's: its name the same but for the year.)
  ASSERT_EQ(ev.projects.size(), 1u);
  EXPECT_EQ(ev.projects[0].executed, Yuan("176200"));
}

TEST(GeneralReading, ATitleAPagesWidthBrokeReadsAsOneLine) {
  // Copied out of a PDF: the title broken mid-word at the page's width ("…2023年度绩" / "效自评报告")
  // names the project its figures are of; a title set on two lines by design, its first line short
  // of the text's width, is left to the other readings.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "预算绩效管理",
      "- 发布机构: 红河州卫生健康委员会",
      "红河州第二人民医院国家基本公共卫生服务项目州级补助资金2023年度绩",
      "效自评报告",
      "一、绩效目标完成情况分析",
      "国家基本公共卫生服务项目州级补助资金2.00万元,截至2023年12月31日,",
      "资金已使用2.00万元,结余0万元,资金执行率100%。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 1u);
  EXPECT_EQ(ev.projects[0].name, "红河州第二人民医院国家基本公共卫生服务项目州级补助资金");
  EXPECT_EQ(ev.projects[0].executed, Yuan("20000"));
}

TEST(GeneralReading, AGroupOfTheYearsPartsStandsForAColumnPerPart) {
  // "分季度执行数" over "一季度 | 二季度 | 三季度 | 四季度" written alone: the group is four columns,
  // each a quarter's, read past; the year's spending is the 全年执行数 after them.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某工商联2025年度项目支出绩效自评报告",
      "表1  项目分季度支出情况表（单位：万元）",
      "序号\t项目名称\t全年预算数\t分季度执行数\t全年执行数\t执行率",
      "一季度\t二季度\t三季度\t四季度",
      "1\t民营经济运行监测调查经费\t31.18\t3.62\t7.58\t5.93\t8.26\t25.39\t81.43%",
      "2\t光彩事业帮扶项目\t41.88\t2.55\t8.63\t8.95\t14.10\t34.23\t81.73%",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 2u);
  EXPECT_EQ(ev.projects[0].executed, Yuan("253900"));
  EXPECT_EQ(ev.projects[0].execution_rate_stated, Percent::FromUnits(8143));
  EXPECT_EQ(ev.projects[1].executed, Yuan("342300"));
  // (And the year's changes under 预算调整, 追加 | 调减 on the second row: the adjusted budget after them.)
  parsed = ReadGeneral(TextDocumentFromLines({
      "中共某县委老干部局2023年度项目支出绩效自评报告",
      "表1  2023年度项目预算调整及执行情况表",
      "单位：万元",
      "序号\t项目名称\t年初预算\t预算调整\t调整后预算\t实际支出\t执行率",
      "\t\t\t追加\t调减",
      "1\t老年大学办学经费\t47.402774\t—\t5.326069\t42.076705\t35.953702\t85.45%",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  EXPECT_EQ(parsed->evaluation.projects[0].budget.total, Yuan("420767.05"));
  EXPECT_EQ(parsed->evaluation.projects[0].executed, Yuan("359537.02"));
}

TEST(GeneralReading, ASummaryWithItsProjectsAcrossACellALine) {
  // "序号 / 1 / 2 / 项目 / A / B / 全年预算数（元） / … " one cell per line: each row a label and a cell per
  // project numbered across.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县侨联2022年度项目支出绩效自评报告", "表1 项目支出绩效自评结果汇总表",
      "序号", "1", "2", "项目", "海外联谊交流活动经费", "侨情数据库更新维护经费",
      "全年预算数（元）", "1,758,925.69", "953,434.43", "全年执行数（元）", "1,615,027.97", "827,952.92",
      "预算执行率", "91.82%", "86.84%", "服务对象满意度", "86.3%", "84.4%",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 2u);
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("1758925.69"));
  // (A row of the satisfaction each project reached.)
  ASSERT_TRUE(ev.projects[1].satisfaction);
  EXPECT_EQ(ev.projects[1].satisfaction->stated, Percent::FromUnits(8440));
  EXPECT_EQ(ev.projects[1].executed, Yuan("827952.92"));
  EXPECT_EQ(ev.projects[1].execution_rate_stated, Percent::FromUnits(8684));
}

TEST(GeneralReading, AProjectsListHoldingAnothersIndicatorGivesWayToTheGeneralReadings) {
  // The sectioned reading bound the first project's table to the second too; the general reading
  // gave each its own: the second project's list is the general reading's.
  const auto indicator = [](std::string name, const char* actual) {
    Indicator i;
    i.name = std::move(name);
    i.target = ParseFixed<Quantity>("95").value();
    i.actual = ParseFixed<Quantity>(actual).value();
    i.score_stated = ParseFixed<Points>("10").value();
    return i;
  };
  const auto project = [](std::string name, std::vector<Indicator> indicators) {
    Project p;
    p.name = std::move(name);
    p.indicators = std::move(indicators);
    return p;
  };
  ParseResult base, general;
  base.evaluation.projects = {project("普法宣传教育经费", {indicator("项目完成率", "100")}),
                              project("人民调解以奖代补资金", {indicator("项目完成率", "100"), indicator("发放普法宣传资料份数", "39100"),
                                                            indicator("调解矛盾纠纷件数", "1112")})};
  general.evaluation.projects = {project("普法宣传教育经费", {indicator("项目完成率", "100"), indicator("发放普法宣传资料份数", "39100")}),
                                 project("人民调解以奖代补资金", {indicator("调解矛盾纠纷件数", "1112"), indicator("项目完成率", "92.9")})};
  const TextDocument document = TextDocumentFromLines({"某县司法局2021年度项目支出绩效自评报告"});
  std::vector<parse::UnplacedText> unplaced;
  parse::FillFromGeneral(document, base, std::move(general), std::vector<bool>(1, false), unplaced);
  const auto& second = base.evaluation.projects[1].indicators;
  ASSERT_EQ(second.size(), 2u);
  EXPECT_EQ(second[0].name, "调解矛盾纠纷件数");
  EXPECT_EQ(second[1].actual, ParseFixed<Quantity>("92.9").value());
}

TEST(GeneralReading, ATableCaptionNamesTheProjectOfItsTableBelow) {
  // A report on rectification: each table's caption names its project before the kind of table
  // (…整改前后对比表, …2022年度绩效指标完成情况), though the text never listed the projects; the
  // report year's column of the comparison gives the money.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县地震局关于2021年度绩效评价发现问题整改情况及2022年度绩效自评结果",
      "应用的报告",
      "表1 地震监测台网运维经费整改前后对比表",
      "对比项目            2021年度（整改前）   2022年度（整改后）   变化情况",
      "全年预算数（万元）               192.86               94.00  —",
      "全年执行数（万元）               133.38               94.00  —",
      "预算执行率                      69.16%             100.00%  提高30.84个百分点",
      "表2 农居地震安全工程补助资金2022年度绩效指标完成情况",
      "一级指标    二级指标            三级指标          年度指标值   实际完成值   分值   得分",
      "产出指标    数量指标            完成农居抗震改造   ≥396户       365户         17   15.67",
      "产出指标    质量指标            竣工验收合格率    ≥100%              100%    15     15",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 2u);
  EXPECT_EQ(ev.projects[0].name, "地震监测台网运维经费");
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("940000"));
  EXPECT_EQ(ev.projects[1].name, "农居地震安全工程补助资金");
  EXPECT_EQ(ev.projects[1].indicators.size(), 2u);
}

TEST(GeneralReading, AParagraphOpeningWithAFundsNameBeforeItsTotalInputIsThatProjects) {
  // Each paragraph opens with a fund's name (in quotes or not) and a comma or colon, then its
  // money: 总投入 is its budget, 占总投入的 the share spent.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县档案馆2021年度项目支出绩效自评报告",
      "　　馆藏档案数字化加工经费，总投入人民币12.50万元，截至年底已支出11.20万元，占总投入的89.60%。",
      "　　“档案库房设施维护经费”：安排资金8.6万元（财政拨款8万元），使用8.6万元，使用率100%。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 2u);
  EXPECT_EQ(ev.projects[0].name, "馆藏档案数字化加工经费");
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("125000"));
  EXPECT_EQ(ev.projects[0].executed, Yuan("112000"));
  EXPECT_EQ(ev.projects[0].execution_rate_stated, Pct("89.60"));
  EXPECT_EQ(ev.projects[1].name, "档案库房设施维护经费");
  EXPECT_EQ(ev.projects[1].budget.total, Yuan("86000"));
  EXPECT_EQ(ev.projects[1].budget.fiscal, Yuan("80000"));
  EXPECT_EQ(ev.projects[1].executed, Yuan("86000"));
}

TEST(GeneralReading, ASummarysColumnOfAnEarlierYearAndItsBareVerbs) {
  // A report on 2022 beside the rates of 2021: that column is last year's, the rate read is this
  // year's; 预算 and 执行 head the money budgeted and spent; a PDF's text spaced the year from its
  // word, and full-width spaces part the cells of the second table.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县食用菌产业发展中心2022年度项目支出绩效自评报告",
      "表1  2022 年度项目预算执行情况汇总表（单位：万元）",
      "序号  项目名称  2021 年执行率  全年预算  全年执行  执行率",
      "1  菌种繁育基地建设项目  70.78%  268.79  268.79  100.00%",
      "2  食用菌栽培技术推广经费  58.78%  13.44  11.25  83.71%",
      "表2　其他项目预算执行情况（单位：万元）",
      "序号　项目名称　预算　执行　执行率",
      "1　食用菌产品质量检测经费　17.00　14.00　82.35%",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 3u);
  EXPECT_EQ(ev.projects[0].execution_rate_stated, Pct("100"));
  EXPECT_EQ(ev.projects[1].budget.total, Yuan("134400"));
  EXPECT_EQ(ev.projects[1].executed, Yuan("112500"));
  EXPECT_EQ(ev.projects[1].execution_rate_stated, Pct("83.71"));
  EXPECT_EQ(ev.projects[2].name, "食用菌产品质量检测经费");
  EXPECT_EQ(ev.projects[2].budget.total, Yuan("170000"));
  EXPECT_EQ(ev.projects[2].executed, Yuan("140000"));
}

TEST(GeneralReading, NoneAimedAtInWordsIsATargetOfZero) {
  // 零发生 / 零事故: a target of none, in words, with the count reached after it, in the next
  // clause, in brackets, or joined by 、; or the count reached first, the target in brackets.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县应急管理局2023年度项目支出绩效自评报告",
      "　　安全生产宣传经费：预算12万元，支出12万元。效益指标：确保较大安全事故零发生（实际 0 起）；"
      "火灾亡人事故零事故，全年发生0起；危化品泄漏事件年初目标0起、全年发生0起；"
      "非法违法生产经营行为1起（年度目标零发生）。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 1u);
  const auto& inds = ev.projects[0].indicators;
  const Quantity zero = ParseFixed<Quantity>("0").value(), one = ParseFixed<Quantity>("1").value();
  for (const char* name : {"较大安全事故", "火灾亡人事故", "危化品泄漏事件", "非法违法生产经营行为"}) {
    const Indicator* ind = Named(inds, name);
    ASSERT_NE(ind, nullptr) << name;
    EXPECT_EQ(ind->target, zero) << name;
    EXPECT_EQ(ind->actual, std::string(name) == "非法违法生产经营行为" ? one : zero) << name;
  }
}

TEST(GeneralReading, GoalsStatedInOneSectionAndWhatWasReachedInAnotherByName) {
  // 一、 names each project as a numbered item the next sentence calls 该项目 (its name ends in no
  // fund word); 二、 gives each one's targets under its name and a colon (a line without figures);
  // 三、 says what each indicator reached, by its name, without the word 实际.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县气象局2022年度项目支出绩效自评报告",
      "一、项目基本情况",
      "（一）人工影响天气作业。该项目预算批复42.50万元，当年支出40.10万元，执行率94.35%。",
      "（二）农业气象灾害监测预警。该项目预算批复18.00万元，当年支出18.00万元，执行率100%。",
      "二、绩效目标",
      "人工影响天气作业：年度绩效目标如下。",
      "1.产出目标：开展增雨作业不少于40次；作业安全事故发生率实现0%。",
      "2.满意度目标：种植户满意度不低于85%。",
      "农业气象灾害监测预警：年度绩效目标如下。",
      "1.产出目标：发布预警信息≥120期；预警准确率不低于80%。",
      "三、绩效目标完成情况",
      "（一）人工影响天气作业。开展增雨作业46次；作业安全事故发生率为0%；种植户满意度91.2%。",
      "（二）农业气象灾害监测预警。完成发布预警信息131期；预警准确率达到83.5%，完成年度目标。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 2u);
  EXPECT_EQ(ev.projects[0].name, "人工影响天气作业");
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("425000"));
  const auto reached = [&](std::size_t p, const char* name, const char* target, const char* actual) {
    const Indicator* ind = Named(ev.projects[p].indicators, name);
    ASSERT_NE(ind, nullptr) << name;
    EXPECT_EQ(ind->target, ParseFixed<Quantity>(target).value()) << name;
    EXPECT_EQ(ind->actual, ParseFixed<Quantity>(actual).value()) << name;
  };
  reached(0, "开展增雨作业", "40", "46");
  reached(0, "种植户满意度", "85", "91.2");
  reached(1, "发布预警信息", "120", "131");
  reached(1, "预警准确率", "80", "83.5");
  EXPECT_EQ(ev.projects[1].indicators.size(), 2u);
}

TEST(GeneralReading, FundsInBatchesAndSpendingByDatesGiveTheYearsFigures) {
  // A fund named 专款 in the title, its money arriving in batches then added to: the year's
  // budget is the total at the end; what was spent by 6月 and 9月 with its 支出进度 gives way to
  // what was spent by 12月31日; an indicator's half-year figure is passed over for the year's.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县2021年中央补助地方公共法律服务专款绩效自评报告",
      "一、资金下达情况",
      "　　2021年，3月下达第一批20.00万元，5月下达第二批15.50万元，两批合计35.50万元。年中追加4.50万元，全年累计下达40.00万元。",
      "二、资金支出情况",
      "　　截至6月30日支出12.00万元，支出进度30%；截至9月30日支出28.00万元，支出进度70%；截至12月31日累计支出39.20万元，执行率98%。",
      "三、绩效指标完成情况",
      "1.提供法律咨询服务年度目标不低于1200人次，上半年完成500人次，全年完成1350人次。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 1u);
  EXPECT_EQ(ev.projects[0].name, "中央补助地方公共法律服务专款");
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("400000"));
  EXPECT_EQ(ev.projects[0].executed, Yuan("392000"));
  EXPECT_EQ(ev.projects[0].execution_rate_stated, Pct("98"));
  const Indicator* advice = Named(ev.projects[0].indicators, "提供法律咨询服务");
  ASSERT_NE(advice, nullptr);
  EXPECT_EQ(advice->target, ParseFixed<Quantity>("1200").value());
  EXPECT_EQ(advice->actual, ParseFixed<Quantity>("1350").value());
  EXPECT_EQ(ev.projects[0].indicators.size(), 1u);
}

TEST(GeneralReading, NumberedSubsidiesWithTheirOwnMoneyAndTargetsInBracketsBeforeWhatWasReached) {
  // A programme's numbered subsidies, each with its own money (应补资金, 实际兑付), are its
  // projects; a fund by its source is not. An indicator's target in brackets after its name,
  // then what was reached after 实际 (the indicators of the programme, under a section of its own).
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县2022年度农机深松整地补助资金绩效自评报告",
      "一、基本情况",
      "　　2022年我县农机深松整地补助资金应补资金300,000.00元，截至年底实际拨付300,000.00元，拨付率100.00%。",
      "　　1、中央财政补助：安排资金200,000.00元。",
      "　　2、深松作业补助：作业面积计划8000亩，实际完成8200亩；应补资金240,000.00元，实际兑付240,000.00元。",
      "　　3、秸秆还田作业补助：应补资金60,000.00元，实际兑付58,000.00元，拨付率96.67%。",
      "三、绩效指标完成情况",
      "　　产出指标：深松作业面积（目标值：不少于 8000 亩）实际完成 8200 亩；补助发放到户率（目标值：100%）实际 98.5%。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 3u);
  EXPECT_EQ(ev.projects[0].name, "农机深松整地补助资金");
  EXPECT_EQ(ev.projects[1].name, "深松作业补助");
  EXPECT_EQ(ev.projects[1].budget.total, Yuan("240000"));
  EXPECT_EQ(ev.projects[1].executed, Yuan("240000"));
  EXPECT_EQ(ev.projects[2].name, "秸秆还田作业补助");
  EXPECT_EQ(ev.projects[2].executed, Yuan("58000"));
  const Indicator* share = Named(ev.projects[0].indicators, "补助发放到户率");
  ASSERT_NE(share, nullptr);
  EXPECT_EQ(share->target, ParseFixed<Quantity>("100").value());
  EXPECT_EQ(share->actual, ParseFixed<Quantity>("98.5").value());
  const Indicator* area = Named(ev.projects[0].indicators, "深松作业面积");
  ASSERT_NE(area, nullptr);
  EXPECT_EQ(area->actual, ParseFixed<Quantity>("8200").value());
}

TEST(ParseReport, ProjectsGroupedByGradeCountedInWordsWithDashedIndicators) {
  // Projects under headings of the grade they earned (no project themselves), each opening
  // "一是X。全年预算…", its indicators one per line after a dash.
  auto parsed = ParseReport(TextDocumentFromLines({
      "某县地方金融服务中心2021年度项目绩效自评情况报告",
      "二、各项目自评情况",
      "（一）自评等级为“优”的项目（两个）",
      "一是金融知识宣传经费。全年预算 24.61 万元，实际支出 24.39 万元，预算执行率 99.11%。",
      "——宣讲场次：计划≥100 场，实际 112 场",
      "二是农村信用体系建设经费。全年预算 58.30 万元，实际支出 25.76 万元，预算执行率 44.19%。",
      "——评定信用村个数：计划不低于 39 个，实际 19 个",
      "（二）自评等级为“中”的项目（一个）",
      "三是政银企对接活动经费。全年预算 18.79 万元，实际支出 10.68 万元，预算执行率 56.84%。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 3u);
  EXPECT_EQ(ev.projects[0].name, "金融知识宣传经费");
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("246100"));
  EXPECT_EQ(ev.projects[1].name, "农村信用体系建设经费");
  EXPECT_EQ(ev.projects[2].executed, Yuan("106800"));
  const Indicator* talks = Named(ev.projects[0].indicators, "宣讲场次");
  ASSERT_NE(talks, nullptr);
  EXPECT_EQ(talks->actual, ParseFixed<Quantity>("112").value());
  const Indicator* villages = Named(ev.projects[1].indicators, "评定信用村个数");
  ASSERT_NE(villages, nullptr);
  EXPECT_EQ(villages->target, ParseFixed<Quantity>("39").value());
}

TEST(GeneralReading, AFundsItemsNumberedInsideAParagraphEachWithTheMoneyPutIn) {
  // A report on a fund lists what it paid for inside one paragraph: each item named before a
  // comma, then the money put in (投入) and paid; an indicator set (设定为) then reached (实现).
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "关于某县2022年衔接推进乡村振兴补助资金使用情况的绩效自评报告",
      "　　2022年度全县衔接资金总规模500.00万元，已支出450.00万元。",
      "　　2022年共实施项目三个：（1）脱贫户小额信贷贴息，投入20.5万元；（2）东村产业路硬化项目，投入300万元，"
      "完成支付280万元；（3）务工交通补助，投入179.5万元，完成支付149.5万元。",
      "　　产出指标：新建产业路设定为不少于6公里，实现6.5公里。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 4u);
  EXPECT_EQ(ev.projects[0].name, "衔接推进乡村振兴补助资金");
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("5000000"));
  EXPECT_EQ(ev.projects[1].name, "脱贫户小额信贷贴息");
  EXPECT_EQ(ev.projects[1].budget.total, Yuan("205000"));
  EXPECT_EQ(ev.projects[2].executed, Yuan("2800000"));
  EXPECT_EQ(ev.projects[3].name, "务工交通补助");
  EXPECT_EQ(ev.projects[3].budget.total, Yuan("1795000"));
  EXPECT_EQ(ev.projects[3].executed, Yuan("1495000"));
  const Indicator* road = Named(ev.projects[0].indicators, "新建产业路");
  ASSERT_NE(road, nullptr);
  EXPECT_EQ(road->target, ParseFixed<Quantity>("6").value());
  EXPECT_EQ(road->actual, ParseFixed<Quantity>("6.5").value());
}

TEST(GeneralReading, ProjectsListedAfterTheirCountWithTheBudgetsWordAfterEachName) {
  // A department's projects counted, then each named with 全年预算 right after its name.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县史志办公室2022年部门整体支出绩效自评情况",
      "　　2022年全年预算712.20万元，全年执行672.34万元，预算执行率94.40%。",
      "　　项目支出共2个：县志续修编纂经费全年预算87.10万元，执行81.20万元；综合年鉴出版印制经费全年预算13.03万元，执行12.68万元。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  EXPECT_EQ(ev.funds.budget_total, Yuan("7122000"));
  ASSERT_EQ(ev.projects.size(), 2u);
  EXPECT_EQ(ev.projects[0].name, "县志续修编纂经费");
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("871000"));
  EXPECT_EQ(ev.projects[0].executed, Yuan("812000"));
  EXPECT_EQ(ev.projects[1].name, "综合年鉴出版印制经费");
  EXPECT_EQ(ev.projects[1].executed, Yuan("126800"));
}

TEST(GeneralReading, LinesOfAProgrammeEachOpeningWithItsNameSetApart) {
  // An insurance subsidy told line by line: each line opens with the line's name and a full-width
  // space (a row's first cell), then its quantities and money. The subsidy due (应补) is its budget,
  // not the premium it is part of (总保费); what the farmers pay themselves is no project.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县2022年度政策性农业保险保费补贴绩效自评报告",
      "水稻种植保险　承保面积计划2.10万亩、实际承保2.05万亩；总保费150.00万元，其中财政补贴应补120.00万元、"
      "农户自缴30.00万元，已拨付补贴110.40万元，拨付率92.00%。",
      "生猪养殖保险　投保数量计划800头，实际投保820头；总保费40.00万元，其中财政补贴应补32.00万元、农户自缴8.00万元，"
      "已拨付补贴32.00万元，拨付率100.00%。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  const Project* rice = Named(ev.projects, "水稻种植保险");
  ASSERT_NE(rice, nullptr);
  EXPECT_EQ(rice->budget.total, Yuan("1200000"));
  EXPECT_EQ(rice->executed, Yuan("1104000"));
  EXPECT_EQ(rice->execution_rate_stated, Pct("92.00"));
  const Indicator* area = Named(rice->indicators, "承保面积");
  ASSERT_NE(area, nullptr);
  EXPECT_EQ(area->actual, ParseFixed<Quantity>("2.05").value());
  const Project* pigs = Named(ev.projects, "生猪养殖保险");
  ASSERT_NE(pigs, nullptr);
  EXPECT_EQ(pigs->budget.total, Yuan("320000"));
  EXPECT_EQ(Named(ev.projects, "农户自缴"), nullptr);
  EXPECT_EQ(ev.projects.size(), 3u);  // the programme and its two lines
  // A PDF's copy: the full-width space become a space between two Chinese words.
  auto copied = ReadGeneral(TextDocumentFromLines({
      "某县2022年度政策性农业保险保费补贴绩效自评报告",
      "水稻种植保险 承保面积计划2.10万亩、实际承保2.05万亩；总保费150.00万元，其中财政补贴应补120.00万元、"
      "农户自缴30.00万元，已拨付补贴110.40万元，拨付率92.00%。",
  }));
  ASSERT_TRUE(copied);
  const Project* copied_rice = Named(copied->evaluation.projects, "水稻种植保险");
  ASSERT_NE(copied_rice, nullptr);
  EXPECT_EQ(copied_rice->budget.total, Yuan("1200000"));
}

TEST(GeneralReading, ATablesRowsEachWithALineOfIndicatorsUnderIt) {
  // A summary whose numbered rows each have a line of its main indicators under them, each a
  // target, a slash and what was reached: the table goes on past those lines, and each line's
  // indicators are its row's project's.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县农村合作经济指导站2023年度项目绩效自评情况报告",
      "序号　项目名称　预算数（元）　支出数（元）　执行率　自评得分",
      "1　农村产权交易平台运维费　47,580　47,150　99.1%　99.91",
      "　　主要指标：资金兑付办结时限≤14天/13天；后续管护制度建立健全/建立健全；服务对象满意度90%以上/98.8%",
      "2　农村集体资产审计经费　528,810　469,281　88.74%　98.87",
      "　　主要指标：完成审计个数不低于130个/139个",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 2u);
  EXPECT_EQ(ev.projects[1].name, "农村集体资产审计经费");
  EXPECT_EQ(ev.projects[1].budget.total, Yuan("528810"));
  EXPECT_EQ(ev.projects[1].executed, Yuan("469281"));
  const Indicator* days = Named(ev.projects[0].indicators, "资金兑付办结时限");
  ASSERT_NE(days, nullptr);
  EXPECT_EQ(days->target, ParseFixed<Quantity>("14").value());
  EXPECT_EQ(days->actual, ParseFixed<Quantity>("13").value());
  const Indicator* rules = Named(ev.projects[0].indicators, "后续管护制度");
  ASSERT_NE(rules, nullptr);
  EXPECT_EQ(rules->actual_text, "建立健全");
  const Indicator* audits = Named(ev.projects[1].indicators, "完成审计个数");
  ASSERT_NE(audits, nullptr);
  EXPECT_EQ(audits->actual, ParseFixed<Quantity>("139").value());
}

TEST(GeneralReading, ANumberedItemsScoreInBracketsAfterItsNameAndAFeeAsAProject) {
  // "1.X（自评得分99.25分）：预算…": what the item's bracket says of its evaluation is no part of
  // its name; a fee of a piece of work (…整理费) with its own budget is a project too.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县医疗保障服务中心2022年度项目支出绩效自评结果报告",
      "1.医保政策集中宣传经费（自评得分99.25分）：预算24.07万元，支出22.90万元，执行率95.14%。",
      "　　开展宣传活动场次：年度目标52场以上，完成情况53场，得17分。",
      "2.医保档案整理费（自评得分99.13分）：预算3.58万元，支出3.27万元，执行率91.34%。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 2u);
  EXPECT_EQ(ev.projects[0].name, "医保政策集中宣传经费");
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("240700"));
  const Indicator* events = Named(ev.projects[0].indicators, "开展宣传活动场次");
  ASSERT_NE(events, nullptr);
  EXPECT_EQ(events->actual, ParseFixed<Quantity>("53").value());
  EXPECT_EQ(ev.projects[1].name, "医保档案整理费");
  EXPECT_EQ(ev.projects[1].executed, Yuan("32700"));
}

TEST(GeneralReading, AFundsCategoriesInOneSentenceEachNamedBeforeItsMoney) {
  // "按补助类别分：A，应补…元，已拨…元，拨付率…；B，…": the fund's categories, unnumbered, each
  // named before a comma and the money due and paid.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县土壤肥料工作站2023年度耕地质量保护与提升补助资金绩效自评报告",
      "　　按补助类别分：有机肥替代化肥补助，应补 176.75 万元，已拨 170.00 万元，拨付率 96.18%；"
      "酸化耕地治理补助，应补 108.08 万元，已拨 108.08 万元，拨付率 100.00%。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  const Project* organic = Named(ev.projects, "有机肥替代化肥补助");
  ASSERT_NE(organic, nullptr);
  EXPECT_EQ(organic->budget.total, Yuan("1767500"));
  EXPECT_EQ(organic->executed, Yuan("1700000"));
  EXPECT_EQ(organic->execution_rate_stated, Pct("96.18"));
  const Project* acid = Named(ev.projects, "酸化耕地治理补助");
  ASSERT_NE(acid, nullptr);
  EXPECT_EQ(acid->budget.total, Yuan("1080800"));
}

TEST(GeneralReading, ATitleNamingItsUnitBeforeAboutAndTheFundAfter) {
  // "X单位关于Y经费2020年度绩效自评情况的报告": the unit, then the fund it reports on; what was
  // reached, with its points in brackets after it, fills the targets the goals stated.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县医疗保障服务中心关于医保结算终端运维经费2020年度绩效自评情况的报告",
      "一、项目基本情况",
      "　　医保结算终端运维经费，该项目年初预算 82.26 万元，全年执行 80.97 万元。",
      "二、绩效目标",
      "　　项目年度绩效目标：运维结算终端数量≥137 台，结算系统正常运行率达到 98% 以上。",
      "三、绩效目标完成情况",
      "　　完成运维结算终端数量 153 台（得分 19 分）；结算系统正常运行率为 99.3%（得分 17 分）。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  EXPECT_EQ(ev.unit.name, "某县医疗保障服务中心");
  ASSERT_EQ(ev.projects.size(), 1u);
  EXPECT_EQ(ev.projects[0].name, "医保结算终端运维经费");
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("822600"));
  const Indicator* terminals = Named(ev.projects[0].indicators, "运维结算终端数量");
  ASSERT_NE(terminals, nullptr);
  EXPECT_EQ(terminals->target, ParseFixed<Quantity>("137").value());
  EXPECT_EQ(terminals->actual, ParseFixed<Quantity>("153").value());
}

TEST(GeneralReading, AProjectNamedRightBeforeTheWordThatArrangesItsMoney) {
  // "X项目安排76.30万元，已报账…": 安排 after the name says which of its figures follows, as 下达 does.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县2023年衔接推进乡村振兴补助资金绩效自评报告",
      "2023年到县衔接资金1385.92万元。",
      "全年实施项目十三个。杨坝村产业路硬化项目安排76.3049万元，已报账76.3049万元。乡村公益性岗位补贴安排74.9228万元，目前正在实施。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  const Project* road = Named(ev.projects, "杨坝村产业路硬化项目");
  ASSERT_NE(road, nullptr);
  EXPECT_EQ(road->budget.total, Yuan("763049"));
  EXPECT_EQ(road->executed, Yuan("763049"));
  const Project* posts = Named(ev.projects, "乡村公益性岗位补贴");
  ASSERT_NE(posts, nullptr);
  EXPECT_EQ(posts->budget.total, Yuan("749228"));
  EXPECT_FALSE(posts->executed);
}

TEST(GeneralReading, AFundsCategoriesUnderHeadingsOfTheirOwn) {
  // A fund's categories under headings ending as subsidies do (…参保资助), each with its money in
  // key-value lines: each heading heads its category's figures, not the fund's.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县2019年度城乡居民医保参保资助资金绩效自评报告",
      "一、基本情况",
      "2019年我县城乡居民医保参保资助资金应补资金100000.00元，截至年底实拨99250.00元。",
      "二、分资助类别实施情况",
      "（一）孤儿参保资助",
      "资金情况：应拨资金66375.00元，实拨65625.00元，拨付率98.87%",
      "（二）低保对象参保资助",
      "资金情况：应拨资金33625.00元，实拨33625.00元，拨付率100.00%",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 3u);
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("100000"));
  EXPECT_EQ(ev.projects[1].name, "孤儿参保资助");
  EXPECT_EQ(ev.projects[1].budget.total, Yuan("66375"));
  EXPECT_EQ(ev.projects[1].executed, Yuan("65625"));
  EXPECT_EQ(ev.projects[2].name, "低保对象参保资助");
  EXPECT_EQ(ev.projects[2].execution_rate_stated, Pct("100.00"));
}

TEST(GeneralReading, NumberedLinesOfInsuranceUnderAPremiumSubsidy) {
  // A premium subsidy (保费补贴) shares its money among lines of insurance, each a numbered item
  // named before its colon with the subsidy due and paid.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县地方金融服务中心2023年度政策性农业保险保费补贴绩效自评报告",
      "　　2023年我县政策性农业保险保费补贴应补资金64.93万元，截至年底实际拨付64.93万元。",
      "　　1、水稻种植保险：承保面积计划29.53万亩、实际承保29.53万亩；总保费41.92万元，其中财政补贴应补32.61万元、农户自缴9.31万元，已拨付补贴32.61万元。",
      "　　2、奶牛养殖保险：投保数量计划3121头，实际投保3121头；总保费38.04万元，其中财政补贴应补32.32万元、农户自缴5.72万元，已拨付补贴32.32万元。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 3u);
  EXPECT_EQ(ev.projects[1].name, "水稻种植保险");
  EXPECT_EQ(ev.projects[1].budget.total, Yuan("326100"));
  EXPECT_EQ(ev.projects[1].executed, Yuan("326100"));
  EXPECT_EQ(ev.projects[2].name, "奶牛养殖保险");
  EXPECT_EQ(ev.projects[2].budget.total, Yuan("323200"));
}

TEST(GeneralReading, LinesOfInsuranceAtTheirPremiumWhenNoSubsidyDueIsNamed) {
  // Each line of insurance states its premium (总保费) and the shares of it each level pays, no
  // subsidy due (应补): the premium is the line's money. "计划和实际承保面积为N" says the target and
  // what was reached at once.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县农业保险保费补贴2020年度绩效自评报告",
      "1、水稻大灾保险:全县2020年水稻种植57.54万亩,计划和实际承保面积为42.59万亩,承保率为74.02%,总保费1293.45万元,"
      "中央财政补贴47.5%为614.39万元,省级财政补贴32.5%为420.37万元。",
      "2、油菜保险:全县2020年油菜种植20万亩,承保面积计划与实际均为8.22万亩,总保费74万元,中央财政补贴40%为29.6万元。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  const Project* rice = Named(ev.projects, "水稻大灾保险");
  ASSERT_NE(rice, nullptr);
  EXPECT_EQ(rice->budget.total, Yuan("12934500"));
  const Indicator* area = Named(rice->indicators, "承保面积");
  ASSERT_NE(area, nullptr);
  EXPECT_EQ(area->target, ParseFixed<Quantity>("42.59").value());
  EXPECT_EQ(area->actual, ParseFixed<Quantity>("42.59").value());
  const Project* rape = Named(ev.projects, "油菜保险");
  ASSERT_NE(rape, nullptr);
  EXPECT_EQ(rape->budget.total, Yuan("740000"));
  const Indicator* rape_area = Named(rape->indicators, "承保面积");
  ASSERT_NE(rape_area, nullptr);
  EXPECT_EQ(rape_area->target, ParseFixed<Quantity>("8.22").value());
  EXPECT_EQ(rape_area->actual, ParseFixed<Quantity>("8.22").value());
}

TEST(GeneralReading, PartsOfABudgetBySourceThenTheirTotal) {
  // Each part opens with where its money came from, whatever its verb (拨付我区 is money received,
  // 中央拨付 no spending, 上年度结余 carried in): the total after them is the fund's budget. What was
  // spent, in a sentence naming funds only by their kind, is the report's one project's.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某管理区专项转移支付2023年度农机购置补贴实施情况",
      "2023年度省级拨付我区农机购置补贴资金62万元,中央拨付16万元.上年度结余的资金6.47万元,共计84.47万元。",
      "2023年实际使用补贴资金13.6万元,并已结算到位。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 1u);
  EXPECT_EQ(ev.projects[0].name, "农机购置补贴资金");
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("844700"));
  EXPECT_EQ(ev.projects[0].executed, Yuan("136000"));
  EXPECT_FALSE(ev.funds.executed_total);
}

TEST(GeneralReading, TheYearsTasksAsTargetsThenWhatWasReachedWhereverMeasured) {
  // "年度目标任务" lists the targets ("稳定在85%左右": about 85%, the unit %); the results, sections
  // later, name them without where they are measured (全市).
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "2021年妇女儿童健康水平提升民生工程绩效自评报告",
      "一、目标任务",
      "2021年某市妇女儿童健康水平提升民生工程年度目标任务,一是2021 年底,全市婚检率稳定在 85%左右,保证婚检质量,"
      "全市婚检疾病检出率达到 8%以上;二是实施婚前医学检查门诊规范化建设。",
      "三、完成情况",
      "2021年,全市共免费婚检61486人,完成任务的180.84%,婚检率为94.99%。全市疾病检出率达11.25%。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 1u);
  const Indicator* rate = Named(ev.projects[0].indicators, "全市婚检率");
  ASSERT_NE(rate, nullptr);
  EXPECT_EQ(rate->target, ParseFixed<Quantity>("85").value());
  EXPECT_EQ(rate->unit, "%");
  EXPECT_EQ(rate->actual, ParseFixed<Quantity>("94.99").value());
  const Indicator* found = Named(ev.projects[0].indicators, "全市婚检疾病检出率");
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(found->target, ParseFixed<Quantity>("8").value());
  EXPECT_EQ(found->actual, ParseFixed<Quantity>("11.25").value());
}

TEST(GeneralReading, PartsNamingProjectsBeforeTheirTotal) {
  // Parts written before their total (共计), the first named as a subsidy: each part is a project,
  // whatever its name ends in.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某市文化和旅游局2022年度专项资金绩效自评报告",
      "4.分配某市艺术剧院有限公司梨簧戏演出补助50万元,南陵县文旅体局目连戏50万元,共计100万元。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  const Project* opera = Named(ev.projects, "南陵县文旅体局目连戏");
  ASSERT_NE(opera, nullptr);
  EXPECT_EQ(opera->budget.total, Yuan("500000"));
  const Project* theatre = Named(ev.projects, "某市艺术剧院有限公司梨簧戏演出补助");
  ASSERT_NE(theatre, nullptr);
  EXPECT_EQ(theatre->budget.total, Yuan("500000"));
}

TEST(GeneralReading, IndicatorsNamedByHeadingsOfTheirOwnUnderTheAnalysis) {
  // A page's table of metadata holds the title; the title below it names the project in brackets,
  // without a year. In the analysis of indicators each indicator has a numbered heading of its own;
  // the lines under it state its target and what it reached, how that was checked between them.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "索引号： | 114012450/2021-00250 | 信息分类： | 财政资金 |",
      "名称： | 某县财政支出项目绩效自评报告（中小学教师全员培训经费） | 文号： | 无 |",
      "",
      "某县财政支出项目绩效自评报告（中小学教师全员培训经费）",
      "2.资金：2020年中小学教师全员培训经费预算经费为68.28万元，2020年支付67.02万元。",
      "（一）项目绩效指标完成情况分析",
      "1.产出指标完成情况分析。",
      "（1）培训中小学教师",
      "年度目标≥5680人次，全年实际完成5750人次，其中第2季度完成35%。",
      "（2）学员结业考核合格率",
      "年度指标值≥98%，经抽查台账，实际为95.3%。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 1u);
  EXPECT_EQ(ev.projects[0].name, "中小学教师全员培训经费");
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("682800"));
  const Indicator* trained = Named(ev.projects[0].indicators, "培训中小学教师");
  ASSERT_NE(trained, nullptr);
  EXPECT_EQ(trained->target, ParseFixed<Quantity>("5680").value());
  EXPECT_EQ(trained->actual, ParseFixed<Quantity>("5750").value());
  const Indicator* passed = Named(ev.projects[0].indicators, "学员结业考核合格率");
  ASSERT_NE(passed, nullptr);
  EXPECT_EQ(passed->target, ParseFixed<Quantity>("98").value());
  EXPECT_EQ(passed->actual, ParseFixed<Quantity>("95.3").value());
}

TEST(GeneralReading, ProjectsCountedInWordsUnderAPagesChrome) {
  // The title names a class of projects the text counts in words (两个), a web page's lines above
  // it; the projects are those the count lists, each under a heading of its own.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县人民政府",
      "当前位置：首页 > 信息公开 > 部门信息 > 某县林木种苗站 > 预算绩效",
      "【 索 引 号 】",
      "115386777/2022-00250",
      "【 主题分类 】",
      "财政、审计、统计",
      "【 发布机构 】",
      "某县林木种苗站",
      "【 成文日期 】",
      "2022-09-21",
      "",
      "2021年县直发展项目绩效自评价报告",
      "字号：大 中 小　　分享：",
      "  2021年，我单位共有两个县直发展项目，分别为种苗质量检验经费、乡土树种收集保存经费。",
      "  一、种苗质量检验经费",
      "  （一）项目概况",
      "  1、项目单位基本情况。2021年，县财政投入13.84万元，主要用于种苗质量检验相关工作。",
      "  二、乡土树种收集保存经费",
      "  （一）项目概况",
      "  1、项目单位基本情况。2021年，县财政投入31.32万元，主要用于乡土树种保存相关工作。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 2u);
  EXPECT_EQ(ev.projects[0].name, "种苗质量检验经费");
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("138400"));
  EXPECT_EQ(ev.projects[1].name, "乡土树种收集保存经费");
  EXPECT_EQ(ev.projects[1].budget.total, Yuan("313200"));
}

TEST(GeneralReading, AProjectNamedByItsMoneyThenByItsWork) {
  // Listed as 经费 / 补助资金, headed as 项目: the same work, one project under its first name.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "2021年县直发展项目绩效自评价报告",
      "　　2021年，我单位共有两个县直发展项目，分别为屠宰环节质量安全监管经费、病死动物收集转运补助资金。",
      "　　一、屠宰环节质量安全监管项目",
      "　　1、项目单位基本情况。2021年，县财政投入30.01万元，主要用于屠宰环节质量安全监管相关工作。",
      "　　二、病死动物收集转运项目",
      "　　1、项目单位基本情况。2021年，县财政投入106.29万元，主要用于病死动物收集转运补助相关工作。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 2u);
  EXPECT_EQ(ev.projects[0].name, "屠宰环节质量安全监管经费");
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("300100"));
  EXPECT_EQ(ev.projects[1].name, "病死动物收集转运补助资金");
  EXPECT_EQ(ev.projects[1].budget.total, Yuan("1062900"));
}

TEST(GeneralReading, AFundNamedForWhatItSupports) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "1.中央下达专项转移支付",
      "2024年7月3日,《关于下达2024年资金预算(第一批)的通知》(财社〔2024〕65号)下达中央集中彩票公益金支持社会福利事业资金2,611万元。",
  }));
  ASSERT_TRUE(parsed);
  ASSERT_FALSE(parsed->evaluation.projects.empty());
  EXPECT_EQ(parsed->evaluation.projects[0].name, "中央集中彩票公益金支持社会福利事业资金");
}

TEST(GeneralReading, TheResultsSayTheTargetAgainBesideWhatWasReached) {
  // The year's goals list the targets; the results name each again with its target and what it
  // reached: the indicator the goal set is the one reached.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县动物卫生监督所2021年度屠宰环节质量安全监管经费绩效自评报告",
      "　　2、项目年度预算绩效目标。其中，投入目标：县级财政投入金额30.01万元。产出目标：派驻屠宰场官方兽医6人以上，"
      "抽检肉品样品118批次以上，屠宰检疫覆盖率=100%。",
      "　　2、产出目标完成情况。派驻屠宰场官方兽医目标≥6人，实际完成5人，完成率83.33%；抽检肉品样品目标≥118批次，"
      "实际完成131批次，完成率111.02%；屠宰检疫覆盖率目标100%，实际为100%。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 1u);
  const Indicator* vets = Named(ev.projects[0].indicators, "派驻屠宰场官方兽医");
  ASSERT_NE(vets, nullptr);
  EXPECT_EQ(vets->target, ParseFixed<Quantity>("6").value());
  EXPECT_EQ(vets->actual, ParseFixed<Quantity>("5").value());
  const Indicator* samples = Named(ev.projects[0].indicators, "抽检肉品样品");
  ASSERT_NE(samples, nullptr);
  EXPECT_EQ(samples->actual, ParseFixed<Quantity>("131").value());
}

TEST(GeneralReading, ProjectsNamedBeforeWhatWasSpentOfThem) {
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县卫生健康综合行政执法大队2023年度部门整体支出绩效自评报告",
      "　　2、项目支出",
      "　　（1）公共场所卫生监督经费共支出92566.58元，主要用于专用设备购置费44880.77元，其他商品和服务支出47685.81元。",
      "　　（2）生活饮用水卫生监测经费实际支出214045.13元，主要用于劳务费79393.60元，委托业务费69231.21元。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  const Project* places = Named(ev.projects, "公共场所卫生监督经费");
  ASSERT_NE(places, nullptr);
  EXPECT_EQ(places->executed, Yuan("92566.58"));
  EXPECT_FALSE(places->budget.total);
  const Project* water = Named(ev.projects, "生活饮用水卫生监测经费");
  ASSERT_NE(water, nullptr);
  EXPECT_EQ(water->executed, Yuan("214045.13"));
}

TEST(GeneralReading, EachIndicatorsPointsListedByNameAfterTheProjectsGrade) {
  // The conclusion gives each project's grade, then its indicators' points by name.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县地方金融服务中心2023年度项目绩效自评情况报告",
      "　　（一）金融风险排查化解经费。该项目预算21.20万元，执行19.35万元。",
      "　　（二）农村信用体系建设经费。该项目预算27.31万元，执行23.29万元。",
      "二、绩效目标",
      "　　金融风险排查化解经费：年度绩效目标为开展风险排查次数达到7次以上，风险排查覆盖率实现100%。",
      "　　农村信用体系建设经费：年度绩效目标为评定信用村个数不低于21个，信用信息入库准确率达到98%以上。",
      "三、绩效目标完成情况",
      "　　（一）金融风险排查化解经费。开展风险排查次数达8次；风险排查覆盖率实际94.9%。",
      "　　（二）农村信用体系建设经费。评定信用村个数实际完成23个；信用信息入库准确率达到99.5%。",
      "四、自评结论",
      "　　经自评，金融风险排查化解经费得分97.86分，等级为“优”。",
      "　　各项指标得分：开展风险排查次数25分、风险排查覆盖率23.73分。",
      "　　经自评，农村信用体系建设经费得分98.53分，等级为“优”。",
      "　　各项指标得分：评定信用村个数16分、信用信息入库准确率15分。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  const Project* risk = Named(ev.projects, "金融风险排查化解经费");
  ASSERT_NE(risk, nullptr);
  const Indicator* checks = Named(risk->indicators, "开展风险排查次数");
  ASSERT_NE(checks, nullptr);
  EXPECT_EQ(checks->score_stated, ParseFixed<Points>("25").value());
  const Project* credit = Named(ev.projects, "农村信用体系建设经费");
  ASSERT_NE(credit, nullptr);
  const Indicator* villages = Named(credit->indicators, "评定信用村个数");
  ASSERT_NE(villages, nullptr);
  EXPECT_EQ(villages->score_stated, ParseFixed<Points>("16").value());
}

TEST(GeneralReading, AProjectsYearGoalsListedRightAfterTheWords) {
  // "项目年度绩效目标A不少于5次，B实现100%…" (no 为 between): a list of targets all the same.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县地方金融服务中心金融风险排查化解经费2021年度绩效自评报告",
      "　　该项目2021年度预算资金43.17万元，年末累计支出43.17万元。",
      "　　项目年度绩效目标开展风险排查次数不少于5次，风险排查覆盖率实现100%，群众满意度达到85%以上。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 1u);
  const Indicator* checks = Named(ev.projects[0].indicators, "开展风险排查次数");
  ASSERT_NE(checks, nullptr);
  EXPECT_EQ(checks->target, ParseFixed<Quantity>("5").value());
  EXPECT_FALSE(checks->actual);
}

TEST(GeneralReading, ProjectsNamedBeforeTheirAdjustedBudgetAndFinalAccounts) {
  // "项目支出中，A调整预算63.76万元、决算63.76万元，B调整预算…": the budget adjusted and the final
  // accounts (决算) as what was spent, each after the project's name.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县水文水资源勘测站2023年度部门整体绩效自评情况",
      "　　项目支出中，水文测站运行维护经费调整预算 63.76 万元、决算 63.76 万元，地下水监测井建设项目调整预算 100.28 万元、决算 96.60 万元。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  const Project* stations = Named(ev.projects, "水文测站运行维护经费");
  ASSERT_NE(stations, nullptr);
  EXPECT_EQ(stations->budget.total, Yuan("637600"));
  EXPECT_EQ(stations->executed, Yuan("637600"));
  const Project* wells = Named(ev.projects, "地下水监测井建设项目");
  ASSERT_NE(wells, nullptr);
  EXPECT_EQ(wells->executed, Yuan("966000"));
}

TEST(GeneralReading, AFundOfItsOwnPurposeWhoseNameHoldsAWordOfReward) {
  // "●草原生态保护补助奖励资金：资金规模…": 奖励 in a fund's own name does not make it a reward's
  // amount; the bulleted fund is a project like the ones after it.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县草原工作站2019年度项目支出绩效自评报告",
      "●草原生态保护补助奖励资金：资金规模 1147.74 万元，全年完成支付 1024.20 万元，支付进度 89.24%。",
      "●退化草原生态修复治理项目：资金规模 437.08 万元，全年完成支付 427.66 万元，支付进度 97.84%。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 2u);
  EXPECT_EQ(ev.projects[0].name, "草原生态保护补助奖励资金");
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("11477400"));
  EXPECT_EQ(ev.projects[0].executed, Yuan("10242000"));
  EXPECT_FALSE(ev.funds.budget_total);
}

TEST(GeneralReading, TheBudgetAtTheYearsStartOnALineOfItsOwnGivesWayToTheYears) {
  // "年初预算数：147.93万元" over "全年预算数：140.04万元": the year's budget is the whole year's.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县妇幼保健院2023年度适龄妇女两癌筛查项目绩效自评报告",
      "项目名称：适龄妇女两癌筛查项目",
      "年初预算数：147.93万元",
      "全年预算数：140.04万元",
      "全年执行数：140.04万元",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 1u);
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("1400400"));
}

TEST(GeneralReading, AnItemCountedInWordsNamesAFeeAsANumberedOneDoes) {
  // "二是金融统计监测费。全年预算…": counted in words, the item is numbered as any other.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县地方金融服务中心2021年度项目绩效自评情况报告",
      "一是金融知识宣传经费。全年预算 24.61 万元，实际支出 24.39 万元。",
      "二是金融统计监测费。全年预算 5.45 万元，实际支出 4.50 万元。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  const Project* stats = Named(ev.projects, "金融统计监测费");
  ASSERT_NE(stats, nullptr);
  EXPECT_EQ(stats->budget.total, Yuan("54500"));
  EXPECT_EQ(stats->executed, Yuan("45000"));
}

TEST(GeneralReading, AnIndicatorCountedInMoneyWithItsTargetAndWhatWasReached) {
  // "追回违规使用医保基金：年度目标220万元以上，完成情况245万元": an indicator counted in money (its
  // name holds 使用) is an indicator when its target and what was reached are both said.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县医疗保障服务中心2022年度定点医药机构稽核检查经费绩效自评报告",
      "　　该项目预算45.64万元，支出45.64万元，执行率100.00%。",
      "　　追回违规使用医保基金：年度目标220万元以上，完成情况245万元，得15分。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 1u);
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("456400"));
  const Indicator* recovered = Named(ev.projects[0].indicators, "追回违规使用医保基金");
  ASSERT_NE(recovered, nullptr);
  EXPECT_EQ(recovered->target, ParseFixed<Quantity>("220").value());
  EXPECT_EQ(recovered->actual, ParseFixed<Quantity>("245").value());
}

TEST(GeneralReading, ATargetSaidAsTheYearsTaskAndAFundsInterestSubsidy) {
  // "X年初任务数21公里，全年完成值23公里": the task at the year's start is the target (its level's
  // label no part of the name); a numbered interest subsidy (…贴息) with its own money is a project.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县2024年衔接推进乡村振兴补助资金绩效自评报告",
      "　　2024年到县衔接资金965.25万元，已支出900.00万元。",
      "　　产出指标：新建及改造产业路年初任务数21公里，全年完成值23公里；资助雨露计划学生人次年初任务数395人次，全年完成值430人次。",
      "9.脱贫户小额信贷财政贴息：安排衔接资金235.96万元，项目已完工，正在办理结算。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  const Project* interest = Named(ev.projects, "脱贫户小额信贷财政贴息");
  ASSERT_NE(interest, nullptr);
  EXPECT_EQ(interest->budget.total, Yuan("2359600"));
  const Indicator* pupils = Named(ev.projects[0].indicators, "资助雨露计划学生人次");
  ASSERT_NE(pupils, nullptr);
  EXPECT_EQ(pupils->target, ParseFixed<Quantity>("395").value());
  EXPECT_EQ(pupils->actual, ParseFixed<Quantity>("430").value());
  EXPECT_NE(Named(ev.projects[0].indicators, "新建及改造产业路"), nullptr);
}

TEST(GeneralReading, AnySubsidyProgrammeSharesItsMoneyAmongItsNumberedLines) {
  // Not only a premium subsidy: a programme named as a subsidy (…补贴) shares its money among
  // numbered lines with their own subsidy due.
  auto parsed = ReadGeneral(TextDocumentFromLines({
      "某县农业农村局2023年度耕地地力保护补贴绩效自评报告",
      "　　2023年我县耕地地力保护补贴应补资金300.00万元，截至年底实际拨付295.00万元。",
      "　　1、小麦种植户补贴：补贴面积计划2.1万亩、实际2.1万亩；应补资金180.00万元，已拨付175.00万元。",
      "　　2、玉米种植户补贴：补贴面积计划1.4万亩、实际1.4万亩；应补资金120.00万元，已拨付120.00万元。",
  }));
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 3u);
  EXPECT_EQ(ev.projects[0].budget.total, Yuan("3000000"));
  EXPECT_EQ(ev.projects[1].name, "小麦种植户补贴");
  EXPECT_EQ(ev.projects[1].budget.total, Yuan("1800000"));
  EXPECT_EQ(ev.projects[1].executed, Yuan("1750000"));
  EXPECT_EQ(ev.projects[2].executed, Yuan("1200000"));
}

}  // namespace
}  // namespace jixiao
