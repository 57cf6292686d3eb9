// Self-evaluation tables (项目 / 部门整体支出绩效自评表) as the readers deliver them: table rows
// (TextLine::cells or pipe-separated text), one cell per line ("251.89 |"), or a Word table
// flattened into run-together text ("194.9194.9100%", see parse_flat_table.h). Collects each
// table's cells and hands them to the cell-table reader (parse_cell_table.h) with what the last
// table title says it covers; a table about a narrative project merges into that project.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/evaluation.h"
#include "core/money.h"
#include "ingest/parse/attachments.h"
#include "ingest/parse/context.h"
#include "ingest/parse/projects.h"

namespace jixiao::parse {

// One cell of a table value column: "≥95%", "200本", "100", "优", "" …
struct CellValue {
  std::optional<Comparator> comparator;
  std::optional<Quantity> number;
  std::optional<std::string> unit;  // "%", "本"
  std::optional<std::string> text;  // a grade or word when not a number ("高", "无")
  bool empty() const { return !number && !text; }
};
CellValue ParseCellValue(std::string_view cell);
// Whether ParseCellValue(cell) has a number; copies nothing.
bool IsNumericCell(std::string_view cell);

// Fills `indicator`'s target or actual (and unit, qualitative) from a cell.
void SetIndicatorValue(Indicator& indicator, const CellValue& value, bool target);

// The unit a header names ("年度预算数(万元)", "单位：万元"); nullopt when none.
std::optional<MoneyUnit> HeaderUnit(std::string_view text);
// The unit a line of text ends with, as the caption of a table below it states it
// ("…情况如下表（单位：万元）：", "金额单位：元"); nullopt when none.
std::optional<MoneyUnit> TrailingUnit(std::string_view text);

// The first "20XX年" year written in `text`.
std::optional<int> YearIn(std::string_view text);
// The year a title's report evaluates: of several ("关于2022年度绩效评价发现问题整改情况及2023年度绩效自评结果
// 应用的报告"), the one its 自评 follows; else the first.
std::optional<int> EvaluatedYearIn(std::string_view title);

// A project name without its leading budget code ("51000021R000000019951-工资性支出").
std::string_view WithoutProjectCode(std::string_view name, std::string_view* code);

class TablesParser {
 public:
  TablesParser(ParseContext& context, ProjectsParser& projects) : ctx_(context), projects_(projects) {}

  // A table-row or cell paragraph: collected until the table ends.
  void Cell(std::size_t index);
  // A text paragraph: true when it is (part of) a flattened table and was read here.
  bool Text(std::size_t index);
  // A table title ("项目支出绩效自评表", "部门整体支出绩效自评表（2022年度）"): ends the table
  // before it and tells what the tables after it cover.
  void Caption(std::size_t index, std::string_view title);
  // Reads a table still being collected.
  void Finish();

 private:
  void Flush();
  void FlushFlat();

  ParseContext& ctx_;
  ProjectsParser& projects_;
  std::vector<std::size_t> pending_;  // cell and row paragraphs of the table being collected
  std::optional<MoneyUnit> caption_unit_;  // the unit the text just before the table ends with
  std::vector<std::size_t> flat_;     // text paragraphs of a flattened table being collected
  TableScope scope_ = TableScope::kUnknown;  // what the last table title named
};

}  // namespace jixiao::parse
