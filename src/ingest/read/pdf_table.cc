#include "ingest/read/pdf_table.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <utility>

#include "base/text.h"

namespace jixiao::pdf {
namespace {

// Thresholds in units of the line height (the box height, about 1.3 × the font size).
constexpr double kTightGap = 0.3;         // CJK/Latin auto-spacing is narrower than this
constexpr double kCellGap = 0.3;          // in a table, words farther apart are separate cells
constexpr double kColumnTolerance = 0.25;  // starts this close are one column
constexpr double kLinkGap = 1.2;          // lines of one table are at most this far apart
constexpr double kOverlap = 0.2;          // blocks overlapping this much are side by side
constexpr double kColumnJoin = 0.1;       // text of a band this close is one column
constexpr double kWrappedSlack = 1.5;     // a cell's line ending this close to its column's edge wrapped
constexpr double kFullSlack = 0.3;        // a line ending this close to its column's edge is full
constexpr std::size_t kProseRun = 3;      // this many lines in a row that fit no column end a table

bool IsAscii(unsigned char c) { return c < 0x80; }

double Median(std::vector<double> values, double fallback) {
  if (values.empty()) return fallback;
  std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
  return values[values.size() / 2];
}

// What the table finder knows about one physical line.
struct Info {
  int page = 0;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double h = 1;                 // typical box height
  std::vector<Segment> cells;   // boxes on one baseline joined where the gap is under kCellGap
  bool tabular = false;         // two cells or more
};

Info Describe(const PhysLine& line) {
  Info info;
  info.page = line.page;
  info.x0 = line.x0, info.y0 = line.y0, info.x1 = line.x1, info.y1 = line.y1;
  std::vector<double> heights;
  for (const Box& box : line.boxes) heights.push_back(std::max(box.y1 - box.y0, 1.0));
  info.h = Median(heights, line.height());
  for (std::size_t i = 0; i < line.boxes.size(); ++i) {
    const Box& box = line.boxes[i];
    const auto centre = [](const Box& b) { return (b.y0 + b.y1) / 2; };
    if (i == 0 || box.x0 - line.boxes[i - 1].x1 >= kCellGap * info.h || line.AlignedStart(i) ||
        std::abs(centre(box) - centre(line.boxes[i - 1])) > 0.15 * info.h) {
      info.cells.push_back({box.x0, box.x1, box.text});
    } else {
      AppendWord(info.cells.back(), line.boxes[i - 1], box, info.h);
    }
  }
  info.tabular = info.cells.size() >= 2;
  return info;
}

// Vertical gap from line a down to line b, in units of their height.
double Gap(const Info& a, const Info& b) { return (b.y0 - a.y1) / std::max(a.h, b.h); }

bool Linked(const Info& a, const Info& b) {
  if (b.page != a.page) return b.page == a.page + 1;  // the last line of a page and the first of the next
  const double gap = Gap(a, b);
  return gap >= -1.0 && gap <= kLinkGap;
}

// ---- Columns: the positions where cells start, shared by the lines of a table. ------------

struct Grid {
  std::vector<double> starts;    // column starts, ascending
  std::vector<int> support;      // lines with a cell starting in each column
  std::vector<double> reach;     // the farthest right end of a tabular line's text in each column
  double left = 0, right = 0;    // x range of the tabular lines
  double tol = 1, h = 1;

  int ColumnOf(double x) const {
    int column = -1;
    for (std::size_t k = 0; k < starts.size(); ++k) {
      if (starts[k] <= x + tol) column = static_cast<int>(k);
    }
    return column;
  }
  // How far right the text of a cell in `column` may reach.
  double Limit(int column) const {
    const auto k = static_cast<std::size_t>(column);
    return std::max(k + 1 < starts.size() ? starts[k + 1] : right, reach[k]) + 0.3 * h;
  }
  bool StartsAtColumn(double x) const {
    const int column = ColumnOf(x);
    return column >= 0 && std::abs(starts[static_cast<std::size_t>(column)] - x) <= tol;
  }
};

Grid MakeGrid(const std::vector<Info>& info, std::size_t a, std::size_t b) {
  Grid grid;
  std::vector<double> heights;
  for (std::size_t i = a; i < b; ++i) heights.push_back(info[i].h);
  grid.h = Median(heights, 1);
  grid.tol = kColumnTolerance * grid.h;
  struct Start {
    double x;
    std::size_t line;
    const Segment* cell;
  };
  std::vector<Start> starts;
  grid.left = 1e18, grid.right = -1e18;
  for (std::size_t i = a; i < b; ++i) {
    for (const Segment& cell : info[i].cells) starts.push_back({cell.x0, i, &cell});
    if (info[i].tabular) grid.left = std::min(grid.left, info[i].x0), grid.right = std::max(grid.right, info[i].x1);
  }
  if (starts.empty()) return grid;
  std::sort(starts.begin(), starts.end(), [](const Start& s, const Start& t) { return s.x < t.x; });
  // Single-linkage clusters of starts, left to right. A cluster is a column unless most of the
  // text starting there is a narrower sibling of text in the column before: text of another
  // line that starts inside that column (not at its start: that would be left-aligned there),
  // runs across the cluster and is centred with it (or ends with it: right-aligned numbers).
  // Text from further left running across it is a cell spanning columns, which does not count.
  for (std::size_t i = 0; i < starts.size();) {
    std::size_t j = i + 1;
    while (j < starts.size() && starts[j].x - starts[j - 1].x <= grid.tol) ++j;
    const double x = starts[i].x;
    std::vector<std::size_t> lines;
    int siblings = 0;
    for (std::size_t k = i; k < j; ++k) {
      lines.push_back(starts[k].line);
      if (grid.starts.empty()) continue;
      const Segment& here = *starts[k].cell;
      const double previous = grid.starts.back();
      bool sibling = false;
      for (std::size_t m = a; m < b && !sibling; ++m) {
        if (m == starts[k].line) continue;
        for (const Segment& cell : info[m].cells) {
          if (cell.x0 <= previous + grid.tol || cell.x0 >= x - grid.tol || cell.x1 <= x + grid.tol) continue;
          const bool centred = std::abs((cell.x0 + cell.x1) / 2 - (here.x0 + here.x1) / 2) <= 0.5 * grid.h;
          const bool right = here.x1 - here.x0 < 4 * grid.h && std::abs(cell.x1 - here.x1) <= grid.tol;
          sibling = sibling || centred || right;
        }
      }
      siblings += sibling ? 1 : 0;
    }
    std::sort(lines.begin(), lines.end());
    const int support = static_cast<int>(std::unique(lines.begin(), lines.end()) - lines.begin());
    if (grid.starts.empty() || siblings * 2 < static_cast<int>(j - i)) {
      grid.starts.push_back(x);
      grid.support.push_back(support);
    }
    i = j;
  }
  grid.reach.assign(grid.starts.size(), -1e18);
  for (std::size_t i = a; i < b; ++i) {
    if (!info[i].tabular) continue;
    for (const Segment& cell : info[i].cells) {
      const int column = grid.ColumnOf(cell.x0);
      if (column >= 0) grid.reach[static_cast<std::size_t>(column)] = std::max(grid.reach[static_cast<std::size_t>(column)], cell.x1);
    }
  }
  return grid;
}

// Does every piece of text of the line stay inside its column?
bool Fits(const Grid& grid, const Info& line) {
  for (const Segment& cell : line.cells) {
    const int column = grid.ColumnOf(cell.x0);
    if (column < 0 || cell.x1 > grid.Limit(column)) return false;
  }
  return true;
}

// Does line i overlap the line above or below it (a cell's text centred beside a taller cell)?
// Prose never does.
bool OverlapsNeighbour(const std::vector<Info>& info, std::size_t i) {
  const auto overlap = [&](std::size_t a, std::size_t b) { return info[a].page == info[b].page && Gap(info[a], info[b]) < -0.1; };
  return (i > 0 && overlap(i - 1, i)) || (i + 1 < info.size() && overlap(i, i + 1));
}

// An edge line that may not be part of the table (a line of prose with a tab stop): fewer than
// two of its cells start in columns that other lines start in too, and its text runs across a
// column that other lines start in.
bool StrayEdgeLine(const Grid& grid, const Info& line) {
  int shared = 0;
  for (const Segment& cell : line.cells) {
    const int column = grid.ColumnOf(cell.x0);
    if (column >= 0 && grid.StartsAtColumn(cell.x0) && grid.support[static_cast<std::size_t>(column)] >= 2) ++shared;
  }
  if (shared >= 2) return false;
  for (std::size_t k = 0; k < grid.starts.size(); ++k) {
    const double x = grid.starts[k];
    const bool crosses = std::any_of(line.cells.begin(), line.cells.end(), [&](const Segment& cell) {
      return cell.x0 < x - grid.tol && cell.x1 > x + grid.tol;
    });
    if (crosses && grid.support[k] >= 2) return true;
  }
  return false;
}

// The usual vertical gap between the lines of a table (the gap between its rows, as most rows
// hold one line), in units of the line height.
double RowGap(const std::vector<Info>& info, std::size_t a, std::size_t b) {
  std::vector<double> gaps;
  for (std::size_t i = a + 1; i < b; ++i) {
    if (info[i].page == info[i - 1].page && Gap(info[i - 1], info[i]) > 0) gaps.push_back(Gap(info[i - 1], info[i]));
  }
  if (gaps.empty()) return 0.5;
  std::sort(gaps.begin(), gaps.end());
  return gaps[gaps.size() * 3 / 4];
}

struct Region {
  std::size_t begin = 0, end = 0;
};

// Splits the run of linked lines [begin, end) into tables: stretches from a tabular line to a
// tabular line, cut where the gap is wider than between rows or where prose (lines that fit no
// column) comes between.
void TablesInRun(const std::vector<Info>& info, std::size_t begin, std::size_t end, std::vector<Region>& out) {
  std::vector<Region> work = {{begin, end}};
  while (!work.empty()) {
    Region r = work.back();
    work.pop_back();
    while (r.begin < r.end && !info[r.begin].tabular) ++r.begin;
    while (r.end > r.begin && !info[r.end - 1].tabular) --r.end;
    std::size_t tabular = 0;
    for (std::size_t i = r.begin; i < r.end; ++i) tabular += info[i].tabular ? 1 : 0;
    if (tabular < 2) continue;
    const Grid grid = MakeGrid(info, r.begin, r.end);
    const double row_gap = RowGap(info, r.begin, r.end);
    const double split_gap = std::max(1.5 * row_gap, row_gap + 0.3);
    bool split = false;
    for (std::size_t i = r.begin + 1; i < r.end && !split; ++i) {
      if (info[i].page == info[i - 1].page && Gap(info[i - 1], info[i]) > split_gap) {
        work.push_back({r.begin, i});
        work.push_back({i, r.end});
        split = true;
      }
    }
    for (std::size_t i = r.begin; i < r.end && !split;) {
      if (info[i].tabular || Fits(grid, info[i]) || OverlapsNeighbour(info, i)) {
        ++i;
        continue;
      }
      std::size_t j = i;
      bool outside = false;
      while (j < r.end && !info[j].tabular && !Fits(grid, info[j]) && !OverlapsNeighbour(info, j)) {
        // Beyond the table's sides, in a larger font, or opening or closing a page: a heading
        // between tables.
        outside = outside || info[j].x0 < grid.left - grid.h || info[j].x1 > grid.right + grid.h ||
                  info[j].h > 1.2 * grid.h || (j > 0 && info[j - 1].page != info[j].page) ||
                  (j + 1 < info.size() && info[j + 1].page != info[j].page);
        ++j;
      }
      if (j - i >= kProseRun || outside) {
        work.push_back({r.begin, i});
        work.push_back({j, r.end});
        split = true;
      }
      i = j;
    }
    if (split) continue;
    // An edge line that reads as the last line of a block of text above the table (or the first
    // of one below it): a line of text as large, starting at the same x, as close to it as the
    // table's rows are to each other.
    const auto in_text = [&](std::size_t line, std::size_t neighbour) {
      const Info& a = info[line];
      const Info& n = info[neighbour];
      return neighbour >= begin && neighbour < end && n.page == a.page && !n.tabular &&
             std::abs(n.x0 - a.x0) <= grid.tol && std::abs(n.h - a.h) <= 0.1 * a.h &&
             std::abs(Gap(info[std::min(line, neighbour)], info[std::max(line, neighbour)])) <= row_gap + 0.05;
    };
    if (r.begin > 0 && in_text(r.begin, r.begin - 1) && StrayEdgeLine(grid, info[r.begin])) {
      work.push_back({r.begin + 1, r.end});
      continue;
    }
    if (in_text(r.end - 1, r.end) && StrayEdgeLine(grid, info[r.end - 1])) {
      work.push_back({r.begin, r.end - 1});
      continue;
    }
    out.push_back(r);
  }
}

// Lines next to a table that belong to it: a cell's wrapped line (closer than the rows are to
// each other, or overlapping a centred neighbour, even running across columns: a centred
// header wider than the column's text), or after the last row, one more row whose text starts
// in a column.
void Extend(const std::vector<Info>& info, Region& r, std::size_t lo, std::size_t hi) {
  const Grid grid = MakeGrid(info, r.begin, r.end);
  const double row_gap = RowGap(info, r.begin, r.end);
  const auto wrap = [&](const Info& upper, const Info& lower) {
    if (upper.page != lower.page) return false;
    const double gap = Gap(upper, lower);
    return gap < -0.1 || (row_gap >= 0.3 && gap <= 0.6 * row_gap);
  };
  const auto overlap = [&](const Info& upper, const Info& lower) { return upper.page == lower.page && Gap(upper, lower) < -0.1; };
  while (r.begin > lo && !info[r.begin - 1].tabular && Linked(info[r.begin - 1], info[r.begin]) &&
         wrap(info[r.begin - 1], info[r.begin]) &&
         (Fits(grid, info[r.begin - 1]) || overlap(info[r.begin - 1], info[r.begin]))) {
    --r.begin;
  }
  while (r.end < hi && !info[r.end].tabular && Linked(info[r.end - 1], info[r.end])) {
    const Info& last = info[r.end - 1];
    const Info& next = info[r.end];
    if (!Fits(grid, next) && !overlap(last, next)) break;
    const bool new_row = next.page == last.page && grid.StartsAtColumn(next.x0) &&
                         Gap(last, next) <= 1.3 * row_gap + 0.05;
    if (!wrap(last, next) && !new_row) break;
    ++r.end;
  }
}

// Prose with spaces typed around its figures ("项目共 5 个，涉及预算资金" / "1,151,110.51 元，实际支出"): its
// lines in pieces no farther apart than a space (with the space a word processor adds between
// Chinese and figures), narrower than the padding on both sides of a cell border, and most of them
// with a figure parted from its unit or measure word ("5 | 个", "1,151,110.51 | 元", "2022 | 年"),
// which no table's cells are.
bool SpacedProse(const std::vector<Info>& info, const Region& r) {
  constexpr double kSpaceGap = 0.8;  // in line heights
  constexpr double kFieldGap = 1.5;  // two spaces apart fields ("预算:100.21 万元  执行:95.16 万元"), no wider
  static constexpr std::string_view kUnits[] = {"万元", "元", "亿元", "个", "年", "月", "日", "户", "人", "亩", "万亩", "次",
                                                "项", "家", "所", "座", "公里", "吨", "台", "套", "名", "条", "天", "场", "分", "%", "％"};
  const auto figure_end = [](std::string_view text) {
    return !text.empty() && ((text.back() >= '0' && text.back() <= '9') || text.ends_with("%") || text.ends_with("％"));
  };
  double right = -1e18;
  for (std::size_t i = r.begin; i < r.end; ++i) right = std::max(right, info[i].x1);
  int tabular = 0, parted = 0, full = 0, gaps = 0, wide = 0;
  for (std::size_t i = r.begin; i < r.end; ++i) {
    const Info& line = info[i];
    if (!line.tabular) continue;
    ++tabular;
    full += line.x1 >= right - line.h ? 1 : 0;
    bool unit_parted = false;
    for (std::size_t k = 1; k < line.cells.size(); ++k) {
      const double gap = line.cells[k].x0 - line.cells[k - 1].x1;
      if (gap >= kFieldGap * line.h) return false;
      ++gaps, wide += gap >= kSpaceGap * line.h ? 1 : 0;
      if (!figure_end(line.cells[k - 1].text)) continue;
      for (std::string_view unit : kUnits) unit_parted = unit_parted || line.cells[k].text.starts_with(unit);
    }
    parted += unit_parted ? 1 : 0;
  }
  // (Most gaps a space's: a few fields set apart by two.)
  return tabular >= 2 && wide * 4 <= gaps && (parted * 2 >= tabular || (wide == 0 && full * 2 >= tabular));
}

// A real table: two columns or more, and most of its tabular lines (two at least) with a gap
// between cells that lines below or above have too, at the same place: the whitespace between
// columns runs down the table. (The gaps of justified prose fall anywhere.)
bool IsTable(const std::vector<Info>& info, const Region& r) {
  const Grid grid = MakeGrid(info, r.begin, r.end);
  if (grid.starts.size() < 2) return false;
  const auto shares_gap = [&](const Info& line, const Info& other) {
    for (std::size_t k = 0; k + 1 < line.cells.size(); ++k) {
      const double g0 = line.cells[k].x1, g1 = line.cells[k + 1].x0;
      for (std::size_t m = 0; m + 1 < other.cells.size(); ++m) {
        const double o0 = other.cells[m].x1, o1 = other.cells[m + 1].x0;
        if (std::min(g1, o1) - std::max(g0, o0) >= std::min(0.3 * grid.h, 0.5 * std::min(g1 - g0, o1 - o0))) return true;
      }
    }
    return false;
  };
  if (SpacedProse(info, r)) return false;
  int tabular = 0, aligned = 0;
  for (std::size_t i = r.begin; i < r.end; ++i) {
    if (!info[i].tabular) continue;
    ++tabular;
    for (std::size_t j = r.begin; j < r.end; ++j) {
      if (j != i && info[j].tabular && shares_gap(info[i], info[j])) {
        ++aligned;
        break;
      }
    }
  }
  return aligned >= 2 && aligned * 2 >= tabular;
}

// ---- Rows: the table's text pieces stacked into cell blocks, blocks side by side into rows,
// rows into bands that share a set of columns. -----------------------------------------------

struct Piece {
  std::size_t line = 0;
  double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
  std::string text;
  double centre() const { return (y0 + y1) / 2; }
};

// The line's cells: words on one baseline closer than a cell gap.
std::vector<Piece> LinePieces(const PhysLine& line, std::size_t index, double h) {
  std::vector<Piece> pieces;
  const auto centre = [](const Box& b) { return (b.y0 + b.y1) / 2; };
  for (std::size_t i = 0; i < line.boxes.size(); ++i) {
    const Box& box = line.boxes[i];
    if (i == 0 || box.x0 - line.boxes[i - 1].x1 >= kCellGap * h || line.AlignedStart(i) ||
        std::abs(centre(box) - centre(line.boxes[i - 1])) > 0.15 * h) {
      pieces.push_back({index, box.x0, box.x1, box.y0, box.y1, box.text});
      continue;
    }
    Piece& piece = pieces.back();
    Segment segment{piece.x0, piece.x1, std::move(piece.text)};
    AppendWord(segment, line.boxes[i - 1], box, h);
    piece.text = std::move(segment.text);
    piece.x1 = std::max(piece.x1, box.x1);
    piece.y0 = std::min(piece.y0, box.y0), piece.y1 = std::max(piece.y1, box.y1);
  }
  return pieces;
}


// Two x ranges share some width: text of one column.
bool Stacked(double a0, double a1, double b0, double b1) { return std::min(a1, b1) - std::max(a0, b0) > 0; }

// The lines of one cell, top to bottom.
struct Block {
  double x0 = 1e18, x1 = -1e18, y0 = 1e18, y1 = -1e18;
  double last_x1 = 0;  // where the cell's last line ends
  std::vector<const Piece*> pieces;
  bool floating = false;  // not anchored in one row: a label centred on the rows it spans
  bool spanning = false;  // beside two blocks of one column
  double centre() const { return (y0 + y1) / 2; }
  void Add(const Piece& piece) {
    pieces.push_back(&piece);
    x0 = std::min(x0, piece.x0), x1 = std::max(x1, piece.x1);
    y0 = std::min(y0, piece.y0), y1 = std::max(y1, piece.y1);
    last_x1 = piece.x1;
  }
};

bool Stacked(const Block& a, const Block& b) { return Stacked(a.x0, a.x1, b.x0, b.x1); }

// Distances this far apart are of different kinds. Rows padded by a point or two (LibreOffice)
// are only about 0.2 of a line farther apart than a cell's lines, and figures set in a Latin
// font sit a little higher than CJK text, which puts distances half-way between. A cell's
// lines are rarely more than kLinePitch apart; distances beyond it are likelier rows (single
// lines 1.33 apart, a header 1.45 from the first row), which need kRowPitchGap to part.
constexpr double kPitchGap = 0.1;
constexpr double kLinePitch = 1.2;
constexpr double kRowPitchGap = 0.15;
constexpr double kMaxPitch = 1.35;  // the lines of a cell are at most this far apart

// Distances enough to tell a pitch from.
constexpr std::size_t kEnoughDistances = 5;

// Text all of CJK characters and punctuation (no figure, sign or Latin letter).
bool AllChinese(std::string_view text) {
  if (text.empty()) return false;
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0xE2) return false;  // ASCII and two-byte letters; U+2000 and up starts at E2
    if (lead == 0xE2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xBA) return false;  // U+2000–U+2E7F: signs (≤ ≥ ％ are FF)
    i += lead >= 0xF0 ? 4 : 3;
  }
  return true;
}

// The centre distances between lines of one cell, in units of the line height: below the
// first gap (kPitchGap or more, see there) between the smallest distances (the line pitch
// inside a cell) and the next ones (between rows). 0 when the distances do not tell; then `ambiguous` is set unless they are
// all row distances (wider than a line pitch).
double CellPitch(std::vector<double> distances, bool& ambiguous) {
  std::sort(distances.begin(), distances.end());
  ambiguous = false;
  for (std::size_t i = 0; i + 1 < distances.size() && distances[i] <= kMaxPitch; ++i) {
    const double gap = distances[i] < kLinePitch ? kPitchGap : kRowPitchGap;
    if (distances[i + 1] - distances[i] < gap) continue;
    // Twice the pitch is a row skipped in a column (an empty cell), not a wider row pitch.
    if (distances[i + 1] < 1.8 * distances[i]) return (distances[i] + distances[i + 1]) / 2;
    break;
  }
  ambiguous = !distances.empty() && distances.front() < 1.3;
  return 0;
}

struct Row {
  std::vector<Block> blocks;
  int page = 0, number = 0;
  double x0 = 1e18, x1 = -1e18, y0 = 1e18, y1 = -1e18;
};

class TableBuilder {
 public:
  TableBuilder(const std::vector<PhysLine>& lines, const std::vector<Info>& info, Region region)
      : lines_(lines), info_(info), region_(region) {
    std::vector<double> heights, lefts;
    for (std::size_t i = region.begin; i < region.end; ++i) heights.push_back(info[i].h);
    h_ = Median(heights, 1);
    for (std::size_t i = region.begin; i < region.end; ++i) {
      for (Piece& piece : LinePieces(lines[i], i, info[i].h)) pieces_.push_back(std::move(piece));
    }
    left_ = 1e18;
    for (const Piece& piece : pieces_) left_ = std::min(left_, piece.x0);
    // The pitch inside a cell: distances from each piece to the next one below it in its column.
    // Figures and signs sit a little higher than CJK text, so distances between lines of
    // Chinese ("健身器材安" over "装验收合格") can be longer than the pitch the others tell: where
    // enough lines of Chinese lie over lines of Chinese, their own distances tell theirs.
    std::vector<double> distances, chinese;
    for (std::size_t p = 0; p < pieces_.size(); ++p) {
      const Piece* below = Below(p);
      if (!below) continue;
      distances.push_back((below->centre() - pieces_[p].centre()) / h_);
      if (AllChinese(pieces_[p].text) && AllChinese(below->text)) chinese.push_back(distances.back());
    }
    pitch_ = CellPitch(std::move(distances), ambiguous_);
    bool unused = false;
    const double chinese_pitch = chinese.size() >= kEnoughDistances ? CellPitch(std::move(chinese), unused) : 0;
    chinese_pitch_ = chinese_pitch > 0 ? std::max(pitch_, std::min(chinese_pitch, kLinePitch)) : pitch_;
  }

  std::vector<std::vector<std::string>> Build() {
    std::vector<Row> rows;
    for (std::size_t i = region_.begin; i < region_.end;) {
      std::size_t j = i;
      while (j < region_.end && info_[j].page == info_[i].page) ++j;
      std::vector<Row> page_rows = PageRows(i, j);
      if (!rows.empty()) {
        DropRepeatedHeader(rows, page_rows);
        // The rest of the cut row may hold its first cell's wrapped end too when it is only
        // short rests ("元）" and "率" of a header "项目资金（万 / 元）"), each under a line that
        // filled its column (a total's "总分", "100" under a row's "满意度指标", "30" is a row).
        if (!page_rows.empty() &&
            (ContinuesRow(rows.back(), page_rows.front()) ||
             (ShortRest(rows.back(), page_rows.front()) && ContinuesRow(rows.back(), page_rows.front(), true, kFullSlack)))) {
          Merge(rows.back(), page_rows.front());
          page_rows.erase(page_rows.begin());
        }
      }
      for (Row& row : page_rows) rows.push_back(std::move(row));
      i = j;
    }
    rows_ = std::move(rows);
    return Cells();
  }

  const std::vector<Row>& rows() const { return rows_; }

 private:
  // The nearest piece below pieces_[p] on its page that shares some of its width.
  const Piece* Below(std::size_t p) const {
    const Piece& piece = pieces_[p];
    const Piece* best = nullptr;
    for (const Piece& other : pieces_) {
      if (&other == &piece || info_[other.line].page != info_[piece.line].page) continue;
      if (other.centre() <= piece.centre() + 0.5 * h_ || !Stacked(piece.x0, piece.x1, other.x0, other.x1)) continue;
      if (!best || other.centre() < best->centre()) best = &other;
    }
    return best;
  }

  bool Beside(const Block& a, const Block& b) const { return std::min(a.y1, b.y1) - std::max(a.y0, b.y0) > kOverlap * h_; }
  bool Centred(const Block& a, const Block& b) const { return std::abs(a.centre() - b.centre()) <= 0.3 * h_; }
  bool TopAligned(const Block& a, const Block& b) const { return std::abs(a.y0 - b.y0) <= 0.3 * h_; }

  // Blocks: each piece joined with the piece right below it in its column when they are
  // closer than the rows are.
  std::vector<Block> Blocks(std::size_t begin, std::size_t end) const {
    std::vector<std::size_t> mine;
    for (std::size_t p = 0; p < pieces_.size(); ++p) {
      if (pieces_[p].line >= begin && pieces_[p].line < end) mine.push_back(p);
    }
    std::sort(mine.begin(), mine.end(), [&](std::size_t a, std::size_t b) { return pieces_[a].centre() < pieces_[b].centre(); });
    std::vector<std::size_t> parent(pieces_.size());
    std::iota(parent.begin(), parent.end(), std::size_t{0});
    const auto find = [&](std::size_t x) {
      while (parent[x] != x) x = parent[x] = parent[parent[x]];
      return x;
    };
    for (std::size_t p : mine) {
      const Piece* below = Below(p);
      const double pitch = AllChinese(pieces_[p].text) && AllChinese(below ? below->text : "") ? chinese_pitch_ : pitch_;
      if (below && (below->centre() - pieces_[p].centre()) / h_ <= pitch) {
        parent[find(static_cast<std::size_t>(below - pieces_.data()))] = find(p);
      }
    }
    std::vector<Block> blocks;
    std::vector<std::size_t> block_of(pieces_.size(), SIZE_MAX);
    for (std::size_t p : mine) {
      const std::size_t root = find(p);
      if (block_of[root] == SIZE_MAX) block_of[root] = blocks.size(), blocks.emplace_back();
      blocks[block_of[root]].Add(pieces_[p]);
    }
    JoinCentredCells(blocks);
    return blocks;
  }

  // Is `x` beside other text (a cell of another column that reaches as high or low), all of it
  // beside `y` as well? Then `x` has no row of its own: with `y` stacked right under or above it,
  // it is a line of y's cell (a cell wrapped over three lines beside a name over two, centred
  // vertically: only the name's lines are beside the first and last lines).
  bool Within(const std::vector<Block>& blocks, const Block& x, const Block& y) const {
    bool any = false;
    for (const Block& o : blocks) {
      if (&o == &x || &o == &y || o.pieces.empty() || Stacked(o, x) || !Beside(o, x)) continue;
      if (Stacked(o, y) || !Beside(o, y)) return false;
      any = true;
    }
    return any;
  }

  // Two lines of one cell, where the pitch did not tell: stacked, close, and more text beside
  // them centred on the two than level with either (a wrapped name whose row's other cells are
  // centred vertically). Lines of two rows have their rows' cells level with them, and at
  // most a label spanning both centred on the two. Or one of the two lines has no row of its
  // own: all the text beside it is beside the other line too (Within).
  void JoinCentredCells(std::vector<Block>& blocks) const {
    const auto level_with = [&](const Block& x) {
      return std::count_if(blocks.begin(), blocks.end(), [&](const Block& o) {
        return &o != &x && !o.pieces.empty() && !Stacked(o, x) && Beside(o, x) && Centred(o, x);
      });
    };
    for (bool joined = true; joined;) {
      joined = false;
      for (std::size_t a = 0; a < blocks.size() && !joined; ++a) {
        for (std::size_t b = 0; b < blocks.size() && !joined; ++b) {
          Block& top = blocks[a];
          const Block& low = blocks[b];
          if (a == b || top.pieces.empty() || low.pieces.empty() || !Stacked(top, low)) continue;
          if (low.y0 < top.y1 - 0.2 * h_ || low.y0 - top.y1 > 0.4 * h_) continue;
          const double middle = (top.y0 + low.y1) / 2;
          const auto centred_beside = std::count_if(blocks.begin(), blocks.end(), [&](const Block& o) {
            return !o.pieces.empty() && !Stacked(o, top) && std::abs(o.centre() - middle) <= 0.3 * h_;
          });
          const bool centred = centred_beside > 0 && centred_beside > std::max(level_with(top), level_with(low));
          if (!centred && !Within(blocks, top, low) && !Within(blocks, low, top)) continue;
          for (const Piece* piece : low.pieces) top.Add(*piece);
          blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(b));
          joined = true;
        }
      }
    }
  }

  // Marks the blocks that are not anchored in one row: a label spanning rows lies beside
  // several blocks of one column, or beside a row but centred on its span rather than on the
  // row (centred with nothing beside it, not top-aligned with all of it).
  void MarkFloating(std::vector<Block>& blocks) const {
    for (Block& block : blocks) {
      for (std::size_t a = 0; a < blocks.size() && !block.spanning; ++a) {
        if (&blocks[a] == &block || Stacked(blocks[a], block) || !Beside(blocks[a], block)) continue;
        for (std::size_t b = a + 1; b < blocks.size() && !block.spanning; ++b) {
          block.spanning = &blocks[b] != &block && Stacked(blocks[a], blocks[b]) && !Stacked(blocks[b], block) &&
                           Beside(blocks[b], block) && !Beside(blocks[a], blocks[b]);
        }
      }
      block.floating = block.spanning;
    }
    std::vector<bool> floating(blocks.size(), false);
    for (std::size_t b = 0; b < blocks.size(); ++b) {
      if (blocks[b].floating) continue;
      bool beside_row = false, centred = false, top = true;
      for (std::size_t o = 0; o < blocks.size(); ++o) {
        if (o == b || blocks[o].floating || Stacked(blocks[o], blocks[b]) || !Beside(blocks[b], blocks[o])) continue;
        centred = centred || Centred(blocks[b], blocks[o]);
        top = top && TopAligned(blocks[b], blocks[o]);
        for (std::size_t n = 0; n < blocks.size() && !beside_row; ++n) {
          beside_row = n != b && n != o && !blocks[n].floating && !Stacked(blocks[n], blocks[o]) &&
                       Beside(blocks[o], blocks[n]) && (Centred(blocks[o], blocks[n]) || TopAligned(blocks[o], blocks[n]));
        }
      }
      floating[b] = beside_row && !centred && !top;
    }
    for (std::size_t b = 0; b < blocks.size(); ++b) blocks[b].floating = blocks[b].floating || floating[b];
  }

  static bool Holds(const Row& row, const Block& block) {
    return std::any_of(row.blocks.begin(), row.blocks.end(), [&](const Block& b) { return Stacked(b, block); });
  }

  std::vector<Row> PageRows(std::size_t begin, std::size_t end) const {
    std::vector<Block> blocks = Blocks(begin, end);
    MarkFloating(blocks);
    // Anchored blocks side by side form rows.
    std::vector<std::size_t> parent(blocks.size());
    std::iota(parent.begin(), parent.end(), std::size_t{0});
    const auto find = [&](std::size_t x) {
      while (parent[x] != x) x = parent[x] = parent[parent[x]];
      return x;
    };
    for (std::size_t a = 0; a < blocks.size(); ++a) {
      for (std::size_t b = a + 1; b < blocks.size(); ++b) {
        if (!blocks[a].floating && !blocks[b].floating && !Stacked(blocks[a], blocks[b]) && Beside(blocks[a], blocks[b])) {
          parent[find(a)] = find(b);
        }
      }
    }
    std::vector<Row> rows;
    std::vector<std::size_t> row_of(blocks.size(), SIZE_MAX);
    for (std::size_t b = 0; b < blocks.size(); ++b) {
      if (blocks[b].floating) continue;
      const std::size_t root = find(b);
      if (row_of[root] == SIZE_MAX) row_of[root] = rows.size(), rows.emplace_back();
      Add(rows[row_of[root]], blocks[b]);
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.y0 < b.y0; });
    // Floating blocks, top to bottom: one spanning rows and top-aligned with the first row it
    // overlaps goes into that row; others into the first row of the span of rows (with nothing
    // in their column) they are centred on.
    std::vector<Block> floating;
    for (const Block& block : blocks) {
      if (block.floating) floating.push_back(block);
    }
    // A label that is its row's first cell, with nothing in its column in the rows above and
    // below, may be centred on the rows it spans, level with the middle one: place it as the
    // floating ones.
    for (std::size_t r = 1; r + 1 < rows.size(); ++r) {
      auto first = std::min_element(rows[r].blocks.begin(), rows[r].blocks.end(),
                                    [](const Block& a, const Block& b) { return a.x0 < b.x0; });
      if (rows[r].blocks.size() < 2 || Holds(rows[r - 1], *first) || Holds(rows[r + 1], *first)) continue;
      floating.push_back(*first);
      floating.back().floating = true;
      rows[r].blocks.erase(first);
      rows[r].x0 = rows[r].y0 = 1e18, rows[r].x1 = rows[r].y1 = -1e18;
      for (const Block& block : rows[r].blocks) {
        rows[r].x0 = std::min(rows[r].x0, block.x0), rows[r].x1 = std::max(rows[r].x1, block.x1);
        rows[r].y0 = std::min(rows[r].y0, block.y0), rows[r].y1 = std::max(rows[r].y1, block.y1);
      }
    }
    std::sort(floating.begin(), floating.end(), [](const Block& a, const Block& b) { return a.y0 < b.y0; });
    // Where each row's own cells lie: a label placed in a row makes it reach as far as the label
    // does, which says nothing of where the next labels lie.
    std::vector<std::pair<double, double>> own;
    for (const Row& row : rows) own.emplace_back(row.y0, row.y1);
    struct Taken {
      std::size_t row;
      double x0, x1;
    };
    std::vector<Taken> taken;
    const auto held = [&](std::size_t r, const Block& block) {
      return Holds(rows[r], block) || std::any_of(taken.begin(), taken.end(), [&](const Taken& t) {
               return t.row == r && Stacked(t.x0, t.x1, block.x0, block.x1);
             });
    };
    for (const Block& block : floating) {
      if (rows.empty()) {
        rows.emplace_back();
        Add(rows.back(), block);
        own.emplace_back(rows.back().y0, rows.back().y1);
        continue;
      }
      std::size_t first = SIZE_MAX, last = 0;
      for (std::size_t r = 0; r < rows.size(); ++r) {
        if (std::min(own[r].second, block.y1) - std::max(own[r].first, block.y0) > kOverlap * h_) first = std::min(first, r), last = r;
      }
      if (first == SIZE_MAX) {
        double nearest = 1e18;
        for (std::size_t r = 0; r < rows.size(); ++r) {
          const double distance = std::abs((own[r].first + own[r].second) / 2 - block.centre());
          if (distance < nearest) nearest = distance, first = last = r;
        }
      }
      // Top-aligned with the first row it spans, a label takes its column in every row it lies
      // beside: a label below (一级指标 under 年度总体目标) cannot be centred on those rows.
      std::size_t target = first, span_end = last;
      if (!block.spanning || std::abs(own[first].first - block.y0) > 0.3 * h_) {
        std::size_t lo = first, hi = last;
        while (lo > 0 && !held(lo - 1, block)) --lo;
        while (hi + 1 < rows.size() && !held(hi + 1, block)) ++hi;
        double best = 1e18;
        std::size_t best_span = 0;
        for (std::size_t s = lo; s <= first; ++s) {
          for (std::size_t e = last; e <= hi; ++e) {
            const double off = std::abs((own[s].first + own[e].second) / 2 - block.centre());
            if (off < best - 0.3 * h_ || (off <= best + 0.3 * h_ && e - s > best_span)) {
              best = std::min(best, off), best_span = e - s, target = s, span_end = e;
            }
          }
        }
        if (best > 0.75 * h_) target = span_end = first;
      }
      for (std::size_t r = target; r <= span_end; ++r) taken.push_back({r, block.x0, block.x1});
      Add(rows[target], block);
    }
    MergeWrappedRows(rows, ambiguous_);
    return rows;
  }

  void Add(Row& row, const Block& block) const {
    row.blocks.push_back(block);
    row.x0 = std::min(row.x0, block.x0), row.x1 = std::max(row.x1, block.x1);
    if (row.page == 0 || block.y0 < row.y0) {
      const PhysLine& line = lines_[block.pieces.front()->line];
      row.page = line.page;
    }
    row.y0 = std::min(row.y0, block.y0), row.y1 = std::max(row.y1, block.y1);
    for (const Piece* piece : block.pieces) {
      const int number = lines_[piece->line].number;
      row.number = row.number == 0 ? number : std::min(row.number, number);
    }
  }

  // How far right the text of the column of `block` reaches in the table.
  double Reach(const Block& block) const {
    double reach = block.x1;
    for (const Piece& piece : pieces_) {
      if (Stacked(piece.x0, piece.x1, block.x0, block.x1)) reach = std::max(reach, piece.x1);
    }
    return reach;
  }

  // Does `next` hold only the wrapped rest of cells of `row`: nothing in the table's first
  // column, and each block under a cell of `row` whose last line reached its column's edge?
  bool ContinuesRow(const Row& row, const Row& next, bool first_column_too = false, double slack = kWrappedSlack) const {
    if (next.blocks.empty()) return false;
    for (const Block& block : next.blocks) {
      if (!first_column_too && block.x0 <= left_ + kColumnTolerance * h_) return false;
      int over = 0;
      for (const Block& above : row.blocks) {
        if (!Stacked(above, block)) continue;
        ++over;
        if (above.last_x1 < Reach(above) - slack * h_) return false;
      }
      if (over != 1) return false;
    }
    return true;
  }

  void Merge(Row& row, const Row& next) const {
    for (const Block& block : next.blocks) {
      for (Block& above : row.blocks) {
        if (!Stacked(above, block)) continue;
        for (const Piece* piece : block.pieces) above.pieces.push_back(piece);
        above.x0 = std::min(above.x0, block.x0), above.x1 = std::max(above.x1, block.x1);
        above.last_x1 = block.last_x1;
        if (next.page == row.page) above.y1 = std::max(above.y1, block.y1);
        break;
      }
    }
    if (next.page == row.page) row.y1 = std::max(row.y1, next.y1);
  }

  // Does `next` hold at most half as many cells as `row`, each a single line of three
  // characters at most (the wrapped rest of a cell)?
  static bool ShortRest(const Row& row, const Row& next) {
    return next.blocks.size() * 2 <= row.blocks.size() &&
           std::all_of(next.blocks.begin(), next.blocks.end(), [](const Block& b) {
             return b.pieces.size() == 1 && CodePointCount(b.pieces.front()->text) <= 3;
           });
  }

  // Without a vertical cue (rows as close as the lines of a cell), a row that only continues
  // the wrapped cells of the one above is joined to it.
  // A wrapped label in the first column continues its row too when the lines are closer than
  // rows usually are (a cell's padding and rule lie between rows).
  // With a line pitch told apart from the rows' (not `ambiguous`), only such close rows join.
  void MergeWrappedRows(std::vector<Row>& rows, bool ambiguous) const {
    // Gaps between the rows' own blocks: a label placed from the rows it spans is no cue.
    const auto anchored_gap = [](const Row& above, const Row& below) {
      double y1 = -1e18, y0 = 1e18;
      for (const Block& b : above.blocks) {
        if (!b.floating) y1 = std::max(y1, b.y1);
      }
      for (const Block& b : below.blocks) {
        if (!b.floating) y0 = std::min(y0, b.y0);
      }
      return y1 < -1e17 || y0 > 1e17 ? below.y0 - above.y1 : y0 - y1;
    };
    std::vector<double> gaps;
    for (std::size_t r = 1; r < rows.size(); ++r) gaps.push_back(anchored_gap(rows[r - 1], rows[r]));
    const double row_gap = Median(gaps, 0);
    for (std::size_t r = 1; r < rows.size();) {
      const double gap = anchored_gap(rows[r - 1], rows[r]);
      const bool close = gap < 0.6 * row_gap && row_gap - gap > 0.1 * h_;
      // Rows as close as the lines of a cell give no cue either way; a row holding at most half
      // as many cells as the one above, each the rest of a cell that reached its column's edge,
      // is that row's wrapped rest (a header "全年预算 / 数", a long name's last characters).
      const bool short_rest = ShortRest(rows[r - 1], rows[r]);
      // Each as close under the last line of its cell as a line pitch can be (a total's short
      // figures under the last row's are a row of their own: rows padded are farther apart).
      const bool line_pitch_under = std::all_of(rows[r].blocks.begin(), rows[r].blocks.end(), [&](const Block& b) {
        return std::all_of(rows[r - 1].blocks.begin(), rows[r - 1].blocks.end(), [&](const Block& above) {
          if (!Stacked(above, b)) return true;
          double last = -1e18;
          for (const Piece* piece : above.pieces) last = std::max(last, piece->centre());
          return (b.pieces.front()->centre() - last) / h_ <= kMaxPitch;
        });
      });
      const bool sparse = short_rest && line_pitch_under &&
                          std::abs(gap - row_gap) <= 0.1 * h_;
      if ((ambiguous || close || sparse) && ContinuesRow(rows[r - 1], rows[r], close || sparse) &&
          rows[r].y0 - rows[r - 1].y1 <= 0.5 * h_) {
        Merge(rows[r - 1], rows[r]);
        rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(r));
      } else {
        ++r;
      }
    }
  }

  static std::string Text(const Block& block) {
    std::string text;
    for (const Piece* piece : block.pieces) AppendLine(text, piece->text);
    return text;
  }

  static std::string Key(const Row& row) {
    std::vector<const Block*> blocks;
    for (const Block& block : row.blocks) blocks.push_back(&block);
    std::sort(blocks.begin(), blocks.end(), [](const Block* a, const Block* b) { return a->x0 < b->x0; });
    std::string key;
    for (const Block* block : blocks) {
      for (char c : Text(*block)) {
        if (c != ' ') key += c;
      }
      key += '\t';
    }
    return key;
  }

  // The next page's part of the table starts with the table's header again: drop it.
  static void DropRepeatedHeader(const std::vector<Row>& rows, std::vector<Row>& page_rows) {
    std::size_t same = 0;
    while (same < page_rows.size() && same < rows.size() && same < 3 && Key(page_rows[same]) == Key(rows[same])) ++same;
    page_rows.erase(page_rows.begin(), page_rows.begin() + static_cast<std::ptrdiff_t>(same));
  }

  // Do two rows not share one set of columns: a cell of one lies across two cells of the other
  // (or ends just short of the second, a project's name over a funds grid)?
  bool Conflict(const Row& a, const Row& b) const {
    // As the columns of a band are joined (Cells): text ending within kColumnJoin of where
    // another starts is in its column.
    const double reach = kColumnJoin * h_;
    const auto near = [&](const Block& p, const Block& q) { return Stacked(p.x0, p.x1 + reach, q.x0, q.x1 + reach); };
    const auto across = [&](const Row& x, const Row& y) {
      for (const Block& block : x.blocks) {
        for (std::size_t i = 0; i < y.blocks.size(); ++i) {
          if (!near(block, y.blocks[i])) continue;
          for (std::size_t j = i + 1; j < y.blocks.size(); ++j) {
            if (near(block, y.blocks[j]) && !near(y.blocks[i], y.blocks[j])) return true;
          }
        }
      }
      return false;
    };
    return across(a, b) || across(b, a);
  }

  // The rows fall into bands that share one set of columns (a word processor's table can have
  // rows of other cells, e.g. 项目名称 | name above the columns of the funds); a single row across
  // the columns of the rows around it (a cell spanning columns) is a band of its own. The
  // columns of a band are the x ranges its cells' text covers; each row gets one cell per
  // column of its band, "" where it has no text.
  std::vector<std::vector<std::string>> Cells() const {
    const std::vector<Row>& rows = rows_;
    std::vector<std::vector<std::size_t>> bands;
    std::size_t current = SIZE_MAX;
    const auto fits = [&](std::size_t r, std::size_t band) {
      return std::none_of(bands[band].begin(), bands[band].end(), [&](std::size_t m) { return Conflict(rows[r], rows[m]); });
    };
    for (std::size_t r = 0; r < rows.size(); ++r) {
      if (current != SIZE_MAX && fits(r, current)) {
        bands[current].push_back(r);
      } else if (current != SIZE_MAX && r + 1 < rows.size() && fits(r + 1, current) && Conflict(rows[r], rows[r + 1])) {
        bands.push_back({r});
      } else {
        current = bands.size();
        bands.push_back({r});
      }
    }
    std::vector<std::vector<std::string>> cells(rows.size());
    for (const std::vector<std::size_t>& band : bands) {
      std::vector<std::pair<double, double>> spans;
      for (std::size_t r : band) {
        for (const Block& block : rows[r].blocks) spans.emplace_back(block.x0, block.x1);
      }
      std::sort(spans.begin(), spans.end());
      std::vector<std::pair<double, double>> columns;
      for (const auto& [x0, x1] : spans) {
        if (!columns.empty() && x0 < columns.back().second + kColumnJoin * h_) {
          columns.back().second = std::max(columns.back().second, x1);
        } else {
          columns.emplace_back(x0, x1);
        }
      }
      for (std::size_t r : band) {
        std::vector<std::vector<const Block*>> in(columns.size());
        for (const Block& block : rows[r].blocks) {
          for (std::size_t k = 0; k < columns.size(); ++k) {
            if (block.x0 < columns[k].second + 0.1 * h_ && block.x1 > columns[k].first - 0.1 * h_) {
              in[k].push_back(&block);
              break;
            }
          }
        }
        for (auto& column : in) {
          std::sort(column.begin(), column.end(), [](const Block* a, const Block* b) { return a->y0 < b->y0; });
          std::string text;
          for (const Block* block : column) AppendLine(text, Text(*block));
          cells[r].push_back(std::move(text));
        }
      }
    }
    return cells;
  }

  const std::vector<PhysLine>& lines_;
  const std::vector<Info>& info_;
  Region region_;
  double h_ = 1;
  double left_ = 0;
  double pitch_ = 0;
  double chinese_pitch_ = 0;  // between two lines of Chinese
  bool ambiguous_ = false;
  std::vector<Piece> pieces_;
  std::vector<Row> rows_;
};

}  // namespace

bool IsFigure(std::string_view cell) {
  bool digit = false;
  for (char c : cell) {
    if (c >= '0' && c <= '9') digit = true;
    else if (c != ',' && c != '.' && c != '%' && c != '-' && c != ' ') return false;
  }
  return digit;
}

std::size_t FilledCells(const std::vector<std::string>& cells) {
  return static_cast<std::size_t>(std::count_if(cells.begin(), cells.end(), [](const std::string& c) { return !c.empty(); }));
}

namespace {

std::size_t Filled(const TableRow& row) { return FilledCells(row.cells); }

// A cell holding only a list's bullet ("•", "◦", a symbol font's private-use glyph) or spaces.
bool OnlyBullet(std::string_view cell) {
  for (std::size_t pos = 0; pos < cell.size();) {
    const char32_t c = NextCodePoint(cell, pos);
    const bool mark = c == ' ' || c == 0xA0 || c == 0x3000 || (c >= 0xE000 && c <= 0xF8FF) ||
                      std::u32string_view(U"•◦▪▫●○■□◆◇·‣⁃–-").find(c) != std::u32string_view::npos;
    if (!mark) return false;
  }
  return true;
}

// The cells of a row with text, not a bullet.
std::size_t WithText(const TableRow& row) {
  return static_cast<std::size_t>(std::count_if(row.cells.begin(), row.cells.end(), [](const std::string& c) { return !OnlyBullet(c); }));
}

}  // namespace

// A row's cells set vertically in the middle (or at the top) while one of its cells wraps: the
// wrapped cell's lines come out as rows of their own beside parts of the row ("2 | | | 汀财农",
// "| 耕地保护补偿资金 | … | 〔2024〕4号 | 923,238.19 …", "| 桥建设项目 | 政奖补资金 | 〔"). A row
// whose first cell is empty joins the row above when the two share at least one column, every
// shared column holding words in both (the lines of one wrapped cell, never a figure), and the
// two together hold a figure: a new row starts with its own first cell, and two rows of
// indicators share columns of figures.
// Two rows the builder took for one ("4 合计 | 水土保持综合治理项目 | 3,885,000.00 19,876,268.00 |
// 74.63% 91.27%"): every figure cell holds two figures, one over the other, as do two cells or
// more. Split back: each cell's first word to the first row, its second to the second.
void SplitDoubledRows(std::vector<TableRow>& rows) {
  std::vector<TableRow> out;
  for (TableRow& row : rows) {
    std::size_t doubled = 0;
    bool single_figure = false;
    std::vector<std::pair<std::string, std::string>> halves;
    for (const std::string& cell : row.cells) {
      const std::size_t space = cell.find(' ');
      const bool two = space != std::string::npos && cell.find(' ', space + 1) == std::string::npos;
      if (two && IsFigure(cell.substr(0, space)) && IsFigure(cell.substr(space + 1))) {
        ++doubled;
        halves.emplace_back(cell.substr(0, space), cell.substr(space + 1));
      } else if (two) {
        halves.emplace_back(cell.substr(0, space), cell.substr(space + 1));
      } else {
        single_figure = single_figure || IsFigure(cell);
        halves.emplace_back(cell, "");
      }
    }
    if (doubled < 2 || single_figure) {
      out.push_back(std::move(row));
      continue;
    }
    TableRow first = row, second = row;
    for (std::size_t k = 0; k < halves.size(); ++k) first.cells[k] = halves[k].first, second.cells[k] = halves[k].second;
    first.y1 = second.y0 = (row.y0 + row.y1) / 2;
    first.own_y1 = second.own_y0 = (row.own_y0 + row.own_y1) / 2;
    out.push_back(std::move(first));
    out.push_back(std::move(second));
  }
  rows = std::move(out);
}

void TableRow::Extend(const TableRow& row) {
  const double own_top = std::min(top(), row.top()), own_bottom = std::max(bottom(), row.bottom());
  y0 = std::min(y0, row.y0), y1 = std::max(y1, row.y1);
  x0 = std::min(x0, row.x0), x1 = std::max(x1, row.x1);
  own_y0 = own_top, own_y1 = own_bottom;
}

// The rows of a table with padded cells (LibreOffice, a web page printed) stand apart by the
// padding and the rule; the lines of one cell follow at the line pitch, or overlap where one cell's
// text is centred beside two lines of another ("指标" beside "开展实用技" / "术培训人次"). Where the
// usual gap between rows is wide (a quarter of a line or more), two rows far closer than that
// (under a third of it) are the lines of one row, wrapped in narrow cells ("实际" / "完成 | 4229人次
// | …" / "值"), when no column holds a figure in both and no wrapped rest is longer than the line
// it goes on from (a label spanning two rows makes them overlap too, each row's text its own).
void JoinCloseRows(std::vector<TableRow>& rows) {
  if (rows.size() < 3) return;
  std::vector<double> gaps, heights;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    heights.push_back(rows[r].bottom() - rows[r].top());
    if (r > 0 && rows[r].page == rows[r - 1].page) gaps.push_back(rows[r].top() - rows[r - 1].bottom());
  }
  const double line = *std::min_element(heights.begin(), heights.end());
  const double row_gap = Median(gaps, 0);
  if (line <= 0 || row_gap < 0.25 * line) return;
  std::vector<TableRow> out;
  for (TableRow& row : rows) {
    if (!out.empty()) {
      TableRow& above = out.back();
      const std::size_t n = row.cells.size();
      bool joins = n >= 3 && above.cells.size() == n && above.page == row.page &&
                   row.top() - above.bottom() < row_gap / 3 && Filled(row) > 0 && Filled(above) > 0;
      for (std::size_t k = 0; joins && k < n; ++k) {
        const std::string& a = above.cells[k];
        const std::string& b = row.cells[k];
        joins = a.empty() || b.empty() || (!IsFigure(a) && !IsFigure(b) && CodePointCount(b) <= CodePointCount(a));
      }
      if (joins) {
        for (std::size_t k = 0; k < n; ++k) AppendLine(above.cells[k], row.cells[k]);
        above.Extend(row);
        continue;
      }
    }
    out.push_back(std::move(row));
  }
  rows = std::move(out);
}

// A figure's unit drawn a little apart from it ("535 份", "≤15.1 元") may start where a cell
// of a table nearby starts and be cut into a cell of its own: the row then has a cell more than
// the rows around it have. Such a unit after a cell ending in a digit goes back to its figure.
void JoinUnitsCutFromFigures(std::vector<TableRow>& rows) {
  static constexpr std::string_view kUnits[] = {
      "元", "万元", "亿元", "吨", "万吨", "份", "个", "人", "人次", "次", "项", "户", "场", "家", "天", "件", "条", "期", "盏", "套",
      "所", "台", "辆", "亩", "万亩", "公里", "千米", "米", "平方米", "万平方米", "立方米", "处", "座", "篇", "本", "册", "株", "只", "头",
      "批", "名", "位", "月", "年", "小时", "分钟", "个月", "元/人", "元/吨", "元/亩", "元/平方米"};
  // (More cells than the rows above and below it: a unit column of the table's own, 度量单位,
  // is in every row.)
  for (std::size_t r = 0; r < rows.size(); ++r) {
    TableRow& row = rows[r];
    const std::size_t above = r > 0 ? rows[r - 1].cells.size() : 0, below = r + 1 < rows.size() ? rows[r + 1].cells.size() : 0;
    if ((above == 0 && below == 0) || row.cells.size() <= std::max(above, below)) continue;
    for (std::size_t k = 1; k < row.cells.size() && row.cells.size() > std::max(above, below); ++k) {
      const std::string& figure = row.cells[k - 1];
      const bool unit = std::find(std::begin(kUnits), std::end(kUnits), row.cells[k]) != std::end(kUnits);
      if (!unit || figure.empty() || figure.back() < '0' || figure.back() > '9') continue;
      row.cells[k - 1] += row.cells[k];
      row.cells.erase(row.cells.begin() + static_cast<std::ptrdiff_t>(k));
    }
  }
}

void JoinSplitRows(std::vector<TableRow>& rows) {
  SplitDoubledRows(rows);
  std::vector<TableRow> out;
  for (TableRow& row : rows) {
    if (!out.empty()) {
      TableRow& above = out.back();
      const std::size_t n = row.cells.size();
      bool joins = n >= 4 && above.cells.size() == n && above.page == row.page && row.cells[0].empty() &&
                   !above.cells[0].empty();
      std::size_t shared = 0;
      bool figure = false;
      for (std::size_t k = 0; joins && k < n; ++k) {
        const std::string& a = above.cells[k];
        const std::string& b = row.cells[k];
        figure = figure || IsFigure(a) || IsFigure(b);
        if (a.empty() || b.empty()) continue;
        ++shared;
        joins = !IsFigure(a) && !IsFigure(b);
      }
      // (A header wrapped in narrow columns, "支付进 | 实施状" over "度 | 态": under the table's first
      // row, short rests of its words, no figure anywhere.)
      bool header_rest = out.size() == 1 && !figure && row.cells[0].empty() && above.cells.size() == n;
      for (std::size_t k = 0; header_rest && k < n; ++k) {
        header_rest = row.cells[k].empty() || (!above.cells[k].empty() && CodePointCount(row.cells[k]) <= 4);
      }
      if ((joins && shared > 0 && figure) || (header_rest && Filled(row) >= 2)) {
        for (std::size_t k = 0; k < n; ++k) above.cells[k] += row.cells[k];
        above.Extend(row);
        continue;
      }
    }
    out.push_back(std::move(row));
  }
  rows = std::move(out);
}


void AppendLine(std::string& cell, const std::string& text) {
  if (text.empty()) return;
  // A number wrapped in a narrow cell ("2648.527" / "6") goes on without a space.
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  const bool number_goes_on = !cell.empty() && (digit(cell.back()) || cell.back() == '.') &&
                              std::all_of(text.begin(), text.end(), [&](char c) { return digit(c) || c == '.' || c == '%'; });
  if (!cell.empty() && !number_goes_on && (IsAscii(cell.back()) || IsAscii(text.front()))) cell += ' ';
  cell += text;
}

void AppendWord(Segment& segment, const Box& previous, const Box& box, double height) {
  const double gap = box.x0 - previous.x1;
  const bool both_ascii = !segment.text.empty() && IsAscii(segment.text.back()) && IsAscii(box.text.front());
  const bool tight = gap < kTightGap * height && !both_ascii;
  if (!segment.text.empty() && !tight && (previous.space_after || gap > 0.15 * height)) segment.text += ' ';
  segment.text += box.text;
  segment.x1 = box.x1;
}

// One CJK ideograph (U+4E00–U+9FFF) and nothing else.
bool IsOneIdeograph(std::string_view text) { return text.size() == 3 && IsIdeographLead(text[0]); }

// Characters spread to fill a narrow cell (a justified or distributed line: "数 量 指" over "标")
// come as a box each, evenly spaced, each gap narrower than a character. They are one text:
// as separate boxes, the same spread in every row would line up into columns of their own.
// Two ideographs in cells side by side stand a cell's padding apart at least, wider than one.
// (A word processor spreads them exactly evenly: gaps within this part of a character's width.)
void JoinSpreadCharacters(std::vector<Box>& boxes) {
  constexpr double kEvenSpread = 0.04;
  const auto spread_gap = [&](std::size_t i) {  // the gap before boxes[i] if it spreads text, else -1
    const Box& a = boxes[i - 1];
    const Box& b = boxes[i];
    const double gap = b.x0 - a.x1, width = std::max(a.x1 - a.x0, b.x1 - b.x0);
    return IsOneIdeograph(a.text) && IsOneIdeograph(b.text) && gap > 0.05 * width && gap < 0.8 * width ? gap : -1.0;
  };
  std::vector<Box> joined;
  for (std::size_t i = 0; i < boxes.size();) {
    std::size_t end = i + 1;
    const double first = end < boxes.size() ? spread_gap(end) : -1.0;
    if (first >= 0) {
      ++end;
      while (end < boxes.size() && std::abs(spread_gap(end) - first) <= kEvenSpread * (boxes[end].x1 - boxes[end].x0)) ++end;
    }
    Box box = std::move(boxes[i]);
    for (std::size_t k = i + 1; k < end; ++k) {
      box.text += boxes[k].text;
      box.x1 = boxes[k].x1, box.y0 = std::min(box.y0, boxes[k].y0), box.y1 = std::max(box.y1, boxes[k].y1);
      box.space_after = boxes[k].space_after;
    }
    joined.push_back(std::move(box));
    i = end;
  }
  boxes = std::move(joined);
}

namespace {

constexpr double kSameLine = 0.35;   // centre distance for words on one baseline
constexpr double kSegmentGap = 0.5;  // a wider gap separates segments (cells, tab stops)

PhysLine MakeLine(std::vector<Box>& boxes) {
  std::sort(boxes.begin(), boxes.end(), [](const Box& a, const Box& b) { return a.x0 < b.x0; });
  JoinSpreadCharacters(boxes);
  PhysLine line;
  line.x0 = boxes.front().x0, line.x1 = boxes.front().x1;
  line.y0 = boxes.front().y0, line.y1 = boxes.front().y1;
  for (const Box& box : boxes) {
    line.x1 = std::max(line.x1, box.x1);
    line.y0 = std::min(line.y0, box.y0), line.y1 = std::max(line.y1, box.y1);
  }
  line.first_unit_width = boxes.front().first_unit_width;
  const double height = line.height();
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    if (i == 0 || boxes[i].x0 - boxes[i - 1].x1 >= kSegmentGap * height) {
      line.segments.push_back({boxes[i].x0, boxes[i].x1, boxes[i].text});
    } else {
      AppendWord(line.segments.back(), boxes[i - 1], boxes[i], height);
    }
  }
  line.boxes = std::move(boxes);
  return line;
}

}  // namespace

// Groups boxes whose vertical centres are close into lines, top to bottom.
std::vector<PhysLine> GroupLines(std::vector<Box> boxes) {
  const auto centre = [](const Box& b) { return (b.y0 + b.y1) / 2; };
  std::sort(boxes.begin(), boxes.end(), [&](const Box& a, const Box& b) { return centre(a) < centre(b); });
  std::vector<PhysLine> lines;
  std::vector<Box> current;
  for (Box& box : boxes) {
    if (!current.empty()) {
      const double height = std::max(current.front().y1 - current.front().y0, box.y1 - box.y0);
      if (centre(box) - centre(current.front()) > kSameLine * height) {
        lines.push_back(MakeLine(current));
        current.clear();
      }
    }
    current.push_back(std::move(box));
  }
  if (!current.empty()) lines.push_back(MakeLine(current));
  return lines;
}

// A box after a narrow gap (wider than the tracking between characters, narrower than a cell
// gap) on a table line (one with a cell gap) starts a cell when, among the lines of the page at
// most kAlignReach lines away or linked to it (AlignReach), a box of another table line starts
// at the same place after a gap too, and no box of a table line at most kAlignReach lines away
// runs across that place: a column of a word processor's narrow cells (a label, then a figure
// a padding's width away). A space between words may line up with one on another line
// ("≥168 个" over "≤300 天"), but wider text in the same column runs across it. (Text farther
// away running across, or beyond a table's title, may be another table of the page, stacked
// close under this one.) Where a table line nearby starts a cell after a wide gap, a column
// starts: text running across it is a cell spanning columns (a project's name over the funds).
constexpr double kNarrowGap = 0.1;  // in line heights
constexpr double kAlignTolerance = 0.06;
constexpr std::size_t kAlignReach = 12;

bool StartsAfterGap(const PhysLine& line, std::size_t i, double gap) {
  return i == 0 || line.boxes[i].x0 - line.boxes[i - 1].x1 >= gap * line.height();
}

bool HasCellGap(const PhysLine& line) {
  for (std::size_t i = 1; i < line.boxes.size(); ++i) {
    if (StartsAfterGap(line, i, kCellGap)) return true;
  }
  return false;
}

bool BesideTableLine(const std::vector<PhysLine>& lines, std::size_t l) {
  const PhysLine& line = lines[l];
  const std::size_t lo = l > kAlignReach ? l - kAlignReach : 0, hi = std::min(lines.size(), l + kAlignReach + 1);
  for (std::size_t m = lo; m < hi; ++m) {
    if (m == l || lines[m].page != line.page || !HasCellGap(lines[m])) continue;
    const double overlap = std::min(line.y1, lines[m].y1) - std::max(line.y0, lines[m].y0);
    if (overlap > 0.3 * std::min(line.height(), lines[m].height())) return true;
  }
  return false;
}

// The lines around line l to compare it with: those at most kAlignReach lines away on its page,
// and the whole run of lines linked to it, over page breaks too (a long table: its header's
// narrow cells may line up with a total at its foot only, or, the header at the foot of a
// page, with the rows on the next page only).
struct Reach {
  std::size_t lo, hi;        // the lines to look at
  std::size_t first, last;   // the linked run among them
};

Reach AlignReach(const std::vector<PhysLine>& lines, std::size_t l) {
  std::size_t lo = l > kAlignReach ? l - kAlignReach : 0, hi = std::min(lines.size(), l + kAlignReach + 1);
  const auto linked = [&](const PhysLine& a, const PhysLine& b) {
    if (b.page == a.page + 1) return true;  // the last line of a page and the first of the next
    return a.page == b.page && (b.y0 - a.y1) / std::max(a.height(), b.height()) <= kLinkGap;
  };
  std::size_t first = l, last = l + 1;
  while (first > 0 && linked(lines[first - 1], lines[first])) --first;
  while (last < lines.size() && linked(lines[last - 1], lines[last])) ++last;
  return {std::min(lo, first), std::max(hi, last), first, last};
}

// Does line k run across a place where a cell of a table line nearby starts (after a cell gap)?
bool AcrossColumns(const std::vector<PhysLine>& lines, std::size_t k) {
  const PhysLine& line = lines[k];
  const double tolerance = kAlignTolerance * line.height();
  const std::size_t lo = k > kAlignReach ? k - kAlignReach : 0, hi = std::min(lines.size(), k + kAlignReach + 1);
  for (std::size_t m = lo; m < hi; ++m) {
    if (m == k || lines[m].page != line.page) continue;
    for (std::size_t j = 1; j < lines[m].boxes.size(); ++j) {
      const double x = lines[m].boxes[j].x0;
      if (StartsAfterGap(lines[m], j, kCellGap) && x > line.x0 + tolerance && x < line.x1 - tolerance) return true;
    }
  }
  return false;
}

// Is there a line of text between lines a and b that is no part of a table (a table's title):
// no cell gap, beside no table line, running across columns?
bool Separated(const std::vector<PhysLine>& lines, std::size_t a, std::size_t b) {
  for (std::size_t k = std::min(a, b) + 1; k < std::max(a, b); ++k) {
    if (!HasCellGap(lines[k]) && !BesideTableLine(lines, k) && AcrossColumns(lines, k)) return true;
  }
  return false;
}

bool ColumnStartsAt(const std::vector<PhysLine>& lines, std::size_t l, double x) {
  const PhysLine& line = lines[l];
  const double tolerance = kAlignTolerance * line.height();
  const Reach reach = AlignReach(lines, l);
  bool aligned = false, column = false, crossed = false;
  for (std::size_t m = reach.lo; m < reach.hi; ++m) {
    if (m == l || (lines[m].page != line.page && (m < reach.first || m >= reach.last))) continue;
    const bool near = lines[m].page == line.page && m + kAlignReach >= l && m <= l + kAlignReach;
    const bool table_line = HasCellGap(lines[m]);
    for (std::size_t j = 0; j < lines[m].boxes.size(); ++j) {
      const Box& box = lines[m].boxes[j];
      // A table line's cell, or a line of its own a cell's text wrapped onto (a long name).
      if ((table_line || j == 0) && std::abs(box.x0 - x) <= tolerance && StartsAfterGap(lines[m], j, kNarrowGap)) {
        aligned = true;
        column = column || (j > 0 && StartsAfterGap(lines[m], j, kCellGap) && near);
      }
      if (table_line && box.x0 < x - tolerance && box.x1 > x + tolerance && near && !Separated(lines, l, m)) {
        crossed = true;
      }
    }
  }
  return aligned && (!crossed || column);
}

bool GoesOnFromFigure(std::string_view before, std::string_view after) {
  if (before.empty() || after.empty() || before.back() < '0' || before.back() > '9') return false;
  std::size_t count = 0;
  for (std::size_t i = 0; i < after.size(); i += 3, ++count) {
    if (!IsIdeographLead(after[i]) || count >= 4) return false;  // only CJK ideographs (U+4E00–U+9FFF), four at most
  }
  return true;
}

void MarkAlignedStarts(std::vector<PhysLine>& lines) {
  for (std::size_t l = 0; l < lines.size(); ++l) {
    PhysLine& line = lines[l];
    line.aligned_start.assign(line.boxes.size(), false);
    // Prose: its spaces are no cells. But a line beside a table line (overlapping it
    // vertically: prose lines never do) is a row's line of narrow cells wrapped ("≤9.21万" and
    // "8.92万" over "元" and "元", the row's other cells centred beside them).
    if (!HasCellGap(line) && !BesideTableLine(lines, l)) continue;
    for (std::size_t i = 1; i < line.boxes.size(); ++i) {
      if (StartsAfterGap(line, i, kNarrowGap) && !StartsAfterGap(line, i, kCellGap) &&
          !GoesOnFromFigure(line.boxes[i - 1].text, line.boxes[i].text)) {
        line.aligned_start[i] = ColumnStartsAt(lines, l, line.boxes[i].x0);
      }
    }
  }
}

namespace {

// The tables among lines none of which is a ruled table's row.
std::vector<LayoutItem> FindUnruledTables(std::vector<PhysLine> lines) {
  MarkAlignedStarts(lines);
  std::vector<Info> info;
  info.reserve(lines.size());
  for (const PhysLine& line : lines) info.push_back(Describe(line));
  std::vector<Region> regions;
  for (std::size_t i = 0; i < lines.size();) {
    std::size_t j = i + 1;
    while (j < lines.size() && Linked(info[j - 1], info[j])) ++j;
    std::vector<Region> found;
    TablesInRun(info, i, j, found);
    std::sort(found.begin(), found.end(), [](const Region& a, const Region& b) { return a.begin < b.begin; });
    for (std::size_t k = 0; k < found.size(); ++k) {
      const std::size_t lo = k == 0 ? i : found[k - 1].end;
      const std::size_t hi = k + 1 < found.size() ? found[k + 1].begin : j;
      Extend(info, found[k], lo, hi);
      if (IsTable(info, found[k])) regions.push_back(found[k]);
    }
    i = j;
  }
  std::vector<LayoutItem> items;
  std::size_t next = 0;
  for (const Region& region : regions) {
    for (; next < region.begin; ++next) items.push_back({next, {}});
    TableBuilder builder(lines, info, region);
    std::vector<std::vector<std::string>> cells = builder.Build();
    std::vector<TableRow> rows;
    for (std::size_t r = 0; r < cells.size(); ++r) {
      const Row& row = builder.rows()[r];
      double own_y0 = 1e18, own_y1 = -1e18;
      for (const Block& block : row.blocks) {
        if (!block.floating) own_y0 = std::min(own_y0, block.y0), own_y1 = std::max(own_y1, block.y1);
      }
      if (own_y0 > own_y1) own_y0 = row.y0, own_y1 = row.y1;
      rows.push_back({std::move(cells[r]), row.page, row.number, row.x0, row.y0, row.x1, row.y1, own_y0, own_y1});
    }
    JoinSplitRows(rows);
    JoinCloseRows(rows);
    JoinUnitsCutFromFigures(rows);
    // A list indented by levels (a Markdown page's nested bullets) lines up like a table's
    // columns, but nearly all its rows fill one cell: its lines are text.
    const auto one_cell = std::count_if(rows.begin(), rows.end(), [](const TableRow& row) { return WithText(row) <= 1; });
    if (rows.size() >= 3 && static_cast<std::size_t>(one_cell) * 10 >= rows.size() * 8) {
      for (; next < region.end; ++next) items.push_back({next, {}});
      continue;
    }
    for (TableRow& row : rows) {
      LayoutItem item;
      item.row = std::move(row);
      items.push_back(std::move(item));
    }
    next = region.end;
  }
  for (; next < lines.size(); ++next) items.push_back({next, {}});
  return items;
}

}  // namespace

std::vector<LayoutItem> FindTables(const std::vector<PhysLine>& lines) {
  if (std::none_of(lines.begin(), lines.end(), [](const PhysLine& line) { return line.ruled; })) {
    return FindUnruledTables(lines);
  }
  // A ruled table's rows are its rows already; the lines between them are searched on their own.
  std::vector<LayoutItem> items;
  for (std::size_t i = 0; i < lines.size();) {
    if (lines[i].ruled) {
      const PhysLine& line = lines[i];
      LayoutItem& item = items.emplace_back();
      item.row = {line.ruled_cells, line.page, line.number, line.x0, line.y0, line.x1, line.y1, line.y0, line.y1};
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < lines.size() && !lines[j].ruled) ++j;
    for (LayoutItem& item : FindUnruledTables({lines.begin() + static_cast<std::ptrdiff_t>(i),
                                              lines.begin() + static_cast<std::ptrdiff_t>(j)})) {
      if (!item.is_row()) item.line += i;
      items.push_back(std::move(item));
    }
    i = j;
  }
  return items;
}

}  // namespace jixiao::pdf
