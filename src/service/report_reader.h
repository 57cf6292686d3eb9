// The seam between the service and ingest/: turns the bytes of a report file (TXT, DOCX, PDF)
// into an evaluation plus the findings made while reading it.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace jixiao {

struct LoadedEvaluation;
Result<LoadedEvaluation> ReadReportBytes(std::string_view bytes, const std::string& display_name);
// The same for bytes the caller hands over: they are freed once read, before the parse (a
// large report then needs less memory).
Result<LoadedEvaluation> ReadReportFileBytes(std::string bytes, const std::string& display_name);

}  // namespace jixiao
