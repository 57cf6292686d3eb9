#include "ingest/parse/prose_indicators.h"

#include <algorithm>
#include <array>
#include <iterator>

#include "base/text.h"
#include "ingest/parse/amounts.h"
#include "ingest/parse/headings.h"
#include "ingest/parse/lexicon.h"
#include "ingest/parse/scan.h"
#include "ingest/parse/table_columns.h"
#include "ingest/parse/tables.h"

namespace jixiao::parse {
namespace {

// Words before a number that say how it compares with the target.
struct ComparatorWord {
  std::string_view word;
  Comparator comparator;
};
constexpr std::array<ComparatorWord, 23> kComparatorWords = {{
    {"稳定在", Comparator::kEqual},        {"保持在", Comparator::kEqual},        {"维持在", Comparator::kEqual},
    {"大于等于", Comparator::kGreaterEqual}, {"小于等于", Comparator::kLessEqual},
    {"不低于", Comparator::kGreaterEqual}, {"不少于", Comparator::kGreaterEqual}, {"至少达到", Comparator::kGreaterEqual},
    {"至少", Comparator::kGreaterEqual},   {"达到", Comparator::kGreaterEqual},   {"低于", Comparator::kLess},
    {"少于", Comparator::kLess},           {"高于", Comparator::kGreater},
    {"≥", Comparator::kGreaterEqual},      {"≧", Comparator::kGreaterEqual},      {"大于", Comparator::kGreater},
    {"不高于", Comparator::kLessEqual},    {"不超过", Comparator::kLessEqual},    {"≤", Comparator::kLessEqual},
    {"≦", Comparator::kLessEqual},        {"控制在", Comparator::kLessEqual},    {"小于", Comparator::kLess},
    {"为", Comparator::kEqual},
}};
constexpr std::array<std::string_view, 9> kLevel2 = {"数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标",
                                                      "社会效益指标", "生态效益指标", "可持续影响指标", "满意度指标"};
constexpr std::array<std::string_view, 23> kAchieved = {"实际发生", "全年实际完成", "全年实际值", "全年实际达到", "全年实际", "年末实际",
                                                        "实际完成情况为", "实际完成值", "实际已完成", "实际完成",
                                                        "实际实现", "实际达到", "实际做到", "实际为", "实际", "现已完成",
                                                        "已完成", "完成值", "完成情况", "完成", "达成", "发生", "实现"};

// "有所提高", "明显改善", "进一步增强": an effect aimed at in words, at the end of `clause`; where
// those words start, npos when it ends in none.
std::size_t TierAtEnd(std::string_view clause) {
  static constexpr std::string_view kDegrees[] = {"有所", "明显", "持续", "显著", "逐步", "进一步", "稳步", "不断", "大幅", "得到", "略有"};
  static constexpr std::string_view kChanges[] = {"提高", "提升", "改善", "增强", "缓解", "增加", "减少", "下降", "降低", "好转", "扩大"};
  for (std::string_view change : kChanges) {
    if (!EndsWith(clause, change)) continue;
    const std::string_view before = clause.substr(0, clause.size() - change.size());
    for (std::string_view degree : kDegrees) {
      if (EndsWith(before, degree)) return before.size() - degree.size();
    }
  }
  return std::string_view::npos;
}

// "雨水资源化利用125万吨/年" / "消除比例达到40%": the indicator of one clause of a 绩效目标 list.
// In a list of targets (`targets`) a name may open with digits ("12368热线诉求办结率不低于95%"), a
// time limit is its date in words ("项目完成时间2023年12月31日前完成") and an effect its tier in words
// ("诉讼服务便民程度有所提高").
std::optional<ProseIndicator> ListItem(std::string_view text, std::size_t begin, std::size_t end, bool targets = false) {
  std::string_view clause = text.substr(begin, end - begin);
  const auto first_digit = [&](std::size_t from) {
    while (from < clause.size() && !(clause[from] >= '0' && clause[from] <= '9')) ++from;
    return from;
  };
  std::size_t digit = first_digit(0);
  if (targets && digit < clause.size() && TrimSpace(clause.substr(0, digit)).empty()) {
    std::size_t past = digit;
    while (past < clause.size() && clause[past] >= '0' && clause[past] <= '9') ++past;
    const std::string_view rest = clause.substr(past);
    if (past - digit >= 3 && !rest.empty() && static_cast<unsigned char>(rest[0]) >= 0xE4 &&
        !StartsWith(rest, "年") && !StartsWith(rest, "月") && !StartsWith(rest, "日")) {
      digit = first_digit(past);
    }
  }
  ProseIndicator out;
  // The item named by `name`, words of the clause (`whole` its full name when more than those words).
  const auto named = [&](std::string_view name, std::string whole = {}) {
    out.indicator.name = whole.empty() ? std::string(name) : std::move(whole);
    out.offset = begin + static_cast<std::size_t>(name.data() - clause.data());
    out.length = name.size();
    return out;
  };
  if (digit == clause.size()) {
    const std::size_t tier = targets ? TierAtEnd(clause) : std::string_view::npos;
    const std::string_view name = tier == std::string_view::npos ? std::string_view() : TrimSpace(clause.substr(0, tier));
    if (name.empty() || CodePointCount(name) < 2 || CodePointCount(name) > 30 || Find(name, "指标") != std::string_view::npos) {
      return std::nullopt;
    }
    out.indicator.target_text = std::string(clause.substr(tier));
    out.indicator.qualitative = true;
    return named(name);
  }
  std::string_view name = TrimSpace(clause.substr(0, digit));
  // ("超过95%的预期", "高于90%的目标": a comparison with the target, no indicator of its own.)
  for (std::string_view verb : {"超过", "高于", "低于", "达到", "未达到", "略高于", "略低于"}) {
    if (name == verb) return std::nullopt;
  }
  // ("一是筹集配售型保障性住房5440套": an enumeration's 一是 is no part of the name.)
  name = TrimSpace(WithoutCountedOpening(name));
  // (The date of a time limit: "2023年12月31日前完成".)
  if (targets && CodePointCount(name) >= 2 && CodePointCount(name) <= 30 && clause.size() >= digit + 7 &&
      clause.compare(digit + 4, 3, "年") == 0 && Find(clause.substr(digit), "月") != std::string_view::npos) {
    out.indicator.target_text = std::string(TrimSpace(clause.substr(digit)));
    out.indicator.qualitative = true;
    return named(name);
  }
  // "完成预算执行支出进度11月30日前≧95%": the figure after a comparator sign is the target, the
  // words (and a date) before it qualify the name.
  for (std::string_view sign : {"≥", "≧", "≤", "≦"}) {
    const std::size_t at = Find(clause, sign);
    if (at == std::string_view::npos || at < digit) continue;
    out.indicator.comparator = ComparatorFromSymbol(sign);
    const std::size_t value_at = at + sign.size();
    if (value_at >= clause.size() || !(clause[value_at] >= '0' && clause[value_at] <= '9')) return std::nullopt;
    const auto number = ReadNumber(clause, value_at);
    if (!number || CodePointCount(name) < 2 || CodePointCount(name) > 30) return std::nullopt;
    const CellValue value = ParseCellValue(clause.substr(value_at));
    if (!value.number) return std::nullopt;
    SetIndicatorValue(out.indicator, value, /*target=*/true);
    out.indicator.comparator = ComparatorFromSymbol(sign);
    return named(name);
  }
  for (const ComparatorWord& w : kComparatorWords) {
    if (EndsWith(name, w.word)) {
      out.indicator.comparator = w.comparator;
      name = TrimSpace(name.substr(0, name.size() - w.word.size()));
      break;
    }
  }
  // ("下游群众满意度目标值不低于90%": the words saying it is the target are no part of the name.)
  for (std::string_view said : {"年度目标值", "目标值", "年度目标", "指标值"}) {
    if (EndsWith(name, said) && name.size() > said.size()) {
      name = TrimSpace(name.substr(0, name.size() - said.size()));
      break;
    }
  }
  const auto number = ReadNumber(clause, digit);
  if (!number || CodePointCount(name) < 2 || CodePointCount(name) > 30) return std::nullopt;
  const std::string_view unit = TrimSpace(clause.substr(number->end));
  // "完成8个以上建制村的农村环境综合整治", "治理完成2个农村黑臭水体": in a list of targets, the figure
  // and its measure word inside the name; the name is the words around them.
  if (targets && !unit.empty() && unit.find_first_of("0123456789") == std::string_view::npos) {
    static constexpr std::string_view kMeasures[] = {"个", "套", "座", "所", "家", "户", "处", "条", "项", "场", "次", "批", "名", "台", "辆", "间"};
    for (std::string_view measure : kMeasures) {
      if (!StartsWith(unit, measure)) continue;
      std::string_view object = unit.substr(measure.size());
      std::optional<Comparator> comparator;
      for (auto [word, c] : {std::pair{"以上", Comparator::kGreaterEqual}, std::pair{"以下", Comparator::kLessEqual}}) {
        if (StartsWith(object, word)) object.remove_prefix(std::string_view(word).size()), comparator = c;
      }
      const std::size_t chars = CodePointCount(object);
      if (chars < 2 || chars > 20 || !IsIdeographLead(object[0])) break;
      const auto quantity = ParseFixed<Quantity>(number->text);
      if (!quantity) break;
      out.indicator.target = *quantity;
      out.indicator.unit = std::string(measure);
      if (comparator) out.indicator.comparator = comparator;
      return named(name, std::string(name) + std::string(object));
    }
  }
  if (CodePointCount(unit) > 8 || (!unit.empty() && unit.find_first_of("0123456789") != std::string_view::npos)) {
    return std::nullopt;
  }
  const CellValue value = ParseCellValue(clause.substr(digit));
  if (!value.number) return std::nullopt;
  SetIndicatorValue(out.indicator, value, /*target=*/true);
  return named(name);
}

// An indicator's name in the words before its figures: without a heading's number, the level it
// is filed under (数量指标), colons or quotes ("道路通行安全水平：", "“改造危桥数量”"); empty unless it
// has 2 to 30 characters.
std::string_view IndicatorName(std::string_view words) {
  std::string_view name = WithoutMarker(TrimSpace(words));
  // "- X": a list's bullet; "一是X", "二是X": an enumeration's.
  for (std::string_view bullet : {"- ", "* ", "• ", "· "}) {
    if (StartsWith(name, bullet)) name = TrimSpace(name.substr(bullet.size()));
  }
  name = TrimSpace(WithoutCountedOpening(name));
  // ("经统计进修学员满意度": how it was measured is no part of the name.)
  for (std::string_view measured : {"经统计", "经调查", "经测算", "经核实", "经测评", "经核查", "经抽查"}) {
    if (StartsWith(name, measured) && CodePointCount(name) > CodePointCount(measured) + 1) {
      name = TrimSpace(name.substr(measured.size()));
      break;
    }
  }
  // ("产出指标：新建及改造产业路": a first level's label too, with its colon.)
  for (std::string_view level1 : {"产出指标", "效益指标", "满意度指标", "成本指标"}) {
    if (StartsWith(name, level1) && (name.substr(level1.size()).starts_with("：") || name.substr(level1.size()).starts_with(":"))) {
      name = TrimSpace(name.substr(level1.size()));
    }
  }
  for (std::string_view level2 : kLevel2) {
    if (StartsWith(name, level2)) name = TrimSpace(name.substr(level2.size()));
  }
  if (StartsWith(name, "：") || StartsWith(name, ":")) name = TrimSpace(name.substr(name[0] == ':' ? 1 : 3));
  if (EndsWith(name, "：")) name = TrimSpace(name.substr(0, name.size() - 3));
  if (EndsWith(name, ":")) name = TrimSpace(name.substr(0, name.size() - 1));
  // ("关于“资助政策知晓率”：": what the finding is about.)
  if (StartsWith(name, "关于") && name.size() > 6) name = TrimSpace(name.substr(6));
  if (StartsWith(name, "“") && EndsWith(name, "”")) name = TrimSpace(name.substr(3, name.size() - 6));
  const std::size_t n = CodePointCount(name);
  return n >= 2 && n <= 30 ? name : std::string_view{};
}

// Reads the items of a list from `pos` to `stop`, one per clause.
void ReadListItems(std::string_view text, std::size_t pos, std::size_t stop, std::vector<ProseIndicator>& out) {
  std::size_t begin = pos;
  while (begin < stop) {
    std::size_t end = begin;
    while (end < stop && text.compare(end, 3, "；") != 0 && text[end] != ';' && text.compare(end, 3, "，") != 0 &&
           text[end] != ',') {
      ++end;
    }
    if (auto item = ListItem(text, begin, end, /*targets=*/true)) out.push_back(std::move(*item));
    begin = end + (end < text.size() && (text[end] == ';' || text[end] == ',') ? 1 : 3);
  }
}

void ReadTargetLists(std::string_view text, std::vector<ProseIndicator>& out) {
  // "具体目标主要为A不低于5年,B低于5%,C至少达到98%": the targets a sentence lists after saying they
  // are its goals, when at least two of its clauses are indicators.
  // ("项目年度绩效目标开展风险排查次数不少于5次，…": the list right after the words, no verb between.)
  // ("年度目标任务,一是…婚检率稳定在85%左右…": the year's tasks as its targets.)
  for (std::string_view cue : {"目标主要为", "目标主要是", "目标为", "目标是", "绩效目标：", "绩效目标:", "年度绩效目标", "目标任务，",
                               "目标任务,", "目标任务：", "目标任务:"}) {
    for (std::size_t at = Find(text, cue); at != std::string_view::npos; at = Find(text, cue, at + 1)) {
      std::size_t pos = at + cue.size();
      if (cue == "年度绩效目标" && (pos >= text.size() || ContainsAny(text.substr(pos, 3), {"为", "是", "：", ":", "主", "完", "，", "。", "的", "分"}))) {
        continue;
      }
      if (text.compare(pos, 3, "：") == 0) pos += 3;
      else if (text.compare(pos, 1, ":") == 0) pos += 1;
      // ("年度目标为7万亩；X目标值不低于90%": one target's figure, no list after it.)
      std::size_t first = pos;
      while (first < text.size() && text[first] == ' ') ++first;
      if (DigitAt(text, first) >= 0 || ContainsAny(text.substr(first, 3), {"≥", "≤", "“"})) continue;
      const std::size_t stop = std::min(Find(text, "。", pos), text.size());
      std::vector<ProseIndicator> listed;
      ReadListItems(text, pos, stop, listed);
      if (listed.size() >= 2) std::move(listed.begin(), listed.end(), std::back_inserter(out));
    }
  }
  // "绩效指标设置5个，分别为：A 25人，B大于等于90%…。": a sentence about indicators listing them
  // after a cue, to its end.
  for (std::string_view cue : {"分别为", "分别是"}) {
    for (std::size_t at = Find(text, cue); at != std::string_view::npos; at = Find(text, cue, at + 1)) {
      // The sentence of the cue, or the one before ("设置指标5个。分别是：…").
      std::size_t sentence = RFind(text, "。", at);
      if (sentence != std::string_view::npos && sentence + 3 >= at && sentence > 0) sentence = RFind(text, "。", sentence - 1);
      sentence = sentence == std::string_view::npos ? 0 : sentence;
      if (Find(text.substr(sentence, at - sentence), "指标") == std::string_view::npos) continue;
      std::size_t pos = at + cue.size();
      if (text.compare(pos, 3, "：") == 0) pos += 3;
      else if (text.compare(pos, 1, ":") == 0) pos += 1;
      std::size_t stop = Find(text, "。", pos);
      ReadListItems(text, pos, stop == std::string_view::npos ? text.size() : stop, out);
    }
  }
  // (So does a kind of goal, "产出目标:完成X 24个,建成Y 20个", as a 项目年度绩效目标 lists them.)
  static constexpr std::array<std::string_view, 9> kGoalKinds = {"投入目标", "产出目标", "效果目标", "效益目标", "满意度目标",
                                                                 "数量目标", "质量目标", "时效目标", "成本目标"};
  std::array<std::string_view, kLevel2.size() + kGoalKinds.size()> levels{};
  std::copy(kLevel2.begin(), kLevel2.end(), levels.begin());
  std::copy(kGoalKinds.begin(), kGoalKinds.end(), levels.begin() + kLevel2.size());
  for (std::string_view level2 : levels) {
    for (std::size_t at = Find(text, level2); at != std::string_view::npos; at = Find(text, level2, at + 1)) {
      std::size_t pos = at + level2.size();
      if (text.compare(pos, 3, "：") == 0) pos += 3;
      else if (text.compare(pos, 1, ":") == 0) pos += 1;
      else continue;
      // The list runs to the sentence's end or the next "X指标：".
      std::size_t stop = Find(text, "。", pos);
      if (stop == std::string_view::npos) stop = text.size();
      const std::size_t next = Find(text, "指标", pos);
      if (next != std::string_view::npos && next < stop) {
        const std::size_t colon = text.find_first_of(":：", next);
        if (colon != std::string_view::npos && colon < next + 12) stop = std::min(stop, RFind(text, "；", next));
      }
      ReadListItems(text, pos, stop, out);
    }
  }
}

// "预定X 60.3万元，实际已完成X 60.3万元": a figure, then the same thing achieved.
void ReadAchievedPairs(std::string_view text, std::vector<ProseIndicator>& out) {
  const std::vector<Amount> amounts = ScanAmounts(text);
  for (std::size_t k = 0; k + 1 < amounts.size(); ++k) {
    const Amount& target = amounts[k];
    const Amount& actual = amounts[k + 1];
    if (target.kind != actual.kind || target.sentence != actual.sentence) continue;
    std::string_view name = actual.label;
    std::size_t cut = std::string_view::npos;
    for (std::string_view word : kAchieved) {
      // (完成 alone opens many a name: "完成预算执行支出进度".)
      if (word == "完成") continue;
      if (StartsWith(name, word)) {
        cut = word.size();
        break;
      }
    }
    if (cut == std::string_view::npos) continue;
    name = TrimSpace(name.substr(cut));
    if (CodePointCount(name) < 2 || CodePointCount(name) > 30) continue;
    ProseIndicator item;
    item.indicator.name = std::string(name);
    const std::string unit = target.kind == AmountKind::kPercent ? "%" : std::string(MoneyUnitWord(target.unit));
    for (const Amount* a : {&target, &actual}) {
      if (auto q = ParseFixed<Quantity>(a->number)) (a == &target ? item.indicator.target : item.indicator.actual) = *q;
    }
    if (!item.indicator.target || !item.indicator.actual) continue;
    if (!unit.empty()) item.indicator.unit = unit;
    item.offset = static_cast<std::size_t>(name.data() - text.data());
    item.length = name.size();
    out.push_back(std::move(item));
    ++k;
  }
}

// Where the clause holding byte `at` starts: after the last clause break before it.
std::size_t ClauseStart(std::string_view text, std::size_t at) {
  std::size_t start = 0;
  for (std::string_view b : {"，", "。", "；", "：", ",", ";", ":", "\t"}) {
    const std::size_t found = RFind(text, b, at == 0 ? 0 : at - 1);
    if (found != std::string_view::npos && found < at) start = std::max(start, found + b.size());
  }
  return start;
}

// Where the next clause starts: past the break (，。；,;) at `end`, if one is there.
std::size_t PastClauseBreak(std::string_view text, std::size_t end) {
  for (std::string_view b : {"，", "。", "；", "、", ",", ";"}) {
    if (text.compare(end, b.size(), b) == 0) return end + b.size();
  }
  return end;
}

// Where the clause starting at `from` ends (the next clause break or the text's end).
std::size_t ClauseStop(std::string_view text, std::size_t from) {
  std::size_t stop = text.size();
  for (std::string_view b : {"，", "。", "；", ",", ";"}) stop = std::min(stop, Find(text, b, from));
  return stop;
}

// After a percent written at `from` ("100%", "≥95.5%"): where it ends, so that the words run on
// after it ("100%实际完成值为100%义务兵…") are no part of it; npos when no percent is written there.
std::size_t PercentEnd(std::string_view text, std::size_t from) {
  std::size_t pos = from;
  for (std::string_view sign : {"≥", "≤", ">", "<", "="}) {
    if (text.compare(pos, sign.size(), sign) == 0) pos += sign.size();
  }
  const std::size_t digits = pos;
  while (pos < text.size() && ((text[pos] >= '0' && text[pos] <= '9') || text[pos] == '.')) ++pos;
  if (pos == digits) return std::string_view::npos;
  if (text.compare(pos, 1, "%") == 0) return pos + 1;
  if (text.compare(pos, 3, "％") == 0) return pos + 3;
  return std::string_view::npos;
}

// Skips the words that lead to a value ("值", "为", "：", spaces) from `pos`.
std::size_t SkipToValue(std::string_view text, std::size_t pos) {
  for (bool moved = true; moved;) {
    moved = false;
    for (std::string_view w : {"值", "为", "是", "：", ":", " "}) {
      if (text.compare(pos, w.size(), w) == 0) pos += w.size(), moved = true;
    }
  }
  return pos;
}

// Past "2023年" / "2023年度" / "全年" at `pos`: the time a clause speaks of, before its verb.
std::size_t PastYear(std::string_view text, std::size_t pos) {
  if (text.compare(pos, 6, "全年") == 0) return pos + 6;
  if (pos + 7 > text.size() || text.compare(pos + 4, 3, "年") != 0) return pos;
  for (std::size_t i = pos; i < pos + 4; ++i) {
    if (text[i] < '0' || text[i] > '9') return pos;
  }
  return text.compare(pos + 7, 3, "度") == 0 ? pos + 10 : pos + 7;
}

// Where the first figure of `clause` starts, a sign before it included ("0起", "=0起", "≥95%");
// npos when it has none.
std::size_t FigureAt(std::string_view clause) {
  const std::size_t digit = clause.find_first_of("0123456789");
  if (digit == std::string_view::npos) return digit;
  for (std::string_view sign : {"≥", "≤", "="}) {
    if (digit >= sign.size() && clause.compare(digit - sign.size(), sign.size(), sign) == 0) return digit - sign.size();
  }
  return digit;
}

// Words before an indicator's name that say when, no part of it ("全年排查…", "2023年培训…").
std::string_view WithoutTimeSaid(std::string_view words) {
  words = TrimSpace(words);
  const std::size_t past = PastYear(words, 0);
  return past < words.size() ? words.substr(past) : words;
}

// Past what is said in brackets at `pos` ("（上年为256户）"), if anything is: where the clause goes on.
std::size_t PastBrackets(std::string_view text, std::size_t pos) {
  if (text.compare(pos, 3, "（") == 0) {
    const std::size_t close = Find(text, "）", pos);
    return close == std::string_view::npos ? pos : close + 3;
  }
  if (pos < text.size() && text[pos] == '(') {
    const std::size_t close = text.find(')', pos);
    return close == std::string_view::npos ? pos : close + 1;
  }
  return pos;
}

// A value in words short enough to be a tier aimed at or reached ("有效改善", "保持稳定"); a time
// said in words around its date ("2021年12月底前") may be longer.
bool IsTier(const CellValue& v) {
  if (!v.text || v.text->empty()) return false;
  const bool dated = v.text->find("月") != std::string::npos && v.text->find_first_of("0123456789") != std::string::npos;
  return AtMostCodePoints(*v.text, dated ? 16 : 8);
}

// "零事故", "零发生", "零投诉": a count aimed at or reached of none, in words; the bytes it takes at the
// start of `text`, 0 when it does not start so.
std::size_t ZeroWordLength(std::string_view text) {
  if (!StartsWith(text, "零")) return 0;
  for (std::string_view what : {"发生", "事故", "投诉", "伤亡", "差错", "死亡", "失误", "违规", "事件", "案件"}) {
    if (text.substr(3).starts_with(what)) return 3 + what.size();
  }
  return 0;
}

// A clause's value: the whole clause ("≥300人", "有效改善"), or, after a verb of at most four
// characters, the number it leads to ("培训500人次" after 计划 / 实际).
CellValue ClauseValue(std::string_view clause) {
  // "目标为“12月底前完成”": the words quoted are the value.
  if (StartsWith(clause, "“") && EndsWith(clause, "”") && clause.size() > 6) clause = clause.substr(3, clause.size() - 6);
  // "零事故", "零发生": none, the figure 0.
  if (ZeroWordLength(clause) == clause.size() && !clause.empty()) return ParseCellValue("0");
  CellValue value = ParseCellValue(clause);
  // "12月底前完成", "2021年6月完工": a time to finish by, said in words around its date.
  if (value.number && value.unit && (StartsWith(*value.unit, "月") || StartsWith(*value.unit, "年") ||
                                     StartsWith(*value.unit, "日") || StartsWith(*value.unit, "号"))) {
    CellValue words;
    words.text = std::string(clause);
    return words;
  }
  if (value.number) return value;
  std::size_t at = 0, chars = 0;
  while (at < clause.size() && chars <= 4 && !(clause[at] >= '0' && clause[at] <= '9')) {
    std::size_t len = 0;
    CodePointAt(clause, at, &len);
    at += len, ++chars;
  }
  if (at == 0 || at >= clause.size() || chars > 4) return value;
  const CellValue number = ParseCellValue(clause.substr(at));
  return number.number ? number : value;
}

// "…，得分15分" / "，得分：9.5": the points the clause after `end` states.
std::optional<Points> ScoreClause(std::string_view text, std::size_t end) {
  if (end >= text.size()) return std::nullopt;
  std::size_t at = end + (text[end] == ',' || text[end] == ';' ? 1 : 3);
  if (at > text.size()) return std::nullopt;  // (a text ending in less than a wide break after `end`)
  while (at < text.size() && text[at] == ' ') ++at;
  bool said = false;
  for (std::string_view word : {"自评得分", "该项得分", "得分", "评分", "得"}) {
    if (text.compare(at, word.size(), word) == 0) {
      at += word.size(), said = true;
      break;
    }
  }
  if (!said) return std::nullopt;
  at = SkipToValue(text, at);
  const auto number = ReadNumber(text, at);
  if (!number) return std::nullopt;
  // ("得分 9 分": a space a PDF copy put before the unit.)
  std::size_t after = number->end;
  while (after < text.size() && text[after] == ' ') ++after;
  const std::string_view rest = text.substr(after);
  if (!rest.empty() && !StartsWith(rest, "分") && ClauseStop(text, after) != after) return std::nullopt;
  if (number->begin != at) return std::nullopt;
  auto points = ParseFixed<Points>(number->text);
  return points ? std::optional<Points>(*points) : std::nullopt;
}

// The points written at `at` in `text`, past 为 / 值 / a colon or spaces ("分值 15" at the 15); none
// unless a figure stands there.
std::optional<Points> PointsAt(std::string_view text, std::size_t at) {
  const std::size_t value = SkipToValue(text, at);
  const auto number = ReadNumber(text, value);
  if (!number || number->begin != value) return std::nullopt;
  auto points = ParseFixed<Points>(number->text);
  return points ? std::optional<Points>(*points) : std::nullopt;
}

// The points stated after an indicator's clause, ending at `end`: "，得15分"; "（分值15分，得分15分）";
// "，该指标分值13分，得13分" / "，分值 13，得分 13"; after a verdict in words or the share reached
// ("，达到预期目标，得10分", "，完成率100%，得29分"). Sets the indicator's weight and score.
void ReadPointsAfter(std::string_view text, std::size_t end, Indicator& indicator) {
  if (end >= text.size()) return;
  std::size_t at = end;
  while (at < text.size() && text[at] == ' ') ++at;
  // "（分值 15 分，得分 15 分）": both in brackets right after.
  if (text.compare(at, 3, "（") == 0 || text[at] == '(') {
    const std::size_t close = PastBrackets(text, at);
    const std::string_view inside = text.substr(at, close - at);
    for (std::string_view word : {"分值", "权重", "满分"}) {
      const std::size_t w = Find(inside, word);
      if (w == std::string_view::npos) continue;
      if (const auto points = PointsAt(inside, w + word.size())) indicator.weight = *points;
      break;
    }
    for (std::string_view word : {"得分", "得"}) {
      const std::size_t w = RFind(inside, word);
      if (w == std::string_view::npos) continue;
      if (const auto points = PointsAt(inside, w + word.size())) indicator.score_stated = *points;
      break;
    }
    if (indicator.score_stated) return;
  }
  indicator.score_stated = ScoreClause(text, PastBrackets(text, end));
  if (indicator.score_stated || text.compare(end, 3, "。") == 0) return;
  // "…，分值 13，得分 13", "…，该指标分值13分，得13分": the points, then the score.
  at = std::min(end + (text[end] == ',' || text[end] == ';' ? 1 : 3), text.size());
  while (at < text.size() && text[at] == ' ') ++at;
  for (std::string_view of : {"该指标", "该项指标", "该项"}) {
    if (text.compare(at, of.size(), of) == 0) {
      at += of.size();
      break;
    }
  }
  for (std::string_view word : {"分值", "权重", "满分"}) {
    if (text.compare(at, word.size(), word) != 0) continue;
    const std::size_t value = SkipToValue(text, at + word.size());
    const auto number = ReadNumber(text, value);
    if (!number || number->begin != value) break;
    if (auto points = ParseFixed<Points>(number->text)) indicator.weight = *points;
    indicator.score_stated = ScoreClause(text, ClauseStop(text, number->end));
    return;
  }
  // "实际39个，达到预期目标，得10分": a verdict in words between what was reached and the points; or
  // the share of the target reached ("完成率100%") or what was taken off ("按完成比例扣1.62分", "不扣分"),
  // up to three such clauses. The points a bracket after the score gives ("（该项分值20分）") are the weight.
  std::size_t verdict_end = end;
  for (int clauses = 0; clauses < 3 && !indicator.score_stated; ++clauses) {
    if (verdict_end >= text.size() || text.compare(verdict_end, 3, "。") == 0) return;
    const std::size_t verdict = std::min(verdict_end + (text[verdict_end] == ',' || text[verdict_end] == ';' ? 1 : 3), text.size());
    verdict_end = ClauseStop(text, verdict);
    const std::string_view words = TrimSpace(text.substr(verdict, verdict_end - verdict));
    const bool share = ContainsAny(words, {"完成率", "达成率", "完成比例"}) && (EndsWith(words, "%") || EndsWith(words, "％"));
    const bool taken_off = (Contains(words, "扣") && EndsWith(words, "分")) || words == "不扣分";
    if (!AtMostCodePoints(words, 16) || (!share && !taken_off && words.find_first_of("0123456789") != std::string_view::npos)) {
      return;
    }
    indicator.score_stated = ScoreClause(text, verdict_end);
    if (!indicator.score_stated || indicator.weight) continue;
    const std::size_t sentence_end = std::min(Find(text, "。", verdict_end), text.size());
    const std::size_t bracket = Find(text.substr(0, sentence_end), "分值", verdict_end);
    if (bracket == std::string_view::npos) continue;
    if (const auto points = PointsAt(text, bracket + std::string_view("分值").size())) indicator.weight = *points;
  }
}

// Appends the indicator `name` (a view into `text`) with its target and what was reached, and the
// points stated after `points_at`.
void PushPair(std::vector<ProseIndicator>& out, std::string_view text, std::string_view name, const CellValue& target,
              const CellValue& actual, std::size_t points_at) {
  ProseIndicator item;
  item.indicator.name = std::string(name);
  SetIndicatorValue(item.indicator, target, /*target=*/true);
  SetIndicatorValue(item.indicator, actual, /*target=*/false);
  ReadPointsAfter(text, points_at, item.indicator);
  item.offset = static_cast<std::size_t>(name.data() - text.data());
  item.length = name.size();
  out.push_back(std::move(item));
}

// "培训人数目标300人，实际完成320人" / "培训合格率：年度目标≥90%，实际完成95%": an indicator's
// target and its actual value, each in its own clause.
// `said`: the comparison kTarget itself says ("不超过78元", "控制在3小时以内"), when it is no word
// for a target; such a clause is read only with what was reached after it, and only when it names
// no target of its own (those the target words read).
void ReadTargetActualClauses(std::string_view text, std::vector<ProseIndicator>& out, std::string_view kTarget,
                             std::optional<Comparator> said = std::nullopt) {
  for (std::size_t at = Find(text, kTarget); at != std::string_view::npos; at = Find(text, kTarget, at + 1)) {
    // (预期目标 is read as 目标: "预期" leads to the target only when it stands alone.)
    if (kTarget == "预期" && text.compare(at + kTarget.size(), 6, "目标") == 0) continue;
    // (原计划 is read as a whole: 原 is no part of the name.)
    if (kTarget == "计划" && at >= 3 && text.compare(at - 3, 3, "原") == 0) continue;
    // ("满意度达95%以上，实际达到97.4%": 达 says the target only with 以上 after its figure.)
    if (kTarget == "达" && (ClauseStop(text, at) < 6 || text.compare(ClauseStop(text, at) - 6, 6, "以上") != 0 ||
                            text.compare(at + kTarget.size(), 3, "到") == 0)) {
      continue;
    }
    // The name: the clause's words before 目标 (年度/预期 aside), or the words before the colon.
    const std::size_t start = ClauseStart(text, at);
    std::string_view name = TrimSpace(text.substr(start, at - start));
    // "…发放指标为100%实际完成值为100%义务兵家庭优待金…发放指标为…": the name starts after the
    // figures of the indicator before it.
    for (std::string_view percent : {"%", "％"}) {
      const std::size_t last = RFind(name, percent);
      if (last != std::string_view::npos) name = TrimSpace(name.substr(last + percent.size()));
    }
    for (std::string_view lead : {"年度", "预期", "年初", "绩效"}) {
      if (EndsWith(name, lead)) name = TrimSpace(name.substr(0, name.size() - lead.size()));
    }
    if (said && (name.empty() || ContainsAny(name, {"目标", "指标", "计划", "预期", "要求", "设定"}))) continue;
    // "数量指标：培训人数，年度目标≥300人": the name is the clause before ("X：" or "X，").
    const bool named_before = name.empty();
    if (name.empty() && start >= 3 && text.compare(start - 3, 3, "。") == 0) {
      // "（1）资助家庭经济困难学生。绩效目标1170人次，…": the numbered sentence before names it.
      const std::size_t stop = start > 3 ? RFind(text, "。", start - 4) : std::string_view::npos;
      const std::size_t from = stop == std::string_view::npos || stop >= start - 3 ? 0 : stop + 3;
      const std::string_view sentence = TrimSpace(text.substr(from, start - 3 - from));
      if (ReadHeadingMarker(sentence).found() && AtMostCodePoints(sentence, 34)) name = sentence;
    } else if (name.empty() && start > 0) {
      const bool wide = start >= 3 && (text.compare(start - 3, 3, "：") == 0 || text.compare(start - 3, 3, "，") == 0 ||
                                       text.compare(start - 3, 3, "；") == 0);
      const std::size_t colon = start - (wide ? 3 : 1);
      const std::size_t before = ClauseStart(text, colon);
      name = TrimSpace(text.substr(before, colon - before));
    }
    name = IndicatorName(name);
    if (name.empty()) continue;
    const std::size_t target_at = SkipToValue(text, at + kTarget.size());
    std::size_t target_end = ClauseStop(text, target_at);
    // "指标为100%实际完成值为100%": what was achieved said right after the target's percent.
    std::size_t run_on = PercentEnd(text, target_at);
    // ("95%以上, 实际完成值…": the comparison written after the percent is the target's.)
    for (std::string_view after : {"以上", "以下", "以内"}) {
      if (run_on < target_end && text.compare(run_on, after.size(), after) == 0) run_on = std::string_view::npos;
    }
    // ("年初目标880台、全年完成923台": what was reached after a 、 in the target's clause.)
    for (std::size_t mark = Find(text, "、", target_at); mark != std::string_view::npos && mark < target_end && run_on >= target_end;
         mark = Find(text, "、", mark + 3)) {
      const std::size_t after = PastYear(text, mark + 3);
      const bool reached = std::any_of(kAchieved.begin(), kAchieved.end(), [&](std::string_view w) {
        return w.size() > 3 && text.compare(after, w.size(), w) == 0;
      });
      if (reached) run_on = mark;
    }
    const bool joined = run_on < target_end;
    if (joined) target_end = run_on;
    if (target_end >= text.size()) continue;
    // The next clause says what was achieved.
    std::size_t actual_at = joined ? target_end : target_end + (text[target_end] == ',' || text[target_end] == ';' ? 1 : 3);
    while (actual_at < text.size() && text[actual_at] == ' ') ++actual_at;
    // ("设定值60%、完成值55.8%": the two joined by a 、.)
    if (joined && text.compare(actual_at, 3, "、") == 0) actual_at += 3;
    std::size_t achieved = 0;
    std::string_view achieved_word;
    // (What was reached may follow a clause or two about how it was measured, in the same
    // sentence: "目标值不低于95%，发放并收回有效问卷547份，…，实际满意度93.42%".)
    // That clause names the indicator again ("实际满意度" after "护林员满意度").
    std::size_t tail = name.size();
    for (int chars = 0; chars < 2 && tail > 0; ++chars) {
      std::size_t len = 0;
      CodePointBefore(name, tail, &len);
      tail -= len;
    }
    const std::string_view name_tail = name.substr(tail);
    bool measured = false;  // the clauses passed over say how it was checked
    // (Or what was reached part of the way through the year: "上半年完成25件，全年完成81件".)
    bool part_of_year = false;
    bool actual_at_figure = false;  // what was reached opens its clause, 完成 after it ("100%完成")
    const std::size_t first_actual_at = actual_at;
    for (int skipped = 0; achieved == 0 && skipped <= 2 && actual_at < text.size(); ++skipped) {
      // "2023年实际完成320户": the year the clause speaks of, before its verb.
      actual_at = PastYear(text, actual_at);
      // "经问卷调查实际为93%": how it was measured, before the verb in the same clause.
      if (text.compare(actual_at, 3, "经") == 0 || text.compare(actual_at, 3, "据") == 0) {
        const std::size_t verb = Find(text, "实际", actual_at);
        if (verb != std::string_view::npos && verb - actual_at <= 12 * 3 && verb < ClauseStop(text, actual_at)) actual_at = verb;
      }
      for (std::string_view word : kAchieved) {
        if (text.compare(actual_at, word.size(), word) == 0) {
          const bool renamed = Find(text.substr(actual_at, ClauseStop(text, actual_at) - actual_at), name_tail) !=
                               std::string_view::npos;
          if (skipped > 0 && !renamed && !measured && !part_of_year) break;
          achieved = word.size(), achieved_word = word;
          break;
        }
      }
      if (achieved > 0 || joined) break;
      const std::size_t next = ClauseStop(text, actual_at);
      // ("评价组通过核对验收资料核实，实际为1075人次": a clause on how it was checked, no figure in it.)
      const std::string_view skipped_clause = text.substr(actual_at, next - actual_at);
      // ("经抽查台账，实际为95.3%", "经现场核查，实际为100%".)
      measured = (skipped == 0 || measured) &&
                 ContainsAny(skipped_clause, {"核实", "确认", "核对", "查阅", "调查", "抽查", "核查", "检查", "统计", "查验"}) &&
                 skipped_clause.find_first_of("0123456789") == std::string_view::npos;
      part_of_year = (skipped == 0 || part_of_year) && NamesPartOfYear(skipped_clause);
      if (next >= text.size() || text.compare(next, 3, "。") == 0 || text.compare(next, 3, "；") == 0 || text[next] == ';') break;
      actual_at = next + (text[next] == ',' ? 1 : 3);
      while (actual_at < text.size() && text[actual_at] == ' ') ++actual_at;
    }
    // ("…目标100%，100%完成": the figure, then 完成.)
    if (achieved == 0 && first_actual_at < text.size()) {
      const std::size_t stop = ClauseStop(text, first_actual_at);
      const std::string_view next = TrimSpace(text.substr(first_actual_at, stop - first_actual_at));
      // ("要求3月底前完成，基本按期完成", "要求9月底前投入使用，9月中旬投入使用": a time aimed at, then the
      // time it was done, said without a verb.)
      const std::string_view aimed = TrimSpace(text.substr(target_at, target_end - target_at));
      const bool time_aimed = Contains(aimed, "月") && (Contains(aimed, "前") || Contains(aimed, "底"));
      const bool time_done = AtMostCodePoints(next, 12) &&
                             (ContainsAny(next, {"按期", "按时"}) || (DigitAt(next, 0) >= 0 && Contains(next, "月")));
      if ((DigitAt(text, first_actual_at) >= 0 && EndsWith(next, "完成")) || (time_aimed && time_done)) {
        actual_at = first_actual_at, actual_at_figure = true;
      }
    }
    if (achieved == 0 && !actual_at_figure && said) continue;
    if (achieved == 0 && !actual_at_figure) {
      // "“受助群众满意度”年度目标≥95%，得10分": the target and the points, what was reached stated
      // elsewhere (a satisfaction's survey). The name is the clause's own.
      if (joined || named_before || name.find_first_of("0123456789") != std::string_view::npos) continue;
      const std::optional<Points> points = ScoreClause(text, target_end);
      const CellValue target = ClauseValue(TrimSpace(text.substr(target_at, target_end - target_at)));
      if (!points || !target.number || !target.comparator) continue;
      ProseIndicator item;
      item.indicator.name = std::string(name);
      SetIndicatorValue(item.indicator, target, /*target=*/true);
      item.indicator.score_stated = points;
      item.offset = static_cast<std::size_t>(name.data() - text.data());
      item.length = name.size();
      out.push_back(std::move(item));
      continue;
    }
    const std::size_t clause_at = actual_at;
    actual_at = SkipToValue(text, actual_at + achieved);
    // "320户（上年为256户）": what is said in brackets after the figure is no part of it.
    const std::size_t actual_end = std::min({ClauseStop(text, actual_at), PercentEnd(text, actual_at),
                                             Find(text, "（", actual_at), text.find('(', actual_at)});
    const CellValue target = ClauseValue(TrimSpace(text.substr(target_at, target_end - target_at)));
    CellValue actual = ClauseValue(TrimSpace(text.substr(actual_at, actual_end - actual_at)));
    // "实际达到预期": 达到 is part of the tier reached (达到预期), not the verb it is in "实际达到有效改善".
    if (!actual.number && achieved_word == "实际达到" && actual.text == "预期") {
      const std::size_t after = clause_at + std::string_view("实际").size();
      actual = ClauseValue(TrimSpace(text.substr(after, actual_end - after)));
    }
    // Numbers, or on both sides a short tier ("年度目标有效改善，实际完成有效改善").
    if (!(target.number && actual.number) && !(IsTier(target) && IsTier(actual))) continue;
    ProseIndicator item;
    item.indicator.name = std::string(name);
    SetIndicatorValue(item.indicator, target, /*target=*/true);
    SetIndicatorValue(item.indicator, actual, /*target=*/false);
    if (said && !item.indicator.comparator) item.indicator.comparator = said;
    ReadPointsAfter(text, actual_end, item.indicator);
    item.offset = static_cast<std::size_t>(name.data() - text.data());
    item.length = name.size();
    out.push_back(std::move(item));
  }
}

// Where the first of `verbs` that has a figure right after it stands in `clause`, the last such
// place of it ("项目完成率完成96.4%": the 完成 before 96.4, not the one in the name), and its size;
// npos when none has.
template <std::size_t N>
std::pair<std::size_t, std::size_t> VerbBeforeFigure(std::string_view clause, const std::array<std::string_view, N>& verbs) {
  for (std::string_view v : verbs) {
    for (std::size_t found = RFind(clause, v); found != std::string_view::npos;
         found = found == 0 ? std::string_view::npos : RFind(clause, v, found - 1)) {
      const std::size_t value = SkipToValue(clause, found + v.size());
      // ("违法生产经营行为1起": 为 closing the word 行为 is no verb.)
      if (v == "为" && found >= 3 && (clause.compare(found - 3, 3, "行") == 0 || clause.compare(found - 3, 3, "作") == 0)) continue;
      if (value < clause.size() && (DigitAt(clause, value) >= 0 || ContainsAny(clause.substr(value, 3), {"≥", "≤"}))) {
        return {found, v.size()};
      }
    }
  }
  return {std::string_view::npos, 0};
}

// "培训基层医务人员完成832人次，目标845人次，得14.77分": what was reached first, then the
// target in the clause after it (目标 / 年度目标 / 计划 leading it), then the points.
void ReadActualThenTarget(std::string_view text, std::vector<ProseIndicator>& out) {
  static constexpr std::array<std::string_view, 7> kReached = {"实际完成", "已完成", "完成", "实际达到", "实际为", "达到", "为"};
  for (std::size_t stop = ClauseStop(text, 0); stop < text.size(); stop = ClauseStop(text, stop + 1)) {
    // A clause that opens with the target: 目标 / 年度目标 / 预期目标 / 计划 (目标值 too, by SkipToValue).
    std::size_t start = stop + (text[stop] == ',' || text[stop] == ';' ? 1 : 3);
    while (start < text.size() && text[start] == ' ') ++start;
    std::string_view lead;
    for (std::string_view l : {"年度目标", "预期目标", "绩效目标", "年度指标值", "目标", "指标值", "计划"}) {
      if (StartsWith(text.substr(std::min(start, text.size())), l)) {
        lead = l;
        break;
      }
    }
    if (lead.empty()) continue;
    const std::size_t target_at = SkipToValue(text, start + lead.size());
    const std::size_t target_end = ClauseStop(text, target_at);
    // The clause before: "X完成832人次" (or "X实际完成…").
    if (text[stop] != ',' && text.compare(stop, 3, "，") != 0) continue;
    const std::size_t before_end = stop;
    const std::size_t before_start = ClauseStart(text, before_end);
    const std::string_view clause = text.substr(before_start, before_end - before_start);
    auto [verb, verb_size] = VerbBeforeFigure(clause, kReached);
    // "全年排查宗教活动场所70处，年度目标为不少于72处": no verb says the figure was reached, but the
    // target after it counts the same thing (its unit).
    const bool unsaid = verb == std::string_view::npos;
    if (unsaid) verb = FigureAt(clause), verb_size = 0;
    if (verb == std::string_view::npos) continue;
    const std::string_view name = IndicatorName(WithoutTimeSaid(clause.substr(0, verb)));
    if (name.empty()) continue;
    const std::size_t actual_at = SkipToValue(clause, verb + verb_size);
    const CellValue actual = ClauseValue(TrimSpace(clause.substr(actual_at)));
    const CellValue target = ClauseValue(TrimSpace(text.substr(target_at, target_end - target_at)));
    if (!actual.number || !target.number) continue;
    if (unsaid && (!actual.unit || actual.unit != target.unit || actual.comparator)) continue;
    PushPair(out, text, name, target, actual, target_end);
  }
}

// "预定建设良种繁育基地3510亩，实际已完成建设良种繁育基地3660亩": what was planned, named after
// 预定 (or 计划), then the same thing done, each with its figure.
void ReadPlannedThenDone(std::string_view text, std::vector<ProseIndicator>& out) {
  for (std::string_view plan : {"预定", "计划"}) {
    for (std::size_t at = Find(text, plan); at != std::string_view::npos; at = Find(text, plan, at + 1)) {
      const std::size_t start = ClauseStart(text, at);
      // (Only the clause's opening, a time said before it aside: "全年预定储备救灾种子109吨".)
      if (!WithoutTimeSaid(text.substr(start, at - start)).empty() && TrimSpace(text.substr(start, at - start)) != "全年") continue;
      const std::size_t stop = ClauseStop(text, at);
      const std::string_view clause = text.substr(at + plan.size(), stop - at - plan.size());
      const std::size_t figure = FigureAt(clause);
      if (figure == std::string_view::npos || figure == 0 || stop >= text.size()) continue;
      const std::string_view name = IndicatorName(clause.substr(0, figure));
      if (name.empty()) continue;
      std::size_t done_at = stop + (text[stop] == ',' || text[stop] == ';' ? 1 : 3);
      while (done_at < text.size() && text[done_at] == ' ') ++done_at;
      const std::size_t done_stop = ClauseStop(text, done_at);
      const std::string_view done = text.substr(done_at, done_stop - done_at);
      std::size_t said = 0;
      for (std::string_view word : {"实际已完成", "实际完成", "实际", "已完成"}) {
        if (StartsWith(done, word)) {
          said = word.size();
          break;
        }
      }
      const std::size_t named = said == 0 ? std::string_view::npos : Find(done, name, said);
      if (named == std::string_view::npos || !TrimSpace(done.substr(said, named - said)).empty()) continue;
      const CellValue target = ClauseValue(TrimSpace(clause.substr(figure)));
      const CellValue actual = ClauseValue(TrimSpace(done.substr(named + name.size())));
      if (!target.number || !actual.number) continue;
      PushPair(out, text, name, target, actual, done_stop);
    }
  }
}

// "计划和实际承保面积为42.59万亩", "计划和实际投保38112头", "承保面积计划与实际均为8.22万亩": what was
// planned and what was done, said once as one figure.
void ReadPlannedAndDoneAlike(std::string_view text, std::vector<ProseIndicator>& out) {
  for (std::string_view both : {"计划和实际", "计划与实际", "计划及实际", "目标和实际", "目标与实际"}) {
    for (std::size_t at = Find(text, both); at != std::string_view::npos; at = Find(text, both, at + 1)) {
      const std::size_t stop = ClauseStop(text, at);
      const std::string_view after = text.substr(at + both.size(), stop - at - both.size());
      const std::size_t figure = FigureAt(after);
      if (figure == std::string_view::npos) continue;
      // The name between the words and the figure, its verb aside ("承保面积为", "均为"); or before them.
      std::string_view words = TrimSpace(after.substr(0, figure));
      for (std::string_view verb : {"均为", "都为", "均达", "为", "达", "是"}) {
        if (EndsWith(words, verb)) {
          words = TrimSpace(words.substr(0, words.size() - verb.size()));
          break;
        }
      }
      std::string_view name = IndicatorName(words);
      if (name.empty() && words.empty()) {
        const std::size_t start = ClauseStart(text, at);
        name = IndicatorName(text.substr(start, at - start));
      }
      if (name.empty()) continue;
      const CellValue value = ClauseValue(TrimSpace(after.substr(figure)));
      if (!value.number) continue;
      PushPair(out, text, name, value, value, stop);
    }
  }
}

// "灌区群众满意度为92%，高于85%的目标", "推广省力化蚕台493套，完成年度目标任务440套的112%": what was
// reached, then a clause measuring it against the target.
void ReadReachedThenReference(std::string_view text, std::vector<ProseIndicator>& out) {
  static constexpr std::array<std::string_view, 7> kReached = {"实际达到", "实际为", "实际完成", "达到", "为", "达", "是"};
  for (std::size_t stop = ClauseStop(text, 0); stop < text.size(); stop = ClauseStop(text, stop + 1)) {
    if (text[stop] != ',' && text.compare(stop, 3, "，") != 0) continue;
    std::size_t start = stop + (text[stop] == ',' ? 1 : 3);
    while (start < text.size() && text[start] == ' ') ++start;
    const std::size_t end = ClauseStop(text, start);
    std::string_view reference = TrimSpace(text.substr(start, end - start));
    // The target's figure inside the reference clause.
    std::string_view target_words;
    for (std::string_view lead : {"高于", "低于", "超过", "未达到", "达到", "略高于", "略低于"}) {
      if (!StartsWith(reference, lead)) continue;
      for (std::string_view tail : {"的年度目标值", "的年度目标", "的目标值", "的目标", "的预期目标", "的预期"}) {
        if (EndsWith(reference, tail)) {
          target_words = reference.substr(lead.size(), reference.size() - lead.size() - tail.size());
          break;
        }
      }
      break;
    }
    for (std::string_view lead : {"完成年度目标任务", "完成年度目标", "完成目标任务"}) {
      if (!target_words.empty() || !StartsWith(reference, lead)) continue;
      const std::size_t of = RFind(reference, "的");
      if (of == std::string_view::npos || of <= lead.size()) break;
      const std::string_view share = reference.substr(of + std::string_view("的").size());
      if (!EndsWith(share, "%") && !EndsWith(share, "％")) break;
      target_words = reference.substr(lead.size(), of - lead.size());
    }
    target_words = TrimSpace(target_words);
    if (target_words.empty()) continue;
    const std::size_t before_start = ClauseStart(text, stop);
    const std::string_view clause = text.substr(before_start, stop - before_start);
    auto [verb, verb_size] = VerbBeforeFigure(clause, kReached);
    if (verb == std::string_view::npos) verb = FigureAt(clause), verb_size = 0;
    if (verb == std::string_view::npos) continue;
    const std::string_view name = IndicatorName(WithoutTimeSaid(clause.substr(0, verb)));
    if (name.empty()) continue;
    const CellValue actual = ClauseValue(TrimSpace(clause.substr(SkipToValue(clause, verb + verb_size))));
    const CellValue target = ClauseValue(target_words);
    if (!actual.number || !target.number) continue;
    PushPair(out, text, name, target, actual, end);
  }
}

// "赛事安全事故零事故，全年发生0起", "确保重大草原火灾零发生（实际 0 起）": none aimed at in words after
// the indicator's name, then the count reached, in brackets or in the clause after it.
void ReadZeroThenReached(std::string_view text, std::vector<ProseIndicator>& out) {
  for (std::size_t at = Find(text, "零"); at != std::string_view::npos; at = Find(text, "零", at + 3)) {
    const std::size_t zero = ZeroWordLength(text.substr(at));
    if (zero == 0) continue;
    const std::size_t start = ClauseStart(text, at);
    std::string_view words = text.substr(start, at - start);
    for (std::string_view lead : {"确保", "实现", "做到", "保持"}) {
      if (StartsWith(TrimSpace(words), lead)) words = TrimSpace(words).substr(lead.size());
    }
    const std::string_view name = IndicatorName(WithoutTimeSaid(words));
    if (name.empty() || name.find_first_of("0123456789") != std::string_view::npos) continue;
    std::size_t from = at + zero;
    std::string_view reached;
    std::size_t points_at = 0;
    if (const std::size_t close = PastBrackets(text, from); close > from) {
      reached = text.substr(from, close - from);  // "（实际 0 起）"
      points_at = close;
    } else if (const std::size_t next = PastClauseBreak(text, from); next > from) {
      reached = text.substr(next, ClauseStop(text, next) - next);  // "全年发生0起"
      points_at = next + reached.size();
    }
    if (reached.empty() || !ContainsAny(reached, {"实际", "发生", "全年", "共"})) continue;
    const std::size_t figure = FigureAt(reached);
    if (figure == std::string_view::npos) continue;
    std::string_view value = reached.substr(figure);
    for (std::string_view close : {"）", ")"}) {
      if (EndsWith(value, close)) value.remove_suffix(close.size());
    }
    const CellValue actual = ClauseValue(TrimSpace(value));
    if (!actual.number) continue;
    PushPair(out, text, name, ParseCellValue("0"), actual, points_at);
  }
}

// "呼救电话10秒接听率：≥95%→90.5%", "车辆交付使用时间：8月底前交付使用→8月25日交付使用": the
// target, an arrow, what was reached, after the indicator's name and a colon.
// ("X:≥95％/实际 96％": a slash and 实际 in its place.)
void ReadArrowPairs(std::string_view text, std::vector<ProseIndicator>& out) {
  for (std::string_view arrow : {"→", "/实际", "／实际"}) {
    for (std::size_t at = Find(text, arrow); at != std::string_view::npos; at = Find(text, arrow, at + arrow.size())) {
      const std::size_t start = ClauseStart(text, at);
      if (start < 3 || (text.compare(start - 3, 3, "：") != 0 && text[start - 1] != ':')) continue;
      const std::size_t colon = text[start - 1] == ':' ? start - 1 : start - 3;
      const std::string_view name =
          IndicatorName(WithoutTimeSaid(text.substr(ClauseStart(text, colon), colon - ClauseStart(text, colon))));
      if (name.empty()) continue;
      const std::size_t end = ClauseStop(text, at);
      const CellValue target = ClauseValue(TrimSpace(text.substr(start, at - start)));
      const CellValue actual = ClauseValue(TrimSpace(text.substr(at + arrow.size(), end - at - arrow.size())));
      if (!(target.number && actual.number) && !(target.text && actual.text)) continue;
      PushPair(out, text, name, target, actual, end);
    }
  }
}

// "主要指标：资金兑付办结时限≤14天/13天；后续管护制度建立健全/建立健全": the target as a list states
// one, a slash, then what was reached (not a unit's slash, "元/人·天", nor a date's, "2023/12/31").
void ReadSlashPairs(std::string_view text, std::vector<ProseIndicator>& out) {
  for (std::string_view slash : {"/", "／"}) {
    for (std::size_t at = Find(text, slash); at != std::string_view::npos; at = Find(text, slash, at + slash.size())) {
      if (at == 0 || (text[at - 1] >= '0' && text[at - 1] <= '9')) continue;
      if (text.compare(at + slash.size(), 6, "实际") == 0) continue;  // "/实际": the arrow pairs'
      const std::size_t start = ClauseStart(text, at);
      const std::size_t from = at + slash.size();
      const std::size_t end = ClauseStop(text, from);
      const std::string_view after = TrimSpace(text.substr(from, end - from));
      if (after.empty() || Find(after, "/") != std::string_view::npos || Find(after, "／") != std::string_view::npos) continue;
      const CellValue actual = ClauseValue(after);
      // ("示范社年度评定完成时间11月底前完成/11月20日完成": a date reached, in words.)
      if ((actual.number || IsTier(actual)) && DigitAt(after, 0) >= 0) {
        std::optional<ProseIndicator> item = ListItem(text, start, at, /*targets=*/true);
        if (!item || (!item->indicator.target && !item->indicator.target_text)) continue;
        SetIndicatorValue(item->indicator, actual, /*target=*/false);
        ReadPointsAfter(text, end, item->indicator);
        out.push_back(std::move(*item));
      } else if (IsTier(actual)) {
        const std::string_view before = TrimSpace(text.substr(start, at - start));
        if (!EndsWith(before, after) || before.size() <= after.size()) continue;
        const std::string_view name = IndicatorName(WithoutTimeSaid(before.substr(0, before.size() - after.size())));
        if (name.empty()) continue;
        PushPair(out, text, name, actual, actual, end);
      }
    }
  }
}

// "培训蚕农500人以上，实际520人": a figure with its comparison after it, then what was reached.
void ReadComparedThenReached(std::string_view text, std::vector<ProseIndicator>& out) {
  for (std::string_view compared : {"以上，实际", "以下，实际", "以内，实际"}) {
    for (std::size_t at = Find(text, compared); at != std::string_view::npos; at = Find(text, compared, at + compared.size())) {
      const std::size_t start = ClauseStart(text, at);
      const std::string_view clause = text.substr(start, at + 6 - start);  // with 以上
      const std::size_t figure = FigureAt(clause);
      if (figure == std::string_view::npos || figure == 0) continue;
      const std::string_view name = IndicatorName(WithoutTimeSaid(clause.substr(0, figure)));
      if (name.empty() || ContainsAny(name, {"目标", "指标", "计划"})) continue;
      const std::size_t actual_at = SkipToValue(text, at + compared.size());
      const std::size_t end = std::min(ClauseStop(text, actual_at), PercentEnd(text, actual_at));
      const CellValue target = ClauseValue(TrimSpace(clause.substr(figure)));
      const CellValue actual = ClauseValue(TrimSpace(text.substr(actual_at, end - actual_at)));
      if (!target.number || !actual.number) continue;
      PushPair(out, text, name, target, actual, ClauseStop(text, actual_at));
    }
  }
}

// "采集全血不低于5580单位（实际5980单位）": a target as a list states one, what was reached in
// brackets after it.
void ReadTargetThenBracketedActual(std::string_view text, std::vector<ProseIndicator>& out) {
  for (std::string_view open : {"（实际", "(实际"}) {
    for (std::size_t at = Find(text, open); at != std::string_view::npos; at = Find(text, open, at + 1)) {
      const std::size_t start = ClauseStart(text, at);
      std::optional<ProseIndicator> item = ListItem(text, start, at, /*targets=*/true);
      if (!item || (!item->indicator.target && !item->indicator.target_text)) continue;
      const std::size_t close = PastBrackets(text, at);
      const std::size_t inside_end = close - (text[close - 1] == ')' ? 1 : 3);
      if (close <= at || inside_end <= at + open.size()) continue;
      const CellValue actual = ClauseValue(TrimSpace(text.substr(SkipToValue(text, at + open.size()), inside_end - SkipToValue(text, at + open.size()))));
      if (!actual.number && !IsTier(actual)) continue;
      SetIndicatorValue(item->indicator, actual, /*target=*/false);
      ReadPointsAfter(text, close, item->indicator);
      out.push_back(std::move(*item));
    }
  }
}

// "“资金拨付及时率”实际100%（目标≥100%），得18分": what was reached, the target in brackets after it.
void ReadReachedThenBracketedTarget(std::string_view text, std::vector<ProseIndicator>& out) {
  for (std::string_view open : {"（目标", "(目标", "（年度目标", "(年度目标", "（年度指标值", "(年度指标值", "（指标值", "(指标值"}) {
    for (std::size_t at = Find(text, open); at != std::string_view::npos; at = Find(text, open, at + 1)) {
      const std::size_t start = ClauseStart(text, at);
      const std::string_view clause = text.substr(start, at - start);
      // ("政策知晓率为93.7%（年度指标值≥90%）": 为 or 达到 before the figure reached.)
      static constexpr std::array<std::string_view, 7> kVerbs = {"实际完成", "实际达到", "实际", "完成", "达到", "达", "为"};
      auto [verb, verb_size] = VerbBeforeFigure(clause, kVerbs);
      // "隐患整改完成率100%（目标≥100%）": the figure right after the name is the one reached.
      if (verb == std::string_view::npos) verb = FigureAt(clause), verb_size = 0;
      // "宗教领域和谐稳定：保持稳定（年度目标：保持稳定）": a tier reached after the name and a colon.
      std::string_view name;
      // ("节假日街头采血点正常开放（目标：正常开放）", "服务群众覆盖面略有扩大（目标：逐步扩大）": the
      // tier reached closing the clause that names it.)
      std::size_t tier_at = std::string_view::npos;
      if (verb == std::string_view::npos) {
        const std::size_t target_from = SkipToValue(text, at + open.size());
        std::size_t target_close = Find(text, "）", target_from);
        if (const std::size_t ascii = text.find(')', target_from); ascii < target_close) target_close = ascii;
        const std::string_view target_words =
            target_close == std::string_view::npos ? std::string_view() : TrimSpace(text.substr(target_from, target_close - target_from));
        const std::string_view trimmed = TrimSpace(clause);
        if (!target_words.empty() && EndsWith(trimmed, target_words) && trimmed.size() > target_words.size()) {
          tier_at = static_cast<std::size_t>(trimmed.data() - clause.data()) + trimmed.size() - target_words.size();
        } else if (const std::size_t tier = TierAtEnd(trimmed); tier != std::string_view::npos && tier > 0) {
          tier_at = static_cast<std::size_t>(trimmed.data() - clause.data()) + tier;
        }
      }
      if (tier_at != std::string_view::npos) {
        name = IndicatorName(WithoutTimeSaid(clause.substr(0, tier_at)));
        verb = tier_at, verb_size = 0;
      } else if (verb == std::string_view::npos && start >= 3 && text.compare(start - 3, 3, "：") == 0) {
        const std::size_t before = ClauseStart(text, start - 3);
        name = IndicatorName(WithoutTimeSaid(text.substr(before, start - 3 - before)));
        verb = 0, verb_size = 0;
      } else if (verb != std::string_view::npos) {
        name = IndicatorName(WithoutTimeSaid(clause.substr(0, verb)));
      }
      if (name.empty()) continue;
      const std::size_t target_at = SkipToValue(text, at + open.size());
      std::size_t close = Find(text, "）", target_at);
      std::size_t close_size = 3;
      if (const std::size_t ascii = text.find(')', target_at); ascii < close) close = ascii, close_size = 1;
      if (close == std::string_view::npos || close - target_at > 3 * 16) continue;
      const CellValue actual = ClauseValue(TrimSpace(clause.substr(verb + verb_size)));
      const CellValue target = ClauseValue(TrimSpace(text.substr(target_at, close - target_at)));
      if (!(actual.number && target.number) && !(IsTier(actual) && IsTier(target))) continue;
      PushPair(out, text, name, target, actual, close + close_size);
    }
  }
}

// "耕地质量提升面积（目标值：不少于9万亩）实际完成10万亩": the target in brackets right after the
// indicator's name, then what was reached after 实际.
void ReadBracketedTargetThenReached(std::string_view text, std::vector<ProseIndicator>& out) {
  for (std::string_view open : {"（目标值", "(目标值", "（目标", "(目标", "（年度目标", "(年度目标", "（年度指标值", "(年度指标值", "（指标值", "(指标值"}) {
    for (std::size_t at = Find(text, open); at != std::string_view::npos; at = Find(text, open, at + 1)) {
      // ("（目标值…": read once, by the longest key.)
      if ((open == "（目标" || open == "(目标") && text.compare(at + open.size(), 3, "值") == 0) continue;
      const std::size_t start = ClauseStart(text, at);
      const std::string_view words = TrimSpace(text.substr(start, at - start));
      if (words.find_first_of("0123456789") != std::string_view::npos) continue;  // what was reached said before it
      const std::string_view name = IndicatorName(WithoutTimeSaid(words));
      if (name.empty()) continue;
      const std::size_t target_at = SkipToValue(text, at + open.size());
      std::size_t close = Find(text, "）", target_at), close_size = 3;
      if (const std::size_t ascii = text.find(')', target_at); ascii < close) close = ascii, close_size = 1;
      if (close == std::string_view::npos || close - target_at > 3 * 16) continue;
      std::size_t after = close + close_size;
      while (after < text.size() && text[after] == ' ') ++after;
      std::size_t verb = 0;
      for (std::string_view word : kAchieved) {
        if (text.compare(after, word.size(), word) == 0 && StartsWith(word, "实际")) {
          verb = word.size();
          break;
        }
      }
      if (verb == 0) continue;
      const std::size_t actual_at = SkipToValue(text, after + verb);
      const std::size_t actual_end = ClauseStop(text, actual_at);
      const CellValue target = ClauseValue(TrimSpace(text.substr(target_at, close - target_at)));
      const CellValue actual = ClauseValue(TrimSpace(text.substr(actual_at, actual_end - actual_at)));
      if (!(actual.number && target.number) && !(IsTier(actual) && IsTier(target))) continue;
      PushPair(out, text, name, target, actual, actual_end);
    }
  }
}

// "项目绩效目标为A≥96%、B≥96%、C按期完成，实际完成A97.5%、B99.6%、C按期完成": the targets listed
// after 目标为, then what was reached listed after 实际完成, each paired with its target by name.
// The items of a list between `from` and `to` ("A≥96%、项目完成时限按期完成、…"), as views.
std::vector<std::string_view> ListItems(std::string_view text, std::size_t from, std::size_t to) {
  std::vector<std::string_view> out;
  for (std::size_t begin = from; begin < to;) {
    std::size_t end = Find(text, "、", begin);
    if (end == std::string_view::npos || end > to) end = to;
    out.push_back(TrimSpace(text.substr(begin, end - begin)));
    begin = end + std::string_view("、").size();
  }
  return out;
}

// Items in words in both lists ("项目完成时限12月底前完成" then "项目完成时限已按期完成"): the words
// both open with, up to a word that ends an indicator's name (时限, 时间, 率…), are the name; what
// follows in each is the tier aimed at and the one reached.
void ReadTierPairs(std::string_view text, std::size_t from, std::size_t to, std::size_t actual_from,
                   std::size_t actual_to, std::vector<ProseIndicator>& out) {
  static constexpr std::string_view kNameEnds[] = {"时限", "时间", "进度", "率", "情况", "质量", "效果", "水平", "程度"};
  const std::vector<std::string_view> reached = ListItems(text, actual_from, actual_to);
  for (std::string_view target : ListItems(text, from, to)) {
    if (target.find_first_of("0123456789") != std::string_view::npos && Find(target, "月") == std::string_view::npos) continue;
    for (std::string_view actual : reached) {
      std::size_t common = 0;
      while (common < target.size() && common < actual.size() && target[common] == actual[common]) ++common;
      // The longest shared opening that ends with a name's word, leaving words on both sides.
      std::size_t name_end = 0;
      for (std::string_view end : kNameEnds) {
        for (std::size_t at = Find(target, end); at != std::string_view::npos && at + end.size() <= common;
             at = Find(target, end, at + 1)) {
          name_end = std::max(name_end, at + end.size());
        }
      }
      if (name_end == 0 || name_end >= target.size() || name_end >= actual.size()) continue;
      const std::string_view name = target.substr(0, name_end);
      const std::string_view aimed = target.substr(name_end), got = actual.substr(name_end);
      if (CodePointCount(name) < 3 || !AtMostCodePoints(aimed, 12) || !AtMostCodePoints(got, 12)) continue;
      ProseIndicator item;
      item.indicator.name = std::string(name);
      item.indicator.qualitative = true;
      item.indicator.target_text = std::string(aimed);
      item.indicator.actual_text = std::string(got);
      item.offset = static_cast<std::size_t>(name.data() - text.data());
      item.length = name.size();
      out.push_back(std::move(item));
      break;
    }
  }
}

void ReadTargetThenActualLists(std::string_view text, std::vector<ProseIndicator>& out) {
  auto items = [&](std::size_t from, std::size_t to) {
    std::vector<ProseIndicator> read;
    for (const std::string_view item : ListItems(text, from, to)) {
      const auto begin = static_cast<std::size_t>(item.data() - text.data());
      if (auto indicator = ListItem(text, begin, begin + item.size())) read.push_back(std::move(*indicator));
    }
    return read;
  };
  for (std::string_view cue : {"目标为", "目标是"}) {
    for (std::size_t at = Find(text, cue); at != std::string_view::npos; at = Find(text, cue, at + 1)) {
      std::size_t pos = at + cue.size();
      if (text.compare(pos, 3, "：") == 0) pos += 3;
      else if (text.compare(pos, 1, ":") == 0) pos += 1;
      const std::size_t stop = ClauseStop(text, pos);
      if (stop >= text.size() || Find(text.substr(pos, stop - pos), "、") == std::string_view::npos) continue;
      std::size_t actual_at = stop + (text[stop] == ',' || text[stop] == ';' ? 1 : 3);
      std::size_t said = 0;
      for (std::string_view word : {"实际完成", "实际达到", "实际实现", "实际"}) {
        if (text.compare(actual_at, word.size(), word) == 0) {
          said = word.size();
          break;
        }
      }
      if (said == 0) continue;
      actual_at = SkipToValue(text, actual_at + said);
      const std::vector<ProseIndicator> reached = items(actual_at, ClauseStop(text, actual_at));
      ReadTierPairs(text, pos, stop, actual_at, ClauseStop(text, actual_at), out);
      for (ProseIndicator& target : items(pos, stop)) {
        const auto match = std::find_if(reached.begin(), reached.end(), [&](const ProseIndicator& r) {
          return r.indicator.name == target.indicator.name;
        });
        if (match == reached.end() || !match->indicator.target) continue;
        target.indicator.actual = match->indicator.target;
        out.push_back(std::move(target));
      }
    }
  }
}

}  // namespace

std::optional<ProseIndicator> NamedIndicatorLine(std::string_view text) {
  std::size_t colon = Find(text, "："), colon_length = 3;
  if (const std::size_t ascii = text.find(':'); ascii < colon) colon = ascii, colon_length = 1;
  if (colon == std::string_view::npos) return std::nullopt;
  const std::string_view name = TrimSpace(text.substr(0, colon));
  const std::size_t n = CodePointCount(name);
  if (n < 2 || n > 20 || name.find_first_of("0123456789") != std::string_view::npos) return std::nullopt;
  for (std::string_view word : {"情况", "分析", "指标", "，", ",", "。", "（", "("}) {
    if (Find(name, word) != std::string_view::npos) return std::nullopt;
  }
  // The last figure of the line, with its unit and the sign before it.
  const std::string_view rest = text.substr(colon + colon_length);
  auto digit = [&](std::size_t pos) { return pos < rest.size() && rest[pos] >= '0' && rest[pos] <= '9'; };
  std::optional<std::size_t> last;
  for (std::size_t pos = 0; pos < rest.size(); ++pos) {
    if (digit(pos) && !(pos > 0 && (digit(pos - 1) || rest[pos - 1] == '.'))) last = pos;
  }
  if (!last) return std::nullopt;
  std::size_t number_end = *last;
  while (digit(number_end) || (rest[number_end] == '.' && digit(number_end + 1))) ++number_end;
  // A date is no indicator's figure ("截至2023年12月31日").
  for (std::string_view date : {"年", "月", "日", "号"}) {
    if (rest.substr(number_end, date.size()) == date) return std::nullopt;
  }
  std::size_t begin = *last;
  for (const ComparatorWord& w : kComparatorWords) {
    if (w.word != "为" && begin >= w.word.size() && rest.substr(begin - w.word.size(), w.word.size()) == w.word) {
      begin -= w.word.size();
      break;
    }
  }
  const std::string_view figure = TrimTrailing(TrimSpace(rest.substr(begin)), "。；;，,. ");
  if (CodePointCount(figure) > 12) return std::nullopt;
  CellValue value = ParseCellValue(figure);
  if (!value.number) return std::nullopt;
  for (const ComparatorWord& w : kComparatorWords) {
    if (w.word != "为" && StartsWith(figure, w.word)) value.comparator = w.comparator;
  }
  ProseIndicator out;
  out.indicator.name = std::string(name);
  SetIndicatorValue(out.indicator, value, /*target=*/value.comparator.has_value());
  out.offset = static_cast<std::size_t>(name.data() - text.data());
  out.length = name.size();
  return out;
}

std::size_t AfterLevel(std::string_view text) {
  // "服务对象满意度指标" is 满意度指标 with the ones it serves named first.
  std::size_t at = Find(text, "指标");
  if (at == std::string_view::npos || CodePointCount(text.substr(0, at)) > 8) return std::string_view::npos;
  const std::string_view level = text.substr(0, at + std::string_view("指标").size());
  const bool known = std::any_of(kLevel2.begin(), kLevel2.end(), [&](std::string_view l) { return EndsWith(level, l); });
  if (!known) return std::string_view::npos;
  std::size_t pos = level.size();
  if (pos == text.size()) return pos;
  for (std::string_view stop : {"。", "：", ":", "．", "."}) {
    if (text.compare(pos, stop.size(), stop) != 0) continue;
    return TrimSpace(text.substr(pos + stop.size())).empty() ? text.size() : pos + stop.size();
  }
  return std::string_view::npos;
}

// "X年初任务数101974人，全年完成值103119人": a clause naming its figure a target, then what was
// reached in the clause after it (from `*end` on); the indicator with both, `*end` moved past the
// second clause, or nullopt.
std::optional<ProseIndicator> TargetThenReached(std::string_view text, const ProseIndicator& item, std::size_t* end) {
  std::string_view target_word;
  std::string_view name = item.indicator.name;
  for (std::string_view verb : {"为", "是"}) {  // "任务数为115户"
    if (EndsWith(name, verb)) name.remove_suffix(verb.size());
  }
  for (std::string_view w : {"年初任务数", "年度任务数", "任务数", "目标值", "计划数"}) {
    if (EndsWith(name, w) && CodePointCount(name) > CodePointCount(w) + 1) {
      target_word = w;
      break;
    }
  }
  if (target_word.empty()) return std::nullopt;
  std::size_t next = *end;
  for (std::string_view b : {"，", "；", ",", ";"}) {
    if (text.compare(next, b.size(), b) == 0) next += b.size();
  }
  if (next >= text.size()) return std::nullopt;
  const std::size_t next_end = ClauseStop(text, next);
  const std::string_view after = TrimSpace(text.substr(next, next_end - next));
  for (std::string_view w : {"全年完成值", "实际完成值", "完成值", "实际完成", "全年完成", "实际"}) {
    if (!StartsWith(after, w)) continue;
    std::string_view reached = TrimSpace(after.substr(w.size()));
    // "实际完成农村危房改造264户": the indicator's words again before the figure.
    if (const std::size_t digit = reached.find_first_of("0123456789");
        digit != std::string_view::npos && digit > 0 && CodePointCount(reached.substr(0, digit)) <= 12 &&
        Find(name.substr(0, name.size() - target_word.size()), reached.substr(0, std::min<std::size_t>(digit, 6))) !=
            std::string_view::npos) {
      reached.remove_prefix(digit);
    }
    const CellValue actual = ClauseValue(reached);
    if (!actual.number && !actual.text) return std::nullopt;
    ProseIndicator pair = item;
    SetIndicatorValue(pair.indicator, actual, /*target=*/false);
    pair.indicator.name.resize(name.size() - target_word.size());
    pair.length = pair.indicator.name.size();
    *end = next_end;
    return pair;
  }
  return std::nullopt;
}

std::vector<ProseIndicator> ReadTargetReachedPairs(std::string_view text) {
  std::vector<ProseIndicator> out;
  if (Find(text, "任务数") == std::string_view::npos && Find(text, "计划数") == std::string_view::npos &&
      Find(text, "目标值") == std::string_view::npos) {
    return out;
  }
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = ClauseStop(text, begin);
    std::size_t from = begin;
    while (from < end && text[from] == ' ') ++from;
    // "我市2022年农村危房改造任务数为115户": the year the clause speaks of is no part of the name.
    for (std::size_t y = Find(text, "20", from); y != std::string_view::npos && y + 4 < end; y = Find(text, "20", y + 1)) {
      if (text.compare(y + 4, 3, "年") == 0 && std::all_of(text.begin() + static_cast<std::ptrdiff_t>(y),
                                                           text.begin() + static_cast<std::ptrdiff_t>(y + 4),
                                                           [](char c) { return c >= '0' && c <= '9'; })) {
        from = y + 4 + 3;
        if (text.compare(from, 3, "度") == 0) from += 3;
        break;
      }
    }
    std::optional<ProseIndicator> item = ListItem(text, from, end);
    if (item && !EndsWith(item->indicator.unit.value_or(""), "元")) {
      if (auto pair = TargetThenReached(text, *item, &end)) out.push_back(std::move(*pair));
    }
    begin = PastClauseBreak(text, end);
  }
  return out;
}

std::vector<ProseIndicator> ReadAchievedClauses(std::string_view text) {
  std::vector<ProseIndicator> out;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = ClauseStop(text, begin);
    // "敬老院提升改造项目3个、救助站改造项目1个": a figure before a 、 ends its item.
    for (std::size_t k = Find(text, "、", begin); k != std::string_view::npos && k < end; k = Find(text, "、", k + 1)) {
      if (text.substr(begin, k - begin).find_first_of("0123456789") != std::string_view::npos) {
        end = k;
        break;
      }
    }
    // "经费发放率为98%覆盖率…": a percent ends its clause when words run on after it.
    for (std::size_t k = text.find('%', begin); k != std::string_view::npos && k < end; k = text.find('%', k + 1)) {
      if (k + 1 < end) end = k + 1;
      break;
    }
    // "完成运维结算终端数量 153 台（得分 19 分）": the points in brackets after what was reached end it.
    std::size_t points_from = std::string_view::npos;
    for (std::size_t k = Find(text, "（得分", begin); k != std::string_view::npos && k < end; k = std::string_view::npos) {
      if (text.substr(begin, k - begin).find_first_of("0123456789") != std::string_view::npos) end = k, points_from = k;
    }
    std::size_t from = begin;
    while (from < end && text[from] == ' ') ++from;
    std::optional<ProseIndicator> item = ListItem(text, from, end);
    // Money is the sentences' to read (项目投资56万元); the name of what a pair reads is no indicator.
    if (item && EndsWith(item->indicator.unit.value_or(""), "元")) item.reset();
    if (item && (Find(item->indicator.name, "指标") != std::string::npos || StartsWith(item->indicator.name, "实际"))) {
      item.reset();
    }
    if (item) {
      if (auto pair = TargetThenReached(text, *item, &end)) {
        out.push_back(std::move(*pair));
        item.reset();
      }
    }
    if (item) {
      Indicator& i = item->indicator;
      // What was reached, unless a sign says it is the target.
      const std::string_view clause = text.substr(from, end - from);
      const bool aimed = ContainsAny(clause, {"≥", "≧", "≤", "≦", "不低于", "不高于", "不超过", "不少于", "以上", "以内"});
      if (!aimed) {
        i.actual = i.target, i.actual_text = i.target_text;
        i.target.reset(), i.target_text.reset();
        i.comparator.reset();
      }
      std::string_view name = i.name;
      for (std::string_view lead : {"该项目", "本项目", "项目共", "共计", "累计", "共"}) {
        if (StartsWith(name, lead) && CodePointCount(name) > CodePointCount(lead) + 1) name.remove_prefix(lead.size());
      }
      for (std::string_view verb : {"设定为", "设定", "均为", "为", "达到", "达", "均"}) {
        if (EndsWith(name, verb) && CodePointCount(name) > CodePointCount(verb) + 1) name.remove_suffix(verb.size());
      }
      item->offset += static_cast<std::size_t>(name.data() - i.name.data());
      item->length = name.size();
      i.name = std::string(name);
      if (points_from != std::string_view::npos) ReadPointsAfter(text, points_from, i);
      out.push_back(std::move(*item));
    }
    begin = PastClauseBreak(text, end);
  }
  return out;
}

// "指标名称：养护农村公路里程。年度目标：≥904公里；实际完成：985公里；得分：10分": an indicator
// stated field by field, each after its key and a colon.
void ReadKeyedIndicator(std::string_view text, std::vector<ProseIndicator>& out) {
  // The value after the first of `keys` and its colon, up to the next clause stop; `*at` where
  // the value starts.
  auto field = [&](std::initializer_list<std::string_view> keys, std::size_t from, std::size_t* at) -> std::string_view {
    for (std::string_view key : keys) {
      for (std::size_t k = Find(text, key, from); k != std::string_view::npos; k = Find(text, key, k + 1)) {
        std::size_t v = k + key.size();
        if (text.compare(v, 3, "：") == 0) v += 3;
        else if (text.compare(v, 1, ":") == 0) v += 1;
        else continue;
        while (v < text.size() && text[v] == ' ') ++v;
        std::size_t end = v;
        while (end < text.size()) {
          bool stop = false;
          for (std::string_view b : {"。", "；", "，", ";", ","}) stop |= text.compare(end, b.size(), b) == 0;
          if (stop) break;
          ++end;
        }
        *at = v;
        return TrimSpace(text.substr(v, end - v));
      }
    }
    return {};
  };
  std::size_t name_at = 0;
  std::string_view name = field({"指标名称", "三级指标"}, 0, &name_at);
  // "指标1：举办主体班次；指标类型：产出指标-数量指标；指标值：≥17期；…": a form's numbered
  // indicator, exported field by field.
  if (name.empty()) {
    const std::string_view line = TrimSpace(text);
    std::size_t digits = std::string_view("指标").size();
    while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
    if (StartsWith(line, "指标") && digits > std::string_view("指标").size() && digits <= std::string_view("指标").size() + 2) {
      name = field({line.substr(0, digits)}, static_cast<std::size_t>(line.data() - text.data()), &name_at);
    }
  }
  if (name.empty() || !AtMostCodePoints(name, 40)) return;
  std::size_t at = 0;
  const std::string_view target = field({"年度目标值", "年度指标值", "年度目标", "目标值", "指标值", "目标"}, name_at, &at);
  const std::string_view actual = field({"实际完成值", "实际完成", "完成值", "实际值"}, name_at, &at);
  if (target.empty() && actual.empty()) return;
  ProseIndicator item;
  item.indicator.name = std::string(name);
  if (!target.empty()) SetIndicatorValue(item.indicator, ClauseValue(target), /*target=*/true);
  if (!actual.empty()) SetIndicatorValue(item.indicator, ClauseValue(actual), /*target=*/false);
  const std::string_view score = field({"得分"}, name_at, &at);
  if (auto number = ReadNumber(score, 0); number && number->begin == 0) {
    if (auto points = ParseFixed<Points>(number->text)) item.indicator.score_stated = *points;
  }
  const std::string_view weight = field({"分值", "权重"}, name_at, &at);
  if (auto number = ReadNumber(weight, 0); number && number->begin == 0) {
    if (auto points = ParseFixed<Points>(number->text)) item.indicator.weight = *points;
  }
  // "一级指标:产出指标；二级指标:数量指标；三级指标:X": its levels before it.
  if (const std::string_view level1 = field({"一级指标"}, 0, &at); !level1.empty() && at < name_at) {
    item.indicator.level1 = std::string(level1);
  }
  if (const std::string_view level2 = field({"二级指标"}, 0, &at); !level2.empty() && at < name_at) {
    item.indicator.level2 = std::string(level2);
  }
  // "指标类型：产出指标-数量指标": its levels.
  const std::string_view kind = field({"指标类型", "指标类别"}, name_at, &at);
  for (std::string_view dash : {"-", "—", "－", "/"}) {
    if (const std::size_t cut = Find(kind, dash); cut != std::string_view::npos) {
      item.indicator.level1 = std::string(TrimSpace(kind.substr(0, cut)));
      item.indicator.level2 = std::string(TrimSpace(kind.substr(cut + dash.size())));
      break;
    }
  }
  item.offset = name_at;
  item.length = name.size();
  out.push_back(std::move(item));
}

namespace {

// "清淤渠道长度达到64公里；清淤完成时间年度指标值为…；完成有效灌溉面积8万亩，年度目标为7万亩": in a
// sentence whose other clauses state indicators, a clause of a name and one figure states one too —
// what was reached ("X达到64公里", "完成X 572亩", "X为94%"), or the target alone when a comparison
// says so ("X目标值不低于90%", "X≥90%"). Money and the funds' own rates are the sentences' to read.
void ReadSiblingClauses(std::string_view text, std::vector<ProseIndicator>& out) {
  std::vector<std::pair<std::size_t, std::size_t>> sentences;  // [begin, end) holding an item read
  for (const ProseIndicator& item : out) {
    const std::size_t stop = RFind(text, "。", item.offset);
    const std::size_t begin = stop == std::string_view::npos ? 0 : stop + 3;
    const std::size_t end = std::min(Find(text, "。", item.offset), text.size());
    if (sentences.empty() || sentences.back().first != begin) sentences.emplace_back(begin, end);
  }
  const std::size_t read = out.size();
  const auto known = [&](std::string_view name) {
    return std::any_of(out.begin(), out.end(), [&](const ProseIndicator& i) {
      return Find(i.indicator.name, name) != std::string::npos || Find(name, i.indicator.name) != std::string_view::npos;
    });
  };
  // (A clause inside an item's own span, from its name to where its figures end, is that item's.)
  const auto inside_item = [&](std::size_t at) {
    for (std::size_t k = 0; k < read; ++k) {
      if (at >= out[k].offset && at < ClauseStop(text, ClauseStop(text, out[k].offset) + 1)) return true;
    }
    return false;
  };
  for (const auto& [begin, end] : sentences) {
    for (std::size_t at = begin; at < end;) {
      const std::size_t stop = std::min(ClauseStop(text, at), end);
      std::string_view clause = TrimSpace(text.substr(at, stop - at));
      const std::size_t clause_at = static_cast<std::size_t>(clause.data() - text.data());
      at = stop + (stop < text.size() && (text[stop] == ',' || text[stop] == ';') ? 1 : 3);
      if (clause.empty() || inside_item(clause_at) || ContainsAny(clause, {"实际", "计划", "预定", "预期", "得分", "分值", "的目标", "的预期"})) continue;
      const std::size_t figure = FigureAt(clause);
      if (figure == std::string_view::npos || figure == 0) continue;
      std::string_view words = TrimSpace(clause.substr(0, figure));
      // ("完成预算的98%": what was spent as a share of the budget, the funds' rate.)
      if (ClassifyProseLabel(words, AmountKind::kPercent) == ProseRole::kRate) continue;
      bool target = false;
      CellValue value;
      // "X目标值不低于90%": the target alone.
      for (std::string_view lead : {"目标值", "年度目标"}) {
        const std::size_t said = Find(words, lead);
        if (said == std::string_view::npos) continue;
        value = ClauseValue(TrimSpace(clause.substr(SkipToValue(clause, said + lead.size()))));
        words = words.substr(0, said);
        target = true;
        break;
      }
      if (!target) {
        value = ClauseValue(clause.substr(figure));
        target = value.comparator.has_value();  // "受灾农户满意度≥90%"
        for (std::string_view verb : {"达到", "达", "为"}) {
          if (!target && EndsWith(words, verb)) {
            words.remove_suffix(verb.size());
            break;
          }
        }
      }
      if (StartsWith(words, "完成")) words.remove_prefix(std::string_view("完成").size());
      const std::string_view name = IndicatorName(WithoutTimeSaid(words));
      // (No count of the indicators themselves: "绩效指标设置5个".)
      if (name.empty() || !value.number || known(name) || ContainsAny(name, {"目标", "指标"})) continue;
      if (value.unit && (EndsWith(*value.unit, "元") || *value.unit == "万" ||
                         ContainsAny(value.unit->substr(0, 6), {"元", "万元", "亿元", "千元"}))) {
        continue;
      }
      const AmountKind kind = value.unit && *value.unit == "%" ? AmountKind::kPercent : AmountKind::kMoney;
      const ProseRole role = ClassifyProseLabel(name, kind);
      if (role == ProseRole::kRate || role == ProseRole::kBudget || role == ProseRole::kExecuted) continue;
      ProseIndicator item;
      item.indicator.name = std::string(name);
      SetIndicatorValue(item.indicator, value, /*target=*/target);
      item.offset = static_cast<std::size_t>(name.data() - text.data());
      item.length = name.size();
      out.push_back(std::move(item));
    }
  }
}

}  // namespace

bool IsAchievedWord(std::string_view name) {
  return std::find(kAchieved.begin(), kAchieved.end(), WithoutTimeSaid(name)) != kAchieved.end();
}

bool BracketsBalanced(std::string_view name) {
  const auto count = [&](std::string_view mark) {
    std::size_t n = 0;
    for (std::size_t at = Find(name, mark); at != std::string_view::npos; at = Find(name, mark, at + mark.size())) ++n;
    return n;
  };
  return count("（") == count("）") && count("(") == count(")");
}

std::vector<ProseIndicator> ReadProseIndicators(std::string_view text) {
  std::vector<ProseIndicator> out;
  ReadKeyedIndicator(text, out);
  if (!out.empty()) return out;
  ReadTargetActualClauses(text, out, "目标");
  // "培训人数：计划培训500人次，实际培训520人次": what was planned, then what was done.
  ReadTargetActualClauses(text, out, "计划");
  // "“改造危桥数量”指标值≥35座，全年实际完成39座", "X：年度指标值有效提升，全年实际值有效提升".
  ReadTargetActualClauses(text, out, "指标值");
  // "优抚对象生活补助金每月中旬发放指标为100%，实际完成值为100%".
  ReadTargetActualClauses(text, out, "指标为");
  // "治理河道长度：预期≥31公里，实际34公里，得分15".
  ReadTargetActualClauses(text, out, "预期");
  // "新建及改造产业路年初任务数21公里，全年完成值21公里".
  ReadTargetActualClauses(text, out, "任务数");
  // "落实禁牧面积原计划44万亩以上，现已完成45万亩", "X要求≥63万亩，实际做到63万亩", "X设定为11月底前…，实际…",
  // "X设定值60%、完成值55.8%".
  for (std::string_view word : {"原计划", "设定", "要求"}) ReadTargetActualClauses(text, out, word);
  // "险情处置响应时间控制在3小时以内，实际为3小时", "每亩水域年保洁成本不超过78元，实际75元": the
  // comparison with its figure, then what was reached.
  for (auto [word, comparator] : {std::pair{"控制在", Comparator::kLessEqual}, std::pair{"不超过", Comparator::kLessEqual},
                                  std::pair{"不高于", Comparator::kLessEqual}, std::pair{"不低于", Comparator::kGreaterEqual},
                                  std::pair{"不少于", Comparator::kGreaterEqual}, std::pair{"达", Comparator::kGreaterEqual},
                                  std::pair{"≤", Comparator::kLessEqual}, std::pair{"≥", Comparator::kGreaterEqual}}) {
    ReadTargetActualClauses(text, out, word, comparator);
  }
  ReadActualThenTarget(text, out);
  ReadReachedThenReference(text, out);
  ReadPlannedThenDone(text, out);
  ReadPlannedAndDoneAlike(text, out);
  ReadTargetThenBracketedActual(text, out);
  ReadArrowPairs(text, out);
  ReadSlashPairs(text, out);
  ReadComparedThenReached(text, out);
  ReadReachedThenBracketedTarget(text, out);
  ReadZeroThenReached(text, out);
  ReadBracketedTargetThenReached(text, out);
  ReadTargetThenActualLists(text, out);
  const std::size_t paired = out.size();
  ReadTargetLists(text, out);
  ReadAchievedPairs(text, out);
  // An item the target-and-actual clauses already read is not read again as a list item.
  std::vector<ProseIndicator> kept(std::make_move_iterator(out.begin()),
                                   std::make_move_iterator(out.begin() + static_cast<std::ptrdiff_t>(paired)));
  for (std::size_t i = paired; i < out.size(); ++i) {
    const std::string& name = out[i].indicator.name;
    const bool again = std::any_of(kept.begin(), kept.begin() + static_cast<std::ptrdiff_t>(paired), [&](const ProseIndicator& k) {
      return Find(name, k.indicator.name) != std::string::npos || Find(k.indicator.name, name) != std::string::npos;
    });
    const bool achieved_word = std::any_of(kAchieved.begin(), kAchieved.end(), [&](std::string_view w) { return name == w; });
    if (!again && !achieved_word) kept.push_back(std::move(out[i]));
  }
  if (!kept.empty()) ReadSiblingClauses(text, kept);
  // ("上半年完成25件，全年完成81件": a clause of the verb alone names no indicator; nor do words cut
  // inside a bracket, "受益农户满意度（目标值：" or "）实际完成".)
  std::erase_if(kept, [&](const ProseIndicator& k) {
    const std::string& name = k.indicator.name;
    return IsAchievedWord(name) || !BracketsBalanced(name);
  });
  return kept;
}

}  // namespace jixiao::parse
