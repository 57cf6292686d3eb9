#include "ingest/read/text_columns.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "base/text.h"
#include "ingest/read/pdf_layout.h"

namespace jixiao {
namespace {

constexpr std::size_t kMinSplitLines = 8;
constexpr std::size_t kMinGap = 2;     // spaces between the columns at the least
constexpr std::size_t kWideGap = 2;    // a gap this wide inside a column's text is a table's (cells apart)
constexpr std::size_t kMinColumn = 16; // the right column starts this far in at least (display columns)

// One character of a line: where it starts in bytes and in display columns.
struct Glyph {
  std::size_t byte = 0, column = 0, code_point = 0, width = 1;
  bool space = false;
};

std::vector<Glyph> Glyphs(std::string_view text) {
  std::vector<Glyph> glyphs;
  std::size_t column = 0, code_point = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    const std::size_t width = n >= 3 ? 2 : 1;
    glyphs.push_back({i, column, code_point++, width, text[i] == ' '});
    column += width;
    i += n;
  }
  return glyphs;
}

// A run of spaces inside a line: the glyphs [first, last) it spans.
struct Gap {
  std::size_t first = 0, last = 0;
};

std::vector<Gap> Gaps(const std::vector<Glyph>& glyphs) {
  std::vector<Gap> gaps;
  std::size_t k = 0;
  while (k < glyphs.size() && glyphs[k].space) ++k;  // indentation
  while (k < glyphs.size()) {
    if (!glyphs[k].space) {
      ++k;
      continue;
    }
    std::size_t e = k;
    while (e < glyphs.size() && glyphs[e].space) ++e;
    if (e - k >= kMinGap && e < glyphs.size()) gaps.push_back({k, e});
    k = e;
  }
  return gaps;
}

// How a line stands to the right column starting at display column `right`: parted by a gap
// whose end is within reach of it (the columns of a copy line up only roughly: widths of “ ” vary),
// all left of it, all right of it, or running across.
enum class Side { kParted, kLeft, kRight, kAcross, kEmpty };
constexpr std::size_t kReach = 6;

struct Placement {
  Side side = Side::kEmpty;
  std::size_t split = 0;  // kParted: the gap's first glyph; its last is `right_glyph`
  std::size_t right_glyph = 0;
};

Placement Place(const std::vector<Glyph>& glyphs, std::size_t right) {
  std::size_t first = 0;
  while (first < glyphs.size() && glyphs[first].space) ++first;
  if (first == glyphs.size()) return {};
  if (glyphs[first].column + kReach >= right) return {Side::kRight, 0, first};
  // (A line with two gaps or more is a table's row, across the page.)
  const std::vector<Gap> gaps = Gaps(glyphs);
  if (gaps.size() > 1) return {Side::kAcross, 0, 0};
  std::optional<Gap> best;
  std::size_t best_off = kReach + 1;
  for (const Gap& g : gaps) {
    const std::size_t at = glyphs[g.last].column;
    const std::size_t off = at > right ? at - right : right - at;
    if (off < best_off) best = g, best_off = off;
  }
  if (best) return {Side::kParted, best->first, best->last};
  const Glyph& last = glyphs.back();
  if (last.column + last.width + kMinGap <= right + kReach) return {Side::kLeft, glyphs.size(), glyphs.size()};
  return {Side::kAcross, 0, 0};
}

bool HasWideGap(const std::vector<Glyph>& glyphs, std::size_t from, std::size_t to) {
  while (from < to && glyphs[from].space) ++from;  // indentation
  std::size_t run = 0;
  for (std::size_t k = from; k < to; ++k) {
    run = glyphs[k].space ? run + 1 : 0;
    if (run >= kWideGap && k + 1 < to) return true;
  }
  return false;
}

// Joins a column's lines its width broke: a line reaching the column's edge (within the
// roughness of a copy) goes on into the next unless that one is indented (a paragraph's first
// line) or opens a numbered item.
std::vector<TextLine> JoinColumnLines(std::vector<TextLine> column) {
  std::size_t widest = 0;
  std::vector<std::size_t> widths;
  for (const TextLine& line : column) {
    const auto g = Glyphs(line.text);
    std::size_t w = 0;
    for (std::size_t k = g.size(); k-- > 0;) {
      if (!g[k].space) {
        w = g[k].column + g[k].width;
        break;
      }
    }
    widths.push_back(w);
    widest = std::max(widest, w);
  }
  std::vector<TextLine> out;
  for (std::size_t i = 0; i < column.size(); ++i) {
    const bool continues = !out.empty() && widths[i - 1] + kReach >= widest && !column[i].text.empty() &&
                           column[i].text.front() != ' ' && !pdf::StartsNewItem(column[i].text) && !out.back().text.empty();
    if (!continues) {
      out.push_back(std::move(column[i]));
      continue;
    }
    TextLine& into = out.back();
    while (!into.text.empty() && into.text.back() == ' ') into.text.pop_back();
    into.wraps.push_back({into.text.size(), column[i].page, column[i].number});
    into.text += column[i].text;
  }
  return out;
}

// Where the line's second form starts when the line opens with a cell that a later cell of it
// repeats ("项目名称  X        项目名称  Y"): that cell's display column, or 0.
std::size_t RepeatedCellColumn(std::string_view text, const std::vector<Glyph>& glyphs) {
  std::size_t first = 0;
  while (first < glyphs.size() && glyphs[first].space) ++first;
  if (first == glyphs.size()) return 0;
  const auto cell_end = [&](std::size_t from) {
    std::size_t k = from;
    while (k < glyphs.size() && !(glyphs[k].space && k + 1 < glyphs.size() && glyphs[k + 1].space)) ++k;
    return k;
  };
  const std::size_t end = cell_end(first);
  const auto byte_end = [&](std::size_t k) { return k < glyphs.size() ? glyphs[k].byte : text.size(); };
  const std::string_view head = text.substr(glyphs[first].byte, byte_end(end) - glyphs[first].byte);
  if (head.size() < 6) return 0;  // two characters at least
  for (const Gap& gap : Gaps(glyphs)) {
    const std::size_t at = gap.last;
    if (at <= end || glyphs[at].column < glyphs[first].column + kMinColumn) continue;
    if (text.substr(glyphs[at].byte, byte_end(cell_end(at)) - glyphs[at].byte) == head) return glyphs[at].column;
  }
  return 0;
}

// In each stretch of lines none of which runs across, three of them parted at least: the left
// side's lines first, then the right side's, each keeping its line number and the column it
// starts at. Columns of prose (`prose`) keep a paragraph's first line indented within the
// column, and the lines the column's width broke are joined; forms' cells stay as they are.
bool OrderStretches(std::vector<TextLine>& lines, const std::vector<std::vector<Glyph>>& glyphs,
                    const std::vector<Placement>& placed, std::size_t right, bool prose) {
  std::vector<TextLine> out;
  out.reserve(lines.size());
  bool changed = false;
  for (std::size_t i = 0; i < lines.size();) {
    if (placed[i].side == Side::kAcross) {
      out.push_back(std::move(lines[i++]));
      continue;
    }
    std::size_t j = i, in_stretch = 0;
    for (; j < lines.size() && placed[j].side != Side::kAcross; ++j) in_stretch += placed[j].side == Side::kParted;
    if (in_stretch < 3) {
      for (; i < j; ++i) out.push_back(std::move(lines[i]));
      continue;
    }
    std::vector<TextLine> left_lines, right_lines;
    for (; i < j; ++i) {
      TextLine& line = lines[i];
      const Placement& p = placed[i];
      const auto& g = glyphs[i];
      if (p.side == Side::kParted || p.side == Side::kRight) {
        TextLine r;
        // (A paragraph's first line keeps its indentation within the column.)
        const std::size_t start = g[p.right_glyph].column;
        if (prose && start >= right + kMinGap && start <= right + 2 * kMinGap) r.text.assign(kMinGap, ' ');
        r.text += line.text.substr(g[p.right_glyph].byte);
        r.number = line.number, r.page = line.page;
        r.column = line.column + static_cast<int>(g[p.right_glyph].code_point);
        right_lines.push_back(std::move(r));
      }
      if (p.side == Side::kParted) line.text.resize(g[p.split].byte);
      if (p.side != Side::kRight) left_lines.push_back(std::move(line));
    }
    for (std::vector<TextLine>* side : {&left_lines, &right_lines}) {
      for (TextLine& kept : prose ? JoinColumnLines(std::move(*side)) : std::move(*side)) out.push_back(std::move(kept));
    }
    changed = true;
  }
  if (changed) lines = std::move(out);
  return changed;
}

}  // namespace

bool PutFormsSideBySideInOrder(std::vector<TextLine>& lines) {
  std::vector<std::size_t> starts;
  // (Cheap first: only a line with a gap can repeat its first cell; the glyphs of every line are
  // worked out only for a text that has three such lines.)
  for (const TextLine& line : lines) {
    if (line.text.find("  ") == std::string::npos) continue;
    if (const std::size_t c = RepeatedCellColumn(line.text, Glyphs(line.text))) starts.push_back(c);
  }
  if (starts.size() < 3) return false;
  std::vector<std::vector<Glyph>> glyphs;
  glyphs.reserve(lines.size());
  for (const TextLine& line : lines) glyphs.push_back(Glyphs(line.text));
  // The second form's column: where most repeated cells start (within a copy's roughness).
  std::sort(starts.begin(), starts.end());
  std::size_t right = 0, most = 0;
  for (std::size_t i = 0, j = 0; i < starts.size(); ++i) {
    while (starts[i] - starts[j] > kReach) ++j;
    if (i - j + 1 > most) most = i - j + 1, right = starts[j];
  }
  if (most < 3) return false;
  // Each line parts at a gap ending near that column, or stands wholly on one side; a line
  // running across it (a title, a note over the page's width) ends a stretch.
  const auto place = [&](const std::vector<Glyph>& g) -> Placement {
    std::size_t first = 0;
    while (first < g.size() && g[first].space) ++first;
    if (first == g.size()) return {};
    if (g[first].column + kReach >= right) return {Side::kRight, 0, first};
    for (const Gap& gap : Gaps(g)) {
      const std::size_t at = g[gap.last].column;
      if (at + kReach >= right && at <= right + kReach) return {Side::kParted, gap.first, gap.last};
    }
    const Glyph& last = g.back();
    if (last.column + last.width + kMinGap <= right + kReach) return {Side::kLeft, g.size(), g.size()};
    return {Side::kAcross, 0, 0};
  };
  std::vector<Placement> placed;
  placed.reserve(lines.size());
  for (const auto& g : glyphs) placed.push_back(place(g));
  return OrderStretches(lines, glyphs, placed, right, /*prose=*/false);
}

bool PutColumnsInReadingOrder(std::vector<TextLine>& lines) {
  // (Cheap first: enough lines with a gap of two spaces inside them.)
  std::size_t gapped = 0;
  for (const TextLine& line : lines) {
    const std::size_t text = line.text.find_first_not_of(' ');
    gapped += text != std::string::npos && line.text.find("  ", text) != std::string::npos;
  }
  if (gapped < kMinSplitLines) return false;
  std::vector<std::vector<Glyph>> glyphs;
  glyphs.reserve(lines.size());
  std::size_t with_text = 0;
  std::vector<std::size_t> starts;  // display columns where text after a gap starts
  for (const TextLine& line : lines) {
    glyphs.push_back(Glyphs(line.text));
    const auto& g = glyphs.back();
    with_text += line.text.find_first_not_of(' ') != std::string::npos;
    for (const Gap& gap : Gaps(g)) {
      if (g[gap.last].column >= kMinColumn) starts.push_back(g[gap.last].column);
    }
  }
  if (starts.size() < kMinSplitLines) return false;
  // The right column: where text after a gap starts most often (lines of a copy line up only
  // roughly, so each line parts at the gap nearest to it).
  std::sort(starts.begin(), starts.end());
  std::size_t right = 0, most = 0;
  for (std::size_t i = 0, j = 0; i < starts.size(); ++i) {
    if (starts[i] != starts[j]) j = i;
    if (i - j + 1 > most) most = i - j + 1, right = starts[i];
  }
  std::vector<Placement> placed;
  placed.reserve(lines.size());
  std::size_t parted = 0, gappy = 0;
  for (const auto& g : glyphs) {
    placed.push_back(Place(g, right));
    if (placed.back().side != Side::kParted) continue;
    ++parted;
    gappy += HasWideGap(g, 0, placed.back().split) || HasWideGap(g, placed.back().right_glyph, g.size());
  }
  // (Prose on both sides: few parted lines have a wide gap in a column, as a table's cells do.)
  if (parted < kMinSplitLines || parted * 5 < with_text * 2 || gappy * 10 > parted * 3) return false;
  // Stretches of lines that do not run across: the left column first, then the right.
  return OrderStretches(lines, glyphs, placed, right, /*prose=*/true);
}

}  // namespace jixiao
