#include "ingest/parse/flat_table.h"

#include <algorithm>
#include <cmath>

#include "base/text.h"

#include "ingest/parse/amounts.h"
#include "ingest/parse/headings.h"
#include "ingest/parse/scan.h"
#include "ingest/parse/tables.h"

namespace jixiao::parse {
namespace {

// "194.9" is a valid money cell; "0194", "1.", "1.234" are not.
bool ValidDecimal(std::string_view d, int max_decimals) {
  if (d.empty() || d.front() == '.' || d.back() == '.') return false;
  const std::size_t dot = d.find('.');
  if (dot != std::string_view::npos && (d.find('.', dot + 1) != std::string_view::npos ||
                                        static_cast<int>(d.size() - dot - 1) > max_decimals)) {
    return false;
  }
  return !(d.size() > 1 && d[0] == '0' && d[1] != '.');
}


// The table's text without spaces and page markers, each byte mapped to its source.
struct Compact {
  std::string text;
  std::vector<std::size_t> paragraph;  // per byte: index into ctx paragraphs
  std::vector<std::size_t> offset;     // per byte: offset in that paragraph's text
};

Compact Squeeze(const ParseContext& ctx, const std::vector<std::size_t>& paragraphs) {
  Compact out;
  for (std::size_t p : paragraphs) {
    const std::string_view text = ctx.paragraph(p).text;
    const HeadingMarker& marker = ctx.Marker(p);
    std::size_t pos = marker.level == kArabic ? marker.length : 0, len = 0;  // page markers "2、"
    while (pos < text.size()) {
      const char32_t cp = CodePointAt(text, pos, &len);
      if (!IsSpace(cp)) {
        for (std::size_t k = 0; k < len; ++k) out.paragraph.push_back(p), out.offset.push_back(pos + k);
        out.text.append(text.substr(pos, len));
      }
      pos += len;
    }
  }
  return out;
}

enum class Word { kLevel1, kLevel2, kCost, kHeader, kStop };
struct Keyword {
  std::string_view text;
  Word word;
};
constexpr Keyword kKeywords[] = {
    {"产出指标", Word::kLevel1},       {"效益指标", Word::kLevel1},     {"满意度指标", Word::kLevel1},
    {"成本指标", Word::kCost},         {"数量指标", Word::kLevel2},     {"质量指标", Word::kLevel2},
    {"时效指标", Word::kLevel2},       {"经济效益指标", Word::kLevel2}, {"社会效益指标", Word::kLevel2},
    {"生态效益指标", Word::kLevel2},   {"可持续影响指标", Word::kLevel2}, {"服务对象满意度指标", Word::kLevel2},
    {"绩效指标", Word::kHeader},       {"一级指标", Word::kHeader},     {"二级指标", Word::kHeader},
    {"三级指标", Word::kHeader},       {"年度指标值", Word::kHeader},   {"全年完成值", Word::kHeader},
    {"全年实际值", Word::kHeader},     {"实际完成值", Word::kHeader},   {"指标值", Word::kHeader},
    {"分值", Word::kHeader},           {"权重", Word::kHeader},         {"得分", Word::kHeader},
    {"未完成原因和改进措施", Word::kHeader}, {"说明", Word::kStop},     {"注:", Word::kStop},
    {"注：", Word::kStop},             {"评价结论", Word::kStop},       {"合计", Word::kStop},
};

const KeywordSet& TableWords() {
  static const KeywordSet words = {
      "产出指标", "效益指标", "满意度指标", "成本指标", "数量指标", "质量指标", "时效指标", "经济效益指标",
      "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标", "绩效指标", "一级指标", "二级指标",
      "三级指标", "年度指标值", "全年完成值", "全年实际值", "实际完成值", "指标值", "分值", "权重", "得分",
      "未完成原因和改进措施", "说明", "注:", "注：", "评价结论", "合计"};
  return words;
}

Word Classify(std::string_view word) {
  for (const Keyword& k : kKeywords) {
    if (k.text == word) return k.word;
  }
  return Word::kHeader;
}

constexpr std::string_view kGrades[] = {"已完成", "未完成", "较好", "达标", "合格", "达成", "完成", "高", "中",
                                        "低", "优", "良", "差", "好", "无", "有", "是", "否"};
constexpr std::string_view kCountUnits[] = {"%", "％", "万元", "小时", "起", "个", "次", "人", "户", "吨", "天",
                                            "家", "项", "件", "本", "亩", "座", "所", "场", "份", "元", "日"};

struct Value {
  std::string number;                // ASCII digits, empty for a grade
  std::string_view unit, grade;
  std::size_t begin = 0;
};

// The first of `units` written at s[at] ("％" read as "%"), or empty.
template <std::size_t N>
std::string_view UnitAt(std::string_view s, std::size_t at, const std::string_view (&units)[N]) {
  for (std::string_view u : units) {
    if (StartsWith(s.substr(at), u)) return u;
  }
  return {};
}
std::string_view Normalized(std::string_view unit) { return unit == "％" ? "%" : unit; }

// One value at s[pos]: a number with an optional unit, or a grade word.
std::optional<Value> ReadValue(std::string_view s, std::size_t pos, std::size_t* end) {
  Value v;
  v.begin = pos;
  if (const auto n = ReadNumber(s, pos)) {
    v.number = n->text;
    const std::string_view unit = UnitAt(s, n->end, kCountUnits);
    v.unit = Normalized(unit);
    *end = n->end + unit.size();
    return v;
  }
  for (std::string_view g : kGrades) {
    if (StartsWith(s.substr(pos), g)) return v.grade = g, *end = pos + g.size(), v;
  }
  return std::nullopt;
}

// "00" or "100100" read as one number: the two cells of a target and an actual.
bool SplitTwin(std::vector<Value>& values) {
  if (values.size() != 1 || !values[0].unit.empty() || values[0].number.find('.') != std::string::npos) return false;
  const std::string digits = values[0].number;
  if (digits.size() % 2 != 0 || digits.size() < 2) return false;
  const std::string a = digits.substr(0, digits.size() / 2), b = digits.substr(digits.size() / 2);
  if ((a.size() > 1 && a[0] == '0') || (b.size() > 1 && b[0] == '0')) return false;
  values[0].number = a;
  values.push_back(values[0]);
  values[1].number = b;
  return true;
}

// The first position q > 0 of `s` where a target and an actual value start.
std::optional<std::size_t> FindValues(std::string_view s, std::vector<Value>& values, std::size_t* end) {
  std::size_t q = 0, len = 0;
  while (q < s.size()) {
    CodePointAt(s, q, &len);
    if (q > 0 && DigitAt(s, q - 1) < 0) {
      values.clear();
      std::size_t at = q;
      while (values.size() < 2) {
        auto v = ReadValue(s, at, &at);
        if (!v) break;
        values.push_back(std::move(*v));
      }
      if (values.size() == 2 || (values.size() == 1 && at == s.size() && SplitTwin(values))) {
        *end = at;
        return q;
      }
    }
    q += len;
  }
  return std::nullopt;
}

void SetValue(Indicator& ind, const Value& v, bool target) {
  if (!v.grade.empty()) {
    (target ? ind.target_text : ind.actual_text) = std::string(v.grade);
    if (target) ind.qualitative = true;
    return;
  }
  std::string number = v.number;
  // "≥90%" whose "≥" the flattening turned into a "2": a rate target above 100 that is "2" + a rate.
  if (target && v.unit == "%" && number.size() >= 3 && number[0] == '2') {
    const auto whole = ParseFixed<Quantity>(number), rest = ParseFixed<Quantity>(number.substr(1));
    if (whole && rest && *whole > Quantity::FromWhole(100) && *rest <= Quantity::FromWhole(100)) {
      number = number.substr(1), ind.comparator = Comparator::kGreaterEqual;
    }
  }
  if (auto q = ParseFixed<Quantity>(number)) (target ? ind.target : ind.actual) = *q;
  if (!v.unit.empty() && !ind.unit) ind.unit = std::string(v.unit);
}

// The columns of an indicator row whose header names its points too (三级指标 | 分值 | 年度指标值 |
// 全年实际值 | 得分), in the header's order.
enum class Column { kTarget, kActual, kWeight, kScore };

std::optional<Column> ColumnOf(std::string_view header_word) {
  if (header_word == "分值" || header_word == "权重") return Column::kWeight;
  if (header_word == "得分") return Column::kScore;
  if (header_word == "年度指标值" || header_word == "指标值") return Column::kTarget;
  if (header_word == "全年完成值" || header_word == "全年实际值" || header_word == "实际完成值") return Column::kActual;
  return std::nullopt;
}

constexpr std::string_view kSigns[] = {"≥", "≧", "≤", "≦", ">", "<", "＞", "＜", "="};
constexpr std::string_view kMoreUnits[] = {"人次", "平方米", "立方米", "厘米", "公里", "万元", "米", "人", "%"};

bool DigitOrDot(std::string_view s, std::size_t pos) { return pos < s.size() && (DigitAt(s, pos) >= 0 || s[pos] == '.'); }

// One row read in the header's column order: the values and where the row ends.
struct OrderedRow {
  std::vector<Value> values;  // one per column
  std::string_view texts[4];  // a column's text value (显著提升), by Column
  std::size_t end = 0;
  int twins = 0;  // target and actual written alike: the split that makes them so is the right one
};

// Reads the values of `order` from s[pos], trying every split of digits run together
// ("20100%100%20": 20 | 100% | 100% | 20); each complete reading goes to `out`.
void ReadOrdered(std::string_view s, std::size_t pos, const std::vector<Column>& order, std::size_t k, OrderedRow& row,
                 std::vector<OrderedRow>& out, std::size_t& steps) {
  // Bounded: at most 64 readings and 4,096 steps per row, whatever the digits (fuzzed input).
  if (out.size() >= 64 || ++steps > 4096) return;
  if (k == order.size()) {
    if (DigitOrDot(s, pos)) return;  // a number goes on: not where the row ends
    OrderedRow done = row;
    done.end = pos;
    out.push_back(std::move(done));
    return;
  }
  const Column column = order[k];
  if (column == Column::kWeight || column == Column::kScore) {
    // Points: a number of at most 3 digits (and decimals), no more than 100.
    std::size_t end = pos;
    while (end < s.size() && DigitAt(s, end) >= 0 && end - pos < 3) {
      ++end;
      if (end - pos > 1 && s[pos] == '0') break;
      std::size_t stop = end;
      if (stop < s.size() && s[stop] == '.' && DigitAt(s, stop + 1) >= 0) {
        ++stop;
        while (stop < s.size() && DigitAt(s, stop) >= 0 && stop - end <= 2) ++stop;
      }
      const std::string digits(s.substr(pos, stop - pos));
      const auto points = ParseFixed<Quantity>(digits);
      if (!points || *points > Quantity::FromWhole(100)) break;
      Value v;
      v.number = digits, v.begin = pos;
      row.values.push_back(v);
      ReadOrdered(s, stop, order, k + 1, row, out, steps);
      row.values.pop_back();
    }
    return;
  }
  // A target or an actual value: a sign, then a number and its unit, or words.
  std::size_t at = pos;
  for (std::string_view sign : kSigns) {
    if (StartsWith(s.substr(at), sign)) {
      at += sign.size();
      break;
    }
  }
  if (DigitAt(s, at) >= 0) {
    std::size_t end = at;
    while (DigitOrDot(s, end)) ++end;
    // Every shorter run of the digits too: the next column's number may follow without a break.
    for (std::size_t stop = end; stop > at; --stop) {
      if (s[stop - 1] == '.') continue;
      if (stop - at > 1 && s[at] == '0' && s[at + 1] != '.') break;
      Value v;
      v.number = std::string(s.substr(at, stop - at)), v.begin = pos;
      std::size_t after = stop;
      if (stop == end) {
        std::string_view unit = UnitAt(s, stop, kMoreUnits);
        if (unit.empty()) unit = UnitAt(s, stop, kCountUnits);
        v.unit = Normalized(unit), after = stop + unit.size();
      }
      row.values.push_back(v);
      ReadOrdered(s, after, order, k + 1, row, out, steps);
      row.values.pop_back();
    }
    return;
  }
  // Words up to the next number or sign: one column's text, or a target and an actual alike
  // ("显著提升显著提升").
  std::size_t end = at, len = 0;
  while (end < s.size() && DigitAt(s, end) < 0 &&
         std::none_of(std::begin(kSigns), std::end(kSigns), [&](std::string_view g) { return StartsWith(s.substr(end), g); })) {
    CodePointAt(s, end, &len), end += len;
  }
  const std::string_view words = s.substr(at, end - at);
  if (words.empty() || CodePointCount(words) > 40) return;
  const bool pair = column == Column::kTarget && k + 1 < order.size() && order[k + 1] == Column::kActual;
  const std::size_t half = words.size() / 2;
  if (pair && words.size() % 2 == 0 && words.substr(0, half) == words.substr(half)) {
    Value target, actual;
    target.grade = words.substr(0, half), target.begin = at;
    actual.grade = words.substr(half), actual.begin = at + half;
    row.values.push_back(target), row.values.push_back(actual);
    ++row.twins;
    ReadOrdered(s, end, order, k + 2, row, out, steps);
    --row.twins;
    row.values.pop_back(), row.values.pop_back();
    return;
  }
  Value v;
  v.grade = words, v.begin = at;
  row.values.push_back(v);
  ReadOrdered(s, end, order, k + 1, row, out, steps);
  row.values.pop_back();
}

// The best reading of a row: target and actual alike where the digits allow it, else the first.
std::optional<OrderedRow> BestOrdered(std::string_view s, std::size_t pos, const std::vector<Column>& order) {
  std::vector<OrderedRow> rows;
  OrderedRow row;
  std::size_t steps = 0;
  ReadOrdered(s, pos, order, 0, row, rows, steps);
  if (rows.empty()) return std::nullopt;
  std::size_t target = 0, actual = 0;
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (order[i] == Column::kTarget) target = i;
    if (order[i] == Column::kActual) actual = i;
  }
  for (OrderedRow& r : rows) {
    const Value &t = r.values[target], &a = r.values[actual];
    if (r.twins == 0 && t.number == a.number && t.unit == a.unit && t.grade == a.grade) r.twins = 1;
  }
  return *std::max_element(rows.begin(), rows.end(), [](const OrderedRow& a, const OrderedRow& b) { return a.twins < b.twins; });
}

class FlatTableReader {
 public:
  FlatTableReader(ParseContext& ctx, ProjectsParser& projects, const std::vector<std::size_t>& paragraphs)
      : ctx_(ctx), projects_(projects), c_(Squeeze(ctx, paragraphs)), s_(c_.text) {}

  void Run() {
    if (s_.empty()) return;
    if (!ctx_.evaluation().year) ctx_.evaluation().year = YearIn(s_.substr(0, std::min<std::size_t>(s_.size(), 120)));
    const std::size_t funds = Info();
    Indicators(Funds(funds));
  }

 private:
  std::size_t Info();
  std::size_t Funds(std::size_t from);
  void Indicators(std::size_t from);
  void Entries(std::string_view text, std::size_t base);
  void Rows(std::string_view text, std::size_t base, bool numbered);
  Project& project() { return ctx_.evaluation().projects[Current()]; }
  std::size_t Current() { return projects_.CurrentOrNew(c_.paragraph.front(), ""); }
  void Record(const std::string& field, std::size_t at, std::size_t length) {
    RecordAt(Pointer("/projects", Current(), field), at, length);
  }
  void RecordAt(const std::string& pointer, std::size_t at, std::size_t length) {
    at = std::min(at, s_.size() - 1);
    ctx_.Record(pointer, c_.paragraph[at], c_.offset[at],
                std::min(length, ctx_.paragraph(c_.paragraph[at]).text.size() - c_.offset[at]));
  }

  ParseContext& ctx_;
  ProjectsParser& projects_;
  Compact c_;
  std::string_view s_;
  MoneyUnit unit_ = MoneyUnit::kYuan;
  std::optional<std::string> level1_, level2_;
  std::optional<std::size_t> last_;  // the indicator a reason that follows belongs to
  std::vector<Column> order_;        // the indicator header's value columns, in order
  bool points_before_rate_ = false;  // the funds header has 分值 between 执行数 and 执行率
  bool initial_first_ = false;       // the funds header has 年初预算数 before 全年预算数
  bool rows_started_ = false;        // a level word came: the header is complete
  bool weight_column_ = false;       // the header names 分值 (or 权重) ...
  bool score_column_ = false;        // ... and 得分, wherever its words stand
  bool OrderedRows() const {
    return order_.size() >= 3 && order_.size() <= 5 && std::count(order_.begin(), order_.end(), Column::kTarget) == 1 &&
           std::count(order_.begin(), order_.end(), Column::kActual) == 1;
  }
  bool OrderedEntries(std::string_view text, std::size_t base);
};

// Reads "专项资金名称X负责人…县级主管部门Y实施单位Z项目资金(万元)…"; returns where funds start.
std::size_t FlatTableReader::Info() {
  static const KeywordSet kKeys = {"专项资金名称", "项目名称", "项目负责人及电话", "项目负责人", "负责人及电话", "负责人",
                                   "县级主管部门", "主管部门",
                                   "实施单位", "项目资金(万元)", "项目资金（万元）", "项目资金"};
  std::size_t len = 0, at = kKeys.Find(s_, 0, &len);
  while (at != std::string_view::npos) {
    const std::string_view key = s_.substr(at, len);
    if (StartsWith(key, "项目资金")) {
      if (HeaderUnit(key)) unit_ = *HeaderUnit(key);
      return at + len;
    }
    std::size_t next_len = 0;
    const std::size_t next = kKeys.Find(s_, at + len, &next_len);
    const std::string_view value = s_.substr(at + len, (next == std::string_view::npos ? s_.size() : next) - at - len);
    if (!value.empty() && EndsWith(key, "名称")) {
      const std::size_t v = at + len;
      projects_.Start(c_.paragraph[v], c_.offset[v], value.size());
    } else if (!value.empty() && (EndsWith(key, "主管部门") || (key == "实施单位" && !ctx_.evaluation().unit.name))) {
      ctx_.evaluation().unit.name = std::string(value);
      ctx_.Record("/unit/name", c_.paragraph[at + len], c_.offset[at + len], value.size());
    }
    at = next, len = next_len;
  }
  return 0;
}

std::size_t FlatTableReader::Funds(std::size_t pos) {
  // (The form's title, before its funds header, says whose funds they are.)
  const std::size_t header = std::min(Find(s_, "执行率", pos), s_.size());
  const bool department = ContainsAny(s_.substr(0, header), {"部门整体", "整体支出", "单位整体"});
  if (const std::size_t rate = Find(s_, "执行率", pos); rate != std::string_view::npos) {
    // "全年执行数(B)分值执行率(B/A)": each row's points run together between its executed and its rate.
    const std::size_t points = Find(s_, "分值", pos), executed = Find(s_, "执行数", pos);
    points_before_rate_ = points < rate && executed < points;
    const std::size_t initial = Find(s_, "年初预算", pos), budget = Find(s_, "全年预算", pos);
    initial_first_ = initial < budget && budget < rate;
    if (const auto unit = HeaderUnit(s_.substr(pos, rate - pos))) unit_ = *unit;  // "资金情况(万元)"
    pos = rate + std::string_view("执行率").size();
    if (s_[pos] == '(' || StartsWith(s_.substr(pos), "（")) pos = Find(s_, s_[pos] == '(' ? ")" : "）", pos) + 1;
  }
  while (pos < s_.size()) {
    std::size_t digit = pos;
    std::size_t len = 0;
    while (digit < s_.size() && DigitAt(s_, digit) < 0) CodePointAt(s_, digit, &len), digit += len;
    const std::string_view label = s_.substr(pos, digit - pos);
    if (digit >= s_.size() || LongerThan(label, 30) || ContainsAny(label, {"目标", "指标"})) return pos;
    std::size_t end = digit;
    while (end < s_.size() && (DigitAt(s_, end) >= 0 || s_[end] == '.')) ++end;
    if (end >= s_.size() || s_[end] != '%') return pos;
    std::string_view run = s_.substr(digit, end - digit);
    auto split = SplitFundsRun(run, points_before_rate_);
    // "年初预算数全年预算数全年执行数…" over "2456.182456.182456.1810100%": the year's first budget
    // leads the run; the rest splits as ever.
    for (std::size_t k = 4; !split && initial_first_ && k + 4 < run.size(); ++k) {
      if (run[k - 3] != '.' || !ValidDecimal(run.substr(0, k), 2)) continue;
      if ((split = SplitFundsRun(run.substr(k), points_before_rate_))) digit += k;
    }
    pos = end + 1;
    if (!split) continue;
    const auto budget = ParseMoneyIn(split->budget, unit_), executed = ParseMoneyIn(split->executed, unit_);
    if (!budget || !executed) continue;
    // A 部门整体支出绩效自评表: its totals are the department's.
    if (department && ContainsAny(label, {"总额", "合计", "总计"}) && !ctx_.evaluation().funds.budget_total) {
      DepartmentFunds& f = ctx_.evaluation().funds;
      f.budget_total = *budget, f.executed_total = *executed;
      f.execution_rate_stated = ParseFixed<Percent>(split->rate).value_or(Percent());
      RecordAt("/funds/budget_total", digit, split->budget.size());
      RecordAt("/funds/executed_total", digit + split->budget.size(), split->executed.size());
      RecordAt("/funds/execution_rate_stated", end - split->rate.size(), split->rate.size() + 1);
      continue;
    }
    if (department) continue;
    Project& p = project();
    if (ContainsAny(label, {"总额", "合计", "总计"}) && !p.budget.total) {
      p.budget.total = *budget, p.executed = *executed;
      p.execution_rate_stated = ParseFixed<Percent>(split->rate).value_or(Percent());
      Record("budget/total", digit, split->budget.size());
      Record("executed", digit + split->budget.size(), split->executed.size());
      Record("execution_rate_stated", end - split->rate.size(), split->rate.size() + 1);
    } else if (ContainsAny(label, {"其他", "自筹"}) && !p.budget.other) {
      p.budget.other = *budget, Record("budget/other", digit, split->budget.size());
    } else if (ContainsAny(label, {"财政", "补助", "拨款"}) && !p.budget.fiscal) {
      p.budget.fiscal = *budget, Record("budget/fiscal", digit, split->budget.size());
    }
  }
  return pos;
}

void FlatTableReader::Indicators(std::size_t pos) {
  const KeywordSet& words = TableWords();
  while (pos < s_.size()) {
    std::size_t len = 0;
    const std::size_t at = words.Find(s_, pos, &len);
    const std::size_t stop = at == std::string_view::npos ? s_.size() : at;
    if (stop > pos) Entries(s_.substr(pos, stop - pos), pos);
    if (at == std::string_view::npos) return;
    const std::string_view word = s_.substr(at, len);
    switch (Classify(word)) {
      case Word::kStop: return;
      case Word::kLevel1: level1_ = std::string(word), level2_.reset(); break;
      case Word::kCost: (level1_ == "产出指标" ? level2_ : level1_) = std::string(word); break;
      case Word::kLevel2: level2_ = std::string(word); break;
      case Word::kHeader:
        if (auto column = ColumnOf(word); column && !rows_started_) order_.push_back(*column);
        weight_column_ |= ColumnOf(word) == Column::kWeight;
        score_column_ |= ColumnOf(word) == Column::kScore;
        break;
    }
    if (Classify(word) != Word::kHeader) rows_started_ = true;
    if (Classify(word) != Word::kHeader) last_.reset();
    pos = at + len;
  }
}

}  // namespace

namespace {

int Decimals(std::string_view d) {
  const std::size_t dot = d.find('.');
  return dot == std::string_view::npos ? 0 : static_cast<int>(d.size() - dot - 1);
}

}  // namespace

// Rows in the header's order: the name up to its first figure or sign, then one value per
// column, digits run together split where the columns allow.
bool FlatTableReader::OrderedEntries(std::string_view text, std::size_t base) {
  std::size_t pos = 0;
  bool any = false;
  while (pos < text.size()) {
    std::size_t name_end = pos, len = 0;
    while (name_end < text.size() && DigitAt(text, name_end) < 0 &&
           std::none_of(std::begin(kSigns), std::end(kSigns),
                        [&](std::string_view g) { return StartsWith(text.substr(name_end), g); })) {
      CodePointAt(text, name_end, &len), name_end += len;
    }
    const std::string_view name = text.substr(pos, name_end - pos);
    if (name_end >= text.size() || CodePointCount(name) < 2 || CodePointCount(name) > 40) break;
    const std::optional<OrderedRow> row = BestOrdered(text, name_end, order_);
    if (!row) break;
    Indicator ind;
    ind.level1 = level1_, ind.level2 = level2_;
    ind.name = std::string(name);
    auto& list = project().indicators;
    const std::string at = "indicators/" + std::to_string(list.size());
    Record(at + "/name", base + pos, name.size());
    for (std::size_t i = 0; i < order_.size(); ++i) {
      const Value& v = row->values[i];
      const std::size_t next = i + 1 < order_.size() ? row->values[i + 1].begin : row->end;
      switch (order_[i]) {
        case Column::kTarget:
        case Column::kActual: {
          const bool target = order_[i] == Column::kTarget;
          SetValue(ind, v, target);
          // The sign written before the target ("≥266米").
          if (auto c = ParseCellValue(text.substr(v.begin, next - v.begin)).comparator; c && target) ind.comparator = c;
          Record(at + (target ? "/target" : "/actual"), base + v.begin, next - v.begin);
          break;
        }
        case Column::kWeight:
        case Column::kScore:
          if (auto points = ParseFixed<Points>(v.number)) {
            (order_[i] == Column::kWeight ? ind.weight : ind.score_stated) = *points;
            Record(at + (order_[i] == Column::kWeight ? "/weight" : "/score_stated"), base + v.begin, v.number.size());
          }
          break;
      }
    }
    list.push_back(std::move(ind));
    last_ = list.size() - 1;
    any = true;
    pos = row->end;
  }
  if (pos < text.size() && any) {
    ctx_.Unrecognized(c_.paragraph[base + pos], c_.offset[base + pos],
                      std::min(text.size() - pos, ctx_.paragraph(c_.paragraph[base + pos]).text.size() - c_.offset[base + pos]));
  }
  return any || pos >= text.size();
}

namespace {

// Where the next "指标12:" / "指标12：" (a numbered row of the indicator table) starts in `s` at or
// after `from`, and its length in `*length`; npos when none does.
std::size_t NumberedRow(std::string_view s, std::size_t from, std::size_t* length) {
  for (std::size_t at = Find(s, "指标", from); at != std::string_view::npos; at = Find(s, "指标", at + 1)) {
    std::size_t pos = at + std::string_view("指标").size();
    const std::size_t digits = pos;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
    if (pos == digits || pos - digits > 2) continue;
    if (s.compare(pos, 1, ":") == 0) return *length = pos + 1 - at, at;
    if (s.compare(pos, 3, "：") == 0) return *length = pos + 3 - at, at;
  }
  return std::string_view::npos;
}

// "21.9" left after a row's target and actual, in a table with 分值 and 得分 columns: the points
// and the score run together, split where the score is at most the points (2 | 1.9); nullopt
// unless exactly one split fits.
std::optional<std::pair<Points, Points>> SplitPointsRun(std::string_view run) {
  std::optional<std::pair<Points, Points>> found;
  for (std::size_t cut = 1; cut < run.size(); ++cut) {
    const std::string_view w = run.substr(0, cut), s = run.substr(cut);
    if (w.find('.') != std::string_view::npos || (s.size() > 1 && s[0] == '0' && s[1] != '.') || s[0] == '.') continue;
    const auto weight = ParseFixed<Points>(w), score = ParseFixed<Points>(s);
    if (!weight || !score || *weight > Points::FromWhole(100) || *weight <= Points::FromWhole(0) || *score > *weight) continue;
    if (found) return std::nullopt;
    found = std::pair{*weight, *score};
  }
  return found;
}

}  // namespace

// The rows of a stretch of the indicator table; "指标1:" markers, where the table numbers its rows,
// part it into one row each.
void FlatTableReader::Entries(std::string_view text, std::size_t base) {
  std::size_t length = 0;
  std::size_t marker = NumberedRow(text, 0, &length);
  if (marker == std::string_view::npos) return Rows(text, base, false);
  if (marker > 0) Rows(text.substr(0, marker), base, false);
  while (marker != std::string_view::npos) {
    const std::size_t begin = marker + length;
    marker = NumberedRow(text, begin, &length);
    const std::size_t end = marker == std::string_view::npos ? text.size() : marker;
    if (end > begin) Rows(text.substr(begin, end - begin), base + begin, true);
  }
}

void FlatTableReader::Rows(std::string_view text, std::size_t base, bool numbered) {
  if (OrderedRows() && OrderedEntries(text, base)) return;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::string_view rest = text.substr(pos);
    std::vector<Value> values;
    std::size_t end = 0;
    const auto q = FindValues(rest, values, &end);
    if (!q) {  // words without figures: the reason column of the indicator before
      auto& list = project().indicators;
      if (last_ && !list[*last_].deviation_reason) {
        list[*last_].deviation_reason = std::string(rest);
        Record("indicators/" + std::to_string(*last_) + "/deviation_reason", base + pos, rest.size());
      } else {
        ctx_.Unrecognized(c_.paragraph[base + pos], c_.offset[base + pos],
                          std::min(rest.size(), ctx_.paragraph(c_.paragraph[base + pos]).text.size() -
                                                    c_.offset[base + pos]));
      }
      return;
    }
    Indicator ind;
    ind.level1 = level1_, ind.level2 = level2_;
    ind.name = std::string(rest.substr(0, *q));
    SetValue(ind, values[0], true);
    SetValue(ind, values[1], false);
    auto& list = project().indicators;
    const std::string at = "indicators/" + std::to_string(list.size());
    Record(at + "/name", base + pos, *q);
    Record(at + "/target", base + pos + values[0].begin, values[1].begin - values[0].begin);
    Record(at + "/actual", base + pos + values[1].begin, end - values[1].begin);
    // A numbered row's last cells: its points and score, run together.
    const std::string_view tail = rest.substr(end);
    if (numbered && weight_column_ && score_column_ && !tail.empty() &&
        tail.find_first_not_of("0123456789.") == std::string_view::npos) {
      if (const auto points = SplitPointsRun(tail)) {
        ind.weight = points->first, ind.score_stated = points->second;
        Record(at + "/weight", base + pos + end, tail.size());
        Record(at + "/score_stated", base + pos + end, tail.size());
        end = rest.size();
      }
    }
    list.push_back(std::move(ind));
    last_ = list.size() - 1;
    pos += end;
  }
}

bool StartsFlatTable(std::string_view text) {
  // Cheapest tests first: narrative paragraphs are long and have a "。" early on. (A form's
  // own text — its objectives — may hold one far in, after its title and funds.)
  if (!LongerThan(text, 80) || !ContainsAny(text, {"自评表", "评价表"}) || !ContainsAny(text, {"执行率", "指标"})) return false;
  const std::size_t stop = Find(text, "。");
  return stop == std::string_view::npos || (Find(text, "资金总额") < stop && Find(text, "自评表") < stop);
}

bool ContinuesFlatTable(std::string_view text) {
  return !Contains(text, "。") && Contains(RemoveSpaces(text), "指标");
}

void ReadFlatTable(ParseContext& context, ProjectsParser& projects, const std::vector<std::size_t>& paragraphs) {
  FlatTableReader(context, projects, paragraphs).Run();
}

// Longest run of run-together digits tried; longer runs are no table cells.
constexpr std::size_t kMaxFundsRun = 48;

std::optional<FundsSplit> SplitFundsRun(std::string_view d, bool points_before_rate) {
  if (d.size() > kMaxFundsRun) return std::nullopt;
  std::optional<FundsSplit> best;
  Int128 best_error = 0, best_scale = 1;
  for (std::size_t i = 1; i + 1 < d.size(); ++i) {
    for (std::size_t j = i + 1; j < d.size(); ++j) {
     // With the points between (执行数 | 分值 | 执行率): a whole number of at most 100 ends b.
     for (std::size_t w = points_before_rate ? i + 1 : j; w <= j; ++w) {
      if (points_before_rate) {
        const std::string_view points = d.substr(w, j - w);
        if (points.empty() || points.size() > 3 || (points.size() > 1 && points[0] == '0') ||
            points.find('.') != std::string_view::npos || std::stoi(std::string(points)) > 100) {
          continue;
        }
      }
      const std::string_view a = d.substr(0, i), b = d.substr(i, w - i), r = d.substr(j);
      if (!ValidDecimal(a, 2) || !ValidDecimal(b, 2) || !ValidDecimal(r, 2)) continue;
      // Exact integers: budget and executed in hundredths, the rate in 1e-4 percent.
      const auto av = ParseScaled(a, 2), bv = ParseScaled(b, 2), rv = ParseScaled(r, 4);
      if (!av || !bv || !rv || *rv > 1000 * 10000) continue;
      // |b / a * 100 - r| <= half a unit of r's last decimal, as |b * 1e6 - r * a| <= tol * a.
      Int128 tolerance = 5;
      for (int k = Decimals(r); k < 3; ++k) tolerance *= 10;
      Int128 error, scale;
      if (*av == 0) {
        if (*bv != 0 || *rv != 0) continue;
        error = 0, scale = 1;
      } else {
        error = static_cast<Int128>(*bv) * 1000000 - static_cast<Int128>(*rv) * *av;
        if (error < 0) error = -error;
        if (error > tolerance * *av) continue;
        scale = *av;
      }
      // Compare error / scale across candidates without dividing.
      if (!best || error * best_scale < best_error * scale) {
        best = FundsSplit{std::string(a), std::string(b), std::string(r)};
        best_error = error, best_scale = scale;
      }
     }
    }
  }
  return best;
}

}  // namespace jixiao::parse
