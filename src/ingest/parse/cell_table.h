// One self-evaluation table given as cells (reader table rows, pipe-separated rows, or one
// cell per line) read into the model: info cells (项目名称, 单位名称, 主管部门), the funds block
// (年初预算数 / 全年预算数 / 全年执行数 / 执行率 by 总额 / 财政拨款 / 其他资金), a list of
// projects with their figures, and the indicator block. A table about a project the narrative
// already read merges into it (parse_merge.h); the department table fills department funds.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "core/money.h"
#include "ingest/parse/attachments.h"
#include "ingest/parse/context.h"
#include "ingest/parse/projects.h"

namespace jixiao::parse {

struct TableToken {
  std::string_view text;  // a view into the paragraph's text
  std::size_t paragraph = 0;
  int row = -1;  // table rows: the row's ordinal; one cell per line: -1
};

// Reads one table. `scope` is what its caption says it covers (kUnknown: a project unless
// its cells say otherwise); `unit` is the money unit the text before it states, if any.
void ReadCellTable(ParseContext& context, ProjectsParser& projects, std::vector<TableToken> tokens, TableScope scope,
                   std::optional<MoneyUnit> unit = std::nullopt);

}  // namespace jixiao::parse
