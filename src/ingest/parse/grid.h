// Tables by their headers: every table form a reader delivers — table rows (DOCX, PDF, XLSX),
// pipe- or tab-separated lines, rows whose cells are separated by runs of spaces, one cell per
// line — becomes rows of cells; a header row maps each column to a role through the lexicon
// (two-row headers merge), and the rows under it bind by column: funds rows (年度资金总额 /
// 其中：财政拨款 / 其他资金), lists of projects, and indicator rows (一级/二级/三级指标).
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

#include "ingest/parse/binding.h"

namespace jixiao::parse {

// A table cell holds at most this many characters; a longer piece of text is prose.
constexpr std::size_t kCellMax = 40;

struct GridCell {
  std::string_view text;  // trimmed, a view into the line's text or cell
  std::size_t line = 0;
  std::size_t offset = 0;  // byte offset in TextLine::text (0 for a reader's table cell)
  std::size_t length = 0;  // bytes it covers in the line when not text.size() (cells read as one)
};

// What the rest of the reading tells the table reader as it goes through the document.
struct GridHooks {
  // Called for every line that is not a reader's table row, in document order, before the
  // table reader looks at it (the sentence reader reads its figures there).
  std::function<void(std::size_t line)> text_line;
  // The project the text read so far last named, when it named it just before `line` (a heading
  // or sentence just before the table), or nullopt.
  std::function<Subject(std::size_t line)> section_subject;
  // The project the text named last on or before `line`, after `named_after`, and none named
  // between `line` and `row` (the row asked about), or nullopt.
  std::function<Subject(std::size_t line, std::size_t named_after, std::size_t row)> subject_named_at;
  // Read every table with the years across (项目 | 2021年 | 2022年) by the report year's column,
  // not only one whose header says it compares: the last resort for a text nothing else was read
  // from (a 决算 table's rows such as 支出合计 would otherwise bind the department's totals).
  bool any_years_across = false;
};

// Reads the tables of `document`; marks in `used` (one flag per line) the lines it placed
// something from.
void ReadGridTables(const TextDocument& document, Binder& binder, std::vector<bool>& used, const GridHooks& hooks);

// The cells of one text line when it reads as a table row (tabs, pipes, runs of spaces
// between short cells); empty when the line is prose. A pipe row keeps its empty cells, each a
// column (`opening_pipe_opens` as for PipeCells, paragraphs.h).
std::vector<GridCell> SplitRow(const TextDocument& document, std::size_t line, bool opening_pipe_opens = true);
// Every space-separated token of a line, whatever its length.
std::vector<GridCell> Tokens(const TextDocument& document, std::size_t line);

}  // namespace jixiao::parse
