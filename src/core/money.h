// Money as reports and users write it, parsed exactly into integer fen, and formatted back
// as 元 or 万元. The only place that knows the units 元 / 千元 / 万元 / 亿元 and the only place that
// turns money into text (render/ and rules/ messages call FormatMoneyIn / FormatNatural).
// Money text is never rounded: a figure gets as many decimals as its fen need.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "core/fixed.h"

namespace jixiao {

enum class MoneyUnit { kYuan, kQian, kWan, kYi };  // 元, 千元, 万元, 亿元

// The unit's word: "元", "千元", "万元", "亿元".
std::string_view MoneyUnitWord(MoneyUnit unit);

// "45500", "115586771.12", "1,234.56元", "4064.98万元", "1.89亿元", "117112.2千元", "１２３．４５元".
// A bare number is in `default_unit`. Fails on anything not exact to the fen, out of range,
// or not a number, saying which.
Result<Money> ParseMoney(std::string_view text, MoneyUnit default_unit = MoneyUnit::kYuan);

// The number alone (no unit word) in the given unit, exact.
Result<Money> ParseMoneyIn(std::string_view number, MoneyUnit unit);

// True when `money` is a multiple of 100 元, so that it shows in 万元 with two decimals.
bool ExactInWanCents(Money money);

// The figure in `unit` (no unit word), exact: two decimals, or more when the fen need them,
// never rounded: 1,237,500.00 元 in 万元 is "123.75", 1,237,530.00 元 is "123.753",
// 0.01 元 is "0.000001". A whole number prints bare ("45500") unless `pad_whole` asks for
// "45500.00".
std::string FormatMoneyIn(Money money, MoneyUnit unit, bool pad_whole = false);

std::string ToYuanString(Money money);  // canonical 元: "45500", "115586771.12"

// For messages: "11551.31 万元" when at least 100 万元 and a multiple of 100 元 (exact with
// two decimals), otherwise the exact "73671.12 元".
std::string FormatNatural(Money money);

}  // namespace jixiao
