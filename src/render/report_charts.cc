// Chart data of the report: budget against execution and the execution rate per project,
// and the score rate per indicator block. Values are for geometry; labels are exact text.
#include <array>

#include "render/display.h"
#include "render/report_parts.h"

namespace jixiao::report {

namespace {

double PercentValue(Percent p) { return static_cast<double>(p.units()) / 100.0; }

}  // namespace

layout::Chart BudgetChart(const Context& c) {
  layout::Chart chart;
  chart.kind = layout::ChartKind::kBars;
  chart.title = "各项目全年预算数与全年执行数";
  chart.unit = std::string(MoneyUnitWord(c.unit));
  layout::Series budget{"全年预算数", {}, {}}, executed{"全年执行数", {}, {}};
  for (const Project& p : c.evaluation.projects) {
    chart.categories.push_back(p.name);
    budget.values.push_back(p.budget.total ? display::AmountValue(*p.budget.total, c.unit) : 0.0);
    budget.labels.push_back(display::OptionalAmount(p.budget.total, c.unit));
    executed.values.push_back(p.executed ? display::AmountValue(*p.executed, c.unit) : 0.0);
    executed.labels.push_back(display::OptionalAmount(p.executed, c.unit));
  }
  chart.series = {std::move(budget), std::move(executed)};
  return chart;
}

layout::Chart RateChart(const Context& c) {
  layout::Chart chart;
  chart.kind = layout::ChartKind::kRateBars;
  chart.title = "各项目预算执行率与时间进度";
  chart.unit = "%";
  chart.reference = 100.0;
  chart.reference_label = "时间进度100%";
  layout::Series rate{"执行率", {}, {}};
  for (std::size_t i = 0; i < c.evaluation.projects.size(); ++i) {
    chart.categories.push_back(c.evaluation.projects[i].name);
    const auto& r = i < c.scores.projects.size() ? c.scores.projects[i].execution_rate : std::nullopt;
    rate.values.push_back(r ? PercentValue(*r) : 0.0);
    rate.labels.push_back(r ? display::PercentText(*r) : "—");
  }
  chart.series = {std::move(rate)};
  return chart;
}

layout::Chart ScoreChart(const Context& c) {
  layout::Chart chart;
  chart.kind = layout::ChartKind::kRateBars;
  chart.title = "各类指标得分率（已评分项目合计）";
  chart.unit = "%";
  std::array<Points, 4> earned{}, max{};
  std::array<int, 4> unscored{};
  for (const ProjectScore& s : c.scores.projects) {
    for (const BlockScore& b : s.blocks) {
      const int i = static_cast<int>(b.block);
      if (b.earned) {
        earned[i] += *b.earned;
        max[i] += b.max;
      } else if (!b.max.is_zero()) {
        ++unscored[i];
      }
    }
  }
  layout::Series rate{"得分率", {}, {}};
  for (Block b : {Block::kExecution, Block::kOutput, Block::kBenefit, Block::kSatisfaction}) {
    const int i = static_cast<int>(b);
    chart.categories.push_back(std::string(BlockName(b)));
    const bool any = !max[i].is_zero();
    rate.values.push_back(any ? PercentValue(PercentOf(earned[i], max[i])) : 0.0);
    std::string label = any ? display::PercentText(PercentOf(earned[i], max[i])) : "未评分";
    if (unscored[i] > 0) label += "（" + std::to_string(unscored[i]) + "个项目未评分）";
    rate.labels.push_back(label);
  }
  chart.series = {std::move(rate)};
  return chart;
}

std::vector<layout::Chart> SplitChart(const layout::Chart& chart, std::size_t per_part) {
  const std::size_t n = chart.categories.size();
  if (n <= per_part || per_part == 0) return {chart};
  const std::size_t parts = (n + per_part - 1) / per_part;
  std::vector<layout::Chart> out;
  for (std::size_t part = 0; part < parts; ++part) {
    const std::size_t begin = part * n / parts, end = (part + 1) * n / parts;
    layout::Chart piece = chart;
    piece.title += "（" + std::to_string(part + 1) + "/" + std::to_string(parts) + "）";
    piece.categories.assign(chart.categories.begin() + static_cast<long>(begin),
                            chart.categories.begin() + static_cast<long>(end));
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
      const auto& from = chart.series[s];
      auto& to = piece.series[s];
      to.values.assign(from.values.begin() + static_cast<long>(begin), from.values.begin() + static_cast<long>(end));
      to.labels.assign(from.labels.begin() + static_cast<long>(begin), from.labels.begin() + static_cast<long>(end));
    }
    out.push_back(std::move(piece));
  }
  return out;
}

}  // namespace jixiao::report
