#include "rules/qualitative.h"

#include <array>
#include <string_view>

namespace jixiao {

namespace {

bool Contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

}  // namespace

std::optional<QualitativeTier> TierOf(const Indicator& indicator) {
  if (!indicator.actual_text) return std::nullopt;
  const std::string& actual = *indicator.actual_text;
  // Order matters: "未达成" and "部分达成" both contain "达成".
  static constexpr std::array<std::string_view, 6> kNot{"未达成", "未完成", "差", "较差", "不达标", "否"};
  static constexpr std::array<std::string_view, 5> kPartly{"部分达成", "部分完成", "基本达成", "中", "一般"};
  static constexpr std::array<std::string_view, 9> kAchieved{"达成", "完成", "达标", "优", "良", "高", "好", "是", "有效"};
  for (auto word : kNot) {
    if (Contains(actual, word)) return QualitativeTier::kNotAchieved;
  }
  for (auto word : kPartly) {
    if (Contains(actual, word)) return QualitativeTier::kPartly;
  }
  for (auto word : kAchieved) {
    if (Contains(actual, word)) return QualitativeTier::kAchieved;
  }
  if (indicator.target_text && *indicator.target_text == actual) return QualitativeTier::kAchieved;
  return std::nullopt;
}

ScoreBand BandOf(QualitativeTier tier, Points weight, const ScoringProfile& profile) {
  const Points tier1 = ScalePoints(weight, profile.qualitative_tier1_min.units(), 10000);
  const Points tier2 = ScalePoints(weight, profile.qualitative_tier2_min.units(), 10000);
  switch (tier) {
    case QualitativeTier::kAchieved: return {tier1, weight, true};
    case QualitativeTier::kPartly: return {tier2, tier1, false};
    case QualitativeTier::kNotAchieved: break;
  }
  return {Points(), tier2, false};
}

QualitativeResult ScoreQualitative(const Indicator& indicator, Points weight, const ScoringProfile& profile) {
  const auto tier = TierOf(indicator);
  if (!tier) return {std::nullopt, "定性指标未写明完成档次，无法计分", false};
  const ScoreBand band = BandOf(*tier, weight, profile);
  if (!indicator.score_stated) {
    // No typed score: the top of the achieved band, the bottom of the others.
    const Points score = *tier == QualitativeTier::kAchieved ? weight : band.low;
    return {score, "未填写得分，按完成档次取 " + ToString(score) + " 分", false};
  }
  const Points s = *indicator.score_stated;
  const bool fits = s >= band.low && (band.high_inclusive ? s <= band.high : s < band.high);
  if (fits) return {s, "", false};
  return {band.low, "所填得分 " + ToString(s) + " 与完成档次不符，按档次下限 " + ToString(band.low) + " 分计", true};
}

}  // namespace jixiao
