// The plain-text reader: detects the encoding of a report's bytes (UTF-8 with or without BOM,
// UTF-16 LE/BE, GB18030/GBK), decodes them to UTF-8 NFC and splits them into numbered lines.
// Binary or undecodable input is an Error naming the file and where it went wrong.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "ingest/read/positioned_text.h"

namespace jixiao {

enum class TextEncoding { kUtf8, kUtf8Bom, kUtf16Le, kUtf16Be, kGb18030, kBig5 };
std::string_view EncodingName(TextEncoding encoding);  // "UTF-8", "UTF-16LE", "GB18030", …

struct DecodedText {
  std::string utf8;  // UTF-8, BOM removed, line endings untouched
  TextEncoding encoding = TextEncoding::kUtf8;
  bool nfc = false;  // true when the text is known to be NFC already
};

// Detects and decodes. Valid UTF-8 wins; a BOM decides; BOM-less UTF-16 is recognised by the
// zero bytes of its ASCII characters; otherwise GB18030 must decode without a single error
// (ICU charset detection breaks ties towards Big5). `name` is only used in messages.
Result<DecodedText> DecodeText(std::string_view bytes, const std::string& name);

// Decodes, rejects binary content, normalises to NFC and line endings to '\n', then splits
// into lines numbered from 1. Every line keeps its text, even when empty.
Result<TextDocument> ReadTxt(std::string_view bytes, const std::string& name);

// Text copied out of a PDF breaks every line at the page's width, in the middle of sentences and
// figures: when most long lines are about one width, a line that fills it and ends no sentence is
// joined with the next (unless that opens a heading or an item, or either is a table's row), each
// physical line kept as a LineWrap. Used on plain text and on a document's paragraphs alike.
void JoinHardWrappedLines(std::vector<TextLine>& lines);

}  // namespace jixiao
