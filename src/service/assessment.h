// What the web system derives from a stored document: the parsed evaluation, its scores and
// findings (with the unit's explanations), and whether a unit lies in a reviewer's region scope.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/result.h"
#include "core/evaluation.h"
#include "rules/finding.h"
#include "rules/scoring.h"

namespace jixiao {

struct Assessed {
  Evaluation evaluation;
  Scores scores;
  std::vector<Finding> findings;
};

// Scores and audits by `profile`; `findings` (reading notes) come first.
Assessed Assess(Evaluation evaluation, const ScoringProfile& profile, std::vector<Finding> findings = {});
// The key a unit's explanation of a finding is stored under: "rule@path".
std::string FindingKey(const Finding& finding);
// [{rule, severity, severity_label, message, path, field, key, explanation}]
nlohmann::ordered_json FindingsJson(const std::vector<Finding>& findings, const nlohmann::ordered_json& document,
                                    const nlohmann::ordered_json& explanations);
void CountFindings(const nlohmann::ordered_json& findings, int& errors, int& warnings, int& unexplained);
// A jixiao.evaluation/1 text as an Evaluation; messages name the field, not a JSON position.
Result<Evaluation> ParseDocument(const std::string& text);
// The same from the document as parsed; a refusal's messages name no line and column, and a
// tree whose text would not read back the same (not UTF-8, a number not finite) is not for it.
Result<Evaluation> ReadDocument(const nlohmann::ordered_json& document);
// A stored document or explanations object as JSON (kIo when the store holds garbage).
Result<nlohmann::ordered_json> ParseStored(const std::string& text);
nlohmann::ordered_json ParseObject(const std::string& text);  // {} for anything but an object
// Whether a unit's region path ("贵州省/黔南州/都匀市") lies in `scope` ("" is everywhere).
bool InScope(std::string_view region, std::string_view scope);

}  // namespace jixiao
