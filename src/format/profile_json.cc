#include "format/profile_json.h"

#include <nlohmann/json.hpp>

#include "format/json_locator.h"

namespace jixiao {

namespace {

using Json = nlohmann::ordered_json;

// One profile field: its JSON pointer and how to read or write it.
struct Field {
  const char* pointer;
  enum Kind { kPoints, kPercent, kQuantity, kInt, kText, kReverse, kCaps } kind;
  void* (*member)(ScoringProfile&);
};

#define JIXIAO_FIELD(ptr, kind, expr) \
  Field{ptr, Field::kind, [](ScoringProfile& p) -> void* { return &p.expr; }}

const Field kFields[] = {
    JIXIAO_FIELD("/id", kText, id),
    JIXIAO_FIELD("/name", kText, name),
    JIXIAO_FIELD("/blocks/execution", kPoints, execution_points),
    JIXIAO_FIELD("/blocks/output", kPoints, output_points),
    JIXIAO_FIELD("/blocks/benefit", kPoints, benefit_points),
    JIXIAO_FIELD("/blocks/satisfaction", kPoints, satisfaction_points),
    JIXIAO_FIELD("/no_satisfaction_to/output", kPoints, no_satisfaction_to_output),
    JIXIAO_FIELD("/no_satisfaction_to/benefit", kPoints, no_satisfaction_to_benefit),
    JIXIAO_FIELD("/indicator_total", kPoints, indicator_total),
    JIXIAO_FIELD("/reverse_rule", kReverse, reverse_rule),
    JIXIAO_FIELD("/qualitative_tiers/achieved_min_percent", kPercent, qualitative_tier1_min),
    JIXIAO_FIELD("/qualitative_tiers/partly_min_percent", kPercent, qualitative_tier2_min),
    JIXIAO_FIELD("/over_achievement/ratio_percent", kPercent, over_achievement_ratio),
    JIXIAO_FIELD("/over_achievement/zero_target_actual", kQuantity, over_achievement_zero_target),
    JIXIAO_FIELD("/over_achievement/deduction_points", kPoints, over_achievement_deduction),
    JIXIAO_FIELD("/execution_caps", kCaps, execution_caps),
    JIXIAO_FIELD("/reason_required_below_percent", kPercent, reason_required_below),
    JIXIAO_FIELD("/satisfaction_benchmark_percent", kPercent, satisfaction_benchmark),
    JIXIAO_FIELD("/pasted_satisfaction/min_projects", kInt, pasted_satisfaction_min_projects),
    JIXIAO_FIELD("/pasted_satisfaction/share_percent", kPercent, pasted_satisfaction_share),
    JIXIAO_FIELD("/grades/excellent", kPoints, grade_excellent),
    JIXIAO_FIELD("/grades/good", kPoints, grade_good),
    JIXIAO_FIELD("/grades/pass", kPoints, grade_pass),
};
#undef JIXIAO_FIELD

template <typename T>
std::optional<std::string> SetFixed(const Json& v, void* target) {
  if (!v.is_string()) return "须写成字符串，如 \"10\"";
  auto parsed = ParseFixed<T>(v.get<std::string>());
  if (!parsed) return parsed.error().message;
  *static_cast<T*>(target) = *parsed;
  return std::nullopt;
}

std::optional<std::string> SetField(const Field& f, const Json& v, ScoringProfile& profile) {
  void* target = f.member(profile);
  switch (f.kind) {
    case Field::kPoints: return SetFixed<Points>(v, target);
    case Field::kPercent: return SetFixed<Percent>(v, target);
    case Field::kQuantity: return SetFixed<Quantity>(v, target);
    case Field::kInt:
      if (!v.is_number_integer() || v.get<int64_t>() < 1 || v.get<int64_t>() > 100000) return "应为正整数";
      *static_cast<int*>(target) = v.get<int>();
      return std::nullopt;
    case Field::kText:
      if (!v.is_string()) return "应为字符串";
      *static_cast<std::string*>(target) = v.get<std::string>();
      return std::nullopt;
    case Field::kReverse:
      if (v == "linear") *static_cast<ReverseRule*>(target) = ReverseRule::kLinear;
      else if (v == "inverse") *static_cast<ReverseRule*>(target) = ReverseRule::kInverse;
      else return "应为 \"linear\"（线性扣减）或 \"inverse\"（W·T/A）";
      return std::nullopt;
    case Field::kCaps: {
      const char* shape = "应为数组，如 [{\"below_percent\": \"80\", \"max_points\": \"89\"}]";
      if (!v.is_array()) return shape;
      std::vector<ScoringProfile::ExecutionCap> caps;
      for (const auto& item : v) {
        if (!item.is_object() || !item.contains("below_percent") || !item.contains("max_points")) return shape;
        ScoringProfile::ExecutionCap cap;
        if (auto bad = SetFixed<Percent>(item["below_percent"], &cap.below)) return "below_percent " + *bad;
        if (auto bad = SetFixed<Points>(item["max_points"], &cap.max_points)) return "max_points " + *bad;
        caps.push_back(cap);
      }
      *static_cast<std::vector<ScoringProfile::ExecutionCap>*>(target) = std::move(caps);
      return std::nullopt;
    }
  }
  return std::nullopt;
}

Json GetField(const Field& f, ScoringProfile& profile) {
  void* source = f.member(profile);
  switch (f.kind) {
    case Field::kPoints: return ToString(*static_cast<Points*>(source));
    case Field::kPercent: return ToString(*static_cast<Percent*>(source));
    case Field::kQuantity: return ToString(*static_cast<Quantity*>(source));
    case Field::kInt: return *static_cast<int*>(source);
    case Field::kText: return *static_cast<std::string*>(source);
    case Field::kReverse:
      return *static_cast<ReverseRule*>(source) == ReverseRule::kLinear ? "linear" : "inverse";
    case Field::kCaps: {
      Json caps = Json::array();
      for (const auto& cap : *static_cast<std::vector<ScoringProfile::ExecutionCap>*>(source)) {
        caps.push_back({{"below_percent", ToString(cap.below)}, {"max_points", ToString(cap.max_points)}});
      }
      return caps;
    }
  }
  return nullptr;
}

// Leaf pointers of `json` that no field names.
void UnknownKeys(const Json& json, const std::string& path, std::vector<std::pair<std::string, std::string>>& out) {
  if (!json.is_object()) return;
  for (auto it = json.begin(); it != json.end(); ++it) {
    const std::string child = path + "/" + it.key();
    if (child == "/format") continue;
    bool leaf = false, group = false;
    for (const Field& f : kFields) {
      leaf |= std::string_view(f.pointer) == child;
      group |= std::string_view(f.pointer).starts_with(child + "/");
    }
    if (!leaf && !group) out.emplace_back(child, "未知字段（拼写错误？）");
    if (group && !it->is_object()) out.emplace_back(child, "应为 JSON 对象 {…}");
    if (group && it->is_object()) UnknownKeys(*it, child, out);
  }
}

std::string Where(std::string_view text, const std::string& source, const std::string& pointer) {
  auto lc = LocateJsonPointer(text, pointer);
  return source + (lc ? ":" + std::to_string(lc->line) + ":" + std::to_string(lc->column) : "") + ": 字段 " + pointer;
}

std::optional<std::string> CheckSums(const ScoringProfile& p) {
  if (p.execution_points + p.indicator_total != Points::FromWhole(100)) return "预算执行分值与指标总分之和应为 100";
  if (p.output_points + p.benefit_points + p.satisfaction_points != p.indicator_total) {
    return "产出、效益、满意度分值之和应等于指标总分 " + ToString(p.indicator_total);
  }
  if (p.no_satisfaction_to_output + p.no_satisfaction_to_benefit != p.satisfaction_points) {
    return "no_satisfaction_to 的分值之和应等于满意度分值 " + ToString(p.satisfaction_points);
  }
  if (!(p.grade_excellent > p.grade_good && p.grade_good > p.grade_pass)) return "等级分数线应为 优 > 良 > 中";
  if (!(p.qualitative_tier1_min > p.qualitative_tier2_min)) return "定性档次下限应为 达成 > 部分达成";
  return std::nullopt;
}

}  // namespace

Result<ScoringProfile> ParseProfileJson(std::string_view text, const std::string& source_name) {
  auto parsed = ParseJsonText(text, source_name);
  if (!parsed) return tl::unexpected(parsed.error());
  const Json& root = *parsed;
  if (!root.is_object() || root.value("format", "") != kProfileFormat) {
    return Invalid(source_name + ": 不是评分配置文件（\"format\" 应为 \"" + std::string(kProfileFormat) + "\"）");
  }
  ScoringProfile profile;
  std::vector<std::string> problems;
  std::vector<std::pair<std::string, std::string>> structural;
  UnknownKeys(root, "", structural);
  for (const auto& [key, what] : structural) problems.push_back(Where(text, source_name, key) + "：" + what);
  for (const Field& f : kFields) {
    const Json::json_pointer ptr(f.pointer);
    if (!problems.empty() || !root.contains(ptr)) continue;
    if (auto problem = SetField(f, root.at(ptr), profile)) problems.push_back(Where(text, source_name, f.pointer) + "：" + *problem);
  }
  if (problems.empty()) {
    if (auto problem = CheckSums(profile)) problems.push_back(source_name + ": " + *problem);
  }
  if (problems.empty()) return profile;
  std::string message = std::to_string(problems.size()) + " 处错误：";
  for (const auto& p : problems) message += "\n  " + p;
  return Invalid(message);
}

std::string WriteProfileJson(const ScoringProfile& profile) {
  ScoringProfile copy = profile;
  Json root = {{"format", std::string(kProfileFormat)}};
  for (const Field& f : kFields) root[Json::json_pointer(f.pointer)] = GetField(f, copy);
  return root.dump(2, ' ', false) + "\n";
}

}  // namespace jixiao
