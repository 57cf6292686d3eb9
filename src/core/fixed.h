// Exact fixed-point numbers: Money (fen), Percent and Points (hundredths) and Quantity
// (ten-thousandths), each a distinct type so they never mix. No floating point anywhere.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"

namespace jixiao {

__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;

constexpr int64_t Pow10(int n) { return n == 0 ? 1 : 10 * Pow10(n - 1); }

// num / den rounded half away from zero (half-up for the non-negative values we compute).
int64_t DivRoundHalfUp(Int128 num, Int128 den);

template <int Scale, typename Tag>
class Fixed {
 public:
  static constexpr int kScale = Scale;
  static constexpr int64_t kOne = Pow10(Scale);

  constexpr Fixed() = default;
  static constexpr Fixed FromUnits(int64_t units) { return Fixed(units); }
  static constexpr Fixed FromWhole(int64_t whole) { return Fixed(whole * kOne); }

  constexpr int64_t units() const { return units_; }
  constexpr bool is_zero() const { return units_ == 0; }

  constexpr Fixed operator+(Fixed o) const { return Fixed(units_ + o.units_); }
  constexpr Fixed operator-(Fixed o) const { return Fixed(units_ - o.units_); }
  constexpr Fixed operator-() const { return Fixed(-units_); }
  constexpr Fixed& operator+=(Fixed o) { return units_ += o.units_, *this; }
  constexpr auto operator<=>(const Fixed&) const = default;

 private:
  constexpr explicit Fixed(int64_t units) : units_(units) {}
  int64_t units_ = 0;
};

struct MoneyTag {};
struct PercentTag {};
struct PointsTag {};
struct QuantityTag {};

using Money = Fixed<2, MoneyTag>;        // yuan, held as integer fen
using Percent = Fixed<2, PercentTag>;    // a rate in percent: 2252 units = 22.52%
using Points = Fixed<2, PointsTag>;      // scores and weights: 1050 units = 10.50 points
using Quantity = Fixed<4, QuantityTag>;  // an indicator's target or actual value

// Parses a plain decimal ("-12.5", "1,234.56", full-width digits allowed) into units of
// 10^-scale, multiplied first by 10^shift. Fails when digits would be lost or it overflows.
Result<int64_t> ParseScaled(std::string_view text, int scale, int shift = 0);

// Canonical text of a scaled integer: "45500", "115586771.12", "-0.50", "12.3456".
// Integers print without decimals; otherwise all `scale` decimals print (trailing zeros
// trimmed when `trim` is set).
std::string FormatScaled(int64_t units, int scale, bool trim = false);

template <typename T>
Result<T> ParseFixed(std::string_view text) {
  auto units = ParseScaled(text, T::kScale);
  if (!units) return tl::unexpected(units.error());
  return T::FromUnits(*units);
}
template <typename T>
std::string ToString(T value) {
  return FormatScaled(value.units(), T::kScale, T::kScale > 2);
}

// Points earned = weight * numerator / denominator, rounded half-up to hundredths.
Points ScalePoints(Points weight, Int128 numerator, Int128 denominator);

// part / whole in percent, rounded half-up to hundredths of a percent. whole must be non-zero.
template <typename T>
Percent PercentOf(T part, T whole) {
  return Percent::FromUnits(DivRoundHalfUp(static_cast<Int128>(part.units()) * 10000, whole.units()));
}

}  // namespace jixiao
