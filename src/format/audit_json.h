// The jixiao.audit/1 document (docs/FORMAT.md): what was read, its scores and its findings,
// each finding located in the source through the evaluation's provenance.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/evaluation.h"
#include "rules/finding.h"
#include "rules/scoring.h"

namespace jixiao {

inline constexpr std::string_view kAuditFormat = "jixiao.audit/1";

struct AuditReport {
  std::string source;      // the file as the user named it
  std::string profile_id;  // the scoring profile used
  Evaluation evaluation;
  Scores scores;
  std::vector<Finding> findings;
};

// Where a finding's value was read: its own span, else the provenance of its path, of the
// first value under it, or of its nearest parent; nullopt for JSON input.
std::optional<SourceSpan> LocateFinding(const Evaluation& evaluation, const Finding& finding);

nlohmann::ordered_json ScoresToJson(const Scores& scores);
std::string WriteAuditJson(const AuditReport& report);

}  // namespace jixiao
