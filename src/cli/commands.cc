#include "cli/commands.h"

#include <fmt/format.h>

#include <cstdio>
#include <optional>
#include <utility>

#include "base/file.h"
#include "cli/inputs.h"
#include "service/audit_service.h"
#include "service/audit_view.h"
#include "service/batch_audit.h"
#include "service/evaluation_service.h"
#include "service/profile_service.h"
#include "service/report_service.h"

namespace jixiao::cli {

namespace {

void Print(const std::string& text) { std::fwrite(text.data(), 1, text.size(), stdout); }

int WriteOutput(const std::string& path, const std::string& content) {
  if (path.empty() || path == "-") {
    Print(content);
    return 0;
  }
  auto written = WriteFileAtomic(path, content);
  return written ? 0 : ReportError(written.error().message);
}

}  // namespace

int ReportError(const std::string& message) {
  std::fputs(fmt::format("jixiao: {}\n", message).c_str(), stderr);
  return 2;
}

namespace {

int RunAuditFolder(const AuditOptions& options) {
  if (options.format == "json" || options.explain) {
    return ReportError("审核文件夹时每个报告输出一行，不支持 --format json 和 --explain；汇总表请用 -o 汇总.csv 或 -o 汇总.xlsx");
  }
  std::optional<SummaryFormat> format;
  if (!options.output.empty()) {
    format = SummaryFormatOf(options.output);
    if (!format) return ReportError("汇总表 " + options.output + " 须为 .csv 或 .xlsx 文件");
  }
  auto profile = ChooseProfile(options.profile);
  if (!profile) return ReportError(profile.error().message);
  auto files = ListReportFiles(options.file);
  if (!files) return ReportError(files.error().message);
  if (files->empty()) {
    return ReportError("文件夹 " + options.file + " 中没有报告文件（.txt、.docx、.pdf、.json、.xlsx）");
  }
  const BatchAudit batch = AuditNamedSources(std::move(*files), ReadFile, *profile);
  Print(BatchText(batch));
  if (format) {
    auto bytes = WriteSummary(batch, *format);
    if (!bytes) return ReportError(bytes.error().message);
    if (const int status = WriteOutput(options.output, *bytes); status != 0) return status;
  }
  if (NoneReadable(batch)) return ReportError("文件夹 " + options.file + " 中没有一个文件能够读取");
  return HasErrors(batch) ? 1 : 0;
}

// The file of `options` read, scored and audited with the profile it names.
Result<AuditReport> AuditPath(const AuditOptions& options) {
  auto profile = ChooseProfile(options.profile);
  if (!profile) return tl::unexpected(profile.error());
  auto source = ReadSource(options.file);
  if (!source) return tl::unexpected(source.error());
  return AuditSource(std::move(*source), *profile);
}

}  // namespace

int RunAudit(const AuditOptions& options) {
  if (IsFolder(options.file)) return RunAuditFolder(options);
  if (!options.output.empty()) return ReportError("-o 只用于审核文件夹（写出汇总表 .csv 或 .xlsx）；单个报告的审核结果输出到标准输出");
  auto report = AuditPath(options);
  if (!report) return ReportError(report.error().message);
  Print(options.format == "json" ? AuditJsonText(*report) : AuditText(*report, options.explain));
  return HasErrors(*report) ? 1 : 0;
}

int RunScore(const AuditOptions& options) {
  auto report = AuditPath(options);
  if (!report) return ReportError(report.error().message);
  Print(options.format == "json" ? ScoresJsonText(*report) : ScoresText(*report));
  return 0;
}

int RunExtract(const ExtractOptions& options) {
  auto source = ReadSource(options.file);
  if (!source) return ReportError(source.error().message);
  auto loaded = LoadEvaluation(std::move(*source));
  if (!loaded) return ReportError(loaded.error().message);
  for (const auto& f : loaded->read_findings) {
    std::fputs(("jixiao: " + FindingLine(loaded->evaluation, f) + "\n").c_str(), stderr);
  }
  return WriteOutput(options.output, EvaluationJsonText(std::move(loaded->evaluation), options.provenance));
}

namespace {

Result<ReportRequest> MakeReportRequest(const ReportOptions& options, ReportFormat format) {
  auto profile = ChooseProfile(options.profile);
  if (!profile) return tl::unexpected(profile.error());
  auto source = ReadSource(options.file);
  if (!source) return tl::unexpected(source.error());
  ReportRequest request;
  request.input = std::move(*source);
  request.format = format;
  request.profile = std::move(*profile);
  request.options.money = options.money == "yuan" ? MoneyDisplay::kYuan
                          : options.money == "wan" ? MoneyDisplay::kWan
                                                   : MoneyDisplay::kAuto;
  request.options.include_findings = options.findings;
  request.options.include_charts = !options.no_charts;
  request.options.include_score_tables = !options.no_tables;
  return request;
}

int ExportChartFiles(const ReportOptions& options, const ReportRequest& request) {
  const ChartFormat format = options.chart_format == "svg" ? ChartFormat::kSvg : ChartFormat::kPng;
  auto files = ExportCharts(request, format);
  if (!files) return ReportError(files.error().message);
  for (const auto& file : *files) {
    auto written = WriteFileAtomic(options.charts_dir + "/" + file.name, file.bytes);
    if (!written) return ReportError(written.error().message);
  }
  return 0;
}

}  // namespace

int RunReport(const ReportOptions& options) {
  const auto format = ReportFormatFromName(options.format);
  if (!format) return ReportError("不支持的格式“" + options.format + "”：可用 docx、pdf、html、md、xlsx、txt");
  const bool binary = *format == ReportFormat::kDocx || *format == ReportFormat::kPdf || *format == ReportFormat::kXlsx;
  if (binary && (options.output.empty() || options.output == "-")) {
    return ReportError(std::string(ReportFormatExtension(*format)) + " 是二进制格式，请用 -o 指定输出文件");
  }
  const auto request = MakeReportRequest(options, *format);
  if (!request) return ReportError(request.error().message);
  auto bytes = GenerateReport(*request);
  if (!bytes) return ReportError(bytes.error().message);
  if (const int status = WriteOutput(options.output, *bytes); status != 0) return status;
  return options.charts_dir.empty() ? 0 : ExportChartFiles(options, *request);
}

int RunListRules() {
  Print(RulesText());
  return 0;
}

int RunShowProfile(const std::string& name_or_path) {
  auto profile = ChooseProfile(name_or_path);
  if (!profile) return ReportError(profile.error().message);
  Print(ProfileJsonText(*profile));
  return 0;
}

}  // namespace jixiao::cli
