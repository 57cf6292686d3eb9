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

}  // namespace
}  // namespace jixiao
