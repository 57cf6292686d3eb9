// Use case "generate": a source (JSON document or report file) scored and audited with the
// chosen profile, rendered as the report or score tables in a chosen format; charts can be
// exported alone. Returns bytes; the caller writes them (atomically), so a failure leaves no file.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "render/options.h"
#include "render/render.h"
#include "rules/profile.h"
#include "service/source.h"

namespace jixiao {

struct ReportRequest {
  ReportSource input;  // an evaluation JSON document or a report file
  ReportFormat format = ReportFormat::kDocx;
  ScoringProfile profile = NationalDefault();  // scores the input; the XLSX formulas follow it too
  RenderOptions options;                       // options.profile is replaced by `profile`
};

Result<std::string> GenerateReport(const ReportRequest& request);

struct NamedFile {
  std::string name;  // "chart-1.png"
  std::string bytes;
};
// Every chart of the report as PNG or SVG files.
Result<std::vector<NamedFile>> ExportCharts(const ReportRequest& request, ChartFormat format);

}  // namespace jixiao
