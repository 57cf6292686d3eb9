// Internal to render/: the PDF page flow of GB/T 9704 (DOMAIN.md §6). A4, margins 37/35/28/26
// mm, 22 lines of 28.95 pt and 28 characters a line; page numbers "— N —", odd pages right,
// even pages left. Blocks are placed top-down and a new page starts when one does not fit.
#pragma once

#include <cairo.h>

#include "render/cairo_text.h"
#include "render/layout.h"

namespace jixiao::pdf {

inline constexpr double kMm = 72.0 / 25.4;
inline constexpr double kPageW = 210 * kMm, kPageH = 297 * kMm;
inline constexpr double kTop = 37 * kMm, kBottom = 35 * kMm, kLeft = 28 * kMm, kRight = 26 * kMm;
inline constexpr double kTextW = kPageW - kLeft - kRight;  // 156 mm
inline constexpr double kTextH = kPageH - kTop - kBottom;  // 225 mm
inline constexpr double kLinePitch = 28.95;                // 22 lines
inline constexpr double kBodySize = 16;                    // 3号
inline constexpr double kCharPitch = kTextW / 28;          // 28 characters a line

class PageFlow {
 public:
  explicit PageFlow(cairo_t* cr) : cr_(cr) {}
  cairo_t* cr() const { return cr_; }
  double y() const { return y_; }            // from the top of the text block
  double left() const { return kTextH - y_; }  // room left on this page
  int page() const { return page_; }
  void Advance(double dy) { y_ += dy; }
  // Starts a new page unless `height` still fits (or the page is empty).
  void Need(double height);
  void NewPage();
  void Finish();  // numbers and emits the last page

 private:
  void DrawPageNumber();
  cairo_t* cr_;
  double y_ = 0;
  int page_ = 1;
};

// Places a laid-out paragraph line by line on the line grid, breaking pages between lines.
void FlowLines(PageFlow& flow, PangoLayout* layout, double pitch, double x_offset = 0);

void DrawTable(PageFlow& flow, const layout::Table& table);

}  // namespace jixiao::pdf
