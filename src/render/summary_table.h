// The summary of a batch audit (jixiao audit FOLDER): one row per report file with what was
// read from it, the department score and how many findings it has, as text lines, as CSV
// (UTF-8 with a BOM, so Excel opens it) or as XLSX. Pure functions over caller-owned rows;
// the caller owns the returned text and bytes and writes them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "core/fixed.h"

namespace jixiao {

struct SummaryRow {
  std::string source;                     // the file, as found under the folder
  std::optional<std::string> error;       // why the file could not be read; nothing below is set then
  std::optional<std::string> unit;        // 单位名称
  std::optional<int> year;                // 年度
  std::optional<Money> budget_total;      // 全年预算数
  std::optional<Money> executed_total;    // 全年执行数
  std::optional<Percent> execution_rate;  // 执行率, computed from the two
  Points score;                           // 部门整体得分
  Points max_scored;                      // the points that could be scored
  int errors = 0;
  int warnings = 0;
  int unrecognized = 0;  // ingest.unrecognized findings: text the reader could not place
};

struct SummaryTotals {
  int files = 0;
  int unreadable = 0;
  int with_errors = 0;  // readable reports with at least one error
  int errors = 0;
  int warnings = 0;
  int unrecognized = 0;
};
SummaryTotals Totalize(const std::vector<SummaryRow>& rows);

// "a.txt  某局  2022 年度  全年预算数 115586771.12 元  …  未能识别 3", or "b.pdf  无法读取：…".
std::string SummaryLine(const SummaryRow& row);
// "共 4 个文件：读取 2 个，无法读取 2 个；1 个报告有错误；共 1 个错误、2 个警告、5 处未能识别".
std::string TotalsLine(const SummaryTotals& totals);

// The order of the tables: unreadable files first (nothing in them could be checked), then by
// errors, most first; rows that tie keep their given order.
std::vector<SummaryRow> RankByErrors(std::vector<SummaryRow> rows);

// The rows, ranked, as a table with a header and, after a blank row, a 合计 row. Money is in
// 元, exact. CSV text cells that Excel would take for a formula get a leading apostrophe.
std::string SummaryCsv(const std::vector<SummaryRow>& rows);
Result<std::string> SummaryXlsx(const std::vector<SummaryRow>& rows);

}  // namespace jixiao
