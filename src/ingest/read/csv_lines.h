// A report kept as comma-separated values (a 自评表 exported from a system or saved from Excel as
// CSV): its records as lines of tab-separated cells, as a sheet copied from Excel gives them (and
// the flat-table reading reads, merged cells repeated or not). Owns telling CSV from text and
// reading its quoted fields.
#pragma once

#include <optional>
#include <vector>

#include "ingest/read/positioned_text.h"

namespace jixiao {

// When most records of the text's lines (five at least) hold the same number of fields (three or
// more), their fields are short as a form's cells are, and the text quotes fields or has no
// full-width comma in them (prose), the records as lines: one line
// per record numbered by its first line, its fields apart by tabs (a record of one filled field:
// that field). Quoted
// fields may hold commas, doubled quotes and line breaks (a cell of two lines: joined). Else
// nullopt.
std::optional<std::vector<TextLine>> CsvLines(const std::vector<TextLine>& lines);

}  // namespace jixiao
