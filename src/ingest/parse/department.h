// The department-wide (部门整体) part of a report: the unit's functions (职能), the year's work
// tasks with their completion and achievements (年度工作目标完成情况), and the funds: 经费下达
// by economic class and by source (项目经费, 本级, 上级), 全年预算数 / 全年执行数 / 执行率 and
// the reason for a shortfall. Fills ParseContext::evaluation() with provenance.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/fixed.h"
#include "ingest/parse/context.h"

namespace jixiao::parse {

class DepartmentParser {
 public:
  explicit DepartmentParser(ParseContext& context) : ctx_(context) {}

  // A paragraph under the 职能 heading: "1.负责…；" items, or "；"-separated text.
  void Function(std::size_t index);
  // A paragraph under the 年度工作目标完成情况 heading: "年度工作任务：" / "完成情况：" /
  // "取得的成绩：" labels, unlabeled paragraphs continuing the current one.
  void Task(std::size_t index);
  // A paragraph under the funds heading (经费下达, 预算执行, 收支).
  void Funds(std::size_t index);
  // Ends the text field being read (a table or caption follows).
  void EndField() {
    task_field_ = TaskField::kNone;
    reason_open_ = false;
  }

 private:
  enum class TaskField { kNone, kTask, kCompletion, kAchievements };
  void AddFunction(std::size_t index, std::string_view item);
  void SetTaskField(std::size_t index, TaskField field, std::string_view text);
  void PlaceFigure(std::size_t index, const Amount& amount, const std::vector<Amount>& all);
  void ShortfallReason(std::size_t index, std::size_t from);

  ParseContext& ctx_;
  TaskField task_field_ = TaskField::kNone;
  bool reason_open_ = false;  // the last funds paragraph ended inside the shortfall reason
};

// Where a shortfall explanation starts in `text` (主要原因, 原因是, 原因：), npos when none.
std::size_t FindReasonStart(std::string_view text);

// Appends `value` as a JSON string literal to `out`.
void AppendJsonString(std::string& out, std::string_view value);
// A money figure as the raw JSON of an extra field: "\"2389300\"".
std::string JsonMoney(Money money);

}  // namespace jixiao::parse
