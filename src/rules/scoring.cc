#include "rules/scoring.h"

#include <algorithm>
#include <array>

#include "rules/qualitative.h"

namespace jixiao {

std::string_view GradeName(Grade grade) {
  switch (grade) {
    case Grade::kExcellent: return "优";
    case Grade::kGood: return "良";
    case Grade::kPass: return "中";
    case Grade::kFail: return "差";
  }
  return "差";
}

Grade GradeOf(Points total, const ScoringProfile& profile) {
  if (total >= profile.grade_excellent) return Grade::kExcellent;
  if (total >= profile.grade_good) return Grade::kGood;
  if (total >= profile.grade_pass) return Grade::kPass;
  return Grade::kFail;
}

std::string_view BlockName(Block block) {
  switch (block) {
    case Block::kExecution: return "预算执行率";
    case Block::kOutput: return "产出指标";
    case Block::kBenefit: return "效益指标";
    case Block::kSatisfaction: return "满意度指标";
  }
  return "";
}

Block BlockOfIndicator(const Indicator& indicator) {
  const std::string level1 = indicator.level1.value_or("");
  const std::string level2 = indicator.level2.value_or("");
  if (level1.find("满意") != std::string::npos || level2.find("满意") != std::string::npos) return Block::kSatisfaction;
  if (level1.find("效益") != std::string::npos) return Block::kBenefit;
  if (indicator.name.find("满意度") != std::string::npos && level1.empty()) return Block::kSatisfaction;
  return Block::kOutput;  // 产出指标, 成本指标 and unlabelled rows
}

std::string PartialScoreNote(Points total, Points max_scored) {
  return "部分评分项无法评分，已评 " + ToString(max_scored) + " 分中得 " + ToString(total) + " 分，不评定等级";
}

std::optional<Points> ExecutionScore(std::optional<Money> executed, std::optional<Money> budget, Points points) {
  if (!executed || !budget || budget->units() <= 0) return std::nullopt;
  const Money capped = std::clamp(*executed, Money(), *budget);
  return ScalePoints(points, capped.units(), budget->units());
}

Points ScoreQuantitative(Comparator comparator, Quantity target, Quantity actual, Points weight,
                         ReverseRule reverse_rule) {
  const int64_t t = std::max<int64_t>(target.units(), 0);
  const int64_t a = std::max<int64_t>(actual.units(), 0);
  const Points zero;
  switch (comparator) {
    case Comparator::kEqual:
      if (t == 0) return a <= 0 ? weight : zero;
      [[fallthrough]];
    case Comparator::kGreater:
    case Comparator::kGreaterEqual:
      if (a >= t) return weight;
      return ScalePoints(weight, a, t);
    case Comparator::kLess:
    case Comparator::kLessEqual:
      if (a <= t) return weight;
      if (reverse_rule == ReverseRule::kInverse) return ScalePoints(weight, t, a);
      if (a >= 2 * t) return zero;
      return ScalePoints(weight, 2 * t - a, t);
  }
  return zero;
}

bool OverAchieved(Comparator comparator, Quantity target, Quantity actual, const ScoringProfile& profile) {
  if (profile.over_achievement_deduction <= Points()) return false;
  if (comparator != Comparator::kGreaterEqual && comparator != Comparator::kGreater) return false;
  if (target.units() <= 0) return actual >= profile.over_achievement_zero_target;
  return static_cast<Int128>(actual.units()) * 10000 >=
         static_cast<Int128>(target.units()) * profile.over_achievement_ratio.units();
}

std::optional<std::string> ApplyExecutionCap(Points& total, std::optional<Percent> rate, const ScoringProfile& profile) {
  if (!rate) return std::nullopt;
  const ScoringProfile::ExecutionCap* strictest = nullptr;
  for (const auto& cap : profile.execution_caps) {
    if (*rate < cap.below && (!strictest || cap.max_points < strictest->max_points)) strictest = &cap;
  }
  if (!strictest || total <= strictest->max_points) return std::nullopt;
  const std::string note = "预算执行率 " + ToString(*rate) + "% 低于 " + ToString(strictest->below) + "%，按评分规则总分由 " +
                           ToString(total) + " 分封顶为 " + ToString(strictest->max_points) + " 分";
  total = strictest->max_points;
  return note;
}

IndicatorScore ScoreIndicator(const Indicator& ind, std::size_t index, Points weight, const ScoringProfile& profile) {
  IndicatorScore out{index, weight, std::nullopt, ""};
  if (ind.qualitative) {
    const QualitativeResult q = ScoreQualitative(ind, weight, profile);
    out.score = q.score;
    out.note = q.note;
    return out;
  }
  if (!ind.target || !ind.actual) {
    out.note = ind.actual ? "未填写年度指标值，无法计分" : "未填写实际完成值，无法计分";
    return out;
  }
  const Comparator comparator = ind.comparator.value_or(Comparator::kGreaterEqual);
  out.score = ScoreQuantitative(comparator, *ind.target, *ind.actual, weight, profile.reverse_rule);
  if (OverAchieved(comparator, *ind.target, *ind.actual, profile) && *out.score > Points()) {
    const Points off = std::min(*out.score, profile.over_achievement_deduction);
    out.score = *out.score - off;
    out.note = "实际完成达到指标值的 " + ToString(profile.over_achievement_ratio) + "% 以上，指标值设置偏低，按评分规则扣 " +
               ToString(off) + " 分";
  }
  return out;
}

namespace {

// The weight each indicator counts for: its own, or an equal share of its block's points.
std::vector<Points> IndicatorWeights(const Project& project, const std::array<Points, 4>& block_points) {
  std::array<int64_t, 4> count{};
  for (const auto& ind : project.indicators) ++count[static_cast<int>(BlockOfIndicator(ind))];
  std::vector<Points> weights;
  for (const auto& ind : project.indicators) {
    if (ind.weight) {
      weights.push_back(*ind.weight);
      continue;
    }
    const int b = static_cast<int>(BlockOfIndicator(ind));
    weights.push_back(ScalePoints(block_points[b], 1, count[b]));
  }
  return weights;
}

std::array<Points, 4> DefaultBlockPoints(const ScoringProfile& profile, bool has_satisfaction) {
  std::array<Points, 4> points{profile.execution_points, profile.output_points, profile.benefit_points,
                               profile.satisfaction_points};
  if (!has_satisfaction) {
    points[1] += profile.no_satisfaction_to_output;
    points[2] += profile.no_satisfaction_to_benefit;
    points[3] = Points();
  }
  return points;
}

void ScoreStatedSatisfaction(const Project& project, const ScoringProfile& profile, BlockScore& block) {
  const Satisfaction& s = *project.satisfaction;
  if (!s.stated) return;
  const Quantity benchmark = Quantity::FromUnits(profile.satisfaction_benchmark.units() * 100);
  const Quantity stated = Quantity::FromUnits(s.stated->units() * 100);
  block.earned = ScoreQuantitative(Comparator::kGreaterEqual, benchmark, stated, block.max, profile.reverse_rule);
  block.note = "无满意度指标，按所述满意度 " + ToString(*s.stated) + "% 对照基准 " +
               ToString(profile.satisfaction_benchmark) + "% 计分";
}

void ScoreIndicatorBlocks(const Project& project, const ScoringProfile& profile, ProjectScore& score) {
  bool has_sat_indicator = false;
  for (const auto& ind : project.indicators) has_sat_indicator |= BlockOfIndicator(ind) == Block::kSatisfaction;
  const bool stated_sat = project.satisfaction && project.satisfaction->stated;
  const auto defaults = DefaultBlockPoints(profile, has_sat_indicator || stated_sat);
  const std::vector<Points> weights = IndicatorWeights(project, defaults);
  // Stated weights define the split: a block without indicators is then worth nothing.
  bool has_weights = false;
  for (const auto& ind : project.indicators) has_weights |= ind.weight.has_value();
  for (Block b : {Block::kOutput, Block::kBenefit, Block::kSatisfaction}) {
    BlockScore block{b, Points(), std::nullopt, ""};
    bool any = false;
    Points earned;
    bool complete = true;
    for (std::size_t i = 0; i < project.indicators.size(); ++i) {
      if (BlockOfIndicator(project.indicators[i]) != b) continue;
      IndicatorScore is = ScoreIndicator(project.indicators[i], i, weights[i], profile);
      any = true;
      block.max += is.weight;
      if (is.score) earned += *is.score; else complete = false;
      score.indicators.push_back(is);
    }
    if (any && complete) block.earned = earned;
    if (any && !complete) block.note = "有指标缺少完成值，本块未计分";
    if (!any) block.max = has_weights ? Points() : defaults[static_cast<int>(b)];
    if (!any && b == Block::kSatisfaction && stated_sat) ScoreStatedSatisfaction(project, profile, block);
    if (!any && block.max.is_zero() && b == Block::kSatisfaction) block.note = "无满意度指标或陈述，分值已并入产出、效益";
    if (!any && !block.max.is_zero() && !block.earned) block.note = "未设置" + std::string(BlockName(b)) + "，未评分";
    score.blocks.push_back(block);
  }
  std::sort(score.indicators.begin(), score.indicators.end(),
            [](const IndicatorScore& a, const IndicatorScore& b) { return a.index < b.index; });
}

void Total(ProjectScore& score, const ScoringProfile& profile) {
  bool complete = true;
  for (const auto& block : score.blocks) {
    if (block.earned) {
      score.total += *block.earned;
      score.max_scored += block.max;
    } else if (!block.max.is_zero()) {
      complete = false;
    }
  }
  if (auto note = ApplyExecutionCap(score.total, score.execution_rate, profile)) score.notes.push_back(*note);
  if (complete) {
    score.grade = GradeOf(score.total, profile);
  } else {
    score.notes.push_back(PartialScoreNote(score.total, score.max_scored));
  }
}

}  // namespace

ProjectScore ScoreProject(const Project& project, const ScoringProfile& profile) {
  ProjectScore score;
  score.name = project.name;
  if (project.executed && project.budget.total && project.budget.total->units() > 0) {
    score.execution_rate = PercentOf(*project.executed, *project.budget.total);
  }
  BlockScore execution{Block::kExecution, profile.execution_points,
                       ExecutionScore(project.executed, project.budget.total, profile.execution_points), ""};
  if (!execution.earned) execution.note = "缺少全年预算数或全年执行数，未计分";
  score.blocks.push_back(execution);
  ScoreIndicatorBlocks(project, profile, score);
  if (project.indicators.empty()) score.notes.push_back("项目未设置绩效指标，仅按预算执行和满意度陈述计分");
  Total(score, profile);
  return score;
}

}  // namespace jixiao
