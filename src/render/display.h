// Display text for figures in rendered reports: money in 元 or 万元, percentages, points,
// indicator values and GB/T 9704 heading numbers. Decides how a figure looks on paper
// (DESIGN habit 6); the money text itself comes from core/money.h (FormatMoneyIn), the one
// place that formats 元 and 万元. Pure functions returning caller-owned strings.
#pragma once

#include <optional>
#include <string>

#include "core/evaluation.h"
#include "core/money.h"
#include "render/options.h"

namespace jixiao::display {

// The unit a document shows money in: kAuto picks 万元 only when every figure is a multiple
// of 100 元 (two decimals in 万元), otherwise 元.
MoneyUnit ResolveMoneyUnit(const Evaluation& evaluation, MoneyDisplay display);

// Exact, never rounded (FormatMoneyIn): "45500.00" 元, "4.55" / "123.753" 万元.
std::string Amount(Money money, MoneyUnit unit);
std::string AmountWithUnit(Money money, MoneyUnit unit);  // "45500.00元"
std::string OptionalAmount(const std::optional<Money>& money, MoneyUnit unit);  // "—" when absent
double AmountValue(Money money, MoneyUnit unit);          // chart geometry only

std::string PercentText(Percent percent);  // "22.52%", always two decimals
std::string StatedPercent(Percent percent);  // as stated: "100%", "22.52%"
std::string PointsText(Points points);       // "10", "9.50"
std::string OptionalPoints(const std::optional<Points>& points);  // "未评分" when absent

// "≥200本", "=100%", "优"; "—" when the value is not stated.
std::string IndicatorValue(const Indicator& indicator, bool target);
std::string ComparatorWord(Comparator comparator);  // "≥" "＞" "=" "≤" "＜"

// Chinese numerals 1..99: "一", "十二", "二十".
std::string ChineseNumber(int n);
// The number of the nth item (1-based) at a heading level: "一、", "（一）", "1.", "（1）".
std::string HeadingNumber(int level, int n);

// A figure read from an extras entry (raw JSON such as "\"40000\"" or 40000), if it is money.
std::optional<Money> MoneyFromExtras(const Extras& extras, std::string_view key);
// 年初预算数 of a project: budget extras "initial" or "年初预算数".
std::optional<Money> InitialBudget(const Project& project);
std::optional<Money> InitialBudget(const DepartmentFunds& funds);

}  // namespace jixiao::display
