#include "ingest/parse/cell_table.h"

#include <algorithm>
#include <limits>

#include "core/money.h"
#include "ingest/parse/amounts.h"
#include "ingest/parse/department.h"
#include "ingest/parse/lexicon.h"
#include "ingest/parse/merge.h"
#include "ingest/parse/scan.h"
#include "ingest/parse/table_columns.h"
#include "ingest/parse/tables.h"

namespace jixiao::parse {
namespace {

// A column of a list of projects: the funds words of the 自评表 (FundsColumn), or any money
// column the shared lexicon names (下达金额, 已支付, 支付率).
Column ListColumnOf(std::string_view header) {
  if (const Column c = FundsColumn(header); c != Column::kNone) return c;
  switch (ColumnRole(RemoveSpaces(header))) {
    case Role::kInitial: return Column::kInitial;
    case Role::kBudget: return Column::kBudget;
    case Role::kExecuted: return Column::kExecuted;
    case Role::kRate: return Column::kRate;
    default: return Column::kNone;
  }
}

constexpr std::size_t kMaxTitleChars = 60;
constexpr std::size_t kMaxCaptionChars = 16;

class CellTableReader {
 public:
  CellTableReader(ParseContext& ctx, ProjectsParser& projects, std::vector<TableToken> tokens, TableScope scope,
                  std::optional<MoneyUnit> unit)
      : ctx_(ctx),
        projects_(projects),
        tokens_(std::move(tokens)),
        scope_(scope),
        had_unit_(ctx.evaluation().unit.name.has_value()),
        unit_(unit.value_or(MoneyUnit::kYuan)) {}

  void Run() {
    for (i_ = 0; i_ < tokens_.size();) {
      if (Info() || Funds() || Indicators() || Caption()) continue;
      Skip(i_++);
    }
  }

 private:
  std::string_view At(std::size_t i) const { return i < tokens_.size() ? tokens_[i].text : std::string_view(); }
  bool SameRow(std::size_t a, std::size_t b) const {
    return b < tokens_.size() && tokens_[a].row >= 0 && tokens_[a].row == tokens_[b].row;
  }
  // One past the last token of the row holding token `i` (i + 1 for one cell per line).
  std::size_t RowStart(std::size_t i) const {
    std::size_t start = i;
    while (start > 0 && SameRow(i, start - 1)) --start;
    return start;
  }
  std::size_t RowEnd(std::size_t i) const {
    std::size_t end = i + 1;
    while (SameRow(i, end)) ++end;
    return end;
  }
  TableSite Site(std::size_t token) const;
  void Use(std::size_t token) { ctx_.MarkUsed(tokens_[token].paragraph); }
  void Skip(std::size_t token) {
    if (!IsBlankValue(At(token))) Report(tokens_[token].paragraph);
  }
  // Text the table reader could not place, reported once per paragraph.
  void Report(std::size_t paragraph) {
    if (paragraph == reported_) return;
    reported_ = paragraph;
    ctx_.Unrecognized(paragraph);
  }
  bool department() const { return scope_ == TableScope::kDepartment; }
  // (At the table's end, i_ is past its last token: the project is the last token's paragraph's.)
  std::size_t ProjectIndex() {
    return projects_.CurrentOrNew(tokens_.empty() ? 0 : tokens_[std::min(i_, tokens_.size() - 1)].paragraph, "");
  }
  Project& project() { return ctx_.evaluation().projects[ProjectIndex()]; }
  std::string ProjectPointer(std::string_view field) { return Pointer("/projects", ProjectIndex(), field); }
  static std::string What(const Project& p, std::string_view figure) {
    return "项目“" + p.name + "”的" + std::string(figure);
  }

  bool Info();
  void ProjectName(std::size_t value);
  void UnitName(std::string_view key, std::size_t value);
  bool Caption();
  bool Funds();
  void FundsRowValues(FundsRow kind, std::size_t label, const std::vector<Column>& columns);
  bool IsReason(std::size_t label, std::size_t token, Column column) const;
  void Reason(std::size_t token);
  void ProjectFigure(FundsRow kind, Column column, std::size_t token);
  void DepartmentFigure(Column column, std::size_t token);
  void FinishOther();
  bool NamesColumns(std::size_t key) const;
  bool ProjectList();
  bool ListsProject(std::size_t begin, std::size_t end) const;
  struct ListColumn {
    Column column = Column::kNone;
    FundsRow part = FundsRow::kNone;  // 其中：财政拨款 / 其他资金: a part of the budget
  };
  void ProjectListRow(const std::vector<ListColumn>& columns, std::size_t name_at, std::size_t begin, std::size_t end);
  void DepartmentListRow(const std::vector<ListColumn>& columns, std::size_t begin, std::size_t end);
  bool Indicators();
  void IndicatorRow(const std::vector<Column>& columns, std::size_t begin, std::size_t count, Indicator& previous);
  void AddIndicator(Indicator ind, std::size_t name_token, std::size_t target_token);
  void TotalRows();

  ParseContext& ctx_;
  ProjectsParser& projects_;
  std::vector<TableToken> tokens_;
  TableScope scope_;
  const bool had_unit_;  // the unit was named before this table (the title): tables do not rename it
  std::size_t i_ = 0;
  MoneyUnit unit_ = MoneyUnit::kYuan;
  std::optional<Money> other_;  // the 其他资金 rows of the funds block, summed
  std::size_t other_token_ = 0;
  std::size_t reported_ = std::numeric_limits<std::size_t>::max();
};

TableSite CellTableReader::Site(std::size_t token) const {
  const std::size_t p = tokens_[token].paragraph;
  const std::string_view whole = ctx_.paragraph(p).text;
  const std::string_view t = tokens_[token].text;
  const bool inside = t.data() >= whole.data() && t.data() <= whole.data() + whole.size();
  return {p, inside ? static_cast<std::size_t>(t.data() - whole.data()) : 0, t.size()};
}

bool CellTableReader::Info() {
  const std::string t = RemoveSpaces(At(i_));
  Evaluation& ev = ctx_.evaluation();
  if (ContainsAny(t, {"自评表", "评价表"}) && !LongerThan(t, kMaxTitleChars)) {
    if (!ev.year) ev.year = YearIn(t);
    if (const TableScope scope = ScopeOfTitle(t); scope != TableScope::kUnknown) scope_ = scope;
    Use(i_++);
    return true;
  }
  const bool name = t == "项目名称" || t == "专项名称" || t == "专项资金名称";
  const bool unit =
      EndsWith(t, "主管部门") || t == "预算单位" || t == "单位名称" || t == "部门名称" || StartsWith(t, "实施单位");
  if (!name && !unit) return false;
  if (name && NamesColumns(i_)) return ProjectList();
  Use(i_);
  // (Empty cells between the key and its value are a merged key cell's: "项目名称 | | X |".)
  std::size_t value = i_ + 1;
  while (value < tokens_.size() && At(value).empty() && SameRow(i_, value) && SameRow(i_, value + 1)) ++value;
  if (value < tokens_.size()) {
    Use(value);
    if (name) ProjectName(value);
    if (unit) UnitName(t, value);
  }
  i_ = value + 1;
  return true;
}

void CellTableReader::ProjectName(std::size_t value) {
  std::string_view code;
  const std::string_view bare = WithoutProjectCode(At(value), &code);
  const std::size_t offset = Site(value).offset + static_cast<std::size_t>(bare.data() - At(value).data());
  bool merged = false;
  const std::size_t index = projects_.ForTable(tokens_[value].paragraph, offset, bare.size(), &merged);
  scope_ = TableScope::kProject;
  if (code.empty() || merged) return;
  std::string json;
  AppendJsonString(json, code);
  ctx_.evaluation().projects[index].extras.emplace_back("code", json);
}

// 单位名称 / 部门名称 name the department of a 部门整体 table; 主管部门 wins over 实施单位.
void CellTableReader::UnitName(std::string_view key, std::size_t value) {
  const bool whole_unit = key == "单位名称" || key == "部门名称";
  if (whole_unit && scope_ == TableScope::kUnknown) scope_ = TableScope::kDepartment;
  Evaluation& ev = ctx_.evaluation();
  const bool department_key = whole_unit || EndsWith(key, "主管部门") || key == "预算单位";
  if (had_unit_ || At(value).empty() || (!department_key && ev.unit.name)) return;
  ev.unit.name = std::string(At(value));
  const TableSite site = Site(value);
  ctx_.Record("/unit/name", site.paragraph, site.offset, site.length);
}

// A short cell naming the table's money unit ("项目资金(万元)").
bool CellTableReader::Caption() {
  const auto unit = HeaderUnit(At(i_));
  if (!unit || LongerThan(At(i_), kMaxCaptionChars)) return false;
  unit_ = *unit;
  Use(i_++);
  return true;
}

bool CellTableReader::Funds() {
  if (FundsColumn(At(i_)) == Column::kNone) return false;
  std::vector<Column> columns;
  std::size_t j = i_;
  // (Empty cells inside the header's row are columns of none, as the rows' empty cells under
  // them: "预算执行数 | | | 预算执行率".)
  const auto named_later = [&](std::size_t k) {
    for (; SameRow(i_, k); ++k) {
      if (FundsColumn(At(k)) != Column::kNone) return true;
    }
    return false;
  };
  for (; j < tokens_.size(); ++j) {
    const Column c = FundsColumn(At(j));
    // (So is a part of the budget this form reads elsewhere, "其中：财政拨款", among its columns.)
    if (c == Column::kNone && (At(j).empty() || ContainsAny(At(j), {"财政拨款", "其他资金", "财政资金"})) && named_later(j)) {
      columns.push_back(c);
      continue;
    }
    if (c == Column::kNone) break;
    if (const auto unit = HeaderUnit(At(j))) unit_ = *unit;
    const Column next = FundsColumn(At(j + 1));
    // "项目资金（万元） | 年初预算数 | 全年预算数": a group title over the columns; not a column of its own
    // unit beside others (年初预算数（万元） | 全年预算数（万元）).
    if (HeaderUnit(At(j)) && (next == Column::kInitial || next == Column::kBudget) && !HeaderUnit(At(j + 1))) continue;
    columns.push_back(c);
  }
  if (columns.size() < 3) return false;
  for (std::size_t k = i_; k < j; ++k) Use(k);
  i_ = j;
  while (i_ < tokens_.size()) {
    const FundsRow kind = RowKind(At(i_));
    if (kind == FundsRow::kNone) {
      if (RowKind(At(i_ + 1)) == FundsRow::kNone) break;
      Skip(i_++);  // a note between rows
      continue;
    }
    FundsRowValues(kind, i_, columns);
  }
  FinishOther();
  return true;
}

void CellTableReader::FundsRowValues(FundsRow kind, std::size_t label, const std::vector<Column>& columns) {
  Use(label);
  std::size_t j = label + 1;
  for (std::size_t k = 0;
       k < columns.size() && j < tokens_.size() && (IsValueToken(At(j)) || IsReason(label, j, columns[k])); ++k, ++j) {
    Use(j);
    if (tokens_[label].row >= 0 && tokens_[j].row != tokens_[label].row) break;
    if (IsBlankValue(At(j))) continue;
    if (columns[k] == Column::kReason) {
      if (kind == FundsRow::kTotal) Reason(j);
    } else if (!department()) {
      ProjectFigure(kind, columns[k], j);
    } else if (kind == FundsRow::kTotal) {
      DepartmentFigure(columns[k], j);
    }
  }
  i_ = j;
}

// The 说明 / 原因 cell of a funds row: text, read only where a real row bounds it.
bool CellTableReader::IsReason(std::size_t label, std::size_t token, Column column) const {
  return column == Column::kReason && SameRow(label, token);
}

// The reason a total row gives for its execution rate: the shortfall reason when none is known.
void CellTableReader::Reason(std::size_t token) {
  std::optional<std::string>& reason =
      department() ? ctx_.evaluation().funds.shortfall_reason : project().shortfall_reason;
  if (reason) return;
  reason = std::string(At(token));
  const TableSite site = Site(token);
  ctx_.Record(department() ? "/funds/shortfall_reason" : ProjectPointer("shortfall_reason"), site.paragraph,
              site.offset, site.length);
}

void CellTableReader::ProjectFigure(FundsRow kind, Column column, std::size_t token) {
  const std::string_view v = At(token);
  Project& p = project();
  if (column == Column::kRate && kind == FundsRow::kTotal) {
    const auto rate = ParsePercentText(v);
    if (rate)
      MergePercent(ctx_, p.execution_rate_stated, *rate, ProjectPointer("execution_rate_stated"), What(p, "执行率"),
                   Site(token));
    return;
  }
  const auto money = ParseMoneyCell(v, unit_);
  if (!money) return;
  const TableSite site = Site(token);
  if (kind == FundsRow::kTotal && column == Column::kBudget) {
    MergeMoney(ctx_, p.budget.total, *money, ProjectPointer("budget/total"), What(p, "全年预算数"), site);
  } else if (kind == FundsRow::kTotal && column == Column::kExecuted) {
    MergeMoney(ctx_, p.executed, *money, ProjectPointer("executed"), What(p, "全年执行数"), site);
  } else if (kind == FundsRow::kTotal && column == Column::kInitial) {
    MergeExtraMoney(ctx_, p.budget.extras, "initial", *money, ProjectPointer("budget/initial"), What(p, "年初预算数"),
                    site);
  } else if (kind == FundsRow::kFiscal && column == Column::kBudget) {
    MergeMoney(ctx_, p.budget.fiscal, *money, ProjectPointer("budget/fiscal"), What(p, "财政拨款"), site);
  } else if (kind == FundsRow::kOther && column == Column::kBudget) {
    if (!other_) other_token_ = token;
    other_ = other_.value_or(Money()) + *money;
  }
}

void CellTableReader::DepartmentFigure(Column column, std::size_t token) {
  DepartmentFunds& f = ctx_.evaluation().funds;
  const TableSite site = Site(token);
  if (column == Column::kRate) {
    const auto rate = ParsePercentText(At(token));
    if (rate)
      MergePercent(ctx_, f.execution_rate_stated, *rate, "/funds/execution_rate_stated", "部门整体的执行率", site);
    return;
  }
  const auto money = ParseMoneyCell(At(token), unit_);
  if (!money) return;
  if (column == Column::kBudget) {
    MergeMoney(ctx_, f.budget_total, *money, "/funds/budget_total", "部门整体的全年预算数", site);
  } else if (column == Column::kExecuted) {
    MergeMoney(ctx_, f.executed_total, *money, "/funds/executed_total", "部门整体的全年执行数", site);
  } else if (column == Column::kInitial) {
    MergeExtraMoney(ctx_, f.extras, "budget_initial", *money, "/funds/budget_initial", "部门整体的年初预算数", site);
  }
}

void CellTableReader::FinishOther() {
  if (!other_) return;
  Project& p = project();
  MergeMoney(ctx_, p.budget.other, *other_, ProjectPointer("budget/other"), What(p, "其他资金"), Site(other_token_));
  other_.reset();
}

// "项目名称" heading a list of projects: the next cell of its row is a column header.
bool CellTableReader::NamesColumns(std::size_t key) const {
  std::size_t j = key + 1;
  while (j < tokens_.size() && At(j).empty() && (tokens_[key].row < 0 || SameRow(key, j))) ++j;
  if (j >= tokens_.size() || (tokens_[key].row >= 0 && !SameRow(key, j))) return false;
  // "项目名称 | 实施单位 | 预算资金": the unit of each project is a column too.
  const std::string t = RemoveSpaces(At(j));
  const Role role = ColumnRole(t);
  if (FundsColumn(At(j)) != Column::kNone || t == "实施单位" || t == "主管部门" || t == "预算单位" ||
      role == Role::kBudget || role == Role::kExecuted || role == Role::kInitial || role == Role::kRate) {
    return true;
  }
  // "项目名称 | 资金来源 | 全年预算数 | 全年执行数": a short heading, then two funds columns
  // further along the row (not a name: "项目名称 | 河道清淤整治经费 | …").
  if (tokens_[key].row < 0 || LongerThan(At(j), 5)) return false;
  int funds = 0;
  for (std::size_t k = j + 1; SameRow(key, k); ++k) funds += ListColumnOf(At(k)) != Column::kNone;
  return funds >= 2;
}

// The list's columns are those of the header row, which may have some before 项目名称 (序号).
bool CellTableReader::ProjectList() {
  const std::size_t header_start = RowStart(i_), header_end = RowEnd(i_);
  const std::size_t name_at = i_ - header_start;
  std::vector<ListColumn> columns;
  // "2021年支出 | 2022年预算 | 2022年支出", "上年支出数": the columns of an earlier year are read past.
  std::optional<int> latest;
  for (std::size_t k = header_start; k < header_end; ++k) {
    if (auto y = YearIn(At(k))) latest = std::max(latest.value_or(*y), *y);
  }
  for (std::size_t k = header_start; k < header_end; ++k) {
    ListColumn c;
    const auto year = YearIn(At(k));
    const bool earlier = (year && latest && *year < *latest) || NamesLastYear(At(k)) || NamesPartOfYear(At(k));
    if (k != i_ && !earlier) c.column = ListColumnOf(At(k));
    if (k != i_ && c.column == Column::kNone && !LongerThan(At(k), 8)) c.part = RowKind(At(k));
    if (c.part == FundsRow::kTotal) c.part = FundsRow::kNone;
    columns.push_back(c);
    if (const auto unit = HeaderUnit(At(k))) unit_ = *unit;
    Use(k);
  }
  const bool rows = tokens_[i_].row >= 0;  // one cell per line: the rows cannot be told apart
  i_ = header_end;
  while (rows && i_ < tokens_.size() && tokens_[i_].row >= 0) {
    const std::size_t end = RowEnd(i_);
    if (i_ + name_at >= end) break;
    // Under 序号, a row that has a word instead of a number (部门整体, 合计) is no project's;
    // 部门整体 states the department's figures.
    if (name_at > 0 && !At(i_).empty() && !IsNumericCell(At(i_))) {
      if (ContainsAny(At(i_), {"部门整体", "单位整体"})) DepartmentListRow(columns, i_, end);
      for (std::size_t k = i_; k < end; ++k) Use(k);
      i_ = end;
      continue;
    }
    if (!ListsProject(i_ + name_at, end)) break;
    ProjectListRow(columns, name_at, i_, end);
    i_ = end;
  }
  return true;
}

// A row of the project list: a name, then at least one money figure.
bool CellTableReader::ListsProject(std::size_t begin, std::size_t end) const {
  const std::string_view name = At(begin);
  if (name.empty() || IsTableEnd(name) || Contains(name, "指标")) return false;
  for (std::size_t k = begin + 1; k < end; ++k) {
    if (!IsBlankValue(At(k)) && ParseMoneyCell(At(k), unit_)) return true;
  }
  return false;
}

void CellTableReader::DepartmentListRow(const std::vector<ListColumn>& columns, std::size_t begin, std::size_t end) {
  DepartmentFunds& f = ctx_.evaluation().funds;
  for (std::size_t k = begin + 1; k < end && k - begin < columns.size(); ++k) {
    const std::string_view v = At(k);
    const TableSite site = Site(k);
    const Column column = columns[k - begin].column;
    if (column == Column::kRate) {
      if (const auto rate = ParsePercentText(v)) {
        MergePercent(ctx_, f.execution_rate_stated, *rate, "/funds/execution_rate_stated", "部门整体的执行率", site);
      }
      continue;
    }
    const auto money = IsBlankValue(v) ? std::nullopt : ParseMoneyCell(v, unit_);
    if (money && column == Column::kBudget) {
      MergeMoney(ctx_, f.budget_total, *money, "/funds/budget_total", "部门整体的全年预算数", site);
    } else if (money && column == Column::kExecuted) {
      MergeMoney(ctx_, f.executed_total, *money, "/funds/executed_total", "部门整体的全年执行数", site);
    }
  }
}

void CellTableReader::ProjectListRow(const std::vector<ListColumn>& columns, std::size_t name_at, std::size_t begin,
                                     std::size_t end) {
  std::string_view code;
  const std::size_t name_token = begin + name_at;
  const std::string_view name = WithoutProjectCode(At(name_token), &code);
  std::optional<std::size_t> index = projects_.Find(name);
  if (!index) {
    const std::size_t offset = Site(name_token).offset + static_cast<std::size_t>(name.data() - At(name_token).data());
    index = projects_.Start(tokens_[name_token].paragraph, offset, name.size());
  }
  for (std::size_t k = begin; k < end; ++k) Use(k);
  for (std::size_t k = name_token + 1; k < end && k - begin < columns.size(); ++k) {
    Project& p = ctx_.evaluation().projects[*index];
    const ListColumn& column = columns[k - begin];
    const std::string_view v = At(k);
    const TableSite site = Site(k);
    if (column.column == Column::kRate) {
      const auto rate = ParsePercentText(v);
      if (rate)
        MergePercent(ctx_, p.execution_rate_stated, *rate, Pointer("/projects", *index, "execution_rate_stated"),
                     What(p, "执行率"), site);
      continue;
    }
    const auto money = IsBlankValue(v) ? std::nullopt : ParseMoneyCell(v, unit_);
    if (money && column.column == Column::kBudget) {
      MergeMoney(ctx_, p.budget.total, *money, Pointer("/projects", *index, "budget/total"), What(p, "全年预算数"),
                 site);
    } else if (money && column.column == Column::kExecuted) {
      MergeMoney(ctx_, p.executed, *money, Pointer("/projects", *index, "executed"), What(p, "全年执行数"), site);
    } else if (money && column.part == FundsRow::kFiscal) {
      MergeMoney(ctx_, p.budget.fiscal, *money, Pointer("/projects", *index, "budget/fiscal"), What(p, "财政拨款"),
                 site);
    } else if (money && column.part == FundsRow::kOther) {
      MergeMoney(ctx_, p.budget.other, *money, Pointer("/projects", *index, "budget/other"), What(p, "其他资金"), site);
    }
  }
}

bool CellTableReader::Indicators() {
  if (department() || IndicatorColumn(At(i_)) != Column::kLevel1) return false;
  std::vector<Column> columns;
  std::size_t j = i_;
  for (; j < tokens_.size() && IndicatorColumn(At(j)) != Column::kNone; ++j) {
    columns.push_back(IndicatorColumn(At(j)));
    Use(j);
  }
  // A two-row header flattened in reading order: the first row's columns (年度指标值 | 实际完成值 |
  // 分值 | 得分 | 偏差原因…) come before the second row's (一级指标 … 指标性质 | 指标值 | 度量单位),
  // whose split target stands under the first row's 年度指标值. The columns the second row lacks
  // follow its own, in the first row's order.
  const auto has = [&](Column c) { return std::find(columns.begin(), columns.end(), c) != columns.end(); };
  if (!has(Column::kActual) && !has(Column::kScore)) {
    std::size_t first = i_;
    while (first > 0 && IndicatorColumn(At(first - 1)) != Column::kNone) --first;
    std::vector<Column> before;
    for (std::size_t k = first; k < i_; ++k) {
      const Column c = IndicatorColumn(At(k));
      if ((c == Column::kTarget && has(Column::kTarget)) || c == Column::kLevel1 || c == Column::kLevel2 ||
          c == Column::kName || has(c)) {
        continue;
      }
      before.push_back(c);
    }
    if (std::find(before.begin(), before.end(), Column::kActual) != before.end()) {
      for (std::size_t k = first; k < i_; ++k) Use(k);
      columns.insert(columns.end(), before.begin(), before.end());
    }
  }
  if (columns.size() < 5) return false;
  // "绩效指标 | 一级指标 | …": a group cell before the header's columns, spanning the rows below,
  // leaves each row that many leading cells (the merged cell's place) before its own.
  const std::size_t lead = tokens_[i_].row >= 0 ? i_ - RowStart(i_) : 0;
  i_ = j;
  Indicator previous;
  const std::size_t width = columns.size();
  // (A sheet holding several forms one under another: the next form's 专项名称 / 项目名称, or its
  // caption 附表2, ends this one's indicators.)
  const auto next_form = [&](std::size_t k) {
    const std::string t = RemoveSpaces(At(k));
    return tokens_[k].row >= 0 && RowStart(k) == k && (IsNameKey(t) || (StartsWith(t, "附表") && !LongerThan(t, 6)));
  };
  while (i_ < tokens_.size() && !IsTableEnd(At(i_)) && !next_form(i_)) {
    std::size_t count = 0;
    if (tokens_[i_].row >= 0) {
      count = RowEnd(i_) - i_;
      // (A row cut short keeps the merged cell's place too when a level follows it.)
      const bool level_after_lead = lead > 0 && lead < count && (IsLevel1(At(i_ + lead)) || IsLevel2(At(i_ + lead)));
      // (So does a row's number under a 序号 column before the levels: "1 | 产出指标 | …".)
      const auto serial = [](std::string_view t) {
        return !t.empty() && t.size() <= 3 && t.find_first_not_of("0123456789") == std::string_view::npos;
      };
      for (std::size_t extra = count > width ? std::min(count - width, lead) : level_after_lead ? lead : 0;
           extra > 0 && (At(i_).empty() || serial(At(i_))); --extra, --count) {
        Use(i_++);
      }
    } else {
      count = IsLevel1(At(i_)) ? width : IsLevel2(At(i_)) ? width - 1 : width - 2;
    }
    count = std::min({count, width, tokens_.size() - i_});
    IndicatorRow(columns, i_, count, previous);
    i_ += count;
  }
  TotalRows();
  return true;
}

// The total rows after the indicators ("合计", "总分") and their figures.
void CellTableReader::TotalRows() {
  while (i_ < tokens_.size() && IsTotalRow(At(i_))) {
    const std::size_t end = RowEnd(i_);
    Use(i_++);
    while (i_ < tokens_.size() && (i_ < end || (tokens_[i_].row < 0 && IsValueToken(At(i_))))) Use(i_++);
  }
}

void CellTableReader::IndicatorRow(const std::vector<Column>& columns, std::size_t begin, std::size_t count,
                                   Indicator& previous) {
  Indicator ind;
  ind.level1 = previous.level1, ind.level2 = previous.level2;
  // A short row lacks its first cells (merged into the row above), and its last when it ends in
  // a figure under a reason column (an empty 偏差原因), or when it starts with the level the
  // first columns hold.
  std::size_t skip = columns.size() - count;
  if (skip > 0 && columns.back() == Column::kReason && count > 0 && IsNumericCell(At(begin + count - 1))) --skip;
  // (成本指标 is a first level in some forms and a second in others: before a name, in a row that
  // still lacks a cell, it is the second, its first level merged into the row above.)
  const bool second_level = IsLevel1(At(begin)) && count > 1 && !IsLevel2(At(begin + 1)) && skip >= 1 &&
                            columns.size() > 1 && columns[1] == Column::kLevel2;
  if (skip > 0 && columns[0] == Column::kLevel1 && IsLevel1(At(begin)) && !second_level) skip = 0;
  if (second_level) skip = 1;
  if (skip > 1 && columns.size() > 1 && columns[1] == Column::kLevel2 && IsLevel2(At(begin))) skip = 1;
  std::size_t name_token = begin, target_token = begin;
  for (std::size_t k = 0; k < count; ++k) {
    const std::string_view v = At(begin + k);
    Use(begin + k);
    switch (columns[skip + k]) {
      case Column::kLevel1:
        if (!v.empty()) ind.level1 = std::string(v);
        break;
      case Column::kLevel2:
        if (!v.empty()) ind.level2 = std::string(v);
        break;
      case Column::kName:
        ind.name = std::string(v), name_token = begin + k;
        break;
      case Column::kNature:
        if (Contains(v, "定性")) ind.qualitative = true;
        if (!v.empty()) ind.comparator = ComparatorFromSymbol(v);
        break;
      case Column::kTarget:
        SetIndicatorValue(ind, ParseCellValue(v), true), target_token = begin + k;
        break;
      case Column::kActual:
        SetIndicatorValue(ind, ParseCellValue(v), false);
        break;
      case Column::kUnit:
        if (!IsBlankValue(v)) ind.unit = std::string(v);
        break;
      case Column::kWeight:
        if (auto w = ParseFixed<Points>(v)) ind.weight = *w;
        break;
      case Column::kScore:
        if (auto s = ParseFixed<Points>(v)) ind.score_stated = *s;
        break;
      case Column::kReason:
        if (!IsBlankValue(v)) ind.deviation_reason = std::string(v);
        break;
      default:
        break;
    }
  }
  previous = ind;
  AddIndicator(std::move(ind), name_token, target_token);
}

// Adds a row's indicator to the table's project, unless it states nothing measurable, restates
// the narrative's satisfaction figure, or is already there.
void CellTableReader::AddIndicator(Indicator ind, std::size_t name_token, std::size_t target_token) {
  if (ind.name.empty()) return;
  if (!ind.target && !ind.target_text && !ind.actual && !ind.actual_text && !ind.score_stated) {
    return Report(tokens_[name_token].paragraph);  // "未设置绩效指标": no figure to keep
  }
  Project& p = project();
  if (MergeSatisfactionRow(ctx_, p, ind, ProjectPointer("satisfaction/stated"), Site(name_token))) return;
  for (const Indicator& known : p.indicators) {
    if (known.name == ind.name && known.level2 == ind.level2) return;
  }
  const std::string at = "indicators/" + std::to_string(p.indicators.size());
  const TableSite name = Site(name_token), target = Site(target_token);
  ctx_.Record(ProjectPointer(at + "/name"), name.paragraph, name.offset, name.length);
  ctx_.Record(ProjectPointer(at + "/target"), target.paragraph, target.offset, target.length);
  p.indicators.push_back(std::move(ind));
}

}  // namespace

void ReadCellTable(ParseContext& context, ProjectsParser& projects, std::vector<TableToken> tokens, TableScope scope,
                   std::optional<MoneyUnit> unit) {
  CellTableReader(context, projects, std::move(tokens), scope, unit).Run();
}

}  // namespace jixiao::parse
