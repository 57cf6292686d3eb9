#include "server/editor_model.h"

#include <algorithm>
#include <sstream>
#include <string_view>

namespace jixiao {

namespace {

using Json = nlohmann::ordered_json;

struct FieldSpec {
  const char* key;
  const char* label;
  const char* kind;   // text | lines | int | bool
  const char* input;  // input | textarea | money | percent | comparator | level | bool
};

// A view's document, scores and findings: shared with the workspace's assessment when the view
// was made without copies of them (ViewParts::kShared), else its own.
const Json& DocumentOf(const YearView& view) { return view.assessment ? view.assessment->document : view.document; }
const Json& ScoresOf(const YearView& view) { return view.assessment ? view.assessment->scores : view.scores; }
const Json& FindingsOf(const YearView& view) { return view.assessment ? view.assessment->findings : view.findings; }

// The member `key` of an object ("budget/total" walks one level per name); nullptr when absent.
// Fields are looked up from the object they belong to, so no JSON pointer is parsed per field.
const Json* Member(const Json* node, std::string_view key) {
  while (node && !key.empty()) {
    const auto slash = key.find('/');
    const std::string_view name = key.substr(0, slash);
    if (!node->is_object()) return nullptr;
    const auto it = node->find(name);
    node = it == node->end() ? nullptr : &*it;
    key = slash == std::string_view::npos ? std::string_view() : key.substr(slash + 1);
  }
  return node;
}

const Json* Element(const Json* list, std::size_t index) {
  return list && list->is_array() && index < list->size() ? &(*list)[index] : nullptr;
}

std::string Text(const Json* value) {
  if (!value || value->is_null()) return "";
  if (value->is_string()) return value->get<std::string>();
  if (value->is_array()) {
    std::string out;
    for (const auto& item : *value) out += (item.is_string() ? item.get<std::string>() : item.dump()) + "\n";
    return out;
  }
  return value->dump();
}

Json Options(const std::vector<std::pair<std::string, std::string>>& choices, const std::string& current) {
  Json out = Json::array();
  for (const auto& [value, label] : choices) {
    out.push_back({{"value", value}, {"label", label}, {"selected", value == current}});
  }
  return out;
}

// The form field `spec` of `object` (the part of the document at `prefix`).
Json Field(const Json* object, const std::string& prefix, const FieldSpec& spec, bool editable, const std::string& base) {
  const std::string pointer = prefix + "/" + spec.key;
  const std::string value = Text(Member(object, spec.key));
  const std::string_view input = spec.input;
  Json field = {{"id", FieldId(pointer)},
                {"pointer", pointer},
                {"label", spec.label},
                {"kind", spec.kind},
                {"value", value},
                {"editable", editable},
                {"post", base + "/field"}};
  if (input == "textarea") field["textarea"] = {{"rows", value.size() > 200 ? 6 : 3}};
  else if (input == "comparator") {
    field["select"] = {{"options", Options({{"", "—"}, {"=", "="}, {">=", "≥"}, {">", ">"}, {"<=", "≤"}, {"<", "<"}}, value)}};
  } else if (input == "level") {
    field["select"] = {{"options", Options({{"", "—"}, {"own", "本级安排"}, {"superior", "上级资金"}}, value)}};
  } else if (input == "bool") {
    field["select"] = {{"options", Options({{"false", "定量"}, {"true", "定性"}}, value.empty() ? "false" : value)}};
  } else {
    field["input"] = {{"numeric", input == "money" || input == "percent"}};
    if (input == "money") field["input"]["unit"] = "元";
    if (input == "percent") field["input"]["unit"] = "%";
  }
  return field;
}

Json Fields(const Json* object, const std::string& prefix, const std::vector<FieldSpec>& specs, bool editable,
            const std::string& base) {
  Json out = Json::array();
  for (const auto& spec : specs) out.push_back(Field(object, prefix, spec, editable, base));
  return out;
}

const std::vector<FieldSpec>& FundsFields() {
  static const std::vector<FieldSpec> specs = {
      {"budget_total", "全年预算数", "text", "money"},
      {"executed_total", "全年执行数", "text", "money"},
      {"execution_rate_stated", "执行率（报告所填）", "text", "percent"},
      {"shortfall_reason", "未完成原因", "text", "textarea"}};
  return specs;
}

const std::vector<FieldSpec>& ProjectFields() {
  static const std::vector<FieldSpec> specs = {
      {"name", "项目名称", "text", "input"},
      {"level", "资金层级", "text", "level"},
      {"budget/total", "全年预算数", "text", "money"},
      {"budget/fiscal", "其中：财政拨款", "text", "money"},
      {"budget/other", "其他资金", "text", "money"},
      {"executed", "全年执行数", "text", "money"},
      {"execution_rate_stated", "执行率（报告所填）", "text", "percent"},
      {"satisfaction/stated", "满意度", "text", "percent"},
      {"implementation", "实施情况", "text", "textarea"},
      {"benefits", "取得的效益", "text", "textarea"},
      {"shortfall_reason", "偏差原因", "text", "textarea"}};
  return specs;
}

const std::vector<FieldSpec>& IndicatorFields(bool department) {
  static const std::vector<FieldSpec> project = {
      {"level1", "一级指标", "text", "input"},   {"level2", "二级指标", "text", "input"},
      {"name", "三级指标", "text", "input"},     {"qualitative", "类型", "bool", "bool"},
      {"comparator", "比较", "text", "comparator"}, {"target", "年度指标值", "text", "input"},
      {"actual", "实际完成值", "text", "input"},   {"target_text", "指标值（定性）", "text", "input"},
      {"actual_text", "完成值（定性）", "text", "input"}, {"unit", "计量单位", "text", "input"},
      {"weight", "分值", "text", "input"},        {"score_stated", "自评得分", "text", "input"},
      {"deviation_reason", "偏差原因及改进措施", "text", "textarea"}};
  static const std::vector<FieldSpec> whole = [] {
    auto specs = project;
    specs.insert(specs.begin() + 3, FieldSpec{"formula", "计算公式", "text", "input"});
    return specs;
  }();
  return department ? whole : project;
}

Json IndicatorRows(const Json* list, const std::string& list_pointer, bool department, bool editable,
                   const std::string& base) {
  Json rows = Json::array();
  if (!list || !list->is_array()) return rows;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json* indicator = &(*list)[i];
    const std::string pointer = list_pointer + "/" + std::to_string(i);
    rows.push_back({{"id", FieldId(pointer)},
                    {"pointer", pointer},
                    {"number", i + 1},
                    {"name", Text(Member(indicator, "name"))},
                    {"fields", Fields(indicator, pointer, IndicatorFields(department), editable, base)}});
  }
  return rows;
}

// A project's line in the folded list: its name and figures, and where its form is fetched from.
Json ProjectSummary(const YearView& view, const Json& project, std::size_t index, const std::string& base) {
  const std::string pointer = "/projects/" + std::to_string(index);
  Json summary = {{"id", FieldId(pointer)},
                  {"pointer", pointer},
                  {"number", index + 1},
                  {"name", Text(Member(&project, "name"))},
                  {"href", base + "/projects/" + std::to_string(index)}};
  const Json& scores = ScoresOf(view)["projects"];
  if (scores.is_array() && index < scores.size()) {
    summary["score"] = scores[index]["score"];
    summary["grade"] = scores[index]["grade"];
    summary["execution_rate"] = scores[index]["execution_rate"];
  }
  return summary;
}

Json ProjectSummaries(const YearView& view, const std::string& base) {
  Json out = Json::array();
  const Json* projects = Member(&DocumentOf(view), "projects");
  if (!projects || !projects->is_array()) return out;
  for (std::size_t i = 0; i < projects->size(); ++i) out.push_back(ProjectSummary(view, (*projects)[i], i, base));
  return out;
}

// 按经济分类: one row per class, its name and amount.
Json EconomicClasses(const Json& document, bool editable, const std::string& base) {
  Json rows = Json::array();
  const Json* list = Member(&document, "funds/by_economic_class");
  if (!list || !list->is_array()) return rows;
  static const std::vector<FieldSpec> specs = {{"class", "经济分类", "text", "input"}, {"amount", "金额", "text", "money"}};
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string pointer = "/funds/by_economic_class/" + std::to_string(i);
    rows.push_back({{"id", FieldId(pointer)}, {"pointer", pointer}, {"fields", Fields(&(*list)[i], pointer, specs, editable, base)}});
  }
  return rows;
}

// 年度任务: each task, its completion and its achievements.
Json Tasks(const Json& document, bool editable, const std::string& base) {
  Json rows = Json::array();
  const Json* list = Member(&document, "tasks");
  if (!list || !list->is_array()) return rows;
  static const std::vector<FieldSpec> specs = {{"task", "任务", "text", "textarea"},
                                               {"completion", "完成情况", "text", "textarea"},
                                               {"achievements", "取得的成效", "text", "textarea"}};
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string pointer = "/tasks/" + std::to_string(i);
    rows.push_back({{"id", FieldId(pointer)}, {"pointer", pointer}, {"number", i + 1},
                    {"fields", Fields(&(*list)[i], pointer, specs, editable, base)}});
  }
  return rows;
}

// Project execution rates for the chart: names and percentages.
Json ChartData(const YearView& view) {
  Json names = Json::array(), rates = Json::array();
  for (const auto& project : ScoresOf(view)["projects"]) {
    if (!project["execution_rate"].is_string()) continue;
    names.push_back(project["name"]);
    rates.push_back(project["execution_rate"]);
  }
  return {{"names", names}, {"rates", rates}};
}

}  // namespace

std::string FieldId(const std::string& pointer) {
  std::string id = "f";
  for (char c : pointer) id += (c == '/' || c == '~') ? '-' : c;
  return id;
}

Json FieldValue(const std::string& kind, const std::string& typed) {
  auto trim = [](std::string text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return std::string();
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
  };
  if (kind == "lines") {
    Json lines = Json::array();
    std::istringstream in(typed);
    for (std::string line; std::getline(in, line);) {
      if (!trim(line).empty()) lines.push_back(trim(line));
    }
    return lines;
  }
  if (kind == "bool") return trim(typed) == "true";
  if (kind == "int") {
    const std::string text = trim(typed);
    if (text.empty()) return nullptr;
    if (text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos) return text;  // refused by validation
    return std::stoi(text);
  }
  const std::string text = trim(typed);
  return text.empty() ? Json(nullptr) : Json(text);
}

Json ScoreModel(const YearView& view) {
  const Json& overall = ScoresOf(view)["overall"];
  return {{"score", overall["score"]},
          {"max_scored", overall["max_scored"]},
          {"grade", overall["grade"]},
          {"execution_rate", overall["execution_rate"]},
          {"errors", view.errors},
          {"warnings", view.warnings},
          {"unexplained", view.unexplained_warnings}};
}

Json FindingsModel(const YearView& view, const std::string& base) {
  Json items = Json::array();
  for (const auto& finding : FindingsOf(view)) {
    Json item = finding;
    item["anchor"] = finding["path"].get<std::string>().empty() ? "" : "#" + FieldId(finding["path"].get<std::string>());
    item["is_error"] = finding["severity"] == "error";
    item["is_warning"] = finding["severity"] == "warning";
    item["editable"] = view.editable;
    item["post"] = base + "/explain";
    items.push_back(std::move(item));
  }
  return {{"items", items}, {"none", items.empty()}};
}

// Every narrative text field (a textarea) in `model` gets its 不公开 switch, on when the
// document's "internal" list names it.
void MarkWithheld(Json& model, const Json& document, const std::string& base) {
  if (model.is_array()) {
    for (auto& item : model) MarkWithheld(item, document, base);
    return;
  }
  if (!model.is_object()) return;
  if (model.contains("textarea") && model.contains("pointer")) {
    bool withheld = false;
    if (const Json* list = Member(&document, "internal"); list && list->is_array()) {
      withheld = std::find(list->begin(), list->end(), model["pointer"]) != list->end();
    }
    model["withhold"] = {{"post", base + "/internal"}, {"on", withheld}};
    return;
  }
  for (auto& [key, value] : model.items()) MarkWithheld(value, document, base);
}

Json EditorHeadModel(const YearView& view, const std::string& base) {
  return {{"base", base},
          {"unit", {{"id", view.unit.id}, {"name", view.unit.name}}},
          {"year", view.draft.year},
          {"revision", view.draft.revision},
          {"editable", view.editable},
          {"submitted", view.draft.status == YearStatus::kSubmitted},
          {"updated_by", view.draft.updated_by}};
}

Json EditorBodyModel(const YearView& view, const std::string& base) {
  const bool editable = view.editable;
  const Json& document = DocumentOf(view);
  const Json* funds = Member(&document, "funds");
  Json model;
  model["base"] = base;
  model["editable"] = editable;
  model["funds"] = Fields(funds, "/funds", FundsFields(), editable, base);
  model["economic_classes"] = EconomicClasses(document, editable, base);
  model["project_funds"] = Fields(Member(funds, "project_funds"), "/funds/project_funds",
                                  {{"total", "项目资金合计", "text", "money"},
                                   {"own_level", "本级安排", "text", "money"},
                                   {"superior", "上级资金", "text", "money"}},
                                  editable, base);
  model["department_indicators"] =
      IndicatorRows(Member(&document, "department_indicators"), "/department_indicators", true, editable, base);
  model["projects"] = ProjectSummaries(view, base);
  model["project_count"] = model["projects"].size();
  model["tasks"] = Tasks(document, editable, base);
  model["narrative"] = Json::array({Field(&document, "", {"functions", "部门职能（每行一条）", "lines", "textarea"}, editable, base),
                                    Field(&document, "", {"next_steps", "下一步改进措施（每行一条）", "lines", "textarea"}, editable, base)});
  model["score"] = ScoreModel(view);
  model["findings"] = FindingsModel(view, base);
  model["chart"] = ChartData(view).dump();
  MarkWithheld(model, document, base);
  return model;
}

std::string EditorBodyKey(const YearView& view, const std::string& base) {
  if (view.assessment_id == 0) return "";
  return base + "@" + std::to_string(view.assessment_id) + (view.editable ? "/editable" : "/read-only");
}

std::optional<Json> ProjectModel(const YearView& view, std::size_t index, const std::string& base) {
  const Json* project = Element(Member(&DocumentOf(view), "projects"), index);
  if (!project) return std::nullopt;
  Json model = ProjectSummary(view, *project, index, base);
  model["base"] = base;
  model["editable"] = view.editable;
  model["fields"] = Fields(project, model["pointer"].get<std::string>(), ProjectFields(), view.editable, base);
  model["indicators"] = IndicatorRows(Member(project, "indicators"), model["pointer"].get<std::string>() + "/indicators",
                                      false, view.editable, base);
  MarkWithheld(model, DocumentOf(view), base);
  return model;
}

}  // namespace jixiao
