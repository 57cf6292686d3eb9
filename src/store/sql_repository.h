// The Repository written once in SQL over the SqlConnection seam: optimistic concurrency by
// conditional UPDATE on `revision`, one transaction per write with its audit row, and the
// Chinese messages for conflicts. SqliteRepository and PostgresRepository only supply a pool.
#pragma once

#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <type_traits>
#include <vector>

#include "store/repository.h"
#include "store/sql.h"

namespace jixiao {

class SqlRepository : public Repository {
 public:
  // `one_writer_at_a_time` queues this process's writers on a mutex before they open a
  // transaction (SQLite: one writer per file anyway, and a queue beats polling the file lock).
  explicit SqlRepository(std::unique_ptr<ConnectionPool> pool, bool one_writer_at_a_time = false)
      : pool_(std::move(pool)), one_writer_at_a_time_(one_writer_at_a_time) {}

  Result<UnitRecord> AddUnit(const UnitRecord& unit, const Change& change) override;
  Result<std::vector<UnitRecord>> ListUnits() override;
  Result<UnitRecord> GetUnit(int64_t id) override;
  Result<std::optional<UnitRecord>> FindUnitByName(const std::string& name) override;

  Result<UserRecord> AddUser(const UserRecord& user, const Change& change) override;
  Result<std::vector<UserRecord>> ListUsers() override;
  Result<UserRecord> GetUser(int64_t id) override;
  Result<std::optional<UserRecord>> FindUserByLogin(const std::string& login) override;
  Result<UserRecord> UpdateUser(const UserRecord& user, const Change& change) override;

  Result<bool> CreateSession(const SessionRecord& session) override;
  Result<std::optional<SessionRecord>> FindSession(const std::string& token_hash) override;
  // True when the session exists (and was touched or deleted), false when it does not.
  Result<bool> TouchSession(const std::string& token_hash, int64_t at) override;
  Result<bool> DeleteSession(const std::string& token_hash) override;

  Result<std::vector<DraftRecord>> ListDrafts(int64_t unit_id) override;
  Result<std::vector<DraftRecord>> ListDraftsOfYear(int year) override;  // by unit id
  Result<DraftRecord> GetDraft(int64_t unit_id, int year) override;
  Result<DraftRecord> CreateDraft(const DraftRecord& draft, const Change& change) override;
  Result<DraftRecord> SaveDraft(int64_t unit_id, int year, const std::string& document,
                                const std::string& explanations, int64_t expected_revision,
                                const std::string& changed, const Change& change) override;
  Result<VersionRecord> Submit(int64_t unit_id, int year, int64_t expected_revision,
                               const std::string& content_hash, const Change& change) override;
  Result<DraftRecord> Reopen(int64_t unit_id, int year, int64_t expected_revision,
                             const Change& change) override;
  Result<std::vector<VersionRecord>> ListVersions(int64_t unit_id, int year) override;
  Result<VersionRecord> GetVersion(int64_t unit_id, int year, int number) override;

  Result<TaskRecord> SetTask(const TaskRecord& task, const Change& change) override;
  Result<std::optional<TaskRecord>> GetTask(int year) override;
  Result<std::optional<ReviewSheetRecord>> GetReviewSheet(int64_t unit_id, int year, int number) override;
  Result<ReviewSheetRecord> SaveReviewSheet(const ReviewSheetRecord& sheet, int64_t expected_revision,
                                            const Change& change) override;
  Result<DraftRecord> Decide(const DecisionRecord& decision, int64_t expected_draft_revision,
                             const Change& change) override;
  Result<std::vector<DecisionRecord>> ListDecisions(int64_t unit_id, int year) override;
  Result<std::vector<DecisionRecord>> ListDecisionsOfYear(int year) override;
  Result<std::vector<std::string>> ListDepartmentReviewRegions() override;
  Result<bool> SetDepartmentReviewRegion(const std::string& region, bool required, const Change& change) override;
  Result<DraftRecord> DepartmentDecide(const DepartmentReviewRecord& review, int64_t expected_draft_revision,
                                       const Change& change) override;
  Result<std::vector<DepartmentReviewRecord>> ListDepartmentReviews(int64_t unit_id, int year) override;
  Result<std::vector<DepartmentReviewRecord>> ListDepartmentReviewsOfYear(int year) override;
  Result<PublicationRecord> Publish(const PublicationRecord& publication, const Change& change) override;
  Result<std::vector<PublicationRecord>> ListPublications(int year) override;
  Result<std::vector<PublicationRecord>> ListPublicationsOf(int64_t unit_id, int year) override;
  Result<PublicationRecord> GetPublication(int64_t id) override;
  Result<RectificationRecord> AddRectification(const RectificationRecord& item, const Change& change) override;
  Result<RectificationRecord> UpdateRectification(const RectificationRecord& item, const Change& change) override;
  Result<RectificationRecord> GetRectification(int64_t id) override;
  Result<std::vector<RectificationRecord>> ListRectifications(int64_t unit_id, int year) override;
  Result<EvidenceRecord> AddEvidence(const EvidenceRecord& evidence, const Change& change) override;
  Result<std::vector<EvidenceRecord>> ListEvidence(int64_t rectification_id) override;
  Result<EvidenceRecord> GetEvidence(int64_t id) override;

  Result<std::vector<AuditEntry>> ListAudit(int64_t before_id, int limit) override;
  Result<bool> AppendAudit(const AuditEntry& entry) override;

  // Runs raw SQL outside any transaction. For tests only (e.g. proving the triggers refuse).
  Result<bool> ExecuteForTest(const std::string& sql);

 private:
  // Runs `body(connection)` on a pooled connection; reads need no transaction.
  template <typename Body>
  std::invoke_result_t<Body&, SqlConnection&> Read(Body&& body);
  // Runs `body(connection)` in one write transaction: committed when it succeeds, rolled back
  // when it returns an error or throws.
  template <typename Body>
  std::invoke_result_t<Body&, SqlConnection&> Write(Body&& body);

  std::unique_ptr<ConnectionPool> pool_;
  bool one_writer_at_a_time_;
  std::mutex writer_;
};

template <typename Body>
std::invoke_result_t<Body&, SqlConnection&> SqlRepository::Read(Body&& body) {
  try {
    auto lease = pool_->Acquire();
    if (!lease) return tl::unexpected(lease.error());
    return body(**lease);
  } catch (const std::exception& e) {
    return Fail(ErrorCode::kIo, std::string("数据库读取失败：") + e.what());
  } catch (...) {
    return Fail(ErrorCode::kIo, "数据库读取失败");
  }
}

template <typename Body>
std::invoke_result_t<Body&, SqlConnection&> SqlRepository::Write(Body&& body) {
  try {
    std::unique_lock<std::mutex> turn;
    if (one_writer_at_a_time_) turn = std::unique_lock<std::mutex>(writer_);
    auto lease = pool_->Acquire();
    if (!lease) return tl::unexpected(lease.error());
    SqlConnection& connection = **lease;
    if (auto begun = connection.Begin(); !begun) return tl::unexpected(begun.error());
    try {
      auto result = body(connection);
      auto committed = result ? connection.Commit() : Result<bool>(false);
      if (!result || !committed) connection.Rollback();
      if (result && !committed) return tl::unexpected(committed.error());
      return result;
    } catch (...) {
      connection.Rollback();  // never lend out a connection inside a transaction
      throw;
    }
  } catch (const std::exception& e) {
    return Fail(ErrorCode::kIo, std::string("数据库写入失败：") + e.what());
  } catch (...) {
    return Fail(ErrorCode::kIo, "数据库写入失败");
  }
}

// A draft from the columns "unit_id, year, status, document, explanations, revision,
// updated_by, updated_at" (document and explanations may be selected as '').
DraftRecord DraftFromRow(const SqlRow& row);

// Audit rows: each write appends one in its transaction.
Result<bool> InsertAudit(SqlConnection& connection, const Change& change, const std::string& action,
                         const std::string& target, const std::string& before,
                         const std::string& after);

}  // namespace jixiao
