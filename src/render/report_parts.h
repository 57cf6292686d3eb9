// Internal to render/: the pieces BuildReportLayout assembles, one function per report part,
// all reading one shared context. Not part of the public API.
#pragma once

#include <string>
#include <vector>

#include "core/evaluation.h"
#include "core/money.h"
#include "render/layout.h"
#include "render/options.h"
#include "rules/finding.h"
#include "rules/scoring.h"

namespace jixiao::report {

struct Context {
  const Evaluation& evaluation;
  const Scores& scores;
  const std::vector<Finding>& findings;
  const RenderOptions& options;
  MoneyUnit unit;  // resolved once: every amount in the document uses it
};

// Budget and execution summed over the projects that state them.
struct FundsSum {
  Money budget;
  Money executed;
  int projects = 0;
  bool complete = true;  // every project counted stated both figures
};
FundsSum SumProjects(const Evaluation& evaluation, std::optional<ProjectLevel> level, bool any_level);

using Blocks = std::vector<layout::Block>;

// report_narrative.cc
void AddOverall(const Context& c, Blocks& out);      // 一、整体支出绩效自评情况
void AddProjects(const Context& c, Blocks& out);     // 二、项目支出绩效自评情况
void AddNextSteps(const Context& c, Blocks& out);    // 三、下一步工作打算
std::vector<std::string> AttachmentNames(const Context& c);

// report_tables.cc
layout::Table FundsTable(const Context& c);          // 财政经费下达情况 by economic class
layout::Table ExecutionTable(const Context& c);      // 预算执行情况 by fund source
layout::Table DepartmentScoreTable(const Context& c);
layout::Table ProjectScoreTable(const Context& c, std::size_t index);
layout::Table FindingsTable(const Context& c);

// report_charts.cc
layout::Chart BudgetChart(const Context& c);
layout::Chart RateChart(const Context& c);
layout::Chart ScoreChart(const Context& c);
// A chart of many categories as parts of at most `per_part`, titled "…（1/3）".
std::vector<layout::Chart> SplitChart(const layout::Chart& chart, std::size_t per_part = 15);

// Helpers shared by the parts.
layout::Paragraph Para(std::string text, std::string lead = "");
layout::Heading Head(int level, std::string text);
std::string Sentence(std::string text);  // ensures a final "。" (or keeps ；：！？)

}  // namespace jixiao::report
