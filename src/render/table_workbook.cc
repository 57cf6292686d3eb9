// A plain table as a one-sheet workbook (libxlsxwriter): a header row, frozen and filtered, with
// money and rates as numbers in their formats, so a budget list sorts and sums in Excel.
#include <cstdlib>

#include "render/render.h"
#include "render/xlsx_sheets.h"

namespace jixiao {
namespace {

double NumberOf(const std::string& text) { return std::strtod(text.c_str(), nullptr); }

bool IsPlainDecimal(const std::string& text) {
  if (text.empty()) return false;
  std::size_t i = text[0] == '-' ? 1 : 0;
  bool digits = false, dot = false;
  for (; i < text.size(); ++i) {
    if (text[i] >= '0' && text[i] <= '9') digits = true;
    else if (text[i] == '.' && !dot) dot = true;
    else return false;
  }
  return digits;
}

Result<bool> Build(const std::string& path, const std::string& sheet_name, const WorkbookTable& table) {
  lxw_workbook* wb = workbook_new(path.c_str());
  if (wb == nullptr) return Fail(ErrorCode::kIo, "无法创建 XLSX 临时文件 " + path);
  const xlsx::Formats f = xlsx::MakeFormats(wb);
  lxw_worksheet* ws = workbook_add_worksheet(wb, sheet_name.c_str());
  for (std::size_t c = 0; c < table.heads.size(); ++c) {
    const auto col = static_cast<lxw_col_t>(c);
    const double width = c < table.widths.size() ? table.widths[c] : 14;
    worksheet_set_column(ws, col, col, width, nullptr);
    worksheet_write_string(ws, 0, col, table.heads[c].c_str(), f.header);
  }
  lxw_row_t r = 1;
  for (const auto& row : table.rows) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      const auto col = static_cast<lxw_col_t>(c);
      const auto kind = c < table.kinds.size() ? table.kinds[c] : WorkbookColumn::kText;
      const std::string& text = row[c];
      if (kind == WorkbookColumn::kMoney && IsPlainDecimal(text)) {
        worksheet_write_number(ws, r, col, NumberOf(text), f.money);
      } else if (kind == WorkbookColumn::kRate && IsPlainDecimal(text)) {
        worksheet_write_number(ws, r, col, NumberOf(text) / 100.0, f.percent);
      } else {
        worksheet_write_string(ws, r, col, text.c_str(), f.text);
      }
    }
    ++r;
  }
  if (!table.heads.empty()) {
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_autofilter(ws, 0, 0, r > 1 ? r - 1 : 1, static_cast<lxw_col_t>(table.heads.size() - 1));
  }
  const lxw_error error = workbook_close(wb);
  if (error != LXW_NO_ERROR) return Fail(ErrorCode::kIo, std::string("XLSX 生成失败：") + lxw_strerror(error));
  return true;
}

}  // namespace

Result<std::string> RenderTableWorkbook(const std::string& sheet_name, const WorkbookTable& table) {
  return xlsx::BytesOfTempFile("table", [&](const std::string& path) { return Build(path, sheet_name, table); });
}

}  // namespace jixiao
