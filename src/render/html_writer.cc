// One self-contained HTML file: inline CSS in the GB/T 9704 look, a print stylesheet for
// A4 pages, table headers that repeat when printed, and charts as inline SVG.
#include <algorithm>
#include <optional>
#include <string>

#include "render/chart_draw.h"
#include "render/writers.h"

namespace jixiao::writer {

namespace {

constexpr std::string_view kStyle = R"(<style>
body{margin:0;background:#f3f3f3;color:#000}
main{box-sizing:border-box;max-width:210mm;margin:0 auto;padding:37mm 26mm 35mm 28mm;background:#fff;
 font-family:"仿宋_GB2312","FangSong_GB2312","仿宋","FangSong","Noto Serif CJK SC",serif;font-size:16pt;line-height:28.95pt}
h1{font-family:"方正小标宋简体","FZXiaoBiaoSong-B05S","Noto Serif CJK SC",serif;font-size:22pt;line-height:1.4;
 text-align:center;font-weight:normal;margin:0 0 28.95pt}
h2,h3,h4,h5{font-size:16pt;margin:0;text-indent:2em}
h2{font-family:"黑体","SimHei","Noto Sans CJK SC",sans-serif;font-weight:normal}
h3{font-family:"楷体_GB2312","KaiTi_GB2312","楷体","KaiTi","Noto Serif CJK SC",serif;font-weight:normal}
h4,h5{font-weight:normal}
p{margin:0;text-indent:2em;text-align:justify}
p.flush{text-indent:0}
table{border-collapse:collapse;width:100%;margin:6pt 0 14pt;font-size:9pt;line-height:1.4}
caption{font-family:"黑体","SimHei","Noto Sans CJK SC",sans-serif;font-size:12pt;padding:4pt}
th,td{border:0.6pt solid #000;padding:2pt 3pt;text-align:center;vertical-align:middle}
th{font-family:"黑体","SimHei","Noto Sans CJK SC",sans-serif;font-weight:normal}
td.l{text-align:left}td.r{text-align:right}
.note{font-size:9pt;line-height:1.4;text-indent:0}
figure{margin:6pt 0 14pt;text-align:center}figure svg{max-width:100%;height:auto}
hr.page{border:0;border-top:1px dashed #bbb;margin:28.95pt -26mm 28.95pt -28mm}
@media print{
 @page{size:A4;margin:37mm 26mm 35mm 28mm}
 body{background:none}main{max-width:none;padding:0}
 hr.page{border:0;margin:0;break-after:page}
 thead{display:table-header-group}tr,figure{break-inside:avoid}h2,h3,h4{break-after:avoid}
}
</style>
)";

// Cairo names SVG definitions glyph0-1, clip1…; prefix them so inline charts do not collide.
std::string PrefixSvgIds(std::string svg, const std::string& prefix) {
  if (auto start = svg.find("<svg"); start != std::string::npos) svg.erase(0, start);
  std::string out;
  for (std::size_t pos = 0; pos < svg.size();) {
    std::size_t best = std::string::npos, len = 0;
    for (std::string_view key : {"id=\"", "href=\"#", "url(#"}) {
      const std::size_t at = svg.find(key, pos);
      if (at < best) best = at, len = key.size();
    }
    if (best == std::string::npos) {
      out.append(svg, pos);
      break;
    }
    out.append(svg, pos, best + len - pos);
    out += prefix;
    pos = best + len;
  }
  return out;
}

void Table(const layout::Table& table, std::string& out) {
  out += "<table>";
  if (!table.caption.empty()) out += "<caption>" + XmlEscape(table.caption) + "</caption>";
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const bool head = static_cast<int>(r) < table.repeat_rows;
    if (r == 0 && head) out += "<thead>";
    if (static_cast<int>(r) == table.repeat_rows) out += r == 0 ? "<tbody>" : "</thead><tbody>";
    out += "<tr>";
    for (const layout::Cell& cell : table.rows[r].cells) {
      const char* tag = cell.strong ? "th" : "td";
      out += std::string("<") + tag;
      if (cell.col_span > 1) out += " colspan=\"" + std::to_string(cell.col_span) + "\"";
      if (cell.align == layout::Align::kLeft || cell.align == layout::Align::kJustify) out += " class=\"l\"";
      if (cell.align == layout::Align::kRight) out += " class=\"r\"";
      out += ">" + XmlEscape(cell.text) + "</" + tag + ">";
    }
    out += "</tr>";
  }
  out += static_cast<int>(table.rows.size()) > table.repeat_rows ? "</tbody></table>\n" : "</thead></table>\n";
  if (!table.note.empty()) out += "<p class=\"note\">" + XmlEscape(table.note) + "</p>\n";
}

struct HtmlVisitor {
  std::string& out;
  int charts = 0;
  std::optional<Error> error;
  void operator()(const layout::Title& b) { out += "<h1>" + XmlEscape(b.text) + "</h1>\n"; }
  void operator()(const layout::Heading& b) {
    const std::string tag = "h" + std::to_string(std::clamp(b.level, 1, 4) + 1);
    out += "<" + tag + ">" + XmlEscape(b.text) + "</" + tag + ">\n";
  }
  void operator()(const layout::Paragraph& b) {
    out += b.indent ? "<p>" : "<p class=\"flush\">";
    out += XmlEscape(b.lead) + XmlEscape(b.text) + "</p>\n";
  }
  void operator()(const layout::Table& b) { Table(b, out); }
  void operator()(const layout::Chart& b) {
    auto svg = chart::RenderSvg(b);
    if (!svg) return void(error = svg.error());
    out += "<figure role=\"img\" aria-label=\"" + XmlEscape(b.title) + "\">" +
           PrefixSvgIds(*svg, "c" + std::to_string(++charts) + "-") + "</figure>\n";
  }
  void operator()(const layout::PageBreak&) { out += "<hr class=\"page\">\n"; }
};

}  // namespace

Result<std::string> Html(const layout::Document& document) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
                    XmlEscape(document.title) + "</title>\n";
  out += kStyle;
  out += "</head>\n<body>\n<main>\n";
  HtmlVisitor visitor{out, 0, std::nullopt};
  for (const auto& block : document.blocks) std::visit(visitor, block);
  if (visitor.error) return tl::unexpected(*visitor.error);
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace jixiao::writer
