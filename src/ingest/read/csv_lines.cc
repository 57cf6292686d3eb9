#include "ingest/read/csv_lines.h"

#include <algorithm>
#include <map>
#include <string>

namespace jixiao {
namespace {

struct Record {
  std::vector<std::string> fields;
  int line = 0;  // where it starts, 1-based
};

// Half the fields of a form at most this long (in bytes: 20 Chinese characters).
constexpr std::size_t kMaxMedianFieldBytes = 60;

bool IsAsciiByte(char c) { return static_cast<unsigned char>(c) < 0x80; }

// RFC 4180 records over the lines; a line break inside quotes joins the cell's lines (a space
// between Latin text). Returns nothing when a quote is left open.
std::optional<std::vector<Record>> Records(const std::vector<TextLine>& lines, bool& quoted) {
  std::vector<Record> records;
  quoted = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    Record record;
    record.line = lines[i].number;
    std::string field;
    bool in_quotes = false;
    std::string_view text = lines[i].text;
    std::size_t pos = 0;
    while (true) {
      if (pos >= text.size()) {
        if (!in_quotes) break;
        if (++i >= lines.size()) return std::nullopt;  // an open quote at the end
        text = lines[i].text, pos = 0;
        if (!field.empty() && !text.empty() && (IsAsciiByte(field.back()) && IsAsciiByte(text.front()))) field += ' ';
        continue;
      }
      const char c = text[pos++];
      if (in_quotes) {
        if (c != '"') field += c;
        else if (pos < text.size() && text[pos] == '"') field += '"', ++pos;
        else in_quotes = false;
      } else if (c == '"' && field.empty()) {
        in_quotes = quoted = true;
      } else if (c == ',') {
        record.fields.push_back(std::move(field));
        field.clear();
      } else {
        field += c;
      }
    }
    record.fields.push_back(std::move(field));
    records.push_back(std::move(record));
  }
  return records;
}

}  // namespace

std::optional<std::vector<TextLine>> CsvLines(const std::vector<TextLine>& lines) {
  std::size_t commas = 0;
  for (const TextLine& line : lines) commas += static_cast<std::size_t>(std::count(line.text.begin(), line.text.end(), ','));
  if (commas < 2 * 3) return std::nullopt;
  bool quoted = false;
  const auto records = Records(lines, quoted);
  if (!records) return std::nullopt;
  // Most records (of those with any text) hold one number of fields, three or more.
  std::map<std::size_t, std::size_t> widths;
  std::size_t filled = 0;
  bool prose = false;
  std::vector<std::size_t> lengths;
  for (const Record& record : *records) {
    const bool any = std::any_of(record.fields.begin(), record.fields.end(), [](const std::string& f) { return !f.empty(); });
    if (!any) continue;
    ++filled;
    ++widths[record.fields.size()];
    for (const std::string& f : record.fields) {
      prose = prose || f.find("，") != std::string::npos;
      if (!f.empty()) lengths.push_back(f.size());
    }
  }
  // (A form's cells are short; a text whose lines hold commas has long stretches between them.)
  if (filled < 5) return std::nullopt;
  std::nth_element(lengths.begin(), lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() / 2), lengths.end());
  if (lengths[lengths.size() / 2] > kMaxMedianFieldBytes) return std::nullopt;
  const auto modal = std::max_element(widths.begin(), widths.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  if (modal->first < 3 || modal->second * 10 < filled * 7 || (prose && !quoted)) return std::nullopt;
  std::vector<TextLine> out;
  for (const Record& record : *records) {
    const auto filled_fields = std::count_if(record.fields.begin(), record.fields.end(), [](const std::string& f) { return !f.empty(); });
    TextLine line;
    if (filled_fields <= 1) {
      for (const std::string& f : record.fields) line.text += f;
    } else {
      for (std::size_t k = 0; k < record.fields.size(); ++k) line.text += (k ? "\t" : "") + record.fields[k];
    }
    line.number = record.line;
    out.push_back(std::move(line));
  }
  return out;
}

}  // namespace jixiao
