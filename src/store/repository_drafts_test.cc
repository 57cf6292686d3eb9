// The Repository suite for drafts and their locked versions, on both backends.
#include <gtest/gtest.h>

#include <latch>
#include <thread>

#include "store/repository_fixture.h"

namespace jixiao {
namespace {

constexpr int kYear = 2022;
const std::string kDocument = R"({"schema":"jixiao.evaluation/1","unit":"黔南州财政局"})";

TEST_P(RepositoryTest, SavingWithTheCurrentRevisionAddsOne) {
  UnitRecord unit = MakeUnit("黔南州财政局");
  DraftRecord draft = MakeDraft(unit.id, kYear, kDocument);
  EXPECT_EQ(draft.revision, 1);
  EXPECT_EQ(draft.status, YearStatus::kDraft);
  EXPECT_EQ(draft.updated_by, "wangfang");

  auto saved = repo_->SaveDraft(unit.id, kYear, kDocument + " ", "{\"k\":\"说明\"}", 1, "{}",
                                By("lisi", 200));
  ASSERT_TRUE(saved) << saved.error().message;
  EXPECT_EQ(saved->revision, 2);
  EXPECT_EQ(saved->updated_by, "lisi");
  EXPECT_EQ(saved->updated_at, 200);
  auto read = repo_->GetDraft(unit.id, kYear);
  ASSERT_TRUE(read);
  EXPECT_EQ(read->document, kDocument + " ");
  EXPECT_EQ(read->explanations, "{\"k\":\"说明\"}");
  EXPECT_EQ(read->revision, 2);
}

TEST_P(RepositoryTest, SavingAStaleRevisionNamesWhoChangedIt) {
  UnitRecord unit = MakeUnit("黔南州财政局");
  MakeDraft(unit.id, kYear, kDocument);
  ASSERT_TRUE(repo_->SaveDraft(unit.id, kYear, "{}", "{}", 1, "{}", By("wangfang", 1795615385)));
  auto stale = repo_->SaveDraft(unit.id, kYear, "{\"lost\":1}", "{}", 1, "{}", By("lisi"));
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_EQ(stale.error().message,
            "该记录已被 wangfang 于 2026-11-25 22:03:05 修改（当前第 2 版），请刷新后再改");  // Beijing time (UTC+8)
  EXPECT_EQ(repo_->GetDraft(unit.id, kYear)->document, "{}");
}

TEST_P(RepositoryTest, DraftMistakesAreRefused) {
  UnitRecord unit = MakeUnit("黔南州财政局");
  MakeDraft(unit.id, kYear, kDocument);
  DraftRecord again;
  again.unit_id = unit.id;
  again.year = kYear;
  DraftRecord orphan = again;
  orphan.unit_id = 999;
  struct Case {
    const char* what;
    Result<bool> outcome;
    ErrorCode code;
  };
  auto done = [](auto&&) { return true; };
  std::vector<Case> cases = {
      {"create twice", repo_->CreateDraft(again, By("lisi")).map(done), ErrorCode::kConflict},
      {"create for a missing unit", repo_->CreateDraft(orphan, By("lisi")).map(done),
       ErrorCode::kNotFound},
      {"get a missing year", repo_->GetDraft(unit.id, 1999).map(done), ErrorCode::kNotFound},
      {"save a missing year", repo_->SaveDraft(unit.id, 1999, "{}", "{}", 1, "{}", By("x")).map(done),
       ErrorCode::kNotFound},
      {"reopen a draft", repo_->Reopen(unit.id, kYear, 1, By("x")).map(done), ErrorCode::kConflict},
      {"missing version", repo_->GetVersion(unit.id, kYear, 1).map(done), ErrorCode::kNotFound},
  };
  for (const Case& c : cases) {
    ASSERT_FALSE(c.outcome) << c.what;
    EXPECT_EQ(c.outcome.error().code, c.code) << c.what << ": " << c.outcome.error().message;
  }
}

TEST_P(RepositoryTest, OfTwoConcurrentSavesExactlyOneWins) {
  UnitRecord unit = MakeUnit("黔南州财政局");
  MakeDraft(unit.id, kYear, kDocument);
  for (int64_t revision = 1; revision <= 10; ++revision) {
    std::latch start(2);
    Result<DraftRecord> outcomes[2];
    std::thread writers[2];
    for (int w = 0; w < 2; ++w) {
      writers[w] = std::thread([&, w] {
        start.arrive_and_wait();
        std::string who = w == 0 ? "wangfang" : "lisi";
        outcomes[w] = repo_->SaveDraft(unit.id, kYear, "{\"by\":\"" + who + "\"}", "{}", revision,
                                       "{}", By(who));
      });
    }
    for (auto& writer : writers) writer.join();
    ASSERT_NE(outcomes[0].has_value(), outcomes[1].has_value()) << "round " << revision;
    const auto& lost = outcomes[0] ? outcomes[1] : outcomes[0];
    EXPECT_EQ(lost.error().code, ErrorCode::kConflict) << lost.error().message;
    const auto& won = outcomes[0] ? outcomes[0] : outcomes[1];
    EXPECT_NE(lost.error().message.find(won->updated_by), std::string::npos);
    EXPECT_EQ(won->revision, revision + 1);
  }
}

TEST_P(RepositoryTest, SubmittingLocksTheDraftIntoVersionOne) {
  UnitRecord unit = MakeUnit("黔南州财政局");
  MakeDraft(unit.id, kYear, kDocument);
  auto version = repo_->Submit(unit.id, kYear, 1, "e3b0c442", By("wangfang", 300));
  ASSERT_TRUE(version) << version.error().message;
  EXPECT_EQ(version->number, 1);
  EXPECT_EQ(version->document, kDocument);
  EXPECT_EQ(version->content_hash, "e3b0c442");
  EXPECT_EQ(version->submitted_by, "wangfang");
  EXPECT_EQ(version->submitted_at, 300);

  auto draft = repo_->GetDraft(unit.id, kYear);
  ASSERT_TRUE(draft);
  EXPECT_EQ(draft->status, YearStatus::kSubmitted);
  EXPECT_EQ(draft->revision, 2);
  auto locked = repo_->SaveDraft(unit.id, kYear, "{}", "{}", 2, "{}", By("wangfang"));
  ASSERT_FALSE(locked);
  EXPECT_EQ(locked.error().code, ErrorCode::kConflict);
  EXPECT_EQ(locked.error().message, "该年度已送审并锁定，须先“重新编辑”生成新版本");
  EXPECT_EQ(repo_->Submit(unit.id, kYear, 2, "x", By("wangfang")).error().code, ErrorCode::kConflict);
}

TEST_P(RepositoryTest, ReopeningLetsTheNextSubmissionBeVersionTwo) {
  UnitRecord unit = MakeUnit("黔南州财政局");
  MakeDraft(unit.id, kYear, kDocument);
  ASSERT_TRUE(repo_->Submit(unit.id, kYear, 1, "h1", By("wangfang")));
  auto reopened = repo_->Reopen(unit.id, kYear, 2, By("admin"));
  ASSERT_TRUE(reopened) << reopened.error().message;
  EXPECT_EQ(reopened->status, YearStatus::kDraft);
  EXPECT_EQ(reopened->revision, 3);
  ASSERT_TRUE(repo_->SaveDraft(unit.id, kYear, "{\"v\":2}", "{}", 3, "{}", By("wangfang")));
  auto second = repo_->Submit(unit.id, kYear, 4, "h2", By("wangfang"));
  ASSERT_TRUE(second) << second.error().message;
  EXPECT_EQ(second->number, 2);

  auto versions = repo_->ListVersions(unit.id, kYear);
  ASSERT_TRUE(versions);
  ASSERT_EQ(versions->size(), 2u);
  EXPECT_EQ((*versions)[0].document, kDocument);
  EXPECT_EQ((*versions)[0].content_hash, "h1");
  EXPECT_EQ((*versions)[1].document, "{\"v\":2}");
  EXPECT_EQ(repo_->GetVersion(unit.id, kYear, 2)->content_hash, "h2");
}

TEST_P(RepositoryTest, VersionsRefuseUpdateAndDelete) {
  UnitRecord unit = MakeUnit("黔南州财政局");
  MakeDraft(unit.id, kYear, kDocument);
  ASSERT_TRUE(repo_->Submit(unit.id, kYear, 1, "h1", By("wangfang")));
  for (const char* sql : {"UPDATE versions SET document = '{}'", "UPDATE versions SET number = 9",
                          "DELETE FROM versions"}) {
    auto refused = Raw(sql);
    ASSERT_FALSE(refused) << sql;
    EXPECT_NE(refused.error().message.find("refused"), std::string::npos) << refused.error().message;
  }
  auto kept = repo_->GetVersion(unit.id, kYear, 1);
  ASSERT_TRUE(kept) << kept.error().message;
  EXPECT_EQ(kept->document, kDocument);
}

TEST_P(RepositoryTest, ListsOfDraftsCarryNoDocuments) {
  UnitRecord first = MakeUnit("甲单位");
  UnitRecord second = MakeUnit("乙单位");
  for (int year : {2021, 2023, 2022}) MakeDraft(first.id, year, kDocument);
  MakeDraft(second.id, 2022, kDocument);

  auto years = repo_->ListDrafts(first.id);
  ASSERT_TRUE(years) << years.error().message;
  std::vector<int> listed;
  for (const DraftRecord& draft : *years) {
    listed.push_back(draft.year);
    EXPECT_TRUE(draft.document.empty());
    EXPECT_TRUE(draft.explanations.empty());
    EXPECT_EQ(draft.updated_by, "wangfang");
  }
  EXPECT_EQ(listed, (std::vector<int>{2023, 2022, 2021}));

  auto of_year = repo_->ListDraftsOfYear(2022);
  ASSERT_TRUE(of_year);
  ASSERT_EQ(of_year->size(), 2u);
  EXPECT_EQ((*of_year)[0].unit_id, first.id);
  EXPECT_EQ((*of_year)[1].unit_id, second.id);
  EXPECT_TRUE((*of_year)[1].document.empty());
}

}  // namespace
}  // namespace jixiao
