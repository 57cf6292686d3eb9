#include "ingest/read/pdf_layout.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "base/text.h"

namespace jixiao::pdf {
namespace {

// Thresholds in units of the line height (the box height, about 1.3 × the font size).
constexpr double kSameLine = 0.35;       // centre distance for words on one baseline
constexpr double kSegmentGap = 0.5;      // a wider gap separates segments (cells, tab stops)
constexpr double kTabGap = 1.5;          // in plain text, a segment gap this wide becomes '\t'
constexpr double kTightGap = 0.3;        // CJK/Latin auto-spacing is narrower than this
constexpr double kCloseLines = 0.6;      // vertical gap between lines of one block
constexpr double kColumnTolerance = 0.25;

struct Segment {
  double x0 = 0, x1 = 0;
  std::string text;
};

struct PhysLine {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double first_unit_width = 0;
  std::vector<Segment> segments;  // boxes joined where the gap is small
  std::vector<Box> boxes;         // left to right
  double height() const { return std::max(y1 - y0, 1.0); }
};

bool IsAscii(unsigned char c) { return c < 0x80; }

// Appends a word to a segment, with a space when the gap or poppler says there is one.
void AppendWord(Segment& segment, const Box& previous, const Box& box, double height) {
  const double gap = box.x0 - previous.x1;
  const bool both_ascii = IsAscii(segment.text.back()) && IsAscii(box.text.front());
  const bool tight = gap < kTightGap * height && !both_ascii;
  if (!tight && (previous.space_after || gap > 0.15 * height)) segment.text += ' ';
  segment.text += box.text;
  segment.x1 = box.x1;
}

PhysLine MakeLine(std::vector<Box>& boxes) {
  std::sort(boxes.begin(), boxes.end(), [](const Box& a, const Box& b) { return a.x0 < b.x0; });
  PhysLine line;
  line.x0 = boxes.front().x0, line.x1 = boxes.back().x1;
  line.y0 = boxes.front().y0, line.y1 = boxes.front().y1;
  for (const Box& box : boxes) line.y0 = std::min(line.y0, box.y0), line.y1 = std::max(line.y1, box.y1);
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

// ---- Tables: rows are lines whose segments fall into the columns of the first row. --------

struct Table {
  std::vector<double> starts;  // column start x, from the first row
  double tolerance = 0;
};

int ColumnOf(const Table& table, double x) {
  int column = -1;
  for (std::size_t k = 0; k < table.starts.size(); ++k) {
    if (table.starts[k] <= x + table.tolerance) column = static_cast<int>(k);
  }
  return column;
}

// The line's words grouped by table column, left to right; nullopt unless the columns are
// increasing. Words of one column join like words of a segment.
std::optional<std::vector<std::pair<int, Segment>>> Cells(const Table& table, const PhysLine& line) {
  std::vector<std::pair<int, Segment>> cells;
  for (std::size_t i = 0; i < line.boxes.size(); ++i) {
    const Box& box = line.boxes[i];
    const int column = ColumnOf(table, box.x0);
    if (column < 0 || (!cells.empty() && column < cells.back().first)) return std::nullopt;
    if (!cells.empty() && column == cells.back().first) {
      AppendWord(cells.back().second, line.boxes[i - 1], box, line.height());
    } else {
      cells.push_back({column, Segment{box.x0, box.x1, box.text}});
    }
  }
  return cells;
}

bool Close(const PhysLine& upper, const PhysLine& lower) {
  return lower.y0 - upper.y1 <= kCloseLines * upper.height();
}

bool IsRow(const Table& table, const PhysLine& line) {
  const auto cells = Cells(table, line);
  return cells && cells->size() >= 2 && cells->front().first == 0 && line.segments.size() <= table.starts.size();
}

bool IsContinuation(const Table& table, const PhysLine& line) {
  const auto cells = Cells(table, line);
  return cells && !cells->empty() && cells->front().first >= 1;
}

Table TableFrom(const PhysLine& line) {
  Table table;
  for (const Segment& segment : line.segments) table.starts.push_back(segment.x0);
  table.tolerance = kColumnTolerance * line.height();
  return table;
}

// Does a table start at lines[i]: another row follows, after continuation lines only?
bool StartsTable(const std::vector<PhysLine>& lines, std::size_t i) {
  if (lines[i].segments.size() < 2) return false;
  const Table table = TableFrom(lines[i]);
  for (std::size_t j = i + 1; j < lines.size() && Close(lines[j - 1], lines[j]); ++j) {
    if (IsRow(table, lines[j])) return lines[j].segments.size() == lines[i].segments.size();
    if (!IsContinuation(table, lines[j])) return false;
  }
  return false;
}

class PageBuilder {
 public:
  explicit PageBuilder(int page) : page_(page) {}

  void Add(const PhysLine& line, int number) {
    const bool in_table = !table_.starts.empty() && Close(last_, line);
    if (in_table && IsRow(table_, line)) return Row(line, number);
    if (in_table && IsContinuation(table_, line)) return Continue(line);
    Flush();
    table_ = {};
    if (starts_table_) {
      table_ = TableFrom(line);
      return Row(line, number);
    }
    PlacedLine& placed = Place(line, number);
    placed.line.text = PlainText(line);
    last_ = line;
  }

  void set_starts_table(bool starts) { starts_table_ = starts; }

  std::vector<PlacedLine> Finish() {
    Flush();
    return std::move(out_);
  }

 private:
  PlacedLine& Place(const PhysLine& line, int number) {
    PlacedLine& placed = out_.emplace_back();
    placed.line.page = page_, placed.line.number = number;
    placed.x0 = line.x0, placed.y0 = line.y0, placed.x1 = line.x1, placed.y1 = line.y1;
    placed.first_unit_width = line.first_unit_width;
    return placed;
  }

  void Row(const PhysLine& line, int number) {
    Flush();
    Place(line, number);
    cells_.assign(table_.starts.size(), "");
    Continue(line);
  }

  void Continue(const PhysLine& line) {
    const auto cells = Cells(table_, line);
    if (!cells) return;
    for (const auto& [column, segment] : *cells) {
      std::string& cell = cells_[static_cast<std::size_t>(column)];
      const bool wide = !cell.empty() && !IsAscii(cell.back()) && !IsAscii(segment.text.front());
      if (!cell.empty() && !wide) cell += ' ';
      cell += segment.text;
    }
    out_.back().y1 = line.y1;
    last_ = line;
  }

  void Flush() {
    if (cells_.empty()) return;
    TextLine row = MakeRow(std::move(cells_));
    out_.back().line.text = std::move(row.text);
    out_.back().line.cells = std::move(row.cells);
    cells_.clear();
  }

  int page_;
  bool starts_table_ = false;
  Table table_;
  PhysLine last_;
  std::vector<std::string> cells_;  // the row being built
  std::vector<PlacedLine> out_;
};

bool IsChineseNumeral(char32_t c) {
  return std::u32string_view(U"一二三四五六七八九十百零〇").find(c) != std::u32string_view::npos;
}

// "（3）", "(一)", "3.", "3、", "一、": the start of a numbered item or heading.
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

bool EndsSentence(std::string_view text) {
  for (std::string_view end : {"。", "；", "！", "？", "：", ";", "!", "?"}) {
    if (text.ends_with(end)) return true;
  }
  return false;
}

// The right edge of the text block: the median end of the long lines. Not the maximum, which
// hanging punctuation (a final "，" allowed into the margin) pushes out.
double RightEdge(const std::vector<PlacedLine>& lines, double left) {
  std::vector<double> ends;
  for (const PlacedLine& placed : lines) {
    if (!placed.line.is_table_row()) ends.push_back(placed.x1);
  }
  if (ends.empty()) return 0;
  const double longest = *std::max_element(ends.begin(), ends.end());
  std::erase_if(ends, [&](double end) { return end < left + 0.9 * (longest - left); });
  std::nth_element(ends.begin(), ends.begin() + ends.size() / 2, ends.end());
  return ends[ends.size() / 2];
}

}  // namespace

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
  std::erase_if(boxes, [](const Box& box) { return Trim(box.text).empty(); });
  std::vector<PhysLine> lines = GroupLines(std::move(boxes));
  const auto is_page_number = [](const PhysLine& line) {
    return line.segments.size() <= 3 && IsPageNumberLine(PlainText(line));
  };
  if (!lines.empty() && is_page_number(lines.back())) lines.pop_back();
  if (!lines.empty() && is_page_number(lines.front())) lines.erase(lines.begin());
  PageBuilder builder(page);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    builder.set_starts_table(StartsTable(lines, i));
    builder.Add(lines[i], static_cast<int>(i + 1));
  }
  return builder.Finish();
}

std::vector<TextLine> JoinWrappedLines(std::vector<PlacedLine> lines) {
  double left = 1e9;
  for (const PlacedLine& placed : lines) {
    if (!placed.line.is_table_row()) left = std::min(left, placed.x0);
  }
  const double right = RightEdge(lines, left);
  std::vector<TextLine> out;
  struct Previous {
    bool row = true;  // nothing to join to yet
    int page = 0;
    double x1 = 0, y1 = 0;
  } previous;
  for (PlacedLine& placed : lines) {
    const double height = std::max(placed.y1 - placed.y0, 1.0);
    const double unit = placed.first_unit_width > 0 ? placed.first_unit_width : 0.8 * height;
    const bool row = placed.line.is_table_row();
    const bool joinable =
        !previous.row && !row && !out.back().text.empty() && !placed.line.text.empty() &&
        placed.x0 <= left + 0.5 * height && previous.x1 + unit > right + 0.15 * height &&
        !(EndsSentence(out.back().text) && StartsNewItem(placed.line.text)) &&
        (placed.line.page != previous.page || placed.y0 - previous.y1 <= kCloseLines * height);
    previous = {row, placed.line.page, placed.x1, placed.y1};
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
