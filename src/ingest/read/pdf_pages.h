// Internal to the PDF reader: each page's words (with their geometry) and its ruling lines (a
// table's borders), read with poppler's core in one drawing of the page.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "ingest/read/pdf_layout.h"

namespace jixiao::pdf {

// The pages of a PDF that poppler-cpp opened already (so it is neither locked nor broken), in
// the coordinates poppler-cpp uses (points, y down), with their crop boxes' sizes: the words as
// poppler's TextOutputDev finds them, and the horizontal and vertical lines each page strokes or fills thin, in a visible colour
// (a page drawing more than kMaxRules has none: a map or a chart, no table). nullopt when poppler's
// core cannot open the bytes.
std::optional<std::vector<PageBoxes>> ReadPages(std::string_view bytes);

constexpr std::size_t kMaxRules = 20000;

}  // namespace jixiao::pdf
