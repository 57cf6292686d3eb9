// The vocabulary of budget figures: which model field a label written before a figure names
// ("全年预算数" -> budget, "实际支出" -> executed, "预算完成率" -> rate, "工资福利支出" -> an
// economic class, "州本级安排" -> own level…). One table of synonyms, shared by the prose and
// table parsers. Pure.
#pragma once

#include <string_view>

#include "ingest/parse/amounts.h"

namespace jixiao::parse {

// In priority order: when a label names two slots, the earlier one wins.
enum class FigureSlot {
  kIncomeFiscal,   // 财政拨款收入
  kInitialBudget,  // 年初预算数
  kBudget,         // 全年预算数, 年度预算数, 调整后预算数, 预算总额
  kExecuted,       // 全年执行数, 实际支出, 支出数, 预算执行数
  kFiscal,         // 财政拨款(资金), 财政资金
  kOther,          // 其他资金
  kProjectFunds,   // 项目经费, 项目资金 (department level)
  kExpenseType,    // 人员经费(支出), 公用经费, 项目支出, 基本支出
  kOwnLevel,       // 本级安排, 州本级
  kSuperior,       // 上级补助, 上级资金, 中央资金
  kRate,           // 执行率, 预算完成率, 预算执行率
  kIncome,         // 收入 (决算)
  kEconomicClass,  // 工资福利支出, 商品和服务支出, …
  kNone,
};

// The slot a label names for a figure of `kind`.
FigureSlot ClassifyLabel(std::string_view label, AmountKind kind);

// The economic class named at the end of `label` ("工资福利支出"), empty when none.
std::string_view EconomicClassIn(std::string_view label);

// What a table header cell names, for every table form (自评表 funds and indicator blocks,
// lists of projects, evaluation summaries): "全年预算数（万元）" -> kBudget, "实际完成值" ->
// kActual, "评价政策或项目资金名称" -> kName, "评分情况" -> kScore.
enum class Role {
  kNone,
  kIndex,     // 序号
  kName,      // 项目名称, 名称
  kInitial,   // 年初预算数
  kBudget,    // 全年预算数, 调整后预算, 资金规模, 计划投资, 资金总额
  kExecuted,  // 全年执行数, 实际支出, 已支付, 完成投资
  kFiscal,    // 财政拨款, 财政资金 (a column of the budget's parts)
  kOther,     // 其他资金
  kRate,      // 执行率, 预算执行率
  kWeight,    // 分值, 权重
  kScore,     // 得分, 评分, 自评分数
  kGrade,     // 等级, 评级
  kLevel1,    // 一级指标
  kLevel2,    // 二级指标
  kLevel3,    // 三级指标, 指标名称
  kTarget,    // 年度指标值, 目标值
  kActual,    // 实际完成值, 全年实际值
  kReason,    // 偏差原因分析及改进措施
  kPrior,     // 2021年决算数 beside 2022年预算数: a figure of an earlier year, read past
};
Role ColumnRole(std::string_view header);
// A role of a funds figure, what a label beside its value can state: budget (年初 or not), its
// parts, executed, rate.
bool IsMoneyRole(Role r);
// "上年决算数", "去年实际值", "上年同期": a header of the year before the report's.
bool NamesLastYear(std::string_view header);
// "1-6月完成值", "上半年执行数", "全年预计执行数": a header (or a figure's label) of part of the year or
// of a forecast, monitoring's figures beside the year's own.
bool NamesPartOfYear(std::string_view header);
// "中期指标值（2023—2025年）", "三年目标": a header of a term longer than the year, beside the year's.
bool NamesLongerTerm(std::string_view header);

// What the label written before a figure in prose names: budget (下达, 安排, 总额, 共计…),
// executed (拨付, 支出, 使用, 执行…), rate (执行率), satisfaction (满意度), or kNone for
// figures that are not the subject's funds (收入, 同比增加, 结余, 到位率…).
enum class ProseRole { kNone, kBudget, kExecuted, kRate, kSatisfaction };
ProseRole ClassifyProseLabel(std::string_view label, AmountKind kind);

// "福利彩票公益金支出项目": a project named for the spending it funds (…支出项目, with no 实际, 已 or
// 累计 that would make it a sentence about spending); the words before 支出项目, or empty.
std::string_view SpendingFundedBy(std::string_view label);
// Whether a label speaks of something other than funds to spend (收入, 同比增加, 结余, 人均…).
bool SpeaksOfOtherThanFunds(std::string_view label);
// "中央补助资金", "县级配套资金", "单位自筹", "地方资金": money named by where it comes from, no project.
bool FundsBySource(std::string_view label);
// Whether a name is one of a department's running costs that reports list beside its projects
// (三公经费: 公务用车购置和维护经费, 公务接待费, 因公出国(境)费): never a project.
bool NamesRunningCost(std::string_view name);
// Whether words end as a unit's name does (…局, …委员会, …中心, …学校): "某县水利局" before 项目 names whose
// projects they are.
bool EndsAsUnitName(std::string_view words);
// "红河州", "巴彦淖尔市", "正蓝旗": words ending as a place (a province, prefecture, city, county,
// district, banner or league).
bool EndsAsPlaceName(std::string_view words);

// "编制单位：某县统计局": a short field label (eight characters at most), a colon, and its value.
bool IsFieldAndValue(std::string_view text);

// Whether a text is one of the labels printed on the self-evaluation forms (项目名称, 全年预算数,
// 三级指标, 偏差原因分析及改进措施…) exactly: the words a letter-spaced run of labels parts into.
bool IsFormLabel(std::string_view text);

}  // namespace jixiao::parse
