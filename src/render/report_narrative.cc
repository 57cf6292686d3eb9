// The narrative part of the report, mirroring the structure of published reports
// (tests/fixtures/reports/qiannan-natural-resources-2022.txt).
#include "render/display.h"
#include "render/report_parts.h"

namespace jixiao::report {

namespace {

std::string YearText(const Evaluation& ev) { return ev.year ? std::to_string(*ev.year) + "年" : "本年度"; }

void AddFunctions(const Context& c, Blocks& out) {
  out.push_back(Head(2, "（一）单位职能概述"));
  const auto& functions = c.evaluation.functions;
  if (functions.empty()) out.push_back(Para("报告未列明单位职能。"));
  for (std::size_t i = 0; i < functions.size(); ++i) {
    std::string text = Sentence(functions[i]);
    if (i + 1 < functions.size() && text.ends_with("。")) text.resize(text.size() - 3), text += "；";
    out.push_back(Para(std::move(text), display::HeadingNumber(3, static_cast<int>(i) + 1)));
  }
}

void AddTasks(const Context& c, Blocks& out) {
  out.push_back(Head(2, "（二）" + YearText(c.evaluation) + "的年度工作目标完成情况"));
  const auto& tasks = c.evaluation.tasks;
  if (tasks.empty()) out.push_back(Para("报告未列明年度工作目标。"));
  for (std::size_t i = 0; i < tasks.size(); ++i) {
    const Task& t = tasks[i];
    const std::string number = display::HeadingNumber(3, static_cast<int>(i) + 1);
    out.push_back(Para(Sentence(t.task.value_or("（未填写）")), number + "年度工作任务："));
    if (t.completion) out.push_back(Para(Sentence(*t.completion), "完成情况："));
    if (t.achievements) out.push_back(Para(Sentence(*t.achievements), "取得的成绩："));
  }
}

std::string EconomicClassSentence(const Context& c) {
  const DepartmentFunds& funds = c.evaluation.funds;
  std::string text;
  Money sum;
  for (const auto& item : funds.by_economic_class) {
    if (!text.empty()) text += "，";
    text += item.economic_class + (item.amount ? display::AmountWithUnit(*item.amount, c.unit) : "（金额未说明）");
    if (item.amount) sum += *item.amount;
  }
  if (text.empty()) return "报告未按经济分类列明经费下达情况。";
  text += "，合计" + display::AmountWithUnit(sum, c.unit) + "。";
  if (const auto& pf = funds.project_funds; pf && pf->total) {
    text += "其中，项目经费" + display::AmountWithUnit(*pf->total, c.unit);
    if (pf->own_level || pf->superior) {
      text += "（本级安排" + display::OptionalAmount(pf->own_level, c.unit) + MoneyUnitWord(c.unit).data() +
              "，上级补助" + display::OptionalAmount(pf->superior, c.unit) + MoneyUnitWord(c.unit).data() + "）";
    }
    text += "。";
  }
  return text;
}

std::string ExecutionSentence(const Context& c) {
  const DepartmentFunds& funds = c.evaluation.funds;
  const auto& computed = c.scores.overall.execution_rate;
  std::string text = "全年预算数" + (funds.budget_total ? display::AmountWithUnit(*funds.budget_total, c.unit) : "未说明") +
                     "，全年执行数" +
                     (funds.executed_total ? display::AmountWithUnit(*funds.executed_total, c.unit) : "未说明");
  if (funds.execution_rate_stated) {
    text += "，预算完成率" + display::StatedPercent(*funds.execution_rate_stated);
    if (computed && *computed != *funds.execution_rate_stated) {
      text += "（按全年执行数÷全年预算数计算为" + display::PercentText(*computed) + "）";
    }
  } else if (computed) {
    text += "，预算完成率" + display::PercentText(*computed);
  }
  text += funds.shortfall_reason ? "，" + Sentence(*funds.shortfall_reason) : "。";
  return text;
}

void AddFunds(const Context& c, Blocks& out) {
  out.push_back(Head(2, "（三）" + YearText(c.evaluation) + "财政经费下达及预算执行情况"));
  out.push_back(Para(EconomicClassSentence(c), "1.财政经费下达情况："));
  if (!c.evaluation.funds.by_economic_class.empty()) out.push_back(FundsTable(c));
  out.push_back(Para(ExecutionSentence(c), "2.预算执行情况："));
  out.push_back(ExecutionTable(c));
  if (c.options.include_charts && !c.evaluation.projects.empty()) {
    for (auto& chart : SplitChart(BudgetChart(c))) out.push_back(std::move(chart));
    for (auto& chart : SplitChart(RateChart(c))) out.push_back(std::move(chart));
  }
}

std::string UseOfFunds(const Context& c, const Project& p, std::size_t index) {
  std::string text = "全年预算数" + display::OptionalAmount(p.budget.total, c.unit) + MoneyUnitWord(c.unit).data();
  if (p.budget.fiscal || p.budget.other) {
    text += "（其中，财政拨款资金" + display::OptionalAmount(p.budget.fiscal, c.unit) + MoneyUnitWord(c.unit).data() +
            "，其他资金" + display::OptionalAmount(p.budget.other, c.unit) + MoneyUnitWord(c.unit).data() + "）";
  }
  text += "，全年执行数" + display::OptionalAmount(p.executed, c.unit) + MoneyUnitWord(c.unit).data();
  const auto& computed = c.scores.projects.at(index).execution_rate;
  if (p.execution_rate_stated) {
    text += "，执行率" + display::StatedPercent(*p.execution_rate_stated);
    if (computed && *computed != *p.execution_rate_stated) {
      text += "（按全年执行数÷全年预算数计算为" + display::PercentText(*computed) + "）";
    }
  } else if (computed) {
    text += "，执行率" + display::PercentText(*computed);
  }
  return text + "。";
}

std::string SatisfactionText(const Satisfaction& s) {
  std::string text = s.subject.value_or("服务对象") + "满意度";
  if (!s.stated) return text + "未说明。";
  switch (s.comparator) {
    case Comparator::kGreater: text += "大于"; break;
    case Comparator::kGreaterEqual: text += "不低于"; break;
    case Comparator::kLess: text += "小于"; break;
    case Comparator::kLessEqual: text += "不高于"; break;
    case Comparator::kEqual: text += "为"; break;
  }
  return text + display::StatedPercent(*s.stated) + "。";
}

void AddProject(const Context& c, std::size_t index, int number, Blocks& out) {
  const Project& p = c.evaluation.projects[index];
  out.push_back(Head(3, display::HeadingNumber(3, number) + p.name));
  int item = 0;
  auto add = [&](const std::string& label, std::string text) {
    out.push_back(Para(std::move(text), display::HeadingNumber(4, ++item) + label + "："));
  };
  add("资金使用情况", UseOfFunds(c, p, index));
  add("项目实施情况", p.implementation ? Sentence(*p.implementation) : "报告未说明。");
  add("产生的效益", p.benefits ? Sentence(*p.benefits) : "报告未说明。");
  add("满意度", p.satisfaction ? SatisfactionText(*p.satisfaction) : "报告未说明。");
  if (p.shortfall_reason) add("未完成原因", Sentence(*p.shortfall_reason));
}

}  // namespace

void AddOverall(const Context& c, Blocks& out) {
  out.push_back(Head(1, "一、整体支出绩效自评情况"));
  AddFunctions(c, out);
  AddTasks(c, out);
  AddFunds(c, out);
}

void AddProjects(const Context& c, Blocks& out) {
  out.push_back(Head(1, "二、项目支出绩效自评情况"));
  const auto& projects = c.evaluation.projects;
  if (projects.empty()) out.push_back(Para("报告未列明项目支出。"));
  struct Group {
    std::optional<ProjectLevel> level;
    const char* name;
  };
  const Group groups[] = {{ProjectLevel::kOwn, "本级资金安排的项目"},
                          {ProjectLevel::kSuperior, "上级资金安排的项目"},
                          {std::nullopt, "资金来源未说明的项目"}};
  int group_number = 0;
  for (const Group& g : groups) {
    int number = 0;
    for (std::size_t i = 0; i < projects.size(); ++i) {
      if (projects[i].level != g.level) continue;
      if (number == 0) out.push_back(Head(2, display::HeadingNumber(2, ++group_number) + g.name));
      AddProject(c, i, ++number, out);
    }
  }
}

void AddNextSteps(const Context& c, Blocks& out) {
  out.push_back(Head(1, "三、下一步工作打算"));
  const auto& steps = c.evaluation.next_steps;
  if (steps.empty()) out.push_back(Para("报告未说明下一步工作打算。"));
  for (std::size_t i = 0; i < steps.size(); ++i) {
    out.push_back(Para(Sentence(steps[i]), display::HeadingNumber(2, static_cast<int>(i) + 1)));
  }
}

}  // namespace jixiao::report
