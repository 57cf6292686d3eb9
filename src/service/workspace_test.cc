// The web system's use cases as a department and a reviewer meet them, on a real SQLite store.
#include "service/workspace.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <thread>

#include "format/evaluation_json.h"
#include "service/assessment.h"
#include "service/credentials.h"

namespace jixiao {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kPassword = "password-2026";

// One project whose figures add up, with a stated execution rate that does not (an error).
const char* kDocument = R"({"format":"jixiao.evaluation/1","unit":{"name":"甲局"},"year":2024,
  "funds":{"budget_total":"1000","executed_total":"900","execution_rate_stated":"80"},
  "projects":[{"name":"培训项目","budget":{"total":"1000","fiscal":"1000","other":"0"},"executed":"900",
    "indicators":[{"level1":"产出指标","level2":"数量指标","name":"培训人次","comparator":">=","target":"100",
                   "actual":"120","unit":"人次","weight":"50"}]}]})";

class WorkspaceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("jixiao-workspace-" + NewToken().substr(0, 12));
    std::filesystem::create_directories(dir_);
    auto repository = OpenRepository("sqlite:" + (dir_ / "store.sqlite").string());
    ASSERT_TRUE(repository) << repository.error().message;
    repository_ = std::move(*repository);
    workspace_ = std::make_unique<Workspace>(*repository_, clock_);
    auto admin = workspace_->AddUserAsSystem({"admin", "管理员", Role::kAdmin, std::nullopt, kPassword});
    ASSERT_TRUE(admin);
    admin_ = As(*admin);
    unit_a_ = workspace_->AddUnit(admin_, {0, "甲局", "", ""})->id;
    unit_b_ = workspace_->AddUnit(admin_, {0, "乙局", "", ""})->id;
    staff_ = As(*workspace_->AddUserAsSystem({"jia", "甲", Role::kUnit, unit_a_, kPassword}));
    other_ = As(*workspace_->AddUserAsSystem({"yi", "乙", Role::kUnit, unit_b_, kPassword}));
    reviewer_ = As(*workspace_->AddUserAsSystem({"shen", "审", Role::kReviewer, std::nullopt, kPassword}));
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  static Caller As(const UserRecord& user) { return Caller{CurrentUser{user, "", ""}, "127.0.0.1"}; }

  YearView Year() { return *workspace_->Year(staff_, unit_a_, 2024); }

  std::filesystem::path dir_;
  ManualClock clock_{1'780'000'000};
  std::unique_ptr<Repository> repository_;
  std::unique_ptr<Workspace> workspace_;
  Caller admin_, staff_, other_, reviewer_;
  int64_t unit_a_ = 0, unit_b_ = 0;
};

TEST_F(WorkspaceTest, SessionsExpireWhenIdleAndAtTheirAbsoluteLimit) {
  auto login = workspace_->Login("jia", kPassword, "10.0.0.1");
  ASSERT_TRUE(login) << login.error().message;
  EXPECT_TRUE(workspace_->Authenticate(login->token));
  clock_.Advance(kSessionIdleSeconds - 10);
  EXPECT_TRUE(workspace_->Authenticate(login->token));  // and touches the session
  clock_.Advance(kSessionIdleSeconds - 10);
  EXPECT_TRUE(workspace_->Authenticate(login->token));
  clock_.Advance(kSessionAbsoluteSeconds);
  auto expired = workspace_->Authenticate(login->token);
  ASSERT_FALSE(expired);
  EXPECT_EQ(expired.error().code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(expired.error().message, "登录已过期，请重新登录");
}

TEST_F(WorkspaceTest, WrongPasswordsAreRefusedThenRateLimited) {
  for (int i = 0; i < 5; ++i) {
    auto refused = workspace_->Login("jia", "wrong-password", "10.0.0.2");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().message, "用户名或密码不正确");
  }
  auto limited = workspace_->Login("jia", kPassword, "10.0.0.3");
  ASSERT_FALSE(limited);
  EXPECT_EQ(limited.error().code, ErrorCode::kRateLimited);
  EXPECT_EQ(limited.error().message, "登录失败次数过多，请 15 分钟后再试");
}

TEST_F(WorkspaceTest, EachRoleSeesAndEditsWhatItMay) {
  ASSERT_TRUE(workspace_->CreateYear(staff_, unit_a_, 2024, kDocument));
  struct Case {
    const char* who;
    const Caller* caller;
    bool reads;
    bool edits;
  } cases[] = {{"the unit's staff", &staff_, true, true},
               {"another unit's staff", &other_, false, false},
               {"a reviewer", &reviewer_, true, false},
               {"an admin", &admin_, true, false}};
  for (const auto& c : cases) {
    EXPECT_EQ(workspace_->Year(*c.caller, unit_a_, 2024).has_value(), c.reads) << c.who;
    auto edit = workspace_->Edit(*c.caller, unit_a_, 2024, Year().draft.revision,
                                 {{"replace", "/funds/shortfall_reason", "说明"}});
    EXPECT_EQ(edit.has_value(), c.edits) << c.who;
    if (!c.edits) {
      EXPECT_EQ(edit.error().code, ErrorCode::kForbidden) << c.who;
    }
  }
  EXPECT_EQ(workspace_->Units(other_)->size(), 1u);
  EXPECT_EQ(workspace_->Units(reviewer_)->size(), 2u);
  EXPECT_FALSE(workspace_->AuditLog(staff_, 0, 10));
}

TEST_F(WorkspaceTest, ErrorsBlockSubmissionWarningsNeedExplanationsThenTheVersionIsLocked) {
  ASSERT_TRUE(workspace_->CreateYear(staff_, unit_a_, 2024, kDocument));
  YearView view = Year();
  ASSERT_GT(view.errors, 0) << view.findings.dump();
  auto refused = workspace_->Submit(staff_, unit_a_, 2024, view.draft.revision);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().message, "还有 " + std::to_string(view.errors) + " 个错误未改正，改正后才能送审");

  // The stated rate was wrong: 900 / 1000 is 90%.
  auto fixed = workspace_->Edit(staff_, unit_a_, 2024, view.draft.revision, {{"replace", "/funds/execution_rate_stated", "90"}});
  ASSERT_TRUE(fixed) << fixed.error().message;
  EXPECT_EQ(fixed->errors, 0) << fixed->findings.dump();
  view = *fixed;
  for (const auto& finding : Json(view.findings)) {
    if (finding["severity"] != "warning") continue;
    auto explained = workspace_->Explain(staff_, unit_a_, 2024, view.draft.revision, finding["key"], "已核实");
    ASSERT_TRUE(explained) << explained.error().message;
    view = *explained;
  }
  EXPECT_EQ(view.unexplained_warnings, 0);
  auto version = workspace_->Submit(staff_, unit_a_, 2024, view.draft.revision);
  ASSERT_TRUE(version) << version.error().message;
  EXPECT_EQ(version->number, 1);
  EXPECT_EQ(version->content_hash, Sha256Hex(version->document));

  auto locked = workspace_->Edit(staff_, unit_a_, 2024, Year().draft.revision, {{"replace", "/funds/executed_total", "950"}});
  ASSERT_FALSE(locked);
  EXPECT_EQ(locked.error().code, ErrorCode::kConflict);

  auto reopened = workspace_->Reopen(staff_, unit_a_, 2024, Year().draft.revision);
  ASSERT_TRUE(reopened) << reopened.error().message;
  ASSERT_TRUE(workspace_->Edit(staff_, unit_a_, 2024, reopened->draft.revision, {{"replace", "/funds/shortfall_reason", "进度滞后"}}));
  auto changes = workspace_->Diff(reviewer_, unit_a_, 2024, 1, 0);
  ASSERT_TRUE(changes);
  ASSERT_EQ(changes->size(), 1u);
  EXPECT_EQ((*changes)[0].label, "未完成原因");
  EXPECT_EQ((*changes)[0].after, "进度滞后");
}

TEST_F(WorkspaceTest, AFieldThatIsNotMoneyIsRefusedWithoutChangingTheDraft) {
  ASSERT_TRUE(workspace_->CreateYear(staff_, unit_a_, 2024, kDocument));
  const YearView before = Year();
  auto refused = workspace_->Edit(staff_, unit_a_, 2024, before.draft.revision, {{"replace", "/funds/budget_total", "一千元"}});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kInvalidInput);
  EXPECT_TRUE(refused.error().message.starts_with("字段 funds.budget_total：")) << refused.error().message;
  EXPECT_EQ(Year().draft.revision, before.draft.revision);
}

// A place no document has (an empty step where a list index belongs, as fuzz_request found) is
// refused with the place named, never an exception.
TEST_F(WorkspaceTest, AnEditAtAPlaceWithAnEmptyStepIsRefused) {
  ASSERT_TRUE(workspace_->CreateYear(staff_, unit_a_, 2024, kDocument));
  const YearView before = Year();
  for (const char* pointer : {"/projects//name", "/projects/0/indicators//units"}) {
    auto refused = workspace_->Edit(staff_, unit_a_, 2024, before.draft.revision, {{"replace", pointer, 20}});
    ASSERT_FALSE(refused) << pointer;
    EXPECT_EQ(refused.error().code, ErrorCode::kInvalidInput) << pointer;
    EXPECT_NE(refused.error().message.find(pointer), std::string::npos) << refused.error().message;
  }
  EXPECT_EQ(Year().draft.revision, before.draft.revision);
}

TEST_F(WorkspaceTest, AStaleRevisionIsAConflictNamingWhoChangedIt) {
  ASSERT_TRUE(workspace_->CreateYear(staff_, unit_a_, 2024, kDocument));
  const int64_t seen = Year().draft.revision;
  ASSERT_TRUE(workspace_->Edit(staff_, unit_a_, 2024, seen, {{"replace", "/funds/shortfall_reason", "甲"}}));
  auto stale = workspace_->Edit(staff_, unit_a_, 2024, seen, {{"replace", "/funds/shortfall_reason", "乙"}});
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_NE(stale.error().message.find("jia"), std::string::npos) << stale.error().message;
}

// A text marked 不公开 stays marked on its own item when an item before it is removed, and the
// mark goes with its item.
TEST_F(WorkspaceTest, MarksOfWithheldTextsFollowTheirItems) {
  ASSERT_TRUE(workspace_->CreateYear(staff_, unit_a_, 2024, kDocument));
  auto year = workspace_->Edit(staff_, unit_a_, 2024, Year().draft.revision,
                               {{"add", "/projects/-", {{"name", "第二个项目"}, {"implementation", "内部情况"}}},
                                {"replace", "/internal", Json::array({"/projects/1/implementation"})}});
  ASSERT_TRUE(year) << year.error().message;
  EXPECT_EQ(year->document["internal"], Json::array({"/projects/1/implementation"}));
  auto refused = workspace_->Edit(staff_, unit_a_, 2024, year->draft.revision,
                                  {{"replace", "/internal", Json::array({"/projects/1/budget/total"})}});
  ASSERT_FALSE(refused);  // a figure is never withheld
  year = workspace_->Edit(staff_, unit_a_, 2024, year->draft.revision, {{"remove", "/projects/0", nullptr}});
  ASSERT_TRUE(year) << year.error().message;
  EXPECT_EQ(year->document["internal"], Json::array({"/projects/0/implementation"}));
  year = workspace_->Edit(staff_, unit_a_, 2024, year->draft.revision, {{"remove", "/projects/0", nullptr}});
  ASSERT_TRUE(year) << year.error().message;
  EXPECT_FALSE(year->document.contains("internal"));
}

TEST_F(WorkspaceTest, DownloadsCarryTheUnitAndYearInTheirNames) {
  ASSERT_TRUE(workspace_->CreateYear(staff_, unit_a_, 2024, kDocument));
  auto docx = workspace_->Report(reviewer_, unit_a_, 2024, 0, "docx");
  ASSERT_TRUE(docx) << docx.error().message;
  EXPECT_EQ(docx->file_name, "甲局-2024-自评报告.docx");
  EXPECT_TRUE(docx->bytes.starts_with("PK"));
  auto xlsx = workspace_->Report(staff_, unit_a_, 2024, 0, "xlsx");
  ASSERT_TRUE(xlsx);
  EXPECT_EQ(xlsx->file_name, "甲局-2024-自评表.xlsx");
  EXPECT_FALSE(workspace_->Report(staff_, unit_a_, 2024, 0, "exe"));
}

// ---- the cache of assessed drafts ----

// What a year comes to, as compared between a cached and a freshly computed view.
std::string Figures(const YearView& view) {
  return Json{{"revision", view.draft.revision}, {"document", view.document}, {"scores", view.scores},
              {"findings", view.findings}, {"counts", {view.errors, view.warnings, view.unexplained_warnings}}}
      .dump();
}

TEST_F(WorkspaceTest, ReadsOfARevisionShareOneAssessmentAndASaveShowsItsNewFigures) {
  ASSERT_TRUE(workspace_->CreateYear(staff_, unit_a_, 2024, kDocument));
  const YearView first = Year();
  const YearCacheStats before = workspace_->year_cache_stats();
  const YearView again = Year();
  EXPECT_EQ(Figures(again), Figures(first));
  EXPECT_EQ(workspace_->year_cache_stats().hits, before.hits + 1);
  EXPECT_NE(first.assessment_id, 0u);
  EXPECT_EQ(again.assessment_id, first.assessment_id);

  auto saved = workspace_->Edit(staff_, unit_a_, 2024, first.draft.revision, {{"replace", "/funds/executed_total", "1000"},
                                                                              {"replace", "/funds/execution_rate_stated", "100"}});
  ASSERT_TRUE(saved) << saved.error().message;
  EXPECT_EQ(saved->document["funds"]["executed_total"], "1000");
  EXPECT_NE(saved->scores.dump(), first.scores.dump());
  // The view a save returns, the next read, and a workspace with no cache agree.
  Workspace fresh(*repository_, clock_);
  const YearView uncached = *fresh.Year(staff_, unit_a_, 2024);
  EXPECT_EQ(Figures(*saved), Figures(uncached));
  EXPECT_NE(saved->assessment_id, first.assessment_id);
  EXPECT_EQ(Year().assessment_id, saved->assessment_id);
  EXPECT_EQ(Figures(Year()), Figures(uncached));
  // What a save stores is what the codec writes (the save writes it without reading it back).
  const std::string stored = repository_->GetDraft(unit_a_, 2024)->document;
  EXPECT_EQ(stored, WriteEvaluationJson(*ParseDocument(stored)));
  EXPECT_TRUE(Year().editable);
  EXPECT_FALSE(workspace_->Year(reviewer_, unit_a_, 2024)->editable);  // per caller, not cached

  auto explained = workspace_->Explain(staff_, unit_a_, 2024, saved->draft.revision, "no-such-warning", "");
  ASSERT_TRUE(explained) << explained.error().message;
  EXPECT_EQ(Figures(*explained), Figures(*Workspace(*repository_, clock_).Year(staff_, unit_a_, 2024)));
}

// A save diffs only what differs; the audit log must still hold exactly the whole documents' diff.
TEST_F(WorkspaceTest, TheAuditLogOfASaveIsTheDiffOfTheWholeDocuments) {
  ASSERT_TRUE(workspace_->CreateYear(staff_, unit_a_, 2024, kDocument));
  const std::vector<std::vector<FieldEdit>> saves = {
      {{"replace", "/projects/0/name", "培训项目（更名）"}, {"replace", "/projects/0/executed", "950"}},
      {{"add", "/projects/-", Json{{"name", "新项目"}, {"executed", "10"}}}},
      {{"add", "/projects/0/indicators/-", Json{{"name", "新指标"}, {"weight", "10"}}}},
      {{"replace", "/projects/0/indicators/0/actual", "130"}, {"replace", "/funds/budget_total", "1100"}},
      {{"remove", "/projects/1", nullptr}},
      {{"replace", "/functions", Json::array({"职能一", "职能二"})}},
  };
  for (std::size_t i = 0; i < saves.size(); ++i) {
    const DraftRecord before = *repository_->GetDraft(unit_a_, 2024);
    auto saved = workspace_->Edit(staff_, unit_a_, 2024, before.revision, saves[i]);
    ASSERT_TRUE(saved) << i << ": " << saved.error().message;
    Json old_document = Json::parse(before.document), new_document = Json::parse(repository_->GetDraft(unit_a_, 2024)->document);
    old_document.erase("provenance");
    new_document.erase("provenance");
    const std::string expected = ChangesJson(DiffDocuments(old_document, new_document));
    auto log = workspace_->AuditLog(admin_, 0, 20);
    ASSERT_TRUE(log);
    auto entry = std::find_if(log->begin(), log->end(), [](const AuditEntry& e) { return e.action == "draft.save"; });
    ASSERT_NE(entry, log->end());
    EXPECT_EQ(entry->after, expected) << "save " << i;
    EXPECT_NE(expected, "[]") << "save " << i;
  }
}

// A save reads the edited tree without writing and parsing its text, and writes again only the
// parts it changed: what it stores, shows and refuses must be what reading that text gives.
TEST_F(WorkspaceTest, ASaveStoresAndRefusesWhatReadingTheEditedTextWould) {
  ASSERT_TRUE(workspace_->CreateYear(staff_, unit_a_, 2024, kDocument));
  // Edits applied to the stored text, as the old save did: dump, read, write.
  auto expected_text = [&](const std::vector<FieldEdit>& edits) {
    Json document = Json::parse(repository_->GetDraft(unit_a_, 2024)->document);
    for (const auto& edit : edits) {
      // (a replaced member the document lacks is added, as the editor's fields do)
      Json op = {{"op", edit.op == "replace" ? "add" : edit.op}, {"path", edit.pointer}};
      if (edit.op != "remove") op["value"] = edit.value;
      document.patch_inplace(Json::array({op}));
    }
    auto evaluation = ParseDocument(document.dump());
    return evaluation ? WriteEvaluationJson(*evaluation) : "refused: " + evaluation.error().message;
  };
  auto saved_text = [&](const std::vector<FieldEdit>& edits) {
    auto saved = workspace_->Edit(staff_, unit_a_, 2024, Year().draft.revision, edits);
    if (!saved) return "refused: " + saved.error().message;
    EXPECT_EQ(Figures(*saved), Figures(*Workspace(*repository_, clock_).Year(staff_, unit_a_, 2024)));
    return repository_->GetDraft(unit_a_, 2024)->document;
  };
  const std::vector<std::vector<FieldEdit>> saves = {
      {{"add", "/projects/-", Json{{"name", "第二个项目"}, {"executed", "10.5"}, {"x_note", {{"n", 1.0}, {"m", -0.0}}}}}},
      {{"replace", "/funds/shortfall_reason", "进度\"滞后\"\n\t\x01"}},
      {{"replace", "/projects/1/executed", "11"}},
      {{"replace", "/projects/0/x_extra", Json::array({1, 2.5, "三"})}},
      {{"replace", "/projects/0/x_extra", Json::array({1.0, 2.5, "三"})}},
      {{"replace", "/projects/1/budget/total", "一千元"}, {"replace", "/projects/0/name", 7}},
      {{"replace", "/projects/1/name", "\xE4\xB8"}},
      {{"replace", "/projects/0/level", "own"}, {"replace", "/next_steps", Json::array({"下一步"})}},
      {{"remove", "/projects/0", nullptr}},
  };
  for (std::size_t i = 0; i < saves.size(); ++i) {
    const std::string expected = i == 6 ? "refused: 所填内容不是有效的 UTF-8 文本：请重新输入（从其他编码的文件复制的文字须先转换）"
                                        : expected_text(saves[i]);
    EXPECT_EQ(saved_text(saves[i]), expected) << "save " << i;
  }
  // A stored text not as the codec writes it (figures without their cents, fields left out).
  const DraftRecord draft = *repository_->GetDraft(unit_a_, 2024);
  ASSERT_TRUE(repository_->SaveDraft(unit_a_, 2024, kDocument, draft.explanations, draft.revision, "[]",
                                     Change{"system", "", clock_.NowSeconds()}));
  for (const auto& edits : std::vector<std::vector<FieldEdit>>{{{"replace", "/funds/shortfall_reason", "甲"}},
                                                               {{"replace", "/projects/0/executed", "901"}}}) {
    const std::string expected = expected_text(edits);
    EXPECT_EQ(saved_text(edits), expected);
  }
}

TEST_F(WorkspaceTest, AStaleRevisionIsNeverServedEvenWhenAnotherWorkspaceSaved) {
  ASSERT_TRUE(workspace_->CreateYear(staff_, unit_a_, 2024, kDocument));
  const YearView cached = Year();
  // Another server process on the same store saves; this one has the older revision cached.
  Workspace other(*repository_, clock_);
  auto saved = other.Edit(staff_, unit_a_, 2024, cached.draft.revision, {{"replace", "/funds/budget_total", "2000"}});
  ASSERT_TRUE(saved) << saved.error().message;
  const YearView now = Year();
  EXPECT_EQ(now.draft.revision, saved->draft.revision);
  EXPECT_EQ(now.document["funds"]["budget_total"], "2000");
  EXPECT_EQ(Figures(now), Figures(*saved));
  // An edit made from the cached (older) revision is a conflict, not a save over the newer one.
  auto stale = workspace_->Edit(staff_, unit_a_, 2024, cached.draft.revision, {{"replace", "/funds/shortfall_reason", "乙"}});
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
}

TEST_F(WorkspaceTest, ANewProfileReassessesCachedYears) {
  ASSERT_TRUE(workspace_->CreateYear(staff_, unit_a_, 2024, kDocument));
  const YearView national = Year();
  ScoringProfile strict = NationalDefault();
  strict.id = "strict";
  strict.reason_required_below = Percent::FromWhole(95);  // 90% executed now needs a reason
  workspace_->SetProfile(strict);
  const YearView reassessed = Year();
  Workspace fresh(*repository_, clock_);
  fresh.SetProfile(strict);
  EXPECT_EQ(Figures(reassessed), Figures(*fresh.Year(staff_, unit_a_, 2024)));
  EXPECT_NE(Figures(reassessed), Figures(national));
}

TEST_F(WorkspaceTest, TheCacheKeepsToItsBound) {
  ASSERT_TRUE(workspace_->CreateYear(staff_, unit_a_, 2024, kDocument));
  ASSERT_TRUE(workspace_->CreateYear(staff_, unit_a_, 2025, std::nullopt));
  Year();
  workspace_->Year(staff_, unit_a_, 2025);
  EXPECT_EQ(workspace_->year_cache_stats().entries, 2u);
  const std::size_t one = workspace_->year_cache_stats().bytes / 2 + 1;
  workspace_->SetYearCacheLimit(one);
  EXPECT_LE(workspace_->year_cache_stats().bytes, one);
  EXPECT_LE(workspace_->year_cache_stats().entries, 1u);
  workspace_->SetYearCacheLimit(0);
  EXPECT_EQ(workspace_->year_cache_stats().entries, 0u);
  const YearView uncached = Year();  // still served, only not kept
  EXPECT_EQ(workspace_->year_cache_stats().entries, 0u);
  EXPECT_EQ(Figures(uncached), Figures(*Workspace(*repository_, clock_).Year(staff_, unit_a_, 2024)));
}

// Readers racing a writer: every view's document is the one of its own revision.
TEST_F(WorkspaceTest, ConcurrentReadersSeeEachRevisionWhole) {
  ASSERT_TRUE(workspace_->CreateYear(staff_, unit_a_, 2024, kDocument));
  std::atomic<bool> done{false};
  std::atomic<int> mismatches{0}, reads{0};
  auto reader = [&] {
    while (!done) {
      auto view = workspace_->Year(reviewer_, unit_a_, 2024);
      if (!view) continue;
      ++reads;
      const Json& reason = view->document["funds"]["shortfall_reason"];
      if (view->draft.revision > 1 && reason != std::to_string(view->draft.revision)) ++mismatches;
    }
  };
  std::thread a(reader), b(reader);
  int64_t revision = Year().draft.revision;
  for (int i = 0; i < 30; ++i) {
    auto saved = workspace_->Edit(staff_, unit_a_, 2024, revision,
                                  {{"replace", "/funds/shortfall_reason", std::to_string(revision + 1)}});
    EXPECT_TRUE(saved) << saved.error().message;
    if (!saved) break;
    revision = saved->draft.revision;
  }
  done = true;
  a.join();
  b.join();
  EXPECT_EQ(mismatches, 0);
  EXPECT_GT(reads, 0);
}

}  // namespace
}  // namespace jixiao
