#include "service/review_desk.h"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <tuple>

#include "base/text.h"
#include "core/money.h"
#include "format/audit_json.h"
#include "render/layout.h"
#include "render/render.h"
#include "rules/scoring.h"
#include "service/assessment.h"
#include "service/credentials.h"
#include "service/document_diff.h"
#include "service/evaluation_service.h"

namespace jixiao {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t kMaxEvidenceBytes = 10 * 1024 * 1024;
constexpr std::size_t kMaxTextBytes = 4000;

tl::unexpected<Error> Forbidden(std::string message) { return Fail(ErrorCode::kForbidden, std::move(message)); }

std::string Today(int64_t now) { return BeijingTimeText(now).substr(0, 10); }

bool IsDate(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  const int month = std::stoi(text.substr(5, 2)), day = std::stoi(text.substr(8, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

std::string Text(const std::optional<Points>& points) { return points ? ToString(*points) : std::string(); }


// What a board, the portal and results need of a version, computed once per version (versions
// never change, so the cache never goes stale).
struct Summary {
  std::string self_total, self_grade, execution_rate, budget_total, executed_total;
  int errors = 0, warnings = 0, explained = 0;
  Scores scores;
  Json document;
  Json findings;
};

Summary Summarize(const VersionRecord& version, const ScoringProfile& profile) {
  Summary s;
  auto evaluation = ParseDocument(version.document);
  if (!evaluation) return s;
  Assessed assessed = Assess(std::move(*evaluation), profile);
  const DepartmentScore& overall = assessed.scores.overall;
  s.self_total = ToString(overall.total);
  s.self_grade = overall.grade ? std::string(GradeName(*overall.grade)) : std::string();
  s.execution_rate = overall.execution_rate ? ToString(*overall.execution_rate) : std::string();
  const auto& funds = assessed.evaluation.funds;
  s.budget_total = funds.budget_total ? ToYuanString(*funds.budget_total) : std::string();
  s.executed_total = funds.executed_total ? ToYuanString(*funds.executed_total) : std::string();
  s.document = ParseStored(version.document).value_or(Json::object());
  s.findings = FindingsJson(assessed.findings, s.document, ParseObject(version.explanations));
  int unexplained = 0;
  CountFindings(s.findings, s.errors, s.warnings, unexplained);
  s.explained = s.warnings - unexplained;
  s.scores = std::move(assessed.scores);
  return s;
}

// The rows a reviewer re-scores: the department's execution row and its indicator rows (the
// 部门整体 indicators, or the projects' block when there are none).
ScoreRow Row(std::string key, std::string label, std::string max, std::string self) {
  ScoreRow row;
  row.key = std::move(key);
  row.label = std::move(label);
  row.max = std::move(max);
  row.self = std::move(self);
  return row;
}

std::vector<ScoreRow> SelfRows(const Summary& summary) {
  const DepartmentScore& overall = summary.scores.overall;
  std::vector<ScoreRow> rows;
  rows.push_back(Row("execution", "预算执行率", ToString(overall.execution.max), Text(overall.execution.earned)));
  if (overall.department_indicators.empty()) {
    rows.push_back(Row("indicators", "项目绩效指标（按项目预算加权）", ToString(overall.indicators.max),
                       Text(overall.indicators.earned)));
    return rows;
  }
  const Json& indicators = summary.document.value("department_indicators", Json::array());
  for (const IndicatorScore& score : overall.department_indicators) {
    std::string label = "部门整体指标";
    if (score.index < indicators.size()) {
      const Json& ind = indicators[score.index];
      label = ind.value("level2", std::string()) + "·" + ind.value("name", std::string());
    }
    rows.push_back(Row("indicator/" + std::to_string(score.index), label, ToString(score.weight),
                       overall.indicators.earned ? Text(score.score) : std::string()));
  }
  return rows;
}

struct Totals {
  std::string review_total, review_grade;
  bool flagged = false;
};

// Applies the sheet's deductions to the rows; the review total is the self total less them.
Totals ApplySheet(std::vector<ScoreRow>& rows, const Json& sheet_rows, const Summary& summary,
                  const ScoringProfile& profile) {
  Points deducted;
  for (ScoreRow& row : rows) {
    row.review = row.self;
    if (!sheet_rows.contains(row.key) || row.self.empty()) continue;
    const Json& entry = sheet_rows[row.key];
    auto deduction = ParseFixed<Points>(entry.value("deduction", std::string()));
    auto self = ParseFixed<Points>(row.self);
    if (!deduction || !self) continue;
    row.deduction = ToString(*deduction);
    row.reason = entry.value("reason", std::string());
    row.review = ToString(*self - *deduction);
    row.flagged = *deduction >= profile.review_flag_threshold;
    deducted += *deduction;
  }
  Totals totals;
  const DepartmentScore& overall = summary.scores.overall;
  const Points review = overall.total - deducted;
  totals.review_total = ToString(review);
  if (overall.grade) totals.review_grade = std::string(GradeName(GradeOf(review, profile)));
  totals.flagged = deducted >= profile.review_flag_threshold;
  return totals;
}

// Where a unit-year stands, from its draft, its latest version's number, the latest bureau
// decision and department review (either may be on an earlier version), and whether its
// region requires the department's first review.
struct StageFacts {
  const DecisionRecord* decision = nullptr;
  const DepartmentReviewRecord* department = nullptr;
  bool department_required = false;
  bool published = false;
};

Stage StageFrom(const std::optional<DraftRecord>& draft, int latest_version, const StageFacts& facts) {
  if (!draft) return Stage::kNotStarted;
  if (facts.published) return Stage::kPublished;
  const DecisionRecord* decision = facts.decision && facts.decision->number == latest_version ? facts.decision : nullptr;
  const DepartmentReviewRecord* department =
      facts.department && facts.department->number == latest_version ? facts.department : nullptr;
  if (draft->status == YearStatus::kSubmitted) {
    if (decision && decision->decision == Decision::kPassed) return Stage::kPassed;
    const bool forwarded = department && department->outcome == DepartmentOutcome::kForwarded;
    return facts.department_required && !forwarded ? Stage::kAwaitingDepartment : Stage::kSubmitted;
  }
  const bool returned = (decision && decision->decision == Decision::kReturned) ||
                        (department && department->outcome == DepartmentOutcome::kReturned);
  return returned ? Stage::kReturned : Stage::kDraft;
}



std::string_view StatusLabel(RectificationStatus status) {
  switch (status) {
    case RectificationStatus::kOpen: return "待整改";
    case RectificationStatus::kInProgress: return "整改中";
    case RectificationStatus::kToVerify: return "待核";
    case RectificationStatus::kClosed: return "已销号";
  }
  return "待整改";
}

// The kinds of evidence a unit may upload, recognised by their first bytes.
std::optional<std::string> EvidenceMime(const std::string& bytes) {
  const auto starts = [&](std::string_view magic) { return bytes.compare(0, magic.size(), magic) == 0; };
  if (starts("%PDF-")) return "application/pdf";
  if (starts("\x89PNG\r\n\x1a\n")) return "image/png";
  if (starts("\xFF\xD8\xFF")) return "image/jpeg";
  if (starts("PK\x03\x04")) return "application/zip";  // DOCX, XLSX
  return std::nullopt;
}


// The stored document without the texts its "internal" list names (a withheld member becomes
// null, a withheld list item is removed) and without the list itself.
std::string WithoutInternalFields(const std::string& stored) {
  Json document = Json::parse(stored, nullptr, false);
  if (!document.is_object() || !document.contains("internal") || !document["internal"].is_array()) return stored;
  const Json marker = "\x01withheld";
  for (const Json& entry : document["internal"]) {
    if (!entry.is_string()) continue;
    try {
      const Json::json_pointer pointer(entry.get<std::string>());
      if (!document.contains(pointer)) continue;
      Json& target = document[pointer];
      const bool item = !pointer.parent_pointer().empty() && document[pointer.parent_pointer()].is_array();
      target = target.is_array() ? Json::array() : item ? marker : Json(nullptr);
    } catch (const std::exception&) {
      // the format refuses such a pointer when the version is stored; nothing to withhold
    }
  }
  for (const char* list : {"functions", "next_steps"}) {
    if (document.contains(list) && document[list].is_array()) {
      Json& items = document[list];
      items.erase(std::remove(items.begin(), items.end(), marker), items.end());
    }
  }
  document.erase("internal");
  return document.dump();
}

// Every region at or below `scope` with the figures of the units under it.
std::vector<RegionRollup> RollUp(const std::vector<BoardRow>& rows, const std::string& scope) {
  struct Sums {
    RegionRollup rollup;
    Money budget, executed;
    int64_t score_hundredths = 0;
    int scored = 0;
  };
  std::map<std::string, Sums> by_region;
  const auto scope_depth = std::count(scope.begin(), scope.end(), '/') + (scope.empty() ? 0 : 1);
  for (const BoardRow& row : rows) {
    const std::string& region = row.unit.region;
    for (std::size_t end = 0; end != std::string::npos;) {
      end = region.find('/', end + 1);
      const std::string path = region.substr(0, end);
      if (path.empty() || (path.size() < scope.size())) continue;
      Sums& sums = by_region[path];
      RegionRollup& r = sums.rollup;
      r.region = path;
      r.depth = static_cast<int>(std::count(path.begin(), path.end(), '/') + 1 - scope_depth);
      ++r.units;
      if (row.version > 0) ++r.submitted;
      if (row.stage == Stage::kPassed || row.stage == Stage::kPublished) ++r.passed;
      if (row.stage == Stage::kPublished) ++r.published;
      if (row.stage == Stage::kReturned) ++r.returned;
      if (row.late) ++r.late;
      if (auto budget = ParseFixed<Money>(row.budget_total)) sums.budget += *budget;
      if (auto executed = ParseFixed<Money>(row.executed_total)) sums.executed += *executed;
      if (auto score = ParseFixed<Points>(row.self_total); score && !row.self_total.empty()) {
        sums.score_hundredths += score->units();
        ++sums.scored;
      }
    }
  }
  std::vector<RegionRollup> out;
  const int top = by_region.empty() ? 0 : std::min_element(by_region.begin(), by_region.end(), [](auto& a, auto& b) {
                                            return a.second.rollup.depth < b.second.rollup.depth;
                                          })->second.rollup.depth;
  for (auto& [path, sums] : by_region) {
    RegionRollup r = sums.rollup;
    r.depth -= top;
    r.budget_total = ToYuanString(sums.budget);
    r.executed_total = ToYuanString(sums.executed);
    if (sums.budget.units() > 0) r.execution_rate = ToString(PercentOf(sums.executed, sums.budget));
    if (sums.scored > 0) {
      r.mean_score = ToString(Points::FromUnits((sums.score_hundredths * 2 + sums.scored) / (2 * sums.scored)));
    }
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace

bool IsBureau(const UserRecord& user) {
  return user.role == Role::kAdmin || (user.role == Role::kReviewer && user.scope.empty() && !user.department_reviewer);
}

class SummaryCache {
 public:
  std::shared_ptr<const Summary> Of(const VersionRecord& version, const ScoringProfile& profile) {
    const std::string key = profile.id + "/" + std::to_string(version.unit_id) + "/" + std::to_string(version.year) + "/" +
                            std::to_string(version.number) + "/" + version.content_hash;
    {
      std::lock_guard lock(mutex_);
      if (auto it = cache_.find(key); it != cache_.end()) return it->second;
    }
    auto summary = std::make_shared<const Summary>(Summarize(version, profile));
    std::lock_guard lock(mutex_);
    if (cache_.size() > 4096) cache_.clear();
    return cache_.emplace(key, summary).first->second;
  }

 private:
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const Summary>> cache_;
};


std::string_view StageName(Stage stage) {
  switch (stage) {
    case Stage::kNotStarted: return "not_started";
    case Stage::kDraft: return "draft";
    case Stage::kReturned: return "returned";
    case Stage::kAwaitingDepartment: return "department";
    case Stage::kSubmitted: return "submitted";
    case Stage::kPassed: return "passed";
    case Stage::kPublished: return "published";
  }
  return "draft";
}

std::string_view StageLabel(Stage stage) {
  switch (stage) {
    case Stage::kNotStarted: return "未填报";
    case Stage::kDraft: return "草稿";
    case Stage::kReturned: return "被退回";
    case Stage::kAwaitingDepartment: return "待主管部门初审";
    case Stage::kSubmitted: return "待审核";
    case Stage::kPassed: return "已通过";
    case Stage::kPublished: return "已公开";
  }
  return "草稿";
}

ReviewDesk::ReviewDesk(Workspace& workspace, const Clock& clock)
    : workspace_(workspace), repository_(workspace.repository()), clock_(clock),
      summaries_(std::make_unique<SummaryCache>()) {}

ReviewDesk::~ReviewDesk() = default;

Change ReviewDesk::ChangeBy(const Caller& caller) const {
  return Change{caller.who.user.login, caller.address, clock_.NowSeconds()};
}

Result<bool> ReviewDesk::MayReview(const Caller& caller, int64_t unit_id) const {
  const Role role = caller.who.user.role;
  if (role != Role::kReviewer && role != Role::kAdmin) return Forbidden("只有财政复核人员可以复核");
  if (caller.who.user.department_reviewer) return Forbidden("主管部门审核人只作初审，复核评分和结论由财政局作出");
  return workspace_.MayRead(caller, unit_id);
}

Result<bool> ReviewDesk::NeedsDepartmentReview(const UnitRecord& unit) {
  auto regions = repository_.ListDepartmentReviewRegions();
  if (!regions) return tl::unexpected(regions.error());
  return std::any_of(regions->begin(), regions->end(),
                     [&](const std::string& region) { return InScope(unit.region, region); });
}

// ---- the year's task and the board ----

Result<TaskRecord> ReviewDesk::IssueTask(const Caller& caller, int year, const std::string& deadline,
                                         const std::string& note) {
  if (!IsBureau(caller.who.user)) return Forbidden("只有财政局（管理员或全辖区复核人）可以下达自评任务");
  if (year < 2000 || year > 2100) return Invalid("字段 year：年度须是 2000 到 2100 之间的四位数字");
  if (!IsDate(deadline)) return Invalid("字段 deadline：截止日期须写成 2025-03-31 的形式");
  if (note.size() > kMaxTextBytes) return Invalid("字段 note：说明过长");
  return repository_.SetTask({year, deadline, note, "", 0}, ChangeBy(caller));
}

Result<Board> ReviewDesk::YearBoard(const Caller& caller, int year) {
  const Role role = caller.who.user.role;
  if (role != Role::kReviewer && role != Role::kAdmin) return Forbidden("只有财政复核人员和管理员可以查看全部单位");
  auto units = workspace_.Units(caller);
  if (!units) return tl::unexpected(units.error());
  auto task = repository_.GetTask(year);
  if (!task) return tl::unexpected(task.error());
  auto drafts = repository_.ListDraftsOfYear(year);
  if (!drafts) return tl::unexpected(drafts.error());
  auto decisions = repository_.ListDecisionsOfYear(year);
  if (!decisions) return tl::unexpected(decisions.error());
  auto publications = repository_.ListPublications(year);
  if (!publications) return tl::unexpected(publications.error());
  auto rectifications = repository_.ListRectifications(0, 0);
  if (!rectifications) return tl::unexpected(rectifications.error());
  auto department_reviews = repository_.ListDepartmentReviewsOfYear(year);
  if (!department_reviews) return tl::unexpected(department_reviews.error());
  auto department_regions = repository_.ListDepartmentReviewRegions();
  if (!department_regions) return tl::unexpected(department_regions.error());

  std::map<int64_t, const DepartmentReviewRecord*> department_of;
  for (const auto& d : *department_reviews) department_of[d.unit_id] = &d;  // by number: the last wins
  std::map<int64_t, DraftRecord> draft_of;
  for (auto& d : *drafts) draft_of[d.unit_id] = d;
  std::map<int64_t, const DecisionRecord*> decision_of;
  for (const auto& d : *decisions) decision_of[d.unit_id] = &d;  // ordered by number: the last wins
  std::map<int64_t, bool> published;
  for (const auto& p : *publications) {
    if (p.kind == "report") published[p.unit_id] = true;
  }
  const std::string today = Today(clock_.NowSeconds());
  Board board;
  board.year = year;
  board.task = *task;
  for (const UnitRecord& unit : *units) {
    BoardRow row;
    row.unit = unit;
    std::optional<DraftRecord> draft;
    if (auto it = draft_of.find(unit.id); it != draft_of.end()) draft = it->second;
    const DecisionRecord* decision = decision_of.count(unit.id) ? decision_of[unit.id] : nullptr;
    if (draft) {
      auto versions = repository_.ListVersions(unit.id, year);
      if (!versions) return tl::unexpected(versions.error());
      if (!versions->empty()) {
        const VersionRecord& latest = versions->back();
        row.version = latest.number;
        row.submitted_at = latest.submitted_at;
        auto summary = summaries_->Of(latest, workspace_.profile());
        row.self_total = summary->self_total;
        row.self_grade = summary->self_grade;
        row.execution_rate = summary->execution_rate;
        row.budget_total = summary->budget_total;
        row.executed_total = summary->executed_total;
        row.errors = summary->errors;
        row.warnings = summary->warnings;
        row.explained_warnings = summary->explained;
        if (*task) row.late = Today(versions->front().submitted_at) > (*task)->deadline;
      }
    }
    StageFacts facts;
    facts.decision = decision;
    facts.department = department_of.count(unit.id) ? department_of[unit.id] : nullptr;
    facts.department_required = std::any_of(department_regions->begin(), department_regions->end(),
                                            [&](const std::string& region) { return InScope(unit.region, region); });
    facts.published = published.count(unit.id) > 0;
    row.stage = StageFrom(draft, row.version, facts);
    if (decision && decision->decision == Decision::kPassed) {
      row.review_total = decision->review_total;
      row.review_grade = decision->review_grade;
    }
    if (*task && row.version == 0 && today > (*task)->deadline) row.late = true;
    for (const auto& item : *rectifications) {
      if (item.unit_id != unit.id || item.status == RectificationStatus::kClosed) continue;
      ++row.open_rectifications;
      if (item.deadline < today) ++row.overdue_rectifications;
    }
    if (row.stage == Stage::kAwaitingDepartment) ++board.awaiting_department;
    if (row.stage == (caller.who.user.department_reviewer ? Stage::kAwaitingDepartment : Stage::kSubmitted)) {
      ++board.pending;
    }
    if (row.stage == Stage::kReturned) ++board.returned;
    if (row.late && row.version == 0) ++board.overdue;
    board.overdue += row.overdue_rectifications;
    board.rows.push_back(std::move(row));
  }
  std::stable_sort(board.rows.begin(), board.rows.end(), [](const BoardRow& a, const BoardRow& b) {
    return a.unit.region < b.unit.region;
  });
  board.regions = RollUp(board.rows, caller.who.user.scope);
  return board;
}

Result<Stage> ReviewDesk::StageOf(const Caller& caller, int64_t unit_id, int year) {
  if (auto may = workspace_.MayRead(caller, unit_id); !may) return tl::unexpected(may.error());
  auto draft = repository_.GetDraft(unit_id, year);
  if (!draft && draft.error().code == ErrorCode::kNotFound) return Stage::kNotStarted;
  if (!draft) return tl::unexpected(draft.error());
  auto versions = repository_.ListVersions(unit_id, year);
  if (!versions) return tl::unexpected(versions.error());
  auto decisions = repository_.ListDecisions(unit_id, year);
  if (!decisions) return tl::unexpected(decisions.error());
  auto publications = repository_.ListPublicationsOf(unit_id, year);
  if (!publications) return tl::unexpected(publications.error());
  auto department = repository_.ListDepartmentReviews(unit_id, year);
  if (!department) return tl::unexpected(department.error());
  auto unit = repository_.GetUnit(unit_id);
  if (!unit) return tl::unexpected(unit.error());
  auto required = NeedsDepartmentReview(*unit);
  if (!required) return tl::unexpected(required.error());
  StageFacts facts;
  facts.decision = decisions->empty() ? nullptr : &decisions->back();
  facts.department = department->empty() ? nullptr : &department->back();
  facts.department_required = *required;
  facts.published = !publications->empty();
  return StageFrom(*draft, versions->empty() ? 0 : versions->back().number, facts);
}

// ---- reviewing one submission ----

Result<ReviewView> ReviewDesk::Build(const Caller& caller, int64_t unit_id, int year) {
  auto year_view = workspace_.Year(caller, unit_id, year);
  if (!year_view) return tl::unexpected(year_view.error());
  auto versions = repository_.ListVersions(unit_id, year);
  if (!versions) return tl::unexpected(versions.error());
  if (versions->empty()) return Fail(ErrorCode::kNotFound, "该年度尚未送审，没有可复核的版本");
  auto decisions = repository_.ListDecisions(unit_id, year);
  if (!decisions) return tl::unexpected(decisions.error());
  ReviewView view;
  view.year = std::move(*year_view);
  view.version = versions->back();
  view.decisions = *decisions;
  auto summary = summaries_->Of(view.version, workspace_.profile());
  view.document = summary->document;
  view.findings = summary->findings;
  view.self_total = summary->self_total;
  view.self_grade = summary->self_grade;
  view.rows = SelfRows(*summary);
  const DecisionRecord* own = nullptr;
  for (const auto& d : view.decisions) {
    if (d.number == view.version.number) own = &d;
  }
  view.decided = own != nullptr;
  Json sheet_rows = Json::object();
  if (own) {
    sheet_rows = ParseObject(own->rows);
    view.comments = Json::parse(own->comments, nullptr, false);
  } else {
    auto sheet = repository_.GetReviewSheet(unit_id, year, view.version.number);
    if (!sheet) return tl::unexpected(sheet.error());
    if (*sheet) {
      sheet_rows = ParseObject((*sheet)->rows);
      view.comments = Json::parse((*sheet)->comments, nullptr, false);
      view.sheet_revision = (*sheet)->revision;
    } else if (!view.decisions.empty()) {
      // Comments on the returned version carry over to its successor.
      view.comments = Json::parse(view.decisions.back().comments, nullptr, false);
      for (auto& comment : view.comments) comment["carried"] = true;
    }
  }
  if (!view.comments.is_array()) view.comments = Json::array();
  const Totals totals = ApplySheet(view.rows, sheet_rows, *summary, workspace_.profile());
  view.review_total = totals.review_total;
  view.review_grade = totals.review_grade;
  view.total_flagged = totals.flagged;
  if (versions->size() >= 2) {
    const VersionRecord& previous = (*versions)[versions->size() - 2];
    auto before = ParseStored(previous.document);
    if (before) view.changes_since_last = DiffDocuments(*before, view.document);
  }
  auto department = repository_.ListDepartmentReviews(unit_id, year);
  if (!department) return tl::unexpected(department.error());
  view.department_reviews = std::move(*department);
  auto required = NeedsDepartmentReview(view.year.unit);
  if (!required) return tl::unexpected(required.error());
  view.department_required = *required;
  const DepartmentReviewRecord* own_department = nullptr;
  for (const auto& d : view.department_reviews) {
    if (d.number == view.version.number) own_department = &d;
  }
  view.department_forwarded = own_department && own_department->outcome == DepartmentOutcome::kForwarded;
  const bool submitted = view.year.draft.status == YearStatus::kSubmitted;
  if (!view.department_required) {
    view.may_department_note = "该单位无需主管部门初审";
  } else if (own_department) {
    view.may_department_note = "该版本已有主管部门初审结论";
  } else if (!submitted) {
    view.may_department_note = "单位已撤回修改，待重新送审";
  } else if (!caller.who.user.department_reviewer) {
    view.may_department_note = "初审由主管部门审核人作出";
    view.may_department_code = ErrorCode::kForbidden;
  } else if (view.version.submitted_by == caller.who.user.login) {
    view.may_department_note = "不能初审自己送审的材料";
    view.may_department_code = ErrorCode::kForbidden;
  } else {
    view.may_department_note.clear();
  }
  if (view.decided) {
    view.may_decide_note = "该版本已作出复核结论";
  } else if (!submitted) {
    view.may_decide_note = "单位已撤回修改，待重新送审";
  } else if (auto may = MayReview(caller, unit_id); !may) {
    view.may_decide_note = may.error().message;
    view.may_decide_code = may.error().code;
  } else if (view.version.submitted_by == caller.who.user.login) {
    view.may_decide_note = "不能复核自己送审的材料";
    view.may_decide_code = ErrorCode::kForbidden;
  } else if (view.department_required && !view.department_forwarded) {
    view.may_decide_note = "该版本须先经主管部门初审，报送后才能复核";
  }
  return view;
}

Result<ReviewView> ReviewDesk::Review(const Caller& caller, int64_t unit_id, int year) {
  return Build(caller, unit_id, year);
}

namespace {

// The deductions of a sheet's rows, as a decision keeps them.
Json DeductionRows(const std::vector<ScoreRow>& rows) {
  Json out = Json::object();
  for (const ScoreRow& row : rows) {
    if (!row.deduction.empty()) out[row.key] = {{"deduction", row.deduction}, {"reason", row.reason}};
  }
  return out;
}

// A comment as the sheet and the decision keep it.
Json CommentJson(const std::string& anchor, const std::string& label, const std::string& text, const Caller& caller,
                 int64_t now) {
  return {{"anchor", anchor}, {"field", label}, {"text", text}, {"by", caller.who.user.name},
          {"at", BeijingTimeText(now, false)}};
}

Result<bool> Decidable(const ReviewView& view, int number) {
  if (view.version.number != number) {
    return Fail(ErrorCode::kConflict, "单位已送审新的版本（第 " + std::to_string(view.version.number) + " 版），请刷新后复核");
  }
  if (!view.may_decide_note.empty()) return Fail(view.may_decide_code, view.may_decide_note);
  return true;
}

// A comment's or a return's anchor: a field of the version's document or one of its findings.
Result<std::string> AnchorLabel(const ReviewView& view, const std::string& anchor) {
  if (anchor.empty()) return Invalid("字段 anchor：请选择意见针对的字段或问题");
  for (const auto& finding : view.findings) {
    if (finding["key"] == anchor) return "问题：" + finding["message"].get<std::string>();
  }
  if (anchor[0] == '/') {
    Json::json_pointer pointer;
    try {
      pointer = Json::json_pointer(anchor);
    } catch (const std::exception&) {
      return Invalid("字段 anchor：“" + anchor + "”不是文档中的字段");
    }
    if (view.document.contains(pointer)) return "字段：" + FieldLabel(view.document, anchor);
  }
  return Invalid("字段 anchor：“" + anchor + "”不是该版本中的字段或问题");
}

}  // namespace

Result<ReviewView> ReviewDesk::Rescore(const Caller& caller, int64_t unit_id, int year, int number,
                                       int64_t sheet_revision, const std::string& key, const std::string& deduction,
                                       const std::string& reason) {
  auto view = Build(caller, unit_id, year);
  if (!view) return view;
  if (auto ok = Decidable(*view, number); !ok) return tl::unexpected(ok.error());
  auto row = std::find_if(view->rows.begin(), view->rows.end(), [&](const ScoreRow& r) { return r.key == key; });
  if (row == view->rows.end()) return Invalid("字段 key：评分行“" + key + "”不存在");
  if (reason.size() > kMaxTextBytes) return Invalid("字段 reason：扣分理由过长");
  auto sheet = repository_.GetReviewSheet(unit_id, year, number);
  if (!sheet) return tl::unexpected(sheet.error());
  Json rows = *sheet ? ParseObject((*sheet)->rows) : Json::object();
  if (deduction.empty()) {
    rows.erase(key);
  } else {
    if (row->self.empty()) return Invalid("字段 deduction：该行自评未能计分，无法扣分");
    auto points = ParseFixed<Points>(deduction);
    if (!points) return Invalid("字段 deduction：扣分须是数字，如 2 或 1.5");
    const Points self = *ParseFixed<Points>(row->self);
    if (*points < Points() || *points > self) {
      return Invalid("字段 deduction：扣分须在 0 到该行自评得分 " + row->self + " 之间");
    }
    if (*points > Points() && reason.empty()) return Invalid("字段 reason：请写明扣分理由");
    rows[key] = {{"deduction", ToString(*points)}, {"reason", reason}};
  }
  ReviewSheetRecord record{unit_id, year, number, rows.dump(), view->comments.dump(), 0, "", 0};
  auto saved = repository_.SaveReviewSheet(record, *sheet ? sheet_revision : 0, ChangeBy(caller));
  if (!saved) return tl::unexpected(saved.error());
  return Build(caller, unit_id, year);
}

Result<ReviewView> ReviewDesk::Comment(const Caller& caller, int64_t unit_id, int year, int number,
                                       int64_t sheet_revision, const std::string& anchor, const std::string& text) {
  auto view = Build(caller, unit_id, year);
  if (!view) return view;
  if (auto ok = Decidable(*view, number); !ok) return tl::unexpected(ok.error());
  auto label = AnchorLabel(*view, anchor);
  if (!label) return tl::unexpected(label.error());
  if (text.empty()) return Invalid("字段 text：请填写意见");
  if (text.size() > kMaxTextBytes) return Invalid("字段 text：意见过长");
  auto sheet = repository_.GetReviewSheet(unit_id, year, number);
  if (!sheet) return tl::unexpected(sheet.error());
  Json comments = view->comments;
  comments.push_back(CommentJson(anchor, *label, text, caller, clock_.NowSeconds()));
  ReviewSheetRecord record{unit_id, year, number, *sheet ? (*sheet)->rows : std::string("{}"), comments.dump(), 0, "", 0};
  auto saved = repository_.SaveReviewSheet(record, *sheet ? sheet_revision : 0, ChangeBy(caller));
  if (!saved) return tl::unexpected(saved.error());
  return Build(caller, unit_id, year);
}

Result<ReviewView> ReviewDesk::Return(const Caller& caller, int64_t unit_id, int year, int number,
                                      int64_t draft_revision, const std::string& anchor, const std::string& reason) {
  auto view = Build(caller, unit_id, year);
  if (!view) return view;
  if (auto ok = Decidable(*view, number); !ok) return tl::unexpected(ok.error());
  auto label = AnchorLabel(*view, anchor);
  if (!label) return tl::unexpected(label.error());
  if (reason.empty()) return Invalid("字段 reason：退回须写明理由");
  if (reason.size() > kMaxTextBytes) return Invalid("字段 reason：理由过长");
  const Json rows = DeductionRows(view->rows);
  Json comments = view->comments;
  comments.push_back(CommentJson(anchor, *label, "退回理由：" + reason, caller, clock_.NowSeconds()));
  DecisionRecord decision{unit_id, year, number, Decision::kReturned, reason, anchor, rows.dump(), comments.dump(),
                          view->self_total, view->review_total, view->review_grade, "", 0};
  auto decided = repository_.Decide(decision, draft_revision, ChangeBy(caller));
  if (!decided) return tl::unexpected(decided.error());
  return Build(caller, unit_id, year);
}

Result<ReviewView> ReviewDesk::Pass(const Caller& caller, int64_t unit_id, int year, int number,
                                    int64_t draft_revision) {
  auto view = Build(caller, unit_id, year);
  if (!view) return view;
  if (auto ok = Decidable(*view, number); !ok) return tl::unexpected(ok.error());
  const Json rows = DeductionRows(view->rows);
  DecisionRecord decision{unit_id, year, number, Decision::kPassed, "", "", rows.dump(), view->comments.dump(),
                          view->self_total, view->review_total, view->review_grade, "", 0};
  auto decided = repository_.Decide(decision, draft_revision, ChangeBy(caller));
  if (!decided) return tl::unexpected(decided.error());
  return Build(caller, unit_id, year);
}

Result<std::vector<DecisionRecord>> ReviewDesk::Decisions(const Caller& caller, int64_t unit_id, int year) {
  if (auto may = workspace_.MayRead(caller, unit_id); !may) return tl::unexpected(may.error());
  return repository_.ListDecisions(unit_id, year);
}

// ---- the department's first review ----

Result<std::vector<std::string>> ReviewDesk::DepartmentReviewRegions(const Caller& caller) {
  const Role role = caller.who.user.role;
  if (role != Role::kReviewer && role != Role::kAdmin) return Forbidden("只有财政复核人员和管理员可以查看");
  return repository_.ListDepartmentReviewRegions();
}

Result<bool> ReviewDesk::SetDepartmentReviewRegion(const Caller& caller, const std::string& region, bool required) {
  if (!IsBureau(caller.who.user)) return Forbidden("只有财政局（管理员或全辖区复核人）可以设置主管部门初审");
  const std::string path(Trim(region));
  if (path.empty() || path.front() == '/' || path.back() == '/' || path.find("//") != std::string::npos) {
    return Invalid("字段 region：请填写主管部门的区划路径，如 贵州省/黔南州/都匀市/都匀市教育局");
  }
  if (path.size() > 400) return Invalid("字段 region：区划路径过长");
  return repository_.SetDepartmentReviewRegion(path, required, ChangeBy(caller));
}

Result<ReviewView> ReviewDesk::DepartmentDecide(const Caller& caller, int64_t unit_id, int year, int number,
                                                int64_t draft_revision, DepartmentOutcome outcome,
                                                const std::string& anchor, const std::string& opinion) {
  if (caller.who.user.role != Role::kReviewer || !caller.who.user.department_reviewer) {
    return Forbidden("只有主管部门审核人可以作出初审结论");
  }
  auto view = Build(caller, unit_id, year);
  if (!view) return view;
  if (view->version.number != number) {
    return Fail(ErrorCode::kConflict, "单位已送审新的版本（第 " + std::to_string(view->version.number) + " 版），请刷新后审核");
  }
  if (!view->may_department_note.empty()) return Fail(view->may_department_code, view->may_department_note);
  if (opinion.size() > kMaxTextBytes) return Invalid("字段 opinion：意见过长");
  std::string anchored;
  if (outcome == DepartmentOutcome::kReturned) {
    auto label = AnchorLabel(*view, anchor);
    if (!label) return tl::unexpected(label.error());
    if (opinion.empty()) return Invalid("字段 opinion：退回须写明理由");
    anchored = anchor;
  }
  DepartmentReviewRecord record{unit_id, year, number, outcome, opinion, anchored, "", 0};
  auto decided = repository_.DepartmentDecide(record, draft_revision, ChangeBy(caller));
  if (!decided) return tl::unexpected(decided.error());
  return Build(caller, unit_id, year);
}

Result<ReviewView> ReviewDesk::DepartmentForward(const Caller& caller, int64_t unit_id, int year, int number,
                                                 int64_t draft_revision, const std::string& opinion) {
  return DepartmentDecide(caller, unit_id, year, number, draft_revision, DepartmentOutcome::kForwarded, "", opinion);
}

Result<ReviewView> ReviewDesk::DepartmentReturn(const Caller& caller, int64_t unit_id, int year, int number,
                                                int64_t draft_revision, const std::string& anchor,
                                                const std::string& opinion) {
  return DepartmentDecide(caller, unit_id, year, number, draft_revision, DepartmentOutcome::kReturned, anchor, opinion);
}

Result<std::vector<DepartmentReviewRecord>> ReviewDesk::DepartmentReviews(const Caller& caller, int64_t unit_id,
                                                                          int year) {
  if (auto may = workspace_.MayRead(caller, unit_id); !may) return tl::unexpected(may.error());
  return repository_.ListDepartmentReviews(unit_id, year);
}

// ---- publication ----

Result<PublicationRecord> ReviewDesk::Publish(const Caller& caller, int64_t unit_id, int year) {
  if (auto may = MayReview(caller, unit_id); !may) return tl::unexpected(may.error());
  auto stage = StageOf(caller, unit_id, year);
  if (!stage) return tl::unexpected(stage.error());
  if (*stage == Stage::kPublished) return Fail(ErrorCode::kConflict, "该年度的报告已公开；如需更正，请发布更正说明");
  if (*stage != Stage::kPassed) return Fail(ErrorCode::kConflict, "只有通过财政复核的版本才能公开");
  auto versions = repository_.ListVersions(unit_id, year);
  if (!versions) return tl::unexpected(versions.error());
  const VersionRecord& version = versions->back();
  // The published figures are the reviewed ones: the very document whose hash was locked.
  if (Sha256Hex(version.document) != version.content_hash) {
    return Fail(ErrorCode::kConflict, "该版本内容与其锁定时的哈希不一致，拒绝公开，请联系管理员");
  }
  // What the unit marked 不公开 is left out (the document format admits only narrative texts there).
  auto evaluation = ParseDocument(WithoutInternalFields(version.document));
  if (!evaluation) return tl::unexpected(evaluation.error());
  const Assessed assessed = Assess(std::move(*evaluation), workspace_.profile());
  RenderOptions options;  // the findings and the unit's explanations are internal: never published
  options.profile = workspace_.profile();
  PublicationRecord publication;
  publication.unit_id = unit_id;
  publication.year = year;
  publication.number = version.number;
  publication.content_hash = version.content_hash;
  for (auto [format, out] : {std::pair{ReportFormat::kHtml, &publication.html}, std::pair{ReportFormat::kPdf, &publication.pdf},
                             std::pair{ReportFormat::kXlsx, &publication.xlsx}}) {
    auto bytes = RenderReport(assessed.evaluation, assessed.scores, {}, format, options);
    if (!bytes) return tl::unexpected(bytes.error());
    *out = std::move(*bytes);
  }
  // The public reads the PDF: read it back as any report is read, and refuse to publish when its
  // totals are not the reviewed version's.
  auto reread = LoadEvaluation(ReportSource{"公开的 PDF", publication.pdf});
  if (!reread) return Fail(ErrorCode::kIo, "公开前核对失败：生成的 PDF 无法读回：" + reread.error().message);
  const auto& published_funds = reread->evaluation.funds;
  const auto& reviewed_funds = assessed.evaluation.funds;
  if (published_funds.budget_total != reviewed_funds.budget_total ||
      published_funds.executed_total != reviewed_funds.executed_total) {
    return Fail(ErrorCode::kIo, "公开前核对失败：PDF 中的全年预算数或全年执行数与复核通过的版本不一致，未公开");
  }
  for (const Project& reviewed : assessed.evaluation.projects) {
    const auto& read = reread->evaluation.projects;
    const bool found = std::any_of(read.begin(), read.end(), [&](const Project& p) {
      return p.name == reviewed.name && p.budget.total == reviewed.budget.total && p.executed == reviewed.executed;
    });
    if (!found) {
      return Fail(ErrorCode::kIo, "公开前核对失败：PDF 中项目“" + reviewed.name + "”的预算数或执行数与复核通过的版本不一致，未公开");
    }
  }
  return repository_.Publish(publication, ChangeBy(caller));
}

Result<PublicationRecord> ReviewDesk::Correct(const Caller& caller, int64_t unit_id, int year,
                                              const std::string& notice) {
  if (auto may = MayReview(caller, unit_id); !may) return tl::unexpected(may.error());
  if (notice.empty()) return Invalid("字段 notice：请写明更正内容");
  if (notice.size() > kMaxTextBytes) return Invalid("字段 notice：更正说明过长");
  auto published = repository_.ListPublicationsOf(unit_id, year);
  if (!published) return tl::unexpected(published.error());
  if (published->empty()) return Fail(ErrorCode::kConflict, "该年度尚未公开，无需更正说明");
  PublicationRecord correction = published->front();
  correction.id = 0;
  correction.kind = "correction";
  correction.notice = notice;
  correction.html = correction.pdf = correction.xlsx = "";
  return repository_.Publish(correction, ChangeBy(caller));
}

namespace {

void FillFigures(PublicEntry& entry, const Summary& summary) {
  entry.self_total = summary.self_total;
  entry.grade = summary.self_grade;
  entry.execution_rate = summary.execution_rate;
  entry.budget_total = summary.budget_total;
  entry.executed_total = summary.executed_total;
  if (const auto it = summary.document.find("internal"); it != summary.document.end() && it->is_array()) {
    entry.withheld = static_cast<int>(it->size());
  }
}

}  // namespace

Result<std::vector<PublicEntry>> ReviewDesk::PublicIndex(const std::string& query, int year, const std::string& region) {
  auto publications = repository_.ListPublications(year);
  if (!publications) return tl::unexpected(publications.error());
  std::vector<PublicEntry> entries;
  for (const auto& publication : *publications) {
    if (publication.kind != "report") continue;
    auto unit = repository_.GetUnit(publication.unit_id);
    if (!unit) return tl::unexpected(unit.error());
    if (!region.empty() && !InScope(unit->region, region)) continue;
    if (!query.empty() && unit->name.find(query) == std::string::npos && unit->region.find(query) == std::string::npos) {
      continue;
    }
    auto entry = PublicReport(publication.unit_id, publication.year);
    if (!entry) return tl::unexpected(entry.error());
    entries.push_back(std::move(*entry));
  }
  std::stable_sort(entries.begin(), entries.end(), [](const PublicEntry& a, const PublicEntry& b) {
    return std::tie(b.year, a.unit.region, a.unit.name) < std::tie(a.year, b.unit.region, b.unit.name);
  });
  return entries;
}

Result<PublicEntry> ReviewDesk::PublicReport(int64_t unit_id, int year) {
  auto publications = repository_.ListPublicationsOf(unit_id, year);
  if (!publications) return tl::unexpected(publications.error());
  if (publications->empty()) return Fail(ErrorCode::kNotFound, "该单位该年度没有公开的报告");
  auto unit = repository_.GetUnit(unit_id);
  if (!unit) return tl::unexpected(unit.error());
  PublicEntry entry;
  entry.unit = *unit;
  entry.year = year;
  for (const auto& p : *publications) {
    if (p.kind == "report") entry.report = p;
    else entry.corrections.push_back(p);
  }
  auto version = repository_.GetVersion(unit_id, year, entry.report.number);
  if (!version) return tl::unexpected(version.error());
  FillFigures(entry, *summaries_->Of(*version, workspace_.profile()));
  return entry;
}

Result<Download> ReviewDesk::PublicFile(int64_t unit_id, int year, const std::string& hash, const std::string& format) {
  auto entry = PublicReport(unit_id, year);
  if (!entry) return tl::unexpected(entry.error());
  if (entry->report.content_hash != hash) return Fail(ErrorCode::kNotFound, "找不到该公开文件");
  auto publication = repository_.GetPublication(entry->report.id);
  if (!publication) return tl::unexpected(publication.error());
  const std::string stem = SafeFileName(entry->unit.name + "-" + std::to_string(year));
  if (format == "pdf") return Download{stem + "-自评报告.pdf", "application/pdf", publication->pdf};
  if (format == "xlsx") {
    return Download{stem + "-自评表.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    publication->xlsx};
  }
  if (format == "html") return Download{stem + "-自评报告.html", "text/html; charset=utf-8", publication->html};
  return Fail(ErrorCode::kNotFound, "找不到该公开文件");
}

// ---- results application ----

Result<std::vector<ResultRow>> ReviewDesk::Results(const Caller& caller, int year) {
  auto board = YearBoard(caller, year);
  if (!board) return tl::unexpected(board.error());
  std::vector<ResultRow> rows;
  for (const BoardRow& line : board->rows) {
    if (line.version == 0) continue;
    auto version = repository_.GetVersion(line.unit.id, year, line.version);
    if (!version) return tl::unexpected(version.error());
    auto summary = summaries_->Of(*version, workspace_.profile());
    ResultRow row;
    row.unit = line.unit;
    const bool reviewed = !line.review_grade.empty();
    row.grade = reviewed ? line.review_grade : line.self_grade;
    row.budget_total = summary->budget_total;
    row.executed_total = summary->executed_total;
    row.execution_rate = summary->execution_rate;
    const ScoringProfile& profile = workspace_.profile();
    auto rule = std::find_if(profile.result_rules.begin(), profile.result_rules.end(),
                             [&](const ScoringProfile::ResultRule& r) { return r.grade == row.grade; });
    std::string basis = reviewed ? "复核等级“" + row.grade + "”" : (row.grade.empty() ? "未评定等级" : "自评等级“" + row.grade + "”（未复核）");
    row.action = rule != profile.result_rules.end() ? rule->action : "待复核后确定";
    auto budget = ParseFixed<Money>(row.budget_total);
    if (budget && rule != profile.result_rules.end()) {
      Money base = *budget;
      auto rate = ParseFixed<Percent>(row.execution_rate);
      auto executed = ParseFixed<Money>(row.executed_total);
      if (rate && executed && *rate < profile.low_execution_below) {
        base = *executed;
        basis += "；执行率 " + row.execution_rate + "% 低于 " + ToString(profile.low_execution_below) + "%，以全年执行数为基数";
      }
      const Int128 scaled = static_cast<Int128>(base.units()) * (100 + rule->budget_change_percent);
      row.next_year_budget = ToYuanString(Money::FromUnits(static_cast<int64_t>(DivRoundHalfUp(scaled, 100))));
      if (rule->budget_change_percent != 0) {
        basis += "；按规则调整 " + std::to_string(rule->budget_change_percent) + "%";
      }
    }
    row.basis = basis;
    rows.push_back(std::move(row));
  }
  return rows;
}

Result<Download> ReviewDesk::ResultsWorkbook(const Caller& caller, int year) {
  auto rows = Results(caller, year);
  if (!rows) return tl::unexpected(rows.error());
  WorkbookTable table;
  table.heads = {"单位", "所属地区", "等级", "结果应用", std::to_string(year) + " 年全年预算数（元）", "全年执行数（元）",
                 "执行率", std::to_string(year + 1) + " 年建议预算（元）", "依据"};
  table.kinds = {WorkbookColumn::kText,  WorkbookColumn::kText,  WorkbookColumn::kText,
                 WorkbookColumn::kText,  WorkbookColumn::kMoney, WorkbookColumn::kMoney,
                 WorkbookColumn::kRate,  WorkbookColumn::kMoney, WorkbookColumn::kText};
  table.widths = {28, 20, 8, 18, 20, 18, 10, 20, 60};
  for (const ResultRow& r : *rows) {
    table.rows.push_back({r.unit.name, r.unit.region, r.grade, r.action, r.budget_total, r.executed_total,
                          r.execution_rate, r.next_year_budget, r.basis});
  }
  auto bytes = RenderTableWorkbook("结果应用", table);
  if (!bytes) return tl::unexpected(bytes.error());
  return Download{std::to_string(year + 1) + "年预算安排建议清单.xlsx",
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", std::move(*bytes)};
}

// ---- rectification ----

namespace {

RectificationView ViewOf(RectificationRecord item, UnitRecord unit, const std::string& today) {
  RectificationView view;
  view.overdue = item.status != RectificationStatus::kClosed && item.deadline < today;
  view.status_label = std::string(StatusLabel(item.status));
  view.item = std::move(item);
  view.unit = std::move(unit);
  return view;
}

}  // namespace

Result<RectificationView> ReviewDesk::OpenRectification(const Caller& caller, const NewRectification& item) {
  if (auto may = MayReview(caller, item.unit_id); !may) return tl::unexpected(may.error());
  if (item.title.empty()) return Invalid("字段 title：请写明整改的问题");
  if (item.owner.empty()) return Invalid("字段 owner：请填写责任人或责任科室");
  if (!IsDate(item.deadline)) return Invalid("字段 deadline：整改期限须写成 2025-06-30 的形式");
  if (item.title.size() > kMaxTextBytes || item.detail.size() > kMaxTextBytes) return Invalid("字段 detail：内容过长");
  RectificationRecord record;
  record.unit_id = item.unit_id;
  record.year = item.year;
  record.source = item.source;
  record.title = item.title;
  record.detail = item.detail;
  record.owner = item.owner;
  record.deadline = item.deadline;
  auto added = repository_.AddRectification(record, ChangeBy(caller));
  if (!added) return tl::unexpected(added.error());
  auto unit = repository_.GetUnit(item.unit_id);
  if (!unit) return tl::unexpected(unit.error());
  return ViewOf(*added, *unit, Today(clock_.NowSeconds()));
}

Result<RectificationView> ReviewDesk::MoveRectification(const Caller& caller, int64_t id, int64_t revision,
                                                        const std::string& status) {
  auto item = repository_.GetRectification(id);
  if (!item) return tl::unexpected(item.error());
  if (auto may = workspace_.MayRead(caller, item->unit_id); !may) return tl::unexpected(may.error());
  RectificationStatus to;
  if (!RectificationStatusFromName(status, to)) return Invalid("字段 status：状态须是 open、in_progress、to_verify 或 closed");
  const RectificationStatus from = item->status;
  const Role role = caller.who.user.role;
  const bool unit_step = role == Role::kUnit && ((from == RectificationStatus::kOpen && to == RectificationStatus::kInProgress) ||
                                                 (from == RectificationStatus::kInProgress && to == RectificationStatus::kToVerify));
  const bool bureau_step = role != Role::kUnit && from == RectificationStatus::kToVerify &&
                           (to == RectificationStatus::kClosed || to == RectificationStatus::kInProgress);
  if (!unit_step && !bureau_step) {
    return Fail(role == Role::kUnit && to == RectificationStatus::kClosed ? ErrorCode::kForbidden : ErrorCode::kConflict,
                "不能从“" + std::string(StatusLabel(from)) + "”改为“" + std::string(StatusLabel(to)) + "”" +
                    (role == Role::kUnit ? "：单位可开始整改、提交核查，销号由财政局核定" : "：财政局只能对“待核”的事项销号或退回整改"));
  }
  if (to == RectificationStatus::kToVerify) {
    auto evidence = repository_.ListEvidence(id);
    if (!evidence) return tl::unexpected(evidence.error());
    if (evidence->empty()) return Invalid("字段 evidence：提交核查前请先上传整改证明材料");
  }
  RectificationRecord moved = *item;
  moved.revision = revision;
  moved.status = to;
  auto updated = repository_.UpdateRectification(moved, ChangeBy(caller));
  if (!updated) return tl::unexpected(updated.error());
  auto unit = repository_.GetUnit(updated->unit_id);
  if (!unit) return tl::unexpected(unit.error());
  return ViewOf(*updated, *unit, Today(clock_.NowSeconds()));
}

Result<RectificationView> ReviewDesk::AttachEvidence(const Caller& caller, int64_t id, const std::string& name,
                                                     std::string bytes) {
  auto item = repository_.GetRectification(id);
  if (!item) return tl::unexpected(item.error());
  if (auto may = workspace_.MayRead(caller, item->unit_id); !may) return tl::unexpected(may.error());
  if (item->status == RectificationStatus::kClosed) return Fail(ErrorCode::kConflict, "该整改事项已销号");
  if (bytes.empty()) return Invalid("字段 file：请选择证明材料文件");
  if (bytes.size() > kMaxEvidenceBytes) return Fail(ErrorCode::kTooLarge, "字段 file：证明材料不能超过 10 MB");
  auto mime = EvidenceMime(bytes);
  if (!mime) return Invalid("字段 file：证明材料须是 PDF、PNG、JPEG、DOCX 或 XLSX 文件（按内容识别）");
  EvidenceRecord evidence;
  evidence.rectification_id = id;
  evidence.file_name = name.empty() ? std::string("证明材料") : SafeFileName(name);
  evidence.mime_type = *mime;
  evidence.bytes = std::move(bytes);
  auto added = repository_.AddEvidence(evidence, ChangeBy(caller));
  if (!added) return tl::unexpected(added.error());
  auto all = Rectifications(caller, item->unit_id, item->year);
  if (!all) return tl::unexpected(all.error());
  for (auto& view : *all) {
    if (view.item.id == id) return std::move(view);
  }
  return Fail(ErrorCode::kNotFound, "找不到整改事项 " + std::to_string(id));
}

Result<std::vector<RectificationView>> ReviewDesk::Rectifications(const Caller& caller, int64_t unit_id, int year) {
  std::vector<UnitRecord> units;
  if (unit_id != 0) {
    auto unit = workspace_.Unit(caller, unit_id);
    if (!unit) return tl::unexpected(unit.error());
    units.push_back(*unit);
  } else {
    auto all = workspace_.Units(caller);
    if (!all) return tl::unexpected(all.error());
    units = std::move(*all);
  }
  std::map<int64_t, UnitRecord> unit_of;
  for (auto& unit : units) unit_of[unit.id] = unit;
  auto items = repository_.ListRectifications(unit_id, year);
  if (!items) return tl::unexpected(items.error());
  const std::string today = Today(clock_.NowSeconds());
  std::vector<RectificationView> views;
  for (auto& item : *items) {
    auto unit = unit_of.find(item.unit_id);
    if (unit == unit_of.end()) continue;  // outside the caller's units
    auto evidence = repository_.ListEvidence(item.id);
    if (!evidence) return tl::unexpected(evidence.error());
    RectificationView view = ViewOf(std::move(item), unit->second, today);
    view.evidence = std::move(*evidence);
    views.push_back(std::move(view));
  }
  return views;
}

Result<Download> ReviewDesk::EvidenceFile(const Caller& caller, int64_t evidence_id) {
  auto evidence = repository_.GetEvidence(evidence_id);
  if (!evidence) return tl::unexpected(evidence.error());
  auto item = repository_.GetRectification(evidence->rectification_id);
  if (!item) return tl::unexpected(item.error());
  if (auto may = workspace_.MayRead(caller, item->unit_id); !may) return tl::unexpected(may.error());
  return Download{evidence->file_name, evidence->mime_type, std::move(evidence->bytes)};
}

Result<Download> ReviewDesk::RectificationNotice(const Caller& caller, int64_t unit_id, int year) {
  if (auto may = MayReview(caller, unit_id); !may) return tl::unexpected(may.error());
  auto items = Rectifications(caller, unit_id, year);
  if (!items) return tl::unexpected(items.error());
  if (items->empty()) return Fail(ErrorCode::kNotFound, "该单位该年度没有整改事项");
  const UnitRecord& unit = items->front().unit;
  layout::Document doc;
  doc.title = "关于" + std::to_string(year) + "年度预算绩效自评问题整改的通知";
  doc.author = "财政局绩效科";
  doc.blocks.push_back(layout::Title{doc.title});
  doc.blocks.push_back(layout::Paragraph{"", unit.name + "：", false, layout::Align::kLeft});
  doc.blocks.push_back(layout::Paragraph{
      "", "经对你单位" + std::to_string(year) + "年度预算绩效自评材料进行复核，发现以下问题。请按照《项目支出绩效评价管理办法》的要求，"
          "对照下表逐项整改，在期限内上传整改证明材料并提交核查；逾期未整改的，将在年度考核中予以扣分，并与下年度预算安排挂钩。"});
  layout::Table table;
  table.caption = "整改事项清单";
  table.column_weights = {6, 30, 30, 12, 12, 10};
  table.repeat_rows = 1;
  layout::Row head;
  head.header = true;
  for (const char* h : {"序号", "问题", "整改要求", "责任人", "整改期限", "状态"}) head.cells.push_back({h, 1, layout::Align::kCenter, true});
  table.rows.push_back(head);
  int n = 0;
  for (const auto& view : *items) {
    layout::Row row;
    row.cells = {{std::to_string(++n)},
                 {view.item.title, 1, layout::Align::kLeft},
                 {view.item.detail, 1, layout::Align::kLeft},
                 {view.item.owner},
                 {view.item.deadline},
                 {view.status_label + (view.overdue ? "（逾期）" : "")}};
    table.rows.push_back(row);
  }
  doc.blocks.push_back(table);
  doc.blocks.push_back(layout::Paragraph{"", "财政局绩效科", false, layout::Align::kRight});
  doc.blocks.push_back(layout::Paragraph{"", Today(clock_.NowSeconds()), false, layout::Align::kRight});
  auto bytes = RenderDocument(doc, ReportFormat::kDocx);
  if (!bytes) return tl::unexpected(bytes.error());
  return Download{SafeFileName(unit.name + "-" + std::to_string(year) + "-整改通知书.docx"),
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document", std::move(*bytes)};
}

}  // namespace jixiao
