#include "render/render.h"

#include "render/chart_draw.h"
#include "render/writers.h"

namespace jixiao {

std::optional<ReportFormat> ReportFormatFromName(std::string_view name) {
  if (name == "docx") return ReportFormat::kDocx;
  if (name == "pdf") return ReportFormat::kPdf;
  if (name == "html" || name == "htm") return ReportFormat::kHtml;
  if (name == "md" || name == "markdown") return ReportFormat::kMarkdown;
  if (name == "xlsx") return ReportFormat::kXlsx;
  if (name == "txt" || name == "text") return ReportFormat::kText;
  return std::nullopt;
}

std::string_view ReportFormatExtension(ReportFormat format) {
  switch (format) {
    case ReportFormat::kDocx: return "docx";
    case ReportFormat::kPdf: return "pdf";
    case ReportFormat::kHtml: return "html";
    case ReportFormat::kMarkdown: return "md";
    case ReportFormat::kXlsx: return "xlsx";
    case ReportFormat::kText: return "txt";
  }
  return "txt";
}

std::string_view ReportFormatMimeType(ReportFormat format) {
  switch (format) {
    case ReportFormat::kDocx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    case ReportFormat::kPdf: return "application/pdf";
    case ReportFormat::kHtml: return "text/html; charset=utf-8";
    case ReportFormat::kMarkdown: return "text/markdown; charset=utf-8";
    case ReportFormat::kXlsx: return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    case ReportFormat::kText: return "text/plain; charset=utf-8";
  }
  return "application/octet-stream";
}

Result<std::string> RenderDocument(const layout::Document& document, ReportFormat format) {
  switch (format) {
    case ReportFormat::kDocx: return writer::Docx(document);
    case ReportFormat::kPdf: return writer::Pdf(document);
    case ReportFormat::kHtml: return writer::Html(document);
    case ReportFormat::kMarkdown: return writer::Markdown(document);
    case ReportFormat::kText: return writer::Text(document);
    case ReportFormat::kXlsx: break;
  }
  return Fail(ErrorCode::kUnsupported, "XLSX 须由评价文档生成（含公式），不能由排版结果生成");
}

Result<std::string> RenderReport(const Evaluation& evaluation, const Scores& scores,
                                 const std::vector<Finding>& findings, ReportFormat format,
                                 const RenderOptions& options) {
  if (scores.projects.size() != evaluation.projects.size()) {
    return Invalid("评分结果与评价文档的项目数不一致（" + std::to_string(scores.projects.size()) + " 与 " +
                   std::to_string(evaluation.projects.size()) + "），请先对同一文档评分");
  }
  if (format == ReportFormat::kXlsx) return writer::Xlsx(evaluation, scores, options);
  return RenderDocument(BuildReportLayout(evaluation, scores, findings, options), format);
}

Result<std::string> RenderChart(const layout::Chart& chart, ChartFormat format, double scale) {
  return format == ChartFormat::kPng ? chart::RenderPng(chart, scale) : chart::RenderSvg(chart);
}

std::vector<layout::Chart> ReportCharts(const Evaluation& evaluation, const Scores& scores,
                                        const RenderOptions& options) {
  RenderOptions with_charts = options;
  with_charts.include_charts = true;
  std::vector<layout::Chart> charts;
  for (auto& block : BuildReportLayout(evaluation, scores, {}, with_charts).blocks) {
    if (auto* chart = std::get_if<layout::Chart>(&block)) charts.push_back(std::move(*chart));
  }
  return charts;
}

}  // namespace jixiao
