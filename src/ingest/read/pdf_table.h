// Internal to the PDF reader: finds the tables among a document's physical lines and rebuilds
// their rows. A table is a run of lines whose cells start at shared column positions and whose
// gaps between cells line up. Its rows are rebuilt from cell blocks (the lines of one cell,
// stacked), so that a cell whose text wraps over several physical lines, and a label centred
// beside it or on the rows it spans, end up in one row, with one cell per column.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/read/pdf_layout.h"

namespace jixiao::pdf {

struct Segment {
  double x0 = 0, x1 = 0;
  std::string text;
};

// Words on one baseline, left to right.
struct PhysLine {
  int page = 0;
  int number = 0;  // 1-based, on its page
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double first_unit_width = 0;
  std::vector<Segment> segments;  // boxes joined where the gap is under half the line height
  std::vector<Box> boxes;         // left to right
  // Per box: it starts a cell though the gap before it is narrow — it starts where a box of
  // another line nearby starts too (a column of narrow cells). Filled by FindTables.
  std::vector<bool> aligned_start;
  // A row of a table drawn with rules (pdf_grid.h), one entry per cell of the row ("" for a
  // cell merged into the row above), as a word processor holds it; no boxes then.
  std::vector<std::string> ruled_cells;
  bool ruled = false;
  bool ruled_first = false;  // its table's first row
  bool AlignedStart(std::size_t i) const { return i < aligned_start.size() && aligned_start[i]; }
  double height() const { return y1 - y0 > 1.0 ? y1 - y0 : 1.0; }
};

// A cell holding only a figure ("923,238.19", "100.00%", "3").
bool IsFigure(std::string_view cell);

// How many of the cells hold text.
std::size_t FilledCells(const std::vector<std::string>& cells);

// Joins the lines of one cell: CJK text runs on, other text gets a space.
void AppendLine(std::string& cell, const std::string& text);

// Groups words whose vertical centres are close into lines, top to bottom; on each line, words
// closer than half the line height join into a segment, characters spread evenly into one word.
std::vector<PhysLine> GroupLines(std::vector<Box> boxes);

// Appends a word to a segment, with a space when the gap or poppler says there is one.
void AppendWord(Segment& segment, const Box& previous, const Box& box, double height);

// A rebuilt table row: one cell per column ("" for an empty cell). The columns are those of the
// row's band: the rows of a table around it that share one set of columns (a word processor's
// table may have rows of other cells, such as 项目名称 | name above a funds grid).
struct TableRow {
  std::vector<std::string> cells;
  int page = 0, number = 0;  // where the row starts
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  // The lines of the row's own cells, without labels centred on several rows (which make rows
  // overlap); 0, 0 where unknown (then top() and bottom() are y0 and y1).
  double own_y0 = 0, own_y1 = 0;
  double top() const { return own_y1 > own_y0 ? own_y0 : y0; }
  double bottom() const { return own_y1 > own_y0 ? own_y1 : y1; }
  // Takes in the place of `row`, joined into this one.
  void Extend(const TableRow& row);
};

// The document in reading order: each physical line that is not part of a table (`line` is its
// index), or a table row in its place.
struct LayoutItem {
  static constexpr std::size_t kRow = static_cast<std::size_t>(-1);
  std::size_t line = kRow;
  TableRow row;
  bool is_row() const { return line == kRow; }
};

// Joins the parts of a row a wrapped cell split (cells set vertically in the middle beside it):
// a row whose first cell is empty joins the row above when every column both fill holds words
// (the lines of one wrapped cell) and the two hold a figure; under the table's first row, short
// rests of its words (a header wrapped in narrow columns) join it. First, two rows taken for one
// (each figure cell holding two figures, one over the other) are split back.
void JoinSplitRows(std::vector<TableRow>& rows);

// Where the rows of a table stand a quarter of a line apart or more (padded cells), joins two rows
// under a third of that apart (the lines of one row wrapped in narrow cells, or overlapping where a
// cell is centred beside two lines) when no column holds a figure in both.
void JoinCloseRows(std::vector<TableRow>& rows);

// Whether a few Chinese characters right after a figure a narrow gap away go on from it (a unit
// or the rest of a label in another font: "535" then "份", "1-6" then "月完成") rather than
// start a cell of their own ("14.89" then "响，部分任务延").
bool GoesOnFromFigure(std::string_view before, std::string_view after);

// A row with more cells than the rows above and below it, where a unit ("份", "元") follows a cell
// ending in a digit: the unit goes back to its figure ("535 | 份" → "535份").
void JoinUnitsCutFromFigures(std::vector<TableRow>& rows);

// `lines` are the document's physical lines in reading order, pages in order. Tables may run
// over a page break: their rows share one set of columns, a header row repeated at the top of
// the next page is dropped, and a row cut by the page break is joined back.
std::vector<LayoutItem> FindTables(const std::vector<PhysLine>& lines);

}  // namespace jixiao::pdf
