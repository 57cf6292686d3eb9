// The store: units, users, sessions, each unit-year's editable evaluation (its draft), the
// locked versions submitted from it, and an append-only audit log, behind one interface with
// SQLite (embedded default) and PostgreSQL (shared) implementations. Records are plain values
// owned by the caller; every write is one transaction and writes its audit-log row in it.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "store/review_records.h"

namespace jixiao {

enum class Role { kAdmin, kUnit, kReviewer };
std::string_view RoleName(Role role);                     // "admin" | "unit" | "reviewer"
std::optional<Role> RoleFromName(std::string_view name);  // the inverse

// Who makes a change, from where and when: every write records it in the audit log.
struct Change {
  std::string actor;    // the user's login ("system" for the demo loader and the CLI)
  std::string address;  // the client's IP address ("" from the CLI)
  int64_t at = 0;       // Unix seconds
};

struct UnitRecord {
  int64_t id = 0;  // assigned by the store
  std::string name;
  std::string code;    // 单位编码, may be empty
  std::string region;  // e.g. "黔南州", may be empty
};

struct UserRecord {
  int64_t id = 0;
  std::string login;  // unique
  std::string name;   // shown in the UI: 王芳
  Role role = Role::kUnit;
  std::optional<int64_t> unit_id;  // set for kUnit
  std::string password_hash;       // argon2id string (libsodium crypto_pwhash_str)
  bool disabled = false;
  int64_t revision = 1;
  // A reviewer's region subtree: a path prefix such as "贵州省/黔南州" ("" for every region).
  std::string scope;
  // A reviewer of a 主管部门 does the first review (初审) of its units' submissions; the bureau's
  // reviewers (the default) re-score, pass and return.
  bool department_reviewer = false;
};

struct SessionRecord {
  std::string token_hash;  // SHA-256 hex of the cookie token: the token itself is never stored
  int64_t user_id = 0;
  std::string csrf_token;
  int64_t created_at = 0;
  int64_t last_seen_at = 0;
};

enum class YearStatus { kDraft, kSubmitted };
std::string_view YearStatusName(YearStatus status);  // "draft" | "submitted"

// The editable evaluation of one unit and year. `revision` grows by one with every write; a
// write naming another revision is refused with kConflict (optimistic concurrency).
struct DraftRecord {
  int64_t unit_id = 0;
  int year = 0;
  YearStatus status = YearStatus::kDraft;
  std::string document;      // jixiao.evaluation/1 JSON text
  std::string explanations;  // JSON object: finding key -> the unit's written explanation
  int64_t revision = 1;
  std::string updated_by;  // login
  int64_t updated_at = 0;
};

// A submitted, locked copy of a draft. Never changes: triggers refuse UPDATE and DELETE.
struct VersionRecord {
  int64_t unit_id = 0;
  int year = 0;
  int number = 0;  // 1, 2, … per unit-year
  std::string document;
  std::string explanations;
  std::string content_hash;  // SHA-256 hex of `document`
  std::string submitted_by;
  int64_t submitted_at = 0;
};

struct AuditEntry {
  int64_t id = 0;
  int64_t at = 0;
  std::string actor;
  std::string address;
  std::string action;  // "unit.add", "user.add", "draft.save", "draft.submit", "login", …
  std::string target;  // "unit/3/2022", "user/wangfang", …
  std::string before;  // JSON text or "" (for drafts: the changed fields only)
  std::string after;
};

// Thread-safe: the server calls it from many threads. Errors: kNotFound for a missing record,
// kConflict for a stale revision, a duplicate or a locked draft (the message, in Chinese, says
// who changed it and when), kIo when the database refuses.
class Repository {
 public:
  virtual ~Repository() = default;

  virtual Result<UnitRecord> AddUnit(const UnitRecord& unit, const Change& change) = 0;
  virtual Result<std::vector<UnitRecord>> ListUnits() = 0;  // by name
  virtual Result<UnitRecord> GetUnit(int64_t id) = 0;
  virtual Result<std::optional<UnitRecord>> FindUnitByName(const std::string& name) = 0;

  virtual Result<UserRecord> AddUser(const UserRecord& user, const Change& change) = 0;
  virtual Result<std::vector<UserRecord>> ListUsers() = 0;  // by login
  virtual Result<UserRecord> GetUser(int64_t id) = 0;
  virtual Result<std::optional<UserRecord>> FindUserByLogin(const std::string& login) = 0;
  // Writes name, role, unit_id, password_hash and disabled when `user.revision` is current.
  virtual Result<UserRecord> UpdateUser(const UserRecord& user, const Change& change) = 0;

  // Sessions write no audit rows. Touch and Delete answer false when there is no such session.
  virtual Result<bool> CreateSession(const SessionRecord& session) = 0;  // kConflict if it exists
  virtual Result<std::optional<SessionRecord>> FindSession(const std::string& token_hash) = 0;
  virtual Result<bool> TouchSession(const std::string& token_hash, int64_t at) = 0;
  virtual Result<bool> DeleteSession(const std::string& token_hash) = 0;

  // The unit's years, newest first, without their documents.
  virtual Result<std::vector<DraftRecord>> ListDrafts(int64_t unit_id) = 0;
  // Every unit's drafts for one year (for reviewers and admins), without documents.
  virtual Result<std::vector<DraftRecord>> ListDraftsOfYear(int year) = 0;
  virtual Result<DraftRecord> GetDraft(int64_t unit_id, int year) = 0;
  // kConflict when the unit already has that year.
  virtual Result<DraftRecord> CreateDraft(const DraftRecord& draft, const Change& change) = 0;
  // Replaces document and explanations when `expected_revision` is current and the draft is
  // not submitted; `changed` (JSON text: the fields that changed, before and after) goes to
  // the audit log. Returns the draft with its new revision.
  virtual Result<DraftRecord> SaveDraft(int64_t unit_id, int year, const std::string& document,
                                        const std::string& explanations, int64_t expected_revision,
                                        const std::string& changed, const Change& change) = 0;
  // Copies the draft into the next version (with `content_hash`) and marks the draft
  // submitted, in one transaction.
  virtual Result<VersionRecord> Submit(int64_t unit_id, int year, int64_t expected_revision,
                                       const std::string& content_hash, const Change& change) = 0;
  // Makes a submitted draft editable again; its next submission becomes a new version.
  virtual Result<DraftRecord> Reopen(int64_t unit_id, int year, int64_t expected_revision,
                                     const Change& change) = 0;
  virtual Result<std::vector<VersionRecord>> ListVersions(int64_t unit_id, int year) = 0;  // oldest first
  virtual Result<VersionRecord> GetVersion(int64_t unit_id, int year, int number) = 0;

  // ---- the finance bureau's half (store/review_records.h) ----

  // The year's self-evaluation task; issuing it again replaces the deadline and note.
  virtual Result<TaskRecord> SetTask(const TaskRecord& task, const Change& change) = 0;
  virtual Result<std::optional<TaskRecord>> GetTask(int year) = 0;

  virtual Result<std::optional<ReviewSheetRecord>> GetReviewSheet(int64_t unit_id, int year, int number) = 0;
  // Creates the sheet when `expected_revision` is 0, else replaces it when the revision is current.
  virtual Result<ReviewSheetRecord> SaveReviewSheet(const ReviewSheetRecord& sheet, int64_t expected_revision,
                                                    const Change& change) = 0;
  // Records the decision on the latest version of a submitted draft whose revision is
  // `expected_draft_revision`; a return also reopens the draft for the unit. One transaction.
  virtual Result<DraftRecord> Decide(const DecisionRecord& decision, int64_t expected_draft_revision,
                                     const Change& change) = 0;
  virtual Result<std::vector<DecisionRecord>> ListDecisions(int64_t unit_id, int year) = 0;  // oldest first
  // Every decision of a year, without score rows and comments.
  virtual Result<std::vector<DecisionRecord>> ListDecisionsOfYear(int year) = 0;

  // Regions (path prefixes) whose units' submissions go to their 主管部门 for a first review
  // before the bureau decides. Setting one already set, or clearing one not set, changes nothing.
  virtual Result<std::vector<std::string>> ListDepartmentReviewRegions() = 0;
  virtual Result<bool> SetDepartmentReviewRegion(const std::string& region, bool required, const Change& change) = 0;
  // Records the department's outcome on the latest version of a submitted draft whose revision
  // is `expected_draft_revision` (it bumps the revision); a return reopens the draft. One transaction.
  virtual Result<DraftRecord> DepartmentDecide(const DepartmentReviewRecord& review, int64_t expected_draft_revision,
                                               const Change& change) = 0;
  virtual Result<std::vector<DepartmentReviewRecord>> ListDepartmentReviews(int64_t unit_id, int year) = 0;  // oldest first
  virtual Result<std::vector<DepartmentReviewRecord>> ListDepartmentReviewsOfYear(int year) = 0;

  // Publishes a passed version (kind "report", once per unit-year) or appends a correction notice.
  virtual Result<PublicationRecord> Publish(const PublicationRecord& publication, const Change& change) = 0;
  // Without their files; year 0 lists every year. Newest first.
  virtual Result<std::vector<PublicationRecord>> ListPublications(int year) = 0;
  virtual Result<std::vector<PublicationRecord>> ListPublicationsOf(int64_t unit_id, int year) = 0;  // oldest first
  virtual Result<PublicationRecord> GetPublication(int64_t id) = 0;  // with its files

  virtual Result<RectificationRecord> AddRectification(const RectificationRecord& item, const Change& change) = 0;
  // Writes status, owner, deadline and detail when `item.revision` is current.
  virtual Result<RectificationRecord> UpdateRectification(const RectificationRecord& item, const Change& change) = 0;
  virtual Result<RectificationRecord> GetRectification(int64_t id) = 0;
  // unit_id 0: every unit; year 0: every year. By deadline.
  virtual Result<std::vector<RectificationRecord>> ListRectifications(int64_t unit_id, int year) = 0;
  virtual Result<EvidenceRecord> AddEvidence(const EvidenceRecord& evidence, const Change& change) = 0;
  virtual Result<std::vector<EvidenceRecord>> ListEvidence(int64_t rectification_id) = 0;  // without bytes
  virtual Result<EvidenceRecord> GetEvidence(int64_t id) = 0;

  // Newest first; `before_id` pages (0: from the newest).
  virtual Result<std::vector<AuditEntry>> ListAudit(int64_t before_id, int limit) = 0;
  // Appends an entry of its own (login, logout, failed login).
  virtual Result<bool> AppendAudit(const AuditEntry& entry) = 0;
};

// "sqlite:PATH", a plain PATH (SQLite), or a libpq URI "postgresql://…" / "postgres://…".
// Opens or creates the database and applies every pending migration.
Result<std::unique_ptr<Repository>> OpenRepository(const std::string& url);

}  // namespace jixiao
