// Small UTF-8 text utilities shared by every layer: code-point iteration, full-width folding,
// trimming and byte-offset to line/column mapping. Pure functions over caller-owned strings.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace jixiao {

// Decodes the code point starting at text[pos]; advances pos. Invalid bytes decode as U+FFFD.
char32_t NextCodePoint(std::string_view text, std::size_t& pos);
void AppendUtf8(std::string& out, char32_t cp);
bool IsValidUtf8(std::string_view text);

// Folds full-width ASCII (０-９, Ａ-Ｚ, ，．％ etc.) and the ideographic space to their
// half-width forms; everything else is copied unchanged.
std::string FoldFullWidth(std::string_view text);

// Removes ASCII and ideographic whitespace at both ends.
std::string_view Trim(std::string_view text);

struct LineColumn {
  int line = 1;    // 1-based
  int column = 1;  // 1-based, counted in code points
};
LineColumn LineColumnAt(std::string_view text, std::size_t byte_offset);

// Whether a UTF-8 byte leads a CJK ideograph (U+4000-U+9FFF: lead bytes 0xE4-0xE9), read
// without decoding.
inline bool IsIdeographLead(char byte) {
  const auto b = static_cast<unsigned char>(byte);
  return b >= 0xE4 && b <= 0xE9;
}

// Whether `text` is all ASCII digits (true for an empty text).
inline bool AllAsciiDigits(std::string_view text) {
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// The gaps between a line's words that part cells: runs of two or more spaces, or one or more
// full-width spaces, after the line's indent and before its trailing spaces ("1  X  70.78%",
// "序号　项目名称　预算").
std::size_t CellGaps(std::string_view line);

// Number of code points in `text`.
std::size_t CodePointCount(std::string_view text);
// CodePointCount(text) <= limit, reading no further than the first `limit` code points.
bool AtMostCodePoints(std::string_view text, std::size_t limit);
// A name safe in a Content-Disposition header and on disk: / \ " and control characters become
// "_", and it is cut at a code-point boundary to at most `max_bytes`.
std::string SafeFileName(std::string name, std::size_t max_bytes = 200);

}  // namespace jixiao
