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

void EraseProject(Evaluation& evaluation, std::size_t index) {
  constexpr std::string_view kProjects = "/projects/";
  std::map<std::string, SourceSpan> kept;
  for (auto& [pointer, span] : evaluation.provenance) {
    if (!pointer.starts_with(kProjects)) {
      kept.emplace(pointer, span);
      continue;
    }
    const std::size_t end = pointer.find('/', kProjects.size());
    const std::string number = pointer.substr(kProjects.size(), end == std::string::npos ? std::string::npos : end - kProjects.size());
    std::size_t at = 0;
    for (char c : number) at = at * 10 + static_cast<std::size_t>(c - '0');
    if (number.empty() || number.find_first_not_of("0123456789") != std::string::npos || at < index) {
      kept.emplace(pointer, span);
    } else if (at > index) {
      kept.emplace(std::string(kProjects) + std::to_string(at - 1) + (end == std::string::npos ? "" : pointer.substr(end)), span);
    }
  }
  evaluation.provenance = std::move(kept);
  evaluation.projects.erase(evaluation.projects.begin() + static_cast<std::ptrdiff_t>(index));
}

}  // namespace jixiao
