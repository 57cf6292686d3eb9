// Markdown (CommonMark + GFM tables): headings by level, run-in leads in bold, tables as
// GFM tables (spanned cells become empty cells), charts as tables of their figures.
#include <algorithm>
#include <string>

#include "render/writers.h"

namespace jixiao::writer {

namespace {

std::string Escape(std::string_view text) {
  std::string out;
  for (char ch : text) {
    if (ch == '\n' || ch == '\r') {
      out += ' ';
      continue;
    }
    if (std::string_view("\\`*_[]<>|#").find(ch) != std::string_view::npos) out += '\\';
    out += ch;
  }
  return out;
}

void Row(const std::vector<std::string>& cells, std::string& out) {
  out += "|";
  for (const auto& cell : cells) out += " " + (cell.empty() ? std::string(" ") : cell) + " |";
  out += "\n";
}

void WriteTable(const layout::Table& table, std::string& out) {
  if (!table.caption.empty()) out += "**" + Escape(table.caption) + "**\n\n";
  const int columns = layout::ColumnCount(table);
  bool first = true;
  for (const layout::Row& row : table.rows) {
    std::vector<std::string> cells;
    for (const layout::Cell& cell : row.cells) {
      cells.push_back(Escape(cell.text));
      for (int i = 1; i < cell.col_span; ++i) cells.emplace_back();
    }
    cells.resize(columns);
    Row(cells, out);
    if (first) Row(std::vector<std::string>(columns, "---"), out);
    first = false;
  }
  if (!table.note.empty()) out += "\n" + Escape(table.note) + "\n";
  out += "\n";
}

void WriteChart(const layout::Chart& chart, std::string& out) {
  layout::Table table;
  table.caption = "图：" + chart.title + (chart.unit.empty() ? "" : "（" + chart.unit + "）");
  layout::Row header{{layout::Cell{"类别"}}, true};
  for (const auto& series : chart.series) header.cells.push_back(layout::Cell{series.name});
  table.rows.push_back(header);
  for (std::size_t i = 0; i < chart.categories.size(); ++i) {
    layout::Row row{{layout::Cell{chart.categories[i]}}};
    for (const auto& series : chart.series) row.cells.push_back({i < series.labels.size() ? series.labels[i] : ""});
    table.rows.push_back(row);
  }
  WriteTable(table, out);
}

// CommonMark does not close "**" between punctuation and a letter, so a lead ending in
// "：" is bolded without it and one ending in other punctuation stays plain.
std::string Lead(std::string_view lead) {
  constexpr std::string_view kColon = "：";
  if (lead.ends_with(kColon)) return "**" + Escape(lead.substr(0, lead.size() - kColon.size())) + "**" + std::string(kColon);
  if (lead.ends_with("）") || lead.ends_with(".")) return Escape(lead);
  return lead.empty() ? "" : "**" + Escape(lead) + "**";
}

struct MarkdownVisitor {
  std::string& out;
  void operator()(const layout::Title& b) { out += "# " + Escape(b.text) + "\n\n"; }
  void operator()(const layout::Heading& b) {
    out += std::string(static_cast<std::size_t>(std::clamp(b.level, 1, 5)) + 1, '#') + " " + Escape(b.text) + "\n\n";
  }
  void operator()(const layout::Paragraph& b) { out += Lead(b.lead) + Escape(b.text) + "\n\n"; }
  void operator()(const layout::Table& b) { WriteTable(b, out); }
  void operator()(const layout::Chart& b) { WriteChart(b, out); }
  void operator()(const layout::PageBreak&) { out += "---\n\n"; }
};

}  // namespace

std::string Markdown(const layout::Document& document) {
  std::string out;
  MarkdownVisitor visitor{out};
  for (const auto& block : document.blocks) std::visit(visitor, block);
  return out;
}

}  // namespace jixiao::writer
