// The section structure of a report: which part a heading opens (职能, 年度工作目标完成情况,
// 经费与预算执行, 项目支出, 下一步工作打算…) and a stack of open headings so that the body text
// under them goes to the right module. Numbered items inside a list section (functions,
// tasks, projects, next steps) stay items, not new sections.
#pragma once

#include <string_view>
#include <vector>

namespace jixiao::parse {

// In priority order: when a heading names two regions, the earlier one wins.
enum class Region {
  kNextSteps,   // 下一步工作打算
  kFunctions,   // 职能
  kTasks,       // 年度工作目标完成情况
  kProjects,    // 项目支出绩效
  kFunds,       // 经费下达, 预算执行, 收支情况
  kDepartment,  // 部门整体 / 整体支出 / 基本情况
  kOther,       // a heading the parser has no use for (存在问题, 绩效目标…)
  kNone,        // before the first heading
};

// The region a heading's text opens (kOther when none).
Region ClassifyHeading(std::string_view body);

class SectionTracker {
 public:
  // Whether a numbered title at `level` with text `body` opens a section here (rather than
  // being an item of the current list section).
  bool OpensSection(int level, std::string_view body) const;
  // Enters the section a heading at `level` opens; returns its region.
  Region Enter(int level, std::string_view body);
  Region region() const { return stack_.empty() ? Region::kNone : stack_.back().region; }

 private:
  struct Open {
    int level;
    Region region;
  };
  std::vector<Open> stack_;
};

}  // namespace jixiao::parse
