// Paragraphs for the report parser: the lines of a TextDocument regrouped so that text split
// across lines (PDF wraps, hard-wrapped TXT) reads as one paragraph, while headings, "label："
// openers, table rows and one-cell-per-line table layouts ("238.93 |") stay separate. Every
// paragraph maps its byte offsets back to source lines for provenance. A text line of
// pipe-separated cells ("经济分类 |金额（元） |占比 |") is a table row.
#pragma once

#include <cstddef>
#include <optional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/evaluation.h"
#include "ingest/read/positioned_text.h"

namespace jixiao::parse {

enum class ParagraphKind {
  kText,      // running text, possibly joined from several lines
  kTableRow,  // a table row (a reader's, or pipe-separated text): `cells` holds its cells
  kCell,      // one table cell on its own line ("251.89 |"); `text` is the cell without "|"
};

// Where a joined line starts in a paragraph: text[offset..] came from lines[line] at
// line_offset.
struct ParagraphPiece {
  std::size_t offset = 0;
  std::size_t line = 0;
  std::size_t line_offset = 0;
};

// The pieces of one paragraph, in text order. Most paragraphs come from one line, so the
// first piece is stored inline and only joined paragraphs allocate.
class ParagraphPieces {
 public:
  void push_back(const ParagraphPiece& piece);
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const ParagraphPiece& operator[](std::size_t i) const { return i == 0 ? first_ : rest_[i - 1]; }
  // Makes room for `more` pieces after the current ones.
  void reserve_more(std::size_t more);

 private:
  ParagraphPiece first_;
  std::vector<ParagraphPiece> rest_;  // pieces after the first
  std::size_t size_ = 0;
};

// A paragraph views the document's own line text; only a paragraph joined from several
// lines owns a copy (heap-held, so `text` stays valid when the paragraph moves). The
// document must outlive its paragraphs. Paragraphs move but do not copy.
struct Paragraph {
  using Piece = ParagraphPiece;

  ParagraphKind kind = ParagraphKind::kText;
  std::string_view text;                // trimmed; for rows, the cells joined by '\t'
  std::vector<std::string_view> cells;  // kTableRow only, each trimmed, views like `text`
  ParagraphPieces pieces;
  bool follows_blank = false;  // an empty line came before it

  // Makes room for `bytes` more text and `more_pieces` more pieces, so that the appends
  // that follow allocate nothing.
  void Reserve(std::size_t bytes, std::size_t more_pieces);
  // Appends `more` (copying the text into owned storage) and records where it came from.
  void Append(std::string_view more, std::size_t line, std::size_t line_offset);
  // Appends another paragraph's text and pieces (a wrapped title's lines).
  void Append(const Paragraph& more);

 private:
  // The owned text once lines are joined: `text` views its first text.size() bytes.
  std::unique_ptr<char[]> joined_;
  std::size_t capacity_ = 0;  // of joined_
  void Grow(std::size_t capacity);
  void AppendText(std::string_view more);
};

// A table written as text with pipes. In Markdown ("| a | b |") a pipe opening a row opens its
// first cell; in a table written with closing pipes only ("预算执行情况 | 年初预算 | 得分 |", a
// form's OCR export) a row starting with a pipe starts with an empty cell ("| 总额 | 5.00 |", a
// merged cell's continuation). For each line of `document`: whether it is a pipe row of a run
// of such rows in which some row opens with a cell — a table of closing pipes.
std::vector<bool> ClosingPipeRows(const TextDocument& document);
// The cells of a pipe row, as views into `text`, empty cells included (see ClosingPipeRows for
// `opening_pipe_opens`). Empty cells closing a row of closing pipes are dropped unless
// `keep_closing_empties` (a reader binding cells by column counts them).
std::vector<std::string_view> PipeCells(std::string_view text, bool opening_pipe_opens,
                                        bool keep_closing_empties = false);
// Whether `text` is a row of pipe-separated cells: it ends with a pipe and has another inside,
// or it opens with one and has three (a Markdown row cut short: "| 产出指标 | 数量指标 | 1").
bool IsPipeRow(std::string_view text);

// Groups the document's lines into paragraphs (see the header comment for the rules).
std::vector<Paragraph> BuildParagraphs(const TextDocument& document);

// Where text[offset, offset + length) of `paragraph` starts in the document (length 0: the
// whole text from offset): its line, the byte offset there, and the bytes it covers on that line.
struct LinePlace {
  std::size_t line = 0, offset = 0, length = 0;
};
std::optional<LinePlace> ParagraphPlace(const TextDocument& document, const Paragraph& paragraph, std::size_t offset,
                                        std::size_t length);

// The source span of text[offset, offset + length) of `paragraph` (length 0: the whole text
// from offset).
SourceSpan ParagraphSpan(const TextDocument& document, const Paragraph& paragraph,
                         std::size_t offset, std::size_t length);

// SpanAt (positioned_text.h) for an unwrapped line, with a faster column count; wrapped PDF
// lines go to SpanAt itself.
SourceSpan SpanOf(const TextDocument& document, std::size_t line_index, std::size_t byte_offset,
                  std::size_t length);

// True when `line` ends so that the next line cannot continue it: 。；！？：and closing quotes
// after them.
bool EndsSentence(std::string_view line);

}  // namespace jixiao::parse
