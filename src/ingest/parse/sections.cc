#include "ingest/parse/sections.h"

#include "ingest/parse/scan.h"

namespace jixiao::parse {
namespace {

bool IsListRegion(Region r) {
  return r == Region::kFunctions || r == Region::kTasks || r == Region::kProjects || r == Region::kNextSteps;
}

}  // namespace

Region ClassifyHeading(std::string_view body) {
  // Ranks are Region values; a lower rank wins (下一步 over 项目, 经费 over 部门整体).
  static const KeywordTable kWords = {
      {static_cast<int>(Region::kNextSteps), {"下一步", "工作打算", "改进措施", "改进意见", "整改措施"}},
      {static_cast<int>(Region::kFunctions), {"职能", "主要职责"}},
      {static_cast<int>(Region::kTasks), {"工作目标完成", "工作任务完成", "目标完成情况", "年度工作任务"}},
      {static_cast<int>(Region::kProjects), {"项目支出绩效", "项目支出自评", "项目绩效", "项目自评", "项目支出情况"}},
      {static_cast<int>(Region::kFunds), {"经费", "预算执行", "收支", "支出概况", "决算", "资金使用", "资金下达"}},
      {static_cast<int>(Region::kDepartment), {"整体支出", "部门整体", "基本情况", "部门概况", "单位概况"}},
  };
  const int rank = kWords.Lowest(body);
  // "(三)项目绩效目标": what the project was to achieve (总体目标, 年度目标 below), no list of projects.
  if (rank == static_cast<int>(Region::kProjects) && EndsWith(TrimTrailing(body, "。：: "), "目标")) return Region::kOther;
  // "二、项目绩效自评工作开展情况": how the evaluation was done (前期准备, 组织过程), no projects.
  if (rank == static_cast<int>(Region::kProjects) && ContainsAny(body, {"工作开展", "开展情况", "组织实施情况"})) {
    return Region::kOther;
  }
  return rank < 0 ? Region::kOther : static_cast<Region>(rank);
}

bool SectionTracker::OpensSection(int level, std::string_view body) const {
  if (stack_.empty()) return true;
  const Open& top = stack_.back();
  if (level <= top.level || !IsListRegion(top.region)) return true;
  return top.region != Region::kNextSteps && ClassifyHeading(body) == Region::kNextSteps;
}

Region SectionTracker::Enter(int level, std::string_view body) {
  while (!stack_.empty() && stack_.back().level >= level) stack_.pop_back();
  stack_.push_back({level, ClassifyHeading(body)});
  return stack_.back().region;
}

}  // namespace jixiao::parse
