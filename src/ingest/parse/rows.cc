#include "ingest/parse/grid.h"

#include "base/text.h"
#include "ingest/parse/paragraphs.h"
#include "ingest/parse/scan.h"

// Text lines cut into cells: the row forms a text table takes (tabs, pipes, runs of spaces)
// and the tokens of a table flattened into one line.
namespace jixiao::parse {

std::vector<GridCell> Tokens(const TextDocument& document, std::size_t line) {
  const std::string& text = document.lines[line].text;
  std::vector<GridCell> cells;
  std::size_t start = 0;
  auto flush = [&](std::size_t end) {
    std::string_view cell = TrimSpace(std::string_view(text).substr(start, end - start));
    if (!cell.empty()) cells.push_back({cell, line, static_cast<std::size_t>(cell.data() - text.data())});
  };
  for (std::size_t i = 0; i < text.size();) {
    std::size_t sep = text[i] == ' ' || text[i] == '\t' ? 1 : text.compare(i, 3, "\u3000") == 0 ? 3
                      : text.compare(i, 2, "\u00a0") == 0 ? 2 : 0;
    if (sep) flush(i), start = i + sep;
    i += sep ? sep : 1;
  }
  flush(text.size());
  return cells;
}

std::vector<GridCell> SplitRow(const TextDocument& document, std::size_t line, bool opening_pipe_opens) {
  const std::string& text = document.lines[line].text;
  std::vector<GridCell> cells;
  if (text.find("。") != std::string::npos) return cells;
  if (text.find('\t') == std::string::npos && IsPipeRow(TrimSpace(text))) {
    for (const std::string_view cell : PipeCells(text, opening_pipe_opens, true)) {
      if (!AtMostCodePoints(cell, kCellMax)) return {};
      cells.push_back({cell, line, static_cast<std::size_t>(cell.data() - text.data())});
    }
    return cells;
  }
  const bool separated = text.find('\t') != std::string::npos || text.find('|') != std::string::npos;
  std::size_t start = 0;
  auto flush = [&](std::size_t end) {
    std::string_view cell = TrimSpace(std::string_view(text).substr(start, end - start));
    if (!cell.empty()) {
      cells.push_back({cell, line, static_cast<std::size_t>(cell.data() - text.data())});
    }
  };
  for (std::size_t i = 0; i < text.size();) {
    std::size_t sep = 0;
    if (text[i] == '\t' || text[i] == '|') sep = 1;
    else if (!separated && text[i] == ' ') sep = 1;
    else if (!separated && text.compare(i, 3, "\u3000") == 0) sep = 3;
    else if (!separated && text.compare(i, 2, "\u00a0") == 0) sep = 2;
    if (sep) {
      flush(i);
      start = i + sep;
    }
    i += sep ? sep : 1;
  }
  flush(text.size());
  for (const GridCell& c : cells) {
    if (!AtMostCodePoints(c.text, kCellMax)) return {};
  }
  return cells;
}

}  // namespace jixiao::parse
