// The public face of render/: one evaluation, its scores and audit findings in, report bytes
// out, in any of six formats; charts alone as PNG or SVG. Writers never touch the file
// system: callers write the bytes (e.g. with WriteFileAtomic) and own them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "core/evaluation.h"
#include "render/layout.h"
#include "render/options.h"
#include "render/report_layout.h"
#include "rules/finding.h"
#include "rules/scoring.h"

namespace jixiao {

enum class ReportFormat { kDocx, kPdf, kHtml, kMarkdown, kXlsx, kText };

// "docx", "pdf", "html", "md" / "markdown", "xlsx", "txt" / "text"; nullopt otherwise.
std::optional<ReportFormat> ReportFormatFromName(std::string_view name);
std::string_view ReportFormatExtension(ReportFormat format);  // "docx", "md", "txt", …
std::string_view ReportFormatMimeType(ReportFormat format);

// The whole report: BuildReportLayout, then the writer for `format` (XLSX is written from
// the scores directly, with live formulas). Fails with kIo when a library refuses.
Result<std::string> RenderReport(const Evaluation& evaluation, const Scores& scores,
                                 const std::vector<Finding>& findings, ReportFormat format,
                                 const RenderOptions& options);

// Any laid-out document in a page or text format (not kXlsx, which needs the model).
Result<std::string> RenderDocument(const layout::Document& document, ReportFormat format);

// A plain table for a one-sheet workbook: text cells, money in 元 and rates in percent written
// as numbers ("123456.78", "93.35") so the sheet sorts and sums.
enum class WorkbookColumn { kText, kMoney, kRate };
struct WorkbookTable {
  std::vector<std::string> heads;
  std::vector<WorkbookColumn> kinds;  // one per column (missing: text)
  std::vector<double> widths;         // in characters (missing: 14)
  std::vector<std::vector<std::string>> rows;
};
Result<std::string> RenderTableWorkbook(const std::string& sheet_name, const WorkbookTable& table);

enum class ChartFormat { kPng, kSvg };

// One chart on its own, 442 pt wide (the text block), height from its category count.
// PNG is drawn at `scale` device pixels per point (2 ≈ 144 dpi).
Result<std::string> RenderChart(const layout::Chart& chart, ChartFormat format, double scale = 2.0);

// The charts of a report, in report order, for exporting alone.
std::vector<layout::Chart> ReportCharts(const Evaluation& evaluation, const Scores& scores,
                                        const RenderOptions& options);

}  // namespace jixiao
