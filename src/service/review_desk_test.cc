// The finance bureau's half as a reviewer and a department meet it, on a real SQLite store:
// scope, return with a reason, resubmission, re-scoring, pass, publication, results and
// rectification.
#include "service/review_desk.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "service/credentials.h"

namespace jixiao {
namespace {

constexpr const char* kPassword = "password-2026";

// A department whose figures add up: budget 1000, executed 900 (90%), one project.
const char* kDocument = R"({"format":"jixiao.evaluation/1","unit":{"name":"都匀市教育局"},"year":2024,
  "funds":{"budget_total":"100000","executed_total":"90000","execution_rate_stated":"90"},
  "projects":[{"name":"培训项目","budget":{"total":"100000","fiscal":"100000","other":"0"},"executed":"90000",
    "indicators":[{"level1":"产出指标","level2":"数量指标","name":"培训人次","comparator":">=","target":"100",
                   "actual":"120","unit":"人次","weight":"50"},
                  {"level1":"效益指标","level2":"社会效益指标","name":"持证率","comparator":">=","target":"90",
                   "actual":"95","unit":"%","weight":"30"},
                  {"level1":"满意度指标","level2":"服务对象满意度指标","name":"学员满意度","comparator":">=",
                   "target":"90","actual":"96","unit":"%","weight":"10"}]}]})";

class ReviewDeskTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("jixiao-review-" + NewToken().substr(0, 12));
    std::filesystem::create_directories(dir_);
    repository_ = std::move(*OpenRepository("sqlite:" + (dir_ / "store.sqlite").string()));
    workspace_ = std::make_unique<Workspace>(*repository_, clock_);
    desk_ = std::make_unique<ReviewDesk>(*workspace_, clock_);
    admin_ = As(*workspace_->AddUserAsSystem({"admin", "管理员", Role::kAdmin, std::nullopt, kPassword}));
    unit_ = workspace_->AddUnit(admin_, {0, "都匀市教育局", "", "贵州省/黔南州/都匀市"})->id;
    far_unit_ = workspace_->AddUnit(admin_, {0, "遵义市教育局", "", "贵州省/遵义市"})->id;
    staff_ = As(*workspace_->AddUserAsSystem({"jia", "甲", Role::kUnit, unit_, kPassword}));
    reviewer_ = As(*workspace_->AddUserAsSystem(
        {"shen", "审", Role::kReviewer, std::nullopt, kPassword}, "贵州省/黔南州"));
    outsider_ = As(*workspace_->AddUserAsSystem({"zun", "遵", Role::kReviewer, std::nullopt, kPassword}, "贵州省/遵义市"));
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  static Caller As(const UserRecord& user) { return Caller{CurrentUser{user, "", ""}, "127.0.0.1"}; }

  void Submit(const std::string& document) {
    auto year = workspace_->Year(staff_, unit_, 2024);
    if (!year) year = workspace_->CreateYear(staff_, unit_, 2024, document);
    else year = workspace_->Replace(staff_, unit_, 2024, year->draft.revision, document);
    ASSERT_TRUE(year) << year.error().message;
    for (const auto& finding : year->findings) {
      if (finding["severity"] == "warning") {
        year = workspace_->Explain(staff_, unit_, 2024, year->draft.revision, finding["key"], "已核实");
      }
    }
    auto submitted = workspace_->Submit(staff_, unit_, 2024, year->draft.revision);
    ASSERT_TRUE(submitted) << submitted.error().message;
  }

  std::filesystem::path dir_;
  ManualClock clock_{1'780'000'000};  // 2026-05-29 (Beijing)
  std::unique_ptr<Repository> repository_;
  std::unique_ptr<Workspace> workspace_;
  std::unique_ptr<ReviewDesk> desk_;
  Caller admin_, staff_, reviewer_, outsider_;
  int64_t unit_ = 0, far_unit_ = 0;
};

TEST_F(ReviewDeskTest, AReviewerSeesOnlyTheirRegion) {
  auto board = desk_->YearBoard(reviewer_, 2024);
  ASSERT_TRUE(board) << board.error().message;
  ASSERT_EQ(board->rows.size(), 1u);
  EXPECT_EQ(board->rows[0].unit.name, "都匀市教育局");
  EXPECT_EQ(board->rows[0].stage, Stage::kNotStarted);
  auto refused = desk_->Review(reviewer_, far_unit_, 2024);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kForbidden);
  EXPECT_FALSE(desk_->YearBoard(staff_, 2024));
  EXPECT_EQ(desk_->YearBoard(admin_, 2024)->rows.size(), 2u);
}

// Figures roll up along the region hierarchy: every unit counts at each level above it.
TEST_F(ReviewDeskTest, FiguresRollUpAlongTheRegions) {
  Submit(kDocument);  // 都匀市教育局: budget 100000, executed 90000
  auto board = desk_->YearBoard(admin_, 2024);
  ASSERT_TRUE(board) << board.error().message;
  std::vector<std::string> paths;
  for (const auto& r : board->regions) paths.push_back(std::to_string(r.depth) + " " + r.region);
  EXPECT_EQ(paths, (std::vector<std::string>{"0 贵州省", "1 贵州省/遵义市", "1 贵州省/黔南州", "2 贵州省/黔南州/都匀市"}));
  const RegionRollup& province = board->regions[0];
  EXPECT_EQ(province.units, 2);
  EXPECT_EQ(province.submitted, 1);
  EXPECT_EQ(province.budget_total, "100000");
  EXPECT_EQ(province.executed_total, "90000");
  EXPECT_EQ(province.execution_rate, "90");
  EXPECT_EQ(province.mean_score, "99");  // the one scored unit
  EXPECT_EQ(board->regions[1].execution_rate, "");  // 遵义市: nothing submitted
  EXPECT_EQ(board->regions[1].units, 1);

  auto scoped = desk_->YearBoard(reviewer_, 2024);  // scope 贵州省/黔南州
  ASSERT_EQ(scoped->regions.size(), 2u);
  EXPECT_EQ(scoped->regions[0].region, "贵州省/黔南州");
  EXPECT_EQ(scoped->regions[0].depth, 0);
}

TEST_F(ReviewDeskTest, ReturnFixResubmitPassPublish) {
  ASSERT_TRUE(desk_->IssueTask(admin_, 2024, "2026-03-31", "请按时完成自评"));
  Submit(kDocument);
  auto view = desk_->Review(reviewer_, unit_, 2024);
  ASSERT_TRUE(view) << view.error().message;
  EXPECT_EQ(view->self_total, "99");
  EXPECT_EQ(view->may_decide_note, "");
  EXPECT_TRUE(desk_->YearBoard(reviewer_, 2024)->rows[0].late);  // submitted after 2026-03-31

  // A return needs a reason anchored to a field of the version.
  auto no_anchor = desk_->Return(reviewer_, unit_, 2024, 1, view->year.draft.revision, "", "说明不足");
  ASSERT_FALSE(no_anchor);
  EXPECT_EQ(no_anchor.error().code, ErrorCode::kInvalidInput);
  auto returned = desk_->Return(reviewer_, unit_, 2024, 1, view->year.draft.revision, "/funds/executed_total",
                                "执行数与决算不一致，请核对");
  ASSERT_TRUE(returned) << returned.error().message;
  EXPECT_EQ(*desk_->StageOf(staff_, unit_, 2024), Stage::kReturned);
  EXPECT_EQ(desk_->Decisions(staff_, unit_, 2024)->back().reason, "执行数与决算不一致，请核对");

  std::string fixed = kDocument;
  for (auto [from, to] : {std::pair<std::string, std::string>{"\"executed_total\":\"90000\"", "\"executed_total\":\"95000\""},
                          {"\"execution_rate_stated\":\"90\"", "\"execution_rate_stated\":\"95\""}}) {
    fixed.replace(fixed.find(from), from.size(), to);
  }
  // The unit keeps one narrative text out of publication.
  fixed.insert(fixed.find("\"name\":\"培训项目\","), "\"implementation\":\"内部联系人王某 13800000000\",\"benefits\":\"培训覆盖全市教师\",");
  fixed.insert(fixed.find("\"year\":2024,"), "\"internal\":[\"/projects/0/implementation\"],");
  Submit(fixed);
  view = desk_->Review(reviewer_, unit_, 2024);
  ASSERT_TRUE(view);
  EXPECT_EQ(view->version.number, 2);
  ASSERT_FALSE(view->changes_since_last.empty());
  ASSERT_EQ(view->comments.size(), 1u);  // the return's reason carried over
  EXPECT_TRUE(view->comments[0]["carried"].get<bool>());

  // Re-scoring: 6 points off the execution row is beyond the 5-point threshold.
  auto rescored = desk_->Rescore(reviewer_, unit_, 2024, 2, view->sheet_revision, "execution", "6", "");
  ASSERT_FALSE(rescored);  // a deduction needs its reason
  rescored = desk_->Rescore(reviewer_, unit_, 2024, 2, view->sheet_revision, "execution", "6", "结转资金未说明");
  ASSERT_TRUE(rescored) << rescored.error().message;
  EXPECT_EQ(rescored->rows[0].review, "3.50");  // 9.50 self − 6
  EXPECT_TRUE(rescored->rows[0].flagged);
  EXPECT_TRUE(rescored->total_flagged);

  EXPECT_EQ(desk_->Pass(staff_, unit_, 2024, 2, rescored->year.draft.revision).error().code, ErrorCode::kForbidden);
  auto passed = desk_->Pass(reviewer_, unit_, 2024, 2, rescored->year.draft.revision);
  ASSERT_TRUE(passed) << passed.error().message;
  EXPECT_TRUE(passed->decided);
  EXPECT_FALSE(workspace_->Reopen(staff_, unit_, 2024, passed->year.draft.revision));

  auto published = desk_->Publish(reviewer_, unit_, 2024);
  ASSERT_TRUE(published) << published.error().message;
  EXPECT_EQ(published->pdf.rfind("%PDF", 0), 0u);
  EXPECT_EQ(desk_->Publish(reviewer_, unit_, 2024).error().code, ErrorCode::kConflict);
  EXPECT_TRUE(desk_->Correct(reviewer_, unit_, 2024, "第 2 页执行率更正为 95%"));

  auto index = desk_->PublicIndex("教育", 0, "");
  ASSERT_TRUE(index);
  ASSERT_EQ(index->size(), 1u);
  EXPECT_EQ((*index)[0].budget_total, "100000");
  EXPECT_EQ((*index)[0].executed_total, "95000");  // the figures of the version that passed
  EXPECT_EQ((*index)[0].corrections.size(), 1u);
  auto html = desk_->PublicFile(unit_, 2024, published->content_hash, "html");
  ASSERT_TRUE(html);
  EXPECT_EQ(html->bytes.find("已核实"), std::string::npos);  // the unit's explanations stay internal
  EXPECT_EQ(html->bytes.find("13800000000"), std::string::npos);  // the field marked 不公开 is left out
  EXPECT_NE(html->bytes.find("培训覆盖全市教师"), std::string::npos);
  EXPECT_FALSE(desk_->PublicFile(unit_, 2024, "0000", "pdf"));

  auto results = desk_->Results(reviewer_, 2024);
  ASSERT_TRUE(results);
  ASSERT_EQ(results->size(), 1u);
  EXPECT_EQ((*results)[0].grade, "优");
  EXPECT_EQ((*results)[0].next_year_budget, "100000");
  auto workbook = desk_->ResultsWorkbook(reviewer_, 2024);
  ASSERT_TRUE(workbook);
  EXPECT_EQ(workbook->bytes.rfind("PK", 0), 0u);
}

TEST_F(ReviewDeskTest, TheDeploymentsProfileDecidesTheScores) {
  ScoringProfile caps;
  caps.execution_caps = {{Percent::FromWhole(95), Points::FromWhole(89)}};  // 90% execution: capped at 89
  workspace_->SetProfile(caps);
  Submit(kDocument);
  auto view = desk_->Review(reviewer_, unit_, 2024);
  ASSERT_TRUE(view) << view.error().message;
  EXPECT_EQ(view->self_total, "89");
  EXPECT_EQ(view->self_grade, "良");
}

TEST_F(ReviewDeskTest, NoOneReviewsTheirOwnSubmission) {
  auto both = workspace_->AddUserAsSystem({"dual", "双", Role::kReviewer, std::nullopt, kPassword});
  ASSERT_TRUE(both);
  Submit(kDocument);
  // The same login as the submitter cannot pass it, whatever its role.
  UserRecord self = staff_.who.user;
  self.role = Role::kReviewer;
  auto view = desk_->Review(As(self), unit_, 2024);
  ASSERT_TRUE(view);
  EXPECT_EQ(view->may_decide_note, "不能复核自己送审的材料");
  EXPECT_EQ(desk_->Pass(As(self), unit_, 2024, 1, view->year.draft.revision).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(desk_->Pass(outsider_, unit_, 2024, 1, view->year.draft.revision).error().code, ErrorCode::kForbidden);
}

TEST_F(ReviewDeskTest, RectificationGoesFromOpenToClosedWithEvidence) {
  auto opened = desk_->OpenRectification(reviewer_, {unit_, 2024, "review", "执行率偏低", "说明结转原因", "财务科", "2026-05-01"});
  ASSERT_TRUE(opened) << opened.error().message;
  EXPECT_TRUE(opened->overdue);  // 2026-05-01 has passed on 2026-05-29
  EXPECT_FALSE(desk_->OpenRectification(staff_, {unit_, 2024, "", "x", "", "y", "2026-06-01"}));
  const int64_t id = opened->item.id;
  auto started = desk_->MoveRectification(staff_, id, 1, "in_progress");
  ASSERT_TRUE(started) << started.error().message;
  auto early = desk_->MoveRectification(staff_, id, 2, "to_verify");
  ASSERT_FALSE(early);  // evidence first
  EXPECT_FALSE(desk_->AttachEvidence(staff_, id, "a.exe", "MZ\x90"));
  ASSERT_TRUE(desk_->AttachEvidence(staff_, id, "整改说明.pdf", "%PDF-1.7 test"));
  ASSERT_TRUE(desk_->MoveRectification(staff_, id, 2, "to_verify"));
  EXPECT_EQ(desk_->MoveRectification(staff_, id, 3, "closed").error().code, ErrorCode::kForbidden);
  auto closed = desk_->MoveRectification(reviewer_, id, 3, "closed");
  ASSERT_TRUE(closed) << closed.error().message;
  EXPECT_EQ(closed->status_label, "已销号");
  EXPECT_FALSE(closed->overdue);
  auto notice = desk_->RectificationNotice(reviewer_, unit_, 2024);
  ASSERT_TRUE(notice) << notice.error().message;
  EXPECT_EQ(notice->bytes.rfind("PK", 0), 0u);
  EXPECT_TRUE(desk_->Rectifications(outsider_, 0, 0)->empty());
}

// Where the bureau requires it, a 主管部门 reviews its units' submissions first: it returns one
// with an anchored opinion or forwards it; the bureau decides only forwarded versions.
TEST_F(ReviewDeskTest, ADepartmentReviewsFirstWhereTheBureauRequiresIt) {
  EXPECT_FALSE(workspace_->AddUserAsSystem({"wu", "吴", Role::kReviewer, std::nullopt, kPassword, true}));  // no scope
  const Caller department = As(*workspace_->AddUserAsSystem(
      {"jiaoyu", "吴初审", Role::kReviewer, std::nullopt, kPassword, true}, "贵州省/黔南州/都匀市"));

  EXPECT_EQ(desk_->SetDepartmentReviewRegion(reviewer_, "贵州省/黔南州/都匀市", true).error().code,
            ErrorCode::kForbidden);  // a scoped reviewer is not the bureau
  EXPECT_EQ(desk_->SetDepartmentReviewRegion(admin_, "/", true).error().code, ErrorCode::kInvalidInput);
  ASSERT_TRUE(desk_->SetDepartmentReviewRegion(admin_, "贵州省/黔南州/都匀市", true));
  Submit(kDocument);
  EXPECT_EQ(*desk_->StageOf(staff_, unit_, 2024), Stage::kAwaitingDepartment);
  EXPECT_EQ(desk_->YearBoard(department, 2024)->pending, 1);
  EXPECT_EQ(desk_->YearBoard(reviewer_, 2024)->pending, 0);
  EXPECT_EQ(desk_->YearBoard(reviewer_, 2024)->awaiting_department, 1);

  auto bureau = desk_->Review(reviewer_, unit_, 2024);
  ASSERT_TRUE(bureau) << bureau.error().message;
  EXPECT_EQ(bureau->may_decide_note, "该版本须先经主管部门初审，报送后才能复核");
  EXPECT_FALSE(desk_->Pass(reviewer_, unit_, 2024, 1, bureau->year.draft.revision));
  EXPECT_EQ(desk_->DepartmentForward(reviewer_, unit_, 2024, 1, bureau->year.draft.revision, "").error().code,
            ErrorCode::kForbidden);
  EXPECT_EQ(desk_->Pass(department, unit_, 2024, 1, bureau->year.draft.revision).error().code,
            ErrorCode::kForbidden);  // a department does not take the bureau's decision

  auto seen = desk_->Review(department, unit_, 2024);
  ASSERT_TRUE(seen) << seen.error().message;
  EXPECT_EQ(seen->may_department_note, "");
  EXPECT_FALSE(desk_->DepartmentReturn(department, unit_, 2024, 1, seen->year.draft.revision, "/funds", ""));
  auto returned = desk_->DepartmentReturn(department, unit_, 2024, 1, seen->year.draft.revision,
                                          "/projects/0/indicators/0", "培训人次目标值偏低，请按年初计划填写");
  ASSERT_TRUE(returned) << returned.error().message;
  EXPECT_EQ(*desk_->StageOf(staff_, unit_, 2024), Stage::kReturned);
  auto reasons = desk_->DepartmentReviews(staff_, unit_, 2024);
  ASSERT_TRUE(reasons && reasons->size() == 1u);
  EXPECT_EQ(reasons->front().anchor, "/projects/0/indicators/0");

  Submit(kDocument);  // version 2
  seen = desk_->Review(department, unit_, 2024);
  auto forwarded = desk_->DepartmentForward(department, unit_, 2024, 2, seen->year.draft.revision, "同意报送");
  ASSERT_TRUE(forwarded) << forwarded.error().message;
  EXPECT_TRUE(forwarded->department_forwarded);
  EXPECT_EQ(forwarded->may_department_note, "该版本已有主管部门初审结论");
  EXPECT_EQ(*desk_->StageOf(staff_, unit_, 2024), Stage::kSubmitted);

  bureau = desk_->Review(reviewer_, unit_, 2024);
  EXPECT_EQ(bureau->may_decide_note, "");
  ASSERT_TRUE(desk_->Pass(reviewer_, unit_, 2024, 2, bureau->year.draft.revision));
  EXPECT_EQ(*desk_->StageOf(staff_, unit_, 2024), Stage::kPassed);

  ASSERT_TRUE(desk_->SetDepartmentReviewRegion(admin_, "贵州省/黔南州/都匀市", false));
  EXPECT_TRUE(desk_->DepartmentReviewRegions(admin_)->empty());
}

}  // namespace
}  // namespace jixiao
