#include "render/chart_draw.h"

#include <cairo-svg.h>

#include <algorithm>
#include <cmath>

#include "render/cairo_text.h"

namespace jixiao::chart {

namespace {

using cairo_text::Style;

constexpr double kTitleH = 26, kLegendH = 18, kAxisH = 18, kBarH = 9, kRowGap = 7, kLabelW = 150, kValueW = 96;
constexpr double kColors[][3] = {{0.27, 0.45, 0.77}, {0.93, 0.49, 0.19}, {0.44, 0.68, 0.28}};

double RowHeight(const layout::Chart& chart) {
  return static_cast<double>(std::max<std::size_t>(chart.series.size(), 1)) * kBarH + kRowGap;
}

void Text(cairo_t* cr, std::string_view text, const Style& style, double x, double y, double width = -1,
          PangoAlignment align = PANGO_ALIGN_LEFT) {
  auto layout = cairo_text::MakeLayout(cr, text, style, -1);
  if (width > 0) {
    pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_ellipsize(layout.get(), PANGO_ELLIPSIZE_END);
    pango_layout_set_alignment(layout.get(), align);
  }
  cairo_move_to(cr, x, y - cairo_text::HeightOf(layout.get()) / 2);
  pango_cairo_show_layout(cr, layout.get());
}

double MaxValue(const layout::Chart& chart) {
  double max = chart.reference.value_or(0.0);
  for (const auto& series : chart.series) {
    for (double v : series.values) max = std::max(max, v);
  }
  if (chart.unit == "%") max = std::max(max, 100.0);  // rates read against 100%
  return max > 0 ? max : 1.0;
}

void LegendItem(cairo_t* cr, const double* color, const std::string& text, double x) {
  cairo_set_source_rgb(cr, color[0], color[1], color[2]);
  cairo_rectangle(cr, x, kTitleH + 4, 10, 8);
  cairo_fill(cr);
  cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
  Text(cr, text, Style{cairo_text::kSans, 8}, x + 13, kTitleH + 8);
}

// One entry per series; a single-series chart with a reference line also explains the
// second colour of bars below the reference.
void DrawLegend(cairo_t* cr, const layout::Chart& chart, double width) {
  const bool below = chart.series.size() == 1 && chart.reference;
  const std::size_t items = chart.series.size() + (below ? 1 : 0);
  double x = width / 2 - 45.0 * static_cast<double>(items);
  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    LegendItem(cr, kColors[s % 3], chart.series[s].name + (chart.unit.empty() ? "" : "（" + chart.unit + "）"), x);
    x += 90;
  }
  if (below) LegendItem(cr, kColors[1], "低于" + chart.reference_label, x);
}

void DrawGrid(cairo_t* cr, const layout::Chart& chart, double x0, double plot_w, double top, double bottom) {
  const double max = MaxValue(chart);
  const Style tiny{cairo_text::kSans, 7};
  cairo_set_line_width(cr, 0.4);
  for (int i = 0; i <= 4; ++i) {
    const double x = x0 + plot_w * i / 4;
    cairo_set_source_rgb(cr, 0.82, 0.82, 0.82);
    cairo_move_to(cr, x, top);
    cairo_line_to(cr, x, bottom);
    cairo_stroke(cr);
    cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
    const double value = max * i / 4;
    char buf[64];
    std::snprintf(buf, sizeof buf, value >= 100 || value == 0 ? "%.0f" : "%.2f", value);
    Text(cr, buf, tiny, x - 20, bottom + 8, 40, PANGO_ALIGN_CENTER);
  }
}

void DrawReference(cairo_t* cr, const layout::Chart& chart, double x0, double plot_w, double top, double bottom) {
  if (!chart.reference) return;
  const double x = x0 + plot_w * *chart.reference / MaxValue(chart);
  const double dash[] = {4, 3};
  cairo_set_source_rgb(cr, 0.8, 0.1, 0.1);
  cairo_set_line_width(cr, 1);
  cairo_set_dash(cr, dash, 2, 0);
  cairo_move_to(cr, x, top - 4);
  cairo_line_to(cr, x, bottom);
  cairo_stroke(cr);
  cairo_set_dash(cr, nullptr, 0, 0);
  Text(cr, chart.reference_label, Style{cairo_text::kSans, 7}, x - 60, top - 9, 120, PANGO_ALIGN_CENTER);
}

void DrawBars(cairo_t* cr, const layout::Chart& chart, double x0, double plot_w, double top) {
  const double max = MaxValue(chart);
  const Style label{cairo_text::kSerif, 8}, value{cairo_text::kSans, 7};
  for (std::size_t i = 0; i < chart.categories.size(); ++i) {
    const double row_y = top + RowHeight(chart) * static_cast<double>(i);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    Text(cr, chart.categories[i], label, 2, row_y + (RowHeight(chart) - kRowGap) / 2, kLabelW - 8, PANGO_ALIGN_RIGHT);
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
      const auto& series = chart.series[s];
      const double v = i < series.values.size() ? std::max(series.values[i], 0.0) : 0.0;
      const double len = plot_w * v / max;
      const double y = row_y + kBarH * static_cast<double>(s);
      const auto& c = kColors[chart.series.size() == 1 && chart.reference && v < *chart.reference ? 1 : s % 3];
      cairo_set_source_rgb(cr, c[0], c[1], c[2]);
      cairo_rectangle(cr, x0, y + 1, std::max(len, 0.6), kBarH - 2);
      cairo_fill(cr);
      cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
      if (i < series.labels.size()) Text(cr, series.labels[i], value, x0 + len + 3, y + kBarH / 2, kValueW);
    }
  }
}

}  // namespace

double Height(const layout::Chart& chart) {
  return kTitleH + kLegendH + 10 + RowHeight(chart) * static_cast<double>(chart.categories.size()) + kAxisH;
}

void Draw(cairo_t* cr, const layout::Chart& chart, double width, double height) {
  cairo_save(cr);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_rectangle(cr, 0, 0, width, height);
  cairo_fill(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
  Text(cr, chart.title, Style{cairo_text::kSans, 11, true}, 0, kTitleH / 2, width, PANGO_ALIGN_CENTER);
  DrawLegend(cr, chart, width);
  const double x0 = kLabelW, plot_w = width - kLabelW - kValueW, top = kTitleH + kLegendH + 10;
  const double bottom = top + RowHeight(chart) * static_cast<double>(chart.categories.size());
  DrawGrid(cr, chart, x0, plot_w, top, bottom);
  DrawBars(cr, chart, x0, plot_w, top);
  DrawReference(cr, chart, x0, plot_w, top, bottom);
  cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
  cairo_set_line_width(cr, 0.8);
  cairo_move_to(cr, x0, top);
  cairo_line_to(cr, x0, bottom);
  cairo_stroke(cr);
  cairo_restore(cr);
}

Result<std::string> RenderPng(const layout::Chart& chart, double scale) {
  const double h = Height(chart);
  const int pw = static_cast<int>(std::ceil(kDefaultWidth * scale)), ph = static_cast<int>(std::ceil(h * scale));
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, pw, ph);
  cairo_t* cr = cairo_create(surface);
  cairo_scale(cr, scale, scale);
  Draw(cr, chart, kDefaultWidth, h);
  cairo_destroy(cr);
  std::string png;
  const cairo_status_t status = cairo_surface_write_to_png_stream(surface, cairo_text::AppendToString, &png);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) return Fail(ErrorCode::kIo, std::string("图表 PNG 生成失败：") + cairo_status_to_string(status));
  return png;
}

Result<std::string> RenderSvg(const layout::Chart& chart) {
  std::string svg;
  const double h = Height(chart);
  cairo_surface_t* surface = cairo_svg_surface_create_for_stream(cairo_text::AppendToString, &svg, kDefaultWidth, h);
  cairo_t* cr = cairo_create(surface);
  Draw(cr, chart, kDefaultWidth, h);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) return Fail(ErrorCode::kIo, std::string("图表 SVG 生成失败：") + cairo_status_to_string(status));
  return svg;
}

}  // namespace jixiao::chart
