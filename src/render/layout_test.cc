#include "render/report_layout.h"

#include <gtest/gtest.h>

#include "render/testing/sample.h"

namespace jixiao {
namespace {

struct Flat {
  std::vector<std::string> headings;
  std::string paragraphs;  // all paragraph text
  std::vector<layout::Table> tables;
  int charts = 0;
};

Flat Flatten(const layout::Document& doc) {
  Flat flat;
  for (const auto& block : doc.blocks) {
    if (auto* h = std::get_if<layout::Heading>(&block)) flat.headings.push_back(h->text);
    if (auto* p = std::get_if<layout::Paragraph>(&block)) flat.paragraphs += p->lead + p->text + "\n";
    if (auto* t = std::get_if<layout::Table>(&block)) flat.tables.push_back(*t);
    if (std::holds_alternative<layout::Chart>(block)) ++flat.charts;
  }
  return flat;
}

std::string TableText(const layout::Table& table) {
  std::string text;
  for (const auto& row : table.rows) {
    for (const auto& cell : row.cells) text += cell.text + "|";
    text += "\n";
  }
  return text;
}

class LayoutTest : public ::testing::Test {
 protected:
  Evaluation ev_ = testing::LoadExample();
  layout::Document Build(const RenderOptions& options = {}, std::vector<Finding> findings = {}) {
    return BuildReportLayout(ev_, ScoreEvaluation(ev_, options.profile), findings, options);
  }
};

TEST_F(LayoutTest, MirrorsTheExampleStructure) {
  const auto doc = Build();
  EXPECT_EQ(doc.title, "黔南州自然资源局2022年度部门预算绩效自评报告");
  ASSERT_TRUE(std::holds_alternative<layout::Title>(doc.blocks.front()));
  const Flat flat = Flatten(doc);
  const std::vector<std::string> want = {"一、整体支出绩效自评情况", "（一）单位职能概述",
                                         "（二）2022年的年度工作目标完成情况",
                                         "（三）2022年财政经费下达及预算执行情况", "二、项目支出绩效自评情况",
                                         "（一）本级资金安排的项目", "1.自然资源业务提升项目"};
  for (std::size_t i = 0; i < want.size(); ++i) EXPECT_EQ(flat.headings.at(i), want[i]);
  EXPECT_EQ(flat.headings.at(want.size() + 11), "（二）上级资金安排的项目");
  EXPECT_EQ(flat.headings.at(want.size() + 12), "1.贵州苗岭山脉历史遗留废弃矿山生态修复示范工程项目");
  EXPECT_EQ(flat.headings.back(), "三、下一步工作打算");
  EXPECT_NE(flat.paragraphs.find("（5）未完成原因：州级的中央资金"), std::string::npos);
  EXPECT_NE(flat.paragraphs.find("（一）严格预算执行"), std::string::npos);
}

TEST_F(LayoutTest, FiguresAreComputedFromTheDocument) {
  const Flat flat = Flatten(Build());
  for (const char* text : {"全年预算数115586771.12元，全年执行数26030887.17元，预算完成率22.52%",
                           "工资福利支出12375300.00元", "合计115513100.00元",
                           "项目经费100419800.00元（本级安排10937600.00元，上级补助89482200.00元）",
                           "全年执行数0.00元，执行率0%", "职工满意度为100%。", "实施区域群众满意度大于85%。"}) {
    EXPECT_NE(flat.paragraphs.find(text), std::string::npos) << text;
  }
  // Execution by fund source is summed from the projects.
  const std::string execution = TableText(flat.tables.at(1));
  EXPECT_NE(execution.find("本级资金安排的项目（12个）|10937600.00|10937600.00|100.00%"), std::string::npos) << execution;
  EXPECT_NE(execution.find("部门整体|115586771.12|26030887.17|22.52%"), std::string::npos) << execution;
}

TEST_F(LayoutTest, StatedRateShownAsStatedWithTheComputedOne) {
  ev_.projects[0].execution_rate_stated = Percent::FromWhole(90);
  const Flat flat = Flatten(Build());
  EXPECT_NE(flat.paragraphs.find("执行率90%（按全年执行数÷全年预算数计算为100.00%）"), std::string::npos);
}

TEST_F(LayoutTest, ProjectWithoutIndicatorsIsNotFullMarks) {
  const Flat flat = Flatten(Build());
  const layout::Table* table = nullptr;
  for (const auto& t : flat.tables) {
    if (t.caption == "1.自然资源业务提升项目") table = &t;
  }
  ASSERT_NE(table, nullptr);
  const std::string text = TableText(*table);
  EXPECT_NE(text.find("产出指标|—|未设置绩效指标|—|—|50|未评分|"), std::string::npos) << text;
  EXPECT_NE(text.find("未定级（已评"), std::string::npos) << text;
  EXPECT_EQ(text.find("|100.00|"), std::string::npos) << text;
  EXPECT_EQ(table->repeat_rows, 1);
}

TEST_F(LayoutTest, ScoreTablesChartsAndFindingsFollowOptions) {
  RenderOptions options;
  Flat flat = Flatten(Build(options));
  EXPECT_EQ(flat.tables.size(), 2u + 1u + ev_.projects.size());
  EXPECT_EQ(flat.charts, 3);
  options.include_charts = false;
  options.include_score_tables = false;
  options.include_findings = true;
  flat = Flatten(Build(options, testing::SampleFindings()));
  EXPECT_EQ(flat.charts, 0);
  ASSERT_EQ(flat.tables.size(), 3u);
  EXPECT_NE(TableText(flat.tables.back()).find("少 73671.12 元"), std::string::npos);
  EXPECT_NE(flat.paragraphs.find("附件：1.自评报告审核发现的问题"), std::string::npos);
}

TEST_F(LayoutTest, WanDisplayIsUsedThroughout) {
  RenderOptions options;
  options.money = MoneyDisplay::kWan;
  const Flat flat = Flatten(Build(options));
  EXPECT_NE(flat.paragraphs.find("全年预算数11558.677112万元"), std::string::npos);  // 115,586,771.12 元, not rounded
  EXPECT_NE(flat.paragraphs.find("工资福利支出1237.53万元"), std::string::npos);
  EXPECT_EQ(flat.paragraphs.find("元（其中，财政拨款资金45500.00元"), std::string::npos);
}

TEST_F(LayoutTest, LargeDocumentScoresIndicators) {
  ev_ = testing::GenerateLarge(40, 10);
  const Flat flat = Flatten(Build());
  EXPECT_EQ(flat.tables.size(), 2u + 1u + 40u);
  const std::string text = TableText(flat.tables.at(3));
  EXPECT_NE(text.find("产出指标|数量指标|第1项目指标1"), std::string::npos) << text;
  EXPECT_EQ(text.find("未评分"), std::string::npos) << text;
  EXPECT_EQ(flat.charts, 2 * 3 + 1);  // 40 projects split into parts of at most 15
}

const layout::Table* DepartmentTable(const Flat& flat) {
  for (const auto& t : flat.tables) {
    if (t.caption.starts_with("部门整体支出绩效自评表")) return &t;
  }
  return nullptr;
}

TEST_F(LayoutTest, DepartmentTableListsTheProjectsWhenThereAreNoDepartmentIndicators) {
  const Flat flat = Flatten(Build());
  const layout::Table* table = DepartmentTable(flat);
  ASSERT_NE(table, nullptr);
  const std::string text = TableText(*table);
  EXPECT_NE(text.find("绩效指标（按项目预算加权）"), std::string::npos) << text;
  EXPECT_NE(text.find("自然资源业务提升项目"), std::string::npos) << text;
}

TEST_F(LayoutTest, DepartmentTableShowsTheDepartmentIndicators) {
  ev_ = testing::WithDepartmentIndicators(ev_);  // figures worked in testing/sample.h
  const Flat flat = Flatten(Build());
  const layout::Table* table = DepartmentTable(flat);
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->caption, "部门整体支出绩效自评表（2022年度）");
  const std::string text = TableText(*table);
  for (const char* want : {"年度资金总额|—|115586771.12|26030887.17|22.52%|10|2.25|",
                           "一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施|",
                           "产出指标|预算执行|预算完成率（完成数/预算数）|≥100%|22.52%|30|6.76|上级资金下达较晚，结转下年使用|",
                           "|预算管理|三公经费控制率（实际/预算）|≤100%|85%|20|20||",
                           "效益指标|社会效益|重点工作办结率（办结/交办）|≥100%|95%|30|28.50||",
                           "|可持续影响|管理制度健全性|健全|达成年度指标|10|10|未填写得分，按完成档次取 10 分|",
                           "总分|—|100|67.51|中|"}) {
    EXPECT_NE(text.find(want), std::string::npos) << want << "\n" << text;
  }
  EXPECT_EQ(text.find("按项目预算加权"), std::string::npos) << text;
  for (const Project& p : ev_.projects) EXPECT_EQ(text.find(p.name), std::string::npos) << p.name;
}

}  // namespace
}  // namespace jixiao
