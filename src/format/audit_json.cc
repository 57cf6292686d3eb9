#include "format/audit_json.h"

#include "format/evaluation_json.h"

namespace jixiao {

namespace {

using Json = nlohmann::ordered_json;

template <typename T>
Json Opt(const std::optional<T>& value) {
  return value ? Json(ToString(*value)) : Json(nullptr);
}

std::string_view BlockId(Block block) {
  switch (block) {
    case Block::kExecution: return "execution";
    case Block::kOutput: return "output";
    case Block::kBenefit: return "benefit";
    case Block::kSatisfaction: return "satisfaction";
  }
  return "";
}

Json BlockJson(const BlockScore& block) {
  return {{"name", std::string(BlockName(block.block))},
          {"max", ToString(block.max)},
          {"earned", Opt(block.earned)},
          {"note", block.note.empty() ? Json(nullptr) : Json(block.note)}};
}

Json GradeJson(const std::optional<Grade>& grade) {
  return grade ? Json(std::string(GradeName(*grade))) : Json(nullptr);
}

Json IndicatorScoresJson(const std::vector<IndicatorScore>& scores) {
  Json indicators = Json::array();
  for (const auto& is : scores) {
    indicators.push_back({{"index", is.index},
                          {"weight", ToString(is.weight)},
                          {"score", Opt(is.score)},
                          {"note", is.note.empty() ? Json(nullptr) : Json(is.note)}});
  }
  return indicators;
}

Json ProjectScoreJson(const ProjectScore& ps) {
  Json parts = Json::object();
  for (const auto& block : ps.blocks) parts[std::string(BlockId(block.block))] = BlockJson(block);
  return {{"name", ps.name},           {"score", ToString(ps.total)}, {"max_scored", ToString(ps.max_scored)},
          {"grade", GradeJson(ps.grade)}, {"execution_rate", Opt(ps.execution_rate)}, {"parts", parts},
          {"indicators", IndicatorScoresJson(ps.indicators)}, {"notes", ps.notes}};
}

Json SpanJson(const std::optional<SourceSpan>& span) {
  if (!span) return nullptr;
  Json out = Json::object();
  if (span->page > 0) out["page"] = span->page;
  if (span->paragraph > 0) out["paragraph"] = span->paragraph;
  if (span->sheet > 0) out["sheet"] = span->sheet;
  out["line"] = span->line;
  out["column"] = span->column;
  if (!span->excerpt.empty()) out["excerpt"] = span->excerpt;
  return out;
}

}  // namespace

std::optional<SourceSpan> LocateFinding(const Evaluation& evaluation, const Finding& finding) {
  if (finding.span) return finding.span;
  const auto& prov = evaluation.provenance;
  const std::string& path = finding.path;
  if (prov.empty() || path.empty()) return std::nullopt;
  if (auto it = prov.find(path); it != prov.end()) return it->second;
  if (auto it = prov.lower_bound(path + "/"); it != prov.end() && it->first.starts_with(path + "/")) {
    return it->second;
  }
  for (std::string parent = path; !parent.empty();) {
    parent.resize(parent.rfind('/'));
    if (auto it = prov.find(parent); it != prov.end()) return it->second;
  }
  return std::nullopt;
}

Json ScoresToJson(const Scores& scores) {
  Json projects = Json::array();
  for (const auto& ps : scores.projects) projects.push_back(ProjectScoreJson(ps));
  const DepartmentScore& o = scores.overall;
  Json overall = {{"score", ToString(o.total)},
                  {"max_scored", ToString(o.max_scored)},
                  {"grade", GradeJson(o.grade)},
                  {"execution_rate", Opt(o.execution_rate)},
                  {"parts", {{"execution", BlockJson(o.execution)}, {"indicators", BlockJson(o.indicators)}}},
                  {"notes", o.notes}};
  // Row scores of the 部门整体 indicators, indexed into evaluation.department_indicators; only when there are any.
  if (!o.department_indicators.empty()) overall["department_indicators"] = IndicatorScoresJson(o.department_indicators);
  return {{"projects", projects}, {"overall", overall}};
}

std::string WriteAuditJson(const AuditReport& report) {
  Json findings = Json::array();
  int counts[3] = {0, 0, 0};
  for (const auto& f : report.findings) {
    ++counts[static_cast<int>(f.severity)];
    findings.push_back({{"rule", f.rule},
                        {"severity", std::string(SeverityName(f.severity))},
                        {"message", f.message},
                        {"path", f.path},
                        {"location", SpanJson(LocateFinding(report.evaluation, f))},
                        {"stated", f.stated ? Json(*f.stated) : Json(nullptr)},
                        {"computed", f.computed ? Json(*f.computed) : Json(nullptr)}});
  }
  Json out = {{"format", std::string(kAuditFormat)},
              {"source", report.source},
              {"profile", report.profile_id},
              {"evaluation", EvaluationToJson(report.evaluation)},
              {"scores", ScoresToJson(report.scores)},
              {"summary", {{"errors", counts[0]}, {"warnings", counts[1]}, {"info", counts[2]}}},
              {"findings", findings}};
  return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace jixiao
