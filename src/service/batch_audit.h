// Use case "audit a batch": a finance bureau receives hundreds of report files. Each is audited
// exactly as the single-source audit does it (AuditSource), on all cores, and summed up in one
// row; a source that cannot be read is a row saying why (the single audit's message), never
// the end of the run. Takes sources or a reader of them, never a folder; returns values.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "render/summary_table.h"
#include "rules/profile.h"
#include "service/source.h"

namespace jixiao {

struct BatchAudit {
  std::vector<SummaryRow> rows;  // one per source, sorted by name
  SummaryTotals totals;
};

// The bytes of the source named `name` (the CLI reads a file). Called on worker threads, several
// at once, each just before that source is audited; an Error becomes that source's row.
using SourceReader = std::function<Result<std::string>(const std::string& name)>;

// Every named source, read through `read` by one of `threads` workers (0: one per core): only
// as many sources are in memory at once as there are workers.
BatchAudit AuditNamedSources(std::vector<std::string> names, const SourceReader& read, const ScoringProfile& profile,
                             unsigned threads = 0);

// The same for sources already in memory; each one's bytes are freed once it is read.
BatchAudit AuditSources(std::vector<ReportSource> sources, const ScoringProfile& profile, unsigned threads = 0);

// Whether any readable source has errors (exit status 1), and whether none could be read.
bool HasErrors(const BatchAudit& batch);
bool NoneReadable(const BatchAudit& batch);

// What the command line prints: one SummaryLine per source, then the TotalsLine.
std::string BatchText(const BatchAudit& batch);

enum class SummaryFormat { kCsv, kXlsx };
// From the output file's name: ".csv" or ".xlsx" (any case); nullopt otherwise. Opens nothing.
std::optional<SummaryFormat> SummaryFormatOf(std::string_view file_name);
// The summary table ranked by errors, as bytes to write.
Result<std::string> WriteSummary(const BatchAudit& batch, SummaryFormat format);

}  // namespace jixiao
