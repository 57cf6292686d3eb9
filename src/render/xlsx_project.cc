// The 自评表 sheets with live formulas: one project's, and the 部门整体 one (DOMAIN.md §3)
// when the document has department indicators. Both share the funds row, the indicator rows
// and the totals.
#include "render/display.h"
#include "render/xlsx_sheets.h"

namespace jixiao::xlsx {

namespace {

enum Col { kA, kB, kC, kD, kE, kF, kG, kH, kI, kJ };

struct Sheet {
  lxw_worksheet* ws;
  const Formats& f;
  Points weight_sum;
  Points score_sum;
  bool unscored = false;
};

void Score(Sheet& s, int row, const std::string& formula, const std::optional<Points>& cached) {
  if (!cached) {
    worksheet_write_string(s.ws, row, kI, "未评分", s.f.text);
    s.unscored = true;
    return;
  }
  s.score_sum += *cached;
  if (formula.empty()) {
    worksheet_write_number(s.ws, row, kI, ToNumber(*cached), s.f.points);
  } else {
    worksheet_write_formula_num(s.ws, row, kI, formula.c_str(), s.f.points, ToNumber(*cached));
  }
}

void Weight(Sheet& s, int row, Points weight) {
  s.weight_sum += weight;
  worksheet_write_number(s.ws, row, kH, ToNumber(weight), s.f.points);
}

// The comparator rule of DOMAIN.md §1 over D (comparator), E (target), F (actual), H (weight).
std::string IndicatorFormula(Comparator cmp, int row, ReverseRule reverse) {
  const std::string e = Cell(row, kE), a = "MAX(" + Cell(row, kF) + ",0)", w = Cell(row, kH);
  const std::string at_least = "IF(" + a + ">=" + e + "," + w + "," + w + "*" + a + "/" + e + ")";
  switch (cmp) {
    case Comparator::kEqual:
      return "=ROUND(IF(" + e + "<=0,IF(" + a + "<=0," + w + ",0)," + at_least + "),2)";
    case Comparator::kGreater:
    case Comparator::kGreaterEqual:
      return "=ROUND(" + at_least + ",2)";
    case Comparator::kLess:
    case Comparator::kLessEqual:
      if (reverse == ReverseRule::kInverse) return "=ROUND(IF(" + a + "<=" + e + "," + w + "," + w + "*" + e + "/" + a + "),2)";
      return "=ROUND(IF(" + a + "<=" + e + "," + w + ",IF(" + a + ">=2*" + e + ",0," + w + "*(2*" + e + "-" + a + ")/" +
             e + ")),2)";
  }
  return "";
}

void Text(Sheet& s, int row, int col, const std::string& text) {
  worksheet_write_string(s.ws, row, static_cast<lxw_col_t>(col), text.c_str(), s.f.wrap);
}

void Money(Sheet& s, int row, int col, const std::optional<jixiao::Money>& m) {
  if (m) worksheet_write_number(s.ws, row, static_cast<lxw_col_t>(col), ToNumber(*m), s.f.money);
}

// The figures of a sheet's 年度资金总额 row.
struct FundsFigures {
  std::optional<jixiao::Money> initial;  // 年初预算数: blank when the report states none, never retyped
  std::optional<jixiao::Money> budget;
  std::optional<jixiao::Money> executed;
  std::optional<Percent> rate;
  const BlockScore& execution;
  std::string explanation;
};

// The funds header and the 年度资金总额 row at `row`, with the execution score; returns the next row.
int FundsRows(Sheet& s, int row, const FundsFigures& figures) {
  const char* heads[] = {"资金（元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "", "", "分值", "得分", "说明"};
  for (int c = 0; c < 10; ++c) worksheet_write_string(s.ws, row, static_cast<lxw_col_t>(c), heads[c], s.f.header);
  ++row;
  Text(s, row, kA, "年度资金总额");
  Money(s, row, kB, figures.initial);
  Money(s, row, kC, figures.budget);
  Money(s, row, kD, figures.executed);
  const std::string c = Cell(row, kC), d = Cell(row, kD);
  const std::string rate = "=IF(N(" + c + ")>0," + d + "/" + c + ",\"\")";
  if (figures.rate) {
    worksheet_write_formula_num(s.ws, row, kE, rate.c_str(), s.f.percent, ToRatio(*figures.rate));
  } else {
    worksheet_write_formula_str(s.ws, row, kE, rate.c_str(), s.f.percent, "");
  }
  Weight(s, row, figures.execution.max);
  Score(s, row, "=IF(N(" + c + ")>0,ROUND(MIN(MAX(" + d + ",0)/" + c + ",1)*" + Cell(row, kH) + ",2),\"未评分\")",
        figures.execution.earned);
  Text(s, row, kJ, figures.explanation);
  return row + 1;
}

int Funds(Sheet& s, int row, const Project& p, const ProjectScore& score) {
  const BlockScore& exec = score.blocks.at(0);
  row = FundsRows(s, row, {display::InitialBudget(p), p.budget.total, p.executed, score.execution_rate, exec,
                           p.shortfall_reason.value_or(exec.note)});
  Text(s, row, kA, "其中：财政拨款");
  Money(s, row, kC, p.budget.fiscal);
  Text(s, ++row, kA, "其他资金");
  Money(s, row, kC, p.budget.other);
  return row + 1;
}

// The header of the indicator rows at `row`; returns the first indicator row.
int IndicatorHeader(Sheet& s, int row) {
  const char* heads[] = {"一级指标", "二级指标", "三级指标", "方向", "年度指标值", "实际完成值", "计量单位", "分值", "得分",
                         "偏差原因分析及改进措施"};
  for (int c = 0; c < 10; ++c) worksheet_write_string(s.ws, row, static_cast<lxw_col_t>(c), heads[c], s.f.header);
  return row + 1;
}

void IndicatorRow(Sheet& s, int row, const Indicator& ind, const IndicatorScore& is, ReverseRule reverse,
                  const std::optional<std::string>& formula = std::nullopt) {
  Text(s, row, kA, ind.level1.value_or(std::string(BlockName(BlockOfIndicator(ind)))));
  Text(s, row, kB, ind.level2.value_or(""));
  Text(s, row, kC, formula && !formula->empty() ? ind.name + "（" + *formula + "）" : ind.name);
  const bool numeric = !ind.qualitative && ind.target && ind.actual;
  if (ind.comparator && !ind.qualitative) Text(s, row, kD, std::string(ComparatorSymbol(*ind.comparator)));
  if (ind.target) worksheet_write_number(s.ws, row, kE, ToNumber(*ind.target), s.f.number);
  else Text(s, row, kE, ind.target_text.value_or(""));
  if (ind.actual) worksheet_write_number(s.ws, row, kF, ToNumber(*ind.actual), s.f.number);
  else Text(s, row, kF, ind.actual_text.value_or(""));
  Text(s, row, kG, ind.unit.value_or(""));
  Weight(s, row, is.weight);
  const Comparator cmp = ind.comparator.value_or(Comparator::kGreaterEqual);
  Score(s, row, numeric ? IndicatorFormula(cmp, row, reverse) : "", is.score);
  Text(s, row, kJ, ind.deviation_reason.value_or(is.note));
}

int BlockRows(Sheet& s, int row, const Project& p, const ProjectScore& score, const RenderOptions& o) {
  for (std::size_t b = 1; b < score.blocks.size(); ++b) {
    const BlockScore& block = score.blocks[b];
    bool has = false;
    for (const auto& is : score.indicators) has |= BlockOfIndicator(p.indicators.at(is.index)) == block.block;
    if (has || block.max.is_zero()) continue;
    Text(s, row, kA, std::string(BlockName(block.block)));
    Weight(s, row, block.max);
    if (block.block == Block::kSatisfaction && block.earned && p.satisfaction && p.satisfaction->stated) {
      Text(s, row, kB, "服务对象满意度");
      Text(s, row, kC, p.satisfaction->subject.value_or("服务对象") + "满意度（%）");
      Text(s, row, kD, ">=");
      worksheet_write_number(s.ws, row, kE, ToRatio(o.profile.satisfaction_benchmark) * 100, s.f.number);
      worksheet_write_number(s.ws, row, kF, ToRatio(*p.satisfaction->stated) * 100, s.f.number);
      Score(s, row, IndicatorFormula(Comparator::kGreaterEqual, row, o.profile.reverse_rule), block.earned);
    } else {
      Text(s, row, kC, "未设置绩效指标");
      Score(s, row, "", block.earned);
    }
    Text(s, row++, kJ, block.note);
  }
  return row;
}

// The 总分 row after the execution row and the rows first..row-1, and the 等级 row below it.
ProjectCells Totals(Sheet& s, int exec_row, int first, int row, const ScoringProfile& profile) {
  lxw_worksheet* ws = s.ws;
  const std::string exec_w = Cell(exec_row, kH), exec_s = Cell(exec_row, kI);
  const std::string weights = first < row ? "," + Cell(first, kH) + ":" + Cell(row - 1, kH) : "";
  const std::string scores = first < row ? "," + Cell(first, kI) + ":" + Cell(row - 1, kI) : "";
  worksheet_write_string(ws, row, kA, "总分", s.f.header);
  worksheet_write_formula_num(ws, row, kH, ("=SUM(" + exec_w + weights + ")").c_str(), s.f.points,
                              ToNumber(s.weight_sum));
  worksheet_write_formula_num(ws, row, kI, ("=SUM(" + exec_s + scores + ")").c_str(), s.f.points, ToNumber(s.score_sum));
  const std::string total = Cell(row, kI);
  const std::string grade = "=IF(COUNTIF(" + exec_s + ":" + Cell(row - 1, kI) + ",\"未评分\")>0,\"未定级\"," +
                            GradeFormula(total, profile).substr(1) + ")";
  worksheet_write_string(ws, row + 1, kA, "等级", s.f.header);
  const std::string cached = s.unscored ? "未定级" : GradeCached(s.score_sum, profile);
  worksheet_write_formula_str(ws, row + 1, kI, grade.c_str(), s.f.header, cached.c_str());
  worksheet_set_column(ws, kA, kC, 16, nullptr);
  worksheet_set_column(ws, kD, kI, 11, nullptr);
  worksheet_set_column(ws, kJ, kJ, 36, nullptr);
  return {Cell(row, kI), Cell(row + 1, kI), ToNumber(s.score_sum), cached};
}

void Title(Sheet& s, const std::string& title) { worksheet_merge_range(s.ws, 0, 0, 0, kJ, title.c_str(), s.f.title); }

void Labelled(Sheet& s, int row, const char* label, const std::string& value) {
  worksheet_write_string(s.ws, row, kA, label, s.f.header);
  worksheet_merge_range(s.ws, row, kB, row, kJ, value.c_str(), s.f.wrap);
}

std::string YearText(const Evaluation& ev) { return ev.year ? std::to_string(*ev.year) : ""; }

}  // namespace

ProjectCells WriteProjectSheet(lxw_worksheet* ws, const Formats& f, const Evaluation& ev, std::size_t index,
                               const ProjectScore& score, const RenderOptions& options) {
  const Project& p = ev.projects.at(index);
  Sheet s{ws, f, {}, {}};
  Title(s, "项目支出绩效自评表（" + YearText(ev) + "年度）");
  Labelled(s, 1, "项目名称", p.name);
  Labelled(s, 2, "实施单位", ev.unit.name.value_or(""));
  int row = Funds(s, 3, p, score);
  const int first = row = IndicatorHeader(s, row);
  for (const IndicatorScore& is : score.indicators) IndicatorRow(s, row++, p.indicators.at(is.index), is, options.profile.reverse_rule);
  row = BlockRows(s, row, p, score, options);
  return Totals(s, 4, first, row, options.profile);
}

ProjectCells WriteDepartmentSheet(lxw_worksheet* ws, const Formats& f, const Evaluation& ev,
                                  const DepartmentScore& score, const RenderOptions& options) {
  Sheet s{ws, f, {}, {}};
  Title(s, "部门整体支出绩效自评表（" + YearText(ev) + "年度）");
  Labelled(s, 1, "单位名称", ev.unit.name.value_or(""));
  int row = FundsRows(s, 2, {display::InitialBudget(ev.funds), ev.funds.budget_total, ev.funds.executed_total,
                             score.execution_rate, score.execution,
                             ev.funds.shortfall_reason.value_or(score.execution.note)});
  const int first = row = IndicatorHeader(s, row);
  for (const IndicatorScore& is : score.department_indicators) {
    const DepartmentIndicator& ind = ev.department_indicators.at(is.index);
    IndicatorRow(s, row++, ind, is, options.profile.reverse_rule, ind.formula);
  }
  return Totals(s, 3, first, row, options.profile);
}

}  // namespace jixiao::xlsx
