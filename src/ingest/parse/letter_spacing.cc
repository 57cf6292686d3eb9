#include "ingest/parse/letter_spacing.h"

#include <vector>

#include "base/text.h"

namespace jixiao::parse {
namespace {

// A Chinese character or a full-width punctuation mark: what letter spacing spaces out.
bool IsLetter(char32_t c) {
  return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c > 0x3000 && c <= 0x303F) ||
         (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
         (c >= 0xFF5B && c <= 0xFF65) || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0x2014;
}

struct Token {
  std::string_view text;
  int gap_before = 0;  // spaces before it (an ideographic space counts one)
  bool single = false;  // one letter
  bool starts_with_letter = false;
};

std::vector<Token> Tokens(std::string_view text, std::string& lead) {
  std::vector<Token> tokens;
  std::size_t pos = 0;
  int gap = 0;
  std::size_t start = std::string_view::npos;
  const auto close = [&](std::size_t end) {
    if (start == std::string_view::npos) return;
    Token t;
    t.text = text.substr(start, end - start);
    t.gap_before = gap;
    std::size_t p = 0;
    const char32_t first = NextCodePoint(t.text, p);
    t.starts_with_letter = IsLetter(first);
    t.single = t.starts_with_letter && p == t.text.size();
    tokens.push_back(t);
    start = std::string_view::npos;
    gap = 0;
  };
  while (pos < text.size()) {
    const std::size_t at = pos;
    const char32_t c = NextCodePoint(text, pos);
    if (c == ' ' || c == 0x3000) {
      close(at);
      if (tokens.empty()) lead.append(text.substr(at, pos - at));
      ++gap;
    } else if (start == std::string_view::npos) {
      start = at;
    }
  }
  close(text.size());
  return tokens;
}

}  // namespace

std::optional<std::string> WithoutLetterSpacing(std::string_view text, bool whole_cell) {
  if (text.find(' ') == std::string_view::npos && text.find("\u3000") == std::string_view::npos) return std::nullopt;
  std::string lead;
  const std::vector<Token> tokens = Tokens(text, lead);
  if (tokens.size() < 2) return std::nullopt;
  // Runs of singles at one spacing: [begin, end), the token at `end` joined too when it is a word
  // starting with a letter at the same spacing.
  struct Run {
    std::size_t begin, end;
    bool takes_next;
  };
  std::vector<Run> runs;
  std::size_t longest = 0;
  for (std::size_t i = 0; i < tokens.size();) {
    if (!tokens[i].single) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    const int gap = j < tokens.size() ? tokens[j].gap_before : 0;
    while (j < tokens.size() && tokens[j].single && tokens[j].gap_before == gap && gap <= 2) ++j;
    const bool takes_next = j > i + 1 && j < tokens.size() && !tokens[j].single && tokens[j].starts_with_letter &&
                            tokens[j].gap_before == gap;
    if (j - i >= 2) runs.push_back({i, j, takes_next}), longest = std::max(longest, j - i);
    i = j;
  }
  const bool whole = whole_cell && runs.size() == 1 && runs[0].begin == 0 &&
                     runs[0].end + (runs[0].takes_next ? 1 : 0) == tokens.size();
  const std::size_t minimum = longest >= 3 ? 2 : whole ? 2 : 3;
  bool changed = false;
  std::string out = lead;
  std::size_t r = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    while (r < runs.size() && runs[r].end + (runs[r].takes_next ? 1 : 0) <= i) ++r;
    const bool inside = r < runs.size() && runs[r].end - runs[r].begin >= minimum && i > runs[r].begin &&
                        i < runs[r].end + (runs[r].takes_next ? 1 : 0);
    if (i > 0 && !inside) out.append(static_cast<std::size_t>(tokens[i].gap_before), ' ');
    changed = changed || inside;
    out.append(tokens[i].text);
  }
  if (!changed) return std::nullopt;
  return out;
}

std::optional<TextDocument> WithoutLetterSpacing(const TextDocument& document) {
  std::optional<TextDocument> copy;
  for (std::size_t i = 0; i < document.lines.size(); ++i) {
    const TextLine& line = document.lines[i];
    if (line.is_table_row()) {
      std::vector<std::string> cells = line.cells;
      bool changed = false;
      for (std::string& cell : cells) {
        if (auto plain = WithoutLetterSpacing(cell, true)) cell = std::move(*plain), changed = true;
      }
      if (!changed) continue;
      if (!copy) copy = document;
      TextLine row = MakeRow(std::move(cells));
      row.number = line.number, row.page = line.page, row.paragraph = line.paragraph, row.column = line.column;
      copy->lines[i] = std::move(row);
    } else if (auto plain = WithoutLetterSpacing(line.text)) {
      if (!copy) copy = document;
      copy->lines[i].text = std::move(*plain);
      copy->lines[i].wraps.clear();
    }
  }
  return copy;
}

}  // namespace jixiao::parse
