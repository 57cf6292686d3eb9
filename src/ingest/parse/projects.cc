#include "ingest/parse/projects.h"

#include "core/money.h"
#include "ingest/parse/department.h"
#include "ingest/parse/headings.h"
#include "ingest/parse/lexicon.h"
#include "ingest/parse/satisfaction.h"
#include "ingest/parse/scan.h"

namespace jixiao::parse {
namespace {

constexpr std::size_t kMaxGroupChars = 24;
constexpr std::size_t kMaxTitleChars = 60;

std::size_t OffsetIn(std::string_view whole, std::string_view part) {
  return static_cast<std::size_t>(part.data() - whole.data());
}

// A table's project name matches a narrative one that contains it (or is contained in it)
// only when the shorter name has at least this many characters.
constexpr std::size_t kMinPartialNameChars = 6;

// A project name for matching: no spaces, quotes or book-title marks.
std::string ProjectKey(std::string_view name) {
  std::string out;
  std::size_t pos = 0, len = 0;
  while (pos < name.size()) {
    const char32_t cp = CodePointAt(name, pos, &len);
    const bool skip = IsSpace(cp) || cp == U'“' || cp == U'”' || cp == U'"' || cp == U'《' || cp == U'》';
    if (!skip) out.append(name.substr(pos, len));
    pos += len;
  }
  return out;
}

// Words that name a project's own paragraph rather than a new project.
bool NamesField(std::string_view body) {
  return ContainsAny(body, {"资金使用情况", "项目实施情况", "产生的效益", "满意度", "未完成原因", "绩效自评表"});
}

// What a "label：" in a project's text names, in the order its rules are tried: the label's
// lowest rank wins.
enum LabelRank { kNameLabel, kSatisfactionLabel, kReasonLabel, kFundsLabel, kBenefitsLabel, kImplementationLabel };

// The LabelRank of a label's text, -1 when it names none of them.
int RankLabel(std::string_view name) {
  static const KeywordTable kLabels = {
      {kNameLabel, {"项目名称"}},
      {kSatisfactionLabel, {"满意度"}},
      {kReasonLabel, {"原因"}},
      {kFundsLabel, {"资金", "预算", "经费"}},
      {kBenefitsLabel, {"效益", "成效", "效果"}},
      {kImplementationLabel, {"实施", "完成情况", "开展情况", "建设内容"}},
  };
  return kLabels.Lowest(name);
}

}  // namespace

bool IsProjectGroupHeading(std::string_view body, ProjectLevel* level) {
  if (!IsTitleLike(body, kMaxGroupChars) || !ContainsAny(body, {"安排", "资金", "经费"})) return false;
  if (ContainsAny(body, {"上级", "中央", "省级", "转移支付"})) {
    *level = ProjectLevel::kSuperior;
    return true;
  }
  if (ContainsAny(body, {"本级", "自有", "本单位"})) {
    *level = ProjectLevel::kOwn;
    return true;
  }
  return false;
}

void ProjectsParser::Paragraph(std::size_t index) {
  const std::string_view text = ctx_.paragraph(index).text;
  const HeadingMarker& marker = ctx_.Marker(index);
  const std::string_view body = ctx_.Body(index);
  ctx_.MarkUsed(index);
  if (Grouping(body)) return;
  if (const std::size_t label = LabelLength(body, 16); label > 0 && Labeled(index, body, label)) return;
  if (Contains(body, "满意度") && current_) {
    // The marker holds no 满意度, so the whole text has a phrase exactly when `body` does.
    if (auto phrase = ParseSatisfaction(text)) return Satisfaction(index, phrase);
  }
  if (marker.found() && IsTitleLike(body, kMaxTitleChars) && !NamesField(body) && !NamesRunningCost(body)) {
    const std::string_view name = TrimTrailing(body, "。；;");
    Start(index, OffsetIn(text, name), name.size());
    return;
  }
  if (current_ && field_ == Field::kFunds) return FundsFigures(index);
  if (current_ && field_ != Field::kNone) return SetText(index, field_, body);
  ctx_.Unrecognized(index);
}

bool ProjectsParser::Grouping(std::string_view body) {
  ProjectLevel level;
  if (IsProjectGroupHeading(body, &level)) {
    level_ = level;
    current_.reset();
    field_ = Field::kNone;
    return true;
  }
  // "（一）自评等级为“优”的项目（三个）": the projects of a kind, under it; no project itself.
  if (const std::size_t at = parse::Find(body, "的项目"); at != std::string_view::npos) {
    const std::string_view rest = body.substr(at + std::string_view("的项目").size());
    if (rest.empty() || StartsWith(rest, "（") || StartsWith(rest, "(")) {
      current_.reset();
      field_ = Field::kNone;
      return true;
    }
  }
  return false;
}

bool ProjectsParser::Labeled(std::size_t index, std::string_view body, std::size_t label) {
  const std::string_view name = body.substr(0, label);
  const std::string_view value = TrimSpace(body.substr(label));
  const std::string_view text = ctx_.paragraph(index).text;
  const int rank = RankLabel(name);
  if (rank == kNameLabel) {
    // "项目名称： X; 项目预算： …": the name ends where the next field starts.
    std::string_view name_value = value;
    for (std::string_view stop : {"；", ";", "，", ",", "。"}) {
      if (const std::size_t at = parse::Find(name_value, stop); at != std::string_view::npos) name_value = name_value.substr(0, at);
    }
    name_value = TrimSpace(name_value);
    if (name_value.empty()) return false;
    Start(index, OffsetIn(text, name_value), name_value.size());
    return true;
  }
  if (!current_) return false;
  switch (rank) {
    case kSatisfactionLabel: Satisfaction(index); return true;
    case kReasonLabel: SetText(index, Field::kShortfall, value); return true;
    case kFundsLabel:
      field_ = Field::kFunds;
      FundsFigures(index);
      return true;
    case kBenefitsLabel: SetText(index, Field::kBenefits, value); return true;
    case kImplementationLabel: SetText(index, Field::kImplementation, value); return true;
    default: return false;
  }
}

std::size_t ProjectsParser::Start(std::size_t index, std::size_t offset, std::size_t length) {
  auto& projects = ctx_.evaluation().projects;
  // A heading naming a project a table listed before ("（一）X" under a table of projects) goes on
  // with that project.
  const std::string_view name = TrimSpace(std::string_view(ctx_.paragraph(index).text).substr(offset, length));
  const std::string key = ProjectKey(name);
  for (std::size_t i = 0; i < projects.size(); ++i) {
    // (The key only when the names differ: most are written alike or not at all.)
    if (projects[i].name != name && (projects[i].name.size() < key.size() || KeyOf(i) != key)) continue;
    current_ = i;
    field_ = Field::kNone;
    return i;
  }
  Project p;
  p.name = std::string(name);
  p.level = level_;
  projects.push_back(std::move(p));
  current_ = projects.size() - 1;
  field_ = Field::kNone;
  ctx_.Record(ProjectPointer("name"), index, offset, length);
  return *current_;
}

std::optional<std::size_t> ProjectsParser::Find(std::string_view name) const {
  const std::string key = ProjectKey(name);
  const auto& projects = ctx_.evaluation().projects;
  std::optional<std::size_t> partial;
  int partial_count = 0;
  for (std::size_t i = 0; i < projects.size(); ++i) {
    const std::string& other = KeyOf(i);
    if (other == key) return i;
    const std::string& shorter = other.size() < key.size() ? other : key;
    const std::string& longer = other.size() < key.size() ? key : other;
    if (!LongerThan(shorter, kMinPartialNameChars - 1) || parse::Find(longer, shorter) == std::string_view::npos) continue;
    partial = i;
    ++partial_count;
  }
  return partial_count == 1 ? partial : std::nullopt;
}

const std::string& ProjectsParser::KeyOf(std::size_t i) const {
  const std::string& name = ctx_.evaluation().projects[i].name;
  if (keys_.size() <= i) keys_.resize(i + 1);
  // (Projects may be renamed or replaced by other readers: the key is kept only for the same name.)
  if (auto& [keyed, key] = keys_[i]; key.empty() || keyed != name) keyed = name, key = ProjectKey(name);
  return keys_[i].second;
}

std::size_t ProjectsParser::ForTable(std::size_t index, std::size_t offset, std::size_t length, bool* merged) {
  const std::string_view name = TrimSpace(std::string_view(ctx_.paragraph(index).text).substr(offset, length));
  const std::optional<std::size_t> found = Find(name);
  *merged = found.has_value();
  if (!found) return Start(index, offset, length);
  current_ = *found;
  field_ = Field::kNone;
  return *found;
}

std::size_t ProjectsParser::CurrentOrNew(std::size_t index, std::string_view name) {
  if (current_) return *current_;
  auto& projects = ctx_.evaluation().projects;
  Project p;
  p.name = std::string(name);
  p.level = level_;
  projects.push_back(std::move(p));
  current_ = projects.size() - 1;
  ctx_.Record(ProjectPointer("name"), index, 0, 0);
  return *current_;
}

void ProjectsParser::SetText(std::size_t index, Field field, std::string_view text) {
  Project& p = project();
  std::optional<std::string>& slot = field == Field::kImplementation ? p.implementation
                                     : field == Field::kBenefits     ? p.benefits
                                                                     : p.shortfall_reason;
  const char* name = field == Field::kImplementation ? "implementation"
                     : field == Field::kBenefits     ? "benefits"
                                                     : "shortfall_reason";
  if (!slot) {
    ctx_.Record(ProjectPointer(name), index, OffsetIn(ctx_.paragraph(index).text, text), text.size());
    slot.emplace();
  }
  slot->append(text);
  field_ = field;
}

void ProjectsParser::Satisfaction(std::size_t index) { Satisfaction(index, ParseSatisfaction(ctx_.paragraph(index).text)); }

void ProjectsParser::Satisfaction(std::size_t index, const std::optional<SatisfactionPhrase>& phrase) {
  if (!phrase || project().satisfaction) return ctx_.Unrecognized(index);
  jixiao::Satisfaction s;
  s.subject = phrase->subject;
  s.comparator = phrase->comparator;
  s.stated = phrase->value;
  project().satisfaction = std::move(s);
  ctx_.Record(ProjectPointer("satisfaction/stated"), index, phrase->value_begin, phrase->value_end - phrase->value_begin);
  if (phrase->subject) {
    ctx_.Record(ProjectPointer("satisfaction/subject"), index, phrase->subject_begin, phrase->subject->size());
  }
  field_ = Field::kNone;
}

void ProjectsParser::FundsFigures(std::size_t index) {
  const std::string_view text = ctx_.paragraph(index).text;
  const std::vector<Amount>& amounts = ctx_.Amounts(index);
  const std::size_t reason = FindReasonStart(text);
  for (const Amount& a : amounts) {
    if (a.begin >= reason) break;
    if (!PlaceFigure(index, a, amounts)) ctx_.Unrecognized(index, a.label_begin, a.end - a.label_begin);
  }
  if (reason != std::string_view::npos && !project().shortfall_reason) {
    SetText(index, Field::kShortfall, TrimSpace(text.substr(reason)));
  }
  field_ = Field::kFunds;
}

bool ProjectsParser::PlaceFigure(std::size_t index, const Amount& a, const std::vector<Amount>& all) {
  Project& p = project();
  const FigureSlot slot = ClassifyLabel(a.label, a.kind);
  const auto set = [&](std::optional<Money>& field, const char* pointer) {
    if (field) return false;
    field = a.money;
    ctx_.Record(ProjectPointer(pointer), index, a.begin, a.end - a.begin);
    return true;
  };
  (void)all;
  switch (slot) {
    case FigureSlot::kBudget: return set(p.budget.total, "budget/total");
    case FigureSlot::kFiscal: return set(p.budget.fiscal, "budget/fiscal");
    case FigureSlot::kOther: return set(p.budget.other, "budget/other");
    case FigureSlot::kExecuted: return set(p.executed, "executed");
    case FigureSlot::kRate:
      if (p.execution_rate_stated) return false;
      p.execution_rate_stated = a.percent;
      ctx_.Record(ProjectPointer("execution_rate_stated"), index, a.begin, a.end - a.begin);
      return true;
    case FigureSlot::kInitialBudget:
      p.budget.extras.emplace_back("initial", JsonMoney(a.money));
      ctx_.Record(ProjectPointer("budget/initial"), index, a.begin, a.end - a.begin);
      return true;
    default:
      return false;
  }
}

}  // namespace jixiao::parse
