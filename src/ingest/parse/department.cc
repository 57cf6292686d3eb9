#include "ingest/parse/department.h"

#include "core/money.h"
#include "ingest/parse/headings.h"
#include "ingest/parse/lexicon.h"
#include "ingest/parse/paragraphs.h"
#include "ingest/parse/scan.h"

namespace jixiao::parse {
namespace {

constexpr std::string_view kItemEnds = "；。;.，,";

// Adds `text` to an optional field, joining continuation paragraphs directly.
void AppendText(std::optional<std::string>& field, std::string_view text) {
  if (!field) field.emplace();
  field->append(text);
}

std::optional<std::string>* TaskSlot(Task& task, int field) {
  switch (field) {
    case 1: return &task.task;
    case 2: return &task.completion;
    case 3: return &task.achievements;
    default: return nullptr;
  }
}

const char* TaskFieldName(int field) {
  return field == 1 ? "task" : field == 2 ? "completion" : "achievements";
}

// Offset of `part` inside `whole` (both views into the same buffer).
std::size_t OffsetIn(std::string_view whole, std::string_view part) {
  return static_cast<std::size_t>(part.data() - whole.data());
}

void AddExtraMoney(Extras& extras, std::string_view key, Money money) {
  for (const auto& [k, v] : extras) {
    if (k == key) return;
  }
  extras.emplace_back(std::string(key), JsonMoney(money));
}

// Appends {"type": label, "amount": "…"} to the by_expense_type extra list.
// Returns the index of the new item.
std::size_t AddExpenseType(Extras& extras, std::string_view label, Money money) {
  std::string item = "{\"type\":";
  AppendJsonString(item, label);
  item += ",\"amount\":\"" + ToYuanString(money) + "\"}";
  for (auto& [k, v] : extras) {
    if (k == "by_expense_type") {
      v.insert(v.size() - 1, "," + item);
      std::size_t items = 0;
      for (char c : v) items += c == '{';
      return items - 1;
    }
  }
  extras.emplace_back("by_expense_type", "[" + item + "]");
  return 0;
}

}  // namespace

void AppendJsonString(std::string& out, std::string_view value) {
  out += '"';
  for (char c : value) {
    if (c == '"' || c == '\\') {
      out += '\\', out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += ' ';
    } else {
      out += c;
    }
  }
  out += '"';
}

std::string JsonMoney(Money money) {
  std::string out;
  AppendJsonString(out, ToYuanString(money));
  return out;
}

std::size_t FindReasonStart(std::string_view text) {
  for (std::string_view word : {"主要原因", "原因是", "原因：", "原因:", "原因为"}) {
    if (const std::size_t at = Find(text, word); at != std::string_view::npos) return at;
  }
  return std::string_view::npos;
}

void DepartmentParser::Function(std::size_t index) {
  const HeadingMarker& marker = ctx_.Marker(index);
  std::string_view body = ctx_.Body(index);
  ctx_.MarkUsed(index);
  if (marker.found()) return AddFunction(index, body);
  if (EndsWith(body, "：") || EndsWith(body, ":")) return;  // "主要职能如下："
  body = TrimSpace(body.substr(LabelLength(body)));
  while (!body.empty()) {
    const std::size_t wide = Find(body, "；"), narrow = body.find(';');
    const std::size_t cut = std::min(wide, narrow);
    AddFunction(index, body.substr(0, cut));
    if (cut == std::string_view::npos) break;
    body = TrimSpace(body.substr(cut + (cut == wide ? 3 : 1)));
  }
}

void DepartmentParser::AddFunction(std::size_t index, std::string_view item) {
  item = TrimSpace(TrimTrailing(TrimSpace(item), kItemEnds));
  if (item.empty()) return;
  Evaluation& ev = ctx_.evaluation();
  ctx_.Record(Pointer("/functions", ev.functions.size()), index, OffsetIn(ctx_.paragraph(index).text, item),
              item.size());
  ev.functions.emplace_back(item);
}

void DepartmentParser::Task(std::size_t index) {
  std::string_view body = ctx_.Body(index);
  const std::size_t label = LabelLength(body);
  ctx_.MarkUsed(index);
  if (label == 0) {
    if (task_field_ == TaskField::kNone) return ctx_.Unrecognized(index);
    return SetTaskField(index, task_field_, body);
  }
  const std::string_view name = body.substr(0, label);
  const std::string_view value = TrimSpace(body.substr(label));
  if (ContainsAny(name, {"成绩", "成效", "成果"})) return SetTaskField(index, TaskField::kAchievements, value);
  if (Contains(name, "完成")) return SetTaskField(index, TaskField::kCompletion, value);
  if (ContainsAny(name, {"任务", "目标"})) {
    ctx_.evaluation().tasks.emplace_back();
    return SetTaskField(index, TaskField::kTask, value);
  }
  if (task_field_ == TaskField::kNone) return ctx_.Unrecognized(index);
  SetTaskField(index, task_field_, body);
}

void DepartmentParser::SetTaskField(std::size_t index, TaskField field, std::string_view text) {
  auto& tasks = ctx_.evaluation().tasks;
  const int f = static_cast<int>(field);
  if (tasks.empty() || (field != task_field_ && *TaskSlot(tasks.back(), f))) tasks.emplace_back();
  std::optional<std::string>& slot = *TaskSlot(tasks.back(), f);
  if (!slot) {
    ctx_.Record(Pointer("/tasks", tasks.size() - 1, TaskFieldName(f)), index, OffsetIn(ctx_.paragraph(index).text, text),
                text.size());
  }
  AppendText(slot, text);
  task_field_ = field;
}

void DepartmentParser::Funds(std::size_t index) {
  const std::string_view text = ctx_.paragraph(index).text;
  ctx_.MarkUsed(index);
  const std::vector<Amount>& amounts = ctx_.Amounts(index);
  // The rest of a shortfall reason that a line break after "。" cut off; a short line that
  // ends without a sentence mark is a caption ("预算执行情况"), not the reason's rest.
  const bool caption = IsTitleLike(text) && !EndsSentence(text);
  if (reason_open_ && amounts.empty() && !caption && !ctx_.Marker(index).found() && LabelLength(text) == 0) {
    ctx_.evaluation().funds.shortfall_reason->append(TrimSpace(text));
    return;
  }
  reason_open_ = false;
  const std::size_t reason = FindReasonStart(text);
  bool placed_rate_or_total = false;
  for (const Amount& a : amounts) {
    if (a.begin >= reason) break;
    // "“三公经费”预算10.5903万元，实际支出10.0695万元": the running costs, no totals of the department.
    const std::size_t stop = RFind(text, "。", a.begin);
    if (NamesRunningCost(text.substr(stop == std::string_view::npos ? 0 : stop, a.begin - (stop == std::string_view::npos ? 0 : stop)))) {
      continue;
    }
    PlaceFigure(index, a, amounts);
    const FigureSlot slot = ClassifyLabel(a.label, a.kind);
    placed_rate_or_total |= slot == FigureSlot::kRate || slot == FigureSlot::kExecuted;
  }
  if (reason != std::string_view::npos && placed_rate_or_total) ShortfallReason(index, reason);
  if (amounts.empty() && reason == std::string_view::npos) ctx_.Unrecognized(index);
}

void DepartmentParser::ShortfallReason(std::size_t index, std::size_t from) {
  DepartmentFunds& funds = ctx_.evaluation().funds;
  if (funds.shortfall_reason) return;
  const std::string_view text = ctx_.paragraph(index).text;
  funds.shortfall_reason = std::string(TrimSpace(text.substr(from)));
  reason_open_ = true;
  ctx_.Record("/funds/shortfall_reason", index, from, text.size() - from);
}

void DepartmentParser::PlaceFigure(std::size_t index, const Amount& a, const std::vector<Amount>& all) {
  DepartmentFunds& funds = ctx_.evaluation().funds;
  const auto record = [&](const std::string& pointer) { ctx_.Record(pointer, index, a.begin, a.end - a.begin); };
  const FigureSlot parent_slot =
      a.parent >= 0 ? ClassifyLabel(all[a.parent].label, all[a.parent].kind) : FigureSlot::kNone;
  FigureSlot slot = ClassifyLabel(a.label, a.kind);
  if (parent_slot == FigureSlot::kProjectFunds && funds.project_funds) {
    std::optional<Money>* target = slot == FigureSlot::kOwnLevel   ? &funds.project_funds->own_level
                                   : slot == FigureSlot::kSuperior ? &funds.project_funds->superior
                                                                   : nullptr;
    if (target != nullptr && !*target) {
      *target = a.money;
      return record(slot == FigureSlot::kOwnLevel ? "/funds/project_funds/own_level" : "/funds/project_funds/superior");
    }
  }
  switch (slot) {
    case FigureSlot::kBudget:
      if (funds.budget_total) break;
      funds.budget_total = a.money;
      return record("/funds/budget_total");
    case FigureSlot::kExecuted:
      if (funds.executed_total) break;
      funds.executed_total = a.money;
      return record("/funds/executed_total");
    case FigureSlot::kRate:
      if (funds.execution_rate_stated) break;
      funds.execution_rate_stated = a.percent;
      return record("/funds/execution_rate_stated");
    case FigureSlot::kEconomicClass:
      record(Pointer("/funds/by_economic_class", funds.by_economic_class.size(), "amount"));
      funds.by_economic_class.push_back({std::string(EconomicClassIn(a.label)), a.money, {}});
      return;
    case FigureSlot::kProjectFunds:
      if (funds.project_funds) break;
      funds.project_funds.emplace().total = a.money;
      return record("/funds/project_funds/total");
    case FigureSlot::kIncome:
      AddExtraMoney(funds.extras, "income_total", a.money);
      return record("/funds/income_total");
    case FigureSlot::kIncomeFiscal:
      AddExtraMoney(funds.extras, "income_fiscal", a.money);
      return record("/funds/income_fiscal");
    case FigureSlot::kExpenseType:
      return record(Pointer("/funds/by_expense_type", AddExpenseType(funds.extras, a.label, a.money), "amount"));
    default:
      break;
  }
  ctx_.Unrecognized(index, a.label_begin, a.end - a.label_begin);
}

}  // namespace jixiao::parse
