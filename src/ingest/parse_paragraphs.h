// Paragraphs for the report parser: the lines of a TextDocument regrouped so that text split
// across lines (PDF wraps, hard-wrapped TXT) reads as one paragraph, while headings, "label："
// openers, table rows and one-cell-per-line table layouts ("238.93 |") stay separate. Every
// paragraph maps its byte offsets back to source lines for provenance. A text line of
// pipe-separated cells ("经济分类 |金额（元） |占比 |") is a table row.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/evaluation.h"
#include "ingest/positioned_text.h"

namespace jixiao::parse {

enum class ParagraphKind {
  kText,      // running text, possibly joined from several lines
  kTableRow,  // a table row (a reader's, or pipe-separated text): `cells` holds its cells
  kCell,      // one table cell on its own line ("251.89 |"); `text` is the cell without "|"
};

struct Paragraph {
  ParagraphKind kind = ParagraphKind::kText;
  std::string text;                // trimmed; for rows, the cells joined by '\t'
  std::vector<std::string> cells;  // kTableRow only, each trimmed
  // Where each joined line starts: text[offset..] came from lines[line] at line_offset.
  struct Piece {
    std::size_t offset = 0;
    std::size_t line = 0;
    std::size_t line_offset = 0;
  };
  std::vector<Piece> pieces;
  bool follows_blank = false;  // an empty line came before it
};

// Groups the document's lines into paragraphs (see the header comment for the rules).
std::vector<Paragraph> BuildParagraphs(const TextDocument& document);

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
