#include "ingest/read/xlsx_reader.h"

#include <algorithm>
#include <charconv>
#include <climits>
#include <map>
#include <memory>
#include <new>
#include <pugixml.hpp>
#include <vector>

#include "ingest/read/ooxml.h"
#include "ingest/read/xlsx_cells.h"

namespace jixiao {
namespace {

using ooxml::Attr;
using ooxml::Child;
using ooxml::LocalName;
using ooxml::Package;
using ooxml::Prefix;

constexpr ooxml::PackageKind kXlsxPackage = {"XLSX", "Excel"};
constexpr std::string_view kDefaultWorkbook = "xl/workbook.xml";
constexpr std::string_view kResave = "文件可能已损坏，请用 Excel 重新保存为 .xlsx 后再试。";
// Most (row, cell) visits spent blanking merged areas; real merges never overlap, so only a
// crafted file gets near it.
constexpr std::size_t kMaxMergeVisits = 20'000'000;

struct Sheet {
  std::string name;
  std::string part;
};

struct Cell {
  int column = 0;
  std::string text;
};
// A row of a sheet: its non-empty cells, how far right it reaches, and the columns merged areas
// cover (no cell of their own, as under an HTML colspan).
struct Row {
  std::vector<Cell> cells;
  int written = 0;                               // the last column with a <c> element, empty or not
  std::vector<std::pair<int, int>> covered;      // [from, to] columns inside a merged area
};
using Rows = std::map<int, Row>;  // row number -> the row, for rows with a non-empty cell

std::string SheetName(const Sheet& sheet) { return "工作表“" + sheet.name + "”"; }

// Whether a cell's text is written as a sentence (its clauses marked), not as a cell's label or value.
bool HoldsASentence(std::string_view text) {
  for (std::string_view mark : {"。", "，", "；", "：", "！", "？"}) {
    if (text.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

// Whether a cell's text opens with a heading's numbering ("一、", "（二）", "1.", "（1）", "①"): a
// report's heading, kept in a sheet as a row of its own.
bool OpensAsHeading(std::string_view text) {
  static constexpr std::string_view kNumerals = "一二三四五六七八九十";
  static constexpr std::string_view kCircled = "①②③④⑤⑥⑦⑧⑨⑩";
  std::size_t at = 0;
  const bool bracket = text.starts_with("（") || text.starts_with("(");
  if (bracket) at = text[0] == '(' ? 1 : 3;
  const std::size_t start = at;
  while (at < text.size()) {
    if (text[at] >= '0' && text[at] <= '9') {
      ++at;
    } else if (at + 3 <= text.size() && kNumerals.find(text.substr(at, 3)) != std::string_view::npos &&
               kNumerals.find(text.substr(at, 3)) % 3 == 0) {
      at += 3;
    } else {
      break;
    }
  }
  if (at == start) {
    return !bracket && text.size() > 3 && kCircled.find(text.substr(0, 3)) != std::string_view::npos &&
           kCircled.find(text.substr(0, 3)) % 3 == 0;
  }
  const std::string_view rest = text.substr(at);
  if (bracket) return rest.starts_with("）") || rest.starts_with(")");
  return rest.starts_with("、") || (rest.starts_with(".") && rest.size() > 1 && !(rest[1] >= '0' && rest[1] <= '9'));
}

// Sorts a row's cells by column; of two cells in one column the later wins.
void SortCells(std::vector<Cell>& cells) {
  std::stable_sort(cells.begin(), cells.end(), [](const Cell& a, const Cell& b) { return a.column < b.column; });
  std::vector<Cell> out;
  out.reserve(cells.size());
  for (Cell& cell : cells) {
    if (!out.empty() && out.back().column == cell.column) {
      out.back() = std::move(cell);
    } else {
      out.push_back(std::move(cell));
    }
  }
  cells = std::move(out);
}

class WorkbookReader {
 public:
  WorkbookReader(const Package& package, TextDocument& document) : package_(package), document_(document) {}

  Result<void> Read() {
    auto sheets = Workbook();
    if (!sheets) return tl::unexpected(sheets.error());
    int ordinal = 0;
    for (const Sheet& sheet : *sheets) {
      if (auto read = ReadSheet(sheet, ++ordinal); !read) return read;
    }
    document_.page_count = ordinal;
    return {};
  }

 private:
  Result<void> Fail(std::string what) const { return Invalid(Prefix(package_.name()) + std::move(what)); }

  // The workbook part: from _rels/.rels, else xl/workbook.xml.
  Result<std::string> WorkbookPart() const {
    auto rels = package_.ReadXml("_rels/.rels");
    if (!rels) return tl::unexpected(rels.error());
    std::string part = ooxml::RelationshipTarget((*rels)->root(), "/officeDocument", "");
    if (!package_.Has(part)) part = std::string(kDefaultWorkbook);
    if (!package_.Has(part)) {
      return Invalid(Prefix(package_.name()) +
                     "这是一个 ZIP 压缩包，但其中没有 xl/workbook.xml，不是 Excel 工作簿（XLSX）。"
                     "请确认文件类型，或用 Excel 另存为 .xlsx 后再试。");
    }
    return part;
  }

  // Reads the workbook, its shared strings and styles; returns the visible worksheets in tab order.
  Result<std::vector<Sheet>> Workbook() {
    auto part = WorkbookPart();
    if (!part) return tl::unexpected(part.error());
    auto workbook = package_.ReadXml(*part);
    if (!workbook) return tl::unexpected(workbook.error());
    const pugi::xml_node root = (*workbook)->root();
    if (LocalName(root) != "workbook") {
      return Invalid(Prefix(package_.name()) + *part + " 不是 Excel 工作簿（缺少 workbook 元素）。" +
                     std::string(kResave));
    }
    const std::string_view date1904 = Attr(Child(root, "workbookPr"), "date1904");
    date1904_ = date1904 == "1" || date1904 == "true";
    const std::string_view dir = ooxml::Directory(*part);
    auto rels = package_.ReadXml(std::string(dir) + "_rels/" + part->substr(dir.size()) + ".rels");
    if (!rels) return tl::unexpected(rels.error());
    if (auto loaded = LoadStrings((*rels)->root(), dir); !loaded) return tl::unexpected(loaded.error());
    if (auto loaded = LoadStyles((*rels)->root(), dir); !loaded) return tl::unexpected(loaded.error());
    return Sheets(root, (*rels)->root(), dir);
  }

  std::vector<Sheet> Sheets(const pugi::xml_node& workbook, const pugi::xml_node& rels, std::string_view dir) const {
    std::vector<Sheet> sheets;
    int position = 0;
    for (pugi::xml_node entry : Child(workbook, "sheets").children()) {
      if (LocalName(entry) != "sheet") continue;
      ++position;
      const std::string_view state = Attr(entry, "state");
      if (state == "hidden" || state == "veryHidden") continue;
      Sheet sheet{xlsx::CellText(Attr(entry, "name")), ""};
      const pugi::xml_node rel = rels.find_child(
          [&](const pugi::xml_node& r) { return Attr(r, "Id") == Attr(entry, "id") && !Attr(r, "Id").empty(); });
      if (rel && !Attr(rel, "Type").ends_with("/worksheet")) continue;  // a chart sheet or a dialog sheet
      sheet.part = rel && Attr(rel, "TargetMode") != "External"
                       ? ooxml::ResolveTarget(Attr(rel, "Target"), dir)
                       : std::string(dir) + "worksheets/sheet" + std::to_string(position) + ".xml";
      sheets.push_back(std::move(sheet));
    }
    return sheets;
  }

  Result<void> LoadStrings(const pugi::xml_node& rels, std::string_view dir) {
    std::string part = ooxml::RelationshipTarget(rels, "/sharedStrings", dir);
    auto xml = package_.ReadXml(part.empty() ? std::string(dir) + "sharedStrings.xml" : part);
    if (!xml) return tl::unexpected(xml.error());
    for (pugi::xml_node item : (*xml)->root().children()) {
      if (LocalName(item) == "si") strings_.push_back(xlsx::CellText(xlsx::StringItemText(item)));
    }
    return {};
  }

  Result<void> LoadStyles(const pugi::xml_node& rels, std::string_view dir) {
    std::string part = ooxml::RelationshipTarget(rels, "/styles", dir);
    auto xml = package_.ReadXml(part.empty() ? std::string(dir) + "styles.xml" : part);
    if (!xml) return tl::unexpected(xml.error());
    styles_.Load((*xml)->root());
    return {};
  }

  Result<void> ReadSheet(const Sheet& sheet, int ordinal) {
    if (!package_.Has(sheet.part)) {
      return Fail("XLSX 中缺少" + SheetName(sheet) + "（" + sheet.part + "）。" + std::string(kResave));
    }
    auto xml = package_.ReadXml(sheet.part, SheetName(sheet) + "（" + sheet.part + "）");
    if (!xml) return tl::unexpected(xml.error());
    const pugi::xml_node root = (*xml)->root();
    Rows rows;
    if (auto collected = CollectRows(sheet, Child(root, "sheetData"), rows); !collected) return collected;
    for (auto& [number, row] : rows) SortCells(row.cells);
    int right = 0;  // the last column a shown merged area reaches
    if (auto merged = Merge(sheet, Child(root, "mergeCells"), rows, right); !merged) return merged;
    return Emit(sheet, ordinal, rows, right);
  }

  // The row number of <row>: its r attribute, else the one after the previous row.
  Result<int> RowNumber(const Sheet& sheet, const pugi::xml_node& row, int previous) const {
    const std::string_view r = Attr(row, "r");
    long number = previous + 1L;
    if (!r.empty()) {
      const auto [end, ec] = std::from_chars(r.data(), r.data() + r.size(), number);
      if (ec == std::errc::result_out_of_range) number = LONG_MAX;
      if (ec == std::errc::invalid_argument || end != r.data() + r.size()) {
        return Invalid(Prefix(package_.name()) + SheetName(sheet) + "：行号“" + std::string(r) + "”无效。" +
                       std::string(kResave));
      }
    }
    if (number < 1 || number > xlsx::kMaxRows) {
      return Invalid(Prefix(package_.name()) + SheetName(sheet) + "：行号 " +
                     (r.empty() ? std::to_string(number) : std::string(r)) + " 超出 Excel 的范围（第 1 至 " +
                     std::to_string(xlsx::kMaxRows) + " 行）。" + std::string(kResave));
    }
    return static_cast<int>(number);
  }

  // The column of <c>: from its reference, else the one after the previous cell.
  Result<int> ColumnNumber(const Sheet& sheet, const pugi::xml_node& cell, int previous) const {
    const std::string_view r = Attr(cell, "r");
    if (r.empty()) {
      if (previous < xlsx::kMaxColumns) return previous + 1;
      return Invalid(Prefix(package_.name()) + SheetName(sheet) + "：一行中的单元格超过 Excel 的上限 " +
                     std::to_string(xlsx::kMaxColumns) + " 列（XFD）。" + std::string(kResave));
    }
    const xlsx::ParsedRef ref = xlsx::ParseCellRef(r);
    const std::string where =
        Prefix(package_.name()) + SheetName(sheet) + "：单元格引用“" + std::string(r.substr(0, 40)) + "”";
    switch (ref.error) {
      case xlsx::RefError::kNone:
        return ref.ref.column;
      case xlsx::RefError::kSyntax:
        return Invalid(where + "无效。" + std::string(kResave));
      case xlsx::RefError::kColumnPastXfd:
        return Invalid(where + "超出 Excel 的列上限 XFD（" + std::to_string(xlsx::kMaxColumns) + " 列）。" +
                       std::string(kResave));
      case xlsx::RefError::kRowPastLimit:
        return Invalid(where + "超出 Excel 的行上限（" + std::to_string(xlsx::kMaxRows) + " 行）。" +
                       std::string(kResave));
    }
    return Invalid(where + "无效。");
  }

  // The text a cell shows: shared or inline string, number as written (percent, date), boolean,
  // error value, or a formula's cached result.
  Result<std::string> Value(const Sheet& sheet, const pugi::xml_node& cell, int row, int column) const {
    const std::string_view type = Attr(cell, "t");
    if (type == "inlineStr") return xlsx::CellText(xlsx::StringItemText(Child(cell, "is")));
    const pugi::xml_node v = Child(cell, "v");
    if (!v) return std::string();
    const std::string_view value = v.child_value();
    if (type == "s") {
      std::size_t index = 0;
      const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), index);
      if (ec != std::errc() || end != value.data() + value.size() || index >= strings_.size()) {
        return Invalid(Prefix(package_.name()) + SheetName(sheet) + "单元格 " + xlsx::ColumnName(column) +
                       std::to_string(row) + " 引用的共享字符串“" + std::string(value.substr(0, 20)) +
                       "”不存在（共有 " + std::to_string(strings_.size()) + " 个）。" + std::string(kResave));
      }
      return strings_[index];
    }
    if (type == "b") return std::string(value == "1" ? "TRUE" : value == "0" ? "FALSE" : xlsx::CellText(value));
    if (type == "str" || type == "e" || type == "d") return xlsx::CellText(value);
    return xlsx::CellText(xlsx::FormatNumber(value, styles_.FormatOf(Attr(cell, "s")), date1904_));
  }

  Result<void> CollectRows(const Sheet& sheet, const pugi::xml_node& sheet_data, Rows& rows) {
    int row_number = 0;
    for (pugi::xml_node row : sheet_data.children()) {
      if (LocalName(row) != "row") continue;
      auto number = RowNumber(sheet, row, row_number);
      if (!number) return tl::unexpected(number.error());
      row_number = *number;
      Row* cells = nullptr;
      int column = 0, written = 0;
      for (pugi::xml_node cell : row.children()) {
        if (LocalName(cell) != "c") continue;
        auto at = ColumnNumber(sheet, cell, column);
        if (!at) return tl::unexpected(at.error());
        column = *at;
        written = std::max(written, column);
        auto text = Value(sheet, cell, row_number, column);
        if (!text) return tl::unexpected(text.error());
        if (text->empty()) continue;
        if (++cells_ > kMaxXlsxCells) return TooLarge();
        if (cells == nullptr) cells = &rows[row_number];
        cells->cells.push_back({column, std::move(*text)});
      }
      if (cells != nullptr) cells->written = std::max(cells->written, written);
    }
    return {};
  }

  Result<void> TooLarge() const {
    return Fail("工作簿过大：超过 " + std::to_string(kMaxXlsxCells) +
                " 个单元格，不像是绩效自评表。请只保留自评表所在的工作表后再试。");
  }

  // A merged area gives the rows the cells a table spanning columns and rows gives in a document
  // (as the DOCX and HTML readers give them): its top-left cell keeps the text; its other columns have
  // no cell of their own in any of its rows (as under a colspan); each row below keeps one empty cell
  // in its first column (as under a rowspan). Values some tools repeat into the area are dropped.
  // `right` receives the last column reached by an area whose top-left cell shows a value.
  Result<void> Merge(const Sheet& sheet, const pugi::xml_node& merges, Rows& rows, int& right) const {
    std::size_t visits = 0;
    for (pugi::xml_node merge : merges.children()) {
      const std::optional<xlsx::CellRange> range = xlsx::ParseRange(Attr(merge, "ref"));
      if (LocalName(merge) != "mergeCell" || !range) continue;
      if (Shows(rows, range->first)) right = std::max(right, range->last.column);
      for (auto row = rows.lower_bound(range->first.row); row != rows.end() && row->first <= range->last.row; ++row) {
        Row& at = row->second;
        at.written = std::max(at.written, range->last.column);
        if (range->last.column > range->first.column) at.covered.push_back({range->first.column + 1, range->last.column});
        auto cell = std::lower_bound(at.cells.begin(), at.cells.end(), range->first.column,
                                     [](const Cell& c, int column) { return c.column < column; });
        for (; cell != at.cells.end() && cell->column <= range->last.column; ++cell) {
          if (++visits > kMaxMergeVisits) {
            return Fail(SheetName(sheet) + "的合并单元格区域过多或互相重叠，无法读取。" + std::string(kResave));
          }
          if (row->first != range->first.row || cell->column != range->first.column) cell->text.clear();
        }
        if (++visits > kMaxMergeVisits) {
          return Fail(SheetName(sheet) + "的合并单元格区域过多或互相重叠，无法读取。" + std::string(kResave));
        }
      }
    }
    return {};
  }

  // Whether the cell at `ref` has a value.
  static bool Shows(const Rows& rows, xlsx::CellRef ref) {
    const auto row = rows.find(ref.row);
    if (row == rows.end()) return false;
    const std::vector<Cell>& cells = row->second.cells;
    const auto cell = std::lower_bound(cells.begin(), cells.end(), ref.column,
                                       [](const Cell& c, int column) { return c.column < column; });
    return cell != cells.end() && cell->column == ref.column && !cell->text.empty();
  }

  // Whether a row holds only one sentence or heading, in the sheet's first column.
  static bool IsSentence(const Row& row, int first) {
    const Cell* only = nullptr;
    for (const Cell& cell : row.cells) {
      if (cell.text.empty()) continue;
      if (only != nullptr) return false;
      only = &cell;
    }
    return only != nullptr && only->column == first && (HoldsASentence(only->text) || OpensAsHeading(only->text));
  }

  // Whether some column from `from` to `to` has a cell of the row's own (no merged area covers it).
  static bool Covers(const Row& row, int from, int to) {
    for (int column = from; column <= to; ++column) {
      const auto area = std::find_if(row.covered.begin(), row.covered.end(), [&](const std::pair<int, int>& a) {
        return a.first <= column && column <= a.second;
      });
      if (area == row.covered.end()) return true;
      column = area->second;
    }
    return false;
  }

  // How far right each row reaches: its last value, or its last written cell or merged area when
  // they stay within the sheet's values (`right`: the last column with a value or a shown merged
  // area). Rows that follow one another with more than one cell (a table's rows) reach as far as
  // the widest of them, as a table's rows all span its grid; a row of one cell (a title, a merged
  // line of text) stays one cell. Rows without a value are left out.
  static std::map<int, int> Reach(const Rows& rows, int first, int right) {
    std::map<int, int> reach;
    for (const auto& [number, row] : rows) {
      const auto last = std::find_if(row.cells.rbegin(), row.cells.rend(), [](const Cell& c) { return !c.text.empty(); });
      if (last == row.cells.rend()) continue;
      const int to = std::max(last->column, std::min(row.written, right));
      reach[number] = IsSentence(row, first) || !Covers(row, first + 1, to) ? first : to;
    }
    for (auto run = reach.begin(); run != reach.end();) {
      auto end = run;
      int widest = 0;
      for (int next = run->first; end != reach.end() && end->first == next && end->second > first; ++end, ++next) {
        widest = std::max(widest, end->second);
      }
      if (end == run) {
        ++run;
        continue;
      }
      for (; run != end; ++run) run->second = widest;
    }
    return reach;
  }

  // The texts of a row from column `first` to `reach`, a cell for each column no merged area covers.
  static std::vector<std::string> RowTexts(Row& row, int first, int reach) {
    std::sort(row.covered.begin(), row.covered.end());
    std::vector<std::string> texts;
    auto cell = row.cells.begin();
    auto covered = row.covered.begin();
    for (int column = first; column <= reach; ++column) {
      while (covered != row.covered.end() && covered->second < column) ++covered;
      if (covered != row.covered.end() && covered->first <= column) {
        column = covered->second;
        continue;
      }
      while (cell != row.cells.end() && cell->column < column) ++cell;
      texts.push_back(cell != row.cells.end() && cell->column == column ? std::move(cell->text) : std::string());
    }
    return texts;
  }

  // A line naming the sheet, then one table row per non-empty row, from the sheet's first used
  // column to the row's reach. A row of one sentence in its first column is a line of
  // text, as a paragraph between tables is in a document ("全年预算数…万元，执行率…。", "单位：万元").
  Result<void> Emit(const Sheet& sheet, int ordinal, Rows& rows, int right) {
    int first = INT_MAX;
    for (const auto& [number, row] : rows) {
      for (const Cell& cell : row.cells) {
        if (cell.text.empty()) continue;
        first = std::min(first, cell.column);
        right = std::max(right, cell.column);
      }
    }
    if (first == INT_MAX) return {};  // nothing to read on this sheet
    if (!sheet.name.empty()) {
      TextLine& caption = document_.lines.emplace_back();
      caption.text = sheet.name;
      caption.page = ordinal;
    }
    const std::map<int, int> reach = Reach(rows, first, right);
    for (const auto& [number, last] : reach) {
      Row& row = rows[number];
      if (IsSentence(row, first)) {
        const auto sentence = std::find_if(row.cells.begin(), row.cells.end(), [](const Cell& c) { return !c.text.empty(); });
        TextLine& line = document_.lines.emplace_back(MakeRow({std::move(sentence->text)}));
        line.cells.clear();  // the text, its tabs and line breaks made spaces, as a line's
        line.page = ordinal;
        line.number = number;
        continue;
      }
      if ((emitted_ += static_cast<std::size_t>(last - first + 1)) > kMaxXlsxCells) return TooLarge();
      TextLine& line = document_.lines.emplace_back(MakeRow(RowTexts(row, first, last)));
      line.page = ordinal;
      line.number = number;
    }
    return {};
  }

  const Package& package_;
  TextDocument& document_;
  std::vector<std::string> strings_;
  xlsx::Styles styles_;
  bool date1904_ = false;
  std::size_t cells_ = 0;    // non-empty cells read
  std::size_t emitted_ = 0;  // cells in the rows given out, empty padding included
};

}  // namespace

bool LooksLikeXlsx(std::string_view bytes) {
  if (!bytes.starts_with("PK")) return false;
  const auto package = Package::Open(bytes, kXlsxPackage, "");
  return package && package->Has(kDefaultWorkbook);
}

bool HoldsSpreadsheetParts(std::string_view bytes) {
  if (!bytes.starts_with("PK")) return false;
  if (const auto package = Package::Open(bytes, kXlsxPackage, "")) return package->HasPartUnder("xl/");
  // No readable directory (a truncated file): the local file headers still name the parts.
  constexpr std::string_view kLocalHeader = "PK\x03\x04";
  constexpr std::size_t kNameLengthAt = 26, kNameAt = 30;
  for (std::size_t at = bytes.find(kLocalHeader); at != std::string_view::npos && at + kNameAt <= bytes.size();
       at = bytes.find(kLocalHeader, at + 1)) {
    const std::size_t length = static_cast<unsigned char>(bytes[at + kNameLengthAt]) |
                               static_cast<std::size_t>(static_cast<unsigned char>(bytes[at + kNameLengthAt + 1])) << 8;
    if (bytes.substr(at + kNameAt, length).starts_with("xl/")) return true;
  }
  return false;
}

Result<TextDocument> ReadXlsx(std::string_view bytes, const std::string& name) {
  if (bytes.empty()) return Invalid(Prefix(name) + "文件为空。");
  try {
    const auto package = Package::Open(bytes, kXlsxPackage, name);
    if (!package) {
      return Invalid(Prefix(name) +
                     "不是有效的 XLSX 文件：ZIP 压缩包结构损坏或文件被截断。"
                     "请重新获取原文件，或用 Excel 重新保存为 .xlsx 后再试。");
    }
    TextDocument document;
    document.source = name;
    document.kind = SourceKind::kXlsx;
    if (auto read = WorkbookReader(*package, document).Read(); !read) return tl::unexpected(read.error());
    return document;
  } catch (const std::bad_alloc&) {
    return Fail(ErrorCode::kIo, Prefix(name) + "读取 XLSX 时内存不足。");
  } catch (const std::exception& e) {
    return Invalid(Prefix(name) + "读取 XLSX 时出错：" + e.what());
  }
}

}  // namespace jixiao
