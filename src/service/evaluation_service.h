// Use case "extract": a source (JSON document or report file) read into an evaluation, and the
// evaluation written back as jixiao.evaluation/1 text. Sources are values, never paths; each
// function returns a value or an Error and prints nothing. The caller owns what is returned.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "core/evaluation.h"
#include "rules/finding.h"
#include "service/source.h"

namespace jixiao {

struct LoadedEvaluation {
  Evaluation evaluation;
  std::vector<Finding> read_findings;  // what reading a report could not place, text-level checks
};

// A jixiao.evaluation/1 JSON document, or a report (TXT, DOCX, PDF, XLSX) read by ingest/.
Result<LoadedEvaluation> LoadEvaluation(const ReportSource& source);
// The same, freeing a report's bytes before the parse; `source.name` stays.
Result<LoadedEvaluation> LoadEvaluation(ReportSource&& source);

// The jixiao.evaluation/1 document, pretty; without where each value was read unless `with_provenance`.
std::string EvaluationJsonText(Evaluation evaluation, bool with_provenance);

}  // namespace jixiao
