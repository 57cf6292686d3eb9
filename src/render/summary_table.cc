#include "render/summary_table.h"

#include <algorithm>
#include <array>

#include "base/text.h"
#include "core/money.h"
#include "render/xlsx_sheets.h"

namespace jixiao {

namespace {

// select -> compute: each row as typed cells, written by CSV as exact text and by XLSX as numbers.
struct Cell {
  enum Kind { kEmpty, kText, kMoney, kRate, kPoints, kCount } kind = kEmpty;
  std::string text;   // exact text (CSV, and XLSX strings)
  double number = 0;  // the XLSX value
};

constexpr std::array<const char*, 12> kHeads = {"文件", "单位", "年度", "全年预算数（元）", "全年执行数（元）",
                                                "执行率（%）", "部门整体得分", "已评分值", "错误", "警告",
                                                "未能识别", "说明"};
constexpr std::array<double, 12> kWidths = {36, 30, 8, 18, 18, 12, 13, 10, 8, 8, 10, 60};

// Valid UTF-8 without the control characters XML 1.0 forbids (file names may come from
// Windows archives in GBK; messages may quote garbage).
std::string Clean(std::string_view text) {
  std::string out;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = NextCodePoint(text, pos);
    if (cp < 0x20 && cp != U'\t' && cp != U'\n') continue;
    AppendUtf8(out, cp);
  }
  return out;
}

// A message of several lines ("1 处错误：\n  a.json:3:27: …") on one line, its words unchanged.
std::string OneLine(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\n' && text[i] != '\r') {
      out += text[i];
      continue;
    }
    while (i + 1 < text.size() && std::string_view(" \t\r\n").find(text[i + 1]) != std::string_view::npos) ++i;
    if (!out.empty()) out += ' ';
  }
  return out;
}

Cell Text(std::string_view text) { return {Cell::kText, Clean(text), 0}; }
Cell Count(int n) { return {Cell::kCount, std::to_string(n), static_cast<double>(n)}; }
Cell MoneyCell(const std::optional<Money>& m) {
  return m ? Cell{Cell::kMoney, ToYuanString(*m), xlsx::ToNumber(*m)} : Cell{};
}
Cell RateCell(const std::optional<Percent>& p) {
  return p ? Cell{Cell::kRate, ToString(*p), xlsx::ToRatio(*p)} : Cell{};
}
Cell PointsCell(Points p) { return {Cell::kPoints, ToString(p), xlsx::ToNumber(p)}; }

std::vector<Cell> CellsOf(const SummaryRow& r) {
  std::vector<Cell> cells(kHeads.size());
  cells[0] = Text(r.source);
  if (r.error) {
    cells[11] = Text("无法读取：" + OneLine(*r.error));
    return cells;
  }
  cells[1] = Text(r.unit.value_or(""));
  if (r.year) cells[2] = Count(*r.year);
  cells[3] = MoneyCell(r.budget_total);
  cells[4] = MoneyCell(r.executed_total);
  cells[5] = RateCell(r.execution_rate);
  cells[6] = PointsCell(r.score);
  cells[7] = PointsCell(r.max_scored);
  cells[8] = Count(r.errors);
  cells[9] = Count(r.warnings);
  cells[10] = Count(r.unrecognized);
  return cells;
}

std::vector<Cell> TotalsCells(const SummaryTotals& t) {
  std::vector<Cell> cells(kHeads.size());
  cells[0] = Text("合计");
  cells[8] = Count(t.errors);
  cells[9] = Count(t.warnings);
  cells[10] = Count(t.unrecognized);
  cells[11] = Text(TotalsLine(t));
  return cells;
}

std::string CsvField(const Cell& cell) {
  std::string text = cell.text;
  // Excel runs a cell that starts with = + - @ as a formula: keep file names and messages text.
  if (cell.kind == Cell::kText && !text.empty() && std::string_view("=+-@").find(text[0]) != std::string_view::npos) {
    text.insert(0, "'");
  }
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

void CsvLine(const std::vector<Cell>& cells, std::string& out) {
  for (std::size_t i = 0; i < cells.size(); ++i) out += (i > 0 ? "," : "") + CsvField(cells[i]);
  out += "\r\n";
}

void XlsxRow(lxw_worksheet* ws, const xlsx::Formats& f, int row, const std::vector<Cell>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const Cell& c = cells[i];
    const auto col = static_cast<lxw_col_t>(i);
    const auto r = static_cast<lxw_row_t>(row);
    switch (c.kind) {
      case Cell::kEmpty: worksheet_write_blank(ws, r, col, f.text); break;
      case Cell::kText: worksheet_write_string(ws, r, col, c.text.c_str(), f.text); break;
      case Cell::kMoney: worksheet_write_number(ws, r, col, c.number, f.money); break;
      case Cell::kRate: worksheet_write_number(ws, r, col, c.number, f.percent); break;
      case Cell::kPoints: worksheet_write_number(ws, r, col, c.number, f.points); break;
      case Cell::kCount: worksheet_write_number(ws, r, col, c.number, f.number); break;
    }
  }
}

Result<bool> BuildXlsx(const std::string& path, const std::vector<SummaryRow>& ranked) {
  lxw_workbook_options options = {};
  options.constant_memory = LXW_TRUE;  // rows go out in order; strings inline in the sheet
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
  if (wb == nullptr) return Fail(ErrorCode::kIo, "无法创建 XLSX 临时文件 " + path);
  const xlsx::Formats f = xlsx::MakeFormats(wb);
  lxw_worksheet* ws = workbook_add_worksheet(wb, "审核汇总");
  for (std::size_t i = 0; i < kHeads.size(); ++i) {
    worksheet_set_column(ws, static_cast<lxw_col_t>(i), static_cast<lxw_col_t>(i), kWidths[i], nullptr);
  }
  for (std::size_t i = 0; i < kHeads.size(); ++i) {
    worksheet_write_string(ws, 0, static_cast<lxw_col_t>(i), kHeads[i], f.header);
  }
  int row = 1;
  for (const SummaryRow& r : ranked) XlsxRow(ws, f, row++, CellsOf(r));
  XlsxRow(ws, f, row + 1, TotalsCells(Totalize(ranked)));
  worksheet_freeze_panes(ws, 1, 0);
  worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(std::max(row - 1, 1)), kHeads.size() - 1);
  const lxw_error error = workbook_close(wb);
  if (error != LXW_NO_ERROR) return Fail(ErrorCode::kIo, std::string("XLSX 生成失败：") + lxw_strerror(error));
  return true;
}

}  // namespace

SummaryTotals Totalize(const std::vector<SummaryRow>& rows) {
  SummaryTotals t;
  for (const SummaryRow& r : rows) {
    ++t.files;
    if (r.error) ++t.unreadable;
    if (r.errors > 0) ++t.with_errors;
    t.errors += r.errors;
    t.warnings += r.warnings;
    t.unrecognized += r.unrecognized;
  }
  return t;
}

std::string SummaryLine(const SummaryRow& r) {
  if (r.error) return r.source + "  无法读取：" + OneLine(*r.error);
  const auto money = [](const std::optional<Money>& m) { return m ? ToYuanString(*m) + " 元" : std::string("未列明"); };
  const auto count = [](int n) { return std::to_string(n); };
  return r.source + "  " + r.unit.value_or("（未列明单位）") + "  " +
         (r.year ? std::to_string(*r.year) + " 年度" : std::string("（未列明年度）")) + "  全年预算数 " +
         money(r.budget_total) + "  全年执行数 " + money(r.executed_total) + "  执行率 " +
         (r.execution_rate ? ToString(*r.execution_rate) + "%" : std::string("—")) + "  部门整体得分 " +
         ToString(r.score) + "（已评 " + ToString(r.max_scored) + " 分）  错误 " + count(r.errors) + "  警告 " +
         count(r.warnings) + "  未能识别 " + count(r.unrecognized);
}

std::string TotalsLine(const SummaryTotals& t) {
  const auto n = [](int v) { return std::to_string(v); };
  return "共 " + n(t.files) + " 个文件：读取 " + n(t.files - t.unreadable) + " 个，无法读取 " + n(t.unreadable) + " 个；" +
         n(t.with_errors) + " 个报告有错误；共 " + n(t.errors) + " 个错误、" + n(t.warnings) + " 个警告、" +
         n(t.unrecognized) + " 处未能识别";
}

std::vector<SummaryRow> RankByErrors(std::vector<SummaryRow> rows) {
  std::stable_sort(rows.begin(), rows.end(), [](const SummaryRow& a, const SummaryRow& b) {
    if (a.error.has_value() != b.error.has_value()) return a.error.has_value();
    return a.errors > b.errors;
  });
  return rows;
}

std::string SummaryCsv(const std::vector<SummaryRow>& rows) {
  std::string out = "\xEF\xBB\xBF";  // UTF-8 BOM: Excel otherwise reads the file as GBK
  std::vector<Cell> heads;
  for (const char* head : kHeads) heads.push_back(Text(head));
  CsvLine(heads, out);
  const std::vector<SummaryRow> ranked = RankByErrors(rows);
  for (const SummaryRow& r : ranked) CsvLine(CellsOf(r), out);
  out += "\r\n";
  CsvLine(TotalsCells(Totalize(ranked)), out);
  return out;
}

Result<std::string> SummaryXlsx(const std::vector<SummaryRow>& rows) {
  const std::vector<SummaryRow> ranked = RankByErrors(rows);
  return xlsx::BytesOfTempFile("summary", [&](const std::string& path) { return BuildXlsx(path, ranked); });
}

}  // namespace jixiao
