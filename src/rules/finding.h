// A finding of the consistency audit: which rule, how severe, a Chinese message showing both
// figures, and the JSON pointer of the value it concerns (for source locations).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/evaluation.h"

namespace jixiao {

enum class Severity { kError, kWarning, kInfo };
std::string_view SeverityName(Severity severity);   // "error" | "warning" | "info"
std::string_view SeverityLabel(Severity severity);  // 错误 | 警告 | 提示

struct Finding {
  std::string rule;      // stable identifier, e.g. "funds.economic_class_sum"
  Severity severity = Severity::kError;
  std::string message;   // Simplified Chinese, both figures in natural units and the difference
  std::string path;      // JSON pointer of the value concerned ("/funds/budget_total")
  std::optional<std::string> stated;    // canonical text of the stated figure
  std::optional<std::string> computed;  // canonical text of the computed figure
  // Where in the source file, when the finding was made while reading it; otherwise the
  // location comes from the evaluation's provenance of `path`.
  std::optional<SourceSpan> span;
};

}  // namespace jixiao
