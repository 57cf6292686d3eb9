#include "ingest/parse_tables.h"

#include "ingest/parse_amounts.h"
#include "ingest/parse_department.h"
#include "ingest/parse_flat_table.h"
#include "ingest/parse_scan.h"

namespace jixiao::parse {
namespace {

enum class Column {
  kNone, kInitial, kBudget, kExecuted, kRate, kWeight, kScore, kReason,
  kLevel1, kLevel2, kName, kNature, kTarget, kUnit, kActual,
};
enum class FundsRow { kNone, kTotal, kFiscal, kOther };

struct Token {
  std::string_view text;
  std::size_t paragraph = 0;
  int row = -1;  // real table rows: the row's ordinal; one-cell-per-line: -1
};

Column FundsColumn(std::string_view t) {
  if (t.empty() || ContainsAny(t, {"情况", "分)", "分）"})) return Column::kNone;
  if (Contains(t, "年初")) return Column::kInitial;
  if (ContainsAny(t, {"执行率", "完成率"})) return Column::kRate;
  if (ContainsAny(t, {"执行数", "实际支出", "完成数", "支出数"})) return Column::kExecuted;
  if (ContainsAny(t, {"预算数", "调整后预算", "全年预算"})) return Column::kBudget;
  if (ContainsAny(t, {"分值", "权重"})) return Column::kWeight;
  if (t == "得分") return Column::kScore;
  if (ContainsAny(t, {"原因", "说明"}) && !LongerThan(t, 12)) return Column::kReason;
  return Column::kNone;
}

Column IndicatorColumn(std::string_view t) {
  if (t.empty() || LongerThan(t, 14)) return Column::kNone;
  if (Contains(t, "一级指标")) return Column::kLevel1;
  if (Contains(t, "二级指标")) return Column::kLevel2;
  if (Contains(t, "三级指标")) return Column::kName;
  if (ContainsAny(t, {"性质", "符号"})) return Column::kNature;
  if (ContainsAny(t, {"单位"})) return Column::kUnit;
  if (ContainsAny(t, {"完成值", "实际值", "完成情况"})) return Column::kActual;
  if (ContainsAny(t, {"指标值", "目标值"})) return Column::kTarget;
  if (ContainsAny(t, {"分值", "权重"})) return Column::kWeight;
  if (t == "得分") return Column::kScore;
  if (ContainsAny(t, {"原因", "偏差", "措施"})) return Column::kReason;
  return Column::kNone;
}

FundsRow RowKind(std::string_view t) {
  if (t.empty() || LongerThan(t, 24)) return FundsRow::kNone;
  if (ContainsAny(t, {"总额", "合计", "总计", "小计"})) return FundsRow::kTotal;
  if (ContainsAny(t, {"其他", "单位资金", "专户", "自筹", "社会"})) return FundsRow::kOther;
  if (ContainsAny(t, {"财政", "拨款", "补助"})) return FundsRow::kFiscal;
  return FundsRow::kNone;
}

bool IsBlankValue(std::string_view t) { return t.empty() || t == "/" || t == "-" || t == "—" || t == "／"; }
bool IsValueToken(std::string_view t) { return IsBlankValue(t) || ParsePercentText(t) || ParseMoneyCell(t, MoneyUnit::kYuan); }
bool IsLevel1(std::string_view t) { return t == "产出指标" || t == "效益指标" || t == "满意度指标" || t == "成本指标"; }
bool IsLevel2(std::string_view t) { return !IsLevel1(t) && EndsWith(t, "指标") && !LongerThan(t, 12); }
bool IsTableEnd(std::string_view t) {
  return ContainsAny(t, {"合计", "总分", "评价结论", "存在问题", "改进措施", "项目负责人", "财务负责人"});
}

// Reads the tokens of one table: info cells, the funds block and the indicator block.
class CellTableReader {
 public:
  CellTableReader(ParseContext& ctx, ProjectsParser& projects, std::vector<Token> tokens)
      : ctx_(ctx), projects_(projects), tokens_(std::move(tokens)) {}

  void Run() {
    for (i_ = 0; i_ < tokens_.size();) {
      if (Info() || Funds() || Indicators() || Caption()) continue;
      if (!tokens_[i_].text.empty()) ctx_.Unrecognized(tokens_[i_].paragraph);
      ++i_;
    }
  }

 private:
  std::string_view At(std::size_t i) const { return i < tokens_.size() ? tokens_[i].text : std::string_view(); }
  Project& project() {
    return ctx_.evaluation().projects[projects_.CurrentOrNew(tokens_[i_].paragraph, "")];
  }
  void Record(std::string_view field, std::size_t token) {
    const std::size_t p = tokens_[token].paragraph;
    const std::string_view whole = ctx_.paragraph(p).text;
    const std::string_view t = tokens_[token].text;
    const std::size_t offset = t.data() >= whole.data() && t.data() < whole.data() + whole.size() + 1
                                   ? static_cast<std::size_t>(t.data() - whole.data())
                                   : 0;
    ctx_.Record(Pointer("/projects", projects_.CurrentOrNew(p, ""), field), p, offset, t.size());
  }

  bool Info();
  // A short cell naming the table's money unit ("项目资金(万元)").
  bool Caption() {
    const auto unit = HeaderUnit(At(i_));
    if (!unit || LongerThan(At(i_), 16)) return false;
    unit_ = *unit;
    ctx_.MarkUsed(tokens_[i_++].paragraph);
    return true;
  }
  bool Funds();
  void FundsRowValues(FundsRow kind, std::size_t label, const std::vector<Column>& columns);
  bool Indicators();
  void IndicatorRow(const std::vector<Column>& columns, std::size_t begin, std::size_t count, Indicator& previous);

  ParseContext& ctx_;
  ProjectsParser& projects_;
  std::vector<Token> tokens_;
  std::size_t i_ = 0;
  MoneyUnit unit_ = MoneyUnit::kYuan;
};

bool CellTableReader::Info() {
  const std::string t = RemoveSpaces(At(i_));
  Evaluation& ev = ctx_.evaluation();
  if (ContainsAny(t, {"自评表", "评价表"}) && !LongerThan(t, 60)) {
    if (!ev.year) ev.year = YearIn(t);
    ctx_.MarkUsed(tokens_[i_++].paragraph);
    return true;
  }
  const bool name = t == "项目名称", department = EndsWith(t, "主管部门") || t == "预算单位";
  const bool unit = StartsWith(t, "实施单位");
  if (!name && !department && !unit) return false;
  const std::size_t value = i_ + 1;
  const std::size_t p = value < tokens_.size() ? tokens_[value].paragraph : tokens_[i_].paragraph;
  if (name && value < tokens_.size()) {
    std::string_view code;
    const std::string_view bare = WithoutProjectCode(At(value), &code);
    const std::string_view whole = ctx_.paragraph(p).text;
    const std::size_t index = projects_.Start(p, static_cast<std::size_t>(bare.data() - whole.data()), bare.size());
    if (!code.empty()) {
      std::string json;
      AppendJsonString(json, code);
      ev.projects[index].extras.emplace_back("code", json);
    }
  } else if ((department || !ev.unit.name) && !At(value).empty()) {
    ev.unit.name = std::string(At(value));
    ctx_.Record("/unit/name", p, 0, 0);
  }
  i_ = value + 1;
  return true;
}

bool CellTableReader::Funds() {
  if (FundsColumn(At(i_)) == Column::kNone) return false;
  std::vector<Column> columns;
  std::size_t j = i_;
  for (; j < tokens_.size(); ++j) {
    const Column c = FundsColumn(At(j));
    if (c == Column::kNone) break;
    if (const auto unit = HeaderUnit(At(j))) unit_ = *unit;
    const Column next = FundsColumn(At(j + 1));
    if (HeaderUnit(At(j)) && (next == Column::kInitial || next == Column::kBudget)) continue;  // a group title
    columns.push_back(c);
  }
  if (columns.size() < 3) return false;
  for (std::size_t k = i_; k < j; ++k) ctx_.MarkUsed(tokens_[k].paragraph);
  i_ = j;
  while (i_ < tokens_.size()) {
    const FundsRow kind = RowKind(At(i_));
    if (kind == FundsRow::kNone) {
      if (RowKind(At(i_ + 1)) == FundsRow::kNone) break;
      ctx_.Unrecognized(tokens_[i_++].paragraph);  // a note between rows
      continue;
    }
    FundsRowValues(kind, i_, columns);
  }
  return true;
}

void CellTableReader::FundsRowValues(FundsRow kind, std::size_t label, const std::vector<Column>& columns) {
  ctx_.MarkUsed(tokens_[label].paragraph);
  std::size_t j = label + 1;
  for (std::size_t k = 0; k < columns.size() && j < tokens_.size() && IsValueToken(At(j)); ++k, ++j) {
    ctx_.MarkUsed(tokens_[j].paragraph);
    if (tokens_[label].row >= 0 && tokens_[j].row != tokens_[label].row) break;
    const std::string_view v = At(j);
    Project& p = project();
    if (columns[k] == Column::kRate && kind == FundsRow::kTotal) {
      if (auto rate = ParsePercentText(v); rate && !p.execution_rate_stated) {
        p.execution_rate_stated = *rate;
        Record("execution_rate_stated", j);
      }
      continue;
    }
    const auto money = IsBlankValue(v) ? std::nullopt : ParseMoneyCell(v, unit_);
    if (!money) continue;
    if (kind == FundsRow::kTotal && columns[k] == Column::kBudget && !p.budget.total) {
      p.budget.total = *money, Record("budget/total", j);
    } else if (kind == FundsRow::kTotal && columns[k] == Column::kExecuted && !p.executed) {
      p.executed = *money, Record("executed", j);
    } else if (kind == FundsRow::kTotal && columns[k] == Column::kInitial) {
      p.budget.extras.emplace_back("initial", JsonMoney(*money));
      Record("budget/initial", j);
    } else if (kind == FundsRow::kFiscal && columns[k] == Column::kBudget && !p.budget.fiscal) {
      p.budget.fiscal = *money, Record("budget/fiscal", j);
    } else if (kind == FundsRow::kOther && columns[k] == Column::kBudget) {
      p.budget.other = p.budget.other.value_or(Money()) + *money;
      Record("budget/other", j);
    }
  }
  i_ = j;
}

bool CellTableReader::Indicators() {
  if (IndicatorColumn(At(i_)) != Column::kLevel1) return false;
  std::vector<Column> columns;
  std::size_t j = i_;
  for (; j < tokens_.size() && IndicatorColumn(At(j)) != Column::kNone; ++j) {
    columns.push_back(IndicatorColumn(At(j)));
    ctx_.MarkUsed(tokens_[j].paragraph);
  }
  if (columns.size() < 5) return false;
  i_ = j;
  Indicator previous;
  const std::size_t width = columns.size();
  while (i_ < tokens_.size() && !IsTableEnd(At(i_))) {
    std::size_t count = 0;
    if (tokens_[i_].row >= 0) {
      while (i_ + count < tokens_.size() && tokens_[i_ + count].row == tokens_[i_].row) ++count;
    } else {
      count = IsLevel1(At(i_)) ? width : IsLevel2(At(i_)) ? width - 1 : width - 2;
    }
    count = std::min({count, width, tokens_.size() - i_});
    IndicatorRow(columns, i_, count, previous);
    i_ += count;
  }
  while (i_ < tokens_.size() && Contains(At(i_), "合计")) {  // the total row and its figures
    ctx_.MarkUsed(tokens_[i_++].paragraph);
    while (i_ < tokens_.size() && IsValueToken(At(i_))) ctx_.MarkUsed(tokens_[i_++].paragraph);
  }
  return true;
}

void CellTableReader::IndicatorRow(const std::vector<Column>& columns, std::size_t begin, std::size_t count,
                                   Indicator& previous) {
  Indicator ind;
  ind.level1 = previous.level1, ind.level2 = previous.level2;
  const std::size_t skip = columns.size() - count;
  std::size_t name_token = begin, target_token = begin;
  for (std::size_t k = 0; k < count; ++k) {
    const std::string_view v = At(begin + k);
    ctx_.MarkUsed(tokens_[begin + k].paragraph);
    switch (columns[skip + k]) {
      case Column::kLevel1: if (!v.empty()) ind.level1 = std::string(v); break;
      case Column::kLevel2: if (!v.empty()) ind.level2 = std::string(v); break;
      case Column::kName: ind.name = std::string(v), name_token = begin + k; break;
      case Column::kNature:
        if (Contains(v, "定性")) ind.qualitative = true;
        if (!v.empty()) ind.comparator = ComparatorFromSymbol(v);
        break;
      case Column::kTarget: SetIndicatorValue(ind, ParseCellValue(v), true), target_token = begin + k; break;
      case Column::kActual: SetIndicatorValue(ind, ParseCellValue(v), false); break;
      case Column::kUnit: if (!IsBlankValue(v)) ind.unit = std::string(v); break;
      case Column::kWeight: if (auto w = ParseFixed<Points>(v)) ind.weight = *w; break;
      case Column::kScore: if (auto s = ParseFixed<Points>(v)) ind.score_stated = *s; break;
      case Column::kReason: if (!IsBlankValue(v)) ind.deviation_reason = std::string(v); break;
      default: break;
    }
  }
  previous = ind;
  if (ind.name.empty()) return;
  const std::size_t n = project().indicators.size();
  Record("indicators/" + std::to_string(n) + "/name", name_token);
  Record("indicators/" + std::to_string(n) + "/target", target_token);
  project().indicators.push_back(std::move(ind));
}

}  // namespace

std::optional<int> YearIn(std::string_view text) {
  for (std::size_t at = Find(text, "20"); at != std::string_view::npos; at = Find(text, "20", at + 1)) {
    const auto n = ReadNumber(text, at);
    if (n && n->text.size() == 4 && StartsWith(text.substr(n->end), "年")) return std::stoi(n->text);
  }
  return std::nullopt;
}

CellValue ParseCellValue(std::string_view cell) {
  CellValue out;
  cell = TrimSpace(cell);
  if (IsBlankValue(cell)) return out;
  static constexpr std::string_view kSymbols[] = {"≥", ">=", "≤", "<=", "＞", "＜", ">", "<", "＝", "="};
  for (std::string_view s : kSymbols) {
    if (StartsWith(cell, s)) {
      out.comparator = ComparatorFromSymbol(s == ">=" ? "≥" : s == "<=" ? "≤" : s);
      cell = TrimSpace(cell.substr(s.size()));
      break;
    }
  }
  const auto number = ReadNumber(cell, 0);
  auto quantity = number ? ParseFixed<Quantity>(number->text) : Result<Quantity>(tl::unexpected(Error{}));
  if (!quantity) {
    out.text = std::string(cell);
    return out;
  }
  out.number = *quantity;
  const std::string_view rest = TrimSpace(cell.substr(number->end));
  if (!rest.empty()) out.unit = std::string(rest == "％" ? "%" : rest);
  return out;
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
  if (ContainsAny(text, {"(万元)", "（万元）", "单位：万元", "单位:万元"})) return MoneyUnit::kWan;
  if (ContainsAny(text, {"(元)", "（元）", "单位：元", "单位:元"})) return MoneyUnit::kYuan;
  return std::nullopt;
}

std::string_view WithoutProjectCode(std::string_view name, std::string_view* code) {
  name = TrimSpace(name);
  std::size_t pos = 0;
  while (pos < name.size() && std::isalnum(static_cast<unsigned char>(name[pos]))) ++pos;
  if (pos >= 10 && pos < name.size() && (name[pos] == '-' || name[pos] == '_')) {
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
    if (!StartsFlatTable(text)) return false;
  }
  flat_.push_back(index);
  ctx_.MarkUsed(index);
  return true;
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
  std::vector<Token> tokens;
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
    for (const std::string& cell : para.cells) {
      const std::size_t at = cell.empty() ? std::string_view::npos : text.find(cell, from);
      tokens.push_back({at == std::string_view::npos ? text.substr(std::min(from, text.size()), 0) : text.substr(at, cell.size()),
                        p, row});
      if (at != std::string_view::npos) from = at + cell.size();
    }
    ++row;
  }
  for (std::size_t p : pending_) ctx_.MarkUsed(p);
  pending_.clear();
  CellTableReader(ctx_, projects_, std::move(tokens)).Run();
}

}  // namespace jixiao::parse
