#include "ingest/parse/paragraphs.h"

#include <algorithm>

#include "ingest/parse/headings.h"
#include "ingest/parse/scan.h"

namespace jixiao::parse {
namespace {

// SpanAt's cut for excerpts.
constexpr std::size_t kMaxExcerptBytes = 240;
// Lines at least this long take part in detecting a hard-wrapped layout.
constexpr std::size_t kMinWrapChars = 15;

struct LineInfo {
  std::string_view text;  // trimmed
  std::size_t offset = 0;     // of `text` in the line
  std::size_t raw_chars = 0;  // of the whole line, indentation included
};

LineInfo Inspect(const TextLine& line) {
  LineInfo info;
  const std::string_view raw = line.text;
  info.text = TrimSpace(raw);
  info.offset = info.text.empty() ? 0 : static_cast<std::size_t>(info.text.data() - raw.data());
  info.raw_chars = CharCount(raw);
  return info;
}

// The width of a hard-wrapped layout (most lines of one length), 0 when there is none.
std::size_t WrapWidth(const std::vector<LineInfo>& lines) {
  std::size_t widest = 0;
  for (const LineInfo& info : lines) widest = std::max(widest, info.raw_chars);
  if (widest < kMinWrapChars) return 0;
  std::vector<int> counts(widest + 1, 0);  // lines per width, long lines only
  int long_lines = 0;
  for (const LineInfo& info : lines) {
    if (info.raw_chars < kMinWrapChars) continue;
    ++long_lines;
    ++counts[info.raw_chars];
  }
  std::size_t best = 0;
  int best_count = 0;
  for (std::size_t width = kMinWrapChars; width <= widest; ++width) {
    if (counts[width] >= best_count && counts[width] > 0) best = width, best_count = counts[width];
  }
  // Lines one character short of the width (a closing mark pushed over) count as full too.
  best_count += counts[best - 1];
  return best_count >= 3 && best_count * 10 >= long_lines * 3 ? best : 0;
}

bool IsPipeCell(std::string_view text) { return EndsWith(text, "|") || EndsWith(text, "｜"); }

// A table row written as text, "经济分类 |金额（元） |占比 |": a pipe cell with pipes inside.
bool IsClosedPipeRow(std::string_view text) {
  if (!IsPipeCell(text)) return false;
  std::size_t len = 0;
  CodePointBefore(text, text.size(), &len);
  const std::string_view inner = text.substr(0, text.size() - len);
  return inner.find('|') != std::string_view::npos || Find(inner, "｜") != std::string_view::npos;
}

bool StartsWithPipe(std::string_view text) {
  const std::string_view trimmed = TrimSpace(text);
  return StartsWith(trimmed, "|") || StartsWith(trimmed, "｜");
}

// A Markdown row cut short by the end of a page's excerpt, "| 产出指标 | 数量指标 | 会议培训 | ≥ | 1": it
// opens with a pipe and has cells after it, though no pipe closes it.
bool IsOpenPipeRow(std::string_view text) {
  if (!StartsWithPipe(text)) return false;
  std::size_t pipes = 0, pos = 0, len = 0;
  while (pos < text.size() && pipes < 3) {
    const char32_t cp = CodePointAt(text, pos, &len);
    if (cp == U'|' || cp == U'｜') ++pipes;
    pos += len;
  }
  return pipes >= 3;
}

}  // namespace

bool IsPipeRow(std::string_view text) { return IsClosedPipeRow(text) || IsOpenPipeRow(text); }

std::vector<bool> ClosingPipeRows(const TextDocument& document) {
  std::vector<bool> closing(document.lines.size(), false);
  for (std::size_t i = 0; i < document.lines.size();) {
    std::size_t end = i;
    bool opens_with_cell = false;
    for (; end < document.lines.size(); ++end) {
      const std::string_view text = TrimSpace(document.lines[end].text);
      if (document.lines[end].is_table_row() || text.find('|') == std::string_view::npos || !IsPipeRow(text)) break;
      opens_with_cell = opens_with_cell || (IsClosedPipeRow(text) && !StartsWithPipe(text));
    }
    for (std::size_t k = i; k < end; ++k) closing[k] = opens_with_cell;
    i = std::max(end, i + 1);
  }
  return closing;
}

// The cells of a pipe row, as views into `text` (the last pipe closes the last cell; a pipe
// opening the row, as in Markdown "| a | b |", opens the first). In a table written with closing
// pipes only ("预算执行情况 | 年初预算 | 得分 |"), `opening_pipe_opens` is false: a row starting with a
// pipe there starts with an empty cell (a merged cell's continuation, "| 总额 | 5.00 |").
std::vector<std::string_view> PipeCells(std::string_view text, bool opening_pipe_opens, bool keep_closing_empties) {
  std::vector<std::string_view> cells;
  std::size_t start = 0, pos = 0, len = 0;
  bool opening = opening_pipe_opens;  // nothing but spaces before this pipe on the row
  while (pos < text.size()) {
    const char32_t cp = CodePointAt(text, pos, &len);
    if (cp == U'|' || cp == U'｜') {
      const std::string_view cell = TrimSpace(text.substr(start, pos - start));
      if (!(opening && cell.empty())) cells.emplace_back(cell);
      opening = false;
      start = pos + len;
    }
    pos += len;
  }
  const std::string_view rest = TrimSpace(text.substr(std::min(start, text.size())));
  if (!rest.empty()) cells.emplace_back(rest);
  // Empty cells closing a row written without an opening pipe ("原因 | ||", a web page's spanned
  // cells) place nothing: a header ending so is as wide as its named columns. A Markdown row
  // ("| 合计 | 100 | |") keeps its empty cells, each a column.
  const bool markdown = keep_closing_empties || (opening_pipe_opens && StartsWithPipe(text));
  while (!markdown && !cells.empty() && cells.back().empty()) cells.pop_back();
  return cells;
}

namespace {

// "| --- | :---: |": the rule under a Markdown table's header, no row.
bool IsMarkdownRule(std::string_view text) {
  return text.find('-') != std::string_view::npos && text.find_first_not_of("|-: ") == std::string_view::npos;
}

Paragraph PipeRowParagraph(std::string_view text, std::size_t line, std::size_t offset, bool opening_pipe_opens) {
  Paragraph p;
  p.kind = ParagraphKind::kTableRow;
  p.text = text;
  p.cells = PipeCells(text, opening_pipe_opens);
  p.pieces.push_back({0, line, offset});
  return p;
}

bool EndsWithClauseLink(std::string_view text) {
  const char32_t cp = CodePointBefore(text, text.size());
  return cp == U'，' || cp == U'、' || cp == U',' || cp == U'（' || cp == U'“';
}

// Whether `next` continues the paragraph whose last line is `previous`.
bool Continues(const LineInfo& previous, const LineInfo& next, std::size_t wrap_width) {
  if (EndsSentence(previous.text) || ReadHeadingMarker(next.text).found()) return false;
  // A full line of a hard-wrapped layout goes on whatever the next one looks like
  // ("…平台" + "提供服务的满意度：100%" is not a new label).
  if (wrap_width > 0 && previous.raw_chars + 1 >= wrap_width) return true;
  return EndsWithClauseLink(previous.text) && LabelLength(next.text) == 0;
}

// The end of the text paragraph that starts at line `first`: the lines after it that
// continue it are [first + 1, end).
std::size_t ContinuationEnd(const TextDocument& document, const std::vector<LineInfo>& infos, std::size_t first,
                            std::size_t wrap_width) {
  std::size_t end = first + 1;
  while (end < infos.size() && !document.lines[end].is_table_row() && !infos[end].text.empty() &&
         !IsPipeCell(infos[end].text) && Continues(infos[end - 1], infos[end], wrap_width)) {
    ++end;
  }
  return end;
}

// A text paragraph of lines [first, end): views its line, or owns the lines joined.
Paragraph TextParagraph(const std::vector<LineInfo>& infos, std::size_t first, std::size_t end) {
  Paragraph p;
  p.text = infos[first].text;
  p.pieces.push_back({0, first, infos[first].offset});
  if (end == first + 1) return p;
  std::size_t bytes = 0;
  for (std::size_t i = first + 1; i < end; ++i) bytes += infos[i].text.size();
  p.Reserve(bytes, end - first - 1);
  for (std::size_t i = first + 1; i < end; ++i) p.Append(infos[i].text, i, infos[i].offset);
  return p;
}

Paragraph CellParagraph(std::string_view text, std::size_t line, std::size_t offset) {
  Paragraph p;
  p.kind = ParagraphKind::kCell;
  std::size_t len = 0;
  CodePointBefore(text, text.size(), &len);
  p.text = TrimSpace(text.substr(0, text.size() - len));
  p.pieces.push_back({0, line, offset});
  return p;
}

Paragraph RowParagraph(const TextLine& line, std::size_t index) {
  Paragraph p;
  p.kind = ParagraphKind::kTableRow;
  p.text = line.text;
  for (const std::string& cell : line.cells) p.cells.push_back(TrimSpace(cell));
  p.pieces.push_back({0, index, 0});
  return p;
}

}  // namespace

void ParagraphPieces::push_back(const ParagraphPiece& piece) {
  if (size_ == 0) {
    first_ = piece;
  } else {
    rest_.push_back(piece);
  }
  ++size_;
}

void ParagraphPieces::reserve_more(std::size_t more) {
  const std::size_t rest = size_ + more - (size_ + more > 0 ? 1 : 0);
  rest_.reserve(rest);
}

void Paragraph::Grow(std::size_t capacity) {
  auto buffer = std::make_unique_for_overwrite<char[]>(capacity);
  std::copy(text.begin(), text.end(), buffer.get());
  joined_ = std::move(buffer);
  capacity_ = capacity;
  text = std::string_view(joined_.get(), text.size());
}

void Paragraph::Reserve(std::size_t bytes, std::size_t more_pieces) {
  if (text.size() + bytes > capacity_) Grow(text.size() + bytes);
  pieces.reserve_more(more_pieces);
}

void Paragraph::AppendText(std::string_view more) {
  const std::size_t size = text.size() + more.size();
  if (size > capacity_) Grow(std::max(size, 2 * capacity_));
  std::copy(more.begin(), more.end(), joined_.get() + text.size());
  text = std::string_view(joined_.get(), size);
}

void Paragraph::Append(std::string_view more, std::size_t line, std::size_t line_offset) {
  pieces.push_back({text.size(), line, line_offset});
  AppendText(more);
}

void Paragraph::Append(const Paragraph& more) {
  Reserve(more.text.size(), more.pieces.size());
  for (std::size_t k = 0; k < more.pieces.size(); ++k) {
    Piece piece = more.pieces[k];
    piece.offset += text.size();
    pieces.push_back(piece);
  }
  AppendText(more.text);
}

bool EndsSentence(std::string_view line) {
  line = TrimTrailing(line, "”’\"」）)");
  const char32_t cp = CodePointBefore(line, line.size());
  return IsSentenceEnd(cp) || cp == U'：' || cp == U':';
}

std::vector<Paragraph> BuildParagraphs(const TextDocument& document) {
  std::vector<LineInfo> infos;
  infos.reserve(document.lines.size());
  for (const TextLine& line : document.lines) infos.push_back(Inspect(line));
  const std::size_t wrap_width = WrapWidth(infos);

  std::vector<Paragraph> out;
  out.reserve(infos.size());
  bool blank = false;
  const std::vector<bool> closing_pipes = ClosingPipeRows(document);
  for (std::size_t i = 0; i < infos.size(); ++i) {
    const LineInfo& info = infos[i];
    const TextLine& line = document.lines[i];
    if (line.is_table_row()) {
      out.push_back(RowParagraph(line, i));
    } else if (info.text.empty()) {
      blank = true;
      continue;
    } else if (IsMarkdownRule(info.text)) {
      continue;
    } else if (IsPipeCell(info.text) || IsOpenPipeRow(info.text)) {
      out.push_back(IsPipeRow(info.text) ? PipeRowParagraph(info.text, i, info.offset, !closing_pipes[i])
                        : CellParagraph(info.text, i, info.offset));
    } else {
      const std::size_t end = ContinuationEnd(document, infos, i, wrap_width);
      out.push_back(TextParagraph(infos, i, end));
      i = end - 1;
    }
    out.back().follows_blank = blank;
    blank = false;
  }
  return out;
}

std::optional<LinePlace> ParagraphPlace(const TextDocument& document, const Paragraph& paragraph, std::size_t offset,
                                        std::size_t length) {
  if (paragraph.pieces.empty()) return std::nullopt;
  // The last piece starting at or before `offset` (the first when none does).
  std::size_t k = 1;
  while (k < paragraph.pieces.size() && paragraph.pieces[k].offset <= offset) ++k;
  const Paragraph::Piece& piece = paragraph.pieces[k - 1];
  const std::size_t start = piece.line_offset + (offset - std::min(offset, piece.offset));
  const std::string& line_text = document.lines[piece.line].text;
  if (length == 0) length = paragraph.text.size() - std::min(offset, paragraph.text.size());
  length = std::min(length, line_text.size() - std::min(start, line_text.size()));
  return LinePlace{piece.line, start, length == 0 ? 1 : length};
}

SourceSpan ParagraphSpan(const TextDocument& document, const Paragraph& paragraph, std::size_t offset,
                         std::size_t length) {
  const std::optional<LinePlace> place = ParagraphPlace(document, paragraph, offset, length);
  return place ? SpanOf(document, place->line, place->offset, place->length) : SourceSpan{};
}

SourceSpan SpanOf(const TextDocument& document, std::size_t line_index, std::size_t byte_offset,
                  std::size_t length) {
  const TextLine& line = document.lines[line_index];
  if (!line.wraps.empty()) return SpanAt(document, line_index, byte_offset, length);
  SourceSpan span;
  const std::string_view text = line.text;
  byte_offset = std::min(byte_offset, text.size());
  span.line = line.number, span.page = line.page, span.paragraph = line.paragraph;
  span.column = line.column + static_cast<int>(CharCount(text.substr(0, byte_offset)));
  std::string_view excerpt = text.substr(byte_offset, length);
  if (excerpt.size() > kMaxExcerptBytes) {
    std::size_t cut = kMaxExcerptBytes;
    while (cut > 0 && (static_cast<unsigned char>(excerpt[cut]) & 0xC0) == 0x80) --cut;
    excerpt = excerpt.substr(0, cut);
  }
  span.excerpt = std::string(excerpt);
  return span;
}

}  // namespace jixiao::parse
