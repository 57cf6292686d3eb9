#include "ingest/read/pdf_grid.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <string>

#include "base/text.h"

namespace jixiao::pdf {
namespace {

constexpr double kJoin = 2.0;  // points: rules this close are one (double borders, rounding)

// A rule as a position across and a span along it.
struct Span {
  double at = 0, from = 0, to = 0;
};

// Rules on one line (positions within kJoin) that touch are one.
std::vector<Span> Merge(std::vector<Span> spans) {
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.at < b.at; });
  std::vector<Span> out;
  for (std::size_t i = 0; i < spans.size();) {
    std::size_t j = i + 1;
    while (j < spans.size() && spans[j].at - spans[j - 1].at <= kJoin) ++j;
    double at = 0;
    for (std::size_t k = i; k < j; ++k) at += spans[k].at;
    at /= static_cast<double>(j - i);
    std::sort(spans.begin() + static_cast<std::ptrdiff_t>(i), spans.begin() + static_cast<std::ptrdiff_t>(j),
              [](const Span& a, const Span& b) { return a.from < b.from; });
    const std::size_t first = out.size();
    for (std::size_t k = i; k < j; ++k) {
      if (out.size() > first && spans[k].from <= out.back().to + kJoin) {
        out.back().to = std::max(out.back().to, spans[k].to);
      } else {
        out.push_back({at, spans[k].from, spans[k].to});
      }
    }
    i = j;
  }
  return out;
}

bool Crosses(const Span& h, const Span& v) {
  return v.at >= h.from - kJoin && v.at <= h.to + kJoin && h.at >= v.from - kJoin && h.at <= v.to + kJoin;
}

struct UnionFind {
  std::vector<std::size_t> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t Find(std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }
  void Join(std::size_t a, std::size_t b) { parent[Find(a)] = Find(b); }
};

// Distinct positions, those within kJoin as one.
std::vector<double> Positions(const std::vector<Span>& spans) {
  std::vector<double> at;
  for (const Span& s : spans) at.push_back(s.at);
  std::sort(at.begin(), at.end());
  std::vector<double> out;
  for (double a : at) {
    if (out.empty() || a - out.back() > kJoin) out.push_back(a);
  }
  return out;
}

// Is there a rule at `at` (within kJoin) covering `along`?
bool Covered(const std::vector<Span>& spans, double at, double along) {
  return std::any_of(spans.begin(), spans.end(), [&](const Span& s) {
    return std::abs(s.at - at) <= kJoin && along >= s.from - kJoin && along <= s.to + kJoin;
  });
}

// CJK ideographs, CJK punctuation and full-width forms: text written without spaces.
bool IsWide(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF); }

// A cell's characters spread over its width (执 行 率（ % ）, 得 分: a distributed line in a narrow
// cell) stand apart by layout, not by spaces the text has: a space with a wide character on one
// side and a character on the other goes. (Latin words and figures keep theirs: ≥95% 96%.)
std::string WithoutLayoutSpaces(const std::string& text) {
  std::u32string chars;
  for (std::size_t pos = 0; pos < text.size();) chars += NextCodePoint(text, pos);
  std::string out;
  for (std::size_t i = 0; i < chars.size(); ++i) {
    if (chars[i] == U' ' && i > 0 && i + 1 < chars.size() && chars[i + 1] != U' ' &&
        (IsWide(chars[i - 1]) || IsWide(chars[i + 1]))) {
      continue;
    }
    AppendUtf8(out, chars[i]);
  }
  return out;
}

// The text of a cell's words: lines top to bottom, a line's pieces with a space between.
std::string CellText(std::vector<Box> boxes) {
  std::string text;
  for (const PhysLine& line : GroupLines(std::move(boxes))) {
    std::string piece;
    for (const Segment& segment : line.segments) {
      if (!piece.empty()) piece += ' ';
      piece += segment.text;
    }
    AppendLine(text, WithoutLayoutSpaces(std::string(Trim(piece))));
  }
  return text;
}

// One table: its grid lines and the rules that draw it.
struct Table {
  std::vector<Span> across, down;  // horizontal rules (at = y), vertical rules (at = x)
};

std::vector<Table> Tables(const std::vector<Rule>& rules) {
  std::vector<Span> across, down;
  for (const Rule& rule : rules) {
    if (rule.horizontal()) across.push_back({rule.y0, rule.x0, rule.x1});
    else down.push_back({rule.x0, rule.y0, rule.y1});
  }
  across = Merge(std::move(across));
  down = Merge(std::move(down));
  if (across.size() < 2 || down.size() < 2) return {};
  UnionFind sets(across.size() + down.size());
  for (std::size_t h = 0; h < across.size(); ++h) {
    for (std::size_t v = 0; v < down.size(); ++v) {
      if (Crosses(across[h], down[v])) sets.Join(h, across.size() + v);
    }
  }
  std::map<std::size_t, Table> tables;
  for (std::size_t h = 0; h < across.size(); ++h) tables[sets.Find(h)].across.push_back(across[h]);
  for (std::size_t v = 0; v < down.size(); ++v) tables[sets.Find(across.size() + v)].down.push_back(down[v]);
  std::vector<Table> out;
  for (auto& [root, table] : tables) {
    if (table.across.size() >= 2 && table.down.size() >= 2) out.push_back(std::move(table));
  }
  return out;
}

}  // namespace

std::vector<PhysLine> TakeRuledRows(std::vector<Box>& boxes, const std::vector<Rule>& rules) {
  std::vector<PhysLine> rows;
  std::vector<bool> taken(boxes.size(), false);
  for (const Table& table : Tables(rules)) {
    const std::vector<double> ys = Positions(table.across), xs = Positions(table.down);
    if (ys.size() < 2 || xs.size() < 2) continue;
    const std::size_t bands = ys.size() - 1, columns = xs.size() - 1;
    // The grid's elementary cells, joined where no rule parts them (merged cells).
    UnionFind cells(bands * columns);
    const auto at = [&](std::size_t r, std::size_t c) { return r * columns + c; };
    for (std::size_t r = 0; r < bands; ++r) {
      for (std::size_t c = 0; c < columns; ++c) {
        const double mid_y = (ys[r] + ys[r + 1]) / 2, mid_x = (xs[c] + xs[c + 1]) / 2;
        if (c + 1 < columns && !Covered(table.down, xs[c + 1], mid_y)) cells.Join(at(r, c), at(r, c + 1));
        if (r + 1 < bands && !Covered(table.across, ys[r + 1], mid_x)) cells.Join(at(r, c), at(r + 1, c));
      }
    }
    // Each word to the cell holding its centre.
    std::map<std::size_t, std::vector<std::size_t>> words;  // cell → boxes
    for (std::size_t i = 0; i < boxes.size(); ++i) {
      if (taken[i]) continue;
      const double cx = (boxes[i].x0 + boxes[i].x1) / 2, cy = (boxes[i].y0 + boxes[i].y1) / 2;
      if (cx <= xs.front() || cx >= xs.back() || cy <= ys.front() || cy >= ys.back()) continue;
      const auto c = static_cast<std::size_t>(std::upper_bound(xs.begin(), xs.end(), cx) - xs.begin() - 1);
      const auto r = static_cast<std::size_t>(std::upper_bound(ys.begin(), ys.end(), cy) - ys.begin() - 1);
      words[cells.Find(at(r, c))].push_back(i);
    }
    if (words.size() < 2) continue;  // a frame around a paragraph, or an empty form
    std::map<std::size_t, std::string> texts;
    for (const auto& [cell, indices] : words) {
      std::vector<Box> own;
      for (std::size_t i : indices) own.push_back(boxes[i]), taken[i] = true;
      texts[cell] = CellText(std::move(own));
    }
    std::map<std::size_t, std::size_t> top;  // cell → its first band
    for (std::size_t r = bands; r-- > 0;) {
      for (std::size_t c = 0; c < columns; ++c) top[cells.Find(at(r, c))] = r;
    }
    bool first = true;
    for (std::size_t r = 0; r < bands; ++r) {
      PhysLine row;
      row.ruled = true;
      row.x0 = xs.front(), row.x1 = xs.back(), row.y0 = ys[r], row.y1 = ys[r + 1];
      bool any = false;
      std::vector<std::size_t> seen;
      for (std::size_t c = 0; c < columns; ++c) {
        const std::size_t cell = cells.Find(at(r, c));
        if (std::find(seen.begin(), seen.end(), cell) != seen.end()) continue;
        seen.push_back(cell);
        const auto text = texts.find(cell);
        const bool own = top[cell] == r && text != texts.end();
        row.ruled_cells.push_back(own ? text->second : "");
        if (own && !text->second.empty()) {
          any = true;
          row.segments.push_back({xs[c], xs[c + 1], text->second});
        }
      }
      if (!any) continue;
      row.ruled_first = first;
      first = false;
      rows.push_back(std::move(row));
    }
  }
  std::vector<Box> rest;
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    if (!taken[i]) rest.push_back(std::move(boxes[i]));
  }
  boxes = std::move(rest);
  std::sort(rows.begin(), rows.end(), [](const PhysLine& a, const PhysLine& b) { return a.y0 < b.y0; });
  return rows;
}

}  // namespace jixiao::pdf
