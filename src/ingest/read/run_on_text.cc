#include "ingest/read/run_on_text.h"

#include <string>
#include <string_view>

#include "base/text.h"

namespace jixiao {
namespace {

// A line this long (in code points) is a run of several paragraphs, not one.
constexpr std::size_t kRunOn = 150;
// A page of a document-sharing copy holds at least this much text.
constexpr std::size_t kPage = 40;

constexpr std::u32string_view kNumerals = U"一二三四五六七八九十";

bool IsNumeral(char32_t c) { return kNumerals.find(c) != std::u32string_view::npos; }

// The bytes an Arabic number of one or two digits followed by 、 takes at `pos` ("2、"), 0 if none.
std::size_t ArabicItemAt(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end < text.size() && end - pos < 2 && text[end] >= '0' && text[end] <= '9') ++end;
  if (end == pos || text.compare(end, 3, "、") != 0) return 0;
  return end + 3 - pos;
}

// The bytes a Chinese heading marker takes at `pos` ("一、", "十二、", "（三）", "(三)"), 0 if none.
std::size_t ChineseMarkerAt(std::string_view text, std::size_t pos) {
  const bool wide = text.compare(pos, 3, "（") == 0, ascii = !wide && pos < text.size() && text[pos] == '(';
  const bool bracket = wide || ascii;
  std::size_t at = wide ? pos + 3 : ascii ? pos + 1 : pos, numerals = 0;
  while (at < text.size() && numerals < 3) {
    std::size_t next = at;
    if (!IsNumeral(NextCodePoint(text, next))) break;
    at = next, ++numerals;
  }
  if (numerals == 0) return 0;
  const std::string_view close = wide ? "）" : ascii ? ")" : "、";
  return text.compare(at, close.size(), close) == 0 ? at + close.size() - pos : 0;
}

bool EndsClause(std::string_view text) {
  for (std::string_view end : {"。", "；", "：", "！", "？"}) {
    if (text.ends_with(end)) return true;
  }
  return false;
}

// The page number a line opens with ("3、"), 0 when none. (A table's row, its cells apart by tabs,
// bars or runs of spaces, opens with its item's number.)
int PageNumberOf(std::string_view text) {
  if (text.find_first_of("\t|") != std::string_view::npos || CellGaps(text) > 0) return 0;
  const std::size_t marker = ArabicItemAt(text, 0);
  return marker == 0 ? 0 : std::stoi(std::string(text.substr(0, marker - 3)));
}

// The piece [begin, end) of `line`, placed where it stands in the source.
TextLine Piece(const TextLine& line, std::size_t begin, std::size_t end) {
  TextLine piece;
  piece.text = line.text.substr(begin, end - begin);
  piece.page = line.page, piece.number = line.number, piece.paragraph = line.paragraph;
  std::size_t from = 0;
  int column = line.column;
  for (const LineWrap& wrap : line.wraps) {
    if (wrap.byte_offset > begin) {
      if (wrap.byte_offset < end) {
        piece.wraps.push_back({wrap.byte_offset - begin, wrap.page, wrap.number, wrap.paragraph, wrap.column});
      }
      continue;
    }
    from = wrap.byte_offset, column = wrap.column;
    piece.page = wrap.page, piece.number = wrap.number;
    if (wrap.paragraph > 0) piece.paragraph = wrap.paragraph;
  }
  piece.column = column + static_cast<int>(CodePointCount(std::string_view(line.text).substr(from, begin - from)));
  return piece;
}

}  // namespace

void JoinNumberedPages(std::vector<TextLine>& lines) {
  std::vector<TextLine> out;
  out.reserve(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    TextLine line = std::move(lines[i]);
    int page = PageNumberOf(line.text);
    if (page == 1 && !line.is_table_row()) {
      // (Each page but the last ends inside a sentence: a list's items each end theirs.)
      while (i + 1 < lines.size() && !lines[i + 1].is_table_row() && PageNumberOf(lines[i + 1].text) == page + 1 &&
             !AtMostCodePoints(line.text, kPage) && !AtMostCodePoints(lines[i + 1].text, kPage) &&
             !EndsClause(Trim(line.text))) {
        TextLine& next = lines[++i];
        const std::size_t marker = ArabicItemAt(next.text, 0);
        while (!line.text.empty() && line.text.back() == ' ') line.text.pop_back();
        line.wraps.push_back({line.text.size(), next.page, next.number, next.paragraph,
                              next.column + static_cast<int>(CodePointCount(std::string_view(next.text).substr(0, marker)))});
        line.text += next.text.substr(marker);
        ++page;
      }
      // (The first page's number goes too, once a second page joined it.)
      if (page > 1) {
        const std::size_t marker = ArabicItemAt(line.text, 0);
        line.column += static_cast<int>(CodePointCount(std::string_view(line.text).substr(0, marker)));
        line.text.erase(0, marker);
        for (LineWrap& wrap : line.wraps) wrap.byte_offset -= marker;
      }
    }
    out.push_back(std::move(line));
  }
  lines.swap(out);
}

void SplitInlineHeadings(std::vector<TextLine>& lines) {
  std::vector<TextLine> out;
  out.reserve(lines.size());
  for (TextLine& line : lines) {
    const std::string_view text = line.text;
    if (line.is_table_row() || AtMostCodePoints(text, kRunOn)) {
      out.push_back(std::move(line));
      continue;
    }
    std::vector<std::size_t> cuts;
    std::size_t heading_at = std::string_view::npos;  // the last cut before a heading marker
    for (std::size_t pos = 0; pos < text.size();) {
      const std::string_view before = text.substr(cuts.empty() ? 0 : cuts.back(), pos - (cuts.empty() ? 0 : cuts.back()));
      // (Or after the title a copy ran the text on from: "…自评报告（X经费）一、项目概况".)
      const std::string_view so_far = text.substr(0, pos);
      const bool after_title = cuts.empty() && AtMostCodePoints(so_far, 60) && so_far.find("报告") != std::string_view::npos &&
                               (so_far.ends_with("报告") || so_far.ends_with("）"));
      const bool after_sentence = pos > 0 && (EndsClause(so_far) || after_title);
      const std::size_t chinese = pos > 0 ? ChineseMarkerAt(text, pos) : 0;
      // ("（一）项目概况1、项目单位基本情况": an item right after a heading's few words.)
      const bool after_heading = heading_at != std::string_view::npos && heading_at == (cuts.empty() ? 0 : cuts.back()) &&
                                 AtMostCodePoints(before, 16) && !EndsClause(before);
      const std::size_t arabic = pos > 0 && (after_sentence || after_heading) ? ArabicItemAt(text, pos) : 0;
      if ((chinese > 0 && after_sentence) || (chinese > 0 && after_heading) || arabic > 0) {
        // (Something must follow the marker: words, not a figure going on.)
        const std::size_t body = pos + (chinese > 0 ? chinese : arabic);
        if (body < text.size() && IsIdeographLead(text[body])) {
          cuts.push_back(pos);
          heading_at = chinese > 0 ? pos : std::string_view::npos;
        }
      }
      NextCodePoint(text, pos);
    }
    if (cuts.empty()) {
      out.push_back(std::move(line));
      continue;
    }
    std::size_t begin = 0;
    for (std::size_t cut : cuts) {
      if (cut > begin) out.push_back(Piece(line, begin, cut));
      begin = cut;
    }
    out.push_back(Piece(line, begin, text.size()));
  }
  lines.swap(out);
}

}  // namespace jixiao
