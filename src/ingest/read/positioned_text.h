// Positioned raw text: what a reader (TXT, DOCX, PDF, XLSX) extracts from a report file, before any
// parsing. A TextDocument is a list of lines, each knowing where it came from (page, paragraph,
// line, column), with table rows kept as rows. The caller owns the document; it is plain data.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "core/evaluation.h"

namespace jixiao {

enum class SourceKind { kText, kDocx, kPdf, kXlsx };

// Where a wrapped continuation of a line starts (PDF paragraphs rebuilt from several physical
// lines, a text's or a document's lines broken at a width joined back). Bytes of TextLine::text
// from `byte_offset` on came from this page and line (or paragraph).
struct LineWrap {
  std::size_t byte_offset = 0;
  int page = 0;
  int number = 0;
  int paragraph = 0;  // DOCX: the paragraph the continuation was (a copy's lines, one paragraph each)
  int column = 1;     // where the continuation starts on its line (past a page number a copy put there)
};

struct TextLine {
  // UTF-8, NFC, no line terminator. For a table row: the cells joined by '\t'.
  std::string text;
  // Non-empty only for table rows: each cell's text (no tabs or newlines inside).
  std::vector<std::string> cells;
  // TXT: the line number in the file. DOCX: the ordinal of the line in the extracted text.
  // PDF: the line number on its page. XLSX: the row number in its sheet (0 for the line that
  // names the sheet). All 1-based.
  int number = 0;
  int page = 0;       // PDF page or XLSX sheet (ordinal among the visible sheets), 1-based; 0 otherwise
  int paragraph = 0;  // DOCX paragraph (w:p in body order, table cells included), 1-based; 0 otherwise
  int column = 1;     // 1-based column (in code points) where `text` starts in the source line
  std::vector<LineWrap> wraps;  // PDF, TXT, DOCX: later physical lines merged into this one

  bool is_table_row() const { return !cells.empty(); }
};

struct TextDocument {
  std::string source;  // the display name of the file ("report.pdf")
  SourceKind kind = SourceKind::kText;
  int page_count = 0;    // PDF: pages; XLSX: the sheets read
  std::string encoding;  // TXT only: the encoding that was detected ("UTF-8", "GB18030", …)
  std::vector<TextLine> lines;
};

// Maps a byte offset inside lines[line_index].text back to the source: page (or XLSX sheet),
// paragraph, line and 1-based column. `excerpt` is the `length` bytes at `byte_offset`, or the whole line when
// `length` is 0. Out-of-range indexes are clamped; an empty document gives an empty span.
SourceSpan SpanAt(const TextDocument& document, std::size_t line_index, std::size_t byte_offset,
                  std::size_t length = 0);

// "第 3 页第 12 行" / "第 5 段" / "第 12 行第 4 列" / "第 2 个工作表第 15 行": a location for
// messages, in Chinese.
std::string DescribeSpan(const SourceSpan& span);

// A plain-text document of the given lines, numbered from 1 (as the TXT reader would give
// them); for tests and for callers that already hold lines.
TextDocument TextDocumentFromLines(std::initializer_list<const char*> texts);
TextDocument TextDocumentFromLines(const std::vector<std::string>& texts);

// Builds a table-row line: text is the cells joined by '\t', tabs and newlines inside cells
// become spaces.
TextLine MakeRow(std::vector<std::string> cells);

// Returns `text` in Unicode NFC (a fast check first; most report text already is NFC), with CJK
// radicals folded (FoldCjkRadicals). Invalid UTF-8 is an error.
Result<std::string> ToNfc(std::string text);
// The same for text already known to be valid UTF-8 (skips the validation).
std::string ToNfcValid(std::string valid_utf8);

// Replaces the radicals some PDF fonts map their glyphs to (⼈ U+2F08, ⻚ U+2EDA: a Kangxi or
// supplement radical drawn like the ideograph) with the ideographs they stand for (人, 页), as a
// reader sees them. Text without such radicals is left untouched (one scan for their lead bytes).
void FoldCjkRadicals(std::string& text);

// Fast UTF-8 validation. On failure, `bad_offset` receives the offset of the first bad byte.
bool ValidateUtf8(std::string_view text, std::size_t* bad_offset = nullptr);

// One pass that validates UTF-8 and tells whether the text is certainly NFC already (made of
// normalization-inert characters only), so that ToNfcValid can be skipped.
struct Utf8Check {
  bool valid = true;
  std::size_t bad_offset = 0;  // when !valid
  bool nfc = true;             // when valid: true means NFC for sure; false means "ask ICU"
};
Utf8Check CheckUtf8(std::string_view text);

}  // namespace jixiao
