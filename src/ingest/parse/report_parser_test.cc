// Whole-report examples: each fixture report parses into its expected document
// (tests/golden/*.evaluation.json). The primary example must match exactly; the excerpts,
// cut mid-text from other reports, must get at least 95% of their expected values.
#include "ingest/parse/report_parser.h"

#include <fstream>
#include <map>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/money.h"
#include "format/evaluation_json.h"
#include "ingest/read/txt_reader.h"

namespace jixiao {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

Result<ParseResult> ParseFixture(const std::string& name) {
  const std::string path = std::string(JIXIAO_TESTS_DIR) + "/fixtures/reports/" + name;
  auto document = ReadTxt(Slurp(path), name);
  if (!document) return tl::unexpected(document.error());
  return ParseReport(*document);
}

nlohmann::json Written(Evaluation evaluation) {
  evaluation.provenance.clear();
  return nlohmann::json::parse(WriteEvaluationJson(evaluation));
}

nlohmann::json Golden(const std::string& name) {
  return nlohmann::json::parse(Slurp(std::string(JIXIAO_TESTS_DIR) + "/golden/" + name));
}

// JSON pointer -> scalar for every leaf of `json`.
void Flatten(const nlohmann::json& json, const std::string& at, std::map<std::string, nlohmann::json>& out) {
  if (json.is_object()) {
    for (const auto& [key, value] : json.items()) Flatten(value, at + "/" + key, out);
  } else if (json.is_array()) {
    for (std::size_t i = 0; i < json.size(); ++i) Flatten(json[i], at + "/" + std::to_string(i), out);
  } else {
    out[at] = json;
  }
}

TEST(ReportParserTest, WhatNoProjectIsCalledIsNoProject) {
  // A 部门决算 公开: a field line, a sentence naming the running costs, a table's number and a
  // sentence's clause ending in 项目 name no project; the one project keeps its place (and the
  // places of its values).
  const auto parsed = ParseReport(TextDocumentFromLines({
      "某县统计局2022年度部门决算",
      "编制单位：某县统计局",
      "表6",
      "“三公”经费支出决算为4.77万元。其中：因公出国（境）费0万元；公务用车购置及运行维护费4.20万元。",
      "决算数与年初预算数的差异主要是年中追加了项目经费。",
      "（一）第五次全国经济普查经费",
      "该项目全年预算数82.74万元，全年执行数82.74万元，预算执行率100%。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 1u);
  EXPECT_EQ(ev.projects[0].name, "第五次全国经济普查经费");
  ASSERT_TRUE(ev.provenance.contains("/projects/0/executed"));
  EXPECT_EQ(ev.provenance.at("/projects/0/executed").line, 7);
}

TEST(ReportParserTest, FundWordsAndPerHeadStandardsNameNoProject) {
  // Listed among the projects: money named only by where it comes from (自治区财政补助资金) and
  // a standard per head (每人每年补助) are no projects; the two funds with their figures are.
  const auto parsed = ParseReport(TextDocumentFromLines({
      "某县民政局2022年度项目支出绩效自评报告",
      "一、项目资金情况",
      "1.困难群众救助补助资金：全年预算数100万元，全年执行数90万元，预算执行率90%。",
      "2.自治区财政补助资金：3300万元。",
      "3.纳入扶持范围的移民每人每年补助：600元。",
      "4.养老服务补贴资金：全年预算数50万元，全年执行数50万元，预算执行率100%。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 2u);
  EXPECT_EQ(ev.projects[0].name, "困难群众救助补助资金");
  EXPECT_EQ(ev.projects[1].name, "养老服务补贴资金");
}

TEST(ReportParserTest, ASatisfactionTheGoalStatesGivesWayToTheIndicatorsResult) {
  // The project's goal says 满意度达到90%以上 first; its form's 满意度 row reached 92.5%: that is the
  // project's satisfaction (the goal is the row's target).
  TextDocument doc = TextDocumentFromLines({
      "某县水利局2023年度项目支出绩效自评报告",
      "一、河湖长制工作经费",
      "（一）项目基本情况",
      "河湖长制工作经费由某县水利局组织实施，完成河湖巡查不少于2000次，沿河群众满意度达到90%以上。",
      "（二）项目资金投入及使用情况",
      "该项目全年预算数30.14万元，全年执行数28.79万元，预算执行率95.52%。",
  });
  doc.lines.push_back(MakeRow({"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"}));
  doc.lines.push_back(MakeRow({"产出指标", "数量指标", "开展河湖巡查", "≥2000次", "2300次", "40", "40"}));
  doc.lines.push_back(MakeRow({"满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "92.5%", "10", "10"}));
  const auto parsed = ParseReport(doc);
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 1u);
  ASSERT_TRUE(ev.projects[0].satisfaction && ev.projects[0].satisfaction->stated);
  EXPECT_EQ(*ev.projects[0].satisfaction->stated, Percent::FromUnits(9250));
  // So in prose: the target the sentence states first, then what was reached.
  const auto prose = ParseReport(TextDocumentFromLines({
      "某县植保植检站2024年度项目支出绩效自评报告",
      "（一）农作物重大病虫害统防统治项目",
      "该项目资金共98.98万元，已完成拨付91.49万元，执行率92.43%。病虫危害损失率为4%；种植户满意度指标为95%，实际完成值为95.9%。",
  }));
  ASSERT_TRUE(prose) << prose.error().message;
  ASSERT_EQ(prose->evaluation.projects.size(), 1u);
  ASSERT_TRUE(prose->evaluation.projects[0].satisfaction && prose->evaluation.projects[0].satisfaction->stated);
  EXPECT_EQ(*prose->evaluation.projects[0].satisfaction->stated, Percent::FromUnits(9590));
}

TEST(ReportParserTest, ADepartmentWholeReportKeepsItsTotalsBesideItsOneProjectsForm) {
  // 部门整体 in the title: the department's totals stated beside its one project's 自评表 are the
  // department's, not read as that project's own.
  TextDocument doc = TextDocumentFromLines({
      "莒南县机关事务管理局2021年度部门整体支出绩效自评报告",
      "一、部门基本情况",
      "2021年部门预算总额925.57万元，其中财政拨款884.20万元；全年实际支出918.18万元，部门预算执行率99.20%。",
      "二、项目支出绩效目标完成情况",
      "（一）公共机构节能改造经费",
      "该项目全年预算数196.74万元，全年执行数189.35万元，预算执行率96.24%。",
      "表2 公共机构节能改造经费绩效自评表",
  });
  doc.lines.push_back(MakeRow({"项目名称", "公共机构节能改造经费"}));
  doc.lines.push_back(MakeRow({"项目资金", "", "年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "分值", "执行率", "得分"}));
  doc.lines.push_back(MakeRow({"", "年度资金总额", "166.72", "196.74", "189.35", "10", "96.24%", "9.62"}));
  const auto parsed = ParseReport(doc);
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 1u);
  EXPECT_EQ(ev.projects[0].budget.total, *ParseMoney("1967400"));
  EXPECT_EQ(ev.funds.budget_total, *ParseMoney("9255700"));
  EXPECT_EQ(ev.funds.executed_total, *ParseMoney("9181800"));
}

TEST(ReportParserTest, QiannanMatchesGoldenExactly) {
  auto parsed = ParseFixture("qiannan-natural-resources-2022.txt");
  ASSERT_TRUE(parsed) << parsed.error().message;
  const nlohmann::json got = Written(parsed->evaluation);
  const nlohmann::json want = Golden("qiannan-2022.evaluation.json");
  std::map<std::string, nlohmann::json> got_leaves, want_leaves;
  Flatten(got, "", got_leaves);
  Flatten(want, "", want_leaves);
  for (const auto& [pointer, value] : want_leaves) {
    auto it = got_leaves.find(pointer);
    EXPECT_TRUE(it != got_leaves.end() && it->second == value)
        << pointer << "\n  want " << value.dump() << "\n  got  " << (it == got_leaves.end() ? "(missing)" : it->second.dump());
  }
  for (const auto& [pointer, value] : got_leaves) {
    EXPECT_TRUE(want_leaves.count(pointer)) << "unexpected " << pointer << " = " << value.dump();
  }
  EXPECT_EQ(got, want);
}

TEST(ReportParserTest, QiannanProvenanceLocatesFigures) {
  auto parsed = ParseFixture("qiannan-natural-resources-2022.txt");
  ASSERT_TRUE(parsed);
  const auto& provenance = parsed->evaluation.provenance;
  struct Case {
    std::string pointer;
    int line;
    std::string excerpt;
  };
  const Case cases[] = {
      {"/funds/budget_total", 60, "115586771.12元"},
      {"/funds/execution_rate_stated", 60, "22.52%"},
      {"/funds/by_economic_class/1/amount", 59, "10133.82万元"},
      {"/projects/12/executed", 174, "0元"},
      {"/projects/3/satisfaction/stated", 97, "100%"},
      {"/functions/0", 9, "履行土地、矿产、森林、草原、湿地等自然资源所有者职责和国土空间用途管制职责"},
  };
  for (const Case& c : cases) {
    auto it = provenance.find(c.pointer);
    ASSERT_NE(it, provenance.end()) << c.pointer;
    EXPECT_EQ(it->second.line, c.line) << c.pointer;
    EXPECT_EQ(it->second.excerpt, c.excerpt) << c.pointer;
  }
}

TEST(ReportParserTest, QiannanHasNoTextInconsistencies) {
  auto parsed = ParseFixture("qiannan-natural-resources-2022.txt");
  ASSERT_TRUE(parsed);
  for (const Finding& f : parsed->findings) {
    EXPECT_EQ(f.rule, "ingest.unrecognized") << f.message;
    EXPECT_EQ(f.severity, Severity::kInfo);
  }
}

// The example as a PDF text layer or a hard-wrapping editor delivers it: no blank lines and
// every paragraph cut into lines of `width` characters. It must read the same.
TextDocument Rewrapped(const TextDocument& source, std::size_t width) {
  TextDocument out;
  out.kind = SourceKind::kPdf;
  for (const TextLine& line : source.lines) {
    const std::string& text = line.text;
    std::size_t pos = 0;
    while (pos < text.size()) {
      std::size_t end = pos;
      for (std::size_t chars = 0; end < text.size() && chars < width; ++chars) {
        const auto lead = static_cast<unsigned char>(text[end]);
        end += lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
      }
      TextLine piece;
      piece.text = text.substr(pos, end - pos);
      piece.number = static_cast<int>(out.lines.size()) + 1;
      piece.page = 1 + static_cast<int>(out.lines.size()) / 22;
      out.lines.push_back(piece);
      pos = end;
    }
  }
  return out;
}

TEST(ReportParserTest, QiannanReadsTheSameWhenHardWrapped) {
  const std::string name = "qiannan-natural-resources-2022.txt";
  auto document = ReadTxt(Slurp(std::string(JIXIAO_TESTS_DIR) + "/fixtures/reports/" + name), name);
  ASSERT_TRUE(document);
  const nlohmann::json want = Golden("qiannan-2022.evaluation.json");
  for (std::size_t width : {26, 28, 33, 40}) {
    auto parsed = ParseReport(Rewrapped(*document, width));
    ASSERT_TRUE(parsed) << width;
    std::map<std::string, nlohmann::json> got_leaves, want_leaves;
    Flatten(Written(parsed->evaluation), "", got_leaves);
    Flatten(want, "", want_leaves);
    for (const auto& [pointer, value] : want_leaves) {
      auto it = got_leaves.find(pointer);
      EXPECT_TRUE(it != got_leaves.end() && it->second == value)
          << "width " << width << ": " << pointer << "\n  want " << value.dump() << "\n  got  "
          << (it == got_leaves.end() ? "(missing)" : it->second.dump());
    }
    EXPECT_EQ(got_leaves.size(), want_leaves.size()) << width;
  }
}

struct ExcerptCase {
  std::string report;
  std::string golden;
};

class ExcerptTest : public testing::TestWithParam<ExcerptCase> {};

TEST_P(ExcerptTest, ReadsAtLeast95PercentOfExpectedValues) {
  auto parsed = ParseFixture(GetParam().report);
  ASSERT_TRUE(parsed) << parsed.error().message;
  std::map<std::string, nlohmann::json> got, want;
  Flatten(Written(parsed->evaluation), "", got);
  Flatten(Golden(GetParam().golden), "", want);
  int right = 0;
  for (const auto& [pointer, value] : want) {
    auto it = got.find(pointer);
    if (it != got.end() && it->second == value) {
      ++right;
    } else {
      ADD_FAILURE() << "(tolerated) " << pointer << " want " << value.dump() << " got "
                    << (it == got.end() ? "(missing)" : it->second.dump());
    }
  }
  const double share = 100.0 * right / static_cast<double>(want.size());
  std::cout << GetParam().report << ": " << right << "/" << want.size() << " values right (" << share << "%)\n";
  EXPECT_GE(share, 95.0);
}

INSTANTIATE_TEST_SUITE_P(
    Excerpts, ExcerptTest,
    testing::Values(ExcerptCase{"excerpt-01-qingshen-fgj-2023-gongzixing.txt", "excerpt-01.evaluation.json"},
                    ExcerptCase{"excerpt-04-hengshan-liangshi-2020-chubeiliang.txt", "excerpt-04.evaluation.json"},
                    ExcerptCase{"excerpt-09-nanxian-zhengxie-2021-zhengti.txt", "excerpt-09.evaluation.json"}));

TEST(ReportParserTest, OtherDocumentsAreNotReports) {
  TextDocument document;
  for (const char* text : {"会议纪要", "一、会议时间", "2023年3月5日上午召开了全体职工大会。", "二、参会人员"}) {
    TextLine line;
    line.text = text;
    line.number = static_cast<int>(document.lines.size()) + 1;
    document.lines.push_back(line);
  }
  auto parsed = ParseReport(document);
  ASSERT_FALSE(parsed);
  EXPECT_EQ(parsed.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(parsed.error().message.rfind("不是预算绩效自评报告：未找到", 0), 0u) << parsed.error().message;
}

TEST(ReportParserTest, AProjectsObjectivesAreNoListOfProjects) {
  // "(三)项目绩效目标" reads like the template's 项目绩效 section, but what stands under it are the
  // objectives (总体 and 年度), not projects; the title names the one evaluated.
  auto parsed = ParseReport(TextDocumentFromLines({
      "省区域应急救援中心建设全周期跟踪问效绩效评价报告",
      "(二)项目预算安排和支出情况",
      "2020-2022年省级财政共计安排项目预算28600万元,用于区域应急救援中心建设。",
      "(三)项目绩效目标",
      "1.总体绩效目标",
      "5个区域应急救援中心定位为分别承担全省范围内自然灾害应急救援任务的力量。",
      "2.年度绩效目标",
      "提高建设质量和管理水平。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 1u);
  EXPECT_EQ(projects[0].name, "省区域应急救援中心建设");
  EXPECT_EQ(ToYuanString(*projects[0].budget.total), "286000000");
}

TEST(ReportParserTest, HowTheEvaluationWasDoneIsNoListOfProjects) {
  // "二、项目绩效自评工作开展情况" and its (一)前期准备, (二)组织过程: how the evaluation was done.
  // The project is the one whose money the text states.
  auto parsed = ParseReport(TextDocumentFromLines({
      "二、项目绩效自评工作开展情况",
      "(一)前期准备",
      "我局成立了由局长任组长的预算绩效管理工作领导小组。",
      "(二)组织过程",
      "资财审计科对需要开展绩效自评的项目进行梳理。",
      "三、项目绩效实现情况",
      "市财政下达市交通运输局保山站房规模扩大工程建设经费260万元。",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  for (const Project& p : parsed->evaluation.projects) {
    EXPECT_NE(p.name, "前期准备");
    EXPECT_NE(p.name, "组织过程");
  }
  ASSERT_EQ(parsed->evaluation.projects.size(), 1u);
  EXPECT_EQ(ToYuanString(*parsed->evaluation.projects[0].budget.total), "2600000");
}

// A report on a unit's two construction projects to the finance bureau (generator J's gj10, as
// its DOCX reads): the sectioned reading finds one unnamed project, no project; the general
// reading's two projects of the money table are the report's.
TEST(ParseReport, ProjectsOfATableWhenTheHeadingsAreNone) {
  TextDocument document;
  auto text = [&](const char* line) {
    TextLine l;
    l.text = line;
    document.lines.push_back(std::move(l));
  };
  auto row = [&](std::vector<std::string> cells) { document.lines.push_back(MakeRow(std::move(cells))); };
  text("关于永泰县人民法院2024年度跨年度建设项目绩效自评情况的报告");
  text("永泰县财政局：");
  text("根据县财政局关于开展2024年度项目支出绩效自评工作的要求，我单位对在建的2个跨年度建设项目开展了绩效自评，现将有关情况报告如下。两个项目总投资合计2126.00万元。");
  text("一、项目基本情况");
  text("1.审判法庭维修改造项目。项目总投资821.00万元，其中中央预算内投资448.79万元、省级补助资金155.69万元、县级财政配套资金216.52万元，建设期2023—2025年。主要建设内容为：对审判法庭及人民法庭办公用房进行维修改造，新建科技法庭和智能安检通道。");
  text("2.执行指挥中心建设项目。项目总投资1305.00万元，其中中央预算内投资516.70万元、地方政府专项债券314.71万元、县级财政配套资金473.59万元，建设期2023—2025年。主要建设内容为：新建执行指挥中心业务用房，配套建设执行指挥系统、远程视频和单兵执法设备。");
  text("二、资金安排及使用情况");
  text("两个项目2024年度资金安排、支出及累计完成情况见表1（单位：万元）。");
  text("表1 跨年度建设项目资金安排及支出情况表");
  row({"项目名称", "总投资", "2023年", "2024年", "累计"});
  row({"", "", "安排", "支出", "安排", "支出", "执行率", "安排", "支出"});
  row({"审判法庭维修改造项目", "821.0000", "319.2777", "319.2777", "326.8796", "278.5014", "85.2%", "646.1573", "597.7791"});
  row({"执行指挥中心建设项目", "1305.0000", "466.0714", "433.7819", "357.3214", "269.6168", "75.45%", "823.3928", "703.3987"});
  text("注：累计栏为项目开工以来的累计数，含以前年度安排和支出。");
  text("三、各项目绩效目标完成情况");
  text("（一）审判法庭维修改造项目");
  text("2024年度该项目安排资金326.8796万元，全年支出278.5014万元，年度预算执行率85.2%。全年支付工程款264.0501万元、支付监理费3.4701万元、支付设计费5.9571万元、支付检测及其他费用5.0241万元。截至2024年12月31日，项目累计安排资金646.1573万元，累计完成投资597.7791万元，占总投资的72.81%，主体工程形象进度达到87%。2023年5月7日，经公开招标，福建华跃建设工程有限公司中标该项目施工，施工合同价款为人民币陆佰柒拾壹万肆仟叁佰零贰元贰角（¥6,714,302.20元）；监理单位为福建华跃工程项目管理咨询有限公司，监理合同价款187,434.30元。");
  text("项目单位通过发放问卷开展满意度调查，共发放问卷280份，收回有效问卷269份，干警及诉讼群众满意度为92.8%。项目自评得分98.52分，等级为“优”。");
  text("表2 审判法庭维修改造项目绩效指标完成情况");
  row({"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"});
  row({"产出指标", "数量指标", "完成法庭改造面积", "不少于2840平方米", "2840平方米", "13", "13"});
  row({"产出指标", "质量指标", "分部分项工程验收合格率", "不低于100%", "100%", "14", "14"});
  row({"产出指标", "时效指标", "改造工程完工时间", "2025年12月底前完成", "按计划推进", "9", "9"});
  row({"产出指标", "成本指标", "单位面积改造成本", "不超过1660元/平方米", "1553元/平方米", "14", "14"});
  row({"效益指标", "社会效益指标", "审判工作保障条件", "有所改善", "明显改善", "13", "13"});
  row({"效益指标", "可持续影响指标", "设计使用年限", "不少于50年", "50年", "17", "17"});
  row({"满意度指标", "服务对象满意度指标", "干警及诉讼群众满意度", "不低于90%", "92.8%", "10", "10"});
  text("（二）执行指挥中心建设项目");
  text("2024年度该项目安排资金357.3214万元，全年支出269.6168万元，年度预算执行率75.45%。全年支付工程款261.0269万元、支付监理费5.9989万元、支付检测及其他费用2.5910万元。截至2024年12月31日，项目累计安排资金823.3928万元，累计完成投资703.3987万元，占总投资的53.9%，主体工程形象进度达到74%。2023年5月9日，经公开招标，福建鼎晟建设工程有限公司中标该项目施工，施工合同价款为人民币玖佰捌拾肆万伍仟壹佰捌拾壹元整（¥9,845,181.00元）；监理单位为福建宏基工程项目管理咨询有限公司，监理合同价款173,173.50元。");
  text("项目单位通过发放问卷开展满意度调查，共发放问卷140份，收回有效问卷136份，干警满意度为88%。项目自评得分96.23分，等级为“优”。");
  text("表3 执行指挥中心建设项目绩效指标完成情况");
  row({"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"});
  row({"产出指标", "数量指标", "完成业务用房建设面积", "不少于2120平方米", "2372平方米", "14", "14"});
  row({"产出指标", "质量指标", "分部分项工程验收合格率", "不低于100%", "100%", "12", "12"});
  row({"产出指标", "时效指标", "主体工程完工时间", "2025年12月底前完成", "基本按期完成", "11", "9.9"});
  row({"产出指标", "成本指标", "单位面积建安造价", "不超过3750元/平方米", "3581元/平方米", "13", "13"});
  row({"效益指标", "社会效益指标", "执行工作信息化水平", "有所提升", "明显提升", "14", "14"});
  row({"效益指标", "可持续影响指标", "设计使用年限", "不少于50年", "50年", "16", "16"});
  row({"满意度指标", "服务对象满意度指标", "干警满意度", "不低于90%", "88%", "10", "9.78"});
  text("四、存在的问题及改进措施");
  text("一是预算执行进度前慢后快，上半年支出进度偏低；二是部分项目绩效目标设置不够细化，个别指标难以量化考核。");
  text("下一步，我单位将扩大满意度调查覆盖面，采用问卷、电话回访等多种方式开展调查；进一步加强绩效目标管理，提高指标设置的科学性和可衡量性。");
  text("永泰县人民法院");
  text("2025年2月5日");
  for (std::size_t i = 0; i < document.lines.size(); ++i) document.lines[i].number = static_cast<int>(i) + 1;
  auto parsed = ParseReport(document);
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_GE(projects.size(), 2u);
  EXPECT_EQ(projects[0].name, "审判法庭维修改造项目");
  EXPECT_EQ(projects[1].name, "执行指挥中心建设项目");
  EXPECT_EQ(projects[1].executed, ParseMoney("269.6168", MoneyUnit::kWan).value());
}

// A bureau's cover over a project's form, its cells one per line: the sectioned reading takes the
// heading over the indicators (（二）绩效指标完成情况) for the project, the general reading names it
// (项目名称　X) with its money. The indicators are that project's.
TEST(ParseReport, AHeadingOverTheIndicatorsIsTheProjectTheCoverNames) {
  const std::string text =
      "某旗财政支出项目绩效评价自评报告\n"
      "项目名称　旅游咨询服务经费\n"
      "项目单位　某旗游客服务中心\n"
      "一、项目基本概况 |\n计划安排资金（万元） |\n52.12 |\n实际到位资金（万元） |\n52.12 |\n实际支出（万元） |\n44.11 |\n"
      "三、项目绩效情况\n"
      "（二）绩效指标完成情况\n"
      "一级指标 |\n二级指标 |\n三级指标 |\n年度指标值 |\n实际完成值 |\n分值 |\n得分 |\n"
      "产出指标 |\n数量指标 |\n接待游客咨询 |\n不少于128600人次 |\n138680人次 |\n4 |\n4 |\n"
      "质量指标 |\n旅游投诉处理率 |\n达到100% |\n100% |\n6 |\n6 |\n"
      "四、评价结论：项目实际支出44.11万元，预算执行率为84.63%；经自评，该项目得分96.99分。\n";
  auto document = ReadTxt(text, "cover.txt");
  ASSERT_TRUE(document);
  auto parsed = ParseReport(*document);
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 1u);
  EXPECT_EQ(projects[0].name, "旅游咨询服务经费");
  EXPECT_EQ(projects[0].budget.total, ParseMoney("52.12", MoneyUnit::kWan).value());
  ASSERT_FALSE(projects[0].indicators.empty());
  EXPECT_EQ(projects[0].indicators[0].name, "接待游客咨询");
}

// A project's report whose analysis gives each indicator a numbered heading (generator R's gr24, a
// PDF's copy: hard-wrapped, page labels): the sectioned reading takes those headings for projects,
// none with money; the general reading finds the one project, named in the title's brackets, with
// its budget and spending, and the indicators under the headings.
TEST(ParseReport, IndicatorHeadingsAreNoProjectsOfAOneProjectReport) {
  auto parsed = ParseFixture("generator-r-gr24-haoma.txt");
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_GE(projects.size(), 1u);
  EXPECT_EQ(projects[0].name, "银龄安康保险补助资金");
  EXPECT_EQ(projects[0].budget.total, ParseMoney("26.89", MoneyUnit::kWan).value());
  EXPECT_EQ(projects[0].executed, ParseMoney("24.60", MoneyUnit::kWan).value());
  ASSERT_GE(projects[0].indicators.size(), 3u);
  EXPECT_EQ(projects[0].indicators[0].name, "参保老年人");
  for (const Project& p : projects) EXPECT_NE(p.name, "参保老年人");
}

// A banner's (旗) cover naming a generic 财政支出项目 over one project's form, its cells apart by
// runs of spaces (generator R's gr25): the project is the form's 项目名称, with the form's money;
// rows of figures run together are no projects.
TEST(ParseReport, ACoverOverOneProjectsFormInSpacedCells) {
  auto parsed = ParseFixture("generator-r-gr25-fengmian.txt");
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 1u);
  EXPECT_EQ(projects[0].name, "农产品质量安全执法抽检经费");
  EXPECT_EQ(projects[0].budget.total, ParseMoney("22.81", MoneyUnit::kWan).value());
  EXPECT_EQ(projects[0].executed, ParseMoney("22.03", MoneyUnit::kWan).value());
}

// The same cover over a form in tab-separated cells (generator R's gr13): the conclusion, under a
// heading of its own, says the project's spending again with its rate — both the one project's.
TEST(ParseReport, TheConclusionSaysTheOneProjectsSpendingAgainWithItsRate) {
  auto parsed = ParseFixture("generator-r-gr13-fengmian.txt");
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& projects = parsed->evaluation.projects;
  ASSERT_EQ(projects.size(), 1u);
  EXPECT_EQ(projects[0].name, "高龄老人长寿补贴资金");
  EXPECT_EQ(projects[0].executed, ParseMoney("633.11", MoneyUnit::kWan).value());
  ASSERT_TRUE(projects[0].execution_rate_stated);
  EXPECT_EQ(*projects[0].execution_rate_stated, Percent::FromUnits(8524));
}

}  // namespace
}  // namespace jixiao
