#include "core/money.h"

#include "base/text.h"

namespace jixiao {

namespace {

int ShiftOf(MoneyUnit unit) {
  switch (unit) {
    case MoneyUnit::kWan: return 4;
    case MoneyUnit::kYi: return 8;
    case MoneyUnit::kYuan: break;
  }
  return 0;
}

bool StripSuffix(std::string_view& text, std::string_view suffix) {
  if (!text.ends_with(suffix)) return false;
  text.remove_suffix(suffix.size());
  text = Trim(text);
  return true;
}

}  // namespace

Result<Money> ParseMoneyIn(std::string_view number, MoneyUnit unit) {
  auto fen = ParseScaled(number, 2, ShiftOf(unit));
  if (!fen) {
    return Invalid("金额" + fen.error().message + "（金额须精确到分，如 \"45500.00\" 或 \"4064.98万元\"）");
  }
  return Money::FromUnits(*fen);
}

Result<Money> ParseMoney(std::string_view raw, MoneyUnit default_unit) {
  std::string_view text = Trim(raw);
  MoneyUnit unit = default_unit;
  if (StripSuffix(text, "亿元") || StripSuffix(text, "亿")) {
    unit = MoneyUnit::kYi;
  } else if (StripSuffix(text, "万元") || StripSuffix(text, "万")) {
    unit = MoneyUnit::kWan;
  } else if (StripSuffix(text, "元")) {
    unit = MoneyUnit::kYuan;
  }
  return ParseMoneyIn(text, unit);
}

std::string ToYuanString(Money money) { return FormatScaled(money.units(), 2); }

std::string FormatWan(Money money) {
  return FormatScaled(DivRoundHalfUp(money.units(), 10000), 2);
}

std::string FormatNatural(Money money) {
  const int64_t fen = money.units();
  const bool exact_in_wan = fen % 10000 == 0;
  if (exact_in_wan && (fen >= 100000000 || fen <= -100000000)) return FormatScaled(fen / 10000, 2) + " 万元";
  return ToYuanString(money) + " 元";
}

}  // namespace jixiao
