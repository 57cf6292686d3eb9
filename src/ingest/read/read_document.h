// The front door of ingest's readers: reads a report file of any supported kind into
// positioned text. The kind is decided by the content (PDF header, a zip holding a Word
// document or an Excel workbook), not by the file name's extension. The caller owns the returned document.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "ingest/read/positioned_text.h"

namespace jixiao {

enum class DocumentKind { kText, kDocx, kPdf, kXlsx, kOtherZip, kBinary };

// Sniffs the first bytes (and a zip's directory): %PDF -> kPdf; a zip with word/document.xml
// -> kDocx; a zip with xl/workbook.xml -> kXlsx; another zip -> kOtherZip; a known binary
// signature (images, OLE .doc/.xls, RAR…) -> kBinary; anything else -> kText (the TXT reader
// decides whether it really is text).
DocumentKind SniffDocument(std::string_view bytes);

// Reads `path` (ReadFile) and dispatches on its content.
Result<TextDocument> ReadDocument(const std::string& path);

// Dispatches on the content of `bytes`; `display_name` names the file in messages and in
// TextDocument::source.
Result<TextDocument> ReadDocumentBytes(std::string_view bytes, const std::string& display_name);

}  // namespace jixiao
