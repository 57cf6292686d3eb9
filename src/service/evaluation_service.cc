#include "service/evaluation_service.h"

#include "base/file.h"
#include "format/evaluation_json.h"
#include "format/profile_json.h"
#include "rules/audit.h"
#include "rules/scoring.h"
#include "service/report_reader.h"

namespace jixiao {

namespace {

bool LooksLikeJson(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  const auto first = bytes.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && bytes[first] == '{';
}

}  // namespace

Result<LoadedEvaluation> LoadEvaluationBytes(std::string_view bytes, const std::string& name) {
  if (LooksLikeJson(bytes)) {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    auto evaluation = ParseEvaluationJson(bytes, name);
    if (!evaluation) return tl::unexpected(evaluation.error());
    return LoadedEvaluation{std::move(*evaluation), {}};
  }
  return ReadReportBytes(bytes, name);
}

Result<LoadedEvaluation> LoadEvaluationFile(const std::string& path) {
  auto bytes = ReadFile(path);
  if (!bytes) return tl::unexpected(bytes.error());
  if (LooksLikeJson(*bytes)) return LoadEvaluationBytes(*bytes, path);
  return ReadReportFileBytes(std::move(*bytes), path);
}

Result<ScoringProfile> LoadProfile(const std::string& name_or_path) {
  if (name_or_path.empty() || name_or_path == NationalDefault().id) return NationalDefault();
  auto text = ReadFile(name_or_path);
  if (!text) {
    return Fail(text.error().code, "未找到评分配置“" + name_or_path + "”：内置配置只有 national-2020，其他配置请给出文件路径（" +
                                       text.error().message + "）");
  }
  return ParseProfileJson(*text, name_or_path);
}

Result<AuditReport> AuditBytes(std::string_view bytes, const std::string& name, const ScoringProfile& profile) {
  auto loaded = LoadEvaluationBytes(bytes, name);
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

Result<AuditReport> AuditFile(const std::string& path, const std::string& profile_name_or_path) {
  auto profile = LoadProfile(profile_name_or_path);
  if (!profile) return tl::unexpected(profile.error());
  auto bytes = ReadFile(path);
  if (!bytes) return tl::unexpected(bytes.error());
  return AuditBytes(*bytes, path, *profile);
}

}  // namespace jixiao
