#include "cli/commands.h"

#include <fmt/format.h>

#include <cstdio>
#include <filesystem>
#include <optional>
#include <system_error>

#include "base/file.h"
#include "cli/audit_view.h"
#include "format/evaluation_json.h"
#include "format/profile_json.h"
#include "rules/audit.h"
#include "service/batch_audit.h"
#include "service/evaluation_service.h"
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

bool IsFolder(const std::string& path) {
  std::error_code ec;
  return std::filesystem::is_directory(path, ec);
}

int RunAuditFolder(const AuditOptions& options) {
  if (options.format == "json" || options.explain) {
    return ReportError("审核文件夹时每个报告输出一行，不支持 --format json 和 --explain；汇总表请用 -o 汇总.csv 或 -o 汇总.xlsx");
  }
  std::optional<SummaryFormat> format;
  if (!options.output.empty()) {
    format = SummaryFormatOf(options.output);
    if (!format) return ReportError("汇总表 " + options.output + " 须为 .csv 或 .xlsx 文件");
  }
  auto batch = AuditFolder(options.file, options.profile);
  if (!batch) return ReportError(batch.error().message);
  if (batch->rows.empty()) {
    return ReportError("文件夹 " + options.file + " 中没有报告文件（.txt、.docx、.pdf、.json、.xlsx）");
  }
  Print(BatchText(*batch));
  if (format) {
    auto bytes = WriteSummary(*batch, *format);
    if (!bytes) return ReportError(bytes.error().message);
    if (const int status = WriteOutput(options.output, *bytes); status != 0) return status;
  }
  if (batch->totals.unreadable == batch->totals.files) return ReportError("文件夹 " + options.file + " 中没有一个文件能够读取");
  return batch->totals.with_errors > 0 ? 1 : 0;
}

}  // namespace

int RunAudit(const AuditOptions& options) {
  if (IsFolder(options.file)) return RunAuditFolder(options);
  if (!options.output.empty()) return ReportError("-o 只用于审核文件夹（写出汇总表 .csv 或 .xlsx）；单个报告的审核结果输出到标准输出");
  auto report = AuditFile(options.file, options.profile);
  if (!report) return ReportError(report.error().message);
  Print(options.format == "json" ? WriteAuditJson(*report) : AuditText(*report, options.explain));
  for (const auto& f : report->findings) {
    if (f.severity == Severity::kError) return 1;
  }
  return 0;
}

int RunScore(const AuditOptions& options) {
  auto report = AuditFile(options.file, options.profile);
  if (!report) return ReportError(report.error().message);
  Print(options.format == "json" ? ScoresToJson(report->scores).dump(2) + "\n" : ScoresText(*report));
  return 0;
}

int RunExtract(const ExtractOptions& options) {
  auto loaded = LoadEvaluationFile(options.file);
  if (!loaded) return ReportError(loaded.error().message);
  for (const auto& f : loaded->read_findings) {
    std::fputs(("jixiao: " + FindingLine(loaded->evaluation, f) + "\n").c_str(), stderr);
  }
  if (!options.provenance) loaded->evaluation.provenance.clear();
  return WriteOutput(options.output, WriteEvaluationJson(loaded->evaluation));
}

namespace {

ReportRequest MakeReportRequest(const ReportOptions& options, ReportFormat format) {
  ReportRequest request;
  request.input = options.file;
  request.format = format;
  request.profile = options.profile;
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
  const ReportRequest request = MakeReportRequest(options, *format);
  auto bytes = GenerateReport(request);
  if (!bytes) return ReportError(bytes.error().message);
  if (const int status = WriteOutput(options.output, *bytes); status != 0) return status;
  return options.charts_dir.empty() ? 0 : ExportChartFiles(options, request);
}

int RunListRules() {
  for (const RuleInfo& rule : AuditRules()) {
    Print(fmt::format("{:<40} {:<8} {}\n", rule.id, SeverityName(rule.severity), rule.title));
  }
  return 0;
}

int RunShowProfile(const std::string& name_or_path) {
  auto profile = LoadProfile(name_or_path);
  if (!profile) return ReportError(profile.error().message);
  Print(WriteProfileJson(*profile));
  return 0;
}

}  // namespace jixiao::cli
