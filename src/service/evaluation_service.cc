#include "service/evaluation_service.h"

#include <string_view>
#include <utility>

#include "format/evaluation_json.h"
#include "service/report_reader.h"

namespace jixiao {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool LooksLikeJson(std::string_view bytes) {
  if (bytes.starts_with(kUtf8Bom)) bytes.remove_prefix(kUtf8Bom.size());
  const auto first = bytes.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && bytes[first] == '{';
}

Result<LoadedEvaluation> ParseJson(std::string_view bytes, const std::string& name) {
  if (bytes.starts_with(kUtf8Bom)) bytes.remove_prefix(kUtf8Bom.size());
  auto evaluation = ParseEvaluationJson(bytes, name);
  if (!evaluation) return tl::unexpected(evaluation.error());
  return LoadedEvaluation{std::move(*evaluation), {}};
}

}  // namespace

Result<LoadedEvaluation> LoadEvaluation(const ReportSource& source) {
  if (LooksLikeJson(source.bytes)) return ParseJson(source.bytes, source.name);
  return ReadReport(source);
}

Result<LoadedEvaluation> LoadEvaluation(ReportSource&& source) {
  if (LooksLikeJson(source.bytes)) return ParseJson(source.bytes, source.name);
  return ReadReport(std::move(source));
}

std::string EvaluationJsonText(Evaluation evaluation, bool with_provenance) {
  if (!with_provenance) evaluation.provenance.clear();
  return WriteEvaluationJson(evaluation);
}

}  // namespace jixiao
