#include "ingest/parse/grid.h"

#include "base/text.h"
#include "ingest/parse/paragraphs.h"
#include "ingest/parse/scan.h"

// Text lines cut into cells: the row forms a text table takes (tabs, pipes, runs of spaces)
// and the tokens of a table flattened into one line.
namespace jixiao::parse {

namespace {

// "100 %": a percent sign set apart from its figure by spaces is no cell of its own.
void JoinPercentSigns(std::vector<GridCell>& cells) {
  std::vector<GridCell> out;
  for (GridCell& cell : cells) {
    if (!out.empty() && (cell.text == "%" || cell.text == "％") && !out.back().text.empty() &&
        DigitAt(out.back().text, out.back().text.size() - 1) >= 0) {
      const std::string_view gap(out.back().text.data() + out.back().text.size(),
                                 static_cast<std::size_t>(cell.text.data() - (out.back().text.data() + out.back().text.size())));
      if (gap.find_first_not_of(' ') == std::string_view::npos) {
        out.back().text = std::string_view(out.back().text.data(), gap.size() + out.back().text.size() + cell.text.size());
        continue;
      }
    }
    out.push_back(cell);
  }
  cells = std::move(out);
}

// "2021 年执行率", "13.44 万元": in a row whose cells are parted by wide gaps, one space between a
// figure and the unit or date word after it is the spacing a PDF's text puts around figures,
// inside a cell (not "标（90 效益指标", a caption's piece before the next cell).
bool SpaceInsideCell(std::string_view text, std::size_t at) {
  if (at == 0 || at + 1 >= text.size() || text[at - 1] == ' ' || text[at + 1] == ' ') return false;
  const auto before = static_cast<unsigned char>(text[at - 1]);
  if (!((before >= '0' && before <= '9') || before == '%')) return false;
  static constexpr std::u32string_view kUnitWords = U"年月日万亿元千百个人次户亩吨天";
  return kUnitWords.find(CodePointAt(text, at + 1)) != std::u32string_view::npos;
}

}  // namespace

std::vector<GridCell> Tokens(const TextDocument& document, std::size_t line) {
  const std::string& text = document.lines[line].text;
  std::vector<GridCell> cells;
  std::size_t start = 0;
  auto flush = [&](std::size_t end) {
    std::string_view cell = TrimSpace(std::string_view(text).substr(start, end - start));
    if (!cell.empty()) cells.push_back({cell, line, static_cast<std::size_t>(cell.data() - text.data())});
  };
  for (std::size_t i = 0; i < text.size();) {
    std::size_t sep = text[i] == ' ' || text[i] == '\t' ? 1 : BytesAt(text, i, "\u3000") ? 3
                      : BytesAt(text, i, "\u00a0") ? 2 : 0;
    if (sep) flush(i), start = i + sep;
    i += sep ? sep : 1;
  }
  flush(text.size());
  JoinPercentSigns(cells);
  return cells;
}

std::vector<GridCell> SplitRow(const TextDocument& document, std::size_t line, bool opening_pipe_opens) {
  const std::string& text = document.lines[line].text;
  std::vector<GridCell> cells;
  if (Find(text, "。") != std::string::npos) return cells;
  if (text.find('\t') == std::string::npos && IsPipeRow(TrimSpace(text))) {
    for (const std::string_view cell : PipeCells(text, opening_pipe_opens, true)) {
      if (!AtMostCodePoints(cell, kCellMax)) return {};
      cells.push_back({cell, line, static_cast<std::size_t>(cell.data() - text.data())});
    }
    return cells;
  }
  const bool separated = text.find('\t') != std::string::npos || text.find('|') != std::string::npos;
  // A row of tab-separated values keeps its empty cells, each a column (a blank reason, a covered
  // cell a DOCX saved as text leaves empty), up to its last cell (the table reader drops them
  // from a row that is not as wide as its header).
  // (A reader's row, a sheet's or a CSV's, holds its cells already: its text is no such row.)
  const bool tabs = !document.lines[line].is_table_row() && text.find('\t') != std::string::npos &&
                    text.find('|') == std::string::npos;
  std::size_t start = 0;
  auto flush = [&](std::size_t end) {
    std::string_view cell = TrimSpace(std::string_view(text).substr(start, end - start));
    if (!cell.empty() || tabs) {
      cells.push_back({cell, line, static_cast<std::size_t>(cell.data() - text.data())});
    }
  };
  const bool gapped = !separated && CellGaps(text) >= 2;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t sep = 0;
    if (text[i] == '\t' || text[i] == '|') sep = 1;
    else if (!separated && text[i] == ' ' && !(gapped && SpaceInsideCell(text, i))) sep = 1;
    else if (!separated && BytesAt(text, i, "\u3000")) sep = 3;
    else if (!separated && BytesAt(text, i, "\u00a0")) sep = 2;
    if (sep) {
      flush(i);
      start = i + sep;
    }
    i += sep ? sep : 1;
  }
  flush(text.size());
  while (tabs && !cells.empty() && cells.back().text.empty()) cells.pop_back();
  if (!separated) JoinPercentSigns(cells);
  for (const GridCell& c : cells) {
    if (!AtMostCodePoints(c.text, kCellMax)) return {};
  }
  return cells;
}

}  // namespace jixiao::parse
