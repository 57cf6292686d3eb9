#include <numeric>

#include "core/money.h"
#include "rules/audit_checks.h"

namespace jixiao::checks {

std::string MoneyGap(Money actual, Money expected) {
  const Money gap = actual - expected;
  return (gap.units() < 0 ? "少 " : "多 ") + FormatNatural(gap.units() < 0 ? -gap : gap);
}

std::string ProjectLabel(const Evaluation& evaluation, std::size_t index) {
  return "项目 " + std::to_string(index + 1) + "「" + evaluation.projects[index].name + "」";
}

std::string ProjectPath(std::size_t index) { return "/projects/" + std::to_string(index); }


void DepartmentExecutionRate(const Context& c, Findings& out) {
  const DepartmentFunds& f = c.evaluation.funds;
  if (!f.execution_rate_stated || !f.executed_total || !f.budget_total || f.budget_total->units() <= 0) return;
  const Percent computed = PercentOf(*f.executed_total, *f.budget_total);
  if (computed == *f.execution_rate_stated) return;
  out.push_back(MakeFinding("dept.execution_rate", Severity::kError,
                     "全年执行数 " + FormatNatural(*f.executed_total) + " ÷ 全年预算数 " + FormatNatural(*f.budget_total) +
                         " = " + ToString(computed) + "%，与所述执行率 " + ToString(*f.execution_rate_stated) +
                         "% 相差 " + ToString(Percent::FromUnits(std::abs(computed.units() - f.execution_rate_stated->units()))) +
                         " 个百分点",
                     "/funds/execution_rate_stated", ToString(*f.execution_rate_stated), ToString(computed)));
}

void DepartmentExecutedOverBudget(const Context& c, Findings& out) {
  const DepartmentFunds& f = c.evaluation.funds;
  if (!f.executed_total || !f.budget_total || *f.executed_total <= *f.budget_total) return;
  out.push_back(MakeFinding("dept.executed_over_budget", Severity::kError,
                     "全年执行数 " + FormatNatural(*f.executed_total) + " 超过全年预算数 " + FormatNatural(*f.budget_total) +
                         "，" + MoneyGap(*f.executed_total, *f.budget_total),
                     "/funds/executed_total", ToYuanString(*f.executed_total), ToYuanString(*f.budget_total)));
}

void DepartmentShortfallReason(const Context& c, Findings& out) {
  const DepartmentFunds& f = c.evaluation.funds;
  if (!f.executed_total || !f.budget_total || f.budget_total->units() <= 0) return;
  const Percent rate = PercentOf(*f.executed_total, *f.budget_total);
  if (rate >= c.profile.reason_required_below || (f.shortfall_reason && !f.shortfall_reason->empty())) return;
  out.push_back(MakeFinding("dept.shortfall_without_reason", Severity::kWarning,
                     "部门预算执行率 " + ToString(rate) + "% 低于 " + ToString(c.profile.reason_required_below) +
                         "%，但未说明原因",
                     "/funds/shortfall_reason", std::nullopt, ToString(rate)));
}

void EconomicClassSum(const Context& c, Findings& out) {
  const DepartmentFunds& f = c.evaluation.funds;
  if (f.by_economic_class.empty() || !f.budget_total) return;
  Money sum;
  std::string parts;
  for (const auto& row : f.by_economic_class) {
    if (!row.amount) return;
    sum += *row.amount;
    parts += (parts.empty() ? "" : " + ") + row.economic_class + " " + FormatNatural(*row.amount);
  }
  if (sum == *f.budget_total) return;
  out.push_back(MakeFinding("funds.economic_class_sum", Severity::kError,
                     "按经济分类合计 " + FormatNatural(sum) + "（" + parts + "），比全年预算数 " +
                         FormatNatural(*f.budget_total) + " " + MoneyGap(sum, *f.budget_total),
                     "/funds/by_economic_class", ToYuanString(*f.budget_total), ToYuanString(sum)));
}

void ProjectFundsSplit(const Context& c, Findings& out) {
  const auto& pf = c.evaluation.funds.project_funds;
  if (!pf || !pf->total || !pf->own_level || !pf->superior) return;
  const Money sum = *pf->own_level + *pf->superior;
  if (sum == *pf->total) return;
  out.push_back(MakeFinding("funds.project_funds_split", Severity::kError,
                     "项目经费本级安排 " + FormatNatural(*pf->own_level) + " + 上级补助 " + FormatNatural(*pf->superior) +
                         " = " + FormatNatural(sum) + "，比所述项目经费 " + FormatNatural(*pf->total) + " " +
                         MoneyGap(sum, *pf->total),
                     "/funds/project_funds/total", ToYuanString(*pf->total), ToYuanString(sum)));
}

void ProjectLevelSums(const Context& c, Findings& out) {
  const auto& pf = c.evaluation.funds.project_funds;
  if (!pf) return;
  struct Level {
    ProjectLevel level;
    const std::optional<Money>& stated;
    const char* name;
    const char* path;
  };
  for (const Level& l : {Level{ProjectLevel::kOwn, pf->own_level, "本级安排", "/funds/project_funds/own_level"},
                         Level{ProjectLevel::kSuperior, pf->superior, "上级补助", "/funds/project_funds/superior"}}) {
    if (!l.stated) continue;
    Money sum;
    int count = 0;
    for (const auto& p : c.evaluation.projects) {
      if (p.level != l.level || !p.budget.total) continue;
      sum += *p.budget.total;
      ++count;
    }
    if (count == 0 || sum == *l.stated) continue;
    out.push_back(MakeFinding("funds.project_level_sum", Severity::kError,
                       std::string(l.name) + "的 " + std::to_string(count) + " 个项目全年预算数合计 " + FormatNatural(sum) +
                           "，比所述" + l.name + "项目经费 " + FormatNatural(*l.stated) + " " + MoneyGap(sum, *l.stated),
                       l.path, ToYuanString(*l.stated), ToYuanString(sum)));
  }
}

void ProjectExecutionSum(const Context& c, Findings& out) {
  const auto& total = c.evaluation.funds.executed_total;
  if (!total) return;
  Money sum;
  for (const auto& p : c.evaluation.projects) {
    if (p.executed) sum += *p.executed;
  }
  if (sum <= *total) return;
  out.push_back(MakeFinding("funds.project_execution_sum", Severity::kError,
                     "各项目全年执行数合计 " + FormatNatural(sum) + "，超过部门全年执行数 " + FormatNatural(*total) + "，" +
                         MoneyGap(sum, *total),
                     "/funds/executed_total", ToYuanString(*total), ToYuanString(sum)));
}

}  // namespace jixiao::checks
