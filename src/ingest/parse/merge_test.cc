// Whole documents with a narrative and self-evaluation tables: the attachments end the
// narrative, tables merge into the narrative's projects and department figures, and figures
// that disagree are reported.
#include "ingest/parse/merge.h"

#include <gtest/gtest.h>

#include "core/money.h"
#include "ingest/parse/report_parser.h"

namespace jixiao::parse {
namespace {

TextDocument Lines(std::initializer_list<const char*> texts) { return TextDocumentFromLines(texts); }

std::string Yuan(const std::optional<Money>& money) { return money ? ToYuanString(*money) : "null"; }

std::string Extra(const Extras& extras, std::string_view key) {
  for (const auto& [k, v] : extras) {
    if (k == key) return v;
  }
  return "null";
}

int Count(const std::vector<Finding>& findings, std::string_view rule, std::string_view path = "") {
  int n = 0;
  for (const Finding& f : findings) n += f.rule == rule && (path.empty() || f.path == path);
  return n;
}

const TextDocument& NarrativeWithAttachments() {
  static const TextDocument document = Lines({
      "某县档案局2022年",
      "度部门整体支出绩效自评报告",
      "一、预算执行情况",
      "全年预算数1200000元，全年执行数1140000元，执行率95%，主要原因是部分采购合同年底才签订。",
      "预算执行情况",
      "二、项目支出绩效自评情况",
      "1.档案数字化项目",
      "（1）资金使用情况：全年预算数120000元（其中，财政拨款资金120000元，其他资金0元），全年执行数114000元，执行率95%"
      "。",
      "（2）满意度：档案利用者满意度为95%。",
      "三、下一步工作打算",
      "（一）加强预算执行管理。",
      "（二）细化绩效目标。",
      "附件：1.部门整体支出绩效自评表",
      "　　　2.项目支出绩效自评表",
      "附件1",
      "部门整体支出绩效自评表（2022年度）",
      "单位名称 |某县档案局 |",
      "预算执行（元） |年初预算数 |全年预算数 |全年执行数 |执行率 |",
      "年度资金总额 |1000000 |1200000 |1140000 |95.00% |",
      "项目名称 | |全年预算数（元） |全年执行数 |执行率 |",
      "档案数字化项目 | |120000.00 |114000.00 |95.00% |",
      "档案馆安防项目 | |50000.00 |50000.00 |100.00% |",
      "附件2",
      "项目支出绩效自评表",
      "1.档案数字化项目",
      "项目名称 |档案数字化项目 |",
      "资金（元） |年初预算数 |全年预算数 |全年执行数 |执行率 |",
      "年度资金总额 |100000 |130000 |114000 |95.00% |",
      "其中：财政拨款 |— |120000 |— |— |",
      "一级指标 |二级指标 |三级指标 |年度指标值 |实际完成值 |分值 |得分 |",
      "产出指标 |数量指标 |数字化页数 |≥20000页 |22472页 |50 |50 |",
      "满意度指标 |服务对象满意度 |档案利用者满意度 |— |95% |10 |10 |",
      "总分 | | | |100 |95 |",
      "该项目总体完成较好，个别卷宗缺页。",
  });
  return document;
}

TEST(ParseMergeTest, AttachmentsEndTheNarrative) {
  const auto parsed = ParseReport(NarrativeWithAttachments());
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  EXPECT_EQ(ev.unit.name.value_or(""), "某县档案局") << "title wrapped over two lines";
  EXPECT_EQ(ev.year.value_or(0), 2022);
  EXPECT_EQ(ev.next_steps, (std::vector<std::string>{"加强预算执行管理。", "细化绩效目标。"}));
  EXPECT_EQ(ev.funds.shortfall_reason.value_or(""), "主要原因是部分采购合同年底才签订。")
      << "a caption after the paragraph is not the reason's rest";
  EXPECT_GE(Count(parsed->findings, "ingest.unrecognized"), 1) << "the note after the table is reported";
}

TEST(ParseMergeTest, TablesMergeIntoTheNarrative) {
  const auto parsed = ParseReport(NarrativeWithAttachments());
  ASSERT_TRUE(parsed);
  const Evaluation& ev = parsed->evaluation;
  ASSERT_EQ(ev.projects.size(), 2u) << "the table's project is the narrative's, not a new one";
  const Project& p = ev.projects[0];
  EXPECT_EQ(p.name, "档案数字化项目");
  EXPECT_EQ(Yuan(p.budget.total), "120000") << "the narrative's figure stays";
  EXPECT_EQ(Extra(p.budget.extras, "initial"), "\"100000\"") << "filled from 年初预算数";
  ASSERT_EQ(p.indicators.size(), 1u) << "the satisfaction row restates the narrative";
  EXPECT_EQ(p.indicators[0].name, "数字化页数");
  EXPECT_EQ(Count(parsed->findings, std::string(kRuleTableMismatch), "/projects/0/budget/total"), 1);
  EXPECT_EQ(Count(parsed->findings, std::string(kRuleTableMismatch)), 1) << "agreeing figures are confirmed";

  const Project& listed = ev.projects[1];
  EXPECT_EQ(listed.name, "档案馆安防项目") << "a project only the department table lists";
  EXPECT_FALSE(listed.level.has_value());
  EXPECT_EQ(Yuan(listed.budget.total), "50000");
  EXPECT_EQ(Yuan(listed.executed), "50000");

  EXPECT_EQ(Yuan(ev.funds.budget_total), "1200000");
  EXPECT_EQ(Extra(ev.funds.extras, "budget_initial"), "\"1000000\"");
}

TEST(ParseMergeTest, TableTitleInsideTheNarrativeEndsTheField) {
  const auto parsed = ParseReport(Lines({
      "一、项目支出绩效自评情况",
      "1.档案数字化项目",
      "（1）资金使用情况：全年预算数120000元，全年执行数114000元，执行率95%。",
      "二、下一步工作打算",
      "1.加强预算执行管理。",
      "项目支出绩效自评表",
      "项目名称 |档案数字化项目 |",
      "资金（元） |年初预算数 |全年预算数 |全年执行数 |执行率 |",
      "年度资金总额 |120000 |120000 |114000 |95.00% |",
  }));
  ASSERT_TRUE(parsed) << parsed.error().message;
  const Evaluation& ev = parsed->evaluation;
  EXPECT_EQ(ev.next_steps, std::vector<std::string>{"加强预算执行管理。"});
  ASSERT_EQ(ev.projects.size(), 1u);
  EXPECT_EQ(Extra(ev.projects[0].budget.extras, "initial"), "\"120000\"");
  EXPECT_EQ(Count(parsed->findings, std::string(kRuleTableMismatch)), 0);
}

}  // namespace
}  // namespace jixiao::parse
