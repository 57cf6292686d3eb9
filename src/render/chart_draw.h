// Internal to render/: paints a layout::Chart with Cairo (horizontal bars with value labels,
// an optional reference line), onto a PDF page or alone into PNG or SVG bytes.
#pragma once

#include <cairo.h>

#include <string>

#include "base/result.h"
#include "render/layout.h"

namespace jixiao::chart {

inline constexpr double kDefaultWidth = 442.0;  // points: the GB/T 9704 text block

double Height(const layout::Chart& chart);  // points, for a chart kDefaultWidth wide
// Paints the chart with its top-left corner at the current user-space origin.
void Draw(cairo_t* cr, const layout::Chart& chart, double width, double height);

Result<std::string> RenderPng(const layout::Chart& chart, double scale);
Result<std::string> RenderSvg(const layout::Chart& chart);

}  // namespace jixiao::chart
