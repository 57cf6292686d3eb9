// The individual consistency checks behind rules/audit.h, one function per rule id. Each
// appends its findings to `out`; audit.cc owns the table that names and orders them.
#pragma once

#include <string>
#include <vector>

#include "core/evaluation.h"
#include "rules/finding.h"
#include "rules/profile.h"

namespace jixiao::checks {

struct Context {
  const Evaluation& evaluation;
  const ScoringProfile& profile;
};
using Findings = std::vector<Finding>;

// Department funds (audit_funds.cc).
void DepartmentExecutionRate(const Context& c, Findings& out);
void DepartmentExecutedOverBudget(const Context& c, Findings& out);
void DepartmentShortfallReason(const Context& c, Findings& out);
void EconomicClassSum(const Context& c, Findings& out);
void ProjectFundsSplit(const Context& c, Findings& out);
void ProjectLevelSums(const Context& c, Findings& out);
void ProjectExecutionSum(const Context& c, Findings& out);

// Projects (audit_projects.cc).
void ProjectExecutionRate(const Context& c, Findings& out);
void ProjectBudgetComposition(const Context& c, Findings& out);
void ProjectExecutedOverBudget(const Context& c, Findings& out);
void ProjectFullRateClaimed(const Context& c, Findings& out);
void ProjectShortfallReason(const Context& c, Findings& out);
void ProjectMissingFigures(const Context& c, Findings& out);

// Indicators and satisfaction (audit_indicators.cc). The per-indicator checks cover the
// projects' indicators and the 部门整体 ones (paths /department_indicators/N/…).
void NoQuantifiedIndicator(const Context& c, Findings& out);
void IndicatorMissedWithoutReason(const Context& c, Findings& out);
void IndicatorWeightsTotal(const Context& c, Findings& out);            // each project's indicators
void DepartmentIndicatorWeightsTotal(const Context& c, Findings& out);  // the 部门整体 indicators
void OverAchievedWithoutNote(const Context& c, Findings& out);
void IndicatorStatedScore(const Context& c, Findings& out);
void SatisfactionMissing(const Context& c, Findings& out);
void SatisfactionPasted(const Context& c, Findings& out);

// Shared wording.
inline Finding MakeFinding(std::string rule, Severity severity, std::string message, std::string path,
                           std::optional<std::string> stated = std::nullopt,
                           std::optional<std::string> computed = std::nullopt) {
  return {std::move(rule), severity, std::move(message), std::move(path), std::move(stated), std::move(computed), {}};
}
std::string MoneyGap(Money actual, Money expected);   // "少 73671.12 元" / "多 …"
std::string ProjectLabel(const Evaluation& evaluation, std::size_t index);  // "项目 3「物业管理项目」"
std::string ProjectPath(std::size_t index);           // "/projects/3"

}  // namespace jixiao::checks
