// Use case "audit a folder": a finance bureau receives hundreds of report files. Each is read
// and audited exactly as the single-file audit does it (AuditBytes), on all cores, and summed
// up in one row; a file that cannot be read is a row saying why (the single-file audit's
// message), never the end of the run. Returns values; the caller prints and writes them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "render/summary_table.h"

namespace jixiao {

struct ReportSource {
  std::string name;   // how messages and the summary name it, e.g. its path
  std::string bytes;  // the file's content
};

struct BatchAudit {
  std::vector<SummaryRow> rows;  // one per file, sorted by name
  SummaryTotals totals;
};

// The report files under `folder`, recursively: .txt .docx .pdf .json .xlsx (any case), as
// "folder/sub/name", sorted. Hidden files and folders (".name") and Office lock files ("~$name")
// are skipped. Fails when `folder` cannot be listed.
Result<std::vector<std::string>> ListReportFiles(const std::string& folder);

// Every report file under `folder`, each read by one of `threads` workers (0: one per core).
// Fails only when the profile or the folder cannot be read.
Result<BatchAudit> AuditFolder(const std::string& folder, const std::string& profile_name_or_path,
                               unsigned threads = 0);

// The same for sources already in memory; the rows come sorted by name.
Result<BatchAudit> AuditSources(const std::vector<ReportSource>& sources, const std::string& profile_name_or_path,
                                unsigned threads = 0);

// What the command line prints: one SummaryLine per file, then the TotalsLine.
std::string BatchText(const BatchAudit& batch);

enum class SummaryFormat { kCsv, kXlsx };
// From the output file's extension: ".csv" or ".xlsx" (any case); nullopt otherwise.
std::optional<SummaryFormat> SummaryFormatOf(std::string_view path);
// The summary table ranked by errors, as bytes to write.
Result<std::string> WriteSummary(const BatchAudit& batch, SummaryFormat format);

}  // namespace jixiao
