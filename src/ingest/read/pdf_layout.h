// Internal to the PDF reader: pure geometry that turns positioned words (text boxes with
// bounding boxes, as poppler reports them) into reading-order lines. It groups words by
// baseline, drops page-number lines ("— 3 —") and running headers and footers, reads a
// two-column page column by column, rebuilds tables row by row (pdf_table.h) and joins the
// physical lines of a wrapped paragraph back into one line.
#pragma once

#include <string>
#include <vector>

#include "ingest/read/positioned_text.h"

namespace jixiao::pdf {

struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // page coordinates, y grows downwards
  std::string text;                      // UTF-8
  bool space_after = false;              // poppler's guess that a space follows
  double first_unit_width = 0;           // width of the first unbreakable unit (a CJK
                                         // character with its closing punctuation, a word)
};

// A ruling line a page draws: horizontal (y0 == y1) or vertical (x0 == x1), x0 <= x1, y0 <= y1.
struct Rule {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool horizontal() const { return y1 - y0 < x1 - x0; }
};

// A physical line with the geometry JoinWrappedLines needs.
struct PlacedLine {
  TextLine line;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double first_unit_width = 0;
};

// One page's text boxes.
struct PageBoxes {
  std::vector<Box> boxes;
  std::vector<Rule> rules;  // a table's borders, where drawn
  double width = 0, height = 0;
};

// Lays out a document's pages into lines, pages numbered from 1: tables become rows (also
// across page breaks). Wrapped paragraphs are not joined yet (see JoinWrappedLines).
std::vector<PlacedLine> LayoutDocument(std::vector<PageBoxes> pages);

// Lays out one page's boxes into lines with page = `page`, numbered by physical line from 1
// (running headers need other pages: they stay). Wrapped paragraphs are not joined yet.
std::vector<PlacedLine> LayoutPage(std::vector<Box> boxes, int page);

// Joins lines that continue a paragraph, across pages too: the previous line reaches the right
// edge of the text (the next line's first unit would not have fitted) and the next one starts
// at the left edge with ordinary line spacing. Table rows are never joined.
std::vector<TextLine> JoinWrappedLines(std::vector<PlacedLine> lines);

// "（3）", "(一)", "3.", "3、", "一、": the start of a numbered item or heading (no paragraph's
// wrapped rest). For joining a page's lines, and a text copy's columns.
bool StartsNewItem(std::string_view text);

// True for page-number lines such as "— 3 —", "- 3 -", "3", "第 3 页", "第3页 共6页", "3/6".
bool IsPageNumberLine(std::string_view text);

}  // namespace jixiao::pdf
