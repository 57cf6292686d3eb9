#include "format/audit_json.h"

#include "format/evaluation_json.h"
#include "format/json_object.h"

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

using json_object::Object;
using json_object::Put;
Json Note(const std::string& note) { return note.empty() ? Json(nullptr) : Json(note); }

Json BlockJson(const BlockScore& block) {
  Json out = Object(4);
  Put(out, "name", std::string(BlockName(block.block)));
  Put(out, "max", ToString(block.max));
  Put(out, "earned", Opt(block.earned));
  Put(out, "note", Note(block.note));
  return out;
}

Json GradeJson(const std::optional<Grade>& grade) {
  return grade ? Json(std::string(GradeName(*grade))) : Json(nullptr);
}

Json IndicatorScoresJson(const std::vector<IndicatorScore>& scores) {
  Json indicators = Json::array();
  indicators.get_ref<Json::array_t&>().reserve(scores.size());
  for (const auto& is : scores) {
    Json item = Object(4);
    Put(item, "index", is.index);
    Put(item, "weight", ToString(is.weight));
    Put(item, "score", Opt(is.score));
    Put(item, "note", Note(is.note));
    indicators.push_back(std::move(item));
  }
  return indicators;
}

Json ProjectScoreJson(const ProjectScore& ps) {
  Json parts = Json::object();
  for (const auto& block : ps.blocks) parts[std::string(BlockId(block.block))] = BlockJson(block);
  Json out = Object(8);
  Put(out, "name", ps.name);
  Put(out, "score", ToString(ps.total));
  Put(out, "max_scored", ToString(ps.max_scored));
  Put(out, "grade", GradeJson(ps.grade));
  Put(out, "execution_rate", Opt(ps.execution_rate));
  Put(out, "parts", std::move(parts));
  Put(out, "indicators", IndicatorScoresJson(ps.indicators));
  Put(out, "notes", ps.notes);
  return out;
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
  projects.get_ref<Json::array_t&>().reserve(scores.projects.size());
  for (const auto& ps : scores.projects) projects.push_back(ProjectScoreJson(ps));
  const DepartmentScore& o = scores.overall;
  Json parts = Object(2);
  Put(parts, "execution", BlockJson(o.execution));
  Put(parts, "indicators", BlockJson(o.indicators));
  Json overall = Object(7);
  Put(overall, "score", ToString(o.total));
  Put(overall, "max_scored", ToString(o.max_scored));
  Put(overall, "grade", GradeJson(o.grade));
  Put(overall, "execution_rate", Opt(o.execution_rate));
  Put(overall, "parts", std::move(parts));
  Put(overall, "notes", o.notes);
  // Row scores of the 部门整体 indicators, indexed into evaluation.department_indicators; only when there are any.
  if (!o.department_indicators.empty()) Put(overall, "department_indicators", IndicatorScoresJson(o.department_indicators));
  Json out = Object(2);
  Put(out, "projects", std::move(projects));
  Put(out, "overall", std::move(overall));
  return out;
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
