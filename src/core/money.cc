#include "core/money.h"

#include "base/text.h"

namespace jixiao {

namespace {

int ShiftOf(MoneyUnit unit) {
  switch (unit) {
    case MoneyUnit::kQian: return 3;
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
  } else if (StripSuffix(text, "千元")) {
    unit = MoneyUnit::kQian;
  } else if (StripSuffix(text, "元")) {
    unit = MoneyUnit::kYuan;
  }
  return ParseMoneyIn(text, unit);
}

std::string_view MoneyUnitWord(MoneyUnit unit) {
  switch (unit) {
    case MoneyUnit::kQian: return "千元";
    case MoneyUnit::kWan: return "万元";
    case MoneyUnit::kYi: return "亿元";
    case MoneyUnit::kYuan: break;
  }
  return "元";
}

bool ExactInWanCents(Money money) { return money.units() % 10000 == 0; }

std::string FormatMoneyIn(Money money, MoneyUnit unit, bool pad_whole) {
  constexpr int kMinDecimals = 2;
  const int decimals = kMinDecimals + ShiftOf(unit);  // fen are the last digit that can be non-zero
  const int64_t fen = money.units();
  const UInt128 magnitude = fen < 0 ? -static_cast<Int128>(fen) : static_cast<Int128>(fen);
  const auto one = static_cast<UInt128>(Pow10(decimals));
  std::string digits = std::to_string(static_cast<uint64_t>(magnitude % one));
  digits.insert(0, static_cast<std::size_t>(decimals) - digits.size(), '0');
  while (digits.size() > kMinDecimals && digits.back() == '0') digits.pop_back();
  // (Appended piece by piece: GCC 12's -Wrestrict misreads `const char* + std::string&&`.)
  std::string out = fen < 0 ? "-" : "";
  out += std::to_string(static_cast<uint64_t>(magnitude / one));
  if (digits != "00" || pad_whole) out.append(".").append(digits);
  return out;
}

std::string ToYuanString(Money money) { return FormatMoneyIn(money, MoneyUnit::kYuan); }

std::string FormatNatural(Money money) {
  constexpr int64_t kHundredWanFen = 100000000;  // 100 万元
  const int64_t fen = money.units();
  if (ExactInWanCents(money) && (fen >= kHundredWanFen || fen <= -kHundredWanFen)) {
    return FormatMoneyIn(money, MoneyUnit::kWan) + " 万元";
  }
  return ToYuanString(money) + " 元";
}

}  // namespace jixiao
