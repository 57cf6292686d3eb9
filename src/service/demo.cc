#include "service/demo.h"

#include <nlohmann/json.hpp>

namespace jixiao {

namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kDemoPassword = "jixiao-demo-2026";
constexpr const char* kExampleUnit = "黔南州自然资源局";

struct DemoUnit {
  const char* name;
  const char* login;
  const char* person;
  int seed;
};

const std::vector<DemoUnit>& GeneratedUnits() {
  static const std::vector<DemoUnit> units = {
      {"黔南州教育局", "lijun", "李军", 1},
      {"黔南州卫生健康局", "zhaomin", "赵敏", 2},
      {"黔南州交通运输局", "chenqiang", "陈强", 3},
      {"黔南州农业农村局", "liuyang", "刘洋", 4},
  };
  return units;
}

std::string Yuan(long long hundreds_of_yuan) { return std::to_string(hundreds_of_yuan * 100); }

Json Indicator(const char* level1, const char* level2, const std::string& name, const std::string& target,
               const std::string& actual, const char* unit, const char* weight) {
  return {{"level1", level1}, {"level2", level2}, {"name", name}, {"comparator", ">="}, {"target", target},
          {"actual", actual}, {"unit", unit}, {"weight", weight}, {"qualitative", false}};
}

// A department-year with three projects; `seed` varies the figures so grades differ.
Json GeneratedDocument(const DemoUnit& unit, int year) {
  static const char* kProjects[] = {"信息化运维", "业务培训", "专项工作经费", "设施设备购置", "宣传与服务"};
  Json projects = Json::array();
  long long budget_sum = 0, executed_sum = 0;
  for (int i = 0; i < 3; ++i) {
    const int k = unit.seed * 7 + year * 3 + i * 5;
    const long long budget = 1000 + (k % 17) * 450;                 // hundreds of 元
    const long long executed = budget * (70 + (k * 13) % 31) / 100;  // 70%–100%
    budget_sum += budget;
    executed_sum += executed;
    const int target = 20 + (k % 9) * 10;
    const int actual = target * (80 + (k * 7) % 25) / 100;
    projects.push_back(
        {{"name", std::string(kProjects[(unit.seed + i) % 5]) + "项目"},
         {"level", "own"},
         {"budget", {{"total", Yuan(budget)}, {"fiscal", Yuan(budget)}, {"other", "0"}}},
         {"executed", Yuan(executed)},
         {"implementation", "按年度计划组织实施。"},
         {"benefits", "服务对象获得感提升。"},
         {"satisfaction", {{"subject", "服务对象"}, {"comparator", ">="}, {"stated", std::to_string(85 + k % 12)}}},
         {"indicators", Json::array({Indicator("产出指标", "数量指标", "完成工作任务", std::to_string(target), std::to_string(actual), "项", "40"),
                                     Indicator("效益指标", "社会效益指标", "服务覆盖率", "90", std::to_string(80 + k % 20), "%", "30"),
                                     Indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", "90", std::to_string(85 + k % 12), "%", "20")})}});
  }
  Json document = {{"format", "jixiao.evaluation/1"},
                   {"unit", {{"name", unit.name}}},
                   {"year", year},
                   {"functions", Json::array({"贯彻执行国家和省、州有关方针政策", "负责本行业发展规划和监督管理"})},
                   {"funds", {{"budget_total", Yuan(budget_sum)}, {"executed_total", Yuan(executed_sum)}}},
                   {"projects", projects},
                   {"next_steps", Json::array({"加快预算执行进度", "完善绩效指标，提高指标的可衡量性"})}};
  return document;
}

Caller Acting(const UserRecord& user) { return Caller{CurrentUser{user, "", ""}, "demo"}; }

// Explains every warning (demo text), then submits.
Result<bool> ExplainAndSubmit(Workspace& workspace, const Caller& caller, YearView view) {
  std::vector<std::string> warnings;
  for (const auto& finding : view.findings) {
    if (finding["severity"] == "warning") warnings.push_back(finding["key"].get<std::string>());
  }
  for (const auto& key : warnings) {
    auto explained = workspace.Explain(caller, view.unit.id, view.draft.year, view.draft.revision, key,
                                       "演示数据：已核实，情况属实。");
    if (!explained) return tl::unexpected(explained.error());
    view = std::move(*explained);
  }
  if (view.errors > 0) return false;  // left as a draft for the demo user to fix
  auto submitted = workspace.Submit(caller, view.unit.id, view.draft.year, view.draft.revision);
  if (!submitted) return tl::unexpected(submitted.error());
  return true;
}

}  // namespace

std::vector<DemoLogin> DemoLogins() {
  std::vector<DemoLogin> logins = {{"admin", kDemoPassword, "管理员"},
                                   {"reviewer", kDemoPassword, "财政复核人 · 黔南州财政局绩效科"},
                                   {"wangfang", kDemoPassword, std::string("单位填报人 · ") + kExampleUnit}};
  for (const auto& unit : GeneratedUnits()) logins.push_back({unit.login, kDemoPassword, std::string("单位填报人 · ") + unit.name});
  return logins;
}

Result<bool> LoadDemo(Workspace& workspace, const std::string& example_report) {
  auto existing = workspace.repository().ListUnits();
  if (!existing) return tl::unexpected(existing.error());
  if (!existing->empty()) return false;
  auto admin = workspace.AddUserAsSystem({"admin", "系统管理员", Role::kAdmin, std::nullopt, kDemoPassword});
  if (!admin) return tl::unexpected(admin.error());
  const Caller as_admin = Acting(*admin);
  if (auto r = workspace.AddUserAsSystem({"reviewer", "夏审核", Role::kReviewer, std::nullopt, kDemoPassword}); !r) {
    return tl::unexpected(r.error());
  }
  // The example department: its real 2022 report, imported as a draft with the findings to fix.
  auto example = workspace.AddUnit(as_admin, {0, kExampleUnit, "", "黔南州"});
  if (!example) return tl::unexpected(example.error());
  auto wangfang = workspace.AddUserAsSystem({"wangfang", "王芳", Role::kUnit, example->id, kDemoPassword});
  if (!wangfang) return tl::unexpected(wangfang.error());
  auto preview = workspace.PreviewImport(Acting(*wangfang), "qiannan-natural-resources-2022.txt", example_report);
  if (!preview) return tl::unexpected(preview.error());
  if (auto year = workspace.CreateYear(Acting(*wangfang), example->id, 2022, preview->document.dump()); !year) {
    return tl::unexpected(year.error());
  }
  for (const auto& demo : GeneratedUnits()) {
    auto unit = workspace.AddUnit(as_admin, {0, demo.name, "", "黔南州"});
    if (!unit) return tl::unexpected(unit.error());
    auto user = workspace.AddUserAsSystem({demo.login, demo.person, Role::kUnit, unit->id, kDemoPassword});
    if (!user) return tl::unexpected(user.error());
    for (int year : {2023, 2024}) {
      auto view = workspace.CreateYear(Acting(*user), unit->id, year, GeneratedDocument(demo, year).dump());
      if (!view) return tl::unexpected(view.error());
      if (year == 2023 || demo.seed % 2 == 0) {
        if (auto submitted = ExplainAndSubmit(workspace, Acting(*user), std::move(*view)); !submitted) {
          return tl::unexpected(submitted.error());
        }
      }
    }
  }
  return true;
}

}  // namespace jixiao
