// The seam between the service and ingest/: turns the bytes of a report file (TXT, DOCX, PDF,
// XLSX) into an evaluation plus the findings made while reading it. The caller owns the result.
#pragma once

#include "base/result.h"
#include "service/source.h"

namespace jixiao {

struct LoadedEvaluation;
Result<LoadedEvaluation> ReadReport(const ReportSource& source);
// The same for a source handed over: its bytes are freed once read, before the parse (a large
// report then needs less memory). The name stays.
Result<LoadedEvaluation> ReadReport(ReportSource&& source);

}  // namespace jixiao
