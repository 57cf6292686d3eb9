#include "service/audit_service.h"

#include <algorithm>
#include <utility>

#include "rules/audit.h"
#include "rules/scoring.h"
#include "service/evaluation_service.h"

namespace jixiao {

namespace {

Result<AuditReport> Assemble(Result<LoadedEvaluation> loaded, const std::string& name, const ScoringProfile& profile) {
  if (!loaded) return tl::unexpected(loaded.error());
  AuditReport report;
  report.source = name;
  report.profile_id = profile.id;
  report.scores = ScoreEvaluation(loaded->evaluation, profile);
  report.findings = std::move(loaded->read_findings);
  for (auto& f : Audit(loaded->evaluation, profile)) report.findings.push_back(std::move(f));
  report.evaluation = std::move(loaded->evaluation);
  return report;
}

}  // namespace

Result<AuditReport> AuditSource(const ReportSource& source, const ScoringProfile& profile) {
  return Assemble(LoadEvaluation(source), source.name, profile);
}

Result<AuditReport> AuditSource(ReportSource&& source, const ScoringProfile& profile) {
  const std::string name = source.name;
  return Assemble(LoadEvaluation(std::move(source)), name, profile);
}

bool HasErrors(const AuditReport& report) {
  return std::any_of(report.findings.begin(), report.findings.end(),
                     [](const Finding& f) { return f.severity == Severity::kError; });
}

}  // namespace jixiao
