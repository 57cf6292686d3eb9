#include "cli/commands.h"

#include <fmt/format.h>

#include <cstdio>

#include "base/file.h"
#include "cli/audit_view.h"
#include "format/evaluation_json.h"
#include "format/profile_json.h"
#include "rules/audit.h"
#include "service/evaluation_service.h"

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

int RunAudit(const AuditOptions& options) {
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
    std::fputs(fmt::format("jixiao: [{}] {}\n", SeverityLabel(f.severity), f.message).c_str(), stderr);
  }
  return WriteOutput(options.output, WriteEvaluationJson(loaded->evaluation));
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
