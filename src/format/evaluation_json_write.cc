// Writing half of the evaluation codec: Evaluation -> JSON in FORMAT.md field order.
#include "core/money.h"
#include "format/evaluation_json.h"
#include "format/json_object.h"
#include "format/json_text.h"

namespace jixiao {

namespace {

using Json = nlohmann::ordered_json;

Json Str(const std::optional<std::string>& value) { return value ? Json(*value) : Json(nullptr); }
Json MoneyJson(const std::optional<Money>& value) { return value ? Json(ToYuanString(*value)) : Json(nullptr); }
template <typename T>
Json FixedJson(const std::optional<T>& value) {
  return value ? Json(ToString(*value)) : Json(nullptr);
}

using json_object::Object;
using json_object::Put;

void AddExtras(Json& out, const Extras& extras) {
  for (const auto& [key, raw] : extras) out[key] = Json::parse(raw);
}

Json TaskJson(const Task& task) {
  Json out = Object(3 + task.extras.size());
  Put(out, "task", Str(task.task));
  Put(out, "completion", Str(task.completion));
  Put(out, "achievements", Str(task.achievements));
  AddExtras(out, task.extras);
  return out;
}

Json FundsJson(const DepartmentFunds& funds) {
  Json classes = Json::array();
  for (const auto& row : funds.by_economic_class) {
    Json item = Object(2 + row.extras.size());
    Put(item, "class", row.economic_class);
    Put(item, "amount", MoneyJson(row.amount));
    AddExtras(item, row.extras);
    classes.push_back(std::move(item));
  }
  Json split = nullptr;
  if (funds.project_funds) {
    const ProjectFunds& pf = *funds.project_funds;
    split = Object(3 + pf.extras.size());
    Put(split, "total", MoneyJson(pf.total));
    Put(split, "own_level", MoneyJson(pf.own_level));
    Put(split, "superior", MoneyJson(pf.superior));
    AddExtras(split, pf.extras);
  }
  Json out = Object(6 + funds.extras.size());
  Put(out, "by_economic_class", std::move(classes));
  Put(out, "project_funds", std::move(split));
  Put(out, "budget_total", MoneyJson(funds.budget_total));
  Put(out, "executed_total", MoneyJson(funds.executed_total));
  Put(out, "execution_rate_stated", FixedJson(funds.execution_rate_stated));
  Put(out, "shortfall_reason", Str(funds.shortfall_reason));
  AddExtras(out, funds.extras);
  return out;
}

// An indicator; `formula` is written (after the name, as FORMAT.md orders it) for 部门整体 rows only.
Json IndicatorJson(const Indicator& ind, const std::optional<std::string>* formula = nullptr) {
  Json out = Object(12 + ind.extras.size());
  Put(out, "level1", Str(ind.level1));
  Put(out, "level2", Str(ind.level2));
  Put(out, "name", ind.name);
  if (formula != nullptr) Put(out, "formula", Str(*formula));
  Put(out, "comparator", ind.comparator ? Json(std::string(ComparatorSymbol(*ind.comparator))) : Json(nullptr));
  Put(out, "target", ind.qualitative ? Str(ind.target_text) : FixedJson(ind.target));
  Put(out, "actual", ind.qualitative ? Str(ind.actual_text) : FixedJson(ind.actual));
  Put(out, "unit", Str(ind.unit));
  Put(out, "weight", FixedJson(ind.weight));
  Put(out, "score_stated", FixedJson(ind.score_stated));
  Put(out, "deviation_reason", Str(ind.deviation_reason));
  Put(out, "qualitative", ind.qualitative);
  AddExtras(out, ind.extras);
  return out;
}

Json ProjectJson(const Project& project) {
  Json budget = Object(3 + project.budget.extras.size());
  Put(budget, "total", MoneyJson(project.budget.total));
  Put(budget, "fiscal", MoneyJson(project.budget.fiscal));
  Put(budget, "other", MoneyJson(project.budget.other));
  AddExtras(budget, project.budget.extras);
  Json satisfaction = nullptr;
  if (project.satisfaction) {
    const Satisfaction& s = *project.satisfaction;
    satisfaction = Object(3 + s.extras.size());
    Put(satisfaction, "subject", Str(s.subject));
    Put(satisfaction, "comparator", std::string(ComparatorSymbol(s.comparator)));
    Put(satisfaction, "stated", FixedJson(s.stated));
    AddExtras(satisfaction, s.extras);
  }
  Json indicators = Json::array();
  indicators.get_ref<Json::array_t&>().reserve(project.indicators.size());
  for (const auto& ind : project.indicators) indicators.push_back(IndicatorJson(ind));
  Json level = nullptr;
  if (project.level) level = *project.level == ProjectLevel::kOwn ? "own" : "superior";
  Json out = Object(10 + project.extras.size());
  Put(out, "name", project.name);
  Put(out, "level", std::move(level));
  Put(out, "budget", std::move(budget));
  Put(out, "executed", MoneyJson(project.executed));
  Put(out, "execution_rate_stated", FixedJson(project.execution_rate_stated));
  Put(out, "implementation", Str(project.implementation));
  Put(out, "benefits", Str(project.benefits));
  Put(out, "satisfaction", std::move(satisfaction));
  Put(out, "shortfall_reason", Str(project.shortfall_reason));
  Put(out, "indicators", std::move(indicators));
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

Json EvaluationToJson(const Evaluation& ev) { return EvaluationToJson(ev, {}); }

Json EvaluationToJson(const Evaluation& ev, Json::array_t written_projects) {
  Json unit = Object(2 + ev.unit.extras.size());
  Put(unit, "name", Str(ev.unit.name));
  Put(unit, "code", Str(ev.unit.code));
  AddExtras(unit, ev.unit.extras);
  Json tasks = Json::array();
  for (const auto& t : ev.tasks) tasks.push_back(TaskJson(t));
  Json projects = Json::array();
  projects.get_ref<Json::array_t&>().reserve(ev.projects.size());
  for (std::size_t i = 0; i < ev.projects.size(); ++i) {
    const bool written = i < written_projects.size() && written_projects[i].is_object();
    projects.push_back(written ? std::move(written_projects[i]) : ProjectJson(ev.projects[i]));
  }
  Json department_indicators = Json::array();
  for (const auto& ind : ev.department_indicators) department_indicators.push_back(IndicatorJson(ind, &ind.formula));
  Json out = Object(11 + ev.extras.size());
  Put(out, "format", std::string(kEvaluationFormat));
  Put(out, "unit", std::move(unit));
  Put(out, "year", ev.year ? Json(*ev.year) : Json(nullptr));
  Put(out, "functions", ev.functions);
  Put(out, "tasks", std::move(tasks));
  Put(out, "funds", FundsJson(ev.funds));
  Put(out, "projects", std::move(projects));
  Put(out, "department_indicators", std::move(department_indicators));
  Put(out, "next_steps", ev.next_steps);
  if (!ev.internal.empty()) Put(out, "internal", ev.internal);
  AddExtras(out, ev.extras);
  if (!ev.provenance.empty()) out["provenance"] = ProvenanceJson(ev.provenance);
  return out;
}

std::string WriteEvaluationJson(const Evaluation& evaluation) {
  std::string text = JsonText(EvaluationToJson(evaluation), 2);
  text += '\n';
  return text;
}

}  // namespace jixiao
