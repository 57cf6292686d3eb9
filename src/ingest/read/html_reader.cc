#include "ingest/read/html_reader.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/text.h"

#include "ingest/read/txt_reader.h"

namespace jixiao {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A character reference's code point, when it names a character (not NUL, a surrogate or
// beyond Unicode).
void AppendCharacter(std::string& out, uint32_t cp) {
  if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return;
  AppendUtf8(out, static_cast<char32_t>(cp));
}

// The character an entity at text[at] ('&') stands for, and where it ends; nullopt when it is
// no entity we know (the '&' then stays as written).
std::optional<std::pair<std::string, std::size_t>> Entity(std::string_view text, std::size_t at) {
  const std::size_t semi = text.find(';', at);
  if (semi == std::string_view::npos || semi - at > 10) return std::nullopt;
  const std::string_view name = text.substr(at + 1, semi - at - 1);
  std::string out;
  if (!name.empty() && name[0] == '#') {
    const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    const std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 7) return std::nullopt;
    uint32_t cp = 0;
    for (char c : digits) {
      const int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                    : hex && std::isxdigit(static_cast<unsigned char>(c)) ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                                                                          : -1;
      if (d < 0) return std::nullopt;
      cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(d);
    }
    AppendCharacter(out, cp == 0xA0 ? 0x20 : cp);
    return std::pair{out, semi + 1};
  }
  static const std::map<std::string, std::string, std::less<>> kNamed = {
      {"amp", "&"},     {"lt", "<"},      {"gt", ">"},      {"quot", "\""},   {"apos", "'"},   {"nbsp", " "},
      {"ensp", " "},    {"emsp", " "},    {"thinsp", " "},  {"middot", "·"},  {"ldquo", "“"},  {"rdquo", "”"},
      {"lsquo", "‘"},   {"rsquo", "’"},   {"mdash", "—"},   {"ndash", "–"},   {"hellip", "…"}, {"times", "×"},
      {"ge", "≥"},      {"le", "≤"},      {"yen", "¥"},     {"permil", "‰"}};
  const auto it = kNamed.find(name);
  if (it == kNamed.end()) return std::nullopt;
  return std::pair{it->second, semi + 1};
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Tags that end a line of text (a block or a break).
bool IsBlock(std::string_view tag) {
  static constexpr std::array<std::string_view, 27> kBlocks = {
      "p",  "div", "br", "h1", "h2", "h3",      "h4",     "h5",       "h6",     "li",      "ul",     "ol",    "table", "tr",
      "hr", "pre", "dl", "dt", "dd", "section", "article", "header", "footer", "caption", "blockquote", "tbody", "center"};
  return std::find(kBlocks.begin(), kBlocks.end(), tag) != kBlocks.end();
}

// The value of attribute `name` in a tag's attribute text ("colspan=\"7\""), 1 when absent.
int SpanAttribute(std::string_view attributes, std::string_view name) {
  const std::string lower = Lower(attributes);
  std::size_t at = lower.find(name);
  while (at != std::string::npos && at > 0 && std::isalnum(static_cast<unsigned char>(lower[at - 1]))) {
    at = lower.find(name, at + 1);
  }
  if (at == std::string::npos) return 1;
  at += name.size();
  while (at < lower.size() && (IsSpace(lower[at]) || lower[at] == '=' || lower[at] == '"' || lower[at] == '\'')) ++at;
  int value = 0;
  while (at < lower.size() && std::isdigit(static_cast<unsigned char>(lower[at])) && value < 1000) {
    value = value * 10 + (lower[at++] - '0');
  }
  return std::clamp(value, 1, 200);
}

class HtmlLines {
 public:
  explicit HtmlLines(std::string_view html) : html_(html) {}

  std::vector<TextLine> Run() {
    for (std::size_t i = 0; i < html_.size();) {
      const char c = html_[i];
      if (c == '<') {
        i = Tag(i);
      } else if (c == '&') {
        if (auto entity = Entity(html_, i)) {
          Text(entity->first);
          i = entity->second;
        } else {
          Text("&"), ++i;
        }
      } else {
        std::size_t j = i;
        while (j < html_.size() && html_[j] != '<' && html_[j] != '&' && html_[j] != '\n') ++j;
        Text(html_.substr(i, j - i));
        if (j < html_.size() && html_[j] == '\n') ++line_, Text(" "), ++j;
        i = j;
      }
    }
    EndRow();
    EndLine();
    return std::move(lines_);
  }

 private:
  // Adds text to the open cell or line, white space collapsed.
  void Text(std::string_view text) {
    std::string& into = in_cell_ ? cell_ : text_;
    if (!in_cell_ && text_.empty()) text_line_ = line_;
    for (char c : text) {
      if (IsSpace(c)) {
        if (!into.empty() && into.back() != ' ') into += ' ';
      } else {
        into += c;
      }
    }
  }

  // Skips from html_[at] ('<') past the tag; acts on what it opens or closes.
  std::size_t Tag(std::size_t at) {
    if (html_.compare(at, 4, "<!--") == 0) return SkipPast(at, "-->");
    const std::size_t end = html_.find('>', at);
    if (end == std::string_view::npos) return html_.size();
    CountLines(at, end);
    std::string_view inside = html_.substr(at + 1, end - at - 1);
    const bool closing = !inside.empty() && inside[0] == '/';
    if (closing) inside.remove_prefix(1);
    std::size_t n = 0;
    while (n < inside.size() && (std::isalnum(static_cast<unsigned char>(inside[n])))) ++n;
    const std::string tag = Lower(inside.substr(0, n));
    const std::string_view attributes = inside.substr(n);
    if (!closing && (tag == "script" || tag == "style" || tag == "head" || tag == "title" || tag == "noscript")) {
      return SkipPast(end, "</" + tag);
    }
    if (tag == "td" || tag == "th") {
      closing ? EndCell() : StartCell(attributes);
    } else if (tag == "tr") {
      EndRow();
      if (!closing) StartRow();
    } else if (tag == "table") {
      EndRow();
      EndLine();
      if (closing) rowspans_.clear();
    } else if (IsBlock(tag)) {
      if (in_cell_) {
        Text(" ");
      } else {
        EndLine();
      }
    }
    return end + 1;
  }

  std::size_t SkipPast(std::size_t at, const std::string& what) {
    // Case-insensitive search for `what` ("</script", "-->").
    const std::string lower_what = Lower(what);
    for (std::size_t i = at; i + lower_what.size() <= html_.size(); ++i) {
      if (html_[i] == '\n') ++line_;
      if (Lower(html_.substr(i, lower_what.size())) == lower_what) {
        const std::size_t close = html_.find('>', i);
        if (close == std::string_view::npos) return html_.size();
        CountLines(i, close);
        return close + 1;
      }
    }
    return html_.size();
  }

  void CountLines(std::size_t from, std::size_t to) {
    line_ += static_cast<int>(std::count(html_.begin() + static_cast<std::ptrdiff_t>(from),
                                         html_.begin() + static_cast<std::ptrdiff_t>(to), '\n'));
  }

  void EndLine() {
    while (!text_.empty() && text_.back() == ' ') text_.pop_back();
    std::size_t start = 0;
    while (start < text_.size() && text_[start] == ' ') ++start;
    if (start < text_.size()) {
      TextLine line;
      line.text = text_.substr(start);
      line.number = text_line_;
      lines_.push_back(std::move(line));
    }
    text_.clear();
  }

  void StartRow() {
    EndLine();
    in_row_ = true;
    row_line_ = line_;
    column_ = 0;
    cells_.clear();
  }

  // A cell of a row above that spans down over `column_` leaves an empty cell here.
  void FillSpannedColumns() {
    for (auto it = rowspans_.find(column_); it != rowspans_.end() && it->second.first > 0; it = rowspans_.find(column_)) {
      cells_.emplace_back();
      --it->second.first;
      column_ += it->second.second;
    }
  }

  void StartCell(std::string_view attributes) {
    if (in_cell_) EndCell();
    if (!in_row_) StartRow();
    FillSpannedColumns();
    in_cell_ = true;
    cell_.clear();
    cell_columns_ = SpanAttribute(attributes, "colspan");
    const int rows = SpanAttribute(attributes, "rowspan");
    if (rows > 1) rowspans_[column_] = {rows - 1, cell_columns_};
  }

  void EndCell() {
    if (!in_cell_) return;
    in_cell_ = false;
    while (!cell_.empty() && cell_.back() == ' ') cell_.pop_back();
    std::size_t start = 0;
    while (start < cell_.size() && cell_[start] == ' ') ++start;
    cells_.push_back(cell_.substr(start));
    column_ += cell_columns_;
  }

  void EndRow() {
    EndCell();
    if (!in_row_) return;
    in_row_ = false;
    FillSpannedColumns();
    // A row with no text at all is no row.
    const bool any = std::any_of(cells_.begin(), cells_.end(), [](const std::string& c) { return !c.empty(); });
    if (any) {
      TextLine row = MakeRow(std::move(cells_));
      row.number = row_line_;
      lines_.push_back(std::move(row));
    }
    cells_.clear();
  }

  std::string_view html_;
  int line_ = 1;
  std::vector<TextLine> lines_;
  std::string text_;
  int text_line_ = 1;
  bool in_row_ = false, in_cell_ = false;
  int row_line_ = 1;
  std::vector<std::string> cells_;
  std::string cell_;
  int column_ = 0, cell_columns_ = 1;
  std::map<int, std::pair<int, int>> rowspans_;  // grid column -> rows still covered, columns wide
};

}  // namespace

bool LooksLikeHtml(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  std::size_t at = 0;
  while (at < bytes.size() && at < 512 && IsSpace(bytes[at])) ++at;
  const std::string head = Lower(bytes.substr(at, 16));
  for (std::string_view open : {"<!doctype html", "<html", "<head", "<body", "<meta"}) {
    if (head.starts_with(open)) return true;
  }
  return false;
}

namespace {

// Where `text` holds `tag` ("<table", "</table>") in any case, or npos.
std::size_t FindTag(std::string_view text, std::string_view tag) {
  for (std::size_t at = text.find('<'); at != std::string_view::npos; at = text.find('<', at + 1)) {
    if (at + tag.size() <= text.size() && Lower(text.substr(at, tag.size())) == tag) return at;
  }
  return std::string_view::npos;
}

}  // namespace

void ReadHtmlTablesInText(TextDocument& document) {
  std::vector<TextLine>& lines = document.lines;
  const auto opens = [](const TextLine& line) {
    std::string_view text = line.text;
    while (!text.empty() && IsSpace(text.front())) text.remove_prefix(1);
    return !line.is_table_row() && text.size() >= 6 && Lower(text.substr(0, 6)) == "<table";
  };
  if (std::none_of(lines.begin(), lines.end(), opens)) return;
  std::vector<TextLine> out;
  out.reserve(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::size_t close = i;
    if (opens(lines[i])) {
      while (close < lines.size() && FindTag(lines[close].text, "</table>") == std::string_view::npos) ++close;
    }
    if (!opens(lines[i]) || close == lines.size()) {
      out.push_back(std::move(lines[i]));
      continue;
    }
    std::string html;
    for (std::size_t k = i; k <= close; ++k) html += lines[k].text, html += '\n';
    for (TextLine& row : HtmlLines(html).Run()) {
      // (The segment's n-th line is the file's line of the table's first line, n - 1 on.)
      const std::size_t k = std::min(close, i + static_cast<std::size_t>(std::max(row.number, 1) - 1));
      row.number = lines[k].number;
      row.page = lines[k].page;
      row.text = ToNfcValid(std::move(row.text));
      for (std::string& cell : row.cells) cell = ToNfcValid(std::move(cell));
      out.push_back(std::move(row));
    }
    i = close;
  }
  lines.swap(out);
}

Result<TextDocument> ReadHtml(std::string_view bytes, const std::string& name) {
  auto text = ReadTxt(bytes, name);  // decoded, checked, NFC, split into lines
  if (!text) return text;
  std::string html;
  for (const TextLine& line : text->lines) html += line.text, html += '\n';
  TextDocument document;
  document.source = text->source;
  document.kind = SourceKind::kText;
  document.encoding = text->encoding;
  document.lines = HtmlLines(html).Run();
  // Entities may have made text that is not NFC ("&#x5E74;" for a precomposed character is, but
  // a combining mark may not be).
  for (TextLine& line : document.lines) {
    line.text = ToNfcValid(std::move(line.text));
    for (std::string& cell : line.cells) cell = ToNfcValid(std::move(cell));
  }
  if (document.lines.empty()) return Invalid("文件 " + name + "：网页中没有文字内容。");
  return document;
}

}  // namespace jixiao
