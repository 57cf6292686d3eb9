#include "service/assessment.h"

#include "format/audit_json.h"
#include "format/evaluation_json.h"
#include "rules/audit.h"
#include "service/document_diff.h"

namespace jixiao {

using Json = nlohmann::ordered_json;

namespace {

// The codec names line and column in the JSON text; a form has neither, so they are dropped:
// "1 处错误：\n  评价文档:1:8441: 字段 projects[13].budget.total：…" -> "字段 projects[13].budget.total：…".
std::string WithoutJsonPositions(const std::string& message) {
  static const std::string kSource = "评价文档:";
  std::string out;
  std::size_t at = 0;
  if (message.find(" 处错误：\n") != std::string::npos && message.find(kSource) != std::string::npos) {
    at = message.find('\n') + 1;
  }
  while (at < message.size()) {
    const auto source = message.find(kSource, at);
    out += message.substr(at, source == std::string::npos ? std::string::npos : source - at);
    if (source == std::string::npos) break;
    const auto after = message.find(": ", source + kSource.size());
    at = after == std::string::npos ? message.size() : after + 2;
  }
  const auto first = out.find_first_not_of(' ');
  return first == std::string::npos ? out : out.substr(first);
}

}  // namespace

std::string FindingKey(const Finding& finding) { return finding.rule + "@" + finding.path; }

Json ParseObject(const std::string& text) {
  if (text.empty()) return Json::object();
  Json value = Json::parse(text, nullptr, false);
  return value.is_object() ? value : Json::object();
}

Assessed Assess(Evaluation evaluation, const ScoringProfile& profile, std::vector<Finding> findings) {
  Assessed out;
  out.scores = ScoreEvaluation(evaluation, profile);
  out.findings = std::move(findings);
  for (auto& finding : Audit(evaluation, profile)) out.findings.push_back(std::move(finding));
  out.evaluation = std::move(evaluation);
  return out;
}

Json FindingsJson(const std::vector<Finding>& findings, const Json& document, const Json& explanations) {
  Json out = Json::array();
  out.get_ref<Json::array_t&>().reserve(findings.size());
  for (const auto& finding : findings) {
    std::string key = FindingKey(finding);
    auto explanation = explanations.find(key);
    Json item(Json::value_t::object);
    auto& members = item.get_ref<Json::object_t&>();  // appended in order, each new: no search, no copy
    members.reserve(8);
    members.emplace_back("rule", finding.rule);
    members.emplace_back("severity", std::string(SeverityName(finding.severity)));
    members.emplace_back("severity_label", std::string(SeverityLabel(finding.severity)));
    members.emplace_back("message", finding.message);
    members.emplace_back("path", finding.path);
    members.emplace_back("field", finding.path.empty() ? std::string() : FieldLabel(document, finding.path));
    members.emplace_back("key", std::move(key));
    members.emplace_back("explanation", explanation != explanations.end() ? *explanation : Json(nullptr));
    out.push_back(std::move(item));
  }
  return out;
}

void CountFindings(const Json& findings, int& errors, int& warnings, int& unexplained) {
  errors = warnings = unexplained = 0;
  for (const auto& finding : findings) {
    if (finding["severity"] == "error") ++errors;
    if (finding["severity"] == "warning") {
      ++warnings;
      if (!finding["explanation"].is_string() || finding["explanation"].get<std::string>().empty()) ++unexplained;
    }
  }
}

Result<Evaluation> ParseDocument(const std::string& text) {
  auto evaluation = ParseEvaluationJson(text, "评价文档");
  if (!evaluation) return Fail(evaluation.error().code, WithoutJsonPositions(evaluation.error().message));
  return evaluation;
}

Result<Evaluation> ReadDocument(const Json& document) {
  auto evaluation = EvaluationFromJson(document, "评价文档");
  if (!evaluation) return Fail(evaluation.error().code, WithoutJsonPositions(evaluation.error().message));
  return evaluation;
}

Result<Json> ParseStored(const std::string& text) {
  Json value = Json::parse(text, nullptr, false);
  if (value.is_discarded()) return Fail(ErrorCode::kIo, "数据库中的评价文档已损坏，请联系管理员");
  return value;
}

bool InScope(std::string_view region, std::string_view scope) {
  if (scope.empty()) return true;
  if (region.size() < scope.size() || region.substr(0, scope.size()) != scope) return false;
  return region.size() == scope.size() || region[scope.size()] == '/';
}

}  // namespace jixiao
