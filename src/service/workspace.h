// The web system's use cases over the store: logins and sessions, units and their years, the
// draft evaluation (created empty, imported from a report file, edited field by field with its
// findings and scores recomputed), submission into locked versions, differences between
// versions, report downloads, users and the audit log. Every call names its caller; what a
// role may do is decided here, once, for the API and the pages alike. Returns values.
// What a stored draft comes to (its parsed document, scores and findings) is computed once per
// stored revision and profile and kept in a bounded in-process cache shared by every reader.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/clock.h"
#include "base/result.h"
#include "rules/profile.h"
#include "service/document_diff.h"
#include "service/rate_limit.h"
#include "store/repository.h"

namespace jixiao {

// Session lifetimes: idle and absolute (seconds).
inline constexpr int64_t kSessionIdleSeconds = 2 * 3600;
inline constexpr int64_t kSessionAbsoluteSeconds = 12 * 3600;

struct CurrentUser {
  UserRecord user;
  std::string token_hash;  // of the session
  std::string csrf_token;
};

// Who is asking, from where.
struct Caller {
  CurrentUser who;
  std::string address;
};

struct LoginResult {
  std::string token;  // for the cookie; stored only as its hash
  CurrentUser current;
};

// What a stored draft comes to under the workspace's profile: computed once per stored revision,
// immutable, shared by every view of that revision.
struct YearAssessment {
  nlohmann::ordered_json document;  // jixiao.evaluation/1
  nlohmann::ordered_json scores;    // as in jixiao.audit/1
  nlohmann::ordered_json findings;  // as YearView::findings
  int errors = 0;
  int warnings = 0;
  int unexplained_warnings = 0;
};

// Whether a view's document, scores and findings are copied into it (the default) or left
// empty, the view then reading them through `assessment` (for pages that only read them).
enum class ViewParts { kCopies, kShared };

// A unit-year as the editor shows it: the draft, its document, what the audit finds and the scores.
struct YearView {
  UnitRecord unit;
  DraftRecord draft;
  nlohmann::ordered_json document;       // jixiao.evaluation/1
  nlohmann::ordered_json scores;         // as in jixiao.audit/1
  nlohmann::ordered_json findings;       // [{rule, severity, label, message, path, field, key, explanation}]
  int errors = 0;
  int warnings = 0;
  int unexplained_warnings = 0;
  bool editable = false;  // by this caller, now
  // The assessment shown (document, scores, findings): the same for every read of one stored
  // revision under one profile, and never reused for another, so what is derived from the
  // view's content alone may be kept under it. 0 when the view was not made from a draft.
  uint64_t assessment_id = 0;
  std::shared_ptr<const YearAssessment> assessment;  // the same parts, shared; null as assessment_id
};

// How the cache of assessed drafts is doing (for tests and benchmarks).
struct YearCacheStats {
  int64_t hits = 0;
  int64_t misses = 0;
  std::size_t entries = 0;
  std::size_t bytes = 0;  // estimated
};

// The default bound of that cache (estimated bytes: four times a document's text, the size of a
// parsed tree): some 4,000 drafts of 20 projects each (60 KB of text), or the bench's 2,000 twice.
inline constexpr std::size_t kYearCacheBytes = std::size_t{1} << 30;

struct ImportPreview {
  nlohmann::ordered_json document;
  nlohmann::ordered_json findings;  // what reading could not place, then the audit's findings
  nlohmann::ordered_json scores;
  int errors = 0;
  int warnings = 0;
};

struct NewUser {
  std::string login;
  std::string name;
  Role role = Role::kUnit;
  std::optional<int64_t> unit_id;
  std::string password;
  bool department_reviewer = false;  // a reviewer who does a 主管部门's first review (needs a scope)
};

struct Download {
  std::string file_name;  // "黔南州自然资源局-2022-自评报告.docx"
  std::string mime_type;
  std::string bytes;
};

// One edit of the document, as a JSON Patch operation: replace a field (value null clears it),
// add an element to a list ("/projects/-"), or remove one.
struct FieldEdit {
  std::string op = "replace";  // "replace" | "add" | "remove"
  std::string pointer;
  nlohmann::ordered_json value;
};

class YearCache;  // assessed drafts by (unit, year), each valid for one revision and profile
struct AssessedDraft;

class Workspace {
 public:
  Workspace(Repository& repository, const Clock& clock);

  Result<LoginResult> Login(const std::string& login, const std::string& password, const std::string& address);
  Result<CurrentUser> Authenticate(const std::string& token);
  Result<bool> Logout(const Caller& caller);

  Result<std::vector<UnitRecord>> Units(const Caller& caller);
  Result<UnitRecord> Unit(const Caller& caller, int64_t unit_id);
  Result<UnitRecord> AddUnit(const Caller& caller, const UnitRecord& unit);
  Result<std::vector<DraftRecord>> Years(const Caller& caller, int64_t unit_id);

  Result<YearView> Year(const Caller& caller, int64_t unit_id, int year, ViewParts parts = ViewParts::kCopies);
  // A new year from an empty form, or from a document the caller has (an import preview).
  Result<YearView> CreateYear(const Caller& caller, int64_t unit_id, int year,
                              const std::optional<std::string>& document_json);
  // Reads a report file (TXT, DOCX, PDF, XLSX or jixiao.evaluation/1) without storing anything.
  Result<ImportPreview> PreviewImport(const Caller& caller, const std::string& name, std::string bytes);
  Result<YearView> Edit(const Caller& caller, int64_t unit_id, int year, int64_t revision,
                        const std::vector<FieldEdit>& edits, ViewParts parts = ViewParts::kCopies);
  Result<YearView> Replace(const Caller& caller, int64_t unit_id, int year, int64_t revision,
                           const std::string& document_json);
  // The explanation of a warning (its "key"); an empty text removes it.
  Result<YearView> Explain(const Caller& caller, int64_t unit_id, int year, int64_t revision, const std::string& key,
                           const std::string& text, ViewParts parts = ViewParts::kCopies);
  // Refused while errors remain or a warning has no explanation.
  Result<VersionRecord> Submit(const Caller& caller, int64_t unit_id, int year, int64_t revision);
  Result<YearView> Reopen(const Caller& caller, int64_t unit_id, int year, int64_t revision);

  Result<std::vector<VersionRecord>> Versions(const Caller& caller, int64_t unit_id, int year);
  Result<VersionRecord> Version(const Caller& caller, int64_t unit_id, int year, int number);
  // Between two versions; number 0 is the current draft.
  Result<std::vector<FieldChange>> Diff(const Caller& caller, int64_t unit_id, int year, int from, int to);
  // "docx" | "pdf" | "xlsx" | "html" | "md" | "json"; version 0 is the current draft.
  Result<Download> Report(const Caller& caller, int64_t unit_id, int year, int version, const std::string& format);

  Result<std::vector<UserRecord>> Users(const Caller& caller);
  // `scope`: a reviewer's region subtree ("贵州省/黔南州"), "" for every region.
  Result<UserRecord> AddUser(const Caller& caller, const NewUser& user, const std::string& scope = "");
  // Stops or restores a login (a stopped user's sessions end at their next request).
  Result<UserRecord> SetUserDisabled(const Caller& caller, const std::string& login, bool disabled);
  Result<UserRecord> ResetPassword(const Caller& caller, const std::string& login, const std::string& password);
  Result<std::vector<AuditEntry>> AuditLog(const Caller& caller, int64_t before_id, int limit);

  // Whether the caller may read the unit: an admin, a reviewer whose scope holds it, its own staff.
  Result<bool> MayRead(const Caller& caller, int64_t unit_id) const;

  // For the CLI and the demo loader, acting as "system".
  Result<UserRecord> AddUserAsSystem(const NewUser& user, const std::string& scope = "");
  Repository& repository() { return repository_; }
  const Clock& clock() const { return clock_; }
  // The scoring profile every score, finding and report uses (national default unless set).
  // Not while requests are served. Drafts assessed under the previous profile are dropped.
  void SetProfile(ScoringProfile profile);
  const ScoringProfile& profile() const { return profile_; }
  // The cache's bound in (estimated) bytes; the least recently used drafts go first.
  void SetYearCacheLimit(std::size_t bytes);
  YearCacheStats year_cache_stats() const;

 private:
  Change ChangeBy(const Caller& caller) const;
  Result<bool> MayEdit(const Caller& caller, int64_t unit_id) const;
  Result<YearView> View(const Caller& caller, UnitRecord unit, DraftRecord draft,
                        ViewParts parts = ViewParts::kCopies) const;
  // The draft's assessment: from the cache when it holds this revision under this profile.
  Result<std::shared_ptr<const AssessedDraft>> AssessedOf(const DraftRecord& draft) const;
  // The stored document to edit: assessed (and cached), or only parsed when the codec refuses it.
  struct Stored {
    std::shared_ptr<const AssessedDraft> assessed;
    nlohmann::ordered_json parsed;
    Error failure;  // why it could not be assessed
    const nlohmann::ordered_json& document() const;
    bool written() const;  // the document is as the codec writes it
  };
  Result<Stored> StoredOf(const DraftRecord& draft) const;
  YearView ViewOf(const Caller& caller, UnitRecord unit, DraftRecord draft,
                  std::shared_ptr<const AssessedDraft> assessed, ViewParts parts = ViewParts::kCopies) const;
  // `before` is the stored document as parsed (`before_written`: as the codec writes it, so the
  // parts `document` leaves as they were need not be written again); `changed` overrides the
  // audit log's record of the change (default: the document's field changes).
  Result<YearView> Save(const Caller& caller, const DraftRecord& draft, const nlohmann::ordered_json& before,
                        nlohmann::ordered_json document, bool before_written, const std::string& explanations,
                        int64_t revision,
                        const std::optional<std::string>& changed = std::nullopt,
                        ViewParts parts = ViewParts::kCopies);

  Repository& repository_;
  const Clock& clock_;
  ScoringProfile profile_ = NationalDefault();
  uint64_t profile_generation_ = 0;  // bumped by SetProfile
  std::shared_ptr<YearCache> years_;
  FailureLimiter account_failures_;
  FailureLimiter address_failures_;
};

}  // namespace jixiao
