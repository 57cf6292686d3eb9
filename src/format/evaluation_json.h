// The jixiao.evaluation/1 JSON codec (docs/FORMAT.md): text <-> Evaluation. Reading validates
// every field and reports all problems at once, each with line, column and field; unknown
// fields are kept and written back. The caller owns the returned model and text.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "base/result.h"
#include "core/evaluation.h"

namespace jixiao {

inline constexpr std::string_view kEvaluationFormat = "jixiao.evaluation/1";

// `source_name` prefixes every message ("qiannan.json:12:5: …").
Result<Evaluation> ParseEvaluationJson(std::string_view text, const std::string& source_name);
// The same from a document already parsed (what ParseEvaluationJson does after parsing the
// text): the same evaluation, and the same problems without line and column.
Result<Evaluation> EvaluationFromJson(const nlohmann::ordered_json& root, const std::string& source_name);

// The document as ordered JSON: known fields in FORMAT.md order (null when not stated),
// then unknown fields as they were read, then provenance when the model has any.
nlohmann::ordered_json EvaluationToJson(const Evaluation& evaluation);
// The same, taking project i from `written_projects[i]` where that is an object: for a caller
// that knows it is already what this writer makes of `evaluation.projects[i]` (a project read
// from a document the writer wrote, unchanged since), so it is not written again.
nlohmann::ordered_json EvaluationToJson(const Evaluation& evaluation, nlohmann::ordered_json::array_t written_projects);
std::string WriteEvaluationJson(const Evaluation& evaluation);  // pretty, two-space indent

}  // namespace jixiao
