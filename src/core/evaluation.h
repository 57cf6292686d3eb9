// The evaluation model: one department's budget performance self-evaluation for one year,
// as ../docs/FORMAT.md (jixiao.evaluation/1) fixes it. Plain values owned by the caller;
// std::nullopt means "the report does not state it".
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/fixed.h"

namespace jixiao {

// Fields this version does not know, kept as raw JSON text so they survive a round trip.
using Extras = std::vector<std::pair<std::string, std::string>>;

enum class Comparator { kEqual, kGreater, kGreaterEqual, kLess, kLessEqual };
std::string_view ComparatorSymbol(Comparator comparator);  // "=", ">", ">=", "<", "<="
std::optional<Comparator> ComparatorFromSymbol(std::string_view symbol);  // also ≥ ≤ ＞ ＜ 大于…

enum class ProjectLevel { kOwn, kSuperior };  // 本级安排 | 上级资金

struct UnitInfo {
  std::optional<std::string> name;
  std::optional<std::string> code;
  Extras extras;
};

struct Task {
  std::optional<std::string> task;
  std::optional<std::string> completion;
  std::optional<std::string> achievements;
  Extras extras;
};

struct EconomicClassAmount {
  std::string economic_class;  // 工资福利支出, 商品和服务支出, …
  std::optional<Money> amount;
  Extras extras;
};

struct ProjectFunds {
  std::optional<Money> total;
  std::optional<Money> own_level;
  std::optional<Money> superior;
  Extras extras;
};

struct DepartmentFunds {
  std::vector<EconomicClassAmount> by_economic_class;
  std::optional<ProjectFunds> project_funds;
  std::optional<Money> budget_total;    // 全年预算数
  std::optional<Money> executed_total;  // 全年执行数
  std::optional<Percent> execution_rate_stated;
  std::optional<std::string> shortfall_reason;
  Extras extras;
};

struct Budget {
  std::optional<Money> total;
  std::optional<Money> fiscal;
  std::optional<Money> other;
  Extras extras;
};

struct Satisfaction {
  std::optional<std::string> subject;
  Comparator comparator = Comparator::kEqual;
  std::optional<Percent> stated;
  Extras extras;
};

struct Indicator {
  std::optional<std::string> level1;  // 产出指标 | 效益指标 | 满意度指标 | 成本指标
  std::optional<std::string> level2;
  std::string name;
  std::optional<Comparator> comparator;
  bool qualitative = false;
  // Quantitative indicators hold numbers; qualitative ones hold tiers (优/良/达成…).
  std::optional<Quantity> target;
  std::optional<Quantity> actual;
  std::optional<std::string> target_text;
  std::optional<std::string> actual_text;
  std::optional<std::string> unit;
  std::optional<Points> weight;
  std::optional<Points> score_stated;
  std::optional<std::string> deviation_reason;
  Extras extras;
};

// A row of the 部门整体支出绩效自评表 (DOMAIN.md §3): an indicator of the whole department
// (在职人员控制率, 预算完成率, …), scored like a project indicator, with the formula the form states.
struct DepartmentIndicator : Indicator {
  std::optional<std::string> formula;  // "完成数/预算数", as stated
};

struct Project {
  std::string name;
  std::optional<ProjectLevel> level;
  Budget budget;
  std::optional<Money> executed;
  std::optional<Percent> execution_rate_stated;
  std::optional<std::string> implementation;
  std::optional<std::string> benefits;
  std::optional<Satisfaction> satisfaction;
  std::optional<std::string> shortfall_reason;
  std::vector<Indicator> indicators;
  Extras extras;
};

// Where a value was read from in a source report.
struct SourceSpan {
  int line = 0;       // 1-based; 0 when unknown
  int column = 0;     // 1-based, in characters
  int page = 0;       // PDF page, 1-based; 0 when not a PDF
  int paragraph = 0;  // DOCX paragraph, 1-based; 0 when not a DOCX
  // XLSX worksheet (1-based ordinal among the visible sheets; `line` is then its row number).
  // 0 when not an XLSX. `page` holds the same ordinal, for consumers that know only pages.
  int sheet = 0;
  std::string excerpt;  // the source text the value came from
};

struct Evaluation {
  UnitInfo unit;
  std::optional<int> year;
  std::vector<std::string> functions;
  std::vector<Task> tasks;
  DepartmentFunds funds;
  std::vector<Project> projects;
  std::vector<DepartmentIndicator> department_indicators;  // empty when the report has none
  std::vector<std::string> next_steps;
  // JSON pointers of text fields the unit marks 不公开: kept in its versions, left out of what is
  // published. Never a figure: published figures must equal the reviewed ones.
  std::vector<std::string> internal;
  Extras extras;
  // JSON pointer of a value ("/projects/3/executed") -> where it was read. Empty for JSON input.
  std::map<std::string, SourceSpan> provenance;
};

// Removes project `index` (< projects.size()) with the places its values were read, and
// renumbers the places of the projects after it.
void EraseProject(Evaluation& evaluation, std::size_t index);

}  // namespace jixiao
