// Qualitative indicators (定性指标): recognising the tier a report states and checking a
// typed score against that tier's band (DOMAIN.md §1). Pure functions.
#pragma once

#include <optional>
#include <string>

#include "core/evaluation.h"
#include "rules/profile.h"

namespace jixiao {

enum class QualitativeTier { kAchieved, kPartly, kNotAchieved };  // 达成 / 部分达成 / 未达成

// The tier an indicator's actual states ("达成年度指标", "优", "部分达成…", "差", or the
// same text as its target); nullopt when it cannot tell.
std::optional<QualitativeTier> TierOf(const Indicator& indicator);

struct ScoreBand {
  Points low;        // inclusive
  Points high;       // inclusive for the top tier, exclusive below it
  bool high_inclusive;
};
ScoreBand BandOf(QualitativeTier tier, Points weight, const ScoringProfile& profile);

struct QualitativeResult {
  std::optional<Points> score;
  std::string note;
  bool stated_out_of_band = false;  // the typed score does not fit the stated tier
};
QualitativeResult ScoreQualitative(const Indicator& indicator, Points weight, const ScoringProfile& profile);

}  // namespace jixiao
