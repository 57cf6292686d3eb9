// Internal to the PDF reader: the ruling lines each page draws (a table's borders), read with
// poppler's core, which poppler-cpp does not expose. Only horizontal and vertical lines count.
#pragma once

#include <string_view>
#include <vector>

#include "ingest/read/pdf_layout.h"

namespace jixiao::pdf {

// The rules of each page (in the coordinates of poppler-cpp's text boxes: points, y down), one
// vector per page; empty vectors when the file cannot be opened this way. Strokes and thin filled
// rectangles in a visible colour, axis-aligned; a page drawing more than kMaxRules has none
// (a map or chart, no table).
std::vector<std::vector<Rule>> PageRules(std::string_view bytes);

constexpr std::size_t kMaxRules = 20000;

}  // namespace jixiao::pdf
