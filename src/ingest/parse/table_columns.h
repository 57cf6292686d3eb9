// The vocabulary of self-evaluation tables: which column a header cell names (年初预算数,
// 全年预算数, 执行率, 一级指标, 指标值, 完成值…), which funds row a row label names (总额,
// 财政拨款, 其他资金), and what a value cell is (blank, money, rate). Pure; shared by the
// table readers.
#pragma once

#include <string_view>

namespace jixiao::parse {

enum class Column {
  kNone,
  kInitial,
  kBudget,
  kExecuted,
  kRate,
  kWeight,
  kScore,
  kReason,
  kLevel1,
  kLevel2,
  kName,
  kNature,
  kTarget,
  kUnit,
  kActual,
  kOtherPeriod,  // a column of part of the year or of the year before (1-6月完成值, 上年实际值): read past
};
enum class FundsRow { kNone, kTotal, kFiscal, kOther };

// A header cell of the funds block ("年初预算数", "全年执行数", "执行率", "分值"…).
Column FundsColumn(std::string_view header);
// A header cell of the indicator block ("一级指标", "年度指标值", "实际完成值"…).
Column IndicatorColumn(std::string_view header);
// The funds row a row label names ("年度资金总额", "其中：财政拨款", "其他资金").
FundsRow RowKind(std::string_view label);

// "", "/", "-", "—": a cell that states nothing.
bool IsBlankValue(std::string_view cell);
// A blank, a rate or a money figure.
bool IsValueToken(std::string_view cell);
// "产出指标", "效益指标", "满意度指标", "成本指标".
bool IsLevel1(std::string_view cell);
// A short "…指标" that is not a level-1 name ("数量指标").
bool IsLevel2(std::string_view cell);
// A row that ends the indicator block (合计, 总分, 评价结论, signatures…).
bool IsTableEnd(std::string_view cell);
// The total row after the indicators ("合计", "总分").
bool IsTotalRow(std::string_view cell);
// 项目名称, 专项名称, 专项资金名称, 项目(资金)名称, 转移支付(项目)名称, 项目全称: the key of what is
// evaluated (not of the unit or the department).
bool IsNameKey(std::string_view cell);

}  // namespace jixiao::parse
