// Use case "generate": read an evaluation (JSON or report file), score and audit it, and
// render the report or score tables in a chosen format; charts can be exported alone.
// Returns bytes; the caller writes them (atomically), so a failure leaves no file behind.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "base/result.h"
#include "render/options.h"
#include "render/render.h"

namespace jixiao {

struct ReportRequest {
  std::string input;                  // evaluation JSON or a report file
  ReportFormat format = ReportFormat::kDocx;
  std::string profile = "national-2020";
  RenderOptions options;
};

Result<std::string> GenerateReport(const ReportRequest& request);

struct NamedFile {
  std::string name;   // "chart-1.png"
  std::string bytes;
};
// Every chart of the report as PNG or SVG files.
Result<std::vector<NamedFile>> ExportCharts(const ReportRequest& request, ChartFormat format);

}  // namespace jixiao
