#include "rules/audit.h"

#include <functional>
#include <set>

#include <gtest/gtest.h>

#include "core/money.h"

namespace jixiao {
namespace {

Money M(const char* text) { return *ParseMoney(text); }
Quantity Q(const char* text) { return *ParseFixed<Quantity>(text); }
Points P(const char* text) { return *ParseFixed<Points>(text); }

Indicator MakeIndicator(const char* level1, const char* name, const char* target, const char* actual, const char* weight) {
  Indicator ind;
  ind.level1 = level1;
  ind.name = name;
  ind.comparator = Comparator::kGreaterEqual;
  ind.target = Q(target);
  ind.actual = Q(actual);
  ind.unit = "个";
  ind.weight = P(weight);
  return ind;
}

Project MakeProject(const char* name, ProjectLevel level, const char* budget, const char* executed, int satisfaction) {
  Project p;
  p.name = name;
  p.level = level;
  p.budget = {M(budget), M(budget), M("0"), {}};
  p.executed = M(executed);
  p.execution_rate_stated = PercentOf(*p.executed, *p.budget.total);
  p.satisfaction = Satisfaction{"服务对象", Comparator::kEqual, Percent::FromWhole(satisfaction), {}};
  p.indicators = {MakeIndicator("产出指标", "完成数量", "10", "10", "50"),
                  MakeIndicator("效益指标", "受益人数", "100", "110", "30"),
                  MakeIndicator("满意度指标", "服务对象满意度", "90", "95", "10")};
  return p;
}

DepartmentIndicator DepartmentRow(const char* name, Comparator comparator, const char* target, const char* actual,
                                  const char* weight) {
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

// A consistent department: every rule stays silent on it.
Evaluation CleanEvaluation() {
  Evaluation ev;
  ev.unit.name = "某县某局";
  ev.year = 2022;
  ev.funds.by_economic_class = {{"工资福利支出", M("600"), {}}, {"商品和服务支出", M("400"), {}}};
  ev.funds.budget_total = M("1000");
  ev.funds.executed_total = M("950");
  ev.funds.execution_rate_stated = Percent::FromWhole(95);
  ev.funds.project_funds = ProjectFunds{M("500"), M("300"), M("200"), {}};
  ev.projects = {MakeProject("甲项目", ProjectLevel::kOwn, "200", "200", 95),
                 MakeProject("乙项目", ProjectLevel::kOwn, "100", "95", 92),
                 MakeProject("丙项目", ProjectLevel::kSuperior, "200", "190", 88)};
  ev.department_indicators = {DepartmentRow("预算完成率", Comparator::kGreaterEqual, "95", "95", "40"),
                              DepartmentRow("三公经费控制率", Comparator::kLessEqual, "100", "90", "30"),
                              DepartmentRow("重点工作办结率", Comparator::kGreaterEqual, "100", "100", "20")};
  return ev;
}

struct RuleCase {
  std::string rule;
  std::function<void(Evaluation&)> break_it;
  std::string message_part;
};

const std::vector<RuleCase>& Cases() {
  static const std::vector<RuleCase> cases = {
      {"dept.execution_rate", [](Evaluation& e) { e.funds.execution_rate_stated = Percent::FromWhole(96); },
       "= 95%，与所述执行率 96% 相差 1 个百分点"},
      {"dept.executed_over_budget", [](Evaluation& e) { e.funds.executed_total = M("1000.01"); }, "多 0.01 元"},
      {"dept.shortfall_without_reason",
       [](Evaluation& e) { e.funds.executed_total = M("800"), e.funds.execution_rate_stated.reset(); },
       "部门预算执行率 80% 低于 90%"},
      {"funds.economic_class_sum", [](Evaluation& e) { e.funds.by_economic_class[1].amount = M("399.5"); },
       "比全年预算数 1000 元 少 0.50 元"},
      {"funds.project_funds_split", [](Evaluation& e) { e.funds.project_funds->total = M("510"); }, "少 10 元"},
      {"funds.project_level_sum", [](Evaluation& e) { e.funds.project_funds->superior = M("250"); },
       "上级补助的 1 个项目全年预算数合计 200 元，比所述上级补助项目经费 250 元 少 50 元"},
      {"funds.project_execution_sum", [](Evaluation& e) { e.funds.executed_total = M("400"); }, "超过部门全年执行数 400 元"},
      {"project.execution_rate", [](Evaluation& e) { e.projects[1].execution_rate_stated = Percent::FromWhole(100); },
       "项目 2「乙项目」：全年执行数 95 元 ÷ 全年预算数 100 元 = 95%，与所述执行率 100% 不符"},
      {"project.budget_composition", [](Evaluation& e) { e.projects[0].budget.other = M("5"); }, "多 5 元"},
      {"project.executed_over_budget", [](Evaluation& e) { e.projects[0].executed = M("201"); }, "多 1 元"},
      {"project.full_rate_claimed", [](Evaluation& e) { e.projects[1].execution_rate_stated = Percent::FromWhole(100); },
       "所述执行率 100%，但全年执行数 95 元 与全年预算数 100 元 不等，少 5 元"},
      {"project.shortfall_without_reason", [](Evaluation& e) { e.projects[2].executed = M("100"); },
       "项目 3「丙项目」：预算执行率 50% 低于 90%"},
      {"project.missing_figures", [](Evaluation& e) { e.projects[0].executed.reset(); }, "未列明全年执行数"},
      {"project.no_quantified_indicator", [](Evaluation& e) { e.projects[0].indicators.clear(); },
       "项目 1「甲项目」：未列出量化绩效指标"},
      {"indicator.missed_without_reason", [](Evaluation& e) { e.projects[0].indicators[0].actual = Q("8"); },
       "指标「完成数量」未达成（指标值 10个，实际完成 8个）"},
      {"project.indicator_weights", [](Evaluation& e) { e.projects[0].indicators[0].weight = P("40"); },
       "指标分值合计 80 分，应为 90 分"},
      {"dept.indicator_weights", [](Evaluation& e) { e.department_indicators[2].weight.reset(); },
       "部门整体：指标分值合计 70 分，应为 90 分（1 个指标未填写分值）"},
      {"indicator.over_achieved_without_note", [](Evaluation& e) { e.projects[0].indicators[1].actual = Q("130"); },
       "实际完成 130个，远超指标值 100个"},
      {"indicator.score_stated", [](Evaluation& e) { e.projects[0].indicators[0].score_stated = P("45"); },
       "所填得分 45 分，按评分规则应为 50 分"},
      {"project.satisfaction_missing",
       [](Evaluation& e) { e.projects[0].satisfaction.reset(), e.projects[0].indicators.pop_back(); },
       "未列出满意度"},
      {"evaluation.satisfaction_pasted",
       [](Evaluation& e) {
         for (auto& p : e.projects) p.satisfaction->stated = Percent::FromWhole(90);
       },
       "3 个项目中有 3 个的满意度同为 90%（项目 1、2、3）"},
      {"evaluation.satisfaction_pasted",
       [](Evaluation& e) {
         for (auto& p : e.projects) p.satisfaction.reset(), p.indicators[2].actual = Q("95");
       },
       "3 个项目中有 3 个的满意度同为 95%（项目 1、2、3）"},
  };
  return cases;
}

TEST(Audit, CleanDocumentHasNoFindings) {
  const auto findings = Audit(CleanEvaluation(), ScoringProfile{});
  for (const auto& f : findings) ADD_FAILURE() << f.rule << ": " << f.message;
}

TEST(Audit, EachRuleFiresOnItsBreakage) {
  for (const auto& c : Cases()) {
    Evaluation ev = CleanEvaluation();
    c.break_it(ev);
    const auto findings = Audit(ev, ScoringProfile{});
    bool found = false;
    for (const auto& f : findings) {
      if (f.rule != c.rule) continue;
      found = true;
      EXPECT_NE(f.message.find(c.message_part), std::string::npos) << c.rule << " said: " << f.message;
    }
    EXPECT_TRUE(found) << c.rule << " did not fire";
  }
}

TEST(Audit, EveryRuleHasACaseAndConsistentSeverity) {
  std::set<std::string> covered;
  for (const auto& c : Cases()) covered.insert(c.rule);
  for (const RuleInfo& info : AuditRules()) {
    EXPECT_TRUE(covered.contains(std::string(info.id))) << info.id << " has no test case";
    Evaluation ev = CleanEvaluation();
    for (const auto& c : Cases()) {
      if (c.rule == info.id) c.break_it(ev);
    }
    for (const auto& f : Audit(ev, ScoringProfile{})) {
      if (f.rule == info.id) {
        EXPECT_EQ(f.severity, info.severity) << info.id;
      }
    }
  }
}

struct DepartmentCase {
  std::function<void(Evaluation&)> break_it;
  std::string rule;
  std::string path;
  std::string message_part;
};

// The per-indicator checks run on the 部门整体 indicators too, pointing into /department_indicators.
TEST(Audit, DepartmentIndicatorsAreCheckedLikeProjectIndicators) {
  const DepartmentCase cases[] = {
      {[](Evaluation& e) { e.department_indicators[0].actual = Q("22.52"); }, "indicator.missed_without_reason",
       "/department_indicators/0/deviation_reason", "部门整体指标「预算完成率」未达成（指标值 95%，实际完成 22.52%）"},
      {[](Evaluation& e) { e.department_indicators[1].actual = Q("120"); }, "indicator.missed_without_reason",
       "/department_indicators/1/deviation_reason", "部门整体指标「三公经费控制率」未达成"},
      {[](Evaluation& e) {
         DepartmentIndicator& ind = e.department_indicators[1];
         ind.score_stated = P("30"), ind.actual = Q("120"), ind.deviation_reason = "公务接待增加";
       },
       "indicator.score_stated", "/department_indicators/1/score_stated",
       "部门整体指标「三公经费控制率」：所填得分 30 分，按评分规则应为 24 分"},  // 30 × (1 − 20/100)
      {[](Evaluation& e) { e.department_indicators[2].target = Q("10"), e.department_indicators[2].actual = Q("13"); },
       "indicator.over_achieved_without_note", "/department_indicators/2/deviation_reason", "实际完成 13%，远超指标值 10%"},
      {[](Evaluation& e) { e.department_indicators[0].weight = P("50"); }, "dept.indicator_weights",
       "/department_indicators", "部门整体：指标分值合计 100 分，应为 90 分"},
  };
  for (const auto& c : cases) {
    Evaluation ev = CleanEvaluation();
    c.break_it(ev);
    const auto findings = Audit(ev, ScoringProfile{});
    ASSERT_EQ(findings.size(), 1u) << c.rule << ": " << (findings.empty() ? "none" : findings[0].rule);
    EXPECT_EQ(findings[0].rule, c.rule);
    EXPECT_EQ(findings[0].path, c.path);
    EXPECT_NE(findings[0].message.find(c.message_part), std::string::npos) << findings[0].message;
  }
}

TEST(Audit, MissingFiguresSkipChecksInsteadOfGuessing) {
  Evaluation ev;
  ev.projects.push_back(Project{});
  ev.projects[0].name = "空项目";
  std::set<std::string> rules;
  for (const auto& f : Audit(ev, ScoringProfile{})) rules.insert(f.rule);
  EXPECT_EQ(rules, (std::set<std::string>{"project.missing_figures", "project.no_quantified_indicator",
                                          "project.satisfaction_missing"}));
}

}  // namespace
}  // namespace jixiao
