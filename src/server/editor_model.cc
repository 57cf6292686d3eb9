#include "server/editor_model.h"

#include <sstream>

namespace jixiao {

namespace {

using Json = nlohmann::ordered_json;

struct FieldSpec {
  const char* key;
  const char* label;
  const char* kind;   // text | lines | int | bool
  const char* input;  // input | textarea | money | percent | comparator | level | bool
};

const Json* At(const Json& document, const std::string& pointer) {
  try {
    const Json::json_pointer json_pointer(pointer);
    return document.contains(json_pointer) ? &document.at(json_pointer) : nullptr;
  } catch (const nlohmann::json::exception&) {
    return nullptr;
  }
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

Json Field(const Json& document, const std::string& pointer, const FieldSpec& spec, bool editable,
           const std::string& base) {
  const std::string value = Text(At(document, pointer));
  const std::string input = spec.input;
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

Json Fields(const Json& document, const std::string& prefix, const std::vector<FieldSpec>& specs, bool editable,
            const std::string& base) {
  Json out = Json::array();
  for (const auto& spec : specs) out.push_back(Field(document, prefix + "/" + spec.key, spec, editable, base));
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

Json IndicatorRows(const Json& document, const std::string& list_pointer, bool department, bool editable,
                   const std::string& base) {
  Json rows = Json::array();
  const Json* list = At(document, list_pointer);
  if (!list || !list->is_array()) return rows;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string pointer = list_pointer + "/" + std::to_string(i);
    rows.push_back({{"id", FieldId(pointer)},
                    {"pointer", pointer},
                    {"number", i + 1},
                    {"name", Text(At(document, pointer + "/name"))},
                    {"fields", Fields(document, pointer, IndicatorFields(department), editable, base)}});
  }
  return rows;
}

Json Projects(const YearView& view, const std::string& base, bool editable) {
  Json out = Json::array();
  const Json* projects = At(view.document, "/projects");
  if (!projects || !projects->is_array()) return out;
  const Json& scores = view.scores["projects"];
  for (std::size_t i = 0; i < projects->size(); ++i) {
    const std::string pointer = "/projects/" + std::to_string(i);
    Json project = {{"id", FieldId(pointer)},
                    {"pointer", pointer},
                    {"number", i + 1},
                    {"name", Text(At(view.document, pointer + "/name"))},
                    {"fields", Fields(view.document, pointer, ProjectFields(), editable, base)},
                    {"indicators", IndicatorRows(view.document, pointer + "/indicators", false, editable, base)}};
    if (scores.is_array() && i < scores.size()) {
      project["score"] = scores[i]["score"];
      project["grade"] = scores[i]["grade"];
      project["execution_rate"] = scores[i]["execution_rate"];
    }
    out.push_back(std::move(project));
  }
  return out;
}

// 按经济分类: one row per class, its name and amount.
Json EconomicClasses(const Json& document, bool editable, const std::string& base) {
  Json rows = Json::array();
  const Json* list = At(document, "/funds/by_economic_class");
  if (!list || !list->is_array()) return rows;
  static const std::vector<FieldSpec> specs = {{"class", "经济分类", "text", "input"}, {"amount", "金额", "text", "money"}};
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string pointer = "/funds/by_economic_class/" + std::to_string(i);
    rows.push_back({{"id", FieldId(pointer)}, {"pointer", pointer}, {"fields", Fields(document, pointer, specs, editable, base)}});
  }
  return rows;
}

// 年度任务: each task, its completion and its achievements.
Json Tasks(const Json& document, bool editable, const std::string& base) {
  Json rows = Json::array();
  const Json* list = At(document, "/tasks");
  if (!list || !list->is_array()) return rows;
  static const std::vector<FieldSpec> specs = {{"task", "任务", "text", "textarea"},
                                               {"completion", "完成情况", "text", "textarea"},
                                               {"achievements", "取得的成效", "text", "textarea"}};
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string pointer = "/tasks/" + std::to_string(i);
    rows.push_back({{"id", FieldId(pointer)}, {"pointer", pointer}, {"number", i + 1},
                    {"fields", Fields(document, pointer, specs, editable, base)}});
  }
  return rows;
}

// Project execution rates for the chart: names and percentages.
Json ChartData(const YearView& view) {
  Json names = Json::array(), rates = Json::array();
  for (const auto& project : view.scores["projects"]) {
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
  const Json& overall = view.scores["overall"];
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
  for (const auto& finding : view.findings) {
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

Json EditorModel(const YearView& view, const std::string& base) {
  const bool editable = view.editable;
  const Json& document = view.document;
  Json model;
  model["base"] = base;
  model["unit"] = {{"id", view.unit.id}, {"name", view.unit.name}};
  model["year"] = view.draft.year;
  model["revision"] = view.draft.revision;
  model["editable"] = editable;
  model["submitted"] = view.draft.status == YearStatus::kSubmitted;
  model["updated_by"] = view.draft.updated_by;
  model["funds"] = Fields(document, "/funds", FundsFields(), editable, base);
  model["economic_classes"] = EconomicClasses(document, editable, base);
  model["project_funds"] = Fields(document, "/funds/project_funds",
                                  {{"total", "项目资金合计", "text", "money"},
                                   {"own_level", "本级安排", "text", "money"},
                                   {"superior", "上级资金", "text", "money"}},
                                  editable, base);
  model["department_indicators"] = IndicatorRows(document, "/department_indicators", true, editable, base);
  model["projects"] = Projects(view, base, editable);
  model["project_count"] = model["projects"].size();
  model["tasks"] = Tasks(document, editable, base);
  model["narrative"] = Json::array({Field(document, "/functions", {"functions", "部门职能（每行一条）", "lines", "textarea"}, editable, base),
                                    Field(document, "/next_steps", {"next_steps", "下一步改进措施（每行一条）", "lines", "textarea"}, editable, base)});
  model["score"] = ScoreModel(view);
  model["findings"] = FindingsModel(view, base);
  model["chart"] = ChartData(view).dump();
  return model;
}

}  // namespace jixiao
