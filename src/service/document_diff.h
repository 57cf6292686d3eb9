// What changed between two jixiao.evaluation/1 documents, field by field: every leaf value is
// named by its JSON pointer and by a Chinese label ("项目 2「土地整治」· 全年执行数"), with its text
// before and after. Used for the version history and for the audit log of each save.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace jixiao {

struct FieldChange {
  std::string pointer;  // "/projects/1/executed"
  std::string label;    // "项目 2「土地整治」· 全年执行数"
  std::optional<std::string> before;  // nullopt: absent or null
  std::optional<std::string> after;
};

std::vector<FieldChange> DiffDocuments(const nlohmann::ordered_json& before, const nlohmann::ordered_json& after);

// The Chinese label of a pointer within `document` (projects and indicators named by their names).
std::string FieldLabel(const nlohmann::ordered_json& document, const std::string& pointer);

// The changes as a JSON array: [{"field": pointer, "label": …, "before": …, "after": …}] (null when absent).
nlohmann::ordered_json ChangesToJson(const std::vector<FieldChange>& changes);
// The same as text, for the audit log.
std::string ChangesJson(const std::vector<FieldChange>& changes);

}  // namespace jixiao
