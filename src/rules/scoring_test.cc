#include "rules/scoring.h"

#include <gtest/gtest.h>

#include "core/money.h"

namespace jixiao {
namespace {

Quantity Q(const char* text) { return *ParseFixed<Quantity>(text); }
Points P(const char* text) { return *ParseFixed<Points>(text); }

struct QuantCase {
  Comparator comparator;
  const char* target;
  const char* actual;
  ReverseRule rule;
  const char* expected;
};

TEST(ScoreQuantitative, FollowsTheComparatorTable) {
  const QuantCase cases[] = {
      {Comparator::kGreaterEqual, "200", "212", ReverseRule::kLinear, "10"},   // met
      {Comparator::kGreaterEqual, "200", "150", ReverseRule::kLinear, "7.50"}, // W·A/T
      {Comparator::kGreater, "3", "1", ReverseRule::kLinear, "3.33"},         // rounded half-up
      {Comparator::kGreater, "3", "2", ReverseRule::kLinear, "6.67"},
      {Comparator::kGreaterEqual, "100", "-5", ReverseRule::kLinear, "0"},    // negative A clamps to 0
      {Comparator::kEqual, "0", "0", ReverseRule::kLinear, "10"},             // T = 0, A ≤ 0
      {Comparator::kEqual, "0", "1", ReverseRule::kLinear, "0"},              // T = 0, A > 0
      {Comparator::kEqual, "100", "95", ReverseRule::kLinear, "9.50"},        // T > 0: as ≥
      {Comparator::kEqual, "100", "120", ReverseRule::kLinear, "10"},         // never exceeds W
      {Comparator::kLessEqual, "90", "80", ReverseRule::kLinear, "10"},       // A ≤ T
      {Comparator::kLessEqual, "90", "117", ReverseRule::kLinear, "7"},       // W·(1 − 27/90)
      {Comparator::kLess, "90", "180", ReverseRule::kLinear, "0"},            // A ≥ 2T
      {Comparator::kLess, "90", "200", ReverseRule::kLinear, "0"},
      {Comparator::kLessEqual, "90", "120", ReverseRule::kInverse, "7.50"},   // W·T/A
      {Comparator::kLessEqual, "0", "5", ReverseRule::kLinear, "0"},
  };
  for (const auto& c : cases) {
    const Points got = ScoreQuantitative(c.comparator, Q(c.target), Q(c.actual), P("10"), c.rule);
    EXPECT_EQ(ToString(got), c.expected) << ComparatorSymbol(c.comparator) << " T=" << c.target << " A=" << c.actual;
  }
}

TEST(ExecutionScore, IsCappedRatioOfTenPoints) {
  const Points ten = P("10");
  EXPECT_EQ(ToString(*ExecutionScore(*ParseMoney("26030887.17"), *ParseMoney("115586771.12"), ten)), "2.25");
  EXPECT_EQ(ToString(*ExecutionScore(*ParseMoney("120"), *ParseMoney("100"), ten)), "10");
  EXPECT_FALSE(ExecutionScore(std::nullopt, *ParseMoney("100"), ten));
  EXPECT_FALSE(ExecutionScore(*ParseMoney("1"), *ParseMoney("0"), ten));
}

TEST(GradeOf, UsesProfileThresholds) {
  const ScoringProfile profile;
  const std::pair<const char*, const char*> cases[] = {
      {"100", "优"}, {"90", "优"}, {"89.99", "良"}, {"80", "良"}, {"79.99", "中"}, {"60", "中"}, {"59.99", "差"}};
  for (const auto& [score, grade] : cases) EXPECT_EQ(GradeName(GradeOf(P(score), profile)), grade) << score;
}

Indicator MakeIndicator(const char* level1, const char* target, const char* actual, const char* weight) {
  Indicator ind;
  ind.level1 = level1;
  ind.name = "指标";
  ind.comparator = Comparator::kGreaterEqual;
  ind.target = Q(target);
  ind.actual = Q(actual);
  ind.weight = P(weight);
  return ind;
}

Project MakeProject(const char* budget, const char* executed) {
  Project p;
  p.name = "项目";
  p.budget.total = *ParseMoney(budget);
  p.executed = *ParseMoney(executed);
  return p;
}

TEST(ScoreProject, AddsBlocksAndGrades) {
  Project p = MakeProject("100", "95");
  p.indicators = {MakeIndicator("产出指标", "100", "100", "50"), MakeIndicator("效益指标", "10", "5", "30"),
                  MakeIndicator("满意度指标", "90", "95", "10")};
  const ProjectScore s = ScoreProject(p, ScoringProfile{});
  EXPECT_EQ(ToString(s.total), "84.50");  // 9.5 + 50 + 15 + 10
  EXPECT_EQ(ToString(s.max_scored), "100");
  ASSERT_TRUE(s.grade);
  EXPECT_EQ(GradeName(*s.grade), "良");
  EXPECT_EQ(ToString(*s.execution_rate), "95");
}

// Some provinces cap a total by the execution rate and take points off an indicator whose
// actual overshoots its target; the national default does neither.
ScoringProfile ProvincialCaps() {
  ScoringProfile profile;
  profile.execution_caps = {{Percent::FromWhole(80), P("89")}, {Percent::FromWhole(70), P("79")},
                            {Percent::FromWhole(60), P("69")}, {Percent::FromWhole(50), P("59")}};
  profile.over_achievement_deduction = P("2");
  return profile;
}

TEST(ScoreProject, ProvincialCapsLimitTheTotalByExecutionRate) {
  Project p = MakeProject("100", "75");  // 75%: capped at 89
  p.indicators = {MakeIndicator("产出指标", "100", "100", "50"), MakeIndicator("效益指标", "10", "10", "30"),
                  MakeIndicator("满意度指标", "90", "95", "10")};
  EXPECT_EQ(ToString(ScoreProject(p, ScoringProfile{}).total), "97.50");  // national: no cap
  const ProjectScore capped = ScoreProject(p, ProvincialCaps());
  EXPECT_EQ(ToString(capped.total), "89");
  ASSERT_FALSE(capped.notes.empty());
  EXPECT_EQ(capped.notes.back(), "预算执行率 75% 低于 80%，按评分规则总分由 97.50 分封顶为 89 分");
  p.executed = *ParseMoney("45");  // 45%: the strictest cap, 59
  EXPECT_EQ(ToString(ScoreProject(p, ProvincialCaps()).total), "59");
}

TEST(ScoreIndicator, OvershootingTheTargetCostsPointsWhenTheProfileSaysSo) {
  const Indicator overshoot = MakeIndicator("产出指标", "100", "130", "20");  // 130% of target
  EXPECT_EQ(ToString(*ScoreIndicator(overshoot, 0, P("20"), ScoringProfile{}).score), "20");
  const IndicatorScore s = ScoreIndicator(overshoot, 0, P("20"), ProvincialCaps());
  EXPECT_EQ(ToString(*s.score), "18");
  EXPECT_NE(s.note.find("扣 2 分"), std::string::npos) << s.note;
  EXPECT_EQ(ToString(*ScoreIndicator(MakeIndicator("产出指标", "100", "129", "20"), 0, P("20"), ProvincialCaps()).score),
            "20");
}

TEST(ScoreProject, WithoutIndicatorsIsPartialNeverFullMarks) {
  Project p = MakeProject("45500", "45500");
  p.satisfaction = Satisfaction{"职工", Comparator::kEqual, Percent::FromWhole(100), {}};
  const ProjectScore s = ScoreProject(p, ScoringProfile{});
  EXPECT_EQ(ToString(s.total), "20");  // execution 10 + satisfaction 10
  EXPECT_EQ(ToString(s.max_scored), "20");
  EXPECT_FALSE(s.grade);
  ASSERT_FALSE(s.notes.empty());
  EXPECT_NE(s.notes.back().find("不评定等级"), std::string::npos);
}

TEST(ScoreProject, StatedSatisfactionBelowBenchmarkScoresProportionally) {
  Project p = MakeProject("100", "100");
  p.satisfaction = Satisfaction{"群众", Comparator::kEqual, Percent::FromWhole(80), {}};
  const ProjectScore s = ScoreProject(p, ScoringProfile{});
  EXPECT_EQ(ToString(*s.blocks[3].earned), "8.89");  // 10 × 80/90
}

TEST(ScoreProject, NoSatisfactionMovesPointsToOutput) {
  Project p = MakeProject("100", "100");
  Indicator out = MakeIndicator("产出指标", "10", "10", "0");
  out.weight.reset();
  Indicator ben = MakeIndicator("效益指标", "10", "10", "0");
  ben.weight.reset();
  p.indicators = {out, ben};
  const ProjectScore s = ScoreProject(p, ScoringProfile{});
  EXPECT_EQ(ToString(s.blocks[1].max), "60");
  EXPECT_EQ(ToString(s.blocks[2].max), "30");
  EXPECT_EQ(ToString(s.total), "100");
}

TEST(ScoreProject, QualitativeTiersValidateTheTypedScore) {
  Project p = MakeProject("100", "100");
  Indicator q;
  q.level1 = "效益指标";
  q.name = "社会影响";
  q.qualitative = true;
  q.target_text = "达成年度指标";
  q.weight = P("10");
  struct Case {
    const char* actual;
    std::optional<const char*> typed;
    const char* expected;
  };
  const Case cases[] = {{"达成年度指标", std::nullopt, "10"}, {"达成年度指标", "8.5", "8.50"},
                        {"达成年度指标", "5", "8"},           {"部分达成年度指标并具有一定效果", "7", "7"},
                        {"部分达成年度指标并具有一定效果", "9", "6"}, {"未达成年度指标且效果较差", "3", "3"},
                        {"优", std::nullopt, "10"}};
  for (const auto& c : cases) {
    q.actual_text = c.actual;
    q.score_stated = c.typed ? std::optional<Points>(P(*c.typed)) : std::nullopt;
    p.indicators = {q};
    const ProjectScore s = ScoreProject(p, ScoringProfile{});
    ASSERT_EQ(s.indicators.size(), 1u);
    ASSERT_TRUE(s.indicators[0].score) << c.actual;
    EXPECT_EQ(ToString(*s.indicators[0].score), c.expected) << c.actual << " typed " << c.typed.value_or("-");
  }
}

TEST(ScoreEvaluation, DepartmentWeightsProjectsByBudget) {
  Evaluation ev;
  ev.funds.budget_total = *ParseMoney("1000");
  ev.funds.executed_total = *ParseMoney("900");
  Project a = MakeProject("300", "300");
  a.indicators = {MakeIndicator("产出指标", "10", "10", "90")};  // 100% of its indicator block
  Project b = MakeProject("100", "100");
  b.indicators = {MakeIndicator("产出指标", "10", "5", "90")};  // 50%
  ev.projects = {a, b};
  const Scores s = ScoreEvaluation(ev, ScoringProfile{});
  EXPECT_EQ(ToString(*s.overall.execution.earned), "9");
  EXPECT_EQ(ToString(*s.overall.indicators.earned), "78.75");  // 90 × (300·1 + 100·0.5)/400
  EXPECT_EQ(ToString(s.overall.total), "87.75");
  EXPECT_EQ(GradeName(*s.overall.grade), "良");
}

DepartmentIndicator MakeDepartmentIndicator(const char* name, Comparator comparator, const char* target,
                                            const char* actual, const char* weight) {
  DepartmentIndicator ind;
  ind.level1 = "产出指标";
  ind.name = name;
  ind.comparator = comparator;
  ind.target = Q(target);
  ind.actual = Q(actual);
  ind.unit = "%";
  ind.weight = P(weight);
  return ind;
}

// A department that states its 部门整体 indicators (DOMAIN.md §3): they, not the projects, make
// the 90-point block. Worked by hand:
//   execution   900 / 1000 = 90%                          → 10 × 0.9          =  9
//   预算完成率     ≥ 100, actual 90,  W 20                   → 20 × 90/100       = 18
//   三公经费控制率  ≤ 100, actual 110, W 20 (over by 10%)    → 20 × (1 − 10/100) = 18
//   在职人员控制率  ≤ 100, actual 95,  W 10                   → met               = 10
//   结转结余率     ≤ 10,  actual 25,  W 10 (A ≥ 2T)          →                     0
//   重点工作办结率  ≥ 100, actual 87.5, W 15                  → 15 × 0.875 = 13.125 → 13.13
//   管理制度健全性  qualitative, 部分达成, no typed score, W 15 → tier floor 0.6 × 15 = 9
//   indicators 18 + 18 + 10 + 0 + 13.13 + 9 = 68.13 of 90; total 9 + 68.13 = 77.13 → 中
// The one project scores 100% of its indicator block, which the old weighting would have made 90.
Evaluation DepartmentWithIndicators() {
  Evaluation ev;
  ev.funds.budget_total = *ParseMoney("1000");
  ev.funds.executed_total = *ParseMoney("900");
  Project a = MakeProject("300", "300");
  a.indicators = {MakeIndicator("产出指标", "10", "10", "90")};
  ev.projects = {a};
  DepartmentIndicator qualitative;
  qualitative.level1 = "效益指标";
  qualitative.name = "管理制度健全性";
  qualitative.qualitative = true;
  qualitative.target_text = "健全";
  qualitative.actual_text = "部分达成年度指标并具有一定效果";
  qualitative.weight = P("15");
  ev.department_indicators = {
      MakeDepartmentIndicator("预算完成率", Comparator::kGreaterEqual, "100", "90", "20"),
      MakeDepartmentIndicator("三公经费控制率", Comparator::kLessEqual, "100", "110", "20"),
      MakeDepartmentIndicator("在职人员控制率", Comparator::kLessEqual, "100", "95", "10"),
      MakeDepartmentIndicator("结转结余率", Comparator::kLessEqual, "10", "25", "10"),
      MakeDepartmentIndicator("重点工作办结率", Comparator::kGreaterEqual, "100", "87.5", "15"),
      qualitative};
  return ev;
}

TEST(ScoreEvaluation, DepartmentIndicatorsMakeTheIndicatorBlock) {
  const Scores s = ScoreEvaluation(DepartmentWithIndicators(), ScoringProfile{});
  const char* want[] = {"18", "18", "10", "0", "13.13", "9"};
  ASSERT_EQ(s.overall.department_indicators.size(), std::size(want));
  for (std::size_t i = 0; i < std::size(want); ++i) {
    ASSERT_TRUE(s.overall.department_indicators[i].score) << i;
    EXPECT_EQ(ToString(*s.overall.department_indicators[i].score), want[i]) << i;
    EXPECT_EQ(s.overall.department_indicators[i].index, i);
  }
  EXPECT_EQ(ToString(*s.overall.execution.earned), "9");
  EXPECT_EQ(ToString(s.overall.indicators.max), "90");
  EXPECT_EQ(ToString(*s.overall.indicators.earned), "68.13");
  EXPECT_EQ(ToString(s.overall.total), "77.13");
  EXPECT_EQ(ToString(s.overall.max_scored), "100");
  ASSERT_TRUE(s.overall.grade);
  EXPECT_EQ(GradeName(*s.overall.grade), "中");
  EXPECT_EQ(ToString(s.projects.at(0).total), "100");  // projects are still scored on their own
}

TEST(ScoreEvaluation, UnweightedDepartmentIndicatorsShareWhatIsLeftOfNinety) {
  Evaluation ev = DepartmentWithIndicators();
  ev.department_indicators.resize(3);
  ev.department_indicators[1].weight.reset();
  ev.department_indicators[2].weight.reset();
  // 90 − 20 stated = 70 left, 35 each: 三公经费控制率 35 × (1 − 10/100) = 31.50, 在职人员控制率 met = 35.
  const Scores s = ScoreEvaluation(ev, ScoringProfile{});
  ASSERT_EQ(s.overall.department_indicators.size(), 3u);
  EXPECT_EQ(ToString(s.overall.department_indicators[1].weight), "35");
  EXPECT_EQ(ToString(*s.overall.department_indicators[1].score), "31.50");
  EXPECT_EQ(ToString(*s.overall.indicators.earned), "84.50");  // 18 + 31.50 + 35
  EXPECT_EQ(ToString(s.overall.total), "93.50");
}

TEST(ScoreEvaluation, ADepartmentIndicatorWithoutActualLeavesTheBlockUnscored) {
  Evaluation ev = DepartmentWithIndicators();
  ev.department_indicators[0].actual.reset();
  const Scores s = ScoreEvaluation(ev, ScoringProfile{});
  EXPECT_FALSE(s.overall.department_indicators[0].score);
  EXPECT_EQ(s.overall.department_indicators[0].note, "未填写实际完成值，无法计分");
  EXPECT_FALSE(s.overall.indicators.earned);
  EXPECT_NE(s.overall.indicators.note.find("1 个部门整体绩效指标无法计分"), std::string::npos);
  EXPECT_FALSE(s.overall.grade);
  EXPECT_EQ(ToString(s.overall.total), "9");
  ASSERT_FALSE(s.overall.notes.empty());
  EXPECT_NE(s.overall.notes.back().find("不评定等级"), std::string::npos);
}

}  // namespace
}  // namespace jixiao
