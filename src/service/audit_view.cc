#include "service/audit_view.h"

#include <fmt/format.h>

#include "core/money.h"
#include "rules/audit.h"

namespace jixiao {

namespace {

std::string MoneyOr(const std::optional<Money>& m) { return m ? ToYuanString(*m) + " 元" : "未列明"; }
template <typename T>
std::string Or(const std::optional<T>& v, std::string_view suffix = "") {
  return v ? ToString(*v) + std::string(suffix) : "—";
}
std::string GradeOr(const std::optional<Grade>& g) { return g ? std::string(GradeName(*g)) : "不评级"; }

std::string Location(const std::optional<SourceSpan>& span) {
  if (!span) return "";
  std::string out;
  if (span->sheet > 0) out += fmt::format("第 {} 个工作表", span->sheet);
  else if (span->page > 0) out += fmt::format("第 {} 页", span->page);
  if (span->paragraph > 0) out += fmt::format("第 {} 段", span->paragraph);
  if (span->paragraph == 0 && span->line > 0) out += fmt::format("第 {} 行", span->line);  // DOCX: 段 suffices
  if (span->paragraph == 0 && span->line > 0 && span->column > 1) out += fmt::format("第 {} 列", span->column);
  return out.empty() ? "" : out + "：";
}

void Header(const AuditReport& r, std::string& out) {
  const Evaluation& ev = r.evaluation;
  out += fmt::format("{} {} 年度预算绩效自评 — 审核结果\n", ev.unit.name.value_or("（未列明单位）"),
                     ev.year ? std::to_string(*ev.year) : "（未列明）");
  out += fmt::format("文件：{}    评分配置：{}\n\n", r.source, r.profile_id);
  const DepartmentFunds& f = ev.funds;
  out += fmt::format("部门整体：全年预算数 {}，全年执行数 {}，执行率 {}（所述 {}）\n", MoneyOr(f.budget_total),
                     MoneyOr(f.executed_total), Or(r.scores.overall.execution_rate, "%"), Or(f.execution_rate_stated, "%"));
  const DepartmentScore& o = r.scores.overall;
  out += fmt::format("部门整体得分：{} 分（已评 {} 分），等级：{}\n", ToString(o.total), ToString(o.max_scored),
                     GradeOr(o.grade));
  for (const auto& note : o.notes) out += "  · " + note + "\n";
}

void ProjectTable(const AuditReport& r, std::string& out) {
  out += fmt::format("\n项目（{} 个）：\n", r.evaluation.projects.size());
  for (std::size_t i = 0; i < r.evaluation.projects.size(); ++i) {
    const Project& p = r.evaluation.projects[i];
    const ProjectScore& s = r.scores.projects[i];
    // (A project whose level the report does not state shows none, not empty brackets.)
    const char* level = !p.level ? " " : *p.level == ProjectLevel::kOwn ? "［本级］" : "［上级］";
    out += fmt::format("  {:>2}. {}{}预算 {}，执行 {}，执行率 {}；得分 {}/{}，等级 {}\n", i + 1, p.name, level,
                       MoneyOr(p.budget.total), MoneyOr(p.executed), Or(s.execution_rate, "%"), ToString(s.total),
                       ToString(s.max_scored), GradeOr(s.grade));
  }
}

void FindingList(const AuditReport& r, std::string& out) {
  int counts[3] = {0, 0, 0};
  for (const auto& f : r.findings) ++counts[static_cast<int>(f.severity)];
  out += fmt::format("\n发现问题：{} 个错误，{} 个警告，{} 个提示\n", counts[0], counts[1], counts[2]);
  for (const auto& f : r.findings) out += "  " + FindingLine(r.evaluation, f) + "\n";
}

void Explain(const AuditReport& r, std::string& out) {
  out += "\n读取依据（每个数字及其原文）：\n";
  if (r.evaluation.provenance.empty()) {
    out += "  输入为 JSON 文档，没有原文位置。\n";
    return;
  }
  for (const auto& [pointer, span] : r.evaluation.provenance) {
    out += fmt::format("  {:<40} {}{}\n", pointer, Location(span), span.excerpt);
  }
}

}  // namespace

std::string AuditText(const AuditReport& report, bool explain) {
  std::string out;
  Header(report, out);
  ProjectTable(report, out);
  FindingList(report, out);
  if (explain) Explain(report, out);
  return out;
}

std::string FindingLine(const Evaluation& evaluation, const Finding& finding) {
  return fmt::format("[{}] {}  {}{}", SeverityLabel(finding.severity), finding.rule,
                     Location(LocateFinding(evaluation, finding)), finding.message);
}

namespace {

// The 部门整体 indicators row by row (DOMAIN.md §3), when the document has them.
void DepartmentIndicators(const AuditReport& r, std::string& out) {
  const auto& indicators = r.evaluation.department_indicators;
  if (indicators.empty()) return;
  const BlockScore& block = r.scores.overall.indicators;
  out += fmt::format("\n部门整体绩效指标（{} 项）：{} / {} 分（{}）\n", indicators.size(), Or(block.earned),
                     ToString(block.max), block.note);
  for (const IndicatorScore& is : r.scores.overall.department_indicators) {
    out += fmt::format("  {:>2}. {}：{} / {} 分{}\n", is.index + 1, indicators.at(is.index).name, Or(is.score),
                       ToString(is.weight), is.note.empty() ? "" : "，" + is.note);
  }
}

}  // namespace

std::string ScoresText(const AuditReport& report) {
  std::string out;
  Header(report, out);
  DepartmentIndicators(report, out);
  for (std::size_t i = 0; i < report.scores.projects.size(); ++i) {
    const ProjectScore& s = report.scores.projects[i];
    out += fmt::format("\n{}. {}：{} 分（已评 {} 分），等级 {}\n", i + 1, s.name, ToString(s.total), ToString(s.max_scored),
                       GradeOr(s.grade));
    for (const auto& b : s.blocks) {
      out += fmt::format("   {:<8} {:>6} / {:<6} {}\n", BlockName(b.block), Or(b.earned), ToString(b.max), b.note);
    }
    for (const auto& note : s.notes) out += "   · " + note + "\n";
  }
  return out;
}

std::string AuditJsonText(const AuditReport& report) { return WriteAuditJson(report); }

std::string ScoresJsonText(const AuditReport& report) { return ScoresToJson(report.scores).dump(2) + "\n"; }

std::string RulesText() {
  std::string out;
  for (const RuleInfo& rule : AuditRules()) {
    out += fmt::format("{:<40} {:<8} {}\n", rule.id, SeverityName(rule.severity), rule.title);
  }
  return out;
}

}  // namespace jixiao
