// Bordered tables on the PDF page flow: rows never split; when a row does not fit, the page
// breaks and the table's repeat rows are drawn again at the top of the new page.
#include <numeric>
#include <vector>

#include "render/pdf_page.h"

namespace jixiao::pdf {

namespace {

constexpr double kCellSize = 9;  // 小五
constexpr double kPad = 3;
constexpr double kMinRow = 20;

struct PlacedCell {
  cairo_text::LayoutPtr layout;
  double x = 0, width = 0;
};

struct PlacedRow {
  std::vector<PlacedCell> cells;
  double height = kMinRow;
};

std::vector<double> ColumnEdges(const layout::Table& table) {
  const int columns = layout::ColumnCount(table);
  std::vector<int> weights = table.column_weights;
  weights.resize(static_cast<std::size_t>(columns), weights.empty() ? 1 : weights.back());
  const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
  std::vector<double> edges{0};
  for (int w : weights) edges.push_back(edges.back() + kTextW * w / total);
  return edges;
}

PlacedRow Place(cairo_t* cr, const layout::Row& row, const std::vector<double>& edges) {
  PlacedRow placed;
  std::size_t col = 0;
  for (const layout::Cell& cell : row.cells) {
    const std::size_t end = std::min(col + static_cast<std::size_t>(std::max(cell.col_span, 1)), edges.size() - 1);
    PlacedCell pc;
    pc.x = edges[col];
    pc.width = edges[end] - edges[col];
    const cairo_text::Style style{cell.strong ? cairo_text::kSans : cairo_text::kSerif, kCellSize};
    pc.layout = cairo_text::MakeLayout(cr, cell.text, style, pc.width - 2 * kPad);
    pango_layout_set_alignment(pc.layout.get(), cell.align == layout::Align::kCenter  ? PANGO_ALIGN_CENTER
                                                : cell.align == layout::Align::kRight ? PANGO_ALIGN_RIGHT
                                                                                      : PANGO_ALIGN_LEFT);
    placed.height = std::max(placed.height, cairo_text::HeightOf(pc.layout.get()) + 2 * kPad);
    placed.cells.push_back(std::move(pc));
    col = end;
  }
  if (col + 1 < edges.size()) placed.cells.push_back(PlacedCell{nullptr, edges[col], edges.back() - edges[col]});
  return placed;
}

void Draw(PageFlow& flow, const PlacedRow& row) {
  cairo_t* cr = flow.cr();
  const double top = kTop + flow.y();
  cairo_set_line_width(cr, 0.6);
  for (const PlacedCell& cell : row.cells) {
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_rectangle(cr, kLeft + cell.x, top, cell.width, row.height);
    cairo_stroke(cr);
    if (!cell.layout) continue;
    const double h = cairo_text::HeightOf(cell.layout.get());
    cairo_move_to(cr, kLeft + cell.x + kPad, top + (row.height - h) / 2);
    pango_cairo_show_layout(cr, cell.layout.get());
  }
  flow.Advance(row.height);
}

void Caption(PageFlow& flow, const std::string& text, double first_row) {
  if (text.empty()) return;
  auto layout = cairo_text::MakeLayout(flow.cr(), text, {cairo_text::kSans, 12}, kTextW);
  pango_layout_set_alignment(layout.get(), PANGO_ALIGN_CENTER);
  const double h = cairo_text::HeightOf(layout.get()) + 6;
  flow.Need(h + first_row);
  cairo_move_to(flow.cr(), kLeft, kTop + flow.y() + 2);
  pango_cairo_show_layout(flow.cr(), layout.get());
  flow.Advance(h);
}

void Note(PageFlow& flow, const std::string& text) {
  if (text.empty()) return;
  auto layout = cairo_text::MakeLayout(flow.cr(), text, {cairo_text::kSerif, 9}, kTextW);
  const double h = cairo_text::HeightOf(layout.get()) + 4;
  flow.Need(h);
  cairo_move_to(flow.cr(), kLeft, kTop + flow.y() + 2);
  pango_cairo_show_layout(flow.cr(), layout.get());
  flow.Advance(h);
}

}  // namespace

void DrawTable(PageFlow& flow, const layout::Table& table) {
  const std::vector<double> edges = ColumnEdges(table);
  std::vector<PlacedRow> rows;
  for (const layout::Row& row : table.rows) rows.push_back(Place(flow.cr(), row, edges));
  const std::size_t repeat = std::min<std::size_t>(static_cast<std::size_t>(std::max(table.repeat_rows, 0)), rows.size());
  double repeat_h = 0;
  for (std::size_t i = 0; i < repeat; ++i) repeat_h += rows[i].height;
  const double first = rows.empty() ? 0 : repeat_h + rows[std::min(repeat, rows.size() - 1)].height;
  Caption(flow, table.caption, first);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (i >= repeat && flow.y() > 0 && flow.y() + rows[i].height > kTextH) {
      flow.NewPage();
      for (std::size_t r = 0; r < repeat; ++r) Draw(flow, rows[r]);
    }
    Draw(flow, rows[i]);
  }
  Note(flow, table.note);
  flow.Advance(kLinePitch / 2);
}

}  // namespace jixiao::pdf
