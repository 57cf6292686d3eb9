// The tables of the report: funds by economic class, execution by fund source, the
// 部门整体 and 项目 自评表 (DOMAIN.md §1, §3) and the audit findings.
#include "render/display.h"
#include "render/report_parts.h"

namespace jixiao::report {

namespace {

using layout::Align;
using layout::Cell;
using layout::Row;

Cell C(std::string text, int span = 1, Align align = Align::kCenter) { return Cell{std::move(text), span, align, false}; }
Cell H(std::string text, int span = 1) { return Cell{std::move(text), span, Align::kCenter, true}; }
Cell L(std::string text, int span = 1) { return C(std::move(text), span, Align::kLeft); }
Cell N(std::string text) { return C(std::move(text), 1, Align::kRight); }

std::string RateOf(const std::optional<Money>& part, const std::optional<Money>& whole) {
  if (!part || !whole || whole->units() <= 0) return "—";
  return display::PercentText(PercentOf(*part, *whole));
}

std::string UnitHeader(const Context& c, const std::string& label) {
  return label + "（" + std::string(MoneyUnitWord(c.unit)) + "）";
}

Row FundsHeader(const Context& c, const std::string& first) {
  return Row{{H(UnitHeader(c, first)), H("年初预算数"), H("全年预算数"), H("全年执行数"), H("执行率"), H("分值"),
              H("得分"), H("说明")},
             true};
}

std::string GradeText(const std::optional<Grade>& grade, Points total, Points max_scored) {
  if (grade) return std::string(GradeName(*grade));
  return "未定级（已评" + display::PointsText(max_scored) + "分中得" + display::PointsText(total) + "分）";
}

std::string SatisfactionValue(const Satisfaction& s) {
  const std::string cmp = s.comparator == Comparator::kEqual ? "" : display::ComparatorWord(s.comparator);
  return s.stated ? cmp + display::StatedPercent(*s.stated) : "—";
}

Row IndicatorHeader() {
  return Row{{H("一级指标"), H("二级指标"), H("三级指标"), H("年度指标值"), H("实际完成值"), H("分值"), H("得分"),
              H("偏差原因分析及改进措施")},
             true};
}

std::string IndicatorName(const Indicator& ind) { return ind.name; }
std::string IndicatorName(const DepartmentIndicator& ind) {
  return ind.formula && !ind.formula->empty() ? ind.name + "（" + *ind.formula + "）" : ind.name;
}

// The rows of a list of indicators (a project's or the department's), in document order;
// level names shown once per group. `unweighted` explains the weight of a row without one.
template <typename Indicators>
void IndicatorRows(const Indicators& indicators, const std::vector<IndicatorScore>& scores, std::string_view unweighted,
                   std::vector<Row>& rows) {
  std::string last1, last2;
  for (const IndicatorScore& is : scores) {
    if (is.index >= indicators.size()) continue;
    const auto& ind = indicators[is.index];
    const std::string l1 = ind.level1.value_or(std::string(BlockName(BlockOfIndicator(ind))));
    const std::string l2 = ind.level2.value_or("—");
    const bool same1 = l1 == last1, same2 = same1 && l2 == last2;
    std::string why = ind.deviation_reason.value_or("");
    if (!is.note.empty()) why += (why.empty() ? "" : "；") + is.note;
    if (!ind.weight) why += (why.empty() ? "" : "；") + std::string(unweighted);
    rows.push_back(Row{{C(same1 ? "" : l1), C(same2 ? "" : l2), L(IndicatorName(ind)),
                        C(display::IndicatorValue(ind, true)), C(display::IndicatorValue(ind, false)),
                        N(display::PointsText(is.weight)), N(display::OptionalPoints(is.score)), L(why)}});
    last1 = l1;
    last2 = l2;
  }
}

// The projects of the department, one row each, and the budget-weighted indicator block they make.
void ProjectSummaryRows(const Context& c, std::vector<Row>& rows) {
  const Evaluation& ev = c.evaluation;
  const DepartmentScore& d = c.scores.overall;
  rows.push_back(Row{{H("项目名称", 2), H(UnitHeader(c, "全年预算数")), H("全年执行数"), H("执行率"), H("已评分值"),
                      H("得分"), H("等级")},
                     true});
  for (std::size_t i = 0; i < ev.projects.size() && i < c.scores.projects.size(); ++i) {
    const Project& p = ev.projects[i];
    const ProjectScore& s = c.scores.projects[i];
    rows.push_back(Row{{L(p.name, 2), N(display::OptionalAmount(p.budget.total, c.unit)),
                        N(display::OptionalAmount(p.executed, c.unit)),
                        N(s.execution_rate ? display::PercentText(*s.execution_rate) : "—"),
                        N(display::PointsText(s.max_scored)), N(display::PointsText(s.total)),
                        C(s.grade ? std::string(GradeName(*s.grade)) : "未定级")}});
  }
  rows.push_back(Row{{H("绩效指标（按项目预算加权）", 4), C("—"), N(display::PointsText(d.indicators.max)),
                      N(display::OptionalPoints(d.indicators.earned)), L(d.indicators.note)}});
}

// Blocks without any indicator: a stated satisfaction, or a visible "未评分" row.
void BlockRows(const Project& p, const ProjectScore& s, std::vector<Row>& rows) {
  for (std::size_t b = 1; b < s.blocks.size(); ++b) {
    const BlockScore& block = s.blocks[b];
    bool has_indicator = false;
    for (const auto& is : s.indicators) {
      has_indicator |= is.index < p.indicators.size() && BlockOfIndicator(p.indicators[is.index]) == block.block;
    }
    if (has_indicator || block.max.is_zero()) continue;
    if (block.block == Block::kSatisfaction && block.earned && p.satisfaction && p.satisfaction->stated) {
      const Satisfaction& sat = *p.satisfaction;
      rows.push_back(Row{{C("满意度指标"), C("服务对象满意度"), L(sat.subject.value_or("服务对象") + "满意度"),
                          C("—"), C(SatisfactionValue(sat)),
                          N(display::PointsText(block.max)), N(display::OptionalPoints(block.earned)), L(block.note)}});
      continue;
    }
    rows.push_back(Row{{C(std::string(BlockName(block.block))), C("—"), L("未设置绩效指标"), C("—"), C("—"),
                        N(display::PointsText(block.max)), N(display::OptionalPoints(block.earned)), L(block.note)}});
  }
}

}  // namespace

layout::Table FundsTable(const Context& c) {
  layout::Table t{"财政经费下达情况（按经济分类）", {4, 3, 2}, {}, 1, ""};
  t.rows.push_back(Row{{H("经济分类"), H(UnitHeader(c, "金额")), H("占比")}, true});
  Money sum;
  for (const auto& item : c.evaluation.funds.by_economic_class) sum += item.amount.value_or(Money());
  for (const auto& item : c.evaluation.funds.by_economic_class) {
    t.rows.push_back(Row{{L(item.economic_class), N(display::OptionalAmount(item.amount, c.unit)),
                          N(RateOf(item.amount, sum))}});
  }
  t.rows.push_back(Row{{H("合计"), N(display::Amount(sum, c.unit)), N(RateOf(sum, sum))}});
  return t;
}

layout::Table ExecutionTable(const Context& c) {
  layout::Table t{"预算执行情况", {4, 3, 3, 2}, {}, 1, ""};
  t.rows.push_back(Row{{H("资金类别"), H(UnitHeader(c, "全年预算数")), H(UnitHeader(c, "全年执行数")), H("执行率")}, true});
  auto add = [&](const std::string& label, const FundsSum& s) {
    if (s.projects == 0) return;
    const std::string name = label + "（" + std::to_string(s.projects) + "个）" + (s.complete ? "" : "*");
    t.rows.push_back(Row{{L(name), N(display::Amount(s.budget, c.unit)), N(display::Amount(s.executed, c.unit)),
                          N(RateOf(s.executed, s.budget))}});
    if (!s.complete) t.note = "* 部分项目未列明全年预算数或全年执行数，合计只含列明的项目。";
  };
  add("本级资金安排的项目", SumProjects(c.evaluation, ProjectLevel::kOwn, false));
  add("上级资金安排的项目", SumProjects(c.evaluation, ProjectLevel::kSuperior, false));
  add("项目合计", SumProjects(c.evaluation, std::nullopt, true));
  const DepartmentFunds& f = c.evaluation.funds;
  t.rows.push_back(Row{{H("部门整体"), N(display::OptionalAmount(f.budget_total, c.unit)),
                        N(display::OptionalAmount(f.executed_total, c.unit)),
                        N(RateOf(f.executed_total, f.budget_total))}});
  return t;
}

layout::Table DepartmentScoreTable(const Context& c) {
  const Evaluation& ev = c.evaluation;
  const DepartmentScore& d = c.scores.overall;
  const std::string year = ev.year ? std::to_string(*ev.year) : "";
  layout::Table t{"部门整体支出绩效自评表（" + year + "年度）", {5, 7, 7, 7, 6, 4, 4, 6}, {}, 1, ""};
  t.rows.push_back(Row{{H("单位名称"), L(ev.unit.name.value_or("—"), 7)}, true});
  t.rows.push_back(FundsHeader(c, "预算执行"));
  const auto initial = display::InitialBudget(ev.funds);
  t.rows.push_back(Row{{C("年度资金总额"), N(display::OptionalAmount(initial, c.unit)),
                        N(display::OptionalAmount(ev.funds.budget_total, c.unit)),
                        N(display::OptionalAmount(ev.funds.executed_total, c.unit)),
                        N(d.execution_rate ? display::PercentText(*d.execution_rate) : "—"),
                        N(display::PointsText(d.execution.max)),
                        N(display::OptionalPoints(d.execution.earned)), L(d.execution.note)}});
  if (ev.department_indicators.empty()) {
    ProjectSummaryRows(c, t.rows);
  } else {  // the 部门整体 indicators themselves (DOMAIN.md §3)
    t.rows.push_back(IndicatorHeader());
    IndicatorRows(ev.department_indicators, d.department_indicators, "未填写分值，按剩余分值均分计", t.rows);
  }
  t.rows.push_back(Row{{H("总分", 4), C("—"), N(display::PointsText(d.execution.max + d.indicators.max)),
                        N(display::PointsText(d.total)), C(GradeText(d.grade, d.total, d.max_scored))}});
  for (const auto& note : d.notes) t.note += (t.note.empty() ? "" : "；") + note;
  return t;
}

layout::Table ProjectScoreTable(const Context& c, std::size_t index) {
  const Project& p = c.evaluation.projects.at(index);
  const ProjectScore& s = c.scores.projects.at(index);
  layout::Table t{std::to_string(index + 1) + "." + p.name, {5, 7, 7, 7, 6, 4, 4, 6}, {}, 1, ""};
  t.rows.push_back(Row{{H("项目名称"), L(p.name, 7)}, true});
  t.rows.push_back(FundsHeader(c, "资金"));
  const BlockScore& exec = s.blocks.at(0);
  const auto initial = display::InitialBudget(p);
  t.rows.push_back(Row{{C("年度资金总额"), N(display::OptionalAmount(initial, c.unit)),
                        N(display::OptionalAmount(p.budget.total, c.unit)), N(display::OptionalAmount(p.executed, c.unit)),
                        N(s.execution_rate ? display::PercentText(*s.execution_rate) : "—"),
                        N(display::PointsText(exec.max)),
                        N(display::OptionalPoints(exec.earned)), L(p.shortfall_reason.value_or(exec.note))}});
  t.rows.push_back(Row{{C("其中：财政拨款"), C("—"), N(display::OptionalAmount(p.budget.fiscal, c.unit)), C("—"), C("—"),
                        C("—"), C("—"), C("")}});
  t.rows.push_back(Row{{C("其他资金"), C("—"), N(display::OptionalAmount(p.budget.other, c.unit)), C("—"), C("—"), C("—"),
                        C("—"), C("")}});
  t.rows.push_back(IndicatorHeader());
  IndicatorRows(p.indicators, s.indicators, "未填写分值，按本块均分计", t.rows);
  BlockRows(p, s, t.rows);
  Points max;
  for (const auto& block : s.blocks) max += block.max;
  t.rows.push_back(Row{{H("总分", 5), N(display::PointsText(max)), N(display::PointsText(s.total)),
                        C(GradeText(s.grade, s.total, s.max_scored))}});
  for (const auto& note : s.notes) t.note += (t.note.empty() ? "" : "；") + note;
  return t;
}

layout::Table FindingsTable(const Context& c) {
  layout::Table t{"审核发现的问题（共" + std::to_string(c.findings.size()) + "条）", {1, 1, 7, 3}, {}, 1, ""};
  t.rows.push_back(Row{{H("序号"), H("级别"), H("问题"), H("位置")}, true});
  for (std::size_t i = 0; i < c.findings.size(); ++i) {
    const Finding& f = c.findings[i];
    t.rows.push_back(Row{{C(std::to_string(i + 1)), C(std::string(SeverityLabel(f.severity))), L(f.message),
                          L(f.path.empty() ? f.rule : f.path)}});
  }
  if (c.findings.empty()) t.rows.push_back(Row{{C("—"), C("—"), L("未发现问题"), C("—")}});
  return t;
}

}  // namespace jixiao::report
