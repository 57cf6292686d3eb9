// Helpers shared by the reader tests: compare documents' text ignoring whitespace, which the
// DOCX and PDF readers lay out differently from the TXT original.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "ingest/read/positioned_text.h"

namespace jixiao::testing_util {

// `text` without ASCII spaces, tabs and ideographic spaces.
inline std::string NoSpace(std::string_view text) {
  std::string out;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    const char32_t cp = NextCodePoint(text, pos);
    if (cp != ' ' && cp != '\t' && cp != 0x3000) out.append(text.substr(start, pos - start));
  }
  return out;
}

// The document's lines that hold any text, whitespace removed.
inline std::vector<std::string> NonEmptyLines(const TextDocument& document) {
  std::vector<std::string> lines;
  for (const TextLine& line : document.lines) {
    if (!NoSpace(line.text).empty()) lines.push_back(NoSpace(line.text));
  }
  return lines;
}

}  // namespace jixiao::testing_util
