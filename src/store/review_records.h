// The records of the finance bureau's half of the cycle: the year's task, a reviewer's score
// sheet, decisions, publications, rectification items and their evidence. Plain values.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace jixiao {

// The bureau's self-evaluation task for a year: units submit by the deadline.
struct TaskRecord {
  int year = 0;
  std::string deadline;  // "2025-03-31" (Beijing date)
  std::string note;
  std::string issued_by;
  int64_t issued_at = 0;
};

// What a reviewer has re-scored and commented on one submitted version so far (editable until
// the decision, which copies it).
struct ReviewSheetRecord {
  int64_t unit_id = 0;
  int year = 0;
  int number = 0;             // the version under review
  std::string rows = "{}";      // JSON object: score row key -> {"deduction": "2.00", "reason": "…"}
  std::string comments = "[]";  // JSON array: {"anchor", "text", "by", "at"}
  int64_t revision = 0;
  std::string updated_by;
  int64_t updated_at = 0;
};

enum class Decision { kReturned, kPassed };
std::string_view DecisionName(Decision decision);  // "returned" | "passed"

// A reviewer's decision on one version. Never changes: triggers refuse UPDATE and DELETE.
struct DecisionRecord {
  int64_t unit_id = 0;
  int year = 0;
  int number = 0;
  Decision decision = Decision::kPassed;
  std::string reason;  // required for a return
  std::string anchor;  // the field pointer or finding key the reason is about
  std::string rows = "{}";
  std::string comments = "[]";
  std::string self_total;    // "86.50", as scored when decided
  std::string review_total;  // after the reviewer's deductions
  std::string review_grade;  // 优 良 中 差, or "" when not graded
  std::string decided_by;
  int64_t decided_at = 0;
};

// The 主管部门's first review (初审) of a submitted version, where the bureau requires one for the
// unit's region: forwarded to the bureau, or returned to the unit. Never changes.
enum class DepartmentOutcome { kForwarded, kReturned };
std::string_view DepartmentOutcomeName(DepartmentOutcome outcome);  // "forwarded" | "returned"

struct DepartmentReviewRecord {
  int64_t unit_id = 0;
  int year = 0;
  int number = 0;
  DepartmentOutcome outcome = DepartmentOutcome::kForwarded;
  std::string opinion;  // the department's opinion; required for a return
  std::string anchor;   // for a return: the field pointer or finding key it is about
  std::string decided_by;
  int64_t decided_at = 0;
};

// A published version ("report") or a later correction notice on it. Never changes.
struct PublicationRecord {
  int64_t id = 0;
  int64_t unit_id = 0;
  int year = 0;
  int number = 0;
  std::string kind = "report";  // "report" | "correction"
  std::string content_hash;     // of the version's document
  std::string notice;           // the correction's text; for a report, may be empty
  std::string html;             // the rendered files (empty in listings)
  std::string pdf;
  std::string xlsx;
  std::string published_by;
  int64_t published_at = 0;
};

// 待整改 → 整改中 → 待核 → 已销号 (逾期 is derived from the deadline).
enum class RectificationStatus { kOpen, kInProgress, kToVerify, kClosed };
std::string_view RectificationStatusName(RectificationStatus status);  // "open" | "in_progress" | …
bool RectificationStatusFromName(std::string_view name, RectificationStatus& status);

struct RectificationRecord {
  int64_t id = 0;
  int64_t unit_id = 0;
  int year = 0;
  std::string source;  // the finding key or "review:<anchor>" it came from
  std::string title;
  std::string detail;
  std::string owner;     // the responsible person or office
  std::string deadline;  // "2025-06-30"
  RectificationStatus status = RectificationStatus::kOpen;
  int64_t revision = 1;
  std::string created_by;
  int64_t created_at = 0;
  std::string updated_by;
  int64_t updated_at = 0;
};

// A file a unit uploads as proof of a rectification. Never changes.
struct EvidenceRecord {
  int64_t id = 0;
  int64_t rectification_id = 0;
  std::string file_name;
  std::string mime_type;
  int64_t size = 0;
  std::string bytes;  // empty in listings
  std::string uploaded_by;
  int64_t uploaded_at = 0;
};

}  // namespace jixiao
