// The finance bureau's records over the SQL seam: tasks, review sheets, decisions (which also
// reopen a returned draft), publications, rectification items and evidence. Files are kept as
// base64 text so one schema serves SQLite and PostgreSQL alike.
#include <sodium.h>

#include "store/sql_repository.h"
#include "store/store_text.h"

namespace jixiao {
namespace {

constexpr const char* kSheetColumns = "unit_id, year, number, score_rows, comments, revision, updated_by, updated_at";
constexpr const char* kDecisionColumns =
    "unit_id, year, number, decision, reason, anchor, score_rows, comments, self_total, review_total, "
    "review_grade, decided_by, decided_at";
constexpr const char* kDecisionSummaryColumns =
    "unit_id, year, number, decision, reason, anchor, '{}', '[]', self_total, review_total, "
    "review_grade, decided_by, decided_at";
constexpr const char* kPublicationColumns =
    "id, unit_id, year, number, kind, content_hash, notice, html, pdf, xlsx, published_by, published_at";
constexpr const char* kPublicationSummaryColumns =
    "id, unit_id, year, number, kind, content_hash, notice, '', '', '', published_by, published_at";
constexpr const char* kRectificationColumns =
    "id, unit_id, year, source, title, detail, owner, deadline, status, revision, created_by, created_at, "
    "updated_by, updated_at";
constexpr const char* kEvidenceColumns =
    "id, rectification_id, file_name, mime_type, size, bytes, uploaded_by, uploaded_at";
constexpr const char* kEvidenceSummaryColumns =
    "id, rectification_id, file_name, mime_type, size, '', uploaded_by, uploaded_at";

std::string With(const char* head, const char* columns, const std::string& tail) {
  return std::string(head) + columns + tail;
}

std::string YearTarget(int64_t unit_id, int year) {
  return "unit/" + std::to_string(unit_id) + "/" + std::to_string(year);
}

std::string ToBase64(const std::string& bytes) {
  if (bytes.empty()) return {};
  std::string out(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

std::string FromBase64(const std::string& text) {
  if (text.empty()) return {};
  std::string out(text.size() / 4 * 3 + 3, '\0');
  size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr,
                        &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0) {
    return {};
  }
  out.resize(length);
  return out;
}

ReviewSheetRecord SheetFromRow(const SqlRow& row) {
  return {row.Int(0), static_cast<int>(row.Int(1)), static_cast<int>(row.Int(2)), row.Text(3), row.Text(4),
          row.Int(5), row.Text(6),                  row.Int(7)};
}

DecisionRecord DecisionFromRow(const SqlRow& row) {
  DecisionRecord d;
  d.unit_id = row.Int(0);
  d.year = static_cast<int>(row.Int(1));
  d.number = static_cast<int>(row.Int(2));
  d.decision = row.Text(3) == "returned" ? Decision::kReturned : Decision::kPassed;
  d.reason = row.Text(4);
  d.anchor = row.Text(5);
  d.rows = row.Text(6);
  d.comments = row.Text(7);
  d.self_total = row.Text(8);
  d.review_total = row.Text(9);
  d.review_grade = row.Text(10);
  d.decided_by = row.Text(11);
  d.decided_at = row.Int(12);
  return d;
}

PublicationRecord PublicationFromRow(const SqlRow& row) {
  PublicationRecord p;
  p.id = row.Int(0);
  p.unit_id = row.Int(1);
  p.year = static_cast<int>(row.Int(2));
  p.number = static_cast<int>(row.Int(3));
  p.kind = row.Text(4);
  p.content_hash = row.Text(5);
  p.notice = row.Text(6);
  p.html = row.Text(7);
  p.pdf = FromBase64(row.Text(8));
  p.xlsx = FromBase64(row.Text(9));
  p.published_by = row.Text(10);
  p.published_at = row.Int(11);
  return p;
}

RectificationRecord RectificationFromRow(const SqlRow& row) {
  RectificationRecord r;
  r.id = row.Int(0);
  r.unit_id = row.Int(1);
  r.year = static_cast<int>(row.Int(2));
  r.source = row.Text(3);
  r.title = row.Text(4);
  r.detail = row.Text(5);
  r.owner = row.Text(6);
  r.deadline = row.Text(7);
  RectificationStatusFromName(row.Text(8), r.status);
  r.revision = row.Int(9);
  r.created_by = row.Text(10);
  r.created_at = row.Int(11);
  r.updated_by = row.Text(12);
  r.updated_at = row.Int(13);
  return r;
}

EvidenceRecord EvidenceFromRow(const SqlRow& row) {
  return {row.Int(0), row.Int(1), row.Text(2), row.Text(3), row.Int(4), FromBase64(row.Text(5)), row.Text(6),
          row.Int(7)};
}

std::string RectificationJson(const RectificationRecord& r) {
  return "{\"title\":" + JsonQuote(r.title) + ",\"owner\":" + JsonQuote(r.owner) + ",\"deadline\":" +
         JsonQuote(r.deadline) + ",\"status\":" + JsonQuote(RectificationStatusName(r.status)) + "}";
}

template <typename Record, typename FromRow>
Result<std::vector<Record>> AllRows(Result<SqlRows> rows, FromRow from_row) {
  if (!rows) return tl::unexpected(rows.error());
  std::vector<Record> out;
  for (const SqlRow& row : *rows) out.push_back(from_row(row));
  return out;
}

}  // namespace

Result<TaskRecord> SqlRepository::SetTask(const TaskRecord& task, const Change& change) {
  return Write([&](SqlConnection& db) -> Result<TaskRecord> {
    auto rows = db.Run(
        "INSERT INTO tasks (year, deadline, note, issued_by, issued_at) VALUES ($1, $2, $3, $4, $5) "
        "ON CONFLICT (year) DO UPDATE SET deadline = excluded.deadline, note = excluded.note, "
        "issued_by = excluded.issued_by, issued_at = excluded.issued_at",
        {int64_t{task.year}, task.deadline, task.note, change.actor, change.at});
    if (!rows) return tl::unexpected(rows.error());
    TaskRecord issued = task;
    issued.issued_by = change.actor;
    issued.issued_at = change.at;
    auto logged = InsertAudit(db, change, "task.issue", "year/" + std::to_string(task.year), "",
                              "{\"deadline\":" + JsonQuote(task.deadline) + ",\"note\":" + JsonQuote(task.note) + "}");
    if (!logged) return tl::unexpected(logged.error());
    return issued;
  });
}

Result<std::optional<TaskRecord>> SqlRepository::GetTask(int year) {
  return Read([&](SqlConnection& db) -> Result<std::optional<TaskRecord>> {
    auto rows = db.Run("SELECT year, deadline, note, issued_by, issued_at FROM tasks WHERE year = $1", {int64_t{year}});
    if (!rows) return tl::unexpected(rows.error());
    if (rows->empty()) return std::nullopt;
    const SqlRow& row = rows->front();
    return TaskRecord{static_cast<int>(row.Int(0)), row.Text(1), row.Text(2), row.Text(3), row.Int(4)};
  });
}

Result<std::optional<ReviewSheetRecord>> SqlRepository::GetReviewSheet(int64_t unit_id, int year, int number) {
  return Read([&](SqlConnection& db) -> Result<std::optional<ReviewSheetRecord>> {
    auto rows = db.Run(With("SELECT ", kSheetColumns, " FROM review_sheets WHERE unit_id = $1 AND year = $2 AND number = $3"),
                       {unit_id, int64_t{year}, int64_t{number}});
    if (!rows) return tl::unexpected(rows.error());
    if (rows->empty()) return std::nullopt;
    return SheetFromRow(rows->front());
  });
}

Result<ReviewSheetRecord> SqlRepository::SaveReviewSheet(const ReviewSheetRecord& sheet, int64_t expected_revision,
                                                         const Change& change) {
  return Write([&](SqlConnection& db) -> Result<ReviewSheetRecord> {
    auto decided = db.Run("SELECT 1 FROM decisions WHERE unit_id = $1 AND year = $2 AND number = $3",
                          {sheet.unit_id, int64_t{sheet.year}, int64_t{sheet.number}});
    if (!decided) return tl::unexpected(decided.error());
    if (!decided->empty()) return Fail(ErrorCode::kConflict, "该版本已作出复核结论，复核记录不能再改");
    Result<SqlRows> rows = SqlRows{};
    if (expected_revision == 0) {
      rows = db.Run(With("INSERT INTO review_sheets (", kSheetColumns, ") VALUES ($1, $2, $3, $4, $5, 1, $6, $7) RETURNING ") +
                        kSheetColumns,
                    {sheet.unit_id, int64_t{sheet.year}, int64_t{sheet.number}, sheet.rows, sheet.comments,
                     change.actor, change.at});
      if (!rows && rows.error().code == ErrorCode::kInvalidInput) {
        return Fail(ErrorCode::kNotFound, "找不到要复核的第 " + std::to_string(sheet.number) + " 版");
      }
    } else {
      rows = db.Run(With("UPDATE review_sheets SET score_rows = $4, comments = $5, revision = revision + 1, "
                         "updated_by = $6, updated_at = $7 WHERE unit_id = $1 AND year = $2 AND number = $3 "
                         "AND revision = $8 RETURNING ",
                         kSheetColumns, ""),
                    {sheet.unit_id, int64_t{sheet.year}, int64_t{sheet.number}, sheet.rows, sheet.comments,
                     change.actor, change.at, expected_revision});
    }
    if (!rows && rows.error().code == ErrorCode::kConflict) {
      return Fail(ErrorCode::kConflict, "复核记录已由他人创建，请刷新后再改");
    }
    if (!rows) return tl::unexpected(rows.error());
    if (rows->empty()) {
      auto now = db.Run("SELECT updated_by, updated_at, revision FROM review_sheets WHERE unit_id = $1 AND year = $2 AND number = $3",
                        {sheet.unit_id, int64_t{sheet.year}, int64_t{sheet.number}});
      if (!now) return tl::unexpected(now.error());
      if (now->empty()) return Fail(ErrorCode::kNotFound, "找不到该版本的复核记录");
      return Fail(ErrorCode::kConflict, StaleRevisionMessage(now->front().Text(0), now->front().Int(1), now->front().Int(2)));
    }
    auto logged = InsertAudit(db, change, "review.save",
                              YearTarget(sheet.unit_id, sheet.year) + "/v" + std::to_string(sheet.number), "",
                              "{\"rows\":" + sheet.rows + ",\"comments\":" + sheet.comments + "}");
    if (!logged) return tl::unexpected(logged.error());
    return SheetFromRow(rows->front());
  });
}

namespace {

// Checks that the unit-year's draft is submitted, at `expected_revision`, with `number` as its
// latest version: what any decision on a submission needs.
Result<bool> LatestSubmitted(SqlConnection& db, int64_t unit_id, int year, int number, int64_t expected_revision) {
  const SqlParams year_key = {unit_id, int64_t{year}};
  auto draft = db.Run("SELECT status, revision, updated_by, updated_at FROM drafts WHERE unit_id = $1 AND year = $2",
                      year_key);
  if (!draft) return tl::unexpected(draft.error());
  if (draft->empty()) return Fail(ErrorCode::kNotFound, "找不到该单位该年度的评价");
  const SqlRow& row = draft->front();
  if (row.Int(1) != expected_revision) {
    return Fail(ErrorCode::kConflict, StaleRevisionMessage(row.Text(2), row.Int(3), row.Int(1)));
  }
  if (row.Text(0) != "submitted") return Fail(ErrorCode::kConflict, "该年度未处于送审状态，不能作出审核结论");
  auto latest = db.Run("SELECT COALESCE(MAX(number), 0) FROM versions WHERE unit_id = $1 AND year = $2", year_key);
  if (!latest) return tl::unexpected(latest.error());
  if (latest->at(0).Int(0) != number) {
    return Fail(ErrorCode::kConflict, "只能对最新送审的版本（第 " + std::to_string(latest->at(0).Int(0)) + " 版）作出结论");
  }
  return true;
}

// Sets the draft's status ("draft" reopens it for the unit) and bumps its revision.
Result<DraftRecord> MoveDraft(SqlConnection& db, int64_t unit_id, int year, const char* status, const Change& change) {
  auto updated = db.Run(
      "UPDATE drafts SET status = $3, revision = revision + 1, updated_by = $4, updated_at = $5 "
      "WHERE unit_id = $1 AND year = $2 RETURNING unit_id, year, status, '', '', revision, updated_by, updated_at",
      {unit_id, int64_t{year}, std::string(status), change.actor, change.at});
  if (!updated) return tl::unexpected(updated.error());
  return DraftFromRow(updated->front());
}

constexpr const char* kDepartmentReviewColumns = "unit_id, year, number, outcome, opinion, anchor, decided_by, decided_at";

DepartmentReviewRecord DepartmentReviewFromRow(const SqlRow& row) {
  DepartmentReviewRecord review;
  review.unit_id = row.Int(0);
  review.year = static_cast<int>(row.Int(1));
  review.number = static_cast<int>(row.Int(2));
  review.outcome = row.Text(3) == "returned" ? DepartmentOutcome::kReturned : DepartmentOutcome::kForwarded;
  review.opinion = row.Text(4);
  review.anchor = row.Text(5);
  review.decided_by = row.Text(6);
  review.decided_at = row.Int(7);
  return review;
}

}  // namespace

Result<DraftRecord> SqlRepository::Decide(const DecisionRecord& decision, int64_t expected_draft_revision,
                                          const Change& change) {
  return Write([&](SqlConnection& db) -> Result<DraftRecord> {
    auto ready = LatestSubmitted(db, decision.unit_id, decision.year, decision.number, expected_draft_revision);
    if (!ready) return tl::unexpected(ready.error());
    auto inserted = db.Run(With("INSERT INTO decisions (", kDecisionColumns,
                                ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)"),
                           {decision.unit_id, int64_t{decision.year}, int64_t{decision.number},
                            std::string(DecisionName(decision.decision)), decision.reason, decision.anchor,
                            decision.rows, decision.comments, decision.self_total, decision.review_total,
                            decision.review_grade, change.actor, change.at});
    if (!inserted && inserted.error().code == ErrorCode::kConflict) {
      return Fail(ErrorCode::kConflict, "该版本已作出复核结论");
    }
    if (!inserted) return tl::unexpected(inserted.error());
    auto moved = MoveDraft(db, decision.unit_id, decision.year,
                           decision.decision == Decision::kReturned ? "draft" : "submitted", change);
    if (!moved) return moved;
    std::string after = "{\"version\":" + std::to_string(decision.number) + ",\"decision\":" +
                        JsonQuote(DecisionName(decision.decision)) + ",\"reason\":" + JsonQuote(decision.reason) +
                        ",\"anchor\":" + JsonQuote(decision.anchor) + ",\"review_total\":" +
                        JsonQuote(decision.review_total) + "}";
    auto logged = InsertAudit(db, change, std::string("review.") + std::string(DecisionName(decision.decision)),
                              YearTarget(decision.unit_id, decision.year), "", after);
    if (!logged) return tl::unexpected(logged.error());
    return moved;
  });
}

Result<std::vector<std::string>> SqlRepository::ListDepartmentReviewRegions() {
  return Read([&](SqlConnection& db) -> Result<std::vector<std::string>> {
    auto rows = db.Run("SELECT region FROM department_review_regions ORDER BY region", {});
    if (!rows) return tl::unexpected(rows.error());
    std::vector<std::string> regions;
    for (const SqlRow& row : *rows) regions.push_back(row.Text(0));
    return regions;
  });
}

Result<bool> SqlRepository::SetDepartmentReviewRegion(const std::string& region, bool required, const Change& change) {
  return Write([&](SqlConnection& db) -> Result<bool> {
    auto changed = required ? db.Run("INSERT INTO department_review_regions (region, set_by, set_at) VALUES ($1, $2, $3) "
                                      "ON CONFLICT (region) DO NOTHING RETURNING region",
                                      {region, change.actor, change.at})
                            : db.Run("DELETE FROM department_review_regions WHERE region = $1 RETURNING region", {region});
    if (!changed) return tl::unexpected(changed.error());
    if (changed->empty()) return false;
    const std::string state = required ? "{\"department_review\":true}" : "{\"department_review\":false}";
    auto logged = InsertAudit(db, change, required ? "region.department_review.on" : "region.department_review.off",
                              "region/" + region, "", state);
    if (!logged) return tl::unexpected(logged.error());
    return true;
  });
}

Result<DraftRecord> SqlRepository::DepartmentDecide(const DepartmentReviewRecord& review,
                                                    int64_t expected_draft_revision, const Change& change) {
  return Write([&](SqlConnection& db) -> Result<DraftRecord> {
    auto ready = LatestSubmitted(db, review.unit_id, review.year, review.number, expected_draft_revision);
    if (!ready) return tl::unexpected(ready.error());
    auto inserted = db.Run(With("INSERT INTO department_reviews (", kDepartmentReviewColumns,
                                ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"),
                           {review.unit_id, int64_t{review.year}, int64_t{review.number},
                            std::string(DepartmentOutcomeName(review.outcome)), review.opinion, review.anchor,
                            change.actor, change.at});
    if (!inserted && inserted.error().code == ErrorCode::kConflict) {
      return Fail(ErrorCode::kConflict, "该版本已有主管部门初审结论");
    }
    if (!inserted) return tl::unexpected(inserted.error());
    auto moved = MoveDraft(db, review.unit_id, review.year,
                           review.outcome == DepartmentOutcome::kReturned ? "draft" : "submitted", change);
    if (!moved) return moved;
    std::string after = "{\"version\":" + std::to_string(review.number) + ",\"outcome\":" +
                        JsonQuote(DepartmentOutcomeName(review.outcome)) + ",\"opinion\":" + JsonQuote(review.opinion) +
                        ",\"anchor\":" + JsonQuote(review.anchor) + "}";
    auto logged = InsertAudit(db, change, std::string("department_review.") + std::string(DepartmentOutcomeName(review.outcome)),
                              YearTarget(review.unit_id, review.year), "", after);
    if (!logged) return tl::unexpected(logged.error());
    return moved;
  });
}

Result<std::vector<DepartmentReviewRecord>> SqlRepository::ListDepartmentReviews(int64_t unit_id, int year) {
  return Read([&](SqlConnection& db) {
    return AllRows<DepartmentReviewRecord>(
        db.Run(With("SELECT ", kDepartmentReviewColumns,
                    " FROM department_reviews WHERE unit_id = $1 AND year = $2 ORDER BY number"),
               {unit_id, int64_t{year}}),
        DepartmentReviewFromRow);
  });
}

Result<std::vector<DepartmentReviewRecord>> SqlRepository::ListDepartmentReviewsOfYear(int year) {
  return Read([&](SqlConnection& db) {
    return AllRows<DepartmentReviewRecord>(
        db.Run(With("SELECT ", kDepartmentReviewColumns, " FROM department_reviews WHERE year = $1 ORDER BY unit_id, number"),
               {int64_t{year}}),
        DepartmentReviewFromRow);
  });
}

Result<std::vector<DecisionRecord>> SqlRepository::ListDecisions(int64_t unit_id, int year) {
  return Read([&](SqlConnection& db) {
    return AllRows<DecisionRecord>(
        db.Run(With("SELECT ", kDecisionColumns, " FROM decisions WHERE unit_id = $1 AND year = $2 ORDER BY number"),
               {unit_id, int64_t{year}}),
        DecisionFromRow);
  });
}

Result<std::vector<DecisionRecord>> SqlRepository::ListDecisionsOfYear(int year) {
  return Read([&](SqlConnection& db) {
    return AllRows<DecisionRecord>(
        db.Run(With("SELECT ", kDecisionSummaryColumns, " FROM decisions WHERE year = $1 ORDER BY unit_id, number"),
               {int64_t{year}}),
        DecisionFromRow);
  });
}

Result<PublicationRecord> SqlRepository::Publish(const PublicationRecord& publication, const Change& change) {
  return Write([&](SqlConnection& db) -> Result<PublicationRecord> {
    auto passed = db.Run(
        "SELECT v.content_hash FROM decisions d JOIN versions v ON v.unit_id = d.unit_id AND v.year = d.year "
        "AND v.number = d.number WHERE d.unit_id = $1 AND d.year = $2 AND d.number = $3 AND d.decision = 'passed'",
        {publication.unit_id, int64_t{publication.year}, int64_t{publication.number}});
    if (!passed) return tl::unexpected(passed.error());
    if (passed->empty()) return Fail(ErrorCode::kConflict, "只有通过财政复核的版本才能公开");
    if (passed->front().Text(0) != publication.content_hash) {
      return Fail(ErrorCode::kConflict, "公开内容的哈希与通过复核的版本不一致，拒绝公开");
    }
    if (publication.kind == "correction") {
      auto report = db.Run("SELECT 1 FROM publications WHERE unit_id = $1 AND year = $2 AND kind = 'report'",
                           {publication.unit_id, int64_t{publication.year}});
      if (!report) return tl::unexpected(report.error());
      if (report->empty()) return Fail(ErrorCode::kConflict, "该年度尚未公开，无需更正说明");
    }
    auto rows = db.Run(
        "INSERT INTO publications (unit_id, year, number, kind, content_hash, notice, html, pdf, xlsx, "
        "published_by, published_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        {publication.unit_id, int64_t{publication.year}, int64_t{publication.number}, publication.kind,
         publication.content_hash, publication.notice, publication.html, ToBase64(publication.pdf),
         ToBase64(publication.xlsx), change.actor, change.at});
    if (!rows && rows.error().code == ErrorCode::kConflict) {
      return Fail(ErrorCode::kConflict, "该年度的报告已公开；如需更正，请发布更正说明");
    }
    if (!rows) return tl::unexpected(rows.error());
    PublicationRecord published = publication;
    published.id = rows->at(0).Int(0);
    published.published_by = change.actor;
    published.published_at = change.at;
    auto logged = InsertAudit(db, change, "publish." + publication.kind,
                              YearTarget(publication.unit_id, publication.year), "",
                              "{\"version\":" + std::to_string(publication.number) + ",\"content_hash\":" +
                                  JsonQuote(publication.content_hash) + ",\"notice\":" + JsonQuote(publication.notice) + "}");
    if (!logged) return tl::unexpected(logged.error());
    return published;
  });
}

Result<std::vector<PublicationRecord>> SqlRepository::ListPublications(int year) {
  return Read([&](SqlConnection& db) {
    return AllRows<PublicationRecord>(
        year == 0 ? db.Run(With("SELECT ", kPublicationSummaryColumns,
                                " FROM publications ORDER BY published_at DESC, id DESC"), {})
                  : db.Run(With("SELECT ", kPublicationSummaryColumns,
                                " FROM publications WHERE year = $1 ORDER BY published_at DESC, id DESC"),
                           {int64_t{year}}),
        PublicationFromRow);
  });
}

Result<std::vector<PublicationRecord>> SqlRepository::ListPublicationsOf(int64_t unit_id, int year) {
  return Read([&](SqlConnection& db) {
    return AllRows<PublicationRecord>(
        db.Run(With("SELECT ", kPublicationSummaryColumns,
                    " FROM publications WHERE unit_id = $1 AND year = $2 ORDER BY id"),
               {unit_id, int64_t{year}}),
        PublicationFromRow);
  });
}

Result<PublicationRecord> SqlRepository::GetPublication(int64_t id) {
  return Read([&](SqlConnection& db) -> Result<PublicationRecord> {
    auto rows = db.Run(With("SELECT ", kPublicationColumns, " FROM publications WHERE id = $1"), {id});
    if (!rows) return tl::unexpected(rows.error());
    if (rows->empty()) return Fail(ErrorCode::kNotFound, "找不到该公开记录");
    return PublicationFromRow(rows->front());
  });
}

Result<RectificationRecord> SqlRepository::AddRectification(const RectificationRecord& item, const Change& change) {
  return Write([&](SqlConnection& db) -> Result<RectificationRecord> {
    auto rows = db.Run(
        "INSERT INTO rectifications (unit_id, year, source, title, detail, owner, deadline, status, revision, "
        "created_by, created_at, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, $9, $10, $9, $10) "
        "RETURNING id",
        {item.unit_id, int64_t{item.year}, item.source, item.title, item.detail, item.owner, item.deadline,
         std::string(RectificationStatusName(item.status)), change.actor, change.at});
    if (!rows && rows.error().code == ErrorCode::kInvalidInput) {
      return Fail(ErrorCode::kNotFound, "找不到单位（编号 " + std::to_string(item.unit_id) + "）");
    }
    if (!rows) return tl::unexpected(rows.error());
    RectificationRecord added = item;
    added.id = rows->at(0).Int(0);
    added.revision = 1;
    added.created_by = added.updated_by = change.actor;
    added.created_at = added.updated_at = change.at;
    auto logged = InsertAudit(db, change, "rectification.add", "rectification/" + std::to_string(added.id), "",
                              RectificationJson(added));
    if (!logged) return tl::unexpected(logged.error());
    return added;
  });
}

Result<RectificationRecord> SqlRepository::UpdateRectification(const RectificationRecord& item, const Change& change) {
  return Write([&](SqlConnection& db) -> Result<RectificationRecord> {
    auto current = db.Run(With("SELECT ", kRectificationColumns, " FROM rectifications WHERE id = $1"), {item.id});
    if (!current) return tl::unexpected(current.error());
    if (current->empty()) return Fail(ErrorCode::kNotFound, "找不到整改事项 " + std::to_string(item.id));
    const RectificationRecord before = RectificationFromRow(current->front());
    auto rows = db.Run(
        With("UPDATE rectifications SET status = $3, owner = $4, deadline = $5, detail = $6, revision = revision + 1, "
             "updated_by = $7, updated_at = $8 WHERE id = $1 AND revision = $2 RETURNING ",
             kRectificationColumns, ""),
        {item.id, item.revision, std::string(RectificationStatusName(item.status)), item.owner, item.deadline,
         item.detail, change.actor, change.at});
    if (!rows) return tl::unexpected(rows.error());
    if (rows->empty()) {
      return Fail(ErrorCode::kConflict, StaleRevisionMessage(before.updated_by, before.updated_at, before.revision));
    }
    const RectificationRecord after = RectificationFromRow(rows->front());
    auto logged = InsertAudit(db, change, "rectification.update", "rectification/" + std::to_string(item.id),
                              RectificationJson(before), RectificationJson(after));
    if (!logged) return tl::unexpected(logged.error());
    return after;
  });
}

Result<RectificationRecord> SqlRepository::GetRectification(int64_t id) {
  return Read([&](SqlConnection& db) -> Result<RectificationRecord> {
    auto rows = db.Run(With("SELECT ", kRectificationColumns, " FROM rectifications WHERE id = $1"), {id});
    if (!rows) return tl::unexpected(rows.error());
    if (rows->empty()) return Fail(ErrorCode::kNotFound, "找不到整改事项 " + std::to_string(id));
    return RectificationFromRow(rows->front());
  });
}

Result<std::vector<RectificationRecord>> SqlRepository::ListRectifications(int64_t unit_id, int year) {
  return Read([&](SqlConnection& db) {
    return AllRows<RectificationRecord>(
        db.Run(With("SELECT ", kRectificationColumns,
                    std::string(" FROM rectifications WHERE ") + (unit_id ? "unit_id = $1" : "$1 = $1") +
                        (year ? " AND year = $2" : " AND $2 = $2") + " ORDER BY deadline, id"),
               {unit_id, int64_t{year}}),
        RectificationFromRow);
  });
}

Result<EvidenceRecord> SqlRepository::AddEvidence(const EvidenceRecord& evidence, const Change& change) {
  return Write([&](SqlConnection& db) -> Result<EvidenceRecord> {
    auto rows = db.Run(
        "INSERT INTO evidence (rectification_id, file_name, mime_type, size, bytes, uploaded_by, uploaded_at) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        {evidence.rectification_id, evidence.file_name, evidence.mime_type, static_cast<int64_t>(evidence.bytes.size()),
         ToBase64(evidence.bytes), change.actor, change.at});
    if (!rows && rows.error().code == ErrorCode::kInvalidInput) {
      return Fail(ErrorCode::kNotFound, "找不到整改事项 " + std::to_string(evidence.rectification_id));
    }
    if (!rows) return tl::unexpected(rows.error());
    EvidenceRecord added = evidence;
    added.id = rows->at(0).Int(0);
    added.size = static_cast<int64_t>(evidence.bytes.size());
    added.uploaded_by = change.actor;
    added.uploaded_at = change.at;
    auto logged = InsertAudit(db, change, "rectification.evidence",
                              "rectification/" + std::to_string(evidence.rectification_id), "",
                              "{\"file\":" + JsonQuote(evidence.file_name) + ",\"size\":" + std::to_string(added.size) + "}");
    if (!logged) return tl::unexpected(logged.error());
    return added;
  });
}

Result<std::vector<EvidenceRecord>> SqlRepository::ListEvidence(int64_t rectification_id) {
  return Read([&](SqlConnection& db) {
    return AllRows<EvidenceRecord>(
        db.Run(With("SELECT ", kEvidenceSummaryColumns, " FROM evidence WHERE rectification_id = $1 ORDER BY id"),
               {rectification_id}),
        EvidenceFromRow);
  });
}

Result<EvidenceRecord> SqlRepository::GetEvidence(int64_t id) {
  return Read([&](SqlConnection& db) -> Result<EvidenceRecord> {
    auto rows = db.Run(With("SELECT ", kEvidenceColumns, " FROM evidence WHERE id = $1"), {id});
    if (!rows) return tl::unexpected(rows.error());
    if (rows->empty()) return Fail(ErrorCode::kNotFound, "找不到证明材料 " + std::to_string(id));
    return EvidenceFromRow(rows->front());
  });
}

}  // namespace jixiao
