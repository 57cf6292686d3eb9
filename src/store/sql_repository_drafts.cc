// Drafts and their locked versions over the SQL seam. Every write is a conditional UPDATE on
// (revision, status): of two writers naming the same revision exactly one matches the row; the
// other finds it changed and is told who changed it.
#include "store/sql_repository.h"
#include "store/store_text.h"

namespace jixiao {
namespace {

constexpr const char* kDraftColumns =
    "unit_id, year, status, document, explanations, revision, updated_by, updated_at";
constexpr const char* kDraftSummaryColumns =
    "unit_id, year, status, '', '', revision, updated_by, updated_at";
constexpr const char* kVersionColumns =
    "unit_id, year, number, document, explanations, content_hash, submitted_by, submitted_at";

std::string With(const char* head, const char* columns, const std::string& tail) {
  return std::string(head) + columns + tail;
}


VersionRecord VersionFromRow(const SqlRow& row) {
  return {row.Int(0),  static_cast<int>(row.Int(1)), static_cast<int>(row.Int(2)),
          row.Text(3), row.Text(4), row.Text(5), row.Text(6), row.Int(7)};
}

std::vector<DraftRecord> DraftsFromRows(const SqlRows& rows) {
  std::vector<DraftRecord> drafts;
  for (const SqlRow& row : rows) drafts.push_back(DraftFromRow(row));
  return drafts;
}

std::string Target(int64_t unit_id, int year) {
  return "unit/" + std::to_string(unit_id) + "/" + std::to_string(year);
}

std::string YearName(int64_t unit_id, int year) {
  return "该单位（编号 " + std::to_string(unit_id) + "）" + std::to_string(year) + " 年度的评价";
}

tl::unexpected<Error> DraftMissing(int64_t unit_id, int year) {
  return Fail(ErrorCode::kNotFound, "找不到" + YearName(unit_id, year));
}

// Why a conditional UPDATE matched no row: the draft is missing, another write came first, or
// the draft is not in the status the operation needs.
tl::unexpected<Error> Refusal(SqlConnection& db, int64_t unit_id, int year, int64_t expected,
                              YearStatus needed) {
  auto rows = db.Run(
      "SELECT status, revision, updated_by, updated_at FROM drafts WHERE unit_id = $1 AND year = $2",
      {unit_id, int64_t{year}});
  if (!rows) return tl::unexpected(rows.error());
  if (rows->empty()) return DraftMissing(unit_id, year);
  const SqlRow& row = rows->front();
  if (row.Int(1) != expected) {
    return Fail(ErrorCode::kConflict, StaleRevisionMessage(row.Text(2), row.Int(3), row.Int(1)));
  }
  if (needed == YearStatus::kDraft) {
    return Fail(ErrorCode::kConflict, "该年度已送审并锁定，须先“重新编辑”生成新版本");
  }
  return Fail(ErrorCode::kConflict, "该年度尚未送审，无需重新编辑");
}

Result<int> NextVersionNumber(SqlConnection& db, int64_t unit_id, int year) {
  auto rows = db.Run(
      "SELECT COALESCE(MAX(number), 0) + 1 FROM versions WHERE unit_id = $1 AND year = $2",
      {unit_id, int64_t{year}});
  if (!rows) return tl::unexpected(rows.error());
  return static_cast<int>(rows->at(0).Int(0));
}

Result<bool> InsertVersion(SqlConnection& db, const VersionRecord& version) {
  auto rows = db.Run(With("INSERT INTO versions (", kVersionColumns,
                          ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"),
                     {version.unit_id, int64_t{version.year}, int64_t{version.number},
                      version.document, version.explanations, version.content_hash,
                      version.submitted_by, version.submitted_at});
  if (!rows) return tl::unexpected(rows.error());
  return true;
}

}  // namespace

DraftRecord DraftFromRow(const SqlRow& row) {
  DraftRecord draft;
  draft.unit_id = row.Int(0);
  draft.year = static_cast<int>(row.Int(1));
  draft.status = row.Text(2) == "submitted" ? YearStatus::kSubmitted : YearStatus::kDraft;
  draft.document = row.Text(3);
  draft.explanations = row.Text(4);
  draft.revision = row.Int(5);
  draft.updated_by = row.Text(6);
  draft.updated_at = row.Int(7);
  return draft;
}

Result<std::vector<DraftRecord>> SqlRepository::ListDrafts(int64_t unit_id) {
  return Read([&](SqlConnection& db) -> Result<std::vector<DraftRecord>> {
    auto rows = db.Run(With("SELECT ", kDraftSummaryColumns,
                            " FROM drafts WHERE unit_id = $1 ORDER BY year DESC"),
                       {unit_id});
    if (!rows) return tl::unexpected(rows.error());
    return DraftsFromRows(*rows);
  });
}

Result<std::vector<DraftRecord>> SqlRepository::ListDraftsOfYear(int year) {
  return Read([&](SqlConnection& db) -> Result<std::vector<DraftRecord>> {
    auto rows = db.Run(
        With("SELECT ", kDraftSummaryColumns, " FROM drafts WHERE year = $1 ORDER BY unit_id"),
        {int64_t{year}});
    if (!rows) return tl::unexpected(rows.error());
    return DraftsFromRows(*rows);
  });
}

Result<DraftRecord> SqlRepository::GetDraft(int64_t unit_id, int year) {
  return Read([&](SqlConnection& db) -> Result<DraftRecord> {
    auto rows = db.Run(With("SELECT ", kDraftColumns, " FROM drafts WHERE unit_id = $1 AND year = $2"),
                       {unit_id, int64_t{year}});
    if (!rows) return tl::unexpected(rows.error());
    if (rows->empty()) return DraftMissing(unit_id, year);
    return DraftFromRow(rows->front());
  });
}

Result<DraftRecord> SqlRepository::CreateDraft(const DraftRecord& draft, const Change& change) {
  return Write([&](SqlConnection& db) -> Result<DraftRecord> {
    auto rows = db.Run(
        With("INSERT INTO drafts (", kDraftColumns, ") VALUES ($1, $2, 'draft', $3, $4, 1, $5, $6)"),
        {draft.unit_id, int64_t{draft.year}, draft.document, draft.explanations, change.actor,
         change.at});
    if (!rows && rows.error().code == ErrorCode::kConflict) {
      return Fail(ErrorCode::kConflict, YearName(draft.unit_id, draft.year) + "已存在");
    }
    if (!rows && rows.error().code == ErrorCode::kInvalidInput) {
      return Fail(ErrorCode::kNotFound, "找不到单位（编号 " + std::to_string(draft.unit_id) + "）");
    }
    if (!rows) return tl::unexpected(rows.error());
    DraftRecord created = draft;
    created.status = YearStatus::kDraft;
    created.revision = 1;
    created.updated_by = change.actor;
    created.updated_at = change.at;
    auto logged = InsertAudit(db, change, "draft.create", Target(draft.unit_id, draft.year), "",
                              "{\"status\":\"draft\",\"revision\":1}");
    if (!logged) return tl::unexpected(logged.error());
    return created;
  });
}

Result<DraftRecord> SqlRepository::SaveDraft(int64_t unit_id, int year, const std::string& document,
                                             const std::string& explanations,
                                             int64_t expected_revision, const std::string& changed,
                                             const Change& change) {
  return Write([&](SqlConnection& db) -> Result<DraftRecord> {
    auto rows = db.Run(
        With("UPDATE drafts SET document = $4, explanations = $5, revision = revision + 1, "
             "updated_by = $6, updated_at = $7 WHERE unit_id = $1 AND year = $2 "
             "AND revision = $3 AND status = 'draft' RETURNING ",
             kDraftColumns, ""),
        {unit_id, int64_t{year}, expected_revision, document, explanations, change.actor,
         change.at});
    if (!rows) return tl::unexpected(rows.error());
    if (rows->empty()) return Refusal(db, unit_id, year, expected_revision, YearStatus::kDraft);
    auto logged = InsertAudit(db, change, "draft.save", Target(unit_id, year), "", changed);
    if (!logged) return tl::unexpected(logged.error());
    return DraftFromRow(rows->front());
  });
}

Result<VersionRecord> SqlRepository::Submit(int64_t unit_id, int year, int64_t expected_revision,
                                            const std::string& content_hash, const Change& change) {
  return Write([&](SqlConnection& db) -> Result<VersionRecord> {
    auto rows = db.Run(
        "UPDATE drafts SET status = 'submitted', revision = revision + 1, updated_by = $4, "
        "updated_at = $5 WHERE unit_id = $1 AND year = $2 AND revision = $3 "
        "AND status = 'draft' RETURNING document, explanations",
        {unit_id, int64_t{year}, expected_revision, change.actor, change.at});
    if (!rows) return tl::unexpected(rows.error());
    if (rows->empty()) return Refusal(db, unit_id, year, expected_revision, YearStatus::kDraft);
    auto number = NextVersionNumber(db, unit_id, year);
    if (!number) return tl::unexpected(number.error());
    VersionRecord version{unit_id,      year,         *number,   rows->front().Text(0),
                          rows->front().Text(1), content_hash, change.actor, change.at};
    if (auto inserted = InsertVersion(db, version); !inserted) {
      return tl::unexpected(inserted.error());
    }
    std::string after = "{\"version\":" + std::to_string(version.number) +
                        ",\"content_hash\":" + JsonQuote(content_hash) + "}";
    auto logged = InsertAudit(db, change, "draft.submit", Target(unit_id, year), "", after);
    if (!logged) return tl::unexpected(logged.error());
    return version;
  });
}

Result<DraftRecord> SqlRepository::Reopen(int64_t unit_id, int year, int64_t expected_revision,
                                          const Change& change) {
  return Write([&](SqlConnection& db) -> Result<DraftRecord> {
    auto rows = db.Run(
        With("UPDATE drafts SET status = 'draft', revision = revision + 1, updated_by = $4, "
             "updated_at = $5 WHERE unit_id = $1 AND year = $2 AND revision = $3 "
             "AND status = 'submitted' AND NOT EXISTS (SELECT 1 FROM decisions WHERE unit_id = $1 "
             "AND year = $2 AND decision = 'passed') RETURNING ",
             kDraftColumns, ""),
        {unit_id, int64_t{year}, expected_revision, change.actor, change.at});
    if (!rows) return tl::unexpected(rows.error());
    if (rows->empty()) {
      auto passed = db.Run("SELECT 1 FROM decisions WHERE unit_id = $1 AND year = $2 AND decision = 'passed'",
                           {unit_id, int64_t{year}});
      if (!passed) return tl::unexpected(passed.error());
      if (!passed->empty()) return Fail(ErrorCode::kConflict, "该年度已通过财政复核，不能重新编辑");
      return Refusal(db, unit_id, year, expected_revision, YearStatus::kSubmitted);
    }
    auto logged = InsertAudit(db, change, "draft.reopen", Target(unit_id, year),
                              "{\"status\":\"submitted\"}", "{\"status\":\"draft\"}");
    if (!logged) return tl::unexpected(logged.error());
    return DraftFromRow(rows->front());
  });
}

Result<std::vector<VersionRecord>> SqlRepository::ListVersions(int64_t unit_id, int year) {
  return Read([&](SqlConnection& db) -> Result<std::vector<VersionRecord>> {
    auto rows = db.Run(With("SELECT ", kVersionColumns,
                            " FROM versions WHERE unit_id = $1 AND year = $2 ORDER BY number"),
                       {unit_id, int64_t{year}});
    if (!rows) return tl::unexpected(rows.error());
    std::vector<VersionRecord> versions;
    for (const SqlRow& row : *rows) versions.push_back(VersionFromRow(row));
    return versions;
  });
}

Result<VersionRecord> SqlRepository::GetVersion(int64_t unit_id, int year, int number) {
  return Read([&](SqlConnection& db) -> Result<VersionRecord> {
    auto rows = db.Run(With("SELECT ", kVersionColumns,
                            " FROM versions WHERE unit_id = $1 AND year = $2 AND number = $3"),
                       {unit_id, int64_t{year}, int64_t{number}});
    if (!rows) return tl::unexpected(rows.error());
    if (rows->empty()) {
      return Fail(ErrorCode::kNotFound,
                  "找不到" + YearName(unit_id, year) + "的第 " + std::to_string(number) + " 版");
    }
    return VersionFromRow(rows->front());
  });
}

}  // namespace jixiao
