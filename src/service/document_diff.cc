#include "service/document_diff.h"

#include <map>
#include <string_view>

namespace jixiao {

namespace {

using Json = nlohmann::ordered_json;

const std::map<std::string_view, std::string_view>& KeyLabels() {
  static const std::map<std::string_view, std::string_view> labels = {
      {"unit", "单位"}, {"name", "名称"}, {"code", "单位编码"}, {"year", "年度"},
      {"functions", "部门职能"}, {"tasks", "年度任务"}, {"task", "任务"}, {"completion", "完成情况"},
      {"achievements", "成效"}, {"funds", "资金"}, {"by_economic_class", "按经济分类"},
      {"economic_class", "经济分类"}, {"class", "经济分类"}, {"amount", "金额"}, {"project_funds", "项目资金"},
      {"own_level", "本级安排"}, {"superior", "上级资金"}, {"budget_total", "全年预算数"},
      {"executed_total", "全年执行数"}, {"execution_rate_stated", "执行率（填报）"},
      {"shortfall_reason", "未完成原因"}, {"projects", "项目"}, {"level", "资金层级"}, {"budget", "预算"},
      {"total", "全年预算数"}, {"fiscal", "财政拨款"}, {"other", "其他资金"}, {"executed", "全年执行数"},
      {"implementation", "实施情况"}, {"benefits", "效益"}, {"satisfaction", "满意度"},
      {"subject", "调查对象"}, {"comparator", "比较符"}, {"stated", "满意度（%）"},
      {"indicators", "指标"}, {"department_indicators", "部门整体指标"}, {"level1", "一级指标"},
      {"level2", "二级指标"}, {"qualitative", "定性"}, {"target", "年度指标值"}, {"actual", "实际完成值"},
      {"target_text", "年度指标值（文字）"}, {"actual_text", "实际完成值（文字）"}, {"weight", "分值"},
      {"score_stated", "自评得分"}, {"deviation_reason", "偏差原因"}, {"formula", "计算公式"},
      {"next_steps", "下一步措施"}, {"format", "格式"}};
  return labels;
}

std::string KeyLabel(std::string_view key) {
  const auto& labels = KeyLabels();
  auto it = labels.find(key);
  return it == labels.end() ? std::string(key) : std::string(it->second);
}

std::string ScalarText(const Json& value) {
  if (value.is_string()) return value.get<std::string>();
  return value.dump();
}

bool IsIndex(std::string_view token) {
  return !token.empty() && token.size() <= 9 && token.find_first_not_of("0123456789") == std::string_view::npos;
}

// One element of an array, named by its "name" when it has one: 项目 2「土地整治」.
std::string ElementLabel(const Json* array_value, const std::string& array_key, std::size_t index) {
  std::string label = KeyLabel(array_key) + " " + std::to_string(index + 1);
  if (array_value && array_value->is_array() && index < array_value->size()) {
    const Json& element = (*array_value)[index];
    if (element.is_object() && element.contains("name") && element["name"].is_string()) {
      label += "「" + element["name"].get<std::string>() + "」";
    }
  }
  return label;
}

std::string EscapeToken(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

// Every non-null leaf, in document order.
void Flatten(const Json& value, const std::string& pointer, std::vector<std::pair<std::string, std::string>>& out) {
  if (value.is_object()) {
    for (auto it = value.begin(); it != value.end(); ++it) Flatten(it.value(), pointer + "/" + EscapeToken(it.key()), out);
  } else if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) Flatten(value[i], pointer + "/" + std::to_string(i), out);
  } else if (!value.is_null()) {
    out.emplace_back(pointer, ScalarText(value));
  }
}

}  // namespace

std::string FieldLabel(const Json& document, const std::string& pointer) {
  std::vector<std::string> tokens;
  std::size_t start = 1;
  while (start <= pointer.size()) {
    const auto slash = pointer.find('/', start);
    tokens.push_back(pointer.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  std::string label;
  auto append = [&label](const std::string& part) { label += (label.empty() ? "" : " · ") + part; };
  const Json* node = &document;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string& token = tokens[i];
    if (IsIndex(token)) {
      const std::size_t index = std::stoul(token);
      node = node && node->is_array() && index < node->size() ? &(*node)[index] : nullptr;
      continue;
    }
    const Json* child = node && node->is_object() && node->contains(token) ? &(*node)[token] : nullptr;
    const bool last = i + 1 == tokens.size();
    if (!last && IsIndex(tokens[i + 1])) append(ElementLabel(child, token, std::stoul(tokens[i + 1])));
    else if (last || (token != "budget" && token != "funds")) append(KeyLabel(token));
    node = child;
  }
  return label.empty() ? pointer : label;
}

std::vector<FieldChange> DiffDocuments(const Json& before, const Json& after) {
  std::vector<std::pair<std::string, std::string>> old_leaves, new_leaves;
  Flatten(before, "", old_leaves);
  Flatten(after, "", new_leaves);
  const std::map<std::string, std::string> old_values(old_leaves.begin(), old_leaves.end());
  const std::map<std::string, std::string> new_values(new_leaves.begin(), new_leaves.end());
  std::vector<FieldChange> changes;
  for (const auto& [pointer, value] : new_leaves) {  // changed and added, in the new order
    auto it = old_values.find(pointer);
    if (it == old_values.end()) changes.push_back({pointer, FieldLabel(after, pointer), std::nullopt, value});
    else if (it->second != value) changes.push_back({pointer, FieldLabel(after, pointer), it->second, value});
  }
  for (const auto& [pointer, value] : old_leaves) {  // removed
    if (!new_values.contains(pointer)) changes.push_back({pointer, FieldLabel(before, pointer), value, std::nullopt});
  }
  // A mark 不公开 reads as the field it marks, not as a pointer.
  for (FieldChange& change : changes) {
    if (!change.pointer.starts_with("/internal/")) continue;
    change.label = "标为不公开的内容";
    if (change.before) change.before = FieldLabel(before, *change.before);
    if (change.after) change.after = FieldLabel(after, *change.after);
  }
  return changes;
}

Json ChangesToJson(const std::vector<FieldChange>& changes) {
  Json out = Json::array();
  for (const auto& change : changes) {
    out.push_back({{"field", change.pointer},
                   {"label", change.label},
                   {"before", change.before ? Json(*change.before) : Json(nullptr)},
                   {"after", change.after ? Json(*change.after) : Json(nullptr)}});
  }
  return out;
}

std::string ChangesJson(const std::vector<FieldChange>& changes) { return ChangesToJson(changes).dump(); }

}  // namespace jixiao
