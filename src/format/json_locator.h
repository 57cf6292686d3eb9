// Finds where a value sits in JSON text, so that errors found after parsing can name a line
// and column. Used only on the error path; owns nothing beyond its return value.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/text.h"

namespace jixiao {

// Line and column of the value at `pointer` ("/projects/0/budget/total"; "" is the root)
// in `json_text`, or nullopt when the text does not parse that far or has no such value.
std::optional<LineColumn> LocateJsonPointer(std::string_view json_text, const std::string& pointer);

}  // namespace jixiao
