// The XLSX reader: opens an Excel workbook (Office Open XML, libzip), reads its visible
// worksheets in tab order (pugixml) and returns them as positioned text: for each sheet a line
// with its name, then one table row per non-empty row, each cell at its column position (an
// empty string for an empty cell or the continuation of a merged cell). Numbers keep the text
// stored in the file; percent-styled numbers read as "95.35%", date-styled ones as ISO dates.
// Charts, drawings, comments and hidden sheets are not read. The caller owns the document.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "base/result.h"
#include "ingest/read/positioned_text.h"

namespace jixiao {

// Most cells (empty padding cells included) one workbook may give; a larger workbook is not a
// self-evaluation table and would take gigabytes as text.
inline constexpr std::size_t kMaxXlsxCells = 2'000'000;

// Reads a .xlsx file's bytes. Corrupt or truncated archives, a zip without a workbook,
// malformed XML (naming the sheet), parts over 200 MB uncompressed, cell references past XFD
// or row 1048576 and workbooks over kMaxXlsxCells are Errors (ErrorCode::kInvalidInput)
// naming `name`.
Result<TextDocument> ReadXlsx(std::string_view bytes, const std::string& name);

// True when `bytes` is a zip archive holding xl/workbook.xml (cheap: central directory only).
bool LooksLikeXlsx(std::string_view bytes);

// True when `bytes` is a zip archive with any part under xl/: a workbook, possibly damaged
// (for an archive whose directory is lost, a local file header naming a part under xl/).
bool HoldsSpreadsheetParts(std::string_view bytes);

}  // namespace jixiao
