#include "ingest/read/xlsx_cells.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>

#include "base/text.h"
#include "ingest/read/ooxml.h"

namespace jixiao::xlsx {
namespace {

using ooxml::Attr;
using ooxml::AttrInt;
using ooxml::Child;
using ooxml::LocalName;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// Builtin number formats Excel stores by id only. 9 and 10 are percent; the dates include
// those of the Chinese locale (27-31, 36, 50-54, 57, 58: yyyy"年"m"月"d"日" and the like).
bool IsBuiltinPercent(int id) { return id == 9 || id == 10; }
bool IsBuiltinDate(int id) {
  return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 54) ||
         id == 57 || id == 58;
}

// A decimal number: digits (no leading zeros; empty for zero) with the point after `point` of them.
struct Decimal {
  bool negative = false;
  std::string digits;
  int point = 0;
};

// Reads the exponent of "1.5E-3" from `text` at `i` (after the E); false when malformed.
bool ReadExponent(std::string_view text, std::size_t i, int& exponent) {
  bool negative = false;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
  if (i == text.size()) return false;
  int value = 0;
  for (; i < text.size(); ++i) {
    if (!IsDigit(text[i])) return false;
    value = std::min(value * 10 + (text[i] - '0'), 100000);
  }
  exponent = negative ? -value : value;
  return true;
}

std::optional<Decimal> ParseDecimal(std::string_view text) {
  Decimal d;
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) d.negative = text[i++] == '-';
  int point = -1;
  for (; i < text.size() && (IsDigit(text[i]) || (text[i] == '.' && point < 0)); ++i) {
    if (text[i] == '.') {
      point = static_cast<int>(d.digits.size());
    } else {
      d.digits += text[i];
    }
  }
  if (d.digits.empty() || d.digits.size() > 1000) return std::nullopt;
  d.point = point < 0 ? static_cast<int>(d.digits.size()) : point;
  if (i < text.size()) {
    int exponent = 0;
    if ((text[i] != 'E' && text[i] != 'e') || !ReadExponent(text, i + 1, exponent)) return std::nullopt;
    d.point += exponent;
  }
  const std::size_t lead = std::min(d.digits.find_first_not_of('0'), d.digits.size());
  d.digits.erase(0, lead);
  d.point -= static_cast<int>(lead);
  return d;
}

// Rounds half up to `significant` digits and drops trailing zeros.
void Round(Decimal& d, std::size_t significant) {
  if (d.digits.size() > significant) {
    const bool up = d.digits[significant] >= '5';
    d.digits.resize(significant);
    std::size_t k = significant;
    while (up && k > 0 && d.digits[k - 1] == '9') d.digits[--k] = '0';
    if (up && k > 0) ++d.digits[k - 1];
    if (up && k == 0) d.digits.insert(d.digits.begin(), '1'), ++d.point;
  }
  while (!d.digits.empty() && d.digits.back() == '0') d.digits.pop_back();
}

std::string Render(const Decimal& d) {
  if (d.digits.empty()) return "0";
  const int size = static_cast<int>(d.digits.size());
  std::string out = d.negative ? "-" : "";
  if (d.point <= 0) return out + "0." + std::string(static_cast<std::size_t>(-d.point), '0') + d.digits;
  if (d.point >= size) return out + d.digits + std::string(static_cast<std::size_t>(d.point - size), '0');
  return out + d.digits.substr(0, static_cast<std::size_t>(d.point)) + "." +
         d.digits.substr(static_cast<std::size_t>(d.point));
}

// The ISO date of an Excel serial day number; "" when out of Excel's range.
std::string SerialDate(std::string_view written, bool date1904) {
  double value = 0;
  const auto [end, ec] = std::from_chars(written.data(), written.data() + written.size(), value);
  if (ec != std::errc() || end != written.data() + written.size() || !(value >= 0 && value < 2958466)) return "";
  long serial = static_cast<long>(std::floor(value)) + (date1904 ? 1462 : 0);
  if (serial < 1 || serial > 2958465) return "";
  if (serial == 60) return "1900-02-29";  // Excel's day that never was (Lotus 1-2-3 compatibility)
  if (serial < 60) ++serial;              // before it, serials count from 1899-12-31
  const std::chrono::year_month_day date{std::chrono::sys_days{std::chrono::days{serial - 25569}}};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buffer;
}

int HexValue(char c) {
  if (IsDigit(c)) return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// The code point of "_xHHHH_" at text[i], or -1.
long EscapeAt(std::string_view text, std::size_t i) {
  if (text.size() - i < 7 || text[i] != '_' || text[i + 1] != 'x' || text[i + 6] != '_') return -1;
  long cp = 0;
  for (std::size_t k = i + 2; k < i + 6; ++k) {
    const int h = HexValue(text[k]);
    if (h < 0) return -1;
    cp = cp * 16 + h;
  }
  return cp;
}

}  // namespace

ParsedRef ParseCellRef(std::string_view text) {
  ParsedRef out;
  std::size_t i = 0;
  if (i < text.size() && text[i] == '$') ++i;
  long column = 0;
  const std::size_t letters_start = i;
  for (; i < text.size() && IsLetter(text[i]); ++i) {
    column = std::min(column * 26 + ((text[i] & ~0x20) - 'A' + 1), long{kMaxColumns} + 1);
  }
  const bool has_letters = i > letters_start;
  if (i < text.size() && text[i] == '$') ++i;
  long row = 0;
  const std::size_t digits_start = i;
  for (; i < text.size() && IsDigit(text[i]); ++i) row = std::min(row * 10 + (text[i] - '0'), long{kMaxRows} + 1);
  if (!has_letters || i == digits_start || i != text.size()) {
    out.error = RefError::kSyntax;
  } else if (column > kMaxColumns) {
    out.error = RefError::kColumnPastXfd;
  } else if (row < 1 || row > kMaxRows) {
    out.error = RefError::kRowPastLimit;
  }
  out.ref = {static_cast<int>(row), static_cast<int>(column)};
  return out;
}

std::string ColumnName(int column) {
  std::string name;
  for (; column > 0; column = (column - 1) / 26) name.insert(name.begin(), static_cast<char>('A' + (column - 1) % 26));
  return name;
}

std::optional<CellRange> ParseRange(std::string_view ref) {
  const std::size_t colon = ref.find(':');
  const ParsedRef a = ParseCellRef(ref.substr(0, colon));
  const ParsedRef b = colon == std::string_view::npos ? a : ParseCellRef(ref.substr(colon + 1));
  if (a.error != RefError::kNone || b.error != RefError::kNone) return std::nullopt;
  return CellRange{{std::min(a.ref.row, b.ref.row), std::min(a.ref.column, b.ref.column)},
                   {std::max(a.ref.row, b.ref.row), std::max(a.ref.column, b.ref.column)}};
}

NumberStyle StyleOfFormat(int id, std::string_view code) {
  if (code.empty()) {
    if (IsBuiltinPercent(id)) return NumberStyle::kPercent;
    return IsBuiltinDate(id) ? NumberStyle::kDate : NumberStyle::kPlain;
  }
  bool date = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') {
      i = std::min(code.find('"', i + 1), code.size());
    } else if (c == '[') {
      i = std::min(code.find(']', i + 1), code.size());
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // the next character is literal (or padding)
    } else if (c == ';') {
      break;  // the first section formats positive numbers and zero: most of what a table holds
    } else if (c == '%') {
      return NumberStyle::kPercent;
    } else if (c == 'y' || c == 'Y' || c == 'd' || c == 'D') {
      date = true;
    }
  }
  return date ? NumberStyle::kDate : NumberStyle::kPlain;
}

NumberFormat FormatOfCode(int id, std::string_view code) {
  NumberFormat format;
  format.style = StyleOfFormat(id, code);
  if (code.empty()) {
    if (id == 1 || id == 3 || id == 9) format.decimals = 0;
    if (id == 2 || id == 4 || id == 10) format.decimals = 2;
    return format;
  }
  if (format.style == NumberStyle::kDate) return format;
  // The first section: digits' placeholders, the decimals after a point, words in quotes or after
  // a backslash once the number has begun.
  bool number = false, point = false;
  int decimals = 0;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == ';') break;
    if (c == '"') {
      const std::size_t close = std::min(code.find('"', i + 1), code.size());
      if (number) format.suffix += code.substr(i + 1, close - i - 1);
      i = close;
    } else if (c == '\\' && i + 1 < code.size()) {
      if (number) format.suffix += code[i + 1];
      ++i;
    } else if (c == '[') {
      i = std::min(code.find(']', i + 1), code.size());
    } else if (c == '_' || c == '*') {
      ++i;  // padding the width of the next character
    } else if (c == '0' || c == '#' || c == '?') {
      number = true;
      decimals += point;
    } else if (c == '.' && number) {
      point = true;
    }
  }
  if (number) format.decimals = decimals;
  // ("General" and its kind show the number as it is.)
  return format;
}

void Styles::Load(const pugi::xml_node& style_sheet) {
  std::map<int, std::string_view> codes;
  for (pugi::xml_node format : Child(style_sheet, "numFmts").children()) {
    if (LocalName(format) == "numFmt") codes[AttrInt(format, "numFmtId", -1)] = Attr(format, "formatCode");
  }
  cell_formats_.clear();
  for (pugi::xml_node xf : Child(style_sheet, "cellXfs").children()) {
    if (LocalName(xf) != "xf") continue;
    const int id = AttrInt(xf, "numFmtId", 0);
    const auto code = codes.find(id);
    cell_formats_.push_back(FormatOfCode(id, code == codes.end() ? std::string_view() : code->second));
  }
}

const NumberFormat& Styles::FormatOf(std::string_view s_attribute) const {
  static const NumberFormat kGeneral;
  std::size_t index = 0;
  if (!s_attribute.empty()) {
    const auto [end, ec] = std::from_chars(s_attribute.data(), s_attribute.data() + s_attribute.size(), index);
    if (ec != std::errc() || end != s_attribute.data() + s_attribute.size()) return kGeneral;
  }
  return index < cell_formats_.size() ? cell_formats_[index] : kGeneral;
}

std::string FormatNumber(std::string_view written, NumberStyle style, bool date1904) {
  written = Trim(written);
  if (style == NumberStyle::kDate) {
    if (std::string date = SerialDate(written, date1904); !date.empty()) return date;
  }
  std::optional<Decimal> d = ParseDecimal(written);
  if (!d) return std::string(written);
  if (style == NumberStyle::kPercent) d->point += 2;
  Round(*d, 15);
  if (d->point > 40 || d->point < -40) return std::string(written);  // keep 1E+300 short
  return Render(*d) + (style == NumberStyle::kPercent ? "%" : "");
}

std::string FormatNumber(std::string_view written, const NumberFormat& format, bool date1904) {
  if (format.style == NumberStyle::kDate || format.decimals < 0) {
    return FormatNumber(written, format.style, date1904) + (ParseDecimal(Trim(written)) ? format.suffix : "");
  }
  std::optional<Decimal> d = ParseDecimal(Trim(written));
  if (!d || d->point > 40 || d->point < -40) return FormatNumber(written, format.style, date1904);
  if (format.style == NumberStyle::kPercent) d->point += 2;
  Round(*d, 15);
  // Half up to the decimals shown, then as many decimals as shown ("82.02", "100.00", "1,031,598" -> "1031598").
  const int keep = d->point + format.decimals;
  if (keep < 0) {
    d->digits.clear();
  } else {
    Round(*d, static_cast<std::size_t>(keep));
    if (d->digits.size() > static_cast<std::size_t>(keep)) d->digits.resize(static_cast<std::size_t>(keep));
  }
  std::string text = Render(*d);
  if (format.decimals > 0) {
    const std::size_t dot = text.find('.');
    const std::size_t have = dot == std::string::npos ? 0 : text.size() - dot - 1;
    if (dot == std::string::npos) text += '.';
    text.append(static_cast<std::size_t>(format.decimals) - std::min<std::size_t>(have, static_cast<std::size_t>(format.decimals)), '0');
  }
  if (text == "-0" || (text.starts_with("-") && text.find_first_not_of("-0.") == std::string::npos)) text.erase(0, 1);
  return text + (format.style == NumberStyle::kPercent ? "%" : "") + format.suffix;
}

std::string DecodeEscapes(std::string_view text) {
  if (text.find("_x") == std::string_view::npos) return std::string(text);
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const long cp = EscapeAt(text, i);
    if (cp < 0) {
      out += text[i];
      continue;
    }
    i += 6;
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      AppendUtf8(out, U'\uFFFD');
    } else if (cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r') {
      AppendUtf8(out, static_cast<char32_t>(cp));
    }
  }
  return out;
}

std::string StringItemText(const pugi::xml_node& item) {
  std::string text;
  for (pugi::xml_node child = item.first_child(); child; child = child.next_sibling()) {
    const std::string_view local = LocalName(child);
    if (local == "t") text += child.child_value();
    if (local != "r") continue;
    for (pugi::xml_node t = child.first_child(); t; t = t.next_sibling()) {
      if (LocalName(t) == "t") text += t.child_value();
    }
  }
  return text;
}

std::string CellText(std::string_view raw) {
  const std::string clean = ooxml::CleanText(DecodeEscapes(raw));
  std::string out;
  std::size_t start = 0;
  for (;;) {
    const std::size_t end = clean.find_first_of("\r\n", start);
    ooxml::JoinInto(out, std::string_view(clean).substr(start, end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  for (char& c : out) c = c == '\t' ? ' ' : c;
  return out;
}

}  // namespace jixiao::xlsx
