#include "render/testing/sample.h"

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "base/file.h"
#include "format/evaluation_json.h"

namespace jixiao::testing {

Evaluation LoadExample() {
  const char* path = "tests/golden/qiannan-2022.evaluation.json";
  auto text = ReadFile(path);
  if (!text) std::abort();
  auto evaluation = ParseEvaluationJson(*text, path);
  if (!evaluation) std::abort();
  return *evaluation;
}

namespace {

Indicator MakeIndicator(int p, int i) {
  static constexpr std::array<const char*, 10> kLevel2 = {"数量指标", "数量指标", "质量指标", "时效指标", "成本指标",
                                                         "经济效益", "社会效益", "生态效益", "可持续影响",
                                                         "服务对象满意度"};
  static constexpr std::array<int, 10> kWeights = {10, 10, 10, 10, 10, 8, 8, 7, 7, 10};
  Indicator ind;
  ind.level1 = i < 5 ? "产出指标" : i < 9 ? "效益指标" : "满意度指标";
  ind.level2 = kLevel2[static_cast<std::size_t>(i % 10)];
  ind.name = "第" + std::to_string(p + 1) + "项目指标" + std::to_string(i + 1) + "（完成数量、质量与成效）";
  ind.weight = Points::FromWhole(kWeights[static_cast<std::size_t>(i % 10)]);
  if (i == 3) {
    ind.qualitative = true;
    ind.target_text = "达成年度指标";
    ind.actual_text = "达成年度指标";
    ind.score_stated = ind.weight;
    return ind;
  }
  ind.comparator = i == 4 ? Comparator::kLessEqual : i == 2 ? Comparator::kEqual : Comparator::kGreaterEqual;
  ind.target = Quantity::FromWhole(100 + i);
  ind.actual = Quantity::FromWhole((p + i) % 7 == 0 ? 80 + i : 100 + i);
  ind.unit = i == 9 ? "%" : "个";
  if ((p + i) % 7 == 0) ind.deviation_reason = "受天气与招标进度影响，部分任务顺延至次年完成";
  return ind;
}

}  // namespace

Evaluation GenerateLarge(int projects, int indicators) {
  Evaluation ev = LoadExample();
  ev.unit.name = "测试州综合管理局";
  ev.projects.clear();
  Money budget_sum, executed_sum;
  for (int p = 0; p < projects; ++p) {
    Project project;
    project.name = "第" + std::to_string(p + 1) + "号综合业务保障与能力提升建设项目";
    project.level = p % 4 == 3 ? ProjectLevel::kSuperior : ProjectLevel::kOwn;
    const Money budget = Money::FromWhole(100000 + 25000LL * p);
    const Money executed = Money::FromUnits(budget.units() * (70 + (p * 7) % 31) / 100);
    project.budget = {budget, budget, Money(), {}};
    project.executed = executed;
    project.implementation = "按计划组织实施，完成年度建设任务的主要内容，资金按进度拨付。";
    project.benefits = "提升了公共服务能力，服务对象获得感增强。";
    project.satisfaction = Satisfaction{"服务对象", Comparator::kGreaterEqual, Percent::FromWhole(90), {}};
    for (int i = 0; i < indicators; ++i) project.indicators.push_back(MakeIndicator(p, i));
    budget_sum += budget;
    executed_sum += executed;
    ev.projects.push_back(std::move(project));
  }
  ev.funds.budget_total = budget_sum;
  ev.funds.executed_total = executed_sum;
  ev.funds.execution_rate_stated.reset();
  return ev;
}

namespace {

DepartmentIndicator DepartmentRow(const char* level1, const char* level2, const char* name, const char* formula,
                                  Comparator comparator, int64_t actual_hundredths, int weight) {
  DepartmentIndicator ind;
  ind.level1 = level1;
  ind.level2 = level2;
  ind.name = name;
  ind.formula = formula;
  ind.comparator = comparator;
  ind.target = Quantity::FromWhole(100);
  ind.actual = Quantity::FromUnits(actual_hundredths * 100);
  ind.unit = "%";
  ind.weight = Points::FromWhole(weight);
  return ind;
}

}  // namespace

Evaluation WithDepartmentIndicators(Evaluation ev) {
  DepartmentIndicator rate = DepartmentRow("产出指标", "预算执行", "预算完成率", "完成数/预算数",
                                           Comparator::kGreaterEqual, 2252, 30);
  rate.deviation_reason = "上级资金下达较晚，结转下年使用";
  DepartmentIndicator rules;
  rules.level1 = "效益指标";
  rules.level2 = "可持续影响";
  rules.name = "管理制度健全性";
  rules.qualitative = true;
  rules.target_text = "健全";
  rules.actual_text = "达成年度指标";
  rules.weight = Points::FromWhole(10);
  ev.department_indicators = {
      rate,
      DepartmentRow("产出指标", "预算管理", "三公经费控制率", "实际/预算", Comparator::kLessEqual, 8500, 20),
      DepartmentRow("效益指标", "社会效益", "重点工作办结率", "办结/交办", Comparator::kGreaterEqual, 9500, 30),
      rules};
  return ev;
}

std::vector<Finding> SampleFindings() {
  return {Finding{"funds.economic_class_sum", Severity::kError,
                  "按经济分类合计 11551.31 万元，比全年预算数 115586771.12 元 少 73671.12 元", "/funds/budget_total",
                  "115586771.12", "115513100", std::nullopt},
          Finding{"project.no_indicator", Severity::kWarning, "项目“物业管理项目”未设置量化绩效指标 <须补充>",
                  "/projects/3/indicators", std::nullopt, std::nullopt, std::nullopt}};
}

int Run(const std::string& command, std::string* output) {
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return -1;
  std::array<char, 4096> buffer;
  std::string text;
  while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) text.append(buffer.data(), n);
  const int status = pclose(pipe);
  if (output != nullptr) *output = std::move(text);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool HaveTool(const std::string& name) { return Run("command -v " + name + " >/dev/null") == 0; }

std::string TempDir(const std::string& tag) {
  std::string path = "/tmp/jixiao-" + tag + "-XXXXXX";
  if (mkdtemp(path.data()) == nullptr) std::abort();
  return path;
}

void WriteBytes(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

}  // namespace jixiao::testing
