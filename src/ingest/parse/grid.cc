#include "ingest/parse/grid.h"

#include <algorithm>
#include <deque>
#include <optional>
#include <span>

#include "base/text.h"
#include "ingest/parse/amounts.h"
#include "ingest/parse/headings.h"
#include "ingest/parse/lexicon.h"
#include "ingest/parse/paragraphs.h"
#include "ingest/parse/scan.h"
#include "ingest/parse/table_columns.h"
#include "ingest/parse/tables.h"

namespace jixiao::parse {
namespace {

// A row of cells: a view into a run of cells or a line's cells.
using Cells = std::span<const GridCell>;


// A line of at least this many space-separated tokens is a table flattened into one line.
constexpr std::size_t kStreamTokens = 12;

// "2022年预算数", "2021年决算数": a year heading words, no number ("2022年12月底前" is one).
bool IsYearLabel(std::string_view cell) {
  cell = TrimSpace(cell);
  if (cell.size() < 4 + 3 + 6 || !(StartsWith(cell, "19") || StartsWith(cell, "20"))) return false;
  for (std::size_t i = 0; i < 4; ++i) {
    if (cell[i] < '0' || cell[i] > '9') return false;
  }
  // ("2021 年执行率": a PDF's text spaces the year from its word.)
  std::string_view rest = cell.substr(4);
  if (StartsWith(rest, " ")) rest.remove_prefix(1);
  return StartsWith(rest, "年") && rest.find_first_of("0123456789") == std::string_view::npos;
}
// "1.人员经费", "2、特困人员救助供养资金": a numbered row label, no number.
bool IsNumberedLabel(std::string_view cell) {
  const HeadingMarker marker = ReadHeadingMarker(cell);
  if (!marker.found()) return false;
  const std::string_view body = TrimSpace(cell.substr(marker.length));  // WithoutMarker(cell)
  return !body.empty() && static_cast<unsigned char>(body[0]) >= 0xE4;
}
// "12368热线诉求办结率", "110接处警及时率": an indicator named after a service's number, no figure
// (words after a figure that end as a rate or a degree are a name, no unit).
bool NamedAfterANumber(std::string_view cell) {
  std::size_t at = 0;
  while (at < cell.size() && cell[at] >= '0' && cell[at] <= '9') ++at;
  if (at < 3 || at == cell.size()) return false;
  const std::string_view words = cell.substr(at);
  std::size_t chars = 0;
  for (std::size_t pos = 0, len = 0; pos < words.size(); pos += len, ++chars) {
    if (!IsIdeographLead(words[pos])) return false;
    CodePointAt(words, pos, &len);
  }
  return chars >= 5 && (EndsWith(words, "率") || EndsWith(words, "度") || EndsWith(words, "比例"));
}
// ("1-6月完成值" names a column of part of the year.)
bool IsNumeric(std::string_view cell) {
  return IsNumericCell(cell) && !IsYearLabel(cell) && !IsNumberedLabel(cell) && !NamesPartOfYear(cell) &&
         !NamedAfterANumber(cell);
}

// A header cell is a short label, never a sentence nor a numbered item ("十一、…决算表" in a
// table of contents).
constexpr std::size_t kHeaderCellMax = 20;
// "附表2：重点项目绩效目标完成情况表": a table's caption, in a cell of its own.
bool IsCaption(std::string_view cell) {
  return StartsWith(cell, "附表") || (EndsWith(cell, "表") && CodePointCount(cell) > 6);
}

Role HeaderRole(std::string_view cell) {
  if (!AtMostCodePoints(cell, kHeaderCellMax) || Find(cell, "。") != std::string_view::npos ||
      Find(cell, "，") != std::string_view::npos || ReadHeadingMarker(cell).found()) {
    return Role::kNone;
  }
  if (IsCaption(cell)) return Role::kNone;  // the table's caption in its header row heads no column
  // "全年预算数（万元）：74.90": a label with its figure, no column's head.
  if (ColonBeforeFigure(cell) != std::string_view::npos) return Role::kNone;
  // "预算完成数/预算数×100%": an indicator's formula, no column.
  if (cell.find('/') != std::string_view::npos && ContainsAny(cell, {"×", "*100", "÷"})) return Role::kNone;
  return ColumnRole(cell);
}

// "(万元)", "（单位：元）": a cell that states a unit and nothing else.
bool IsUnitOnly(std::string_view cell) {
  cell = TrimSpace(cell);
  for (auto [open, close] : {std::pair{"(", ")"}, std::pair{"（", "）"}}) {
    if (StartsWith(cell, open) && EndsWith(cell, close)) {
      cell = TrimSpace(cell.substr(std::string_view(open).size(),
                                   cell.size() - std::string_view(open).size() - std::string_view(close).size()));
    }
  }
  if (StartsWith(cell, "单位")) {
    cell = TrimSpace(cell.substr(std::string_view("单位").size()));
    for (std::string_view colon : {"：", ":"}) {
      if (StartsWith(cell, colon)) cell = TrimSpace(cell.substr(colon.size()));
    }
  }
  return cell == "元" || cell == "万元" || cell == "千元" || cell == "亿元";
}

bool IsValueRole(Role r) {
  return r == Role::kPrior || r == Role::kInitial || r == Role::kBudget || r == Role::kExecuted || r == Role::kRate || r == Role::kWeight ||
         r == Role::kFiscal || r == Role::kOther ||
         r == Role::kScore || r == Role::kGrade || r == Role::kTarget || r == Role::kActual || r == Role::kReason;
}

// Whether the space-separated pieces of a line stand as a table's cells: numbers on their own
// ("500", "90%"), not run together with words as in wrapped text ("执行率100%100%储备粮").
bool StandsAsCells(const std::vector<GridCell>& cells) {
  std::size_t numbers = 0;
  for (const GridCell& c : cells) {
    if (ParsePercentText(c.text)) ++numbers;
  }
  return numbers >= 3 && numbers * 5 >= cells.size();
}

// The national template (2021 on) writes an indicator's target in three columns: 指标性质 (≥, ≤,
// ＝ or 定性) | 指标值 | 度量单位. They are read as one target column, as the older 年度指标值.
bool IsNatureHeader(std::string_view t) { return t == "指标性质" || t == "指标方向" || t == "性质"; }
bool IsMeasureUnitHeader(std::string_view t) { return t == "度量单位" || t == "计量单位" || t == "单位"; }
bool IsNatureCell(std::string_view t) {
  return t == "定性" || t == "定量" || (AtMostCodePoints(t, 4) && ComparatorFromSymbol(t).has_value());
}
// A unit in a cell of its own (%, 人次, 公里): short words, no figure, no level.
bool IsMeasureUnitCell(std::string_view t) {
  return !t.empty() && AtMostCodePoints(t, 6) && !IsNumeric(t) && !IsLevel1(t) && !IsLevel2(t) &&
         Find(t, "指标") == std::string_view::npos && !IsBlankValue(t);
}

// A row label that may name a project: words of a name, not a total, a part of the funds, a class
// of spending or the department's running costs.
bool NamesProject(std::string_view label) {
  label = TrimSpace(label);
  return AtMostCodePoints(label, 60) && !AtMostCodePoints(label, 3) && !StartsWith(label, "其中") &&
         !StartsWith(label, "(") && !StartsWith(label, "（") && !IsTotalRow(label) && RowKind(label) == FundsRow::kNone &&
         ClassifyLabel(label, AmountKind::kMoney) == FigureSlot::kNone &&
         !NamesRunningCost(label) && !FundsBySource(label) &&
         !ContainsAny(label, {"政府采购", "楼堂馆所", "合计", "小计", "总计", "指标", "结转", "结余"});
}

// "1", "12": a row number under 序号.
// The four budgets of the budget law (and their funds), a column of what kind of money a row is.
bool NamesBudgetKind(std::string_view cell) {
  for (std::string_view kind : {"一般公共预算", "政府性基金预算", "国有资本经营预算", "社会保险基金预算"}) {
    if (StartsWith(cell, kind)) {
      const std::string_view rest = cell.substr(kind.size());
      return rest.empty() || rest == "资金" || rest == "拨款";
    }
  }
  return false;
}

bool IsRowNumber(std::string_view cell) {
  return !cell.empty() && cell.size() <= 3 && std::all_of(cell.begin(), cell.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// 优 / 良 / 合格…: an evaluation grade, a value in a row.
bool IsGrade(std::string_view cell) {
  for (std::string_view g : {"优", "良", "中", "差", "优秀", "良好", "合格", "不合格", "及格", "较好", "一般"}) {
    if (cell == g) return true;
  }
  return false;
}


enum class TableKind { kFunds, kList, kIndicators };

struct Header {
  std::vector<Role> roles;
  MoneyUnit unit = MoneyUnit::kYuan;
  TableKind kind = TableKind::kFunds;
  // "年度指标值/实际完成值", "分值/得分": columns holding two values, as places from the row's end
  // (rows may be short of merged cells at their start); each has two roles in `roles`.
  std::vector<std::size_t> joined_from_end;
  // The columns of a list headed by a satisfaction ("满意度", "服务对象满意度（%）"): no money's,
  // the satisfaction each project reached.
  std::vector<std::size_t> satisfaction_columns;
  // A list whose rows include the department's running costs (基本支出—人员经费): its total is the
  // department's.
  bool lists_basic_spending = false;
  bool has(Role r) const { return std::find(roles.begin(), roles.end(), r) != roles.end(); }
};

// A header cell without the unit it closes on ("满意度（%）" -> "满意度").
std::string_view WithoutTrailingUnit(std::string_view cell) {
  for (std::string_view open : {"（", "("}) {
    if (const std::size_t at = RFind(cell, open); at != std::string_view::npos && at > 0 && HeaderUnit(cell.substr(at))) {
      return TrimSpace(cell.substr(0, at));
    }
  }
  if (const std::size_t at = RFind(cell, "（"); at != std::string_view::npos && at > 0 &&
      (EndsWith(cell, "%）") || EndsWith(cell, "％）"))) {
    return TrimSpace(cell.substr(0, at));
  }
  return cell;
}

// A header naming a target and what was reached with a conjunction ("指标完成情况（目标及实际）",
// "年度目标及实际完成值", "目标值与完成值"): its cells say each by its word (目标…，完成…).
// So does a header naming a budget and its execution ("预算及执行情况"): 预算…，执行….
bool NamesBoth(std::string_view cell, std::string_view first, std::initializer_list<std::string_view> second) {
  const std::size_t start = Find(cell, first);
  if (start == std::string_view::npos) return false;
  for (std::string_view joiner : {"及", "和", "与", "、"}) {
    const std::size_t at = Find(cell, joiner, start + first.size());
    if (at == std::string_view::npos) continue;
    const std::string_view rest = cell.substr(at + joiner.size());
    for (std::string_view word : second) {
      if (Find(rest, word) != std::string_view::npos) return true;
    }
  }
  return false;
}

// A header cell naming two columns in one ("年度指标值/实际完成值", "分值/得分"): their roles.
std::optional<std::pair<Role, Role>> JoinedRoles(std::string_view cell) {
  if (NamesBoth(cell, "目标", {"实际", "完成"})) return std::pair{Role::kTarget, Role::kActual};
  if (NamesBoth(cell, "预算", {"执行", "支出"})) return std::pair{Role::kBudget, Role::kExecuted};
  for (std::string_view slash : {"/", "／"}) {
    const std::size_t at = Find(cell, slash);
    if (at == std::string_view::npos || Find(cell, slash, at + 1) != std::string_view::npos) continue;
    const Role a = ColumnRole(TrimSpace(cell.substr(0, at))), b = ColumnRole(TrimSpace(cell.substr(at + slash.size())));
    if ((a == Role::kTarget && b == Role::kActual) || (a == Role::kWeight && b == Role::kScore) ||
        (a == Role::kBudget && b == Role::kExecuted) || (a == Role::kInitial && b == Role::kBudget)) {
      return std::pair{a, b};
    }
  }
  return std::nullopt;
}

// "目标不少于44人，完成43人", "目标：有所提升；实际：明显提升": a target and what was reached said by
// their words, parted by a comma or semicolon; each without its word.
std::optional<std::pair<std::string_view, std::string_view>> SplitWordedPair(std::string_view text) {
  const auto strip = [](std::string_view part, std::initializer_list<std::string_view> words) {
    part = TrimSpace(part);
    for (std::string_view word : words) {
      if (part.substr(0, word.size()) == word) {
        part.remove_prefix(word.size());
        break;
      }
    }
    for (std::string_view colon : {"：", ":", "为"}) {
      if (part.substr(0, colon.size()) == colon) part.remove_prefix(colon.size());
    }
    return TrimSpace(part);
  };
  // (What follows the second, 执行率91.52%, is said again by the two.)
  const auto until_mark = [](std::string_view part) {
    for (std::string_view mark : {"，", "；", ",", ";"}) part = part.substr(0, Find(part, mark));
    return part;
  };
  struct Words {
    std::string_view first_word;
    std::initializer_list<std::string_view> firsts, seconds;
  };
  for (const Words& words : {Words{"目标", {"目标值", "目标"}, {"实际完成", "实际", "完成"}},
                             Words{"预算", {"预算数", "预算"}, {"执行数", "执行", "支出"}}}) {
    if (text.substr(0, words.first_word.size()) != words.first_word) continue;
    for (std::string_view mark : {"，", "；", ",", ";"}) {
      const std::size_t at = Find(text, mark);
      if (at == std::string_view::npos) continue;
      const std::string_view right = TrimSpace(until_mark(text.substr(at + mark.size())));
      const std::string_view second = strip(right, words.seconds);
      if (second.size() == right.size() || second.empty()) continue;
      const std::string_view first = strip(text.substr(0, at), words.firsts);
      if (!first.empty()) return std::pair{first, second};
    }
  }
  return std::nullopt;
}

// "≥28场/30场", "进一步提高/进一步提高", "14/13.59": a cell of a joined column, cut at the slash that
// leaves a value on both sides (two numbers, or two words without figures); or said by their words.
std::optional<std::pair<std::string_view, std::string_view>> SplitJoinedValue(std::string_view text) {
  if (auto worded = SplitWordedPair(text)) return worded;
  std::optional<std::pair<std::string_view, std::string_view>> words;
  for (std::size_t at = 0; at < text.size(); ++at) {
    std::size_t len = 0;
    if (text[at] == '/') len = 1;
    else if (text.compare(at, 3, "／") == 0) len = 3;
    if (len == 0) continue;
    const std::string_view left = TrimSpace(text.substr(0, at)), right = TrimSpace(text.substr(at + len));
    if (left.empty() || right.empty()) continue;
    if (IsNumericCell(left) && IsNumericCell(right)) return std::pair{left, right};
    const auto digits = [](std::string_view v) { return v.find_first_of("0123456789") != std::string_view::npos; };
    if (!words && !digits(left) && !digits(right)) words = std::pair{left, right};
  }
  return words;
}

// "全年预算数（万元）：171.97", "预算执行率：96.15%": a label of money or its rate, a colon, and the
// figure alone after it.
bool IsLabelledMoneyFigure(std::string_view text) {
  const std::size_t colon = ColonBeforeFigure(text);
  if (colon == std::string_view::npos || colon == 0) return false;
  const std::string_view figure = TrimSpace(text.substr(text.find_first_of("0123456789", colon)));
  return figure.find_first_not_of("0123456789.,%") == std::string_view::npos && IsMoneyRole(ColumnRole(text.substr(0, colon)));
}

// "表3 X绩效指标完成情况", "附表2：…": a table's caption numbered as tables are.
bool IsNumberedCaption(std::string_view text) {
  text = TrimSpace(text);
  for (std::string_view lead : {"附表", "表"}) {
    if (!StartsWith(text, lead)) continue;
    const std::size_t digit = lead.size();
    if (digit >= text.size() || DigitAt(text, digit) < 0) return false;
    std::size_t end = digit;
    while (end < text.size() && DigitAt(text, end) >= 0) ++end;
    if (end - digit > 2) return false;
    const std::string_view rest = TrimSpace(text.substr(end));
    // (A cell "表3" alone, or "表1（续）", may be a table's; a caption names what follows.)
    return CodePointCount(rest) >= 4 && AtMostCodePoints(rest, 60) && Find(rest, "。") == std::string_view::npos;
  }
  return false;
}

// "绩效指标 | 目标值 | 完成值": the indicators' column named by the word alone, before a target's.
bool NamesIndicatorsColumn(std::string_view cell) { return cell == "绩效指标" || cell == "指标" || cell == "具体指标"; }

std::optional<Header> HeaderOf(Cells row, std::optional<MoneyUnit> unit, std::optional<int> report_year = std::nullopt) {
  Header h;
  int roles = 0;
  bool strong = false;
  // "…| 年度指标值 | 实际完成指标值 | 60": the block's points closing an indicator header head a
  // column of each row's points.
  const bool points_last = row.size() > 3 && IsNumeric(row.back().text) &&
                           std::none_of(row.begin(), row.end() - 1, [](const GridCell& c) { return IsNumeric(c.text); });
  for (const GridCell& cell : row) {
    if (points_last && &cell == &row.back()) {
      h.roles.push_back(Role::kScore);
      continue;
    }
    if (IsNumeric(cell.text)) return std::nullopt;
    if (CodePointCount(cell.text) > kHeaderCellMax) return std::nullopt;
    if (const auto joined = JoinedRoles(cell.text)) {
      h.roles.push_back(joined->first);
      h.roles.push_back(joined->second);
      h.joined_from_end.push_back(row.size() - static_cast<std::size_t>(&cell - row.data()));
      roles += 2, strong = true;
      if (auto u = HeaderUnit(cell.text)) unit = u;
      continue;
    }
    Role r = HeaderRole(cell.text);
    // "序号　项目名称　预算　执行　执行率": the verb alone right after the budget's column heads the
    // money spent.
    if (r == Role::kNone && !h.roles.empty() && h.roles.back() == Role::kBudget &&
        (cell.text == "执行" || cell.text == "支出" || cell.text == "决算")) {
      r = Role::kExecuted;
    }
    if (r == Role::kNone && EndsWith(WithoutTrailingUnit(cell.text), "满意度")) h.satisfaction_columns.push_back(h.roles.size());
    h.roles.push_back(r);
    if (r != Role::kNone && r != Role::kIndex) ++roles;
    strong |= r == Role::kBudget || r == Role::kExecuted || r == Role::kInitial || r == Role::kTarget || r == Role::kFiscal ||
              r == Role::kActual || r == Role::kScore || r == Role::kWeight;
    if (auto u = HeaderUnit(cell.text)) unit = u;
  }
  // "2021年决算数 | 2022年预算数 | 2022年决算数": a column of the year before the report's is no
  // figure of the report's year.
  std::optional<int> latest;
  for (const GridCell& cell : row) {
    if (auto y = YearIn(cell.text)) latest = std::max(latest.value_or(*y), *y);
  }
  // ("序号 | 项目名称 | 2021年执行率 | 全年预算 | 全年执行 | 执行率" in a report on 2022: so is a column
  // named by a year before the report's.)
  if (report_year && latest) latest = std::max(*latest, *report_year);
  for (std::size_t i = 0; latest && h.joined_from_end.empty() && i < row.size(); ++i) {
    if (auto y = YearIn(row[i].text); y && *y < *latest && h.roles[i] != Role::kNone) h.roles[i] = Role::kPrior, --roles;
  }
  // "上年决算数 | 本年预算数 | 本年决算数", "上年实际值 | 本年指标值": last year's column too; and
  // monitoring's columns of part of the year or a forecast ("1-6月完成值", "全年预计执行数").
  for (std::size_t i = 0; h.joined_from_end.empty() && i < row.size(); ++i) {
    if (h.roles[i] != Role::kNone && h.roles[i] != Role::kPrior &&
        (NamesLastYear(row[i].text) || NamesPartOfYear(row[i].text) || NamesLongerTerm(row[i].text))) {
      h.roles[i] = Role::kPrior, --roles;
    }
  }
  // "1-7月执行数 | 执行进度": the rate beside part of the year's spending is that part's too.
  for (std::size_t i = 1; h.joined_from_end.empty() && i < row.size(); ++i) {
    if (h.roles[i] == Role::kRate && h.roles[i - 1] == Role::kPrior && NamesPartOfYear(row[i - 1].text) &&
        !ContainsAny(row[i].text, {"全年", "年度"})) {
      h.roles[i] = Role::kPrior, --roles;
    }
  }
  if (roles < 2 || !strong) return std::nullopt;
  if (points_last && !h.has(Role::kTarget) && !h.has(Role::kActual)) return std::nullopt;
  // "项目名称 | 绩效指标 | 年度目标 | 实际完成 | 得分": the indicators' column named by the word alone.
  if (h.has(Role::kTarget) && h.has(Role::kActual) && !h.has(Role::kLevel3)) {
    for (std::size_t i = 0; i < row.size() && i < h.roles.size(); ++i) {
      if (h.roles[i] == Role::kNone && NamesIndicatorsColumn(row[i].text)) {
        h.roles[i] = Role::kLevel3;
        break;
      }
    }
  }
  // "年度预算申请(万元) | 年初预算数 | 全年预算数…": a first cell that speaks of the budget before
  // the budget's own columns heads the rows' labels.
  if (h.roles.size() > 2 && h.roles.front() == Role::kBudget && !EndsWith(row.front().text, "预算数") &&
      std::any_of(h.roles.begin() + 1, h.roles.end(), [](Role r) { return r == Role::kBudget || r == Role::kInitial; })) {
    h.roles.front() = Role::kNone;
  }
  // "年度预算数(万元) | 年初预算 | 调整后预算数": a budget cell naming the unit just before the
  // budget's own columns is their group's title, over the rows' labels.
  for (std::size_t i = 0; i + 1 < h.roles.size(); ++i) {
    if (h.roles[i] == Role::kBudget && HeaderUnit(row[i].text) &&
        (h.roles[i + 1] == Role::kInitial || h.roles[i + 1] == Role::kBudget)) {
      h.roles[i] = Role::kNone;
    }
  }
  h.unit = unit.value_or(MoneyUnit::kYuan);
  if (h.has(Role::kTarget) || h.has(Role::kActual) || h.has(Role::kLevel3)) {
    h.kind = TableKind::kIndicators;
    // "… | 分值 | 得分 | 偏差原因 | 项目自评得分 | 自评等级": a system's export a row per indicator
    // gives the project's own score beside each indicator's; the indicator's is the first after
    // its name.
    const auto level3 = std::find(h.roles.begin(), h.roles.end(), Role::kLevel3);
    const auto first_score = std::find(level3, h.roles.end(), Role::kScore);
    for (auto it = first_score; it != h.roles.end() && level3 != h.roles.end(); ++it) {
      const std::size_t i = static_cast<std::size_t>(it - h.roles.begin());
      if (it != first_score && *it == Role::kScore && i < row.size() && ContainsAny(row[i].text, {"项目", "总"})) {
        *it = Role::kNone;
      }
    }
  } else if (h.has(Role::kName) || h.has(Role::kIndex)) {
    h.kind = TableKind::kList;
  } else if (h.has(Role::kBudget) || h.has(Role::kExecuted) || h.has(Role::kInitial) ||
             (h.has(Role::kFiscal) && h.has(Role::kOther))) {
    // (The budget's parts alone, "当年财政拨款 | 上年结转资金 | 其他资金", head a form's box of them.)
    h.kind = TableKind::kFunds;
  } else {
    return std::nullopt;
  }
  return h;
}

// "其中:中央补助 | 2.38 万元": the unit a funds row's cell writes after its figure, if any.
std::optional<MoneyUnit> UnitWrittenInFundsCells(const std::vector<GridCell>& run) {
  for (std::size_t k = 1; k < run.size(); ++k) {
    const std::string_view v = run[k].text;
    if (EndsWith(v, "万元") && RowKind(run[k - 1].text) != FundsRow::kNone && ParseMoneyCell(v, MoneyUnit::kYuan)) {
      return MoneyUnit::kWan;
    }
  }
  return std::nullopt;
}

// The second row of a two-row header ("指标值 完成值" under "年度 实际"): its roles fill the
// columns the first row left without one.
// "小计" / "合计" / "总计" heading the group's own column under a group cell.
bool IsSubtotal(std::string_view text) { return text == "小计" || text == "合计" || text == "总计"; }

// A part of the year a column is about: a quarter (一季度, 第二季度, Q3), a month (1月, 十二月),
// a half (上半年).
bool NamesPeriod(std::string_view cell) {
  cell = TrimSpace(cell);
  if (NamesPartOfYear(cell) || cell == "下半年") return true;
  std::string_view core = cell;
  if (StartsWith(core, "第")) core.remove_prefix(std::string_view("第").size());
  for (std::string_view end : {"季度", "月份", "月"}) {
    if (!EndsWith(core, end)) continue;
    const std::string_view number = core.substr(0, core.size() - end.size());
    if (number.empty() || CodePointCount(number) > 3) return false;
    return number.find_first_not_of("0123456789") == std::string_view::npos || ChineseNumberValue(number) > 0;
  }
  return cell.size() == 2 && (cell[0] == 'Q' || cell[0] == 'q') && cell[1] >= '1' && cell[1] <= '4';
}

bool MergeContinuation(Header& h, Cells row) {
  if (row.empty()) return false;
  // A group cell of the first row over the columns the second row names, whether the second row
  // is written with the empty cells under the other headers or alone: "绩效指标值" over
  // "年度指标值 | 实际完成值", "全年预算数" over "小计 | 财政拨款 | 其他资金" (小计 being the group's own).
  {
    std::vector<std::pair<std::size_t, Role>> named;
    bool subtotal_first = false;
    for (std::size_t i = 0; i < row.size(); ++i) {
      const std::string_view text = row[i].text;
      if (text.empty() || HeaderUnit(text)) continue;
      if (IsNumeric(text)) return false;
      Role r = ColumnRole(text);
      if (r == Role::kNone && IsSubtotal(text)) subtotal_first = named.empty();
      named.emplace_back(i, r);
    }
    std::vector<Role> seq;
    for (const auto& [i, r] : named) seq.push_back(r);
    const auto count = [&](Role r) { return std::count(h.roles.begin(), h.roles.end(), r); };
    std::optional<std::size_t> group;
    if (seq.size() == 2 && seq[0] == Role::kTarget && seq[1] == Role::kActual && count(Role::kTarget) + count(Role::kActual) == 1) {
      group = static_cast<std::size_t>(std::find_if(h.roles.begin(), h.roles.end(), [](Role r) {
                                         return r == Role::kTarget || r == Role::kActual;
                                       }) - h.roles.begin());
    } else if (subtotal_first && seq.size() >= 2 && count(Role::kBudget) == 1 && count(Role::kFiscal) == 0 &&
               count(Role::kOther) == 0 &&
               std::all_of(seq.begin() + 1, seq.end(), [](Role r) { return r == Role::kFiscal || r == Role::kOther; })) {
      group = static_cast<std::size_t>(std::find(h.roles.begin(), h.roles.end(), Role::kBudget) - h.roles.begin());
      seq[0] = Role::kBudget;
    }
    // "分季度执行数" over "一季度 | 二季度 | 三季度 | 四季度", "分月支出" over "1月 | … | 12月": a group of
    // the year's parts, each read past (the year's own column follows).
    if (!group && seq.size() >= 2 && row.size() > h.roles.size() && named[0].first < h.roles.size() &&
        std::all_of(named.begin(), named.end(), [&](const auto& n) { return NamesPeriod(row[n.first].text); })) {
      const std::size_t at = named[0].first;
      h.roles[at] = Role::kPrior;
      h.roles.insert(h.roles.begin() + static_cast<std::ptrdiff_t>(at) + 1, seq.size() - 1, Role::kPrior);
      return true;
    }
    // (Written with a cell for every column, the second row puts each role in its own column, the
    // group cell's merged rest being the empty cells after it: "绩效指标值 | " over "年度指标值 | 实际完成值".)
    const bool in_place = group && row.size() == h.roles.size() && named[0].first == *group &&
                          std::all_of(named.begin() + 1, named.end(), [&](const auto& n) { return h.roles[n.first] == Role::kNone; });
    if (in_place) {
      for (std::size_t k = 0; k < named.size(); ++k) h.roles[named[k].first] = seq[k];
      if (h.has(Role::kTarget) || h.has(Role::kActual)) h.kind = TableKind::kIndicators;
      return true;
    }
    if (group && (row.size() == seq.size() || named[0].first == *group)) {
      h.roles[*group] = seq[0];
      h.roles.insert(h.roles.begin() + static_cast<std::ptrdiff_t>(*group) + 1, seq.begin() + 1, seq.end());
      if (h.has(Role::kTarget) || h.has(Role::kActual)) h.kind = TableKind::kIndicators;
      return true;
    }
  }
  if (row.size() > h.roles.size()) return false;
  // A row of one cell per column (a header whose cells sit on two lines: "一级指标 | | 实际完成值"
  // over "| 二级指标 | 年度指标值 |"): each role goes to its own column.
  if (row.size() == h.roles.size() && row.size() > 2) {
    std::vector<Role> roles(row.size(), Role::kNone);
    bool any = false;
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (row[i].text.empty()) continue;
      if (IsNumeric(row[i].text)) return false;
      if (auto u = HeaderUnit(row[i].text)) {
        h.unit = *u;
        continue;
      }
      roles[i] = ColumnRole(row[i].text);
      // "小计" under 全年预算数 over 小计 | 财政拨款 | 其他资金: the group's own column.
      if (roles[i] == Role::kNone && IsSubtotal(row[i].text)) continue;
      if (roles[i] == Role::kNone) return false;
      any = true;
    }
    if (!any) return false;
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (h.roles[i] == Role::kNone) h.roles[i] = roles[i];
    }
    if (h.has(Role::kTarget) || h.has(Role::kActual)) h.kind = TableKind::kIndicators;
    return true;
  }
  std::vector<Role> roles;
  bool unit_only = true;
  for (const GridCell& cell : row) {
    if (cell.text.empty()) continue;
    if (IsNumeric(cell.text)) return false;
    if (auto u = HeaderUnit(cell.text)) {
      h.unit = *u;
      continue;
    }
    unit_only = false;
    const Role r = ColumnRole(cell.text);
    if (r == Role::kNone) return false;
    roles.push_back(r);
  }
  std::size_t next = 0;
  for (Role r : roles) {
    while (next < h.roles.size() && h.roles[next] != Role::kNone) ++next;
    if (next == h.roles.size()) break;
    h.roles[next++] = r;
  }
  if (h.has(Role::kTarget) || h.has(Role::kActual)) h.kind = TableKind::kIndicators;
  return unit_only || !roles.empty();
}

// The number of cells from `at` on that make a header row (0 when they make none).
std::size_t HeaderWidth(const std::vector<GridCell>& run, std::size_t at, std::optional<MoneyUnit> unit) {
  auto role_of = [&](std::size_t k) {
    if (IsNumeric(run[k].text)) return Role::kNone;
    const Role role = HeaderRole(run[k].text);
    if (role == Role::kNone && NamesIndicatorsColumn(run[k].text) && k + 1 < run.size() &&
        HeaderRole(run[k + 1].text) == Role::kTarget) {
      return Role::kLevel3;
    }
    return role;
  };
  if (at >= run.size() || role_of(at) == Role::kNone) return 0;
  // "项目名称 | 办公楼改造经费": a key and the name it gives, no header (a 自评表's first rows).
  // "预算部门、单位名称 | 某乡人民政府": the same for the unit's name.
  const bool key = IsNameKey(run[at].text) || EndsWith(TrimTrailing(run[at].text, ":："), "单位名称");
  if (key && at + 1 < run.size() && role_of(at + 1) == Role::kNone) {
    const std::string_view next = run[at + 1].text;  // a column's label is short ("债券性质")
    if (!AtMostCodePoints(next, 6) || EndsWith(next, "项目") || EndsWith(next, "工程") || EndsWith(next, "经费") ||
        EndsWith(next, "资金")) {
      return 0;
    }
  }
  auto role_near = [&](std::size_t k) {
    // A funds row's label ("年度资金总额") with its values after it ends the header.
    if (k + 1 < run.size() && IsNumeric(run[k + 1].text) && RowKind(run[k].text) != FundsRow::kNone) return false;
    for (std::size_t d = 0; d < 3 && k + d < run.size(); ++d) {
      if (IsNumeric(run[k + d].text)) return false;
      if (role_of(k + d) != Role::kNone) return true;
    }
    return false;
  };
  std::size_t j = at;
  // A header ends where the rows' levels start (产出指标 | 数量指标 under 一级指标 | 二级指标).
  // (二级指标 names a column: no level of a row.) In an indicator header, only a reason or a
  // grade follows the points (投入 | 预算配置 after 分值 | 得分 open the first row).
  bool levels = false, scored = false;
  while (j < run.size() && !IsNumeric(run[j].text) && role_near(j) &&
         (j == at || role_of(j) != Role::kNone || !(IsLevel1(run[j].text) || IsLevel2(run[j].text)))) {
    const Role r = role_of(j);
    if (levels && scored && r != Role::kReason && r != Role::kGrade && r != Role::kScore && r != Role::kWeight) break;
    levels = levels || r == Role::kLevel1 || r == Role::kLevel2 || r == Role::kLevel3;
    scored = scored || r == Role::kScore;
    ++j;
  }
  // "…| 实际完成指标值 | 50" one cell per line: the block's points after the header, before the rows'
  // first level, close it (HeaderOf reads them as the points column).
  // (Under a header opening with 序号, a 1 there is the first row's number.)
  const bool numbered_rows = role_of(at) == Role::kIndex && run[std::min(j, run.size() - 1)].text == "1";
  if (j + 1 < run.size() && j > at && !numbered_rows && IsNumeric(run[j].text) && IsLevel1(run[j + 1].text) &&
      HeaderOf(Cells(run).subspan(at, j + 1 - at), unit)) {
    return j + 1 - at;
  }
  // "序号 | 项目名称 | … | 支付进度 | 实施状态" one cell per line: a header opening with 序号 runs on
  // over short words no lexicon names up to its first row's 1.
  if (role_of(at) == Role::kIndex && j > at) {
    std::size_t k = j;
    while (k < run.size() && k < j + 3 && run[k].text != "1" && !IsNumeric(run[k].text) && AtMostCodePoints(run[k].text, 8) &&
           !run[k].text.empty()) {
      ++k;
    }
    if (k > j && k < run.size() && run[k].text == "1" && HeaderOf(Cells(run).subspan(at, k - at), unit)) return k - at;
  }
  return HeaderOf(Cells(run).subspan(at, j - at), unit) ? j - at : 0;
}

// How many numbers 1, 2, 3… follow a 序号 at `at` (a summary's columns numbered across), 0 when none.
std::size_t NumberedAcross(const std::vector<GridCell>& run, std::size_t at) {
  if (at >= run.size() || run[at].text != "序号") return 0;
  std::size_t n = 0;
  while (at + 1 + n < run.size() && run[at + 1 + n].text == std::to_string(n + 1)) ++n;
  return n;
}

// How many cells after a name's key at `at` name groups of years ("上年（2021年）", "本年（2022年）",
// "2022年度"), a table's first header row given a cell a line; 0 when none follow it.
// "上年（2021年）", "本年（2022年）", "2022年度": a header cell naming a group of columns by its year.
bool NamesYearGroup(std::string_view text) {
  return !IsNumeric(text) && HeaderRole(text) == Role::kNone && AtMostCodePoints(text, 12) &&
         (YearIn(text) || NamesLastYear(text) || ContainsAny(text, {"本年", "当年", "本期"}));
}

std::size_t YearGroupCells(const std::vector<GridCell>& run, std::size_t at) {
  if (at >= run.size() || !(IsNameKey(run[at].text) || run[at].text == "项目")) return 0;
  std::size_t k = at + 1;
  while (k < run.size() && NamesYearGroup(run[k].text)) ++k;
  return k - at - 1;
}

// "指标1工程完工率": the template's numbering of its rows (指标1, 指标2) before the name written
// in; the name alone. The numbering alone is no name and stays.
std::string_view WithoutTemplateNumber(std::string_view name) {
  if (!StartsWith(name, "指标")) return name;
  std::size_t at = std::string_view("指标").size();
  const std::size_t digits = at;
  while (at < name.size() && name[at] >= '0' && name[at] <= '9') ++at;
  if (at == digits) return name;
  for (std::string_view sep : {"：", ":", "、", ".", " "}) {
    if (name.substr(at, sep.size()) == sep) at += sep.size();
  }
  const std::string_view rest = TrimSpace(name.substr(at));
  return CodePointCount(rest) >= 2 ? rest : name;
}

class GridReader {
 public:
  GridReader(const TextDocument& document, Binder& binder, std::vector<bool>& used, const GridHooks& hooks)
      : document_(document), binder_(binder), used_(used), hooks_(hooks), closing_pipes_(ClosingPipeRows(document)) {}

  void Run();

 private:
  void Row(Cells row, bool structured);
  // `stream`: the cells are the tokens of a table flattened into one line; rows end after
  // their values rather than after a fixed number of cells.
  void FlushRun(bool stream = false);
  // A table a report engine's PDF gives column by column, a cell a line: each column's header,
  // then its cells, the next column's header after them. Reads it as its rows from run[i] when it
  // is one, moving i past it.
  bool ReadColumnsOneAfterAnother(const std::vector<GridCell>& run, std::size_t& i);
  // The same with the header's cells first, then the columns one after another ("序号 | 项目名称 |
  // 全年预算数" / "1" / "2" / "X" / "Y" / "9.21" / "33.93"): read so only when each column then holds
  // figures only or words only and the rows read across would not.
  bool ReadHeaderThenColumns(const std::vector<GridCell>& run, std::size_t& i);
  // Whether the next line with text after `line` is a numbered row as wide as the header.
  bool NumberedRowsGoOnAfter(std::size_t line) const;
  // A form's box of labels and values given column by column: its labels, then their values, then
  // the next column of labels and theirs ("项目名称 / 全年预算数 / 全年执行数" / "X / 181.46 / 146.82" /
  // "主管部门 / 其中：财政拨款 / 预算执行率" / "Y / 139.52 / 80.91%"): read as label and value pairs when
  // two such groups follow each other.
  bool ReadLabelColumns(const std::vector<GridCell>& run, std::size_t& i);
  // "进一步完善内控机制,加强预算支出管理,严格落实过“紧日子”要求,进一" over "步优化支出结构,…支出。": a line
  // of clauses, the next line with text ending the sentence, is the sentence's start broken at a
  // page's width, no cell.
  bool OpensSentenceBelow(std::size_t line, std::string_view text) const {
    if (AtMostCodePoints(text, 20)) return false;
    std::size_t commas = 0;
    for (std::string_view comma : {"，", ","}) {
      for (std::size_t at = Find(text, comma); at != std::string_view::npos; at = Find(text, comma, at + comma.size())) ++commas;
    }
    if (commas < 2) return false;
    for (std::size_t next = line + 1; next < document_.lines.size(); ++next) {
      const TextLine& below = document_.lines[next];
      if (TrimSpace(below.text).empty()) continue;
      return !below.is_table_row() && Find(below.text, "。") != std::string::npos;
    }
    return false;
  }
  bool LevelsFit(const std::vector<GridCell>& run, std::size_t begin, std::size_t end, std::size_t width) const;
  void StreamRows(const std::vector<GridCell>& run, std::size_t& i, std::size_t width);
  void Break() {
    years_across_.reset();
    FlushRun();
    FlushWaitingForName();
    FlushTransposed();
    FlushProjectsAcross();
    header_.reset();
    just_header_ = false;
    name_key_ = false;
    split_header_ = false;
  }
  // Whether a line of prose is the reason cell of an indicator row written one cell per line:
  // the cells so far hold a reason column's header and end with a row's values.
  bool ReasonCellNext(std::string_view text) const {
    if (run_.empty() || !AtMostCodePoints(text, 4 * kCellMax)) return false;
    const std::string_view last = run_.back().text;
    if (!IsNumeric(last) && !IsBlankValue(last) && !IsGrade(last)) return false;
    return std::any_of(run_.begin(), run_.end(), [](const GridCell& c) {
      return !IsNumeric(c.text) && AtMostCodePoints(c.text, 12) && HeaderRole(c.text) == Role::kReason;
    });
  }
  // The rows still waiting for a name are the last name's.
  void FlushWaitingForName() {
    if (waiting_for_name_.empty() || !header_) return waiting_for_name_.clear();
    std::vector<std::vector<GridCell>> waiting;
    waiting.swap(waiting_for_name_);
    replaying_waiting_ = true;
    for (const auto& row : waiting) IndicatorRow(row, true);
    replaying_waiting_ = false;
  }
  bool KeyValue(Cells row);
  bool LongIndicatorRow(std::size_t& line);
  bool PairsRow(Cells row, std::optional<MoneyUnit> unit = std::nullopt);
  void FundsRow(Cells row, bool structured);
  void ListRow(Cells row, bool structured);
  void IndicatorRow(Cells row, bool structured);
  // A row one cell wider than its header because a figure and its unit were drawn as two cells
  // ("2970 | 人", a PDF's glyphs apart): the two become one cell.
  void FoldFigureAndUnit(std::vector<GridCell>& row);
  // A line of cells laid out by spaces under a header laid out so: each cell in the column its
  // start lines up with (a cell left of the first column is a caption beside the table, "绩效指");
  // false when the header was not laid out so or two cells fall in one column.
  bool PlaceByColumns(const std::vector<GridCell>& cells, const std::vector<std::size_t>& starts,
                      std::vector<GridCell>& placed) const;
  // Each value column's cell: by position when the row has one cell per column, otherwise
  // the values after the row's labels in column order.
  std::vector<std::pair<Role, const GridCell*>> Bind(Cells row, bool structured,
                                                     std::vector<const GridCell*>* labels) const;
  // The project a table is about: the one its 项目名称 cell names, else the one the text just
  // before it names, else the report's subject.
  Subject TableSubject(std::size_t line) const {
    if (table_project_) return table_project_;
    if (hooks_.section_subject) {
      // An indicator table's rows are as near the text naming its project as its header is,
      // however many lines its cells take, and whatever the text read since has named (a
      // project named after the table before it, and none among its own rows).
      if (header_ && header_->kind == TableKind::kIndicators && header_line_ < line && hooks_.subject_named_at) {
        if (Subject s = hooks_.subject_named_at(header_line_, previous_table_end_ + 1, line)) return s;
        // (Without a column of projects' names, a row's indicator ending in 项目 names no project:
        // "引进亿元以上项目 | ≥7个 | 7个 | 15 | 15".)
        if (!header_->has(Role::kName)) {
          if (Subject s = hooks_.subject_named_at(header_line_, previous_table_end_ + 1, header_line_)) return s;
        }
      }
      if (Subject s = hooks_.section_subject(line)) return s;
    }
    return binder_.default_subject();
  }
  Place PlaceOf(const GridCell& c) const { return {c.line, c.offset, c.length ? c.length : c.text.size()}; }
  // A cell under a money or rate column given to `s`: its budget (年初预算数 only where no
  // 全年预算数 column is), execution, fiscal or other part, or execution rate. Whether placed.
  bool BindFunds(Subject s, Role role, const GridCell& cell, MoneyUnit unit, bool has_budget) {
    if (role == Role::kRate) {
      const auto rate = ParsePercentText(cell.text);
      return rate && binder_.Rate(s, *rate, PlaceOf(cell));
    }
    if (role != Role::kInitial && role != Role::kBudget && role != Role::kExecuted && role != Role::kFiscal &&
        role != Role::kOther) {
      return false;
    }
    const auto money = ParseMoneyCell(cell.text, unit);
    if (!money) return false;
    switch (role) {
      case Role::kInitial: {
        // (Where no 全年预算数 stands beside it: until one is stated further on — a form one cell
        // a line gives 年初预算数 and its value, then 全年预算数 and its.)
        if (has_budget) return false;
        binder_.SetTentative(true);
        const bool placed = binder_.Budget(s, *money, PlaceOf(cell));
        binder_.SetTentative(false);
        return placed;
      }
      case Role::kBudget: return binder_.Budget(s, *money, PlaceOf(cell));
      case Role::kExecuted: return binder_.Executed(s, *money, PlaceOf(cell));
      case Role::kFiscal: return binder_.Fiscal(s, *money, PlaceOf(cell));
      default: return binder_.Other(s, *money, PlaceOf(cell));
    }
  }
  // "指标 | 培训人次 | 验收合格率" over "年度目标值 | ≥4360人次 | ≥100%" over "实际完成值 | …" over "分值 | …":
  // the role of a transposed table's row, said by its first cell alone; kNone for any other row.
  static Role TransposedRole(Cells row) {
    if (row.size() < 3) return Role::kNone;
    const std::string_view first = row[0].text;
    Role role = Role::kNone;
    if (first == "指标" || first == "三级指标" || first == "指标名称" || first == "具体指标") {
      role = Role::kLevel3;
    } else if (first == "指标类别" || first == "指标类型" || first == "二级指标") {
      role = Role::kLevel2;
    } else if (first == "一级指标") {
      role = Role::kLevel1;
    } else {
      role = HeaderRole(first);
      if (role != Role::kTarget && role != Role::kActual && role != Role::kWeight && role != Role::kScore) return Role::kNone;
    }
    // (A header names a column in every cell; this row's other cells are names or values. An
    // indicator's name may hold a column's word — 项目完成率 — but not most of them.)
    std::size_t named = 0;
    for (std::size_t i = 1; i < row.size(); ++i) {
      const Role r = HeaderRole(row[i].text);
      if (r == Role::kNone || (role == Role::kLevel2 && (IsLevel2(row[i].text) || IsLevel1(row[i].text)))) continue;
      if (role != Role::kLevel3) return Role::kNone;
      ++named;
    }
    if (2 * named >= row.size() - 1) return Role::kNone;
    return role;
  }
  bool TransposedRow(Cells row) {
    const Role role = TransposedRole(row);
    // ("指标性质 | ≥ | ≥…", "计量单位 | 期 | %…": rows of the table read past, the unit written with
    // the figures or not at all.)
    if (role == Role::kNone && !transposed_.empty() && transposed_.front().second.size() == row.size() &&
        (row[0].text == "指标性质" || row[0].text == "计量单位" || row[0].text == "度量单位" || row[0].text == "单位")) {
      transposed_.emplace_back(Role::kNone, std::vector<GridCell>(row.begin(), row.end()));
      return true;
    }
    if (role == Role::kNone) return false;
    if (!transposed_.empty() && transposed_.front().second.size() != row.size()) FlushTransposed();
    if (transposed_.empty() && role != Role::kLevel3 && role != Role::kLevel1 && role != Role::kLevel2) return false;
    transposed_.emplace_back(role, std::vector<GridCell>(row.begin(), row.end()));
    return true;
  }
  // Reads the rows of a transposed table gathered so far, a column at a time, as rows under a
  // header of their first cells.
  void FlushTransposed() {
    std::vector<std::pair<Role, std::vector<GridCell>>> rows;
    rows.swap(transposed_);
    const bool named = std::any_of(rows.begin(), rows.end(), [](const auto& r) { return r.first == Role::kLevel3; });
    const bool valued = std::any_of(rows.begin(), rows.end(), [](const auto& r) {
      return r.first == Role::kTarget || r.first == Role::kActual || r.first == Role::kScore;
    });
    if (!named || !valued) return;
    ReadColumns(rows, TableKind::kIndicators, caption_unit_.value_or(MoneyUnit::kYuan));
  }
  // Reads a table on its side (a row per field, its role first) a column at a time, as rows under
  // a header of the rows' roles; the table's own header stays for what follows.
  void ReadColumns(const std::vector<std::pair<Role, std::vector<GridCell>>>& rows, TableKind kind, MoneyUnit unit) {
    Header h;
    for (const auto& r : rows) {
      // (A row of the satisfaction reached, "服务对象满意度 | 86.3% | …", gives each column's project its own.)
      if (r.first == Role::kNone && EndsWith(WithoutTrailingUnit(r.second.front().text), "满意度")) {
        h.satisfaction_columns.push_back(h.roles.size());
      }
      h.roles.push_back(r.first);
    }
    h.kind = kind;
    h.unit = unit;
    const std::optional<Header> saved = header_;
    const std::size_t saved_line = header_line_;
    header_ = h;
    header_line_ = rows.front().second.front().line;
    for (const auto& r : rows) Use(r.second.front());
    for (std::size_t column = 1; column < rows.front().second.size(); ++column) {
      std::vector<GridCell> cells;
      for (const auto& r : rows) cells.push_back(r.second[column]);
      if (kind == TableKind::kIndicators) IndicatorRow(cells, true);
      else ListRow(cells, true);
    }
    header_ = saved;
    header_line_ = saved_line;
  }
  // A summary with its projects across (项目 | 甲项目 | 乙项目 over 全年预算数（万元） | 239.28 | 17.04, 执行率 |
  // 100% | 98.57%…): a row per figure, a column per project. Its rows so far, read a column at a
  // time as a list's rows when a row of another kind comes.
  bool ProjectsAcrossRow(Cells row) {
    // (Two projects at least: 项目名称 | X over 项目预算 | … is a form's fields, read as pairs.)
    if (row.size() < 3) return false;
    if (projects_across_.empty()) {
      if (!IsNameKey(row[0].text) && row[0].text != "项目") return false;
      const bool names = std::all_of(row.begin() + 1, row.end(), [](const GridCell& c) {
        return !c.text.empty() && !IsNumeric(c.text) && HeaderRole(c.text) == Role::kNone && CodePointCount(c.text) >= 2;
      });
      if (!names) return false;
      projects_across_.emplace_back(Role::kName, std::vector<GridCell>(row.begin(), row.end()));
      return true;
    }
    if (row.size() != projects_across_.front().second.size()) return false;
    const Role role = HeaderRole(row[0].text);
    const bool figures = std::any_of(row.begin() + 1, row.end(), [](const GridCell& c) { return IsNumeric(c.text); });
    const bool kept = role == Role::kBudget || role == Role::kExecuted || role == Role::kRate || role == Role::kInitial ||
                      role == Role::kFiscal || role == Role::kOther || role == Role::kScore || role == Role::kGrade;
    // (Rows of what the list has no column for, 服务对象满意度 | 86.3%…, are read past.)
    if (!kept && !(figures && !IsNumeric(row[0].text))) return false;
    projects_across_.emplace_back(kept ? role : Role::kNone, std::vector<GridCell>(row.begin(), row.end()));
    if (const auto unit = HeaderUnit(row[0].text)) projects_across_unit_ = unit;
    return true;
  }
  void FlushProjectsAcross() {
    std::vector<std::pair<Role, std::vector<GridCell>>> rows;
    rows.swap(projects_across_);
    const std::optional<MoneyUnit> unit = projects_across_unit_;
    projects_across_unit_.reset();
    const bool money = std::any_of(rows.begin(), rows.end(), [](const auto& r) { return r.first == Role::kBudget || r.first == Role::kExecuted; });
    if (rows.size() < 2 || !money) {
      // Not such a summary: its rows are read as they come.
      replaying_across_ = true;
      for (auto& r : rows) Row(r.second, true);
      replaying_across_ = false;
      return;
    }
    ReadColumns(rows, TableKind::kList, unit ? *unit : caption_unit_.value_or(MoneyUnit::kYuan));
  }
  // "对比项目 | 2021年度（整改前） | 2022年度（整改后） | 变化情况" over "全年预算数（万元） | 192.86 | 94.00 | —":
  // the years across, a row per figure; the report's year's column gives the figure of a row whose
  // label names the year's budget, its execution or their rate (全年预算数, 全年执行数, 预算执行率), the
  // others past. True when the row is such a header or one of its rows.
  bool YearsAcrossRow(Cells row) {
    if (years_across_) {
      const auto [column, width] = *years_across_;
      if (row.size() == width && !IsNumeric(row[0].text) && !row[0].text.empty()) {
        const Role role = HeaderRole(row[0].text);
        const bool named = (role == Role::kBudget || role == Role::kExecuted || role == Role::kRate) &&
                           ContainsAny(row[0].text, {"全年预算", "年度预算", "全年执行", "执行率", "执行数", "预算数"});
        if (named && IsNumeric(row[column].text)) {
          const GridCell pair[] = {row[0], row[column]};
          PairsRow(pair);
        }
        for (const GridCell& c : row) Use(c);
        return true;
      }
      years_across_.reset();
      return false;
    }
    // (项目名称 | 上年（2022年） | 本年（2023年） groups a two-row header by year: YearGroups.)
    if (row.size() < 3 || IsNumeric(row[0].text) || YearIn(row[0].text) ||
        (!hooks_.any_years_across &&
         (IsNameKey(row[0].text) || row[0].text == "项目" || !ContainsAny(row[0].text, {"对比", "比较"})))) {
      return false;
    }
    std::vector<std::pair<std::size_t, int>> years;
    for (std::size_t i = 1; i < row.size(); ++i) {
      const std::string_view t = row[i].text;
      // ("2021年度" reads as a number of a unit 年度 too: the year is looked for first.)
      if (t.empty() || !AtMostCodePoints(t, 14) || HeaderRole(t) != Role::kNone) continue;
      if (const auto y = YearIn(t); y && StartsWith(t, std::to_string(*y))) years.emplace_back(i, *y);
    }
    if (years.size() < 2) return false;
    const std::optional<int> year = binder_.evaluation().year;
    std::optional<std::size_t> column;
    int best = 0;
    for (const auto& [i, y] : years) {
      if (year && y == *year) column = i, best = y;
      if (!year && y > best) column = i, best = y;
    }
    if (!column) return false;
    years_across_ = {{*column, row.size()}};
    for (const GridCell& c : row) Use(c);
    return true;
  }
  // Whether the row groups the header below it by year (a name key, then cells naming years:
  // "上年（2021年）", "本年（2022年）", "2022年度"); if so, year_groups_ records them in order.
  // "分季度执行数" over "一季度 | 二季度 | 三季度 | 四季度" (the second row written alone): the group's
  // one cell stands for a column per part of the year, each read past; true when the row is such.
  // (So is "预算调整" over "追加 | 调减", the year's changes to the budget, the adjusted budget after them.)
  bool ExpandPeriodGroup(Cells row) {
    std::vector<std::string_view> parts;
    for (const GridCell& c : row) {
      if (!c.text.empty()) parts.push_back(c.text);
    }
    static constexpr std::string_view kChanges[] = {"追加", "调增", "调减", "增加", "减少", "调整数"};
    const auto change = [](std::string_view t) { return std::find(std::begin(kChanges), std::end(kChanges), t) != std::end(kChanges); };
    const bool periods = std::all_of(parts.begin(), parts.end(), [](std::string_view t) { return NamesPeriod(t); });
    const bool changes = std::all_of(parts.begin(), parts.end(), change);
    if (parts.size() < 2 || (!periods && !changes)) return false;
    std::optional<std::size_t> group;
    for (std::size_t g = 0; g < header_texts_.size() && g < header_->roles.size(); ++g) {
      const std::string_view text = header_texts_[g];
      if (periods && ContainsAny(text, {"季度", "分月", "月份"}) && !NamesPeriod(text)) group = g;
      if (changes && Contains(text, "调整") && !Contains(text, "调整后")) group = g;
    }
    if (!group) return false;
    const std::size_t g = *group, extra = parts.size() - 1;
    header_->roles[g] = Role::kPrior;
    header_->roles.insert(header_->roles.begin() + static_cast<std::ptrdiff_t>(g), extra, Role::kPrior);
    for (std::size_t& column : header_->satisfaction_columns) {
      if (column > g) column += extra;
    }
    header_texts_.clear();  // (no longer the header as written: no repeat of it to recognise)
    return true;
  }
  bool YearGroups(Cells row) {
    if (std::none_of(row.begin(), row.end(), [](const GridCell& c) { return IsNameKey(c.text) || c.text == "项目"; })) {
      return false;
    }
    std::vector<std::optional<int>> years;
    std::vector<bool> last;
    for (const GridCell& c : row) {
      if (c.text.empty() || IsNameKey(c.text) || c.text == "项目" || HeaderRole(c.text) == Role::kIndex) continue;
      // ("2021年决算数" has a role: a column of its own.)
      if (!NamesYearGroup(c.text)) return false;
      years.push_back(YearIn(c.text)), last.push_back(NamesLastYear(c.text));
    }
    if (years.size() < 2) return false;
    std::optional<int> latest;
    for (const auto& y : years) {
      if (y) latest = std::max(latest.value_or(*y), *y);
    }
    year_groups_.clear();
    for (std::size_t i = 0; i < years.size(); ++i) year_groups_.push_back(last[i] || (years[i] && latest && *years[i] < *latest));
    return true;
  }
  // Under year groups, a money role that recurs once per group is the report year's in its
  // group only; the earlier groups' columns are read past.
  void ApplyYearGroups(Header& h) {
    if (year_groups_.empty()) return;
    for (Role role : {Role::kInitial, Role::kBudget, Role::kExecuted, Role::kRate, Role::kFiscal, Role::kOther}) {
      std::vector<std::size_t> at;
      for (std::size_t i = 0; i < h.roles.size(); ++i) {
        if (h.roles[i] == role) at.push_back(i);
      }
      if (at.size() != year_groups_.size()) continue;
      for (std::size_t g = 0; g < at.size(); ++g) {
        if (year_groups_[g]) h.roles[at[g]] = Role::kPrior;
      }
    }
    year_groups_.clear();
  }
  // A row with its split targets (指标性质 | 指标值 | 度量单位, "≥ | 735 | 人次") as one cell each;
  // false when it has none.
  bool FoldSplitTargets(Cells row, std::vector<GridCell>& out);
  void Use(const GridCell& c) { used_[c.line] = true; }

  const TextDocument& document_;
  Binder& binder_;
  std::vector<bool>& used_;
  const GridHooks& hooks_;
  const std::vector<bool> closing_pipes_;  // per line: a row of a table of closing pipes (paragraphs.h)
  // The display column each header cell starts at, when the header was a line of cells laid out
  // by spaces (empty otherwise); header_serial_ counts the headers read.
  std::vector<std::size_t> header_columns_;
  std::size_t header_serial_ = 0;
  std::vector<GridCell> run_;  // one cell per line, waiting for a header to cut it into rows
  std::optional<Header> header_;
  std::size_t header_line_ = 0;         // the line the header starts on
  std::vector<std::string> header_texts_;  // the header's cells as written
  std::vector<bool> year_groups_;       // the row above the header named years: per group, an earlier one
  std::vector<std::pair<Role, std::vector<GridCell>>> transposed_;  // the rows of a table on its side so far
  std::vector<std::pair<Role, std::vector<GridCell>>> projects_across_;  // a summary's rows, its projects across
  // A table with the years across (对比项目 | 2021年度 | 2022年度 | 变化情况): the column of the report's
  // year, and the rows' width; nullopt outside one.
  std::optional<std::pair<std::size_t, std::size_t>> years_across_;
  std::optional<MoneyUnit> projects_across_unit_;
  bool replaying_across_ = false;  // reading rows that turned out no summary with its projects across
  std::size_t last_row_line_ = 0;       // the line of the last row read under a header
  std::size_t previous_table_end_ = 0;  // last_row_line_ when the header before this one was replaced
  bool just_header_ = false;
  bool header_written_as_row_ = false;  // the header came as one row of cells, not one cell per line
  bool row_line_ = false;               // the row being read is a line of its own cells
  bool name_key_ = false;  // the last cell was 项目名称: the next one names the project
  Subject table_project_;
  Subject row_project_;  // the project an indicator table's 项目名称 column named last
  // A merged name cell's text on its block's middle row (pdftotext -layout): the rows waiting for
  // the next name; whether this table writes its names so (-1 not yet known).
  std::vector<std::vector<GridCell>> waiting_for_name_;
  int names_in_middle_ = -1;
  bool replaying_waiting_ = false;
  std::optional<MoneyUnit> caption_unit_;
  std::string level1_, level2_;
  bool split_target_ = false;       // the header wrote its targets in three columns
  bool split_header_ = false;       // the row being read is such a header
  std::deque<std::string> folded_;  // the text of cells read as one
};

void GridReader::FoldFigureAndUnit(std::vector<GridCell>& row) {
  if (!header_ || header_->kind != TableKind::kIndicators || row.size() != header_->roles.size() + 1) return;
  const auto figure = [](std::string_view t) {
    return !t.empty() && t.find_first_not_of("0123456789.,") == std::string_view::npos && t.find_first_of("0123456789") == 0;
  };
  const auto unit = [](std::string_view t) {
    return !t.empty() && AtMostCodePoints(t, 2) && static_cast<unsigned char>(t[0]) >= 0xE4 && !IsNumeric(t);
  };
  std::optional<std::size_t> at;
  for (std::size_t k = 0; k + 1 < row.size(); ++k) {
    if (!figure(row[k].text) || !unit(row[k + 1].text)) continue;
    if (at) return;  // two such pairs: no telling which
    at = k;
  }
  if (!at) return;
  std::string& text = folded_.emplace_back(std::string(row[*at].text) + std::string(row[*at + 1].text));
  const GridCell& second = row[*at + 1];
  const std::size_t length = second.offset >= row[*at].offset ? second.offset + second.text.size() - row[*at].offset : 0;
  row[*at] = {text, row[*at].line, row[*at].offset, length};
  row.erase(row.begin() + static_cast<std::ptrdiff_t>(*at + 1));
}

bool GridReader::PlaceByColumns(const std::vector<GridCell>& cells, const std::vector<std::size_t>& starts,
                                std::vector<GridCell>& placed) const {
  constexpr std::size_t kSlack = 2;  // columns a cell may start left of its header cell
  if (!header_ || header_columns_.size() != header_->roles.size() || header_columns_.size() < 3 ||
      starts.size() != cells.size()) {
    return false;
  }
  placed.assign(header_columns_.size(), GridCell{});
  for (GridCell& c : placed) c.line = cells.front().line, c.offset = cells.front().offset;
  std::vector<bool> filled(placed.size(), false);
  std::size_t aligned = 0;  // cells starting where their header cell does
  for (std::size_t k = 0; k < cells.size(); ++k) {
    if (starts[k] + kSlack < header_columns_.front()) continue;  // a caption beside the table
    std::size_t j = 0;
    while (j + 1 < header_columns_.size() && header_columns_[j + 1] <= starts[k] + kSlack) ++j;
    if (filled[j]) return false;
    placed[j] = cells[k], filled[j] = true;
    aligned += starts[k] + kSlack >= header_columns_[j] && starts[k] <= header_columns_[j] + kSlack;
  }
  // (Cells only separated by spaces, not lined up under the header's, are no such layout.)
  const auto count = static_cast<std::size_t>(std::count(filled.begin(), filled.end(), true));
  return count >= 2 && aligned * 2 >= count;
}

std::vector<std::pair<Role, const GridCell*>> GridReader::Bind(Cells row, bool structured,
                                                               std::vector<const GridCell*>* labels) const {
  std::vector<std::pair<Role, const GridCell*>> out;
  const std::vector<Role>& roles = header_->roles;
  // By column: a row with a cell for every column, or an indicator row whose first columns are
  // merged over the rows below, the merged cells left out (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 |
  // 分值 | 评分标准 | 得分 over "立项程序规范性 | 2 | 按照… | 2"): its cells are the last columns', when
  // its first stands under 二级 or 三级指标 and the header ends with 得分 (a header ending with a
  // reason may have lost its empty last cell instead).
  std::optional<std::size_t> shift;
  if (structured && row.size() == roles.size()) shift = 0;
  if (structured && header_->kind == TableKind::kIndicators && row.size() >= 3 && row.size() < roles.size() &&
      roles.back() == Role::kScore &&
      (roles[roles.size() - row.size()] == Role::kLevel3 || roles[roles.size() - row.size()] == Role::kLevel2) &&
      !row[0].text.empty() && !IsNumeric(row[0].text) && IsNumeric(row.back().text)) {
    shift = roles.size() - row.size();
  }
  if (shift) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (IsValueRole(roles[*shift + i])) out.emplace_back(roles[*shift + i], &row[i]);
      else labels->push_back(&row[i]);
    }
    return out;
  }
  // A row number under 序号 is a label, not a value.
  std::size_t first_value = !roles.empty() && roles.front() == Role::kIndex && IsNumeric(row[0].text) ? 1 : 0;
  while (first_value < row.size() && row[first_value].text.empty()) ++first_value;  // merged cells
  while (first_value < row.size() && !IsNumeric(row[first_value].text) && !IsBlankValue(row[first_value].text)) {
    ++first_value;
  }
  std::vector<Role> value_roles;
  bool figures_yet = false;
  for (Role r : roles) {
    // ("评价等级 | 项目名称 | … | 评价资金 | 执行数": a grade in words before the figures stands among
    // the labels, or is the merged cell a row leaves out; no figure of the row's.)
    if (r == Role::kGrade && !figures_yet) continue;
    if (IsValueRole(r)) value_roles.push_back(r), figures_yet = true;
  }
  // Indicator rows with more figures than a header that names no points: the template's order
  // goes on with 分值 and 得分 after what was reached (a header whose last cells a flattening lost).
  if (header_->kind == TableKind::kIndicators && !header_->has(Role::kWeight) && !header_->has(Role::kScore) &&
      !header_->has(Role::kReason)) {
    std::size_t figures = 0;
    for (std::size_t i = first_value; i < row.size(); ++i) figures += IsNumeric(row[i].text);
    if (figures >= value_roles.size() + 2) value_roles.push_back(Role::kWeight);
    if (figures >= value_roles.size() + 1) value_roles.push_back(Role::kScore);
  }
  // Qualitative values (及时, 优) before the numbers: take them from the labels' end. A last
  // cell in words under a reason column (无, 受天气影响) is the reason, no number.
  const bool reason_last = !roles.empty() && roles.back() == Role::kReason && row.size() > first_value + 1 &&
                           !IsNumeric(row.back().text);
  std::size_t numbers = row.size() - first_value - (reason_last ? 1 : 0);
  std::size_t before_reason = 0;
  for (Role r : value_roles) before_reason += r != Role::kReason && r != Role::kGrade;
  if (header_->kind == TableKind::kIndicators) {
    while (numbers < before_reason && first_value > 1) --first_value, ++numbers;
  }
  for (std::size_t i = 0; i < first_value; ++i) labels->push_back(&row[i]);
  for (std::size_t i = first_value, v = 0; i < row.size() && v < value_roles.size(); ++i, ++v) {
    out.emplace_back(value_roles[v], &row[i]);
  }
  return out;
}

bool GridReader::KeyValue(Cells row) {
  // "序号 | 项目名称 | 存在问题（2022年度） | 整改措施 | …": a list's header, its names column among
  // others, no key and its value.
  if (row.size() >= 4 && HeaderRole(row.front().text) == Role::kIndex &&
      std::none_of(row.begin(), row.end(), [](const GridCell& c) { return IsNumeric(c.text); })) {
    return false;
  }
  for (std::size_t i = 0; i < row.size(); ++i) {
    const GridCell& cell = row[i];
    if (name_key_ && !IsNameKey(cell.text) && !cell.text.empty()) {
      name_key_ = false;
      // ("项目名称 | 总投资 | 2023年 | 2024年 | 累计": a header whose groups are years, the cell after
      // the key a column's header, no name.)
      if (AtMostCodePoints(cell.text, 6) && HeaderRole(cell.text) != Role::kNone) continue;
      // "项目名称 昌州财行(2022)10号 国家统计局调查队专项经费": in a line split at its spaces, the
      // name runs on over the words after it up to the next key.
      std::string_view whole = cell.text;
      const std::string& line_text = document_.lines[cell.line].text;
      const bool spaced = line_text.find('|') == std::string::npos && line_text.find('\t') == std::string::npos;
      // "项目名称 | 2019 | 年信访信息系统运行维护经费": a PDF's cells parted where the name's year ends.
      if (i + 1 < row.size() && cell.text.size() == 4 && IsNumeric(cell.text) && YearIn(std::string(cell.text) + "年") &&
          StartsWith(row[i + 1].text, "年") && CodePointCount(row[i + 1].text) >= 4 && row[i + 1].line == cell.line) {
        const std::string joined = std::string(cell.text) + std::string(row[i + 1].text);
        table_project_ = binder_.Project(joined, {cell.line, cell.offset, cell.text.size()});
        Use(cell), Use(row[i + 1]);
        header_.reset();
        ++i;
        continue;
      }
      for (std::size_t k = i + 1; spaced && k < row.size() && row[k].line == cell.line; ++k) {
        const std::string_view next = row[k].text;
        if (next.empty() || IsNumeric(next) || IsNameKey(next) || HeaderRole(next) != Role::kNone ||
            ContainsAny(next, {"部门", "单位", "负责", "属性", "类型", "联系"})) {
          break;
        }
        // ("项目名称： X; 项目预算： …": a field's separator or the next key's colon ends it.)
        if (EndsWith(whole, "；") || EndsWith(whole, ";") || EndsWith(whole, "，") || EndsWith(whole, ",") || EndsWith(next, "：") ||
            EndsWith(next, ":")) {
          break;
        }
        whole = std::string_view(cell.text.data(), static_cast<std::size_t>(next.data() + next.size() - cell.text.data()));
        i = k;
      }
      whole = TrimTrailing(whole, "；;，,");
      std::string_view code;
      const std::string_view name = WithoutProjectCode(whole, &code);
      if (name.empty() || CodePointCount(name) > 60) continue;
      table_project_ = binder_.Project(name, {cell.line, cell.offset + (name.data() - cell.text.data()), name.size()});
      Use(cell);
      header_.reset();
      continue;
    }
    if (IsNameKey(cell.text)) name_key_ = true, Use(cell);
  }
  return false;
}

// Under an indicator header, a row with a long cell or a sentence's stop in one ("本着节约的原则,
// 控制在预算中。 100% 5 5") is still a row when it opens with a level or a numbered indicator: its
// space-separated tokens, and the figures a wrapped row left alone on the next line ("7 7").
bool GridReader::LongIndicatorRow(std::size_t& line) {
  if (!header_ || header_->kind != TableKind::kIndicators || !run_.empty()) return false;
  std::vector<GridCell> tokens = Tokens(document_, line);
  if (tokens.size() < 3) return false;
  const std::string_view first = tokens.front().text;
  if (!IsLevel1(first) && !IsLevel2(first) && WithoutTemplateNumber(first) == first) return false;
  const auto numeric = [](const GridCell& c) { return IsNumeric(c.text); };
  if (!numeric(tokens.back()) && line + 1 < document_.lines.size() && !document_.lines[line + 1].is_table_row()) {
    std::vector<GridCell> next = Tokens(document_, line + 1);
    if (!next.empty() && std::all_of(next.begin(), next.end(), numeric)) {
      tokens.insert(tokens.end(), next.begin(), next.end());
      ++line;
    }
  }
  Row(tokens, false);
  return true;
}

// "全年预算数 1200 全年执行数 1100 执行率 91.67%": labels of the lexicon each followed by its
// value, in the unit the label or the caption above states.
// A label without a money role among them (结余, 实际到位资金) is passed over, as long as one
// label has one; a single pair ("全年预算数（万元） | 1208.75") is a row too.
bool GridReader::PairsRow(Cells cells, std::optional<MoneyUnit> unit) {
  // (Empty cells among the pairs are merged cells' places: "| 其中：中央补助 | 563.72万元 | … |".)
  std::vector<GridCell> kept;
  for (const GridCell& c : cells) {
    if (!c.text.empty()) kept.push_back(c);
  }
  Cells row(kept);
  // "预算执行情况 | 预算数： | 752.61 | 执行数： | 752.61 | 20": a caption before the pairs and the
  // block's points after them are no pair; a caption naming a unit ("预算执行情况（万元）") gives it.
  if (row.size() >= 3 && !IsNumeric(row[0].text) && HeaderRole(row[0].text) == Role::kNone &&
      IsMoneyRole(HeaderRole(row[1].text)) && IsNumeric(row[2].text)) {
    if (const auto u = HeaderUnit(row[0].text)) unit = caption_unit_ = u;
    row = row.subspan(1);
    if (row.size() >= 3 && row.size() % 2 == 1 && IsNumeric(row.back().text) && IsNumeric(row[row.size() - 2].text)) {
      row = row.first(row.size() - 1);
    }
  }
  if (row.size() < 2 || row.size() % 2 != 0) return false;
  // The unit the rows right below write in their cells ("其中：中央补助 | 563.72万元") is this row's too.
  if (!unit && !caption_unit_) {
    for (std::size_t next = row.front().line + 1; next < document_.lines.size() && next <= row.front().line + 2; ++next) {
      for (const std::string& cell : document_.lines[next].cells) {
        if (EndsWith(TrimSpace(cell), "万元") && ParseMoneyCell(TrimSpace(cell), MoneyUnit::kYuan)) unit = MoneyUnit::kWan;
      }
    }
  }
  std::vector<Role> roles;
  std::vector<bool> satisfaction;  // "满意度 | 97.7%": the satisfaction reached, beside the money
  bool money = false;
  for (std::size_t i = 0; i < row.size(); i += 2) {
    const Role r = HeaderRole(row[i].text);
    // ("自评等级 | 优": a grade among the pairs, no figure.)
    if (!IsNumeric(row[i].text) && !IsNumeric(row[i + 1].text) && r == Role::kGrade) {
      roles.push_back(Role::kNone), satisfaction.push_back(false);
      continue;
    }
    if (IsNumeric(row[i].text) || !IsNumeric(row[i + 1].text)) return false;
    const bool of_money = IsMoneyRole(r);
    money = money || of_money;
    roles.push_back(of_money ? r : Role::kNone);
    // (Written as a percent: "满意度 | 10" is an indicator's level and points.)
    const bool satisfied = r == Role::kNone && EndsWith(row[i].text, "满意度");
    if (satisfied && !ContainsAny(row[i + 1].text, {"%", "％"})) return false;
    satisfaction.push_back(satisfied);
  }
  const bool satisfied = std::find(satisfaction.begin(), satisfaction.end(), true) != satisfaction.end();
  if (!money && !satisfied) return false;
  const bool has_budget = std::find(roles.begin(), roles.end(), Role::kBudget) != roles.end();
  const Subject subject = TableSubject(row.front().line);
  for (std::size_t k = 0; k < roles.size(); ++k) {
    const GridCell& label = row[2 * k];
    const GridCell& cell = row[2 * k + 1];
    const MoneyUnit in = HeaderUnit(label.text).value_or(unit.value_or(caption_unit_.value_or(MoneyUnit::kYuan)));
    bool placed = false;
    if (satisfaction[k]) {
      const auto percent = ParsePercentText(cell.text);
      if (subject && percent && *percent <= Percent::FromUnits(10000)) placed = binder_.Satisfaction(*subject, *percent, PlaceOf(cell));
    } else {
      placed = BindFunds(subject, roles[k], cell, in, has_budget);
    }
    if (placed) Use(cell), Use(label);
  }
  return true;
}

bool GridReader::FoldSplitTargets(Cells row, std::vector<GridCell>& out) {
  // Most rows have no comparator or 指标性质 cell: nothing to copy.
  if (std::none_of(row.begin(), row.end(), [](const GridCell& c) { return IsNatureHeader(c.text) || IsNatureCell(c.text); })) {
    return false;
  }
  bool any = false;
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (IsNatureHeader(row[i].text) && i + 1 < row.size() && HeaderRole(row[i + 1].text) == Role::kTarget) {
      out.push_back(row[++i]);
      if (i + 1 < row.size() && IsMeasureUnitHeader(row[i + 1].text)) ++i;
      any = split_header_ = true;
      continue;
    }
    if (i + 1 < row.size() && IsNatureCell(row[i].text)) {
      const GridCell& value = row[i + 1];
      const bool qualitative = row[i].text == "定性" && !value.text.empty() && !IsNumeric(value.text);
      if (IsNumeric(value.text) || qualitative) {
        std::size_t end = i + 2;
        if (end < row.size() &&
            ((!qualitative && IsMeasureUnitCell(row[end].text)) || (split_target_ && IsBlankValue(row[end].text)))) {
          ++end;
        }
        std::string& text = folded_.emplace_back();
        if (row[i].text != "定性" && row[i].text != "定量") text += row[i].text;
        text += value.text;
        if (end == i + 3 && !IsBlankValue(row[i + 2].text)) text += row[i + 2].text;
        const GridCell& last = row[end - 1];
        const std::size_t length = last.line == row[i].line && last.offset >= row[i].offset
                                       ? last.offset + last.text.size() - row[i].offset
                                       : 0;
        out.push_back({text, row[i].line, row[i].offset, length});
        i = end - 1;
        any = true;
        continue;
      }
    }
    out.push_back(row[i]);
  }
  return any;
}

void GridReader::Row(Cells row, bool structured) {
  if (row.empty()) return;
  // An indicator table turned on its side: a row per field, a column per indicator; a summary
  // with its projects across, a column per project.
  if (YearsAcrossRow(row)) return;
  if (!replaying_across_ && ProjectsAcrossRow(row)) return;
  if (!projects_across_.empty()) {
    FlushProjectsAcross();
    Row(row, structured);
    return;
  }
  if (TransposedRow(row)) return;
  FlushTransposed();
  std::vector<GridCell> folded;
  if (FoldSplitTargets(row, folded)) row = folded;
  // "项目资金 | 年初预算数…" over "(万元) | 年度资金总额 | 29…": the header's first cell wrapped, its
  // unit opening the row below; the unit is the table's.
  if (header_ && row.size() > 1 && IsUnitOnly(row[0].text)) {
    if (auto unit = HeaderUnit(row[0].text)) header_->unit = *unit;
    Use(row[0]);
    row = row.subspan(1);
  }
  // Label | value pairs: in a row of loose cells, or in separated cells outside any table's header.
  // (A row wider than the header above it is none of its rows: "全年预算数 | 2,223,100.00 | 全年执行数
  // | …" under a box of the budget's parts.)
  if ((!structured || !header_ || row.size() > header_->roles.size()) && PairsRow(row)) return;
  // "项目名称 | 上年（2021年） | 本年（2022年）" over "预算数 | 执行数 | 执行率 | 预算数 | …": the groups
  // of a header over two rows by year, the earlier year's columns read past.
  if (YearGroups(row)) {
    for (const GridCell& c : row) Use(c);
    return;
  }
  const bool names = std::any_of(row.begin(), row.end(), [](const GridCell& c) { return IsNameKey(c.text); });
  if ((names || name_key_) && !(row.size() > 2 && HeaderOf(row, caption_unit_, binder_.evaluation().year))) {
    KeyValue(row);
    return;
  }
  if (just_header_ && header_ && ExpandPeriodGroup(row)) {
    just_header_ = false;
    for (const GridCell& c : row) Use(c);
    return;
  }
  if (just_header_) {
    just_header_ = false;
    // (A key's row may have ended the header since: 项目名称 | X resets it.)
    if (header_ && MergeContinuation(*header_, row)) {
      for (const GridCell& c : row) Use(c);
      return;
    }
  }
  // The header repeated over the table's rows on the next page (a Word table's repeated header
  // row), right after its last row: the same table goes on.
  if (header_ && row.front().line == last_row_line_ + 1 && row.size() == header_texts_.size() &&
      std::equal(row.begin(), row.end(), header_texts_.begin(), [](const GridCell& c, const std::string& t) { return c.text == t; })) {
    for (const GridCell& c : row) Use(c);
    return;
  }
  if (auto h = HeaderOf(row, caption_unit_, binder_.evaluation().year)) {
    header_texts_.clear();
    for (const GridCell& c : row) header_texts_.emplace_back(c.text);
    split_target_ = split_header_;
    split_header_ = false;
    if (header_) previous_table_end_ = last_row_line_;
    FlushWaitingForName();
    names_in_middle_ = -1;
    ApplyYearGroups(*h);
    header_ = *h;
    header_line_ = row.front().line;
    row_project_.reset();
    header_written_as_row_ = row_line_;
    ++header_serial_;
    just_header_ = true;
    level1_.clear(), level2_.clear();
    for (const GridCell& c : row) Use(c);
    return;
  }
  year_groups_.clear();
  if (!header_) {
    if (row.size() == 1) {
      if (auto u = HeaderUnit(row[0].text)) caption_unit_ = u;
    }
    return;
  }
  // (A heading taken among a run's cells, "（一）X" after the last row, is no row of the table.)
  // A joined column's cell gives its two values, as two cells.
  std::vector<GridCell> split;
  if (!header_->joined_from_end.empty()) {
    split.assign(row.begin(), row.end());
    // (Left to right: a cell split adds one after it, and the places counted from the end of the
    // columns still to split stay put.)
    for (std::size_t from_end : header_->joined_from_end) {
      if (from_end > split.size()) continue;
      const std::size_t at = split.size() - from_end;
      const auto parts = SplitJoinedValue(split[at].text);
      if (!parts) continue;
      const GridCell whole = split[at];
      GridCell second = whole;
      split[at].text = parts->first, second.text = parts->second;
      split[at].offset = whole.offset + static_cast<std::size_t>(parts->first.data() - whole.text.data());
      second.offset = whole.offset + static_cast<std::size_t>(parts->second.data() - whole.text.data());
      split[at].length = second.length = 0;
      split.insert(split.begin() + static_cast<std::ptrdiff_t>(at) + 1, second);
    }
    row = split;
  }
  if (std::any_of(row.begin(), row.end(), [](const GridCell& c) { return IsNumeric(c.text); })) last_row_line_ = row.back().line;
  switch (header_->kind) {
    case TableKind::kFunds: return FundsRow(row, structured);
    case TableKind::kList: return ListRow(row, structured);
    case TableKind::kIndicators: return IndicatorRow(row, structured);
  }
}

void GridReader::FundsRow(Cells row, bool structured) {
  std::vector<const GridCell*> labels;
  auto values = Bind(row, structured, &labels);
  // (A figure under a column the lexicon names no role, 上年结转资金 beside 当年财政拨款 and 其他资金,
  // labels nothing.)
  if (structured) std::erase_if(labels, [](const GridCell* l) { return IsNumeric(l->text); });
  // Labels that are only empty cells (the label merged over the row from the header: 资金情况（万元）
  // over its figures) and the kind of budget the money is (a 资金性质 column: 一般公共预算) are none.
  if (std::all_of(labels.begin(), labels.end(), [](const GridCell* l) { return l->text.empty() || NamesBudgetKind(l->text); })) {
    labels.clear();
  }
  parse::FundsRow kind = parse::FundsRow::kNone;
  for (const GridCell* l : labels) {
    if (kind == parse::FundsRow::kNone) kind = RowKind(l->text);
  }
  // A row with no label under a header of funds columns is the whole funds (a project's
  // 全年预算数 | 财政拨款 | 其他资金 | 全年执行数 | 执行率 table).
  if (kind == parse::FundsRow::kNone && labels.empty()) kind = parse::FundsRow::kTotal;
  // A row named by neither a part of the funds nor a class of spending (基本支出, 公用经费, 三公经费…)
  // is a project's own, as in a list: 湖南's 基础数据表 lists each 专项资金 under 项目支出 so.
  if (kind == parse::FundsRow::kNone && !values.empty() && NamesProject(labels.back()->text)) {
    return ListRow(row, structured);
  }
  if (kind == parse::FundsRow::kNone) return;
  // "一、收入合计", "财政拨款收入": what came in, no funds spent (the 支出 rows are those).
  for (const GridCell* l : labels) {
    if (Find(l->text, "收入") != std::string_view::npos) return;
  }
  const Subject subject = TableSubject(row.front().line);
  const bool has_budget = header_->has(Role::kBudget);
  for (auto& [role, cell] : values) {
    bool placed = false;
    if ((role == Role::kFiscal || role == Role::kOther) && kind == parse::FundsRow::kTotal) {
      if (auto money = ParseMoneyCell(cell->text, header_->unit)) {
        placed = role == Role::kFiscal ? binder_.Fiscal(subject, *money, PlaceOf(*cell))
                                       : binder_.Other(subject, *money, PlaceOf(*cell));
      }
    } else if (role == Role::kRate) {
      if (kind == parse::FundsRow::kTotal) {
        if (auto rate = ParsePercentText(cell->text)) placed = binder_.Rate(subject, *rate, PlaceOf(*cell));
      }
    } else if (role == Role::kBudget || (role == Role::kInitial && !has_budget) || role == Role::kExecuted) {
      auto money = ParseMoneyCell(cell->text, header_->unit);
      if (!money) continue;
      if (role == Role::kExecuted) {
        if (kind == parse::FundsRow::kTotal) placed = binder_.Executed(subject, *money, PlaceOf(*cell));
      } else if (kind == parse::FundsRow::kTotal) {
        placed = binder_.Budget(subject, *money, PlaceOf(*cell));
      } else if (kind == parse::FundsRow::kFiscal) {
        placed = binder_.Fiscal(subject, *money, PlaceOf(*cell));
      } else {
        placed = binder_.Other(subject, *money, PlaceOf(*cell));
      }
    }
    if (placed) Use(*cell);
  }
}

void GridReader::ListRow(Cells row, bool structured) {
  std::vector<const GridCell*> labels;
  auto values = Bind(row, structured, &labels);
  // "一 | 项目绩效评价": a group heading of a flattened list (numbered 一, 二…), no project.
  if (!structured && values.empty() && !labels.empty() && ChineseNumberValue(labels.front()->text) > 0) return;
  const GridCell* name = nullptr;
  if (structured && row.size() == header_->roles.size()) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (header_->roles[i] == Role::kName) name = &row[i];
    }
  }
  // A row that left out empty value cells but has all its labels: they stand in the header's
  // order, the name where the name column is ("序号 | 财政事权 | 政策任务 | 预算额度…").
  const auto label_columns = static_cast<std::size_t>(
      std::find_if(header_->roles.begin(), header_->roles.end(), [](Role r) { return IsValueRole(r); }) -
      header_->roles.begin());
  if (!name && labels.size() == label_columns) {
    std::size_t label_column = 0;
    for (Role r : header_->roles) {
      if (r == Role::kName) {
        if (label_column < labels.size() && !IsNumeric(labels[label_column]->text)) name = labels[label_column];
        break;
      }
      if (!IsValueRole(r)) ++label_column;
    }
  }
  // (A note in brackets before the name, "(一个项一行)", is none.)
  // ("1、高龄津贴发放经费": a name after its row's numbering.)
  for (std::size_t i = 0; !name && i < labels.size(); ++i) {
    const std::string_view text = labels[i]->text;
    const std::string_view bare = WithoutMarker(text);
    const bool numbered = bare.size() < text.size() && CodePointCount(bare) >= 4 && !IsNumeric(bare);
    if (numbered || (!IsNumeric(text) && CodePointCount(text) >= 4 && !StartsWith(text, "(") && !StartsWith(text, "（"))) {
      name = labels[i];
    }
  }
  // "合计 | 822.50 | 767.58 | 93.32%" under rows of 基本支出 and of projects: the department's own.
  // (合计 may stand in the 序号 column, the name's left empty.)
  const auto total = std::find_if(row.begin(), row.end(), [](const GridCell& c) { return IsTotalRow(c.text); });
  if (total != row.end() && header_->lists_basic_spending && !binder_.default_subject()) {
    for (auto& [role, cell] : values) BindFunds(std::nullopt, role, *cell, header_->unit, header_->has(Role::kBudget));
    Use(*total);
    return;
  }
  if (!name || IsTotalRow(name->text) || CodePointCount(name->text) > 60 || IsCaption(name->text)) return;
  if (ContainsAny(name->text, {"基本支出", "人员经费", "公用经费"})) header_->lists_basic_spending = true;
  std::string_view code;
  const std::string_view text = WithoutProjectCode(name->text, &code);
  const std::size_t project =
      binder_.Project(text, {name->line, name->offset + (text.data() - name->text.data()), text.size()});
  Use(*name);
  const bool has_budget = header_->has(Role::kBudget);
  if (structured && row.size() == header_->roles.size()) {
    for (std::size_t column : header_->satisfaction_columns) {
      const auto percent = ParsePercentText(row[column].text);
      if (percent && *percent <= Percent::FromUnits(10000)) binder_.Satisfaction(project, *percent, PlaceOf(row[column]));
    }
  }
  // (全年预算数 | 其中：财政拨款 | 其他资金 | 全年执行数 | 执行率)
  for (auto& [role, cell] : values) BindFunds(project, role, *cell, header_->unit, has_budget);
}

void GridReader::IndicatorRow(Cells row, bool structured) {
  Subject subject = TableSubject(row.front().line);
  // "项目名称 | 指标名称 | 年度目标值 | …": a table of several projects' indicators, each project's
  // name in its column (merged over its rows: empty below the first).
  const auto name_column = std::find(header_->roles.begin(), header_->roles.end(), Role::kName);
  std::optional<std::size_t> skip_label;
  if (structured && name_column != header_->roles.end() && row.size() == header_->roles.size() &&
      header_->has(Role::kLevel3)) {
    const std::size_t n = static_cast<std::size_t>(name_column - header_->roles.begin());
    const GridCell& cell = row[n];
    const bool named = !cell.text.empty() && !IsNumeric(cell.text) && CodePointCount(cell.text) <= 60 && !IsTotalRow(cell.text);
    // "                  开展法治进校园活动  18场  13  10.17" over "未成年人检察工作经费  覆盖中小学生 …": a
    // table whose first row names no project writes each merged name on its block's middle row
    // (pdftotext -layout). The rows before a name wait for it: up to half way they are the last
    // name's, the rest the new one's.
    if (!replaying_waiting_ && (names_in_middle_ == 1 || (names_in_middle_ < 0 && !named && !row_project_))) {
      names_in_middle_ = 1;
      if (!named) {
        waiting_for_name_.emplace_back(row.begin(), row.end());
        return;
      }
      const Subject previous = row_project_;
      const Subject current = binder_.Project(cell.text, PlaceOf(cell));
      std::vector<std::vector<GridCell>> waiting;
      waiting.swap(waiting_for_name_);
      const std::size_t to_previous = previous ? (waiting.size() + 1) / 2 : 0;
      replaying_waiting_ = true;
      for (std::size_t k = 0; k < waiting.size(); ++k) {
        row_project_ = k < to_previous ? previous : current;
        IndicatorRow(waiting[k], true);
      }
      replaying_waiting_ = false;
      row_project_ = current;
    } else if (names_in_middle_ < 0) {
      names_in_middle_ = 0;
    }
    if (named) row_project_ = binder_.Project(cell.text, PlaceOf(cell));
    if (row_project_) subject = row_project_;
    skip_label = n;
  } else if (name_column != header_->roles.end() && row_project_) {
    subject = row_project_;  // a row under the project's merged name cell, one cell short
  }
  std::vector<const GridCell*> labels;
  auto values = Bind(row, structured, &labels);
  if (skip_label) {
    std::erase_if(labels, [&](const GridCell* l) { return l == &row[*skip_label]; });
  } else if (!structured && name_column != header_->roles.end() &&
             std::find(header_->roles.begin(), name_column, Role::kLevel3) == name_column && labels.size() >= 2 &&
             !IsNumeric(labels.front()->text) && CodePointCount(labels.front()->text) <= 60) {
    // A row cut from cells one per line: two labels before the figures are the project's name
    // (its first row under the merged name cell) and the indicator's.
    row_project_ = binder_.Project(labels.front()->text, PlaceOf(*labels.front()));
    subject = row_project_;
    labels.erase(labels.begin());
  }
  if (labels.empty() || values.empty()) return;
  for (const GridCell* l : labels) {
    if (IsTotalRow(l->text)) return;
  }
  Indicator ind;
  // (The last label is the indicator's name: "群众满意度" there is no level over the rows below.)
  for (const GridCell* l : labels) {
    if (IsLevel1(l->text)) level1_ = std::string(l->text), level2_.clear();
    else if (IsLevel2(l->text) || (l != labels.back() && (EndsWith(l->text, "效益") || EndsWith(l->text, "满意度")))) {
      level2_ = std::string(l->text);
    }
  }
  const GridCell* name = labels.back();
  // (In a row bound by column, the name is the cell under 三级指标, not a formula or a standard
  // in a column after it.)
  if (structured && row.size() == header_->roles.size()) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (header_->roles[i] == Role::kLevel3 && !row[i].text.empty()) name = &row[i];
    }
  }
  if (IsLevel1(name->text) || IsNumeric(name->text)) return;
  ind.name = std::string(WithoutTemplateNumber(name->text));
  if (!level1_.empty()) ind.level1 = level1_;
  if (!level2_.empty() && level2_ != ind.name) ind.level2 = level2_;
  bool any = false;
  for (auto& [role, cell] : values) {
    if (role == Role::kTarget || role == Role::kActual) {
      const CellValue value = ParseCellValue(cell->text);
      if (value.empty()) continue;
      SetIndicatorValue(ind, value, role == Role::kTarget);
      any = true;
    } else if (role == Role::kWeight || role == Role::kScore) {
      auto number = ReadNumber(cell->text, 0);
      auto points = number ? ParseFixed<Points>(number->text) : Result<Points>(tl::unexpected(Error{}));
      if (points) (role == Role::kWeight ? ind.weight : ind.score_stated) = *points, any = true;
    } else if (role == Role::kReason && !IsBlankValue(cell->text)) {
      ind.deviation_reason = std::string(cell->text);
    }
  }
  if (!any) return;
  // "项目名称 | 全年预算数 | 全年执行数 | 预算执行率 | 一级指标 | … | 得分": a system's export a row per
  // indicator with its project's money beside it, on every row or on the block's first.
  if (subject && skip_label) {
    for (auto& [role, cell] : values) {
      if (role != Role::kInitial) BindFunds(subject, role, *cell, header_->unit, /*has_budget=*/true);
    }
  }
  if (!subject) {  // a table of the department as a whole: 部门整体支出绩效自评表
    binder_.AddDepartmentIndicator(std::move(ind), PlaceOf(*name));
    for (const GridCell& c : row) Use(c);
    return;
  }
  // A satisfaction in percent, its % written or left out ("学生满意度 | 100 | 100").
  if (Find(ind.name, "满意") != std::string::npos && ind.actual && (ind.unit == "%" || (!ind.unit && *ind.actual <= Quantity::FromWhole(100)))) {
    binder_.Satisfaction(*subject, Percent::FromUnits(ind.actual->units() / 100), PlaceOf(*values.front().second));
  }
  binder_.AddIndicator(*subject, std::move(ind), PlaceOf(*name));
  for (const GridCell& c : row) Use(c);
}

// Cuts a run of one-cell lines into rows: a header is a stretch of cells naming columns; the
// cells after it are its rows, as many cells each as it has columns.
void GridReader::FlushRun(bool stream) {
  std::vector<GridCell> run;
  run.swap(run_);
  if (run.empty()) return;
  // "其中:中央补助 | 2.38 万元": a funds row's cell that writes its unit gives the table its unit when
  // nothing above stated one ("预算数: | 2.38" is in 万元 too); the unit holds for this run only.
  const std::optional<MoneyUnit> unit_before = caption_unit_;
  if (!caption_unit_) caption_unit_ = UnitWrittenInFundsCells(run);
  struct RestoreUnit {
    std::optional<MoneyUnit>& unit;
    std::optional<MoneyUnit> before;
    ~RestoreUnit() { unit = before; }
  } restore{caption_unit_, unit_before};
  // Split targets read as one cell before the run is cut into rows, so that rows have the
  // header's width.
  if (std::vector<GridCell> folded; FoldSplitTargets(run, folded)) run = std::move(folded);
  std::size_t i = 0;
  // The rows under a header just read, from i: of the header's width where they fit it.
  const auto read_rows = [&](std::size_t width) {
    // A header naming only figures ("2021年决算数 | 2022年预算数 | 2022年决算数") leaves the rows'
    // labels a column without a header of its own.
    const bool unheaded_labels = header_ && !header_->roles.empty() && IsValueRole(header_->roles.front());
    const std::size_t row_width = width + (unheaded_labels ? 1 : 0);
    std::size_t end = i;
    while (end < run.size() && HeaderWidth(run, end, caption_unit_) == 0) ++end;
    // Cells dropped from a row (an empty cell a web page left out, a merged level cell) break
    // rows of fixed width: then rows end after their values.
    if (stream || (end - i) % row_width != 0 || !LevelsFit(run, i, end, row_width)) {
      // (Rows numbered 1, 2, 3… in a first 序号 column at the header's width are rows of that
      // width, the text of their last cells aside — 已完工，尾款未付; what follows them, a 合计
      // short of its empty cells, is read as before.)
      std::size_t numbered = 0;
      if (!stream && header_ && !header_->roles.empty() && header_->roles.front() == Role::kIndex) {
        while (i + (numbered + 1) * row_width <= end &&
               run[i + numbered * row_width].text == std::to_string(numbered + 1)) {
          ++numbered;
        }
      }
      if (numbered >= 2 && LevelsFit(run, i, i + numbered * row_width, row_width)) {
        for (std::size_t r = 0; r < numbered; ++r, i += row_width) Row(Cells(run).subspan(i, row_width), true);
      }
      StreamRows(run, i, row_width);
      return;
    }
    while (i < run.size() && HeaderWidth(run, i, caption_unit_) == 0) {
      const std::size_t row_end = std::min(run.size(), i + row_width);
      Row(Cells(run).subspan(i, row_end - i), true);
      i = row_end;
    }
  };
  while (i < run.size()) {
    if (!stream && ReadColumnsOneAfterAnother(run, i)) continue;
    // "序号 / 1 / 2 / 3 / 项目 / A / B / C / 全年预算数（元） / … " a cell a line: a summary with its projects
    // across, each row a label and a cell per project (ProjectsAcrossRow reads them).
    if (const std::size_t across = NumberedAcross(run, i); across >= 2) {
      std::size_t k = i + 1 + across;
      if (k + across < run.size() && (IsNameKey(run[k].text) || run[k].text == "项目")) {
        for (const GridCell& c : Cells(run).subspan(i, 1 + across)) Use(c);
        while (k + across < run.size() && !IsNumeric(run[k].text) && !run[k].text.empty() &&
               HeaderWidth(run, k, caption_unit_) == 0) {
          Row(Cells(run).subspan(k, 1 + across), true);
          k += 1 + across;
        }
        if (!projects_across_.empty()) FlushProjectsAcross();
        i = k;
        continue;
      }
    }
    // "项目名称 | 上年（2021年） | 本年（2022年） | 预算数 | 执行数 | 执行率 | 预算数 | …" a cell a line:
    // the row of year groups, then the columns under them; the rows are a name and those values.
    if (const std::size_t groups = YearGroupCells(run, i); groups >= 2) {
      std::size_t k = i + 1 + groups;
      while (k < run.size() && !IsNumeric(run[k].text) && IsMoneyRole(HeaderRole(run[k].text))) ++k;
      const std::size_t columns = k - (i + 1 + groups);
      if (columns >= groups && columns % groups == 0) {
        Row(Cells(run).subspan(i, 1 + groups), true);
        std::vector<GridCell> header{run[i]};
        header.insert(header.end(), run.begin() + static_cast<std::ptrdiff_t>(i + 1 + groups),
                      run.begin() + static_cast<std::ptrdiff_t>(k));
        Row(header, true);
        if (header_) {
          i = k;
          read_rows(header.size());
          continue;
        }
      }
    }
    const std::size_t width = HeaderWidth(run, i, caption_unit_);
      if (width == 0) {
      // "计划安排资金(万元)" over "1208.75": a label of money and its value, one cell per line,
      // the unit perhaps on a line of its own between them ("计划安排资金" / "(万元)" / "170").
      if (i + 1 < run.size() && !IsNumeric(run[i].text) && IsMoneyRole(HeaderRole(run[i].text))) {
        const bool unit_between = i + 2 < run.size() && IsUnitOnly(run[i + 1].text);
        const std::size_t value = i + (unit_between ? 2 : 1);
        if (IsNumeric(run[value].text) && HeaderWidth(run, value, caption_unit_) == 0) {
          const GridCell pair[] = {run[i], run[value]};
          const auto unit = unit_between ? HeaderUnit(run[i + 1].text) : std::nullopt;
          if (PairsRow(pair, unit)) {
            if (unit_between) Use(run[i + 1]);
            i = value + 1;
            continue;
          }
        }
      }
      Row(Cells(run).subspan(i, 1), false);
      ++i;
      continue;
    }
    Row(Cells(run).subspan(i, width), true);
    i += width;
    read_rows(width);
  }
}

namespace {

// A header cell of a table given column by column: a cell the lexicon gives a role, a name's key
// or 序号 (a satisfaction column by its last word).
bool HeadsAColumn(std::string_view t) {
  return !IsNumeric(t) && (HeaderRole(t) != Role::kNone || IsNameKey(t) || EndsWith(WithoutTrailingUnit(t), "满意度"));
}

// A cell among a column's cells: a figure, or words the lexicon gives no role.
bool IsColumnCell(std::string_view t) { return IsNumeric(t) || (HeaderRole(t) == Role::kNone && !IsNameKey(t)); }

// Past the cells from `at` naming levels of an indicator table (产出指标… for kLevel1, 数量指标… for
// kLevel2): a level column merged over its rows, shorter than the others.
// (成本指标 heads its own block in today's template and is a kind of output in older ones: a
// second-level name after 数量指标 and 质量指标.)
std::size_t PastLevelNames(const std::vector<GridCell>& run, std::size_t at, Role level) {
  while (at < run.size() &&
         (level == Role::kLevel1 ? IsLevel1(run[at].text) : IsLevel2(run[at].text) || run[at].text == "成本指标")) {
    ++at;
  }
  return at;
}

}  // namespace

bool GridReader::ReadLabelColumns(const std::vector<GridCell>& run, std::size_t& i) {
  // (A box's labels are a form's fields: no indicator table's header, whose first row would
  // follow it as its values.)
  const auto label = [](std::string_view t) {
    if (IsNumeric(t) || !AtMostCodePoints(t, 12)) return false;
    const Role r = HeaderRole(t);
    if (r == Role::kLevel1 || r == Role::kLevel2 || r == Role::kLevel3 || r == Role::kTarget || r == Role::kActual) return false;
    return r != Role::kNone || IsNameKey(t) || EndsWith(t, "满意度") ||
           ContainsAny(t, {"主管部门", "实施单位", "项目单位", "预算单位", "自评得分", "自评等级"});
  };
  // (The box opens with the project's name.)
  if (i >= run.size() || !IsNameKey(run[i].text)) return false;
  // The groups from i: k labels, then k values (none a label, figures among them).
  std::vector<std::pair<std::size_t, std::size_t>> groups;  // (start, k)
  for (std::size_t at = i; at < run.size();) {
    std::size_t k = 0;
    while (at + k < run.size() && label(run[at + k].text)) ++k;
    if (k < 3 || at + 2 * k > run.size()) break;
    std::size_t figures = 0;
    bool values = true;
    for (std::size_t v = at + k; v < at + 2 * k && values; ++v) {
      values = !label(run[v].text);
      figures += IsNumeric(run[v].text);
    }
    if (!values || figures < 2) break;
    groups.emplace_back(at, k);
    at += 2 * k;
  }
  if (groups.size() < 2) return false;
  for (const auto& [start, k] : groups) {
    for (std::size_t j = 0; j < k; ++j) {
      const GridCell pair[] = {run[start + j], run[start + k + j]};
      Row(pair, false);
    }
  }
  i = groups.back().first + 2 * groups.back().second;
  return true;
}

bool GridReader::ReadHeaderThenColumns(const std::vector<GridCell>& run, std::size_t& i) {
  std::size_t columns = 0;
  while (i + columns < run.size() && HeadsAColumn(run[i + columns].text)) ++columns;
  if (columns < 3) return false;
  std::vector<GridCell> header(run.begin() + static_cast<std::ptrdiff_t>(i),
                               run.begin() + static_cast<std::ptrdiff_t>(i + columns));
  const std::optional<Header> h = HeaderOf(header, caption_unit_, binder_.evaluation().year);
  if (!h) return false;
  // (An indicator table's levels merged over its rows give a shorter column each, its cells the
  // levels' names: read past, the rows' levels left unsaid.)
  std::size_t levels = 0, begin = i + columns;
  while (levels < h->roles.size() && (h->roles[levels] == Role::kLevel1 || h->roles[levels] == Role::kLevel2)) {
    begin = PastLevelNames(run, begin, h->roles[levels]);
    ++levels;
  }
  if (columns - levels < 3) return false;
  std::size_t end = begin;
  while (end < run.size() && IsColumnCell(run[end].text)) ++end;
  // (The cells up to a heading after the table: as many rows as fit.)
  std::size_t cells = end - begin;
  header.erase(header.begin(), header.begin() + static_cast<std::ptrdiff_t>(levels));
  columns -= levels;
  // Whether the cells read with `across` (true: row by row) give each column of figures (分值,
  // 得分, money, rates) figures only and each column of names words only.
  const std::vector<Role> roles = HeaderOf(header, caption_unit_, binder_.evaluation().year)->roles;
  const auto uniform = [&](std::size_t rows, bool across) {
    for (std::size_t c = 0; c < columns && c < roles.size(); ++c) {
      const Role r = roles[c];
      const bool figures = r == Role::kWeight || r == Role::kScore || r == Role::kBudget || r == Role::kExecuted ||
                           r == Role::kFiscal || r == Role::kRate || r == Role::kIndex;
      const bool words = r == Role::kName || r == Role::kLevel3;
      if (!figures && !words) continue;
      for (std::size_t k = 0; k < rows; ++k) {
        const std::string_view t = run[begin + (across ? k * columns + c : c * rows + k)].text;
        const bool figure = IsNumeric(t) || IsBlankValue(t);
        if (figure != figures) return false;
      }
    }
    return true;
  };
  for (; cells >= 2 * columns; --cells) {
    if (cells % columns != 0) continue;
    const std::size_t rows = cells / columns;
    if (!uniform(rows, false) || uniform(rows, true)) continue;
    Row(header, true);
    for (std::size_t r = 0; r < rows; ++r) {
      std::vector<GridCell> row;
      for (std::size_t c = 0; c < columns; ++c) row.push_back(run[begin + c * rows + r]);
      Row(row, true);
    }
    i = begin + cells;
    return true;
  }
  return false;
}

bool GridReader::ReadColumnsOneAfterAnother(const std::vector<GridCell>& run, std::size_t& i) {
  // (A long cell is a row's name whatever words it holds: 劳务报酬占中央资金比例.)
  const auto plain_cell = [](std::string_view t) { return IsColumnCell(t) || !AtMostCodePoints(t, 10); };
  if (i >= run.size() || !HeadsAColumn(run[i].text)) return false;
  constexpr std::size_t kMinColumns = 3, kMaxRows = 60;
  if (ReadLabelColumns(run, i)) return true;
  if (ReadHeaderThenColumns(run, i)) return true;
  // (An indicator table's levels merged over its rows come first, shorter columns of level names:
  // read past, the rows' levels left unsaid; the columns after them, from `first`, are the table.)
  const std::size_t start = i;
  std::size_t first = i;
  for (const Role level : {Role::kLevel1, Role::kLevel2}) {
    if (first >= run.size() || HeaderRole(run[first].text) != level) break;
    const std::size_t past = PastLevelNames(run, first + 1, level);
    if (past == first + 1) break;
    first = past;
  }
  if (first >= run.size() || !HeadsAColumn(run[first].text)) return false;
  std::size_t best_rows = 0, best_columns = 0;
  for (std::size_t rows = 2; rows <= kMaxRows && first + rows < run.size(); ++rows) {
    // (The first column's cells are its rows' names or numbers: none is a header.)
    bool cells_plain = true;
    for (std::size_t k = first + 1; k <= first + rows && cells_plain; ++k) cells_plain = plain_cell(run[k].text);
    if (!cells_plain) break;
    std::size_t columns = 1;
    for (std::size_t at = first + (rows + 1); at + rows < run.size() && HeadsAColumn(run[at].text); at += rows + 1) {
      bool plain = true;
      for (std::size_t k = at + 1; k <= at + rows && plain; ++k) plain = plain_cell(run[k].text);
      if (!plain) break;
      ++columns;
    }
    if (columns >= kMinColumns && columns > best_columns) best_rows = rows, best_columns = columns;
  }
  if (best_columns < kMinColumns) return false;
  // (Figures in some column: a table, not a list of headings.)
  bool figures = false;
  std::vector<GridCell> header;
  for (std::size_t c = 0; c < best_columns; ++c) {
    const std::size_t at = first + c * (best_rows + 1);
    header.push_back(run[at]);
    for (std::size_t k = at + 1; k <= at + best_rows; ++k) figures |= IsNumeric(run[k].text);
  }
  if (!figures || !HeaderOf(header, caption_unit_, binder_.evaluation().year)) return false;
  // (The rows' cells stand on lines of their own below the header: a name among them ending in
  // 项目 is no heading of the table; its project is the one named before the header.)
  const Subject before = table_project_;
  if (!table_project_ && hooks_.subject_named_at) {
    table_project_ = hooks_.subject_named_at(run[start].line, previous_table_end_ + 1, run[start].line);
  }
  Row(header, true);
  for (std::size_t r = 0; r < best_rows; ++r) {
    std::vector<GridCell> row;
    for (std::size_t c = 0; c < best_columns; ++c) row.push_back(run[first + c * (best_rows + 1) + 1 + r]);
    Row(row, true);
  }
  table_project_ = before;
  i = first + best_columns * (best_rows + 1);
  return true;
}

// Under an indicator header, rows cut at a fixed width have their levels (产出指标, 质量指标)
// in their first two cells only; a level further in means cells were dropped.
bool GridReader::LevelsFit(const std::vector<GridCell>& run, std::size_t begin, std::size_t end,
                           std::size_t width) const {
  if (!header_ || header_->kind != TableKind::kIndicators || width < 3) return true;
  for (std::size_t k = begin; k < end; ++k) {
    if ((k - begin) % width >= 2 && (IsLevel1(run[k].text) || IsLevel2(run[k].text))) return false;
    // (Nor may words stand where a row's points do in a table of several projects' indicators:
    // a project's name merged over its rows left those rows a cell short.)
    // (A caption cell opening the header, "附表2：…表", heads no column of the rows.)
    if (header_->roles.size() < width || !header_->has(Role::kName)) continue;
    const Role role = header_->roles[(k - begin) % width + (header_->roles.size() - width)];
    if ((role == Role::kWeight || role == Role::kScore) && !IsNumeric(run[k].text) && !IsBlankValue(run[k].text)) {
      return false;
    }
  }
  return true;
}

// Rows of a flattened table: labels, then values; a row ends when it has a value for every
// value column (the reason aside) or when a label follows its values.
void GridReader::StreamRows(const std::vector<GridCell>& run, std::size_t& i, std::size_t width) {
  std::size_t needed = 0;
  if (header_) {
    for (Role r : header_->roles) needed += IsValueRole(r) && r != Role::kReason && r != Role::kGrade;
  }
  // (Under an indicator header naming no points, a row may go on with its points and score: it
  // ends at the next row's label.)
  if (header_ && header_->kind == TableKind::kIndicators && !header_->has(Role::kWeight) &&
      !header_->has(Role::kScore) && !header_->has(Role::kReason)) {
    needed += 2;
  }
  if (needed == 0) needed = width;
  std::vector<GridCell> row;
  std::size_t values = 0;
  auto emit = [&]() {
    if (!row.empty()) Row(row, false);
    row.clear();
    values = 0;
  };
  const bool indexed = header_ && !header_->roles.empty() && header_->roles.front() == Role::kIndex;
  const bool reason = header_ && header_->kind == TableKind::kIndicators && header_->roles.back() == Role::kReason;
  while (i < run.size() && HeaderWidth(run, i, caption_unit_) == 0) {
    const GridCell& cell = run[i++];
    // A row number right before a name starts the next row, after a row of labels only (a
    // group heading such as "一 | 项目绩效评价").
    const bool next_is_label = i < run.size() && !IsNumeric(run[i].text) && !IsBlankValue(run[i].text);
    if (indexed && !row.empty() && values == 0 && IsRowNumber(cell.text) && next_is_label) emit();
    const bool index = indexed && row.empty() && IsNumeric(cell.text);
    const bool value = !index && (IsNumeric(cell.text) || IsBlankValue(cell.text) || IsGrade(cell.text));
    // Words after an indicator row's values, under a reason column, are its reason (无, 受天气
    //影响…), unless they name a level (质量指标) and so start the next row.
    if (!value && values > 0 && reason && !IsLevel1(cell.text) && !IsLevel2(cell.text)) {
      row.push_back(cell);
      emit();
      continue;
    }
    if (!value && values > 0) emit();
    row.push_back(cell);
    if (value && ++values == needed) {
      // Under a reason column the words right after the values are the row's reason (无, 受天气
      // 影响…), unless they name a level or a value follows them (the next row's indicator).
      if (reason && i < run.size() && HeaderWidth(run, i, caption_unit_) == 0) {
        auto is_value = [&](std::size_t k) {
          return k < run.size() && (IsNumeric(run[k].text) || IsBlankValue(run[k].text) || IsGrade(run[k].text));
        };
        // Words without a value after them may still be the next indicator's name before its
        // qualitative target ("经费支出合规性 | 严格执行相关制度规定"): a reason says "无", is
        // written as a sentence, or is followed by the next row's level.
        const std::string_view words = run[i].text;
        const bool level_next = i + 1 < run.size() && (IsLevel1(run[i + 1].text) || IsLevel2(run[i + 1].text));
        const bool reason_like = words == "无" || words == "/" || ContainsAny(words, {"，", "。", "；", ",", ";"}) ||
                                 level_next || i + 1 == run.size();
        if (reason_like && !is_value(i) && !is_value(i + 1) && !IsLevel1(words) && !IsLevel2(words)) {
          row.push_back(run[i++]);
        }
      }
      emit();
    }
  }
  emit();
}

// A table cell longer than this, with clause breaks and figures, is sentences.
constexpr std::size_t kProseCellChars = 30;

void GridReader::Run() {
  for (std::size_t i = 0; i < document_.lines.size(); ++i) {
    const TextLine& line = document_.lines[i];
    std::vector<GridCell> cells = line.is_table_row() ? std::vector<GridCell>{} : SplitRow(document_, i, !closing_pipes_[i]);
    const bool separated = line.text.find('\t') != std::string::npos || line.text.find('|') != std::string::npos;
    // A whole table flattened into one line of short space-separated cells: a stream of cells,
    // no sentence.
    if (!separated && cells.size() >= kStreamTokens && StandsAsCells(cells)) {
      Break();
      run_ = std::move(cells);
      FlushRun(true);
      Break();
      continue;
    }
    // (A table's cell may hold sentences: "主要绩效指标完成情况 | ①X：目标≥13家，实际完成13家，得23分；
    // ②…". Its row is read as text too.)
    // (A row of one cell — a sheet's line of text, "实际支出: 172.2283 万元" — is text as well.)
    const bool prose_cell =
        line.is_table_row() &&
        (std::any_of(line.cells.begin(), line.cells.end(),
                     [](const std::string& c) {
                       return LongerThan(c, kProseCellChars) && ContainsAny(c, {"，", "；", "。"}) &&
                              c.find_first_of("0123456789") != std::string::npos;
                     }) ||
         std::count_if(line.cells.begin(), line.cells.end(), [](const std::string& c) { return !TrimSpace(c).empty(); }) == 1);
    // (A summary with its projects across, its rows gathered so far, is read before the text after
    // it: a caption there names one of its projects, "表2 电子交易平台运行维护经费绩效指标完成情况".)
    if (!line.is_table_row() && cells.size() <= 1 && !projects_across_.empty()) FlushProjectsAcross();
    if ((!line.is_table_row() || prose_cell) && hooks_.text_line) hooks_.text_line(i);
    if (!line.is_table_row()) {
      if (auto u = TrailingUnit(line.text)) caption_unit_ = u;
      // "表3 评标专家库管理经费绩效指标完成情况": a table's numbered caption ends the table before it
      // (split at its space it read as an indicator row named 表3).
      if (IsNumberedCaption(line.text)) {
        Break();
        continue;
      }
    }
    if (line.is_table_row()) {
      FlushRun();
      std::vector<GridCell> row;
      // TextLine::text is the cells joined by tabs: each cell's place in it, for provenance.
      std::size_t at = 0;
      for (const std::string& cell : line.cells) {
        const std::string_view trimmed = TrimSpace(cell);
        row.push_back({trimmed, i, at + static_cast<std::size_t>(trimmed.data() - cell.data())});
        at += cell.size() + 1;
      }
      FoldFigureAndUnit(row);
      row_line_ = true;
      Row(row, true);
      row_line_ = false;
      continue;
    }
    // "序号 |": one cell of a table written a cell per line; "| 1 | 名称 | 60 |" is a whole row.
    const std::string_view trimmed = TrimSpace(line.text);
    // ("转移支付(项目)名称 | X | ||||": two cells with text, a row whose closing cells are empty.)
    const auto filled = std::count_if(cells.begin(), cells.end(), [](const GridCell& c) { return !c.text.empty(); });
    const bool pipe_cell = EndsWith(trimmed, "|") && !(StartsWith(trimmed, "|") && cells.size() >= 3) && filled < 2;
    // "| --- | :---: |": a Markdown table's rule under its header, no row.
    const bool rule = !cells.empty() && std::all_of(cells.begin(), cells.end(), [](const GridCell& c) {
      return c.text.find_first_not_of("-: ") == std::string_view::npos;
    });
    if (rule) continue;
    // "计划安排资金 (万元)": a label and its unit, one cell.
    const bool labelled_unit = !separated && cells.size() == 2 && IsUnitOnly(cells[1].text);
    if (cells.size() >= 2 && !pipe_cell && !labelled_unit) {
      FlushRun();
      std::vector<std::size_t> columns;  // where each cell starts, in display columns
      if (!separated) {
        for (const GridCell& c : cells) columns.push_back(DisplayWidth(std::string_view(line.text).substr(0, c.offset)));
      }
      const std::size_t serial = header_serial_;
      row_line_ = true;
      if (std::vector<GridCell> placed; !separated && PlaceByColumns(cells, columns, placed)) {
        Row(placed, true);
      } else {
        // A line of indicator cells, one for every column, binds by column however its cells
        // were separated (runs of spaces).
        const bool whole = header_ && header_->kind == TableKind::kIndicators && cells.size() == header_->roles.size();
        // A tab-separated row's empty cells hold its columns' places only in a row as wide as the
        // header above; in any other row (cells a merged cell or a page left out) they are none.
        const bool tabs = line.text.find('\t') != std::string::npos && line.text.find('|') == std::string::npos;
        if (tabs && !(header_ && cells.size() == header_->roles.size())) {
          std::erase_if(cells, [](const GridCell& c) { return c.text.empty(); });
        }
        Row(cells, separated || whole);
      }
      row_line_ = false;
      // (Only a header laid out in columns, with a wide gap of spaces somewhere, lines its rows up.)
      if (header_serial_ != serial) {
        header_columns_.clear();
        if (!separated && Find(line.text, "   ") != std::string::npos) header_columns_ = columns;
      }
      continue;
    }
    const std::string_view text = TrimTrailing(TrimSpace(line.text), "| ");
    if (text.empty()) continue;  // blank lines separate cells, they do not end tables
    std::vector<GridCell> tokens;
    if (static_cast<std::size_t>(std::count(line.text.begin(), line.text.end(), ' ')) + 1 >= kStreamTokens) {
      tokens = Tokens(document_, i);
    }
    if (tokens.size() >= kStreamTokens) {
      Break();
      run_ = std::move(tokens);
      FlushRun(true);
      Break();
      continue;
    }
    // A numbered heading after a table written as rows ("二、绩效目标完成情况" after a pipe table)
    // is no cell of it: it ends the table (cells one per line belong to tables written so).
    // (Unless the table's rows go on right after it: "一、留坝县司法局（4个项目）" grouping a summary's
    // rows, a sheet's merged row read as a line of its own.)
    if (header_ && header_written_as_row_ && run_.empty() && !EndsWith(trimmed, "|") &&
        ReadHeadingMarker(trimmed).found()) {
      const bool rows_go_on = i + 1 < document_.lines.size() && document_.lines[i + 1].is_table_row() &&
                              document_.lines[i + 1].cells.size() == header_->roles.size();
      if (!rows_go_on) Break();
      continue;
    }
    // ("该项目主要绩效指标完成情况如下表：": a sentence leading to the table below, no cell of it;
    // nor is a label of money with its figure after a colon, "全年预算数（万元）：171.97": a slide's card
    // under the next project's heading, after the table before.)
    // (Nor, under a table written as rows, a field with its value: "主要指标：X≤14天/13天".)
    const bool leads_in = ((EndsWith(text, "：") || EndsWith(text, ":")) && !AtMostCodePoints(text, 10)) ||
                          IsLabelledMoneyFigure(text) || OpensSentenceBelow(i, text) ||
                          (header_ && header_written_as_row_ && run_.empty() && IsFieldAndValue(text) &&
                           ContainsAny(text, {"；", "，", "/", "／"}));
    if ((AtMostCodePoints(text, kCellMax) && Find(text, "。") == std::string_view::npos && !leads_in) || ReasonCellNext(text)) {
      run_.push_back({TrimSpace(text), i, static_cast<std::size_t>(TrimSpace(text).data() - line.text.data())});
      continue;
    }
    if (LongIndicatorRow(i)) continue;
    // "1　X　47,580　47,150　99.1%" / "　　主要指标：…" / "2　Y　…": a line of prose under each numbered
    // row of a table written as rows, the rows going on after it, is no end of the table.
    if (header_ && header_written_as_row_ && run_.empty() && NumberedRowsGoOnAfter(i)) continue;
    Break();
  }
  Break();
}

bool GridReader::NumberedRowsGoOnAfter(std::size_t line) const {
  for (std::size_t j = line + 1; j < document_.lines.size() && j <= line + 2; ++j) {
    if (TrimSpace(document_.lines[j].text).empty()) continue;
    const std::vector<GridCell> cells = SplitRow(document_, j);
    return cells.size() == header_->roles.size() && !cells.empty() && AllAsciiDigits(cells[0].text);
  }
  return false;
}

}  // namespace

void ReadGridTables(const TextDocument& document, Binder& binder, std::vector<bool>& used, const GridHooks& hooks) {
  GridReader(document, binder, used, hooks).Run();
}

}  // namespace jixiao::parse
