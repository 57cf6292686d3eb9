#include "core/fixed.h"

#include <limits>

#include "base/text.h"

namespace jixiao {

int64_t DivRoundHalfUp(Int128 num, Int128 den) {
  if (den < 0) num = -num, den = -den;
  const bool negative = num < 0;
  const Int128 magnitude = negative ? -num : num;
  const Int128 rounded = (magnitude * 2 + den) / (den * 2);
  return static_cast<int64_t>(negative ? -rounded : rounded);
}

namespace {

constexpr Int128 kMaxUnits = std::numeric_limits<int64_t>::max();

std::string Describe(std::string_view text) { return "“" + std::string(text) + "”"; }

}  // namespace

namespace {

bool IsAscii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

}  // namespace

Result<int64_t> ParseScaled(std::string_view raw, int scale, int shift) {
  const std::string_view trimmed = Trim(raw);
  std::string folded;  // only full-width input needs a folded copy
  if (!IsAscii(trimmed)) folded = FoldFullWidth(trimmed);
  std::string_view text = folded.empty() ? trimmed : std::string_view(folded);
  bool negative = false;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  Int128 value = 0;
  int decimals = -1;  // -1: no decimal point seen yet
  int digits = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ',' && decimals < 0 && digits > 0) continue;
    if (c == '.' && decimals < 0) {
      decimals = 0;
      continue;
    }
    if (c < '0' || c > '9') return Invalid(Describe(raw) + " 不是数字");
    value = value * 10 + (c - '0');
    ++digits;
    if (decimals >= 0) ++decimals;
    if (value > kMaxUnits * 10) return Invalid(Describe(raw) + " 超出可表示的范围");
  }
  if (digits == 0) return Invalid(Describe(raw) + " 不是数字");
  if (decimals < 0) decimals = 0;
  int exponent = scale + shift - decimals;
  if (exponent < 0) {
    const int64_t divisor = Pow10(-exponent);
    if (value % divisor != 0) {
      return Invalid(Describe(raw) + " 的小数位超过 " + std::to_string(scale) + " 位，无法精确表示");
    }
    value /= divisor;
    exponent = 0;
  }
  for (; exponent > 0; --exponent) {
    value *= 10;
    if (value > kMaxUnits) return Invalid(Describe(raw) + " 超出可表示的范围");
  }
  if (value > kMaxUnits) return Invalid(Describe(raw) + " 超出可表示的范围");
  return static_cast<int64_t>(negative ? -value : value);
}

std::string FormatScaled(int64_t units, int scale, bool trim) {
  const bool negative = units < 0;
  const UInt128 magnitude = negative ? -static_cast<Int128>(units) : units;
  const UInt128 one = static_cast<UInt128>(Pow10(scale));
  const auto whole = static_cast<uint64_t>(magnitude / one);
  auto fraction = static_cast<uint64_t>(magnitude % one);
  std::string out = negative ? "-" : "";
  out += std::to_string(whole);
  if (fraction == 0) return out;
  std::string digits = std::to_string(fraction);
  digits.insert(0, static_cast<std::size_t>(scale) - digits.size(), '0');
  if (trim) {
    while (!digits.empty() && digits.back() == '0') digits.pop_back();
  }
  return out + "." + digits;
}

Points ScalePoints(Points weight, Int128 numerator, Int128 denominator) {
  return Points::FromUnits(DivRoundHalfUp(static_cast<Int128>(weight.units()) * numerator, denominator));
}

}  // namespace jixiao
