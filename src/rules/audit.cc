#include "rules/audit.h"

#include <array>

#include "rules/audit_checks.h"

namespace jixiao {

std::string_view SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "info";
  }
  return "info";
}

std::string_view SeverityLabel(Severity severity) {
  switch (severity) {
    case Severity::kError: return "错误";
    case Severity::kWarning: return "警告";
    case Severity::kInfo: return "提示";
  }
  return "提示";
}

namespace {

struct RuleEntry {
  RuleInfo info;
  void (*check)(const checks::Context&, checks::Findings&);
};

// The rule table. Ids are stable: reports, tests and users refer to them.
constexpr std::array<RuleEntry, 21> kRules{{
    {{"dept.execution_rate", Severity::kError, "部门执行率：所述与按执行数/预算数计算不符"}, checks::DepartmentExecutionRate},
    {{"dept.executed_over_budget", Severity::kError, "部门全年执行数超过全年预算数"}, checks::DepartmentExecutedOverBudget},
    {{"dept.shortfall_without_reason", Severity::kWarning, "部门执行率低于阈值而未说明原因"}, checks::DepartmentShortfallReason},
    {{"funds.economic_class_sum", Severity::kError, "按经济分类合计与全年预算数不符"}, checks::EconomicClassSum},
    {{"funds.project_funds_split", Severity::kError, "项目经费：本级 + 上级与合计不符"}, checks::ProjectFundsSplit},
    {{"funds.project_level_sum", Severity::kError, "各级项目预算合计与所述本级/上级项目经费不符"}, checks::ProjectLevelSums},
    {{"funds.project_execution_sum", Severity::kError, "各项目执行数合计超过部门全年执行数"}, checks::ProjectExecutionSum},
    {{"project.execution_rate", Severity::kError, "项目执行率：所述与计算不符"}, checks::ProjectExecutionRate},
    {{"project.budget_composition", Severity::kError, "项目财政拨款 + 其他资金与全年预算数不符"}, checks::ProjectBudgetComposition},
    {{"project.executed_over_budget", Severity::kError, "项目执行数超过预算数"}, checks::ProjectExecutedOverBudget},
    {{"project.full_rate_claimed", Severity::kError, "声称执行率 100% 而执行数不等于预算数"}, checks::ProjectFullRateClaimed},
    {{"project.shortfall_without_reason", Severity::kWarning, "项目执行率低于阈值而未说明原因"}, checks::ProjectShortfallReason},
    {{"project.missing_figures", Severity::kWarning, "项目未列明预算数或执行数"}, checks::ProjectMissingFigures},
    {{"project.no_quantified_indicator", Severity::kWarning, "项目没有量化绩效指标"}, checks::NoQuantifiedIndicator},
    {{"indicator.missed_without_reason", Severity::kWarning, "指标未达成而未说明偏差原因"}, checks::IndicatorMissedWithoutReason},
    {{"project.indicator_weights", Severity::kWarning, "指标分值合计不等于规定总分"}, checks::IndicatorWeightsTotal},
    {{"dept.indicator_weights", Severity::kWarning, "部门整体绩效指标分值合计不等于规定总分"},
     checks::DepartmentIndicatorWeightsTotal},
    {{"indicator.over_achieved_without_note", Severity::kWarning, "指标大幅超额完成而未说明"}, checks::OverAchievedWithoutNote},
    {{"indicator.score_stated", Severity::kWarning, "所填指标得分与评分规则不符"}, checks::IndicatorStatedScore},
    {{"project.satisfaction_missing", Severity::kWarning, "项目未列出满意度"}, checks::SatisfactionMissing},
    {{"evaluation.satisfaction_pasted", Severity::kWarning, "多数项目满意度为同一数字"}, checks::SatisfactionPasted},
}};

constexpr std::array<RuleInfo, kRules.size()> RuleInfos() {
  std::array<RuleInfo, kRules.size()> infos{};
  for (std::size_t i = 0; i < kRules.size(); ++i) infos[i] = kRules[i].info;
  return infos;
}
constexpr auto kRuleInfos = RuleInfos();

}  // namespace

std::span<const RuleInfo> AuditRules() { return kRuleInfos; }

std::vector<Finding> Audit(const Evaluation& evaluation, const ScoringProfile& profile) {
  std::vector<Finding> findings;
  const checks::Context context{evaluation, profile};
  for (const RuleEntry& rule : kRules) rule.check(context, findings);
  return findings;
}

}  // namespace jixiao
