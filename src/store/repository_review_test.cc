// The Repository suite for the finance bureau's half, on both backends: decisions, the return
// that reopens a draft, publications that never change, rectification items and evidence.
#include <gtest/gtest.h>

#include "store/repository_fixture.h"

namespace jixiao {
namespace {

constexpr int kYear = 2023;
const std::string kDocument = R"({"format":"jixiao.evaluation/1","year":2023})";

class Submitted {
 public:
  explicit Submitted(Repository& repo, int64_t unit_id) : repo_(repo), unit_id_(unit_id) {}
  VersionRecord Submit(const std::string& hash) {
    auto draft = repo_.GetDraft(unit_id_, kYear);
    auto version = repo_.Submit(unit_id_, kYear, draft->revision, hash, By("wangfang"));
    EXPECT_TRUE(version) << version.error().message;
    return *version;
  }
  int64_t Revision() { return repo_.GetDraft(unit_id_, kYear)->revision; }

 private:
  Repository& repo_;
  int64_t unit_id_;
};

DecisionRecord DecisionOn(int64_t unit_id, int number, Decision decision) {
  DecisionRecord d;
  d.unit_id = unit_id;
  d.year = kYear;
  d.number = number;
  d.decision = decision;
  d.reason = decision == Decision::kReturned ? "执行率说明不充分" : "";
  d.anchor = "/funds/shortfall_reason";
  d.self_total = "88.00";
  d.review_total = "86.00";
  d.review_grade = "良";
  return d;
}

TEST_P(RepositoryTest, AReturnReopensTheDraftAndAPassLocksIt) {
  UnitRecord unit = MakeUnit("黔南州教育局");
  MakeDraft(unit.id, kYear, kDocument);
  Submitted year(*repo_, unit.id);
  year.Submit("hash-1");

  auto returned = repo_->Decide(DecisionOn(unit.id, 1, Decision::kReturned), year.Revision(), By("reviewer"));
  ASSERT_TRUE(returned) << returned.error().message;
  EXPECT_EQ(returned->status, YearStatus::kDraft);
  EXPECT_TRUE(repo_->SaveDraft(unit.id, kYear, kDocument + " ", "{}", year.Revision(), "{}", By("wangfang")));

  year.Submit("hash-2");
  auto stale = repo_->Decide(DecisionOn(unit.id, 1, Decision::kPassed), year.Revision(), By("reviewer"));
  ASSERT_FALSE(stale);
  EXPECT_NE(stale.error().message.find("第 2 版"), std::string::npos) << stale.error().message;

  auto passed = repo_->Decide(DecisionOn(unit.id, 2, Decision::kPassed), year.Revision(), By("reviewer"));
  ASSERT_TRUE(passed) << passed.error().message;
  EXPECT_EQ(passed->status, YearStatus::kSubmitted);
  auto reopen = repo_->Reopen(unit.id, kYear, year.Revision(), By("wangfang"));
  ASSERT_FALSE(reopen);
  EXPECT_EQ(reopen.error().message, "该年度已通过财政复核，不能重新编辑");

  auto decisions = repo_->ListDecisions(unit.id, kYear);
  ASSERT_TRUE(decisions);
  ASSERT_EQ(decisions->size(), 2u);
  EXPECT_EQ((*decisions)[0].decision, Decision::kReturned);
  EXPECT_EQ((*decisions)[0].reason, "执行率说明不充分");
  EXPECT_EQ((*decisions)[1].decided_by, "reviewer");
  EXPECT_EQ(repo_->ListDecisionsOfYear(kYear)->size(), 2u);
}

TEST_P(RepositoryTest, DecisionsAndPublicationsNeverChange) {
  UnitRecord unit = MakeUnit("黔南州教育局");
  MakeDraft(unit.id, kYear, kDocument);
  Submitted year(*repo_, unit.id);
  VersionRecord version = year.Submit("abc123");

  PublicationRecord report;
  report.unit_id = unit.id;
  report.year = kYear;
  report.number = 1;
  report.content_hash = "abc123";
  report.html = "<p>报告</p>";
  report.pdf = std::string("%PDF-1.7\0binary\xff", 16);
  auto early = repo_->Publish(report, By("reviewer"));
  ASSERT_FALSE(early);
  EXPECT_EQ(early.error().message, "只有通过财政复核的版本才能公开");

  ASSERT_TRUE(repo_->Decide(DecisionOn(unit.id, 1, Decision::kPassed), year.Revision(), By("reviewer")));
  PublicationRecord forged = report;
  forged.content_hash = "other";
  EXPECT_FALSE(repo_->Publish(forged, By("reviewer")));
  auto published = repo_->Publish(report, By("reviewer"));
  ASSERT_TRUE(published) << published.error().message;
  auto again = repo_->Publish(report, By("reviewer"));
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);

  PublicationRecord correction = report;
  correction.kind = "correction";
  correction.notice = "第 3 页项目名称更正为“校舍维修”";
  correction.html = correction.pdf = "";
  ASSERT_TRUE(repo_->Publish(correction, By("reviewer")));

  auto read = repo_->GetPublication(published->id);
  ASSERT_TRUE(read);
  EXPECT_EQ(read->pdf, report.pdf);  // bytes come back exactly
  EXPECT_EQ(read->html, report.html);
  auto listed = repo_->ListPublicationsOf(unit.id, kYear);
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_TRUE((*listed)[0].pdf.empty());  // listings carry no files
  EXPECT_EQ(repo_->ListPublications(0)->size(), 2u);
  EXPECT_EQ(repo_->ListPublications(1999)->size(), 0u);

  for (const char* sql : {"UPDATE publications SET html = 'x'", "DELETE FROM publications",
                          "UPDATE decisions SET review_total = '99.00'", "DELETE FROM decisions"}) {
    EXPECT_FALSE(Raw(sql)) << sql;
  }
  EXPECT_EQ(repo_->GetPublication(published->id)->html, "<p>报告</p>");
  EXPECT_EQ(version.content_hash, "abc123");
}

TEST_P(RepositoryTest, AReviewSheetKeepsItsRevisionAndClosesWithTheDecision) {
  UnitRecord unit = MakeUnit("黔南州教育局");
  MakeDraft(unit.id, kYear, kDocument);
  Submitted year(*repo_, unit.id);
  year.Submit("h");
  ReviewSheetRecord sheet{unit.id, kYear, 1, R"({"execution":{"deduction":"2.00","reason":"x"}})", "[]", 0, "", 0};
  auto created = repo_->SaveReviewSheet(sheet, 0, By("reviewer"));
  ASSERT_TRUE(created) << created.error().message;
  EXPECT_EQ(created->revision, 1);
  EXPECT_FALSE(repo_->SaveReviewSheet(sheet, 0, By("reviewer2")));  // created twice
  auto stale = repo_->SaveReviewSheet(sheet, 7, By("reviewer2"));
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  ASSERT_TRUE(repo_->SaveReviewSheet(sheet, 1, By("reviewer")));
  EXPECT_EQ((*repo_->GetReviewSheet(unit.id, kYear, 1))->revision, 2);
  ASSERT_TRUE(repo_->Decide(DecisionOn(unit.id, 1, Decision::kPassed), year.Revision(), By("reviewer")));
  auto closed = repo_->SaveReviewSheet(sheet, 2, By("reviewer"));
  ASSERT_FALSE(closed);
  EXPECT_EQ(closed.error().message, "该版本已作出复核结论，复核记录不能再改");
  EXPECT_FALSE(repo_->SaveReviewSheet({unit.id, kYear, 9, "{}", "[]", 0, "", 0}, 0, By("reviewer")));
}

TEST_P(RepositoryTest, RectificationItemsMoveThroughTheirStatusesWithEvidence) {
  UnitRecord unit = MakeUnit("黔南州教育局");
  RectificationRecord item;
  item.unit_id = unit.id;
  item.year = kYear;
  item.source = "execution-rate@/funds";
  item.title = "预算执行率偏低";
  item.owner = "财务科";
  item.deadline = "2024-06-30";
  auto added = repo_->AddRectification(item, By("reviewer"));
  ASSERT_TRUE(added) << added.error().message;
  RectificationRecord moving = *added;
  moving.status = RectificationStatus::kToVerify;
  auto moved = repo_->UpdateRectification(moving, By("wangfang"));
  ASSERT_TRUE(moved) << moved.error().message;
  EXPECT_EQ(moved->revision, 2);
  EXPECT_EQ(moved->updated_by, "wangfang");
  EXPECT_FALSE(repo_->UpdateRectification(moving, By("reviewer")));  // stale revision

  EvidenceRecord evidence;
  evidence.rectification_id = added->id;
  evidence.file_name = "整改报告.pdf";
  evidence.mime_type = "application/pdf";
  evidence.bytes = std::string("%PDF\0\x01\x02", 7);
  auto stored = repo_->AddEvidence(evidence, By("wangfang"));
  ASSERT_TRUE(stored) << stored.error().message;
  EXPECT_EQ(repo_->GetEvidence(stored->id)->bytes, evidence.bytes);
  EXPECT_EQ(repo_->ListEvidence(added->id)->at(0).size, 7);
  EXPECT_EQ(repo_->ListRectifications(unit.id, kYear)->size(), 1u);
  EXPECT_EQ(repo_->ListRectifications(0, 0)->size(), 1u);
  EXPECT_EQ(repo_->ListRectifications(unit.id, 1999)->size(), 0u);
  evidence.rectification_id = 999;
  EXPECT_FALSE(repo_->AddEvidence(evidence, By("wangfang")));
}

TEST_P(RepositoryTest, TheYearsTaskIsIssuedAndReissued) {
  EXPECT_FALSE(*repo_->GetTask(kYear));
  ASSERT_TRUE(repo_->SetTask({kYear, "2024-03-31", "请按时完成自评", "", 0}, By("reviewer")));
  ASSERT_TRUE(repo_->SetTask({kYear, "2024-04-15", "延期", "", 0}, By("reviewer")));
  auto task = repo_->GetTask(kYear);
  ASSERT_TRUE(task && *task);
  EXPECT_EQ((*task)->deadline, "2024-04-15");
  EXPECT_EQ((*task)->issued_by, "reviewer");
}

TEST_P(RepositoryTest, AReviewersScopeIsStored) {
  UserRecord user;
  user.login = "xia";
  user.name = "夏";
  user.role = Role::kReviewer;
  user.password_hash = "h";
  user.scope = "贵州省/黔南州";
  auto added = repo_->AddUser(user, By("system"));
  ASSERT_TRUE(added);
  EXPECT_EQ((*repo_->FindUserByLogin("xia"))->scope, "贵州省/黔南州");
  EXPECT_FALSE((*repo_->FindUserByLogin("xia"))->department_reviewer);

  user.login = "jiaoyu";
  user.department_reviewer = true;
  ASSERT_TRUE(repo_->AddUser(user, By("system")));
  EXPECT_TRUE((*repo_->FindUserByLogin("jiaoyu"))->department_reviewer);
}

DepartmentReviewRecord DepartmentOn(int64_t unit_id, int number, DepartmentOutcome outcome) {
  DepartmentReviewRecord review;
  review.unit_id = unit_id;
  review.year = kYear;
  review.number = number;
  review.outcome = outcome;
  review.opinion = outcome == DepartmentOutcome::kReturned ? "项目绩效指标未量化" : "同意报送";
  review.anchor = outcome == DepartmentOutcome::kReturned ? "/projects/0" : "";
  return review;
}

TEST_P(RepositoryTest, ADepartmentReturnReopensTheDraftAndAForwardKeepsItSubmitted) {
  ASSERT_TRUE(*repo_->SetDepartmentReviewRegion("贵州省/都匀市/教育局", true, By("reviewer")));
  EXPECT_FALSE(*repo_->SetDepartmentReviewRegion("贵州省/都匀市/教育局", true, By("reviewer")));  // already set
  EXPECT_EQ(*repo_->ListDepartmentReviewRegions(), std::vector<std::string>{"贵州省/都匀市/教育局"});

  UnitRecord unit = MakeUnit("都匀一中");
  MakeDraft(unit.id, kYear, kDocument);
  Submitted year(*repo_, unit.id);
  year.Submit("hash-1");
  auto returned = repo_->DepartmentDecide(DepartmentOn(unit.id, 1, DepartmentOutcome::kReturned), year.Revision(),
                                          By("jiaoyu"));
  ASSERT_TRUE(returned) << returned.error().message;
  EXPECT_EQ(returned->status, YearStatus::kDraft);

  year.Submit("hash-2");
  const int64_t before = year.Revision();
  auto forwarded = repo_->DepartmentDecide(DepartmentOn(unit.id, 2, DepartmentOutcome::kForwarded), before,
                                           By("jiaoyu"));
  ASSERT_TRUE(forwarded) << forwarded.error().message;
  EXPECT_EQ(forwarded->status, YearStatus::kSubmitted);
  EXPECT_EQ(forwarded->revision, before + 1);  // a page opened before the forward is stale
  auto twice = repo_->DepartmentDecide(DepartmentOn(unit.id, 2, DepartmentOutcome::kReturned), year.Revision(),
                                       By("jiaoyu"));
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().message, "该版本已有主管部门初审结论");

  auto reviews = repo_->ListDepartmentReviews(unit.id, kYear);
  ASSERT_TRUE(reviews);
  ASSERT_EQ(reviews->size(), 2u);
  EXPECT_EQ((*reviews)[0].outcome, DepartmentOutcome::kReturned);
  EXPECT_EQ((*reviews)[0].opinion, "项目绩效指标未量化");
  EXPECT_EQ((*reviews)[1].decided_by, "jiaoyu");
  EXPECT_EQ(repo_->ListDepartmentReviewsOfYear(kYear)->size(), 2u);
  EXPECT_FALSE(Raw("UPDATE department_reviews SET opinion = 'x'"));
  EXPECT_FALSE(Raw("DELETE FROM department_reviews"));

  ASSERT_TRUE(*repo_->SetDepartmentReviewRegion("贵州省/都匀市/教育局", false, By("reviewer")));
  EXPECT_TRUE(repo_->ListDepartmentReviewRegions()->empty());
}

}  // namespace
}  // namespace jixiao
