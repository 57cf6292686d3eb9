// The finance bureau's half of the cycle over the store: the year's task and the board of every
// unit in a reviewer's region, re-scoring a submission row by row, comments, return and pass,
// publication to the public portal, results application, and rectification items with evidence.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/clock.h"
#include "base/result.h"
#include "service/workspace.h"
#include "store/repository.h"

namespace jixiao {

// Where a unit-year stands in the cycle.
// kAwaitingDepartment: submitted where the unit's region requires a first review by its 主管部门,
// which has not yet forwarded this version to the bureau.
enum class Stage { kNotStarted, kDraft, kReturned, kAwaitingDepartment, kSubmitted, kPassed, kPublished };
std::string_view StageName(Stage stage);   // "not_started" | "draft" | "returned" | "department" | "submitted" | …
std::string_view StageLabel(Stage stage);  // 未填报 草稿 被退回 待主管部门初审 待审核 已通过 已公开

// The bureau itself: an admin, or a reviewer of every region who is not a department's. Only it
// issues tasks and names the departments whose units need a first review.
bool IsBureau(const UserRecord& user);

// One unit's line on the reviewer's board. Figures are exact text ("86.50", "93.35"), "" when absent.
struct BoardRow {
  UnitRecord unit;
  Stage stage = Stage::kNotStarted;
  int version = 0;  // the latest submitted version, 0 when none
  int64_t submitted_at = 0;
  bool late = false;  // submitted after the task's deadline, or not submitted and the deadline passed
  std::string self_total, self_grade, execution_rate, review_total, review_grade;
  std::string budget_total, executed_total;  // 元, of the latest submitted version
  int errors = 0, warnings = 0, explained_warnings = 0;
  int open_rectifications = 0, overdue_rectifications = 0;
};

// One region of the caller's subtree with its units' figures rolled up: every unit under it
// counts, at every level. Money sums are exact; the rate is of the sums.
struct RegionRollup {
  std::string region;  // "贵州省/黔南州/都匀市"
  int depth = 0;       // levels below the first row (the caller's scope or the top region)
  int units = 0, submitted = 0, passed = 0, published = 0, returned = 0, late = 0;
  std::string budget_total = "0", executed_total = "0";  // 元, over the submitted versions
  std::string execution_rate;  // of the sums; "" when nothing was budgeted
  std::string mean_score;      // the mean self score of the units that have one, half-up to hundredths
};

struct Board {
  int year = 0;
  std::optional<TaskRecord> task;
  std::vector<BoardRow> rows;  // by region, then unit name
  int pending = 0;    // 待审核 (for a department reviewer: 待主管部门初审)
  int returned = 0;   // 被退回
  int awaiting_department = 0;  // 待主管部门初审
  int overdue = 0;    // late submissions still missing, and rectification items past their deadline
  std::vector<RegionRollup> regions;  // by path: a parent before its children
};

// One row of the score table a reviewer re-scores: the unit's own score beside the review's.
struct ScoreRow {
  std::string key;    // "execution", "indicators", "indicator/3"
  std::string label;  // 预算执行率, 部门整体指标: 预算完成率 …
  std::string max;
  std::string self;  // "" when the row could not be scored
  std::string deduction;  // "" when none
  std::string reason;
  std::string review;
  bool flagged = false;  // the deduction reaches the profile's threshold
};

// A submission as the reviewer sees it (and, read-only, the unit after a decision).
struct ReviewView {
  YearView year;           // the draft's unit and status (the document shown is the version's)
  VersionRecord version;   // the version under review (the latest submitted)
  nlohmann::ordered_json document;  // that version's document
  nlohmann::ordered_json findings;  // that version's findings with the unit's explanations
  std::vector<ScoreRow> rows;
  std::string self_total, self_grade, review_total, review_grade;
  bool total_flagged = false;
  nlohmann::ordered_json comments = nlohmann::ordered_json::array();  // [{anchor, field, text, by, at}]
  int64_t sheet_revision = 0;
  std::vector<DecisionRecord> decisions;       // earlier decisions on this year, oldest first
  // The 主管部门's first review: whether the unit's region requires it, its outcomes so far
  // (oldest first), and whether the caller may forward or return this version now.
  bool department_required = false;
  std::vector<DepartmentReviewRecord> department_reviews;
  bool department_forwarded = false;  // this version was forwarded to the bureau
  std::string may_department_note = "该单位无需主管部门初审";  // "" when the caller may do it
  ErrorCode may_department_code = ErrorCode::kConflict;          // why not: kForbidden for who
  std::vector<FieldChange> changes_since_last;  // from the previous version, when there is one
  bool decided = false;                         // this version already has its decision
  std::string may_decide_note;                  // "" when the caller may pass or return it
  ErrorCode may_decide_code = ErrorCode::kConflict;  // why not: kForbidden for who, kConflict for when
};

struct PublicEntry {
  UnitRecord unit;
  int year = 0;
  PublicationRecord report;                    // without files
  std::vector<PublicationRecord> corrections;  // dated notices, oldest first
  std::string self_total, grade, execution_rate, budget_total, executed_total;
  int withheld = 0;  // narrative texts the unit marked 不公开, left out of the published files
};

struct ResultRow {
  UnitRecord unit;
  std::string grade;            // the review's grade (or the self grade when not reviewed)
  std::string action;           // 优先保障 / 按需安排 / 压减 10% / 暂停安排并整改
  std::string budget_total;     // this year's 全年预算数 (元)
  std::string executed_total;
  std::string execution_rate;
  std::string next_year_budget; // the suggestion for next year (元)
  std::string basis;            // how it was computed, in Chinese
};

struct RectificationView {
  RectificationRecord item;
  UnitRecord unit;
  bool overdue = false;
  std::string status_label;  // 待整改 整改中 待核 已销号 (逾期 shown beside)
  std::vector<EvidenceRecord> evidence;  // without bytes
};

struct NewRectification {
  int64_t unit_id = 0;
  int year = 0;
  std::string source;
  std::string title;
  std::string detail;
  std::string owner;
  std::string deadline;
};

class SummaryCache;  // what each version's scores and findings come to, computed once per version

class ReviewDesk {
 public:
  ReviewDesk(Workspace& workspace, const Clock& clock);
  ~ReviewDesk();

  // The bureau (admin or an unscoped reviewer) issues the year's task with its deadline.
  Result<TaskRecord> IssueTask(const Caller& caller, int year, const std::string& deadline, const std::string& note);
  Result<Board> YearBoard(const Caller& caller, int year);
  Result<Stage> StageOf(const Caller& caller, int64_t unit_id, int year);

  Result<ReviewView> Review(const Caller& caller, int64_t unit_id, int year);
  // A deduction ("2", "2.5"; "" removes it) with its reason on one score row of the version.
  Result<ReviewView> Rescore(const Caller& caller, int64_t unit_id, int year, int number, int64_t sheet_revision,
                             const std::string& key, const std::string& deduction, const std::string& reason);
  // A comment on a field (a JSON pointer) or a finding (its key).
  Result<ReviewView> Comment(const Caller& caller, int64_t unit_id, int year, int number, int64_t sheet_revision,
                             const std::string& anchor, const std::string& text);
  // A return needs a reason anchored to a field or finding; it reopens the draft for the unit.
  Result<ReviewView> Return(const Caller& caller, int64_t unit_id, int year, int number, int64_t draft_revision,
                            const std::string& anchor, const std::string& reason);
  Result<ReviewView> Pass(const Caller& caller, int64_t unit_id, int year, int number, int64_t draft_revision);
  // Decisions so far, for the unit's own view (a returned year shows the reviewer's reasons).
  Result<std::vector<DecisionRecord>> Decisions(const Caller& caller, int64_t unit_id, int year);

  // The optional first review by a 主管部门. The bureau names the regions whose units need it;
  // a department reviewer (scoped to the department's subtree) forwards a version to the bureau
  // with an opinion, or returns it to the unit with an opinion anchored to a field or finding.
  Result<std::vector<std::string>> DepartmentReviewRegions(const Caller& caller);
  Result<bool> SetDepartmentReviewRegion(const Caller& caller, const std::string& region, bool required);
  Result<ReviewView> DepartmentForward(const Caller& caller, int64_t unit_id, int year, int number,
                                       int64_t draft_revision, const std::string& opinion);
  Result<ReviewView> DepartmentReturn(const Caller& caller, int64_t unit_id, int year, int number,
                                      int64_t draft_revision, const std::string& anchor, const std::string& opinion);
  Result<std::vector<DepartmentReviewRecord>> DepartmentReviews(const Caller& caller, int64_t unit_id, int year);

  // Freezes the passed version: renders HTML, PDF and XLSX once and keeps them with its hash.
  Result<PublicationRecord> Publish(const Caller& caller, int64_t unit_id, int year);
  // A dated correction notice beside the published report (never an overwrite).
  Result<PublicationRecord> Correct(const Caller& caller, int64_t unit_id, int year, const std::string& notice);

  // The public portal: needs no login and shows only what was published.
  Result<std::vector<PublicEntry>> PublicIndex(const std::string& query, int year, const std::string& region);
  Result<PublicEntry> PublicReport(int64_t unit_id, int year);
  // "pdf" | "xlsx" | "html" of the publication whose content hash is `hash`.
  Result<Download> PublicFile(int64_t unit_id, int year, const std::string& hash, const std::string& format);

  // Results application by the profile's rule table, and next year's budget list as XLSX.
  Result<std::vector<ResultRow>> Results(const Caller& caller, int year);
  Result<Download> ResultsWorkbook(const Caller& caller, int year);

  Result<RectificationView> OpenRectification(const Caller& caller, const NewRectification& item);
  // Units move 待整改 → 整改中 → 待核; the bureau closes (已销号) or sends back to 整改中.
  Result<RectificationView> MoveRectification(const Caller& caller, int64_t id, int64_t revision,
                                              const std::string& status);
  Result<RectificationView> AttachEvidence(const Caller& caller, int64_t id, const std::string& name,
                                           std::string bytes);
  // unit_id 0: every unit the caller may read; year 0: every year.
  Result<std::vector<RectificationView>> Rectifications(const Caller& caller, int64_t unit_id, int year);
  Result<Download> EvidenceFile(const Caller& caller, int64_t evidence_id);
  // The rectification notice (整改通知书) for a unit-year as DOCX in the official format.
  Result<Download> RectificationNotice(const Caller& caller, int64_t unit_id, int year);

 private:
  Result<bool> MayReview(const Caller& caller, int64_t unit_id) const;
  Result<bool> NeedsDepartmentReview(const UnitRecord& unit);
  Result<ReviewView> DepartmentDecide(const Caller& caller, int64_t unit_id, int year, int number,
                                      int64_t draft_revision, DepartmentOutcome outcome, const std::string& anchor,
                                      const std::string& opinion);
  Result<ReviewView> Build(const Caller& caller, int64_t unit_id, int year);
  Change ChangeBy(const Caller& caller) const;

  Workspace& workspace_;
  Repository& repository_;
  const Clock& clock_;
  std::unique_ptr<SummaryCache> summaries_;
};

}  // namespace jixiao
