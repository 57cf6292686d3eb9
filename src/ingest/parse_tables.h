// Self-evaluation tables (项目支出绩效自评表) as the readers deliver them: real table rows
// (TextLine::cells), one cell per line ("251.89 |"), or a Word table flattened into run-together
// text ("194.9194.9100%"). Reads the project's name and department, the funds rows (年初预算数,
// 全年预算数, 全年执行数, 执行率, 分值, 得分) and the indicator rows (一级/二级/三级指标, 指标值,
// 完成值, 分值, 得分, 偏差原因) into the current project.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/parse_context.h"
#include "ingest/parse_projects.h"

namespace jixiao::parse {

class TablesParser {
 public:
  TablesParser(ParseContext& context, ProjectsParser& projects) : ctx_(context), projects_(projects) {}

  // A table-row or cell paragraph: collected until the table ends.
  void Cell(std::size_t index);
  // A text paragraph: true when it is (part of) a flattened table and was read here.
  bool Text(std::size_t index);
  // Reads a table still being collected.
  void Finish();

 private:
  void Flush();

  ParseContext& ctx_;
  ProjectsParser& projects_;
  std::vector<std::size_t> pending_;  // paragraphs of the table being collected
};

}  // namespace jixiao::parse
