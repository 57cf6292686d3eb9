#include "service/demo.h"

#include <nlohmann/json.hpp>

#include "service/review_desk.h"

namespace jixiao {

namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kDemoPassword = "jixiao-demo-2026";
constexpr const char* kExampleUnit = "黔南州自然资源局";
constexpr const char* kRegion = "贵州省/黔南州";

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


// ---- the county region: 30 generated units in every stage of the 2025 cycle ----

const std::vector<const char*>& Counties() {
  static const std::vector<const char*> counties = {"都匀市", "福泉市", "荔波县", "贵定县", "瓮安县", "独山县"};
  return counties;
}

const std::vector<const char*>& Departments() {
  static const std::vector<const char*> departments = {"教育局", "卫生健康局", "交通运输局", "农业农村局", "水务局"};
  return departments;
}

// A 2025 department-year whose execution rate falls with `seed` so grades spread from 优 to 差.
Json CountyDocument(const std::string& name, int seed) {
  static const int kRates[] = {98, 95, 92, 88, 85, 78, 72, 66, 58, 45};
  const int rate = kRates[seed % 10];
  Json projects = Json::array();
  long long budget_sum = 0, executed_sum = 0;
  for (int i = 0; i < 2; ++i) {
    const long long budget = 800 + ((seed * 7 + i * 3) % 13) * 250;  // hundreds of 元
    const long long executed = budget * rate / 100;
    budget_sum += budget;
    executed_sum += executed;
    const int target = 40 + (seed % 5) * 10;
    const int actual = target * (rate + 5 > 100 ? 100 : rate + 5) / 100;
    projects.push_back(
        {{"name", std::string(i == 0 ? "基本公共服务提升项目" : "专项业务工作经费")},
         {"level", "own"},
         {"budget", {{"total", Yuan(budget)}, {"fiscal", Yuan(budget)}, {"other", "0"}}},
         {"executed", Yuan(executed)},
         {"implementation", "按年度计划组织实施，资金按进度拨付。"},
         {"benefits", "服务对象获得感提升。"},
         {"shortfall_reason", rate < 90 ? Json("部分项目招标延后，资金结转下年使用。") : Json(nullptr)},
         {"satisfaction", {{"subject", "服务对象"}, {"comparator", ">="}, {"stated", std::to_string(80 + seed % 15)}}},
         {"indicators", Json::array({Indicator("产出指标", "数量指标", "完成服务任务", std::to_string(target), std::to_string(actual), "项", "50"),
                                     Indicator("效益指标", "社会效益指标", "服务覆盖率", "90", std::to_string(std::min(100, rate)), "%", "30"),
                                     Indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", "90", std::to_string(80 + seed % 15), "%", "10")})}});
  }
  return {{"format", "jixiao.evaluation/1"},
          {"unit", {{"name", name}}},
          {"year", 2025},
          {"functions", Json::array({"贯彻执行国家和省、州有关方针政策"})},
          {"funds", {{"budget_total", Yuan(budget_sum)}, {"executed_total", Yuan(executed_sum)},
                     {"shortfall_reason", rate < 90 ? Json("部分项目招标延后，资金结转下年使用。") : Json(nullptr)}}},
          {"projects", projects},
          {"next_steps", Json::array({"加快预算执行进度", "完善绩效指标"})}};
}

// Acts as a unit's staff member without a login of its own (the demo gives logins to a few units only).
Caller StaffOf(const UnitRecord& unit) {
  UserRecord user;
  user.login = "staff-" + std::to_string(unit.id);
  user.name = unit.name + "填报人";
  user.role = Role::kUnit;
  user.unit_id = unit.id;
  return Acting(user);
}

constexpr int64_t kDay = 24 * 3600;

// Three schools under 都匀市教育局, whose submissions the bureau has the department review first:
// one waiting for the department, one it returned, one it forwarded to the bureau.
constexpr const char* kSchoolDepartment = "贵州省/黔南州/都匀市/都匀市教育局";

Result<bool> LoadSchools(Workspace& workspace, ReviewDesk& desk, ManualClock& clock, const Caller& as_admin,
                         const Caller& bureau) {
  if (auto set = desk.SetDepartmentReviewRegion(bureau, kSchoolDepartment, true); !set) return tl::unexpected(set.error());
  auto added = workspace.AddUserAsSystem({"jiaoyu", "吴初审", Role::kReviewer, std::nullopt, kDemoPassword, true},
                                         kSchoolDepartment);
  if (!added) return tl::unexpected(added.error());
  const Caller department = Acting(*added);
  const char* kSchools[] = {"都匀市第一中学", "都匀市第二中学", "都匀市实验小学"};
  for (int i = 0; i < 3; ++i) {
    auto unit = workspace.AddUnit(as_admin, {0, kSchools[i], "", kSchoolDepartment});
    if (!unit) return tl::unexpected(unit.error());
    Caller staff = StaffOf(*unit);
    if (i == 0) {
      auto user = workspace.AddUserAsSystem({"yizhong", "孙老师", Role::kUnit, unit->id, kDemoPassword});
      if (!user) return tl::unexpected(user.error());
      staff = Acting(*user);
    }
    auto view = workspace.CreateYear(staff, unit->id, 2025, CountyDocument(unit->name, 1 + i * 2).dump());
    if (!view) return tl::unexpected(view.error());
    if (auto submitted = ExplainAndSubmit(workspace, staff, std::move(*view)); !submitted) {
      return tl::unexpected(submitted.error());
    }
    if (i == 0) continue;  // 待主管部门初审
    clock.Advance(2 * kDay);
    auto review = desk.Review(department, unit->id, 2025);
    if (!review) return tl::unexpected(review.error());
    auto decided = i == 1 ? desk.DepartmentReturn(department, unit->id, 2025, review->version.number,
                                                  review->year.draft.revision, "/projects/0/indicators/0",
                                                  "完成服务任务的目标值与年初绩效目标不一致，请按批复的目标填写")
                          : desk.DepartmentForward(department, unit->id, 2025, review->version.number,
                                                   review->year.draft.revision, "经审核，数据真实，同意报送");
    if (!decided) return tl::unexpected(decided.error());
    clock.Advance(-2 * kDay);
  }
  return true;
}

Result<bool> LoadCounties(Workspace& live, const Caller& as_admin, const UserRecord& reviewer) {
  // The cycle happened earlier this year: a clock of its own dates each step.
  ManualClock clock(1'767'225'600);  // 2026-01-01 08:00 Beijing
  Workspace workspace(live.repository(), clock);
  ReviewDesk desk(workspace, clock);
  const Caller bureau = Acting(reviewer);
  clock.Advance(4 * kDay);
  if (auto task = desk.IssueTask(bureau, 2025, "2026-03-31", "请各单位完成 2025 年度部门整体和项目支出绩效自评并送审"); !task) {
    return tl::unexpected(task.error());
  }
  struct Planned {
    UnitRecord unit;
    int seed;
  };
  std::vector<Planned> planned;
  int seed = 0;
  for (const char* county : Counties()) {
    for (const char* department : Departments()) {
      const std::string name = std::string(county) + department;
      auto unit = workspace.AddUnit(as_admin, {0, name, "", std::string(kRegion) + "/" + county});
      if (!unit) return tl::unexpected(unit.error());
      planned.push_back({*unit, seed++});
    }
  }
  clock.Advance(40 * kDay);  // mid-February: units fill in and submit
  for (std::size_t i = 0; i < planned.size(); ++i) {
    const auto& [unit, s] = planned[i];
    const int stage = s % 10;
    if (stage == 0) continue;  // 未填报 (late: the deadline has passed)
    const Caller staff = StaffOf(unit);
    auto view = workspace.CreateYear(staff, unit.id, 2025, CountyDocument(unit.name, s).dump());
    if (!view) return tl::unexpected(view.error());
    if (stage == 1) continue;  // 草稿
    clock.Advance(stage == 2 ? 50 * kDay : kDay);  // stage 2 submits after the deadline
    if (auto submitted = ExplainAndSubmit(workspace, staff, std::move(*view)); !submitted) {
      return tl::unexpected(submitted.error());
    }
    if (stage == 2) clock.Advance(-50 * kDay);
  }
  if (auto schools = LoadSchools(workspace, desk, clock, as_admin, bureau); !schools) return schools;
  clock.Advance(45 * kDay);  // April: the bureau reviews
  for (const auto& [unit, s] : planned) {
    const int stage = s % 10;
    if (stage < 3) continue;
    auto review = desk.Review(bureau, unit.id, 2025);
    if (!review) return tl::unexpected(review.error());
    if (stage == 3 || stage == 4) {
      auto returned = desk.Return(bureau, unit.id, 2025, review->version.number, review->year.draft.revision,
                                  "/funds/shortfall_reason", "预算执行率偏低的原因说明不具体，请补充结转资金的金额和用途");
      if (!returned) return tl::unexpected(returned.error());
      if (stage == 3) continue;  // 被退回, waiting for the unit
      clock.Advance(3 * kDay);
      const Caller staff = StaffOf(unit);
      auto year = workspace.Year(staff, unit.id, 2025);
      if (!year) return tl::unexpected(year.error());
      auto fixed = workspace.Edit(staff, unit.id, 2025, year->draft.revision,
                                  {{"replace", "/funds/shortfall_reason",
                                    "2025 年结转资金 " + std::to_string(s) + "0 万元，用于下年度续建工程，已报财政备案。"}});
      if (!fixed) return tl::unexpected(fixed.error());
      if (auto again = ExplainAndSubmit(workspace, staff, std::move(*fixed)); !again) return tl::unexpected(again.error());
      continue;  // resubmitted: 待审核 (second version)
    }
    if (s % 3 == 0) {  // a deduction on the execution row, with its reason
      if (auto r = desk.Rescore(bureau, unit.id, 2025, review->version.number, 0, "execution", "2",
                                "结转资金未按规定说明"); !r) {
        return tl::unexpected(r.error());
      } else {
        review = std::move(r);
      }
    }
    auto passed = desk.Pass(bureau, unit.id, 2025, review->version.number, review->year.draft.revision);
    if (!passed) return tl::unexpected(passed.error());
    clock.Advance(kDay / 4);
  }
  clock.Advance(30 * kDay);  // June: publication and rectification
  for (const auto& [unit, s] : planned) {
    const int stage = s % 10;
    if (stage >= 7) {
      if (auto published = desk.Publish(bureau, unit.id, 2025); !published) return tl::unexpected(published.error());
    }
    if (stage < 5) continue;
    // Low execution becomes a rectification item: one overdue, one in progress, one closed with evidence.
    const std::string deadline = stage == 9 ? "2026-08-31" : "2026-12-31";
    auto item = desk.OpenRectification(bureau, {unit.id, 2025, "review:/funds/shortfall_reason", "预算执行率偏低，结转资金未说明",
                                                "说明结转资金的金额、用途和下年度使用计划，完善预算执行进度管理制度。",
                                                "财务科", deadline});
    if (!item) return tl::unexpected(item.error());
    const Caller staff = StaffOf(unit);
    if (stage == 6 || stage == 8) {
      auto started = desk.MoveRectification(staff, item->item.id, item->item.revision, "in_progress");
      if (!started) return tl::unexpected(started.error());
      if (stage == 8) {
        auto attached = desk.AttachEvidence(staff, item->item.id, "整改情况说明.pdf",
                                            "%PDF-1.4\n% demo evidence: 整改情况说明\n%%EOF\n");
        if (!attached) return tl::unexpected(attached.error());
        auto sent = desk.MoveRectification(staff, item->item.id, attached->item.revision, "to_verify");
        if (!sent) return tl::unexpected(sent.error());
        auto closed = desk.MoveRectification(bureau, item->item.id, sent->item.revision, "closed");
        if (!closed) return tl::unexpected(closed.error());
      }
    }
  }
  return true;
}

}  // namespace

std::vector<DemoLogin> DemoLogins() {
  std::vector<DemoLogin> logins = {{"admin", kDemoPassword, "管理员"},
                                   {"reviewer", kDemoPassword, "财政复核人 · 黔南州财政局绩效科（全州）"},
                                   {"duyun", kDemoPassword, "财政复核人 · 仅都匀市"},
                                   {"jiaoyu", kDemoPassword, "主管部门初审人 · 都匀市教育局（下属学校）"},
                                   {"yizhong", kDemoPassword, "单位填报人 · 都匀市第一中学"},
                                   {"wangfang", kDemoPassword, std::string("单位填报人 · ") + kExampleUnit}};
  for (const auto& unit : GeneratedUnits()) logins.push_back({unit.login, kDemoPassword, std::string("单位填报人 · ") + unit.name});
  return logins;
}

Result<bool> LoadDemo(Workspace& workspace, const std::string& example_report, bool county_region) {
  auto existing = workspace.repository().ListUnits();
  if (!existing) return tl::unexpected(existing.error());
  if (!existing->empty()) return false;
  auto admin = workspace.AddUserAsSystem({"admin", "系统管理员", Role::kAdmin, std::nullopt, kDemoPassword});
  if (!admin) return tl::unexpected(admin.error());
  const Caller as_admin = Acting(*admin);
  auto reviewer = workspace.AddUserAsSystem({"reviewer", "夏审核", Role::kReviewer, std::nullopt, kDemoPassword});
  if (!reviewer) return tl::unexpected(reviewer.error());
  if (auto r = workspace.AddUserAsSystem({"duyun", "杜复核", Role::kReviewer, std::nullopt, kDemoPassword},
                                         std::string(kRegion) + "/都匀市");
      !r) {
    return tl::unexpected(r.error());
  }
  // The example department: its real 2022 report, imported as a draft with the findings to fix.
  auto example = workspace.AddUnit(as_admin, {0, kExampleUnit, "", kRegion});
  if (!example) return tl::unexpected(example.error());
  auto wangfang = workspace.AddUserAsSystem({"wangfang", "王芳", Role::kUnit, example->id, kDemoPassword});
  if (!wangfang) return tl::unexpected(wangfang.error());
  auto preview = workspace.PreviewImport(Acting(*wangfang), "qiannan-natural-resources-2022.txt", example_report);
  if (!preview) return tl::unexpected(preview.error());
  if (auto year = workspace.CreateYear(Acting(*wangfang), example->id, 2022, preview->document.dump()); !year) {
    return tl::unexpected(year.error());
  }
  for (const auto& demo : GeneratedUnits()) {
    auto unit = workspace.AddUnit(as_admin, {0, demo.name, "", kRegion});
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
  if (!county_region) return true;
  return LoadCounties(workspace, as_admin, *reviewer);
}

}  // namespace jixiao
