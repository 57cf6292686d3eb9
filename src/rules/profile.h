// The scoring profile: every locality-dependent number of docs/DOMAIN.md §1 and §3 in one
// value, so a finance bureau can copy and edit it. NationalDefault() is the shipped default;
// profiles are read from JSON by format/profile_json.h.
#pragma once

#include <string>
#include <vector>

#include "core/fixed.h"

namespace jixiao {

// How a "≤ / <" indicator that overran its target scores (DOMAIN.md §1).
enum class ReverseRule {
  kLinear,   // T < A < 2T -> W·(1 − (A−T)/T); A ≥ 2T -> 0
  kInverse,  // W·T/A
};

struct ScoringProfile {
  std::string id = "national-2020";
  std::string name = "全国通行默认值";

  // Block points of a project self-evaluation (total 100). DOMAIN.md §1.
  Points execution_points = Points::FromWhole(10);
  Points output_points = Points::FromWhole(50);
  Points benefit_points = Points::FromWhole(30);
  Points satisfaction_points = Points::FromWhole(10);
  // Where the satisfaction points go when a project has no satisfaction indicator or statement.
  Points no_satisfaction_to_output = Points::FromWhole(10);
  Points no_satisfaction_to_benefit = Points::FromWhole(0);
  Points indicator_total = Points::FromWhole(90);  // indicator weights must add up to this

  ReverseRule reverse_rule = ReverseRule::kLinear;

  // Qualitative tiers: 达成 ≥ tier1 share of W, 部分达成 ≥ tier2 share. DOMAIN.md §1.
  Percent qualitative_tier1_min = Percent::FromWhole(80);
  Percent qualitative_tier2_min = Percent::FromWhole(60);

  // Over-achievement trigger making a note mandatory (Guangxi: A ≥ 1.3·T; T = 0 -> A ≥ 30).
  Percent over_achievement_ratio = Percent::FromWhole(130);
  Quantity over_achievement_zero_target = Quantity::FromWhole(30);

  // Some provinces' caps: a total is capped at `max_points` when the execution rate is below
  // `below` (the strictest matching cap applies), e.g. {80, 89}, {70, 79}, {60, 69}, {50, 59}.
  // Empty (the national default): no cap.
  struct ExecutionCap {
    Percent below;
    Points max_points;
  };
  std::vector<ExecutionCap> execution_caps;
  // Points taken off a quantitative "≥ / >" indicator whose actual reaches the over-achievement
  // line (the target was set too low). Zero (the national default): off.
  Points over_achievement_deduction;

  // Execution below this needs a stated reason (department and project).
  Percent reason_required_below = Percent::FromWhole(90);

  // A satisfaction stated in prose ("满意度90%") with no indicator is scored as "≥ this".
  Percent satisfaction_benchmark = Percent::FromWhole(90);
  // "The same satisfaction figure pasted across most projects": at least this many projects
  // and more than this share of those stating one.
  int pasted_satisfaction_min_projects = 3;
  Percent pasted_satisfaction_share = Percent::FromWhole(50);

  // Grade thresholds (DOMAIN.md §1): 优 ≥ excellent, 良 ≥ good, 中 ≥ pass, else 差.
  Points grade_excellent = Points::FromWhole(90);
  Points grade_good = Points::FromWhole(80);
  Points grade_pass = Points::FromWhole(60);

  // Review (财政复核): a deduction on one row, or a review total below the self total, by at
  // least this much is flagged for a second look.
  Points review_flag_threshold = Points::FromWhole(5);

  // Results application: what each grade means for next year's budget, and below which
  // execution rate next year starts from what was spent rather than what was budgeted.
  struct ResultRule {
    std::string grade;   // 优 良 中 差
    std::string action;  // 优先保障 …
    int budget_change_percent = 0;  // applied to the base: -10 cuts a tenth
  };
  std::vector<ResultRule> result_rules = {{"优", "优先保障", 0},
                                          {"良", "按需安排", 0},
                                          {"中", "压减预算 10%", -10},
                                          {"差", "暂停安排并限期整改", -100}};
  Percent low_execution_below = Percent::FromWhole(80);
};

inline ScoringProfile NationalDefault() { return ScoringProfile{}; }

}  // namespace jixiao
