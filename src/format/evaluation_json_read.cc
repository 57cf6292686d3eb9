// Reading half of the evaluation codec: JSON text -> validated Evaluation.
#include <algorithm>

#include "core/money.h"
#include "format/evaluation_json.h"
#include "format/json_locator.h"

namespace jixiao {

namespace {

using Json = nlohmann::ordered_json;
constexpr std::size_t kMaxReportedProblems = 20;

class Binder {
 public:
  Binder(std::string_view text, std::string source) : text_(text), source_(std::move(source)) {}

  Result<Evaluation> Bind(const Json& root);

 private:
  // Records a problem at `path` (a JSON pointer); keeps going.
  void Problem(const std::string& path, const std::string& what) {
    if (problems_.size() >= kMaxReportedProblems) {
      ++unreported_;
      return;
    }
    std::string where = source_;
    if (auto lc = text_.empty() ? std::nullopt : LocateJsonPointer(text_, path)) {
      where += ":" + std::to_string(lc->line) + ":" + std::to_string(lc->column);
    }
    problems_.push_back(where + ": 字段 " + FieldName(path) + "：" + what);
  }
  static std::string FieldName(const std::string& path) {
    if (path.empty()) return "（文档）";
    std::string name;
    for (std::size_t i = 1; i <= path.size(); ++i) {
      std::size_t next = path.find('/', i);
      if (next == std::string::npos) next = path.size();
      const std::string part = path.substr(i, next - i);
      const bool index = !part.empty() && part.find_first_not_of("0123456789") == std::string::npos;
      name += index ? "[" + part + "]" : (name.empty() ? "" : ".") + part;
      i = next;
    }
    return name;
  }

  // Checks `obj` is an object; collects keys outside `known` (and `also`, when given) as extras.
  bool Object(const Json& obj, const std::string& path, std::initializer_list<std::string_view> known,
              Extras& extras, std::string_view also = {}) {
    if (!obj.is_object()) {
      Problem(path, "应为 JSON 对象 {…}");
      return false;
    }
    for (auto it = obj.begin(); it != obj.end(); ++it) {
      const std::string& key = it.key();
      const bool is_known = (!also.empty() && key == also) ||
                            std::find(known.begin(), known.end(), std::string_view(key)) != known.end();
      if (!is_known) extras.emplace_back(key, it.value().dump());
    }
    return true;
  }
  const Json* Member(const Json& obj, std::string_view key) {
    auto it = obj.find(key);
    return it == obj.end() || it->is_null() ? nullptr : &*it;
  }

  std::optional<std::string> Text(const Json& obj, std::string_view key, const std::string& path);
  std::string RequiredText(const Json& obj, std::string_view key, const std::string& path);
  std::optional<Money> MoneyField(const Json& obj, std::string_view key, const std::string& path);
  template <typename T>
  std::optional<T> NumberText(const Json& obj, std::string_view key, const std::string& path, const char* example);
  std::vector<std::string> TextList(const Json& obj, std::string_view key, const std::string& path);
  template <typename T, typename F>
  std::vector<T> List(const Json& obj, std::string_view key, const std::string& path, F bind_one);

  UnitInfo BindUnit(const Json& obj, const std::string& path);
  Task BindTask(const Json& obj, const std::string& path);
  DepartmentFunds BindFunds(const Json& obj, const std::string& path);
  Project BindProject(const Json& obj, const std::string& path);
  Budget BindBudget(const Json& obj, const std::string& path);
  std::optional<Satisfaction> BindSatisfaction(const Json& obj, const std::string& path);
  Indicator BindIndicator(const Json& obj, const std::string& path);
  DepartmentIndicator BindDepartmentIndicator(const Json& obj, const std::string& path);
  bool BindIndicatorFields(const Json& obj, const std::string& path, std::string_view also, Indicator& ind);
  std::optional<Comparator> ComparatorField(const Json& obj, std::string_view key, const std::string& path);
  void BindProvenance(const Json& obj, Evaluation& evaluation);
  std::vector<std::string> BindInternal(const Json& root);

  std::string_view text_;
  std::string source_;
  std::vector<std::string> problems_;
  std::size_t unreported_ = 0;
};

std::optional<std::string> Binder::Text(const Json& obj, std::string_view key, const std::string& path) {
  const Json* v = Member(obj, key);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    Problem(path + "/" + std::string(key), "应为字符串");
    return std::nullopt;
  }
  return v->get<std::string>();
}

std::string Binder::RequiredText(const Json& obj, std::string_view key, const std::string& path) {
  if (!Member(obj, key)) {
    Problem(path, "缺少必填字段 \"" + std::string(key) + "\"");
    return {};
  }
  return Text(obj, key, path).value_or("");
}

std::optional<Money> Binder::MoneyField(const Json& obj, std::string_view key, const std::string& path) {
  const Json* v = Member(obj, key);
  if (!v) return std::nullopt;
  const std::string at = path + "/" + std::string(key);
  if (!v->is_string()) {
    Problem(at, "金额须写成字符串，如 \"45500.00\"");
    return std::nullopt;
  }
  auto money = ParseMoney(v->get<std::string>());
  if (!money) Problem(at, money.error().message);
  return money ? std::optional<Money>(*money) : std::nullopt;
}

template <typename T>
std::optional<T> Binder::NumberText(const Json& obj, std::string_view key, const std::string& path,
                                    const char* example) {
  const Json* v = Member(obj, key);
  if (!v) return std::nullopt;
  const std::string at = path + "/" + std::string(key);
  if (!v->is_string()) {
    Problem(at, std::string("须写成字符串，如 ") + example);
    return std::nullopt;
  }
  std::string_view raw = v->get_ref<const std::string&>();
  if (raw.ends_with("%")) raw.remove_suffix(1);
  auto parsed = ParseFixed<T>(raw);
  if (!parsed) Problem(at, parsed.error().message + "，应写成如 " + example);
  return parsed ? std::optional<T>(*parsed) : std::nullopt;
}

std::vector<std::string> Binder::TextList(const Json& obj, std::string_view key, const std::string& path) {
  std::vector<std::string> out;
  const Json* v = Member(obj, key);
  if (!v) return out;
  const std::string at = path + "/" + std::string(key);
  if (!v->is_array()) {
    Problem(at, "应为字符串数组 [\"…\"]");
    return out;
  }
  for (std::size_t i = 0; i < v->size(); ++i) {
    if ((*v)[i].is_string()) {
      out.push_back((*v)[i].get<std::string>());
    } else {
      Problem(at + "/" + std::to_string(i), "应为字符串");
    }
  }
  return out;
}

template <typename T, typename F>
std::vector<T> Binder::List(const Json& obj, std::string_view key, const std::string& path, F bind_one) {
  std::vector<T> out;
  const Json* v = Member(obj, key);
  if (!v) return out;
  const std::string at = path + "/" + std::string(key);
  if (!v->is_array()) {
    Problem(at, "应为数组 […]");
    return out;
  }
  for (std::size_t i = 0; i < v->size(); ++i) out.push_back(bind_one((*v)[i], at + "/" + std::to_string(i)));
  return out;
}

std::optional<Comparator> Binder::ComparatorField(const Json& obj, std::string_view key, const std::string& path) {
  auto symbol = Text(obj, key, path);
  if (!symbol) return std::nullopt;
  auto comparator = ComparatorFromSymbol(*symbol);
  if (!comparator) Problem(path + "/" + std::string(key), "比较符应为 \"=\" \">\" \">=\" \"<\" \"<=\" 之一");
  return comparator;
}

UnitInfo Binder::BindUnit(const Json& obj, const std::string& path) {
  UnitInfo unit;
  if (!Object(obj, path, {"name", "code"}, unit.extras)) return unit;
  unit.name = Text(obj, "name", path);
  unit.code = Text(obj, "code", path);
  return unit;
}

Task Binder::BindTask(const Json& obj, const std::string& path) {
  Task task;
  if (!Object(obj, path, {"task", "completion", "achievements"}, task.extras)) return task;
  task.task = Text(obj, "task", path);
  task.completion = Text(obj, "completion", path);
  task.achievements = Text(obj, "achievements", path);
  return task;
}

DepartmentFunds Binder::BindFunds(const Json& obj, const std::string& path) {
  DepartmentFunds funds;
  if (!Object(obj, path,
              {"by_economic_class", "project_funds", "budget_total", "executed_total", "execution_rate_stated",
               "shortfall_reason"},
              funds.extras)) {
    return funds;
  }
  funds.by_economic_class = List<EconomicClassAmount>(obj, "by_economic_class", path, [&](const Json& o, const std::string& p) {
    EconomicClassAmount row;
    if (Object(o, p, {"class", "amount"}, row.extras)) {
      row.economic_class = RequiredText(o, "class", p);
      row.amount = MoneyField(o, "amount", p);
    }
    return row;
  });
  if (const Json* pf = Member(obj, "project_funds")) {
    const std::string p = path + "/project_funds";
    ProjectFunds split;
    if (Object(*pf, p, {"total", "own_level", "superior"}, split.extras)) {
      split.total = MoneyField(*pf, "total", p);
      split.own_level = MoneyField(*pf, "own_level", p);
      split.superior = MoneyField(*pf, "superior", p);
    }
    funds.project_funds = split;
  }
  funds.budget_total = MoneyField(obj, "budget_total", path);
  funds.executed_total = MoneyField(obj, "executed_total", path);
  funds.execution_rate_stated = NumberText<Percent>(obj, "execution_rate_stated", path, "\"22.52\"");
  funds.shortfall_reason = Text(obj, "shortfall_reason", path);
  return funds;
}

Budget Binder::BindBudget(const Json& obj, const std::string& path) {
  Budget budget;
  if (!Object(obj, path, {"total", "fiscal", "other"}, budget.extras)) return budget;
  budget.total = MoneyField(obj, "total", path);
  budget.fiscal = MoneyField(obj, "fiscal", path);
  budget.other = MoneyField(obj, "other", path);
  return budget;
}

std::optional<Satisfaction> Binder::BindSatisfaction(const Json& obj, const std::string& path) {
  Satisfaction s;
  if (!Object(obj, path, {"subject", "comparator", "stated"}, s.extras)) return std::nullopt;
  s.subject = Text(obj, "subject", path);
  s.comparator = ComparatorField(obj, "comparator", path).value_or(Comparator::kEqual);
  s.stated = NumberText<Percent>(obj, "stated", path, "\"90\"");
  return s;
}

Indicator Binder::BindIndicator(const Json& obj, const std::string& path) {
  Indicator ind;
  BindIndicatorFields(obj, path, {}, ind);
  return ind;
}

// A 部门整体 indicator: the fields of a project indicator plus its formula.
DepartmentIndicator Binder::BindDepartmentIndicator(const Json& obj, const std::string& path) {
  DepartmentIndicator ind;
  if (BindIndicatorFields(obj, path, "formula", ind)) ind.formula = Text(obj, "formula", path);
  return ind;
}

// The fields every indicator has; `also` names one more key the caller reads itself.
bool Binder::BindIndicatorFields(const Json& obj, const std::string& path, std::string_view also, Indicator& ind) {
  if (!Object(obj, path,
              {"level1", "level2", "name", "comparator", "target", "actual", "unit", "weight", "score_stated",
               "deviation_reason", "qualitative"},
              ind.extras, also)) {
    return false;
  }
  ind.level1 = Text(obj, "level1", path);
  ind.level2 = Text(obj, "level2", path);
  ind.name = RequiredText(obj, "name", path);
  ind.comparator = ComparatorField(obj, "comparator", path);
  if (const Json* q = Member(obj, "qualitative")) {
    if (q->is_boolean()) {
      ind.qualitative = q->get<bool>();
    } else {
      Problem(path + "/qualitative", "应为 true 或 false");
    }
  }
  if (ind.qualitative) {
    ind.target_text = Text(obj, "target", path);
    ind.actual_text = Text(obj, "actual", path);
  } else {
    const char* hint = "\"200\"（定性指标请设 \"qualitative\": true）";
    ind.target = NumberText<Quantity>(obj, "target", path, hint);
    ind.actual = NumberText<Quantity>(obj, "actual", path, hint);
  }
  ind.unit = Text(obj, "unit", path);
  ind.weight = NumberText<Points>(obj, "weight", path, "\"10\"");
  ind.score_stated = NumberText<Points>(obj, "score_stated", path, "\"9.5\"");
  ind.deviation_reason = Text(obj, "deviation_reason", path);
  return true;
}

Project Binder::BindProject(const Json& obj, const std::string& path) {
  Project project;
  if (!Object(obj, path,
              {"name", "level", "budget", "executed", "execution_rate_stated", "implementation", "benefits",
               "satisfaction", "shortfall_reason", "indicators"},
              project.extras)) {
    return project;
  }
  project.name = RequiredText(obj, "name", path);
  if (auto level = Text(obj, "level", path)) {
    if (*level == "own") {
      project.level = ProjectLevel::kOwn;
    } else if (*level == "superior") {
      project.level = ProjectLevel::kSuperior;
    } else {
      Problem(path + "/level", "应为 \"own\"（本级安排）或 \"superior\"（上级资金）");
    }
  }
  if (const Json* b = Member(obj, "budget")) project.budget = BindBudget(*b, path + "/budget");
  project.executed = MoneyField(obj, "executed", path);
  project.execution_rate_stated = NumberText<Percent>(obj, "execution_rate_stated", path, "\"100\"");
  project.implementation = Text(obj, "implementation", path);
  project.benefits = Text(obj, "benefits", path);
  if (const Json* s = Member(obj, "satisfaction")) project.satisfaction = BindSatisfaction(*s, path + "/satisfaction");
  project.shortfall_reason = Text(obj, "shortfall_reason", path);
  project.indicators = List<Indicator>(obj, "indicators", path,
                                       [&](const Json& o, const std::string& p) { return BindIndicator(o, p); });
  return project;
}

void Binder::BindProvenance(const Json& obj, Evaluation& evaluation) {
  if (!obj.is_object()) return;
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    const Json& v = it.value();
    if (!v.is_object()) continue;
    SourceSpan span;
    span.line = v.value("line", 0);
    span.column = v.value("column", 0);
    span.page = v.value("page", 0);
    span.paragraph = v.value("paragraph", 0);
    span.sheet = v.value("sheet", 0);
    span.excerpt = v.value("excerpt", "");
    evaluation.provenance[it.key()] = span;
  }
}

// Whether `pointer` names one of the narrative texts a unit may keep out of publication:
// 职能, 年度工作目标, 未完成原因, 项目实施情况 and 效益, 偏差原因, 下一步措施. Names and
// figures are never withheld: published figures must equal the reviewed ones.
bool WithholdableText(const std::string& pointer) {
  std::vector<std::string> parts;
  for (std::size_t at = 1; at <= pointer.size();) {
    const auto slash = pointer.find('/', at);
    parts.push_back(pointer.substr(at, slash == std::string::npos ? std::string::npos : slash - at));
    if (slash == std::string::npos) break;
    at = slash + 1;
  }
  const auto index = [](const std::string& part) {
    return !part.empty() && part.size() < 6 && std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  const auto one_of = [](const std::string& part, std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), part) != names.end();
  };
  if (pointer.empty() || pointer[0] != '/' || parts.empty()) return false;
  const std::string& head = parts[0];
  const std::size_t n = parts.size();
  if (head == "functions" || head == "next_steps") return n == 1 || (n == 2 && index(parts[1]));
  if (head == "tasks") return n == 3 && index(parts[1]) && one_of(parts[2], {"task", "completion", "achievements"});
  if (head == "funds") return n == 2 && parts[1] == "shortfall_reason";
  if (head == "department_indicators") return n == 3 && index(parts[1]) && parts[2] == "deviation_reason";
  if (head != "projects" || n < 3 || !index(parts[1])) return false;
  if (n == 3) return one_of(parts[2], {"implementation", "benefits", "shortfall_reason"});
  return n == 5 && parts[2] == "indicators" && index(parts[3]) && parts[4] == "deviation_reason";
}

std::vector<std::string> Binder::BindInternal(const Json& root) {
  std::vector<std::string> pointers = TextList(root, "internal", "");
  for (std::size_t i = 0; i < pointers.size(); ++i) {
    bool present = false;
    try {
      present = WithholdableText(pointers[i]) && root.contains(Json::json_pointer(pointers[i]));
    } catch (const std::exception&) {
    }
    if (!present) {
      Problem("/internal/" + std::to_string(i),
              "“" + pointers[i] + "”不能标为不公开：只能是文档中已有的文字字段（职能、工作目标、未完成原因、项目实施情况和效益、"
              "偏差原因、下一步措施，如 /projects/0/implementation），单位名称、项目名称、金额、比率和指标值须公开");
    }
  }
  return pointers;
}

Result<Evaluation> Binder::Bind(const Json& root) {
  Evaluation ev;
  if (Object(root, "",
             {"format", "unit", "year", "functions", "tasks", "funds", "projects", "department_indicators", "next_steps",
              "internal", "provenance"},
             ev.extras)) {
    const auto format = Text(root, "format", "");
    if (format != kEvaluationFormat) Problem("", "\"format\" 应为 \"" + std::string(kEvaluationFormat) + "\"");
    if (const Json* u = Member(root, "unit")) ev.unit = BindUnit(*u, "/unit");
    if (const Json* y = Member(root, "year")) {
      if (y->is_number_integer() && y->get<int64_t>() >= 1949 && y->get<int64_t>() <= 2200) {
        ev.year = y->get<int>();
      } else {
        Problem("/year", "年度应为整数，如 2022");
      }
    }
    ev.functions = TextList(root, "functions", "");
    ev.tasks = List<Task>(root, "tasks", "", [&](const Json& o, const std::string& p) { return BindTask(o, p); });
    if (const Json* f = Member(root, "funds")) ev.funds = BindFunds(*f, "/funds");
    ev.projects = List<Project>(root, "projects", "", [&](const Json& o, const std::string& p) { return BindProject(o, p); });
    ev.department_indicators = List<DepartmentIndicator>(
        root, "department_indicators", "",
        [&](const Json& o, const std::string& p) { return BindDepartmentIndicator(o, p); });
    ev.next_steps = TextList(root, "next_steps", "");
    ev.internal = BindInternal(root);
    if (const Json* p = Member(root, "provenance")) BindProvenance(*p, ev);
  }
  if (problems_.empty()) return ev;
  std::string message = std::to_string(problems_.size() + unreported_) + " 处错误：";
  for (const auto& p : problems_) message += "\n  " + p;
  if (unreported_ > 0) message += "\n  …另有 " + std::to_string(unreported_) + " 处未列出";
  return Invalid(message);
}

}  // namespace

Result<Evaluation> ParseEvaluationJson(std::string_view text, const std::string& source_name) {
  auto parsed = ParseJsonText(text, source_name);
  if (!parsed) return tl::unexpected(parsed.error());
  const Json& root = *parsed;
  return Binder(text, source_name).Bind(root);
}

Result<Evaluation> EvaluationFromJson(const Json& root, const std::string& source_name) {
  return Binder({}, source_name).Bind(root);
}

}  // namespace jixiao
