// JSON text in, with positions: parsing with a syntax error that names line and column, and
// finding where a value sits so that errors found after parsing can name them too.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "base/result.h"
#include "base/text.h"

namespace jixiao {

// Line and column of the value at `pointer` ("/projects/0/budget/total"; "" is the root)
// in `json_text`, or nullopt when the text does not parse that far or has no such value.
std::optional<LineColumn> LocateJsonPointer(std::string_view json_text, const std::string& pointer);

// Parses JSON text; a syntax error names "source:line:column".
Result<nlohmann::ordered_json> ParseJsonText(std::string_view json_text, const std::string& source_name);

}  // namespace jixiao
