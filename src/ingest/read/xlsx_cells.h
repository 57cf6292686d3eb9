// Internal to the XLSX reader: the text of one worksheet cell. Cell references ("AB12"),
// merged ranges ("A1:E1"), number formats (percent and date styles from xl/styles.xml) and the
// rendering of a stored value as the text a reader of the report should see. Pure functions
// over caller-owned strings; exposed in a header for the reader's tests.
#pragma once

#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::xlsx {

inline constexpr int kMaxRows = 1048576;   // Excel's limit: rows 1..1048576
inline constexpr int kMaxColumns = 16384;  // Excel's limit: columns A..XFD

struct CellRef {
  int row = 0;     // 1-based
  int column = 0;  // 1-based: A = 1, XFD = 16384
};

enum class RefError { kNone, kSyntax, kColumnPastXfd, kRowPastLimit };
struct ParsedRef {
  CellRef ref;
  RefError error = RefError::kNone;
};
// "B3" or "$B$3" -> {3, 2}. Anything but letters then digits is kSyntax; a column past XFD
// or a row outside 1..1048576 is an error of its own, for the message.
ParsedRef ParseCellRef(std::string_view text);
// 1 -> "A", 28 -> "AB".
std::string ColumnName(int column);

struct CellRange {
  CellRef first;  // top-left
  CellRef last;   // bottom-right
};
// "A1:E1" (either corner order) -> its range; a single reference is a one-cell range.
std::optional<CellRange> ParseRange(std::string_view ref);

// How a number is displayed, from its cell style.
enum class NumberStyle { kPlain, kPercent, kDate };

// A number format as far as a report's figures need it: the style, the decimals it shows (-1:
// as many as the number has, the General format's way) and the words it writes after the number
// (`0.00"万元"` -> "万元").
struct NumberFormat {
  NumberStyle style = NumberStyle::kPlain;
  int decimals = -1;
  std::string suffix;
};

// The styles of xl/styles.xml: cell format index (the cell's s attribute) -> its number format.
class Styles {
 public:
  void Load(const pugi::xml_node& style_sheet);
  NumberStyle StyleOf(std::string_view s_attribute) const { return FormatOf(s_attribute).style; }
  const NumberFormat& FormatOf(std::string_view s_attribute) const;

 private:
  std::vector<NumberFormat> cell_formats_;
};

// The number format of a custom code's first section (builtin ids by StyleOfFormat, their
// decimals: 2 for 2, 4, 10; 0 for 1, 3, 9): "0.00%" -> percent, 2 decimals; "#,##0.00_ " -> 2;
// `0.00"万元"` -> 2 and "万元"; "General" -> as the number has.
NumberFormat FormatOfCode(int id, std::string_view code);

// The style a number format gives: builtin ids 9 and 10 and codes whose first section has an
// unquoted % are percent; builtin date ids (also those of the Chinese locale) and codes with
// y or d in their first section are dates.
NumberStyle StyleOfFormat(int id, std::string_view code);

// The text of a number stored as `written` ("45500", "0.9535", "1E-3"): as written, without
// exponent and without binary floating-point noise (15 significant digits, as Excel shows);
// kPercent multiplies by 100 and appends "%" ("0.9535" -> "95.35%"); kDate gives the ISO date
// of the serial ("44927" -> "2023-01-01"; `date1904` for workbooks counting from 1904).
// Text that is not a number comes back unchanged.
std::string FormatNumber(std::string_view written, NumberStyle style, bool date1904 = false);
// The same as the cell shows it under `format`: rounded half up to the format's decimals (an
// execution rate 0.820245188 under 0.00% is stated 82.02%) and its words after the number.
std::string FormatNumber(std::string_view written, const NumberFormat& format, bool date1904 = false);

// Decodes the _xHHHH_ escapes of OOXML strings ("_x000D_" is a carriage return).
std::string DecodeEscapes(std::string_view text);

// The text of a string item (a shared string or an inline string: <t>, or rich-text runs
// <r><t>; phonetic guides left out).
std::string StringItemText(const pugi::xml_node& item);

// A cell's text as one line: escapes decoded, UTF-8 repaired, NFC, line breaks joined (no
// space between two CJK characters), trimmed.
std::string CellText(std::string_view raw);

}  // namespace jixiao::xlsx
