// Money as reports and users write it, parsed exactly into integer fen, and formatted back
// as 元 or 万元. The only place that knows the units 元 / 万元 / 亿元.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "core/fixed.h"

namespace jixiao {

enum class MoneyUnit { kYuan, kWan, kYi };  // 元, 万元, 亿元

// "45500", "115586771.12", "1,234.56元", "4064.98万元", "1.89亿元", "１２３．４５元".
// A bare number is in `default_unit`. Fails on anything not exact to the fen, out of range,
// or not a number, saying which.
Result<Money> ParseMoney(std::string_view text, MoneyUnit default_unit = MoneyUnit::kYuan);

// The number alone (no unit word) in the given unit, exact.
Result<Money> ParseMoneyIn(std::string_view number, MoneyUnit unit);

std::string ToYuanString(Money money);  // canonical: "45500", "115586771.12"
std::string FormatWan(Money money);     // 万元, rounded half-up to two decimals: "11558.68"

// For messages: "11551.31 万元" when exact in 万元 with two decimals and at least 100 万元,
// otherwise the exact "73671.12 元". Never shows a rounded figure.
std::string FormatNatural(Money money);

}  // namespace jixiao
