#include "ingest/read/pdf_layout.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>

#include "base/text.h"
#include "ingest/read/pdf_grid.h"
#include "ingest/read/pdf_table.h"

namespace jixiao::pdf {
namespace {

// Thresholds in units of the line height (the box height, about 1.3 × the font size).
constexpr double kTabGap = 1.5;      // in plain text, a segment gap this wide becomes '\t'
constexpr double kCloseLines = 0.6;  // vertical gap between lines of one block

std::string PlainText(const PhysLine& line) {
  std::string text;
  for (std::size_t i = 0; i < line.segments.size(); ++i) {
    if (i > 0) {
      const double gap = line.segments[i].x0 - line.segments[i - 1].x1;
      text += gap >= kTabGap * line.height() ? '\t' : ' ';
    }
    text += line.segments[i].text;
  }
  return text;
}

bool IsPageNumber(const PhysLine& line) {
  return !line.ruled && line.segments.size() <= 3 && IsPageNumberLine(PlainText(line));
}

// One page's physical lines, top to bottom, without the page-number line at its top or bottom.
std::vector<PhysLine> PageLines(std::vector<Box> boxes, const std::vector<Rule>& rules, int page) {
  std::erase_if(boxes, [](const Box& box) { return Trim(box.text).empty(); });
  std::vector<PhysLine> ruled = TakeRuledRows(boxes, rules);
  std::vector<PhysLine> lines = GroupLines(std::move(boxes));
  if (!ruled.empty()) {
    // A ruled table's rows in their places among the lines, by their middles.
    for (PhysLine& row : ruled) lines.push_back(std::move(row));
    std::stable_sort(lines.begin(), lines.end(),
                     [](const PhysLine& a, const PhysLine& b) { return a.y0 + a.y1 < b.y0 + b.y1; });
  }
  // A page number stands apart from the text; digits right under the line above are the
  // wrapped end of a table's cells ("2306.424" / "5").
  const auto apart = [](const PhysLine& a, const PhysLine& b) { return b.y0 - a.y1 > 0.5 * b.height(); };
  if (!lines.empty() && IsPageNumber(lines.back()) && (lines.size() < 2 || apart(lines[lines.size() - 2], lines.back()))) {
    lines.pop_back();
  }
  if (!lines.empty() && IsPageNumber(lines.front()) && (lines.size() < 2 || apart(lines[0], lines[1]))) {
    lines.erase(lines.begin());
  }
  for (PhysLine& line : lines) line.page = page;
  return lines;
}

// ---- Running headers and footers. -----------------------------------------------------------

// "11/27/26, 12:44 PM", "2025/3/5 10:20", "2025-03-05 10:20:31": when a page was printed (a
// browser's header), a date and a time of day.
bool IsPrintTime(std::string_view text) {
  std::string shape;  // digits collapsed to 'N', spaces dropped
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      if (shape.empty() || shape.back() != 'N') shape += 'N';
    } else if (text.substr(i).starts_with("\u202F")) {  // the narrow no-break space before PM
      i += 2;
    } else if (c != ' ') {
      shape += c;
    }
  }
  for (std::string_view end : {"AM", "PM", "上午", "下午"}) {
    if (shape.ends_with(end)) shape.resize(shape.size() - end.size());
  }
  if (std::count(shape.begin(), shape.end(), ':') == 2) shape.resize(shape.size() - 2);  // seconds
  return shape == "N/N/N,N:N" || shape == "N/N/NN:N" || shape == "N-N-NN:N";
}

// A line's text with digits collapsed and spaces dropped: running headers and footers differ
// only in the page number.
std::string RunningKey(const PhysLine& line) {
  std::string key;
  bool digits = false;
  for (char c : FoldFullWidth(PlainText(line))) {
    if (c == ' ' || c == '\t') continue;
    const bool digit = std::isdigit(static_cast<unsigned char>(c)) != 0;
    if (!digit) key += c;
    else if (!digits) key += '#';
    digits = digit;
  }
  return key;
}

// Drops the lines at the top or bottom of the pages that repeat on most pages at the same
// height, in the page's margin: running headers and footers ("某某局2022年度自评报告",
// "自评报告 - 3 -"). Lines differing only in their digits count as the same.
void DropRunningLines(std::vector<std::vector<PhysLine>>& pages, const std::vector<double>& heights) {
  constexpr std::size_t kEdgeLines = 2;  // lines looked at on each edge of a page
  constexpr double kMargin = 0.12;       // of the page height
  struct Seen {
    std::vector<std::pair<std::size_t, double>> pages;  // page, y0
  };
  // A line in pieces (cells) is a table's row unless one piece is a page number that is more
  // than a number ("某某局 … 第 3 页"): rows repeated on top of each page are a table's header,
  // which the table reader keeps once, or rows that differ in their figures.
  // A browser's header and footer are in pieces too: the time it printed ("11/27/26, 12:44 PM") with
  // the page's title, its address with "1/3".
  const auto candidate = [](const PhysLine& line) {
    if (line.ruled) return false;  // a ruled table's header repeated on each page: LayoutDocument
    return line.segments.size() == 1 || std::any_of(line.segments.begin(), line.segments.end(), [](const Segment& s) {
             const bool number = std::all_of(s.text.begin(), s.text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
             return (!number && IsPageNumberLine(s.text)) || IsPrintTime(s.text);
           });
  };
  std::size_t with_text = 0;
  for (const auto& lines : pages) with_text += lines.empty() ? 0 : 1;
  if (with_text < 2) return;
  for (const bool top : {true, false}) {
    std::map<std::string, Seen> seen;
    for (std::size_t p = 0; p < pages.size(); ++p) {
      const std::vector<PhysLine>& lines = pages[p];
      const double height = heights[p];
      std::vector<double> sizes;
      for (const PhysLine& line : lines) {
        if (!line.ruled) sizes.push_back(line.height());
      }
      std::nth_element(sizes.begin(), sizes.begin() + sizes.size() / 2, sizes.end());
      const double body = sizes.empty() ? 0 : sizes[sizes.size() / 2];
      for (std::size_t k = 0; k < std::min(kEdgeLines, lines.size()); ++k) {
        const PhysLine& line = top ? lines[k] : lines[lines.size() - 1 - k];
        const bool margin = height <= 0 || (top ? line.y1 <= kMargin * height : line.y0 >= (1 - kMargin) * height);
        if (!margin) break;
        const std::string key = RunningKey(line);
        // Larger than the body text: a page's title ("项目支出绩效自评表（第2号项目）").
        if (!key.empty() && candidate(line) && line.height() <= 1.1 * body) seen[key].pages.emplace_back(p, line.y0);
      }
    }
    for (const auto& [key, where] : seen) {
      std::vector<std::size_t> on;
      for (const auto& [p, y0] : where.pages) {
        if (std::abs(y0 - where.pages.front().second) <= 3 && (on.empty() || on.back() != p)) on.push_back(p);
      }
      if (on.size() < 2 || on.size() * 2 < with_text) continue;
      for (std::size_t p : on) {
        std::vector<PhysLine>& lines = pages[p];
        const std::size_t edge = std::min(kEdgeLines, lines.size());
        for (std::size_t k = 0; k < edge; ++k) {
          const std::size_t i = top ? k : lines.size() - 1 - k;
          if (candidate(lines[i]) && RunningKey(lines[i]) == key) {
            lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(i));
            break;
          }
        }
      }
    }
  }
}

// ---- Two-column pages. ---------------------------------------------------------------------

// Does the line have text running across x (a word covering it)?
bool Across(const PhysLine& line, double x, double margin) {
  return std::any_of(line.segments.begin(), line.segments.end(),
                     [&](const Segment& s) { return s.x0 < x + margin && s.x1 > x - margin; });
}

// Puts a page's two columns of text in reading order: where a run of lines keeps clear of a
// vertical gutter in the middle of the text and on each side reads like a column of prose
// (lines of one piece, the left ones ending at the gutter, the right ones starting at one x),
// the left column comes before the right one. (Lines of a table with a gap there are short
// or in pieces, so they stay as they are.) Lines across the gutter (a title over both
// columns) stay where they are and separate the runs.
std::vector<PhysLine> ReadingOrder(std::vector<PhysLine> lines) {
  if (lines.size() < 8) return lines;
  // A page with a ruled table is laid out as one column (a table's cells are no columns of text).
  if (std::any_of(lines.begin(), lines.end(), [](const PhysLine& line) { return line.ruled; })) return lines;
  double left = 1e18, right = -1e18;
  std::vector<double> heights;
  for (const PhysLine& line : lines) {
    left = std::min(left, line.x0), right = std::max(right, line.x1);
    heights.push_back(line.height());
  }
  std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
  const double h = heights[heights.size() / 2];
  const double width = right - left;
  if (width < 20 * h) return lines;
  // The gutter: the x in the middle of the text that the fewest lines run across.
  double gutter = 0;
  std::size_t fewest = SIZE_MAX;
  for (double x = left + 0.3 * width; x <= left + 0.7 * width; x += 0.25 * h) {
    std::size_t across = 0;
    for (const PhysLine& line : lines) across += Across(line, x, 0.5 * h) ? 1 : 0;
    if (across < fewest) fewest = across, gutter = x;
  }
  if (fewest * 3 > lines.size()) return lines;
  std::vector<PhysLine> out;
  for (std::size_t i = 0; i < lines.size();) {
    if (Across(lines[i], gutter, 0.5 * h)) {
      out.push_back(std::move(lines[i++]));
      continue;
    }
    std::size_t j = i;
    while (j < lines.size() && !Across(lines[j], gutter, 0.5 * h)) ++j;
    std::vector<Box> left_boxes, right_boxes;
    for (std::size_t k = i; k < j; ++k) {
      for (const Box& box : lines[k].boxes) ((box.x1 <= gutter) ? left_boxes : right_boxes).push_back(box);
    }
    std::vector<PhysLine> left_lines = left_boxes.empty() ? std::vector<PhysLine>{} : GroupLines(left_boxes);
    std::vector<PhysLine> right_lines = right_boxes.empty() ? std::vector<PhysLine>{} : GroupLines(right_boxes);
    const auto prose = [&](const std::vector<PhysLine>& side, bool is_left) {
      if (side.size() < 3) return false;
      double edge = is_left ? -1e18 : 1e18;
      for (const PhysLine& line : side) edge = is_left ? std::max(edge, line.x1) : std::min(edge, line.x0);
      std::size_t good = 0;
      for (const PhysLine& line : side) {
        const bool aligned = is_left ? line.x1 >= edge - 3 * h : line.x0 <= edge + 1.5 * h;
        const bool wide = line.x1 - line.x0 >= 0.6 * (is_left ? gutter - left : right - gutter);
        good += line.segments.size() == 1 && aligned && wide ? 1 : 0;
      }
      return good * 10 >= side.size() * 6;
    };
    if (!prose(left_lines, true) || !prose(right_lines, false)) {
      for (std::size_t k = i; k < j; ++k) out.push_back(std::move(lines[k]));
    } else {
      for (PhysLine& line : left_lines) out.push_back(std::move(line));
      for (PhysLine& line : right_lines) out.push_back(std::move(line));
    }
    i = j;
  }
  return out;
}

// A label wrapped in a narrow first cell around its value, centred beside it ("项目名" /
// "粮食质量安全检验监测经费" / "称"): two short lines of words, one under the other at the same
// left edge, with a line between them that starts right of the label. One row of two cells.
void JoinLabelsAroundTheirValue(std::vector<PlacedLine>& placed) {
  const auto short_words = [](const PlacedLine& p) {
    return !p.line.is_table_row() && !p.line.text.empty() && CodePointCount(p.line.text) <= 4 &&
           p.line.text.find_first_of("0123456789") == std::string::npos;
  };
  std::vector<PlacedLine> out;
  for (std::size_t i = 0; i < placed.size(); ++i) {
    if (i + 2 < placed.size()) {
      const PlacedLine &a = placed[i], &v = placed[i + 1], &b = placed[i + 2];
      const double h = std::max(a.y1 - a.y0, 1.0);
      if (short_words(a) && short_words(b) && !v.line.is_table_row() && a.line.page == b.line.page &&
          v.line.page == a.line.page && std::abs(a.x0 - b.x0) < 0.5 * h && v.x0 > std::max(a.x1, b.x1) + 0.5 * h &&
          v.y0 >= a.y0 && v.y1 <= b.y1 && b.y0 - a.y1 < 2.5 * h) {
        PlacedLine row = a;
        row.line = MakeRow({a.line.text + b.line.text, v.line.text});
        row.line.page = a.line.page, row.line.number = a.line.number;
        row.x1 = std::max(v.x1, b.x1), row.y1 = b.y1;
        out.push_back(std::move(row));
        i += 2;
        continue;
      }
    }
    out.push_back(std::move(placed[i]));
  }
  placed = std::move(out);
}

// A footnote at a page's foot ("1注：金额单位为万元。") says what the line referring to it leaves out
// (a table's caption "…执行情况表¹", the mark drawn as a plain "1" after its last character): its
// text goes right after that line, as Word shows the note and as the DOCX reader reads it, the mark
// dropped. A footnote starts with its number and a character at once (no "1、" or "1." of a list)
// and is followed on its page by other footnotes only (or the page's number); its line refers to it when it ends with the
// same number right after a Chinese character.
void FootnotesToTheirReference(std::vector<PlacedLine>& lines) {
  const auto mark = [](std::string_view text) -> std::string_view {  // the footnote's leading number
    std::size_t digits = 0;
    while (digits < text.size() && digits < 2 && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
    if (digits == 0 || digits + 3 > text.size() || !IsIdeographLead(text[digits])) return {};
    return text.substr(0, digits);
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const TextLine& note = lines[i].line;
    const std::string_view number = note.is_table_row() ? std::string_view{} : mark(note.text);
    if (number.empty()) continue;
    bool foot = true;  // only footnotes after it on its page
    for (std::size_t k = i + 1; foot && k < lines.size() && lines[k].line.page == note.page; ++k) {
      foot = !lines[k].line.is_table_row() && (!mark(lines[k].line.text).empty() || IsPageNumberLine(lines[k].line.text));
    }
    if (!foot) continue;
    std::size_t ref = i;
    for (std::size_t k = i; k-- > 0 && lines[k].line.page == note.page;) {
      const std::string& text = lines[k].line.text;
      if (lines[k].line.is_table_row() || !text.ends_with(number) || text.size() < number.size() + 3) continue;
      if (IsIdeographLead(text[text.size() - number.size() - 3])) {
        ref = k;
        break;
      }
    }
    if (ref == i) continue;
    PlacedLine moved = std::move(lines[i]);
    moved.line.text.erase(0, number.size());
    lines[ref].line.text.resize(lines[ref].line.text.size() - number.size());
    lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(i));
    lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(ref + 1), std::move(moved));
  }
}

// A ruled table running on from the page before repeats its header at the top of the page (Word's
// repeated header rows): the repeat is dropped. A row the page break cut (a cell's last lines on
// the next page) is joined back: the first row there holds under half the cells the row before
// the break holds, each under one of them, and either its first cell is empty (a row's label is
// at its top) or it holds no figure (the rest of a header: 项目资金（万 / 元）; not a 总分 row).
void JoinRuledTablesAcrossPages(std::vector<std::vector<PhysLine>>& pages) {
  const std::vector<std::string>* header = nullptr;  // the last ruled table's first row
  for (std::size_t p = 0; p < pages.size(); ++p) {
    std::vector<PhysLine>& lines = pages[p];
    PhysLine* before = p > 0 && !pages[p - 1].empty() && pages[p - 1].back().ruled ? &pages[p - 1].back() : nullptr;
    if (before != nullptr && header != nullptr && !lines.empty() && lines.front().ruled && lines.front().ruled_first &&
        lines.front().ruled_cells == *header) {
      lines.erase(lines.begin());
      if (!lines.empty() && lines.front().ruled) lines.front().ruled_first = true;
    }
    if (before != nullptr && !lines.empty() && lines.front().ruled && lines.front().ruled_first) {
      PhysLine& rest = lines.front();
      const bool figures = std::any_of(rest.ruled_cells.begin(), rest.ruled_cells.end(), [](const std::string& c) { return IsFigure(c); });
      // (A header's rest may fill as many cells as its start: 年初 | 全年 over 预算数 | 预算数, each short.)
      const bool short_words = std::all_of(rest.ruled_cells.begin(), rest.ruled_cells.end(),
                                           [](const std::string& c) { return CodePointCount(c) <= 6; });
      bool under = rest.ruled_cells.size() == before->ruled_cells.size() && !rest.ruled_cells.empty() &&
                   (((rest.ruled_cells.front().empty() || !figures) && FilledCells(rest.ruled_cells) * 2 < FilledCells(before->ruled_cells)) ||
                    (!figures && short_words));
      for (std::size_t c = 0; under && c < rest.ruled_cells.size(); ++c) {
        under = rest.ruled_cells[c].empty() || !before->ruled_cells[c].empty();
      }
      if (under) {
        for (std::size_t c = 0; c < rest.ruled_cells.size(); ++c) AppendLine(before->ruled_cells[c], rest.ruled_cells[c]);
        lines.erase(lines.begin());
      }
    }
    for (const PhysLine& line : lines) {
      if (line.ruled && line.ruled_first) header = &line.ruled_cells;
    }
  }
}

// Numbers each page's lines from 1, then lays them out: tables become rows, the rest plain text.
std::vector<PlacedLine> Place(std::vector<PhysLine> lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    lines[i].number = i > 0 && lines[i - 1].page == lines[i].page ? lines[i - 1].number + 1 : 1;
  }
  std::vector<PlacedLine> out;
  for (LayoutItem& item : FindTables(lines)) {
    PlacedLine& placed = out.emplace_back();
    if (item.is_row()) {
      TableRow& row = item.row;
      placed.line = MakeRow(std::move(row.cells));
      placed.line.page = row.page, placed.line.number = row.number;
      placed.x0 = row.x0, placed.y0 = row.y0, placed.x1 = row.x1, placed.y1 = row.y1;
      continue;
    }
    const PhysLine& line = lines[item.line];
    placed.line.text = PlainText(line);
    placed.line.page = line.page, placed.line.number = line.number;
    placed.x0 = line.x0, placed.y0 = line.y0, placed.x1 = line.x1, placed.y1 = line.y1;
    placed.first_unit_width = line.first_unit_width;
  }
  JoinLabelsAroundTheirValue(out);
  return out;
}

bool IsChineseNumeral(char32_t c) {
  return std::u32string_view(U"一二三四五六七八九十百零〇").find(c) != std::u32string_view::npos;
}

bool EndsSentence(std::string_view text) {
  for (std::string_view end : {"。", "；", "！", "？", "：", ";", "!", "?"}) {
    if (text.ends_with(end)) return true;
  }
  return false;
}

// "…绩效自评报告" over "一、部门基本情况": a title's last words, no sentence to go on.
bool EndsTitle(std::string_view text) {
  for (std::string_view end : {"报告", "自评表", "评价表", "情况表"}) {
    if (text.ends_with(end)) return true;
  }
  return false;
}

// The right edge of the text block: the median end of the long lines. Not the maximum, which
// hanging punctuation (a final "，" allowed into the margin) pushes out.
double RightEdge(const std::vector<PlacedLine>& lines, double left) {
  std::vector<double> ends;
  for (const PlacedLine& placed : lines) {
    // Paragraph lines only: a unit set right above a table (单位：万元) may stand out farther.
    const double height = std::max(placed.y1 - placed.y0, 1.0);
    if (!placed.line.is_table_row() && placed.x0 <= left + 3 * height) ends.push_back(placed.x1);
  }
  if (ends.empty()) return 0;
  const double longest = *std::max_element(ends.begin(), ends.end());
  std::erase_if(ends, [&](double end) { return end < left + 0.9 * (longest - left); });
  std::nth_element(ends.begin(), ends.begin() + ends.size() / 2, ends.end());
  return ends[ends.size() / 2];
}

}  // namespace

bool StartsNewItem(std::string_view text) {
  std::size_t pos = 0;
  char32_t c = NextCodePoint(text, pos);
  const bool bracket = c == U'（' || c == U'(';
  if (bracket) c = pos < text.size() ? NextCodePoint(text, pos) : 0;
  const bool digit = c >= '0' && c <= '9';
  if (!digit && !IsChineseNumeral(c)) return false;
  while (pos < text.size()) {
    const std::size_t before = pos;
    c = NextCodePoint(text, pos);
    if ((c >= '0' && c <= '9') || IsChineseNumeral(c)) continue;
    if (bracket) return c == U'）' || c == ')';
    if (c == U'、') return true;
    // "3." but not "3.5"
    return digit && c == '.' && (pos >= text.size() || !std::isdigit(static_cast<unsigned char>(text[pos]))) &&
           before > 0;
  }
  return false;
}


bool IsPageNumberLine(std::string_view raw) {
  std::string text;
  for (char c : FoldFullWidth(raw)) {
    if (c != ' ' && c != '\t') text += c;
  }
  std::string_view rest = text;
  for (std::string_view dash : {"—", "–", "－", "―", "-", "·"}) {
    while (rest.starts_with(dash)) rest.remove_prefix(dash.size());
    while (rest.ends_with(dash)) rest.remove_suffix(dash.size());
  }
  std::string shape;  // digits collapsed to one 'N'
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(rest[i]))) {
      if (shape.empty() || shape.back() != 'N') shape += 'N';
    } else {
      shape += rest[i];
    }
  }
  return shape == "N" || shape == "第N页" || shape == "第N页共N页" || shape == "共N页第N页" || shape == "N/N" ||
         shape == "PageN" || shape == "PageNofN";
}

std::vector<PlacedLine> LayoutPage(std::vector<Box> boxes, int page) {
  std::vector<PhysLine> lines = ReadingOrder(PageLines(std::move(boxes), {}, page));
  for (PhysLine& line : lines) line.page = page;
  return Place(std::move(lines));
}

std::vector<PlacedLine> LayoutDocument(std::vector<PageBoxes> pages) {
  std::vector<std::vector<PhysLine>> page_lines;
  std::vector<double> heights;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    page_lines.push_back(PageLines(std::move(pages[i].boxes), pages[i].rules, static_cast<int>(i + 1)));
    heights.push_back(pages[i].height);
  }
  DropRunningLines(page_lines, heights);
  JoinRuledTablesAcrossPages(page_lines);
  std::vector<PhysLine> lines;
  for (std::size_t i = 0; i < page_lines.size(); ++i) {
    for (PhysLine& line : ReadingOrder(std::move(page_lines[i]))) {
      line.page = static_cast<int>(i + 1);
      lines.push_back(std::move(line));
    }
  }
  std::vector<PlacedLine> placed = Place(std::move(lines));
  FootnotesToTheirReference(placed);
  return placed;
}

std::vector<TextLine> JoinWrappedLines(std::vector<PlacedLine> lines) {
  double left = 1e9;
  for (const PlacedLine& placed : lines) {
    if (!placed.line.is_table_row()) left = std::min(left, placed.x0);
  }
  const double right = RightEdge(lines, left);
  // Lines set at a wide pitch (an official document's fixed 28-point lines, 1.5 spacing) are
  // as far apart within a paragraph as its lines usually are: the text's own pitch is close too.
  std::vector<double> gaps;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const PlacedLine& a = lines[i - 1];
    const PlacedLine& b = lines[i];
    if (a.line.is_table_row() || b.line.is_table_row() || a.line.page != b.line.page) continue;
    gaps.push_back((b.y0 - a.y1) / std::max(b.y1 - b.y0, 1.0));
  }
  double close_lines = kCloseLines;
  if (gaps.size() >= 4) {
    std::nth_element(gaps.begin(), gaps.begin() + static_cast<std::ptrdiff_t>(gaps.size() / 2), gaps.end());
    close_lines = std::max(close_lines, std::min(gaps[gaps.size() / 2] + 0.15, 1.5));
  }
  std::vector<TextLine> out;
  struct Previous {
    bool row = true;  // nothing to join to yet
    int page = 0;
    double x0 = 0, x1 = 0, y1 = 0, height = 0;
  } previous;
  for (PlacedLine& placed : lines) {
    const double height = std::max(placed.y1 - placed.y0, 1.0);
    const double unit = placed.first_unit_width > 0 ? placed.first_unit_width : 0.8 * height;
    const bool row = placed.line.is_table_row();
    const bool joinable =
        !previous.row && !row && !out.back().text.empty() && !placed.line.text.empty() &&
        placed.x0 <= left + 0.5 * height && previous.x1 + unit > right + 0.15 * height &&
        previous.x0 <= left + 4 * height &&  // not a centred title that happens to be long
        !((EndsSentence(out.back().text) || EndsTitle(out.back().text)) && StartsNewItem(placed.line.text)) &&
        (placed.line.page != previous.page || placed.y0 - previous.y1 <= kCloseLines * height ||
         // (At the text's own wide pitch only a line that ends no sentence goes on: paragraphs set
         // at that pitch too, "…2600余宗。" over "取得的成绩：…", stay apart.)
         (placed.y0 - previous.y1 <= close_lines * height && !EndsSentence(out.back().text))) &&
        std::abs(height - previous.height) <= 0.2 * std::max(height, previous.height);  // a heading's size ends it
    previous = {row, placed.line.page, placed.x0, placed.x1, placed.y1, height};
    if (!joinable) {
      out.push_back(std::move(placed.line));
      continue;
    }
    TextLine& target = out.back();
    const bool words = std::isalpha(static_cast<unsigned char>(target.text.back())) &&
                       std::isalpha(static_cast<unsigned char>(placed.line.text.front()));
    if (words) target.text += ' ';
    target.wraps.push_back({target.text.size(), placed.line.page, placed.line.number});
    target.text += placed.line.text;
  }
  return out;
}

}  // namespace jixiao::pdf
