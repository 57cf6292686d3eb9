#include "core/money.h"
#include "rules/audit_checks.h"

namespace jixiao::checks {

void ProjectExecutionRate(const Context& c, Findings& out) {
  for (std::size_t i = 0; i < c.evaluation.projects.size(); ++i) {
    const Project& p = c.evaluation.projects[i];
    if (!p.execution_rate_stated || !p.executed || !p.budget.total || p.budget.total->units() <= 0) continue;
    const Percent computed = PercentOf(*p.executed, *p.budget.total);
    if (computed == *p.execution_rate_stated) continue;
    out.push_back(MakeFinding("project.execution_rate", Severity::kError,
                              ProjectLabel(c.evaluation, i) + "：全年执行数 " + FormatNatural(*p.executed) +
                                  " ÷ 全年预算数 " + FormatNatural(*p.budget.total) + " = " + ToString(computed) +
                                  "%，与所述执行率 " + ToString(*p.execution_rate_stated) + "% 不符",
                              ProjectPath(i) + "/execution_rate_stated", ToString(*p.execution_rate_stated),
                              ToString(computed)));
  }
}

void ProjectBudgetComposition(const Context& c, Findings& out) {
  for (std::size_t i = 0; i < c.evaluation.projects.size(); ++i) {
    const Budget& b = c.evaluation.projects[i].budget;
    if (!b.total || !b.fiscal || !b.other) continue;
    const Money sum = *b.fiscal + *b.other;
    if (sum == *b.total) continue;
    out.push_back(MakeFinding("project.budget_composition", Severity::kError,
                              ProjectLabel(c.evaluation, i) + "：财政拨款 " + FormatNatural(*b.fiscal) + " + 其他资金 " +
                                  FormatNatural(*b.other) + " = " + FormatNatural(sum) + "，比全年预算数 " +
                                  FormatNatural(*b.total) + " " + MoneyGap(sum, *b.total),
                              ProjectPath(i) + "/budget/total", ToYuanString(*b.total), ToYuanString(sum)));
  }
}

void ProjectExecutedOverBudget(const Context& c, Findings& out) {
  for (std::size_t i = 0; i < c.evaluation.projects.size(); ++i) {
    const Project& p = c.evaluation.projects[i];
    if (!p.executed || !p.budget.total || *p.executed <= *p.budget.total) continue;
    out.push_back(MakeFinding("project.executed_over_budget", Severity::kError,
                              ProjectLabel(c.evaluation, i) + "：全年执行数 " + FormatNatural(*p.executed) +
                                  " 超过全年预算数 " + FormatNatural(*p.budget.total) + "，" +
                                  MoneyGap(*p.executed, *p.budget.total),
                              ProjectPath(i) + "/executed", ToYuanString(*p.executed), ToYuanString(*p.budget.total)));
  }
}

void ProjectFullRateClaimed(const Context& c, Findings& out) {
  const Percent full = Percent::FromWhole(100);
  for (std::size_t i = 0; i < c.evaluation.projects.size(); ++i) {
    const Project& p = c.evaluation.projects[i];
    if (p.execution_rate_stated != full || !p.executed || !p.budget.total || *p.executed == *p.budget.total) continue;
    out.push_back(MakeFinding("project.full_rate_claimed", Severity::kError,
                              ProjectLabel(c.evaluation, i) + "：所述执行率 100%，但全年执行数 " +
                                  FormatNatural(*p.executed) + " 与全年预算数 " + FormatNatural(*p.budget.total) +
                                  " 不等，" + MoneyGap(*p.executed, *p.budget.total),
                              ProjectPath(i) + "/execution_rate_stated", "100", ToYuanString(*p.executed)));
  }
}

void ProjectShortfallReason(const Context& c, Findings& out) {
  for (std::size_t i = 0; i < c.evaluation.projects.size(); ++i) {
    const Project& p = c.evaluation.projects[i];
    if (!p.executed || !p.budget.total || p.budget.total->units() <= 0) continue;
    const Percent rate = PercentOf(*p.executed, *p.budget.total);
    if (rate >= c.profile.reason_required_below || (p.shortfall_reason && !p.shortfall_reason->empty())) continue;
    out.push_back(MakeFinding("project.shortfall_without_reason", Severity::kWarning,
                              ProjectLabel(c.evaluation, i) + "：预算执行率 " + ToString(rate) + "% 低于 " +
                                  ToString(c.profile.reason_required_below) + "%，但未说明未完成原因",
                              ProjectPath(i) + "/shortfall_reason", std::nullopt, ToString(rate)));
  }
}

void ProjectMissingFigures(const Context& c, Findings& out) {
  for (std::size_t i = 0; i < c.evaluation.projects.size(); ++i) {
    const Project& p = c.evaluation.projects[i];
    std::string missing;
    if (!p.budget.total) missing += "全年预算数";
    if (!p.executed) missing += std::string(missing.empty() ? "" : "、") + "全年执行数";
    if (missing.empty()) continue;
    out.push_back(MakeFinding("project.missing_figures", Severity::kWarning,
                              ProjectLabel(c.evaluation, i) + "：未列明" + missing + "，无法核对执行率",
                              ProjectPath(i) + (p.budget.total ? "/executed" : "/budget/total")));
  }
}

}  // namespace jixiao::checks
