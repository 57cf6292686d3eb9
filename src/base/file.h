// The file-system seam: whole-file reads and atomic writes. A failed write leaves no
// half-written file behind. Callers own the returned bytes.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace jixiao {

Result<std::string> ReadFile(const std::string& path);

// Writes `content` to a temporary file beside `path`, then renames it over `path`.
Result<bool> WriteFileAtomic(const std::string& path, std::string_view content);

}  // namespace jixiao
