#include "render/display.h"

#include <array>

namespace jixiao::display {

namespace {

bool ExactInWan(const std::optional<Money>& money) { return !money || ExactInWanCents(*money); }

// Every figure a document shows in money: the department's, its projects' and their 年初预算数.
bool AllExactInWan(const Evaluation& evaluation) {
  const DepartmentFunds& funds = evaluation.funds;
  bool exact = ExactInWan(funds.budget_total) && ExactInWan(funds.executed_total) && ExactInWan(InitialBudget(funds));
  for (const auto& item : funds.by_economic_class) exact = exact && ExactInWan(item.amount);
  if (const auto& pf = funds.project_funds) {
    exact = exact && ExactInWan(pf->total) && ExactInWan(pf->own_level) && ExactInWan(pf->superior);
  }
  for (const auto& project : evaluation.projects) {
    exact = exact && ExactInWan(project.budget.total) && ExactInWan(project.budget.fiscal) &&
            ExactInWan(project.budget.other) && ExactInWan(project.executed) && ExactInWan(InitialBudget(project));
  }
  return exact;
}

// Canonical scaled text with exactly two decimals.
std::string TwoDecimals(int64_t hundredths) {
  std::string text = FormatScaled(hundredths, 2);
  if (text.find('.') == std::string::npos) text += ".00";
  return text;
}

}  // namespace

MoneyUnit ResolveMoneyUnit(const Evaluation& evaluation, MoneyDisplay display) {
  switch (display) {
    case MoneyDisplay::kYuan: return MoneyUnit::kYuan;
    case MoneyDisplay::kWan: return MoneyUnit::kWan;
    case MoneyDisplay::kAuto: break;
  }
  return AllExactInWan(evaluation) ? MoneyUnit::kWan : MoneyUnit::kYuan;
}


std::string Amount(Money money, MoneyUnit unit) { return FormatMoneyIn(money, unit, /*pad_whole=*/true); }

std::string AmountWithUnit(Money money, MoneyUnit unit) { return Amount(money, unit) + std::string(MoneyUnitWord(unit)); }

std::string OptionalAmount(const std::optional<Money>& money, MoneyUnit unit) {
  return money ? Amount(*money, unit) : "—";
}

double AmountValue(Money money, MoneyUnit unit) {
  const double yuan = static_cast<double>(money.units()) / 100.0;
  switch (unit) {
    case MoneyUnit::kWan: return yuan / 1e4;
    case MoneyUnit::kYi: return yuan / 1e8;
    case MoneyUnit::kQian: return yuan / 1e3;
    case MoneyUnit::kYuan: break;
  }
  return yuan;
}

std::string PercentText(Percent percent) { return TwoDecimals(percent.units()) + "%"; }
std::string StatedPercent(Percent percent) { return FormatScaled(percent.units(), 2, true) + "%"; }
std::string PointsText(Points points) { return FormatScaled(points.units(), 2); }
std::string OptionalPoints(const std::optional<Points>& points) { return points ? PointsText(*points) : "未评分"; }

std::string ComparatorWord(Comparator comparator) {
  switch (comparator) {
    case Comparator::kEqual: return "=";
    case Comparator::kGreater: return "＞";
    case Comparator::kGreaterEqual: return "≥";
    case Comparator::kLess: return "＜";
    case Comparator::kLessEqual: return "≤";
  }
  return "";
}

std::string IndicatorValue(const Indicator& indicator, bool target) {
  const auto& text = target ? indicator.target_text : indicator.actual_text;
  const auto& number = target ? indicator.target : indicator.actual;
  std::string value;
  if (number) {
    value = ToString(*number) + indicator.unit.value_or("");
  } else if (text) {
    value = *text;
  } else {
    return "—";
  }
  if (target && indicator.comparator && !indicator.qualitative) value = ComparatorWord(*indicator.comparator) + value;
  return value;
}

std::string ChineseNumber(int n) {
  static constexpr std::array<const char*, 10> kDigits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (n <= 0 || n >= 100) return std::to_string(n);
  if (n < 10) return kDigits[n];
  std::string text = n >= 20 ? std::string(kDigits[n / 10]) : std::string();
  text += "十";
  if (n % 10 != 0) text += kDigits[n % 10];
  return text;
}

std::string HeadingNumber(int level, int n) {
  switch (level) {
    case 1: return ChineseNumber(n) + "、";
    case 2: return "（" + ChineseNumber(n) + "）";
    case 3: return std::to_string(n) + ".";
    default: break;
  }
  return "（" + std::to_string(n) + "）";
}

std::optional<Money> MoneyFromExtras(const Extras& extras, std::string_view key) {
  for (const auto& [name, raw] : extras) {
    if (name != key) continue;
    std::string_view text = raw;
    if (text.size() >= 2 && text.front() == '"' && text.back() == '"') text = text.substr(1, text.size() - 2);
    auto money = ParseMoney(text);
    if (money) return *money;
  }
  return std::nullopt;
}

std::optional<Money> InitialBudget(const Project& project) {
  auto money = MoneyFromExtras(project.budget.extras, "initial");
  return money ? money : MoneyFromExtras(project.budget.extras, "年初预算数");
}

std::optional<Money> InitialBudget(const DepartmentFunds& funds) {
  auto money = MoneyFromExtras(funds.extras, "budget_initial");
  return money ? money : MoneyFromExtras(funds.extras, "年初预算数");
}

}  // namespace jixiao::display
