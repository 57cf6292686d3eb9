#include <map>

#include "rules/audit_checks.h"
#include "rules/qualitative.h"
#include "rules/scoring.h"

namespace jixiao::checks {

namespace {

bool HasReason(const Indicator& ind) { return ind.deviation_reason && !ind.deviation_reason->empty(); }
bool IsQuantified(const Indicator& ind) { return !ind.qualitative && ind.target.has_value(); }
bool PointsUp(Comparator c) { return c != Comparator::kLess && c != Comparator::kLessEqual; }

// One indicator of the document, as the findings name it: "项目 3「…」 指标「…」" at
// "/projects/2/indicators/0", or "部门整体指标「…」" at "/department_indicators/0".
struct IndicatorAt {
  const Indicator& indicator;
  std::string label;
  std::string path;
};

// A list of indicators whose weights add up to the profile's total: a project's, or the department's.
struct IndicatorGroup {
  bool department = false;
  std::string label;       // "项目 3「…」" | "部门整体"
  std::string item_label;  // before each indicator's 「name」: "项目 3「…」 指标" | "部门整体指标"
  std::string path;        // the JSON pointer of the list
  std::vector<const Indicator*> indicators;
};

// Whether a quantitative indicator missed its target (DOMAIN.md §1 comparator table).
bool Missed(const Indicator& ind) {
  if (ind.qualitative) {
    const auto tier = TierOf(ind);
    return tier && *tier != QualitativeTier::kAchieved;
  }
  if (!ind.target || !ind.actual) return false;
  const Comparator c = ind.comparator.value_or(Comparator::kGreaterEqual);
  if (c == Comparator::kEqual && ind.target->is_zero()) return ind.actual->units() > 0;
  return PointsUp(c) ? *ind.actual < *ind.target : *ind.actual > *ind.target;
}

std::string ValueText(const std::optional<Quantity>& q, const Indicator& ind) {
  return (q ? ToString(*q) : "—") + ind.unit.value_or("");
}

// Each project's indicators, then the department's (DOMAIN.md §3), in document order.
std::vector<IndicatorGroup> IndicatorGroups(const Evaluation& ev) {
  std::vector<IndicatorGroup> groups;
  for (std::size_t p = 0; p < ev.projects.size(); ++p) {
    const std::string label = ProjectLabel(ev, p);
    groups.push_back({false, label, label + " 指标", ProjectPath(p) + "/indicators", {}});
    for (const auto& ind : ev.projects[p].indicators) groups.back().indicators.push_back(&ind);
  }
  if (!ev.department_indicators.empty()) {
    groups.push_back({true, "部门整体", "部门整体指标", "/department_indicators", {}});
    for (const auto& ind : ev.department_indicators) groups.back().indicators.push_back(&ind);
  }
  return groups;
}

template <typename F>
void ForEachIndicator(const Evaluation& ev, F f) {
  for (const IndicatorGroup& group : IndicatorGroups(ev)) {
    for (std::size_t i = 0; i < group.indicators.size(); ++i) {
      const Indicator& ind = *group.indicators[i];
      f(IndicatorAt{ind, group.item_label + "「" + ind.name + "」", group.path + "/" + std::to_string(i)});
    }
  }
}

// The weights of a group that states any must all be stated and add up to the indicator total.
void WeightsTotal(const IndicatorGroup& group, const Context& c, std::string_view rule, Findings& out) {
  Points sum;
  std::size_t weighted = 0;
  for (const Indicator* ind : group.indicators) {
    if (ind->weight) sum += *ind->weight, ++weighted;
  }
  if (weighted == 0 || (weighted == group.indicators.size() && sum == c.profile.indicator_total)) return;
  std::string message = group.label + "：指标分值合计 " + ToString(sum) + " 分，应为 " +
                        ToString(c.profile.indicator_total) + " 分";
  if (weighted < group.indicators.size()) {
    message += "（" + std::to_string(group.indicators.size() - weighted) + " 个指标未填写分值）";
  }
  out.push_back(MakeFinding(std::string(rule), Severity::kWarning, message, group.path, ToString(sum),
                            ToString(c.profile.indicator_total)));
}

}  // namespace

void NoQuantifiedIndicator(const Context& c, Findings& out) {
  std::vector<std::size_t> lacking;
  const auto& projects = c.evaluation.projects;
  for (std::size_t p = 0; p < projects.size(); ++p) {
    bool quantified = false;
    for (const auto& ind : projects[p].indicators) quantified |= IsQuantified(ind);
    if (!quantified) lacking.push_back(p);
  }
  if (lacking.size() >= 2 && lacking.size() == projects.size()) {
    out.push_back(MakeFinding("project.no_quantified_indicator", Severity::kWarning,
                              "全部 " + std::to_string(projects.size()) +
                                  " 个项目均未列出量化绩效指标（指标值与实际完成值），产出、效益无法量化评价",
                              "/projects"));
    return;
  }
  for (std::size_t p : lacking) {
    out.push_back(MakeFinding("project.no_quantified_indicator", Severity::kWarning,
                              ProjectLabel(c.evaluation, p) + "：未列出量化绩效指标（指标值与实际完成值）",
                              ProjectPath(p) + "/indicators"));
  }
}

void IndicatorMissedWithoutReason(const Context& c, Findings& out) {
  ForEachIndicator(c.evaluation, [&](const IndicatorAt& at) {
    const Indicator& ind = at.indicator;
    if (!Missed(ind) || HasReason(ind)) return;
    const std::string values = ind.qualitative
                                   ? "目标「" + ind.target_text.value_or("—") + "」，完成「" + ind.actual_text.value_or("—") + "」"
                                   : "指标值 " + ValueText(ind.target, ind) + "，实际完成 " + ValueText(ind.actual, ind);
    out.push_back(MakeFinding("indicator.missed_without_reason", Severity::kWarning,
                              at.label + "未达成（" + values + "），但未说明偏差原因", at.path + "/deviation_reason"));
  });
}

void IndicatorWeightsTotal(const Context& c, Findings& out) {
  for (const IndicatorGroup& group : IndicatorGroups(c.evaluation)) {
    if (!group.department) WeightsTotal(group, c, "project.indicator_weights", out);
  }
}

void DepartmentIndicatorWeightsTotal(const Context& c, Findings& out) {
  for (const IndicatorGroup& group : IndicatorGroups(c.evaluation)) {
    if (group.department) WeightsTotal(group, c, "dept.indicator_weights", out);
  }
}

void OverAchievedWithoutNote(const Context& c, Findings& out) {
  ForEachIndicator(c.evaluation, [&](const IndicatorAt& at) {
    const Indicator& ind = at.indicator;
    if (ind.qualitative || !ind.target || !ind.actual || HasReason(ind)) return;
    if (!PointsUp(ind.comparator.value_or(Comparator::kGreaterEqual))) return;
    const Int128 target = ind.target->units();
    const Int128 actual = ind.actual->units();
    const bool fires = target > 0 ? actual * 10000 >= target * c.profile.over_achievement_ratio.units()
                                  : *ind.actual >= c.profile.over_achievement_zero_target;
    if (!fires) return;
    out.push_back(MakeFinding("indicator.over_achieved_without_note", Severity::kWarning,
                              at.label + "实际完成 " + ValueText(ind.actual, ind) + "，远超指标值 " +
                                  ValueText(ind.target, ind) + "（触发线 " + ToString(c.profile.over_achievement_ratio) +
                                  "%），指标值可能设置偏低，须说明原因",
                              at.path + "/deviation_reason", ToString(*ind.target), ToString(*ind.actual)));
  });
}

void IndicatorStatedScore(const Context& c, Findings& out) {
  ForEachIndicator(c.evaluation, [&](const IndicatorAt& at) {
    const Indicator& ind = at.indicator;
    if (!ind.score_stated || !ind.weight) return;
    std::optional<Points> computed;
    if (ind.qualitative) {
      const QualitativeResult q = ScoreQualitative(ind, *ind.weight, c.profile);
      if (!q.stated_out_of_band) return;
      computed = q.score;
    } else if (ind.target && ind.actual) {
      computed = ScoreQuantitative(ind.comparator.value_or(Comparator::kGreaterEqual), *ind.target, *ind.actual,
                                   *ind.weight, c.profile.reverse_rule);
      if (*computed == *ind.score_stated) return;
    } else {
      return;
    }
    out.push_back(MakeFinding("indicator.score_stated", Severity::kWarning,
                              at.label + "：所填得分 " + ToString(*ind.score_stated) + " 分，按评分规则应为 " +
                                  ToString(*computed) + " 分",
                              at.path + "/score_stated", ToString(*ind.score_stated), ToString(*computed)));
  });
}

void SatisfactionMissing(const Context& c, Findings& out) {
  for (std::size_t p = 0; p < c.evaluation.projects.size(); ++p) {
    const Project& project = c.evaluation.projects[p];
    bool has = project.satisfaction && project.satisfaction->stated;
    for (const auto& ind : project.indicators) has |= BlockOfIndicator(ind) == Block::kSatisfaction;
    if (has) continue;
    out.push_back(MakeFinding("project.satisfaction_missing", Severity::kWarning,
                              ProjectLabel(c.evaluation, p) + "：未列出满意度（服务对象满意度指标）",
                              ProjectPath(p) + "/satisfaction"));
  }
}

// A project's satisfaction figure: the one its text states, else its satisfaction indicator's actual.
std::optional<Percent> SatisfactionFigure(const Project& project) {
  if (project.satisfaction && project.satisfaction->stated) return project.satisfaction->stated;
  for (const auto& ind : project.indicators) {
    if (BlockOfIndicator(ind) != Block::kSatisfaction || ind.qualitative || !ind.actual) continue;
    if (ind.actual->units() % 100 == 0) return Percent::FromUnits(ind.actual->units() / 100);
  }
  return std::nullopt;
}

void SatisfactionPasted(const Context& c, Findings& out) {
  std::map<Percent, std::vector<std::size_t>> by_value;
  const auto& projects = c.evaluation.projects;
  for (std::size_t p = 0; p < projects.size(); ++p) {
    if (auto figure = SatisfactionFigure(projects[p])) by_value[*figure].push_back(p);
  }
  for (const auto& [value, which] : by_value) {
    const Int128 share = static_cast<Int128>(which.size()) * 10000;
    if (static_cast<int>(which.size()) < c.profile.pasted_satisfaction_min_projects ||
        share <= static_cast<Int128>(projects.size()) * c.profile.pasted_satisfaction_share.units()) {
      continue;
    }
    std::string list;
    for (std::size_t p : which) list += (list.empty() ? "" : "、") + std::to_string(p + 1);
    out.push_back(MakeFinding("evaluation.satisfaction_pasted", Severity::kWarning,
                              std::to_string(projects.size()) + " 个项目中有 " + std::to_string(which.size()) +
                                  " 个的满意度同为 " + ToString(value) + "%（项目 " + list +
                                  "），疑似照搬同一数字，请核实各项目的满意度调查依据",
                              "/projects", std::nullopt, ToString(value)));
  }
}

}  // namespace jixiao::checks
