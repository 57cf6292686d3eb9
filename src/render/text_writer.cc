// Plain UTF-8 text in the layout of published TXT reports: one paragraph per line, headings
// on lines of their own, tables as lines of cells ending in " |", charts left out (their
// figures are in the tables). The reading side can parse it back.
#include <string>

#include "render/writers.h"

namespace jixiao::writer {

namespace {

std::string OneLine(std::string_view text) {
  std::string out;
  for (char ch : text) out += (ch == '\n' || ch == '\r') ? ' ' : ch;
  return out;
}

void WriteTable(const layout::Table& table, std::string& out) {
  if (!table.caption.empty()) out += OneLine(table.caption) + "\n";
  for (const layout::Row& row : table.rows) {
    std::string line;
    for (const layout::Cell& cell : row.cells) {
      line += OneLine(cell.text) + " |";
      for (int i = 1; i < cell.col_span; ++i) line += " |";
    }
    out += line + "\n";
  }
  if (!table.note.empty()) out += OneLine(table.note) + "\n";
  out += "\n";
}

struct TextVisitor {
  std::string& out;
  void operator()(const layout::Title& b) { out += OneLine(b.text) + "\n"; }
  void operator()(const layout::Heading& b) { out += OneLine(b.text) + "\n"; }
  void operator()(const layout::Paragraph& b) { out += OneLine(b.lead + b.text) + "\n"; }
  void operator()(const layout::Table& b) { out += "\n", WriteTable(b, out); }
  void operator()(const layout::Chart&) {}
  void operator()(const layout::PageBreak&) { out += "\n"; }
};

}  // namespace

std::string Text(const layout::Document& document) {
  std::string out;
  TextVisitor visitor{out};
  for (const auto& block : document.blocks) std::visit(visitor, block);
  return out;
}

}  // namespace jixiao::writer
