// Use case "audit": a source scored and audited with a chosen profile, as one AuditReport (the
// jixiao.audit/1 model of format/audit_json.h), and whether it has errors (exit status 1 in
// the CLI). Sources are values; nothing here opens a file or prints. The caller owns the report.
#pragma once

#include "base/result.h"
#include "format/audit_json.h"
#include "rules/profile.h"
#include "service/source.h"

namespace jixiao {

// Reads `source` (JSON document or report), scores and audits it: read findings first, then
// the audit rules'. `report.source` is `source.name`.
Result<AuditReport> AuditSource(const ReportSource& source, const ScoringProfile& profile);
// The same, freeing a report's bytes before the parse.
Result<AuditReport> AuditSource(ReportSource&& source, const ScoringProfile& profile);

// Whether any finding is an error.
bool HasErrors(const AuditReport& report);

}  // namespace jixiao
