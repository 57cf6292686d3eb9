// Internal to the PDF reader: tables drawn with rules (a word processor's bordered table). The
// rules make the grid, each cell takes the words inside it: rows as the file's own table has them.
#pragma once

#include <vector>

#include "ingest/read/pdf_layout.h"
#include "ingest/read/pdf_table.h"

namespace jixiao::pdf {

// Takes the words inside the page's ruled tables out of `boxes` and returns the tables' rows,
// top to bottom, as lines with `ruled` set: one entry of `ruled_cells` per cell the row has, in
// order ("" for a cell merged into it from the row above, whose words go to that row), as a
// DOCX table holds them. A table is a connected set of horizontal and vertical rules with two
// cells or more holding words; rows without words are left out. Lines of rules alone (an
// underline, a rule under a heading) and tables ruled only across (no vertical rules) are no
// grid: their words stay for the table finder (pdf_table.h).
std::vector<PhysLine> TakeRuledRows(std::vector<Box>& boxes, const std::vector<Rule>& rules);

}  // namespace jixiao::pdf
