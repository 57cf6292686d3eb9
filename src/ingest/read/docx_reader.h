// The DOCX reader: opens an Office Open XML package (libzip), reads the main document part
// (pugixml) and returns its body as positioned text: paragraphs in body order with their
// automatic numbering rendered ("一、", "（一）", "1.", "（1）"), tables as rows of cells,
// deleted and hidden text left out. Headers, footers, footnotes and text boxes are not read.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "ingest/read/positioned_text.h"

namespace jixiao {

// Largest uncompressed size read from one package part; a larger part is a zip bomb.
inline constexpr std::size_t kMaxDocxPartBytes = 200u << 20;

// Reads a .docx file's bytes. Corrupt or truncated archives, a zip without a Word document,
// malformed XML and oversized parts are Errors (ErrorCode::kInvalidInput) naming `name`.
Result<TextDocument> ReadDocx(std::string_view bytes, const std::string& name);

// True when `bytes` is a zip archive that holds word/document.xml (cheap: central directory only).
bool LooksLikeDocx(std::string_view bytes);

// Renders counter `value` in an OOXML number format ("decimal", "chineseCounting",
// "ideographTraditional", "upperRoman", …). Unknown formats render as decimal; "bullet" and
// "none" render as "".
std::string FormatListNumber(int value, std::string_view format);

}  // namespace jixiao
