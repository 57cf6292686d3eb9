#include "core/evaluation.h"

#include <array>

namespace jixiao {

std::string_view ComparatorSymbol(Comparator comparator) {
  switch (comparator) {
    case Comparator::kEqual: return "=";
    case Comparator::kGreater: return ">";
    case Comparator::kGreaterEqual: return ">=";
    case Comparator::kLess: return "<";
    case Comparator::kLessEqual: return "<=";
  }
  return "=";
}

std::optional<Comparator> ComparatorFromSymbol(std::string_view symbol) {
  struct Spelling {
    std::string_view text;
    Comparator comparator;
  };
  // ≧ and ≦ (U+2267, U+2266) are how many Chinese input methods type ≥ and ≤; ═ (U+2550) is
  // the double rule some forms' fonts give for ＝.
  static constexpr std::array<Spelling, 23> kSpellings{{
      {"≧", Comparator::kGreaterEqual},  {"≦", Comparator::kLessEqual},
      {"=", Comparator::kEqual},         {"＝", Comparator::kEqual},
      {"═", Comparator::kEqual},
      {"等于", Comparator::kEqual},      {">", Comparator::kGreater},
      {"＞", Comparator::kGreater},      {"大于", Comparator::kGreater},
      {"高于", Comparator::kGreater},    {">=", Comparator::kGreaterEqual},
      {"≥", Comparator::kGreaterEqual},  {"大于等于", Comparator::kGreaterEqual},
      {"不低于", Comparator::kGreaterEqual}, {"以上", Comparator::kGreaterEqual},
      {"<", Comparator::kLess},          {"＜", Comparator::kLess},
      {"小于", Comparator::kLess},       {"低于", Comparator::kLess},
      {"<=", Comparator::kLessEqual},    {"≤", Comparator::kLessEqual},
      {"小于等于", Comparator::kLessEqual}, {"不高于", Comparator::kLessEqual},
  }};
  for (const Spelling& s : kSpellings) {
    if (s.text == symbol) return s.comparator;
  }
  return std::nullopt;
}

}  // namespace jixiao
