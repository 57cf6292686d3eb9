#include "service/report_service.h"

#include "service/audit_service.h"

namespace jixiao {

namespace {

struct Prepared {
  Evaluation evaluation;
  Scores scores;
  std::vector<Finding> findings;
  RenderOptions options;
};

Result<Prepared> Prepare(const ReportRequest& request) {
  auto report = AuditSource(request.input, request.profile);
  if (!report) return tl::unexpected(report.error());
  RenderOptions options = request.options;
  options.profile = request.profile;
  return Prepared{std::move(report->evaluation), std::move(report->scores), std::move(report->findings), options};
}

}  // namespace

Result<std::string> GenerateReport(const ReportRequest& request) {
  auto prepared = Prepare(request);
  if (!prepared) return tl::unexpected(prepared.error());
  return RenderReport(prepared->evaluation, prepared->scores, prepared->findings, request.format, prepared->options);
}

Result<std::vector<NamedFile>> ExportCharts(const ReportRequest& request, ChartFormat format) {
  auto prepared = Prepare(request);
  if (!prepared) return tl::unexpected(prepared.error());
  std::vector<NamedFile> files;
  const char* extension = format == ChartFormat::kPng ? ".png" : ".svg";
  const auto charts = ReportCharts(prepared->evaluation, prepared->scores, prepared->options);
  for (std::size_t i = 0; i < charts.size(); ++i) {
    auto bytes = RenderChart(charts[i], format);
    if (!bytes) return tl::unexpected(bytes.error());
    files.push_back({"chart-" + std::to_string(i + 1) + extension, std::move(*bytes)});
  }
  return files;
}

}  // namespace jixiao
