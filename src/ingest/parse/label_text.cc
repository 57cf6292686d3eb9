#include "ingest/parse/label_text.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "base/text.h"
#include "ingest/parse/headings.h"
#include "ingest/parse/lexicon.h"
#include "ingest/parse/scan.h"
#include "ingest/parse/tables.h"

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

// A run of labels spaced out at the spacing of their letters ("分  值  执  行  率  得  分") reads
// as one word; where it parts into two form labels or more and is none itself, they are put
// apart as the cells they are ("分值  执行率  得分").
std::string LabelsApart(const std::string& word) {
  if (IsFormLabel(word)) return word;
  std::vector<std::size_t> starts;  // code point starts, and the end
  for (std::size_t pos = 0; pos < word.size();) {
    starts.push_back(pos);
    NextCodePoint(word, pos);
  }
  starts.push_back(word.size());
  const std::size_t n = starts.size() - 1;
  // fewest[k]: the fewest labels the first k letters part into (n + 1 when they cannot).
  std::vector<std::size_t> fewest(n + 1, n + 1), from(n + 1, 0);
  fewest[0] = 0;
  for (std::size_t k = 1; k <= n; ++k) {
    for (std::size_t j = 0; j + 2 <= k; ++j) {
      if (fewest[j] > n || fewest[j] + 1 >= fewest[k]) continue;
      if (IsFormLabel(std::string_view(word).substr(starts[j], starts[k] - starts[j]))) fewest[k] = fewest[j] + 1, from[k] = j;
    }
  }
  if (fewest[n] > n || fewest[n] < 2) return word;
  std::vector<std::string_view> parts;
  for (std::size_t k = n; k > 0; k = from[k]) parts.push_back(std::string_view(word).substr(starts[from[k]], starts[k] - starts[from[k]]));
  std::string out;
  for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
    if (!out.empty()) out += "  ";
    out.append(*it);
  }
  return out;
}

}  // namespace

std::optional<std::string> WithoutLetterSpacing(std::string_view text, bool whole_cell) {
  if (text.find(' ') == std::string_view::npos && Find(text, "\u3000") == std::string_view::npos) return std::nullopt;
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
  std::string out = lead;
  bool changed = false;
  std::size_t i = 0;
  for (const Run& run : runs) {
    if (run.end - run.begin < minimum) continue;
    for (; i < run.begin; ++i) {
      if (i > 0) out.append(static_cast<std::size_t>(tokens[i].gap_before), ' ');
      out.append(tokens[i].text);
    }
    std::string word;
    const std::size_t end = run.end + (run.takes_next ? 1 : 0);
    for (; i < end; ++i) word.append(tokens[i].text);
    if (run.begin > 0) out.append(static_cast<std::size_t>(tokens[run.begin].gap_before), ' ');
    out.append(LabelsApart(word));
    changed = true;
  }
  if (!changed) return std::nullopt;
  for (; i < tokens.size(); ++i) {
    if (i > 0) out.append(static_cast<std::size_t>(tokens[i].gap_before), ' ');
    out.append(tokens[i].text);
  }
  return out;
}

namespace {

// Short lines of letters that together, and not alone, are one of the form's labels.
std::size_t BrokenLabelLines(const std::vector<TextLine>& lines, std::size_t i) {
  const auto piece = [&](std::size_t k) {
    if (k >= lines.size() || lines[k].is_table_row() || lines[k].text.empty()) return false;
    std::size_t pos = 0, count = 0;
    while (pos < lines[k].text.size()) {
      if (!IsLetter(NextCodePoint(lines[k].text, pos))) return false;
      if (++count > 10) return false;  // no piece of a label: the rest need not be read
    }
    return true;
  };
  if (!piece(i) || IsFormLabel(lines[i].text)) return 0;
  std::string word = lines[i].text;
  for (std::size_t k = i + 1; k < i + 3 && piece(k); ++k) {
    word += lines[k].text;
    if (IsFormLabel(word)) return k - i + 1;
  }
  return 0;
}

// Characters a scan's OCR reads for the ones a report's labels and units are written with, in
// the words they are misread in (a word, never a character alone: 己 is a word of its own).
constexpr std::pair<std::string_view, std::string_view> kOcrMisreadings[] = {
    {"万兀", "万元"},   {"项日", "项目"},   {"执衍", "执行"},   {"拔款", "拨款"},   {"拔付", "拨付"},
    {"完戍", "完成"},   {"预箅", "预算"},   {"预匏", "预算"},   {"指杤", "指标"},   {"满憊", "满意"},
    {"偏羞", "偏差"},   {"得份", "得分"},   {"—级指标", "一级指标"}, {"资仝", "资金"}, {"年庋", "年度"},
    {"己支出", "已支出"}, {"己完成", "已完成"}, {"己拨付", "已拨付"}, {"己支付", "已支付"}, {"财攻", "财政"},
};

std::optional<std::string> WithoutOcrMisreadings(std::string_view text) {
  std::optional<std::string> out;
  for (const auto& [misread, meant] : kOcrMisreadings) {
    const std::string_view current = out ? std::string_view(*out) : text;
    if (Find(current, misread) == std::string_view::npos) continue;
    std::string fixed;
    std::size_t from = 0;
    for (std::size_t at = Find(current, misread); at != std::string_view::npos; at = Find(current, misread, from)) {
      fixed.append(current.substr(from, at - from)).append(meant);
      from = at + misread.size();
    }
    fixed.append(current.substr(from));
    out = std::move(fixed);
  }
  return out;
}

// The key of a line that states one field of an indicator ("三级指标:征集参赛作品",
// "指标值：≥161件"), or empty.
std::string_view IndicatorFieldKey(std::string_view text) {
  // (A field's line has its colon within its first few words.)
  const std::string_view head = text.substr(0, std::min<std::size_t>(text.size(), 3 * 8));
  if (Find(head, "：") == std::string_view::npos && head.find(':') == std::string_view::npos) return {};
  static constexpr std::array<std::string_view, 14> kKeys = {
      "一级指标", "二级指标", "三级指标", "指标名称", "年度指标值", "指标值", "年度目标值", "目标值",
      "实际完成值", "实际值", "分值", "权重", "得分", "偏差原因"};
  text = TrimSpace(text);
  for (std::string_view key : kKeys) {
    if (!StartsWith(text, key)) continue;
    const std::string_view rest = text.substr(key.size());
    if (StartsWith(rest, "：") || StartsWith(rest, ":")) return key;
  }
  return {};
}

// A table row of cells side by side; a sheet's row of one cell is a line of text.
bool IsRowOfCells(const TextLine& line) { return line.cells.size() > 1; }

// A line that is one figure alone ("74.90", "96.15%"), as a slide's card writes it.
bool IsCardFigure(const TextLine& line) {
  if (IsRowOfCells(line)) return false;
  const std::string_view text = TrimSpace(line.text);
  if (text.empty() || text.size() > 16) return false;
  std::size_t digits = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') ++digits;
    else if (c != '.' && c != ',' && !(c == '%' && i + 1 == text.size())) return false;
  }
  return digits > 0;
}

// A card's label: a figure's name in the lexicon (全年预算数（万元）, 预算执行率, 满意度, 自评得分), no
// figure of its own, no sentence.
bool IsCardLabel(std::string_view text) {
  text = TrimSpace(text);
  // ("其中：财政拨款（万元）": a part, the word that says so before its colon.)
  for (std::string_view part : {"其中：", "其中:"}) {
    if (StartsWith(text, part)) text.remove_prefix(part.size());
  }
  if (text.empty() || !AtMostCodePoints(text, 16) || ContainsAny(text, {"：", ":", "，", "。"})) return false;
  return IsMoneyRole(ColumnRole(text)) || EndsWith(text, "满意度") || text == "自评得分";
}

// "项目属性：☑经常性项目 □一次性项目": a form's choice among boxes, read as the option ticked
// ("项目属性：经常性项目"); the options left unticked are no words of it. Only a line with a
// ticked box and an empty one is such a choice (a line opening with "□" alone is a list's).
std::optional<std::string> WithTickedChoices(std::string_view text) {
  static constexpr std::array<std::string_view, 4> kTicked = {"☑", "✔", "✓", "☒"};
  static constexpr std::array<std::string_view, 2> kEmpty = {"□", "☐"};
  const auto any_of = [&](const auto& glyphs) {
    return std::any_of(glyphs.begin(), glyphs.end(), [&](std::string_view g) { return Find(text, g) != std::string_view::npos; });
  };
  // (Every box above opens with the byte E2: most lines hold none.)
  if (text.find('\xE2') == std::string_view::npos || !any_of(kTicked) || !any_of(kEmpty)) return std::nullopt;
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const auto at = [&](const auto& glyphs) -> std::size_t {
      for (std::string_view g : glyphs) {
        if (text.compare(i, g.size(), g) == 0) return g.size();
      }
      return 0;
    };
    if (const std::size_t ticked = at(kTicked)) {
      i += ticked;
      continue;
    }
    if (const std::size_t empty = at(kEmpty)) {
      // The option's words, up to a space or the next box.
      i += empty;
      while (i < text.size() && text[i] != ' ' && at(kTicked) == 0 && at(kEmpty) == 0) ++i;
      while (!out.empty() && out.back() == ' ') out.pop_back();
      // (Right after the label, the spaces before the next option go with it.)
      if (out.empty() || EndsWith(out, "：") || EndsWith(out, ":")) {
        while (i < text.size() && text[i] == ' ') ++i;
      }
      continue;
    }
    out += text[i++];
  }
  return std::string(TrimSpace(out));
}

// "预算执行率（%）：93.50": a label stating its figure is a percent, the figure without the sign,
// read as "预算执行率：93.50%".
std::optional<std::string> WithPercentFromLabel(std::string_view text) {
  // (Most lines state no percent at all.)
  if (text.find('%') == std::string_view::npos && Find(text, "％") == std::string_view::npos) return std::nullopt;
  for (std::string_view unit : {"（%）：", "(%)：", "（%）:", "(%):", "（％）："}) {
    const std::size_t at = Find(text, unit);
    if (at == std::string_view::npos || at == 0) continue;
    const std::size_t figure = at + unit.size();
    std::size_t end = figure;
    while (end < text.size() && ((text[end] >= '0' && text[end] <= '9') || text[end] == '.')) ++end;
    if (end == figure || (end < text.size() && text[end] != ' ' && text.compare(end, 3, "；") != 0 &&
                          text.compare(end, 3, "，") != 0 && text.compare(end, 3, "。") != 0)) {
      continue;
    }
    std::string out(text.substr(0, at));
    out += "：";
    out += text.substr(figure, end - figure);
    out += "%";
    out += text.substr(end);
    return out;
  }
  return std::nullopt;
}

// "【全年预算】155.57万元": a label set in brackets before its figure, as "全年预算：155.57万元".
std::optional<std::string> WithoutLabelBrackets(std::string_view text) {
  constexpr std::string_view kOpen = "【", kClose = "】";
  if (Find(text, kOpen) == std::string_view::npos) return std::nullopt;
  std::optional<std::string> out;
  std::size_t from = 0;
  for (std::size_t open = Find(text, kOpen); open != std::string_view::npos; open = Find(text, kOpen, from)) {
    const std::size_t close = Find(text, kClose, open);
    if (close == std::string_view::npos) break;
    const std::string_view label = text.substr(open + kOpen.size(), close - open - kOpen.size());
    const std::size_t after = close + kClose.size();
    const bool figure_follows = after < text.size() && ((text[after] >= '0' && text[after] <= '9') ||
                                                        text.substr(after).starts_with("≥") || text.substr(after).starts_with("≤"));
    if (!out) out.emplace();
    // "【项目名称】招商引资专项工作经费": a field of an exported form opening its line, any value after
    // it; "【绩效指标完成情况】（指标名称｜年度指标值｜…）": the header of the lines below, the caption aside.
    const std::string_view rest = TrimSpace(text.substr(after));
    const bool opens_line = TrimSpace(text.substr(0, open)).empty() && !rest.empty() && !StartsWith(rest, kOpen);
    const bool header_follows = opens_line && Find(rest, "｜") != std::string_view::npos &&
                                (StartsWith(rest, "（") || StartsWith(rest, "("));
    if (header_follows) {
      std::string_view inner = rest.substr(StartsWith(rest, "（") ? std::string_view("（").size() : 1);
      inner = TrimTrailing(TrimTrailing(inner, "）"), ")");
      out->assign(inner);
      return out;
    }
    if ((figure_follows || opens_line) && !label.empty() && CodePointCount(label) <= 10) {
      out->append(text.substr(from, open - from)).append(label).append("：");
    } else {
      out->append(text.substr(from, after - from));
    }
    from = after;
  }
  if (!out) return std::nullopt;
  out->append(text.substr(from));
  if (*out == text) return std::nullopt;
  return out;
}

// Where the text after an item's number starts ("1. X", "2、X": a number of one or two digits and
// one of `marks`), or 0 when the text opens with none.
std::size_t AfterItemNumber(std::string_view text, std::initializer_list<std::string_view> marks) {
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits == 0 || digits > 2) return 0;
  for (std::string_view mark : marks) {
    if (text.substr(digits).starts_with(mark)) return digits + mark.size();
  }
  return 0;
}

// "“政务服务中心运行保障经费”": a name quoted whole (no quote opening inside it).
bool QuotedWhole(std::string_view name) {
  return StartsWith(name, "“") && EndsWith(name, "”") && Find(name, "“", std::string_view("“").size()) == std::string_view::npos;
}

// The name without the quotes it is quoted whole in, or as it is.
std::string_view Unquoted(std::string_view name) {
  if (!QuotedWhole(name)) return name;
  constexpr std::size_t kQuote = std::string_view("“").size();
  return name.substr(kQuote, name.size() - 2 * kQuote);
}

// A page explaining results as questions and answers: "问：“基层商会建设经费”的钱花得怎么样？" (or
// "Q3：…", "3. …") is a heading of the project it asks about, the answer below it about that
// project; "答：" / "A3：" opening an answer is no text of it.
std::optional<std::string> WithQuestionsAsHeadings(std::string_view text) {
  std::string_view body = TrimSpace(text);
  const auto marker_end = [](std::string_view t, std::string_view letter) -> std::size_t {
    if (!t.starts_with(letter)) return 0;
    std::size_t at = letter.size();
    while (at < t.size() && t[at] >= '0' && t[at] <= '9') ++at;
    for (std::string_view colon : {"：", ":"}) {
      if (t.substr(at).starts_with(colon)) return at + colon.size();
    }
    return 0;
  };
  if (const std::size_t answer = std::max(marker_end(body, "答"), marker_end(body, "A")); answer > 0) {
    return std::string(TrimSpace(body.substr(answer)));
  }
  if (!(EndsWith(body, "？") || EndsWith(body, "?"))) return std::nullopt;
  std::size_t question = std::max(marker_end(body, "问"), marker_end(body, "Q"));
  if (question == 0) question = AfterItemNumber(body, {". ", ".", "、"});
  if (question == 0) return std::nullopt;
  const std::string_view asked = TrimSpace(body.substr(question));
  const std::size_t of = Find(asked, "的");
  if (of == std::string_view::npos) return std::nullopt;
  const std::string_view subject = Unquoted(asked.substr(0, of));
  if (CodePointCount(subject) < 4 || CodePointCount(subject) > 40) return std::nullopt;
  // (Written as a bullet's heading: a project's name under a bullet heads what follows.)
  for (std::string_view end : {"经费", "资金", "项目", "工程", "补助", "补贴"}) {
    if (EndsWith(subject, end)) return "● " + std::string(subject);
  }
  return std::nullopt;
}

// "> 全年执行数：38.3491万元": a line of an e-mail quoted in a reply or a forward (or a Markdown
// quote), its marks aside.
std::optional<std::string> WithoutQuoteMarks(std::string_view text) {
  if (text.empty() || text.front() != '>') return std::nullopt;
  std::size_t at = 0;
  while (at < text.size() && (text[at] == '>' || text[at] == ' ')) ++at;
  return std::string(text.substr(at));
}

// "1. 引进亿元以上项目｜≥7个｜7个｜15｜15": a row whose cells full-width bars part (an OA system's
// export), its item number aside, as a row of bars.
std::optional<std::string> WithAsciiBars(std::string_view text) {
  constexpr std::string_view kBar = "｜";
  std::size_t bars = 0;
  for (std::size_t at = Find(text, kBar); at != std::string_view::npos; at = Find(text, kBar, at + kBar.size())) ++bars;
  if (bars < 2 || text.find('|') != std::string_view::npos) return std::nullopt;
  std::string_view body = TrimSpace(text);
  // (The item's number: "1. ", "2、".)
  body.remove_prefix(AfterItemNumber(body, {". ", ".", "、", "．"}));
  std::string out;
  for (std::size_t at = 0;;) {
    const std::size_t bar = Find(body, kBar, at);
    out.append(TrimSpace(body.substr(at, bar == std::string_view::npos ? std::string_view::npos : bar - at)));
    if (bar == std::string_view::npos) break;
    out.append(" | ");
    at = bar + kBar.size();
  }
  return out;
}

// A scanned table's rules read as marks at a line's ends ("| 项日名称    X", "…    17    14.66 丨"):
// a bar opening a line with no other bar, or closing one after a space, is no text of it.
std::optional<std::string> WithoutStrayRules(std::string_view text) {
  std::string_view kept = text;
  const std::string_view trimmed = TrimSpace(kept);
  bool changed = false;
  if ((StartsWith(trimmed, "| ") || StartsWith(trimmed, "丨 ")) && trimmed.find('|', 1) == std::string_view::npos) {
    kept = TrimSpace(trimmed.substr(StartsWith(trimmed, "|") ? 1 : 3));
    changed = true;
  }
  for (std::string_view bar : {" 丨", " |"}) {
    if (EndsWith(TrimSpace(kept), bar) && TrimSpace(kept).find('|') == (bar == " |" ? TrimSpace(kept).size() - 1 : std::string_view::npos)) {
      kept = TrimSpace(TrimSpace(kept).substr(0, TrimSpace(kept).size() - bar.size()));
      changed = true;
    }
  }
  if (!changed) return std::nullopt;
  return std::string(kept);
}

// Whether a text shows a scan's OCR at work: its most frequent misreadings (元 read as 兀, 目 as
// 日, 行 as 衍). Only such a document is searched for the others, once per line each.
bool ShowsOcr(std::string_view text) {
  return Find(text, "兀") != std::string_view::npos || Find(text, "项日") != std::string_view::npos ||
         Find(text, "执衍") != std::string_view::npos;
}

// "◆ 全年执行：14.55万元◆ 预算执行率：93.15%": a slide's list items run together in one cell (its
// paragraphs joined) are parted again, a semicolon before each bullet that follows words.
std::optional<std::string> WithBreaksBeforeInnerBullets(std::string_view text) {
  static constexpr std::string_view kBullets[] = {"◆", "●", "■", "▶", "►", "•", "▪"};
  if (text.find('\xE2') == std::string_view::npos) return std::nullopt;  // every bullet's first byte
  std::optional<std::string> out;
  std::size_t copied = 0;
  for (std::size_t at = text.find('\xE2', 1); at != std::string_view::npos; at = text.find('\xE2', at + 1)) {
    if (std::none_of(std::begin(kBullets), std::end(kBullets), [&](std::string_view b) { return text.compare(at, b.size(), b) == 0; })) {
      continue;
    }
    const std::string_view before = TrimTrailing(text.substr(0, at), " ");
    if (before.empty()) continue;
    std::size_t len = 0;
    const char32_t last = CodePointBefore(before, before.size(), &len);
    if (last == U'。' || last == U'；' || last == U';' || last == U'，' || last == U',' || last == U'：' || last == U':' ||
        std::any_of(std::begin(kBullets), std::end(kBullets), [&](std::string_view b) { return EndsWith(before, b); })) {
      continue;
    }
    if (!out) out.emplace();
    out->append(text.substr(copied, at - copied)).append("；");
    copied = at;
  }
  if (out) out->append(text.substr(copied));
  return out;
}

// A line's or cell's text with its labels mended: letter spacing taken out, OCR misreadings put
// right (in a document that shows OCR at work), labels in brackets before their figures as labels.
std::optional<std::string> Mended(std::string_view text, bool whole_cell, bool ocr) {
  std::optional<std::string> out = WithoutLetterSpacing(text, whole_cell);
  // Each mend reads what the ones before left.
  const auto mend = [&](auto step) {
    if (auto mended = step(out ? std::string_view(*out) : text)) out = std::move(mended);
  };
  if (ocr) {
    mend(WithoutOcrMisreadings);
    mend(WithoutStrayRules);
  }
  mend(WithoutQuoteMarks);
  mend(WithQuestionsAsHeadings);
  mend(WithTickedChoices);
  mend(WithPercentFromLabel);
  mend(WithoutLabelBrackets);
  mend(WithAsciiBars);
  mend(WithBreaksBeforeInnerBullets);
  return out;
}

// Whether a line is an entry of a table of contents: a title, a leader of dots or dashes and
// the page it is on ("（一）广播电视节目安全播出经费……………………1", "3.2 项目支出情况........5").
bool IsContentsEntry(std::string_view text) {
  // (Most lines end in no digit: nothing more to look at.)
  if (text.empty() || text.back() < '0' || text.back() > '9') {
    text = TrimSpace(text);
    if (text.empty() || text.back() < '0' || text.back() > '9') return false;
  }
  text = TrimSpace(text);
  std::size_t end = text.size();
  while (end > 0 && text[end - 1] >= '0' && text[end - 1] <= '9') --end;
  if (end == text.size() || text.size() - end > 3) return false;
  while (end > 0 && text[end - 1] == ' ') --end;
  std::size_t leader = 0;
  for (std::size_t len = 0; end > 0; end -= len) {
    const char32_t c = CodePointBefore(text, end, &len);
    if (c != U'…' && c != U'.' && c != U'·' && c != U'．' && c != U'-' && c != U'—' && c != U'－' && c != U'_' && c != U'⋯') break;
    ++leader;
  }
  return leader >= 3 && end > 0;
}

// Whether the line is a table of contents' title ("目录", "目    录").
bool IsContentsTitle(std::string_view text) {
  if (text.size() > 40 || Find(text, "目") == std::string_view::npos) return false;
  std::string compact;
  for (char c : TrimSpace(text)) {
    if (c != ' ') compact += c;
  }
  return compact == "目录" || compact == "目次";
}

// The document being mended: read through lines(), changed through Edit() — the copy is made on
// the first change, so that a document with nothing to mend is never copied.
class Mending {
 public:
  explicit Mending(const TextDocument& document) : document_(document) {}
  const std::vector<TextLine>& lines() const { return copy_ ? copy_->lines : document_.lines; }
  const TextDocument& original() const { return document_; }
  // Line `i`, to change (its wraps, places of physical lines merged into it, no longer hold).
  TextLine& Edit(std::size_t i) {
    if (!copy_) copy_ = document_;
    copy_->lines[i].wraps.clear();
    return copy_->lines[i];
  }
  void Clear(std::size_t i) {
    TextLine& line = Edit(i);
    line.text.clear(), line.cells.clear();
  }
  // Line `into` becomes the line of text `text`; line `from`, read into it, is left empty.
  void Merge(std::size_t into, std::string text, std::size_t from) {
    TextLine& line = Edit(into);
    line.text = std::move(text), line.cells.clear();
    Clear(from);
  }
  void SetLines(std::vector<TextLine> lines) {
    if (!copy_) copy_ = document_;
    copy_->lines = std::move(lines);
  }
  std::optional<TextDocument> Result() && { return std::move(copy_); }

 private:
  const TextDocument& document_;
  std::optional<TextDocument> copy_;
};

// Every line's and cell's labels mended (letter spacing, OCR misreadings, ticked boxes, …).
// "12 | 月底前完成", "2025年12月 | 31日前": a deadline a PDF's cells parted after its figures (the
// spacing between a figure and the words after it read as a gap between cells) is one cell again.
// (A unit alone after a figure, "12 | 月", is a column of its own: 度量单位.)
bool JoinDeadlinesParted(std::vector<std::string>& cells) {
  bool joined = false;
  for (std::size_t c = 0; c + 1 < cells.size(); ++c) {
    const std::string_view cell = TrimSpace(cells[c]), next = TrimSpace(cells[c + 1]);
    if (cell.empty() || next.empty() || CodePointCount(next) < 3) continue;
    // A month's number, then the words of the deadline: "12 | 月底前完成".
    const bool month = cell.size() <= 2 && std::all_of(cell.begin(), cell.end(), [](char ch) { return ch >= '0' && ch <= '9'; }) &&
                       StartsWith(next, "月") && ContainsAny(next, {"前", "底", "完成", "末"});
    // A date up to its month, then its day: "2025年12月 | 31日前".
    const bool day = EndsWith(cell, "月") && cell.find_first_of("0123456789") != std::string_view::npos && DigitAt(next, 0) >= 0 &&
                     ContainsAny(next, {"日前", "日完成", "日止"});
    if (!month && !day) continue;
    cells[c] = std::string(cell) + std::string(next);
    cells.erase(cells.begin() + static_cast<std::ptrdiff_t>(c + 1));
    joined = true;
  }
  return joined;
}

void MendLines(Mending& m) {
  const std::vector<TextLine>& lines = m.original().lines;
  const bool ocr = std::any_of(lines.begin(), lines.end(), [](const TextLine& line) { return ShowsOcr(line.text); });
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const TextLine& line = lines[i];
    if (line.is_table_row()) {
      std::vector<std::string> cells = line.cells;
      bool changed = JoinDeadlinesParted(cells);
      for (std::string& cell : cells) {
        if (auto plain = Mended(cell, true, ocr)) cell = std::move(*plain), changed = true;
      }
      if (!changed) continue;
      TextLine row = MakeRow(std::move(cells));
      row.number = line.number, row.page = line.page, row.paragraph = line.paragraph, row.column = line.column;
      m.Edit(i) = std::move(row);
    } else if (auto plain = Mended(line.text, true, ocr)) {
      m.Edit(i).text = std::move(*plain);
    }
  }
}

// A table of contents lists the report's headings, projects among them, with no figure: its
// entries are no text of the report (an entry wrapped over two lines, its first line too).
void DropContents(Mending& m) {
  for (std::size_t i = 0; i < m.lines().size(); ++i) {
    const TextLine& line = m.lines()[i];
    if (line.is_table_row() || !(IsContentsEntry(line.text) || IsContentsTitle(line.text))) continue;
    m.Clear(i);
    // (The first line of a wrapped entry: a heading's number, no leader, the entry's rest below
    // without one.)
    const TextLine& above = m.lines()[i > 0 ? i - 1 : 0];
    if (i > 0 && !above.is_table_row() && ReadHeadingMarker(above.text).found() &&
        !ReadHeadingMarker(m.original().lines[i].text).found() && AtMostCodePoints(above.text, 40) &&
        Find(above.text, "。") == std::string::npos) {
      m.Clear(i - 1);
    }
  }
}

// An indicator stated field by field over lines ("三级指标:征集参赛作品" / "指标值:≥161件" /
// "实际完成值:137件" / "得分:10.21"), as a form exported block by block gives it: one line, the
// fields apart by semicolons, as such a form gives an indicator on a line of its own.
void JoinIndicatorFields(Mending& m) {
  for (std::size_t i = 0; i < m.lines().size(); ++i) {
    const std::vector<TextLine>& lines = m.lines();
    if (lines[i].is_table_row() || IndicatorFieldKey(lines[i].text).empty()) continue;
    std::size_t end = i;
    bool named = false, valued = false;
    while (end < lines.size() && !lines[end].is_table_row()) {
      const std::string_view key = IndicatorFieldKey(lines[end].text);
      if (key.empty()) break;
      // (The next indicator's first field starts a block of its own.)
      const bool names = key == "三级指标" || key == "指标名称";
      if ((names || key == "一级指标" || key == "二级指标") && named) break;
      named |= names;
      valued |= key == "指标值" || key == "年度指标值" || key == "实际完成值" || key == "目标值" || key == "年度目标值";
      ++end;
    }
    if (!named || !valued || end - i < 3) {
      i = std::max(i, end == i ? i : end - 1);
      continue;
    }
    std::string joined;
    for (std::size_t k = i; k < end; ++k) {
      if (!joined.empty()) joined += "；";
      joined += TrimSpace(m.lines()[k].text);
      if (k > i) m.Clear(k);
    }
    m.Edit(i).text = std::move(joined);
    i = end - 1;
  }
}

// A sentence an article breaks into short paragraphs ("新增缴存职工2196人，" / ("" /) "年度指标值
// ≥1980人，得16分。"): a paragraph ending in a comma goes on in the next one.
void JoinCommaParagraphs(Mending& m) {
  // (Next to it only where the line is a paragraph of its own: a document's, or a text's line
  // well short of its widest — a text broken at a page's width fills its lines.)
  std::optional<std::size_t> widest;  // worked out when first needed
  const auto short_line = [&](std::string_view text) {
    if (m.original().kind == SourceKind::kDocx) return true;
    if (!widest) {
      widest = 0;
      for (const TextLine& line : m.lines()) {
        if (!line.is_table_row()) widest = std::max(*widest, CodePointCount(TrimSpace(line.text)));
      }
    }
    return CodePointCount(TrimSpace(text)) * 10 < *widest * 7;
  };
  for (std::size_t i = 0; i + 1 < m.lines().size(); ++i) {
    const std::vector<TextLine>& lines = m.lines();
    if (lines[i].is_table_row() || !EndsWith(TrimSpace(lines[i].text), "，")) continue;
    std::size_t next = i + 1;
    while (next < lines.size() && next <= i + 2 && !lines[next].is_table_row() && TrimSpace(lines[next].text).empty()) ++next;
    if ((next == i + 1 && !short_line(lines[i].text)) || next >= lines.size() || lines[next].is_table_row() || TrimSpace(lines[next].text).empty() ||
        ReadHeadingMarker(lines[next].text).found() || !AtMostCodePoints(lines[i].text, 60)) {
      continue;
    }
    m.Merge(i, std::string(TrimSpace(lines[i].text)) + std::string(TrimSpace(lines[next].text)), next);
  }
}

// A form copied as text may put a label's value on the line after it ("全年预算数（万元）：" /
// "121.04"): one line, as the form has it.
void JoinValueOnNextLine(Mending& m) {
  for (std::size_t i = 0; i + 1 < m.lines().size(); ++i) {
    const std::vector<TextLine>& lines = m.lines();
    if (lines[i].is_table_row() || !IsCardFigure(lines[i + 1])) continue;
    const std::string_view text = TrimSpace(lines[i].text);
    const std::size_t colon = EndsWith(text, "：") ? text.size() - 3 : EndsWith(text, ":") ? text.size() - 1 : std::string_view::npos;
    if (colon == std::string_view::npos || colon == 0 || !AtMostCodePoints(text, 24)) continue;
    // (Only a label that states its unit: "预算数:" over "2.38" may be a form's cells a line each, its
    // unit written further on.)
    const std::string_view label = text.substr(0, colon);
    if (!IsCardLabel(label) || !HeaderUnit(label)) continue;
    m.Merge(i, std::string(text) + std::string(TrimSpace(lines[i + 1].text)), i + 1);
    ++i;
  }
}

// A slide's cards write the figure above its label ("74.90" / "全年预算数（万元）", "96.15%" /
// "预算执行率"): read as "全年预算数（万元）：74.90". Only a figure on a line of its own after a
// line that is no figure (a table written a cell a line has figures in a row).
// (Cards come in rows: the pair after this one is a card too, or the one before was.)
void ReadCards(Mending& m) {
  const auto card = [&](std::size_t i) {
    const std::vector<TextLine>& lines = m.lines();
    return i + 1 < lines.size() && IsCardFigure(lines[i]) && !IsRowOfCells(lines[i + 1]) && IsCardLabel(lines[i + 1].text);
  };
  std::size_t cards_end = 0;
  for (std::size_t i = 0; i + 1 < m.lines().size(); ++i) {
    if (!card(i) || (!card(i + 2) && cards_end != i)) continue;
    const std::vector<TextLine>& lines = m.lines();
    std::size_t before = i;
    while (before > 0 && TrimSpace(lines[before - 1].text).empty() && !IsRowOfCells(lines[before - 1])) --before;
    // (A figure right under a label of money is that label's value, a form one cell a line:
    // "年初预算数（元）" / "875053.00" / "全年预算数（元）" / "1019827.00" is no row of cards.)
    // (Nor under a form's key with no value of its own, "项目编码" over "43112919464414".)
    const auto key_alone = [](std::string_view text) {
      text = TrimSpace(text);
      return !text.empty() && AtMostCodePoints(text, 8) && text.find_first_of("0123456789") == std::string_view::npos &&
             !ContainsAny(text, {"：", ":", "。", "，"}) && !ReadHeadingMarker(text).found();
    };
    if (cards_end != i && before > 0 &&
        (IsCardFigure(lines[before - 1]) || IsRowOfCells(lines[before - 1]) || IsCardLabel(lines[before - 1].text) ||
         key_alone(lines[before - 1].text))) {
      continue;
    }
    cards_end = i + 2;
    m.Merge(i, std::string(TrimSpace(lines[i + 1].text)) + "：" + std::string(TrimSpace(lines[i].text)), i + 1);
    ++i;
  }
}

// (Only a copy one cell a line breaks a label over lines: a PDF's narrow cells or a sheet's.)
void JoinBrokenLabels(Mending& m) {
  const std::vector<TextLine>& lines = m.lines();
  // (The lines are copied only from the first broken label on: most documents have none.)
  std::vector<TextLine> joined;
  bool any = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::size_t parts = BrokenLabelLines(lines, i);
    if (parts == 0) {
      if (any) joined.push_back(lines[i]);
      continue;
    }
    if (!any) joined.assign(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(i));
    joined.push_back(lines[i]);
    for (std::size_t k = 1; k < parts; ++k) joined.back().text += lines[i + k].text;
    joined.back().wraps.clear();
    i += parts - 1;
    any = true;
  }
  if (any) m.SetLines(std::move(joined));
}

// "A、B和C3个项目全年预算数分别为93.59万元、100.24万元和79.88万元，其中财政拨款分别为…；全年实际
// 支出分别为…": projects listed, then each of their figures in the same order. The sentence is
// written again a project at a time ("A：全年预算数93.59万元，其中财政拨款81.40万元，全年实际支出…。"),
// each a line of its own after what the line says besides.
namespace respectively {

constexpr std::string_view kProjectWords[] = {"经费", "资金", "项目", "工程", "补助", "补贴", "专款"};
constexpr std::string_view kClauseEnds[] = {"，", ",", "。", "；", ";", "：", ":"};

bool EndsAsProject(std::string_view name) {
  name = TrimTrailing(name, "”\"");
  for (std::string_view end : kProjectWords) {
    if (EndsWith(name, end)) return true;
  }
  return false;
}

// Pieces of `text` apart at 、 和 及 与.
std::vector<std::string_view> ListItems(std::string_view text) {
  std::vector<std::string_view> items;
  std::size_t from = 0;
  int quoted = 0;  // (no item ends inside quotes: “参与结对民营企业”)
  for (std::size_t at = 0; at < text.size();) {
    if (text.substr(at).starts_with("“")) ++quoted;
    if (text.substr(at).starts_with("”") && quoted > 0) --quoted;
    std::size_t len = 0;
    for (std::string_view sep : {"、", "和", "及", "与"}) {
      if (quoted == 0 && text.substr(at).starts_with(sep)) len = sep.size();
    }
    if (len == 0) {
      NextCodePoint(text, at);
      continue;
    }
    items.push_back(TrimSpace(text.substr(from, at - from)));
    at += len;
    from = at;
  }
  items.push_back(TrimSpace(text.substr(from)));
  return items;
}

// Where the clause holding `at` starts: after the last clause mark before it.
std::size_t ClauseStart(std::string_view text, std::size_t at) {
  std::size_t start = 0;
  for (std::string_view end : kClauseEnds) {
    const std::size_t k = RFind(text, end, at);
    if (k != std::string_view::npos && k < at) start = std::max(start, k + end.size());
  }
  return start;
}

std::size_t ClauseEndAfter(std::string_view text, std::size_t at) {
  std::size_t end = text.size();
  for (std::string_view mark : kClauseEnds) {
    const std::size_t k = Find(text, mark, at);
    if (k != std::string_view::npos) end = std::min(end, k);
  }
  return end;
}

// The line written a project at a time, or nullopt when it lists no projects' figures so.
std::optional<std::vector<std::string>> Split(std::string_view text) {
  std::vector<std::string_view> names;
  bool quoted_names = false;  // indicators named in quotes ("“A”和“B”年度目标分别为…")
  std::vector<std::string> per_project;
  std::size_t consumed_from = std::string_view::npos, consumed_to = 0;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t mark = Find(text, "分别", at);
    if (mark == std::string_view::npos) break;
    // The words after 分别 up to the first figure or comparison are the label's end ("实际分别完成
    // 68家", "分别得26分"); 为 and 是 are no part of it.
    std::size_t values_at = mark + std::string_view("分别").size();
    while (values_at < text.size() && !(text[values_at] >= '0' && text[values_at] <= '9')) {
      bool compares = false;
      for (std::string_view c : {"不少于", "不低于", "不超过", "不高于", "≥", "≤", "＞", "＜", ">", "<", "“"}) {
        compares |= text.substr(values_at).starts_with(c);
      }
      if (compares) break;
      NextCodePoint(text, values_at);
    }
    std::string_view tail = text.substr(mark + std::string_view("分别").size(), values_at - mark - std::string_view("分别").size());
    if (StartsWith(tail, "为") || StartsWith(tail, "是")) tail.remove_prefix(std::string_view("为").size());
    const std::size_t start = ClauseStart(text, mark);
    std::string_view before = text.substr(start, mark - start);
    const std::size_t values_end = ClauseEndAfter(text, values_at);
    at = values_end;
    if (CodePointCount(tail) > 4 || values_at >= values_end) continue;
    const std::vector<std::string_view> values = ListItems(text.substr(values_at, values_end - values_at));
    std::string_view label = before;
    if (names.empty()) {
      // The list of projects, the last one running on into the figures' label
      // ("…运维经费3个项目全年预算数").
      std::vector<std::string_view> items = ListItems(before);
      if (items.size() < 2) continue;
      std::string_view last = items.back();
      std::size_t name_end = std::string_view::npos;
      for (std::string_view end : kProjectWords) {
        const std::size_t k = Find(last, end);
        if (k != std::string_view::npos && (name_end == std::string_view::npos || k + end.size() < name_end)) name_end = k + end.size();
      }
      if (name_end != std::string_view::npos && last.substr(name_end).starts_with("”")) name_end += std::string_view("”").size();
      const auto wholly_quoted = [](std::string_view n) { return QuotedWhole(n) && CodePointCount(n) >= 4; };
      std::vector<std::string_view> named = items;
      if (name_end != std::string_view::npos) {
        named.back() = last.substr(0, name_end);
        if (!std::all_of(named.begin(), named.end(), [](std::string_view n) { return CodePointCount(n) >= 4 && EndsAsProject(n); })) {
          name_end = std::string_view::npos;
        }
      }
      if (name_end != std::string_view::npos) {
        label = last.substr(name_end);
      } else if (StartsWith(last, "“") && Find(last, "”") != std::string_view::npos) {
        // (Indicators named in quotes, the last one running on into the label: "“结对帮扶村”年度目标".)
        const std::size_t close = Find(last, "”") + std::string_view("”").size();
        named = items;
        named.back() = last.substr(0, close);
        if (!std::all_of(named.begin(), named.end(), wholly_quoted)) continue;
        label = last.substr(close);
        quoted_names = true;
      } else {
        continue;
      }
      // ("3个项目", "两个项目" between the names and the label.)
      const std::size_t count = Find(label, "个项目");
      if (count != std::string_view::npos && count <= 9) label = label.substr(count + std::string_view("个项目").size());
      names = named;
      per_project.assign(names.size(), std::string());
      consumed_from = start;
    }
    if (values.size() != names.size() ||
        !std::all_of(values.begin(), values.end(), [](std::string_view v) { return v.find_first_of("0123456789") != std::string_view::npos; })) {
      if (per_project.empty() || per_project.front().empty()) names.clear(), per_project.clear(), quoted_names = false;
      continue;
    }
    label = TrimSpace(label);
    if (StartsWith(label, "其中")) label.remove_prefix(std::string_view("其中").size());
    for (std::size_t k = 0; k < names.size(); ++k) {
      if (!per_project[k].empty()) per_project[k] += "，";
      per_project[k].append(label).append(tail).append(values[k]);
    }
    consumed_to = values_end;
  }
  if (names.empty() || per_project.empty() || per_project.front().empty()) return std::nullopt;
  std::vector<std::string> out;
  std::string rest(text.substr(0, consumed_from));
  std::string_view after = consumed_to < text.size() ? text.substr(consumed_to) : std::string_view();
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view mark : {"，", ",", "；", ";", "。"}) {
      if (after.starts_with(mark)) after.remove_prefix(mark.size()), trimmed = true;
    }
  }
  rest.append(after);
  if (!TrimSpace(rest).empty()) out.push_back(rest);
  for (std::size_t k = 0; k < names.size(); ++k) {
    // (A name quoted whole, “政务服务中心运行保障经费”, is the name without its quotes; an
    // indicator's keeps them, its sentence read as written: "“结对帮扶村”年度目标不少于58个，…".)
    if (quoted_names) {
      out.push_back(std::string(names[k]) + per_project[k] + "。");
    } else {
      out.push_back(std::string(Unquoted(names[k])) + "：" + per_project[k] + "。");
    }
  }
  return out;
}

}  // namespace respectively

void SplitRespectively(Mending& m) {
  const std::vector<TextLine>& lines = m.lines();
  if (std::none_of(lines.begin(), lines.end(), [](const TextLine& l) {
        return !l.is_table_row() && Find(l.text, "分别") != std::string::npos;
      })) {
    return;
  }
  std::vector<TextLine> out;
  bool any = false;
  for (const TextLine& line : lines) {
    const auto split = line.is_table_row() ? std::nullopt : respectively::Split(line.text);
    if (!split) {
      out.push_back(line);
      continue;
    }
    for (const std::string& text : *split) {
      TextLine piece = line;
      piece.text = text;
      piece.wraps.clear();
      out.push_back(std::move(piece));
    }
    any = true;
  }
  if (any) m.SetLines(std::move(out));
}

// Two forms side by side on a landscape page (two projects' 自评表 in one wide table, an empty
// column between them): every row of such a run splits in the middle at that empty cell, the
// same number of cells each side; the left form's rows are read first, then the right form's.
void SplitSideBySide(Mending& m) {
  // With the empty column between the forms kept (a Word or sheet table): an odd number of cells,
  // the middle one empty. Without it (a PDF's table rebuilt from positions): an even number.
  const auto gutter_kept = [](const TextLine& line) {
    const std::size_t n = line.cells.size();
    if (!line.is_table_row() || n < 3 || n % 2 == 0) return false;
    const std::size_t gutter = n / 2;
    return TrimSpace(line.cells[gutter]).empty() && !TrimSpace(line.cells.front()).empty() &&
           !TrimSpace(line.cells[gutter + 1]).empty();
  };
  const auto even = [](const TextLine& line) { return line.is_table_row() && line.cells.size() >= 2 && line.cells.size() % 2 == 0; };
  // Where the right form's cells start in the row.
  const auto right_start = [&](const TextLine& line) { return gutter_kept(line) ? line.cells.size() / 2 + 1 : line.cells.size() / 2; };
  const auto repeats = [&](const TextLine& line) {
    return !TrimSpace(line.cells.front()).empty() && line.cells.front() == line.cells[right_start(line)];
  };
  const std::vector<TextLine>& lines = m.lines();
  if (std::count_if(lines.begin(), lines.end(), [&](const TextLine& l) { return (gutter_kept(l) || even(l)) && repeats(l); }) < 3) return;
  std::vector<TextLine> out;
  bool any = false;
  for (std::size_t i = 0; i < lines.size();) {
    // (A run of rows all of one kind: each splitting at a kept gutter, or each even.)
    const bool kept = gutter_kept(lines[i]);
    std::size_t end = i;
    while (end < lines.size() && (kept ? gutter_kept(lines[end]) : even(lines[end]))) ++end;
    // (Three rows or more, the right half's first cell the left half's first cell too in some row
    // — in three rows and half of them without the gutter: the same form twice.)
    std::size_t repeating = 0;
    for (std::size_t k = i; k < end; ++k) repeating += repeats(lines[k]);
    const bool same_form = kept ? repeating >= 1 : repeating >= 3 && repeating * 2 >= end - i;
    if (end - i < 3 || !same_form) {
      out.push_back(lines[i]);
      ++i;
      continue;
    }
    for (const bool right : {false, true}) {
      for (std::size_t k = i; k < end; ++k) {
        const std::vector<std::string>& cells = lines[k].cells;
        const std::size_t from = right_start(lines[k]), left_end = cells.size() / 2;
        std::vector<std::string> half = right ? std::vector<std::string>(cells.begin() + static_cast<std::ptrdiff_t>(from), cells.end())
                                              : std::vector<std::string>(cells.begin(), cells.begin() + static_cast<std::ptrdiff_t>(left_end));
        TextLine row = MakeRow(std::move(half));
        row.number = lines[k].number, row.page = lines[k].page, row.paragraph = lines[k].paragraph;
        out.push_back(std::move(row));
      }
    }
    any = true;
    i = end;
  }
  if (any) m.SetLines(std::move(out));
}

}  // namespace

std::optional<TextDocument> WithPlainLabels(const TextDocument& document) {
  Mending m(document);
  MendLines(m);
  DropContents(m);
  JoinIndicatorFields(m);
  JoinCommaParagraphs(m);
  JoinValueOnNextLine(m);
  ReadCards(m);
  JoinBrokenLabels(m);
  SplitRespectively(m);
  SplitSideBySide(m);
  return std::move(m).Result();
}

}  // namespace jixiao::parse
