// Department-overall score (DOMAIN.md §3): 10 points of execution plus 90 of indicators, the
// 部门整体 indicators when the document has them, else the projects' indicator blocks.
#include "rules/scoring.h"

namespace jixiao {

namespace {

// The projects' indicator blocks, budget-weighted, scaled to the profile's indicator total.
BlockScore WeightedIndicatorBlock(const Evaluation& evaluation, const std::vector<ProjectScore>& projects,
                                  const ScoringProfile& profile) {
  BlockScore block{Block::kOutput, profile.indicator_total, std::nullopt, ""};
  Int128 weighted = 0;  // Σ budget_fen × earned/max, in units of 10^-4 fen
  Int128 budget_sum = 0;
  int unscored = 0;
  for (std::size_t i = 0; i < projects.size(); ++i) {
    const ProjectScore& ps = projects[i];
    const auto& budget = evaluation.projects[i].budget.total;
    Points earned, max;
    for (std::size_t b = 1; b < ps.blocks.size(); ++b) {
      if (ps.blocks[b].earned) earned += *ps.blocks[b].earned;
      max += ps.blocks[b].max;
    }
    if (!ps.grade || !budget || budget->units() <= 0 || max.is_zero()) {
      ++unscored;
      continue;
    }
    weighted += DivRoundHalfUp(static_cast<Int128>(budget->units()) * earned.units() * 10000, max.units());
    budget_sum += budget->units();
  }
  if (projects.empty()) {
    block.note = "未列出项目，部门整体指标未评分";
  } else if (unscored > 0) {
    block.note = std::to_string(unscored) + " 个项目缺少可评分的绩效指标，部门整体指标未评分";
  } else {
    block.earned = ScalePoints(profile.indicator_total, weighted, budget_sum * 10000);
    block.note = "按项目全年预算数加权的项目指标得分率";
  }
  return block;
}

// The weight of each 部门整体 indicator: its own, or an equal share of what the stated weights
// leave of the profile's indicator total (all of it when no row states a weight).
std::vector<Points> DepartmentWeights(const std::vector<DepartmentIndicator>& indicators, const ScoringProfile& profile) {
  Points stated;
  int64_t unweighted = 0;
  for (const auto& ind : indicators) {
    if (ind.weight) stated += *ind.weight; else ++unweighted;
  }
  const Points left = stated < profile.indicator_total ? profile.indicator_total - stated : Points();
  const Points share = unweighted > 0 ? ScalePoints(left, 1, unweighted) : Points();
  std::vector<Points> weights;
  for (const auto& ind : indicators) weights.push_back(ind.weight.value_or(share));
  return weights;
}

// The 部门整体 indicators scored row by row like a project's (DOMAIN.md §3 "same shape"): the block
// is worth the sum of their weights and is scored only when every row is.
BlockScore DepartmentIndicatorBlock(const Evaluation& evaluation, const ScoringProfile& profile,
                                    std::vector<IndicatorScore>& rows) {
  const auto& indicators = evaluation.department_indicators;
  const std::vector<Points> weights = DepartmentWeights(indicators, profile);
  BlockScore block{Block::kOutput, Points(), std::nullopt, ""};
  Points earned;
  int unscored = 0;
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    rows.push_back(ScoreIndicator(indicators[i], i, weights[i], profile));
    block.max += rows.back().weight;
    if (rows.back().score) earned += *rows.back().score; else ++unscored;
  }
  if (unscored > 0) {
    block.note = std::to_string(unscored) + " 个部门整体绩效指标无法计分，部门整体指标未评分";
  } else {
    block.earned = earned;
    block.note = "按部门整体支出绩效指标计分";
  }
  return block;
}

}  // namespace

Scores ScoreEvaluation(const Evaluation& evaluation, const ScoringProfile& profile) {
  Scores scores;
  for (const auto& project : evaluation.projects) scores.projects.push_back(ScoreProject(project, profile));
  DepartmentScore& overall = scores.overall;
  const DepartmentFunds& funds = evaluation.funds;
  if (funds.executed_total && funds.budget_total && funds.budget_total->units() > 0) {
    overall.execution_rate = PercentOf(*funds.executed_total, *funds.budget_total);
  }
  overall.execution = {Block::kExecution, profile.execution_points,
                       ExecutionScore(funds.executed_total, funds.budget_total, profile.execution_points), ""};
  if (!overall.execution.earned) overall.execution.note = "缺少全年预算数或全年执行数，未计分";
  overall.indicators = evaluation.department_indicators.empty()
                           ? WeightedIndicatorBlock(evaluation, scores.projects, profile)
                           : DepartmentIndicatorBlock(evaluation, profile, overall.department_indicators);
  for (const BlockScore* block : {&overall.execution, &overall.indicators}) {
    if (!block->earned) continue;
    overall.total += *block->earned;
    overall.max_scored += block->max;
  }
  if (auto note = ApplyExecutionCap(overall.total, overall.execution_rate, profile)) overall.notes.push_back(*note);
  if (overall.execution.earned && overall.indicators.earned) {
    overall.grade = GradeOf(overall.total, profile);
  } else {
    overall.notes.push_back(PartialScoreNote(overall.total, overall.max_scored));
  }
  return scores;
}

}  // namespace jixiao
