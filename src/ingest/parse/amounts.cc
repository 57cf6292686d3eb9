#include "ingest/parse/amounts.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "ingest/parse/headings.h"
#include "ingest/parse/scan.h"

namespace jixiao::parse {
namespace {

struct UnitWord {
  std::string_view text;
  AmountKind kind;
  MoneyUnit unit;
};
constexpr UnitWord kUnits[] = {
    {"万元", AmountKind::kMoney, MoneyUnit::kWan}, {"亿元", AmountKind::kMoney, MoneyUnit::kYi},
    {"千元", AmountKind::kMoney, MoneyUnit::kQian},
    {"元", AmountKind::kMoney, MoneyUnit::kYuan},  {"%", AmountKind::kPercent, MoneyUnit::kYuan},
    {"％", AmountKind::kPercent, MoneyUnit::kYuan},
};

// Reads the unit after a number (spaces allowed before it); false when there is none.
bool ReadUnit(std::string_view text, std::size_t pos, Amount& amount) {
  std::size_t len = 0;
  while (pos < text.size() && CodePointAt(text, pos, &len) == U' ') pos += len;
  for (const UnitWord& u : kUnits) {
    if (StartsWith(text.substr(pos), u.text)) {
      amount.kind = u.kind, amount.unit = u.unit, amount.unit_stated = true;
      amount.end = pos + u.text.size();
      return true;
    }
  }
  // "预算资金150万，已支付120万": 万 / 亿 without 元 where the clause ends right after it (万吨,
  // 万人 and the like are no money).
  for (auto [word, unit] : {std::pair<std::string_view, MoneyUnit>{"万", MoneyUnit::kWan}, {"亿", MoneyUnit::kYi}}) {
    if (!StartsWith(text.substr(pos), word)) continue;
    std::size_t after = pos + word.size();
    // "1000万 元": a line's width broke the unit, a space left between its characters.
    if (std::size_t e = after; e < text.size() && text[e] == ' ') {
      while (e < text.size() && text[e] == ' ') ++e;
      if (text.substr(e, 3) == "元") {
        amount.kind = AmountKind::kMoney, amount.unit = unit, amount.unit_stated = true;
        amount.end = e + 3;
        return true;
      }
    }
    const char32_t next = after < text.size() ? CodePointAt(text, after) : U'。';
    if (next == U'，' || next == U'。' || next == U'；' || next == U',' || next == U';' || next == U'、' ||
        IsCloseParen(next)) {
      amount.kind = AmountKind::kMoney, amount.unit = unit, amount.unit_stated = true;
      amount.end = after;
      return true;
    }
  }
  return false;
}

// A bare number: a clause or the text ends right after it.
bool EndsBare(std::string_view text, std::size_t pos) {
  // (Spaces a page left at the end of the line end it as well.)
  if (pos >= text.size() || text.find_first_not_of(' ', pos) == std::string_view::npos) return true;
  const char32_t cp = CodePointAt(text, pos);
  return cp == U'，' || cp == U'。' || cp == U'；' || cp == U',' || cp == U';' || IsCloseParen(cp);
}

// Whether the code point before `pos` is a CJK ideograph (lead byte E4-E9): never a clause
// break or a parenthesis. Readers deliver valid UTF-8, so such a lead byte three bytes back
// starts the code point that ends at `pos`.
bool IdeographBefore(std::string_view text, std::size_t pos, std::size_t floor) {
  if (pos < floor + 3) return false;
  const auto lead = static_cast<unsigned char>(text[pos - 3]);
  return lead >= 0xE4 && lead <= 0xE9;
}

// The label: back from `begin` to a clause break, an opening parenthesis or `floor`.
std::size_t LabelStart(std::string_view text, std::size_t begin, std::size_t floor) {
  std::size_t pos = begin, len = 0;
  while (pos > floor) {
    if (IdeographBefore(text, pos, floor)) {
      pos -= 3;
      continue;
    }
    const char32_t cp = CodePointBefore(text, pos, &len);
    // "群众满意度[^1]：87.8%": a Markdown footnote's reference is part of the label.
    if (cp == U']') {
      const std::size_t open = RFind(text, "[^", pos - 1);
      if (open != std::string_view::npos && open >= floor && pos - open <= 8) {
        pos = open;
        continue;
      }
    }
    if (IsClauseBreak(cp) || IsOpenParen(cp) || IsCloseParen(cp)) break;
    pos -= len;
  }
  return pos;
}

// "收入:792.22万元": the label is the clause before the colon.
std::size_t LabelBeforeColon(std::string_view text, std::size_t begin, std::size_t floor) {
  std::size_t len = 0;
  const char32_t cp = CodePointBefore(text, begin, &len);
  if ((cp != U'：' && cp != U':') || begin - len < floor) return begin;
  return LabelStart(text, begin - len, floor);
}

bool ConvertMoney(Amount& a) {
  auto money = ParseMoneyIn(a.number, a.unit);
  if (!money) return false;
  a.money = *money;
  return true;
}

bool ConvertPercent(Amount& a) {
  auto percent = ParsePercentText(a.number);
  if (!percent) return false;
  a.percent = *percent;
  return true;
}

// Bare numbers take the unit of the nearest stated money figure; drops unparseable ones.
void ResolveUnits(std::vector<Amount>& amounts) {
  std::size_t kept = 0;
  for (std::size_t i = 0; i < amounts.size(); ++i) {
    Amount& a = amounts[i];
    if (a.kind == AmountKind::kMoney && !a.unit_stated) {
      for (std::size_t d = 1; d < amounts.size(); ++d) {
        const Amount* near = i >= d && amounts[i - d].unit_stated && amounts[i - d].kind == AmountKind::kMoney
                                 ? &amounts[i - d]
                                 : (i + d < amounts.size() && amounts[i + d].unit_stated &&
                                    amounts[i + d].kind == AmountKind::kMoney)
                                       ? &amounts[i + d]
                                       : nullptr;
        if (near != nullptr) {
          a.unit = near->unit;
          break;
        }
      }
    }
    const bool ok = a.kind == AmountKind::kMoney ? ConvertMoney(a) : ConvertPercent(a);
    if (ok && kept != i) amounts[kept] = std::move(a);
    kept += ok;
  }
  amounts.resize(kept);
}

}  // namespace

namespace {

// Whether a numbering marker (第一部分, 一、, （一）, 1., ①) can start at the front of `text`:
// a cheap test before ReadHeadingMarker.
bool MayStartMarker(std::string_view text) {
  if (text.empty()) return false;
  const char32_t cp = CodePointAt(text, 0);
  return DigitAt(text, 0) >= 0 || IsOpenParen(cp) || cp == U'第' || (cp >= 0x2460 && cp <= 0x2473) ||
         ChineseNumberValue(text.substr(0, cp < 0x80 ? 1 : 3)) > 0;
}

// Removes `lead` from the front of `label` (and the spaces after it).
std::string_view DropLead(std::string_view label, std::string_view lead) {
  return StartsWith(label, lead) ? TrimSpace(label.substr(lead.size())) : label;
}

}  // namespace

std::string_view CleanLabel(std::string_view label) {
  label = TrimSpace(label);
  while (EndsWith(label, "：") || EndsWith(label, ":")) {
    label = TrimSpace(label.substr(0, label.size() - (label.back() == ':' ? 1 : 3)));
  }
  if (MayStartMarker(label)) label = TrimSpace(label.substr(ReadHeadingMarker(label).length));
  for (std::string_view lead : {"其中", "含", "包括", "：", ":", "，", ","}) label = DropLead(label, lead);
  static constexpr std::string_view kTails[] = {"合计为", "共计", "合计", "为", "是", "共", "计", "达到", "达", "约"};
  for (std::string_view tail : kTails) {
    if (label == tail) return label;  // the filler is the whole label ("合计")
  }
  for (std::string_view tail : kTails) {
    if (EndsWith(label, tail)) {
      // ("全年实际下达": 达 there is the verb's own, 下达, no filler.)
      if (tail == "达" && EndsWith(label, "下达")) break;
      label = TrimSpace(label.substr(0, label.size() - tail.size()));
      break;
    }
  }
  return label;
}

std::optional<Percent> ParsePercentText(std::string_view text) {
  text = TrimSpace(text);
  for (std::string_view tail : {"%", "％"}) {
    if (EndsWith(text, tail)) text = TrimSpace(text.substr(0, text.size() - tail.size()));
  }
  auto number = ReadNumber(text, 0);
  if (!number || number->end != text.size()) return std::nullopt;
  auto value = ParseFixed<Percent>(number->text);
  if (!value) return std::nullopt;
  return *value;
}

std::optional<Money> ParseMoneyCell(std::string_view text, MoneyUnit unit) {
  text = TrimSpace(text);
  auto number = ReadNumber(text, 0);
  if (!number) return std::nullopt;
  Amount a;
  const std::string_view rest = TrimSpace(text.substr(number->end));
  if (!rest.empty() && !(ReadUnit(text, number->end, a) && a.kind == AmountKind::kMoney && a.end == text.size())) {
    return std::nullopt;
  }
  auto money = ParseMoneyIn(number->text, rest.empty() ? unit : a.unit);
  if (!money) return std::nullopt;
  return *money;
}

namespace {

// Walks the text once, tracking parentheses and sentences so each figure knows its total.
class AmountScanner {
 public:
  explicit AmountScanner(std::string_view text) : text_(text) {}

  std::vector<Amount> Run() {
    while (pos_ < text_.size()) {
      const auto lead = static_cast<unsigned char>(text_[pos_]);
      if (lead >= 0xE4 && lead <= 0xE9) {  // CJK ideographs: nothing to see
        pos_ += 3;
        continue;
      }
      // "[^1]": a Markdown footnote's reference, no figure.
      if (BytesAt(text_, pos_, "[^")) {
        const std::size_t close = text_.find(']', pos_);
        if (close != std::string_view::npos && close - pos_ <= 6) {
          pos_ = close + 1;
          continue;
        }
      }
      if (DigitAt(text_, pos_) >= 0) {
        ReadFigure();
        continue;
      }
      // Only ASCII, EF BC xx (full-width forms) and E3 80 xx (。【】) can be punctuation here.
      const std::size_t len = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
      if (lead < 0x80 || lead == 0xEF || lead == 0xE3) Punctuation(CodePointAt(text_, pos_));
      pos_ += len;
    }
    ResolveUnits(out_);
    return std::move(out_);
  }

 private:
  void Punctuation(char32_t cp) {
    if (IsOpenParen(cp)) {
      const bool right_after = !out_.empty() && TrimSpace(text_.substr(out_.back().end, pos_ - out_.back().end)).empty();
      owners_.push_back(right_after ? static_cast<int>(out_.size()) - 1 : -1);
    } else if (IsCloseParen(cp)) {
      if (!owners_.empty()) owners_.pop_back();
      group_ = -1;
    } else if (IsSentenceEnd(cp)) {
      // After a list's cue and colon, semicolons part its items ("分别为：A 30万元；B 30万元。"):
      // one sentence until its full stop.
      // (So do they after 分别为 without a colon: "分别为A公司，补助资金200万元；B公司，…".)
      const bool semicolon = cp == U'；' || cp == U';';
      const bool list_item =
          semicolon && (listing_ || ContainsAny(text_.substr(sentence_begin_, pos_ - sentence_begin_), {"分别为", "分别是"}));
      if (!list_item) ++sentence_, listing_ = false, sentence_begin_ = pos_;
      group_ = -1;
    } else if (cp == U'：' || cp == U':') {
      listing_ = OpensList(text_.substr(0, pos_));
    }
  }

  void ReadFigure() {
    auto number = ReadNumber(text_, pos_);
    Amount a;
    a.begin = pos_, a.number = number->text, a.sentence = sentence_;
    // "预算35. 3万元": a space an extraction put after the decimal point, after a label's word (a
    // list's "1. 30万元" starts its line or follows punctuation).
    if (number->text.find('.') == std::string::npos && number->end + 2 < text_.size() && text_[number->end] == '.' &&
        text_[number->end + 1] == ' ' && DigitAt(text_, number->end + 2) >= 0 && IdeographBefore(text_, a.begin, 0)) {
      const auto fraction = ReadNumber(text_, number->end + 2);
      if (fraction && fraction->text.size() <= 2 && fraction->text.find('.') == std::string::npos) {
        a.number += "." + fraction->text;
        number->end = fraction->end;
      }
    }
    pos_ = number->end;
    if (!ReadUnit(text_, number->end, a)) {
      // "预算数（万元）：1200 执行数（万元）：1100": a space ends a number whose label states its unit.
      const bool spaced = number->end < text_.size() && text_[number->end] == ' ' && BracketedUnitBefore(a.begin);
      if ((!EndsBare(text_, number->end) && !spaced) || CodePointBefore(text_, a.begin) == U'第') return;
      a.end = number->end;
    }
    pos_ = a.end;
    // "全年预算数（万元）：1200": a bare number whose unit its label states in brackets.
    const std::size_t unit_label_end = a.unit_stated ? std::string_view::npos : UnitInLabel(a);
    if (unit_label_end != std::string_view::npos) {
      a.label_begin = LabelStart(text_, unit_label_end, floor_);
      a.label = CleanLabel(text_.substr(a.label_begin, unit_label_end - a.label_begin));
      AssignParent(a);
      floor_ = a.end;
      out_.push_back(std::move(a));
      return;
    }
    a.label_begin = LabelStart(text_, a.begin, floor_);
    // ("年度预算资金总额: 763.00": only spaces between the colon and the number.)
    if (text_.substr(a.label_begin, a.begin - a.label_begin).find_first_not_of(' ') == std::string_view::npos) {
      a.label_begin = LabelBeforeColon(text_, a.label_begin, floor_);
    }
    a.label = CleanLabel(text_.substr(a.label_begin, a.begin - a.label_begin));
    if (!a.unit_stated && a.label.empty()) return;  // "（1）", a list number
    AssignParent(a);
    floor_ = a.end;
    out_.push_back(std::move(a));
  }

  // "预算数（万元）：1200" / "执行数(元) 1200": when the words right before the number (a colon and
  // spaces aside) end with a money unit in brackets, sets the amount's unit and returns where
  // its label ends (the opening bracket); npos otherwise.
  std::size_t UnitInLabel(Amount& a) const {
    const auto found = BracketedUnitBefore(a.begin);
    if (!found || a.kind != AmountKind::kMoney) return std::string_view::npos;
    a.unit = found->second, a.unit_stated = true;
    return found->first;
  }

  // The unit in brackets right before `begin` (a colon and spaces aside) and where it starts.
  std::optional<std::pair<std::size_t, MoneyUnit>> BracketedUnitBefore(std::size_t begin) const {
    std::size_t pos = begin, len = 0;
    while (pos > floor_) {
      const char32_t cp = CodePointBefore(text_, pos, &len);
      if (cp != U' ' && cp != U'：' && cp != U':') break;
      pos -= len;
    }
    static constexpr std::pair<std::string_view, MoneyUnit> kBracketed[] = {
        {"（万元）", MoneyUnit::kWan}, {"(万元)", MoneyUnit::kWan}, {"（亿元）", MoneyUnit::kYi},
        {"(亿元)", MoneyUnit::kYi},    {"（千元）", MoneyUnit::kQian}, {"(千元)", MoneyUnit::kQian},
        {"（元）", MoneyUnit::kYuan},  {"(元)", MoneyUnit::kYuan}};
    const std::string_view before = text_.substr(floor_, pos - floor_);
    for (const auto& [bracketed, unit] : kBracketed) {
      if (EndsWith(before, bracketed) && before.size() > bracketed.size()) {
        return std::pair<std::size_t, MoneyUnit>{pos - bracketed.size(), unit};
      }
    }
    return std::nullopt;
  }

  // "…万元（其中A、B）" lists parts inside the parentheses; "…万元，其中A，B" until the sentence ends.
  void AssignParent(Amount& a) {
    const int depth = static_cast<int>(owners_.size());
    if (!out_.empty() && depth == last_depth_ && out_.back().sentence == a.sentence &&
        Contains(text_.substr(floor_, a.begin - floor_), "其中")) {
      group_ = static_cast<int>(out_.size()) - 1;
      // ("全年预算58.07万元，比上年增长0.4%，其中财政拨款58.07万元": the parts are of the last sum of
      // money, a change in percent said of it between.)
      if (a.kind == AmountKind::kMoney) {
        for (int k = group_; k >= 0 && out_[static_cast<std::size_t>(k)].sentence == a.sentence; --k) {
          if (out_[static_cast<std::size_t>(k)].kind == AmountKind::kMoney) {
            group_ = k;
            break;
          }
        }
      }
    }
    if (depth > 0 && owners_.back() >= 0) {
      a.parent = owners_.back();
    } else if (group_ >= 0 && depth == last_depth_ && ListsOn(a)) {
      a.parent = group_;
    } else {
      group_ = -1;
    }
    last_depth_ = depth;
  }

  // A list goes on while each item is a short label right after the previous figure.
  bool ListsOn(const Amount& a) const {
    const std::string_view gap = text_.substr(floor_, a.label_begin - floor_);
    if (gap.size() > 12 || ContainsAny(gap, {"。", "；"})) return false;
    return CharCount(text_.substr(a.label_begin, a.begin - a.label_begin)) <= kMaxListLabelChars;
  }

  static constexpr std::size_t kMaxListLabelChars = 14;
  std::string_view text_;
  std::vector<Amount> out_;
  std::vector<int> owners_;  // per open parenthesis: the figure right before it, or -1
  std::size_t pos_ = 0, floor_ = 0;
  int sentence_ = 0, group_ = -1, last_depth_ = 0;
  std::size_t sentence_begin_ = 0;  // where the current sentence starts
  bool listing_ = false;  // a cue and a colon opened the sentence's list
};

}  // namespace

bool OpensList(std::string_view before_colon) {
  before_colon = TrimSpace(before_colon);
  for (std::string_view cue : {"分别为", "分别是", "包括", "具体为", "具体是", "如下", "明细为", "主要有", "其中"}) {
    if (EndsWith(before_colon, cue)) return true;
  }
  return false;
}

std::vector<Amount> ScanAmounts(std::string_view text) { return AmountScanner(text).Run(); }

void LineAmounts::Put(std::size_t line, std::vector<Amount>&& amounts) {
  if (!entries_.empty() && entries_.back().line >= line) return;
  entries_.push_back({line, false, std::move(amounts)});
}

std::vector<Amount> LineAmounts::Take(std::size_t line, std::string_view text) {
  const auto entry = std::lower_bound(entries_.begin(), entries_.end(), line,
                                      [](const Entry& e, std::size_t l) { return e.line < l; });
  if (entry == entries_.end() || entry->line != line || entry->taken) return ScanAmounts(text);
  entry->taken = true;
  return std::move(entry->amounts);
}

}  // namespace jixiao::parse
