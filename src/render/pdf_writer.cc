// PDF in the GB/T 9704 format with Cairo and Pango; fonts are embedded as subsets.
#include <cairo-pdf.h>

#include "render/chart_draw.h"
#include "render/pdf_page.h"
#include "render/writers.h"

namespace jixiao {

namespace pdf {

void PageFlow::Need(double height) {
  if (y_ > 0 && y_ + height > kTextH + 0.01) NewPage();
}

void PageFlow::NewPage() {
  DrawPageNumber();
  cairo_show_page(cr_);
  ++page_;
  y_ = 0;
}

void PageFlow::Finish() {
  DrawPageNumber();
  cairo_show_page(cr_);
}

void PageFlow::DrawPageNumber() {
  const std::string text = "— " + std::to_string(page_) + " —";
  auto layout = cairo_text::MakeLayout(cr_, text, {cairo_text::kSerif, 14}, -1);
  const double w = cairo_text::WidthOf(layout.get());
  const double x = page_ % 2 == 1 ? kPageW - kRight - 14 - w : kLeft + 14;
  cairo_set_source_rgb(cr_, 0, 0, 0);
  cairo_move_to(cr_, x, kTop + kTextH + 7 * kMm);
  pango_cairo_show_layout(cr_, layout.get());
}

void FlowLines(PageFlow& flow, PangoLayout* layout, double pitch, double x_offset) {
  PangoLayoutIter* iter = pango_layout_get_iter(layout);
  const double size = static_cast<double>(pango_font_description_get_size(
                          pango_layout_get_font_description(layout))) / PANGO_SCALE;
  do {
    flow.Need(pitch);
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(iter, nullptr, &logical);
    const double baseline = kTop + flow.y() + pitch / 2 + 0.38 * size;
    cairo_move_to(flow.cr(), kLeft + x_offset + static_cast<double>(logical.x) / PANGO_SCALE, baseline);
    pango_cairo_show_layout_line(flow.cr(), pango_layout_iter_get_line_readonly(iter));
    flow.Advance(pitch);
  } while (pango_layout_iter_next_line(iter));
  pango_layout_iter_free(iter);
}

}  // namespace pdf

namespace writer {

namespace {

using pdf::PageFlow;
constexpr double kSpacing = pdf::kCharPitch - pdf::kBodySize;  // fits 28 characters a line

void Lines(PageFlow& flow, std::string_view text, const cairo_text::Style& style, double indent_chars,
           PangoAlignment align, bool justify) {
  auto layout = cairo_text::MakeLayout(flow.cr(), text, style, pdf::kTextW);
  pango_layout_set_indent(layout.get(), static_cast<int>(indent_chars * pdf::kCharPitch * PANGO_SCALE));
  pango_layout_set_alignment(layout.get(), align);
  pango_layout_set_justify(layout.get(), justify);
  cairo_set_source_rgb(flow.cr(), 0, 0, 0);
  pdf::FlowLines(flow, layout.get(), pdf::kLinePitch);
}

struct PdfVisitor {
  PageFlow& flow;
  // A title of several lines is narrowed until its lines are balanced (a trapezoid, not a
  // full line and a stub), then centred.
  void operator()(const layout::Title& b) {
    flow.Need(pdf::kLinePitch * 3);
    auto layout = cairo_text::MakeLayout(flow.cr(), b.text, {cairo_text::kSerif, 22, true}, pdf::kTextW);
    const int lines = pango_layout_get_line_count(layout.get());
    double width = pdf::kTextW;
    while (lines > 1 && width > 120) {
      pango_layout_set_width(layout.get(), static_cast<int>((width - 11) * PANGO_SCALE));
      if (pango_layout_get_line_count(layout.get()) != lines) break;
      width -= 11;
    }
    pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_alignment(layout.get(), PANGO_ALIGN_CENTER);
    cairo_set_source_rgb(flow.cr(), 0, 0, 0);
    pdf::FlowLines(flow, layout.get(), pdf::kLinePitch * 1.25, (pdf::kTextW - width) / 2);
    flow.Advance(pdf::kLinePitch);  // one blank line after the title
  }
  void operator()(const layout::Heading& b) {
    flow.Need(pdf::kLinePitch * 3);  // keep a heading with the next lines
    const char* family = b.level == 1 ? cairo_text::kSans : cairo_text::kSerif;
    Lines(flow, b.text, {family, pdf::kBodySize, b.level == 2, kSpacing}, 2, PANGO_ALIGN_LEFT, false);
  }
  void operator()(const layout::Paragraph& b) {
    const PangoAlignment align = b.align == layout::Align::kCenter ? PANGO_ALIGN_CENTER
                                 : b.align == layout::Align::kRight ? PANGO_ALIGN_RIGHT
                                                                    : PANGO_ALIGN_LEFT;
    Lines(flow, b.lead + b.text, {cairo_text::kSerif, pdf::kBodySize, false, kSpacing}, b.indent ? 2 : 0, align,
          b.align == layout::Align::kJustify);
  }
  void operator()(const layout::Table& b) { pdf::DrawTable(flow, b); }
  void operator()(const layout::Chart& b) {
    const double h = chart::Height(b);
    flow.Need(h);
    cairo_save(flow.cr());
    cairo_translate(flow.cr(), pdf::kLeft, pdf::kTop + flow.y());
    chart::Draw(flow.cr(), b, pdf::kTextW, h);
    cairo_restore(flow.cr());
    flow.Advance(h + pdf::kLinePitch / 2);
  }
  void operator()(const layout::PageBreak&) {
    if (flow.y() > 0) flow.NewPage();
  }
};

}  // namespace

Result<std::string> Pdf(const layout::Document& document) {
  std::string bytes;
  cairo_surface_t* surface =
      cairo_pdf_surface_create_for_stream(cairo_text::AppendToString, &bytes, pdf::kPageW, pdf::kPageH);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, document.title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, document.author.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "jixiao");
  cairo_t* cr = cairo_create(surface);
  PageFlow flow(cr);
  PdfVisitor visitor{flow};
  for (const auto& block : document.blocks) std::visit(visitor, block);
  flow.Finish();
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) {
    return Fail(ErrorCode::kIo, std::string("PDF 生成失败：") + cairo_status_to_string(status));
  }
  return bytes;
}

}  // namespace writer

}  // namespace jixiao
