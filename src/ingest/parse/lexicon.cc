#include "ingest/parse/lexicon.h"

#include "ingest/parse/scan.h"

namespace jixiao::parse {
namespace {

// 政府支出经济分类 / 部门预算支出经济分类, class level.
constexpr std::string_view kEconomicClasses[] = {
    "工资福利支出",     "商品和服务支出", "对个人和家庭的补助", "对个人和家庭补助", "债务利息及费用支出",
    "资本性支出",       "对企业补助",     "对社会保障基金补助", "基本建设支出",     "其他支出",
};

// The first slot (in this order) with a word in the label wins.
const KeywordTable kMoneyWords = {
    {static_cast<int>(FigureSlot::kIncomeFiscal), {"财政拨款收入", "财政补助收入"}},
    {static_cast<int>(FigureSlot::kInitialBudget), {"年初预算"}},
    {static_cast<int>(FigureSlot::kBudget),
     {"预算数", "预算总额", "调整后预算", "预算金额", "预算资金", "资金总额", "预算安排"}},
    {static_cast<int>(FigureSlot::kExecuted),
     {"执行数", "实际支出", "支出数", "实际执行", "已支付", "执行金额", "决算数", "实际使用", "支出金额", "已拨付"}},
    {static_cast<int>(FigureSlot::kFiscal), {"财政拨款", "财政资金", "财政补助"}},
    {static_cast<int>(FigureSlot::kOther), {"其他资金"}},
    {static_cast<int>(FigureSlot::kProjectFunds), {"项目经费", "项目资金"}},
    {static_cast<int>(FigureSlot::kExpenseType), {"人员经费", "公用经费", "项目支出", "基本支出"}},
    {static_cast<int>(FigureSlot::kOwnLevel), {"本级"}},
    {static_cast<int>(FigureSlot::kSuperior), {"上级", "中央资金", "省级资金", "中央补助", "省级补助"}},
};
const KeywordSet kRateWords = {"执行率", "完成率", "支出率", "执行进度"};

FigureSlot ClassifyMoney(std::string_view label) {
  if (!EconomicClassIn(label).empty()) return FigureSlot::kEconomicClass;
  if (label == "支出" || label == "总支出" || label == "支出合计" || label == "本年支出") return FigureSlot::kExecuted;
  if (label == "收入" || label == "总收入" || label == "收入合计" || label == "本年收入") return FigureSlot::kIncome;
  const int rank = kMoneyWords.Lowest(label);
  return rank < 0 ? FigureSlot::kNone : static_cast<FigureSlot>(rank);
}

}  // namespace

std::string_view EconomicClassIn(std::string_view label) {
  if (!EndsWith(label, "支出") && !EndsWith(label, "补助")) return {};  // every class ends so
  for (std::string_view name : kEconomicClasses) {
    if (EndsWith(label, name)) return label.substr(label.size() - name.size());
  }
  return {};
}

FigureSlot ClassifyLabel(std::string_view label, AmountKind kind) {
  if (kind == AmountKind::kPercent) {
    return kRateWords.In(label) ? FigureSlot::kRate : FigureSlot::kNone;
  }
  return ClassifyMoney(label);
}

}  // namespace jixiao::parse
