// The web-page reader: a report published as an HTML page (as departments post them, and as
// Jixiao's HTML writer makes them) read into lines. Each block (paragraph, heading, list item,
// line break) is a line; each table row is a table row of its cells, a cell spanning rows
// above leaving an empty cell in the rows it covers (as a DOCX merged cell does). Scripts,
// styles and the head are dropped, entities decoded, runs of white space made one space.
// A line is numbered by the source line where its block starts.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "ingest/read/positioned_text.h"

namespace jixiao {

// True when the text opens as an HTML document (<!DOCTYPE html>, <html>, <head>, <body>),
// white space and a byte-order mark aside.
bool LooksLikeHtml(std::string_view bytes);

// Decodes (as the TXT reader does) and reads the page. An Error when the bytes are no text.
Result<TextDocument> ReadHtml(std::string_view bytes, const std::string& name);

// A text that holds HTML tables among its lines (Markdown kept in a repository, a page's form
// pasted into a text): each <table>…</table> becomes its rows as table rows, in place, numbered
// by their lines in the file; the other lines stay as they are.
void ReadHtmlTablesInText(TextDocument& document);

}  // namespace jixiao
