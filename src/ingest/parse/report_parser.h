// The report parser: positioned text of a budget performance self-evaluation report (部门预算
// 绩效自评报告, from the TXT, DOCX or PDF readers) -> the jixiao.evaluation/1 model, every
// extracted value with its source span in Evaluation::provenance. Text it cannot place and
// text-level inconsistencies come back as findings; the caller owns the result.
#pragma once

#include <vector>

#include "base/result.h"
#include "core/evaluation.h"
#include "ingest/read/positioned_text.h"
#include "rules/finding.h"

namespace jixiao {

struct ParseResult {
  Evaluation evaluation;
  // "ingest.unrecognized" (info): text the parser could not place, with its location.
  // "text.unit_mismatch" (warning): one figure stated twice in units that disagree.
  // "text.parts_short" / "text.parts_exceed" (warning): listed parts (其中…) that do not add
  // up to their stated total.
  std::vector<Finding> findings;
};

// Parses a report. A document with neither budget figures nor any recognizable report
// structure is an Error (ErrorCode::kInvalidInput) "不是预算绩效自评报告：未找到…".
Result<ParseResult> ParseReport(const TextDocument& document);

}  // namespace jixiao
