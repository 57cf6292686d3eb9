// DOCX (WordprocessingML) in the GB/T 9704 format: styles carry the fonts and the line grid,
// tables repeat their header rows, charts are embedded PNG pictures.
#include <algorithm>
#include <numeric>
#include <optional>

#include "base/text.h"
#include "render/chart_draw.h"
#include "render/docx_parts.h"
#include "render/writers.h"
#include "render/zip.h"

namespace jixiao::writer {

namespace {

std::string Run(std::string_view text, const std::string& rpr = "") {
  return "<w:r>" + (rpr.empty() ? "" : "<w:rPr>" + rpr + "</w:rPr>") + "<w:t xml:space=\"preserve\">" +
         XmlEscape(text) + "</w:t></w:r>";
}

std::string Para(const std::string& style, const std::string& runs, const std::string& extra_ppr = "") {
  return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/>" + extra_ppr + "</w:pPr>" + runs + "</w:p>";
}

std::string Justify(layout::Align align) {
  switch (align) {
    case layout::Align::kLeft: return "left";
    case layout::Align::kCenter: return "center";
    case layout::Align::kRight: return "right";
    case layout::Align::kJustify: break;
  }
  return "both";
}

std::vector<int> GridWidths(const layout::Table& table) {
  const int columns = layout::ColumnCount(table);
  std::vector<int> weights = table.column_weights;
  weights.resize(static_cast<std::size_t>(columns), weights.empty() ? 1 : weights.back());
  const int total = std::accumulate(weights.begin(), weights.end(), 0);
  std::vector<int> widths;
  for (int w : weights) widths.push_back(docx::kTextW * w / std::max(total, 1));
  return widths;
}

std::string TableCell(const layout::Cell& cell, int width) {
  std::string xml = "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(width) + "\" w:type=\"dxa\"/>";
  if (cell.col_span > 1) xml += "<w:gridSpan w:val=\"" + std::to_string(cell.col_span) + "\"/>";
  xml += "<w:vAlign w:val=\"center\"/></w:tcPr>";
  const std::string rpr = cell.strong ? "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"黑体\"/>" : "";
  return xml + Para("TableText", Run(cell.text, rpr), "<w:jc w:val=\"" + Justify(cell.align) + "\"/>") + "</w:tc>";
}

std::string Table(const layout::Table& table) {
  std::string xml;
  if (!table.caption.empty()) xml += Para("TableCaption", Run(table.caption));
  xml += "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:jc w:val=\"center\"/><w:tblBorders>";
  for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
    xml += std::string("<w:") + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>";
  }
  xml += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/>"
         "<w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>";
  const std::vector<int> widths = GridWidths(table);
  for (int w : widths) xml += "<w:gridCol w:w=\"" + std::to_string(w) + "\"/>";
  xml += "</w:tblGrid>";
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    xml += "<w:tr><w:trPr><w:cantSplit/>";
    if (static_cast<int>(r) < table.repeat_rows) xml += "<w:tblHeader/>";
    xml += "</w:trPr>";
    std::size_t col = 0;
    for (const layout::Cell& cell : table.rows[r].cells) {
      const std::size_t end = std::min(col + static_cast<std::size_t>(std::max(cell.col_span, 1)), widths.size());
      xml += TableCell(cell, std::accumulate(widths.begin() + static_cast<long>(col), widths.begin() + static_cast<long>(end), 0));
      col = end;
    }
    if (col < widths.size()) {  // pad a short row so every row spans the grid
      const int span = static_cast<int>(widths.size() - col);
      xml += TableCell(layout::Cell{"", span}, std::accumulate(widths.begin() + static_cast<long>(col), widths.end(), 0));
    }
    xml += "</w:tr>";
  }
  xml += "</w:tbl>";
  return xml + Para("TableNote", table.note.empty() ? "" : Run(table.note));
}

std::string Picture(int n, const std::string& title, double width_pt, double height_pt) {
  const std::string cx = std::to_string(static_cast<long>(width_pt * 12700));
  const std::string cy = std::to_string(static_cast<long>(height_pt * 12700));
  const std::string id = std::to_string(n);
  return "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"" + cx +
         "\" cy=\"" + cy + "\"/><wp:docPr id=\"" + id + "\" name=\"图表" + id + "\" descr=\"" + XmlEscape(title) +
         "\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
         "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
         "<pic:nvPicPr><pic:cNvPr id=\"" + id + "\" name=\"chart" + id + ".png\"/><pic:cNvPicPr/></pic:nvPicPr>"
         "<pic:blipFill><a:blip r:embed=\"rIdImg" + id + "\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
         "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + cx + "\" cy=\"" + cy + "\"/></a:xfrm>"
         "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"
         "</wp:inline></w:drawing></w:r>";
}

// A title longer than one 2号 line (20 characters) is broken into two balanced lines, the
// upper one shorter (a trapezoid), since Word would leave a stub on the second line.
std::string TitleRuns(const std::string& title) {
  const std::size_t n = CodePointCount(title);
  if (n <= 20) return Run(title);
  std::size_t pos = 0;
  for (std::size_t i = 0; i < n / 2; ++i) NextCodePoint(title, pos);
  return Run(title.substr(0, pos)) + "<w:r><w:br/></w:r>" + Run(title.substr(pos));
}

struct DocxVisitor {
  std::string& body;
  zip::Archive& archive;
  int images = 0;
  std::optional<Error> error;
  void operator()(const layout::Title& b) { body += Para("Title", TitleRuns(b.text)) + Para("Normal", ""); }
  void operator()(const layout::Heading& b) {
    body += Para("Heading" + std::to_string(std::clamp(b.level, 1, 4)), Run(b.text));
  }
  void operator()(const layout::Paragraph& b) {
    std::string ppr = b.align == layout::Align::kJustify ? "" : "<w:jc w:val=\"" + Justify(b.align) + "\"/>";
    if (!b.indent) ppr = "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>" + ppr;
    body += Para("Normal", Run(b.lead + b.text), ppr);
  }
  void operator()(const layout::Table& b) { body += Table(b); }
  void operator()(const layout::Chart& b) {
    auto png = chart::RenderPng(b, 2.0);
    if (!png) return void(error = png.error());
    archive.Add("word/media/chart" + std::to_string(++images) + ".png", std::move(*png));
    body += Para("Figure", Picture(images, b.title, chart::kDefaultWidth, chart::Height(b)));
  }
  void operator()(const layout::PageBreak&) { body += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"; }
};

}  // namespace

Result<std::string> Docx(const layout::Document& document) {
  zip::Archive archive;
  archive.Add("[Content_Types].xml", docx::ContentTypes());
  archive.Add("_rels/.rels", docx::PackageRels());
  std::string body;
  DocxVisitor visitor{body, archive, 0, std::nullopt};
  for (const auto& block : document.blocks) std::visit(visitor, block);
  if (visitor.error) return tl::unexpected(*visitor.error);
  archive.Add("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document" +
                                       std::string(docx::kNs) + "><w:body>" + body + docx::SectionProperties() +
                                       "</w:body></w:document>");
  archive.Add("word/_rels/document.xml.rels", docx::DocumentRels(visitor.images));
  archive.Add("word/styles.xml", docx::Styles());
  archive.Add("word/settings.xml", docx::Settings());
  archive.Add("word/footer1.xml", docx::Footer(true));
  archive.Add("word/footer2.xml", docx::Footer(false));
  archive.Add("docProps/core.xml", docx::CoreProps(document.title, document.author));
  archive.Add("docProps/app.xml", docx::AppProps());
  return archive.Bytes();
}

}  // namespace jixiao::writer
