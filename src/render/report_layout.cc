#include "render/report_layout.h"

#include "render/display.h"
#include "render/report_parts.h"

namespace jixiao {

namespace report {

layout::Paragraph Para(std::string text, std::string lead) {
  layout::Paragraph p;
  p.lead = std::move(lead);
  p.text = std::move(text);
  return p;
}

layout::Heading Head(int level, std::string text) { return layout::Heading{level, std::move(text)}; }

std::string Sentence(std::string text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
  if (text.empty()) return text;
  for (std::string_view end : {"。", "；", "！", "？", "：", "”", "）", "，", "、", ";", ","}) {
    if (!text.ends_with(end)) continue;
    if (end == "；" || end == "，" || end == "、" || end == ";" || end == ",") {
      text.resize(text.size() - end.size());
      break;
    }
    return end == "”" || end == "）" ? text + "。" : text;
  }
  return text + "。";
}

FundsSum SumProjects(const Evaluation& evaluation, std::optional<ProjectLevel> level, bool any_level) {
  FundsSum sum;
  for (const auto& project : evaluation.projects) {
    if (!any_level && project.level != level) continue;
    ++sum.projects;
    if (!project.budget.total || !project.executed) {
      sum.complete = false;
      continue;
    }
    sum.budget += *project.budget.total;
    sum.executed += *project.executed;
  }
  return sum;
}

namespace {

void AddAttachments(const Context& c, Blocks& out) {
  const auto names = AttachmentNames(c);
  if (names.empty()) return;
  for (std::size_t i = 0; i < names.size(); ++i) {
    std::string text = (i == 0 ? "附件：" : "　　　") + std::to_string(i + 1) + "." + names[i];
    layout::Paragraph p = Para(std::move(text));
    p.align = layout::Align::kLeft;
    out.push_back(p);
  }
  const auto& ev = c.evaluation;
  for (std::size_t i = 0; i < names.size(); ++i) {
    out.push_back(layout::PageBreak{});
    layout::Paragraph label = Para("附件" + std::to_string(i + 1));
    label.indent = false;
    label.align = layout::Align::kLeft;
    out.push_back(label);
    out.push_back(layout::Title{names[i]});
    if (names[i].find("部门整体") != std::string::npos) {
      out.push_back(DepartmentScoreTable(c));
      if (c.options.include_charts && !ev.projects.empty()) out.push_back(ScoreChart(c));
    } else if (names[i].find("项目支出") != std::string::npos) {
      for (std::size_t p = 0; p < ev.projects.size(); ++p) out.push_back(ProjectScoreTable(c, p));
    } else {
      out.push_back(FindingsTable(c));
    }
  }
}

}  // namespace

std::vector<std::string> AttachmentNames(const Context& c) {
  std::vector<std::string> names;
  if (c.options.include_score_tables) {
    names.push_back("部门整体支出绩效自评表");
    if (!c.evaluation.projects.empty()) names.push_back("项目支出绩效自评表");
  }
  if (c.options.include_findings) names.push_back("自评报告审核发现的问题");
  return names;
}

}  // namespace report

std::string ReportTitle(const Evaluation& evaluation) {
  const std::string unit = evaluation.unit.name.value_or("（单位名称未填）");
  const std::string year = evaluation.year ? std::to_string(*evaluation.year) : "（年度未填）";
  return unit + year + "年度部门预算绩效自评报告";
}

layout::Document BuildReportLayout(const Evaluation& evaluation, const Scores& scores,
                                   const std::vector<Finding>& findings, const RenderOptions& options) {
  const report::Context c{evaluation, scores, findings, options,
                          display::ResolveMoneyUnit(evaluation, options.money)};
  layout::Document doc;
  doc.title = ReportTitle(evaluation);
  doc.author = evaluation.unit.name.value_or("");
  doc.blocks.push_back(layout::Title{doc.title});
  const std::string year = evaluation.year ? std::to_string(*evaluation.year) + "年度" : "本年度";
  doc.blocks.push_back(report::Para("根据预算绩效管理有关要求，现将" + evaluation.unit.name.value_or("本单位") + year +
                                    "部门预算绩效自评情况报告如下："));
  report::AddOverall(c, doc.blocks);
  report::AddProjects(c, doc.blocks);
  report::AddNextSteps(c, doc.blocks);
  report::AddAttachments(c, doc.blocks);
  return doc;
}

}  // namespace jixiao
