// The editor page's view model: the fields of a unit-year's document as form fields named by
// their JSON pointers (funds, 部门整体指标, narrative sections), each project folded to its name
// and figures with its form (fields and 三级指标) built on its own when opened, the findings panel
// with links to the fields they concern, and the score panel. Fields are read by walking the
// document, never by parsing a JSON pointer.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "service/workspace.h"

namespace jixiao {

// The HTML id of the form field for `pointer` ("/projects/0/executed" -> "f-projects-0-executed").
std::string FieldId(const std::string& pointer);

// `base` is the editor's address ("/units/3/years/2022"). The page is its head (the draft's
// status, revision and who changed it last: templates/editor) and its body (the form, the folded
// projects, the score and the findings: templates/editor_body).
nlohmann::ordered_json EditorHeadModel(const YearView& view, const std::string& base);
nlohmann::ordered_json EditorBodyModel(const YearView& view, const std::string& base);
// What the body depends on (the view's assessment, the caller's right to edit, the address), as
// a key to keep its rendered text under; "" when the view has no assessment to name.
std::string EditorBodyKey(const YearView& view, const std::string& base);
// One project's form (its fields and indicators, with its summary, `base` and `editable`);
// nullopt when the document has no project `index`.
std::optional<nlohmann::ordered_json> ProjectModel(const YearView& view, std::size_t index, const std::string& base);
// The parts the editor swaps in after each save.
nlohmann::ordered_json FindingsModel(const YearView& view, const std::string& base);
nlohmann::ordered_json ScoreModel(const YearView& view);

// A value typed into a field, as the document holds it: kind "text" (empty clears it),
// "lines" (one list item per line), "int", "bool".
nlohmann::ordered_json FieldValue(const std::string& kind, const std::string& typed);

}  // namespace jixiao
