// A text copy of pages set in two columns (a 政府公报 through `pdftotext -layout`: each line the
// left column's line, a gutter, the right column's line), put back in reading order. Owns
// finding the gutter and telling such pages from tables laid out by spaces.
#pragma once

#include <vector>

#include "ingest/read/positioned_text.h"

namespace jixiao {

// Finds the display column where most lines part into two runs of prose (eight lines at least,
// two in five of the lines with text), with the text on both sides mostly free of wide gaps (a
// table's cells have them). In each stretch of lines that do not run across it, when three
// lines at least part there, the left column's lines come first, then the right's, each keeping
// its line number and the column it starts at. Lines running across (a title, a table over the
// full width) stay where they are. Returns whether anything was put in order.
bool PutColumnsInReadingOrder(std::vector<TextLine>& lines);

// Two forms side by side on a landscape page (two projects' 自评表 through `pdftotext -layout`):
// lines whose first cell a later cell repeats (项目名称 … 项目名称) at the same display column, three
// at least, give the second form's column; in each stretch of lines not running across it, the
// first form's lines come first, then the second's, each keeping its line number and column.
// Returns whether anything was put in order.
bool PutFormsSideBySideInOrder(std::vector<TextLine>& lines);

}  // namespace jixiao
