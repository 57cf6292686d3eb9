// The PDF reader: extracts the text of every page with poppler-cpp, as positioned words, and
// lays it out (pdf_layout.h) into reading-order lines that carry their page numbers. Table rows
// become rows of cells, wrapped paragraphs are joined, page-number lines ("— 3 —") are dropped.
// Running headers, multi-column pages and rotated text are not handled specially.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "ingest/read/positioned_text.h"

namespace jixiao {

// Reads a PDF file's bytes. Not a PDF, truncated (no %%EOF), encrypted with a password or
// unreadable -> ErrorCode::kInvalidInput; no extractable text at all (a scan) -> kUnsupported.
Result<TextDocument> ReadPdf(std::string_view bytes, const std::string& name);

}  // namespace jixiao
