// Writing half of the evaluation codec: Evaluation -> JSON in FORMAT.md field order.
#include "core/money.h"
#include "format/evaluation_json.h"

namespace jixiao {

namespace {

using Json = nlohmann::ordered_json;

Json Str(const std::optional<std::string>& value) { return value ? Json(*value) : Json(nullptr); }
Json MoneyJson(const std::optional<Money>& value) { return value ? Json(ToYuanString(*value)) : Json(nullptr); }
template <typename T>
Json FixedJson(const std::optional<T>& value) {
  return value ? Json(ToString(*value)) : Json(nullptr);
}

void AddExtras(Json& out, const Extras& extras) {
  for (const auto& [key, raw] : extras) out[key] = Json::parse(raw);
}

Json TaskJson(const Task& task) {
  Json out = {{"task", Str(task.task)}, {"completion", Str(task.completion)}, {"achievements", Str(task.achievements)}};
  AddExtras(out, task.extras);
  return out;
}

Json FundsJson(const DepartmentFunds& funds) {
  Json classes = Json::array();
  for (const auto& row : funds.by_economic_class) {
    Json item = {{"class", row.economic_class}, {"amount", MoneyJson(row.amount)}};
    AddExtras(item, row.extras);
    classes.push_back(item);
  }
  Json split = nullptr;
  if (funds.project_funds) {
    const ProjectFunds& pf = *funds.project_funds;
    split = {{"total", MoneyJson(pf.total)}, {"own_level", MoneyJson(pf.own_level)}, {"superior", MoneyJson(pf.superior)}};
    AddExtras(split, pf.extras);
  }
  Json out = {{"by_economic_class", classes},
              {"project_funds", split},
              {"budget_total", MoneyJson(funds.budget_total)},
              {"executed_total", MoneyJson(funds.executed_total)},
              {"execution_rate_stated", FixedJson(funds.execution_rate_stated)},
              {"shortfall_reason", Str(funds.shortfall_reason)}};
  AddExtras(out, funds.extras);
  return out;
}

// An indicator; `formula` is written (after the name, as FORMAT.md orders it) for 部门整体 rows only.
Json IndicatorJson(const Indicator& ind, const std::optional<std::string>* formula = nullptr) {
  const Json target = ind.qualitative ? Str(ind.target_text) : FixedJson(ind.target);
  const Json actual = ind.qualitative ? Str(ind.actual_text) : FixedJson(ind.actual);
  Json out = {{"level1", Str(ind.level1)}, {"level2", Str(ind.level2)}, {"name", ind.name}};
  if (formula != nullptr) out["formula"] = Str(*formula);
  out["comparator"] = ind.comparator ? Json(std::string(ComparatorSymbol(*ind.comparator))) : Json(nullptr);
  out["target"] = target;
  out["actual"] = actual;
  out["unit"] = Str(ind.unit);
  out["weight"] = FixedJson(ind.weight);
  out["score_stated"] = FixedJson(ind.score_stated);
  out["deviation_reason"] = Str(ind.deviation_reason);
  out["qualitative"] = ind.qualitative;
  AddExtras(out, ind.extras);
  return out;
}

Json ProjectJson(const Project& project) {
  Json budget = {{"total", MoneyJson(project.budget.total)},
                 {"fiscal", MoneyJson(project.budget.fiscal)},
                 {"other", MoneyJson(project.budget.other)}};
  AddExtras(budget, project.budget.extras);
  Json satisfaction = nullptr;
  if (project.satisfaction) {
    const Satisfaction& s = *project.satisfaction;
    satisfaction = {{"subject", Str(s.subject)},
                    {"comparator", std::string(ComparatorSymbol(s.comparator))},
                    {"stated", FixedJson(s.stated)}};
    AddExtras(satisfaction, s.extras);
  }
  Json indicators = Json::array();
  for (const auto& ind : project.indicators) indicators.push_back(IndicatorJson(ind));
  Json level = nullptr;
  if (project.level) level = *project.level == ProjectLevel::kOwn ? "own" : "superior";
  Json out = {{"name", project.name},
              {"level", level},
              {"budget", budget},
              {"executed", MoneyJson(project.executed)},
              {"execution_rate_stated", FixedJson(project.execution_rate_stated)},
              {"implementation", Str(project.implementation)},
              {"benefits", Str(project.benefits)},
              {"satisfaction", satisfaction},
              {"shortfall_reason", Str(project.shortfall_reason)},
              {"indicators", indicators}};
  AddExtras(out, project.extras);
  return out;
}

Json ProvenanceJson(const std::map<std::string, SourceSpan>& provenance) {
  Json out = Json::object();
  for (const auto& [pointer, span] : provenance) {
    Json item = Json::object();
    if (span.page > 0) item["page"] = span.page;
    if (span.paragraph > 0) item["paragraph"] = span.paragraph;
    if (span.sheet > 0) item["sheet"] = span.sheet;
    item["line"] = span.line;
    item["column"] = span.column;
    item["excerpt"] = span.excerpt;
    out[pointer] = item;
  }
  return out;
}

}  // namespace

Json EvaluationToJson(const Evaluation& ev) {
  Json unit = {{"name", Str(ev.unit.name)}, {"code", Str(ev.unit.code)}};
  AddExtras(unit, ev.unit.extras);
  Json tasks = Json::array();
  for (const auto& t : ev.tasks) tasks.push_back(TaskJson(t));
  Json projects = Json::array();
  for (const auto& p : ev.projects) projects.push_back(ProjectJson(p));
  Json department_indicators = Json::array();
  for (const auto& ind : ev.department_indicators) department_indicators.push_back(IndicatorJson(ind, &ind.formula));
  Json out = {{"format", std::string(kEvaluationFormat)},
              {"unit", unit},
              {"year", ev.year ? Json(*ev.year) : Json(nullptr)},
              {"functions", ev.functions},
              {"tasks", tasks},
              {"funds", FundsJson(ev.funds)},
              {"projects", projects},
              {"department_indicators", department_indicators},
              {"next_steps", ev.next_steps}};
  if (!ev.internal.empty()) out["internal"] = ev.internal;
  AddExtras(out, ev.extras);
  if (!ev.provenance.empty()) out["provenance"] = ProvenanceJson(ev.provenance);
  return out;
}

std::string WriteEvaluationJson(const Evaluation& evaluation) {
  return EvaluationToJson(evaluation).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace jixiao
