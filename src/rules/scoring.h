// Scoring of a self-evaluation by docs/DOMAIN.md §1 and §3: each project's 自评表 score
// (execution, 产出, 效益, 满意度 blocks), its grade, and the department-overall score.
// Pure functions; the returned Scores are owned by the caller.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/evaluation.h"
#include "rules/profile.h"

namespace jixiao {

enum class Grade { kExcellent, kGood, kPass, kFail };  // 优 良 中 差
std::string_view GradeName(Grade grade);
Grade GradeOf(Points total, const ScoringProfile& profile);

enum class Block { kExecution, kOutput, kBenefit, kSatisfaction };
std::string_view BlockName(Block block);  // 预算执行率 产出指标 效益指标 满意度指标
// The block an indicator counts in, from its level-1 name (成本指标 counts as 产出).
Block BlockOfIndicator(const Indicator& indicator);

struct IndicatorScore {
  std::size_t index = 0;          // into Project::indicators (or Evaluation::department_indicators)
  Points weight;                  // the weight used (stated, or the block's share)
  std::optional<Points> score;    // nullopt when it cannot be scored (no actual, …)
  std::string note;               // why it scored as it did, in Chinese
};

struct BlockScore {
  Block block = Block::kExecution;
  Points max;                     // points this block is worth for this project
  std::optional<Points> earned;   // nullopt: not scored (no indicator, no figure)
  std::string note;
};

struct ProjectScore {
  std::string name;
  std::optional<Percent> execution_rate;  // computed from executed / budget total
  std::vector<BlockScore> blocks;          // execution, output, benefit, satisfaction
  std::vector<IndicatorScore> indicators;
  Points total;                            // sum of the scored blocks
  Points max_scored;                       // the points those blocks were worth (100 when complete)
  std::optional<Grade> grade;              // nullopt when some block could not be scored
  std::vector<std::string> notes;
};

struct DepartmentScore {
  std::optional<Percent> execution_rate;
  BlockScore execution;
  // 90 points: the 部门整体 indicators when the document has them (DOMAIN.md §3), otherwise
  // the budget-weighted mean of the projects' indicator blocks.
  BlockScore indicators;
  std::vector<IndicatorScore> department_indicators;  // one per Evaluation::department_indicators
  Points total;
  Points max_scored;
  std::optional<Grade> grade;
  std::vector<std::string> notes;
};

struct Scores {
  std::vector<ProjectScore> projects;
  DepartmentScore overall;
};

Scores ScoreEvaluation(const Evaluation& evaluation, const ScoringProfile& profile);
ProjectScore ScoreProject(const Project& project, const ScoringProfile& profile);

// "部分评分项无法评分，已评 20 分中得 18.5 分，不评定等级": why a partial score has no grade.
std::string PartialScoreNote(Points total, Points max_scored);

// min(executed / budget, 1) × points, rounded half-up; nullopt when either is missing or budget ≤ 0.
std::optional<Points> ExecutionScore(std::optional<Money> executed, std::optional<Money> budget, Points points);

// One indicator worth `weight`: quantitative by the comparator table, qualitative by its tier
// (DOMAIN.md §1). `index` is copied into the result. No score when a figure is missing.
IndicatorScore ScoreIndicator(const Indicator& indicator, std::size_t index, Points weight,
                              const ScoringProfile& profile);

// Whether a "≥ / >" indicator reached the over-achievement line while the profile deducts for it.
bool OverAchieved(Comparator comparator, Quantity target, Quantity actual, const ScoringProfile& profile);
// Caps `total` by the profile's execution caps for `rate`; the note says why, nullopt when no cap applied.
std::optional<std::string> ApplyExecutionCap(Points& total, std::optional<Percent> rate, const ScoringProfile& profile);

// One quantitative indicator by the comparator table of DOMAIN.md §1; never exceeds weight.
Points ScoreQuantitative(Comparator comparator, Quantity target, Quantity actual, Points weight,
                         ReverseRule reverse_rule);

}  // namespace jixiao
