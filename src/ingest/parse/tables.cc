#include "ingest/parse/tables.h"

#include "ingest/parse/amounts.h"
#include "ingest/parse/cell_table.h"
#include "ingest/parse/flat_table.h"
#include "ingest/parse/scan.h"
#include "ingest/parse/table_columns.h"

namespace jixiao::parse {
namespace {
// "2021年", and "2021 年" as a PDF's text spaces a figure from the word after it.
bool YearWordAt(std::string_view text, std::size_t end) {
  const std::string_view after = text.substr(end);
  return StartsWith(after, "年") || StartsWith(after, " 年");
}
}  // namespace

std::optional<int> YearIn(std::string_view text) {
  for (std::size_t at = Find(text, "20"); at != std::string_view::npos; at = Find(text, "20", at + 1)) {
    const auto n = ReadNumber(text, at);
    if (n && n->text.size() == 4 && YearWordAt(text, n->end)) return std::stoi(n->text);
  }
  return std::nullopt;
}

std::optional<int> EvaluatedYearIn(std::string_view title) {
  std::optional<int> first, evaluated;
  for (std::size_t at = Find(title, "20"); at != std::string_view::npos; at = Find(title, "20", at + 1)) {
    const auto n = ReadNumber(title, at);
    if (!n || n->text.size() != 4 || !YearWordAt(title, n->end)) continue;
    const int year = std::stoi(n->text);
    if (!first) first = year;
    // (What follows the year up to its clause's end: "2023年度绩效自评结果应用".)
    const std::string_view after = title.substr(n->end, 3 * 10);
    if (Find(after, "自评") != std::string_view::npos) evaluated = year;
  }
  return evaluated ? evaluated : first;
}

namespace {

// A cell's number and what is written around it, without copying any text.
struct CellNumber {
  std::optional<Comparator> comparator;
  std::optional<Quantity> number;
  std::string_view text;  // the cell without its comparator (the whole value when no number)
  std::string_view rest;  // after the number: its unit
  bool blank = false;
};

CellNumber ReadCellNumber(std::string_view cell) {
  CellNumber out;
  cell = TrimSpace(cell);
  if (IsBlankValue(cell)) {
    out.blank = true;
    return out;
  }
  static constexpr std::string_view kSymbols[] = {"≥", "≧", ">=", "≤", "≦", "<=", "＞", "＜", ">", "<", "＝", "=", "═"};
  for (std::string_view s : kSymbols) {
    if (StartsWith(cell, s)) {
      out.comparator = ComparatorFromSymbol(s == ">=" ? "≥" : s == "<=" ? "≤" : s);
      cell = TrimSpace(cell.substr(s.size()));
      break;
    }
  }
  // "不少于376人", "不超过281元", "达到100%": the comparison said in words before a figure.
  static constexpr std::pair<std::string_view, std::string_view> kWords[] = {
      {"不少于", "≥"}, {"不低于", "≥"}, {"大于等于", "≥"}, {"不高于", "≤"}, {"不超过", "≤"}, {"不多于", "≤"},
      {"小于等于", "≤"}, {"达到", ""}};
  // ("不低于 100%": a space may stand between the words and the figure.)
  for (const auto& [word, symbol] : kWords) {
    if (out.comparator || !StartsWith(cell, word)) continue;
    const std::string_view rest = TrimSpace(cell.substr(word.size()));
    if (DigitAt(rest, 0) >= 0) {
      if (!symbol.empty()) out.comparator = ComparatorFromSymbol(symbol);
      cell = rest;
      break;
    }
  }
  out.text = cell;
  // "-9.2", "－16.8": a difference below zero (再评价 less than the self-evaluation).
  std::size_t minus = 0;
  for (std::string_view sign : {"-", "－", "−"}) {
    if (StartsWith(cell, sign) && DigitAt(cell, sign.size()) >= 0) minus = sign.size();
  }
  const auto number = ReadNumber(cell, minus);
  auto quantity = number ? ParseFixed<Quantity>(number->text) : Result<Quantity>(tl::unexpected(Error{}));
  if (!quantity) return out;
  out.number = minus > 0 ? Quantity::FromUnits(-quantity->units()) : *quantity;
  out.rest = TrimSpace(cell.substr(number->end));
  return out;
}

}  // namespace

CellValue ParseCellValue(std::string_view cell) {
  const CellNumber read = ReadCellNumber(cell);
  CellValue out;
  if (read.blank) return out;
  out.comparator = read.comparator;
  if (!read.number) {
    out.text = std::string(read.text);
    return out;
  }
  // "2021年12月31日": a date, written as it is, no quantity.
  if (StartsWith(read.rest, "年") && Find(read.rest, "月") != std::string_view::npos) {
    out.text = std::string(read.text);
    return out;
  }
  // "12月底前完成", "6月前完工": a time to finish by, said in words around its month.
  // ("11月完成", "10月已完工": the month it was done in.)
  const bool done_in_month = StartsWith(read.rest, "月") && ContainsAny(read.rest, {"完成", "完工", "竣工", "办结"});
  // ("12月20日前", "12月18日支付完毕": a day of a month, the date aimed at or met.)
  const bool day_of_month = StartsWith(read.rest, "月") && read.rest.size() > 3 && read.rest[3] >= '0' && read.rest[3] <= '9' &&
                            Find(read.rest, "日") != std::string_view::npos;
  if (day_of_month && !read.comparator) {
    out.text = std::string(read.text);
    return out;
  }
  if ((StartsWith(read.rest, "月底") || StartsWith(read.rest, "月前") || StartsWith(read.rest, "月末") ||
       StartsWith(read.rest, "月份前") || done_in_month) && !read.comparator) {
    out.text = std::string(read.text);
    return out;
  }
  out.number = read.number;
  std::string_view rest = read.rest;
  // "95%以上", "146户以上", "3天以内": the comparison said after the figure and its unit.
  static constexpr std::pair<std::string_view, Comparator> kAfter[] = {
      {"以上", Comparator::kGreaterEqual}, {"及以上", Comparator::kGreaterEqual}, {"以下", Comparator::kLessEqual},
      {"以内", Comparator::kLessEqual}, {"及以下", Comparator::kLessEqual}};
  for (const auto& [word, comparator] : kAfter) {
    if (!out.comparator && EndsWith(rest, word)) {
      out.comparator = comparator;
      rest = TrimSpace(rest.substr(0, rest.size() - word.size()));
      if (EndsWith(rest, "及")) rest = TrimSpace(rest.substr(0, rest.size() - std::string_view("及").size()));
      break;
    }
  }
  // "85%左右": about the figure, no part of its unit.
  if (EndsWith(rest, "左右")) rest = TrimSpace(rest.substr(0, rest.size() - std::string_view("左右").size()));
  if (!rest.empty()) out.unit = std::string(rest == "％" ? "%" : rest);
  return out;
}

bool IsNumericCell(std::string_view cell) {
  const CellNumber read = ReadCellNumber(cell);
  // A number finer than an indicator's quantity is still a number ("1222.193841" 万元: a money
  // cell exact to the fen).
  return read.number.has_value() || (!read.blank && ReadNumber(read.text, 0).has_value());
}

void SetIndicatorValue(Indicator& ind, const CellValue& value, bool target) {
  if (value.comparator && !ind.comparator) ind.comparator = value.comparator;
  if (value.unit && !ind.unit) ind.unit = value.unit;
  if (value.number) (target ? ind.target : ind.actual) = value.number;
  if (value.text) {
    (target ? ind.target_text : ind.actual_text) = value.text;
    if (target) ind.qualitative = true;
  }
}

std::optional<MoneyUnit> HeaderUnit(std::string_view text) {
  if (Find(text, "元") == std::string_view::npos) return std::nullopt;  // every unit below names 元
  // "(万元" alone: the second line of a wrapped header cell "年度预算申请(万元)", its bracket lost.
  // (Each spelling of a unit holds its name, 万元 / 亿元 / 千元: a text without it has none of them.)
  if (Contains(text, "万元") &&
      (ContainsAny(text, {"(万元)", "（万元）", "单位：万元", "单位:万元", "单位为万元"}) || text == "(万元" || text == "（万元")) {
    return MoneyUnit::kWan;
  }
  if (Contains(text, "亿元") &&
      (ContainsAny(text, {"(亿元)", "（亿元）", "单位：亿元", "单位:亿元", "单位为亿元"}) || text == "(亿元" || text == "（亿元")) {
    return MoneyUnit::kYi;
  }
  if (Contains(text, "千元") &&
      (ContainsAny(text, {"(千元)", "（千元）", "单位：千元", "单位:千元", "单位为千元"}) || text == "(千元" || text == "（千元")) {
    return MoneyUnit::kQian;
  }
  if (ContainsAny(text, {"(元)", "（元）", "单位：元", "单位:元", "单位为元"}) || text == "(元" || text == "（元") return MoneyUnit::kYuan;
  return std::nullopt;
}

std::optional<MoneyUnit> TrailingUnit(std::string_view text) {
  text = TrimTrailing(TrimSpace(text), "：:。. ");
  std::size_t start = text.size();
  for (int n = 0; n < 8 && start > 0; ++n) {
    do --start;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80);
  }
  return HeaderUnit(text.substr(start));
}

std::string_view WithoutProjectCode(std::string_view name, std::string_view* code) {
  name = TrimSpace(name);
  std::size_t pos = 0;
  while (pos < name.size() && std::isalnum(static_cast<unsigned char>(name[pos]))) ++pos;
  if (pos >= 10 && pos < name.size() && (name[pos] == '-' || name[pos] == '_')) {
    *code = name.substr(0, pos);
    return TrimSpace(name.substr(pos + 1));
  }
  // "M102.战略性产业集群产业链支撑": a short code of letters and digits, a dot, then the name.
  const bool letters = pos > 0 && std::isalpha(static_cast<unsigned char>(name[0]));
  if (letters && pos >= 2 && pos <= 8 && pos + 1 < name.size() && name[pos] == '.' &&
      static_cast<unsigned char>(name[pos + 1]) >= 0x80) {
    *code = name.substr(0, pos);
    return TrimSpace(name.substr(pos + 1));
  }
  *code = {};
  return name;
}

void TablesParser::Cell(std::size_t index) {
  FlushFlat();
  pending_.push_back(index);
}

bool TablesParser::Text(std::size_t index) {
  Flush();
  const std::string_view text = ctx_.paragraph(index).text;
  if (flat_.empty() ? !StartsFlatTable(text) : !ContinuesFlatTable(text)) {
    FlushFlat();
    if (!StartsFlatTable(text)) {
      caption_unit_ = TrailingUnit(text);
      return false;
    }
  }
  flat_.push_back(index);
  ctx_.MarkUsed(index);
  return true;
}

void TablesParser::Caption(std::size_t index, std::string_view title) {
  Flush();
  FlushFlat();
  scope_ = ScopeOfTitle(title);
  Evaluation& ev = ctx_.evaluation();
  if (!ev.year && (ev.year = YearIn(title))) ctx_.Record("/year", index, 0, 0);
}

void TablesParser::Finish() {
  Flush();
  FlushFlat();
}

void TablesParser::FlushFlat() {
  if (flat_.empty()) return;
  ReadFlatTable(ctx_, projects_, flat_);
  flat_.clear();
}

void TablesParser::Flush() {
  if (pending_.empty()) return;
  std::vector<TableToken> tokens;
  int row = 0;
  for (std::size_t p : pending_) {
    const Paragraph& para = ctx_.paragraph(p);
    if (para.kind == ParagraphKind::kCell) {
      tokens.push_back({para.text, p, -1});
      continue;
    }
    // Views into the row's text (cells joined by tabs) so offsets map back to the source.
    const std::string_view text = para.text;
    std::size_t from = 0;
    for (const std::string_view cell : para.cells) {
      const std::size_t at = cell.empty() ? std::string_view::npos : Find(text, cell, from);
      tokens.push_back({at == std::string_view::npos ? text.substr(std::min(from, text.size()), 0) : text.substr(at, cell.size()),
                        p, row});
      if (at != std::string_view::npos) from = at + cell.size();
    }
    ++row;
  }
  for (std::size_t p : pending_) ctx_.MarkUsed(p);
  pending_.clear();
  ReadCellTable(ctx_, projects_, std::move(tokens), scope_, caption_unit_);
  caption_unit_.reset();
}

}  // namespace jixiao::parse
