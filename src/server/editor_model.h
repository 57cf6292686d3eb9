// The editor page's view model: every field of a unit-year's document as a form field named
// by its JSON pointer (funds, 部门整体指标, projects with their 三级指标, narrative sections),
// the findings panel with links to the fields they concern, and the score panel.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "service/workspace.h"

namespace jixiao {

// The HTML id of the form field for `pointer` ("/projects/0/executed" -> "f-projects-0-executed").
std::string FieldId(const std::string& pointer);

// `base` is the editor's address ("/units/3/years/2022").
nlohmann::ordered_json EditorModel(const YearView& view, const std::string& base);
// The parts the editor swaps in after each save.
nlohmann::ordered_json FindingsModel(const YearView& view, const std::string& base);
nlohmann::ordered_json ScoreModel(const YearView& view);

// A value typed into a field, as the document holds it: kind "text" (empty clears it),
// "lines" (one list item per line), "int", "bool".
nlohmann::ordered_json FieldValue(const std::string& kind, const std::string& typed);

}  // namespace jixiao
