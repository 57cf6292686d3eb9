#include "ingest/parse/table_columns.h"

#include "base/text.h"

#include "core/money.h"
#include "ingest/parse/amounts.h"
#include "ingest/parse/lexicon.h"
#include "ingest/parse/scan.h"

namespace jixiao::parse {

Column FundsColumn(std::string_view t) {
  if (t.empty() || ContainsAny(t, {"情况", "分)", "分）"})) return Column::kNone;
  if (Contains(t, "年初")) return Column::kInitial;
  // ("执行率得分": the points the rate earned, no rate.)
  if (EndsWith(t, "得分")) return Column::kScore;
  if (ContainsAny(t, {"执行率", "完成率"})) return Column::kRate;
  if (ContainsAny(t, {"执行数", "实际支出", "完成数", "支出数"})) return Column::kExecuted;
  if (ContainsAny(t, {"预算数", "调整后预算", "全年预算"})) return Column::kBudget;
  if (ContainsAny(t, {"分值", "权重"})) return Column::kWeight;
  if (t == "得分") return Column::kScore;
  if (ContainsAny(t, {"原因", "说明"}) && !LongerThan(t, 12)) return Column::kReason;
  return Column::kNone;
}

Column IndicatorColumn(std::string_view t) {
  if (t.empty() || LongerThan(t, 14)) return Column::kNone;
  if (Contains(t, "一级指标")) return Column::kLevel1;
  if (Contains(t, "二级指标")) return Column::kLevel2;
  if (Contains(t, "三级指标")) return Column::kName;
  if (ContainsAny(t, {"性质", "符号", "方向"})) return Column::kNature;
  if (ContainsAny(t, {"单位"})) return Column::kUnit;
  if (ContainsAny(t, {"完成值", "实际值", "完成情况", "指标值", "目标值"}) && (NamesPartOfYear(t) || NamesLastYear(t))) {
    return Column::kOtherPeriod;
  }
  if (ContainsAny(t, {"完成值", "实际值", "完成情况"})) return Column::kActual;
  if (ContainsAny(t, {"指标值", "目标值"})) return Column::kTarget;
  if (ContainsAny(t, {"分值", "权重"})) return Column::kWeight;
  if (t == "得分") return Column::kScore;
  if (ContainsAny(t, {"原因", "偏差", "措施"})) return Column::kReason;
  return Column::kNone;
}

FundsRow RowKind(std::string_view t) {
  if (t.empty() || LongerThan(t, 24)) return FundsRow::kNone;
  if (ContainsAny(t, {"总额", "合计", "总计", "小计"})) return FundsRow::kTotal;
  if (ContainsAny(t, {"其他", "单位资金", "专户", "自筹", "社会"})) return FundsRow::kOther;
  // A subsidy is the fiscal part when it names whose it is (中央补助, 省级补助); 职工帮扶专项补助
  // names a project.
  if (ContainsAny(t, {"财政", "拨款"}) ||
      (Contains(t, "补助") && ContainsAny(t, {"中央", "省", "市级", "县级", "区级", "本级", "上级"}))) {
    return FundsRow::kFiscal;
  }
  return FundsRow::kNone;
}

bool IsBlankValue(std::string_view t) { return t.empty() || t == "/" || t == "-" || t == "—" || t == "／"; }
bool IsValueToken(std::string_view t) {
  return IsBlankValue(t) || ParsePercentText(t) || ParseMoneyCell(t, MoneyUnit::kYuan);
}
bool IsLevel1(std::string_view t) { return t == "产出指标" || t == "效益指标" || t == "满意度指标" || t == "成本指标"; }
bool IsLevel2(std::string_view t) { return !IsLevel1(t) && EndsWith(t, "指标") && !LongerThan(t, 12); }
bool IsTableEnd(std::string_view t) {
  return ContainsAny(t, {"合计", "总分", "评价结论", "存在问题", "改进措施", "项目负责人", "财务负责人"});
}
bool IsNameKey(std::string_view cell) {
  cell = TrimTrailing(cell, ":：");
  if (cell == "项目全称") return true;
  // 项目名称, 专项资金名称, 项目(资金)名称, 转移支付(项目)名称…: the name of what is evaluated,
  // not of the unit or the department.
  return EndsWith(cell, "名称") && AtMostCodePoints(cell, 12) &&
         ContainsAny(cell, {"项目", "资金", "专项", "转移支付", "政策"}) && !ContainsAny(cell, {"单位", "部门"});
}

bool IsTotalRow(std::string_view t) { return Contains(t, "合计") || StartsWith(t, "总分"); }

}  // namespace jixiao::parse
