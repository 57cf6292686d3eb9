// Use cases behind every front end (CLI now, server later): load an evaluation from a file,
// load a scoring profile, audit and score. Each returns a value or an Error; nothing prints.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "core/evaluation.h"
#include "format/audit_json.h"
#include "rules/finding.h"
#include "rules/profile.h"

namespace jixiao {

struct LoadedEvaluation {
  Evaluation evaluation;
  std::vector<Finding> read_findings;  // what reading a report could not place, text-level checks
};

// A jixiao.evaluation/1 JSON file, or a report (TXT, DOCX, PDF) read by ingest/.
Result<LoadedEvaluation> LoadEvaluationFile(const std::string& path);
// The same from the bytes of a file; `name` names it in messages.
Result<LoadedEvaluation> LoadEvaluationBytes(std::string_view bytes, const std::string& name);

// "national-2020" (built in) or the path of a jixiao.profile/1 file.
Result<ScoringProfile> LoadProfile(const std::string& name_or_path);

// Reads `path`, scores and audits it: read findings first, then the audit rules'.
Result<AuditReport> AuditFile(const std::string& path, const std::string& profile_name_or_path);
// The same for the bytes of a file named `name`, with a profile already loaded.
Result<AuditReport> AuditBytes(std::string_view bytes, const std::string& name, const ScoringProfile& profile);

}  // namespace jixiao
